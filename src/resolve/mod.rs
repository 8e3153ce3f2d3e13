//! Resolving: from the inputs (geo, edition, identifiers, products) to the
//! rules a network must allow, for one control plane or several, and what
//! changes between editions.

mod diff;
mod requirements;
mod rule;
mod set;
pub(crate) mod spec;

pub use diff::{Change, EditionDiff};
pub use requirements::{Requirements, RequirementsBuilder, RuleIter};
pub use rule::{Direction, OwnedRule, Rule};
pub use set::RequirementsSet;
pub use spec::RequirementsSpec;
