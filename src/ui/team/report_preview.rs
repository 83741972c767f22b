//! Everything an upline report holds, shown before the rep shares it: the team, the
//! months, the next rank, the pipeline, the activity and the campaigns. What is not
//! shown here is not in the file.

use crate::domain::sync::reported::{RepReport, ReportedMember, UplineReport};
use crate::domain::team::member::MemberStatus;
use crate::domain::team::plan::PlanKind;
use crate::domain::team::rank_rules::Progress;
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::campaigns::campaign_words::aim_name;
use crate::ui::leads::lead_words::{lead_kind_name, percent};
use crate::ui::messages::Msg;
use crate::ui::pages::leads::stage_name;
use crate::ui::team::team_messages::{fraction, month, points};
use leptos::prelude::*;

pub fn status_name(status: MemberStatus) -> Msg {
    match status {
        MemberStatus::Active => Msg::ActiveBadge,
        MemberStatus::Inactive => Msg::InactiveBadge,
        MemberStatus::Terminated => Msg::StatusLeft,
    }
}

#[component]
pub fn ReportPreview(report: UplineReport) -> impl IntoView {
    let UplineReport { rep, members, .. } = report;
    let mut members: Vec<ReportedMember> = members
        .into_iter()
        .filter(|m| !m.meta.is_deleted())
        .collect();
    members.sort_by(|a, b| a.joined_on.cmp(&b.joined_on).then(a.name.cmp(&b.name)));
    view! {
        <div class="report-preview" data-testid="report-preview">
            <h3>{tr(Msg::ReportTeamHeading)}</h3>
            <MembersTable members=members/>
            <RepFigures rep=rep/>
        </div>
    }
}

