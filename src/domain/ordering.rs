//! Putting records in order by a number or a text. Each call of a sort with its own
//! comparison makes the compiler emit the whole sorting algorithm again (about 1.5 KB of
//! wasm each); here every ordering sorts one of three key types.

use crate::domain::record::Record;
use uuid::Uuid;

/// Orders `items` by `key`, smallest first; equal keys keep their order.
pub fn order_by<T>(items: &mut Vec<T>, key: impl Fn(&T) -> i64) {
    let keys: Vec<(i64, usize)> = items.iter().enumerate().map(|(i, t)| (key(t), i)).collect();
    permute(items, sorted(keys));
}

/// Orders `items` by a text `key`, in code point order; equal keys keep their order.
pub fn order_by_text<T>(items: &mut Vec<T>, key: impl Fn(&T) -> String) {
    let keys: Vec<(String, usize)> = items.iter().enumerate().map(|(i, t)| (key(t), i)).collect();
    permute(items, sorted(keys));
}

/// Orders records by `key`, equal keys by id, so the order is the same on every load
/// whatever order the store hands them out in.
pub fn order_by_then_id<R: Record>(items: &mut Vec<&R>, key: impl Fn(&R) -> i64) {
    let keys: Vec<((i64, Uuid), usize)> = items
        .iter()
        .enumerate()
        .map(|(i, r)| ((key(r), r.id()), i))
        .collect();
    permute(items, sorted(keys));
}

fn sorted<K: Ord>(mut keys: Vec<(K, usize)>) -> impl Iterator<Item = usize> {
    keys.sort_unstable();
    keys.into_iter().map(|(_, i)| i)
}

fn permute<T>(items: &mut Vec<T>, order: impl Iterator<Item = usize>) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.filter_map(|i| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_number_and_text_keeping_ties_in_place() {
        let mut numbers = vec![("c", 3), ("a", 1), ("b1", 2), ("b2", 2)];
        order_by(&mut numbers, |(_, n)| *n);
        assert_eq!(numbers, [("a", 1), ("b1", 2), ("b2", 2), ("c", 3)]);
        order_by(&mut numbers, |(_, n)| -n);
        assert_eq!(numbers, [("c", 3), ("b1", 2), ("b2", 2), ("a", 1)]);
        let mut names = vec!["zoe", "Anna", "bernd", "anna"];
        order_by_text(&mut names, |n| n.to_lowercase());
        assert_eq!(names, ["Anna", "anna", "bernd", "zoe"]);
    }
}
