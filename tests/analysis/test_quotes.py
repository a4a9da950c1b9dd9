from discourse.analysis.quotes import build_index, find_quotes

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
