"""Named stance cues: small, readable detectors whose hits explain a stance decision.

Each detector looks at a comment (and, where it matters, the article or the parent comment)
and returns a `Hit`: a value in [0, 1] and the words that fired it. The stance model in
`stance.py` only ever sees these named values, never raw words, so every decision can be
listed cue by cue.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from typing import NamedTuple

from discourse.analysis.author import addresses_author, normalise_name
from discourse.analysis.quotes import QuoteIndex, prepared_index, quotes_of
from discourse.analysis.sentiment import sentence_polarities, text_polarity
from discourse.analysis.stopwords import STOPWORDS
from discourse.analysis.text import (
    Prepared, clause_tokens, lower_findall, lower_words, page_words, prepare, sentence_clause_tokens, split_sentences,
)


class Hit(NamedTuple):
    """One fired cue: value in [0, 1] and the text in the comment that fired it (a named tuple, made in
    fewer steps than a frozen dataclass: a comment fires dozens)."""

    value: float
    text: str


@dataclass(frozen=True)
class Context:
    """What a comment is read against: the article or a parent comment, prepared once."""

    prepared: Prepared = field(compare=False, repr=False)
    vocabulary: frozenset[str]
    polarity: float
    author: str | None = None

    @property
    def text(self) -> str:
        return self.prepared.text

    @property
    def sentences(self) -> tuple[str, ...]:
        return self.prepared.sentences

    @property
    def index(self) -> QuoteIndex:
        """Quote index of the sentences, built on first use."""
        return self.prepared.using(prepared_index)


def _apostrophes(pattern: str) -> str:
    """Let a straight apostrophe in a pattern also match the typographic one ("don’t")."""
    return pattern.replace("'", "['’]")


def _lexicon(*phrases: str) -> re.Pattern[str]:
    """Whole-word phrases, matched against the lower-cased text (`_fold`); see `_scan`.

    The comment cues do not run this pattern over the comment: `_lexicon_spans` finds the same
    matches by looking the comment's words up in `_TOKEN_INDEX`, built from these phrases. The
    pattern stays for anchored uses (`_lexicon_opener`) and for short texts (quote rebuttals)."""
    pattern = _on_folded(re.compile(_bounded(_apostrophes("|".join(phrases)))))
    _PHRASES[pattern] = phrases
    return pattern


def _bounded(pattern: str) -> str:
    return r"(?<![\w'’])(?:" + pattern + r")(?![\w'’])"


_PHRASES: dict[re.Pattern[str], tuple[str, ...]] = {}


# Patterns compiled case-sensitively for lower-cased text: the same matches as with re.I, but
# several times faster, since the regex engine can then skip a phrase on its first letter.
# Kept by identity: a compiled pattern hashes its whole program on every set or dict lookup.
_FOLDED_PATTERNS: set[int] = set()


def _on_folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    _FOLDED_PATTERNS.add(id(pattern))
    return pattern


def _fold(text: str) -> str:
    """The text lower-cased character by character, so it keeps its length and a match found in
    it can be cut out of the original, with the original's capitals, as evidence."""
    folded = text.lower()
    if len(folded) != len(text):  # e.g. "İ" lower-cases to two characters
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return folded


# An opening greeting or name before the first words: "Big,\n\nWell said", "Hi Fiona, glad…", "@suns68:".
VOCATIVE = r"(?:(?:hi|hey|hello|dear)?\s*(?!(?:yeah|yes|yep|no|nope|well|ok|okay|oh|so|exactly|agreed|true|actually|sorry|thanks|thank|really|but|and|wow|sure)\b)@?[\w.]{1,20}(?: [A-Z][\w.]{0,15})?\s*[,:]\s+|(?:hi|hey|hello)\b[,!]?\s+)?"


def _opener(*phrases: str) -> re.Pattern[str]:
    """Phrases that count only at the very start of a comment (after quotes or spaces)."""
    return re.compile(r"^[\s\"“'‘>*]*" + VOCATIVE + r"(?:" + _apostrophes("|".join(phrases)) + r")", re.I)


