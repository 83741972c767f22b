//! The feature areas a phone fetches when they are first opened, not at start-up: the
//! team's tree, the other team pages, the contact import with the duplicate review, a
//! contact's page with its form and the follow-ups, the settings, the leads board, a
//! lead's pages and the campaigns. The page a rep opens most of a group (the tree, the
//! board) is an area of its own, so that it fetches only its own code. The release
//! build (`scripts/build-wasm.sh`, feature `split`) cuts each area into a wasm file of
//! its own; builds without the feature (the browser tests, clippy) call the same
//! functions directly, so every page works either way. A new feature area adds its
//! pages here.

use crate::ui::addresses::Page;
use crate::ui::app_state::tr;
use crate::ui::lazy_areas::{AreaUnavailable, call_area};
use crate::ui::messages::Msg;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// The team's tree: the team page a leader opens most, so it loads without the others'
/// code.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(team, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_team))
)]
pub(super) fn team_area() -> Result<AnyView, AreaUnavailable> {
    use crate::ui::pages::team::TeamPage;
    Ok(view! { <TeamPage/> }.into_any())
}

/// A member's page and form, the plan, the team import and the reports from the downline.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(team_pages, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_team_pages))
)]
pub(super) fn team_pages_area(page: Page) -> Result<AnyView, AreaUnavailable> {
    use crate::ui::pages::member_detail::MemberDetailPage;
    use crate::ui::pages::member_edit::MemberEditPage;
    use crate::ui::pages::plan_settings::PlanSettingsPage;
    use crate::ui::pages::team_import::TeamImportPage;
    use crate::ui::pages::team_reports::TeamReportsPage;
    Ok(match page {
        Page::NewMember(contact) => {
            view! { <MemberEditPage editing=None contact=contact/> }.into_any()
        }
        Page::ImportTeam => view! { <TeamImportPage/> }.into_any(),
        Page::Plan => view! { <PlanSettingsPage/> }.into_any(),
        Page::TeamReports => view! { <TeamReportsPage/> }.into_any(),
        Page::Member(id) => view! { <MemberDetailPage id=id/> }.into_any(),
        Page::EditMember(id) => {
            view! { <MemberEditPage editing=Some(id) contact=None/> }.into_any()
        }
        // `load` sends only the area's own pages.
        _ => ().into_any(),
    })
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(contact_tools, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_contact_tools))
)]
pub(super) fn contact_tools_area(page: Page) -> Result<AnyView, AreaUnavailable> {
    use crate::ui::pages::contact_import::ContactImportPage;
    use crate::ui::pages::duplicates::DuplicatesPage;
    Ok(match page {
        Page::Duplicates => view! { <DuplicatesPage/> }.into_any(),
        _ => view! { <ContactImportPage/> }.into_any(),
    })
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(contact, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_contact))
)]
pub(super) fn contact_area(page: Page) -> Result<AnyView, AreaUnavailable> {
    use crate::ui::pages::contact_detail::ContactDetailPage;
    use crate::ui::pages::contact_edit::ContactEditPage;
    use crate::ui::pages::tasks::TasksPage;
    Ok(match page {
        Page::Contact(id) => view! { <ContactDetailPage id=id/> }.into_any(),
        Page::Tasks => view! { <TasksPage/> }.into_any(),
        Page::EditContact(id) => view! { <ContactEditPage id=Some(id)/> }.into_any(),
        _ => view! { <ContactEditPage id=None/> }.into_any(),
    })
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(settings, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_settings))
)]
pub(super) fn settings_area() -> Result<AnyView, AreaUnavailable> {
    use crate::ui::pages::settings::SettingsPage;
    Ok(view! { <SettingsPage/> }.into_any())
}

/// Restoring a backup on the first-run screen: part of the settings' area.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(settings, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn restore_area() -> Result<AnyView, AreaUnavailable> {
    use crate::ui::backup_section::RestoreBackup;
    Ok(view! { <RestoreBackup/> }.into_any())
}

/// The restore form, loaded when the first-run screen asks for it.
pub fn lazy_restore() -> AnyView {
    lazy_view(async { call_area!(restore_area()) })
}

/// The leads board: the page a rep opens most in this area, so it loads without the
/// others' code.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(leads, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_leads))
)]
pub(super) fn leads_area() -> Result<AnyView, AreaUnavailable> {
    use crate::ui::pages::leads::LeadsPage;
    Ok(view! { <LeadsPage/> }.into_any())
}

/// A lead's page, its form and the stages' editor.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(lead_pages, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_lead_pages))
)]
pub(super) fn lead_pages_area(page: Page) -> Result<AnyView, AreaUnavailable> {
    use crate::ui::pages::lead_detail::LeadDetailPage;
    use crate::ui::pages::lead_edit::LeadEditPage;
    use crate::ui::pages::lead_stages::LeadStagesPage;
    Ok(match page {
        Page::LeadStages => view! { <LeadStagesPage/> }.into_any(),
        Page::NewLead(contact) => view! { <LeadEditPage editing=None contact=contact/> }.into_any(),
        Page::EditLead(id) => view! { <LeadEditPage editing=id contact=None/> }.into_any(),
        Page::Lead(id) => view! { <LeadDetailPage id=id/> }.into_any(),
        // `load` sends only the area's own pages.
        _ => ().into_any(),
    })
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(campaigns, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_campaigns))
)]
pub(super) fn campaigns_area(page: Page) -> Result<AnyView, AreaUnavailable> {
    use crate::ui::pages::campaign_detail::CampaignDetailPage;
    use crate::ui::pages::campaign_edit::CampaignEditPage;
    use crate::ui::pages::campaigns::CampaignsPage;
    use crate::ui::pages::send_queue::SendQueuePage;
    Ok(match page {
        Page::NewCampaign => view! { <CampaignEditPage editing=None/> }.into_any(),
        Page::EditCampaign(id) => view! { <CampaignEditPage editing=id/> }.into_any(),
        Page::Campaign(id) => view! { <CampaignDetailPage id=id/> }.into_any(),
        Page::SendQueue => view! { <SendQueuePage/> }.into_any(),
        _ => view! { <CampaignsPage/> }.into_any(),
    })
}

