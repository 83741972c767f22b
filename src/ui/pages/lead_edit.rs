//! A new lead, or a lead's details changed: for whom, what kind, what it is about, what
//! it may bring and where it came from. Nothing is written until every field checks out.

use crate::app::leads::{LeadDraft, LeadRefused, add_lead, edit_lead, lead_to_edit};
use crate::app::open_store::store;
use crate::domain::leads::lead::{LeadKind, LeadSource};
use crate::domain::leads::lead_form::{LeadField, LeadForm};
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::contact::contact_picker::ContactPicker;
use crate::ui::focus::focus_by_id;
use crate::ui::messages::Msg;
use crate::ui::navigation::navigate;
use crate::ui::pages::lead_detail::source_name;
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use uuid::Uuid;

fn field_id(field: LeadField) -> &'static str {
    match field {
        LeadField::Contact => "lead-contact",
        LeadField::Value => "lead-value",
        LeadField::Points => "lead-points",
        LeadField::Close => "lead-close",
    }
}

/// `editing`: the lead whose details change; without it, a new lead for `contact`.
#[component]
pub fn LeadEditPage(editing: Option<Uuid>, contact: Option<Uuid>) -> impl IntoView {
    let state = app_state();
    match editing {
        None => view! { <LeadFormCard editing=None form=LeadForm::new(contact)/> }.into_any(),
        Some(id) => match lead_to_edit(&*store(), id) {
            Some(lead) => {
                let form = LeadForm::of(&lead, state.lang.get_untracked());
                view! { <LeadFormCard editing=Some(id) form=form/> }.into_any()
            }
            None => view! {
                <p class="back"><a href="/leads">{tr(Msg::BackToLeads)}</a></p>
                <p class="card empty-state" data-testid="lead-not-found">{tr(Msg::LeadNotFound)}</p>
            }
            .into_any(),
        },
    }
}

