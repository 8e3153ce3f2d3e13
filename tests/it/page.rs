//! Kong's page as a test.
//!
//! `tests/data/kong-page/` holds Kong's network page as of each [`Edition`]
//! and the section it includes (see `SOURCE` there). A small parser reads
//! their Markdown tables, Liquid `{% table %}` blocks and lists, and every
//! geo, hostname template, host, port and protocol they state is compared,
//! in both directions, with what the crate says through its public API:
//! nothing on the page that the edition lacks, nothing in the edition that
//! the page lacks, but for the facts listed in [`ELSEWHERE`], each with its
//! source. The parser fails with the file, line and section of any table or
//! list it cannot read, rather than skip it.
//!
//! When Kong changes its page, vendor the new revision beside the others
//! (`konnect-network-YYYY-MM.md`) and run this test: a revision newer than
//! every edition is compared with [`Edition::LATEST`], so the failure lists
//! what Kong changed (CONTRIBUTING.md, "Kong changed its page").

use konnect_netreq::{
    AppProtocol, Edition, Endpoint, ErrorKind, Geo, Mesh, Port, Product, Protocol, Requirements,
};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/kong-page");

/// What the crate has from a source other than the network page, as facts
/// in the form [`page_facts`] and [`crate_facts`] write them. `{geo}` in a
/// `host` fact stands for each geo of the edition's page.
struct Elsewhere {
    /// The editions whose comparison this applies to; the `recognized`
    /// facts (what `classify` knows in every edition) ignore it.
    editions: &'static [Edition],
    facts: &'static [&'static str],
    source: &'static str,
}

const BOTH: &[Edition] = &[Edition::Apr2025, Edition::Aug2026];

/// Everything the crate states that Kong's network page does not, with
/// where it comes from (paths are in `Kong/developer.konghq.com` unless
/// another repository is named).
const ELSEWHERE: &[Elsewhere] = &[
    Elsewhere {
        editions: &[Edition::Aug2026],
        facts: &[
            "host *.{geo}.identity.konghq.com",
            "recognized template AUTH_SERVER_ID.{geo}.identity.konghq.com",
        ],
        source: "Kong Identity auth servers' issuer hosts: the network page lists only \
                 REGION.identity.konghq.com; the oauth2-introspection plugin's example \
                 (_kong_plugins/oauth2-introspection/examples/kong-identity.yaml) calls \
                 a93xltvowjk8m1qe.us.identity.konghq.com",
    },
    Elsewhere {
        editions: BOTH,
        facts: &["recognized template PORTAL_ID.edge.{geo}.portal.konghq.com"],
        source: "the Dev Portal v3 edge domain: Portal Management v3 API examples; \
                 app/dev-portal/breaking-changes.md says it was discontinued 2025-10-01",
    },
    Elsewhere {
        editions: BOTH,
        facts: &["recognized template PORTAL_ID.portal-preview.{geo}.api.konghq.com"],
        source: "the Dev Portal editor's preview: app/dev-portal/sso.md",
    },
    Elsewhere {
        editions: BOTH,
        facts: &[
            "template {geo}.kic.api.konghq.com",
            "host {geo}.kic.api.konghq.com",
            "recognized template {geo}.kic.api.konghq.com",
        ],
        source: "Kong Ingress Controller in Konnect mode: us.kic.api.konghq.com is the \
                 --konnect-address default \
                 (app/kubernetes-ingress-controller/reference/configuration-options.md); \
                 the other geos follow Kong/kong-operator's buildKonnectAddress \
                 (controller/pkg/extensions/konnect/controlplane.go @ cefc38421)",
    },
    Elsewhere {
        editions: &[Edition::Apr2025],
        facts: &[
            "template {pl}.svc.konghq.com",
            "recognized template {pl}.svc.konghq.com",
            "host ap.svc.konghq.com",
            "host eu.svc.konghq.com",
            "host me.svc.konghq.com",
            "host us.svc.konghq.com",
        ],
        source: "AWS PrivateLink: app/dedicated-cloud-gateways/aws-private-link.md @ fc030a953",
    },
    Elsewhere {
        editions: &[Edition::Aug2026],
        facts: &[
            "template {pl}.svc.konghq.com",
            "host ap.svc.konghq.com",
            "host eu.svc.konghq.com",
            "host me.svc.konghq.com",
            "host in.svc.konghq.com",
            "host sg.svc.konghq.com",
            "host us.svc.konghq.com",
            "host global.svc.konghq.com",
        ],
        source: "AWS PrivateLink: app/gateway/aws-private-link.md @ 2998dd7cb (in: a29d83da5, \
                 sg: 3ba8ce2a0, global: a2642deb9)",
    },
];

/// Konnect names the page writes that are not hosts to allow, with why.
const NOT_HOSTS: &[(Edition, &str, &str)] = &[(
    Edition::Aug2026,
    "ip-addresses.origin.konghq.com",
    "the address of Kong's published list of IP addresses, a document to read",
)];

// ---------------------------------------------------------------------------
// The parser

/// Where a fact was read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    file: String,
    line: usize,
    section: String,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} line {}, {:?}", self.file, self.line, self.section)
    }
}

/// One hostname template as the page writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct HostRow {
    /// As written, without a port (`CONTROL_PLANE_DNS_PREFIX.REGION.cp.konghq.com`).
    written: String,
    /// With `{geo}` for the region (`CONTROL_PLANE_DNS_PREFIX.{geo}.cp.konghq.com`).
    template: String,
    /// A port written after the name (`:443`).
    port: Option<u16>,
    /// The region values a sentence beside the name lists ("The geo can be
    /// `au`, `eu`, `us`, or `global`"); `None` for the page's geos.
    regions: Option<Vec<String>>,
    place: Place,
}

/// One row of a ports table.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PortRow {
    numbers: Vec<u16>,
    transports: Vec<Protocol>,
    /// `http` or `https`, as the Protocol column adds them.
    apps: Vec<String>,
    /// The `kong.conf` setting column, if the table has one.
    setting: Option<String>,
    place: Place,
}

/// One item of the page's list of geos: `* AU (Australia): `au``.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PageGeo {
    id: String,
    name: String,
    place: Place,
}

/// What the parser reads from one file.
#[derive(Debug, Default, PartialEq, Eq)]
struct Page {
    geos: Vec<PageGeo>,
    hosts: Vec<HostRow>,
    ports: Vec<PortRow>,
    /// `{% include ... %}` paths (`/sections/data-plane-node-ports.md`).
    includes: Vec<(String, Place)>,
    /// Every Konnect name anywhere in the file, front matter and links too.
    names: Vec<(String, Place)>,
}

