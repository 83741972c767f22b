//! Runs the async work a click starts (saving, exporting). Every task is boxed before it
//! is handed to the executor, so the executor's code exists once in the app, not once per
//! kind of task.

use std::future::Future;
use std::pin::Pin;

pub fn spawn(task: impl Future<Output = ()> + 'static) {
    let task: Pin<Box<dyn Future<Output = ()>>> = Box::pin(task);
    leptos::task::spawn_local(task);
}
