#!/usr/bin/python3
"""Writes a 10,000-row corpus with ~50 labels for the training time and heap benchmark (docs/benchmarks.md).

usage: make_scale_corpus.py LAPOR_CSV OUT.csv [ROWS]

Rows are LAPOR! 2017 reports (title + body) with their sentences shuffled and ~10% of words dropped, so texts are
long and realistic but not duplicates. category = agency_type (24 labels); agency = the addressed agency name for
the 49 most frequent names, else "LAINNYA" (50 labels). Fixed seed: the same file every time.
"""
import csv
import random
import re
import sys
from collections import Counter


def main(source, out, rows=10000):
    with open(source, encoding="utf-8", newline="") as f:
        reports = [r for r in csv.DictReader(f) if r["agency_type"].strip()]
    top = {name for name, _ in Counter(r["agency_addressed"] for r in reports).most_common(49)}
    rnd = random.Random(20261123)
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["text", "category", "agency"])
        for i in range(rows):
            r = reports[i % len(reports)] if i < len(reports) else rnd.choice(reports)
            sentences = re.split(r"(?<=[.!?])\s+", r["body"].strip())
            if i >= len(reports):
                rnd.shuffle(sentences)
                sentences = [" ".join(word for word in s.split() if rnd.random() > 0.1) for s in sentences]
            text = r["title"].strip() + ". " + " ".join(s for s in sentences if s)
            agency = r["agency_addressed"] if r["agency_addressed"] in top else "LAINNYA"
            w.writerow([text, r["agency_type"], agency])
    print(f"wrote {rows} rows to {out}")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 10000)
