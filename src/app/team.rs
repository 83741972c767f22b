//! The team's use cases: the plan, the tree, the members' names and a month's figures
//! for the team pages; a member's page; adding, changing, ending and deleting members;
//! entering a month's PV; saving the plan.

use crate::app::storage::Storage;
use crate::app::undo::{Undo, write_with_undo};
use crate::domain::contacts::contact::Contact;
use crate::domain::dataset::DataSet;
use crate::domain::locale::language::Language;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::team::directory::TeamDirectory;
use crate::domain::team::member::Member;
use crate::domain::team::member_draft::{
    MemberChange, MemberContext, MemberDraft, MemberIssue, check_member,
};
use crate::domain::team::member_exit::{self, ExitProblem};
use crate::domain::team::month::{TeamMonth, team_month, team_months};
use crate::domain::team::plan::{CompPlan, PlanKind};
use crate::domain::team::tree::TeamTree;
use crate::domain::team::volume::{Period, Volume};
use crate::domain::team::volume_entry::set_personal_volume;
use crate::store::collection::Collections;
use crate::store::error::StoreError;
use crate::store::index::{IndexKey, IndexName, Query};
use chrono::NaiveDate;
use uuid::Uuid;

/// The plan the rep saved, or the unilevel preset in their language.
pub fn plan(storage: &impl Storage, lang: Language) -> CompPlan {
    storage
        .plan()
        .unwrap_or_else(|| CompPlan::unilevel_preset(lang))
}

/// Whether the stored plan could not be read, so that a preset stands in for it.
pub fn plan_unreadable(storage: &impl Storage) -> bool {
    storage.plan_unreadable()
}

pub async fn save_plan(storage: &impl Storage, plan: CompPlan) -> Result<(), StoreError> {
    storage.save_plan(plan).await
}

/// The tree under the rep's own member `root`.
pub fn tree(storage: &impl Storage, root: Uuid) -> TeamTree {
    storage.read(|all| TeamTree::new(all.members.iter(), root))
}

/// Members' names and back-office numbers, for search and for showing them.
pub fn directory(storage: &impl Storage) -> TeamDirectory {
    storage.read(|all| TeamDirectory::new(all.members.iter(), |id| all.contacts.get(&id)))
}

/// How many stored members the tree does not reach (their sponsor line is broken).
pub fn members_outside(storage: &impl Storage, tree: &TeamTree) -> usize {
    tree.members_outside(storage.read(|all| all.members.len()))
}

/// Every member's figures and rank in `period` under `plan`.
pub fn month(storage: &impl Storage, plan: &CompPlan, period: Period) -> TeamMonth {
    storage.read(|all| {
        team_month(
            all.members.iter(),
            month_volumes(all, plan, period),
            plan,
            period,
        )
    })
}

/// The figures of each month from `first` to `last`, for a member's history.
pub fn months(
    storage: &impl Storage,
    plan: &CompPlan,
    first: Period,
    last: Period,
) -> Vec<TeamMonth> {
    storage.read(|all| team_months(all.members.iter(), all.volumes.iter(), plan, first, last))
}

/// The volumes a month's figures need: the month's own, found through the period index,
/// or in a binary plan every month up to it, for the carry-over.
pub fn month_volumes<'a>(all: &'a Collections, plan: &CompPlan, period: Period) -> Vec<&'a Volume> {
    match plan.kind {
        PlanKind::Binary => all.volumes.iter().filter(|v| v.period <= period).collect(),
        _ => all.volumes.query(Query::Equals(
            IndexName::Period,
            IndexKey::Int(period.ordinal()),
        )),
    }
}

/// What a member's page shows besides the team's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct MemberPage {
    pub member: Member,
    /// The person, for how to reach them.
    pub contact: Option<Contact>,
    /// Other memberships of the same person (after two contacts were merged, say).
    pub other_memberships: Vec<Uuid>,
}

pub fn member_page(storage: &impl Storage, id: Uuid) -> Option<MemberPage> {
    storage.read(|all| {
        let member = all.members.get(&id)?.clone();
        let other_memberships = all
            .members
            .iter()
            .filter(|m| {
                m.contact_id == member.contact_id
                    && m.meta.id != member.meta.id
                    && !member.contact_id.is_nil()
            })
            .map(|m| m.meta.id)
            .collect();
        Some(MemberPage {
            contact: all.contacts.get(&member.contact_id).cloned(),
            member,
            other_memberships,
        })
    })
}

pub fn member(storage: &impl Storage, id: Uuid) -> Option<Member> {
    storage.read(|all| all.members.get(&id).cloned())
}

/// The member form checked against the stored team: the member and contact to write,
/// or every problem. `editing` is the member the form changes.
pub fn check_member_form(
    storage: &impl Storage,
    draft: &MemberDraft,
    editing: Option<Uuid>,
    root: Uuid,
    clock: &LocalClock,
) -> Result<MemberChange, Vec<MemberIssue>> {
    storage.read(|all| {
        let members: Vec<&Member> = all.members.iter().collect();
        let context = MemberContext {
            members: &members,
            root,
            now: clock.now,
            today: clock.today(),
        };
        let editing = editing.and_then(|id| all.members.get(&id));
        let contact = draft.contact.and_then(|id| all.contacts.get(&id));
        check_member(draft, editing, contact, &context)
    })
}

