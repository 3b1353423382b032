//! Trigger rules: how negotiation news says that something happened.
//!
//! A rule is a verb (all its inflections) with an object constraint, optional particle
//! ("bring … home", "put forward"), and whether the object may stand before the verb as
//! a passive ("truce agreed") or as the subject of an intransitive verb ("negotiators
//! left"). Built-in kinds and user `[[development]]` tables compile to the same type.

use std::collections::HashMap;

use crate::config::DevelopmentConfig;

/// The built-in kinds live in `crate::kinds` (the config and the emails need them
/// too); re-exported here for the detector's own code.
pub use crate::kinds::BUILTIN_KINDS;

/// How the object relates to the verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Object after the verb ("recalls its team"); passive allowed if `passive`.
    Transitive,
    /// Object is the subject ("negotiators left", "talks collapsed").
    SubjectIsObject,
    /// A trip: a destination and a negotiating purpose ("heads to Doha for talks").
    Travel,
    /// No object needed ("Hamas demanded the release …").
    Bare,
}

/// One trigger rule.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Development kind it signals.
    pub kind: String,
    /// Short name shown by `explain`.
    pub name: String,
    /// Verb lemmas (or user patterns with `*`).
    pub verbs: Vec<String>,
    /// A particle one of which must follow within the clause ("home", "out").
    pub particles: Vec<String>,
    /// Preposition required right before the object ("to" in "agree to").
    pub preposition: Option<String>,
    /// Object heads; empty with `Frame::Bare`.
    pub objects: Vec<String>,
    /// Object frame.
    pub frame: Frame,
    /// "truce agreed", "team was recalled".
    pub passive: bool,
    /// Future ("will send") still counts: announced trips are news.
    pub future_ok: bool,
    /// Object must not be followed by one of these ("left for Cairo" is no withdrawal).
    pub not_followed_by: Vec<String>,
    /// Object must not follow one of these ("two days of meetings" ended a round).
    pub not_preceded_by: Vec<String>,
    /// Object must follow one of these, when given ("issue a *joint* statement").
    pub preceded_by: Vec<String>,
    /// Actors the kind is restricted to (user kinds).
    pub actors: Vec<String>,
    /// The particle must not be followed by one of these ("sent back to Cairo" is no recall).
    pub particle_not_followed_by: Vec<String>,
    /// The particle must be followed by one of these ("given ten days to comply").
    pub particle_followed_by: Vec<String>,
    /// Only a subject naming two or more actors ("Israel and Hamas agreed …").
    pub joint_subject: bool,
    /// The actor is the owner named in the object phrase ("talks stumbled over Israel's
    /// demand"), not the subject.
    pub actor_from_object: bool,
    /// The object phrase must name an actor ("approves the U.S. plan": someone else's).
    pub object_owner: bool,
    /// The object is whatever noun follows another party's possessive ("turns down
    /// Gazprom's $250"): that party's move (`matcher::owned_move`).
    pub owned_move: bool,
    /// The actor is who says it ("Iran says the offer is unacceptable"), not the
    /// phrase's subject.
    pub actor_is_speaker: bool,
    /// The verb's subject right before it names a party, the one who must act ("Abbas says
    /// Hamas must give up its weapons"); the actor is still the speaker, someone else.
    pub named_subject: bool,
    /// A party is named between the verb and its particle, the one the act is aimed at
    /// ("gives Doha ten days to comply"; not "gave companies two weeks").
    pub named_recipient: bool,
    /// An act of both sides, whoever a report names ("talks resumed").
    pub joint_act: bool,
    /// Not when the sentence says the talks go on ("envoys leave Sanaa, more talks
    /// planned"): a visit or a round ended.
    pub not_if_talks_continue: bool,
    /// The object must carry terms: a start, a length or a scope ("an immediate
    /// 21-day truce", "a ceasefire from midnight Sunday"); a call for "a ceasefire"
    /// alone is advocacy, a call for one with terms is a proposal.
    pub with_terms: bool,
    /// Only in a headline: what a headline reports as news is, in a body, as often the
    /// story's background restated ("Pirates want $2 million" over "The union wants 15%;").
    pub headline_only: bool,
}

