//! Recording a member's personal volume for a month, by hand or from an import. A month
//! holds one figure per member: the stored record is updated, and any further record of
//! the same month (from an older version or two devices) is removed, so the figure
//! shown is the one entered.

use crate::domain::record::RecordMeta;
use crate::domain::team::volume::{Period, Volume};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The records to write; empty when the month already holds exactly this figure.
pub fn set_personal_volume<'a>(
    stored: impl IntoIterator<Item = &'a Volume>,
    member: Uuid,
    period: Period,
    centipoints: u32,
    now: DateTime<Utc>,
) -> Vec<Volume> {
    let same_month: Vec<&Volume> = stored
        .into_iter()
        .filter(|v| v.member_id == member && v.period == period && !v.meta.is_deleted())
        .collect();
    if let [only] = same_month.as_slice()
        && only.personal_centipoints == centipoints
    {
        return Vec::new();
    }
    let mut writes = Vec::new();
    match same_month.split_first() {
        Some((first, rest)) => {
            let mut kept = (*first).clone();
            kept.personal_centipoints = centipoints;
            kept.meta.touch(now);
            writes.push(kept);
            for extra in rest {
                let mut gone = (*extra).clone();
                gone.meta.mark_deleted(now);
                writes.push(gone);
            }
        }
        None => writes.push(Volume {
            meta: RecordMeta::new(now),
            member_id: member,
            period,
            personal_centipoints: centipoints,
        }),
    }
    writes
}

#[cfg(test)]
// Volumes are hundredths of a point, written as points_hundredths.
#[allow(clippy::inconsistent_digit_grouping)]
mod tests {
    use super::*;

    const MONTH: Period = Period {
        year: 2026,
        month: 11,
    };

    #[test]
    fn one_figure_per_member_and_month() {
        let now = Utc::now();
        let member = Uuid::from_u128(7);
        let new = set_personal_volume([], member, MONTH, 120_00, now);
        assert_eq!(new.len(), 1);
        assert_eq!(new[0].personal_centipoints, 120_00);
        assert!(set_personal_volume(&new, member, MONTH, 120_00, now).is_empty());

        let mut twice = new.clone();
        twice.push(Volume::points(7, MONTH, 50));
        twice.push(Volume::points(7, MONTH.previous(), 80));
        let writes = set_personal_volume(&twice, member, MONTH, 200_00, now);
        assert_eq!(writes.len(), 2);
        assert_eq!(
            writes[0].meta.id, new[0].meta.id,
            "the first record is updated"
        );
        assert_eq!(writes[0].personal_centipoints, 200_00);
        assert!(
            writes[1].meta.is_deleted(),
            "the second figure of the month goes"
        );
    }
}
