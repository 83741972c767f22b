//! How to reach a person, as the contact page and the team member's page list it.

use crate::domain::contact::Contact;
use crate::domain::phone;
use crate::ui::i18n::Msg;

/// Phones (with their labels), emails and the address, each as one line of text; empty
/// when the contact has none.
pub fn reach_lines(contact: &Contact) -> [(Msg, String); 3] {
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
        .map(|a| {
            format!("{}, {} {}", a.street, a.postal_code, a.city)
                .trim_matches([',', ' '])
                .to_owned()
        })
        .unwrap_or_default();
    [
        (Msg::PhonesLabel, phones),
        (Msg::EmailsLabel, emails),
        (Msg::AddressLabel, address),
    ]
}
