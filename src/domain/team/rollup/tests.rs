use super::*;
use crate::domain::record::RecordMeta;
use crate::domain::sample::rng::Rng;
use crate::domain::team::volume::Period;
use chrono::Utc;

const MONTH: Period = Period {
    year: 2026,
    month: 11,
};

fn volume(id: u128, centipoints: u32) -> Volume {
    Volume {
        meta: RecordMeta::new(Utc::now()),
        member_id: Uuid::from_u128(id),
        period: MONTH,
        personal_centipoints: centipoints,
    }
}

/// A random tree: member n is sponsored by one of the members before it.
fn random_tree(rng: &mut Rng, size: u128) -> (Vec<Member>, Vec<Volume>) {
    let members: Vec<Member> = (0..size)
        .map(|n| Member::numbered(n, (n > 0).then(|| rng.below(n as usize) as u128)))
        .collect();
    let mut volumes = Vec::new();
    for n in 0..size {
        if rng.chance(0.7) {
            volumes.push(volume(n, rng.below(20_000) as u32));
        }
    }
    (members, volumes)
}

/// Every descendant with its depth, by walking sponsor links upwards from each member.
fn brute_force(
    members: &[Member],
    volumes: &[Volume],
    rules: RollUpRules,
    of: Uuid,
) -> MemberFigures {
    let pv = |id: Uuid| -> u64 {
        volumes
            .iter()
            .filter(|v| v.member_id == id)
            .map(|v| u64::from(v.personal_centipoints))
            .sum()
    };
    let depth_below = |id: Uuid, top: Uuid| -> Option<usize> {
        let mut depth = 0;
        let mut current = id;
        loop {
            if current == top {
                return Some(depth);
            }
            let sponsor = members.iter().find(|m| m.meta.id == current)?.sponsor_id?;
            current = sponsor;
            depth += 1;
        }
    };
    let within = |d: usize| rules.levels.is_none_or(|levels| d <= levels);
    let active = |id: Uuid| pv(id) >= rules.active_from_centipoints;
    let group = members
        .iter()
        .filter(|m| depth_below(m.meta.id, of).is_some_and(within))
        .map(|m| pv(m.meta.id))
        .sum();
    let sponsored: Vec<Uuid> = members
        .iter()
        .filter(|m| m.sponsor_id == Some(of))
        .map(|m| m.meta.id)
        .collect();
    let legs = sponsored
        .iter()
        .map(|&leg| {
            let volume = members
                .iter()
                .filter(|m| depth_below(m.meta.id, leg).is_some_and(|d| within(d + 1)))
                .map(|m| pv(m.meta.id))
                .sum();
            (leg, volume)
        })
        .collect();
    let active_legs = sponsored
        .iter()
        .filter(|&&leg| {
            members
                .iter()
                .any(|m| depth_below(m.meta.id, leg).is_some() && active(m.meta.id))
        })
        .count() as u32;
    MemberFigures {
        personal: pv(of),
        group,
        legs,
        active: active(of),
        active_legs,
        sponsored_active: sponsored.iter().filter(|&&m| active(m)).count() as u32,
    }
}

#[test]
fn figures_agree_with_walking_every_line_on_random_trees() {
    let mut rng = Rng::new(20261127);
    for round in 0..40 {
        let size = 1 + rng.below(60) as u128;
        let (members, volumes) = random_tree(&mut rng, size);
        let rules = RollUpRules {
            active_from_centipoints: 5_000,
            levels: (round % 3 != 0).then(|| rng.below(4)),
        };
        let figures = roll_up(&members, &volumes, rules);
        for m in &members {
            let expected = brute_force(&members, &volumes, rules, m.meta.id);
            assert_eq!(
                figures.of(m.meta.id),
                Some(&expected),
                "round {round}, {rules:?}"
            );
            let legs: u64 = expected.legs.iter().map(|(_, v)| v).sum();
            assert_eq!(
                expected.group,
                expected.personal + legs,
                "GV is PV plus the legs"
            );
        }
    }
}

#[test]
fn a_sponsor_cycle_does_not_loop_and_counts_only_own_volume() {
    let members = [
        Member::numbered(1, None),
        Member::numbered(2, Some(1)),
        Member::numbered(3, Some(4)),
        Member::numbered(4, Some(3)),
    ];
    let volumes = [
        volume(1, 100),
        volume(2, 200),
        volume(3, 300),
        volume(4, 400),
    ];
    let rules = RollUpRules {
        active_from_centipoints: 250,
        levels: None,
    };
    let figures = roll_up(&members, &volumes, rules);
    assert_eq!(figures.of(Uuid::from_u128(1)).unwrap().group, 300);
    let in_cycle = figures.of(Uuid::from_u128(3)).unwrap();
    assert_eq!((in_cycle.group, in_cycle.legs.len()), (300, 0));
    assert!(in_cycle.active);
}

#[test]
fn deleted_members_and_volumes_do_not_count() {
    let mut members = vec![
        Member::numbered(1, None),
        Member::numbered(2, Some(1)),
        Member::numbered(3, Some(2)),
    ];
    members[1].meta.mark_deleted(Utc::now());
    let mut gone = volume(1, 999);
    gone.meta.mark_deleted(Utc::now());
    let volumes = [volume(1, 100), gone, volume(3, 50)];
    let figures = roll_up(
        &members,
        &volumes,
        RollUpRules {
            active_from_centipoints: 100,
            levels: None,
        },
    );
    assert!(figures.of(Uuid::from_u128(2)).is_none());
    assert_eq!(figures.of(Uuid::from_u128(1)).unwrap().group, 100);
    // Without its sponsor, member 3 heads its own tree.
    assert_eq!(figures.of(Uuid::from_u128(3)).unwrap().group, 50);
}
