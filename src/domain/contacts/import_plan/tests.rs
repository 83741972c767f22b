use super::*;
use crate::domain::consent::ledger::{Channel, ConsentChange, ConsentMethod, ConsentState};
use crate::domain::contacts::draft::{LabeledDraft, Problem};
use crate::domain::locale::phone::PhoneError;
use chrono::TimeZone;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap()
}

fn draft(given: &str, family: &str, phone: &str, email: &str, city: &str) -> ContactDraft {
    let entry = |value: &str| {
        (!value.is_empty())
            .then(|| LabeledDraft {
                label: "mobil".into(),
                value: value.into(),
            })
            .into_iter()
            .collect()
    };
    ContactDraft {
        given_name: given.into(),
        family_name: family.into(),
        phones: entry(phone),
        emails: entry(email),
        city: city.into(),
        ..ContactDraft::default()
    }
}

/// The rows as the import reads them from a file with a header line.
fn incoming<'a>(
    rows: &'a [(Option<&'a str>, ContactDraft)],
) -> impl Iterator<Item = IncomingRow<'a>> {
    rows.iter()
        .enumerate()
        .map(|(i, (uid, draft))| IncomingRow {
            line: i + 2,
            uid: *uid,
            draft,
        })
}

fn plan(
    stored: &[Contact],
    rows: &[(Option<&str>, ContactDraft)],
    batch: &BatchChoice,
) -> ImportPlan {
    let stored: Vec<&Contact> = stored.iter().collect();
    plan_import(&stored, incoming(rows), batch, "49", now())
}

/// Stores what a plan writes, as the app does.
fn apply(stored: &mut Vec<Contact>, plan: &ImportPlan) {
    for contact in plan.contacts_to_write(DuplicateChoice::Skip) {
        match stored.iter_mut().find(|c| c.meta.id == contact.meta.id) {
            Some(existing) => *existing = contact,
            None => stored.push(contact),
        }
    }
}

fn counts(
    new: usize,
    updated: usize,
    unchanged: usize,
    duplicates: usize,
    invalid: usize,
) -> ImportCounts {
    ImportCounts {
        new,
        updated,
        unchanged,
        duplicates,
        invalid,
        deleted_before: 0,
    }
}

fn file() -> Vec<(Option<&'static str>, ContactDraft)> {
    vec![
        (
            Some("urn:uuid:6f1c2b8e-3f57-4a8e-9b1d-2c5e7a9f0b11"),
            draft("Jürgen", "Müller", "0171 2345678", "jm@example.de", "Köln"),
        ),
        (
            Some("ABC-123@example.com"),
            draft("Anna", "Lutz", "", "anna@example.de", "Bonn"),
        ),
        (None, draft("Ben", "Meier", "+43 664 1234567", "", "Wien")),
        (None, draft("Carla", "Roth", "", "", "")),
    ]
}

#[test]
fn new_contacts_get_the_batch_roles_and_tags_and_no_consent() {
    let batch = BatchChoice {
        roles: vec![Role::Customer],
        tags: vec!["Messe 2026".into()],
        source: "kontakte.vcf".into(),
    };
    let planned = plan(&[], &file(), &batch);
    assert_eq!(planned.counts(), counts(4, 0, 0, 0, 0));
    for contact in planned.contacts_to_write(DuplicateChoice::Skip) {
        assert_eq!(contact.roles, [Role::Customer]);
        assert_eq!(contact.tags, ["Messe 2026"]);
        assert_eq!(contact.source.as_deref(), Some("kontakte.vcf"));
        for channel in Channel::ALL {
            assert_eq!(contact.consent.state(channel), ConsentState::Unknown);
        }
    }
    let jurgen = planned.rows[0].contact.as_ref().unwrap();
    assert_eq!(
        jurgen.meta.id.to_string(),
        "6f1c2b8e-3f57-4a8e-9b1d-2c5e7a9f0b11"
    );
    assert_eq!(jurgen.phones[0].value, "+491712345678");
}

#[test]
fn importing_the_same_file_twice_adds_nothing() {
    let batch = BatchChoice {
        roles: vec![Role::Prospect],
        tags: vec!["Import".into()],
        source: "a.csv".into(),
    };
    let mut stored = Vec::new();
    let first = plan(&stored, &file(), &batch);
    apply(&mut stored, &first);
    assert_eq!(stored.len(), 4);
    let again = plan(&stored, &file(), &batch);
    assert_eq!(again.counts(), counts(0, 0, 4, 0, 0));
    assert!(
        again
            .contacts_to_write(DuplicateChoice::AddAsNew)
            .is_empty()
    );
}

