//! The poll's queries under the path they first had. They now live with their
//! aggregate (`feeds`, `items`, `health`); these re-exports keep older callers (the
//! replay) compiling. New code names the aggregate.

pub use super::feeds::{feed_state, record_failure, record_not_modified, sync_feeds, FeedState};
pub use super::health::{feed_health, FeedHealth};
pub use super::items::{prune, prune_if_due, record_success, IngestCounts, PruneCounts};
pub use super::{parse_ts, ts};
