//! Scoring a replay against a labelled corpus, by the rules of the end-to-end scorer
//! (`corpus-eval.py`), so a score seen here is the score CI and users see there:
//!
//! - topic: precision/recall of the corpus's links taken into the watchlist's stories;
//! - stories: B-cubed precision/recall/F1 over the relevant items taken (Amigó et al. 2009);
//! - developments: in order of `first_seen`, a development counts for the first labelled
//!   event of the same kind with an overlapping actor (or an event open to any actor) and
//!   at least one shared item link, preferring unmatched events, then the largest overlap;
//!   a second development for an already matched event is a false one.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::archive::Archive;
use crate::store::reports::{DevelopmentRow, StoryRow};

/// The score object of `replay --json` (the contract's keys first).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Score {
    /// Developments that match an event / all developments.
    pub dev_precision: f64,
    /// Events matched / all events.
    pub dev_recall: f64,
    /// B³ precision of the stories.
    pub story_b3_precision: f64,
    /// B³ recall of the stories.
    pub story_b3_recall: f64,
    /// B³ F1 of the stories.
    pub story_b3_f1: f64,
    /// Links taken that are relevant / links taken.
    pub topic_precision: f64,
    /// Relevant links taken / relevant links.
    pub topic_recall: f64,
    /// Events no development matched ("E3 proposal_accepted/Hamas").
    pub missed: Vec<String>,
    /// Developments that match no event, or one already matched.
    pub r#false: Vec<String>,
    /// Events matched.
    pub matched: usize,
    /// Events labelled.
    pub events: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// B-cubed precision and recall of `pred` against `gold` over the items both hold.
pub fn b_cubed(pred: &HashMap<String, String>, gold: &HashMap<String, String>) -> (f64, f64) {
    // (in a fixed order: a float sum taken in the maps' order could differ in its last
    // digit from one run to the next)
    let mut items: Vec<&String> = gold.keys().filter(|i| pred.contains_key(*i)).collect();
    items.sort();
    if items.is_empty() {
        return (0.0, 0.0);
    }
    let mut by_p: HashMap<&str, HashSet<&str>> = HashMap::new();
    let mut by_g: HashMap<&str, HashSet<&str>> = HashMap::new();
    for i in &items {
        by_p.entry(pred[*i].as_str())
            .or_default()
            .insert(i.as_str());
        by_g.entry(gold[*i].as_str())
            .or_default()
            .insert(i.as_str());
    }
    let (mut p, mut r) = (0.0, 0.0);
    for i in &items {
        let cp = &by_p[pred[*i].as_str()];
        let cg = &by_g[gold[*i].as_str()];
        let both = cp.intersection(cg).count() as f64;
        p += both / cp.len() as f64;
        r += both / cg.len() as f64;
    }
    (p / items.len() as f64, r / items.len() as f64)
}

/// Scores one watchlist's stories and developments against the archive's labels.
pub fn score(archive: &Archive, stories: &[StoryRow], devs: &[DevelopmentRow]) -> Score {
    let Some(labels) = &archive.labels else {
        return Score::default();
    };
    let link = |i: usize| archive.items[i].link.clone().unwrap_or_default();
    // topic
    let mut pred: HashMap<String, String> = HashMap::new();
    for s in stories {
        for l in &s.items {
            pred.entry(l.clone()).or_insert_with(|| s.id.to_string());
        }
    }
    let all: HashSet<String> = (0..archive.items.len()).map(link).collect();
    let relevant: HashSet<String> = (0..archive.items.len())
        .filter(|&i| labels.items[i].0)
        .map(link)
        .collect();
    let taken: HashSet<&String> = pred.keys().filter(|l| all.contains(*l)).collect();
    let taken_rel = taken.iter().filter(|l| relevant.contains(**l)).count();
    // stories: the last label of a link wins, as in the scorer's dict
    let mut gold: HashMap<String, String> = HashMap::new();
    for (i, (rel, story, _)) in labels.items.iter().enumerate() {
        if *rel {
            gold.insert(link(i), story.clone().unwrap_or_default());
        }
    }
    let (bp, br) = b_cubed(&pred, &gold);
    let bf = if bp + br > 0.0 {
        2.0 * bp * br / (bp + br)
    } else {
        0.0
    };
    let (matched, falses, missed) = match_developments(archive, devs);
    Score {
        dev_precision: ratio(matched.len(), matched.len() + falses.len()),
        dev_recall: ratio(matched.len(), labels.events.len()),
        story_b3_precision: bp,
        story_b3_recall: br,
        story_b3_f1: bf,
        topic_precision: ratio(taken_rel, taken.len()),
        topic_recall: ratio(taken_rel, relevant.len()),
        missed,
        r#false: falses,
        matched: matched.len(),
        events: labels.events.len(),
    }
}

/// (matched event ids, false developments, missed events), by the scorer's rules.
fn match_developments(
    archive: &Archive,
    devs: &[DevelopmentRow],
) -> (Vec<String>, Vec<String>, Vec<String>) {
    let Some(labels) = &archive.labels else {
        return Default::default();
    };
    let mut ev_links: HashMap<&str, BTreeSet<String>> = HashMap::new();
    for (i, (_, _, evs)) in labels.items.iter().enumerate() {
        for e in evs {
            ev_links
                .entry(e.as_str())
                .or_default()
                .insert(archive.items[i].link.clone().unwrap_or_default());
        }
    }
    let mut order: Vec<&DevelopmentRow> = devs.iter().collect();
    order.sort_by(|a, b| a.first_seen.cmp(&b.first_seen));
    let (mut matched, mut falses): (Vec<String>, Vec<String>) = (vec![], vec![]);
    for d in order {
        let items: HashSet<&String> = d.items.iter().collect();
        let mut cands: Vec<(bool, i64, &str)> = Vec::new();
        for (id, kind, actors) in &labels.events {
            if kind != &d.kind
                || (!actors.is_empty() && !actors.iter().any(|a| d.actors.contains(a)))
            {
                continue;
            }
            let overlap = ev_links
                .get(id.as_str())
                .map(|l| l.iter().filter(|x| items.contains(x)).count())
                .unwrap_or(0);
            if overlap > 0 {
                cands.push((matched.contains(id), -(overlap as i64), id.as_str()));
            }
        }
        cands.sort();
        let label = format!("{}/{}", d.kind, d.actors.join(","));
        match cands.first() {
            None => falses.push(format!("{label} (no such event)")),
            Some((true, _, id)) => falses.push(format!("{label} (duplicate of {id})")),
            Some((false, _, id)) => matched.push(id.to_string()),
        }
    }
    let missed = labels
        .events
        .iter()
        .filter(|(id, _, _)| !matched.contains(id))
        .map(|(id, kind, actors)| format!("{id} {kind}/{}", actors.join(",")))
        .collect();
    (matched, falses, missed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn b_cubed_of_identical_split_and_merged_clusterings() {
        let gold = m(&[("a", "1"), ("b", "1"), ("c", "2"), ("d", "2")]);
        assert_eq!(b_cubed(&gold, &gold), (1.0, 1.0));
        let split = m(&[("a", "x"), ("b", "y"), ("c", "z"), ("d", "w")]);
        assert_eq!(b_cubed(&split, &gold), (1.0, 0.5));
        let merged = m(&[("a", "x"), ("b", "x"), ("c", "x"), ("d", "x")]);
        assert_eq!(b_cubed(&merged, &gold), (0.5, 1.0));
        // items the prediction lacks do not count
        let partial = m(&[("a", "x"), ("b", "x")]);
        assert_eq!(b_cubed(&partial, &gold), (1.0, 1.0));
    }
}
