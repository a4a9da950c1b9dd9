"""A clock printed without am/pm is read as a 24-hour one only where the thread shows it; otherwise ordering
by it could make true replies look older than their parents, or flat comments look like replies."""

from discourse.parse import parse_text

ARTICLE = "A Title About Clocks\n\nBy Ann Author\n\nThe body of the article says something about clocks.\n\n"


def two_threads(times: list[str]):
    """Kim and Max each answered once (Lee to Kim, Ned to Max), at the given times of one day."""
    heads = zip(["  • Kim", "      □ Lee", "  • Max", "      □ Ned"], times)
    block = "".join(f"{head} on May 1, 2020 at {time} said:\n\n{' ' * (len(head) - len(head.lstrip()) + 4)}"
                    f"Words of {head.split()[-1]}.\n\n" for head, time in heads)
    return parse_text(f"{ARTICLE}4 Comments\n\n{block}").comments


def flat(times: list[str]):
    block = "".join(f"Reader{k} on May 1, 2020 at {time} said:\nWords of reader {k}.\n\n" for k, time in enumerate(times))
    return parse_text(f"{ARTICLE}{len(times)} Comments\n\n{block}").comments


def test_replies_after_noon_on_a_twelve_hour_clock_without_am_pm_keep_their_nesting():
    comments = two_threads(["11:40", "1:15", "11:50", "2:05"])
    assert [c.parent for c in comments.items] == [None, 1, None, 3]
    assert "nesting_against_time" not in [r.kind for r in comments.repairs]


def test_a_clock_shown_to_be_24_hour_still_orders_the_thread():
    comments = two_threads(["21:40", "10:15", "21:50", "10:05"])
    assert "nesting_against_time" in [r.kind for r in comments.repairs]


def test_times_with_am_pm_still_order_the_thread():
    comments = two_threads(["11:40 am", "10:15 am", "11:50 am", "10:05 am"])
    assert "nesting_against_time" in [r.kind for r in comments.repairs]


def test_a_flat_thread_on_a_clock_that_may_be_twelve_hour_gets_no_replies_from_its_times():
    comments = flat(["11:40", "11:50", "1:15", "1:30"])
    assert [c.parent for c in comments.items] == [None] * 4
    assert "replies_from_dates" not in [r.kind for r in comments.repairs]


def test_a_flat_thread_on_a_24_hour_clock_still_gets_replies_from_its_times():
    comments = flat(["11:40", "13:50", "12:15", "14:30"])
    assert "replies_from_dates" in [r.kind for r in comments.repairs]


def test_a_time_without_am_pm_is_left_out_of_the_iso_date_unless_the_thread_shows_a_24_hour_clock():
    assert [c.date_iso for c in flat(["11:40", "1:15 pm"]).items] == ["2020-05-01", "2020-05-01T13:15"]
    assert [c.date_iso for c in flat(["11:40", "13:15"]).items] == ["2020-05-01T11:40", "2020-05-01T13:15"]


def dated(*dates: str) -> list:
    block = "".join(f"Reader{k} on {date} said:\nWords of reader {k}.\n\n" for k, date in enumerate(dates))
    return [c.date_iso for c in parse_text(f"{ARTICLE}{len(dates)} Comments\n\n{block}").comments.items]


def test_a_slashed_date_that_reads_either_way_takes_the_order_the_threads_other_dates_show():
    assert dated("02/03/2020", "18/03/2020") == ["2020-03-02", "2020-03-18"]
    assert dated("02/03/2020", "03/18/2020") == ["2020-02-03", "2020-03-18"]


def test_a_slashed_date_stays_unread_where_the_thread_shows_no_order_or_both():
    assert dated("02/03/2020", "03/04/2020") == [None, None]
    assert dated("02/03/2020", "18/03/2020", "03/18/2020")[0] is None
