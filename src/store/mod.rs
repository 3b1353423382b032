//! SQLite storage on one dedicated thread.
//!
//! Every database call is a closure sent to that thread, so no SQLite work ever runs
//! on the async runtime and writes are serialised without lock contention. The schema
//! is a list of numbered migrations applied at start-up via `PRAGMA user_version`.
//!
//! Every SQL statement of the program lives in this directory, one file per aggregate:
//! `feeds` (poll state), `items` (ingest, retention), `analysis` (the queue and term
//! statistics), `stories`, `developments`, `roles`, `outbox` (alerts), `health` (feed
//! health and operations notices); `reports` and `views` are the read models of the
//! commands and the web view.

pub mod analysis;
pub mod developments;
pub mod feeds;
pub mod health;
pub mod items;
pub mod outbox;
pub mod queries;
pub mod reports;
pub mod roles;
pub mod stories;
pub mod views;

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use tokio::sync::oneshot;

/// Storage failures.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite said no.
    #[error("database error: {0}{hint}", hint = sqlite_hint(.0))]
    Sqlite(#[from] rusqlite::Error),
    /// The state directory cannot be created.
    #[error("cannot create state directory {path}: {source} (check [daemon] state_dir and its permissions)")]
    StateDir {
        /// Directory.
        path: PathBuf,
        /// Cause.
        source: std::io::Error,
    },
    /// The database was written by a newer newshound (its schema is unknown here).
    #[error("{path} was written by a newer newshound (schema version {version}; this one, {}, knows up to {SCHEMA_VERSION}): it was left untouched; run the newer newshound, or restore the backup taken before it", env!("CARGO_PKG_VERSION"))]
    Newer {
        /// Database file.
        path: PathBuf,
        /// Its `user_version`.
        version: i64,
    },
    /// JSON stored in a column could not be read back.
    #[error("corrupt stored JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The store thread is gone (it panicked or the process is shutting down).
    #[error("the database thread has stopped")]
    Closed,
    /// Something else, with a message for the user.
    #[error("{0}")]
    Other(String),
}

/// What to do about the SQLite errors users can fix.
fn sqlite_hint(e: &rusqlite::Error) -> &'static str {
    use rusqlite::ErrorCode::*;
    match e.sqlite_error_code() {
        Some(DiskFull) | Some(SystemIoFailure) => " (the disk holding the state directory is full or failing: free space or move [daemon] state_dir; nothing committed is lost)",
        Some(ReadOnly) | Some(PermissionDenied) | Some(CannotOpen) => " (the state directory is not writable by this user: check [daemon] state_dir and its permissions)",
        Some(DatabaseBusy) | Some(DatabaseLocked) => " (another process holds the database: is a second newshound running on the same state_dir?)",
        Some(DatabaseCorrupt) | Some(NotADatabase) => " (the database file is damaged or not newshound's: restore a backup or move it aside)",
        _ => "",
    }
}

