//! What the import page says about a file, a row and a likely duplicate, in the user's
//! language, always naming the place: file, line or card, and field.

use crate::domain::contacts::draft::{Field, FieldError};
use crate::domain::contacts::duplicates::Reason;
use crate::io::contact_file::{
    FileProblem, Format, Leftover, LeftoverFate, LeftoverFrom, NotTextKind, RowProblem,
};
use crate::ui::app_state::AppState;
use crate::ui::messages::{Counted, Msg};
use crate::ui::value_names;
use leptos::prelude::*;

pub fn file_problem(state: AppState, file_name: &str, problem: &FileProblem) -> String {
    match problem {
        FileProblem::Empty => state.t_with(Msg::FileEmpty, &[file_name]),
        FileProblem::TooLarge { bytes } => {
            let megabytes = (*bytes).div_ceil(1024 * 1024) as i64;
            let size = state.lang.get().format_integer(megabytes);
            state.t_with(Msg::FileTooLarge, &[file_name, &size])
        }
        FileProblem::NotText(kind) => {
            let msg = match kind {
                NotTextKind::Picture => Msg::FileIsPicture,
                NotTextKind::Pdf => Msg::FileIsPdf,
                NotTextKind::Archive => Msg::FileIsArchive,
                NotTextKind::OtherEncoding => Msg::FileOtherEncoding,
                NotTextKind::Unknown => Msg::FileNotText,
            };
            state.t_with(msg, &[file_name])
        }
        FileProblem::LineTooLong { line } => {
            state.t_with(Msg::FileLineTooLong, &[file_name, &line.to_string()])
        }
        FileProblem::NotContacts => state.t_with(Msg::FileNotContacts, &[file_name]),
        FileProblem::CsvUnreadable { line } => {
            state.t_with(Msg::FileCsvUnreadable, &[file_name, &line.to_string()])
        }
    }
}

/// Where a row is: a CSV line, the first line of a card, or the n-th picked contact.
pub fn place(state: AppState, format: Option<Format>, line: usize) -> String {
    let msg = match format {
        Some(Format::Csv) => Msg::PlaceLine,
        Some(Format::Vcard) => Msg::PlaceCard,
        None => Msg::PlacePicked,
    };
    state.t_with(msg, &[&line.to_string()])
}

pub fn row_problem(state: AppState, place: &str, problem: &RowProblem) -> String {
    let text = match problem {
        RowProblem::Truncated => state.t(Msg::RowTruncated).to_owned(),
        RowProblem::Unreadable { line, charset } => {
            state.t_with(Msg::RowUnreadable, &[&line.to_string(), charset])
        }
    };
    format!("{place}: {text}")
}

fn field_name(state: AppState, field: Field) -> String {
    match field {
        Field::Name => state.t(Msg::NameLegend).to_owned(),
        Field::Phone(i) => state.t_with(Msg::FieldPhoneNumber, &[&(i + 1).to_string()]),
        Field::Email(i) => state.t_with(Msg::FieldEmailNumber, &[&(i + 1).to_string()]),
        Field::Birthday => state.t(Msg::BirthdayLabel).to_owned(),
        Field::ReferredBy | Field::StayInTouchDays | Field::ReorderAfterDays => {
            state.t(Msg::NotesLabel).to_owned()
        }
    }
}

/// A field problem of a row: refused rows say why; imported rows say where the value
/// went.
pub fn field_problem(state: AppState, place: &str, error: &FieldError, imported: bool) -> String {
    let (msg, arg) = value_names::problem(&error.problem);
    let problem = state.t_with(msg, &[&arg]);
    let field = field_name(state, error.field);
    let frame = if imported {
        Msg::RowKeptInNotes
    } else {
        Msg::RowProblem
    };
    state.t_with(frame, &[place, &field, &problem])
}

/// Where values went that no field holds: "Spalte „Web Page 1“ hat kein eigenes Feld –
/// 2 Werte stehen in den Notizen."
pub fn leftover(state: AppState, leftover: &Leftover) -> String {
    let (name, counted) = match (&leftover.from, leftover.fate) {
        (LeftoverFrom::Column(name), LeftoverFate::InNotes) => (name, Counted::ColumnInNotes),
        (LeftoverFrom::Column(name), LeftoverFate::LeftOut) => (name, Counted::ColumnLeftOut),
        (LeftoverFrom::Column(name), _) => (name, Counted::ColumnRepeats),
        (LeftoverFrom::Property(name), LeftoverFate::InNotes) => (name, Counted::PropertyInNotes),
        (LeftoverFrom::Property(name), LeftoverFate::NotKept) => (name, Counted::PropertyNotKept),
        (LeftoverFrom::Property(name), _) => (name, Counted::PropertyRepeats),
    };
    state.count_with(counted, leftover.values, &[name])
}

pub fn reasons(state: AppState, reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(|reason| match reason {
            Reason::SamePhone(_) => state.t(Msg::ReasonSamePhone).to_owned(),
            Reason::SameEmail(_) => state.t(Msg::ReasonSameEmail).to_owned(),
            Reason::SimilarName { town } => state.t_with(Msg::ReasonSimilarName, &[town]),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
