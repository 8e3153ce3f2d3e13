//! `konnect-netreq scan`: every Konnect address in logs, what happened to
//! it, and what the rules lack; `scan --merge` combines the JSON reports of
//! separate scans into one.

use crate::lines::{LineFormat, write_escaped};
use crate::{Failure, InputFlags, Inputs, line_format};
use clap::Args;
use konnect_netreq::{
    Comparison, Edition, Protocol, RequirementsSet, Seen, Tally, find_addresses, line_outcome,
    redact,
};
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::PathBuf;

/// How much of a line is read; the rest of a longer line is skipped, so a
/// line without end costs no memory.
const LINE_LIMIT: usize = 1 << 20;

/// How much of a line `--lines` echoes.
const ECHO_LIMIT: usize = 1024;

/// How much is read from a file at a time.
const READ_BUFFER: usize = 1 << 18;

/// How much output is gathered before it is written.
const FLUSH_AT: usize = 1 << 16;

/// The arguments of `scan`.
#[derive(Args)]
pub struct ScanArgs {
    /// Log files to read (gzip-compressed ones are read as such, whatever
    /// their name); standard input when none is given or for `-`. With
    /// --merge, reports written by `scan --format json`.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    #[command(flatten)]
    inputs: InputFlags,
    /// Edition of Kong's page: apr2025 or aug2026 (default: the
    /// --cp-endpoint's, or apr2025).
    #[arg(long, value_parser = crate::keywords::parser::<Edition>())]
    edition: Option<Edition>,
    /// Output format: text (a report that starts with what needs action)
    /// or json (one document, which --merge reads back).
    #[arg(long, default_value = "text", ignore_case = true, value_parser = line_format())]
    format: LineFormat,
    /// Print each line's findings instead of the report: tab-separated
    /// (place, outcome, address, endpoint, whether the rules allow it, the
    /// line as read with secrets hidden) or, with --format json, one JSON
    /// object per finding. The exit code is the report's.
    #[arg(long, conflicts_with = "merge")]
    lines: bool,
    /// Combine the FILEs, JSON reports of earlier scans, into one report,
    /// the same as one scan of all their logs.
    #[arg(long)]
    merge: bool,
    /// How many distinct host-port pairs the report keeps; sightings of
    /// others are counted together.
    #[arg(long, value_name = "N", default_value_t = Tally::DEFAULT_LIMIT)]
    limit: usize,
}

