//! How developments read, shared by the emails and the web view: one sentence per
//! development with the right verb for joint actors ("Israel and Hamas reach an
//! agreement"), one colour per kind, merge evidence in words, and the stylesheet.
//!
//! The kind descriptions themselves ("reaches an agreement") live with the detection
//! rules; this module only turns them into sentences.

use crate::config::DevelopmentConfig;
use crate::kinds::describe_kind;

/// The parties in words: "Israel", "Israel and Hamas", "Israel, Hamas and Qatar".
pub fn actor_list(actors: &[String]) -> String {
    match actors {
        // a collective subject that names nobody: "Yemen's warring parties agree …"
        [] => "The sides".to_string(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The base (plural) form of a verb in the third person singular: "reaches" → "reach",
/// "carries" → "carry", "has" → "have". Words that are not such a verb stay as they are.
fn base_form(verb: &str) -> String {
    match verb {
        "is" => return "are".into(),
        "was" => return "were".into(),
        "has" => return "have".into(),
        "does" => return "do".into(),
        "goes" => return "go".into(),
        _ => {}
    }
    if verb.len() > 4 && verb.ends_with("ies") {
        return format!("{}y", &verb[..verb.len() - 3]);
    }
    for suffix in ["sses", "shes", "ches", "xes", "zes", "oes"] {
        if verb.ends_with(suffix) {
            return verb[..verb.len() - 2].to_string();
        }
    }
    if verb.len() > 2 && verb.ends_with('s') && !verb.ends_with("ss") && !verb.ends_with("us") {
        return verb[..verb.len() - 1].to_string();
    }
    verb.to_string()
}

/// A singular verb phrase made plural for joint actors: "withdraws its delegation" →
/// "withdraw their delegation", "formally accepts a proposal" → "formally accept a
/// proposal". A phrase that does not start with a verb ("sanctions imposed") is kept.
pub fn plural(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // an adverb may come first ("formally accepts")
    let verb_at = match words.first() {
        Some(w) if w.ends_with("ly") && words.len() > 1 => 1,
        _ => 0,
    };
    words
        .iter()
        .enumerate()
        .map(|(i, w)| match (i == verb_at, *w) {
            (true, w) => base_form(w),
            (false, "its" | "his" | "her") => "their".to_string(),
            (false, "itself" | "himself" | "herself") => "themselves".to_string(),
            (false, w) => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The kind's verb phrase, custom kinds' `description` included.
pub fn kind_words(kind: &str, user: &[DevelopmentConfig]) -> String {
    describe_kind(
        kind,
        user.iter()
            .map(|d| (d.name.as_str(), d.description.as_str())),
    )
}

/// A development as one sentence without a full stop: "Israel and Hamas reach an
/// agreement", "Qatar suspends talks".
pub fn sentence(kind: &str, actors: &[String], user: &[DevelopmentConfig]) -> String {
    let words = kind_words(kind, user);
    let verb = if actors.len() != 1 {
        plural(&words)
    } else {
        words
    };
    format!("{} {verb}", actor_list(actors))
}

/// The kind's name in words for labels ("delegation withdrawal").
pub fn kind_label(kind: &str) -> String {
    kind.replace('_', " ")
}

/// Colours of a kind: (text, background). Steps back are red, offers blue, steps
/// forward green, demands amber, custom kinds violet.
pub fn kind_colours(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "delegation_withdrawal" | "talks_suspended" | "proposal_rejected" => ("#a8281e", "#fdecea"),
        "proposal_accepted" | "agreement" => ("#11683f", "#e6f4ec"),
        "proposal" | "delegation_dispatched" => ("#1d55a6", "#e8f0fb"),
        "new_demands" => ("#8a4b00", "#fdf2df"),
        _ => ("#5b3ea6", "#f0ecfa"),
    }
}

/// A link that is safe to put in `href`: http or https only (never `javascript:`).
pub fn safe_link(link: Option<&str>) -> Option<&str> {
    link.map(str::trim).filter(|l| {
        let lower = l.to_ascii_lowercase();
        (lower.starts_with("http://") || lower.starts_with("https://"))
            && !l.chars().any(|c| c.is_control() || c.is_whitespace())
    })
}

/// A merge record (`story_items.evidence`) in words: why the item joined its story, or
/// why it started one.
pub fn describe_merge(m: &serde_json::Value) -> String {
    let f = |v: &serde_json::Value| {
        v.as_f64()
            .map(|x| format!("{x:.2}"))
            .unwrap_or_else(|| "?".into())
    };
    let list = |v: &serde_json::Value| {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "none".into())
    };
    let detail = |e: &serde_json::Value| {
        format!(
            "score {} vs threshold {} (cosine {}, MinHash {}, shared development keys: {}, time decay {} after {} h; shared terms: {}{})",
            f(&e["score"]),
            f(&e["threshold"]),
            f(&e["cosine"]),
            f(&e["minhash"]),
            list(&e["shared_keys"]),
            f(&e["decay"]),
            e["gap_hours"].as_f64().map(|x| format!("{x:.1}")).unwrap_or_default(),
            list(&e["shared_terms"]),
            if e["same_title"].as_bool().unwrap_or(false) { "; same headline" } else { "" }
        )
    };
    if m.is_null() {
        return "no merge record".into();
    }
    if m.get("started").is_some() {
        match m.get("closest").filter(|c| !c.is_null()) {
            Some(c) => format!(
                "started the story: the closest, #{}, scored {}",
                m["closest_story"],
                detail(c)
            ),
            None => "started the story: no active story shared its terms".to_string(),
        }
    } else {
        format!("joined: {}", detail(m))
    }
}

/// The stylesheet of the web view (inlined in each page, allowed by its hash in the
/// Content-Security-Policy). The emails use the same colours as inline styles.
pub const WEB_CSS: &str = r#"
:root{--ink:#1c2430;--muted:#5d6776;--line:#e3e6ea;--bg:#f6f5f1;--card:#fff;--accent:#1d55a6}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
header.top{background:#1c2430;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:baseline}
header.top a{color:#fff}header.top .brand{font-weight:700;letter-spacing:.02em}
header.top nav{display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.95rem}
main{max-width:1100px;margin:0 auto;padding:1rem}
h1{font-size:1.55rem;line-height:1.25;margin:.4rem 0 .3rem}h2{font-size:1.15rem;margin:1.6rem 0 .6rem}
.muted{color:var(--muted)}.small{font-size:.88rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin:.6rem 0}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:.6rem}
.kind{display:inline-block;border-radius:999px;padding:.05rem .55rem;font-size:.78rem;font-weight:600;white-space:nowrap}
.dev .what{font-weight:600}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:4px solid var(--line);background:#fafafa;font-style:italic}
ul.plain{list-style:none;padding:0;margin:0}ul.plain.card{padding:.3rem 1rem}ul.plain li{padding:.25rem 0;border-bottom:1px solid var(--line)}ul.plain li:last-child{border-bottom:0}
table{border-collapse:collapse;width:100%;background:var(--card)}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:.85rem;color:var(--muted);font-weight:600}
.scroll{overflow-x:auto}
.axis{position:relative;height:1.4rem;margin-left:0;border-bottom:1px solid var(--line);font-size:.75rem;color:var(--muted)}
.axis span{position:absolute;transform:translateX(-50%);white-space:nowrap}
.lane{position:relative;height:1.6rem;margin:.3rem 0;background:repeating-linear-gradient(90deg,transparent 0,transparent calc(100%/7 - 1px),var(--line) calc(100%/7 - 1px),var(--line) calc(100%/7))}
.bar{position:absolute;top:.55rem;height:.5rem;border-radius:4px;background:#9fb3cc;min-width:.5rem}
.mark{position:absolute;top:.15rem;width:1.3rem;height:1.3rem;margin-left:-.65rem;border-radius:50%;border:2px solid #fff;box-shadow:0 0 0 1px rgba(0,0,0,.15)}
.story h3{font-size:1.02rem;margin:0}
.devs{margin:.3rem 0 0;padding:0;list-style:none}.devs li{margin:.2rem 0}
details summary{cursor:pointer;color:var(--muted);font-size:.9rem}
.outlet{margin:.3rem 0 .3rem .2rem}.outlet b{font-size:.9rem}
.bad{color:#a8281e}.ok{color:#11683f}
footer{max-width:1100px;margin:1rem auto 2rem;padding:0 1rem;color:var(--muted);font-size:.85rem}
@media (max-width:600px){main{padding:.6rem}h1{font-size:1.3rem}.card{padding:.6rem .7rem}th,td{padding:.3rem}.hide-narrow{display:none}}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn v(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn joint_actors_take_the_plural_verb() {
        assert_eq!(
            sentence("agreement", &v(&["Israel", "Hamas"]), &[]),
            "Israel and Hamas reach an agreement"
        );
        assert_eq!(
            sentence("agreement", &v(&["Israel"]), &[]),
            "Israel reaches an agreement"
        );
        assert_eq!(
            sentence(
                "delegation_withdrawal",
                &v(&["Israel", "Qatar", "Egypt"]),
                &[]
            ),
            "Israel, Qatar and Egypt withdraw their delegation"
        );
        // every built-in phrase has a plural that differs from it and keeps its object
        for (kind, words) in crate::kinds::BUILTIN_KINDS {
            let p = plural(words);
            assert_ne!(&p, words, "{kind}");
            assert_eq!(
                p.split(' ').skip(1).last(),
                words.split(' ').skip(1).last(),
                "{kind}"
            );
        }
        for (one, many) in [
            ("sends a delegation", "send a delegation"),
            ("issues new demands", "issue new demands"),
            ("imposes sanctions", "impose sanctions"),
            ("carries out strikes", "carry out strikes"),
            ("pushes back", "push back"),
            ("has talks", "have talks"),
            ("formally accepts a bid", "formally accept a bid"),
        ] {
            assert_eq!(plural(one), many);
        }
    }

    #[test]
    fn custom_kinds_use_their_description() {
        let user = vec![DevelopmentConfig {
            name: "sanctions_imposed".into(),
            description: "imposes sanctions".into(),
            triggers: vec!["impose*".into()],
            objects: vec![],
            actors: vec![],
        }];
        assert_eq!(
            sentence("sanctions_imposed", &v(&["United States"]), &user),
            "United States imposes sanctions"
        );
        assert_eq!(
            sentence("sanctions_imposed", &v(&["United States", "Qatar"]), &user),
            "United States and Qatar impose sanctions"
        );
    }

    #[test]
    fn only_web_links_are_safe() {
        assert_eq!(
            safe_link(Some("https://x.example/a")),
            Some("https://x.example/a")
        );
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "http://x\" onmouseover=\"alert(1)",
            "//evil.example/",
        ] {
            assert_eq!(safe_link(Some(bad)), None, "{bad}");
        }
    }

    #[test]
    fn merge_records_read_as_words() {
        let started = serde_json::json!({"started": "x", "closest_story": null, "closest": null});
        assert!(describe_merge(&started).starts_with("started the story"));
        let joined = serde_json::json!({"score": 0.8, "threshold": 0.3, "cosine": 0.7, "shared_keys": ["agreement"], "same_title": true, "gap_hours": 2.0, "decay": 0.9, "shared_terms": ["truce"], "minhash": 0.1});
        let s = describe_merge(&joined);
        assert!(s.starts_with("joined: score 0.80 vs threshold 0.30"), "{s}");
        assert!(s.contains("same headline") && s.contains("truce"), "{s}");
    }
}
