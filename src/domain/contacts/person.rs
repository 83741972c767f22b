//! Everything stored about one person: what the right of access hands over, and what
//! erasure removes.

use crate::domain::campaigns::campaign::CampaignTouch;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::interaction::Interaction;
use crate::domain::contacts::order::Order;
use crate::domain::leads::lead::Lead;
use crate::domain::tasks::task::Task;
use crate::domain::team::member::Member;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PersonRecords {
    /// With the full consent history.
    pub contact: Contact,
    pub interactions: Vec<Interaction>,
    pub orders: Vec<Order>,
    pub leads: Vec<Lead>,
    pub tasks: Vec<Task>,
    pub campaign_touches: Vec<CampaignTouch>,
    pub memberships: Vec<Member>,
    /// Contacts this person referred: their link to the person is the person's data too.
    #[serde(skip)]
    pub referred: Vec<Contact>,
}

#[cfg(test)]
impl PersonRecords {
    /// Everything about the person with `id` in a data set, as the store gathers it.
    pub fn gather(data: &crate::domain::dataset::DataSet, id: uuid::Uuid) -> Self {
        let of = |contact_id: uuid::Uuid| contact_id == id;
        PersonRecords {
            contact: data
                .contacts
                .iter()
                .find(|c| c.meta.id == id)
                .unwrap()
                .clone(),
            interactions: data
                .interactions
                .iter()
                .filter(|r| of(r.contact_id))
                .cloned()
                .collect(),
            orders: data
                .orders
                .iter()
                .filter(|r| of(r.contact_id))
                .cloned()
                .collect(),
            leads: data
                .leads
                .iter()
                .filter(|r| of(r.contact_id))
                .cloned()
                .collect(),
            tasks: data
                .tasks
                .iter()
                .filter(|r| r.contact_id == Some(id))
                .cloned()
                .collect(),
            campaign_touches: data
                .campaign_touches
                .iter()
                .filter(|r| of(r.contact_id))
                .cloned()
                .collect(),
            memberships: data
                .members
                .iter()
                .filter(|r| of(r.contact_id))
                .cloned()
                .collect(),
            referred: data
                .contacts
                .iter()
                .filter(|c| c.referred_by == Some(id))
                .cloned()
                .collect(),
        }
    }
}
