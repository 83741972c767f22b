//! The rows of the contact list that are on screen, each a link to the contact with the
//! date the sort order is about.

use crate::domain::contacts::directory::{ContactDirectory, DirectoryRow, SortOrder};
use crate::domain::locale::language::Language;
use crate::ui::app_state::{ContactListChoice, app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::messages::Msg;
use crate::ui::value_names;
use crate::ui::virtual_window::VirtualWindow;
use leptos::prelude::*;

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

/// `matches` holds the directory's row numbers in the order shown.
#[component]
pub fn ContactRows(
    directory: Memo<ContactDirectory>,
    matches: Memo<Vec<usize>>,
    choice: RwSignal<ContactListChoice>,
    window: VirtualWindow,
) -> impl IntoView {
    let state = app_state();
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
    view! {
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
