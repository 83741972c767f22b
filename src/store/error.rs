//! What can go wrong with storage, in terms the UI can explain to a person.

use crate::store::chunk::ChunkError;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The device has no room left for the data.
    #[error("storage quota exceeded")]
    QuotaExceeded,
    /// Another tab opened a newer version; this tab closed its connection.
    #[error("the database was upgraded by another tab")]
    UpgradedElsewhere,
    /// Another tab wrote since this tab last read; nothing was written.
    #[error("the data was changed in another tab")]
    ChangedElsewhere,
    /// An older tab still holds the database open.
    #[error("another tab with an older version blocks the upgrade")]
    Blocked,
    /// The browser offers no IndexedDB (some private modes).
    #[error("storage is not available: {0}")]
    Unavailable(String),
    /// A stored chunk could not be read; nothing is overwritten.
    #[error("stored data in {chunk} cannot be read: {problem}")]
    Unreadable { chunk: String, problem: String },
    #[error("storage failed: {0}")]
    Failed(String),
    /// The consent guard refused a marketing message, or a place in a marketing
    /// campaign, for a contact without consent for its channel; nothing was written.
    #[error("no consent from contact {contact} for this campaign's channel")]
    WithoutConsent { contact: uuid::Uuid },
}

impl StoreError {
    pub fn unreadable(chunk: impl Into<String>, problem: ChunkError) -> Self {
        StoreError::Unreadable {
            chunk: chunk.into(),
            problem: problem.to_string(),
        }
    }
}
