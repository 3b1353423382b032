//! Benchmark: web view page time with N stored items (routing, the store reads on the
//! store thread, rendering), for every page.
//!
//! `cargo bench --bench web -- 100000` (default 100000). The target is < 50 ms a page
//! at 100,000 items. Under `cargo test` (no `--bench` argument) it runs a 2,000-item
//! smoke version.

mod common;
use newshound::analyse::Analyser;
use newshound::store::{reports, Store};
use newshound::web::{handle, WebContext};

fn main() {
    let smoke = !std::env::args().any(|a| a == "--bench");
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(if smoke { 2_000 } else { 100_000 });
    let runs = if smoke { 3 } else { 50 };
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = common::config();
    let analyser = Analyser::new(&cfg);
    let mut rng = fastrand::Rng::with_seed(11);
    let (conn, rate) = common::build_store(dir.path(), n, &analyser, &cfg, &mut rng);
    drop(conn);
    std::fs::rename(
        dir.path().join("bench.sqlite"),
        dir.path().join("newshound.sqlite"),
    )
    .expect("rename");
    println!("stored and analysed {n} items ({rate:.0} items/s)");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let store = Store::open(dir.path()).expect("store");
        let stories = store
            .call(|c| reports::stories(c, None))
            .await
            .expect("stories");
        let devs = store
            .call(|c| reports::developments(c, None))
            .await
            .expect("developments");
        let biggest = stories
            .iter()
            .max_by_key(|s| s.items.len())
            .expect("a story");
        let latest = stories
            .iter()
            .max_by_key(|s| &s.last_seen)
            .expect("a story");
        let dev = devs.last().expect("a development");
        println!(
            "{} stories (largest {} items), {} developments",
            stories.len(),
            biggest.items.len(),
            devs.len()
        );
        let ctx = WebContext::open(
            store.clone(),
            newshound::tz::TimeZone::parse("Europe/Berlin").expect("tz"),
            Vec::new(),
            vec!["bench".into()],
        );
        let pages = [
            "/".to_string(),
            "/watchlists/bench".to_string(),
            format!("/stories/{}", biggest.id),
            format!("/stories/{}", latest.id),
            format!("/developments/{}", dev.id),
            "/feeds".to_string(),
        ];
        for path in pages {
            let mut ms = Vec::new();
            let mut bytes = 0;
            for _ in 0..runs {
                let req = hyper::Request::get(path.as_str())
                    .header("host", "127.0.0.1:8080")
                    .body(())
                    .expect("request");
                let t = std::time::Instant::now();
                let resp = handle(&ctx, req).await;
                ms.push(t.elapsed().as_secs_f64() * 1000.0);
                assert_eq!(resp.status(), 200, "{path}");
                bytes = http_body_util::BodyExt::collect(resp.into_body())
                    .await
                    .map(|b| b.to_bytes().len())
                    .unwrap_or(0);
            }
            ms.sort_by(|a, b| a.total_cmp(b));
            let q = |p: f64| ms[((ms.len() as f64 - 1.0) * p) as usize];
            println!(
                "{path:<22} {bytes:>7} bytes  median {:>6.2} ms  p90 {:>6.2} ms  max {:>6.2} ms{}",
                q(0.5),
                q(0.9),
                q(1.0),
                if q(0.9) < 50.0 { "" } else { "  OVER 50 ms" }
            );
        }
    });
}