/// A table, Markdown or Liquid, as header titles and rows of cells.
struct Table {
    place: Place,
    /// Lower-case, without backticks (`kong.conf setting`).
    columns: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

/// Reads one file of the page; `section` is the heading its first lines
/// stand under (an included file's is the including page's). `Err` names
/// the file, line and section of what it could not read.
fn parse(file: &str, text: &str, section: &str) -> Result<Page, String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut page = Page::default();
    let mut section = section.to_string();
    let mut in_geo_list = None::<Place>;
    let place = |line: usize, section: &str| Place {
        file: file.to_string(),
        line,
        section: section.to_string(),
    };
    for (index, line) in lines.iter().enumerate() {
        for name in konnect_names(line) {
            page.names.push((name, place(index + 1, "")));
        }
    }
    let mut index = front_matter_end(&lines);
    while let Some(line) = lines.get(index) {
        let here = place(index + 1, &section);
        let trimmed = line.trim();
        if trimmed.starts_with('#') {
            section = liquid(trimmed.trim_start_matches('#').trim());
            in_geo_list = None;
        } else if let Some(tag) = liquid_tag(trimmed) {
            let mut words = tag.split_whitespace();
            match words.next() {
                Some("table") => {
                    let end = (index + 1..lines.len())
                        .find(|&at| liquid_tag(lines[at].trim()) == Some("endtable"))
                        .ok_or_else(|| {
                            format!("{here}: `{{% table %}}` without `{{% endtable %}}`")
                        })?;
                    read_table(yaml_table(&here, &lines[index + 1..end])?, &mut page)?;
                    index = end;
                }
                Some(include) if include.starts_with("include") => {
                    let path = words
                        .next()
                        .ok_or_else(|| format!("{here}: include without a path"))?;
                    page.includes.push((path.to_string(), here));
                }
                // Other tags (`konnect_api_request` and its end, `if`)
                // hold no table or list of the page's facts.
                _ => {}
            }
        } else if trimmed.starts_with('|') {
            let end = (index..lines.len())
                .find(|&at| !lines[at].trim().starts_with('|'))
                .unwrap_or(lines.len());
            read_table(pipe_table(&here, &lines[index..end])?, &mut page)?;
            index = end;
            continue;
        } else if trimmed.contains("region identifiers") {
            in_geo_list = Some(here);
        } else {
            let item = trimmed
                .strip_prefix("* ")
                .or_else(|| trimmed.strip_prefix("- "));
            match (&in_geo_list, item) {
                (Some(_), Some(item)) => page.geos.push(geo_item(item, here)?),
                (Some(_), None) if trimmed.is_empty() => {}
                (Some(start), None) if page.geos.is_empty() => {
                    return Err(format!("{start}: no list of geos follows"));
                }
                _ => {
                    in_geo_list = None;
                    read_prose(trimmed, &here, &mut page)?;
                }
            }
        }
        index += 1;
    }
    if let Some(start) = in_geo_list.filter(|_| page.geos.is_empty()) {
        return Err(format!("{start}: no list of geos follows"));
    }
    Ok(page)
}

/// The index of the first line after a `---` front matter block.
fn front_matter_end(lines: &[&str]) -> usize {
    if lines.first().map(|line| line.trim()) != Some("---") {
        return 0;
    }
    (1..lines.len())
        .find(|&at| lines[at].trim() == "---")
        .map_or(lines.len(), |end| end + 1)
}

/// The inside of a line that is one Liquid tag: `{% table %}` gives `table`.
fn liquid_tag(line: &str) -> Option<&str> {
    let inner = line.strip_prefix("{%")?.strip_suffix("%}")?;
    Some(
        inner
            .trim()
            .trim_start_matches('-')
            .trim_end_matches('-')
            .trim(),
    )
}

/// The text with each Liquid output (`{{site.konnect_short_name}}`) written
/// as its value, or its name where it is not one of the page's.
fn liquid(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(length) = rest[start..].find("}}") else {
            break;
        };
        out.push_str(&rest[..start]);
        let name = rest[start + 2..start + length].trim();
        out.push_str(match name {
            "site.konnect_short_name" | "site.konnect_saas" => "Konnect",
            "site.base_gateway" => "Kong Gateway",
            "site.event_gateway_short" => "Event Gateway",
            "site.mesh_product_name" => "Kong Mesh",
            other => other.strip_prefix("site.").unwrap_or(other),
        });
        rest = &rest[start + length + 2..];
    }
    out.push_str(rest);
    out
}

/// The code spans of a text, in order; `Err` for an unclosed one.
fn code_spans(text: &str) -> Result<Vec<&str>, ()> {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len() % 2 == 0 {
        return Err(());
    }
    Ok(parts.iter().skip(1).step_by(2).copied().collect())
}

/// Every name ending in a Konnect domain in a line: `cloud.konghq.com`,
/// the host of a URL, a template such as `PORTAL_ID.{region}.portal.konghq.com`.
fn konnect_names(line: &str) -> Vec<String> {
    line.split(|c: char| !(c.is_ascii_alphanumeric() || "._-{}".contains(c)))
        .map(|word| word.trim_matches('.'))
        .filter(|word| is_konnect_name(word))
        .map(str::to_string)
        .collect()
}

fn is_konnect_name(name: &str) -> bool {
    [".konghq.com", ".kongportals.com"]
        .iter()
        .any(|domain| name.ends_with(domain))
}

/// A Markdown pipe table: header, separator, rows.
fn pipe_table(start: &Place, lines: &[&str]) -> Result<Table, String> {
    let cells = |line: &str| -> Vec<String> {
        let line = line.trim();
        let line = line.strip_prefix('|').unwrap_or(line);
        let line = line.strip_suffix('|').unwrap_or(line);
        line.split('|')
            .map(|cell| cell.trim().to_string())
            .collect()
    };
    let header = cells(lines[0]);
    let separator = lines.get(1).map(|line| cells(line)).unwrap_or_default();
    let is_rule = |cell: &String| {
        let dashes = cell.trim_start_matches(':').trim_end_matches(':');
        !dashes.is_empty() && dashes.chars().all(|c| c == '-')
    };
    if separator.len() != header.len() || !separator.iter().all(is_rule) {
        return Err(format!(
            "{start}: a table row without a separator row (`|---|`) of {} cells below it",
            header.len()
        ));
    }
    let mut rows = Vec::new();
    for (offset, line) in lines.iter().enumerate().skip(2) {
        let row = cells(line);
        if row.len() != header.len() {
            return Err(format!(
                "{} line {}, {:?}: a table row of {} cells under a header of {}",
                start.file,
                start.line + offset,
                start.section,
                row.len(),
                header.len()
            ));
        }
        rows.push((start.line + offset, row));
    }
    Ok(Table {
        place: start.clone(),
        columns: header.iter().map(|title| column_name(title)).collect(),
        rows,
    })
}

