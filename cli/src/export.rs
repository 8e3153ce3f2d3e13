//! `rules`' export options: one flag for each `RenderOptions` setting,
//! checked by the library's builder, so the command accepts exactly what
//! the library does and says why not in the library's words.

use clap::Args;
use konnect_netreq::{Error, RenderOptions};

/// The names and scopes of the cilium, istio, aws-network-firewall and
/// squid formats; the other formats ignore them. Their defaults are the
/// library's, filled in by [`with_defaults`].
#[derive(Args)]
#[command(next_help_heading = "Export options")]
pub(crate) struct ExportFlags {
    /// Object name: the CiliumNetworkPolicy, the prefix of each Istio
    /// ServiceEntry, the AWS rule group (a DNS-1123 label).
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    /// Kubernetes namespace of the Cilium and Istio objects.
    #[arg(long, value_name = "NAMESPACE")]
    namespace: Option<String>,
    /// A pod selector label of the Cilium policy, KEY=VALUE (repeatable; all
    /// must match); replaces the default.
    #[arg(long, value_name = "KEY=VALUE", conflicts_with = "every_pod", value_parser = label)]
    selector: Vec<(String, String)>,
    /// Let the Cilium policy select every pod of the namespace instead of
    /// the selector's.
    #[arg(long)]
    every_pod: bool,
    /// Prefix of the Squid ACL names (PREFIX_hosts, PREFIX_port,
    /// PREFIX_connect).
    #[arg(long, value_name = "PREFIX")]
    squid_acl_prefix: Option<String>,
    /// Terraform resource name of the AWS Network Firewall rule group.
    #[arg(long, value_name = "NAME")]
    terraform_name: Option<String>,
    /// Capacity of the AWS Network Firewall rule group, which AWS fixes at
    /// creation.
    #[arg(long, value_name = "N")]
    capacity: Option<u32>,
    /// Let the Cilium policy's DNS rule allow every name, not only the
    /// policy's own (see the library's docs before using it).
    #[arg(long)]
    cilium_dns_any: bool,
}

/// A selector label: the key and value around the first `=`, which the
/// library then checks. A bare key is refused rather than read as an empty
/// value, since to `kubectl` it would mean "has the label".
fn label(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) => Ok((key.to_owned(), value.to_owned())),
        None => Err("expected KEY=VALUE (KEY= for an empty value)".to_owned()),
    }
}

/// The library's defaults shown in the flags' help, read from
/// `RenderOptions::default()` so they cannot drift.
pub(crate) fn with_defaults(command: clap::Command) -> clap::Command {
    let defaults = RenderOptions::default();
    let labels: Vec<String> = defaults
        .selector()
        .map(|(key, value)| format!("{key}={value}"))
        .collect();
    let shown = [
        ("name", defaults.name().to_owned()),
        ("namespace", defaults.namespace().to_owned()),
        ("selector", labels.join(" ")),
        ("squid_acl_prefix", defaults.squid_acl_prefix().to_owned()),
        ("terraform_name", defaults.terraform_name().to_owned()),
        ("capacity", defaults.capacity().to_string()),
    ];
    shown.into_iter().fold(command, |command, (id, default)| {
        command.mut_arg(id, |arg| {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            arg.help(format!("{help} [default: {default}]"))
        })
    })
}

impl ExportFlags {
    /// The options the flags give, or the library's first complaint.
    pub(crate) fn options(&self) -> Result<RenderOptions, Error> {
        let mut builder = RenderOptions::builder();
        if let Some(name) = &self.name {
            builder = builder.with_name(name);
        }
        if let Some(namespace) = &self.namespace {
            builder = builder.with_namespace(namespace);
        }
        if !self.selector.is_empty() {
            builder = builder.with_selector(self.selector.iter().cloned());
        }
        if self.every_pod {
            builder = builder.with_every_pod();
        }
        if let Some(prefix) = &self.squid_acl_prefix {
            builder = builder.with_squid_acl_prefix(prefix);
        }
        if let Some(name) = &self.terraform_name {
            builder = builder.with_terraform_name(name);
        }
        if let Some(capacity) = self.capacity {
            builder = builder.with_capacity(capacity);
        }
        if self.cilium_dns_any {
            builder = builder.with_cilium_dns_any();
        }
        builder.build()
    }
}
