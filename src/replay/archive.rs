//! Archives that `replay` reads: the labelled corpus JSON, JSON Lines of feed items, or a
//! directory of saved feed documents. Every entry is checked before anything is replayed,
//! and a bad one is reported with the file and the entry (item index or line) it is in.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// Why an archive cannot be replayed.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {place}{message}")]
pub struct ArchiveError {
    /// Archive file (or directory).
    pub path: PathBuf,
    /// Where in it ("items[12]: ", "line 7: "), possibly empty.
    pub place: String,
    /// What is wrong and what to do.
    pub message: String,
}

/// A feed of the archive.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveFeed {
    /// Short id items refer to.
    pub id: String,
    /// Display name.
    pub title: String,
}

/// When an item was published.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    /// Hours from the corpus start (labelled corpora): placed before the replay clock.
    Hours(f64),
    /// An absolute time (real archives).
    At(DateTime<Utc>),
    /// Unknown: the item counts as published when it is first polled.
    Unknown,
}

/// One item as the archive holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveItem {
    /// Index into `Archive::feeds`.
    pub feed: usize,
    /// GUID, when the archive gives one.
    pub guid: Option<String>,
    /// Link as published.
    pub link: Option<String>,
    /// Headline (may hold HTML and entities, as feeds do).
    pub title: String,
    /// Summary (may hold HTML).
    pub summary: String,
    /// Publication time.
    pub when: When,
    /// Poll round in which it first appears (labelled corpora: `phase`).
    pub phase: Option<u32>,
}

/// Labels of a labelled corpus, for scoring.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    /// Labelled events: id, kind, acceptable actors (empty = any).
    pub events: Vec<(String, String, Vec<String>)>,
    /// Per item (same order as `Archive::items`): relevant, story, events.
    pub items: Vec<(bool, Option<String>, Vec<String>)>,
}

/// A whole archive, checked.
#[derive(Debug, Clone, Default)]
pub struct Archive {
    /// Where it came from.
    pub path: PathBuf,
    /// Its feeds.
    pub feeds: Vec<ArchiveFeed>,
    /// Its items.
    pub items: Vec<ArchiveItem>,
    /// Labels, when the archive is a labelled corpus.
    pub labels: Option<Labels>,
    /// The corpus's own `watchlist` block (replaces the configured watchlists).
    pub watchlist: Option<Value>,
}

impl Archive {
    /// Reads an archive: a directory of feed files, a labelled corpus (one JSON object
    /// with `feeds` and `items`), or JSON Lines (one item object a line).
    pub fn load(path: &Path) -> Result<Archive, ArchiveError> {
        if path.is_dir() {
            return load_dir(path);
        }
        let text = std::fs::read_to_string(path).map_err(|e| ArchiveError {
            path: path.into(),
            place: String::new(),
            message: format!("cannot read the archive: {e}"),
        })?;
        let trimmed = text.trim_start();
        if trimmed.is_empty() {
            return Err(err(path, "", "the archive is empty"));
        }
        // one JSON object over the whole file is a corpus; anything else is JSON Lines
        match serde_json::from_str::<Value>(&text) {
            Ok(Value::Object(o)) if o.contains_key("items") || o.contains_key("feeds") => {
                load_corpus(path, o)
            }
            Ok(Value::Object(_)) => load_jsonl(path, &text),
            Ok(_) => Err(err(
                path,
                "",
                "expected a labelled corpus (a JSON object with `feeds` and `items`) or JSON Lines (one item object a line)",
            )),
            Err(e) if trimmed.starts_with('{') && !looks_like_jsonl(&text) => Err(err(
                path,
                &format!("line {}, column {}: ", e.line(), e.column()),
                &format!("not valid JSON: {e}"),
            )),
            Err(_) => load_jsonl(path, &text),
        }
    }

    /// Is this a labelled corpus?
    pub fn is_labelled(&self) -> bool {
        self.labels.is_some()
    }
}

fn err(path: &Path, place: &str, message: &str) -> ArchiveError {
    ArchiveError {
        path: path.into(),
        place: place.into(),
        message: message.into(),
    }
}

