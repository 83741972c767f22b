//! Whether the board shows one column at a time, as on a phone (the board's
//! `max-width: 40rem` rule in `style/main.css`). Then only the shown column's cards are
//! built: building the hidden columns' cards would make the board's first opening on a
//! phone twice as slow for cards nobody sees until their stage is chosen.

use leptos::prelude::*;

/// The stylesheet's width for one column at a time; the two must say the same.
const ONE_COLUMN_MEDIA: &str = "(max-width: 40rem)";

/// Follows the window's width (a turned phone, a resized window).
pub fn one_column_at_a_time() -> Signal<bool> {
    let matches = || {
        web_sys::window()
            .and_then(|window| window.match_media(ONE_COLUMN_MEDIA).ok().flatten())
            .is_some_and(|query| query.matches())
    };
    let one_column = RwSignal::new(matches());
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        let now = matches();
        if one_column.get_untracked() != now {
            one_column.set(now);
        }
    });
    on_cleanup(move || handle.remove());
    one_column.into()
}
