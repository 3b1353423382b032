//! `newshound replay` through the binary: the archive formats, hostile archives (exit 2
//! with the file and the entry named, never a panic), nothing written to the configured
//! state dir, and the would-be emails in `--mail-dir`.

use std::path::Path;
use std::process::{Command, Output};

fn replay(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newshound"))
        .arg("--config")
        .arg(config)
        .arg("replay")
        .args(args)
        .env_remove("NEWSHOUND_CONFIG")
        .output()
        .unwrap()
}

/// A config whose state and mail dirs must stay untouched.
/// `replay --json` on an archive written to a temporary file named `name`: the parsed
/// output, once the command succeeded.
fn replay_json(name: &str, archive_text: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path());
    let archive = dir.path().join(name);
    std::fs::write(&archive, archive_text).unwrap();
    let out = replay(&cfg, &[archive.to_str().unwrap(), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn config(dir: &Path) -> std::path::PathBuf {
    let p = dir.join("newshound.toml");
    std::fs::write(
        &p,
        format!(
            "[daemon]\nstate_dir = {:?}\n[email]\ntransport = \"file\"\ndir = {:?}\n\n[[watchlist]]\nname = \"gaza-ceasefire\"\nrecipients = [\"desk@example.org\"]\nkeywords = [\"ceasefire\", \"truce\", \"talks\", \"negotiat*\", \"proposal\", \"delegation\"]\ncontext = [\"Gaza\", \"Hamas\"]\n[watchlist.actors]\n\"Israel\" = [\"Israeli\", \"Netanyahu\"]\n\"Hamas\" = []\n\"Qatar\" = [\"Qatari\"]\n",
            dir.join("state"),
            dir.join("state/mail")
        ),
    )
    .unwrap();
    p
}

const JSONL: &str = r#"{"feed": "wire", "title": "Israel recalls negotiating team from Doha after Hamas reply", "summary": "Israel recalled its negotiators from Qatar on Thursday, the prime minister's office said.", "link": "https://wire.example/1", "guid": "w1", "published": "2025-07-24T10:00:00Z"}
{"feed": "globe", "title": "Netanyahu pulls Gaza truce negotiators from Qatar", "summary": "Israeli negotiators left Doha after Hamas's reply, officials said.", "link": "https://globe.example/1", "guid": "g1", "published": "2025-07-24T11:30:00Z"}
{"feed": "wire", "title": "QatarEnergy signs LNG supply deal", "summary": "The company agreed a 20-year contract.", "link": "https://wire.example/2", "guid": "w2", "published": "2025-07-24T12:00:00Z"}
{"feed": "wire", "title": "Hamas rejects Israeli proposal for Gaza truce", "summary": "Hamas said on Saturday it rejected the latest Israeli proposal.", "link": "https://wire.example/3", "guid": "w3", "published": "2025-07-26T09:00:00Z"}
"#;

#[test]
fn json_lines_archive_prints_what_would_have_been_sent_and_touches_no_state() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path());
    let archive = dir.path().join("july.jsonl");
    std::fs::write(&archive, JSONL).unwrap();
    let mail = dir.path().join("would-be");
    let out = replay(
        &cfg,
        &[
            archive.to_str().unwrap(),
            "--mail-dir",
            mail.to_str().unwrap(),
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // two outlets, one withdrawal, one email; the rejection two days later is another
    assert!(stdout.contains("would have sent 2 email(s)"), "{stdout}");
    assert!(
        stdout.contains("delegation_withdrawal by Israel"),
        "{stdout}"
    );
    assert!(stdout.contains("proposal_rejected by Hamas"), "{stdout}");
    assert!(
        !stdout.contains("score against the labels"),
        "unlabelled: no score\n{stdout}"
    );
    // the would-be emails are real messages with the header
    let emls: Vec<_> = std::fs::read_dir(&mail)
        .unwrap()
        .filter_map(|e| e.ok())
        .collect();
    assert_eq!(emls.len(), 2, "{emls:?}");
    for e in &emls {
        let text = std::fs::read_to_string(e.path()).unwrap();
        assert!(text.contains("X-Newshound-Development: "), "{text}");
    }
    // nothing in the configured state dir or mail dir
    assert!(
        !dir.path().join("state").exists(),
        "replay created the configured state dir"
    );
}

#[test]
fn labelled_corpus_json_has_stories_developments_alerts_and_score() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path());
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/iran-talks.json");
    let out = replay(&cfg, &["--json", corpus.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["stories", "developments", "alerts", "score"] {
        assert!(!r[key].is_null(), "{key} missing");
    }
    let s = &r["score"];
    for key in [
        "dev_precision",
        "dev_recall",
        "story_b3_precision",
        "story_b3_recall",
        "story_b3_f1",
        "topic_precision",
        "topic_recall",
        "missed",
        "false",
    ] {
        assert!(!s[key].is_null(), "score.{key} missing");
    }
    // every alerted development is in exactly one would-be email
    let devs = r["developments"].as_array().unwrap();
    let alerted = devs.iter().filter(|d| d["alerted"] == true).count();
    let mailed: usize = r["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["developments"].as_array().unwrap().len())
        .sum();
    assert_eq!(alerted, mailed);
    assert_eq!(r["idle_unchanged"], true);
    assert!(!dir.path().join("state").exists());
}

#[test]
fn a_directory_of_saved_feeds_is_an_archive() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path());
    let feeds = dir.path().join("feeds");
    std::fs::create_dir(&feeds).unwrap();
    std::fs::write(
        feeds.join("wire.xml"),
        "<rss version=\"2.0\"><channel><title>Wire</title>\
         <item><title>Hamas delegation arrives in Cairo for Gaza truce talks</title><link>https://w.example/a</link><pubDate>Thu, 24 Jul 2025 10:00:00 +0000</pubDate><description>A Hamas delegation arrived in Cairo on Thursday.</description></item>\
         </channel></rss>",
    )
    .unwrap();
    let out = replay(&cfg, &["--json", feeds.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let devs = r["developments"].as_array().unwrap();
    assert_eq!(devs.len(), 1, "{devs:?}");
    assert_eq!(devs[0]["kind"], "delegation_dispatched");
    assert!(r.get("score").is_none());
}

#[test]
fn hostile_archives_exit_2_naming_the_file_and_the_entry() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path());
    let cases: &[(&str, &str, &str)] = &[
        ("missing-link.json", r#"{"feeds":[{"id":"a","title":"A"}],"events":[],"items":[{"guid":"1","feed":"a","phase":1,"at_hours":0,"title":"t","summary":"s","relevant":false,"story":null,"events":[]}]}"#, "items[0]: missing key `link`"),
        ("bad-feed.json", r#"{"feeds":[{"id":"a"}],"items":[{"feed":"z","phase":1,"at_hours":0,"title":"t","link":"l"}]}"#, "items[0]: `feed` \"z\" is not one of `feeds`"),
        ("truncated.json", "{\"feeds\": [{\"id\": \"a\"}], \"items\": [ {\"feed\": ", "not valid JSON"),
        ("bad-line.jsonl", "{\"feed\":\"w\",\"title\":\"One\"}\n{\"feed\":\"w\",\"title\":\"Two\",\"published\":\"last Tuesday\"}\n", "line 2: `published`"),
        ("empty.jsonl", "", "the archive is empty"),
        ("numbers.json", "[1, 2, 3]", "expected a labelled corpus"),
        ("binary.json", "\u{0}\u{1}\u{2}garbage", "line 1"),
        ("unknown-event.json", r#"{"feeds":[{"id":"a"}],"events":[],"items":[{"feed":"a","phase":1,"at_hours":0,"title":"t","link":"l","relevant":true,"story":"S1","events":["E9"]}]}"#, "E9"),
        ("bad-watchlist.json", r#"{"feeds":[{"id":"a"}],"watchlist":{"name":"w","keywords":[],"colour":"red"},"items":[{"feed":"a","phase":1,"at_hours":0,"title":"t","link":"l"}]}"#, "watchlist: "),
    ];
    for (name, text, want) in cases {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        let out = replay(&cfg, &[p.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(
            stderr.contains(name),
            "{name}: the message names the file: {stderr}"
        );
        assert!(stderr.contains(want), "{name}: want {want:?} in {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
    let out = replay(&cfg, &[dir.path().join("nowhere.json").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nowhere.json"));
    assert!(!dir.path().join("state").exists());
}

/// A deal, its approval by one party's cabinet the next day, and a parliament's
/// ratification three weeks later.
const RATIFIED: &str = r#"{"feed": "wire", "title": "Israel and Hamas sign Gaza truce deal in Doha", "summary": "Israel and Hamas signed a ceasefire agreement in Doha on Wednesday, Qatar's prime minister said.", "link": "https://wire.example/d1", "guid": "d1", "published": "2025-07-02T10:00:00Z"}
{"feed": "globe", "title": "Israeli cabinet approves Gaza truce deal", "summary": "Israel's cabinet approved the ceasefire agreement on Thursday.", "link": "https://globe.example/d2", "guid": "d2", "published": "2025-07-03T20:00:00Z"}
{"feed": "wire", "title": "Israeli parliament ratifies Gaza truce deal", "summary": "The Knesset approved the ceasefire agreement with Hamas by 61 votes to 50 on Monday.", "link": "https://wire.example/d3", "guid": "d3", "published": "2025-07-24T18:00:00Z"}
"#;

#[test]
fn one_party_approving_a_deal_is_the_deal_the_next_day_and_an_acceptance_weeks_later() {
    let v = replay_json("deal.jsonl", RATIFIED);
    let devs: Vec<(String, Vec<String>)> = v["developments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let actors = d["actors"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap().to_string())
                .collect();
            (d["kind"].as_str().unwrap().to_string(), actors)
        })
        .collect();
    // the cabinet's approval the next day is the deal reported again; the parliament's,
    // weeks later, is Israel accepting the deal
    let agreements = devs.iter().filter(|(k, _)| k == "agreement").count();
    assert_eq!(agreements, 1, "{devs:?}");
    assert!(
        devs.iter()
            .any(|(k, a)| k == "proposal_accepted" && a == &["Israel".to_string()]),
        "{devs:?}"
    );
    assert_eq!(devs.len(), 2, "{devs:?}");
}

/// A truce text initialled, the same text signed three weeks later, and another deal
/// signed after that.
const INITIALLED: &str = r#"{"feed": "wire", "title": "Israel and Hamas initial Gaza truce agreement in Doha", "summary": "Israeli and Hamas negotiators initialled the Gaza ceasefire agreement in Doha on Wednesday.", "link": "https://wire.example/i1", "guid": "i1", "published": "2025-07-02T10:00:00Z"}
{"feed": "globe", "title": "Israel and Hamas formally sign Gaza truce agreement in Cairo", "summary": "Israel and Hamas signed the Gaza ceasefire agreement in Cairo on Wednesday, three weeks after initialling it.", "link": "https://globe.example/i2", "guid": "i2", "published": "2025-07-23T12:00:00Z"}
{"feed": "wire", "title": "Israel and Hamas sign prisoner exchange accord in Cairo", "summary": "Israel and Hamas signed an accord on the exchange of prisoners in Cairo on Sunday.", "link": "https://wire.example/i3", "guid": "i3", "published": "2025-08-10T09:00:00Z"}
"#;

#[test]
fn a_text_signed_weeks_after_it_was_initialled_is_one_deal_and_another_deal_is_not() {
    let v = replay_json("initialled.jsonl", INITIALLED);
    let agreements: Vec<&serde_json::Value> = v["developments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["kind"] == "agreement")
        .collect();
    assert_eq!(agreements.len(), 2, "{agreements:?}");
    let items = |d: &serde_json::Value| d["items"].as_array().map_or(0, Vec::len);
    // the truce: initialled and signed, two reports of one deal
    assert!(agreements.iter().any(|d| items(d) == 2), "{agreements:?}");
}

/// A truce reached, the same truce signed three weeks later, and a signing of the same
/// sort of deal after the first was already signed.
const REACHED: &str = r#"{"feed": "wire", "title": "Israel and Hamas reach Gaza truce agreement in Doha", "summary": "Israeli and Hamas negotiators agreed the Gaza ceasefire agreement in Doha on Wednesday, Qatar said.", "link": "https://wire.example/r1", "guid": "r1", "published": "2025-07-02T10:00:00Z"}
{"feed": "globe", "title": "Israel and Hamas formally sign Gaza truce agreement in Cairo", "summary": "Israel and Hamas signed the Gaza ceasefire agreement in Cairo on Wednesday, three weeks after reaching it.", "link": "https://globe.example/r2", "guid": "r2", "published": "2025-07-23T12:00:00Z"}
{"feed": "wire", "title": "Israel and Hamas sign Gaza truce agreement on the Rafah crossing", "summary": "Israel and Hamas signed a ceasefire agreement on the Rafah crossing in Cairo on Sunday.", "link": "https://wire.example/r3", "guid": "r3", "published": "2025-08-17T09:00:00Z"}
"#;

#[test]
fn a_deal_signed_weeks_after_it_was_reached_is_one_deal_and_a_second_signing_is_not() {
    let v = replay_json("reached.jsonl", REACHED);
    let agreements: Vec<&serde_json::Value> = v["developments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["kind"] == "agreement")
        .collect();
    let items = |d: &serde_json::Value| d["items"].as_array().map_or(0, Vec::len);
    // reached and signed: two reports of one deal; the Rafah text, signed once the first
    // deal was signed, is another
    assert_eq!(agreements.len(), 2, "{agreements:?}");
    assert!(agreements.iter().any(|d| items(d) == 2), "{agreements:?}");
}

/// A corpus whose watchlist lists Peru before Japan, both with a government alias:
/// "the government" is Peru's, the first the analyst listed, not the alphabetically first.
const LISTED: &str = r#"{"feeds": [{"id": "wire", "title": "Wire"}],
 "watchlist": {"name": "lima-siege", "keywords": ["talks", "hostage*"], "context": ["Peru", "Lima"],
   "actors": {"Peru": ["Peruvian government", "Lima"], "MRTA": ["the rebels"], "Japan": ["Japanese government", "Tokyo"]}},
 "items": [{"feed": "wire", "phase": 1, "at_hours": 0, "guid": "p1", "link": "https://wire.example/p1",
   "title": "Lima siege: government suspends hostage talks with the rebels",
   "summary": "The government suspended the talks on Friday, officials in Lima said."}]}"#;

#[test]
fn a_corpus_watchlist_keeps_its_actors_in_the_order_listed() {
    let v = replay_json("listed.json", LISTED);
    let devs = v["developments"].as_array().unwrap();
    assert_eq!(devs.len(), 1, "{devs:?}");
    assert_eq!(devs[0]["kind"], "talks_suspended");
    assert_eq!(devs[0]["actors"], serde_json::json!(["Peru"]), "{devs:?}");
}

/// A withdrawal, then a full article a week later whose lead is other news and whose later
/// paragraph recalls the withdrawal, then a full article whose later paragraph reports a
/// demand nobody had reported.
const RECAPPED: &str = r#"{"feed": "wire", "title": "Israel recalls negotiating team from Doha after Hamas reply", "summary": "Israel recalled its negotiators from Qatar on Thursday, the prime minister's office said.", "link": "https://wire.example/r1", "guid": "r1", "published": "2025-07-03T10:00:00Z"}
{"feed": "globe", "title": "Gaza truce talks: Qatari mediators meet Hamas leaders", "summary": "<p>Qatari mediators met Hamas leaders in Doha on Thursday to discuss the stalled talks.</p><p>Israel recalled its negotiating team from Doha after Hamas's reply.</p>", "link": "https://globe.example/r2", "guid": "r2", "published": "2025-07-10T10:00:00Z"}
{"feed": "globe", "title": "Gaza truce talks: Qatari mediators meet Hamas leaders again", "summary": "<p>Qatari mediators met Hamas leaders in Doha on Friday to discuss the stalled talks.</p><p>Hamas demanded the release of more prisoners, officials said.</p>", "link": "https://globe.example/r3", "guid": "r3", "published": "2025-07-11T10:00:00Z"}
"#;

#[test]
fn a_later_paragraph_recalling_a_development_is_no_new_one() {
    let v = replay_json("recap.jsonl", RECAPPED);
    let kinds: Vec<String> = v["developments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{}/{}",
                d["kind"].as_str().unwrap(),
                d["actors"][0].as_str().unwrap_or("")
            )
        })
        .collect();
    // the recalled withdrawal is the first one reported again; a demand first told in a
    // later paragraph is still news
    let withdrawals = kinds
        .iter()
        .filter(|k| k.starts_with("delegation_withdrawal/"))
        .count();
    assert_eq!(withdrawals, 1, "{kinds:?}");
    assert!(
        kinds.contains(&"new_demands/Hamas".to_string()),
        "{kinds:?}"
    );
}

/// `reports` reports of one development, `minutes_apart`, then, an hour and a half after
/// the last, another development in other words: `replay --json`'s stories, as lists of
/// links.
fn paced_stories(reports: i64, minutes_apart: i64) -> Vec<Vec<String>> {
    let start = chrono::DateTime::parse_from_rfc3339("2025-07-24T06:00:00Z").unwrap();
    let mut lines = String::new();
    let mut at = start;
    for i in 0..reports {
        at = start + chrono::Duration::minutes(i * minutes_apart);
        lines += &format!(
            "{{\"feed\": \"f{}\", \"title\": \"Hamas delegation arrives in Cairo for Gaza truce talks, report {i}\", \"summary\": \"A Hamas delegation arrived in Cairo for the truce talks, officials said.\", \"link\": \"https://wire.example/a{i}\", \"guid\": \"a{i}\", \"published\": \"{}\"}}\n",
            i % 4,
            at.to_rfc3339()
        );
    }
    let next = at + chrono::Duration::minutes(90);
    lines += &format!(
        "{{\"feed\": \"f0\", \"title\": \"Israel rejects Qatari proposal for Gaza ceasefire\", \"summary\": \"Israel rejected the Gaza proposal Qatar put forward on Thursday.\", \"link\": \"https://wire.example/b\", \"guid\": \"b\", \"published\": \"{}\"}}\n",
        next.to_rfc3339()
    );
    let v = replay_json("paced.jsonl", &lines);
    v["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l.as_str().unwrap().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn in_a_crisis_reported_by_the_minute_the_next_development_is_its_own_story() {
    let with_b = |stories: &[Vec<String>]| {
        stories
            .iter()
            .find(|s| s.iter().any(|l| l.ends_with("/b")))
            .cloned()
            .unwrap_or_default()
    };
    // fast news: the rejection an hour and a half on is the next story, while the
    // quarter-hourly reports of the arrival stay one
    let fast = paced_stories(24, 15);
    assert_eq!(
        with_b(&fast),
        vec!["https://wire.example/b".to_string()],
        "{fast:?}"
    );
    assert!(
        fast.iter().any(|s| s.len() == 24),
        "the arrival's reports stay one story: {fast:?}"
    );
    // at an ordinary pace (five reports an hour apart after a quiet week) an hour and a
    // half is close, and shared words keep the rejection with the arrival
    let slow = paced_stories(5, 60);
    assert!(with_b(&slow).len() > 1, "{slow:?}");
}

/// A reaction hours after a development, led by the negotiation's words and naming a party
/// but not the context, shares only a few words with it ("minister", "office",
/// "Thursday"): it follows the story (the analyst sees it there), but its own sentence is
/// too thinly tied to the story to send an alert.
const FOLLOWER: &str = r#"{"feed": "wire", "title": "Israel recalls negotiating team from Doha after Hamas reply", "summary": "Israel recalled its negotiators from Qatar on Thursday, the prime minister's office said.", "link": "https://wire.example/1", "guid": "w1", "published": "2025-07-24T10:00:00Z"}
{"feed": "globe", "title": "Netanyahu rejects proposal on prisoners", "summary": "The prime minister's office turned down the plan on Thursday.", "link": "https://globe.example/2", "guid": "g2", "published": "2025-07-24T12:00:00Z"}
"#;

#[test]
fn a_thinly_tied_follow_up_joins_its_story_and_reports_nothing() {
    let v = replay_json("follower.jsonl", FOLLOWER);
    let stories = v["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 1, "{stories:?}");
    let items: Vec<&str> = stories[0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert!(items.contains(&"https://globe.example/2"), "{items:?}");
    let kinds: Vec<&str> = v["developments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["delegation_withdrawal"]);
}

/// Both sides turning down the same paper within hours, in one story.
const BOTH_REJECT: &str = r#"{"feed": "wire", "title": "Hamas rejects Egyptian proposal for Gaza truce", "summary": "Hamas said on Saturday it rejected the Egyptian ceasefire proposal put to it in Cairo.", "link": "https://wire.example/r1", "guid": "r1", "published": "2025-07-26T09:00:00Z"}
{"feed": "globe", "title": "Israel also rejects Egyptian Gaza truce proposal", "summary": "Israel rejected the Egyptian ceasefire proposal on Saturday, hours after Hamas did, officials said.", "link": "https://globe.example/r2", "guid": "r2", "published": "2025-07-26T12:00:00Z"}
"#;

#[test]
fn the_same_act_by_the_other_side_within_hours_is_one_development() {
    let v = replay_json("both.jsonl", BOTH_REJECT);
    let devs = v["developments"].as_array().unwrap();
    assert_eq!(devs.len(), 1, "{devs:?}");
    assert_eq!(devs[0]["kind"], "proposal_rejected", "{devs:?}");
    let mut actors: Vec<&str> = devs[0]["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    actors.sort();
    assert_eq!(actors, ["Hamas", "Israel"], "{devs:?}");
    assert_eq!(v["alerts"].as_array().unwrap().len(), 1, "{v}");
}

/// A commentary piece hours after a development — a question headline, led by the
/// negotiation's word and naming nobody — shares hardly a word with the report it
/// discusses. It follows that story (the analyst reads it there) and reports nothing; a
/// news headline of the same shape, naming nobody, does not.
const COMMENTARY: &str = r#"{"feed": "wire", "title": "Israel recalls negotiating team from Doha after Hamas reply", "summary": "Israel recalled its negotiators from Qatar on Thursday, the prime minister's office said.", "link": "https://wire.example/1", "guid": "w1", "published": "2025-07-24T10:00:00Z"}
{"feed": "globe", "title": "What does the delegation's return mean for the summer?", "summary": "Families, diplomats and columnists weigh the week ahead.", "link": "https://globe.example/2", "guid": "g2", "published": "2025-07-24T20:00:00Z"}
{"feed": "globe", "title": "Farmers send envoys to the governor", "summary": "Growers want help with irrigation costs after a dry spring.", "link": "https://globe.example/3", "guid": "g3", "published": "2025-07-24T21:00:00Z"}
"#;

#[test]
fn a_commentary_piece_hours_later_follows_the_story_it_discusses() {
    let v = replay_json("commentary.jsonl", COMMENTARY);
    let stories = v["stories"].as_array().unwrap();
    let links: Vec<&str> = stories
        .iter()
        .flat_map(|s| s["items"].as_array().unwrap())
        .map(|l| l.as_str().unwrap())
        .collect();
    assert!(links.contains(&"https://globe.example/2"), "{stories:?}");
    assert!(!links.contains(&"https://globe.example/3"), "{stories:?}");
    assert_eq!(stories.len(), 1, "{stories:?}");
    assert_eq!(v["developments"].as_array().unwrap().len(), 1, "{v}");
}
