//! Upgrades: a store written by the 0.1.0 release (tests/upgrade/release-0.1.0.sqlite,
//! made by tests/upgrade/make-fixture.sh with that binary: one feed, four items, two
//! stories, two developments, one alert sent and one pending after a failed attempt)
//! is opened by this build. The migrations run, nothing is lost, the pending alert is
//! still pending and goes out once, the sent one is never re-sent. A store from a newer
//! newshound is refused, untouched.

mod common;

use common::*;
use std::path::{Path, PathBuf};

const FIXTURE: &str = "tests/upgrade/release-0.1.0";

fn fixture(ext: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("{FIXTURE}.{ext}"))
}

/// The released store, copied into `dir/state`, and a config for it: the fixture's
/// watchlist, file transport into `dir/mail`, one feed on `srv`.
fn upgraded_setup(dir: &Path, srv: &FeedServer) -> PathBuf {
    std::fs::create_dir_all(dir.join("state")).unwrap();
    std::fs::copy(fixture("sqlite"), dir.join("state/newshound.sqlite")).unwrap();
    srv.set("/wire.xml", &rss(&[QUIET]), "application/rss+xml");
    let cfg = format!(
        "[daemon]\nstate_dir = \"{}\"\n[alerts]\nmax_age = \"30d\"\n{}\n[[feed]]\nurl = \"{}\"\n\n[[watchlist]]\nname = \"gaza\"\nrecipients = [\"desk@example.org\"]\nkeywords = [\"ceasefire\", \"truce\", \"talks\", \"negotiat*\", \"delegation\", \"proposal\"]\ncontext = [\"Gaza\", \"Hamas\"]\n[watchlist.actors]\n\"Israel\" = [\"Israeli\", \"Netanyahu\"]\n\"Hamas\" = []\n\"Qatar\" = [\"Qatari\"]\n",
        dir.join("state").display(),
        file_email(dir),
        srv.url("/wire.xml")
    );
    let p = dir.join("newshound.toml");
    std::fs::write(&p, cfg).unwrap();
    p
}

fn expected(what: &str) -> Vec<serde_json::Value> {
    std::fs::read_to_string(fixture(&format!("{what}.jsonl")))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Every object the release printed is printed again with the same values (new fields
/// may be added).
fn assert_kept(what: &str, now: &[serde_json::Value]) {
    let old = expected(what);
    assert_eq!(old.len(), now.len(), "{what}: {now:?}");
    for o in &old {
        let n = now
            .iter()
            .find(|n| n["id"] == o["id"])
            .unwrap_or_else(|| panic!("{what} {} lost", o["id"]));
        for (k, v) in o.as_object().unwrap() {
            assert_eq!(&n[k], v, "{what} {}: {k} changed", o["id"]);
        }
    }
}

fn by_development(alerts: &[serde_json::Value], dev: i64) -> &serde_json::Value {
    alerts
        .iter()
        .find(|a| a["development"] == dev)
        .unwrap_or_else(|| panic!("no alert for development {dev}: {alerts:?}"))
}

#[test]
fn a_release_store_is_migrated_and_nothing_is_lost_or_resent() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    let cfg = upgraded_setup(dir.path(), &srv);

    // opening migrates; what the release stored reads back the same
    let alerts = jsonl(&newshound(&cfg, &["alerts", "--json"]));
    let db = rusqlite::Connection::open(dir.path().join("state/newshound.sqlite")).unwrap();
    let version: i64 = db
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version as usize, newshound::store::SCHEMA_VERSION);
    assert_kept("alerts", &alerts);
    assert_kept("stories", &jsonl(&newshound(&cfg, &["stories", "--json"])));
    assert_kept(
        "developments",
        &jsonl(&newshound(&cfg, &["developments", "--json"])),
    );
    let items: i64 = db
        .query_row("SELECT COUNT(*) FROM items", [], |r| r.get(0))
        .unwrap();
    assert_eq!(items, 4);
    assert_eq!(by_development(&alerts, 1)["state"], "sent");
    let pending = by_development(&alerts, 2);
    assert_eq!(pending["state"], "pending");
    assert_eq!(pending["attempts"], 1);

    // the pending alert goes out once, with its stored Message-ID; the sent one never again
    let out = newshound(&cfg, &["once"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sent = mails(dir.path());
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(header(&sent[0], "X-Newshound-Development"), Some("2"));
    assert_eq!(
        header(&sent[0], "Message-ID"),
        pending["message_id"].as_str()
    );
    assert!(newshound(&cfg, &["once"]).status.success());
    assert_eq!(mails(dir.path()).len(), 1, "an alert was re-sent");
    let alerts = jsonl(&newshound(&cfg, &["alerts", "--json"]));
    assert_eq!(
        by_development(&alerts, 1)["attempts"],
        1,
        "the sent alert was retried"
    );
    assert_eq!(by_development(&alerts, 2)["state"], "sent");
    let items: i64 = db
        .query_row("SELECT COUNT(*) FROM items", [], |r| r.get(0))
        .unwrap();
    assert_eq!(items, 5, "the release's items and the new one");
}

#[test]
fn a_store_from_a_newer_newshound_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    let cfg = upgraded_setup(dir.path(), &srv);
    let db = dir.path().join("state/newshound.sqlite");
    let newer = newshound::store::SCHEMA_VERSION as i64 + 1;
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.pragma_update(None, "user_version", newer).unwrap();
        c.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    for args in [&["once"][..], &["stories", "--json"], &["alerts"]] {
        let out = newshound(&cfg, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {err}");
        assert!(
            err.contains("newer newshound")
                && err.contains(&format!("schema version {newer}"))
                && err.contains("newshound.sqlite"),
            "{err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    assert!(
        std::fs::read(&db).unwrap() == before,
        "the newer store was changed"
    );
    assert!(mails(dir.path()).is_empty());
}
