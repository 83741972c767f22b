//! Creating and editing a contact. Each wrong field gets its message next to it, in the
//! user's language, and nothing is saved until every field is right.

use crate::app::contacts;
use crate::app::open_store::store;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::draft::{ContactDraft, Field, FieldError, LabeledDraft};
use crate::domain::locale::country::COUNTRIES;
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::run;
use crate::ui::contact::contact_picker::ContactPicker;
use crate::ui::focus::focus_by_id;
use crate::ui::messages::Msg;
use crate::ui::navigation::navigate;
use crate::ui::role_choices::RoleChoices;
use crate::ui::spawn::spawn;
use crate::ui::value_names;
use leptos::prelude::*;
use uuid::Uuid;

fn field_id(field: Field) -> String {
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

/// The form's message for `field`, if checking found a problem there.
fn error_text(state: AppState, errors: RwSignal<Vec<FieldError>>, field: Field) -> Option<String> {
    errors.with(|errors| {
        errors.iter().find(|e| e.field == field).map(|e| {
            let (msg, arg) = value_names::problem(&e.problem);
            state.t_with(msg, &[&arg])
        })
    })
}

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

#[component]
fn ContactForm(existing: Option<Contact>) -> impl IntoView {
    let state = app_state();
    let draft = RwSignal::new(existing.as_ref().map_or_else(
        || ContactDraft {
            phones: vec![LabeledDraft {
                label: state.t(Msg::PhoneLabelDefault).into(),
                value: String::new(),
            }],
            emails: vec![LabeledDraft {
                label: state.t(Msg::EmailLabelDefault).into(),
                value: String::new(),
            }],
            ..ContactDraft::default()
        },
        ContactDraft::of,
    ));
    let errors = RwSignal::new(Vec::<FieldError>::new());
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
            let checked = draft.with_untracked(|d| {
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
                    errors.set(found);
                    if let Some(id) = first {
                        focus_by_id(&id);
                    }
                }
                Ok(contact) => {
                    errors.set(Vec::new());
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

    let text = move |id: &'static str,
                     label: Msg,
                     get: fn(&ContactDraft) -> &String,
                     set: fn(&mut ContactDraft, String),
                     autocomplete: &'static str| {
        view! {
            <label for=id>{tr(label)}</label>
            <input id=id autocomplete=autocomplete prop:value=move || draft.with(|d| get(d).clone())
                on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))/>
        }
    };
    let error_line = move |field: Field| {
        let id = format!("{}-error", field_id(field));
        view! { <p id=id class="field-error" aria-live="polite">{move || error_text(state, errors, field)}</p> }
    };
    let invalid =
        move |field: Field| move || error_text(state, errors, field).is_some().to_string();

    view! {
        <p class="back"><a href=cancel_href.clone()>{tr(Msg::Cancel)}</a></p>
        <h1>{tr(title)}</h1>
        <form class="card form contact-form" novalidate
            on:submit=move |ev| { ev.prevent_default(); submit(); }>
            {move || (!errors.with(Vec::is_empty)).then(|| view! {
                <p class="notice notice--error" role="alert">{tr(Msg::FixMarkedFields)}</p>
            })}
            <fieldset>
                <legend>{tr(Msg::NameLegend)}</legend>
                <label for="given-name">{tr(Msg::GivenName)}</label>
                <input id="given-name" autocomplete="off" aria-describedby="given-name-error"
                    aria-invalid=invalid(Field::Name)
                    prop:value=move || draft.with(|d| d.given_name.clone())
                    on:input=move |ev| draft.update(|d| d.given_name = event_target_value(&ev))/>
                {error_line(Field::Name)}
                {text("family-name", Msg::FamilyName, |d| &d.family_name, |d, v| d.family_name = v, "off")}
                {text("nickname", Msg::Nickname, |d| &d.nickname, |d, v| d.nickname = v, "off")}
            </fieldset>

            <fieldset>
                <legend>{tr(Msg::WorkLegend)}</legend>
                {text("company", Msg::Company, |d| &d.company, |d, v| d.company = v, "off")}
                <div class="form-row">
                    <div>{text("department", Msg::Department, |d| &d.department, |d, v| d.department = v, "off")}</div>
                    <div>{text("job-title", Msg::JobTitle, |d| &d.job_title, |d, v| d.job_title = v, "off")}</div>
                </div>
            </fieldset>

            <fieldset>
                <legend>{tr(Msg::PhonesLabel)}</legend>
                <LabeledList draft=draft errors=errors phones=true/>
            </fieldset>
            <fieldset>
                <legend>{tr(Msg::EmailsLabel)}</legend>
                <LabeledList draft=draft errors=errors phones=false/>
            </fieldset>

            <fieldset>
                <legend>{tr(Msg::RolesLegend)}</legend>
                <RoleChoices name="role"
                    chosen=move |role| draft.with(|d| d.roles.contains(&role))
                    choose=move |role, on| draft.update(|d| {
                        d.roles.retain(|r| *r != role);
                        if on { d.roles.push(role); }
                    })/>
            </fieldset>

            <fieldset>
                <legend>{tr(Msg::ReferredByLabel)}</legend>
                <ContactPicker input_id="referrer-search" label=Msg::FindReferrer
                    error_id="referrer-search-error" own_id=own_id
                    value=Signal::derive(move || draft.with(|d| d.referred_by))
                    on_change=Callback::new(move |id| draft.update(|d| d.referred_by = id))/>
                {error_line(Field::ReferredBy)}
            </fieldset>

            <fieldset>
                <legend>{tr(Msg::AddressLabel)}</legend>
                {text("street", Msg::Street, |d| &d.street, |d, v| d.street = v, "street-address")}
                {text("po-box", Msg::PoBox, |d| &d.po_box, |d, v| d.po_box = v, "off")}
                <div class="form-row">
                    <div>{text("postal-code", Msg::PostalCode, |d| &d.postal_code, |d, v| d.postal_code = v, "postal-code")}</div>
                    <div>{text("city", Msg::City, |d| &d.city, |d, v| d.city = v, "address-level2")}</div>
                </div>
                <div class="form-row">
                    <div>{text("region", Msg::Region, |d| &d.region, |d, v| d.region = v, "address-level1")}</div>
                    <div>
                        <label for="country">{tr(Msg::CountryLabel)}</label>
                        <input id="country" list="country-names" autocomplete="country-name"
                            prop:value=move || draft.with(|d| d.country.clone())
                            on:input=move |ev| draft.update(|d| d.country = event_target_value(&ev))/>
                        <datalist id="country-names">
                            {move || {
                                let lang = state.lang.get();
                                COUNTRIES.iter().map(|c| view! { <option value=c.name(lang)/> }).collect_view()
                            }}
                        </datalist>
                    </div>
                </div>
            </fieldset>

            <fieldset>
                <legend>{tr(Msg::MoreLegend)}</legend>
                <label for="birthday">{tr(Msg::BirthdayLabel)}</label>
                <input id="birthday" type="date" aria-describedby="birthday-error" aria-invalid=invalid(Field::Birthday)
                    prop:value=move || draft.with(|d| d.birthday.clone())
                    on:input=move |ev| draft.update(|d| d.birthday = event_target_value(&ev))/>
                {error_line(Field::Birthday)}
                <label for="language">{tr(Msg::PreferredLanguage)}</label>
                <select id="language" on:change=move |ev| draft.update(|d| d.language = event_target_value(&ev))>
                    {[("", Msg::NotSet), ("de", Msg::LanguageGerman), ("en", Msg::LanguageEnglish)].into_iter().map(|(tag, msg)| view! {
                        <option value=tag selected=move || draft.with(|d| d.language == tag)>{tr(msg)}</option>
                    }).collect_view()}
                </select>
                {text("tags", Msg::TagsHint, |d| &d.tags, |d, v| d.tags = v, "off")}
                {text("source", Msg::SourceLabel, |d| &d.source, |d, v| d.source = v, "off")}
                <label for="notes">{tr(Msg::NotesLabel)}</label>
                <textarea id="notes" rows="3" prop:value=move || draft.with(|d| d.notes.clone())
                    on:input=move |ev| draft.update(|d| d.notes = event_target_value(&ev))></textarea>
            </fieldset>

            <fieldset>
                <legend>{tr(Msg::FollowUpLegend)}</legend>
                <label for="stay-in-touch">{tr(Msg::StayInTouchDays)}</label>
                <input id="stay-in-touch" inputmode="numeric" aria-describedby="stay-in-touch-error"
                    aria-invalid=invalid(Field::StayInTouchDays)
                    prop:value=move || draft.with(|d| d.stay_in_touch_days.clone())
                    on:input=move |ev| draft.update(|d| d.stay_in_touch_days = event_target_value(&ev))/>
                {error_line(Field::StayInTouchDays)}
                <label for="reorder-after">{tr(Msg::ReorderAfterDays)}</label>
                <input id="reorder-after" inputmode="numeric" aria-describedby="reorder-after-error"
                    aria-invalid=invalid(Field::ReorderAfterDays)
                    placeholder=crate::domain::tasks::follow_up::DEFAULT_REORDER_DAYS.to_string()
                    prop:value=move || draft.with(|d| d.reorder_after_days.clone())
                    on:input=move |ev| draft.update(|d| d.reorder_after_days = event_target_value(&ev))/>
                {error_line(Field::ReorderAfterDays)}
            </fieldset>

            <div class="actions">
                <button type="submit" class="button button--primary" data-testid="save-contact">{tr(Msg::Save)}</button>
                <a class="button" href=cancel_href>{tr(Msg::Cancel)}</a>
            </div>
        </form>
    }
}

