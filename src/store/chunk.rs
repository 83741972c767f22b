//! The binary form of one stored chunk: a four-byte header, then the bucket's records
//! encoded with postcard (compact, and fast to decode in wasm).
//!
//! Header: `T`, format version, collection code, bucket number. Settings use their own
//! header, `S` and format version. The format version moves whenever a stored type
//! changes shape; [`migration`](crate::store::migration) reads the older ones.

use crate::store::error::StoreError;
use crate::store::kind::CollectionKind;
use serde::Serialize;
use serde::de::DeserializeOwned;

pub const FORMAT_VERSION: u8 = 5;
const CHUNK_MAGIC: u8 = b'T';
const SETTINGS_MAGIC: u8 = b'S';

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkHeader {
    pub format: u8,
    pub kind: CollectionKind,
    pub bucket: u8,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChunkError {
    #[error("not a Teamline chunk")]
    NotAChunk,
    #[error("unknown collection code {0}")]
    UnknownCollection(u8),
    #[error("written by a newer version of Teamline (format {0})")]
    NewerFormat(u8),
    #[error("damaged data: {0}")]
    Damaged(String),
}

/// What a stored value turned out to be.
pub enum StoredValue<'a> {
    Chunk(ChunkHeader, &'a [u8]),
    Settings(u8, &'a [u8]),
}

pub fn encode<T: Serialize>(kind: CollectionKind, bucket: u8, records: &[&T]) -> Vec<u8> {
    encode_with_format(FORMAT_VERSION, kind, bucket, records)
}

/// Encodes with an explicit format version; tests use it to build older databases.
pub fn encode_with_format<T: Serialize>(
    format: u8,
    kind: CollectionKind,
    bucket: u8,
    records: &[&T],
) -> Vec<u8> {
    let header = vec![CHUNK_MAGIC, format, kind.code(), bucket];
    postcard::to_extend(records, header).expect("encoding to memory cannot fail")
}

/// A value of the meta store (settings, the pairs that are not duplicates), with the
/// settings header.
pub fn encode_meta<T: Serialize>(value: &T) -> Vec<u8> {
    postcard::to_extend(value, vec![SETTINGS_MAGIC, FORMAT_VERSION])
        .expect("encoding to memory cannot fail")
}

pub fn classify(bytes: &[u8]) -> Result<StoredValue<'_>, ChunkError> {
    match bytes {
        [CHUNK_MAGIC, format, code, bucket, payload @ ..] => {
            if *format > FORMAT_VERSION {
                return Err(ChunkError::NewerFormat(*format));
            }
            let kind =
                CollectionKind::from_code(*code).ok_or(ChunkError::UnknownCollection(*code))?;
            Ok(StoredValue::Chunk(
                ChunkHeader {
                    format: *format,
                    kind,
                    bucket: *bucket,
                },
                payload,
            ))
        }
        [SETTINGS_MAGIC, format, payload @ ..] => {
            if *format > FORMAT_VERSION {
                return Err(ChunkError::NewerFormat(*format));
            }
            Ok(StoredValue::Settings(*format, payload))
        }
        _ => Err(ChunkError::NotAChunk),
    }
}

pub fn decode<T: DeserializeOwned>(payload: &[u8]) -> Result<T, ChunkError> {
    postcard::from_bytes(payload).map_err(|e| ChunkError::Damaged(e.to_string()))
}

/// A value kept under its own key in the meta store (settings and the like).
pub fn decode_meta<T: serde::de::DeserializeOwned>(
    key: &str,
    bytes: &[u8],
) -> Result<T, StoreError> {
    match classify(bytes) {
        Ok(StoredValue::Settings(_, payload)) => {
            decode(payload).map_err(|e| StoreError::unreadable(key, e))
        }
        Ok(_) => Err(StoreError::unreadable(key, ChunkError::NotAChunk)),
        Err(e) => Err(StoreError::unreadable(key, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::{Owner, SampleSize, generate};
    use chrono::NaiveDate;

    #[test]
    fn chunks_round_trip_every_record_type() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let data = generate(
            11,
            SampleSize::TINY,
            today,
            &Owner {
                name: "Jürgen Weiß",
            },
        )
        .data;
        macro_rules! round_trip {
            ($($field:ident: $t:ty),* $(,)?) => {$(
                let records: Vec<&_> = data.$field.iter().collect();
                assert!(!records.is_empty(), stringify!($field));
                let bytes = encode(<$t as crate::store::stored::Stored>::KIND, 3, &records);
                let Ok(StoredValue::Chunk(header, payload)) = classify(&bytes) else { panic!("not a chunk") };
                assert_eq!(header, ChunkHeader { format: FORMAT_VERSION, kind: <$t as crate::store::stored::Stored>::KIND, bucket: 3 });
                let back: Vec<$t> = decode(payload).unwrap();
                assert_eq!(back, data.$field, stringify!($field));
            )*};
        }
        use crate::domain::{
            campaigns::campaign::*, campaigns::saved_segment::*, contacts::contact::*,
            contacts::interaction::*, contacts::order::*, leads::lead::*, sync::reported::*,
            tasks::task::*, team::member::*, team::volume::*,
        };
        crate::store::collection::for_each_collection!(round_trip);
    }

    #[test]
    fn bad_bytes_are_refused_not_misread() {
        assert_eq!(classify(b"").err(), Some(ChunkError::NotAChunk));
        assert_eq!(classify(b"{\"json\":1}").err(), Some(ChunkError::NotAChunk));
        assert_eq!(
            classify(&[b'T', 2, 99, 0]).err(),
            Some(ChunkError::UnknownCollection(99))
        );
        assert_eq!(
            classify(&[b'T', FORMAT_VERSION + 1, 1, 0]).err(),
            Some(ChunkError::NewerFormat(FORMAT_VERSION + 1))
        );
        let Ok(StoredValue::Chunk(_, payload)) = classify(&[b'T', 2, 1, 0, 5, 1]) else {
            panic!()
        };
        assert!(matches!(
            decode::<Vec<crate::domain::contacts::contact::Contact>>(payload),
            Err(ChunkError::Damaged(_))
        ));
    }
}
