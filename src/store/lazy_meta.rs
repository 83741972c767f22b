//! A meta value that only a lazily loaded feature area reads (the lead settings, the lead
//! models): kept as the stored bytes when the database opens and decoded the first time
//! it is asked for. Its decoding code then loads with that area instead of with the
//! first screen.

use std::cell::RefCell;

enum State<T> {
    /// As stored, not yet decoded (`None`: nothing stored).
    Stored(Option<Vec<u8>>),
    /// Decoded (`None`: nothing stored, or unreadable).
    Read(Option<T>),
}

pub struct LazyMeta<T> {
    state: RefCell<State<T>>,
}

impl<T: Clone> LazyMeta<T> {
    pub fn stored(bytes: Option<Vec<u8>>) -> Self {
        LazyMeta {
            state: RefCell::new(State::Stored(bytes)),
        }
    }

    /// The value, decoded by `decode` on the first call; what it cannot read is `None`.
    pub fn get(&self, decode: impl FnOnce(&[u8]) -> Option<T>) -> Option<T> {
        let mut state = self.state.borrow_mut();
        if let State::Stored(bytes) = &*state {
            let read = bytes.as_deref().and_then(decode);
            *state = State::Read(read);
        }
        match &*state {
            State::Read(value) => value.clone(),
            State::Stored(_) => None,
        }
    }

    pub fn set(&self, value: Option<T>) {
        *self.state.borrow_mut() = State::Read(value);
    }

    /// Replaces the value with bytes read again (after another tab wrote).
    pub fn restore(&self, bytes: Option<Vec<u8>>) {
        *self.state.borrow_mut() = State::Stored(bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn decodes_once_when_first_asked_and_keeps_what_is_set_after() {
        let decoded = Cell::new(0);
        let decode = |bytes: &[u8]| {
            decoded.set(decoded.get() + 1);
            std::str::from_utf8(bytes).ok().map(str::to_owned)
        };
        let meta = LazyMeta::stored(Some(b"Pipeline".to_vec()));
        assert_eq!(decoded.get(), 0, "nothing decoded at opening");
        assert_eq!(meta.get(decode).as_deref(), Some("Pipeline"));
        assert_eq!(meta.get(decode).as_deref(), Some("Pipeline"));
        assert_eq!(decoded.get(), 1);
        meta.set(Some("Neu".into()));
        assert_eq!(meta.get(decode).as_deref(), Some("Neu"));
        meta.restore(Some(vec![0xff]));
        assert_eq!(meta.get(decode), None, "unreadable bytes read as nothing");
        assert_eq!(LazyMeta::<String>::stored(None).get(decode), None);
    }
}
