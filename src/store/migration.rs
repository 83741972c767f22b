//! Reading data written by older versions of Teamline.
//!
//! Two things carry versions. The IndexedDB schema (object stores) moves with
//! [`SCHEMA_VERSION`]; since `indexed_db_futures` 0.6 gives the upgrade callback no
//! transaction, an upgrade only creates stores, and data moves afterwards in an
//! ordinary transaction. The chunk format moves with
//! [`FORMAT_VERSION`](crate::store::chunk::FORMAT_VERSION); older chunks are read
//! here, upgraded in memory, and written back in the current format.
//!
//! History:
//! - schema 1, format 1: the first layout. One `chunks` store; the settings were a chunk
//!   too, and contacts had no stay-in-touch or reorder intervals.
//! - schema 2, format 2: a `meta` store holds the settings; contacts gained
//!   `stay_in_touch_days` and `reorder_after_days`.
//! - schema 2, format 3: contacts gained nickname, company, department and job title,
//!   addresses a PO box and a region; members gained the day they left; consent
//!   methods gained "by phone", "email reply" and "STOP reply" (new variants at the
//!   end, so older ledgers read unchanged).
//! - schema 2, format 4: leads gained expected volume, close date and source; their
//!   stages became ids of an editable pipeline per kind (the older fixed stages map to
//!   the standard ones, "qualified" and "negotiating" stay as stages of their own), and
//!   the reason for a loss became a reason from a list plus details. The pipelines and
//!   the list live in the meta store under `lead-settings`, absent until edited.
//! - schema 2, format 5: a campaign gained its purpose (marketing or service), one
//!   channel, a segment of conditions instead of lists, messages and subjects in German
//!   and English, an opt-out sentence, fallbacks for merge fields, when recipients leave
//!   and how long a conversion counts. A touch became an event: a recipient entered,
//!   a step sent (with the consent entry it relied on), skipped or put off, or the
//!   recipient left. See `older_campaigns.rs` for how older ones read.

use crate::store::chunk::{self, ChunkHeader, StoredValue};
use crate::store::collection::{LoadingCollections, for_each_collection};
use crate::store::error::StoreError;
use crate::store::stored::Stored;

pub const SCHEMA_VERSION: u32 = 2;
pub const CHUNKS_STORE: &str = "chunks";
pub const META_STORE: &str = "meta";
pub const SETTINGS_KEY: &str = "settings";
/// Pairs of contacts the user said are not the same person. Older versions ignore the key.
pub const NOT_DUPLICATES_KEY: &str = "not-duplicates";
/// The rep's compensation plan; absent until the rep saves one. Older versions ignore it.
pub const PLAN_KEY: &str = "plan";
/// The rep's pipelines and reasons for losing a lead; absent until the rep edits them.
pub const LEAD_SETTINGS_KEY: &str = "lead-settings";
/// The lead models as last trained: a cache of what the leads give, written without
/// counting as a change of the data (see [`super::database::Database::put_cache`]).
pub const LEAD_MODELS_KEY: &str = "lead-models";
/// Counts committed writes, so a tab notices when another tab wrote (see `database.rs`).
pub const GENERATION_KEY: &str = "generation";

/// What one stored value held, once loaded.
pub enum Loaded {
    /// A chunk read into memory; `outdated` when it must be written back in the current format.
    Chunk { header: ChunkHeader, outdated: bool },
    /// Settings found among the chunks, where schema 1 kept them (without their header).
    Settings { payload: Vec<u8> },
}

