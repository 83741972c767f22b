//! The campaign form as the rep fills it in, and its check: every problem named by its
//! field (a message by step, language and the unknown field's name), nothing saved
//! until all is right.

use crate::domain::campaigns::campaign::{
    Aim, Campaign, CampaignStatus, CampaignStep, LeaveWhen, TwoLanguages,
};
use crate::domain::campaigns::consent_guard::Purpose;
use crate::domain::campaigns::message::{standard_fallback, standard_opt_out};
use crate::domain::campaigns::segment_form::{RowProblem, SegmentForm};
use crate::domain::campaigns::template::{MergeField, Template, TemplateError};
use crate::domain::consent::ledger::Channel;
use crate::domain::locale::language::Language;
use crate::domain::record::RecordMeta;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepForm {
    pub delay: String,
    pub subject: TwoLanguages,
    pub message: TwoLanguages,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CampaignForm {
    pub name: String,
    pub aim: Aim,
    pub purpose: Purpose,
    pub channel: Channel,
    pub segment: SegmentForm,
    pub steps: Vec<StepForm>,
    pub opt_out: TwoLanguages,
    pub fallbacks: Vec<(MergeField, TwoLanguages)>,
    pub leave_when: LeaveWhen,
    pub conversion_days: String,
}

/// A field of the form that does not check out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CampaignField {
    Name,
    Row(usize, RowProblem),
    /// A step's day that is not a whole number from 0 to 365.
    Delay(usize),
    Text {
        step: usize,
        language: Language,
        subject: bool,
        error: TemplateError,
    },
    OptOut(Language),
    ConversionDays,
}

fn both(f: impl Fn(Language) -> &'static str) -> TwoLanguages {
    TwoLanguages {
        de: f(Language::De).to_string(),
        en: f(Language::En).to_string(),
    }
}

impl StepForm {
    pub fn new(delay_days: u16) -> Self {
        StepForm {
            delay: delay_days.to_string(),
            subject: TwoLanguages::default(),
            message: TwoLanguages {
                de: "Hallo {first_name}, ".into(),
                en: "Hi {first_name}, ".into(),
            },
        }
    }
}

impl Default for CampaignForm {
    fn default() -> Self {
        CampaignForm {
            name: String::new(),
            aim: Aim::Customers,
            purpose: Purpose::Marketing,
            channel: Channel::WhatsApp,
            segment: SegmentForm::customers(),
            steps: vec![StepForm::new(0)],
            opt_out: both(standard_opt_out),
            fallbacks: MergeField::ALL
                .into_iter()
                .map(|field| (field, both(|l| standard_fallback(field, l))))
                .collect(),
            leave_when: LeaveWhen {
                replied: true,
                ordered: true,
                became_lead: true,
            },
            conversion_days: "30".into(),
        }
    }
}

impl CampaignForm {
    pub fn of(campaign: &Campaign) -> Self {
        let fallbacks = MergeField::ALL
            .into_iter()
            .map(|field| {
                let texts = Language::ALL.map(|l| campaign.fallbacks_in(l).text(field).to_string());
                let [de, en] = texts;
                (field, TwoLanguages { de, en })
            })
            .collect();
        CampaignForm {
            name: campaign.name.clone(),
            aim: campaign.aim,
            purpose: campaign.purpose,
            channel: campaign.channel,
            segment: SegmentForm::of(&campaign.segment),
            steps: campaign
                .steps
                .iter()
                .map(|step| StepForm {
                    delay: step.delay_days.to_string(),
                    subject: step.subject.clone(),
                    message: step.message.clone(),
                })
                .collect(),
            opt_out: TwoLanguages {
                de: campaign.opt_out_in(Language::De).text().to_string(),
                en: campaign.opt_out_in(Language::En).text().to_string(),
            },
            fallbacks,
            leave_when: campaign.leave_when,
            conversion_days: campaign.conversion_days.to_string(),
        }
    }