/// Runs `scan`: `Ok(true)` when a required rule was denied or failed.
pub fn run(args: ScanArgs, out: &mut impl Write) -> Result<bool, Failure> {
    if args.inputs.spec.is_some() && args.edition.is_some() {
        return Err(Failure::Usage(
            "--edition cannot be used with --spec; set \"edition\" in the file".into(),
        ));
    }
    if args.limit > Tally::MAX_LIMIT {
        return Err(Failure::Usage(format!(
            "--limit {} is above the largest, {}",
            args.limit,
            Tally::MAX_LIMIT
        )));
    }
    let set = match args.inputs.read()? {
        Inputs::One(mut spec) => {
            if args.edition.is_some() {
                spec.edition = args.edition;
            }
            RequirementsSet::from(spec.build()?)
        }
        Inputs::Set(set) => *set,
    };
    let mut tally = Tally::with_limit(args.limit);
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files
    };
    if args.merge {
        for path in &files {
            tally.merge(&read_report(path)?);
        }
    } else {
        let mut scanner = Scanner {
            tally: &mut tally,
            set: &set,
            lines: args.lines.then_some(args.format),
            shown: Vec::new(),
            cut: 0,
        };
        let progress = Progress::new(&files);
        for path in &files {
            scanner.scan_file(path, out, &progress)?;
        }
        progress.finish();
        out.write_all(&scanner.shown)?;
        if scanner.cut > 0 {
            crate::note(&format!(
                "{} lines longer than {LINE_LIMIT} bytes were read up to that length",
                scanner.cut
            ));
        }
    }
    let comparison = tally.compare_set(&set);
    if !args.lines {
        match args.format {
            LineFormat::Text => write_report(out, &tally, &comparison)?,
            LineFormat::Json => {
                let report = serde_json::json!({ "tally": tally, "comparison": comparison });
                serde_json::to_writer_pretty(&mut *out, &report).map_err(io::Error::from)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(comparison.needs_action())
}

/// The name a file goes by in places and messages: as given, escaped as
/// `--lines` escapes lines (so no control character reaches a terminal),
/// secrets hidden.
fn source_name(path: &std::path::Path) -> String {
    let mut escaped = Vec::new();
    write_escaped(&mut escaped, path.as_os_str().as_encoded_bytes());
    redact(&String::from_utf8_lossy(&escaped)).into_owned()
}

/// Opens a file (`-` for standard input), reading gzip as such.
fn open(path: &std::path::Path, progress: &Progress) -> Result<Box<dyn BufRead>, Failure> {
    let raw: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(io::stdin())
    } else {
        let file = File::open(path).map_err(|e| cannot_read(path, &e))?;
        Box::new(file)
    };
    let mut reader = BufReader::with_capacity(READ_BUFFER, progress.wrap(raw));
    let head = reader.fill_buf().map_err(|e| cannot_read(path, &e))?;
    if head.starts_with(&[0x1f, 0x8b]) {
        let decoder = flate2::bufread::MultiGzDecoder::new(reader);
        Ok(Box::new(BufReader::with_capacity(READ_BUFFER, decoder)))
    } else {
        Ok(Box::new(reader))
    }
}

fn cannot_read(path: &std::path::Path, error: &io::Error) -> Failure {
    Failure::Usage(format!("cannot read {:?}: {error}", source_name(path)))
}

/// Reads a report written by `scan --format json` and takes its tally.
fn read_report(path: &std::path::Path) -> Result<Tally, Failure> {
    let mut text = String::new();
    open(path, &Progress::Off)?
        .read_to_string(&mut text)
        .map_err(|e| cannot_read(path, &e))?;
    serde_json::from_str::<serde_json::Value>(&text)
        .and_then(|mut report| {
            let tally = report
                .get_mut("tally")
                .map(serde_json::Value::take)
                .unwrap_or_default();
            serde_json::from_value::<Tally>(tally)
        })
        .map_err(|e| {
            Failure::Usage(format!(
                "{:?} is not a report of scan --format json: {e}",
                source_name(path)
            ))
        })
}

/// Reads lines into the tally, and writes `--lines` output.
struct Scanner<'a> {
    tally: &'a mut Tally,
    set: &'a RequirementsSet,
    /// The `--lines` output format, if asked for.
    lines: Option<LineFormat>,
    shown: Vec<u8>,
    /// How many lines were longer than [`LINE_LIMIT`].
    cut: u64,
}

