//! The segment builder: conditions, each a kind and its value, joined by "all" or "any".
//! Every change goes straight into the form, so the audience count follows it live.

use crate::app::campaign_views::stage_choices;
use crate::app::open_store::store;
use crate::domain::campaigns::campaign_form::{CampaignField, CampaignForm};
use crate::domain::campaigns::segment_form::{ConditionKind, ConditionRow, RowProblem, ValueKind};
use crate::domain::contacts::contact::Role;
use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::lead_model::Band;
use crate::domain::locale::language::Language;
use crate::ui::app_state::{app_state, tr};
use crate::ui::campaigns::audience_facts::AudienceFactsAfterPaint;
use crate::ui::campaigns::campaign_words::condition_name;
use crate::ui::campaigns::saved_segment_picker::SavedSegmentPicker;
use crate::ui::leads::lead_words::{band_name, lead_kind_name};
use crate::ui::messages::Msg;
use crate::ui::pages::leads::stage_name;
use crate::ui::value_names;
use leptos::prelude::*;

fn choices(value_kind: ValueKind) -> Vec<Msg> {
    match value_kind {
        ValueKind::Role => Role::ALL.map(value_names::role).to_vec(),
        ValueKind::LeadKind => LeadKind::ALL.map(lead_kind_name).to_vec(),
        ValueKind::Band => Band::ALL.map(band_name).to_vec(),
        ValueKind::Language => Language::ALL
            .map(|l| match l {
                Language::De => Msg::LanguageGerman,
                Language::En => Msg::LanguageEnglish,
            })
            .to_vec(),
        ValueKind::Text | ValueKind::Days | ValueKind::Stage | ValueKind::None => Vec::new(),
    }
}

