use super::*;
use crate::domain::contacts::contact::Address;
use crate::domain::contacts::draft::CheckContext;
use crate::domain::contacts::referral::Referrals;
use crate::domain::sample::rng::Rng;
use crate::io::vcard::contact::card_draft;
use crate::io::vcard::syntax::parse;
use crate::io::vcard::text::BuiltInCharsets;
use chrono::{NaiveDate, TimeZone, Utc};

const AWKWARD: &[&str] = &[
    "Jürgen",
    "Müller-Lüdenscheidt",
    "Zoë",
    "Straße",
    "😀 Emoji",
    "Komma, drin",
    "Semi;kolon",
    "Back\\slash",
    "Zeile eins\nZeile zwei",
    "Ünal Öztürk",
    "a:b",
    "Ⅻ",
    "Łódź",
    "\"Zitat\"",
    "Doppel  Leerzeichen",
    "Ende\\",
    "Tab\tdrin",
];
const LABELS: &[&str] = &[
    "mobil",
    "privat",
    "geschäftlich",
    "Fax",
    "",
    "Oma's Handy",
    "Büro, 2. Stock",
];

fn awkward(rng: &mut Rng) -> String {
    let words = 1 + rng.below(3);
    (0..words)
        .map(|_| *rng.pick(AWKWARD))
        .collect::<Vec<_>>()
        .join(" ")
        .trim()
        .to_owned()
}

fn generated(seed: u64) -> Contact {
    let mut rng = Rng::new(seed);
    let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
    let mut c = Contact::new(&awkward(&mut rng), &awkward(&mut rng), now);
    if rng.chance(0.1) {
        // An organisation's own card.
        c.given_name.clear();
        c.family_name.clear();
        c.company = awkward(&mut rng);
    }
    if rng.chance(0.4) {
        c.company = awkward(&mut rng);
        if rng.chance(0.5) {
            c.department = awkward(&mut rng);
        }
        c.job_title = awkward(&mut rng);
    }
    if rng.chance(0.3) {
        c.nickname = awkward(&mut rng);
    }
    for n in 0..rng.below(3) {
        let value = format!("+49171{:07}", seed * 10 + n as u64);
        let label = *rng.pick(LABELS);
        c.phones.push(Labeled {
            // As the form stores them: a mobile number without a label is "mobil".
            label: crate::domain::locale::phone::fitting_label(label, &value),
            value,
        });
    }
    for n in 0..rng.below(3) {
        c.emails.push(Labeled {
            label: rng.pick(LABELS).to_string(),
            value: format!("person{seed}.{n}@beispiel.de"),
        });
    }
    if rng.chance(0.7) {
        c.address = Some(Address {
            street: awkward(&mut rng),
            po_box: if rng.chance(0.3) {
                format!("{}", rng.below(9_999))
            } else {
                String::new()
            },
            postal_code: format!("{:05}", rng.below(99_999)),
            city: awkward(&mut rng),
            region: if rng.chance(0.3) {
                awkward(&mut rng)
            } else {
                String::new()
            },
            country: "DE".into(),
        });
    }
    if rng.chance(0.6) {
        // Some without a year, as phones keep them.
        let year = if rng.chance(0.2) {
            crate::domain::contacts::birthday::YEAR_UNKNOWN
        } else {
            1950 + rng.below(50) as i32
        };
        c.birthday =
            NaiveDate::from_ymd_opt(year, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32);
    }
    // As the form makes them: split at commas, trimmed, no repeats.
    let typed: Vec<String> = (0..rng.below(3)).map(|_| awkward(&mut rng)).collect();
    c.tags = crate::domain::contacts::draft::split_tags(&typed.join(","));
    if rng.chance(0.5) {
        c.notes = awkward(&mut rng);
    }
    c
}

/// What both sides of the round trip hold.
fn comparable(c: &Contact) -> String {
    format!(
        "{:?}",
        (
            &c.given_name,
            &c.family_name,
            c.work_and_nickname(),
            &c.phones,
            &c.emails,
            &c.address,
            c.birthday,
            &c.tags,
            &c.notes
        )
    )
}

#[test]
fn exported_contacts_import_as_the_same_contacts() {
    let context_now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
    let referrals = Referrals::new([]);
    let context = CheckContext {
        calling_code: "49",
        now: context_now,
        referrals: &referrals,
    };
    for version in [Version::V3, Version::V4] {
        let contacts: Vec<Contact> = (1..300).map(generated).collect();
        let file = contacts_to_vcard(&contacts, version);
        assert!(file.lines().all(|l| l.len() <= 76), "lines are folded");
        let cards = parse(file.as_bytes());
        assert_eq!(cards.len(), contacts.len());
        for (card, original) in cards.iter().zip(&contacts) {
            let draft = card_draft(card, &BuiltInCharsets);
            assert!(draft.unreadable.is_empty());
            assert_eq!(
                draft.leftovers,
                [],
                "our own cards have a field for everything"
            );
            let back = draft
                .draft
                .check(None, &context)
                .unwrap_or_else(|e| panic!("{e:?} for {original:?}\n{file}"));
            assert_eq!(
                comparable(&back),
                comparable(original),
                "version {version:?}"
            );
        }
    }
}
