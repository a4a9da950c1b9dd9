"""The `discourse` command: a thin layer over the library and the page engine.

Every corpus command takes files, folders and globs, processes the pages as a stream (on local
processes or a Dask cluster), goes on past a bad file with one line per failure on stderr, and
exits 1 when anything failed, 130 when stopped by Ctrl-C.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from functools import partial
from pathlib import Path
from typing import List, Optional

import typer

from discourse.model import Page
from discourse.parse import expand_paths
from discourse.pipeline import INTERRUPTED_EXIT, Batch, RunOptions, SchedulerError
from discourse.report.columns import TableFormat

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Reader-comment discourse analyser: article, reply trees, sentiment and disagreement.",
)


def _print_version(value: bool) -> None:
    if value:
        from discourse import __version__

        typer.echo(f"discourse {__version__}")
        raise typer.Exit()


@app.callback()
def _commands(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Reader-comment discourse analyser: article, reply trees, sentiment and disagreement."""


class Format(str, Enum):
    text = "text"
    json = "json"


# readable=False: each file is checked when it is read, so an unreadable one is one failed page, not a usage error.
PathsArgument = typer.Argument(
    ..., readable=False,
    help="Page files, exports (WordPress, Disqus, comments tables, ConvoKit corpora), folders (searched "
         "recursively), globs such as 'corpus/**/*.txt', or - for one page on standard input.")
FormatOption = typer.Option(
    None, "--format", "-f", help="text (default on a terminal) or json (JSON Lines, one page per line)."
)
JobsOption = typer.Option(
    None, "--jobs", "-j", min=1, help="Pages processed at once on this machine (default: every core; 1: in-process).")
QuietOption = typer.Option(False, "--quiet", "-q", help="No progress bar.")
MetadataOption = typer.Option(
    None, "--metadata", metavar="FILE.csv",
    help="CSV with a path or article_id column and any of outlet, date, section, url, title, author: "
         "overrides or fills what the pages show.")
PrintFormatOption = typer.Option(None, "--format", "-f", help="text (default) or json (same as --json).")
SchedulerOption = typer.Option(
    None, "--scheduler", metavar="tcp://HOST:PORT",
    help="Run the pages on this Dask cluster instead of local processes (needs discourse[cluster]).")


