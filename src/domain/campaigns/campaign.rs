//! A campaign: who it aims at, what it is for, its messages in both languages, and the
//! steps in which they go out. Who is in it, and what was sent to whom, are its touches
//! ([`CampaignTouch`]), so that a campaign of thousands stays one small record.

use crate::domain::campaigns::consent_guard::Purpose;
use crate::domain::campaigns::segment::Segment;
use crate::domain::consent::ledger::{Channel, ConsentChange};
use crate::domain::locale::language::Language;
use crate::domain::record::{RecordMeta, impl_record};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A text in both languages of the app, as the rep wrote it (templates are checked when
/// they are saved and again when they are used: stored text may come from anywhere).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoLanguages {
    pub de: String,
    pub en: String,
}

impl TwoLanguages {
    pub fn both(text: &str) -> Self {
        TwoLanguages {
            de: text.to_string(),
            en: text.to_string(),
        }
    }

    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::De => &self.de,
            Language::En => &self.en,
        }
    }
}

/// One message of the sequence, sent `delay_days` after the recipient entered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignStep {
    pub delay_days: u16,
    /// The subject of an email; unused on other channels.
    pub subject: TwoLanguages,
    /// For a call, the talking points.
    pub message: TwoLanguages,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CampaignStatus {
    Draft,
    Running,
    Finished,
}

/// Whom a campaign is for: end customers, who should buy and buy again, or people who
/// might become reps. Its results are compared by aim, so that a rep sees whether the
/// business rests on sales to customers (UWG Annex No. 14).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Aim {
    Customers,
    FutureReps,
}

/// When a recipient leaves the sequence by themselves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaveWhen {
    pub replied: bool,
    pub ordered: bool,
    pub became_lead: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Campaign {
    pub meta: RecordMeta,
    pub name: String,
    pub aim: Aim,
    pub purpose: Purpose,
    pub channel: Channel,
    pub segment: Segment,
    pub steps: Vec<CampaignStep>,
    /// The sentence that ends every marketing message; blank stored text falls back to
    /// the standard sentence, so that it can never go missing.
    pub opt_out: TwoLanguages,
    /// What a message says where a recipient lacks a merge field, per field key.
    pub fallbacks: Vec<(String, TwoLanguages)>,
    pub leave_when: LeaveWhen,
    /// A lead, order or recruit within this many days of a message counts as converted.
    pub conversion_days: u16,
    pub status: CampaignStatus,
}
impl_record!(Campaign);

/// Why a recipient left a campaign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LeftBecause {
    Replied,
    Ordered,
    BecameLead,
    /// Replied "STOP" (or withdrew consent for the channel another way).
    OptedOut,
    /// The rep took them out.
    Removed,
}

/// What happened between a campaign and one recipient.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TouchEvent {
    /// They joined; the steps count from this local day.
    Entered {
        #[serde(with = "crate::domain::locale::time_format::date_days")]
        on: NaiveDate,
    },
    /// A step went out. A marketing message carries the consent entry it relied on.
    Sent {
        step: u16,
        consent: Option<ConsentChange>,
    },
    Skipped {
        step: u16,
    },
    /// The rep put the step off until then.
    Postponed {
        step: u16,
        #[serde(with = "chrono::serde::ts_milliseconds")]
        until: DateTime<Utc>,
    },
    Left(LeftBecause),
}

/// One event of a campaign with one contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignTouch {
    pub meta: RecordMeta,
    pub campaign_id: Uuid,
    pub contact_id: Uuid,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub at: DateTime<Utc>,
    pub event: TouchEvent,
}
impl_record!(CampaignTouch);

impl CampaignTouch {
    pub fn new(campaign_id: Uuid, contact_id: Uuid, at: DateTime<Utc>, event: TouchEvent) -> Self {
        CampaignTouch {
            meta: RecordMeta::new(at),
            campaign_id,
            contact_id,
            at,
            event,
        }
    }

    /// Whether this touch lets a message reach the contact: joining, or a message sent.
    pub fn reaches_contact(&self) -> bool {
        matches!(
            self.event,
            TouchEvent::Entered { .. } | TouchEvent::Sent { .. }
        )
    }

    /// Keeps the count for the campaign's results and drops what named the person: the
    /// proof text of the consent relied on may quote them.
    pub fn forget_person(&mut self, nobody: Uuid) {
        self.contact_id = nobody;
        if let TouchEvent::Sent {
            consent: Some(consent),
            ..
        } = &mut self.event
        {
            consent.proof.clear();
        }
    }
}
