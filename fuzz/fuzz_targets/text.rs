//! Text analysis on item titles and bodies: HTML → text, sentence split, tokenising,
//! watchlist matching, development detection and story features.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newshound::config::Config;
use newshound::detect::rules::RuleIndex;
use newshound::detect::Detector;
use newshound::watchlist::Watchlist;
use std::sync::OnceLock;

const CONFIG: &str = r#"
[[watchlist]]
name = "w"
keywords = ["talks", "ceasefire", "negotiations"]
context = ["Gaza", "Doha"]
[watchlist.actors]
"Israel" = ["Israeli", "Netanyahu"]
"Hamas" = []
"United States" = ["US", "U.S.", "Washington"]
"Qatar" = ["Qatari", "Doha"]
"#;

fn setup() -> &'static (Watchlist, RuleIndex) {
    static S: OnceLock<(Watchlist, RuleIndex)> = OnceLock::new();
    S.get_or_init(|| {
        let cfg = Config::parse(CONFIG, std::path::Path::new("fuzz.toml"))
            .expect("the fuzz target's own config is valid");
        (
            Watchlist::new(&cfg.watchlists[0]),
            RuleIndex::new(&cfg.developments),
        )
    })
}

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    // a NUL splits title from body, so both positions are exercised
    let (title, body) = s.split_once('\0').unwrap_or((&s, ""));
    let (wl, rules) = setup();
    let body = newshound::text::html_to_text(body);
    let _ = newshound::text::sentences(&body);
    let _ = newshound::cluster::title_key(title);
    let d = wl.decide(title, &body);
    let det = Detector::new(wl, rules).detect(title, &body);
    let _ = d.taken;
    let _ = det.findings.len();
    let _ = newshound::cluster::ItemFeatures::new(title, &body, &[], vec![], false);
});
