//! Feed bytes from the network: charset sniffing, parsing, normalisation (identity,
//! canonical links, HTML → text). Nothing here may panic or hang.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // the first byte picks the Content-Type the "server" declared
    let (ct, body) = match data.split_first() {
        Some((b, rest)) => (
            match b % 6 {
                0 => None,
                1 => Some("application/rss+xml"),
                2 => Some("text/xml; charset=iso-8859-1"),
                3 => Some("application/atom+xml; charset=utf-16"),
                4 => Some("application/feed+json"),
                _ => Some("text/html; charset=windows-1252"),
            },
            rest,
        ),
        None => (None, data),
    };
    if let Ok((entries, _ttl)) = newshound::parse::parse_feed_ttl(body, ct) {
        let _ = newshound::normalise::normalise(entries, chrono::Utc::now());
    }
    if let Ok(s) = std::str::from_utf8(body) {
        let _ = newshound::opml::parse(s);
    }
});
