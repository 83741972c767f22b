use super::*;
use crate::domain::team::list_check::{TreeProblem, check_tree};
use std::collections::HashSet;

fn period(year: i32, month: u8) -> Period {
    Period { year, month }
}

#[test]
fn a_german_back_office_export_is_read_column_by_column() {
    let file = "Beraternummer;Vorname;Nachname;Sponsornummer;Platzierung;Seite;Eintrittsdatum;PV 10/2026;PV 2026-11\r\n\
                1001;Maren;Ohm;;;;01.02.2020;1.250,50;300\r\n\
                1002;Jörg;Weiß;1001;1001;L;2025-03-15;80;0\r\n\
                1003;Zoë;Brandt;1001;1002;rechts;18.01.2026;;120,5\r\n";
    let team = read_team_file(file.as_bytes(), CsvOptions::default(), None).unwrap();
    assert_eq!(
        team.columns,
        [
            TeamColumn::MemberId,
            TeamColumn::GivenName,
            TeamColumn::FamilyName,
            TeamColumn::SponsorId,
            TeamColumn::PlacementId,
            TeamColumn::Leg,
            TeamColumn::Joined,
            TeamColumn::Personal(period(2026, 10)),
            TeamColumn::Personal(period(2026, 11)),
        ]
    );
    assert_eq!(team.problems, []);
    let zoe = &team.rows[2];
    assert_eq!(zoe.name, "Zoë Brandt");
    assert_eq!(zoe.member.line, 4);
    assert_eq!(zoe.member.sponsor.as_deref(), Some("1001"));
    assert_eq!(zoe.member.placement.as_deref(), Some("1002"));
    assert_eq!(zoe.leg, Some(1));
    assert_eq!(zoe.joined, NaiveDate::from_ymd_opt(2026, 1, 18));
    assert_eq!(zoe.volumes, [(period(2026, 11), 12_050)]);
    assert_eq!(
        team.rows[0].volumes,
        [(period(2026, 10), 125_050), (period(2026, 11), 30_000)]
    );
    let members: Vec<_> = team.rows.iter().map(|r| r.member.clone()).collect();
    assert_eq!(check_tree(&members, &HashSet::new()), []);
}

#[test]
fn wrong_values_and_a_broken_tree_are_named_by_line_and_column() {
    let file = "Member ID,Name,Sponsor ID,Join date,PV 2026-11\n\
                A1,Anna Lutz,,2025-13-01,100\n\
                ,Ohne Nummer,A1,,\n\
                B2,Ben Meier,A1,,viel\n\
                B2,Ben Meier,A1,,10\n\
                C3,Cem Kaya,Z9,,\n";
    let team = read_team_file(file.as_bytes(), CsvOptions::default(), None).unwrap();
    assert_eq!(
        team.problems,
        [
            CellProblem {
                line: 2,
                column: "Join date".into(),
                problem: ValueProblem::NotADate("2025-13-01".into())
            },
            CellProblem {
                line: 3,
                column: "Member ID".into(),
                problem: ValueProblem::MissingId
            },
            CellProblem {
                line: 4,
                column: "PV 2026-11".into(),
                problem: ValueProblem::NotAVolume("viel".into())
            },
        ]
    );
    let members: Vec<_> = team.rows.iter().map(|r| r.member.clone()).collect();
    assert_eq!(
        check_tree(&members, &HashSet::new()),
        [
            TreeProblem::DuplicateId {
                line: 5,
                first_line: 4,
                id: "B2".into()
            },
            TreeProblem::UnknownSponsor {
                line: 6,
                sponsor: "Z9".into()
            },
        ]
    );
}

#[test]
fn a_two_digit_year_is_refused_not_read_as_year_25() {
    let file = "Beraternummer;Eintritt\n1;18.01.25\n2;18.01.2025\n";
    let team = read_team_file(file.as_bytes(), CsvOptions::default(), None).unwrap();
    assert_eq!(
        team.problems,
        [CellProblem {
            line: 2,
            column: "Eintritt".into(),
            problem: ValueProblem::NotADate("18.01.25".into())
        }]
    );
    assert_eq!(team.rows[1].joined, NaiveDate::from_ymd_opt(2025, 1, 18));
}
