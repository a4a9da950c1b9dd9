"""Held-out figures of variants of the news-stance model, each against the shipped settings.

Run: python3 benchmarks/stance_experiments.py [EVAL_DIR] [--only NAME ...]
(`--only text-TASK` for a task of `fit_stance.TASKS` without and with the stacked n-gram text model;
`--only placed` for news stance without its placed cues and without its calibrated confidence;
`--only pair-agreement` / `--only pair-rumoureval` for features of the reply and its parent together;
`--only negative-parent` for the copies of a reply's negative words under a negative parent;
`--only platform` for RumourEval stance without and with its Reddit flag, and variants of it;
`--only social-strength` for RumourEval stance at several L2 strengths and with deny word families;
`--only you-negated` for news and SubReddit agreement with a cue for a negated "you";
`--only reference` for news stance with cues for naming the piece, news agreement with an opinion
opener and the forms of a reply echoing its parent's words; `--only off-article` for news stance
with a cue for a long comment far from the article's words; `--only negative-article` for news
stance with a comment's negative words weighed again under a negative article; `--only headline`
for news stance with the comment's overlap with the headline and its negation of it; `--only model-side`
for news stance with class offsets, NB-LR n-grams, VADER scores, SubReddit responses as stance rows,
the target of a pushback and the closest article sentence; `--only text-strength` for news stance with
the text model's strength by nested CV; `--only page-mood` for news stance with the mean cues of the
other comments of the page; `--only author-reply-rule` for the reading of the author's replies to readers;
`--only author-model` for news agreement with the author's replies by their own model; `--only domain-copies`
for the SubReddit rows as another domain; `--only pair-as-stance` for the news stance model read on a reply
and its parent; `--only aimed-negative` for a reply's negative words by whom they are aimed at;
`--only parent-side` for news stance with the parent's predicted stance; `--only news-shapes` for a question
to another commenter and models apart for top-level comments and replies; `--only reply-sides` for how each
news file's annotators label a reply's stance from its parent's; `--only social-author` for RumourEval
with the source author's replies by their own model; `--only social-rules` for RumourEval with per-class
offsets on the decision, chosen inside each training part; `--only thread-mood` for RumourEval with the mean
cues of the thread's other posts; `--only to-claim` for RumourEval with a direct reply's questions and
links weighed apart; `--only trees` for every task by gradient-boosted trees over the shipped features, and
by the mean of the trees' and the regression's probabilities (run it with OMP_NUM_THREADS=1); `--only positive-parent`
for news and SubReddit agreement without and with a reply's negative words weighed again under a glad parent;
`--only markers` for news stance and news agreement with hedges, boosters, examples, an affirming opener or
an emotive interjection as a cue; `--only term-tone` for news stance with the tone in which a comment speaks of
the article's subjects, and news agreement with the same against the parent; `--only stance-sides` for news
agreement with the reply's and its parent's predicted stance toward the author.)

Every variant is validated as `fit_stance` validates the shipped model: whole pages left out
(12 folds over both news files), the confidence threshold chosen on the held-out predictions.
Nothing here is tuned on the evaluation folds: a variant that picks a setting (the L2 strength)
picks it inside each training part by an inner grouped cross-validation. A variant is kept in
`fit_stance.TASKS` only if it raises the held-out figures; benchmarks/README.md records them all.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from discourse.analysis import fit_stance  # noqa: E402
from discourse.analysis.cues import _ENGLISH, _content_words, _sentence_words, make_context, relation_hits  # noqa: E402
from discourse.analysis.fit_stance import TASKS, Data, choose_threshold, cross_validate, load  # noqa: E402
from discourse.analysis.stance import (  # noqa: E402
    NEGATIVE_PARENT_CUES, news_stance_features, record_agreement_features,
)
from discourse.analysis.text import prepare, without_furniture  # noqa: E402

C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
INNER_FOLDS = 4
NEWS = TASKS["stance_news"]


def figures(data: Data, predicted: np.ndarray, confidence: np.ndarray) -> str:
    """macro-F1 per file and for both, the confident share and the most confident half's accuracy."""
    threshold = choose_threshold(data.labels, predicted, confidence)
    parts = []
    for source in [*dict.fromkeys(data.sources), "all"]:
        mask = np.ones(len(data.labels), bool) if source == "all" else data.sources == source
        gold, guess, conf = data.labels[mask], predicted[mask], confidence[mask]
        half = np.argsort(-conf, kind="stable")[: len(gold) // 2]
        parts.append(f"{'both' if source == 'all' else source.split('.')[0].replace('stance-news-', '')} "
                     f"{f1_score(gold, guess, average='macro'):.3f}")
        if source == "all":
            sure = conf >= threshold
            parts.append(f"confident {sure.mean():.0%} ({(gold[sure] == guess[sure]).mean():.0%} right), "
                         f"half {(gold[half] == guess[half]).mean():.0%} right")
    return "  ".join(parts)


def run(name: str, data: Data, task, extra=()) -> None:
    predicted, confidence, _ = cross_validate(data, task, list(extra))
    print(f"{name:44} {figures(data, predicted, confidence)}", flush=True)


def nested_c(data: Data, task, extra=()) -> None:
    """The L2 strength picked inside each outer training part by an inner grouped CV."""
    predicted, confidence, chosen = _nested(data, task, C_GRID, extra)
    print(f"{'L2 strength by nested grouped CV':44} {figures(data, predicted, confidence)}  "
          f"(C chosen: {', '.join(map(str, chosen))})", flush=True)


def _held_out(data: Data) -> tuple[np.ndarray, np.ndarray, list[tuple[np.ndarray, np.ndarray]]]:
    """Arrays for the held-out labels and confidences (records the rules decide keep the rule's label),
    and the outer folds as `fit_stance` makes them (whole pages or threads), without those records."""
    predicted = np.empty(len(data.labels), dtype=object)
    confidence = np.ones(len(data.labels))
    ruled = np.array([f is None for f in data.features])
    predicted[ruled] = fit_stance.RULE_LABEL
    splits = GroupKFold(n_splits=fit_stance.FOLDS).split(data.labels, data.labels, data.groups)
    return predicted, confidence, [(train[~ruled[train]], test[~ruled[test]]) for train, test in splits]


def _nested(data: Data, task, grid, extra=(), vary=lambda task, c: replace(task, C=c), data_of=None
            ) -> tuple[np.ndarray, np.ndarray, list]:
    """Held-out labels with the setting of each outer fold (the L2 strength unless `vary` sets another,
    or the features `data_of(setting)` gives) picked from grid by a grouped inner CV on its training
    part; records the rules decide keep the rule's label."""
    data_of = data_of or (lambda _: data)
    predicted, confidence, folds = _held_out(data)
    chosen = []
    for train, test in folds:
        best = max(grid, key=lambda c: _inner_f1(_part(data_of(c), train), vary(task, c), extra))
        chosen.append(best)
        chosen_data = data_of(best)
        inner = _part(chosen_data, train)
        rows, test_rows, fold_extra, _ = fit_stance.stacked(chosen_data, train, test, vary(task, best), list(extra))
        model, vectoriser = fit_stance.fit(rows, inner.labels, vary(task, best), fold_extra)
        probs = model.predict_proba(vectoriser.transform(test_rows))
        predicted[test] = model.classes_[probs.argmax(axis=1)]
        confidence[test] = probs.max(axis=1)
    return predicted, confidence, chosen


def _part(data: Data, rows: np.ndarray) -> Data:
    """The records of data at rows."""
    return Data([data.features[i] for i in rows], data.labels[rows], data.groups[rows], data.sources[rows],
                [data.ids[i] for i in rows], [data.grams[i] for i in rows])


def calibrated(name: str, data: Data, task, extra=()) -> None:
    """Confidence re-read as the chance of being right given the label and its probability: a
    logistic fit on the training part's own inner out-of-fold predictions (so a label the model
    over-trusts, such as 'comment', ranks by how often it is right, not by its probability)."""
    from sklearn.linear_model import LogisticRegression

    predicted = np.empty(len(data.labels), dtype=object)
    confidence = np.ones(len(data.labels))
    ruled = np.array([f is None for f in data.features])
    predicted[ruled] = fit_stance.RULE_LABEL
    classes = sorted(set(data.labels))
    for train, test in GroupKFold(n_splits=fit_stance.FOLDS).split(data.labels, data.labels, data.groups):
        train, test = train[~ruled[train]], test[~ruled[test]]
        inner = Data([data.features[i] for i in train], data.labels[train], data.groups[train],
                     data.sources[train], [data.ids[i] for i in train], [data.grams[i] for i in train])
        saved, fit_stance.FOLDS = fit_stance.FOLDS, INNER_FOLDS
        try:
            inner_labels, inner_conf, _ = cross_validate(inner, task, list(extra))
        finally:
            fit_stance.FOLDS = saved
        calibration = LogisticRegression(C=1.0).fit(_calibration_rows(inner_labels, inner_conf, classes),
                                                   inner_labels == inner.labels)
        model, vectoriser = fit_stance.fit([data.features[i] for i in train], data.labels[train], task, list(extra))
        probs = model.predict_proba(vectoriser.transform([data.features[i] for i in test]))
        predicted[test] = model.classes_[probs.argmax(axis=1)]
        confidence[test] = calibration.predict_proba(
            _calibration_rows(predicted[test], probs.max(axis=1), classes))[:, 1]
    print(f"{name:44} {figures(data, predicted, confidence)}", flush=True)


def _calibration_rows(labels: np.ndarray, confidence: np.ndarray, classes: list[str]) -> np.ndarray:
    onehot = np.array([[label == c for c in classes] for label in labels], dtype=float)
    return np.hstack([onehot, onehot * confidence[:, None]])


def _inner_f1(data: Data, task, extra) -> float:
    saved = fit_stance.FOLDS
    fit_stance.FOLDS = INNER_FOLDS
    try:
        predicted, _, _ = cross_validate(data, task, list(extra))
    finally:
        fit_stance.FOLDS = saved
    return f1_score(data.labels, predicted.astype(str), average="macro")


def with_features(data: Data, extra_features: list[dict[str, float]]) -> Data:
    rows = [None if f is None else {**f, **more} for f, more in zip(data.features, extra_features)]
    return replace(data, features=rows)


def article_negation(eval_dir: Path) -> list[dict[str, float]]:
    """negates_article: the comment repeats the article's terms with a negation the article lacks."""
    import json

    found = []
    for file in NEWS.files:
        records = [json.loads(line) for line in (eval_dir / file).read_text(encoding="utf-8").splitlines() if line]
        for r in records:
            if not r.get(NEWS.label_field) or r.get("is_source"):
                continue
            hits = relation_hits(without_furniture(r["text"]), make_context(r.get("article_text") or "").prepared,
                                 "article")
            found.append({name: hit.value for name, hit in hits.items()})
    return found


def domain_marked(data: Data) -> Data:
    """The other-domain rows with a domain indicator feature (an intercept shift for tweets)."""
    return with_features(data, [{"domain_social": 1.0}] * len(data.labels))


# Cue families the fitted models weigh least (largest absolute weight in any model, stance_weights.json):
# each is removed from the cues, the news models refitted and validated as above.
ABLATIONS = {
    "none": {},
    "consolation": {"LEXICAL_CUES": lambda cues: tuple(c for c in cues.LEXICAL_CUES if c[0] != "consolation")},
    "contrast_opener": {"PUSHBACK": lambda cues: tuple(n for n in cues.PUSHBACK if n != "contrast_opener")},
}
DROPPED = {"contrast_opener": ("contrast_opener",)}


def ablation(name: str, eval_dir: Path) -> None:
    """News stance and news agreement held out, with one cue family removed."""
    from discourse.analysis import cues

    saved = {attr: getattr(cues, attr) for attr in ABLATIONS.get(name, {})}
    for attr, change in ABLATIONS.get(name, {}).items():
        setattr(cues, attr, change(cues))
    try:
        line = []
        for task_name in ("stance_news", "agreement_news"):
            task = TASKS[task_name]
            data = fit_stance.concat([load(eval_dir / f, task.label_field, task.featurise) for f in task.files])
            extra = [(load(eval_dir / file, task.label_field, task.featurise), share) for file, share in task.extra]
            data = _without(data, DROPPED.get(name, ()))
            extra = [(_without(d, DROPPED.get(name, ())), share) for d, share in extra]
            predicted, confidence, _ = cross_validate(data, task, extra)
            line.append(f"{task_name} {f1_score(data.labels, predicted.astype(str), average='macro'):.3f}")
        print(f"{'without ' + name:44} {'  '.join(line)}", flush=True)
    finally:
        for attr, value in saved.items():
            setattr(cues, attr, value)


def stacked_text(name: str, eval_dir: Path) -> None:
    """One task validated as `fit_stance` validates it (figures per file, confident shares with
    thresholds from the other folds), without and with the stacked n-gram text model."""
    task = TASKS[name]
    data = fit_stance.concat([load(eval_dir / f, task.label_field, task.featurise) for f in task.files])
    extra = [(load(eval_dir / file, task.label_field, task.featurise), share) for file, share in task.extra]
    for label, text in (("without text model", None), ("with text model", fit_stance.TextSpec())):
        print(f"{name}, {label}:", flush=True)
        predicted, confidence, fold_of = cross_validate(data, replace(task, text=text), extra)
        fit_stance.report(name, data, predicted, confidence, fold_of)


def placed_and_calibrated(eval_dir: Path) -> None:
    """News stance as shipped, without the placed cues (`stance.PLACED_CUES`), and without the
    calibrated confidence, each validated as `fit_stance` validates the shipped model."""
    from discourse.analysis.stance import PLACED_CUES

    data = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    placed = tuple(f"{place}:{name}" for place in ("reply", "top") for name in PLACED_CUES)
    for label, variant, task in (("shipped", data, NEWS), ("without placed cues", _without(data, placed), NEWS),
                                 ("without calibrated confidence", data, replace(NEWS, calibrated=False))):
        print(f"stance_news, {label}:", flush=True)
        predicted, confidence, fold_of = cross_validate(variant, task, [])
        fit_stance.report("stance_news", variant, predicted, confidence, fold_of)


def _without(data: Data, names: tuple[str, ...]) -> Data:
    if not names:
        return data
    return replace(data, features=[None if f is None else {k: v for k, v in f.items() if k not in names}
                                   for f in data.features])


# ---- Features of the reply and its parent together (measured, not shipped) ------------------------
# The agreement model reads the reply's own cues and its overlap, quotes, rebuttals, negated shared
# terms and sentiment against the parent (`stance.agreement_features`); these add what only the two
# texts together tell. Each group is added to the shipped features (news replies and the SubReddit
# training rows alike) and validated as `fit_stance` validates the shipped model.

# Names, model numbers and acronyms ("D7000", "HTC", "Nash"): terms that tie a reply to its parent.
RARE_TERM = re.compile(r"\b(?:[A-Z][\w'’-]*[A-Z0-9][\w'’-]*|\w*\d\w*|[A-Z][a-z]{2,})\b")
PARENT_CUES = ("pushback", "endorsement", "question", "genuine_question", "thanks", "praise", "negation",
               "disagreement_words", "truth_dispute", "sarcasm")
PAIR_GROUPS = {
    "length ratio (longer / shorter than the parent)": ("pair_longer", "pair_shorter"),
    "the parent's own cues": tuple(f"parent_has:{name}" for name in PARENT_CUES),
    "polarity kept (both +, both -) or flipped": ("both_positive", "both_negative", "turns_negative", "turns_positive"),
    "shared names and numbers": ("shared_names",),
    "answers the parent's question": ("answers_question", "question_for_question"),
    "addresses the parent's author by name": ("addresses_parent_author",),
    "pushback on pushback, endorsement on endorsement": ("pushback_on_pushback", "endorse_on_endorse"),
}
SOURCE_GROUPS = {
    "negates the source's claim terms": ("source:negates_article",),
    "answers the source tweet itself": ("answers_source",),
    "the parent's own cues": tuple(f"parent_has:{name}" for name in PARENT_CUES),
    "overlap, quotes, rebuttal, negation of the parent": ("parent_overlap", "quotes_parent", "parent_quote_rebuttal",
                                                          "negates_parent"),
    "parent by the source's author": ("parent_by_source_author",),
    "polarity kept (both +, both -) or flipped": PAIR_GROUPS["polarity kept (both +, both -) or flipped"],
}


def pair_values(reply: str, parent: str, parent_author: str | None = None) -> dict[str, float]:
    """Features of a reply read with its parent: length ratio, the parent's own cues, polarity kept or
    flipped, shared names, a question answered, the parent's author addressed, cue chains."""
    import math

    from discourse.analysis.author import addresses_author
    from discourse.analysis.cues import _words, combined_hits, polarity, text_hits
    from discourse.analysis.text import Prepared

    mine, theirs = Prepared(reply), Prepared(parent)
    if not theirs.get(_words):
        return {}
    own, parents = (dict(hits, **combined_hits(hits)) for hits in (text_hits(mine), text_hits(theirs)))
    ratio = math.log((len(mine.get(_words)) + 1) / (len(theirs.get(_words)) + 1)) / 3
    out = {"pair_longer": min(1.0, max(0.0, ratio)), "pair_shorter": min(1.0, max(0.0, -ratio))}
    out.update({f"parent_has:{name}": parents[name].value for name in PARENT_CUES if name in parents})
    a, b = polarity(mine), polarity(theirs)
    for name, on in (("both_positive", a > 0.05 < b), ("both_negative", a < -0.05 > b),
                     ("turns_negative", a < -0.05 and b > 0.05), ("turns_positive", a > 0.05 and b < -0.05)):
        if on:
            out[name] = 1.0
    if shared := {w.lower() for w in RARE_TERM.findall(reply)} & {w.lower() for w in RARE_TERM.findall(parent)}:
        out["shared_names"] = min(1.0, len(shared) / 3)
    if "question" in parents:
        out["question_for_question" if "question" in own else "answers_question"] = 1.0
    if parent_author and addresses_author(reply, parent_author):
        out["addresses_parent_author"] = 1.0
    for name, cue in (("pushback_on_pushback", "pushback"), ("endorse_on_endorse", "endorsement")):
        if cue in own and cue in parents:
            out[name] = 1.0
    return {name: value for name, value in out.items() if value}


def _records(path: Path, label_field: str) -> tuple[list[dict], dict[str, dict]]:
    """The labelled records `fit_stance.load` keeps, in its order, and every record by id."""
    import json

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    usable = [r for r in records if r.get(label_field) and not r.get("is_source") and r.get("role") != "quote"]
    return usable, {r["id"]: r for r in records}


def _agreement_pairs(eval_dir: Path, file: str, authors: dict[str, str]) -> list[dict[str, float]]:
    usable, _ = _records(eval_dir / file, fit_stance.AGREEMENT)
    return [pair_values(without_furniture(r["text"]), without_furniture(r.get("parent_text") or ""),
                        authors.get(r.get("parent_id") or "")) for r in usable]


def _kept(rows: list[dict[str, float]], names: set[str]) -> list[dict[str, float]]:
    return [{k: v for k, v in row.items() if k in names} for row in rows]


def pair_agreement(eval_dir: Path) -> None:
    """News reply agreement held out by page with each group of pair features, and all of them."""
    task = TASKS["agreement_news"]
    data = fit_stance.concat([load(eval_dir / f, task.label_field, task.featurise) for f in task.files])
    (extra_file, share), = task.extra
    extra = load(eval_dir / extra_file, task.label_field, task.featurise)
    authors = {}  # the parent's author, from the stance files, which hold every comment of the pages
    for file in NEWS.files:
        authors.update({i: r.get("author") or "" for i, r in _records(eval_dir / file, NEWS.label_field)[1].items()})
    rows = [row for file in task.files for row in _agreement_pairs(eval_dir, file, authors)]
    extra_rows = _agreement_pairs(eval_dir, extra_file, {})
    print(f"news reply agreement, held out by page ({len(data.labels)} replies); macro-F1 per file and both")
    print(f"{'majority label (of each file; of both for both)':52} {_majority(data)}")
    groups = {"shipped": (), **PAIR_GROUPS, "all of them": tuple(n for g in PAIR_GROUPS.values() for n in g)}
    for name, names in groups.items():
        predicted, confidence, _ = cross_validate(with_features(data, _kept(rows, set(names))), task,
                                                  [(with_features(extra, _kept(extra_rows, set(names))), share)])
        _agreement_line(('+ ' if names else '') + name, data, predicted, confidence)
    for weight in (0.0, 0.1, 0.2, 0.5, 1.0):  # shipped: 0.3
        predicted, confidence, _ = cross_validate(data, task, [(extra, weight)] if weight else [])
        _agreement_line(f"SubReddit rows at x{weight} (shipped x{share})", data, predicted, confidence)
    rumours = rumour_replies(eval_dir)
    for weight in (0.02, 0.05, 0.1, 0.3):
        predicted, confidence, _ = cross_validate(data, task, [(extra, share), (rumours, weight)])
        _agreement_line(f"+ RumourEval replies to the source x{weight}", data, predicted, confidence)


# The reply tells its reader what they do not see or do ("you don't get it", "you're not reading",
# "didn't you read"): measured as an extra cue of the agreement models, not kept.
_NOT = r"(?:\w+n['’]t|(?:do|does|did|ca|wo|is|are|was|were|have|has|should|would|could)nt)"
YOU_NEGATED = re.compile(
    r"(?<![\w'’])(?:(?:you|u)(?:['’](?:re|ve|d|ll)| are| were| have| had| do| did| does| can| could| should| would"
    r"| will)?(?: just| really| clearly| obviously)? (?:not|never)|(?:you|u) " + _NOT + "|" + _NOT + r" (?:you|u))(?![\w'’])",
    re.I)


def you_negated(eval_dir: Path) -> None:
    """News reply agreement held out by page with the addressee-negation cue (and SubReddit with it)."""
    task, data, extra, share = _agreement_data(eval_dir)

    def fired(reply: str, parent: str) -> dict[str, float]:
        return {"you_negated": 1.0} if YOU_NEGATED.search(reply) else {}

    rows, extra_rows = _pair_rows(eval_dir, task.files, fired), _pair_rows(eval_dir, (task.extra[0][0],), fired)
    print(f"news reply agreement, held out by page ({len(data.labels)} replies); macro-F1 per file and both; "
          f"the cue fires on {sum(map(bool, rows))} news and {sum(map(bool, extra_rows))} SubReddit replies")
    _agreement_line("shipped", data, *cross_validate(data, task, [(extra, share)])[:2])
    marked = [(with_features(extra, extra_rows), share)]
    _agreement_line("+ you_negated", data, *cross_validate(with_features(data, rows), task, marked)[:2])
    social = TASKS["agreement_social"]
    for name, variant in (("shipped", extra), ("+ you_negated", with_features(extra, extra_rows))):
        predicted, _, _ = cross_validate(variant, social, [])
        print(f"SubReddit agreement {name:32} {f1_score(extra.labels, predicted.astype(str), average='macro'):.3f}",
              flush=True)


def _agreement_data(eval_dir: Path) -> tuple:
    """The news agreement task, its replies, and the SubReddit rows it also trains on with their share."""
    task = TASKS["agreement_news"]
    data = fit_stance.concat([load(eval_dir / f, task.label_field, task.featurise) for f in task.files])
    (extra_file, share), = task.extra
    return task, data, load(eval_dir / extra_file, task.label_field, task.featurise), share


def _pair_rows(eval_dir: Path, files: tuple[str, ...], values) -> list:
    """values(reply, parent) for each labelled reply of files, in `load`'s order."""
    rows = [r for f in files for r in _records(eval_dir / f, fit_stance.AGREEMENT)[0]]
    return [values(without_furniture(r["text"]), without_furniture(r.get("parent_text") or "")) for r in rows]


def _agreement_line(name: str, data: Data, predicted: np.ndarray, confidence: np.ndarray) -> None:
    half = np.argsort(-confidence, kind="stable")[: len(data.labels) // 2]
    name = name if len(name) < 52 else f"{name}\n{'':52}"
    print(f"{name:52} {_per_file(data, predicted)}  half {(data.labels[half] == predicted[half]).mean():.0%} right",
          flush=True)


def rumour_replies(eval_dir: Path) -> Data:
    """RumourEval's direct replies to the source tweet as agreement rows: toward their parent, a
    reply's stance toward the source is its agreement (support: agree, deny: disagree, comment and
    query: neutral), its features those of the agreement model with the tweet as the parent."""
    usable, thread = _records(eval_dir / TASKS["stance_social"].files[0], fit_stance.STANCE)
    as_agreement = {"support": "agree", "deny": "disagree", "comment": "neutral", "query": "neutral"}
    direct = [r for r in usable if thread.get(r.get("parent_id") or "", {}).get("is_source")]
    rows = [{k: h.value for k, h in record_agreement_features(r, thread).items()} for r in direct]
    return Data(rows, np.array([as_agreement[r[fit_stance.STANCE]] for r in direct]),
                np.array([r["thread_id"] for r in direct]), np.array(["rumoureval"] * len(direct)),
                [r["id"] for r in direct], [()] * len(direct))


def _majority(data: Data) -> str:
    """macro-F1 of always the majority label, as `discourse evaluate` prints it for each file."""
    parts = []
    for source in [*dict.fromkeys(data.sources), "all"]:
        gold = list(data.labels if source == "all" else data.labels[data.sources == source])
        guess = [max(sorted(set(gold)), key=gold.count)] * len(gold)
        short = "both" if source == "all" else "dev-2" if source.endswith("-2.jsonl") else "dev"
        parts.append(f"{short} {round(f1_score(gold, guess, average='macro'), 4):.3f}")
    return "  ".join(parts)


def _per_file(data: Data, predicted: np.ndarray) -> str:
    parts = []
    for source in [*dict.fromkeys(data.sources), "all"]:
        mask = np.ones(len(data.labels), bool) if source == "all" else data.sources == source
        short = "both" if source == "all" else "dev-2" if source.endswith("-2.jsonl") else "dev"
        f1 = f1_score(data.labels[mask], predicted[mask].astype(str), average="macro")
        parts.append(f"{short} {round(f1, 4):.3f}")
    return "  ".join(parts)


def source_values(record: dict, thread: dict[str, dict]) -> dict[str, float]:
    """A RumourEval reply read with the source tweet (its claim terms negated) and with its parent."""
    from discourse.analysis.cues import context_hits

    text, source = without_furniture(record["text"]), without_furniture(record.get("article_text") or "")
    out = {f"source:{k}": h.value for k, h in relation_hits(text, source, "article").items()}
    parent = thread.get(record.get("parent_id") or "")
    if parent is None or parent.get("is_source"):
        return {**out, "answers_source": 1.0}
    parent_text = without_furniture(parent["text"])
    pair = pair_values(text, parent_text)
    out.update({k: v for k, v in pair.items() if k.startswith(("parent_has:", "both_", "turns_"))})
    out.update({k: h.value for k, h in context_hits(text, make_context(parent_text), "parent").items()})
    out.update({k: h.value for k, h in relation_hits(text, parent_text, "parent").items()})
    if parent.get("is_source_author"):
        out["parent_by_source_author"] = 1.0
    return out


def pair_rumoureval(eval_dir: Path) -> None:
    """RumourEval stance held out by thread with each group of source and parent features."""
    task = TASKS["stance_social"]
    file = task.files[0]
    data = load(eval_dir / file, task.label_field, task.featurise)
    usable, thread = _records(eval_dir / file, task.label_field)
    rows = [source_values(r, thread) for r in usable]
    print(f"RumourEval stance, held out by thread ({len(data.labels)} posts); macro-F1")
    print(f"{'majority label':52} {_majority(data).rpartition(' ')[2]}")
    groups = {"shipped": (), **SOURCE_GROUPS, "all of them": tuple(n for g in SOURCE_GROUPS.values() for n in g)}
    variants = {name: with_features(data, _kept(rows, set(names))) for name, names in groups.items()}
    # The news agreement model's copies for a negative parent, here for a negative source tweet.
    negative = [make_context(without_furniture(r.get("article_text") or "")).polarity < -0.05 for r in usable]
    variants["+ negative words under a negative source tweet"] = with_features(data, [
        {f"negative_source:{k}": row[k] for k in NEGATIVE_PARENT_CUES if k in row} if row and sad else {}
        for row, sad in zip(data.features, negative)])
    for name, variant in variants.items():
        predicted, confidence, _ = cross_validate(variant, task, [])
        half = np.argsort(-confidence, kind="stable")[: len(data.labels) // 2]
        label = name if name.startswith("+") or name == "shipped" else f"+ {name}"
        print(f"{label:52} {round(f1_score(data.labels, predicted.astype(str), average='macro'), 4):.3f}"
              f"  half {(data.labels[half] == predicted[half]).mean():.0%} right", flush=True)


# ---- A reply's negative words under a negative parent (`stance.NEGATIVE_PARENT_CUES`) -------------
NEGATIVE_PARENT_SETS = {
    "without the copies (before)": (),
    "shipped: negative tone, negation, disagreement, insult": tuple(sorted(NEGATIVE_PARENT_CUES)),
    "the same and positive tone, agreement, pushback, endorsement, contrast, sarcasm": (
        *sorted(NEGATIVE_PARENT_CUES), "positive_sentiment", "agreement_words", "pushback", "endorsement",
        "contrast", "sarcasm"),
    "pushback, endorsement, agreement, disagreement": (
        "pushback", "endorsement", "agreement_words", "disagreement_words"),
}


def negative_parent_copies(data: Data, cues: tuple[str, ...]) -> Data:
    """The rows with their "negative_parent:" copies made of `cues` instead of the shipped ones."""
    rows = []
    for row in data.features:
        if row is not None:
            row = {k: v for k, v in row.items() if not k.startswith("negative_parent:")}
            if "parent_negative" in row:
                row.update({f"negative_parent:{k}": row[k] for k in cues if k in row})
        rows.append(row)
    return replace(data, features=rows)


def negative_parent(eval_dir: Path) -> None:
    """News agreement held out by page with each set of copies, and with the set picked inside each
    outer training part by a 4-fold grouped inner CV (so the pick never sees the held-out page)."""
    task = TASKS["agreement_news"]
    data = fit_stance.concat([load(eval_dir / f, task.label_field, task.featurise) for f in task.files])
    (extra_file, share), = task.extra
    extra = load(eval_dir / extra_file, task.label_field, task.featurise)
    variants = {name: (negative_parent_copies(data, cues), negative_parent_copies(extra, cues))
                for name, cues in NEGATIVE_PARENT_SETS.items()}
    print(f"news reply agreement, held out by page ({len(data.labels)} replies); copies for a negative parent")
    agreement_variants(data, task, variants, share)


def agreement_variants(data: Data, task, variants: dict[str, tuple[Data, Data]], share: float) -> None:
    """News agreement held out by page for each variant (its news rows, its extra rows), and with the
    variant picked inside each outer training part by a 4-fold grouped inner CV (so the pick never sees
    the held-out page); the author's replies decided by their own model, as `fit_stance` decides them."""
    for name, (rows, extra_rows) in variants.items():
        predicted, confidence, _ = cross_validate(rows, task, [(extra_rows, share)])
        _agreement_line(name, data, predicted, confidence)
    predicted, confidence, folds = _held_out(data)
    picks = []
    for train, test in folds:
        best = max(variants, key=lambda name: _inner_f1(_part(variants[name][0], train), task,
                                                         [(variants[name][1], share)]))
        picks.append(list(variants).index(best))
        rows, extra_rows = variants[best]
        model, vectoriser = fit_stance.fit([rows.features[i] for i in train], data.labels[train], task,
                                           [(extra_rows, share)])
        probs = model.predict_proba(vectoriser.transform([rows.features[i] for i in test]))
        predicted[test] = model.classes_[probs.argmax(axis=1)]
        confidence[test] = probs.max(axis=1)
        fit_stance._decide_author_replies(rows, train, test, task, predicted, confidence)
    _agreement_line("set picked by nested grouped CV", data, predicted, confidence)
    print(f"  (picks, numbered as listed from 0, per outer fold: {' '.join(map(str, picks))})")


# ---- A reply's negative words under a glad parent (the "positive_parent:" copies of `stance.agreement_features`) --
POSITIVE_PARENT_SETS = {
    "without the copies (before)": (),
    "shipped: negative tone, negation, disagreement, insult (the negative parent's set)": tuple(
        sorted(NEGATIVE_PARENT_CUES)),
    "positive and negative tone, negation, disagreement, agreement, praise": (
        "agreement_words", "disagreement_words", "negation", "negative_sentiment", "positive_sentiment", "praise"),
}


def _parent_polarities(eval_dir: Path, files: tuple[str, ...]) -> list[float]:
    """The polarity of each labelled reply's parent, as `stance.record_agreement_features` reads it."""
    out = []
    for file in files:
        usable, by_id = _records(eval_dir / file, fit_stance.AGREEMENT)
        for r in usable:
            parent = r.get("parent_text") or by_id.get(r.get("parent_id") or "", {}).get("text") or ""
            out.append(make_context(without_furniture(parent)).polarity)
    return out


def positive_parent_copies(data: Data, polarities: list[float], cues: tuple[str, ...]) -> Data:
    """The rows with their "positive_parent:" copies made of `cues` for a parent above +0.05."""
    rows = []
    for row, polarity in zip(data.features, polarities):
        if row is not None:
            row = {k: v for k, v in row.items() if not k.startswith("positive_parent:")}
            if polarity > 0.05:
                row.update({f"positive_parent:{k}": row[k] for k in cues if k in row})
        rows.append(row)
    return replace(data, features=rows)


def positive_parent(eval_dir: Path) -> None:
    """News agreement held out by page (the author's replies by their own model, as shipped) with each
    set of copies under a glad parent, and with the set picked inside each outer training part by a
    4-fold grouped inner CV; SubReddit agreement held out by thread without and with the shipped copies."""
    task, data, extra, share = _agreement_data(eval_dir)
    (extra_file, _), = task.extra
    news_polarity = _parent_polarities(eval_dir, task.files)
    extra_polarity = _parent_polarities(eval_dir, (extra_file,))
    variants = {name: (positive_parent_copies(data, news_polarity, cues),
                       positive_parent_copies(extra, extra_polarity, cues))
                for name, cues in POSITIVE_PARENT_SETS.items()}
    print(f"news reply agreement, held out by page ({len(data.labels)} replies, "
          f"{sum(p > 0.05 for p in news_polarity)} under a parent above +0.05); copies for a glad parent")
    agreement_variants(data, task, variants, share)
    social = TASKS["agreement_social"]
    for name, cues in list(POSITIVE_PARENT_SETS.items())[:2]:
        rows = positive_parent_copies(extra, extra_polarity, cues)
        predicted, _, _ = cross_validate(rows, social, [])
        print(f"SubReddit agreement, {name[:40]:40} {f1_score(extra.labels, predicted.astype(str), average='macro'):.3f}",
              flush=True)


# ---- RumourEval: the platform a post is on (`stance.record_stance_features`) ----------------------


def _class_offsets(gold: np.ndarray, log_probs: np.ndarray, classes: np.ndarray, only: tuple[str, ...] = ()
                   ) -> np.ndarray:
    """Per-class additions to the log probabilities (the first class fixed at 0; with `only`, every
    class not named there too) that maximise macro-F1, by coordinate search over -1.5 .. 1.5 in steps of 0.1."""
    grid = np.round(np.arange(-1.5, 1.51, 0.1), 2)
    offsets = np.zeros(len(classes))
    best = f1_score(gold, classes[log_probs.argmax(axis=1)], average="macro")
    free = [k for k in range(1, len(classes)) if not only or classes[k] in only]
    for _ in range(3):
        moved = False
        for k in free:
            for value in grid:
                trial = offsets.copy()
                trial[k] = value
                score = f1_score(gold, classes[(log_probs + trial).argmax(axis=1)], average="macro")
                if score > best + 1e-9:
                    best, offsets, moved = score, trial, True
        if not moved:
            break
    return offsets


def _with_offsets(data: Data, task) -> tuple[np.ndarray, np.ndarray]:
    """Held out by thread as `fit_stance` does, the label read after class offsets chosen inside each
    outer training part on its 4-fold grouped inner out-of-fold probabilities."""
    return _decided(data, _inner_and_outer(data, task), _class_offsets)


def _decided(data: Data, folds: list, rule) -> tuple[np.ndarray, np.ndarray]:
    """Held-out labels and confidences, each fold's label read after the offsets `rule` chooses on the
    fold's inner out-of-fold probabilities (`_inner_and_outer`)."""
    predicted, confidence = _held_out(data)[:2]
    for train, test, inner, held, classes in folds:
        best = (np.log(held) + rule(data.labels[train], np.log(inner), classes)).argmax(axis=1)
        predicted[test] = classes[best]
        confidence[test] = held[np.arange(len(test)), best]
    return predicted, confidence


def platform(eval_dir: Path) -> None:
    """RumourEval stance held out by thread without the Reddit flag, as shipped, and with variants."""
    task = TASKS["stance_social"]
    data = load(eval_dir / task.files[0], task.label_field, task.featurise)
    usable, _ = _records(eval_dir / task.files[0], task.label_field)
    on_reddit = [r.get("platform") == "reddit" for r in usable]
    without = replace(data, features=[None if f is None else {k: v for k, v in f.items() if k != "reddit"}
                                      for f in data.features])

    def plus(extra: list[dict[str, float]]) -> Data:
        return replace(data, features=[None if f is None else {**f, **e} for f, e in zip(data.features, extra)])

    variants = {
        "without the Reddit flag (before)": without,
        "shipped: Reddit flag": data,
        "every cue copied for Reddit posts": plus([{f"reddit:{k}": v for k, v in f.items()} if f and red else {}
                                                   for f, red in zip(data.features, on_reddit)]),
        "+ a hashtag in the post": plus([{"hashtag": 1.0} if re.search(r"#\w", r["text"]) else {} for r in usable]),
        "+ a direct reply to the source": plus([{"depth1": 1.0} if r.get("depth") == 1 else {} for r in usable]),
    }
    print(f"RumourEval stance, held out by thread ({len(data.labels)} posts); macro-F1, per-class F1")
    print(f"{'majority label':52} {_majority(data).rpartition(' ')[2]}")
    for name, variant in variants.items():
        _rumour_line(name, data.labels, *cross_validate(variant, task, [])[:2])
    for name, variant in (("without the flag, class offsets by nested CV", without),
                          ("shipped, class offsets by nested CV", data)):
        _rumour_line(name, data.labels, *_with_offsets(variant, task))


def _rumour_line(name: str, gold: np.ndarray, predicted: np.ndarray, confidence: np.ndarray) -> None:
    """macro-F1, per-class F1 and the most confident half's accuracy of held-out RumourEval labels."""
    half = np.argsort(-confidence, kind="stable")[: len(gold) // 2]
    classes = sorted(set(gold))
    per = f1_score(gold, predicted.astype(str), labels=classes, average=None)
    print(f"{name:52} {round(f1_score(gold, predicted.astype(str), average='macro'), 4):.3f}  "
          + " ".join(f"{c} {v:.3f}" for c, v in zip(classes, per))
          + f"  half {(gold[half] == predicted[half]).mean():.0%} right", flush=True)


SOCIAL_C_GRID = (0.03, 0.1, 0.3, 1.0)
# Word families read from RumourEval's denials (a demand to correct, profanity, annoyed faces, laughter):
# measured as extra cues of the social stance model, none kept.
DENY_FAMILIES = {
    "correction demand": re.compile(
        r"(?<![\w'’])(?:retract\w*|irresponsible|shame on (?:you|u)|stop spreading|fact[- ]?check\w*"
        r"|get (?:your|the|ur) facts|do (?:your|some) research|lie|liars?|lied|bogus|misreport\w*|didn'?t happen"
        r"|never happened|not what happened|(?:is|was)n'?t it|no,? it (?:is|was)n'?t|not (?:the|a|an) \w+"
        r"|fake news|false flag|not true)(?![\w'’])", re.I),
    "profanity": re.compile(r"(?<![\w'’])(?:f+u+c+k\w*|wtf|smh|smdh|shit\w*|bullshit|crap|damn|stfu|gtfo)(?![\w'’])",
                            re.I),
    "annoyed face": re.compile("[😒😡🙄😠🤬😤]"),
    "laughter": re.compile(r"(?<![\w'’])(?:lo+l+|lmf?ao+|ha(?:ha)+|rofl)(?![\w'’])", re.I),
}


def social_strength(eval_dir: Path) -> None:
    """RumourEval stance held out by thread at several L2 strengths, the strength picked inside each
    outer training part by a 4-fold grouped inner CV, and the deny word families at the shipped strength."""
    task = TASKS["stance_social"]
    data = load(eval_dir / task.files[0], task.label_field, task.featurise)
    usable, _ = _records(eval_dir / task.files[0], task.label_field)
    print(f"RumourEval stance, held out by thread ({len(data.labels)} posts); macro-F1, per-class F1")
    for c in SOCIAL_C_GRID:
        _rumour_line(f"L2 strength C={c}" + (" (shipped)" if c == task.C else ""), data.labels,
                     *cross_validate(data, replace(task, C=c), [])[:2])
    predicted, confidence, chosen = _nested(data, task, SOCIAL_C_GRID)
    _rumour_line("C picked by nested grouped CV", data.labels, predicted, confidence)
    print(f"  (C picked per outer fold: {', '.join(map(str, chosen))})")
    inner = {c: _inner_f1(data, replace(task, C=c), []) for c in SOCIAL_C_GRID}
    print("  (the same inner CV over all the data: "
          + ", ".join(f"C={c} {f1:.4f}" for c, f1 in inner.items()) + f"; picks {max(inner, key=inner.get)})")
    texts = [without_furniture(r["text"]) for r in usable]
    for name, pattern in DENY_FAMILIES.items():
        fired = [{f"deny_family:{name}": 1.0} if pattern.search(t) else {} for t in texts]
        _rumour_line(f"+ {name}", data.labels, *cross_validate(with_features(data, fired), task, [])[:2])


# Words by which a comment points at the piece or its writer ("this article", "the author", "Mr. Cole");
# a top-level comment with none of these, no "you" and no author's name talks about the topic, not the piece.
PIECE_REFERENCE = re.compile(
    r"\b(?:article|piece|post|author|writer|column|columnist|essay|blog|blogger|recipe|story|report|reporting|"
    r"headline|interview|analysis|mr|ms|mrs|dr|prof|professor|sir)\b", re.I)
DIRECTED = ("second_person", "addresses_author", "names_author", "addresses_other")


def reference_values(text: str, hits: dict[str, float] | None) -> dict[str, float]:
    """refers_to_piece when the comment names the piece or its writer; undirected when it names neither
    them nor anyone else (no "you", no author's name, no other commenter addressed)."""
    if hits is None:
        return {}
    refers = bool(PIECE_REFERENCE.search(text))
    values = {"refers_to_piece": 1.0} if refers else {}
    if not refers and not any(name in hits for name in DIRECTED):
        values["undirected"] = 1.0
    place = "reply" if "is_reply" in hits else "top"
    return {**values, **{f"{place}:{name}": value for name, value in values.items()}}


OPINION_OPENER = re.compile(
    r"^\W*(?:i (?:think|believe|suspect|guess|suppose|feel)|imo|imho|in my (?:opinion|view|experience)|"
    r"personally|i'?d say|i would say)\b", re.I)


def _skipping_pairs(text: str) -> set[tuple[str, str]]:
    """Each two words of four letters or more that follow each other, shorter words skipped."""
    words = [w for w in re.findall(r"[a-z']+", text.lower()) if len(w) > 3]
    return set(zip(words, words[1:]))


def _adjacent_pairs(text: str, both_long: bool) -> set[tuple[str, str]]:
    """Each two adjacent words, one of them a content word (four letters or more, not a function
    word); both_long: each of them of four letters or more."""
    words = re.findall(r"[a-z']+", text.lower())
    content = [len(w) >= 4 and w not in _ENGLISH for w in words]
    return {(a, b) for i, (a, b) in enumerate(zip(words, words[1:]))
            if (content[i] or content[i + 1]) and (not both_long or min(len(a), len(b)) >= 4)}


ECHO_VARIANTS = {
    "pairs of 4+ letter words, shorter skipped": lambda r, p: min(1, len(_skipping_pairs(r) & _skipping_pairs(p))),
    "the same, min(1, shared pairs / 3)": lambda r, p: min(3, len(_skipping_pairs(r) & _skipping_pairs(p))) / 3,
    "adjacent pairs, one a content word":
        lambda r, p: min(1, len(_adjacent_pairs(r, False) & _adjacent_pairs(p, False))),
    "adjacent pairs, both 4+ letters": lambda r, p: min(1, len(_adjacent_pairs(r, True) & _adjacent_pairs(p, True))),
}


def reference(eval_dir: Path) -> None:
    """News stance with the piece-reference cues; news reply agreement with the opinion-opener cue and
    with each form of the parent-echo cue (on the SubReddit rows it trains on too), held out by page."""
    data = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    texts = [without_furniture(r["text"]) for f in NEWS.files for r in _records(eval_dir / f, NEWS.label_field)[0]]
    rows = [reference_values(t, f) for t, f in zip(texts, data.features)]
    print(f"news stance: refers_to_piece on {sum('refers_to_piece' in r for r in rows)}, undirected on "
          f"{sum('undirected' in r for r in rows)} of {len(rows)} comments")
    run("shipped", data, NEWS)
    for name, kept in (("+ refers_to_piece", {"refers_to_piece"}), ("+ undirected", {"undirected"}),
                       ("+ both", {"refers_to_piece", "undirected"})):
        names = kept | {f"{p}:{k}" for p in ("top", "reply") for k in kept}
        run(name, with_features(data, _kept(rows, names)), NEWS)
    task, news, extra, share = _agreement_data(eval_dir)
    _agreement_line("news reply agreement, shipped", news, *cross_validate(news, task, [(extra, share)])[:2])
    variants = {"opinion_opener": lambda r, p: 1.0 if OPINION_OPENER.search(r) else 0.0,
                **{f"echoes_parent: {name}": echo for name, echo in ECHO_VARIANTS.items()}}
    for name, values in variants.items():
        cue = name.split(":")[0]

        def fired(reply: str, parent: str) -> dict[str, float]:
            value = values(reply, parent)
            return {cue: value} if value else {}

        rows, extra_rows = _pair_rows(eval_dir, task.files, fired), _pair_rows(eval_dir, (task.extra[0][0],), fired)
        marked = [(with_features(extra, extra_rows), share)]
        _agreement_line(f"+ {name} (on {sum(map(bool, rows))} news, {sum(map(bool, extra_rows))} SubReddit)", news,
                        *cross_validate(with_features(news, rows), task, marked)[:2])


# A long comment (60 words or more: `length` 0.72) that shares few words with the article talks about
# something else: in the news files such top-level comments are "comment" twice as often as long ones
# close to the article (34 of 74 against 13 of 76, split at each file's median overlap).
LONG, OFF_ARTICLE = 0.72, 0.15


def off_article_values(hits: dict[str, float] | None, continuous: bool) -> dict[str, float]:
    """long_off_article: a long comment sharing few words with the article (a flag under OFF_ARTICLE;
    continuous: length times how far its overlap falls below twice that), with its placed copy."""
    if hits is None:
        return {}
    overlap = hits.get("article_overlap", 0.0)
    if continuous:
        value = hits["length"] * max(0.0, 1 - overlap / (2 * OFF_ARTICLE))
    else:
        value = float(hits["length"] >= LONG and overlap < OFF_ARTICLE)
    place = "reply" if "is_reply" in hits else "top"
    return {"long_off_article": value, f"{place}:long_off_article": value} if value else {}


def off_article(eval_dir: Path) -> None:
    """News stance with a cue for a long comment that shares few words with the article."""
    data = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    run("shipped", data, NEWS)
    for name, continuous in (("+ long_off_article (flag)", False), ("+ long_off_article (continuous)", True)):
        rows = [off_article_values(f, continuous) for f in data.features]
        run(f"{name} on {sum(map(bool, rows))}", with_features(data, rows), NEWS)


NEGATIVE_ARTICLE_SETS = {
    "negative tone, negation, disagreement, insult (as for a negative parent)": tuple(sorted(NEGATIVE_PARENT_CUES)),
    "the same and pushback, sarcasm": (*sorted(NEGATIVE_PARENT_CUES), "pushback", "sarcasm"),
    "negative tone and insult": ("insult", "negative_sentiment"),
}


def negative_article(eval_dir: Path) -> None:
    """News stance with a comment's negative words weighed once more under a negative article (its
    polarity below -0.05), as the agreement models weigh them under a negative parent: a comment that
    complains along with a complaining article supports it."""
    data = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    records = [r for f in NEWS.files for r in _records(eval_dir / f, NEWS.label_field)[0]]
    negative = [make_context(r.get("article_text") or "").polarity < -0.05 for r in records]
    print(f"news stance: {sum(negative)} of {len(negative)} comments under a negative article")
    run("shipped", data, NEWS)
    for name, cues in NEGATIVE_ARTICLE_SETS.items():
        rows = [{f"negative_article:{c}": f[c] for c in cues if c in f} if f and under else {}
                for f, under in zip(data.features, negative)]
        run(f"+ {name}"[:44], with_features(data, rows), NEWS)


def headline_values(comment: str, headline: str) -> dict[str, float]:
    """The comment read against the headline, the article's claim in a line: the share of the
    headline's content words it uses, and its negation of the headline's terms (`relation_hits`)."""
    words = {w for w in re.findall(r"[a-z']+", headline.lower()) if len(w) >= 4 and w not in _ENGLISH}
    used = words & set(re.findall(r"[a-z']+", comment.lower()))
    values = {"headline_overlap": len(used) / len(words)} if used else {}
    return {**values, **{name: hit.value for name, hit in relation_hits(comment, headline, "headline").items()}}


def headline(eval_dir: Path) -> None:
    """News stance with the comment's relation to the headline (overlap, negation), placed like the
    article overlap."""
    data = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    records = [r for f in NEWS.files for r in _records(eval_dir / f, NEWS.label_field)[0]]
    rows = []
    for record, features in zip(records, data.features):
        values = headline_values(without_furniture(record["text"]), record.get("article_headline") or "")
        place = "reply" if features and "is_reply" in features else "top"
        rows.append({**values, **{f"{place}:{k}": v for k, v in values.items()}} if features else {})
    print(f"news stance: headline overlap on {sum('headline_overlap' in r for r in rows)}, negates the headline on "
          f"{sum('negates_headline' in r for r in rows)} of {len(rows)} comments")
    run("shipped", data, NEWS)
    run("+ headline overlap and negation", with_features(data, rows), NEWS)
    run("+ headline overlap only", with_features(data, _kept(rows, {"headline_overlap", "top:headline_overlap",
                                                                    "reply:headline_overlap"})), NEWS)


# ---- News stance, model-side variants (2026-12-07) -----------------------------------------------


def nb_columns(data: Data, fit_rows: np.ndarray, rows: np.ndarray, strength: float) -> list[dict[str, float]]:
    """NB-LR (Wang & Manning 2012) on the comment's word 1-2-grams seen twice in `fit_rows`: per class,
    the log-count ratio of each n-gram in that class's comments against the others' (add-one
    smoothed), and a one-against-the-rest logistic regression (class-weighted like the cue model) on
    the binary n-grams scaled by it; its probability for each row of `rows` as `nb_<class>`."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(g for i in fit_rows for g in data.grams[i][0])
    column = {g: j for j, g in enumerate(sorted(g for g, n in counts.items() if n >= 2))}

    def binary(indices: np.ndarray):
        cells = [(r, column[g]) for r, i in enumerate(indices) for g in data.grams[i][0] if g in column]
        return csr_matrix((np.ones(len(cells)), ([r for r, _ in cells], [c for _, c in cells])),
                          shape=(len(indices), len(column)))

    x, y, out = binary(fit_rows), data.labels[fit_rows], binary(rows)
    by_class = fit_stance.class_weights(y, NEWS.power)
    columns = [{} for _ in rows]
    for label in sorted(set(y)):
        inside = np.asarray(x[y == label].sum(axis=0)).ravel() + 1.0
        outside = np.asarray(x[y != label].sum(axis=0)).ravel() + 1.0
        ratio = np.log(inside / inside.sum()) - np.log(outside / outside.sum())
        model = LogisticRegression(C=strength, max_iter=5000).fit(
            x.multiply(ratio).tocsr(), y == label, sample_weight=np.array([by_class[c] for c in y]))
        for row, p in zip(columns, model.predict_proba(out.multiply(ratio).tocsr())[:, 1]):
            row[f"nb_{label}"] = round(float(p), 4)
    return columns


def nb_stacked(data: Data, strength: float) -> tuple[np.ndarray, np.ndarray]:
    """Held out by page, the NB-LR probabilities stacked under the cue model as the text model is:
    out of fold (4 grouped inner folds) for the training rows, fitted on the whole training part for
    the held-out rows."""
    predicted, confidence, folds = _held_out(data)
    for train, test in folds:
        inner: list[dict[str, float]] = [{} for _ in train]
        for a, b in GroupKFold(n_splits=INNER_FOLDS).split(train, train, data.groups[train]):
            for j, row in zip(b, nb_columns(data, train[a], train[b], strength)):
                inner[j] = row
        rows = [{**data.features[i], **more} for i, more in zip(train, inner)]
        held = [{**data.features[i], **more} for i, more in zip(test, nb_columns(data, train, test, strength))]
        model, vectoriser = fit_stance.fit(rows, data.labels[train], NEWS, [])
        probs = model.predict_proba(vectoriser.transform(held))
        predicted[test] = model.classes_[probs.argmax(axis=1)]
        confidence[test] = probs.max(axis=1)
    return predicted, confidence


def _placed(values: dict[str, float], hits: dict[str, float]) -> dict[str, float]:
    """values and a copy of each named for the comment's place, as `stance.PLACED_CUES` are."""
    place = "reply" if "is_reply" in hits else "top"
    return {**values, **{f"{place}:{name}": value for name, value in values.items()}}


def vader_values(text: str, article_compound: float, analyser) -> dict[str, float]:
    """VADER's positive and negative shares and compound score of the comment, and whether its
    compound has the article's sign or the opposite one."""
    scores = analyser.polarity_scores(text)
    values = {"vader_pos": scores["pos"], "vader_neg": scores["neg"], "vader_compound": scores["compound"]}
    if scores["compound"] * article_compound > 0.01:
        values["vader_same_as_article"] = 1.0
    if scores["compound"] * article_compound < -0.01:
        values["vader_opposite_article"] = 1.0
    return values


def subreddit_as_stance(eval_dir: Path) -> Data:
    """SubReddit responses as news stance rows toward the quote they answer (agree: support, disagree:
    deny, neutral: comment), with a domain feature."""
    usable, thread = _records(eval_dir / "agreement-subreddit-dev.jsonl", fit_stance.AGREEMENT)
    side = {"agree": "support", "disagree": "deny", "neutral": "comment"}
    rows = []
    for record in usable:
        parent_record = thread.get(record.get("parent_id") or "", {})
        parent = without_furniture(record.get("parent_text") or parent_record.get("text") or "")
        hits = news_stance_features(without_furniture(record["text"]), make_context(parent), False, False)
        rows.append({**{name: hit.value for name, hit in hits.items()}, "domain_social": 1.0})
    labels = np.array([side[r[fit_stance.AGREEMENT]] for r in usable])
    groups = np.array([str(r.get("thread_id") or r["id"]) for r in usable])
    return Data(rows, labels, groups, np.array(["subreddit"] * len(usable)), [r["id"] for r in usable],
                [() for _ in usable])


# What a pushback is aimed at: a third party named in its sentence ("they", "many people", "the government"),
# or the piece and its writer ("you", "the article").
THIRD_PARTY = re.compile(
    r"\b(?:they|them|their|these people|those people|those who|people who|many people|some people|many|some|"
    r"others|everyone|everybody|americans|liberals|conservatives|republicans|democrats|politicians|"
    r"the government|government)\b", re.I)
AT_PIECE = re.compile(r"\b(?:you|your|you're|article|author|piece|post|column|writer|story|report)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def pushback_target(text: str, hits: dict) -> dict[str, float]:
    """pushback_at_third_party: the sentences of the comment's pushback or disagreement words name a
    third party and neither the piece nor its writer; pushback_at_piece: they name the piece or its writer."""
    fired = [hit.text[:30] for name, hit in hits.items() if name in ("pushback", "disagreement_words")]
    if not fired:
        return {}
    sentences = [s for s in _SENTENCE_END.split(text) if any(f and f in s for f in fired)] or [text]
    at_piece = any(AT_PIECE.search(s) for s in sentences) or "names_author" in hits or "addresses_author" in hits
    if at_piece:
        return {"pushback_at_piece": 1.0}
    return {"pushback_at_third_party": 1.0} if any(THIRD_PARTY.search(s) for s in sentences) else {}


def closest_sentence(words: set[str], sentences: list[set[str]]) -> dict[str, float]:
    """The comment's content words against the article's sentences (three content words or more):
    the best cosine of the two word sets, and restates_article_sentence when it reaches 0.3."""
    best = max((len(words & s) / math.sqrt(len(words) * len(s)) for s in sentences), default=0.0) if words else 0.0
    values = {"best_sentence_similarity": round(best, 4)} if best else {}
    return {**values, "restates_article_sentence": 1.0} if best >= 0.3 else values


def text_strength(eval_dir: Path) -> None:
    """News stance held out by page with the stacked text model, or none, and its L2 strength picked
    inside each outer training part by a 4-fold grouped inner CV."""
    data = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    grid = (None, 0.1, 0.3, 1.0, 3.0)
    predicted, confidence, chosen = _nested(data, NEWS, grid, vary=lambda task, c: replace(
        task, text=None if c is None else fit_stance.TextSpec(C=c)))
    print(f"{'text model (or none), strength by nested CV':44} {figures(data, predicted, confidence)}  "
          f"(chosen: {', '.join(map(str, chosen))})", flush=True)


def model_side(eval_dir: Path) -> None:
    """News stance held out by page against the shipped model: class offsets picked by nested grouped
    CV, NB-LR n-gram probabilities stacked under the cue model, VADER's scores, SubReddit responses as
    extra stance rows, the target of a pushback, the closest article sentence. Each feature set is
    placed top-level / reply as `stance.PLACED_CUES` are."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    data = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    records = [r for f in NEWS.files for r in _records(eval_dir / f, NEWS.label_field)[0]]
    texts = [without_furniture(r["text"]) for r in records]
    run("shipped", data, NEWS)
    print(f"{'class offsets by nested CV':44} {figures(data, *_with_offsets(data, NEWS))}", flush=True)
    for strength in (0.1, 1.0):
        print(f"{f'+ NB-LR word 1-2-grams, C={strength}':44} {figures(data, *nb_stacked(data, strength))}", flush=True)
    analyser = SentimentIntensityAnalyzer()
    articles = sorted({r.get("article_text") or "" for r in records})
    article_compound = {a: analyser.polarity_scores(a)["compound"] for a in articles}
    vader = [{} if f is None else vader_values(t, article_compound[r.get("article_text") or ""], analyser)
             for r, t, f in zip(records, texts, data.features)]
    run("+ VADER scores", with_features(data, vader), NEWS)
    placed_vader = [_placed(v, f) if f else {} for v, f in zip(vader, data.features)]
    run("+ VADER scores, placed", with_features(data, placed_vader), NEWS)
    subreddit = subreddit_as_stance(eval_dir)
    for share in (0.02, 0.05, 0.1, 0.3):
        run(f"+ SubReddit responses as stance x{share}", data, NEWS, [(subreddit, share)])
    targets = []
    for r, t, f in zip(records, texts, data.features):
        context = make_context(r.get("article_text") or "", r.get("article_author"))
        hits = {} if f is None else news_stance_features(t, context, "is_reply" in f, "reply_to_author" in f)
        targets.append(_placed(pushback_target(t, hits), f) if f else {})
    print(f"pushback at a third party on {sum('pushback_at_third_party' in t for t in targets)}, at the piece on "
          f"{sum('pushback_at_piece' in t for t in targets)} of {len(targets)} comments")
    run("+ the target of a pushback", with_features(data, targets), NEWS)
    sentences = {a: [w for w in map(_content_words, _SENTENCE_END.split(a)) if len(w) >= 3] for a in articles}
    closest = [_placed(closest_sentence(_content_words(t), sentences[r.get("article_text") or ""]), f) if f else {}
               for r, t, f in zip(records, texts, data.features)]
    print(f"restates an article sentence: {sum('restates_article_sentence' in c for c in closest)} comments")
    run("+ the closest article sentence", with_features(data, closest), NEWS)


# The cues whose share among the other comments of the page is read as the page's mood.
PAGE_MOOD_SETS = {
    "none": (),
    "praise, pushback, positive and negative tone": ("praise", "pushback", "positive_sentiment", "negative_sentiment"),
    "the same and disagreement, agreement, thanks, question, insult, endorsement": (
        "praise", "pushback", "positive_sentiment", "negative_sentiment", "disagreement_words", "agreement_words",
        "thanks", "question", "insult", "endorsement"),
}


def page_mood(data: Data, cues: tuple[str, ...]) -> list[dict[str, float]]:
    """For each comment, the mean value of each of `cues` over the other comments of its page
    (`page_mean:praise`): a recipe page's readers praise, a political page's push back, and a comment
    is read against its page. No labels are read; at run time every comment of a page is there."""
    by_page: dict[str, list[int]] = {}
    for i, group in enumerate(data.groups):
        if data.features[i] is not None:
            by_page.setdefault(group, []).append(i)
    rows: list[dict[str, float]] = [{} for _ in data.labels]
    for mates in by_page.values():
        totals = {c: sum(data.features[i].get(c, 0.0) for i in mates) for c in cues}
        for i in mates:
            others = max(1, len(mates) - 1)
            rows[i] = {f"page_mean:{c}": round((totals[c] - data.features[i].get(c, 0.0)) / others, 4) for c in cues}
    return rows


def page_mood_experiment(eval_dir: Path) -> None:
    """News stance held out by page with each set of page-mood features, and with the set picked inside
    each outer training part by a 4-fold grouped inner CV (and over all the data)."""
    data = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    variants = {name: with_features(data, page_mood(data, cues)) for name, cues in PAGE_MOOD_SETS.items()}
    for name, variant in variants.items():
        run(name[:44], variant, NEWS)
    names = list(variants)
    predicted, confidence, chosen = _nested(data, NEWS, range(len(names)), vary=lambda task, k: task,
                                            data_of=lambda k: variants[names[k]])
    print(f"{'set picked by nested grouped CV':44} {figures(data, predicted, confidence)}  "
          f"(picks, numbered as listed from 0: {' '.join(map(str, chosen))})", flush=True)
    inner = {name: _inner_f1(variant, NEWS, []) for name, variant in variants.items()}
    print("  (the same inner CV over all the data: " + ", ".join(f"{f1:.4f}" for f1 in inner.values())
          + f"; picks {names.index(max(inner, key=inner.get))})")


def author_reply_rule(eval_dir: Path) -> None:
    """How the page analysis best reads the article's author's reply to a reader (`page._align_along_the_tree`),
    on the news agreement files' author replies whose parent is a reader with a stance record: the agreement
    model alone; the reader's predicted stance toward the author carried over when it is clear (the shipped
    rule), else the model; the reader's leading stance carried over always, else the model."""
    from discourse.analysis.stance import load_weights, predict_agreement_record, predict_stance_record

    threshold = load_weights()["stance_news"]["threshold"]
    right, n = Counter(), 0
    for stance_file, agreement_file in zip(NEWS.files, TASKS["agreement_news"].files):
        _, stance_thread = _records(eval_dir / stance_file, NEWS.label_field)
        replies, thread = _records(eval_dir / agreement_file, fit_stance.AGREEMENT)
        for reply in replies:
            parent = stance_thread.get(reply.get("parent_id"))
            if not reply.get("is_source_author") or parent is None or parent.get("is_source_author"):
                continue
            label, confidence = predict_stance_record(parent, stance_thread)
            carried = {"support": "agree", "deny": "disagree"}.get(label)
            model = predict_agreement_record(reply, thread)[0]
            gold = reply[fit_stance.AGREEMENT]
            n += 1
            right["the agreement model alone"] += model == gold
            right["the reader's clear stance, else the model"] += (carried if carried and confidence >= threshold
                                                                  else model) == gold
            right["the reader's leading stance, else the model"] += (carried or model) == gold
    print(f"the article's author's replies to readers with a stance record: {n}")
    for name, count in right.items():
        print(f"{name:44} {count} right")


# ---- The author's replies, the SubReddit rows as another domain, the thread's side (2026-12-07) ----


def author_model(eval_dir: Path) -> None:
    """News agreement held out by page with one model for every reply (before) and with the author's
    replies decided by their own model (`fit_stance.Task.author_model`, shipped): the relabelled
    replies, a paired bootstrap over pages, the author's model at other L2 strengths and with its
    strength picked by a grouped inner CV, and models of their own for other kinds of reply (instead
    of the author's, or beside it: readers' replies to a question or to a negative parent)."""
    task, data, extra, share = _agreement_data(eval_dir)
    before = cross_validate(data, replace(task, author_model=False), [(extra, share)])[:2]
    shipped = cross_validate(data, task, [(extra, share)])[:2]
    mine = fit_stance.author_replies(data, np.arange(len(data.labels)))
    print(f"news reply agreement, held out by page ({len(data.labels)} replies, {len(mine)} by the article's author)")
    _agreement_line("one model for every reply (before)", data, *before)
    _agreement_line(f"shipped: the author's replies by their own model, C={task.C}", data, *shipped)
    print(f"  the author's replies: {(before[0][mine] != shipped[0][mine]).sum()} relabelled, right "
          f"{(before[0][mine] == data.labels[mine]).sum()} -> {(shipped[0][mine] == data.labels[mine]).sum()}; "
          + _page_bootstrap(data, before[0], shipped[0]))
    for strength in (0.03, 0.3, 1.0):
        relabelled = _own_model_for(data, task, before, lambda rows: fit_stance.author_replies(data, rows), strength)
        _agreement_line(f"the author's model at C={strength}", data, *relabelled)
    predicted, picks = _author_model_nested(data, task, before)
    _agreement_line("the author's model, C by nested grouped CV", data, *predicted)
    print(f"  (C picked per outer fold with author replies to test: {', '.join(map(str, picks))})")
    to_author = lambda rows: rows[[data.features[i].get("parent_is_author", 0.0) > 0 for i in rows]]  # noqa: E731
    _agreement_line("own model for replies to the author instead", data,
                    *_own_model_for(data, task, before, to_author, task.C))
    by_reader = np.ones(len(data.labels), dtype=bool)
    by_reader[mine] = False
    for kind, feature in (("a question", "parent_question"), ("a negative parent", "parent_negative")):
        chosen = by_reader & np.array([data.features[i].get(feature, 0.0) > 0 for i in range(len(data.labels))])
        _agreement_line(f"+ own model for readers' replies to {kind} ({chosen.sum()})", data,
                        *_own_model_for(data, task, shipped, lambda rows: rows[chosen[rows]], task.C))
    _agreement_line("the readers' model fitted without the author's replies", data,
                    *_readers_apart(data, task, shipped, [(extra, share)]))


def _page_bootstrap(data: Data, before: np.ndarray, after: np.ndarray, draws: int = 1000, scope: str = "both files"
                    ) -> str:
    """The change in macro-F1 over scope, resampling whole pages (seed 0): mean, 95% interval, share above 0."""
    rng = np.random.default_rng(0)
    pages = np.unique(data.groups)
    rows = {page: np.nonzero(data.groups == page)[0] for page in pages}
    changes = []
    for _ in range(draws):
        drawn = np.concatenate([rows[page] for page in rng.choice(pages, len(pages))])
        gold = data.labels[drawn]
        changes.append(f1_score(gold, after[drawn].astype(str), average="macro")
                       - f1_score(gold, before[drawn].astype(str), average="macro"))
    changes = np.array(changes)
    low, high = np.percentile(changes, 2.5), np.percentile(changes, 97.5)
    return (f"page bootstrap of the change over {scope}: {changes.mean():+.3f} (95% {low:+.3f} to {high:+.3f}, "
            f"above 0 in {(changes > 0).mean():.0%})")


def _own_model_for(data: Data, task, base: tuple, select, strength: float) -> tuple[np.ndarray, np.ndarray]:
    """base's held-out labels, with the rows `select` picks relabelled by a model fitted on the rows it
    picks from each training part alone (no extra data) at L2 strength `strength`."""
    predicted, confidence = base[0].copy(), base[1].copy()
    _, _, folds = _held_out(data)
    for train, test in folds:
        mine, own = select(test), select(train)
        if len(mine):
            model, vectoriser = fit_stance.fit([data.features[i] for i in own], data.labels[own],
                                               replace(task, C=strength), [])
            probs = model.predict_proba(vectoriser.transform([data.features[i] for i in mine]))
            predicted[mine], confidence[mine] = model.classes_[probs.argmax(axis=1)], probs.max(axis=1)
    return predicted, confidence


def _author_model_nested(data: Data, task, base: tuple) -> tuple[tuple[np.ndarray, np.ndarray], list[float]]:
    """The author's model with its L2 strength picked inside each outer training part by a grouped
    inner CV (4 folds, or one per page where fewer) on the author's replies there."""
    select = lambda rows: fit_stance.author_replies(data, rows)  # noqa: E731
    predicted, confidence = base[0].copy(), base[1].copy()
    picks = []
    for train, test in _held_out(data)[2]:
        mine, own = select(test), select(train)
        if not len(mine):
            continue
        inner = GroupKFold(n_splits=min(INNER_FOLDS, len(set(data.groups[own])))).split(own, own, data.groups[own])
        inner = list(inner)
        best = max(SOCIAL_C_GRID, key=lambda c: _inner_author_f1(data, own, inner, replace(task, C=c)))
        picks.append(best)
        model, vectoriser = fit_stance.fit([data.features[i] for i in own], data.labels[own], replace(task, C=best), [])
        probs = model.predict_proba(vectoriser.transform([data.features[i] for i in mine]))
        predicted[mine], confidence[mine] = model.classes_[probs.argmax(axis=1)], probs.max(axis=1)
    return (predicted, confidence), picks


def _inner_author_f1(data: Data, own: np.ndarray, inner: list, task) -> float:
    guess = np.empty(len(own), dtype=object)
    for a, b in inner:
        model, vectoriser = fit_stance.fit([data.features[i] for i in own[a]], data.labels[own[a]], task, [])
        guess[b] = model.predict(vectoriser.transform([data.features[i] for i in own[b]]))
    return f1_score(data.labels[own], guess.astype(str), average="macro")


def _readers_apart(data: Data, task, shipped: tuple, extra: list) -> tuple[np.ndarray, np.ndarray]:
    """shipped's labels, the readers' replies relabelled by a model fitted on the readers' replies and
    the extra data only (the shipped one is fitted on every reply)."""
    author = set(fit_stance.author_replies(data, np.arange(len(data.labels))))
    readers = lambda rows: np.array([i for i in rows if i not in author], dtype=int)  # noqa: E731
    predicted, confidence = shipped[0].copy(), shipped[1].copy()
    for train, test in _held_out(data)[2]:
        mine, own = readers(test), readers(train)
        if not len(mine):
            continue
        model, vectoriser = fit_stance.fit([data.features[i] for i in own], data.labels[own], task, extra)
        probs = model.predict_proba(vectoriser.transform([data.features[i] for i in mine]))
        predicted[mine], confidence[mine] = model.classes_[probs.argmax(axis=1)], probs.max(axis=1)
    return predicted, confidence


def _domain_copies(data: Data, domain: str, copies: bool) -> Data:
    """data with an intercept feature for its domain ("domain:social") and, if copies, each feature
    copied under the domain's name ("news:pushback"): a weight shared by both domains and one of the
    domain's own (Daumé's feature augmentation)."""
    def augmented(row: dict[str, float]) -> dict[str, float]:
        own = {f"{domain}:{name}": value for name, value in row.items()} if copies else {}
        return {**row, **own, **({f"domain:{domain}": 1.0} if domain == "social" else {})}

    return replace(data, features=[None if f is None else augmented(f) for f in data.features])


def domain_copies(eval_dir: Path) -> None:
    """News agreement held out by page with the SubReddit rows it trains on marked as another domain:
    an intercept of their own, and that with each feature copied for the news rows or for both."""
    task, data, extra, share = _agreement_data(eval_dir)
    print(f"news reply agreement, held out by page ({len(data.labels)} replies); the SubReddit rows as another domain")
    _agreement_line(f"shipped (SubReddit rows x{share}, no domain feature)", data,
                    *cross_validate(data, task, [(extra, share)])[:2])
    news_copied, social_marked = _domain_copies(data, "news", True), _domain_copies(extra, "social", False)
    variants = (("a SubReddit intercept", data, social_marked), ("+ news copies", news_copied, social_marked),
                ("+ copies for both", news_copied, _domain_copies(extra, "social", True)))
    for weight in (0.3, 0.6, 1.0):
        for name, news, social in variants:
            _agreement_line(f"{name}, SubReddit x{weight}", data, *cross_validate(news, task, [(social, weight)])[:2])


def _as_article(reply: str, parent: str) -> dict[str, float]:
    """The news stance features of a reply read as a top-level comment with its parent as the article."""
    return {name: hit.value for name, hit in news_stance_features(reply, make_context(parent), False, False).items()}


# How the stance model's probabilities on a (reply, parent) pair are read as agreement features.
PAIR_READINGS = {
    "probabilities": lambda p: {f"as_stance:{c}": float(p[c]) for c in ("support", "deny", "query")},
    "support less deny": lambda p: {"as_stance:lean": float(p["support"] - p["deny"])},
}


def pair_as_stance(eval_dir: Path) -> None:
    """News agreement held out by page with the news stance model read on the pair: fitted on the
    top-level comments of the training pages (their stance toward the article) and applied to the
    reply with its parent as the article. A training reply's reading comes from a stance model whose
    pages exclude its own (inner folds by page); the SubReddit rows' from one fitted on every page."""
    task, data, extra, share = _agreement_data(eval_dir)
    stance = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    top = [i for i, f in enumerate(stance.features) if f is not None and not f.get("is_reply")]
    pairs = _pair_rows(eval_dir, task.files, _as_article)
    social_pairs = _pair_rows(eval_dir, (task.extra[0][0],), _as_article)
    print(f"news reply agreement, held out by page; the stance model fitted on {len(top)} top-level comments")
    task = replace(task, author_model=False)  # one model for every reply, as the readings below are fitted
    _agreement_line("one model for every reply (before the author's model)", data,
                    *cross_validate(data, task, [(extra, share)])[:2])
    for name, read in PAIR_READINGS.items():
        everywhere = _read_pairs(stance, top, set(), range(len(social_pairs)), social_pairs, read)
        social = with_features(extra, [everywhere[i] for i in range(len(social_pairs))])
        predicted, confidence = np.empty(len(data.labels), dtype=object), np.ones(len(data.labels))
        for train, test in _held_out(data)[2]:
            pages = set(data.groups[test])
            rows = _read_pairs(stance, top, pages, test, pairs, read)
            for _, inner in GroupKFold(n_splits=INNER_FOLDS).split(train, train, data.groups[train]):
                rows.update(_read_pairs(stance, top, pages | set(data.groups[train[inner]]), train[inner], pairs, read))
            model, vectoriser = fit_stance.fit([{**data.features[i], **rows[i]} for i in train], data.labels[train],
                                               task, [(social, share)])
            probs = model.predict_proba(vectoriser.transform([{**data.features[i], **rows[i]} for i in test]))
            predicted[test], confidence[test] = model.classes_[probs.argmax(axis=1)], probs.max(axis=1)
        _agreement_line(f"+ the stance model on the pair: {name}", data, predicted, confidence)


def _read_pairs(stance: Data, top: list[int], excluded: set, rows, pairs: list, read) -> dict[int, dict[str, float]]:
    """read(probabilities) of the stance model fitted on the top-level comments outside the pages
    `excluded`, for each of pairs[rows]."""
    keep = [i for i in top if stance.groups[i] not in excluded]
    model, vectoriser = fit_stance.fit([stance.features[i] for i in keep], stance.labels[keep], NEWS, [])
    rows = list(rows)
    probs = model.predict_proba(vectoriser.transform([pairs[i] for i in rows]))
    return {i: read(dict(zip(model.classes_, p))) for i, p in zip(rows, probs)}


THIRD_PERSON = re.compile(r"\b(?:they|them|their|these|those)\b", re.I)
NEGATIVE_CUES = ("negative_sentiment", "insult", "pushback", "disagreement_words")


def aimed_negative(text: str, hits: dict[str, float] | None) -> dict[str, float]:
    """A reply's negative words with whom they are aimed at: "you_negative" when it speaks to its reader
    ("you"), "they_negative" when it speaks of others ("they", "these") and not to its reader, where
    complaining along with the parent agrees."""
    negative = max((hits or {}).get(name, 0.0) for name in NEGATIVE_CUES)
    if not negative:
        return {}
    if hits.get("second_person"):
        return {"you_negative": negative}
    return {"they_negative": negative} if THIRD_PERSON.search(text) else {}


def aimed_negative_experiment(eval_dir: Path) -> None:
    """News agreement held out by page with the reply's negative words split by whom they are aimed at."""
    task, data, extra, share = _agreement_data(eval_dir)
    texts = _pair_rows(eval_dir, task.files, lambda reply, parent: reply)
    social_texts = _pair_rows(eval_dir, (task.extra[0][0],), lambda reply, parent: reply)
    rows = [aimed_negative(t, f) for t, f in zip(texts, data.features)]
    social_rows = [aimed_negative(t, f) for t, f in zip(social_texts, extra.features)]
    print(f"news reply agreement, held out by page; you_negative on {sum('you_negative' in r for r in rows)}, "
          f"they_negative on {sum('they_negative' in r for r in rows)} of {len(rows)} replies")
    _agreement_line("shipped", data, *cross_validate(data, task, [(extra, share)])[:2])
    for names in (("you_negative",), ("they_negative",), ("you_negative", "they_negative")):
        news = with_features(data, _kept(rows, set(names)))
        social = with_features(extra, _kept(social_rows, set(names)))
        _agreement_line("+ " + " and ".join(names), data, *cross_validate(news, task, [(social, share)])[:2])


def _parents(eval_dir: Path, data: Data) -> np.ndarray:
    """For each news stance record, the row of the comment it replies to (-1 for a top-level comment)."""
    records = {}
    for file in NEWS.files:
        records.update(_records(eval_dir / file, NEWS.label_field)[1])
    row = {record_id: i for i, record_id in enumerate(data.ids)}
    return np.array([row.get(records[i].get("parent_id") or "", -1) for i in data.ids])


# How the parent's predicted stance toward the author is read as features of a reply's own stance.
PARENT_READINGS = {
    "the parent's probabilities": lambda p, row: {f"parent_p:{c}": float(p[c]) for c in p},
    "the parent's side (support or deny leads)": lambda p, row: (
        {f"parent_side:{max(p, key=p.get)}": 1.0} if max(p, key=p.get) in ("support", "deny") else {}),
    "the same, times the reply's agreeing and pushing words": lambda p, row: {
        f"parent_p:{c}*{kind}": float(p[c]) * max(row.get(n, 0.0) for n in names)
        for c in ("support", "deny")
        for kind, names in (("agrees", ("agreement_words", "praise", "endorsement")),
                            ("pushes", ("pushback", "disagreement_words")))},
}


def parent_side(eval_dir: Path) -> None:
    """News stance held out by page with a reply's parent's predicted stance toward the author as
    features: out of fold (inner folds by page) for the training rows, from the model fitted on the
    training part for the held-out ones (a parent is on its reply's page, so in the same part)."""
    data = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    parent = _parents(eval_dir, data)
    replies = int((parent >= 0).sum())
    print(f"news stance, held out by page; {replies} of {len(parent)} comments reply to a labelled one")
    run("shipped", data, NEWS)
    for name, read in PARENT_READINGS.items():
        predicted, confidence, folds = _held_out(data)
        for train, test in folds:
            probs = _news_probabilities(data, train, test)
            for fit_rows, inner in GroupKFold(n_splits=INNER_FOLDS).split(train, train, data.groups[train]):
                probs.update(_news_probabilities(data, train[fit_rows], train[inner]))
            rows = {i: {**data.features[i], **(read(probs[parent[i]], data.features[i]) if parent[i] in probs else {})}
                    for i in (*train, *test)}
            predicted[test], confidence[test] = _news_decisions([rows[i] for i in train], data.labels[train],
                                                                [rows[i] for i in test])
        print(f"{'+ ' + name:44} {figures(data, predicted, confidence)}"[:200], flush=True)


def _news_probabilities(data: Data, fit_rows: np.ndarray, rows: np.ndarray) -> dict[int, dict[str, float]]:
    """The news stance model fitted on fit_rows: each of rows' class probabilities."""
    model, vectoriser = fit_stance.fit([data.features[i] for i in fit_rows], data.labels[fit_rows], NEWS, [])
    probs = model.predict_proba(vectoriser.transform([data.features[i] for i in rows]))
    return {i: dict(zip(model.classes_, p)) for i, p in zip(rows, probs)}


def _news_decisions(train_rows: list, labels: np.ndarray, test_rows: list) -> tuple[np.ndarray, np.ndarray]:
    """Labels and calibrated confidences of the news stance model as `fit_stance.cross_validate` gives them."""
    model, vectoriser = fit_stance.fit(train_rows, labels, NEWS, [])
    sure, sure_vectoriser = fit_stance.fit(train_rows, labels, replace(NEWS, power=0.0), [])
    probs = model.predict_proba(vectoriser.transform(test_rows))
    sure_probs = sure.predict_proba(sure_vectoriser.transform(test_rows))
    lead = probs.argmax(axis=1)
    return model.classes_[lead], (probs.max(axis=1) + sure_probs[np.arange(len(test_rows)), lead]) / 2


def news_stance_shapes(eval_dir: Path) -> None:
    """News stance held out by page: a question that addresses another commenter ("@Harkol: ... why?")
    as a cue; without the comment's sentiment sign read against the article's (a lexicon misreads a
    mocking article: "Hilarious responses ..."); top-level comments and replies each by a model of their
    own; top-level comments to the writer, or replies to the author's comments, by a model of their own
    (as the author's replies are in news agreement)."""
    data = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    asks_other = [{"question_to_other": 1.0} if f and f.get("question") and f.get("addresses_other") else {}
                  for f in data.features]
    print(f"news stance, held out by page; a question to another commenter in {sum(map(bool, asks_other))} comments")
    run("shipped", data, NEWS)
    run("+ a question to another commenter", with_features(data, asks_other), NEWS)
    article_tone = ("opposite_sentiment_to_context", "same_sentiment_as_context")
    placed_tone = tuple(f"{place}:{name}" for place in ("top", "reply") for name in article_tone)
    run("without the comment's tone against the article's", _without(data, article_tone + placed_tone), NEWS)
    run("the same, its placed copies only", _without(data, placed_tone), NEWS)
    reply = np.array([bool(f and f.get("is_reply")) for f in data.features])
    predicted, confidence, folds = _held_out(data)
    for train, test in folds:
        for place in (True, False):
            _news_apart(data, train[reply[train] == place], test[reply[test] == place], predicted, confidence)
    print(f"{'top-level comments and replies apart':44} {figures(data, predicted, confidence)}", flush=True)
    shipped = cross_validate(data, NEWS, [])[:2]
    for name, kind in (("top-level comments to the writer", _to_the_writer), ("replies to the author", _to_the_author)):
        chosen = np.array([bool(f and kind(f)) for f in data.features])
        predicted, confidence = shipped[0].copy(), shipped[1].copy()
        for train, test in folds:
            _news_apart(data, train[chosen[train]], test[chosen[test]], predicted, confidence)
        print(f"{f'{name} ({chosen.sum()}) by their own model':44} {figures(data, predicted, confidence)}", flush=True)


def _to_the_writer(hits: dict[str, float]) -> bool:
    """A top-level comment that speaks to the article's writer ("you", the writer's name)."""
    return not hits.get("is_reply") and any(hits.get(n) for n in ("second_person", "addresses_author", "names_author"))


def _to_the_author(hits: dict[str, float]) -> bool:
    return bool(hits.get("reply_to_author"))


def _news_apart(data: Data, own: np.ndarray, mine: np.ndarray, predicted: np.ndarray, confidence: np.ndarray) -> None:
    """The rows `mine` labelled by a news stance model fitted on the rows `own` alone."""
    if len(mine):
        predicted[mine], confidence[mine] = _news_decisions(
            [data.features[i] for i in own], data.labels[own], [data.features[i] for i in mine])


def reply_sides(eval_dir: Path) -> None:
    """How each news file's annotators label a reply's stance toward the author, given its parent's stance
    label and the reply's agreement label with it (gold labels of both files)."""
    for stance_file, agreement_file in zip(NEWS.files, TASKS["agreement_news"].files):
        side = {i: r[NEWS.label_field] for i, r in _records(eval_dir / stance_file, NEWS.label_field)[1].items()}
        replies = _records(eval_dir / agreement_file, fit_stance.AGREEMENT)[0]
        counts = Counter((side.get(r.get("parent_id")), r[fit_stance.AGREEMENT], side.get(r["id"])) for r in replies)
        print(f"{stance_file}: parent's stance, reply's agreement -> reply's stance (replies)")
        for parent_label, agreement in (("support", "agree"), ("deny", "disagree"), ("deny", "agree"),
                                        ("comment", "disagree")):
            found = {label: n for (p, a, label), n in counts.items() if (p, a) == (parent_label, agreement) and label}
            print(f"  {parent_label:8} {agreement:9} -> " + ", ".join(f"{k} {v}" for k, v in sorted(found.items())))


def social_author(eval_dir: Path) -> None:
    """RumourEval stance held out by thread with the replies by the source tweet's author decided by a
    model of their own (fitted on those replies alone), as the article's author's are in news agreement."""
    task = TASKS["stance_social"]
    data = load(eval_dir / task.files[0], task.label_field, task.featurise)
    shipped = cross_validate(data, task, [])[:2]
    chosen = np.array([bool(f and f.get("by_source_author")) for f in data.features])
    print(f"RumourEval stance, held out by thread ({len(data.labels)} posts, {chosen.sum()} by the source's author)")
    _rumour_line("shipped", data.labels, *shipped)
    relabelled = _own_model_for(data, task, shipped, lambda rows: rows[chosen[rows]], task.C)
    _rumour_line("the source author's replies by their own model", data.labels, *relabelled)
    print(f"  the source author's replies right: {(shipped[0][chosen] == data.labels[chosen]).sum()} -> "
          f"{(relabelled[0][chosen] == data.labels[chosen]).sum()}")


# ---- RumourEval: the decision rule, and the thread's other replies (2026-12-07) ---------------------


def _inner_and_outer(data: Data, task) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """Per outer fold (whole threads held out, as `fit_stance` does): train and test rows, the training
    part's 4-fold grouped inner out-of-fold probabilities, the held-out probabilities and the classes."""
    folds = []
    for train, test in _held_out(data)[2]:
        rows = [data.features[i] for i in train]
        inner = None
        for a, b in GroupKFold(n_splits=INNER_FOLDS).split(train, train, data.groups[train]):
            model, vectoriser = fit_stance.fit([rows[i] for i in a], data.labels[train[a]], task, [])
            probs = model.predict_proba(vectoriser.transform([rows[i] for i in b]))
            inner = np.zeros((len(train), probs.shape[1])) if inner is None else inner
            inner[b] = probs
        model, vectoriser = fit_stance.fit(rows, data.labels[train], task, [])
        held = model.predict_proba(vectoriser.transform([data.features[i] for i in test]))
        folds.append((train, test, inner, held, model.classes_))
    return folds


def _prior_offsets(gold: np.ndarray, log_probs: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """One parameter: the log class priors times the alpha in -1 .. 1 (steps of 0.05) that maximises macro-F1."""
    log_prior = np.log(np.array([(gold == c).mean() for c in classes]))
    alphas = np.round(np.arange(-1, 1.001, 0.05), 2)
    best = max(alphas, key=lambda a: (f1_score(gold, classes[(log_probs - a * log_prior).argmax(axis=1)],
                                                average="macro"), -abs(a)))
    return -best * log_prior


DECISION_RULES = {
    "shipped: the most probable label": lambda gold, lp, classes: np.zeros(len(classes)),
    "class offsets (three, coordinate search)": _class_offsets,
    "the same offsets halved": lambda gold, lp, classes: _class_offsets(gold, lp, classes) / 2,
    "an offset for deny only": lambda gold, lp, classes: _class_offsets(gold, lp, classes, ("deny",)),
    "offsets for deny and query only": lambda gold, lp, classes: _class_offsets(gold, lp, classes, ("deny", "query")),
    "the class priors to a power (one parameter)": _prior_offsets,
}


def social_rules(eval_dir: Path) -> None:
    """RumourEval stance held out by thread with the label read after per-class offsets on the log
    probabilities, each rule's offsets chosen inside every outer training part on its inner out-of-fold
    probabilities (the shipped strength, C=0.03; measured before at C=0.3 only)."""
    task = TASKS["stance_social"]
    data = load(eval_dir / task.files[0], task.label_field, task.featurise)
    folds = _inner_and_outer(data, task)
    print(f"RumourEval stance, held out by thread ({len(data.labels)} posts); macro-F1, per-class F1")
    for name, rule in DECISION_RULES.items():
        _rumour_line(name, data.labels, *_decided(data, folds, rule))


THREAD_MOOD_SETS = {
    "truth dispute, question, pushback, disagreement": (
        "truth_dispute", "question", "pushback", "disagreement_words"),
    "the same and link, endorsement, agreement, negation, negative tone": (
        "truth_dispute", "question", "pushback", "disagreement_words", "link", "endorsement", "agreement_words",
        "negation", "negative_sentiment"),
}


def thread_mood(data: Data, cues: tuple[str, ...]) -> list[dict[str, float]]:
    """For each post, the mean of `cues` over the other posts of its thread (no label read): a thread whose
    replies call the rumour fake or ask for a source may make a reply in it more likely to deny or ask."""
    values = [np.array([f.get(c, 0.0) for c in cues]) if f else None for f in data.features]
    sums: dict[str, np.ndarray] = {}
    counts: Counter = Counter()
    for group, value in zip(data.groups, values):
        if value is not None:
            sums[group] = sums.get(group, 0.0) + value
            counts[group] += 1
    out = []
    for group, value in zip(data.groups, values):
        others = counts[group] - 1
        mean = (sums[group] - value) / others if value is not None and others else np.zeros(len(cues))
        out.append({f"thread_mean:{c}": round(float(m), 4) for c, m in zip(cues, mean)})
    return out


def thread_mood_experiment(eval_dir: Path) -> None:
    """RumourEval stance held out by thread with the mean cues of the thread's other posts."""
    task = TASKS["stance_social"]
    data = load(eval_dir / task.files[0], task.label_field, task.featurise)
    print(f"RumourEval stance, held out by thread ({len(data.labels)} posts); macro-F1, per-class F1")
    for name, cues in THREAD_MOOD_SETS.items():
        _rumour_line(f"+ {name}", data.labels, *cross_validate(with_features(data, thread_mood(data, cues)), task, [])[:2])


TO_CLAIM_SETS = {
    "a question or a link": ("question", "link"),
    "the same and a genuine question, a question opener, a bare link, a truth dispute": (
        "question", "genuine_question", "question_opener", "link", "link_only", "truth_dispute"),
}


def to_claim(eval_dir: Path) -> None:
    """RumourEval stance held out by thread with copies of a few cues for a direct reply to the source
    ("to_claim:question"): a question put to the claim itself asks for evidence (query), a link in answer
    to it brings some (support); deeper in the thread both mostly answer another reply."""
    task = TASKS["stance_social"]
    data = load(eval_dir / task.files[0], task.label_field, task.featurise)
    print(f"RumourEval stance, held out by thread ({len(data.labels)} posts); macro-F1, per-class F1")
    for name, cues in TO_CLAIM_SETS.items():
        copies = [{f"to_claim:{c}": f[c] for c in cues if c in f} if f and not f.get("is_reply") else {}
                  for f in data.features]
        _rumour_line(f"+ {name}", data.labels, *cross_validate(with_features(data, copies), task, [])[:2])

# ---- Gradient-boosted trees over the shipped features (2026-12-07) ----------------------------------

# Fixed before any figure was seen: small trees and strong regularisation for a few hundred to a few
# thousand rows; the number of boosting rounds alone is chosen, by a grouped inner CV in each training part.
TREE_SETTINGS = {"learning_rate": 0.05, "max_depth": 3, "max_leaf_nodes": 8, "min_samples_leaf": 20,
                 "l2_regularization": 1.0, "max_bins": 64, "early_stopping": False, "random_state": 0}
TREE_ROUNDS = 300
TREE_VARIANTS = ("linear (shipped)", "trees", "mean of linear and trees")


def _fit_trees(rows: list, labels: np.ndarray, task, extra: list, rounds: int):
    """A class-weighted gradient-boosted tree model on the rows the task's regression trains on
    (`fit_stance.training_rows`: the same class weights and extra data), and its vectoriser."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    rows, labels, weights = fit_stance.training_rows(rows, labels, task, extra)
    vectoriser = DictVectorizer(sparse=False)
    model = HistGradientBoostingClassifier(max_iter=rounds, **TREE_SETTINGS)
    return model.fit(vectoriser.fit_transform(rows), labels, sample_weight=weights), vectoriser


def _tree_rounds(rows: list, labels: np.ndarray, groups: np.ndarray, task, extra: list) -> int:
    """The number of boosting rounds (1 .. TREE_ROUNDS) with the best macro-F1 on a 4-fold grouped inner
    CV of the training part (the extra data trains each inner part); ties go to fewer rounds."""
    scores = np.zeros(TREE_ROUNDS)
    staged = np.empty((TREE_ROUNDS, len(labels)), dtype=object)
    for a, b in GroupKFold(n_splits=min(INNER_FOLDS, len(set(groups)))).split(labels, labels, groups):
        model, vectoriser = _fit_trees([rows[i] for i in a], labels[a], task, extra, TREE_ROUNDS)
        x = vectoriser.transform([rows[i] for i in b])
        for stage, probs in enumerate(model.staged_predict_proba(x)):
            staged[stage, b] = model.classes_[probs.argmax(axis=1)]
    for stage in range(TREE_ROUNDS):
        scores[stage] = f1_score(labels, staged[stage].astype(str), average="macro")
    return int(scores.argmax()) + 1


def _both_models(train_rows: list, labels: np.ndarray, test_rows: list, task, extra: list, rounds: int) -> tuple:
    """The held-out class probabilities of the task's regression and of the trees, each with those of the
    same model fitted without class weights (for a calibrated task's confidence; else None)."""
    def probabilities(fitter, weighted_task):
        model, vectoriser = fitter(train_rows, labels, weighted_task, extra)
        return model.classes_, model.predict_proba(vectoriser.transform(test_rows))

    trees = lambda rows, y, t, e: _fit_trees(rows, y, t, e, rounds)  # noqa: E731
    out = []
    for fitter in (fit_stance.fit, trees):
        classes, probs = probabilities(fitter, task)
        sure = probabilities(fitter, replace(task, power=0.0))[1] if task.calibrated else None
        out.append((classes, probs, sure))
    return out


def _decide(probs: np.ndarray, sure: np.ndarray | None, classes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Labels and confidences as `fit_stance.cross_validate` reads them from a model's probabilities."""
    best = probs.argmax(axis=1)
    confidence = probs.max(axis=1)
    if sure is not None:
        confidence = (confidence + sure[np.arange(len(best)), best]) / 2
    return classes[best], confidence


def _tree_task(data: Data, task, extra: list) -> tuple[dict[str, tuple], np.ndarray, list[int]]:
    """Held out as `fit_stance.cross_validate` holds out (the same folds, the stacked text model's
    out-of-fold probabilities, the author's replies by their own regression): the labels and
    confidences of the regression, the trees and the mean of the two models' probabilities; each
    record's fold; the rounds the inner CV picked per fold."""
    held = {name: (np.empty(len(data.labels), dtype=object), np.ones(len(data.labels))) for name in TREE_VARIANTS}
    ruled = np.array([f is None for f in data.features])
    for predicted, _ in held.values():
        predicted[ruled] = fit_stance.RULE_LABEL
    fold_of = np.zeros(len(data.labels), dtype=int)
    picks = []
    folds = GroupKFold(n_splits=min(fit_stance.FOLDS, len(set(data.groups))))
    for fold, (train, test) in enumerate(folds.split(data.labels, data.labels, data.groups)):
        fold_of[test] = fold
        train, test = train[~ruled[train]], test[~ruled[test]]
        train_rows, test_rows, fold_extra, _ = fit_stance.stacked(data, train, test, task, extra)
        labels = data.labels[train]
        picks.append(_tree_rounds(train_rows, labels, data.groups[train], task, fold_extra))
        (classes, linear, linear_sure), (tree_classes, trees, tree_sure) = _both_models(
            train_rows, labels, test_rows, task, fold_extra, picks[-1])
        assert list(classes) == list(tree_classes)
        mean_sure = None if linear_sure is None else (linear_sure + tree_sure) / 2
        for name, probs, sure in zip(TREE_VARIANTS, (linear, trees, (linear + trees) / 2),
                                     (linear_sure, tree_sure, mean_sure)):
            predicted, confidence = held[name]
            predicted[test], confidence[test] = _decide(probs, sure, classes)
            if task.author_model:
                fit_stance._decide_author_replies(data, train, test, task, predicted, confidence)
    return held, fold_of, picks


def trees(eval_dir: Path) -> None:
    """Each task held out as `fit_stance` validates it, by its shipped regression, by gradient-boosted
    trees over exactly the same features (HistGradientBoostingClassifier, TREE_SETTINGS; the rounds
    by a grouped inner CV) and by the mean of the two models' probabilities; `fit_stance.report`'s
    figures per file and over both, and a page (thread) bootstrap of each change in macro-F1."""
    cache: dict = {}

    def data_of(file: str, task) -> Data:
        if (file, task.label_field) not in cache:
            cache[file, task.label_field] = load(eval_dir / file, task.label_field, task.featurise)
        return cache[file, task.label_field]

    for name, task in TASKS.items():
        data = fit_stance.concat([data_of(f, task) for f in task.files])
        extra = [(data_of(f, task), share) for f, share in task.extra]
        held, fold_of, picks = _tree_task(data, task, extra)
        print(f"{name}: boosting rounds picked per outer fold: {', '.join(map(str, picks))}", flush=True)
        for variant, (predicted, confidence) in held.items():
            print(f"{name}, {variant}:")
            fit_stance.report(name, data, predicted, confidence, fold_of)
        for variant in TREE_VARIANTS[1:]:
            scope = "both files" if len(task.files) > 1 else "the file"
            print(f"  {variant} against linear: "
                  + _page_bootstrap(data, held[TREE_VARIANTS[0]][0], held[variant][0], scope=scope), flush=True)


# ---- Discourse markers: hedges, boosters, examples, affirming openers, interjections ------------------------------

MARKERS = {
    # Hedges (Brown & Levinson's mitigation; Hyland's hedges): disagreement is softened with them.
    "hedge": re.compile(r"\b(?:maybe|perhaps|probably|possibly|i think|i guess|i suppose|i believe|imo|imho"
                        r"|in my (?:humble )?opinion|it seems|seems? to|might|may be|sort of|kind of)\b", re.I),
    # Boosters (Hyland): certainty pressed on the reader, as in a counter-claim.
    "booster": re.compile(r"\b(?:clearly|obviously|of course|certainly|definitely|undoubtedly|surely|no doubt|in fact"
                          r"|the fact (?:is|that)|actually|really|always|never|everyone knows|it is clear)\b", re.I),
    # Exemplification: a supporting example added to the article's or the parent's point.
    "example": re.compile(r"\b(?:for (?:example|instance)|one example|case in point|e\.g\."
                          r"|a (?:good|perfect|prime|classic) example)", re.I),
    # An affirming demonstrative opener: "That's exactly it", "This is the key problem", "Which is why".
    "affirming_opener": re.compile(
        r"^[\s\"“'‘>*]*(?:(?:that|this|which)(?:'s|’s| is| was)\s+(?:exactly|precisely|just|so|the (?:point|key|problem"
        r"|issue|reason|thing|crux|truth)|why|what|how|the main|my point|true)|which is why|hence\b|that explains)", re.I),
    # Emotive interjections standing as a sentence: "Sad.", "Wow!", "Sigh."
    "interjection": re.compile(r"(?:^|[.!?…]\s*)(?:sad|wow|ugh+|sigh|smh|egads|geez|jeez|yikes|oh (?:my|boy|well)"
                               r"|good grief|alas)\s*[.!…]", re.I),
}


def _marker_rows(eval_dir: Path, files: tuple[str, ...], label_field: str, name: str) -> list[dict[str, float]]:
    """The marker's flag for each record `load` keeps from files, in its order."""
    texts = [r["text"] for f in files for r in _records(eval_dir / f, label_field)[0]]
    return [{name: 1.0} if MARKERS[name].search(text) else {} for text in texts]


def _marked(data: Data, eval_dir: Path, files: tuple[str, ...], label_field: str, name: str) -> Data:
    """data with the marker's flag (unchanged for "none")."""
    return data if name == "none" else with_features(data, _marker_rows(eval_dir, files, label_field, name))


def markers(eval_dir: Path) -> None:
    """News stance and news agreement held out by page (as `fit_stance` prints them), each with one
    discourse-marker family as an extra cue; the SubReddit rows news agreement trains on carry it too."""
    stance = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    task, agreement, extra, share = _agreement_data(eval_dir)
    (extra_file, _), = task.extra
    for name in ("none", *MARKERS):
        print(f"+ {name}:", flush=True)
        data = _marked(stance, eval_dir, NEWS.files, NEWS.label_field, name)
        fit_stance.report("stance_news", data, *cross_validate(data, NEWS, []))
        news = _marked(agreement, eval_dir, task.files, task.label_field, name)
        rows = [(_marked(extra, eval_dir, (extra_file,), task.label_field, name), share)]
        fit_stance.report("agreement_news", news, *cross_validate(news, task, rows))


# ---- The tone in which a text speaks of the subjects it shares with the article or the parent ----------


def term_tones(text: str) -> dict[str, float]:
    """Each content word's mean polarity over the text's sentences that use it (`cues._sentence_words`)."""
    uses: dict[str, list[float]] = {}
    for _, polarity, words in _sentence_words(prepare(text)):
        for word in words:
            uses.setdefault(word, []).append(polarity)
    return {word: sum(tones) / len(tones) for word, tones in uses.items()}


def tone_values(mine: dict[str, float], theirs: dict[str, float], form: str, margin: float, suffix: str
                ) -> dict[str, float]:
    """The shared content words said in a clear tone (beyond margin) in both texts, of the same sign or the
    opposite: "count", a third per word up to 1; "share", each kind's share of those words; "majority",
    a flag for the kind that has more."""
    toned = [w for w in mine.keys() & theirs.keys() if min(abs(mine[w]), abs(theirs[w])) > margin]
    same = sum((mine[w] > 0) == (theirs[w] > 0) for w in toned)
    kinds = {f"tone_with_{suffix}": same, f"tone_against_{suffix}": len(toned) - same}
    if form == "count":
        return {name: min(1.0, n / 3) for name, n in kinds.items() if n}
    if form == "share":
        return {name: n / len(toned) for name, n in kinds.items() if n}
    return {name: 1.0 for name, n in kinds.items() if n > len(toned) - n}


TONE_FORMS = {"count, margin 0.05": ("count", 0.05), "count, margin 0.2": ("count", 0.2),
              "share, margin 0.05": ("share", 0.05), "majority, margin 0.05": ("majority", 0.05)}


def term_tone(eval_dir: Path) -> None:
    """News stance with the tone in which a comment speaks of the article's subjects (each form unplaced
    and placed top-level / reply, and the form picked inside each outer training part by a grouped inner
    CV); news agreement with the same read against the parent (the SubReddit rows carry it too)."""
    data = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    records = [r for f in NEWS.files for r in _records(eval_dir / f, NEWS.label_field)[0]]
    articles: dict[str, dict[str, float]] = {}
    tones = []
    for record in records:
        article = record.get("article_text") or ""
        if article not in articles:
            articles[article] = term_tones(article)
        tones.append((term_tones(without_furniture(record["text"])), articles[article]))
    variants = {"none": data}
    for name, (form, margin) in TONE_FORMS.items():
        for placed_too in (False, True):
            rows = []
            for (mine, theirs), features in zip(tones, data.features):
                values = tone_values(mine, theirs, form, margin, "article") if features else {}
                place = "reply" if features and "is_reply" in features else "top"
                rows.append({**values, **{f"{place}:{k}": v for k, v in values.items()}} if placed_too else values)
            variants[f"{name}{', placed' if placed_too else ''}"] = with_features(data, rows)
    for name, variant in variants.items():
        run(name if name == "none" else f"+ {name}", variant, NEWS)
    predicted, confidence, chosen = _nested(data, NEWS, list(variants), vary=lambda task, _: task,
                                            data_of=variants.__getitem__)
    print(f"{'form picked by nested grouped CV':44} {figures(data, predicted, confidence)}")
    print(f"  (picks per outer fold: {' | '.join(chosen)})")
    task, agreement, extra, share = _agreement_data(eval_dir)
    (extra_file, _), = task.extra
    _agreement_line("news agreement, shipped", agreement, *cross_validate(agreement, task, [(extra, share)])[:2])
    for form in ("count", "majority"):
        def with_parent(rows: Data, files: tuple[str, ...]) -> Data:
            return with_features(rows, _pair_rows(eval_dir, files, lambda reply, parent: tone_values(
                term_tones(reply), term_tones(parent), form, 0.05, "parent")))
        news = with_parent(agreement, task.files)
        predicted, confidence, _ = cross_validate(news, task, [(with_parent(extra, (extra_file,)), share)])
        _agreement_line(f"+ tone with the parent ({form}, margin 0.05)", news, predicted, confidence)


def side_values(reply: dict | None, parent: dict | None, by_author: bool, to_author: bool, kinds: str
                ) -> dict[str, float]:
    """From the predicted stance toward the author of a reply and of its parent: the chance they are on
    the same side or opposite sides ("sides"); a reader's answer to the author's comment, by the reply's
    support and denial ("to the author"); the author's answer to a reader, by the reader's ("from the author")."""
    out = {}
    if kinds in ("sides", "all") and reply and parent:
        out["same_side"] = reply["support"] * parent["support"] + reply["deny"] * parent["deny"]
        out["opposite_sides"] = reply["support"] * parent["deny"] + reply["deny"] * parent["support"]
    if kinds in ("to the author", "all") and reply and to_author:
        out.update(reply_supports_author=reply["support"], reply_denies_author=reply["deny"])
    if kinds in ("from the author", "all") and parent and by_author:
        out.update(parent_supports_author=parent["support"], parent_denies_author=parent["deny"])
    return out


def stance_sides(eval_dir: Path) -> None:
    """News agreement held out by page with the reply's and its parent's stance toward the author as the
    news stance model predicts it with their page held out (12 folds by page, as `fit_stance` holds out;
    the agreement folds may put a training reply's stance on a page whose stance labels the held-out
    page's model saw, a second-order leak that favours the variant)."""
    stance = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    probs, (_, _, folds) = {}, _held_out(stance)
    for train, test in folds:
        probs.update({stance.ids[i]: p for i, p in _news_probabilities(stance, train, test).items()})
    task, agreement, extra, share = _agreement_data(eval_dir)
    records = {i: r for f in (*NEWS.files, *task.files) for i, r in _records(eval_dir / f, task.label_field)[1].items()}
    _agreement_line("news agreement, shipped", agreement, *cross_validate(agreement, task, [(extra, share)])[:2])
    for kinds in ("sides", "to the author", "from the author", "all"):
        rows = []
        for i in agreement.ids:
            parent_id = records[i].get("parent_id") or ""
            rows.append(side_values(probs.get(i), probs.get(parent_id), bool(records[i].get("is_source_author")),
                                    bool(records.get(parent_id, {}).get("is_source_author")), kinds))
        news = with_features(agreement, rows)
        predicted, confidence, _ = cross_validate(news, task, [(extra, share)])
        _agreement_line(f"+ predicted stance toward the author: {kinds} (on {sum(map(bool, rows))})", news,
                        predicted, confidence)


# The experiments asked for by name with `--only`, each reading the eval folder itself, in the order they run.
BY_EVAL_DIR = {
    "pair-agreement": pair_agreement, "pair-rumoureval": pair_rumoureval, "negative-parent": negative_parent,
    "platform": platform, "social-strength": social_strength, "you-negated": you_negated, "reference": reference,
    "off-article": off_article, "negative-article": negative_article, "headline": headline,
    "model-side": model_side, "text-strength": text_strength, "page-mood": page_mood_experiment,
    "author-reply-rule": author_reply_rule, "author-model": author_model, "domain-copies": domain_copies,
    "pair-as-stance": pair_as_stance, "aimed-negative": aimed_negative_experiment, "parent-side": parent_side,
    "news-shapes": news_stance_shapes, "reply-sides": reply_sides, "social-author": social_author,
    "social-rules": social_rules, "thread-mood": thread_mood_experiment,
    "to-claim": to_claim, "trees": trees, "positive-parent": positive_parent, "markers": markers,
    "term-tone": term_tone, "stance-sides": stance_sides,
}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("eval_dir", nargs="?", default=str(fit_stance.EVAL_DIR))
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args(argv)
    eval_dir = Path(args.eval_dir)
    data = fit_stance.concat([load(eval_dir / f, NEWS.label_field, NEWS.featurise) for f in NEWS.files])
    wanted = set(args.only or ["shipped", "weights", "nested", "negation", "rumoureval", "calibrated"])
    print(f"news stance, held out by page (12 folds); macro-F1 per file and both ({len(data.labels)} comments)")
    if "shipped" in wanted:
        run(f"shipped: C={NEWS.C}, class weight power {NEWS.power}", data, NEWS)
    if "weights" in wanted:
        for power in (0.0, 0.5, 1.0):
            run(f"class weight power {power}", data, replace(NEWS, power=power))
    if "nested" in wanted:
        nested_c(data, NEWS)
    if "negation" in wanted:
        run("+ negates_article (negation near article terms)", with_features(data, article_negation(eval_dir)), NEWS)
    if "rumoureval" in wanted:
        rumours = load(eval_dir / "stance-rumoureval2019-dev.jsonl", NEWS.label_field, NEWS.featurise)
        for share in (0.02, 0.05, 0.1, 0.3):
            run(f"+ RumourEval x{share}, domain feature", data, NEWS, [(domain_marked(rumours), share)])
        if "calibrated" in wanted:
            calibrated("+ RumourEval x0.05, calibrated confidence", data, NEWS, [(domain_marked(rumours), 0.05)])
    if "calibrated" in wanted:
        calibrated("calibrated confidence (label, probability)", data, NEWS)
    for name in ("none", "consolation", "contrast_opener"):
        if f"ablate-{name}" in wanted:
            ablation(name, eval_dir)
    if "placed" in wanted:
        placed_and_calibrated(eval_dir)
    for name in TASKS:
        if f"text-{name}" in wanted:
            stacked_text(name, eval_dir)
    for name, experiment in BY_EVAL_DIR.items():
        if name in wanted:
            experiment(eval_dir)


if __name__ == "__main__":
    main(sys.argv[1:])
