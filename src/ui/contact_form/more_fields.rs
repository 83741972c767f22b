//! Birthday, language, tags, source and notes.

use crate::domain::contacts::draft::Field;
use crate::ui::app_state::tr;
use crate::ui::contact_form::form_state::{ErrorLine, FormState};
use crate::ui::contact_form::text_field::TextField;
use crate::ui::messages::Msg;
use leptos::prelude::*;

#[component]
pub fn MoreFields(form: FormState) -> impl IntoView {
    let draft = form.draft;
    let languages = [
        ("", Msg::NotSet),
        ("de", Msg::LanguageGerman),
        ("en", Msg::LanguageEnglish),
    ];
    view! {
        <fieldset>
            <legend>{tr(Msg::MoreLegend)}</legend>
            <label for="birthday">{tr(Msg::BirthdayLabel)}</label>
            <input id="birthday" type="date" aria-describedby="birthday-error"
                aria-invalid=form.invalid(Field::Birthday)
                prop:value=move || draft.with(|d| d.birthday.clone())
                on:input=move |ev| draft.update(|d| d.birthday = event_target_value(&ev))/>
            <ErrorLine form=form field=Field::Birthday/>
            <label for="language">{tr(Msg::PreferredLanguage)}</label>
            <select id="language" on:change=move |ev| draft.update(|d| d.language = event_target_value(&ev))>
                {languages.into_iter().map(|(tag, msg)| view! {
                    <option value=tag selected=move || draft.with(|d| d.language == tag)>{tr(msg)}</option>
                }).collect_view()}
            </select>
            <TextField form=form id="tags" label=Msg::TagsHint get=|d| &d.tags set=|d, v| d.tags = v/>
            <TextField form=form id="source" label=Msg::SourceLabel get=|d| &d.source set=|d, v| d.source = v/>
            <label for="notes">{tr(Msg::NotesLabel)}</label>
            <textarea id="notes" rows="3" prop:value=move || draft.with(|d| d.notes.clone())
                on:input=move |ev| draft.update(|d| d.notes = event_target_value(&ev))></textarea>
        </fieldset>
    }
}