/// The name of the person a checked member change is about.
pub fn change_name(storage: &impl Storage, change: &MemberChange) -> String {
    match &change.contact {
        Some(contact) => contact.display_name(),
        None => storage.read(|all| {
            all.contacts
                .get(&change.member.contact_id)
                .map(Contact::display_name)
                .unwrap_or_default()
        }),
    }
}

pub async fn save_member(
    storage: &impl Storage,
    change: MemberChange,
    clock: &LocalClock,
) -> Result<Undo, StoreError> {
    let writes = DataSet {
        contacts: change.contact.into_iter().collect(),
        members: vec![change.member],
        ..DataSet::default()
    };
    write_with_undo(storage, writes, clock).await
}

/// Sets a member's PV for a month; `None` when it already was that.
pub async fn set_pv(
    storage: &impl Storage,
    member: Uuid,
    period: Period,
    centipoints: u32,
    clock: &LocalClock,
) -> Result<Option<Undo>, StoreError> {
    let volumes = storage.read(|all| {
        set_personal_volume(all.volumes.iter(), member, period, centipoints, clock.now)
    });
    if volumes.is_empty() {
        return Ok(None);
    }
    let writes = DataSet {
        volumes,
        ..DataSet::default()
    };
    write_with_undo(storage, writes, clock).await.map(Some)
}

/// Records that a member left the company on `left_on`.
pub async fn end_membership(
    storage: &impl Storage,
    id: Uuid,
    left_on: NaiveDate,
    root: Uuid,
    clock: &LocalClock,
) -> Result<Result<Undo, ExitProblem>, StoreError> {
    let Some(member) = member(storage, id) else {
        return Ok(Err(ExitProblem::IsTheRep));
    };
    match member_exit::end_membership(&member, left_on, root, clock.today(), clock.now) {
        Err(problem) => Ok(Err(problem)),
        Ok(ended) => {
            let writes = DataSet {
                members: vec![ended],
                ..DataSet::default()
            };
            write_with_undo(storage, writes, clock).await.map(Ok)
        }
    }
}

/// Deletes a member; their own team moves up to the member's sponsor.
pub async fn delete_member(
    storage: &impl Storage,
    id: Uuid,
    root: Uuid,
    clock: &LocalClock,
) -> Result<Result<Undo, ExitProblem>, StoreError> {
    let writes = storage.read(|all| {
        let members: Vec<&Member> = all.members.iter().collect();
        member_exit::delete_member(&members, id, root, clock.now)
    });
    match writes {
        Err(problem) => Ok(Err(problem)),
        Ok(members) => {
            let writes = DataSet {
                members,
                ..DataSet::default()
            };
            write_with_undo(storage, writes, clock).await.map(Ok)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::undo::undo;
    use crate::domain::team::member::MemberStatus;

    use futures::executor::block_on;

    fn clock() -> LocalClock {
        fixed_clock()
    }

    /// The rep (1), Anna (2) under the rep, Ben (3) under Anna.
    fn team() -> MemoryStorage {
        let storage = MemoryStorage::default();
        let writes = DataSet {
            members: vec![
                Member::numbered(1, None),
                Member::numbered(2, Some(1)),
                Member::numbered(3, Some(2)),
            ],
            ..DataSet::default()
        };
        block_on(write_with_undo(&storage, writes, &clock())).unwrap();
        storage
    }

    #[test]
    fn a_member_ends_and_the_undo_brings_them_back() {
        let storage = team();
        let (anna, root) = (Uuid::from_u128(2), Uuid::from_u128(1));
        let left = NaiveDate::from_ymd_opt(2026, 5, 31).unwrap();
        let undo_it = block_on(end_membership(&storage, anna, left, root, &clock()))
            .unwrap()
            .unwrap();
        assert_eq!(
            member(&storage, anna).unwrap().status,
            MemberStatus::Terminated
        );
        let future = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        assert_eq!(
            block_on(end_membership(&storage, anna, future, root, &clock())).unwrap(),
            Err(ExitProblem::DateInFuture)
        );
        block_on(undo(&storage, &undo_it, &clock())).unwrap();
        assert_eq!(member(&storage, anna).unwrap().status, MemberStatus::Active);
    }

    #[test]
    fn a_deleted_members_team_moves_up_and_comes_back_with_the_undo() {
        let storage = team();
        let (anna, ben, root) = (Uuid::from_u128(2), Uuid::from_u128(3), Uuid::from_u128(1));
        let undo_it = block_on(delete_member(&storage, anna, root, &clock()))
            .unwrap()
            .unwrap();
        assert!(member(&storage, anna).is_none());
        assert_eq!(tree(&storage, root).children(root), [ben]);
        block_on(undo(&storage, &undo_it, &clock())).unwrap();
        assert_eq!(tree(&storage, root).children(root), [anna]);
        assert_eq!(tree(&storage, root).children(anna), [ben]);
    }

    #[test]
    fn pv_is_set_once_and_the_same_figure_writes_nothing() {
        let storage = team();
        let period = Period::of(clock().today());
        let anna = Uuid::from_u128(2);
        assert!(
            block_on(set_pv(&storage, anna, period, 12_000, &clock()))
                .unwrap()
                .is_some()
        );
        assert_eq!(
            block_on(set_pv(&storage, anna, period, 12_000, &clock())).unwrap(),
            None
        );
        let plan = plan(&storage, Language::De);
        let figures = month(&storage, &plan, period);
        assert_eq!(figures.figures(anna).unwrap().personal, 12_000);
    }
}
