//! Pages whose feature comes in a later release: an honest empty state that says what
//! is coming and how many records are already stored for it.

use crate::domain::campaigns::campaign::Campaign;
use crate::domain::leads::lead::Lead;
use crate::store::stored::Stored;
use crate::ui::app_state::{app_state, tr};
use crate::ui::i18n::Msg;
use crate::ui::store_handle::store;
use leptos::prelude::*;

#[component]
fn PlannedPage<T: Stored>(
    title: Msg,
    coming: Msg,
    #[prop(optional)] _records: std::marker::PhantomData<T>,
) -> impl IntoView {
    let state = app_state();
    let count = move || {
        state.revision.track();
        state.lang.get().format_integer(store().count::<T>() as i64)
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
    ($module:ident, $name:ident, $t:ty, $title:ident, $coming:ident) => {
        pub mod $module {
            use super::*;

            #[component]
            pub fn $name() -> impl IntoView {
                view! { <PlannedPage<$t> title=Msg::$title coming=Msg::$coming/> }
            }
        }
    };
}

planned_page!(leads, LeadsPage, Lead, LeadsTitle, LeadsComing);
planned_page!(
    campaigns,
    CampaignsPage,
    Campaign,
    CampaignsTitle,
    CampaignsComing
);
