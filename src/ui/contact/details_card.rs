//! What is known about a contact: name and work, how to reach them, birthday, tags,
//! source, notes and the stay-in-touch rhythm. Empty fields are left out.

use crate::domain::contacts::contact::Contact;
use crate::ui::app_state::{app_state, tr};
use crate::ui::contact::contact_facts::{reach_lines, who_lines};
use crate::ui::messages::{Counted, Msg};
use leptos::prelude::*;

#[component]
pub fn DetailsCard(contact: Contact) -> impl IntoView {
    let state = app_state();
    let lang = state.lang.get_untracked();
    let home = state.home_country();
    let birthday = contact.birthday.map(|b| lang.format_birthday(b));
    let rhythm = contact
        .stay_in_touch_days
        .map(|days| state.count(Counted::EveryDays, usize::from(days)));
    let fields = who_lines(&contact)
        .into_iter()
        .chain(reach_lines(&contact, lang, home.as_deref()))
        .chain([
            (Msg::BirthdayLabel, birthday.unwrap_or_default()),
            (Msg::TagsLabel, contact.tags.join(", ")),
            (Msg::SourceLabel, contact.source.clone().unwrap_or_default()),
            (Msg::NotesLabel, contact.notes.clone()),
            (Msg::StayInTouchLabel, rhythm.unwrap_or_default()),
        ])
        .filter(|(_, value)| !value.is_empty())
        .map(|(label, value)| view! { <dt>{tr(label)}</dt><dd>{value}</dd> })
        .collect_view();
    view! {
        <section class="card">
            <dl class="details">{fields}</dl>
        </section>
    }
}