/// A Liquid `{% table %}` block: YAML with `columns` (title, key) and
/// `rows` (one mapping each). `start` is the `{% table %}` line and `body`
/// the lines up to `{% endtable %}`.
fn yaml_table(start: &Place, body: &[&str]) -> Result<Table, String> {
    use serde_norway::Value;
    let text: Vec<String> = body.iter().map(|line| liquid(line)).collect();
    let yaml: Value = serde_norway::from_str(&text.join("\n"))
        .map_err(|error| format!("{start}: `{{% table %}}` is not YAML: {error}"))?;
    let unreadable = |what: &str| format!("{start}: `{{% table %}}` has {what}");
    let list = |key: &str| match yaml.get(key) {
        Some(Value::Sequence(items)) => Ok(items),
        _ => Err(unreadable(&format!("no `{key}:` list"))),
    };
    let text_of = |value: Option<&Value>| match value {
        None => Some(String::new()),
        Some(Value::String(text)) => Some(text.clone()),
        Some(Value::Number(number)) => Some(number.to_string()),
        Some(_) => None,
    };
    let mut titles = Vec::new();
    let mut keys = Vec::new();
    for column in list("columns")? {
        match (
            text_of(column.get("title")),
            column.get("key").and_then(Value::as_str),
        ) {
            (Some(title), Some(key)) if !title.is_empty() => {
                titles.push(column_name(&title));
                keys.push(key.to_string());
            }
            _ => return Err(unreadable("a column without a title or key")),
        }
    }
    // Each row's line: the `- ` items at the indentation of the first one
    // after `rows:`.
    let rows_at = body.iter().position(|line| line.trim() == "rows:");
    let items: Vec<usize> = rows_at
        .map(|at| {
            let indent = |line: &str| line.len() - line.trim_start().len();
            let first = body[at + 1..]
                .iter()
                .find(|line| line.trim_start().starts_with("- "));
            let depth = first.map_or(0, |line| indent(line));
            (at + 1..body.len())
                .filter(|&i| body[i].trim_start().starts_with("- ") && indent(body[i]) == depth)
                .collect()
        })
        .unwrap_or_default();
    let rows_yaml = list("rows")?;
    if items.len() != rows_yaml.len() {
        return Err(unreadable(&format!(
            "{} rows, but {} `- ` items at the rows' indentation",
            rows_yaml.len(),
            items.len()
        )));
    }
    let mut rows = Vec::new();
    for (row, item) in rows_yaml.iter().zip(items) {
        let line = start.line + 1 + item;
        let mut cells = Vec::new();
        for key in &keys {
            cells.push(text_of(row.get(key)).ok_or_else(|| {
                format!(
                    "{} line {line}, {:?}: the value of `{key}` is not text",
                    start.file, start.section
                )
            })?);
        }
        rows.push((line, cells));
    }
    Ok(Table {
        place: start.clone(),
        columns: titles,
        rows,
    })
}

/// A column title as compared: Liquid written out, no backticks, lower case.
fn column_name(title: &str) -> String {
    liquid(title).replace('`', "").trim().to_lowercase()
}

/// Takes a table's hosts or ports into `page`.
fn read_table(table: Table, page: &mut Page) -> Result<(), String> {
    const KNOWN: [&str; 5] = [
        "hostname",
        "port",
        "protocol",
        "kong.conf setting",
        "description",
    ];
    let column = |name: &str| table.columns.iter().position(|title| title == name);
    let shape = (column("hostname"), column("port"), column("protocol"));
    let readable = table
        .columns
        .iter()
        .all(|title| KNOWN.contains(&title.as_str()))
        && matches!(shape, (Some(_), None, None) | (None, Some(_), Some(_)));
    if !readable {
        return Err(format!(
            "{}: cannot read a table with columns {:?}: expected hostname and description, \
             or port, protocol, description and optionally kong.conf setting",
            table.place, table.columns
        ));
    }
    let setting = column("kong.conf setting");
    for (line, cells) in &table.rows {
        let here = Place {
            line: *line,
            ..table.place.clone()
        };
        let spans = |cell| cell_spans(cell, &here);
        if let (Some(at), _, _) = shape {
            let cell = liquid(&cells[at]);
            match spans(&cell)?.as_slice() {
                [name] if cell.trim() == format!("`{name}`") => {
                    page.hosts.push(host_row(name, None, &here)?);
                }
                _ => return Err(format!("{here}: hostname cell {cell:?} is not one `NAME`")),
            }
        } else if let (None, Some(port), Some(protocol)) = shape {
            let cell = &cells[port];
            let numbers: Vec<u16> = spans(cell)?
                .iter()
                .map(|span| span.parse::<u16>())
                .collect::<Result<_, _>>()
                .map_err(|_| {
                    format!("{here}: port cell {cell:?} holds a code span that is not a port")
                })?;
            if numbers.is_empty() {
                return Err(format!("{here}: port cell {cell:?} holds no `NUMBER`"));
            }
            let mut transports = Vec::new();
            let mut apps = Vec::new();
            for word in cells[protocol].replace("<br>", " ").split_whitespace() {
                match (word.to_lowercase().parse::<Protocol>(), word) {
                    (Ok(transport), _) => transports.push(transport),
                    (Err(_), "HTTP" | "HTTPS") => apps.push(word.to_lowercase()),
                    _ => {
                        return Err(format!(
                            "{here}: protocol {word:?} is neither a transport (TCP, UDP) nor HTTP or HTTPS"
                        ));
                    }
                }
            }
            // HTTP and HTTPS run over TCP.
            if transports.is_empty() && !apps.is_empty() {
                transports.push(Protocol::Tcp);
            }
            let setting = match setting.map(|at| &cells[at]) {
                None => None,
                Some(cell) => match spans(cell)?.as_slice() {
                    [name] => Some(name.to_string()),
                    _ => {
                        return Err(format!(
                            "{here}: kong.conf setting cell {cell:?} is not one `NAME`"
                        ));
                    }
                },
            };
            page.ports.push(PortRow {
                numbers,
                transports,
                apps,
                setting,
                place: here,
            });
        }
    }
    Ok(())
}

/// The code spans of a table cell.
fn cell_spans<'a>(cell: &'a str, here: &Place) -> Result<Vec<&'a str>, String> {
    code_spans(cell).map_err(|()| format!("{here}: unclosed code span in {cell:?}"))
}

