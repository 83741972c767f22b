//! The phone numbers or the email addresses of the form, each with its own label
//! ("mobil", "privat", …), added and removed one by one.

use crate::domain::contacts::draft::{ContactDraft, Field, LabeledDraft};
use crate::ui::app_state::{app_state, tr};
use crate::ui::contact_form::form_state::FormState;
use crate::ui::messages::Msg;
use leptos::prelude::*;

/// Which of the two lists, with everything that differs between them.
#[derive(Clone, Copy, PartialEq)]
pub enum Reach {
    Phones,
    Emails,
}

impl Reach {
    fn entries(self, draft: &ContactDraft) -> &Vec<LabeledDraft> {
        match self {
            Reach::Phones => &draft.phones,
            Reach::Emails => &draft.emails,
        }
    }

    fn entries_mut(self, draft: &mut ContactDraft) -> &mut Vec<LabeledDraft> {
        match self {
            Reach::Phones => &mut draft.phones,
            Reach::Emails => &mut draft.emails,
        }
    }

    fn field(self, index: usize) -> Field {
        match self {
            Reach::Phones => Field::Phone(index),
            Reach::Emails => Field::Email(index),
        }
    }

    fn id_prefix(self) -> &'static str {
        match self {
            Reach::Phones => "phone",
            Reach::Emails => "email",
        }
    }

    fn input_type(self) -> &'static str {
        match self {
            Reach::Phones => "tel",
            Reach::Emails => "email",
        }
    }

    /// (legend, value label, add button, label of a new entry)
    fn texts(self) -> (Msg, Msg, Msg, Msg) {
        match self {
            Reach::Phones => (
                Msg::PhonesLabel,
                Msg::PhoneNumber,
                Msg::AddPhone,
                Msg::PhoneLabelDefault,
            ),
            Reach::Emails => (
                Msg::EmailsLabel,
                Msg::EmailAddress,
                Msg::AddEmail,
                Msg::EmailLabelDefault,
            ),
        }
    }

    /// The first, empty entry of a new contact.
    pub fn first_entry(self) -> LabeledDraft {
        LabeledDraft {
            label: app_state().t(self.texts().3).into(),
            value: String::new(),
        }
    }
}

#[component]
pub fn LabeledList(form: FormState, reach: Reach) -> impl IntoView {
    let draft = form.draft;
    let (legend, _, add_label, _) = reach.texts();
    let prefix = reach.id_prefix();
    // Only adding or removing an entry redraws the rows, so typing keeps the focus.
    let count = Memo::new(move |_| draft.with(|d| reach.entries(d).len()));
    view! {
        <fieldset>
            <legend>{tr(legend)}</legend>
            {move || (0..count.get()).map(|index| view! { <LabeledRow form=form reach=reach index=index/> }).collect_view()}
            <button type="button" class="button" data-testid=format!("add-{prefix}")
                on:click=move |_| draft.update(|d| reach.entries_mut(d).push(reach.first_entry()))>
                {tr(add_label)}
            </button>
        </fieldset>
    }
}

#[component]
fn LabeledRow(form: FormState, reach: Reach, index: usize) -> impl IntoView {
    let FormState { draft, errors } = form;
    let (_, value_label, _, _) = reach.texts();
    let id = format!("{}-{index}", reach.id_prefix());
    let label_id = format!("{}-label-{index}", reach.id_prefix());
    let error_id = format!("{id}-error");
    let entry = move |read: fn(&LabeledDraft) -> &String| {
        draft.with(|d| {
            reach
                .entries(d)
                .get(index)
                .map(read)
                .cloned()
                .unwrap_or_default()
        })
    };
    let edit = move |write: &dyn Fn(&mut LabeledDraft)| {
        draft.update(|d| {
            if let Some(e) = reach.entries_mut(d).get_mut(index) {
                write(e)
            }
        })
    };
    view! {
        <div class="labeled-row">
            <div class="labeled-row__label">
                <label for=label_id.clone()>{tr(Msg::LabelLabel)}</label>
                <input id=label_id autocomplete="off" prop:value=move || entry(|e| &e.label)
                    on:input=move |ev| { let v = event_target_value(&ev); edit(&|e| e.label = v.clone()); }/>
            </div>
            <div class="labeled-row__value">
                <label for=id.clone()>{tr(value_label)}</label>
                <input id=id type=reach.input_type() autocomplete="off" aria-describedby=error_id.clone()
                    aria-invalid=form.invalid(reach.field(index))
                    prop:value=move || entry(|e| &e.value)
                    on:input=move |ev| { let v = event_target_value(&ev); edit(&|e| e.value = v.clone()); }/>
            </div>
            <button type="button" class="button button--quiet labeled-row__remove"
                aria-label=tr(Msg::Remove)
                on:click=move |_| {
                    draft.update(|d| {
                        let entries = reach.entries_mut(d);
                        if index < entries.len() { entries.remove(index); }
                    });
                    errors.set(Vec::new());
                }>"×"</button>
            <p id=error_id class="field-error labeled-row__error" aria-live="polite">{move || form.error_text(reach.field(index))}</p>
        </div>
    }
}