#[component]
fn LeadFormCard(editing: Option<Uuid>, form: LeadForm) -> impl IntoView {
    let state = app_state();
    let form = RwSignal::new(form);
    let problems = RwSignal::new(Vec::<LeadField>::new());
    let gone = RwSignal::new(false);
    let wrong = move |field: LeadField| problems.with(|p| p.contains(&field));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let checked = match form.with_untracked(LeadForm::check) {
            Ok(checked) => checked,
            Err(found) => {
                if let Some(first) = found.first() {
                    focus_by_id(field_id(*first));
                }
                problems.set(found);
                return;
            }
        };
        problems.set(Vec::new());
        let title = checked.title.clone();
        let draft = LeadDraft {
            contact_id: checked.contact,
            kind: checked.kind,
            title: checked.title,
            expected_value: checked.value,
            expected_centipoints: checked.centipoints,
            expected_close: checked.close,
            source: checked.source,
        };
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            let saved = match editing {
                None => run(state, add_lead(&*store, draft, &clock)).await,
                Some(id) => match run(state, edit_lead(&*store, id, draft, &clock)).await {
                    Some(Some(result)) => Some(result.map(|undo| (id, undo))),
                    // Deleted in another tab meanwhile: nothing left to change.
                    Some(None) => {
                        gone.set(true);
                        None
                    }
                    None => None,
                },
            };
            match saved {
                Some(Ok((id, undo))) => {
                    let said = if editing.is_some() {
                        Msg::LeadChanged
                    } else {
                        Msg::LeadSaved
                    };
                    offer_undo(state, said, title, undo);
                    navigate(&format!("/leads/{id}"));
                }
                Some(Err(LeadRefused::NoContact)) => problems.set(vec![LeadField::Contact]),
                Some(Err(LeadRefused::NegativeValue)) => problems.set(vec![LeadField::Value]),
                None => {}
            }
        });
    };
    let text_field = move |field: LeadField,
                           label: Msg,
                           problem: Msg,
                           input_type: &'static str,
                           get: fn(&LeadForm) -> String,
                           set: fn(&mut LeadForm, String)| {
        let id = field_id(field);
        let error_id = format!("{id}-error");
        view! {
            <div>
                <label for=id>{tr(label)}</label>
                <input id=id type=input_type inputmode=(input_type == "text").then_some("decimal")
                    aria-describedby=error_id.clone() aria-invalid=move || wrong(field).to_string()
                    prop:value=move || form.with(get) on:input=move |ev| form.update(|f| set(f, event_target_value(&ev)))/>
                <p id=error_id class="field-error" aria-live="polite">{move || wrong(field).then(|| state.t(problem))}</p>
            </div>
        }
    };
    let kind_choice = move |kind: LeadKind, label: Msg| {
        view! {
            <label class="choice">
                // A sale's stages are not a recruit's: the kind of a lead is fixed once made.
                <input type="radio" name="lead-kind" checked=move || form.with(|f| f.kind == kind)
                    disabled=editing.is_some()
                    on:change=move |_| form.update(|f| f.kind = kind)/>
                {tr(label)}
            </label>
        }
    };
    view! {
        <p class="back">
            {match editing {
                Some(id) => view! { <a href=format!("/leads/{id}")>{tr(Msg::BackToLead)}</a> }.into_any(),
                None => view! { <a href="/leads">{tr(Msg::BackToLeads)}</a> }.into_any(),
            }}
        </p>
        <h1>{tr(if editing.is_some() { Msg::EditLead } else { Msg::NewLead })}</h1>
        <form class="form card" data-testid="lead-form" on:submit=submit novalidate>
            <fieldset>
                <legend>{tr(Msg::LeadKinds)}</legend>
                {kind_choice(LeadKind::Sale, Msg::LeadKindSale)}
                {kind_choice(LeadKind::Recruit, Msg::LeadKindRecruit)}
            </fieldset>
            <ContactPicker input_id="lead-contact" label=Msg::LeadContactLabel error_id="lead-contact-error"
                own_id=None value=Signal::derive(move || form.with(|f| f.contact))
                on_change=Callback::new(move |id| form.update(|f| f.contact = id))/>
            <p id="lead-contact-error" class="field-error" aria-live="polite">
                {move || wrong(LeadField::Contact).then(|| state.t(Msg::ProblemLeadContact))}
            </p>
            <label for="lead-title">{tr(Msg::LeadTitleLabel)}</label>
            <input id="lead-title" type="text" maxlength="120"
                prop:value=move || form.with(|f| f.title.clone())
                on:input=move |ev| form.update(|f| f.title = event_target_value(&ev))/>
            <div class="form-row form-row--three">
                {text_field(LeadField::Value, Msg::LeadValueLabel, Msg::ProblemLeadValue, "text",
                    |f| f.value.clone(), |f, v| f.value = v)}
                {text_field(LeadField::Points, Msg::LeadPointsLabel, Msg::ProblemPoints, "text",
                    |f| f.points.clone(), |f, v| f.points = v)}
                {text_field(LeadField::Close, Msg::LeadCloseLabel, Msg::ProblemDate, "date",
                    |f| f.close.clone(), |f, v| f.close = v)}
            </div>
            <label for="lead-source">{tr(Msg::LeadSourceLabel)}</label>
            <select id="lead-source" on:change=move |ev| {
                let at: usize = event_target_value(&ev).parse().unwrap_or(0);
                form.update(|f| f.source = LeadSource::ALL.get(at).copied().unwrap_or_default());
            }>
                {LeadSource::ALL.iter().enumerate().map(|(i, s)| {
                    let source = *s;
                    view! {
                        <option value=i.to_string() selected=move || form.with(|f| f.source == source)>
                            {tr(source_name(source))}
                        </option>
                    }
                }).collect_view()}
            </select>
            {move || gone.get().then(|| view! {
                <p class="notice notice--warning" role="alert" data-testid="lead-gone">{tr(Msg::LeadNotFound)}</p>
            })}
            <div class="actions">
                <button type="submit" class="button button--primary" data-testid="save-lead">{tr(Msg::SaveLead)}</button>
            </div>
        </form>
    }
}
