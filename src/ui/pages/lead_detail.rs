//! One lead: its details, its score with the reasons, its stages, and moving, winning
//! or losing it.

use crate::app::lead_views::{LeadPage, lead_page};
use crate::app::leads::move_lead;
use crate::app::open_store::store;
use crate::domain::leads::lead::{LeadKind, LeadSource};
use crate::domain::leads::stages::{StageOutcome, StandardStage};
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::clock::{local_clock, show};
use crate::ui::command::{offer_undo, run};
use crate::ui::leads::lead_scores::provide_lead_scores;
use crate::ui::leads::lost_form::{LostForm, reason_name};
use crate::ui::leads::score_summary::ScoreSummary;
use crate::ui::messages::Msg;
use crate::ui::pages::leads::stage_name;
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use uuid::Uuid;

pub fn source_name(source: LeadSource) -> Msg {
    match source {
        LeadSource::Unknown => Msg::SourceUnknown,
        LeadSource::WarmMarket => Msg::SourceWarmMarket,
        LeadSource::Referral => Msg::SourceReferral,
        LeadSource::Event => Msg::SourceEvent,
        LeadSource::SocialMedia => Msg::SourceSocialMedia,
        LeadSource::Campaign => Msg::SourceCampaign,
        LeadSource::Other => Msg::SourceOther,
    }
}

/// What a won lead leads to: a sale's order, a recruit's place in the team.
fn won_offer(state: AppState, page: &LeadPage) -> AnyView {
    let contact = page.lead.contact_id;
    match (page.lead.kind, page.member_id) {
        (LeadKind::Sale, _) => view! {
            <section class="card card--prompt" data-testid="won-offer">
                <p>{tr(Msg::WonSaleOffer)}</p>
                <a class="button button--primary" href=format!("/contacts/{contact}")>{tr(Msg::RecordOrder)}</a>
            </section>
        }
        .into_any(),
        (LeadKind::Recruit, None) => view! {
            <section class="card card--prompt" data-testid="won-offer">
                <p>{state.t_with(Msg::WonRecruitOffer, &[&page.contact_name])}</p>
                <a class="button button--primary" data-testid="add-to-team" href=format!("/team/new/{contact}")>{tr(Msg::AddToTeam)}</a>
            </section>
        }
        .into_any(),
        (LeadKind::Recruit, Some(member)) => view! {
            <section class="card" data-testid="won-offer">
                <a href=format!("/team/{member}")>{tr(Msg::ShowInTeam)}</a>
            </section>
        }
        .into_any(),
    }
}

#[component]
pub fn LeadDetailPage(id: Option<Uuid>) -> impl IntoView {
    let state = app_state();
    let scores = provide_lead_scores();
    let page = Memo::new(move |_| {
        state.revision.track();
        let id = id?;
        scores
            .scores
            .with(|s| lead_page(&*store(), id, s.as_ref().unwrap_or(&Default::default())))
    });
    let scored = move || scores.scores.with(Option::is_some);
    let losing = RwSignal::new(false);
    let move_to = move |target: Uuid, done: Msg| {
        let Some(page) = page.get_untracked() else {
            return;
        };
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            let moved = move_lead(&*store, page.lead.meta.id, target, &clock);
            if let Some(Some(undo)) = run(state, moved).await {
                offer_undo(state, done, page.lead.title.clone(), undo);
            }
        });
    };
    move || {
        let Some(page) = page.get() else {
            return view! {
                <p class="back"><a href="/leads">{tr(Msg::BackToLeads)}</a></p>
                <p class="card empty-state">{tr(Msg::LeadNotFound)}</p>
            }
            .into_any();
        };
        let lead = page.lead.clone();
        let outcome = lead.outcome();
        let won = StandardStage::Won.id(lead.kind);
        let stages: Vec<(Uuid, String)> = page
            .stages
            .iter()
            .filter(|s| s.id != StandardStage::Lost.id(lead.kind))
            .map(|s| (s.id, stage_name(state, &s.name)))
            .collect();
        let current = lead.stage;
        let value =
            (lead.expected_value.0 > 0).then(|| state.lang.get().format_euros(lead.expected_value));
        let lost_text = lead
            .lost
            .as_ref()
            .filter(|_| outcome == StageOutcome::Lost)
            .map(|l| {
                let reason = reason_name(state, &l.reason);
                let text = if l.details.is_empty() {
                    reason
                } else {
                    format!("{reason} – {}", l.details)
                };
                state.t_with(Msg::LostBecause, &[&text])
            });
        let clock = local_clock();
        let history = page
            .history
            .iter()
            .map(|(name, at)| {
                let when = show(&clock, state.lang.get(), *at);
                view! { <li><span>{stage_name(state, name)}</span>" · "<time>{when}</time></li> }
            })
            .collect_view();
        let (lead_id, title, reasons) =
            (lead.meta.id, lead.title.clone(), page.lost_reasons.clone());
        view! {
            <p class="back"><a href="/leads">{tr(Msg::BackToLeads)}</a></p>
            <div class="page-heading">
                <h1 data-testid="lead-title">{lead.title.clone()}</h1>
                <a class="button" href=format!("/leads/{}/edit", lead.meta.id) data-testid="edit-lead">{tr(Msg::Edit)}</a>
            </div>
            <section class="card">
                <p><a href=format!("/contacts/{}", lead.contact_id) data-testid="lead-contact-link">{page.contact_name.clone()}</a></p>
                <p data-testid="lead-stage">{stage_name(state, &page.stage_name)}</p>
                {value.map(|v| view! { <p>{v}</p> })}
                <p class="muted">{tr(source_name(lead.source))}</p>
                {lost_text.map(|t| view! { <p data-testid="lost-reason">{t}</p> })}
            </section>
            {match (outcome, page.score.clone()) {
                (StageOutcome::Open, Some(score)) => view! { <ScoreSummary score=score/> }.into_any(),
                (StageOutcome::Open, None) if !scored() => view! {
                    <p class="muted" role="status">{tr(Msg::ScoreCalculating)}</p>
                }.into_any(),
                _ => ().into_any(),
            }}
            {(outcome == StageOutcome::Open).then(|| view! {
                <section class="card">
                    <label for="lead-move">{tr(Msg::MoveLeadTo)}</label>
                    <select id="lead-move" data-testid="lead-move" on:change=move |ev| {
                        if let Ok(target) = Uuid::parse_str(&event_target_value(&ev)) {
                            move_to(target, Msg::LeadMoved);
                        }
                    }>
                        {stages.into_iter().map(|(s, n)| view! {
                            <option value=s.to_string() selected={s == current}>{n}</option>
                        }).collect_view()}
                    </select>
                    <div class="actions">
                        <button type="button" class="button button--primary" data-testid="mark-won"
                            on:click=move |_| move_to(won, Msg::LeadWonDone)>{tr(Msg::MarkWon)}</button>
                        <button type="button" class="button" data-testid="mark-lost"
                            aria-expanded=move || losing.get().to_string()
                            on:click=move |_| losing.update(|l| *l = !*l)>{tr(Msg::MarkLost)}</button>
                    </div>
                    {move || losing.get().then(|| view! {
                        <LostForm lead=lead_id title=title.clone() reasons=reasons.clone()/>
                    })}
                </section>
            })}
            {(outcome == StageOutcome::Won).then(|| won_offer(state, &page))}
            <section class="card" aria-labelledby="stage-history-heading">
                <h2 id="stage-history-heading">{tr(Msg::StageHistory)}</h2>
                <ol class="stage-history" data-testid="stage-history">{history}</ol>
            </section>
        }
        .into_any()
    }
}
