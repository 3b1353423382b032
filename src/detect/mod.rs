//! Development detection: which sentences say that a party *did* something that
//! moves the negotiation, who did it, and why every other candidate was ruled out.
//!
//! Pipeline per sentence: tokens → clauses (split at conjunctions, subordinators,
//! speech verbs) → trigger rules with object constraints → actor (subject, passive
//! agent, "accuses X of", anaphor → speaker → headline subject) → modality checks
//! (negation, denial, threat, conditional, modal/future, intent infinitive, question,
//! background, opinion).

mod actors;
mod clause;
mod fold;
pub mod headline;
mod lexicon;
mod matcher;
mod modality;
mod roles;
pub mod rules;

use crate::text::Token;
use crate::text::{fold_punct, sentences, tokenize};
use crate::watchlist::{in_mention, Mention, Watchlist};
use actors::{first_group, sentence_parties};
use clause::Clause;
use lexicon::*;
use matcher::Ctx;
use rules::RuleIndex;

/// A development candidate found in one item.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Finding {
    /// Kind name.
    pub kind: String,
    /// Canonical actor names.
    pub actors: Vec<String>,
    /// Sentence that says so.
    pub sentence: String,
    /// Rule that fired.
    pub rule: String,
    /// Checks passed (for `explain`).
    pub checks: Vec<String>,
    /// An act of both sides whoever is named ("talks resumed", "the sides met"): any
    /// report of the same kind in the same story is the same development.
    #[serde(default)]
    pub joint: bool,
    /// Read beyond the lead (`text::lead`), in a full article's later paragraphs, where
    /// outlets recap earlier events: a known development of its kind and actors found
    /// there is that development recalled, not a new one (see `analyse::novelty`).
    #[serde(default)]
    pub deep: bool,
}

/// A candidate that a check ruled out, kept for `explain`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct RuledOut {
    /// Kind it would have been.
    pub kind: String,
    /// Rule that fired.
    pub rule: String,
    /// Sentence.
    pub sentence: String,
    /// Why it is not a development.
    pub reason: String,
}

/// What detection found in one item.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Detection {
    /// Developments reported as news.
    pub findings: Vec<Finding>,
    /// Candidates ruled out, with reasons.
    pub ruled_out: Vec<RuledOut>,
}

impl Detection {
    /// Rules every finding out for one reason (kept for `explain`).
    pub fn set_aside(&mut self, reason: &str) {
        for f in self.findings.drain(..) {
            self.ruled_out.push(RuledOut {
                kind: f.kind,
                rule: f.rule,
                sentence: f.sentence,
                reason: reason.to_string(),
            });
        }
    }
}

/// The detector for one watchlist's actors and the configured kinds.
pub struct Detector<'a> {
    pub(crate) watchlist: &'a Watchlist,
    pub(crate) index: &'a RuleIndex,
    /// Actors this watchlist's news describes as go-betweens (learned): they do not
    /// accept proposals, and they are not the sides of an agreement.
    pub(crate) mediators: &'a [usize],
}

impl<'a> Detector<'a> {
    /// A detector for one watchlist.
    pub fn new(watchlist: &'a Watchlist, index: &'a RuleIndex) -> Self {
        Detector {
            watchlist,
            index,
            mediators: &[],
        }
    }

    /// The same detector, knowing which actors mediate.
    pub fn with_mediators(self, mediators: &'a [usize]) -> Self {
        Detector { mediators, ..self }
    }

    /// Detects developments in an item (headline + plain text).
    pub fn detect(&self, title: &str, text: &str) -> Detection {
        self.detect_parts(title, text, true)
    }

    /// Detects developments in the text, and in the headline too when `read_title`; the
    /// headline always gives "the group" and "it" their referent.
    pub(crate) fn detect_parts(&self, title: &str, text: &str, read_title: bool) -> Detection {
        let mut det = Detection::default();
        let title = headline::clean_headline(&normal_form(title));
        if let Some(m) = opinion_marker(&title) {
            det.ruled_out.push(RuledOut {
                kind: "*".into(),
                rule: "item".into(),
                sentence: title.clone(),
                reason: format!("opinion/analysis piece ({m}:) reports no development"),
            });
            return det;
        }
        let mut sents: Vec<(String, bool)> = Vec::new();
        if read_title {
            sents.push((title.clone(), true));
        }
        for s in sentences(&headline::strip_dateline(&normal_form(text))) {
            sents.push((s, false));
        }
        // (the sentences of the lead: those after them are a full article's later
        // paragraphs)
        let lead_len = sentences(&headline::strip_dateline(&normal_form(crate::text::lead(
            text,
        ))))
        .len()
            + usize::from(read_title);
        // headline subject: the first actor group of the headline, for "the group", "it"
        let mut title_tokens = tokenize(&title);
        let named = self.watchlist.actors.mentions(&title_tokens);
        names_keep_their_s(&self.watchlist.actors, &mut title_tokens, &named);
        let roles = if roles::mentions_a_role(&title) || roles::mentions_a_role(text) {
            roles::Roles::learn(
                &self.watchlist.actors,
                &std::iter::once(title_tokens.clone())
                    .chain(sents.iter().filter(|(_, t)| !t).map(|(s, _)| tokenize(s)))
                    .collect::<Vec<_>>(),
                self.mediators,
            )
        } else {
            roles::Roles::default()
        };
        let mut title_mentions = self.watchlist.actors.mentions(&title_tokens);
        self.state_as_subject(&title_tokens, &mut title_mentions);
        roles.extend(&title_tokens, &mut title_mentions);
        self.add_offices(&title_tokens, &mut title_mentions);
        // ("Cabinet accepts U.S. compromise proposals": a group after the headline's first
        // verb is its object, and the unnamed subject has no referent)
        let first_verb = title_tokens
            .iter()
            .position(|t| self.finite_verb(&t.lower))
            .unwrap_or(title_tokens.len());
        let actor = actors::first_group_filtered(&title_tokens, &title_mentions, 0, first_verb);
        // the sides: "Thai-Cambodian talks", "Israel and Hamas …"
        let mut sides: Vec<usize> = title_mentions
            .iter()
            .filter(|m| m.compound_of_actors)
            .map(|m| m.actor)
            .collect();
        sides.dedup();
        if sides.len() < 2 && actor.len() >= 2 {
            sides = actor.clone();
        }
        let headline = Headline {
            actor,
            sides,
            roles,
        };
        let lead = sents.iter().find(|(_, t)| !t).map(|(s, _)| s.clone());
        for (i, (sent, is_title)) in sents.into_iter().enumerate() {
            let before = det.findings.len();
            self.detect_sentence(&sent, is_title, &headline, &mut det);
            for f in &mut det.findings[before..] {
                f.deep = i >= lead_len;
            }
        }
        meeting_as_setting(&mut det, &title);
        let mediators: Vec<String> = self
            .mediators
            .iter()
            .map(|&a| self.watchlist.actors.names[a].clone())
            .collect();
        fold::fold_item(&mut det, &mediators);
        if let Some(lead) = lead {
            self.sides_from_lead(&mut det, &lead);
        }
        det
    }

    /// "Aceh peace talks open in Tokyo" over "Indonesian officials and GAM leaders sat down
    /// …": a joint act whose sides the headline does not name takes the parties the lead
    /// names (two or more, go-betweens and places left out).
    fn sides_from_lead(&self, det: &mut Detection, lead: &str) {
        if !det.findings.iter().any(|f| f.joint && f.actors.is_empty()) {
            return;
        }
        let toks = tokenize(lead);
        let mut parties: Vec<usize> = Vec::new();
        for m in self.watchlist.actors.mentions(&toks) {
            if !m.place
                && (!m.in_compound || m.compound_of_actors)
                && !self.mediators.contains(&m.actor)
                && !parties.contains(&m.actor)
            {
                parties.push(m.actor);
            }
        }
        if parties.len() < 2 {
            return;
        }
        let names: Vec<String> = parties
            .iter()
            .map(|&a| self.watchlist.actors.names[a].clone())
            .collect();
        for f in det
            .findings
            .iter_mut()
            .filter(|f| f.joint && f.actors.is_empty())
        {
            f.actors = names.clone();
        }
    }

    /// "The premier rebuffed …": the watchlist's one holder of that office (see
    /// `ActorMatcher::office_mentions`).
    fn add_offices(&self, toks: &[Token], mentions: &mut Vec<Mention>) {
        let added = self.watchlist.actors.office_mentions(toks, mentions);
        if !added.is_empty() {
            mentions.extend(added);
            mentions.sort_by_key(|m| (m.start, m.actor));
        }
    }

    fn detect_sentence(
        &self,
        sent: &str,
        is_title: bool,
        headline: &Headline,
        det: &mut Detection,
    ) {
        let mut toks = tokenize(sent);
        if toks.is_empty() {
            return;
        }
        let mut mentions = self.watchlist.actors.mentions(&toks);
        self.state_as_subject(&toks, &mut mentions);
        self.another_countrys_party(&toks, &mut mentions);
        names_keep_their_s(&self.watchlist.actors, &mut toks, &mentions);
        let lw: Vec<&str> = toks.iter().map(|t| t.lower.as_str()).collect();
        headline.roles.extend(&toks, &mut mentions);
        self.add_offices(&toks, &mut mentions);
        let unnamed = names_blanked(&lw, &mentions);
        let cx = Ctx {
            toks: &toks,
            lw: &lw,
            unnamed: &unnamed,
            mentions: &mentions,
            is_title,
            watchlist: self.watchlist,
        };
        let view = SentenceView {
            text: sent,
            // ("Will Quince rejects …", "Do Duc Duy says …": a name, not a question's verb)
            question: is_question(
                sent,
                &lw,
                is_title && !mentions.iter().any(|m| m.start == 0),
            ),
            speaker: sentence_speaker(&toks, &mentions),
            headline,
        };
        let clauses = self.clauses(&toks, &mentions);
        let mut prev_subject: Vec<usize> = Vec::new();
        for (ci, cl) in clauses.iter().enumerate() {
            let mut subject: Option<Vec<usize>> = None;
            for (v, t) in toks.iter().enumerate().take(cl.end).skip(cl.start) {
                // ("Left Bloc approves deal", "Reform UK backs …": a word of a party's
                // name of several words is that name, not a verb)
                if t.punct || inside_a_name(&mentions, v) || self.name_before_a_verb(&cx, v, cl) {
                    continue;
                }
                for (ri, hit, nominal) in self.hits_at(&cx, v, cl) {
                    let r = &self.index.rules[ri];
                    let allowed = self.watchlist.config.developments.is_empty()
                        || self.watchlist.config.developments.contains(&r.kind);
                    if allowed {
                        let at = At {
                            v,
                            cl,
                            nominal,
                            prev_subject: &prev_subject,
                        };
                        self.judge(&cx, &view, &at, r, hit, &mut subject, det);
                    }
                }
            }
            let subj = subject.unwrap_or_else(|| self.subject(&toks, &lw, &mentions, cl, cl.end));
            if !subj.is_empty() {
                prev_subject = subj;
            } else if ci == 0 {
                prev_subject.clear();
            }
        }
    }

    /// Pattern: a one-word party name that is also a verb's form, written capitalised
    /// before a rule's verb ("Left rejects 123 pact", "Left Rejects Deal"): the name is the
    /// subject, not the verb "left".
    fn name_before_a_verb(&self, cx: &Ctx, v: usize, cl: &Clause) -> bool {
        let named = cx
            .mentions
            .iter()
            .any(|m| !m.place && m.start == v && m.end == v + 1);
        named
            && cx.toks[v].text.starts_with(|c: char| c.is_uppercase())
            && v + 1 < cl.end
            && !cx.toks[v + 1].punct
            && !self.hits_at(cx, v + 1, cl).is_empty()
    }

    /// Pattern: a watched government's state as the subject at the head of a sentence
    /// ("Sri Lanka offers teachers phased pay rise", "NSW offers rail workers new deal",
    /// "Kenya: Nairobi rejects …" after a label's colon): the state acting is its
    /// government. Only before a finite rule verb: elsewhere the bare state is as often a
    /// place or the territory at stake ("teachers in Sri Lanka").
    fn state_as_subject(&self, toks: &[Token], mentions: &mut Vec<Mention>) {
        let colon = toks.iter().take(6).position(|t| t.lower == ":");
        let start = colon.map_or(0, |c| c + 1);
        let norms: Vec<String> = toks[start.min(toks.len())..]
            .iter()
            .take(3)
            .map(|t| crate::watchlist::norm_token(&t.lower))
            .collect();
        let Some((actor, n)) = self.watchlist.actors.state_at(&norms) else {
            return;
        };
        let end = start + n;
        let verb = toks.get(end).is_some_and(|t| self.finite_verb(&t.lower));
        let free = !mentions.iter().any(|m| m.start < end && start < m.end);
        if verb && free {
            mentions.push(Mention {
                actor,
                start,
                end,
                place: false,
                in_compound: false,
                compound_of_actors: false,
            });
            mentions.sort_by_key(|m| m.start);
        }
    }

    /// Pattern: a party's name owned by another country ("Austria's Social Democrats and
    /// conservative People's Party opened negotiations" on a watchlist of Germany's Social
    /// Democrats): a state the knowledge table knows, that is no party, place or term of
    /// this watchlist, owns its own party of that name. Only a plural name, its people ("the
    /// Greens", "cricketers"): one person's name after a country is that person.
    fn another_countrys_party(&self, toks: &[Token], mentions: &mut Vec<Mention>) {
        // (a plural name of a party's people: "Ghana's Kufuor" is still the mediator)
        let foreign = |m: &Mention| {
            m.start >= 2
                && toks[m.end - 1].lower.len() > 3
                && toks[m.end - 1].lower.ends_with('s')
                && toks[m.start - 1].lower == "'s"
                && {
                    let t = &toks[m.start - 2];
                    t.text.starts_with(char::is_uppercase)
                        && !mentions
                            .iter()
                            .any(|o| o.start <= m.start - 2 && m.start - 2 < o.end)
                        && !self.watchlist.is_context_word(&t.lower)
                        && crate::watchlist::known_state_word(&t.lower)
                        && !self.watchlist.actors.own_state_word(&t.text)
                }
        };
        let drop: Vec<bool> = mentions.iter().map(foreign).collect();
        let mut i = 0;
        mentions.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
    }

    /// Every rule that matches at `v` (rule index, hit, nominal); "new demands" as a noun
    /// phrase counts when no verb rule does.
    fn hits_at(&self, cx: &Ctx, v: usize, cl: &Clause) -> Vec<(usize, matcher::Hit, bool)> {
        let mut hits: Vec<(usize, matcher::Hit, bool)> = self
            .index
            .lookup(cx.lw[v])
            .into_iter()
            .filter_map(|ri| {
                self.match_rule(&self.index.rules[ri], cx, v, cl)
                    .map(|h| (ri, h, false))
            })
            .collect();
        if hits.is_empty() && matcher::verbless_trip(cx, v, cl) {
            if let Some(ri) = self
                .index
                .rules
                .iter()
                .position(|r| r.name == matcher::VERBLESS_TRIP)
            {
                hits.push((ri, None, false));
            }
        }
        if hits.is_empty() && matcher::no_more_talks(cx.lw, v) {
            if let Some(ri) = self
                .index
                .rules
                .iter()
                .position(|r| r.name == matcher::NO_MORE_TALKS)
            {
                hits.push((ri, None, false));
            }
        }
        if hits.is_empty() && nominal_demands(cx.lw, v, cl) {
            if let Some(ri) = self
                .index
                .rules
                .iter()
                .position(|r| r.kind == "new_demands")
            {
                hits.push((ri, demand_owner(cx, v, cl), true));
            }
        }
        hits
    }

    /// Modality, then the actor, then the rule's own restrictions: a finding, or a
    /// candidate ruled out with its reason.
    #[allow(clippy::too_many_arguments)]
    fn judge(
        &self,
        cx: &Ctx,
        view: &SentenceView,
        at: &At,
        r: &rules::Rule,
        hit: matcher::Hit,
        subject: &mut Option<Vec<usize>>,
        det: &mut Detection,
    ) {
        let rule_out = |det: &mut Detection, reason: String| {
            det.ruled_out.push(RuledOut {
                kind: r.kind.clone(),
                rule: r.name.clone(),
                sentence: view.text.to_string(),
                reason,
            })
        };
        let mut kind = r.kind.clone();
        if imperative(cx, at, r) {
            return rule_out(det, "an imperative: somebody is told to act".into());
        }
        if wish_restated(cx, at, r) {
            return rule_out(
                det,
                "a side's wish restated in the text is its standing position".into(),
            );
        }
        // ("Fianna Fail rebuffs Sinn Fein approach", "New Hope rejects": a negation or a
        // modal word inside a party's name negates or hedges nothing)
        if let Some(reason) = self.modality(
            cx.toks,
            cx.unnamed,
            at.v,
            at.cl,
            r,
            view.question,
            at.nominal,
        ) {
            // "refused to endorse the plan", "will not accept it": a refusal is a rejection;
            // "won't join the Geneva talks", "will not attend": staying away is a boycott
            if refusal(cx.lw, at, &reason, r) {
                kind = "proposal_rejected".into();
            } else if boycott(cx.lw, at, &reason, r) {
                kind = "delegation_withdrawal".into();
            } else {
                return rule_out(det, reason);
            }
        }
        let (mut actors, mut how) = self.actors_of(cx, view, at, r, hit, subject);
        actors.dedup();
        // "Mediators float '1+4' formula", "the mediator tables a compromise": the
        // go-betweens named by their role are the watchlist's go-betweens
        if actors.is_empty() && kind == "proposal" && !self.mediators.is_empty() {
            let go_between = rules::word_set("go_between");
            if at.v > at.cl.start && go_between.iter().any(|w| w == cx.lw[at.v - 1]) {
                actors = self.mediators.to_vec();
                how = "the go-betweens, named by their role".into();
            }
        }
        // "the Taliban met the US envoy", "held talks with Khalilzad": a meeting is both
        // sides', the one named after the verb too
        // ("Bahrain agrees to normalize ties with Israel": relations restored "with" the
        // other side are both sides')
        let with_partner =
            kind == "delegation_dispatched" || r.name == "agree to restore relations";
        if with_partner && (r.joint_act || r.joint_subject) && !actors.is_empty() {
            for a in meeting_partners(cx, at) {
                if !actors.contains(&a) {
                    actors.push(a);
                }
            }
        }
        // "the three … will return to Washington at the end of the month", "the sides are to
        // meet again in Cairo": both sides' next round announced is a schedule; one party
        // announcing its own trip is news
        if kind == "delegation_dispatched"
            && actors.len() >= 2
            && announced(&cx.lw[at.cl.start..at.v])
        {
            return rule_out(
                det,
                "the sides' next round announced is a schedule, not a trip".into(),
            );
        }
        let mut kind = self.refine_kind(cx, at, r, kind, &actors);
        if let Some(side) = self.signs_a_go_betweens_text(cx, at, &kind, &actors) {
            kind = "proposal_accepted".into();
            actors = vec![side];
        }
        if let Some(owners) = self.carried_for_its_owner(cx, at, &kind, &actors) {
            actors = owners;
        }
        // "ceasefire with India extended", "deal with Hamas reached": the counterpart of a
        // passive agreement is one of its sides
        if kind == "agreement" && !actors.is_empty() {
            for m in cx.mentions.iter().filter(|m| {
                !m.place && m.start > at.cl.start && m.end <= at.v && cx.lw[m.start - 1] == "with"
            }) {
                if !actors.contains(&m.actor) {
                    actors.push(m.actor);
                }
            }
        }
        // ("Madagascar rivals", "the warring parties": a collective subject, not talks
        // that begin with nobody named)
        let collective = actors.is_empty() && how == actors::UNNAMED_SIDES;
        if actors.is_empty()
            && (self.sides_unnamed(cx, at, r, &kind) || negotiators_at_the_table(cx, at, r, &kind))
        {
            how = actors::UNNAMED_SIDES.to_string();
        }
        if let Some(reason) = self.not_a_party(cx, at, r, &kind, &actors, &how) {
            return rule_out(det, reason);
        }
        // "Madagascar rivals resume talks": a collective subject, unnamed, is the
        // watchlist's parties (every actor but the go-betweens), so the alert says whose
        // act it is. Only for a meeting: "peace talks collapse" is nobody's act, and a
        // deal's unnamed sides are matched to its other reports by `analyse::novelty`
        if collective && actors.is_empty() && kind == "delegation_dispatched" {
            actors = (0..self.watchlist.actors.names.len())
                .filter(|a| !self.mediators.contains(a))
                .collect();
        }
        let names: Vec<String> = actors
            .iter()
            .map(|&a| self.watchlist.actors.names[a].clone())
            .collect();
        if !r.actors.is_empty() && !names.iter().any(|n| r.actors.contains(n)) {
            return;
        }
        // (talks stopped with nobody named are the sides' joint act, like "talks break
        // down": matched to any other report of the stop)
        let joint = r.joint_act
            || r.joint_subject
            || (kind == "talks_suspended"
                && actors.is_empty()
                && how == actors::UNNAMED_SIDES
                && talks_before_verb(cx, at));
        det.findings.push(Finding {
            kind,
            actors: names,
            sentence: view.text.to_string(),
            rule: r.name.clone(),
            checks: checks_passed(&how, at.cl.reported),
            joint,
            deep: false,
        });
    }

    /// "Sudan signs AU peace roadmap", "US and others sign on to Chinese text": one side
    /// signing the text a go-between or the other side wrote accepts it. The author named
    /// after the verb is no co-signer; a plan or roadmap signed by one side alone, with no
    /// partner after "with", is likewise its acceptance. Over the own corpora such
    /// signings are labelled the acceptance (a "framework agreement" signed stays a deal).
    fn signs_a_go_betweens_text(
        &self,
        cx: &Ctx,
        at: &At,
        kind: &str,
        actors: &[usize],
    ) -> Option<usize> {
        let lw = cx.lw;
        let signing = ["sign", "ink", "put"]
            .iter()
            .any(|p| lw[at.v].starts_with(p));
        if kind != "agreement" || !signing {
            return None;
        }
        let in_subject = |a: usize| {
            cx.mentions
                .iter()
                .any(|m| m.actor == a && m.start >= at.cl.start && m.end <= at.v)
        };
        let sides: Vec<usize> = actors.iter().copied().filter(|&a| in_subject(a)).collect();
        let [side] = sides[..] else {
            return None;
        };
        let in_object = |m: &&Mention| m.start > at.v && m.end <= at.cl.end;
        let authors: Vec<&Mention> = cx
            .mentions
            .iter()
            .filter(in_object)
            .filter(|m| m.actor != side)
            .collect();
        let author_of_text = |m: &&Mention| {
            lw[m.start - 1] != "with"
                && lw[m.end..(m.end + 4).min(at.cl.end)]
                    .iter()
                    .any(|w| GO_BETWEEN_TEXTS.contains(w))
        };
        let with_partner = lw[at.v..at.cl.end].contains(&"with");
        // (the text is the object's head: a "framework agreement" is a deal; "the co-chairs
        // and the rebels put their names to the document" sign together)
        let joint_subject = lw[at.cl.start..at.v]
            .iter()
            .any(|w| matches!(*w, "and" | "&" | "co-chairs"));
        let end = (at.v + 6).min(at.cl.end);
        let text_signed = (at.v + 1..end).any(|j| {
            GO_BETWEEN_TEXTS.contains(&lw[j])
                && !lw.get(j + 1).is_some_and(|w| {
                    matches!(
                        *w,
                        "agreement" | "deal" | "accord" | "pact" | "treaty" | "memorandum"
                    )
                })
        }) && !joint_subject;
        let alone = authors.is_empty() && !with_partner && text_signed;
        (alone || (!authors.is_empty() && authors.iter().all(author_of_text))).then_some(side)
    }

