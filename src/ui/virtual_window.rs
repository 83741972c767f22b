//! A scrolling list that renders only the rows on screen: the contact list and the team
//! tree hold thousands of rows, and a phone stays smooth only when the page holds a few
//! dozen. Rows have a fixed height, so a row's place follows from its index.

use leptos::html::Div;
use leptos::prelude::*;
use std::ops::Range;

/// Rows rendered above and below the visible ones, so fast scrolling shows no gaps.
const OVERSCAN: i32 = 6;

#[derive(Clone, Copy)]
pub struct VirtualWindow {
    pub node: NodeRef<Div>,
    scroll_top: RwSignal<i32>,
    viewport_height: RwSignal<i32>,
    row_height: i32,
}

impl VirtualWindow {
    pub fn new(row_height: i32) -> Self {
        let window = VirtualWindow {
            node: NodeRef::new(),
            scroll_top: RwSignal::new(0),
            viewport_height: RwSignal::new(800),
            row_height,
        };
        Effect::new(move |_| {
            if window.node.get().is_some() {
                window.measure();
            }
        });
        window
    }

    /// Reads the scroll position; the list calls it on every scroll event.
    pub fn measure(&self) {
        if let Some(element) = self.node.get_untracked() {
            self.scroll_top.set(element.scroll_top());
            self.viewport_height.set(element.client_height());
        }
    }

    /// The indexes of the rows to render out of `total`.
    pub fn range(&self, total: usize) -> Range<usize> {
        let (top, height) = (self.scroll_top.get(), self.viewport_height.get());
        let first = (top / self.row_height - OVERSCAN).max(0) as usize;
        let last =
            ((top + height + self.row_height - 1) / self.row_height + OVERSCAN).max(0) as usize;
        first.min(total)..last.min(total)
    }

    pub fn spacer_height(&self, total: usize) -> String {
        format!("{}px", total as i64 * i64::from(self.row_height))
    }

    pub fn row_offset(&self, index: usize) -> String {
        format!(
            "translateY({}px)",
            index as i64 * i64::from(self.row_height)
        )
    }

    pub fn scroll_to(&self, top: i32) {
        if let Some(element) = self.node.get_untracked() {
            element.set_scroll_top(top);
        }
        self.scroll_top.set(top);
    }

    /// Scrolls so the row at `index` is in the upper third of the list.
    pub fn reveal(&self, index: usize) {
        let height = self.viewport_height.get_untracked();
        self.scroll_to((index as i32 * self.row_height - height / 3).max(0));
    }
}
