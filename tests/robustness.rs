//! Randomised robustness (a cheap, always-on stand-in for the fuzz targets): random and
//! mutated inputs through the parser, normaliser, config parser and text analysis must
//! never panic.

use newshound::config::Config;
use newshound::detect::rules::RuleIndex;
use newshound::detect::Detector;
use newshound::watchlist::Watchlist;

const PIECES: &[&str] = &[
    "<?xml version=\"1.0\" encoding=\"",
    "UTF-16",
    "ISO-8859-1",
    "\"?>",
    "<rss",
    " version=\"2.0\"",
    ">",
    "<channel>",
    "<item>",
    "<title>",
    "</title>",
    "<guid>",
    "</guid>",
    "<link>",
    "http://x/",
    "</link>",
    "<description>",
    "&lt;p&gt;",
    "&amp;",
    "&#x1F600;",
    "&#99999999;",
    "<![CDATA[",
    "]]>",
    "</item>",
    "</channel>",
    "</rss>",
    "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
    "<entry>",
    "</entry>",
    "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[",
    "]}",
    "Hamas",
    "Israel",
    " recalls its team",
    " did not",
    "?",
    ". ",
    ", who ",
    "U.S.",
    "'s",
    "—",
    "\u{0}",
    "\u{FEFF}",
    "é",
    "İ",
    "ß",
    "\n\n",
    "<!DOCTYPE x [<!ENTITY a \"b\">]>",
    "&a;",
    "\u{202E}",
    "[daemon]\n",
    "poll_interval = \"",
    "5m",
    "\"\n",
    "[[feed]]\nurl = \"",
    "[[watchlist]]\nname = \"w\"\nkeywords = [\"",
    "talks",
    "\"]\n",
    "[watchlist.actors]\n\"Israel\" = [\"",
    "\u{1F600}",
];

fn random_input(rng: &mut fastrand::Rng) -> Vec<u8> {
    let mut v = Vec::new();
    for _ in 0..rng.usize(1..40) {
        if rng.u8(..) < 40 {
            v.push(rng.u8(..));
        } else {
            v.extend_from_slice(PIECES[rng.usize(..PIECES.len())].as_bytes());
        }
    }
    v
}

#[test]
fn random_inputs_never_panic() {
    // NEWSHOUND_FUZZ_ITERS / NEWSHOUND_FUZZ_SEED run longer or other campaigns by hand
    let iters: usize = std::env::var("NEWSHOUND_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4_000);
    let seed: u64 = std::env::var("NEWSHOUND_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20261127);
    let mut rng = fastrand::Rng::with_seed(seed);
    let cfg = Config::parse(
        "[[watchlist]]\nname = \"w\"\nkeywords = [\"talks\"]\n[watchlist.actors]\n\"Israel\" = [\"Israeli\"]\n\"Hamas\" = []\n\"United States\" = [\"US\", \"U.S.\"]\n",
        std::path::Path::new("t.toml"),
    )
    .unwrap();
    let wl = Watchlist::new(&cfg.watchlists[0]);
    let idx = RuleIndex::new(&[]);
    for _ in 0..iters {
        let bytes = random_input(&mut rng);
        let text = String::from_utf8_lossy(&bytes).to_string();
        let r = std::panic::catch_unwind(|| {
            if let Ok(entries) =
                newshound::parse::parse_feed(&bytes, Some("text/xml; charset=latin1"))
            {
                let _ = newshound::normalise::normalise(entries, chrono::Utc::now());
            }
            let _ = Config::parse(&text, std::path::Path::new("fuzz.toml"));
            let _ = newshound::text::html_to_text(&text);
            let _ = newshound::cluster::title_key(&text);
            let _ = newshound::cluster::ItemFeatures::new(&text, &text, &[], vec![], false);
            let _ = wl.decide(&text, &text);
            let _ = Detector::new(&wl, &idx).detect(&text, &text);
            let _ = newshound::opml::parse(&text);
        });
        assert!(r.is_ok(), "panic on input {:?}", text);
    }
}