PRAISE = _lexicon(
    r"(?:great|excellent|brilliant|fantastic|awesome|amazing|wonderful|superb|fabulous|terrific"
    r"|incredible|outstanding|good|nice|fine|thoughtful|insightful|interesting|informative)"
    r"\s+(?:article|post|piece|recipe|analysis|job|work|write-?up|read|summary|points?|blog|essay|catch|idea)",
    r"well (?:said|put|written|done|stated|argued|expressed|articulated)", r"spot[- ]on", r"nailed it", r"kudos",
    r"bravo", r"props",
    r"good luck", r"look(?:ing)? forward", r"(?:so|very|really) (?:helpful|useful|informative)",
    r"love(?:d)? (?:this|it|your|the)", r"i love", r"delicious", r"amazing",
    # "perfect" praises; "perfectly" mostly intensifies ("perfectly well understood"), unless it qualifies saying
    r"perfect", r"perfectly (?:said|put|stated|written|explained)",
    r"excellent", r"brilliant", r"fabulous", r"insightful", r"best \w+ (?:i'?ve|i have) ever",
    r"go-?to", r"great", r"awesome", r"fantastic", r"wonderful",
)
THANKS = _lexicon(r"thanks?", r"thank you", r"thx", r"appreciated?", r"grateful", r"cheers")
AGREEMENT = _lexicon(
    r"i (?:completely |totally |fully |strongly |highly )?agree", r"highly agree", r"agreed",
    r"exactly", r"absolutely", r"indeed", r"so true", r"very true", r"true", r"yes+", r"yep", r"yup",
    r"same here", r"me too", r"good point", r"fair point", r"\+1", r"right on", r"you'?re right",
    r"(?:that'?s|is) right", r"couldn'?t agree more", r"can'?t disagree", r"makes sense", r"well said",
    r"i know,? right", r"i second (?:this|that)", r"same thing", r"out of my mouth", r"can get behind",
    r"ikr", r"precisely", r"you'?re not wrong", r"can't argue with (?:that|this)", r"spot on",
    # Set formulas of agreement: "I couldn't have said it any better", "you hit the nail on the head".
    r"(?:couldn'?t|could not|can'?t|cannot) (?:have )?(?:said|say|put|stated?) (?:it|that|this) (?:any |much )?better",
    r"well (?:stated|argued|expressed|articulated)", r"hit (?:it|the nail) (?:right |squarely )?on the head",
    r"my thoughts exactly", r"you (?:may|might) (?:have something there|be on to something)",
)
INSULT = _lexicon(
    r"dumb ?ass", r"idiots?", r"moron(?:ic|s)?", r"stupid", r"dumb", r"troll", r"clown", r"sheep",
    r"brainwashed", r"straw ?man", r"hypocrit\w*", r"retard\w*", r"ignorant", r"shut up", r"stfu",
)
DISAGREEMENT = _lexicon(
    r"i (?:strongly |completely |totally )?disagree", r"disagree", r"not true", r"untrue", r"incorrect",
    r"wrong", r"nonsense", r"bull ?shit", r"bs", r"claptrap", r"rubbish", r"garbage", r"drivel",
    r"misleading", r"myth", r"lies", r"lying", r"ridiculous", r"absurd", r"silly", r"stupid",
    r"idiot(?:ic|s)?", r"idiocy", r"fallac(?:y|ious)", r"flawed", r"i (?:very much |really |seriously |strongly |highly )?doubt",
    r"skeptical", r"sceptical", r"not convinced", r"mistaken", r"misguided", r"you forgot",
    r"you (?:missed|ignore[ds]?|overlook(?:ed)?|fail(?:ed)? to)", r"(?:the )?problem (?:with|is)",
    r"sorry to see", r"not the case", r"on the contrary", r"different hypothesis",
    r"(?:alternate|alternative|another) (?:way|explanation|hypothesis)", r"over the top",
    r"snake oil", r"not so", r"hardly", r"doesn'?t (?:make sense|hold)", r"misinformed", r"ignorance",
    r"gimmick", r"fad", r"disappointed", r"depressing", r"offended", r"racist", r"biased",
    r"i don'?t (?:think|buy|see|agree)", r"i'?m (?:confused|not sure|not convinced)", r"rather than",
    r"the real (?:point|problem|issue)", r"in no way", r"i wish", r"(?:too|overly) (?:simplistic|harsh)",
    r"not (?:really|quite|exactly|necessarily)", r"confus(?:ed|ion|ing)", r"conflat\w+", r"redefine",
    r"no+pe", r"you'?re missing", r"except that", r"that'?s not (?:true|right|what|how|the case)",
    r"that is not (?:true|right|what|how)",
)
CRITIQUE_TO_AUTHOR = _lexicon(
    r"you (?:need to|should|must|might want to|may want to|forgot|missed|fail\w*|ignore\w*|keep|seem to|clearly)",
    r"your (?:readership|sample|data|analysis|argument|logic|claim|use of)", r"you(?:'re| are) (?:wrong|mistaken|confusing)",
    r"(?:this|the|your) (?:article|post|piece|author)(?:'s)? (?:is|was|fails|ignores|misses|refers)",
    r"sorry to see", r"calls? bullshit",
)
DISPUTE = _lexicon(
    r"fake", r"hoax", r"false", r"rumou?rs?", r"unconfirmed", r"not confirmed", r"unverified",
    r"misinformation", r"debunked", r"conspiracy", r"propaganda", r"not real", r"photoshopp?ed",
    r"satire", r"source\??", r"proof\??", r"evidence\??",
)
_SCARE_QUOTED = r"[^“”\"‘’'\n]{1,20}[”\"’'](?![\w'’])"
CONTRAST_OPENER = re.compile(
    r"^(?:no[,.!]|nope|but\b|however\b|actually\b|yet\b|well,|really\?|not\b|hmm+|um+\b|except\b"
    r"|sorry,|wrong|nonsense|ha\b|oh,? (?:wait|please|really|come on)|come on|uh+)",
    re.I,
)
CONTRAST = _lexicon(r"but", r"however", r"although", r"though", r"except", r"yet", r"still", r"instead")
NEGATION = _lexicon(r"not", r"no", r"never", r"nothing", r"nobody", r"none", r"neither", r"nor", r"\w+n't")
# Set phrases with a negation word that deny nothing: "No matter what you say", "Don't worry",
# "I couldn't agree more". They are blanked before negation is counted.
NEGATION_IDIOM = _lexicon(
    r"no matter", r"no doubt", r"no wonder", r"not only", r"no problem", r"not bad",
    r"don't (?:feel|worry|be (?:discouraged|disheartened|sad))", r"never mind",
    r"(?:couldn't|could not|can't|cannot) (?:agree|have said it|have put it|have stated it|say it|put it|state it)"
    r" (?:any |much )?(?:more|better)",
    r"(?:can't|cannot|couldn't) (?:disagree|argue with (?:that|this))",
)
# Explicit agreement or disagreement at the very start of a comment: the strongest surface signal.
AGREEMENT_OPENER = _opener(
    r"well (?:said|put)", r"exactly", r"agreed?\b", r"i (?:completely |totally |fully |wholeheartedly |so |do |"
    r"absolutely |strongly |100% )?agree", r"good point", r"fair point", r"great point", r"\+1", r"this[.!]+(?:\s|$)",
    r"so true", r"very true", r"true[.!,]", r"you'?re (?:so |absolutely |totally |quite |dead )?right",
    r"you are (?:so |absolutely |totally |quite )?right", r"thanks?(?: you)? for", r"yes\b", r"yep", r"yup", r"ye(?:ah?|a|p)\b(?![,.!]? right)", r"ya\b",
    r"absolutely", r"precisely", r"indeed", r"totally", r"definitely", r"amen", r"bingo", r"preach",
    r"spot on", r"right\?*[.!]", r"same\b", r"this is (?:so )?true", r"couldn't agree more",
)
DENIAL_OPENER = _opener(
    r"no[,.!]", r"well,? no\b", r"no+pe", r"nah\b", r"wrong", r"i (?:strongly |completely |totally |respectfully |have to |must )?"
    r"disagree", r"not true", r"(?:that|this|it)(?:'s| is) (?:not|simply not|just not)", r"nonsense",
    r"actually,", r"except that", r"on the contrary", r"really\?", r"seriously\?",
    r"not (?:exactly|quite|really|necessarily|so)", r"mostly,? but", r"you'?re missing", r"you are missing",
    r"sorry,? but", r"so you'?re saying", r"um+\b", r"uh+\b", r"what\?", r"huh\?", r"false\b",
    r"incorrect", r"bull", r"that's (?:a )?(?:bit of a )?stretch", r"if only", r"you do reali[sz]e",
    r"how (?:is|does|do|can|would) (?:that|this|it)\b", r"so you think",
)
# Support for the person answered rather than for a claim: "Don't feel too beleaguered".
CONSOLATION = _lexicon(
    r"don't (?:feel|worry|be (?:discouraged|disheartened|put off|sad))", r"hang in there", r"chin up",
    r"take heart", r"stay strong", r"keep up the good work", r"keep (?:it|going|fighting)", r"you'?re not alone",
    r"you are not alone", r"don't let (?:them|it|that|him|her|the \w+) (?:get|bother|discourage|stop)",
    r"ignore (?:them|the trolls|the haters)", r"never mind (?:them|the \w+)",
)
# "?!", "oh wait", "yeah right", "sure,", "lol", "/s", scare quotes ('security'). Every branch
# starts with a literal character (a word start is checked after it: "o(?<!\w.)h" is "\boh"), so
# the regex engine jumps between candidate characters instead of trying every branch everywhere;
# matched against the lower-cased text.
SARCASM = _on_folded(re.compile(
    r"\?\s*[?!]|!\s*[?!]|o(?<!\w.)h,? wait\b|y(?<!\w.)eah,? right\b|s(?<!\w.)ure,|l(?<!\w.)ol\b"
    r"|l(?<!\w.)mao\b|h(?<!\w.)ow convenient\b|/s\b|g(?<!\w.)reat, (?:another|more)\b"
    r"|w(?<!\w.)hat a (?:surprise|shock)\b|w(?<!\w.)ow,"
    r"|“(?<![\w'’].)" + _SCARE_QUOTED + r"|\"(?<![\w'’].)" + _SCARE_QUOTED
    + r"|‘(?<![\w'’].)" + _SCARE_QUOTED + r"|'(?<![\w'’].)" + _SCARE_QUOTED
))
QUESTION_OPENER = re.compile(
    r"^(?:how|what|why|where|when|who|which|whose|can|could|would|will|do|does|did|is|are|was|were"
    r"|should|have|has|any|anyone|isn'?t|aren'?t|don'?t|doesn'?t)\b",
    re.I,
)
ASKING = _lexicon(
    r"i (?:was )?wonder(?:ing)?", r"i'?m curious", r"(?:a|my|one) question", r"question,", r"any idea",
    r"let me know", r"could you (?:clarify|explain|elaborate)", r"please (?:explain|clarify|advise)",
    r"can (?:i|you|we)", r"do (?:i|you|we) (?:have|need)", r"how (?:do|can|long|much|many)",
    r"wanting to ask", r"i'?d (?:be interested|like to know)", r"i have a question", r"quick question",
    r"were you able", r"did you (?:use|try|mean|consider)", r"what (?:do you|did you) (?:mean|use|think)",
)
RHETORICAL = _lexicon(
    r"really\?", r"seriously\?", r"isn'?t it\?", r"don'?t you think", r"how can anyone", r"who (?:does|needs|cares)",
    r"why would anybody", r"since when", r"do you really", r"who would have thought", r"what (?:about|happened to)",
    r"(?:is|are|was|were) (?:you|they|we) (?:kidding|serious)", r"what'?s the point",
)
# Slang "u" is "you", but not the "U" of an abbreviation ("the U.S.", "U.K."): a "." and a letter after it.
SECOND_PERSON = _lexicon(r"you", r"your", r"you'?re", r"yourself", r"you'?ve", r"you'?d", r"you'?ll", r"u(?!\.\w)")
OTHER_ADDRESS = re.compile(
    r"@\s?[\w.]+|\bcomment #?\d+|#\d+\b|^\s*[A-Z][\w.]*(?:[ /][A-Z][\w.]*)?\s*(?:@\d+)?\s*[:,](?=\s)"
    r"|\b[A-Z][a-z]+ (?:wrote|said|says)\b|\bas [A-Z][a-z]+ (?:said|says|wrote|noted)\b",
    re.M,
)
NOT_A_NAME = frozenset(
    """hi hey hello dear question yes no yeah yep well ok okay oh also first wow sure indeed actually so now
    again however but and thanks thank update edit note ps p.s agreed true right lol ha anyway sorry""".split()
)
EXPERIENCE = _lexicon(
    r"i (?:just )?(?:made|tried|used|baked|cooked|followed|did this|bought|own|have owned|carry)",
    r"worked (?:perfectly|great|beautifully|well)", r"turned out", r"came out", r"my (?:kids|family|husband|wife)",
)
URL = re.compile(r"https?://\S+|www\.\S+|\b\S+\.(?:com|org|net|html?)\b\S*", re.I)
_POSITIVE_EMOJI_CHARACTERS = "😊😀😁😃😄😍🥰❤️👍😋🙂☺"
POSITIVE_EMOJI = re.compile(rf"[{_POSITIVE_EMOJI_CHARACTERS}]|[:;]-?[)D]|<3")
# Every match of POSITIVE_EMOJI starts with one of these (most comments hold none).
_POSITIVE_EMOJI_STARTS = frozenset(_POSITIVE_EMOJI_CHARACTERS + ":;<")
# Every match of POSITIVE_EMOJI is one of these characters or holds one of these strings.
_POSITIVE_EMOJI_SET = frozenset(_POSITIVE_EMOJI_CHARACTERS)
_POSITIVE_EMOTICONS = (":)", ":D", ":-)", ":-D", ";)", ";D", ";-)", ";-D", "<3")


