//! How far long work is, as a bar with counts: "3.200 von 10.000 Einträgen gelesen".

use crate::domain::pace::{Progress, WorkStep};
use crate::ui::app_state::app_state;
use crate::ui::messages::Counted;
use leptos::prelude::*;

#[component]
pub fn WorkProgress(progress: RwSignal<Option<Progress>>) -> impl IntoView {
    let state = app_state();
    move || {
        progress.get().map(|p| {
            let what = match p.step {
                WorkStep::Reading => Counted::EntriesRead,
                WorkStep::Checking => Counted::EntriesChecked,
            };
            let done = state.lang.get().format_integer(p.done as i64);
            let text = state.count_with(what, p.total, &[&done]);
            view! {
                <div class="work-progress" data-testid="work-progress">
                    <progress max=p.total value=p.done aria-label=text.clone()></progress>
                    <span aria-hidden="true">{text}</span>
                </div>
            }
        })
    }
}
