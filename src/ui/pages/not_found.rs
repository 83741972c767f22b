use crate::ui::app_state::tr;
use crate::ui::messages::Msg;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>{tr(Msg::NotFoundTitle)}</h1>
        <p><a href="/">{tr(Msg::BackToDashboard)}</a></p>
    }
}
