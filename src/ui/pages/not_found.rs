use crate::ui::app_state::app_state;
use crate::ui::i18n::Msg;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let state = app_state();
    view! {
        <h1>{move || state.t(Msg::NotFoundTitle)}</h1>
        <p><A href="/">{move || state.t(Msg::BackToDashboard)}</A></p>
    }
}
