//! A customer's orders: recording a sale, the history newest first, and the totals.

use crate::app::contact_history::add_order;
use crate::app::open_store::store;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::order::{Order, OrderTotals};
use crate::domain::locale::iso_date::{format_date, parse_date};
use crate::domain::locale::money::{Cents, parse_hundredths};
use crate::domain::ordering::order_by;
use crate::domain::record::RecordMeta;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::run;
use crate::ui::messages::{Counted, Msg};
use crate::ui::spawn::spawn;
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn OrdersCard(contact: Contact, orders: Vec<Order>) -> impl IntoView {
    let state = app_state();
    let contact = StoredValue::new(contact);
    let today = local_clock().today();
    let date = RwSignal::new(format_date(today));
    let amount = RwSignal::new(String::new());
    let points = RwSignal::new(String::new());
    let problems = RwSignal::new((false, false, false));

    let submit = move || {
        spawn(async move {
            let day = parse_date(&date.get_untracked());
            let cents = parse_hundredths(&amount.get_untracked()).filter(|c| *c > 0);
            let typed_points = points.get_untracked();
            let centipoints = if typed_points.trim().is_empty() {
                Some(0)
            } else {
                parse_hundredths(&typed_points).and_then(|p| u32::try_from(p).ok())
            };
            problems.set((day.is_none(), cents.is_none(), centipoints.is_none()));
            let (Some(day), Some(cents), Some(centipoints)) = (day, cents, centipoints) else {
                return;
            };
            let (store, clock) = (store(), local_clock());
            let order = Order {
                meta: RecordMeta::new(clock.now),
                contact_id: contact.with_value(|c| c.meta.id),
                date: day,
                amount: Cents(cents),
                volume_centipoints: centipoints,
            };
            if run(state, add_order(&*store, order, &clock))
                .await
                .is_some()
            {
                amount.set(String::new());
                points.set(String::new());
            }
        })
    };

    let totals = OrderTotals::of(&orders);
    let mut orders = orders;
    order_by(&mut orders, |o| -o.meta.created_at.timestamp_millis());
    order_by(&mut orders, |o| -i64::from(o.date.num_days_from_ce()));
    let lang = state.lang.get_untracked();
    let problem = move |pick: fn((bool, bool, bool)) -> bool, msg: Msg| {
        move || pick(problems.get()).then(|| state.t(msg))
    };

    view! {
        <section class="card" aria-labelledby="orders-heading">
            <h2 id="orders-heading">{tr(Msg::OrdersHeading)}</h2>
            <p data-testid="order-totals">
                {move || {
                    let lang = state.lang.get();
                    format!(
                        "{} · {} · {}",
                        state.count(Counted::Orders, totals.count),
                        lang.format_euros(totals.amount),
                        Counted::Points.points(lang, totals.volume_centipoints as i64),
                    )
                }}
            </p>
            <ol class="history" data-testid="order-history">
                {orders.into_iter().map(|o| view! {
                    <li>
                        <span class="history__when">{lang.format_date(o.date)}</span>
                        " · "<strong>{lang.format_euros(o.amount)}</strong>
                        " · "<span>{move || Counted::Points.points(state.lang.get(), i64::from(o.volume_centipoints))}</span>
                    </li>
                }).collect_view()}
            </ol>
            <form class="form" data-testid="order-form" on:submit=move |ev| { ev.prevent_default(); submit(); }>
                <h3>{tr(Msg::RecordOrder)}</h3>
                <div class="form-row form-row--three">
                    <div>
                        <label for="order-date">{tr(Msg::DateLabel)}</label>
                        <input id="order-date" type="date" aria-describedby="order-date-error"
                            aria-invalid=move || problems.get().0.to_string()
                            prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
                        <p id="order-date-error" class="field-error" aria-live="polite">{problem(|p| p.0, Msg::ProblemDate)}</p>
                    </div>
                    <div>
                        <label for="order-amount">{tr(Msg::AmountLabel)}</label>
                        <input id="order-amount" inputmode="decimal" aria-describedby="order-amount-error"
                            aria-invalid=move || problems.get().1.to_string()
                            prop:value=move || amount.get() on:input=move |ev| amount.set(event_target_value(&ev))/>
                        <p id="order-amount-error" class="field-error" aria-live="polite">{problem(|p| p.1, Msg::ProblemAmount)}</p>
                    </div>
                    <div>
                        <label for="order-points">{tr(Msg::PointsLabel)}</label>
                        <input id="order-points" inputmode="decimal" aria-describedby="order-points-error"
                            aria-invalid=move || problems.get().2.to_string()
                            prop:value=move || points.get() on:input=move |ev| points.set(event_target_value(&ev))/>
                        <p id="order-points-error" class="field-error" aria-live="polite">{problem(|p| p.2, Msg::ProblemPoints)}</p>
                    </div>
                </div>
                <div class="actions">
                    <button type="submit" class="button button--primary" data-testid="save-order">{tr(Msg::Save)}</button>
                </div>
            </form>
        </section>
    }
}
