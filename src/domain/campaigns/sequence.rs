//! Where each recipient stands in a campaign's sequence, read from their touches, and
//! which step is due when. A step's day is counted in calendar days from the local day
//! the recipient entered, so month ends and the clock change move no message.

use crate::domain::campaigns::campaign::{CampaignStep, CampaignTouch, LeftBecause, TouchEvent};
use chrono::{DateTime, Days, NaiveDate, Utc};

/// One recipient's progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub entered_on: NaiveDate,
    /// Steps sent, with when.
    pub sent: Vec<(u16, DateTime<Utc>)>,
    pub skipped: Vec<u16>,
    /// The step put off last, and until when.
    pub postponed: Option<(u16, DateTime<Utc>)>,
    pub left: Option<LeftBecause>,
}

impl Progress {
    /// Reads one recipient's touches of one campaign, in any order; `None` if they
    /// never entered it. Entering again after leaving takes them back where they were.
    pub fn of<'a>(touches: impl IntoIterator<Item = &'a CampaignTouch>) -> Option<Progress> {
        let mut touches: Vec<&CampaignTouch> = touches
            .into_iter()
            .filter(|t| !t.meta.is_deleted())
            .collect();
        // Of touches at the same moment, the entry comes first: a step skipped in the
        // second someone entered belongs to that entry.
        let entry_first = |t: &CampaignTouch| !matches!(t.event, TouchEvent::Entered { .. });
        touches.sort_by_key(|t| (t.at, t.meta.created_at, entry_first(t)));
        let mut progress: Option<Progress> = None;
        for touch in touches {
            match (&touch.event, progress.as_mut()) {
                (TouchEvent::Entered { on }, None) => {
                    progress = Some(Progress {
                        entered_on: *on,
                        sent: Vec::new(),
                        skipped: Vec::new(),
                        postponed: None,
                        left: None,
                    })
                }
                (TouchEvent::Entered { .. }, Some(p)) => p.left = None,
                (_, None) => {}
                (TouchEvent::Sent { step, .. }, Some(p)) => p.sent.push((*step, touch.at)),
                (TouchEvent::Skipped { step }, Some(p)) => p.skipped.push(*step),
                (TouchEvent::Postponed { step, until }, Some(p)) => {
                    p.postponed = Some((*step, *until))
                }
                (TouchEvent::Left(why), Some(p)) => p.left = Some(*why),
            }
        }
        progress
    }

    fn is_done(&self, step: u16) -> bool {
        self.skipped.contains(&step) || self.sent.iter().any(|(s, _)| *s == step)
    }

    /// The first step not yet sent or skipped, and from when it is due; `None` when
    /// the sequence is over for them or they left.
    pub fn next_step(&self, steps: &[CampaignStep]) -> Option<DueStep> {
        if self.left.is_some() {
            return None;
        }
        let index = (0..steps.len()).find(|&i| !self.is_done(i as u16))?;
        let step = index as u16;
        let due_on = self
            .entered_on
            .checked_add_days(Days::new(u64::from(steps[index].delay_days)))?;
        let put_off_until = self
            .postponed
            .filter(|(postponed, _)| *postponed == step)
            .map(|(_, until)| until);
        Some(DueStep {
            step,
            due_on,
            put_off_until,
        })
    }
}

/// A step waiting for a recipient.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DueStep {
    pub step: u16,
    /// The local day it comes up.
    pub due_on: NaiveDate,
    /// When the rep put it off, it waits until then as well.
    pub put_off_until: Option<DateTime<Utc>>,
}

