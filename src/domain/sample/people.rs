//! Contacts: names, phones, emails, addresses, roles and who referred whom.

use super::names::*;
use super::rng::Rng;
use super::{Owner, SampleSize};
use crate::domain::contacts::contact::{Address, Contact, Labeled, Role};
use crate::domain::dataset::DataSet;
use crate::domain::locale::text_fold::fold_german;
use crate::domain::record::RecordMeta;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use uuid::Uuid;

/// Which generated contacts play which part, for the generators that follow.
pub struct People {
    pub owner_contact: Uuid,
    /// Contacts that become downline members, the owner first.
    pub reps: Vec<Uuid>,
    pub customers: Vec<Uuid>,
    pub prospects: Vec<Uuid>,
    pub all: Vec<Uuid>,
}

pub fn generate(
    rng: &mut Rng,
    size: SampleSize,
    now: DateTime<Utc>,
    owner: &Owner,
    data: &mut DataSet,
) -> People {
    let mut people = People {
        owner_contact: Uuid::nil(),
        reps: vec![],
        customers: vec![],
        prospects: vec![],
        all: vec![],
    };
    let count = size.contacts.max(size.members).max(1);
    for index in 0..count {
        let created = now - Duration::days(rng.range(1, 5 * 365));
        let mut contact = if index == 0 {
            owner_contact(owner, created)
        } else {
            random_contact(rng, created)
        };
        contact.meta = RecordMeta::with_id(rng.uuid(), created);
        // The first `members` contacts are the reps of the downline, the owner among them.
        if index < size.members {
            contact.roles.push(Role::Rep);
            if rng.chance(0.5) {
                contact.roles.push(Role::Customer);
            }
        } else {
            let roll = rng.unit();
            contact.roles.push(if roll < 0.62 {
                Role::Customer
            } else if roll < 0.92 {
                Role::Prospect
            } else {
                Role::Host
            });
            if roll >= 0.92 && rng.chance(0.7) {
                contact.roles.push(Role::Customer);
            }
        }
        // Referrals point to contacts made earlier, so they never form a cycle.
        if index > 1 && rng.chance(0.35) {
            contact.referred_by = Some(people.all[1 + rng.below(index - 1)]);
        }
        let id = contact.meta.id;
        if index == 0 {
            people.owner_contact = id;
        }
        if contact.has_role(Role::Rep) {
            people.reps.push(id);
        }
        if contact.has_role(Role::Customer) {
            people.customers.push(id);
        }
        if contact.has_role(Role::Prospect) {
            people.prospects.push(id);
        }
        people.all.push(id);
        data.contacts.push(contact);
    }
    add_workplaces(&mut data.contacts);
    people
}

/// About one contact in five works somewhere the rep knows of. Drawn from a stream of
/// its own, seeded by the owner's id, so that the rest of the sample stays as it was.
fn add_workplaces(contacts: &mut [Contact]) {
    let Some(owner) = contacts.first() else {
        return;
    };
    let mut work = Rng::new(owner.meta.id.as_u64_pair().0);
    for contact in contacts.iter_mut().skip(1) {
        if work.chance(0.2) {
            contact.company = (*work.pick(COMPANIES)).to_owned();
            contact.job_title = (*work.pick(JOB_TITLES)).to_owned();
        }
    }
}

fn owner_contact(owner: &Owner, created: DateTime<Utc>) -> Contact {
    let (given, family) = owner
        .name
        .trim()
        .split_once(' ')
        .unwrap_or((owner.name.trim(), ""));
    let mut contact = Contact::new(given, family, created);
    contact.source = Some("Ich".into());
    contact
}

fn random_contact(rng: &mut Rng, created: DateTime<Utc>) -> Contact {
    let german = rng.chance(0.78);
    let (given, family) = if german {
        (*rng.pick(GERMAN_GIVEN), *rng.pick(GERMAN_FAMILY))
    } else {
        *rng.pick(INTERNATIONAL)
    };
    let mut contact = Contact::new(given, family, created);
    contact.phones.push(Labeled {
        label: "mobil".into(),
        value: mobile_number(rng, german),
    });
    if rng.chance(0.25) {
        let (_, _, area) = rng.pick(GERMAN_TOWNS);
        let digits = rng.range(100_000, 9_999_999);
        contact.phones.push(Labeled {
            label: "privat".into(),
            value: format!("+49{area}{digits}"),
        });
    }
    if rng.chance(0.8) {
        contact.emails.push(Labeled {
            label: "privat".into(),
            value: email(rng, given, family),
        });
    }
    if rng.chance(0.7) {
        let (city, postal_code, _) = rng.pick(GERMAN_TOWNS);
        contact.address = Some(Address {
            street: format!("{} {}", rng.pick(STREETS), rng.range(1, 180)),
            postal_code: (*postal_code).into(),
            city: (*city).into(),
            country: "DE".into(),
            ..Address::default()
        });
    }
    if rng.chance(0.6) {
        contact.birthday = NaiveDate::from_ymd_opt(
            rng.range(1950, 2004) as i32,
            rng.range(1, 12) as u32,
            rng.range(1, 28) as u32,
        );
    }
    contact.language = Some(
        if german || rng.chance(0.5) {
            "de"
        } else {
            "en"
        }
        .into(),
    );
    for _ in 0..rng.below(3) {
        let tag = rng.pick(TAGS).to_string();
        if !contact.tags.contains(&tag) {
            contact.tags.push(tag);
        }
    }
    contact.source = Some(rng.pick(SOURCES).to_string());
    if rng.chance(0.15) {
        contact.notes = "Mag Düfte ohne Parfüm; lieber abends anrufen.".into();
    }
    if rng.chance(0.2) {
        contact.stay_in_touch_days = Some(*rng.pick(&[14, 30, 60, 90]));
    }
    contact
}

fn mobile_number(rng: &mut Rng, german: bool) -> String {
    if german || rng.chance(0.6) {
        format!(
            "+49{}{}",
            rng.pick(MOBILE_PREFIXES),
            rng.range(1_000_000, 99_999_999)
        )
    } else {
        let (code, len) = rng.pick(FOREIGN_PHONES);
        let digits: String = (0..*len)
            .map(|i| char::from(b'0' + rng.range(if i == 0 { 1 } else { 0 }, 9) as u8))
            .collect();
        format!("+{code}{digits}")
    }
}

fn email(rng: &mut Rng, given: &str, family: &str) -> String {
    let ascii = |s: &str| -> String {
        fold_german(s)
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect()
    };
    let separator = *rng.pick(&[".", "_", ""]);
    let number = if rng.chance(0.3) {
        rng.range(1, 99).to_string()
    } else {
        String::new()
    };
    format!(
        "{}{separator}{}{number}@{}",
        ascii(given),
        ascii(family),
        rng.pick(EMAIL_DOMAINS)
    )
}
