//! Who a message may go to. German advertising law (UWG §7) allows advertising by email,
//! SMS, WhatsApp or phone only with the person's prior express consent, so a marketing
//! message on a channel needs consent for that channel granted at the moment it is sent,
//! not when the campaign was made. A service message (an order or an appointment) is no
//! advertising and needs none.

use crate::domain::consent::ledger::{Channel, ConsentChange, ConsentLedger, ConsentState};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What a campaign's messages are, which decides whether consent is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Purpose {
    /// Advertising: offers, news, invitations, "become a partner".
    Marketing,
    /// Information the person needs about an order or an appointment.
    Service,
}

/// Why a contact is left out of a marketing message on a channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LeftOut {
    /// They said no and never yes.
    Refused,
    /// Nobody asked them, or nobody wrote it down.
    Unknown,
    /// They said yes once and took it back.
    Withdrawn,
}

/// Whether a message of `purpose` may go to a person with `ledger` on `channel` at `at`.
/// `Ok(Some(entry))`: the consent entry a marketing message relies on, for its record;
/// `Ok(None)`: a service message, which needs none.
pub fn may_send(
    purpose: Purpose,
    ledger: &ConsentLedger,
    channel: Channel,
    at: DateTime<Utc>,
) -> Result<Option<ConsentChange>, LeftOut> {
    if purpose == Purpose::Service {
        return Ok(None);
    }
    let until_then = || {
        ledger
            .changes
            .iter()
            .filter(move |c| c.channel == channel && c.at <= at)
    };
    // The latest change in force then; of changes made at the same moment, the one
    // recorded last, as the ledger itself reads them.
    match until_then().max_by_key(|c| c.at) {
        Some(change) if change.state == ConsentState::Granted => Ok(Some(change.clone())),
        Some(change) if change.state == ConsentState::Refused => {
            if until_then().any(|c| c.state == ConsentState::Granted) {
                Err(LeftOut::Withdrawn)
            } else {
                Err(LeftOut::Refused)
            }
        }
        _ => Err(LeftOut::Unknown),
    }
}

/// Whether a logged reply asks for no more messages: "STOP" or "Abmelden" (or the German
/// spelling "Stopp"), in any case, with or without punctuation around it. When in doubt
/// between the two, honouring a wish to stop is the lawful side.
pub fn is_opt_out_reply(reply: &str) -> bool {
    let word = reply
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    matches!(word.as_str(), "stop" | "stopp" | "abmelden")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::consent::ledger::ConsentMethod;
    use chrono::TimeZone;

    fn day(d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, d, 10, 0, 0).unwrap()
    }

    fn change(channel: Channel, state: ConsentState, d: u32) -> ConsentChange {
        ConsentChange {
            channel,
            state,
            at: day(d),
            method: ConsentMethod::Written,
            proof: format!("{state:?} am {d}."),
        }
    }

    #[test]
    fn marketing_needs_consent_for_that_channel_in_force_when_it_is_sent() {
        let mut ledger = ConsentLedger::default();
        ledger.record(change(Channel::Email, ConsentState::Granted, 2));
        ledger.record(change(Channel::Email, ConsentState::Refused, 20));
        ledger.record(change(Channel::Sms, ConsentState::Refused, 3));
        let marketing = |channel, d| may_send(Purpose::Marketing, &ledger, channel, day(d));
        let relied_on = marketing(Channel::Email, 10).unwrap().unwrap();
        assert_eq!(relied_on.at, day(2), "the entry the message relies on");
        assert_eq!(
            marketing(Channel::Email, 1),
            Err(LeftOut::Unknown),
            "before the yes"
        );
        assert_eq!(marketing(Channel::Email, 21), Err(LeftOut::Withdrawn));
        assert_eq!(marketing(Channel::Sms, 10), Err(LeftOut::Refused));
        assert_eq!(marketing(Channel::WhatsApp, 10), Err(LeftOut::Unknown));
        // Consent by email is no consent by WhatsApp, and a service message needs none.
        assert_eq!(
            may_send(Purpose::Service, &ledger, Channel::Sms, day(10)),
            Ok(None)
        );
    }

    #[test]
    fn a_stop_reply_is_recognised_however_it_is_written() {
        for reply in ["STOP", " stop ", "Stop!", "Stopp", "ABMELDEN", "abmelden."] {
            assert!(is_opt_out_reply(reply), "{reply}");
        }
        for reply in ["Stoppt die Werbung nicht", "bitte anrufen", "", "Stopp mal"] {
            assert!(!is_opt_out_reply(reply), "{reply}");
        }
    }
}
