// Volumes are hundredths of a point, written as points_hundredths: 2_650_00 is 2,650.
#![allow(clippy::inconsistent_digit_grouping)]

use super::*;
use crate::domain::team::rank_rules::RankRule;

const OCTOBER: Period = Period {
    year: 2026,
    month: 10,
};
const NOVEMBER: Period = Period {
    year: 2026,
    month: 11,
};

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

#[test]
fn unilevel_ranks_follow_the_month_s_figures() {
    let members = [
        Member::numbered(1, None),
        Member::numbered(2, Some(1)),
        Member::numbered(3, Some(1)),
        Member::numbered(4, Some(2)),
    ];
    let volumes = [
        Volume::points(1, NOVEMBER, 150),
        Volume::points(2, NOVEMBER, 600),
        Volume::points(3, NOVEMBER, 200),
        Volume::points(4, NOVEMBER, 500),
        Volume::points(1, OCTOBER, 90),
    ];
    let plan = CompPlan::with_ladder(
        PlanKind::Unilevel,
        vec![
            RankRule::needing("Bronze", 0, 0, 0, None),
            RankRule::needing("Silber", 1_000, 2, 0, None),
            RankRule::needing("Gold", 2_000, 2, 0, Some(50)),
        ],
    );
    let months = team_months(&members, &volumes, &plan, OCTOBER, NOVEMBER);
    assert_eq!(months.len(), 2);
    let november = &months[1];
    assert_eq!(november.figures(id(1)).unwrap().group, 1_450_00);
    assert_eq!(
        november.rank(id(1)),
        Some(1),
        "GV 1,450 and two active legs: Silber"
    );
    assert_eq!(november.rank(id(2)), Some(0), "one active leg only: Bronze");
    assert_eq!(
        months[0].rank(id(1)),
        None,
        "90 PV in October is below every rank"
    );
}

#[test]
fn binary_counts_the_weaker_leg_and_carries_the_rest_into_the_next_month() {
    let mut left = Member::numbered(2, Some(1));
    left.placement_leg = Some(0);
    let mut right = Member::numbered(3, Some(1));
    right.placement_leg = Some(1);
    let mut placed_under_left = Member::numbered(4, Some(1));
    placed_under_left.placement_parent_id = Some(id(2));
    let members = [Member::numbered(1, None), left, right, placed_under_left];
    let volumes = [
        Volume::points(1, OCTOBER, 100),
        Volume::points(2, OCTOBER, 500),
        Volume::points(3, OCTOBER, 200),
        Volume::points(1, NOVEMBER, 100),
        Volume::points(4, NOVEMBER, 100),
        Volume::points(3, NOVEMBER, 600),
    ];
    let plan = CompPlan::with_ladder(
        PlanKind::Binary,
        vec![RankRule::needing("Bronze", 300, 0, 0, None)],
    );
    let months = team_months(&members, &volumes, &plan, OCTOBER, NOVEMBER);
    let october = months[0].binary_legs(id(1)).unwrap();
    assert_eq!((october.left, october.right), (500_00, 200_00));
    assert_eq!(october.paired, 200_00);
    assert_eq!(october.carried_out, (300_00, 0));
    assert_eq!(
        months[0].rank(id(1)),
        None,
        "200 in the weaker leg is below 300"
    );

    // Member 4 is placed under member 2 although member 1 sponsored them, so their
    // volume is in the left leg.
    let november = team_month(&members, &volumes, &plan, NOVEMBER);
    let legs = november.binary_legs(id(1)).unwrap();
    assert_eq!(
        legs.carried_in,
        (300_00, 0),
        "carried from October without asking for it"
    );
    assert_eq!((legs.left, legs.right), (100_00, 600_00));
    assert_eq!(legs.paired, 400_00);
    assert_eq!(legs.carried_out, (0, 200_00));
    assert_eq!(november.rank(id(1)), Some(0));
    assert_eq!(
        november.rank_figures(id(1)).unwrap().sponsored_active,
        2,
        "sponsored actives follow sponsorship: members 3 and 4 (placement would give 1)"
    );
}

