//! The logistic function and the log-loss, written so that no log-odds, however large,
//! overflows `exp` into infinity and then into NaN.

/// σ(z) = 1 / (1 + e^(−z)). Only ever takes `exp` of a non-positive number, so the
/// result is finite and within [0, 1] for every finite `z`.
pub(super) fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

/// ln(1 + e^z), the log-loss of a lost lead at log-odds `z`; a won lead's is
/// `softplus(z) − z`. Split as max(z, 0) + ln(1 + e^(−|z|)) so that large `z` neither
/// overflows nor loses the small term.
pub(super) fn softplus(z: f64) -> f64 {
    z.max(0.0) + (-z.abs()).exp().ln_1p()
}

/// ln(p / (1 − p)); `p` is first kept a hair inside (0, 1) so that a certain 0 or 1
/// gives a large finite log-odds rather than an infinite one.
pub(super) fn logit(p: f64) -> f64 {
    const EDGE: f64 = 1e-12;
    let p = p.clamp(EDGE, 1.0 - EDGE);
    (p / (1.0 - p)).ln()
}

#[cfg(test)]
mod tests {
    use super::{logit, sigmoid, softplus};

    #[test]
    fn sigmoid_is_finite_and_symmetric_at_extreme_log_odds() {
        assert_eq!(sigmoid(0.0), 0.5);
        assert_eq!(sigmoid(1000.0), 1.0);
        assert_eq!(sigmoid(-1000.0), 0.0);
        for z in [-30.0, -2.5, -0.1, 0.7, 4.0, 30.0] {
            assert!((sigmoid(z) + sigmoid(-z) - 1.0).abs() < 1e-15);
        }
        assert!((sigmoid(1.0) - 0.731_058_578_630_004_9).abs() < 1e-15);
    }

    #[test]
    fn softplus_matches_the_direct_formula_and_stays_finite() {
        for z in [-20.0, -1.0, 0.0, 0.5, 3.0, 20.0] {
            assert!((softplus(z) - (1.0 + f64::exp(z)).ln()).abs() < 1e-12);
        }
        assert_eq!(softplus(1000.0), 1000.0);
        assert!(softplus(-1000.0) >= 0.0 && softplus(-1000.0) < 1e-300);
    }

    #[test]
    fn logit_inverts_sigmoid_and_is_finite_at_certainty() {
        for z in [-5.0, -0.3, 0.0, 2.0, 9.0] {
            assert!((logit(sigmoid(z)) - z).abs() < 1e-9);
        }
        assert!(logit(0.0).is_finite() && logit(0.0) < -27.0);
        assert!(logit(1.0).is_finite() && logit(1.0) > 27.0);
    }
}
