//! The one solve a Newton step needs: a small symmetric positive definite system
//! (one row per input plus the intercept, so about 16), by Cholesky. Hand-written because
//! a linear-algebra crate would add far more wasm than these few lines, and the order of
//! every operation stays fixed, so results are the same bit for bit everywhere.

/// The matrix has a pivot that is not positive: it is not positive definite (or is so
/// close to singular that rounding made it look so).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct NotPositiveDefinite;

/// Solves `matrix · x = rhs` for a symmetric positive definite `matrix` stored row-major
/// as n × n (n = `rhs.len()`). Only the lower triangle is read. `matrix` is overwritten by
/// its Cholesky factor and `rhs` by `x`, so a caller that solves once per Newton step
/// allocates nothing.
pub(super) fn solve_positive_definite(
    matrix: &mut [f64],
    rhs: &mut [f64],
) -> Result<(), NotPositiveDefinite> {
    let n = rhs.len();
    assert_eq!(
        matrix.len(),
        n * n,
        "an n × n matrix for n right-hand sides"
    );
    // matrix = L·Lᵀ, L written over the lower triangle.
    for row in 0..n {
        for column in 0..=row {
            let mut sum = matrix[row * n + column];
            for k in 0..column {
                sum -= matrix[row * n + k] * matrix[column * n + k];
            }
            if row == column {
                if !(sum > 0.0 && sum.is_finite()) {
                    return Err(NotPositiveDefinite);
                }
                matrix[row * n + row] = sum.sqrt();
            } else {
                matrix[row * n + column] = sum / matrix[column * n + column];
            }
        }
    }
    // L·y = rhs, forward.
    for row in 0..n {
        let mut sum = rhs[row];
        for k in 0..row {
            sum -= matrix[row * n + k] * rhs[k];
        }
        rhs[row] = sum / matrix[row * n + row];
    }
    // Lᵀ·x = y, backward.
    for row in (0..n).rev() {
        let mut sum = rhs[row];
        for k in row + 1..n {
            sum -= matrix[k * n + row] * rhs[k];
        }
        rhs[row] = sum / matrix[row * n + row];
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{NotPositiveDefinite, solve_positive_definite};

    #[test]
    fn solves_a_known_system() {
        // A = [[4, 12, −16], [12, 37, −43], [−16, −43, 98]] = L·Lᵀ with
        // L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]]; A·[1, −2, 0.5] = [−28, −83.5, 119].
        let mut matrix = [4.0, 12.0, -16.0, 12.0, 37.0, -43.0, -16.0, -43.0, 98.0];
        let mut rhs = [-28.0, -83.5, 119.0];
        solve_positive_definite(&mut matrix, &mut rhs).unwrap();
        for (got, want) in rhs.iter().zip([1.0, -2.0, 0.5]) {
            assert!((got - want).abs() < 1e-12, "{rhs:?}");
        }
        assert_eq!(
            [
                matrix[0], matrix[3], matrix[4], matrix[6], matrix[7], matrix[8]
            ],
            [2.0, 6.0, 1.0, -8.0, 5.0, 3.0]
        );
    }

    #[test]
    fn refuses_a_matrix_that_is_not_positive_definite() {
        let mut singular = [1.0, 2.0, 2.0, 4.0];
        assert_eq!(
            solve_positive_definite(&mut singular, &mut [1.0, 1.0]),
            Err(NotPositiveDefinite)
        );
        let mut indefinite = [1.0, 3.0, 3.0, 1.0];
        assert_eq!(
            solve_positive_definite(&mut indefinite, &mut [1.0, 1.0]),
            Err(NotPositiveDefinite)
        );
    }

    #[test]
    fn an_empty_system_is_solved_by_nothing() {
        assert_eq!(solve_positive_definite(&mut [], &mut []), Ok(()));
    }
}