/// Several lines that each parse as an object: JSON Lines, even if the first one alone
/// does not make the whole file valid JSON.
fn looks_like_jsonl(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    match (lines.next(), lines.next()) {
        (Some(a), Some(_)) => serde_json::from_str::<Map<String, Value>>(a).is_ok(),
        _ => false,
    }
}

/// A string field: required (`Err` when missing or not a string) or optional.
fn field_str(
    o: &Map<String, Value>,
    key: &str,
    required: bool,
    path: &Path,
    place: &str,
) -> Result<Option<String>, ArchiveError> {
    match o.get(key) {
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Null) | None if !required => Ok(None),
        None => Err(err(path, place, &format!("missing key `{key}`"))),
        Some(v) => Err(err(
            path,
            place,
            &format!("`{key}` must be a string, not {}", kind_of(v)),
        )),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn string_list(
    v: Option<&Value>,
    key: &str,
    path: &Path,
    place: &str,
) -> Result<Vec<String>, ArchiveError> {
    match v {
        None | Some(Value::Null) => Ok(vec![]),
        Some(Value::Array(a)) => a
            .iter()
            .map(|x| {
                x.as_str().map(String::from).ok_or_else(|| {
                    err(
                        path,
                        place,
                        &format!("`{key}` must list strings, found {}", kind_of(x)),
                    )
                })
            })
            .collect(),
        Some(v) => Err(err(
            path,
            place,
            &format!("`{key}` must be an array of strings, not {}", kind_of(v)),
        )),
    }
}

/// The corpus's `feeds`: an array of {id, title} with unique ids.
fn corpus_feeds(path: &Path, o: &Map<String, Value>) -> Result<Vec<ArchiveFeed>, ArchiveError> {
    let feeds_v = match o.get("feeds") {
        Some(Value::Array(a)) => a,
        Some(v) => {
            return Err(err(
                path,
                "feeds: ",
                &format!("must be an array, not {}", kind_of(v)),
            ))
        }
        None => {
            return Err(err(
                path,
                "",
                "missing key `feeds` (an array of {id, title})",
            ))
        }
    };
    let mut feeds = Vec::new();
    for (i, f) in feeds_v.iter().enumerate() {
        let place = format!("feeds[{i}]: ");
        let Value::Object(f) = f else {
            return Err(err(path, &place, "must be an object {id, title, base}"));
        };
        let id = field_str(f, "id", true, path, &place)?.unwrap_or_default();
        if feeds.iter().any(|x: &ArchiveFeed| x.id == id) {
            return Err(err(path, &place, &format!("feed id {id:?} appears twice")));
        }
        let title = field_str(f, "title", false, path, &place)?.unwrap_or_else(|| id.clone());
        feeds.push(ArchiveFeed { id, title });
    }
    Ok(feeds)
}

fn load_corpus(path: &Path, o: Map<String, Value>) -> Result<Archive, ArchiveError> {
    let feeds = corpus_feeds(path, &o)?;
    let events = corpus_events(path, &o)?;
    let items_v = match o.get("items") {
        Some(Value::Array(a)) => a,
        Some(v) => {
            return Err(err(
                path,
                "items: ",
                &format!("must be an array, not {}", kind_of(v)),
            ))
        }
        None => return Err(err(path, "", "missing key `items`")),
    };
    let mut items = Vec::new();
    let mut labels = Labels {
        events,
        items: Vec::new(),
    };
    let mut labelled = !labels.events.is_empty();
    for (i, it) in items_v.iter().enumerate() {
        let place = format!("items[{i}]: ");
        let Value::Object(it) = it else {
            return Err(err(path, &place, "must be an object"));
        };
        let feed_id = field_str(it, "feed", true, path, &place)?.unwrap_or_default();
        let feed = feeds.iter().position(|f| f.id == feed_id).ok_or_else(|| {
            err(
                path,
                &place,
                &format!("`feed` {feed_id:?} is not one of `feeds`"),
            )
        })?;
        let at = match it.get("at_hours") {
            Some(Value::Number(n)) => n.as_f64().filter(|x| x.is_finite()),
            None => return Err(err(path, &place, "missing key `at_hours`")),
            Some(v) => {
                return Err(err(
                    path,
                    &place,
                    &format!("`at_hours` must be a number, not {}", kind_of(v)),
                ))
            }
        }
        .ok_or_else(|| err(path, &place, "`at_hours` is not a finite number"))?;
        let phase = match it.get("phase") {
            Some(Value::Number(n)) => n
                .as_u64()
                .filter(|p| (1..=1000).contains(p))
                .map(|p| p as u32)
                .ok_or_else(|| err(path, &place, "`phase` must be a whole number from 1"))?,
            None => return Err(err(path, &place, "missing key `phase`")),
            Some(v) => {
                return Err(err(
                    path,
                    &place,
                    &format!("`phase` must be a number, not {}", kind_of(v)),
                ))
            }
        };
        let link = field_str(it, "link", true, path, &place)?;
        items.push(ArchiveItem {
            feed,
            guid: field_str(it, "guid", false, path, &place)?,
            link,
            title: field_str(it, "title", true, path, &place)?.unwrap_or_default(),
            summary: field_str(it, "summary", false, path, &place)?.unwrap_or_default(),
            when: When::Hours(at),
            phase: Some(phase),
        });
        let relevant = match it.get("relevant") {
            Some(Value::Bool(b)) => {
                labelled = true;
                *b
            }
            None | Some(Value::Null) => false,
            Some(v) => {
                return Err(err(
                    path,
                    &place,
                    &format!("`relevant` must be true or false, not {}", kind_of(v)),
                ))
            }
        };
        let story = field_str(it, "story", false, path, &place)?;
        let evs = string_list(it.get("events"), "events", path, &place)?;
        for e in &evs {
            if !labels.events.iter().any(|x| &x.0 == e) {
                return Err(err(
                    path,
                    &place,
                    &format!("event {e:?} is not one of `events`"),
                ));
            }
        }
        if relevant && story.is_none() {
            return Err(err(path, &place, "a relevant item needs a `story`"));
        }
        labels.items.push((relevant, story, evs));
    }
    if items.is_empty() {
        return Err(err(path, "items: ", "the archive holds no items"));
    }
    let watchlist = match o.get("watchlist") {
        None | Some(Value::Null) => None,
        Some(v @ Value::Object(_)) => Some(v.clone()),
        Some(v) => {
            return Err(err(
                path,
                "watchlist: ",
                &format!("must be an object, not {}", kind_of(v)),
            ))
        }
    };
    Ok(Archive {
        path: path.into(),
        feeds,
        items,
        labels: labelled.then_some(labels),
        watchlist,
    })
}

fn corpus_events(
    path: &Path,
    o: &Map<String, Value>,
) -> Result<Vec<(String, String, Vec<String>)>, ArchiveError> {
    let Some(v) = o.get("events") else {
        return Ok(vec![]);
    };
    let Value::Array(a) = v else {
        return Err(err(
            path,
            "events: ",
            &format!("must be an array, not {}", kind_of(v)),
        ));
    };
    let mut out: Vec<(String, String, Vec<String>)> = Vec::new();
    for (i, e) in a.iter().enumerate() {
        let place = format!("events[{i}]: ");
        let Value::Object(e) = e else {
            return Err(err(path, &place, "must be an object {id, kind, actors}"));
        };
        let id = field_str(e, "id", true, path, &place)?.unwrap_or_default();
        if out.iter().any(|x| x.0 == id) {
            return Err(err(path, &place, &format!("event id {id:?} appears twice")));
        }
        let kind = field_str(e, "kind", true, path, &place)?.unwrap_or_default();
        let actors = string_list(e.get("actors"), "actors", path, &place)?;
        out.push((id, kind, actors));
    }
    Ok(out)
}

/// JSON Lines: `{"feed", "title", "summary", "link", "guid", "published"}` per line;
/// `published` is RFC 3339 or RFC 2822; feeds are named by their `feed` value.
fn load_jsonl(path: &Path, text: &str) -> Result<Archive, ArchiveError> {
    let mut a = Archive {
        path: path.into(),
        ..Archive::default()
    };
    for (n, line) in text.lines().enumerate() {
        let place = format!("line {}: ", n + 1);
        if line.trim().is_empty() {
            continue;
        }
        let o: Map<String, Value> = match serde_json::from_str(line) {
            Ok(Value::Object(o)) => o,
            Ok(v) => {
                return Err(err(
                    path,
                    &place,
                    &format!("expected an item object, found {}", kind_of(&v)),
                ))
            }
            Err(e) => return Err(err(path, &place, &format!("not valid JSON: {e}"))),
        };
        let feed_name = field_str(&o, "feed", true, path, &place)?.unwrap_or_default();
        if feed_name.trim().is_empty() {
            return Err(err(path, &place, "`feed` is empty"));
        }
        let feed = match a.feeds.iter().position(|f| f.id == feed_name) {
            Some(i) => i,
            None => {
                a.feeds.push(ArchiveFeed {
                    id: feed_name.clone(),
                    title: feed_name,
                });
                a.feeds.len() - 1
            }
        };
        let title = field_str(&o, "title", true, path, &place)?.unwrap_or_default();
        let link = field_str(&o, "link", false, path, &place)?;
        let guid = field_str(&o, "guid", false, path, &place)?;
        if link.is_none() && guid.is_none() && title.trim().is_empty() {
            return Err(err(
                path,
                &place,
                "an item needs a `title`, `link` or `guid`",
            ));
        }
        let when = match field_str(&o, "published", false, path, &place)? {
            None => When::Unknown,
            Some(s) => When::At(parse_time(&s).ok_or_else(|| {
                err(
                    path,
                    &place,
                    &format!("`published` {s:?} is not an RFC 3339 or RFC 2822 time (e.g. \"2025-07-24T14:05:00Z\")"),
                )
            })?),
        };
        a.items.push(ArchiveItem {
            feed,
            guid,
            link,
            title,
            summary: field_str(&o, "summary", false, path, &place)?.unwrap_or_default(),
            when,
            phase: None,
        });
    }
    if a.items.is_empty() {
        return Err(err(path, "", "the archive holds no items"));
    }
    Ok(a)
}

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_rfc2822(s))
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A directory of saved feed documents (RSS, Atom, JSON Feed): one feed per file, named
/// by the file; every entry is an item, published when the feed says.
fn load_dir(dir: &Path) -> Result<Archive, ArchiveError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| err(dir, "", &format!("cannot read the directory: {e}")))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    files.sort();
    let mut a = Archive {
        path: dir.into(),
        ..Archive::default()
    };
    for f in files {
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let place = format!("{name}: ");
        let body = std::fs::read(&f).map_err(|e| err(dir, &place, &format!("cannot read: {e}")))?;
        let entries =
            crate::parse::parse_feed(&body, None).map_err(|e| err(dir, &place, &e.to_string()))?;
        let id = f
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or(name);
        a.feeds.push(ArchiveFeed {
            id: id.clone(),
            title: id,
        });
        let feed = a.feeds.len() - 1;
        for e in entries {
            a.items.push(ArchiveItem {
                feed,
                guid: e.guid,
                link: e.link,
                title: e.title,
                summary: e.body,
                when: e.published.map(When::At).unwrap_or(When::Unknown),
                phase: None,
            });
        }
    }
    if a.items.is_empty() {
        return Err(err(dir, "", "no feed file in the directory holds an item"));
    }
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(name: &str, text: &str) -> Result<Archive, ArchiveError> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        Archive::load(&p)
    }

    #[test]
    fn a_corpus_item_without_a_link_is_named_by_index_and_key() {
        let e = load_str(
            "c.json",
            r#"{"feeds":[{"id":"a","title":"A"}],"events":[],"items":[
              {"guid":"1","feed":"a","phase":1,"at_hours":0,"title":"t","summary":"s","link":"https://a/1","relevant":false,"story":null,"events":[]},
              {"guid":"2","feed":"a","phase":1,"at_hours":1,"title":"t","summary":"s","relevant":false,"story":null,"events":[]}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.place, "items[1]: ");
        assert!(e.message.contains("`link`"), "{e}");
        assert!(e.to_string().contains("c.json"), "{e}");
    }

    #[test]
    fn hostile_corpora_are_clear_errors() {
        for (text, want) in [
            (r#"{"feeds":[],"items":[]}"#, "no items"),
            (
                r#"{"feeds":[{"id":"a"}],"items":[{"feed":"b","phase":1,"at_hours":0,"title":"t","link":"l"}]}"#,
                "not one of `feeds`",
            ),
            (
                r#"{"feeds":[{"id":"a"}],"items":[{"feed":"a","phase":0,"at_hours":0,"title":"t","link":"l"}]}"#,
                "`phase`",
            ),
            (
                r#"{"feeds":[{"id":"a"}],"items":[{"feed":"a","phase":1,"at_hours":"x","title":"t","link":"l"}]}"#,
                "`at_hours` must be a number",
            ),
            (
                r#"{"feeds":[{"id":"a"}],"items":[{"feed":"a","phase":1,"at_hours":0,"title":"t","link":"l","events":["E9"]}]}"#,
                "E9",
            ),
            (
                r#"{"feeds":[{"id":"a"}],"items":[{"feed":"a","phase":1,"at_hours":0,"title":"t","link":"l","relevant":true}]}"#,
                "`story`",
            ),
            (
                r#"{"feeds": [{"id": "a"}], "items": [ {"feed": "a", "#,
                "not valid JSON",
            ),
            ("[1, 2]", "expected a labelled corpus"),
        ] {
            let e = load_str("h.json", text).unwrap_err().to_string();
            assert!(e.contains(want), "{text}: {e}");
        }
    }

    #[test]
    fn json_lines_name_the_line() {
        let a = load_str(
            "a.jsonl",
            "{\"feed\":\"wire\",\"title\":\"One\",\"link\":\"https://w/1\",\"published\":\"2025-07-24T14:05:00Z\"}\n\n{\"feed\":\"wire\",\"title\":\"Two\",\"published\":\"Thu, 24 Jul 2025 15:00:00 +0000\"}\n",
        )
        .unwrap();
        assert_eq!(a.items.len(), 2);
        assert_eq!(a.feeds.len(), 1);
        assert!(!a.is_labelled());
        let e = load_str(
            "b.jsonl",
            "{\"feed\":\"wire\",\"title\":\"One\"}\n{\"feed\":\"wire\",\"title\":\"Two\",\"published\":\"yesterday\"}\n",
        )
        .unwrap_err();
        assert_eq!(e.place, "line 2: ");
        let e = load_str(
            "c.jsonl",
            "{\"feed\":\"wire\",\"title\":\"One\"}\n{\"title\":\"x\"}\n",
        )
        .unwrap_err();
        assert!(e.to_string().contains("line 2: missing key `feed`"), "{e}");
        let e = load_str("d.jsonl", "{\"feed\":\"w\",\"title\":\"One\"}\n{oops\n").unwrap_err();
        assert!(e.to_string().contains("line 2: not valid JSON"), "{e}");
    }

    #[test]
    fn a_directory_of_feed_files_is_an_archive() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("wire.xml"),
            "<rss version=\"2.0\"><channel><title>W</title><item><title>A</title><link>https://w/a</link><pubDate>Thu, 24 Jul 2025 15:00:00 +0000</pubDate></item></channel></rss>",
        )
        .unwrap();
        let a = Archive::load(dir.path()).unwrap();
        assert_eq!(a.feeds[0].id, "wire");
        assert_eq!(a.items[0].title, "A");
        std::fs::write(
            dir.path().join("broken.xml"),
            "<html><body>no</body></html>",
        )
        .unwrap();
        let e = Archive::load(dir.path()).unwrap_err().to_string();
        assert!(e.contains("broken.xml"), "{e}");
    }
}
