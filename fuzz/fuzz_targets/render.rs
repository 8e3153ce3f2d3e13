//! Every format in `Format::ALL` (so formats added later are covered without
//! touching this file) renders any buildable requirements, with the default
//! or any accepted render options, into output that parses back into exactly
//! the rules; the data plane configuration of any buildable requirements is
//! valid kong.conf. A format without a checker in
//! `tests/it/common/render_check.rs` makes this target fail.
#![no_main]

use konnect_netreq::Format;
use konnect_netreq_fuzz::render_check::{check_all_formats, check_rendered};
use konnect_netreq_fuzz::{BuilderInput, OptionsInput, check_kong_conf};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (BuilderInput, OptionsInput)| {
    let (builder, options) = input;
    let Ok(req) = builder.builder().build() else {
        return;
    };
    check_all_formats(&req);
    if let Some(options) = options.options() {
        for format in Format::ALL.iter().copied() {
            check_rendered(&req, format, &req.render_with(format, &options));
        }
    }
    if let Ok(config) = req.data_plane_config() {
        check_kong_conf(&config);
    }
});