/// The built-in rule table (data, not code: adding a verb or a kind means editing
/// `rules.toml`; `rules_table_is_valid` checks it).
const RULES_TOML: &str = include_str!("rules.toml");

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    sets: HashMap<String, Vec<String>>,
    rule: Vec<RawRule>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    kind: String,
    name: String,
    verbs: Vec<String>,
    #[serde(default)]
    particles: Vec<String>,
    preposition: Option<String>,
    #[serde(default)]
    objects: Vec<String>,
    #[serde(default = "transitive")]
    frame: String,
    #[serde(default)]
    passive: bool,
    #[serde(default)]
    future_ok: bool,
    #[serde(default)]
    not_followed_by: Vec<String>,
    #[serde(default)]
    not_preceded_by: Vec<String>,
    #[serde(default)]
    preceded_by: Vec<String>,
    #[serde(default)]
    particle_not_followed_by: Vec<String>,
    #[serde(default)]
    particle_followed_by: Vec<String>,
    #[serde(default)]
    joint_subject: bool,
    #[serde(default)]
    actor_from_object: bool,
    #[serde(default)]
    not_if_talks_continue: bool,
    #[serde(default)]
    object_owner: bool,
    #[serde(default)]
    owned_move: bool,
    #[serde(default)]
    actor_is_speaker: bool,
    #[serde(default)]
    named_subject: bool,
    #[serde(default)]
    named_recipient: bool,
    #[serde(default)]
    joint_act: bool,
    #[serde(default)]
    with_terms: bool,
    #[serde(default)]
    headline_only: bool,
}

fn transitive() -> String {
    "transitive".into()
}

/// The parsed table: word sets and rules.
struct Table {
    sets: HashMap<String, Vec<String>>,
    rules: Vec<Rule>,
}

/// Expands `@set` references (sets may reference sets).
fn expand(
    words: &[String],
    sets: &HashMap<String, Vec<String>>,
    depth: usize,
) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for w in words {
        match w.strip_prefix('@') {
            Some(name) => {
                let set = sets
                    .get(name)
                    .ok_or_else(|| format!("unknown word set @{name}"))?;
                if depth > 4 {
                    return Err(format!("word set @{name} nests too deep"));
                }
                out.extend(expand(set, sets, depth + 1)?);
            }
            None => out.push(w.clone()),
        }
    }
    Ok(out)
}

fn parse_table(text: &str) -> Result<Table, String> {
    let raw: RawTable = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut sets = HashMap::new();
    for name in raw.sets.keys() {
        sets.insert(name.clone(), expand(&raw.sets[name], &raw.sets, 0)?);
    }
    let mut rules = Vec::new();
    for r in raw.rule {
        if !BUILTIN_KINDS.iter().any(|k| k.0 == r.kind) {
            return Err(format!("rule {:?}: unknown kind {:?}", r.name, r.kind));
        }
        let frame = match r.frame.as_str() {
            "transitive" => Frame::Transitive,
            "subject" => Frame::SubjectIsObject,
            "bare" => Frame::Bare,
            "travel" => Frame::Travel,
            f => return Err(format!("rule {:?}: unknown frame {f:?}", r.name)),
        };
        let objects =
            expand(&r.objects, &raw.sets, 0).map_err(|e| format!("rule {:?}: {e}", r.name))?;
        if (matches!(frame, Frame::Bare | Frame::Travel)) != objects.is_empty() {
            return Err(format!(
                "rule {:?}: a bare rule has no objects, any other needs some",
                r.name
            ));
        }
        rules.push(Rule {
            kind: r.kind,
            name: r.name,
            verbs: r.verbs,
            particles: r.particles,
            preposition: r.preposition,
            objects,
            frame,
            passive: r.passive,
            future_ok: r.future_ok,
            not_followed_by: r.not_followed_by,
            not_preceded_by: r.not_preceded_by,
            preceded_by: r.preceded_by,
            actors: vec![],
            particle_not_followed_by: r.particle_not_followed_by,
            particle_followed_by: r.particle_followed_by,
            joint_subject: r.joint_subject,
            actor_from_object: r.actor_from_object,
            not_if_talks_continue: r.not_if_talks_continue,
            object_owner: r.object_owner,
            owned_move: r.owned_move,
            actor_is_speaker: r.actor_is_speaker,
            named_subject: r.named_subject,
            named_recipient: r.named_recipient,
            joint_act: r.joint_act,
            with_terms: r.with_terms,
            headline_only: r.headline_only,
        });
    }
    Ok(Table { sets, rules })
}

