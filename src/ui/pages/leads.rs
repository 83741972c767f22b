//! The leads, on a board or in a list. The board shows one kind of lead, a column per
//! stage. On a phone it shows one column at a time, with a switcher for the stage,
//! instead of a sideways scroll of tiny columns. A card moves by its "move to" menu,
//! which works with the keyboard and a screen reader, and the move is announced. The
//! list ([`LeadList`]) shows all leads, filtered and sorted.

use crate::app::lead_views::{BoardColumn, LeadCard, lead_board, next_leads};
use crate::app::leads::move_lead;
use crate::app::open_store::store;
use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::stages::{StageName, StageOutcome};
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::leads::card_drag::{CardDrag, DragGrip, DropStrip, provide_card_drag};
use crate::ui::leads::lead_list::LeadList;
use crate::ui::leads::lead_scores::{LeadScores, provide_lead_scores};
use crate::ui::leads::lead_words::percent;
use crate::ui::leads::one_column::one_column_at_a_time;
use crate::ui::leads::score_summary::ScoreBadge;
use crate::ui::messages::{Counted, Msg};
use crate::ui::spawn::spawn;
use crate::ui::value_names;
use leptos::prelude::*;
use uuid::Uuid;

pub fn stage_name(state: AppState, name: &StageName) -> String {
    match name {
        StageName::Standard(standard) => {
            state.t(value_names::standard_stage(*standard)).to_string()
        }
        StageName::Own(own) => own.clone(),
    }
}

#[component]
pub fn LeadsPage() -> impl IntoView {
    let state = app_state();
    provide_lead_scores();
    let as_list = RwSignal::new(false);
    let view_button = move |list: bool, label: Msg, test_id: &'static str| {
        view! {
            <button type="button" class="button" aria-pressed=move || (as_list.get() == list).to_string()
                data-testid=test_id on:click=move |_| as_list.set(list)>
                {tr(label)}
            </button>
        }
    };
    view! {
        <h1>{tr(Msg::LeadsTitle)}</h1>
        <div class="actions">
            <a class="button button--primary" href="/leads/new" data-testid="new-lead">{tr(Msg::NewLead)}</a>
            <a class="button" href="/leads/stages" data-testid="edit-stages">{tr(Msg::EditStages)}</a>
        </div>
        <NextLeads/>
        <div class="segmented" role="group" aria-label=move || state.t(Msg::LeadViewLabel)>
            {view_button(false, Msg::ViewBoard, "view-board")}
            {view_button(true, Msg::ViewList, "view-list")}
        </div>
        {move || if as_list.get() { view! { <LeadList/> }.into_any() } else { view! { <Board/> }.into_any() }}
    }
}

/// The board of one kind, with the kind to choose.
#[component]
fn Board() -> impl IntoView {
    let state = app_state();
    provide_card_drag();
    let scores = expect_context::<LeadScores>();
    let kind = RwSignal::new(LeadKind::Sale);
    // Recomputed after a change of the data or the scores, which changes it: comparing
    // every card of the old board with the new one would only cost time.
    let board = Memo::new_with_compare(
        move |_| {
            state.revision.track();
            let kind = kind.get();
            scores
                .scores
                .with(|s| lead_board(&*store(), kind, s.as_ref().unwrap_or(&Default::default())))
        },
        |_, _| true,
    );
    let stages = Memo::new(move |_| {
        board.with(|b| {
            b.iter()
                .map(|c| {
                    let lost = c.outcome == StageOutcome::Lost;
                    (c.stage.id, stage_name(state, &c.stage.name), lost)
                })
                .collect::<Vec<_>>()
        })
    });
    let shown = RwSignal::new(None::<Uuid>);
    let announcement = RwSignal::new(String::new());
    let kind_button = move |k: LeadKind, label: Msg| {
        view! {
            <button type="button" class="button" aria-pressed=move || (kind.get() == k).to_string()
                data-testid=format!("kind-{k:?}").to_lowercase()
                on:click=move |_| { kind.set(k); shown.set(None); }>
                {tr(label)}
            </button>
        }
    };
    let shown_stage = move || {
        shown
            .get()
            .or_else(|| board.with(|b| b.first().map(|c| c.stage.id)))
    };
    let one_column = one_column_at_a_time();
    view! {
        <div class="segmented" role="group" aria-label=move || state.t(Msg::LeadKinds)>
            {kind_button(LeadKind::Sale, Msg::LeadKindSale)}
            {kind_button(LeadKind::Recruit, Msg::LeadKindRecruit)}
        </div>
        <p class="visually-hidden" role="status" aria-live="polite" data-testid="move-announcement">
            {move || announcement.get()}
        </p>
        <div class="board-switcher">
            <label for="stage-shown">{tr(Msg::ShownStage)}</label>
            <select id="stage-shown" data-testid="stage-shown" on:change=move |ev| {
                shown.set(Uuid::parse_str(&event_target_value(&ev)).ok());
            }>
                {move || board.with(|b| b.iter().map(|c| {
                    let id = c.stage.id;
                    let label = format!("{} ({})", stage_name(state, &c.stage.name), c.total);
                    view! { <option value=id.to_string() selected=move || shown_stage() == Some(id)>{label}</option> }
                }).collect_view())}
            </select>
        </div>
        <DropStrip stages=stages/>
        <div class="board" data-testid="lead-board">
            <For each=move || board.with(|b| b.iter().map(|c| c.stage.id).collect::<Vec<_>>())
                key=|id| *id
                children=move |id| view! {
                    <Column stage=id board=board stages=stages announcement=announcement
                        shown=Signal::derive(move || shown_stage() == Some(id)) one_column=one_column/>
                }/>
        </div>
    }
}

