//! Tell a friend: the text a customer passes on to friends, and the referral recorded
//! when a friend turns up with the customer's code (see
//! [`crate::domain::contacts::referral_invite`]).

use crate::app::contacts::referral_links;
use crate::app::settings::owner_name;
use crate::app::storage::Storage;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::referral_invite::{
    Invitation, RepAddress, find_code, invitation, referral_code,
};
use crate::domain::locale::language::Language;
use crate::store::collection::Collections;
use uuid::Uuid;

/// The invitation `referrer` can pass on, in their language (else `fallback`), with a
/// link that writes to the rep by WhatsApp, or else by email, from the rep's own contact.
pub fn invitation_to_pass_on(
    storage: &impl Storage,
    referrer: Uuid,
    fallback: Language,
) -> Option<Invitation> {
    let rep_name = owner_name(storage);
    let rep_id = storage.settings().profile.map(|p| p.contact_id);
    storage.read(|all| {
        let referrer = all.contacts.get(&referrer)?;
        let rep = rep_id.and_then(|id| all.contacts.get(&id));
        let address = match rep {
            Some(rep) if !rep.phones.is_empty() => RepAddress::WhatsApp(&rep.phones[0].value),
            Some(rep) if !rep.emails.is_empty() => RepAddress::Email(&rep.emails[0].value),
            _ => RepAddress::None,
        };
        let first_name = if referrer.given_name.trim().is_empty() {
            referrer.display_name()
        } else {
            referrer.given_name.clone()
        };
        let language = referrer
            .language
            .as_deref()
            .and_then(Language::of_tag)
            .unwrap_or(fallback);
        Some(invitation(
            referrer.meta.id,
            &first_name,
            &rep_name,
            address,
            language,
        ))
    })
}

