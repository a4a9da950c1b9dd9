"""The `discourse` command: a thin layer over the library.

Every command takes files and folders, goes on past a bad file, prints one line per
failure on stderr, and exits 1 when anything failed.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional

import typer

from discourse.parse import InputError, expand_paths, load
from discourse.report.columns import TableFormat

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Reader-comment discourse analyser: article, reply trees, sentiment and disagreement.",
)


@app.callback()
def _commands() -> None:
    """Reader-comment discourse analyser: article, reply trees, sentiment and disagreement."""


class Format(str, Enum):
    text = "text"
    json = "json"


PathsArgument = typer.Argument(..., help="Page files or folders (folders are searched for *.txt).")
FormatOption = typer.Option(
    None, "--format", "-f", help="text (default on a terminal) or json (JSON Lines, one page per line)."
)


def _error(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


def _pages(paths: List[Path], failures: list[str]) -> Iterator:
    """Parsed pages in order; a bad file is reported and skipped, never a traceback."""
    for path in expand_paths(paths):
        try:
            yield load(path)
        except InputError as error:
            failures.append(str(path))
            _error(str(error))
        except Exception as error:  # a parser bug must not stop a batch
            failures.append(str(path))
            _error(f"{path}: could not be parsed ({type(error).__name__}: {error})")


def _finish(failures: list[str]) -> None:
    if failures:
        _error(f"{len(failures)} file(s) failed: {', '.join(failures)}")
        raise typer.Exit(1)


def _resolve_format(chosen: Optional[Format]) -> Format:
    if chosen is not None:
        return chosen
    return Format.text if sys.stdout.isatty() else Format.json


@app.command()
def parse(paths: List[Path] = PathsArgument, format: Optional[Format] = FormatOption) -> None:
    """Parse pages into article, boilerplate and comment reply trees."""
    from discourse.report.page_json import page_to_dict
    from discourse.report.page_text import render_page

    failures: list[str] = []
    output = _resolve_format(format)
    for page in _pages(paths, failures):
        if output is Format.json:
            typer.echo(json.dumps(page_to_dict(page), ensure_ascii=False))
        else:
            for warning in page.warnings:
                typer.echo(f"warning: {warning}", err=True)
            typer.echo(render_page(page))
    _finish(failures)


@app.command()
def summary(
    paths: List[Path] = PathsArgument,
    as_json: bool = typer.Option(False, "--json", help="JSON Lines, one summary per page, for machines."),
) -> None:
    """Per article: what readers argued about, whether they pushed back on the author, and why."""
    from rich.console import Console

    from discourse.analysis.page import analyse_page
    from discourse.analysis.summary import summarise
    from discourse.report.summary import print_summary, summary_to_dict

    failures: list[str] = []
    console = Console(highlight=False)
    for page in _pages(paths, failures):
        analysis = analyse_page(page)
        result = summarise(analysis)
        if as_json:
            typer.echo(json.dumps(summary_to_dict(analysis, result), ensure_ascii=False))
        else:
            print_summary(console, analysis, result)
    _finish(failures)


class Task(str, Enum):
    sentiment = "sentiment"
    stance = "stance"
    agreement = "agreement"


@app.command()
def evaluate(
    path: Path = typer.Argument(..., help="Labelled JSON Lines file (schema of the evaluation data README)."),
    task: Task = typer.Option(..., "--task", "-t", help="What the labels are."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON (with a macro_f1 field)."),
) -> None:
    """Score the analysis against labelled data: macro-F1, per-class F1, confusion matrix, baseline."""
    from discourse.evaluation import EvaluationError, evaluate as run_evaluation, format_result

    try:
        result = run_evaluation(task.value, path)
    except EvaluationError as error:
        _error(str(error))
        raise typer.Exit(1)
    typer.echo(json.dumps(result.to_dict()) if as_json else format_result(result))




def _analyses(paths: List[Path], failures: list[str]) -> Iterator:
    """Analysed pages in order; a page the analysis fails on is reported and skipped like a bad file."""
    from discourse.analysis.page import analyse_page

    for page in _pages(paths, failures):
        try:
            yield analyse_page(page)
        except Exception as error:  # an analysis bug must not stop a batch
            failures.append(page.source.path)
            _error(f"{page.source.path}: could not be analysed ({type(error).__name__}: {error})")


@app.command()
def export(
    paths: List[Path] = PathsArgument,
    out: Path = typer.Option(..., "--out", "-o", help="Folder to write the tables to (created if missing)."),
    table_format: TableFormat = typer.Option(TableFormat.csv, "--format", "-f", help="csv or parquet."),
    neutralise: bool = typer.Option(
        True, "--neutralise/--no-neutralise",
        help="Prefix CSV text cells starting with = + - @ tab or CR with ' so spreadsheets do not run them.",
    ),
) -> None:
    """Tables for pandas and spreadsheets: articles, comments, sentences, and their data dictionary."""
    from discourse.report.export import ExportError, prepare_folder, write_tables
    from discourse.report.frames import to_frames

    failures: list[str] = []
    try:
        prepare_folder(out)
        analyses = list(_analyses(paths, failures))
        written = write_tables(to_frames(analyses), out, table_format, neutralise)
    except ExportError as error:
        _error(str(error))
        raise typer.Exit(1)
    for path in written:
        typer.echo(str(path))
    _finish(failures)


@app.command()
def report(
    paths: List[Path] = PathsArgument,
    out: Path = typer.Option(..., "--out", "-o", help="Folder for index.html and one page per article (created if missing)."),
) -> None:
    """Self-contained HTML reports: a sortable index and one page per article with charts and the comment tree."""
    from discourse.analysis.page import analyse_page
    from discourse.analysis.summary import summarise
    from discourse.report.html import write_reports

    failures: list[str] = []
    analysed = []
    for page in _pages(paths, failures):
        try:
            analysis = analyse_page(page)
            analysed.append((analysis, summarise(analysis)))
        except Exception as error:  # an analysis bug must not stop a batch
            failures.append(page.source.path)
            _error(f"{page.source.path}: could not be analysed ({type(error).__name__}: {error})")
    try:
        written = write_reports(analysed, out)
    except OSError as error:
        _error(f"{out}: could not write the report ({error.strerror or error})")
        raise typer.Exit(1)
    for path in written:
        typer.echo(str(path))
    _finish(failures)


@app.command()
def stats(
    paths: List[Path] = PathsArgument,
    as_json: bool = typer.Option(False, "--json", help="One JSON object (schema discourse.stats/1), for machines."),
) -> None:
    """Compare outlets and articles: comment sentiment, disagreement, subjectivity; tests with caveats."""
    from rich.console import Console

    from discourse.analysis.corpus import corpus_stats, page_numbers
    from discourse.report.stats import print_stats, stats_to_dict

    failures: list[str] = []
    result = corpus_stats([page_numbers(analysis) for analysis in _analyses(paths, failures)])
    if as_json:
        typer.echo(json.dumps(stats_to_dict(result), ensure_ascii=False, allow_nan=False))
    else:
        print_stats(Console(highlight=False), result)
    _finish(failures)


def main() -> None:
    app()
