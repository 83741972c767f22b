//! Records as older chunk formats stored them, and how each becomes today's record. The
//! history of the formats is in [`crate::store::migration`].

use crate::domain::consent::ledger::ConsentLedger;
use crate::domain::contacts::contact::{Address, Contact, Labeled, Role};
use crate::domain::leads::lead::{Lead, LeadKind, LeadSource, StageChange};
use crate::domain::leads::lost_reasons::{LostReason, ReasonName};
use crate::domain::leads::stages::StandardStage;
use crate::domain::locale::money::Cents;
use crate::domain::record::RecordMeta;
use crate::domain::team::member::{Member, MemberStatus};
use crate::store::chunk::{self, ChunkError};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// An address as formats 1 and 2 stored it: no PO box, no region.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AddressV2 {
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
}

impl From<AddressV2> for Address {
    fn from(old: AddressV2) -> Address {
        Address {
            street: old.street,
            postal_code: old.postal_code,
            city: old.city,
            country: old.country,
            ..Address::default()
        }
    }
}

/// A contact as format 1 stored it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactV1 {
    pub meta: RecordMeta,
    pub given_name: String,
    pub family_name: String,
    pub phones: Vec<Labeled>,
    pub emails: Vec<Labeled>,
    pub address: Option<AddressV2>,
    #[serde(with = "crate::domain::locale::time_format::date_days_option")]
    pub birthday: Option<NaiveDate>,
    pub language: Option<String>,
    pub roles: Vec<Role>,
    pub tags: Vec<String>,
    pub source: Option<String>,
    pub notes: String,
    pub referred_by: Option<Uuid>,
    pub consent: ConsentLedger,
}

/// A contact as format 2 stored it: format 1 with the follow-up intervals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactV2 {
    pub meta: RecordMeta,
    pub given_name: String,
    pub family_name: String,
    pub phones: Vec<Labeled>,
    pub emails: Vec<Labeled>,
    pub address: Option<AddressV2>,
    #[serde(with = "crate::domain::locale::time_format::date_days_option")]
    pub birthday: Option<NaiveDate>,
    pub language: Option<String>,
    pub roles: Vec<Role>,
    pub tags: Vec<String>,
    pub source: Option<String>,
    pub notes: String,
    pub referred_by: Option<Uuid>,
    pub consent: ConsentLedger,
    pub stay_in_touch_days: Option<u16>,
    pub reorder_after_days: Option<u16>,
}

impl From<ContactV1> for ContactV2 {
    fn from(v1: ContactV1) -> ContactV2 {
        ContactV2 {
            meta: v1.meta,
            given_name: v1.given_name,
            family_name: v1.family_name,
            phones: v1.phones,
            emails: v1.emails,
            address: v1.address,
            birthday: v1.birthday,
            language: v1.language,
            roles: v1.roles,
            tags: v1.tags,
            source: v1.source,
            notes: v1.notes,
            referred_by: v1.referred_by,
            consent: v1.consent,
            stay_in_touch_days: None,
            reorder_after_days: None,
        }
    }
}

impl From<ContactV2> for Contact {
    fn from(v2: ContactV2) -> Contact {
        Contact {
            meta: v2.meta,
            given_name: v2.given_name,
            family_name: v2.family_name,
            nickname: String::new(),
            company: String::new(),
            department: String::new(),
            job_title: String::new(),
            phones: v2.phones,
            emails: v2.emails,
            address: v2.address.map(Address::from),
            birthday: v2.birthday,
            language: v2.language,
            roles: v2.roles,
            tags: v2.tags,
            source: v2.source,
            notes: v2.notes,
            referred_by: v2.referred_by,
            consent: v2.consent,
            stay_in_touch_days: v2.stay_in_touch_days,
            reorder_after_days: v2.reorder_after_days,
        }
    }
}

pub fn contacts_from_older_format(format: u8, payload: &[u8]) -> Result<Vec<Contact>, ChunkError> {
    let v2: Vec<ContactV2> = match format {
        1 => chunk::decode::<Vec<ContactV1>>(payload)?
            .into_iter()
            .map(ContactV2::from)
            .collect(),
        2 => chunk::decode(payload)?,
        3 => return chunk::decode(payload),
        other => return Err(unknown_format("contact", other)),
    };
    Ok(v2.into_iter().map(Contact::from).collect())
}