    /// The kind a rule's hit has once its actors are known: a party signing with another
    /// group is their agreement, a party put out of the talks or stopping its part walks
    /// out, a go-between leaving suspends the talks.
    fn refine_kind(
        &self,
        cx: &Ctx,
        at: &At,
        r: &rules::Rule,
        mut kind: String,
        actors: &[usize],
    ) -> String {
        // "the government and six armed groups signed a roadmap": a party and another
        // group signing together is a joint act, their agreement
        if kind == "proposal_accepted"
            && cx.lw[at.v].starts_with("sign")
            && actors.len() == 1
            && (signed_with_another(cx, at) || with_unnamed_side_after(&cx.lw[at.v + 1..at.cl.end]))
        {
            kind = "agreement".into();
        }
        // "North Korea agrees to shut main reactor in return for fuel aid", "rebels agree to
        // lock up arms in landmark deal": a concession made inside a deal or traded for the
        // other side's is that deal told by one of its moves (under a plan, it is still
        // one side accepting the plan)
        if r.name == "agree to a concession" && concession_in_a_deal(&cx.lw[at.v + 1..at.cl.end]) {
            kind = "agreement".into();
        }
        // "JEM hands mediators 10-point paper, insists it sets no preconditions", "the
        // delegation handed the mediators a paper calling for Israel to pull out": a paper
        // that lists what its side wants sets demands
        // (a go-between's paper is its proposal whatever it calls for)
        if r.name == "hand over a paper"
            && paper_of_demands(&cx.lw[at.v + 1..])
            && !actors.iter().all(|a| self.mediators.contains(a))
        {
            kind = "new_demands".into();
        }
        // "Macedonian parliament ratifies name deal", "Iceland parliament approves amended
        // Icesave bill": a side's legislature approving the deal its government made is that
        // side accepting it (a cabinet's approval is the government's own act, the deal)
        if kind == "agreement" && legislature_approves(cx, at) {
            kind = "proposal_accepted".into();
        }
        // "Deere workers ratify contract", "CTU members approve deal": a side's members
        // voting on the deal their negotiators made are that side accepting it (over the
        // own corpora such votes are labelled the acceptance two times in three)
        if kind == "agreement" && membership_approves(cx.lw, at) {
            kind = "proposal_accepted".into();
        }
        // "Sinn Fein suspended from the talks until March 9": a party put out of talks that
        // go on without it is out of them — its withdrawal, not the talks' suspension
        if kind == "talks_suspended"
            && matches!(
                cx.lw[at.v],
                "suspended" | "excluded" | "expelled" | "barred"
            )
            && cx.lw.get(at.v + 1) == Some(&"from")
            && !actors.is_empty()
        {
            kind = "delegation_withdrawal".into();
        }
        // "Egypt and Sudan pause their participation in the talks": a party that stops
        // taking part walks out; a mediator pausing its part suspends the talks
        if kind == "talks_suspended"
            && stops_taking_part(cx.lw, at)
            && !actors.iter().all(|a| self.mediators.contains(a))
        {
            kind = "delegation_withdrawal".into();
        }
        // "Chad pulls out of Darfur mediation", "quits its role as mediator": whoever leaves
        // the mediation is a mediator, and the mediator stepping aside suspends the talks
        // (the other side named after "with": "CWA pulls out of federal mediation with
        // AT&T" is the union's walk-out. Not "no known go-between among the leavers": the
        // learned go-betweens miss some, and "Chad pulls out of Darfur mediation" turned)
        let a_side_leaves = mediation_with_the_other_side(cx, at, actors, self.mediators);
        if kind == "delegation_withdrawal" && leaves_mediation(cx.lw, at) && !a_side_leaves {
            kind = "talks_suspended".into();
        }
        // "the bishops step aside from the talks": a go-between stepping aside gives up its
        // role — the talks' suspension (its team pulled out of a place stays a withdrawal:
        // "Egypt's mediators pull out of Gaza")
        if r.name == "step back from the talks"
            && !actors.is_empty()
            && actors.iter().all(|a| self.mediators.contains(a))
        {
            kind = "talks_suspended".into();
        }
        kind
    }
    /// "Maduro's conditions are unacceptable": the owner of what is judged is not its
    /// judge (nor "Egyptian proposals …": a demonym owns the noun too; nor "as Hamas
    /// response falls short": a name right before the noun owns it as a possessive does).
    fn owns_judged(&self, cx: &Ctx, at: &At, r: &rules::Rule, a: usize) -> bool {
        cx.mentions.iter().any(|m| {
            m.actor == a
                && at.cl.start <= m.start
                && m.end < at.v
                && (cx.lw.get(m.end) == Some(&"'s")
                    || cx.lw[m.end - 1] == "'s"
                    || cx
                        .lw
                        .get(m.end)
                        .is_some_and(|w| rules::object_matches(&r.objects, w))
                    || (m.end == m.start + 1
                        && matcher::demonym_of(cx.lw[m.start], m.actor, &self.watchlist.actors)))
        })
    }

    /// Who acts, and how we know.
    fn actors_of(
        &self,
        cx: &Ctx,
        view: &SentenceView,
        at: &At,
        r: &rules::Rule,
        hit: matcher::Hit,
        subject: &mut Option<Vec<usize>>,
    ) -> (Vec<usize>, String) {
        // "Iran says the offer is unacceptable": the speaker judges
        let speaker = if at.cl.speaker.is_empty() {
            &view.speaker
        } else {
            &at.cl.speaker
        };
        // a precondition ("X must … before …") is the speaker's demand; with no speaker
        // found, the subject is the one who must act, not the one who demands
        // (and only a headline states one as news: in a body it is mostly the position
        // restated, "…, adding that Armenia must amend its constitution before …")
        if r.actor_is_speaker && r.kind == "new_demands" && (speaker.is_empty() || !cx.is_title) {
            return (
                vec![],
                "a precondition without a speaker, or in a body".into(),
            );
        }
        // "Egyptian proposals 'unacceptable to Israel'": the judge is named after "to"
        let judge = cx
            .mentions
            .iter()
            .find(|m| m.start == at.v + 2 && !m.place && cx.lw.get(at.v + 1) == Some(&"to"));
        // "Abbas says Hamas must give up its weapons": the one who must act is another
        // side than the one who demands it
        if r.named_subject
            && matcher::subject_mention(cx, at.v).is_none_or(|a| speaker.contains(&a))
        {
            return (
                vec![],
                "the speaker and the one who must act are one side".into(),
            );
        }
        if let Some(m) = judge.filter(|_| r.actor_is_speaker) {
            return (vec![m.actor], "the judge, named after \"to\"".into());
        }
        if r.actor_is_speaker && !speaker.is_empty() {
            return (
                speaker.clone(),
                "speaker (who judges a proposal or sets a precondition)".into(),
            );
        }
        // "Hamas said it would dissolve the committee …, accepting Egyptian proposals": a
        // participle after what was said is the speaker's own act of speaking
        let spoken = matches!(
            r.kind.as_str(),
            "proposal_rejected" | "proposal_accepted" | "new_demands"
        );
        if spoken
            && !speaker.is_empty()
            && at.v > at.cl.start
            && cx.lw[at.v - 1] == ","
            && cx.lw[at.v].ends_with("ing")
            && cx.lw[..at.v].iter().any(|w| lexicon::SPEECH.contains(w))
        {
            return (
                speaker.clone(),
                "speaker (a participle after what was said)".into(),
            );
        }
        // no speaker: whoever the clause's subject is judges ("Witkoff calls the reply
        // unacceptable")
        let hit = if r.actor_is_speaker { None } else { hit };
        match hit {
            Some(a) if !a.is_empty() => (
                a,
                "the sentence names them (passive agent, \"between X and Y\")".into(),
            ),
            // "the group's demand": the headline's subject
            Some(_) if r.actor_from_object => (
                view.headline.actor.iter().take(1).copied().collect(),
                "owner of the object (anaphor: the headline subject)".into(),
            ),
            // "Senegal peace deal snubbed by rebel hardliners": the agent is named, and it
            // is nobody we follow (the deal's owner did not snub it)
            Some(_) if cx.lw.get(at.v + 1) == Some(&"by") => {
                (Vec::new(), "passive agent named, none we follow".into())
            }
            // Pattern: a text answered in the passive ("BCMEA maintenance offer rebuffed,
            // employers say"): the party named in the object phrase owns the text; the side
            // that answered it is named elsewhere in the sentence, or not at all
            Some(_) if matches!(r.kind.as_str(), "proposal_rejected" | "proposal_accepted") => (
                answering_parties(cx, view, at),
                "parties named outside the answered text".into(),
            ),
            Some(_) => (
                sentence_parties(cx.toks, cx.mentions, view.speaker.as_slice()),
                "parties named in the sentence".into(),
            ),
            None => {
                let subj = subject
                    .get_or_insert_with(|| self.subject(cx.toks, cx.lw, cx.mentions, at.cl, at.v))
                    .clone();
                if r.actor_is_speaker
                    && !subj.is_empty()
                    && subj.iter().all(|a| self.owns_judged(cx, at, r, *a))
                {
                    return (
                        vec![],
                        "the owner of what is judged (no judge named)".into(),
                    );
                }
                // "Negotiators signed the last annex" under "Philippines, Muslim rebels
                // conclude talks": in a joint act, bare negotiators are the headline's sides
                let bare_negotiators = cx.lw[at.cl.start..at.v]
                    .iter()
                    .filter(|w| **w != "the")
                    .eq(["negotiators"].iter());
                if subj.is_empty() && bare_negotiators && (r.joint_act || r.kind == "agreement") {
                    let mut sides = view.headline.sides.clone();
                    sides.retain(|a| !self.mediators.contains(a));
                    if sides.len() >= 2 {
                        return (sides, "the headline's sides (their negotiators)".into());
                    }
                }
                self.resolve(
                    subj,
                    cx.toks,
                    cx.lw,
                    cx.mentions,
                    at,
                    &view.speaker,
                    view.headline,
                )
            }
        }
    }

    /// "Tigray peace talks begin", "the truce collapses", "deal extended": an act of both
    /// sides that names neither is still theirs — where the talks or the truce are the
    /// subject, events end the truce, or an agreement is passive ("a committee holds its
    /// first meeting" and "Iraq renews a fuel agreement" have subjects of their own) —
    /// unless it names somebody else or recalls earlier ones ("why previous truces
    /// collapsed").
    fn sides_unnamed(&self, cx: &Ctx, at: &At, r: &rules::Rule, kind: &str) -> bool {
        // ("Deal struck in Doha": the irregular participles of making a deal too)
        let participle = cx.lw[at.v].ends_with("ed") || matches!(cx.lw[at.v], "struck" | "done");
        let passive = at.v > at.cl.start
            && participle
            && (matches!(
                cx.lw[at.v - 1],
                "was" | "were" | "is" | "are" | "been" | "be"
            ) || rules::word_set("deal").iter().any(|w| w == cx.lw[at.v - 1]));
        let talks_act = r.frame == rules::Frame::SubjectIsObject
            || kind == "talks_suspended"
            || (kind == "agreement" && passive);
        // ("Casamance talks delayed again", "Tajik negotiations in Tehran officially
        // ended": talks put off or ended with nobody named are the sides' talks stopping,
        // whoever stopped them)
        let talks_stopped = kind == "talks_suspended" && talks_before_verb(cx, at);
        // ("Aceh peace accord signed in Helsinki": a deal signed, by nobody named, is the
        // sides' — an agreement is a joint act whichever rule reads it)
        (r.joint_act || kind == "agreement" || talks_stopped)
            && talks_act
            && !self.names_outsider(cx, at.cl.start, at.cl.end)
            && !recalls_earlier(&cx.lw[at.cl.start..at.cl.end])
    }

    /// Is the truce or the talks in [from, to) somebody else's: a name that is neither an
    /// actor nor a context term of the watchlist right before the noun ("the Lebanon
    /// truce collapsed" on a Gaza watchlist; "fighting in Rafah" is only a place)?
    fn names_outsider(&self, cx: &Ctx, from: usize, to: usize) -> bool {
        let talks_noun = |i: usize| {
            cx.lw.get(i).is_some_and(|w| {
                matches!(
                    *w,
                    "truce" | "ceasefire" | "talks" | "negotiations" | "peace" | "deal" | "accord"
                )
            })
        };
        (from..to).any(|i| {
            let t = &cx.toks[i];
            t.text.chars().next().is_some_and(char::is_uppercase)
                && !t.punct
                && !talks_noun(i)
                && (talks_noun(i + 1) || talks_noun(i + 2))
                && !in_mention(cx.mentions, i)
                && !self.watchlist.is_context_word(&t.lower)
                // ("Security pact talks frozen": a headline's capital on a word of the
                // watchlist's own keywords names its matter, nobody else)
                && !self.watchlist.keyword_word(&t.lower)
                // ("Hong Kong talks": a name the watchlist's context has as two words)
                && !self.in_context_phrase(cx, i)
                // ("Six-party talks adjourn": the sides counted, nobody else's talks)
                && !actors::numbered_sides(&t.lower)
                // ("Last-ditch talks end without deal", "High-level talks collapse": a
                // compound adjective capitalised only by the sentence's start, lowercase
                // after its hyphen; "Qatar-brokered", "UN-hosted" begin with a name)
                && !(i == from && sentence_cased_compound(&t.text))
                && !matches!(
                    t.lower.as_str(),
                    "live" | "watch" | "update" | "breaking" | "the"
                )
        })
    }

    /// Is the word at `i` part of a two-word context term of the watchlist with the word
    /// before or after it ("Hong Kong", "New Territories")?
    /// Sides that are another negotiation's: another country's sides as a collective
    /// subject, or one party's talks with a state the watchlist does not follow.
    fn another_negotiation(
        &self,
        cx: &Ctx,
        at: &At,
        kind: &str,
        actors: &[usize],
        how: &str,
    ) -> Option<String> {
        if how.ends_with("(collective subject)") || how == actors::UNNAMED_SIDES {
            if let Some(name) = self.another_countrys_sides(cx, at) {
                return Some(format!(
                    "{name}'s sides are another country's, not the parties to these talks"
                ));
            }
        }
        self.talks_with_outsider(cx, at, kind, actors).map(|name| {
            format!("talks with {name}, who is no party to these talks, are another negotiation")
        })
    }

    /// "Sudan's rivals sign truce", "Yemen's warring parties agree" on a watchlist that
    /// follows neither: a collective subject owned by a state the knowledge table knows, that
    /// is no party, place or term of this watchlist, is that country's sides.
    fn another_countrys_sides(&self, cx: &Ctx, at: &At) -> Option<String> {
        (at.cl.start + 1..at.v.min(cx.lw.len())).find_map(|i| {
            let t = &cx.toks[i - 1];
            let foreign = cx.lw[i] == "'s"
                && t.text.starts_with(char::is_uppercase)
                && !in_mention(cx.mentions, i - 1)
                && !self.watchlist.is_context_word(&t.lower)
                && !self.in_context_phrase(cx, i - 1)
                && crate::watchlist::known_state_word(&t.lower)
                && !self.watchlist.actors.own_state_word(&t.text);
            foreign.then(|| t.text.clone())
        })
    }

    fn in_context_phrase(&self, cx: &Ctx, i: usize) -> bool {
        let pair = |a: usize| {
            cx.lw
                .get(a..a + 2)
                .is_some_and(|p| self.watchlist.is_context_word(&p.join(" ")))
        };
        (i > 0 && pair(i - 1)) || pair(i)
    }

    /// Why an agreement naming one party is not the sides' deal: "Ghani, Abdullah ink
    /// power-sharing agreement" (two names of one side agreeing with each other is that
    /// side's own business; "Russia's Medvedev signs" is one name qualifying the other, one
    /// signer) or "Nepal, India sign agreement" (a party signing with a state that is no
    /// party is another negotiation's deal).
    fn one_signer(&self, cx: &Ctx, at: &At, actors: &[usize], how: &str) -> Option<String> {
        let own: Vec<_> = cx
            .mentions
            .iter()
            .filter(|m| at.cl.start <= m.start && m.end <= at.v && actors.contains(&m.actor))
            .collect();
        let coordinated = own.windows(2).any(|p| {
            cx.lw
                .get(p[0].end..p[1].start)
                .is_some_and(|between| between.iter().any(|w| matches!(*w, "and" | "," | "&")))
        });
        if coordinated {
            return Some("an agreement between two names of one side is that side's own".into());
        }
        if how != "subject" {
            return None;
        }
        self.signs_with_outsider(cx, at).map(|name| {
            format!("an agreement with {name}, who is no party to these talks, is another negotiation's")
        })
    }

    /// A signing by one named party that is not the sides' act: an agreement between two
    /// names of one side or with a state that is no party (`one_signer`), and "The
    /// European Union and Cuba signed their first agreement", one party signing a text
    /// together with such a state, which accepts nothing of these talks.
    fn signed_apart(
        &self,
        cx: &Ctx,
        at: &At,
        kind: &str,
        actors: &[usize],
        how: &str,
    ) -> Option<String> {
        if actors.len() != 1 {
            return None;
        }
        if kind == "agreement" {
            return self.one_signer(cx, at, actors, how);
        }
        let signing = matches!(cx.lw[at.v], "sign" | "signs" | "signed" | "signing");
        if kind != "proposal_accepted" || !signing || how != "subject" {
            return None;
        }
        self.signs_with_outsider(cx, at).map(|name| {
            format!("a text signed with {name}, who is no party to these talks, is another negotiation's")
        })
    }

