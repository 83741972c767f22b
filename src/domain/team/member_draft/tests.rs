use super::*;

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn team() -> Vec<Member> {
    let mut rep = Member::numbered(1, None);
    rep.external_id = Some("100".into());
    vec![
        rep,
        Member::numbered(2, Some(1)),
        Member::numbered(3, Some(2)),
    ]
}

fn check(
    draft: &MemberDraft,
    editing: Option<&Member>,
    contact: Option<&Contact>,
) -> Result<MemberChange, Vec<MemberIssue>> {
    let members = team();
    let refs: Vec<&Member> = members.iter().collect();
    let context = MemberContext {
        members: &refs,
        root: id(1),
        now: Utc::now(),
        today: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
    };
    check_member(draft, editing, contact, &context)
}

fn problems(result: Result<MemberChange, Vec<MemberIssue>>) -> Vec<(MemberField, MemberProblem)> {
    result
        .unwrap_err()
        .into_iter()
        .map(|i| (i.field, i.problem))
        .collect()
}

fn draft() -> MemberDraft {
    MemberDraft {
        given_name: "Nina".into(),
        family_name: "Neu".into(),
        sponsor: Some(id(2)),
        joined: "2026-11-01".into(),
        ..MemberDraft::default()
    }
}

#[test]
fn a_new_member_by_name_becomes_a_contact_with_the_rep_role() {
    let change = check(&draft(), None, None).unwrap();
    let contact = change.contact.unwrap();
    assert_eq!(contact.display_name(), "Nina Neu");
    assert!(contact.has_role(Role::Rep));
    assert_eq!(change.member.contact_id, contact.meta.id);
    assert_eq!(change.member.sponsor_id, Some(id(2)));
    assert_eq!(change.member.status, MemberStatus::Active);
}

#[test]
fn promoting_a_contact_adds_the_rep_role_once() {
    let customer = Contact::new("Kurt", "Kunde", Utc::now());
    let change = check(&draft(), None, Some(&customer)).unwrap();
    assert_eq!(change.member.contact_id, customer.meta.id);
    assert_eq!(change.contact.unwrap().roles, vec![Role::Rep]);

    let mut member_contact = Contact::new("Bea", "Zwei", Utc::now());
    member_contact.meta.id = id(1_000_002);
    assert_eq!(
        problems(check(&draft(), None, Some(&member_contact))),
        [(MemberField::Name, MemberProblem::AlreadyMember)]
    );
}

#[test]
fn every_wrong_field_is_named_and_nothing_is_made() {
    let wrong = MemberDraft {
        given_name: " ".into(),
        sponsor: None,
        placement: None,
        joined: "2027-01-01".into(),
        external_id: "100".into(),
        ..MemberDraft::default()
    };
    assert_eq!(
        problems(check(&wrong, None, None)),
        [
            (MemberField::Name, MemberProblem::NameMissing),
            (MemberField::Sponsor, MemberProblem::SponsorMissing),
            (MemberField::Joined, MemberProblem::DateInFuture),
            (MemberField::ExternalId, MemberProblem::ExternalIdTaken),
        ]
    );
    let no_date = MemberDraft {
        joined: String::new(),
        ..draft()
    };
    assert_eq!(
        problems(check(&no_date, None, None)),
        [(MemberField::Joined, MemberProblem::DateMissing)]
    );
}

#[test]
fn a_sponsor_or_placement_from_the_own_downline_is_refused() {
    let members = team();
    let moved = MemberDraft {
        sponsor: Some(id(3)),
        placement: Some(id(3)),
        ..draft()
    };
    assert_eq!(
        problems(check(&moved, Some(&members[1]), None)),
        [
            (MemberField::Sponsor, MemberProblem::SponsorCircle),
            (MemberField::Placement, MemberProblem::PlacementCircle),
        ]
    );
    let itself = MemberDraft {
        sponsor: Some(id(2)),
        ..draft()
    };
    assert_eq!(
        problems(check(&itself, Some(&members[1]), None)),
        [(MemberField::Sponsor, MemberProblem::SponsorCircle)]
    );
    let fine = MemberDraft {
        sponsor: Some(id(1)),
        placement: Some(id(1)),
        leg: Some(1),
        ..draft()
    };
    let change = check(&fine, Some(&members[2]), None).unwrap();
    assert_eq!(change.member.meta.id, id(3), "editing keeps the id");
    assert_eq!(change.member.placement_leg, Some(1));
    assert!(change.contact.is_none());
}

#[test]
fn the_rep_needs_no_sponsor() {
    let members = team();
    let rep = MemberDraft {
        sponsor: None,
        ..draft()
    };
    assert!(check(&rep, Some(&members[0]), None).is_ok());
}
