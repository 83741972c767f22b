//! A campaign's steps: the day each goes out, and its message (and an email's subject)
//! in German and English, each checked for unknown placeholders where it is typed.

use crate::domain::campaigns::campaign::TwoLanguages;
use crate::domain::campaigns::campaign_form::{CampaignField, CampaignForm, StepForm};
use crate::domain::campaigns::template::TemplateError;
use crate::domain::consent::ledger::Channel;
use crate::domain::locale::language::Language;
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::messages::Msg;
use leptos::prelude::*;

/// The message for a template that does not check out, naming the field or place.
pub fn template_problem(state: AppState, error: &TemplateError) -> String {
    match error {
        TemplateError::UnknownField { name, .. } => state.t_with(Msg::ProblemUnknownField, &[name]),
        TemplateError::Unclosed { at } => {
            state.t_with(Msg::ProblemUnclosed, &[&(at + 1).to_string()])
        }
        TemplateError::StrayClosing { at } => {
            state.t_with(Msg::ProblemStrayClosing, &[&(at + 1).to_string()])
        }
    }
}

type Pick = fn(&mut StepForm) -> &mut TwoLanguages;

#[component]
pub fn StepFields(
    form: RwSignal<CampaignForm>,
    problems: RwSignal<Vec<CampaignField>>,
) -> impl IntoView {
    let state = app_state();
    let step_count = Memo::new(move |_| form.with(|f| f.steps.len()));
    let is_email = Memo::new(move |_| form.with(|f| f.channel == Channel::Email));
    let step = move |at: usize| {
        let text_field = move |subject: bool, language: Language, label: Msg, pick: Pick| {
            let id = format!(
                "step-{at}-{}-{}",
                if subject { "subject" } else { "message" },
                language.tag()
            );
            let error_id = format!("{id}-error");
            let problem = move || {
                problems.with(|p| {
                    p.iter().find_map(|field| match field {
                        CampaignField::Text {
                            step,
                            language: l,
                            subject: s,
                            error,
                        } if *step == at && *l == language && *s == subject => Some(error.clone()),
                        _ => None,
                    })
                })
            };
            let value = move || {
                form.with(|f| {
                    let mut step = f.steps.get(at).cloned().unwrap_or_else(|| StepForm::new(0));
                    pick(&mut step).get(language).to_string()
                })
            };
            let set = move |text: String| {
                form.update(|f| {
                    if let Some(step) = f.steps.get_mut(at) {
                        let texts = pick(step);
                        match language {
                            Language::De => texts.de = text,
                            Language::En => texts.en = text,
                        }
                    }
                })
            };
            let input = if subject {
                view! {
                    <input id=id.clone() type="text" maxlength="200" aria-describedby=error_id.clone()
                        aria-invalid=move || problem().is_some().to_string()
                        prop:value=value on:input=move |ev| set(event_target_value(&ev))/>
                }
                .into_any()
            } else {
                view! {
                    <textarea id=id.clone() rows="4" maxlength="2000" aria-describedby=error_id.clone()
                        data-testid=format!("step-message-{}", language.tag())
                        aria-invalid=move || problem().is_some().to_string()
                        prop:value=value on:input=move |ev| set(event_target_value(&ev))></textarea>
                }
                .into_any()
            };
            view! {
                <div>
                    <label for=id>{tr(label)}</label>
                    {input}
                    <p id=error_id class="field-error" aria-live="polite">
                        {move || problem().map(|e| template_problem(state, &e))}
                    </p>
                </div>
            }
        };
        let delay_id = format!("step-{at}-day");
        let delay_wrong = move || problems.with(|p| p.contains(&CampaignField::Delay(at)));
        view! {
            <fieldset class="campaign-step" data-testid="campaign-step">
                <legend>{move || state.t_with(Msg::StepHeading, &[&(at + 1).to_string()])}</legend>
                <label for=delay_id.clone()>{tr(Msg::StepDayLabel)}</label>
                <input id=delay_id.clone() type="number" inputmode="numeric" min="0" max="365"
                    data-testid="step-day" aria-describedby=format!("{delay_id}-error")
                    aria-invalid=move || delay_wrong().to_string()
                    prop:value=move || form.with(|f| f.steps.get(at).map(|s| s.delay.clone()).unwrap_or_default())
                    on:input=move |ev| form.update(|f| {
                        if let Some(step) = f.steps.get_mut(at) {
                            step.delay = event_target_value(&ev);
                        }
                    })/>
                <p id=format!("{delay_id}-error") class="field-error" aria-live="polite">
                    {move || delay_wrong().then(|| state.t(Msg::ProblemDelay))}
                </p>
                {move || is_email.get().then(|| view! {
                    {text_field(true, Language::De, Msg::SubjectDe, |s| &mut s.subject)}
                    {text_field(true, Language::En, Msg::SubjectEn, |s| &mut s.subject)}
                })}
                {text_field(false, Language::De, Msg::MessageDe, |s| &mut s.message)}
                {text_field(false, Language::En, Msg::MessageEn, |s| &mut s.message)}
                {move || (step_count.get() > 1).then(|| view! {
                    <button type="button" class="button button--quiet" data-testid="remove-step"
                        on:click=move |_| form.update(|f| { if at < f.steps.len() { f.steps.remove(at); } })>
                        {tr(Msg::RemoveStep)}
                    </button>
                })}
            </fieldset>
        }
    };
    view! {
        <section class="campaign-steps">
            <h2>{tr(Msg::StepsHeading)}</h2>
            <p class="muted">{tr(Msg::MergeFieldsHint)}</p>
            {move || (0..step_count.get()).map(step).collect_view()}
            <button type="button" class="button" data-testid="add-step"
                on:click=move |_| form.update(|f| {
                    let next = f.steps.last().and_then(|s| s.delay.trim().parse::<u16>().ok()).map_or(0, |d| d + 3);
                    f.steps.push(StepForm::new(next));
                })>
                {tr(Msg::AddStep)}
            </button>
        </section>
    }
}
