"""Explainable lexicon sentiment for reader comments.

Words are scored with TextBlob's Pattern lexicon (``en-sentiment.xml``) averaged with VADER's
lexicon, which also covers what Pattern lacks (slang such as "lol", "thanks", "wtf"). Both
files are read straight from the installed packages, so neither ``textblob`` (1.4 s, pulls in
NLTK) nor VADER's analyser is imported, and tokens go to the lexicon without re-tokenising.

On top of the raw lexicon this fixes what hurts most on comments: negation including
contractions ("isn't good"; TextBlob issue 70), "but" clauses, intensifiers and downtoners,
ALL CAPS, "!!!", emoticons and emoji. Every adjustment is named in the ``Evidence`` note.

Polarity and subjectivity come from that evidence alone. The positive/negative/neutral label is
decided by a small multinomial logistic regression over named summary features of the evidence
and the text (positive and negative evidence sums, negations, question marks, length, ...; see
``LABEL_FEATURES``), fitted by ``fit_sentiment.py`` and shipped in ``sentiment_weights.json``.
Among those features is a small stacked text model (``sentiment_text.json``, also fitted by
``fit_sentiment.py``): a naive Bayes word table read once per token, whose mean weight per label
over the text's distinct known words (a mean, so a long comment weighs no more than a short one)
gives the features ``text_negative``, ``text_neutral`` and ``text_positive``.
``Sentiment.label_cues`` lists each feature's contribution to the label's lead over the runner-up,
the text model's as one cue naming the words that pushed most, so every label can be explained. The
polarity never depends on the label model. A text without any evidence is neutral without consulting it.
"""

from __future__ import annotations

import importlib.util
import json
import math
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain, compress
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

from discourse.analysis.text import Prepared, page_words, sentence_tokens, split_sentences, tokenize

LEXICON_LANGUAGE = "en"

LABELS = ("positive", "negative", "neutral")
# The label model's weights, written by `python3 -m discourse.analysis.fit_sentiment ../shared/eval`.
WEIGHTS_FILE = "sentiment_weights.json"
# The stacked text model's word table (word -> weight per label), written by the same fit.
TEXT_MODEL_FILE = "sentiment_text.json"
TEXT_FEATURES = tuple(f"text_{label}" for label in sorted(LABELS))
# How many of the text model's words that pushed the label most its cue names.
TEXT_CUE_WORDS = 3
TEXT_ROUND = 4  # decimals of the shipped word weights
TEXT_UNIT = 10**TEXT_ROUND
# The summary features the label model reads, in the order `label_features` returns them.
LABEL_FEATURES = (
    "positive_evidence",    # summed positive polarity of the evidence (clause-weighted)
    "negative_evidence",    # summed negative polarity, as a positive number
    "polarity",             # the squashed evidence sum shown as the comment's polarity
    "strongest_positive",   # the most positive single piece of evidence
    "strongest_negative",   # the most negative one, as a positive number
    "positive_words",       # how many pieces of evidence are positive
    "negative_words",       # how many are negative
    "negated_words",        # sentiment words under a negation ("not good")
    "bare_negations",       # "not"/"no" negating no sentiment word
    "emoji_emoticons",      # emoji and emoticons among the evidence
    "subjectivity",         # the evidence's mean subjectivity
    "question_marks",       # "?" in the text (at most 3)
    "exclamations",         # "!" in the text (at most 3)
    "log_words",            # log(1 + number of words)
    "first_person",         # I, me, my, we, ... (at most 3)
    "second_person",        # you, your, ... (at most 3)
    *TEXT_FEATURES,         # the text model's mean word weight per label (over the distinct known words)
)
MAX_COUNTED = 3

# The threshold rule the label used before the model (fitted on the same rows by
# `python3 benchmarks/analyse_sentiment.py --fit ...`; macro-F1 0.647): kept for `label_for`.
POSITIVE_THRESHOLD = 0.31
NEGATIVE_THRESHOLD = -0.25

# Adjustment weights. A negated positive word flips as in VADER (x -0.74: "not good" is bad), a
# negated negative one only softens as in TextBlob (x -0.5: "not bad" is mildly good); "very"
# multiplies by 1.3 as in TextBlob; the "but" weights and the squashing of the evidence sum
# follow VADER; the rest are round figures.
NEGATION_FACTOR = -0.74
NEGATED_NEGATIVE_FACTOR = -0.5
NEGATION_WINDOW = 3
INTENSIFIER_FACTOR = 1.3
DOWNTONER_FACTOR = 0.5
CAPS_FACTOR = 1.25
EXCLAMATION_STEP = 0.1
MAX_EXCLAMATIONS = 3
BEFORE_BUT_WEIGHT = 0.5
AFTER_BUT_WEIGHT = 1.5
SATURATION = 1.0
# A "not"/"no"/"don't" that negates no sentiment word still signals disagreement.
BARE_NEGATION_POLARITY = -0.1
VADER_SCALE = 4.0
VADER_SUBJECTIVITY = 0.75
MIN_PATTERN_SUBJECTIVITY = 0.4

