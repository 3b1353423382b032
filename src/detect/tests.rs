//! Labelled sentences: positives for every kind and traps for every modality.

use super::*;
use crate::config::{ActorConfig, WatchlistConfig};

fn gaza() -> Watchlist {
    Watchlist::new(&gaza_config())
}

fn gaza_config() -> WatchlistConfig {
    let actor = |n: &str, a: &[&str]| ActorConfig {
        name: n.into(),
        aliases: std::iter::once(n)
            .chain(a.iter().copied())
            .map(String::from)
            .collect(),
    };
    WatchlistConfig {
        name: "gaza".into(),
        delivery: crate::config::Delivery::Immediate { max_per_hour: None },
        recipients: vec![],
        keywords: vec!["talks".into()],
        context: vec![],
        exclude: vec![],
        developments: rules::BUILTIN_KINDS
            .iter()
            .map(|k| k.0.to_string())
            .collect(),
        actors: vec![
            actor(
                "United States",
                &[
                    "US",
                    "U.S.",
                    "Washington",
                    "Witkoff",
                    "State Department",
                    "White House",
                    "Trump administration",
                ],
            ),
            actor("Israel", &["Israeli", "Netanyahu", "Mossad", "Israel's"]),
            actor("Hamas", &["Hamas's"]),
            actor("Qatar", &["Qatari"]),
            actor("Egypt", &["Egyptian"]),
        ],
    }
}

/// "South Korea's wartime labour victims walk out": a party's possessive before a party
/// named by a common noun, through a plain modifier or two, only places that party; a
/// name there is a modifier of its own ("the union's national Ford council"), and a bare
/// "government" there is the possessor's.
#[test]
fn a_possessive_before_a_party_named_by_a_common_noun_only_places_it() {
    let mut cfg = gaza_config();
    cfg.actors.push(ActorConfig {
        name: "Hostage families".into(),
        aliases: vec![
            "Hostage families".into(),
            "hostage families".into(),
            "families".into(),
        ],
    });
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    let actors = |title: &str| -> Vec<String> {
        Detector::new(&w, &idx)
            .detect(title, "")
            .findings
            .iter()
            .flat_map(|f| f.actors.clone())
            .collect()
    };
    assert_eq!(
        actors("Egypt's bereaved hostage families reject the Israeli proposal"),
        vec!["Hostage families".to_string()]
    );
    assert_eq!(
        actors("Egypt's new government rejects the Israeli proposal"),
        vec!["Egypt".to_string()]
    );
}

/// Findings ("kind/Actor+Actor") of a headline and text, with extra actors configured.
fn run_with(extra: &[(&str, &[&str])], title: &str, text: &str) -> Vec<String> {
    let mut cfg = gaza_config();
    for (name, aliases) in extra {
        cfg.actors.push(ActorConfig {
            name: name.to_string(),
            aliases: std::iter::once(name)
                .chain(aliases.iter())
                .map(|a| a.to_string())
                .collect(),
        });
    }
    findings_of(&cfg, title, text)
}

/// Findings ("kind/Actor+Actor") of a headline and text under a watchlist configuration.
fn findings_of(cfg: &WatchlistConfig, title: &str, text: &str) -> Vec<String> {
    let w = Watchlist::new(cfg);
    let idx = RuleIndex::new(&[]);
    Detector::new(&w, &idx)
        .detect(title, text)
        .findings
        .iter()
        .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
        .collect()
}

/// Asserts that each headline, with `extra` actors configured, finds exactly the one
/// finding given ("kind/Actor").
fn assert_each_finds(extra: &[(&str, &[&str])], cases: &[(&str, &str)]) {
    for (title, want) in cases {
        assert_eq!(
            run_with(extra, title, ""),
            vec![want.to_string()],
            "{title}"
        );
    }
}

/// "Camp David summit ends without a deal": a summit named by the watchlist's own context
/// is the watched talks' summit, and its ending with nothing agreed, or collapsing, is the
/// talks failing; another forum's summit (a bloc's, a region's) ending so is one gathering
/// over.
#[test]
fn a_summit_named_by_the_watched_context_is_the_talks() {
    let mut cfg = gaza_config();
    cfg.context = vec!["Geneva".into(), "Mideast".into(), "Lake Placid".into()];
    let found = |title: &str| -> Vec<String> {
        findings_of(&cfg, title, "")
            .iter()
            .map(|f| f.split('/').next().unwrap_or_default().to_string())
            .collect()
    };
    for title in [
        "Geneva summit ends without a deal",
        "Mideast summit collapses over Jerusalem",
        "Lake Placid summit fails, leaders head home",
        "Israel-Hamas summit breaks up without deal on hostages",
    ] {
        assert_eq!(found(title), vec!["talks_suspended"], "{title}");
    }
    for title in [
        "Arab summit ends without Gaza truce deal",
        "Arab League summit collapses amid rows over Syria",
        "Regional summit fails to agree on migration",
    ] {
        assert!(found(title).is_empty(), "{title}: {:?}", found(title));
    }
}

/// "Komeito quits ruling coalition": a party leaving the coalition the analyst watches (its
/// keywords name it) leaves the table; on another watchlist a coalition is a side's
/// domestic politics, and "leaving" a government something is the other "leave".
#[test]
fn quitting_the_watched_coalition_is_a_withdrawal() {
    let mut cfg = gaza_config();
    cfg.keywords = vec!["coalition".into(), "government".into()];
    cfg.actors.push(ActorConfig {
        name: "Green Party".into(),
        aliases: vec!["Green Party".into(), "Greens".into()],
    });
    let found = |title: &str| findings_of(&cfg, title, "");
    assert_eq!(
        found("Greens quit the coalition in protest at Israel"),
        vec!["delegation_withdrawal/Green Party"]
    );
    assert_eq!(
        found("Green Party leaves government, ministers resign"),
        vec!["delegation_withdrawal/Green Party"]
    );
    assert!(found("The Greens said a deal was near as they left Government Buildings").is_empty());
    assert!(
        found("Greens reject the budget, leaving the government two weeks to find votes")
            .is_empty()
    );
    // the truce's watchlist names no coalition
    assert!(run_with(&[], "Israeli far-right party quits Netanyahu coalition", "").is_empty());
}

/// "Macedonia's ethnic Albanian parties set joint terms": after "ethnic", a demonym names
/// a people, not its state; the state acts only when named as such.
#[test]
fn an_ethnic_demonym_is_no_state() {
    let extra: &[(&str, &[&str])] = &[("Albania", &["Tirana"]), ("VMRO-DPMNE", &[])];
    assert!(run_with(
        extra,
        "Ethnic Albanian parties set joint terms for joining government",
        ""
    )
    .iter()
    .all(|f| !f.contains("Albania")));
    assert_eq!(
        run_with(
            extra,
            "Albanian government sets terms for joining the talks",
            ""
        ),
        vec!["new_demands/Albania"]
    );
}

/// "Security pact talks frozen for a week": a headline's capital on a word of the
/// watchlist's own keywords names its matter, not somebody else's talks ("Lebanon truce
/// collapses" on a Gaza watchlist stays another's).
#[test]
fn a_keyword_before_the_talks_names_the_watched_talks() {
    let mut cfg = gaza_config();
    cfg.keywords = vec!["security pact".into(), "talks".into()];
    let found = |title: &str| findings_of(&cfg, title, "");
    assert_eq!(
        found("Security pact talks frozen for a week, MP says"),
        vec!["talks_suspended/"]
    );
    assert!(found("Lebanon truce talks frozen for a week").is_empty());
}

/// "Kibaki offers Hamas a new plan": the surname of a government's leader ("Mwai Kibaki")
/// written alone acts for it, however it ends; it is no people's adjective ("Kibaki
/// offers" is not "Iraqi offers", a noun phrase).
#[test]
fn a_leaders_surname_acts_even_when_it_ends_like_a_demonym() {
    let kibaki: &[(&str, &[&str])] = &[("Kibaki government", &["Mwai Kibaki", "Kibaki"])];
    assert_eq!(
        run_with(kibaki, "Kibaki offers Hamas a new plan in talks", ""),
        vec!["proposal/Kibaki government".to_string()]
    );
    // (a people's adjective stays one: the demands are Israel's, rejected by Hamas)
    let got = run_with(kibaki, "Israeli demands rejected by Hamas", "");
    assert!(!got.contains(&"new_demands/Israel".to_string()), "{got:?}");
    // (nor is "government of Sudan" a person's name: its last word is no surname)
    let sudan: &[(&str, &[&str])] = &[("Sudanese government", &["government of Sudan"])];
    let got = run_with(sudan, "Sudan offers Hamas a new plan in talks", "");
    assert!(
        !got.contains(&"proposal/Sudanese government".to_string()),
        "{got:?}"
    );
}

/// "Sinn Fein rejects the proposal" on a watchlist that writes "Sinn Féin", and the
/// reverse: the wires drop diacritics, a watchlist may keep them.
#[test]
fn names_match_with_or_without_diacritics() {
    let sf: &[(&str, &[&str])] = &[("Sinn Féin", &["Mary Lou McDonald"])];
    assert_eq!(
        run_with(sf, "Sinn Fein rejects the Hamas proposal in talks", ""),
        vec!["proposal_rejected/Sinn Féin".to_string()]
    );
    let vucic: &[(&str, &[&str])] = &[("Serbia", &["Vucic"])];
    assert_eq!(
        run_with(vucic, "Vučić rejects the Hamas proposal in talks", ""),
        vec!["proposal_rejected/Serbia".to_string()]
    );
}

/// "Al Shabaab", "Al-Shabaab", "N'Djamena", "Ndjamena": outlets write a name's hyphens,
/// spaces and apostrophes their own way; a watchlist's name matches each spelling.
#[test]
fn names_match_whatever_their_hyphens_spaces_and_apostrophes() {
    let names: &[(&str, &[&str])] = &[
        ("Al-Shabaab", &["al-Shabab"]),
        ("Chad", &["N'Djamena"]),
        ("North Korea", &["Kim Jong Un"]),
    ];
    assert_each_finds(
        names,
        &[
            (
                "Al Shabaab rejects the Hamas proposal in talks",
                "proposal_rejected/Al-Shabaab",
            ),
            (
                "Al Shabab rejects the Hamas proposal in talks",
                "proposal_rejected/Al-Shabaab",
            ),
            (
                "Ndjamena rejects the Hamas proposal in talks",
                "proposal_rejected/Chad",
            ),
            (
                "Kim Jong-un rejects the Hamas proposal in talks",
                "proposal_rejected/North Korea",
            ),
        ],
    );
}

/// A party's name is read as a name: its words hedge, negate or ask nothing ("New Hope",
/// "We Can", "No 10", "Will Quince"), and a name written with a comma or in brackets
/// ("Advisory, Conciliation and Arbitration Service", "NSCN (IM)") is found as written.
#[test]
fn a_body_is_named_by_its_members() {
    // Pattern: a plural noun of members that only one configured name holds is that body
    // ("Nurses reject the offer" in a watchlist of the "New Zealand Nurses Organisation")
    let nurses: &[(&str, &[&str])] = &[("NZNO", &["New Zealand Nurses Organisation"])];
    let got = run_with(nurses, "Nurses reject Hamas proposal", "");
    assert_eq!(got, vec!["proposal_rejected/NZNO".to_string()]);
    let got = run_with(
        nurses,
        "",
        "Striking nurses rejected the Hamas proposal on Monday.",
    );
    assert_eq!(got, vec!["proposal_rejected/NZNO".to_string()]);
    // not another body's name ("Nurses Union of Kenya"), not a word two names hold, not a
    // generic noun every side has ("leaders"), not a go-between's ("mediators")
    let got = run_with(nurses, "Nurses Union of Kenya rejects Hamas proposal", "");
    assert!(got.is_empty(), "{got:?}");
    let two: &[(&str, &[&str])] = &[
        ("NZNO", &["New Zealand Nurses Organisation"]),
        ("INMO", &["Irish Nurses and Midwives Organisation"]),
    ];
    let got = run_with(two, "Nurses reject Hamas proposal", "");
    assert!(got.is_empty(), "{got:?}");
    let generic: &[(&str, &[&str])] =
        &[("PLO", &["Palestinian leaders"]), ("AU", &["AU mediators"])];
    let got = run_with(generic, "Leaders reject Hamas proposal", "");
    assert!(got.is_empty(), "{got:?}");
    let got = run_with(generic, "Mediators reject Hamas proposal", "");
    assert!(got.is_empty(), "{got:?}");
    // members walking out strike, however many ("About 7,000 nurses walked out")
    let got = run_with(nurses, "", "About 7,000 nurses walked out at noon.");
    assert!(got.is_empty(), "{got:?}");
    // a clause that opens inside its subject (a relative clause, a parenthetical) has the
    // subject before it; a walkout "in a strike" is one whoever walks
    let unions: &[(&str, &[&str])] =
        &[("NZNO", &["New Zealand Nurses Organisation"]), ("EIS", &[])];
    for body in [
        "About 5,000 nurses at the hospital that serves the capital walked out.",
        "Schools closed as EIS members, joined by the heads' union, walked out over pay.",
        "NZNO walked out in its first national strike since 1989.",
        "Midwives walk out as pay talks with Hamas stall.",
        "Nurses walked out on strike on Monday.",
        "About 325 EIS musicians in 18 musicals walked out after talks with Hamas broke down.",
    ] {
        let got = run_with(unions, "", body);
        assert!(got.is_empty(), "{body}: {got:?}");
    }
    // (a side's team leaving, even in protest at strikes, still walks out)
    for (body, want) in [
        (
            "NZNO negotiators walked out in protest at Hamas strikes.",
            "delegation_withdrawal/NZNO",
        ),
        (
            "The EIS team, angered by the offer, walked out.",
            "delegation_withdrawal/EIS",
        ),
    ] {
        let got = run_with(unions, "", body);
        assert_eq!(got, vec![want.to_string()], "{body}");
    }
    // a body configured as a common noun ("the Socialists") after a demonym is that
    // body, from there; after another capitalised word it is somebody else's name
    let bsp: &[(&str, &[&str])] = &[("BSP", &["the Socialists"])];
    let got = run_with(bsp, "Bulgarian Socialists reject Hamas proposal", "");
    assert_eq!(got, vec!["proposal_rejected/BSP".to_string()]);
    let got = run_with(bsp, "Sofia Socialists reject Hamas proposal", "");
    assert!(got.is_empty(), "{got:?}");
    // armed men after another party's name are that party's ("ELN rebels")
    let rebels: &[(&str, &[&str])] = &[("M23", &["M23 rebels"]), ("ELN", &[])];
    let got = run_with(rebels, "ELN rebels reject Hamas proposal", "");
    assert_eq!(got, vec!["proposal_rejected/ELN".to_string()]);
    let got = run_with(rebels, "Rebels reject Hamas proposal", "");
    assert_eq!(got, vec!["proposal_rejected/M23".to_string()]);
}

#[test]
fn a_partys_name_is_read_as_a_name() {
    let names: &[(&str, &[&str])] = &[
        ("New Hope", &[]),
        ("Mozemo", &["We Can"]),
        ("UK Government", &["Will Quince", "No 10"]),
        ("Acas", &["Advisory, Conciliation and Arbitration Service"]),
        ("NSCN-IM", &["NSCN (IM)"]),
        ("Guinea-Bissau", &["Government of Guinea-Bissau"]),
        ("DPR", &["Donetsk People's Republic"]),
    ];
    assert_each_finds(
        names,
        &[
            (
                "New Hope rejects the Hamas proposal in talks",
                "proposal_rejected/New Hope",
            ),
            (
                "We Can rejects the Hamas proposal in talks",
                "proposal_rejected/Mozemo",
            ),
            (
                "Will Quince rejects the Hamas proposal in talks",
                "proposal_rejected/UK Government",
            ),
            (
                "No 10 rejects the Hamas proposal in talks",
                "proposal_rejected/UK Government",
            ),
            (
                "Advisory, Conciliation and Arbitration Service rejects the Hamas proposal",
                "proposal_rejected/Acas",
            ),
            (
                "NSCN (IM) rejects the Hamas proposal in talks",
                "proposal_rejected/NSCN-IM",
            ),
            // (a name of several words before the verb is its subject, not modifiers of a
            // noun)
            (
                "Government of Guinea-Bissau rejects the Hamas proposal",
                "proposal_rejected/Guinea-Bissau",
            ),
            (
                "Donetsk People's Republic rejects the Hamas proposal",
                "proposal_rejected/DPR",
            ),
        ],
    );
    // (a comma that separates two words is no name's: "Alberta, labour" is two)
    let ab: &[(&str, &[&str])] = &[("AFL", &["Alberta labour"])];
    let got = run_with(ab, "Alberta, labour reject the Hamas proposal in talks", "");
    assert!(
        !got.contains(&"proposal_rejected/AFL".to_string()),
        "{got:?}"
    );
}

/// A speech verb or a verb of giving up inside a party's name ("Ali Said Abdella",
/// "Mutu Say Poe", "Moderates") says and drops nothing.
#[test]
fn a_verb_inside_a_name_is_no_verb() {
    let names: &[(&str, &[&str])] = &[("Eritrea", &["Ali Said Abdella"]), ("Moderates", &[])];
    assert_each_finds(
        names,
        &[
            (
                "Ali Said Abdella rejects the Hamas proposal in talks",
                "proposal_rejected/Eritrea",
            ),
            (
                "Ali Said Abdella pulls out of the talks",
                "delegation_withdrawal/Eritrea",
            ),
            (
                "Moderates demand the release of all prisoners in talks",
                "new_demands/Moderates",
            ),
        ],
    );
}

/// A name's own marks are no grammar: the "A" of "SLM/A" is no article before a noun, and
/// the brackets of "NSCN (IM)" close no clause.
#[test]
fn a_names_marks_are_no_grammar() {
    let names: &[(&str, &[&str])] = &[("SLM/A", &[]), ("NSCN-IM", &["NSCN (IM)"])];
    assert_each_finds(
        names,
        &[
            (
                "SLM/A rejects the Hamas proposal in talks",
                "proposal_rejected/SLM/A",
            ),
            (
                "NSCN (IM) demands the release of all prisoners in talks",
                "new_demands/NSCN-IM",
            ),
        ],
    );
}

/// "DC 33 rejects the proposal", "Eesti 200 demands …": the number that ends a party's
/// name is no count that makes the next word a plural noun ("560 union demands settled").
#[test]
fn a_number_ending_a_partys_name_is_no_count() {
    let numbered: &[(&str, &[&str])] = &[("DC 33", &["AFSCME DC 33"]), ("Eesti 200", &[])];
    assert_eq!(
        run_with(numbered, "DC 33 rejects the Hamas proposal in talks", ""),
        vec!["proposal_rejected/DC 33".to_string()]
    );
    assert_eq!(
        run_with(
            numbered,
            "Eesti 200 rejects the Hamas proposal in talks",
            ""
        ),
        vec!["proposal_rejected/Eesti 200".to_string()]
    );
    // (a count still makes a noun: the demands are not an act)
    let got = run_with(numbered, "560 union demands settled in talks", "");
    assert!(got.iter().all(|f| !f.starts_with("new_demands")), "{got:?}");
}

/// "The premier rebuffed the union's proposal": an office that opens one actor's
/// configured name ("Premier Smith") names that actor as "the premier"; not "the premier
/// of Ontario", and not where two actors hold such a title.
#[test]
fn the_office_of_one_configured_leader_names_that_actor() {
    let smith: &[(&str, &[&str])] = &[("Alberta government", &["Premier Smith", "Smith"])];
    let text = "The premier rebuffed Hamas's latest proposal.";
    assert_eq!(
        run_with(smith, "Talks stall", text),
        vec!["proposal_rejected/Alberta government".to_string()]
    );
    let other = "The premier of Ontario rebuffed Hamas's latest proposal.";
    assert!(run_with(smith, "Talks stall", other).is_empty());
    let two: &[(&str, &[&str])] = &[
        ("Alberta government", &["Premier Smith"]),
        ("Ontario government", &["Premier Ford"]),
    ];
    assert!(run_with(two, "Talks stall", text).is_empty());
}

/// "Both governments said they accepted …" after a headline whose first subject is the
/// mediator: "they" are the sides that speak, never the headline's go-between.
#[test]
fn they_after_both_sides_said_are_the_sides() {
    let got = run(
        "Qatar delivers new plan; Israel and Hamas accept",
        "Both governments said they accepted the proposal.",
    );
    assert!(
        !got.contains(&"proposal_accepted/Qatar".to_string()),
        "{got:?}"
    );
}

/// "raises gas price demand" on a watchlist whose keyword is "gas": a word right after the
/// watched thing is its property, not another business (a price is one elsewhere).
#[test]
fn a_word_after_the_watched_thing_is_its_property() {
    let idx = RuleIndex::new(&[]);
    let title = "Israel raises fuel price demand to $450";
    let kinds = |w: &Watchlist| -> Vec<String> {
        let d = Detector::new(w, &idx).detect(title, "");
        d.findings.iter().map(|f| f.kind.clone()).collect()
    };
    assert!(kinds(&gaza()).is_empty(), "a price is other business");
    let mut fuel = gaza_config();
    fuel.keywords.push("fuel".into());
    assert_eq!(kinds(&Watchlist::new(&fuel)), ["new_demands"]);
}

/// Runs the detector on (title, text) and renders findings as "kind/Actor+Actor".
pub(crate) fn run(title: &str, text: &str) -> Vec<String> {
    let w = gaza();
    let idx = RuleIndex::new(&[]);
    let d = Detector::new(&w, &idx).detect(title, text);
    let mut v: Vec<String> = d
        .findings
        .iter()
        .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
        .collect();
    v.sort();
    v
}

#[test]
fn seed_article_yields_exactly_three() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/seed-article.txt"
    ))
    .unwrap();
    let (title, body) = text.split_once("\n\n").unwrap();
    let got = run(title, body);
    let mut kinds: Vec<String> = got
        .iter()
        .map(|g| g.split('+').next().unwrap_or("").to_string())
        .collect();
    kinds.sort();
    // the two withdrawals and Hamas's demands, nothing else
    assert!(
        got.iter()
            .any(|g| g.starts_with("delegation_withdrawal/") && g.contains("United States")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.starts_with("delegation_withdrawal/") && g.contains("Israel")),
        "{got:?}"
    );
    assert!(got.contains(&"new_demands/Hamas".to_string()), "{got:?}");
    let others: Vec<&String> = got
        .iter()
        .filter(|g| !g.starts_with("delegation_withdrawal/") && *g != "new_demands/Hamas")
        .collect();
    assert!(others.is_empty(), "{got:?}");
}

#[test]
#[ignore = "debug helper: prints detections for the corpus in $CORPUS"]
fn dump_dev_corpus() {
    // CORPUS=path/to/corpus.json
    let Ok(p) = std::env::var("CORPUS") else {
        return;
    };
    let Ok(text) = std::fs::read_to_string(p) else {
        return;
    };
    let c: serde_json::Value = serde_json::from_str(&text).unwrap();
    let w = gaza();
    let idx = RuleIndex::new(&[]);
    for it in c["items"].as_array().unwrap() {
        if !it["relevant"].as_bool().unwrap() {
            continue;
        }
        let d = Detector::new(&w, &idx).detect(
            it["title"].as_str().unwrap(),
            it["summary"].as_str().unwrap(),
        );
        let got: Vec<String> = d
            .findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect();
        println!(
            "{} {} want {:?} got {:?} | {}",
            it["at_hours"], it["story"], it["events"], got, it["title"]
        );
        for r in &d.ruled_out {
            println!(
                "      ruled out {} {}: {} | {}",
                r.kind, r.rule, r.reason, r.sentence
            );
        }
    }
}

#[test]
#[ignore = "debug helper"]
fn dbg_one() {
    // CORPUS=path.json: that corpus's watchlist instead of the test one
    let w = match std::env::var("CORPUS") {
        Ok(p) => corpus_watchlist(&p),
        Err(_) if std::env::var("GAZA").is_ok() => gaza_wide(),
        Err(_) => many_negotiations(),
    };
    let idx = RuleIndex::new(&[]);
    let t = std::env::var("T").unwrap_or_default();
    let b = std::env::var("B").unwrap_or_default();
    println!("{:#?}", Detector::new(&w, &idx).detect(&t, &b));
}

/// BATCH=file.jsonl of {corpus, title, body, tag}: one JSON line of detection per input
/// line, to count why labelled developments go unfound across many corpora at once.
#[test]
#[ignore]
fn dbg_batch() {
    let Ok(path) = std::env::var("BATCH") else {
        return;
    };
    let idx = RuleIndex::new(&[]);
    let mut cache: std::collections::HashMap<String, Watchlist> = Default::default();
    for line in std::fs::read_to_string(path).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let c = v["corpus"].as_str().unwrap().to_string();
        let w = cache
            .entry(c.clone())
            // ("GAZA": the class suite's watchlist)
            .or_insert_with(|| match c.as_str() {
                "GAZA" => gaza_wide(),
                _ => corpus_watchlist(&c),
            });
        let d = Detector::new(w, &idx).detect(
            v["title"].as_str().unwrap_or(""),
            v["body"].as_str().unwrap_or(""),
        );
        println!("{}", serde_json::json!({"tag": v["tag"], "detection": d}));
    }
}

/// The topic decision of each line of `$BATCH` (as `dbg_batch`), for reading why items
/// were or were not taken.
#[test]
#[ignore]
fn dbg_topic() {
    let Ok(path) = std::env::var("BATCH") else {
        return;
    };
    let mut cache: std::collections::HashMap<String, Watchlist> = Default::default();
    for line in std::fs::read_to_string(path).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let c = v["corpus"].as_str().unwrap().to_string();
        let w = cache.entry(c.clone()).or_insert_with(|| match c.as_str() {
            "GAZA" => gaza_wide(),
            _ => corpus_watchlist(&c),
        });
        let d = w.decide(
            v["title"].as_str().unwrap_or(""),
            v["body"].as_str().unwrap_or(""),
        );
        println!("{}", serde_json::json!({"tag": v["tag"], "decision": d}));
    }
}

fn corpus_watchlist(p: &str) -> Watchlist {
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
    let wl = &v["watchlist"];
    let strs = |k: &str| -> Vec<String> {
        wl[k]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut base = many_negotiations().config.clone();
    base.keywords = strs("keywords");
    base.context = strs("context");
    base.actors = wl["actors"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(n, a)| ActorConfig {
            name: n.clone(),
            aliases: std::iter::once(n.clone())
                .chain(
                    a.as_array()
                        .unwrap()
                        .iter()
                        .filter_map(|x| x.as_str().map(String::from)),
                )
                .collect(),
        })
        .collect();
    Watchlist::new(&base)
}

/// (category, headline?, sentence, expected "kind/Actor+Actor" findings)
const CASES: &[(&str, bool, &str, &[&str])] = &[
    // ---- delegation_withdrawal (positives) ----
    ("withdrawal", false, "Israel recalled its negotiating team from Doha on Tuesday.", &["delegation_withdrawal/Israel"]),
    ("withdrawal", false, "The United States has officially withdrawn its delegation from the ceasefire negotiations in Qatar.", &["delegation_withdrawal/United States"]),
    ("withdrawal", true, "U.S. Pulls Out of Gaza Ceasefire Talks", &["delegation_withdrawal/United States"]),
    ("withdrawal", false, "Netanyahu ordered the negotiators home after the talks reached an impasse.", &["delegation_withdrawal/Israel"]),
    ("withdrawal", false, "Israeli Prime Minister Benjamin Netanyahu also pulled his negotiators from Doha on Thursday.", &["delegation_withdrawal/Israel"]),
    ("withdrawal", true, "Hamas walks out of Cairo talks", &["delegation_withdrawal/Hamas"]),
    ("withdrawal", false, "Hamas negotiators walked out of the talks in Cairo late on Sunday.", &["delegation_withdrawal/Hamas"]),
    ("withdrawal", false, "Washington brought its team home from Doha for consultations.", &["delegation_withdrawal/United States"]),
    ("withdrawal", false, "Israeli negotiators have left the Qatari capital.", &["delegation_withdrawal/Israel"]),
    ("withdrawal", true, "Mossad chief orders negotiators home from Doha", &["delegation_withdrawal/Israel"]),
    ("withdrawal", false, "Russia withdrew from the talks in Istanbul, the Kremlin said.", &["delegation_withdrawal/Russia"]),
    // the talks' collapse told with the side that caused it is that side's withdrawal,
    // one act (not also a joint suspension)
    ("withdrawal", true, "Ceasefire talks collapse as Hamas pulls out", &["delegation_withdrawal/Hamas"]),
    ("withdrawal", true, "Gaza truce talks fail after Israel quits over hostages list", &["delegation_withdrawal/Israel"]),
    ("withdrawal", true, "Cairo talks collapse as Hamas walks out", &["delegation_withdrawal/Hamas"]),
    ("withdrawal", true, "Doha negotiations break down as Israel walks away from the table", &["delegation_withdrawal/Israel"]),
    ("none", true, "Hamas quits over hostages list", &[]),
    ("none", true, "Israel quits as talks go on in Doha", &[]),
    ("none", true, "Unity government collapses as Hamas quits", &[]),
    ("none", true, "Talks stall as Israel withdraws troops from Rafah", &[]),
    ("none", true, "Talks stall as Israel pulls out troops from Rafah", &[]),
    ("withdrawal", true, "Kyiv recalls negotiators from Istanbul after missile strike", &["delegation_withdrawal/Ukraine"]),
    ("withdrawal", false, "The Israeli delegation left Doha on Friday evening.", &["delegation_withdrawal/Israel"]),
    ("withdrawal", true, "Israel pulls Mossad team out of Qatar talks", &["delegation_withdrawal/Israel"]),
    ("withdrawal", false, "Iran pulled its negotiators out of the Vienna talks.", &["delegation_withdrawal/Iran"]),
    ("withdrawal", false, "Egypt has recalled its delegation from the talks, a source said.", &["delegation_withdrawal/Egypt"]),
    ("withdrawal", true, "Hamas quits Doha talks, blames Israel", &["delegation_withdrawal/Hamas"]),
    // joining a pledge, a statement, calls or a consensus is a stance, not a trip (refusing
    // to join one walks out of nothing); a call is a meeting
    ("withdrawal", true, "Israel's envoy refuses to join a 'Cairo pledge' on the truce", &[]),
    ("dispatch", true, "Qatar's envoy joins calls for a Gaza truce", &[]),
    ("dispatch", true, "Hamas negotiators join the call with Egyptian mediators", &["delegation_dispatched/Hamas"]),
    ("withdrawal", true, "Israeli negotiators refuse to join the Cairo talks", &["delegation_withdrawal/Israel"]),
    // leaving the talks *to* somebody hands them over; a verb after "to" is the walk-out's
    // purpose
    ("withdrawal", true, "Washington has so far left the mediation to Egypt and Qatar", &[]),
    ("withdrawal", true, "Israel leaves Gaza negotiations to the security chiefs", &[]),
    ("withdrawal", true, "Truce round ends, leaving the prisoner files to a further session", &[]),
    ("withdrawal", true, "Israel leaves the Gaza talks to protest Hamas attacks", &["delegation_withdrawal/Israel"]),
    ("withdrawal", true, "Hamas leaves Cairo truce talks", &["delegation_withdrawal/Hamas"]),
    ("withdrawal", false, "Ukraine abandoned the negotiations after the strike on Sumy.", &["delegation_withdrawal/Ukraine"]),
    ("withdrawal", false, "The Israeli team was recalled by Netanyahu on Saturday.", &["delegation_withdrawal/Israel"]),
    ("withdrawal", false, "Israel's delegation returned home from Cairo without a deal.", &["delegation_withdrawal/Israel"]),
    // ---- delegation_dispatched ----
    ("dispatched", true, "Israel sends delegation to Cairo for truce talks", &["delegation_dispatched/Israel"]),
    ("dispatched", false, "Hamas dispatched a delegation to Cairo on Saturday.", &["delegation_dispatched/Hamas"]),
    ("dispatched", true, "Israeli team arrives in Cairo for Gaza talks", &["delegation_dispatched/Israel"]),
    ("dispatched", false, "Israeli negotiators joined the indirect talks in the Egyptian capital.", &["delegation_dispatched/Israel"]),
    ("dispatched", false, "The Israeli delegation arrived in Doha on Monday night.", &["delegation_dispatched/Israel"]),
    ("dispatched", false, "Israel says it will send negotiators to Cairo.", &["delegation_dispatched/Israel"]),
    ("dispatched", true, "Russia sends delegation to Istanbul for direct talks with Ukraine", &["delegation_dispatched/Russia"]),
    ("dispatched", false, "Ukraine's delegation landed in Istanbul hours before the talks.", &["delegation_dispatched/Ukraine"]),
    ("dispatched", false, "Iran returned to the negotiating table in Vienna on Thursday.", &["delegation_dispatched/Iran"]),
    ("dispatched", false, "Iran returned to the talks in Vienna on Thursday.", &["delegation_dispatched/Iran"]),
    ("dispatched", true, "Washington dispatches envoy to Doha to revive talks", &["delegation_dispatched/United States"]),
    ("dispatched", false, "Qatar sent a team to Cairo to join the mediation.", &["delegation_dispatched/Qatar"]),
    ("dispatched", false, "Egypt deployed a delegation of security officials to Gaza's border.", &["delegation_dispatched/Egypt"]),
    ("dispatched", false, "A Hamas delegation headed by Khalil al-Hayya arrived in Cairo.", &["delegation_dispatched/Hamas"]),
    ("dispatched", true, "Ukrainian delegation arrives in Istanbul for talks with Russia", &["delegation_dispatched/Ukraine"]),
    ("dispatched", false, "The war cabinet sent a working-level team to Cairo, Netanyahu's office said.", &["delegation_dispatched/Israel"]),
    ("dispatched", false, "Israel and Hamas resumed talks in Doha on Thursday.", &["delegation_dispatched/Hamas+Israel"]),
    // ---- new_demands ----
    ("demands", false, "Hamas also demanded the release of 200 Palestinians serving life sentences.", &["new_demands/Hamas"]),
    ("demands", false, "Hamas responded to the latest proposal by demanding major changes.", &["new_demands/Hamas"]),
    ("demands", true, "Israel adds conditions on Philadelphi corridor", &["new_demands/Israel"]),
    // "ups its offer" improves it; the particle "up" after another verb does not ("steps
    // up bid", "gives up bid": to give up is to abandon)
    ("proposal", true, "Hamas ups its offer on prisoner numbers", &["proposal/Hamas"]),
    ("proposal", false, "Hamas upped its offer on Friday.", &["proposal/Hamas"]),
    ("none", true, "Qatar steps up bid to broker Gaza truce", &[]),
    ("none", false, "Egypt stepped up its mediation offer on Monday.", &[]),
    ("suspended", true, "Netanyahu gives up bid to form government", &["talks_suspended/Israel"]),
    ("none", true, "Hamas gives up offer of partial release", &[]),
    // in a government's formation, backing the coalition accepts it; a coalition of
    // states backed is no government's
    ("accepted", true, "Hamas members back coalition with Fatah", &["proposal_accepted/Hamas"]),
    ("accepted", false, "Hamas leaders approved the coalition with Fatah on Sunday.", &["proposal_accepted/Hamas"]),
    ("none", false, "Egypt pledged support to the coalition of 40 countries backing the truce.", &[]),
    ("none", true, "Hamas backs coalition talks in Cairo", &[]),
    // an adverb between the decision and its infinitive keeps it a decision taken
    ("accepted", true, "Hamas members vote overwhelmingly to accept truce deal", &["proposal_accepted/Hamas"]),
    ("accepted", true, "Israeli cabinet votes unanimously to approve Egyptian plan", &["proposal_accepted/Israel"]),
    ("plan", true, "Hamas expected shortly to accept truce deal", &[]),
    // refusing to give up what the other side asks rejects the request; "refused to
    // comment" gives nothing up
    ("rejected", true, "Israel refuses to free Barghouti", &["proposal_rejected/Israel"]),
    ("rejected", false, "Israel declined to lift the blockade, officials said.", &["proposal_rejected/Israel"]),
    ("none", false, "Hamas declined to comment on the Israeli proposal.", &[]),
    ("conditional", true, "Israel will refuse to free Barghouti unless all hostages come home", &[]),
    // drafted demands are demands, not a text put forward
    ("demands", true, "Hamas tables draft demands on prisoner lists", &["new_demands/Hamas"]),
    ("demands", false, "Israel submitted draft requirements on the corridor to the mediators.", &["new_demands/Israel"]),
    ("demands", true, "Hamas accuses Netanyahu of setting new conditions to stall deal", &["new_demands/Israel"]),
    ("demands", true, "Hamas accuses Netanyahu of new conditions in truce talks", &["new_demands/Israel"]),
    ("demands", false, "Hamas said an Israeli paper presented in Rome added new demands.", &["new_demands/Israel"]),
    ("demands", false, "Russia demanded that Western arms deliveries stop before any truce.", &["new_demands/Russia"]),
    ("demands", true, "Moscow adds new conditions for ceasefire in Ukraine talks", &["new_demands/Russia"]),
    ("demands", false, "Israel imposed new conditions on the return of displaced Gazans to the north.", &["new_demands/Israel"]),
    ("demands", false, "Iran is demanding guarantees that Washington will not quit a new deal.", &["new_demands/Iran"]),
    // (was a demand: in the text, insisting on a term is labelled a standing position in 15
    // of 25 sentences of the own corpora; headlines stay demands)
    ("stance", false, "Netanyahu insisted on keeping troops in the Philadelphi corridor.", &[]),
    ("demands", true, "Hamas raises new demands on prisoner list", &["new_demands/Hamas"]),
    // after a text's own noun the demand word is the text's verb: what the offer guarantees
    ("demands", true, "Israel's new offer guarantees a six-week pause", &[]),
    ("demands", true, "Hamas says the new deal guarantees aid for a year", &[]),
    ("demands", true, "Hamas makes new security guarantees a condition", &["new_demands/Hamas"]),
    ("demands", false, "The United States set new conditions for lifting the sanctions.", &["new_demands/United States"]),
    ("demands", false, "Egypt demanded a role in running the Rafah crossing.", &["new_demands/Egypt"]),
    ("demands", true, "Israel's 'clarifications' in Rome add conditions on Philadelphi and the north", &["new_demands/Israel"]),
    ("demands", false, "Ukraine accused Russia of raising new demands to stall the talks.", &["new_demands/Russia"]),
    ("demands", false, "Qatar said Hamas had introduced new conditions at the last minute.", &["new_demands/Hamas"]),
    // ---- proposal ----
    ("proposal", true, "Washington unveils 'roadmap' to end Gaza war", &["proposal/United States"]),
    ("proposal", false, "The White House set out a proposal, passed to Hamas through Qatar.", &["proposal/United States"]),
    ("proposal", true, "Biden lays out three-phase Israeli plan", &["proposal/United States"]),
    ("proposal", false, "Egypt presented a new proposal for a two-day truce.", &["proposal/Egypt"]),
    ("proposal", false, "Qatar and Egypt submitted a bridging proposal to both sides.", &["proposal/Egypt+Qatar"]),
    ("proposal", false, "Officials from the United States, Qatar and Egypt agreed in Paris on a framework for a phased pause.", &["proposal/Egypt+Qatar+United States"]),
    ("proposal", true, "Russia hands Ukraine memorandum setting out its peace terms", &["proposal/Russia"]),
    ("proposal", false, "Moscow presented a peace memorandum to Kyiv in Istanbul.", &["proposal/Russia"]),
    ("proposal", false, "Hamas put forward a counterproposal on Wednesday.", &["proposal/Hamas"]),
    ("proposal", false, "Israel offered a roadmap starting with a six-week ceasefire, the president said.", &["proposal/Israel"]),
    ("proposal", true, "Iran floats new nuclear proposal in Oman talks", &["proposal/Iran"]),
    ("proposal", false, "The United States tabled a draft resolution on the ceasefire.", &["proposal/United States"]),
    ("proposal", false, "Witkoff drew up a plan to extend the first phase.", &["proposal/United States"]),
    ("proposal", true, "Egypt unveils Gaza reconstruction plan", &["proposal/Egypt"]),
    ("proposal", false, "Qatar announced a new initiative to bridge the gaps.", &["proposal/Qatar"]),
    ("proposal", true, "Paris framework agreed by mediators", &[]),
    ("proposal", false, "Hamas submitted its response to the proposal on Tuesday.", &[]),
    ("proposal", false, "Ukraine proposed a 30-day ceasefire at sea and in the air.", &["proposal/Ukraine"]),
    // ---- proposal_accepted ----
    ("accepted", true, "Hamas says it accepts Egyptian-Qatari ceasefire proposal", &["proposal_accepted/Hamas"]),
    ("accepted", false, "Hamas chief Ismail Haniyeh informed Qatar's prime minister and Egypt's intelligence minister that the group approved their proposal.", &["proposal_accepted/Hamas"]),
    ("accepted", true, "Hamas says yes to truce plan", &["proposal_accepted/Hamas"]),
    ("accepted", true, "Ukraine accepts US proposal for 30-day ceasefire", &["proposal_accepted/Ukraine"]),
    ("accepted", false, "The president said Ukraine agreed to the US ceasefire proposal.", &["proposal_accepted/Ukraine"]),
    ("accepted", false, "Israel accepted the bridging proposal, Blinken said.", &["proposal_accepted/Israel"]),
    ("accepted", false, "Netanyahu's cabinet approved the framework late on Friday.", &["proposal_accepted/Israel"]),
    ("accepted", false, "Hamas has accepted the Egyptian proposal, a source told Reuters.", &["proposal_accepted/Hamas"]),
    ("accepted", true, "Iran accepts European offer to resume inspections", &["proposal_accepted/Iran"]),
    ("accepted", false, "Russia agreed to the US plan for a partial truce on energy infrastructure.", &["proposal_accepted/Russia"]),
    ("accepted", false, "Israel embraced the American plan on Monday.", &["proposal_accepted/Israel"]),
    ("accepted", true, "Hamas accepts mediators' offer", &["proposal_accepted/Hamas"]),
    ("accepted", false, "The group announced it had agreed to the mediators' offer.", &[]),
    ("accepted", false, "Egypt endorsed the Qatari proposal.", &["proposal_accepted/Egypt"]),
    ("accepted", false, "Kyiv accepted the ceasefire proposal and urged Moscow to do the same.", &["proposal_accepted/Ukraine"]),
    // ---- proposal_rejected ----
    ("rejected", true, "Netanyahu rejects Hamas ceasefire terms as 'delusional'", &["proposal_rejected/Israel"]),
    ("rejected", false, "Israel's prime minister dismissed the group's counteroffer of a three-stage truce.", &["proposal_rejected/Israel"]),
    ("rejected", true, "Hamas rejects US 'bridging proposal' as tilted to Netanyahu's terms", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Hamas turns down revised truce text from Doha talks", &["proposal_rejected/Hamas"]),
    // a passive headline whose object has a determiner-like adjective before it ("latest",
    // "fresh"): the participle is the verb, not a noun after modifiers
    // an offer of the apology or the amends the other side demands
    ("proposal", true, "US offers to regret any intrusion by its team", &["proposal/United States"]),
    ("proposal", false, "Israel offered to apologise for the raid and to compensate the families, officials said.", &["proposal/Israel"]),
    ("rejected", true, "Latest proposal rejected by Hamas", &["proposal_rejected/Hamas"]),
    ("accepted", true, "New proposal accepted by Israel, officials say", &["proposal_accepted/Israel"]),
    ("rejected", true, "Fresh bridging proposal rejected by Hamas", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Ukraine rejects Russian memorandum as an ultimatum", &["proposal_rejected/Ukraine"]),
    ("rejected", false, "Ukraine dismissed the Russian memorandum on Monday.", &["proposal_rejected/Ukraine"]),
    ("rejected", true, "Kyiv turns down Moscow's peace terms", &["proposal_rejected/Ukraine"]),
    ("rejected", false, "Israel rebuffed the Egyptian plan within hours.", &["proposal_rejected/Israel"]),
    ("rejected", false, "Iran rejected the European offer as insufficient.", &["proposal_rejected/Iran"]),
    ("rejected", false, "Russia spurned the ceasefire proposal, the Kremlin said.", &["proposal_rejected/Russia"]),
    ("rejected", false, "Hamas has rejected the latest Israeli proposal, officials said.", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Egypt rejects US plan to move Gazans", &["proposal_rejected/Egypt"]),
    ("rejected", false, "The United States vetoed the draft resolution.", &["proposal_rejected/United States"]),
    ("rejected", false, "Qatar rejected the proposal outright.", &["proposal_rejected/Qatar"]),
    ("rejected", false, "Netanyahu said no to the deal on the table.", &["proposal_rejected/Israel"]),
    // ---- agreement ----
    ("agreement", true, "Qatar announces four-day 'humanitarian pause' between Israel and Hamas", &["agreement/Qatar"]),
    ("agreement", false, "Qatar said Israel and Hamas have agreed a four-day humanitarian pause.", &["agreement/Hamas+Israel"]),
    ("agreement", true, "Qatar: Israel-Hamas four-day truce agreed, start within 24 hours", &["agreement/Hamas+Israel+Qatar"]),
    ("agreement", true, "Israeli cabinet approves deal to free 50 hostages", &["agreement/Israel"]),
    ("agreement", true, "Russia and Ukraine agree largest prisoner exchange of the war", &["agreement/Russia+Ukraine"]),
    ("agreement", false, "Ukraine and Russia reached a deal to exchange a thousand prisoners of war each.", &["agreement/Russia+Ukraine"]),
    ("agreement", false, "Israel and Hamas signed the ceasefire agreement in Doha.", &["agreement/Hamas+Israel"]),
    ("agreement", true, "Israel and Hamas reach Gaza ceasefire deal", &["agreement/Hamas+Israel"]),
    ("agreement", false, "Egypt brokered a truce between Israel and Hamas on Sunday.", &["agreement/Egypt"]),
    ("agreement", true, "Ceasefire deal reached, Qatar says", &["agreement/Qatar"]),
    ("agreement", false, "A deal was reached late on Wednesday between Israel and Hamas, Qatar said.", &["agreement/Hamas+Israel+Qatar"]),
    ("agreement", false, "Iran and the United States struck an interim nuclear agreement in Muscat.", &["agreement/Iran+United States"]),
    ("agreement", true, "Hamas says truce secured through Qatari and Egyptian efforts", &["agreement/Egypt+Hamas+Qatar"]),
    ("agreement", false, "Israel agreed to a ceasefire in Gaza starting on Sunday.", &["proposal_accepted/Israel"]),
    ("agreement", false, "The United States announced a ceasefire between Israel and Hamas.", &["agreement/United States"]),
    ("agreement", true, "Russia, Ukraine seal Black Sea truce", &["agreement/Russia+Ukraine"]),
    // ---- talks_suspended ----
    ("suspended", true, "Qatar suspends role as Gaza mediator, citing lack of good faith", &["talks_suspended/Qatar"]),
    ("suspended", true, "Doha puts Gaza mediation on hold", &["talks_suspended/Qatar"]),
    // a standoff's end told with how it ended: in a deal or a release, the sides'
    // agreement; in deaths or an assault, the talks' end; told without how, neither
    ("agreement", true, "Eight-day Gaza hijack ends in prisoner exchange", &["agreement/"]),
    ("agreement", true, "Hostages freed in Gaza as 40-day siege ends", &["agreement/"]),
    ("agreement", true, "Rafah siege ends without a shot as Hamas fighters file out", &["agreement/"]),
    ("suspended", true, "Rafah siege ends in bloodshed; five Hamas gunmen dead", &["talks_suspended/Hamas"]),
    ("none", true, "Rafah siege ends after 78 days, no deal", &[]),
    ("none", true, "Gaza market rallies as siege ends", &[]),
    ("none", true, "Will the Rafah standoff end peacefully?", &[]),
    ("none", true, "Hamas standoff over hostages list deepens", &[]),
    // a participle right after a verb of answering a text describes the text answered
    ("rejected", true, "Hamas fighters reject proposed truce", &["proposal_rejected/Hamas"]),
    ("accepted", true, "Hamas leaders accept revised Qatari offer", &["proposal_accepted/Hamas"]),
    ("proposal", false, "Israel proposed new truce terms on Monday.", &["proposal/Israel"]),
    // the talks' state with its copula left out: stopped, nobody's decision named
    ("suspended", true, "Gaza ceasefire talks with Hamas on hold as Israel weighs reply", &["talks_suspended/Hamas"]),
    ("suspended", true, "Cairo talks with Hamas on ice until after Ramadan", &["talks_suspended/Hamas"]),
    ("suspended", true, "Doha process on ice as Hamas weighs reply", &["talks_suspended/Qatar"]),
    ("suspended", false, "Its talks with Hamas are on hold with no new dates, Qatari officials said.", &["talks_suspended/Hamas"]),
    ("none", true, "Ceasefire talks with Hamas remain on hold", &[]),
    ("none", true, "Talks with Hamas still on hold", &[]),
    ("none", true, "Hamas puts its trust in Qatari mediators to hold on", &[]),
    ("none", false, "With the talks with Hamas on hold, Qatar turned to the hostages' families.", &[]),
    ("none", true, "Hamas says talks with Israel in limbo", &[]),
    ("none", true, "Rafah crossing row leaving talks with Hamas on hold", &[]),
    // the principles a plan is built on are a text the other side accepts or rejects
    ("accepted", true, "Hamas accepts peace principles after Qatar talks", &["proposal_accepted/Hamas"]),
    ("rejected", true, "Israel rejects the new principles, officials say", &["proposal_rejected/Israel"]),
    // a call the other side is named to have made, turned down, is its proposal rejected;
    // unnamed calls to act are anybody's pressure
    ("rejected", true, "Hamas rejects Israeli call to hand over weapons", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Israel rebuffs Qatari call to extend the truce", &["proposal_rejected/Israel"]),
    ("none", true, "Netanyahu rebuffs calls to quit after Gaza failures", &[]),
    ("none", true, "Israel rejects any call to halt the offensive", &[]),
    // a plea for patience demands nothing; giving land back is a term
    ("stance", true, "Egypt: Israel must give the truce a chance", &[]),
    ("stance", true, "Qatar says Hamas must give diplomacy more time", &[]),
    ("demands", true, "Hamas says Israel must give back the Rafah crossing", &["new_demands/Hamas"]),
    // dangling something before the other side offers it
    ("proposal", true, "Israel dangles Rafah crossing reopening before Hamas", &["proposal/Israel"]),
    ("proposal", true, "Qatar dangles reconstruction cash in bid to seal Gaza truce", &["proposal/Qatar"]),
    ("none", true, "Israel dangles threat of Rafah offensive", &[]),
    // a consensus reached is the sides' agreement; a consensus on part of the issues, or
    // one still to build, is progress
    ("agreement", true, "Israel and Hamas reach consensus on prisoner list", &["agreement/Hamas+Israel"]),
    ("agreement", false, "Consensus was reached at the Cairo talks on Sunday.", &["agreement/"]),
    ("none", false, "The minister said consensus had been reached on two of the four issues raised by Hamas.", &[]),
    ("none", false, "Israel and Hamas reached consensus on most elements of the deal.", &[]),
    ("negation", true, "Israel and Hamas fail to reach consensus", &[]),
    ("none", true, "Mediators seek to build consensus on truce", &[]),
    // refusing to go back to the table stays away from the talks; a refusal denied,
    // hypothetical or conditional is none
    ("withdrawal", true, "Hamas refuses to return to Cairo talks", &["delegation_withdrawal/Hamas"]),
    ("withdrawal", true, "Qatar says Hamas declined to resume talks", &["delegation_withdrawal/Hamas"]),
    ("negation", true, "Hamas did not refuse to attend the talks", &[]),
    ("hypothetical", true, "Hamas could refuse to return to the talks", &[]),
    ("conditional", true, "Hamas will not return to the talks while Israel bombs Rafah", &[]),
    ("none", true, "Hamas refuses to return Israeli soldiers' bodies", &[]),
    // a trip whose errand is to join the negotiators, or to talk to the other side, is a
    // trip to the talks
    ("dispatched", true, "Qatari minister lands in Cairo to join the mediators", &["delegation_dispatched/Qatar"]),
    ("dispatched", true, "Witkoff arrives in Doha to talk to Hamas intermediaries", &["delegation_dispatched/United States"]),
    ("dispatched", true, "Witkoff arrives in Doha to negotiate", &["delegation_dispatched/United States"]),
    ("none", true, "Witkoff arrives in Doha to join family for holiday", &[]),
    ("none", true, "Israeli troops went to Rafah to talk to residents", &[]),
    // a comma closes the object's phrase even after a party named as the destination: the
    // attribution's "Egyptian minister" is nobody sent
    ("none", true, "Hamas agrees to send fuel to Egypt, Egyptian minister says", &[]),
    ("none", true, "Israel sends aid trucks to Qatar, Qatari officials say", &[]),
    ("dispatched", true, "Hamas sends a team to Cairo, Egyptian officials say", &["delegation_dispatched/Hamas"]),
    // a territory's independence is a term the other side could concede; independence
    // alone is a value
    ("demands", true, "Hamas demands independence for the West Bank", &["new_demands/Hamas"]),
    ("demands", false, "The gunmen's note said Hamas demanded self-determination for Gaza and the release of prisoners.", &["new_demands/Hamas"]),
    ("stance", true, "Hamas demands independence and dignity", &[]),
    // a siege stormed by security forces ends the negotiation with its captors; captors
    // storming a place begin a siege, protesters storming one end nothing
    ("suspended", true, "Israeli commandos storm hijacked airliner at Cairo airport", &["talks_suspended/Israel"]),
    ("suspended", true, "Embassy in Doha stormed by police, hostages freed", &["talks_suspended/"]),
    ("suspended", false, "Egyptian special forces stormed the besieged school before dawn.", &["talks_suspended/Egypt"]),
    ("none", true, "Hamas gunmen storm school in Rafah, take teachers hostage", &[]),
    ("none", true, "Protesters storm Israeli embassy in Cairo over Gaza war", &[]),
    ("withdrawal", true, "Israeli police storm out of Cairo meeting hall in protest", &["delegation_withdrawal/Israel"]),
    ("suspended", true, "Kremlin suspends peace talks with Ukraine", &["talks_suspended/Russia"]),
    ("suspended", false, "Russia halted the negotiations on Friday.", &["talks_suspended/Russia"]),
    // a passive whose subject is the talks with a "between" or venue phrase: the sides of the talks
    ("suspended", false, "Talks between Israel and Hamas have been suspended, a source said on Friday.", &["talks_suspended/Hamas+Israel"]),
    ("suspended", false, "Negotiations in Moscow between Russia and Ukraine were halted on Friday over the prisoner issue.", &["talks_suspended/Russia+Ukraine"]),
    ("suspended", false, "Talks between Israel and Hamas have been held in Cairo since Sunday, a source said.", &[]),
    ("suspended", false, "The Kremlin said it had suspended the Istanbul talks until Ukraine was ready to negotiate.", &["talks_suspended/Russia"]),
    ("suspended", true, "Moscow freezes talks with Kyiv", &["talks_suspended/Russia"]),
    ("suspended", false, "Egypt suspended its mediation after the strike.", &["talks_suspended/Egypt"]),
    ("suspended", false, "Iran broke off the talks with the United States.", &["talks_suspended/Iran"]),
    ("suspended", false, "Israel called off the negotiations after the attack.", &["talks_suspended/Israel"]),
    ("suspended", false, "Qatar has stopped mediating between Israel and Hamas.", &["talks_suspended/Qatar"]),
    ("suspended", false, "Hamas froze the talks in protest at the killing.", &["talks_suspended/Hamas"]),
    ("suspended", true, "Ukraine halts peace talks after strike", &["talks_suspended/Ukraine"]),
    ("suspended", false, "The United States suspended its mediation efforts, the State Department said.", &["talks_suspended/United States"]),
    ("suspended", false, "Qatar confirmed Doha had suspended its mediation.", &["talks_suspended/Qatar"]),
    // ---- speaker is not the actor ----
    ("speaker", false, "Hamas said Israel added new conditions.", &["new_demands/Israel"]),
    ("speaker", false, "Qatar said Hamas had accepted the proposal.", &["proposal_accepted/Hamas"]),
    ("speaker", false, "Egypt said Israel rejected the plan.", &["proposal_rejected/Israel"]),
    ("speaker", false, "Israeli media reported that Hamas rejected the offer.", &["proposal_rejected/Hamas"]),
    ("speaker", false, "Ukraine said Russia had sent a delegation to Istanbul.", &["delegation_dispatched/Russia"]),
    ("speaker", false, "The Kremlin said Kyiv pulled its negotiators out of the talks.", &["delegation_withdrawal/Ukraine"]),
    ("speaker", false, "Blinken said Israel accepted the bridging proposal.", &["proposal_accepted/Israel"]),
    ("speaker", false, "Hamas says it accepts the proposal.", &["proposal_accepted/Hamas"]),
    ("speaker", false, "According to a Palestinian source, Hamas demanded major changes.", &["new_demands/Hamas"]),
    ("speaker", false, "Washington said Iran had rejected the offer.", &["proposal_rejected/Iran"]),
    // a ditransitive's first object is not the actor of a verb coordinated after it (who
    // is, the speaker or the inanimate subject, a word list cannot tell: nobody is named)
    ("speaker", false, "Hamas said the text gave Israel a free hand in Rafah and demanded that the map be redrawn.", &[]),
    ("speaker", false, "Baku said the draft offered Armenia too many exits and demanded changes to two articles.", &[]),
    ("speaker", false, "Kyiv said the plan handed Russia control of the plant and was rejected.", &[]),
    ("speaker", false, "Egypt said the talks gave Hamas time to consult, and Hamas then rejected the offer.", &["proposal_rejected/Hamas"]),
    // ---- two developments in one sentence ----
    ("two", false, "Hamas accepted the proposal, and Israel sent a delegation to Cairo.", &["delegation_dispatched/Israel", "proposal_accepted/Hamas"]),
    ("two", false, "Israel rejected the plan while Hamas accepted it.", &["proposal_rejected/Israel"]),
    ("two", true, "Hamas says yes to truce plan; Israel sends team", &["delegation_dispatched/Israel", "proposal_accepted/Hamas"]),
    ("two", false, "Russia withdrew its delegation; Ukraine recalled its team as well.", &["delegation_withdrawal/Russia", "delegation_withdrawal/Ukraine"]),
    // ---- traps: negation ----
    ("negation", false, "Israel did not recall its negotiators.", &[]),
    ("negation", false, "Hamas has not accepted the proposal.", &[]),
    ("negation", false, "Israel will not send a delegation to Cairo.", &[]),
    ("negation", false, "The United States never withdrew its team.", &[]),
    ("negation", false, "Hamas has yet to respond and has not rejected the offer.", &[]),
    ("negation", false, "Qatar has not suspended its mediation.", &[]),
    ("negation", false, "Russia and Ukraine failed to reach a deal.", &[]),
    ("negation", false, "Israel refused to send negotiators to Doha.", &[]),
    ("negation", false, "Egypt declined to present a new proposal.", &[]),
    ("negation", false, "No agreement was reached in Cairo.", &[]),
    ("negation", false, "Hamas did not walk out of the talks.", &[]),
    ("rejected", false, "Iran cannot accept the proposal, its foreign minister said.", &["proposal_rejected/Iran"]),
    ("negation", false, "Israel could not accept the text Hamas approved.", &[]),
    // a decision not to accept is the refusal, taken; a position stated in the present
    // rejects; the past and "yet" tell of no decision
    ("rejected", true, "Hamas leadership decided not to accept the Egyptian plan", &["proposal_rejected/Hamas"]),
    ("rejected", false, "The Israeli cabinet voted not to approve the Qatari draft.", &["proposal_rejected/Israel"]),
    ("rejected", false, "Hamas says it does not accept the Israeli proposal.", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Israel doesn't back Egypt's plan, Netanyahu says", &["proposal_rejected/Israel"]),
    ("negation", false, "Hamas did not accept the proposal on Monday, but talks went on.", &[]),
    ("negation", false, "Israel does not accept the plan yet, officials said.", &[]),
    ("conditional", true, "Hamas does not accept any deal that leaves troops in Gaza", &[]),
    ("conditional", false, "Israel decided not to accept the proposal unless the hostages come home first.", &[]),
    // (no agreement in it; talks ending with nothing agreed have failed)
    ("negation", false, "The talks ended without an agreement.", &["talks_suspended/"]),
    ("negation", false, "Ukraine stopped short of rejecting the memorandum.", &[]),
    ("negation", false, "Netanyahu has not dispatched the team.", &[]),
    ("negation", false, "Zelensky criticised Russia but stopped short of cancelling the meeting.", &[]),
    ("noun", true, "Hamas rejects Israeli demand to disarm as part of ceasefire", &["proposal_rejected/Hamas"]),
    // what a side discusses or weighs is a noun, somebody else's demand
    ("noun", true, "Israeli security cabinet discusses hostage demands", &[]),
    ("noun", false, "Hamas leaders weighed Israeli demands in Doha on Sunday.", &[]),
    ("noun", true, "Qatar studies ceasefire demands of both sides", &[]),
    ("demands", false, "Israel discusses the plan and demands guarantees from Qatar.", &["new_demands/Israel"]),
    ("noun", true, "Israel approves plan to expand Gaza offensive as talks stall", &[]),
    ("noun", true, "Israel resumes strikes on Gaza as ceasefire talks collapse", &["talks_suspended/Israel"]),
    ("dispatched", true, "Israel agrees to send negotiators to Doha for talks on Hamas proposal", &["delegation_dispatched/Israel"]),
    ("accepted", true, "Israel accepts US-backed proposal for temporary truce, official says", &["proposal_accepted/Israel"]),
    ("accepted", true, "Mediators say Hamas has agreed to a 60-day truce proposal", &["proposal_accepted/Hamas"]),
    ("agreement", true, "Israel and Hamas agree Gaza ceasefire and hostage release deal, Qatar says", &["agreement/Hamas+Israel"]),
    ("agreement", true, "Israel and Hamas sign first phase of Gaza deal in Sharm el-Sheikh", &["agreement/Hamas+Israel"]),
    ("withdrawal", true, "US recalls Gaza negotiating team from Doha after Hamas response", &["delegation_withdrawal/United States"]),
    ("proposal", true, "Trump unveils 20-point plan to end Gaza war", &["proposal/United States"]),
    ("proposal", true, "Qatar and Egypt present new ceasefire proposal to Hamas", &["proposal/Egypt+Qatar"]),
    ("demands", true, "Hamas demands guarantees that war will end before releasing hostages", &["new_demands/Hamas"]),
    ("negation", true, "Israel says it will not send delegation to Doha until Hamas changes position", &[]),
    ("third", true, "Egypt hosts Israeli and Hamas delegations for indirect talks on Trump plan", &[]),
    ("third", true, "Hamas official: we have not received any new proposal", &[]),
    ("withdrawal", false, "Israel's negotiating team returned from Doha on Thursday night without an agreement, officials said.", &["delegation_withdrawal/Israel"]),
    ("agreement", false, "Egypt and Qatar announced on Wednesday that a ceasefire had been reached and would take effect on Sunday.", &["agreement/Egypt+Qatar"]),
    ("accepted", false, "US President Donald Trump said Israel had agreed to the necessary conditions to finalise a 60-day ceasefire.", &["proposal_accepted/Israel"]),
    ("suspended", false, "The talks broke down on Tuesday after Israel refused to withdraw from the Philadelphi corridor.", &["talks_suspended/Israel"]),
    ("suspended", false, "Mediators said the talks between Israel and Hamas broke down on Tuesday.", &["talks_suspended/Hamas+Israel"]),
    ("background", false, "Witkoff, who brokered the January truce, said he was optimistic.", &[]),
    ("noun", true, "Israel's war cabinet rejects Hamas demands, vows to press on", &["proposal_rejected/Israel"]),
    ("accepted", true, "Netanyahu backs Trump's plan to end the Gaza war", &["proposal_accepted/Israel"]),
    ("accepted", false, "Hamas said it supports the Egyptian proposal for a two-month truce.", &["proposal_accepted/Hamas"]),
    ("rejected", true, "Witkoff calls Hamas response to ceasefire proposal 'totally unacceptable'", &["proposal_rejected/United States"]),
    ("third", true, "Arab League backs Egyptian plan for Gaza", &[]),
    ("withdrawal", false, "Israel announced the withdrawal of its delegation from Doha on Friday.", &["delegation_withdrawal/Israel"]),
    ("withdrawal", false, "Hamas negotiators stormed out of the meeting in Cairo.", &["delegation_withdrawal/Hamas"]),
    ("agreement", false, "The Israeli cabinet gave the green light to the deal late on Thursday.", &["agreement/Israel"]),
    ("accepted", false, "Netanyahu signed off on the framework after a marathon meeting.", &["proposal_accepted/Israel"]),
    ("demands", false, "Hamas has called for new guarantees before any deal.", &["new_demands/Hamas"]),
    ("walk-out", false, "Israel froze its participation in the talks.", &["delegation_withdrawal/Israel"]),
    ("withdrawal", true, "Israel pulls negotiators from Doha as Hamas response falls short", &["delegation_withdrawal/Israel"]),
    ("withdrawal", true, "Hamas team leaves Cairo after talks end without breakthrough", &["delegation_withdrawal/Hamas"]),
    ("agreement", true, "Qatar says Israel and Hamas have agreed to extend truce by two days", &["agreement/Hamas+Israel"]),
    ("background", true, "Hamas accuses Israel of stalling, says it accepted mediators' plan weeks ago", &[]),
    ("conditional", true, "Hamas official says group ready to accept deal if war ends", &[]),
    ("threat", true, "Netanyahu vows to bring negotiators home if Hamas stalls", &[]),
    ("hypothetical", true, "Ceasefire talks to resume in Cairo next week, Egyptian officials say", &[]),
    ("third", true, "Israel says it has received Hamas response, is studying it", &[]),
    ("speaker", false, "Hamas said on Saturday it had accepted the proposal.", &["proposal_accepted/Hamas"]),
    ("suspended", true, "Oman calls off sixth round of Iran-US nuclear talks", &["talks_suspended/Oman"]),
    ("suspended", false, "Muscat cancelled the round planned for Sunday, the Omani foreign ministry said.", &["talks_suspended/Oman"]),
    ("negation", false, "Hamas didn't reject the plan outright.", &[]),
    ("negation", false, "Washington won't withdraw its envoy.", &[]),
    // ---- traps: denial ----
    ("denial", true, "Israeli official denies agreeing to end the Gaza war in hostage deal", &[]),
    ("denial", false, "Qatar denied suspending its mediation.", &[]),
    ("denial", false, "The Kremlin denied that it had withdrawn its delegation.", &[]),
    ("denial", true, "Kremlin denies agreeing to a ceasefire in Istanbul", &[]),
    ("denial", false, "Hamas denied reports that it had accepted the proposal.", &[]),
    ("denial", false, "Israel denies recalling negotiators from Doha.", &[]),
    ("denial", false, "Egypt denied presenting a new plan.", &[]),
    ("denial", false, "The White House denied that it had pulled its team.", &[]),
    ("denial", false, "Netanyahu's office denied that Israel rejected the framework.", &[]),
    ("denial", false, "Iran denied demanding new guarantees.", &[]),
    ("denial", false, "Hamas officials denied walking out of the talks.", &[]),
    ("denial", false, "Reports that Qatar had halted the talks were false, Doha said.", &[]),
    ("denial", false, "Russia denied it had suspended the negotiations.", &[]),
    ("denial", false, "Ukraine dismissed reports that it had recalled its team.", &[]),
    // ---- traps: threats and warnings ----
    ("threat", true, "Russia threatens to walk out of talks over drone strikes", &[]),
    ("threat", false, "Hamas threatened to suspend the talks.", &[]),
    ("threat", false, "Israel warned it would pull its negotiators.", &[]),
    ("threat", false, "Qatar has threatened to end its mediation.", &[]),
    ("threat", false, "Iran threatened to reject any new proposal.", &[]),
    ("threat", false, "Netanyahu vowed to recall the team if Hamas stalls.", &[]),
    ("threat", false, "The United States warned that it would withdraw its delegation.", &[]),
    ("threat", false, "Egypt warned that it would halt its mediation.", &[]),
    ("threat", false, "Ukraine threatens to quit the talks.", &[]),
    ("threat", false, "Hamas is threatening to reject the plan.", &[]),
    ("threat", false, "Russia warned Ukraine against rejecting the memorandum.", &[]),
    ("threat", false, "Israel threatened to halt the negotiations.", &[]),
    ("threat", false, "Moscow threatened to pull its negotiators out of Istanbul.", &[]),
    ("threat", false, "A Russian diplomat warned that Moscow could pull its delegation if attacks continued.", &[]),
    ("threat", false, "Hamas warned that it might walk away from the talks.", &[]),
    // ---- traps: conditionals ----
    ("conditional", false, "Israel would withdraw its delegation if Hamas made new demands.", &[]),
    ("conditional", false, "Hamas will accept the proposal if Israel ends the war.", &[]),
    ("conditional", false, "If Russia agrees, Ukraine will sign the truce.", &[]),
    // a condition that opens the sentence governs the main clause after its comma
    ("conditional", true, "If members vote no, union says it returns to the table", &[]),
    ("conditional", true, "If Israel agrees, Hamas says it accepts the proposal", &[]),
    // a modal opens another predicate: the object search of "leaves" stops at "could"
    ("modal", false, "Israel said it would not sign a deal that leaves Hamas in power and could leave the table instead.", &[]),
    ("conditional", true, "Ukraine would accept a truce if Russia stopped strikes, Zelensky says", &[]),
    ("conditional", false, "Unless Hamas responds, Israel will recall its team.", &[]),
    ("conditional", false, "Qatar said it would suspend its mediation unless both sides showed seriousness.", &[]),
    ("conditional", false, "When asked if the U.S. would return to the Doha talks, Pigott declined to say.", &[]),
    ("conditional", false, "Iran will accept the offer provided sanctions are lifted.", &[]),
    ("conditional", false, "Israel could accept the framework if the hostages are freed first.", &[]),
    ("conditional", false, "Hamas may reject the plan unless it ends the war.", &[]),
    ("conditional", false, "Egypt will present a proposal if both sides agree.", &[]),
    ("conditional", false, "Russia would sign a deal if Kyiv withdrew from the four regions.", &[]),
    ("conditional", false, "Whether Israel sends a team depends on Hamas's reply.", &[]),
    ("conditional", false, "Should talks fail, Qatar would suspend its role.", &[]),
    ("conditional", false, "Netanyahu would approve the deal only if troops stay in Rafah.", &[]),
    // ---- traps: hypotheticals, future, plans ----
    ("hypothetical", true, "Mossad chief may meet Qatari PM in Europe to revive hostage talks", &[]),
    ("hypothetical", false, "Israel could recall its negotiators within days.", &[]),
    ("hypothetical", false, "Hamas is expected to accept the proposal.", &[]),
    ("hypothetical", false, "Israel plans to send a delegation to Cairo next week.", &[]),
    ("hypothetical", false, "Qatar might suspend its mediation.", &[]),
    ("hypothetical", false, "The United States is set to present a new proposal.", &[]),
    ("hypothetical", false, "A senior Hamas official said a delegation would travel to Cairo for more talks.", &[]),
    ("hypothetical", false, "Egypt is likely to present a compromise.", &[]),
    ("hypothetical", false, "Iran is considering the European offer.", &[]),
    // what a side "talks of" doing is an idea, not the act; only the gerund right after
    // "of" is hedged
    ("hypothetical", false, "With the government talking of dissolving its negotiating team, the Hamas talks look doomed.", &[]),
    ("hypothetical", false, "Israeli officials talk of recalling their delegation from Doha.", &[]),
    ("hypothetical", false, "Talk of Israeli conditions is a fabrication, Hamas says, and the talks resume on Monday.", &["delegation_dispatched/Hamas+Israel"]),
    ("hypothetical", false, "Israel recalls its delegation after talking to Hamas mediators.", &["delegation_withdrawal/Israel"]),
    ("hypothetical", false, "Hamas hopes to reach a deal by Ramadan.", &[]),
    ("hypothetical", false, "Ukraine wants to sign a ceasefire agreement.", &[]),
    ("hypothetical", false, "Russia is ready to resume talks in Istanbul.", &[]),
    ("hypothetical", false, "Israel is weighing whether to send negotiators.", &[]),
    ("hypothetical", true, "Mediators to put Paris outline to Hamas", &[]),
    ("hypothetical", false, "The mediators should present a bridging proposal.", &[]),
    ("hypothetical", false, "Washington urged Hamas to accept the deal.", &[]),
    ("hypothetical", false, "The US, Qatar and Egypt urged both sides to finalise the agreement.", &[]),
    ("hypothetical", false, "Israel might agree to a truce.", &[]),
    // ---- traps: intent and purpose ----
    ("plan", false, "Mediators spent two weeks trying to broker an agreement.", &[]),
    ("plan", false, "We are working to reach another deal for the release of our hostages.", &[]),
    ("plan", false, "Egypt is trying to present a new plan.", &[]),
    ("plan", false, "Qatar seeks to broker a truce before Ramadan.", &[]),
    ("plan", false, "Hamas aims to reach an agreement within days.", &[]),
    ("plan", false, "Israel wants to reach a deal on its terms.", &[]),
    ("plan", false, "Iran intends to reject any proposal that limits enrichment.", &[]),
    ("plan", false, "The envoy is pushing to secure a ceasefire.", &[]),
    ("plan", false, "Ukraine is preparing to send a delegation.", &[]),
    ("plan", false, "Washington is attempting to broker a deal.", &[]),
    ("plan", false, "Russia is about to suspend the talks.", &[]),
    ("plan", false, "The mediators met to hammer out a framework.", &[]),
    ("plan", false, "Hamas plans to reject the offer.", &[]),
    ("plan", false, "Israel is due to send negotiators on Sunday.", &[]),
    ("plan", false, "The talks aim to reach a ceasefire.", &[]),
    // ---- traps: questions ----
    ("question", true, "Can the Paris framework bridge the gaps?", &[]),
    ("question", true, "Will Hamas accept the proposal?", &[]),
    ("question", true, "Is Israel about to recall its negotiators?", &[]),
    ("question", false, "Did Qatar suspend its mediation?", &[]),
    ("question", true, "Will the Istanbul talks bring a ceasefire in Ukraine?", &[]),
    ("question", false, "Has Russia rejected the memorandum?", &[]),
    ("question", true, "Why did Israel pull its team out of Doha?", &[]),
    ("question", true, "What happens if Hamas rejects the deal?", &[]),
    ("question", false, "Could Egypt present a new proposal?", &[]),
    ("question", true, "Does the US still back the plan?", &[]),
    ("question", false, "Is a deal reached at last?", &[]),
    ("question", true, "How Qatar suspended its mediation?", &[]),
    // ---- traps: background ----
    ("background", false, "Israel has long accepted a deal on the table.", &[]),
    ("background", false, "Hamas has long rejected it.", &[]),
    ("background", false, "These demands far exceeded what Israel had previously agreed to.", &[]),
    ("background", false, "Israel, which recalled its team last week, said talks could resume.", &[]),
    ("background", false, "The Mossad chief had recalled the team earlier this month.", &[]),
    ("background", false, "Hamas had rejected a similar plan in February.", &[]),
    ("background", false, "After Hamas accepted the offer, Qatar called the response positive.", &[]),
    ("background", false, "Since Israel withdrew its delegation, the talks have stalled.", &[]),
    ("background", false, "Despite Egypt's new proposal, fighting continued.", &[]),
    ("background", false, "Qatar suspended its mediation last year.", &[]),
    ("background", false, "Two years ago Russia and Ukraine agreed a grain deal.", &[]),
    ("background", false, "Ukraine rejected the memorandum last month.", &[]),
    ("background", false, "Israel previously rejected the proposal.", &[]),
    ("background", false, "The plan, which Kyiv accepted on Tuesday, is now with Moscow.", &[]),
    ("background", false, "Hamas first broke the Oct. 7 ceasefire.", &[]),
    ("background", false, "The move followed months in which Hamas has repeatedly rejected proposals.", &[]),
    ("background", false, "Following Israel's rejection of the plan, mediators regrouped.", &[]),
    ("background", false, "The foreign ministry said it had warned both sides ten days earlier that it would step back.", &[]),
    ("background", false, "Hours after Netanyahu turned it down, Blinken said there was space for a deal.", &[]),
    ("background", false, "When Egypt presented its plan in March, Israel ignored it.", &[]),
    // ---- traps: opinion and analysis ----
    ("opinion", true, "Opinion: the Gaza bridging proposal was dead on arrival", &[]),
    ("opinion", true, "Analysis: what Russia's memorandum tells us about its war aims", &[]),
    ("opinion", true, "Opinion: a pause is not peace", &[]),
    ("opinion", true, "Comment: Israel rejects the plan, and the region pays", &[]),
    ("opinion", true, "Editorial: Hamas accepts nothing", &[]),
    // ---- traps: nouns and adjectives that look like triggers ----
    ("noun", false, "The offer remains on the table.", &[]),
    ("noun", false, "These demands far exceeded expectations.", &[]),
    // (was a trap until the class "a proposal falls short": the blind corpora label a
    // text judged short by the side it is put to as that side's rejection)
    ("rejection", false, "Israel says Hamas-backed plan falls short.", &["proposal_rejected/Israel"]),
    ("noun", false, "Hamas's demands include a full withdrawal.", &[]),
    ("noun", false, "The proposal accepted by Hamas is far from Israel's requirements.", &[]),
    ("noun", false, "Israel was cast as the side refusing a deal.", &[]),
    ("noun", false, "The women on the agreed list were not freed.", &[]),
    ("noun", false, "Israel's rejection of the plan drew criticism.", &[]),
    ("noun", false, "The withdrawal of troops from Rafah is a key demand.", &[]),
    ("noun", false, "The proposed deal would free 33 hostages.", &[]),
    ("noun", false, "A recall of the team would be a blow to the talks.", &[]),
    ("noun", false, "The Paris framework drawn up with US officials would pair a truce with releases.", &[]),
    // ---- traps: third parties and unrelated acts ----
    ("third", true, "UN Security Council backs Gaza ceasefire plan", &[]),
    ("third", false, "The council adopted a US-drafted resolution supporting the three-phase proposal.", &[]),
    ("third", false, "Saudi mediators halted the Sudan negotiations.", &[]),
    ("third", false, "The EU welcomed the proposal.", &[]),
    ("third", false, "France and Britain presented a plan for a peacekeeping force.", &[]),
    ("third", false, "Palestinians celebrated in Rafah.", &[]),
    ("third", false, "The union accepted the pay offer.", &[]),
    ("third", false, "Crowds rejected the deal in the streets of Tel Aviv.", &[]),
    ("third", false, "The Red Cross sent a team to Gaza.", &[]),
    ("third", false, "Turkey's delegation left Istanbul on Friday.", &[]),
    ("third", false, "Hungary rejected the EU plan.", &[]),
    ("third", false, "The league and broadcasters agreed a truce in their TV-rights row.", &[]),
    ("third", false, "Blinken sees space for a deal despite Israeli rebuff.", &[]),
    ("third", false, "Hamas is studying the Paris proposal.", &[]),
    ("third", false, "Hamas views Biden's proposal positively.", &[]),
    ("third", false, "Truce begins; first 13 Israeli hostages freed from Gaza.", &[]),
    ("dispatched", false, "Israeli negotiators left for Cairo on Sunday.", &["delegation_dispatched/Israel"]),
    // ---- fifth blind round's classes ----
    // "open to talks" is a stance (adjective), not talks opening
    ("stance", false, "Hamas said it remained open to talks on a longer truce.", &[]),
    ("stance", true, "Israel open to dialogue on hostages, officials say", &[]),
    ("dispatched", true, "Israel and Hamas open talks in Doha", &["delegation_dispatched/Hamas+Israel"]),
    // the owner of what is judged is not its judge; the speaker is
    ("judge", false, "Israel's new conditions are unacceptable, Hamas said.", &["new_demands/Israel", "proposal_rejected/Hamas"]),
    ("judge", false, "Hamas's counter-offer is a non-starter, analysts said.", &[]),
    // an envoy leaving once the errand is done ended a visit; leaving after a breakdown did not
    ("visit", false, "The US envoy left Doha on Monday after delivering the new draft to Hamas.", &[]),
    ("visit", false, "Qatar's negotiators left Cairo after meeting the Egyptian spy chief.", &[]),
    ("withdrawal", false, "Israeli negotiators left Cairo after the talks collapsed.", &["delegation_withdrawal/Israel"]),
    // extending a truce is a new agreement of both sides; one side prolonging its own
    // pause, a refusal or a failure to extend is not
    ("extension", true, "Israel and Hamas extend Gaza truce by two more days", &["agreement/Hamas+Israel"]),
    ("extension", false, "Israel says it will not extend the truce beyond Friday.", &[]),
    ("extension", false, "Israel extended its unilateral pause in the strikes.", &[]),
    // "presents somebody with a plan": the giver proposes; the passive recipient does not
    ("proposal", true, "Qatar presents Hamas with new framework for hostage talks", &["proposal/Qatar"]),
    ("proposal", false, "Israel was presented with a new proposal on Sunday.", &[]),
    // the talks or the truce as the subject, no party named: the sides' act; not when it
    // names somebody else or recalls earlier ones
    ("joint", true, "Ceasefire talks begin in Cairo", &["delegation_dispatched/"]),
    ("joint", true, "Fighting erupts in Rafah, shattering the truce", &["talks_suspended/"]),
    ("joint", false, "Analysts explain why previous truces collapsed within days.", &[]),
    ("joint", true, "Sudan truce collapses as fighting resumes in Khartoum", &[]),
    // "agreed to <verb> <its object>": the infinitive's verb is the act
    ("infinitive", false, "Israel and Hamas agreed to pause their talks until Sunday.", &["talks_suspended/Hamas+Israel"]),
    ("infinitive", false, "Hamas has agreed to offer a three-day lull, sources said.", &[]),
    ("accept", false, "Hamas agreed to the Egyptian proposal on Monday.", &["proposal_accepted/Hamas"]),
    // going home, or leaving home for the talks, is no dispatch and no walk-out
    ("home", false, "The Israeli team returned to Jerusalem as the talks paused.", &[]),
    ("home", false, "The Israeli delegation left Jerusalem on Sunday ahead of the Cairo round.", &[]),
    // two names of one side agreeing with each other
    ("internal", true, "Netanyahu and the Israeli war cabinet agree on a new army budget deal", &[]),
    // a party leaving an agreement in force ends it; the sides extending a deal agree anew
    ("quit deal", true, "Hamas pulls out of the ceasefire deal", &["talks_suspended/Hamas"]),
    ("quit deal", false, "Israel quit the hostage deal on Sunday, officials said.", &["talks_suspended/Israel"]),
    ("quit deal", false, "Israel threatened to quit the hostage deal.", &[]),
    ("extension", false, "The ceasefire deal was extended by a week.", &["agreement/"]),
    // a meeting is both sides': the one met, or talked "with", acts too; a venue does not
    ("meeting", false, "Hamas officials said they met new U.S. envoy in Doha.", &["delegation_dispatched/Hamas+United States"]),
    ("meeting", false, "Israel held talks in Cairo on Sunday with Egyptian officials.", &["delegation_dispatched/Egypt+Israel"]),
    ("meeting", false, "Hamas leaders met the Pope in Rome.", &[]),
    // coming back to a suspended deal is coming back to the table
    ("rejoin", true, "Hamas rejoins the ceasefire deal after guarantees", &["delegation_dispatched/Hamas"]),
    ("other business", true, "Israel and Egypt agree railway link roadmap", &[]),
    ("rejoin", false, "Israel said it would never return to the hostage deal.", &[]),
    ("proposal", false, "Qatar sent Israel new ideas to bridge the gaps, officials said.", &["proposal/Qatar"]),
    ("meeting", true, "Israeli and Hamas negotiators meet in Qatar for new round", &["delegation_dispatched/Hamas+Israel"]),
    // one side leaves while the text waits for its signature: a walk-out
    ("walk-out", true, "Hamas delegation leaves Cairo without signing truce text", &["delegation_withdrawal/Hamas"]),
    ("walk-out", false, "The Israeli team left Doha without signing the document, officials said.", &["delegation_withdrawal/Israel"]),
    ("walk-out", false, "Hamas said its delegation would not leave Cairo without signing a deal.", &[]),
    // a precondition: what the other side must do before the talks or the truce
    ("precondition", true, "Hamas says Israel must withdraw from Rafah before any deal", &["new_demands/Hamas"]),
    ("precondition", true, "Netanyahu: Hamas must free all hostages before talks resume", &["new_demands/Israel"]),
    ("precondition", false, "The talks must succeed, Qatar's prime minister said.", &[]),
    ("precondition", true, "Israel must act before it is too late, aid groups warn", &[]),
    // one side committing to a truce accepts it; "remains committed" is a stance
    ("accepted", true, "Hamas commits to ceasefire after Israeli truce offer", &["proposal_accepted/Hamas"]),
    ("stance", false, "Israel said it remained committed to the ceasefire deal.", &[]),
    // leaving once a round is over ends a visit; leaving after the talks failed is a walk-out
    ("visit", false, "The Qatari delegation left Gaza after three days of talks that made progress, sources said.", &[]),
    ("withdrawal", false, "Israel's negotiators left Doha after talks collapsed over the maps.", &["delegation_withdrawal/Israel"]),
    // a call for a truce with its terms is a proposal; a call for "a ceasefire" is advocacy
    ("proposal", true, "Egypt, Qatar call for Gaza truce starting Sunday", &["proposal/Egypt+Qatar"]),
    ("proposal", true, "Qatar calls for immediate 60-day ceasefire in Gaza", &["proposal/Qatar"]),
    ("proposal", true, "Egypt calls for ceasefire as fighting rages in Rafah", &[]),
    ("proposal", true, "Arab League summit calls for immediate Gaza ceasefire", &[]),
    ("withdrawal", true, "Israel orders government negotiators home from Doha talks", &["delegation_withdrawal/Israel"]),
    // rejecting a call for a truce or for talks rejects what was proposed
    ("rejected", true, "Hamas rejects call for Gaza ceasefire", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Netanyahu rejects calls for his resignation over Gaza", &[]),
    // an apology or an inquiry called for is a grievance, not terms
    ("rejected", true, "Israel rejects calls for apology over convoy strike", &[]),
    ("rejected", false, "Hamas rejected calls for an independent inquiry into the killings.", &[]),
    ("rejected", true, "Hamas rejects calls for a prisoner exchange", &["proposal_rejected/Hamas"]),
    // a purpose infinitive starts another clause: its noun is not the verb's object
    ("purpose", false, "Israel said it was halting operations in Rafah to give the mediation efforts a chance.", &[]),
    // "rivals", "foes" name both sides by themselves
    ("collective", true, "Gaza foes agree truce in Cairo", &["agreement/"]),
    ("collective", true, "Israel and Hamas rivals? Not at the table, says Qatar", &[]),
    // leaving an institution or a contest is not leaving the talks
    ("institution", true, "Hamas pulls its ministers out of the unity government", &[]),
    ("institution", true, "Israel withdraws from talks with the government of Egypt", &["delegation_withdrawal/Israel"]),
    // a party's "tests" for a deal are its conditions
    ("demands", true, "Hamas sets out five tests for any ceasefire deal", &["new_demands/Hamas"]),
    ("precondition", true, "Hamas says talks hinge on full Israeli withdrawal", &["new_demands/Hamas"]),
    // a headline "agree to resume …" is a plan (the resumption is news when it happens)
    ("dispatched", true, "Israel and Hamas agree to resume Gaza talks in Cairo", &[]),
    // a passive names the accuser, not the subject ("blamed by Israel for …")
    ("speaker", false, "The envoy, blamed by Israel for the collapse of the last round, arrived in Cairo for talks.", &[]),
    // a country after "in" is the venue of the talks, not a side
    ("venue", true, "Israel says talks with Hamas in Qatar have broken down", &["talks_suspended/Hamas"]),
    // the other side's demands, criticised: nobody's new demands
    ("noun", true, "Hamas slams unacceptable Israeli demands", &[]),
    ("noun", true, "Hamas slams 'gangster-like' Israeli demands", &[]),
    ("effort", true, "Israel and Hamas agree to form teams to restart talks", &[]),
    // not signing what is on the table rejects it; saying no to a plan rejects it
    ("rejected", true, "Hamas declines to sign Cairo document", &["proposal_rejected/Hamas"]),
    ("rejected", false, "Israel declined to comment on the talks.", &[]),
    ("rejected", true, "Hamas says no to disarmament plan", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Israel says no progress at Doha talks", &[]),
    // a trip to a signing ceremony is the agreement's logistics, not a dispatch
    ("signing-trip", true, "Qatari mediators head to Sharm el-Sheikh for Friday's peace deal signing", &[]),
    ("signing-trip", false, "Israeli and Hamas leaders arrived in Cairo on Monday for a summit at which the accord is expected to be signed.", &[]),
    ("signing-trip", true, "Hamas delegation lands in Cairo ahead of expected signing ceremony", &[]),
    ("signing-trip", true, "Hamas delegation arrives in Cairo for final round of talks", &["delegation_dispatched/Hamas"]),
    // one side initialling a text endorses it; both initialling it is their deal
    ("fold", true, "Israel initials US-drafted truce agreement as Hamas stays away", &["proposal_accepted/Israel"]),
    ("fold", true, "Israel and Hamas initial truce agreement in Cairo", &["agreement/Hamas+Israel"]),
    // a date the deal should meet is a schedule; a deadline for a party to act is an ultimatum
    ("noun", true, "Israel and Hamas set end-of-month deadline for truce deal", &[]),
    ("noun", false, "Netanyahu set a deadline for the Gaza agreement on Sunday, without saying what would follow.", &[]),
    ("demands", true, "Israel sets deadline for Hamas to respond to truce offer", &["new_demands/Israel"]),
    ("noun", false, "Israeli negotiators reached a preliminary understanding with mediators on Tuesday.", &[]),
    // a party and another group signing a text together is their agreement
    ("fold", false, "The Israeli government and the Palestinian factions signed a roadmap in Cairo on Thursday.", &["agreement/Israel"]),
    // a participle after "the" with a verb of its own is a noun phrase
    ("noun", true, "Mediators: the agreement initialled in Cairo remains the basis for peace", &[]),
    // commerce agreed, a disaster team, a trip to explain, an allegation brushed aside
    ("offtopic", true, "Egypt, Qatar agree to boost gas trade", &[]),
    ("offtopic", false, "A Qatari disaster team and supplies left for Gaza on Friday.", &[]),
    ("dispatched", true, "Israel sends envoy to Cairo to explain end of Rafah operation", &[]),
    ("rejected", false, "Qatar brushed aside suggestions that its mediators favoured Hamas.", &[]),
    // giving up one's objection accepts; what is demanded without "that" is not done;
    // debt talks are another business
    ("accepted", true, "Netanyahu drops objection to Egyptian monitors at Rafah", &["proposal_accepted/Israel"]),
    ("accepted", false, "Israel dropped its objection to Qatari mediation on Thursday.", &["proposal_accepted/Israel"]),
    ("demands", false, "Hamas hardliners demanded he step down and stop negotiating with Israel.", &["new_demands/Hamas"]),
    ("offtopic", false, "The Egyptian government presented its restructuring proposal to bondholders in London.", &[]),
    // inviting the other side's leader offers a meeting; a joint statement signed is a deal;
    // a visit to a party's capital is a trip to that party
    ("invitation", true, "Netanyahu invites Hamas leaders to Cairo meeting", &[]),
    ("invitation", true, "Egypt's Sisi invites Netanyahu to Cairo", &[]),
    ("proposal", true, "Qatar invites journalists to Doha forum", &[]),
    ("agreement", true, "Israeli, Hamas negotiators sign joint statement in Cairo", &["agreement/Hamas+Israel"]),
    ("dispatched", true, "Netanyahu arrives in Doha on first visit in years", &["delegation_dispatched/Israel"]),
    ("dispatched", true, "Netanyahu arrives in Paris on state visit", &[]),
    ("plan", true, "Israeli, Egyptian ministers speak by phone, agree to meet 'soon'", &[]),
    ("plan", false, "Israel and Hamas agreed to resume talks in Cairo next week.", &[]),
    ("offtopic", true, "Egypt, Qatar sign comprehensive strategic partnership agreement", &[]),
    ("walk-out", true, "Hamas delegation leaves Gaza for Cairo talks", &[]),
    ("noun", true, "Gaza truce monitors pull out as Hamas deadline expires", &[]),
    ("offtopic", true, "Cairo, Washington initial deal on sharing cost of U.S. troops", &[]),
    ("stance", true, "Israel says door to talks with Hamas remains open", &[]),
    ("demands", false, "Israel revived a demand to keep troops on the Rafah border, officials said.", &["new_demands/Israel"]),
    ("noun", false, "Hamas negotiators want guarantees that Israel will stop strikes, adding to Israel's demands over hostages.", &[]),
    ("offtopic", false, "Talks between the transport ministry and truckers' unions broke up without agreement.", &[]),
    ("suspended", true, "Israel-Hamas summit breaks up without deal on hostages", &["talks_suspended/Hamas+Israel"]),
    // remaining is not leaving; a party's own congress is not the talks; a peace process
    // called off is suspended; a NATO bid is another dossier
    ("noun", false, "Our correspondent looks at what is left of the Cairo talks between Israel and Hamas.", &[]),
    ("noun", false, "Hamas said it had convened its shura council to study the proposal.", &[]),
    ("suspended", true, "Netanyahu calls off peace process with Hamas", &["talks_suspended/Israel"]),
    ("offtopic", true, "Egyptian parliament ratifies Sweden's NATO bid after delay", &[]),
    // a named group is somebody, not an anaphor for the headline's subject
    ("speaker", false, "Yemen's Iran-aligned Houthi movement rejected a Qatari proposal for a nationwide truce.", &[]),
    // an ambassador recalled from a third country is a protest elsewhere; recalled from the
    // other side (or the other's expelled), the channel between the parties is cut — two
    // blind corpora's labellers counted it a withdrawal
    ("noun", true, "Israel recalls ambassador to Norway, expels envoy over remarks", &[]),
    ("withdrawal", true, "Ukraine recalls ambassador to Russia over Istanbul talks row", &["delegation_withdrawal/Ukraine"]),
    ("withdrawal", true, "Ukraine expels Russian ambassador, orders consulate closed", &["delegation_withdrawal/Ukraine"]),
    // talks that end with nothing agreed, or fail, have failed
    ("suspended", true, "Gaza truce talks end without agreement, Egypt says", &["talks_suspended/Egypt"]),
    ("suspended", true, "Egypt says Cairo talks on Gaza failed", &["talks_suspended/Egypt"]),
    ("suspended", true, "Qatar: Gaza talks have not failed", &[]),
    ("suspended", true, "Gaza talks end without breakthrough, more meetings planned", &[]),
    ("suspended", false, "Egypt said years of talks had failed to produce a lasting truce.", &[]),
    ("suspended", false, "Israeli and Hamas negotiators ended two days of meetings in Doha on Tuesday and will meet again next week.", &[]),
    // a party dissolving its negotiating team has left the table
    ("walk-out", true, "Netanyahu disbands team negotiating with Hamas", &["delegation_withdrawal/Israel"]),
    ("walk-out", false, "Israel dissolved its negotiating panel on Monday, officials said.", &["delegation_withdrawal/Israel"]),
    // a party saying it will not sign what is on the table rejects it
    ("rejected", true, "Israel will not sign Cairo truce deal, Netanyahu's office says", &["proposal_rejected/Israel"]),
    ("rejected", false, "Hamas said it would not sign the agreement unless the war ended.", &[]),
    // a state's name, a capitalised modifier and an armed head name somebody else
    ("speaker", true, "Egyptian Islamist militants reject truce offer", &[]),
    ("speaker", true, "Israel And Hamas Agree Truce In Cairo", &["agreement/Hamas+Israel"]),
    // a deal only said to be agreed "in principle" is a draft of both sides, not the deal
    // (two sides *reaching* one make their deal: relabelled in round 70, see below)
    ("fold", true, "Israel and Hamas reach truce deal 'in principle', mediators say", &["agreement/Hamas+Israel"]),
    ("fold", true, "Israel agrees in principle to truce deal", &["proposal_accepted/Israel"]),
    ("fold", true, "US envoy says Hamas deal agreed 'in principle'", &["proposal/Hamas+United States"]),
    // the passive's object may carry its counterpart: "ceasefire with Hamas extended"
    ("pos", true, "Ceasefire with Hamas extended till Sunday, Israeli officials say", &["agreement/Hamas+Israel"]),
    // both sides' next round announced is a schedule; one side's announced trip is news
    ("plan", false, "Israel and Hamas reached understandings on aid and will return to Cairo next week, mediators said.", &[]),
    ("plan", true, "Israel, Hamas to resume talks in Doha on Sunday", &[]),
    // a party that stops taking part in talks walks out of them
    ("walk-out", true, "Hamas suspends participation in Cairo talks", &["delegation_withdrawal/Hamas"]),
    ("walk-out", false, "Israel postponed its participation in the Doha meeting on Sunday, officials said.", &["delegation_withdrawal/Israel"]),
    // a mediator arriving to mediate is a dispatch
    ("dispatched", true, "Qatari envoy arrives in Gaza to mediate between the sides", &["delegation_dispatched/Qatar"]),
    // maps put on the table are proposals; what is ruled out was asked for
    ("proposal", true, "Israel submits new withdrawal maps to mediators", &["proposal/Israel"]),
    ("proposal", false, "Israel and Hamas exchanged maps of the proposed buffer zone on Tuesday.", &["proposal/Hamas+Israel"]),
    ("rejected", true, "Netanyahu rules out full withdrawal from Gaza", &["proposal_rejected/Israel"]),
    ("rejected", true, "Hamas rules out disarmament in any truce deal", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Egypt rules out role in Gaza security force", &[]),
    // a condition by other words; a sentence-opening "after …" phrase is background; an
    // adjective after "keep" and a noun after "an immediate" are not verbs
    ("conditional", false, "Qatar offered new guarantees on the understanding that Hamas returns to the talks.", &[]),
    ("background", false, "After meeting the Qatari envoy, Hamas officials said they would study the text.", &[]),
    ("noun", true, "US presses Israel to keep options open at Gaza talks", &[]),
    ("noun", false, "Hamas listed its terms: an immediate return to talks and a full Israeli withdrawal.", &[]),
    // changes asked of a text are demands; a referendum side is not a negation; a text
    // sent to parliament is procedure
    ("demands", true, "Hamas presses mediators for changes to the ceasefire text", &["new_demands/Hamas"]),
    ("demands", true, "Hamas delivers written proposals to rewrite the truce deal", &["new_demands/Hamas"]),
    ("proposal", true, "Qatar delivers written proposals to bridge the gaps", &["proposal/Qatar"]),
    ("demands", false, "Hamas, leading the No camp, set out its conditions for a new truce.", &["new_demands/Hamas"]),
    ("proposal", true, "Netanyahu sends ceasefire text to parliament for approval", &[]),
    // taking one's seat at the talks; announcing one stays away is a boycott
    ("dispatched", true, "Hamas joins Cairo talks on second phase", &["delegation_dispatched/Hamas"]),
    ("dispatched", true, "Israel will join Cairo talks next week", &[]),
    // what is joined comes before "at"; the talks after it are only where
    ("none", true, "Qatar joins 'humanitarian alliance' at Cairo talks", &[]),
    ("none", false, "Egypt joined the new donors coalition at the Doha talks on Monday.", &[]),
    ("dispatched", false, "Hamas joined the talks at the Egyptian intelligence headquarters.", &["delegation_dispatched/Hamas"]),
    ("walk-out", true, "Hamas won't join Cairo talks while strikes go on", &["delegation_withdrawal/Hamas"]),
    ("walk-out", false, "Israel said it would not attend the Doha round.", &["delegation_withdrawal/Israel"]),
    // who attends as an observer or as a description is not dispatched
    ("visit", false, "Qatar's envoy, attending the talks in Cairo, set out a framework.", &["proposal/Qatar"]),
    ("visit", false, "Egyptian and Qatari envoys are also attending the meeting.", &[]),
    // what is demanded is not done
    ("noun", false, "Hamas repeated its demand that Israel join the talks in Cairo.", &[]),
    // agreeing to make an effort settles nothing
    ("effort", true, "Egypt, Qatar agree to keep pushing for Gaza ceasefire", &[]),
    ("effort", false, "Israel and Hamas agreed to work towards a lasting truce.", &[]),
    // a verb coordinated with an urged infinitive is urged too
    ("urged", false, "Qatar's emir urged both sides to halt the fighting and return to talks.", &[]),
    // the subject of a subordinate clause or of an attribution is not a side of the act
    ("attribution", true, "Ceasefire talks open in Cairo as Qatar seeks lasting truce", &["delegation_dispatched/"]),
    // talks put on hold / on ice with nobody named: the sides'
    ("suspended", true, "Ceasefire talks put on hold after Rafah strike", &["talks_suspended/"]),
    ("suspended", false, "Qatar put the Doha talks on ice until both sides show seriousness.", &["talks_suspended/Qatar"]),
    // ---- seventeenth blind round's classes ----
    // a named party coordinated with a side it does not name is a joint subject
    ("agreement", true, "Israel, militants agree ceasefire in Egypt-mediated talks", &["agreement/Israel"]),
    ("agreement", true, "Separatists and Ukraine sign ceasefire at Minsk talks", &["agreement/Ukraine"]),
    ("agreement", false, "Officials said the army and the Hamas leadership had agreed a three-day truce in Cairo.", &["agreement/Hamas"]),
    ("agreement", true, "Hamas signs truce with the army, agrees to free four hostages", &["agreement/Hamas"]),
    ("accepted", true, "Hamas agrees to ceasefire deal, militants say", &["proposal_accepted/Hamas"]),
    // a party's own terms are its conditions; a text drafted with terms is a proposal
    ("demands", true, "Kremlin sets terms for halting offensive in Ukraine", &["new_demands/Russia"]),
    ("demands", false, "Israel handed the mediators its terms for ending the war on Tuesday.", &["new_demands/Israel"]),
    ("proposal", false, "Qatar drafted the ceasefire terms and sent them to both capitals.", &["proposal/Qatar"]),
    // what a party demands of named others is not their act
    ("demanded", true, "Israel insists Hamas, Qatar join the Cairo talks in person", &[]),
    ("demanded", true, "Hamas demands Israel withdraw negotiators' restrictions, pull troops out of Rafah", &["new_demands/Hamas"]),
    ("demanded", false, "Qatar insisted Israel and Hamas return to the table within a week.", &[]),
    // a law one side passes on the other's status is terms put to it: rejecting it rejects them
    ("rejected", true, "Hamas rejects Israeli law on Gaza's post-war administration", &["proposal_rejected/Hamas"]),
    // a proposed cabinet or line-up is what a power-sharing party accepts or rejects
    ("rejected", true, "Hamas rejects new technocrat cabinet line-up for post-war Gaza", &["proposal_rejected/Hamas"]),
    // a passive's agent may follow the verb's particle
    ("rejected", false, "The Egyptian paper was turned down by Hamas on Sunday, officials said.", &["proposal_rejected/Hamas"]),
    // listing or spelling out conditions sets them
    ("demands", true, "Hamas lists conditions for return to Cairo talks", &["new_demands/Hamas"]),
    ("demands", false, "Israel spelled out its conditions for a second phase on Sunday.", &["new_demands/Israel"]),
    // "rather than rejecting it", "instead of walking out": the act set aside
    ("negated", false, "Israeli officials said Israel was seeking changes to the Egyptian paper rather than rejecting it.", &[]),
    ("negated", false, "Hamas sent a written reply with amendments instead of rejecting the proposal outright.", &[]),
    // "to" + a bare verb that is none of the objects is a purpose, not the destination
    ("dispatched", true, "Israel offers return of Gaza detainees to revive peace process", &[]),
    ("dispatched", false, "Hamas offered the return of three bodies to revive the ceasefire talks.", &[]),
    // "govt" is a role noun of a coordinated subject like "government"
    ("agreement", true, "Israel govt, Hamas agree ceasefire in Cairo", &["agreement/Hamas+Israel"]),
    // "left out of" is excluded from, not walked out of
    ("withdrawal", true, "Egypt left out of Gaza truce talks, Cairo paper says", &[]),
    ("withdrawal", false, "Qatar was left out of the talks on the prisoner exchange, diplomats said.", &[]),
    // a bare verb form after "from" is a noun
    ("dispatched", true, "Israel bans Hamas negotiators from travel", &[]),
    // quoted or hyphenated modifiers after a preposition: the word is a noun
    ("demands", true, "Hamas accuses Israel of 'bad-faith' demands as Cairo talks stall", &[]),
    ("demands", false, "Iran's foreign ministry said Washington had come with \"gangster-like\" demands.", &[]),
    // a possessive determiner and an adjective make the word a noun
    ("demands", false, "Hamas says the Egyptian paper ignores its minimum demands.", &[]),
    ("demands", false, "Israel said the draft overlooked their key conditions for a truce.", &[]),
    // a passive infinitive is called for, not done
    ("urged", true, "Hamas calls for Cairo talks to be reopened", &[]),
    ("urged", false, "Qatar wants the negotiations to be resumed next week.", &[]),
    // a mediator leaving the mediation suspends the talks
    ("suspended", true, "Qatar pulls out of Gaza mediation", &["talks_suspended/Qatar"]),
    ("suspended", false, "Egypt withdrew from the Gaza mediation on Sunday, officials said.", &["talks_suspended/Egypt"]),
    // the name right after "sent" is the recipient of what is sent
    ("demands", false, "Hamas said it had sent Israel demands on the prisoner lists.", &["new_demands/Hamas"]),
    // a relative clause that has its verb ends where an auxiliary brings the main predicate back
    ("agreement", false, "Israel and the Hamas negotiators who arrived in Cairo on Monday have signed the truce agreement.", &["agreement/Hamas+Israel"]),
    // a collective subject is the sides named in the sentence, never the proposer named in the text's name
    ("agreement", false, "Both sides accepted the Egyptian framework on Monday, Israeli and Hamas officials said.", &["proposal_accepted/Hamas+Israel"]),
    // "X and leaders of Y": the party whose leaders they are is in the joint subject
    ("agreement", false, "Netanyahu and leaders of Hamas signed the ceasefire agreement in Cairo on Thursday.", &["agreement/Hamas+Israel"]),
    ("agreement", false, "Israeli officials and representatives of Hamas signed the truce deal in Doha on Friday.", &["agreement/Hamas+Israel"]),
    // an opening participle phrase ends at its comma: the subject is after it
    ("demands", false, "Addressing the Cairo conference on its first day, the Hamas leader demanded that Israel withdraw from the Philadelphi corridor.", &["new_demands/Hamas"]),
    ("rejected", false, "Speaking at a news conference in Doha on Monday, Israel's chief negotiator rejected the Egyptian proposal.", &["proposal_rejected/Israel"]),
    // "said on Monday after …, that": the speech verb's "that" after adverbials
    ("rejected", false, "Hamas said on Monday after meeting Egyptian mediators that it had rejected the Israeli proposal.", &["proposal_rejected/Hamas"]),
    // a relative clause dated to a month says who the antecedent is
    ("background", false, "Israel said the Hamas leaders that rejected the Egyptian proposal in March would be held responsible.", &[]),
    // a capitalised word after "demands" is somebody asked to act only when it is a state;
    // a town or an office named there is what is demanded
    ("demands", true, "Hamas demands Rafah crossing control in revised truce terms", &["new_demands/Hamas"]),
    ("demands", true, "Israel demands Philadelphi corridor presence in any ceasefire deal", &["new_demands/Israel"]),
    ("demanded", true, "Hamas demands Turkey expel Israeli envoy over Gaza strikes", &[]),
    // one named party agreeing to a plan accepts it; both agreeing on a framework draft it
    ("accepted", true, "Iran agrees in principle to Omani peace plan", &["proposal_accepted/Iran"]),
    ("accepted", false, "Hamas agreed to the Egyptian framework on Sunday, a senior official said.", &["proposal_accepted/Hamas"]),
    // talks with a partner "on" another business are that business's
    ("other business", false, "The European Union suspended negotiations with Israel on a trade and cooperation agreement.", &[]),
    ("other business", true, "Russia breaks off talks with Ukraine over gas transit deal", &[]),
    ("suspended", false, "Qatar suspended negotiations with Hamas on a ceasefire agreement.", &["talks_suspended/Qatar"]),
    // "Russia's Putin" is one signer, not two names of one side agreeing with each other
    ("agreement", true, "Russia's Putin signs truce deal, no sign of troops leaving", &["agreement/Russia"]),
    // a round that ends without a deal while the talks go on is no collapse
    ("suspended", false, "Talks between Russia and Ukraine ended in Istanbul without a ceasefire, though both delegations said contacts would go on.", &[]),
    ("suspended", true, "Israel-Hamas truce talks end without a deal, will resume in Cairo next week", &[]),
    ("suspended", true, "Israel-Hamas truce talks end without a deal", &["talks_suspended/Hamas+Israel"]),
    // giving up one's own demand concedes it
    ("accepted", true, "Hamas drops demand for guarantees of a permanent end to the war", &["proposal_accepted/Hamas"]),
    ("accepted", false, "Israel gave up its claim to the Philadelphi corridor on Tuesday, officials said.", &["proposal_accepted/Israel"]),
    ("conditional", true, "Hamas ready to drop demand for full withdrawal if Israel frees prisoners", &[]),
    ("negation", true, "Israel will not drop its demand for a disarmed Gaza, Netanyahu says", &[]),
    // a party endorsing a deal accepts it; supporting "a settlement" is a value
    ("accepted", true, "Hamas backs Cairo accord, opens way to prisoner exchange", &["proposal_accepted/Hamas"]),
    ("accepted", false, "Ukraine's parliament backed the agreement on Thursday.", &["proposal_accepted/Ukraine"]),
    ("value", false, "Iran supports a settlement through negotiations, the minister said.", &[]),
    ("third party", true, "UN Security Council backs Gaza ceasefire deal", &[]),
    ("third party", true, "Qatar endorses the Israel-Hamas accord", &[]),
    // a deal signed by nobody named is the sides' (a joint act); a deal signed earlier is background
    ("agreement", true, "Peace accord signed in Doha", &["agreement/"]),
    ("agreement", true, "Truce deal signed in Cairo after all-night talks", &["agreement/"]),
    ("background", false, "Aid trucks entered Gaza under the truce deal signed in Cairo last month.", &[]),
    // a party suspended from the talks is out of them: its withdrawal
    ("withdrawal", true, "Hamas suspended from Cairo talks until March 9", &["delegation_withdrawal/Hamas"]),
    ("withdrawal", false, "Mediators said Hamas was suspended from the talks for two weeks.", &["delegation_withdrawal/Hamas"]),
    // a text put on the table, or carried to the sides, is offered
    ("proposal", true, "Qatar puts new ceasefire plan on the table", &["proposal/Qatar"]),
    ("proposal", true, "Witkoff takes new Gaza plan to Cairo and Doha", &["proposal/United States"]),
    ("background", false, "Houthi attacks on shipping had brought the UN roadmap to a halt, the prime minister said.", &[]),
    ("participle", false, "Talks began in Cairo, with Egypt's envoy carrying proposals between the two delegations.", &["delegation_dispatched/"]),
    ("background", false, "The spokeswoman said the US delegation brought creative ideas and had good discussions.", &[]),
    ("accepted", false, "Hamas dropped its last-minute demands on prisoner lists, clearing the way for the ceremony.", &["proposal_accepted/Hamas"]),
    // a visit to the other side's capital goes to that party; a visit named as a noun, or
    // to one's own capital, does not
    ("dispatched", true, "Zelensky visits Moscow for first time since the war", &["delegation_dispatched/Ukraine"]),
    ("noun", false, "Kyiv said high-level Russian visits to Kyiv would be inappropriate.", &[]),
    ("dispatched", true, "Putin visits Moscow hospital", &[]),
    // a relative clause about somebody unnamed is not the speaker's act
    ("speaker", false, "Israel said the groups that left the talks on Friday wanted to block a deal.", &[]),
    ("speaker", false, "Two of the six parties that refused to sign on Monday have now done so, Qatar said.", &[]),
    ("speaker", false, "Hamas said the Israeli team that walked out of the talks had been recalled by Netanyahu.", &["delegation_withdrawal/Israel"]),
    // the demands a party rejects are the other side's
    ("rejected", true, "Israel rejects Hamas power-sharing demands", &["proposal_rejected/Israel"]),
    ("rejected", false, "Kyiv dismissed the Kremlin's territorial demands on Friday.", &["proposal_rejected/Ukraine"]),
    // one side signing alone, or while the other refuses, accepts the text
    ("accepted", true, "Hamas signs ceasefire accord alone", &["proposal_accepted/Hamas"]),
    ("accepted", true, "Ukraine signs ceasefire deal; Kremlin rejects the text", &["proposal_accepted/Ukraine", "proposal_rejected/Russia"]),
    // talks adjourned halt; a day's session or a round with the next one set does not
    ("suspended", true, "Ceasefire talks adjourned in Cairo", &["talks_suspended/"]),
    ("suspended", true, "Ceasefire talks in Cairo adjourn for the day", &[]),
    // adjourning for the night, the weekend or overnight is the day's session, whichever
    // rule reads the verb; with no date set to resume it is a halt
    ("suspended", true, "Truce talks in Cairo adjourn for the night with no progress on hostages", &[]),
    ("suspended", true, "Hamas and Israel negotiators adjourn overnight after ten hours", &[]),
    ("suspended", true, "Qatar adjourns the Israel-Hamas talks for the weekend", &[]),
    ("suspended", true, "Israel-Hamas talks adjourned for the night with no date to resume", &["talks_suspended/Hamas+Israel"]),
    ("suspended", true, "Hamas suspends talks for the night", &["talks_suspended/Hamas"]),
    ("suspended", true, "Ceasefire talks in Cairo adjourn, to resume next week", &[]),
    // comma-joined infinitives after "urge" are urged too
    ("urged", true, "Qatar urges Israel, Hamas to stop fighting, return to talks", &[]),
    ("urged", false, "Egypt called on both sides to hold fire, resume negotiations and free captives.", &[]),
    // one party signing with a named outsider is another negotiation's deal; an unnamed
    // other side ("rebels") may be the other party
    ("offtopic", true, "Russia and Belarus sign union treaty in Minsk", &[]),
    ("offtopic", true, "Iran, Iraq sign border security agreement", &[]),
    ("offtopic", false, "Egypt's president and Libya's Haftar signed an energy agreement in Cairo.", &[]),
    ("agreement", true, "Israel, Palestinian militants sign truce in Cairo", &["agreement/Israel"]),
    ("agreement", true, "Ukraine and Russia sign truce in Istanbul", &["agreement/Russia+Ukraine"]),
    // negotiators heading home leave the talks; they do not arrive anywhere
    ("withdrawal", true, "Israel's negotiators head home after Hamas snub", &["delegation_withdrawal/Israel"]),
    ("withdrawal", false, "The Ukrainian delegation headed home from Istanbul on Friday.", &["delegation_withdrawal/Ukraine"]),
    ("dispatched", true, "Israeli negotiators head to Doha for new round", &["delegation_dispatched/Israel"]),
    // "X accepts the plan, Y rejects it": "it" is the text the sentence named
    ("rejected", true, "Israel accepts US truce plan, Hamas rejects it", &["proposal_accepted/Israel", "proposal_rejected/Hamas"]),
    ("rejected", false, "Kyiv welcomed the draft, but Moscow rejected it within hours.", &["proposal_rejected/Russia"]),
    ("rejected", true, "Hamas rejects it as propaganda", &[]),
    // staying away from, or snubbing, the sides' meeting is a boycott; a bloc's summit is not
    // the talks
    ("withdrawal", true, "Hamas stays away from Cairo meeting with mediators", &["delegation_withdrawal/Hamas"]),
    ("withdrawal", true, "Ukraine snubs Istanbul talks with Russia", &["delegation_withdrawal/Ukraine"]),
    ("withdrawal", false, "Pashinyan stayed away from the security bloc's summit in Minsk.", &[]),
    ("rejected", false, "Rights groups welcomed the truce agreement but said it sets up no commission to investigate abuses.", &[]),
    // a signing put off is a ceremony postponed, not the talks suspended
    ("suspended", true, "Hamas postpones ceasefire deal signing, citing security", &[]),
    ("suspended", true, "Israel postpones the talks in Cairo", &["talks_suspended/Israel"]),
    // a demonym right before a noun-verb is its adjective: the people acting is plural
    ("demands", true, "Netanyahu: Israeli demands 'not up for discussion'", &[]),
    ("demands", true, "Ukrainian demands unrealistic, Kremlin says", &[]),
    ("demands", true, "Iranians demand sanctions relief before any new round", &["new_demands/Iran"]),
    // "told <addressee> it …": the pronoun is the speaker, not the addressee
    ("accepted", false, "Hamas told the mediators it accepts the Egyptian proposal.", &["proposal_accepted/Hamas"]),
    ("accepted", false, "Israel told Qatar it accepts the bridging proposal, officials said.", &["proposal_accepted/Israel"]),
    ("rejected", true, "Netanyahu told Washington he rejects Hamas response", &["proposal_rejected/Israel"]),
    // "at the time", "back then": what a party did then is background
    ("accepted", false, "Israel said at the time it accepted the text.", &[]),
    ("proposal", false, "Back then Egypt proposed a phased truce, a diplomat recalled.", &[]),
    // an absolute "with <actor> <-ing>" clause has that actor for subject
    ("proposal", true, "Cairo round ends with Qatar offering new bridging text", &["proposal/Qatar"]),
    ("proposal", false, "Israel and Hamas wrapped up two days of talks in Doha with Egypt presenting a phased proposal.", &["proposal/Egypt"]),
    // "and" before an actor and its own finite verb opens a clause with that subject
    ("rejected", false, "Hamas asked for more time to study the plan and Israel rejected the amendments.", &["proposal_rejected/Israel"]),
    ("accepted", false, "Mediators worked late into the night and Hamas accepted the revised text.", &["proposal_accepted/Hamas"]),
    // a past form after "and" is its own predicate, out of the modal's reach; a bare one
    // or a participle after an auxiliary keeps it
    ("demands", false, "Hamas said it would not join the Cairo talks and demanded a full Israeli withdrawal.", &["delegation_withdrawal/Hamas", "new_demands/Hamas"]),
    ("agreement", false, "Officials said the deal would be signed and ratified next week.", &[]),
    ("agreement", false, "Israel said the truce could be extended and expanded to the north.", &[]),
    // after "and", the next party's adjectives still belong to the coordinated subject
    ("agreement", false, "The Israeli government and the Palestinian Hamas movement both committed to a ceasefire starting at midnight.", &["agreement/Hamas+Israel"]),
    // two coordinated nouns before a plural verb act together even when only one is
    // configured; one party with an aside does not
    ("agreement", true, "Gaza, Israel agree truce from midnight", &["agreement/Israel"]),
    ("accepted", true, "Hamas, under pressure, agrees to truce", &["proposal_accepted/Hamas"]),
    ("accepted", false, "After talks with Egypt and Qatar, Hamas agreed to the truce.", &["proposal_accepted/Hamas"]),
    // "whenever" is a condition
    ("conditional", false, "Hamas said it will return to the table whenever the mediators call.", &[]),
    // a leader's supporters are not his party
    ("demands", false, "Thousands of Netanyahu supporters demanded an end to the talks.", &[]),
    // a bare "be" after a noun: a subjunctive, what somebody wants done
    ("suspended", false, "Protesters demanded the truce be scrapped.", &[]),
    ("suspended", false, "Hamas insisted the talks be postponed until after the holiday.", &[]),
    // an object inside another noun's topic phrase is that noun's ("a referendum on the
    // deal", "a debate on the truce"); an indefinite article opens the object's own phrase
    ("suspended", true, "Knesset debate on Gaza truce adjourned again", &[]),
    ("rejected", true, "Hamas dismisses speculation over ceasefire proposal", &[]),
    ("proposal", false, "Qatar handed the meeting on Gaza a detailed proposal.", &["proposal/Qatar"]),
    // a participle right after a noun modifies it: the actor named before that noun acts
    ("accepted", true, "Washington welcomes Netanyahu speech backing ceasefire deal", &["proposal_accepted/Israel"]),
    ("accepted", false, "Israel welcomed a Hamas statement accepting the Egyptian proposal.", &["proposal_accepted/Hamas"]),
    // "back" after another verb of motion is that verb's; a team after another verb's
    // infinitive is that verb's object
    ("withdrawal", false, "A helicopter sent to Rafah to fetch the Hamas negotiators came back empty.", &[]),
    ("dispatched", false, "Egypt sent a plane to Doha to collect the Israeli delegation.", &[]),
    ("withdrawal", true, "Israel orders negotiating team back from Doha", &["delegation_withdrawal/Israel"]),
    // a group after the headline's first verb is its object: the unnamed subject
    // ("Cabinet", "Parliament") has no referent there
    ("accepted", true, "Cabinet accepts U.S. compromise proposals on truce", &[]),
    ("rejected", true, "Cabinet rejects Egyptian changes to the deal", &[]),
    // a judgement names its judge after "to"; a demonym owns what is judged
    ("rejected", true, "Netanyahu aide: Egyptian proposals 'unacceptable to Hamas'", &["proposal_rejected/Hamas"]),
    ("rejected", false, "Qatari ideas are unacceptable, the official said.", &[]),
    // a session moved to a set day is a schedule; the work going on in committees is no halt
    ("suspended", false, "The negotiators put off further sessions until Monday while the disputes are referred to the governments.", &[]),
    ("suspended", true, "Cairo talks end without deal; two committees to meet next week", &[]),
    ("suspended", true, "Israel postpones Cairo talks indefinitely", &["talks_suspended/Israel"]),
    // past one comma after a common-noun object, the would-be object is the next clause's
    // subject; a list of actors or an adverbial keeps it
    ("dispatched", true, "Hamas fighters launch attack, truce talks halted", &["talks_suspended/Hamas"]),
    ("invitation", true, "US invites Israel, Hamas to ceasefire talks in Doha", &[]),
    ("rejected", false, "Hamas rejected on Thursday, in general terms, the Israeli proposal.", &["proposal_rejected/Hamas"]),
    // a denial closing the sentence denies what came before it
    ("denial", true, "Hamas says its negotiators met Israeli officials; Israel denies", &[]),
    ("denial", true, "Qatar says Israel accepted the bridging proposal, Israel denies", &[]),
    // an opening "Meeting in …," phrase is the circumstance of the act, not news of its own
    ("meeting", false, "Meeting in Doha under Qatari auspices, Israel and Hamas agreed to extend the truce.", &["agreement/Hamas+Israel"]),
    ("meeting", false, "Meeting in Cairo, the Egyptian and Qatari foreign ministers urged both sides to return to talks.", &[]),
    ("meeting", false, "Meeting in Doha under Qatari auspices, Israel and Hamas agreed to seek an end to the war by political means.", &[]),
    ("meeting", false, "Meeting in Istanbul, the Egyptian and Qatari presidents urged Israel and Hamas to stop fighting.", &[]),
    ("demands", false, "On Thursday Israel said Hamas was responsible for the attack, and demanded the release of the hostages.", &["new_demands/Israel"]),
    // ", and" + verb after reported speech is the speaker's
    ("demands", false, "Hamas said any deal must bar Israeli troops from the corridor, and demanded the release of its fighters.", &["new_demands/Hamas"]),
    // "an end to" is a noun: what is demanded, not talks ended
    ("suspended", true, "Hamas demands Israeli pullout, end to strikes at Cairo talks", &["new_demands/Hamas"]),
    // a text still pending the governments' approval is settled, not made
    ("agreement", false, "Israeli and Hamas negotiators in Doha agreed on the terms of a 42-day truce, pending approval by the Israeli cabinet.", &["proposal/Hamas+Israel"]),
    ("agreement", true, "Israel, Hamas agree truce terms subject to cabinet approval", &["proposal/Hamas+Israel"]),
    // the object of a decision noun is what the decision was on: the noun is the act
    ("proposal", false, "Netanyahu announced the cabinet's approval of the Egyptian plan.", &["proposal_accepted/Israel"]),
    // leaving something in doubt is no quitting
    ("withdrawal", false, "Hamas's rejection leaves the ceasefire deal in doubt.", &[]),
    // giving a draft, or putting terms to somebody, proposes them; putting one's
    // signature to a plan signs it; days given to agree on a plan propose nothing
    ("proposal", false, "Qatar's prime minister gave the delegations a draft framework for the second phase.", &["proposal/Qatar"]),
    ("proposal", true, "Egypt puts revised truce terms to Hamas", &["proposal/Egypt"]),
    ("proposal", true, "Netanyahu puts signature to ceasefire plan", &[]),
    ("proposal", false, "Israeli and Hamas delegations sat down in Cairo, with Egypt giving them seven days to agree on a truce plan.", &["delegation_dispatched/Hamas+Israel"]),
    // a position repeated before a colon is standing, not new
    ("demands", true, "Netanyahu repeats: Hamas must disarm before any truce", &[]),
    // "said no agreement had been reached": "no" before a noun is a determiner
    ("rejected", false, "The Israeli commander said no agreement had been reached but ordered troops to hold fire.", &[]),
    ("rejected", true, "Hamas says no to Israeli truce proposal", &["proposal_rejected/Hamas"]),
    // going home after a deal ends the round; an official who quits resigns
    ("withdrawal", true, "Hamas team flown home after Cairo deal", &[]),
    ("withdrawal", true, "Israel's chief negotiator quits ahead of truce deal", &[]),
    // "end of" is a noun; a text given its chance is the recipient, not what is given
    ("suspended", true, "Hamas welcomes end of 'biased' Qatari mediation", &[]),
    ("proposal", false, "Netanyahu said he was giving the Egyptian plan its chance.", &[]),
    // a round of talks ended (past hyphenated modifiers) with the next one set goes on
    ("suspended", false, "Israel and Hamas ended two days of Qatar-hosted talks without a breakthrough.", &[]),
    ("suspended", false, "Israel and Hamas ended the talks without a breakthrough but agreed to hold a second round in August.", &[]),
    // future talks open nothing
    ("dispatched", false, "The envoy suggested future talks start from that reality.", &[]),
    // a sentence opening on "how" or "why" explains; "refugee return to" is a noun
    ("background", false, "How the truce collapsed, how Cairo produced a framework, and why the talks stalled again.", &[]),
    ("dispatched", false, "Hamas negotiators tabled fresh conditions on refugee return to northern Gaza.", &["new_demands/Hamas"]),
    // a declaration the others signed can be rejected
    ("rejected", true, "Hamas rejects Cairo declaration", &["proposal_rejected/Hamas"]),
    ("rejected", false, "Israel dismissed the joint declaration signed by the Palestinian factions in Beijing.", &["proposal_rejected/Israel"]),
    // a subject opening on protesters or supporters, the party only in its modifiers
    ("demands", false, "Protesters waving Israeli flags demanded that any deal keep Hamas out of Gaza.", &[]),
    ("demands", false, "Demonstrators outside the Egyptian embassy demanded an immediate ceasefire.", &[]),
    ("demands", false, "Israeli negotiators demanded that Hamas hand over the list of hostages.", &["new_demands/Israel"]),
    // an agenda put forward is a proposal; being on the agenda is not
    ("proposal", true, "Egypt proposes agenda for next round of Gaza talks", &["proposal/Egypt"]),
    // a recommendation of terms is a proposal; recommending a vote's answer, a strike, a
    // person or a report's finding is not
    ("proposal", true, "Egyptian mediators recommend a 60-day Gaza truce", &["proposal/Egypt"]),
    ("proposal", true, "Qatar recommends 'special status' for the north in a Gaza truce", &["proposal/Qatar"]),
    ("proposal", true, "Hamas negotiators recommend the truce deal to the leadership", &[]),
    ("proposal", true, "Hamas recommends acceptance of the Egyptian truce formula", &[]),
    ("proposal", true, "Israel recommends Trump for Nobel prize after Gaza truce", &[]),
    ("proposal", false, "Hamas's political bureau recommended seeking a 90-day truce.", &[]),
    ("rejected", true, "Israel rejects mediators' agenda for Cairo talks", &["proposal_rejected/Israel"]),
    ("proposal", false, "Hamas said the hostage issue was not on the agenda of the Cairo talks.", &[]),
    // "vetoes" is "veto" inflected; "veto power" is a noun
    ("rejected", true, "Netanyahu vetoes Qatari truce plan", &["proposal_rejected/Israel"]),
    ("rejected", false, "The package lets parliament elect Israeli general Gantz as premier and gives the Hamas-led opposition veto power in a unity cabinet.", &[]),
    // leaving the talks in a state is no walk-out
    ("withdrawal", false, "Israel's negotiators said the Hamas reply was unacceptable, leaving the talks deadlocked.", &["proposal_rejected/Israel"]),
    ("withdrawal", true, "Hamas rejection leaves Cairo talks stalled", &[]),
    ("withdrawal", true, "Hamas negotiators leave Cairo talks", &["delegation_withdrawal/Hamas"]),
    // a next round with no date is no talks going on
    ("suspended", true, "Qatari mediator ends Gaza talks without date for new round", &["talks_suspended/Qatar"]),
    ("suspended", false, "Egypt ended the Gaza talks with no date set for a third round.", &["talks_suspended/Egypt"]),
    ("suspended", false, "Egypt ended the Gaza talks and said a third round would open on Monday.", &[]),
    // an offer of an act is a proposal; an offer to help is not
    ("proposal", true, "Hamas offers to free all hostages in exchange for an end to the war", &["proposal/Hamas"]),
    ("proposal", false, "Israel offered to let Hamas leaders leave Gaza under a new arrangement.", &["proposal/Israel"]),
    ("proposal", false, "Qatar offered to help the families of the victims.", &[]),
    // an accord tabled or proposed is a text put forward
    ("proposal", true, "Egypt and Qatar table 'heads of agreement' for Gaza truce", &["proposal/Egypt+Qatar"]),
    ("proposal", false, "Qatar proposed a three-stage accord to both sides on Sunday.", &["proposal/Qatar"]),
    // what a determiner's "proposed" qualifies is a proposal
    ("rejected", true, "Israel rejects Hamas's proposed timeline for hostage releases", &["proposal_rejected/Israel"]),
    ("rejected", false, "Hamas turned down the mediators' proposed sequence on Sunday.", &["proposal_rejected/Hamas"]),
    ("rejected", false, "Israel rejected claims that it had proposed to withdraw.", &[]),
    // a bare verb after a verb of demanding and a name is wanted, not done (an owner's
    // name before the name too)
    ("agreement", true, "Hamas demands Prime Minister Netanyahu sign the Qatari deal", &["new_demands/Hamas"]),
    ("agreement", true, "Hamas demands Israel sign the Qatari deal", &["new_demands/Hamas"]),
    // backing out of, away from or down on a text is no acceptance of it
    ("accepted", true, "Hamas backs away from the Qatari plan", &[]),
    ("accepted", true, "Hamas backs out of Gaza deal again, warns of war", &["talks_suspended/Hamas"]),
    ("accepted", true, "Hamas backs the Qatari plan", &["proposal_accepted/Hamas"]),
    // a verb coordinated with an infinitive is one too
    ("agreement", true, "Hamas authorises deputy to negotiate, sign Gaza deal", &[]),
    ("agreement", false, "Hamas authorised its deputy to negotiate and sign the Gaza deal.", &[]),
    ("agreement", false, "Hamas, which had agreed to talks, signed the Gaza deal on Sunday.", &["proposal_accepted/Hamas"]),
    // urged with "order"/"tell", over a list that runs across commas
    ("urged", true, "Arab League orders Israel and Hamas to halt fire and return to talks", &[]),
    ("urged", false, "The council told both delegations to stop the shelling, free detainees and resume negotiations in Cairo.", &[]),
    // a collapse told as under way is a warning; an announced end is not
    ("under way", true, "Hamas official says the Cairo truce is collapsing", &[]),
    ("under way", false, "Qatar's premier said the negotiations were falling apart and warned the sides to save them.", &[]),
    ("suspended", true, "Qatar is ending its mediation between Israel and Hamas", &["talks_suspended/Qatar"]),
    // a call to disarm or withdraw is the other side's terms
    ("rejected", true, "Hamas rejects calls to disarm", &["proposal_rejected/Hamas"]),
    ("rejected", false, "Israel rebuffed calls to withdraw from the Philadelphi corridor.", &["proposal_rejected/Israel"]),
    // a participle after what was said is the speaker's act; a consequence of a modal is not
    ("speaker", false, "Hamas's leader said the group would keep its weapons, dismissing Israel's demand to disarm.", &["proposal_rejected/Hamas"]),
    ("speaker", false, "Hamas said it would free the hostages in stages, accepting the Egyptian proposal.", &["proposal_accepted/Hamas"]),
    ("threat", false, "Israel said it could pull its negotiators, ending the talks.", &[]),
    ("speaker", false, "Hamas walked out of the talks, rejecting the Qatari text, Egyptian officials said.", &["delegation_withdrawal/Hamas", "proposal_rejected/Hamas"]),
    // a term stated as the other side's duty is the speaker's demand
    ("demands", true, "Israel says Hamas must hand over its weapons under any deal", &["new_demands/Israel"]),
    ("demands", true, "Hamas says Israeli forces must quit the Netzarim corridor", &["new_demands/Hamas"]),
    ("urged", true, "Egypt says Hamas must accept the proposal", &[]),
    ("stance", true, "Netanyahu says Israel must retain control of the Philadelphi corridor", &[]),
    // parts of a text, and a text named by who proposed it
    ("rejected", true, "Hamas rejects appendix drafted by Israeli lawyers", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Israel rejects Qatari-proposed mechanism", &["proposal_rejected/Israel"]),
    // a deadline to decide presses and states no term; a restart after a break is for later
    ("urged", true, "Netanyahu: Hamas must decide before Friday", &[]),
    ("plan", true, "Mediators say talks will resume after the break", &[]),
    ("offtopic", false, "Gunmen seized a U.S. aid worker in Gaza and demanded a ransom.", &[]),
    // who travels at the head of a delegation travels as a team
    ("dispatched", false, "Hamas's political chief crossed into Egypt at the head of a large delegation.", &["delegation_dispatched/Hamas"]),
    ("dispatched", false, "Qatar's prime minister flew into Gaza on Sunday at the head of a delegation of mediators.", &["delegation_dispatched/Qatar"]),
    ("offtopic", false, "Israeli troops crossed into Gaza overnight, the army said.", &[]),
    // a status, autonomy or amnesty offered is a proposal
    ("proposal", true, "Israel offers Hamas leaders amnesty and safe passage", &["proposal/Israel"]),
    ("proposal", true, "Egypt proposed a special status for the Rafah crossing", &["proposal/Egypt"]),
    ("offtopic", true, "Qatar offers condolences to Egypt", &[]),
    // agreeing to talk a plan over is no agreement on it
    ("agreement", true, "Israel and Hamas agree to negotiate the Egyptian plan", &[]),
    // a bid for membership or office is no proposal; a peace bid is
    ("offtopic", true, "US backs Egypt's EU bid", &[]),
    ("rejected", true, "Israel rejects Egyptian peace bid", &["proposal_rejected/Israel"]),
    // not signing yet is a matter of when, not a refusal
    ("conditional", true, "Israel will not sign a separate deal ahead of progress on the hostage file", &[]),
    ("plan", false, "Netanyahu said he would not sign the deal at next week's meeting in Cairo.", &[]),
    // ---- session 26: classes from round 44 (stance verbs, answers, warnings, ultimatums, texts' content) ----
    ("noun", true, "Ukraine accepts outline of Russian ceasefire plan", &["proposal_accepted/Ukraine"]),
    ("noun", true, "Iran condemns veto of Gaza truce resolution", &[]),
    ("noun", true, "Israel hands reply to Hamas demands to Qatari mediators", &[]),
    ("noun", false, "Israel said talks with Hamas stalled at start of the month.", &[]),
    ("modality", false, "Israel demanded that Hamas free the hostages within three days, warning it would resume strikes if the group did not comply.", &["new_demands/Israel"]),
    ("modality", false, "Israel said contacts with Hamas had not succeeded and were halted in January.", &["talks_suspended/Israel"]),
    ("withdrawal", false, "Hamas offered a truce and a prisoner exchange first, leaving the future of Gaza to later talks.", &["proposal/Hamas"]),
    ("withdrawal", false, "The Israeli negotiators left Jerusalem on Monday for talks with the mediators in Doha.", &[]),
    ("withdrawal", false, "An Egyptian minister is leading the team that left Cairo on Thursday morning for talks with Hamas, officials said.", &[]),
    ("suspension", true, "US envoy ends three days of Doha talks, flies home to report", &[]),
    ("rejected", false, "Russia vetoed a draft resolution calling for an immediate ceasefire in Gaza.", &["proposal_rejected/Russia"]),
    ("demands", true, "Israel gives Hamas 48 hours to free the hostages", &["new_demands/Israel"]),
    ("demands", true, "Qatar gives Israel and Hamas a week to strike a deal", &[]),
    ("demands", false, "The mediators were given six months to secure a ceasefire.", &[]),
    ("demands", false, "Washington gave companies two weeks to wind down dealings with Iran.", &[]),
    ("offtopic", true, "US, Qatar sign agreement on combating terrorism financing", &[]),
    ("dispatched", true, "Two Hamas leaders fly to Cairo as envoys", &["delegation_dispatched/Hamas"]),
    ("noun", true, "Netanyahu rejects Hamas reply as failing to meet Israeli demands", &["proposal_rejected/Israel"]),
    ("dispatched", true, "Israel, Hamas negotiators meet to discuss truce extension in Cairo", &["delegation_dispatched/Hamas+Israel"]),
    ("meeting", true, "Israel, Hamas agree to ceasefire meeting in Cairo", &[]),
    ("conditional", false, "Hamas asked whether the mediators could guarantee the truce and demanded that Israel free all prisoners first.", &["new_demands/Hamas"]),
    ("walk-out", false, "The Israeli delegation's acceptance of the plan leaves Hamas under pressure to respond.", &[]),
    ("denial", false, "Hamas said it remained committed to the truce, dismissing reports that it had turned down the proposal.", &[]),
    ("hypothetical", false, "A round that was to bring the Hamas delegation back to Cairo has been called off.", &[]),
    ("other business", false, "Egypt rejected a compromise offer on its EEC contributions as talks ran late.", &[]),
    ("accepted", true, "Hamas accepts transitional constitution for Gaza", &["proposal_accepted/Hamas"]),
    ("offtopic", true, "Ankara and Hamas sign military aid agreement", &[]),
    ("offtopic", true, "Beijing, Cairo sign economic cooperation accord", &[]),
    ("noun", true, "Cairo moot on Gaza truce pushed back, paper reports", &[]),
    ("proposal", true, "Qatar floats new Gaza truce idea", &["proposal/Qatar"]),
    ("rejected", true, "Gaza talks break down as Hamas rejects Israeli map", &["proposal_rejected/Hamas"]),
    ("withdrawal", true, "Egypt urges calm as Israel recalls its negotiators from Doha", &["delegation_withdrawal/Israel"]),
    ("background", false, "Qatar said the text should be signed as Israel proposes.", &[]),
    ("home", false, "The US said its team had left the Doha negotiations and returned to Washington.", &["delegation_withdrawal/United States"]),
    ("background", false, "Arriving for the Cairo meeting, the Qatari foreign minister said Hamas had been too slow.", &[]),
    ("home", false, "Israel said its negotiators had left the Doha talks and returned to Jerusalem because of wide gaps with Hamas.", &["delegation_withdrawal/Israel"]),
    ("background", false, "Arriving for the Eurogroup, the Russian finance minister said Ukraine had walked away from the talks by calling a referendum.", &["delegation_withdrawal/Ukraine"]),
    ("home", false, "Hamas said its team had left the Cairo negotiations and returned to Istanbul because of wide gaps with Israel.", &["delegation_withdrawal/Hamas"]),
    ("other business", true, "Qatar signs agreement to fund shelter for Gaza flood victims", &[]),
    ("actors", false, "A delegation led by Hamas political chief Khalil al-Hayya arrived in Cairo for ceasefire talks on Sunday.", &["delegation_dispatched/Hamas"]),
    ("actors", false, "The negotiating team led by Hamas official Khalil al-Hayya said on Tuesday it was suspending the talks.", &["talks_suspended/Hamas"]),
    ("actors", true, "Egypt: Fatah returns to the negotiating table", &[]),
    ("actors", true, "Qatar: Islamic Jihad back at the negotiating table", &[]),
    ("name", true, "Israel's May rejects Hamas draft, says it threatens security", &["proposal_rejected/Israel"]),
    ("modal", true, "Israel may reject Hamas draft, officials say", &[]),
    ("modal", false, "Hamas said it may need more time to study the proposal.", &[]),
    ("modal", false, "Israel will proceed with the talks only if the hostages are freed, officials said.", &[]),
    ("answered", true, "Hamas sends written response to Israeli security demands, officials say", &[]),
    ("answered", false, "Egypt handed Israel its reply to the new US ceasefire conditions on Monday.", &[]),
    ("name", true, "May and Hamas hold ceasefire talks in Cairo", &["delegation_dispatched/Hamas"]),
    ("name", true, "May's envoy and Hamas hold ceasefire talks in Cairo", &["delegation_dispatched/Hamas"]),
    ("modal", true, "Hamas may, and probably will, reject the Israeli draft", &[]),
    ("rejected", true, "Hamas says it cannot accept the Israeli proposal", &["proposal_rejected/Hamas"]),
    ("rejected", false, "Israel said it can't accept the Egyptian draft.", &["proposal_rejected/Israel"]),
    ("rejected", false, "Hamas said it could not accept the Israeli proposal.", &["proposal_rejected/Hamas"]),
    ("conditional", true, "Hamas cannot accept any deal that leaves troops in Gaza", &[]),
    ("conditional", true, "Hamas says it can't accept the US plan unless Israel withdraws", &[]),
    // a round that ends by setting up the next one: the next one is a plan
    ("plan", false, "The two delegations agreed to meet again in Doha.", &[]),
    ("plan", false, "Hamas said the sides had agreed to hold talks again in Cairo.", &[]),
    ("plan", false, "Israel and Hamas ended their talks but agreed to hold a third round in Cairo.", &[]),
    ("meeting", false, "Israeli and Hamas negotiators met again in Cairo on Sunday.", &["delegation_dispatched/Hamas+Israel"]),
    // a possessive phrase after another verb is that verb's object: "demands" is its noun
    ("rejected", true, "Hamas rejects the mediators' security demands", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Hamas rejects the Israeli army's security demands", &["proposal_rejected/Hamas"]),
    ("rejected", false, "Israel dismissed the mediators' latest demands on Sunday.", &["proposal_rejected/Israel"]),
    ("demands", true, "Israel's army chief demands release of all hostages", &["new_demands/Israel"]),
    // an offer to cut, limit or remove something is a proposal
    ("proposal", false, "Israel offered on Monday to limit its troop presence in the corridor to two battalions.", &["proposal/Israel"]),
    ("proposal", true, "Hamas offers to reduce number of fighters in Rafah", &["proposal/Hamas"]),
    ("proposal", false, "Israel has never offered to remove its troops from the corridor, Hamas said.", &[]),
    // "Meeting between …" opening a headline is its subject: what happened is the predicate
    ("meeting", true, "Meeting between Israeli and Hamas negotiators postponed", &["talks_suspended/Hamas+Israel"]),
    ("meeting", true, "Meeting between Israeli and Hamas negotiators called off", &["talks_suspended/Hamas+Israel"]),
    // one party signing a text together with a state that is no party: another negotiation
    ("offtopic", false, "Jordan and Israel signed their first bilateral agreement on water on Monday.", &[]),
    ("accepted", false, "Hamas signed the Egyptian proposal on Monday, its spokesman said.", &["proposal_accepted/Hamas"]),
    // ---- round 49: ending the war, talks that end, giving way, offers of a pullout ----
    ("agreement", true, "Russia and Ukraine agree to end three-year war", &["agreement/Russia+Ukraine"]),
    ("agreement", false, "Israel and Hamas pledged on Saturday to end hostilities in Gaza.", &["agreement/Hamas+Israel"]),
    ("plan", false, "Russia pledges to end the war by spring, the Kremlin says.", &[]),
    ("hypothetical", false, "Israel and Hamas could agree to end the war within weeks, mediators say.", &[]),
    ("suspended", false, "Talks between Russia and Ukraine in Istanbul ended in deadlock on Friday.", &["talks_suspended/Russia+Ukraine"]),
    ("suspended", true, "Ukraine ends talks with Russia after missile strike", &["talks_suspended/Ukraine"]),
    ("meeting", true, "Russia, Ukraine end Istanbul talks without ceasefire deal", &[]),
    ("meeting", true, "Third Doha round ends in stalemate; mediators plan fourth", &[]),
    ("meeting", false, "Early contacts with Muscat broke the stalemate, Iranian officials said.", &[]),
    ("agreement", false, "Russia and Ukraine signed the peace treaty in Istanbul, ending three years of mediation.", &["agreement/Russia+Ukraine"]),
    ("rejoin", false, "The Iranian negotiators came back on Monday, ending their boycott of the talks.", &[]),
    ("visit", true, "Qatari envoys return from Tel Aviv, summit date agreed", &[]),
    ("proposal", true, "Russia offers partial pullout from Kherson region", &["proposal/Russia"]),
    ("proposal", false, "Israel proposed a phased withdrawal from the corridor in exchange for the hostages.", &["proposal/Israel"]),
    ("urged", false, "Washington urged Moscow to offer a troop withdrawal.", &[]),
    ("accepted", true, "Israel yields to Hamas on prisoner list", &["proposal_accepted/Israel"]),
    ("accepted", false, "The United States bowed to Israel's request for more time on Thursday.", &["proposal_accepted/United States"]),
    ("accepted", true, "Hamas concedes on prisoner list timetable", &["proposal_accepted/Hamas"]),
    ("third", true, "Netanyahu bows to pressure from coalition partners", &[]),
    ("offtopic", true, "Erdogan rival concedes defeat in Istanbul race", &[]),
    ("offtopic", false, "Egypt and Qatar agreed to speed up work on the gas link and to cooperate on tourism.", &[]),
    ("dispatched", true, "Israeli negotiators step into Cairo for talks with mediators", &["delegation_dispatched/Israel"]),
    ("offtopic", true, "Abiy steps down as party chairman", &[]),
    ("offtopic", false, "Egypt's government signed deals for emergency repairs to the port and the power grid.", &[]),
    ("third", true, "US backs Egyptian truce plan, urges Hamas to respond quickly", &[]),
    ("third", false, "Russia backed the Qatari framework and called on Israel and Hamas to sign it.", &[]),
    ("accepted", true, "Israel backs US framework, will keep talking", &["proposal_accepted/Israel"]),
    ("noun", true, "Oman 'regrets' halt to Iran talks, stays ready to help", &[]),
    ("noun", false, "Qatar said it deplored the freeze on talks and would keep its channels open.", &[]),
    ("meeting", true, "Iran, Britain end Geneva talks on tanker dispute", &[]),
    ("agreement", true, "Israel and Qatar agree to establish full diplomatic ties", &["agreement/Israel+Qatar"]),
    ("agreement", true, "Oman agrees to normalize ties with Israel, Trump says", &["agreement/Israel+Oman"]),
    ("plan", false, "Iran says Egypt is not ready to restore relations.", &[]),
    ("background", false, "The two sides traded blame over who walked out of the talks.", &[]),
    ("stance", true, "Qatar says committed to truce deal", &[]),
    ("stance", false, "Israel remains fully committed to the ceasefire agreement, Netanyahu said.", &[]),
    ("offtopic", false, "During the visit Egypt and Qatar signed four agreements, including visa exemption and investment protection.", &[]),
    ("noun", true, "Egypt says US plan is an important starting point for a return to negotiations", &[]),
    ("suspended", true, "Israel-Gaza talks postponed", &["talks_suspended/Israel"]),
    ("third", true, "Egyptian truce plan snubbed by militant hardliners", &[]),
    ("plan", true, "Israel-Hamas talks deferred to evening", &[]),
    ("meeting", true, "Iran-Oman consultations on Vienna talks end without agreement", &[]),
    ("offtopic", false, "Egypt and Qatar agreed to step up joint action against smugglers along the border.", &[]),
    ("offtopic", false, "The Egyptian cabinet approved a deal to supply rice to Qatar over three years.", &[]),
    // round 51: "end"/"halt" before "to"/"of" is a noun, so the verb before it is a verb
    ("demands", true, "Hamas demands end to Israeli raids in Rafah", &["new_demands/Hamas"]),
    ("demands", true, "Hamas demands halt to arrests in the West Bank", &["new_demands/Hamas"]),
    // a comma-coordinated verb after "accuses X of …" is the accuser's
    ("demands", true, "Hamas accuses Israel of stalling, sets new conditions for the truce", &["new_demands/Hamas"]),
    // adjectives joined by "and" after "of": the demands are a noun, an accusation
    ("demands", false, "Israel's army accused Hamas of unreasonable and unrealistic demands.", &[]),
    // keeping in touch is no concession and no deal
    ("agreement", false, "Israel and Hamas agreed to stay in close contact through the mediators.", &[]),
    ("agreement", false, "The two sides agreed to maintain communication at all levels, the statement said.", &[]),
    // both sides pulling their forces apart is their deal
    ("agreement", true, "Russia and Ukraine agree to pull back troops from the front line", &["agreement/Russia+Ukraine"]),
    ("agreement", false, "Russia and Ukraine agreed on Tuesday to disengage at two points along the line.", &["agreement/Russia+Ukraine"]),
    // "backs" supports; only the adverb "back at" returns
    ("dispatched", true, "Qatar backs talks to end Ukraine war at Arab summit", &[]),
    // a ceremony or a sports event left, not the talks
    ("withdrawal", true, "Israel pulls minister from Olympic Games opening over Iran row", &[]),
    // a gerund as a subject states a principle
    ("accepted", false, "A Hamas official said accepting the plan means accepting disarmament.", &[]),
    // a bare verb after the "that" of a verb of asking is asked for, not done
    ("mandative", false, "A panel appointed by the government recommended on Monday that formal negotiations begin with Hamas.", &[]),
    ("mandative", false, "Egypt urged that the talks resume in Cairo before the end of the month.", &[]),
    // a demonym before a non-state head names the country, not its state
    ("actors", true, "Russian warlords walk out of Istanbul talks", &[]),
    // an appositive's relative clause describes someone: background
    ("background", false, "Ismail Haniyeh, the Hamas leader who walked out of the talks last month, said he was ready to listen.", &[]),
    // a headline without a verb: the team (or a named envoy) at the venue for talks
    ("dispatched", true, "Israeli negotiators in Doha for hostage talks", &["delegation_dispatched/Israel"]),
    ("dispatched", true, "US, Qatari envoys in Cairo for Gaza truce talks", &["delegation_dispatched/Qatar+United States"]),
    ("dispatched", true, "Israeli negotiators in Doha say no progress on hostages", &[]),
    // time off is no departure
    ("withdrawal", true, "US envoy to the Gaza talks placed on unpaid leave", &[]),
    // sentences are no side's terms
    // (no demands; but the bill itself, lighter terms offered to the armed side, is a
    // proposal: a blind labeller read "sends bill offering paramilitaries alternatives to
    // prison" so)
    ("demands", false, "Israel submitted a bill that would cut prison terms for militants who surrender.", &["proposal/Israel"]),
    // a kind of deal described by what it does is a position
    ("rejected", true, "Iran rejects deal that ignores its nuclear rights", &[]),
    // the other side's nominee in a transition is what is on the table
    ("rejected", true, "Hamas rejects Israel's nominee for Gaza administrator", &["proposal_rejected/Hamas"]),
    // a company's plans are other business
    ("rejected", true, "Israel rejects Chinese carmaker's EV factory proposal", &[]),
    // right after a verb of speech, an -s word opens what is said
    ("demands", true, "Hamas confirms Cairo meeting, says demands unchanged", &[]),
    // a deadline for the process's own step is a timetable
    ("demands", true, "Egypt sets Friday deadline for Gaza administrator choice", &[]),
    // a clause opening on an auxiliary dropped its subject (the speaker's); the names after
    // its verb are objects, and a verb coordinated with it by "but" is the speaker's too
    ("demands", true, "Israel says won't scrap Hamas deal but wants more", &["new_demands/Israel"]),
    // a state's name, an adjective, then an armed group's head: somebody else
    ("actors", true, "Russian communist rebels reject the draft accord", &[]),
    // victims and survivors are no side of the talks
    ("actors", true, "Israeli survivors reject the hostage deal", &[]),
    // a participle after a preposition or a particle, before a noun, describes the noun
    ("dispatched", true, "Israeli, Hamas delegations arrive in Cairo for delayed talks", &["delegation_dispatched/Hamas+Israel"]),
    ("proposal", true, "Hamas turns down proposed Witkoff visit", &[]),
    // aid pledged by donors is other business
    ("agreement", true, "Egypt and donors sign reconstruction compact in Brussels", &[]),
    // a review of a text called for is a demand (a court's "judicial review" is not)
    ("demands", true, "Hamas calls for review of the truce agreement", &["new_demands/Hamas"]),
    ("demands", false, "An Israeli court agreed to hear calls for judicial review of the deal.", &[]),
    // guarantees or payment sought from the other side are terms; seeking them as a trip's
    // purpose is a go-between's errand
    ("demands", true, "Egypt seeks US guarantee on Rafah crossing", &["new_demands/Egypt"]),
    ("demands", true, "Hamas seeks guarantees on Israeli withdrawal", &["new_demands/Hamas"]),
    // (the envoy carrying the letter travels: "carry a message to")
    ("demands", false, "The Qatari envoy carried a letter to Hamas, seeking guarantees on the hostages.", &["delegation_dispatched/Qatar"]),
    // a party's deal with a state the watchlist does not follow is another negotiation's
    // (the knowledge table knows most states by name, demonym and capital)
    ("agreement", true, "Qatar and Bahrain sign border accord", &[]),
    ("agreement", true, "Russia, Uzbekistan sign treaty on allied relations", &[]),
    // a past form after "and" following an urged infinitive is the asker's next act
    ("proposal", false, "Qatar's emir asked Hamas to release the hostages and proposed a joint monitoring force.", &["proposal/Qatar"]),
    ("agreement", false, "Qatar urged Israel and Hamas to get the truce signed and ratified.", &[]),
    // one side holding a meeting in its own capital, nobody across the table named, chairs it
    ("dispatched", false, "Opening the meeting in Doha, Qatar's emir urged Hamas to free the hostages.", &[]),
    ("dispatched", true, "Qatar opens Gaza talks in Doha", &[]),
    ("dispatched", true, "Israel and Hamas open talks in Cairo", &["delegation_dispatched/Hamas+Israel"]),
    // an answer that is a text of one's own puts it on the table
    ("proposal", true, "Hamas responds to Israel with its own counterproposal", &["proposal/Hamas"]),
    ("proposal", false, "Israel responded with a new ceasefire proposal on Sunday.", &["proposal/Israel"]),
    ("proposal", true, "Hamas to respond with counteroffer next week", &[]),
    // in a labour or supply negotiation the deal is a contract
    ("agreement", true, "Israel and Hamas reach tentative contract after marathon talks", &["agreement/Hamas+Israel"]),
    // agreeing to the other side's request accepts it
    ("accepted", false, "Israel agreed to a Hamas request to delay the second exchange by a day.", &["proposal_accepted/Israel"]),
    ("accepted", true, "Israel agrees to Egyptian request for pause in Rafah operation", &["proposal_accepted/Israel"]),
    // right after the other party's possessive, what a side accepts or rejects is that
    // party's move, whatever the noun; not what that party says about it
    ("rejected", true, "Hamas turns down Israel's $50 million, counters with own figure", &["proposal_rejected/Hamas"]),
    ("accepted", true, "Israel accepts Hamas's two-day delay in hostage release", &["proposal_accepted/Israel"]),
    ("rejected", false, "Israel rejected Hamas's alternative route for the aid convoys.", &["proposal_rejected/Israel"]),
    ("rejected", true, "Hamas rejects Netanyahu's 'inflammatory' speech", &[]),
    ("rejected", true, "Israel rejects Hamas's accusations of stalling", &[]),
    ("rejected", true, "Hamas rejects Hamas's own earlier timeline", &[]),
    // the Security Council endorsing or rewarding is no side accepting or proposing
    ("third", true, "U.N. Security Council backs Gaza truce plan, offers to ease sanctions", &[]),
    // the price or the pay put on the table is the offer
    ("proposal", true, "Israel offers Hamas $250 fuel price if deal signed by midnight", &["proposal/Israel"]),
    ("proposal", false, "Hamas said Israel's price offer was too low.", &[]),
    ("conditional", false, "Hamas offered to free ten hostages if Israel halted strikes for a week.", &["proposal/Hamas"]),
    ("conditional", false, "Israel would offer a longer pause if Hamas freed the hostages.", &[]),
    // ruling out concessions of one's own restates a red line
    ("rejected", false, "Netanyahu said a deal was close but ruled out concessions on Gaza security.", &[]),
    ("rejected", true, "Israel rules out Hamas compromise on prisoner list", &["proposal_rejected/Israel"]),
    // the other side's negotiating mandate is its brief for the talks
    ("rejected", true, "Hamas says Israel's negotiating mandate unacceptable", &["proposal_rejected/Hamas"]),
    // time given to return to the talks presses toward them; it states no term
    ("demands", true, "Netanyahu gives Hamas 48 hours to return to talks", &[]),
    ("demands", true, "Netanyahu gives Hamas 48 hours to free the hostages", &["new_demands/Israel"]),
    // the ruling the sides must carry out is accepted like a proposal (rejecting a court's
    // ruling is mostly another dispute's business)
    ("accepted", true, "Israel accepts Hague ruling on Rafah crossing, voices regret", &["proposal_accepted/Israel"]),
    ("accepted", false, "Netanyahu said Israel will abide by the arbitration award.", &["proposal_accepted/Israel"]),
    ("rejected", true, "Israel rejects court ruling on Gaza settlers", &[]),
    // ---- round 56: a crisis's concessions, bills, arbitration, states that are no acts ----
    ("proposal", true, "Netanyahu offers early elections to end the crisis", &["proposal/Israel"]),
    ("proposal", false, "Netanyahu offered to dissolve parliament by the end of the year.", &["proposal/Israel"]),
    ("proposal", false, "Hamas offered to end the rocket fire from Gaza.", &["proposal/Hamas"]),
    // the government or the coalition that talks are about is their modifier, not what is left
    ("withdrawal", true, "Hamas walks out of unity government talks", &["delegation_withdrawal/Hamas"]),
    ("withdrawal", false, "Israel's far-right partner pulled out of the coalition negotiations on Sunday.", &[]),
    ("withdrawal", true, "Israel quits coalition government, toppling cabinet", &[]),
    // a demand softened or cut back is none made; the talks' pace is procedure
    ("demands", true, "Hamas softens demand for full Israeli withdrawal", &["proposal/Hamas"]),
    ("demands", false, "Israel scaled back its demand for control of the crossing, officials said.", &["proposal/Israel"]),
    ("agreement", true, "Israel, Hamas agree to intensify truce talks", &[]),
    ("agreement", false, "Egypt said Israel and Hamas had agreed to accelerate the negotiations in Cairo.", &[]),
    ("proposal", false, "Netanyahu offered to dissolve the cabinet and hold early elections.", &["proposal/Israel"]),
    ("proposal", true, "Hamas rolls out plan for phased prisoner exchange", &["proposal/Hamas"]),
    ("proposal", true, "Israel submits bill on the exchange of prisoners", &["proposal/Israel"]),
    ("rejection", false, "Hamas rejected the bill on the exchange terms, calling it a trap.", &["proposal_rejected/Hamas"]),
    ("withdrawal", true, "Israel pulls out of border arbitration with Egypt", &["delegation_withdrawal/Israel"]),
    ("none", false, "Israeli negotiators have two days left to close the gaps, officials said.", &[]),
    ("none", false, "A Hamas spokesman said the door to negotiations remained open.", &[]),
    ("none", false, "Israeli and Hamas negotiators were still meeting daily in Doha, a Qatari official said.", &[]),
    ("none", true, "Egyptian government, Qatari investors sign amended shareholder agreement", &[]),
    ("none", true, "Israel unveils stimulus package as war costs mount", &[]),
    // both sides taking up a third party's plan accept it, each of them; both accepting the
    // truce itself is the agreement
    ("accepted", true, "Israel and Hamas accept Egyptian plan for phased hostage releases", &["proposal_accepted/Hamas+Israel"]),
    ("accepted", false, "Both Israel and Hamas have endorsed the Qatari roadmap for the second phase, a mediator said.", &["proposal_accepted/Hamas+Israel"]),
    ("agreement", true, "Israel and Hamas accept ceasefire starting Sunday", &["agreement/Hamas+Israel"]),
    // the go-between leaving the job suspends its role; an envoy replaced or a party's own
    // negotiator resigning does not
    ("suspended", true, "Qatari mediator quits as Gaza talks stall", &["talks_suspended/Qatar"]),
    ("suspended", false, "The Egyptian facilitator stepped down on Monday, saying the gaps were too wide.", &["talks_suspended/Egypt"]),
    ("none", true, "UN envoy for the Middle East resigns, citing health", &[]),
    ("none", false, "Israel's chief negotiator resigned on Sunday after a row with the cabinet.", &[]),
    // what a side or a go-between proposes or recommends "that" the sides do is a proposal;
    // recommending approval of a text or a prize is no proposal to the other side
    ("proposal", false, "Qatar proposed on Tuesday that the two sides exchange lists of prisoners first.", &["proposal/Qatar"]),
    ("proposal", false, "The Egyptian mediators recommended that Israel and Hamas hold a second round in Cairo.", &["proposal/Egypt"]),
    ("none", true, "Israeli government recommends Trump for Nobel Peace Prize", &[]),
    // a move judged too little ("falls short", "not enough", "insufficient") is turned
    // down by whoever judges it; a deal done and criticised, "enough" without a negation,
    // "falls short, but …" and a vote falling short are no answer to an offer
    ("rejection", true, "Hamas says Israeli offer falls short", &["proposal_rejected/Hamas"]),
    ("rejection", true, "Hamas: Israeli offer 'not good enough'", &["proposal_rejected/Hamas"]),
    ("rejection", false, "Israel said on Monday the Hamas response was not enough.", &["proposal_rejected/Israel"]),
    ("rejection", true, "Hamas calls Egyptian proposal 'insufficient'", &["proposal_rejected/Hamas"]),
    ("none", true, "Netanyahu: the Gaza deal was not good enough for Israel", &[]),
    ("none", true, "Qatar says Israeli offer is enough to restart talks", &[]),
    ("none", false, "Hamas said the Egyptian text falls short, but is a first step.", &[]),
    ("none", true, "Israeli coalition falls short in Knesset vote", &[]),
    // a labour dispute's words for an offer judged unacceptable
    ("rejection", true, "Hamas rips Israeli offer as 'insulting'", &["proposal_rejected/Hamas"]),
    ("rejection", false, "Israel said the latest Hamas offer was a no-go.", &["proposal_rejected/Israel"]),
    ("none", false, "Critics called the timing of the Israeli offer absurd.", &[]),
    // what is ended, lifted or dropped is a noun: ending a boycott is no walk-out
    ("withdrawal", true, "Hamas ends boycott of the Cairo talks", &[]),
    ("withdrawal", false, "Israel lifted its boycott of the negotiations on Sunday.", &[]),
    // a side telling the other side by name to act sets a term; telling it to stop the
    // fighting or to come to the talks presses toward them
    ("demands", true, "Hamas tells Israel to free all women prisoners first", &["new_demands/Hamas"]),
    ("demands", false, "Netanyahu told Hamas to hand over the maps of the tunnels before any release.", &["new_demands/Israel"]),
    ("none", true, "Qatar tells Hamas to return to the Doha talks", &[]),
    ("none", true, "Egypt tells Israel to stop the Rafah offensive", &[]),
    // a state's demonym before an armed group's word names somebody else
    ("actors", true, "Egyptian militant leader rejects Israeli truce offer", &[]),
    // a summit closing with nothing agreed is one gathering over, not the talks failed
    // a party's leader at the venue today, in a verbless headline, is the trip announced;
    // without the day it is as often a meeting already told
    ("dispatched", true, "Netanyahu in Cairo today for truce talks", &["delegation_dispatched/Israel"]),
    ("none", true, "Witkoff in Doha for talks with Hamas", &[]),
    ("none", true, "Hamas leaders in Cairo today", &[]),
    // agreeing to recess or adjourn sets the calendar; the request past it is no object
    ("none", false, "The Israeli and Hamas teams agreed to recess at Hamas's request.", &[]),
    ("none", true, "Israel and Hamas agree to adjourn until Monday", &[]),
    ("accepted", true, "Israel agrees to Hamas's request for a longer pause", &["proposal_accepted/Israel"]),
    // a subject of none, however long, says nobody did it
    ("none", false, "Netanyahu said none of Hamas's negotiators had called his offer unacceptable.", &[]),
    ("none", false, "None of the Hamas leaders in Doha has accepted the Israeli offer, officials said.", &[]),
    ("none", true, "Nobody in Hamas's delegation walked out of the talks", &[]),
    ("rejected", true, "Hamas rejects the plan, none of its demands met", &["proposal_rejected/Hamas"]),
    // a go-between giving up its role halts its part; a deal that gives a side a role
    // grants one
    ("suspended", true, "Qatar gives up its mediating role in Gaza talks", &["talks_suspended/Qatar"]),
    ("suspended", true, "Egypt drops mediation role", &["talks_suspended/Egypt"]),
    ("none", false, "Israel and Hamas signed an agreement that gives Egypt a monitoring role in Rafah.", &["agreement/Hamas+Israel"]),
    // the channel the sides talk through, cut, is the talks halted; ties cut are relations
    ("suspended", true, "Hamas cuts contact with Israeli negotiators", &["talks_suspended/Hamas"]),
    ("none", true, "Hamas cuts ties with Iran-backed faction", &[]),
    // a side naming its own price states what it wants in return; a price that is not
    // the side's is money
    ("demands", true, "Hamas names its price for hostage deal", &["new_demands/Hamas"]),
    ("demands", true, "Israel sets out its price for a truce: all hostages home", &["new_demands/Israel"]),
    ("none", true, "Hamas names price of fuel in Gaza markets", &[]),
    ("none", true, "Analysis: the price Israel paid for the truce", &[]),
    // a participle "named" is no verb of naming ("X named envoy, heads for Cairo")
    ("dispatched", true, "Qatari minister named envoy, heads for Cairo talks", &["delegation_dispatched/Qatar"]),
    // a trip to a bloc's or forum's own summit is another dossier; a trip to the sides'
    // summit in a city is a dispatch
    ("none", true, "Trump flies to G7 summit in Canada as Gaza talks stall", &[]),
    ("none", true, "Netanyahu heads to the Arab League summit in Riyadh", &[]),
    ("none", false, "The Qatari emir left for the NATO summit in Vilnius on Monday.", &[]),
    ("dispatched", true, "Hamas delegation heads to Cairo summit", &["delegation_dispatched/Hamas"]),
    // what meets a side's terms or position satisfies them: no meeting
    ("none", true, "Washington: Hamas move meets longstanding Israeli position", &[]),
    ("none", true, "New Israeli proposal meets key Hamas conditions, Qatar says", &[]),
    ("none", false, "Egypt said the revised Israeli map met most of Hamas's demands.", &[]),
    ("dispatched", true, "Israel and Hamas meet in Cairo on terms of truce", &["delegation_dispatched/Hamas+Israel"]),
    // an understanding reached is a deal; understandings on points, or a better one, are
    // progress the talks go on from
    ("deal", true, "Israel and Hamas reach an understanding on the hostage swap", &["agreement/Hamas+Israel"]),
    ("deal", false, "The sides reached an understanding on the first phase, Qatar said.", &["agreement/"]),
    ("none", true, "Israel and Hamas reach understandings on several issues", &[]),
    ("none", true, "Hamas says understandings reached, but gaps remain", &[]),
    ("none", false, "Israel and Hamas reached a better understanding of each other's positions.", &[]),
    // a verb of refusing closed by a comma negates nothing after it; "refused to" does
    ("withdrawal", true, "Hamas refused, walking out of the Cairo talks", &["delegation_withdrawal/Hamas"]),
    ("none", true, "Hamas refused to walk out of the Cairo talks", &[]),
    ("none", true, "Arab summit ends without Gaza truce deal", &[]),
    ("none", false, "The Cairo summit ended without an agreement on the Gaza truce, Egypt said.", &[]),
    // what a side blocks, vetoes or prevents does not happen
    ("none", true, "Israel blocks start of Cairo talks with Hamas", &[]),
    ("none", false, "Egypt said Israel had vetoed resumption of the talks in Cairo.", &[]),
    // a comma right after the verb leaves it no object: the noun past it belongs to the
    // speech tag ("reply already sent, minister says" sent no minister)
    ("none", true, "Hamas reply on truce proposal already sent, Qatari minister says", &[]),
    // leaving a meeting empty-handed is the meeting over with nothing, not a walk-out
    ("none", true, "Hamas leaders leave Sisi meeting empty-handed", &[]),
    ("withdrawal", true, "Hamas leaders walk out of Sisi meeting", &["delegation_withdrawal/Hamas"]),
    // "start of", "launch of": a noun, the talks' beginning is awaited, not reported
    ("none", true, "Hamas delegation awaits start of talks in Cairo", &[]),
    ("none", false, "Families in Gaza are waiting for launch of negotiations on the second phase.", &[]),
    // a side that leaves "mediation" (the process it sat in) walks out; a go-between
    // leaves its mediation role
    ("withdrawal", true, "Hamas says it left mediation because Israeli negotiators were absent", &["delegation_withdrawal/Hamas"]),
    ("suspended", true, "Qatar quits mediation role in Gaza talks", &["talks_suspended/Qatar"]),
    // a multilateral negotiation names its sides by their count: "six powers", "four-party
    // talks reach deal" are the sides acting together
    ("collective", true, "Four-party talks reach deal on Gaza hostages", &["agreement/"]),
    ("collective", true, "Three powers agree on Gaza truce text", &["agreement/"]),
    ("none", true, "Six-party talks on Korea stall as envoys trade blame", &[]),
    // a headline's "after" + a party + a present tense tells the cause, news of the same
    // day; in the past tense it recalls the step before
    ("rejection", true, "Cairo talks suspended after Israel rejects Egyptian proposal", &["proposal_rejected/Israel", "talks_suspended/Egypt+Israel"]),
    ("none", false, "Hamas returned to Cairo last week after Israel rejected the Egyptian proposal.", &[]),
    // a side stepping back or aside from the talks leaves them; stepping down or up is
    // something else
    ("withdrawal", false, "Hamas stepped back from the Cairo talks on Monday.", &["delegation_withdrawal/Hamas"]),
    ("withdrawal", true, "Hamas steps aside from Cairo talks", &["delegation_withdrawal/Hamas"]),
    ("none", true, "Hamas leader steps down after Cairo talks", &[]),
    ("none", true, "Israel steps up strikes as Cairo talks stall", &[]),
    // the negotiators, no side named, reaching a deal are both sides; leaving is anybody's
    ("collective", true, "Negotiators reach tentative deal on Gaza hostages", &["agreement/"]),
    ("none", true, "Negotiators leave Cairo as talks stall", &[]),
    // a legislature's word before an office names a person: the offer goes to the other
    // side, not to a parliament for ratification
    ("proposal", false, "Israel made an offer to Senate Majority Leader Thune on the hostages.", &["proposal/Israel"]),
    ("none", true, "Israel sends truce plan to parliament", &[]),
    // talks named by their number of sides are nobody else's
    ("suspended", true, "Four-party talks adjourn without deal", &["talks_suspended/"]),
    // a concession traded for the other side's or made inside a deal tells the deal; under
    // a plan it is one side accepting the plan
    ("agreement", true, "Hamas agrees to free 20 hostages in return for 1,000 prisoners", &["agreement/Hamas"]),
    ("agreement", true, "Hamas agrees to hand over weapons in landmark deal", &["agreement/Hamas"]),
    ("acceptance", true, "Israel agrees to withdraw from Rafah under Egyptian plan", &["proposal_accepted/Israel"]),
    // what somebody is kept "from doing" does not happen, and keeping them is no suspension
    ("none", true, "Egypt stopped Israel from suspending the Cairo talks", &[]),
    ("none", false, "On Wednesday Turkey stopped the envoys from opening the accession process.", &[]),
    // a side's legislature approving the deal its government made is that side accepting
    // it; the cabinet's approval is the government's own act, the deal
    ("acceptance", true, "Israeli parliament ratifies Gaza deal with Hamas", &["proposal_accepted/Israel"]),
    ("acceptance", true, "Knesset lawmakers approve hostage deal", &["proposal_accepted/Israel"]),
    // a session pushed back by a day or hours is rescheduled, not halted
    ("schedule", true, "Gaza truce talks put off a day so Hamas delegation can consult", &[]),
    ("schedule", false, "Egypt postponed the Cairo truce talks by 24 hours at Israel's request.", &[]),
    ("suspended", true, "Egypt postpones Gaza truce talks indefinitely", &["talks_suspended/Egypt"]),
    ("suspended", true, "Gaza truce talks adjourned after two hours, Hamas says no offer made", &["talks_suspended/Hamas"]),
    // a side's members voting on the deal their negotiators made accept it
    ("acceptance", true, "Hamas members ratify truce deal with Israel", &["proposal_accepted/Hamas"]),
    ("acceptance", false, "Hamas members voted to ratify the truce deal on Sunday.", &["proposal_accepted/Hamas"]),
    ("agreement", true, "Israel and Hamas approve truce deal", &["agreement/Hamas+Israel"]),
    // an offer to supply, provide or try something is put in the other side's hands
    ("proposal", true, "Egypt offers to try the suspects in Cairo", &["proposal/Egypt"]),
    ("proposal", false, "Qatar offered to provide fuel to Gaza if Hamas frees the hostages.", &["proposal/Qatar"]),
    // a headline's side wanting the other side, by name, to act sets a term; in a lead it
    // restates where the side stands; wanting it back at the table presses toward talks
    ("demands", true, "Israel wants Hamas to hand over all weapons before any deal", &["new_demands/Israel"]),
    ("none", false, "Israel wants Hamas to disarm first, while Hamas wants Israel to withdraw.", &[]),
    ("none", true, "Hamas wants Israel to return to talks", &[]),
    // talks ending with no date to resume are suspended, whatever they ended without;
    // ending without a breakthrough but with the next session set is one round over
    ("suspended", true, "Cairo talks break up without progress, no date to resume", &["talks_suspended/Egypt"]),
    ("none", true, "Cairo talks end without breakthrough, to resume Sunday", &[]),
    // a refusal that goes on ("still won't sign") is a standing position told again
    ("none", true, "Hamas still won't sign the Egyptian deal", &[]),
    ("rejection", true, "Hamas won't sign the Egyptian deal", &["proposal_rejected/Hamas"]),
    // calling off strikes to enter talks suspends nothing
    ("none", true, "Israel calls off next week's strikes to enter talks", &[]),
    // a side that stops attending the talks walks out of them
    ("withdrawal", true, "Hamas stops attending the Cairo talks", &["delegation_withdrawal/Hamas"]),
    // "walk back", "roll back": "back" after a verb of motion retracts, it backs nothing
    ("none", true, "Europeans say Hamas proposals walk back compromises", &[]),
    ("none", false, "Israel rolled back parts of the Egyptian plan on Sunday.", &[]),
    ("none", false, "Qatar brought Washington back into the Gaza accord on Monday.", &[]),
    // a verb's own particle after it ("steps back") does not make the verb a plural noun
    ("withdrawal", true, "Hamas steps back from the Cairo talks", &["delegation_withdrawal/Hamas"]),
    // ---- round 62: grievances, invitations, going home, sub-national governments, truces not renewed ----
    ("demands", false, "Hamas demanded the resignation of Israel's defence minister on Sunday.", &[]),
    ("demands", false, "The Israeli opposition leader demanded an inquiry into the failed talks.", &[]),
    ("demands", true, "Hamas demands probe by Qatar into killing of commander", &[]),
    ("demands", false, "Families of the hostages demanded an apology.", &[]),
    ("demands", true, "Israel demands apology from Hamas negotiator over video", &["new_demands/Israel"]),
    ("demands", false, "Hamas demanded the release of all its prisoners before any deal.", &["new_demands/Hamas"]),
    ("invitation", false, "Qatar invited Israel and Hamas to an urgent meeting in Doha on Sunday.", &[]),
    ("invitation", true, "Israeli minister invites Hamas to talks 'without preconditions'", &[]),
    ("invitation", false, "Egypt's president invited both delegations to Cairo for a new round.", &[]),
    ("proposal", true, "Egypt proposes new round of Gaza talks in Cairo next week", &["proposal/Egypt"]),
    ("agreement", false, "Hamas said it had agreed an open-ended truce with Israel's government after two days of talks in Cairo.", &["agreement/Hamas"]),
    ("agreement", true, "Hamas agrees ceasefire with the Israeli government, Qatar says", &["agreement/Hamas"]),
    // a deal agreed with a party the watchlist names is the two sides' deal, not an acceptance
    ("agreement", true, "Israel agrees hostage deal with Hamas: 33 to be freed", &["agreement/Israel"]),
    // what both sides settle on together to go on is their deal: a paper, a route, rules, a platform
    ("agreement", true, "Israel and Hamas agree route for hostage releases after Cairo talks", &["agreement/Hamas+Israel"]),
    ("agreement", true, "Israel, Hamas agree exploratory paper, recommend formal talks", &["agreement/Hamas+Israel"]),
    ("none", true, "Israel and Hamas agree on principles for Gaza talks", &[]),
    // a quarrel the two sides settle together ends it; the last disputes settled are a step
    ("agreement", true, "Israel and Hamas settle Rafah crossing row after fifteen months", &["agreement/Hamas+Israel"]),
    ("none", false, "Israeli and Hamas negotiators settled the last disputes over the prisoner list on Sunday.", &[]),
    // fifteen nations, or twelve, are the parties counted
    ("agreement", true, "Fifteen Asia-Pacific nations sign Gaza reconstruction pact", &["agreement/"]),
    ("agreement", false, "Hamas agreed a truce with Israel late on Tuesday, Qatari officials said.", &["agreement/Hamas"]),
    ("accepted", true, "Israel agrees to truce with Hamas after Qatari pressure", &["proposal_accepted/Israel"]),
    ("accepted", true, "Hamas agrees to Egyptian plan for a truce with the Israeli government", &["proposal_accepted/Hamas"]),
    ("home", false, "The Hamas delegation returned to Doha after two days of talks with Egyptian mediators.", &[]),
    ("home", true, "Israeli minister returns to Jerusalem under truce deal", &[]),
    ("dispatched", true, "Hamas negotiators return to Cairo for new round of talks", &["delegation_dispatched/Hamas"]),
    ("dispatched", false, "Israel's team returned to Doha after a week's pause to resume the talks.", &["delegation_dispatched/Israel"]),
    ("background", false, "Previous truces between Israel and Hamas collapsed within weeks.", &[]),
    ("background", false, "Earlier rounds of talks in Cairo broke down over the same demands.", &[]),
    ("background", false, "Past ceasefires with Hamas have frayed quickly, analysts note.", &[]),
    ("suspended", true, "Israel-Hamas talks in Cairo collapse over previous terms", &["talks_suspended/Hamas+Israel"]),
    ("noun", true, "Hamas names new team to talk to mediators on pending demands", &[]),
    ("noun", false, "Egypt sent a paper to both sides on outstanding demands.", &[]),
    ("demands", true, "Hamas demands Israeli pullout from Rafah crossing", &["new_demands/Hamas"]),
    ("plan", false, "Talks at the Egyptian president's palace will resume 'in the near future', his office says.", &[]),
    ("plan", false, "Qatar says the talks will resume soon.", &[]),
    ("plan", false, "The negotiations will resume at a later date, the mediators said.", &[]),
    ("dispatched", true, "Israeli and Hamas negotiators resume talks in Cairo", &["delegation_dispatched/Hamas+Israel"]),
    ("conditional", true, "Hamas says 'yes, but' to Egyptian truce plan", &[]),
    ("conditional", false, "Israel's cabinet said yes, but only if all hostages are freed first.", &[]),
    ("accepted", true, "Hamas says yes to Egyptian truce plan", &["proposal_accepted/Hamas"]),
    ("agreement", false, "Israeli and Hamas negotiators unveiled their truce accord in Cairo on Thursday.", &["agreement/Hamas+Israel"]),
    ("agreement", false, "Israel and Hamas presented their ceasefire deal at a joint news conference.", &["agreement/Hamas+Israel"]),
    ("proposal", true, "Egypt unveils new ceasefire proposal for Gaza", &["proposal/Egypt"]),
    ("demands", false, "Separately, Israel pushed the deadline for replies in its review of the crossings to June 14.", &[]),
    ("demands", false, "Egypt pushed back the date for Hamas's answer to Sunday.", &[]),
    ("demands", true, "Hamas presses for changes to Egyptian draft", &["new_demands/Hamas"]),
    ("offtopic", true, "Israel sends delegation to Tokyo talks with Japan", &[]),
    ("offtopic", false, "Hamas negotiators left Ankara after two days of talks with Turkey's foreign minister.", &[]),
    ("dispatched", true, "Israel sends delegation to Cairo for talks with Hamas", &["delegation_dispatched/Israel"]),
    ("demands", false, "Hamas asked for five more days to study the Egyptian draft.", &[]),
    ("demands", false, "Israel's negotiators sought two more weeks before answering the mediators.", &[]),
    ("demands", true, "Hamas seeks more guarantees from mediators", &["new_demands/Hamas"]),
    ("demands", true, "Hamas demands independence vote before signing", &["new_demands/Hamas"]),
    ("demands", true, "Israel demands sovereignty guarantee in Gaza talks", &["new_demands/Israel"]),
    ("demands", true, "Hamas demands that Israel withdraw from Rafah", &["new_demands/Hamas"]),
    ("noun", false, "The demands that Hamas made on Sunday were unchanged.", &[]),
    ("stance", true, "Hamas insists on a just peace for Gaza", &[]),
    ("demands", true, "Hamas seeks release of 7,000 prisoners for three-month truce", &["new_demands/Hamas"]),
    ("demands", false, "Israel seeks the withdrawal of Hamas fighters from Rafah before any truce.", &["new_demands/Israel"]),
    ("third", true, "Families seek release of hostages at Tel Aviv rally", &[]),
    ("demands", true, "Hamas now demands that Israel withdraw from the Philadelphi corridor", &["new_demands/Hamas"]),
    ("other business", true, "Israel, Egypt sign police data-sharing agreements", &[]),
    ("other business", false, "Egyptian and Qatari ministers held talks on food security in Doha on Monday.", &[]),
    ("other business", true, "Israel, Egypt sign intelligence-sharing pact", &[]),
    ("proposal", true, "Israel sweetens offer to Hamas on prisoner releases", &["proposal/Israel"]),
    ("proposal", true, "Israel raises its offer on prisoner releases", &["proposal/Israel"]),
    ("urged", false, "Hamas urged Israel to improve its offer before Sunday.", &[]),
    ("denial", false, "Israel denied it would sweeten the offer, officials said.", &[]),
    ("conditional", false, "Hamas says it will return to the table only once Israel halts its strikes.", &[]),
    ("conditional", false, "Israel will send its team to Cairo only when the hostage list arrives, officials said.", &[]),
    ("dispatched", true, "Hamas returns to the table in Cairo once more", &["delegation_dispatched/Hamas"]),
    // ---- round 64: offers of any concession, dossier nouns ----
    ("proposal", true, "Israel offers Hamas safe passage for fighters in Rafah", &["proposal/Israel"]),
    ("proposal", true, "Hamas offers hostages' bodies for fuel deliveries", &["proposal/Hamas"]),
    ("proposal", true, "Israel offers Hamas leaders exile in exchange for the hostages", &["proposal/Israel"]),
    ("third", true, "Qatar offers condolences after strike on Gaza school", &[]),
    ("third", true, "Egypt offers venue for next round of Gaza talks", &[]),
    ("third", false, "Egypt offers its good offices as the Gaza talks stall.", &[]),
    ("noun", true, "Gaza health workers call UNRWA's pay offers 'a joke'", &[]),
    ("rejected", true, "Hamas balks at signing Egyptian truce paper", &["proposal_rejected/Hamas"]),
    ("negated", false, "Israel balked at initialling the deal on Sunday, officials said.", &["proposal_rejected/Israel"]),
    ("plan", true, "Israel eyes mid-June signing of Gaza truce deal", &[]),
    ("plan", false, "Hamas is targeting a signing of the ceasefire accord in Cairo next month.", &[]),
    ("charges", true, "Hamas rejects Israeli charges, blames Israel for ceasefire breaches", &[]),
    ("charges", false, "Israel dismissed the accusations and blamed Hamas for stalling the truce proposal.", &[]),
    ("conditional", true, "Israel readies troops in case Gaza truce talks collapse", &[]),
    ("conditional", false, "Egypt said it had aid convoys ready in the event that the talks broke down.", &[]),
    ("round of", false, "Israel froze its first round of troop cuts for three months.", &[]),
    ("round of", true, "Hamas suspends new round of talks with Israel", &["talks_suspended/Hamas"]),
    ("outcome", true, "Israel and Hamas heading for phased truce deal, mediators say", &[]),
    ("dispatched", true, "Hamas team heads for Cairo truce talks", &["delegation_dispatched/Hamas"]),
    ("demands", false, "Hamas issued a statement on Tuesday, demanding an Israeli withdrawal from Rafah.", &["new_demands/Hamas"]),
    ("demands", false, "Hamas walked out of the talks, demanding an Israeli withdrawal.", &["delegation_withdrawal/Hamas", "new_demands/Hamas"]),
    ("relative", false, "Egypt sent a memorandum demanding an end to the strikes.", &["proposal/Egypt"]),
    ("fired", true, "Netanyahu dismisses his entire cabinet after protests", &[]),
    ("rejected", true, "Hamas dismisses Egyptian truce plan", &["proposal_rejected/Hamas"]),
    ("agreement", true, "Israel and Hamas seal Gaza truce deal", &["agreement/Hamas+Israel"]),
    ("proposal", true, "Hamas softens its demands on prisoner releases", &["proposal/Hamas"]),
    ("proposal", true, "Israel cuts troop-presence demand to 18 months in Gaza talks", &["proposal/Israel"]),
    ("conditional", false, "Israel said it would lower its demands only if Hamas freed all hostages.", &[]),
    ("suspended", true, "Truce talks with Hamas grind to a halt", &["talks_suspended/Hamas"]),
    ("suspended", false, "Negotiations between Israel and Hamas have come to a standstill, Qatar said.", &["talks_suspended/Hamas+Israel"]),
    ("other", false, "Traffic in Rafah ground to a halt as the talks went on.", &[]),
    ("proposal", true, "Hamas receives Egyptian truce proposal", &["proposal/Egypt"]),
    ("proposal", false, "Israel has received the draft from Hamas, officials said.", &["proposal/Hamas"]),
    ("proposal", false, "Israel has received the draft, officials said.", &[]),
    ("negation", true, "Hamas says it received no proposal from Israel", &[]),
    ("noun", true, "Netanyahu says Hamas ceasefire demands would endanger Israel", &[]),
    ("noun", true, "Qatar: prisoner list a 'necessary condition' for meeting Hamas demands", &[]),
    ("demands", true, "Hamas demands Israeli pullout from Rafah before any truce", &["new_demands/Hamas"]),
    ("offtopic", true, "Trump approves Israel's plan to build nuclear-powered submarine", &[]),
    ("actors", true, "Egypt's largest cartel agrees to move fighters into special zones", &[]),
    ("plan", true, "Israel, Hamas agree to aim for truce package by July", &[]),
    ("plan", false, "Israel and Hamas agreed to endeavour to reach a ceasefire deal by Friday.", &[]),
    ("background", false, "A decree replaced the Israeli envoy who initialled the July protocols.", &[]),
    ("background", false, "Netanyahu fired the negotiator who signed the truce deal.", &[]),
    ("accepted", false, "The Israeli envoy initialled the July protocols on Sunday.", &["proposal_accepted/Israel"]),
    ("conditional", true, "Israel says it won't sign truce deal without hostage guarantees", &[]),
    ("conditional", false, "Hamas said it would not sign the agreement without a full Israeli withdrawal.", &[]),
    ("rejected", true, "Israel won't sign the truce deal", &["proposal_rejected/Israel"]),
    ("third", true, "Hamas talks go on; Britain's new government offers train drivers a pay deal", &[]),
    ("stance", true, "Israel says all options are on the table", &[]),
    ("threat", false, "Hamas threatened to put its weapons back on the table.", &[]),
    ("home", true, "Israeli delegation heads back to Jerusalem for consultations", &[]),
    ("home", false, "The Israeli team travelled back to Jerusalem to consult the cabinet.", &[]),
    ("dispatched", true, "Israeli delegation heads back to Cairo for talks", &["delegation_dispatched/Israel"]),
    ("dispatched", true, "Israeli negotiators go into the talks opened on Sunday under Netanyahu's envoy", &["delegation_dispatched/Israel"]),
    ("plan", false, "Xinhua said Netanyahu and Hamas's leaders agreed to meet on the sidelines of the Cairo summit.", &[]),
    ("claim", false, "Posts on social media claimed the Israeli team had walked out.", &[]),
    ("claim", false, "Hamas walked out after Israel claimed agreements had been reached.", &["delegation_withdrawal/Hamas"]),
    // ---- round 67 (blind corpora of 2026-12-04, third session) ----
    // "to" + a word + an article is an infinitive, whatever the word: what follows is
    // another clause's object, not the rule's
    ("background", false, "Breaking off her tour to chair an emergency cabinet meeting in Kyiv, Zelensky condemned the strikes.", &[]),
    ("suspended", false, "Israel called off the meeting to protest the strikes.", &["talks_suspended/Israel"]),
    // "during" opens an adverbial: "left during the talks" left nothing
    ("background", false, "Israel said it would win back investors who left during the talks.", &[]),
    // agreeing to return to the table resumes the talks, it concedes nothing
    ("dispatched", true, "Israel, Hamas agree to return to the negotiating table in Cairo", &["delegation_dispatched/Hamas+Israel"]),
    // past another finite verb the particle is that verb's
    ("stance", false, "Israel refused to improve its offer, telling Hamas it had nothing more to give.", &[]),
    ("demands", false, "Israel told Hamas to hand over the lists of hostages by Friday.", &["new_demands/Israel"]),
    // states or parties with nothing to single some out, alone or counted, are all the
    // parties at the table (a conference's deal)
    ("collective", true, "Nations agree Gaza truce deal at Cairo conference after overnight talks", &["agreement/"]),
    ("collective", false, "Almost 40 countries agreed a Gaza truce deal early on Sunday.", &["agreement/"]),
    ("third", true, "Gulf nations agree customs union deal", &[]),
    // talks that break off have stopped, like talks that break down; a session that broke
    // off for the night paused
    ("suspended", true, "Israel-Hamas truce talks break off hours before the deadline", &["talks_suspended/Hamas+Israel"]),
    ("suspended", false, "The Cairo round broke off for the weekend.", &[]),
    ("suspended", false, "Talks between Israel and Hamas broke down over the weekend over the demand for guarantees.", &["talks_suspended/Hamas+Israel"]),
    // a side voting for a text accepts it; voting against one rejects it
    ("accepted", true, "Hamas shura council votes in favour of Cairo truce deal", &["proposal_accepted/Hamas"]),
    ("accepted", false, "Israel's cabinet voted for the hostage agreement late on Friday.", &["proposal_accepted/Israel"]),
    ("rejected", false, "Israel's cabinet voted against the Egyptian proposal on Sunday.", &["proposal_rejected/Israel"]),
    ("background", false, "Israel's cabinet voted for a new speaker on Sunday.", &[]),
    // a headline's opening "since …" up to its colon is background
    ("background", true, "Since truce talks collapsed in March: a timeline of the Israel-Hamas file", &[]),
    // a suggestion or an idea followed by a clause states something, nothing is offered
    ("stance", true, "Netanyahu rejects suggestion Israel got nothing for the hostage deal", &[]),
    ("stance", false, "Hamas dismissed the idea that the talks had failed.", &[]),
    ("rejected", true, "Hamas rejects idea of a phased truce", &["proposal_rejected/Hamas"]),
    // terms the sides swap are offers
    ("proposal", true, "Israel, Hamas exchange draft truce terms through Qatar", &["proposal/Hamas+Israel"]),
    // agreeing to open, start or hold talks concedes nothing
    ("plan", false, "Israel and Hamas agreed to start six weeks of consultations on the Cairo text.", &[]),
    ("plan", true, "Five Palestinian factions agree to open unity talks with Hamas", &[]),
    // a deadline that names no demand is the clock of an offer or a threat
    ("proposal", true, "Israel improves hostage offer, sets Friday deadline to seal truce", &["proposal/Israel"]),
    ("threat", false, "Hamas left the talks and set a Sunday deadline.", &["delegation_withdrawal/Hamas"]),
    ("demands", true, "Israel sets Monday deadline for release of hostages' bodies", &["new_demands/Israel"]),
    // a timetable or a calendar the other side put forward is approved like a plan
    ("accepted", true, "Hamas endorses Egypt's phased hostage release timetable", &["proposal_accepted/Hamas"]),
    // ---- round 69 (blind corpora of 2026-12-04, fourth session) ----
    // "knock back" an offer is to refuse it, not "to back" it
    ("rejected", true, "Hamas knocks back Israel's revised hostage offer", &["proposal_rejected/Hamas"]),
    ("rejected", false, "Israel knocked back the latest Egyptian proposal as falling short.", &["proposal_rejected/Israel"]),
    ("accepted", true, "Hamas backs Egypt's revised truce proposal", &["proposal_accepted/Hamas"]),
    // what a side blames or decries ("blames late demands") is a noun, another's move
    ("blame", true, "Gaza truce talks stall; Israel blames late demands", &[]),
    ("blame", false, "Hamas decried fresh conditions at the end of the Cairo round.", &[]),
    ("demands", true, "Israel demands release of all hostages before any truce", &["new_demands/Israel"]),
    // an outlet that closes on "claims" keeps its distance: somebody's claim, not news
    ("claim", true, "Hamas pushing for more prisoners in final truce talks, sources claim", &[]),
    ("claim", true, "Israel walked out of Cairo talks, report claims", &[]),
    ("rejected", true, "Israel rejects Hamas's proposed map, citing security claims", &["proposal_rejected/Israel"]),
    ("second-hand", true, "Israel recalls its negotiators from Doha, Axios reports", &["delegation_withdrawal/Israel"]),
    // a verb coordinated after a comma or "and" has the first verb's subject: "X calls Y,
    // demands Z" demands; a list of nouns after a rejection stays the rejected terms
    ("demands", true, "Hamas thanks mediators, demands full Israeli withdrawal", &["new_demands/Hamas"]),
    ("demands", true, "Israel rejects Hamas reply, demands release of all hostages", &["new_demands/Israel", "proposal_rejected/Israel"]),
    ("demands", false, "Hamas rejected the Israeli map and demanded a full withdrawal from the corridor.", &["new_demands/Hamas", "proposal_rejected/Hamas"]),
    ("rejected", true, "Hamas rejects Israeli conditions and demands", &["proposal_rejected/Hamas"]),
    ("rejected", false, "Hamas rejected the Israeli conditions and demands for disarmament.", &["proposal_rejected/Hamas"]),
    // "counter" heads an object as the counteroffer of bargaining shorthand
    ("proposal", true, "Israel tables six-week counter as Cairo round opens", &["proposal/Israel"]),
    ("rejected", true, "Hamas rejects Israel's counter within hours", &["proposal_rejected/Hamas"]),
    ("background", true, "Israel moves to counter Hamas messaging on aid", &[]),
    // "as" + a party + a verb with its own object tells the same day's act; "as Hamas
    // proposes" alone is a manner
    ("demands", true, "Gaza truce in jeopardy as Hamas demands changes", &["new_demands/Hamas"]),
    ("manner", true, "Hostages to be freed in stages as Hamas proposes", &[]),
    // two sides reaching an agreement in principle make their deal; a draft agreed in
    // principle stays a text
    ("agreement", true, "Israel and Hamas reach agreement in principle on Gaza truce", &["agreement/Hamas+Israel"]),
    // agreeing on the date of the next meeting concedes nothing and makes no deal
    ("plan", false, "Israel and Hamas agreed to plan their next session for September.", &[]),
    ("plan", true, "Israel, Hamas agree to meet again next week in Cairo", &[]),
    ("agreement", true, "Israel and Hamas agree to extend Gaza truce by two days", &["agreement/Hamas+Israel"]),
    // to head a side or a team is to lead it; a trip heads to, for or back somewhere
    ("lead", false, "Israel's foreign minister headed Israel's side, officials said.", &[]),
    ("lead", false, "Hamas negotiators headed the delegation that met the mediators.", &[]),
    ("dispatched", true, "Israeli negotiators head to Cairo for truce talks", &["delegation_dispatched/Israel"]),
    // a participle between an infinitive and its noun describes the noun; what a side
    // calls something is said of a noun
    ("plan", false, "Hamas said it still expects to reach signed agreements by the end of the month.", &[]),
    ("stance", true, "Israel: Hamas wants all prisoners freed, calls demands 'not sustainable'", &[]),
    // the sides agreeing to swap people is their deal, even when "swap" is a verb of its own
    ("agreement", true, "Israel, Hamas agree to swap 1,000 prisoners each", &["agreement/Hamas+Israel"]),
    ("agreement", false, "Israel and Hamas agreed to exchange 50 hostages and 150 prisoners on Friday.", &["agreement/Hamas+Israel"]),
    // a value stays a value before a relative clause or a place ("a just peace that …",
    // "sovereignty over every inch")
    ("value", false, "Hamas insisted on a just and lasting peace that ends the occupation.", &[]),
    ("value", false, "Israel insists on its sovereignty over every inch of the corridor, a minister said.", &[]),
    ("demands", true, "Hamas insists on full Israeli withdrawal from Gaza", &["new_demands/Hamas"]),
    // a session a legislature or a court holds is its sitting, not the talks
    ("legislature", true, "Israel's parliament opens special session on Gaza truce deal", &[]),
    ("legislature", false, "Lawmakers walked out of the Knesset session as the hostage deal was debated.", &[]),
    ("dispatched", true, "Israel and Hamas negotiators open new session of Cairo talks", &["delegation_dispatched/Hamas+Israel"]),
    // "dismissed talk of" a demand denies it
    ("denial", false, "Officials in Gaza dismissed talk of a last-minute demand for more prisoners.", &[]),
    // ---- round 72 ----
    // coordinated names are a plural subject, and a plural subject takes the base form
    // of "demand"; a lone name before it is a noun's modifier
    ("demands", true, "Israel, US demand Hamas release all hostages before any talks", &["new_demands/Israel+United States"]),
    ("demands", false, "Israel and the United States demand that Hamas hand over its weapons.", &["new_demands/Israel+United States"]),
    ("demands", true, "Russia and Iran demand Ukraine drop NATO bid", &["new_demands/Iran+Russia"]),
    ("noun", true, "Hamas rejects Israel and US demand to disarm", &["proposal_rejected/Hamas"]),
    ("noun", true, "US demand for hostage list goes unanswered", &[]),
    // accepting the mandate to form a government takes on a task; the other side's
    // negotiating mandate is still a text to judge
    ("task", true, "Netanyahu accepts mandate to form Israel's next government", &[]),
    ("task", false, "Accepting the mandate, Israel's prime minister said the new coalition would be broad.", &[]),
    ("rejection", true, "Hamas rejects Israel's negotiating mandate as 'unacceptable'", &["proposal_rejected/Hamas"]),
    // pressing a side to take the text on the table states no term; an outcome to accept does
    ("pressure", true, "Egypt tells Hamas to take Israel's offer 'now'", &[]),
    ("pressure", false, "Russia told Ukraine to accept the US peace plan without delay.", &[]),
    ("pressure", true, "Hamas tells Israel to accept defeat in Gaza", &["new_demands/Hamas"]),
    // a boycott is decided when it is announced: the headline future reports it
    ("withdrawal", true, "Hamas to boycott Cairo talks over Rafah strikes", &["delegation_withdrawal/Hamas"]),
    ("threat", true, "Hamas threatens to boycott Cairo talks", &[]),
    ("urged", true, "Iran urges Hamas to boycott Cairo talks", &[]),
    // two sides agreeing on a joint statement put their common text on record
    ("agreement", true, "Israel and Hamas agree joint statement on hostage releases", &["agreement/Hamas+Israel"]),
    ("agreement", false, "Israel and Hamas adopted a joint statement on the truce terms.", &["agreement/Hamas+Israel"]),
    ("negation", true, "Israel and Hamas fail to agree joint statement", &[]),
    ("statement", true, "Israel issues statement on Hamas reply", &[]),
    // a count before the word makes it a plural noun
    ("noun", true, "Israel says 12 Hamas demands remain on the table", &[]),
    ("noun", true, "Egypt: three demands still divide Israel and Hamas", &[]),
    ("demands", true, "Hamas frees three, demands more prisoners in return", &["new_demands/Hamas"]),
    // an order to one's own official sets the other side no term
    ("order", true, "Netanyahu gives Mossad chief two weeks to close hostage deal", &[]),
    ("order", false, "Netanyahu told the Mossad to bring the hostages home within a month.", &[]),
    ("demands", true, "Netanyahu gives Hamas two weeks to free hostages", &["new_demands/Israel"]),
    ("demands", true, "Israeli lawmakers tell Netanyahu to renegotiate Rafah clause", &["new_demands/Israel"]),
    // a party named right before an -s verb is its subject, even when the object noun
    // after it is spelled like a verb ("sweetens offer")
    ("proposal", true, "Israel sweetens offer", &["proposal/Israel"]),
    ("proposal", true, "Netanyahu Sweetens Offer After Meeting With Mediators", &["proposal/Israel"]),
    ("noun", true, "Hamas demands offer hope to hardliners", &[]),
    // another watched party rebuffed by name: its approach is turned down
    ("rejection", true, "Hamas rebuffs Israel, says Rafah plan kills the talks", &["proposal_rejected/Hamas"]),
    ("rejection", true, "Israel rebuffs Qatari envoy on hostage list", &["proposal_rejected/Israel"]),
    ("third", true, "Militants rebuff Israel over Gaza aid", &[]),
    // a trip to the other party's capital with an errand of the talks is a trip to them
    ("dispatched", true, "Witkoff travels to Doha to rework hostage plan", &["delegation_dispatched/United States"]),
    ("dispatched", true, "Witkoff flies to Cairo to press for truce extension", &["delegation_dispatched/United States"]),
    ("plan", true, "Witkoff to travel to Doha to rework hostage plan next week", &[]),
    // what a side offers to commit of its own is its proposal
    ("proposal", true, "Egypt offers to pay for Rafah crossing upgrade", &["proposal/Egypt"]),
    ("proposal", true, "Israel offers to deploy observers at Rafah crossing", &["proposal/Israel"]),
    ("plan", true, "Israel may offer to deploy observers at Rafah crossing", &[]),
    // "once" opens the time of another act, as "after" does; "once again" does not
    ("background", false, "Israel presented its new offer on Saturday once talks resumed.", &["proposal/Israel"]),
    // "back" after a verb of sending or replying is the reply's direction, no support
    ("proposal", false, "Hamas sent back a counter-proposal on Saturday evening.", &["proposal/Hamas"]),
    ("accepted", true, "Hamas backs Egyptian proposal", &["proposal_accepted/Hamas"]),
    // a time phrase between "agreed" and its "to" is no other business
    ("plan", false, "Israel and Hamas agreed late on Friday to meet again next week.", &[]),
    // round 75: a calendar date after a future is a dated plan; today's trip is news
    ("plan", false, "Hamas's political chief will join the mediators in Cairo on 7 March to review the text.", &[]),
    ("plan", false, "Israel's negotiators will travel to Doha on March 12, an official said.", &[]),
    ("plan", false, "The Israeli team will arrive in Cairo in mid-April for a new round.", &[]),
    ("dispatched", false, "Israel's negotiators will travel to Doha today, an official said.", &["delegation_dispatched/Israel"]),
    // an -ing form opening its clause before a modal of its own is that modal's subject
    ("plan", true, "Netanyahu: meeting with Hamas mediators could be in early February", &[]),
    ("plan", true, "Sinwar: meeting with Egyptian team would be premature", &[]),
    // a suggestion or an idea with a clause of its own (a common noun and a copula)
    ("stance", true, "Netanyahu rejects suggestion aid is tied to backing the deal", &[]),
    ("stance", true, "Hamas dismisses idea the talks are dead", &[]),
    ("rejected", true, "Hamas rejects Egyptian suggestion on hostage list", &["proposal_rejected/Hamas"]),
    // the time of a deal put off is not the deal or the talks suspended
    ("timing", false, "Israel and Hamas postponed the effective date of the truce because the lists were late.", &[]),
    ("timing", true, "Mediators delay start of Gaza ceasefire by a day", &[]),
    ("suspended", true, "Israel postpones Cairo talks", &["talks_suspended/Israel"]),
    ("timing", true, "Israel postpones the entry into force of the ceasefire deal", &[]),
    ("accepted", true, "Hamas accepts Egypt's ceasefire date", &["proposal_accepted/Hamas"]),
    // signing an agreement in principle makes it, as reaching one does
    ("agreement", true, "Israel, Hamas sign agreement in principle on hostage swap", &["agreement/Hamas+Israel"]),
    ("draft", true, "Hamas agrees in principle to Egyptian truce text", &["proposal_accepted/Hamas"]),
    // two sides agreeing or announcing a deal in principle together make it, whatever the verb
    ("agreement", true, "Israel, Hamas agree in principle on hostage deal", &["agreement/Hamas+Israel"]),
    ("agreement", false, "Netanyahu and Haniyeh have announced an agreement in principle on the truce.", &["agreement/Hamas+Israel"]),
    ("draft", true, "Israel and Hamas agree in principle on draft truce text", &["proposal/Hamas+Israel"]),
    // adjourned with the day to resume set: a break, and its resumption a schedule
    ("schedule", false, "The Cairo talks were adjourned to let Hamas and Israel consult and resume on Friday.", &[]),
    ("schedule", false, "Israel and Hamas adjourned the talks and will reconvene tomorrow.", &[]),
    ("suspended", false, "Israel and Hamas adjourned the talks indefinitely.", &["talks_suspended/Hamas+Israel"]),
    // a round that ends without a full or comprehensive deal reached something less
    ("round", true, "Cairo talks end without full ceasefire", &[]),
    ("round", true, "Doha round ends without comprehensive deal, mediators say", &[]),
    ("suspended", true, "Cairo talks end without a deal", &["talks_suspended/Egypt"]),
    // a side's own account of the offer it made is its proposal; the past form alone
    // is mostly a recap
    ("proposal", true, "Israel says it offered Hamas 150 more prisoners on Sunday", &["proposal/Israel"]),
    ("proposal", true, "Hamas says it offered Israel a list of 33 names; Israel countered", &["proposal/Hamas"]),
    ("background", true, "Israel says it offered Hamas generous terms before talks ended", &[]),
    ("background", false, "Israel offered Hamas a pause in March.", &[]),
    // a leader who stays away while somebody leads the team is no boycott
    ("represented", true, "Netanyahu will not attend Cairo talks; Mossad chief named to lead team", &[]),
    ("represented", false, "Sinwar won't attend the Doha round, sending his deputy instead.", &[]),
    ("withdrawal", true, "Hamas won't attend Cairo talks, citing Rafah strikes", &["delegation_withdrawal/Hamas"]),
    // leaving a meeting that ended without a deal is no walkout
    ("round", false, "Israeli and Hamas negotiators left the two-day meeting in Cairo without agreement on the hostage list.", &[]),
    ("round", true, "Hamas team leaves Doha talks without a deal", &[]),
    ("walk-out", true, "Hamas team walks out of Doha talks over Rafah strikes", &["delegation_withdrawal/Hamas"]),
    // the rank and file walking out strike or protest; a side's team walks out of the talks
    ("strike", true, "Hamas members walk out for third time this month", &[]),
    ("protest", true, "Israeli lawmakers walk out as Netanyahu defends Gaza deal", &[]),
    ("walk-out", true, "Hamas negotiators walk out as Israel brings nothing new", &["delegation_withdrawal/Hamas"]),
    // talks stopped with nobody named are the sides' talks stopping; another negotiation's
    // talks, named before the noun, are not
    ("suspended", true, "Ceasefire talks postponed again", &["talks_suspended/"]),
    ("suspended", true, "Truce negotiations officially ended without a new date", &["talks_suspended/"]),
    ("suspended", true, "Gaza dialogue paused until next week", &["talks_suspended/"]),
    ("offtopic", true, "Lebanon talks postponed again", &[]),
    ("round", true, "First Gaza talks end without deal; delegations to keep talking", &[]),
    // a conciliator's or a tribunal's recommendation is terms to accept or reject
    ("accepted", true, "Hamas accepts mediators' recommendation to extend the truce", &["proposal_accepted/Hamas"]),
    ("rejected", true, "Israel rejects the committee's recommendations", &["proposal_rejected/Israel"]),
    ("hypothetical", true, "Abbas: we will back whoever has the most recommendations", &[]),
    // "back" with a text before its "at" supports the text; only "back at the table" returns
    ("accepted", true, "Watch: Hamas members back deal at late-night meeting", &["proposal_accepted/Hamas"]),
    ("dispatched", true, "Hamas negotiators back at the table in Doha", &["delegation_dispatched/Hamas"]),
    // a verb with an object of its own: the talks before it are not what resumes
    ("walk-out", true, "Hamas quits Cairo talks, votes to resume attacks", &["delegation_withdrawal/Hamas"]),
    ("none", true, "Palestinian factions quit drafting talks, vote to resume strikes", &[]),
    ("dispatched", true, "Ceasefire talks resume in Cairo", &["delegation_dispatched/"]),
    // agreeing on the need for something is a shared view, not a deal
    ("statement", true, "Netanyahu, Sisi agree on need to implement Gaza deals in phone call", &[]),
    ("statement", false, "The leaders agreed on the need for dialogue but remained apart on the truce.", &[]),
    ("agreement", true, "Israel and Hamas agree on truce terms in Cairo", &["agreement/Hamas+Israel"]),
    ("agreement", true, "Israel and Hamas agree on the need for an immediate and unconditional ceasefire", &["agreement/Hamas+Israel"]),
    // in a headline, insisting on a term is news; in the text, mostly where a side stands
    ("demands", true, "Hamas insists on full Israeli withdrawal from Gaza", &["new_demands/Hamas"]),
    ("stance", false, "Hamas insists on a full withdrawal from the Philadelphi corridor.", &[]),
    ("stance", false, "The sticking point is the venue: Israel insists on Cairo, while Hamas wants Doha.", &[]),
    ("demands", false, "Israel insisted on additional security arrangements in the Philadelphi corridor.", &["new_demands/Israel"]),
    // the negotiators, no side named, coming back to the table are both sides; leaving is
    // anybody's team
    ("dispatched", true, "Negotiators returned to the table in Cairo on Sunday", &["delegation_dispatched/"]),
    ("dispatched", true, "Negotiators back at the table in Doha after two-week pause", &["delegation_dispatched/"]),
    // negotiators named by what the talks are about, or delegations, unnamed, are the sides
    ("dispatched", true, "Truce negotiators back at the table in Doha", &["delegation_dispatched/"]),
    ("dispatched", true, "Delegations return to Cairo for second round of talks", &["delegation_dispatched/Egypt+Hamas+Iran+Israel+Oman+Qatar+Russia+Ukraine+United States"]),
    ("none", true, "Union negotiators back at the table in Doha", &[]),
    ("none", true, "Negotiators left Cairo on Sunday", &[]),
    // a label, a claim or a description of a text rejected is not the text rejected
    ("denial", true, "White House rejects 'prisoner swap' label for Hamas deal", &[]),
    ("denial", true, "Qatar rejects characterization of its truce proposal as biased", &[]),
    ("rejected", true, "Hamas rejects Israel's latest truce proposal", &["proposal_rejected/Hamas"]),
    // one side holding a session alone is its own body sitting; with the other side, talks
    ("internal", true, "Hamas opens special session of its political bureau on the truce", &[]),
    ("internal", true, "Netanyahu holds working session on Gaza deal in Jerusalem", &[]),
    ("meeting", true, "Israel holds first session with Hamas mediators in Cairo", &["delegation_dispatched/Hamas+Israel"]),
    // countering with a figure or a model is the side's next offer; hitting back is a retort
    ("proposal", true, "Hamas counters at 1,000 prisoners", &["proposal/Hamas"]),
    ("proposal", true, "Israel counters with a 42-day truce and a smaller list", &["proposal/Israel"]),
    ("none", true, "Hamas hits back at Israel over Rafah claims", &[]),
    // a term sought in the deal is a demand: a veto, safeguards, immunity, a cap, a share
    ("demands", true, "Hamas seeks veto over the prisoner list in truce deal", &["new_demands/Hamas"]),
    ("demands", true, "Israel seeks safeguards against rearmament in Gaza deal", &["new_demands/Israel"]),
    ("demands", true, "Hamas seeks immunity for its commanders in the talks", &["new_demands/Hamas"]),
    // a start told in the present for a later date is a schedule
    ("schedule", false, "Negotiations between Israel and Hamas on the second phase begin in mid-November.", &[]),
    ("schedule", false, "Talks between Hamas and Israel on a permanent truce start in the autumn, Qatar says.", &[]),
    ("schedule", false, "The second phase of the Gaza talks opens next month in Cairo.", &[]),
    // the bare "offer" is the verb after a plural subject; after a name or an adjective, the noun
    ("proposal", true, "Israeli ministers offer Hamas talks on the hostages", &["proposal/Israel"]),
    ("rejected", true, "Hamas rejects Israeli offer of phased truce", &["proposal_rejected/Hamas"]),
    ("none", false, "Israeli proposals offer no guarantees, Hamas says.", &[]),
    // the head of the subject before what places it names who walks out: workers strike
    ("strike", false, "Hamas members in the Gaza health ministry walked out on Tuesday.", &[]),
    ("strike", false, "Hamas staff at the Gaza power plant walked out again on Tuesday.", &[]),
    ("strike", true, "Israeli writers walk out in pay row as Hamas holds firm", &[]),
    ("walk-out", false, "The Hamas delegates walked out after Israel refused to discuss Rafah.", &["delegation_withdrawal/Hamas"]),
    // a quit put off or undone is the object of the verb before it, not done
    ("put off", true, "Israel suspends exit from Gaza truce hours before expiry", &[]),
    ("put off", true, "Hamas delays withdrawal from ceasefire deal", &[]),
    ("suspended", true, "Hamas quits ceasefire deal", &["talks_suspended/Hamas"]),
    ("accepted", true, "Hamas agrees to extend Gaza truce by two days", &["proposal_accepted/Hamas"]),
    // resisting a plan on the table turns it down
    ("rejected", true, "Hamas resists Israeli plan for Rafah crossing", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Hamas resists pressure to accept Israeli plan", &["proposal_rejected/Hamas"]),
    ("noun", true, "Israeli troops resist Hamas attack near Rafah", &[]),
    // whatever a side says no to was put to it
    ("rejected", true, "Hamas says no to international arbitration on the hostage list", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Israel says no to UN monitors at Rafah", &["proposal_rejected/Israel"]),
    ("none", true, "Qatar says no to violence on both sides", &[]),
    // a vote to accept is the acceptance, in the headline's present too
    ("accepted", true, "Hamas members vote to accept Egyptian truce deal", &["proposal_accepted/Hamas"]),
    ("plan", true, "Israeli cabinet to vote on hostage deal", &[]),
    // a present tense with a time ahead is a schedule
    ("plan", false, "Israeli and Hamas negotiators meet again tomorrow on the mechanism.", &[]),
    ("plan", true, "Cairo talks resume next week, Egypt says", &[]),
    ("dispatched", true, "Israeli negotiators arrive in Cairo as talks resume", &["delegation_dispatched/Israel"]),
    // a clause opening on a place or time phrase closed by a comma has its subject after the comma
    ("demands", true, "Off Qatar, Palestinian crews demand their historic rights back", &[]),
    ("proposal", true, "In Doha, Egypt and Qatar unveil new truce proposal", &["proposal/Egypt+Qatar"]),
    ("demands", true, "During Israeli strikes on Rafah, Hamas demands guarantees from mediators", &["new_demands/Hamas"]),
    ("demands", false, "After a night of talks in Doha, Hamas demanded guarantees from Washington.", &["new_demands/Hamas"]),
    ("accepted", true, "Amid Egyptian pressure, Hamas accepts the bridging proposal", &["proposal_accepted/Hamas"]),
    // a government or a coalition two words before the talks only qualifies them
    ("walk-out", true, "Hamas pulls out of government formation process", &["delegation_withdrawal/Hamas"]),
    ("walk-out", true, "Hamas walks out of unity government formation talks", &["delegation_withdrawal/Hamas"]),
    ("none", true, "Hamas quits the government over the talks", &[]),
    // the other side's approach or overture is something put to a side
    ("rejected", true, "Hamas rebuffs Israeli approach on hostage talks", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Israel spurns Hamas overtures, Reuters reports", &["proposal_rejected/Israel"]),
    ("accepted", true, "Hamas accepts Egyptian overture on prisoner swap", &["proposal_accepted/Hamas"]),
    // one round closing without a deal is the process's rhythm, not a suspension
    ("round", true, "Fifth round of Israel-Hamas talks ends without deal as deadline nears", &[]),
    ("round", true, "Cairo round of Hamas-Israel talks ends without agreement", &[]),
    ("suspended", true, "Israel-Hamas truce talks end without a deal", &["talks_suspended/Hamas+Israel"]),
    // agreeing to speak again, reconvene or keep talking sets a calendar, not a deal
    ("procedure", false, "Israeli and Hamas negotiators met for two hours in Cairo and agreed to speak again.", &["delegation_dispatched/Hamas+Israel"]),
    ("procedure", false, "Both sides agreed to reconvene next week, with Israel's offer and Hamas's demands still far apart.", &[]),
    ("procedure", true, "Israel and Hamas fail to agree truce but agree to keep talking", &[]),
    // how the sides should deal with each other is a value, not a demand
    ("value", true, "Hamas insists on partnership of equals after talks with mediators", &[]),
    ("value", true, "Israel demands reciprocity in any hostage deal", &[]),
    ("demands", true, "Hamas insists on full Israeli withdrawal in any deal", &["new_demands/Hamas"]),
    // a party after a preposition and a quantifier only places or qualifies the subject
    ("strike", false, "Nursing staff at many Israeli hospitals have voted to walk out, the union says.", &[]),
    ("walk-out", true, "Hamas negotiators at the Cairo talks walk out over Rafah strikes", &["delegation_withdrawal/Hamas"]),
    // an -ing trip that describes who speaks is not their act
    ("none", false, "Hamas officials leaving the meeting room say an agreement has been reached.", &["agreement/Hamas"]),
    ("none", false, "Israeli negotiators arriving in Cairo told reporters they expected a long night.", &[]),
    ("walk-out", false, "Hamas negotiators are leaving the talks, an official said.", &["delegation_withdrawal/Hamas"]),
    // a head owned by a plural common noun names other groups, not the party referred to
    ("none", false, "Israel's negotiators said the talks were stuck, while farmers' groups backed the agreement reached with Hamas.", &[]),
    // a place name that ends in -ing after "heads to" is the destination, not a task
    ("dispatched", true, "Hamas delegation heads to Beijing for unity talks", &["delegation_dispatched/Hamas"]),
    ("dispatched", true, "Israeli team heads to Wellington as talks resume", &["delegation_dispatched/Israel"]),
    // a decision owned through the party's government or side is the party's
    ("suspended", false, "Washington said the Israeli government's decision to suspend the talks violated the ceasefire.", &["talks_suspended/Israel"]),
    // what a clause of purpose wants done is not done
    ("purpose", false, "The two leaders hoped remaining issues could be resolved soon so that a truce agreement is concluded, Egypt said.", &[]),
    ("purpose", false, "Qatar pressed both sides in order that the talks resume next week.", &[]),
    ("agreement", false, "The sides reached a truce agreement so quickly that mediators were surprised.", &["agreement/"]),
    // a team sent home for the night is a break in the talks, no walkout and no trip
    ("procedure", true, "Netanyahu sends two negotiators home for the night", &[]),
    ("home", true, "Netanyahu orders negotiators home from Cairo", &["delegation_withdrawal/Israel"]),
    // a departure its own sentence denies is a walkout is none
    ("denial", true, "Hamas negotiators leave Cairo; Haniyeh says it is not a walk-out", &[]),
    ("denial", true, "Israeli envoy's absence from signing 'not a boycott', officials say", &[]),
    // a forecast of a side's step, as a hope, is not the step
    ("hypothetical", true, "Officials predict Hamas will be back at the table within a week", &[]),
    ("hypothetical", true, "Mediators expect Israel will send a team to Cairo", &[]),
    ("dispatched", true, "Israel will send a team to Cairo, officials say", &["delegation_dispatched/Israel"]),
    // a meeting that breaks off for a pause or a meal has paused, not broken down
    ("pause", false, "The Israel-Hamas talks broke off for a pause with no word on progress.", &[]),
    ("pause", false, "The Israel-Hamas talks broke off for lunch and will resume at three.", &[]),
    // the labour deal members vote on is a contract ("boilermakers reject rail contract")
    ("rejected", true, "Hamas rejects contract drafted by Egyptian mediators", &["proposal_rejected/Hamas"]),
    ("accepted", true, "Israel accepts revised contract after overnight talks", &["proposal_accepted/Israel"]),
    // both sides named before "agree to" + a concession made together is their deal
    // ("Serbia, Kosovo agree to open jointly run crossings")
    ("agreement", true, "Israel and Egypt agree to reopen Rafah crossing for the wounded", &["agreement/Egypt+Israel"]),
    ("agreement", true, "Israel, Hamas agree to free women and children first", &["agreement/Hamas+Israel"]),
    // traps: both sides settling where to meet, or a text still to be written
    ("procedure", true, "Israel and Hamas agree to Cairo venue for next round", &[]),
    ("procedure", true, "Israel and Egypt agree to draw up a roadmap for the crossings", &[]),
    // the object negated: a quantifier of none right after the verb
    ("negation", false, "Hamas has accepted neither paper.", &[]),
    ("negation", false, "Israel accepted none of the amendments put forward by Qatar.", &[]),
    // a side's own body meeting is no talks
    ("none", false, "The deal was signed today, the prime minister said as he opened an emergency cabinet session.", &["agreement/"]),
    // a month or a season gone by dates a recap
    ("background", false, "Netanyahu said Israel had said yes to the Egyptian offer last December.", &[]),
    ("background", false, "Hamas officials recalled that the group accepted the Qatari plan last summer.", &[]),
    // a suggestion followed by a clause is a statement, not a text on the table
    ("denial", false, "A Hamas spokesman rejected suggestions the group had dropped its demand for a full withdrawal.", &[]),
    // the act a purpose infinitive helps toward is somebody's aim
    ("plan", true, "Qatar puts $40 million on the table to help the sides sign a truce", &[]),
    // a measure of one's own taken back, offered
    ("proposal", true, "Israel offers to repeal the crossing closure order", &["proposal/Israel"]),
    // a conference adopting the treaty text; an agenda adopted agrees the topics only
    ("agreement", true, "Israel and Hamas adopt ceasefire accord in Cairo", &["agreement/Hamas+Israel"]),
    ("procedure", false, "The two delegations adopted a five-item agenda running from a ceasefire to reconstruction.", &[]),
    // a plural noun after a possessive and a hyphenated adjective is the subject, and the
    // word after it a verb ("Finland's right-wing parties strike deal")
    ("rejected", true, "Israel's far-right ministers reject new truce plan", &["proposal_rejected/Israel"]),
    // a coordinated subject agreeing in the past tense is both sides making the deal, even
    // when only one of them is a watchlist party
    ("agreement", false, "Israel and the militants of Gaza agreed a truce late on Monday.", &["agreement/Israel"]),
    // more detail asked for is no term; "more" after a copula is a value
    ("none", true, "Hamas asks mediators for more detail on the Israeli maps", &[]),
    ("stance", false, "Egypt wants Israel to be more flexible on the Rafah crossing.", &[]),
    // a part of the gains pressed for is a demand
    ("demands", true, "Hamas presses for a share of power in post-war Gaza", &["new_demands/Hamas"]),
    // a go-between carrying one side's text: the proposal is the side that owns it
    ("proposal", true, "Qatari mediator delivers Israel's offer to Hamas", &["proposal/Israel"]),
    ("proposal", true, "Egyptian envoy carries Israeli truce offer to Hamas leaders", &["proposal/Israel"]),
    // bargaining shorthand: a side's "ask" is its demand
    ("demands", true, "Hamas tables $2bn reconstruction ask as Cairo talks resume", &["new_demands/Hamas"]),
    // a meeting in the headline's own "as …" clause is the setting of its act
    ("proposal", true, "Egypt offers new truce plan as Cairo talks open", &["proposal/Egypt"]),
    // the act "to help" somebody do is an aim, however long the names between
    ("plan", false, "Qatar has appointed a special envoy to help the Israeli government and the Hamas leadership reach a lasting truce.", &[]),
    // brushing off the other side's concession rejects it
    ("rejected", true, "Hamas shrugs off Israeli concession on the Rafah crossing", &["proposal_rejected/Hamas"]),
    // a perfect held for years or months is a standing position
    ("background", false, "Israel voted to send the dispute to arbitration, a step Egypt has demanded for nearly four years.", &[]),
    ("background", false, "Hamas has rejected the plan for months, officials said.", &[]),
    // a perfect with "already" recalls what was done before the news
    ("background", false, "A Qatari spokesman said Hamas had already accepted two earlier versions of the plan.", &[]),
    ("background", false, "Israel has already rejected the Egyptian proposal, officials said.", &[]),
    // a side's own cabinet meetings are no talks to suspend
    ("none", true, "Netanyahu postpones cabinet session on the Gaza deal again", &[]),
    // a go-between arriving where a party sits is on its shuttle
    ("dispatched", true, "Egyptian mediator arrives in Israel", &["delegation_dispatched/Egypt"]),
    // markets' floats and a camp pitched are no ideas floated
    ("none", true, "Egypt floats pound, lifts rates in bid to secure Gulf loan", &[]),
    ("none", true, "Displaced families pitch camp outside the Rafah crossing", &[]),
    // taking up a mediator's request to return is returning
    ("dispatched", false, "Hamas agreed to the Egyptian mediators' request to restart negotiations on Thursday.", &["delegation_dispatched/Hamas"]),
    // "ground rules" is a compound noun, not a verb with "out" later on
    ("agreement", false, "Israel and Hamas signed ground rules for the truce, spelling out how forces will pull back.", &["agreement/Hamas+Israel"]),
    // reports called wrong are denied
    ("denial", true, "Reports that Hamas demanded a separate police force are wrong", &[]),
    // a deal left for later is no deal quit
    ("none", false, "Israel leaves the question of the crossings to a later agreement.", &[]),
    // a declaration one party adopts alone is its own text
    ("none", false, "Hamas delegates in Doha adopted a declaration of the movement's principles.", &[]),
    // a side declaring the talks deadlocked or in dispute ends the bargaining
    ("suspended", true, "Hamas declares deadlock in Cairo truce talks", &["talks_suspended/Hamas"]),
    ("suspended", true, "Israel declares impasse as Doha talks stall", &["talks_suspended/Israel"]),
    // a demand restated, reaffirmed or reasserted is the side's standing position
    ("demands", true, "Hamas restates its demand for a full Israeli withdrawal", &[]),
    ("demands", true, "Israel reaffirms demand that Hamas disarm before any deal", &[]),
    ("demands", false, "In Cairo, Hamas negotiators restated their opening demands on Sunday.", &[]),
    ("demands", true, "Hamas reasserts its demand for guarantees from the mediators", &[]),
    ("demands", true, "Hamas demands guarantees from the mediators", &["new_demands/Hamas"]),
    ("demands", true, "Hamas tells mediators the deal is premature, restates opening demands", &[]),
    ("demands", true, "Hamas tells mediators the deal is premature, demands more prisoners", &["new_demands/Hamas"]),
    // terms improved or revised, or the settlement's own terms, tabled are an offer
    ("proposal", false, "Hamas submitted improved terms to the mediators on Monday.", &["proposal/Hamas"]),
    ("proposal", true, "Israel tables revised settlement terms in Doha", &["proposal/Israel"]),
    ("demands", true, "Hamas sets out its terms for ending the war", &["new_demands/Hamas"]),
    // going back to the talks is returning to them
    ("dispatch", true, "Hamas heads back to the negotiating table after a week-long pause", &["delegation_dispatched/Hamas"]),
    ("dispatch", false, "Israeli negotiators went back to the talks in Cairo on Sunday.", &["delegation_dispatched/Israel"]),
    ("dispatch", true, "Hamas goes back to its demand for a full withdrawal", &[]),
    // a base form after a verb of expecting or weighing is its object, a noun
    ("dispatch", true, "Netanyahu sees return to talks with Hamas as very unlikely", &[]),
    ("dispatch", true, "Hamas mulls return to talks after strike on Doha", &[]),
    ("dispatch", true, "Hamas negotiators return to talks after strike on Doha", &["delegation_dispatched/Hamas"]),
    // an act a verb of preventing governs does not happen
    ("prevented", true, "Knesset votes to stop Netanyahu signing the Gaza truce deal", &[]),
    ("prevented", false, "Ben-Gvir moved to block Israel sending a delegation to Cairo.", &[]),
    ("prevented", true, "Israel and Hamas sign truce deal in Cairo", &["agreement/Hamas+Israel"]),
    // an act named as a noun and put off did not happen
    ("prevented", true, "Mediators: signing of the Israel-Hamas truce agreement postponed", &[]),
    ("prevented", true, "Signing of Gaza truce deal delayed as Hamas seeks guarantees", &["new_demands/Hamas"]),
    // after a hyphenated participle, the base form is the noun it describes
    ("proposal", true, "Hamas rejects US-backed draft truce text, dealing blow to talks", &["proposal_rejected/Hamas"]),
    ("proposal", true, "Egypt drafts new truce text for Hamas and Israel", &["proposal/Egypt"]),
    // a gerund opening the clause as the subject of "is" or a modal names the act
    ("gerund subject", false, "\"Setting new conditions is not compatible with a ceasefire,\" Hamas said.", &[]),
    ("gerund subject", false, "Sending a delegation to Cairo now would be a mistake, an Israeli official said.", &[]),
    ("gerund subject", false, "Sending a delegation to Cairo on Sunday, Israel said it wanted a deal.", &["delegation_dispatched/Israel"]),
    // "back" before a preposition of place is the adverb, not an endorsement
    ("accepted", true, "Israeli and Hamas negotiators back in Cairo to thrash out truce plan", &["delegation_dispatched/Hamas+Israel"]),
    ("accepted", true, "Hamas back at the table with new plan for prisoner exchange", &["delegation_dispatched/Hamas"]),
    ("accepted", true, "Hamas backs Egyptian plan for prisoner exchange", &["proposal_accepted/Hamas"]),
    // a coordinated group of parties after "as" with a base form and an object is the act
    ("as clause", true, "Qatar names new envoy as Israel and Hamas open talks in Doha", &["delegation_dispatched/Hamas+Israel"]),
    ("as clause", true, "Egypt, Qatar step up pressure as Israel and Hamas reject truce text", &["proposal_rejected/Hamas+Israel"]),
    // a claim, an accusation or a charge of the other side is no move, even when it reads as a verb
    ("rejected", true, "Israel rejects Hamas's torture claims, says talks can go on", &[]),
    ("rejected", true, "Hamas rejects Israel's starvation charges as lies", &[]),
    ("rejected", true, "Hamas rejects Israel's hostage offer, says talks can go on", &["proposal_rejected/Hamas"]),
    // "after" the talks failing in the present tense is the headline's cause, news today
    ("after clause", true, "Gaza braces for wider offensive after truce talks collapse", &["talks_suspended/"]),
    ("after clause", true, "Gaza braces for wider offensive after hostage talks fail", &["talks_suspended/"]),
    ("after clause", true, "Israel widens Gaza offensive a week after talks fail", &[]),
    ("after clause", true, "Israel widens Gaza offensive after talks failed in March", &[]),
    // balking or bristling at what was put on the table refuses it; not by a third party
    ("rejected", true, "Iran balks at US blueprint for enrichment pause", &["proposal_rejected/Iran"]),
    ("rejected", false, "Russia balked at the latest Ukrainian draft on Tuesday, diplomats said.", &["proposal_rejected/Russia"]),
    ("rejected", true, "Hamas bristles at Israeli counterproposal on hostage releases", &["proposal_rejected/Hamas"]),
    ("rejected", true, "Israel baulks at Egyptian ceasefire terms", &["proposal_rejected/Israel"]),
    ("third", true, "Bond markets balk at Ukraine's debt plan", &[]),
    ("negation", false, "Iran did not balk at the Omani proposal, its foreign ministry said.", &[]),
    // a bare verb coordinated after a modal's verb shares the modal
    ("hypothetical", false, "Israel could resume talks with Hamas, or sign a truce with the group before the holiday.", &[]),
    ("hypothetical", false, "Hamas would study the text and accept the deal, a mediator said.", &[]),
    ("hypothetical", true, "Israel may recall its team or suspend talks, officials say", &[]),
    // a memorandum or roadmap signed or initialled by the sides is agreed
    ("agreement", false, "Russia and Ukraine signed a memorandum of understanding on grain shipments in Istanbul on Friday.", &["agreement/Russia+Ukraine"]),
    ("agreement", true, "Israel, Hamas sign roadmap for second phase of truce", &["agreement/Hamas+Israel"]),
    ("agreement", true, "Iran and US initial memorandum on prisoner exchange", &["agreement/Iran+United States"]),
    // a confidentiality agreement is the means to talk, not a deal of the talks
    ("procedure", false, "Ukraine's advisers and the bondholders signed non-disclosure agreements before the round began.", &[]),
    ("procedure", true, "Kyiv, creditors sign confidentiality agreements as debt talks start", &[]),
    // a head of state signing a law enacts it; it accepts nobody's offer
    ("none", true, "Zelensky signs law on moratorium for foreign debt payments", &[]),
    ("none", false, "Putin signed a law on Tuesday on the country's exit from the arms treaty.", &[]),
    // "sign on/up to" a text accepts it (the particle joins the verb to the text)
    ("accepted", true, "Ukraine signs on to the US ceasefire plan", &["proposal_accepted/Ukraine"]),
    ("accepted", false, "Hamas signed up to the Egyptian proposal late on Sunday.", &["proposal_accepted/Hamas"]),
    // a side deliberating ("must think hard before") states no term
    ("speaker", true, "Netanyahu: Israel must think hard before accepting any Hamas text", &[]),
    ("speaker", false, "Hamas must consider the offer carefully before it answers, its leader said.", &[]),
    // a text answered in the passive: its owner did not answer it; the side named elsewhere did
    ("rejected", true, "Hamas truce proposal rejected, Israeli officials say", &["proposal_rejected/Israel"]),
    ("rejected", true, "Israeli hostage offer spurned as talks stall", &[]),
    ("accepted", true, "Egyptian ceasefire plan accepted, Hamas says", &["proposal_accepted/Hamas"]),
    // wanting more talking, voting or striking is no term set for the other side
    ("demands", true, "Hamas wants fresh elections before any unity deal", &[]),
    ("demands", true, "Israeli reservists want more strike dates", &[]),
    ("demands", true, "Hamas wants more prisoners freed in second phase", &["new_demands/Hamas"]),
    // talks that end without a deal while the sessions go on have not failed
    ("suspended", true, "Israel-Hamas truce talks end without deal; session continues Wednesday", &[]),
    ("suspended", true, "Israel-Hamas truce talks end without deal; more sessions next week", &[]),
    ("suspended", true, "Israel-Hamas truce talks end without a deal", &["talks_suspended/Hamas+Israel"]),
    // leaders attend summits and meetings of every kind: taking a seat at the talks is
    // joining the talks, a round or a session
    ("none", true, "Egypt attends Gaza reconstruction summit", &[]),
    ("none", true, "Netanyahu attends his first summit since the war", &[]),
    ("dispatched", true, "Hamas rejoins Cairo truce talks after boycott", &["delegation_dispatched/Hamas"]),
    ("dispatched", false, "An Israeli delegation attended the second session of the talks on Monday.", &["delegation_dispatched/Israel"]),
    // a city right before another party's noun is where that party is
    ("actors", true, "Doha Hamas leaders reject Israeli proposal", &["proposal_rejected/Hamas"]),
    ("actors", true, "Qatar and Hamas leaders reject Israeli proposal", &["proposal_rejected/Hamas+Qatar"]),
    // signing off on, or giving the go-ahead to, the other side's terms or a line-up accepts them
    ("accepted", true, "Hamas signs off on Egypt's revised terms", &["proposal_accepted/Hamas"]),
    ("accepted", true, "Netanyahu gives go-ahead to Qatari truce terms", &["proposal_accepted/Israel"]),
    ("none", true, "Israeli cabinet signs off on new settlement budget", &[]),
    // a house or a party approving the head of government the talks produced accepts it
    ("accepted", true, "Knesset approves Netanyahu as prime minister", &["proposal_accepted/Israel"]),
    ("accepted", true, "Hamas backs Haniyeh as prime minister of unity government", &["proposal_accepted/Hamas"]),
    ("none", true, "Knesset approves budget as prime minister faces revolt", &[]),
    // a participle before "by" after the team names its leader; it is no trip
    ("none", false, "The Russian delegation headed by its deputy foreign minister has left Geneva for consultations.", &[]),
    ("dispatched", false, "The Russian delegation headed to Istanbul on Monday for the talks.", &["delegation_dispatched/Russia"]),
    ("speaker", true, "Netanyahu: Hamas 'must move' before the next round", &[]),
    // a trip announced for a month ahead is a plan, not news of the day
    ("plan", false, "The US team will come back to the talks in Geneva in January, the mission said.", &[]),
    // coordinated names take the base form: the answer to a text is theirs
    ("rejected", true, "Russia and Iran decline to sign", &["proposal_rejected/Iran+Russia"]),
    ("rejected", true, "Russia, Iran decline to sign the declaration", &["proposal_rejected/Iran+Russia"]),
    // a report waved off by any verb of dismissal ("rubbishes", "brushes aside", "plays
    // down"), the report noun a few words on, singular or plural: the act is denied
    ("denial", true, "Hamas rubbishes report that it quit the Cairo talks", &[]),
    ("denial", true, "Qatar dismisses report it has frozen its mediation", &[]),
    ("denial", false, "Israeli officials brushed aside media reports that the cabinet had approved the proposal.", &[]),
    ("denial", true, "Egypt downplays claims it suspended its mediation", &[]),
    ("rejected", true, "Israel dismisses Hamas proposal as a non-starter", &["proposal_rejected/Israel"]),
    // a text put "to a vote", "to members", "to a referendum" goes to ratification: it is
    // nobody's new proposal; a text put to the other side is
    ("none", true, "Israeli cabinet to put the deal to a vote on Thursday", &[]),
    ("none", false, "Hamas leaders chose to put the mediators' offer to a vote of the movement's council.", &[]),
    ("none", true, "Israel puts Egyptian proposal to cabinet vote", &[]),
    ("proposal", true, "Israel puts new terms to Hamas through mediators", &["proposal/Israel"]),
    // travelling at the head of a team sends it, with its leader
    ("dispatched", true, "Hamas chief leaves for Cairo at the head of a delegation", &["delegation_dispatched/Hamas"]),
    ("dispatched", true, "Netanyahu leaves for Washington at head of large delegation", &["delegation_dispatched/Israel"]),
    ("dispatched", false, "Israel's intelligence chief flew to Doha on Monday at the head of a negotiating team.", &["delegation_dispatched/Israel"]),
    ("none", false, "The head of the Hamas delegation said the talks had been useful.", &[]),
    // leaving the body the sides negotiate in (a consultative council, a joint committee,
    // a government panel) or the soundings and consultations themselves is a withdrawal;
    // leaving another institution's council is not
    ("withdrawal", true, "Hamas pulls out of the joint committee on prisoner releases", &["delegation_withdrawal/Hamas"]),
    ("withdrawal", true, "Israel walks away from government panel on hostage talks", &["delegation_withdrawal/Israel"]),
    ("withdrawal", false, "Hamas said on Sunday it would quit the consultative council Egypt set up for the talks.", &[]),
    ("withdrawal", true, "Hamas quits consultative council on Gaza truce", &["delegation_withdrawal/Hamas"]),
    ("withdrawal", true, "Hamas pulls out of Cairo consultations", &["delegation_withdrawal/Hamas"]),
    ("none", true, "Israel quits UN Human Rights Council", &[]),
    // the other side's charge waved off denies the act it charges
    ("denial", false, "Hamas officials said the movement remained ready to negotiate, rejecting Israel's charge that it had broken off the talks.", &[]),
    // refusing a text described by what it would have to do ("an agreement that …") states
    // a condition; refusing the text on the table rejects it
    ("condition", false, "Israel would not sign an agreement that fails to bring all the hostages home, the minister said.", &[]),
    ("rejection", true, "Hamas won't sign the deal Egypt drafted", &["proposal_rejected/Hamas"]),
    // invitations sent to a delegation send no team
    ("none", false, "The State Department sent invitations to Israel, Qatar and the Hamas delegation on Tuesday.", &[]),
    // one side's own body meeting on its own sits; meeting with the other side is talks
    ("none", true, "New Israeli cabinet holds first meeting, makes hostages its priority", &[]),
    // a text tabled in (or sent to) a legislature goes to ratification
    ("none", true, "Israel tables the Gaza agreement in the Knesset", &[]),
    ("none", false, "The foreign minister tabled the ceasefire accord in parliament on Monday for ratification.", &[]),
    // leaving a meeting in a mood ("disappointed", "upbeat") tells how it ended, not a
    // walk-out
    ("none", true, "Hamas leaves Witkoff meeting 'bitterly disappointed'", &[]),
    ("none", true, "Israel leaves Cairo meeting upbeat, says gaps remain", &[]),
    // one party signing with a person the watchlist does not follow, named in full, is
    // another negotiation's deal
    ("offtopic", true, "Netanyahu and Javier Milei sign embassy agreement in Jerusalem", &[]),
    ("offtopic", false, "Presidents Abdel Fattah al-Sisi and Emmanuel Macron signed a strategic partnership agreement in Cairo.", &[]),
    // a council, commission or committee of one side, or a body of its own, meeting on
    // its own sits; it sends nobody
    ("none", true, "Egypt's national security council holds emergency meeting on Gaza talks", &[]),
    ("none", false, "Qatar's ceasefire monitoring committee held its first session in Doha on Sunday.", &[]),
    // "after" the talks, named with whom, failing in the present tense is the headline's
    // cause, news of the same day; in the past it recalls
    ("suspended", true, "Gaza truce strike goes ahead after talks with Hamas collapse", &["talks_suspended/Hamas"]),
    ("background", true, "Israel strikes Gaza after talks with Hamas collapsed", &[]),
    // proposing what a legislature should do is a proposal to the other side; tabling a
    // text in a legislature is procedure
    ("proposal", false, "Israel proposed moving the prisoner-release bill in parliament and forming a joint committee with Hamas.", &["proposal/Israel"]),
    // a plural subject with its own phrase ("of …", "in …") before a base form: the base
    // form is its verb, not a noun compound ("jet demand")
    ("demands", true, "Hamas negotiators in Cairo demand release of 50 prisoners", &["new_demands/Hamas"]),
    ("demands", true, "Leaders of Hamas in Doha demand release of 50 prisoners", &["new_demands/Hamas"]),
    // headline verbs coordinated by a comma share the party that opens the headline; a
    // "warning shot" is a shot, nobody warning
    ("demands", true, "Hamas fighters fire warning shots, demand release of prisoners", &["new_demands/Hamas"]),
    ("none", true, "Settlers rally outside Knesset, demand Netanyahu keep fighting", &[]),
    // freedom for somebody is their release, a term; freedom for somebody to act is a value
    ("demands", true, "Hamas demands freedom for 50 prisoners held by Israel", &["new_demands/Hamas"]),
    ("none", true, "Hamas demands freedom for Gazans to travel", &[]),
    // putting one's name to a text signs it: no proposal put to anybody
    ("agreement", false, "Israeli and Hamas negotiators put their names to the ceasefire text in Cairo on Sunday.", &["agreement/Hamas+Israel"]),
    ("agreement", true, "Israel, Hamas put signatures to Gaza truce", &["agreement/Hamas+Israel"]),
    // a candidacy agreed to is a party's own business
    ("none", false, "Netanyahu agreed to run for another term as Likud chairman, his office said.", &[]),
    // exploratory talks called off are talks called off
    ("suspended", true, "Israel and Hamas call off ceasefire exploration", &["talks_suspended/Hamas+Israel"]),
    // one side putting off its own meeting suspends no talks; its meeting with the other
    // side is the talks
    ("none", false, "Israeli ministers postponed their meeting by a day, officials said.", &[]),
    ("suspended", false, "Israel postponed its meeting with Hamas negotiators in Cairo.", &["talks_suspended/Israel"]),
    // leaving something out of a deal excludes it from the deal; nobody quits it
    ("none", true, "Israel leaves Rafah crossing out of the deal", &[]),
    // a party's partner or rival acts for itself, not for the party it is named by; a
    // leader's allies are the leader's own camp
    ("none", true, "Hamas's rivals reject ceasefire proposal", &[]),
    ("none", true, "Netanyahu's coalition partners reject Hamas proposal", &[]),
    ("none", true, "Netanyahu rival rejects Hamas proposal", &[]),
    ("rejected", true, "Netanyahu's allies reject Hamas proposal", &["proposal_rejected/Israel"]),
    // a claim or a case withdrawn is withdrawn, not the talks or the arbitration before it
    ("none", false, "As part of the accord, Israel withdraws its mediation claim against Hamas.", &[]),
    // a team going home in good spirits closed a round; nobody walked out
    ("none", true, "Israeli team heads home from Cairo upbeat despite stalemate", &[]),
    ("none", false, "Israeli negotiators left Cairo saying Hamas had moved, even though the session ended without agreement.", &[]),
    // a side promising to keep a truce made by others accepts it
    ("accepted", true, "Hamas says it will abide by the truce", &["proposal_accepted/Hamas"]),
    // a plural without an -s is a plural subject: the base form after it is its verb
    ("demands", true, "Hamas spokesmen demand release of 91 prisoners", &["new_demands/Hamas"]),
    // those holding a state's embassy or plane are not that state
    ("none", true, "Israeli embassy gunmen demand release of 91 prisoners", &[]),
    // a relative clause after a comma describes its antecedent; the sentence's subject
    // did not act
    ("none", false, "Qatar said it was waiting on Hamas, which rejected the proposal on Friday.", &[]),
    // one side signing the plan or map put to it accepts it; both signing it is the deal;
    // an action plan is a programme, and the military draft no text
    ("accepted", true, "Hamas signs Egyptian peace plan in Cairo; Israel still studying it", &["proposal_accepted/Hamas"]),
    ("accepted", false, "Israel on Thursday signed the provincial map at the United Nations.", &["proposal_accepted/Israel"]),
    ("agreement", true, "Israel, Hamas sign Egyptian truce plan", &["agreement/Hamas+Israel"]),
    ("none", true, "Israel signs action plan with EU on trade", &[]),
    ("none", false, "Netanyahu signed a decree extending the military draft to yeshiva students.", &[]),
    // a deadline set to a side named is an ultimatum; a date for the deal is a schedule
    ("demands", true, "Israel sets Hamas Friday deadline on hostage list", &["new_demands/Israel"]),
    ("demands", true, "Watch: Netanyahu sets Hamas a one-day deadline", &["new_demands/Israel"]),
    ("none", true, "Israel sets Friday deadline for hostage deal", &[]),
    // an appeal or a plea put to a side is its move to answer
    ("rejected", true, "Hamas rebuffs Qatari envoy's appeal to free the elderly hostages", &["proposal_rejected/Hamas"]),
    ("rejected", false, "Israel turned down a plea from Egypt for a three-day pause.", &["proposal_rejected/Israel"]),
    // a compass or region word before a demonym makes another people
    ("none", true, "Latin American leaders reject the proposal", &[]),
    ("rejected", true, "American officials reject the proposal", &["proposal_rejected/United States"]),
    // meeting again is meeting; talks reconvening resume
    ("dispatched", true, "Israel and Hamas reconvene in Cairo", &["delegation_dispatched/Hamas+Israel"]),
    ("dispatched", true, "Ceasefire talks reconvene in Cairo", &["delegation_dispatched/"]),
    ("rejected", true, "Hamas rejects Israeli, US offer", &["proposal_rejected/Hamas"]),
    // two sponsors agreeing a resolution for a council propose it; two sides agreeing a
    // framework make their deal
    ("proposal", true, "US and Israel agree on draft UN resolution on Gaza", &["proposal/Israel+United States"]),
    ("proposal", false, "The United States and Israel agreed a new version of their resolution on Friday.", &["proposal/Israel+United States"]),
    ("agreement", true, "Israel and Hamas agree on ceasefire framework", &["agreement/Hamas+Israel"]),
    // a bare "no" answered to what is on the table refuses it; "no" before a noun is a
    // determiner; the answer is its own subject's
    ("rejected", true, "Israel makes third offer to Hamas; Hamas says no", &["proposal_rejected/Hamas", "proposal/Israel"]),
    ("none", true, "Israel says no Netanyahu-Sinwar meeting planned", &[]),
    ("proposal", true, "Egypt offered a 45-day pause on the final night, mediators said no", &["proposal/Egypt"]),
    // "men" is a plural head like "gunmen": the party's men demanding are the party
    ("demands", true, "Hamas men insist on a safe corridor out of Rafah", &["new_demands/Hamas"]),
    ("demands", true, "Hamas men demand fuel for the north", &["new_demands/Hamas"]),
    ("none", true, "Israel frees 12 Hamas men in swap", &[]),
    // a compromise's terms tabled are an offer; a side's own terms set out are conditions
    ("proposal", true, "Hamas tables compromise terms on the hostage list", &["proposal/Hamas"]),
    ("demands", true, "Israel sets out terms for ending the war", &["new_demands/Israel"]),
    // agreeing to dispatch mediators is a trip planned, no concession
    ("none", false, "Egypt and Qatar agreed to dispatch mediators to Gaza on Friday.", &[]),
    // a pledge, a promise or a commitment sought from the other side is a term; talks
    // sought are not
    ("demands", true, "Hamas seeks pledge of a permanent end to the war", &["new_demands/Hamas"]),
    ("demands", true, "Israel seeks US commitment on resuming the offensive", &["new_demands/Israel"]),
    ("none", true, "Hamas seeks talks with Washington", &[]),
    // "left" before a state is a passive: the team kept waiting does not leave
    ("none", true, "Hamas delegation left waiting as Israel delays reply", &[]),
    ("none", true, "Israeli team left stranded in Cairo", &[]),
    // talks that have "barely" begun are a judgement of their pace, not their opening
    ("none", false, "Netanyahu insisted the negotiations had barely begun.", &[]),
    ("none", true, "Talks have barely begun, says Qatar", &[]),
    // a trip home to consult the side's leader is a trip home; leaving the capital is
    // setting out
    ("withdrawal", true, "Israeli negotiator flies home to consult Netanyahu; talks on hold", &["delegation_withdrawal/Israel"]),
    ("withdrawal", true, "Israeli negotiators fly home to brief Netanyahu", &["delegation_withdrawal/Israel"]),
    ("none", false, "The Israeli team left Jerusalem ahead of the opening session.", &[]),
    // a deal "struck" is a deal reached, and a participle before a kicker's colon is its
    // verb ("Deal struck: …"); a noun or a title before the colon stays one
    ("agreement", true, "Deal struck: hostages to go free", &["agreement/"]),
    ("agreement", true, "Truce reached: hostages to be freed tonight", &["agreement/"]),
    ("agreement", true, "Ceasefire agreed: fighting to stop at noon", &["agreement/"]),
    ("none", true, "Hamas demands: the full list", &[]),
    ("none", true, "Israeli delegation head: we will stay in Doha", &[]),
    ("none", true, "Deal struck in Cairo last month still holds", &[]),
    // "back round the table" and "back around the table" are "back at the table"
    ("dispatched", true, "Israel and Hamas back round the table in Doha", &["delegation_dispatched/Hamas+Israel"]),
    ("dispatched", true, "Hamas and Israel back around the table", &["delegation_dispatched/Hamas+Israel"]),
    ("none", true, "Israel and Hamas talk round the clock", &[]),
    // the team as the indirect object is whom a text was sent to; "the" after a bare team
    // word opens a relative clause
    ("none", false, "Israel sent the Qatari envoy a list of changes on Sunday.", &[]),
    ("none", true, "Israel sends the envoy its reply", &[]),
    ("dispatched", true, "Israel sends envoy the hostages asked for", &["delegation_dispatched/Israel"]),
    ("dispatched", true, "Israel sends a delegation to Doha on Monday", &["delegation_dispatched/Israel"]),
    // a demand dropped to a figure or scaled back is lowered: the new figure is an offer;
    // a demand dropped outright concedes
    ("proposal", true, "Hamas drops prisoner ask to 1,000", &["proposal/Hamas"]),
    ("proposal", true, "Hamas scales back prisoner demand", &["proposal/Hamas"]),
    ("proposal", true, "Israel pares down its demands in Doha", &["proposal/Israel"]),
    ("acceptance", true, "Hamas drops demand for a full withdrawal", &["proposal_accepted/Hamas"]),
    ("acceptance", true, "Hamas drops its ask", &["proposal_accepted/Hamas"]),
    ("none", true, "Hamas drops out of sight as talks drag on", &[]),
    // an offer lifted or boosted is a better offer; other things lifted are not offers
    ("proposal", true, "Israel lifts its offer to 700 prisoners", &["proposal/Israel"]),
    ("proposal", true, "Hamas boosts offer on hostages", &["proposal/Hamas"]),
    ("none", true, "Israel lifts rates in bid to calm markets", &[]),
    ("none", true, "Israel boosts aid deliveries to Gaza", &[]),
    // "more talks" denied right after are no talks going on: the side ended the talks
    ("suspended", true, "Israel ends talks, says more talks won't bridge the gap", &["talks_suspended/Israel"]),
    ("none", true, "Israel ends talks for the day; more talks planned", &[]),
    // a compound adjective capitalised by the sentence's start is no outsider's name
    ("suspended", true, "Last-ditch talks end without a deal", &["talks_suspended/"]),
    ("suspended", true, "High-level talks end without a deal", &["talks_suspended/"]),
    ("none", true, "Lebanon-Syria talks end without a deal", &[]),
    // unnamed delegations sitting down or meeting are the sides at the table: for a
    // meeting, the watchlist's parties
    ("dispatched", true, "Delegations sit down in Doha", &["delegation_dispatched/Egypt+Hamas+Iran+Israel+Oman+Qatar+Russia+Ukraine+United States"]),
    ("dispatched", false, "The two delegations met in Cairo on Sunday.", &["delegation_dispatched/Egypt+Hamas+Iran+Israel+Oman+Qatar+Russia+Ukraine+United States"]),
    // demands handed or sent to the other side are set; another's demands carried, or
    // amendments passed along, are not
    ("demands", true, "Hamas hands mediators a list of demands", &["new_demands/Hamas"]),
    ("demands", false, "Israel sent its conditions to Hamas through Qatar on Sunday.", &["new_demands/Israel"]),
    ("none", true, "Qatar: we handed Hamas's demands to Israel", &[]),
    ("none", false, "The mediators are sending the list of amendments to both sides.", &[]),
    // meetings counted are the talks' history, not a meeting
    ("none", true, "Israel says it has met Hamas 14 times since June", &[]),
    ("none", false, "Israel and Hamas have met several times in Doha.", &[]),
    // a round that failed with the next one set is a round closed; talks that failed with
    // no date set did fail
    ("none", true, "Fourth Doha round fails; fifth set for July 22", &[]),
    ("suspended", true, "Talks collapse; no date set for next round", &["talks_suspended/"]),
    // in a formation, the coalition offered is the proposal: refusing it, or ruling out
    // joining, rejects it
    ("rejection", true, "Hamas rejects coalition with Fatah", &["proposal_rejected/Hamas"]),
    ("rejection", true, "Hamas rules out joining a unity government", &["proposal_rejected/Hamas"]),
    ("none", true, "Hamas does not rule out joining a unity government", &[]),
    // a trip to break the talks' deadlock is a trip to the talks; flying out sets off,
    // walking out strikes
    ("dispatched", true, "Egyptian envoy flies to Gaza to break the deadlock", &["delegation_dispatched/Egypt"]),
    ("dispatched", true, "Qatari minister flies out for last-ditch truce push", &["delegation_dispatched/Qatar"]),
    ("none", false, "Thousands of workers walked out in Tel Aviv at noon over the war.", &[]),
    // talk of a deal dismissed is denied; leaving a session is where words were said; a
    // share of the members walking out strikes
    ("none", true, "Hamas dismisses unity deal talk as noise", &[]),
    ("none", false, "Leaving the Cairo session, the Hamas negotiator said the meetings had been constructive.", &[]),
    ("none", false, "Around a tenth of Israel's doctors walked out, the union said.", &[]),
    // a threat's condition is the threat's; an offer's condition is its terms; "in a bid
    // to" is a purpose
    ("demand", true, "Hamas demands prisoners' release, threatens hostages if attacked", &["new_demands/Hamas"]),
    ("proposal", true, "Hamas leaders offer to free hostages if Israel halts strikes", &["proposal/Hamas"]),
    ("none", true, "Hamas leaders would offer to free hostages if Israel halts strikes", &[]),
    ("none", false, "Egypt stepped up its contacts in a bid to end the war.", &[]),
    // an envoy carrying a leader's message to the other side travels; pay or posts put on
    // the table are offered, a side's demands put there are not
    ("dispatched", true, "Egyptian envoy carries Sisi message to Netanyahu", &["delegation_dispatched/Egypt"]),
    ("none", true, "Egyptian envoy hands Sisi message to Netanyahu", &[]),
    ("proposal", true, "Israel puts more ministries on the table for Hamas", &["proposal/Israel"]),
    ("demand", true, "Hamas puts its demands on the table", &["new_demands/Hamas"]),
    // talks a stop or a cancelled trip is for are its purpose; a team at the venue "to
    // discuss" is there to negotiate; a post turned down rejects its offer
    ("none", true, "Netanyahu stops in Cairo for talks with Sisi", &[]),
    ("none", true, "Netanyahu cancels Washington trip to stay for hostage talks", &[]),
    ("dispatched", true, "Hamas team in Cairo to discuss the truce", &["delegation_dispatched/Hamas"]),
    ("rejection", true, "Hamas turns down two ministries in unity government", &["proposal_rejected/Hamas"]),
    // a sum wanted, in a headline, is a price set; in a body it restates the claim, and
    // time wanted is no term
    ("demand", true, "Hamas wants $500 million for each hostage", &["new_demands/Hamas"]),
    ("none", false, "Hamas wants $500 million for each hostage.", &[]),
    ("none", true, "Hamas wants 30 days to study the plan", &[]),
    // a court ruling on a side's "bid to" act decides an application; a side rejecting
    // the other's bid to do something still rejects it
    ("rejection", true, "Israel rejects Hamas bid to tie the truce to a pullout", &["proposal_rejected/Israel"]),
    // back at the table holding a strike mandate is no mandate handed back
    ("dispatched", false, "Hamas returned to the table on Monday holding a fresh mandate from its leadership.", &["delegation_dispatched/Hamas"]),
    // "when" after a verb in the future sets a condition; after a comma it dates the act
    ("conditional", true, "Hamas will return to the talks when Israel stops the strikes", &[]),
    // talks that end in success end in a deal; a day's close, or an agreement only to
    // meet again or on the agenda, is no deal; talks that simply "ended" are still ended
    ("agreement", true, "Cairo talks end with agreement on prisoner exchange", &["agreement/Egypt"]),
    ("agreement", true, "Doha talks concluded successfully, Qatari mediator says", &["agreement/Qatar"]),
    ("agreement", true, "Israel-Hamas talks in Doha end in a deal on aid corridors", &["agreement/Hamas+Israel"]),
    ("procedure", true, "Cairo talks end with agreement to meet again next week", &[]),
    ("procedure", true, "Doha talks end with agreement on agenda, no truce", &[]),
    ("procedure", false, "The Cairo talks ended for the day with an agreement to resume on Sunday.", &[]),
    ("suspended", true, "Israel ends talks with Hamas in Doha", &["talks_suspended/Israel"]),
    // a side's "no more talks" shuts them; with a condition it sets a term, and an empty
    // calendar or talks not held are facts told
    ("suspended", true, "No more talks with Hamas, Israeli cabinet decides", &["talks_suspended/Israel"]),
    ("suspended", true, "Hamas: no more negotiations with the occupation", &["talks_suspended/Hamas"]),
    ("none", true, "Hamas: no more talks until the siege is lifted", &[]),
    ("none", true, "Israel: no further talks unless hostages are freed", &[]),
    ("none", false, "Egypt will keep shuttling between the sides, but no further talks are scheduled.", &[]),
    ("none", false, "Officials said there had been no further talks with Hamas since Sunday.", &[]),
    // an act named at the head of its clause and then judged is weighed, not done
    ("none", true, "Israeli minister: accepting Hamas demands 'not an option'", &[]),
    ("none", true, "Withdrawing from the Cairo talks would be a mistake, Egypt tells Israel", &[]),
    ("none", false, "Rejecting the Qatari proposal was not the only choice, a Hamas official said.", &[]),
    ("acceptance", true, "Accepting the Egyptian proposal, Hamas said it wanted guarantees", &["proposal_accepted/Hamas"]),
    // an acceptance only as part of a package is a condition
    ("conditional", false, "Hamas said it agreed to the prisoner terms only as part of a settlement that ends the war.", &[]),
    // "still" before a comma holds the other clause; a deadline named for a demanded act
    // is an ultimatum's term
    ("demand", true, "Hamas says hostages still held, sets Friday pullout deadline", &["new_demands/Hamas"]),
    ("none", true, "Hamas still insists on full withdrawal", &[]),
    ("none", true, "Israel sets Friday deadline for a deal on the truce", &[]),
    // a move told with the new text that carries it puts that text forward
    ("proposal", true, "Israel trims Rafah troop presence in new offer", &["proposal/Israel"]),
    ("proposal", true, "Hamas softens stance on hostage numbers in revised proposal to mediators", &["proposal/Hamas"]),
    ("proposal", true, "Israel raises prisoner numbers in its latest offer", &["proposal/Israel"]),
    ("none", true, "Israel trims Rafah troop presence in new bid to save truce", &[]),
    // the other side's demands met are accepted; a part of them met, or a text that met
    // them, is not; a decision "resolves to" act is taken
    ("acceptance", true, "Israel agrees to meet Hamas demands on aid", &["proposal_accepted/Israel"]),
    ("acceptance", true, "Israeli cabinet resolves to meet Hamas demands", &["proposal_accepted/Israel"]),
    ("acceptance", false, "Netanyahu said Israel had met all the demands of the mediators.", &["proposal_accepted/Israel"]),
    ("none", false, "Israel has met two of Hamas's three conditions, Qatar said.", &[]),
    ("rejection", false, "Israel rejected a plan that met Hamas conditions, officials said.", &["proposal_rejected/Israel"]),
    ("none", true, "Israel to import fuel to meet demand during truce", &[]),
    // a quoted question closing a headline is the speaker's, not the item's
    ("rejection", true, "Hamas rejects Israeli offer: 'who will guarantee the truce?'", &["proposal_rejected/Hamas"]),
    ("none", true, "Analysis: will Hamas accept the Egyptian offer?", &[]),
    // a participle right before the object's head modifies it; after an auxiliary it is
    // a verb of its own
    ("rejection", true, "Hamas turns down staggered prisoner deal", &["proposal_rejected/Hamas"]),
    ("rejection", true, "Israel rejects sweetened Hamas offer", &["proposal_rejected/Israel"]),
    ("none", false, "Mediators said Israel and Hamas were still dealing with basic issues and had not yet floated specific ideas.", &[]),
    // both sides committing to peace or a truce at the table is their deal; one side's
    // commitment is a stance, and a vow not to break it a promise
    ("agreement", true, "Israeli and Hamas negotiators commit to peace at Cairo talks", &["agreement/Hamas+Israel"]),
    ("none", true, "Israel says it remains committed to peace", &[]),
    ("none", true, "Israel and Hamas pledge not to be first to break truce", &[]),
    // a vote's tally stands between the vote and the act, as an adverb does
    ("acceptance", true, "Hamas shura votes 31-4 to accept Egyptian proposal", &["proposal_accepted/Hamas"]),
    ("agreement", true, "Israeli cabinet votes 24-8 to approve the hostage deal", &["agreement/Israel"]),
    ("none", true, "Israel to accept Egyptian proposal", &[]),
    // a side withdrawing its own offer ends the talks on it; withdrawing a "proposal" of
    // its own drops a demand, and an item pulled from the offer leaves it standing
    ("suspended", true, "Israel withdraws truce offer after rocket fire", &["talks_suspended/Israel"]),
    ("suspended", true, "Israel takes its hostage offer off the table", &["talks_suspended/Israel"]),
    ("none", true, "Netanyahu pulls Rafah crossing from Israeli offer", &[]),
    // a hedged report ("said to", "reported to") tells of the act; its infinitive is no intent
    ("hedged", true, "Hamas said to accept Egyptian truce proposal", &["proposal_accepted/Hamas"]),
    ("hedged", true, "Israel said to offer Hamas a 60-day truce in new proposal", &["proposal/Israel"]),
    ("hedged", true, "Hamas reported to turn down Israeli proposal", &["proposal_rejected/Hamas"]),
    ("hedged", false, "Hamas said to be ready to accept the proposal", &[]),
    ("hedged", false, "Hamas said to reporters in Doha that it would study the proposal.", &[]),
    // agreeing to pay what the other side asks is a concession, not commerce
    ("concession", true, "Israel agrees to pay compensation under the truce", &["proposal_accepted/Israel"]),
    // a draft made public is put to the other side; the agreed text or a map published is not
    ("publish", true, "Egypt publishes its ceasefire proposal", &["proposal/Egypt"]),
    ("publish", false, "Egypt has published a draft truce plan calling on both sides to stop firing.", &["proposal/Egypt"]),
    ("publish", true, "Mediators publish full text of the Gaza truce agreement", &[]),
    ("publish", true, "Israel publishes a map of the withdrawal lines", &[]),
    // "hold back" a text withholds it: "back" is the particle, no support
    ("hold back", true, "Mediators hold back Gaza deal text, saying not all parties are on board", &[]),
    ("hold back", false, "Egypt held back its proposal until Hamas replied.", &[]),
    // a trip to a party's own country with an errand of the crisis is a trip to that party
    ("errand", true, "Witkoff heads to Israel in bid to defuse hostage standoff", &["delegation_dispatched/United States"]),
    ("errand", true, "Witkoff arrives in Egypt to seek release of hostages", &["delegation_dispatched/United States"]),
    ("errand", true, "Witkoff flies to Israel for family holiday", &[]),
    // helping to end the crisis is the errand too
    ("errand", true, "Witkoff flies to Israel to help defuse hostage standoff", &["delegation_dispatched/United States"]),
    ("errand", true, "Witkoff flies to Israel to help his son move house", &[]),
    // "since then" opens a summary of the time between, comma or not
    ("background", false, "Since then several rounds of talks have failed on the hostages.", &[]),
    // to back off, away from or down is to retreat: no support of the text
    ("back off", true, "Israel backs off plan to expand Rafah offensive", &[]),
    ("back off", false, "Hamas backed away from the Egyptian proposal on Sunday.", &[]),
    // an offer or demands lodged (put formally, Commonwealth usage) are put on the table;
    // a protest or a complaint lodged is neither
    ("lodge", true, "Israel lodges revised offer with mediators", &["proposal/Israel"]),
    ("lodge", true, "Hamas lodges new demands with Qatari mediators", &["new_demands/Hamas"]),
    ("lodge", true, "Israel lodges protest with Egypt over border incident", &[]),
    ("lodge", true, "Hamas lodged a complaint with the mediators over air strikes", &[]),
    // a go-between bringing the teams back together reunites them at the table
    ("back together", true, "Egyptian officials brought Israeli negotiators and Hamas representatives back together on Sunday", &[]),
    ("back together", true, "Egypt brings Hamas negotiators back to Cairo", &[]),
    // a go-between's part offered is no proposal of terms
    ("offer a role", true, "Annan offers UN 'facilitating role' to ease Gaza crisis", &[]),
    ("offer a role", true, "Qatar offers mediation role in Gaza talks", &[]),
    // a team sent back goes back to the table; brought back or sent home, it leaves; a
    // text sent back to its author is refused
    ("send back", true, "Netanyahu sends negotiators back hours after morning walkout", &["delegation_dispatched/Israel"]),
    ("send back", true, "Israel sends negotiators back home", &["delegation_withdrawal/Israel"]),
    ("send back", true, "Israel brings its negotiators back", &["delegation_withdrawal/Israel"]),
    ("send back", true, "Hamas sends Israel's offer back with new demands", &["new_demands/Hamas", "proposal_rejected/Hamas"]),
    ("send back", true, "Hamas sent back the proposal within hours", &["proposal_rejected/Hamas"]),
    ("send back", true, "Hamas sent back a counter-proposal that evening", &["proposal/Hamas"]),
    // what a side wants or seeks as the price of, or as a condition for, a deal is its
    // demand; a wish alone is not, nor a price of anything else
    ("as the price", true, "Hamas wants full Israeli pullout as the price for a hostage deal", &["new_demands/Hamas"]),
    ("as the price", true, "Israel seeks Hamas disarmament as condition of any truce", &["new_demands/Israel"]),
    ("as the price", true, "Hamas sets prisoner release as precondition for more talks", &["new_demands/Hamas"]),
    ("as the price", true, "Israel sets a date for talks as mediators name Cairo as venue", &[]),
    ("as the price", true, "Israel wants a deal at any price", &[]),
    ("as the price", true, "Hamas seeks lower price for fuel", &[]),
    ("as the price", true, "Israel will not accept Hamas rule as the price of a deal", &[]),
    // a team's leaving that is no walk-out: the noun, or a departure for the talks
    ("leaving for the talks", true, "Washington has now vetoed the plan, leaving the Egyptian mission with few exits.", &["proposal_rejected/United States"]),
    ("leaving for the talks", true, "The Israeli delegation left Ben Gurion airport on a special flight to Doha.", &[]),
    ("leaving for the talks", true, "The Israeli team left on Sunday afternoon and will be ready to begin in the morning.", &[]),
    ("leaving for the talks", true, "Hamas negotiators leave Cairo talks empty-handed", &["delegation_withdrawal/Hamas"]),
    ("leaving for the talks", true, "The Hamas delegation left Cairo with no deal after Israel refused to budge.", &["delegation_withdrawal/Hamas"]),
    // a side laying claim to a territory, a post or a prize puts it on the table
    ("lay claim to", true, "Hamas lays claim to the Rafah crossing in new ceasefire terms", &["new_demands/Hamas"]),
    ("lay claim to", true, "Israel presses its claim to the Philadelphi corridor", &["new_demands/Israel"]),
    ("lay claim to", true, "Hamas lays no claim to the crossing, official says", &[]),
    ("lay claim to", true, "Israel says Hamas laid claim to the crossing last year", &[]),
    ("lay claim to", true, "Hamas claims responsibility for the attack", &[]),
    // parties agreeing to govern together have made their coalition: a joint act
    ("agree to govern together", true, "The parties agree to form a government", &["agreement/"]),
    ("agree to govern together", true, "Rivals agree to form a unity government after weeks of talks", &["agreement/"]),
    ("agree to govern together", true, "Israel and Hamas agreed to govern the crossing jointly, mediators said", &["agreement/Hamas+Israel"]),
    ("agree to govern together", true, "The two sides agreed to form a joint committee", &[]),
    ("agree to govern together", true, "The two sides agreed to rule out a return to fighting", &[]),
    ("agree to govern together", true, "Netanyahu agrees to run again to end the deadlock", &["proposal_accepted/Israel"]),
    ("agree to govern together", true, "The parties could agree to form a government next week", &[]),
    // "begun" without its auxiliary qualifies the talks; "offer" after a verb of response
    // and a name is the name's offer, a noun
    ("participles and nouns", true, "Hamas has frozen the dialogue begun in Cairo", &["talks_suspended/Hamas"]),
    ("participles and nouns", true, "Talks have begun in Cairo", &["delegation_dispatched/"]),
    ("participles and nouns", true, "Israel rejects Hamas offer, will fight on", &["proposal_rejected/Israel"]),
    ("participles and nouns", true, "Hamas weighs Qatar offer on hostages", &[]),
    // a party dropping out of the trip or the delegation to the talks withdraws its part
    ("pull out of the trip", true, "Qatar's emir pulls out of Cairo trip as talks stall", &["delegation_withdrawal/Qatar"]),
    ("pull out of the trip", true, "Hamas pulls out of Cairo visit", &["delegation_withdrawal/Hamas"]),
    ("pull out of the trip", true, "Hamas may pull out of Cairo visit, official says", &[]),
    // a collective owned by a state this watchlist does not follow is that country's sides
    ("another country's sides", true, "Sudan's rivals sign week-long truce in Jeddah", &[]),
    ("another country's sides", true, "Yemen's warring parties agree to two-month truce, UN says", &[]),
    ("another country's sides", true, "Gaza's warring factions agree to a truce", &["agreement/"]),
    // a side that will not sign a deal of a kind (any deal, deals in the plural) states a
    // stance; the text on the table it will not sign it rejects
    ("stance, not a rejection", true, "Hamas won't sign deals 'with a gun to our head', official says", &[]),
    ("stance, not a rejection", true, "We will not sign a deal at any price, Israeli negotiator warns", &[]),
    ("stance, not a rejection", true, "Hamas will not sign any agreement leaving Israeli troops in Gaza", &[]),
    ("stance, not a rejection", true, "Hamas will not sign the Egyptian proposal, official says", &["proposal_rejected/Hamas"]),
    ("stance, not a rejection", true, "Israel won't sign the deal, Netanyahu says", &["proposal_rejected/Israel"]),
    // a refusal that goes on ("still", "continues to") is the side's position told again;
    // "again" may turn down a new version
    ("refusal that goes on", true, "Hamas still refuses to sign the Egyptian proposal, mediators say", &[]),
    ("refusal that goes on", true, "Israel continues to reject the plan, officials say", &[]),
    ("refusal that goes on", true, "Hamas refuses to sign the Egyptian proposal, mediators say", &["proposal_rejected/Hamas"]),
    ("refusal that goes on", true, "Israel again rejects the Qatari proposal", &["proposal_rejected/Israel"]),
    // a state of the talks ("the status of", "the fate of") heads its phrase: the talks
    // after "of" are only whose state it is
    ("a state of the talks", true, "Conflicting statements from Hamas and Israel left the status of the talks unclear", &[]),
    ("a state of the talks", true, "Hamas leaves the fate of the truce to the mediators", &[]),
    ("a state of the talks", true, "Hamas leaves the Cairo talks, blaming Israel", &["delegation_withdrawal/Hamas"]),
    // who is held is the captors' object, never their name
    ("held, not holding", true, "A group holding Americans in Gaza demanded that Israel free 20 more prisoners", &[]),
    ("held, not holding", true, "Gunmen detaining Egyptian officials demand a ransom", &[]),
    ("held, not holding", true, "The militants holding the Qatari envoy demanded the release of 20 prisoners", &[]),
    ("held, not holding", true, "The group holding the Egyptian embassy set a one-week deadline for Israeli troops to leave", &[]),
    ("held, not holding", true, "Hamas demands that Egypt free the Palestinians it is holding", &["new_demands/Hamas"]),
    // who orders their own people not to sign the text rejects it; an urging, an order
    // received or a condition does not
    ("ordered not to sign", true, "Netanyahu has ordered the Israeli team not to sign the truce deal, mediators say", &["proposal_rejected/Israel"]),
    ("ordered not to sign", true, "Hamas leaders instructed negotiators not to sign the deal", &["proposal_rejected/Hamas"]),
    ("ordered not to sign", true, "Netanyahu ordered the team not to sign the deal unless hostages are freed", &[]),
    ("ordered not to sign", true, "Qatar urged Hamas not to sign the deal", &[]),
    ("ordered not to sign", true, "Hamas negotiators ordered not to sign the deal", &[]),
    // people held ("jailed", "kidnapped") stand inside the object phrase, no verb
    ("people held in the object", true, "Hamas seeks jailed leader's release", &["new_demands/Hamas"]),
    ("people held in the object", true, "Israel seeks kidnapped soldiers' release before next round", &["new_demands/Israel"]),
    ("people held in the object", true, "Hamas jailed leaders, Israel says", &[]),
    // talks turned down are the move refused; "talk of" a thing is hearsay about it
    ("reject talks", true, "Hamas hardliners reject talks with Israel, exposing a split", &["proposal_rejected/Hamas"]),
    ("reject talks", true, "Israel rejects talk of failure in the Cairo negotiations", &[]),
    ("reject talks", true, "Hamas rejects talk of an interim deal", &[]),
    ("reject talks", true, "Israel has never rejected talks, Netanyahu says", &[]),
    ("reject talks", true, "Hamas rejects further ceasefire talks, launches offensive", &["delegation_withdrawal/Hamas"]),
    // the acts an ultimatum or an urging lists, over commas, are asked, not done
    ("asked, in a list", true, "Hamas gave Israel 48 hours to free the prisoners, accept the Egyptian plan and withdraw its troops", &["new_demands/Hamas"]),
    ("asked, in a list", true, "Qatar urged Israel to free the prisoners, accept the Egyptian plan", &[]),
    ("asked, in a list", true, "Hamas, given 48 hours to respond, accepts the Egyptian plan", &["proposal_accepted/Hamas"]),
    // a past participle completing the object of "want" is an act wished done
    ("wished done", true, "Washington wants the hostages and the crew returned to Israel, the ambassador told the session", &[]),
    ("wished done", true, "Hamas wanted a deal and returned to Cairo for talks", &["delegation_dispatched/Hamas"]),
    // a deal in the making ("being finalised") is not made yet
    ("in the making", true, "Netanyahu says hostage deal being finalised as Hamas agrees to hand over bodies", &["proposal_accepted/Hamas"]),
    ("in the making", true, "The ceasefire accord is being drafted in Cairo, Egypt says", &[]),
    ("in the making", true, "Israel and Hamas finalised the ceasefire accord in Cairo", &["agreement/Hamas+Israel"]),
    // an insistence in the subjunctive sets a term; one that states a fact or a
    // prediction does not, and the verb asked for is not done
    ("insist-subjunctive", true, "Israel insists Hamas leaders be expelled from Gaza first", &["new_demands/Israel"]),
    ("insist-subjunctive", true, "Egypt insists Israel withdraw from the Rafah crossing", &["new_demands/Egypt"]),
    ("insist-subjunctive", true, "Hamas insists that Israel pull back to the October lines", &["new_demands/Hamas"]),
    ("insist-subjunctive", false, "Israel insists the talks will go on despite the strike", &[]),
    ("insist-subjunctive", false, "Qatar insists Hamas is serious about a deal", &[]),
    ("insist-subjunctive", false, "Hamas insists it must keep its weapons", &[]),
    ("insist-subjunctive", false, "Israel insists Hamas agreed to the outline last week", &[]),
    ("insist-subjunctive", true, "Israel insists any deal leave its troops in the corridor", &[]),
    ("mandative-bare", true, "Israel insists Hamas table a full list of living hostages", &["new_demands/Israel"]),
    ("mandative-bare", true, "Hamas demands Israel sign the truce text in Cairo", &["new_demands/Hamas"]),
    // a team bound for the games plays; it does not negotiate
    ("sport", false, "Small Israeli and Egyptian teams left for the Olympics on Sunday.", &[]),
    ("sport", true, "Qatar's team heads to the Asian Games in Hangzhou", &[]),
    ("sport", true, "Hamas team arrives in Cairo for truce talks", &["delegation_dispatched/Hamas"]),
    // talks "back on" have resumed; "back on track" is progress, "back on hold" a pause
    ("back on", true, "Gaza truce talks back on as Hamas team returns to Cairo", &["delegation_dispatched/Hamas"]),
    ("back on", true, "Israel and Hamas say talks are back on after week-long freeze", &["delegation_dispatched/Hamas+Israel"]),
    ("back on", true, "Gaza talks back on track after Qatar bridges gap", &[]),
    ("back on", true, "Negotiations back on hold as Israel recalls its team", &["delegation_withdrawal/Israel"]),
    // an offer of a party's votes or its place in a body is a proposal
    ("offer to back", true, "Netanyahu offers to back Qatar-run interim body if Hamas disarms", &["proposal/Israel"]),
    ("offer to back", true, "Egypt offers to join Gaza truce monitors", &["proposal/Egypt"]),
    ("offer to back", false, "Qatar offered to support the implementation of the agreement.", &[]),
    // refusing to let the other side act denies the permission asked for
    ("refuse to let", true, "Egypt refuses to let Hamas delegation enter Cairo", &["proposal_rejected/Egypt"]),
    ("refuse to let", true, "Israel refuses to allow Qatar to host the next round", &["proposal_rejected/Israel"]),
    ("refuse to let", false, "The mediator refused to let the delegations leave until dawn.", &[]),
    // ruling out giving what is asked refuses it; a side pronouncing the talks over ends them
    ("rule out giving in", true, "Israel rules out freeing senior prisoners for the last hostages", &["proposal_rejected/Israel"]),
    ("rule out giving in", true, "Hamas rules out releasing hostages before a full ceasefire", &["proposal_rejected/Hamas"]),
    ("rule out giving in", true, "Israel does not rule out freeing more prisoners", &[]),
    ("declare over", true, "Israel declares Cairo talks over as strikes resume", &["talks_suspended/Israel"]),
    ("declare over", true, "Qatar pronounces the Gaza talks dead", &["talks_suspended/Qatar"]),
    ("declare over", true, "Israel declares the war over in the north", &[]),
    // a side settling with the other ends the dispute in a deal
    ("settle with", true, "Israel settles with Hamas after year-long dispute", &["agreement/Israel"]),
    ("settle with", true, "Qatar urges Israel to settle with Hamas", &[]),
    ("settle with", false, "Israel has settled with Hamas on the first phase, a source claimed.", &[]),
    // a call to be told is no term
    ("grievance", false, "Netanyahu said Israel was demanding information on the missing hostages and the return of the bodies.", &[]),
    ("grievance", true, "Hostage families demand answers from Netanyahu", &[]),
    ("grievance", true, "Israel demands list of living hostages from Hamas", &["new_demands/Israel"]),
    ("send + team", true, "Hamas sends list of 34 hostages to mediators", &[]),
    ("send + team", true, "Hamas sends negotiators to Cairo", &["delegation_dispatched/Hamas"]),
    // something added to a side's terms is a new term; added to another list it is not
    ("add to terms", true, "Hamas adds Rafah crossing to its ceasefire terms", &["new_demands/Hamas"]),
    ("add to terms", true, "Israel adds Philadelphi clause to price of a deal", &["new_demands/Israel"]),
    ("add to terms", true, "Egypt adds Hamas officials to its list of wanted men", &[]),
    // a ransom, money or millions wanted name a price; a question does not
    ("want a sum", true, "Hamas wants millions for the last hostages", &["new_demands/Hamas"]),
    ("want a sum", true, "Kidnappers' contact says Hamas wants cash brought to Rafah", &["new_demands/Hamas"]),
    ("want a sum", true, "Does Hamas want the ransom? Diplomats puzzle over timing", &[]),
    // refusing to hand over, release or pay what the other side asks rejects it; declining
    // to release details or to step into a pay row does not
    ("refuse to give up", true, "Hamas refuses to hand over its weapons as deadline nears", &["proposal_rejected/Hamas"]),
    ("refuse to give up", true, "Qatar says Israel refuses to pay the ransom", &["proposal_rejected/Israel"]),
    ("refuse to give up", true, "Israel declines to release details of the prisoner list", &[]),
    ("refuse to give up", true, "Egypt declines to step into the Gaza pay row", &[]),
    // an expert sent in a headline is a team of one; in a body, one more attendee
    ("send an expert", true, "Egypt sends expert to Doha in hunt for hostage deal", &["delegation_dispatched/Egypt"]),
    ("send an expert", false, "Negotiators met again on Tuesday to draft a position; Egypt sent experts.", &[]),
    // a term that "must still" be met was set before
    ("must still", true, "Hamas tells Qatar: Netanyahu must still go", &[]),
    ("must still", true, "Hamas tells Qatar: Israel must leave the Rafah crossing", &["new_demands/Hamas"]),
    // a weekday right after a present verb is a schedule; the day's news says "resumed"
    ("schedule", true, "Israel-Hamas talks resume Monday in Cairo, Egypt says", &[]),
    ("schedule", true, "Israel and Hamas negotiators meet again Thursday", &[]),
    ("schedule", false, "Israel and Hamas resumed talks in Cairo on Monday.", &["delegation_dispatched/Hamas+Israel"]),
    // a quarrel both sides end together is their deal; ended as the consequence of a
    // meeting, or by one side, it is not
    ("end their quarrel", true, "Israel and Hamas end Rafah crossing feud", &["agreement/Hamas+Israel"]),
    ("end their quarrel", true, "Israel, Hamas end 15-month war in Qatar-brokered deal", &["agreement/Hamas+Israel"]),
    ("end their quarrel", false, "Israel and Hamas negotiators sat down in Cairo on Friday, ending a standoff of two weeks.", &["delegation_dispatched/Hamas+Israel"]),
    ("end their quarrel", true, "Hamas vows to end the war on its own terms", &[]),
    // what a side wants in any deal is its term; what it wants from one, a question
    ("in any deal", true, "Israel wants Philadelphi corridor in any Gaza deal", &["new_demands/Israel"]),
    ("in any deal", true, "Hamas wants Barghouti, Saadat in any prisoner exchange", &["new_demands/Hamas"]),
    ("in any deal", true, "Explainer: what Hamas wants from any deal", &[]),
    // what a text does in a relative clause is no party's act
    ("text that acts", false, "Hamas handed over a position paper that opens the second phase of talks with Israel.", &["proposal/Hamas"]),
    ("text that acts", false, "Israel's cabinet approved a plan that calls for an immediate ceasefire in Rafah.", &[]),
    ("text that acts", false, "Qatar said Hamas, which opened talks with Israel in Doha, was studying the text.", &[]),
    // "they" who walked out are the sentence's first phrase: members walking out strike
    ("members walk out", false, "Hamas members on a picket line in Gaza explain why they walked out.", &[]),
    ("members walk out", false, "Hamas negotiators in Cairo said they walked out of the talks.", &["delegation_withdrawal/Hamas"]),
    // resistance dropped, like an objection, accepts; troops meeting little resistance do not
    ("drop resistance", true, "Israel drops resistance to Egyptian monitors at Rafah crossing", &["proposal_accepted/Israel"]),
    ("drop resistance", false, "Hamas said Israeli units withdrew from the ridge with little resistance.", &[]),
    // a recess is no failure; what resumes after the talks' collapse is the word before
    // the verb; a plural after a possessive and a word that dates it is a noun
    ("recess", true, "Israel-Hamas talks end for the night without a deal", &[]),
    ("fighting resumes", true, "Israel-Hamas truce talks collapse, fighting resumes", &["talks_suspended/Hamas+Israel"]),
    ("possessed plural", false, "Hamas says its members have voted against Israel's revised offers for the hostages, a package Israel valued at $5 billion.", &["proposal_rejected/Hamas"]),
    ("possessed plural", false, "Hamas members have voted against Israel's November offers, the movement said.", &["proposal_rejected/Hamas"]),
    // a green light given in a headline accepts; one for talks opens them, one for a
    // side's own strike or raid authorises it
    ("green light", true, "Hamas gives green light; Israeli cabinet still to rule", &["proposal_accepted/Hamas"]),
    ("green light", true, "Qatar says Hamas gives its nod", &["proposal_accepted/Hamas"]),
    ("green light", true, "Hamas gives green light for talks with Israel next week", &[]),
    ("green light", true, "Israeli cabinet gives green light for Rafah raid", &[]),
    // what a round of talks or a summit agrees, the sides at its table agree; not a wider
    // conference, and not what became of the talks
    ("meeting agrees", true, "Geneva summit agrees week-long truce, hostage exchange", &["agreement/"]),
    ("meeting agrees", true, "Sharm talks agree two-week extension of the ceasefire", &["agreement/"]),
    ("meeting agrees", true, "Forty-nation conference agrees to merge the Gaza mediation tracks", &[]),
    ("meeting agrees", true, "Doha talks stall over prisoner lists", &[]),
    // an act named as what a price, a condition or a prospect is about is not done
    ("gerund of a noun", true, "Hamas demands end to strikes as price of resuming Doha talks", &["new_demands/Hamas"]),
    ("gerund of a noun", false, "Hamas said it was too early to speak of resuming talks with Israel.", &[]),
    ("gerund of a noun", true, "Israel confident of signing hostage deal by Friday", &[]),
    ("gerund of a noun", false, "Israel recalled its team from Doha on Monday, ending weeks of halting dialogue with Hamas.", &["delegation_withdrawal/Israel", "talks_suspended/Israel"]),
    // one party agreeing the deal itself makes it; agreeing to one accepts it
    ("agree the deal", true, "Israel agrees ceasefire to let aid in", &["agreement/Israel"]),
    ("agree the deal", true, "Hamas agrees Gaza truce deal", &["agreement/Hamas"]),
    ("agree the deal", true, "Hamas agrees to Gaza truce deal", &["proposal_accepted/Hamas"]),
    // a team leaving with nothing leaves the talks failed, whatever round it ended
    ("empty-handed", true, "Israeli team leaves Doha empty-handed after two days of talks", &["delegation_withdrawal/Israel"]),
    ("empty-handed", true, "Israeli team leaves Doha after two days of talks", &[]),
    // a door left open to talks is a stance; talks behind closed doors are talks
    ("door open", true, "Israel readies new strikes but keeps door to talks open, Netanyahu says", &[]),
    ("door open", false, "A Hamas official said the door to dialogue was always open and talks would follow.", &[]),
    ("door open", true, "Israel and Hamas open talks in Cairo behind closed doors", &["delegation_dispatched/Hamas+Israel"]),
    // a near miss did not happen
    ("near miss", false, "Officials said the Doha talks nearly collapsed on Tuesday over the prisoner lists.", &[]),
    ("near miss", true, "Gaza truce talks almost broke down overnight, Egypt says", &[]),
    // a participle after a comma is not negated by the other clause's "not"
    ("negation scope", true, "Israel calls Philadelphi corridor 'not negotiable', rebuffing Hamas", &["proposal_rejected/Israel"]),
    ("negation scope", true, "Israel did not rebuff Hamas, officials insist", &[]),
    // demands brought to the table are set; another's demands carried are not
    ("brings demands", true, "Hamas brings list of demands to Cairo talks", &["new_demands/Hamas"]),
    ("brings demands", false, "The Qatari envoy brought Hamas's demands to the Israeli team.", &[]),
    // captors surrendering with their captives freed end the standoff by its terms; a
    // surrender alone is a battle's
    ("captors surrender", true, "Hamas militants surrender at the hospital, free the last hostages", &["agreement/Hamas"]),
    ("captors surrender", true, "Dozens of Hamas fighters surrender to Israeli troops in Khan Younis", &[]),
    // a negated auxiliary written as one word governs the base form after it: the verb
    ("negated auxiliary", true, "Netanyahu: Israel cannot say yes", &["proposal_rejected/Israel"]),
    // an offer or an initiative launched is put to the other side; a bid launched is a
    // campaign, an initiative "on" a business another forum's
    ("launch", true, "Egypt launches new initiative to end Gaza war", &["proposal/Egypt"]),
    ("launch", true, "Qatar launches initiative on food security in Gaza talks", &[]),
    ("launch", true, "Israel launches bid to join Gaza board of peace", &[]),
    // a paper handed to the other side is a proposal; one listing the side's wants its
    // demands (a go-between's paper stays its proposal); a white paper is a publication
    ("paper", true, "Egypt hands Hamas and Israel a compromise paper", &["proposal/Egypt"]),
    ("paper", true, "Hamas hands mediators a paper calling for a full Israeli withdrawal", &["new_demands/Hamas"]),
    ("paper", true, "Israel presents defence white paper", &[]),
    ("paper", true, "Hamas submits position paper at Cairo talks", &["proposal/Hamas"]),
    ("paper", true, "Hamas handed 40-page Egyptian compromise document", &[]),
    // a cabinet line-up handed over is a proposal; a list of complaints is not
    ("cabinet list", true, "Hamas presents unity cabinet line-up to Egypt", &["proposal/Hamas"]),
    ("cabinet list", true, "Hamas hands Egypt a list of Israeli violations", &[]),
    // one side signing a text another wrote (a go-between's roadmap, the other side's
    // plan) accepts it; signing with the other side, or a deal, is their agreement
    ("signs a text", true, "Israel signs Egyptian truce roadmap; Hamas still silent", &["proposal_accepted/Israel"]),
    ("signs a text", true, "Hamas signs on to Qatari proposal for Gaza truce", &["proposal_accepted/Hamas"]),
    ("signs a text", true, "Hamas signs truce plan drawn up by mediators", &["proposal_accepted/Hamas"]),
    ("signs a text", true, "Israel and Hamas sign Egyptian truce roadmap", &["agreement/Hamas+Israel"]),
    ("signs a text", true, "Hamas signs framework agreement with Israel", &["agreement/Hamas"]),
    // a side leaving a mediation with the other side named after "with" walks out; a
    // go-between leaving it (or a joint one with its partners) suspends the talks
    ("leaves mediation", true, "Hamas pulls out of Egyptian mediation with Israel", &["delegation_withdrawal/Hamas"]),
    ("leaves mediation", true, "Qatar pulls out of Gaza mediation", &["talks_suspended/Qatar"]),
    ("leaves mediation", true, "Qatar steps back from joint Gaza mediation with Egypt", &["talks_suspended/Qatar"]),
    // money put on the table and turned down is an offer rejected (not military aid, a
    // policy; not a payment refused, as often one demanded)
    ("money refused", true, "Hamas spurns Qatari cash for hostages", &["proposal_rejected/Hamas"]),
    ("money refused", true, "Hamas rejects Egyptian compensation, holds out for prisoners", &["proposal_rejected/Hamas"]),
    ("money refused", true, "Israel rejects US military aid cut", &[]),
    // a live blog's time stamp is no word of the news
    ("acceptance", true, "23:20 - Hamas says yes", &["proposal_accepted/Hamas"]),
    ("acceptance", true, "9.45am: Israel accepts the Egyptian proposal", &["proposal_accepted/Israel"]),
];

#[test]
fn labelled_sentences() {
    let w = gaza_wide();
    let idx = RuleIndex::new(&[]);
    let mut failures = Vec::new();
    let mut by_cat: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for (cat, headline, sentence, want) in CASES {
        let d = if *headline {
            Detector::new(&w, &idx).detect(sentence, "")
        } else {
            Detector::new(&w, &idx).detect("", sentence)
        };
        let mut got: Vec<String> = d
            .findings
            .iter()
            .map(|f| {
                let mut a = f.actors.clone();
                a.sort();
                format!("{}/{}", f.kind, a.join("+"))
            })
            .collect();
        got.sort();
        let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        want.sort();
        let e = by_cat.entry(cat).or_default();
        e.0 += 1;
        if got != want {
            failures.push(format!(
                "[{cat}] {sentence}\n    want {want:?}\n    got  {got:?}"
            ));
        } else {
            e.1 += 1;
        }
    }
    println!("{} labelled sentences", CASES.len());
    for (c, (n, ok)) in &by_cat {
        println!("  {c:<12} {ok}/{n}");
    }
    assert!(
        CASES.len() >= 300,
        "only {} labelled sentences",
        CASES.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} wrong:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

fn gaza_wide() -> Watchlist {
    let mut cfg = gaza().config;
    for (n, a) in [
        ("Russia", vec!["Russian", "Moscow", "Kremlin"]),
        ("Ukraine", vec!["Ukrainian", "Kyiv"]),
        ("Iran", vec!["Iranian"]),
        ("Oman", vec!["Omani"]),
    ] {
        cfg.actors.push(ActorConfig {
            name: n.into(),
            aliases: std::iter::once(n).chain(a).map(String::from).collect(),
        });
    }
    Watchlist::new(&cfg)
}

#[test]
#[ignore = "debug helper"]
fn dbg_mentions() {
    let w = gaza();
    let t = std::env::var("B").unwrap_or_default();
    let toks = crate::text::tokenize(&t);
    for m in w.actors.mentions(&toks) {
        println!("{:?} {}", m, w.actors.names[m.actor]);
    }
    println!(
        "{:?}",
        toks.iter().map(|t| t.lower.clone()).collect::<Vec<_>>()
    );
}

/// A go-between's demands press the sides; only a side's own are new demands.
#[test]
fn mediators_demand_nothing() {
    let w = gaza_wide();
    let idx = RuleIndex::new(&[]);
    let mediators: Vec<usize> = ["Qatar", "Egypt"]
        .iter()
        .filter_map(|m| w.actors.names.iter().position(|n| n == m))
        .collect();
    assert_eq!(mediators.len(), 2);
    let kinds = |t: &str| -> Vec<String> {
        Detector::new(&w, &idx)
            .with_mediators(&mediators)
            .detect(t, "")
            .findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    assert!(kinds("Qatar demands Israel and Hamas halt fire within 48 hours").is_empty());
    assert!(kinds("Egypt sets the two sides a three-day deadline").is_empty());
    assert_eq!(
        kinds("Hamas demands Israel halt fire within 48 hours"),
        vec!["new_demands/Hamas"]
    );
}

/// A paper that lists what its side wants is that side's demands; a go-between's paper
/// is its proposal whatever it lists.
#[test]
fn a_go_between_s_paper_is_its_proposal() {
    let w = gaza_wide();
    let idx = RuleIndex::new(&[]);
    let mediators: Vec<usize> = ["Qatar", "Egypt"]
        .iter()
        .filter_map(|m| w.actors.names.iter().position(|n| n == m))
        .collect();
    assert_eq!(mediators.len(), 2);
    let kinds = |t: &str| -> Vec<String> {
        Detector::new(&w, &idx)
            .with_mediators(&mediators)
            .detect(t, "")
            .findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    assert_eq!(
        kinds("Qatar hands both sides a paper listing the steps of a six-week truce"),
        vec!["proposal/Qatar"]
    );
    assert_eq!(
        kinds("Hamas hands Qatar a paper listing its conditions for a truce"),
        vec!["new_demands/Hamas"]
    );
}

/// "UN suspends observer mission", "OSCE ends Minsk Group mandate": a go-between halting
/// its own mission stops its part in the talks; a side ending a mission ends something
/// else, and a threat or a plan to halt one halts nothing yet.
#[test]
fn a_go_between_halting_its_mission_suspends_its_part() {
    let w = gaza_wide();
    let idx = RuleIndex::new(&[]);
    let mediators: Vec<usize> = ["Qatar", "Egypt"]
        .iter()
        .filter_map(|m| w.actors.names.iter().position(|n| n == m))
        .collect();
    assert_eq!(mediators.len(), 2);
    let kinds = |t: &str| -> Vec<String> {
        Detector::new(&w, &idx)
            .with_mediators(&mediators)
            .detect(t, "")
            .findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    for t in [
        "Qatar suspends its Gaza mission as strikes go on",
        "Egypt freezes its mandate in the Gaza talks",
        "Doha halts mediation mission, citing bad faith",
    ] {
        let want = if t.starts_with("Egypt") {
            "Egypt"
        } else {
            "Qatar"
        };
        assert_eq!(kinds(t), vec![format!("talks_suspended/{want}")], "{t}");
    }
    for t in [
        "Israel ends military mission in Khan Younis",
        "Hamas halts its mission to the Rafah crossing",
        "Qatar may suspend its Gaza mission if attacks go on",
        "Will Egypt end its mandate in the Gaza talks?",
    ] {
        assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
    }
}

/// "Mediators float new formula": the go-betweens named only by their role are the
/// watchlist's go-betweens; with none known, nobody we follow proposes.
#[test]
fn mediators_named_by_their_role_are_the_go_betweens() {
    let w = gaza_wide();
    let idx = RuleIndex::new(&[]);
    let mediators: Vec<usize> = ["Qatar", "Egypt"]
        .iter()
        .filter_map(|m| w.actors.names.iter().position(|n| n == m))
        .collect();
    let kinds = |known: &[usize], t: &str| -> Vec<String> {
        Detector::new(&w, &idx)
            .with_mediators(known)
            .detect(t, "")
            .findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    assert_eq!(
        kinds(&mediators, "Mediators float new formula for Gaza truce"),
        vec!["proposal/Qatar+Egypt"]
    );
    assert!(kinds(&[], "Mediators float new formula for Gaza truce").is_empty());
    assert!(kinds(&mediators, "Mediators say the gaps remain wide").is_empty());
}

#[test]
fn user_defined_kinds_use_the_same_machinery() {
    let w = gaza_wide();
    let user = vec![crate::config::DevelopmentConfig {
        name: "sanctions_imposed".into(),
        description: "imposes sanctions".into(),
        triggers: vec!["impose*".into(), "slap".into()],
        objects: vec!["sanctions".into(), "tariffs".into()],
        actors: vec![],
    }];
    let idx = RuleIndex::new(&user);
    let mut cfg = w.config.clone();
    cfg.developments.push("sanctions_imposed".into());
    let w = Watchlist::new(&cfg);
    let run = |t: &str| -> Vec<String> {
        Detector::new(&w, &idx)
            .detect("", t)
            .findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    assert_eq!(
        run("The United States imposed new sanctions on Iran."),
        vec!["sanctions_imposed/United States"]
    );
    assert_eq!(
        run("Washington slapped tariffs on Russian steel."),
        vec!["sanctions_imposed/United States"]
    );
    assert!(run("The United States threatened to impose sanctions on Iran.").is_empty());
    assert!(run("Russia denied imposing sanctions.").is_empty());
    assert!(
        run("The EU imposed sanctions on Iran.").is_empty(),
        "third party"
    );
    // a watchlist that does not list the kind does not get it
    let w2 = gaza_wide();
    assert!(Detector::new(&w2, &idx)
        .detect("", "The United States imposed new sanctions on Iran.")
        .findings
        .is_empty());
}

#[test]
#[ignore = "debug helper: prints detections for probe headlines in PROBE_FILE"]
fn probe_headlines() {
    let w = gaza_wide();
    let idx = RuleIndex::new(&[]);
    let Ok(text) = std::fs::read_to_string(std::env::var("PROBE_FILE").unwrap_or_default()) else {
        return;
    };
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let (kind, s) = line.split_once('|').unwrap_or(("T", line));
        let d = if kind == "T" {
            Detector::new(&w, &idx).detect(s, "")
        } else {
            Detector::new(&w, &idx).detect("", s)
        };
        let got: Vec<String> = d
            .findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect();
        let why: Vec<String> = d
            .ruled_out
            .iter()
            .map(|r| format!("{}: {}", r.kind, r.reason))
            .collect();
        println!("{got:?} | {s} | {why:?}");
    }
}

#[test]
fn acceptance_reported_with_the_deal_is_the_deal() {
    let got = run(
        "Israeli cabinet approves deal to free 50 hostages for four-day pause",
        "After an overnight session the government backed an outline under which 50 hostages would be released.",
    );
    assert_eq!(got, vec!["agreement/Israel"]);
    // without a deal in the report, backing a plan is an acceptance
    assert_eq!(
        run("Netanyahu backs Trump's plan to end the Gaza war", ""),
        vec!["proposal_accepted/Israel"]
    );
}

#[test]
fn bare_negotiators_of_a_joint_act_are_the_headline_s_sides() {
    let got = run(
        "Israel, Hamas conclude Cairo round with deal on aid",
        "Negotiators signed the aid annex in Cairo on Saturday.",
    );
    assert!(
        got.iter()
            .any(|f| f == "agreement/Hamas+Israel" || f == "agreement/Israel+Hamas"),
        "{got:?}"
    );
    // not for one side's own act: whose negotiators rejected it is not said
    assert!(run(
        "Israel, Hamas conclude Cairo round",
        "Negotiators rejected the aid annex on Saturday."
    )
    .iter()
    .all(|f| !f.starts_with("proposal_rejected")));
}

#[test]
fn a_joint_act_the_headline_leaves_unnamed_takes_the_lead_s_parties() {
    let got = run(
        "Ceasefire talks open in Cairo after day of uncertainty",
        "Israeli officials and Hamas envoys were both at the venue, officials said.",
    );
    assert!(
        got.iter().any(|f| f == "delegation_dispatched/Israel+Hamas"
            || f == "delegation_dispatched/Hamas+Israel"),
        "{got:?}"
    );
    // one party in the lead names no sides
    let one = run(
        "Ceasefire talks open in Cairo after day of uncertainty",
        "Hamas envoys were at the venue.",
    );
    assert!(one.iter().all(|f| !f.contains('+')), "{one:?}");
}

/// The watchlist of the file-based suites: the parties and mediators of many
/// negotiations, with the aliases a user would configure (countries also get the built-in
/// demonyms, capitals and leaders).
fn many_negotiations() -> Watchlist {
    let actor = |n: &str, a: &[&str]| ActorConfig {
        name: n.into(),
        aliases: std::iter::once(n)
            .chain(a.iter().copied())
            .map(String::from)
            .collect(),
    };
    Watchlist::new(&WatchlistConfig {
        name: "many".into(),
        delivery: crate::config::Delivery::Immediate { max_per_hour: None },
        recipients: vec![],
        keywords: vec!["talks".into()],
        context: vec![],
        exclude: vec![],
        developments: rules::BUILTIN_KINDS
            .iter()
            .map(|k| k.0.to_string())
            .collect(),
        actors: vec![
            actor(
                "United States",
                &[
                    "US",
                    "U.S.",
                    "Washington",
                    "Witkoff",
                    "State Department",
                    "White House",
                ],
            ),
            actor("Israel", &["Israeli", "Netanyahu", "Mossad"]),
            actor("Hamas", &[]),
            actor("Qatar", &["Qatari"]),
            actor("Egypt", &["Egyptian"]),
            actor("Russia", &["Russian", "Moscow", "Kremlin", "Putin"]),
            actor("Ukraine", &["Ukrainian", "Kyiv", "Zelensky"]),
            actor("Turkey", &["Turkish", "Ankara"]),
            actor("Saudi Arabia", &["Saudi", "Riyadh"]),
            actor("Armenia", &["Armenian", "Yerevan", "Pashinyan"]),
            actor("Azerbaijan", &["Azerbaijani", "Baku", "Aliyev"]),
            actor("European Union", &["EU", "Brussels"]),
            actor(
                "Sudanese Armed Forces",
                &[
                    "SAF",
                    "Sudanese army",
                    "Sudan's army",
                    "Sudan army",
                    "army",
                    "Burhan",
                    "military",
                ],
            ),
            actor(
                "Rapid Support Forces",
                &["RSF", "Hemedti", "Dagalo", "paramilitary", "paramilitaries"],
            ),
            actor("Iran", &["Iranian", "Tehran", "Araghchi"]),
            actor("Oman", &["Omani", "Muscat"]),
            actor("Hezbollah", &[]),
            actor("Lebanon", &["Lebanese", "Beirut"]),
            actor("France", &["French", "Paris"]),
            actor("Ethiopia", &["Ethiopian", "Addis Ababa", "Abiy"]),
            actor(
                "TPLF",
                &[
                    "Tigray People's Liberation Front",
                    "Tigrayan",
                    "Tigray forces",
                ],
            ),
            actor("African Union", &["AU"]),
            actor("Colombia", &["Colombian", "Bogota", "Petro"]),
            actor("ELN", &["National Liberation Army"]),
            actor("Norway", &["Norwegian", "Oslo"]),
            actor("Serbia", &["Serbian", "Belgrade", "Vucic"]),
            actor("Kosovo", &["Kosovar", "Pristina", "Kurti"]),
            actor("India", &["Indian", "New Delhi"]),
            actor("Pakistan", &["Pakistani", "Islamabad"]),
            actor("United Nations", &["UN", "U.N."]),
            actor("Thailand", &["Thai", "Bangkok", "Anutin"]),
            actor("Cambodia", &["Cambodian", "Phnom Penh", "Hun Manet"]),
            actor(
                "Congo",
                &["Congolese", "Kinshasa", "DRC", "Tshisekedi", "DR Congo"],
            ),
            actor("Rwanda", &["Rwandan", "Kigali", "Kagame"]),
            actor("M23", &["AFC/M23", "M23 rebels", "Goma"]),
            actor("Malaysia", &["Malaysian", "Kuala Lumpur", "Anwar"]),
        ],
    })
}

/// One labelled case of a file-based suite.
struct SuiteCase {
    line: usize,
    want: Vec<String>,
    headline: bool,
    context: String,
    sentence: String,
    class: String,
}

/// Reads `LABELS | T or B | sentence | class` lines; `[headline] sentence` gives a body
/// sentence its headline (context, not labelled itself).
fn read_suite(text: &str) -> Vec<SuiteCase> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        assert_eq!(parts.len(), 4, "line {}: {line}", n + 1);
        let mut want: Vec<String> = if parts[0] == "-" {
            vec![]
        } else {
            parts[0]
                .split(';')
                .map(|l| {
                    let (k, a) = l.trim().split_once('/').unwrap_or((l, ""));
                    let mut a: Vec<&str> = a.split('+').map(str::trim).collect();
                    a.sort();
                    format!("{}/{}", k.trim(), a.join("+"))
                })
                .collect()
        };
        want.sort();
        let (context, sentence) = match parts[2].strip_prefix('[').and_then(|r| r.split_once(']')) {
            Some((c, s)) => (c.trim().to_string(), s.trim().to_string()),
            None => (String::new(), parts[2].to_string()),
        };
        out.push(SuiteCase {
            line: n + 1,
            want,
            headline: parts[1] == "T",
            context,
            sentence,
            class: parts[3].to_string(),
        });
    }
    out
}

/// Findings of one case as sorted "kind/Actor+Actor" strings (a body sentence's
/// headline context is analysed too, but only the sentence's own findings count).
fn suite_findings(w: &Watchlist, idx: &RuleIndex, c: &SuiteCase) -> Vec<String> {
    let d = if c.headline {
        Detector::new(w, idx).detect(&c.sentence, "")
    } else {
        Detector::new(w, idx).detect_parts(&c.context, &c.sentence, false)
    };
    let mut got: Vec<String> = d
        .findings
        .iter()
        .map(|f| {
            let mut a = f.actors.clone();
            a.sort();
            format!("{}/{}", f.kind, a.join("+"))
        })
        .collect();
    got.sort();
    got.dedup();
    got
}

/// Scores a file-based suite: per-class accuracy, a per-kind confusion matrix (rows:
/// labelled kind or "none", columns: found kind or "none"; actor errors counted apart),
/// and the wrong cases. Returns (cases, exactly right).
fn score_suite(name: &str, text: &str) -> (usize, usize, Vec<String>) {
    let w = many_negotiations();
    let idx = RuleIndex::new(&[]);
    let cases = read_suite(text);
    let kinds: Vec<&str> = rules::BUILTIN_KINDS
        .iter()
        .map(|k| k.0)
        .chain(["none"])
        .collect();
    let mut matrix = vec![vec![0usize; kinds.len()]; kinds.len()];
    let mut by_class: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let (mut right, mut actor_errors) = (0, 0);
    let mut wrong = Vec::new();
    let kind_of = |l: &str| l.split('/').next().unwrap_or("").to_string();
    for c in &cases {
        let got = suite_findings(&w, &idx, c);
        let e = by_class
            .entry(c.class.split(':').next().unwrap_or("").to_string())
            .or_default();
        e.0 += 1;
        if got == c.want {
            right += 1;
            e.1 += 1;
        } else {
            wrong.push(format!(
                "{name}:{} [{}] {}{}\n    want {:?}\n    got  {:?}",
                c.line,
                c.class,
                if c.context.is_empty() {
                    String::new()
                } else {
                    format!("[{}] ", c.context)
                },
                c.sentence,
                c.want,
                got
            ));
        }
        // confusion by kind: each labelled kind against a found one of the same kind, else
        // the first unmatched found kind, else none
        let mut found: Vec<String> = got.iter().map(|g| kind_of(g)).collect();
        let wanted: Vec<String> = c.want.iter().map(|g| kind_of(g)).collect();
        for (wi, wk) in wanted.iter().enumerate() {
            let col = match found.iter().position(|f| f == wk) {
                Some(p) => {
                    if !got.contains(&c.want[wi]) {
                        actor_errors += 1;
                    }
                    found.remove(p)
                }
                None if !found.is_empty() => found.remove(0),
                None => "none".into(),
            };
            let (r, k) = (
                kinds.iter().position(|k| k == wk),
                kinds.iter().position(|k| *k == col),
            );
            if let (Some(r), Some(k)) = (r, k) {
                matrix[r][k] += 1;
            }
        }
        if wanted.is_empty() {
            for f in found
                .iter()
                .chain(std::iter::once(&"none".to_string()))
                .take(found.len().max(1))
            {
                if let Some(k) = kinds.iter().position(|k| k == f) {
                    matrix[kinds.len() - 1][k] += 1;
                }
            }
        } else {
            for f in &found {
                if let Some(k) = kinds.iter().position(|k| k == f) {
                    matrix[kinds.len() - 1][k] += 1;
                }
            }
        }
    }
    println!(
        "{name}: {right}/{} exactly right ({:.1} %), {actor_errors} right kind with wrong actors",
        cases.len(),
        100.0 * right as f64 / cases.len().max(1) as f64
    );
    for (c, (n, ok)) in &by_class {
        println!("  {c:<12} {ok}/{n}");
    }
    let short = |k: &str| {
        k.split('_')
            .map(|p| &p[..p.len().min(4)])
            .collect::<Vec<_>>()
            .join("_")
    };
    println!("  confusion (rows: labelled, columns: found)");
    print!("  {:<12}", "");
    for k in &kinds {
        print!("{:>10}", short(k));
    }
    println!();
    for (r, row) in matrix.iter().enumerate() {
        print!("  {:<12}", short(kinds[r]));
        for v in row {
            print!("{v:>10}");
        }
        println!();
    }
    (cases.len(), right, wrong)
}

#[test]
fn blind_sentence_suite() {
    let text = include_str!("../../tests/data/sentences/blind-1.txt");
    let (n, right, wrong) = score_suite("blind-1", text);
    for w in &wrong {
        println!("{w}");
    }
    assert!(n >= 300, "only {n} cases");
    // where the suite stands (320/322), less a margin: a regression fails
    let min = std::env::var("NEWSHOUND_SUITE_MIN")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.97);
    assert!(
        right as f64 >= min * n as f64,
        "{right}/{n} right, below {min}"
    );
}

#[test]
fn blind_sentence_suite_2() {
    let text = include_str!("../../tests/data/sentences/blind-2.txt");
    let (n, right, wrong) = score_suite("blind-2", text);
    for w in &wrong {
        println!("{w}");
    }
    assert!(n >= 250, "only {n} cases");
    // where the suite stands (274/283), less a margin
    let min = std::env::var("NEWSHOUND_SUITE_MIN")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.95);
    assert!(
        right as f64 >= min * n as f64,
        "{right}/{n} right, below {min}"
    );
}

/// "Gaza's rivals resume talks": a meeting of the sides, unnamed, is the watchlist's
/// parties' (not the go-betweens'), so the alert says whose it is.
#[test]
fn a_meeting_of_the_unnamed_sides_names_the_parties() {
    let w = gaza();
    let idx = RuleIndex::new(&[]);
    let mediators: Vec<usize> = ["Qatar", "Egypt"]
        .iter()
        .filter_map(|m| w.actors.names.iter().position(|n| n == m))
        .collect();
    assert_eq!(mediators.len(), 2, "{:?}", w.actors.names);
    let det = Detector::new(&w, &idx).with_mediators(&mediators);
    let d = det.detect("Gaza's warring parties resume talks in Cairo", "");
    let f = d
        .findings
        .iter()
        .find(|f| f.kind == "delegation_dispatched")
        .unwrap_or_else(|| panic!("{d:?}"));
    assert!(f.actors.iter().any(|a| a == "Israel"), "{f:?}");
    assert!(f.actors.iter().any(|a| a == "Hamas"), "{f:?}");
    assert!(
        !f.actors.iter().any(|a| a == "Qatar" || a == "Egypt"),
        "{f:?}"
    );
    // talks that collapse stay nobody's: a walkout beside them is the walker's own act
    let d = det.detect("Gaza truce talks collapse in Cairo", "");
    assert!(
        d.findings.iter().all(|f| f.actors.is_empty()),
        "{:?}",
        d.findings
    );
}

#[test]
fn two_word_nouns_are_joined() {
    assert_eq!(
        super::normal_form("agree to cease fire"),
        "agree to ceasefire"
    );
    assert_eq!(
        super::normal_form("UN Road Map for Yemen"),
        "UN RoadMap for Yemen"
    );
}

/// The detector reads whatever feeds send: it must never panic. Every suite sentence,
/// then deterministic scrambles of their words (cut anywhere, shuffled, punctuation and
/// possessives in odd places), through the detector with two watchlists.
#[test]
fn detector_never_panics_on_scrambled_text() {
    let suites = [
        include_str!("../../tests/data/sentences/blind-1.txt"),
        include_str!("../../tests/data/sentences/blind-2.txt"),
    ];
    let words: Vec<&str> = suites
        .iter()
        .flat_map(|s| s.split_whitespace())
        .chain([
            ",", "'s", "'", ":", "—", "(", ")", "?", "and", "to", "the", "of", "-",
        ])
        .collect();
    let (w1, w2) = (many_negotiations(), gaza());
    let idx = RuleIndex::new(&[]);
    let (d1, d2) = (Detector::new(&w1, &idx), Detector::new(&w2, &idx));
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let len = 1 + (next() % 30) as usize;
        let text: Vec<&str> = (0..len)
            .map(|_| words[(next() % words.len() as u64) as usize])
            .collect();
        let cut = (next() % len as u64) as usize;
        let (title, body) = (text[..cut].join(" "), text[cut..].join(" "));
        d1.detect(&title, &body);
        d2.detect(&body, &title);
    }
}

#[test]
#[ignore = "debug helper"]
fn dbg_wide() {
    let w = gaza_wide();
    let idx = RuleIndex::new(&[]);
    let t = std::env::var("B").unwrap_or_default();
    let title = std::env::var("T").unwrap_or_default();
    println!("{:#?}", Detector::new(&w, &idx).detect(&title, &t));
}

/// A watched "<X> government" and its bare country: coordinated with another watched party
/// the country is that government acting ("Britain and the European Union agreed"), and
/// it is never an outsider that makes the deal another negotiation's; alone, or beside a
/// state nobody follows, it names nothing.
#[test]
fn a_watched_government_s_country_beside_another_party_is_that_government() {
    let mut cfg = gaza_config();
    cfg.actors = vec![
        ActorConfig {
            name: "UK government".into(),
            aliases: vec!["UK government".into(), "Sunak".into()],
        },
        ActorConfig {
            name: "European Union".into(),
            aliases: vec!["European Union".into(), "EU".into()],
        },
        ActorConfig {
            name: "DUP".into(),
            aliases: vec!["DUP".into()],
        },
    ];
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    let got = |title: &str, text: &str| -> Vec<String> {
        let d = Detector::new(&w, &idx).detect(title, text);
        let mut v: Vec<String> = d
            .findings
            .iter()
            .map(|f| {
                let mut a = f.actors.clone();
                a.sort();
                format!("{}/{}", f.kind, a.join("+"))
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        got(
            "Windsor talks",
            "Britain and the European Union agreed on Monday to overhaul the trading arrangements."
        ),
        vec!["agreement/European Union+UK government"]
    );
    assert_eq!(
        got("UK, EU agree deal on Northern Ireland", ""),
        vec!["agreement/European Union+UK government"]
    );
    assert!(got("Britain and Japan sign trade deal", "").is_empty());
    assert!(!got("Britain signs trade deal with Japan", "")
        .iter()
        .any(|g| g.contains("UK government")));
}

/// "Militants reject truce offer" over a lead that names Hamas: the armed group the
/// headline calls by its role is the one armed party the item names; a state's possessive
/// before an armed group ("Egypt's main militant group") is never the state.
#[test]
fn an_armed_group_named_by_its_role_is_the_item_s_armed_party() {
    let got = run(
        "Main militant group rejects truce offer",
        "Hamas said the offer changed nothing on the ground.",
    );
    assert!(
        got.contains(&"proposal_rejected/Hamas".to_string()),
        "{got:?}"
    );
    let got = run("Egypt's main militant group rejects truce offer", "");
    assert!(!got.iter().any(|g| g.contains("Egypt")), "{got:?}");
    // the role next to another group's name is that group
    let got = run(
        "Islamic Jihad militants reject truce offer",
        "Hamas said it was still studying the text.",
    );
    assert!(
        !got.contains(&"proposal_rejected/Hamas".to_string()),
        "{got:?}"
    );
}

/// A wage dispute: the raise one side puts on the table now is its offer ("offers train
/// drivers 11% pay rise"); a raise "offered" before is a recap, and a raise the other side
/// demands is no offer.
#[test]
fn a_raise_on_the_table_is_the_offer() {
    let mut cfg = gaza_config();
    // (a wage dispute's own words: pay and wages are its business, not another's)
    cfg.keywords = ["pay", "wage*", "strike*", "talks"]
        .map(String::from)
        .to_vec();
    cfg.actors = vec![
        ActorConfig {
            name: "Metro Rail".into(),
            aliases: vec!["Metro Rail".into(), "the operator".into()],
        },
        ActorConfig {
            name: "Drivers' Union".into(),
            aliases: vec!["Drivers' Union".into(), "the union".into()],
        },
    ];
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    let kinds = |title: &str, text: &str| -> Vec<String> {
        let d = Detector::new(&w, &idx).detect(title, text);
        d.findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    assert_eq!(
        kinds("Metro Rail offers drivers 11% pay rise as strike looms", ""),
        vec!["proposal/Metro Rail"]
    );
    assert_eq!(
        kinds(
            "Metro Rail is offering a 9% wage increase over two years",
            ""
        ),
        vec!["proposal/Metro Rail"]
    );
    assert!(kinds("Metro Rail offered drivers a raise in 2019", "").is_empty());
    // a pay claim set out is the union's opening demand; another claim is not a wage
    // round's
    assert_eq!(
        kinds("Drivers' Union lodges 12% pay claim with Metro Rail", ""),
        vec!["new_demands/Drivers' Union"]
    );
    assert_eq!(
        kinds(
            "The union set out its wage claim for the next two years on Monday.",
            ""
        ),
        vec!["new_demands/Drivers' Union"]
    );
    assert!(kinds("Drivers' Union lodges insurance claim after depot fire", "").is_empty());
    // the raise a side seeks is its claim
    assert_eq!(
        kinds("Drivers' Union seeks 20% pay rise as talks open", ""),
        vec!["new_demands/Drivers' Union"]
    );
    assert!(kinds("Metro Rail seeks fare increase from regulator", "").is_empty());
    // the rise on the table accepted or turned down is the move answered
    assert_eq!(
        kinds(
            "Metro Rail rejects drivers' 15% pay rise as unaffordable",
            ""
        ),
        vec!["proposal_rejected/Metro Rail"]
    );
    assert_eq!(
        kinds(
            "The union has accepted a 6% wage increase, ending the dispute",
            ""
        ),
        vec!["proposal_accepted/Drivers' Union"]
    );
    // a pay award is the rise set by one side or a review body
    assert_eq!(
        kinds(
            "Drivers' Union rejects pay award, says strike will go on",
            ""
        ),
        vec!["proposal_rejected/Drivers' Union"]
    );
    assert!(kinds("Drivers' Union rejects award for safety record", "").is_empty());
    assert!(kinds("Metro Rail rejects increase for safety staff", "").is_empty());
    // a rise is the pay's, not any increase; and "it" after a bare increase names none
    assert!(kinds("Metro Rail rejects fare increase for drivers' families", "").is_empty());
    assert!(kinds(
        "Metro Rail began paying the increase this month, even as the union rejects it.",
        ""
    )
    .is_empty());
}

/// The findings ("kind/actor+actor") of a headline for a watchlist of the given keywords
/// and actors (name, aliases), for classes that need a configured name.
fn headline_findings(keywords: &[&str], actors: &[(&str, &[&str])], title: &str) -> Vec<String> {
    let mut cfg = gaza_config();
    cfg.keywords = keywords.iter().map(|k| k.to_string()).collect();
    cfg.actors = actors
        .iter()
        .map(|(name, aliases)| ActorConfig {
            name: name.to_string(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        })
        .collect();
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    let d = Detector::new(&w, &idx).detect(title, "");
    d.findings
        .iter()
        .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
        .collect()
}

/// A party right after the verb, then a comma and a lower-case word, is the whole object:
/// "back Lebanon, want draft rewritten" backs a party and accepts no draft.
#[test]
fn a_party_backed_before_a_comma_is_the_whole_object() {
    let actors: &[(&str, &[&str])] = &[
        ("Lebanon", &["Lebanon"]),
        ("Arab League", &["Arab League", "Arab ministers"]),
    ];
    let kinds = |title: &str| headline_findings(&["draft", "talks"], actors, title);
    assert!(kinds("Arab ministers back Lebanon, want draft rewritten").is_empty());
    assert_eq!(
        kinds("Arab ministers back Lebanon, Qatar plan"),
        vec!["proposal_accepted/Arab League"]
    );
}

/// Leaving the talks at a standstill is no quitting them: "refused the plan, leaving the
/// mediation at a standstill" rejects the plan and walks out of nothing.
#[test]
fn talks_left_at_a_standstill_are_not_quit() {
    let actors: &[(&str, &[&str])] = &[
        ("Army", &["army", "high command"]),
        ("President", &["president"]),
    ];
    let kinds = |title: &str| headline_findings(&["plan", "mediation"], actors, title);
    assert_eq!(
        kinds(
            "The high command has refused the plan for the president's early return, \
             leaving the United Nations mediation at a standstill."
        ),
        vec!["proposal_rejected/Army"]
    );
}

/// A capitalised head followed by "of" and a capitalised word that names no state heads
/// another body's name: "the Council of Ministers" is no "Security Council".
#[test]
fn a_head_before_of_and_a_name_is_another_body() {
    let actors: &[(&str, &[&str])] = &[
        ("Lebanon", &["Lebanon", "Lebanese government"]),
        ("United Nations", &["UN", "Security Council"]),
    ];
    let kinds = |title: &str| headline_findings(&["plan", "talks"], actors, title);
    assert!(kinds("The Council of Ministers endorsed the plan on Thursday.").is_empty());
    assert_eq!(
        kinds("The Council endorsed the plan on Thursday."),
        vec!["proposal_accepted/United Nations"]
    );
}

/// A watchlist's own domain is no other business: on a coalition watchlist "coalition talks"
/// are the talks; on any other, "trade talks" stay another negotiation.
#[test]
fn the_watched_domain_is_not_other_business() {
    let mut cfg = gaza_config();
    cfg.keywords = ["coalition*", "talks", "government"]
        .map(String::from)
        .to_vec();
    cfg.actors = vec![
        ActorConfig {
            name: "Freedom Party".into(),
            aliases: vec!["Freedom Party".into(), "Kickl".into()],
        },
        ActorConfig {
            name: "People's Party".into(),
            aliases: vec!["People's Party".into(), "Stocker".into()],
        },
    ];
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    let kinds = |title: &str| -> Vec<String> {
        let d = Detector::new(&w, &idx).detect(title, "");
        d.findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    assert_eq!(
        kinds("Freedom Party, People's Party coalition talks collapse"),
        vec!["talks_suspended/Freedom Party+People's Party"]
    );
    assert!(kinds("Freedom Party, People's Party trade talks collapse").is_empty());
    // a region's coalition is another government than the one negotiated
    assert_eq!(
        kinds("Freedom Party, People's Party seal coalition deal"),
        vec!["agreement/Freedom Party+People's Party"]
    );
    assert!(kinds("Freedom Party, People's Party seal regional coalition deal").is_empty());
    assert!(kinds(
        "Freedom Party and People's Party signed a coalition agreement for the state government in Graz."
    )
    .is_empty());
}

#[test]
fn an_apposition_before_the_name_names_the_subject() {
    let mut cfg = gaza_config();
    cfg.keywords = ["deal", "offer", "talks"].map(String::from).to_vec();
    cfg.actors = vec![
        ActorConfig {
            name: "FAE".into(),
            aliases: vec!["FAE".into()],
        },
        ActorConfig {
            name: "Quebec".into(),
            aliases: vec!["Quebec".into(), "LeBel".into()],
        },
    ];
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    let kinds = |title: &str| -> Vec<String> {
        let d = Detector::new(&w, &idx).detect(title, "");
        d.findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    // "teachers' union" describes FAE, the name right before the verb
    assert_eq!(
        kinds("Teachers' union FAE rejects LeBel's offer"),
        vec!["proposal_rejected/FAE"]
    );
    // teachers marching are nobody we follow, whoever they support
    assert!(kinds("Teachers backing FAE reject LeBel's offer").is_empty());
}

/// "as" + a plural party + a base form with an object of its own is the act, the news
/// too ("talks hit snag as Albanians boycott session"); without an object it is the time
/// of something else.
#[test]
fn a_plural_party_acting_in_an_as_clause_is_the_news() {
    let mut cfg = gaza_config();
    cfg.keywords = ["talks", "session"].map(String::from).to_vec();
    cfg.actors = vec![
        ActorConfig {
            name: "Albanian parties".into(),
            aliases: vec!["Albanians".into(), "Albanian parties".into()],
        },
        ActorConfig {
            name: "Macedonia".into(),
            aliases: vec!["Macedonia".into(), "Skopje".into()],
        },
    ];
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    let kinds = |title: &str| -> Vec<String> {
        let d = Detector::new(&w, &idx).detect(title, "");
        d.findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    assert_eq!(
        kinds("Macedonia peace talks hit snag as Albanians boycott session"),
        vec!["delegation_withdrawal/Albanian parties"]
    );
    assert_eq!(
        kinds("Macedonia talks stall as Albanians demand veto powers"),
        vec!["new_demands/Albanian parties"]
    );
    assert!(kinds("Skopje waits as Albanians and police talk").is_empty());
}

/// A time phrase may stand between "agreed" and its "to": "Move Forward and Pheu Thai
/// agreed on Monday night to nominate Wan Noor as speaker" is their agreement.
#[test]
fn a_time_phrase_may_stand_between_agreed_and_to() {
    let mut cfg = gaza_config();
    cfg.keywords = ["coalition", "speaker"].map(String::from).to_vec();
    cfg.actors = vec![
        ActorConfig {
            name: "Move Forward".into(),
            aliases: vec!["Move Forward".into()],
        },
        ActorConfig {
            name: "Pheu Thai".into(),
            aliases: vec!["Pheu Thai".into()],
        },
    ];
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    let kinds = |text: &str| -> Vec<String> {
        let d = Detector::new(&w, &idx).detect("", text);
        d.findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    assert_eq!(
        kinds("Move Forward and Pheu Thai agreed on Monday night to nominate Wan Noor as speaker."),
        vec!["agreement/Move Forward+Pheu Thai"]
    );
    assert!(kinds("Move Forward and Pheu Thai agreed on Monday to meet again.").is_empty());
}

/// A meeting told in the body under a headline that reports another act is that act's
/// setting; under a headline with no act of its own it is the news.
#[test]
fn a_meeting_under_a_headline_act_is_its_setting() {
    let w = gaza_wide();
    let idx = RuleIndex::new(&[]);
    let kinds = |title: &str, body: &str| -> Vec<String> {
        let mut k: Vec<String> = Detector::new(&w, &idx)
            .detect(title, body)
            .findings
            .iter()
            .map(|f| f.kind.clone())
            .collect();
        k.sort();
        k
    };
    assert_eq!(
        kinds(
            "Israel tables new truce offer",
            "Israeli and Hamas negotiators met again in Cairo on Sunday."
        ),
        vec!["proposal"]
    );
    assert_eq!(
        kinds(
            "Cairo round ends late at night",
            "Israeli and Hamas negotiators met again in Cairo on Sunday."
        ),
        vec!["delegation_dispatched"]
    );
}

/// Findings of a headline under a watchlist of these actors (name, aliases), as
/// "kind/Actor+Actor" strings.
fn findings_with(actors: &[(&str, &[&str])], t: &str) -> Vec<String> {
    let mut cfg = many_negotiations().config.clone();
    cfg.actors = actors
        .iter()
        .map(|(n, a)| ActorConfig {
            name: n.to_string(),
            aliases: std::iter::once(*n)
                .chain(a.iter().copied())
                .map(String::from)
                .collect(),
        })
        .collect();
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    Detector::new(&w, &idx)
        .detect(t, "")
        .findings
        .iter()
        .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
        .collect()
}

/// Pattern: "unions", unnamed, are all the trade unions a watchlist follows when it
/// follows two or more (an employer's name before them only says whose); a confederation's
/// name before them makes them that confederation's own.
#[test]
fn unions_unnamed_are_the_unions_followed() {
    let mut cfg = gaza_config();
    cfg.keywords = ["pay", "wage*", "strike*", "talks"]
        .map(String::from)
        .to_vec();
    let actor = |name: &str, aliases: &[&str]| ActorConfig {
        name: name.into(),
        aliases: std::iter::once(name)
            .chain(aliases.iter().copied())
            .map(String::from)
            .collect(),
    };
    cfg.actors = vec![
        actor("Metro Rail", &["the operator"]),
        actor("Drivers' Union", &[]),
        actor("Station Staff Union", &[]),
        actor("Rail Confederation", &["Confederation of Rail Unions"]),
    ];
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    let kinds = |title: &str| -> Vec<String> {
        Detector::new(&w, &idx)
            .detect(title, "")
            .findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    assert_eq!(
        kinds("Metro Rail unions reject final pay offer"),
        vec!["proposal_rejected/Drivers' Union+Station Staff Union"]
    );
    assert_eq!(
        kinds("Unions reject Metro Rail's three-year pay offer"),
        vec!["proposal_rejected/Drivers' Union+Station Staff Union"]
    );
    assert!(!kinds("Rail Confederation unions reject final pay offer")
        .iter()
        .any(|k| k.contains("Drivers' Union")));
}

/// Pattern: an employer's name right before its workforce ("British Airways pilots",
/// "Verizon union members") only says whose workforce acts; two names joined by "and"
/// are both sides.
#[test]
fn an_employer_before_its_workforce_only_says_whose() {
    let actors: &[(&str, &[&str])] = &[
        ("British Airways", &["BA"]),
        ("BALPA", &["pilots", "pilots' union"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert_eq!(
        found("British Airways pilots reject latest offer"),
        vec!["proposal_rejected/BALPA"]
    );
    assert_eq!(
        found("British Airways pilots vote to accept the deal"),
        vec!["proposal_accepted/BALPA"]
    );
    assert_eq!(
        found("British Airways and pilots reach a deal"),
        vec!["agreement/British Airways+BALPA"]
    );
}

/// Pattern: the employer's name before a workforce through a plain noun ("BA cabin crew")
/// still only says whose; a workforce no alias names is nobody we follow, not the
/// employer; a participle after the union's name modifies it ("the union representing its
/// crews" is the union).
#[test]
fn an_employer_before_its_crew_only_says_whose() {
    let actors: &[(&str, &[&str])] = &[
        ("British Airways", &["BA", "the airline"]),
        ("Unite", &["the crew", "the union"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert_eq!(
        found("BA cabin crew reject the offer by 81%"),
        vec!["proposal_rejected/Unite"]
    );
    assert_eq!(
        found("BA cabin crew accept deal, ending long-running dispute"),
        vec!["proposal_accepted/Unite"]
    );
    let bare: &[(&str, &[&str])] = &[("British Airways", &["BA"]), ("Unite", &[])];
    assert!(findings_with(bare, "BA ground staff reject the offer").is_empty());
    assert_eq!(
        found("BA said the union representing its cabin crews turned down the offer"),
        vec!["proposal_rejected/Unite"]
    );
}

/// Pattern: a debtor's creditors, bondholders or creditor groups are the other side of its
/// debt talks ("Argentina's main creditors reject final offer"): the possessor does not
/// act; the debtor rejecting the committee's terms still does.
#[test]
fn a_debtors_creditors_are_not_the_debtor() {
    let actors: &[(&str, &[&str])] = &[
        ("Ruritania", &["Ruritanian government", "finance ministry"]),
        ("Bondholder Committee", &["the committee"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert!(found("Ruritania's main creditors reject final offer").is_empty());
    assert!(found("Ruritania's three creditor groups jointly reject the offer").is_empty());
    assert!(found("Ruritania's bondholders rebuff revised offer").is_empty());
    assert_eq!(
        found("Ruritania rejects the committee's counteroffer"),
        vec!["proposal_rejected/Ruritania"]
    );
}

/// Pattern: in a government formation, the leader charged with forming one who abandons
/// the attempt or hands the mandate back ends that round of talks; a mandate given, or a
/// bid for something else abandoned, is no such end.
#[test]
fn a_formation_attempt_abandoned_ends_the_talks() {
    let actors: &[(&str, &[&str])] = &[
        ("Moderates", &["Kristersson"]),
        ("Centre Party", &["Loof"]),
        ("Speaker", &["Norlen"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert_eq!(
        found("Kristersson abandons bid to form government"),
        vec!["talks_suspended/Moderates"]
    );
    assert_eq!(
        found("Loof abandons government-building effort after three meetings"),
        vec!["talks_suspended/Centre Party"]
    );
    assert_eq!(
        found("Kristersson hands back the mandate to the Speaker"),
        vec!["talks_suspended/Moderates"]
    );
    assert!(found("Norlen gives Kristersson a mandate to form a government").is_empty());
    assert!(found("Kristersson abandons bid to become party chairman").is_empty());
}

/// Pattern: an indefinite head ("a group holding Americans …", "another group") brings
/// in somebody new and refers back to nobody; "the group" refers to the headline's side.
#[test]
fn an_indefinite_head_refers_back_to_nobody() {
    let w = gaza_wide();
    let idx = RuleIndex::new(&[]);
    let found = |body: &str| -> Vec<String> {
        let d = Detector::new(&w, &idx).detect("Hamas accepts the Egyptian plan", body);
        d.findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    let accepted = vec!["proposal_accepted/Hamas".to_string()];
    assert_eq!(
        found("Another group demanded the release of 20 more prisoners."),
        accepted
    );
    assert_eq!(
        found("Meanwhile a group holding Americans in Gaza demanded the release of 20 more prisoners."),
        accepted
    );
    assert_eq!(
        found("The group demanded the release of 20 more prisoners."),
        vec![
            "proposal_accepted/Hamas".to_string(),
            "new_demands/Hamas".to_string()
        ]
    );
}

/// Pattern: a negation word inside a party's name ("Fianna Fáil") negates nothing; one
/// outside it still does.
#[test]
fn a_negation_word_inside_a_name_negates_nothing() {
    let actors: &[(&str, &[&str])] = &[
        ("Fianna Fáil", &["Fianna Fail", "FF"]),
        ("Sinn Féin", &["Sinn Fein", "McDonald"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert_eq!(
        found("Fianna Fail rebuffs Sinn Fein approach"),
        vec!["proposal_rejected/Fianna Fáil"]
    );
    assert_eq!(
        found("Sinn Fein rejects Fianna Fail proposal"),
        vec!["proposal_rejected/Sinn Féin"]
    );
    assert!(found("Fianna Fail does not reject Sinn Fein proposal").is_empty());
}

/// Pattern: a verb inside a party's name. "Left Bloc approves deal with Socialists": "Left"
/// is a word of the party's name, not "leave"; the act is the one after the name.
#[test]
fn a_word_of_a_party_s_name_is_no_verb() {
    let mut cfg = gaza_config();
    cfg.actors = vec![
        ActorConfig {
            name: "Left Bloc".into(),
            aliases: vec!["Left Bloc".into(), "Bloc".into()],
        },
        ActorConfig {
            name: "Socialist Party".into(),
            aliases: vec!["Socialist Party".into(), "Socialists".into()],
        },
    ];
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    let kinds = |title: &str| -> Vec<String> {
        Detector::new(&w, &idx)
            .detect(title, "")
            .findings
            .iter()
            .map(|f| f.kind.clone())
            .collect()
    };
    let got = kinds("Left Bloc approves deal with Socialists");
    assert!(!got.contains(&"talks_suspended".to_string()), "{got:?}");
    assert!(got.contains(&"agreement".to_string()), "{got:?}");
}

/// Pattern: a government formed with partners is the coalition deal; a coalition that could
/// be formed, or one side forming a government alone, is none.
#[test]
fn a_coalition_formed_with_partners_is_the_deal() {
    let parties: &[(&str, &[&str])] = &[
        ("Social Democrats", &["Frederiksen"]),
        ("Liberals", &["Venstre"]),
        ("Greens", &["the Greens"]),
    ];
    let f = |t: &str| findings_with(parties, t);
    assert!(f("Frederiksen forms coalition with Liberals")
        .iter()
        .any(|x| x.starts_with("agreement/")));
    assert!(f("Social Democrats could form a coalition with the Greens").is_empty());
    assert!(f("Frederiksen to form coalition with Liberals").is_empty());
    assert!(f("Frederiksen forms minority government").is_empty());
}

/// A full article's later paragraphs recap earlier events as if they were news: what is
/// read there is marked, so that a known development found there is recalled, not new.
#[test]
fn a_full_articles_later_paragraphs_are_marked() {
    let w = gaza_wide();
    let idx = RuleIndex::new(&[]);
    let deep = |body: &str| -> Vec<(String, bool)> {
        Detector::new(&w, &idx)
            .detect("Mediators meet in Cairo", body)
            .findings
            .iter()
            .map(|f| (f.kind.clone(), f.deep))
            .collect()
    };
    let recap = "Israel recalled its negotiating team from Doha on Tuesday.";
    assert_eq!(
        deep(recap),
        vec![("delegation_withdrawal".to_string(), false)]
    );
    assert_eq!(
        deep(&format!(
            "Officials said the gaps between the two sides remain wide.\n\n{recap}"
        )),
        vec![("delegation_withdrawal".to_string(), true)]
    );
}

/// Pattern: a watchlist name that ends in a possessive ("St. Luke's", "Children's") keeps
/// its "'s": "St. Luke's lifts its offer" is the hospital acting. A name listed both with
/// and without the "'s" ("Labor", "Labor's") lists a possessive form, which still owns.
#[test]
fn a_name_that_ends_in_s_keeps_it() {
    let actors: &[(&str, &[&str])] = &[
        ("St. Luke's", &["St. Luke's Hospital"]),
        ("Nurses Association", &["the union", "nurses"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert_eq!(
        found("St. Luke's lifts its offer to 10.25%"),
        vec!["proposal/St. Luke's"]
    );
    assert_eq!(
        found("St. Luke's puts new economic package on the table"),
        vec!["proposal/St. Luke's"]
    );
    let actors: &[(&str, &[&str])] = &[("Labor", &["Labor's"]), ("Greens", &[])];
    let found = |t: &str| findings_with(actors, t);
    assert_eq!(
        found("Greens reject Labor's offer"),
        vec!["proposal_rejected/Greens"]
    );
}

/// Pattern: the plural of a name two parties share ("the two Koreas", "Sudans") is both
/// parties; a plural no two names end in is nobody.
#[test]
fn the_plural_of_a_shared_name_is_both_parties() {
    let actors: &[(&str, &[&str])] = &[
        ("North Korea", &["Pyongyang"]),
        ("South Korea", &["Seoul"]),
        ("United States", &["Washington"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert_eq!(
        found("The two Koreas agree to extend truce"),
        vec!["agreement/North Korea+South Korea"]
    );
    assert_eq!(
        found("Koreas sign peace deal"),
        vec!["agreement/North Korea+South Korea"]
    );
    assert!(found("States sign peace deal").is_empty());
}

/// Pattern: a court or an industrial umpire ruling on a side's "bid to" act decides an
/// application; no offer to the other side is turned down.
#[test]
fn a_court_ruling_on_a_bid_rejects_no_offer() {
    let actors: &[(&str, &[&str])] = &[
        ("Labour Court", &["the court"]),
        ("AMCU", &["Amcu", "the union"]),
        ("Lonmin", &["the company"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert!(found("Labour Court throws out Amcu bid to stop SMS offers").is_empty());
    assert_eq!(
        found("Lonmin rejects Amcu bid to tie the deal to a pay rise"),
        vec!["proposal_rejected/Lonmin"]
    );
}

/// Pattern: a watched government's state, as the subject at the head of a sentence, is
/// that government acting ("Sri Lanka offers …", "NSW rejects …"); elsewhere the bare
/// state is a place ("teachers in Sri Lanka"), and a generic word before "government"
/// ("state government") names no state.
#[test]
fn a_state_heading_the_sentence_is_its_government() {
    let actors: &[(&str, &[&str])] = &[
        ("Sri Lanka Government", &["the government", "cabinet"]),
        ("Teachers' Unions", &["the unions", "teachers' unions"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert_eq!(
        found("Sri Lanka offers teachers phased pay rise"),
        vec!["proposal/Sri Lanka Government"]
    );
    assert_eq!(
        found("Strike: Sri Lanka rejects teachers' unions' demand"),
        vec!["proposal_rejected/Sri Lanka Government"]
    );
    assert_eq!(
        found("Teachers' unions in Sri Lanka reject the offer"),
        vec!["proposal_rejected/Teachers' Unions"]
    );
    let actors: &[(&str, &[&str])] = &[
        ("NSW Government", &["the government"]),
        ("RTBU", &["the union", "rail union"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert_eq!(
        found("NSW offers rail workers $1000 bonus"),
        vec!["proposal/NSW Government"]
    );
    let actors: &[(&str, &[&str])] = &[
        ("Regional authority", &["state government"]),
        ("RTBU", &["the union"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert!(found("State offers rail workers $1000 bonus").is_empty());
}

/// Another country's party of the same name is not the watched one ("Austria's Social
/// Democrats" on a watchlist of Germany's), while a person named with a country stays.
#[test]
fn another_countrys_party_is_not_ours() {
    let mut cfg = gaza_config();
    cfg.context = vec!["Germany".into(), "Berlin".into()];
    cfg.actors = vec![
        ActorConfig {
            name: "SPD".into(),
            aliases: vec!["SPD".into(), "Social Democrats".into()],
        },
        ActorConfig {
            name: "CDU/CSU".into(),
            aliases: vec!["CDU/CSU".into(), "conservatives".into(), "Merkel".into()],
        },
        ActorConfig {
            name: "FDP".into(),
            aliases: vec!["FDP".into(), "Free Democrats".into(), "Kubicki".into()],
        },
    ];
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    let kinds = |t: &str| -> Vec<String> {
        Detector::new(&w, &idx)
            .detect(t, "")
            .findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    assert!(kinds("Austria's Social Democrats reject Merkel's offer").is_empty());
    assert_eq!(
        kinds("Germany's Social Democrats reject Merkel's offer"),
        vec!["proposal_rejected/SPD"]
    );
    // (one person: "Denmark's Kubicki" would still be him)
    assert_eq!(
        kinds("Denmark's Kubicki rejects Merkel's offer"),
        vec!["proposal_rejected/FDP"]
    );
}

/// Pattern: a one-word party name that is also a verb's form ("Left"), written
/// capitalised before a rule's verb, is the subject, not the verb "left".
#[test]
fn a_party_named_like_a_verb_is_its_name_before_a_verb() {
    let actors: &[(&str, &[&str])] = &[
        ("Left parties", &["Left", "Left Front"]),
        ("India", &["New Delhi"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert_eq!(
        found("Left rejects nuclear pact, says it lives in the Hyde Act's shadow"),
        vec!["proposal_rejected/Left parties"]
    );
    assert!(found("New Delhi left the nuclear pact talks without a word").len() <= 1);
}

/// A fine or a penalty a side agrees to pay is settled with a regulator or a court: no
/// concession to the other side; a demand dropped in the talks still is.
#[test]
fn a_fine_paid_is_no_concession() {
    let mut cfg = many_negotiations().config.clone();
    cfg.keywords = vec!["pay".into(), "contract".into()];
    cfg.actors = [
        ("American Airlines", "American"),
        ("APFA", "flight attendants union"),
    ]
    .iter()
    .map(|(n, a)| ActorConfig {
        name: n.to_string(),
        aliases: vec![n.to_string(), a.to_string()],
    })
    .collect();
    let w = Watchlist::new(&cfg);
    let idx = RuleIndex::new(&[]);
    let found = |t: &str| -> Vec<String> {
        Detector::new(&w, &idx)
            .detect(t, "")
            .findings
            .iter()
            .map(|f| format!("{}/{}", f.kind, f.actors.join("+")))
            .collect()
    };
    assert!(found("American Airlines agrees to pay $4.1 million fine").is_empty());
    assert!(found("American Airlines agrees to pay penalties over contract breaches").is_empty());
    assert_eq!(
        found("American Airlines agrees to drop its demand on pay"),
        vec!["proposal_accepted/American Airlines"]
    );
}

/// Pattern: a candidate for the premiership put forward by whoever nominates is that
/// side's proposal; naming an envoy or a name for another post is no proposal, nor a
/// premier named in another clause.
#[test]
fn a_premier_nominated_is_a_proposal() {
    let actors: &[(&str, &[&str])] = &[
        ("Gitanas Nausėda", &["Nausėda", "Lithuanian president"]),
        ("LSDP", &["Social Democrats"]),
    ];
    let found = |t: &str| findings_with(actors, t);
    assert_eq!(
        found("Lithuanian president nominates Paluckas for prime minister after talks"),
        vec!["proposal/Gitanas Nausėda"]
    );
    assert_eq!(
        found("Lithuanian president taps Paluckas to form government after talks"),
        vec!["proposal/Gitanas Nausėda"]
    );
    assert_eq!(
        found("Social Democrats put forward Paluckas as PM candidate in coalition talks"),
        vec!["proposal/LSDP"]
    );
    assert!(found("Nausėda nominates Budrys for foreign minister in talks").is_empty());
    assert!(found("Nausėda picks new envoy to the talks, keeps Paluckas as PM").is_empty());
}
