"""The faster paths give what the plain ones they replace give, including on awkward characters."""

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.analysis import cues, language, quotes, sentiment, topics
from discourse.analysis import text as text_module
from discourse.analysis.author import address_pattern, addresses_author
from discourse.analysis.sentiment import score_sentences, sentence_polarities
from discourse.analysis.stopwords import STOPWORDS
from discourse.analysis.text import (
    ABBREVIATIONS, _CLAUSE_TOKEN, Prepared, _ends_with_abbreviation, clause_words, lower_findall, sentence_tokens,
    split_sentences, tokenize,
)
from discourse.analysis.topics import content_words, on_topic_scores

# The Kelvin sign, dotted capital I, long s, dotless i, capital Y with diaeresis, capital sharp s.
AWKWARD = [
    "", "Plain ASCII words, don't they?", "Kelvin \u212a and \u212bngstr\u00f6m", "\u0130stanbul \u0130S big",
    "\u0178ves \u1e9eTRASSE", "It\u2019s O\u2019Neil\u2019s, isn\u2019t it", "na\u00efve caf\u00e9 \u00c9COLE",
    "Cole\u017f \u0131an \u0130an", "(yes; no) \u2014 maybe \u2013 not, don't",
]


@pytest.mark.parametrize("pattern", [cues._WORD, quotes._WORD, _CLAUSE_TOKEN])
@pytest.mark.parametrize("text", AWKWARD)
def test_lower_findall_is_findall_then_lower(pattern, text):
    assert lower_findall(pattern, text) == [word.lower() for word in pattern.findall(text)]


@pytest.mark.parametrize("name", ["positive_emoji", "link", "quoted_passage"])
@pytest.mark.parametrize("text", AWKWARD + [
    "Nice :) and ;-D", "Love it \u2764\ufe0f", "\ufe0f alone", "<3 you", "a:b; c<d", "\U0001f60a\U0001f44d",
    "see www.example.org/x", "HTTP://X.COM", "said \u201cthis is a quoted passage of some length\u201d",
])
def test_a_cue_pattern_is_skipped_only_where_it_cannot_match(name, text):
    """The cheap test before a cue's pattern (`cues._NEEDS`) may only skip texts the pattern finds nothing in."""
    pattern = dict(cues.LEXICAL_CUES)[name]
    if pattern.search(text):
        assert cues._NEEDS[name](text, cues._fold(text))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(":;-)D(<3 ab\n\u2764\ufe0f\U0001f60a\U0001f44d") + ["\u263a"])))
def test_the_positive_emoji_test_passes_exactly_the_texts_the_pattern_matches(text):
    """The colons and semicolons of prose without an emoticon no longer send a comment to the pattern."""
    assert cues._NEEDS["positive_emoji"](text, cues._fold(text)) == bool(cues.POSITIVE_EMOJI.search(text))


@pytest.mark.parametrize("text", [
    "Great article. The comments are awful!", "I don't like it, but it is not bad :)", "", "No.",
])
def test_sentence_polarities_are_those_of_score_sentences(text):
    expected = tuple((sentence, sentiment.polarity) for sentence, sentiment in score_sentences(text))
    assert sentence_polarities(text) == expected
    assert sentence_polarities(Prepared(text)) == expected


@pytest.mark.parametrize("byline", ["Juan Cole", "Ian Ross", "Sam", "Kirk Stein", None])
@pytest.mark.parametrize("text", AWKWARD + ["Thanks Juan, well put.", "Mr. ROSS: no.", "SAM, you are wrong",
                                            "Thanks \u0130an!", "Mr. Ro\u017f\u017f, hi", "\u212airk, wrong"])
def test_addresses_author_skips_only_texts_without_the_name(byline, text):
    pattern = address_pattern(byline)
    match = pattern.search(text) if pattern else None
    assert addresses_author(text, byline) == (match.group().strip() if match else None)


@pytest.mark.parametrize("chunk", [
    "Mr.", "See the U.S.", "It was 5.", "Ask Dr.", "x.", ".", "..", "E.g.", "That is all.", "Co.", "no. 5.",
    "The end\n.", "U.S.A.", "é.",
] + [word + "." for word in ABBREVIATIONS])
def test_abbreviation_read_from_the_end_as_the_search_finds_it(chunk):
    word = re.search(r"([A-Za-z.]+)\.$", chunk)
    stem = word.group(1).lower().rstrip(".") if word else None
    expected = bool(word) and (stem in ABBREVIATIONS or (len(stem) == 1 and stem.isalpha()))
    assert _ends_with_abbreviation(chunk) == expected


