//! A BroadcastChannel between this app's tabs: after each write a tab announces the new
//! generation, and the others read the data again instead of showing stale records.

use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

type MessageListener = Closure<dyn FnMut(web_sys::MessageEvent)>;

pub struct TabChannel {
    channel: web_sys::BroadcastChannel,
    listener: RefCell<Option<MessageListener>>,
}

impl TabChannel {
    /// `None` where the browser has no BroadcastChannel; tabs then notice each other's
    /// writes only when they write themselves (see `Store::write_through`).
    pub fn open(database: &str) -> Option<TabChannel> {
        let channel = web_sys::BroadcastChannel::new(&format!("{database}-changes")).ok()?;
        Some(TabChannel {
            channel,
            listener: RefCell::new(None),
        })
    }

    pub fn announce(&self, generation: u64) {
        let _ = self.channel.post_message(&(generation as f64).into());
    }

    pub fn on_announcement(&self, mut callback: impl FnMut(u64) + 'static) {
        let listener = MessageListener::new(move |event: web_sys::MessageEvent| {
            if let Some(generation) = event.data().as_f64() {
                callback(generation as u64);
            }
        });
        self.channel
            .set_onmessage(Some(listener.as_ref().unchecked_ref()));
        // The closure must live as long as the channel calls it.
        *self.listener.borrow_mut() = Some(listener);
    }
}

impl Drop for TabChannel {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}
