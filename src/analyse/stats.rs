//! Document frequencies for the clustering's IDF weights: read from the store on first
//! use, incremented in memory and written in batches. They are statistics: a crash loses
//! at most one batch, which only nudges IDF weights.

use rusqlite::Connection;
use std::collections::HashMap;

use crate::store::{analysis, StoreError};

/// Pending document-frequency increments are written every this many terms.
pub(super) const DF_FLUSH_EVERY: usize = 4096;

/// Known frequencies (a bounded cache) and the increments not yet written.
#[derive(Default)]
pub(super) struct DfStats {
    docs: Option<f64>,
    known: HashMap<String, u32>,
    pending: HashMap<String, u32>,
    pending_docs: u32,
}

impl DfStats {
    /// The number of documents and each term's frequency.
    pub(super) fn lookup(
        &mut self,
        tx: &Connection,
        terms: &[&String],
    ) -> Result<(f32, HashMap<String, f32>), StoreError> {
        if self.docs.is_none() {
            self.docs = Some(analysis::docs(tx)?);
        }
        let mut out = HashMap::with_capacity(terms.len());
        for t in terms {
            let v = match self.known.get(*t) {
                Some(v) => *v,
                None => {
                    let v = analysis::df(tx, t)? + self.pending.get(*t).copied().unwrap_or(0);
                    if self.known.len() > 500_000 {
                        self.known.clear();
                    }
                    self.known.insert((*t).clone(), v);
                    v
                }
            };
            out.insert((*t).clone(), v as f32);
        }
        Ok((self.docs.unwrap_or(0.0) as f32, out))
    }

    /// Counts one more document with these terms.
    pub(super) fn add<'a>(&mut self, terms: impl Iterator<Item = &'a String>) {
        for t in terms {
            *self.pending.entry(t.clone()).or_insert(0) += 1;
            if let Some(v) = self.known.get_mut(t) {
                *v += 1;
            }
        }
        self.pending_docs += 1;
        self.docs = Some(self.docs.unwrap_or(0.0) + 1.0);
    }

    /// Terms with increments not yet written.
    pub(super) fn pending_len(&self) -> usize {
        self.pending.len()
    }

    /// Writes the increments.
    pub(super) fn flush(&mut self, tx: &Connection) -> Result<(), StoreError> {
        analysis::add_df(tx, self.pending.drain(), self.pending_docs)?;
        self.pending_docs = 0;
        Ok(())
    }
}
