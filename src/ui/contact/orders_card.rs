//! A customer's orders: the totals, the history newest first, and recording a sale.

use crate::domain::contacts::order::{Order, OrderTotals};
use crate::ui::app_state::{app_state, tr};
use crate::ui::contact::order_form::OrderForm;
use crate::ui::messages::{Counted, Msg};
use leptos::prelude::*;
use uuid::Uuid;

/// `orders` come newest first.
#[component]
pub fn OrdersCard(contact_id: Uuid, orders: Vec<Order>, totals: OrderTotals) -> impl IntoView {
    let state = app_state();
    let lang = state.lang.get_untracked();
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
            <OrderForm contact_id=contact_id/>
        </section>
    }
}
