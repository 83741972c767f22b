//! Passphrases for exported files: choosing one (typed twice) when a file is saved, and
//! asking for it when a protected file is opened.

use crate::app::file_protection::{
    NotOpened, PassphraseProblem, check_new_passphrase, protect, unprotect,
};
use crate::io::backup_file::{EnvelopeError, FileKind};
use crate::io::encrypted_file::protected_kind;
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::messages::Msg;
use crate::ui::web_crypto::WebCrypto;
use leptos::prelude::*;

/// Whether a file is to be protected, and with what.
#[derive(Clone, Copy)]
pub struct NewPassphrase {
    pub wanted: RwSignal<bool>,
    pub passphrase: RwSignal<String>,
    pub repeated: RwSignal<String>,
    /// Set when saving was tried, so that the problem shows only then.
    pub tried: RwSignal<bool>,
}

impl NewPassphrase {
    pub fn new() -> Self {
        NewPassphrase {
            wanted: RwSignal::new(false),
            passphrase: RwSignal::new(String::new()),
            repeated: RwSignal::new(String::new()),
            tried: RwSignal::new(false),
        }
    }

    fn problem(self) -> Option<Msg> {
        if !self.wanted.get() {
            return None;
        }
        match check_new_passphrase(&self.passphrase.get(), &self.repeated.get()) {
            Ok(()) => None,
            Err(PassphraseProblem::TooShort) => Some(Msg::PassphraseTooShort),
            Err(PassphraseProblem::NotRepeated) => Some(Msg::PassphraseNotRepeated),
        }
    }

    /// Whether saving may go on: marks the form as tried, so a problem shows.
    pub fn ready(self) -> bool {
        self.tried.set(true);
        self.problem_untracked().is_none()
    }

    fn problem_untracked(self) -> Option<Msg> {
        untrack(move || self.problem())
    }

    /// `file` as it is to be saved: sealed if a passphrase was chosen.
    pub async fn apply(self, file: Vec<u8>) -> Result<Vec<u8>, String> {
        if !self.wanted.get_untracked() {
            return Ok(file);
        }
        protect(&WebCrypto, &file, &self.passphrase.get_untracked()).await
    }
}

#[component]
pub fn NewPassphraseFields(choice: NewPassphrase, id: &'static str) -> impl IntoView {
    let state = app_state();
    let shown_problem = move || {
        choice
            .tried
            .get()
            .then(|| choice.problem())
            .flatten()
            .map(|msg| state.t(msg))
    };
    let error_id = format!("{id}-passphrase-error");
    view! {
        <div class="passphrase" data-testid=format!("{id}-protection")>
            <label class="choice">
                <input type="checkbox" data-testid=format!("{id}-protect") prop:checked=move || choice.wanted.get()
                    on:change=move |ev| choice.wanted.set(event_target_checked(&ev))/>
                {tr(Msg::ProtectWithPassphrase)}
            </label>
            <Show when=move || choice.wanted.get()>
                <p class="muted">{tr(Msg::ProtectExplain)}</p>
                <label for=format!("{id}-passphrase")>{tr(Msg::PassphraseLabel)}</label>
                <input id=format!("{id}-passphrase") type="password" autocomplete="new-password"
                    aria-describedby=error_id.clone() aria-invalid=move || shown_problem().is_some().to_string()
                    prop:value=move || choice.passphrase.get()
                    on:input=move |ev| choice.passphrase.set(event_target_value(&ev))/>
                <label for=format!("{id}-passphrase-repeat")>{tr(Msg::PassphraseRepeat)}</label>
                <input id=format!("{id}-passphrase-repeat") type="password" autocomplete="new-password"
                    aria-describedby=error_id.clone()
                    prop:value=move || choice.repeated.get()
                    on:input=move |ev| choice.repeated.set(event_target_value(&ev))/>
                <p class="field-error" id=error_id.clone() role="alert">{shown_problem}</p>
            </Show>
        </div>
    }
}

/// Whether a chosen file is protected and waits for its passphrase; a protected file of
/// the other kind is refused before the passphrase is asked for.
pub fn needs_passphrase(file: &[u8], expected: FileKind) -> Result<bool, EnvelopeError> {
    match protected_kind(file) {
        None => Ok(false),
        Some(kind) if kind == expected => Ok(true),
        Some(found) => Err(EnvelopeError::WrongKind { found }),
    }
}

/// The inner file of a protected one, or what to say to the user.
pub async fn open_protected(
    state: AppState,
    file: &[u8],
    expected: FileKind,
    passphrase: &str,
    file_name: &str,
) -> Result<Vec<u8>, Result<EnvelopeError, String>> {
    match unprotect(&WebCrypto, file, expected, passphrase).await {
        Ok(inner) => Ok(inner),
        Err(NotOpened::File(error)) => Err(Ok(error)),
        Err(NotOpened::WrongPassphrase) => {
            Err(Err(state.t_with(Msg::WrongPassphrase, &[file_name])))
        }
    }
}

/// The passphrase field and its button, for a protected file just chosen.
#[component]
pub fn AskPassphrase(
    file_name: String,
    id: &'static str,
    busy: Signal<bool>,
    on_open: Callback<String>,
) -> impl IntoView {
    let state = app_state();
    let typed = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_open.run(typed.get_untracked());
    };
    view! {
        <form class="notice" data-testid=format!("{id}-ask-passphrase") on:submit=submit>
            <p>{state.t_with(Msg::ProtectedFile, &[&file_name])}</p>
            <label for=format!("{id}-open-passphrase")>{tr(Msg::PassphraseLabel)}</label>
            <input id=format!("{id}-open-passphrase") type="password" autocomplete="current-password"
                prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
            <div class="actions">
                <button type="submit" class="button button--primary" data-testid=format!("{id}-open")
                    disabled=move || busy.get()>{tr(Msg::OpenProtected)}</button>
            </div>
        </form>
    }
}
