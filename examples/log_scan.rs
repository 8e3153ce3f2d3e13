//! Scans a proxy or DNS log for Konnect addresses and says, for each, whether
//! the control planes of a spec file allow it.
//!
//! ```text
//! cargo run --example log_scan --features serde -- examples/control-planes.toml < access.log
//! ```
//!
//! Every whitespace-separated word of every line that is a Konnect hostname,
//! `host:port` or URL gives one tab-separated line: `allowed` or `DENIED`,
//! the endpoint, the host and the port (443 when the word names none).
//! Words that are not Konnect addresses are skipped. Exit code 1 when
//! anything was denied, 2 on bad input.

use konnect_netreq::{Protocol, RequirementsSet, classify_address};
use std::io::{self, BufRead, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: log_scan SPEC.toml < LOG");
        return ExitCode::from(2);
    };
    let set: RequirementsSet = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| toml::from_str(&text).map_err(|e| e.message().to_owned()))
    {
        Ok(set) => set,
        Err(e) => {
            eprintln!("{}: {e}", path.to_string_lossy());
            return ExitCode::from(2);
        }
    };
    match scan(&set, io::stdin().lock(), &mut io::stdout().lock()) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

/// Writes one line per Konnect address found; returns how many were denied.
fn scan(set: &RequirementsSet, input: impl BufRead, out: &mut impl Write) -> io::Result<usize> {
    let mut denied = 0_usize;
    for line in input.lines() {
        let line = line?;
        for word in line.split_whitespace() {
            let Some(found) = classify_address(word) else {
                continue;
            };
            let port = found.port_or_known_default().unwrap_or(443);
            let allowed = set.allows(found.host(), port, Protocol::Tcp);
            if !allowed {
                denied += 1;
            }
            let verdict = if allowed { "allowed" } else { "DENIED" };
            // `Classified` displays the host as it was written.
            writeln!(out, "{verdict}\t{}\t{found}:{port}", found.endpoint())?;
        }
    }
    Ok(denied)
}