    /// The subject coordinates its one named party with a state the knowledge table knows
    /// (by its name, an acting name such as "Kremlin" or a place such as "Moscow": "Moscow
    /// and Hanoi sign aid agreement") that is no watchlist actor or place: "<party> and <outsider>", "<outsider>,
    /// <party>". Only a known state: a person or a group the watchlist does not list ("Kim",
    /// "SPLM-N") may be the other party under a name nobody configured, and a conjunct
    /// headed by an unnamed side ("Kurdish rebels", "the opposition") may be it too.
    fn signs_with_outsider(&self, cx: &Ctx, at: &At) -> Option<String> {
        let conjunct = subject_conjuncts(cx, at).into_iter().find(|c| {
            !cx.lw[c.clone()]
                .iter()
                .any(|w| UNNAMED_SIDE_HEADS.contains(w))
        })?;
        let free =
            |i: usize| !in_mention(cx.mentions, i) && !self.watchlist.is_context_word(cx.lw[i]);
        // ("Chávez and Fernández de Kirchner sign energy accords": a person the watchlist
        // does not follow, named in full, signing with one party is another negotiation's;
        // capitalised words only, none a party's or a context term, no title or role word)
        let person = conjunct.len() >= 2
            && conjunct.clone().all(|i| {
                free(i)
                    && (cx.toks[i]
                        .text
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                        || matches!(cx.lw[i], "de" | "da" | "del" | "van" | "von" | "al" | "bin"))
                    && !TITLE_WORDS.contains(&cx.lw[i])
            })
            && cx.toks[conjunct.start]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        if person {
            return Some(
                conjunct
                    .map(|i| cx.toks[i].text.clone())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        conjunct.into_iter().find_map(|i| {
            let one = cx.toks[i].text.clone();
            let two = cx.toks.get(i + 1).map(|t| format!("{one} {}", t.text));
            [Some(one), two].into_iter().flatten().find(|n| {
                free(i)
                    && crate::watchlist::known_state_word(n)
                    && !self.watchlist.actors.own_state_word(n)
            })
        })
    }

    /// Pattern: one party's talks with somebody else ("Ukraine sends delegation led by
    /// Umerov to Istanbul talks with Russia" on a US–Ukraine watchlist): a team sent to,
    /// or leaving, talks with a state the knowledge table knows and the watchlist does not
    /// follow is in another negotiation.
    fn talks_with_outsider(
        &self,
        cx: &Ctx,
        at: &At,
        kind: &str,
        actors: &[usize],
    ) -> Option<String> {
        let trip = matches!(
            kind,
            "delegation_dispatched" | "delegation_withdrawal" | "talks_suspended"
        );
        if !trip || actors.len() != 1 {
            return None;
        }
        let end = at.cl.end.min(cx.lw.len());
        let free =
            |i: usize| !in_mention(cx.mentions, i) && !self.watchlist.is_context_word(cx.lw[i]);
        (at.v + 1..end).find_map(|i| {
            let talks = i >= 1
                && cx.lw[i] == "with"
                && cx.lw[i.saturating_sub(2)..i]
                    .iter()
                    .any(|w| rules::word_set("held").iter().any(|h| h == w));
            if !talks {
                return None;
            }
            let j = if cx.lw.get(i + 1) == Some(&"the") {
                i + 2
            } else {
                i + 1
            };
            let one = cx.toks.get(j)?.text.clone();
            let two = cx.toks.get(j + 1).map(|t| format!("{one} {}", t.text));
            [Some(one), two].into_iter().flatten().find(|n| {
                free(j)
                    && crate::watchlist::known_state_word(n)
                    && !self.watchlist.actors.own_state_word(n)
            })
        })
    }

    /// Acts that only count between the sides: a go-between halting its own mission, a
    /// visit to the other side's capital, an ambassador recalled from the other side.
    fn not_between_the_sides(
        &self,
        cx: &Ctx,
        at: &At,
        r: &rules::Rule,
        actors: &[usize],
    ) -> Option<String> {
        if r.name == "a go-between halts its mission"
            && !actors.iter().all(|a| self.mediators.contains(a))
        {
            return Some("a mission halted by a side, not by a go-between, is no mediation".into());
        }
        if r.name == "send + team" && sends_the_team_something(cx, at) {
            return Some(
                "a text sent to the team (\"sent the envoy a list\"), not the team sent".into(),
            );
        }
        if r.name == "visit the other side's capital" && !visits_other_capital(cx, at, actors) {
            return Some("a visit, but not to the other side's capital".into());
        }
        if r.name == "recall or expel an ambassador" && !other_party_named(cx, at, self.mediators) {
            return Some(
                "an ambassador recalled from a third country or a mediator is a protest elsewhere"
                    .into(),
            );
        }
        None
    }

    /// Why these actors cannot have done it: nobody we follow, a third party or a
    /// mediator accepting, one side where both must act, a party returning home.
    fn not_a_party(
        &self,
        cx: &Ctx,
        at: &At,
        r: &rules::Rule,
        kind: &str,
        actors: &[usize],
        how: &str,
    ) -> Option<String> {
        // (talks stopped with nobody named are the sides' talks: `sides_unnamed`)
        let joint = r.joint_subject
            || r.joint_act
            || kind == "agreement"
            || (kind == "talks_suspended"
                && how == actors::UNNAMED_SIDES
                && talks_before_verb(cx, at));
        if let Some(reason) = self.another_negotiation(cx, at, kind, actors, how) {
            return Some(reason);
        }
        // (an act of the unnamed sides: only what its wording says can rule it out)
        if actors.is_empty() && how == actors::UNNAMED_SIDES && joint {
            return wording_says_otherwise(cx, at, r, kind);
        }
        if let Some(reason) = self.signed_apart(cx, at, kind, actors, how) {
            return Some(reason);
        }
        if actors.is_empty() {
            return Some("no watchlist party acts (third party or unknown actor)".into());
        }
        // "Assemblée de Corse opens special session", "Petro holds working session": one
        // party, no go-between, holding a session with nobody named is its own body sitting
        if r.name == "hold/open talks"
            && actors.len() == 1
            && !self.mediators.contains(&actors[0])
            && own_session(&cx.lw[at.v + 1..at.cl.end])
        {
            return Some("one side's own session, with nobody else: not talks".into());
        }
        if matches!(kind, "proposal_accepted" | "proposal_rejected") {
            if let Some(reason) = third_party(cx, actors) {
                return Some(reason);
            }
        }
        // "the two mediators said they backed the plan": mediators do not accept; the words
        // that name the actor are the clause's subject, or (for "they", "it") the speaker's
        // ("Hamas told the mediators it accepts": the speaker is named before the speech
        // verb; the addressee after it is not who accepts)
        let speech = (0..at.cl.start)
            .rev()
            .find(|&i| SPEECH.contains(&cx.lw[i]))
            .unwrap_or(at.v);
        let naming = if how == "subject" {
            &cx.lw[at.cl.start..at.v]
        } else {
            &cx.lw[..speech]
        };
        let only_mediators =
            !self.mediators.is_empty() && actors.iter().all(|a| self.mediators.contains(a));
        if kind == "proposal_accepted"
            && (only_mediators || naming.iter().any(|w| w.starts_with("mediator")))
        {
            return Some("mediators backing a plan are not a party accepting it".into());
        }
        // "UN Security Council calls for immediate ceasefire", "EU leaders called for an
        // unconditional truce at their summit": a forum's call is advocacy, not an offer
        if r.with_terms && cx.lw[at.cl.start..at.v].iter().any(|w| FORUMS.contains(w)) {
            return Some("a forum's call for a truce is advocacy, not an offer".into());
        }
        // "Santos hands peace accord text to Congress": a text sent home for ratification
        // is procedure, not an offer to the other side
        if kind == "proposal" && sent_to_a_legislature(cx.lw, at) {
            return Some("a text sent to a parliament is procedure, not an offer".into());
        }
        // "with Algeria's Ouyahia carrying proposals between them": who shuttles, described
        if r.name == "bring a proposal to the sides" && cx.lw[at.v].ends_with("ing") {
            return Some("a participle describing who carries the text, not an offer".into());
        }
        // "Guterres, attending the talks, …", "with the US and China attending the talks":
        // a participle that describes who was there, not a party going to the talks
        if kind == "delegation_dispatched" && cx.lw[at.v].ends_with("ing") {
            let from = at.v.saturating_sub(5).max(at.cl.start);
            // ("are also attending the meeting": observers; a party's seat is "joins")
            let observer = matches!(cx.lw[at.v], "attending" | "joining");
            let described = observer
                || (at.v > 0 && (cx.lw[at.v - 1] == "," || cx.lw[from..at.v].contains(&"with")));
            if described {
                return Some("a participle describing who attends, not a dispatch".into());
            }
        }
        if r.name == "hold/open talks" && hosts_at_home(cx, at, actors) {
            return Some("a host opening talks at home is no dispatch".into());
        }
        if let Some(reason) = own_meetings(cx, at, r, actors) {
            return Some(reason);
        }
        if let Some(reason) = wording_says_otherwise(cx, at, r, kind) {
            return Some(reason);
        }
        // the ambassador is to or from the other side: a watchlist party besides the actor,
        // and no mediator, is named after the verb ("recalls ambassador to Ethiopia",
        // "expels Ethiopian ambassador")
        // "African Union endorses Kinshasa-Kigali accord": a deal the object names as
        // others' is endorsed by a third party, not accepted by a side
        if r.name == "endorse a deal" && deal_of_others(cx, at, actors) {
            return Some("a third party endorsing the sides' deal is not a side accepting".into());
        }
        if let Some(reason) = self.not_between_the_sides(cx, at, r, actors) {
            return Some(reason);
        }
        // "Azerbaijan's demand that Turkey join the negotiations": what is demanded
        // ("demanded he step down and stop negotiating": the "that" may be left out)
        let demanded = (at.cl.start.saturating_sub(1)..at.v)
            .any(|i| cx.lw[i] == "that" && i > 0 && DEMANDED.contains(&cx.lw[i - 1]))
            || (at.v.saturating_sub(6)..at.v).any(|i| {
                DEMANDED.contains(&cx.lw[i])
                    && cx.lw[i].ends_with("ed")
                    && matches!(cx.lw.get(i + 1), Some(&"he" | &"she" | &"they" | &"it"))
            })
            || demanded_of_named(cx, at);
        if demanded && !cx.lw[at.v].ends_with('s') && !cx.lw[at.v].ends_with("ed") {
            return Some("what is demanded (\"demand that X join\"), not done".into());
        }
        // (unless that institution is what the analyst watches being built: "UML quits
        // Nepal government" on a watchlist whose keywords name the coalition)
        if kind == "delegation_withdrawal"
            && leaves_an_institution(&cx.lw[at.v..at.cl.end])
                .is_some_and(|w| !self.watchlist.keyword_word(w))
        {
            return Some(
                "leaving a government, a parliament or a race is not leaving the talks".into(),
            );
        }
        if r.not_if_talks_continue && (talks_continue(cx.lw) || visit_done(&cx.lw[at.v..])) {
            return Some("the talks go on: a visit or a round ended, nobody withdrew".into());
        }
        if r.name == "agree on a framework" && actors.len() == 1 && how == "subject" {
            return Some(
                "one party agreeing to a plan accepts it; a common draft needs both".into(),
            );
        }
        if r.joint_subject && actors.len() < 2 && !(actors.len() == 1 && with_unnamed_side(cx, at))
        {
            return Some("needs both sides as the subject (\"X and Y …\")".into());
        }
        trip_home(cx, at, r, kind, actors)
    }
}

/// Pattern: the team as the indirect object ("sent the envoy a list of changes", "sends
/// the mediators its reply"): a determiner and a noun right after the team word are what
/// was sent, to it ("sends a delegation the next day" is a time).
fn sends_the_team_something(cx: &Ctx, at: &At) -> bool {
    let team = rules::word_set("team");
    let end = (at.v + 5).min(at.cl.end);
    let Some(j) = (at.v + 1..end).find(|&j| team.iter().any(|t| t == cx.lw[j])) else {
        return false;
    };
    // ("the" only after a determined team: "sends envoy the Chechen fighters asked for"
    // is a relative clause, the envoy they asked for)
    let determined = matches!(cx.lw[j - 1], "the" | "its" | "their" | "his" | "her");
    let det = cx.lw.get(j + 1).is_some_and(|w| {
        matches!(*w, "a" | "an" | "its" | "their" | "his" | "her") || (*w == "the" && determined)
    });
    let thing = cx.lw.get(j + 2).is_some_and(|w| {
        !matches!(*w, "next" | "same" | "following" | "day" | "week")
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    });
    det && thing && j + 2 < at.cl.end
}

/// "returned to Khartoum", "heads back to Juba for consultations" (a name of the actor
/// itself): a trip home is no dispatch; leaving its own capital is setting out, not
/// walking out.
fn trip_home(cx: &Ctx, at: &At, r: &rules::Rule, kind: &str, actors: &[usize]) -> Option<String> {
    // "returned to Khartoum", "returns to Kabul" (a name of the actor itself): a trip
    // home is no dispatch; "the team left Kabul ahead of the opening": leaving home
    // is setting out, not walking out
    let after = cx
        .mentions
        .iter()
        .find(|m| m.start > at.v && m.start <= at.v + 4);
    let home = after.is_some_and(|m| actors.contains(&m.actor));
    if home && kind == "delegation_dispatched" && r.frame == rules::Frame::Travel {
        return Some("a trip home is not a trip to the talks".into());
    }
    // ("Government delegation heads back to Juba for consultations": a team going "to"
    // its own capital is going home whichever rule reads it; not "go into the talks
    // under formateur De Wever", a person of its own)
    let own_capital =
        home && after.is_some_and(|m| m.start >= 1 && matches!(cx.lw[m.start - 1], "to" | "for"));
    if own_capital && kind == "delegation_dispatched" && r.frame == rules::Frame::SubjectIsObject {
        return Some("a trip home is not a trip to the talks".into());
    }
    // ("left Kabul", "flew out of Khartoum"; not "flies home to consult Castro": a name
    // after an infinitive is its object, the purpose of the trip home)
    let leaves_it =
        after.is_some_and(|m| !(at.v + 1..m.start).any(|j| cx.lw[j] == "to" && j + 1 < m.start));
    if home
        && leaves_it
        && kind == "delegation_withdrawal"
        && r.frame == rules::Frame::SubjectIsObject
    {
        return Some("leaving its own capital is setting out, not walking out".into());
    }
    None
}

/// A negated acceptance that states a refusal: "refused to endorse", "will not accept",
/// "declined to sign on" (not "has not yet accepted": that is still open).
fn refusal(lw: &[&str], at: &At, reason: &str, r: &rules::Rule) -> bool {
    if !reason.starts_with("negated") {
        return false;
    }
    // "will not sign the homeland pact", "won't initial the text": a party saying it will
    // not put its name to what is on the table rejects it
    let signing = lw[at.v].starts_with("sign") || lw[at.v].starts_with("initial");
    // "DUP says it cannot support Johnson's deal", "Hamas can't accept the Israeli text":
    // a party saying it is unable to accept what is on the table rejects it (not "cannot
    // accept any deal that …", a condition; "could not accept" only as reported speech,
    // else it tells of the past)
    let prev = |k: usize| if at.v >= k { lw[at.v - k] } else { "" };
    // ("said it could not accept": reported speech moves "cannot" back a tense)
    let could = if at.cl.reported { "could" } else { "can" };
    let cannot = matches!(prev(1), "cannot" | "can't")
        || (matches!(prev(2), "ca" | "can") && matches!(prev(1), "n't" | "not"))
        || (prev(2) == could && matches!(prev(1), "n't" | "not"));
    let generic = lw
        .get(at.v + 1)
        .is_some_and(|w| matches!(*w, "any" | "a" | "an"));
    // ("UNM still won't sign deal", "still refuses to accept": a refusal that goes on is
    // the side's standing position, told again, not a new rejection)
    if lw[at.v.saturating_sub(4).max(at.cl.start)..at.v].contains(&"still") {
        return false;
    }
    (matches!(r.kind.as_str(), "proposal_accepted" | "agreement")
        && (signing || r.kind == "proposal_accepted")
        && ordered_not(lw, at))
        || (r.kind == "proposal_accepted"
            && (stated_refusal(lw, at, 5, &[])
                || (!generic && (decided_not(lw, at) || present_not(lw, at)))
                || (cannot
                    && !generic
                    && stated_refusal(lw, at, 3, &["cannot", "can't", "ca", "can", could]))))
        || (matches!(r.kind.as_str(), "proposal_accepted" | "agreement")
            && signing
            && !generic
            && !plural_texts(lw, at)
            && stated_refusal(lw, at, 3, &["won't", "wo"]))
}

/// Pattern: an order not to sign ("Musk has ordered Tesla Sweden not to sign the union
/// deal", "the union has advised players not to sign the contracts"): who orders their own
/// people to stay off the text rejects it. The people ordered stand between the order and
/// "not" ("negotiators ordered not to sign" names those ordered, not who ordered); an
/// urging is somebody's appeal, and "told" is a verb of speech, whose clause makes the
/// people told its subject.
fn ordered_not(lw: &[&str], at: &At) -> bool {
    const ORDER: &[&str] = &[
        "ordered",
        "orders",
        "instructed",
        "instructs",
        "advised",
        "advises",
        "directed",
        "directs",
    ];
    if at.v < at.cl.start + 4 || lw[at.v - 1] != "to" || lw[at.v - 2] != "not" {
        return false;
    }
    let from = at.v.saturating_sub(8).max(at.cl.start);
    (from..at.v - 3).any(|i| ORDER.contains(&lw[i]))
        && !lw
            .iter()
            .any(|w| matches!(*w, "if" | "unless" | "until" | "?"))
}

/// Pattern: a decision not to accept ("Labor decided not to accept Netanyahu's offer",
/// "the council voted not to endorse the plan"): the decision is the refusal, taken.
fn decided_not(lw: &[&str], at: &At) -> bool {
    at.v >= at.cl.start + 3
        && lw[at.v - 1] == "to"
        && lw[at.v - 2] == "not"
        && DECIDE.contains(&lw[at.v - 3])
        && stated_refusal(lw, at, 3, &["not"])
}

/// Pattern: a stated position in the present ("Nicaragua says it does not back the
/// deal", "the union does not accept the offer"): what a side says it does not accept,
/// now, it rejects ("did not accept" tells of the past, "has not accepted" is still open).
fn present_not(lw: &[&str], at: &At) -> bool {
    let one_word = at.v > at.cl.start && matches!(lw[at.v - 1], "doesn't" | "don't");
    let two_words = at.v >= at.cl.start + 2
        && matches!(lw[at.v - 2], "does" | "do")
        && matches!(lw[at.v - 1], "not" | "n't");
    (one_word || two_words)
        && !lw[at.v..at.cl.end].contains(&"yet")
        && stated_refusal(lw, at, 2, &["not", "n't", "doesn't", "don't"])
}

/// Pattern: texts in the plural. "India won't sign trade deals 'with a gun to our
/// head'": what a side will not sign in the plural is no text on the table but any deal
/// of a kind, a stance (a text on the table is one: "won't sign the deal").
fn plural_texts(lw: &[&str], at: &At) -> bool {
    lw[(at.v + 1).min(lw.len())..(at.v + 4).min(at.cl.end.max(at.v + 1))]
        .iter()
        .take_while(|w| !matches!(**w, "," | "with" | "on" | "at" | "in" | "unless" | "if"))
        .any(|w| {
            matches!(
                *w,
                "deals" | "agreements" | "accords" | "pacts" | "treaties" | "contracts"
            )
        })
}

/// A refusal word ("refused", "declines", …, and `also` for the caller's own) within
/// `reach` words before the verb, said outright: not "yet", not a question, not a
/// condition ("if", "unless", "without" what is asked), not a matter of when ("will not sign a separate treaty ahead of progress on
/// the other tracks", "would not sign at next Monday's meeting").
fn stated_refusal(lw: &[&str], at: &At, reach: usize, also: &[&str]) -> bool {
    let near = &lw[at.v.saturating_sub(reach).max(at.cl.start)..at.v];
    // ("did not refuse to attend", "could refuse to return", "threatens to refuse": a
    // refusal denied, hypothetical or still to come is none stated)
    let hedged = |i: usize| {
        near[i.saturating_sub(2)..i].iter().any(|p| {
            matches!(
                *p,
                "not" | "never" | "n't" | "could" | "may" | "might" | "can" | "should" | "to"
            )
        })
    };
    let refused = near.iter().enumerate().any(|(i, w)| {
        (matches!(
            *w,
            "refused" | "refuses" | "refuse" | "refusing" | "declined" | "declines" | "decline"
        ) && !hedged(i))
            || also.contains(w)
    }) || (!also.is_empty()
        && near
            .windows(2)
            .any(|w| matches!(w[0], "will" | "would") && w[1] == "not"));
    // ("won't sign the deal without appointed experts": refused without something, offered
    // with it — a condition)
    let without = lw[(at.v + 1).min(at.cl.end)..(at.v + 9).min(at.cl.end)].contains(&"without");
    refused
        && !without
        && !near.contains(&"yet")
        && !lw.contains(&"?")
        && !lw
            .iter()
            .any(|w| matches!(*w, "if" | "unless" | "until" | "ahead" | "next"))
}

/// Pattern: a grievance demanded ("the FPÖ demanded Nehammer's resignation", "the KMA
/// demanded an apology", "demands an inquiry into the killings", "demands answers"). What a side asks of a
/// person or an office (to apologise, to resign, to be investigated) is no term of the
/// deal on the table, so it is no new demand in the talks.
fn demands_a_grievance(cx: &Ctx, at: &At) -> bool {
    const GRIEVANCES: &[&str] = &[
        "apology",
        "apologies",
        "resignation",
        "resignations",
        "ouster",
        "inquiry",
        "inquiries",
        "investigation",
        "investigations",
        "probe",
        "prosecution",
        "punishment",
        // and news of somebody asked for ("Britain was demanding information on Alan
        // McMenemy", "families demand answers"): a call to be told, no term
        "information",
        "answers",
        "explanation",
        "explanations",
        "clarification",
    ];
    if !cx.lw[at.v].starts_with("demand") || at.nominal {
        return false;
    }
    let end = (at.v + 5).min(at.cl.end).min(cx.lw.len());
    let grievance = cx.lw[(at.v + 1).min(end)..end]
        .iter()
        .zip(&cx.toks[(at.v + 1).min(end)..end])
        .take_while(|(w, t)| {
            !t.punct
                && !matches!(
                    **w,
                    "for" | "that" | "to" | "and" | "from" | "over" | "before"
                )
        })
        .any(|(w, _)| GRIEVANCES.contains(w));
    // "demands apology from SPLM-N negotiator": asked of the other side at the table, it
    // is that side's condition for going on
    let of_a_party = (at.v + 1..at.cl.end.min(cx.lw.len())).any(|i| {
        cx.lw[i] == "from"
            && (cx.mentions.iter().any(|m| m.start > i && m.start <= i + 3)
                || cx
                    .toks
                    .get(i + 1)
                    .is_some_and(|t| t.text.chars().next().is_some_and(char::is_uppercase)))
    });
    grievance && !of_a_party
}

/// "Moscow insists South Ossetia, Abkhazia join the talks": a demand word, then only
/// named parties, then the verb — what is demanded of them (the verb's form is checked by
/// the caller: base form, not "joins" or "joined").
fn demanded_of_named(cx: &Ctx, at: &At) -> bool {
    let named = |i: usize| in_mention(cx.mentions, i);
    // ("demands Yemen's Saleh sign": a proper name and its owner's "'s" name him too)
    let proper = |i: usize| {
        cx.toks[i]
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            || cx.lw[i] == "'s"
    };
    (at.v.saturating_sub(8)..at.v).any(|i| {
        DEMANDED.contains(&cx.lw[i])
            && i + 1 < at.v
            && (named(i + 1) || proper(i + 1))
            && (i + 1..at.v).any(named)
            && (i + 1..at.v)
                .all(|j| named(j) || proper(j) || matches!(cx.lw[j], "," | "and" | "the"))
    })
}

/// Words after which a "that" clause in the base form says what is demanded.
const DEMANDED: &[&str] = &[
    "demand",
    "demands",
    "demanded",
    "insist",
    "insists",
    "insisted",
    "insistence",
    "urge",
    "urges",
    "urged",
    "request",
    "requests",
    "requested",
    "proposal",
    "proposed",
    "proposes",
];

/// "Armenia won't join Geneva talks", "the delegation will not attend the round", "refuses
/// to take part": a party announcing it stays away from talks walks out of them. Only a
/// negated future or a refusal ("did not send a team yet" is no boycott), and only the
/// verbs of going to talks.
fn boycott(lw: &[&str], at: &At, reason: &str, r: &rules::Rule) -> bool {
    // (not "will not send a delegation" or "travel": a trip not made is no news)
    r.kind == "delegation_dispatched"
        && reason.starts_with("negated")
        && ((matches!(lw[at.v], "join" | "attend" | "participate" | "rejoin")
            && stated_refusal(lw, at, 4, &["won't", "wo"]))
            // (only a refusal: "will not return to the table while …" is a condition)
            || (back_to_the_table(lw, at) && stated_refusal(lw, at, 4, &[])))
        && !represented(lw)
}

/// "refused to resume talks", "declines to return to the table": going back to the talks
/// (not "return the hostages", nor "return to Cairo" without the talks named).
fn back_to_the_table(lw: &[&str], at: &At) -> bool {
    let after = &lw[at.v + 1..at.cl.end.min(at.v + 5)];
    let talks = |w: &&str| {
        matches!(
            *w,
            "talks" | "negotiations" | "table" | "bargaining" | "dialogue" | "mediation"
        )
    };
    match lw[at.v] {
        "return" => after.first() == Some(&"to") && after.iter().any(talks),
        "resume" => after.iter().take(3).any(talks),
        _ => false,
    }
}

/// Pattern: a leader who stays away while somebody leads the team ("Putin will not attend
/// Istanbul talks; aide Medinsky named to lead team", "…, sending his deputy instead"): the
/// side still comes to the talks, so nobody boycotts them.
fn represented(lw: &[&str]) -> bool {
    lw.contains(&"instead")
        || lw.windows(2).any(|w| {
            matches!(
                w[0],
                "to" | "will" | "would" | "named" | "sending" | "sends"
            ) && matches!(
                w[1],
                "lead" | "head" | "represent" | "deputy" | "aide" | "envoy" | "delegation"
            )
        })
}

/// "agree to meet 'soon'", "agreed to resume talks next month", "the two leaders agreed to
/// meet on the sidelines of the APEC summit": a meeting agreed for later is a plan (the
/// meeting itself will be the news); a meeting agreed is always ahead, a resumption only
/// with a time ahead.
fn meeting_agreed_for_later(cx: &Ctx, at: &At) -> bool {
    at.v >= 2
        && cx.lw[at.v - 1] == "to"
        && cx.lw[at.v - 2].starts_with("agree")
        && (cx.lw[at.v] == "meet"
            || cx.lw[at.v..at.cl.end]
                .iter()
                .any(|w| matches!(*w, "soon" | "next" | "later" | "shortly")))
}

/// A trip or a meeting that is not the talks': another forum's summit, or "meets" in the
/// sense of satisfying a side's terms.
fn another_gathering(cx: &Ctx, at: &At, r: &rules::Rule, kind: &str) -> Option<String> {
    // "Clinton will fly to the G8 summit", "Arafat heads to the Arab League summit": a
    // trip to a bloc's or a forum's own gathering is another dossier, unless the analyst
    // lists that bloc as a party or a go-between (then its summit hosts the talks)
    if kind == "delegation_dispatched" {
        let end = (at.v + 8).min(at.cl.end);
        let forum_summit = (at.v + 1..end).any(|i| {
            matches!(cx.lw[i], "summit" | "summits")
                && (i.saturating_sub(2)..i).any(|j| {
                    lexicon::BLOCS.contains(&cx.lw[j])
                        && !crate::watchlist::in_mention(cx.mentions, j)
                })
        });
        if forum_summit {
            return Some("a trip to another forum's summit, not to the talks".into());
        }
    }
    // "new proposal meets key Hamas conditions", "Soviet move meets longstanding US
    // position": what meets a side's terms satisfies them; nobody sat down together
    // (the object only: "meet in Cairo on terms of a truce" is a meeting)
    if r.name == "the sides meet"
        && cx.lw[at.v + 1..at.cl.end]
            .iter()
            .take(6)
            .take_while(|w| {
                !matches!(
                    **w,
                    "in" | "on" | "at" | "over" | "about" | "for" | "with" | "to"
                )
            })
            .any(|w| {
                matches!(
                    *w,
                    "position"
                        | "positions"
                        | "demand"
                        | "demands"
                        | "condition"
                        | "conditions"
                        | "concerns"
                        | "expectations"
                        | "requirements"
                        | "needs"
                        | "criteria"
                        | "terms"
                        | "target"
                        | "targets"
                        | "deadline"
                        | "objections"
                )
            })
    {
        return Some("meeting a side's terms satisfies them; no meeting".into());
    }
    None
}

/// A team leaving a round that closed: in good spirits, or after the session ended with
/// nothing agreed. Nobody walked out.
fn a_round_closed(cx: &Ctx, at: &At, kind: &str) -> Option<String> {
    // "U.S. team heads home from Geneva upbeat despite stalemate": a team going home in
    // good spirits closed a round; nobody walked out
    if kind == "delegation_withdrawal"
        && cx.lw[at.v..at.cl.end].iter().any(|w| {
            matches!(
                *w,
                "upbeat" | "optimistic" | "hopeful" | "encouraged" | "confident" | "pleased"
            )
        })
    {
        return Some("home in good spirits: a round closed, nobody walked out".into());
    }
    // ("American negotiators left Geneva saying …, even though the session ended without
    // agreement": leaving a session that ended with nothing agreed is no walk-out)
    if kind == "delegation_withdrawal"
        && matches!(cx.lw[at.v], "left" | "leave" | "leaves" | "leaving")
        && cx.lw[at.v..].windows(3).any(|w| {
            matches!(w[0], "session" | "round" | "meeting" | "talks")
                && matches!(w[1], "ended" | "closed" | "adjourned")
                && w[2] == "without"
        })
    {
        return Some("left a session that ended without a deal: nobody walked out".into());
    }
    None
}

/// Wordings that look like the rule's act and are something else: a trip to a signing,
/// reaching a deal, a trip to explain, a meeting agreed for later, demands added to, "the
/// door remains open", "what is left", a party's own congress, leaving for the talks, an
/// invitation to nobody, talks that end short of a deal, a target date.
fn wording_says_otherwise(cx: &Ctx, at: &At, r: &rules::Rule, kind: &str) -> Option<String> {
    // a trip to a signing ("head to Havana for the signing", "lands ahead of the
    // expected signing ceremony", "a summit at which the deal is to be signed") is the
    // ceremony's logistics: the signing itself is the development
    if kind == "delegation_dispatched"
        && !r.joint_act
        && cx.lw[at.v..]
            .iter()
            .take(25)
            .any(|w| matches!(*w, "signing" | "ceremony" | "signed"))
    {
        return Some("a trip to a signing is its logistics, not a dispatch".into());
    }
    if let Some(reason) = a_round_closed(cx, at, kind) {
        return Some(reason);
    }
    // "Yandarbiyev team flown home after Moscow deal": going home after a deal ends the
    // round it was made in; nobody walked out
    if kind == "delegation_withdrawal"
        && cx.lw[at.v..(at.v + 8).min(cx.lw.len())]
            .windows(3)
            .any(|w| {
                w[0] == "after"
                    && [w[1], w[2]]
                        .iter()
                        .any(|x| rules::word_set("deal").iter().any(|d| d == x) || *x == "signing")
            })
    {
        return Some("home after a deal: the round ended, nobody walked out".into());
    }
    // "suggested future talks start from that reality": talks of the future open nothing
    if kind == "delegation_dispatched"
        && r.name == "talks open"
        && (at.cl.start..at.v).any(|i| matches!(cx.lw[i], "future" | "eventual" | "possible"))
    {
        return Some("future talks, not talks opening".into());
    }
    if let Some(why) = another_gathering(cx, at, r, kind) {
        return Some(why);
    }
    // "officials reached a preliminary agreement": reaching a deal is no arrival
    if kind == "delegation_dispatched"
        && cx.lw[at.v].starts_with("reach")
        && cx.lw[at.v + 1..at.cl.end].iter().take(5).any(|w| {
            rules::word_set("deal").iter().any(|d| d == w)
                || matches!(
                    *w,
                    "understanding" | "understandings" | "consensus" | "compromise"
                )
        })
    {
        return Some("reaching a deal is no arrival".into());
    }
    // "sends envoy to Kuala Lumpur to explain the end of the panel": a trip to explain
    // or reassure is diplomacy around the talks, not a delegation to them
    if kind == "delegation_dispatched"
        && cx.lw[at.v..(at.v + 8).min(cx.lw.len())]
            .windows(2)
            .any(|w| {
                w[0] == "to"
                    && matches!(
                        w[1],
                        "explain" | "reassure" | "inform" | "apologise" | "apologize" | "justify"
                    )
            })
    {
        return Some("a trip to explain or reassure is no delegation to the talks".into());
    }
    if kind == "delegation_dispatched" && meeting_agreed_for_later(cx, at) {
        return Some("a meeting agreed for later is a plan".into());
    }
    // "with both sides still meeting daily", "are still talking": meetings going on, not
    // a new one
    if kind == "delegation_dispatched"
        && at.v > at.cl.start
        && cx.lw[at.v].ends_with("ing")
        && cx.lw[at.v - 1] == "still"
    {
        return Some("meetings still going on are no new meeting".into());
    }
    // "…, adding to Islamabad's demands over militants": what is added to already stands
    if kind == "new_demands" && cx.lw[at.v].starts_with("add") && cx.lw.get(at.v + 1) == Some(&"to")
    {
        return Some("added to demands that already stand: not new ones".into());
    }
    // "the door to talks remains open", "talks stay open": open is a state, not an act
    if cx.lw[at.v] == "open"
        && at.v > at.cl.start
        && matches!(
            cx.lw[at.v - 1],
            "remains"
                | "remain"
                | "remained"
                | "stays"
                | "stay"
                | "stayed"
                | "is"
                | "are"
                | "was"
                | "were"
                | "kept"
                | "keep"
                | "left"
                | "still"
        )
    {
        return Some("open is a state here, not talks opening".into());
    }
    // "what is left of the talks", "nothing was left", "with eight days left": the
    // participle of remaining
    if cx.lw[at.v] == "left"
        && (cx.lw.get(at.v + 1) == Some(&"of")
            || (at.v > at.cl.start
                && (matches!(
                    cx.lw[at.v - 1],
                    "is" | "was" | "are" | "were" | "be" | "been" | "time" | "minutes"
                ) || TIME_WORDS.contains(&cx.lw[at.v - 1]))))
    {
        return Some("what is left remains, nobody leaves".into());
    }
    // "the group convened its 12th congress": a party's own meeting, not the talks
    if kind == "delegation_dispatched"
        && cx.lw[at.v].starts_with("conven")
        && matches!(
            cx.lw.get(at.v + 1),
            Some(&"its" | &"their" | &"his" | &"her")
        )
    {
        return Some("a party convening its own body is not the talks".into());
    }
    // "the delegation leaves Vanni for Geneva talks": leaving home for the talks is
    // setting out, not walking out
    if kind == "delegation_withdrawal"
        && matches!(
            cx.lw[at.v],
            "leave" | "leaves" | "left" | "leaving" | "depart" | "departs" | "departed"
        )
        && cx.lw[at.v + 1..at.cl.end]
            .iter()
            .take(4)
            .any(|w| *w == "for")
    {
        return Some("leaving for the talks is setting out, not walking out".into());
    }
    by_pattern_or_kind(cx, at, r, kind)
}

/// The checks of the recess, the resumption, the green light and the quarrel ended (the
/// second half of `named_rule_check`).
fn recess_resumption_green_light(cx: &Ctx, at: &At, r: &rules::Rule) -> Option<String> {
    // ("Talks end for the night without a deal", "break for the weekend without
    // agreement"): a recess, the round goes on
    if r.name == "talks end without a deal"
        && matches!(
            cx.lw.get(at.v + 1..(at.v + 4).min(cx.lw.len())),
            Some([
                "for",
                "the",
                "night" | "day" | "evening" | "weekend" | "holidays"
            ])
        )
    {
        return Some("a recess for the night or the day, not talks that failed".into());
    }
    // ("Zabadani truce talks collapse, fighting resumes": what resumes is the word before;
    // not inside a phrase, "Talks to end 16 months of war resumed")
    if r.name == "talks resume"
        && at.v > 1
        && !matches!(
            cx.lw[at.v - 2],
            "of" | "to" | "for" | "on" | "over" | "against" | "in"
        )
        && matches!(
            cx.lw[at.v - 1],
            "fighting"
                | "shelling"
                | "bombing"
                | "clashes"
                | "hostilities"
                | "violence"
                | "war"
                | "strikes"
                | "strike"
                | "attacks"
                | "airstrikes"
                | "evacuation"
                | "evacuations"
        )
    {
        return Some("something else resumes, not the talks".into());
    }
    if r.name == "give the green light" {
        let talks = rules::word_set("talks");
        let deal = rules::word_set("deal");
        let after = &cx.lw[at.v + 1..at.cl.end];
        if after
            .iter()
            .any(|w| talks.iter().any(|t| t == w) || deal.iter().any(|d| d == w))
        {
            return Some("a green light for talks opens them; one for a deal is the deal's".into());
        }
        // ("TWU 234 gives Brown green light for a SEPTA walkout", "gave go-ahead for
        // commando raid"): a side's own action authorised, nothing of the other side's
        if after.iter().any(|w| {
            matches!(
                *w,
                "strike"
                    | "strikes"
                    | "walkout"
                    | "walkouts"
                    | "raid"
                    | "attack"
                    | "assault"
                    | "operation"
                    | "offensive"
                    | "rescue"
            )
        }) {
            return Some("a side's own action authorised, not the other side's terms".into());
        }
    }
    if r.name == "the sides end their quarrel" && cx.lw[at.v] == "ending" {
        return Some("a quarrel ended as the consequence of another act, not a deal".into());
    }
    None
}

/// Checks that belong to one rule each, named in it: what its verb must also have around
/// it to mean the development.
fn named_rule_check(cx: &Ctx, at: &At, r: &rules::Rule) -> Option<String> {
    if r.name == "want something as the price" && !as_the_price(cx.lw, at) {
        return Some(
            "no \"as the price\" or \"as a condition\" of the wish: a wish, not a term".into(),
        );
    }
    if matches!(r.name.as_str(), "reject talks" | "reject further talks") {
        let further = cx.lw[at.v + 1..(at.v + 4).min(cx.lw.len())]
            .iter()
            .any(|w| matches!(*w, "further" | "more"));
        if further != (r.name == "reject further talks") {
            return Some("talks refused: more of them is leaving, new ones a rejection".into());
        }
    }
    // ("sent back the proposal": returned to its author, `send a text back`; "sent back a
    // counter-proposal" answers with one's own)
    if r.name == "present + proposal"
        && cx.lw[at.v].starts_with("sen")
        && cx.lw.get(at.v + 1) == Some(&"back")
        && !cx.lw[at.v + 2..(at.v + 5).min(cx.lw.len())]
            .iter()
            .any(|w| w.starts_with("counter"))
    {
        return Some("a text sent back is returned, not put forward".into());
    }
    // ("Ramaphosa pulls trade ministry from DA offer": an item taken out of the offer)
    if r.name == "withdraw an offer" && offer_item_pulled(cx.lw, at) {
        return Some("an item pulled from the offer; the offer stands".into());
    }
    if r.name == "refuse to give up" && !refuses_to_give(cx.lw, at.v) {
        return Some("no refusal to give what is asked, right after \"to\"".into());
    }
    if let Some(reason) = recess_resumption_green_light(cx, at, r) {
        return Some(reason);
    }
    if r.name == "add to its terms" && !adds_to_terms(cx.lw, at.v) {
        return Some("added to something other than a side's terms".into());
    }
    // ("Šarec sends list of 16 ministers to parliament": names on paper, not a team)
    if r.name == "send + team" && sends_a_list(cx.lw, at.v) {
        return Some("a list of names sent, not a team".into());
    }
    if r.name == "insist that … be" && !clause::subjunctive_after(cx.toks, at.v) {
        return Some(
            "no bare verb after its own subject: a fact or a prediction insisted on, not a term"
                .into(),
        );
    }
    if r.name == "says the other side must (a term)" && gives_a_chance(cx.lw, at) {
        return Some("a plea to give the talks or a text a chance or time: no term".into());
    }
    if let Some(peaceful) = match r.name.as_str() {
        "a standoff ends peacefully" => Some(true),
        "a standoff ends in bloodshed" => Some(false),
        _ => None,
    } {
        if standoff_end(cx.lw) != Some(peaceful) {
            return Some(
                "a standoff's end told without how it ended, or ended otherwise: neither a deal nor the talks' end by force".into(),
            );
        }
    }
    if r.name == "talks on hold" && !talks_on_hold(cx.lw, at) {
        return Some(
            "not the talks' state after them (\"on hold\", \"on ice\"), or a state that goes on or that something else left them in".into(),
        );
    }
    if r.name == "reach a consensus" && partial_consensus(cx.lw, at) {
        return Some(
            "a consensus on some of the issues or on how to go on: progress, not a deal".into(),
        );
    }
    if r.name == "a siege stormed" && !stormed_by_security_forces(cx.lw, at) {
        return Some(
            "stormed by others than security forces: a seizure or a protest, not a siege ended"
                .into(),
        );
    }
    if r.name == "agree to govern together" && !governs_together(cx.lw, at) {
        return Some(
            "no government, coalition, cabinet or executive formed, nor governing together: a procedure or a body agreed".into(),
        );
    }
    // ("has frozen the dialogue begun at Kazbegi": "begun" is only a participle; without
    // its auxiliary it qualifies the noun, the talks' start is no news of the sentence)
    if r.name == "talks open"
        && cx.lw[at.v] == "begun"
        && !at.v.checked_sub(1).is_some_and(|k| {
            matches!(
                cx.lw[k],
                "has" | "have" | "had" | "was" | "were" | "is" | "are" | "been" | "be"
            )
        })
    {
        return Some("\"begun\" without its auxiliary qualifies the talks: no start".into());
    }
    if r.name == "captors surrender, captives freed" && !captives_freed_with_it(cx.lw) {
        return Some("a surrender with no captives freed in the sentence".into());
    }
    if matches!(r.name.as_str(), "talks open" | "hold/open talks") && door_left_open(cx.lw, at) {
        return Some("a door left open to talks is a stance, not talks begun".into());
    }
    if r.name == "team leaves" {
        if let Some(reason) = a_leaving_that_is_no_walk_out(cx.lw, at) {
            return Some(reason.into());
        }
    }
    if r.name == "walks out" && rank_and_file_subject(cx.lw, at) {
        return Some(
            "members, workers or lawmakers walking out: a strike or a protest, not the talks"
                .into(),
        );
    }
    if matches!(
        r.name.as_str(),
        "quits as the talks collapse" | "pulls out as the talks collapse"
    ) && !quits_as_talks_collapse(cx.lw, at)
    {
        return Some(
            "quitting with nothing named, outside a clause on the talks' collapse: nothing says the talks were quit"
                .into(),
        );
    }
    None
}

/// "agree to form a (minority | unity | joint …) government | coalition | cabinet |
/// executive", "agree to govern | rule together | jointly", right after "agree to": the
/// coalition made, not a committee or a body to talk in ("agree to form a joint committee"),
/// nor one man's run ("agrees to run again").
fn governs_together(lw: &[&str], at: &At) -> bool {
    let Some(k) = (at.v + 1..lw.len().min(at.v + 3)).find(|&k| lw[k] == "to") else {
        return false;
    };
    let after = &lw[k + 1..lw.len().min(k + 7)];
    match after.first().copied() {
        Some("govern" | "rule" | "run") => after
            .iter()
            .skip(1)
            .take(3)
            .any(|w| matches!(*w, "together" | "jointly")),
        Some("form") => after.iter().skip(1).take(4).any(|w| {
            matches!(
                *w,
                "government" | "coalition" | "cabinet" | "executive" | "administration"
            )
        }),
        _ => false,
    }
}

/// A release of captives in the sentence: a verb of freeing and the people held
/// ("free last 19 hostages", "hostages freed", "begin freeing their captives").
fn captives_freed_with_it(lw: &[&str]) -> bool {
    let freed = lw.iter().any(|w| {
        matches!(
            *w,
            "free"
                | "frees"
                | "freed"
                | "freeing"
                | "release"
                | "releases"
                | "released"
                | "releasing"
        )
    });
    let captives = lw.iter().any(|w| {
        matches!(
            *w,
            "hostages" | "hostage" | "captives" | "passengers" | "hostages'" | "crew" | "guards"
        )
    });
    freed && captives
}

/// The door metaphor: "says the door to dialogue is always open", "keeps the door open to
/// talks". What is open is the door, a willingness, and no talks have begun; "door" a few
/// words before "open", in its clause, is the sign.
fn door_left_open(lw: &[&str], at: &At) -> bool {
    (at.v.saturating_sub(5)..at.v)
        .rev()
        .take_while(|&k| !matches!(lw[k], "," | ";" | ":" | "." | "?" | "!"))
        .any(|k| {
            matches!(lw[k], "door" | "doors")
                && lw.get(k.wrapping_sub(1)).is_none_or(|w| *w != "closed")
        })
}

/// A team's leaving that is no walk-out: the noun ("the mission with few exits"),
/// or a departure for the talks, told by its flight, airport or errand ("left Haneda on a
/// special flight to", "left on Sunday and will be ready to begin in the morning").
fn a_leaving_that_is_no_walk_out(lw: &[&str], at: &At) -> Option<&'static str> {
    let before = at.v.checked_sub(1).map(|k| lw[k]);
    // ("with few exits", "the exits": the noun)
    if matches!(
        before,
        Some("few" | "no" | "the" | "its" | "their" | "many" | "several" | "all" | "an")
    ) {
        return Some("a noun after a determiner (\"few exits\"), not the verb");
    }
    let end = (at.v + 1..lw.len())
        .find(|&k| matches!(lw[k], "," | ";" | ":" | "." | "?" | "!"))
        .unwrap_or(lw.len());
    let rest = &lw[at.v + 1..end];
    let errand = rest.windows(2).any(|w| {
        w[0] == "to" && matches!(w[1], "begin" | "start" | "join" | "attend" | "open")
            || w == ["en", "route"]
    });
    (errand
        || rest
            .iter()
            .any(|w| matches!(*w, "flight" | "airport" | "bound" | "plane" | "aircraft")))
    .then_some("a departure for the talks: a flight, an airport or an errand at the table")
}

/// "as the price", "as a condition", "as its precondition" after the verb, before the
/// next punctuation (past the verb's clause: "as the" opens one).
fn as_the_price(lw: &[&str], at: &At) -> bool {
    let end = (at.v + 1..lw.len())
        .find(|&k| matches!(lw[k], "," | ";" | ":" | "." | "?" | "!"))
        .unwrap_or(lw.len());
    let as_price = (at.v + 2..end).any(|k| {
        matches!(
            lw[k],
            "price" | "condition" | "precondition" | "conditions" | "preconditions"
        ) && (lw[k - 1] == "as"
            || (k >= 2
                && lw[k - 2] == "as"
                && matches!(lw[k - 1], "a" | "the" | "its" | "their" | "his" | "her")))
    });
    // (a list of wishes runs on past its commas: "wants Madaya, Zabadani in any deal")
    let sentence_end = (at.v + 1..lw.len())
        .find(|&k| matches!(lw[k], ";" | ":" | "." | "?" | "!"))
        .unwrap_or(lw.len());
    // (a side that "seeks" a role in any deal asks; one that "wants" it there sets a term)
    as_price
        || (lw[at.v].starts_with("want")
            && in_any_deal(&lw[(at.v + 2).min(sentence_end)..sentence_end]))
}

/// Pattern: what a side wants in any deal is its term ("Dhaka wants guaranteed minimum flow
/// in any Ganges deal", "wants lost towns back as part of any deal", "wants a seat cut
/// written into any deal"); what it wants "from" a deal is an explainer's question.
fn in_any_deal(span: &[&str]) -> bool {
    span.windows(2).enumerate().any(|(k, w)| {
        matches!(w[0], "in" | "into" | "of")
            && w[1] == "any"
            && span[k + 2..(k + 5).min(span.len())].iter().any(|x| {
                matches!(
                    *x,
                    "deal" | "agreement" | "accord" | "settlement" | "pact" | "swap" | "exchange"
                )
            })
    })
}

/// The checks of the rules of texts and names put forward (`by_pattern_or_kind`): the noun
/// "offer", a fine agreed to, a headline passive of a text handed over, a list that is no
/// cabinet's, a name put forward for no premiership.
fn texts_and_names_put_forward(cx: &Ctx, at: &At, r: &rules::Rule) -> Option<String> {
    if bare_offer_is_a_noun(cx, at, r) {
        return Some("the noun \"offer\", not the verb".into());
    }
    // ("American Airlines agrees to pay $4.1 million fine over tarmac delays": a penalty
    // settled with a regulator or a court, no concession to the other side)
    if r.name == "agree to a concession" && pays_a_fine(&cx.lw[at.v + 1..at.cl.end]) {
        return Some("a fine or a penalty paid, not a concession in the talks".into());
    }
    if matches!(
        r.name.as_str(),
        "hand over a paper" | "hand over a cabinet list"
    ) && received_in_a_headline(cx, at)
    {
        return Some("a headline passive: the subject was handed the text".into());
    }
    if matches!(
        r.name.as_str(),
        "nominate a prime minister" | "put forward a prime minister"
    ) && !names_a_premier(&cx.lw[at.v + 1..])
    {
        return Some("a name put forward for no premiership nor a mandate to govern".into());
    }
    if r.name == "hand over a cabinet list" && !names_a_cabinet(&cx.lw[at.v + 1..at.cl.end]) {
        return Some("a list that names no cabinet, ministers or nominees".into());
    }
    None
}

/// The wording checks of particular rules and kinds (the second half of
/// `wording_says_otherwise`): invitations, terms, demands given up or rejected, adjourned and
/// failed talks, target dates.
fn by_pattern_or_kind(cx: &Ctx, at: &At, r: &rules::Rule, kind: &str) -> Option<String> {
    if let Some(reason) = read_otherwise(cx, at, r, kind) {
        return Some(reason);
    }
    if let Some(reason) = told_as_no_event(cx, at, r, kind) {
        return Some(reason);
    }
    if let Some(reason) = not_the_talks_or_no_trip(cx, at, kind) {
        return Some(reason);
    }
    if let Some(reason) = texts_and_names_put_forward(cx, at, r) {
        return Some(reason);
    }
    if matches!(r.name.as_str(), "talks open" | "talks resume")
        && modality::scheduled_start(cx.lw, at.v, at.cl)
    {
        return Some("a start told for a later date: a schedule, not today's round".into());
    }
    if let Some(reason) = named_rule_check(cx, at, r) {
        return Some(reason);
    }
    if kind == "delegation_withdrawal" && left_without_deal(cx.lw, at) {
        return Some("left a meeting that ended without a deal: nobody walked out".into());
    }
    if r.name == "says it offered" && !own_account_offer(cx.lw, at.v) {
        return Some("an offer told in the past, not by the side that made it".into());
    }
    // "hands Ukraine a memorandum setting out its terms": the participle describes the
    // text handed over, which is the act (a proposal), not a second one
    if r.name == "set out + terms"
        && cx.lw[at.v].ends_with("ing")
        && at.v > 0
        && !GERUND_GOVERNORS.contains(&cx.lw[at.v - 1])
    {
        return Some("a participle describing a text: the text handed over is the act".into());
    }
    if kind == "new_demands" && demands_a_grievance(cx, at) {
        return Some(
            "an apology, a resignation or an inquiry demanded: a grievance, not a term".into(),
        );
    }
    // "drops (its) demand for guarantees": a demand given up, not one made (not the
    // "Moderates" or the "Lower House" demanding: a name drops nothing)
    if kind == "new_demands" && given_up(&cx.unnamed[at.cl.start..at.v]) {
        return Some("a demand given up, not made".into());
    }
    // "Ndayizeye rejects FDD power-sharing demands": the demands rejected are the other
    // side's, and the rejection is the act
    if kind == "new_demands"
        && rejected_before(&cx.lw[at.cl.start..at.v])
        && !and_coordinated_verb(cx.lw, at.v, at.cl)
    {
        return Some("demands rejected, not made".into());
    }
    if let Some(why) = paused_not_stopped(cx, at, r) {
        return Some(why);
    }
    if r.name == "withdraw from talks" && left_to_others(cx, at) {
        return Some("the talks left to somebody else: handed over, nobody walked out".into());
    }
    if r.name == "recommend terms" && recommends_a_ballot(cx.lw, at.v) {
        return Some(
            "recommends a vote's answer, a strike or a demand: no terms of its own".into(),
        );
    }
    if r.name == "recommend terms" && !recommends_terms(cx.lw, at.v) {
        return Some("recommends something other than terms (a person, a report's finding)".into());
    }
    if r.name == "team arrives" && joins_a_stance(cx.lw, at.v) {
        return Some("joins a pledge, a statement or calls: a stance, not a trip".into());
    }
    if r.kind == "delegation_dispatched" && matcher::bound_for_the_games(cx.lw, at.v) {
        return Some("a team bound for a sporting event plays; it does not negotiate".into());
    }
    // "South Korean envoys return from Pyongyang, summit dates set": back from a visit is
    // the trip's end; only coming back with nothing ("returned from Doha without an
    // agreement") leaves the talks
    if r.name == "team returns from" && !came_back_empty(cx.lw) {
        return Some("a team back from a visit: the trip ended, nobody walked out".into());
    }
    // "US backs Gulf initiative, urges Yemen's parties to respond quickly": who backs a
    // plan and presses others to take it up sponsors it; it accepts nothing of its own
    if r.name == "back + proposal" && urges_others(&cx.lw[at.v..]) {
        return Some(
            "backs the plan and urges others to take it: a sponsor, not a party accepting".into(),
        );
    }
    // "rejecting Kuchma's version of who walked away", "the row over whether Hamas
    // accepted": an embedded question names an act in dispute, it reports none
    // (the question opens a clause of its own: the words before it are the previous one's)
    if at.v >= 2
        && matches!(cx.lw[at.v - 1], "who" | "whether")
        && matches!(
            cx.lw[at.v - 2],
            "of" | "over" | "about" | "on" | "as" | "to"
        )
    {
        return Some("an embedded question (\"version of who walked away\") reports no act".into());
    }
    // "UAE says committed to accord", "remains fully committed to the deal": a standing
    // commitment restated, not one made
    if cx.lw[at.v] == "committed"
        && at.v > 0
        && matches!(
            cx.lw[at.v - 1],
            "says"
                | "say"
                | "said"
                | "is"
                | "are"
                | "remains"
                | "remain"
                | "stays"
                | "fully"
                | "still"
                | "firmly"
                | "was"
                | "were"
        )
    {
        return Some("a commitment restated (\"remains committed\"), not one made".into());
    }
    if r.name == "yield to the other side" && !yields_to_a_party(cx, at) {
        return Some("gives way to no party of the talks or its demand".into());
    }
    if let Some(reason) = deal_or_demands_met_otherwise(cx, at, r) {
        return Some(reason);
    }
    if r.name == "end + talks" {
        if let Some(reason) = talks_ended_otherwise(cx, at) {
            return Some(reason.into());
        }
    }
    // "talks failed to produce a binding agreement": what the talks did not achieve,
    // not their collapse
    if r.kind == "talks_suspended"
        && cx.lw[at.v].starts_with("fail")
        && cx.lw.get(at.v + 1) == Some(&"to")
    {
        return Some("a failure to achieve something, not the talks' collapse".into());
    }
    if kind == "new_demands"
        && target_date(&cx.lw[at.v..at.cl.end])
        && !deadline_set_to_a_party(cx, at)
    {
        return Some("a target date for the deal or the talks is a schedule, not a demand".into());
    }
    None
}

/// Is "from" between the verb and the offer ("pulls trade ministry from DA offer")?
fn offer_item_pulled(lw: &[&str], at: &At) -> bool {
    let end = (at.v + 8).min(at.cl.end);
    let Some(offer) = (at.v + 1..end).find(|&i| matches!(lw[i], "offer" | "offers")) else {
        return false;
    };
    lw[at.v + 1..offer].contains(&"from")
}

/// The wording checks of the rules for a deal reached at the table and for the other
/// side's demands met: a promise about a truce, a part of the demands or a text's content
/// met, a round that ended agreeing only on how to go on.
fn deal_or_demands_met_otherwise(cx: &Ctx, at: &At, r: &rules::Rule) -> Option<String> {
    // ("both sides pledge not to be first to break the truce": a promise about it)
    if r.name == "the sides commit to peace"
        && matches!(cx.lw.get(at.v + 1), Some(&"not" | &"never"))
    {
        return Some("a promise not to break it, no deal".into());
    }
    // ("meeting one of UNITA's main demands", "has met most of ASUU's demands": a part met)
    if r.name == "meet the other side's demands"
        && cx.lw[at.v + 1..(at.v + 4).min(at.cl.end)].contains(&"of")
    {
        return Some("only part of the demands met".into());
    }
    // ("failed to present an agreement that met its demands": a text described; "New
    // Israeli proposal meets key Hamas conditions": a text's content, no party accepting)
    if r.name == "meet the other side's demands" && at.v > 0 {
        let draft = rules::word_set("draft");
        let text_subject = cx.lw[at.v.saturating_sub(3).max(at.cl.start)..at.v]
            .iter()
            .any(|w| draft.iter().any(|d| d == w || format!("{d}s") == *w));
        if matches!(cx.lw[at.v - 1], "that" | "which") || text_subject {
            return Some("a text that meets the terms; no party accepts them".into());
        }
    }
    if matches!(
        r.name.as_str(),
        "talks end in success" | "talks end successfully"
    ) {
        if let Some(reason) = success_only_in_procedure(cx.lw, at) {
            return Some(reason.into());
        }
    }
    None
}

/// "to pay (a) $4.1 million fine", "to pay penalties": the concession agreed to is a fine.
fn pays_a_fine(after: &[&str]) -> bool {
    after.get(1) == Some(&"pay")
        && after
            .iter()
            .skip(2)
            .take(6)
            .any(|w| matches!(*w, "fine" | "fines" | "penalty" | "penalties"))
}

/// "Independents handed 122-page Fine Gael 'foundation document'": a headline's past
/// participle right after the subject, with no recipient after it ("handed Egypt a
/// paper"), no "over" and no "to", is the passive: the subject received the text.
fn received_in_a_headline(cx: &Ctx, at: &At) -> bool {
    let after = &cx.lw[at.v + 1..at.cl.end];
    cx.is_title
        && matches!(
            cx.lw[at.v],
            "handed" | "presented" | "delivered" | "sent" | "given" | "submitted"
        )
        && cx.mentions.iter().any(|m| m.end == at.v && !m.place)
        && !cx.mentions.iter().any(|m| m.start == at.v + 1)
        && !after.iter().any(|w| matches!(*w, "over" | "to" | "by"))
}

/// Is the name put forward for the premiership ("… as prime minister", "… for premier",
/// "… as PM candidate", "… to form government")? Within the next ten words, up to a comma
/// ("names 'unity' government, keeps Roindefo as PM" keeps another).
fn names_a_premier(after: &[&str]) -> bool {
    let end = after
        .iter()
        .take(10)
        .position(|w| matches!(*w, "," | ";" | ":"))
        .unwrap_or(after.len().min(10));
    let after = &after[..end];
    let premier = after.iter().enumerate().any(|(k, w)| {
        matches!(
            *w,
            "prime" | "premier" | "pm" | "chancellor" | "premiership"
        ) && k > 0
            && matches!(
                after[k - 1],
                "as" | "for" | "new" | "next" | "its" | "their" | "his" | "her"
            )
    });
    let mandate = after.windows(2).any(|w| w == ["to", "form"]);
    premier || mandate
}

/// Does the list handed over name a cabinet ("unity cabinet line-up", "list of 13
/// ministerial candidates", "its nominees for government posts") before any word of
/// demands ("list of demands", "list of conditions")?
fn names_a_cabinet(after: &[&str]) -> bool {
    for w in after.iter().take(10) {
        match *w {
            "demands" | "conditions" | "violations" | "questions" | "objections" | "grievances"
            | "requests" | "points" | "issues" => return false,
            "cabinet" | "ministers" | "ministerial" | "minister" | "candidates" | "nominees"
            | "nominations" | "government" => return true,
            _ => {}
        }
    }
    false
}

/// Does what follows a paper handed over say it lists its side's wants ("calling for",
/// "listing", "setting out its conditions", "preconditions")?
fn paper_of_demands(after: &[&str]) -> bool {
    after.iter().any(|w| {
        matches!(
            *w,
            "calling"
                | "calls"
                | "demanding"
                | "demands"
                | "listing"
                | "lists"
                | "conditions"
                | "preconditions"
                | "priorities"
        )
    })
}

/// Is the bare "offer" the noun? The bare form of "a side offers" is the verb only after a
/// plural subject ("Greens offer concessions", "U.S., Britain offer to try suspects"); one
/// name before it mostly says whose offer ("Cosla offer").
fn bare_offer_is_a_noun(cx: &Ctx, at: &At, r: &rules::Rule) -> bool {
    if !(cx.lw[at.v] == "offer"
        && matches!(r.name.as_str(), "a side offers" | "offers to do something"))
    {
        return false;
    }
    let prev = if at.v > at.cl.start {
        cx.lw[at.v - 1]
    } else {
        ""
    };
    let next = cx.lw.get(at.v + 1).copied().unwrap_or("");
    // ("Colombia said to offer captors safe passage": the infinitive of a hedged report)
    if prev == "to" && at.v >= 2 && HEDGED_REPORT.contains(&cx.lw[at.v - 2]) {
        return false;
    }
    let names_joined = cx.mentions.iter().any(|m| m.end == at.v)
        && cx.mentions.iter().any(|m| {
            m.end < at.v
                && m.start >= at.cl.start
                && matches!(cx.lw.get(m.end).copied(), Some("," | "and"))
        });
    // ("Tsipras rejects Samaras offer", "union weighs Boeing offer": a verb of response
    // before the name makes the name the offer's owner and "offer" its noun)
    let answered = cx.lw[at.cl.start..at.v].iter().any(|w| {
        matches!(
            *w,
            "rejects"
                | "rejected"
                | "accepts"
                | "accepted"
                | "spurns"
                | "rebuffs"
                | "dismisses"
                | "snubs"
                | "welcomes"
                | "weighs"
                | "considers"
                | "studies"
                | "mulls"
                | "eyes"
                | "slams"
                | "backs"
                | "reject"
                | "accept"
                | "weigh"
                | "consider"
        )
    });
    !(names_joined || matcher::plural_subject_before(prev, next)) || answered
}

/// "Washington has left mediation to the OAS", "leaves the talks to his deputies": to
/// leave the talks *to* somebody hands them over; it walks out of nothing. (Not "left the
/// talks to protest": a verb after "to" is the purpose of a walk-out.)
fn left_to_others(cx: &Ctx, at: &At) -> bool {
    if !matches!(cx.lw[at.v], "leave" | "leaves" | "left" | "leaving") {
        return false;
    }
    let end = (at.v + 6).min(cx.lw.len().saturating_sub(1));
    (at.v + 1..end).any(|i| {
        cx.lw[i] == "to"
            && (matches!(
                cx.lw[i + 1],
                "the" | "a" | "its" | "his" | "her" | "their" | "others" | "mediators"
            ) || cx.mentions.iter().any(|m| m.start == i + 1))
    })
}

/// A session adjourned, broken off for the day or a round ended with the talks going on:
/// a pause, not a halt.
fn paused_not_stopped(cx: &Ctx, at: &At, r: &rules::Rule) -> Option<String> {
    if let Some(why) = deferred_session(cx, at, r) {
        return Some(why);
    }
    // "talks adjourn for the day", "adjourned until tomorrow": a day's session, not a halt
    // ("the round broke off for the weekend": the same pause; talks that "broke down
    // over the weekend" did break down)
    if r.name == "talks break down" && cx.lw[at.v..].windows(3).any(paused) {
        return Some("a day's session broke off: a pause, not a halt".into());
    }
    // "talks adjourn for the night", "adjourned overnight": the same day's session,
    // whichever rule read the adjourning ("suspend + talks" reads it too), unless no date
    // is set to resume ("adjourned for the night — no date to resume")
    let adjourning = r.name == "talks adjourn"
        || r.kind == "talks_suspended" && cx.lw[at.v].starts_with("adjourn");
    let after = &cx.lw[at.v..];
    if adjourning
        && (after.windows(2).any(|w| {
            matches!(
                w,
                ["the", "day"] | ["until" | "till", "tomorrow"] | ["for", "lunch"]
            )
        }) || (after.windows(3).any(paused) || after.contains(&"overnight"))
            && !no_date_set(cx.lw)
            || talks_go_on(cx.lw))
    {
        return Some("a day's session adjourned, or a round with the next one set".into());
    }
    if r.name == "talks end without a deal"
        && !ends_empty(&cx.lw[at.v..at.cl.end])
        && !no_date_to_resume(&cx.lw[at.v..])
    {
        return Some("ended without something less than a deal: the talks go on".into());
    }
    // "Fourth Kaesong round fails; fifth set for July 22": a round that failed with the
    // next one set is a round closed, not the talks broken (the talks failing still are)
    if r.name == "talks collapse"
        && at.v > at.cl.start
        && matches!(cx.lw[at.v - 1], "round" | "session" | "meeting")
        && talks_go_on(cx.lw)
    {
        return Some("a round failed with the next one set: the talks go on".into());
    }
    // "ended without a ceasefire, though contacts would go on", "… and will resume next
    // month": a round that closed, not talks that failed
    if matches!(r.name.as_str(), "talks end without a deal" | "end + talks") && talks_go_on(cx.lw) {
        return Some("a round ended and the talks go on: not a collapse".into());
    }
    None
}

/// Words that make the act another than it looks: a word of support read as a return,
/// a ceremony left, a principle stated, a kind of deal, a call for a resignation, a
/// Security Council resolution (round 51's classes; each says why in its reason).
fn read_otherwise(cx: &Ctx, at: &At, r: &rules::Rule, kind: &str) -> Option<String> {
    // "Essentia says it has met the union 14 times", "the sides have met several times
    // since June": meetings counted are the talks' history, not a meeting
    if kind == "delegation_dispatched" && meetings_counted(&cx.lw[at.v + 1..at.cl.end]) {
        return Some("meetings counted are the talks' history, not a meeting".into());
    }
    // "India backs dialogue to end Ukraine war at BRICS summit": "backs" supports; only
    // the adverb ("Hamas back at the table") is a return
    // ("members back deal at late-night meeting": "back" with an object before "at" is
    // the verb too)
    if r.name == "back at the table" && (cx.lw[at.v] != "back" || backs_an_object(cx.lw, at.v)) {
        return Some("\"backs\" supports something; only \"back at\" returns".into());
    }
    // "leaders agreed on the need for dialogue", "agree on the importance of the truce":
    // agreeing that something is needed is a statement of shared views, not a deal
    if kind == "agreement"
        && cx.lw[at.v].starts_with("agree")
        && agrees_on_a_need(&cx.lw[at.v + 1..])
    {
        return Some("agreeing on the need for something is a shared view, not a deal".into());
    }
    // "White House rejects 'prisoner swap' label for Meng deal", "rejects characterization
    // of its proposal": what is rejected is a description of the text, not the text
    if matches!(kind, "proposal_rejected" | "proposal_accepted") && describes_the_text(cx.lw, at.v)
    {
        return Some("a label, a claim or a description rejected, not a proposal".into());
    }
    // "India pulls minister from Asian Games opening": a ceremony or a sports event left,
    // not the talks
    if kind == "delegation_withdrawal" && leaves_a_ceremony(&cx.lw[at.v..at.cl.end]) {
        return Some("withdrawn from a ceremony or a sports event, not from talks".into());
    }
    // "accepting the initiative means accepting all of it": a gerund as the subject of
    // what follows states a principle, nobody acts
    if gerund_subject(cx.lw, at) {
        return Some("a gerund as a subject (\"accepting X means …\") states a principle".into());
    }
    // "rejects deal that hurts Mexico", "would accept any plan that guarantees …": a kind
    // of deal, described by what it does, is a position, not a text on the table
    // ("we will not sign an agreement that ignores Darfur's rights" refuses the text on
    // the table, described)
    if matches!(kind, "proposal_rejected" | "proposal_accepted")
        && !cx.lw[at.v].starts_with("sign")
        && a_kind_of_deal(cx.lw, at)
    {
        return Some("a kind of deal (\"a deal that …\"), not a text on the table".into());
    }
    // "carried a letter to Assad, seeking guarantees on the pullout": a participle tells
    // a trip's purpose (a go-between's errand), not a side's terms
    if r.name == "seek guarantees or payment" && cx.lw[at.v].ends_with("ing") {
        return Some("seeking, as a trip's purpose: an errand, not terms".into());
    }
    // "Netanyahu rejects calls for his resignation": a leader's own post is domestic
    // politics, not the other side's terms; so is an apology or an inquiry called for
    // ("Ankara rejects calls for apology"), a grievance as `demands_a_grievance` reads it
    if r.name == "reject calls for"
        && cx.lw[at.v..(at.v + 7).min(cx.lw.len())].iter().any(|w| {
            w.starts_with("resign")
                || w.starts_with("apolog")
                || matches!(*w, "inquiry" | "investigation" | "probe")
        })
    {
        return Some(
            "calls for a resignation, an apology or an inquiry: a grievance, not terms".into(),
        );
    }
    // "Security Council demands halt to Horn fighting": a resolution presses the sides;
    // it states no side's terms. "U.N. Security Council backs Lockerbie trial plan, offers
    // to suspend sanctions": a forum of states endorsing or rewarding is no side accepting
    // or proposing, even when the analyst lists it under the UN
    // (a verb coordinated after its first has the same subject)
    let subject_from = if at.cl.coordinated { 0 } else { at.cl.start };
    if matches!(kind, "new_demands" | "proposal_accepted" | "proposal")
        && cx.lw[subject_from..at.v]
            .windows(2)
            .any(|w| w == ["security", "council"])
    {
        return Some("the Security Council presses or endorses; it is no side".into());
    }
    None
}

/// "rejects deal that hurts Mexico": the object right after the verb, then "that"/"which"
/// and a present-tense or conditional verb describing it.
fn a_kind_of_deal(lw: &[&str], at: &At) -> bool {
    let end = (at.v + 5).min(lw.len());
    (at.v + 1..end).any(|i| {
        matches!(lw[i], "that" | "which")
            && lw.get(i + 1).is_some_and(|w| {
                (w.ends_with('s') && !w.ends_with("ss") && w.len() > 3 && *w != "was")
                    || matches!(*w, "would" | "could" | "does" | "do" | "might")
            })
            && lw[at.v + 1..i].iter().any(|w| {
                matches!(
                    *w,
                    "deal"
                        | "agreement"
                        | "accord"
                        | "plan"
                        | "proposal"
                        | "settlement"
                        | "solution"
                )
            })
    })
}

/// "pulls minister from Asian Games opening", "withdrew its team from the Olympics": a
/// "from" naming a ceremony or a sports event.
fn leaves_a_ceremony(after_verb: &[&str]) -> bool {
    const EVENTS: &[&str] = &[
        "games",
        "olympics",
        "olympic",
        "ceremony",
        "inauguration",
        "festival",
        "tournament",
        "championship",
        "championships",
        "parade",
        "expo",
        "exhibition",
        "concert",
        "funeral",
        "celebrations",
        "cup",
    ];
    after_verb
        .iter()
        .position(|w| *w == "from")
        .is_some_and(|f| {
            after_verb[f + 1..]
                .iter()
                .take(5)
                .any(|w| EVENTS.contains(w))
        })
}

/// "said accepting the initiative means accepting all of it", "rejecting the plan would
/// be a mistake": a gerund opening its clause (or right after "said"/"that") is the
/// subject of a verb that follows.
fn gerund_subject(lw: &[&str], at: &At) -> bool {
    let v = at.v;
    let opens = v == at.cl.start || matches!(lw[v - 1], "said" | "says" | "that" | "," | "and");
    opens
        && lw[v].ends_with("ing")
        && lw[v + 1..(v + 7).min(at.cl.end)].iter().any(|w| {
            matches!(
                *w,
                "means" | "meant" | "mean" | "requires" | "required" | "implies" | "would"
            )
        })
}

/// Talks a party "ends" that have not failed: both sides ending them together closed a
/// round ("Venezuela, Guyana end Brazil talks without deal, pledge more dialogue"; one side
/// ending them breaks them off); a signed text "ending" the negotiations concluded them; and
/// ending a boycott, a pause or a deadlock in the talks resumes them.
/// "talks ended for the day with an agreement to meet again", "talks end with agreement
/// on agenda": a day's session closing, or a deal on how to go on talking, is no deal
/// between the sides.
fn success_only_in_procedure(lw: &[&str], at: &At) -> Option<&'static str> {
    let after = &lw[at.v + 1..];
    if after.windows(3).any(|w| w == ["for", "the", "day"]) {
        return Some("a day's session closed, not the talks");
    }
    let head = after.iter().position(|w| {
        matches!(
            *w,
            "agreement" | "deal" | "accord" | "understanding" | "success" | "successfully"
        )
    })?;
    let procedure = match after.get(head + 1..) {
        Some(["to", next, ..]) => matches!(
            *next,
            "meet" | "continue" | "resume" | "hold" | "talk" | "keep" | "reconvene" | "return"
        ),
        // ("ended with agreement that Kim Il-sung and Kim Young-sam will meet")
        Some(["that", rest @ ..]) => rest.iter().take(14).any(|w| {
            matches!(
                *w,
                "meet" | "summit" | "talks" | "resume" | "reconvene" | "negotiations"
            )
        }),
        Some(["on", rest @ ..]) => rest.iter().take(3).any(|w| {
            matches!(
                *w,
                "agenda" | "timetable" | "schedule" | "dates" | "date" | "venue" | "format"
            )
        }),
        _ => false,
    };
    procedure.then_some("agreed only on how to go on talking")
}