static TABLE: std::sync::LazyLock<Table> = std::sync::LazyLock::new(|| {
    parse_table(RULES_TOML).unwrap_or_else(|e| {
        // the table is compiled in and checked by a test; this is a build defect
        tracing::error!("the built-in rule table is invalid: {e}");
        Table {
            sets: HashMap::new(),
            rules: vec![],
        }
    })
});

/// A word set of the rule table ("deal", "team", …); empty if unknown.
pub fn word_set(name: &str) -> &'static [String] {
    TABLE.sets.get(name).map(Vec::as_slice).unwrap_or(&[])
}

/// The eight built-in kinds as rules.
pub fn builtin_rules() -> Vec<Rule> {
    TABLE.rules.clone()
}

/// Compiles a user-defined kind: each trigger's first word is the verb (with `*` a
/// prefix), later words are particles; objects are object heads.
pub fn user_rule(d: &DevelopmentConfig) -> Vec<Rule> {
    d.triggers
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| {
            let words: Vec<String> = t.split_whitespace().map(crate::text::fold_lower).collect();
            Rule {
                kind: d.name.clone(),
                name: format!("{} ({})", t, d.name),
                verbs: vec![words[0].clone()],
                particles: words[1..].to_vec(),
                preposition: None,
                objects: d
                    .objects
                    .iter()
                    .map(|o| crate::text::fold_lower(o))
                    .collect(),
                frame: if d.objects.is_empty() {
                    Frame::Bare
                } else {
                    Frame::Transitive
                },
                passive: !d.objects.is_empty(),
                future_ok: false,
                not_followed_by: vec![],
                not_preceded_by: vec![],
                preceded_by: vec![],
                actors: d.actors.clone(),
                particle_not_followed_by: vec![],
                particle_followed_by: vec![],
                joint_subject: false,
                actor_from_object: false,
                not_if_talks_continue: false,
                object_owner: false,
                owned_move: false,
                actor_is_speaker: false,
                named_subject: false,
                named_recipient: false,
                joint_act: false,
                with_terms: false,
                headline_only: false,
            }
        })
        .collect()
}

const IRREGULAR: &[(&str, &[&str])] = &[
    ("withdraw", &["withdrew", "withdrawn"]),
    ("give", &["gave", "given"]),
    ("bring", &["brought"]),
    ("send", &["sent"]),
    ("draw", &["drew", "drawn"]),
    ("lay", &["laid"]),
    ("set", &["set"]),
    ("put", &["put"]),
    ("strike", &["struck"]),
    ("break", &["broke", "broken"]),
    ("leave", &["left"]),
    ("go", &["went", "gone", "goes"]),
    ("fly", &["flew", "flown", "flies"]),
    ("throw", &["threw", "thrown"]),
    ("shoot", &["shot"]),
    ("say", &["said", "says"]),
    ("tell", &["told"]),
    ("make", &["made"]),
    ("come", &["came"]),
    ("freeze", &["froze", "frozen"]),
    ("quit", &["quit"]),
    ("forge", &["forged"]),
    ("hand", &["handed"]),
    ("ink", &["inked"]),
    ("submit", &["submitted", "submitting"]),
    (
        "cancel",
        &["cancelled", "cancelling", "canceled", "canceling"],
    ),
    (
        "signal",
        &["signalled", "signalling", "signaled", "signaling"],
    ),
    ("commit", &["committed", "committing"]),
    ("admit", &["admitted", "admitting"]),
    ("initial", &["initialled", "initialling"]),
    ("travel", &["travelled", "travelling"]),
    ("ok", &["oks", "ok'd", "okd", "oked"]),
    ("okay", &["okays", "okayed", "okaying"]),
    ("label", &["labelled", "labelling"]),
    ("shelve", &["shelved", "shelving"]),
    ("meet", &["met"]),
    ("sit", &["sat"]),
    ("hold", &["held"]),
    ("begin", &["began", "begun"]),
    ("fall", &["fell", "fallen"]),
    ("lead", &["led"]),
    ("seek", &["sought"]),
    ("stumble", &["stumbled"]),
    ("snag", &["snagged", "snagging"]),
];

