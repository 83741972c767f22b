//! The leads as a list, for the rep who wants them all in one place: narrowed by kind,
//! stage, band, source and overdue follow-up, and put in the order they choose.

use crate::domain::leads::lead::{LeadKind, LeadSource};
use crate::domain::leads::lead_model::Band;
use crate::domain::leads::stages::{StageName, StageOutcome};
use crate::domain::locale::money::Cents;
use crate::domain::locale::text_fold::fold_german;
use crate::domain::ordering::{order_by, order_by_text};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use uuid::Uuid;

/// What the list knows of one lead.
#[derive(Clone, Debug, PartialEq)]
pub struct ListedLead {
    pub id: Uuid,
    pub title: String,
    pub contact_name: String,
    pub kind: LeadKind,
    /// The board column it is in (a retired stage's leads show in its successor).
    pub stage: Uuid,
    pub stage_name: StageName,
    pub outcome: StageOutcome,
    pub value: Cents,
    pub expected_close: Option<NaiveDate>,
    pub source: LeadSource,
    /// Open leads only; closed ones have no chance left to estimate.
    pub probability: Option<f64>,
    pub follow_up_overdue: bool,
    pub in_stage_since: DateTime<Utc>,
}

impl ListedLead {
    pub fn band(&self) -> Option<Band> {
        self.probability.map(Band::of)
    }
}

/// Which leads the list shows; every field that is `None` (or false) lets all through.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LeadFilter {
    pub kind: Option<LeadKind>,
    /// A stage of the chosen kind's pipeline.
    pub stage: Option<Uuid>,
    pub band: Option<Band>,
    pub source: Option<LeadSource>,
    pub overdue_only: bool,
    /// Won and lost leads too; without it, only the open ones (and those in the chosen
    /// stage, if that is "won" or "lost").
    pub with_closed: bool,
}

impl LeadFilter {
    pub fn keeps(&self, lead: &ListedLead) -> bool {
        (self.with_closed || lead.outcome == StageOutcome::Open || self.stage == Some(lead.stage))
            && self.kind.is_none_or(|k| lead.kind == k)
            && self.stage.is_none_or(|s| lead.stage == s)
            && self.band.is_none_or(|b| lead.band() == Some(b))
            && self.source.is_none_or(|s| lead.source == s)
            && (!self.overdue_only || lead.follow_up_overdue)
    }
}

/// The orders the list offers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeadOrder {
    /// Best chance first; closed leads after the open ones.
    #[default]
    Chance,
    /// Highest expected value first.
    Value,
    /// Soonest expected close first; leads without a date last.
    Close,
    /// Longest in its stage first: the ones going stale.
    LongestInStage,
    /// By title, A to Z.
    Title,
}

impl LeadOrder {
    pub const ALL: [LeadOrder; 5] = [
        LeadOrder::Chance,
        LeadOrder::Value,
        LeadOrder::Close,
        LeadOrder::LongestInStage,
        LeadOrder::Title,
    ];
}