/// A member as formats 1 and 2 stored it: no day of leaving.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberV2 {
    pub meta: RecordMeta,
    pub contact_id: Uuid,
    pub sponsor_id: Option<Uuid>,
    pub placement_parent_id: Option<Uuid>,
    pub placement_leg: Option<u8>,
    #[serde(with = "crate::domain::locale::time_format::date_days")]
    pub joined_on: NaiveDate,
    pub status: MemberStatus,
    pub rank: Option<String>,
    pub external_id: Option<String>,
}

impl From<MemberV2> for Member {
    fn from(v2: MemberV2) -> Member {
        Member {
            meta: v2.meta,
            contact_id: v2.contact_id,
            sponsor_id: v2.sponsor_id,
            placement_parent_id: v2.placement_parent_id,
            placement_leg: v2.placement_leg,
            joined_on: v2.joined_on,
            status: v2.status,
            left_on: None,
            rank: v2.rank,
            external_id: v2.external_id,
        }
    }
}

pub fn members_from_older_format(format: u8, payload: &[u8]) -> Result<Vec<Member>, ChunkError> {
    match format {
        1 | 2 => Ok(chunk::decode::<Vec<MemberV2>>(payload)?
            .into_iter()
            .map(Member::from)
            .collect()),
        3 => chunk::decode(payload),
        other => Err(unknown_format("member", other)),
    }
}

/// A lead's stage as formats 1 to 3 stored it: a fixed list for both kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LeadStageV3 {
    New,
    Contacted,
    Qualified,
    Presented,
    Negotiating,
    Won,
    Lost,
}

impl LeadStageV3 {
    /// The stage of today's pipeline it became: the same where today's pipeline has
    /// it, and the older stage itself where not, so leads keep the stage they were in.
    pub(crate) fn today(self, kind: LeadKind) -> Uuid {
        let standard = match self {
            LeadStageV3::New => StandardStage::New,
            LeadStageV3::Contacted => StandardStage::Contacted,
            LeadStageV3::Qualified => StandardStage::Qualified,
            LeadStageV3::Presented => StandardStage::Presentation,
            LeadStageV3::Negotiating => StandardStage::Negotiating,
            LeadStageV3::Won => StandardStage::Won,
            LeadStageV3::Lost => StandardStage::Lost,
        };
        standard.id(kind)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageChangeV3 {
    pub stage: LeadStageV3,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub at: DateTime<Utc>,
}

/// A lead as formats 1 to 3 stored it: no volume, close date or source, and the reason
/// for a loss as free text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LeadV3 {
    pub meta: RecordMeta,
    pub contact_id: Uuid,
    pub kind: LeadKind,
    pub stage: LeadStageV3,
    pub title: String,
    pub expected_value: Cents,
    pub history: Vec<StageChangeV3>,
    pub lost_reason: Option<String>,
}

impl From<LeadV3> for Lead {
    fn from(old: LeadV3) -> Lead {
        let kind = old.kind;
        Lead {
            meta: old.meta,
            contact_id: old.contact_id,
            kind,
            stage: old.stage.today(kind),
            title: old.title,
            expected_value: old.expected_value,
            expected_centipoints: 0,
            expected_close: None,
            source: LeadSource::Unknown,
            history: old
                .history
                .into_iter()
                .map(|c| StageChange {
                    stage: c.stage.today(kind),
                    at: c.at,
                })
                .collect(),
            lost: old
                .lost_reason
                .filter(|text| !text.trim().is_empty())
                .map(|text| LostReason {
                    reason: ReasonName::Own(text),
                    details: String::new(),
                }),
        }
    }
}

pub fn leads_from_older_format(format: u8, payload: &[u8]) -> Result<Vec<Lead>, ChunkError> {
    match format {
        1..=3 => Ok(chunk::decode::<Vec<LeadV3>>(payload)?
            .into_iter()
            .map(Lead::from)
            .collect()),
        other => Err(unknown_format("lead", other)),
    }
}

pub(crate) fn unknown_format(kind: &str, format: u8) -> ChunkError {
    ChunkError::Damaged(format!("unknown {kind} format {format}"))
}