def test_content_words_by_paragraph_are_those_of_the_whole_text():
    article = "Masks work.\n\nThe mayor's plan -- U.S. style -- failed.\n \n\u201cMasks\u201d again; 2020 data."
    comments = ["Masks do not work for the mayor.", "Data?\n\nThe plan failed."]
    assert content_words(Prepared(article)) == content_words(article)
    assert on_topic_scores(Prepared(article), [Prepared(c) for c in comments]) == on_topic_scores(article, comments)


def test_lexicon_words_left_out_of_the_scoring_words_score_nothing():
    """`_candidates` looks only at `_scoring_words`: any other lexicon word (a negator, a word of a rare
    sense, a word of polarity 0) gives no evidence of its own, in plain, shouted, emphasised positions."""
    lexicon, scoring = sentiment._lexicon(), sentiment._scoring_words()
    left_out = sorted(word for word in lexicon if word not in scoring)
    assert left_out and "good" in scoring and "more" not in scoring and "not" not in scoring
    for word in left_out:
        assert sentiment._is_negator(word) or word in sentiment.RARE_SENSE_WORDS or not lexicon[word][0], word
        for template in ("It is {} here.", "I {} it", "Really {} !!", "{}", "{} NOW"):
            text = template.format(word)
            sentence = _sentence_of(text)
            at = [i for i, lowered in enumerate(sentence.lowered) if lowered == word]
            assert all(sentiment._token_evidence(sentence, i, scoring) is None for i in at), text
            scored = [evidence for evidence, _ in sentiment._sentence_hits.__wrapped__(text).hits
                      if not evidence.note.startswith("negation without")]
            assert all(evidence.text.lower() != word for evidence in scored), text


def _sentence_of(text):
    tokens = tuple(tokenize(text))
    lowered = [token.lower() for token in tokens]
    return sentiment._Sentence(tokens, lowered, any(map(str.islower, tokens)), min(text.count("!"), 3))


@pytest.mark.parametrize("token", [
    "US", "UK", "us", "It's", "it\u2019s", "O'Neil's", "dogs'", "'", "\u2019s", "Mayor", "2020", "3.5", "-4",
    "al-Qaeda", "E.U", "\u00c9cole", "\u212akelvin", "the", "Ab", "abc'''", "don't",
])
def test_content_form_is_normalise_then_content_test(token):
    """The written-out content form against the two steps it replaces."""
    word = {"US": "u.s", "UK": "u.k", "UN": "u.n", "EU": "e.u"}.get(token)
    if word is None:
        word = token.lower().replace("\u2019", "'")
        word = word[:-2] if word.endswith("'s") else word.rstrip("'")
    content = len(word) >= 3 and word not in STOPWORDS and word[0].isalnum() and not re.fullmatch(r"[\d.-]+", word)
    assert topics._content_form.__wrapped__(token) == (word if content else None)


def test_distinctive_z_scores_shared_by_equal_counts_are_each_words_own():
    comments = ["Masks masks work, the mayor said.", "Vaccines and masks.", "Data data data?", "Mayor out."]
    article = "The mayor spoke about masks and vaccines. Data came later."
    per_comment = [topics._topic_counts(c) for c in comments]
    counts = topics._GroupCounts.of(per_comment, topics._topic_counts(article))
    background = counts.comments + counts.article
    alpha = {w: background[w] + topics.PRIOR_FLOOR for w in counts.comments | counts.article}
    total = sum(alpha.values())
    assert list(topics._z_scores(counts, alpha, total)) == [
        (topics._z(w, counts, alpha[w], total), w) for w in counts.comments]


@pytest.mark.parametrize("text", AWKWARD + ["", "!!!", "İSTANBUL’S ŞEHİR", "Don’t ΣΟΦΟΣ :-D <3", "a  b\u00a0C"])
def test_a_sentences_words_lowered_as_a_line_as_token_by_token(text):
    """`sentiment._lowered` lower-cases the tokens joined into one line; each must be the token's own form."""
    for sentence in split_sentences(text) or [text]:
        tokens = sentence_tokens(sentence)
        expected = [token.lower().replace("\u2019", "'") for token in tokens]
        joined, words = sentiment._lowered(sentence, tokens)
        assert words == expected
        assert joined == " ".join(expected)


