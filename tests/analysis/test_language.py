"""A page's language, and corpus topics fitted within a language, never of function words."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from discourse.analysis.language import comment_language, guess_language, language_topic_words
from discourse.analysis.topic_model import LanguageSample, fit_topics
from discourse.parse import load
from discourse.report.frames import topic_counts
from tests.analysis.test_topic_model import COOKING, FOOTBALL, themed
from tests.conftest import shared_path

GERMAN = ("Der Stadtrat hat am Montag die neuen Radwege beschlossen, nach einer langen Debatte über die Kosten. "
          "Die Opposition hält das für zu teuer und will, dass die Stadt zuerst die Straßen repariert, "
          "bevor sie mit dem Bau beginnt.")
FRENCH = ("Le conseil municipal a voté lundi les nouvelles pistes cyclables, après un long débat sur leur coût. "
          "L'opposition estime qu'elles sont trop chères et veut que la ville répare d'abord les routes.")
ENGLISH = ("The council approved the new cycle lanes on Monday after a long debate about their cost. The "
           "opposition says they are too expensive and wants the city to repair the roads first.")
# The commonest function words of each dev-page language, written out here apart from the package's lists.
COMMONEST = {
    "en": "the of and to in is that it for was on with as be this are by not but have".split(),
    "de": "der die und das ist nicht zu den von mit sich des auf für ein eine dem im auch es".split(),
    "fr": "de la le les et des est un une du que en dans pour qui pas sur par au plus".split(),
    "pl": "w i na się nie do to że z jest o jak ale po co tak za od dla".split(),
    "pt": "de que o a do da em um para é com não uma os no se na por mais as".split(),
}


def test_the_language_is_told_from_function_words():
    assert [guess_language(t) for t in (GERMAN, FRENCH, ENGLISH)] == ["de", "fr", "en"]
    assert guess_language("Radwege Kosten") == "und"  # too short to tell


def test_other_languages_lose_their_function_words_and_elisions():
    words = language_topic_words(FRENCH, "fr")
    assert "pistes" in words and "cyclables" in words
    assert not {"les", "sur", "qu", "elles", "sont"} & set(words)
    assert "stadtrat" in language_topic_words(GERMAN, "de") and "die" not in language_topic_words(GERMAN, "de")


def test_each_language_gets_its_own_topics_and_documents_only_their_languages():
    sample = LanguageSample()
    english = themed(FOOTBALL, 12) + themed(COOKING, 12)
    german = themed(["fussball", "tor", "schiedsrichter", "elfmeter", "liga", "stadion"], 12)
    for text in english:
        sample.add(Counter(text.split()), "en")
    for text in german:
        sample.add(Counter(text.split()), "de")
    topics = sample.fit()
    languages = [topic.language for topic in topics.topics]
    assert set(languages) == {"de", "en"} and languages == sorted(languages)
    shares = topics.shares(Counter(german[0].split()), "de")
    assert all(share == 0 for share, language in zip(shares, languages) if language != "de") and sum(shares) > 0.99
    assert languages[topics.term_topic(["tor", "liga"], "de")] == "de"
    assert topics.term_topic(["tor", "liga"], "en") is None


def function_like(words: list[str], language: str, frequency: Counter, documents: int) -> int:
    """Words that are among the language's commonest function words or in most of its articles."""
    return sum(w in COMMONEST.get(language, ()) or frequency[w] >= 0.6 * documents for w in words)


def dev_articles() -> dict[str, list[str]]:
    folder = shared_path("pages-dev")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    by_language: dict[str, list[str]] = {}
    for entry in manifest["pages"]:
        path = folder / f"{entry['id']}.txt"
        if path.exists():
            by_language.setdefault(entry["language"], []).append(load(path).article.text)
    return by_language


def test_no_dev_page_topic_is_mostly_function_words():
    by_language = dev_articles()
    sample = LanguageSample()
    for texts in by_language.values():
        for text in texts:
            language = guess_language(text)
            sample.add(topic_counts(text, language), language)
    fitted = sample.fit()
    assert fitted.topics, "the English dev pages are enough for topics"
    # Languages with too few pages for the export's topics are fitted here on their own, so their
    # function words are checked too.
    small = [(language, fit_topics([topic_counts(t, guess_language(t)) for t in texts], n_topics=2,
                                   min_documents=len(texts)))
             for language, texts in by_language.items() if 4 <= len(texts) < 10]
    assert small, "the German dev pages are checked"
    checked = [(t.language, t) for t in fitted.topics] + [(lang, t) for lang, model in small for t in model.topics]
    for language, topic in checked:
        texts = by_language[language]
        frequency = Counter(w for text in texts for w in set(text.lower().split()))
        top = [term.term for term in topic.terms]
        assert function_like(top, language, frequency, len(texts)) < len(top) / 2, (language, top)


def test_the_dev_pages_languages_are_told_right():
    by_language = dev_articles()
    wrong = [(language, guess_language(text)) for language, texts in by_language.items() for text in texts
             if guess_language(text) != language]
    assert not wrong


@pytest.mark.parametrize("text, language", [
    ("Das ist wirklich eine schlechte Idee, ich bin mit dem Autor nicht einverstanden.", "de"),
    ("Très bien dit, merci beaucoup pour cet article", "fr"),
    ("Стоимость слишком высока.", "ru"),
    ("How depressing to hear that the plant will close.", "en"),
    ("Or my Thunderbolt...", "en"),  # too short for a guess: the page's language
    ("❤️ ❤️", "und"),  # no words: any lexicon may read emoji
    ("https://www.youtube.com/watch?v=z5NOYpyfwWw", "en"),  # a link alone: the page's language
    ("Try here lol.... https://www.ebay.com/itm/154091739818?_trksid=p2471758.m4704", "en"),
    ("@von_Steiner @OpFerguson @YourAnonLive You're welcome!", "en"),  # handles are in no language
    ("Regardez https://www.lemonde.fr/politique/article ici, c'est très intéressant pour nous", "fr"),
])
def test_a_comments_language_is_told_even_when_short(text, language):
    assert comment_language(text) == language


def test_a_short_comment_takes_its_pages_language():
    assert comment_language("Super Idee!", default="de") == "de"