/// A hostname template from a cell or a sentence, with an optional `:PORT`.
fn host_row(text: &str, regions: Option<Vec<String>>, here: &Place) -> Result<HostRow, String> {
    let (name, port) = match text.rsplit_once(':') {
        Some((name, port)) => {
            let port = port
                .parse::<u16>()
                .map_err(|_| format!("{here}: {text:?} has a port that is not a number"))?;
            (name, Some(port))
        }
        None => (text, None),
    };
    let mut labels = Vec::new();
    for label in name.split('.') {
        let upper = !label.is_empty() && label.chars().all(|c| c.is_ascii_uppercase() || c == '_');
        let lower = !label.is_empty()
            && label
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        labels.push(match label {
            "{region}" | "{geo}" | "REGION" => "{geo}",
            _ if upper || lower => label,
            _ => {
                return Err(format!(
                    "{here}: {text:?} is not a hostname template (label {label:?})"
                ));
            }
        });
    }
    Ok(HostRow {
        written: name.to_string(),
        template: labels.join("."),
        port,
        regions,
        place: here.clone(),
    })
}

/// A Konnect name in a code span of prose, with the region values a
/// sentence beside it lists ("The geo can be `au`, `eu`, `us`, or `global`").
fn read_prose(line: &str, here: &Place, page: &mut Page) -> Result<(), String> {
    let Ok(spans) = code_spans(line) else {
        return Ok(()); // a backtick in prose, not a code span of a name
    };
    let regions = match line.split_once("can be") {
        Some((_, list)) => Some(
            code_spans(list)
                .map_err(|()| format!("{here}: unclosed code span in {list:?}"))?
                .iter()
                .map(|span| span.to_string())
                .collect::<Vec<_>>(),
        ),
        None => None,
    };
    for span in spans {
        let name = span.split(':').next().unwrap_or(span);
        if is_konnect_name(name) {
            page.hosts.push(host_row(span, regions.clone(), here)?);
        }
    }
    Ok(())
}

/// One item of the geo list: `AU (Australia): `au``, perhaps with
/// `(beta)` after the name.
fn geo_item(item: &str, here: Place) -> Result<PageGeo, String> {
    let unreadable = || format!("{here}: geo list item {item:?} is not `XX (Name): `id``");
    let name = item
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(name, _)| name.trim().to_string())
        .ok_or_else(unreadable)?;
    let id = match code_spans(item).map_err(|()| unreadable())?.as_slice() {
        [id] if !id.is_empty() => id.to_string(),
        _ => return Err(unreadable()),
    };
    Ok(PageGeo {
        id,
        name,
        place: here,
    })
}

// ---------------------------------------------------------------------------
// The revisions and their facts

/// A vendored revision of the page with the edition it is compared with.
struct Revision {
    /// `2025-04`, from the file name.
    month: String,
    edition: Edition,
    /// The page and the files it includes, read.
    page: Page,
    /// Where the edition came from, if not from an edition's date.
    note: Option<String>,
}

/// Every vendored page in `dir`, each with its includes and its edition:
/// the one of the same month, or [`Edition::LATEST`] for a revision newer
/// than every edition.
fn revisions(dir: &str) -> Result<Vec<Revision>, String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map_err(|error| format!("{dir}: {error}"))?
        .map(|entry| entry.map(|entry| entry.file_name().to_string_lossy().into_owned()))
        .collect::<Result<_, _>>()
        .map_err(|error| format!("{dir}: {error}"))?;
    files.sort();
    let read = |file: &str| {
        std::fs::read_to_string(format!("{dir}/{file}")).map_err(|error| format!("{file}: {error}"))
    };
    let newest = Edition::ALL
        .iter()
        .map(|edition| &edition.date()[..7])
        .max();
    let mut revisions = Vec::new();
    for file in &files {
        let Some(month) = file
            .strip_prefix("konnect-network-")
            .and_then(|rest| rest.strip_suffix(".md"))
        else {
            continue;
        };
        let (edition, note) = match Edition::ALL.iter().find(|e| e.date().starts_with(month)) {
            Some(edition) => (*edition, None),
            None if Some(month) > newest => (
                Edition::LATEST,
                Some(format!(
                    "{file} is newer than every edition: compared with {}",
                    Edition::LATEST
                )),
            ),
            None => return Err(format!("{file}: no edition is of {month}")),
        };
        let mut page = parse(file, &read(file)?, "(top)")?;
        if page.geos.is_empty() {
            return Err(format!(
                "{file}: no list of geos (\"... region identifiers ...\" and its items)"
            ));
        }
        for (path, place) in page.includes.clone() {
            let name = path.rsplit('/').next().unwrap_or(&path);
            let vendored = format!("{}-{month}.md", name.trim_end_matches(".md"));
            if !files.contains(&vendored) {
                return Err(format!(
                    "{place}: includes {path}, which is not vendored beside it as {vendored}"
                ));
            }
            let included = parse(&vendored, &read(&vendored)?, &place.section)?;
            if let Some((nested, at)) = included.includes.first() {
                return Err(format!(
                    "{at}: includes {nested}, and nested includes are not read"
                ));
            }
            page.geos.extend(included.geos);
            page.hosts.extend(included.hosts);
            page.ports.extend(included.ports);
            page.names.extend(included.names);
        }
        revisions.push(Revision {
            month: month.to_string(),
            edition,
            page,
            note,
        });
    }
    for edition in Edition::ALL {
        if !revisions
            .iter()
            .any(|revision| revision.edition == *edition)
        {
            return Err(format!(
                "no vendored revision of Kong's page for {edition}: add konnect-network-{}.md",
                &edition.date()[..7]
            ));
        }
    }
    Ok(revisions)
}

/// Facts, each with where it was read.
type Facts = BTreeMap<String, String>;

/// The page's facts: its geos, templates, hosts (identifiers as `*`),
/// ports, their transports, protocols and kong.conf settings.
fn page_facts(page: &Page) -> Facts {
    let mut facts = Facts::new();
    // Which geos, not their order: the crate lists every edition's geos in
    // `Geo::ALL` order (the Aug2026 page writes `sg` before `us`).
    let mut ids: Vec<&str> = page.geos.iter().map(|geo| geo.id.as_str()).collect();
    ids.sort_unstable();
    if let Some(first) = page.geos.first() {
        insert(
            &mut facts,
            format!("geos: {}", ids.join(", ")),
            first.place.to_string(),
        );
    }
    for geo in &page.geos {
        insert(
            &mut facts,
            format!("geo {} is {}", geo.id, geo.name),
            geo.place.to_string(),
        );
    }
    for row in &page.hosts {
        insert(
            &mut facts,
            format!("template {}", row.template),
            row.place.to_string(),
        );
        let regions: Vec<&str> = match &row.regions {
            Some(regions) => regions.iter().map(String::as_str).collect(),
            None => ids.clone(),
        };
        for host in expand(&row.template, &regions) {
            insert(&mut facts, format!("host {host}"), row.place.to_string());
            if let Some(port) = row.port {
                insert(
                    &mut facts,
                    format!("host {host} on {port}/tcp"),
                    row.place.to_string(),
                );
            }
        }
    }
    for row in &page.ports {
        for number in &row.numbers {
            for transport in &row.transports {
                insert(
                    &mut facts,
                    format!("port {number}/{transport}"),
                    row.place.to_string(),
                );
            }
            for app in &row.apps {
                insert(
                    &mut facts,
                    format!("port {number} speaks {app}"),
                    row.place.to_string(),
                );
            }
            if let Some(setting) = &row.setting {
                insert(
                    &mut facts,
                    format!("port {number} is set by {setting}"),
                    row.place.to_string(),
                );
            }
        }
    }
    facts
}

