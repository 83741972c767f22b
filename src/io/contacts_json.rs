//! Contacts as a JSON array, the form other programs (and the benchmark's plain
//! JavaScript IndexedDB comparison) read.

use crate::domain::contacts::contact::Contact;

pub fn contacts_to_json(contacts: &[Contact]) -> String {
    serde_json::to_string(contacts).expect("contacts always serialise")
}

pub fn contacts_from_json(text: &str) -> Result<Vec<Contact>, serde_json::Error> {
    serde_json::from_str(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::{Owner, SampleSize, generate};
    use chrono::NaiveDate;

    #[test]
    fn contacts_survive_a_json_round_trip() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let contacts = generate(
            2,
            SampleSize::TINY,
            today,
            &Owner {
                name: "Zoë Strauß"
            },
        )
        .data
        .contacts;
        let json = contacts_to_json(&contacts);
        assert!(json.contains("Zoë"));
        assert_eq!(contacts_from_json(&json).unwrap(), contacts);
        assert!(contacts_from_json("[{\"meta\":1}]").is_err());
    }
}
