#!/usr/bin/env python3
"""Seed corpus and dictionary for the libFuzzer target (FuzzTesting/, run by scripts/fuzz.sh).

Writes into OUT (default .fuzz/seed-corpus):
- the seed pages' sentences and paragraphs (from seeds/*.txt, in this repository), each a file,
  and the same text in GB18030 and UTF-16 (with and without a byte-order mark);
- the hostile inputs of issue 7, built here (nothing binary is committed): empty, PNG header, random
  bytes, invalid UTF-8 in mid-text, NUL, a line without breaks, a 400-digit number, 1e999, -0, every
  Unicode space and control character, right-to-left marks and emoji, mixed CRLF/CR/LF, characters
  XML 1.0 forbids, formula-like cells (=, +, -, @);
and DICT (default .fuzz/newsfacts.dict): a libFuzzer dictionary of the tokens the recognizers look for
(numerals, units, classifiers, currency signs, connectors, byline openers), taken from the resource
tables under Sources/NewsFactsKit/Resources, so the fuzzer finds numbers with units quickly.

Deterministic (fixed random seed), so CI and a local run start from the same corpus.
Python 3 standard library only. Written for NewsFacts issue 7, 2026.
"""
import glob
import hashlib
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".fuzz", "seed-corpus")
DICT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, ".fuzz", "newsfacts.dict")
MAX_LEN = 8192  # scripts/fuzz.sh runs with -max_len=8192; longer entries would be cut anyway


def write(entries, data):
    data = data[:MAX_LEN]
    entries[hashlib.sha1(data).hexdigest()] = data


def seed_entries(entries):
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        text = open(path, encoding="utf-8").read()
        paragraphs = [p for p in re.split(r"\r?\n", text) if p.strip()]
        for p in paragraphs:
            write(entries, p.encode("utf-8"))
            for s in re.findall(r"[^。！？]*[。！？]?", p):
                if len(s) >= 4:
                    write(entries, s.encode("utf-8"))
        # A few multi-paragraph windows: headlines, bylines and articles only show across lines.
        for i in range(0, len(paragraphs), 6):
            window = "\n".join(paragraphs[i:i + 6]) + "\n"
            write(entries, window.encode("utf-8"))
            write(entries, window.encode("gb18030"))
            write(entries, b"\xff\xfe" + window.encode("utf-16-le"))
            write(entries, window.encode("utf-16-be"))
            write(entries, window.replace("\n", "\r\n").encode("utf-8"))


def hostile_entries(entries):
    rng = random.Random(7)
    sentence = "全市有89所学校，投资3亿元，同比增长5.2%。"
    write(entries, b"")
    write(entries, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(200)))
    write(entries, bytes(rng.randrange(256) for _ in range(1000)))
    write(entries, "今年增长了5%，".encode() + b"\xff\xfe\xc0\x80" + "达到300亿元。".encode())
    write(entries, sentence.encode("gb18030"))
    write(entries, b"\xff\xfe" + sentence.encode("utf-16-le"))
    write(entries, sentence.encode("utf-16-le"))
    write(entries, b"\xfe\xff" + sentence.encode("utf-16-be"))
    write(entries, "全市有89所\x00学校，投资3\x00亿元。".encode())
    write(entries, ("投资3亿元，增长5%，" * 800).encode())
    write(entries, ("字" * 3000).encode())
    write(entries, ("总额为" + "9" * 400 + "元。").encode())
    write(entries, "另有1e999元和-0元，以及1E999吨。增长-0%。".encode())
    write(entries, "-0.000元，0e0吨，.5亿，5.亿，1,234,567,890,123,456,789元。".encode())
    controls = "".join(chr(c) for c in list(range(0, 32)) + [0x7F] + list(range(0x80, 0xA0)))
    spaces = "".join(chr(c) for c in [0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000])
    invisible = "\u200b\u200c\u200d\u2060\ufeff\ufffe\uffff"
    write(entries, ("投资" + controls + "3亿元。" + spaces + "增长" + invisible + "5%。\n").encode("utf-8", "surrogatepass"))
    write(entries, ("投资3" + spaces + "亿元，" + "增长5" + controls[:8] + "%。").encode())
    write(entries, "\u200f\u202e投资3亿元\u202c😀👨‍👩‍👧，增长5%\u200e。🇨🇳\n".encode())
    write(entries, "第一行有3个。\r\n第二行有4个。\r第三行有5个。\n\r\n\r".encode())
    write(entries, "=SUM(A1:A9)有3个\n+1元\n-5吨\n@home 6人\n\t7所\n'8家\n".encode())
    write(entries, "<![CDATA[3亿元]]>&amp;&#0;&#xFFFE;]]>\x01\x08\x0b\x0c投资5亿元".encode())
    write(entries, "新华社北京4月11日电（记者 张三）全市投资3亿元。\n本报讯 ■ 要闻\n".encode())


def dictionary_tokens():
    tokens = set()
    resources = os.path.join(ROOT, "Sources", "NewsFactsKit", "Resources")
    for name in ["numbers/numerals.tsv", "numbers/connectors.tsv", "numbers/markers.tsv", "units/units.tsv",
                 "units/classifiers.tsv", "units/currency-symbols.tsv", "units/money-subunits.tsv",
                 "segment/segment.tsv", "resolve/changes.tsv"]:
        path = os.path.join(resources, name)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            # segment.tsv lists members in its second column; the other tables lead with the token.
            cells = fields[1].split(" ") if name.startswith("segment/") and len(fields) > 1 else fields[:1]
            for cell in cells:
                cell = cell.strip()
                if cell and len(cell.encode()) <= 16:
                    tokens.add(cell)
    return sorted(tokens)


def main():
    entries = {}
    seed_entries(entries)
    hostile_entries(entries)
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    for name, data in entries.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    os.makedirs(os.path.dirname(DICT), exist_ok=True)
    with open(DICT, "w", encoding="ascii") as f:
        for token in dictionary_tokens():
            f.write('"' + "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else "\\x%02X" % b
                                  for b in token.encode()) + '"\n')
    print(f"fuzz-corpus: {len(entries)} inputs in {OUT}, dictionary {DICT}")


main()