/// Every inflected form of a verb lemma.
pub fn inflections(lemma: &str) -> Vec<String> {
    let mut out = vec![lemma.to_string()];
    let chars: Vec<char> = lemma.chars().collect();
    let last = *chars.last().unwrap_or(&' ');
    let vowel = |c: char| "aeiou".contains(c);
    if last == 'e' {
        let stem = &lemma[..lemma.len() - 1];
        out.push(format!("{lemma}s"));
        out.push(format!("{lemma}d"));
        out.push(if lemma.ends_with("ee") {
            format!("{lemma}ing")
        } else {
            format!("{stem}ing")
        });
    } else if last == 'y' && chars.len() > 1 && !vowel(chars[chars.len() - 2]) {
        let stem = &lemma[..lemma.len() - 1];
        out.push(format!("{stem}ies"));
        out.push(format!("{stem}ied"));
        out.push(format!("{lemma}ing"));
    } else {
        // (a consonant and "o" takes "es" too: veto → vetoes, echo → echoes)
        let consonant_o = last == 'o' && chars.len() > 1 && !vowel(chars[chars.len() - 2]);
        let es = matches!(last, 's' | 'x' | 'z')
            || lemma.ends_with("ch")
            || lemma.ends_with("sh")
            || consonant_o;
        out.push(if es {
            format!("{lemma}es")
        } else {
            format!("{lemma}s")
        });
        out.push(format!("{lemma}ed"));
        out.push(format!("{lemma}ing"));
        // consonant doubling for short CVC verbs: stop → stopped, drop → dropped
        let n = chars.len();
        if (3..=5).contains(&n)
            && !vowel(last)
            && !"wxy".contains(last)
            && vowel(chars[n - 2])
            && !vowel(chars[n - 3])
        {
            out.push(format!("{lemma}{last}ed"));
            out.push(format!("{lemma}{last}ing"));
        }
    }
    if let Some((_, forms)) = IRREGULAR.iter().find(|(l, _)| *l == lemma) {
        out.extend(forms.iter().map(|f| f.to_string()));
    }
    out
}

/// Index from word form to the rules it can trigger; user `*` patterns kept apart.
#[derive(Debug, Clone, Default)]
pub struct RuleIndex {
    /// All rules.
    pub rules: Vec<Rule>,
    /// form → (rule index, lemma)
    pub forms: HashMap<String, Vec<usize>>,
    /// (prefix, rule index) for user triggers ending in `*`.
    pub prefixes: Vec<(String, usize)>,
}

impl RuleIndex {
    /// Builds the index for built-in rules plus user kinds.
    pub fn new(user: &[DevelopmentConfig]) -> RuleIndex {
        let mut rules = builtin_rules();
        for d in user {
            rules.extend(user_rule(d));
        }
        let mut forms: HashMap<String, Vec<usize>> = HashMap::new();
        let mut prefixes = Vec::new();
        for (i, r) in rules.iter().enumerate() {
            for v in &r.verbs {
                if let Some(p) = v.strip_suffix('*') {
                    prefixes.push((p.to_string(), i));
                    continue;
                }
                // ("=offer": that form alone, not its inflections)
                if let Some(exact) = v.strip_prefix('=') {
                    let e = forms.entry(exact.to_string()).or_default();
                    if !e.contains(&i) {
                        e.push(i);
                    }
                    continue;
                }
                for f in inflections(v) {
                    let e = forms.entry(f).or_default();
                    if !e.contains(&i) {
                        e.push(i);
                    }
                }
            }
        }
        RuleIndex {
            rules,
            forms,
            prefixes,
        }
    }

