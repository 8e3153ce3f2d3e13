//! `Product`: keywords, the endpoints each product needs, and the builder's
//! product choice in both editions for every geo.

use konnect_netreq::{Edition, Endpoint, Geo, Mesh, Product, Requirements};

#[test]
fn keywords() {
    let names: Vec<&str> = Product::ALL.iter().map(|p| p.as_str()).collect();
    assert_eq!(
        names,
        [
            "api-gateway",
            "dev-portal",
            "identity",
            "mesh",
            "event-gateway",
            "ingress-controller"
        ]
    );
    for &product in Product::ALL {
        assert_eq!(product.to_string().parse::<Product>().unwrap(), product);
    }
    assert_eq!(
        "Event-Gateway".parse::<Product>().unwrap(),
        Product::EventGateway
    );
    assert_eq!(
        "gateway".parse::<Product>().unwrap_err().to_string(),
        "unrecognized product \"gateway\": expected one of api-gateway, dev-portal, identity, \
         mesh, event-gateway, ingress-controller"
    );
    assert_eq!(Product::DEFAULT, [Product::ApiGateway, Product::DevPortal]);
}

#[test]
fn endpoints_name_their_products() {
    use Endpoint::*;
    // The Aug2026 page's headings (`app/konnect-platform/network.md` @
    // 2998dd7cb): hosts for any runtime, API Gateway, Konnect applications,
    // Mesh, Event Gateway.
    for &endpoint in Endpoint::ALL {
        let expected: &[Product] = match endpoint {
            Platform | GlobalApi => Product::ALL,
            RegionalApi | ControlPlane | Telemetry | PrivateLink => &[Product::ApiGateway],
            DevPortal => &[Product::DevPortal],
            MeshSync => &[Product::Mesh],
            EventGatewayControlPlane | EventGatewayTelemetry => &[Product::EventGateway],
            Identity => &[Product::Identity],
            IngressController => &[Product::IngressController],
            _ => panic!("no expectation for {endpoint}"),
        };
        assert_eq!(endpoint.products(), expected, "{endpoint}");
    }
}

fn lines(req: &Requirements) -> Vec<String> {
    req.rules().map(|rule| rule.to_string()).collect()
}

