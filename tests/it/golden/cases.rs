//! The golden cases: every geo of every edition with the option combinations
//! the tests use, each with its golden file's name and the `konnect-netreq`
//! arguments that ask for it. The library's tests (`tests/it/golden/mod.rs`)
//! make each case with the builder and the command's tests
//! (`cli/tests/cli.rs`, which includes this file) run the command; both
//! compare with the same files under `tests/golden/`. A case's files are
//! `DIR/NAME.FORMAT.snap` when its inputs build and `DIR/NAME.error.snap`
//! (the error's message) when they do not, so a case list never says which
//! inputs fail: the files do.
//!
//! The module that includes this file defines `golden_root()`, the folder
//! `tests/golden` seen from its package.

// Each including test crate uses a part of it.
#![allow(dead_code)]

use konnect_netreq::{ConfigFormat, Edition, Endpoint, Format, Geo, Mesh, Product};
use std::path::Path;

/// The control plane DNS prefix, Dev Portal ID and Kong Identity auth
/// server IDs of the cases that have identifiers.
pub const CP_PREFIX: &str = "a1b2c3d4e5";
pub const PORTAL_ID: &str = "d6a3e6b6bc64";
pub const AUTH_SERVER_IDS: [&str; 2] = ["a93xltvowjk8m1qe", "k7sbq2n8x4tdlmwz"];

/// The inputs of one control plane, as the builder and the command's flags
/// take them.
#[derive(Clone, Debug)]
pub struct Inputs {
    pub edition: Edition,
    pub geo: Geo,
    pub cp_prefix: Option<&'static str>,
    pub portal_id: Option<&'static str>,
    pub products: Option<Vec<Product>>,
    pub mesh: Option<Mesh>,
    pub event_gateway: bool,
    pub identity: bool,
    pub auth_server_ids: Vec<&'static str>,
    pub ingress_controller: bool,
    pub private_link: bool,
    pub global_private_link: bool,
    /// `KIND:PORT` texts; empty for Kong's default listeners.
    pub listeners: Vec<&'static str>,
}

impl Inputs {
    /// The geo alone: no identifiers, no options.
    pub fn new(edition: Edition, geo: Geo) -> Inputs {
        Inputs {
            edition,
            geo,
            cp_prefix: None,
            portal_id: None,
            products: None,
            mesh: None,
            event_gateway: false,
            identity: false,
            auth_server_ids: Vec::new(),
            ingress_controller: false,
            private_link: false,
            global_private_link: false,
            listeners: Vec::new(),
        }
    }

    /// With the control plane prefix and the Dev Portal ID.
    pub fn with_ids(mut self) -> Inputs {
        self.cp_prefix = Some(CP_PREFIX);
        self.portal_id = Some(PORTAL_ID);
        self
    }

    /// With every option the edition lists for the geo: the geo's mesh
    /// sync host (or the global one), the Ingress Controller, and the
    /// Event Gateway and Kong Identity with two auth servers where the
    /// edition has them.
    pub fn with_every_option(mut self) -> Inputs {
        self.mesh = Some(if self.edition.mesh_geos().contains(&self.geo) {
            Mesh::Regional
        } else {
            Mesh::Global
        });
        self.ingress_controller = true;
        self.event_gateway = Endpoint::EventGatewayControlPlane.is_in(self.edition);
        if Endpoint::Identity.is_in(self.edition) {
            self.identity = true;
            self.auth_server_ids = AUTH_SERVER_IDS.to_vec();
        }
        self
    }