/// Adds a fact, keeping the first place it was read.
fn insert(facts: &mut Facts, fact: String, place: String) {
    facts.entry(fact).or_insert(place);
}

/// A template's hosts: one per region, identifiers as `*`.
fn expand(template: &str, regions: &[&str]) -> Vec<String> {
    let host = |region: &str| -> String {
        template
            .split('.')
            .map(|label| match label {
                "{geo}" => region,
                _ if label.chars().all(|c| c.is_ascii_uppercase() || c == '_') => "*",
                _ => label,
            })
            .collect::<Vec<_>>()
            .join(".")
    };
    if template.split('.').any(|label| label == "{geo}") {
        regions.iter().map(|region| host(region)).collect()
    } else {
        vec![host("")]
    }
}

/// The word the page uses for an application protocol: it writes the
/// cluster port's HTTPS-with-client-certificates as `HTTPS` (and says mTLS
/// in the description).
fn page_word(app: AppProtocol) -> &'static str {
    match app {
        AppProtocol::HttpsMtls => "https",
        other => other.as_str(),
    }
}

/// The crate's facts of `edition`, in the page's terms: every geo, written
/// template and port it lists, and every rule of the requirements of every
/// geo with every product and option that adds hosts, identifiers left out
/// (so they are `*`). `Err` for a refusal other than "the edition lists no
/// such host".
fn crate_facts(edition: Edition) -> Result<Facts, String> {
    let mut facts = Facts::new();
    let mut ids: Vec<&str> = edition.geos().iter().map(|geo| geo.as_str()).collect();
    ids.sort_unstable();
    insert(
        &mut facts,
        format!("geos: {}", ids.join(", ")),
        "Edition::geos()".into(),
    );
    let listed = edition
        .geos()
        .iter()
        .chain(Geo::ALL.iter().filter(|geo| geo.is_in(edition)));
    for geo in listed {
        insert(
            &mut facts,
            format!("geo {geo} is {}", geo.name()),
            "Geo::name()".into(),
        );
    }
    for endpoint in Endpoint::ALL {
        if let Some(template) = endpoint.template(edition) {
            insert(
                &mut facts,
                format!("template {template}"),
                format!("Endpoint::{endpoint:?}"),
            );
        }
    }
    for port in Port::ALL.iter().filter(|port| port.is_in(edition)) {
        let source = format!("Port::{port:?}");
        let number = port.number();
        for transport in port.transports() {
            insert(
                &mut facts,
                format!("port {number}/{transport}"),
                source.clone(),
            );
        }
        if let Some(app) = port.app_protocol() {
            insert(
                &mut facts,
                format!("port {number} speaks {}", page_word(app)),
                source.clone(),
            );
        }
        if let Some(setting) = port.kong_conf_setting() {
            insert(
                &mut facts,
                format!("port {number} is set by {setting}"),
                source.clone(),
            );
        }
    }
    for geo in edition.geos() {
        for product in Product::ALL {
            let base = Requirements::for_geo(*geo)
                .with_edition(edition)
                .with_products([*product]);
            let builders = match product {
                Product::Mesh => Mesh::ALL
                    .iter()
                    .map(|mesh| base.clone().with_mesh(*mesh))
                    .collect(),
                Product::ApiGateway => vec![
                    base.clone(),
                    base.clone().with_private_link(),
                    base.clone().with_global_private_link(),
                ],
                _ => vec![base],
            };
            for builder in builders {
                let req = match builder.build() {
                    Ok(req) => req,
                    Err(error)
                        if matches!(
                            error.kind(),
                            ErrorKind::EndpointNotInEdition
                                | ErrorKind::NoMeshSyncHost
                                | ErrorKind::NoGlobalHost
                                | ErrorKind::NoPrivateLinkHost
                        ) =>
                    {
                        continue;
                    }
                    Err(error) => return Err(format!("{edition}, {geo}, {product}: {error}")),
                };
                for rule in req.rules() {
                    let source = match (rule.endpoint(), rule.listener()) {
                        (Some(endpoint), _) => format!("Endpoint::{endpoint:?} ({geo}, {product})"),
                        (None, Some(listener)) => format!("Listener {listener} ({geo}, {product})"),
                        (None, None) => format!("rule {rule} ({geo}, {product})"),
                    };
                    let number = rule.port();
                    let transport = rule.protocol();
                    insert(
                        &mut facts,
                        format!("port {number}/{transport}"),
                        source.clone(),
                    );
                    if let Some(host) = rule.host() {
                        insert(&mut facts, format!("host {host}"), source.clone());
                        insert(
                            &mut facts,
                            format!("host {host} on {number}/{transport}"),
                            source.clone(),
                        );
                    } else {
                        if let Some(app) = rule.app_protocol() {
                            insert(
                                &mut facts,
                                format!("port {number} speaks {}", page_word(app)),
                                source.clone(),
                            );
                        }
                        if let Some(setting) = rule.kong_conf_setting() {
                            insert(
                                &mut facts,
                                format!("port {number} is set by {setting}"),
                                source.clone(),
                            );
                        }
                    }
                }
            }
        }
    }
    Ok(facts)
}

/// The facts of `entries` that apply, `{geo}` written out for each of
/// `geos`, with their sources.
fn elsewhere_facts(edition: Option<Edition>, geos: &[&str]) -> Facts {
    let mut facts = Facts::new();
    for entry in ELSEWHERE {
        let applies = edition.is_none_or(|edition| entry.editions.contains(&edition));
        for fact in entry.facts {
            if fact.starts_with("recognized") != edition.is_none() || !applies {
                continue;
            }
            if fact.starts_with("host ") && fact.contains("{geo}") {
                for geo in geos {
                    insert(
                        &mut facts,
                        fact.replace("{geo}", geo),
                        entry.source.to_string(),
                    );
                }
            } else {
                insert(&mut facts, fact.to_string(), entry.source.to_string());
            }
        }
    }
    facts
}

