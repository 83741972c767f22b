//! The back-office team list from file to records, through the CSV reader.
// Volumes are hundredths of a point, written as points_hundredths: 2_650_00 is 2,650.
#![allow(clippy::inconsistent_digit_grouping)]

use super::*;
use crate::domain::contacts::contact::Role;
use crate::io::csv_table::CsvOptions;
use crate::io::team_csv::read_team_file;

const OCTOBER: Period = Period {
    year: 2026,
    month: 10,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

/// The rep (member 1, no back-office number stored yet) and Jörg (member 2, number
/// 1001) with 50 points in October.
fn stored() -> (Vec<Member>, Vec<Volume>) {
    let mut jorg = Member::numbered(2, Some(1));
    jorg.external_id = Some("1001".into());
    (
        vec![Member::numbered(1, None), jorg],
        vec![Volume::points(2, OCTOBER, 50)],
    )
}

fn plan_file(
    file: &str,
    members: &[Member],
    volumes: &[Volume],
    all_lines: bool,
) -> (TeamCheck, TeamImport) {
    plan_file_with_names(file, members, volumes, &HashMap::new(), all_lines)
}

fn plan_file_with_names(
    file: &str,
    members: &[Member],
    volumes: &[Volume],
    names: &HashMap<Uuid, String>,
    all_lines: bool,
) -> (TeamCheck, TeamImport) {
    let team_file = read_team_file(file.as_bytes(), CsvOptions::default(), None).unwrap();
    let members: Vec<&Member> = members.iter().collect();
    let volumes: Vec<&Volume> = volumes.iter().collect();
    let team = StoredTeam {
        members: &members,
        volumes: &volumes,
        names,
        root: Uuid::from_u128(1),
        rep_number: Some("1000"),
    };
    let wrong: Vec<usize> = team_file.problems.iter().map(|p| p.line).collect();
    let check = check_team_rows(&team_file.rows, &wrong, &team, today());
    let lines: HashSet<usize> = if all_lines {
        team_file.rows.iter().map(|r| r.member.line).collect()
    } else {
        check.importable_lines.iter().copied().collect()
    };
    let import = plan_team_import(&team_file.rows, &lines, &team, Utc::now(), today());
    (check, import)
}

const GOOD: &str = "Beraternummer;Name;Sponsor;Platzierung;Seite;Eintritt;PV 10/2026\n\
                    1000;Maren Ohm;900;;;;120\n\
                    1001;Jörg Weiß;1000;;;;80\n\
                    1002;Zoë Brandt;1001;1001;L;18.01.2026;45,5\n";

#[test]
fn a_good_list_adds_new_members_and_updates_known_ones() {
    let (members, volumes) = stored();
    let (check, import) = plan_file(GOOD, &members, &volumes, true);
    assert_eq!(check.problems, [], "the rep's upline 900 is not asked for");
    assert_eq!(check.importable_lines, [2, 3, 4]);
    assert_eq!((import.new_members, import.updated_members), (1, 1));

    let writes = &import.writes;
    let zoe_contact = &writes.contacts[0];
    assert_eq!(zoe_contact.display_name(), "Zoë Brandt");
    assert!(zoe_contact.has_role(Role::Rep));
    let zoe = writes
        .members
        .iter()
        .find(|m| m.contact_id == zoe_contact.meta.id)
        .unwrap();
    assert_eq!(zoe.sponsor_id, Some(Uuid::from_u128(2)));
    assert_eq!(zoe.placement_parent_id, Some(Uuid::from_u128(2)));
    assert_eq!(zoe.placement_leg, Some(0));
    assert_eq!(zoe.joined_on, NaiveDate::from_ymd_opt(2026, 1, 18).unwrap());
    let rep = writes
        .members
        .iter()
        .find(|m| m.meta.id == Uuid::from_u128(1))
        .unwrap();
    assert_eq!(
        rep.external_id.as_deref(),
        Some("1000"),
        "the rep's number is kept"
    );
    assert_eq!(rep.sponsor_id, None, "the rep stays the root");

    let october = |member: Uuid| {
        writes
            .volumes
            .iter()
            .find(|v| v.member_id == member && v.period == OCTOBER)
            .map(|v| v.personal_centipoints)
    };
    assert_eq!(october(Uuid::from_u128(1)), Some(120_00));
    assert_eq!(october(Uuid::from_u128(2)), Some(80_00));
    assert_eq!(october(zoe.meta.id), Some(45_50));
    assert_eq!(
        writes
            .volumes
            .iter()
            .find(|v| v.member_id == Uuid::from_u128(2))
            .unwrap()
            .meta
            .id,
        volumes[0].meta.id,
        "Jörg's October figure is updated, not doubled"
    );
}

#[test]
fn importing_the_same_list_again_changes_nothing() {
    let (mut members, mut volumes) = stored();
    let (_, first) = plan_file(GOOD, &members, &volumes, true);
    let mut data = DataSet {
        members: members.clone(),
        volumes: volumes.clone(),
        ..DataSet::default()
    };
    data.overwrite_with(&first.writes);
    (members, volumes) = (data.members, data.volumes);
    let (check, again) = plan_file(GOOD, &members, &volumes, true);
    assert_eq!(check.problems, []);
    assert_eq!((again.new_members, again.updated_members), (0, 0));
    assert_eq!(again.writes.record_count(), 0);
}

#[test]
fn a_bad_list_names_each_problem_and_only_the_valid_part_can_come_in() {
    let file = "Member ID,Name,Sponsor ID,PV 2026-10\n\
                2001,Anna Lutz,1000,100\n\
                2002,Ben Kreis,2003,10\n\
                2003,Cem Kreis,2002,10\n\
                2004,Dana Doppel,1000,10\n\
                2004,Dana Doppelt,1000,10\n\
                2005,Emil Fremd,7777,10\n\
                2006,Fritz Falsch,2001,viel\n\
                2007,Gina Unter,2006,10\n\
                2008,Hans Unter,2001,10\n";
    let (members, volumes) = stored();
    let (check, import) = plan_file(file, &members, &volumes, false);
    assert_eq!(
        check.problems,
        [
            TreeProblem::DuplicateId {
                line: 6,
                first_line: 5,
                id: "2004".into()
            },
            TreeProblem::UnknownSponsor {
                line: 7,
                sponsor: "7777".into()
            },
            TreeProblem::Cycle { lines: vec![3, 4] },
        ]
    );
    // Both of Dana's rows stay out. Fritz's volume is not a number, so Fritz and Gina
    // under him stay out as well.
    assert_eq!(check.importable_lines, [2, 10]);
    assert_eq!(check.waiting, 1, "Gina, under Fritz");
    let names: Vec<String> = import
        .writes
        .contacts
        .iter()
        .map(|c| c.display_name())
        .collect();
    assert_eq!(names, ["Anna Lutz", "Hans Unter"]);
    let [rep, anna, hans] = import.writes.members.as_slice() else {
        panic!("the rep, Anna and Hans: {:?}", import.writes.members);
    };
    assert_eq!(
        (rep.meta.id, rep.external_id.as_deref()),
        (Uuid::from_u128(1), Some("1000")),
        "the rep's number is stored although the file has no row for the rep"
    );
    assert_eq!(anna.sponsor_id, Some(rep.meta.id));
    assert_eq!(hans.sponsor_id, Some(anna.meta.id));
}

#[test]
fn a_list_of_volumes_alone_moves_nobody() {
    let (mut members, volumes) = stored();
    members.push(Member::numbered(3, Some(1)));
    members[2].external_id = Some("1003".into());
    members[1].sponsor_id = Some(Uuid::from_u128(3));
    members[1].placement_parent_id = Some(Uuid::from_u128(1));
    members[1].placement_leg = Some(1);
    let (check, import) = plan_file(
        "Beraternummer;PV 10/2026\n1001;90\n",
        &members,
        &volumes,
        true,
    );
    assert_eq!(check.problems, []);
    assert_eq!(import.updated_members, 0);
    assert!(
        import
            .writes
            .members
            .iter()
            .all(|m| m.meta.id != Uuid::from_u128(2)),
        "Jörg stays where he is"
    );
    assert_eq!(import.writes.volumes.len(), 1);
    assert_eq!(import.writes.volumes[0].meta.id, volumes[0].meta.id);
    assert_eq!(import.writes.volumes[0].personal_centipoints, 90_00);
}

#[test]
fn circles_closed_with_the_stored_team_are_refused() {
    // Stored: the rep, Jörg (1001) under the rep, and Cem (1003) under Jörg.
    let (mut members, volumes) = stored();
    let mut cem = Member::numbered(3, Some(2));
    cem.external_id = Some("1003".into());
    members.push(cem);
    let (check, import) = plan_file(
        "Beraternummer;Sponsor\n1001;1003\n",
        &members,
        &volumes,
        false,
    );
    assert_eq!(check.problems, [TreeProblem::Cycle { lines: vec![2] }]);
    assert!(check.importable_lines.is_empty());
    assert_eq!((import.new_members, import.updated_members), (0, 0));
    assert!(import.writes.volumes.is_empty() && import.writes.contacts.is_empty());

    let placed = "Beraternummer;Sponsor;Platzierung\n2001;1000;2002\n2002;1000;2001\n";
    let (check, _) = plan_file(placed, &members, &volumes, false);
    assert_eq!(
        check.problems,
        [TreeProblem::PlacementCycle { lines: vec![2, 3] }]
    );
}

#[test]
fn a_join_date_after_today_is_refused_as_the_form_refuses_it() {
    let (members, volumes) = stored();
    let file = "Beraternummer;Name;Sponsor;Eintritt\n\
                1002;Zoë Brandt;1000;28.11.2026\n\
                1003;Ben Kurz;1000;27.11.2026\n";
    let (check, _) = plan_file(file, &members, &volumes, false);
    assert_eq!(
        check.problems,
        [TreeProblem::JoinedInFuture {
            line: 2,
            joined: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
        }]
    );
    assert_eq!(check.importable_lines, [3], "today itself is fine");
}

#[test]
fn a_member_added_by_hand_is_found_by_name_and_sponsor() {
    let (mut members, volumes) = stored();
    // Ben was added by hand under the rep, without a back-office number; another Ben
    // Kurz sits under Jörg, so only the sponsor tells them apart.
    let ben = Member::numbered(3, Some(1));
    let other_ben = Member::numbered(4, Some(2));
    members.extend([ben.clone(), other_ben]);
    let names: HashMap<Uuid, String> = [
        (Uuid::from_u128(3), "Ben Kurz".to_owned()),
        (Uuid::from_u128(4), "Ben Kurz".to_owned()),
    ]
    .into();
    let file = "Beraternummer;Name;Sponsor;PV 10/2026\n\
                1003;BEN KURZ;1000;30\n\
                1004;Cem Kaya;1003;10\n";
    let (check, import) = plan_file_with_names(file, &members, &volumes, &names, true);
    assert_eq!(check.problems, []);
    assert_eq!(
        (import.new_members, import.updated_members),
        (1, 1),
        "Cem is new; Ben is matched, not added a second time"
    );
    let numbered = import
        .writes
        .members
        .iter()
        .find(|m| m.meta.id == ben.meta.id)
        .unwrap();
    assert_eq!(numbered.external_id.as_deref(), Some("1003"));
    let cem = import
        .writes
        .members
        .iter()
        .find(|m| m.external_id.as_deref() == Some("1004"))
        .unwrap();
    assert_eq!(cem.sponsor_id, Some(ben.meta.id));
    assert!(
        import
            .writes
            .volumes
            .iter()
            .any(|v| v.member_id == ben.meta.id)
    );

    let members: Vec<&Member> = members.iter().collect();
    let no_volumes: Vec<&Volume> = Vec::new();
    let team = StoredTeam {
        members: &members,
        volumes: &no_volumes,
        names: &names,
        root: Uuid::from_u128(1),
        rep_number: Some("1000"),
    };
    let rows = read_team_file(file.as_bytes(), CsvOptions::default(), None)
        .unwrap()
        .rows;
    assert_eq!(team.matched_by_name(&rows), [(2, ben.meta.id)]);
    assert_eq!(team.known_rows(&rows), 1);

    // Two rows with Ben's name under the rep: neither is taken for the Ben added by hand.
    let twice = "Beraternummer;Name;Sponsor\n1003;Ben Kurz;1000\n1005;Ben Kurz;1000\n";
    let rows = read_team_file(twice.as_bytes(), CsvOptions::default(), None)
        .unwrap()
        .rows;
    assert_eq!(team.matched_by_name(&rows), []);
}
