//! Settings: profile, language, theme, storage status, backups, sample data and deleting
//! all data.

use crate::app::open_store::store;
use crate::app::settings as app_settings;
use crate::domain::locale::language::Language;
use crate::domain::settings::first_start::clean_name;
use crate::domain::settings::preferences::{Settings, ThemePreference};
use crate::store::storage_estimate::request_persistence;
use crate::ui::after_first_paint::{AfterFirstPaint, first_paint};
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::backup_section::BackupSection;
use crate::ui::clock::{local_clock, sample_seed};
use crate::ui::lazy_work::sample_data;
use crate::ui::messages::Msg;
use crate::ui::profile_fields::{CountrySelect, NameField};
use crate::ui::spawn::spawn;
use leptos::prelude::*;

/// Saves settings and applies them; errors go to the notice bar.
async fn save(state: AppState, settings: Settings) -> bool {
    match app_settings::save_settings(&*store(), settings.clone()).await {
        Ok(()) => {
            state.apply_settings(settings);
            true
        }
        Err(error) => {
            state.error.set(Some(error));
            false
        }
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let painted = first_paint();
    view! {
        <h1>{tr(Msg::SettingsTitle)}</h1>
        <ProfileSection/>
        <AppearanceSection/>
        <StorageSection/>
        <AfterFirstPaint painted=painted>
            <BackupSection/>
            <SampleSection/>
            <DeleteAllSection/>
        </AfterFirstPaint>
    }
}

#[component]
fn ProfileSection() -> impl IntoView {
    let state = app_state();
    let profile = state.settings.get_untracked().profile;
    let name = RwSignal::new(profile.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    let country = RwSignal::new(profile.map(|p| p.country).unwrap_or_else(|| "DE".into()));
    let name_missing = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let submit = move || {
        let typed = clean_name(&name.get_untracked());
        let country = country.get_untracked();
        spawn(async move {
            let Some(typed) = typed else {
                name_missing.set(true);
                return;
            };
            let mut settings = state.settings.get_untracked();
            if let Some(profile) = settings.profile.as_mut() {
                profile.name = typed;
                profile.country = country;
            }
            saved.set(save(state, settings).await);
        });
    };
    view! {
        <section class="card form" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{tr(Msg::ProfileHeading)}</h2>
            <form on:submit=move |ev| { ev.prevent_default(); submit(); }
                on:input=move |_| saved.set(false) on:change=move |_| saved.set(false)>
                <NameField id="profile-name" label=Msg::YourName value=name missing=name_missing/>
                <CountrySelect id="profile-country" label=Msg::CountryLabel value=country/>
                <div class="actions">
                    <button type="submit" class="button button--primary">{tr(Msg::Save)}</button>
                    <span role="status">{move || saved.get().then(|| state.t(Msg::Saved))}</span>
                </div>
            </form>
        </section>
    }
}

#[component]
fn AppearanceSection() -> impl IntoView {
    let state = app_state();
    let choose_language = move |value: String| {
        let language = match value.as_str() {
            "de" => Language::De,
            _ => Language::En,
        };
        let settings = Settings {
            language: Some(language),
            ..state.settings.get_untracked()
        };
        spawn(async move {
            save(state, settings).await;
        });
    };
    let choose_theme = move |value: String| {
        let theme = match value.as_str() {
            "light" => ThemePreference::Light,
            "dark" => ThemePreference::Dark,
            _ => ThemePreference::System,
        };
        let settings = Settings {
            theme,
            ..state.settings.get_untracked()
        };
        spawn(async move {
            save(state, settings).await;
        });
    };
    let theme = move || state.settings.with(|s| s.theme);
    view! {
        <section class="card form">
            <label for="language">{tr(Msg::LanguageLabel)}</label>
            <select id="language" on:change=move |ev| choose_language(event_target_value(&ev))>
                <option value="de" selected=move || state.lang.get() == Language::De>{tr(Msg::LanguageGerman)}</option>
                <option value="en" selected=move || state.lang.get() == Language::En>{tr(Msg::LanguageEnglish)}</option>
            </select>
            <label for="theme">{tr(Msg::ThemeLabel)}</label>
            <select id="theme" on:change=move |ev| choose_theme(event_target_value(&ev))>
                <option value="system" selected=move || theme() == ThemePreference::System>{tr(Msg::ThemeSystem)}</option>
                <option value="light" selected=move || theme() == ThemePreference::Light>{tr(Msg::ThemeLight)}</option>
                <option value="dark" selected=move || theme() == ThemePreference::Dark>{tr(Msg::ThemeDark)}</option>
            </select>
        </section>
    }
}

#[component]
fn StorageSection() -> impl IntoView {
    let state = app_state();
    let status = LocalResource::new(move || {
        state.revision.track();
        request_persistence()
    });
    view! {
        <section class="card" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{tr(Msg::StorageHeading)}</h2>
            {move || {
                let lang = state.lang.get();
                match status.get() {
                    None => None,
                    Some(None) => Some(view! { <p data-testid="storage-status">{state.t(Msg::StorageUnknown)}</p> }.into_any()),
                    Some(Some(s)) => Some(view! {
                        <p data-testid="storage-status" data-persistent=s.persistent.to_string()>
                            {state.t(if s.persistent { Msg::StoragePersistent } else { Msg::StorageNotPersistent })}
                        </p>
                        <p data-testid="storage-usage">
                            {state.t_with(Msg::StorageUsage, &[&lang.format_bytes(s.usage_bytes), &lang.format_bytes(s.quota_bytes)])}
                        </p>
                    }.into_any()),
                }
            }}
        </section>
    }
}

#[component]
fn SampleSection() -> impl IntoView {
    let state = app_state();
    let empty = move || {
        state.revision.track();
        app_settings::only_own_contact(&*store())
    };
    let loaded = RwSignal::new(false);
    let loading = RwSignal::new(false);
    // A task rather than an `Action`, and `try_get` below: deleting all data empties the
    // store, which shows this card again just as the page is left, and the page's signals
    // may already be gone when it is built.
    let load = move |_| {
        loading.set(true);
        spawn(async move {
            let owner = app_settings::owner_name(&*store());
            let Ok(sample) = sample_data(sample_seed(), owner, local_clock()).await else {
                let _ = loading.try_set(false);
                return state.part_unavailable.set(true);
            };
            match app_settings::load_sample(&*store(), sample, &local_clock()).await {
                Ok(()) => {
                    let _ = loaded.try_set(true);
                    state.data_changed();
                }
                Err(error) => state.error.set(Some(error)),
            }
            let _ = loading.try_set(false);
        });
    };
    view! {
        <p role="status" class="muted">{move || loaded.get().then(|| state.t(Msg::SampleLoaded))}</p>
        {move || (empty()).then(|| view! {
            <section class="card">
                <h2>{tr(Msg::SampleHeading)}</h2>
                <p>{tr(Msg::SampleExplain)}</p>
                <button class="button" disabled=move || loading.try_get().unwrap_or(true) on:click=load>
                    {tr(Msg::LoadSample)}
                </button>
            </section>
        })}
    }
}

#[component]
fn DeleteAllSection() -> impl IntoView {
    let state = app_state();
    let typed = RwSignal::new(String::new());
    let confirmed = move || typed.get().trim() == state.t(Msg::ConfirmWord);
    let deleting = RwSignal::new(false);
    // A task rather than an `Action`: deleting ends on the first-run screen, which
    // disposes this section while the task finishes.
    let delete = move |_| {
        deleting.set(true);
        spawn(async move {
            match app_settings::delete_everything(&*store()).await {
                Ok(()) => {
                    state.apply_settings(Settings::default());
                    state.data_changed();
                }
                Err(error) => {
                    state.error.set(Some(error));
                    let _ = deleting.try_set(false);
                }
            }
        });
    };
    view! {
        <section class="card card--danger" aria-labelledby="danger-heading">
            <h2 id="danger-heading">{tr(Msg::DangerHeading)}</h2>
            <p id="danger-explain">{tr(Msg::DangerExplain)}</p>
            <label for="delete-confirm">{tr(Msg::ConfirmLabel)}</label>
            <input id="delete-confirm" autocomplete="off" aria-describedby="danger-explain"
                prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
            <div class="actions">
                <button class="button button--danger" data-testid="danger-delete" disabled=move || !confirmed() || deleting.get()
                    on:click=delete>
                    {tr(Msg::DeleteAll)}
                </button>
            </div>
        </section>
    }
}
