//! The app shell: navigation (a bottom tab bar on phones, a side bar on wide screens),
//! notices, and the routed pages.

use crate::app::open_store::store;
use crate::ui::addresses::Page;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::icons::{Icon, IconView};
use crate::ui::lazy_pages::lazy_page;
use crate::ui::messages::{Counted, Msg};
use crate::ui::navigation::{Location, provide_router};
use crate::ui::notices::Notices;
use crate::ui::pages::contacts::ContactsPage;
use crate::ui::pages::dashboard::DashboardPage;
use crate::ui::pages::not_found::NotFoundPage;
use leptos::prelude::*;

const NAVIGATION: [(&str, Msg, Icon); 6] = [
    ("/", Msg::NavDashboard, Icon::Dashboard),
    ("/contacts", Msg::NavContacts, Icon::Contacts),
    ("/leads", Msg::NavLeads, Icon::Leads),
    ("/team", Msg::NavTeam, Icon::Team),
    ("/campaigns", Msg::NavCampaigns, Icon::Campaigns),
    ("/settings", Msg::NavSettings, Icon::Settings),
];

/// Tasks due today or overdue, for the Contacts tab's badge.
fn due_task_count() -> usize {
    crate::app::tasks::due_count(&*store(), &local_clock())
}

/// Whether the navigation entry for `href` belongs to the page at `path`: the Contacts
/// tab stays marked on a contact's page.
fn is_current(href: &str, path: &str) -> bool {
    path == href || (href != "/" && path.starts_with(href) && path[href.len()..].starts_with('/'))
}

fn page_view(page: Page) -> AnyView {
    match page {
        Page::Dashboard => view! { <DashboardPage/> }.into_any(),
        Page::Contacts => view! { <ContactsPage/> }.into_any(),
        Page::NotFound => view! { <NotFoundPage/> }.into_any(),
        Page::Contact(_)
        | Page::Tasks
        | Page::NewContact
        | Page::EditContact(_)
        | Page::Settings
        | Page::Leads
        | Page::NewLead(_)
        | Page::Lead(_)
        | Page::EditLead(_)
        | Page::LeadStages
        | Page::ImportContacts
        | Page::Duplicates
        | Page::Team
        | Page::NewMember(_)
        | Page::ImportTeam
        | Page::Plan
        | Page::TeamReports
        | Page::Member(_)
        | Page::EditMember(_)
        | Page::Campaigns
        | Page::NewCampaign
        | Page::Campaign(_)
        | Page::EditCampaign(_)
        | Page::SendQueue => lazy_page(page),
    }
}

/// The main area while start-up still reads the records the page needs: the loading
/// state, or why they cannot be read.
fn waiting_view() -> AnyView {
    let state = app_state();
    view! {
        {move || match state.read_error.get() {
            None => view! { <p class="muted page-loading" role="status">{tr(Msg::PageLoading)}</p> }.into_any(),
            Some(error) => view! { <div class="fatal" role="alert">{state.error_text(&error)}</div> }.into_any(),
        }}
    }
    .into_any()
}

#[component]
pub fn Shell() -> impl IntoView {
    let state = app_state();
    let Location { path } = provide_router();
    let page = Memo::new(move |_| path.with(|p| Page::of(p)));
    // Only the contact list shows before every record is read.
    let waiting = Memo::new(move |_| !state.all_read.get() && page.get() != Page::Contacts);
    let current =
        move |href: &'static str| move || path.with(|p| is_current(href, p)).then_some("page");
    let due = Memo::new(move |_| {
        state.revision.track();
        due_task_count()
    });
    let badge = move |href: &str| {
        (href == "/contacts").then_some(move || {
            let count = due.get();
            (count > 0).then(|| {
                let label = state.count(Counted::TasksDue, count);
                view! { <span class="nav__badge" data-testid="due-badge" aria-label=label>{count.to_string()}</span> }
            })
        })
    };
    view! {
        <div class="shell">
            <nav class="nav" aria-label=tr(Msg::MainNavigation)>
                <span class="nav__brand" aria-hidden="true">{tr(Msg::AppName)}</span>
                {NAVIGATION.into_iter().map(|(href, label, icon)| view! {
                    <a href=href class="nav__link" data-nav=href aria-current=current(href)>
                        <IconView icon=icon/>
                        {badge(href)}
                        <span class="nav__label">{tr(label)}</span>
                    </a>
                }).collect_view()}
            </nav>
            <div class="content">
                // Phones reach Settings from this bar, leaving five roomy tabs below.
                <header class="topbar">
                    <span class="topbar__brand">{tr(Msg::AppName)}</span>
                    <a href="/settings" class="topbar__settings" aria-label=tr(Msg::NavSettings) aria-current=current("/settings")>
                        <IconView icon=Icon::Settings/>
                    </a>
                </header>
                <Notices/>
                <main id="main">{move || if waiting.get() { waiting_view() } else { page_view(page.get()) }}</main>
            </div>
        </div>
    }
}
