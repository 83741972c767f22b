//! A campaign message with merge fields: `Hallo {first_name}, …`. A template is checked
//! when it is saved, so that an unknown field is refused with its name; a field a
//! recipient lacks is filled with the text the rep chose for it, never left as a gap.
//! `{{` and `}}` write a brace itself.

use crate::domain::locale::language::Language;
use serde::{Deserialize, Serialize};

/// What a message can say about its recipient and its sender.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MergeField {
    FirstName,
    LastName,
    /// The rep who sends it.
    RepName,
    LastOrderDate,
    DaysSinceContact,
    Birthday,
}

impl MergeField {
    pub const ALL: [MergeField; 6] = [
        MergeField::FirstName,
        MergeField::LastName,
        MergeField::RepName,
        MergeField::LastOrderDate,
        MergeField::DaysSinceContact,
        MergeField::Birthday,
    ];

    /// The name written between braces.
    pub fn key(self) -> &'static str {
        match self {
            MergeField::FirstName => "first_name",
            MergeField::LastName => "last_name",
            MergeField::RepName => "rep_name",
            MergeField::LastOrderDate => "last_order_date",
            MergeField::DaysSinceContact => "days_since_contact",
            MergeField::Birthday => "birthday",
        }
    }

    pub fn of_key(key: &str) -> Option<MergeField> {
        MergeField::ALL.into_iter().find(|f| f.key() == key)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Piece {
    Text(String),
    Field(MergeField),
}

/// A message text, checked: every field in it is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pieces: Vec<Piece>,
}

/// Why a text is not a template; `at` counts characters from the start, for the
/// message that names the place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateError {
    /// `{vorname}`: a field no recipient has.
    UnknownField { name: String, at: usize },
    /// A `{` with no `}` after it.
    Unclosed { at: usize },
    /// A `}` with no `{` before it.
    StrayClosing { at: usize },
}

impl Template {
    pub fn parse(text: &str) -> Result<Template, TemplateError> {
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut chars = text.chars().enumerate().peekable();
        while let Some((at, c)) = chars.next() {
            match c {
                '{' if chars.peek().map(|(_, next)| *next) == Some('{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek().map(|(_, next)| *next) == Some('}') => {
                    chars.next();
                    literal.push('}');
                }
                '}' => return Err(TemplateError::StrayClosing { at }),
                '{' => {
                    let mut name = String::new();
                    let mut closed = false;
                    for (_, c) in chars.by_ref() {
                        if c == '}' {
                            closed = true;
                            break;
                        }
                        name.push(c);
                    }
                    if !closed {
                        return Err(TemplateError::Unclosed { at });
                    }
                    let field = MergeField::of_key(name.trim()).ok_or_else(|| {
                        TemplateError::UnknownField {
                            name: name.trim().to_string(),
                            at,
                        }
                    })?;
                    if !literal.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut literal)));
                    }
                    pieces.push(Piece::Field(field));
                }
                c => literal.push(c),
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        Ok(Template { pieces })
    }

    /// The fields the message uses, each once, in order of first use.
    pub fn fields(&self) -> Vec<MergeField> {
        let mut fields = Vec::new();
        for piece in &self.pieces {
            if let Piece::Field(field) = piece
                && !fields.contains(field)
            {
                fields.push(*field);
            }
        }
        fields
    }

    /// The message for one recipient: each field from `value`, or, where the recipient
    /// lacks it (or it is blank), the rep's chosen text from `fallback`.
    pub fn fill(
        &self,
        value: impl Fn(MergeField) -> Option<String>,
        fallback: &Fallbacks,
    ) -> String {
        let mut message = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => message.push_str(text),
                Piece::Field(field) => match value(*field).filter(|v| !v.trim().is_empty()) {
                    Some(v) => message.push_str(&v),
                    None => message.push_str(fallback.text(*field)),
                },
            }
        }
        message
    }
}

/// A message in both languages of the app: each recipient gets theirs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bilingual {
    pub de: Template,
    pub en: Template,
}

impl Bilingual {
    pub fn in_language(&self, lang: Language) -> &Template {
        match lang {
            Language::De => &self.de,
            Language::En => &self.en,
        }
    }
}

/// The text a message says where a recipient lacks a field ("du" for a missing first
/// name, say). Every field has one, so that no message has a gap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fallbacks {
    texts: Vec<(MergeField, String)>,
}

/// A fallback that would leave a gap: the field it is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmptyFallback(pub MergeField);

impl Fallbacks {
    /// Checks that every field has a text that is not blank.
    pub fn new(texts: Vec<(MergeField, String)>) -> Result<Fallbacks, EmptyFallback> {
        for field in MergeField::ALL {
            match texts.iter().find(|(f, _)| *f == field) {
                Some((_, text)) if !text.trim().is_empty() => {}
                _ => return Err(EmptyFallback(field)),
            }
        }
        Ok(Fallbacks { texts })
    }

