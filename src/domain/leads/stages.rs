//! The stages a lead moves through, one pipeline per kind, which the rep can edit.
//!
//! Every pipeline ends in exactly one "won" and one "lost" stage. Their ids are fixed per
//! kind, so whether a lead is closed, and how, never needs the pipeline, and two devices
//! that never edited their stages agree on every id (a later merge of their files then
//! has nothing to reconcile). A removed stage is kept, retired, so that the stage
//! history of the leads that once stood in it still has a name.

use crate::domain::leads::lead::LeadKind;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The stages Teamline starts with, and two that older versions had.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StandardStage {
    New,
    Contacted,
    Presentation,
    FollowUp,
    Decision,
    Won,
    Lost,
    /// Older versions' "qualified", kept for leads that were in it.
    Qualified,
    /// Older versions' "negotiating", kept for leads that were in it.
    Negotiating,
}

impl StandardStage {
    const CODE: [StandardStage; 9] = [
        StandardStage::New,
        StandardStage::Contacted,
        StandardStage::Presentation,
        StandardStage::FollowUp,
        StandardStage::Decision,
        StandardStage::Won,
        StandardStage::Lost,
        StandardStage::Qualified,
        StandardStage::Negotiating,
    ];

    /// The fixed id of this stage in the pipeline of `kind`.
    pub fn id(self, kind: LeadKind) -> Uuid {
        let code = Self::CODE.iter().position(|s| *s == self).unwrap_or(0) as u128;
        let kind_code: u128 = match kind {
            LeadKind::Sale => 1,
            LeadKind::Recruit => 2,
        };
        // A version-8 UUID (custom) whose last bytes say kind and stage.
        Uuid::from_u128(0x7ea4_11e0_0000_8000_8000_0000_0000_0000 | kind_code << 8 | code)
    }
}

/// What a stage is called: Teamline's own name in the user's language, or the rep's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StageName {
    Standard(StandardStage),
    Own(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StageOutcome {
    Open,
    Won,
    Lost,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    pub id: Uuid,
    pub name: StageName,
    /// Removed by the rep: off the board, still named in histories.
    pub retired: bool,
}

/// The stages of one kind of lead, in board order; "won" and "lost" last.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pipeline {
    pub kind: LeadKind,
    pub stages: Vec<Stage>,
}

/// Where a stage of an older version goes among today's standard stages.
const LEGACY_PLACE: [(StandardStage, StandardStage); 2] = [
    (StandardStage::Qualified, StandardStage::Presentation),
    (StandardStage::Negotiating, StandardStage::Decision),
];

impl Pipeline {
    pub fn standard(kind: LeadKind) -> Pipeline {
        use StandardStage::*;
        Pipeline {
            kind,
            stages: [New, Contacted, Presentation, FollowUp, Decision, Won, Lost]
                .into_iter()
                .map(|s| standard_stage(kind, s))
                .collect(),
        }
    }

    /// This pipeline with the older versions' stages that `in_use` names and it lacks,
    /// each before the stage that took its place, so that leads from an older version
    /// keep the stage they were in.
    pub fn with_legacy_stages(mut self, in_use: impl IntoIterator<Item = Uuid>) -> Pipeline {
        let in_use: Vec<Uuid> = in_use.into_iter().collect();
        for (legacy, before) in LEGACY_PLACE {
            let id = legacy.id(self.kind);
            if !in_use.contains(&id) || self.stage(id).is_some() {
                continue;
            }
            let at = self
                .stages
                .iter()
                .position(|s| s.id == before.id(self.kind))
                .unwrap_or_else(|| self.closing_index());
            self.stages.insert(at, standard_stage(self.kind, legacy));
        }
        self
    }

    pub fn stage(&self, id: Uuid) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// The name of `id`, retired or not; a stage this pipeline does not know goes by the
    /// name of the column it shows in.
    pub fn name_of(&self, id: Uuid) -> StageName {
        let shown = self.stage(id).map_or_else(|| self.column_of(id), |s| s.id);
        self.stage(shown)
            .map_or(StageName::Standard(StandardStage::New), |s| s.name.clone())
    }

    /// The stages shown on the board, in order.
    pub fn board(&self) -> impl Iterator<Item = &Stage> {
        self.stages.iter().filter(|s| !s.retired)
    }

    /// The open stages shown on the board, in order.
    pub fn open_stages(&self) -> impl Iterator<Item = &Stage> {
        self.board()
            .filter(move |s| outcome_of(self.kind, s.id) == StageOutcome::Open)
    }

