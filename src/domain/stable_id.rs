//! Ids made from a text, so that two devices (or two imports of one file) that see the
//! same thing give it the same id without talking to each other.

use uuid::Uuid;

/// A version-8 UUID from a text: two 64-bit FNV-1a hashes with different seeds.
pub fn hashed_id(text: &str) -> Uuid {
    let hash = |seed: u64| {
        text.bytes().fold(seed, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&hash(0xcbf2_9ce4_8422_2325).to_be_bytes());
    bytes[8..].copy_from_slice(&hash(0x8422_2325_cbf2_9ce4).to_be_bytes());
    Uuid::new_v8(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_text_gives_the_same_id_and_another_text_another() {
        assert_eq!(hashed_id("member:100007"), hashed_id("member:100007"));
        assert_ne!(hashed_id("member:100007"), hashed_id("member:100014"));
        assert_eq!(hashed_id("x").get_version_num(), 8);
    }
}
