//! Comparing two contacts and merging them: for each field where they differ, the user
//! picks the value that holds (the newer one is picked at first).

use crate::app::duplicates::{MergeChoice, merge_choice, merge_contacts};
use crate::app::open_store::store;
use crate::domain::contacts::address_lines::address_lines;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::merge::MergeField;
use crate::domain::locale::language::Language;
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::run;
use crate::ui::messages::{Counted, Msg};
use crate::ui::spawn::spawn;
use crate::ui::undo_notice::UndoNotice;
use leptos::prelude::*;
use uuid::Uuid;

fn field_label(field: MergeField) -> Msg {
    match field {
        MergeField::Name => Msg::NameLegend,
        MergeField::Work => Msg::WorkLegend,
        MergeField::Address => Msg::AddressLabel,
        MergeField::Birthday => Msg::BirthdayLabel,
        MergeField::Language => Msg::PreferredLanguage,
        MergeField::Source => Msg::SourceLabel,
        MergeField::ReferredBy => Msg::ReferredByLabel,
        MergeField::StayInTouch => Msg::StayInTouchLabel,
        MergeField::ReorderAfter => Msg::TaskReorder,
    }
}

fn value(
    state: AppState,
    lang: Language,
    field: MergeField,
    contact: &Contact,
    referrers: &[(Uuid, String)],
) -> String {
    let days = |n: Option<u16>| n.map(|n| state.count(Counted::EveryDays, usize::from(n)));
    let shown = match field {
        MergeField::Name => Some(
            [contact.display_name(), contact.nickname.clone()]
                .iter()
                .filter(|p| !p.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" · "),
        ),
        MergeField::Work => Some(
            contact
                .work_and_nickname()
                .iter()
                .skip(1)
                .filter(|p| !p.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" · "),
        ),
        MergeField::Address => contact
            .address
            .as_ref()
            .map(|a| address_lines(a, lang, state.home_country().as_deref()).join(", ")),
        MergeField::Birthday => contact.birthday.map(|d| lang.format_birthday(d)),
        MergeField::Language => contact.language.clone(),
        MergeField::Source => contact.source.clone(),
        MergeField::ReferredBy => contact
            .referred_by
            .and_then(|id| referrers.iter().find(|(r, _)| *r == id))
            .map(|(_, name)| name.clone()),
        MergeField::StayInTouch => days(contact.stay_in_touch_days),
        MergeField::ReorderAfter => days(contact.reorder_after_days),
    };
    shown
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| state.t(Msg::NotSet).to_owned())
}

#[component]
pub fn MergeForm(
    first: Uuid,
    second: Uuid,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = app_state();
    let Some(choice) = merge_choice(&*store(), first, second) else {
        return view! { <p class="card" role="alert">{tr(Msg::ContactNotFound)}</p> }.into_any();
    };
    let MergeChoice {
        keep,
        gone,
        differing: fields,
        newest_from_gone,
        referrer_names,
    } = &choice;
    let from_gone = RwSignal::new(newest_from_gone.clone());
    let busy = RwSignal::new(false);
    let lang = state.lang.get_untracked();
    let choices = fields
        .iter()
        .enumerate()
        .map(|(i, &field)| {
            let option = |from_other: bool, contact: &Contact| {
                let text = value(state, lang, field, contact, referrer_names);
                view! {
                    <label class="choice">
                        <input type="radio" name=format!("merge-{i}")
                            prop:checked=move || from_gone.with(|f| f.contains(&field)) == from_other
                            on:change=move |_| from_gone.update(|f| {
                                f.retain(|x| *x != field);
                                if from_other { f.push(field); }
                            })/>
                        <span>{text}</span>
                    </label>
                }
            };
            view! {
                <fieldset data-testid="merge-field">
                    <legend>{tr(field_label(field))}</legend>
                    <div class="choices">{option(false, &keep.contact)}{option(true, &gone.contact)}</div>
                </fieldset>
            }
        })
        .collect_view();
    let no_choice = fields.is_empty();
    let title = format!(
        "{} ↔ {}",
        keep.contact.display_name(),
        gone.contact.display_name()
    );
    let choice = StoredValue::new(choice.clone());
    let merge = move |_| {
        busy.set(true);
        spawn(async move {
            let (clock, store, fields) = (local_clock(), store(), from_gone.get_untracked());
            let merging = merge_contacts(&*store, choice.get_value(), &fields, &clock);
            if let Some((subject, undo)) = run(state, merging).await {
                let notice = UndoNotice {
                    message: Msg::ContactsMerged,
                    subject,
                    undo,
                };
                state.undo.set(Some(notice.clone()));
                state.merges.update(|m| m.push(notice));
                on_done();
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card form" data-testid="merge-form">
            <h2>{tr(Msg::MergeTitle)}": " {title}</h2>
            <p>{tr(Msg::MergeExplain)}</p>
            {choices}
            {no_choice.then(|| view! { <p class="muted">{tr(Msg::MergeNothingDiffers)}</p> })}
            <div class="actions">
                <button class="button button--primary" data-testid="merge" disabled=move || busy.get() on:click=merge>{tr(Msg::MergeButton)}</button>
                <button class="button button--quiet" on:click=move |_| on_done()>{tr(Msg::Cancel)}</button>
            </div>
        </section>
    }
    .into_any()
}
