//! Resolving: from the inputs (geo, edition, identifiers, products) to the
//! rules a network must allow, for one control plane or several, and what
//! changes between editions.

mod diff;
pub(crate) mod hosts;
mod requirements;
mod rule;
mod set;
pub(crate) mod spec;

pub use diff::{Change, EditionDiff};
pub use requirements::{Requirements, RequirementsBuilder, RuleIter};
pub use rule::{OwnedRule, Rule};
pub use set::RequirementsSet;
pub use spec::RequirementsSpec;