    /// The flags of `konnect-netreq rules` (and `config`, for the inputs it
    /// takes) for these inputs.
    pub fn args(&self) -> Vec<String> {
        let mut args = vec![
            "--geo".to_owned(),
            self.geo.to_string(),
            "--edition".to_owned(),
            self.edition.to_string(),
        ];
        let mut flag = |name: &str, value: Option<String>| {
            args.push(format!("--{name}"));
            args.extend(value);
        };
        if let Some(prefix) = self.cp_prefix {
            flag("cp-prefix", Some(prefix.to_owned()));
        }
        if let Some(id) = self.portal_id {
            flag("portal-id", Some(id.to_owned()));
        }
        if let Some(products) = &self.products {
            let list: Vec<&str> = products.iter().map(|p| p.as_str()).collect();
            flag("products", Some(list.join(",")));
        }
        if let Some(mesh) = self.mesh {
            flag("mesh", Some(mesh.to_string()));
        }
        if self.event_gateway {
            flag("event-gateway", None);
        }
        if self.identity {
            flag("identity", None);
        }
        for id in &self.auth_server_ids {
            flag("auth-server-id", Some((*id).to_owned()));
        }
        if self.ingress_controller {
            flag("ingress-controller", None);
        }
        if self.private_link {
            flag("private-link", None);
        }
        if self.global_private_link {
            flag("global-private-link", None);
        }
        for listener in &self.listeners {
            flag("listen", Some((*listener).to_owned()));
        }
        args
    }
}

/// A rule list, checked as every format (or only as `hosts`, its rule
/// lines, where the case is about which rules there are).
#[derive(Clone, Debug)]
pub struct RulesCase {
    pub dir: String,
    pub name: String,
    pub inputs: Inputs,
    pub every_format: bool,
}

impl RulesCase {
    fn new(name: &str, inputs: Inputs) -> RulesCase {
        RulesCase {
            dir: format!("rules/{}/{}", inputs.edition, inputs.geo),
            name: name.to_owned(),
            inputs,
            every_format: true,
        }
    }

    /// The formats this case's files are written in.
    pub fn formats(&self) -> Vec<Format> {
        if self.every_format {
            Format::ALL.to_vec()
        } else {
            vec![Format::Hosts]
        }
    }
}

/// Every geo of `Geo::ALL` in every edition: a geo an edition does not list
/// is one case (its error); a listed geo has the cases without and with
/// identifiers, with every option, over PrivateLink (the geo's host, and
/// the global one) where the edition offers it, and each product alone.
/// Then products together, the listener sets the tests use and the
/// README's example.
pub fn rules_cases() -> Vec<RulesCase> {
    let mut cases = Vec::new();
    for &edition in Edition::ALL {
        for &geo in Geo::ALL {
            let geo_only = Inputs::new(edition, geo);
            cases.push(RulesCase::new("wildcards", geo_only.clone()));
            if !edition.geos().contains(&geo) {
                continue;
            }
            let ids = geo_only.clone().with_ids();
            cases.push(RulesCase::new("ids", ids.clone()));
            cases.push(RulesCase::new(
                "all-options",
                ids.clone().with_every_option(),
            ));
            if edition.private_link_geos().contains(&geo) {
                let mut private_link = geo_only.clone();
                private_link.private_link = true;
                cases.push(RulesCase::new("private-link", private_link));
                let mut everything = ids.clone().with_every_option();
                everything.private_link = true;
                cases.push(RulesCase::new("all-options-private-link", everything));
            }
            if edition.has_global_private_link() {
                let mut global = geo_only.clone();
                global.global_private_link = true;
                cases.push(RulesCase::new("global-private-link", global));
            }
            for &product in Product::ALL {
                let mut alone = ids.clone();
                alone.products = Some(vec![product]);
                let mut case = RulesCase::new(&format!("product-{product}"), alone);
                case.every_format = false;
                cases.push(case);
            }
        }
    }
    // Products together, and listeners in place of Kong's defaults.
    let mut gateway_and_mesh = Inputs::new(Edition::Apr2025, Geo::Us);
    gateway_and_mesh.cp_prefix = Some(CP_PREFIX);
    gateway_and_mesh.products = Some(vec![Product::ApiGateway, Product::Mesh]);
    cases.push(RulesCase::new(
        "products-api-gateway-mesh",
        gateway_and_mesh,
    ));
    let mut listeners = Inputs::new(Edition::Aug2026, Geo::Eu).with_ids();
    listeners.listeners = vec!["http:80", "https:443", "tls:9443", "udp:5353"];
    cases.push(RulesCase::new("listeners", listeners));
    let mut listeners = Inputs::new(Edition::Apr2025, Geo::Eu);
    listeners.cp_prefix = Some(CP_PREFIX);
    listeners.listeners = vec!["https:443", "udp:5353"];
    cases.push(RulesCase::new("cp-prefix-listeners", listeners));
    let mut listeners = Inputs::new(Edition::Apr2025, Geo::Eu);
    listeners.listeners = vec!["http:8000", "tcp:53", "udp:53"];
    cases.push(RulesCase::new("listeners-same-port", listeners));
    // The README's and the crate docs' examples.
    let mut readme = Inputs::new(Edition::Apr2025, Geo::Eu);
    readme.cp_prefix = Some(CP_PREFIX);
    cases.push(RulesCase::new("cp-prefix", readme));
    cases
}

