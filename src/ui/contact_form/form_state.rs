//! What every field of the contact form shares: the draft being edited and the problems
//! the last check found, so a field can show its own message next to it.

use crate::domain::contacts::draft::{ContactDraft, Field, FieldError};
use crate::ui::app_state::app_state;
use crate::ui::value_names;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct FormState {
    pub draft: RwSignal<ContactDraft>,
    pub errors: RwSignal<Vec<FieldError>>,
}

impl FormState {
    /// The message for `field` in the user's language, if checking found a problem there.
    pub fn error_text(self, field: Field) -> Option<String> {
        let state = app_state();
        self.errors.with(|errors| {
            errors.iter().find(|e| e.field == field).map(|e| {
                let (msg, arg) = value_names::problem(&e.problem);
                state.t_with(msg, &[&arg])
            })
        })
    }

    /// `aria-invalid` for the input of `field`.
    pub fn invalid(self, field: Field) -> impl Fn() -> String + Copy {
        move || self.error_text(field).is_some().to_string()
    }
}

/// The id of the input a field's message belongs to, so the first wrong field gets focus.
pub fn field_id(field: Field) -> String {
    match field {
        Field::Name => "given-name".into(),
        Field::Phone(i) => format!("phone-{i}"),
        Field::Email(i) => format!("email-{i}"),
        Field::Birthday => "birthday".into(),
        Field::ReferredBy => "referrer-search".into(),
        Field::StayInTouchDays => "stay-in-touch".into(),
        Field::ReorderAfterDays => "reorder-after".into(),
    }
}

/// The line under a field where its message appears, read aloud when it changes.
#[component]
pub fn ErrorLine(form: FormState, field: Field) -> impl IntoView {
    let id = format!("{}-error", field_id(field));
    view! { <p id=id class="field-error" aria-live="polite">{move || form.error_text(field)}</p> }
}
