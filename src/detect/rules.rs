//! Trigger rules: how negotiation news says that something happened.
//!
//! A rule is a verb (all its inflections) with an object constraint, optional particle
//! ("bring … home", "put forward"), and whether the object may stand before the verb as
//! a passive ("truce agreed") or as the subject of an intransitive verb ("negotiators
//! left"). Built-in kinds and user `[[development]]` tables compile to the same type.

use std::collections::HashMap;

use crate::config::DevelopmentConfig;

/// `base` plus `extra`: object sets are built from a few shared word lists.
fn plus(base: &[&'static str], extra: &[&'static str]) -> Vec<&'static str> {
    base.iter().chain(extra).copied().collect()
}

/// Built-in kinds with the words used in alerts.
pub const BUILTIN_KINDS: &[(&str, &str)] = &[
    ("delegation_withdrawal", "withdraws its delegation"),
    ("delegation_dispatched", "sends a delegation"),
    ("new_demands", "issues new demands"),
    ("proposal", "presents a proposal"),
    ("proposal_accepted", "accepts a proposal"),
    ("proposal_rejected", "rejects a proposal"),
    ("agreement", "reaches an agreement"),
    ("talks_suspended", "suspends talks"),
];

/// Words describing a kind ("withdraws its delegation").
pub fn describe_kind<'a>(kind: &'a str, user: &'a [DevelopmentConfig]) -> String {
    if let Some((_, d)) = BUILTIN_KINDS.iter().find(|(k, _)| *k == kind) {
        return d.to_string();
    }
    user.iter()
        .find(|d| d.name == kind)
        .map(|d| {
            if d.description.is_empty() {
                kind.replace('_', " ")
            } else {
                d.description.clone()
            }
        })
        .unwrap_or_else(|| kind.replace('_', " "))
}

const TEAM: &[&str] = &[
    "delegation",
    "delegations",
    "team",
    "teams",
    "negotiators",
    "negotiator",
    "envoy",
    "envoys",
    "representatives",
    "emissary",
    "emissaries",
    "mission",
    "diplomats",
    "delegates",
];
const TALKS: &[&str] = &[
    "meeting",
    "meetings",
    "talks",
    "negotiations",
    "negotiation",
    "mediation",
    "dialogue",
    "table",
    "process",
    "summit",
    "round",
];
/// Things drafted and put on the table (plurals match through `object_matches`).
const DRAFT: &[&str] = &[
    "resolution",
    "memorandum",
    "memo",
    "proposal",
    "proposals",
    "plan",
    "framework",
    "roadmap",
    "road-map",
    "offer",
    "counteroffer",
    "counter-offer",
    "counterproposal",
    "counter-proposal",
    "text",
    "draft",
    "outline",
    "initiative",
    "blueprint",
    "compromise",
    "formula",
    "package",
    "bid",
];
/// What is reached or signed: deals and truces.
pub(crate) const DEAL: &[&str] = &[
    "deal",
    "deals",
    "agreement",
    "agreements",
    "truce",
    "ceasefire",
    "cease-fire",
    "pause",
    "accord",
    "armistice",
    "arrangement",
    "exchange",
    "swap",
];
const DEMANDS: &[&str] = &[
    "demands",
    "demand",
    "conditions",
    "condition",
    "preconditions",
    "requirements",
    "stipulations",
    "reservations",
    "amendments",
    "ultimatum",
];
const SUSPEND_OBJ: &[&str] = &[
    "round",
    "rounds",
    "meeting",
    "session",
    "summit",
    "talks",
    "negotiations",
    "mediation",
    "dialogue",
    "role",
    "efforts",
    "contacts",
    "mediating",
    "negotiating",
    "participation",
    "involvement",
];

/// How the object relates to the verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Object after the verb ("recalls its team"); passive allowed if `passive`.
    Transitive,
    /// Object is the subject ("negotiators left", "talks collapsed").
    SubjectIsObject,
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
    /// Actors the kind is restricted to (user kinds).
    pub actors: Vec<String>,
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

