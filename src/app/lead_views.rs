//! What the lead pages show: the board of one kind (a column per stage, its cards with
//! their scores) and one lead's page.

use crate::app::lead_stages::lead_settings;
use crate::app::storage::Storage;
use crate::domain::contacts::contact::Contact;
use crate::domain::leads::lead::{Lead, LeadKind};
use crate::domain::leads::lead_model::LeadScore;
use crate::domain::leads::next_best::next_best;
use crate::domain::leads::stages::{Stage, StageName, StageOutcome, outcome_of};
use crate::domain::locale::money::Cents;
use crate::domain::ordering::{order_by, order_by_text};
use crate::store::index::{IndexName, Query};
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq)]
pub struct LeadCard {
    pub id: Uuid,
    pub title: String,
    pub contact_name: String,
    pub value: Cents,
    pub score: Option<LeadScore>,
}

/// Won and lost leads a column shows: the newest, enough to see what just happened.
pub const CLOSED_SHOWN: usize = 20;

#[derive(Clone, Debug, PartialEq)]
pub struct BoardColumn {
    pub stage: Stage,
    pub outcome: StageOutcome,
    /// The open ones by chance, best first; of won and lost ones the newest
    /// [`CLOSED_SHOWN`].
    pub cards: Vec<LeadCard>,
    /// Every lead in the stage, shown or not.
    pub total: usize,
}

/// The board of `kind`: every stage on it, with its leads.
pub fn lead_board(
    storage: &impl Storage,
    kind: LeadKind,
    scores: &HashMap<Uuid, LeadScore>,
) -> Vec<BoardColumn> {
    let settings = lead_settings(storage);
    let pipeline = settings.pipeline(kind);
    storage.read(|all| {
        let mut columns: Vec<BoardColumn> = pipeline
            .board()
            .map(|stage| BoardColumn {
                stage: stage.clone(),
                outcome: outcome_of(kind, stage.id),
                cards: Vec::new(),
                total: 0,
            })
            .collect();
        let mut leads: Vec<&Lead> = all.leads.iter().filter(|l| l.kind == kind).collect();
        order_by_text(&mut leads, |l| l.meta.id.to_string());
        order_by(&mut leads, |l| -l.in_stage_since().timestamp_millis());
        for lead in leads {
            let column = pipeline.column_of(lead.stage);
            let Some(column) = columns.iter_mut().find(|c| c.stage.id == column) else {
                continue;
            };
            column.total += 1;
            if column.outcome == StageOutcome::Open || column.cards.len() < CLOSED_SHOWN {
                column
                    .cards
                    .push(card(all.contacts.get(&lead.contact_id), lead, scores));
            }
        }
        for column in &mut columns {
            if column.outcome == StageOutcome::Open {
                order_by(&mut column.cards, |c| {
                    -c.score.as_ref().map_or(0, |s| (s.probability * 1e6) as i64)
                });
            }
        }
        columns
    })
}

fn card(contact: Option<&Contact>, lead: &Lead, scores: &HashMap<Uuid, LeadScore>) -> LeadCard {
    LeadCard {
        id: lead.meta.id,
        title: lead.title.clone(),
        contact_name: contact.map(Contact::display_name).unwrap_or_default(),
        value: lead.expected_value,
        score: scores.get(&lead.meta.id).cloned(),
    }
}

/// An open lead worth the rep's next hour (see [`crate::domain::leads::next_best`]).
#[derive(Clone, Debug, PartialEq)]
pub struct NextLead {
    pub id: Uuid,
    pub title: String,
    pub contact_name: String,
    pub kind: LeadKind,
    pub probability: f64,
    pub value: Cents,
    pub follow_up_overdue: bool,
}

/// The `count` open leads best worth working on, by chance × value.
pub fn next_leads(
    storage: &impl Storage,
    scores: &HashMap<Uuid, LeadScore>,
    now: DateTime<Utc>,
    count: usize,
) -> Vec<NextLead> {
    let probability: HashMap<Uuid, f64> =
        scores.iter().map(|(id, s)| (*id, s.probability)).collect();
    storage.read(|all| {
        next_best(all.leads.iter(), &probability, all.tasks.iter(), now)
            .into_iter()
            .take(count)
            .filter_map(|best| {
                let lead = all.leads.get(&best.lead_id)?;
                Some(NextLead {
                    id: best.lead_id,
                    title: lead.title.clone(),
                    contact_name: all
                        .contacts
                        .get(&lead.contact_id)
                        .map(Contact::display_name)
                        .unwrap_or_default(),
                    kind: lead.kind,
                    probability: best.probability,
                    value: lead.expected_value,
                    follow_up_overdue: best.follow_up_overdue,
                })
            })
            .collect()
    })
}

