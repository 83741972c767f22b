//! The words for a campaign's values, in the user's language.

use crate::app::campaign_audience::Exclusion;
use crate::domain::campaigns::campaign::{Aim, CampaignStatus};
use crate::domain::campaigns::consent_guard::{LeftOut, Purpose};
use crate::domain::campaigns::results::Counts;
use crate::domain::campaigns::segment_form::ConditionKind;
use crate::domain::campaigns::template::MergeField;
use crate::domain::consent::ledger::Channel;
use crate::ui::app_state::AppState;
use crate::ui::messages::Msg;
use crate::ui::value_names;
use leptos::prelude::Get;

pub fn status_name(status: CampaignStatus) -> Msg {
    match status {
        CampaignStatus::Draft => Msg::StatusDraft,
        CampaignStatus::Running => Msg::StatusRunning,
        CampaignStatus::Finished => Msg::StatusFinished,
    }
}

pub fn purpose_name(purpose: Purpose) -> Msg {
    match purpose {
        Purpose::Marketing => Msg::PurposeMarketing,
        Purpose::Service => Msg::PurposeService,
    }
}

pub fn aim_name(aim: Aim) -> Msg {
    match aim {
        Aim::Customers => Msg::AimCustomers,
        Aim::FutureReps => Msg::AimFutureReps,
    }
}

/// A campaign on the phone channel calls; the consent pages call the channel "phone".
pub fn channel_name(channel: Channel) -> Msg {
    match channel {
        Channel::Phone => Msg::ChannelCall,
        other => value_names::channel(other),
    }
}

pub fn exclusion_name(why: Exclusion) -> Msg {
    match why {
        Exclusion::Consent(LeftOut::Unknown) => Msg::LeftOutUnknown,
        Exclusion::Consent(LeftOut::Refused) => Msg::LeftOutRefused,
        Exclusion::Consent(LeftOut::Withdrawn) => Msg::LeftOutWithdrawn,
        Exclusion::NoAddress => Msg::LeftOutNoAddress,
    }
}

pub fn condition_name(kind: ConditionKind) -> Msg {
    match kind {
        ConditionKind::Role => Msg::CondRole,
        ConditionKind::Tag => Msg::CondTag,
        ConditionKind::OpenLead => Msg::CondOpenLead,
        ConditionKind::LeadStage => Msg::CondLeadStage,
        ConditionKind::LeadBand => Msg::CondLeadBand,
        ConditionKind::NoContactForDays => Msg::CondNoContact,
        ConditionKind::NoOrderForDays => Msg::CondNoOrder,
        ConditionKind::BirthdayThisMonth => Msg::CondBirthday,
        ConditionKind::InactiveMemberThisMonth => Msg::CondInactive,
        ConditionKind::PrefersLanguage => Msg::CondLanguage,
    }
}

pub fn field_name(field: MergeField) -> Msg {
    match field {
        MergeField::FirstName => Msg::FieldFirstName,
        MergeField::LastName => Msg::FieldLastName,
        MergeField::RepName => Msg::FieldRepName,
        MergeField::LastOrderDate => Msg::FieldLastOrder,
        MergeField::DaysSinceContact => Msg::FieldDaysSince,
        MergeField::Birthday => Msg::FieldBirthday,
    }
}

/// "12 (25 %)": `part` and its share of those `counts` reached (from
/// [`Counts::rate`]), or the number alone when nothing went out.
pub fn count_and_rate(state: AppState, counts: Counts, part: u32) -> String {
    let lang = state.lang.get();
    let count_text = lang.format_integer(i64::from(part));
    if counts.sent == 0 {
        return count_text;
    }
    let percent = (counts.rate(part) * 100.0).round() as i64;
    state.t_with(
        Msg::CountAndRate,
        &[&count_text, &lang.format_integer(percent)],
    )
}
