//! The leads as a list, narrowed and ordered as the rep chooses (see
//! [`crate::domain::leads::lead_list`]), and the stages a kind's list can be narrowed to.

use crate::app::lead_stages::lead_settings;
use crate::app::storage::Storage;
use crate::domain::contacts::contact::Contact;
use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::lead_list::{LeadFilter, LeadOrder, ListedLead, lead_list};
use crate::domain::leads::lead_model::LeadScore;
use crate::domain::leads::overdue_follow_ups::OverdueFollowUps;
use crate::domain::leads::stages::{Stage, outcome_of};
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

pub fn listed_leads(
    storage: &impl Storage,
    scores: &HashMap<Uuid, LeadScore>,
    now: DateTime<Utc>,
    filter: &LeadFilter,
    order: LeadOrder,
) -> Vec<ListedLead> {
    let settings = lead_settings(storage);
    storage.read(|all| {
        let overdue = OverdueFollowUps::of(all.tasks.iter(), now);
        let rows = all.leads.iter().map(|lead| {
            let pipeline = settings.pipeline(lead.kind);
            let stage = pipeline.column_of(lead.stage);
            ListedLead {
                id: lead.meta.id,
                title: lead.title.clone(),
                contact_name: all
                    .contacts
                    .get(&lead.contact_id)
                    .map(Contact::display_name)
                    .unwrap_or_default(),
                kind: lead.kind,
                stage,
                stage_name: pipeline.name_of(stage),
                outcome: outcome_of(lead.kind, stage),
                value: lead.expected_value,
                expected_close: lead.expected_close,
                source: lead.source,
                probability: scores.get(&lead.meta.id).map(|s| s.probability),
                follow_up_overdue: lead.is_open() && overdue.has(lead),
                in_stage_since: lead.in_stage_since(),
            }
        });
        lead_list(rows, filter, order)
    })
}

/// The stages on the board of `kind`, in order: what its list can be narrowed to.
pub fn stages_of(storage: &impl Storage, kind: LeadKind) -> Vec<Stage> {
    lead_settings(storage)
        .pipeline(kind)
        .board()
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::lead_scores::train_models;
    use crate::app::leads::{LeadDraft, add_lead, move_lead};
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::tasks::add_follow_up;
    use crate::domain::leads::stages::{StageOutcome, StandardStage};
    use chrono::Duration;
    use futures::executor::block_on;

    #[test]
    fn the_list_names_stage_chance_and_overdue_follow_ups_and_leaves_closed_leads_out() {
        let clock = fixed_clock();
        let anna = Contact::new("Anna", "Lutz", clock.now);
        let kai = Contact::new("Kai", "Sommer", clock.now);
        let storage = MemoryStorage::with_contacts(vec![anna.clone(), kai.clone()]);
        let add = |contact: &Contact, kind, title| {
            let draft = LeadDraft::new(contact.meta.id, kind, title);
            block_on(add_lead(&storage, draft, &clock))
                .unwrap()
                .unwrap()
                .0
        };
        let set = add(&anna, LeadKind::Sale, "Set");
        let abo = add(&anna, LeadKind::Sale, "Abo");
        let start = add(&kai, LeadKind::Recruit, "Einstieg");
        let won = StandardStage::Won.id(LeadKind::Sale);
        block_on(move_lead(&storage, abo, won, &clock)).unwrap();
        let yesterday = clock.now - Duration::days(1);
        let call = add_follow_up(
            &storage,
            Some(kai.meta.id),
            "Anrufen".into(),
            yesterday,
            &clock,
        );
        block_on(call).unwrap();

        let scores = train_models(&storage, clock.now).scores();
        let list = |filter: &LeadFilter| {
            listed_leads(&storage, &scores, clock.now, filter, LeadOrder::Title)
        };
        let open = list(&LeadFilter::default());
        let titles: Vec<&str> = open.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(titles, ["Einstieg", "Set"]);
        assert!(open.iter().all(|l| l.probability.is_some()));
        assert_eq!(open[1].contact_name, "Anna Lutz");
        assert_eq!(open[1].stage, StandardStage::New.id(LeadKind::Sale));
        assert!(open[0].follow_up_overdue && !open[1].follow_up_overdue);

        let overdue = list(&LeadFilter {
            overdue_only: true,
            ..LeadFilter::default()
        });
        assert_eq!(overdue.iter().map(|l| l.id).collect::<Vec<_>>(), [start]);
        let closed_too = list(&LeadFilter {
            with_closed: true,
            kind: Some(LeadKind::Sale),
            ..LeadFilter::default()
        });
        assert_eq!(
            closed_too.iter().map(|l| l.id).collect::<Vec<_>>(),
            [abo, set]
        );
        assert_eq!(closed_too[0].outcome, StageOutcome::Won);
        assert_eq!(closed_too[0].probability, None);
        assert_eq!(stages_of(&storage, LeadKind::Sale).len(), 7);
    }
}
