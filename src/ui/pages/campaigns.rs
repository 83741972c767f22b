//! The campaigns: what is due to send, customer campaigns set against recruiting ones,
//! and each campaign with its state and results.

use crate::app::campaign_results::{CampaignSummary, campaigns_overview};
use crate::app::open_store::store;
use crate::app::send_queue::send_queue;
use crate::domain::campaigns::campaign::{Aim, CampaignStatus};
use crate::ui::app_state::{app_state, tr};
use crate::ui::campaigns::campaign_results::ResultsTable;
use crate::ui::campaigns::campaign_words::{
    aim_name, channel_name, count_and_rate, purpose_name, status_name,
};
use crate::ui::clock::local_clock;
use crate::ui::messages::{Counted, Msg};
use leptos::prelude::*;

#[component]
pub fn CampaignsPage() -> impl IntoView {
    let state = app_state();
    let overview = Memo::new(move |_| {
        state.revision.track();
        campaigns_overview(&*store(), &local_clock())
    });
    let due = Memo::new(move |_| {
        state.revision.track();
        send_queue(&*store(), &local_clock()).due.len()
    });
    view! {
        <div data-testid="campaigns-page">
            <h1>{tr(Msg::CampaignsTitle)}</h1>
            <div class="actions">
                <a class="button button--primary" href="/campaigns/new" data-testid="new-campaign">{tr(Msg::NewCampaign)}</a>
                <a class="button" href="/campaigns/queue" data-testid="queue-link">
                    {tr(Msg::SendQueueTitle)} " · " <span data-testid="due-count">{move || state.count(Counted::MessagesDue, due.get())}</span>
                </a>
            </div>
            {move || {
                let overview = overview.get();
                if overview.campaigns.is_empty() {
                    return view! { <p class="card empty-state">{tr(Msg::CampaignsEmpty)}</p> }.into_any();
                }
                let compare = vec![
                    (state.t(aim_name(Aim::Customers)).to_string(), overview.for_customers),
                    (state.t(aim_name(Aim::FutureReps)).to_string(), overview.for_future_reps),
                ];
                view! {
                    <section class="card">
                        <h2>{tr(Msg::CompareHeading)}</h2>
                        <ResultsTable rows=compare test_id="aim-comparison" label=Msg::CompareHeading/>
                    </section>
                    <ul class="campaign-list plain" data-testid="campaign-list">
                        {overview.campaigns.into_iter().map(|c| view! { <CampaignRow summary=c/> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}

#[component]
fn CampaignRow(summary: CampaignSummary) -> impl IntoView {
    let state = app_state();
    let total = summary.results.total;
    let badge = if summary.status == CampaignStatus::Running {
        "badge badge--first"
    } else {
        "badge"
    };
    view! {
        <li class="card campaign-row" data-testid="campaign-row">
            <p>
                <a class="campaign-row__link" href=format!("/campaigns/{}", summary.id)><strong>{summary.name}</strong></a>
                " " <span class=badge>{tr(status_name(summary.status))}</span>
            </p>
            <p class="muted">
                {tr(purpose_name(summary.purpose))} " · " {tr(channel_name(summary.channel))} " · " {tr(aim_name(summary.aim))}
                " · " {move || state.count(Counted::Recipients, summary.recipients)}
            </p>
            <p class="muted">
                {tr(Msg::ColSent)} ": " {move || state.lang.get().format_integer(i64::from(total.sent))}
                " · " {tr(Msg::ColReplied)} ": " {move || count_and_rate(state, total, total.replied)}
                " · " {tr(Msg::ColConverted)} ": " {move || count_and_rate(state, total, total.converted)}
            </p>
        </li>
    }
}
