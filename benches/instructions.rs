//! A fixed-work driver for counting instructions with callgrind, which is
//! stable on a shared, noisy machine where wall-clock times are not.
//!
//! `benches/callgrind.sh` runs it under `valgrind --tool=callgrind` twice per
//! case, with 0 and with N rounds over the inputs, and divides the
//! difference by the number of calls, so setup (compiling the baselines'
//! regexes) does not count. Run alone, it only does that work:
//!
//! ```text
//! cargo bench --bench instructions -- CASE ROUNDS
//! ```

// Helpers in `common` are shared with the criterion benches.
#![allow(missing_docs)]

mod common;

use common::{
    ADDRESSES, AllowsBaseline, CONNECTIONS, CaptureBaseline, HOSTS, SetBaseline,
    large_requirements, many_ids, ours, ours_address, small_requirements, url_then_classify,
};
use std::hint::black_box;
use std::process::ExitCode;

/// Every case with the number of calls one round makes.
const CASES: &[(&str, usize)] = &[
    ("classify", HOSTS.len()),
    ("classify-regex-captures", HOSTS.len()),
    ("classify-regex-set", HOSTS.len()),
    ("allows-small", CONNECTIONS.len()),
    ("allows-large", CONNECTIONS.len()),
    ("allows-regex-set-small", CONNECTIONS.len()),
    ("allows-regex-set-large", CONNECTIONS.len()),
    ("classify-address", ADDRESSES.len()),
    ("classify-address-url", ADDRESSES.len()),
    // 20 allowed and 20 refused issuer hosts among 20,000 auth servers.
    ("allows-ids-random", 40),
    ("allows-ids-colliding", 40),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (case, rounds) = match args.as_slice() {
        [case, rounds] => match rounds.parse::<usize>() {
            Ok(rounds) => (case.as_str(), rounds),
            Err(_) => return usage(),
        },
        // `list` prints the cases with the number of calls per round.
        [list] if list == "list" => {
            for (case, calls) in CASES {
                println!("{case} {calls}");
            }
            return ExitCode::SUCCESS;
        }
        _ => return usage(),
    };
    match case {
        "classify" => repeat(rounds, || {
            for host in black_box(HOSTS) {
                black_box(ours(host));
            }
        }),
        "classify-regex-captures" => {
            let baseline = CaptureBaseline::new();
            repeat(rounds, || {
                for host in black_box(HOSTS) {
                    black_box(baseline.classify(host));
                }
            })
        }
        "classify-regex-set" => {
            let baseline = SetBaseline::new();
            repeat(rounds, || {
                for host in black_box(HOSTS) {
                    black_box(baseline.classify(host));
                }
            })
        }
        "allows-small" | "allows-large" => {
            let req = if case.ends_with("large") {
                large_requirements()
            } else {
                small_requirements()
            };
            repeat(rounds, || {
                for (host, port, protocol) in black_box(CONNECTIONS) {
                    black_box(req.allows(host, *port, *protocol));
                }
            })
        }
        "allows-regex-set-small" | "allows-regex-set-large" => {
            let req = if case.ends_with("large") {
                large_requirements()
            } else {
                small_requirements()
            };
            let baseline = AllowsBaseline::new(&req);
            repeat(rounds, || {
                for (host, port, protocol) in black_box(CONNECTIONS) {
                    black_box(baseline.allows(host, *port, *protocol));
                }
            })
        }
        "allows-ids-random" | "allows-ids-colliding" => {
            let (req, asked) = many_ids(case.ends_with("colliding"));
            assert_eq!(asked.len(), 40);
            let allowed = asked
                .iter()
                .filter(|host| req.allows(host, 443, konnect_netreq::Protocol::Tcp))
                .count();
            assert_eq!(allowed, 20);
            repeat(rounds, || {
                for host in black_box(&asked) {
                    black_box(req.allows(host, 443, konnect_netreq::Protocol::Tcp));
                }
            })
        }
        "classify-address" => repeat(rounds, || {
            for address in black_box(ADDRESSES) {
                black_box(ours_address(address));
            }
        }),
        "classify-address-url" => repeat(rounds, || {
            for address in black_box(ADDRESSES) {
                url_then_classify(address, |found| {
                    black_box(found);
                });
            }
        }),
        _ => return usage(),
    }
    ExitCode::SUCCESS
}

#[inline(never)]
fn repeat(rounds: usize, mut round: impl FnMut()) {
    for _ in 0..rounds {
        round();
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: instructions CASE ROUNDS | instructions list (see benches/callgrind.sh)");
    ExitCode::FAILURE
}