/// A data plane configuration: the control plane's inputs (or the
/// endpoint the Konnect API gives) and the configuration's own options.
#[derive(Clone, Debug)]
pub struct ConfigCase {
    pub dir: String,
    pub name: String,
    pub inputs: Inputs,
    /// Given instead of `--geo`, `--cp-prefix` and `--edition`.
    pub cp_endpoint: Option<&'static str>,
    pub cluster_cert: Option<&'static str>,
    pub cluster_cert_key: Option<&'static str>,
    pub cert_secret: Option<&'static str>,
    /// A forward proxy URL (the library takes it with feature `url`).
    pub proxy: Option<&'static str>,
    pub dp_labels: Vec<&'static str>,
    pub incremental_sync: bool,
}

impl ConfigCase {
    fn new(name: &str, inputs: Inputs) -> ConfigCase {
        ConfigCase {
            dir: format!("config/{}/{}", inputs.edition, inputs.geo),
            name: name.to_owned(),
            inputs,
            cp_endpoint: None,
            cluster_cert: None,
            cluster_cert_key: None,
            cert_secret: None,
            proxy: None,
            dp_labels: Vec::new(),
            incremental_sync: false,
        }
    }

    /// The formats this case's files are written in.
    pub fn formats(&self) -> &'static [ConfigFormat] {
        ConfigFormat::ALL
    }

    /// The flags of `konnect-netreq config` for this case.
    pub fn args(&self) -> Vec<String> {
        let mut args = match self.cp_endpoint {
            Some(endpoint) => vec!["--cp-endpoint".to_owned(), endpoint.to_owned()],
            None => self.inputs.args(),
        };
        let mut flag = |name: &str, value: &str| {
            args.push(format!("--{name}"));
            args.push(value.to_owned());
        };
        for (name, value) in [
            ("cluster-cert", self.cluster_cert),
            ("cluster-cert-key", self.cluster_cert_key),
            ("cert-secret", self.cert_secret),
            ("proxy", self.proxy),
        ] {
            if let Some(value) = value {
                flag(name, value);
            }
        }
        for label in &self.dp_labels {
            flag("dp-label", label);
        }
        if self.incremental_sync {
            args.push("--incremental-sync".to_owned());
        }
        args
    }
}

