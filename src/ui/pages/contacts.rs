//! The contact list: searchable as you type, filtered by role, tag and consent, sorted by
//! name, last contact or next follow-up, and virtualised so that only the rows on screen
//! are in the page, whatever the number of contacts.

use crate::app::contacts;
use crate::app::open_store::store;
use crate::domain::contacts::directory::ContactDirectory;
use crate::ui::app_state::{ContactListChoice, app_state, tr};
use crate::ui::contact_export::ContactExport;
use crate::ui::contact_list::contact_rows::ContactRows;
use crate::ui::contact_list::list_filters::ListFilters;
use crate::ui::messages::{Counted, Msg};
use crate::ui::virtual_window::VirtualWindow;
use leptos::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Row height in pixels; rows are positioned by index, so it is fixed.
const ROW_HEIGHT: i32 = 64;

#[component]
pub fn ContactsPage() -> impl IntoView {
    let state = app_state();
    let choice = state.contact_list;
    let all_read = state.all_read;
    // The list shows first; its search texts are folded once start-up has read every
    // record, or at once when the rep types before that.
    let searchable =
        Memo::new(move |_| all_read.get() || choice.with(|c| !c.query.trim().is_empty()));
    // The revision the list was last built at, plus one (0: never).
    let built_at = Arc::new(AtomicU64::new(0));
    let directory = Memo::new(move |previous: Option<&ContactDirectory>| {
        let revision = state.revision.get();
        let all_read = all_read.get();
        let store = store();
        let (mut directory, kept) = match previous {
            Some(previous) if built_at.load(Ordering::Relaxed) == revision + 1 => {
                (previous.clone(), true)
            }
            _ => {
                built_at.store(revision + 1, Ordering::Relaxed);
                (contacts::directory(&*store), false)
            }
        };
        if searchable.get() && !directory.is_searchable() {
            directory = contacts::with_search_texts(&*store, directory);
        }
        if kept && all_read {
            // The interactions came in after the list was built.
            directory = contacts::with_last_contacts(&*store, directory);
        }
        directory
    });
    let matches = Memo::new(move |_| {
        choice.with(|c| directory.with(|d| d.find(&c.query, &c.filter, c.sort)))
    });
    let tags = Memo::new(move |_| directory.with(ContactDirectory::tags));
    let window = VirtualWindow::new(ROW_HEIGHT);
    let to_top = move || window.scroll_to(0);

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
    let set_choice = move |f: &dyn Fn(&mut ContactListChoice)| {
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
            <ListFilters choice=choice tags=tags change=set_choice/>
            <ContactExport directory=directory matches=matches/>
            <p class="muted" role="status" data-testid="contact-count">{count_text}</p>
        </div>
        <p class="card empty-state" data-testid="no-contacts">{empty_text}</p>
        <ContactRows directory=directory matches=matches choice=choice window=window/>
    }
}
