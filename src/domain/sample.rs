//! A seeded, deterministic generator of realistic data: the same seed, size and day
//! give the same records. It feeds "try with sample data", the tests and the benchmark.

mod activity;
mod downline_report;
mod lead_stories;
mod names;
mod people;
pub(crate) mod rng;
mod team;

use crate::domain::dataset::DataSet;
use crate::domain::settings::preferences::Profile;
use chrono::{DateTime, NaiveDate, Utc};
use rng::Rng;
use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SampleSize {
    pub contacts: usize,
    pub members: usize,
    pub leads: usize,
    pub interactions: usize,
    pub orders: usize,
}

impl SampleSize {
    /// The standard benchmark data set. Its leads are about 2,000 closed ones, which
    /// the lead models train on, and about 870 open ones, some 500 of them sales (a
    /// full board).
    pub const BENCHMARK: SampleSize = SampleSize {
        contacts: 10_000,
        members: 5_000,
        leads: 2_900,
        interactions: 50_000,
        orders: 20_000,
    };
    /// What "try with sample data" loads: a tenth of the benchmark, quick on any phone.
    pub const DEMO: SampleSize = SampleSize {
        contacts: 1_000,
        members: 500,
        leads: 200,
        interactions: 5_000,
        orders: 2_000,
    };
    pub const TINY: SampleSize = SampleSize {
        contacts: 60,
        members: 30,
        leads: 12,
        interactions: 300,
        orders: 120,
    };
}

/// The rep the data belongs to: the root of the team.
pub struct Owner<'a> {
    pub name: &'a str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    pub data: DataSet,
    pub owner_contact_id: Uuid,
    pub owner_member_id: Uuid,
    /// Each lead's true chance of being won, which its outcome was drawn with: judged
    /// when it closed, or now for an open lead. For the scoring's quality tests.
    pub lead_chances: Vec<(Uuid, f64)>,
}

impl Sample {
    /// The profile of the rep the sample belongs to: its owner contact and root member.
    pub fn owner_profile(&self, name: &str, country: &str) -> Profile {
        Profile {
            name: name.to_owned(),
            country: country.to_owned(),
            contact_id: self.owner_contact_id,
            member_id: self.owner_member_id,
        }
    }

    /// The sample's records for a rep who already has a contact and root member: the
    /// sample's own owner is left out, and everything that pointed to it (sponsorships,
    /// referrals, volumes) points to the rep instead.
    pub fn adopted_by(self, contact_id: Uuid, member_id: Uuid) -> DataSet {
        let (sample_contact, sample_member) = (self.owner_contact_id, self.owner_member_id);
        let mut data = self.data;
        data.contacts.retain(|c| c.meta.id != sample_contact);
        data.members.retain(|m| m.meta.id != sample_member);
        for contact in &mut data.contacts {
            if contact.referred_by == Some(sample_contact) {
                contact.referred_by = Some(contact_id);
            }
        }
        for member in &mut data.members {
            if member.sponsor_id == Some(sample_member) {
                member.sponsor_id = Some(member_id);
            }
        }
        for volume in &mut data.volumes {
            if volume.member_id == sample_member {
                volume.member_id = member_id;
            }
        }
        data
    }
}

/// The sample as of noon on `today`: the same seed and day always give the same data.
pub fn generate(seed: u64, size: SampleSize, today: NaiveDate, owner: &Owner) -> Sample {
    let noon: DateTime<Utc> = today.and_hms_opt(12, 0, 0).expect("noon exists").and_utc();
    generate_at(seed, size, today, noon, owner)
}

/// The sample as of the moment `now`, on the rep's local day `today`: nothing in it
/// happens after `now`, and its months are the rep's months.
pub fn generate_at(
    seed: u64,
    size: SampleSize,
    today: NaiveDate,
    now: DateTime<Utc>,
    owner: &Owner,
) -> Sample {
    let mut rng = Rng::new(seed);
    let mut data = DataSet::default();
    let people = people::generate(&mut rng, size, now, owner, &mut data);
    let tree = team::generate(&mut rng, size.members, today, now, &people, &mut data);
    let lead_chances = activity::generate(&mut rng, size, now, &people, &mut data);
    // The benchmark set stays the rep's own data, comparable with earlier figures.
    if size.members <= SampleSize::DEMO.members {
        downline_report::generate(&mut data, tree.root, now);
    }
    Sample {
        data,
        owner_contact_id: people.owner_contact,
        owner_member_id: tree.root,
        lead_chances,
    }
}

#[cfg(test)]
mod tests;
