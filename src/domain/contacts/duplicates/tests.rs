use super::*;
use crate::domain::contacts::contact::{Address, Labeled};
use chrono::Utc;

fn person(given: &str, family: &str, city: &str) -> Contact {
    let mut c = Contact::new(given, family, Utc::now());
    if !city.is_empty() {
        c.address = Some(Address {
            city: city.into(),
            ..Address::default()
        });
    }
    c
}

fn pair_of(pairs: &[DuplicatePair], a: &Contact, b: &Contact) -> Option<Vec<Reason>> {
    pairs
        .iter()
        .find(|p| {
            (p.first, p.second) == (a.meta.id, b.meta.id)
                || (p.first, p.second) == (b.meta.id, a.meta.id)
        })
        .map(|p| p.reasons.clone())
}

#[test]
fn names_nearly_the_same_in_the_same_town() {
    let mueller = person("Anna", "Mueller", "Köln");
    let mueller_umlaut = person("Anna", "Müller", "Koeln ");
    let swapped = person("Müller", "Anna", "Köln");
    let typo = person("Christina", "Schmitt", "Bonn");
    let typo_other = person("Christina", "Schmidt", "Bonn");
    let elsewhere = person("Christina", "Schmidt", "Berlin");
    let sister = person("Anne", "Lutz", "Bonn");
    let sister_other = person("Anna", "Lutz", "Bonn");
    let all = [
        &mueller,
        &mueller_umlaut,
        &swapped,
        &typo,
        &typo_other,
        &elsewhere,
        &sister,
        &sister_other,
    ];
    let pairs = find_duplicates(all);
    assert!(
        pair_of(&pairs, &mueller, &swapped).is_some(),
        "first and last name swapped"
    );
    assert!(
        pair_of(&pairs, &typo, &typo_other).is_some(),
        "one letter in a long name"
    );
    assert!(
        pair_of(&pairs, &typo_other, &elsewhere).is_none(),
        "another town"
    );
    assert!(
        pair_of(&pairs, &sister, &sister_other).is_none(),
        "short names need to match exactly"
    );
    // "Koeln " and "Köln" are different town keys after folding (oe vs o): the umlaut
    // spelling of the *town* is not guessed, only of the name.
    assert!(pair_of(&pairs, &mueller, &mueller_umlaut).is_none());
    let in_same_town = person("Anna", "Müller", "köln");
    let pairs = find_duplicates([&mueller, &in_same_town]);
    assert_eq!(
        pair_of(&pairs, &mueller, &in_same_town),
        Some(vec![Reason::SimilarName {
            town: "Köln".into()
        }])
    );
}

#[test]
fn the_same_phone_or_email_anywhere() {
    let mut a = person("Anna", "Bauer", "");
    a.phones.push(Labeled {
        label: "mobil".into(),
        value: "+491711234567".into(),
    });
    a.emails.push(Labeled {
        label: String::new(),
        value: "Anna@Example.de".into(),
    });
    let mut b = person("A.", "B.", "");
    b.phones = a.phones.clone();
    let mut c = person("Annika", "Berg", "");
    c.emails.push(Labeled {
        label: String::new(),
        value: "anna@example.de".into(),
    });
    let mut gone = person("Anna", "Bauer", "");
    gone.phones = a.phones.clone();
    gone.meta.mark_deleted(Utc::now());
    let pairs = find_duplicates([&a, &b, &c, &gone]);
    assert_eq!(
        pair_of(&pairs, &a, &b),
        Some(vec![Reason::SamePhone("+491711234567".into())])
    );
    assert_eq!(
        pair_of(&pairs, &a, &c),
        Some(vec![Reason::SameEmail("anna@example.de".into())])
    );
    assert!(
        pair_of(&pairs, &a, &gone).is_none(),
        "deleted contacts are not offered"
    );
    assert_eq!(pairs.len(), 2);
}

#[test]
fn edit_distance_with_swaps() {
    assert!(within_edits("schmidt", "schmitt", 1));
    assert!(
        within_edits("anna mueller", "anna muelelr", 1),
        "swapped neighbours"
    );
    assert!(!within_edits("anna mueller", "anna meier", 1));
    assert!(within_edits("", "ab", 2));
    assert!(!within_edits("abc", "abcdef", 2));
}

#[test]
fn on_sample_data_every_pair_is_justified_and_no_exact_match_is_missed() {
    use crate::domain::sample::{Owner, SampleSize, generate};
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let contacts = generate(9, SampleSize::DEMO, today, &Owner { name: "Anna" })
        .data
        .contacts;
    let by_id: HashMap<Uuid, &Contact> = contacts.iter().map(|c| (c.meta.id, c)).collect();
    let pairs = find_duplicates(&contacts);
    let town = |c: &Contact| {
        c.address
            .as_ref()
            .map(|a| fold(&a.city))
            .unwrap_or_default()
    };
    for pair in &pairs {
        let (a, b) = (by_id[&pair.first], by_id[&pair.second]);
        for reason in &pair.reasons {
            match reason {
                Reason::SamePhone(v) => {
                    assert!(
                        a.phones.iter().any(|p| &p.value == v)
                            && b.phones.iter().any(|p| &p.value == v)
                    )
                }
                Reason::SameEmail(v) => assert!(
                    a.emails.iter().any(|e| &e.value.to_lowercase() == v)
                        && b.emails.iter().any(|e| &e.value.to_lowercase() == v)
                ),
                Reason::SimilarName { .. } => {
                    assert_eq!(town(a), town(b));
                    let (ka, kb) = (name_key(a), name_key(b));
                    assert!(ka == kb || within_edits(&ka, &kb, 2), "{ka} / {kb}");
                }
            }
        }
    }
    let keys: Vec<(String, String)> = contacts.iter().map(|c| (town(c), name_key(c))).collect();
    for (i, a) in contacts.iter().enumerate() {
        for (j, b) in contacts.iter().enumerate().skip(i + 1) {
            let same_name_and_town = !keys[i].0.is_empty() && keys[i] == keys[j];
            let same_phone = a
                .phones
                .iter()
                .any(|p| b.phones.iter().any(|q| q.value == p.value));
            if same_name_and_town || same_phone {
                assert!(
                    pair_of(&pairs, a, b).is_some(),
                    "{} / {}",
                    a.display_name(),
                    b.display_name()
                );
            }
        }
    }
}

/// Only pairs with a wanted contact are looked for (an import's rows), the others not.
#[test]
fn only_pairs_with_a_wanted_contact_are_found() {
    let stored_a = person("Christina", "Schmitt", "Bonn");
    let stored_b = person("Christina", "Schmidt", "Bonn");
    let new = person("Christina", "Schmidt", "Bonn");
    let all = [&stored_a, &stored_b, &new];
    let every = find_duplicates(all);
    assert!(pair_of(&every, &stored_a, &stored_b).is_some());
    let found = unpaced(find_duplicates_paced(
        all,
        |c| c.meta.id == new.meta.id,
        &mut Unpaced,
    ));
    assert_eq!(found.len(), 2);
    assert!(pair_of(&found, &new, &stored_a).is_some());
    assert!(pair_of(&found, &new, &stored_b).is_some());
}