    /// Where a new lead starts.
    pub fn first_open(&self) -> Uuid {
        self.open_stages()
            .next()
            .map_or(StandardStage::New.id(self.kind), |s| s.id)
    }

    /// The board column a lead in `stage` shows in: its own, or, for a stage this
    /// pipeline does not know (a record from a damaged or foreign file), the first open
    /// one, so that no lead is ever hidden.
    pub fn column_of(&self, stage: Uuid) -> Uuid {
        match self.stage(stage) {
            Some(s) if !s.retired => s.id,
            _ if outcome_of(self.kind, stage) != StageOutcome::Open => stage,
            _ => self.first_open(),
        }
    }

    /// How far along the open stages `stage` is: 0 for the first, 1 for the last.
    pub fn progress(&self, stage: Uuid) -> f64 {
        let open: Vec<Uuid> = self.open_stages().map(|s| s.id).collect();
        let column = self.column_of(stage);
        match open.iter().position(|id| *id == column) {
            Some(at) if open.len() > 1 => at as f64 / (open.len() - 1) as f64,
            _ => 0.0,
        }
    }

    /// The index of "won", before which new and moved open stages go.
    pub(super) fn closing_index(&self) -> usize {
        self.stages
            .iter()
            .position(|s| outcome_of(self.kind, s.id) != StageOutcome::Open)
            .unwrap_or(self.stages.len())
    }
}

fn standard_stage(kind: LeadKind, stage: StandardStage) -> Stage {
    Stage {
        id: stage.id(kind),
        name: StageName::Standard(stage),
        retired: false,
    }
}

/// Whether a lead in `stage` is open, won or lost: fixed by the id.
pub fn outcome_of(kind: LeadKind, stage: Uuid) -> StageOutcome {
    if stage == StandardStage::Won.id(kind) {
        StageOutcome::Won
    } else if stage == StandardStage::Lost.id(kind) {
        StageOutcome::Lost
    } else {
        StageOutcome::Open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_pipelines_end_in_won_and_lost_with_ids_fixed_per_kind() {
        for kind in [LeadKind::Sale, LeadKind::Recruit] {
            let pipeline = Pipeline::standard(kind);
            let outcomes: Vec<StageOutcome> = pipeline
                .stages
                .iter()
                .map(|s| outcome_of(kind, s.id))
                .collect();
            assert_eq!(outcomes.len(), 7);
            assert!(outcomes[..5].iter().all(|o| *o == StageOutcome::Open));
            assert_eq!(outcomes[5..], [StageOutcome::Won, StageOutcome::Lost]);
            assert_eq!(pipeline.first_open(), StandardStage::New.id(kind));
        }
        assert_ne!(
            StandardStage::Won.id(LeadKind::Sale),
            StandardStage::Won.id(LeadKind::Recruit)
        );
        let ids: std::collections::HashSet<Uuid> = StandardStage::CODE
            .iter()
            .flat_map(|s| [s.id(LeadKind::Sale), s.id(LeadKind::Recruit)])
            .collect();
        assert_eq!(ids.len(), 18);
    }

    #[test]
    fn legacy_stages_in_use_come_back_before_the_stage_that_took_their_place() {
        let kind = LeadKind::Sale;
        let pipeline =
            Pipeline::standard(kind).with_legacy_stages([StandardStage::Negotiating.id(kind)]);
        let names: Vec<&StageName> = pipeline.stages.iter().map(|s| &s.name).collect();
        use StandardStage::*;
        assert_eq!(
            names,
            [
                New,
                Contacted,
                Presentation,
                FollowUp,
                Negotiating,
                Decision,
                Won,
                Lost
            ]
            .map(StageName::Standard)
            .iter()
            .collect::<Vec<_>>()
        );
        let unchanged = Pipeline::standard(kind).with_legacy_stages([New.id(kind)]);
        assert_eq!(unchanged, Pipeline::standard(kind));
    }

    #[test]
    fn an_unknown_stage_shows_in_the_first_open_column_and_progress_runs_zero_to_one() {
        let kind = LeadKind::Recruit;
        let pipeline = Pipeline::standard(kind);
        assert_eq!(
            pipeline.column_of(Uuid::from_u128(99)),
            StandardStage::New.id(kind)
        );
        assert_eq!(
            pipeline.column_of(StandardStage::Lost.id(kind)),
            StandardStage::Lost.id(kind)
        );
        assert_eq!(pipeline.progress(StandardStage::New.id(kind)), 0.0);
        assert_eq!(pipeline.progress(StandardStage::Presentation.id(kind)), 0.5);
        assert_eq!(pipeline.progress(StandardStage::Decision.id(kind)), 1.0);
    }
}