    /// The campaign the form describes, keeping `meta` and `status`; or every problem.
    pub fn check(
        &self,
        meta: RecordMeta,
        status: CampaignStatus,
    ) -> Result<Campaign, Vec<CampaignField>> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push(CampaignField::Name);
        }
        let segment = self.segment.check().map_err(|rows| {
            problems.extend(rows.into_iter().map(|(at, p)| CampaignField::Row(at, p)))
        });
        let mut steps = Vec::new();
        for (at, step) in self.steps.iter().enumerate() {
            match step.delay.trim().parse::<u16>().ok().filter(|d| *d <= 365) {
                Some(delay_days) => steps.push(CampaignStep {
                    delay_days,
                    subject: step.subject.clone(),
                    message: step.message.clone(),
                }),
                None => problems.push(CampaignField::Delay(at)),
            }
            for language in Language::ALL {
                let texts = [(&step.message, false), (&step.subject, true)];
                for (text, subject) in texts {
                    if let Err(error) = Template::parse(text.get(language)) {
                        problems.push(CampaignField::Text {
                            step: at,
                            language,
                            subject,
                            error,
                        });
                    }
                }
            }
        }
        if self.purpose == Purpose::Marketing {
            for language in Language::ALL {
                if self.opt_out.get(language).trim().is_empty() {
                    problems.push(CampaignField::OptOut(language));
                }
            }
        }
        let conversion_days = self
            .conversion_days
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|d| (1..=365).contains(d));
        if conversion_days.is_none() {
            problems.push(CampaignField::ConversionDays);
        }
        let (Ok(segment), Some(conversion_days), true) =
            (segment, conversion_days, problems.is_empty())
        else {
            return Err(problems);
        };
        Ok(Campaign {
            meta,
            name: self.name.trim().to_string(),
            aim: self.aim,
            purpose: self.purpose,
            channel: self.channel,
            segment,
            steps,
            opt_out: TwoLanguages {
                de: self.opt_out.de.trim().to_string(),
                en: self.opt_out.en.trim().to_string(),
            },
            fallbacks: self
                .fallbacks
                .iter()
                .map(|(field, text)| (field.key().to_string(), text.clone()))
                .collect(),
            leave_when: self.leave_when,
            conversion_days,
            status,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn meta() -> RecordMeta {
        RecordMeta::new(Utc.with_ymd_and_hms(2026, 6, 17, 10, 0, 0).unwrap())
    }

    #[test]
    fn a_filled_form_is_a_campaign_and_a_campaign_fills_the_form_again() {
        let mut form = CampaignForm {
            name: " Sommer ".into(),
            ..CampaignForm::default()
        };
        form.steps.push(StepForm::new(3));
        let campaign = form.check(meta(), CampaignStatus::Draft).unwrap();
        assert_eq!(campaign.name, "Sommer");
        assert_eq!(campaign.steps[1].delay_days, 3);
        assert_eq!(
            CampaignForm::of(&campaign).check(campaign.meta.clone(), CampaignStatus::Draft),
            Ok(campaign.clone())
        );
        assert_eq!(
            CampaignForm::of(&campaign).name,
            "Sommer",
            "what is shown is what was saved"
        );
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let mut form = CampaignForm::default();
        form.steps[0].delay = "drei".into();
        form.steps[0].message.en = "Hi {vorname}".into();
        form.opt_out.de = "  ".into();
        form.conversion_days = "0".into();
        let problems = form.check(meta(), CampaignStatus::Draft).unwrap_err();
        assert_eq!(
            problems,
            [
                CampaignField::Name,
                CampaignField::Delay(0),
                CampaignField::Text {
                    step: 0,
                    language: Language::En,
                    subject: false,
                    error: TemplateError::UnknownField {
                        name: "vorname".into(),
                        at: 3
                    },
                },
                CampaignField::OptOut(Language::De),
                CampaignField::ConversionDays,
            ]
        );
        form.purpose = Purpose::Service;
        let problems = form.check(meta(), CampaignStatus::Draft).unwrap_err();
        assert!(
            !problems.contains(&CampaignField::OptOut(Language::De)),
            "a service message has no opt-out"
        );
    }
}
