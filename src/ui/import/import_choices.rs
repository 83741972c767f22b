//! What the rep decides for a whole contact import: roles and tags for every imported
//! contact, what to do with likely duplicates, and the button that imports.

use crate::app::contact_import::PlannedImport;
use crate::domain::contacts::contact::Role;
use crate::domain::contacts::import_plan::DuplicateChoice;
use crate::ui::app_state::{app_state, tr};
use crate::ui::messages::{Counted, Msg};
use crate::ui::role_choices::RoleChoices;
use leptos::prelude::*;

const DUPLICATE_CHOICES: [(DuplicateChoice, Msg, &str); 3] = [
    (
        DuplicateChoice::Skip,
        Msg::DuplicatesSkip,
        "duplicates-skip",
    ),
    (
        DuplicateChoice::Join,
        Msg::DuplicatesJoin,
        "duplicates-join",
    ),
    (
        DuplicateChoice::AddAsNew,
        Msg::DuplicatesAdd,
        "duplicates-add",
    ),
];

/// The rep's choices, as the page keeps them.
#[derive(Clone, Copy)]
pub struct ImportChoices {
    pub roles: RwSignal<Vec<Role>>,
    pub tags: RwSignal<String>,
    pub duplicates: RwSignal<DuplicateChoice>,
}

impl Default for ImportChoices {
    fn default() -> Self {
        ImportChoices {
            roles: RwSignal::new(Vec::new()),
            tags: RwSignal::new(String::new()),
            duplicates: RwSignal::new(DuplicateChoice::Skip),
        }
    }
}

#[component]
pub fn ImportChoicesCard(
    choices: ImportChoices,
    plan: RwSignal<Option<PlannedImport>>,
    busy: RwSignal<bool>,
    /// The plan is being made again for changed choices.
    planning: RwSignal<bool>,
    import: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = app_state();
    let ImportChoices {
        roles,
        tags,
        duplicates,
    } = choices;
    let to_write = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map_or(0, |p| p.contacts_written(duplicates.get()))
        })
    });
    let has_duplicates =
        move || plan.with(|p| p.as_ref().is_some_and(|p| p.plan.counts().duplicates > 0));
    view! {
        <section class="card form">
            <h2>{tr(Msg::ImportForAll)}</h2>
            <fieldset>
                <legend>{tr(Msg::RolesLegend)}</legend>
                <RoleChoices name="import-role"
                    chosen=move |role| roles.with(|r| r.contains(&role))
                    choose=move |role, on| roles.update(|r| {
                        r.retain(|x| *x != role);
                        if on { r.push(role); }
                    })/>
            </fieldset>
            <label for="import-tags">{tr(Msg::TagsHint)}</label>
            <input id="import-tags" type="text" prop:value=move || tags.get()
                on:change=move |ev| tags.set(event_target_value(&ev))/>
            {move || has_duplicates().then(|| view! {
                <fieldset>
                    <legend>{tr(Msg::ImportDuplicates)}</legend>
                    <div class="choices">
                        {DUPLICATE_CHOICES.into_iter().map(|(choice, msg, id)| view! {
                            <label class="choice">
                                <input type="radio" name="import-duplicates" data-testid=id
                                    prop:checked=move || duplicates.get() == choice
                                    on:change=move |_| duplicates.set(choice)/>
                                <span>{tr(msg)}</span>
                            </label>
                        }).collect_view()}
                    </div>
                </fieldset>
            })}
            <div class="actions">
                <button class="button button--primary" data-testid="run-import"
                    disabled=move || busy.get() || planning.get() || to_write.get() == 0
                    on:click=move |_| import()>
                    {move || if to_write.get() == 0 {
                        state.t(Msg::ImportNothing).to_owned()
                    } else {
                        state.count(Counted::ImportContacts, to_write.get())
                    }}
                </button>
            </div>
        </section>
    }
}
