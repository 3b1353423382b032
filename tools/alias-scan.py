#!/usr/bin/env python3
"""Put every configured name of every labelled corpus in plain headlines, and count the ones
whose party the analysis does not find acting.

A watchlist written by somebody else names its parties its own way: "Government of
Guinea-Bissau", "NSCN (IM)", "DC 33", "New Hope", "Ali Said Abdella", "SLM/A". Each such
name must read as a name, whatever words and marks it holds. This scan writes six sentences
per name (a rejection, a withdrawal, a dispatch, demands, a proposal, talks suspended; five
headlines and one body sentence) and checks that each finds that kind with that party.

Names that cannot be a subject are skipped (a demonym alone: "Israeli"); misses that are
by design are listed apart (a mediator accepting, the Security Council demanding).

Usage: tools/alias-scan.py [CORPUS_DIR]   (default tests/corpus; runs `cargo test` in the
repository for the `dbg_batch` helper, a debug build)
Prints the number of sentences and of misses, then the misses grouped by name.
"""
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile

TEMPLATES = [
    ("{a} rejects the new proposal", "", "proposal_rejected"),
    ("{a} pulls out of the talks", "", "delegation_withdrawal"),
    ("{a} sends a delegation to the talks", "", "delegation_dispatched"),
    ("{a} demands the release of all prisoners", "", "new_demands"),
    ("{a} presents a new peace plan", "", "proposal"),
    ("{a} suspends the talks", "", "talks_suspended"),
    ("Talks latest", "{a} said on Monday it rejected the new proposal.", "proposal_rejected"),
]
BY_DESIGN = ("mediators backing a plan", "the Security Council presses")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    corpora = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "tests", "corpus")
    rows = []
    for f in sorted(glob.glob(os.path.join(os.path.abspath(corpora), "*.json"))):
        actors = json.load(open(f))["watchlist"]["actors"]
        for name, aliases in actors.items():
            for a in [name] + aliases:
                words = a.split()
                if not a[:1].isupper():
                    continue
                if len(words) == 1 and a.lower().endswith(("an", "i", "ese", "ish")):
                    continue
                for title, body, kind in TEMPLATES:
                    rows.append({"tag": len(rows), "corpus": f, "title": title.format(a=a),
                                 "body": body.format(a=a), "actor": name, "alias": a, "kind": kind})
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as t:
        t.write("\n".join(json.dumps(r) for r in rows))
    out = subprocess.run(["cargo", "test", "--locked", "--lib", "-q", "dbg_batch", "--", "--ignored",
                          "--nocapture"], cwd=root, env={**os.environ, "BATCH": t.name},
                         capture_output=True, text=True).stdout
    os.unlink(t.name)
    missed, by_design = collections.defaultdict(list), 0
    for line in out.splitlines():
        if not line.startswith('{"tag"'):
            continue
        v = json.loads(line)
        r, d = rows[v["tag"]], v["detection"]
        if any(f["kind"] == r["kind"] and r["actor"] in f["actors"] for f in d["findings"]):
            continue
        if any(x["reason"].startswith(BY_DESIGN) for x in d["ruled_out"]):
            by_design += 1
            continue
        missed[(r["alias"], r["actor"])].append(r["kind"])
    print("%d sentences, %d missed (%d more by design)" % (
        len(rows), sum(len(k) for k in missed.values()), by_design))
    for (alias, actor), kinds in sorted(missed.items()):
        print("  %-45s %-30s %s" % (alias, actor, ", ".join(sorted(set(kinds)))))


if __name__ == "__main__":
    main()