#[component]
fn MembersTable(members: Vec<ReportedMember>) -> impl IntoView {
    let state = app_state();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::ReportTeamHeading)>
            <table class="figures" data-testid="report-members">
                <thead><tr>
                    <th scope="col">{tr(Msg::ColName)}</th>
                    <th scope="col">{tr(Msg::ColumnRank)}</th>
                    <th scope="col">{tr(Msg::ColStatus)}</th>
                    <th scope="col">{tr(Msg::ColJoined)}</th>
                </tr></thead>
                <tbody>
                    {members.into_iter().map(|m| view! {
                        <tr>
                            <th scope="row">{m.name}</th>
                            <td>{m.rank.unwrap_or_else(|| state.t(Msg::NoRank).to_string())}</td>
                            <td>{tr(status_name(m.status))}</td>
                            <td>{move || state.lang.get().format_date(m.joined_on)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The rep's own figures: shown in the preview before sharing and in the upline's team
/// view.
#[component]
pub fn RepFigures(rep: RepReport) -> impl IntoView {
    let state = app_state();
    let lang = move || state.lang.get();
    let next_rank = rep.next_rank.map(|next| {
        view! {
            <p data-testid="report-next-rank">{state.t_with(Msg::ReportNextRank, &[&next.name])}</p>
            <ul>
                {next.progress.into_iter().map(|p| view! {
                    <li>{fraction(state, PlanKind::Unilevel, &Progress { requirement: p.requirement, have: p.have, need: p.need })}</li>
                }).collect_view()}
            </ul>
        }
    });
    view! {
        <h3>{tr(Msg::ReportMonthsHeading)}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::ReportMonthsHeading)>
            <table class="figures" data-testid="report-months">
                <thead><tr>
                    <th scope="col">{tr(Msg::ColumnMonth)}</th>
                    <th scope="col">{tr(Msg::ReqPersonal)}</th>
                    <th scope="col">{tr(Msg::ReqGroup)}</th>
                    <th scope="col">{tr(Msg::ColActiveMembers)}</th>
                    <th scope="col">{tr(Msg::ColumnRank)}</th>
                </tr></thead>
                <tbody>
                    {rep.months.into_iter().map(|m| view! {
                        <tr>
                            <th scope="row">{move || month(lang(), m.period)}</th>
                            <td>{move || points(lang(), m.personal)}</td>
                            <td>{move || points(lang(), m.group)}</td>
                            <td>{move || lang().format_integer(i64::from(m.active_members))}</td>
                            <td>{m.rank.clone().unwrap_or_else(|| state.t(Msg::NoRank).to_string())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {next_rank}
        <h3>{tr(Msg::ReportPipelineHeading)}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::ReportPipelineHeading)>
            <table class="figures" data-testid="report-pipeline">
                <thead><tr>
                    <th scope="col">{tr(Msg::ColKind)}</th>
                    <th scope="col">{tr(Msg::ColStage)}</th>
                    <th scope="col">{tr(Msg::ColOpen)}</th>
                    <th scope="col">{tr(Msg::ColValue)}</th>
                </tr></thead>
                <tbody>
                    {rep.pipeline.into_iter().map(|s| view! {
                        <tr>
                            <td>{tr(lead_kind_name(s.kind))}</td>
                            <th scope="row">{stage_name(state, &s.stage)}</th>
                            <td>{move || lang().format_integer(i64::from(s.open))}</td>
                            <td>{move || lang().format_euros(s.expected_value)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <ul data-testid="report-conversion">
            {rep.conversion.into_iter().map(|c| {
                let rate = c.rate().map_or_else(|| "–".to_string(), |r| percent(state, r));
                view! {
                    <li>{state.t_with(Msg::ReportConversion, &[
                        state.t(lead_kind_name(c.kind)),
                        &lang().format_integer(i64::from(c.won)),
                        &lang().format_integer(i64::from(c.lost)),
                        &rate,
                    ])}</li>
                }
            }).collect_view()}
        </ul>
        <h3>{tr(Msg::ReportActivityHeading)}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::ReportActivityHeading)>
            <table class="figures" data-testid="report-activity">
                <thead><tr>
                    <th scope="col">{tr(Msg::ColWeekOf)}</th>
                    <th scope="col">{tr(Msg::ColInteractions)}</th>
                    <th scope="col">{tr(Msg::ColFollowUpsDue)}</th>
                    <th scope="col">{tr(Msg::ColFollowUpsDone)}</th>
                </tr></thead>
                <tbody>
                    {rep.activity.into_iter().map(|w| view! {
                        <tr>
                            <th scope="row">{move || lang().format_date(w.monday)}</th>
                            <td>{move || lang().format_integer(i64::from(w.interactions))}</td>
                            <td>{move || lang().format_integer(i64::from(w.follow_ups_due))}</td>
                            <td>{move || lang().format_integer(i64::from(w.follow_ups_done))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <h3>{tr(Msg::ReportCampaignsHeading)}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::ReportCampaignsHeading)>
            <table class="figures" data-testid="report-campaigns">
                <thead><tr>
                    <th scope="col">{tr(Msg::ColCampaign)}</th>
                    <th scope="col">{tr(Msg::ColKind)}</th>
                    <th scope="col">{tr(Msg::ColRecipients)}</th>
                    <th scope="col">{tr(Msg::ColSent)}</th>
                    <th scope="col">{tr(Msg::ColReplied)}</th>
                    <th scope="col">{tr(Msg::ColOptedOut)}</th>
                    <th scope="col">{tr(Msg::ColConverted)}</th>
                </tr></thead>
                <tbody>
                    {rep.campaigns.into_iter().map(|c| {
                        let n = move |n: u32| move || lang().format_integer(i64::from(n));
                        view! {
                            <tr>
                                <th scope="row">{c.name}</th>
                                <td>{tr(aim_name(c.aim))}</td>
                                <td>{n(c.recipients)}</td>
                                <td>{n(c.sent)}</td>
                                <td>{n(c.replied)}</td>
                                <td>{n(c.opted_out)}</td>
                                <td>{n(c.converted)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// "Bericht von Maren Ohm, Stand 17.06.2026, 10:00".
pub fn report_heading(state: AppState, msg: Msg, rep: &RepReport) -> String {
    let at = crate::ui::clock::local_clock().local(rep.meta.updated_at);
    state.t_with(msg, &[&rep.name, &state.lang.get().format_date_time(at)])
}
