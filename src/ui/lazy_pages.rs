//! The feature areas a phone fetches when they are first opened, not at start-up: the
//! team pages, the contact import with the duplicate review, a contact's page with its
//! form and the follow-ups, the settings, the leads and the campaigns. The release build
//! (`scripts/build-wasm.sh`, feature `split`) cuts each area into a wasm file of its
//! own; builds without the feature (the browser tests, clippy) call the same functions
//! directly, so every page works either way. A new feature area adds its pages here.

use crate::ui::addresses::Page;
use crate::ui::app_state::tr;
use crate::ui::lazy_areas::{AreaUnavailable, call_area};
use crate::ui::messages::Msg;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(team, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_team))
)]
pub(super) fn team_area(page: Page) -> Result<AnyView, AreaUnavailable> {
    use crate::ui::pages::member_detail::MemberDetailPage;
    use crate::ui::pages::member_edit::MemberEditPage;
    use crate::ui::pages::plan_settings::PlanSettingsPage;
    use crate::ui::pages::team::TeamPage;
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
        _ => view! { <TeamPage/> }.into_any(),
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

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(leads, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_leads))
)]
pub(super) fn leads_area(page: Page) -> Result<AnyView, AreaUnavailable> {
    use crate::ui::pages::lead_detail::LeadDetailPage;
    use crate::ui::pages::lead_edit::LeadEditPage;
    use crate::ui::pages::lead_stages::LeadStagesPage;
    use crate::ui::pages::leads::LeadsPage;
    Ok(match page {
        Page::LeadStages => view! { <LeadStagesPage/> }.into_any(),
        Page::NewLead(contact) => view! { <LeadEditPage editing=None contact=contact/> }.into_any(),
        Page::EditLead(id) => view! { <LeadEditPage editing=id contact=None/> }.into_any(),
        Page::Lead(id) => view! { <LeadDetailPage id=id/> }.into_any(),
        _ => view! { <LeadsPage/> }.into_any(),
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

/// The page's view, once its area is loaded.
async fn load(page: Page) -> Result<AnyView, AreaUnavailable> {
    match page {
        Page::Duplicates | Page::ImportContacts => call_area!(contact_tools_area(page)),
        Page::Contact(_) | Page::NewContact | Page::EditContact(_) | Page::Tasks => {
            call_area!(contact_area(page))
        }
        Page::Settings => call_area!(settings_area()),
        Page::Leads | Page::NewLead(_) | Page::Lead(_) | Page::EditLead(_) | Page::LeadStages => {
            call_area!(leads_area(page))
        }
        Page::Campaigns
        | Page::NewCampaign
        | Page::Campaign(_)
        | Page::EditCampaign(_)
        | Page::SendQueue => call_area!(campaigns_area(page)),
        _ => call_area!(team_area(page)),
    }
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
