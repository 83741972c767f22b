//! One team member: who they are, their sponsor line up to the rep, their own downline,
//! rank progress, volumes over twelve months and the org chart of their team.

use crate::app::open_store::store;
use crate::app::team::{self, MemberPage};
use crate::app::team_figures::{level_counts, team_count};
use crate::ui::after_first_paint::{AfterFirstPaint, first_paint};
use crate::ui::app_state::{app_state, text, tr};
use crate::ui::contact::contact_facts::reach_lines;
use crate::ui::messages::{Counted, Msg};
use crate::ui::team::member_exit_card::MemberExitCard;
use crate::ui::team::org_chart::OrgChart;
use crate::ui::team::period_select::PeriodSelect;
use crate::ui::team::rank_card::RankCard;
use crate::ui::team::team_data::provide_team;
use crate::ui::team::team_messages::{level_counts_text, member_name, name_text, points};
use crate::ui::team::volume_card::VolumeCard;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn MemberDetailPage(id: Option<Uuid>) -> impl IntoView {
    let state = app_state();
    let team = provide_team();
    let member = Memo::new(move |_| {
        state.revision.track();
        id.and_then(|id| team::member_page(&*store(), id))
    });
    let painted = first_paint();
    view! {
        <p class="back"><a href="/team">{tr(Msg::BackToTeam)}</a></p>
        {move || match member.get() {
            None => view! { <p class="card empty-state" data-testid="member-not-found">{tr(Msg::MemberNotFound)}</p> }.into_any(),
            Some(page) => {
                let member = page.member.clone();
                let id = member.meta.id;
                let name = Signal::derive(move || team.names.with(|n| member_name(state, n, id)));
                view! {
                    <div class="page-heading">
                        <h1>{name}</h1>
                        <div class="actions actions--tight">
                            {(!member.contact_id.is_nil()).then(|| view! {
                                <a class="button" href=format!("/contacts/{}", member.contact_id)>{tr(Msg::OpenContact)}</a>
                            })}
                            <a class="button" href=format!("/team/{id}/edit") data-testid="edit-member">{tr(Msg::Edit)}</a>
                        </div>
                    </div>
                    <PeriodSelect/>
                    <MemberFacts page=page/>
                    <RankCard member=id/>
                    <AfterFirstPaint painted=painted>
                        <VolumeCard member=id name=name/>
                        <SponsorLine member=id/>
                        <OwnTeam member=id/>
                        <OrgChart member=id name=name/>
                        <MemberExitCard member=member.clone() name=name/>
                    </AfterFirstPaint>
                }.into_any()
            }
        }}
    }
}

#[component]
fn MemberFacts(page: MemberPage) -> impl IntoView {
    let state = app_state();
    let MemberPage {
        member,
        contact,
        other_memberships: others,
    } = page;
    let link = move |id: Uuid| {
        view! {
            <a href=format!("/team/{id}")>{name_text(id)}</a>
        }
    };
    let leg = member
        .placement_leg
        .map(|l| if l == 0 { Msg::LegLeft } else { Msg::LegRight });
    let reach = contact
        .map(|c| {
            let home = state.home_country();
            reach_lines(&c, state.lang.get_untracked(), home.as_deref())
                .into_iter()
                .filter(|(_, v)| !v.is_empty())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    view! {
        <section class="card">
            <dl class="details">
                {reach.into_iter().map(|(label, value)| view! { <dt>{tr(label)}</dt><dd>{value}</dd> }).collect_view()}
                {member.external_id.clone().map(|number| view! {
                    <dt>{tr(Msg::MemberNumber)}</dt><dd data-testid="member-number">{number}</dd>
                })}
                <dt>{tr(Msg::JoinedLabel)}</dt>
                <dd>{text(move || state.lang.get().format_date(member.joined_on))}</dd>
                {member.sponsor_id.map(|sponsor| view! { <dt>{tr(Msg::SponsorLabel)}</dt><dd>{link(sponsor)}</dd> })}
                {member.placement_parent_id.map(|parent| view! {
                    <dt>{tr(Msg::PlacementLabel)}</dt>
                    <dd>{link(parent)}{leg.map(|leg| view! { " · " {tr(leg)} })}</dd>
                })}
            </dl>
            {(!others.is_empty()).then(|| view! {
                <p class="notice notice--warning">{tr(Msg::OtherMembership)} " "
                    {others.into_iter().map(|other| view! { <a href=format!("/team/{other}")>{tr(Msg::OpenMember)}</a> " " }).collect_view()}
                </p>
            })}
        </section>
    }
}

#[component]
fn SponsorLine(member: Uuid) -> impl IntoView {
    let state = app_state();
    let team = crate::ui::team::team_data::team();
    let line = move || {
        team.tree
            .with(|tree| tree.path_to(member))
            .unwrap_or_default()
    };
    move || {
        let line = line();
        (line.len() > 1).then(|| view! {
            <section class="card">
                <h2>{tr(Msg::SponsorLine)}</h2>
                <ol class="sponsor-line" data-testid="sponsor-line">
                    {line.into_iter().map(|id| {
                        let label = move || {
                            let name = team.names.with(|n| member_name(state, n, id));
                            if id == team.tree.with(|t| t.root()) { format!("{name} ({})", state.t(Msg::YouLabel)) } else { name }
                        };
                        view! { <li><a href=format!("/team/{id}")>{text(label)}</a></li> }
                    }).collect_view()}
                </ol>
            </section>
        })
    }
}

#[component]
fn OwnTeam(member: Uuid) -> impl IntoView {
    let state = app_state();
    let team = crate::ui::team::team_data::team();
    let levels = Memo::new(move |_| {
        team.tree
            .with(|tree| team.month.with(|m| level_counts(tree, m, member)))
    });
    let counts = move || {
        let lang = state.lang.get();
        let levels = levels.get();
        let total = team
            .tree
            .with(|tree| team.month.with(|m| team_count(tree, m, member)));
        state.t_with(
            Msg::OwnTeamCounts,
            &[
                &state.count(Counted::Members, total.members),
                &lang.format_integer(total.active as i64),
                &state.count(Counted::Levels, levels.len()),
            ],
        )
    };
    let legs = move || {
        let lang = state.lang.get();
        let legs = team.month.with(|m| {
            m.figures(member)
                .map(|f| f.legs.clone())
                .unwrap_or_default()
        });
        legs.into_iter()
            .map(|(leg, volume)| {
                view! {
                    <li>
                        <a href=format!("/team/{leg}")>{name_text(leg)}</a>
                        <span class="muted">{format!(" · GV {}", points(lang, volume))}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" data-testid="own-team">
            <h2>{tr(Msg::OwnTeam)}</h2>
            <p data-testid="own-team-counts">{text(counts)}</p>
            <ul class="level-counts">
                {move || levels.get().into_iter().enumerate().map(|(at, level)| view! {
                    <li>{text(move || format!("{}: {}", state.t_with(Msg::LevelHeading, &[&(at + 1).to_string()]),
                        level_counts_text(state, level.members, level.active)))}</li>
                }).collect_view()}
            </ul>
            <h3>{tr(Msg::LegsHeading)}</h3>
            <ul class="link-list">{legs}</ul>
        </section>
    }
}