impl DueStep {
    /// Whether it is due on the local day `today`, at the moment `now`.
    pub fn is_due(&self, today: NaiveDate, now: DateTime<Utc>) -> bool {
        self.due_on <= today && self.put_off_until.is_none_or(|until| until <= now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::campaigns::campaign::TwoLanguages;
    use chrono::{NaiveTime, TimeZone};
    use uuid::Uuid;

    fn steps(delays: &[u16]) -> Vec<CampaignStep> {
        delays
            .iter()
            .map(|&delay_days| CampaignStep {
                delay_days,
                subject: TwoLanguages::default(),
                message: TwoLanguages::both("Hallo"),
            })
            .collect()
    }

    fn touch(at: DateTime<Utc>, event: TouchEvent) -> CampaignTouch {
        CampaignTouch::new(Uuid::from_u128(1), Uuid::from_u128(2), at, event)
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn entered(on: NaiveDate) -> CampaignTouch {
        let at = on.and_time(NaiveTime::MIN).and_utc();
        touch(at, TouchEvent::Entered { on })
    }

    fn sent(step: u16, on: NaiveDate) -> CampaignTouch {
        let at = on.and_hms_opt(12, 0, 0).unwrap().and_utc();
        touch(
            at,
            TouchEvent::Sent {
                step,
                consent: None,
            },
        )
    }

    #[test]
    fn steps_fall_due_in_calendar_days_across_month_ends_and_leap_days() {
        let plan = steps(&[0, 3, 10]);
        let start = date(2028, 2, 27);
        let mut touches = vec![entered(start)];
        let due =
            |touches: &[CampaignTouch]| Progress::of(touches).unwrap().next_step(&plan).unwrap();
        assert_eq!(due(&touches).due_on, start, "day 0 is the day they entered");
        touches.push(sent(0, start));
        assert_eq!(due(&touches).due_on, date(2028, 3, 1), "past 29 February");
        touches.push(sent(1, date(2028, 3, 2)));
        assert_eq!(
            due(&touches).due_on,
            date(2028, 3, 8),
            "counted from entering, not from the step before"
        );
        touches.push(sent(2, date(2028, 3, 8)));
        assert_eq!(Progress::of(&touches).unwrap().next_step(&plan), None);
        let new_year = [entered(date(2026, 12, 28))];
        assert_eq!(due_in(&new_year, &plan, 1).due_on, date(2026, 12, 31));
    }

    fn due_in(touches: &[CampaignTouch], plan: &[CampaignStep], done: u16) -> DueStep {
        let mut touches = touches.to_vec();
        for step in 0..done {
            touches.push(sent(step, date(2026, 12, 28)));
        }
        Progress::of(&touches).unwrap().next_step(plan).unwrap()
    }

    #[test]
    fn the_clock_change_moves_no_step() {
        // Berlin: summer time ends on 25 October 2026. Someone who entered at 00:30 in
        // summer (22:30 UTC the day before) is due three local days later, whichever
        // offset the phone has when it asks.
        let plan = steps(&[0, 3]);
        let entered_at = chrono::FixedOffset::east_opt(2 * 3600)
            .unwrap()
            .with_ymd_and_hms(2026, 10, 24, 0, 30, 0)
            .unwrap();
        let on = entered_at.date_naive();
        let touches = vec![
            touch(entered_at.to_utc(), TouchEvent::Entered { on }),
            sent(0, on),
        ];
        let next = Progress::of(&touches).unwrap().next_step(&plan).unwrap();
        assert_eq!(next.due_on, date(2026, 10, 27));
        let winter_morning = Utc.with_ymd_and_hms(2026, 10, 26, 23, 30, 0).unwrap();
        assert!(
            next.is_due(date(2026, 10, 27), winter_morning),
            "00:30 local on the 27th"
        );
        assert!(!next.is_due(date(2026, 10, 26), winter_morning));
    }

    #[test]
    fn skipping_putting_off_and_leaving() {
        let plan = steps(&[0, 3]);
        let day = date(2026, 6, 1);
        let noon = day.and_hms_opt(12, 0, 0).unwrap().and_utc();
        let later = noon + chrono::Duration::hours(5);
        let mut touches = vec![
            entered(day),
            touch(
                noon,
                TouchEvent::Postponed {
                    step: 0,
                    until: later,
                },
            ),
        ];
        let next = Progress::of(&touches).unwrap().next_step(&plan).unwrap();
        assert!(!next.is_due(day, noon), "put off until five");
        assert!(next.is_due(day, later));
        touches.push(touch(later, TouchEvent::Skipped { step: 0 }));
        assert_eq!(
            Progress::of(&touches)
                .unwrap()
                .next_step(&plan)
                .unwrap()
                .step,
            1
        );
        touches.push(touch(later, TouchEvent::Left(LeftBecause::Replied)));
        assert_eq!(Progress::of(&touches).unwrap().next_step(&plan), None);
        assert_eq!(
            Progress::of(&touches[1..]),
            None,
            "no entry, not in the campaign"
        );
    }
}
