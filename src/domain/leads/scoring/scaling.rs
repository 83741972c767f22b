//! Puts every input on a common footing before fitting, as Gelman et al. (2008) advise:
//! a binary input is centred at its mean (scale 1), a numeric input is centred at its mean
//! and divided by two standard deviations (so its sd becomes 0.5, about that of a
//! balanced yes/no input). One penalty strength then means the same for a weight on
//! "has ordered before" as for one on "days since last contact", and the intercept
//! becomes the log-odds of the average lead, which the data pins down best.
//!
//! Only inputs are used, never outcomes, so open leads count too and the scaling
//! does not change when a lead is won or lost.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// 0 or 1.
    Binary,
    /// Any real number (counts, days, euros).
    Numeric,
}

/// Scaled input = (natural input − centre) / scale, per input.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Scaling {
    pub centre: Vec<f64>,
    pub scale: Vec<f64>,
}

impl Scaling {
    /// Gelman scaling from the given rows (all leads of a kind, open and closed: no
    /// outcome is used). Where rows are fewer than 2 or an input has no spread (all values
    /// equal), that input falls back to `reference` (the prior's documented centre and
    /// scale), because a mean of one lead or a zero spread would make the scale
    /// meaningless or infinite.
    ///
    /// The standard deviation is the population one (divide by n), so that the scaled
    /// rows themselves have an sd of exactly 0.5.
    ///
    /// # Panics
    /// When `reference` or a row does not have one value per input.
    pub fn from_rows(kinds: &[InputKind], rows: &[&[f64]], reference: &Scaling) -> Scaling {
        assert_eq!(
            reference.centre.len(),
            kinds.len(),
            "reference centre per input"
        );
        assert_eq!(
            reference.scale.len(),
            kinds.len(),
            "reference scale per input"
        );
        for row in rows {
            assert_eq!(row.len(), kinds.len(), "one value per input in every row");
        }
        let mut scaling = reference.clone();
        if rows.len() < 2 {
            return scaling;
        }
        let count = rows.len() as f64;
        for (input, kind) in kinds.iter().enumerate() {
            let values = || rows.iter().map(move |row| row[input]);
            let first = rows[0][input];
            if values().all(|value| value == first) {
                continue;
            }
            // Two passes (mean, then squared deviations) rather than sums of squares,
            // which lose all precision when the mean is large next to the spread.
            let mean = values().sum::<f64>() / count;
            scaling.centre[input] = mean;
            scaling.scale[input] = match kind {
                InputKind::Binary => 1.0,
                InputKind::Numeric => {
                    let variance = values().map(|v| (v - mean) * (v - mean)).sum::<f64>() / count;
                    2.0 * variance.sqrt()
                }
            };
        }
        scaling
    }

    /// Writes the scaled `row` into `out`, which the caller keeps and reuses so that
    /// scaling many rows allocates nothing.
    pub fn apply(&self, row: &[f64], out: &mut [f64]) {
        debug_assert_eq!(row.len(), self.centre.len());
        debug_assert_eq!(out.len(), self.centre.len());
        for (((out, value), centre), scale) in
            out.iter_mut().zip(row).zip(&self.centre).zip(&self.scale)
        {
            *out = (value - centre) / scale;
        }
    }

    pub fn inputs(&self) -> usize {
        self.centre.len()
    }
}

#[cfg(test)]
mod tests {
    use super::{InputKind, Scaling};

    fn reference() -> Scaling {
        Scaling {
            centre: vec![0.3, 10.0],
            scale: vec![1.0, 8.0],
        }
    }

    const KINDS: [InputKind; 2] = [InputKind::Binary, InputKind::Numeric];

    #[test]
    fn binary_is_centred_at_its_mean_with_scale_one() {
        let rows: [&[f64]; 4] = [&[1.0, 2.0], &[0.0, 4.0], &[0.0, 6.0], &[0.0, 8.0]];
        let scaling = Scaling::from_rows(&KINDS, &rows, &reference());
        assert_eq!(scaling.centre[0], 0.25);
        assert_eq!(scaling.scale[0], 1.0);
        let mut out = [0.0; 2];
        scaling.apply(rows[0], &mut out);
        assert_eq!(out[0], 0.75);
    }

    #[test]
    fn numeric_is_centred_at_its_mean_and_divided_by_two_standard_deviations() {
        // Values 2, 4, 6, 8: mean 5, population variance (9 + 1 + 1 + 9) / 4 = 5.
        let rows: [&[f64]; 4] = [&[1.0, 2.0], &[0.0, 4.0], &[0.0, 6.0], &[0.0, 8.0]];
        let scaling = Scaling::from_rows(&KINDS, &rows, &reference());
        assert_eq!(scaling.centre[1], 5.0);
        assert!((scaling.scale[1] - 2.0 * 5f64.sqrt()).abs() < 1e-12);
        let scaled: Vec<f64> = rows
            .iter()
            .map(|row| {
                let mut out = [0.0; 2];
                scaling.apply(row, &mut out);
                out[1]
            })
            .collect();
        let mean = scaled.iter().sum::<f64>() / 4.0;
        let sd = (scaled.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / 4.0).sqrt();
        assert!(mean.abs() < 1e-12);
        assert!((sd - 0.5).abs() < 1e-12);
    }

    #[test]
    fn a_constant_input_falls_back_to_the_reference() {
        // Binary all 0 and a numeric that is 0.1 everywhere (whose computed mean is not
        // exactly 0.1, so a test on the sd alone would give a tiny, absurd scale).
        let rows: [&[f64]; 3] = [&[0.0, 0.1], &[0.0, 0.1], &[0.0, 0.1]];
        let scaling = Scaling::from_rows(&KINDS, &rows, &reference());
        assert_eq!(scaling, reference());
    }

    #[test]
    fn only_the_constant_input_falls_back() {
        let rows: [&[f64]; 3] = [&[1.0, 7.0], &[0.0, 7.0], &[1.0, 7.0]];
        let scaling = Scaling::from_rows(&KINDS, &rows, &reference());
        assert!((scaling.centre[0] - 2.0 / 3.0).abs() < 1e-15);
        assert_eq!(scaling.scale[0], 1.0);
        assert_eq!((scaling.centre[1], scaling.scale[1]), (10.0, 8.0));
    }

    #[test]
    fn fewer_than_two_rows_fall_back_to_the_reference() {
        assert_eq!(Scaling::from_rows(&KINDS, &[], &reference()), reference());
        let one: [&[f64]; 1] = [&[1.0, 50.0]];
        assert_eq!(Scaling::from_rows(&KINDS, &one, &reference()), reference());
    }

    #[test]
    fn apply_subtracts_the_centre_and_divides_by_the_scale() {
        let mut out = [0.0; 2];
        reference().apply(&[1.0, 26.0], &mut out);
        assert!((out[0] - 0.7).abs() < 1e-15);
        assert_eq!(out[1], 2.0);
    }
}
