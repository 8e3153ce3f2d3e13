//! Draws the key of the host index's hash (src/recognize/host_index.rs)
//! once per build, so the library itself reads no randomness when it
//! runs. `KONNECT_NETREQ_HASH_KEY` (two decimal u64 separated by a comma)
//! fixes it, for reproducible builds.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io::Write;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=KONNECT_NETREQ_HASH_KEY");
    let given = std::env::var("KONNECT_NETREQ_HASH_KEY")
        .ok()
        .and_then(|text| {
            let (a, b) = text.split_once(',')?;
            Some([a.trim().parse::<u64>().ok()?, b.trim().parse::<u64>().ok()?])
        });
    // `RandomState` is seeded from the operating system's random source.
    let draw = || {
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_u64(0);
        hasher.finish()
    };
    // The multiplier odd, so that no bit of the input is lost to it.
    let [key, multiplier] = given.unwrap_or_else(|| [draw(), draw()]);
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("hash_key.rs");
    let mut file = std::fs::File::create(out).expect("OUT_DIR is writable");
    writeln!(
        file,
        "/// The key of [`hash`], drawn by build.rs.\nconst HASH_KEY: [u64; 2] = [{key:#018x}, {:#018x}];",
        multiplier | 1
    )
    .expect("OUT_DIR is writable");
}