def _may_hold_positive_emoji(text: str) -> bool:
    """Whether POSITIVE_EMOJI can match in text, told by set and substring tests in C. A comment's colons
    and semicolons (a fifth of them hold one) let the first test through; the pattern, a character class
    of emoji tried at every character, took 0.14 ms a comment that holds one, and finds nothing in most."""
    if _POSITIVE_EMOJI_STARTS.isdisjoint(text):
        return False
    return not _POSITIVE_EMOJI_SET.isdisjoint(text) or any(map(text.__contains__, _POSITIVE_EMOTICONS))


QUOTED_PASSAGE = re.compile(r"[“\"][^“”\"]{20,}[”\"]")

_ENGLISH = frozenset(
    "the a an and or but of to in on at for with is are was were be been it this that i you he she we they"
    " not no have has had do does did my your his her our their as by from if so what which who".split()
)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ']+")


# ---- Lexicon matching by token lookup ------------------------------------------------------------
# Every match of a lexicon pattern starts at the start of a run of word characters (`[\w'’]+`,
# its look-behind) and its first word is that whole run (a phrase's first word is followed by a
# space, punctuation or the end, its look-ahead). So instead of running ~15 patterns over every
# comment, each phrase is indexed once under its possible first words (`_TOKEN_INDEX`), the
# comment's runs are looked up in one pass (`_lexicon_spans`), and only a phrase of several words
# is then checked, with its own anchored pattern, where its first word occurs. A one-word phrase
# ("true", "wrong") is matched by the lookup itself. The spans are those `pattern.finditer` gives
# on the folded text: alternatives are tried in their order at each start, and the next match
# of a lexicon starts after the end of the previous one.

try:
    from re import _parser as _sre_parse  # Python >= 3.11
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_ANY_WORD = "\x00"  # in an expanded phrase: an unbounded run of word characters (\w+, s+)


def _is_word_char(char: str) -> bool:
    return char == _ANY_WORD or char in "'’_" or char.isalnum()


