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
    AllowsBaseline, CONNECTIONS, CaptureBaseline, HOSTS, SetBaseline, build_and_render,
    format_by_hand, full_requirements, minimal_requirements, ours, render_by_hand,
};
use konnect_netreq::{Format, Geo, Requirements};
use std::hint::black_box;
use std::process::ExitCode;

/// Every case with the number of calls one round makes.
const CASES: &[(&str, usize)] = &[
    ("classify", HOSTS.len()),
    ("classify-regex-captures", HOSTS.len()),
    ("classify-regex-set", HOSTS.len()),
    ("allows-minimal", CONNECTIONS.len()),
    ("allows-full", CONNECTIONS.len()),
    ("allows-regex-set-minimal", CONNECTIONS.len()),
    ("allows-regex-set-full", CONNECTIONS.len()),
    ("build", 1),
    ("build-render", 1),
    ("build-render-format", 1),
    ("build-render-hosts", 1),
    ("build-render-hosts-format", 1),
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
        "allows-minimal" | "allows-full" => {
            let req = if case.ends_with("full") {
                full_requirements()
            } else {
                minimal_requirements()
            };
            repeat(rounds, || {
                for (host, port, protocol) in black_box(CONNECTIONS) {
                    black_box(req.allows(host, *port, *protocol));
                }
            })
        }
        "allows-regex-set-minimal" | "allows-regex-set-full" => {
            let req = if case.ends_with("full") {
                full_requirements()
            } else {
                minimal_requirements()
            };
            let baseline = AllowsBaseline::new(&req);
            repeat(rounds, || {
                for (host, port, protocol) in black_box(CONNECTIONS) {
                    black_box(baseline.allows(host, *port, *protocol));
                }
            })
        }
        "build" => repeat(rounds, || {
            let req = Requirements::for_geo(black_box(Geo::Eu))
                .with_cp_prefix(black_box("a1b2c3d4e5"))
                .with_portal_id(black_box("d6a3e6b6bc64"))
                .build();
            black_box(req.is_ok());
        }),
        "build-render" => repeat(rounds, || {
            black_box(build_and_render(
                black_box(Geo::Eu),
                black_box("a1b2c3d4e5"),
                black_box("d6a3e6b6bc64"),
            ));
        }),
        "build-render-format" => repeat(rounds, || {
            black_box(format_by_hand(
                black_box("eu"),
                black_box("a1b2c3d4e5"),
                black_box("d6a3e6b6bc64"),
            ));
        }),
        "build-render-hosts" => repeat(rounds, || {
            let req = Requirements::for_geo(black_box(Geo::Eu))
                .with_cp_prefix(black_box("a1b2c3d4e5"))
                .with_portal_id(black_box("d6a3e6b6bc64"))
                .build();
            black_box(req.map(|req| req.render(Format::Hosts)).ok());
        }),
        "build-render-hosts-format" => repeat(rounds, || {
            black_box(render_by_hand(
                black_box("eu"),
                black_box("a1b2c3d4e5"),
                black_box("d6a3e6b6bc64"),
            ));
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
