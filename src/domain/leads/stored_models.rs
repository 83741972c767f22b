//! The lead models as last trained, kept on the device so that a reopened app scores the
//! leads at once with the models it had, and every tab starts from the same ones. They
//! are a cache of what the leads give: training again gives the same models from the
//! same data, so a stored model that does not fit this version's inputs is dropped.

use crate::domain::leads::score_inputs::INPUT_COUNT;
use crate::domain::leads::scoring::model::Model;
use serde::{Deserialize, Serialize};

/// What the inputs mean: raised whenever an input is added, removed or measured
/// differently, so that models learned on the old meaning are not used.
pub const INPUTS_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredModels {
    /// The [`INPUTS_VERSION`] the models were trained with.
    pub inputs_version: u32,
    pub sale: Model,
    pub recruit: Model,
}

impl StoredModels {
    pub fn new(sale: Model, recruit: Model) -> Self {
        StoredModels {
            inputs_version: INPUTS_VERSION,
            sale,
            recruit,
        }
    }

    /// Whether both models were trained on this version's inputs and hold only finite
    /// numbers: a model stored by a version with other inputs, or damaged, is not used.
    pub fn fit_this_version(&self) -> bool {
        self.inputs_version == INPUTS_VERSION
            && [&self.sale, &self.recruit].iter().all(|model| {
                let numbers = || {
                    std::iter::once(model.intercept)
                        .chain(model.weights.iter().copied())
                        .chain(model.scaling.centre.iter().copied())
                        .chain(model.scaling.scale.iter().copied())
                };
                model.weights.len() == INPUT_COUNT
                    && model.scaling.centre.len() == INPUT_COUNT
                    && model.scaling.scale.len() == INPUT_COUNT
                    && numbers().all(f64::is_finite)
                    && model.scaling.scale.iter().all(|s| *s > 0.0)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::leads::lead::LeadKind;
    use crate::domain::leads::lead_model::train;

    fn starting_models() -> StoredModels {
        StoredModels::new(train(LeadKind::Sale, &[]), train(LeadKind::Recruit, &[]))
    }

    #[test]
    fn models_of_this_version_fit_and_others_or_damaged_ones_do_not() {
        let models = starting_models();
        assert!(models.fit_this_version());
        let mut older = models.clone();
        older.recruit.weights.pop();
        assert!(!older.fit_this_version());
        let mut damaged = models.clone();
        damaged.sale.intercept = f64::NAN;
        assert!(!damaged.fit_this_version());
        let mut other_meaning = models.clone();
        other_meaning.inputs_version += 1;
        assert!(!other_meaning.fit_this_version());
        let mut zero_scale = models;
        zero_scale.sale.scaling.scale[3] = 0.0;
        assert!(!zero_scale.fit_this_version());
    }
}