#[test]
fn an_updated_file_updates_the_contacts_it_matches_and_keeps_the_rest() {
    let mut stored = Vec::new();
    let first = plan(&stored, &file(), &BatchChoice::default());
    apply(&mut stored, &first);
    // Things done in Teamline since the first import.
    let jurgen = &mut stored[0];
    jurgen.consent.record(ConsentChange {
        channel: Channel::Email,
        state: ConsentState::Granted,
        at: now(),
        method: ConsentMethod::Written,
        proof: "Formular".into(),
    });
    jurgen.roles.push(Role::Customer);
    let jurgen_id = jurgen.meta.id;

    let mut newer = file();
    newer[0].1.city = "Düsseldorf".into();
    newer[0].1.phones.push(LabeledDraft {
        label: "privat".into(),
        value: "0211 123456".into(),
    });
    // No UID: Ben is recognised by his name and phone number.
    newer[2].1.emails.push(LabeledDraft {
        label: String::new(),
        value: "ben@example.at".into(),
    });
    let update = plan(&stored, &newer, &BatchChoice::default());
    assert_eq!(update.counts(), counts(0, 2, 2, 0, 0));
    assert_eq!(
        update.rows[0].outcome,
        Outcome::Update {
            existing: jurgen_id
        }
    );
    apply(&mut stored, &update);
    assert_eq!(stored.len(), 4);
    let jurgen = stored.iter().find(|c| c.meta.id == jurgen_id).unwrap();
    assert_eq!(jurgen.address.as_ref().unwrap().city, "Düsseldorf");
    assert_eq!(
        jurgen
            .phones
            .iter()
            .map(|p| p.value.as_str())
            .collect::<Vec<_>>(),
        ["+491712345678", "+49211123456"]
    );
    assert_eq!(jurgen.consent.state(Channel::Email), ConsentState::Granted);
    assert!(jurgen.has_role(Role::Customer));
    assert_eq!(stored[2].emails[0].value, "ben@example.at");
}

/// The address book after importing Anna Mueller of Köln.
fn anna_mueller_imported() -> Vec<Contact> {
    let mut stored = Vec::new();
    let first = plan(
        &stored,
        &[(None, draft("Anna", "Mueller", "0171 9999999", "", "Köln"))],
        &BatchChoice::default(),
    );
    apply(&mut stored, &first);
    stored
}

#[test]
fn likely_duplicates_of_stored_contacts_and_within_the_file_are_held_back() {
    let mut stored = anna_mueller_imported();
    let rows = [
        // Same phone, other spelling of the name: not the same name, so not an update.
        (None, draft("Anna", "Müller", "+49 171 9999999", "", "Köln")),
        (None, draft("Dieter", "Schwarz", "", "d@example.de", "")),
        (
            None,
            draft("Dieter", "Schwarz", "", "D@Example.de", "Essen"),
        ),
    ];
    let planned = plan(&stored, &rows, &BatchChoice::default());
    assert_eq!(planned.counts(), counts(1, 0, 0, 2, 0));
    assert!(matches!(
        &planned.rows[0].outcome,
        Outcome::Duplicate { of, reasons }
            if *of == stored[0].meta.id && reasons.contains(&Reason::SamePhone("+491719999999".into()))
    ));
    let dieter = planned.rows[1].contact.as_ref().unwrap().meta.id;
    assert!(matches!(&planned.rows[2].outcome, Outcome::Duplicate { of, .. } if *of == dieter));
    assert_eq!(planned.contacts_to_write(DuplicateChoice::Skip).len(), 1);
    assert_eq!(
        planned.contacts_to_write(DuplicateChoice::AddAsNew).len(),
        3
    );

    // Imported again, Dieter's second row is still a duplicate, not an update.
    apply(&mut stored, &planned);
    let again = plan(&stored, &rows, &BatchChoice::default());
    assert_eq!(again.counts(), counts(0, 0, 1, 2, 0));
    assert!(matches!(&again.rows[2].outcome, Outcome::Duplicate { of, .. } if *of == dieter));
}

#[test]
fn a_row_without_a_name_is_refused_and_a_wrong_number_is_kept_in_the_notes() {
    let rows = [
        (None, draft("", "", "", "", "Köln")),
        (None, draft("Eva", "Kurz", "12345", "eva@", "")),
    ];
    let planned = plan(&[], &rows, &BatchChoice::default());
    assert_eq!(planned.counts(), counts(1, 0, 0, 0, 1));
    assert_eq!(planned.rows[0].outcome, Outcome::Invalid);
    assert_eq!(planned.rows[0].problems[0].field, Field::Name);
    let eva = &planned.rows[1];
    assert_eq!(
        eva.problems.iter().map(|p| p.field).collect::<Vec<_>>(),
        [Field::Phone(0), Field::Email(0)]
    );
    assert_eq!(
        eva.problems[0].problem,
        Problem::Phone(PhoneError::MissingAreaCode)
    );
    let contact = eva.contact.as_ref().unwrap();
    assert!(contact.phones.is_empty() && contact.emails.is_empty());
    assert_eq!(contact.notes, "mobil: 12345\nmobil: eva@");
}

