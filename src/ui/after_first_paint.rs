//! Cards below the first screen of a long page, built after the browser has painted the
//! first screen. On a slow phone building a whole page (a member's twelve months, a
//! contact's timeline) before anything shows makes a tap feel dead for a third of a
//! second; built in two steps, the top of the page shows at once and the rest follows a
//! frame later, before anyone can scroll to it.

use crate::ui::page_pace::after_paint;
use crate::ui::spawn::spawn;
use leptos::prelude::*;

#[component]
pub fn AfterFirstPaint(children: ChildrenFn) -> impl IntoView {
    let painted = RwSignal::new(false);
    spawn(async move {
        after_paint().await;
        // The page may have been left in the meantime.
        painted.try_set(true);
    });
    move || painted.get().then(|| children())
}