/// The lazily loaded areas that hold pages.
#[derive(Clone, Copy)]
pub(super) enum PageArea {
    Contact,
    ContactTools,
    Settings,
    Team,
    TeamPages,
    Leads,
    LeadPages,
    Campaigns,
}

/// The area that holds `page`; `None` for the pages of the start-up module.
fn area_of(page: &Page) -> Option<PageArea> {
    Some(match page {
        Page::Dashboard | Page::Contacts | Page::NotFound => return None,
        Page::Duplicates | Page::ImportContacts => PageArea::ContactTools,
        Page::Contact(_) | Page::NewContact | Page::EditContact(_) | Page::Tasks => {
            PageArea::Contact
        }
        Page::Settings => PageArea::Settings,
        Page::Leads => PageArea::Leads,
        Page::NewLead(_) | Page::Lead(_) | Page::EditLead(_) | Page::LeadStages => {
            PageArea::LeadPages
        }
        Page::Campaigns
        | Page::NewCampaign
        | Page::Campaign(_)
        | Page::EditCampaign(_)
        | Page::SendQueue => PageArea::Campaigns,
        Page::Team => PageArea::Team,
        Page::NewMember(_)
        | Page::ImportTeam
        | Page::Plan
        | Page::TeamReports
        | Page::Member(_)
        | Page::EditMember(_) => PageArea::TeamPages,
    })
}

/// The page's view, once its area is loaded.
async fn load(page: Page) -> Result<AnyView, AreaUnavailable> {
    let Some(area) = area_of(&page) else {
        // The shell builds the start-up pages itself and never asks for them here.
        return Ok(().into_any());
    };
    match area {
        PageArea::ContactTools => call_area!(contact_tools_area(page)),
        PageArea::Contact => call_area!(contact_area(page)),
        PageArea::Settings => call_area!(settings_area()),
        PageArea::Leads => call_area!(leads_area()),
        PageArea::LeadPages => call_area!(lead_pages_area(page)),
        PageArea::Campaigns => call_area!(campaigns_area(page)),
        PageArea::Team => call_area!(team_area()),
        PageArea::TeamPages => call_area!(team_pages_area(page)),
    }
}

/// The page areas in the order a rep most likely opens them, for loading them all in
/// the background (`area_preload.rs`).
#[cfg(feature = "split")]
pub(super) const PAGE_AREAS: [PageArea; 8] = [
    PageArea::Contact,
    PageArea::Settings,
    PageArea::Team,
    PageArea::TeamPages,
    PageArea::Leads,
    PageArea::LeadPages,
    PageArea::Campaigns,
    PageArea::ContactTools,
];

/// Fetches and compiles `area`'s files without building a page. A failed load is not
/// kept, so the page that needs the area tries again when opened.
#[cfg(feature = "split")]
pub(super) async fn preload(area: PageArea) -> Result<(), AreaUnavailable> {
    match area {
        PageArea::ContactTools => preload_contact_tools().await,
        PageArea::Contact => preload_contact().await,
        PageArea::Settings => preload_settings().await,
        PageArea::Leads => preload_leads().await,
        PageArea::LeadPages => preload_lead_pages().await,
        PageArea::Campaigns => preload_campaigns().await,
        PageArea::Team => preload_team().await,
        PageArea::TeamPages => preload_team_pages().await,
    }?;
    Ok(())
}

/// Starts fetching the files of the area that holds the page at `path`, ahead of the
/// page: called when a link to it is pressed and when it is navigated to, so that the
/// download runs while the browser still handles the tap and the old page is taken
/// down. The page's own load then finds the files under way (each is fetched once).
pub fn start_loading(path: &str) {
    #[cfg(feature = "split")]
    if let Some(area) = area_of(&Page::of(path)) {
        use crate::ui::spawn::{BoxedTask, spawn_boxed};
        use std::task::{Context, Waker};
        // A failure is reported by the page, which tries again.
        let mut loading: BoxedTask = Box::pin(async move {
            let _ = preload(area).await;
        });
        // Polled here once, so that the requests go out within the press or click, not
        // after the old page is taken down (a slow phone's tens of milliseconds). The
        // executor then polls it on with a waker of its own.
        if loading
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
            .is_pending()
        {
            spawn_boxed(loading);
        }
    }
    #[cfg(not(feature = "split"))]
    let _ = path;
}

/// A page of a lazily loaded area, with the page's loading state until its file is in.
pub fn lazy_page(page: Page) -> AnyView {
    lazy_view(load(page))
}

/// The view `loaded` makes once its area's file is in; meanwhile the app's loading state,
/// and a message if the file cannot be fetched.
pub fn lazy_view(
    loaded: impl Future<Output = Result<AnyView, AreaUnavailable>> + 'static,
) -> AnyView {
    let loaded = SendWrapper::new(async move {
        match loaded.await {
            Ok(view) => view,
            Err(AreaUnavailable) => view! {
                <p class="notice notice--error" role="alert" data-testid="page-unavailable">
                    {tr(Msg::PartUnavailable)}
                </p>
            }
            .into_any(),
        }
    });
    view! {
        <Suspense fallback=|| view! { <p class="muted page-loading" role="status">{tr(Msg::PageLoading)}</p> }>
            {Suspend::new(loaded)}
        </Suspense>
    }
    .into_any()
}