/// RFC 3339 with seconds, the one timestamp format stored.
pub fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Parses a stored timestamp.
pub fn parse_ts(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

type Job = Box<dyn FnOnce(&mut Connection) + Send>;

/// Handle to the store thread; cheap to clone.
#[derive(Clone)]
pub struct Store {
    tx: mpsc::Sender<Job>,
    path: PathBuf,
}

const MIGRATIONS: &[&str] = &[
    // 1: the whole first schema
    r#"
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        last_attempt TEXT,
        last_success TEXT,
        last_status INTEGER,
        last_error TEXT,
        last_error_at TEXT,
        consecutive_errors INTEGER NOT NULL DEFAULT 0,
        next_poll TEXT,
        polls INTEGER NOT NULL DEFAULT 0,
        not_modified INTEGER NOT NULL DEFAULT 0,
        failing_since TEXT,
        last_new_item TEXT,
        ops_alerted TEXT
    );
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id),
        identity TEXT NOT NULL,
        guid TEXT,
        link TEXT,
        canonical_link TEXT,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        published TEXT,
        first_seen TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        analysed INTEGER NOT NULL DEFAULT 0,
        UNIQUE(feed_id, identity)
    );
    CREATE INDEX items_pending ON items(analysed) WHERE analysed = 0;
    CREATE INDEX items_link ON items(link);
    CREATE INDEX items_canonical ON items(canonical_link);
    CREATE TABLE item_revisions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id),
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        seen_at TEXT NOT NULL
    );
    CREATE TABLE matches (
        item_id INTEGER NOT NULL REFERENCES items(id),
        watchlist TEXT NOT NULL,
        taken INTEGER NOT NULL,
        reason TEXT NOT NULL,
        detection TEXT,
        PRIMARY KEY(item_id, watchlist)
    );
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        watchlist TEXT NOT NULL,
        title TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        features TEXT NOT NULL
    );
    CREATE INDEX stories_active ON stories(watchlist, last_seen);
    CREATE TABLE story_items (
        story_id INTEGER NOT NULL REFERENCES stories(id),
        item_id INTEGER NOT NULL REFERENCES items(id),
        evidence TEXT NOT NULL,
        PRIMARY KEY(story_id, item_id)
    );
    CREATE INDEX story_items_item ON story_items(item_id);
    CREATE TABLE story_index (
        term_hash INTEGER NOT NULL,
        at INTEGER NOT NULL,
        story_id INTEGER NOT NULL,
        PRIMARY KEY(term_hash, at, story_id)
    ) WITHOUT ROWID;
    CREATE TABLE developments (
        id INTEGER PRIMARY KEY,
        watchlist TEXT NOT NULL,
        story_id INTEGER NOT NULL REFERENCES stories(id),
        kind TEXT NOT NULL,
        actors TEXT NOT NULL,
        evidence TEXT NOT NULL,
        rule TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        event_time TEXT NOT NULL,
        alerted INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX developments_novelty ON developments(watchlist, kind, event_time);
    CREATE TABLE development_items (
        development_id INTEGER NOT NULL REFERENCES developments(id),
        item_id INTEGER NOT NULL REFERENCES items(id),
        sentence TEXT NOT NULL,
        rule TEXT NOT NULL,
        checks TEXT NOT NULL,
        PRIMARY KEY(development_id, item_id)
    );
    CREATE INDEX development_items_item ON development_items(item_id);
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        development_id INTEGER NOT NULL REFERENCES developments(id),
        watchlist TEXT NOT NULL,
        recipient TEXT NOT NULL,
        message_id TEXT NOT NULL,
        batch TEXT,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt TEXT NOT NULL,
        last_error TEXT,
        created TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE(development_id, recipient)
    );
    CREATE INDEX outbox_due ON outbox(state, next_attempt);
    CREATE TABLE term_df (
        term TEXT PRIMARY KEY,
        df INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    "#,
    // 2: the analysis queue is its own table, so analysing an item deletes a tiny row
    // instead of rewriting the item (and its text) a second time
    r#"
    CREATE TABLE pending_analysis (
        item_id INTEGER PRIMARY KEY REFERENCES items(id)
    );
    INSERT INTO pending_analysis(item_id) SELECT id FROM items WHERE analysed = 0;
    DROP INDEX items_pending;
    ALTER TABLE items DROP COLUMN analysed;
    "#,
    // 3: the web view's reads: a story's developments, and a feed's recent items
    // (items a day) without reading every item the feed ever had
    r#"
    CREATE INDEX developments_story ON developments(story_id, event_time);
    CREATE INDEX items_feed_seen ON items(feed_id, first_seen);
    "#,
    // 4: when each watchlist's placed items happened, for the pace of its news (story
    // clustering counts the last week's at every item: a range of this index, not a walk
    // over stories and items). Not filled from older stories: after an upgrade the pace
    // reads as usual until a week of new items is in.
    r#"
    CREATE TABLE pace (
        watchlist TEXT NOT NULL,
        at INTEGER NOT NULL,
        item_id INTEGER NOT NULL REFERENCES items(id),
        PRIMARY KEY(watchlist, at, item_id)
    ) WITHOUT ROWID;
    "#,
];

