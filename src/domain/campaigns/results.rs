//! What a campaign achieved, per step and in all: messages sent, and of the people who
//! got them, how many replied, opted out, or converted (a new lead, an order or a
//! recruit) within the campaign's window. A reaction counts for the last step sent
//! before it, once per person and step.

use chrono::{DateTime, Duration, Utc};
use std::collections::BTreeSet;

/// What happened with one recipient, as the app read it from the records.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecipientHistory {
    /// Steps sent, with when.
    pub sends: Vec<(u16, DateTime<Utc>)>,
    /// Messages that came in from them.
    pub replies: Vec<DateTime<Utc>>,
    /// A lead opened, an order, or joining the team.
    pub conversions: Vec<DateTime<Utc>>,
    pub opted_out: Option<DateTime<Utc>>,
}

/// Counts for one step or for the whole campaign.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Messages sent (for the whole campaign: people who got at least one).
    pub sent: u32,
    pub replied: u32,
    pub opted_out: u32,
    pub converted: u32,
}

impl Counts {
    /// `part` of those sent to, from 0 to 1; 0 when nothing went out.
    pub fn rate(&self, part: u32) -> f64 {
        if self.sent == 0 {
            0.0
        } else {
            f64::from(part) / f64::from(self.sent)
        }
    }

    pub fn add(&mut self, other: Counts) {
        self.sent += other.sent;
        self.replied += other.replied;
        self.opted_out += other.opted_out;
        self.converted += other.converted;
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CampaignResults {
    pub steps: Vec<Counts>,
    pub total: Counts,
}

pub fn results<'a>(
    steps: usize,
    conversion_days: u16,
    recipients: impl IntoIterator<Item = &'a RecipientHistory>,
) -> CampaignResults {
    let window = Duration::days(i64::from(conversion_days));
    let mut results = CampaignResults {
        steps: vec![Counts::default(); steps],
        total: Counts::default(),
    };
    let mut at_step = |step: u16, field: fn(&mut Counts) -> &mut u32| {
        if let Some(counts) = results.steps.get_mut(usize::from(step)) {
            *field(counts) += 1;
        }
    };
    let mut total = Counts::default();
    for recipient in recipients {
        let mut sends = recipient.sends.clone();
        sends.sort_by_key(|(_, at)| *at);
        if sends.is_empty() {
            continue;
        }
        // By the minute: a reply is logged with the minute it came in, so one in the
        // minute the message went out answers it.
        let last_before = |at: DateTime<Utc>| {
            sends
                .iter()
                .rev()
                .find(|(_, sent)| to_minute(*sent) <= to_minute(at))
        };
        total.sent += 1;
        for (step, _) in &sends {
            at_step(*step, |c| &mut c.sent);
        }
        let replied: BTreeSet<u16> = recipient
            .replies
            .iter()
            .filter_map(|at| last_before(*at).map(|(step, _)| *step))
            .collect();
        for step in &replied {
            at_step(*step, |c| &mut c.replied);
        }
        total.replied += u32::from(!replied.is_empty());
        if let Some((step, _)) = recipient.opted_out.and_then(last_before) {
            at_step(*step, |c| &mut c.opted_out);
            total.opted_out += 1;
        }
        let converted = recipient
            .conversions
            .iter()
            .find_map(|at| last_before(*at).filter(|(_, sent)| *at - *sent <= window));
        if let Some((step, _)) = converted {
            at_step(*step, |c| &mut c.converted);
            total.converted += 1;
        }
    }
    results.total = total;
    results
}

fn to_minute(at: DateTime<Utc>) -> i64 {
    at.timestamp().div_euclid(60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn day(d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 5, d, 10, 0, 0).unwrap()
    }

    #[test]
    fn reactions_count_for_the_step_that_came_before_once_per_person() {
        let anna = RecipientHistory {
            sends: vec![(1, day(4) + Duration::seconds(20)), (0, day(1))],
            // The one of day 4 logged with its minute, before the second's send.
            replies: vec![day(2), day(2), day(4)],
            conversions: vec![day(20)],
            opted_out: None,
        };
        let ben = RecipientHistory {
            sends: vec![(0, day(1) + Duration::seconds(30))],
            replies: vec![day(1) - Duration::hours(1)],
            conversions: vec![day(25)],
            opted_out: Some(day(3)),
        };
        let never_sent = RecipientHistory {
            replies: vec![day(3)],
            ..RecipientHistory::default()
        };
        let results = results(2, 21, [&anna, &ben, &never_sent]);
        assert_eq!(
            results.steps,
            [
                Counts {
                    sent: 2,
                    replied: 1,
                    opted_out: 1,
                    converted: 0
                },
                Counts {
                    sent: 1,
                    replied: 1,
                    opted_out: 0,
                    converted: 1
                },
            ],
            "Ben's reply came before any message, his order after the window"
        );
        assert_eq!(
            results.total,
            Counts {
                sent: 2,
                replied: 1,
                opted_out: 1,
                converted: 1
            }
        );
        assert_eq!(results.total.rate(results.total.converted), 0.5);
        assert_eq!(Counts::default().rate(0), 0.0, "nothing sent, no rate");
    }
}
