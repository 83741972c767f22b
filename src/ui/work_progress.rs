//! How far long work is, as a bar with counts: "3.200 von 10.000 Einträgen gelesen".

use crate::domain::pace::{Progress, WorkStep};
use crate::ui::app_state::app_state;
use crate::ui::messages::{Counted, Msg};
use leptos::prelude::*;

#[component]
pub fn WorkProgress(progress: RwSignal<Option<Progress>>) -> impl IntoView {
    let state = app_state();
    move || {
        progress.get().map(|p| {
            let counted = |what| {
                let done = state.lang.get().format_integer(p.done as i64);
                state.count_with(what, p.total, &[&done])
            };
            let text = match p.step {
                WorkStep::Reading => counted(Counted::EntriesRead),
                WorkStep::Checking => counted(Counted::EntriesChecked),
                // What is counted there is steps of the search, which mean nothing to
                // the user: the bar alone says how far it is.
                WorkStep::Comparing => state.t(Msg::LookingForDuplicates).to_owned(),
            };
            view! {
                <div class="work-progress" data-testid="work-progress">
                    <progress max=p.total value=p.done aria-label=text.clone()></progress>
                    <span aria-hidden="true">{text}</span>
                </div>
            }
        })
    }
}