fn talks_ended_otherwise(cx: &Ctx, at: &At) -> Option<&'static str> {
    let mut subject: Vec<usize> = cx
        .mentions
        .iter()
        .filter(|m| at.cl.start <= m.start && m.end <= at.v && !m.in_compound)
        .map(|m| m.actor)
        .collect();
    subject.sort_unstable();
    subject.dedup();
    // ("Britain and China end talks in deadlock" did break down)
    let failed = cx.lw[at.v..at.cl.end].iter().any(|w| {
        matches!(
            *w,
            "deadlock" | "stalemate" | "impasse" | "failure" | "acrimony"
        )
    });
    // ("Argentina, Britain end New York talks": two names coordinated, one of them
    // another negotiation's party)
    let capital = |i: usize| cx.toks[i].text.starts_with(|c: char| c.is_uppercase());
    let coordinated = (at.cl.start + 1..at.v.saturating_sub(1))
        .any(|i| matches!(cx.lw[i], "and" | ",") && capital(i - 1) && capital(i + 1));
    if (subject.len() >= 2 || (coordinated && !subject.is_empty())) && !failed {
        return Some("both sides ended the talks together: a round closed, not a breakdown");
    }
    if cx.lw[..at.v].iter().any(|w| SIGNING_DONE.contains(w)) {
        return Some("a text signed or reached ends the negotiations: concluded, not halted");
    }
    let talks = rules::word_set("talks");
    let object_phrase = cx.lw[at.v + 1..(at.v + 7).min(at.cl.end)]
        .iter()
        .take_while(|w| !talks.iter().any(|t| t == *w));
    for w in object_phrase {
        if HALTS.contains(w) {
            return Some("ending a boycott, pause or deadlock in the talks resumes them");
        }
    }
    None
}

