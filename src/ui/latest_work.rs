//! Work a page starts again when its input changes (reading the file again with other
//! options, planning the import again with other roles): starting it stops the run
//! before, at its next pause, so that only the latest run goes on.

use crate::ui::spawn::spawn;
use futures::future::{AbortHandle, abortable};
use leptos::prelude::*;
use std::future::Future;

#[derive(Clone, Copy)]
pub struct LatestWork {
    running: StoredValue<Option<AbortHandle>, LocalStorage>,
}

impl LatestWork {
    pub fn new() -> Self {
        let running = StoredValue::new_local(None::<AbortHandle>);
        on_cleanup(move || {
            if let Some(handle) = running.try_get_value().flatten() {
                handle.abort();
            }
        });
        Self { running }
    }

    /// Starts `work`, stopping the run before.
    pub fn start(self, work: impl Future<Output = ()> + 'static) {
        self.stop();
        let (work, handle) = abortable(work);
        self.running.set_value(Some(handle));
        spawn(async move {
            let _ = work.await;
        });
    }

    /// Stops the run, if one goes on.
    pub fn stop(self) {
        if let Some(handle) = self.running.try_get_value().flatten() {
            handle.abort();
        }
    }
}
