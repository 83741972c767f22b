//! A person the rep knows, with one or more roles.

use crate::domain::consent::ledger::ConsentLedger;
use crate::domain::record::{Record, RecordMeta};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    Customer,
    Prospect,
    Rep,
    Host,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Customer, Role::Prospect, Role::Rep, Role::Host];
}

/// A phone number or email address with the label the person or phone gave it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labeled {
    pub label: String,
    pub value: String,
}

/// A postal address with the parts vCard knows. `country` is kept as given (a name in
/// any language, or an ISO code); [`crate::domain::locale::country`] recognises it for showing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    /// Street and number, with an extra line (c/o, building) after a comma.
    pub street: String,
    pub po_box: String,
    pub postal_code: String,
    pub city: String,
    /// State, province or county, where the country uses one.
    pub region: String,
    pub country: String,
}

impl Address {
    pub fn is_empty(&self) -> bool {
        *self == Address::default()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub meta: RecordMeta,
    pub given_name: String,
    pub family_name: String,
    pub nickname: String,
    /// The organisation the person works for; a contact may be the organisation alone.
    pub company: String,
    pub department: String,
    pub job_title: String,
    /// Phone numbers in E.164 form (`+491711234567`).
    pub phones: Vec<Labeled>,
    pub emails: Vec<Labeled>,
    pub address: Option<Address>,
    #[serde(with = "crate::domain::locale::time_format::date_days_option")]
    pub birthday: Option<NaiveDate>,
    /// Preferred language as a BCP 47 tag such as `de` or `en`.
    pub language: Option<String>,
    pub roles: Vec<Role>,
    pub tags: Vec<String>,
    pub source: Option<String>,
    pub notes: String,
    pub referred_by: Option<Uuid>,
    pub consent: ConsentLedger,
    /// "Stay in touch every N days".
    pub stay_in_touch_days: Option<u16>,
    /// Days after the last order until a reorder reminder, overriding the default.
    pub reorder_after_days: Option<u16>,
}
impl Record for Contact {
    fn meta(&self) -> &RecordMeta {
        &self.meta
    }
    fn meta_mut(&mut self) -> &mut RecordMeta {
        &mut self.meta
    }

    /// The id and times alone: undoing an import of 10,000 cards must not keep a second
    /// copy of every one of them, and a removed contact's details have no place in it.
    fn tombstone(&self, now: DateTime<Utc>) -> Self {
        let mut gone = Contact::new("", "", now);
        gone.meta = self.meta.clone();
        gone.meta.mark_deleted(now);
        gone
    }
}

impl Contact {
    pub fn new(given_name: &str, family_name: &str, now: DateTime<Utc>) -> Self {
        Contact {
            meta: RecordMeta::new(now),
            given_name: given_name.to_owned(),
            family_name: family_name.to_owned(),
            nickname: String::new(),
            company: String::new(),
            department: String::new(),
            job_title: String::new(),
            phones: Vec::new(),
            emails: Vec::new(),
            address: None,
            birthday: None,
            language: None,
            roles: Vec::new(),
            tags: Vec::new(),
            source: None,
            notes: String::new(),
            referred_by: None,
            consent: ConsentLedger::default(),
            stay_in_touch_days: None,
            reorder_after_days: None,
        }
    }

    /// The person's name, or the organisation's for a contact that is one.
    pub fn display_name(&self) -> String {
        match (self.given_name.is_empty(), self.family_name.is_empty()) {
            (false, false) => format!("{} {}", self.given_name, self.family_name),
            (false, true) => self.given_name.clone(),
            (true, false) => self.family_name.clone(),
            (true, true) => self.company.clone(),
        }
    }

    /// A contact without a person's name stands for its organisation.
    pub fn is_organisation(&self) -> bool {
        self.given_name.is_empty() && self.family_name.is_empty() && !self.company.is_empty()
    }

    /// Nickname, company, department and job title: the single-line texts besides the
    /// name that a file may bring.
    pub fn work_and_nickname(&self) -> [&str; 4] {
        [
            &self.nickname,
            &self.company,
            &self.department,
            &self.job_title,
        ]
    }

    pub fn work_and_nickname_mut(&mut self) -> [&mut String; 4] {
        [
            &mut self.nickname,
            &mut self.company,
            &mut self.department,
            &mut self.job_title,
        ]
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Appends a text to the notes unless they hold it already.
    pub fn add_notes(&mut self, text: &str) {
        if text.is_empty() || self.notes.contains(text) {
            return;
        }
        if !self.notes.is_empty() {
            self.notes.push_str("\n\n");
        }
        self.notes.push_str(text);
    }

    /// Adds the other contact's phone numbers, email addresses (ignoring case), roles
    /// and tags that this one lacks, keeping the order of both.
    pub fn join_lists(&mut self, other: &Contact) {
        let join = |stored: &mut Vec<Labeled>, new: &[Labeled]| {
            for entry in new {
                if !stored
                    .iter()
                    .any(|s| s.value.eq_ignore_ascii_case(&entry.value))
                {
                    stored.push(entry.clone());
                }
            }
        };
        join(&mut self.phones, &other.phones);
        join(&mut self.emails, &other.emails);
        for role in &other.roles {
            if !self.roles.contains(role) {
                self.roles.push(*role);
            }
        }
        for tag in &other.tags {
            if !self.tags.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
                self.tags.push(tag.clone());
            }
        }
    }
}
