//! The pace long work keeps in the page: it works in slices of [`SLICE_MS`], and between
//! them hands the page back (so it can paint the progress bar and answer taps), telling
//! `progress` how far it is.

use crate::domain::pace::{Pace, Progress};
use leptos::prelude::*;

/// Well under the 100 ms after which a tap feels ignored, and long enough that the
/// pauses between slices (4 ms each, the browser's least timer delay) cost little.
const SLICE_MS: f64 = 40.0;

pub struct PagePace {
    progress: RwSignal<Option<Progress>>,
    slice_started: f64,
}

impl PagePace {
    pub fn new(progress: RwSignal<Option<Progress>>) -> Self {
        Self {
            progress,
            slice_started: now_ms(),
        }
    }
}

impl Pace for PagePace {
    async fn after(&mut self, progress: Progress) {
        if now_ms() - self.slice_started < SLICE_MS {
            return;
        }
        let _ = self.progress.try_set(Some(progress));
        next_turn().await;
        self.slice_started = now_ms();
    }
}

/// The same pace without a progress bar, for work the page does not wait for.
pub struct QuietPace {
    slice_started: f64,
}

impl Default for QuietPace {
    fn default() -> Self {
        Self::new()
    }
}

impl QuietPace {
    pub fn new() -> Self {
        Self {
            slice_started: now_ms(),
        }
    }
}

impl Pace for QuietPace {
    async fn after(&mut self, _progress: Progress) {
        if now_ms() - self.slice_started < SLICE_MS {
            return;
        }
        next_turn().await;
        self.slice_started = now_ms();
    }
}

/// Hands the page back until its next task: it paints and answers taps in between.
pub async fn next_turn() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Waits until the browser has painted what the current task changed: an animation
/// frame runs just before the paint, and a task queued from it runs after.
pub async fn after_paint() {
    let (painted, done) = futures::channel::oneshot::channel::<()>();
    request_animation_frame(move || {
        set_timeout(
            move || {
                let _ = painted.send(());
            },
            std::time::Duration::ZERO,
        )
    });
    let _ = done.await;
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}