impl Scanner<'_> {
    fn scan_file(
        &mut self,
        path: &std::path::Path,
        out: &mut impl Write,
        progress: &Progress,
    ) -> Result<(), Failure> {
        let source = source_name(path);
        let mut input = open(path, progress)?;
        let mut number = 0_u64;
        // The start of a line cut by the buffer's end, and its length.
        let mut partial = Vec::new();
        let mut partial_len = 0_usize;
        loop {
            let buffer = input.fill_buf().map_err(|e| cannot_read(path, &e))?;
            if buffer.is_empty() {
                break;
            }
            let mut used = 0;
            while let Some(rest) = buffer.get(used..) {
                let Some(newline) = memchr::memchr(b'\n', rest) else {
                    let room = LINE_LIMIT.saturating_sub(partial.len());
                    partial.extend_from_slice(rest.get(..room.min(rest.len())).unwrap_or_default());
                    partial_len = partial_len.saturating_add(rest.len());
                    used = buffer.len();
                    break;
                };
                let line = rest.get(..newline).unwrap_or_default();
                number = number.saturating_add(1);
                if partial_len == 0 {
                    self.line(&source, number, line, line.len());
                } else {
                    let room = LINE_LIMIT.saturating_sub(partial.len());
                    partial.extend_from_slice(line.get(..room.min(line.len())).unwrap_or_default());
                    partial_len = partial_len.saturating_add(line.len());
                    let whole = std::mem::take(&mut partial);
                    self.line(&source, number, &whole, partial_len);
                    partial = whole;
                    partial.clear();
                    partial_len = 0;
                }
                used = used.saturating_add(newline).saturating_add(1);
            }
            input.consume(used);
            if self.shown.len() >= FLUSH_AT {
                out.write_all(&self.shown)?;
                self.shown.clear();
            }
        }
        if partial_len > 0 {
            number = number.saturating_add(1);
            let whole = std::mem::take(&mut partial);
            self.line(&source, number, &whole, partial_len);
        }
        Ok(())
    }

    /// One line of `len` bytes, of which `line` holds the first.
    fn line(&mut self, source: &str, number: u64, line: &[u8], len: usize) {
        if len > LINE_LIMIT {
            self.cut = self.cut.saturating_add(1);
        }
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let found = self.tally.add_line(source, number, line);
        if found == 0 {
            return;
        }
        let Some(format) = self.lines else { return };
        let read = line_outcome(line);
        let mut echoed = Vec::new();
        write_escaped(&mut echoed, line.get(..ECHO_LIMIT).unwrap_or(line));
        let echoed = String::from_utf8_lossy(&echoed);
        let echoed = redact(&echoed);
        // Each address once per line, as the tally counts it.
        let mut shown_addresses: Vec<(&str, Option<u16>)> = Vec::new();
        for found in find_addresses(line) {
            let classified = found.classified();
            let port = classified.port_or_known_default().or(read.port());
            let host = classified.host();
            if shown_addresses
                .iter()
                .any(|(seen, seen_port)| *seen_port == port && seen.eq_ignore_ascii_case(host))
            {
                continue;
            }
            shown_addresses.push((host, port));
            let allowed = self
                .set
                .allows(classified.host(), port.unwrap_or(443), Protocol::Tcp);
            match format {
                LineFormat::Text => {
                    let port = port.map_or("-".to_owned(), |port| port.to_string());
                    let verdict = if allowed { "in-rules" } else { "not-in-rules" };
                    self.shown.extend_from_slice(
                        format!(
                            "{source}:{number}\t{}\t{}:{port}\t{}\t{verdict}\t{echoed}\n",
                            read.outcome(),
                            classified.host(),
                            classified.endpoint(),
                        )
                        .as_bytes(),
                    );
                }
                LineFormat::Json => {
                    let object = serde_json::json!({
                        "source": source,
                        "line": number,
                        "format": read.format().map(|format| format.as_str()),
                        "outcome": read.outcome().as_str(),
                        "host": classified.host(),
                        "port": port,
                        "endpoint": classified.endpoint().as_str(),
                        "geo": classified.geo().map(|geo| geo.as_str()),
                        "edition": classified.edition().map(|edition| edition.as_str()),
                        "in_rules": allowed,
                        "text": echoed,
                    });
                    // Writing JSON into a `Vec` cannot fail.
                    let _ = serde_json::to_writer(&mut self.shown, &object);
                    self.shown.push(b'\n');
                }
            }
        }
    }
}