def _error(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


@contextmanager
def _corpus(paths: List[Path], jobs: Optional[int], quiet: bool, scheduler: Optional[str]) -> Iterator[Batch]:
    """The batch of pages behind a command; on leaving, the failures and any interruption are reported."""
    batch = Batch(expand_paths(paths), RunOptions(jobs, scheduler, quiet), _error)
    try:
        batch.prepare()  # before any output folder is made
        yield batch
    except SchedulerError as error:
        _error(str(error))
        raise typer.Exit(1)
    finally:
        batch.close()
    if batch.failures:
        _error(f"{len(batch.failures)} file(s) failed: {', '.join(batch.failures)}")
    if batch.interrupted:
        typer.echo(batch.interruption(), err=True)
        raise typer.Exit(INTERRUPTED_EXIT)
    if batch.failures:
        raise typer.Exit(1)


def _load_metadata(path: Optional[Path]):
    """The --metadata table, or None; a table that cannot be used ends the run with one line."""
    if path is None:
        return None
    from discourse.parse import InputError
    from discourse.parse.metadata import load_metadata

    try:
        return load_metadata(path)
    except InputError as error:
        _error(str(error))
        raise typer.Exit(1)


def _with_metadata(metadata, work):
    """The per-page work, with the metadata applied to each page first (in the worker, before any output)."""
    return work if metadata is None else partial(_apply_then, metadata, work)


def _apply_then(metadata, work, page: Page):
    from discourse.parse.metadata import apply_metadata

    return work(apply_metadata(page, metadata))


def _as_json(as_json: bool, chosen: Optional[Format]) -> bool:
    """--json and --format json mean the same; text is the default of the commands that take both."""
    return as_json or chosen is Format.json


def _resolve_format(chosen: Optional[Format]) -> Format:
    if chosen is not None:
        return chosen
    return Format.text if sys.stdout.isatty() else Format.json


def _analysed(page: Page):
    """The page's analysis, looked up at call time so a patched analyse_page is the one used."""
    from discourse.analysis.page import analyse_page

    return analyse_page(page)


@dataclass(frozen=True)
class ParsedPage:
    warnings: tuple[str, ...]
    text: str


def _parsed_page(output: Format, page: Page) -> ParsedPage:
    from discourse.report.page_json import page_to_dict
    from discourse.report.page_text import render_page

    if output is Format.json:
        return ParsedPage((), json.dumps(page_to_dict(page), ensure_ascii=False))
    return ParsedPage(tuple(page.warnings), terminal_safe(render_page(page)))


# A page's words may hold control characters that would drive the terminal (clear it, retitle the
# window, move the cursor to forge output): only rich's own colour codes (ESC [ ... m) get through.
_TERMINAL_CONTROL = re.compile(r"\x1b(?!\[[0-9;]*m)|[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """Text for the terminal with every control character but newline, tab and colour shown as U+FFFD."""
    return _TERMINAL_CONTROL.sub("\ufffd", text)


@app.command()
def parse(
    paths: List[Path] = PathsArgument,
    format: Optional[Format] = FormatOption,
    metadata: Optional[Path] = MetadataOption,
    jobs: Optional[int] = JobsOption,
    quiet: bool = QuietOption,
    scheduler: Optional[str] = SchedulerOption,
) -> None:
    """Parse pages into article, boilerplate and comment reply trees."""
    table = _load_metadata(metadata)
    with _corpus(paths, jobs, quiet, scheduler) as batch:
        for parsed in batch.results(_with_metadata(table, partial(_parsed_page, _resolve_format(format)))):
            for warning in parsed.warnings:
                typer.echo(f"warning: {warning}", err=True)
            typer.echo(parsed.text)


@dataclass(frozen=True)
class ConsoleStyle:
    """How the terminal shows rich output, so a worker renders exactly what this process would print."""

    width: int
    color_system: Optional[str]
    terminal: bool
    no_color: bool

    @classmethod
    def of_stdout(cls) -> ConsoleStyle:
        from rich.console import Console

        console = Console()
        return cls(console.width, console.color_system, console.is_terminal, console.no_color)

    def render(self, draw) -> str:
        from rich.console import Console

        buffer = io.StringIO()
        draw(Console(file=buffer, width=self.width, color_system=self.color_system, force_terminal=self.terminal,
                     no_color=self.no_color, highlight=False, legacy_windows=False))
        return terminal_safe(buffer.getvalue())


@dataclass(frozen=True)
class SummaryOptions:
    as_json: bool
    details: bool
    max_comments: Optional[int]


def _summary_output(options: SummaryOptions, style: ConsoleStyle, page: Page) -> str:
    from discourse.analysis.summary import summarise
    from discourse.report.summary import print_summary, summary_to_dict

    analysis = _analysed(page)
    result = summarise(analysis)
    if options.as_json:
        return json.dumps(summary_to_dict(analysis, result), ensure_ascii=False) + "\n"
    return style.render(lambda console: print_summary(console, analysis, result, options.details,
                                                      options.max_comments))


@app.command()
def summary(
    paths: List[Path] = PathsArgument,
    as_json: bool = typer.Option(False, "--json", help="JSON Lines, one summary per page, for machines."),
    format: Optional[Format] = PrintFormatOption,
    metadata: Optional[Path] = MetadataOption,
    details: bool = typer.Option(
        False, "--details", help="Also the test statistics, thresholds, z-scores and the cues behind each label."),
    max_comments: Optional[int] = typer.Option(
        None, "--max-comments", min=0, metavar="N", help="Show only the first N comments of the reply tree."),
    jobs: Optional[int] = JobsOption,
    quiet: bool = QuietOption,
    scheduler: Optional[str] = SchedulerOption,
) -> None:
    """Per article: what readers argued about, whether they pushed back on the author, and why."""
    table = _load_metadata(metadata)
    options = SummaryOptions(_as_json(as_json, format), details, max_comments)
    work = partial(_summary_output, options, ConsoleStyle.of_stdout())
    with _corpus(paths, jobs, quiet, scheduler) as batch:
        for text in batch.results(_with_metadata(table, work)):
            typer.echo(text, nl=False, color=True)


class Task(str, Enum):
    sentiment = "sentiment"
    stance = "stance"
    agreement = "agreement"


@app.command()
def evaluate(
    path: Path = typer.Argument(..., help="Labelled JSON Lines file (schema of the evaluation data README)."),
    task: Task = typer.Option(..., "--task", "-t", help="What the labels are."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON (with a macro_f1 field)."),
    format: Optional[Format] = PrintFormatOption,
    predictions: Optional[Path] = typer.Option(
        None, "--predictions", help='Also write one JSON line per scored record: {"id", "label", "confidence"}.'
    ),
) -> None:
    """Score the analysis against labelled data: macro-F1, per-class F1, confusion matrix, baseline."""
    from discourse.evaluation import EvaluationError, evaluate as run_evaluation, format_result

    try:
        result = run_evaluation(task.value, path, predictions)
    except EvaluationError as error:
        _error(str(error))
        raise typer.Exit(1)
    typer.echo(json.dumps(result.to_dict()) if _as_json(as_json, format) else format_result(result))


def _export_rows(page: Page):
    from discourse.report.frames import page_rows

    return page_rows(_analysed(page))


def _export_csv_rows(neutralise: bool, page: Page):
    """The page's rows with their CSV cells rendered in the worker, not in the run's one writer."""
    from discourse.report.csv_rows import csv_page

    return csv_page(_export_rows(page), neutralise)


def _convokit_conversation(page: Page):
    from discourse.report.convokit import conversation

    return conversation(_analysed(page))


class ExportFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"
    convokit = "convokit"


@app.command()
def export(
    paths: List[Path] = PathsArgument,
    out: Path = typer.Option(..., "--out", "-o", help="Folder to write the tables to (created if missing)."),
    table_format: ExportFormat = typer.Option(
        ExportFormat.csv, "--format", "-f", help="csv, parquet, or convokit (a ConvoKit corpus folder)."),
    neutralise: bool = typer.Option(
        True, "--neutralise/--no-neutralise",
        help="Prefix CSV text cells starting with = + - @ tab or CR with ' so spreadsheets do not run them.",
    ),
    metadata: Optional[Path] = MetadataOption,
    jobs: Optional[int] = JobsOption,
    quiet: bool = QuietOption,
    scheduler: Optional[str] = SchedulerOption,
) -> None:
    """Tables for pandas and spreadsheets (articles, comments, sentences, data dictionary), or a ConvoKit corpus."""
    from discourse.report.export import ExportError, ExportWriter

    table = _load_metadata(metadata)
    with _corpus(paths, jobs, quiet, scheduler) as batch:
        try:
            if table_format is ExportFormat.convokit:
                from discourse.report.convokit import ConvoKitWriter

                writer, work = ConvoKitWriter(out), _convokit_conversation
            elif table_format is ExportFormat.csv:
                writer, work = ExportWriter(out, TableFormat.csv, neutralise), partial(_export_csv_rows, neutralise)
            else:
                writer, work = ExportWriter(out, TableFormat(table_format.value), neutralise), _export_rows
            with writer:
                for rows in batch.results(_with_metadata(table, work)):
                    writer.add(rows)
                written = _finish(batch, writer)
        except ExportError as error:
            _error(str(error))
            raise typer.Exit(1)
        for path in written:
            typer.echo(str(path))


def _finish(batch: Batch, output) -> list[Path]:
    """Write out what the run finished: nothing when no page was, a marked partial folder when the
    run was interrupted (named in the interruption line), else the complete output."""
    if not output.pages:
        return []
    written = output.finish(partial=batch.interrupted)
    if batch.interrupted:
        batch.partial_results = written[-1].parent
    return written


def _report_page(page: Page):
    from discourse.analysis.summary import summarise
    from discourse.report.html.render import render_report

    analysis = _analysed(page)
    return render_report(analysis, summarise(analysis))


@app.command()
def report(
    paths: List[Path] = PathsArgument,
    out: Path = typer.Option(..., "--out", "-o", help="Folder for index.html and one page per article (created if missing)."),
    metadata: Optional[Path] = MetadataOption,
    jobs: Optional[int] = JobsOption,
    quiet: bool = QuietOption,
    scheduler: Optional[str] = SchedulerOption,
) -> None:
    """Self-contained HTML reports: a sortable index and one page per article with charts and the comment tree."""
    from discourse.report.html.render import ReportFolder

    table = _load_metadata(metadata)
    with _corpus(paths, jobs, quiet, scheduler) as batch:
        try:
            with ReportFolder(out, batch.paths) as folder:
                for rendered in batch.results(_with_metadata(table, _report_page)):
                    folder.add(rendered)
                written = _finish(batch, folder)
        except OSError as error:
            _error(f"{out}: could not write the report ({error.strerror or error})")
            raise typer.Exit(1)
        for path in written:
            typer.echo(str(path))


class GroupBy(str, Enum):
    outlet = "outlet"
    section = "section"


def _page_numbers(group_by: GroupBy, page: Page):
    """The page's numbers for the corpus tests, grouped by its outlet or, with --by section, its section."""
    from dataclasses import replace

    from discourse.analysis.corpus import UNKNOWN_OUTLET, outlet_name, page_numbers

    numbers = page_numbers(_analysed(page))
    if group_by is GroupBy.outlet:
        return numbers
    group = outlet_name(getattr(page.article, group_by.value))
    return replace(numbers, outlet=group, outlet_shown=group != UNKNOWN_OUTLET)


@app.command()
def stats(
    paths: List[Path] = PathsArgument,
    as_json: bool = typer.Option(False, "--json", help="One JSON object (schema discourse.stats/1), for machines."),
    format: Optional[Format] = PrintFormatOption,
    metadata: Optional[Path] = MetadataOption,
    group_by: GroupBy = typer.Option(
        GroupBy.outlet, "--by", help="Group articles by outlet (default) or by section (from exports or --metadata)."),
    jobs: Optional[int] = JobsOption,
    quiet: bool = QuietOption,
    scheduler: Optional[str] = SchedulerOption,
) -> None:
    """Compare outlets and articles: comment sentiment, disagreement, subjectivity; tests with caveats."""
    from rich.console import Console

    from discourse.analysis.corpus import corpus_stats
    from discourse.report.stats import print_stats, stats_to_dict

    table = _load_metadata(metadata)
    with _corpus(paths, jobs, quiet, scheduler) as batch:
        result = corpus_stats(list(batch.results(_with_metadata(table, partial(_page_numbers, group_by)))),
                              group_by.value)
        if _as_json(as_json, format):
            typer.echo(json.dumps({**stats_to_dict(result), "grouped_by": group_by.value}, ensure_ascii=False,
                                  allow_nan=False))
        else:
            print_stats(Console(highlight=False), result, group_by.value)


def main() -> None:
    app()