NEGATORS = frozenset(
    """not no never cannot nor neither without nothing none nobody nowhere dont doesnt didnt
    isnt wasnt arent werent cant couldnt wouldnt shouldnt wont aint havent hasnt hadnt""".split()
)
INTENSIFIERS = frozenset(
    """very really so too extremely incredibly absolutely totally completely utterly truly
    highly deeply especially particularly seriously super hella fucking freaking damn most
    definitely quite""".split()
)
DOWNTONERS = frozenset(
    "slightly somewhat barely hardly kinda sorta fairly mildly partly rather little".split()
)
CONTRASTS = frozenset(("but", "however", "yet"))
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves i'm i've i'd i'll im ive".split())
SECOND_PERSON = frozenset("you your yours yourself yourselves you're you've you'd you'll u ur youre".split())
# Frequent words the lexicons score by a rare sense ("more" +0.5, "first" +0.25, "game" -0.4):
# in comments they are almost always quantities, order or plain nouns and verbs; "yes" and
# "please" are discourse markers and "ill" is usually "I'll".
RARE_SENSE_WORDS = frozenset(
    """more much many most few less least other same first last next old new whole real long
    far down well right kind mean game play playing played want matter leave stop
    live ill yes please""".split()
)
# "like" is sentiment only as a verb after its subject or a negation ("I like it", "don't
# like"), not in "looks like".
LIKE_SUBJECTS = frozenset("i we you they i'd we'd you'd they'd would really also just do".split())
# Reader-comment words neither lexicon knows, on VADER's -4..4 scale.
COMMENT_SLANG = {
    "trash": -2.0, "garbage": -2.0, "cringe": -1.8, "cringey": -1.8, "cringy": -1.8, "yikes": -1.5,
    "dammit": -1.7, "goddammit": -2.0, "nightmare": -2.0, "nightmares": -2.0, "ew": -1.8, "eww": -1.8,
    "bs": -2.0, "wholesome": 2.5, "lolol": 2.0, "hahahaha": 2.5, "thankyou": 1.9, "rip": -1.5,
}
# Emoji whose name misleads in comments: 😂 reads as laughter, 🔥 and 💯 as praise.
EMOJI_OVERRIDES = {
    "😂": (0.6, "face with tears of joy"), "🔥": (0.5, "fire"), "💯": (0.5, "hundred points"),
}
EMOTICON_POLARITY = {"D": 1.0, ")": 0.5, "]": 0.5, "P": 0.75, "p": 0.75, "(": -0.75, "[": -0.75}
_EMOTICON_STARTS = ":;=8<"
_EMOTICON_START = re.compile("[:;=8<]")
# A whole token that is an emoticon (the tokenizer's emoticon forms): "8.5" and "80-year-old" start like
# "8)" but are words, so a token's first character alone does not make it an emoticon.
_EMOTICON = re.compile(r"[:;=8][-o^']?[)(\]\[dDpP/\\|]|<3")
_NON_LATIN = re.compile(r"[^\x00-\u024f]")


class Evidence(NamedTuple):
    """One word or phrase behind a score, with the adjustments that were applied to it. A named tuple:
    every scoring word of every sentence makes one, and a tuple is made in fewer steps than a frozen
    dataclass, which sets each field through `object.__setattr__`."""

    text: str
    polarity: float
    subjectivity: float
    note: str


@dataclass(frozen=True, slots=True)
class Sentiment:
    """Polarity (-1..1), subjectivity (0..1), a label and the evidence they rest on.

    ``label_cues`` explains the label: (feature, contribution) pairs, largest first, whose sum
    (with the ``"baseline"`` entry, the label model's intercepts) is the label's lead in the
    model's score over the runner-up label. Empty when there was no evidence (then neutral)."""

    polarity: float | None
    subjectivity: float | None
    label: str
    evidence: tuple[Evidence, ...]
    label_cues: tuple[tuple[str, float], ...] = ()
    note: str = ""  # why there is no polarity, for a text not in English
    language: str = LEXICON_LANGUAGE

    @property
    def scored(self) -> bool:
        """False for a text not in English: no polarity, subjectivity or label (see `unscored`)."""
        return self.polarity is not None


UNSCORED = "unscored"
ENGLISH_LIKE = frozenset({"en", "und"})  # "und": no words (emoji, emoticons), which the lexicon reads too


def unscored(language: str) -> Sentiment:
    """The sentiment of a text in another language: none, and a note saying why (an English lexicon
    reads a German "die" or "super" as English words and gives confident nonsense)."""
    note = f"written in '{language}', not English: the sentiment lexicon is English-only, so no polarity is given"
    return Sentiment(None, None, UNSCORED, (), (), note, language)


def score_in(text: str | Prepared, language: str) -> Sentiment:
    """`score_text` for a text in `language` (ISO 639-1), `unscored` unless that is English."""
    return score_text(text) if language in ENGLISH_LIKE else unscored(language)


