//! A member's rank in the chosen month and what stands between them and the next one:
//! each requirement as have / need, the leg that would get them there, and legs that
//! bring more than the plan counts.

use crate::app::team_figures::rank_outlook;
use crate::domain::team::plan::PlanKind;
use crate::ui::app_state::{app_state, tr};
use crate::ui::messages::Msg;
use crate::ui::team::team_data::team;
use crate::ui::team::team_messages::{fraction, leg_warnings, month, points, rank_name, what_if};
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn RankCard(member: Uuid) -> impl IntoView {
    let state = app_state();
    let team = team();
    let outlook = Memo::new(move |_| {
        team.plan
            .with(|plan| team.month.with(|m| rank_outlook(plan, m, member)))
    });
    let kind = move || team.plan.with(|p| p.kind);
    let rank_text = move |at: Option<usize>| team.plan.with(|plan| rank_name(state, plan, at));
    let headline = move || {
        let period = month(state.lang.get(), team.period.get());
        match outlook.get().and_then(|o| o.current) {
            Some(at) => state.t_with(Msg::RankIn, &[&rank_text(Some(at)), &period]),
            None => state.t_with(Msg::NoRankIn, &[&period]),
        }
    };
    let next = move || {
        let outlook = outlook.get()?;
        let Some(next) = outlook.next else {
            return Some(view! { <p>{tr(Msg::TopRank)}</p> }.into_any());
        };
        let next_name = rank_text(Some(next));
        let what_ifs = team.names.with(|names| {
            outlook
                .what_if
                .iter()
                .map(|w| what_if(state, names, &next_name, w))
                .collect::<Vec<_>>()
        });
        Some(view! {
            <h3 data-testid="next-rank">{state.t_with(Msg::NextRank, &[&next_name])}</h3>
            <ul class="requirements" data-testid="requirements">
                {outlook.progress.iter().filter(|p| p.need > 0).map(|p| {
                    let met = p.met();
                    let text = fraction(state, kind(), p);
                    view! {
                        <li class:requirement--met=met>
                            <span>{text}</span>
                            {met.then(|| view! { <span class="badge">{tr(Msg::Met)}</span> })}
                            <progress max=p.need.max(1).to_string() value=p.have.min(p.need.max(1)).to_string() aria-hidden="true"></progress>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <ul class="what-if" data-testid="what-if">
                {what_ifs.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
            </ul>
        }.into_any())
    };
    let warnings = move || {
        let outlook = outlook.get()?;
        let texts = team.names.with(|names| {
            team.plan
                .with(|plan| leg_warnings(state, names, plan, &outlook))
        });
        Some(
            texts
                .into_iter()
                .map(|text| {
                    view! {
                        <p class="notice notice--warning" data-testid="leg-warning">{text}</p>
                    }
                })
                .collect_view(),
        )
    };
    let binary = move || {
        if kind() != PlanKind::Binary {
            return None;
        }
        let legs = team.month.with(|m| m.binary_legs(member))?;
        let lang = state.lang.get();
        Some(view! {
            <p class="muted" data-testid="binary-legs">{state.t_with(Msg::BinaryLegs, &[
                &points(lang, legs.left),
                &points(lang, legs.right),
                &points(lang, legs.carried_in.0),
                &points(lang, legs.carried_in.1),
            ])}</p>
        })
    };
    let broke_away = move || {
        team.month
            .with(|m| m.broke_away(member))
            .then(|| view! { <p class="muted">{tr(Msg::BrokeAway)}</p> })
    };
    view! {
        <section class="card" data-testid="rank-card">
            <h2>{tr(Msg::RankHeading)}</h2>
            <p class="rank-headline" data-testid="current-rank">{headline}</p>
            {binary}
            {broke_away}
            {next}
            {warnings}
        </section>
    }
}
