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

use crate::domain::consent::ledger::ConsentLedger;
use crate::domain::contacts::contact::{Address, Contact, Labeled, Role};
use crate::domain::record::RecordMeta;
use crate::domain::team::member::{Member, MemberStatus};
use crate::store::chunk::{self, ChunkError, ChunkHeader, StoredValue};
use crate::store::collection::{Collections, for_each_collection};
use crate::store::error::StoreError;
use crate::store::stored::Stored;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub const SCHEMA_VERSION: u32 = 2;
pub const CHUNKS_STORE: &str = "chunks";
pub const META_STORE: &str = "meta";
pub const SETTINGS_KEY: &str = "settings";
/// Pairs of contacts the user said are not the same person. Older versions ignore the key.
pub const NOT_DUPLICATES_KEY: &str = "not-duplicates";
/// The rep's compensation plan; absent until the rep saves one. Older versions ignore it.
pub const PLAN_KEY: &str = "plan";
/// Counts committed writes, so a tab notices when another tab wrote (see `database.rs`).
pub const GENERATION_KEY: &str = "generation";

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
        other => Err(unknown_format("member", other)),
    }
}

fn unknown_format(kind: &str, format: u8) -> ChunkError {
    ChunkError::Damaged(format!("unknown {kind} format {format}"))
}

/// What one stored value held, once loaded.
pub enum Loaded {
    /// A chunk read into memory; `outdated` when it must be written back in the current format.
    Chunk { header: ChunkHeader, outdated: bool },
    /// Settings found among the chunks, where schema 1 kept them (without their header).
    Settings { payload: Vec<u8> },
}

/// Reads one value of the `chunks` store into memory.
pub fn load_value(all: &mut Collections, bytes: &[u8]) -> Result<Loaded, StoreError> {
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
                for record in records {
                    all.$field.insert(record);
                }
            }
        )*};
    }
    use crate::domain::{
        campaigns::campaign::*, contacts::contact::*, contacts::interaction::*, contacts::order::*,
        leads::lead::*, tasks::task::*, team::member::*, team::volume::*,
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
    use crate::store::kind::CollectionKind;
    use chrono::Utc;

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
        let mut all = Collections::default();
        let Ok(Loaded::Chunk { outdated, .. }) = load_value(&mut all, &bytes) else {
            panic!("not loaded")
        };
        assert!(outdated);
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
}
