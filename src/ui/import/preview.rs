//! The preview of an import: counts, the first entries as they will be stored, the
//! likely duplicates with their reasons, and every error and note with its place.

use crate::app::contact_import;
use crate::app::open_store::store;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::import_plan::{ImportPlan, Outcome};
use crate::domain::locale::phone;
use crate::io::contact_file::{Format, Leftover, RowProblem};
use crate::ui::app_state::{AppState, tr};
use crate::ui::import::import_messages;
use crate::ui::messages::{Counted, Msg};
use crate::ui::stat_tile::{TileLabel, stat_tile};
use leptos::prelude::*;

/// Rows listed at most, so that a file full of errors does not fill the page.
const LISTED: usize = 200;
const SAMPLE: usize = 5;

fn stored_line(contact: &Contact) -> String {
    let phones = contact.phones.iter().map(|p| phone::display(&p.value));
    let emails = contact.emails.iter().map(|e| e.value.clone());
    let city = contact.address.iter().map(|a| a.city.clone());
    let tags = contact.tags.iter().map(|t| format!("#{t}"));
    let details: Vec<String> = phones
        .chain(emails)
        .chain(city)
        .chain(tags)
        .filter(|d| !d.is_empty())
        .collect();
    details.join(" · ")
}

/// `unreadable` are the rows the file itself could not give (cut-off cards);
/// `leftovers` the columns and properties no field holds.
pub fn preview(
    state: AppState,
    format: Option<Format>,
    plan: &ImportPlan,
    unreadable: &[(usize, RowProblem)],
    leftovers: &[Leftover],
) -> AnyView {
    let lang = state.lang.get();
    let counts = plan.counts();
    let place = |line| import_messages::place(state, format, line);
    let name_of = |id| contact_import::name_of(&*store(), plan, id);
    let sample = plan
        .rows
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::New | Outcome::Update { .. }))
        .filter_map(|r| r.contact.as_ref())
        .take(SAMPLE)
        .map(|c| view! { <li><strong>{c.display_name()}</strong><span class="muted">{stored_line(c)}</span></li> })
        .collect_view();
    let duplicates: Vec<String> = plan
        .rows
        .iter()
        .filter_map(|row| match &row.outcome {
            Outcome::Duplicate { of, reasons } => Some(
                state.t_with(
                    Msg::ImportDuplicateRow,
                    &[
                        &place(row.line),
                        &row.contact
                            .as_ref()
                            .map(Contact::display_name)
                            .unwrap_or_default(),
                        &name_of(*of),
                        &import_messages::reasons(state, reasons),
                    ],
                ),
            ),
            _ => None,
        })
        .take(LISTED)
        .collect();
    let mut problems: Vec<String> = unreadable
        .iter()
        .map(|(line, problem)| import_messages::row_problem(state, &place(*line), problem))
        .collect();
    for row in &plan.rows {
        for error in &row.problems {
            problems.push(import_messages::field_problem(
                state,
                &place(row.line),
                error,
                row.contact.is_some(),
            ));
        }
    }
    for row in &plan.rows {
        if row.outcome == Outcome::DeletedBefore {
            let name = row
                .contact
                .as_ref()
                .map(Contact::display_name)
                .unwrap_or_default();
            problems.push(state.t_with(Msg::ImportDeletedBefore, &[&place(row.line), &name]));
        }
    }
    problems.truncate(LISTED);
    let kept: Vec<String> = leftovers
        .iter()
        .map(|l| import_messages::leftover(state, l))
        .collect();
    let list = |items: Vec<String>, id: &'static str| {
        view! { <ul class="import-list" data-testid=id>{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }
    };
    view! {
        <section class="card" data-testid="import-preview">
            <h2>{tr(Msg::ImportPreview)}</h2>
            <div class="stats">
                {stat_tile("new", TileLabel::Counted(Counted::TileNewContacts), move || counts.new, lang.format_integer(counts.new as i64))}
                {stat_tile("updated", TileLabel::Counted(Counted::TileUpdated), move || counts.updated, lang.format_integer(counts.updated as i64))}
                {stat_tile("unchanged", TileLabel::Plain(Msg::ImportUnchanged), || 0, lang.format_integer(counts.unchanged as i64))}
                {stat_tile("duplicates", TileLabel::Counted(Counted::TileDuplicates), move || counts.duplicates, lang.format_integer(counts.duplicates as i64))}
                {stat_tile("invalid", TileLabel::Plain(Msg::ImportInvalid), || 0, lang.format_integer((counts.invalid + unreadable.len()) as i64))}
                {(counts.deleted_before > 0).then(|| stat_tile("deleted-before", TileLabel::Plain(Msg::ImportDeletedBeforeTile), || 0, lang.format_integer(counts.deleted_before as i64)))}
            </div>
            <h3>{tr(Msg::ImportSample)}</h3>
            <ul class="import-list import-list--sample" data-testid="import-sample">{sample}</ul>
            {(!duplicates.is_empty()).then(|| view! { <h3>{tr(Msg::ImportDuplicates)}</h3> {list(duplicates, "import-duplicates")} })}
            {(!kept.is_empty()).then(|| view! { <h3>{tr(Msg::ImportLeftovers)}</h3> {list(kept, "import-leftovers")} })}
            {(!problems.is_empty()).then(|| view! { <h3>{tr(Msg::ImportProblems)}</h3> {list(problems, "import-problems")} })}
        </section>
    }
    .into_any()
}