#[allow(clippy::too_many_arguments)]
fn rule(
    kind: &str,
    name: &str,
    verbs: &[&str],
    particles: &[&str],
    prep: Option<&str>,
    objects: &[&str],
    frame: Frame,
    passive: bool,
) -> Rule {
    Rule {
        kind: kind.into(),
        name: name.into(),
        verbs: s(verbs),
        particles: s(particles),
        preposition: prep.map(String::from),
        objects: s(objects),
        frame,
        passive,
        future_ok: false,
        not_followed_by: vec![],
        actors: vec![],
    }
}

/// The eight built-in kinds as rules.
pub fn builtin_rules() -> Vec<Rule> {
    use Frame::*;
    // what can be accepted or rejected: a draft, a deal or the other side's terms
    let proposal = plus(
        DRAFT,
        &[
            "terms",
            "paper",
            "deal",
            "response",
            "reply",
            "ceasefire",
            "cease-fire",
            "truce",
            "demand",
            "condition",
            "agreement",
            "accord",
        ],
    );
    // what a party agrees *to* when it accepts: a draft, or the other side's terms
    let agree_to = plus(DRAFT, &["terms", "conditions", "demands"]);
    // not "plan": a government approving a plan is usually its own ("approves plan to
    // expand the offensive")
    let approvable: Vec<&str> = plus(DRAFT, &["terms", "response"])
        .into_iter()
        .filter(|o| *o != "plan")
        .collect();
    let mut r = vec![
        rule(
            "delegation_withdrawal",
            "withdraw/recall + team",
            &["withdraw", "recall", "pull", "evacuate", "remove"],
            &[],
            None,
            TEAM,
            Transitive,
            true,
        ),
        rule(
            "delegation_withdrawal",
            "bring/order/call + team + home",
            &["bring", "order", "call", "summon", "send", "fly", "tell"],
            &["home", "back"],
            None,
            TEAM,
            Transitive,
            true,
        ),
        rule(
            "delegation_withdrawal",
            "pull/walk out of talks",
            &["pull", "walk", "storm", "drop", "bow", "back"],
            &["out", "away"],
            None,
            TALKS,
            Transitive,
            false,
        ),
        rule(
            "delegation_withdrawal",
            "withdraw from talks",
            &[
                "withdraw", "exit", "quit", "abandon", "leave", "desert", "boycott",
            ],
            &[],
            None,
            TALKS,
            Transitive,
            false,
        ),
        rule(
            "delegation_withdrawal",
            "team leaves",
            &["leave", "depart", "quit", "exit"],
            &[],
            None,
            TEAM,
            SubjectIsObject,
            false,
        ),
        rule(
            "delegation_withdrawal",
            "team heads home",
            &["return", "head", "fly", "go", "come"],
            &["home"],
            None,
            TEAM,
            SubjectIsObject,
            false,
        ),
        rule(
            "delegation_withdrawal",
            "team returns from",
            &["return", "come"],
            &["from"],
            None,
            &[
                "delegation",
                "delegations",
                "team",
                "teams",
                "negotiators",
                "envoy",
                "envoys",
            ],
            SubjectIsObject,
            false,
        ),
        rule(
            "delegation_dispatched",
            "send + team",
            &["send", "dispatch", "deploy"],
            &[],
            None,
            TEAM,
            Transitive,
            true,
        ),
        rule(
            "delegation_dispatched",
            "team arrives",
            &["arrive", "land", "travel", "head", "join", "reach"],
            &[],
            None,
            TEAM,
            SubjectIsObject,
            false,
        ),
        rule(
            "delegation_dispatched",
            "return to talks",
            &["return", "rejoin", "come"],
            &[],
            Some("to"),
            TALKS,
            Transitive,
            false,
        ),
        rule(
            "delegation_dispatched",
            "resume talks",
            &["resume", "restart", "reopen", "relaunch"],
            &[],
            None,
            TALKS,
            Transitive,
            true,
        ),
        rule(
            "delegation_dispatched",
            "talks resume",
            &["resume", "restart"],
            &[],
            None,
            TALKS,
            SubjectIsObject,
            false,
        ),
        rule(
            "new_demands",
            "demand",
            &["demand"],
            &[],
            None,
            &[],
            Bare,
            false,
        ),
        rule(
            "new_demands",
            "insist on",
            &["insist"],
            &[],
            Some("on"),
            &[],
            Bare,
            false,
        ),
        rule(
            "new_demands",
            "add/set + conditions",
            &[
                "add",
                "set",
                "impose",
                "introduce",
                "raise",
                "attach",
                "issue",
                "present",
                "table",
                "put",
                "make",
                "pose",
                "submit",
                "lay",
            ],
            &[],
            None,
            DEMANDS,
            Transitive,
            false,
        ),
        rule(
            "proposal",
            "present + proposal",
            &[
                "propose",
                "present",
                "submit",
                "offer",
                "table",
                "unveil",
                "draft",
                "deliver",
                "float",
                "outline",
                "announce",
                "introduce",
                "send",
                "hand",
                "make",
                "issue",
            ],
            &[],
            None,
            DRAFT,
            Transitive,
            true,
        ),
        rule(
            "proposal",
            "set out + terms",
            &[
                "set", "lay", "spell", "present", "table", "hand", "submit", "unveil", "outline",
            ],
            &[],
            None,
            &["terms", "peace terms"],
            Transitive,
            false,
        ),
        rule(
            "proposal",
            "propose + truce",
            &["propose", "suggest", "offer"],
            &[],
            None,
            DEAL,
            Transitive,
            false,
        ),
        rule(
            "proposal",
            "put forward/lay out + proposal",
            &["put", "lay", "set", "hammer", "draw", "come", "work"],
            &["forward", "out", "up"],
            None,
            DRAFT,
            Transitive,
            true,
        ),
        rule(
            "proposal",
            "agree on a framework",
            &["agree", "finalise", "finalize"],
            &[],
            None,
            &[
                "framework",
                "outline",
                "proposal",
                "plan",
                "text",
                "draft",
                "roadmap",
                "blueprint",
            ],
            Transitive,
            true,
        ),
        rule(
            "proposal_accepted",
            "accept + proposal",
            &["accept", "embrace"],
            &[],
            None,
            &proposal,
            Transitive,
            true,
        ),
        rule(
            "proposal_accepted",
            "approve + proposal",
            &["approve", "endorse", "ratify"],
            &[],
            None,
            &approvable,
            Transitive,
            true,
        ),
        rule(
            "proposal_accepted",
            "agree to + proposal",
            &["agree", "consent"],
            &[],
            Some("to"),
            &agree_to,
            Transitive,
            false,
        ),
        rule(
            "proposal_accepted",
            "say yes to",
            &["say"],
            &["yes"],
            None,
            &proposal,
            Transitive,
            false,
        ),
        rule(
            "proposal_rejected",
            "reject + proposal",
            &[
                "reject", "dismiss", "rebuff", "spurn", "snub", "veto", "refuse", "disavow",
            ],
            &[],
            None,
            &proposal,
            Transitive,
            true,
        ),
        rule(
            "proposal_accepted",
            "back + proposal",
            &["back", "support", "endorse"],
            &[],
            None,
            DRAFT,
            Transitive,
            false,
        ),
        rule(
            "proposal_rejected",
            "call + proposal + unacceptable",
            &["call", "describe", "brand", "deem", "label"],
            &[
                "unacceptable",
                "non-starter",
                "nonstarter",
                "delusional",
                "nonsense",
            ],
            None,
            &proposal,
            Transitive,
            false,
        ),
        rule(
            "delegation_withdrawal",
            "announce the withdrawal of the team",
            &["announce", "order", "confirm", "complete"],
            &["withdrawal", "recall", "pullout", "pull-out"],
            None,
            TEAM,
            Transitive,
            false,
        ),
        rule(
            "agreement",
            "give the green light to a deal",
            &["give"],
            &["green"],
            None,
            DEAL,
            Transitive,
            false,
        ),
        rule(
            "proposal_accepted",
            "give the green light / sign off on a proposal",
            &["give", "sign"],
            &["green", "off"],
            None,
            DRAFT,
            Transitive,
            false,
        ),
        rule(
            "proposal_rejected",
            "turn down + proposal",
            &["turn", "shoot", "throw", "vote"],
            &["down", "out"],
            None,
            &proposal,
            Transitive,
            true,
        ),
        rule(
            "proposal_rejected",
            "say no to",
            &["say"],
            &["no"],
            None,
            &proposal,
            Transitive,
            false,
        ),
        rule(
            "agreement",
            "reach + deal",
            &[
                "reach", "sign", "seal", "strike", "clinch", "conclude", "finalise", "finalize",
                "ink", "secure", "broker", "announce", "approve", "agree", "forge", "declare",
                "ratify",
            ],
            &[],
            None,
            DEAL,
            Transitive,
            true,
        ),
        rule(
            "talks_suspended",
            "suspend + talks",
            &[
                "suspend",
                "halt",
                "freeze",
                "stop",
                "shelve",
                "pause",
                "end",
                "terminate",
                "cease",
                "cancel",
                "postpone",
                "scrap",
                "adjourn",
            ],
            &[],
            None,
            SUSPEND_OBJ,
            Transitive,
            true,
        ),
        rule(
            "talks_suspended",
            "break off/call off + talks",
            &["break", "call", "put"],
            &["off", "hold"],
            None,
            SUSPEND_OBJ,
            Transitive,
            true,
        ),
        rule(
            "talks_suspended",
            "talks collapse",
            &["collapse", "founder"],
            &[],
            None,
            &["talks", "negotiations", "mediation", "process"],
            SubjectIsObject,
            false,
        ),
        rule(
            "talks_suspended",
            "talks break down",
            &["break"],
            &["down"],
            None,
            &["talks", "negotiations", "mediation", "process"],
            SubjectIsObject,
            false,
        ),
    ];
    for x in r.iter_mut() {
        if x.kind == "delegation_dispatched" {
            x.future_ok = true;
        }
        if x.name == "team leaves" {
            x.not_followed_by = s(&["for"]);
        }
    }
    // "talks collapse" collides with "break down" only through the particle
    if let Some(x) = r.iter_mut().find(|x| x.name == "talks collapse") {
        x.particles = vec![];
    }
    r
}

