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

// Which products need each endpoint is in `tests/golden/facts/endpoints.snap`
// (the Aug2026 page's headings); here, what holds for every endpoint.
#[test]
fn endpoints_name_their_products() {
    for &endpoint in Endpoint::ALL {
        let products = endpoint.products();
        // The shared hosts name every product; a Kong-hosted gateway's
        // host, none (no product of a data plane needs it).
        if endpoint.is_default() {
            assert!(
                products.iter().any(|p| Product::DEFAULT.contains(p)),
                "{endpoint}"
            );
        }
        let mut sorted = products.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(
            sorted, products,
            "{endpoint}: in Product::ALL order, each once"
        );
    }
    assert_eq!(Endpoint::Platform.products(), Product::ALL);
    assert_eq!(Endpoint::ControlPlane.products(), [Product::ApiGateway]);
}

/// Each product alone, for every geo of both editions: its rules (or why
/// the edition cannot give it) are the golden files
/// `tests/golden/rules/EDITION/GEO/product-PRODUCT.*`; the requirements
/// keep that one product.
#[test]
fn each_product_alone_is_the_only_product() {
    for &edition in Edition::ALL {
        for &geo in edition.geos() {
            for &product in Product::ALL {
                let req = Requirements::for_geo(geo)
                    .with_edition(edition)
                    .with_products([product])
                    .build();
                match req {
                    Ok(req) => assert_eq!(req.products().collect::<Vec<_>>(), [product]),
                    // Outside the edition (its golden file holds the message);
                    // these three are in every edition.
                    Err(e) => assert!(
                        !matches!(
                            product,
                            Product::ApiGateway | Product::DevPortal | Product::IngressController
                        ),
                        "{edition} {geo} {product}: {e}"
                    ),
                }
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
    // No product would allow no host, and every export of it would be
    // empty or broken: refused.
    let none = Requirements::for_geo(Geo::Us)
        .with_products([])
        .build()
        .unwrap_err();
    assert_eq!(none.kind(), konnect_netreq::ErrorKind::NothingToAllow);
    assert_eq!(
        none.to_string(),
        "no product is chosen, so there is nothing to allow; expected at least one product \
         (leave the product list out for the default, api-gateway and dev-portal)"
    );
}