def score_text(text: str | Prepared) -> Sentiment:
    """Score a whole comment, paragraph or article; clause rules apply per sentence.

    Given a `Prepared` text, the score is computed once and shared with `score_sentences`."""
    if isinstance(text, Prepared):
        return text.using(_prepared_score)
    return _summarise(*_pooled(_sentence_evidence(split_sentences(text))))


def score_sentences(text: str | Prepared) -> list[tuple[str, Sentiment]]:
    """Score each sentence of ``text`` on its own."""
    if isinstance(text, Prepared):
        return list(text.using(_prepared_sentence_scores))
    return [(sentence, _summarise(*facts)) for sentence, facts in _sentence_evidence(split_sentences(text))]


def sentence_polarities(text: str | Prepared) -> tuple[tuple[str, float], ...]:
    """Each sentence with its polarity, as `score_sentences` gives it, without the label: the stance
    cues read only the polarity, and deciding the label is most of the cost of a sentence's score."""
    if isinstance(text, Prepared):
        return text.using(_prepared_sentence_polarities)
    return _polarities(_sentence_evidence(split_sentences(text)))


def text_polarity(text: str | Prepared) -> float:
    """`score_text(text).polarity` without deciding the label, which is most of a long text's score: the
    stance cues read only the polarity of an article or a parent."""
    if isinstance(text, Prepared):
        return text.using(_prepared_polarity)
    return _evidence_polarity(_sentence_evidence(split_sentences(text)))


def evidence_sentiment(text: Prepared, polarity: float) -> Sentiment:
    """`score_text(text)` with ``polarity`` and its label by the polarity thresholds (`label_for`), no label
    cues: the text's evidence and subjectivity without the label model's decision, which would be replaced."""
    weighted = _hits(text.using(_prepared_evidence))
    subjectivity = _polarity_and_subjectivity(weighted)[1]
    return Sentiment(polarity, subjectivity, label_for(polarity), tuple(ev for ev, _ in weighted))


def label_features(text: str | Prepared) -> tuple[float, ...]:
    """The label model's input for ``text``: one value per name in ``LABEL_FEATURES``."""
    if isinstance(text, Prepared):
        facts = _pooled(text.using(_prepared_evidence))
    else:
        facts = _pooled(_sentence_evidence(split_sentences(text)))
    hits, counts, words = facts
    return _features(hits, counts, _known_words(words))


def _sentence_evidence(sentences) -> tuple[tuple[str, "_SentenceFacts"], ...]:
    return tuple((sentence, _sentence_hits(sentence)) for sentence in sentences)


def _pooled(sentences) -> tuple[list[tuple[Evidence, float]], tuple[int, ...], Sequence[str]]:
    """All sentences' evidence, their counts summed, and their words."""
    hits = _hits(sentences)
    counts = tuple(map(sum, zip(*(facts.counts for _, facts in sentences)))) or _NO_COUNTS
    if len(sentences) == 1:
        return hits, counts, sentences[0][1].words
    return hits, counts, tuple(chain.from_iterable(facts.words for _, facts in sentences))


def _prepared_evidence(prepared: Prepared):
    return _sentence_evidence(prepared.sentences)


def _prepared_score(prepared: Prepared) -> Sentiment:
    return _summarise(*_pooled(prepared.using(_prepared_evidence)))


def _prepared_polarity(prepared: Prepared) -> float:
    return _evidence_polarity(prepared.using(_prepared_evidence))


def _evidence_polarity(sentences) -> float:
    return _polarity_and_subjectivity(_hits(sentences))[0]


def _hits(sentences) -> list[tuple[Evidence, float]]:
    """Every sentence's weighted evidence, in order."""
    return [hit for _, facts in sentences for hit in facts.hits]


def _prepared_sentence_scores(prepared: Prepared) -> tuple[tuple[str, Sentiment], ...]:
    return tuple((sentence, _summarise(*facts)) for sentence, facts in prepared.using(_prepared_evidence))


def _prepared_sentence_polarities(prepared: Prepared) -> tuple[tuple[str, float], ...]:
    return _polarities(prepared.using(_prepared_evidence))


def _polarities(sentences) -> tuple[tuple[str, float], ...]:
    return tuple((sentence, _polarity_and_subjectivity(facts.hits)[0]) for sentence, facts in sentences)


