//! The contact list: searchable as you type, filtered by role, tag and consent, sorted by
//! name, last contact or next follow-up, and virtualised so that only the rows on screen
//! are in the page, whatever the number of contacts.

use crate::app::contacts;
use crate::app::open_store::store;
use crate::domain::consent::ledger::{Channel, ConsentState};
use crate::domain::contacts::contact::Role;
use crate::domain::contacts::directory::{ContactDirectory, DirectoryRow, SortOrder};
use crate::domain::locale::language::Language;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::contact_export::ContactExport;
use crate::ui::messages::{Counted, Msg};
use crate::ui::value_names;
use crate::ui::virtual_window::VirtualWindow;
use leptos::prelude::*;

/// Row height in pixels; rows are positioned by index, so it is fixed.
const ROW_HEIGHT: i32 = 64;

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

fn row_detail(row: &DirectoryRow, sort: SortOrder, lang: Language) -> String {
    let day = |at| lang.format_date(local_clock().local(at).date());
    match sort {
        SortOrder::LastContact => row.last_contact.map(day),
        SortOrder::NextFollowUp => row.next_follow_up.map(day),
        SortOrder::Name => None,
    }
    .map_or_else(
        || row.detail.clone(),
        |date| format!("{date} · {}", row.detail),
    )
}

#[component]
pub fn ContactsPage() -> impl IntoView {
    let state = app_state();
    let directory = Memo::new(move |_| {
        state.revision.track();
        contacts::directory(&*store())
    });
    let choice = state.contact_list;
    let matches = Memo::new(move |_| {
        choice.with(|c| directory.with(|d| d.find(&c.query, &c.filter, c.sort)))
    });
    let tags = Memo::new(move |_| directory.with(ContactDirectory::tags));
    let window = VirtualWindow::new(ROW_HEIGHT);
    let to_top = move || window.scroll_to(0);

    let visible_rows = move || {
        matches.with(|m| {
            let shown = window.range(m.len());
            directory.with(|d| {
                m.iter()
                    .enumerate()
                    .skip(shown.start)
                    .take(shown.len())
                    .filter_map(|(position, &row)| d.row(row).map(|r| (position, r.clone())))
                    .collect::<Vec<(usize, DirectoryRow)>>()
            })
        })
    };
    let narrowed =
        move || choice.with(|c| !c.query.trim().is_empty() || c.filter != Default::default());
    let count_text = move || {
        let lang = state.lang.get();
        let total = directory.with(ContactDirectory::len);
        let found = matches.with(Vec::len);
        if narrowed() {
            state.count_with(
                Counted::ContactsShown,
                total,
                &[&lang.format_integer(found as i64)],
            )
        } else {
            state.count(Counted::Contacts, total)
        }
    };
    let empty_text = move || {
        if !matches.with(Vec::is_empty) {
            return None;
        }
        let typed = choice.with(|c| c.query.trim().to_owned());
        Some(if directory.with(ContactDirectory::is_empty) {
            state.t(Msg::NoContacts).to_owned()
        } else if typed.is_empty() {
            state.t(Msg::NoFilterMatches).to_owned()
        } else {
            state.t_with(Msg::NoMatches, &[&typed])
        })
    };
    let set_choice = move |f: &dyn Fn(&mut crate::ui::app_state::ContactListChoice)| {
        choice.update(|c| f(c));
        to_top();
    };

    view! {
        <div class="page-heading">
            <h1>{tr(Msg::ContactsTitle)}</h1>
            <div class="actions actions--tight">
                <a class="button" href="/tasks" data-testid="tasks-link">{tr(Msg::TasksTitle)}</a>
                <a class="button" href="/contacts/import" data-testid="import-link">{tr(Msg::ImportLink)}</a>
                <a class="button" href="/contacts/duplicates" data-testid="duplicates-link">{tr(Msg::DuplicatesLink)}</a>
                <a class="button button--primary" href="/contacts/new" data-testid="new-contact">{tr(Msg::NewContact)}</a>
            </div>
        </div>
        <div class="search">
            <input type="search" id="contact-search" autocomplete="off" enterkeyhint="search"
                aria-label=tr(Msg::SearchContacts)
                placeholder=tr(Msg::SearchContacts)
                prop:value=move || choice.with(|c| c.query.clone())
                on:input=move |ev| { let typed = event_target_value(&ev); set_choice(&|c| c.query = typed.clone()); }/>
            <details class="filters" open=move || choice.with(|c| c.filter != Default::default() || c.sort != SortOrder::Name)>
                <summary>{tr(Msg::FilterAndSort)}</summary>
                <div class="filters__grid">
                    <div>
                        <label for="filter-role">{tr(Msg::FilterRole)}</label>
                        <select id="filter-role" on:change=move |ev| {
                            let role = value_names::chosen(&Role::ALL, &event_target_value(&ev));
                            set_choice(&|c| c.filter.role = role);
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
                            set_choice(&|c| c.filter.tag = tag.clone());
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
                            set_choice(&|c| c.filter.consent = consent);
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
                            set_choice(&|c| c.sort = sort);
                        }>
                            {SORTS.into_iter().enumerate().map(|(i, (sort, msg))| view! {
                                <option value=i.to_string() selected=move || choice.with(|c| c.sort == sort)>{tr(msg)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
            </details>
            <ContactExport directory=directory matches=matches/>
            <p class="muted" role="status" data-testid="contact-count">{count_text}</p>
        </div>
        <p class="card empty-state" data-testid="no-contacts">{empty_text}</p>
        <div class="contact-list" node_ref=window.node on:scroll=move |_| window.measure() tabindex="0"
            role="list" aria-label=tr(Msg::ContactListLabel)>
            <div class="contact-list__spacer" style:height=move || window.spacer_height(matches.with(Vec::len))>
                <For each=visible_rows key=|(position, row)| (*position, row.id) let((position, row))>
                    <div class="contact-row" role="listitem" data-row=position
                        style:transform=window.row_offset(position)>
                        <a class="contact-row__link" href=format!("/contacts/{}", row.id)>
                            <span class="contact-row__name">{row.name.clone()}</span>
                            <span class="contact-row__detail">
                                {let shown = row.clone(); move || row_detail(&shown, choice.with(|c| c.sort), state.lang.get())}
                                {row.roles.iter().map(|&role| view! {
                                    <span class="badge">{tr(value_names::role(role))}</span>
                                }).collect_view()}
                            </span>
                        </a>
                    </div>
                </For>
            </div>
        </div>
    }
}
