//! State every component can reach: language, settings, a data revision that bumps
//! after each write so views read again, and notices for the user.

use crate::domain::contacts::directory::{DirectoryFilter, SortOrder};
use crate::domain::contacts::interaction::InteractionKind;
use crate::domain::locale::language::Language;
use crate::domain::settings::preferences::{Settings, ThemePreference};
use crate::domain::team::volume::Period;
use crate::store::error::StoreError;
use crate::ui::messages::{Counted, Msg, fill};
use crate::ui::undo_notice::UndoNotice;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use std::collections::HashSet;
use uuid::Uuid;

#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Language>,
    pub settings: RwSignal<Settings>,
    /// Bumped after every write; views that read the store track it.
    pub revision: RwSignal<u64>,
    pub error: RwSignal<Option<StoreError>>,
    /// Every stored record is read; until then only the contact list shows.
    pub all_read: RwSignal<bool>,
    /// Reading the records after the first screen failed: the pages that need them say why.
    pub read_error: RwSignal<Option<StoreError>>,
    /// A lazily loaded part of the app could not be fetched (offline, not stored yet).
    pub part_unavailable: RwSignal<bool>,
    pub upgraded_elsewhere: RwSignal<bool>,
    /// The last change that can be undone.
    pub undo: RwSignal<Option<UndoNotice>>,
    /// Merges made since the app was opened, each of which can still be undone.
    pub merges: RwSignal<Vec<UndoNotice>>,
    /// A quick action just opened another app; coming back offers to log it.
    pub pending_log: RwSignal<Option<PendingLog>>,
    /// What the contact list shows, kept while the rep opens contacts and comes back.
    pub contact_list: RwSignal<ContactListChoice>,
    /// The team's month, open nodes and view, kept while the rep opens members.
    pub team_view: RwSignal<TeamViewChoice>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TeamViewChoice {
    /// `None` is the current month.
    pub period: Option<Period>,
    /// `None` until the rep opens or closes a node: then the first two levels are open.
    pub open: Option<HashSet<Uuid>>,
    pub by_level: bool,
    /// The member search jumped to, marked in the tree.
    pub found: Option<Uuid>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContactListChoice {
    pub query: String,
    pub filter: DirectoryFilter,
    pub sort: SortOrder,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PendingLog {
    pub contact_id: Uuid,
    pub kind: InteractionKind,
    pub at: DateTime<Utc>,
}

impl AppState {
    pub fn new(lang: Language) -> Self {
        AppState {
            lang: RwSignal::new(lang),
            settings: RwSignal::new(Settings::default()),
            revision: RwSignal::new(0),
            error: RwSignal::new(None),
            all_read: RwSignal::new(false),
            read_error: RwSignal::new(None),
            part_unavailable: RwSignal::new(false),
            upgraded_elsewhere: RwSignal::new(false),
            undo: RwSignal::new(None),
            merges: RwSignal::new(Vec::new()),
            pending_log: RwSignal::new(None),
            contact_list: RwSignal::new(ContactListChoice::default()),
            team_view: RwSignal::new(TeamViewChoice::default()),
        }
    }

    /// The message in the current language; reactive when called inside a view closure.
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.text(self.lang.get())
    }

    pub fn t_with(&self, msg: Msg, args: &[&str]) -> String {
        fill(self.t(msg), args)
    }

    /// A text with a number, in the form the number takes; reactive like [`Self::t`].
    pub fn count(&self, what: Counted, n: usize) -> String {
        what.text(self.lang.get(), n, &[])
    }

    pub fn count_with(&self, what: Counted, n: usize, args: &[&str]) -> String {
        what.text(self.lang.get(), n, args)
    }

    /// The rep's country code (`DE`), from the profile.
    pub fn home_country(&self) -> Option<String> {
        self.settings
            .with_untracked(|s| s.profile.as_ref().map(|p| p.country.clone()))
    }

    /// The calling code phone numbers without one are read with: the rep's country's.
    pub fn calling_code(&self) -> &'static str {
        self.settings
            .with_untracked(|s| s.profile.as_ref().map(|p| p.country.clone()))
            .and_then(|code| crate::domain::locale::country::Country::by_code(&code))
            .map_or("49", |c| c.calling_code)
    }

    pub fn data_changed(&self) {
        self.revision.update(|r| *r += 1);
    }

    /// Applies settings just loaded or saved: language, theme and the page's `lang`.
    pub fn apply_settings(&self, settings: Settings) {
        let lang = settings.language.unwrap_or_else(browser_language);
        self.lang.set(lang);
        apply_theme(settings.theme);
        self.settings.set(settings);
    }

    pub fn error_text(&self, error: &StoreError) -> String {
        match error {
            StoreError::QuotaExceeded => self.t(Msg::ErrorQuota).to_owned(),
            StoreError::UpgradedElsewhere => self.t(Msg::UpgradedElsewhere).to_owned(),
            StoreError::Blocked => self.t(Msg::ErrorBlocked).to_owned(),
            StoreError::ChangedElsewhere => self.t(Msg::ErrorChangedElsewhere).to_owned(),
            StoreError::Unavailable(_) => self.t(Msg::ErrorUnavailable).to_owned(),
            StoreError::Unreadable { chunk, .. } => self.t_with(Msg::ErrorUnreadable, &[chunk]),
            StoreError::Failed(detail) => self.t_with(Msg::ErrorFailed, &[detail]),
            StoreError::WithoutConsent { .. } => self.t(Msg::ErrorWithoutConsent).to_owned(),
        }
    }
}

pub fn app_state() -> AppState {
    expect_context::<AppState>()
}

pub fn browser_language() -> Language {
    let languages: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Language::from_browser_preferences(&languages)
}

fn apply_theme(theme: ThemePreference) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        ThemePreference::System => root.remove_attribute("data-theme"),
        ThemePreference::Light => root.set_attribute("data-theme", "light"),
        ThemePreference::Dark => root.set_attribute("data-theme", "dark"),
    };
}

/// Keeps `<html lang>` in step with the chosen language, for screen readers.
pub fn sync_document_language(lang: Language) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// Reactive text that `f` computes. Every call returns the same type, so the code that
/// renders and updates text exists once in the wasm rather than once per closure.
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}

/// A message as reactive text, following the language. Every call returns the same
/// closure type, so the wasm holds the code that renders it once rather than once per
/// message shown.
pub fn tr(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = app_state().lang;
    move || msg.text(lang.get())
}
