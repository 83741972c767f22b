//! Creating and editing a contact. Each wrong field gets its message next to it, in the
//! user's language, and nothing is saved until every field is right.

use crate::app::contacts;
use crate::app::open_store::store;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::draft::{ContactDraft, FieldError};
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::run;
use crate::ui::contact_form::address_fields::AddressFields;
use crate::ui::contact_form::follow_up_fields::FollowUpFields;
use crate::ui::contact_form::form_state::{FormState, field_id};
use crate::ui::contact_form::labeled_list::{LabeledList, Reach};
use crate::ui::contact_form::more_fields::MoreFields;
use crate::ui::contact_form::name_fields::NameFields;
use crate::ui::contact_form::relation_fields::RelationFields;
use crate::ui::focus::focus_by_id;
use crate::ui::messages::Msg;
use crate::ui::navigation::navigate;
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
/// `id` is `None` for a new contact, and `Some(None)` for an address without a valid id.
pub fn ContactEditPage(id: Option<Option<Uuid>>) -> impl IntoView {
    let existing = id.flatten().and_then(|id| contacts::contact(&*store(), id));
    if id.is_some() && existing.is_none() {
        return view! {
            <h1>{tr(Msg::ContactNotFound)}</h1>
            <p><a href="/contacts">{tr(Msg::BackToContacts)}</a></p>
        }
        .into_any();
    }
    view! { <ContactForm existing=existing/> }.into_any()
}

/// A new contact starts with one empty phone and one empty email to fill in.
fn draft_of(existing: Option<&Contact>) -> ContactDraft {
    existing.map_or_else(
        || ContactDraft {
            phones: vec![Reach::Phones.first_entry()],
            emails: vec![Reach::Emails.first_entry()],
            ..ContactDraft::default()
        },
        ContactDraft::of,
    )
}

#[component]
fn ContactForm(existing: Option<Contact>) -> impl IntoView {
    let state = app_state();
    let form = FormState {
        draft: RwSignal::new(draft_of(existing.as_ref())),
        errors: RwSignal::new(Vec::<FieldError>::new()),
    };
    let title = if existing.is_some() {
        Msg::EditContactTitle
    } else {
        Msg::NewContactTitle
    };
    let own_id = existing.as_ref().map(|c| c.meta.id);
    let cancel_href = own_id.map_or("/contacts".to_owned(), |id| format!("/contacts/{id}"));
    let existing = StoredValue::new(existing);

    let submit = move || {
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            let checked = form.draft.with_untracked(|d| {
                let editing = existing.get_value();
                contacts::check_contact_form(
                    &*store,
                    d,
                    editing.as_ref(),
                    state.calling_code(),
                    &clock,
                )
            });
            match checked {
                Err(found) => {
                    let first = found.first().map(|e| field_id(e.field));
                    form.errors.set(found);
                    if let Some(id) = first {
                        focus_by_id(&id);
                    }
                }
                Ok(contact) => {
                    form.errors.set(Vec::new());
                    let id = contact.meta.id;
                    if run(state, contacts::save_contact(&*store, contact, &clock))
                        .await
                        .is_some()
                    {
                        navigate(&format!("/contacts/{id}"));
                    }
                }
            }
        });
    };

    view! {
        <p class="back"><a href=cancel_href.clone()>{tr(Msg::Cancel)}</a></p>
        <h1>{tr(title)}</h1>
        <form class="card form contact-form" novalidate
            on:submit=move |ev| { ev.prevent_default(); submit(); }>
            {move || (!form.errors.with(Vec::is_empty)).then(|| view! {
                <p class="notice notice--error" role="alert">{tr(Msg::FixMarkedFields)}</p>
            })}
            <NameFields form=form/>
            <LabeledList form=form reach=Reach::Phones/>
            <LabeledList form=form reach=Reach::Emails/>
            <RelationFields form=form own_id=own_id/>
            <AddressFields form=form/>
            <MoreFields form=form/>
            <FollowUpFields form=form/>
            <div class="actions">
                <button type="submit" class="button button--primary" data-testid="save-contact">{tr(Msg::Save)}</button>
                <a class="button" href=cancel_href>{tr(Msg::Cancel)}</a>
            </div>
        </form>
    }
}