def _expand(items) -> set[str]:
    """The strings a phrase's parsed pattern matches; an unbounded repeat of word characters is
    written _ANY_WORD after one repetition, of spaces as one space (enough to tell its first word)."""
    sre = _sre_parse
    out = {""}
    for op, av in items:
        if op is sre.LITERAL:
            options = {chr(av)}
        elif op is sre.IN:
            options = set()
            for item_op, item in av:
                if item_op is sre.LITERAL:
                    options.add(chr(item))
                elif item_op is sre.CATEGORY and item is sre.CATEGORY_SPACE:
                    options.add(" ")
                elif item_op is sre.CATEGORY and item in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT):
                    options.add(_ANY_WORD)
                else:
                    raise ValueError(f"lexicon phrase: unsupported character class {item_op} {item}")
        elif op is sre.SUBPATTERN:
            options = _expand(av[-1])
        elif op is sre.BRANCH:
            options = set().union(*(_expand(branch) for branch in av[1]))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            options = {""}  # zero-width: the anchored check of the phrase tests it (see `_has_lookaround`)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, sub = av
            inner = _expand(sub)
            if high != 1:
                inner = {x if not any(map(_is_word_char, x)) else x + _ANY_WORD for x in inner}
            options = inner | ({""} if low == 0 else set())
        else:
            raise ValueError(f"lexicon phrase: unsupported pattern element {op}")
        out = {a + b for a in out for b in options}
        if len(out) > 50_000:
            raise ValueError("lexicon phrase: too many forms to index")
    return out


def _first_word(form: str) -> str:
    """The run a match of this form starts with: its leading word characters, or its first
    character if it starts with punctuation ("+1")."""
    for i, char in enumerate(form):
        if not _is_word_char(char):
            return form[:i] or char
    return form


@dataclass(frozen=True)
class _Phrase:
    """One alternative of a lexicon, as indexed: `one_word` when every match is a single run."""

    lexicon: re.Pattern[str]
    order: int
    pattern: str
    one_word: bool
    next_words: dict[str, set[str] | None] = field(compare=False)  # see `_second_words`


# (lexicon slot, anchored check or None, next words or None): see `_checks`.
_Check = tuple[int, "re.Pattern[str] | None", "tuple[str, ...] | None"]


def _build_token_index():
    """The phrases of every lexicon under their possible first words, and the phrases whose first
    word is open-ended ("yes+", "\\w+n't": all of them one word), with literal strings one of
    which every match contains (a cheap test before trying them on each run)."""
    index: dict[str, list[_Phrase]] = {}
    open_ended = []
    for lexicon, phrases in _PHRASES.items():
        for order, phrase in enumerate(phrases):
            phrase = _apostrophes(phrase)
            forms = _expand(_sre_parse.parse(phrase))
            if "" in forms:
                raise ValueError(f"lexicon phrase {phrase!r} can match nothing")
            one_word = all(all(map(_is_word_char, form)) for form in forms) and not _has_lookaround(phrase)
            entry = _Phrase(lexicon, order, phrase, one_word, _second_words(forms))
            firsts = set(entry.next_words)  # the first words of its forms
            if any(_ANY_WORD in word for word in firsts):
                literals = tuple(sorted({max(form.split(_ANY_WORD), key=len) for form in forms}))
                if not entry.one_word or not all(literals):
                    raise ValueError(f"lexicon phrase {phrase!r}: cannot index its open-ended first word")
                open_ended.append((literals, re.compile(phrase), entry))
                continue
            for word in firsts:
                index.setdefault(word, []).append(entry)
    punctuation = sorted({word for word in index if not _is_word_char(word[0])})
    runs = re.compile(r"[\w'’]+" + "".join("|" + re.escape(p) for p in punctuation))
    return index, {word: _checks(word, entries) for word, entries in index.items()}, tuple(open_ended), runs


def _has_lookaround(phrase: str) -> bool:
    """A phrase with a look-ahead or look-behind ("u(?!\\.\\w)"): its run alone is not its match, so it is
    checked with its pattern like a phrase of several words."""
    return any(op in (_sre_parse.ASSERT, _sre_parse.ASSERT_NOT) for op, _ in _walk(_sre_parse.parse(phrase)))


def _walk(items):
    """Every element of a parsed pattern, nested ones included."""
    for op, av in items:
        yield op, av
        if op is _sre_parse.SUBPATTERN:
            yield from _walk(av[-1])
        elif op is _sre_parse.BRANCH:
            for branch in av[1]:
                yield from _walk(branch)
        elif op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT):
            yield from _walk(av[2])


def _checks(word: str, entries: list[_Phrase]) -> tuple[_Check, ...]:
    """(lexicon slot, check, next words) for the phrases that may start with the run `word`, lexicons in
    definition order. check is None when the first of them is the run itself (a one-word phrase: the run
    is the match); else one anchored pattern of them in their order, up to the first one-word phrase
    (which matches whenever it is reached), so it finds what the lexicon's pattern finds there; next
    words are what the run after `word` must start with for the check to match (`_next_words`)."""
    by_slot: dict[int, list[_Phrase]] = {}
    for entry in sorted(entries, key=lambda e: (_SLOT[id(e.lexicon)], e.order)):
        by_slot.setdefault(_SLOT[id(entry.lexicon)], []).append(entry)
    out = []
    for slot, phrases in by_slot.items():
        if phrases[0].one_word:
            out.append((slot, None, None))
            continue
        upto = next((i + 1 for i, e in enumerate(phrases) if e.one_word), len(phrases))
        checked = phrases[:upto]
        check = re.compile(_bounded("|".join(e.pattern for e in checked)))
        out.append((slot, check, _next_words(word, checked)))
    return tuple(out)


def _second_words(forms) -> dict[str, set[str] | None]:
    """For each first word of a phrase's forms, the leading word characters of their second words: a match
    at a run of that first word is followed, after spaces, by a run starting with one of them (`_RUNS`
    reads a punctuation key, "+" of "+1", as a run of its own). None for a first word of a form that ends
    with it or parts it from the next word by other characters ("sure,", "spot-on"), or whose second word
    opens with an open-ended run."""
    found: dict[str, set[str] | None] = {}
    for form in forms:
        first = _first_word(form)
        rest = form[len(first) :].lstrip(" ")
        second = _first_word(rest).split(_ANY_WORD)[0] if rest[:1] and _is_word_char(rest[0]) else ""
        if not second:
            found[first] = None
        elif found.setdefault(first, set()) is not None:
            found[first].add(second)
    return found