/// The leads `filter` keeps, in `order`; equal ones by title, then id, so the list does
/// not shuffle between renders.
pub fn lead_list(
    leads: impl IntoIterator<Item = ListedLead>,
    filter: &LeadFilter,
    order: LeadOrder,
) -> Vec<ListedLead> {
    let mut shown: Vec<ListedLead> = leads.into_iter().filter(|l| filter.keeps(l)).collect();
    order_by_text(&mut shown, |l| {
        format!("{}\u{0}{}", fold_german(&l.title), l.id)
    });
    match order {
        LeadOrder::Chance => order_by(&mut shown, |l| {
            l.probability.map_or(1, |p| -((p * 1e6) as i64))
        }),
        LeadOrder::Value => order_by(&mut shown, |l| -l.value.0),
        LeadOrder::Close => order_by(&mut shown, |l| {
            l.expected_close
                .map_or(i64::MAX, |d| i64::from(d.num_days_from_ce()))
        }),
        LeadOrder::LongestInStage => order_by(&mut shown, |l| l.in_stage_since.timestamp()),
        LeadOrder::Title => {}
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn listed(id: u128, title: &str) -> ListedLead {
        ListedLead {
            id: Uuid::from_u128(id),
            title: title.into(),
            contact_name: String::new(),
            kind: LeadKind::Sale,
            stage: Uuid::from_u128(1000),
            stage_name: StageName::Own("Neu".into()),
            outcome: StageOutcome::Open,
            value: Cents(0),
            expected_close: None,
            source: LeadSource::Unknown,
            probability: Some(0.3),
            follow_up_overdue: false,
            in_stage_since: Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap(),
        }
    }

    fn ids(list: &[ListedLead]) -> Vec<u128> {
        list.iter().map(|l| l.id.as_u128()).collect()
    }

    fn sample() -> Vec<ListedLead> {
        let mut leads = vec![
            listed(1, "Öl-Set"),
            listed(2, "Abo"),
            listed(3, "Zahnpflege"),
            listed(4, "Einstieg"),
            listed(5, "Duftkerze"),
        ];
        leads[0].probability = Some(0.62);
        leads[0].value = Cents(4_990);
        leads[0].expected_close = chrono::NaiveDate::from_ymd_opt(2026, 5, 2);
        leads[1].probability = Some(0.08);
        leads[1].value = Cents(12_000);
        leads[1].source = LeadSource::Referral;
        leads[1].follow_up_overdue = true;
        leads[1].in_stage_since = Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap();
        leads[2].outcome = StageOutcome::Won;
        leads[2].probability = None;
        leads[2].value = Cents(90_000);
        leads[3].kind = LeadKind::Recruit;
        leads[3].stage = Uuid::from_u128(2000);
        leads[3].probability = Some(0.35);
        leads[3].expected_close = chrono::NaiveDate::from_ymd_opt(2026, 4, 20);
        leads[4].stage = Uuid::from_u128(1001);
        leads[4].probability = Some(0.35);
        leads
    }

    #[test]
    fn the_open_leads_by_chance_with_equal_chances_by_title() {
        let list = lead_list(sample(), &LeadFilter::default(), LeadOrder::Chance);
        // 62 %, then the two at 35 % by title (Duftkerze, Einstieg), then 8 %; the won
        // lead is left out.
        assert_eq!(ids(&list), [1, 5, 4, 2]);
        let all = LeadFilter {
            with_closed: true,
            ..LeadFilter::default()
        };
        assert_eq!(
            ids(&lead_list(sample(), &all, LeadOrder::Chance)),
            [1, 5, 4, 2, 3]
        );
    }

    #[test]
    fn each_order_puts_first_what_it_names() {
        let all = LeadFilter {
            with_closed: true,
            ..LeadFilter::default()
        };
        let by = |order| ids(&lead_list(sample(), &all, order));
        assert_eq!(by(LeadOrder::Value), [3, 2, 1, 5, 4]);
        // Dated ones soonest first, the rest by title.
        assert_eq!(by(LeadOrder::Close), [4, 1, 2, 5, 3]);
        assert_eq!(by(LeadOrder::LongestInStage)[0], 2);
        // Umlauts sort as German readers expect: "Öl" as "Oel", after "Einstieg".
        assert_eq!(by(LeadOrder::Title), [2, 5, 4, 1, 3]);
    }

    #[test]
    fn every_filter_narrows_and_they_combine() {
        let with = |filter: LeadFilter| ids(&lead_list(sample(), &filter, LeadOrder::Title));
        assert_eq!(
            with(LeadFilter {
                kind: Some(LeadKind::Recruit),
                ..LeadFilter::default()
            }),
            [4]
        );
        assert_eq!(
            with(LeadFilter {
                stage: Some(Uuid::from_u128(1001)),
                ..LeadFilter::default()
            }),
            [5]
        );
        // Choosing the "won" stage shows the won leads, closed ones hidden or not.
        let won = Uuid::from_u128(1002);
        let mut leads = sample();
        leads[2].stage = won;
        let in_won = LeadFilter {
            stage: Some(won),
            ..LeadFilter::default()
        };
        assert_eq!(ids(&lead_list(leads, &in_won, LeadOrder::Title)), [3]);
        assert_eq!(
            with(LeadFilter {
                band: Some(Band::Medium),
                ..LeadFilter::default()
            }),
            [5, 4]
        );
        assert_eq!(
            with(LeadFilter {
                source: Some(LeadSource::Referral),
                ..LeadFilter::default()
            }),
            [2]
        );
        assert_eq!(
            with(LeadFilter {
                overdue_only: true,
                ..LeadFilter::default()
            }),
            [2]
        );
        assert_eq!(
            with(LeadFilter {
                band: Some(Band::Medium),
                kind: Some(LeadKind::Sale),
                ..LeadFilter::default()
            }),
            [5]
        );
        assert!(
            with(LeadFilter {
                band: Some(Band::High),
                overdue_only: true,
                ..LeadFilter::default()
            })
            .is_empty()
        );
    }
}
