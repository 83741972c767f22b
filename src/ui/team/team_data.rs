//! The team as every team page reads it: the plan, the tree under the rep, members'
//! names and the chosen month's figures. Each is computed once per change of the data,
//! the plan or the month, and shared by the components that show it.

use crate::app::open_store::store;
use crate::app::team;
use crate::domain::team::directory::TeamDirectory;
use crate::domain::team::month::TeamMonth;
use crate::domain::team::plan::CompPlan;
use crate::domain::team::tree::TeamTree;
use crate::domain::team::volume::Period;
use crate::ui::app_state::{AppState, app_state};
use crate::ui::clock::local_clock;
use leptos::prelude::*;
use uuid::Uuid;

#[derive(Clone, Copy)]
pub struct Team {
    pub plan: Memo<CompPlan>,
    pub tree: Memo<TeamTree>,
    pub names: Memo<TeamDirectory>,
    pub month: Memo<TeamMonth>,
    pub period: Memo<Period>,
}

/// The plan the rep saved, or the unilevel preset in their language.
pub fn current_plan(state: AppState) -> CompPlan {
    team::plan(&*store(), state.lang.get_untracked())
}

/// Says so when the stored plan could not be read and a preset stands in for it.
pub fn plan_unreadable_notice() -> impl IntoView {
    let state = app_state();
    move || {
        state.revision.track();
        team::plan_unreadable(&*store()).then(|| {
            view! {
                <p class="notice notice--warning" role="status" data-testid="plan-unreadable">
                    {crate::ui::app_state::tr(crate::ui::messages::Msg::PlanUnreadable)}
                </p>
            }
        })
    }
}

pub fn this_month() -> Period {
    Period::of(local_clock().today())
}

/// The rep's own member: the root of the tree.
pub fn root_member(state: AppState) -> Uuid {
    state
        .settings
        .with(|s| s.profile.as_ref().map(|p| p.member_id))
        .unwrap_or_default()
}

/// Recomputed values are never compared with the old ones: they differ after any change
/// that recomputes them, and comparing would cost as much as computing.
fn computed<T: Send + Sync + 'static>(compute: impl Fn() -> T + Send + Sync + 'static) -> Memo<T> {
    Memo::new_owning(move |_| (compute(), true))
}

pub fn provide_team() -> Team {
    let state = app_state();
    let plan = computed(move || {
        state.revision.track();
        state.lang.track();
        current_plan(state)
    });
    let tree = computed(move || {
        state.revision.track();
        let root = root_member(state);
        team::tree(&*store(), root)
    });
    let names = computed(move || {
        state.revision.track();
        team::directory(&*store())
    });
    let period = Memo::new(move |_| {
        state
            .team_view
            .with(|v| v.period)
            .unwrap_or_else(this_month)
    });
    let month = computed(move || {
        state.revision.track();
        let period = period.get();
        plan.with(|plan| team::month(&*store(), plan, period))
    });
    let team = Team {
        plan,
        tree,
        names,
        month,
        period,
    };
    provide_context(team);
    team
}

/// The team of the page, from the nearest page that provided it.
pub fn team() -> Team {
    expect_context::<Team>()
}
