//! Email addresses: checked the way a person would expect, without rejecting real
//! addresses (plus signs, subdomains, umlaut domains).

use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EmailError {
    #[error("no email address")]
    Empty,
    #[error("an email address needs exactly one @")]
    NotOneAt,
    #[error("the part before the @ is missing or too long")]
    BadLocalPart,
    #[error("the part after the @ is not a domain like example.de")]
    BadDomain,
    #[error("an email address has no spaces")]
    Space,
}

/// The address trimmed and with its domain in lower case, or why it is not one.
pub fn normalize(typed: &str) -> Result<String, EmailError> {
    let text = typed.trim();
    if text.is_empty() {
        return Err(EmailError::Empty);
    }
    if text.chars().any(char::is_whitespace) {
        return Err(EmailError::Space);
    }
    let mut parts = text.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(EmailError::NotOneAt);
    };
    if local.is_empty()
        || local.len() > 64
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
    {
        return Err(EmailError::BadLocalPart);
    }
    let domain = domain.to_lowercase();
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let top_ok = labels
        .last()
        .is_some_and(|t| t.chars().count() >= 2 && t.chars().all(char::is_alphabetic));
    if labels.len() < 2 || !labels.iter().all(label_ok) || !top_ok {
        return Err(EmailError::BadDomain);
    }
    Ok(format!("{local}@{domain}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_addresses_pass() {
        assert_eq!(
            normalize(" Anna.Mueller+crm@GMX.de ").as_deref(),
            Ok("Anna.Mueller+crm@gmx.de")
        );
        assert!(normalize("j@mail.t-online.de").is_ok());
        assert!(normalize("info@müller-kosmetik.de").is_ok());
        assert!(normalize("o'brien@example.co.uk").is_ok());
    }

    #[test]
    fn broken_addresses_say_why() {
        assert_eq!(normalize(""), Err(EmailError::Empty));
        assert_eq!(normalize("anna mueller@gmx.de"), Err(EmailError::Space));
        assert_eq!(normalize("anna.gmx.de"), Err(EmailError::NotOneAt));
        assert_eq!(normalize("a@b@gmx.de"), Err(EmailError::NotOneAt));
        assert_eq!(normalize("@gmx.de"), Err(EmailError::BadLocalPart));
        assert_eq!(normalize("anna..m@gmx.de"), Err(EmailError::BadLocalPart));
        assert_eq!(normalize("anna@gmx"), Err(EmailError::BadDomain));
        assert_eq!(normalize("anna@gmx.d"), Err(EmailError::BadDomain));
        assert_eq!(normalize("anna@-gmx.de"), Err(EmailError::BadDomain));
        assert_eq!(normalize("anna@gmx..de"), Err(EmailError::BadDomain));
        assert_eq!(normalize("anna@gmx.de."), Err(EmailError::BadDomain));
    }
}