#[test]
fn ids_from_uids_are_stable() {
    let apple = "0A8D1B6E-2C53-4F5E-8C43-1F2D3E4F5A6B";
    assert_eq!(id_from_uid(apple).to_string(), apple.to_lowercase());
    assert_eq!(id_from_uid("x@example.com"), id_from_uid("x@example.com"));
    assert_ne!(id_from_uid("x@example.com"), id_from_uid("y@example.com"));
    assert_eq!(id_from_uid("x@example.com").get_version_num(), 8);
}

#[test]
fn the_same_card_twice_in_one_file_is_one_contact() {
    let card = draft("Jürgen", "Müller", "0171 2345678", "", "Köln");
    let rows = [(Some("same-uid"), card.clone()), (Some("same-uid"), card)];
    let planned = plan(&[], &rows, &BatchChoice::default());
    assert_eq!(planned.counts(), counts(1, 0, 0, 1, 0));
    // One id is one contact, whatever is chosen for duplicates.
    assert_eq!(
        planned.contacts_to_write(DuplicateChoice::AddAsNew).len(),
        1
    );
}

#[test]
fn likely_duplicates_can_be_joined_into_the_contact_they_look_like() {
    let stored = anna_mueller_imported();
    let anna = stored[0].meta.id;
    let rows = [
        (
            None,
            draft("Anna", "Müller", "+49 171 9999999", "anna@neu.de", "Köln"),
        ),
        (
            None,
            draft("A.", "Müller", "0171 9999999", "anna@arbeit.de", ""),
        ),
    ];
    let planned = plan(&stored, &rows, &BatchChoice::default());
    assert_eq!(planned.counts(), counts(0, 0, 0, 2, 0));
    let written = planned.contacts_to_write(DuplicateChoice::Join);
    assert_eq!(written.len(), 1, "both rows go into the stored contact");
    let joined = &written[0];
    assert_eq!(joined.meta.id, anna);
    assert_eq!(
        joined.display_name(),
        "Anna Mueller",
        "what is stored stays"
    );
    assert_eq!(
        joined
            .emails
            .iter()
            .map(|e| e.value.as_str())
            .collect::<Vec<_>>(),
        ["anna@neu.de", "anna@arbeit.de"]
    );
    assert_eq!(joined.phones.len(), 1);
}

/// What importing `rows` into `stored` twice adds the second time, whatever the user
/// chose for likely duplicates the first time.
fn added_by_a_second_import(
    rows: &[(Option<&str>, ContactDraft)],
    choice: DuplicateChoice,
) -> usize {
    let mut stored: Vec<Contact> = Vec::new();
    let first = plan(&stored, rows, &BatchChoice::default());
    for contact in first.contacts_to_write(choice) {
        stored.push(contact);
    }
    let before = stored.len();
    let second = plan(&stored, rows, &BatchChoice::default());
    for contact in second.contacts_to_write(choice) {
        if !stored.iter().any(|c| c.meta.id == contact.meta.id) {
            stored.push(contact);
        }
    }
    stored.len() - before
}

#[test]
fn the_same_file_twice_adds_nothing_whatever_its_cards_hold() {
    let only_names = vec![
        (None, draft("Anna", "Lutz", "", "", "")),
        (None, draft("Ben", "", "", "", "")),
    ];
    let same_names = vec![
        (None, draft("Kim", "Park", "", "", "")),
        (None, draft("Kim", "Park", "", "", "")),
        (None, draft("Kim", "Park", "", "", "Köln")),
    ];
    let bad_emails = vec![
        (None, draft("", "", "", "anna@", "")),
        (None, draft("Cem", "Kaya", "", "cem(at)example", "")),
    ];
    for (what, rows) in [
        ("names only", &only_names),
        ("same names", &same_names),
        ("wrong emails", &bad_emails),
    ] {
        for choice in [
            DuplicateChoice::Skip,
            DuplicateChoice::Join,
            DuplicateChoice::AddAsNew,
        ] {
            assert_eq!(
                added_by_a_second_import(rows, choice),
                0,
                "{what}, {choice:?}"
            );
        }
    }
    // Added as new, the three Kim Parks stay three contacts: the same file again finds
    // each of them.
    let first = plan(&[], &same_names, &BatchChoice::default());
    assert_eq!(first.contacts_to_write(DuplicateChoice::AddAsNew).len(), 3);
}