/// The phone numbers or the email addresses of the form, each with its label.
#[component]
fn LabeledList(
    draft: RwSignal<ContactDraft>,
    errors: RwSignal<Vec<FieldError>>,
    phones: bool,
) -> impl IntoView {
    let state = app_state();
    let list = move |d: &ContactDraft| -> Vec<LabeledDraft> {
        if phones {
            d.phones.clone()
        } else {
            d.emails.clone()
        }
    };
    let edit = move |f: &mut dyn FnMut(&mut Vec<LabeledDraft>)| {
        draft.update(|d| f(if phones { &mut d.phones } else { &mut d.emails }))
    };
    // Only adding or removing an entry redraws the rows, so typing keeps the focus.
    let count = Memo::new(move |_| draft.with(|d| list(d).len()));
    let (prefix, value_label, add_label, input_type, default_label) = if phones {
        (
            "phone",
            Msg::PhoneNumber,
            Msg::AddPhone,
            "tel",
            Msg::PhoneLabelDefault,
        )
    } else {
        (
            "email",
            Msg::EmailAddress,
            Msg::AddEmail,
            "email",
            Msg::EmailLabelDefault,
        )
    };
    let field = move |i| {
        if phones {
            Field::Phone(i)
        } else {
            Field::Email(i)
        }
    };
    view! {
        {move || (0..count.get()).map(|i| {
            let id = format!("{prefix}-{i}");
            let label_id = format!("{prefix}-label-{i}");
            let error_id = format!("{id}-error");
            view! {
                <div class="labeled-row">
                    <div class="labeled-row__label">
                        <label for=label_id.clone()>{tr(Msg::LabelLabel)}</label>
                        <input id=label_id autocomplete="off"
                            prop:value=move || draft.with(|d| list(d).get(i).map(|e| e.label.clone()).unwrap_or_default())
                            on:input=move |ev| { let v = event_target_value(&ev); edit(&mut |l| if let Some(e) = l.get_mut(i) { e.label = v.clone(); }); }/>
                    </div>
                    <div class="labeled-row__value">
                        <label for=id.clone()>{tr(value_label)}</label>
                        <input id=id type=input_type autocomplete="off" aria-describedby=error_id.clone()
                            aria-invalid=move || error_text(state, errors, field(i)).is_some().to_string()
                            prop:value=move || draft.with(|d| list(d).get(i).map(|e| e.value.clone()).unwrap_or_default())
                            on:input=move |ev| { let v = event_target_value(&ev); edit(&mut |l| if let Some(e) = l.get_mut(i) { e.value = v.clone(); }); }/>
                    </div>
                    <button type="button" class="button button--quiet labeled-row__remove"
                        aria-label=tr(Msg::Remove)
                        on:click=move |_| {
                            edit(&mut |l| { if i < l.len() { l.remove(i); } });
                            errors.set(Vec::new());
                        }>"×"</button>
                    <p id=error_id class="field-error labeled-row__error" aria-live="polite">{move || error_text(state, errors, field(i))}</p>
                </div>
            }
        }).collect_view()}
        <button type="button" class="button" data-testid=format!("add-{prefix}")
            on:click=move |_| edit(&mut |l| l.push(LabeledDraft { label: state.t(default_label).into(), value: String::new() }))>
            {tr(add_label)}
        </button>
    }
}
