use super::*;
use crate::domain::contacts::contact::Role;
use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::stages::{Pipeline, StageOutcome};
use crate::domain::team::genealogy::Genealogy;
use std::collections::HashSet;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

fn owner() -> Owner<'static> {
    Owner {
        name: "Sabine Schäfer",
    }
}

#[test]
fn same_seed_gives_same_data_and_other_seed_other_data() {
    let a = generate(42, SampleSize::TINY, today(), &owner());
    let b = generate(42, SampleSize::TINY, today(), &owner());
    let c = generate(43, SampleSize::TINY, today(), &owner());
    assert_eq!(a.data, b.data);
    assert_ne!(a.data.contacts, c.data.contacts);
}

#[test]
fn benchmark_set_has_the_documented_counts_and_shape() {
    let sample = generate(1, SampleSize::BENCHMARK, today(), &owner());
    let data = &sample.data;
    assert_eq!(data.contacts.len(), 10_000);
    assert_eq!(data.members.len(), 5_000);
    assert_eq!(data.leads.len(), 2_900);
    let closed = data.leads.iter().filter(|l| !l.is_open()).count();
    assert!(closed >= 2_000, "{closed} closed leads");
    assert_eq!(data.interactions.len(), 50_000);
    assert_eq!(data.orders.len(), 20_000);

    let tree = Genealogy::new(&data.members);
    assert!(!tree.has_cycle());
    let levels = tree.level_counts(sample.owner_member_id);
    assert_eq!(
        levels.iter().sum::<usize>(),
        4_999,
        "every member is under the root"
    );
    assert!(levels.len() >= 8, "depth {} is below 8", levels.len());
    let star = tree.children(sample.owner_member_id)[0];
    let widest = tree.children(star)[0];
    let star_team = tree.children(widest).len();
    assert!(
        (500..=520).contains(&star_team),
        "the second level's star sponsored every tenth member and a few more: {star_team}"
    );

    // A few strong legs and many small ones.
    let mut leg_sizes: Vec<usize> = tree
        .children(sample.owner_member_id)
        .iter()
        .map(|&leg| 1 + tree.level_counts(leg).iter().sum::<usize>())
        .collect();
    leg_sizes.sort_unstable_by(|a, b| b.cmp(a));
    assert!(leg_sizes.len() >= 20, "{} legs", leg_sizes.len());
    assert!(
        leg_sizes[..3].iter().sum::<usize>() > 2_500,
        "strongest legs {:?}",
        &leg_sizes[..3]
    );
    assert!(leg_sizes.iter().filter(|&&s| s <= 5).count() > leg_sizes.len() / 2);
}

#[test]
fn references_point_to_existing_records() {
    let sample = generate(7, SampleSize::DEMO, today(), &owner());
    let data = &sample.data;
    let contacts: HashSet<_> = data.contacts.iter().map(|c| c.meta.id).collect();
    let members: HashSet<_> = data.members.iter().map(|m| m.meta.id).collect();
    assert_eq!(
        contacts.len(),
        data.contacts.len(),
        "contact ids are unique"
    );
    for c in &data.contacts {
        if let Some(r) = c.referred_by {
            assert!(contacts.contains(&r));
            assert_ne!(r, c.meta.id);
        }
    }
    assert!(
        data.contacts
            .iter()
            .filter(|c| c.referred_by.is_some())
            .count()
            > 200
    );
    assert!(
        data.interactions
            .iter()
            .all(|i| contacts.contains(&i.contact_id))
    );
    assert!(
        data.orders
            .iter()
            .all(|o| contacts.contains(&o.contact_id) && o.amount.0 > 0)
    );
    assert!(data.leads.iter().all(|l| contacts.contains(&l.contact_id)));
    assert!(
        data.tasks
            .iter()
            .all(|t| t.contact_id.is_none_or(|c| contacts.contains(&c)))
    );
    assert!(
        data.members
            .iter()
            .all(|m| contacts.contains(&m.contact_id))
    );
    assert!(
        data.members
            .iter()
            .all(|m| m.sponsor_id.is_none_or(|s| members.contains(&s)))
    );
    assert!(data.volumes.iter().all(|v| members.contains(&v.member_id)));
    assert!(
        data.campaign_touches
            .iter()
            .all(|t| contacts.contains(&t.contact_id))
    );
}

