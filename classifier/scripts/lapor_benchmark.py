#!/usr/bin/python3
"""Benchmark helper for the LAPOR! 2017 agency-type task (see docs/benchmarks.md, section Classifier).

Commands:
  prepare DATASET OUTDIR   write 5 folds as OUTDIR/fold{k}-train.csv / fold{k}-test.csv (columns text,category,agency)
  baselines OUTDIR         majority class, multinomial naive Bayes, TF-IDF word 1-2 + char 2-5 grams with a linear SVM
                           and with logistic regression, on the same folds; prints mean metrics over the folds
  summarize OUTDIR PREFIX [HEAD]  mean metrics over OUTDIR/PREFIX{k}.json written by `aduan-classifier evaluate
                           --json` for HEAD (agency by default, or category)
  report-types DATASET OUT.csv  text,category,agency with category = the report type code (pengaduan, aspirasi,
                           permintaan-informasi) for `aduan-classifier report-types`
  ranks OUTDIR             where the true label sits in the LinearSVC baseline's ranking, misses per class, and
                           re-ranking ideas for ranks 2-3 (class prior, catch-all class), see ADR 0106
  kfold CSV OUTDIR         5 folds of any text,category,agency CSV (row i, after a fixed shuffle, goes to fold i mod 5)

The split is fixed: a report goes to fold (nid mod 5), so duplicated reports (same nid) never straddle train and
test. Rows without an agency_type are dropped. text = title + ". " + body. The dataset is NOT copied into the repo.
"""
import csv
import json
import sys
from collections import Counter

FOLDS = 5


def prepare(dataset, outdir):
    import os
    os.makedirs(outdir, exist_ok=True)
    with open(dataset, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["agency_type"].strip()]
    for k in range(FOLDS):
        for part, keep in (("train", lambda r: int(r["nid"]) % FOLDS != k), ("test", lambda r: int(r["nid"]) % FOLDS == k)):
            with open(f"{outdir}/fold{k}-{part}.csv", "w", encoding="utf-8", newline="") as out:
                w = csv.writer(out)
                w.writerow(["text", "category", "agency"])
                for r in rows:
                    if keep(r):
                        w.writerow([r["title"].strip() + ". " + r["body"].strip(), "", r["agency_type"].strip()])
    print(f"{len(rows)} labelled reports in {FOLDS} folds under {outdir}")


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [r["agency"] for r in rows]


def metrics(y_true, ranked):
    """ranked: for each document, labels best first."""
    from sklearn.metrics import f1_score
    y_pred = [r[0] for r in ranked]
    acc = sum(t == p for t, p in zip(y_true, y_pred)) / len(y_true)
    top3 = sum(t in r[:3] for t, r in zip(y_true, ranked)) / len(y_true)
    labels = sorted(set(y_true) | set(y_pred))
    macro = f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0)
    return acc, macro, top3


def ranked_from_scores(classes, scores):
    import numpy as np
    order = np.argsort(-scores, axis=1)
    return [[classes[i] for i in row] for row in order]


def baselines(outdir):
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import MultinomialNB
    from sklearn.svm import LinearSVC

    results = {}
    for k in range(FOLDS):
        xtr, ytr = read(f"{outdir}/fold{k}-train.csv")
        xte, yte = read(f"{outdir}/fold{k}-test.csv")
        counts = Counter(ytr)
        ranked = [m for m, _ in counts.most_common()]
        results.setdefault("majority class", []).append(metrics(yte, [ranked] * len(yte)))

        cv = CountVectorizer(lowercase=True)
        nb = MultinomialNB().fit(cv.fit_transform(xtr), ytr)
        results.setdefault("multinomial NB (word counts)", []).append(
            metrics(yte, ranked_from_scores(nb.classes_, nb.predict_proba(cv.transform(xte)))))

        word = TfidfVectorizer(lowercase=True, ngram_range=(1, 2), sublinear_tf=True, min_df=1)
        char = TfidfVectorizer(lowercase=True, analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1)
        tr = hstack([word.fit_transform(xtr), char.fit_transform(xtr)]).tocsr()
        te = hstack([word.transform(xte), char.transform(xte)]).tocsr()
        svm = LinearSVC(C=1.0).fit(tr, ytr)
        results.setdefault("TF-IDF word 1-2 + char 2-5, LinearSVC", []).append(
            metrics(yte, ranked_from_scores(svm.classes_, svm.decision_function(te))))
        lr = LogisticRegression(C=10.0, max_iter=2000).fit(tr, ytr)
        results.setdefault("TF-IDF word 1-2 + char 2-5, LogisticRegression(C=10)", []).append(
            metrics(yte, ranked_from_scores(lr.classes_, lr.predict_proba(te))))
        print(f"fold {k} done", file=sys.stderr)
    report(results)


def report(results):
    print("| system | accuracy | macro-F1 | top-3 accuracy |")
    print("|---|---|---|---|")
    for name, folds in results.items():
        acc, macro, top3 = (sum(f[i] for f in folds) / len(folds) for i in range(3))
        print(f"| {name} | {acc:.3f} | {macro:.3f} | {top3:.3f} |")


