//! A member's volumes and rank over the twelve months up to the chosen one, and the
//! field to record the chosen month's PV by hand.

use crate::app::open_store::store;
use crate::app::team;
use crate::domain::locale::money::parse_hundredths;
use crate::domain::team::volume::Period;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use crate::ui::team::team_data::team;
use crate::ui::team::team_messages::{month, points, rank_name};
use leptos::prelude::*;
use uuid::Uuid;

const MONTHS: usize = 12;

#[derive(Clone, PartialEq)]
struct MonthLine {
    period: Period,
    personal: u64,
    group: u64,
    rank: Option<usize>,
}

#[component]
pub fn VolumeCard(member: Uuid, name: Signal<String>) -> impl IntoView {
    let state = app_state();
    let team = team();
    let history = Memo::new(move |_| {
        state.revision.track();
        let last = team.period.get();
        let first = (1..MONTHS).fold(last, |p, _| p.previous());
        let months = team
            .plan
            .with(|plan| team::months(&*store(), plan, first, last));
        months
            .iter()
            .rev()
            .map(|m| {
                let figures = m.figures(member).cloned().unwrap_or_default();
                MonthLine {
                    period: m.period,
                    personal: figures.personal,
                    group: figures.group,
                    rank: m.rank(member),
                }
            })
            .collect::<Vec<_>>()
    });
    let typed = RwSignal::new(String::new());
    Effect::new(move |_| {
        let shown = history
            .with(|h| h.first().map(|line| line.personal))
            .unwrap_or_default();
        typed.set(state.lang.get_untracked().format_points(shown as i64));
    });
    let wrong = RwSignal::new(false);
    let save_pv = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(centipoints) =
            parse_hundredths(typed.get_untracked().trim()).and_then(|v| u32::try_from(v).ok())
        else {
            wrong.set(true);
            return;
        };
        wrong.set(false);
        let period = team.period.get_untracked();
        let subject = format!(
            "{} · {}",
            name.get_untracked(),
            month(state.lang.get_untracked(), period)
        );
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            let set = team::set_pv(&*store, member, period, centipoints, &clock);
            if let Some(Some(undo)) = run(state, set).await {
                offer_undo(state, Msg::PvSaved, subject, undo);
            }
        });
    };
    view! {
        <section class="card" data-testid="volume-card">
            <h2>{tr(Msg::VolumesHeading)}</h2>
            <form class="form form--inline" on:submit=save_pv>
                <label for="member-pv">{move || state.t_with(Msg::EnterPv, &[&month(state.lang.get(), team.period.get())])}</label>
                <input id="member-pv" inputmode="decimal" autocomplete="off" aria-describedby="member-pv-error"
                    aria-invalid=move || wrong.get().to_string()
                    prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
                <p class="field-error" id="member-pv-error">{move || wrong.get().then(|| state.t(Msg::ProblemPoints))}</p>
                <button type="submit" class="button button--primary" data-testid="save-pv">{tr(Msg::SavePv)}</button>
            </form>
            <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::VolumesHeading)>
                <table class="figures" data-testid="volume-history">
                    <thead><tr>
                        <th scope="col">{tr(Msg::ColumnMonth)}</th>
                        <th scope="col">{tr(Msg::ReqPersonal)}</th>
                        <th scope="col">{tr(Msg::ReqGroup)}</th>
                        <th scope="col">{tr(Msg::ColumnRank)}</th>
                    </tr></thead>
                    <tbody>
                        {move || history.get().into_iter().map(|line| {
                            let lang = state.lang.get();
                            view! {
                                <tr>
                                    <th scope="row">{month(lang, line.period)}</th>
                                    <td>{points(lang, line.personal)}</td>
                                    <td>{points(lang, line.group)}</td>
                                    <td>{team.plan.with(|plan| rank_name(state, plan, line.rank))}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
