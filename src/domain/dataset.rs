//! All records of one rep's data, as the generator makes them and a bulk write takes them.

use crate::domain::campaigns::campaign::{Campaign, CampaignTouch};
use crate::domain::campaigns::saved_segment::SavedSegment;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::interaction::Interaction;
use crate::domain::contacts::order::Order;
use crate::domain::leads::lead::Lead;
use crate::domain::sync::reported::{RepReport, ReportedMember, ReportedVolume};
use crate::domain::tasks::task::Task;
use crate::domain::team::member::Member;
use crate::domain::team::volume::Volume;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DataSet {
    pub contacts: Vec<Contact>,
    pub interactions: Vec<Interaction>,
    pub tasks: Vec<Task>,
    pub leads: Vec<Lead>,
    pub orders: Vec<Order>,
    pub members: Vec<Member>,
    pub volumes: Vec<Volume>,
    pub campaigns: Vec<Campaign>,
    pub campaign_touches: Vec<CampaignTouch>,
    pub saved_segments: Vec<SavedSegment>,
    pub report_members: Vec<ReportedMember>,
    pub report_volumes: Vec<ReportedVolume>,
    pub rep_reports: Vec<RepReport>,
}

impl DataSet {
    pub fn record_count(&self) -> usize {
        self.contacts.len()
            + self.interactions.len()
            + self.tasks.len()
            + self.leads.len()
            + self.orders.len()
            + self.members.len()
            + self.volumes.len()
            + self.campaigns.len()
            + self.campaign_touches.len()
            + self.saved_segments.len()
            + self.report_members.len()
            + self.report_volumes.len()
            + self.rep_reports.len()
    }
}

#[cfg(test)]
impl DataSet {
    /// Writes the records of `change` over these by id, as the store does.
    pub fn overwrite_with(&mut self, change: &DataSet) {
        fn put<T: crate::domain::record::Record + Clone>(into: &mut Vec<T>, records: &[T]) {
            for record in records {
                match into.iter_mut().find(|r| r.id() == record.id()) {
                    Some(stored) => *stored = record.clone(),
                    None => into.push(record.clone()),
                }
            }
        }
        put(&mut self.contacts, &change.contacts);
        put(&mut self.interactions, &change.interactions);
        put(&mut self.tasks, &change.tasks);
        put(&mut self.leads, &change.leads);
        put(&mut self.orders, &change.orders);
        put(&mut self.members, &change.members);
        put(&mut self.volumes, &change.volumes);
        put(&mut self.campaigns, &change.campaigns);
        put(&mut self.campaign_touches, &change.campaign_touches);
        put(&mut self.saved_segments, &change.saved_segments);
        put(&mut self.report_members, &change.report_members);
        put(&mut self.report_volumes, &change.report_volumes);
        put(&mut self.rep_reports, &change.rep_reports);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::consent::ledger::{Channel, ConsentChange, ConsentMethod, ConsentState};
    use crate::domain::locale::language::Language;
    use crate::domain::record::stored_precision;
    use crate::domain::sample::{Owner, SampleSize, generate};
    use crate::domain::settings::preferences::{Profile, Settings, ThemePreference};
    use chrono::{NaiveDate, Utc};

    fn sample() -> DataSet {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let mut data = generate(
            12,
            SampleSize::TINY,
            today,
            &Owner {
                name: "Søren Nielsen",
            },
        )
        .data;
        // Fill the optional parts the generator leaves empty, so they round-trip too.
        data.contacts[1].consent.record(ConsentChange {
            channel: Channel::WhatsApp,
            state: ConsentState::Granted,
            at: stored_precision(Utc::now()),
            method: ConsentMethod::DoubleOptIn,
            proof: "„Ja, gern per WhatsApp“ 👍".into(),
        });
        data.contacts[2].meta.mark_deleted(Utc::now());
        data.contacts[3].reorder_after_days = Some(45);
        data.members[1].placement_parent_id = Some(data.members[0].meta.id);
        data.members[1].placement_leg = Some(1);
        data
    }

    #[test]
    fn every_record_type_survives_json_and_postcard() {
        let data = sample();
        let counts = [
            ("contacts", data.contacts.len()),
            ("interactions", data.interactions.len()),
            ("tasks", data.tasks.len()),
            ("leads", data.leads.len()),
            ("orders", data.orders.len()),
            ("members", data.members.len()),
            ("volumes", data.volumes.len()),
            ("campaigns", data.campaigns.len()),
            ("campaign touches", data.campaign_touches.len()),
            ("saved segments", data.saved_segments.len()),
            ("reported members", data.report_members.len()),
            ("reported volumes", data.report_volumes.len()),
            ("reports", data.rep_reports.len()),
        ];
        for (kind, count) in counts {
            assert!(count > 0, "the sample has no {kind}");
        }
        let json = serde_json::to_string(&data).unwrap();
        assert_eq!(serde_json::from_str::<DataSet>(&json).unwrap(), data);
        let binary = postcard::to_allocvec(&data).unwrap();
        assert_eq!(postcard::from_bytes::<DataSet>(&binary).unwrap(), data);
        assert!(
            binary.len() * 2 < json.len(),
            "postcard {} vs JSON {}",
            binary.len(),
            json.len()
        );
    }

    #[test]
    fn settings_survive_json_and_postcard() {
        let settings = Settings {
            language: Some(Language::En),
            theme: ThemePreference::Dark,
            profile: Some(Profile {
                name: "Zoë Strauß".into(),
                country: "AT".into(),
                contact_id: uuid::Uuid::new_v4(),
                member_id: uuid::Uuid::new_v4(),
            }),
            backups: Default::default(),
        };
        let json = serde_json::to_string(&settings).unwrap();
        assert_eq!(serde_json::from_str::<Settings>(&json).unwrap(), settings);
        let binary = postcard::to_allocvec(&settings).unwrap();
        assert_eq!(postcard::from_bytes::<Settings>(&binary).unwrap(), settings);
    }
}