def looks_english(text: str) -> bool:
    """Cheap guess whether the English-only lexicon applies: mostly Latin letters and
    common English function words."""
    words = list(filter(str.isalpha, tokenize(text)))
    if not words or len(_NON_LATIN.findall(text)) > len(text) / 4:
        return False
    # Lower-cased as one line (no word holds a space, none lower-cases into one): one call, not one a word.
    common = sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, " ".join(words).lower().split(" ")))
    return common >= max(1, len(words) // 8)


_ENGLISH_FUNCTION_WORDS = frozenset(
    """the a an and or but of to in on at for with is are was were be been it this that these
    those i you he she we they my your his her our their not no do does did have has had will
    would can could should what who how why when where if so as by from just all me him them""".split()
)


def label_for(polarity: float) -> str:
    """The label by polarity thresholds alone: the rule used before the label model (still
    fitted, macro-F1 0.647 on the GoEmotions rows; kept for comparison)."""
    if polarity >= POSITIVE_THRESHOLD:
        return "positive"
    if polarity <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


def _polarity_and_subjectivity(weighted: list[tuple[Evidence, float]]) -> tuple[float, float]:
    """Polarity is the weighted evidence sum squashed into -1..1 (as VADER does), so
    several words outweigh one; subjectivity is the weighted mean."""
    total_weight = sum(weight for _, weight in weighted)
    if not total_weight:
        return 0.0, 0.0
    total = sum(ev.polarity * weight for ev, weight in weighted)
    polarity = total / math.sqrt(total * total + SATURATION)
    subjectivity = sum(ev.subjectivity * weight for ev, weight in weighted) / total_weight
    return polarity, min(1.0, subjectivity)


def _summarise(weighted: list[tuple[Evidence, float]], counts: tuple[int, ...], words: Sequence[str]) -> Sentiment:
    """Polarity and subjectivity from the evidence; the label from the label model."""
    if not weighted:
        return Sentiment(0.0, 0.0, "neutral", ())
    polarity, subjectivity = _polarity_and_subjectivity(weighted)
    known = _known_words(words)
    features = _features(weighted, counts, known, polarity, subjectivity)
    label, cues = _decide(features, known)
    return Sentiment(polarity, subjectivity, label, tuple(ev for ev, _ in weighted), cues)


def _features(
    weighted: list[tuple[Evidence, float]],
    counts: tuple[int, ...],
    known: set[str] | frozenset[str],
    polarity: float | None = None,
    subjectivity: float | None = None,
) -> tuple[float, ...]:
    """Values of ``LABEL_FEATURES`` (all 0 without evidence but for the text counts). ``known``: the
    text's words in the text model's table (see `_known_words`)."""
    if polarity is None:
        polarity, subjectivity = _polarity_and_subjectivity(weighted)
    positive = negative = strongest_positive = strongest_negative = 0.0
    positive_words = negative_words = negated = bare = pictures = 0
    for evidence, weight in weighted:
        value = evidence.polarity
        note = evidence.note
        if note.startswith("negation without"):
            bare += 1
        elif "negated by" in note:
            negated += 1
        if note.startswith(("emoji", "emoticon")):
            pictures += 1
        if value > 0:
            positive += value * weight
            positive_words += 1
            strongest_positive = max(strongest_positive, value)
        elif value < 0:
            negative -= value * weight
            negative_words += 1
            strongest_negative = max(strongest_negative, -value)
    words, questions, exclamations, first, second = counts
    return (
        positive, negative, polarity, strongest_positive, strongest_negative,
        float(positive_words), float(negative_words), float(negated), float(bare), float(pictures),
        subjectivity, float(min(questions, MAX_COUNTED)), float(min(exclamations, MAX_COUNTED)),
        math.log1p(words), float(min(first, MAX_COUNTED)), float(min(second, MAX_COUNTED)),
        *(text_scores(known, _text_columns()) if known else _NO_TEXT),
    )


def _known_words(words: Sequence[str]) -> set[str]:
    """The distinct words of a text that the text model knows: one set lookup per token."""
    return _text_model().keys() & words


def text_scores(known: set[str] | frozenset[str], columns: tuple[dict[str, int], ...]) -> tuple[float, ...]:
    """The text model's features: per label (in `TEXT_FEATURES` order) the mean weight of the distinct
    known words (a mean, not a sum: news comments run several times longer than the short comments the
    table is fitted on, and sums would grow with length). ``columns``: per label, word -> weight in
    units of `TEXT_UNIT` (see `text_columns`); integers add exactly, so a set's order does not matter."""
    if not known:
        return _NO_TEXT
    scale = TEXT_UNIT * len(known)
    return tuple(sum(map(column.__getitem__, known)) / scale for column in columns)


def text_columns(table: dict[str, tuple[float, ...]]) -> tuple[dict[str, int], ...]:
    """The word table (word -> weight per label, `TEXT_ROUND` decimals) as one word -> integer weight
    (in units of `TEXT_UNIT`) dict per label."""
    return tuple({word: round(weights[k] * TEXT_UNIT) for word, weights in table.items()}
                 for k in range(len(TEXT_FEATURES)))


def _decide(features: tuple[float, ...], known: set[str] | frozenset[str] = frozenset()) -> tuple[str, tuple[tuple[str, float], ...]]:
    """The label with the highest linear score among those the polarity's sign allows, and each
    feature's share of its lead over the runner-up (the intercepts as "baseline"), non-zero ones
    only, largest first. The text model's features make one cue, "text model", followed by the known
    words (``known``) that pushed the lead most, e.g. "text model: 'thanks', 'love'".

    The label never contradicts the polarity shown with it: a text whose evidence sums negative is
    never "positive", nor a positive one "negative" (GoEmotions, 5-fold on the four fifths
    `fit_sentiment` tunes on: macro-F1 0.680 with the rule, 0.684 without; with the 16 features before
    the word table, 5-fold on all rows: 0.6639 with it, 0.6631 without)."""
    model = _label_model()
    scores = [intercept + sum(map(operator.mul, weights, features))
              for intercept, weights in zip(model.intercepts, model.weights)]
    allowed = model.allowed[_sign(features[_POLARITY])]
    best = max(allowed, key=scores.__getitem__)
    runner_up = max((k for k in allowed if k != best), key=scores.__getitem__)
    baseline, differences = model.leads[best][runner_up]
    contributions = list(map(operator.mul, differences, features))
    text = sum(contributions[_TEXT_START:])
    del contributions[_TEXT_START:]
    cues = [*compress(zip(LABEL_FEATURES, contributions), contributions)]
    if text:
        cues.append((_text_cue(known, best, runner_up), text))
    cues.append(("baseline", baseline))
    magnitudes = [abs(value) for _, value in cues]
    # Largest magnitude first, ties in feature order (the sort is stable), the baseline last among equals.
    order = sorted(range(len(cues)), key=magnitudes.__getitem__, reverse=True)
    return model.classes[best], tuple(map(cues.__getitem__, order))


_POLARITY = LABEL_FEATURES.index("polarity")
_NO_TEXT = (0.0,) * len(TEXT_FEATURES)
_TEXT_START = LABEL_FEATURES.index(TEXT_FEATURES[0])


def _text_cue(known: set[str] | frozenset[str], best: int, other: int) -> str:
    """"text model", with the known words whose weights pushed the lead of class ``best`` over
    ``other`` most (ties by the word)."""
    ranks = _pushing_words(best, other)
    strongest = sorted(filter(ranks.__contains__, known), key=ranks.__getitem__)[:TEXT_CUE_WORDS]
    return "text model: " + ", ".join(map(repr, strongest)) if strongest else "text model"


@lru_cache(maxsize=1)
def _text_columns() -> tuple[dict[str, int], ...]:
    return text_columns(_text_model())


@lru_cache(maxsize=None)
def _pushing_words(best: int, other: int) -> dict[str, int]:
    """The words whose weights push the lead of class ``best`` over ``other`` in the label model, each
    with its rank: 0 for the strongest push, ties by the word."""
    differences = _label_model().leads[best][other][1][_TEXT_START:]
    pushes = {word: sum(map(operator.mul, differences, weights)) for word, weights in _text_model().items()}
    order = sorted((-push, word) for word, push in pushes.items() if push > 0)
    return {word: rank for rank, (_, word) in enumerate(order)}


@lru_cache(maxsize=1)
def _text_model() -> dict[str, tuple[float, ...]]:
    """The text model's word table: word -> its weight per label, in `TEXT_FEATURES` order."""
    stored = json.loads(resources.files("discourse.analysis").joinpath(TEXT_MODEL_FILE).read_text())
    if tuple(f"text_{label}" for label in stored["classes"]) != TEXT_FEATURES:
        raise RuntimeError(f"{TEXT_MODEL_FILE} has other labels; run discourse.analysis.fit_sentiment")
    return {word: tuple(weights) for word, weights in stored["words"].items()}


# The label a polarity of each sign rules out.
_EXCLUDED_BY_SIGN = {1: frozenset({"negative"}), -1: frozenset({"positive"}), 0: frozenset()}


def _sign(value: float) -> int:
    return int(value > 0) - int(value < 0)


def allowed_labels(polarity: float) -> tuple[str, ...]:
    """The labels that do not contradict ``polarity``'s sign."""
    return tuple(label for label in LABELS if label not in _EXCLUDED_BY_SIGN[_sign(polarity)])


class _LabelModel(NamedTuple):
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]  # per class, in LABEL_FEATURES order
    # leads[best][other]: (intercept difference, weight differences), for label_cues
    leads: tuple[tuple[tuple[float, tuple[float, ...]], ...], ...]
    allowed: dict[int, tuple[int, ...]]  # by the polarity's sign, the class indices it allows, in order


