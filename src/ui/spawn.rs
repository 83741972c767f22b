//! Runs the async work a click starts (saving, exporting). Every task is boxed before it
//! is handed to the executor, so the executor's code exists once in the app, not once per
//! kind of task.

use std::future::Future;
use std::pin::Pin;

/// A task already boxed, as the executor takes it.
pub type BoxedTask = Pin<Box<dyn Future<Output = ()>>>;

pub fn spawn(task: impl Future<Output = ()> + 'static) {
    spawn_boxed(Box::pin(task));
}

pub fn spawn_boxed(task: BoxedTask) {
    leptos::task::spawn_local(task);
}