@pytest.mark.parametrize("text", AWKWARD + [
    "I don't think so", "not good, not bad", "Nobody cares. Isn't it?", "never", "cannot won't can't", "n't",
    "The canton's bar", "no-one said no",
])
def test_negators_found_as_the_plain_rule_finds_them(text):
    lowered = [token.lower() for token in tokenize(text.replace("\u2019", "'"))]
    expected = [i for i, word in enumerate(lowered) if sentiment._is_negator(word)]
    assert sentiment._negator_indices(lowered, " ".join(lowered)) == expected
    for index in range(len(lowered)):
        window = range(index - 1, max(-1, index - 1 - sentiment.NEGATION_WINDOW), -1)
        before = next((back for back in window if lowered[back] in sentiment.CONTRASTS
                       or sentiment._is_negator(lowered[back])), None)
        found = -1 if before is None or lowered[before] in sentiment.CONTRASTS else before
        assert sentiment._negator_before(index, lowered) == found


_SENTIMENT_WORDS = ["good", "bad", "not", "never", "don't", "very", "slightly", "but", "great", "awful", "the",
                    "GREAT", "Love", "like", "I", "!", "cannot", "nobody", "hate", ":)", "isn't", "n't"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SENTIMENT_WORDS), max_size=14))
def test_a_sentence_without_a_negator_scores_its_words_as_when_each_looks_for_one(words):
    """A word's evidence in a sentence read as holding no negator is the evidence found by searching its
    scope for one, whenever the sentence holds none."""
    text = " ".join(words)
    looked = _sentence_of(text)
    assert looked.has_negator
    if sentiment._negator_indices(looked.lowered, " ".join(looked.lowered)):
        return
    unlooked = looked._replace(has_negator=False)
    scoring = sentiment._scoring_words()
    for index in range(len(looked.tokens)):
        assert sentiment._token_evidence(unlooked, index, scoring) == sentiment._token_evidence(looked, index, scoring)


@pytest.mark.parametrize("text", AWKWARD + [
    "THE END OF IT AND THE REST", "the THE The", "\u0130T IS \u0130N the \u0130NN", "Das ist nicht the Ende", "\u4e2d\u6587 the a \u4e2d\u6587\u4e2d\u6587", ":) !!",
])
def test_looks_english_counts_function_words_as_the_plain_rule_does(text):
    """`looks_english` lower-cases its words as one line; the rule reads each word lower-cased alone."""
    words = [word.lower() for word in tokenize(text) if word.isalpha()]
    common = sum(word in sentiment._ENGLISH_FUNCTION_WORDS for word in words)
    plain = bool(words) and len(sentiment._NON_LATIN.findall(text)) <= len(text) / 4 and common >= max(1, len(words) // 8)
    assert sentiment.looks_english(text) == plain


SCORED = AWKWARD + [
    "Not good at all. But the ending was great!!", "I don't like it :( and it's BAD.", "Wonderful \U0001f525 work",
    "Nothing here.\n\nStill nothing? Really terrible, yet kind of nice.",
]


@pytest.mark.parametrize("text", SCORED)
def test_polarity_without_the_label_is_the_scores_polarity(text):
    expected = sentiment.score_text(text).polarity
    assert sentiment.text_polarity(text) == expected
    assert sentiment.text_polarity(Prepared(text)) == expected


@pytest.mark.parametrize("text", SCORED)
@pytest.mark.parametrize("polarity", [-0.5, 0.0, 0.4])
def test_evidence_sentiment_is_the_score_with_a_threshold_label(text, polarity):
    whole = sentiment.score_text(text)
    expected = replace(whole, polarity=polarity, label=sentiment.label_for(polarity), label_cues=())
    assert sentiment.evidence_sentiment(Prepared(text), polarity) == expected


@pytest.mark.parametrize("text", AWKWARD + [
    "See WwW.Example.org now", "HTTPS://x.y/z and http://a", "mail me@home", "at @ nothing", "www", "ftp://host",
    "No address here.", "wWw.\u212aelvin.de", "@\u00e9cole",
])
def test_addresses_are_cut_only_where_the_pattern_finds_them(text):
    assert language._without_addresses(text) == language._NO_LANGUAGE.subn(" ", text)


@pytest.mark.parametrize("text", SCORED + [
    "One.\n\nTwo\u00a0words here!  Three\tthings? O'Neil's \u201cquote\u201d. Mr. Smith's U.S. visit.", "   ", "a\u2028b. C",
])
def test_a_texts_cue_words_read_sentence_by_sentence_are_its_words(text):
    prepared = Prepared(text)
    words, ends = cues._prepared_words(prepared)
    assert words == cues._words(text)
    assert len(ends) == len(prepared.sentences)
    assert [cues._words(sentence) for sentence in prepared.sentences] == [
        words[start:end] for start, end in zip((0, *ends), ends)]


@pytest.mark.parametrize("text", AWKWARD + [
    "Das ist nicht gut", "x² and ½", "٣ digits ١٢", "snake_case_word", "中文 and text",
    "café’s “menu” — ok", "😊 only", "ǅemal ʰ Ⅰ roman",
])
def test_language_words_are_the_unicode_patterns_words(text):
    """`language.words` reads most texts by an ASCII pattern; it must give what the Unicode one gives."""
    assert language.words(text) == language._WORD.findall(text.lower())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(max_codepoint=0x7f), st.characters()), max_size=60))