/// Every difference between the page's and the crate's facts under
/// `label`; facts from elsewhere must be in the crate and not on the page.
fn compare(label: &str, page: &Facts, krate: &Facts, elsewhere: &Facts) -> Vec<String> {
    let mut diffs = Vec::new();
    for (fact, place) in page {
        if !krate.contains_key(fact) {
            diffs.push(format!(
                "{label}: on Kong's page, not in the crate: {fact} ({place})"
            ));
        }
    }
    for (fact, source) in krate {
        if !page.contains_key(fact) && !elsewhere.contains_key(fact) {
            diffs.push(format!(
                "{label}: in the crate, not on Kong's page: {fact} ({source})"
            ));
        }
    }
    for fact in elsewhere.keys() {
        if let Some(place) = page.get(fact) {
            diffs.push(format!(
                "{label}: listed in ELSEWHERE but Kong's page has it now: {fact} ({place})"
            ));
        } else if !krate.contains_key(fact) {
            diffs.push(format!(
                "{label}: listed in ELSEWHERE but not in the crate: {fact}"
            ));
        }
    }
    diffs
}

/// Drops the crate's `host H on PORT` facts for hosts the page gives no
/// port for: it writes one for the mesh sync host only
/// (`{geo}.mesh.sync.konghq.com:443`); the others are on its cluster port,
/// which the `port 443/tcp` facts compare.
fn keep_ports_the_page_gives(page: &Facts, krate: &mut Facts) {
    let host_of = |fact: &str| {
        fact.strip_prefix("host ")
            .and_then(|rest| rest.split_once(" on "))
            .map(|(host, _)| host.to_string())
    };
    let given: BTreeSet<String> = page.keys().filter_map(|fact| host_of(fact)).collect();
    krate.retain(|fact, _| host_of(fact).is_none_or(|host| given.contains(&host)));
}

/// Every Konnect name of a page that is not one of its hostname templates
/// must be in [`NOT_HOSTS`], and every entry there on its page.
fn stray_names(revision: &Revision) -> Vec<String> {
    let label = revision.edition.as_str();
    let written: BTreeSet<&str> = revision
        .page
        .hosts
        .iter()
        .map(|row| row.written.as_str())
        .collect();
    let known: Vec<&str> = NOT_HOSTS
        .iter()
        .filter(|(edition, ..)| *edition == revision.edition)
        .map(|(_, name, _)| *name)
        .collect();
    let mut diffs = Vec::new();
    for (name, place) in &revision.page.names {
        if !written.contains(name.as_str()) && !known.contains(&name.as_str()) {
            diffs.push(format!(
                "{label}: Kong's page names {name} outside its tables and lists (in {} line {}): \
                 a host to allow, or one for NOT_HOSTS?",
                place.file, place.line
            ));
        }
    }
    for name in known {
        if !revision.page.names.iter().any(|(seen, _)| seen == name) {
            diffs.push(format!(
                "{label}: listed in NOT_HOSTS but not on Kong's page: {name}"
            ));
        }
    }
    diffs
}

// ---------------------------------------------------------------------------
// The tests

/// Every difference between the vendored revisions in `dir` and the crate,
/// and between the templates of every revision and those `classify`
/// recognizes; `Err` for a page the parser cannot read.
fn disagreements(dir: &str) -> Result<Vec<String>, String> {
    let mut diffs = Vec::new();
    let mut every_template = Facts::new();
    for revision in &revisions(dir)? {
        let label = format!("{} (page of {})", revision.edition, revision.month);
        diffs.extend(revision.note.clone());
        let page = page_facts(&revision.page);
        let mut krate = crate_facts(revision.edition)?;
        keep_ports_the_page_gives(&page, &mut krate);
        let geos: Vec<&str> = revision
            .page
            .geos
            .iter()
            .map(|geo| geo.id.as_str())
            .collect();
        let elsewhere = elsewhere_facts(Some(revision.edition), &geos);
        diffs.extend(compare(&label, &page, &krate, &elsewhere));
        diffs.extend(stray_names(revision));
        for (fact, place) in page {
            if let Some(template) = fact.strip_prefix("template ") {
                insert(
                    &mut every_template,
                    format!("recognized template {template}"),
                    place,
                );
            }
        }
    }
    let mut recognized = Facts::new();
    for endpoint in Endpoint::ALL {
        for template in endpoint.recognized_templates() {
            let fact = format!("recognized template {template}");
            insert(&mut recognized, fact, format!("Endpoint::{endpoint:?}"));
        }
    }
    let label = "classify, any edition";
    let elsewhere = elsewhere_facts(None, &[]);
    diffs.extend(compare(label, &every_template, &recognized, &elsewhere));
    Ok(diffs)
}

/// The test the module is for: every vendored revision against its
/// edition, both ways, and every template `classify` recognizes against
/// the pages.
#[test]
fn kong_page_and_crate_agree() {
    let diffs = disagreements(DATA).unwrap_or_else(|error| panic!("{error}"));
    assert!(
        diffs.is_empty(),
        "Kong's page and the crate disagree:\n{}",
        diffs.join("\n")
    );
}

/// One line per fact the parser read, for exact comparison.
fn summary(page: &Page) -> Vec<String> {
    let mut lines = Vec::new();
    for geo in &page.geos {
        lines.push(format!("geo {} {} ({})", geo.id, geo.name, geo.place));
    }
    for row in &page.hosts {
        lines.push(format!(
            "host {} as {} port {:?} regions {:?} ({})",
            row.written, row.template, row.port, row.regions, row.place
        ));
    }
    for row in &page.ports {
        let transports: Vec<&str> = row.transports.iter().map(|t| t.as_str()).collect();
        lines.push(format!(
            "port {:?} {:?} {:?} {:?} ({})",
            row.numbers, transports, row.apps, row.setting, row.place
        ));
    }
    for (path, place) in &page.includes {
        lines.push(format!("include {path} ({place})"));
    }
    for (name, place) in &page.names {
        lines.push(format!("name {name} (line {})", place.line));
    }
    lines
}

/// A page with each form the vendored revisions use: front matter, Liquid
/// outputs (one starting a YAML value), both table kinds, `<br>`, a link
/// around a code span, an include, a geo list with "(beta)", a sentence
/// listing a host's regions, and a tag block the parser passes over.
const SAMPLE: &str = r#"---
title: "{{site.konnect_short_name}} sample"
faqs:
  - a: |
      | not | a table in front matter |
      See https://docs.konghq.com/x.
---

## {{site.konnect_short_name}} ports

| Port | Protocol | Description |
|:-----|:---------|:------------|
| `443` | TCP <br>HTTPS | Cluster. |

{% table %}
columns:
  - title: Port
    key: port
  - title: Protocol
    key: protocol
  - title: "`kong.conf` setting"
    key: setting