/// Reads one value of the `chunks` store into memory.
pub fn load_value(all: &mut LoadingCollections, bytes: &[u8]) -> Result<Loaded, StoreError> {
    let value = chunk::classify(bytes).map_err(|e| StoreError::unreadable("?", e))?;
    let (header, payload) = match value {
        StoredValue::Settings(_, payload) => {
            return Ok(Loaded::Settings {
                payload: payload.to_vec(),
            });
        }
        StoredValue::Chunk(header, payload) => (header, payload),
    };
    macro_rules! load {
        ($($field:ident: $t:ty),* $(,)?) => {$(
            if header.kind == <$t as Stored>::KIND {
                let records: Vec<$t> = if header.format == chunk::FORMAT_VERSION {
                    chunk::decode(payload)
                } else {
                    <$t as Stored>::decode_older_format(header.format, payload)
                }
                .map_err(|e| StoreError::unreadable(header.kind.chunk_key(header.bucket), e))?;
                all.add(records);
            }
        )*};
    }
    use crate::domain::{
        campaigns::campaign::*, campaigns::saved_segment::*, contacts::contact::*,
        contacts::interaction::*, contacts::order::*, leads::lead::*, sync::reported::*,
        tasks::task::*, team::member::*, team::volume::*,
    };
    for_each_collection!(load);
    Ok(Loaded::Chunk {
        header,
        outdated: header.format != chunk::FORMAT_VERSION,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::consent::ledger::ConsentLedger;
    use crate::domain::contacts::contact::{Contact, Labeled, Role};
    use crate::domain::record::RecordMeta;
    use crate::store::kind::CollectionKind;
    use crate::store::older_records::{AddressV2, ContactV1, ContactV2};
    use chrono::NaiveDate;
    use chrono::Utc;
    use uuid::Uuid;

    #[test]
    fn format_one_contacts_load_with_the_new_fields_empty() {
        let old = ContactV1 {
            meta: RecordMeta::with_id(Uuid::from_u128(5), Utc::now()),
            given_name: "Jörg".into(),
            family_name: "Weiß".into(),
            phones: vec![Labeled {
                label: "mobil".into(),
                value: "+491711234567".into(),
            }],
            emails: vec![],
            address: Some(AddressV2 {
                street: "Hauptstr. 1".into(),
                postal_code: "50667".into(),
                city: "Köln".into(),
                country: String::new(),
            }),
            birthday: NaiveDate::from_ymd_opt(1980, 2, 29),
            language: Some("de".into()),
            roles: vec![Role::Customer],
            tags: vec!["VIP".into()],
            source: None,
            notes: "Notiz".into(),
            referred_by: None,
            consent: ConsentLedger::default(),
        };
        let bytes = chunk::encode_with_format(
            1,
            CollectionKind::Contacts,
            crate::store::collection::bucket_of(&old.meta.id),
            &[&old],
        );
        let mut loading = LoadingCollections::default();
        let Ok(Loaded::Chunk { outdated, .. }) = load_value(&mut loading, &bytes) else {
            panic!("not loaded")
        };
        assert!(outdated);
        let all = loading.finish();
        let contact = all.contacts.get(&Uuid::from_u128(5)).unwrap();
        assert_eq!(contact.family_name, "Weiß");
        let address = contact.address.as_ref().unwrap();
        assert_eq!(
            (address.city.as_str(), address.region.as_str()),
            ("Köln", "")
        );
        assert_eq!(contact.birthday, old.birthday);
        assert_eq!(contact.stay_in_touch_days, None);
        assert_eq!(contact.company, "");
        assert_eq!(*contact, Contact::from(ContactV2::from(old)));
    }

    #[test]
    fn format_three_leads_keep_their_stages_history_and_reason() {
        use crate::domain::leads::lead::{Lead, LeadKind, LeadSource};
        use crate::domain::leads::lead_settings::LeadSettings;
        use crate::domain::leads::lost_reasons::ReasonName;
        use crate::domain::leads::stages::{StageName, StandardStage};
        use crate::domain::locale::money::Cents;
        use crate::store::older_records::{LeadStageV3, LeadV3, StageChangeV3};
        use chrono::TimeZone;
        let at = |d| Utc.with_ymd_and_hms(2025, 5, d, 9, 0, 0).unwrap();
        let old = |id: u128, kind, stages: &[LeadStageV3], reason: Option<&str>| LeadV3 {
            meta: RecordMeta::with_id(Uuid::from_u128(id), at(1)),
            contact_id: Uuid::from_u128(9),
            kind,
            stage: *stages.last().unwrap(),
            title: "Alt".into(),
            expected_value: Cents(12_000),
            history: stages
                .iter()
                .enumerate()
                .map(|(i, s)| StageChangeV3 {
                    stage: *s,
                    at: at(1 + i as u32),
                })
                .collect(),
            lost_reason: reason.map(str::to_string),
        };
        use LeadStageV3::*;
        let leads = [
            old(1, LeadKind::Sale, &[New, Qualified, Negotiating], None),
            old(
                2,
                LeadKind::Recruit,
                &[New, Presented, Lost],
                Some("Keine Zeit"),
            ),
        ];
        let bytes = chunk::encode_with_format(3, CollectionKind::Leads, 0, &[&leads[0], &leads[1]]);
        let mut loading = LoadingCollections::default();
        let Ok(Loaded::Chunk { outdated, .. }) = load_value(&mut loading, &bytes) else {
            panic!("not loaded")
        };
        assert!(outdated);
        let all = loading.finish();
        let sale: &Lead = all.leads.get(&Uuid::from_u128(1)).unwrap();
        let id = |s: StandardStage, k| s.id(k);
        assert_eq!(sale.stage, id(StandardStage::Negotiating, LeadKind::Sale));
        assert_eq!(
            sale.history.iter().map(|c| c.stage).collect::<Vec<_>>(),
            [
                StandardStage::New,
                StandardStage::Qualified,
                StandardStage::Negotiating
            ]
            .map(|s| id(s, LeadKind::Sale))
        );
        assert_eq!(sale.history[2].at, at(3));
        assert_eq!(
            (sale.source, sale.expected_value),
            (LeadSource::Unknown, Cents(12_000))
        );
        let recruit: &Lead = all.leads.get(&Uuid::from_u128(2)).unwrap();
        assert!(!recruit.is_open());
        assert_eq!(
            recruit.history[1].stage,
            id(StandardStage::Presentation, LeadKind::Recruit)
        );
        assert_eq!(
            recruit.lost.as_ref().map(|l| &l.reason),
            Some(&ReasonName::Own("Keine Zeit".into()))
        );
        // The board still has the older stages the sale stood in.
        let settings = LeadSettings::in_effect(None, all.leads.iter());
        for legacy in [StandardStage::Qualified, StandardStage::Negotiating] {
            let stage = settings.sale.stage(legacy.id(LeadKind::Sale)).unwrap();
            assert_eq!(stage.name, StageName::Standard(legacy));
        }
        assert!(
            settings
                .recruit
                .stage(StandardStage::Qualified.id(LeadKind::Recruit))
                .is_none()
        );
    }

    #[test]
    fn format_four_campaigns_become_marketing_on_their_first_channel_with_recipients_kept() {
        use crate::domain::campaigns::campaign::{
            Campaign, CampaignStatus, CampaignTouch, TouchEvent,
        };
        use crate::domain::campaigns::consent_guard::Purpose;
        use crate::domain::campaigns::segment::{Condition, Segment};
        use crate::domain::consent::ledger::Channel;
        use crate::store::older_campaigns::{
            AudienceV4, CampaignStepV4, CampaignTouchV4, CampaignV4,
        };
        use chrono::TimeZone;
        let at = |d| Utc.with_ymd_and_hms(2026, 3, d, 9, 0, 0).unwrap();
        let old = CampaignV4 {
            meta: RecordMeta::with_id(Uuid::from_u128(1), at(1)),
            name: "Frühling".into(),
            audience: AudienceV4 {
                roles: vec![Role::Customer, Role::Host],
                tags: vec![],
                lead_stages: vec![],
            },
            steps: vec![
                CampaignStepV4 {
                    delay_days: 0,
                    channel: Channel::Sms,
                    template: "Hallo {first_name}!".into(),
                },
                CampaignStepV4 {
                    delay_days: 7,
                    channel: Channel::WhatsApp,
                    template: "Noch da?".into(),
                },
            ],
            status: CampaignStatus::Running,
        };
        let touch = |id: u128, sent_at| CampaignTouchV4 {
            meta: RecordMeta::with_id(Uuid::from_u128(id), at(2)),
            campaign_id: old.meta.id,
            contact_id: Uuid::from_u128(9),
            step: 0,
            sent_at,
        };
        let (sent, due) = (touch(2, Some(at(3))), touch(3, None));
        let mut loading = LoadingCollections::default();
        for bytes in [
            chunk::encode_with_format(4, CollectionKind::Campaigns, 0, &[&old]),
            chunk::encode_with_format(4, CollectionKind::CampaignTouches, 0, &[&sent, &due]),
        ] {
            let Ok(Loaded::Chunk { outdated, .. }) = load_value(&mut loading, &bytes) else {
                panic!("not loaded")
            };
            assert!(outdated);
        }
        let all = loading.finish();
        let campaign: &Campaign = all.campaigns.get(&Uuid::from_u128(1)).unwrap();
        assert_eq!(campaign.purpose, Purpose::Marketing, "the safe reading");
        assert_eq!(campaign.channel, Channel::Sms);
        assert_eq!(
            campaign.segment,
            Segment::All(vec![Segment::Any(vec![
                Segment::Is(Condition::Role(Role::Customer)),
                Segment::Is(Condition::Role(Role::Host)),
            ])])
        );
        assert_eq!(campaign.steps[1].delay_days, 7);
        assert_eq!(campaign.steps[0].message.de, "Hallo {first_name}!");
        assert_eq!(campaign.steps[0].message.en, "Hallo {first_name}!");
        let event = |id| {
            let touch: &CampaignTouch = all.campaign_touches.get(&Uuid::from_u128(id)).unwrap();
            (touch.at, touch.event.clone())
        };
        assert_eq!(
            event(2),
            (
                at(3),
                TouchEvent::Sent {
                    step: 0,
                    consent: None
                }
            )
        );
        assert_eq!(
            event(3),
            (
                at(2),
                TouchEvent::Entered {
                    on: at(2).date_naive()
                }
            ),
            "a step still due keeps its recipient in the campaign"
        );
    }
}