def test_language_words_are_the_unicode_patterns_words_on_any_text(text):
    assert language.words(text) == language._WORD.findall(text.lower())


_LANGUAGE_TEXT = st.text(
    alphabet=st.one_of(st.sampled_from("’' .!?\n\u00a0İK\u212a\u212bŸẞéÉßazAZ9_²"), st.characters()), max_size=80)


@settings(max_examples=400, deadline=None)
@given(_LANGUAGE_TEXT)
def test_a_comments_language_words_read_from_its_cue_words_are_its_words(text):
    """Read from the cue words of the prepared text, a comment's language words are those the Unicode
    pattern finds in the lower-cased text, and where they are said to be ASCII they are."""
    found, ascii_letters = language._read_words(text, Prepared(text))
    assert found == language._WORD.findall(text.lower())
    assert not ascii_letters or all(word.isascii() for word in found)


@pytest.mark.parametrize("text", AWKWARD + [
    "I don't think so, it's fine and the rest of it", "Das ist nicht gut, aber das ist ok und so weiter",
    "see https://example.org/it's and @someone's point, don't you think", "rock'n'roll '' isn't 'quoted' '",
    "Ceci n'est pas une pipe, c'est l'idée qu'il a", "Это не так, правда", "12 34",
])
def test_a_prepared_comments_language_is_its_texts(text):
    """A comment's language from its prepared text (its words read from its cue words) is its text's."""
    assert language.comment_language(Prepared(text), "fr") == language.comment_language(text, "fr")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(sorted(language._ALL_FUNCTION_WORDS)), st.text(max_size=6)), max_size=300))
def test_function_word_counts_are_each_languages_own_count(found):
    """The packed rows, summed at once, count what each language's own list counts."""
    expected = {code: sum(word in listed for word in found) for code, listed in language.FUNCTION_WORDS.items()}
    assert language.function_word_counts(found) == expected


_CLAUSE_TEXT = st.text(alphabet=st.one_of(st.sampled_from("’' ,;:()—–-.!?\n\u00a0\u2028İK\u212aŸé9"), st.characters()),
                       max_size=80)


@settings(max_examples=400, deadline=None)
@given(_CLAUSE_TEXT)
def test_a_texts_quote_words_read_with_its_claim_terms_are_its_words_read_alone(text):
    """The quote words taken from the sentences' clause tokens, punctuation left out, are those the word
    pattern finds in the whole text."""
    assert clause_words(Prepared(text)) == quotes._lower_words(text)


@pytest.mark.parametrize("text", AWKWARD + [
    "Masks (mostly) work; don’t they? Yes: 3.5 of 10—so it’s fine – O’Neil’s view.", "Mr. Smith said no.  Fine!",
])
def test_a_texts_quote_words_read_with_its_claim_terms_are_its_words_read_alone_on_awkward_text(text):
    assert Prepared(text).using(quotes._comment_words) == quotes._lower_words(text)



_PROMPT_PIECES = [
    "This comment has been removed.", "THIS POST IS popular!!", "this reply was edited (2)?", "What do you think?",
    "Tell us what you think.", "Was this comment helpful?", "was this helpful", "Thumbs up (12)", "vote DOWN 3",
    "thumb up (\u0663)", "12 likes", "1 point", "40 replies", "Log in to reply", "login to reply", "Rate this:",
    "Th\u0130s comment has gone.", "rate th\u0131s", "Thumb\u017f up", "thin\u212a", "Reply", "like", "I like it",
]
_PROMPT_TEXT = st.lists(st.one_of(
    st.sampled_from(_PROMPT_PIECES),
    st.sampled_from([" ", "\t", " | ", "\u00b7", "\u2022", "\n", ".", "!", "?", "\u2026", ")", "(", "7", "\u2003"]),
    st.text(max_size=4),
), max_size=12).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_PROMPT_TEXT)
def test_the_widget_prompt_test_passes_every_text_that_ends_with_a_prompt(text):
    """The trailing prompts' pattern is skipped only for texts it finds nothing in, so the cut text is the same."""
    if text_module._TRAILING_PROMPTS.search(text):
        assert text_module._may_end_with_prompt(text)
    plain = text_module._TRAILING_PROMPTS.sub("", text_module._FURNITURE_LINE.sub("", text)).rstrip()
    assert text_module.without_furniture(text) == (plain if plain.strip() else text)
