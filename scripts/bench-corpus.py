#!/usr/bin/env python3
"""Builds the benchmark corpus: varied Chinese news pages recombined from the seeds' paragraphs.

Usage: bench-corpus.py --out DIR --megabytes N [--seed S] SOURCE_DIR...

Every paragraph of every `*.txt` under the source folders goes into one pool. Each generated page takes
a headline (the first sentence of a random paragraph) and 3-40 paragraphs drawn from the pool; a third of
the paragraphs are cut at a sentence end and joined to the tail of another paragraph, and the Arabic
numbers of a paragraph are shifted by a page-specific amount, so that pages differ in their facts too,
not only in their order. A page's SHA-256 is checked against every earlier one: no two files are
identical, so a tool cannot profit from duplicates. Sizes follow real archives: most pages 2-20 KB, one
in a hundred 100-600 KB (a long special report), and one huge 1-3 MB page per 100 MB. A tenth of the
pages have CRLF line ends and hard-wrapped lines (the layout repair's work).

The corpus is deterministic for a given seed and source set (Python's `random` with an explicit seed),
so two runs of the benchmark read the same bytes. Pages are spread over folders of 500 files.
"""

import argparse
import hashlib
import os
import random
import re
import sys

SENTENCE_END = re.compile(r"(?<=[。！？；])")
NUMBER = re.compile(r"\d+")


def paragraphs(folders):
    pool = []
    for folder in folders:
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                if not name.endswith(".txt"):
                    continue
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    text = f.read().replace("\r\n", "\n")
                for para in text.split("\n"):
                    para = para.strip()
                    if len(para) >= 4:
                        pool.append(para)
    return pool


def shift_numbers(para, rng):
    delta = rng.randint(1, 97)

    def repl(m):
        digits = m.group(0)
        # Keep years and zero-led digit strings (codes, decimals' fractions) as they are: a shifted year
        # would make a date out of range, and the point is variety, not nonsense.
        if len(digits) == 4 and digits[:2] in ("19", "20") or digits.startswith("0"):
            return digits
        return str(int(digits) + delta)

    return NUMBER.sub(repl, para)


def mixed_paragraph(pool, rng):
    para = rng.choice(pool)
    if rng.random() < 0.33:
        head = [s for s in SENTENCE_END.split(para) if s]
        tail = [s for s in SENTENCE_END.split(rng.choice(pool)) if s]
        cut_head = rng.randint(1, len(head))
        cut_tail = rng.randint(0, max(0, len(tail) - 1))
        para = "".join(head[:cut_head] + tail[cut_tail:])
    if rng.random() < 0.5:
        para = shift_numbers(para, rng)
    return para


def hard_wrap(para, rng):
    width = rng.randint(18, 40)
    return "\n".join(para[i:i + width] for i in range(0, len(para), width))


def page(pool, rng, target):
    headline = SENTENCE_END.split(rng.choice(pool))[0][:40]
    parts = [headline, ""]
    size = 0
    wrapped = rng.random() < 0.1
    while size < target:
        para = mixed_paragraph(pool, rng)
        parts.append(hard_wrap(para, rng) if wrapped else para)
        parts.append("")
        size += len(para.encode("utf-8"))
    text = "\n".join(parts)
    if wrapped:
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def page_size(rng, index, huge_every):
    if huge_every and index % huge_every == huge_every // 2:
        return rng.randint(1_000_000, 3_000_000)
    if rng.random() < 0.01:
        return rng.randint(100_000, 600_000)
    return int(rng.triangular(2_000, 20_000, 6_000))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--megabytes", type=float, required=True)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("sources", nargs="+")
    args = parser.parse_args()

    pool = paragraphs(args.sources)
    if not pool:
        sys.exit("bench-corpus: no paragraphs in " + " ".join(args.sources))
    rng = random.Random(args.seed)
    total = int(args.megabytes * 1_000_000)
    # Roughly one huge page per 100 MB, placed at a fixed position among ~10k pages.
    huge_every = 10_000
    seen = set()
    written = 0
    index = 0
    while written < total:
        data = page(pool, rng, page_size(rng, index, huge_every))
        digest = hashlib.sha256(data).digest()
        if digest in seen:
            continue
        seen.add(digest)
        folder = os.path.join(args.out, "p%03d" % (index // 500))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "page-%06d.txt" % index), "wb") as f:
            f.write(data)
        written += len(data)
        index += 1
    print(f"bench-corpus: {index} pages, {written / 1_000_000:.1f} MB from {len(pool)} paragraphs in {args.out}")


if __name__ == "__main__":
    main()
