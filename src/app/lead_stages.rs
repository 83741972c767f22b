//! The rep's pipelines and reasons for losing: what is in effect, and the edits. Each
//! edit writes the new settings in one transaction with the leads it moves, and returns
//! an undo that puts both back.

use crate::app::storage::Storage;
use crate::app::undo::Undo;
use crate::app::writes::commit;
use crate::domain::dataset::DataSet;
use crate::domain::leads::lead::{Lead, LeadKind};
use crate::domain::leads::lead_settings::{LeadSettings, ReasonEditError};
use crate::domain::leads::stage_edits::{ShownName, StageEditError};
use crate::domain::locale::local_clock::LocalClock;
use crate::store::error::StoreError;
use crate::store::write_batch::WriteBatch;
use uuid::Uuid;

/// The settings the app works with (see [`LeadSettings::in_effect`]).
pub fn lead_settings(storage: &impl Storage) -> LeadSettings {
    storage.read(|all| LeadSettings::in_effect(storage.lead_settings(), all.leads.iter()))
}

/// A change to the stages of one kind.
#[derive(Clone, Debug, PartialEq)]
pub enum StageEdit {
    Add {
        name: String,
        position: usize,
    },
    Rename {
        stage: Uuid,
        name: String,
    },
    Move {
        stage: Uuid,
        position: usize,
    },
    /// Takes the stage off the board; its leads go to `leads_to`.
    Remove {
        stage: Uuid,
        leads_to: Uuid,
    },
}

/// Applies `edit` to the pipeline of `kind`; `shown` names Teamline's own stages as the
/// user reads them, for the check that names differ. `Ok(Err(_))`: refused, nothing
/// written.
pub async fn edit_stages(
    storage: &impl Storage,
    kind: LeadKind,
    edit: StageEdit,
    shown: ShownName<'_>,
    clock: &LocalClock,
) -> Result<Result<Undo, StageEditError>, StoreError> {
    let before = lead_settings(storage);
    let mut after = before.clone();
    let pipeline = after.pipeline_mut(kind);
    let checked = match &edit {
        StageEdit::Add { name, position } => {
            pipeline.add_stage(Uuid::new_v4(), name, *position, shown)
        }
        StageEdit::Rename { stage, name } => pipeline.rename_stage(*stage, name, shown),
        StageEdit::Move { stage, position } => pipeline.move_stage(*stage, *position),
        StageEdit::Remove { stage, leads_to } => pipeline.remove_stage(*stage, *leads_to),
    };
    if let Err(refused) = checked {
        return Ok(Err(refused));
    }
    let moved: Vec<Lead> = match edit {
        StageEdit::Remove { stage, leads_to } => storage.read(|all| {
            all.leads
                .iter()
                .filter(|l| l.kind == kind && l.stage == stage)
                .map(|l| {
                    let mut moved = l.clone();
                    moved.move_to(leads_to, clock.now);
                    moved
                })
                .collect()
        }),
        _ => Vec::new(),
    };
    write_settings(storage, before, after, moved, clock)
        .await
        .map(Ok)
}

/// A change to the list of reasons for losing a lead.
#[derive(Clone, Debug, PartialEq)]
pub enum ReasonEdit {
    Add(String),
    Rename(usize, String),
    Remove(usize),
}

pub async fn edit_reasons(
    storage: &impl Storage,
    edit: ReasonEdit,
    clock: &LocalClock,
) -> Result<Result<Undo, ReasonEditError>, StoreError> {
    let before = lead_settings(storage);
    let mut after = before.clone();
    let checked = match &edit {
        ReasonEdit::Add(name) => after.add_reason(name),
        ReasonEdit::Rename(index, name) => after.rename_reason(*index, name),
        ReasonEdit::Remove(index) => {
            after.remove_reason(*index);
            Ok(())
        }
    };
    if let Err(refused) = checked {
        return Ok(Err(refused));
    }
    write_settings(storage, before, after, Vec::new(), clock)
        .await
        .map(Ok)
}

async fn write_settings(
    storage: &impl Storage,
    before: LeadSettings,
    after: LeadSettings,
    moved: Vec<Lead>,
    clock: &LocalClock,
) -> Result<Undo, StoreError> {
    let writes = DataSet {
        leads: moved,
        ..DataSet::default()
    };
    let mut undo = Undo::before(storage, &writes, clock.now);
    undo.lead_settings = Some(before);
    let mut batch = WriteBatch::new();
    batch.put_all(writes);
    batch.set_lead_settings(after);
    commit(storage, batch, &[], clock).await?;
    Ok(undo)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::leads::{LeadDraft, add_lead};
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::undo::undo;
    use crate::domain::contacts::contact::Contact;
    use crate::domain::leads::stages::{StageName, StandardStage};
    use futures::executor::block_on;

    fn english(stage: StandardStage) -> String {
        format!("{stage:?}")
    }

    #[test]
    fn removing_a_stage_moves_its_leads_in_the_same_write_and_undo_puts_both_back() {
        let clock = fixed_clock();
        let anna = Contact::new("Anna", "Lutz", clock.now);
        let storage = MemoryStorage::with_contacts(vec![anna.clone()]);
        let kind = LeadKind::Sale;
        let (id, _) = block_on(add_lead(
            &storage,
            LeadDraft::new(anna.meta.id, kind, "Pflegeset"),
            &clock,
        ))
        .unwrap()
        .unwrap();
        let follow_up = StandardStage::FollowUp.id(kind);
        block_on(crate::app::leads::move_lead(
            &storage, id, follow_up, &clock,
        ))
        .unwrap();
        let commits = storage.commits.get();
        let decision = StandardStage::Decision.id(kind);
        let removal = StageEdit::Remove {
            stage: follow_up,
            leads_to: decision,
        };
        let undone = block_on(edit_stages(&storage, kind, removal, &english, &clock))
            .unwrap()
            .unwrap();
        assert_eq!(storage.commits.get(), commits + 1, "one write");
        let lead = storage.read(|all| all.leads.get(&id).cloned()).unwrap();
        assert_eq!(lead.stage, decision);
        assert!(
            !lead_settings(&storage)
                .sale
                .board()
                .any(|s| s.id == follow_up)
        );
        block_on(undo(&storage, &undone, &clock)).unwrap();
        let lead = storage.read(|all| all.leads.get(&id).cloned()).unwrap();
        assert_eq!(lead.stage, follow_up);
        assert!(
            lead_settings(&storage)
                .sale
                .board()
                .any(|s| s.id == follow_up)
        );
    }

    #[test]
    fn a_refused_edit_writes_nothing() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let rename = StageEdit::Rename {
            stage: StandardStage::New.id(LeadKind::Recruit),
            name: "  ".into(),
        };
        let refused = block_on(edit_stages(
            &storage,
            LeadKind::Recruit,
            rename,
            &english,
            &clock,
        ))
        .unwrap();
        assert_eq!(refused, Err(StageEditError::EmptyName));
        assert_eq!(storage.commits.get(), 0);
        assert_eq!(storage.lead_settings(), None);
        let add = StageEdit::Add {
            name: "Probe".into(),
            position: 1,
        };
        block_on(edit_stages(
            &storage,
            LeadKind::Recruit,
            add,
            &english,
            &clock,
        ))
        .unwrap()
        .unwrap();
        let stored = storage.lead_settings().unwrap();
        assert_eq!(
            stored.recruit.board().nth(1).map(|s| &s.name),
            Some(&StageName::Own("Probe".into()))
        );
        assert_eq!(stored.sale, LeadSettings::default().sale);
    }
}
