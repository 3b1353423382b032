#!/usr/bin/env python3
"""Re-write labelled corpora the way real feeds publish items, and score each shape.

The news in each item stays word for word; only its shape changes. The scores of a shape
should be those of the plain corpora (docs/quality.md, "real feeds' shape"). Shapes:

  wp         WordPress: an image, the excerpt's "[…]", "The post … appeared first on …"
  suffix     each headline ends with its outlet's name (" - ", " | ", " – ")
  titlelead  the headline repeated as the summary's first sentence
  byline     a byline paragraph first, a credit or copyright line last
  titlecase  Title Case headlines
  full       full articles: three earlier items' summaries as later HTML paragraphs
  notitle    no headline, the summary alone (social-media and bridge feeds)
  nosummary  headline only (a reference: the summary's news is gone)
  aggregator "… - Outlet" headlines, the summary a list of the headline and two related ones
  ascii      the wires' spelling: headlines and summaries without diacritics ("Sinn Fein",
             "Erdogan"), the watchlist as written
  invisible  a CMS's invisible characters: soft hyphens ("&shy;") inside long words, a
             byte-order mark before the headline, direction marks after some names
  spacing    names' hyphens written as spaces, apostrophes inside names dropped ("Al
             Shabaab", "Ndjamena"), the watchlist as written

Usage: tools/feed-shapes.py BIN [CORPUS_DIR] [SHAPE ...]
  BIN         a release build of newshound (target/release/newshound)
  CORPUS_DIR  labelled corpora (default tests/corpus)
Prints, per shape, the mean devs P / R, stories B3 F1 and topic P / R over the corpora.
"""
import glob
import html
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import unicodedata
from concurrent.futures import ThreadPoolExecutor

SMALL = {"a", "an", "the", "and", "but", "or", "for", "nor", "on", "at", "to", "by", "of", "in", "as"}


def title_case(t):
    out = []
    for k, w in enumerate(t.split(" ")):
        m = re.search(r"[A-Za-z]", w)
        if not m or (k > 0 and w.lower() in SMALL):
            out.append(w)
        else:
            out.append(w[:m.start()] + w[m.start()].upper() + w[m.start() + 1:])
    return " ".join(out)


def ascii_letters(t):
    return "".join(ch for ch in unicodedata.normalize("NFD", t) if not unicodedata.combining(ch))


def respace(t):
    t = re.sub(r"(?<=[A-Za-z])-(?=[A-Z])|(?<=\b[a-z]{2})-(?=[A-Z])", " ", t)
    return re.sub(r"(?<=\b[A-Z])'(?=[A-Z][a-z])", "", t)


def invisible(t, rnd):
    t = re.sub(r"\b([A-Za-z]{4})([a-z]{4,})", lambda m: m.group(1) + "&shy;" + m.group(2), t)
    return re.sub(r"\b([A-Z][a-z]+)\b", lambda m: m.group(1) + ("\u200f" if rnd.random() < 0.2 else ""), t)


def reshape(c, shape, rnd):
    feeds = {f["id"]: f for f in c["feeds"]}
    items = c["items"]
    relevant = [i for i in items if i["relevant"] and i.get("summary")]
    by_story = {}
    for i in items:
        if i.get("story"):
            by_story.setdefault(i["story"], []).append(i)
    for i in items:
        s, t, outlet = i.get("summary") or "", i["title"], feeds[i["feed"]]["title"]
        if shape == "wp":
            i["summary"] = ('<p><img src="https://cdn.example/x.jpg" alt="" /></p><p>%s [&#8230;]</p>'
                            '<p>The post <a href="%s">%s</a> appeared first on <a href="%s">%s</a>.</p>'
                            % (html.escape(s), i["link"], html.escape(t), feeds[i["feed"]]["base"], html.escape(outlet)))
        elif shape == "suffix":
            i["title"] = t + rnd.choice([" - ", " | ", " – "]) + outlet
        elif shape == "titlelead":
            i["summary"] = (t + ". " + s) if s else t
        elif shape == "byline":
            by = rnd.choice(["By Staff Reporter", "By Maria Lopez and Ahmed Hassan", "By Our Correspondent"])
            tail = rnd.choice(["Copyright 2024 %s. All rights reserved." % outlet, "Sign up for our daily briefing.",
                               "This story has been updated with additional details.", "Photo: AFP"])
            i["summary"] = "<p><em>%s</em></p><p>%s</p><p>%s</p>" % (by, s, tail)
        elif shape == "titlecase":
            i["title"] = title_case(t)
        elif shape == "full":
            earlier = [x for x in relevant if x["at_hours"] < i["at_hours"] - 24]
            recap = rnd.sample(earlier, min(3, len(earlier))) if i["relevant"] else []
            paras = [s] + [x["summary"] for x in recap]
            i["summary"] = "".join("<p>%s</p>" % html.escape(p) for p in paras if p)
        elif shape == "ascii":
            i["title"], i["summary"] = ascii_letters(t), ascii_letters(s)
        elif shape == "invisible":
            i["title"], i["summary"] = "\ufeff" + invisible(t, rnd), invisible(s, rnd)
        elif shape == "spacing":
            i["title"], i["summary"] = respace(t), respace(s)
        elif shape == "notitle":
            i["title"] = ""
        elif shape == "nosummary":
            i["summary"] = ""
        elif shape == "aggregator":
            near = [x for x in by_story.get(i.get("story"), [])
                    if x is not i and abs(x["at_hours"] - i["at_hours"]) < 6 and x["at_hours"] <= i["at_hours"]][:2]
            lis = [(t, outlet)] + [(x["title"], feeds[x["feed"]]["title"]) for x in near]
            i["summary"] = "<ol>" + "".join(
                '<li><a href="https://news.example/x">%s</a>&nbsp;&nbsp;<font color="#6f6f6f">%s</font></li>'
                % (html.escape(a), html.escape(b)) for a, b in lis) + "</ol>"
            i["title"] = t + " - " + outlet
    return c


def score(bin_, path, cfg):
    p = subprocess.run([bin_, "--config", cfg, "replay", "--json", path], capture_output=True, text=True)
    return json.loads(p.stdout)["score"]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    bin_ = sys.argv[1]
    corpora = sys.argv[2] if len(sys.argv) > 2 and os.path.isdir(sys.argv[2]) else "tests/corpus"
    shapes = [a for a in sys.argv[2:] if not os.path.isdir(a)] or [
        "plain", "wp", "suffix", "titlelead", "byline", "titlecase", "full", "nosummary", "aggregator"]
    files = sorted(glob.glob(os.path.join(corpora, "*.json")))
    keys = ["dev_precision", "dev_recall", "story_b3_f1", "topic_precision", "topic_recall"]
    with tempfile.TemporaryDirectory() as tmp:
        cfg = os.path.join(tmp, "empty.toml")
        open(cfg, "w").close()
        for shape in shapes:
            out = os.path.join(tmp, shape)
            os.makedirs(out)
            for f in files:
                c = json.load(open(f))
                if shape != "plain":
                    c = reshape(c, shape, random.Random(os.path.basename(f) + shape))
                json.dump(c, open(os.path.join(out, os.path.basename(f)), "w"))
            paths = sorted(glob.glob(os.path.join(out, "*.json")))
            with ThreadPoolExecutor(2) as ex:
                scores = list(ex.map(lambda p: score(bin_, p, cfg), paths))
            means = " / ".join("%.3f" % statistics.mean(s[k] for s in scores) for k in keys)
            print("%-11s %s  (P / R / B3 / topic P / topic R over %d corpora)" % (shape, means, len(scores)))


if __name__ == "__main__":
    main()