/// Cards a column shows at first: the best-scored, a phone screen or two. The rest wait
/// for a tap, so that a long column neither buries the best leads nor slows the board.
const CARDS_AT_ONCE: usize = 25;
/// Cards each tap on "show more" adds.
const CARDS_MORE: usize = 50;

/// How many leads "next up" lists.
const NEXT_SHOWN: usize = 5;

#[component]
fn NextLeads() -> impl IntoView {
    let state = app_state();
    let scores = expect_context::<LeadScores>();
    let next = Memo::new(move |_| {
        state.revision.track();
        scores.scores.with(|s| {
            s.as_ref()
                .map(|s| next_leads(&*store(), s, local_clock().now, NEXT_SHOWN))
                .unwrap_or_default()
        })
    });
    view! {
        <section class="card" aria-labelledby="next-leads-heading" data-testid="next-leads">
            <h2 id="next-leads-heading">{tr(Msg::NextLeadsHeading)}</h2>
            <p class="muted">{tr(Msg::NextLeadsIntro)}</p>
            {move || {
                let leads = next.get();
                if leads.is_empty() {
                    return view! { <p class="muted">{tr(Msg::NoNextLeads)}</p> }.into_any();
                }
                view! {
                    <ol class="next-leads">
                        {leads.into_iter().map(|lead| {
                            let value = (lead.value.0 > 0).then(|| state.lang.get().format_euros(lead.value));
                            view! {
                                <li>
                                    <a href=format!("/leads/{}", lead.id)>{lead.title.clone()}</a>
                                    " · "{lead.contact_name.clone()}
                                    " · "<strong>{percent(state, lead.probability)}</strong>
                                    {value.map(|v| view! { " · "{v} })}
                                    {lead.follow_up_overdue.then(|| view! {
                                        " "<span class="badge badge--warning">{tr(Msg::FollowUpOverdue)}</span>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

/// What makes a card look different: a card whose key is unchanged is kept as it is
/// when the board changes, so moving one card redraws only the cards that changed.
fn card_key(card: &LeadCard) -> (Uuid, Option<u64>, String, i64) {
    (
        card.id,
        card.score.as_ref().map(|s| s.probability.to_bits()),
        card.title.clone(),
        card.value.0,
    )
}

#[component]
fn Column(
    stage: Uuid,
    board: Memo<Vec<BoardColumn>>,
    stages: Memo<Vec<(Uuid, String, bool)>>,
    announcement: RwSignal<String>,
    shown: Signal<bool>,
    /// On a phone only the shown column's cards are in the page; on a wide screen all are.
    one_column: Signal<bool>,
) -> impl IntoView {
    let state = app_state();
    let cards_built = move || shown.get() || !one_column.get();
    let column = Memo::new_with_compare(
        move |_| board.with(|b| b.iter().find(|c| c.stage.id == stage).cloned()),
        // A column redraws when what its cards show changed, not their reasons.
        |old: Option<&Option<BoardColumn>>, new: Option<&Option<BoardColumn>>| {
            let looks = |column: Option<&Option<BoardColumn>>| {
                column.and_then(Option::as_ref).map(|c| {
                    let cards: Vec<_> = c.cards.iter().map(card_key).collect();
                    (c.stage.clone(), c.total, cards)
                })
            };
            looks(old) != looks(new)
        },
    );
    let name = move || {
        column.with(|c| {
            c.as_ref()
                .map(|c| stage_name(state, &c.stage.name))
                .unwrap_or_default()
        })
    };
    let total = move || column.with(|c| c.as_ref().map_or(0, |c| c.total));
    let heading_id = format!("stage-{stage}");
    let limit = RwSignal::new(CARDS_AT_ONCE);
    let cards = move || {
        if !cards_built() {
            return Vec::new();
        }
        column.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.cards
                        .iter()
                        .take(limit.get())
                        .cloned()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let hidden = move || {
        column
            .with(|c| c.as_ref().map_or(0, |c| c.cards.len()))
            .saturating_sub(limit.get())
    };
    view! {
        <section class="board-column" class:board-column--shown=move || shown.get()
            aria-labelledby=heading_id.clone() data-testid="board-column" data-stage=stage.to_string()
            // "Lost" needs a reason, given on the lead's page: no card is dropped here.
            data-no-drop=move || column.with(|c| c.as_ref().is_some_and(|c| c.outcome == StageOutcome::Lost)).then_some("")>
            <h2 id=heading_id.clone()>{name}" "
                <span class="badge" title=move || state.count(Counted::LeadsInStage, total())>{move || total().to_string()}</span>
            </h2>
            <Show when=move || total() == 0>
                <p class="muted">{tr(Msg::NoLeadsInStage)}</p>
            </Show>
            <ul class="lead-cards">
                <For each=cards
                    key=card_key
                    children=move |card| view! { <Card card=card stage=stage stages=stages announcement=announcement/> }/>
            </ul>
            {move || (cards_built() && hidden() > 0).then(|| view! {
                <button type="button" class="button button--quiet" data-testid="more-leads"
                    on:click=move |_| limit.update(|n| *n += CARDS_MORE)>
                    {move || state.count(Counted::MoreLeads, hidden().min(CARDS_MORE))}
                </button>
            })}
        </section>
    }
}

#[component]
fn Card(
    card: LeadCard,
    stage: Uuid,
    stages: Memo<Vec<(Uuid, String, bool)>>,
    announcement: RwSignal<String>,
) -> impl IntoView {
    let state = app_state();
    let select_id = format!("move-{}", card.id);
    let (id, title) = (card.id, card.title.clone());
    // By the menu or by a drag: the same move, announced the same way.
    let move_card = move |target: Uuid| {
        let Some((stage_name, lost)) = stages.with_untracked(|all| {
            all.iter()
                .find(|(s, _, _)| *s == target)
                .map(|(_, n, lost)| (n.clone(), *lost))
        }) else {
            return;
        };
        if target == stage || lost {
            return;
        }
        let title = title.clone();
        spawn(async move {
            let clock = local_clock();
            if let Some(Some(undo)) = run(state, move_lead(&*store(), id, target, &clock)).await {
                announcement.set(state.t_with(Msg::LeadMovedTo, &[&title, &stage_name]));
                offer_undo(state, Msg::LeadMoved, title, undo);
            }
        });
    };
    let move_card = StoredValue::new(move_card);
    let move_to = move |ev: leptos::ev::Event| {
        if let Ok(target) = Uuid::parse_str(&event_target_value(&ev)) {
            move_card.with_value(|m| m(target));
        }
    };
    let on_drop = Callback::new(move |target: Uuid| move_card.with_value(|m| m(target)));
    let drag = expect_context::<CardDrag>();
    let dragged = move || drag.dragging.with(|d| d.as_ref().map(|(lead, _)| *lead)) == Some(id);
    let value = (card.value.0 > 0).then(|| state.lang.get().format_euros(card.value));
    view! {
        <li class="lead-card" class:lead-card--dragged=dragged data-testid="lead-card">
            <div class="lead-card__head">
                <a class="lead-card__title" href=format!("/leads/{}", card.id)>{card.title.clone()}</a>
                <DragGrip lead=id title=card.title.clone() on_drop=on_drop/>
            </div>
            <span class="muted">{card.contact_name.clone()}</span>
            {value.map(|v| view! { <span>{v}</span> })}
            {card.score.clone().map(|score| view! { <ScoreBadge score=score/> })}
            <label class="visually-hidden" for=select_id.clone()>{tr(Msg::MoveLeadTo)}</label>
            <select id=select_id class="lead-card__move" data-testid="move-lead" on:change=move_to>
                // "Lost" needs a reason, given on the lead's page: here it only names
                // the column of a lost lead, which can be moved back to an open stage.
                {move || stages.get().into_iter().map(|(s, n, lost)| view! {
                    <option value=s.to_string() selected={s == stage} disabled=lost>{n}</option>
                }).collect_view()}
            </select>
        </li>
    }
}