#[derive(Clone, Debug, PartialEq)]
pub struct LeadPage {
    pub lead: Lead,
    pub contact_name: String,
    /// The stages on the board of the lead's kind, to move it to.
    pub stages: Vec<Stage>,
    pub stage_name: StageName,
    /// Every stage it entered, oldest first.
    pub history: Vec<(StageName, DateTime<Utc>)>,
    pub score: Option<LeadScore>,
    pub lost_reasons: Vec<crate::domain::leads::lost_reasons::ReasonName>,
    /// The contact's place in the team, if they are in it (a won recruit is offered one).
    pub member_id: Option<Uuid>,
}

pub fn lead_page(
    storage: &impl Storage,
    id: Uuid,
    scores: &HashMap<Uuid, LeadScore>,
) -> Option<LeadPage> {
    let settings = lead_settings(storage);
    storage.read(|all| {
        let lead = all.leads.get(&id)?.clone();
        let pipeline = settings.pipeline(lead.kind);
        Some(LeadPage {
            contact_name: all
                .contacts
                .get(&lead.contact_id)
                .map(Contact::display_name)
                .unwrap_or_default(),
            stages: pipeline.board().cloned().collect(),
            stage_name: pipeline.name_of(lead.stage),
            history: lead
                .history
                .iter()
                .map(|c| (pipeline.name_of(c.stage), c.at))
                .collect(),
            score: scores.get(&id).cloned(),
            lost_reasons: settings.lost_reasons.clone(),
            member_id: all
                .members
                .query(Query::Equals(IndexName::Contact, lead.contact_id.into()))
                .first()
                .map(|m| m.meta.id),
            lead,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::lead_scores::train_models;
    use crate::app::leads::{LeadDraft, add_lead, move_lead};
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::domain::leads::stages::StandardStage;
    use futures::executor::block_on;

    #[test]
    fn the_board_has_a_column_per_stage_with_each_lead_once_and_scores_on_open_ones() {
        let clock = fixed_clock();
        let anna = Contact::new("Anna", "Lutz", clock.now);
        let storage = MemoryStorage::with_contacts(vec![anna.clone()]);
        let kind = LeadKind::Sale;
        let mut ids = Vec::new();
        for title in ["Set", "Abo", "Creme"] {
            let draft = LeadDraft::new(anna.meta.id, kind, title);
            ids.push(
                block_on(add_lead(&storage, draft, &clock))
                    .unwrap()
                    .unwrap()
                    .0,
            );
        }
        let won = StandardStage::Won.id(kind);
        block_on(move_lead(&storage, ids[1], won, &clock)).unwrap();
        let scores = train_models(&storage, clock.now).scores();
        let board = lead_board(&storage, kind, &scores);
        assert_eq!(board.len(), 7);
        let count: usize = board.iter().map(|c| c.cards.len()).sum();
        assert_eq!(count, 3);
        assert!(board.iter().all(|c| c.total == c.cards.len()));
        assert_eq!(board[0].cards.len(), 2);
        assert!(board[0].cards.iter().all(|c| c.score.is_some()));
        let won_column = board
            .iter()
            .find(|c| c.outcome == StageOutcome::Won)
            .unwrap();
        assert_eq!(won_column.cards[0].title, "Abo");
        assert!(won_column.cards[0].score.is_none());
        assert_eq!(won_column.cards[0].contact_name, "Anna Lutz");
        let page = lead_page(&storage, ids[1], &scores).unwrap();
        assert_eq!(page.history.len(), 2);
        assert_eq!(page.stage_name, StageName::Standard(StandardStage::Won));
        assert!(
            lead_board(&storage, LeadKind::Recruit, &scores)
                .iter()
                .all(|c| c.cards.is_empty())
        );
    }
}
