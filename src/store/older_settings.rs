//! Settings as versions before the backup reminder saved them: without `backups`. The
//! settings are one postcard value, which cannot miss a field, so those bytes are read
//! in their own shape and given the reminder's default.

use crate::domain::locale::language::Language;
use crate::domain::settings::preferences::{Profile, Settings, ThemePreference};
use crate::store::chunk::{self, ChunkError, decode_meta};
use crate::store::error::StoreError;
use serde::Deserialize;

#[derive(Deserialize)]
struct SettingsWithoutBackups {
    language: Option<Language>,
    theme: ThemePreference,
    profile: Option<Profile>,
}

impl From<SettingsWithoutBackups> for Settings {
    fn from(older: SettingsWithoutBackups) -> Self {
        Settings {
            language: older.language,
            theme: older.theme,
            profile: older.profile,
            backups: Default::default(),
        }
    }
}

/// The settings stored under `key`, in today's shape or the one before.
pub fn decode_settings(key: &str, bytes: &[u8]) -> Result<Settings, StoreError> {
    decode_meta::<Settings>(key, bytes).or_else(|error| {
        decode_meta::<SettingsWithoutBackups>(key, bytes)
            .map(Settings::from)
            .map_err(|_| error)
    })
}

/// The settings of the oldest format, kept as a bare payload.
pub fn settings_from_payload(payload: &[u8]) -> Result<Settings, ChunkError> {
    chunk::decode::<Settings>(payload).or_else(|error| {
        chunk::decode::<SettingsWithoutBackups>(payload)
            .map(Settings::from)
            .map_err(|_| error)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    struct AsSavedBefore {
        language: Option<Language>,
        theme: ThemePreference,
        profile: Option<Profile>,
    }

    #[test]
    fn settings_saved_before_the_backup_reminder_read_with_its_default() {
        let before = AsSavedBefore {
            language: Some(Language::En),
            theme: ThemePreference::Dark,
            profile: None,
        };
        let settings = decode_settings("settings", &chunk::encode_meta(&before)).unwrap();
        assert_eq!(settings.language, Some(Language::En));
        assert_eq!(settings.theme, ThemePreference::Dark);
        assert_eq!(settings.backups, Default::default());
        let payload = postcard::to_allocvec(&before).unwrap();
        assert_eq!(settings_from_payload(&payload).unwrap(), settings);

        let mut today = settings.clone();
        today.backups.remind_after_days = 30;
        assert_eq!(
            decode_settings("settings", &chunk::encode_meta(&today)).unwrap(),
            today
        );
        assert!(decode_settings("settings", b"T\x05\x01").is_err());
    }
}
