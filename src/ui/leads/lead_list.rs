//! The leads as a list: filters for kind, stage, chance, source and overdue follow-ups,
//! an order to choose, and a row per lead with what a rep scans for.

use crate::app::lead_list::{listed_leads, stages_of};
use crate::app::open_store::store;
use crate::domain::leads::lead::{LeadKind, LeadSource};
use crate::domain::leads::lead_list::{LeadFilter, LeadOrder, ListedLead};
use crate::domain::leads::lead_model::Band;
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::leads::lead_scores::LeadScores;
use crate::ui::leads::lead_words::{band_class, band_name, lead_kind_name, percent};
use crate::ui::messages::{Counted, Msg};
use crate::ui::pages::lead_detail::source_name;
use crate::ui::pages::leads::stage_name;
use chrono::NaiveDate;
use leptos::prelude::*;
use uuid::Uuid;

/// Rows the list shows at first, and each tap on "show more" adds.
const ROWS_AT_ONCE: usize = 30;

const BANDS: [Band; 3] = [Band::High, Band::Medium, Band::Low];

fn order_name(order: LeadOrder) -> Msg {
    match order {
        LeadOrder::Chance => Msg::OrderChance,
        LeadOrder::Value => Msg::OrderValue,
        LeadOrder::Close => Msg::OrderClose,
        LeadOrder::LongestInStage => Msg::OrderLongestInStage,
        LeadOrder::Title => Msg::OrderTitle,
    }
}

/// The names of `choices` in the reader's language.
fn names(state: AppState, choices: Vec<Msg>) -> Signal<Vec<String>> {
    Signal::derive(move || choices.iter().map(|m| state.t(*m).to_string()).collect())
}

