//! The rep's changes to a pipeline: add, rename, reorder and remove stages. Each checks
//! first and changes nothing when it refuses.

use crate::domain::leads::stages::{
    Pipeline, Stage, StageName, StageOutcome, StandardStage, outcome_of,
};
use crate::domain::locale::text_fold::fold;
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StageEditError {
    EmptyName,
    /// Another stage on the board has this name.
    NameTaken(String),
    UnknownStage,
    /// "Won" and "lost" can be renamed, but not moved or removed.
    ClosingStage,
    /// A pipeline keeps at least one open stage, where new leads start.
    LastOpenStage,
    /// The leads of a removed stage must go to another stage on the board.
    NoPlaceForLeads,
}

/// What Teamline's own stage names read as in the user's language: a new name is
/// compared with what the user sees.
pub type ShownName<'a> = &'a dyn Fn(StandardStage) -> String;

impl Pipeline {
    /// A new open stage at `position` among the open stages (at the end if past it).
    pub fn add_stage(
        &mut self,
        id: Uuid,
        name: &str,
        position: usize,
        shown: ShownName,
    ) -> Result<(), StageEditError> {
        let name = self.checked_name(name, None, shown)?;
        let at = self.index_of_open(position);
        self.stages.insert(
            at,
            Stage {
                id,
                name: StageName::Own(name),
                retired: false,
            },
        );
        Ok(())
    }

    pub fn rename_stage(
        &mut self,
        id: Uuid,
        name: &str,
        shown: ShownName,
    ) -> Result<(), StageEditError> {
        let name = self.checked_name(name, Some(id), shown)?;
        let stage = self.stage_mut(id)?;
        stage.name = StageName::Own(name);
        Ok(())
    }

    /// Puts an open stage at `position` among the open stages.
    pub fn move_stage(&mut self, id: Uuid, position: usize) -> Result<(), StageEditError> {
        self.open_stage_index(id)?;
        let index = self.stages.iter().position(|s| s.id == id).unwrap_or(0);
        let stage = self.stages.remove(index);
        let at = self.index_of_open(position);
        self.stages.insert(at, stage);
        Ok(())
    }

    /// Takes an open stage off the board. Its leads go to `leads_to` (the caller moves
    /// them, see [`crate::domain::leads::lead::Lead::move_to`]); the stage stays, retired,
    /// to name it in their histories.
    pub fn remove_stage(&mut self, id: Uuid, leads_to: Uuid) -> Result<(), StageEditError> {
        self.open_stage_index(id)?;
        if self.open_stages().count() < 2 {
            return Err(StageEditError::LastOpenStage);
        }
        let target_on_board = self.board().any(|s| s.id == leads_to);
        if leads_to == id || !target_on_board {
            return Err(StageEditError::NoPlaceForLeads);
        }
        self.stage_mut(id)?.retired = true;
        Ok(())
    }

    fn stage_mut(&mut self, id: Uuid) -> Result<&mut Stage, StageEditError> {
        self.stages
            .iter_mut()
            .find(|s| s.id == id && !s.retired)
            .ok_or(StageEditError::UnknownStage)
    }

    fn open_stage_index(&self, id: Uuid) -> Result<usize, StageEditError> {
        if outcome_of(self.kind, id) != StageOutcome::Open {
            return Err(StageEditError::ClosingStage);
        }
        self.open_stages()
            .position(|s| s.id == id)
            .ok_or(StageEditError::UnknownStage)
    }

    /// The index in `stages` where an open stage at `position` among the open ones goes.
    fn index_of_open(&self, position: usize) -> usize {
        let open: Vec<Uuid> = self.open_stages().map(|s| s.id).collect();
        match open.get(position) {
            Some(id) => self.stages.iter().position(|s| s.id == *id).unwrap_or(0),
            None => self.closing_index(),
        }
    }

