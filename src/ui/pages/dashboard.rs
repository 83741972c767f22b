//! The rep's overview: greeting and key figures, computed by `domain::summary`.

use crate::domain::locale::Language;
use crate::domain::summary::{Summary, SummaryInput};
use crate::ui::app_state::{app_state, tr};
use crate::ui::i18n::Msg;
use crate::ui::store_handle::store;
use crate::ui::clock::local_clock;
use crate::ui::stat_tile::stat_tile;
use leptos::prelude::*;

fn current_summary() -> Summary {
    store().read(|all| {
        Summary::of(SummaryInput {
            contacts: all.contacts.iter(),
            leads: all.leads.iter(),
            orders: all.orders.iter(),
            tasks: all.tasks.iter(),
            members: all.members.len(),
            interactions: all.interactions.len(),
            clock: local_clock(),
        })
    })
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let state = app_state();
    let summary = Memo::new(move |_| {
        state.revision.track();
        current_summary()
    });
    let name = move || {
        state.settings.with(|s| {
            s.profile
                .as_ref()
                .map(|p| p.name.clone())
                .unwrap_or_default()
        })
    };
    let stat = move |label: Msg, value: fn(&Summary, Language) -> String, id: &'static str| {
        stat_tile(id, label, move || summary.with(|s| value(s, state.lang.get())))
    };
    view! {
        <h1>{move || state.t_with(Msg::Greeting, &[&name()])}</h1>
        {move || (summary.with(|s| s.contacts <= 1)).then(|| view! {
            <p class="card empty-state">{tr(Msg::EmptyDashboard)}</p>
        })}
        <section class="stats" aria-label=tr(Msg::DashboardTitle)>
            {stat(Msg::StatContacts, |s, l| l.format_integer(s.contacts as i64), "contacts")}
            {stat(Msg::StatCustomers, |s, l| l.format_integer(s.customers as i64), "customers")}
            {stat(Msg::StatProspects, |s, l| l.format_integer(s.prospects as i64), "prospects")}
            {stat(Msg::StatMembers, |s, l| l.format_integer(s.members as i64), "members")}
            {stat(Msg::StatOpenLeads, |s, l| l.format_integer(s.open_leads as i64), "open-leads")}
            {stat(Msg::StatDueTasks, |s, l| l.format_integer(s.due_tasks as i64), "due-tasks")}
            {stat(Msg::StatOrders, |s, l| l.format_integer(s.orders as i64), "orders")}
            {stat(Msg::StatSalesThisMonth, |s, l| l.format_euros(s.sales_this_month), "sales-this-month")}
            {stat(Msg::StatInteractions, |s, l| l.format_integer(s.interactions as i64), "interactions")}
        </section>
    }
}
