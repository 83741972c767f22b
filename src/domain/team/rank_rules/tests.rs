use super::*;

/// Points in the hundredths volumes are kept in.
fn p(points: u64) -> u64 {
    points * 100
}

fn ladder() -> Vec<RankRule> {
    vec![
        RankRule::needing("Bronze", 1_000, 1, 1, None),
        RankRule::needing("Silber", 3_000, 2, 2, Some(50)),
        RankRule::needing("Gold", 5_000, 3, 3, Some(40)),
    ]
}

const ANNA: Uuid = Uuid::from_u128(1);
const BEN: Uuid = Uuid::from_u128(2);
const CEM: Uuid = Uuid::from_u128(3);

/// PV 150; legs Anna 2,500, Ben 700, Cem 300: GV 3,650; three active legs, two of the
/// personally sponsored active.
fn figures() -> MemberFigures {
    MemberFigures {
        personal: p(150),
        group: p(3_650),
        legs: vec![(ANNA, p(2_500)), (BEN, p(700)), (CEM, p(300))],
        active: true,
        active_legs: 3,
        sponsored_active: 2,
    }
}

#[test]
fn one_strong_leg_counts_only_up_to_the_plan_s_share() {
    let ladder = ladder();
    let silver = &ladder[1];
    // Anna's leg counts 1,500 of the 3,000 Silver needs: 150 + 1,500 + 700 + 300.
    assert_eq!(silver.countable_group(&figures()), p(2_650));
    assert!(!silver.met_by(&figures()), "3,650 GV, but only 2,650 count");
    assert_eq!(silver.legs_over_cap(&figures()), [(ANNA, p(1_000))]);
    assert_eq!(qualified_rank(&ladder, &figures()), Some(0), "Bronze");

    let progress = ladder[2].progress(&figures());
    let shown: Vec<(Requirement, u64, u64, bool)> = progress
        .iter()
        .map(|x| (x.requirement, x.have, x.need, x.met()))
        .collect();
    assert_eq!(
        shown,
        [
            (Requirement::Personal, p(150), p(100), true),
            // Gold counts at most 2,000 from one leg: 150 + 2,000 + 700 + 300.
            (Requirement::Group, p(3_150), p(5_000), false),
            (Requirement::ActiveLegs, 3, 3, true),
            (Requirement::SponsoredActive, 2, 3, false),
        ]
    );
}

#[test]
fn more_volume_in_a_weaker_leg_is_what_reaches_the_next_rank() {
    let ladder = ladder();
    let silver = &ladder[1];
    // 350 missing; Ben's leg has 800 of room under the cap, Anna's none.
    assert_eq!(silver.volume_needed_in_leg(&figures(), BEN), Some(p(350)));
    assert_eq!(silver.volume_needed_in_leg(&figures(), ANNA), None);
    // Gold also lacks a sponsored active member: volume alone does not reach it.
    assert_eq!(ladder[2].volume_needed_in_leg(&figures(), BEN), None);

    let mut more = figures();
    more.legs[1].1 += p(350);
    more.group += p(350);
    assert_eq!(qualified_rank(&ladder, &more), Some(1), "Silber");
}

#[test]
fn without_a_leg_rule_all_group_volume_counts() {
    let bronze = &ladder()[0];
    assert_eq!(bronze.countable_group(&figures()), p(3_650));
    assert!(bronze.legs_over_cap(&figures()).is_empty());
    let nobody = MemberFigures::default();
    assert_eq!(qualified_rank(&ladder(), &nobody), None);
}

#[test]
fn a_binary_month_counts_the_weaker_leg_and_carries_the_rest() {
    let (weaker, carried) = binary_month(p(1_000), p(600), (0, 0));
    assert_eq!((weaker, carried), (p(600), (p(400), 0)));
    // Next month the carried 400 joins the left leg's 200.
    let (weaker, carried) = binary_month(p(200), p(900), carried);
    assert_eq!((weaker, carried), (p(600), (0, p(300))));
}

#[test]
fn the_quick_test_agrees_with_the_listed_requirements() {
    let ladder = ladder();
    for personal in [0, 99, 100, 150] {
        for anna in [0, 500, 1_500, 2_500] {
            for (legs, sponsored) in [(0, 0), (1, 2), (2, 1), (3, 3)] {
                let figures = MemberFigures {
                    personal: p(personal),
                    group: p(personal + anna + 1_000),
                    legs: vec![(ANNA, p(anna)), (BEN, p(1_000))],
                    active: true,
                    active_legs: legs,
                    sponsored_active: sponsored,
                };
                for rule in &ladder {
                    assert_eq!(
                        rule.met_by(&figures),
                        rule.progress(&figures).iter().all(Progress::met),
                        "{} with {figures:?}",
                        rule.name
                    );
                }
            }
        }
    }
}
