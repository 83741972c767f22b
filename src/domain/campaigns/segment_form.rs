//! The segment builder's rows as the rep types them: a kind of condition and its value,
//! combined with "all of" or "any of". Checked into a [`Segment`]; a row whose value does
//! not fit says which row and why.

use crate::domain::campaigns::segment::{Condition, Segment};
use crate::domain::contacts::contact::Role;
use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::lead_model::Band;
use crate::domain::locale::language::Language;

/// The conditions the builder offers, in its menu's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConditionKind {
    Role,
    Tag,
    OpenLead,
    LeadStage,
    LeadBand,
    NoContactForDays,
    NoOrderForDays,
    BirthdayThisMonth,
    InactiveMemberThisMonth,
    PrefersLanguage,
}

impl ConditionKind {
    pub const ALL: [ConditionKind; 10] = [
        ConditionKind::Role,
        ConditionKind::Tag,
        ConditionKind::OpenLead,
        ConditionKind::LeadStage,
        ConditionKind::LeadBand,
        ConditionKind::NoContactForDays,
        ConditionKind::NoOrderForDays,
        ConditionKind::BirthdayThisMonth,
        ConditionKind::InactiveMemberThisMonth,
        ConditionKind::PrefersLanguage,
    ];

    /// What its value is chosen from.
    pub fn value_kind(self) -> ValueKind {
        match self {
            ConditionKind::Role => ValueKind::Role,
            ConditionKind::Tag => ValueKind::Text,
            ConditionKind::OpenLead => ValueKind::LeadKind,
            ConditionKind::LeadStage => ValueKind::Stage,
            ConditionKind::LeadBand => ValueKind::Band,
            ConditionKind::NoContactForDays | ConditionKind::NoOrderForDays => ValueKind::Days,
            ConditionKind::BirthdayThisMonth | ConditionKind::InactiveMemberThisMonth => {
                ValueKind::None
            }
            ConditionKind::PrefersLanguage => ValueKind::Language,
        }
    }