def report_types(dataset, out):
    with open(dataset, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["request_type"].strip()]
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["text", "category", "agency"])
        for r in rows:
            w.writerow([r["title"].strip() + ". " + r["body"].strip(), r["request_type"].strip().replace("_", "-"), ""])
    print(f"{len(rows)} reports with a request type in {out}")


def kfold(source, outdir):
    import os
    import random
    os.makedirs(outdir, exist_ok=True)
    with open(source, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    random.Random(5).shuffle(rows)
    for k in range(FOLDS):
        for part, keep in (("train", lambda i: i % FOLDS != k), ("test", lambda i: i % FOLDS == k)):
            with open(f"{outdir}/fold{k}-{part}.csv", "w", encoding="utf-8", newline="") as out:
                w = csv.writer(out)
                w.writerow(["text", "category", "agency"])
                for i, r in enumerate(rows):
                    if keep(i):
                        w.writerow([r["text"], r["category"], r["agency"]])
    print(f"{len(rows)} rows in {FOLDS} folds under {outdir}")


def summarize(outdir, prefix, head="agency"):
    folds = []
    for k in range(FOLDS):
        with open(f"{outdir}/{prefix}{k}.json", encoding="utf-8") as f:
            a = json.load(f)[head]
        folds.append((a["accuracy"], a["macro_f1"], a["top3_accuracy"], a.get("calibration_error", float("nan")),
                      json.load(open(f"{outdir}/{prefix}{k}.json", encoding="utf-8"))["latency_ms_per_document"]["p50"]))
    report({prefix: folds})
    ece = sum(f[3] for f in folds) / len(folds)  # nan when the JSON predates calibration_error
    p50 = sum(f[4] for f in folds) / len(folds)
    print(f"calibration error (ECE, 10 bins) {ece:.3f}; evaluation latency p50 {p50:.2f} ms per report")


def ranks(outdir):
    """Rank of the true label under the TF-IDF + LinearSVC baseline, and top-3 of re-ranking ideas (ADR 0106)."""
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    folds = []
    for k in range(FOLDS):
        xtr, ytr = read(f"{outdir}/fold{k}-train.csv")
        xte, yte = read(f"{outdir}/fold{k}-test.csv")
        word = TfidfVectorizer(lowercase=True, ngram_range=(1, 2), sublinear_tf=True, min_df=1)
        char = TfidfVectorizer(lowercase=True, analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1)
        tr = hstack([word.fit_transform(xtr), char.fit_transform(xtr)]).tocsr()
        te = hstack([word.transform(xte), char.transform(xte)]).tocsr()
        svm = LinearSVC(C=1.0).fit(tr, ytr)
        classes = list(svm.classes_)
        prior = np.array([ytr.count(c) for c in classes]) / len(ytr)
        folds.append((classes, svm.decision_function(te), yte, prior))
        print(f"fold {k} done", file=sys.stderr)

    def top3(order_of):
        hits = n = 0
        for classes, scores, yte, prior in folds:
            for y, s in zip(yte, scores):
                n += 1
                hits += y in [classes[j] for j in order_of(s, prior)[:3]]
        return hits / n

    rank_counts, misses, support = Counter(), Counter(), Counter()
    for classes, scores, yte, prior in folds:
        for y, s in zip(yte, scores):
            r = [classes[j] for j in np.argsort(-s)].index(y)
            rank_counts["1" if r == 0 else "2" if r == 1 else "3" if r == 2 else "4-9" if r < 9 else "10+"] += 1
            support[y] += 1
            misses[y] += r >= 3
    print("rank of the true label:", {k: rank_counts[k] for k in ("1", "2", "3", "4-9", "10+")})
    print("top-3 misses per class:", [(c, m, support[c]) for c, m in misses.most_common() if m])
    print(f"plain ranking: top-3 {top3(lambda s, p: list(np.argsort(-s))):.3f}")
    for t in (0.1, 0.2, 0.5):
        for b in (0.25, 0.5, 1, 2):
            def prior_rerank(s, p, t=t, b=b):
                z = s / t + b * np.log(p)
                z[int(np.argmax(s))] = np.inf  # the first suggestion stays
                return list(np.argsort(-z))
            print(f"ranks 2-3 by margin/{t} + {b} * log prior: top-3 {top3(prior_rerank):.3f}")

    def catch_all(s, p):
        largest = int(np.argmax(p))
        order = [j for j in np.argsort(-s) if j != largest]
        return order[:2] + [largest] + order[2:] if largest not in list(np.argsort(-s))[:3] else list(np.argsort(-s))
    print(f"largest class always in the top 3: top-3 {top3(catch_all):.3f}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "prepare" and len(sys.argv) == 4:
        prepare(sys.argv[2], sys.argv[3])
    elif cmd == "baselines" and len(sys.argv) == 3:
        baselines(sys.argv[2])
    elif cmd == "summarize" and len(sys.argv) in (4, 5):
        summarize(*sys.argv[2:])
    elif cmd == "report-types" and len(sys.argv) == 4:
        report_types(sys.argv[2], sys.argv[3])
    elif cmd == "ranks" and len(sys.argv) == 3:
        ranks(sys.argv[2])
    elif cmd == "kfold" and len(sys.argv) == 4:
        kfold(sys.argv[2], sys.argv[3])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
