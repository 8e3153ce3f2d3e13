//! Every format in `Format::ALL` (so formats added later are covered without
//! touching this file) renders any buildable requirements into output that
//! parses back into exactly the rules. A format without a checker in
//! `tests/common/render_check.rs` makes this target fail.
#![no_main]

use konnect_netreq_fuzz::BuilderInput;
use konnect_netreq_fuzz::render_check::check_all_formats;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: BuilderInput| {
    if let Ok(req) = input.builder().build() {
        check_all_formats(&req);
    }
});
