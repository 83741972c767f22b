//! The upline's team as their reps reported it: one rep's subtree with that rep's
//! figures, or every report together, each row marked with its report's date.

use crate::app::open_store::store;
use crate::app::team_reports::{ReportedTeam, kept_reports, reported_team};
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::messages::Msg;
use crate::ui::team::report_preview::{RepFigures, report_heading, status_name};
use crate::ui::team::team_data::current_plan;
use crate::ui::team::team_messages::{month, points};
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn KeptReportsCard() -> impl IntoView {
    let state = app_state();
    let reports = Memo::new(move |_| {
        state.revision.track();
        kept_reports(&*store())
    });
    // `None` shows every report together.
    let chosen = RwSignal::new(None::<Uuid>);
    let team = Memo::new(move |_| {
        state.revision.track();
        reported_team(&*store(), chosen.get(), &current_plan(state))
    });
    let lang = move || state.lang.get();
    let when = move |at| lang().format_date_time(local_clock().local(at));
    view! {
        <section class="card" aria-labelledby="kept-reports-heading" data-testid="kept-reports">
            <h2 id="kept-reports-heading">{tr(Msg::KeptReportsHeading)}</h2>
            <Show when=move || !reports.with(Vec::is_empty)
                fallback=move || view! { <p class="muted" data-testid="no-reports">{tr(Msg::NoReportsYet)}</p> }>
                <label for="report-rep">{tr(Msg::ShowReportsOf)}</label>
                <select id="report-rep" data-testid="report-rep"
                    on:change=move |ev| chosen.set(Uuid::parse_str(&event_target_value(&ev)).ok())>
                    <option value="" selected=move || chosen.get().is_none()>{tr(Msg::AllReps)}</option>
                    {move || reports.get().into_iter().map(|r| {
                        let label = state.t_with(Msg::ReportRepOption, &[&r.name, &when(r.made_at)]);
                        view! { <option value=r.rep.to_string() selected=move || chosen.get() == Some(r.rep)>{label}</option> }
                    }).collect_view()}
                </select>
                {move || team.get().rep.map(|rep| view! {
                    <p data-testid="kept-report-of">{report_heading(state, Msg::ReportByOn, &rep)}</p>
                })}
                <ReportedRows team=team/>
                {move || team.get().rep.map(|rep| view! { <RepFigures rep=rep/> })}
            </Show>
        </section>
    }
}

#[component]
fn ReportedRows(team: Memo<ReportedTeam>) -> impl IntoView {
    let state = app_state();
    let lang = move || state.lang.get();
    view! {
        <p>{move || team.get().period.map(|p| state.t_with(Msg::ReportVolumesOf, &[&month(lang(), p)]))}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::KeptReportsHeading)>
            <table class="figures" data-testid="reported-team">
                <thead><tr>
                    <th scope="col">{tr(Msg::ColName)}</th>
                    <th scope="col">{tr(Msg::ColumnRank)}</th>
                    <th scope="col">{tr(Msg::ColStatus)}</th>
                    <th scope="col">{tr(Msg::ReqPersonal)}</th>
                    <th scope="col">{tr(Msg::ReqGroup)}</th>
                    <th scope="col">{tr(Msg::ColReportedBy)}</th>
                </tr></thead>
                <tbody>
                    {move || team.get().rows.into_iter().map(|row| {
                        let as_of = row.as_of.map(|at| lang().format_date(local_clock().local(at).date()));
                        let indent = format!("{}rem", row.depth.min(8));
                        view! {
                            <tr data-testid="reported-row">
                                <th scope="row" style:padding-inline-start=indent>{row.name}</th>
                                <td>{row.rank.unwrap_or_else(|| state.t(Msg::NoRank).to_string())}</td>
                                <td>{tr(status_name(row.status))}</td>
                                <td>{points(lang(), row.personal)}</td>
                                <td>{points(lang(), row.group)}</td>
                                <td>{format!("{} ({})", row.reported_by, as_of.unwrap_or_default())}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
