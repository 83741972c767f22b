//! A campaign step written out for one recipient: in their language, every merge field
//! filled (or its fallback), and, for marketing, the opt-out sentence at the end.

use crate::domain::campaigns::campaign::{Campaign, TwoLanguages};
use crate::domain::campaigns::consent_guard::Purpose;
use crate::domain::campaigns::template::{
    Fallbacks, MergeField, OptOut, Template, TemplateError, with_opt_out,
};
use crate::domain::locale::language::Language;
use chrono::NaiveDate;

/// What the app knows of a recipient for the merge fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecipientFields {
    pub first_name: String,
    pub last_name: String,
    pub rep_name: String,
    pub last_order: Option<NaiveDate>,
    pub days_since_contact: Option<i64>,
    pub birthday: Option<NaiveDate>,
}

impl RecipientFields {
    fn value(&self, field: MergeField, language: Language) -> Option<String> {
        match field {
            MergeField::FirstName => Some(self.first_name.clone()),
            MergeField::LastName => Some(self.last_name.clone()),
            MergeField::RepName => Some(self.rep_name.clone()),
            MergeField::LastOrderDate => self.last_order.map(|d| language.format_date(d)),
            MergeField::DaysSinceContact => self.days_since_contact.map(|d| d.to_string()),
            MergeField::Birthday => self.birthday.map(|d| language.format_birthday(d)),
        }
    }
}

/// A message ready to go: the subject (for email) and the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub subject: String,
    pub body: String,
}

/// Which text of a campaign could not be read as a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableText {
    pub step: u16,
    pub language: Language,
    pub subject: bool,
    pub error: TemplateError,
}

/// The standard opt-out sentence, used where a stored one is blank.
pub fn standard_opt_out(language: Language) -> &'static str {
    match language {
        Language::De => "Antworte STOP, wenn du keine Nachrichten mehr möchtest.",
        Language::En => "Reply STOP if you want no more messages.",
    }
}

/// What a message says where a recipient lacks a field, unless the rep chose otherwise.
pub fn standard_fallback(field: MergeField, language: Language) -> &'static str {
    let (de, en) = match field {
        MergeField::FirstName => ("du", "there"),
        MergeField::LastName => ("Kundin oder Kunde", "customer"),
        MergeField::RepName => ("deine Beraterin oder dein Berater", "your consultant"),
        MergeField::LastOrderDate => ("deiner letzten Bestellung", "your last order"),
        MergeField::DaysSinceContact => ("einigen", "some"),
        MergeField::Birthday => ("deinem Geburtstag", "your birthday"),
    };
    match language {
        Language::De => de,
        Language::En => en,
    }
}

impl Campaign {
    /// The fallbacks in `language`: the rep's where they wrote one, else the standard.
    pub fn fallbacks_in(&self, language: Language) -> Fallbacks {
        let texts = MergeField::ALL
            .into_iter()
            .map(|field| {
                let chosen = self
                    .fallbacks
                    .iter()
                    .find(|(key, _)| key == field.key())
                    .map(|(_, text)| text.get(language).trim())
                    .filter(|text| !text.is_empty());
                let text = chosen.unwrap_or_else(|| standard_fallback(field, language));
                (field, text.to_string())
            })
            .collect();
        Fallbacks::new(texts).expect("every field has a text that is not blank")
    }

    /// The opt-out sentence in `language`, never blank.
    pub fn opt_out_in(&self, language: Language) -> OptOut {
        OptOut::new(self.opt_out.get(language))
            .or_else(|_| OptOut::new(standard_opt_out(language)))
            .expect("the standard sentence is not blank")
    }

    /// Every text of every step checked, as when the campaign is saved.
    pub fn check_texts(&self) -> Result<(), UnreadableText> {
        for (index, step) in self.steps.iter().enumerate() {
            for language in Language::ALL {
                for (text, subject) in [(&step.message, false), (&step.subject, true)] {
                    Template::parse(text.get(language)).map_err(|error| UnreadableText {
                        step: index as u16,
                        language,
                        subject,
                        error,
                    })?;
                }
            }
        }
        Ok(())
    }

