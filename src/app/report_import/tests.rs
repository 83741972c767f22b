use super::*;
use crate::app::settings::{Start, first_start, sample};
use crate::app::storage::{MemoryStorage, fixed_clock};
use crate::app::team_reports::{kept_reports, reported_team};
use crate::app::upline_report::{MadeReport, make_report};
use crate::domain::contacts::contact::Contact;
use crate::domain::locale::language::Language;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::pace::Unpaced;
use crate::domain::sync::reported::team_id;
use crate::domain::team::plan::CompPlan;
use crate::io::backup_file::{EnvelopeError, FileKind};
use crate::io::report_file::unpacked_sections;
use crate::store::write_batch::WriteBatch;
use chrono::Duration;
use futures::executor::block_on;
use std::collections::HashSet;

/// Rep A's device with the demo sample.
fn rep_device() -> MemoryStorage {
    let clock = fixed_clock();
    let storage = MemoryStorage::default();
    let start = Start::Sample(Box::new(sample(7, "Maren Ohm", &clock)));
    block_on(first_start(&storage, "Maren Ohm", "DE", start, &clock)).unwrap();
    storage
}

fn report(storage: &MemoryStorage, clock: &LocalClock) -> MadeReport {
    make_report(storage, clock, Language::De, "teamline-bericht").unwrap()
}

/// The device of a rep in A's downline who has a team of their own: A's sample with the
/// profile moved to that member, as if they kept the same records.
fn downline_device() -> (MemoryStorage, Uuid) {
    let storage = rep_device();
    let root = storage.settings().profile.unwrap().member_id;
    let leader = storage.read(|all| {
        let tree = TeamTree::new(all.members.iter(), root);
        tree.children(root)
            .iter()
            .copied()
            .max_by_key(|&m| (tree.own_team_of(m).len(), m))
            .unwrap()
    });
    let mut settings = storage.settings();
    let profile = settings.profile.as_mut().unwrap();
    profile.member_id = leader;
    block_on(storage.save_settings(settings)).unwrap();
    (storage, leader)
}

use crate::domain::team::tree::TeamTree;

#[test]
fn a_report_holds_the_downline_and_no_customers_personal_data() {
    let clock = fixed_clock();
    let storage = rep_device();
    let made = report(&storage, &clock);
    assert_eq!(
        made.file_name,
        "teamline-bericht-Maren-Ohm-2026-06-17.teamline"
    );
    let live_members = storage.read(|all| all.members.len());
    let reported_live = made
        .report
        .members
        .iter()
        .filter(|m| !m.meta.is_deleted())
        .count();
    assert_eq!(
        reported_live, live_members,
        "the whole downline, the rep included"
    );
    assert!(!made.report.volumes.is_empty());
    assert_eq!(made.report.rep.months.len(), 6);
    assert!(made.report.rep.pipeline.iter().any(|s| s.open > 0));
    assert!(made.report.rep.activity.iter().any(|w| w.interactions > 0));
    assert!(!made.report.rep.campaigns.is_empty());

    let bytes = unpacked_sections(&made.file).unwrap();
    // Texts are kept as UTF-8; whatever else is between them does not matter here.
    let readable = String::from_utf8_lossy(&bytes);
    let member_names: HashSet<String> =
        made.report.members.iter().map(|m| m.name.clone()).collect();
    let members_contacts: HashSet<Uuid> =
        storage.read(|all| all.members.iter().map(|m| m.contact_id).collect());
    let mut personal: Vec<String> = Vec::new();
    storage.read(|all| {
        for contact in all
            .contacts
            .iter()
            .filter(|c| !members_contacts.contains(&c.meta.id))
        {
            personal.extend(personal_fields(contact));
        }
        personal.extend(all.interactions.iter().map(|i| i.summary.clone()));
        personal.extend(all.leads.iter().map(|l| l.title.clone()));
    });
    let checked: Vec<&String> = personal
        .iter()
        // A customer "Paul Lang" is legitimately inside the rep "Paul Lange".
        .filter(|text| {
            text.chars().count() >= 5
                && !member_names.iter().any(|name| name.contains(text.as_str()))
        })
        .collect();
    assert!(
        checked.len() > 500,
        "{} personal values checked",
        checked.len()
    );
    for text in checked {
        assert!(
            !readable.contains(text.as_str()),
            "the report holds {text:?}"
        );
    }
}

