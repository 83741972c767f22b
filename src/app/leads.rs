//! Leads: a new one, its details changed, moved along its pipeline, won or lost. Every
//! command returns an undo.

use crate::app::storage::Storage;
use crate::app::undo::{Undo, write_with_undo};
use crate::domain::dataset::DataSet;
use crate::domain::leads::lead::{Lead, LeadKind, LeadSource, StageChange};
use crate::domain::leads::lost_reasons::LostReason;
use crate::domain::leads::stages::{StageOutcome, StandardStage, outcome_of};
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::locale::money::Cents;
use crate::domain::record::RecordMeta;
use crate::store::error::StoreError;
use chrono::NaiveDate;
use uuid::Uuid;

/// What the rep enters for a lead.
#[derive(Clone, Debug, PartialEq)]
pub struct LeadDraft {
    pub contact_id: Uuid,
    pub kind: LeadKind,
    pub title: String,
    pub expected_value: Cents,
    pub expected_centipoints: u32,
    pub expected_close: Option<NaiveDate>,
    pub source: LeadSource,
}

impl LeadDraft {
    pub fn new(contact_id: Uuid, kind: LeadKind, title: &str) -> Self {
        LeadDraft {
            contact_id,
            kind,
            title: title.to_string(),
            expected_value: Cents(0),
            expected_centipoints: 0,
            expected_close: None,
            source: LeadSource::Unknown,
        }
    }
}

/// Why a lead was not saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeadRefused {
    /// The contact is gone (deleted in another tab, say).
    NoContact,
    /// A value below zero.
    NegativeValue,
}

/// A new lead in the first open stage of its kind. `Ok(Err(_))`: refused, nothing
/// written.
pub async fn add_lead(
    storage: &impl Storage,
    draft: LeadDraft,
    clock: &LocalClock,
) -> Result<Result<(Uuid, Undo), LeadRefused>, StoreError> {
    if let Err(refused) = check(storage, &draft) {
        return Ok(Err(refused));
    }
    let first = crate::app::lead_stages::lead_settings(storage)
        .pipeline(draft.kind)
        .first_open();
    let meta = RecordMeta::new(clock.now);
    let lead = Lead {
        contact_id: draft.contact_id,
        kind: draft.kind,
        stage: first,
        title: draft.title.trim().to_string(),
        expected_value: draft.expected_value,
        expected_centipoints: draft.expected_centipoints,
        expected_close: draft.expected_close,
        source: draft.source,
        history: vec![StageChange {
            stage: first,
            at: meta.created_at,
        }],
        lost: None,
        meta,
    };
    let id = lead.meta.id;
    write_lead(storage, lead, clock)
        .await
        .map(|undo| Ok((id, undo)))
}

/// Changes a lead's details; its kind stays (a sale's stages are not a recruit's).
pub async fn edit_lead(
    storage: &impl Storage,
    id: Uuid,
    draft: LeadDraft,
    clock: &LocalClock,
) -> Result<Option<Result<Undo, LeadRefused>>, StoreError> {
    let Some(mut lead) = stored_lead(storage, id) else {
        return Ok(None);
    };
    if let Err(refused) = check(storage, &draft) {
        return Ok(Some(Err(refused)));
    }
    lead.contact_id = draft.contact_id;
    lead.title = draft.title.trim().to_string();
    lead.expected_value = draft.expected_value;
    lead.expected_centipoints = draft.expected_centipoints;
    lead.expected_close = draft.expected_close;
    lead.source = draft.source;
    lead.meta.touch(clock.now);
    write_lead(storage, lead, clock).await.map(|u| Some(Ok(u)))
}

/// Moves a lead to an open stage or to "won"; `Ok(None)` if the lead is gone or the
/// move is to "lost", which needs a reason ([`lose_lead`]).
pub async fn move_lead(
    storage: &impl Storage,
    id: Uuid,
    stage: Uuid,
    clock: &LocalClock,
) -> Result<Option<Undo>, StoreError> {
    let Some(mut lead) = stored_lead(storage, id) else {
        return Ok(None);
    };
    if outcome_of(lead.kind, stage) == StageOutcome::Lost || lead.stage == stage {
        return Ok(None);
    }
    lead.move_to(stage, clock.now);
    write_lead(storage, lead, clock).await.map(Some)
}

/// Marks a lead lost, with the reason.
pub async fn lose_lead(
    storage: &impl Storage,
    id: Uuid,
    reason: LostReason,
    clock: &LocalClock,
) -> Result<Option<Undo>, StoreError> {
    let Some(mut lead) = stored_lead(storage, id) else {
        return Ok(None);
    };
    lead.move_to(StandardStage::Lost.id(lead.kind), clock.now);
    lead.lost = Some(LostReason {
        reason: reason.reason,
        details: reason.details.trim().to_string(),
    });
    lead.meta.touch(clock.now);
    write_lead(storage, lead, clock).await.map(Some)
}

