//! The lead models and the scores of the open leads. Training reads every lead, judges
//! each at its moment (open ones now, closed ones just before they closed) and fits one
//! model per kind; the pages ask for it after the change that caused it, off the path
//! of the click, and show the scores it gives.

use crate::app::lead_stages::lead_settings;
use crate::app::storage::Storage;
use crate::domain::campaigns::campaign::TouchEvent;
use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::lead_model::{LeadScore, score, train};
use crate::domain::leads::lead_rows::{LeadRow, RecordIndex, lead_rows};
use crate::domain::leads::scoring::model::Model;
use crate::domain::leads::stored_models::StoredModels;
use crate::store::error::StoreError;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

/// One model per kind of lead, and the rows they were trained on and score.
#[derive(Clone, Debug, PartialEq)]
pub struct LeadModels {
    pub sale: Model,
    pub recruit: Model,
    rows: Vec<LeadRow>,
}

impl LeadModels {
    pub fn model(&self, kind: LeadKind) -> &Model {
        match kind {
            LeadKind::Sale => &self.sale,
            LeadKind::Recruit => &self.recruit,
        }
    }

    /// The scores of the open leads, by lead.
    pub fn scores(&self) -> HashMap<Uuid, LeadScore> {
        self.rows
            .iter()
            .filter(|r| r.won.is_none())
            .map(|r| (r.lead_id, score(self.model(r.kind), r)))
            .collect()
    }
}

/// Trains both models on the rep's leads as they stand at `now`.
pub fn train_models(storage: &impl Storage, now: DateTime<Utc>) -> LeadModels {
    let rows = rows_at(storage, now);
    LeadModels {
        sale: train(LeadKind::Sale, &rows),
        recruit: train(LeadKind::Recruit, &rows),
        rows,
    }
}

/// The models of the last training, as kept, with the leads as they stand at `now`: the
/// scores at once on opening, before the models are trained again. `None` when none are
/// kept (or they were made by a version with other inputs).
pub fn kept_models(storage: &impl Storage, now: DateTime<Utc>) -> Option<LeadModels> {
    let StoredModels { sale, recruit, .. } = storage.lead_models()?;
    Some(LeadModels {
        sale,
        recruit,
        rows: rows_at(storage, now),
    })
}

/// Keeps `models` for the next opening, unless they are the ones already kept.
pub async fn keep_models(storage: &impl Storage, models: &LeadModels) -> Result<(), StoreError> {
    let stored = StoredModels::new(models.sale.clone(), models.recruit.clone());
    if storage.lead_models().as_ref() == Some(&stored) {
        return Ok(());
    }
    storage.save_lead_models(stored).await
}

/// Every lead as a row of inputs, each judged at its moment.
fn rows_at(storage: &impl Storage, now: DateTime<Utc>) -> Vec<LeadRow> {
    let settings = lead_settings(storage);
    storage.read(|all| {
        let sends = all.campaign_touches.iter().filter_map(|t| match t.event {
            TouchEvent::Sent { .. } => Some((t.contact_id, t.at)),
            _ => None,
        });
        let records = RecordIndex::new(
            all.contacts.iter(),
            all.interactions.iter(),
            all.orders.iter(),
        )
        .with_campaign_sends(sends);
        lead_rows(all.leads.iter(), &records, &settings, now)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::leads::{LeadDraft, add_lead, move_lead};
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::undo::write_with_undo;
    use crate::domain::contacts::contact::Contact;
    use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind, Outcome};
    use crate::domain::dataset::DataSet;
    use crate::domain::leads::stages::StandardStage;
    use crate::domain::record::RecordMeta;
    use chrono::Duration;
    use futures::executor::block_on;

    #[test]
    fn the_starting_model_scores_open_leads_and_an_answered_call_raises_the_score() {
        let mut clock = fixed_clock();
        let anna = Contact::new("Anna", "Lutz", clock.now - Duration::days(30));
        let storage = MemoryStorage::with_contacts(vec![anna.clone()]);
        clock.now -= Duration::days(20);
        let (id, _) = block_on(add_lead(
            &storage,
            LeadDraft::new(anna.meta.id, LeadKind::Sale, "Set"),
            &clock,
        ))
        .unwrap()
        .unwrap();
        clock.now += Duration::days(20);
        let before = train_models(&storage, clock.now).scores()[&id].clone();
        assert_eq!(before.based_on, 0);
        let call = Interaction {
            meta: RecordMeta::new(clock.now),
            contact_id: anna.meta.id,
            kind: InteractionKind::Call,
            direction: Direction::Outgoing,
            at: clock.now - Duration::hours(1),
            summary: String::new(),
            outcome: Some(Outcome::FollowUpAgreed),
        };
        let logged = DataSet {
            interactions: vec![call],
            ..DataSet::default()
        };
        block_on(write_with_undo(&storage, logged, &clock)).unwrap();
        let after = train_models(&storage, clock.now).scores()[&id].clone();
        assert!(
            after.probability > before.probability,
            "{} after the call, {} before",
            after.probability,
            before.probability
        );
        block_on(move_lead(
            &storage,
            id,
            StandardStage::Won.id(LeadKind::Sale),
            &clock,
        ))
        .unwrap();
        let models = train_models(&storage, clock.now);
        assert!(models.scores().is_empty(), "a won lead has no score");
        assert_eq!(models.sale.outcomes, 1);
        assert_eq!(models.recruit.outcomes, 0);
    }

    #[test]
    fn kept_models_score_as_the_training_did_and_are_kept_only_when_they_change() {
        let clock = fixed_clock();
        let anna = Contact::new("Anna", "Lutz", clock.now - Duration::days(30));
        let storage = MemoryStorage::with_contacts(vec![anna.clone()]);
        let mut ids = Vec::new();
        for title in ["Set", "Abo"] {
            let draft = LeadDraft::new(anna.meta.id, LeadKind::Sale, title);
            ids.push(
                block_on(add_lead(&storage, draft, &clock))
                    .unwrap()
                    .unwrap()
                    .0,
            );
        }
        let won = StandardStage::Won.id(LeadKind::Sale);
        block_on(move_lead(&storage, ids[1], won, &clock)).unwrap();
        assert!(
            kept_models(&storage, clock.now).is_none(),
            "nothing kept yet"
        );

        let trained = train_models(&storage, clock.now);
        block_on(keep_models(&storage, &trained)).unwrap();
        let kept = kept_models(&storage, clock.now).unwrap();
        assert_eq!(kept.sale.outcomes, 1);
        assert_eq!(kept.scores(), trained.scores());
        let writes = storage.commits.get();
        block_on(keep_models(&storage, &train_models(&storage, clock.now))).unwrap();
        assert_eq!(
            storage.commits.get(),
            writes,
            "the same models are not written again"
        );
    }
}
