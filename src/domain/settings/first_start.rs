//! The first run: the rep's own contact and root member, from which their downline grows.

use crate::domain::contacts::contact::{Contact, Role};
use crate::domain::dataset::DataSet;
use crate::domain::record::RecordMeta;
use crate::domain::settings::preferences::Profile;
use crate::domain::team::member::{Member, MemberStatus};
use chrono::{DateTime, Utc};

/// The name a person typed, trimmed; `None` when nothing is left.
pub fn clean_name(typed: &str) -> Option<String> {
    let name = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then_some(name)
}

/// The records and profile for a rep who starts with no data.
pub fn start_empty(name: &str, country: &str, now: DateTime<Utc>) -> (DataSet, Profile) {
    let (given, family) = name.split_once(' ').unwrap_or((name, ""));
    let mut me = Contact::new(given, family, now);
    me.roles.push(Role::Rep);
    let root = Member {
        meta: RecordMeta::new(now),
        contact_id: me.meta.id,
        sponsor_id: None,
        placement_parent_id: None,
        placement_leg: None,
        joined_on: now.date_naive(),
        status: MemberStatus::Active,
        left_on: None,
        rank: None,
        external_id: None,
    };
    let profile = Profile {
        name: name.to_owned(),
        country: country.to_owned(),
        contact_id: me.meta.id,
        member_id: root.meta.id,
    };
    let data = DataSet {
        contacts: vec![me],
        members: vec![root],
        ..DataSet::default()
    };
    (data, profile)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_empty_names_refused() {
        assert_eq!(
            clean_name("  Sabine   Schäfer "),
            Some("Sabine Schäfer".into())
        );
        assert_eq!(clean_name(" \t "), None);
    }

    #[test]
    fn the_rep_is_the_root_member() {
        let (data, profile) = start_empty("Sabine Schäfer", "DE", Utc::now());
        assert_eq!(data.contacts.len(), 1);
        assert_eq!(data.members[0].sponsor_id, None);
        assert_eq!(data.members[0].contact_id, profile.contact_id);
        assert_eq!(data.contacts[0].family_name, "Schäfer");
        assert!(data.contacts[0].has_role(Role::Rep));
    }
}
