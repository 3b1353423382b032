//! The TOML config parser and validator: every error must be a clean `Err` naming the
//! key and line, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = newshound::config::Config::parse(s, std::path::Path::new("fuzz.toml"));
    }
});