/// "yields to Hussein", "bowed to London's request", "caves to rebel demands": a party
/// named or a demand right after "to".
fn yields_to_a_party(cx: &Ctx, at: &At) -> bool {
    let from = at.v + 2;
    let end = (from + 4).min(at.cl.end);
    let party = cx
        .mentions
        .iter()
        .any(|m| m.start >= from && m.start < end && !m.in_compound);
    let demand = cx.lw[from.min(end)..end].iter().any(|w| {
        rules::word_set("demands").iter().any(|d| d == w)
            || matches!(
                *w,
                "request" | "requests" | "dictates" | "terms" | "ultimatum"
            )
    });
    party || demand
}

/// After the verb, the sentence urges or presses somebody ("…, urges SDF to answer",
/// "and urged dialogue with the opposition").
fn urges_others(after_verb: &[&str]) -> bool {
    after_verb.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "urges" | "urged" | "urging" | "presses" | "pressed" | "pressing"
        ) || (matches!(*w, "calls" | "called" | "calling") && after_verb.get(i + 1) == Some(&"on"))
    })
}

/// The sentence says a team came back with nothing, or was called back.
/// A recommendation names terms within its first five words (`RECOMMENDED_TERMS`).
fn recommends_terms(lw: &[&str], v: usize) -> bool {
    lw.iter()
        .skip(v + 1)
        .take(5)
        .any(|w| RECOMMENDED_TERMS.contains(w))
}

/// A recommendation on a vote, a strike or a demand (`RECOMMENDED_BALLOT`).
fn recommends_a_ballot(lw: &[&str], v: usize) -> bool {
    lw.iter()
        .skip(v + 1)
        .take(3)
        .any(|w| RECOMMENDED_BALLOT.contains(w))
}

/// "refused to join a 'Panama pledge'", "joins calls for Taylor's exit", "joins the OAS
/// consensus": what is joined is a text or a stance, not the talks; the envoy went nowhere.
/// (Not "joins the call with US officials": a call is a meeting.)
fn joins_a_stance(lw: &[&str], v: usize) -> bool {
    if !lw[v].starts_with("join") {
        return false;
    }
    lw.iter()
        .skip(v + 1)
        .take(4)
        .take_while(|w| !matches!(**w, "," | ";" | "in" | "at" | "to" | "for"))
        .any(|w| {
            matches!(
                *w,
                "pledge"
                    | "pledges"
                    | "statement"
                    | "statements"
                    | "declaration"
                    | "appeal"
                    | "appeals"
                    | "calls"
                    | "consensus"
                    | "chorus"
                    | "protest"
                    | "protests"
                    | "boycott"
                    | "criticism"
                    | "commitment"
                    | "initiative"
                    | "condemnation"
            )
        })
}

fn came_back_empty(lw: &[&str]) -> bool {
    lw.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "without"
                | "empty-handed"
                | "emptyhanded"
                | "failed"
                | "collapsed"
                | "deadlocked"
                | "stalled"
                | "consultations"
                | "protest"
                | "recalled"
        ) || (*w == "no"
            && lw.get(i + 1).is_some_and(|n| {
                rules::word_set("deal").iter().any(|d| d == n)
                    || matches!(*n, "breakthrough" | "progress" | "result" | "results")
            }))
    })
}

/// Verbs saying a text was agreed, whose sentence's "ending the negotiations" is success.
const SIGNING_DONE: &[&str] = &[
    "signed",
    "sign",
    "signs",
    "initialled",
    "initialed",
    "initials",
    "sealed",
    "reached",
    "concluded",
    "clinched",
    "inked",
];

/// What stops talks; ending it restarts them.
const HALTS: &[&str] = &[
    "absence",
    "boycott",
    "boycotts",
    "isolation",
    "stalemate",
    "deadlock",
    "impasse",
    "standoff",
    "stand-off",
    "suspension",
    "pause",
    "hiatus",
    "freeze",
    "stay-away",
];

/// "suspends its participation in the talks", "postpones participation in the meeting":
/// the object is a party's own part in a meeting (not its part in a deal, which suspends
/// the deal).
fn stops_taking_part(lw: &[&str], at: &At) -> bool {
    let talks = rules::word_set("talks");
    let end = (at.v + 5).min(lw.len());
    // ("the ruling party stops attending dialogue sessions": a side no longer coming)
    let attending = lw
        .get(at.v + 1)
        .is_some_and(|w| matches!(*w, "attending" | "participating"));
    attending
        || (at.v + 1..end).any(|p| {
            matches!(lw[p], "participation" | "involvement" | "attendance")
                && lw.get(p + 1).is_some_and(|w| matches!(*w, "in" | "at"))
                && (p + 2..(p + 7).min(at.cl.end)).any(|i| talks.iter().any(|t| t == lw[i]))
        })
}

/// Verbs of carrying a text from one side to the other.
const CARRYING: &[&str] = &[
    "deliver",
    "delivers",
    "delivered",
    "delivering",
    "carry",
    "carries",
    "carried",
    "carrying",
    "bring",
    "brings",
    "brought",
    "bringing",
    "take",
    "takes",
    "took",
    "taking",
    "relay",
    "relays",
    "relayed",
    "convey",
    "conveys",
    "conveyed",
    "forward",
    "forwards",
    "forwarded",
    "transmit",
    "transmits",
    "transmitted",
    "pass",
    "passes",
    "passed",
    "hand",
    "hands",
    "handed",
];