def _next_words(word: str, phrases: list[_Phrase]) -> tuple[str, ...] | None:
    """What the run after `word` starts with wherever one of these phrases matches at `word` (their
    `_second_words`), or None where no such test holds (a one-word phrase among them). Most candidate runs
    ("the", "a", "in") are followed by none of them, and their anchored check is then not run."""
    found: set[str] = set()
    for phrase in phrases:
        seconds = None if phrase.one_word else phrase.next_words.get(word)
        if seconds is None:
            return None
        found |= seconds
    return tuple(sorted(found))


@lru_cache(maxsize=4096)
def _open_checks(word: str):
    """`_checks` for a run that an open-ended phrase matches ("don't", "yesss"): a function of the
    word and the lexicons only, so kept."""
    entries = _PHRASE_INDEX.get(word, []) + [e for _, pattern, e in _OPEN_ENDED if pattern.fullmatch(word)]
    return _checks(word, entries)


# The lexicons in definition order, and each one's slot in that order by the pattern's identity: a
# compiled pattern hashes its whole program (microseconds for a large lexicon) on every dict lookup.
_LEXICONS = tuple(_PHRASES)
_SLOT = {id(lexicon): slot for slot, lexicon in enumerate(_LEXICONS)}
_PHRASE_INDEX, _TOKEN_INDEX, _OPEN_ENDED, _RUNS = _build_token_index()
# `_RUNS` as one group: `split` at it gives the text between runs and the runs, alternately.
_RUN_PARTS = re.compile(f"({_RUNS.pattern})")
# (literal, fullmatch of an open-ended phrase): every match of the phrase contains the literal.
_OPEN_LITERALS = tuple((literal, pattern.fullmatch) for literals, pattern, _ in _OPEN_ENDED for literal in literals)


class _Spans:
    """Each lexicon's spans in one text, looked up by the lexicon's pattern (as in a dict holding
    the lexicons that matched) through its slot, so that no pattern is hashed."""

    __slots__ = ("_by_slot",)

    def __init__(self, by_slot: list[list[tuple[int, int]] | None]) -> None:
        self._by_slot = by_slot

    def get(self, lexicon: re.Pattern[str], default=None):
        slot = _SLOT.get(id(lexicon))
        found = None if slot is None else self._by_slot[slot]
        return default if found is None else found

    def __contains__(self, lexicon: re.Pattern[str]) -> bool:
        return self.get(lexicon) is not None


def _lexicon_spans(prepared: Prepared) -> _Spans:
    """Every lexicon's matches in the text as (start, end) spans, the spans `pattern.finditer`
    would give on the folded text, found in one pass over its runs of word characters."""
    folded = prepared.get(_fold)
    words, starts = _runs_and_starts(folded)
    checks = list(map(_TOKEN_INDEX.get, words))
    opened: set[str] = set()
    distinct: set[str] | None = None
    for literal, fullmatch in _OPEN_LITERALS:
        if literal in folded:
            distinct = set(words) if distinct is None else distinct
            opened.update(filter(fullmatch, [word for word in distinct if literal in word]))
    if opened:
        checks = [_open_checks(word) if word in opened else entry for word, entry in zip(words, checks)]
    spans: list[list[tuple[int, int]] | None] = [None] * len(_LEXICONS)
    ends = [0] * len(_LEXICONS)
    last = len(words) - 1
    for i in compress(range(len(words)), checks):
        word, entries, start = words[i], checks[i], starts[i]
        run_end = start + len(word)
        for slot, check, next_words in entries:
            if start < ends[slot]:
                continue  # inside this lexicon's previous match
            if check is not None:
                if next_words is not None and not (words[i + 1] if i < last else "").startswith(next_words):
                    continue  # the next run starts no second word of the phrases
                match = check.match(folded, start)
                if not match:
                    continue
                end = match.end()
            else:
                end = run_end
            if spans[slot] is None:
                spans[slot] = []
            spans[slot].append((start, end))
            ends[slot] = end
    return _Spans(spans)


def _runs_and_starts(folded: str) -> tuple[list[str], list[int]]:
    """The runs of the text (`_RUNS.findall`) and where each starts. The parts of its split at the runs
    alternate between the text before a run and the run, so the running sum of their lengths, added up
    in C, ends each stretch before a run where that run starts."""
    parts = _RUN_PARTS.split(folded)
    return parts[1::2], list(accumulate(map(len, parts)))[:-1:2]


def _scan(pattern: re.Pattern[str], text: str, folded: str | None = None):
    """Matches of pattern in text as (start, end) spans; lexicon patterns run on the folded text."""
    if id(pattern) in _FOLDED_PATTERNS:
        text = _fold(text) if folded is None else folded
    return (m.span() for m in pattern.finditer(text))


def _first(pattern: re.Pattern[str], text: str, folded: str | None = None) -> str | None:
    """The first match's words, as written in text."""
    span = next(_scan(pattern, text, folded), None)
    return text[span[0] : span[1]] if span else None


def _count_hit(pattern: re.Pattern[str], text: str, saturate: int = 3, folded: str | None = None) -> Hit | None:
    """Value grows with the number of matches and saturates, so one loud comment doesn't dominate."""
    return _spans_hit(_scan(pattern, text, folded), text, saturate)


def _spans_hit(spans, text: str, saturate: int = 3) -> Hit | None:
    """`_count_hit` for matches already found, as (start, end) spans of text."""
    matches = [text[start:end] for start, end in spans]
    if not matches:
        return None
    return Hit(min(len(matches), saturate) / saturate, " | ".join(dict.fromkeys(matches))[:120])


def _blank_idioms(text: str, replacement: str, folded: str | None = None) -> tuple[str, str]:
    """Text with the negation idioms ("no matter", "couldn't agree more") replaced, and its folded form."""
    folded = _fold(text) if folded is None else folded
    spans = [m.span() for m in NEGATION_IDIOM.finditer(folded)]
    if not spans:
        return text, folded
    original, lowered, start = [], [], 0
    for begin, end in spans:
        original += [text[start:begin], replacement]
        lowered += [folded[start:begin], replacement]
        start = end
    return "".join(original + [text[start:]]), "".join(lowered + [folded[start:]])


def _words(text: str) -> list[str]:
    return lower_findall(_WORD, text)


def _prepared_words(prepared: Prepared) -> tuple[list[str], tuple[int, ...]]:
    """The text's words (`_words` of its text), read sentence by sentence, and where each sentence's words
    end: a sentence's content words (`_sentence_words`) are a slice of them, not a second pass over its text.
    They are `_words(prepared.text)`: sentences are cut at whitespace, which no word holds, and keep the rest."""
    words: list[str] = []
    ends = []
    for sentence in prepared.sentences:
        words += lower_words(_WORD, sentence)
        ends.append(len(words))
    return page_words(words), tuple(ends)


def text_words(prepared: Prepared) -> list[str]:
    """The text's words (letters and apostrophes, lower-cased), read once for its cues and its language."""
    return prepared.using(_prepared_words)[0]


