//! Consent to advertising per contact and channel (German UWG §7): a ledger of changes,
//! never assumed.

pub mod ledger;