fn personal_fields(contact: &Contact) -> Vec<String> {
    let mut fields = vec![
        contact.display_name(),
        format!("{} {}", contact.given_name, contact.family_name),
        contact.notes.clone(),
        contact.company.clone(),
    ];
    fields.extend(contact.phones.iter().map(|p| p.value.clone()));
    fields.extend(contact.emails.iter().map(|e| e.value.clone()));
    if let Some(address) = &contact.address {
        fields.extend([
            address.street.clone(),
            address.postal_code.clone() + " " + &address.city,
        ]);
    }
    fields
}

#[test]
fn importing_the_same_report_twice_changes_nothing_the_second_time() {
    let clock = fixed_clock();
    let made = report(&rep_device(), &clock);
    let upline = MemoryStorage::default();
    let first = check_report(&upline, &made.file).ok().unwrap();
    assert!(first.merge.members.counts.added > 10);
    assert!(first.conflicts.is_empty());
    block_on(import_report(
        &upline,
        &first,
        &HashMap::new(),
        &mut Unpaced,
    ))
    .unwrap();
    let members = upline.read(|all| all.report_members.len());

    let again = check_report(&upline, &made.file).ok().unwrap();
    assert!(!again.merge.changes(), "{:?}", again.merge.members.counts);
    assert_eq!(
        again.merge.members.counts.unchanged,
        made.report.members.len()
    );
    block_on(import_report(
        &upline,
        &again,
        &HashMap::new(),
        &mut Unpaced,
    ))
    .unwrap();
    assert_eq!(upline.read(|all| all.report_members.len()), members);
    let kept = kept_reports(&upline);
    assert_eq!(kept.len(), 1);
    assert_eq!(
        (kept[0].name.as_str(), kept[0].made_at),
        ("Maren Ohm", clock.now)
    );
}

#[test]
fn an_older_report_imported_after_a_newer_one_overwrites_nothing() {
    let clock = fixed_clock();
    let storage = rep_device();
    let older = report(&storage, &clock);
    let later = LocalClock::utc(clock.now + Duration::days(3));
    let promoted = storage.read(|all| {
        let mut m = all
            .members
            .iter()
            .find(|m| m.sponsor_id.is_some())
            .unwrap()
            .clone();
        m.rank = Some("Diamant".into());
        m.meta.touch(later.now);
        m
    });
    let mut batch = WriteBatch::new();
    batch.put(promoted.clone());
    block_on(storage.commit(batch)).unwrap();
    let newer = report(&storage, &later);

    let upline = MemoryStorage::default();
    let checked = check_report(&upline, &newer.file).ok().unwrap();
    block_on(import_report(
        &upline,
        &checked,
        &HashMap::new(),
        &mut Unpaced,
    ))
    .unwrap();
    let checked = check_report(&upline, &older.file).ok().unwrap();
    assert_eq!(checked.merge.members.counts.changes(), 0);
    assert!(checked.merge.members.counts.kept_newer >= 1);
    assert_eq!(checked.merge.rep.counts.kept_newer, 1);
    block_on(import_report(
        &upline,
        &checked,
        &HashMap::new(),
        &mut Unpaced,
    ))
    .unwrap();
    let rank = upline.read(|all| {
        all.report_members
            .get(&team_id(&promoted))
            .unwrap()
            .rank
            .clone()
    });
    assert_eq!(rank.as_deref(), Some("Diamant"));
    assert_eq!(kept_reports(&upline)[0].made_at, later.now);
}

