#!/usr/bin/env python3
"""Debug view of a corpus-eval work folder: predicted stories vs gold, developments with items.
Usage: eval-detail.py CORPUS WORKDIR BIN"""
import json, subprocess, sys
corpus = json.load(open(sys.argv[1]))
work, binary = sys.argv[2], sys.argv[3]
by_link = {i["link"]: i for i in corpus["items"]}
def run(*a):
    return [json.loads(l) for l in subprocess.run([binary, "--config", work + "/newshound.toml", *a], capture_output=True, text=True).stdout.splitlines() if l.strip()]
taken = set()
for s in run("stories", "--json"):
    print("story", s["id"], s["title"][:70])
    for l in s["items"]:
        taken.add(l)
        it = by_link.get(l, {})
        print("   ", it.get("story"), it.get("at_hours"), it.get("title", l)[:80])
for i in corpus["items"]:
    if i["relevant"] and i["link"] not in taken:
        print("NOT TAKEN:", i["title"])
    if not i["relevant"] and i["link"] in taken:
        print("WRONGLY TAKEN:", i["title"])
for d in run("developments", "--json"):
    evs = sorted({e for l in d["items"] for e in by_link.get(l, {}).get("events", [])})
    print("dev", d["id"], d["kind"], d["actors"], "events", evs, "|", d["evidence"][:100])
