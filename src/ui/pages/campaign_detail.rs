//! One campaign: what it is, its results per step, and starting, duplicating, editing or
//! finishing it. Starting lists everyone the segment matched but the guard left out,
//! with the reason.

use crate::app::campaign_audience::Exclusion;
use crate::app::campaign_views::{campaign_page, left_out_people};
use crate::app::campaigns::{duplicate_campaign, finish_campaign, start_campaign};
use crate::app::open_store::store;
use crate::domain::campaigns::campaign::CampaignStatus;
use crate::ui::app_state::{app_state, tr};
use crate::ui::campaigns::campaign_results::ResultsTable;
use crate::ui::campaigns::campaign_words::{
    aim_name, channel_name, exclusion_name, purpose_name, status_name,
};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::messages::{Counted, Msg};
use crate::ui::navigation::navigate;
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn CampaignDetailPage(id: Option<Uuid>) -> impl IntoView {
    let state = app_state();
    let page = Memo::new(move |_| {
        state.revision.track();
        campaign_page(&*store(), id?, &local_clock())
    });
    let left_out = RwSignal::new(Vec::<(Uuid, String, Exclusion)>::new());
    let start = move |_| {
        let Some(id) = id else { return };
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            if let Some(Some(started)) = run(state, start_campaign(&*store, id, &clock)).await {
                left_out.set(left_out_people(&*store, &started.left_out));
                let entered = state.count(Counted::Entered, started.entered);
                offer_undo(state, Msg::CampaignStarted, entered, started.undo);
            }
        });
    };
    let finish = move |_| {
        let (Some(id), Some((campaign, _))) = (id, page.get_untracked()) else {
            return;
        };
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            if let Some(Some(undo)) = run(state, finish_campaign(&*store, id, &clock)).await {
                offer_undo(state, Msg::CampaignFinished, campaign.name, undo);
            }
        });
    };
    let duplicate = move |_| {
        let (Some(id), Some((campaign, _))) = (id, page.get_untracked()) else {
            return;
        };
        let name = state.t_with(Msg::CopyName, &[&campaign.name]);
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            if let Some(Some((copy, undo))) =
                run(state, duplicate_campaign(&*store, id, &name, &clock)).await
            {
                offer_undo(state, Msg::CampaignDuplicated, name, undo);
                navigate(&format!("/campaigns/{copy}/edit"));
            }
        });
    };
    move || {
        let Some((campaign, summary)) = page.get() else {
            return view! {
                <p class="back"><a href="/campaigns">{tr(Msg::BackToCampaigns)}</a></p>
                <p class="card empty-state">{tr(Msg::CampaignNotFound)}</p>
            }
            .into_any();
        };
        let id = campaign.meta.id;
        let mut rows: Vec<(String, _)> = summary
            .results
            .steps
            .iter()
            .enumerate()
            .map(|(at, counts)| {
                (
                    state.t_with(Msg::StepHeading, &[&(at + 1).to_string()]),
                    *counts,
                )
            })
            .collect();
        rows.push((
            state.t(Msg::ResultsTotal).to_string(),
            summary.results.total,
        ));
        let status = campaign.status;
        view! {
            <p class="back"><a href="/campaigns">{tr(Msg::BackToCampaigns)}</a></p>
            <h1 data-testid="campaign-name">{campaign.name.clone()}</h1>
            <p>
                <span class="badge badge--first" data-testid="campaign-status">{tr(status_name(status))}</span>
                " " {tr(purpose_name(campaign.purpose))} " · " {tr(channel_name(campaign.channel))} " · " {tr(aim_name(campaign.aim))}
            </p>
            <p class="muted">{move || state.count(Counted::Recipients, summary.recipients)}</p>
            <div class="actions">
                {(status != CampaignStatus::Running).then(|| view! {
                    <button type="button" class="button button--primary" data-testid="start-campaign" on:click=start>{tr(Msg::StartCampaign)}</button>
                })}
                {(status == CampaignStatus::Running).then(|| view! {
                    <a class="button button--primary" href="/campaigns/queue">{tr(Msg::SendQueueTitle)}</a>
                    <button type="button" class="button" data-testid="finish-campaign" on:click=finish>{tr(Msg::FinishCampaign)}</button>
                })}
                <a class="button" href=format!("/campaigns/{id}/edit") data-testid="edit-campaign">{tr(Msg::EditCampaign)}</a>
                <button type="button" class="button" data-testid="duplicate-campaign" on:click=duplicate>{tr(Msg::DuplicateCampaign)}</button>
            </div>
            {move || {
                let people = left_out.get();
                (!people.is_empty()).then(|| view! {
                    <section class="card left-out" data-testid="left-out">
                        <h2>{tr(Msg::LeftOutHeading)}</h2>
                        <ul class="plain">
                            {people.into_iter().map(|(contact, name, why)| view! {
                                <li><a href=format!("/contacts/{contact}")>{name}</a> " – " {tr(exclusion_name(why))}</li>
                            }).collect_view()}
                        </ul>
                    </section>
                })
            }}
            <section class="card">
                <h2>{tr(Msg::ResultsHeading)}</h2>
                <ResultsTable rows=rows test_id="campaign-results" label=Msg::ResultsHeading/>
            </section>
        }
        .into_any()
    }
}