@lru_cache(maxsize=1)
def _label_model() -> _LabelModel:
    """The fitted label weights, read from the package on first use."""
    stored = json.loads(resources.files("discourse.analysis").joinpath(WEIGHTS_FILE).read_text())
    classes = tuple(stored["classes"])
    missing = set(LABEL_FEATURES) - set(stored["weights"])
    if missing:
        raise RuntimeError(f"{WEIGHTS_FILE} lacks {sorted(missing)}; run discourse.analysis.fit_sentiment")
    intercepts = tuple(float(stored["intercept"][c]) for c in classes)
    weights = tuple(tuple(float(stored["weights"][name][c]) for name in LABEL_FEATURES) for c in classes)
    leads = tuple(
        tuple(
            (intercepts[best] - intercepts[other],
             tuple(map(operator.sub, weights[best], weights[other])))
            for other in range(len(classes))
        )
        for best in range(len(classes))
    )
    allowed = {sign: tuple(k for k in range(len(classes)) if classes[k] not in excluded)
               for sign, excluded in _EXCLUDED_BY_SIGN.items()}
    return _LabelModel(classes, intercepts, weights, leads, allowed)


class _SentenceFacts(NamedTuple):
    hits: tuple[tuple[Evidence, float], ...]  # evidence with its clause weight
    counts: tuple[int, ...]  # words, "?", "!", first-person words, second-person words
    words: list[str]  # the lower-cased tokens, which the text model reads (never changed)


