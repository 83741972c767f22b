//! A new campaign, or one changed: whom it is for, what kind of messages, the channel,
//! the audience (with its live count and who is left out), the steps, the opt-out
//! sentence and the fallbacks; a preview of any step for any contact.

use crate::app::campaign_views::{AudiencePreview, audience_preview, campaign_to_edit};
use crate::app::campaigns::{CampaignRefused, SENDABLE, save_campaign};
use crate::app::open_store::store;
use crate::app::send_queue::preview_message;
use crate::domain::campaigns::campaign::{Aim, Campaign, CampaignStatus};
use crate::domain::campaigns::campaign_form::{CampaignField, CampaignForm};
use crate::domain::campaigns::consent_guard::Purpose;
use crate::domain::locale::language::Language;
use crate::domain::record::RecordMeta;
use crate::ui::app_state::{app_state, tr};
use crate::ui::campaigns::audience_facts::gather_after_first_paint;
use crate::ui::campaigns::campaign_words::{
    aim_name, channel_name, exclusion_name, field_name, purpose_name,
};
use crate::ui::campaigns::segment_builder::SegmentBuilder;
use crate::ui::campaigns::step_fields::{StepFields, template_problem};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::contact::contact_picker::ContactPicker;
use crate::ui::focus::focus_by_id;
use crate::ui::messages::{Counted, Msg};
use crate::ui::navigation::navigate;
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn CampaignEditPage(editing: Option<Uuid>) -> impl IntoView {
    match editing {
        None => view! { <CampaignFormCard editing=None/> }.into_any(),
        Some(id) => match campaign_to_edit(&*store(), id) {
            Some(campaign) => view! { <CampaignFormCard editing=Some(campaign)/> }.into_any(),
            None => view! {
                <p class="back"><a href="/campaigns">{tr(Msg::BackToCampaigns)}</a></p>
                <p class="card empty-state">{tr(Msg::CampaignNotFound)}</p>
            }
            .into_any(),
        },
    }
}

/// Where the first problem of the form is, to move the focus there.
fn field_id(field: &CampaignField) -> String {
    match field {
        CampaignField::Name => "campaign-name".into(),
        CampaignField::Row(..) => "segment-match".into(),
        CampaignField::Delay(at) => format!("step-{at}-day"),
        CampaignField::Text {
            step,
            language,
            subject,
            ..
        } => format!(
            "step-{step}-{}-{}",
            if *subject { "subject" } else { "message" },
            language.tag()
        ),
        CampaignField::OptOut(language) => format!("opt-out-{}", language.tag()),
        CampaignField::ConversionDays => "conversion-days".into(),
    }
}

