"""Fuzz the readers and the analysis: mutated pages in, no crash and no hang out.

    python3 benchmarks/fuzz.py [--cases 10000] [--seed 1] [--limit 10]

Each case is a page from data/ or the test fixtures (text, HTML, discussion platforms), mutated at
random: lines deleted, repeated, shuffled or indented; bytes flipped, truncated or inserted (NUL,
lone surrogates' UTF-8 forms, bidi controls, markup fragments); or random text. Every case goes
through `discourse.parse.read_pages` and `discourse.analyse`. A crash is any exception but the
one-line `InputError`; a hang is a case that takes longer than `--limit` seconds. Prints the
counts and the first few failures; exits 1 when there is any. Deterministic for a seed.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from discourse import analyse  # noqa: E402
from discourse.parse import InputError, read_pages  # noqa: E402

INSERTS = [b"\x00", b"\xed\xa0\x80", b"\xe2\x80\xae", b"<div class='comment'>", b"</li></ol>", b"<!--",
           b"\r", b"\t", b"10000. ", b"   * ", b"Reply", b"12 Comments", b"\xff\xfe", b"\x1f\x8b", b"WARC/1.0\r\n"]


class Hang(Exception):
    pass


def seeds() -> list[bytes]:
    pages = sorted((REPO / "data").glob("*.txt")) + sorted((REPO / "tests").rglob("*.txt"))
    found = [path.read_bytes() for path in pages if path.stat().st_size < 2_000_000]
    from tests.parse.html import pages as html_pages, test_discussion_platforms as platform_pages

    found += [value.encode("utf-8") for module in (html_pages, platform_pages) for name, value in vars(module).items()
              if name.isupper() and isinstance(value, str) and "<html" in value.lower()]
    return found


def mutate(raw: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(6)
    if choice == 0:  # random bytes or text
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 2000)))
    lines = raw.split(b"\n")
    if choice == 1 and lines:
        for _ in range(rng.randrange(1, 20)):
            i = rng.randrange(len(lines))
            action = rng.randrange(4)
            if action == 0:
                del lines[i]
            elif action == 1:
                lines[i:i] = [lines[i]] * rng.randrange(1, 50)
            elif action == 2:
                lines[i] = b" " * rng.randrange(40) + lines[i]
            else:
                rng.shuffle(lines)
            if not lines:
                break
        return b"\n".join(lines)
    data = bytearray(raw)
    for _ in range(rng.randrange(1, 30)):
        if not data:
            break
        i = rng.randrange(len(data))
        if choice == 2:
            data[i] = rng.randrange(256)
        elif choice == 3:
            data[i:i] = rng.choice(INSERTS)
        elif choice == 4:
            del data[i:]
        else:
            data[i:i] = data[max(0, i - 200):i] * rng.randrange(1, 5)
    return bytes(data)


def run_case(raw: bytes, limit: int) -> str | None:
    """None when the case passed; else what went wrong, in one line."""
    signal.alarm(limit)
    try:
        for page in read_pages(raw, "<fuzz>"):
            analyse(page)
    except InputError:
        return None
    except Hang:
        return "hang"
    except Exception as error:  # noqa: BLE001 - every other exception is the finding
        return f"crash: {type(error).__name__}: {error}"
    finally:
        signal.alarm(0)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=int, default=10, help="seconds before a case counts as a hang")
    args = parser.parse_args(argv)
    print(f"$ python3 benchmarks/fuzz.py --cases {args.cases} --seed {args.seed} --limit {args.limit}")

    def on_alarm(*_):
        raise Hang

    signal.signal(signal.SIGALRM, on_alarm)
    rng, pages = random.Random(args.seed), seeds()
    crashes, hangs, shown, started = 0, 0, [], time.perf_counter()
    for number in range(args.cases):
        raw = mutate(rng.choice(pages), rng)
        outcome = run_case(raw, args.limit)
        if outcome:
            hangs += outcome == "hang"
            crashes += outcome != "hang"
            if len(shown) < 5:
                shown.append(f"  case {number}: {outcome[:200]}")
    print(f"{args.cases} cases from {len(pages)} seed pages in {time.perf_counter() - started:.0f} s: "
          f"{crashes} crashes, {hangs} hangs")
    print("\n".join(shown))
    return 1 if crashes or hangs else 0


if __name__ == "__main__":
    sys.exit(main())