rows:
  - port: "`8071`<br>`20010`"
    protocol: "TCP<br>UDP"
    setting: "[`audit_listen`](/x)"
{% endtable %}

{% include_cached /sections/more.md %}

## Hostnames

The following geos and their hostname region identifiers are supported:
* AU (Australia): `au`
* SG (Singapore) (beta): `sg`

<!--vale off-->
{% table %}
columns:
  - title: Hostname
    key: hostname
  - title: Description
    key: description
rows:
  - hostname: "`PORTAL_ID.REGION.kongportals.com`"
    description: {{site.konnect_short_name}} portal.
  - hostname: "`cloud.konghq.com`"
    description: >-
      The platform,
      on two lines.
{% endtable %}

Add `{geo}.mesh.sync.konghq.com:443`. The geo can be `au` or `global`.

{% konnect_api_request %}
url: /v3/x
region: global
{% endkonnect_api_request %}
"#;

#[test]
fn parser_reads_every_form_of_the_page() {
    let page = parse("t.md", SAMPLE, "(top)").unwrap();
    assert_eq!(
        summary(&page),
        [
            r#"geo au Australia (t.md line 34, "Hostnames")"#,
            r#"geo sg Singapore (t.md line 35, "Hostnames")"#,
            r#"host PORTAL_ID.REGION.kongportals.com as PORTAL_ID.{geo}.kongportals.com port None regions None (t.md line 45, "Hostnames")"#,
            r#"host cloud.konghq.com as cloud.konghq.com port None regions None (t.md line 47, "Hostnames")"#,
            r#"host {geo}.mesh.sync.konghq.com as {geo}.mesh.sync.konghq.com port Some(443) regions Some(["au", "global"]) (t.md line 53, "Hostnames")"#,
            r#"port [443] ["tcp"] ["https"] None (t.md line 13, "Konnect ports")"#,
            r#"port [8071, 20010] ["tcp", "udp"] [] Some("audit_listen") (t.md line 24, "Konnect ports")"#,
            r#"include /sections/more.md (t.md line 29, "Konnect ports")"#,
            "name docs.konghq.com (line 6)",
            "name PORTAL_ID.REGION.kongportals.com (line 45)",
            "name cloud.konghq.com (line 47)",
            "name {geo}.mesh.sync.konghq.com (line 53)",
        ]
    );
}

/// What `parse` says about `text`, which it must refuse.
#[track_caller]
fn refusal(text: &str) -> String {
    match parse("t.md", text, "(top)") {
        Ok(page) => panic!("read {text:?} as {:#?}", summary(&page)),
        Err(error) => error,
    }
}

#[test]
fn parser_names_the_table_it_cannot_read() {
    let hostnames = "## Hostnames\n\n| Hostname | Description |\n|---|---|\n";
    let ports = "## Ports\n\n| Port | Protocol | Description |\n|---|---|---|\n";
    let cases = [
        (
            "## Hostnames\n\n| Hostname | Region | Description |\n|---|---|---|\n| `a.konghq.com` | eu | A. |\n".to_string(),
            r#"t.md line 3, "Hostnames": cannot read a table with columns ["hostname", "region", "description"]: expected hostname and description, or port, protocol, description and optionally kong.conf setting"#,
        ),
        (
            "## Hostnames\n\n| Hostname | Description |\n| `a.konghq.com` | A. |\n".to_string(),
            r#"t.md line 3, "Hostnames": a table row without a separator row (`|---|`) of 2 cells below it"#,
        ),
        (
            format!("{hostnames}| `a.konghq.com` | A. | extra |\n"),
            r#"t.md line 5, "Hostnames": a table row of 3 cells under a header of 2"#,
        ),
        (
            format!("{hostnames}| `a.konghq.com` or `b.konghq.com` | A. |\n"),
            r#"t.md line 5, "Hostnames": hostname cell "`a.konghq.com` or `b.konghq.com`" is not one `NAME`"#,
        ),
        (
            format!("{hostnames}| a.konghq.com | A. |\n"),
            r#"t.md line 5, "Hostnames": hostname cell "a.konghq.com" is not one `NAME`"#,
        ),
        (
            format!("{hostnames}| `a.{{pl}}.konghq.com` | A. |\n"),
            r#"t.md line 5, "Hostnames": "a.{pl}.konghq.com" is not a hostname template (label "{pl}")"#,
        ),
        (
            format!("{hostnames}| `a.konghq.com:https` | A. |\n"),
            r#"t.md line 5, "Hostnames": "a.konghq.com:https" has a port that is not a number"#,
        ),
        (
            format!("{hostnames}| `a.konghq.com | A. |\n"),
            r#"t.md line 5, "Hostnames": unclosed code span in "`a.konghq.com""#,
        ),
        (
            format!("{ports}| `TBD` | TCP | A. |\n"),
            r#"t.md line 5, "Ports": port cell "`TBD`" holds a code span that is not a port"#,
        ),
        (
            format!("{ports}| 443 | TCP | A. |\n"),
            r#"t.md line 5, "Ports": port cell "443" holds no `NUMBER`"#,
        ),
        (
            format!("{ports}| `443` | TCP<br>SCTP | A. |\n"),
            r#"t.md line 5, "Ports": protocol "SCTP" is neither a transport (TCP, UDP) nor HTTP or HTTPS"#,
        ),
        (
            "## Ports\n\n{% table %}\ncolumns:\n  - title: Port\n    key: port\nrows: []\n".to_string(),
            r#"t.md line 3, "Ports": `{% table %}` without `{% endtable %}`"#,
        ),
        (
            "## Ports\n\n{% table %}\ncolumns:\n  - title: Port\n    key: port\n  - title: Kind\n    key: kind\nrows: []\n{% endtable %}\n".to_string(),
            r#"t.md line 3, "Ports": cannot read a table with columns ["port", "kind"]: expected hostname and description, or port, protocol, description and optionally kong.conf setting"#,
        ),
        (
            "## Ports\n\n{% table %}\ncolumns: [\nrows: []\n{% endtable %}\n".to_string(),
            r#"t.md line 3, "Ports": `{% table %}` is not YAML: did not find expected ',' or ']' at line 3 column 1, while parsing a flow sequence at line 1 column 10"#,
        ),
        (
            "## Ports\n\n{% table %}\nrows: []\n{% endtable %}\n".to_string(),
            r#"t.md line 3, "Ports": `{% table %}` has no `columns:` list"#,
        ),
        (
            "## Ports\n\n{% table %}\ncolumns:\n  - title: Port\n    key: port\n  - title: Protocol\n    key: protocol\nrows:\n  - port: [443]\n    protocol: TCP\n{% endtable %}\n".to_string(),
            r#"t.md line 10, "Ports": the value of `port` is not text"#,
        ),
        (
            "## Hostnames\n\nThese region identifiers are supported:\n* Mars: `ma`\n".to_string(),
            r#"t.md line 4, "Hostnames": geo list item "Mars: `ma`" is not `XX (Name): `id``"#,
        ),
        (
            "## Hostnames\n\nThese region identifiers are supported:\n\nNone yet.\n".to_string(),
            r#"t.md line 3, "Hostnames": no list of geos follows"#,
        ),
    ];
    for (text, message) in cases {
        assert_eq!(refusal(&text), message, "{text}");
    }
}

