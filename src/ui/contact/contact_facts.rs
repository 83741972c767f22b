//! How to reach a person, as the contact page and the team member's page list it.

use crate::domain::contacts::address_lines::address_lines;
use crate::domain::contacts::contact::Contact;
use crate::domain::locale::language::Language;
use crate::domain::locale::phone;
use crate::ui::messages::Msg;

/// Nickname, company with department, and job title; empty where the contact has none.
pub fn who_lines(contact: &Contact) -> [(Msg, String); 3] {
    let company = [contact.company.as_str(), contact.department.as_str()]
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    // An organisation's own card is named after the company already.
    let company = if contact.is_organisation() && contact.department.is_empty() {
        String::new()
    } else {
        company
    };
    [
        (Msg::Nickname, contact.nickname.clone()),
        (Msg::Company, company),
        (Msg::JobTitle, contact.job_title.clone()),
    ]
}

/// Phones (with their labels), emails and the address (on lines of its own, in its
/// country's order); empty when the contact has none. `home` is the rep's country.
pub fn reach_lines(contact: &Contact, lang: Language, home: Option<&str>) -> [(Msg, String); 3] {
    let phones = contact
        .phones
        .iter()
        .map(|p| match p.label.as_str() {
            "" => phone::display(&p.value),
            label => format!("{} ({label})", phone::display(&p.value)),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let emails = contact
        .emails
        .iter()
        .map(|e| e.value.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let address = contact
        .address
        .as_ref()
        .map(|a| address_lines(a, lang, home).join("\n"))
        .unwrap_or_default();
    [
        (Msg::PhonesLabel, phones),
        (Msg::EmailsLabel, emails),
        (Msg::AddressLabel, address),
    ]
}
