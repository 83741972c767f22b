//! The app shell: navigation (a bottom tab bar on phones, a side bar on wide screens),
//! notices, and the routed pages.

use crate::ui::app_state::app_state;
use crate::ui::i18n::Msg;
use crate::ui::icons::{Icon, IconView};
use crate::ui::notices::Notices;
use crate::ui::pages::campaigns::CampaignsPage;
use crate::ui::pages::contact_detail::ContactDetailPage;
use crate::ui::pages::contacts::ContactsPage;
use crate::ui::pages::dashboard::DashboardPage;
use crate::ui::pages::downline::DownlinePage;
use crate::ui::pages::leads::LeadsPage;
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::pages::settings::SettingsPage;
use leptos::prelude::*;
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::path;

const NAVIGATION: [(&str, Msg, Icon); 6] = [
    ("/", Msg::NavDashboard, Icon::Dashboard),
    ("/contacts", Msg::NavContacts, Icon::Contacts),
    ("/leads", Msg::NavLeads, Icon::Leads),
    ("/downline", Msg::NavDownline, Icon::Downline),
    ("/campaigns", Msg::NavCampaigns, Icon::Campaigns),
    ("/settings", Msg::NavSettings, Icon::Settings),
];

#[component]
pub fn Shell() -> impl IntoView {
    let state = app_state();
    view! {
        <Router>
            <div class="shell">
                <nav class="nav" aria-label=move || state.t(Msg::MainNavigation)>
                    <span class="nav__brand" aria-hidden="true">{move || state.t(Msg::AppName)}</span>
                    {NAVIGATION.into_iter().map(|(href, label, icon)| view! {
                        <A href=href exact=true attr:class="nav__link" attr:data-nav=href>
                            <IconView icon=icon/>
                            <span class="nav__label">{move || state.t(label)}</span>
                        </A>
                    }).collect_view()}
                </nav>
                <div class="content">
                    // Phones reach Settings from this bar, leaving five roomy tabs below.
                    <header class="topbar">
                        <span class="topbar__brand">{move || state.t(Msg::AppName)}</span>
                        <A href="/settings" attr:class="topbar__settings" attr:aria-label=move || state.t(Msg::NavSettings)>
                            <IconView icon=Icon::Settings/>
                        </A>
                    </header>
                    <Notices/>
                    <main id="main">
                        <Routes fallback=NotFoundPage>
                            <Route path=path!("/") view=DashboardPage/>
                            <Route path=path!("/contacts") view=ContactsPage/>
                            <Route path=path!("/contacts/:id") view=ContactDetailPage/>
                            <Route path=path!("/leads") view=LeadsPage/>
                            <Route path=path!("/downline") view=DownlinePage/>
                            <Route path=path!("/campaigns") view=CampaignsPage/>
                            <Route path=path!("/settings") view=SettingsPage/>
                        </Routes>
                    </main>
                </div>
            </div>
        </Router>
    }
}
