//! Prints the rules a network must allow for Konnect in one geo.
//!
//! ```text
//! cargo run --example allowlist -- --geo eu --cp-prefix a1b2c3d4e5
//! cargo run --example allowlist -- --geo us --edition aug2026 --mesh regional --output lines
//! ```

use clap::{Parser, ValueEnum};
use konnect_netreq::{Edition, Format, Geo, Mesh, Requirements, Rule};
use std::process::ExitCode;

/// Prints the hostnames and ports to allow for Kong Konnect.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// Geo identifier: au, eu, me, in, us or sg.
    #[arg(long, value_parser = parse_keyword::<Geo>)]
    geo: Geo,
    /// Control plane DNS prefix (first label of the control plane hostname).
    #[arg(long)]
    cp_prefix: Option<String>,
    /// Dev Portal ID (first label of the portal's default domain).
    #[arg(long)]
    portal_id: Option<String>,
    /// Edition of Kong's page: apr2025 or aug2026.
    #[arg(long, default_value_t = Edition::default(), value_parser = parse_keyword::<Edition>)]
    edition: Edition,
    /// Add the Mesh Manager sync host: regional (the geo's own) or global.
    #[arg(long, value_parser = parse_keyword::<Mesh>)]
    mesh: Option<Mesh>,
    /// Output form.
    #[arg(long, value_enum, default_value_t = Output::Table)]
    output: Output,
}

#[derive(Clone, Copy, ValueEnum)]
enum Output {
    /// An aligned table.
    Table,
    /// One `host:port/proto` per line.
    Lines,
    /// A JSON array of rules.
    Json,
}

fn parse_keyword<T: std::str::FromStr<Err = konnect_netreq::Error>>(s: &str) -> Result<T, String> {
    s.parse().map_err(|e: konnect_netreq::Error| e.to_string())
}

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) if !e.use_stderr() => {
            // --help and --version
            print!("{e}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let message = e.to_string();
            let first = message.lines().next().unwrap_or_default();
            eprintln!("{}", first.trim_start_matches("error: "));
            return ExitCode::from(2);
        }
    };
    let mut builder = Requirements::for_geo(args.geo).with_edition(args.edition);
    if let Some(prefix) = &args.cp_prefix {
        builder = builder.with_cp_prefix(prefix);
    }
    if let Some(portal_id) = &args.portal_id {
        builder = builder.with_portal_id(portal_id);
    }
    if let Some(mesh) = args.mesh {
        builder = builder.with_mesh(mesh);
    }
    let req = match builder.build() {
        Ok(req) => req,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match args.output {
        Output::Table => print!("{}", req.render(Format::Table)),
        Output::Lines => req.rules().for_each(|rule| println!("{rule}")),
        Output::Json => println!("{}", to_json(req.rules())),
    }
    ExitCode::SUCCESS
}

fn to_json<'a>(rules: impl Iterator<Item = Rule<'a>>) -> serde_json::Value {
    rules
        .map(|rule| {
            serde_json::json!({
                "endpoint": rule.endpoint().map(|e| e.as_str()),
                "host": rule.host().map(|h| h.as_str()),
                "port": rule.port(),
                "protocol": rule.protocol().as_str(),
                "direction": rule.direction().as_str(),
            })
        })
        .collect()
}
