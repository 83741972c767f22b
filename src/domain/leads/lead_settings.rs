//! The rep's lead settings, kept as one stored document: the pipeline of each kind and
//! the list of reasons for losing a lead.

use crate::domain::leads::lead::{Lead, LeadKind};
use crate::domain::leads::lost_reasons::{ReasonName, standard_reasons};
use crate::domain::leads::stages::Pipeline;
use crate::domain::locale::text_fold::fold;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadSettings {
    pub sale: Pipeline,
    pub recruit: Pipeline,
    pub lost_reasons: Vec<ReasonName>,
}

impl Default for LeadSettings {
    fn default() -> Self {
        LeadSettings {
            sale: Pipeline::standard(LeadKind::Sale),
            recruit: Pipeline::standard(LeadKind::Recruit),
            lost_reasons: standard_reasons(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReasonEditError {
    EmptyName,
    NameTaken(String),
}

impl LeadSettings {
    /// The settings the app works with: the stored ones, or Teamline's defaults until
    /// the rep changes something, in either case with every stage of an older version
    /// that a stored lead is still in.
    pub fn in_effect<'a>(
        stored: Option<LeadSettings>,
        leads: impl IntoIterator<Item = &'a Lead>,
    ) -> LeadSettings {
        let settings = stored.unwrap_or_default();
        let (mut sale, mut recruit) = (Vec::new(), Vec::new());
        for lead in leads {
            let in_use = match lead.kind {
                LeadKind::Sale => &mut sale,
                LeadKind::Recruit => &mut recruit,
            };
            for stage in lead.history.iter().map(|c| c.stage).chain([lead.stage]) {
                if !in_use.contains(&stage) {
                    in_use.push(stage);
                }
            }
        }
        LeadSettings {
            sale: settings.sale.with_legacy_stages(sale),
            recruit: settings.recruit.with_legacy_stages(recruit),
            lost_reasons: settings.lost_reasons,
        }
    }

    pub fn pipeline(&self, kind: LeadKind) -> &Pipeline {
        match kind {
            LeadKind::Sale => &self.sale,
            LeadKind::Recruit => &self.recruit,
        }
    }

    pub fn pipeline_mut(&mut self, kind: LeadKind) -> &mut Pipeline {
        match kind {
            LeadKind::Sale => &mut self.sale,
            LeadKind::Recruit => &mut self.recruit,
        }
    }

    /// Adds the rep's own reason to the end of the list.
    pub fn add_reason(&mut self, name: &str) -> Result<(), ReasonEditError> {
        let name = self.checked_reason(name, None)?;
        self.lost_reasons.push(ReasonName::Own(name));
        Ok(())
    }

    pub fn rename_reason(&mut self, index: usize, name: &str) -> Result<(), ReasonEditError> {
        let name = self.checked_reason(name, Some(index))?;
        if let Some(reason) = self.lost_reasons.get_mut(index) {
            *reason = ReasonName::Own(name);
        }
        Ok(())
    }

    /// Takes a reason off the list; leads that recorded it keep it.
    pub fn remove_reason(&mut self, index: usize) {
        if index < self.lost_reasons.len() {
            self.lost_reasons.remove(index);
        }
    }

    fn checked_reason(
        &self,
        name: &str,
        renaming: Option<usize>,
    ) -> Result<String, ReasonEditError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(ReasonEditError::EmptyName);
        }
        let folded = fold(name);
        let taken = self.lost_reasons.iter().enumerate().any(|(i, r)| {
            Some(i) != renaming && matches!(r, ReasonName::Own(own) if fold(own) == folded)
        });
        if taken {
            return Err(ReasonEditError::NameTaken(name.to_string()));
        }
        Ok(name.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::leads::lead::{LeadSource, StageChange};
    use crate::domain::leads::stages::StandardStage;
    use crate::domain::locale::money::Cents;
    use crate::domain::record::RecordMeta;
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    fn lead_in(kind: LeadKind, stages: &[StandardStage]) -> Lead {
        let at = Utc.with_ymd_and_hms(2025, 3, 1, 9, 0, 0).unwrap();
        Lead {
            meta: RecordMeta::with_id(Uuid::from_u128(1), at),
            contact_id: Uuid::from_u128(2),
            kind,
            stage: stages.last().unwrap().id(kind),
            title: "Alt".into(),
            expected_value: Cents(0),
            expected_centipoints: 0,
            expected_close: None,
            source: LeadSource::Unknown,
            history: stages
                .iter()
                .map(|s| StageChange {
                    stage: s.id(kind),
                    at,
                })
                .collect(),
            lost: None,
        }
    }

    #[test]
    fn older_stages_that_leads_stood_in_stay_in_their_kinds_pipeline_only() {
        use StandardStage::*;
        let leads = [lead_in(
            LeadKind::Sale,
            &[New, Qualified, Negotiating, Lost],
        )];
        let settings = LeadSettings::in_effect(None, &leads);
        assert!(settings.sale.stage(Qualified.id(LeadKind::Sale)).is_some());
        assert!(
            settings
                .sale
                .stage(Negotiating.id(LeadKind::Sale))
                .is_some()
        );
        assert_eq!(settings.recruit, Pipeline::standard(LeadKind::Recruit));
        let stored = LeadSettings::in_effect(Some(settings.clone()), &leads);
        assert_eq!(stored, settings);
    }

    #[test]
    fn reasons_are_added_renamed_and_removed_with_names_checked() {
        let mut settings = LeadSettings::default();
        let count = settings.lost_reasons.len();
        settings.add_reason(" Umgezogen ").unwrap();
        assert_eq!(
            settings.lost_reasons.last(),
            Some(&ReasonName::Own("Umgezogen".into()))
        );
        assert_eq!(
            settings.add_reason("umgezogen"),
            Err(ReasonEditError::NameTaken("umgezogen".into()))
        );
        assert_eq!(settings.add_reason(""), Err(ReasonEditError::EmptyName));
        settings.rename_reason(count, "Weggezogen").unwrap();
        settings.remove_reason(0);
        assert_eq!(settings.lost_reasons.len(), count);
        assert_eq!(
            settings.lost_reasons.last(),
            Some(&ReasonName::Own("Weggezogen".into()))
        );
    }
}
