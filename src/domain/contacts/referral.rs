//! Who referred whom. A contact names at most one referrer, and the chain upward must
//! never come back to the contact itself.

use crate::domain::parent_links::ParentLinks;
use thiserror::Error;
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ReferralError {
    #[error("a contact cannot refer themselves")]
    SelfReferral,
    /// The chain from the chosen referrer upward already passes through the contact.
    #[error("this would make a circle of referrals")]
    Cycle { chain: Vec<Uuid> },
}

/// Referral links of the live contacts.
pub struct Referrals {
    links: ParentLinks,
}

impl Referrals {
    /// From `(contact, referrer)` pairs.
    pub fn new(links: impl IntoIterator<Item = (Uuid, Uuid)>) -> Self {
        Referrals {
            links: ParentLinks::new(links),
        }
    }

    /// The chain upward from `contact`, nearest referrer first.
    pub fn chain_up(&self, contact: Uuid) -> Vec<Uuid> {
        self.links.ancestors(contact)
    }

    /// The contacts that `contact` referred directly.
    pub fn referred_by(&self, contact: Uuid) -> &[Uuid] {
        self.links.children(contact)
    }

    /// Whether `referrer` may become the referrer of `contact`.
    pub fn check(&self, contact: Uuid, referrer: Uuid) -> Result<(), ReferralError> {
        if contact == referrer {
            return Err(ReferralError::SelfReferral);
        }
        match self.links.cycle_through(contact, referrer) {
            Some(chain) => Err(ReferralError::Cycle { chain }),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    #[test]
    fn chains_go_upward_and_down() {
        // 1 referred 2, 2 referred 3 and 4.
        let referrals = Referrals::new([(id(2), id(1)), (id(3), id(2)), (id(4), id(2))]);
        assert_eq!(referrals.chain_up(id(3)), vec![id(2), id(1)]);
        assert!(referrals.chain_up(id(1)).is_empty());
        let mut down = referrals.referred_by(id(2)).to_vec();
        down.sort();
        assert_eq!(down, vec![id(3), id(4)]);
    }

    #[test]
    fn a_referral_that_would_form_a_cycle_is_refused() {
        let referrals = Referrals::new([(id(2), id(1)), (id(3), id(2))]);
        assert_eq!(
            referrals.check(id(1), id(1)),
            Err(ReferralError::SelfReferral)
        );
        assert_eq!(
            referrals.check(id(1), id(3)),
            Err(ReferralError::Cycle {
                chain: vec![id(3), id(2), id(1)]
            })
        );
        assert_eq!(
            referrals.check(id(2), id(3)),
            Err(ReferralError::Cycle {
                chain: vec![id(3), id(2)]
            })
        );
        assert_eq!(referrals.check(id(4), id(3)), Ok(()));
        assert_eq!(
            referrals.check(id(3), id(1)),
            Ok(()),
            "moving within the tree is fine"
        );
    }

    #[test]
    fn stored_cycles_do_not_hang() {
        // Data from an older version or a bad import may already hold a cycle.
        let referrals = Referrals::new([(id(1), id(2)), (id(2), id(3)), (id(3), id(1))]);
        assert_eq!(referrals.chain_up(id(1)), vec![id(2), id(3)]);
        assert!(referrals.check(id(4), id(1)).is_ok());
    }
}
