//! A contact the phone's own contact picker hands over (the Contact Picker API gives
//! lists of names, numbers and addresses), as the draft every import uses.

use crate::domain::contacts::draft::{ContactDraft, LabeledDraft};

pub fn picked_draft(names: &[String], phones: &[String], emails: &[String]) -> ContactDraft {
    let unlabeled = |values: &[String]| {
        values
            .iter()
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .map(|value| LabeledDraft {
                label: String::new(),
                value: value.to_owned(),
            })
            .collect()
    };
    let name = names
        .iter()
        .map(|n| n.trim())
        .find(|n| !n.is_empty())
        .unwrap_or("");
    let (given_name, family_name) = match name.rsplit_once(' ') {
        Some((given, family)) => (given.trim().to_owned(), family.trim().to_owned()),
        None => (name.to_owned(), String::new()),
    };
    ContactDraft {
        given_name,
        family_name,
        phones: unlabeled(phones),
        emails: unlabeled(emails),
        ..ContactDraft::default()
    }
    .named_by_details()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picked_contact_is_split_into_names_and_details() {
        let draft = picked_draft(
            &["Jürgen Müller-Lüdenscheidt".into()],
            &["0171 2345678".into(), " ".into()],
            &["jm@example.de".into()],
        );
        assert_eq!(
            (draft.given_name.as_str(), draft.family_name.as_str()),
            ("Jürgen", "Müller-Lüdenscheidt")
        );
        assert_eq!(draft.phones.len(), 1);
        assert_eq!(draft.emails[0].value, "jm@example.de");
        let unnamed = picked_draft(&[], &["0171 2345678".into()], &[]);
        assert_eq!(unnamed.given_name, "0171 2345678");
        let email_only = picked_draft(&[], &[], &["x@example.de".into()]);
        assert_eq!(email_only.given_name, "x@example.de");
    }
}
