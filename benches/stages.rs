//! Criterion benchmarks, one per pipeline stage:
//! - `parse_normalise`: feed bytes → normalised items, reported per byte (MiB/s);
//! - `watchlist_decide`: the topic decision for one item;
//! - `detect`: development detection in one taken item;
//! - `analyse_one_item/N`: analysis of one new item against N stored items (topic,
//!   detection, story candidates from the inverted index and scoring, novelty, outbox
//!   rows, commit). N from `NEWSHOUND_BENCH_STORED` (comma-separated; default 10000,
//!   e.g. `NEWSHOUND_BENCH_STORED=10000,100000,1000000`): the cost must not grow with N;
//! - `outbox`: claim one due alert, build its email (text + HTML), mark it sent.
//!
//! `cargo bench --bench stages` (`-- detect` for one). Under `cargo test` every
//! benchmark runs once, on a 300-item store.

mod common;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newshound::analyse::Analyser;
use newshound::detect::Detector;
use newshound::watchlist::Watchlist;
use std::hint::black_box;

fn smoke() -> bool {
    !std::env::args().any(|a| a == "--bench")
}

fn parse_normalise(c: &mut Criterion) {
    let mut rng = fastrand::Rng::with_seed(1);
    let doc = common::rss(&mut rng, 400);
    let mut g = c.benchmark_group("parse_normalise");
    g.throughput(Throughput::Bytes(doc.len() as u64));
    g.bench_function(format!("rss_{}KiB_400_items", doc.len() / 1024), |b| {
        b.iter(|| {
            let (entries, _) =
                newshound::parse::parse_feed_ttl(black_box(&doc), Some("application/rss+xml"))
                    .expect("parses");
            newshound::normalise::normalise(entries, chrono::Utc::now())
        })
    });
    g.finish();
}

fn watchlist_and_detect(c: &mut Criterion) {
    let cfg = common::config();
    let wl = Watchlist::new(&cfg.watchlists[0]);
    let rules = newshound::detect::rules::RuleIndex::new(&cfg.developments);
    let mut rng = fastrand::Rng::with_seed(2);
    let items: Vec<_> = (0..256).map(|i| common::item(&mut rng, i, 1)).collect();
    let mut i = 0;
    c.bench_function("watchlist_decide", |b| {
        b.iter(|| {
            i = (i + 1) % items.len();
            wl.decide(black_box(&items[i].title), black_box(&items[i].text))
        })
    });
    let taken: Vec<_> = items
        .iter()
        .filter(|it| wl.decide(&it.title, &it.text).taken)
        .collect();
    let mut i = 0;
    c.bench_function("detect", |b| {
        b.iter(|| {
            i = (i + 1) % taken.len();
            Detector::new(&wl, &rules).detect(black_box(&taken[i].title), black_box(&taken[i].text))
        })
    });
}

fn analyse_one_item(c: &mut Criterion) {
    let sizes: Vec<usize> = if smoke() {
        vec![300]
    } else {
        std::env::var("NEWSHOUND_BENCH_STORED")
            .unwrap_or_else(|_| "10000".into())
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect()
    };
    let cfg = common::config();
    let mut g = c.benchmark_group("analyse_one_item");
    g.sample_size(30);
    for n in sizes {
        let dir = tempfile::tempdir().expect("tempdir");
        let analyser = Analyser::new(&cfg);
        let mut rng = fastrand::Rng::with_seed(7);
        let (mut conn, rate) = common::build_store(dir.path(), n, &analyser, &cfg, &mut rng);
        eprintln!("built a store of {n} items at {rate:.0} items/s");
        let mut k = n;
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter_custom(|iters| {
                let mut total = std::time::Duration::ZERO;
                for _ in 0..iters {
                    k += 1;
                    common::store_one(&mut conn, common::item(&mut rng, k, 0));
                    total += common::analyse_pending(&mut conn, &analyser);
                }
                total
            })
        });
    }
    g.finish();
}

fn outbox(c: &mut Criterion) {
    let cfg = common::config();
    let analyser = Analyser::new(&cfg);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut rng = fastrand::Rng::with_seed(3);
    let (mut conn, _) = common::build_store(dir.path(), 2000, &analyser, &cfg, &mut rng);
    let delivery = cfg
        .watchlists
        .iter()
        .map(|w| (w.name.clone(), w.delivery.clone()))
        .collect();
    let retry = std::time::Duration::from_secs(60);
    let mut k = 0;
    let pres = newshound::email::Presentation {
        tz: newshound::tz::TimeZone::Local,
        user_kinds: Vec::new(),
        public_url: Some("https://newshound.example".into()),
    };
    c.bench_function("outbox_claim_build_mark", |b| {
        b.iter(|| {
            let now = chrono::Utc::now();
            let mut due = newshound::outbox::claim_due(&mut conn, now, true, retry, 1, &delivery)
                .expect("claim");
            if due.is_empty() {
                // refill: queue the store's developments again for new recipients (each
                // (development, recipient) pair is one row, as the analyser writes them)
                k += 1;
                conn.execute(
                    "INSERT INTO outbox(development_id, watchlist, recipient, message_id, state, attempts, next_attempt, created)
                     SELECT id, watchlist, 'r' || ?1 || '@example.org', '<' || id || '.' || ?1 || '@bench>', 'pending', 0, ?2, ?2
                     FROM developments",
                    rusqlite::params![k, newshound::store::ts(now)],
                )
                .expect("refill");
                due = newshound::outbox::claim_due(&mut conn, now, true, retry, 1, &delivery)
                    .expect("claim");
                assert!(!due.is_empty(), "the bench store has no developments");
            }
            for d in due {
                if let Some(m) = d.messages.first() {
                    black_box(m.build("bench <b@example.org>", &pres).expect("builds"));
                }
                for id in d.ids {
                    newshound::outbox::mark_sent(&mut conn, id, now).expect("mark");
                }
            }
        })
    });
}

criterion_group!(
    benches,
    parse_normalise,
    watchlist_and_detect,
    analyse_one_item,
    outbox
);
criterion_main!(benches);
