use crate::ui::app_state::tr;
use crate::ui::i18n::Msg;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>{tr(Msg::NotFoundTitle)}</h1>
        <p><A href="/">{tr(Msg::BackToDashboard)}</A></p>
    }
}