impl Detector<'_> {
    /// Pattern: a go-between carrying one side's text. "German mediator delivers Israel's
    /// offer", "Sofaer carries Israeli Taba offer to Cairo": the proposal is the side
    /// whose possessive or demonym owns the draft, not the one who carries it ("Dayan
    /// brings Israeli plan to Washington" is Israel's either way).
    fn carried_for_its_owner(
        &self,
        cx: &Ctx,
        at: &At,
        kind: &str,
        actors: &[usize],
    ) -> Option<Vec<usize>> {
        if kind != "proposal" || !CARRYING.contains(&cx.lw[at.v]) {
            return None;
        }
        let draft = rules::word_set("draft");
        let end = (at.v + 6).min(at.cl.end);
        let head = (at.v + 1..end).find(|&i| draft.iter().any(|d| d == cx.lw[i]))?;
        let mut owners: Vec<usize> = cx
            .mentions
            .iter()
            .filter(|m| m.start > at.v && m.end <= head && !m.place)
            .filter(|m| {
                cx.lw.get(m.end) == Some(&"'s")
                    || cx.lw[m.end - 1] == "'s"
                    || (m.end == m.start + 1
                        && matcher::demonym_of(cx.lw[m.start], m.actor, &self.watchlist.actors))
            })
            .map(|m| m.actor)
            .collect();
        owners.dedup();
        (!owners.is_empty() && !owners.iter().any(|o| actors.contains(o))).then_some(owners)
    }
}

/// The deal after the verb is named as others' ("the Kinshasa-Kigali accord", "Israel and
/// Hamas's deal"): watchlist parties are named before its head and the actor is not one.
fn deal_of_others(cx: &Ctx, at: &At, actors: &[usize]) -> bool {
    let deal = rules::word_set("deal");
    let end = (at.v + 6).min(at.cl.end);
    let Some(head) = (at.v + 1..end).find(|&i| deal.iter().any(|d| d == cx.lw[i])) else {
        return false;
    };
    let owners: Vec<usize> = cx
        .mentions
        .iter()
        // (a venue is no owner: "the Cairo accord"; capitals joined in a compound are:
        // "the Kinshasa-Kigali accord")
        .filter(|m| m.start > at.v && m.end <= head && (!m.place || m.compound_of_actors))
        .map(|m| m.actor)
        .collect();
    !owners.is_empty() && !owners.iter().any(|o| actors.contains(o))
}

/// "visits Mogadishu", "visit to Addis Ababa": right after the verb (or "to"), a capital of
/// a watchlist party that is not the one visiting.
fn visits_other_capital(cx: &Ctx, at: &At, actors: &[usize]) -> bool {
    let at_dest = |i: usize| {
        cx.mentions
            .iter()
            .any(|m| m.place && m.start == i && !actors.contains(&m.actor))
    };
    // the noun takes "to" after a verb of its own ("makes surprise visit to", "on visit to";
    // not "high-level US visits to Baku would be inappropriate"; after an article the
    // matcher reads no verb at all)
    let noun_made = cx.lw[at.v.saturating_sub(3)..at.v].iter().any(|w| {
        matches!(
            *w,
            "make" | "makes" | "made" | "making" | "pay" | "pays" | "paid" | "on"
        )
    });
    at_dest(at.v + 1) || (noun_made && cx.lw.get(at.v + 1) == Some(&"to") && at_dest(at.v + 2))
}

/// "Opening the contact group meeting in Dakar, Senegal's president …", "Qatar opened the
/// talks in Doha": one side holding a meeting in its own capital, with nobody across the
/// table named, chairs it; the parties' trips there are the dispatches. (A capital the
/// analyst listed as an alias is no place mention, so "in" marks it.)
fn hosts_at_home(cx: &Ctx, at: &At, actors: &[usize]) -> bool {
    let [host] = actors else {
        return false;
    };
    let after = |m: &crate::watchlist::Mention| m.start > at.v && m.start < at.cl.end;
    let at_home = cx
        .mentions
        .iter()
        .any(|m| after(m) && m.actor == *host && cx.lw[m.start - 1] == "in");
    // ("the contact group meeting": a body naming the meeting is no side across the table)
    let names_meeting = |m: &crate::watchlist::Mention| {
        cx.lw
            .get(m.end)
            .is_some_and(|w| rules::word_set("held").iter().any(|h| h == w))
    };
    let across = cx
        .mentions
        .iter()
        .any(|m| after(m) && m.actor != *host && !names_meeting(m));
    at_home && !across && !cx.lw[at.v..at.cl.end].contains(&"with")
}

/// "Denkov cabinet holds first meeting", "the party's board held a session on Monday": a
/// body of one side meeting on its own (with nobody named after "with") sits, it does not
/// negotiate.
/// A side's own meetings, held or put off: no talks.
fn own_meetings(cx: &Ctx, at: &At, r: &rules::Rule, actors: &[usize]) -> Option<String> {
    if r.name == "hold/open talks" && own_body_meets(cx.lw, at) {
        return Some("a cabinet or a board holding its own meeting is no dispatch".into());
    }
    if r.name == "suspend + talks" && actors.len() == 1 && own_meeting(cx.lw, at) {
        return Some("one side putting off its own meeting suspends no talks".into());
    }
    None
}

/// Pattern: one side putting off its own meeting ("EU foreign ministers postponed their
/// meeting by a day"): "its" or "their" owns the meeting, and nobody else is named at it
/// ("postponed its meeting with Hamas" is the talks).
/// (Not a joint body's: "the commission drafting the constitution halted its sessions"
/// suspends the talks it holds.)
fn own_meeting(lw: &[&str], at: &At) -> bool {
    let subject = &lw[at.cl.start..at.v];
    let joint_body = subject.iter().any(|w| {
        matches!(
            *w,
            "commission" | "committee" | "panel" | "conference" | "forum" | "talks" | "working"
        )
    });
    let after = &lw[at.v + 1..at.cl.end];
    let owned = matches!(after.first(), Some(&"its" | &"their"));
    owned
        && !joint_body
        && after[1..]
            .iter()
            .take(2)
            .any(|w| matches!(*w, "meeting" | "meetings" | "session" | "sessions"))
        && !after
            .iter()
            .any(|w| matches!(*w, "with" | "between" | "talks" | "negotiations"))
}

fn own_body_meets(lw: &[&str], at: &At) -> bool {
    const BODIES: &[&str] = &[
        "cabinet",
        "board",
        "caucus",
        "presidium",
        "executive",
        "parliament",
        "legislature",
        "congress",
        "politburo",
        "council",
        "secretariat",
        "commission",
        "committee",
    ];
    let subject = &lw[at.cl.start..at.v];
    let after = &lw[at.v + 1..at.cl.end];
    subject.iter().any(|w| BODIES.contains(w))
        && after
            .iter()
            .take(4)
            .any(|w| matches!(*w, "meeting" | "meetings" | "session" | "sessions"))
        && !after.contains(&"with")
}

/// After the verb, a watchlist party other than the clause's subject (and no mediator) is
/// named.
fn other_party_named(cx: &Ctx, at: &At, mediators: &[usize]) -> bool {
    let subject: Vec<usize> = cx
        .mentions
        .iter()
        .filter(|m| at.cl.start <= m.start && m.end <= at.v)
        .map(|m| m.actor)
        .collect();
    cx.mentions
        .iter()
        .any(|m| m.start > at.v && !subject.contains(&m.actor) && !mediators.contains(&m.actor))
}

/// "talks break up without progress, no date to resume", "adjourned indefinitely": the
/// talks stop with no next round set — suspended, whatever they ended without.
fn no_date_to_resume(after_verb: &[&str]) -> bool {
    after_verb
        .windows(2)
        .any(|w| matches!(w, ["no", "date"] | ["no", "new"]))
        || after_verb.contains(&"indefinitely")
}

/// "… without agreement", "without a deal": ended with nothing agreed (not "without a
/// breakthrough", "without a joint statement": the talks may go on).
fn ends_empty(after_verb: &[&str]) -> bool {
    let Some(w) = after_verb.iter().position(|x| *x == "without") else {
        return false;
    };
    // Pattern: "ended without a full ceasefire", "without a comprehensive deal": the
    // qualifier says something less was reached, so the talks did not end empty
    let qualified = after_verb[w + 1..].iter().take(2).any(|x| {
        matches!(
            *x,
            "full" | "comprehensive" | "complete" | "permanent" | "nationwide"
        )
    });
    if qualified {
        return false;
    }
    after_verb[w + 1..].iter().take(3).any(|x| {
        rules::word_set("deal").iter().any(|d| d == x)
            || matches!(
                *x,
                "consensus" | "compromise" | "understanding" | "settlement"
            )
    })
}

/// "set a January deadline for a dam deal", "a deadline for the truce": a date the deal
/// or the talks should meet is a schedule (an ultimatum names who must act: "a deadline for
/// Hamas to respond"); so is a deadline that names nothing it is for.
/// Acts one side demands of the other that can name a deadline ("pullout deadline").
const DEMANDED_ACTS: &[&str] = &[
    "pullout",
    "pull-out",
    "withdrawal",
    "release",
    "payment",
    "ransom",
    "disarmament",
    "evacuation",
    "handover",
    "hand-over",
    "surrender",
    "exit",
];

fn target_date(after_verb: &[&str]) -> bool {
    let Some(d) = after_verb.iter().take(6).position(|w| *w == "deadline") else {
        return false;
    };
    // ("set July 20 pullout deadline": a deadline named for an act the other side must
    // perform, a pullout, a release, a payment, is an ultimatum's term)
    if d > 0 && DEMANDED_ACTS.contains(&after_verb[d - 1]) {
        return false;
    }
    // ("sets Friday deadline", "raises offer, sets Tuesday deadline to save the season":
    // a date that names no demand is the clock of an offer or a threat)
    if after_verb.get(d + 1) != Some(&"for") {
        return true;
    }
    after_verb[d + 2..]
        .iter()
        .take(5)
        .take_while(|w| **w != "to")
        .any(|w| {
            matches!(
                *w,
                "deal"
                        | "agreement"
                        | "accord"
                        | "truce"
                        | "ceasefire"
                        | "talks"
                        | "negotiations"
                        | "treaty"
                        | "settlement"
                        | "pact"
                        // the process's own steps ("sets Dec. 14 deadline for premier
                        // choice"): a timetable, not a side's ultimatum
                        | "choice"
                        | "selection"
                        | "nomination"
                        | "vote"
                        | "constitution"
                        | "roadmap"
                        // a text the sides are writing ("set new March 1 deadline for
                        // pharmacare bill")
                        | "bill"
                        | "legislation"
            )
        })
}

/// Pattern: a deadline set to a party named before it ("EU sets Belgium Monday deadline",
/// "Trump sets Beijing a one-day deadline", "drivers give Bahn Sunday deadline"): the side
/// it is set to must act by then, an ultimatum, whatever the date is for.
fn deadline_set_to_a_party(cx: &Ctx, at: &At) -> bool {
    let end = (at.v + 7).min(at.cl.end);
    let Some(d) = (at.v + 1..end).find(|&i| cx.lw[i] == "deadline") else {
        return false;
    };
    cx.mentions
        .iter()
        .any(|m| m.start > at.v && m.end <= d && !m.in_compound)
}

/// A future or a plan right before the verb: "will", "shall", "are to", "set to", "due to".
fn announced(before_verb: &[&str]) -> bool {
    matches!(
        before_verb,
        [.., "will" | "shall" | "'ll"]
            | [
                ..,
                "will" | "shall",
                "then" | "also" | "soon" | "again" | "jointly"
            ]
            | [
                ..,
                "are" | "is" | "set" | "due" | "expected" | "scheduled",
                "to"
            ]
    )
}

/// The words of the subject coordinated with its named parties: after the last one ("Myanmar
/// military, rebels": `rebels`) or before the first ("rebels and the army": `rebels`), at
/// most four words, the joining "and", "," or "&" (and a party's own "the") left out.
fn subject_conjuncts(cx: &Ctx, at: &At) -> Vec<std::ops::Range<usize>> {
    let named: Vec<_> = cx
        .mentions
        .iter()
        .filter(|m| m.start >= at.cl.start && m.end <= at.v)
        .collect();
    let (Some(first), Some(last)) = (named.first(), named.last()) else {
        return vec![];
    };
    let joiner = |i: usize| matches!(cx.lw[i], "and" | "," | "&");
    let mut out = Vec::new();
    if last.end + 1 < at.v && joiner(last.end) {
        out.push(last.end + 1..at.v);
    }
    // ("the military and the Brotherhood Alliance": the party's own article aside)
    let mut end = first.start;
    while end > at.cl.start && cx.lw[end - 1] == "the" {
        end -= 1;
    }
    if end > at.cl.start + 1 && joiner(end - 1) {
        out.push(at.cl.start..end - 1);
    }
    out.retain(|c| c.len() <= 4);
    out
}

/// Titles and roles that make a capitalised subject an office, not a person's name.
const TITLE_WORDS: &[&str] = &[
    "president",
    "prime",
    "minister",
    "ministers",
    "king",
    "queen",
    "general",
    "chancellor",
    "premier",
    "leader",
    "leaders",
    "chief",
    "secretary",
    "envoy",
    "mediators",
    "the",
    "government",
    "army",
    "rebels",
    "opposition",
    "parliament",
    "ministry",
    "foreign",
];

/// The subject is a named party coordinated with a side it does not name: "Myanmar
/// military, rebels agree …", "rebels and the army sign …" — a joint subject whose other
/// half ends in a head of `UNNAMED_SIDE_HEADS`, right before the verb or the party.
fn with_unnamed_side(cx: &Ctx, at: &At) -> bool {
    subject_conjuncts(cx, at)
        .into_iter()
        .any(|c| c.len() <= 3 && UNNAMED_SIDE_HEADS.contains(&cx.lw[c.end - 1]))
}

/// "Santos hands peace accord text to Congress", "Canberra tables the trade agreement in
/// Parliament": the text goes "to" (or "in", "before") a legislature, to be ratified (not
/// "to Senate Minority Leader Chuck Schumer": a legislature's word before an office names
/// a person, the other side).
fn sent_to_a_legislature(lw: &[&str], at: &At) -> bool {
    // ("in" or "before" only after a verb of tabling: "proposed moving the bill in
    // parliament" proposes to the other side what parliament should do)
    let tabling = [
        "tabl", "submit", "present", "lay", "laid", "introduc", "put",
    ]
    .iter()
    .any(|p| lw[at.v].starts_with(p));
    (at.v..at.cl.end.saturating_sub(1)).any(|i| {
        (lw[i] == "to" || (tabling && matches!(lw[i], "in" | "before")))
            && (LEGISLATURES.contains(&lw[i + 1])
                || (lw[i + 1] == "the" && lw.get(i + 2).is_some_and(|w| LEGISLATURES.contains(w))))
            && !lw[i + 2..(i + 4).min(lw.len())].iter().any(|w| {
                matches!(
                    *w,
                    "majority" | "minority" | "leader" | "speaker" | "president" | "chairman"
                )
            })
    })
}

/// A legislature ("parliament", "lawmakers", "assembly") as the subject of a verb of
/// approval ("ratifies", "approves", "adopts", "backs") — not one the watchlist follows as
/// a party ("Lebanese deputies approve Taif accord": the deputies negotiated it).
fn legislature_approves(cx: &Ctx, at: &At) -> bool {
    let approval = ["ratif", "approv", "adopt", "back", "endors"]
        .iter()
        .any(|p| cx.lw[at.v].starts_with(p));
    let party_word = |i: usize| in_mention(cx.mentions, i);
    approval
        && (at.cl.start..at.v).any(|i| {
            (LEGISLATURES.contains(&cx.lw[i]) || matches!(cx.lw[i], "assembly" | "chamber"))
                && !party_word(i)
        })
}

/// A side's membership ("workers", "members", "the union", "nurses vote to") as the
/// subject of a verb of approval: a ratification vote on the deal already made.
fn membership_approves(lw: &[&str], at: &At) -> bool {
    let approval = ["ratif", "approv", "endors", "back"]
        .iter()
        .any(|p| lw[at.v].starts_with(p));
    let mut span = &lw[at.cl.start..at.v];
    // ("nurses vote to ratify contract")
    if let [rest @ .., vote, "to"] = span {
        if matches!(*vote, "vote" | "votes" | "voted") {
            span = rest;
        }
    }
    // ("crew members narrowly ratify", "members also approve")
    while let [rest @ .., w] = span {
        if !(w.ends_with("ly") || *w == "also") {
            break;
        }
        span = rest;
    }
    approval
        && subject_head(span).is_some_and(|w| {
            // (a legislature's members are its own case: `legislature_approves`)
            (RANK_AND_FILE.contains(&w)
                && !matches!(
                    w,
                    "lawmakers" | "legislators" | "mps" | "deputies" | "senators"
                ))
                || matches!(w, "union" | "unions" | "membership" | "rank-and-file")
        })
}

/// The negotiators, no side named, reaching a deal or ("Negotiators returned to the table
/// in Wellington") coming back to it: both sides at the table.
fn negotiators_at_the_table(cx: &Ctx, at: &At, r: &rules::Rule, kind: &str) -> bool {
    let returning = matches!(
        r.name.as_str(),
        "return to talks"
            | "resume talks"
            | "back at the table"
            | "back round the table"
            | "back around the table"
    );
    (kind == "agreement" || returning) && negotiators_subject(cx.lw, at)
}

/// "Negotiators reach tentative deal", "congressional negotiators agreed": the negotiators,
/// no side named, reaching a deal or coming back to the table are both sides at it (only
/// for those: "the negotiators left" is anybody's team).
fn negotiators_subject(lw: &[&str], at: &At) -> bool {
    let span = &lw[at.cl.start..at.v];
    let Some((last, before)) = span.split_last() else {
        return false;
    };
    // ("Arms negotiators back at the table", "Delegations return to Geneva": the
    // negotiators named by what the talks are about, or the delegations, unnamed)
    matches!(*last, "negotiators" | "delegations")
        && before.len() <= 2
        && before.iter().all(|w| NEGOTIATORS_OF_BOTH.contains(w))
}

/// Words before "negotiators" that keep them both sides' (rank, chamber, or what the talks
/// are about), unlike a side's own ("union negotiators").
const NEGOTIATORS_OF_BOTH: &[&str] = &[
    "the",
    "top",
    "chief",
    "lead",
    "senior",
    "congressional",
    "bipartisan",
    "arms",
    "trade",
    "peace",
    "truce",
    "ceasefire",
    "climate",
    "coalition",
    "budget",
    "debt",
    "nuclear",
    "border",
    "contract",
    "pay",
    "wage",
];

/// "… in return for fuel aid", "… in exchange for", "… in a landmark deal", "… as part of
/// the agreement", "… under the accord": the words after a concession that place it in a
/// deal (not "under the plan": a plan is the other side's proposal).
fn concession_in_a_deal(after: &[&str]) -> bool {
    let traded = after
        .windows(3)
        .any(|w| w[0] == "in" && matches!(w[1], "return" | "exchange") && w[2] == "for");
    let inside = after.iter().enumerate().any(|(i, w)| {
        matches!(*w, "in" | "under" | "of")
            && after[i + 1..(i + 4).min(after.len())]
                .iter()
                .any(|d| matches!(*d, "deal" | "agreement" | "accord" | "pact"))
    });
    traded || inside
}

/// Is what the verb at `at` leaves the mediation itself ("pulls out of Darfur mediation",
/// "withdrew from the Gaza mediation")? A mediation word within the verb's next six words,
/// inside its clause.
///
/// Not a bare "mediation" right after the verb or its preposition ("the union left
/// mediation", "walked out of mediation"): in a labour dispute that names the process the
/// side sat in, and leaving it is a walk-out (a mediator leaves "the Darfur mediation",
/// "its mediation", "the mediation effort").
fn leaves_mediation(lw: &[&str], at: &At) -> bool {
    let end = (at.v + 7).min(at.cl.end);
    (at.v + 1..end).any(|i| {
        let w = lw[i];
        let bare_process = w == "mediation"
            && (i == at.v + 1 || matches!(lw[i - 1], "of" | "from"))
            && !lw
                .get(i + 1)
                .is_some_and(|n| matches!(*n, "role" | "effort" | "efforts" | "team" | "mission"));
        matches!(w, "mediation" | "mediating" | "mediator" | "facilitation") && !bare_process
    })
}

/// "pulls out of federal mediation with AT&T": another actor after "with" in the clause,
/// past the verb, is the leaver's counterpart; the leaver is a side, not the go-between
/// (not a go-between after "with": "steps back from joint mediation with Brazil").
fn mediation_with_the_other_side(cx: &Ctx, at: &At, actors: &[usize], mediators: &[usize]) -> bool {
    // ("joint mediation with Brazil": the partners of a joint effort are go-betweens too)
    let joint = cx.lw[at.v..at.cl.end].contains(&"joint");
    !joint
        && cx.mentions.iter().any(|m| {
            m.start > at.v + 1
                && m.end <= at.cl.end
                && cx.lw[m.start - 1] == "with"
                && !actors.contains(&m.actor)
                && !mediators.contains(&m.actor)
        })
}

/// The subject is a party "and" another group ("the government and six northern armed
/// groups signed"): an "and" after the last mention before the verb, followed by a noun.
fn signed_with_another(cx: &Ctx, at: &At) -> bool {
    let Some(m) = cx
        .mentions
        .iter()
        .rfind(|m| m.start >= at.cl.start && m.end <= at.v)
    else {
        return false;
    };
    // ("the Israeli government and …": the mention may end before its head noun)
    let between = &cx.lw[m.end..at.v];
    between
        .iter()
        .take(2)
        .position(|w| *w == "and")
        .is_some_and(|a| between.len() >= a + 2 && between.len() <= a + 5)
}

/// What a sentence says as a whole.
struct SentenceView<'s> {
    text: &'s str,
    question: bool,
    /// "Qatar: …" or "…, X said": who speaks for the whole sentence.
    speaker: Vec<usize>,
    headline: &'s Headline,
}

/// What the headline tells the body's sentences: its subject (for "the group", "it") and
/// the sides it names ("Malaysia hosts Thai-Cambodian talks": for "the two neighbours").
pub(crate) struct Headline {
    actor: Vec<usize>,
    sides: Vec<usize>,
    /// The armed groups the item names by their role ("the rebels" of "LURD rebels").
    roles: roles::Roles,
}

/// Where a hit is: the verb, its clause, and the previous clause's subject.
struct At<'s> {
    v: usize,
    cl: &'s Clause,
    nominal: bool,
    prev_subject: &'s [usize],
}

/// Text as the rules read it: entities decoded (feeds that escape twice leave them in
/// the text), typographic quotes and dashes folded, "cease fire" and "road map" spelled as
/// one word, "not acceptable" as "unacceptable".
fn normal_form(s: &str) -> String {
    let s = fold_punct(&crate::text::decode_entities(s));
    let lower = s.to_lowercase();
    if lower.contains("cease") || lower.contains("road") || lower.contains("acceptable") {
        two_word_nouns()
            .replace_all(&s, |c: &regex::Captures| {
                let two: Vec<&str> = c[0].split_whitespace().collect();
                // "not acceptable" reads as "unacceptable", a judgement
                if two[0].eq_ignore_ascii_case("not") {
                    "unacceptable".to_string()
                } else {
                    two.concat()
                }
            })
            .into_owned()
    } else {
        s
    }
}

fn two_word_nouns() -> &'static regex::Regex {
    static RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)\b(cease\s+fire|road\s+maps?|not\s+acceptable)\b")
            .expect("static regex")
    });
    &RE
}

/// "Opinion:", "Analysis |", "Watch -", a newsletter's "Caucasus Brief:": a piece that
/// discusses or recaps, and reports no development of its own.
fn opinion_marker(title: &str) -> Option<&'static str> {
    let lower = title.to_lowercase();
    // a video or a live page shows the news ("Watch: DRC and Rwanda sign …")
    let shows_news = ["watch", "video", "live", "in pictures"]
        .iter()
        .any(|m| lower.starts_with(m));
    // (a quoted question closing a headline is the speaker's: "Unions reject two-stage
    // offer: 'who knows what happens in 15 months?'")
    let question = lower
        .trim_end()
        .trim_end_matches(['\'', '"', '\u{2019}', '\u{201D}'])
        .ends_with('?');
    if !question && !shows_news && crate::cluster::is_discussion(title) && title.contains(':') {
        return Some("newsletter or explainer");
    }
    OPINION_MARKERS.iter().copied().find(|m| {
        lower.starts_with(&format!("{m}:"))
            || lower.starts_with(&format!("{m} |"))
            || lower.starts_with(&format!("{m} -"))
    })
}