/// Each product alone, for every geo of both editions: the shared hosts,
/// the product's own and the audit logging ports (the listeners with API
/// Gateway only).
#[test]
fn each_product_alone_for_every_geo_of_both_editions() {
    for &edition in Edition::ALL {
        let audit: &[&str] = match edition {
            Edition::Apr2025 => &["8071/tcp", "8071/udp"],
            _ => &["8071/tcp", "8071/udp", "20010/tcp", "20010/udp"],
        };
        let (cp, tp, portal) = match edition {
            Edition::Apr2025 => ("cp0", "tp0", "portal.konghq.com"),
            _ => ("cp", "tp", "kongportals.com"),
        };
        for &geo in edition.geos() {
            for &product in Product::ALL {
                let own: Vec<String> = match product {
                    Product::ApiGateway => vec![
                        format!("{geo}.api.konghq.com:443/tcp"),
                        format!("a1b2c3d4e5.{geo}.{cp}.konghq.com:443/tcp"),
                        format!("a1b2c3d4e5.{geo}.{tp}.konghq.com:443/tcp"),
                    ],
                    Product::DevPortal => vec![format!("d6a3e6b6bc64.{geo}.{portal}:443/tcp")],
                    Product::Identity if edition == Edition::Aug2026 => vec![
                        format!("{geo}.identity.konghq.com:443/tcp"),
                        format!("*.{geo}.identity.konghq.com:443/tcp"),
                    ],
                    Product::Mesh if edition.mesh_geos().contains(&geo) => {
                        vec![format!("{geo}.mesh.sync.konghq.com:443/tcp")]
                    }
                    Product::EventGateway if edition == Edition::Aug2026 => vec![
                        format!("{geo}.control-plane.konghq.com:443/tcp"),
                        format!("{geo}.telemetry.konghq.com:443/tcp"),
                    ],
                    Product::IngressController => {
                        vec![format!("{geo}.kic.api.konghq.com:443/tcp")]
                    }
                    // Not in the edition: refused, saying why.
                    _ => {
                        let err = Requirements::for_geo(geo)
                            .with_edition(edition)
                            .with_products([product])
                            .build()
                            .unwrap_err();
                        let expected = match product {
                            Product::Identity => format!(
                                "endpoint \"identity\" is not listed in edition {edition}; \
                                 it is listed from edition aug2026 on"
                            ),
                            Product::EventGateway => format!(
                                "endpoint \"event-gateway-control-plane\" is not listed in \
                                 edition {edition}; it is listed from edition aug2026 on"
                            ),
                            Product::Mesh => {
                                let geos: Vec<&str> =
                                    edition.mesh_geos().iter().map(|g| g.as_str()).collect();
                                format!(
                                    "edition {edition} lists no mesh sync host for geo \"{geo}\"; \
                                     expected one of {}, or the global mesh sync host",
                                    geos.join(", ")
                                )
                            }
                            other => panic!("{other} is in every edition"),
                        };
                        assert_eq!(err.to_string(), expected, "{edition} {geo} {product}");
                        continue;
                    }
                };
                let mut expected = vec![
                    "cloud.konghq.com:443/tcp".to_owned(),
                    "global.api.konghq.com:443/tcp".to_owned(),
                ];
                expected.extend(own);
                expected.extend(audit.iter().map(|line| (*line).to_owned()));
                if product == Product::ApiGateway {
                    expected.extend(["8000/tcp".to_owned(), "8443/tcp".to_owned()]);
                }
                let req = Requirements::for_geo(geo)
                    .with_edition(edition)
                    .with_cp_prefix("a1b2c3d4e5")
                    .with_portal_id("d6a3e6b6bc64")
                    .with_products([product])
                    .build()
                    .unwrap();
                assert_eq!(lines(&req), expected, "{edition} {geo} {product}");
                assert_eq!(req.products().collect::<Vec<_>>(), [product]);
            }
        }
    }
}

#[test]
fn the_default_is_api_gateway_and_dev_portal() {
    let plain = Requirements::for_geo(Geo::Eu).build().unwrap();
    let chosen = Requirements::for_geo(Geo::Eu)
        .with_products(Product::DEFAULT.iter().copied())
        .build()
        .unwrap();
    assert_eq!(plain, chosen);
    assert_eq!(plain.products().collect::<Vec<_>>(), Product::DEFAULT);
}

#[test]
fn the_opt_ins_are_products() {
    let by_call = Requirements::for_geo(Geo::Us)
        .with_edition(Edition::Aug2026)
        .with_mesh(Mesh::Regional)
        .with_event_gateway()
        .with_identity()
        .with_ingress_controller()
        .build()
        .unwrap();
    let by_product = Requirements::for_geo(Geo::Us)
        .with_edition(Edition::Aug2026)
        .with_products(Product::ALL.iter().copied())
        .build()
        .unwrap();
    assert_eq!(by_call, by_product);
    assert_eq!(by_product.mesh(), Some(Mesh::Regional));
    // `with_products` replaces: the Event Gateway added before is gone.
    let replaced = Requirements::for_geo(Geo::Us)
        .with_edition(Edition::Aug2026)
        .with_event_gateway()
        .with_products([Product::Mesh])
        .build()
        .unwrap();
    assert_eq!(replaced.host(Endpoint::EventGatewayControlPlane), None);
    assert_eq!(replaced.host(Endpoint::RegionalApi), None);
    assert_eq!(
        replaced.host(Endpoint::MeshSync).unwrap().as_str(),
        "us.mesh.sync.konghq.com"
    );
    // No product needs no host: only the organization's audit logging is left.
    let none = Requirements::for_geo(Geo::Us)
        .with_products([])
        .build()
        .unwrap();
    assert_eq!(lines(&none), ["8071/tcp", "8071/udp"]);
}