/// A scratch copy of the vendored revisions, removed when dropped.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("konnect-netreq-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for entry in std::fs::read_dir(DATA).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
        }
        Scratch(dir)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }

    fn copy(&self, from: &str, to: &str) {
        std::fs::copy(self.0.join(from), self.0.join(to)).unwrap();
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The recipe's second step: a revision newer than every edition is
/// compared with the latest; one unchanged since it differs in nothing
/// else, and one whose include is not vendored, or includes another, is
/// refused.
#[test]
fn a_newer_revision_is_compared_with_the_latest_edition() {
    let scratch = Scratch::new("newer");
    scratch.copy("konnect-network-2026-08.md", "konnect-network-2099-01.md");
    assert_eq!(
        disagreements(scratch.path()),
        Err(r#"konnect-network-2099-01.md line 115, "Data plane node ports": includes /sections/data-plane-node-ports.md, which is not vendored beside it as data-plane-node-ports-2099-01.md"#.to_string()),
    );
    scratch.copy(
        "data-plane-node-ports-2026-08.md",
        "data-plane-node-ports-2099-01.md",
    );
    assert_eq!(
        disagreements(scratch.path()),
        Ok(vec![
            "konnect-network-2099-01.md is newer than every edition: compared with aug2026"
                .to_string()
        ]),
    );
    scratch.edit(
        "data-plane-node-ports-2099-01.md",
        "The following are",
        "{% include_cached /sections/more.md %}\nThe following are",
    );
    assert_eq!(
        disagreements(scratch.path()),
        Err(r#"data-plane-node-ports-2099-01.md line 5, "Data plane node ports": includes /sections/more.md, and nested includes are not read"#.to_string()),
    );
}

impl Scratch {
    /// Replaces `from` with `to` in `file`, once.
    fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.0.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.matches(from).count(), 1, "{from:?} in {file}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }
}

/// The test fails when Kong's page changes a host, a port or a geo: each
/// change is listed from both sides.
#[test]
fn an_edited_page_is_a_failure() {
    let page = "konnect-network-2026-08.md";
    let host = Scratch::new("host");
    host.edit(
        page,
        "PREFIX.REGION.tp.konghq.com",
        "PREFIX.REGION.tp1.konghq.com",
    );
    let port = Scratch::new("port");
    port.edit(page, "`8071`<br>`20010`", "`8071`<br>`20011`");
    let geo = Scratch::new("geo");
    geo.edit(
        "konnect-network-2025-04.md",
        "* ME (Middle East): `me`\n",
        "",
    );
    let at = |line: usize, section: &str| {
        format!("(konnect-network-2026-08.md line {line}, \"{section}\")")
    };
    let gateway = "API Gateway hostnames in Konnect";
    let mut want: Vec<String> = Vec::new();
    for geo in ["au", "eu", "in", "me", "sg", "us"] {
        want.push(format!(
            "aug2026 (page of 2026-08): on Kong's page, not in the crate: host *.{geo}.tp1.konghq.com {}",
            at(170, gateway)
        ));
    }
    want.push(format!(
        "aug2026 (page of 2026-08): on Kong's page, not in the crate: template CONTROL_PLANE_DNS_PREFIX.{{geo}}.tp1.konghq.com {}",
        at(170, gateway)
    ));
    for geo in ["au", "eu", "in", "me", "sg", "us"] {
        want.push(format!(
            "aug2026 (page of 2026-08): in the crate, not on Kong's page: host *.{geo}.tp.konghq.com (Endpoint::Telemetry ({geo}, api-gateway))"
        ));
    }
    want.push("aug2026 (page of 2026-08): in the crate, not on Kong's page: template CONTROL_PLANE_DNS_PREFIX.{geo}.tp.konghq.com (Endpoint::Telemetry)".into());
    want.push(format!(
        "classify, any edition: on Kong's page, not in the crate: recognized template CONTROL_PLANE_DNS_PREFIX.{{geo}}.tp1.konghq.com {}",
        at(170, gateway)
    ));
    want.push("classify, any edition: in the crate, not on Kong's page: recognized template CONTROL_PLANE_DNS_PREFIX.{geo}.tp.konghq.com (Endpoint::Telemetry)".into());
    assert_eq!(disagreements(host.path()).unwrap(), want);

    let ports = at(103, "Control plane ports");
    assert_eq!(
        disagreements(port.path()).unwrap(),
        [
            format!("aug2026 (page of 2026-08): on Kong's page, not in the crate: port 20011/tcp {ports}"),
            format!("aug2026 (page of 2026-08): on Kong's page, not in the crate: port 20011/udp {ports}"),
            "aug2026 (page of 2026-08): in the crate, not on Kong's page: port 20010/tcp (Port::AuditLogging20010)".to_string(),
            "aug2026 (page of 2026-08): in the crate, not on Kong's page: port 20010/udp (Port::AuditLogging20010)".to_string(),
        ]
    );

    assert_eq!(
        disagreements(geo.path()).unwrap(),
        [
            r#"apr2025 (page of 2025-04): on Kong's page, not in the crate: geos: au, eu, in, us (konnect-network-2025-04.md line 79, "Hostnames")"#,
            "apr2025 (page of 2025-04): in the crate, not on Kong's page: geo me is Middle East (Geo::name())",
            "apr2025 (page of 2025-04): in the crate, not on Kong's page: geos: au, eu, in, me, us (Edition::geos())",
            "apr2025 (page of 2025-04): in the crate, not on Kong's page: host *.me.cp0.konghq.com (Endpoint::ControlPlane (me, api-gateway))",
            "apr2025 (page of 2025-04): in the crate, not on Kong's page: host *.me.portal.konghq.com (Endpoint::DevPortal (me, dev-portal))",
            "apr2025 (page of 2025-04): in the crate, not on Kong's page: host *.me.tp0.konghq.com (Endpoint::Telemetry (me, api-gateway))",
            "apr2025 (page of 2025-04): in the crate, not on Kong's page: host me.api.konghq.com (Endpoint::RegionalApi (me, api-gateway))",
            "apr2025 (page of 2025-04): in the crate, not on Kong's page: host me.kic.api.konghq.com (Endpoint::IngressController (me, ingress-controller))",
        ]
    );
}
