//! Prometheus metrics: process-wide counters updated on the hot paths, gauges read from
//! the store at scrape time, served as text on `[daemon] metrics_listen` (off by default).

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::OnceLock;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tracing::{info, warn};

use crate::store::Store;

/// Fetch latency histogram bucket bounds, seconds.
const BUCKETS: [f64; 9] = [0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0];

/// Counters shared by the whole process.
#[derive(Default)]
pub struct Metrics {
    /// Fetches answered 200.
    pub fetch_ok: AtomicU64,
    /// Fetches answered 304.
    pub fetch_not_modified: AtomicU64,
    /// Failed fetches (network, HTTP status, parse).
    pub fetch_error: AtomicU64,
    /// Body bytes received.
    pub bytes: AtomicU64,
    /// New items stored.
    pub items_new: AtomicU64,
    /// Items updated in place.
    pub items_updated: AtomicU64,
    /// Alert emails delivered.
    pub alerts_sent: AtomicU64,
    /// Failed delivery attempts.
    pub alert_errors: AtomicU64,
    latency_buckets: [AtomicU64; 9],
    latency_count: AtomicU64,
    latency_sum_us: AtomicU64,
}

/// The process's metrics.
pub fn metrics() -> &'static Metrics {
    static M: OnceLock<Metrics> = OnceLock::new();
    M.get_or_init(Metrics::default)
}

impl Metrics {
    /// Records one fetch's latency.
    pub fn observe_fetch(&self, secs: f64) {
        for (i, b) in BUCKETS.iter().enumerate() {
            if secs <= *b {
                self.latency_buckets[i].fetch_add(1, Relaxed);
            }
        }
        self.latency_count.fetch_add(1, Relaxed);
        self.latency_sum_us.fetch_add((secs * 1e6) as u64, Relaxed);
    }

    /// Renders the Prometheus text format, with gauges from the store.
    pub async fn render(&self, store: &Store) -> String {
        let mut o = String::new();
        let c = |o: &mut String, name: &str, help: &str, kind: &str| {
            o.push_str(&format!("# HELP {name} {help}\n# TYPE {name} {kind}\n"));
        };
        c(
            &mut o,
            "newshound_fetches_total",
            "Feed fetches by outcome.",
            "counter",
        );
        for (outcome, v) in [
            ("ok", &self.fetch_ok),
            ("not_modified", &self.fetch_not_modified),
            ("error", &self.fetch_error),
        ] {
            o.push_str(&format!(
                "newshound_fetches_total{{outcome=\"{outcome}\"}} {}\n",
                v.load(Relaxed)
            ));
        }
        c(
            &mut o,
            "newshound_fetch_bytes_total",
            "Feed body bytes received (decompressed).",
            "counter",
        );
        o.push_str(&format!(
            "newshound_fetch_bytes_total {}\n",
            self.bytes.load(Relaxed)
        ));
        c(
            &mut o,
            "newshound_items_total",
            "Items stored, new or updated.",
            "counter",
        );
        o.push_str(&format!("newshound_items_total{{change=\"new\"}} {}\nnewshound_items_total{{change=\"updated\"}} {}\n", self.items_new.load(Relaxed), self.items_updated.load(Relaxed)));
        c(
            &mut o,
            "newshound_alert_deliveries_total",
            "Alert delivery attempts by result.",
            "counter",
        );
        o.push_str(&format!("newshound_alert_deliveries_total{{result=\"sent\"}} {}\nnewshound_alert_deliveries_total{{result=\"error\"}} {}\n", self.alerts_sent.load(Relaxed), self.alert_errors.load(Relaxed)));
        c(
            &mut o,
            "newshound_fetch_duration_seconds",
            "Feed fetch latency.",
            "histogram",
        );
        for (i, b) in BUCKETS.iter().enumerate() {
            o.push_str(&format!(
                "newshound_fetch_duration_seconds_bucket{{le=\"{b}\"}} {}\n",
                self.latency_buckets[i].load(Relaxed)
            ));
        }
        let n = self.latency_count.load(Relaxed);
        o.push_str(&format!(
            "newshound_fetch_duration_seconds_bucket{{le=\"+Inf\"}} {n}\n"
        ));
        o.push_str(&format!(
            "newshound_fetch_duration_seconds_sum {}\nnewshound_fetch_duration_seconds_count {n}\n",
            self.latency_sum_us.load(Relaxed) as f64 / 1e6
        ));
        let gauges = store
            .call(|c| {
                use crate::store::{analysis, developments, health, items, outbox, stories};
                let mut g = vec![
                    ("newshound_items", String::new(), items::count(c)?),
                    ("newshound_stories", String::new(), stories::count(c)?),
                    (
                        "newshound_analysis_queue",
                        String::new(),
                        analysis::pending_count(c)?,
                    ),
                    (
                        "newshound_feeds_failing",
                        String::new(),
                        health::failing_count(c)?,
                    ),
                ];
                for (k, n) in developments::count_by_kind(c)? {
                    g.push(("newshound_developments", format!("kind=\"{k}\""), n));
                }
                for (s, n) in outbox::count_by_state(c)? {
                    g.push(("newshound_alerts", format!("state=\"{s}\""), n));
                }
                Ok(g)
            })
            .await;
        match gauges {
            Ok(g) => {
                let mut last = "";
                for (name, labels, v) in g {
                    if name != last {
                        c(&mut o, name, "Current count in the store.", "gauge");
                        last = name;
                    }
                    if labels.is_empty() {
                        o.push_str(&format!("{name} {v}\n"));
                    } else {
                        o.push_str(&format!("{name}{{{labels}}} {v}\n"));
                    }
                }
            }
            Err(e) => warn!("metrics: cannot read the store: {e}"),
        }
        o
    }
}

/// Serves `GET /metrics` on `addr` until the task is dropped.
pub async fn serve(addr: String, store: Store) {
    let listener = match tokio::net::TcpListener::bind(&addr).await {
        Ok(l) => l,
        Err(e) => {
            warn!("metrics: cannot listen on {addr}: {e} (check [daemon] metrics_listen)");
            return;
        }
    };
    info!("metrics on http://{addr}/metrics");
    loop {
        let Ok((mut sock, _)) = listener.accept().await else {
            continue;
        };
        let store = store.clone();
        tokio::spawn(async move {
            let mut buf = vec![0u8; 2048];
            let n =
                match tokio::time::timeout(std::time::Duration::from_secs(5), sock.read(&mut buf))
                    .await
                {
                    Ok(Ok(n)) => n,
                    _ => return,
                };
            let req = String::from_utf8_lossy(&buf[..n]);
            let path = req.split_whitespace().nth(1).unwrap_or("/");
            let resp = if path == "/metrics" {
                let body = metrics().render(&store).await;
                format!("HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len())
            } else {
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .to_string()
            };
            let _ = sock.write_all(resp.as_bytes()).await;
        });
    }
}
