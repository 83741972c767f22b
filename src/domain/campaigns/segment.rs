//! Who a campaign aims at: conditions on what the app knows of a contact, combined with
//! "and" and "or". A saved segment is a rule, not a list, so it is evaluated again each
//! time it is used and a contact who came in since is in it.

use crate::domain::contacts::contact::Role;
use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::lead_model::Band;
use crate::domain::locale::language::Language;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One thing a contact is or is not.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    Role(Role),
    /// A tag, compared without regard to case.
    Tag(String),
    /// Has an open lead of this kind.
    OpenLead(LeadKind),
    /// Has a lead in this stage (of either kind's pipeline).
    LeadStage(Uuid),
    /// Has an open lead whose chance is in this band.
    LeadBand(Band),
    /// No interaction for at least this many days (or never).
    NoContactForDays(u32),
    /// A customer whose last order is at least this many days old (or who never ordered).
    NoOrderForDays(u32),
    BirthdayThisMonth,
    /// A member of the rep's team with no volume this month.
    InactiveMemberThisMonth,
    PrefersLanguage(Language),
}

/// Conditions combined.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Segment {
    Is(Condition),
    /// Every one of them holds.
    All(Vec<Segment>),
    /// At least one of them holds.
    Any(Vec<Segment>),
}

/// What the app knows of one contact, gathered for the segments (`app/` reads it from the
/// records).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContactFacts {
    pub roles: Vec<Role>,
    pub tags: Vec<String>,
    /// Each lead: its kind, its stage, and its band while it is open.
    pub leads: Vec<(LeadKind, Uuid, Option<Band>)>,
    pub last_contact: Option<NaiveDate>,
    pub last_order: Option<NaiveDate>,
    pub birthday: Option<NaiveDate>,
    /// `Some(active)` for a team member this month.
    pub member_active: Option<bool>,
    pub language: Option<Language>,
}

fn days_since(day: Option<NaiveDate>, today: NaiveDate) -> Option<i64> {
    day.map(|d| (today - d).num_days())
}

impl Condition {
    pub fn holds(&self, facts: &ContactFacts, today: NaiveDate) -> bool {
        match self {
            Condition::Role(role) => facts.roles.contains(role),
            Condition::Tag(tag) => {
                let wanted = tag.to_lowercase();
                facts.tags.iter().any(|t| t.to_lowercase() == wanted)
            }
            Condition::OpenLead(kind) => facts
                .leads
                .iter()
                .any(|(k, _, band)| k == kind && band.is_some()),
            Condition::LeadStage(stage) => facts.leads.iter().any(|(_, s, _)| s == stage),
            Condition::LeadBand(wanted) => facts
                .leads
                .iter()
                .any(|(_, _, band)| *band == Some(*wanted)),
            Condition::NoContactForDays(days) => {
                days_since(facts.last_contact, today).is_none_or(|d| d >= i64::from(*days))
            }
            Condition::NoOrderForDays(days) => {
                facts.roles.contains(&Role::Customer)
                    && days_since(facts.last_order, today).is_none_or(|d| d >= i64::from(*days))
            }
            Condition::BirthdayThisMonth => {
                facts.birthday.is_some_and(|b| b.month() == today.month())
            }
            Condition::InactiveMemberThisMonth => facts.member_active == Some(false),
            Condition::PrefersLanguage(lang) => facts.language == Some(*lang),
        }
    }
}

impl Segment {
    pub fn matches(&self, facts: &ContactFacts, today: NaiveDate) -> bool {
        match self {
            Segment::Is(condition) => condition.holds(facts, today),
            Segment::All(parts) => parts.iter().all(|p| p.matches(facts, today)),
            Segment::Any(parts) => parts.iter().any(|p| p.matches(facts, today)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 17).unwrap()
    }

    fn days_ago(days: i64) -> Option<NaiveDate> {
        Some(today() - chrono::Duration::days(days))
    }

    fn customer() -> ContactFacts {
        ContactFacts {
            roles: vec![Role::Customer],
            tags: vec!["Messe 2026".into()],
            last_contact: days_ago(40),
            last_order: days_ago(95),
            birthday: NaiveDate::from_ymd_opt(1980, 6, 30),
            language: Some(Language::De),
            ..ContactFacts::default()
        }
    }

    fn prospect() -> ContactFacts {
        ContactFacts {
            roles: vec![Role::Prospect],
            leads: vec![(LeadKind::Recruit, Uuid::from_u128(7), Some(Band::High))],
            last_contact: days_ago(3),
            language: Some(Language::En),
            ..ContactFacts::default()
        }
    }

    #[test]
    fn customers_to_win_back_and_promising_future_reps_are_told_apart() {
        let win_back = Segment::All(vec![
            Segment::Is(Condition::Role(Role::Customer)),
            Segment::Is(Condition::NoOrderForDays(90)),
        ]);
        assert!(win_back.matches(&customer(), today()));
        assert!(!win_back.matches(&prospect(), today()));
        let future_reps = Segment::All(vec![
            Segment::Is(Condition::OpenLead(LeadKind::Recruit)),
            Segment::Is(Condition::LeadBand(Band::High)),
        ]);
        assert!(future_reps.matches(&prospect(), today()));
        assert!(!future_reps.matches(&customer(), today()));
        let either = Segment::Any(vec![win_back, future_reps]);
        assert!(either.matches(&customer(), today()) && either.matches(&prospect(), today()));
    }

    #[test]
    fn each_condition_reads_its_fact() {
        let (c, p, t) = (customer(), prospect(), today());
        let holds = |condition: Condition, facts: &ContactFacts| condition.holds(facts, t);
        assert!(holds(Condition::Tag("messe 2026".into()), &c));
        assert!(!holds(Condition::Tag("Messe".into()), &c));
        assert!(holds(Condition::LeadStage(Uuid::from_u128(7)), &p));
        assert!(holds(Condition::NoContactForDays(30), &c));
        assert!(!holds(Condition::NoContactForDays(30), &p));
        assert!(
            holds(Condition::NoContactForDays(30), &ContactFacts::default()),
            "never contacted counts as long ago"
        );
        assert!(!holds(Condition::NoOrderForDays(100), &c));
        assert!(
            !holds(Condition::NoOrderForDays(1), &p),
            "only customers order"
        );
        assert!(holds(Condition::BirthdayThisMonth, &c));
        assert!(!holds(Condition::BirthdayThisMonth, &p));
        assert!(holds(Condition::PrefersLanguage(Language::En), &p));
        let inactive = ContactFacts {
            member_active: Some(false),
            ..ContactFacts::default()
        };
        assert!(holds(Condition::InactiveMemberThisMonth, &inactive));
        assert!(
            !holds(Condition::InactiveMemberThisMonth, &c),
            "not a member"
        );
    }
}
