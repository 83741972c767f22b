//! A contact as the edit form holds it: text as typed. Checking the form turns it into a
//! [`Contact`] or into one problem per wrong field, so the form can say what is wrong
//! next to the field itself.

use crate::domain::contacts::contact::{Address, Contact, Labeled, Role};
use crate::domain::contacts::referral::{ReferralError, Referrals};
use crate::domain::locale::email::{self, EmailError};
use crate::domain::locale::phone::{self, PhoneError};
use chrono::{DateTime, Utc};
use uuid::Uuid;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct LabeledDraft {
    pub label: String,
    pub value: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ContactDraft {
    pub given_name: String,
    pub family_name: String,
    pub nickname: String,
    pub company: String,
    pub department: String,
    pub job_title: String,
    pub phones: Vec<LabeledDraft>,
    pub emails: Vec<LabeledDraft>,
    pub street: String,
    pub po_box: String,
    pub postal_code: String,
    pub city: String,
    pub region: String,
    pub country: String,
    /// `YYYY-MM-DD`, as a date input gives it.
    pub birthday: String,
    pub language: String,
    pub roles: Vec<Role>,
    /// Comma separated.
    pub tags: String,
    pub source: String,
    pub notes: String,
    pub referred_by: Option<Uuid>,
    pub stay_in_touch_days: String,
    pub reorder_after_days: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Phone(usize),
    Email(usize),
    Birthday,
    ReferredBy,
    StayInTouchDays,
    ReorderAfterDays,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    NameMissing,
    Phone(PhoneError),
    Email(EmailError),
    NotADate,
    BirthdayInFuture,
    Referral(ReferralError),
    /// Day counts must be whole numbers from 1 to 3650.
    NotADayCount,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// What checking needs besides the form: the phone country, today, and the referrals of
/// the other contacts.
pub struct CheckContext<'a> {
    pub calling_code: &'a str,
    pub now: DateTime<Utc>,
    pub referrals: &'a Referrals,
}

const MAX_DAY_COUNT: u16 = 3650;

impl ContactDraft {
    pub fn of(contact: &Contact) -> Self {
        let labeled = |items: &[Labeled], show: fn(&str) -> String| {
            items
                .iter()
                .map(|l| LabeledDraft {
                    label: l.label.clone(),
                    value: show(&l.value),
                })
                .collect()
        };
        let address = contact.address.clone().unwrap_or_default();
        ContactDraft {
            given_name: contact.given_name.clone(),
            family_name: contact.family_name.clone(),
            nickname: contact.nickname.clone(),
            company: contact.company.clone(),
            department: contact.department.clone(),
            job_title: contact.job_title.clone(),
            phones: labeled(&contact.phones, phone::display),
            emails: labeled(&contact.emails, str::to_owned),
            street: address.street,
            po_box: address.po_box,
            postal_code: address.postal_code,
            city: address.city,
            region: address.region,
            country: address.country,
            birthday: contact
                .birthday
                .map(crate::domain::locale::iso_date::format_date)
                .unwrap_or_default(),
            language: contact.language.clone().unwrap_or_default(),
            roles: contact.roles.clone(),
            tags: contact.tags.join(", "),
            source: contact.source.clone().unwrap_or_default(),
            notes: contact.notes.clone(),
            referred_by: contact.referred_by,
            stay_in_touch_days: optional_number(contact.stay_in_touch_days),
            reorder_after_days: optional_number(contact.reorder_after_days),
        }
    }

    /// Whether the draft names a person or, for an organisation's card, a company.
    pub fn has_name(&self) -> bool {
        [&self.given_name, &self.family_name, &self.company]
            .iter()
            .any(|part| !part.trim().is_empty())
    }

    /// Phones keep contacts that have only an email address or a number; an import
    /// names them by it, as the phone shows them, rather than refusing them.
    pub fn named_by_details(mut self) -> Self {
        if !self.has_name() {
            let detail = self.emails.iter().chain(&self.phones).next();
            self.given_name = detail
                .map(|d| d.value.trim().to_owned())
                .unwrap_or_default();
        }
        self
    }

    /// The contact the form describes, built on `existing` (whose id, consent history
    /// and creation time it keeps) or new; or every problem found.
    pub fn check(
        &self,
        existing: Option<&Contact>,
        context: &CheckContext,
    ) -> Result<Contact, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field, problem| errors.push(FieldError { field, problem });
        let given_name = self.given_name.trim();
        let family_name = self.family_name.trim();
        if !self.has_name() {
            fail(Field::Name, Problem::NameMissing);
        }
        let mut phones = Vec::new();
        for (position, entry) in self.phones.iter().enumerate() {
            if entry.value.trim().is_empty() {
                continue;
            }
            match phone::normalize(&entry.value, context.calling_code) {
                Ok(value) => phones.push(Labeled {
                    label: phone::fitting_label(&entry.label, &value),
                    value,
                }),
                Err(e) => fail(Field::Phone(position), Problem::Phone(e)),
            }
        }
        let mut emails = Vec::new();
        for (position, entry) in self.emails.iter().enumerate() {
            if entry.value.trim().is_empty() {
                continue;
            }
            match email::normalize(&entry.value) {
                Ok(value) => emails.push(labeled(entry, value)),
                Err(e) => fail(Field::Email(position), Problem::Email(e)),
            }
        }
        let birthday = match self.birthday.trim() {
            "" => None,
            typed => match crate::domain::locale::iso_date::parse_date(typed) {
                Some(date) if date > context.now.date_naive() => {
                    fail(Field::Birthday, Problem::BirthdayInFuture);
                    None
                }
                Some(date) => Some(date),
                None => {
                    fail(Field::Birthday, Problem::NotADate);
                    None
                }
            },
        };
        let id = existing.map(|c| c.meta.id);
        if let (Some(referrer), Some(id)) = (self.referred_by, id)
            && let Err(e) = context.referrals.check(id, referrer)
        {
            fail(Field::ReferredBy, Problem::Referral(e));
        }
        let stay_in_touch_days = day_count(&self.stay_in_touch_days)
            .inspect_err(|_| fail(Field::StayInTouchDays, Problem::NotADayCount))
            .unwrap_or(None);
        let reorder_after_days = day_count(&self.reorder_after_days)
            .inspect_err(|_| fail(Field::ReorderAfterDays, Problem::NotADayCount))
            .unwrap_or(None);
        if !errors.is_empty() {
            return Err(errors);
        }

        let mut contact = match existing {
            Some(existing) => {
                let mut contact = existing.clone();
                contact.meta.touch(context.now);
                contact
            }
            None => Contact::new("", "", context.now),
        };
        contact.given_name = given_name.to_owned();
        contact.family_name = family_name.to_owned();
        contact.nickname = self.nickname.trim().to_owned();
        contact.company = self.company.trim().to_owned();
        contact.department = self.department.trim().to_owned();
        contact.job_title = self.job_title.trim().to_owned();
        contact.phones = phones;
        contact.emails = emails;
        let address = Address {
            street: self.street.trim().to_owned(),
            po_box: self.po_box.trim().to_owned(),
            postal_code: self.postal_code.trim().to_owned(),
            city: self.city.trim().to_owned(),
            region: self.region.trim().to_owned(),
            country: self.country.trim().to_owned(),
        };
        contact.address = (!address.is_empty()).then_some(address);
        contact.birthday = birthday;
        contact.language = non_empty(&self.language);
        contact.roles = Role::ALL
            .into_iter()
            .filter(|r| self.roles.contains(r))
            .collect();
        contact.tags = split_tags(&self.tags);
        contact.source = non_empty(&self.source);
        contact.notes = self.notes.trim().to_owned();
        contact.referred_by = self.referred_by;
        contact.stay_in_touch_days = stay_in_touch_days;
        contact.reorder_after_days = reorder_after_days;
        Ok(contact)
    }
}

