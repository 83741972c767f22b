use super::*;
use chrono::NaiveDate;

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

/// 1 sponsored 2 and 3 (3 joined first), 2 sponsored 4, 4 sponsored 5; 6 and 7 sponsor
/// each other, outside the rep's tree.
fn members() -> Vec<Member> {
    let mut members = vec![
        Member::numbered(1, None),
        Member::numbered(2, Some(1)),
        Member::numbered(3, Some(1)),
        Member::numbered(4, Some(2)),
        Member::numbered(5, Some(4)),
        Member::numbered(6, Some(7)),
        Member::numbered(7, Some(6)),
    ];
    members[2].joined_on = NaiveDate::from_ymd_opt(2024, 6, 1).unwrap();
    members
}

#[test]
fn two_levels_show_first_and_opening_a_node_shows_its_children() {
    let tree = TeamTree::new(&members(), id(1));
    let mut open = tree.first_open();
    let shown = |rows: Vec<TreeRow>| -> Vec<(u128, usize, usize, bool)> {
        rows.iter()
            .map(|r| (r.id.as_u128(), r.depth, r.children, r.open))
            .collect()
    };
    assert_eq!(
        shown(tree.rows(&open)),
        [
            (1, 0, 2, true),
            (3, 1, 0, false),
            (2, 1, 1, true),
            (4, 2, 1, false)
        ]
    );
    open.insert(id(4));
    assert_eq!(
        shown(tree.rows(&open))[4..],
        [(5, 3, 0, false)],
        "member 5 appears under member 4"
    );
    open.remove(&id(2));
    assert_eq!(
        tree.rows(&open).len(),
        3,
        "closing member 2 hides everything below"
    );
}

#[test]
fn the_path_runs_from_the_rep_down_and_stops_outside_the_tree() {
    let tree = TeamTree::new(&members(), id(1));
    let path: Vec<u128> = tree
        .path_to(id(5))
        .unwrap()
        .iter()
        .map(|u| u.as_u128())
        .collect();
    assert_eq!(path, [1, 2, 4, 5]);
    assert_eq!(
        tree.path_to(id(6)),
        None,
        "a cycle outside the tree has no path"
    );
    let levels: Vec<usize> = tree.levels_below(id(1)).iter().map(Vec::len).collect();
    assert_eq!(levels, [2, 1, 1]);
    assert_eq!(tree.own_team_of(id(2)), vec![id(4), id(5)]);
    assert_eq!(tree.members_outside(7), 2, "6 and 7 sponsor each other");
}

#[test]
fn a_cycle_through_the_root_is_shown_once() {
    let mut members = members();
    members[0].sponsor_id = Some(id(5));
    let tree = TeamTree::new(&members, id(1));
    let mut open = tree.first_open();
    open.extend([id(4), id(5)]);
    assert_eq!(tree.rows(&open).len(), 5);
    assert_eq!(tree.levels_below(id(1)).concat().len(), 4);
}