    /// Rules a word form may trigger.
    pub fn lookup(&self, form: &str) -> Vec<usize> {
        let mut out = self.forms.get(form).cloned().unwrap_or_default();
        for (p, i) in &self.prefixes {
            if form.starts_with(p.as_str()) && !out.contains(i) {
                out.push(*i);
            }
        }
        out
    }
}

/// Does `word` match an object head (`*` suffix = prefix match)?
/// A `!` entry excludes: `["*", "!condolences"]` is any head but that one.
pub fn object_matches(objects: &[String], word: &str) -> bool {
    !object_excluded(objects, word)
        && objects
            .iter()
            .filter(|o| !o.starts_with('!'))
            .any(|o| head_matches(o, word))
}

/// Is `word` one of the `!` heads, the object that stops the search ("offers a venue
/// for talks" offers a venue, not talks)?
pub fn object_excluded(objects: &[String], word: &str) -> bool {
    objects
        .iter()
        .filter_map(|o| o.strip_prefix('!'))
        .any(|o| head_matches(o, word))
}

fn head_matches(o: &str, word: &str) -> bool {
    // "#figure": any amount ("$2", "20%", "24bn"), as in `not_followed_by`
    if o == "#figure" {
        return word.chars().take(2).any(|c| c.is_ascii_digit());
    }
    match o.strip_suffix('*') {
        Some(p) => word.starts_with(p),
        None => o == word || (o.len() > 3 && word.strip_suffix('s') == Some(o)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_cover_regular_and_irregular() {
        let f = inflections("withdraw");
        for w in ["withdraws", "withdrew", "withdrawn", "withdrawing"] {
            assert!(f.contains(&w.to_string()), "{w}");
        }
        assert!(inflections("stop").contains(&"stopped".to_string()));
        assert!(inflections("agree").contains(&"agreed".to_string()));
        assert!(inflections("agree").contains(&"agreeing".to_string()));
        assert!(inflections("dispatch").contains(&"dispatches".to_string()));
        assert!(inflections("veto").contains(&"vetoes".to_string()));
    }

    #[test]
    fn rules_table_is_valid() {
        let t = parse_table(RULES_TOML).unwrap();
        assert!(t.rules.len() >= 30, "{}", t.rules.len());
        for r in &t.rules {
            assert!(!r.verbs.is_empty(), "{}", r.name);
        }
        assert!(parse_table(
            "[sets]\n[[rule]]\nkind = \"coup\"\nname = \"x\"\nverbs = [\"a\"]\nframe = \"bare\"\n"
        )
        .is_err());
        assert!(parse_table("[sets]\n[[rule]]\nkind = \"proposal\"\nname = \"x\"\nverbs = [\"a\"]\nobjects = [\"@nope\"]\n").is_err());
    }

    #[test]
    fn an_excluded_head_never_matches() {
        let objects: Vec<String> = ["*", "!condolences", "!venue"].map(String::from).to_vec();
        assert!(object_matches(&objects, "subsidies"));
        assert!(!object_matches(&objects, "condolences"));
        assert!(!object_matches(&objects, "venues"));
        assert!(object_excluded(&objects, "venue"));
        assert!(!object_excluded(&objects, "subsidies"));
    }

    #[test]
    fn every_builtin_kind_has_rules() {
        let rules = builtin_rules();
        for (k, _) in BUILTIN_KINDS {
            assert!(rules.iter().any(|r| r.kind == *k), "{k}");
        }
    }
}
