//! "Tell a friend" without writing to the friend: the rep gives a customer a text to
//! pass on. The text carries the customer's referral code and a link with which the
//! friend writes to the rep; when the friend turns up with the code, the referral is
//! recorded. Teamline never messages the friend: a referral message sent by the business
//! counts as its advertising (BGH I ZR 208/12) and needs the friend's consent.

use crate::domain::contacts::quick_actions::{email_with_text, whatsapp_with_text};
use crate::domain::locale::language::Language;
use uuid::Uuid;

const PREFIX: &str = "TL-";
const CODE_CHARS: usize = 6;
/// Crockford's base 32: no I, L, O or U, so a code read aloud or typed is not misread.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The referral code of a contact, the same every time: `TL-` and six characters from
/// the contact's id.
pub fn referral_code(referrer: Uuid) -> String {
    let bits = referrer.as_u128() >> (128 - 5 * CODE_CHARS);
    let mut code = String::from(PREFIX);
    for at in (0..CODE_CHARS).rev() {
        code.push(ALPHABET[((bits >> (5 * at)) & 31) as usize] as char);
    }
    code
}

/// The first referral code in a text, as written in it or typed by hand: case and the
/// letters Crockford's alphabet leaves out (O for 0, I and L for 1) do not matter.
pub fn find_code(text: &str) -> Option<String> {
    let upper = text.to_uppercase();
    let mut rest = upper.as_str();
    while let Some(at) = rest.find(PREFIX) {
        let after = &rest[at + PREFIX.len()..];
        let code: String = after
            .chars()
            .take(CODE_CHARS)
            .map(|c| match c {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            })
            .collect();
        let whole = code.len() == CODE_CHARS && code.bytes().all(|b| ALPHABET.contains(&b));
        let ends = after
            .chars()
            .nth(CODE_CHARS)
            .is_none_or(|c| !c.is_alphanumeric());
        if whole && ends {
            return Some(format!("{PREFIX}{code}"));
        }
        rest = after;
    }
    None
}

/// How the friend can reach the rep, best first.
pub enum RepAddress<'a> {
    /// A mobile number in E.164.
    WhatsApp(&'a str),
    Email(&'a str),
    None,
}

/// What the customer passes on, with the link that writes the friend's first message
/// to the rep.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub code: String,
    pub text: String,
}

pub fn invitation(
    referrer: Uuid,
    referrer_first_name: &str,
    rep_name: &str,
    rep: RepAddress,
    language: Language,
) -> Invitation {
    let code = referral_code(referrer);
    let (intro, with_link, without_link, first_message) = match language {
        Language::De => (
            "Hallo! Ich bin begeistert von den Produkten, die ich bei {rep} bekomme.",
            "Wenn du mehr wissen möchtest, schreib {rep} einfach über diesen Link: {link}",
            "Wenn du mehr wissen möchtest, melde dich bei {rep} und nenne den Code {code}.",
            "Hallo {rep}, ich komme auf Empfehlung von {referrer} (Code {code}).",
        ),
        Language::En => (
            "Hi! I love the products I get from {rep}.",
            "If you'd like to know more, just write to {rep} with this link: {link}",
            "If you'd like to know more, get in touch with {rep} and give the code {code}.",
            "Hi {rep}, {referrer} recommended you to me (code {code}).",
        ),
    };
    let fill = |text: &str| {
        text.replace("{rep}", rep_name)
            .replace("{referrer}", referrer_first_name)
            .replace("{code}", &code)
    };
    let link = match rep {
        RepAddress::WhatsApp(e164) => Some(whatsapp_with_text(e164, &fill(first_message))),
        RepAddress::Email(address) => Some(email_with_text(
            address,
            &fill(first_message),
            &fill(first_message),
        )),
        RepAddress::None => None,
    };
    let ask = match &link {
        Some(link) => fill(with_link).replace("{link}", link),
        None => fill(without_link),
    };
    Invitation {
        text: format!("{}\n\n{ask}", fill(intro)),
        code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_the_same_for_a_contact_and_found_however_it_is_typed() {
        let anna = Uuid::from_u128(0x1234_5678_9abc_def0_1234_5678_9abc_def0);
        let code = referral_code(anna);
        assert_eq!(code, referral_code(anna));
        assert_eq!(code.len(), 9);
        assert_ne!(code, referral_code(Uuid::from_u128(7 << 100)));
        assert_eq!(
            find_code(&format!("Hallo, Code {code}.")),
            Some(code.clone())
        );
        assert_eq!(
            find_code(&format!("code {}!", code.to_lowercase())),
            Some(code.clone())
        );
        // O typed for 0 and l for 1 still find the code.
        assert_eq!(find_code("tl-o1l0ab"), Some("TL-0110AB".into()));
        assert_eq!(find_code("TL-12345"), None, "too short");
        assert_eq!(find_code("TL-1234567"), None, "too long");
        assert_eq!(find_code("TL-12U456"), None, "U is not in the alphabet");
        assert_eq!(
            find_code("HTL-XYZ, dann TL-ABC123"),
            Some("TL-ABC123".into())
        );
        assert_eq!(find_code("kein Code"), None);
    }

    #[test]
    fn the_text_to_pass_on_asks_the_friend_to_write_to_the_rep_with_the_code() {
        let anna = Uuid::from_u128(42 << 100);
        let code = referral_code(anna);
        let de = invitation(
            anna,
            "Anna",
            "Maren Ohm",
            RepAddress::WhatsApp("+491711234567"),
            Language::De,
        );
        assert_eq!(de.code, code);
        let (intro, ask) = de.text.split_once("\n\n").unwrap();
        assert_eq!(
            intro,
            "Hallo! Ich bin begeistert von den Produkten, die ich bei Maren Ohm bekomme."
        );
        let link = ask.rsplit(' ').next().unwrap();
        assert!(
            link.starts_with("https://wa.me/491711234567?text="),
            "{link}"
        );
        let first = format!("Hallo Maren Ohm, ich komme auf Empfehlung von Anna (Code {code}).");
        let written: String =
            percent_encoding::percent_decode_str(&link[link.find('=').unwrap() + 1..])
                .decode_utf8()
                .unwrap()
                .into();
        assert_eq!(written, first);
        assert_eq!(find_code(&written), Some(code.clone()));

        let en = invitation(
            anna,
            "Anna",
            "Maren",
            RepAddress::Email("maren@example.de"),
            Language::En,
        );
        assert!(
            en.text
                .contains("mailto:maren@example.de?subject=Hi%20Maren%2C%20Anna%20recommended")
        );
        let none = invitation(anna, "Anna", "Maren", RepAddress::None, Language::De);
        assert!(none.text.ends_with(&format!("nenne den Code {code}.")));
    }
}
