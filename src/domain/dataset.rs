//! All records of one rep's data, as the generator makes them and a bulk write takes them.

use crate::domain::campaign::{Campaign, CampaignTouch};
use crate::domain::contact::Contact;
use crate::domain::interaction::Interaction;
use crate::domain::lead::Lead;
use crate::domain::member::Member;
use crate::domain::order::Order;
use crate::domain::task::Task;
use crate::domain::volume::Volume;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DataSet {
    pub contacts: Vec<Contact>,
    pub interactions: Vec<Interaction>,
    pub tasks: Vec<Task>,
    pub leads: Vec<Lead>,
    pub orders: Vec<Order>,
    pub members: Vec<Member>,
    pub volumes: Vec<Volume>,
    pub campaigns: Vec<Campaign>,
    pub campaign_touches: Vec<CampaignTouch>,
}

impl DataSet {
    pub fn record_count(&self) -> usize {
        self.contacts.len()
            + self.interactions.len()
            + self.tasks.len()
            + self.leads.len()
            + self.orders.len()
            + self.members.len()
            + self.volumes.len()
            + self.campaigns.len()
            + self.campaign_touches.len()
    }
}
