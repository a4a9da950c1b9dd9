"""Properties of the analysis that hold for any text: whatever parse_text accepts, analyse takes."""

from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

import discourse
from discourse.parse import InputError, parse_text

# Lines that make the parser find an article, a comment section and comments, mixed with any text.
PAGE_LINES = st.one_of(st.sampled_from([
    "", "A Short Title", "By Jane Doe | (The Outlet)", "A body paragraph that ends with a full stop.",
    "The council is wrong: the budget cuts will hurt the parks, not help them.", "3 Responses",
    "  1. I disagree with the author, this is nonsense.", "    • I agree with you completely!",
    "  2. Great article, thank you.", "Jane Doe says:", "     \u201cThe budget cuts\u201d you quoted are fine.",
    "Comments are closed.",
]), st.text(max_size=80))
TEXTS = st.one_of(st.lists(PAGE_LINES, max_size=30).map("\n".join), st.text(max_size=300))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_analyse_never_raises_on_a_parsed_page(text):
    try:
        page = parse_text(text)
    except InputError:  # a blank text is refused with a one-line message, by design
        reject()
    analysis = discourse.analyse(page)
    assert len(analysis.comments) == len(page.comments.items)
    summary = discourse.summarise(analysis)
    assert summary.comments == len(page.comments.items)
