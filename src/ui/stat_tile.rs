//! One figure with its label, as the dashboard and the import preview show them.

use crate::ui::app_state::tr;
use crate::ui::i18n::Msg;
use leptos::prelude::*;

pub fn stat_tile(id: &'static str, label: Msg, value: impl IntoView + 'static) -> impl IntoView {
    view! {
        <div class="stat" data-stat=id>
            <span class="stat__value">{value}</span>
            <span class="stat__label">{tr(label)}</span>
        </div>
    }
}