#[component]
fn CampaignFormCard(editing: Option<Campaign>) -> impl IntoView {
    let state = app_state();
    let (meta, status) = match &editing {
        Some(c) => (c.meta.clone(), c.status),
        None => (RecordMeta::new(local_clock().now), CampaignStatus::Draft),
    };
    let editing_id = editing.as_ref().map(|c| c.meta.id);
    let form = RwSignal::new(
        editing
            .as_ref()
            .map_or_else(CampaignForm::default, CampaignForm::of),
    );
    let problems = RwSignal::new(Vec::<CampaignField>::new());
    // What the segments read of every contact, gathered once for the live count.
    let facts = gather_after_first_paint();
    let checked = Memo::new({
        let meta = meta.clone();
        move |_| form.with(|f| f.check(meta.clone(), status).ok())
    });
    let preview = Memo::new(move |_| {
        let (segment, purpose, channel) =
            form.with(|f| (f.segment.check().ok(), f.purpose, f.channel));
        let segment = segment?;
        let clock = local_clock();
        facts.with(|facts| {
            let facts = facts.as_ref()?;
            Some(audience_preview(
                &*store(),
                facts,
                &segment,
                purpose,
                channel,
                &clock,
            ))
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let campaign = match form.with_untracked(|f| f.check(meta.clone(), status)) {
            Ok(campaign) => campaign,
            Err(found) => {
                if let Some(first) = found.first() {
                    focus_by_id(&field_id(first));
                }
                problems.set(found);
                return;
            }
        };
        problems.set(Vec::new());
        let (id, name) = (campaign.meta.id, campaign.name.clone());
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            match run(state, save_campaign(&*store, campaign, &clock)).await {
                Some(Ok(undo)) => {
                    offer_undo(state, Msg::CampaignSaved, name, undo);
                    navigate(&format!("/campaigns/{id}"));
                }
                Some(Err(CampaignRefused::NoName)) => problems.set(vec![CampaignField::Name]),
                Some(Err(CampaignRefused::Text(t))) => problems.set(vec![CampaignField::Text {
                    step: usize::from(t.step),
                    language: t.language,
                    subject: t.subject,
                    error: t.error,
                }]),
                Some(Err(CampaignRefused::NoSteps | CampaignRefused::ChannelNotSendable)) => state
                    .error
                    .set(Some(crate::store::error::StoreError::Failed(
                        state.t(Msg::ProblemCampaignChannel).to_string(),
                    ))),
                None => {}
            }
        });
    };
    let wrong = move |field: CampaignField| problems.with(|p| p.contains(&field));
    let radio = move |name: &'static str,
                      label: Msg,
                      checked: fn(&CampaignForm) -> bool,
                      set: fn(&mut CampaignForm)| {
        view! {
            <label class="choice">
                <input type="radio" name=name checked=move || form.with(checked) on:change=move |_| form.update(set)/>
                {tr(label)}
            </label>
        }
    };
    let is_marketing = Memo::new(move |_| form.with(|f| f.purpose == Purpose::Marketing));
    view! {
        <p class="back">
            {match editing_id {
                Some(id) => view! { <a href=format!("/campaigns/{id}")>{tr(Msg::BackToCampaign)}</a> }.into_any(),
                None => view! { <a href="/campaigns">{tr(Msg::BackToCampaigns)}</a> }.into_any(),
            }}
        </p>
        <h1>{tr(if editing_id.is_some() { Msg::EditCampaign } else { Msg::NewCampaign })}</h1>
        <form class="form card" data-testid="campaign-form" on:submit=submit novalidate>
            <label for="campaign-name">{tr(Msg::CampaignNameLabel)}</label>
            <input id="campaign-name" type="text" maxlength="120" aria-describedby="campaign-name-error"
                aria-invalid=move || wrong(CampaignField::Name).to_string()
                prop:value=move || form.with(|f| f.name.clone())
                on:input=move |ev| form.update(|f| f.name = event_target_value(&ev))/>
            <p id="campaign-name-error" class="field-error" aria-live="polite">
                {move || wrong(CampaignField::Name).then(|| state.t(Msg::ProblemCampaignName))}
            </p>
            <fieldset>
                <legend>{tr(Msg::AimLabel)}</legend>
                {radio("campaign-aim", aim_name(Aim::Customers), |f| f.aim == Aim::Customers, |f| f.aim = Aim::Customers)}
                {radio("campaign-aim", aim_name(Aim::FutureReps), |f| f.aim == Aim::FutureReps, |f| f.aim = Aim::FutureReps)}
            </fieldset>
            <fieldset>
                <legend>{tr(Msg::PurposeLabel)}</legend>
                {radio("campaign-purpose", purpose_name(Purpose::Marketing), |f| f.purpose == Purpose::Marketing, |f| f.purpose = Purpose::Marketing)}
                {radio("campaign-purpose", purpose_name(Purpose::Service), |f| f.purpose == Purpose::Service, |f| f.purpose = Purpose::Service)}
                <p class="muted" data-testid="purpose-explained">
                    {move || state.t(if is_marketing.get() { Msg::PurposeMarketingExplain } else { Msg::PurposeServiceExplain })}
                </p>
            </fieldset>
            <label for="campaign-channel">{tr(Msg::ChannelLabel)}</label>
            <select id="campaign-channel" on:change=move |ev| {
                let at: usize = event_target_value(&ev).parse().unwrap_or(0);
                form.update(|f| f.channel = SENDABLE.get(at).copied().unwrap_or(SENDABLE[0]));
            }>
                {SENDABLE.iter().enumerate().map(|(i, channel)| {
                    let channel = *channel;
                    view! { <option value=i.to_string() selected=move || form.with(|f| f.channel == channel)>{tr(channel_name(channel))}</option> }
                }).collect_view()}
            </select>
            <SegmentBuilder form=form problems=problems facts=facts/>
            <AudienceSummary preview=preview/>
            <StepFields form=form problems=problems/>
            {move || is_marketing.get().then(|| view! { <OptOutFields form=form problems=problems/> })}
            <FallbackFields form=form/>
            <LeaveFields form=form problems=problems/>
            <MessagePreview checked=checked preview=preview/>
            <div class="actions">
                <button type="submit" class="button button--primary" data-testid="save-campaign">{tr(Msg::SaveCampaign)}</button>
            </div>
        </form>
    }
}

#[component]
fn AudienceSummary(preview: Memo<Option<AudiencePreview>>) -> impl IntoView {
    let state = app_state();
    move || {
        let preview = preview.get()?;
        let names: Vec<String> = preview.first.iter().map(|(_, name)| name.clone()).collect();
        Some(view! {
            <section class="audience-summary" data-testid="audience-summary" aria-live="polite">
                <p>
                    <strong data-testid="audience-matching">{state.count(Counted::AudienceMatching, preview.matching)}</strong>
                    ", "
                    <span data-testid="audience-reachable">{state.t_with(Msg::AudienceReachable, &[&state.lang.get().format_integer(preview.reachable as i64)])}</span>
                </p>
                {(!names.is_empty()).then(|| view! { <p class="muted">{state.t_with(Msg::AudienceFirst, &[&names.join(", ")])}</p> })}
                <ul class="plain" data-testid="audience-left-out">
                    {preview.left_out.iter().map(|(why, n)| {
                        let count = state.lang.get().format_integer(*n as i64);
                        view! { <li>{state.t_with(Msg::ReasonCount, &[state.t(exclusion_name(*why)), &count])}</li> }
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}

fn two_language_input(
    id: String,
    label: String,
    value: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <label for=id.clone()>{label}</label>
        <input id=id type="text" maxlength="300" prop:value=value on:input=move |ev| set(event_target_value(&ev))/>
    }
}

#[component]
fn OptOutFields(
    form: RwSignal<CampaignForm>,
    problems: RwSignal<Vec<CampaignField>>,
) -> impl IntoView {
    let state = app_state();
    let field = move |language: Language, label: Msg| {
        let id = format!("opt-out-{}", language.tag());
        let wrong = move || problems.with(|p| p.contains(&CampaignField::OptOut(language)));
        view! {
            <div>
                <label for=id.clone()>{tr(label)}</label>
                <input id=id.clone() type="text" maxlength="300" data-testid=id.clone()
                    aria-invalid=move || wrong().to_string()
                    prop:value=move || form.with(|f| f.opt_out.get(language).to_string())
                    on:input=move |ev| form.update(|f| match language {
                        Language::De => f.opt_out.de = event_target_value(&ev),
                        Language::En => f.opt_out.en = event_target_value(&ev),
                    })/>
                <p class="field-error" aria-live="polite">{move || wrong().then(|| state.t(Msg::ProblemOptOut))}</p>
            </div>
        }
    };
    view! {
        <section>
            <h2>{tr(Msg::OptOutHeading)}</h2>
            <p class="muted">{tr(Msg::OptOutExplain)}</p>
            {field(Language::De, Msg::OptOutDe)}
            {field(Language::En, Msg::OptOutEn)}
        </section>
    }
}

#[component]
fn FallbackFields(form: RwSignal<CampaignForm>) -> impl IntoView {
    let state = app_state();
    let count = form.with_untracked(|f| f.fallbacks.len());
    view! {
        <details class="fallbacks">
            <summary>{tr(Msg::FallbacksHeading)}</summary>
            {(0..count).map(|at| {
                let field = form.with_untracked(|f| f.fallbacks[at].0);
                Language::ALL.map(|language| {
                    let label = state.t_with(
                        if language == Language::De { Msg::FallbackDe } else { Msg::FallbackEn },
                        &[state.t(field_name(field))],
                    );
                    two_language_input(
                        format!("fallback-{}-{}", field.key(), language.tag()),
                        label,
                        move || form.with(|f| f.fallbacks[at].1.get(language).to_string()),
                        move |text| form.update(|f| match language {
                            Language::De => f.fallbacks[at].1.de = text,
                            Language::En => f.fallbacks[at].1.en = text,
                        }),
                    )
                }).into_iter().collect_view()
            }).collect_view()}
        </details>
    }
}

#[component]
fn LeaveFields(
    form: RwSignal<CampaignForm>,
    problems: RwSignal<Vec<CampaignField>>,
) -> impl IntoView {
    let state = app_state();
    let check =
        move |label: Msg, get: fn(&CampaignForm) -> bool, set: fn(&mut CampaignForm, bool)| {
            view! {
                <label class="choice">
                    <input type="checkbox" checked=move || form.with(get)
                        on:change=move |ev| form.update(|f| set(f, event_target_checked(&ev)))/>
                    {tr(label)}
                </label>
            }
        };
    let wrong = move || problems.with(|p| p.contains(&CampaignField::ConversionDays));
    view! {
        <fieldset>
            <legend>{tr(Msg::LeaveHeading)}</legend>
            {check(Msg::LeaveReplied, |f| f.leave_when.replied, |f, on| f.leave_when.replied = on)}
            {check(Msg::LeaveOrdered, |f| f.leave_when.ordered, |f, on| f.leave_when.ordered = on)}
            {check(Msg::LeaveLead, |f| f.leave_when.became_lead, |f, on| f.leave_when.became_lead = on)}
        </fieldset>
        <label for="conversion-days">{tr(Msg::ConversionDaysLabel)}</label>
        <input id="conversion-days" type="number" inputmode="numeric" min="1" max="365"
            aria-invalid=move || wrong().to_string()
            prop:value=move || form.with(|f| f.conversion_days.clone())
            on:input=move |ev| form.update(|f| f.conversion_days = event_target_value(&ev))/>
        <p class="field-error" aria-live="polite">{move || wrong().then(|| state.t(Msg::ProblemConversionDays))}</p>
    }
}

/// A step as any contact would get it: the first reachable recipient until the rep
/// looks up another, who need not be in the audience.
#[component]
fn MessagePreview(
    checked: Memo<Option<Campaign>>,
    preview: Memo<Option<AudiencePreview>>,
) -> impl IntoView {
    let state = app_state();
    let picked = RwSignal::new(None::<Uuid>);
    let step = RwSignal::new(0usize);
    let recipient = Signal::derive(move || {
        picked.get().or_else(|| {
            preview.with(|p| p.as_ref().and_then(|p| p.first.first()).map(|(id, _)| *id))
        })
    });
    let step_count = Memo::new(move |_| checked.with(|c| c.as_ref().map_or(0, |c| c.steps.len())));
    let message = move || {
        let campaign = checked.get()?;
        let contact = recipient.get()?;
        let at = step.get().min(campaign.steps.len().saturating_sub(1));
        let at = u16::try_from(at).unwrap_or(0);
        preview_message(&*store(), &campaign, contact, at, &local_clock())
    };
    view! {
        <section class="message-preview" data-testid="message-preview">
            <h2>{tr(Msg::PreviewHeading)}</h2>
            <ContactPicker input_id="preview-for" label=Msg::PreviewForLabel error_id="" own_id=None
                value=recipient on_change=Callback::new(move |id| picked.set(id))/>
            {move || (step_count.get() > 1).then(|| view! {
                <label for="preview-step">{tr(Msg::PreviewStepLabel)}</label>
                <select id="preview-step" on:change=move |ev| step.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {(0..step_count.get()).map(|at| {
                        let number = (at + 1).to_string();
                        view! { <option value=at.to_string() selected=move || step.get() == at>{state.t_with(Msg::StepHeading, &[&number])}</option> }
                    }).collect_view()}
                </select>
            })}
            {move || match message() {
                Some(Ok(m)) => view! {
                    <div class="message-bubble" data-testid="preview-text">
                        {(!m.subject.is_empty()).then(|| view! { <p><strong>{m.subject}</strong></p> })}
                        <p class="pre-wrap">{m.body}</p>
                    </div>
                }.into_any(),
                Some(Err(unreadable)) => view! { <p class="field-error">{template_problem(state, &unreadable.error)}</p> }.into_any(),
                None => view! { <p class="muted">{tr(Msg::PreviewNobody)}</p> }.into_any(),
            }}
        </section>
    }
}