/// Opens a database file with migrations applied, without the store thread (for
/// benchmarks and tools that drive the synchronous API directly).
pub fn open_db(path: &Path) -> Result<Connection, StoreError> {
    let mut conn = open_connection(path)?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// The schema version this newshound writes (`PRAGMA user_version` after migrating).
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// Prepared statements kept per connection: more than the store layer has, so none is
/// parsed twice.
const STATEMENT_CACHE: usize = 256;

fn open_connection(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    // before any pragma below can write to the file: a store from a newer newshound is
    // refused untouched, never opened and silently downgraded
    refuse_newer(&conn, path)?;
    // before anything writes the header of a new file: lets retention give pages back.
    // Only on a new file: on an existing one the pragma is a write transaction, and a
    // write from a second process (`newshound stories` beside `run`) makes the daemon's
    // transaction that read before writing fail at once with "database is locked"
    let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
    if pages == 0 {
        conn.pragma_update(None, "auto_vacuum", "INCREMENTAL")?;
    }
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // 32 MiB page cache: the story index and term statistics are read at random
    conn.pragma_update(None, "cache_size", -32768)?;
    // one analysis run uses some forty distinct statements; rusqlite keeps sixteen by
    // default, so every run parsed most of them again (a sixth of one item's analysis)
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(conn)
}

fn refuse_newer(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > SCHEMA_VERSION as i64 {
        return Err(StoreError::Newer {
            path: path.to_path_buf(),
            version,
        });
    }
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version as usize > MIGRATIONS.len() {
        return Err(StoreError::Newer {
            path: conn.path().map(PathBuf::from).unwrap_or_default(),
            version,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

/// WAL pages after which the writer checkpoints by itself (16 MiB at 4 KiB pages).
const WRITER_CHECKPOINT: i64 = 4096;

/// Starts the checkpoint thread: after the store thread has run jobs, it waits a moment
/// (so a burst of commits costs one checkpoint), then runs a PASSIVE checkpoint, which
/// never blocks the writer. It stops when the store thread drops the returned sender.
/// Without it (no thread or no connection) the writer's own autocheckpoint does the work.
fn spawn_checkpointer(path: &Path) -> Option<mpsc::SyncSender<()>> {
    let conn = Connection::open(path).ok()?;
    let (kick, rx) = mpsc::sync_channel::<()>(1);
    std::thread::Builder::new()
        .name("newshound-ckpt".into())
        .spawn(move || {
            while rx.recv().is_ok() {
                std::thread::sleep(std::time::Duration::from_millis(100));
                while rx.try_recv().is_ok() {}
                if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
                    tracing::debug!("background checkpoint: {e}");
                }
            }
        })
        .ok()?;
    Some(kick)
}

impl Store {
    /// Opens (creating if needed) the database under `state_dir` and starts its thread.
    pub fn open(state_dir: &Path) -> Result<Store, StoreError> {
        if !state_dir.exists() {
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(state_dir)
                .map_err(|source| StoreError::StateDir {
                    path: state_dir.to_path_buf(),
                    source,
                })?;
        }
        let path = state_dir.join("newshound.sqlite");
        let mut conn = open_connection(&path)?;
        // the store holds what the analyst follows: readable by its owner only
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
        }
        migrate(&mut conn)?;
        // checkpoints (copying the WAL into the database file) run on their own thread
        // and connection, beside the writer; the writer checkpoints itself only if the
        // WAL outgrows WRITER_CHECKPOINT pages (the checkpointer fell behind or failed)
        conn.pragma_update(None, "wal_autocheckpoint", WRITER_CHECKPOINT)?;
        let kick = spawn_checkpointer(&path);
        let (tx, rx) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("newshound-db".into())
            .spawn(move || {
                let mut conn = conn;
                while let Ok(job) = rx.recv() {
                    job(&mut conn);
                    if let Some(k) = &kick {
                        let _ = k.try_send(());
                    }
                }
            })
            .map_err(|e| StoreError::Other(format!("cannot start the database thread: {e}")))?;
        Ok(Store { tx, path })
    }

    /// Path of the database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on the database thread and returns its result.
    pub async fn call<F, R>(&self, f: F) -> Result<R, StoreError>
    where
        F: FnOnce(&mut Connection) -> Result<R, StoreError> + Send + 'static,
        R: Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move |conn| {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(conn)))
                .unwrap_or_else(|_| Err(StoreError::Other("a database job panicked".into())));
            let _ = tx.send(r);
        });
        self.tx.send(job).map_err(|_| StoreError::Closed)?;
        rx.await.map_err(|_| StoreError::Closed)?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn migrations_apply_once_and_calls_run() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path()).unwrap();
        let v: i64 = s
            .call(|c| Ok(c.query_row("PRAGMA user_version", [], |r| r.get(0))?))
            .await
            .unwrap();
        assert_eq!(v as usize, MIGRATIONS.len());
        drop(s);
        // reopening does not re-run migrations (they would fail on existing tables)
        let s = Store::open(dir.path()).unwrap();
        let mode: String = s
            .call(|c| Ok(c.query_row("PRAGMA journal_mode", [], |r| r.get(0))?))
            .await
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn opening_an_open_database_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("newshound.sqlite");
        let first = open_db(&path).unwrap();
        let version = |c: &Connection| -> i64 {
            c.query_row("PRAGMA data_version", [], |r| r.get(0))
                .unwrap()
        };
        let before = version(&first);
        // a second process opening it (the CLI beside the daemon) must not commit
        // anything, or the daemon's read-then-write transactions fail as locked
        let _second = open_db(&path).unwrap();
        assert_eq!(version(&first), before);
        let mode: i64 = first
            .query_row("PRAGMA auto_vacuum", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, 2, "incremental auto-vacuum on a new file");
    }

    #[test]
    fn migration_2_keeps_unanalysed_items_queued() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite");
        {
            // a database as version 1 left it: one item analysed, one pending
            let c = Connection::open(&path).unwrap();
            c.execute_batch(MIGRATIONS[0]).unwrap();
            c.execute_batch(
                "PRAGMA user_version = 1;
                 INSERT INTO feeds(id, url, name) VALUES (1, 'http://x/', 'x');
                 INSERT INTO items(id, feed_id, identity, title, text, first_seen, updated_at, content_hash, analysed)
                   VALUES (1, 1, 'a', 't', 'b', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 'h', 1),
                          (2, 1, 'b', 't', 'b', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 'h', 0);",
            )
            .unwrap();
        }
        let c = open_db(&path).unwrap();
        let queued: Vec<i64> = c
            .prepare("SELECT item_id FROM pending_analysis")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(queued, vec![2]);
        let items: i64 = c
            .query_row("SELECT COUNT(*) FROM items", [], |r| r.get(0))
            .unwrap();
        assert_eq!(items, 2);
    }
}
