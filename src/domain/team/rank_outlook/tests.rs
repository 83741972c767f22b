// Volumes are hundredths of a point, written as points_hundredths: 2_650_00 is 2,650.
#![allow(clippy::inconsistent_digit_grouping)]

use super::*;
use crate::domain::team::member::Member;
use crate::domain::team::month::team_month;
use crate::domain::team::volume::{Period, Volume};

const MONTH: Period = Period {
    year: 2026,
    month: 11,
};
const ANNA: u128 = 2;
const BEN: u128 = 3;
const CEM: u128 = 4;

/// PV 150; legs Anna 2,500, Ben 700, Cem 300: GV 3,650, three active legs.
fn team() -> (Vec<Member>, Vec<Volume>) {
    let members = vec![
        Member::numbered(1, None),
        Member::numbered(ANNA, Some(1)),
        Member::numbered(BEN, Some(1)),
        Member::numbered(CEM, Some(1)),
    ];
    let volumes = vec![
        Volume::points(1, MONTH, 150),
        Volume::points(ANNA, MONTH, 2_500),
        Volume::points(BEN, MONTH, 700),
        Volume::points(CEM, MONTH, 300),
    ];
    (members, volumes)
}

#[test]
fn the_next_rank_shows_each_requirement_and_the_legs_that_would_reach_it() {
    let plan = CompPlan::with_ladder(
        PlanKind::Unilevel,
        vec![
            RankRule::needing("Bronze", 1_000, 1, 1, None),
            RankRule::needing("Silber", 3_000, 2, 2, Some(50)),
            RankRule::needing("Gold", 5_000, 3, 3, Some(40)),
        ],
    );
    let (members, volumes) = team();
    let month = team_month(&members, &volumes, &plan, MONTH);
    let outlook = rank_outlook(&plan, &month, Uuid::from_u128(1)).unwrap();
    assert_eq!(outlook.current, Some(0));
    assert_eq!(outlook.next, Some(1));
    let group = outlook
        .progress
        .iter()
        .find(|p| p.requirement == Requirement::Group)
        .unwrap();
    // Silber counts at most 1,500 from Anna's leg: 150 + 1,500 + 700 + 300.
    assert_eq!((group.have, group.need), (2_650_00, 3_000_00));
    assert!(!group.met());
    assert_eq!(
        outlook.what_if,
        vec![
            WhatIf {
                leg: LegChoice::Leg(Uuid::from_u128(BEN)),
                more: 350_00
            },
            WhatIf {
                leg: LegChoice::Leg(Uuid::from_u128(CEM)),
                more: 350_00
            },
        ],
        "more in Anna's leg would not count"
    );
    assert_eq!(outlook.over_cap, vec![(Uuid::from_u128(ANNA), 1_000_00)]);
}

#[test]
fn no_leg_alone_reaches_a_rank_whose_other_requirements_are_missing() {
    let plan = CompPlan::with_ladder(
        PlanKind::Unilevel,
        vec![
            RankRule::needing("Bronze", 0, 0, 0, None),
            RankRule::needing("Gold", 5_000, 4, 4, None),
        ],
    );
    let (members, volumes) = team();
    let month = team_month(&members, &volumes, &plan, MONTH);
    let outlook = rank_outlook(&plan, &month, Uuid::from_u128(1)).unwrap();
    assert_eq!(outlook.next, Some(1));
    assert!(outlook.what_if.is_empty(), "three active legs, four needed");
    let legs = outlook
        .progress
        .iter()
        .find(|p| p.requirement == Requirement::ActiveLegs)
        .unwrap();
    assert_eq!((legs.have, legs.need), (3, 4));
}

#[test]
fn binary_more_volume_counts_only_in_the_weaker_leg() {
    let mut left = Member::numbered(2, Some(1));
    left.placement_leg = Some(0);
    let mut right = Member::numbered(3, Some(1));
    right.placement_leg = Some(1);
    let members = [Member::numbered(1, None), left, right];
    let volumes = [
        Volume::points(1, MONTH, 100),
        Volume::points(2, MONTH, 400),
        Volume::points(3, MONTH, 100),
    ];
    let plan = CompPlan::with_ladder(
        PlanKind::Binary,
        vec![RankRule::needing("Bronze", 300, 0, 0, None)],
    );
    let month = team_month(&members, &volumes, &plan, MONTH);
    let outlook = rank_outlook(&plan, &month, Uuid::from_u128(1)).unwrap();
    assert_eq!(outlook.current, None);
    assert_eq!(
        outlook.what_if,
        vec![WhatIf {
            leg: LegChoice::Side(1),
            more: 200_00
        }]
    );
}

#[test]
fn the_top_rank_has_nothing_next() {
    let plan = CompPlan::with_ladder(
        PlanKind::Unilevel,
        vec![RankRule::needing("Bronze", 1_000, 1, 1, None)],
    );
    let (members, volumes) = team();
    let month = team_month(&members, &volumes, &plan, MONTH);
    let outlook = rank_outlook(&plan, &month, Uuid::from_u128(1)).unwrap();
    assert_eq!((outlook.current, outlook.next), (Some(0), None));
    assert!(outlook.progress.is_empty());
}

#[test]
fn a_leg_that_broke_away_is_not_offered() {
    // Stairstep: Anna (2,500 in her own group) reaches the breakaway rank, so her
    // volume no longer counts for member 1; only Ben and Cem can help.
    let plan = CompPlan::stairstep_for_tests();
    let (members, volumes) = team();
    let month = team_month(&members, &volumes, &plan, MONTH);
    assert!(month.broke_away(Uuid::from_u128(ANNA)));
    let outlook = rank_outlook(&plan, &month, Uuid::from_u128(1)).unwrap();
    let legs: Vec<LegChoice> = outlook.what_if.iter().map(|w| w.leg).collect();
    assert_eq!(
        legs,
        [
            LegChoice::Leg(Uuid::from_u128(BEN)),
            LegChoice::Leg(Uuid::from_u128(CEM))
        ]
    );
    assert_eq!(outlook.what_if[0].more, 850_00, "2,000 - (150 + 700 + 300)");
}
