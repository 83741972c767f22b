//! The rep's own profile and app preferences.

use crate::domain::locale::language::Language;
use crate::domain::settings::backup_habit::BackupHabit;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemePreference {
    #[default]
    System,
    Light,
    Dark,
}

/// The rep using the app: a contact and the root member of their own downline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub name: String,
    /// ISO 3166 alpha-2 code, the default country for phone numbers.
    pub country: String,
    pub contact_id: Uuid,
    pub member_id: Uuid,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// `None` follows the browser's preferred language.
    pub language: Option<Language>,
    pub theme: ThemePreference,
    pub profile: Option<Profile>,
    /// Settings saved before this field existed read with the default
    /// (`store/older_settings.rs`).
    pub backups: BackupHabit,
}