/// Every geo of `Geo::ALL` in every edition with a control plane prefix,
/// directly and over PrivateLink where the edition offers it; then the
/// configuration options the tests use.
pub fn config_cases() -> Vec<ConfigCase> {
    let mut cases = Vec::new();
    for &edition in Edition::ALL {
        for &geo in Geo::ALL {
            let mut inputs = Inputs::new(edition, geo);
            inputs.cp_prefix = Some(CP_PREFIX);
            cases.push(ConfigCase::new("cp-prefix", inputs.clone()));
            if edition.private_link_geos().contains(&geo) {
                inputs.private_link = true;
                cases.push(ConfigCase::new("private-link", inputs));
            }
        }
    }
    let with_prefix = |edition, geo| {
        let mut inputs = Inputs::new(edition, geo);
        inputs.cp_prefix = Some(CP_PREFIX);
        inputs
    };
    let mut certs = ConfigCase::new("cert-paths", with_prefix(Edition::Apr2025, Geo::Eu));
    certs.cluster_cert = Some("certs/dp.crt");
    certs.cluster_cert_key = Some("/etc/kong/dp.key");
    cases.push(certs);
    let mut inputs = with_prefix(Edition::Aug2026, Geo::Au);
    inputs.private_link = true;
    let mut proxied = ConfigCase::new("private-link-certs-http-proxy", inputs);
    proxied.cluster_cert = Some("/run/dp.crt");
    proxied.cluster_cert_key = Some("/run/dp.key");
    proxied.proxy = Some("http://proxy.internal:3128");
    cases.push(proxied);
    let mut proxied = ConfigCase::new("https-proxy", with_prefix(Edition::Aug2026, Geo::Us));
    proxied.proxy = Some("https://kong:s3cret@proxy.internal");
    cases.push(proxied);
    let mut labelled = ConfigCase::new(
        "dp-labels-incremental-sync",
        with_prefix(Edition::Aug2026, Geo::Eu),
    );
    labelled.dp_labels = vec!["deployment:mycloud", "region:eu-central-1"];
    labelled.incremental_sync = true;
    cases.push(labelled);
    let mut secret = ConfigCase::new(
        "cp-endpoint-cert-secret",
        Inputs::new(Edition::Apr2025, Geo::Us),
    );
    secret.cp_endpoint = Some("https://36fc5d01be.us.cp0.konghq.com");
    secret.cert_secret = Some("dp-cert");
    cases.push(secret);
    for (name, listeners) in [
        (
            "listeners",
            vec![
                "http:8000",
                "https:8443",
                "tcp:5555",
                "tls:9443",
                "udp:5353",
            ],
        ),
        ("listeners-https-only", vec!["https:443"]),
        ("listeners-http-tcp", vec!["http:80", "tcp:5555"]),
    ] {
        let mut inputs = with_prefix(Edition::Apr2025, Geo::Eu);
        inputs.listeners = listeners;
        cases.push(ConfigCase::new(name, inputs));
    }
    cases
}

/// The golden file's name for one output of a case: `NAME.FORMAT`, or
/// `NAME.error` for the message of inputs that do not build.
pub fn file_name(name: &str, format: Option<&dyn std::fmt::Display>) -> String {
    match format {
        Some(format) => format!("{name}.{format}"),
        None => format!("{name}.error"),
    }
}

/// Compares `text` with the golden file `tests/golden/DIR/NAME.snap`.
///
/// insta keeps a file's body up to its trailing whitespace and reads
/// `\r\n` as `\n`, so the text must end in exactly one newline and hold no
/// `\r`: together with insta's comparison that makes it byte for byte.
/// `INSTA_UPDATE=always` writes the file instead of failing.
#[track_caller]
pub fn assert_golden(dir: &str, name: &str, text: &str) {
    let body = text
        .strip_suffix('\n')
        .unwrap_or_else(|| panic!("{dir}/{name}: the output does not end in a newline:\n{text}"));
    assert!(
        !body.ends_with(char::is_whitespace) && !text.contains('\r'),
        "{dir}/{name}: a golden file cannot keep trailing whitespace or \\r:\n{text:?}"
    );
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(super::golden_root().join(dir));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name.to_owned(), text));
}

/// Where a golden file lies, relative to `tests/golden`.
pub fn golden_path(dir: &str, name: &str) -> std::path::PathBuf {
    Path::new(dir).join(format!("{name}.snap"))
}
