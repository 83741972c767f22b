//! The app shell: navigation (a bottom tab bar on phones, a side bar on wide screens),
//! notices, and the routed pages.

use crate::ui::app_state::{app_state, tr};
use crate::ui::i18n::Msg;
use crate::ui::icons::{Icon, IconView};
use crate::ui::notices::Notices;
use crate::ui::pages::campaigns::CampaignsPage;
use crate::domain::agenda::Agenda;
use crate::ui::clock::local_clock;
use crate::ui::pages::contact_detail::ContactDetailPage;
use crate::ui::pages::contact_edit::ContactEditPage;
use crate::ui::pages::contacts::ContactsPage;
use crate::ui::pages::dashboard::DashboardPage;
use crate::ui::pages::downline::DownlinePage;
use crate::ui::pages::leads::LeadsPage;
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::pages::settings::SettingsPage;
use crate::ui::pages::tasks::TasksPage;
use crate::ui::store_handle::store;
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

/// Tasks due today or overdue, for the Contacts tab's badge.
fn due_task_count() -> usize {
    store().read(|all| {
        Agenda::of(all.tasks.iter(), &local_clock(), |id| all.contacts.get(id).is_some()).due_count()
    })
}

#[component]
pub fn Shell() -> impl IntoView {
    let state = app_state();
    let due = Memo::new(move |_| {
        state.revision.track();
        due_task_count()
    });
    let badge = move |href: &str| {
        (href == "/contacts").then_some(move || {
            let count = due.get();
            (count > 0).then(|| {
                let label = state.t_with(Msg::DueBadge, &[&count.to_string()]);
                view! { <span class="nav__badge" data-testid="due-badge" aria-label=label>{count.to_string()}</span> }
            })
        })
    };    view! {
        <Router>
            <div class="shell">
                <nav class="nav" aria-label=tr(Msg::MainNavigation)>
                    <span class="nav__brand" aria-hidden="true">{tr(Msg::AppName)}</span>
                    {NAVIGATION.into_iter().map(|(href, label, icon)| view! {
                        <A href=href exact=href == "/" attr:class="nav__link" attr:data-nav=href>
                            <IconView icon=icon/>
                            {badge(href)}
                            <span class="nav__label">{tr(label)}</span>
                        </A>
                    }).collect_view()}
                </nav>
                <div class="content">
                    // Phones reach Settings from this bar, leaving five roomy tabs below.
                    <header class="topbar">
                        <span class="topbar__brand">{tr(Msg::AppName)}</span>
                        <A href="/settings" attr:class="topbar__settings" attr:aria-label=tr(Msg::NavSettings)>
                            <IconView icon=Icon::Settings/>
                        </A>
                    </header>
                    <Notices/>
                    <main id="main">
                        <Routes fallback=NotFoundPage>
                            <Route path=path!("/") view=DashboardPage/>
                            <Route path=path!("/contacts") view=ContactsPage/>
                            <Route path=path!("/contacts/new") view=ContactEditPage/>
                            <Route path=path!("/contacts/:id") view=ContactDetailPage/>
                            <Route path=path!("/contacts/:id/edit") view=ContactEditPage/>
                            <Route path=path!("/tasks") view=TasksPage/>
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