#[test]
fn reports_of_two_reps_make_one_team_and_a_member_placed_twice_is_a_conflict() {
    let clock = fixed_clock();
    let from_a = report(&rep_device(), &clock);
    let (device_b, leader) = downline_device();
    // On B's device one of B's people now stands under another of B's people.
    let later = LocalClock::utc(clock.now + Duration::days(1));
    let moved = device_b.read(|all| {
        let tree = TeamTree::new(all.members.iter(), leader);
        let team = tree.own_team_of(leader);
        let mut member = all.members.get(&team[team.len() - 1]).unwrap().clone();
        let other = *team
            .iter()
            .find(|&&m| Some(m) != member.sponsor_id && m != member.meta.id)
            .unwrap();
        member.sponsor_id = Some(other);
        member.meta.touch(later.now);
        member
    });
    let mut batch = WriteBatch::new();
    batch.put(moved.clone());
    block_on(device_b.commit(batch)).unwrap();
    let from_b = report(&device_b, &later);
    assert!(from_b.report.members.len() < from_a.report.members.len());

    let upline = MemoryStorage::default();
    let a = check_report(&upline, &from_a.file).ok().unwrap();
    block_on(import_report(&upline, &a, &HashMap::new(), &mut Unpaced)).unwrap();
    let everyone = upline.read(|all| all.report_members.len());
    let b = check_report(&upline, &from_b.file).ok().unwrap();
    assert_eq!(
        b.merge.members.counts.added, 0,
        "B's team is in A's report already"
    );
    assert_eq!(b.conflicts.len(), 1);
    let conflict = &b.conflicts[0];
    assert_eq!(conflict.member, team_id(&moved));
    assert_eq!(conflict.kept.reported_by, "Maren Ohm");
    assert_eq!(conflict.incoming.reported_by, from_b.report.rep.name);
    assert_ne!(conflict.kept.sponsor, conflict.incoming.sponsor);

    // Left unsettled, the placement A reported stays; settled, B's is taken.
    block_on(import_report(&upline, &b, &HashMap::new(), &mut Unpaced)).unwrap();
    let sponsor = |s: &MemoryStorage| {
        s.read(|all| all.report_members.get(&team_id(&moved)).unwrap().sponsor_id)
    };
    let sponsor_from_a = sponsor(&upline);
    let b = check_report(&upline, &from_b.file).ok().unwrap();
    assert_eq!(b.conflicts.len(), 1, "shown again, never settled silently");
    let settled = HashMap::from([(conflict.member, Settle::TakeIncoming)]);
    block_on(import_report(&upline, &b, &settled, &mut Unpaced)).unwrap();
    assert_ne!(sponsor(&upline), sponsor_from_a);
    assert!(
        check_report(&upline, &from_b.file)
            .ok()
            .unwrap()
            .conflicts
            .is_empty()
    );

    assert_eq!(upline.read(|all| all.report_members.len()), everyone);
    assert_eq!(kept_reports(&upline).len(), 2);
    let plan = CompPlan::unilevel_preset(Language::De);
    let whole = reported_team(&upline, None, &plan);
    assert_eq!(whole.rows.len(), everyone);
    let b_team = reported_team(&upline, Some(from_b.report.rep.meta.id), &plan);
    assert_eq!(b_team.rows.len(), from_b.report.members.len());
    assert_eq!(b_team.rows[0].depth, 0);
    assert!(b_team.rows.iter().all(|r| r.as_of.is_some()));
}

#[test]
fn a_backup_or_a_broken_file_is_refused_and_nothing_is_kept() {
    let clock = fixed_clock();
    let storage = rep_device();
    let backup = block_on(crate::app::backup::make_backup(
        &storage,
        &clock,
        &mut crate::domain::pace::Unpaced,
    ))
    .unwrap();
    let upline = MemoryStorage::default();
    assert!(matches!(
        check_report(&upline, &backup),
        Err(BackupRefused::File(EnvelopeError::WrongKind {
            found: FileKind::Backup
        }))
    ));
    let made = report(&storage, &clock);
    assert!(matches!(
        check_report(&upline, &made.file[..made.file.len() - 20]),
        Err(BackupRefused::File(EnvelopeError::Damaged))
    ));
    assert!(matches!(
        block_on(crate::app::backup::check_backup(
            &made.file,
            &mut crate::domain::pace::Unpaced
        )),
        Err(BackupRefused::File(EnvelopeError::WrongKind {
            found: FileKind::Report
        }))
    ));
    assert!(upline.read(|all| all.report_members.is_empty()));
}
