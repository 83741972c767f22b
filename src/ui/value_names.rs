//! The message that names each value of the domain's enums, and each problem a form
//! can find.

use crate::domain::consent::ledger::{Channel, ConsentMethod, ConsentState};
use crate::domain::contacts::contact::Role;
use crate::domain::contacts::draft::Problem;
use crate::domain::contacts::interaction::{Direction, InteractionKind, Outcome};
use crate::domain::contacts::referral::ReferralError;
use crate::domain::leads::stages::StandardStage;
use crate::domain::locale::email::EmailError;
use crate::domain::locale::phone::PhoneError;
use crate::domain::tasks::task::TaskKind;
use crate::ui::messages::Msg;

/// The option a form control's value names. Controls use the option's position as
/// their value, so no enum needs a text form of its own.
pub fn chosen<T: Copy>(options: &[T], value: &str) -> Option<T> {
    value
        .parse::<usize>()
        .ok()
        .and_then(|i| options.get(i).copied())
}

pub fn role(role: Role) -> Msg {
    match role {
        Role::Customer => Msg::RoleCustomer,
        Role::Prospect => Msg::RoleProspect,
        Role::Rep => Msg::RoleRep,
        Role::Host => Msg::RoleHost,
    }
}

pub fn channel(channel: Channel) -> Msg {
    match channel {
        Channel::Email => Msg::ChannelEmail,
        Channel::Phone => Msg::ChannelPhone,
        Channel::Sms => Msg::ChannelSms,
        Channel::WhatsApp => Msg::ChannelWhatsApp,
        Channel::Post => Msg::ChannelPost,
    }
}

pub fn consent_state(state: ConsentState) -> Msg {
    match state {
        ConsentState::Granted => Msg::ConsentGranted,
        ConsentState::Refused => Msg::ConsentRefused,
        ConsentState::Unknown => Msg::ConsentUnknown,
    }
}

pub fn consent_method(method: ConsentMethod) -> Msg {
    match method {
        ConsentMethod::InPerson => Msg::MethodInPerson,
        ConsentMethod::Written => Msg::MethodWritten,
        ConsentMethod::WebForm => Msg::MethodWebForm,
        ConsentMethod::DoubleOptIn => Msg::MethodDoubleOptIn,
        ConsentMethod::ByPhone => Msg::MethodByPhone,
        ConsentMethod::EmailReply => Msg::MethodEmailReply,
        ConsentMethod::StopReply => Msg::MethodStopReply,
    }
}

pub fn interaction_kind(kind: InteractionKind) -> Msg {
    match kind {
        InteractionKind::Call => Msg::KindCall,
        InteractionKind::Sms => Msg::KindSms,
        InteractionKind::WhatsApp => Msg::KindWhatsApp,
        InteractionKind::Email => Msg::KindEmail,
        InteractionKind::Meeting => Msg::KindMeeting,
        InteractionKind::Note => Msg::KindNote,
    }
}

pub fn direction(direction: Direction) -> Msg {
    match direction {
        Direction::Outgoing => Msg::DirectionOutgoing,
        Direction::Incoming => Msg::DirectionIncoming,
        Direction::Internal => Msg::DirectionInternal,
    }
}

pub fn outcome(outcome: Outcome) -> Msg {
    match outcome {
        Outcome::Reached => Msg::OutcomeReached,
        Outcome::NotReached => Msg::OutcomeNotReached,
        Outcome::FollowUpAgreed => Msg::OutcomeFollowUpAgreed,
        Outcome::NotInterested => Msg::OutcomeNotInterested,
        Outcome::Ordered => Msg::OutcomeOrdered,
    }
}

pub fn standard_stage(stage: StandardStage) -> Msg {
    match stage {
        StandardStage::New => Msg::StageNew,
        StandardStage::Contacted => Msg::StageContacted,
        StandardStage::Presentation => Msg::StagePresentation,
        StandardStage::FollowUp => Msg::StageFollowUp,
        StandardStage::Decision => Msg::StageDecision,
        StandardStage::Won => Msg::StageWon,
        StandardStage::Lost => Msg::StageLost,
        StandardStage::Qualified => Msg::StageQualified,
        StandardStage::Negotiating => Msg::StageNegotiating,
    }
}

pub fn task_kind(kind: TaskKind) -> Msg {
    match kind {
        TaskKind::FollowUp => Msg::TaskFollowUp,
        TaskKind::StayInTouch => Msg::TaskStayInTouch,
        TaskKind::Birthday => Msg::TaskBirthday,
        TaskKind::Reorder => Msg::TaskReorder,
    }
}

/// The message for a problem, and the text to fill into it.
pub fn problem(problem: &Problem) -> (Msg, String) {
    let plain = |msg| (msg, String::new());
    match problem {
        Problem::NameMissing => plain(Msg::ProblemNameOrCompanyMissing),
        Problem::Phone(PhoneError::Empty) => plain(Msg::ProblemPhoneEmpty),
        Problem::Phone(PhoneError::InvalidCharacter(c)) => {
            (Msg::ProblemPhoneCharacter, c.to_string())
        }
        Problem::Phone(PhoneError::MissingAreaCode) => plain(Msg::ProblemPhoneAreaCode),
        Problem::Phone(PhoneError::TooShort) => plain(Msg::ProblemPhoneShort),
        Problem::Phone(PhoneError::TooLong) => plain(Msg::ProblemPhoneLong),
        Problem::Phone(PhoneError::NoSuchGermanPrefix(start)) => {
            (Msg::ProblemPhoneNoSuchPrefix, start.clone())
        }
        Problem::Email(EmailError::Empty) => plain(Msg::ProblemEmailEmpty),
        Problem::Email(EmailError::NotOneAt) => plain(Msg::ProblemEmailAt),
        Problem::Email(EmailError::BadLocalPart) => plain(Msg::ProblemEmailLocal),
        Problem::Email(EmailError::BadDomain) => plain(Msg::ProblemEmailDomain),
        Problem::Email(EmailError::Space) => plain(Msg::ProblemEmailSpace),
        Problem::NotADate => plain(Msg::ProblemDate),
        Problem::BirthdayInFuture => plain(Msg::ProblemBirthdayFuture),
        Problem::Referral(ReferralError::SelfReferral) => plain(Msg::ProblemSelfReferral),
        Problem::Referral(ReferralError::Cycle { .. }) => plain(Msg::ProblemReferralCycle),
        Problem::NotADayCount => plain(Msg::ProblemDayCount),
    }
}
