//! Pages whose feature comes in a later release: an honest empty state that says what
//! is coming and how many records are already stored for it.

use crate::app::open_store::store;
use crate::app::planned::PlannedArea;
use crate::app::planned::stored_count;
use crate::ui::app_state::{app_state, tr};
use crate::ui::messages::Msg;
use leptos::prelude::*;

#[component]
fn PlannedPage(area: PlannedArea, title: Msg, coming: Msg) -> impl IntoView {
    let state = app_state();
    let count = move || {
        state.revision.track();
        state
            .lang
            .get()
            .format_integer(stored_count(&*store(), area) as i64)
    };
    view! {
        <h1>{tr(title)}</h1>
        <section class="card empty-state">
            <p>{tr(coming)}</p>
            <p class="muted" data-testid="stored-count">{move || state.t_with(Msg::StoredCount, &[&count()])}</p>
        </section>
    }
}

macro_rules! planned_page {
    ($module:ident, $name:ident, $area:ident, $title:ident, $coming:ident) => {
        pub mod $module {
            use super::*;

            #[component]
            pub fn $name() -> impl IntoView {
                view! { <PlannedPage area=PlannedArea::$area title=Msg::$title coming=Msg::$coming/> }
            }
        }
    };
}

planned_page!(
    campaigns,
    CampaignsPage,
    Campaigns,
    CampaignsTitle,
    CampaignsComing
);
