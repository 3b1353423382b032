//! The daemon in-process: `daemon::run(config, shutdown)` on a feed server on 127.0.0.1,
//! stopped by its shutdown future, as a test of a library user would run it.

mod common;
use common::*;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// Waits up to `secs` for `done`, checking every 50 ms.
async fn eventually(secs: u64, what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !done() {
        assert!(Instant::now() < deadline, "{what} within {secs}s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_in_process_polls_on_its_schedule_alerts_and_stops_on_its_shutdown_future() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[RECALL, QUIET]), "application/rss+xml");
    let path = dir.path().join("newshound.toml");
    std::fs::write(
        &path,
        format!(
            "[daemon]\nstate_dir = \"{}\"\n\n[alerts]\nmax_age = \"30d\"\n\n{}\n[[feed]]\nurl = \"{}\"\ninterval = \"1s\"\n{GAZA_WATCHLIST}",
            dir.path().join("state").display(),
            file_email(dir.path()),
            srv.url("/a.xml"),
        ),
    )
    .unwrap();
    let cfg = newshound::config::Config::load(&path).unwrap();

    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let daemon = tokio::spawn(newshound::daemon::run(cfg, async {
        let _ = stopped.await;
    }));

    // the first poll stores the items; analysis and delivery write the alert
    eventually(30, "the alert for the recalled delegation", || {
        mails(dir.path()).len() == 1
    })
    .await;
    assert!(mails(dir.path())[0].contains("X-Newshound-Development"));
    // the next poll follows the time the first one stored (1 s on, a conditional GET)
    eventually(30, "a second poll answered 304", || {
        srv.not_modified.load(Ordering::SeqCst) >= 1
    })
    .await;
    assert_eq!(
        srv.ok.load(Ordering::SeqCst),
        1,
        "the feed was fetched in full twice"
    );
    assert!(
        !daemon.is_finished(),
        "run returned before its shutdown future completed"
    );

    stop.send(()).unwrap();
    let result = tokio::time::timeout(Duration::from_secs(20), daemon)
        .await
        .expect("run did not return after its shutdown future completed")
        .expect("the daemon task panicked");
    result.unwrap();
    // nothing is sent twice by the stop, and the store is consistent for the next start
    assert_eq!(mails(dir.path()).len(), 1);
    let db = rusqlite::Connection::open(dir.path().join("state/newshound.sqlite")).unwrap();
    let (pending, sent): (i64, i64) = db
        .query_row(
            "SELECT (SELECT COUNT(*) FROM outbox WHERE state = 'pending'), (SELECT COUNT(*) FROM outbox WHERE state = 'sent')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((pending, sent), (0, 1));
}
