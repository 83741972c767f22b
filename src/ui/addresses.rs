//! The app's addresses and the page each names. Compiled natively too, so the mapping
//! is tested with `cargo test`.

use uuid::Uuid;

/// Every page the app has, as its URL names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Dashboard,
    Contacts,
    NewContact,
    ImportContacts,
    Duplicates,
    /// `None` when the address does not hold a valid id.
    Contact(Option<Uuid>),
    EditContact(Option<Uuid>),
    Tasks,
    Leads,
    /// A new lead; `Some` for that contact.
    NewLead(Option<Uuid>),
    Lead(Option<Uuid>),
    EditLead(Option<Uuid>),
    LeadStages,
    Team,
    /// A new member; `Some` promotes that contact.
    NewMember(Option<Uuid>),
    ImportTeam,
    Plan,
    TeamReports,
    Member(Option<Uuid>),
    EditMember(Option<Uuid>),
    Campaigns,
    NewCampaign,
    Campaign(Option<Uuid>),
    EditCampaign(Option<Uuid>),
    SendQueue,
    Settings,
    NotFound,
}

impl Page {
    pub fn of(path: &str) -> Page {
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        let id = |text: &str| Uuid::parse_str(text).ok();
        match parts.as_slice() {
            [""] => Page::Dashboard,
            ["contacts"] => Page::Contacts,
            ["contacts", "new"] => Page::NewContact,
            ["contacts", "import"] => Page::ImportContacts,
            ["contacts", "duplicates"] => Page::Duplicates,
            ["contacts", contact] => Page::Contact(id(contact)),
            ["contacts", contact, "edit"] => Page::EditContact(id(contact)),
            ["tasks"] => Page::Tasks,
            ["leads"] => Page::Leads,
            ["leads", "new"] => Page::NewLead(None),
            ["leads", "stages"] => Page::LeadStages,
            ["leads", "new", contact] => match id(contact) {
                Some(contact) => Page::NewLead(Some(contact)),
                None => Page::NotFound,
            },
            ["leads", lead] => Page::Lead(id(lead)),
            ["leads", lead, "edit"] => Page::EditLead(id(lead)),
            ["team"] => Page::Team,
            ["team", "new"] => Page::NewMember(None),
            ["team", "new", contact] => match id(contact) {
                Some(contact) => Page::NewMember(Some(contact)),
                None => Page::NotFound,
            },
            ["team", "import"] => Page::ImportTeam,
            ["team", "plan"] => Page::Plan,
            ["team", "reports"] => Page::TeamReports,
            ["team", member] => Page::Member(id(member)),
            ["team", member, "edit"] => Page::EditMember(id(member)),
            ["campaigns"] => Page::Campaigns,
            ["campaigns", "new"] => Page::NewCampaign,
            ["campaigns", "queue"] => Page::SendQueue,
            ["campaigns", campaign] => Page::Campaign(id(campaign)),
            ["campaigns", campaign, "edit"] => Page::EditCampaign(id(campaign)),
            ["settings"] => Page::Settings,
            _ => Page::NotFound,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_name_their_pages() {
        let id = Uuid::new_v4();
        assert_eq!(Page::of("/"), Page::Dashboard);
        assert_eq!(Page::of("/contacts/"), Page::Contacts);
        assert_eq!(Page::of("/contacts/new"), Page::NewContact);
        assert_eq!(
            Page::of(&format!("/contacts/{id}")),
            Page::Contact(Some(id))
        );
        assert_eq!(Page::of("/contacts/nonsense"), Page::Contact(None));
        assert_eq!(Page::of("/contacts/import"), Page::ImportContacts);
        assert_eq!(Page::of("/contacts/duplicates"), Page::Duplicates);
        assert_eq!(
            Page::of(&format!("/contacts/{id}/edit")),
            Page::EditContact(Some(id))
        );
        assert_eq!(Page::of("/settings"), Page::Settings);
        assert_eq!(Page::of("/leads"), Page::Leads);
        assert_eq!(Page::of("/leads/new"), Page::NewLead(None));
        assert_eq!(
            Page::of(&format!("/leads/new/{id}")),
            Page::NewLead(Some(id))
        );
        assert_eq!(Page::of(&format!("/leads/{id}")), Page::Lead(Some(id)));
        assert_eq!(Page::of("/leads/x"), Page::Lead(None));
        assert_eq!(Page::of("/leads/stages"), Page::LeadStages);
        assert_eq!(Page::of("/team"), Page::Team);
        assert_eq!(Page::of("/team/new"), Page::NewMember(None));
        assert_eq!(
            Page::of(&format!("/team/new/{id}")),
            Page::NewMember(Some(id))
        );
        assert_eq!(Page::of("/team/new/x"), Page::NotFound);
        assert_eq!(Page::of("/team/import"), Page::ImportTeam);
        assert_eq!(Page::of("/team/plan"), Page::Plan);
        assert_eq!(Page::of("/team/reports"), Page::TeamReports);
        assert_eq!(Page::of(&format!("/team/{id}")), Page::Member(Some(id)));
        assert_eq!(
            Page::of(&format!("/team/{id}/edit")),
            Page::EditMember(Some(id))
        );
        assert_eq!(Page::of("/campaigns/new"), Page::NewCampaign);
        assert_eq!(Page::of("/campaigns/queue"), Page::SendQueue);
        assert_eq!(
            Page::of(&format!("/campaigns/{id}")),
            Page::Campaign(Some(id))
        );
        assert_eq!(
            Page::of(&format!("/campaigns/{id}/edit")),
            Page::EditCampaign(Some(id))
        );
        assert_eq!(Page::of("/contacts/1/2/3"), Page::NotFound);
        assert_eq!(Page::of("/missing"), Page::NotFound);
    }
}
