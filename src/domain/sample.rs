//! A seeded, deterministic generator of realistic data: the same seed, size and day
//! give the same records. It feeds "try with sample data", the tests and the benchmark.

mod activity;
mod downline;
mod names;
mod people;
mod rng;

use crate::domain::dataset::DataSet;
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
    /// The standard benchmark data set.
    pub const BENCHMARK: SampleSize = SampleSize {
        contacts: 10_000,
        members: 5_000,
        leads: 2_000,
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

/// The rep the data belongs to: the root of the downline.
pub struct Owner<'a> {
    pub name: &'a str,
}

pub struct Sample {
    pub data: DataSet,
    pub owner_contact_id: Uuid,
    pub owner_member_id: Uuid,
}

pub fn generate(seed: u64, size: SampleSize, today: NaiveDate, owner: &Owner) -> Sample {
    let mut rng = Rng::new(seed);
    let now: DateTime<Utc> = today.and_hms_opt(12, 0, 0).expect("noon exists").and_utc();
    let mut data = DataSet::default();
    let people = people::generate(&mut rng, size, now, owner, &mut data);
    let tree = downline::generate(&mut rng, size.members, today, now, &people, &mut data);
    activity::generate(&mut rng, size, now, &people, &mut data);
    Sample {
        data,
        owner_contact_id: people.owner_contact,
        owner_member_id: tree.root,
    }
}

#[cfg(test)]
mod tests;
