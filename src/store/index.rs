//! Secondary indexes kept in memory, so that the queries features need (by contact, by
//! sponsor, by stage, by due date…) do not scan a whole collection.

use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IndexName {
    Contact,
    ReferredBy,
    Sponsor,
    PlacementParent,
    Member,
    Period,
    Stage,
    DueAt,
    Campaign,
}

/// The value a record is indexed by. Integers order time stamps and periods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IndexKey {
    Int(i64),
    Id(Uuid),
}

impl From<Uuid> for IndexKey {
    fn from(id: Uuid) -> Self {
        IndexKey::Id(id)
    }
}

/// How a query selects index entries.
#[derive(Clone, Copy, Debug)]
pub enum Query {
    Equals(IndexName, IndexKey),
    /// Keys from `low` up to but not including `high`.
    Range(IndexName, IndexKey, IndexKey),
}
