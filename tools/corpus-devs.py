#!/usr/bin/env python3
"""Every development of every labelled corpus, next to its labels: where the errors are.

Each development is `match` (the first for a labelled event of its kind, an actor in
common, an item shared), `dup` (a second one for that event), `wrong_actor` (its kind is
labelled on its items, with other actors), `wrong_kind` (its items report another kind) or
`none` (its items report nothing). Each labelled event no development matched is listed
with its kind, its actors, how many of its items were taken and their titles. The status
follows the scorer's rules closely but not exactly (it takes events in another order);
the counts are for reading errors, the scorer's are the score.

Usage: corpus-devs.py BIN OUT.json [--dir tests/corpus] [--only NAME,NAME]
Prints the counts by status and by (found kind, labelled kind); OUT holds every row.
"""
import argparse, json, os, subprocess, tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def one(binary, config, path):
    r = subprocess.run([binary, "--config", config, "replay", "--json", path], capture_output=True, text=True)
    rep, c = json.loads(r.stdout), json.load(open(path, encoding="utf-8"))
    name = os.path.basename(path)[:-5]
    by_link = {it["link"]: it for it in c["items"]}
    evs = {e["id"]: e for e in c["events"]}
    matched, rows = set(), []
    for dv in sorted(rep["developments"], key=lambda d: d["id"]):
        on = Counter(e for l in dv["items"] for e in by_link.get(l, {}).get("events", []))
        same = [e for e in on if evs[e]["kind"] == dv["kind"]]
        ok = [e for e in same if not evs[e]["actors"] or set(evs[e]["actors"]) & set(dv["actors"])]
        free = [e for e in ok if e not in matched]
        if free:
            ev = max(free, key=lambda e: on[e]); matched.add(ev); status = "match"
        elif ok:
            ev, status = ok[0], "dup"
        elif same:
            ev, status = same[0], "wrong_actor"
        elif on:
            ev, status = max(on, key=lambda e: on[e]), "wrong_kind"
        else:
            ev, status = None, "none"
        rows.append({"corpus": name, "id": dv["id"], "kind": dv["kind"], "actors": dv["actors"],
                     "rule": dv.get("rule"), "evidence": dv["evidence"], "status": status, "event": ev,
                     "event_kind": evs[ev]["kind"] if ev else None,
                     "event_actors": evs[ev]["actors"] if ev else None})
    taken = {l for s in rep["stories"] for l in s["items"]}
    missed = []
    for e in c["events"]:
        if e["id"] in matched:
            continue
        its = [it for it in c["items"] if e["id"] in it.get("events", [])]
        missed.append({"corpus": name, "event": e["id"], "kind": e["kind"], "actors": e["actors"],
                       "taken": sum(it["link"] in taken for it in its), "items": len(its),
                       "titles": [it["title"] for it in its][:4]})
    return rows, missed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin"); ap.add_argument("out")
    ap.add_argument("--dir", default=os.path.join(HERE, "tests", "corpus"))
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    only = set(filter(None, a.only.split(",")))
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as cfg:
        pass
    files = sorted(os.path.join(a.dir, f) for f in os.listdir(a.dir)
                   if f.endswith(".json") and (not only or f[:-5] in only))
    rows, missed = [], []
    with ThreadPoolExecutor(os.cpu_count() or 2) as ex:
        for r, m in ex.map(lambda p: one(os.path.abspath(a.bin), cfg.name, p), files):
            rows += r; missed += m
    os.unlink(cfg.name)
    json.dump({"developments": rows, "missed": missed}, open(a.out, "w"), indent=0)
    print(dict(Counter(r["status"] for r in rows)), "missed", len(missed))
    for (k, e), n in Counter((r["kind"], r["event_kind"]) for r in rows if r["status"] == "wrong_kind").most_common(12):
        print(f"  found {k} where labelled {e}: {n}")


if __name__ == "__main__":
    main()