def _content_words(words) -> set[str]:
    """The distinct words of four letters or more that are not function words (filtered once each)."""
    return {w for w in set(words) - _ENGLISH if len(w) >= 4}


def _prepared_content_words(prepared: Prepared) -> frozenset[str]:
    return frozenset(_content_words(text_words(prepared)))


def polarity(text: str | Prepared) -> float:
    """Polarity of the explainable lexicon scorer (`sentiment.score_text`): the same figure the
    comment's sentiment shows, computed once per prepared text (without the label, which an article's
    or a parent's context does not read)."""
    return text_polarity(text)


@lru_cache(maxsize=64)
def make_context(text: str, author: str | None = None) -> Context:
    """Sentences, quote index, vocabulary and polarity of an article or parent; cached per text."""
    return build_context(Prepared(text), author)


def build_context(text: str | Prepared, author: str | None = None) -> Context:
    """`make_context` for a prepared text, sharing its sentences and words (not cached)."""
    prepared = prepare(text)
    return Context(prepared, prepared.using(_prepared_content_words), polarity(prepared), author)


def question_hits(text: str | Prepared) -> dict[str, Hit]:
    """Genuine questions versus rhetorical ones: a question opener or asking phrase versus 'Really?'."""
    prepared = prepare(text)
    text, sentences = prepared.text, prepared.sentences
    questions = [s for s in sentences if s.rstrip().endswith("?")]
    hits: dict[str, Hit] = {}
    if questions:
        hits["question"] = Hit(min(len(questions), 3) / 3, questions[0][-120:])
        hits["question_share"] = Hit(len(questions) / len(sentences), questions[-1][-120:])
    opener = next((s for s in sentences if "?" in s and QUESTION_OPENER.match(s)), None)
    if opener:
        hits["question_opener"] = Hit(1.0, opener[:120])
    spans = prepared.using(_lexicon_spans)
    for name, pattern in (("asking", ASKING), ("rhetorical_question", RHETORICAL)):
        if found := spans.get(pattern):
            start, end = found[0]
            hits[name] = Hit(1.0, text[start:end])
    return hits


def rhetorical_form_hits(text: str | Prepared) -> dict[str, Hit]:
    """Questions that assert rather than ask, told by their form, for the news stance model, which
    reads a question as a query: one the writer answers with a statement and does not end on ("Food
    inflation is lowest here? Has anyone been shopping lately? It's here."), since a genuine query
    yields the turn (it comes last, or before no more than a thanks); and a question whose own words
    are negative ("Where is the freaking D400?")."""
    prepared = prepare(text)
    if "?" not in prepared.text:
        return {}
    hits: dict[str, Hit] = {}
    sentences = [s.strip() for s in prepared.sentences if s.strip()]
    closing = [s for s in sentences if len(s.split()) > 6 or not THANKS.search(s.lower())]
    if closing and not closing[-1].endswith("?"):
        answered = next((a for a, b in zip(sentences, sentences[1:])
                         if a.endswith("?") and not b.endswith("?") and len(b.split()) >= 3), None)
        if answered:
            hits["self_answered_question"] = Hit(1.0, answered[-120:])
    evaluative = next((s for s, value in sentence_polarities(prepared) if value <= -0.2 and s.rstrip().endswith("?")),
                      None)
    if evaluative:
        hits["evaluative_question"] = Hit(1.0, evaluative.strip()[-120:])
    return hits


LEXICAL_CUES = (
    ("praise", PRAISE), ("thanks", THANKS), ("agreement_words", AGREEMENT),
    ("disagreement_words", DISAGREEMENT), ("truth_dispute", DISPUTE), ("contrast", CONTRAST),
    ("sarcasm", SARCASM), ("second_person", SECOND_PERSON), ("experience", EXPERIENCE),
    ("positive_emoji", POSITIVE_EMOJI), ("link", URL), ("quoted_passage", QUOTED_PASSAGE),
    ("critique_to_author", CRITIQUE_TO_AUTHOR), ("insult", INSULT), ("consolation", CONSOLATION),
)


# Characters or strings without which a pattern cannot match, tested before running it.
_NEEDS = {
    "link": lambda text, folded: "http" in folded or "www." in folded or any(
        tld in folded for tld in (".com", ".org", ".net", ".htm")
    ),
    "quoted_passage": lambda text, folded: '"' in text or "“" in text,
    "positive_emoji": lambda text, folded: _may_hold_positive_emoji(text),
}


def _lexicon_opener(first: str) -> str | None:
    """Agreement, praise or thanks as the very first words of a sentence."""
    folded = _fold(first)
    for pattern in (AGREEMENT, PRAISE, THANKS):
        if match := pattern.match(folded):
            return first[match.start() : match.end()]
    return None


def _outside(spans, blanked) -> list[tuple[int, int]]:
    """The spans that lie outside every blanked span: NEGATION's matches once the negation idioms
    are blanked (a negation word is a single run, and an idiom covers whole runs)."""
    if not blanked:
        return list(spans)
    return [(a, b) for a, b in spans if not any(start <= a < end for start, end in blanked)]


def lexical_hits(text: str | Prepared) -> dict[str, Hit]:
    """Lexicon cues: praise, thanks, agreement, disagreement, disputes, contrast, negation, sarcasm."""
    prepared = prepare(text)
    text, sentences = prepared.text, prepared.sentences
    folded = prepared.get(_fold)
    spans = prepared.using(_lexicon_spans)
    hits: dict[str, Hit] = {}
    for name, pattern in LEXICAL_CUES:
        if id(pattern) in _SLOT:
            found = spans.get(pattern)
            if found is None:
                continue  # the lexicon matched nothing (most of them in most texts)
            hit = _spans_hit(found, text)
        elif name in _NEEDS and not _NEEDS[name](text, folded):
            continue  # a cheap test shows the pattern cannot match
        else:
            hit = _count_hit(pattern, text, folded=folded)
        if hit:
            hits[name] = hit
    opener = next((s for s in sentences if CONTRAST_OPENER.match(s)), None)
    if opener:
        hits["contrast_opener"] = Hit(1.0, opener[:60])
    first = sentences[0] if sentences else ""
    endorse = AGREEMENT_OPENER.match(first)
    endorse_words = endorse.group() if endorse else _lexicon_opener(first.lstrip(" \"“'"))
    if endorse_words:
        hits["endorsing_opener"] = Hit(1.0, endorse_words.strip(" \"“'‘>*"))
    if denial := DENIAL_OPENER.match(first):
        hits["denial_opener"] = Hit(1.0, denial.group().strip(" \"“'‘>*"))
    words = text_words(prepared)
    negations = [text[a:b] for a, b in _outside(spans.get(NEGATION, ()), spans.get(NEGATION_IDIOM, ()))]
    if negations and words:
        hits["negation"] = Hit(min(1.0, 10 * len(negations) / len(words)), " | ".join(dict.fromkeys(negations))[:80])
    return hits


