//! Story features in memory. Each candidate story an item is scored against used to be
//! parsed from its JSON record again in every run; with the daemon analysing a few new
//! items per poll, that parsing was a seventh of an item's analysis. Two layers keep it
//! down:
//!
//! - [`StoryCache`] holds the stories one run touches, read once and written once per
//!   chunk (valid for one run only: a failed transaction drops it with the run).
//! - [`ParsedStories`] keeps parsed features across runs, each under the hash of the
//!   exact text it was parsed from or written as. A run reads the stored text (cheap)
//!   and reuses the parsed value only when the text's hash matches, so a rolled-back
//!   transaction, another database or a record written by anything else is parsed again
//!   rather than trusted.

use rusqlite::Connection;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use crate::cluster::{ItemFeatures, StoryFeatures};
use crate::store::{stories, StoreError};
use chrono::{DateTime, Utc};

/// Stories whose features one run keeps in memory.
const STORY_CACHE: usize = 4096;

/// Parsed stories kept across runs: enough for the stories active within a story
/// window on a busy watchlist, few enough to stay a few megabytes.
const PARSED_STORIES: usize = 512;

/// Story features touched during one analysis run: read once, written once per chunk.
#[derive(Default)]
pub(super) struct StoryCache {
    features: HashMap<i64, Arc<StoryFeatures>>,
    dirty: HashSet<i64>,
}

impl StoryCache {
    /// The story's features, from this run's cache, the parsed stories or the store.
    pub(super) fn get(
        &mut self,
        tx: &Connection,
        shared: &Mutex<ParsedStories>,
        sid: i64,
    ) -> Result<&mut Arc<StoryFeatures>, StoreError> {
        if !self.features.contains_key(&sid) {
            if self.features.len() >= STORY_CACHE {
                // keep dirty entries (not yet written); drop the clean ones
                let dirty = &self.dirty;
                self.features.retain(|k, _| dirty.contains(k));
            }
            let text = stories::features(tx, sid)?;
            let f = lock(shared).parse(sid, &text)?;
            self.features.insert(sid, f);
        }
        self.features
            .get_mut(&sid)
            .ok_or_else(|| StoreError::Other(format!("story {sid} vanished from the cache")))
    }

    /// A story just created with these features (its record already written).
    pub(super) fn insert_new(&mut self, sid: i64, sf: StoryFeatures) {
        self.features.insert(sid, Arc::new(sf));
    }

    /// Writes the features of every story changed since the last flush, and remembers
    /// them as parsed under the text written.
    pub(super) fn flush(
        &mut self,
        tx: &Connection,
        shared: &Mutex<ParsedStories>,
    ) -> Result<(), StoreError> {
        for sid in self.dirty.drain() {
            if let Some(sf) = self.features.get(&sid) {
                let text = serde_json::to_string(sf.as_ref())?;
                stories::set_features(tx, sid, &text)?;
                lock(shared).remember(sid, &text, Arc::clone(sf));
            }
        }
        Ok(())
    }

    /// Adds an item to a cached story and widens its span.
    pub(super) fn grow(
        &mut self,
        tx: &Connection,
        shared: &Mutex<ParsedStories>,
        sid: i64,
        feats: &ItemFeatures,
        t: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        // copies the features only if the parsed stories share them
        Arc::make_mut(self.get(tx, shared, sid)?).add(feats);
        stories::touch(tx, sid, t)?;
        self.dirty.insert(sid);
        Ok(())
    }
}

/// Parsed story features kept across runs, keyed by story and the hash of their text.
#[derive(Default)]
pub(super) struct ParsedStories {
    entries: HashMap<i64, Parsed>,
    /// Increases with every use, to drop the least recently used entries.
    clock: u64,
}

struct Parsed {
    hash: u64,
    features: Arc<StoryFeatures>,
    used: u64,
}

impl ParsedStories {
    /// The features stored as `text`: the kept ones when the text is the one they were
    /// kept under, else parsed (and kept).
    fn parse(&mut self, sid: i64, text: &str) -> Result<Arc<StoryFeatures>, StoreError> {
        let hash = text_hash(text);
        self.clock += 1;
        if let Some(p) = self.entries.get_mut(&sid) {
            if p.hash == hash {
                p.used = self.clock;
                return Ok(Arc::clone(&p.features));
            }
        }
        let features = Arc::new(serde_json::from_str::<StoryFeatures>(text)?);
        self.keep(sid, hash, Arc::clone(&features));
        Ok(features)
    }

    /// Keeps features just written as `text`.
    fn remember(&mut self, sid: i64, text: &str, features: Arc<StoryFeatures>) {
        self.clock += 1;
        self.keep(sid, text_hash(text), features);
    }

    fn keep(&mut self, sid: i64, hash: u64, features: Arc<StoryFeatures>) {
        let used = self.clock;
        self.entries.insert(
            sid,
            Parsed {
                hash,
                features,
                used,
            },
        );
        if self.entries.len() > PARSED_STORIES {
            // drop the least recently used quarter at once, so eviction stays rare
            let mut ages: Vec<u64> = self.entries.values().map(|p| p.used).collect();
            ages.sort_unstable();
            let cut = ages[ages.len() / 4];
            self.entries.retain(|_, p| p.used > cut);
        }
    }
}

fn lock(shared: &Mutex<ParsedStories>) -> std::sync::MutexGuard<'_, ParsedStories> {
    shared.lock().unwrap_or_else(|p| p.into_inner())
}

/// Hash of a stored text; with its 64 bits a stale match is as likely as a cosmic ray.
fn text_hash(text: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(term: &str) -> StoryFeatures {
        let mut sf = StoryFeatures::default();
        sf.terms.insert(term.to_string(), 1.0);
        sf.n = 1;
        sf
    }

    #[test]
    fn kept_features_are_reused_only_for_the_same_text() {
        let mut p = ParsedStories::default();
        let a = serde_json::to_string(&features("truce")).unwrap();
        let first = p.parse(7, &a).unwrap();
        // the same text: the same parsed value, not a new parse
        assert!(Arc::ptr_eq(&first, &p.parse(7, &a).unwrap()));
        // the record changed underneath (a rolled-back run, another writer): parsed again
        let b = serde_json::to_string(&features("hostages")).unwrap();
        let second = p.parse(7, &b).unwrap();
        assert!(second.terms.contains_key("hostages"));
        assert!(!second.terms.contains_key("truce"));
    }

    #[test]
    fn written_features_are_remembered_under_the_written_text() {
        let mut p = ParsedStories::default();
        let sf = Arc::new(features("withdrawal"));
        let text = serde_json::to_string(sf.as_ref()).unwrap();
        p.remember(3, &text, Arc::clone(&sf));
        assert!(Arc::ptr_eq(&sf, &p.parse(3, &text).unwrap()));
    }

    #[test]
    fn the_least_recently_used_stories_are_dropped() {
        let mut p = ParsedStories::default();
        let text = serde_json::to_string(&features("talks")).unwrap();
        for sid in 0..=PARSED_STORIES as i64 {
            p.parse(sid, &text).unwrap();
        }
        assert!(p.entries.len() <= PARSED_STORIES);
        assert!(
            !p.entries.contains_key(&0),
            "the oldest entry is dropped first"
        );
        assert!(p.entries.contains_key(&(PARSED_STORIES as i64)));
    }
}