#[test]
fn cards_with_different_uids_and_names_are_two_people_unless_they_share_a_detail() {
    let rows = vec![
        (Some("a-1"), draft("Anna", "Lutz", "", "", "Köln")),
        (Some("a-2"), draft("Anne", "Lutz", "", "", "Köln")),
        (
            Some("a-3"),
            draft("Ana", "Lutz", "0171 2345678", "", "Köln"),
        ),
        (
            Some("a-4"),
            draft("Hannah", "Lutz", "0171 2345678", "", "Köln"),
        ),
        // Without UIDs, a nearly equal name in the same town is still a likely duplicate.
        (None, draft("Jürgen", "Maier-Lüdenscheidt", "", "", "Bonn")),
        (None, draft("Jürgen", "Meier-Lüdenscheidt", "", "", "Bonn")),
    ];
    let planned = plan(&[], &rows, &BatchChoice::default());
    let outcomes: Vec<bool> = planned
        .rows
        .iter()
        .map(|r| matches!(r.outcome, Outcome::Duplicate { .. }))
        .collect();
    assert_eq!(outcomes, [false, false, false, true, false, true]);
    let Outcome::Duplicate { reasons, .. } = &planned.rows[3].outcome else {
        unreachable!()
    };
    assert_eq!(reasons, &[Reason::SamePhone("+491712345678".into())]);
}

#[test]
fn a_second_import_neither_undoes_edits_nor_brings_back_deleted_contacts() {
    let rows = vec![
        (None, draft("Anna", "Lutz", "0171 1111111", "", "Köln")),
        (None, draft("Ben", "Kurz", "0171 2222222", "", "Bonn")),
    ];
    let mut stored: Vec<Contact> = Vec::new();
    let first = plan(&stored, &rows, &BatchChoice::default());
    apply(&mut stored, &first);
    // The rep corrects Anna's name and deletes Ben.
    stored[0].family_name = "Lutz-Berg".into();
    stored[1].meta.mark_deleted(now());
    let again = plan(&stored, &rows, &BatchChoice::default());
    assert_eq!(
        again.rows[0].outcome,
        Outcome::Unchanged {
            existing: stored[0].meta.id
        }
    );
    assert_eq!(again.rows[1].outcome, Outcome::DeletedBefore);
    assert_eq!(again.counts().deleted_before, 1);
    assert!(
        again
            .contacts_to_write(DuplicateChoice::AddAsNew)
            .is_empty()
    );
}

/// Checking a long file tells the page how far it is after each row, and plans the same.
#[test]
fn checking_tells_how_far_it_is_and_plans_the_same() {
    use crate::domain::pace::{Recorded, unpaced};
    let rows = file();
    let mut recorded = Recorded::default();
    let paced = unpaced(plan_import_paced(
        &[],
        incoming(&rows),
        &BatchChoice::default(),
        "49",
        now(),
        &mut recorded,
    ));
    assert_eq!(paced, plan(&[], &rows, &BatchChoice::default()));
    let checked: Vec<(usize, usize)> = recorded
        .0
        .iter()
        .filter(|p| p.step == WorkStep::Checking)
        .map(|p| (p.done, p.total))
        .collect();
    let total = rows.len();
    let expected: Vec<_> = (0..=total).map(|done| (done, total)).collect();
    assert_eq!(checked, expected);
    // Then the search for duplicates, which ends complete.
    let last = recorded.0.last().unwrap();
    assert_eq!(last.step, WorkStep::Comparing);
    assert_eq!(last.done, last.total);
}

/// Counting what an import writes gives as many as making the contacts, for each choice.
#[test]
fn counting_what_is_written_agrees_with_making_it() {
    let stored = anna_mueller_imported();
    let rows = [
        (
            None,
            draft("Anna", "Müller", "+49 171 9999999", "anna@neu.de", "Köln"),
        ),
        (
            None,
            draft("A.", "Müller", "0171 9999999", "anna@arbeit.de", ""),
        ),
        (None, draft("Ben", "Kurz", "0171 5555555", "", "Bonn")),
        (None, draft("Ben", "Kurz", "0171 5555555", "", "Bonn")),
    ];
    let planned = plan(&stored, &rows, &BatchChoice::default());
    for choice in [
        DuplicateChoice::Skip,
        DuplicateChoice::Join,
        DuplicateChoice::AddAsNew,
    ] {
        assert_eq!(
            planned.count_to_write(choice),
            planned.contacts_to_write(choice).len(),
            "{choice:?}"
        );
    }
    assert_eq!(planned.count_to_write(DuplicateChoice::Join), 2);
}
