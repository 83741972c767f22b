//! The contact list: searchable as you type, and virtualised so that only the rows on
//! screen are in the page, whatever the number of contacts.

use crate::domain::contact::Role;
use crate::domain::contact_directory::{ContactDirectory, DirectoryRow};
use crate::ui::app_state::app_state;
use crate::ui::i18n::Msg;
use crate::ui::store_handle::store;
use leptos::prelude::*;

/// Row height in pixels; rows are positioned by index, so it is fixed.
const ROW_HEIGHT: f64 = 64.0;
/// Rows rendered above and below the visible ones, so fast scrolling shows no gaps.
const OVERSCAN: f64 = 6.0;

pub fn role_label(role: Role) -> Msg {
    match role {
        Role::Customer => Msg::RoleCustomer,
        Role::Prospect => Msg::RoleProspect,
        Role::Rep => Msg::RoleRep,
        Role::Host => Msg::RoleHost,
    }
}

#[component]
pub fn ContactsPage() -> impl IntoView {
    let state = app_state();
    let directory = Memo::new(move |_| {
        state.revision.track();
        store().read(|all| ContactDirectory::new(all.contacts.iter()))
    });
    let query = RwSignal::new(String::new());
    let matches = Memo::new(move |_| directory.with(|d| query.with(|q| d.search(q))));
    let scroll_top = RwSignal::new(0.0);
    let viewport_height = RwSignal::new(800.0);
    let list = NodeRef::<leptos::html::Div>::new();
    let measure = move || {
        if let Some(element) = list.get_untracked() {
            scroll_top.set(f64::from(element.scroll_top()));
            viewport_height.set(f64::from(element.client_height()));
        }
    };
    Effect::new(move |_| {
        if list.get().is_some() {
            measure();
        }
    });

    let visible_rows = move || {
        let (top, height) = (scroll_top.get(), viewport_height.get());
        let first = ((top / ROW_HEIGHT).floor() - OVERSCAN).max(0.0) as usize;
        let last = ((top + height) / ROW_HEIGHT).ceil() + OVERSCAN;
        matches.with(|m| {
            directory.with(|d| {
                m.iter()
                    .enumerate()
                    .skip(first)
                    .take((last as usize).saturating_sub(first))
                    .filter_map(|(position, &row)| d.row(row).map(|r| (position, r.clone())))
                    .collect::<Vec<(usize, DirectoryRow)>>()
            })
        })
    };
    let count_text = move || {
        let lang = state.lang.get();
        let total = directory.with(ContactDirectory::len);
        let found = matches.with(Vec::len);
        if query.with(|q| q.trim().is_empty()) {
            state.t_with(Msg::ContactCount, &[&lang.format_integer(total as i64)])
        } else {
            state.t_with(
                Msg::SearchCount,
                &[
                    &lang.format_integer(found as i64),
                    &lang.format_integer(total as i64),
                ],
            )
        }
    };
    let empty_text = move || {
        if !matches.with(Vec::is_empty) {
            return None;
        }
        let typed = query.get();
        Some(if typed.trim().is_empty() {
            state.t(Msg::NoContacts).to_owned()
        } else {
            state.t_with(Msg::NoMatches, &[typed.trim()])
        })
    };

    view! {
        <h1>{move || state.t(Msg::ContactsTitle)}</h1>
        <div class="search">
            <input type="search" id="contact-search" autocomplete="off" enterkeyhint="search"
                aria-label=move || state.t(Msg::SearchContacts)
                placeholder=move || state.t(Msg::SearchContacts)
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    if let Some(element) = list.get_untracked() {
                        element.set_scroll_top(0);
                    }
                    scroll_top.set(0.0);
                }/>
            <p class="muted" role="status" data-testid="contact-count">{count_text}</p>
        </div>
        <p class="card empty-state" data-testid="no-contacts">{empty_text}</p>
        <div class="contact-list" node_ref=list on:scroll=move |_| measure() tabindex="0"
            role="list" aria-label=move || state.t(Msg::ContactListLabel)>
            <div class="contact-list__spacer" style:height=move || format!("{}px", matches.with(Vec::len) as f64 * ROW_HEIGHT)>
                <For each=visible_rows key=|(position, row)| (*position, row.id) let((position, row))>
                    <div class="contact-row" role="listitem" data-row=position
                        style:transform=format!("translateY({}px)", position as f64 * ROW_HEIGHT)>
                        <a class="contact-row__link" href=format!("/contacts/{}", row.id)>
                            <span class="contact-row__name">{row.name.clone()}</span>
                            <span class="contact-row__detail">
                                {row.detail.clone()}
                                {row.roles.iter().map(|&role| view! {
                                    <span class="badge">{move || state.t(role_label(role))}</span>
                                }).collect_view()}
                            </span>
                        </a>
                    </div>
                </For>
            </div>
        </div>
    }
}