_NO_COUNTS = (0, 0, 0, 0, 0)
_NON_WORD_STARTS = re.compile(r"[:;=<!?]")


class _Sentence(NamedTuple):
    tokens: tuple[str, ...]
    lowered: list[str]
    shouting_allowed: bool  # ALL CAPS is emphasis only when the rest is not shouted too
    exclamations: int
    # False when the sentence holds no negator (most do not), so no word's scope is searched for one
    has_negator: bool = True


@lru_cache(maxsize=8192)
def _sentence_hits(text: str) -> _SentenceFacts:
    """Evidence for one sentence, each with its clause weight ("but" clauses), and the counts
    the label model reads.

    Memoised: an article's sentences are scored for the article, for each paragraph and as the
    context of every comment, and a sentence's evidence depends on nothing but its text."""
    tokens = sentence_tokens(text)
    joined, lowered = _lowered(text, tokens)
    negators = _negator_indices(lowered, joined)
    sentence = _Sentence(
        tokens, lowered, any(map(str.islower, tokens)), min(text.count("!"), MAX_EXCLAMATIONS), bool(negators)
    )
    contrast_at = _last_contrast(lowered)
    hits = []
    negators_used = set()
    scoring = _scoring_words()
    for index in _candidates(text, lowered, scoring):
        found = _token_evidence(sentence, index, scoring)
        if found is not None:
            evidence, negator_at = found
            negators_used.add(negator_at)
            hits.append(_weigh_by_clause(evidence, index, contrast_at))
    for index in negators:
        if index not in negators_used:
            bare = Evidence(tokens[index], BARE_NEGATION_POLARITY, 0.0, "negation without a sentiment word")
            hits.append(_weigh_by_clause(bare, index, contrast_at))
    hits.extend((evidence, 1.0) for evidence in _emoji_evidence(text))
    words = len(tokens)
    if _NON_WORD_STARTS.search(text):  # emoticons and runs of !? are tokens but not words
        words -= sum(1 for token in tokens if not token[0].isalnum())
    counts = (
        words,
        text.count("?"),
        text.count("!"),
        sum(map(FIRST_PERSON.__contains__, lowered)),
        sum(map(SECOND_PERSON.__contains__, lowered)),
    )
    return _SentenceFacts(tuple(hits), counts, lowered)


def _lowered(text: str, tokens: tuple[str, ...]) -> tuple[str, list[str]]:
    """The sentence's tokens lower-cased, a typographic apostrophe as a plain one: joined by single
    spaces (for the negation check, `_negator_indices`), and one by one. One `lower` of the whole line
    instead of one per token: no token holds a space and no character lower-cases into one, so the
    line split at spaces gives each token's own lower-cased form. Kept in the `_sentence_hits` memo, so
    equal words share one string of the page's word table (`page_words`) rather than each occurrence
    holding its own lower-cased copy."""
    joined = " ".join(tokens).lower()
    if "’" in text:
        joined = joined.replace("’", "'")
    return joined, page_words(joined.split(" ")) if tokens else []


def sentence_words(sentence: str) -> list[str]:
    """The words (tokens, lower-cased) of one sentence as the text model reads them."""
    return _lowered(sentence, sentence_tokens(sentence))[1]


def _candidates(text: str, lowered: list[str], scoring: frozenset[str]) -> list[int]:
    """Where a word may score: it is one of the `_scoring_words`, or it may be an emoticon (a token starting
    with one of their first characters; only looked for when the sentence holds one)."""
    if _EMOTICON_START.search(text):
        return [i for i, word in enumerate(lowered) if word in scoring or word[0] in _EMOTICON_STARTS]
    return list(compress(range(len(lowered)), map(scoring.__contains__, lowered)))


@lru_cache(maxsize=1)
def _scoring_words() -> frozenset[str]:
    """The lexicon's words that `_token_evidence` can score: not a negator, not a word of a rare sense
    (`RARE_SENSE_WORDS`) and of a polarity other than 0. It gives no evidence for any other word but an
    emoticon, so the other lexicon words need not be looked at (a quarter of the lexicon hits in comments)."""
    return frozenset(
        word for word, (polarity, _) in _lexicon().items()
        if polarity and word not in RARE_SENSE_WORDS and not _is_negator(word)
    )


