from discourse.analysis.page import analyse_page
from discourse.analysis.quotes import build_index, find_quotes, quotes_of
from discourse.analysis.text import Prepared, split_sentences, without_furniture
from discourse.parse import parse_text

ARTICLE = [
    "Russia's aerial intervention in Syria is apparently yielding some modest advances.",
    "The regime is already restoring security in these three districts, which will be reincorporated into Baathist Damascus.",
    "Aleppo had a population of 4 million before the conflict.",
]


def test_exact_quote_in_quotation_marks():
    comment = "“The regime is already restoring security in these three districts, which will be reincorporated into Baathist Damascus.”\n\nRestoring security? How depressing."
    [quote] = find_quotes(comment, ARTICLE)
    assert quote.sentence_index == 1 and quote.exact and quote.similarity == 1.0
    assert quote.comment_text.startswith("The regime is already") and quote.comment_text.endswith("Damascus")


def test_near_quote_without_marks():
    comment = "You say the regime is restoring security in those three districts which will be reincorporated into Damascus. Nonsense."
    [quote] = find_quotes(comment, ARTICLE)
    assert quote.sentence_index == 1 and not quote.exact and 0.6 <= quote.similarity < 1.0


def test_long_fragment_counts_as_quote():
    comment = 'As you say, "yielding some modest advances" is not how I would put it: aerial intervention in Syria is apparently yielding nothing.'
    assert [q.sentence_index for q in find_quotes(comment, ARTICLE)] == [0]


def test_no_quote_for_shared_topic_words():
    comment = "Syria and Russia and Aleppo: the regime will never restore anything."
    assert find_quotes(comment, ARTICLE) == []


def test_prebuilt_index_gives_same_answer():
    comment = "Aleppo had a population of 4 million before the conflict. So what?"
    assert find_quotes(comment, ARTICLE, build_index(ARTICLE)) == find_quotes(comment, ARTICLE)


def test_a_sentence_whose_words_recur_in_other_sentences_is_found_where_quoted():
    # The article repeats most of a sentence's trigrams in other sentences: the index must still lead
    # from each shared trigram to every sentence that has it, so the quoted one is the one reported.
    article = [
        "The council will close the old library on Main Street next spring.",
        "Residents say the council will close the old library without asking them.",
        "Aleppo had a population of 4 million before the conflict.",
        "The council will close the old library on Main Street next spring.",
    ]
    comment = "“Residents say the council will close the old library without asking them.” Nobody asked me."
    assert [q.sentence_index for q in find_quotes(comment, article) if q.similarity == 1.0] == [1]
    repeated = "The council will close the old library on Main Street next spring, they say."
    assert [q.sentence_index for q in find_quotes(repeated, article) if q.similarity == 1.0] == [0, 3]


def test_a_comments_quotes_of_a_text_are_found_once_and_are_those_of_its_sentences():
    article = Prepared("\n\n".join(ARTICLE))
    comment = Prepared("You say the regime is restoring security in those three districts which will be "
                       "reincorporated into Damascus. Nonsense.")
    found = quotes_of(comment, article)
    assert found == find_quotes(comment.text, list(article.sentences)) and found
    assert quotes_of(comment, article) is found
    assert quotes_of(Prepared("Nothing in common here at all."), article) == []


def test_a_page_whose_article_splits_into_its_paragraphs_sentences_finds_the_same_quotes():
    comment = "\u201cThe regime is already restoring security in these three districts, which will be reincorporated into Baathist Damascus.\u201d\n\nHow depressing."
    page = parse_text("Syria's week\n\nBy A. Writer\n\n" + "\n\n".join(ARTICLE) + "\n\n1 Comment\n\n  1. " + comment + "\n")
    analysis = analyse_page(page)
    [quote] = analysis.comments[0].quotes
    sentences = [s.text for s in analysis.sentences]
    assert sentences == split_sentences(page.article.text)  # the article's own index serves
    assert [quote] == find_quotes(without_furniture(page.comments.items[0].text), sentences)
    assert analysis.sentences[quote.sentence_index].quoted_by == [1]
