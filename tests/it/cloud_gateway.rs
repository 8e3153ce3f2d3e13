//! Kong-hosted gateways (Dedicated Cloud Gateways, Serverless Gateways):
//! their hostnames classify with their own kinds, and no requirements,
//! rule or export ever names them.

use konnect_netreq::{
    AppProtocol, Direction, Edition, Endpoint, Format, Geo, Mesh, Product, Requirements, classify,
    classify_address,
};

/// The kinds of Kong-hosted gateways' hostnames.
const KONG_HOSTED: [Endpoint; 4] = [
    Endpoint::DedicatedCloudGateway,
    Endpoint::DedicatedCloudGatewayEdge,
    Endpoint::DedicatedCloudGatewayAcme,
    Endpoint::ServerlessGateway,
];

/// What `classify` says of a host: kind, identifier, geo, cloud region,
/// the editions that write it and the template.
type Found<'a> = (
    Endpoint,
    Option<&'a str>,
    Option<Geo>,
    Option<&'a str>,
    Vec<Edition>,
    &'static str,
);

#[track_caller]
fn found(host: &str) -> Found<'_> {
    let c = classify(host).unwrap_or_else(|| panic!("{host:?} not classified"));
    (
        c.endpoint(),
        c.identifier(),
        c.geo(),
        c.cloud_region(),
        c.editions().collect(),
        c.template(),
    )
}

#[test]
fn the_examples_in_kongs_docs_classify() {
    use Endpoint::*;
    // Each host is the example of the source named in its row.
    assert_eq!(
        found("9e454bcfec.gateways.konggateway.com"),
        (
            DedicatedCloudGateway,
            Some("9e454bcfec"),
            None,
            None,
            vec![],
            "GATEWAY_ID.gateways.konggateway.com"
        )
    );
    assert_eq!(
        found("9e454bcfec.gateways.konghq.com"),
        (
            DedicatedCloudGateway,
            Some("9e454bcfec"),
            None,
            None,
            vec![],
            "GATEWAY_ID.gateways.konghq.com"
        )
    );
    assert_eq!(
        found("dcgw-domain-here.aws-us-east-2.edge.gateways.konggateway.com"),
        (
            DedicatedCloudGatewayEdge,
            Some("dcgw-domain-here"),
            None,
            Some("aws-us-east-2"),
            vec![],
            "GATEWAY_NAME.{cloud_region}.edge.gateways.konggateway.com"
        )
    );
    assert_eq!(
        found("9cb1c8dbab.AWS-AP-southeast-2.edge.gateways.konghq.com."),
        (
            DedicatedCloudGatewayEdge,
            Some("9cb1c8dbab"),
            None,
            Some("AWS-AP-southeast-2"),
            vec![],
            "GATEWAY_NAME.{cloud_region}.edge.gateways.konghq.com"
        )
    );
    assert_eq!(
        found("_acme-challenge.9e454bcfec.acme.gateways.konggateway.com"),
        (
            DedicatedCloudGatewayAcme,
            Some("9e454bcfec"),
            None,
            None,
            vec![],
            "_acme-challenge.GATEWAY_ID.acme.gateways.konggateway.com"
        )
    );
    assert_eq!(
        found("_ACME-Challenge.9e454bcfec.acme.gateways.konggateway.com"),
        (
            DedicatedCloudGatewayAcme,
            Some("9e454bcfec"),
            None,
            None,
            vec![],
            "_acme-challenge.GATEWAY_ID.acme.gateways.konggateway.com"
        )
    );
    assert_eq!(
        found("01234567.us.serverless.gateways.konggateway.com"),
        (
            ServerlessGateway,
            Some("01234567"),
            Some(Geo::Us),
            None,
            vec![],
            "GATEWAY_ID.{geo}.serverless.gateways.konggateway.com"
        )
    );
    assert_eq!(
        found("Kong-0122456789.kongcloud.dev"),
        (
            ServerlessGateway,
            Some("0122456789"),
            None,
            None,
            vec![],
            "kong-GATEWAY_ID.kongcloud.dev"
        )
    );
}

#[test]
fn near_misses_are_not_kong_hosted() {
    for host in [
        // The bare services, without an ID or name.
        "gateways.konggateway.com",
        "edge.gateways.konggateway.com",
        "aws-us-east-2.edge.gateways.konggateway.com",
        "acme.gateways.konggateway.com",
        "9e454bcfec.acme.gateways.konggateway.com",
        // Kong's own labels under `gateways` are no gateway's ID.
        "acme.gateways.konggateway.com",
        "EDGE.gateways.konggateway.com",
        "serverless.gateways.konghq.com",
        "us.serverless.gateways.konggateway.com",
        "kongcloud.dev",
        "konggateway.com",
        // An extra label, or a label in the wrong place.
        "a.9e454bcfec.gateways.konggateway.com",
        "x.9cb1c8dbab.aws-us-east-2.edge.gateways.konggateway.com",
        "_acme-challenge.x.9e454bcfec.acme.gateways.konggateway.com",
        "x._acme-challenge.9e454bcfec.acme.gateways.konggateway.com",
        "9e454bcfec.x.us.serverless.gateways.konggateway.com",
        "a.kong-0122456789.kongcloud.dev",
        // The underscore only in the ACME record's own label.
        "_9e454bcfec.gateways.konggateway.com",
        "_acme-challenge.9e454bcfec.gateways.konggateway.com",
        "_acme-challenge.9e_454bcfec.acme.gateways.konggateway.com",
        "acme-challenge.9e454bcfec.acme.gateways.konggateway.com",
        "__acme-challenge.9e454bcfec.acme.gateways.konggateway.com",
        // Cloud regions: `aws-` and a region, one label.
        "9cb1c8dbab.us-east-2.edge.gateways.konggateway.com",
        "9cb1c8dbab.aws-.edge.gateways.konggateway.com",
        "9cb1c8dbab.aws-us-east-2-.edge.gateways.konggateway.com",
        "9cb1c8dbab.azure-eastus.edge.gateways.konggateway.com",
        // Serverless geos are Konnect's; V0 labels start with `kong-`.
        "01234567.xx.serverless.gateways.konggateway.com",
        "0122456789.kongcloud.dev",
        "kong-.kongcloud.dev",
        "kong0122456789.kongcloud.dev",
        // Suffix tricks and wildcards.
        "9e454bcfec.gateways.konggateway.com.evil.com",
        "9e454bcfec.gateways.konggateway.community",
        "*.gateways.konggateway.com",
        "9e454bcfec.gateways.xkonggateway.com",
    ] {
        assert_eq!(classify(host), None, "{host}");
    }
}