    pub fn text(&self, field: MergeField) -> &str {
        self.texts
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, text)| text.as_str())
    }
}

/// A marketing message as it is sent: the text, then the opt-out sentence on a line of
/// its own. The sentence is the rep's wording, but there always is one.
pub fn with_opt_out(message: &str, opt_out: &OptOut) -> String {
    format!("{}\n\n{}", message.trim_end(), opt_out.0)
}

/// The sentence that ends every marketing message ("Antworte STOP, wenn du keine
/// Nachrichten mehr möchtest."); never blank.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptOut(String);

/// The opt-out sentence cannot be removed, only reworded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptOutRequired;

impl OptOut {
    pub fn new(sentence: &str) -> Result<OptOut, OptOutRequired> {
        let sentence = sentence.trim();
        if sentence.is_empty() {
            Err(OptOutRequired)
        } else {
            Ok(OptOut(sentence.to_string()))
        }
    }

    pub fn text(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fallbacks() -> Fallbacks {
        Fallbacks::new(
            MergeField::ALL
                .iter()
                .map(|f| {
                    let text = match f {
                        MergeField::FirstName => "du",
                        _ => "–",
                    };
                    (*f, text.to_string())
                })
                .collect(),
        )
        .unwrap()
    }

    #[test]
    fn fields_are_filled_and_a_missing_one_takes_its_fallback() {
        let template =
            Template::parse("Hallo {first_name}, hier ist {rep_name}. {{Gutschein}}").unwrap();
        assert_eq!(
            template.fields(),
            [MergeField::FirstName, MergeField::RepName]
        );
        let anna = |f: MergeField| match f {
            MergeField::FirstName => Some("Anna".to_string()),
            MergeField::RepName => Some("Lena".to_string()),
            _ => None,
        };
        assert_eq!(
            template.fill(anna, &fallbacks()),
            "Hallo Anna, hier ist Lena. {Gutschein}"
        );
        let nameless = |f: MergeField| match f {
            MergeField::FirstName => Some("  ".to_string()),
            MergeField::RepName => Some("Lena".to_string()),
            _ => None,
        };
        assert_eq!(
            template.fill(nameless, &fallbacks()),
            "Hallo du, hier ist Lena. {Gutschein}"
        );
    }

    #[test]
    fn an_unknown_field_is_refused_with_its_name_and_place() {
        assert_eq!(
            Template::parse("Hallo {vorname}!"),
            Err(TemplateError::UnknownField {
                name: "vorname".into(),
                at: 6
            })
        );
        assert_eq!(
            Template::parse("Grüße {rep_name"),
            Err(TemplateError::Unclosed { at: 6 })
        );
        assert_eq!(
            Template::parse("Ende }"),
            Err(TemplateError::StrayClosing { at: 5 })
        );
        // Umlauts before a field count as one character each.
        assert_eq!(
            Template::parse("Schöne Grüße, {x}"),
            Err(TemplateError::UnknownField {
                name: "x".into(),
                at: 14
            })
        );
    }

    #[test]
    fn every_field_needs_a_fallback_that_is_not_blank() {
        let mut texts: Vec<(MergeField, String)> = MergeField::ALL
            .iter()
            .map(|f| (*f, "x".to_string()))
            .collect();
        assert!(Fallbacks::new(texts.clone()).is_ok());
        texts[3].1 = " ".into();
        assert_eq!(
            Fallbacks::new(texts.clone()),
            Err(EmptyFallback(MergeField::LastOrderDate))
        );
        texts.remove(3);
        assert_eq!(
            Fallbacks::new(texts),
            Err(EmptyFallback(MergeField::LastOrderDate))
        );
    }

    #[test]
    fn a_marketing_message_ends_with_the_opt_out_which_cannot_be_blank() {
        let stop =
            OptOut::new(" Antworte STOP, wenn du keine Nachrichten mehr möchtest. ").unwrap();
        assert_eq!(
            with_opt_out("Neue Düfte sind da!\n", &stop),
            "Neue Düfte sind da!\n\nAntworte STOP, wenn du keine Nachrichten mehr möchtest."
        );
        assert_eq!(OptOut::new("   "), Err(OptOutRequired));
        for field in MergeField::ALL {
            assert_eq!(MergeField::of_key(field.key()), Some(field));
        }
    }

    #[test]
    fn a_recipient_gets_the_message_in_their_language() {
        let both = Bilingual {
            de: Template::parse("Hallo {first_name}!").unwrap(),
            en: Template::parse("Hi {first_name}!").unwrap(),
        };
        let ida = |_: MergeField| Some("Ida".to_string());
        assert_eq!(
            both.in_language(Language::De).fill(ida, &fallbacks()),
            "Hallo Ida!"
        );
        assert_eq!(
            both.in_language(Language::En).fill(ida, &fallbacks()),
            "Hi Ida!"
        );
    }
}