def shape_hits(text: str | Prepared) -> dict[str, Hit]:
    """Form of the comment: length, shortness, exclamations, links only, not English."""
    prepared = prepare(text)
    text, words = prepared.text, text_words(prepared)
    hits = {"length": Hit(min(1.0, math.log1p(len(words)) / math.log(300)), f"{len(words)} words")}
    if len(words) <= 6:
        hits["short"] = Hit(1.0, text.strip()[:60])
    if "!" in text:
        hits["exclamation"] = Hit(min(text.count("!"), 3) / 3, "!" * min(text.count("!"), 3))
    english = sum(map(_ENGLISH.__contains__, words))
    if len(words) >= 3 and english / len(words) < 0.12:
        hits["not_english"] = Hit(1.0, " ".join(words[:6]))
    if _NEEDS["link"](text, prepared.get(_fold)) and (link := URL.search(text)) and len(URL.sub("", text).split()) <= 3:
        hits["link_only"] = Hit(1.0, link.group()[:60])
    return hits


def sentiment_hits(text: str | Prepared, context: Context | None) -> dict[str, Hit]:
    """Comment polarity, and polarity opposite to the context's own on the words they share."""
    prepared = prepare(text)
    value = polarity(prepared)
    hits: dict[str, Hit] = {}
    if value > 0.05:
        hits["positive_sentiment"] = Hit(min(1.0, value), f"polarity {value:+.2f}")
    if value < -0.05:
        hits["negative_sentiment"] = Hit(min(1.0, -value), f"polarity {value:+.2f}")
    if context is not None and value * context.polarity > 0.0025:
        hits["same_sentiment_as_context"] = Hit(1.0, f"polarity {value:+.2f} vs {context.polarity:+.2f}")
    if context is not None and value * context.polarity < -0.0025:
        hits["opposite_sentiment_to_context"] = Hit(1.0, f"polarity {value:+.2f} vs {context.polarity:+.2f}")
    if context is not None:
        shared = [
            (sentence, sentence_polarity) for sentence, sentence_polarity, words in prepared.using(_sentence_words)
            if len(words & context.vocabulary) >= 2
        ]
        shared_polarity = sum(p for _, p in shared) / len(shared) if shared else 0.0
        if shared and shared_polarity * context.polarity < 0 and abs(shared_polarity) > 0.1:
            hits["opposite_sentiment"] = Hit(min(1.0, abs(shared_polarity)), shared[0][0][:120])
    return hits


def _sentence_words(prepared: Prepared) -> tuple[tuple[str, float, set[str]], ...]:
    """Each sentence with its polarity and content words (read against the article and the parent)."""
    words, ends = prepared.using(_prepared_words)
    return tuple(
        (sentence, sentence_polarity, _content_words(words[start:end]))
        for (sentence, sentence_polarity), start, end in zip(sentence_polarities(prepared), (0, *ends), ends)
    )


def context_hits(text: str | Prepared, context: Context, prefix: str) -> dict[str, Hit]:
    """Relations to the article (prefix 'article') or parent ('parent'): quotes, rebuttals, overlap."""
    prepared = prepare(text)
    text = prepared.text
    hits: dict[str, Hit] = {}
    words = prepared.using(_prepared_content_words)
    if words:
        shared = sorted(words & context.vocabulary)
        hits[f"{prefix}_overlap"] = Hit(len(shared) / len(words), " ".join(shared[:8]))
    quotes = quotes_of(prepared, context.prepared)
    if quotes:
        hits[f"quotes_{prefix}"] = Hit(max(q.similarity for q in quotes), quotes[0].comment_text[:120])
        rest = text.replace(quotes[-1].comment_text, " ")
        folded = _fold(rest)
        rebuttal = _first(NEGATION, rest, folded) or _first(DISAGREEMENT, rest, folded) or _first(
            CONTRAST, rest, folded
        ) or (
            "?" if "?" in rest else None
        )
        if rebuttal:
            hits[f"{prefix}_quote_rebuttal"] = Hit(1.0, f"{quotes[0].comment_text[:60]} … {rebuttal}")
    return hits


NEGATION_SCOPE = 4  # a negator governs the next few words of its clause: "not known for providing security"
_NEGATORS = frozenset(
    """not no never nothing nobody none neither nor without cannot dont doesnt didnt isnt arent
    wasnt werent cant wont wouldnt shouldnt couldnt aint havent hasnt""".split()
)
_CONTRACTED_NEGATOR = re.compile(r"\w+n't")
_SUFFIXES = ("ings", "ing", "ers", "ies", "ed", "er", "es", "s")
_SUFFIX_ENDS = frozenset(suffix[-1] for suffix in _SUFFIXES)


def _stem(word: str) -> str:
    """Crude suffix stripping so 'masks'/'mask', 'wearing'/'wear' count as the same term."""
    if word[-1:] not in _SUFFIX_ENDS:
        return word  # no suffix can match: most words
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


class Term(NamedTuple):
    """How a text uses one content term: whether it is negated, and its words as written (a named tuple,
    as `Hit`: every content term of every reply and parent makes one)."""

    negated: bool
    surface: str


@lru_cache(maxsize=512)
def claim_terms(text: str) -> dict[str, Term]:
    """Content terms of a text (stemmed) and whether each is negated, in one pass over its words.

    Negated: most of its uses follow a negator within NEGATION_SCOPE words of the same clause.
    Idioms such as "no matter" are not negations. Linear in the text's length.
    """
    return _claim_terms(map(clause_tokens, split_sentences(_blank_idioms(text[:20000], " , ")[0])))


def _prepared_claim_terms(prepared: Prepared) -> dict[str, Term]:
    """`claim_terms` of a prepared text: without a negation idiom to blank (most texts), its own
    sentences are the ones read."""
    if len(prepared.text) <= 20000 and NEGATION_IDIOM not in prepared.using(_lexicon_spans):
        return _claim_terms(prepared.using(sentence_clause_tokens))
    return claim_terms(prepared.text)


_CLAUSE_BREAK, _NEGATOR = 0, 1


@lru_cache(maxsize=1 << 16)
def _claim_role(token: str) -> str | int | None:
    """What a clause token is to the claim terms: a clause break (punctuation), a negator, a content
    term (its stem), or nothing (None). Memoised for the page (tokens repeat a lot), so each distinct
    token is tested once."""
    if not token[0].isalnum():
        return _CLAUSE_BREAK
    if token in _NEGATORS or (token.endswith("n't") and _CONTRACTED_NEGATOR.fullmatch(token)):
        return _NEGATOR
    if len(token) >= 4 and token not in STOPWORDS and not token.isdigit():
        return _stem(token)
    return None