    /// Step `step` written out for one recipient in `language`.
    pub fn message(
        &self,
        step: u16,
        recipient: &RecipientFields,
        language: Language,
    ) -> Result<Message, UnreadableText> {
        let Some(texts) = self.steps.get(usize::from(step)) else {
            return Ok(Message {
                subject: String::new(),
                body: String::new(),
            });
        };
        let fallbacks = self.fallbacks_in(language);
        let fill = |text: &TwoLanguages, subject| {
            Template::parse(text.get(language))
                .map(|template| template.fill(|f| recipient.value(f, language), &fallbacks))
                .map_err(|error| UnreadableText {
                    step,
                    language,
                    subject,
                    error,
                })
        };
        let subject = fill(&texts.subject, true)?;
        let text = fill(&texts.message, false)?;
        let body = match self.purpose {
            Purpose::Marketing => with_opt_out(&text, &self.opt_out_in(language)),
            Purpose::Service => text,
        };
        Ok(Message { subject, body })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::campaigns::campaign::{CampaignStatus, CampaignStep, LeaveWhen};
    use crate::domain::campaigns::segment::Segment;
    use crate::domain::consent::ledger::Channel;
    use crate::domain::record::RecordMeta;
    use chrono::{TimeZone, Utc};

    fn campaign(purpose: Purpose) -> Campaign {
        Campaign {
            meta: RecordMeta::new(Utc.with_ymd_and_hms(2026, 6, 1, 9, 0, 0).unwrap()),
            name: "Sommer".into(),
            aim: crate::domain::campaigns::campaign::Aim::Customers,
            purpose,
            channel: Channel::WhatsApp,
            segment: Segment::All(vec![]),
            steps: vec![CampaignStep {
                delay_days: 0,
                subject: TwoLanguages {
                    de: "Neues für {first_name}".into(),
                    en: "News for {first_name}".into(),
                },
                message: TwoLanguages {
                    de:
                        "Hallo {first_name} 🌞, seit {days_since_contact} Tagen … Grüße, {rep_name}"
                            .into(),
                    en: "Hi {first_name} 🌞, it has been {days_since_contact} days … {rep_name}"
                        .into(),
                },
            }],
            opt_out: TwoLanguages {
                de: "Schreib STOPP, und ich höre auf.".into(),
                en: "   ".into(),
            },
            fallbacks: vec![("first_name".into(), TwoLanguages::both("Schönheit"))],
            leave_when: LeaveWhen::default(),
            conversion_days: 30,
            status: CampaignStatus::Draft,
        }
    }

    fn jürgen() -> RecipientFields {
        RecipientFields {
            first_name: "Jürgen".into(),
            rep_name: "Maria Weiß".into(),
            days_since_contact: Some(21),
            ..RecipientFields::default()
        }
    }

    #[test]
    fn each_recipient_gets_their_language_their_fields_and_the_opt_out() {
        let marketing = campaign(Purpose::Marketing);
        let de = marketing.message(0, &jürgen(), Language::De).unwrap();
        assert_eq!(de.subject, "Neues für Jürgen");
        assert_eq!(
            de.body,
            "Hallo Jürgen 🌞, seit 21 Tagen … Grüße, Maria Weiß\n\nSchreib STOPP, und ich höre auf."
        );
        let en = marketing.message(0, &jürgen(), Language::En).unwrap();
        assert!(
            en.body
                .ends_with("\n\nReply STOP if you want no more messages."),
            "a blank sentence falls back to the standard one: {}",
            en.body
        );
        let service = campaign(Purpose::Service)
            .message(0, &jürgen(), Language::De)
            .unwrap();
        assert!(
            !service.body.contains("STOPP"),
            "service mail is no advertising"
        );
    }

    #[test]
    fn a_missing_field_takes_the_chosen_text_or_the_standard_one() {
        let nobody = RecipientFields::default();
        let message = campaign(Purpose::Service)
            .message(0, &nobody, Language::De)
            .unwrap();
        assert_eq!(
            message.body,
            "Hallo Schönheit 🌞, seit einigen Tagen … Grüße, deine Beraterin oder dein Berater"
        );
    }

    #[test]
    fn a_stored_text_with_an_unknown_field_is_named_not_sent() {
        let mut broken = campaign(Purpose::Marketing);
        broken.steps[0].message.en = "Hi {vorname}".into();
        let error = broken.check_texts().unwrap_err();
        assert_eq!((error.step, error.language), (0, Language::En));
        assert!(
            matches!(error.error, TemplateError::UnknownField { ref name, .. } if name == "vorname")
        );
        assert!(broken.message(0, &jürgen(), Language::En).is_err());
        assert!(broken.message(0, &jürgen(), Language::De).is_ok());
    }
}
