"""The README's `stats` example on the development pages prints the figures the README quotes.

The README names the commands and the figures they print; this runs the same commands (through
the CLI, with the metadata table `scripts/dev_metadata.py` writes) and reads every figure back
from the README's own text, so a change that moves a figure fails here until the README says so.
"""

import importlib.util
import re

from typer.testing import CliRunner

from discourse.cli import app
from tests.conftest import REPO, shared_path

runner = CliRunner()
EXAMPLE_START = "python3 scripts/dev_metadata.py > /tmp/dev-metadata.csv"


def _readme_example() -> str:
    """The README's commented `stats` example: from the metadata command to the end of its code block."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index(EXAMPLE_START)
    return " ".join(line.lstrip("#").strip() for line in readme[start:readme.index("```", start)].splitlines())


def _metadata_table(tmp_path):
    """The --metadata table of the dev pages, written as `scripts/dev_metadata.py` writes it."""
    spec = importlib.util.spec_from_file_location("dev_metadata", REPO / "scripts" / "dev_metadata.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    manifest = shared_path("pages-dev", "manifest.json")
    path = tmp_path / "dev-metadata.csv"
    rows = module.rows(__import__("json").loads(manifest.read_text(encoding="utf-8")))
    path.write_text("article_id,outlet,section\n" + "".join(f"{r['article_id']},{r['outlet']},{r['section']}\n" for r in rows),
                    encoding="utf-8")
    return path


def _stats(tmp_path, *options: str) -> str:
    pages = sorted(str(p) for p in shared_path("pages-dev").glob("pd*.html"))
    result = runner.invoke(app, ["stats", *pages, "--metadata", str(_metadata_table(tmp_path)), *options],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _claim(pattern: str, text: str) -> re.Match:
    match = re.search(pattern, text)
    assert match, f"the README's stats example no longer states {pattern!r}"
    return match


def test_readme_stats_by_outlet_prints_the_quoted_figures(tmp_path):
    claim = _claim(r"Kruskal-Wallis H = ([\d.]+), epsilon² = ([\d.]+), n = (\d+)", _readme_example())
    out = _stats(tmp_path)
    assert f"Comment polarity by outlet: Kruskal-Wallis H, n = {claim[3]}" in out
    assert f"H = {claim[1]}, epsilon² = {claim[2]}," in out


def test_readme_stats_by_section_prints_the_quoted_figures(tmp_path):
    example = _readme_example()
    out = _stats(tmp_path, "--by", "section")
    groups = re.findall(r"(\w+) (\d+) articles, (\d+) reader comments, (\d+%)(?: disagreeing)? \((\d+%–\d+%)\)", example)
    assert len(groups) == 2, "the README quotes two platforms"
    for name, articles, readers, share, interval in groups:
        assert re.search(rf"│ {name} +│ +{articles} │ +{readers} │ .*= {share} \({interval}\) │", out), name
    polarity = _claim(r"H = ([\d.]+), epsilon² = ([\d.]+), Holm p = ([\d.]+)", example)
    assert f"H = {polarity[1]}, epsilon² = {polarity[2]}, p = " in out and f"Holm p = {polarity[3]}\n" in out
    disagreement = _claim(r"chi² \(df (\d+)\) = ([\d.]+), Holm p = ([\d.]+)", example)
    assert re.search(rf"χ² \(df {disagreement[1]}\) = {re.escape(disagreement[2])}, .*Holm p = {re.escape(disagreement[3])}\n",
                     out)
