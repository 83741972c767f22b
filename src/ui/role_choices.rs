//! A checkbox per role, as the contact form and the import offer them.

use crate::domain::contacts::contact::Role;
use crate::ui::app_state::tr;
use crate::ui::value_names;
use leptos::prelude::*;

#[component]
pub fn RoleChoices(
    name: &'static str,
    chosen: impl Fn(Role) -> bool + Copy + Send + Sync + 'static,
    choose: impl Fn(Role, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="choices">
            {Role::ALL.into_iter().enumerate().map(|(i, role)| view! {
                <label class="choice">
                    <input type="checkbox" name=name value=i.to_string()
                        prop:checked=move || chosen(role)
                        on:change=move |ev| choose(role, event_target_checked(&ev))/>
                    <span>{tr(value_names::role(role))}</span>
                </label>
            }).collect_view()}
        </div>
    }
}