/// Compiles a user-defined kind: each trigger's first word is the verb (with `*` a
/// prefix), later words are particles; objects are object heads.
pub fn user_rule(d: &DevelopmentConfig) -> Vec<Rule> {
    d.triggers
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| {
            let words: Vec<String> = t.split_whitespace().map(|w| w.to_lowercase()).collect();
            Rule {
                kind: d.name.clone(),
                name: format!("{} ({})", t, d.name),
                verbs: vec![words[0].clone()],
                particles: words[1..].to_vec(),
                preposition: None,
                objects: d.objects.iter().map(|o| o.to_lowercase()).collect(),
                frame: if d.objects.is_empty() {
                    Frame::Bare
                } else {
                    Frame::Transitive
                },
                passive: !d.objects.is_empty(),
                future_ok: false,
                not_followed_by: vec![],
                actors: d.actors.clone(),
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
    ("seek", &["sought"]),
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
        let es = matches!(last, 's' | 'x' | 'z') || lemma.ends_with("ch") || lemma.ends_with("sh");
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
pub fn object_matches(objects: &[String], word: &str) -> bool {
    objects.iter().any(|o| match o.strip_suffix('*') {
        Some(p) => word.starts_with(p),
        None => o == word || (o.len() > 3 && word.strip_suffix('s') == Some(o.as_str())),
    })
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
    }

    #[test]
    fn every_builtin_kind_has_rules() {
        let rules = builtin_rules();
        for (k, _) in BUILTIN_KINDS {
            assert!(rules.iter().any(|r| r.kind == *k), "{k}");
        }
    }
}
