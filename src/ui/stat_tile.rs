//! One figure with its label, as the dashboard and the import preview show them.

use crate::ui::app_state::{app_state, text};
use crate::ui::messages::{Counted, Msg};
use leptos::prelude::*;

/// A tile's label: the same for any figure, or in the form the figure's number takes
/// ("1 Kontakt", "2 Kontakte").
#[derive(Clone, Copy)]
pub enum TileLabel {
    Plain(Msg),
    Counted(Counted),
}

/// `count` is the number the label's form follows.
pub fn stat_tile(
    id: &'static str,
    label: TileLabel,
    count: impl Fn() -> usize + Send + Sync + 'static,
    value: impl IntoView + 'static,
) -> impl IntoView {
    let state = app_state();
    let label = text(move || match label {
        TileLabel::Plain(msg) => state.t(msg).to_owned(),
        TileLabel::Counted(counted) => counted.label(state.lang.get(), count(), &[]),
    });
    view! {
        <div class="stat" data-stat=id>
            <span class="stat__value">{value}</span>
            <span class="stat__label">{label}</span>
        </div>
    }
}
