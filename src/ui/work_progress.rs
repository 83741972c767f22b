//! How far long work is, as a bar with counts ("3.200 von 10.000 Einträgen gelesen") or,
//! for work on a whole file, a share ("40 % erledigt").

use crate::domain::pace::{Progress, WorkStep};
use crate::ui::app_state::app_state;
use crate::ui::messages::{Counted, Msg};
use leptos::prelude::*;

#[component]
pub fn WorkProgress(progress: RwSignal<Option<Progress>>) -> impl IntoView {
    let state = app_state();
    move || {
        // `try_get`: a restore on the first-run screen replaces the screen, and with it
        // this signal, while this view may still be built once more.
        progress.try_get().flatten().map(|p| {
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
                // A file is made or read in parts of a whole; the status beside the bar
                // says what is being done.
                WorkStep::Packing | WorkStep::Unpacking | WorkStep::Merging | WorkStep::Writing => {
                    let percent = (p.done * 100 / p.total.max(1)).to_string();
                    state.t_with(Msg::PercentDone, &[&percent])
                }
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