#[component]
pub fn SegmentBuilder(
    form: RwSignal<CampaignForm>,
    problems: RwSignal<Vec<CampaignField>>,
    /// What the segments read of every contact, to count the saved ones.
    facts: AudienceFactsAfterPaint,
) -> impl IntoView {
    let state = app_state();
    // Memos, so that typing in a row redraws neither the rows nor its input.
    let row_count = Memo::new(move |_| form.with(|f| f.segment.rows.len()));
    let stages = Memo::new(move |_| {
        state.revision.track();
        stage_choices(&*store())
            .into_iter()
            .map(|(id, kind, name)| {
                let kind = state.t(lead_kind_name(kind));
                (
                    id,
                    state.t_with(Msg::StageOfKind, &[kind, &stage_name(state, &name)]),
                )
            })
            .collect::<Vec<_>>()
    });
    let row = move |at: usize| {
        let kind = Memo::new(move |_| form.with(|f| f.segment.rows.get(at).map(|r| r.kind)));
        let value = move || {
            form.with(|f| {
                f.segment
                    .rows
                    .get(at)
                    .map(|r| r.value.clone())
                    .unwrap_or_default()
            })
        };
        let set_value = move |value: String| {
            form.update(|f| {
                if let Some(row) = f.segment.rows.get_mut(at) {
                    row.value = value;
                }
            })
        };
        let problem = move || {
            problems.with(|p| {
                p.iter().find_map(|field| match field {
                    CampaignField::Row(row, problem) if *row == at => Some(*problem),
                    _ => None,
                })
            })
        };
        let error_id = format!("condition-{at}-error");
        let number = (at + 1).to_string();
        let value_label = state.t_with(Msg::ConditionValueLabel, &[&number]);
        let value_input = move || {
            let value_label = value_label.clone();
            let described = format!("condition-{at}-error");
            let value_kind = kind
                .get()
                .map_or(ValueKind::None, ConditionKind::value_kind);
            match value_kind {
                ValueKind::None => ().into_any(),
                ValueKind::Stage => view! {
                    <select data-testid="condition-value" aria-label=value_label aria-describedby=described
                        aria-invalid=move || problem().is_some().to_string()
                        on:change=move |ev| set_value(event_target_value(&ev))>
                        <option value="" selected=move || value().is_empty()>{tr(Msg::ChooseStage)}</option>
                        {move || stages.get().into_iter().map(|(id, label)| {
                            let id = id.to_string();
                            let shown = id.clone();
                            view! { <option value=id selected=move || value() == shown>{label}</option> }
                        }).collect_view()}
                    </select>
                }.into_any(),
                ValueKind::Text | ValueKind::Days => view! {
                    <input type=if value_kind == ValueKind::Days { "number" } else { "text" }
                        inputmode=(value_kind == ValueKind::Days).then_some("numeric")
                        min=(value_kind == ValueKind::Days).then_some("1")
                        data-testid="condition-value" aria-label=value_label aria-describedby=described
                        aria-invalid=move || problem().is_some().to_string()
                        prop:value=value on:input=move |ev| set_value(event_target_value(&ev))/>
                }.into_any(),
                _ => view! {
                    <select data-testid="condition-value" aria-label=value_label
                        on:change=move |ev| set_value(event_target_value(&ev))>
                        {choices(value_kind).into_iter().enumerate().map(|(i, label)| view! {
                            <option value=i.to_string() selected=move || value() == i.to_string()>{tr(label)}</option>
                        }).collect_view()}
                    </select>
                }.into_any(),
            }
        };
        view! {
            <div class="condition-row" data-testid="condition-row">
                <select data-testid="condition-kind" aria-label=state.t_with(Msg::ConditionLabel, &[&number])
                    on:change=move |ev| {
                        let at_kind: usize = event_target_value(&ev).parse().unwrap_or(0);
                        let chosen = ConditionKind::ALL.get(at_kind).copied().unwrap_or(ConditionKind::Role);
                        form.update(|f| {
                            if let Some(row) = f.segment.rows.get_mut(at) {
                                *row = ConditionRow::new(chosen);
                            }
                        });
                    }>
                    {ConditionKind::ALL.iter().enumerate().map(|(i, k)| {
                        let k = *k;
                        view! { <option value=i.to_string() selected=move || kind.get() == Some(k)>{tr(condition_name(k))}</option> }
                    }).collect_view()}
                </select>
                {value_input}
                <button type="button" class="button button--quiet" aria-label=move || state.t(Msg::RemoveCondition)
                    on:click=move |_| form.update(|f| { if at < f.segment.rows.len() { f.segment.rows.remove(at); } })>
                    "×"
                </button>
                <p id=error_id class="field-error" aria-live="polite">
                    {move || problem().map(|p| state.t(match p {
                        RowProblem::Days => Msg::ProblemDaysRange,
                        RowProblem::EmptyTag => Msg::ProblemTag,
                        RowProblem::Stage => Msg::ProblemStage,
                    }))}
                </p>
            </div>
        }
    };
    view! {
        <fieldset class="segment-builder" data-testid="segment-builder">
            <legend>{tr(Msg::AudienceHeading)}</legend>
            {move || form.with(|f| f.segment.simplified).then(|| view! {
                <p class="notice notice--warning">{tr(Msg::SegmentSimplified)}</p>
            })}
            <label for="segment-match">{tr(Msg::MatchLabel)}</label>
            <select id="segment-match" data-testid="segment-match"
                on:change=move |ev| form.update(|f| f.segment.all = event_target_value(&ev) == "all")>
                <option value="all" selected=move || form.with(|f| f.segment.all)>{tr(Msg::MatchAll)}</option>
                <option value="any" selected=move || form.with(|f| !f.segment.all)>{tr(Msg::MatchAny)}</option>
            </select>
            {move || (0..row_count.get()).map(row).collect_view()}
            <button type="button" class="button" data-testid="add-condition"
                on:click=move |_| form.update(|f| f.segment.rows.push(ConditionRow::new(ConditionKind::Role)))>
                {tr(Msg::AddCondition)}
            </button>
            {move || facts.with(Option::is_some).then(|| view! { <SavedSegmentPicker form=form facts=facts/> })}
        </fieldset>
    }
}