def _claim_terms(sentences_tokens) -> dict[str, Term]:
    """The claim terms of sentences given as their `clause_tokens`."""
    uses: dict[str, list[int]] = {}
    surface: dict[str, str] = {}
    for tokens in sentences_tokens:
        negator_at = -100
        for i, term in enumerate(map(_claim_role, tokens)):
            if term is None:
                continue
            if term == _CLAUSE_BREAK:
                negator_at = -100
            elif term == _NEGATOR:
                negator_at = i
            else:
                negated = i - negator_at <= NEGATION_SCOPE
                counts = uses.setdefault(term, [0, 0])
                counts[negated] += 1
                if term not in surface or (negated and counts[1] == 1):
                    surface[term] = " ".join(tokens[negator_at : i + 1]) if negated else tokens[i]
    return {term: Term(counts[1] > counts[0], surface[term]) for term, counts in uses.items()}


def relation_hits(text: str | Prepared, other: str | Prepared, prefix: str) -> dict[str, Hit]:
    """Clash with another text (a parent comment) on the content terms both use.

    - `negates_{prefix}`: the text repeats the other's terms with a negation the other lacks, or
      drops the other's negation ("Masks work." / "Masks don't work.").

    Measured and left out (benchmarks/README.md): the same or the opposite sentiment sign on the
    shared terms (on SubReddit it fired as often on disagreeing replies as on agreeing ones).
    """
    mine, theirs = prepare(text).using(_prepared_claim_terms), prepare(other).using(_prepared_claim_terms)
    flipped = [t for t in sorted(mine.keys() & theirs.keys()) if mine[t].negated != theirs[t].negated]
    if not flipped:
        return {}
    return {f"negates_{prefix}": Hit(min(1.0, len(flipped) / 2), " | ".join(mine[t].surface for t in flipped[:4]))}


def _other_addresses(text: str | Prepared, author_parts: list[str]) -> list[str]:
    """'@9', 'Tim W:', 'Bruno wrote': forms that speak to another commenter, not the author."""
    found = []
    for form, words in prepare(text).get(_address_forms):
        if words and words[0] not in NOT_A_NAME and not set(words) & set(author_parts):
            found.append(form.strip())
    return found


def _address_forms(text: str) -> tuple[tuple[str, list[str]], ...]:
    """Every OTHER_ADDRESS match with its words (found once per text, whoever the author is)."""
    return tuple((match.group(), _words(match.group())) for match in _address_matches(text))


# Strings without which only OTHER_ADDRESS's line-start branch ("Tim W: ...") can match.
_ADDRESS_NEEDS = ("@", "#", "comment", "wrote", "said", "says", "noted")


def _address_matches(text: str):
    """OTHER_ADDRESS.finditer(text); where only its line-start branch can match, it is tried at the
    line starts alone (the pattern is run from each, skipping those inside an earlier match)."""
    if any(needed in text for needed in _ADDRESS_NEEDS):
        return OTHER_ADDRESS.finditer(text)
    matches, end, start = [], 0, 0
    while start >= 0:
        if start >= end and (match := OTHER_ADDRESS.match(text, start)):
            matches.append(match)
            end = match.end()
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else -1
    return matches


def author_hits(text: str | Prepared, author: str | None) -> dict[str, Hit]:
    """The article's author addressed or named ('Mr. Cole', 'Thanks Dan'), or someone else addressed."""
    prepared = prepare(text)
    text = prepared.text
    hits: dict[str, Hit] = {}
    others = _other_addresses(prepared, normalise_name(author).split())
    if others:
        hits["addresses_other"] = Hit(min(len(others), 3) / 3, " | ".join(others)[:120])
    if words := addresses_author(text, author):
        hits["addresses_author"] = Hit(1.0, words)
    parts = [p for p in normalise_name(author).split() if len(p) >= 3]
    written = text_words(prepared)
    if parts and not set(parts).isdisjoint(written):
        hits["names_author"] = Hit(1.0, next(w for w in written if w in parts))
    return hits


def text_hits(text: str | Prepared) -> dict[str, Hit]:
    """All cues that need only the comment itself (computed once per prepared text)."""
    return dict(prepare(text).using(_text_hits))


def _text_hits(prepared: Prepared) -> dict[str, Hit]:
    return {**question_hits(prepared), **lexical_hits(prepared), **shape_hits(prepared)}


PUSHBACK = ("disagreement_words", "denial_opener", "contrast_opener", "critique_to_author", "rhetorical_question",
            "article_quote_rebuttal", "parent_quote_rebuttal", "truth_dispute")


ENDORSEMENT = ("endorsing_opener", "agreement_words", "consolation", "praise")


def combined_hits(hits: dict[str, Hit]) -> dict[str, Hit]:
    """Cues that only mean something together: pushback at the author, 'nice, but', genuine questions."""
    out: dict[str, Hit] = {}
    push = next((hits[n] for n in PUSHBACK if n in hits), None)
    if push:
        out["pushback"] = Hit(1.0, push.text)
        if "reply_to_author" in hits:
            out["pushback_at_author_reply"] = Hit(1.0, push.text)
    positive = hits.get("praise") or hits.get("agreement_words") or hits.get("thanks")
    support = hits.get("endorsing_opener") or positive or hits.get("consolation")
    endorse = next((hits[n] for n in ENDORSEMENT if n in hits), None)
    if endorse:
        out["endorsement"] = Hit(1.0, endorse.text)
    if support and "addresses_author" in hits:
        out["praises_addressed_author"] = Hit(1.0, f"{hits['addresses_author'].text} … {support.text}")
    if support and "reply_to_author" in hits and not push:
        out["supports_author_reply"] = Hit(1.0, support.text)
    if "insult" in hits and "second_person" in hits:
        out["insults_addressee"] = Hit(1.0, f"{hits['second_person'].text} … {hits['insult'].text}")
    if positive and "contrast" in hits:
        out["concession_then_contrast"] = Hit(1.0, f"{positive.text} … {hits['contrast'].text}")
    asked = hits.get("asking") or hits.get("question_opener")
    if asked and not push and "sarcasm" not in hits:
        out["genuine_question"] = Hit(1.0, asked.text)
    return out


# A comment's forms that only the stance cues read (its words, folded text, lexicon spans, cue hits,
# content words and claim terms): `Prepared.forget` drops them once no reply is left to read them.
COMMENT_FORMS = (
    _fold, _prepared_words, _lexicon_spans, _text_hits, _sentence_words, _prepared_content_words, _prepared_claim_terms,
    _address_forms,
)
