//! Everything stored about one person: what the right of access hands over, and what
//! erasure removes.

use crate::domain::campaign::CampaignTouch;
use crate::domain::contact::Contact;
use crate::domain::interaction::Interaction;
use crate::domain::lead::Lead;
use crate::domain::member::Member;
use crate::domain::order::Order;
use crate::domain::task::Task;
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