/// A question: it ends with "?", or a headline opens like one ("Will …", "Can …").
fn is_question(sent: &str, lw: &[&str], is_title: bool) -> bool {
    let t = sent.trim_end();
    // ("How the July cease-fire collapsed, how Geneva produced a memorandum …": a sentence
    // opening on "how" or "why" explains, in a body too)
    t.ends_with('?')
        || t.ends_with("?\"")
        || (is_title && QUESTION_OPENERS.contains(&lw[0]))
        || matches!(lw.first(), Some(&"how") | Some(&"why"))
}

/// The headline speaker "Qatar: …" or a trailing attribution "…, X said."
fn sentence_speaker(toks: &[Token], mentions: &[crate::watchlist::Mention]) -> Vec<usize> {
    if let Some(colon) = toks.iter().position(|t| t.text == ":") {
        if colon <= 4 {
            let s: Vec<usize> = mentions
                .iter()
                .filter(|m| m.end <= colon)
                .map(|m| m.actor)
                .collect();
            if !s.is_empty() {
                return s;
            }
        }
    }
    if let Some(last_comma) = toks.iter().rposition(|t| t.text == ",") {
        if toks[last_comma + 1..]
            .iter()
            .any(|t| SPEECH.contains(&t.lower.as_str()))
            && toks.len() - last_comma <= 10
        {
            return first_group(toks, mentions, last_comma + 1, toks.len());
        }
    }
    vec![]
}

/// Only a party to the talks accepts or rejects: an actor outside "between X and Y" is a
/// third party commenting ("Turkey supports the U.S. proposal for a truce between Russia
/// and Ukraine").
fn third_party(cx: &Ctx, actors: &[usize]) -> Option<String> {
    let b = cx.lw.iter().position(|w| *w == "between")?;
    let g = first_group(cx.toks, cx.mentions, b + 1, cx.toks.len());
    (g.len() >= 2 && !g.iter().any(|a| actors.contains(a)))
        .then(|| "a third party: the sides are named with \"between\"".to_string())
}

/// "new demands", "fresh conditions", "additional Israeli demands": demands as a noun
/// phrase.
fn nominal_demands(lw: &[&str], v: usize, cl: &Clause) -> bool {
    if !NEW_ADJ.contains(&lw[v]) || v + 1 >= cl.end {
        return false;
    }
    // "offered new guarantees": what is given is no demand
    let given = (v.saturating_sub(2).max(cl.start)..v).any(|i| {
        ["offer", "provid", "give", "gave", "grant", "extend"]
            .iter()
            .any(|p| lw[i].starts_with(p))
    });
    // "blames new demands": the subject blames another's demands, it makes none
    let blamed = v > cl.start && matcher::BLAME_VERBS.contains(&lw[v - 1]);
    if given || blamed {
        return false;
    }
    let next = lw[v + 1];
    let next2 = if v + 2 < cl.end { lw[v + 2] } else { "" };
    // ("new offer guarantees $1 million": after a text's own noun the demand word is its
    // verb, what the text guarantees or requires; "new security guarantees" is a demand)
    let text_noun = matches!(
        next,
        "offer"
            | "deal"
            | "plan"
            | "proposal"
            | "agreement"
            | "text"
            | "draft"
            | "package"
            | "contract"
            | "accord"
            | "framework"
            | "bill"
            | "law"
    );
    DEMAND_NOUNS.contains(&next)
        || (!next2.is_empty()
            && DEMAND_NOUNS.contains(&next2)
            && !next.ends_with("ed")
            && !text_noun)
}

/// Agreements and proposals are joint acts: one per story and kind whoever is named.
pub fn is_joint(kind: &str) -> bool {
    matches!(kind, "agreement" | "proposal")
}

/// The parties named in the sentence outside the clause's stretch up to the verb: who
/// answered a text told in the passive ("BCMEA offer rebuffed, employers say"), never the
/// text's owner named in its phrase.
fn answering_parties(cx: &Ctx, view: &SentenceView, at: &At) -> Vec<usize> {
    let mut parties = sentence_parties(cx.toks, cx.mentions, view.speaker.as_slice());
    parties.retain(|a| {
        cx.mentions
            .iter()
            .filter(|m| m.actor == *a)
            .any(|m| m.start < at.cl.start || m.start > at.v)
    });
    parties
}

/// Pattern: a name that ends in a possessive ("St. Luke's", "Children's", "Macy's") as
/// a watchlist alias. Its "'s" is part of the name, not an owner's mark: "St. Luke's
/// lifts wage offer" is St. Luke's acting, not St. Luke's lifts. The token becomes a plain
/// "s" inside the mention, so no possessive reading sees it.
/// (Only where the watchlist has no alias without the "'s": see `s_is_part_of_name`.)
fn names_keep_their_s(
    actors: &crate::watchlist::ActorMatcher,
    toks: &mut [Token],
    mentions: &[Mention],
) {
    for m in mentions {
        if actors.s_is_part_of_name(toks, m) {
            toks[m.end - 1].lower = "s".into();
            toks[m.end - 1].text = "s".into();
        }
    }
}

#[cfg(test)]
mod tests;

/// "the Houthis' last-minute wage demands", "Hamas's new conditions": the possessor of a
/// nominal demand makes it, whoever the clause's subject is ("Washington blames …").
fn demand_owner(cx: &Ctx, v: usize, cl: &Clause) -> matcher::Hit {
    let p = (v.saturating_sub(2).max(cl.start)..v)
        .rev()
        .find(|&p| matches!(cx.lw[p], "'s" | "'"))?;
    let owners: Vec<usize> = cx
        .mentions
        .iter()
        .filter(|m| m.end == p)
        .map(|m| m.actor)
        .collect();
    (!owners.is_empty()).then_some(owners)
}

/// "more talks planned", "the next round", "will return", "to keep talking": the sentence
/// says the talks go on.
fn talks_continue(lw: &[&str]) -> bool {
    // ("Talks end without a deal; session continues Wednesday", "more sessions next
    // week", "talks move to Baghdad": the talks go on)
    // (unless denied right after: "says more talks won't bridge the gap", "more talks
    // would be pointless" say the talks stop)
    let denied = |i: usize| {
        lw[(i + 2).min(lw.len())..(i + 5).min(lw.len())]
            .iter()
            .any(|w| {
                matches!(
                    *w,
                    "won't" | "wouldn't" | "can't" | "cannot" | "not" | "pointless" | "futile"
                )
            })
    };
    lw.windows(2).enumerate().any(|(i, w)| {
        !denied(i)
            && matches!(
                (w[0], w[1]),
                (
                    "more" | "further" | "next" | "new" | "another" | "second" | "third" | "fourth",
                    "talks" | "round" | "meetings" | "sessions"
                ) | ("will" | "to", "return")
                    | ("talks", "planned" | "continue" | "will" | "move")
                    | (
                        "session" | "talks" | "negotiations",
                        "continues" | "resumes" | "resume"
                    )
                    | ("keep", "talking" | "negotiating")
            )
    }) || lw.windows(3).any(|w| {
        // ("Fourth Kaesong round fails; fifth set for July 22": the next round, counted,
        // is already scheduled; "a second set of demands" is no round)
        matches!(
            (w[0], w[1], w[2]),
            (
                "next"
                    | "another"
                    | "second"
                    | "third"
                    | "fourth"
                    | "fifth"
                    | "sixth"
                    | "seventh"
                    | "eighth"
                    | "ninth"
                    | "tenth",
                "set" | "scheduled" | "planned" | "due" | "slated",
                "for" | "on"
            )
        )
    })
}

/// A form of one of `verbs` (the inflections of their lemmas) among the last four words of
/// `before` (the words before a demand noun).
fn verb_among_last_four(before: &[&str], verbs: &[String]) -> bool {
    before
        .iter()
        .rev()
        .take(4)
        .any(|w| verbs.iter().any(|v| v == w))
}

/// Every inflection of each lemma ("reject" → "rejects", "rejected", "rejecting").
fn forms_of(lemmas: &[&str]) -> Vec<String> {
    lemmas.iter().flat_map(|l| rules::inflections(l)).collect()
}

/// A rejection verb among the four words before a demand noun ("rejects FDD power-sharing
/// demands", "dismissed the rebels' demands").
fn rejected_before(before: &[&str]) -> bool {
    static REJECTING: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| forms_of(&["reject", "dismiss", "refuse", "spurn", "rebuff"]));
    verb_among_last_four(before, &REJECTING)
}

/// A legislature's sitting read as the talks, or a team's leader read as travelling.
fn not_the_talks_or_no_trip(cx: &Ctx, at: &At, kind: &str) -> Option<String> {
    if legislature_sitting(cx.lw, at) {
        return Some("a legislature's or a court's sitting, not the talks".into());
    }
    // "Klimkin headed Kyiv's side", "heads the delegation": to head a team with an object
    // is to lead it; a trip heads to, for, into or back somewhere
    if kind == "delegation_dispatched"
        && matches!(cx.lw[at.v], "head" | "heads" | "headed" | "heading")
        && cx
            .lw
            .get(at.v + 1)
            .is_some_and(|n| DETERMINERS.contains(n) || cx.lw.get(at.v + 2) == Some(&"'s"))
    {
        return Some("heads (leads) a side, no trip".into());
    }
    None
}

/// "Chamber of Deputies opens special session", "the Bundestag held its opening
/// session", "Kirchner opens the Senate session": a session that a legislature or a court
/// holds is its sitting, whatever the talks it debates (no talks or negotiations named as
/// what opens, stops or is left).
fn legislature_sitting(lw: &[&str], at: &At) -> bool {
    const SITTINGS: &[&str] = &["session", "sessions", "sitting", "sittings"];
    const LEGISLATURES: &[&str] = &[
        "parliament",
        "parliamentary",
        "senate",
        "chamber",
        "congress",
        "assembly",
        "bundestag",
        "knesset",
        "deputies",
        "lawmakers",
        "legislators",
        "legislature",
        "legislative",
        "mps",
        "senators",
        "court",
        "judges",
    ];
    let (cl, v) = (at.cl, at.v);
    let near = &lw[cl.start..(v + 7).min(cl.end)];
    near.iter().any(|w| SITTINGS.contains(w))
        && lw[cl.start..cl.end]
            .iter()
            .any(|w| LEGISLATURES.contains(w))
        && !near
            .iter()
            .any(|w| matches!(*w, "talks" | "negotiations" | "dialogue" | "mediation"))
}

/// "rejects the plan and demands a full withdrawal": after "and", a finite form followed
/// by its own object is the subject's second verb, not a noun the rejection lists
/// ("rejects conditions and demands", "… and demands for disarmament" list nouns).
fn and_coordinated_verb(lw: &[&str], v: usize, cl: &Clause) -> bool {
    let next = lw.get(v + 1).copied().unwrap_or("");
    v > cl.start
        && lw[v - 1] == "and"
        && v + 1 < cl.end
        && next.chars().next().is_some_and(char::is_alphanumeric)
        && !matches!(
            next,
            "of" | "for" | "and" | "or" | "by" | "from" | "on" | "over" | "in" | "that" | "which"
        )
}

/// The words before a demand noun give it up: "drops its", "gave up the", "abandoned",
/// "dropped its last-minute" (within four words).
fn given_up(before: &[&str]) -> bool {
    static DROPPING: std::sync::LazyLock<Vec<String>> =
        // (and softened or cut back: "softens demand for full withdrawal" makes none new)
        std::sync::LazyLock::new(|| {
            forms_of(&[
                "drop", "abandon", "waive", "shelve", "soften", "scale", "water", "lower", "relax",
                "moderate", "cut",
            ])
        });
    let near = &before[before.len().saturating_sub(4)..];
    let gave_up = near
        .windows(2)
        .any(|w| matches!(w[0], "give" | "gives" | "gave" | "giving") && w[1] == "up");
    verb_among_last_four(before, &DROPPING) || gave_up
}

/// The sentence says the talks carry on: more talks planned (`talks_continue`) or they
/// "go on", "will resume", "meet again" (`goes_on`).
fn talks_go_on(lw: &[&str]) -> bool {
    (talks_continue(lw) || goes_on(lw)) && !no_date_set(lw)
}

/// A session put off to a set day, or adjourned with the day to resume set: a schedule
/// or a break, not a halt.
fn deferred_session(cx: &Ctx, at: &At, r: &rules::Rule) -> Option<String> {
    // "put off further sessions until Monday", "postponed the meeting to Thursday": a
    // session moved to a set day is a schedule, not a halt
    static DEFERRING: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| forms_of(&["put", "postpone", "delay", "defer", "adjourn"]));
    let deferral = DEFERRING.iter().any(|d| d == cx.lw[at.v]);
    if r.kind == "talks_suspended"
        && deferral
        && cx.lw[at.v..(at.v + 8).min(cx.lw.len())]
            .windows(2)
            .any(|w| {
                matches!(w[0], "until" | "till" | "to")
                    && (matches!(
                        w[1],
                        "tomorrow" | "evening" | "morning" | "afternoon" | "tonight" | "later"
                    ) || (w[1].len() > 5 && w[1].ends_with("day")))
            })
    {
        return Some("a session moved to a set day: a schedule, not a halt".into());
    }
    // "Grozny talks put off a day", "delayed by 24 hours": a session pushed back by a day
    // or hours is rescheduled, not halted (a week or more may be a halt)
    if r.kind == "talks_suspended"
        && deferral
        && cx.lw[at.v..(at.v + 9).min(cx.lw.len())]
            .windows(3)
            .any(|w| {
                // (not how long the session ran: "adjourned after two hours")
                !matches!(
                    w[0],
                    "after" | "within" | "for" | "in" | "than" | "of" | "over"
                ) && matches!(w[1], "a" | "one" | "two" | "24" | "48" | "few" | "several")
                    && matches!(w[2], "day" | "days" | "hour" | "hours")
            })
    {
        return Some("a session pushed back by a day or hours: a schedule, not a halt".into());
    }
    // Pattern: adjourned with the day to resume ("adjourned to let both sides consult and
    // resume on Friday"): the halt is a break with its next session set, and that
    // resumption is the schedule, not news of its own (not "adjourned on Monday and
    // resumed on Wednesday": done, both)
    let before_v = &cx.lw[at.cl.start.saturating_sub(12)..at.v];
    let adjourned_before = before_v.iter().any(|w| DEFERRING.iter().any(|d| d == w));
    let set_day = resumes_on_day(&cx.lw[at.v..]);
    if (r.kind == "talks_suspended" && deferral && set_day)
        || (r.name == "talks resume" && cx.lw[at.v] == "resume" && adjourned_before && set_day)
    {
        return Some("adjourned with the day to resume set: a break, not a halt".into());
    }
    None
}

/// Pattern: the rank and file walking out ("Ryanair pilots walk out for third time",
/// "RMT and Aslef members are walking out", "opposition lawmakers walk out shouting"):
/// workers walking out strike, lawmakers walking out protest on the floor; a side leaving
/// the talks is its team, its leader or the party itself. A walkout "in a strike" or "on
/// strike" is one whoever walks ("Nurses and midwives walk out in first national strike").
///
/// The subject's head is the last word before what modifies it ("Flight attendants at
/// the flag carrier walked out", "Members of IAM District 70", "EIS members, joined by
/// …"), and members voting "to walk out" vote a strike. A clause that opens inside its
/// subject, after a relative pronoun or a parenthetical's comma ("About 5,000 workers at
/// the plant that builds the Tahoe walked out"), has its subject before it: the
/// sentence's first phrase.
fn rank_and_file_subject(lw: &[&str], at: &At) -> bool {
    let span = &lw[at.cl.start..at.v];
    let opened_inside = at.cl.start > 0
        && (span.is_empty() || matches!(lw[at.cl.start - 1], "that" | "which" | "who" | ","));
    // ("Secondary teachers on a picket line explain why they walked out": "they" are the
    // sentence's first phrase, up to its place)
    let they = span.ends_with(&["they"]) && {
        let first = &lw[..at.v];
        let cut = first.iter().position(|w| *w == "on").unwrap_or(first.len());
        subject_head(&first[..cut]).is_some_and(|w| RANK_AND_FILE.contains(&w))
    };
    let strike_vote = span.ends_with(&["to"])
        && span
            .iter()
            .rev()
            .nth(1)
            .is_some_and(|w| matches!(*w, "vote" | "votes" | "voted" | "voting"));
    let rank = |span: &[&str]| subject_head(span).is_some_and(|w| RANK_AND_FILE.contains(&w));
    strike_vote
        || they
        || rank(span)
        || (opened_inside && rank(&lw[..at.v]))
        || walked_out_on_strike(&lw[at.v..at.cl.end])
}

/// The head of a subject phrase: the last word before its first modifier ("at", "of",
/// "in", a comma; not the comma of a number: "About 7,000 workers walked out").
fn subject_head<'a>(span: &[&'a str]) -> Option<&'a str> {
    let digits = |k: usize| {
        span.get(k)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    };
    let end = (0..span.len())
        .find(|&k| {
            let in_number = span[k] == "," && k > 0 && digits(k - 1) && digits(k + 1);
            !in_number
                && matches!(
                    span[k],
                    "at" | "of" | "in" | "from" | "across" | "," | "joined"
                )
        })
        .unwrap_or(span.len());
    let head = span[..end].iter().rev().copied().find(|w| {
        !matches!(
            *w,
            "are" | "were" | "have" | "had" | "will" | "to" | "again"
        )
    });
    // ("Around a tenth of the country's nurses walked out", "thousands of workers"): a
    // share or a count heads nothing; the noun after "of" is who they are
    match head {
        Some(w) if PARTITIVES.contains(&w) && span.get(end) == Some(&"of") => {
            subject_head(&span[end + 1..])
        }
        _ => head,
    }
}

/// Shares and counts that take their noun after "of" (`subject_head`).
const PARTITIVES: &[&str] = &[
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "tenth",
    "tenths",
    "fifth",
    "fifths",
    "majority",
    "minority",
    "most",
    "many",
    "some",
    "all",
    "thousands",
    "hundreds",
    "dozens",
    "scores",
    "tens",
    "millions",
    "percent",
    "share",
    "part",
    "bulk",
    "number",
    "handful",
];

/// "walk out on strike", "walked out in their first national strike": the walkout is the
/// strike itself (not "walk out in protest at Israeli strikes": a plural is of missiles).
fn walked_out_on_strike(from_verb: &[&str]) -> bool {
    let Some(out) = from_verb.iter().take(3).position(|w| *w == "out") else {
        return false;
    };
    let rest = &from_verb[out + 1..];
    match rest.first() {
        Some(&"on") => rest.get(1) == Some(&"strike"),
        Some(&"in") => rest
            .iter()
            .skip(1)
            .take(5)
            .take_while(|w| !matches!(**w, "at" | "against" | "over" | "of" | "," | "to"))
            .any(|w| matches!(*w, "strike" | "stoppage" | "walkout")),
        _ => false,
    }
}

/// Pattern: a siege ended by force is stormed by security forces, named in the clause as
/// its subject or its agent ("SAS storm Iranian embassy", "embassy stormed by commandos");
/// gunmen storming a school take hostages, protesters storming an embassy end no talks.
fn stormed_by_security_forces(lw: &[&str], at: &At) -> bool {
    lw[at.cl.start..at.cl.end]
        .iter()
        .any(|w| SECURITY_FORCES.contains(w))
}

/// Pattern: a plea for patience ("the council must give the Tehran declaration a chance",
/// "Israel must give diplomacy more time"): what the other side is asked to give is a
/// chance or time, nothing it could concede at the table.
fn gives_a_chance(lw: &[&str], at: &At) -> bool {
    let rest = lw
        .get(at.v + 2..at.cl.end.min(at.v + 9))
        .unwrap_or_default();
    matches!(lw.get(at.v + 1), Some(&"give" | &"allow"))
        && rest.iter().any(|w| {
            matches!(
                *w,
                "chance" | "time" | "opportunity" | "space" | "breathing"
            )
        })
}

/// The terms added to: "to" after the verb, then within four words "terms", "price",
/// "conditions" or a wish list (not "to its list of sanctions", "to the agenda").
fn adds_to_terms(lw: &[&str], v: usize) -> bool {
    let end = (v + 10).min(lw.len());
    let Some(to) = (v + 1..end).find(|&i| lw[i] == "to") else {
        return false;
    };
    lw[to + 1..(to + 5).min(lw.len())].iter().any(|w| {
        matches!(
            *w,
            "terms" | "price" | "conditions" | "preconditions" | "demands" | "asks" | "wish-list"
        )
    }) || lw[to + 1..(to + 5).min(lw.len())]
        .windows(2)
        .any(|p| p == ["wish", "list"])
}

/// "refuses to free Pollard", "declines to hand over the guns": the giving verb stands right
/// after "to" (not "declines to step into the pay fight", "declines comment on release
/// reports"), and what is released is no information ("declined to release terms") and
/// what is handed over no office ("refused to hand over to Mahao"). A refusal in the past
/// perfect, even in reported speech, is the story's background ("the levy that Transneft had
/// refused to pay").
fn refuses_to_give(lw: &[&str], v: usize) -> bool {
    if v > 0 && lw[v - 1] == "had" {
        return false;
    }
    let (Some(&"to"), Some(give)) = (lw.get(v + 1), lw.get(v + 2)) else {
        return false;
    };
    let next = lw.get(v + 3).copied().unwrap_or("");
    let skip = usize::from(matches!(next, "the" | "its" | "their" | "any"));
    let object = lw.get(v + 3 + skip).copied().unwrap_or("");
    match *give {
        "release" => !matches!(
            object,
            "terms" | "details" | "figures" | "information" | "names" | "data" | "text" | "results"
        ),
        "hand" => !(next == "over" && lw.get(v + 4) == Some(&"to")),
        "drop" | "lift" | "cede" | "free" | "scrap" | "pay" | "surrender" => true,
        _ => false,
    }
}

/// "sends list of 16 ministers to parliament", "sent the names of its negotiators": what
/// is sent is a paper naming people.
fn sends_a_list(lw: &[&str], v: usize) -> bool {
    let end = (v + 4).min(lw.len().saturating_sub(1));
    (v + 1..end).any(|i| matches!(lw[i], "list" | "lists" | "names") && lw[i + 1] == "of")
}

/// How a siege, hijack, occupation or blockade ended, by the sentence's words: `Some(true)`
/// in a deal, an exchange, a release or a peaceful exit ("ends in prisoner exchange",
/// "without a shot", "as strikers file out"), `Some(false)` in deaths or an assault ("ends
/// in bloodshed", "gunman dead", "as commandos storm"), `None` when the sentence does not
/// say or says there was no deal ("after 78 days, no deal", "after court order"). (Not
/// "siege over": "over" read as a verb would make "quits over finances" a plural noun.)
fn standoff_end(lw: &[&str]) -> Option<bool> {
    let has = |set: &[&str]| lw.iter().any(|w| set.contains(w));
    let seq = |a: &str, b: &str| lw.windows(2).any(|p| p[0] == a && p[1] == b);
    let violent = has(&[
        "dead",
        "killed",
        "kills",
        "bloodshed",
        "storm",
        "storms",
        "stormed",
        "raid",
        "raided",
        "assault",
        "chaos",
        "gunfire",
        "massacre",
        "carnage",
        "bloodbath",
    ]);
    if violent {
        return Some(false);
    }
    let no_deal = seq("no", "deal")
        || seq("without", "deal")
        || seq("a", "deal") && seq("without", "a")
        || seq("without", "agreement")
        || seq("court", "order");
    let peaceful = has(&[
        "deal",
        "agreement",
        "accord",
        "exchange",
        "compromise",
        "peacefully",
        "peaceful",
        "freed",
        "released",
        "surrender",
        "surrenders",
        "surrendered",
        "agreed",
        "settlement",
        "negotiated",
    ]) || seq("without", "a") && has(&["shot"])
        || seq("without", "bloodshed")
        || seq("file", "out")
        || seq("walk", "out")
        || seq("walked", "out")
        || seq("walk", "free");
    (peaceful && !no_deal).then_some(true)
}

/// Pattern: the talks' state told without its copula, "talks on hold", "on ice": the
/// preposition right before the state word. Not a state that goes on ("stay", "remain",
/// "still", "now" before it), one left by something else ("leaving Ford talks on hold"),
/// or a circumstance opened by "with" ("With the process on ice, …").
fn talks_on_hold(lw: &[&str], at: &At) -> bool {
    let v = at.v;
    let placed = v > 0 && lw[v - 1] == "on";
    let lasting = lw[at.cl.start..v.saturating_sub(1)]
        .iter()
        .rev()
        .take(2)
        .any(|w| {
            matches!(
                *w,
                "stay"
                    | "stays"
                    | "stayed"
                    | "remain"
                    | "remains"
                    | "remained"
                    | "still"
                    | "now"
                    | "kept"
                    | "keep"
                    | "keeps"
            )
        });
    let caused = lw[at.cl.start..v].iter().any(|w| {
        matches!(
            *w,
            "leaving" | "leaves" | "left" | "putting" | "puts" | "put"
        )
    });
    let circumstance = lw.first() == Some(&"with") || lw.get(at.cl.start) == Some(&"with");
    placed && !lasting && !caused && !circumstance
}

