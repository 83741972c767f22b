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

/// `sms:+491711234567?body=…` (RFC 5724): the SMS app with the text written.
pub fn sms_with_text(e164: &str, text: &str) -> String {
    format!("{}?body={}", sms(e164), encode_component(text, "\n"))
}

/// `https://wa.me/491711234567?text=…`: WhatsApp's chat with the text written.
pub fn whatsapp_with_text(e164: &str, text: &str) -> String {
    format!("{}?text={}", whatsapp(e164), encode_component(text, "\n"))
}

/// `mailto:…?subject=…&body=…` (RFC 6068, which wants a line break written CR LF).
pub fn email_with_text(address: &str, subject: &str, body: &str) -> String {
    format!(
        "{}?subject={}&body={}",
        email(address),
        encode_component(subject, "\r\n"),
        encode_component(body, "\r\n")
    )
}

/// Everything but the unreserved characters of RFC 3986 escaped, in UTF-8, so that `&`,
/// `#`, `+`, spaces and emoji reach the app as written; line breaks become `line_break`
/// first, whichever way they were typed.
fn encode_component(text: &str, line_break: &str) -> String {
    const UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    let text = text.replace("\r\n", "\n").replace('\n', line_break);
    percent_encoding::utf8_percent_encode(&text, UNRESERVED).to_string()
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

    /// What the apps read back: the query value decoded as UTF-8 percent-encoding, with
    /// `+` a plus (not a space, as form encoding would have it).
    fn decoded(url: &str, key: &str) -> String {
        let query = url.split_once('?').unwrap().1;
        assert!(!query.contains('#'), "a # would cut the text off: {url}");
        let value = query
            .split('&')
            .find_map(|pair| pair.strip_prefix(&format!("{key}=")))
            .unwrap();
        percent_encoding::percent_decode_str(value)
            .decode_utf8()
            .unwrap()
            .into_owned()
    }

    #[test]
    fn message_links_carry_the_text_as_written() {
        let text = "Hallo Jürgen & Söhne,\nneu: Creme #5 für 20 % + 🎉 ?x=1";
        let sms = sms_with_text("+491711234567", text);
        assert!(sms.starts_with("sms:+491711234567?body=Hallo%20J%C3%BCrgen%20%26%20S"));
        assert_eq!(decoded(&sms, "body"), text);
        let whatsapp = whatsapp_with_text("+491711234567", text);
        assert!(whatsapp.starts_with("https://wa.me/491711234567?text=Hallo%20"));
        assert_eq!(decoded(&whatsapp, "text"), text);
        assert!(
            whatsapp.contains("%F0%9F%8E%89"),
            "the emoji as UTF-8 bytes"
        );
        let mail = email_with_text("anna@gmx.de", "Neu & gut", text);
        assert!(mail.starts_with("mailto:anna@gmx.de?subject=Neu%20%26%20gut&body="));
        assert_eq!(decoded(&mail, "subject"), "Neu & gut");
        assert_eq!(
            decoded(&mail, "body"),
            text.replace('\n', "\r\n"),
            "mail wants CR LF"
        );
        assert!(
            !sms.contains(' ') && !mail.contains('+'),
            "no raw spaces, no form '+'"
        );
    }
}