/// The report: what needs action first, then what to look at, then all
/// that was seen.
fn write_report(out: &mut impl Write, tally: &Tally, comparison: &Comparison) -> io::Result<()> {
    let place = |seen_first: &konnect_netreq::Place, seen_last: &konnect_netreq::Place| {
        format!(
            "first {}:{}, last {}:{}",
            seen_first.source(),
            seen_first.line(),
            seen_last.source(),
            seen_last.line()
        )
    };
    if comparison.blocked().is_empty() {
        writeln!(out, "No required rule was denied or failed.")?;
    } else {
        writeln!(
            out,
            "BLOCKED: required rules whose connections were denied or failed"
        )?;
        for blocked in comparison.blocked() {
            let counts = blocked.counts();
            writeln!(
                out,
                "  {}\tdenied {}, failed {}, allowed {}, unknown {}\t{}",
                blocked.rule(),
                counts.denied(),
                counts.failed(),
                counts.allowed(),
                counts.unknown(),
                place(blocked.first(), blocked.last())
            )?;
        }
    }
    writeln!(out)?;
    if comparison.unexpected().is_empty() {
        writeln!(out, "Every Konnect address seen is in the rules.")?;
    } else {
        writeln!(
            out,
            "NOT IN THE RULES: Konnect addresses seen that the rules do not allow"
        )?;
        for unexpected in comparison.unexpected() {
            let seen = unexpected.seen();
            writeln!(
                out,
                "  {}\t{} ({})\t{}\t{}",
                address(seen),
                unexpected.reason(),
                unexpected.reason().description(),
                counts(seen),
                place(seen.first(), seen.last())
            )?;
        }
    }
    if !comparison.unseen().is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "NEVER SEEN: required rules no line named (the logs may not cover them)"
        )?;
        for rule in comparison.unseen() {
            writeln!(out, "  {rule}")?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "SEEN: {} Konnect host-port pairs in {} lines",
        tally.addresses().len(),
        tally.lines()
    )?;
    for seen in tally.addresses() {
        let endpoint = seen
            .classified()
            .map_or("-", |classified| classified.endpoint().as_str());
        writeln!(
            out,
            "  {}\t{endpoint}\t{}\t{}",
            address(seen),
            counts(seen),
            place(seen.first(), seen.last())
        )?;
    }
    let more = tally.more();
    if more.seen() > 0 {
        writeln!(
            out,
            "  and {} more sightings of other pairs beyond the limit of {} (allowed {}, denied {}, failed {}, unknown {})",
            more.seen(),
            tally.limit(),
            more.allowed(),
            more.denied(),
            more.failed(),
            more.unknown()
        )?;
    }
    Ok(())
}

fn address(seen: &Seen) -> String {
    match seen.port() {
        Some(port) => format!("{}:{port}", seen.host()),
        None => seen.host().to_owned(),
    }
}

fn counts(seen: &Seen) -> String {
    let counts = seen.counts();
    format!(
        "seen {}: allowed {}, denied {}, failed {}, unknown {}",
        counts.seen(),
        counts.allowed(),
        counts.denied(),
        counts.failed(),
        counts.unknown()
    )
}

/// A progress bar on standard error, only when it is a terminal.
enum Progress {
    Off,
    On(indicatif::ProgressBar),
}

impl Progress {
    /// A bar over the total size of `files` (a spinner for standard input).
    fn new(files: &[PathBuf]) -> Progress {
        if !io::stderr().is_terminal() {
            return Progress::Off;
        }
        let sizes: Option<u64> = files
            .iter()
            .map(|path| {
                (path.as_os_str() != "-")
                    .then(|| std::fs::metadata(path).ok().map(|meta| meta.len()))
                    .flatten()
            })
            .sum();
        let bar = match sizes {
            Some(total) => indicatif::ProgressBar::new(total),
            None => indicatif::ProgressBar::new_spinner(),
        };
        let style = indicatif::ProgressStyle::with_template(
            "{spinner} {bytes}/{total_bytes} {bytes_per_sec} {wide_bar} {eta}",
        );
        if let Ok(style) = style {
            bar.set_style(style);
        }
        Progress::On(bar)
    }

    /// `reader`, counting what is read on the bar.
    fn wrap(&self, reader: Box<dyn Read>) -> Box<dyn Read> {
        match self {
            Progress::Off => reader,
            Progress::On(bar) => Box::new(bar.wrap_read(reader)),
        }
    }

    fn finish(&self) {
        if let Progress::On(bar) = self {
            bar.finish_and_clear();
        }
    }
}
