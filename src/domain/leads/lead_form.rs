//! What the rep types into the lead form, and its check: every problem at once, each
//! with its field, before anything is written.

use crate::domain::leads::lead::{Lead, LeadKind, LeadSource};
use crate::domain::locale::iso_date::{format_date, parse_date};
use crate::domain::locale::language::Language;
use crate::domain::locale::money::{Cents, parse_hundredths};
use chrono::NaiveDate;
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq)]
pub struct LeadForm {
    pub contact: Option<Uuid>,
    pub kind: LeadKind,
    pub title: String,
    /// Euros as typed: "49,90", "1.200", or empty.
    pub value: String,
    /// Points as typed, or empty.
    pub points: String,
    /// The date input's value (YYYY-MM-DD), or empty.
    pub close: String,
    pub source: LeadSource,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadField {
    Contact,
    Value,
    Points,
    Close,
}

/// The form's values, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckedLead {
    pub contact: Uuid,
    pub kind: LeadKind,
    pub title: String,
    pub value: Cents,
    pub centipoints: u32,
    pub close: Option<NaiveDate>,
    pub source: LeadSource,
}

impl LeadForm {
    pub fn new(contact: Option<Uuid>) -> Self {
        LeadForm {
            contact,
            kind: LeadKind::Sale,
            title: String::new(),
            value: String::new(),
            points: String::new(),
            close: String::new(),
            source: LeadSource::Unknown,
        }
    }

    /// A stored lead's details as the form shows them for changing, in `lang`'s number
    /// format; an amount of zero shows as an empty field, as it was entered.
    pub fn of(lead: &Lead, lang: Language) -> Self {
        let typed = |hundredths: i64| match hundredths {
            0 => String::new(),
            amount => lang.format_amount(amount),
        };
        LeadForm {
            contact: Some(lead.contact_id),
            kind: lead.kind,
            title: lead.title.clone(),
            value: typed(lead.expected_value.0),
            points: typed(i64::from(lead.expected_centipoints)),
            close: lead.expected_close.map(format_date).unwrap_or_default(),
            source: lead.source,
        }
    }

    pub fn check(&self) -> Result<CheckedLead, Vec<LeadField>> {
        let mut problems = Vec::new();
        let amount = |typed: &str| -> Option<i64> {
            let typed = typed.trim();
            if typed.is_empty() {
                Some(0)
            } else {
                parse_hundredths(typed).filter(|v| *v >= 0)
            }
        };
        let value = amount(&self.value);
        if value.is_none() {
            problems.push(LeadField::Value);
        }
        let points = amount(&self.points).and_then(|v| u32::try_from(v).ok());
        if points.is_none() {
            problems.push(LeadField::Points);
        }
        let close = match self.close.trim() {
            "" => Some(None),
            typed => parse_date(typed).map(Some),
        };
        if close.is_none() {
            problems.push(LeadField::Close);
        }
        if self.contact.is_none() {
            problems.insert(0, LeadField::Contact);
        }
        match (self.contact, value, points, close) {
            (Some(contact), Some(value), Some(centipoints), Some(close)) => Ok(CheckedLead {
                contact,
                kind: self.kind,
                title: self.title.trim().to_string(),
                value: Cents(value),
                centipoints,
                close,
                source: self.source,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_amounts_and_dates_check_and_every_problem_is_named() {
        let mut form = LeadForm::new(Some(Uuid::from_u128(1)));
        form.value = "1.249,90".into();
        form.points = "12,5".into();
        form.close = "2026-07-01".into();
        let checked = form.check().unwrap();
        assert_eq!(checked.value, Cents(124_990));
        assert_eq!(checked.centipoints, 1_250);
        assert_eq!(checked.close, NaiveDate::from_ymd_opt(2026, 7, 1));
        let wrong = LeadForm {
            contact: None,
            value: "viel".into(),
            points: "-3".into(),
            close: "morgen".into(),
            ..LeadForm::new(None)
        };
        assert_eq!(
            wrong.check(),
            Err(vec![
                LeadField::Contact,
                LeadField::Value,
                LeadField::Points,
                LeadField::Close
            ])
        );
        assert!(LeadForm::new(Some(Uuid::from_u128(1))).check().is_ok());
    }

    #[test]
    fn a_stored_lead_shown_in_the_form_checks_back_to_the_same_details_in_either_language() {
        let at = chrono::DateTime::from_timestamp(1_780_000_000, 0).unwrap();
        let stage = Uuid::from_u128(3);
        let mut lead = Lead {
            meta: crate::domain::record::RecordMeta::with_id(Uuid::from_u128(1), at),
            contact_id: Uuid::from_u128(7),
            kind: LeadKind::Recruit,
            stage,
            title: "Starterpaket".into(),
            expected_value: Cents(124_990),
            expected_centipoints: 1_250,
            expected_close: NaiveDate::from_ymd_opt(2026, 12, 24),
            source: LeadSource::Referral,
            history: vec![crate::domain::leads::lead::StageChange { stage, at }],
            lost: None,
        };
        for lang in [Language::De, Language::En] {
            let form = LeadForm::of(&lead, lang);
            let checked = form.check().unwrap();
            assert_eq!(checked.contact, lead.contact_id);
            assert_eq!(checked.kind, LeadKind::Recruit);
            assert_eq!(checked.title, "Starterpaket");
            assert_eq!(
                checked.value, lead.expected_value,
                "{lang:?}: {}",
                form.value
            );
            assert_eq!(checked.centipoints, 1_250, "{lang:?}: {}", form.points);
            assert_eq!(checked.close, lead.expected_close);
            assert_eq!(checked.source, lead.source);
        }
        assert_eq!(LeadForm::of(&lead, Language::De).value, "1.249,90");
        lead.expected_value = Cents(120_000);
        lead.expected_centipoints = 0;
        let whole = LeadForm::of(&lead, Language::En);
        assert_eq!((whole.value.as_str(), whole.points.as_str()), ("1,200", ""));
    }
}
