//! The rep's overview: greeting and key figures, computed by `domain::summary`.

use crate::app::dashboard::key_figures;
use crate::app::open_store::store;
use crate::domain::dashboard::key_figures::Summary;
use crate::domain::locale::language::Language;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::messages::{Counted, Msg};
use crate::ui::stat_tile::{TileLabel, stat_tile};
use leptos::prelude::*;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let state = app_state();
    let summary = Memo::new(move |_| {
        state.revision.track();
        key_figures(&*store(), &local_clock())
    });
    let name = move || {
        state.settings.with(|s| {
            s.profile
                .as_ref()
                .map(|p| p.name.clone())
                .unwrap_or_default()
        })
    };
    let stat = move |label: TileLabel,
                     count: fn(&Summary) -> usize,
                     value: fn(&Summary, Language) -> String,
                     id: &'static str| {
        stat_tile(
            id,
            label,
            move || summary.with(count),
            move || summary.with(|s| value(s, state.lang.get())),
        )
    };
    // A count and the label that follows it: "1 Kontakt", "2 Kontakte".
    let counted = move |label: Counted, count: fn(&Summary) -> usize, id: &'static str| {
        stat_tile(
            id,
            TileLabel::Counted(label),
            move || summary.with(count),
            move || summary.with(|s| state.lang.get().format_integer(count(s) as i64)),
        )
    };
    view! {
        <h1>{move || state.t_with(Msg::Greeting, &[&name()])}</h1>
        {move || (summary.with(|s| s.contacts <= 1)).then(|| view! {
            <p class="card empty-state">{tr(Msg::EmptyDashboard)}</p>
        })}
        <section class="stats" aria-label=tr(Msg::DashboardTitle)>
            {counted(Counted::TileContacts, |s| s.contacts, "contacts")}
            {counted(Counted::TileCustomers, |s| s.customers, "customers")}
            {counted(Counted::TileProspects, |s| s.prospects, "prospects")}
            {counted(Counted::TileMembers, |s| s.members, "members")}
            {counted(Counted::TileOpenLeads, |s| s.open_leads, "open-leads")}
            {counted(Counted::TileDueTasks, |s| s.due_tasks, "due-tasks")}
            {counted(Counted::TileOrders, |s| s.orders, "orders")}
            {stat(TileLabel::Plain(Msg::StatSalesThisMonth), |_| 0, |s, l| l.format_euros(s.sales_this_month), "sales-this-month")}
            {counted(Counted::TileInteractions, |s| s.interactions, "interactions")}
        </section>
        <p class="back"><a href="/leads" data-testid="next-leads-link">{tr(Msg::NextLeadsHeading)}" →"</a></p>
    }
}
