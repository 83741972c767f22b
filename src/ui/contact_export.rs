//! Exporting contacts: a section of the contact list that loads its form (and the file
//! writers) the first time it is opened.

use crate::domain::contacts::directory::ContactDirectory;
use crate::ui::app_state::tr;
use crate::ui::lazy_pages::lazy_view;
use crate::ui::lazy_work;
use crate::ui::messages::Msg;
use leptos::prelude::*;

/// `matches` are the directory rows the list shows now.
#[component]
pub fn ContactExport(
    directory: Memo<ContactDirectory>,
    matches: Memo<Vec<usize>>,
) -> impl IntoView {
    // Once opened, the form stays, so a second opening keeps the choices made. The
    // signal is set once only: setting it again would make the form anew.
    let opened = RwSignal::new(false);
    let open_once = move |_| {
        if !opened.get_untracked() {
            opened.set(true);
        }
    };
    view! {
        <details class="filters" data-testid="export" on:toggle=open_once>
            <summary>{tr(Msg::ExportTitle)}</summary>
            {move || opened.get().then(|| lazy_view(lazy_work::export_form(directory, matches)))}
        </details>
    }
}