#[test]
fn owner_is_the_root_member_and_members_are_reps() {
    let sample = generate(3, SampleSize::TINY, today(), &owner());
    let data = &sample.data;
    let root = data
        .members
        .iter()
        .find(|m| m.meta.id == sample.owner_member_id)
        .unwrap();
    assert_eq!(root.sponsor_id, None);
    assert_eq!(root.contact_id, sample.owner_contact_id);
    let owner = data
        .contacts
        .iter()
        .find(|c| c.meta.id == sample.owner_contact_id)
        .unwrap();
    assert_eq!(
        (owner.given_name.as_str(), owner.family_name.as_str()),
        ("Sabine", "Schäfer")
    );
    for m in &data.members {
        let c = data
            .contacts
            .iter()
            .find(|c| c.meta.id == m.contact_id)
            .unwrap();
        assert!(c.has_role(Role::Rep));
    }
}

#[test]
fn leads_cover_every_stage_with_consistent_history() {
    let data = generate(5, SampleSize::DEMO, today(), &owner()).data;
    for kind in LeadKind::ALL {
        for stage in Pipeline::standard(kind).board() {
            assert!(
                data.leads
                    .iter()
                    .any(|l| l.kind == kind && l.stage == stage.id),
                "no {kind:?} lead in {:?}",
                stage.name
            );
        }
    }
    for lead in &data.leads {
        assert_eq!(lead.history.last().map(|c| c.stage), Some(lead.stage));
        assert!(lead.history.windows(2).all(|w| w[0].at <= w[1].at));
        assert_eq!(lead.lost.is_some(), lead.outcome() == StageOutcome::Lost);
    }
    let closed = data.leads.iter().filter(|l| !l.is_open()).count();
    let won = data
        .leads
        .iter()
        .filter(|l| l.outcome() == StageOutcome::Won)
        .count();
    assert!((100..=170).contains(&closed), "{closed} of 200 closed");
    assert!(
        (0.15..=0.6).contains(&(won as f64 / closed as f64)),
        "{won} of {closed} won"
    );
}

#[test]
fn contacts_look_real() {
    let data = generate(9, SampleSize::DEMO, today(), &owner()).data;
    assert!(data.contacts.iter().any(|c| c.family_name.contains('ü')
        || c.family_name.contains('ö')
        || c.family_name.contains('ß')));
    assert!(data.contacts.iter().skip(1).all(|c| {
        c.phones
            .iter()
            .all(|p| p.value.starts_with('+') && p.value[1..].chars().all(|d| d.is_ascii_digit()))
    }));
    assert!(
        data.contacts
            .iter()
            .flat_map(|c| &c.emails)
            .all(|e| e.value.contains('@') && e.value.is_ascii())
    );
    assert!(
        data.contacts.iter().all(|c| c.consent.changes.is_empty()),
        "consent is never assumed"
    );
    // Every number would pass the form's check: German ones are in the numbering plan,
    // and mobile ones are labelled so.
    for phone in data.contacts.iter().flat_map(|c| &c.phones) {
        let typed = crate::domain::locale::phone::normalize(&phone.value, "49");
        assert_eq!(typed.as_deref(), Ok(phone.value.as_str()));
        assert_eq!(
            crate::domain::locale::phone::fitting_label(&phone.label, &phone.value),
            phone.label
        );
    }
    let working = data
        .contacts
        .iter()
        .filter(|c| !c.company.is_empty())
        .count();
    assert!(
        (100..300).contains(&working),
        "{working} of 1,000 work somewhere"
    );
}

#[test]
fn adopted_sample_hangs_under_the_existing_rep() {
    let sample = generate(8, SampleSize::TINY, today(), &owner());
    let (old_contact, old_member) = (sample.owner_contact_id, sample.owner_member_id);
    let (me, my_root) = (uuid::Uuid::from_u128(1), uuid::Uuid::from_u128(2));
    let data = sample.adopted_by(me, my_root);
    assert!(
        data.contacts
            .iter()
            .all(|c| c.meta.id != old_contact && c.referred_by != Some(old_contact))
    );
    assert!(
        data.members
            .iter()
            .all(|m| m.meta.id != old_member && m.sponsor_id != Some(old_member))
    );
    assert!(data.members.iter().any(|m| m.sponsor_id == Some(my_root)));
    assert!(data.volumes.iter().all(|v| v.member_id != old_member));
    assert!(
        data.interactions
            .iter()
            .all(|i| i.contact_id != old_contact)
    );
    // With the rep's own root member, the whole sample team hangs under the rep.
    let (mut start, _) = crate::domain::settings::first_start::start_empty(
        "Sabine Schäfer",
        "DE",
        chrono::Utc::now(),
    );
    let mut root = start.members.remove(0);
    root.meta.id = my_root;
    let mut members = data.members.clone();
    members.push(root);
    let tree = Genealogy::new(&members);
    assert_eq!(
        tree.level_counts(my_root).iter().sum::<usize>(),
        data.members.len()
    );
}