fn labeled(entry: &LabeledDraft, value: String) -> Labeled {
    Labeled {
        label: entry.label.trim().to_owned(),
        value,
    }
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn optional_number(value: Option<u16>) -> String {
    value.map(|n| n.to_string()).unwrap_or_default()
}

fn day_count(typed: &str) -> Result<Option<u16>, ()> {
    match typed.trim() {
        "" => Ok(None),
        text => match text.parse::<u16>() {
            Ok(n) if (1..=MAX_DAY_COUNT).contains(&n) => Ok(Some(n)),
            _ => Err(()),
        },
    }
}

/// Tags as typed, split at commas, without blanks or repeats (ignoring case).
pub fn split_tags(typed: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in typed.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

/// A draft checked as a new contact on 27 November 2026 with German phone numbers, for
/// the tests of the formats that fill drafts in.
#[cfg(test)]
pub fn checked_as_new(draft: &ContactDraft) -> Contact {
    use chrono::TimeZone;
    draft
        .check(
            None,
            &CheckContext {
                calling_code: "49",
                now: Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap(),
                referrals: &Referrals::new([]),
            },
        )
        .unwrap_or_else(|e| panic!("{e:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap()
    }

    fn entry(label: &str, value: &str) -> LabeledDraft {
        LabeledDraft {
            label: label.into(),
            value: value.into(),
        }
    }

    fn check(draft: &ContactDraft, existing: Option<&Contact>) -> Result<Contact, Vec<FieldError>> {
        let referrals = Referrals::new([]);
        draft.check(
            existing,
            &CheckContext {
                calling_code: "49",
                now: now(),
                referrals: &referrals,
            },
        )
    }

    #[test]
    fn a_good_form_becomes_a_contact_with_e164_phones() {
        let draft = ContactDraft {
            given_name: " Jürgen ".into(),
            family_name: "Müller-Lüdenscheidt".into(),
            phones: vec![
                entry("mobil", "0171 234 5678"),
                entry("", ""),
                entry("Büro", "+43 1 5321234"),
            ],
            emails: vec![entry("privat", "juergen@Beispiel.DE")],
            city: "Köln".into(),
            birthday: "1975-02-28".into(),
            roles: vec![Role::Host, Role::Customer],
            tags: "Tupper, vip, VIP, ".into(),
            stay_in_touch_days: "30".into(),
            ..ContactDraft::default()
        };
        let contact = check(&draft, None).unwrap();
        assert_eq!(contact.display_name(), "Jürgen Müller-Lüdenscheidt");
        let phones: Vec<_> = contact.phones.iter().map(|p| p.value.as_str()).collect();
        assert_eq!(phones, ["+491712345678", "+4315321234"]);
        assert_eq!(contact.emails[0].value, "juergen@beispiel.de");
        assert_eq!(contact.address.as_ref().unwrap().city, "Köln");
        assert_eq!(contact.roles, [Role::Customer, Role::Host]);
        assert_eq!(contact.tags, ["Tupper", "vip"]);
        assert_eq!(contact.stay_in_touch_days, Some(30));
        assert!(
            contact.consent.changes.is_empty(),
            "consent is never assumed"
        );
    }

    #[test]
    fn every_wrong_field_is_named() {
        let draft = ContactDraft {
            phones: vec![entry("mobil", "0171 234 5678"), entry("", "12ab")],
            emails: vec![entry("", "anna@"), entry("", "ok@example.de")],
            birthday: "2030-01-01".into(),
            stay_in_touch_days: "0".into(),
            reorder_after_days: "viele".into(),
            ..ContactDraft::default()
        };
        let errors = check(&draft, None).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                Field::Name,
                Field::Phone(1),
                Field::Email(0),
                Field::Birthday,
                Field::StayInTouchDays,
                Field::ReorderAfterDays
            ]
        );
        assert_eq!(
            errors[1].problem,
            Problem::Phone(PhoneError::InvalidCharacter('a'))
        );
        assert_eq!(errors[3].problem, Problem::BirthdayInFuture);
    }

    #[test]
    fn editing_keeps_id_consent_and_creation_time() {
        let mut original = Contact::new("Zoë", "Strauß", now() - chrono::Duration::days(3));
        original
            .consent
            .record(crate::domain::consent::ledger::ConsentChange {
                channel: crate::domain::consent::ledger::Channel::Email,
                state: crate::domain::consent::ledger::ConsentState::Granted,
                at: now(),
                method: crate::domain::consent::ledger::ConsentMethod::Written,
                proof: "Ja".into(),
            });
        let mut draft = ContactDraft::of(&original);
        draft.notes = "mag Tee".into();
        let edited = check(&draft, Some(&original)).unwrap();
        assert_eq!(edited.meta.id, original.meta.id);
        assert_eq!(edited.meta.created_at, original.meta.created_at);
        assert_eq!(edited.meta.updated_at, now());
        assert_eq!(edited.consent, original.consent);
        assert_eq!(edited.notes, "mag Tee");
        assert_eq!(ContactDraft::of(&edited).notes, "mag Tee");
    }

    #[test]
    fn a_referral_that_would_close_a_circle_is_refused() {
        let anna = Contact::new("Anna", "A", now());
        let ben = Contact::new("Ben", "B", now());
        // Anna referred Ben; now someone tries to say Ben referred Anna.
        let referrals = Referrals::new([(ben.meta.id, anna.meta.id)]);
        let mut draft = ContactDraft::of(&anna);
        draft.referred_by = Some(ben.meta.id);
        let errors = draft
            .check(
                Some(&anna),
                &CheckContext {
                    calling_code: "49",
                    now: now(),
                    referrals: &referrals,
                },
            )
            .unwrap_err();
        assert_eq!(errors[0].field, Field::ReferredBy);
        assert!(matches!(
            errors[0].problem,
            Problem::Referral(ReferralError::Cycle { .. })
        ));
    }
}