#[test]
fn addresses_of_kong_hosted_gateways_classify() {
    let found = classify_address(
        "https://9cb1c8dbab.aws-us-east-2.edge.gateways.konggateway.com/us-east-2/dr-who/sonnet-4",
    )
    .expect("classified");
    assert_eq!(
        (
            found.endpoint(),
            found.cloud_region(),
            found.port_or_known_default()
        ),
        (
            Endpoint::DedicatedCloudGatewayEdge,
            Some("aws-us-east-2"),
            Some(443)
        )
    );
    let found = classify_address("https://kong-0122456789.kongcloud.dev").expect("classified");
    assert_eq!(
        (
            found.endpoint(),
            found.identifier(),
            found.port_or_known_default()
        ),
        (Endpoint::ServerlessGateway, Some("0122456789"), Some(443))
    );
}

#[test]
fn the_kinds_say_what_they_are() {
    use Endpoint::*;
    let rows: Vec<_> = KONG_HOSTED
        .iter()
        .map(|endpoint| {
            (
                endpoint.as_str(),
                endpoint.app_protocol(),
                endpoint.direction(),
                endpoint.products(),
                endpoint.is_default(),
                endpoint.has_identifier(),
                Edition::ALL
                    .iter()
                    .filter_map(|edition| endpoint.template(*edition))
                    .count(),
            )
        })
        .collect();
    let none: &[Product] = &[];
    assert_eq!(
        rows,
        [
            (
                "dedicated-cloud-gateway",
                AppProtocol::Https,
                Direction::ToKongHosted,
                none,
                false,
                false,
                0
            ),
            (
                "dedicated-cloud-gateway-edge",
                AppProtocol::Https,
                Direction::ToKongHosted,
                none,
                false,
                false,
                0
            ),
            (
                "dedicated-cloud-gateway-acme",
                AppProtocol::Dns,
                Direction::ToKongHosted,
                none,
                false,
                false,
                0
            ),
            (
                "serverless-gateway",
                AppProtocol::Https,
                Direction::ToKongHosted,
                none,
                false,
                false,
                0
            ),
        ]
    );
    assert_eq!(
        "dedicated-cloud-gateway-edge".parse::<Endpoint>().ok(),
        Some(DedicatedCloudGatewayEdge)
    );
}

/// Every product in every edition and geo, with every option that adds
/// hosts: no rule and no export names a Kong-hosted gateway's host.
#[test]
fn no_requirements_or_export_name_them() {
    for edition in Edition::ALL {
        for geo in edition.geos() {
            // Every product the edition has for the geo (Apr2025 has no
            // Identity or Event Gateway, and mesh sync hosts of three geos).
            let products = Product::ALL
                .iter()
                .copied()
                .filter(|product| match product {
                    Product::Identity | Product::EventGateway => *edition != Edition::Apr2025,
                    Product::Mesh => edition.mesh_geos().contains(geo),
                    _ => true,
                });
            let base = Requirements::for_geo(*geo)
                .with_edition(*edition)
                .with_products(products)
                .with_cp_prefix("a1b2c3d4e5")
                .with_portal_id("d6a3e6b6bc64");
            let global_mesh = base
                .clone()
                .with_product(Product::Mesh)
                .with_mesh(Mesh::Global);
            for builder in [Some(base), Some(global_mesh), private_link(*geo, *edition)] {
                let Some(builder) = builder else { continue };
                let req = builder.build().expect("requirements");
                for rule in req.rules() {
                    assert!(
                        rule.endpoint()
                            .is_none_or(|endpoint| !KONG_HOSTED.contains(&endpoint)),
                        "{edition} {geo}: {rule}"
                    );
                }
                for format in Format::ALL {
                    let text = req.render(*format);
                    for domain in ["konggateway.com", "kongcloud.dev", "gateways.konghq.com"] {
                        assert!(!text.contains(domain), "{edition} {geo} {format}: {domain}");
                    }
                }
            }
        }
    }
}

/// Requirements over the geo's PrivateLink host, where the edition has one.
fn private_link(geo: Geo, edition: Edition) -> Option<konnect_netreq::RequirementsBuilder> {
    edition.private_link_geos().contains(&geo).then(|| {
        Requirements::for_geo(geo)
            .with_edition(edition)
            .with_cp_prefix("a1b2c3d4e5")
            .with_private_link()
    })
}