    /// The value a new row of this kind starts with.
    pub fn first_value(self) -> String {
        match self.value_kind() {
            ValueKind::Role => "0".into(),
            ValueKind::LeadKind | ValueKind::Band | ValueKind::Language => "0".into(),
            ValueKind::Days => "90".into(),
            ValueKind::Text | ValueKind::Stage | ValueKind::None => String::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// An index into [`Role::ALL`].
    Role,
    Text,
    /// An index into [`LeadKind::ALL`].
    LeadKind,
    /// An index into [`Band::ALL`].
    Band,
    /// A stage's id, from either kind's pipeline.
    Stage,
    /// A whole number of days.
    Days,
    /// An index into [`Language::ALL`].
    Language,
    None,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConditionRow {
    pub kind: ConditionKind,
    pub value: String,
}

impl ConditionRow {
    pub fn new(kind: ConditionKind) -> Self {
        ConditionRow {
            kind,
            value: kind.first_value(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SegmentForm {
    /// Every row must hold; otherwise any one.
    pub all: bool,
    pub rows: Vec<ConditionRow>,
    /// The stored segment nested groups the builder cannot show; saving replaces it.
    pub simplified: bool,
}

/// Why a row is not a condition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// A tag left blank.
    EmptyTag,
    /// Days that are not a whole number from 1 to 3650.
    Days,
    /// No stage chosen.
    Stage,
}

const MAX_DAYS: u32 = 3650;

fn index_of<T: PartialEq>(all: &[T], value: &T) -> String {
    all.iter().position(|v| v == value).unwrap_or(0).to_string()
}

fn pick<T: Copy>(all: &[T], value: &str) -> T {
    let at: usize = value.parse().unwrap_or(0);
    all.get(at).copied().unwrap_or(all[0])
}

impl ConditionRow {
    fn of(condition: &Condition) -> Option<ConditionRow> {
        let (kind, value) = match condition {
            Condition::Role(role) => (ConditionKind::Role, index_of(&Role::ALL, role)),
            Condition::Tag(tag) => (ConditionKind::Tag, tag.clone()),
            Condition::OpenLead(kind) => (ConditionKind::OpenLead, index_of(&LeadKind::ALL, kind)),
            Condition::LeadBand(band) => (ConditionKind::LeadBand, index_of(&Band::ALL, band)),
            Condition::NoContactForDays(days) => {
                (ConditionKind::NoContactForDays, days.to_string())
            }
            Condition::NoOrderForDays(days) => (ConditionKind::NoOrderForDays, days.to_string()),
            Condition::BirthdayThisMonth => (ConditionKind::BirthdayThisMonth, String::new()),
            Condition::InactiveMemberThisMonth => {
                (ConditionKind::InactiveMemberThisMonth, String::new())
            }
            Condition::PrefersLanguage(language) => (
                ConditionKind::PrefersLanguage,
                index_of(&Language::ALL, language),
            ),
            Condition::LeadStage(stage) => (ConditionKind::LeadStage, stage.to_string()),
        };
        Some(ConditionRow { kind, value })
    }

    pub fn check(&self) -> Result<Condition, RowProblem> {
        let days = || {
            self.value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|d| (1..=MAX_DAYS).contains(d))
                .ok_or(RowProblem::Days)
        };
        Ok(match self.kind {
            ConditionKind::Role => Condition::Role(pick(&Role::ALL, &self.value)),
            ConditionKind::Tag => {
                let tag = self.value.trim();
                if tag.is_empty() {
                    return Err(RowProblem::EmptyTag);
                }
                Condition::Tag(tag.to_string())
            }
            ConditionKind::OpenLead => Condition::OpenLead(pick(&LeadKind::ALL, &self.value)),
            ConditionKind::LeadStage => Condition::LeadStage(
                uuid::Uuid::parse_str(self.value.trim()).map_err(|_| RowProblem::Stage)?,
            ),
            ConditionKind::LeadBand => Condition::LeadBand(pick(&Band::ALL, &self.value)),
            ConditionKind::NoContactForDays => Condition::NoContactForDays(days()?),
            ConditionKind::NoOrderForDays => Condition::NoOrderForDays(days()?),
            ConditionKind::BirthdayThisMonth => Condition::BirthdayThisMonth,
            ConditionKind::InactiveMemberThisMonth => Condition::InactiveMemberThisMonth,
            ConditionKind::PrefersLanguage => {
                Condition::PrefersLanguage(pick(&Language::ALL, &self.value))
            }
        })
    }
}

impl SegmentForm {
    /// Customers, as a new campaign starts.
    pub fn customers() -> Self {
        SegmentForm {
            all: true,
            rows: vec![ConditionRow::new(ConditionKind::Role)],
            simplified: false,
        }
    }

    pub fn of(segment: &Segment) -> Self {
        // One group alone in another (as older campaigns were stored) is that group.
        if let Segment::All(parts) | Segment::Any(parts) = segment
            && let [only @ (Segment::All(_) | Segment::Any(_))] = parts.as_slice()
        {
            return SegmentForm::of(only);
        }
        let (all, parts): (bool, Vec<&Segment>) = match segment {
            Segment::Is(_) => (true, vec![segment]),
            Segment::All(parts) => (true, parts.iter().collect()),
            Segment::Any(parts) => (false, parts.iter().collect()),
        };
        let mut simplified = false;
        let mut rows = Vec::new();
        for part in parts {
            match part {
                Segment::Is(condition) => match ConditionRow::of(condition) {
                    Some(row) => rows.push(row),
                    None => simplified = true,
                },
                _ => simplified = true,
            }
        }
        SegmentForm {
            all,
            rows,
            simplified,
        }
    }

    /// The segment, or each row's problem by its place.
    pub fn check(&self) -> Result<Segment, Vec<(usize, RowProblem)>> {
        let mut problems = Vec::new();
        let mut parts = Vec::new();
        for (at, row) in self.rows.iter().enumerate() {
            match row.check() {
                Ok(condition) => parts.push(Segment::Is(condition)),
                Err(problem) => problems.push((at, problem)),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(if self.all {
            Segment::All(parts)
        } else {
            Segment::Any(parts)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_become_a_segment_and_a_segment_becomes_rows_again() {
        let form = SegmentForm {
            all: false,
            rows: vec![
                ConditionRow {
                    kind: ConditionKind::Role,
                    value: "1".into(),
                },
                ConditionRow {
                    kind: ConditionKind::NoOrderForDays,
                    value: " 60 ".into(),
                },
                ConditionRow::new(ConditionKind::BirthdayThisMonth),
                ConditionRow {
                    kind: ConditionKind::LeadStage,
                    value: uuid::Uuid::from_u128(7).to_string(),
                },
            ],
            simplified: false,
        };
        let segment = form.check().unwrap();
        assert_eq!(
            segment,
            Segment::Any(vec![
                Segment::Is(Condition::Role(Role::ALL[1])),
                Segment::Is(Condition::NoOrderForDays(60)),
                Segment::Is(Condition::BirthdayThisMonth),
                Segment::Is(Condition::LeadStage(uuid::Uuid::from_u128(7))),
            ])
        );
        let again = SegmentForm::of(&segment);
        assert_eq!(again.check().unwrap(), segment);
        assert!(!again.simplified);
    }

    #[test]
    fn a_row_that_does_not_fit_is_named_by_its_place() {
        let form = SegmentForm {
            all: true,
            rows: vec![
                ConditionRow::new(ConditionKind::Role),
                ConditionRow {
                    kind: ConditionKind::NoContactForDays,
                    value: "viele".into(),
                },
                ConditionRow::new(ConditionKind::Tag),
                ConditionRow::new(ConditionKind::LeadStage),
            ],
            simplified: false,
        };
        assert_eq!(
            form.check(),
            Err(vec![
                (1, RowProblem::Days),
                (2, RowProblem::EmptyTag),
                (3, RowProblem::Stage)
            ])
        );
    }

    #[test]
    fn a_nested_segment_is_shown_flat_and_said_so() {
        let customer = || Segment::Is(Condition::Role(Role::Customer));
        let older = Segment::All(vec![Segment::Any(vec![customer()])]);
        let form = SegmentForm::of(&older);
        assert!(!form.simplified, "one group in another is that group");
        assert_eq!(form.check(), Ok(Segment::Any(vec![customer()])));
        let nested = Segment::All(vec![customer(), Segment::Any(vec![customer()])]);
        let form = SegmentForm::of(&nested);
        assert!(form.simplified);
        assert_eq!(form.rows.len(), 1);
    }
}
