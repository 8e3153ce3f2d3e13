//! Reading logs: every Konnect address in arbitrary text, what the log
//! line says happened to the connection, and a bounded tally of both that
//! merges and compares with [`Requirements`](crate::Requirements).
//!
//! People hold logs, not lists of hostnames: proxy access logs, firewall
//! alerts, DNS query logs, the data plane's own `error.log`. Three steps,
//! none of which does I/O:
//!
//! 1. [`find_addresses`] finds each Konnect address in a line (or any
//!    text) with its byte range and its [`Classified`](crate::Classified);
//!    it allocates nothing.
//! 2. [`line_outcome`] reads what the line says happened: allowed, denied,
//!    failed or unknown, for the log formats of [`LogFormat`].
//! 3. A [`Tally`] counts both per host and port, merges with the tally of
//!    another part of the logs, and [`Tally::compare`] says which required
//!    rules were blocked, which Konnect addresses the requirements lack and
//!    why, and which required rules were never seen.
//!
//! ```
//! use konnect_netreq::{Geo, Outcome, Requirements, Tally, find_addresses};
//!
//! let line = b"1733140000.120 35 10.0.0.7 TCP_DENIED/403 3924 CONNECT \
//!              a1b2c3d4e5.eu.cp0.konghq.com:443 - HIER_NONE/- text/html";
//! let found: Vec<_> = find_addresses(line).collect();
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].classified().host(), "a1b2c3d4e5.eu.cp0.konghq.com");
//! assert_eq!(found[0].classified().port_or_known_default(), Some(443));
//! assert_eq!(&line[found[0].range()], b"a1b2c3d4e5.eu.cp0.konghq.com");
//!
//! let mut tally = Tally::new();
//! tally.add_line("access.log", 1, line);
//! let req = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
//! let comparison = tally.compare(&req);
//! assert_eq!(comparison.blocked()[0].rule().to_string(), "a1b2c3d4e5.eu.cp0.konghq.com:443/tcp");
//! assert_eq!(comparison.blocked()[0].counts().denied(), 1);
//! # Ok::<(), konnect_netreq::Error>(())
//! ```

mod compare;
mod find;
mod outcome;
mod tally;

pub use compare::{Blocked, Comparison, Reason, Unexpected};
pub use find::{FindAddresses, Found, find_addresses};
pub use outcome::{LineOutcome, LogFormat, Outcome, line_outcome};
pub use tally::{Counts, Place, Seen, Tally};