def _negator_indices(lowered: list[str], joined: str) -> list[int]:
    """Where the negators are; most sentences have none, which two scans in C tell (``joined``: the
    lower-cased words joined by spaces, as `_lowered` makes them)."""
    if "n't" not in joined:
        if NEGATORS.isdisjoint(lowered):
            return []
        return list(compress(range(len(lowered)), map(NEGATORS.__contains__, lowered)))
    return [index for index, word in enumerate(lowered) if word in NEGATORS or word.endswith("n't")]


def _token_evidence(sentence: _Sentence, index: int, scoring: frozenset[str]) -> tuple[Evidence, int] | None:
    """The word at ``index`` as evidence, with the index of the negator it used (or -1). ``scoring``: the
    `_scoring_words`, the only words but emoticons that can be evidence (so a word in it is neither a
    negator nor of a rare sense, and its polarity is not 0)."""
    tokens, lowered = sentence.tokens, sentence.lowered
    token, word = tokens[index], lowered[index]
    if token[0] in _EMOTICON_STARTS and not token.isalnum() and _EMOTICON.fullmatch(token):
        return _emoticon_evidence(token), -1
    if word not in scoring or _modifies_next(index, lowered):
        return None
    if _inside_proper_name(tokens, index):
        return None
    if word == "like" and not _like_is_a_verb(lowered[index - 1] if index else ""):
        return None
    polarity, subjectivity = _lexicon()[word]
    phrase_start, negator_at, polarity, notes = _apply_modifiers(index, lowered, polarity, sentence.has_negator)
    if sentence.shouting_allowed and len(token) > 1 and token.isupper():
        polarity *= CAPS_FACTOR
        notes.append("all caps")
    if sentence.exclamations:
        polarity *= 1.0 + EXCLAMATION_STEP * sentence.exclamations
        notes.append(f"emphasised by '{'!' * sentence.exclamations}'")
    text = " ".join(tokens[phrase_start : index + 1])
    return Evidence(text, _clamp(polarity), subjectivity, ", ".join(notes)), negator_at


def _like_is_a_verb(previous: str) -> bool:
    return previous in LIKE_SUBJECTS or _is_negator(previous)


def _inside_proper_name(tokens: list[str], index: int) -> bool:
    """A capitalised word next to another, mid-sentence, names something ("Star Wars")."""
    if index == 0 or not tokens[index].istitle():
        return False
    neighbours = tokens[index - 1 : index] + tokens[index + 1 : index + 2]
    return any(word.istitle() and word != "I" for word in neighbours)


def _modifies_next(index: int, lowered: list[str]) -> bool:
    """An intensifier or downtoner scores only through the word it modifies ("damn good"),
    but counts on its own when nothing follows it ("damn")."""
    word = lowered[index]
    if word not in INTENSIFIERS and word not in DOWNTONERS:
        return False
    following = lowered[index + 1] if index + 1 < len(lowered) else ""
    return bool(_lexicon().get(following, (0.0,))[0])


def _apply_modifiers(
    index: int, lowered: list[str], polarity: float, has_negator: bool = True
) -> tuple[int, int, float, list[str]]:
    """Intensifier/downtoner right before the word, negation a few words before it (looked for only
    where the sentence holds a negator, `has_negator`).
    Returns (phrase start, negator index or -1, adjusted polarity, notes)."""
    notes = []
    start = index
    previous = lowered[index - 1] if index else ""
    if previous in INTENSIFIERS:
        polarity *= INTENSIFIER_FACTOR
        notes.append(f"intensified by '{previous}'")
        start = index - 1
    elif previous in DOWNTONERS:
        polarity *= DOWNTONER_FACTOR
        notes.append(f"toned down by '{previous}'")
        start = index - 1
    negator_at = _negator_before(index, lowered) if has_negator else -1
    if negator_at >= 0:
        polarity *= NEGATION_FACTOR if polarity > 0 else NEGATED_NEGATIVE_FACTOR
        notes.append(f"negated by '{lowered[negator_at]}'")
        start = min(start, negator_at)
    return start, negator_at, polarity, notes


def _negator_before(index: int, lowered: list[str]) -> int:
    """Index of a negator within NEGATION_WINDOW words before ``index``, not across "but"."""
    for back in range(index - 1, max(-1, index - 1 - NEGATION_WINDOW), -1):
        word = lowered[back]
        if word in CONTRASTS:
            return -1
        if word in NEGATORS or word.endswith("n't"):  # `_is_negator`, written out: it runs for most words
            return back
    return -1


def _weigh_by_clause(evidence: Evidence, index: int, contrast_at: int) -> tuple[Evidence, float]:
    if contrast_at < 0:
        return evidence, 1.0
    if index > contrast_at:
        return _noted(evidence, "after 'but' (weighted up)"), AFTER_BUT_WEIGHT
    return _noted(evidence, "before 'but' (weighted down)"), BEFORE_BUT_WEIGHT


