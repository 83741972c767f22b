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
use crate::ui::leads::lead_words::{band_class, band_name, percent};
use crate::ui::messages::{Counted, Msg};
use crate::ui::pages::lead_detail::source_name;
use crate::ui::pages::leads::stage_name;
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

fn kind_name(kind: LeadKind) -> Msg {
    match kind {
        LeadKind::Sale => Msg::LeadKindSale,
        LeadKind::Recruit => Msg::LeadKindRecruit,
    }
}

/// `choices` with their names in the reader's language.
fn named<T: Copy + Send + Sync + 'static>(
    state: AppState,
    choices: Vec<(T, Msg)>,
) -> Signal<Vec<(T, String)>> {
    Signal::derive(move || {
        choices
            .iter()
            .map(|(value, name)| (*value, state.t(*name).to_string()))
            .collect()
    })
}

/// A select whose first option lets everything through and whose others are `choices`,
/// each by its index; `chosen` reads and `choose` sets the filter field.
fn filter_select<T: Copy + PartialEq + Send + Sync + 'static>(
    id: &'static str,
    label: Msg,
    any: Msg,
    choices: Signal<Vec<(T, String)>>,
    chosen: impl Fn() -> Option<T> + Copy + Send + Sync + 'static,
    choose: impl Fn(Option<T>) + Copy + Send + Sync + 'static,
    disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="filter">
            <label for=id>{tr(label)}</label>
            <select id=id disabled=move || disabled.get() on:change=move |ev| {
                let at = event_target_value(&ev).parse::<usize>().ok();
                choose(at.and_then(|i| choices.with_untracked(|c| c.get(i).map(|(v, _)| *v))));
            }>
                <option value="" selected=move || chosen().is_none()>{tr(any)}</option>
                {move || choices.get().into_iter().enumerate().map(|(i, (value, name))| view! {
                    <option value=i.to_string() selected=move || chosen() == Some(value)>{name}</option>
                }).collect_view()}
            </select>
        </div>
    }
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
    let kinds = named(state, LeadKind::ALL.map(|k| (k, kind_name(k))).to_vec());
    let bands = named(state, BANDS.map(|b| (b, band_name(b))).to_vec());
    let sources = named(state, LeadSource::ALL.map(|s| (s, source_name(s))).to_vec());
    let stages = Signal::derive(move || {
        state.revision.track();
        filter.with(|f| f.kind).map_or_else(Vec::new, |kind| {
            stages_of(&*store(), kind)
                .into_iter()
                .map(|stage| (stage.id, stage_name(state, &stage.name)))
                .collect()
        })
    });
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
                {filter_select("filter-kind", Msg::FilterKind, Msg::AnyKind, kinds,
                    move || filter.with(|f| f.kind),
                    move |kind| change(&|f| { f.kind = kind; f.stage = None; }),
                    never)}
                {filter_select("filter-stage", Msg::FilterStage, Msg::AnyStage, stages,
                    move || filter.with(|f| f.stage),
                    move |stage: Option<Uuid>| change(&|f| f.stage = stage),
                    no_kind)}
                {filter_select("filter-band", Msg::FilterBand, Msg::AnyBand, bands,
                    move || filter.with(|f| f.band),
                    move |band| change(&|f| f.band = band),
                    never)}
                {filter_select("filter-source", Msg::FilterSource, Msg::AnySource, sources,
                    move || filter.with(|f| f.source),
                    move |source| change(&|f| f.source = source),
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
                key=|row: &ListedLead| (row.id, row.probability.map(f64::to_bits), row.title.clone(), row.stage, row.value.0, row.follow_up_overdue)
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

#[component]
fn ListedLeadRow(row: ListedLead) -> impl IntoView {
    let state = app_state();
    let lang = state.lang.get_untracked();
    let value = (row.value.0 > 0).then(|| lang.format_euros(row.value));
    let close = row
        .expected_close
        .map(|d| state.t_with(Msg::ClosesOn, &[&lang.format_date(d)]));
    let chance = row.probability.map(|p| {
        let band = Band::of(p);
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
