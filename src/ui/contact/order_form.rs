//! Recording a sale: date (today to start with), amount and volume points, each with its
//! message next to it when it is wrong.

use crate::app::contact_history::add_order;
use crate::app::open_store::store;
use crate::domain::contacts::order_draft::{OrderDraft, OrderProblems};
use crate::domain::locale::iso_date::format_date;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::run;
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn OrderForm(contact_id: Uuid) -> impl IntoView {
    let state = app_state();
    let draft = RwSignal::new(OrderDraft {
        date: format_date(local_clock().today()),
        ..OrderDraft::default()
    });
    let problems = RwSignal::new(OrderProblems::default());
    let submit = move || {
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            let order = match draft.with_untracked(|d| d.check(contact_id, clock.now)) {
                Ok(order) => order,
                Err(found) => return problems.set(found),
            };
            problems.set(OrderProblems::default());
            if run(state, add_order(&*store, order, &clock))
                .await
                .is_some()
            {
                draft.update(|d| {
                    d.amount.clear();
                    d.points.clear();
                });
            }
        })
    };
    view! {
        <form class="form" data-testid="order-form" on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <h3>{tr(Msg::RecordOrder)}</h3>
            <div class="form-row form-row--three">
                <OrderField id="order-date" label=Msg::DateLabel input_type="date" inputmode=""
                    problem=Msg::ProblemDate wrong=move || problems.get().date
                    value=move || draft.with(|d| d.date.clone()) set=move |v| draft.update(|d| d.date = v)/>
                <OrderField id="order-amount" label=Msg::AmountLabel input_type="text" inputmode="decimal"
                    problem=Msg::ProblemAmount wrong=move || problems.get().amount
                    value=move || draft.with(|d| d.amount.clone()) set=move |v| draft.update(|d| d.amount = v)/>
                <OrderField id="order-points" label=Msg::PointsLabel input_type="text" inputmode="decimal"
                    problem=Msg::ProblemPoints wrong=move || problems.get().points
                    value=move || draft.with(|d| d.points.clone()) set=move |v| draft.update(|d| d.points = v)/>
            </div>
            <div class="actions">
                <button type="submit" class="button button--primary" data-testid="save-order">{tr(Msg::Save)}</button>
            </div>
        </form>
    }
}

#[component]
fn OrderField(
    id: &'static str,
    label: Msg,
    input_type: &'static str,
    /// The keyboard a phone shows; empty for the browser's choice.
    inputmode: &'static str,
    problem: Msg,
    wrong: impl Fn() -> bool + Copy + Send + Sync + 'static,
    value: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    let state = app_state();
    let error_id = format!("{id}-error");
    view! {
        <div>
            <label for=id>{tr(label)}</label>
            <input id=id type=input_type inputmode=(!inputmode.is_empty()).then_some(inputmode)
                aria-describedby=error_id.clone() aria-invalid=move || wrong().to_string()
                prop:value=value on:input=move |ev| set(event_target_value(&ev))/>
            <p id=error_id class="field-error" aria-live="polite">{move || wrong().then(|| state.t(problem))}</p>
        </div>
    }
}
