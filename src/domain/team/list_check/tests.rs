use super::*;

fn row(line: usize, id: &str, sponsor: Option<&str>) -> MemberRow {
    MemberRow {
        line,
        id: id.into(),
        sponsor: sponsor.map(Into::into),
        placement: None,
    }
}

fn rep() -> HashSet<String> {
    HashSet::from(["R-1".to_owned()])
}

#[test]
fn a_good_list_has_no_problems() {
    let rows = [
        row(2, "A", Some("R-1")),
        row(3, "B", Some("A")),
        row(4, "C", Some("A")),
    ];
    assert_eq!(check_tree(&rows, &rep()), []);
    assert_eq!(importable(&rows, &[], &[]), [0, 1, 2]);
    assert!(
        importable(&rows, &[], &[2]).is_empty(),
        "a wrong value in A's row refuses B and C too"
    );
}

#[test]
fn duplicates_unknown_sponsors_and_cycles_are_named_by_line() {
    let mut placed = row(7, "F", Some("A"));
    placed.placement = Some("Z".into());
    let rows = [
        row(2, "A", Some("R-1")),
        row(3, "B", Some("A")),
        row(4, "B", Some("A")),
        row(5, "C", Some("X-99")),
        row(6, "D", Some("E")),
        row(8, "E", Some("G")),
        row(9, "G", Some("D")),
        placed,
        row(10, "H", Some("C")),
        row(11, "K", Some("D")),
        row(12, "L", Some("B")),
    ];
    let problems = check_tree(&rows, &rep());
    assert_eq!(
        problems,
        [
            TreeProblem::DuplicateId {
                line: 4,
                first_line: 3,
                id: "B".into()
            },
            TreeProblem::UnknownSponsor {
                line: 5,
                sponsor: "X-99".into()
            },
            TreeProblem::UnknownPlacement {
                line: 7,
                placement: "Z".into()
            },
            TreeProblem::Cycle {
                lines: vec![6, 8, 9]
            },
        ]
    );
    // Only A can come in: B is there twice (so L under it waits), H hangs under the
    // unknown sponsor's C, K under the cycle.
    let lines: Vec<usize> = importable(&rows, &problems, &[])
        .into_iter()
        .map(|i| rows[i].line)
        .collect();
    assert_eq!(lines, [2]);
}

#[test]
fn a_member_sponsoring_itself_is_a_cycle() {
    let rows = [row(2, "A", Some("A"))];
    assert_eq!(
        check_tree(&rows, &rep()),
        [TreeProblem::Cycle { lines: vec![2] }]
    );
    assert!(importable(&rows, &check_tree(&rows, &rep()), &[]).is_empty());
}
