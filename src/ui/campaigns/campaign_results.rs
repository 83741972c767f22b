//! A table of campaign results: one row per step, per campaign kind or in all; each
//! reaction with its share of those reached.

use crate::domain::campaigns::results::Counts;
use crate::ui::app_state::{app_state, tr};
use crate::ui::campaigns::campaign_words::count_and_rate;
use crate::ui::messages::Msg;
use leptos::prelude::*;

/// `rows`: each row's heading and its counts.
#[component]
pub fn ResultsTable(
    rows: Vec<(String, Counts)>,
    test_id: &'static str,
    label: Msg,
) -> impl IntoView {
    let state = app_state();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=tr(label)>
            <table class="figures" data-testid=test_id>
                <thead><tr>
                    <td></td>
                    <th scope="col">{tr(Msg::ColSent)}</th>
                    <th scope="col">{tr(Msg::ColReplied)}</th>
                    <th scope="col">{tr(Msg::ColOptedOut)}</th>
                    <th scope="col">{tr(Msg::ColConverted)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|(heading, counts)| {
                        let cell = move |n: u32| move || count_and_rate(state, counts, n);
                        view! {
                            <tr>
                                <th scope="row">{heading}</th>
                                <td>{move || state.lang.get().format_integer(i64::from(counts.sent))}</td>
                                <td>{cell(counts.replied)}</td>
                                <td>{cell(counts.opted_out)}</td>
                                <td>{cell(counts.converted)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