#[test]
fn binary_places_members_without_a_leg_on_the_side_with_fewer() {
    let members = [
        Member::numbered(1, None),
        Member::numbered(2, Some(1)),
        Member::numbered(3, Some(1)),
    ];
    let volumes = [
        Volume::points(2, NOVEMBER, 400),
        Volume::points(3, NOVEMBER, 100),
    ];
    let plan = CompPlan::with_ladder(
        PlanKind::Binary,
        vec![RankRule::needing("Bronze", 300, 0, 0, None)],
    );
    let legs = team_month(&members, &volumes, &plan, NOVEMBER)
        .binary_legs(id(1))
        .unwrap();
    assert_eq!((legs.left, legs.right), (400_00, 100_00));
}

#[test]
fn stairstep_breakaway_takes_a_qualified_group_out_of_the_upline() {
    let members = [
        Member::numbered(1, None),
        Member::numbered(2, Some(1)),
        Member::numbered(3, Some(2)),
    ];
    let volumes = [
        Volume::points(1, NOVEMBER, 100),
        Volume::points(2, NOVEMBER, 100),
        Volume::points(3, NOVEMBER, 2_000),
    ];
    let mut plan = CompPlan::stairstep_for_tests();
    let month = team_month(&members, &volumes, &plan, NOVEMBER);
    assert!(month.broke_away(id(3)));
    assert_eq!(month.rank(id(3)), Some(1));
    // Without the breakaway member 2 would have 2,100 GV and break away too.
    assert!(!month.broke_away(id(2)));
    assert_eq!(month.figures(id(2)).unwrap().group, 100_00);
    assert_eq!(month.rank(id(2)), Some(0));
    assert_eq!(
        month.figures(id(2)).unwrap().active_legs,
        1,
        "the leg still counts as active"
    );
    assert_eq!(month.figures(id(1)).unwrap().group, 200_00);

    plan.kind = PlanKind::Unilevel;
    let unilevel = team_month(&members, &volumes, &plan, NOVEMBER);
    assert_eq!(unilevel.figures(id(1)).unwrap().group, 2_200_00);
    assert!(!unilevel.broke_away(id(3)));
}

#[test]
fn binary_active_legs_count_sides_and_leg_caps_do_not_apply() {
    // Member 1 sponsored 2 and 4 (active, both left) and 3 (right, 1,000 points in an
    // inactive member's team: 5 with 99 PV under 3 with none).
    let mut members = vec![Member::numbered(1, None)];
    for (n, leg) in [(2, 0), (3, 1), (4, 0)] {
        let mut m = Member::numbered(n, Some(1));
        m.placement_leg = Some(leg);
        members.push(m);
    }
    members.push(Member::numbered(5, Some(3)));
    let volumes = [
        Volume::points(1, NOVEMBER, 100),
        Volume::points(2, NOVEMBER, 600),
        Volume::points(4, NOVEMBER, 600),
        Volume::points(3, NOVEMBER, 0),
        Volume::points(5, NOVEMBER, 99),
    ];
    let mut plan = CompPlan::with_ladder(
        PlanKind::Binary,
        vec![
            RankRule::needing("Bronze", 0, 0, 0, None),
            RankRule::needing("Silber", 90, 2, 0, None),
        ],
    );
    let month = team_month(&members, &volumes, &plan, NOVEMBER);
    assert_eq!(
        month.figures(id(1)).unwrap().active_legs,
        1,
        "only the left side holds an active member"
    );
    assert_eq!(month.rank(id(1)), Some(0), "Silber wants both sides active");

    // A share cap left over from a unilevel plan does not turn the weaker-leg rule off.
    plan.ladder[1] = RankRule::needing("Silber", 1_000, 0, 0, Some(60));
    let month = team_month(&members, &volumes, &plan, NOVEMBER);
    assert_eq!(month.binary_legs(id(1)).unwrap().paired, 99_00);
    assert_eq!(
        month.rank(id(1)),
        Some(0),
        "99 in the weaker leg is below 1,000"
    );
}
