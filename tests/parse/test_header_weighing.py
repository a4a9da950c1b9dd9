"""The header weighing's shortcut: candidates skipped by their ceiling could never have won.

`discourse.parse.section._weigh` weighs a candidate header's window only while its ceiling (cheap
tests) can still beat the best weight found. That is the same choice as weighing every window
exactly when, and only when, no window weighs more than its ceiling: the property checked here on
pages made of the lines that strain the cheap tests (image placeholders, list items whose marker
is followed by a long gap, closing verbs of saying, dates in prose, headers). The ceiling reads
one by one only the lines that may be signed and counts the others: checked against reading every
line of the window, and its bound from counts alone against the ceiling.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.parse import section
from discourse.parse.commenters import MAX_COMMENTER_CHARS, SAYING_TAILS, ends_sentence, ends_with_saying
from discourse.parse.lines import LineFacts
from discourse.parse.reading import split_lines

LINES = st.sampled_from([
    "", "12 Comments", "Comments", "3 Responses to “A Title”", "Leave a Reply",
    "A body paragraph that ends with a full stop, written in 2014.",
    "wrapped prose that mentions 2014 and goes on to the next line",
    "Jane Doe says:", "Bob on May 1, 2020 at 9:00 am said:", "Posted by: jonathan at October 29, 2012 05:23 PM",
    "  1. Roger Weeks Says:", "  2. Ann 10/28/12 5:33 PM", "    • Reply", "• [avatar] Kay 3 hours ago",
    "[avatar] Jane Doe wrote [icon]", "[logo] 12 May 2020", "[                    ] Website",
    "1." + " " * 240 + "Jane Doe on May 1, 2020 at 9:00 am",  # a list item shorter than its line
    "•" + " " * 230 + "Bob 10/28/12 5:33 PM",
    "Dr. Jane Doe10/28/12 5:33 PM", "Fri, 2012-11-09 17:18 — Jane", "josh g.", "5:49 p.m.",
    "A reply that ends like a date, at 5:49 p.m.", "- a related link", "12.", "(42)",
    "Ann ١٠/٢٨/١٢ ٥:٣٣", "Kay said", "x" * 250 + " 2014", "² squared", "   ", "Bob wrote:",
    "(" + "a long aside in brackets " * 12 + ")",  # may be a list item by its first character, and is not
])
PAGES = st.lists(LINES, min_size=1, max_size=60).map("\n".join)


def windows_of(text: str):
    """(lines, stripped lines, the ceilings of the page, the window after each header-like line)."""
    lines = split_lines(text)
    facts = LineFacts.of(lines)
    section.forget_lines()
    headers = section.header_lines(facts)
    ends = [*headers[1:], len(lines)]
    ceilings = section._Ceilings(lines, facts.text, facts.digits, headers[0] + 1 if headers else 0)
    return lines, facts.text, ceilings, [section._window(facts.text, i + 1, end) for i, end in zip(headers, ends)]


def ceiling_line_by_line(lines, texts, window):
    """The ceiling read off every line of the window, each line tested on its own."""
    signers, listed = 0, 0
    for k in window:
        text = texts[k]
        may_list = text[0].isdigit() or not text[0].isalnum()
        if "[" in text or may_list and len(text) > MAX_COMMENTER_CHARS:
            found_listed, found = section._read_signature(lines[k], text)
            signers += found is not None
            listed += found is None and found_listed is not None
        elif ((text[-1] in SAYING_TAILS and ends_with_saying(text))
              or (section._DATE(text) is not None and len(text) <= MAX_COMMENTER_CHARS and not ends_sentence(text))):
            signers += 1
        else:
            listed += may_list
    return signers + listed * 0.25, signers


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_no_window_weighs_more_than_its_ceiling(text):
    lines, texts, ceilings, windows = windows_of(text)
    for window in windows:
        weight, signatures = section._evidence(lines, texts, window)
        most, signers = ceilings.ceiling(window)
        assert weight <= most
        assert max(signatures) <= signers


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_the_ceiling_is_the_one_read_line_by_line_and_its_bound_is_above_it(text):
    lines, texts, ceilings, windows = windows_of(text)
    for window in windows:
        most, signers = ceilings.ceiling(window)
        assert (most, signers) == ceiling_line_by_line(lines, texts, window)
        bound, may_sign = ceilings.bound(window)
        assert most <= bound <= len(window) and signers <= may_sign <= len(window)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_the_chosen_header_is_the_one_weighing_every_candidate_chooses(text):
    lines = split_lines(text)
    facts = LineFacts.of(lines)
    section.forget_lines()
    found = section.find_section(lines, facts)
    bound, ceiling = section._Ceilings.bound, section._Ceilings.ceiling
    try:
        section._Ceilings.bound = section._Ceilings.ceiling = lambda self, window: (float("inf"), len(window))
        section.forget_lines()
        weighed_all = section.find_section(lines, facts)  # every window weighed
    finally:
        section._Ceilings.bound, section._Ceilings.ceiling = bound, ceiling
    assert found == weighed_all
