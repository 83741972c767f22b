//! Links that open the phone's own apps with a contact's number or address filled in.

/// `tel:+491711234567`
pub fn call(e164: &str) -> String {
    format!("tel:{e164}")
}

/// `sms:+491711234567`
pub fn sms(e164: &str) -> String {
    format!("sms:{e164}")
}

/// `https://wa.me/491711234567`: WhatsApp wants the digits without the plus.
pub fn whatsapp(e164: &str) -> String {
    let digits: String = e164.chars().filter(char::is_ascii_digit).collect();
    format!("https://wa.me/{digits}")
}

/// `mailto:anna@example.de`, with the characters that would end or split the address
/// escaped.
pub fn email(address: &str) -> String {
    let mut url = String::from("mailto:");
    for c in address.chars() {
        match c {
            '?' | '&' | '#' | '%' | ' ' | ',' => url.push_str(&format!("%{:02X}", c as u32)),
            _ => url.push(c),
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_number_or_address() {
        assert_eq!(call("+491711234567"), "tel:+491711234567");
        assert_eq!(sms("+491711234567"), "sms:+491711234567");
        assert_eq!(whatsapp("+491711234567"), "https://wa.me/491711234567");
        assert_eq!(email("anna.mueller@gmx.de"), "mailto:anna.mueller@gmx.de");
        assert_eq!(email("a&b?x@example.de"), "mailto:a%26b%3Fx@example.de");
    }
}
