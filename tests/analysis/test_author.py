from discourse.analysis.author import addresses_author, comment_tuples, find_author_comments, name_matches
from discourse.model import Comment, Span


def test_name_match_is_normalised():
    assert name_matches("  juan COLÉ ", "By Juan Cole")
    assert name_matches("JohnQuiggin", "John Quiggin")
    assert not name_matches("John B", "John Quiggin")
    assert not name_matches(None, "Juan Cole")


def test_address_forms():
    assert addresses_author("Well said, Mr. Cole. No matter what you say", "Juan Cole") == "Mr. Cole"
    assert addresses_author("Thanks Juan, great piece", "Juan Cole")
    assert addresses_author("Dan,\nyour sample is skewed", "Dan Meyer")
    assert addresses_author("Mr. Smith is wrong", "Juan Cole") is None
    assert addresses_author("anything", None) is None


def test_author_found_by_name_and_by_address():
    comments = [
        (1, None, "Reader", "I am sorry to see you use the word regime."),
        (2, None, "Other", "Restoring security? How depressing."),
        (3, 2, None, "I don't know how often I have to denounce the Baath regime."),
        (5, 3, "Fan", "Well said, Mr. Cole."),
        (6, None, "Juan Cole", "Thanks for reading."),
    ]
    found = find_author_comments(comments, "Juan Cole")
    assert sorted(found) == [3, 6]
    assert "reply 5" in found[3][0] and "Mr. Cole" in found[3][0]
    assert "matches byline" in found[6][0]


def test_top_level_address_marks_nothing():
    assert find_author_comments([(1, None, None, "Well said, Mr. Cole.")], "Juan Cole") == {}


def test_model_comments_adapter():
    comment = Comment(index=4, parent=2, depth=1, paragraphs=["Hi", "there"], span=Span(1, 2), author="A")
    assert comment_tuples([comment]) == [(4, 2, "A", "Hi\n\nthere")]
