//! Benchmark: analysis (topic decision, detection, clustering, novelty, outbox) of one
//! new item against a store of N items, as the daemon runs it (one transaction per item).
//!
//! `cargo bench --bench analysis -- 100000` (default 10000). Prints the build rate and
//! the median / p90 / p99 latency of analysing one new item. Under `cargo test` (no
//! `--bench` argument) it runs a 300-item smoke version.

mod common;
use newshound::analyse::Analyser;

fn main() {
    let smoke = !std::env::args().any(|a| a == "--bench");
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(if smoke { 300 } else { 10_000 });
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = common::config();
    let analyser = Analyser::new(&cfg);
    let mut rng = fastrand::Rng::with_seed(7);
    let (mut conn, rate) = common::build_store(dir.path(), n, &analyser, &cfg, &mut rng);
    println!("stored and analysed {n} items ({rate:.0} items/s)");
    // now one new item at a time
    let mut lat = Vec::new();
    // NH_MEASURE=3000 measures more items (for a profiler to see this phase, not the build)
    let measured = std::env::var("NH_MEASURE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    for k in 0..if smoke { 20 } else { measured } {
        let it = common::item(&mut rng, n + k, 0);
        common::store_one(&mut conn, it);
        lat.push(common::analyse_pending(&mut conn, &analyser).as_secs_f64() * 1000.0);
    }
    lat.sort_by(|a, b| a.total_cmp(b));
    let q = |p: f64| lat[((lat.len() as f64 - 1.0) * p) as usize];
    println!(
        "analysis of one new item with {n} stored: median {:.3} ms, p90 {:.3} ms, p99 {:.3} ms",
        q(0.5),
        q(0.9),
        q(0.99)
    );
}