pub async fn delete_lead(
    storage: &impl Storage,
    id: Uuid,
    clock: &LocalClock,
) -> Result<Option<Undo>, StoreError> {
    let Some(mut lead) = stored_lead(storage, id) else {
        return Ok(None);
    };
    lead.meta.mark_deleted(clock.now);
    write_lead(storage, lead, clock).await.map(Some)
}

/// A lead as stored, to show in the form that changes it.
pub fn lead_to_edit(storage: &impl Storage, id: Uuid) -> Option<Lead> {
    stored_lead(storage, id)
}

fn stored_lead(storage: &impl Storage, id: Uuid) -> Option<Lead> {
    storage.read(|all| all.leads.get(&id).cloned())
}

fn check(storage: &impl Storage, draft: &LeadDraft) -> Result<(), LeadRefused> {
    if draft.expected_value.0 < 0 {
        return Err(LeadRefused::NegativeValue);
    }
    if storage.read(|all| all.contacts.get(&draft.contact_id).is_none()) {
        return Err(LeadRefused::NoContact);
    }
    Ok(())
}

async fn write_lead(
    storage: &impl Storage,
    lead: Lead,
    clock: &LocalClock,
) -> Result<Undo, StoreError> {
    let writes = DataSet {
        leads: vec![lead],
        ..DataSet::default()
    };
    write_with_undo(storage, writes, clock).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::undo::undo;
    use crate::domain::contacts::contact::Contact;
    use crate::domain::leads::lost_reasons::{ReasonName, StandardReason};
    use chrono::Duration;
    use futures::executor::block_on;

    fn with_contact() -> (MemoryStorage, Contact) {
        let anna = Contact::new("Anna", "Lutz", fixed_clock().now);
        let storage = MemoryStorage::with_contacts(vec![anna.clone()]);
        (storage, anna)
    }

    #[test]
    fn a_lead_moves_through_its_stages_with_history_and_each_move_undoes() {
        let (storage, anna) = with_contact();
        let mut clock = fixed_clock();
        let kind = LeadKind::Recruit;
        let (id, _) = block_on(add_lead(
            &storage,
            LeadDraft::new(anna.meta.id, kind, " Geschäftspartnerin "),
            &clock,
        ))
        .unwrap()
        .unwrap();
        clock.now += Duration::hours(2);
        let presentation = StandardStage::Presentation.id(kind);
        let moved = block_on(move_lead(&storage, id, presentation, &clock))
            .unwrap()
            .unwrap();
        let lead = stored_lead(&storage, id).unwrap();
        assert_eq!(lead.title, "Geschäftspartnerin");
        assert_eq!(lead.stage, presentation);
        assert_eq!(lead.history.len(), 2);
        assert_eq!(lead.history[1].at, clock.now);
        block_on(undo(&storage, &moved, &clock)).unwrap();
        let lead = stored_lead(&storage, id).unwrap();
        assert_eq!(lead.stage, StandardStage::New.id(kind));
        assert_eq!(lead.history.len(), 1);
    }

    #[test]
    fn losing_needs_a_reason_and_keeps_it() {
        let (storage, anna) = with_contact();
        let clock = fixed_clock();
        let kind = LeadKind::Sale;
        let (id, _) = block_on(add_lead(
            &storage,
            LeadDraft::new(anna.meta.id, kind, "Set"),
            &clock,
        ))
        .unwrap()
        .unwrap();
        let lost = StandardStage::Lost.id(kind);
        assert_eq!(
            block_on(move_lead(&storage, id, lost, &clock)).unwrap(),
            None
        );
        let reason = LostReason {
            reason: ReasonName::Standard(StandardReason::Price),
            details: " zu teuer gerade ".into(),
        };
        block_on(lose_lead(&storage, id, reason, &clock))
            .unwrap()
            .unwrap();
        let lead = stored_lead(&storage, id).unwrap();
        assert_eq!(lead.outcome(), StageOutcome::Lost);
        assert_eq!(lead.lost.unwrap().details, "zu teuer gerade");
    }

    #[test]
    fn a_lead_needs_a_living_contact_and_no_negative_value() {
        let (storage, anna) = with_contact();
        let clock = fixed_clock();
        let nobody = LeadDraft::new(Uuid::from_u128(7), LeadKind::Sale, "x");
        assert_eq!(
            block_on(add_lead(&storage, nobody, &clock)).unwrap(),
            Err(LeadRefused::NoContact)
        );
        let mut negative = LeadDraft::new(anna.meta.id, LeadKind::Sale, "x");
        negative.expected_value = Cents(-1);
        assert_eq!(
            block_on(add_lead(&storage, negative, &clock)).unwrap(),
            Err(LeadRefused::NegativeValue)
        );
        assert!(storage.read(|all| all.leads.is_empty()));
    }
}