/// A select whose first option lets everything through and whose others are `names`;
/// `chosen` is the index of the one chosen, and `choose` gets the index picked.
fn filter_select(
    id: &'static str,
    label: Msg,
    any: Msg,
    names: Signal<Vec<String>>,
    chosen: Signal<Option<usize>>,
    choose: Callback<Option<usize>>,
    disabled: Signal<bool>,
) -> AnyView {
    view! {
        <div class="filter">
            <label for=id>{tr(label)}</label>
            <select id=id disabled=move || disabled.get() on:change=move |ev| {
                choose.run(event_target_value(&ev).parse::<usize>().ok());
            }>
                <option value="" selected=move || chosen.get().is_none()>{tr(any)}</option>
                {move || names.get().into_iter().enumerate().map(|(i, name)| view! {
                    <option value=i.to_string() selected=move || chosen.get() == Some(i)>{name}</option>
                }).collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// Where `value` is in `all`.
fn index_of<T: PartialEq>(all: &[T], value: Option<T>) -> Option<usize> {
    value.and_then(|v| all.iter().position(|x| *x == v))
}

#[component]
pub fn LeadList() -> impl IntoView {
    let state = app_state();
    let scores = expect_context::<LeadScores>();
    let filter = RwSignal::new(LeadFilter::default());
    let order = RwSignal::new(LeadOrder::default());
    let limit = RwSignal::new(ROWS_AT_ONCE);
    let rows = Memo::new(move |_| {
        state.revision.track();
        let (filter, order) = (filter.get(), order.get());
        scores.scores.with(|s| {
            let none = Default::default();
            let scores = s.as_ref().unwrap_or(&none);
            listed_leads(&*store(), scores, local_clock().now, &filter, order)
        })
    });
    let stages = Memo::new(move |_| {
        state.revision.track();
        filter.with(|f| f.kind).map_or_else(Vec::new, |kind| {
            stages_of(&*store(), kind)
                .into_iter()
                .map(|stage| (stage.id, stage_name(state, &stage.name)))
                .collect::<Vec<_>>()
        })
    });
    let stage_names =
        Signal::derive(move || stages.with(|s| s.iter().map(|(_, n)| n.clone()).collect()));
    // A narrower or wider list starts again at its top rows.
    let change = move |edit: &dyn Fn(&mut LeadFilter)| {
        filter.update(|f| edit(f));
        limit.set(ROWS_AT_ONCE);
    };
    let no_kind = Signal::derive(move || filter.with(|f| f.kind.is_none()));
    let never = Signal::derive(|| false);
    view! {
        <section class="card lead-filters" aria-labelledby="lead-filters-heading" data-testid="lead-filters">
            <h2 id="lead-filters-heading" class="visually-hidden">{tr(Msg::LeadFiltersHeading)}</h2>
            <div class="filters">
                {filter_select("filter-kind", Msg::FilterKind, Msg::AnyKind,
                    names(state, LeadKind::ALL.map(lead_kind_name).to_vec()),
                    Signal::derive(move || index_of(&LeadKind::ALL, filter.with(|f| f.kind))),
                    Callback::new(move |at: Option<usize>| change(&|f| {
                        f.kind = at.and_then(|i| LeadKind::ALL.get(i).copied());
                        f.stage = None;
                    })),
                    never)}
                {filter_select("filter-stage", Msg::FilterStage, Msg::AnyStage, stage_names,
                    Signal::derive(move || {
                        let chosen = filter.with(|f| f.stage);
                        stages.with(|s| chosen.and_then(|c| s.iter().position(|(id, _)| *id == c)))
                    }),
                    Callback::new(move |at: Option<usize>| {
                        let stage = at.and_then(|i| stages.with_untracked(|s| s.get(i).map(|(id, _)| *id)));
                        change(&|f| f.stage = stage);
                    }),
                    no_kind)}
                {filter_select("filter-band", Msg::FilterBand, Msg::AnyBand,
                    names(state, BANDS.map(band_name).to_vec()),
                    Signal::derive(move || index_of(&BANDS, filter.with(|f| f.band))),
                    Callback::new(move |at: Option<usize>| change(&|f| f.band = at.and_then(|i| BANDS.get(i).copied()))),
                    never)}
                {filter_select("filter-source", Msg::FilterSource, Msg::AnySource,
                    names(state, LeadSource::ALL.map(source_name).to_vec()),
                    Signal::derive(move || index_of(&LeadSource::ALL, filter.with(|f| f.source))),
                    Callback::new(move |at: Option<usize>| change(&|f| f.source = at.and_then(|i| LeadSource::ALL.get(i).copied()))),
                    never)}
                <div class="filter">
                    <label for="lead-order">{tr(Msg::SortBy)}</label>
                    <select id="lead-order" on:change=move |ev| {
                        let at = event_target_value(&ev).parse::<usize>().unwrap_or(0);
                        order.set(LeadOrder::ALL.get(at).copied().unwrap_or_default());
                    }>
                        {LeadOrder::ALL.iter().enumerate().map(|(i, o)| {
                            let o = *o;
                            view! { <option value=i.to_string() selected=move || order.get() == o>{tr(order_name(o))}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <p class="muted" hidden=move || !no_kind.get()>{tr(Msg::StageNeedsKind)}</p>
            <label class="choice">
                <input type="checkbox" id="filter-overdue" prop:checked=move || filter.with(|f| f.overdue_only)
                    on:change=move |_| change(&|f| f.overdue_only = !f.overdue_only)/>
                {tr(Msg::OnlyOverdue)}
            </label>
            <label class="choice">
                <input type="checkbox" id="filter-closed" prop:checked=move || filter.with(|f| f.with_closed)
                    on:change=move |_| change(&|f| f.with_closed = !f.with_closed)/>
                {tr(Msg::WithClosed)}
            </label>
        </section>
        <p role="status" data-testid="leads-found">{move || state.count(Counted::LeadsFound, rows.with(Vec::len))}</p>
        {move || rows.with(Vec::is_empty).then(|| view! { <p class="card empty-state">{tr(Msg::NoLeadsMatch)}</p> })}
        <ul class="lead-list" data-testid="lead-list">
            <For each=move || rows.with(|r| r.iter().take(limit.get()).cloned().collect::<Vec<_>>())
                key=row_key
                children=move |row| view! { <ListedLeadRow row=row/> }/>
        </ul>
        {move || {
            let hidden = rows.with(Vec::len).saturating_sub(limit.get());
            (hidden > 0).then(|| view! {
                <button type="button" class="button button--quiet" data-testid="more-listed-leads"
                    on:click=move |_| limit.update(|n| *n += ROWS_AT_ONCE)>
                    {state.count(Counted::MoreLeads, hidden.min(ROWS_AT_ONCE))}
                </button>
            })
        }}
    }
}

/// Everything a row shows but its stage's name (renamed on another page, whose list is
/// built anew when the rep comes back): a row whose key is unchanged is kept as it is.
type RowKey = (
    Uuid,
    Option<u64>,
    String,
    String,
    Uuid,
    i64,
    Option<NaiveDate>,
    LeadSource,
    bool,
);

fn row_key(row: &ListedLead) -> RowKey {
    (
        row.id,
        row.probability.map(f64::to_bits),
        row.title.clone(),
        row.contact_name.clone(),
        row.stage,
        row.value.0,
        row.expected_close,
        row.source,
        row.follow_up_overdue,
    )
}

#[component]
fn ListedLeadRow(row: ListedLead) -> impl IntoView {
    let state = app_state();
    let lang = state.lang.get_untracked();
    let value = (row.value.0 > 0).then(|| lang.format_euros(row.value));
    let close = row
        .expected_close
        .map(|d| state.t_with(Msg::ClosesOn, &[&lang.format_date(d)]));
    let chance = row.probability.zip(row.band()).map(|(p, band)| {
        view! { <span class=band_class(band) title=tr(band_name(band))>{percent(state, p)}</span> }
    });
    view! {
        <li class="lead-row" data-testid="listed-lead">
            <a class="lead-row__title" href=format!("/leads/{}", row.id)>{row.title.clone()}</a>
            {chance}
            <span class="muted">{row.contact_name.clone()}" · "{stage_name(state, &row.stage_name)}</span>
            {value.map(|v| view! { <span>{v}</span> })}
            {close.map(|c| view! { <span class="muted">{c}</span> })}
            {row.follow_up_overdue.then(|| view! {
                <span class="badge badge--warning">{tr(Msg::FollowUpOverdue)}</span>
            })}
        </li>
    }
}
