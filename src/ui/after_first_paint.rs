//! Cards below the first screen of a long page, built after the browser has painted the
//! first screen. On a slow phone building a whole page (a member's twelve months, a
//! contact's timeline) before anything shows makes a tap feel dead for a third of a
//! second; built in two steps, the top of the page shows at once and the rest follows a
//! frame later, before anyone can scroll to it.

use crate::ui::page_pace::after_paint;
use crate::ui::spawn::spawn;
use leptos::prelude::*;

/// Whether the page has painted its first screen. Made once per page, where the page
/// starts: a part of the page built again later (after a save) then shows its lower
/// cards at once, and the page keeps its height and scroll position.
pub fn first_paint() -> Signal<bool> {
    let painted = RwSignal::new(false);
    spawn(async move {
        after_paint().await;
        // The page may have been left in the meantime.
        painted.try_set(true);
    });
    painted.into()
}

/// `painted`: the page's [`first_paint`].
#[component]
pub fn AfterFirstPaint(painted: Signal<bool>, children: ChildrenFn) -> impl IntoView {
    move || painted.get().then(|| children())
}
