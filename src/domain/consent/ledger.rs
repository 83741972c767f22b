//! Consent per contact and channel, kept as a ledger of changes. German advertising law
//! (UWG §7) needs prior express consent for email, SMS and WhatsApp advertising, and for
//! phone advertising to consumers, so consent is never assumed: no entry means unknown.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Channel {
    Email,
    Phone,
    Sms,
    WhatsApp,
    Post,
}

impl Channel {
    pub const ALL: [Channel; 5] = [
        Channel::Email,
        Channel::Phone,
        Channel::Sms,
        Channel::WhatsApp,
        Channel::Post,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConsentState {
    Granted,
    Refused,
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConsentMethod {
    InPerson,
    Written,
    WebForm,
    DoubleOptIn,
    ByPhone,
    /// A reply to an email, such as "please stop writing to me".
    EmailReply,
    /// "STOP" (or "Abmelden") sent back by SMS or WhatsApp.
    StopReply,
}

impl ConsentMethod {
    /// The ways a consent or refusal is given, as the form offers them.
    pub const FOR_CONSENT: [ConsentMethod; 5] = [
        ConsentMethod::InPerson,
        ConsentMethod::Written,
        ConsentMethod::WebForm,
        ConsentMethod::DoubleOptIn,
        ConsentMethod::ByPhone,
    ];
    /// The ways a withdrawal comes in.
    pub const FOR_WITHDRAWAL: [ConsentMethod; 5] = [
        ConsentMethod::InPerson,
        ConsentMethod::ByPhone,
        ConsentMethod::Written,
        ConsentMethod::EmailReply,
        ConsentMethod::StopReply,
    ];

    /// How a withdrawal on this channel most likely came in: a reply on the channel
    /// itself, or a call or letter for the channels nobody replies on.
    pub fn likely_withdrawal(channel: Channel) -> ConsentMethod {
        match channel {
            Channel::Email => ConsentMethod::EmailReply,
            Channel::Sms | Channel::WhatsApp => ConsentMethod::StopReply,
            Channel::Phone => ConsentMethod::ByPhone,
            Channel::Post => ConsentMethod::Written,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentChange {
    pub channel: Channel,
    pub state: ConsentState,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub at: DateTime<Utc>,
    pub method: ConsentMethod,
    /// The wording the person agreed to, or how the refusal or withdrawal was given.
    pub proof: String,
}

/// The full history of consent changes; the latest change per channel is in force.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentLedger {
    pub changes: Vec<ConsentChange>,
}

impl ConsentLedger {
    pub fn state(&self, channel: Channel) -> ConsentState {
        self.changes
            .iter()
            .filter(|c| c.channel == channel)
            .max_by_key(|c| c.at)
            .map_or(ConsentState::Unknown, |c| c.state)
    }

    pub fn record(&mut self, change: ConsentChange) {
        self.changes.push(change);
    }

    pub fn allows(&self, channel: Channel) -> bool {
        self.state(channel) == ConsentState::Granted
    }

    /// The history as a person reads it: the latest change first; changes made at the
    /// same moment stay in the order they were recorded.
    pub fn newest_first(&self) -> Vec<ConsentChange> {
        let mut changes = self.changes.clone();
        changes.sort_by_key(|c| std::cmp::Reverse(c.at));
        changes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn change(channel: Channel, state: ConsentState, day: u32) -> ConsentChange {
        ConsentChange {
            channel,
            state,
            at: Utc.with_ymd_and_hms(2026, 3, day, 10, 0, 0).unwrap(),
            method: ConsentMethod::Written,
            proof: "Ja, ich möchte Angebote per E-Mail erhalten.".into(),
        }
    }

    #[test]
    fn consent_is_unknown_until_recorded() {
        let ledger = ConsentLedger::default();
        assert!(
            Channel::ALL
                .iter()
                .all(|&c| ledger.state(c) == ConsentState::Unknown)
        );
    }

    #[test]
    fn a_withdrawal_most_likely_came_in_on_its_own_channel() {
        assert_eq!(
            ConsentMethod::likely_withdrawal(Channel::Sms),
            ConsentMethod::StopReply
        );
        assert_eq!(
            ConsentMethod::likely_withdrawal(Channel::WhatsApp),
            ConsentMethod::StopReply
        );
        assert_eq!(
            ConsentMethod::likely_withdrawal(Channel::Email),
            ConsentMethod::EmailReply
        );
        assert_eq!(
            ConsentMethod::likely_withdrawal(Channel::Phone),
            ConsentMethod::ByPhone
        );
        assert_eq!(
            ConsentMethod::likely_withdrawal(Channel::Post),
            ConsentMethod::Written
        );
        for channel in Channel::ALL {
            assert!(
                ConsentMethod::FOR_WITHDRAWAL.contains(&ConsentMethod::likely_withdrawal(channel))
            );
        }
    }

    #[test]
    fn latest_change_wins_and_history_is_kept() {
        let mut ledger = ConsentLedger::default();
        ledger.record(change(Channel::Email, ConsentState::Granted, 1));
        ledger.record(change(Channel::Email, ConsentState::Refused, 5));
        assert_eq!(ledger.state(Channel::Email), ConsentState::Refused);
        assert_eq!(ledger.state(Channel::Sms), ConsentState::Unknown);
        assert_eq!(ledger.changes.len(), 2);
        assert!(!ledger.allows(Channel::Email));
    }

    #[test]
    fn the_history_reads_latest_first() {
        let mut ledger = ConsentLedger::default();
        ledger.record(change(Channel::Email, ConsentState::Granted, 2));
        ledger.record(change(Channel::Sms, ConsentState::Refused, 9));
        ledger.record(change(Channel::Email, ConsentState::Refused, 5));
        let days: Vec<u32> = ledger
            .newest_first()
            .iter()
            .map(|c| chrono::Datelike::day(&c.at))
            .collect();
        assert_eq!(days, [9, 5, 2]);
    }
}
