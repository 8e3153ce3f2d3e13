//! Resolving: from the inputs (geo, edition, identifiers, products) to the
//! rules a network must allow, for one control plane or several, and what
//! changes between editions.

mod builder;
mod diff;
mod given;
pub(crate) mod hosts;
mod inference;
mod inputs;
mod rebuild;
mod requirements;
mod resolution;
mod rule;
mod set;
pub(crate) mod spec;
#[cfg(feature = "serde")]
pub(crate) mod strict;

pub use builder::RequirementsBuilder;
pub use diff::{Change, EditionDiff};
pub use inference::Inference;
use inputs::Inputs;
pub use requirements::{Requirements, RuleIter};
pub use rule::{OwnedRule, Rule};
pub use set::RequirementsSet;
pub use spec::RequirementsSpec;
