//! Adding a member by hand, promoting a contact to member, and changing a member's
//! sponsor or placement. Checked before anything is written: a sponsor is required
//! below the rep, and no change may close a circle in the sponsor or placement line.

use crate::domain::contacts::contact::{Contact, Role};
use crate::domain::locale::iso_date::parse_date;
use crate::domain::parent_links::ParentLinks;
use crate::domain::record::RecordMeta;
use crate::domain::team::genealogy::Genealogy;
use crate::domain::team::member::{Member, MemberStatus};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemberDraft {
    /// The contact who becomes a member; `None` adds a new contact by name.
    pub contact: Option<Uuid>,
    pub given_name: String,
    pub family_name: String,
    pub sponsor: Option<Uuid>,
    pub placement: Option<Uuid>,
    /// 0 left, 1 right.
    pub leg: Option<u8>,
    /// As a date field gives it: `YYYY-MM-DD`.
    pub joined: String,
    pub external_id: String,
    pub inactive: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberField {
    Name,
    Sponsor,
    Placement,
    Joined,
    ExternalId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberProblem {
    NameMissing,
    AlreadyMember,
    SponsorMissing,
    /// The sponsor is the member or sits in the member's own downline.
    SponsorCircle,
    PlacementCircle,
    DateMissing,
    DateInFuture,
    ExternalIdTaken,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemberIssue {
    pub field: MemberField,
    pub problem: MemberProblem,
}

/// What to write: the member, and the contact when it is new or gains the rep role.
#[derive(Clone, Debug, PartialEq)]
pub struct MemberChange {
    pub member: Member,
    pub contact: Option<Contact>,
}

pub struct MemberContext<'a> {
    pub members: &'a [&'a Member],
    /// The rep's own member, the root.
    pub root: Uuid,
    pub now: DateTime<Utc>,
    pub today: NaiveDate,
}

/// `editing` is the stored member when the form changes one; `contact` is the chosen
/// contact when promoting.
pub fn check_member(
    draft: &MemberDraft,
    editing: Option<&Member>,
    contact: Option<&Contact>,
    context: &MemberContext,
) -> Result<MemberChange, Vec<MemberIssue>> {
    let mut issues = Vec::new();
    let mut fail = |field, problem| issues.push(MemberIssue { field, problem });
    let id = editing.map_or_else(Uuid::new_v4, |m| m.meta.id);
    let is_root = id == context.root;
    let live = || context.members.iter().filter(|m| m.meta.id != id);

    if editing.is_none() {
        match contact {
            Some(chosen) if live().any(|m| m.contact_id == chosen.meta.id) => {
                fail(MemberField::Name, MemberProblem::AlreadyMember)
            }
            None if draft.given_name.trim().is_empty() && draft.family_name.trim().is_empty() => {
                fail(MemberField::Name, MemberProblem::NameMissing)
            }
            _ => {}
        }
    }
    match draft.sponsor {
        None if !is_root => fail(MemberField::Sponsor, MemberProblem::SponsorMissing),
        Some(sponsor)
            if Genealogy::new(context.members.iter().copied()).would_cycle(id, sponsor) =>
        {
            fail(MemberField::Sponsor, MemberProblem::SponsorCircle)
        }
        _ => {}
    }
    if let Some(placement) = draft.placement {
        let links = ParentLinks::new(
            context
                .members
                .iter()
                .filter_map(|m| Some((m.meta.id, m.placement_parent_id.or(m.sponsor_id)?))),
        );
        if placement == id || links.cycle_through(id, placement).is_some() {
            fail(MemberField::Placement, MemberProblem::PlacementCircle);
        }
    }
    let joined = match parse_date(draft.joined.trim()) {
        None => {
            fail(MemberField::Joined, MemberProblem::DateMissing);
            None
        }
        Some(day) if day > context.today => {
            fail(MemberField::Joined, MemberProblem::DateInFuture);
            None
        }
        day => day,
    };
    let external_id = Some(draft.external_id.trim().to_owned()).filter(|e| !e.is_empty());
    if let Some(taken) = &external_id
        && live().any(|m| m.external_id.as_ref() == Some(taken))
    {
        fail(MemberField::ExternalId, MemberProblem::ExternalIdTaken);
    }
    let Some(joined) = joined.filter(|_| issues.is_empty()) else {
        return Err(issues);
    };

    let new_contact = match (editing, contact) {
        (Some(_), _) => None,
        (None, Some(chosen)) if chosen.has_role(Role::Rep) => None,
        (None, Some(chosen)) => {
            let mut promoted = chosen.clone();
            promoted.roles.push(Role::Rep);
            promoted.meta.touch(context.now);
            Some(promoted)
        }
        (None, None) => {
            let mut added = Contact::new(
                draft.given_name.trim(),
                draft.family_name.trim(),
                context.now,
            );
            added.roles.push(Role::Rep);
            Some(added)
        }
    };
    let contact_id = editing
        .map(|m| m.contact_id)
        .or(contact.map(|c| c.meta.id))
        .or(new_contact.as_ref().map(|c| c.meta.id))
        .expect("a member always has a contact");
    let mut meta = editing.map_or_else(|| RecordMeta::with_id(id, context.now), |m| m.meta.clone());
    meta.touch(context.now);
    let status = match (draft.inactive, editing.map(|m| m.status)) {
        (true, Some(MemberStatus::Terminated)) => MemberStatus::Terminated,
        (true, _) => MemberStatus::Inactive,
        (false, _) => MemberStatus::Active,
    };
    Ok(MemberChange {
        member: Member {
            meta,
            contact_id,
            sponsor_id: draft.sponsor.filter(|_| !is_root),
            placement_parent_id: draft.placement,
            // Without a placement parent the side is under the sponsor.
            placement_leg: draft.leg,
            joined_on: joined,
            status,
            left_on: editing
                .and_then(|m| m.left_on)
                .filter(|_| status == MemberStatus::Terminated),
            rank: editing.and_then(|m| m.rank.clone()),
            external_id,
        },
        contact: new_contact,
    })
}

#[cfg(test)]
mod tests;
