//! The contact list's filters (role, tag, consent per channel) and its sort order. Every
//! change goes through `change`, so the list can scroll back to the top.

use crate::domain::consent::ledger::{Channel, ConsentState};
use crate::domain::contacts::contact::Role;
use crate::domain::contacts::directory::SortOrder;
use crate::ui::app_state::{ContactListChoice, app_state, tr};
use crate::ui::messages::Msg;
use crate::ui::value_names;
use leptos::prelude::*;

const SORTS: [(SortOrder, Msg); 3] = [
    (SortOrder::Name, Msg::SortName),
    (SortOrder::LastContact, Msg::SortLastContact),
    (SortOrder::NextFollowUp, Msg::SortNextFollowUp),
];
const CONSENT_STATES: [ConsentState; 3] = [
    ConsentState::Granted,
    ConsentState::Refused,
    ConsentState::Unknown,
];

/// The consent filter choices, in the order the select lists them.
fn consent_choices() -> impl Iterator<Item = (Channel, ConsentState)> {
    Channel::ALL
        .into_iter()
        .flat_map(|c| CONSENT_STATES.into_iter().map(move |s| (c, s)))
}

#[component]
pub fn ListFilters(
    choice: RwSignal<ContactListChoice>,
    /// Every tag in use, for the tag filter.
    tags: Memo<Vec<String>>,
    change: impl Fn(&dyn Fn(&mut ContactListChoice)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = app_state();
    view! {
        <details class="filters" open=move || choice.with(|c| c.filter != Default::default() || c.sort != SortOrder::Name)>
            <summary>{tr(Msg::FilterAndSort)}</summary>
            <div class="filters__grid">
                <div>
                    <label for="filter-role">{tr(Msg::FilterRole)}</label>
                    <select id="filter-role" on:change=move |ev| {
                        let role = value_names::chosen(&Role::ALL, &event_target_value(&ev));
                        change(&|c| c.filter.role = role);
                    }>
                        <option value="" selected=move || choice.with(|c| c.filter.role.is_none())>{tr(Msg::AnyOption)}</option>
                        {Role::ALL.into_iter().enumerate().map(|(i, role)| view! {
                            <option value=i.to_string() selected=move || choice.with(|c| c.filter.role == Some(role))>{tr(value_names::role(role))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div>
                    <label for="filter-tag">{tr(Msg::FilterTag)}</label>
                    <select id="filter-tag" on:change=move |ev| {
                        let tag = Some(event_target_value(&ev)).filter(|t| !t.is_empty());
                        change(&|c| c.filter.tag = tag.clone());
                    }>
                        <option value="" selected=move || choice.with(|c| c.filter.tag.is_none())>{tr(Msg::AnyOption)}</option>
                        {move || tags.get().into_iter().map(|tag| {
                            let value = tag.clone();
                            view! { <option value=tag.clone() selected=move || choice.with(|c| c.filter.tag.as_deref() == Some(value.as_str()))>{tag.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div>
                    <label for="filter-consent">{tr(Msg::FilterConsent)}</label>
                    <select id="filter-consent" on:change=move |ev| {
                        let consent = event_target_value(&ev).parse::<usize>().ok().and_then(|i| consent_choices().nth(i));
                        change(&|c| c.filter.consent = consent);
                    }>
                        <option value="" selected=move || choice.with(|c| c.filter.consent.is_none())>{tr(Msg::AnyOption)}</option>
                        {consent_choices().enumerate().map(|(i, (channel, consent))| view! {
                            <option value=i.to_string() selected=move || choice.with(|c| c.filter.consent == Some((channel, consent)))>
                                {move || format!("{}: {}", state.t(value_names::channel(channel)), state.t(value_names::consent_state(consent)))}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <div>
                    <label for="sort-order">{tr(Msg::SortLabel)}</label>
                    <select id="sort-order" on:change=move |ev| {
                        let sort = value_names::chosen(&SORTS, &event_target_value(&ev)).map_or(SortOrder::Name, |(s, _)| s);
                        change(&|c| c.sort = sort);
                    }>
                        {SORTS.into_iter().enumerate().map(|(i, (sort, msg))| view! {
                            <option value=i.to_string() selected=move || choice.with(|c| c.sort == sort)>{tr(msg)}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
        </details>
    }
}
