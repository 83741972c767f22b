//! What happens with a contact, added to their history: consent given, refused or
//! withdrawn, a conversation logged, an order.

use crate::app::campaign_replies::reply_effects;
use crate::app::referral_invites::with_referral_named_in;
use crate::app::storage::Storage;
use crate::app::undo::{Undo, write_with_undo};
use crate::domain::consent::ledger::ConsentChange;
use crate::domain::contacts::contact::Role;
use crate::domain::contacts::interaction::{Direction, Interaction};
use crate::domain::contacts::order::Order;
use crate::domain::dataset::DataSet;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::record::stored_precision;
use crate::store::error::StoreError;
use uuid::Uuid;

/// Records a consent change on the contact as stored now; `Ok(None)` if it is gone.
pub async fn record_consent(
    storage: &impl Storage,
    contact_id: Uuid,
    mut change: ConsentChange,
    clock: &LocalClock,
) -> Result<Option<Undo>, StoreError> {
    let Some(mut contact) = storage.read(|all| all.contacts.get(&contact_id).cloned()) else {
        return Ok(None);
    };
    change.at = stored_precision(change.at);
    contact.consent.record(change);
    contact.meta.touch(clock.now);
    let writes = DataSet {
        contacts: vec![contact],
        ..DataSet::default()
    };
    write_with_undo(storage, writes, clock).await.map(Some)
}

/// Logs a conversation; a reply also does what it asks of campaigns and consent
/// ([`crate::app::campaign_replies`]), and one with a referral code records who referred
/// the contact.
pub async fn log_interaction(
    storage: &impl Storage,
    mut interaction: Interaction,
    clock: &LocalClock,
) -> Result<Undo, StoreError> {
    interaction.at = stored_precision(interaction.at);
    let (effects, referred) = storage.read(|all| {
        let effects = reply_effects(all, &interaction, clock.now);
        // A friend's first message with a customer's referral code records the referral.
        let referred = (interaction.direction == Direction::Incoming)
            .then(|| {
                let contact = effects
                    .withdrawn
                    .as_ref()
                    .or_else(|| all.contacts.get(&interaction.contact_id))?;
                with_referral_named_in(all, contact, &interaction.summary)
            })
            .flatten();
        (effects, referred)
    });
    let contact = referred.map(|mut c| {
        c.meta.touch(clock.now);
        c
    });
    let writes = DataSet {
        interactions: vec![interaction],
        contacts: contact.or(effects.withdrawn).into_iter().collect(),
        campaign_touches: effects.leaving,
        ..DataSet::default()
    };
    write_with_undo(storage, writes, clock).await
}

/// Adds an order; whoever buys becomes a customer.
pub async fn add_order(
    storage: &impl Storage,
    order: Order,
    clock: &LocalClock,
) -> Result<Undo, StoreError> {
    let buyer = storage.read(|all| all.contacts.get(&order.contact_id).cloned());
    let mut writes = DataSet {
        orders: vec![order],
        ..DataSet::default()
    };
    if let Some(mut buyer) = buyer.filter(|c| !c.has_role(Role::Customer)) {
        buyer.roles.insert(0, Role::Customer);
        buyer.meta.touch(clock.now);
        writes.contacts.push(buyer);
    }
    write_with_undo(storage, writes, clock).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::domain::consent::ledger::{Channel, ConsentMethod, ConsentState};
    use crate::domain::contacts::contact::Contact;
    use crate::domain::locale::money::Cents;
    use crate::domain::record::RecordMeta;

    use futures::executor::block_on;

    fn anna(storage: &MemoryStorage, clock: &LocalClock) -> Contact {
        let mut anna = Contact::new("Anna", "Lutz", clock.now);
        anna.roles = vec![Role::Prospect];
        let data = DataSet {
            contacts: vec![anna.clone()],
            ..DataSet::default()
        };
        block_on(write_with_undo(storage, data, clock)).unwrap();
        anna
    }

    #[test]
    fn an_order_makes_the_buyer_a_customer_and_its_undo_takes_both_back() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let anna = anna(&storage, &clock);
        let order = Order {
            meta: RecordMeta::new(clock.now),
            contact_id: anna.meta.id,
            date: clock.today(),
            amount: Cents(4990),
            volume_centipoints: 2500,
        };
        let undo_it = block_on(add_order(&storage, order, &clock)).unwrap();
        let roles = storage.read(|all| all.contacts.get(&anna.meta.id).unwrap().roles.clone());
        assert_eq!(roles, [Role::Customer, Role::Prospect]);

        block_on(crate::app::undo::undo(&storage, &undo_it, &clock)).unwrap();
        storage.read(|all| {
            assert_eq!(all.orders.len(), 0);
            assert_eq!(
                all.contacts.get(&anna.meta.id).unwrap().roles,
                [Role::Prospect]
            );
        });
    }

    #[test]
    fn a_withdrawal_is_recorded_on_the_contact_as_stored() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let anna = anna(&storage, &clock);
        let change = |state| ConsentChange {
            channel: Channel::Email,
            state,
            at: clock.now,
            method: ConsentMethod::InPerson,
            proof: "Messe".into(),
        };
        block_on(record_consent(
            &storage,
            anna.meta.id,
            change(ConsentState::Granted),
            &clock,
        ))
        .unwrap();
        block_on(record_consent(
            &storage,
            anna.meta.id,
            change(ConsentState::Refused),
            &clock,
        ))
        .unwrap();
        let stored = storage.read(|all| all.contacts.get(&anna.meta.id).unwrap().consent.clone());
        assert_eq!(stored.changes.len(), 2, "the history keeps both");
        assert_eq!(stored.state(Channel::Email), ConsentState::Refused);
    }
}