/// `contact` with the referral that `text` (their first message, or the notes taken when
/// they turned up) names by its code: only for a contact without a referrer, and only
/// where the link makes no circle.
pub(crate) fn with_referral_named_in(
    all: &Collections,
    contact: &Contact,
    text: &str,
) -> Option<Contact> {
    if contact.referred_by.is_some() {
        return None;
    }
    let code = find_code(text)?;
    let referrer = all
        .contacts
        .iter()
        .find(|c| c.meta.id != contact.meta.id && referral_code(c.meta.id) == code)?
        .meta
        .id;
    referral_links(all).check(contact.meta.id, referrer).ok()?;
    let mut referred = contact.clone();
    referred.referred_by = Some(referrer);
    Some(referred)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::campaigns::tests::person;
    use crate::app::contact_history::log_interaction;
    use crate::app::contacts::save_contact;
    use crate::app::settings::{Start, first_start};
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::undo::write_with_undo;
    use crate::domain::contacts::contact::{Labeled, Role};
    use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind};
    use crate::domain::dataset::DataSet;
    use crate::domain::record::RecordMeta;
    use futures::executor::block_on;

    /// The rep, with a mobile number, and Anna, a customer who tells her friends.
    fn rep_and_anna() -> (MemoryStorage, Contact) {
        let clock = fixed_clock();
        let storage = MemoryStorage::default();
        block_on(first_start(
            &storage,
            "Maren Ohm",
            "DE",
            Start::Empty,
            &clock,
        ))
        .unwrap();
        let rep_id = storage.settings().profile.unwrap().contact_id;
        let mut rep = storage
            .read(|all| all.contacts.get(&rep_id).cloned())
            .unwrap();
        rep.phones.push(Labeled {
            label: "mobil".into(),
            value: "+491719876543".into(),
        });
        let anna = person("Anna", Role::Customer, &clock);
        let writes = DataSet {
            contacts: vec![rep, anna.clone()],
            ..DataSet::default()
        };
        block_on(write_with_undo(&storage, writes, &clock)).unwrap();
        (storage, anna)
    }

    fn message(contact_id: Uuid, direction: Direction, summary: String) -> Interaction {
        let clock = fixed_clock();
        Interaction {
            meta: RecordMeta::new(clock.now),
            contact_id,
            kind: InteractionKind::WhatsApp,
            direction,
            at: clock.now,
            summary,
            outcome: None,
        }
    }

    fn referrer(storage: &MemoryStorage, id: Uuid) -> Option<Uuid> {
        storage.read(|all| all.contacts.get(&id).and_then(|c| c.referred_by))
    }

    #[test]
    fn the_invitation_links_to_the_rep_and_carries_the_customers_code() {
        let (storage, anna) = rep_and_anna();
        let invite = invitation_to_pass_on(&storage, anna.meta.id, Language::De).unwrap();
        assert_eq!(invite.code, referral_code(anna.meta.id));
        assert!(
            invite.text.contains("bei Maren Ohm bekomme"),
            "{}",
            invite.text
        );
        assert!(
            invite.text.contains("https://wa.me/491719876543?text="),
            "the friend writes to the rep, never the other way round: {}",
            invite.text
        );
        assert_eq!(
            invitation_to_pass_on(&storage, Uuid::nil(), Language::De),
            None
        );
    }

    #[test]
    fn a_friend_who_writes_with_the_code_is_recorded_as_referred() {
        let (storage, anna) = rep_and_anna();
        let clock = fixed_clock();
        let code = referral_code(anna.meta.id);
        let lena = person("Lena", Role::Prospect, &clock);
        block_on(save_contact(&storage, lena.clone(), &clock)).unwrap();
        assert_eq!(referrer(&storage, lena.meta.id), None);
        let message = |direction, summary: String| message(lena.meta.id, direction, summary);
        // The rep's own message with the code is not the friend turning up.
        let outgoing = message(Direction::Outgoing, format!("Dein Code: {code}"));
        block_on(log_interaction(&storage, outgoing, &clock)).unwrap();
        assert_eq!(referrer(&storage, lena.meta.id), None);
        let first = format!("Hallo Maren, ich komme auf Empfehlung von Anna (Code {code}).");
        let undo = block_on(log_interaction(
            &storage,
            message(Direction::Incoming, first),
            &clock,
        ))
        .unwrap();
        assert_eq!(referrer(&storage, lena.meta.id), Some(anna.meta.id));
        block_on(crate::app::undo::undo(&storage, &undo, &clock)).unwrap();
        assert_eq!(referrer(&storage, lena.meta.id), None, "undo takes it back");

        // A new contact whose notes carry the code, as taken down at a party.
        let mut tom = person("Tom", Role::Prospect, &clock);
        tom.notes = format!("kam mit Empfehlungscode {}", code.to_lowercase());
        block_on(save_contact(&storage, tom.clone(), &clock)).unwrap();
        assert_eq!(referrer(&storage, tom.meta.id), Some(anna.meta.id));
    }

    #[test]
    fn a_code_never_makes_a_circle_or_replaces_a_referrer() {
        let (storage, anna) = rep_and_anna();
        let clock = fixed_clock();
        let mut lena = person("Lena", Role::Customer, &clock);
        lena.referred_by = Some(anna.meta.id);
        block_on(save_contact(&storage, lena.clone(), &clock)).unwrap();
        // Anna writes with Lena's code: Lena was referred by Anna, so no circle is made.
        let lenas_code = referral_code(lena.meta.id);
        let from_anna = message(
            anna.meta.id,
            Direction::Incoming,
            format!("Code {lenas_code}"),
        );
        block_on(log_interaction(&storage, from_anna, &clock)).unwrap();
        assert_eq!(referrer(&storage, anna.meta.id), None);
        let mut tom = person("Tom", Role::Prospect, &clock);
        tom.referred_by = Some(lena.meta.id);
        tom.notes = format!("Code {}", referral_code(anna.meta.id));
        block_on(save_contact(&storage, tom.clone(), &clock)).unwrap();
        assert_eq!(
            referrer(&storage, tom.meta.id),
            Some(lena.meta.id),
            "a referrer chosen stays"
        );
    }
}
