//! An audience the rep named and keeps, to aim later campaigns at it again. It keeps the
//! rule, not its members: using it evaluates the conditions anew, so contacts who came
//! in since are in it and those who no longer fit are not.

use crate::domain::campaigns::segment::Segment;
use crate::domain::record::{RecordMeta, impl_record};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedSegment {
    pub meta: RecordMeta,
    pub name: String,
    pub segment: Segment,
}

impl_record!(SavedSegment);

/// The longest name the form takes.
pub const MAX_NAME_CHARS: usize = 80;

/// Why a segment cannot be saved under a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentNameProblem {
    Empty,
    TooLong,
    /// Another saved segment has this name (compared without regard to case).
    Taken,
}

/// The name as it will be stored, or why it cannot be: a name picks one segment out of
/// a menu, so two may not share it.
pub fn checked_name<'a>(
    typed: &str,
    others: impl IntoIterator<Item = &'a SavedSegment>,
) -> Result<String, SegmentNameProblem> {
    let name = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(SegmentNameProblem::Empty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(SegmentNameProblem::TooLong);
    }
    let folded = name.to_lowercase();
    if others
        .into_iter()
        .any(|s| !s.meta.is_deleted() && s.name.to_lowercase() == folded)
    {
        return Err(SegmentNameProblem::Taken);
    }
    Ok(name)
}

impl SavedSegment {
    pub fn new(name: String, segment: Segment, now: DateTime<Utc>) -> Self {
        SavedSegment {
            meta: RecordMeta::new(now),
            name,
            segment,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::campaigns::segment::Condition;
    use crate::domain::contacts::contact::Role;

    fn saved(name: &str) -> SavedSegment {
        let segment = Segment::Is(Condition::Role(Role::Customer));
        SavedSegment::new(name.into(), segment, Utc::now())
    }

    #[test]
    fn a_name_is_trimmed_and_must_be_new_and_short() {
        let kept = [saved("Stammkundinnen")];
        assert_eq!(
            checked_name("  Neue   Kundinnen ", &kept),
            Ok("Neue Kundinnen".into())
        );
        assert_eq!(checked_name(" ", &kept), Err(SegmentNameProblem::Empty));
        assert_eq!(
            checked_name("STAMMKUNDINNEN", &kept),
            Err(SegmentNameProblem::Taken)
        );
        assert_eq!(
            checked_name(&"ä".repeat(MAX_NAME_CHARS + 1), &kept),
            Err(SegmentNameProblem::TooLong)
        );
        assert!(checked_name(&"ä".repeat(MAX_NAME_CHARS), &kept).is_ok());
    }

    #[test]
    fn a_deleted_segment_gives_its_name_free() {
        let mut gone = saved("Stammkundinnen");
        gone.meta.mark_deleted(Utc::now());
        assert_eq!(
            checked_name("Stammkundinnen", [&gone]),
            Ok("Stammkundinnen".into())
        );
    }
}
