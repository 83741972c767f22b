//! The content lines vCard (RFC 6350) and iCalendar (RFC 5545) files are made of: text
//! values escaped, lines folded at 75 octets, CRLF line ends. Both standards define
//! them the same way, so one implementation serves both: `vcard/write.rs` and
//! `calendar_ics.rs` call these.

/// Backslash, comma, semicolon and line breaks escaped as a TEXT value needs them.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.replace("\r\n", "\n").chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' | '\r' => out.push_str("\\n"),
            other => out.push(other),
        }
    }
    out
}

/// Lines of at most 75 octets, continued with a space, never inside a character: a
/// reader that cut a character in two would show garbage in German names.
pub fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_characters_are_escaped_and_line_breaks_become_one_escape() {
        assert_eq!(
            escape("Probe; Tee, Kaffee\\Kakao\r\nund\nmehr"),
            "Probe\\; Tee\\, Kaffee\\\\Kakao\\nund\\nmehr"
        );
    }

    #[test]
    fn folded_lines_stay_within_75_octets_and_unfold_to_the_line() {
        let line = format!("SUMMARY:{}", "Grüße an Jürgen 😀 ".repeat(12));
        let mut out = String::new();
        fold_into(&mut out, &line);
        assert!(out.ends_with("\r\n"));
        for physical in out.trim_end_matches("\r\n").split("\r\n") {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        assert_eq!(out.trim_end_matches("\r\n").replace("\r\n ", ""), line);
    }
}
