//! Everything the contact page shows about one person: the card, who referred them and
//! whom they referred, the timeline, orders, open follow-ups and their team membership.

use crate::app::storage::Storage;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::order::{Order, OrderTotals, newest_first};
use crate::domain::contacts::referral::Referrals;
use crate::domain::contacts::timeline::{TimelineEntry, timeline};
use crate::domain::leads::lead_settings::LeadSettings;
use crate::domain::ordering::{order_by, order_by_text};
use crate::domain::tasks::task::Task;
use crate::store::index::{IndexName, Query};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq)]
pub struct ContactPage {
    pub contact: Contact,
    /// Who referred this contact, and who referred them, nearest first.
    pub chain: Vec<(Uuid, String)>,
    pub referred: Vec<(Uuid, String)>,
    pub timeline: Vec<TimelineEntry>,
    /// Newest first.
    pub orders: Vec<Order>,
    pub order_totals: OrderTotals,
    /// Open follow-ups and reminders, soonest first.
    pub open_tasks: Vec<Task>,
    /// The person's place in the rep's team, if they are in it.
    pub membership: Option<Uuid>,
}

pub fn contact_page(storage: &impl Storage, id: Uuid) -> Option<ContactPage> {
    storage.read(|all| {
        let contact = all.contacts.get(&id)?.clone();
        let name = |id: &Uuid| all.contacts.get(id).map(|c| (*id, c.display_name()));
        // Only the links this page shows: up the chain, and the people referred.
        let mut links = Vec::new();
        let mut current = id;
        while let Some(referrer) = all.contacts.get(&current).and_then(|c| c.referred_by) {
            if links.iter().any(|&(from, _)| from == current) {
                break;
            }
            links.push((current, referrer));
            current = referrer;
        }
        links.extend(
            all.contacts
                .query(Query::Equals(IndexName::ReferredBy, id.into()))
                .iter()
                .map(|c| (c.meta.id, id)),
        );
        let referrals = Referrals::new(links);
        let chain = referrals.chain_up(id).iter().filter_map(name).collect();
        let mut referred: Vec<_> = referrals.referred_by(id).iter().filter_map(name).collect();
        order_by_text(&mut referred, |(_, name)| name.clone());
        let of = Query::Equals(IndexName::Contact, id.into());
        let tasks = all.tasks.query(of);
        let mut orders: Vec<Order> = all.orders.query(of).into_iter().cloned().collect();
        newest_first(&mut orders);
        let mut open_tasks: Vec<Task> = tasks
            .iter()
            .filter(|t| t.is_open())
            .map(|t| (*t).clone())
            .collect();
        order_by(&mut open_tasks, |t| t.due_at.timestamp_millis());
        Some(ContactPage {
            timeline: timeline(
                all.interactions.query(of),
                &orders,
                all.leads.query(of),
                tasks,
                &LeadSettings::in_effect(storage.lead_settings(), all.leads.iter()),
            ),
            membership: all.members.query(of).first().map(|m| m.meta.id),
            contact,
            chain,
            referred,
            order_totals: OrderTotals::of(&orders),
            orders,
            open_tasks,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::undo::write_with_undo;
    use crate::domain::dataset::DataSet;

    use futures::executor::block_on;

    #[test]
    fn the_page_shows_the_referral_chain_up_and_the_people_referred_by_name() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let eva = Contact::new("Eva", "Roth", clock.now);
        let mut anna = Contact::new("Anna", "Lutz", clock.now);
        anna.referred_by = Some(eva.meta.id);
        let mut zoe = Contact::new("Zoe", "Bach", clock.now);
        zoe.referred_by = Some(anna.meta.id);
        let mut ben = Contact::new("Ben", "Kurz", clock.now);
        ben.referred_by = Some(anna.meta.id);
        let data = DataSet {
            contacts: vec![eva.clone(), anna.clone(), zoe, ben],
            ..DataSet::default()
        };
        block_on(write_with_undo(&storage, data, &clock)).unwrap();

        let page = contact_page(&storage, anna.meta.id).unwrap();
        assert_eq!(page.chain, [(eva.meta.id, "Eva Roth".to_owned())]);
        let referred: Vec<&str> = page.referred.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(referred, ["Ben Kurz", "Zoe Bach"]);
        assert_eq!(page.membership, None);
        assert!(contact_page(&storage, uuid::Uuid::nil()).is_none());
    }

    #[test]
    fn orders_come_newest_first_with_their_totals() {
        use crate::domain::contacts::order::OrderTotals;
        use crate::domain::locale::money::Cents;
        use crate::domain::record::RecordMeta;
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let anna = Contact::new("Anna", "Lutz", clock.now);
        let order = |day, cents| Order {
            meta: RecordMeta::new(clock.now),
            contact_id: anna.meta.id,
            date: chrono::NaiveDate::from_ymd_opt(2026, 6, day).unwrap(),
            amount: Cents(cents),
            volume_centipoints: 100,
        };
        let data = DataSet {
            contacts: vec![anna.clone()],
            orders: vec![order(3, 1_000), order(15, 2_500), order(9, 500)],
            ..DataSet::default()
        };
        block_on(write_with_undo(&storage, data, &clock)).unwrap();

        let page = contact_page(&storage, anna.meta.id).unwrap();
        let days: Vec<u32> = page
            .orders
            .iter()
            .map(|o| chrono::Datelike::day(&o.date))
            .collect();
        assert_eq!(days, [15, 9, 3]);
        assert_eq!(
            page.order_totals,
            OrderTotals {
                count: 3,
                amount: Cents(4_000),
                volume_centipoints: 300
            }
        );
    }
}
