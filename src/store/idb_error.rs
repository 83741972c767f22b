//! What the browser's IndexedDB errors mean for the app, as a [`StoreError`].
//!
//! The errors are described by hand from the browser's own name and message: the
//! library's `Debug` and `Display` would pull Rust's float formatting (about 8 KB gzip,
//! for a number in one rare variant) into the start-up module.

use crate::store::error::StoreError;
use indexed_db_futures::error::{Error, JSError, OpenDbError};
use wasm_bindgen::JsCast;

/// A failed read or write.
pub fn storage_error(error: Error) -> StoreError {
    match browser_exception(&error) {
        Some((name, _)) if name == "QuotaExceededError" => StoreError::QuotaExceeded,
        Some((name, message)) => StoreError::Failed(format!("{name}: {message}")),
        None => StoreError::Failed(describe(&error)),
    }
}

/// Opening the database failed.
pub fn open_error(error: OpenDbError) -> StoreError {
    let error = match error {
        OpenDbError::Base(error) => error,
        OpenDbError::VersionZero => return StoreError::Failed("version zero".into()),
        OpenDbError::UnsupportedEnvironment | OpenDbError::NullFactory => {
            return StoreError::Unavailable("this browser offers no IndexedDB".into());
        }
    };
    match browser_exception(&error) {
        Some((name, _)) if name == "VersionError" => {
            StoreError::Failed("the stored data is from a newer version of Teamline".into())
        }
        Some((name, message)) if name == "InvalidStateError" => {
            StoreError::Unavailable(format!("{name}: {message}"))
        }
        _ => storage_error(error),
    }
}

/// The DOMException's name and message, when the browser threw one.
fn browser_exception(error: &Error) -> Option<(String, String)> {
    let Error::DomException(exception) = error else {
        return None;
    };
    let exception: &web_sys::DomException = exception.as_ref().unchecked_ref();
    Some((exception.name(), exception.message()))
}

fn describe(error: &Error) -> String {
    match error {
        Error::DomException(exception) => exception.message(),
        Error::Serialisation(_) => "a value could not be converted".into(),
        Error::MissingData(_) => "expected data is missing".into(),
        Error::Unknown(JSError::Error(error)) => String::from(error.message()),
        Error::Unknown(JSError::Unknown(_)) => "an unknown error".into(),
    }
}