def _noted(evidence: Evidence, note: str) -> Evidence:
    joined = f"{evidence.note}, {note}" if evidence.note else note
    return Evidence(evidence.text, evidence.polarity, evidence.subjectivity, joined)


def _last_contrast(lowered: list[str]) -> int:
    if CONTRASTS.isdisjoint(lowered):
        return -1
    for index in range(len(lowered) - 1, 0, -1):
        if lowered[index] in CONTRASTS:
            return index
    return -1


def _is_negator(word: str) -> bool:
    return word in NEGATORS or word.endswith("n't")


def _emoticon_evidence(token: str) -> Evidence | None:
    if token == "<3":
        return Evidence(token, 1.0, 1.0, "emoticon")
    polarity = EMOTICON_POLARITY.get(token[-1])
    if polarity is None:
        return Evidence(token, -0.25, 1.0, "emoticon")
    if token[0] == ";":
        polarity = 0.25
    elif "'" in token and polarity < 0:
        polarity = -1.0
    return Evidence(token, polarity, 1.0, "emoticon")


def _emoji_evidence(sentence: str) -> list[Evidence]:
    emoji = _emoji_lexicon()
    if sentence.isascii() or emoji.keys().isdisjoint(sentence):
        return []
    found = []
    for char in sentence:
        entry = emoji.get(char)
        if entry is not None:
            polarity, name = entry
            found.append(Evidence(char, polarity, 1.0, f"emoji ({name})"))
    return found


def _clamp(value: float) -> float:
    return max(-1.0, min(1.0, value))


def _package_dir(package: str) -> Path:
    """Locate an installed package's data without importing it (TextBlob imports NLTK)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"{package} is not installed; it provides the sentiment lexicon")
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[float, float]]:
    """word -> (polarity, subjectivity). Where both lexicons know a word its polarity is their
    mean; Pattern's objective senses (low subjectivity) are left to VADER."""
    vader = {word: polarity / VADER_SCALE for word, polarity in _vader_words().items()}
    vader.update((word, polarity / VADER_SCALE) for word, polarity in COMMENT_SLANG.items())
    merged = {word: (polarity, VADER_SUBJECTIVITY) for word, polarity in vader.items()}
    for word, (polarity, subjectivity) in _pattern_words().items():
        if subjectivity < MIN_PATTERN_SUBJECTIVITY:
            continue
        if word in vader:
            polarity = (polarity + vader[word]) / 2
        merged[word] = (polarity, subjectivity)
    return merged


def _pattern_words() -> dict[str, tuple[float, float]]:
    """TextBlob's reading of en-sentiment.xml: senses averaged per part of speech, then the
    parts of speech averaged, plus "-ly" adverbs derived from adjectives."""
    path = _package_dir("textblob") / "en" / "en-sentiment.xml"
    senses: dict[str, dict[str, list[tuple[float, float]]]] = {}
    for node in ElementTree.parse(path).getroot().iter("word"):
        scores = (float(node.get("polarity", 0.0)), float(node.get("subjectivity", 0.0)))
        senses.setdefault(node.get("form"), {}).setdefault(node.get("pos"), []).append(scores)
    words = {}
    for form, by_pos in senses.items():
        per_pos = {pos: _mean_pair(scores) for pos, scores in by_pos.items()}
        words[form] = _mean_pair(list(per_pos.values()))
        if "JJ" in per_pos:
            words.setdefault(_adverb_of(form), per_pos["JJ"])
    return words


def _adverb_of(adjective: str) -> str:
    if adjective.endswith("y"):
        return adjective[:-1] + "ily"
    if adjective.endswith("le"):
        return adjective[:-2] + "ly"
    return adjective + "ly"


def _mean_pair(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    return (math.fsum(p for p, _ in pairs) / len(pairs), math.fsum(s for _, s in pairs) / len(pairs))


def _vader_words() -> dict[str, float]:
    words = {}
    with open(_package_dir("vaderSentiment") / "vader_lexicon.txt", encoding="utf-8") as lines:
        for line in lines:
            word, polarity = line.split("\t")[:2]
            words[word] = float(polarity)
    return words


@lru_cache(maxsize=1)
def _emoji_lexicon() -> dict[str, tuple[float, str]]:
    """Single-character emoji -> (polarity of its name's words, name), as VADER reads emoji."""
    lexicon = _lexicon()
    emoji = {}
    path = _package_dir("vaderSentiment") / "emoji_utf8_lexicon.txt"
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            char, _, name = line.rstrip("\n").partition("\t")
            scores = [lexicon[w][0] for w in name.split() if lexicon.get(w, (0.0,))[0]]
            if len(char) == 1 and scores and "skin tone" not in name:
                emoji[char] = (sum(scores) / len(scores), name)
    emoji.update(EMOJI_OVERRIDES)
    return emoji