/// Pattern: a consensus on part of the issues or on the way ahead ("reached consensus on
/// two of the four issues", "on most elements", "a high consensus on principles, approach
/// and a negotiating plan"): the talks moved, nothing was settled.
fn partial_consensus(lw: &[&str], at: &At) -> bool {
    // (after the verb or the noun, whichever is later: "consensus had been reached on two
    // of the four issues")
    let Some(c) = (at.cl.start..at.cl.end).find(|&k| lw[k] == "consensus") else {
        return false;
    };
    let from = c.max(at.v) + 1;
    let after = &lw[from.min(at.cl.end)..at.cl.end.min(from + 6)];
    after.iter().any(|w| {
        matches!(
            *w,
            "most" | "many" | "some" | "several" | "certain" | "principles" | "approach"
        )
    }) || after.windows(2).any(|p| {
        p[1] == "of" && (p[0].parse::<u32>().is_ok() || matches!(p[0], "two" | "three" | "four"))
    })
}

/// Nouns of a state's armed or police units.
const SECURITY_FORCES: &[&str] = &[
    "commandos",
    "commando",
    "forces",
    "troops",
    "police",
    "policemen",
    "soldiers",
    "sas",
    "gign",
    "gendarmes",
    "paratroopers",
    "marines",
    "spetsnaz",
    "swat",
    "army",
];

/// Texts a go-between drafts for the sides to sign (`signs_a_go_betweens_text`).
const GO_BETWEEN_TEXTS: &[&str] = &[
    "roadmap",
    "road",
    "plan",
    "proposal",
    "proposals",
    "paper",
    "document",
    "draft",
    "text",
    "blueprint",
    "framework",
    "initiative",
];

/// Plural nouns of a side's members rather than its negotiators.
const RANK_AND_FILE: &[&str] = &[
    "members",
    "workers",
    "employees",
    "staff",
    "strikers",
    "midwives",
    "educators",
    "musicians",
    "stagehands",
    "dancers",
    "paramedics",
    "cleaners",
    "porters",
    "journalists",
    "pilots",
    "lecturers",
    "teachers",
    "nurses",
    "doctors",
    "drivers",
    "dockers",
    "miners",
    "lawmakers",
    "legislators",
    "mps",
    "deputies",
    "senators",
    "students",
    "crews",
    "attendants",
    "machinists",
    "writers",
    "actors",
    "performers",
    "dockworkers",
    "engineers",
    "controllers",
    "firefighters",
    "medics",
    "residents",
];

/// Three words that pause a meeting: "for the day", "for the night", "for the weekend",
/// and "broke off for a pause", "for a break", "for lunch": a pause within the meeting.
fn paused(w: &[&str]) -> bool {
    matches!(w, ["for", "the", "day" | "night" | "weekend"])
        || matches!(
            w,
            ["for", "a", "pause" | "break"] | ["for", "lunch" | "dinner" | "prayers", _]
        )
}

/// A round of the talks ending empty, a trip that only describes who speaks, a team sent
/// home for the night, or a departure its own sentence calls no walkout: no event.
fn told_as_no_event(cx: &Ctx, at: &At, r: &rules::Rule, kind: &str) -> Option<String> {
    // "Luxon sends two negotiators home for the night": a night's break in the talks, no
    // walkout and no trip to them
    let for_the_night = cx.lw[at.v..at.cl.end.min(cx.lw.len())].windows(4).any(|w| {
        w[0] == "home" && w[1] == "for" && w[2] == "the" && matches!(w[3], "night" | "weekend")
    });
    if matches!(kind, "delegation_withdrawal" | "delegation_dispatched") && for_the_night {
        return Some("a team home for the night: a break in the talks".into());
    }
    // "Palestinian negotiators leave Cairo; Ahmad says it is not a walk-out", "no walkout,
    // we will stay": the departure told, and denied as a walkout or a boycott
    let denied_walkout = cx.lw.windows(3).any(|w| {
        let noun = |x: &str| matches!(x, "walk-out" | "walkout" | "boycott");
        matches!(w[0], "not" | "no") && (noun(w[1]) || (w[1] == "a" && noun(w[2])))
    });
    if kind == "delegation_withdrawal" && denied_walkout {
        return Some("the sentence denies it is a walkout or a boycott".into());
    }
    // "Fifth round of cost talks ends without deal", "Geneva round ends without progress":
    // one round closing empty is the process's rhythm (labelled no suspension in 11 of 15
    // headlines of eleven corpora); the talks end when they end, not a round of them
    if r.name == "talks end without a deal"
        && cx.lw[at.cl.start..at.v]
            .iter()
            .any(|w| matches!(*w, "round" | "rounds"))
    {
        return Some("one round ended without a deal: the talks go on".into());
    }
    if matches!(kind, "delegation_withdrawal" | "delegation_dispatched")
        && describes_speakers(cx.lw, at)
    {
        return Some(
            "a trip told of the speakers (\"officials leaving the room say …\"), not their act"
                .into(),
        );
    }
    None
}

/// Pattern: "Union officials leaving the meeting room say an agreement has been reached",
/// "negotiators arriving in Doha told reporters …": an -ing form right after a noun, with a
/// speech verb later in the clause, describes who speaks; what they say is the news.
fn describes_speakers(lw: &[&str], at: &At) -> bool {
    let v = at.v;
    v > at.cl.start
        && lw[v].ends_with("ing")
        && !matches!(
            lw[v - 1],
            "is" | "are" | "was" | "were" | "be" | "been" | "'s" | "'re" | "not" | "and" | ","
        )
        && lw[v + 1..(v + 10).min(lw.len())]
            .iter()
            .take_while(|w| !matches!(**w, "," | ";" | ":" | "." | "and" | "but"))
            .any(|w| SPEECH.contains(w) && !w.ends_with("ing"))
}

/// Pattern: the talks' failure told with its cause ("Dutch cabinet talks collapse as
/// Wilders pulls out", "coalition talks fail after the Greens quit"): the clause of the
/// bare "quits" or "pulls out" is opened by "as", "after" or "when" right after the talks
/// themselves collapsing, failing, stalling or breaking down, so what was quit is those
/// talks. (A coalition or a government collapsing is no talks: "unity coalition collapses
/// as Labour walks out" ends a government.)
fn quits_as_talks_collapse(lw: &[&str], at: &At) -> bool {
    let Some(opener) = at.cl.start.checked_sub(1) else {
        return false;
    };
    if !matches!(lw[opener], "as" | "after" | "when") {
        return false;
    }
    let before = &lw[opener.saturating_sub(8)..opener];
    let collapse = before.iter().enumerate().any(|(k, w)| {
        matches!(
            *w,
            "collapse"
                | "collapses"
                | "collapsed"
                | "fail"
                | "fails"
                | "failed"
                | "founder"
                | "founders"
                | "foundered"
                | "stall"
                | "stalls"
                | "stalled"
        ) || (*w == "down" && k > 0 && matches!(before[k - 1], "break" | "breaks" | "broke"))
    });
    let talks = before.iter().any(|w| {
        matches!(
            *w,
            "talks" | "negotiations" | "dialogue" | "bargaining" | "mediation"
        )
    });
    collapse
        && talks
        && !before.iter().any(|w| matches!(*w, "," | ";" | ":"))
        && nothing_quit(lw, at)
}

/// The bare "quits" or "pulls out" names nothing it left: the clause ends, or a phrase of
/// reason, time or place follows ("quits over public finances"); "of" or "from" is
/// allowed only before the talks ("pulls out of Rafah", "withdraws troops": something
/// else was left or moved).
fn nothing_quit(lw: &[&str], at: &At) -> bool {
    let mut k = at.v + 1;
    while k < at.cl.end && matches!(lw[k], "out" | "away") {
        k += 1;
    }
    if k >= at.cl.end {
        return true;
    }
    match lw[k] {
        "of" | "from" => lw[k + 1..at.cl.end].iter().take(4).any(|w| {
            matches!(
                *w,
                "talks" | "negotiations" | "dialogue" | "table" | "bargaining"
            )
        }),
        w => matches!(
            w,
            "over"
                | "amid"
                | "citing"
                | "in"
                | "at"
                | "after"
                | "on"
                | "with"
                | ","
                | ";"
                | ":"
                | "-"
                | "–"
                | "—"
        ),
    }
}

/// Pattern: "left a two-day meeting without agreement on farm subsidies", "leave Geneva
/// without a deal": a round that closed with nothing agreed is left by everyone; the
/// walkout is told by its reason or its manner, not by the missing deal.
fn left_without_deal(lw: &[&str], at: &At) -> bool {
    matches!(lw[at.v], "left" | "leave" | "leaves" | "leaving")
        && lw[at.v..at.cl.end]
            .windows(2)
            .any(|w| w[0] == "without" && matches!(w[1], "agreement" | "a" | "any" | "deal"))
}

/// Pattern: a side's own account of its offer ("Treasury Board says it offered 9%",
/// "players say they offered 53 percent"): the speaker names itself by a pronoun right
/// before the past form; an offer "before talks ended" is a recap of one overtaken.
fn own_account_offer(lw: &[&str], v: usize) -> bool {
    v >= 2
        && matches!(lw[v - 2], "says" | "say" | "said")
        && matches!(lw[v - 1], "it" | "they" | "he" | "she" | "we")
        && !lw[v..]
            .iter()
            .any(|w| matches!(*w, "before" | "earlier" | "previously"))
}

/// "… and resume on Friday", "to reconvene tomorrow": the talks' next session has its day.
fn resumes_on_day(lw: &[&str]) -> bool {
    let day = |w: &str| {
        matches!(w, "tomorrow" | "tonight") || (w.len() > 5 && w.ends_with("day") && w != "today")
    };
    (0..lw.len()).any(|i| {
        let at = |k: usize| lw.get(i + k).copied().unwrap_or("");
        matches!(at(0), "resume" | "reconvene")
            && (day(at(1)) || (matches!(at(1), "on" | "next") && day(at(2))))
    })
}

/// "without a date for a new round", "no date set for a third round", "adjourned
/// indefinitely": the next round named has no date, so the talks do not go on.
fn no_date_set(lw: &[&str]) -> bool {
    lw.contains(&"indefinitely")
        || lw.windows(3).any(|w| {
            matches!(w[0], "no" | "without")
                && (matches!(w[1], "date" | "dates")
                    || (w[1] == "new" || w[1] == "a") && w[2] == "date")
        })
}

/// "would go on", "will continue", "to resume", "will reconvene", "meet again": the
/// sentence says the talks carry on.
fn goes_on(lw: &[&str]) -> bool {
    lw.windows(2).any(|w| {
        matches!(
            (w[0], w[1]),
            ("go" | "goes" | "carry", "on")
                | ("will" | "would" | "to", "continue" | "resume" | "reconvene")
                | ("meet", "again")
                // "two committees to meet": the work goes on in other forms
                | ("committees" | "committee" | "groups" | "sides", "to")
        )
    })
}

/// Actors met: named right after "met"/"meets" or after "with" in the clause.
fn meeting_partners(cx: &Ctx, at: &At) -> Vec<usize> {
    let met = matches!(cx.lw[at.v], "met" | "meet" | "meets" | "meeting");
    cx.mentions
        .iter()
        .filter(|m| !m.place && m.start > at.v && m.end <= at.cl.end)
        .filter(|m| {
            // "met the new US envoy", "talks … with (the) Taliban"; not "meet in Malaysia",
            // "at the White House", "for EU-facilitated talks"
            let lw = cx.lw;
            let with = lw[m.start - 1] == "with"
                || (m.start >= 2
                    && lw[m.start - 2] == "with"
                    && matches!(lw[m.start - 1], "the" | "a"));
            let direct = lw[at.v + 1..m.start].iter().all(|w| {
                !matches!(
                    *w,
                    "in" | "at"
                        | "on"
                        | "for"
                        | "during"
                        | "after"
                        | "before"
                        | "from"
                        | "under"
                        | "by"
                        | "near"
                        | ","
                        | "to"
                )
            });
            with || (met && direct && m.start <= at.v + 4)
        })
        .map(|m| m.actor)
        .collect()
}

/// "why previous truces collapsed", "earlier rounds ended": a clause about other, older acts.
fn recalls_earlier(clause: &[&str]) -> bool {
    clause.iter().any(|w| {
        matches!(
            *w,
            "previous" | "earlier" | "past" | "prior" | "former" | "why" | "how" | "truces"
        )
    })
}

/// "left Beirut after delivering the reply", "departed after meeting the president": an
/// envoy leaving once the errand is done ended a visit ("left after talks collapsed" did
/// not).
fn visit_done(after_verb: &[&str]) -> bool {
    // ("French envoys leave Libya empty-handed after Gaddafi talks", "Dubyna team flies
    // home from Moscow empty-handed": a team leaving with nothing leaves the talks failed)
    if after_verb.contains(&"empty-handed")
        || after_verb.windows(2).any(|w| w == ["empty", "handed"])
    {
        return false;
    }
    let errand = after_verb.windows(2).any(|w| {
        w[0] == "after"
            && matches!(
                w[1],
                "delivering"
                    | "handing"
                    | "presenting"
                    | "meeting"
                    | "meetings"
                    | "holding"
                    | "briefing"
            )
    });
    errand || round_done(after_verb)
}

/// "left Sanaa after several days of talks that made progress": leaving once a round is
/// over ends a visit; "left after talks collapsed / broke down / failed" is a walk-out.
fn round_done(after_verb: &[&str]) -> bool {
    let Some(a) = after_verb.iter().position(|w| *w == "after") else {
        return false;
    };
    let rounds = [
        "talks",
        "meetings",
        "round",
        "negotiations",
        "consultations",
    ];
    let Some(t) = (a + 1..(a + 6).min(after_verb.len())).find(|&i| rounds.contains(&after_verb[i]))
    else {
        return false;
    };
    let next = after_verb.get(t + 1).copied().unwrap_or("");
    let ended_badly = |w: &str| {
        [
            "collaps", "fail", "broke", "break", "stall", "end", "fell", "falter", "deadlock",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    };
    !ended_badly(next) && !after_verb[t + 1..].iter().take(4).any(|w| ended_badly(w))
}

/// "Japan wants S.Korea to move statue" is a headline's news; in a lead, "the government
/// wants the rebels to disarm first" mostly restates where a side stands ("insisted on a
/// new condition", "on fresh guarantees": a term named as new is news wherever it is told).
fn wish_restated(cx: &Ctx, at: &At, r: &rules::Rule) -> bool {
    let named_new = cx.lw[at.v + 1..(at.v + 5).min(cx.lw.len())]
        .iter()
        .any(|w| matches!(*w, "new" | "fresh" | "additional" | "further" | "extra"));
    matches!(r.name.as_str(), "want the other side to" | "insist on")
        && !cx.is_title
        && !(r.name == "insist on" && named_new)
}

/// The sentence's words with every word of a party's name blanked out, for the modality
/// checks: a name's own words negate, hedge or condition nothing ("Fianna Fail", "No 10",
/// "New Hope", "We Can", "Will Quince", "Ali Said Abdella").
fn names_blanked<'s>(lw: &[&'s str], mentions: &[Mention]) -> Vec<&'s str> {
    (0..lw.len())
        .map(|i| if in_mention(mentions, i) { "·" } else { lw[i] })
        .collect()
}

/// "pulls its ministers out of the executive", "quits the coalition", "withdraws from the
/// race": what is left is an institution or a contest, not the negotiating table (the
/// first of the two named after the verb decides: "withdraws from talks with the
/// government" leaves the talks).
/// Bodies the sides may negotiate in, named after what they are for ("consultative
/// council", "joint committee"): the rules that read them (rules.toml) say which.
const NEGOTIATING_BODIES: &[&str] = &[
    "council",
    "panel",
    "body",
    "commission",
    "committee",
    "forum",
    "platform",
    "roundtable",
    "consultations",
    "soundings",
];

fn leaves_an_institution<'w>(after_verb: &[&'w str]) -> Option<&'w str> {
    let talks = rules::word_set("talks");
    let team = rules::word_set("team");
    // ("orders government negotiators home": a modifier of the team is not what is left;
    // nor of the talks: "walks out of coalition talks", "quits government negotiations",
    // two words before them too: "pulls out of government formation process")
    // (nor of a body the sides negotiate in: "walks away from government panel")
    let at_table = |n: &&str| {
        team.iter().any(|t| t == n)
            || talks.iter().any(|t| t == n)
            || NEGOTIATING_BODIES.contains(n)
    };
    let modifier = |i: usize| {
        after_verb.get(i + 1).is_some_and(at_table)
            || (after_verb.get(i + 2).is_some_and(at_table)
                && after_verb.get(i + 1).is_some_and(|n| {
                    n.chars().all(char::is_alphabetic)
                        && !matches!(
                            *n,
                            "and"
                                | "or"
                                | "to"
                                | "in"
                                | "of"
                                | "for"
                                | "with"
                                | "over"
                                | "on"
                                | "after"
                                | "as"
                                | "the"
                                | "a"
                                | "its"
                                | "their"
                                | "but"
                        )
                }))
    };
    let first = after_verb
        .iter()
        .enumerate()
        .take(8)
        .filter(|(i, _)| !modifier(*i))
        .map(|(_, w)| w)
        .find(|w| talks.iter().any(|t| t == **w) || INSTITUTIONS.contains(*w));
    first.copied().filter(|w| !talks.iter().any(|t| t == *w))
}

/// "…; sign the agreement first", "Kurti: sign now": a clause that opens with the bare verb
/// tells somebody to act.
fn imperative(cx: &Ctx, at: &At, r: &rules::Rule) -> bool {
    let (v, start) = (at.v, at.cl.start);
    let opens = start == 0 || matches!(cx.toks[start - 1].text.as_str(), ";" | ":");
    let w = cx.lw[v];
    v == start && opens && !at.nominal && r.verbs.iter().any(|l| l == w)
}

/// Rules that report a meeting held, opened or resumed, or a team arriving for one.
const MEETING_RULES: &[&str] = &[
    "hold/open talks",
    "the sides meet",
    "talks open",
    "talks resume",
    "resume talks",
    "team arrives",
];

/// Is the token at `v` inside a mention of a party whose name has several words (not a
/// place: "Camp David" keeps no verb anyway)?
fn inside_a_name(mentions: &[crate::watchlist::Mention], v: usize) -> bool {
    mentions
        .iter()
        .any(|m| !m.place && m.end - m.start >= 2 && m.start <= v && v < m.end)
}

/// The headline's act is set in an "as" clause of talks under way: "… as talks open",
/// "… as Cairo talks resume", "…, as the round begins".
fn headline_as_clause(title: &str) -> bool {
    let w = crate::text::match_words(title);
    let talks = rules::word_set("held");
    w.iter().enumerate().any(|(i, x)| {
        x == "as"
            && i > 0
            && (i + 1..(i + 5).min(w.len())).any(|j| talks.iter().any(|t| *t == w[j]))
    })
}

/// A meeting told in the body of an item whose headline reports another act ("Government
/// tables new offer" over "… presented its new offer once talks resumed", "Ukraine signs
/// on to cease-fire plan" over "the two teams met in Jeddah") is the setting of that act,
/// not news of its own.
fn meeting_as_setting(det: &mut Detection, title: &str) {
    let headline_act = det
        .findings
        .iter()
        .any(|f| f.sentence == title && f.kind != "delegation_dispatched");
    if !headline_act {
        return;
    }
    // ("Education workers table $3.25-an-hour ask as central talks open": a meeting in
    // the headline's own "as …" clause is the setting too)
    let as_clause = headline_as_clause(title);
    let (setting, keep): (Vec<Finding>, Vec<Finding>) = det.findings.drain(..).partition(|f| {
        MEETING_RULES.contains(&f.rule.as_str())
            && (f.sentence != title || (as_clause && f.kind == "delegation_dispatched"))
    });
    det.findings = keep;
    det.ruled_out.extend(setting.into_iter().map(|f| RuledOut {
        kind: f.kind,
        rule: f.rule,
        sentence: f.sentence,
        reason: "the meeting where the headline's act happened, not news of its own".into(),
    }));
}

/// Are the talks themselves the subject of the clause's verb ("Casamance talks delayed",
/// "negotiations in Tehran officially ended"), not a side that stops its part?
fn talks_before_verb(cx: &Ctx, at: &At) -> bool {
    cx.lw[at.cl.start..at.v]
        .iter()
        .any(|w| matches!(*w, "talks" | "negotiations" | "dialogue"))
}

/// The checks a finding passed, for `explain` and the alert.
fn checks_passed(how: &str, reported: bool) -> Vec<String> {
    let mut checks = vec![
        format!("actor by {how}"),
        "not negated or denied".to_string(),
        "not a threat, condition, plan or question".to_string(),
        "not background".to_string(),
    ];
    if reported {
        checks.push("reported speech".into());
    }
    checks
}

/// "back deal at", "back the plan at": a text named between "back" and its "at" is what
/// is backed.
fn backs_an_object(lw: &[&str], v: usize) -> bool {
    lw[v + 1..]
        .iter()
        .take_while(|w| **w != "at")
        .take(4)
        .any(|w| {
            rules::word_set("deal").iter().any(|d| d == w)
                || rules::word_set("draft").iter().any(|d| d == w)
        })
}

/// "on the need for", "about the importance of", "that there was a need": what is agreed
/// is a need, not terms — unless the need is for a truce itself ("agreed on the need for an
/// immediate and unconditional ceasefire" is the two sides' call for one).
fn agrees_on_a_need(after: &[&str]) -> bool {
    let mut rest = after.iter().skip_while(|w| {
        matches!(
            **w,
            "on" | "about" | "that" | "the" | "there" | "was" | "is" | "a"
        )
    });
    if !rest
        .next()
        .is_some_and(|w| matches!(*w, "need" | "importance" | "necessity" | "urgency"))
    {
        return false;
    }
    let truce_wanted = rest.next() == Some(&"for")
        && rest
            .take(5)
            .any(|w| matches!(*w, "ceasefire" | "cease-fire" | "truce" | "armistice"));
    !truce_wanted
}

/// Nouns that name what is said about a text, not the text itself.
const DESCRIPTIONS: &[&str] = &[
    "label",
    "labels",
    "characterization",
    "characterisation",
    "description",
    "portrayal",
    // (not "claim": a pay or a territorial claim is what is on the table)
    "claims",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "narrative",
    "comparison",
    "comparisons",
];

/// A description noun among the six words after the verb, before any text it could be
/// about ("rejects 'prisoner swap' label for the deal", "characterization of its plan").
fn describes_the_text(lw: &[&str], v: usize) -> bool {
    let acceptable = rules::word_set("acceptable");
    lw[v + 1..(v + 7).min(lw.len())]
        .iter()
        .take_while(|w| !acceptable.iter().any(|a| a == *w))
        .any(|w| DESCRIPTIONS.contains(w))
}

/// A session named within four words after the verb, and no "with" (a partner) in the
/// clause: "opens special session on the island's future".
fn own_session(after: &[&str]) -> bool {
    after
        .iter()
        .take(4)
        .any(|w| matches!(*w, "session" | "sessions" | "sitting"))
        && !after.contains(&"with")
}

/// "Last-ditch", "High-level": a compound adjective whose first part is a common word,
/// capitalised as a sentence's first word ("Qatar-brokered" and "UN-hosted" begin with a
/// name: a state's in the knowledge table, or letters all in capitals).
fn sentence_cased_compound(text: &str) -> bool {
    let mut parts = text.split('-');
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && rest.iter().all(|p| p.starts_with(char::is_lowercase))
        && first.chars().skip(1).all(char::is_lowercase)
        && !crate::watchlist::known_name(first)
        && !crate::watchlist::known_state_word(first)
}

/// "… 14 times", "several times", "a dozen times" after a verb of meeting: a count.
fn meetings_counted(after: &[&str]) -> bool {
    after.windows(2).take(6).any(|w| {
        w[1] == "times"
            && (w[0].parse::<u32>().is_ok_and(|n| n >= 2)
                || matches!(
                    w[0],
                    "several"
                        | "many"
                        | "numerous"
                        | "dozen"
                        | "multiple"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                ))
    })
}
