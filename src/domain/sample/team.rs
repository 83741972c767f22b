//! The downline: a sponsor tree of realistic shape, and monthly personal volumes.
//!
//! Each new member is sponsored by an earlier member picked at random (a random
//! recursive tree). Early members thus gather big subtrees, which gives the typical
//! shape of a few strong legs and many small ones, about ln(n) levels deep on
//! average and twice that at the deepest. A small share joins straight under the root,
//! as a rep personally sponsors people all along. One member on the second level is a
//! recruiting star who personally sponsored every tenth member (500 of 5,000), the widest
//! node a tree view has to open.

use super::people::People;
use super::rng::Rng;
use crate::domain::dataset::DataSet;
use crate::domain::record::RecordMeta;
use crate::domain::team::member::{Member, MemberStatus};
use crate::domain::team::volume::{Period, Volume};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use uuid::Uuid;

pub struct Tree {
    pub root: Uuid,
}

const MONTHS_OF_VOLUME: u32 = 12;
/// The member with the widest team: index 2, under member 1, under the root.
const STAR: usize = 2;

pub fn generate(
    rng: &mut Rng,
    count: usize,
    today: NaiveDate,
    now: DateTime<Utc>,
    people: &People,
    data: &mut DataSet,
) -> Tree {
    let count = count.max(1).min(people.reps.len());
    let history_days = 6 * 365;
    let mut members: Vec<Member> = Vec::with_capacity(count);
    // Member numbers differ from sample to sample, as two reps' downlines do, so that
    // reports from two samples merge as two teams; taken from an id already drawn so
    // that the rest of the sample stays as the seed made it.
    let first_number =
        100_000 + (people.reps.first().map_or(0, |id| id.as_u128()) % 800_000) as usize;
    for index in 0..count {
        let sponsor = match index {
            0 => None,
            1 => Some(0),
            STAR => Some(1),
            _ if index % 10 == STAR + 1 => Some(STAR),
            _ if rng.chance(0.04) => Some(0),
            _ => Some(rng.below(index)),
        };
        // Join dates rise with the index, so every member joined after their sponsor.
        let joined_on =
            today - Duration::days(history_days - (history_days * index as i64 / count as i64) + 1);
        let status = if index == 0 || rng.chance(0.72) {
            MemberStatus::Active
        } else {
            MemberStatus::Inactive
        };
        let created = joined_on
            .and_hms_opt(18, 0, 0)
            .expect("valid time")
            .and_utc()
            .min(now);
        members.push(Member {
            meta: RecordMeta::with_id(rng.uuid(), created),
            contact_id: people.reps[index],
            sponsor_id: sponsor.map(|s| members[s].meta.id),
            placement_parent_id: None,
            placement_leg: None,
            joined_on,
            status,
            left_on: None,
            rank: None,
            external_id: Some(format!("{}", first_number + index * 7)),
        });
    }
    let current = Period::of(today);
    for member in &members {
        let mut period = current;
        for _ in 0..MONTHS_OF_VOLUME {
            let joined = Period::of(member.joined_on);
            if period < joined {
                break;
            }
            let centipoints = match member.status {
                MemberStatus::Active => rng.range(60, 400) * 100 + rng.range(0, 1) * 50,
                _ if rng.chance(0.2) => rng.range(5, 60) * 100,
                _ => 0,
            };
            if centipoints > 0 {
                data.volumes.push(Volume {
                    meta: RecordMeta::with_id(rng.uuid(), now),
                    member_id: member.meta.id,
                    period,
                    personal_centipoints: centipoints as u32,
                });
            }
            period = period.previous();
        }
    }
    let root = members[0].meta.id;
    data.members = members;
    Tree { root }
}
