//! A member leaving the team: ended (left the company on a day, and kept in the tree's
//! history), or deleted (entered by mistake, say). A deleted member's own team moves up
//! to the member's sponsor and placement, so nobody drops out of the tree.

use crate::domain::team::member::{Member, MemberStatus};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitProblem {
    DateInFuture,
    BeforeJoining,
    /// The rep is the root of their own team.
    IsTheRep,
}

/// The member as ended on `left_on`.
pub fn end_membership(
    member: &Member,
    left_on: NaiveDate,
    root: Uuid,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Member, ExitProblem> {
    if member.meta.id == root {
        return Err(ExitProblem::IsTheRep);
    }
    if left_on > today {
        return Err(ExitProblem::DateInFuture);
    }
    if left_on < member.joined_on {
        return Err(ExitProblem::BeforeJoining);
    }
    let mut ended = member.clone();
    ended.status = MemberStatus::Terminated;
    ended.left_on = Some(left_on);
    ended.meta.touch(now);
    Ok(ended)
}

/// The records deleting `id` writes: the member as a tombstone, and each member it
/// sponsored or placed, now under the deleted member's own sponsor or placement parent.
pub fn delete_member(
    members: &[&Member],
    id: Uuid,
    root: Uuid,
    now: DateTime<Utc>,
) -> Result<Vec<Member>, ExitProblem> {
    if id == root {
        return Err(ExitProblem::IsTheRep);
    }
    let Some(gone) = members.iter().find(|m| m.meta.id == id) else {
        return Ok(Vec::new());
    };
    let mut tombstone = (*gone).clone();
    tombstone.meta.mark_deleted(now);
    let mut writes = vec![tombstone];
    for member in members
        .iter()
        .filter(|m| m.meta.id != id && !m.meta.is_deleted())
    {
        let sponsored = member.sponsor_id == Some(id);
        let placed = member.placement_parent_id == Some(id);
        if !sponsored && !placed {
            continue;
        }
        let mut moved = (*member).clone();
        if sponsored {
            moved.sponsor_id = gone.sponsor_id;
        }
        if placed {
            // Under the deleted member's own parent, on the side the deleted member had.
            moved.placement_parent_id = gone.placement_parent_id.or(gone.sponsor_id);
            moved.placement_leg = gone.placement_leg;
        }
        moved.meta.touch(now);
        writes.push(moved);
    }
    Ok(writes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_member_ends_on_a_day_between_joining_and_today() {
        let anna = Member::numbered(2, Some(1));
        let today = day(2026, 11, 27);
        let ended =
            end_membership(&anna, day(2026, 10, 31), Uuid::from_u128(1), today, now()).unwrap();
        assert_eq!(ended.status, MemberStatus::Terminated);
        assert_eq!(ended.left_on, Some(day(2026, 10, 31)));
        assert_eq!(ended.meta.updated_at, now());
        let fail = |on| end_membership(&anna, on, Uuid::from_u128(1), today, now()).unwrap_err();
        assert_eq!(fail(day(2026, 11, 28)), ExitProblem::DateInFuture);
        assert_eq!(fail(day(2024, 12, 31)), ExitProblem::BeforeJoining);
        let rep = Member::numbered(1, None);
        assert_eq!(
            end_membership(&rep, today, Uuid::from_u128(1), today, now()).unwrap_err(),
            ExitProblem::IsTheRep
        );
    }

    #[test]
    fn deleting_moves_the_members_team_up_a_level() {
        let rep = Member::numbered(1, None);
        let anna = Member::numbered(2, Some(1));
        let mut ben = Member::numbered(3, Some(2));
        ben.placement_parent_id = Some(Uuid::from_u128(2));
        ben.placement_leg = Some(1);
        let cem = Member::numbered(4, Some(3));
        let members = [&rep, &anna, &ben, &cem];
        let writes =
            delete_member(&members, Uuid::from_u128(2), Uuid::from_u128(1), now()).unwrap();
        assert_eq!(
            writes.len(),
            2,
            "Anna's tombstone and Ben; Cem stays under Ben"
        );
        assert!(writes[0].meta.is_deleted());
        assert_eq!(writes[1].meta.id, ben.meta.id);
        assert_eq!(writes[1].sponsor_id, Some(Uuid::from_u128(1)));
        assert_eq!(
            writes[1].placement_parent_id, anna.sponsor_id,
            "placed where Anna hung, under her sponsor"
        );
        assert_eq!(writes[1].placement_leg, anna.placement_leg);
        assert_eq!(
            delete_member(&members, Uuid::from_u128(1), Uuid::from_u128(1), now()).unwrap_err(),
            ExitProblem::IsTheRep
        );
    }
}