    /// The name trimmed, unless it is empty or another stage on the board has it
    /// (ignoring case and accents, as the user reads them).
    fn checked_name(
        &self,
        name: &str,
        renaming: Option<Uuid>,
        shown: ShownName,
    ) -> Result<String, StageEditError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StageEditError::EmptyName);
        }
        let folded = fold(name);
        let taken = self.board().any(|s| {
            let seen = match &s.name {
                StageName::Standard(standard) => shown(*standard),
                StageName::Own(own) => own.clone(),
            };
            Some(s.id) != renaming && fold(&seen) == folded
        });
        if taken {
            return Err(StageEditError::NameTaken(name.to_string()));
        }
        Ok(name.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::leads::lead::LeadKind;

    fn english(stage: StandardStage) -> String {
        format!("{stage:?}")
    }

    fn sale() -> Pipeline {
        Pipeline::standard(LeadKind::Sale)
    }

    fn board_names(p: &Pipeline) -> Vec<String> {
        p.board()
            .map(|s| match &s.name {
                StageName::Standard(std) => format!("{std:?}"),
                StageName::Own(own) => own.clone(),
            })
            .collect()
    }

    #[test]
    fn added_stages_go_among_the_open_ones_never_after_won_and_lost() {
        let mut p = sale();
        p.add_stage(Uuid::from_u128(1), " Probe ", 1, &english)
            .unwrap();
        p.add_stage(Uuid::from_u128(2), "Zuletzt", 99, &english)
            .unwrap();
        assert_eq!(
            board_names(&p),
            [
                "New",
                "Probe",
                "Contacted",
                "Presentation",
                "FollowUp",
                "Decision",
                "Zuletzt",
                "Won",
                "Lost"
            ]
        );
    }

    #[test]
    fn names_must_be_given_and_not_taken() {
        let mut p = sale();
        assert_eq!(
            p.add_stage(Uuid::from_u128(1), "  ", 0, &english),
            Err(StageEditError::EmptyName)
        );
        p.add_stage(Uuid::from_u128(1), "Muster", 0, &english)
            .unwrap();
        assert_eq!(
            p.add_stage(Uuid::from_u128(2), "MUSTER", 0, &english),
            Err(StageEditError::NameTaken("MUSTER".into()))
        );
        let before = p.clone();
        assert_eq!(
            p.rename_stage(StandardStage::New.id(LeadKind::Sale), "muster", &english),
            Err(StageEditError::NameTaken("muster".into()))
        );
        assert_eq!(p, before);
        p.rename_stage(Uuid::from_u128(1), "Muster", &english)
            .unwrap();
        assert_eq!(
            p.add_stage(Uuid::from_u128(3), "decision", 0, &english),
            Err(StageEditError::NameTaken("decision".into())),
            "Teamline's own names count as the user reads them"
        );
        p.rename_stage(StandardStage::Won.id(LeadKind::Sale), "Gekauft", &english)
            .unwrap();
        assert!(board_names(&p).contains(&"Gekauft".to_string()));
    }

    #[test]
    fn open_stages_move_and_closing_ones_stay() {
        let mut p = sale();
        let decision = StandardStage::Decision.id(LeadKind::Sale);
        p.move_stage(decision, 0).unwrap();
        assert_eq!(board_names(&p)[0], "Decision");
        assert_eq!(
            p.move_stage(StandardStage::Lost.id(LeadKind::Sale), 0),
            Err(StageEditError::ClosingStage)
        );
    }

    #[test]
    fn a_removed_stage_leaves_the_board_but_keeps_its_name_for_histories() {
        let mut p = sale();
        let kind = LeadKind::Sale;
        let follow_up = StandardStage::FollowUp.id(kind);
        assert_eq!(
            p.remove_stage(follow_up, follow_up),
            Err(StageEditError::NoPlaceForLeads)
        );
        p.remove_stage(follow_up, StandardStage::Decision.id(kind))
            .unwrap();
        assert!(!board_names(&p).contains(&"FollowUp".to_string()));
        assert!(p.stage(follow_up).is_some_and(|s| s.retired));
        assert_eq!(
            p.remove_stage(follow_up, StandardStage::New.id(kind)),
            Err(StageEditError::UnknownStage)
        );
        assert_eq!(
            p.remove_stage(StandardStage::New.id(kind), follow_up),
            Err(StageEditError::NoPlaceForLeads)
        );
    }

    #[test]
    fn the_last_open_stage_stays() {
        let kind = LeadKind::Recruit;
        let mut p = Pipeline::standard(kind);
        use StandardStage::*;
        for s in [Contacted, Presentation, FollowUp, Decision] {
            p.remove_stage(s.id(kind), New.id(kind)).unwrap();
        }
        assert_eq!(
            p.remove_stage(New.id(kind), Won.id(kind)),
            Err(StageEditError::LastOpenStage)
        );
    }
}
