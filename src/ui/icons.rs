//! Navigation icons as inline SVG paths (24×24, stroked), so they work offline and
//! follow the text colour.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub enum Icon {
    Dashboard,
    Contacts,
    Leads,
    Team,
    Campaigns,
    Settings,
}

impl Icon {
    fn path(self) -> &'static str {
        match self {
            Icon::Dashboard => "M3 13h8V3H3zm10 8h8V11h-8zM3 21h8v-6H3zm10-18v6h8V3z",
            Icon::Contacts => "M16 11a4 4 0 1 0-8 0 4 4 0 0 0 8 0zM4 21c0-4 4-6 8-6s8 2 8 6",
            Icon::Leads => "M3 5h18l-7 8v6l-4 2v-8z",
            Icon::Team => {
                "M12 3v5m0 0H6v5m6-5h6v5M6 13v3m12-3v3M4 16h4v5H4zm12 0h4v5h-4zM10 3h4v5h-4z"
            }
            Icon::Campaigns => "M4 10v4l11 5V5zm11 0h3a2 2 0 0 1 0 4h-3M7 15l1 5h3l-1-4",
            Icon::Settings => {
                "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8-3-2-1 1-3-3-1-1-3-3 1-2-1-2 1-3-1-1 3-3 1 1 3-2 1 2 1-1 3 3 1 1 3 3-1 2 1 2-1 3 1 1-3 3-1-1-3z"
            }
        }
    }
}

#[component]
pub fn IconView(icon: Icon) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=icon.path() fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
