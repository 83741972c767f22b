//! Personal volume of a member in one month. Group volume is derived from the tree.

use crate::domain::record::{RecordMeta, impl_record};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A calendar month, the period volumes are counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    pub year: i32,
    pub month: u8,
}

impl Period {
    pub fn of(date: NaiveDate) -> Self {
        Period {
            year: date.year(),
            month: date.month() as u8,
        }
    }

    pub fn previous(self) -> Self {
        if self.month == 1 {
            Period {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Period {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    pub fn next(self) -> Self {
        if self.month == 12 {
            Period {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Period {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// A single number that orders periods, for index keys.
    pub fn ordinal(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Volume {
    pub meta: RecordMeta,
    pub member_id: Uuid,
    pub period: Period,
    /// Personal volume in hundredths of a point.
    pub personal_centipoints: u32,
}
impl_record!(Volume);

#[cfg(test)]
impl Volume {
    /// A volume of whole points, for the downline's tests.
    pub fn points(member: u128, period: Period, points: u32) -> Self {
        Volume {
            meta: RecordMeta::new(chrono::Utc::now()),
            member_id: Uuid::from_u128(member),
            period,
            personal_centipoints: points * 100,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previous_period_wraps_the_year() {
        assert_eq!(
            Period {
                year: 2026,
                month: 1
            }
            .previous(),
            Period {
                year: 2025,
                month: 12
            }
        );
        assert_eq!(
            Period {
                year: 2026,
                month: 7
            }
            .previous(),
            Period {
                year: 2026,
                month: 6
            }
        );
        assert!(
            Period {
                year: 2025,
                month: 12
            }
            .ordinal()
                < Period {
                    year: 2026,
                    month: 1
                }
                .ordinal()
        );
    }
}
