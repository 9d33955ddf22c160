"""The `jjj` command line: thin commands over the core, errors turned into exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from jjjcli import __version__
from jjjcli.errors import ExitCode, JJJError
from jjjcli.output import choose_format, error, warn

if TYPE_CHECKING:
    from jjjcli.kb import KnowledgeBase

app = typer.Typer(
    name="jjj",
    help="Check figures about Beijing–Tianjin–Hebei (京津冀) coordinated development "
    "against their sources, and cite them.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

KbOption = Annotated[
    Path | None,
    typer.Option("--kb", envvar="JJJ_KB", show_envvar=True,
                 help="Knowledge-base folder to use instead of the bundled one."),
]


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"jjj {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """jjj: look up, fact-check and cite figures about 京津冀 coordinated development."""


def _load(kb_path: Path | None, *, quiet: bool = False) -> KnowledgeBase:
    """The knowledge base through its cache (``jjj check`` reads the TOML itself)."""
    if quiet:
        from jjjcli.kb import load_kb

        kb = load_kb(kb_path, lenient=True)
    else:
        from jjjcli.index import open_kb

        kb = open_kb(kb_path)
    if kb.problems and not quiet:
        warn(f"{len(kb.problems)} problem(s) in the knowledge base; invalid claims are left "
             "out (run `jjj check`)")
    return kb


@app.command()
def check(
    kb_path: KbOption = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f",
                                            help="text or json.")] = None,
) -> None:
    """Validate the knowledge base and report figures no claim covers.

    Checks TOML syntax, the schema, unique ids, sources and paragraphs, every quote
    (verbatim), every figure (in its quote, parsing to its value), and the metadata
    evidence. Each problem is printed as file:line. Exit 0 when clean, 1 otherwise.

    Example: jjj check --kb ./my-facts
    """
    from jjjcli.check import run_check
    from jjjcli.output import write_json, write_line

    kb = _load(kb_path, quiet=True)
    report = run_check(kb)
    if (fmt or "text") == "json":
        write_json({
            "clean": report.clean, "claims": report.claims,
            "problems": [{"file": p.file, "line": p.line, "message": p.message}
                         for p in report.problems],
            "uncovered": [{"source": u.source, "paragraph": u.paragraph, "line": u.line,
                           "raw": u.raw, "context": u.context} for u in report.uncovered],
            "coverage": {name: {"figures": c.figures, "covered": c.covered,
                                "excluded": c.excluded, "share": round(c.share, 4)}
                         for name, c in report.coverage.items()},
        })
    elif fmt not in (None, "text"):
        raise JJJError(f"--format must be text or json, not {fmt!r}")
    else:
        root = kb.root
        for problem in report.problems:
            write_line(f"{root / problem.file}:{problem.line}: {problem.message}")
        for item in report.uncovered:
            write_line(f"{root / 'sources' / item.source}:{item.line}: uncovered figure "
                       f"{item.raw!r} in paragraph {item.paragraph}: …{item.context}…")
        write_line(f"{report.claims} claims, {len(report.problems)} problems, "
                   f"{len(report.uncovered)} uncovered figures")
        for name, stat in report.coverage.items():
            write_line(f"coverage {name}: {stat.covered}/{stat.figures - stat.excluded} "
                       f"figures covered ({stat.share:.1%}), {stat.excluded} excluded")
    raise typer.Exit(ExitCode.OK if report.clean else ExitCode.NEGATIVE)


@app.command()
def sources(
    kb_path: KbOption = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f",
                                            help="table, json or tsv.")] = None,
) -> None:
    """List the sources, their articles and the metadata each prints.

    Example: jjj sources --format json | jq '.[0].articles'
    """
    from jjjcli.sources import render_sources

    kb = _load(kb_path)
    render_sources(kb, choose_format(fmt, ("table", "json", "tsv")))


FormatOption = Annotated[
    str | None,
    typer.Option("--format", "-f", help="table, json, ndjson, tsv or ids "
                 "(default: table on a terminal, tsv in a pipe)."),
]


@app.command()
def search(
    query: Annotated[list[str], typer.Argument(help="Words, a figure, English, or a mix.",
                                               show_default=False)],
    kb_path: KbOption = None,
    fmt: FormatOption = None,
    source: Annotated[str | None, typer.Option(
        "--source", "-s", help="Only this source (file name or a prefix such as 004).",
        autocompletion=complete_sources)] = None,
    topic: Annotated[str | None, typer.Option("--topic", "-t",
                                              help="Only claims with this topic.")] = None,
    period: Annotated[str | None, typer.Option(
        "--period", "-p", help="Only claims whose period overlaps this (2023, 2014/2023).")]
    = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0,
                                       help="At most this many results (0: all).")] = 10,
) -> None:
    """Find the claims for a query, best first.

    Chinese with or without spaces, traditional characters, typos, English, and figures
    in any equal form (5.59万亿 = 55900亿元 = 5.59 trillion yuan) all work.

    Example: jjj search 副中心 高新技术企业 2023
    """
    from jjjcli.search import Filters, Searcher, parse_query
    from jjjcli.views import SEARCH_FORMATS, render_search

    text = " ".join(query)
    chosen = choose_format(fmt, SEARCH_FORMATS)
    kb = _load(kb_path)
    hits = Searcher(kb).search(text, Filters(source, topic, period), limit)
    render_search(parse_query(text), hits, chosen)
    if not hits:
        warn(f"no claim matches {text.strip()[:60]!r}")
        raise typer.Exit(ExitCode.NEGATIVE)


@app.command()
def show(
    claim_id: Annotated[str, typer.Argument(metavar="ID",
                                            help="A claim id, or a unique prefix of one.",
                                            autocompletion=complete_claim_ids)],
    kb_path: KbOption = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f",
                                            help="table, json or tsv.")] = None,
) -> None:
    """Show one claim in full, its quote highlighted inside its paragraph.

    Example: jjj show 000-5-hitech
    """
    from jjjcli.cite import plain_citation, reference
    from jjjcli.views import SHOW_FORMATS, render_show

    chosen = choose_format(fmt, SHOW_FORMATS)
    kb = _load(kb_path)
    claim = kb.resolve(claim_id)
    render_show(kb, claim, chosen, plain_citation(reference(kb, claim), False))


@app.command()
def compare(
    statement: Annotated[list[str] | None, typer.Argument(
        help="A statement to check, '-' to read one statement a line from stdin, "
        "or claim ids to set side by side.", show_default=False,
        autocompletion=complete_claim_ids)] = None,
    kb_path: KbOption = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="table, json, ndjson or tsv (default: table on a terminal, "
        "tsv in a pipe; json becomes ndjson for '-').")] = None,
    metric: Annotated[str | None, typer.Option(
        "--metric", "-m", help="Show every claim on this metric, across sources and years, "
        "flagging values that disagree.")] = None,
    subject: Annotated[str | None, typer.Option(
        "--subject", help="With --metric: only this subject (京津冀, 天津市 …).")] = None,
) -> None:
    """Fact-check a statement's figures against the knowledge base.

    Each figure is supported (a claim on the same metric states the same value),
    contradicted (another value, or the same value for another year) or unsupported.
    Exit 0: all supported; 1: something contradicted; 3: something unsupported.

    Examples: jjj compare "2023年副中心高新技术企业超过1100家";
    jjj compare - < statements.txt; jjj compare 001-2-gdp 002-108-digital;
    jjj compare --metric 地区生产总值 --subject 京津冀
    """
    from jjjcli import compare as checker
    from jjjcli.views import COMPARE_FORMATS, render_claims_side_by_side, render_verdicts

    args = [a for a in (statement or []) if a.strip()]
    if not args and not metric:
        raise JJJError("give a statement, '-' for stdin, claim ids, or --metric NAME")
    chosen = choose_format(fmt, COMPARE_FORMATS)
    kb = _load(kb_path)
    if metric or _all_claim_ids(kb, args):
        claims = ([kb.resolve(a) for a in args] if args
                  else checker.claims_for_metric(kb, metric or "", subject))
        if not claims:
            raise JJJError(f"no claim has a metric like {metric!r}")
        flagged = render_claims_side_by_side(checker.group_by_metric(claims), chosen)
        raise typer.Exit(ExitCode.NEGATIVE if flagged else ExitCode.OK)
    if args == ["-"]:
        chosen = "ndjson" if chosen == "json" else chosen
        statements: Iterable[str] = _stdin_lines()
    else:
        statements = [" ".join(args)]
    seen: set[str] = set()
    render_verdicts(checker.compare_statements(kb, statements), chosen,
                    lambda result: seen.add(result.verdict))
    if checker.CONTRADICTED in seen:
        raise typer.Exit(ExitCode.NEGATIVE)
    if checker.UNSUPPORTED in seen:
        raise typer.Exit(ExitCode.UNSUPPORTED)


def _all_claim_ids(kb: KnowledgeBase, args: list[str]) -> bool:
    """Whether the arguments are claim ids (to set side by side) rather than a statement.

    An argument shaped like an id whose first part names a source of this knowledge base
    (``001-26-gdp``) is meant as an id: if no claim has it, that is an unknown id (exit 1,
    with suggestions), not a statement about the figures 001 and 26.
    """
    from jjjcli.kb import ID_PATTERN

    if not args or args == ["-"]:
        return False
    for arg in args:
        key = arg.strip().lower()
        if not ID_PATTERN.match(key) or "-" not in key:
            return False
        if not kb.ids_with_prefix(key.split("-", 1)[0] + "-", 1):
            return False
    for arg in args:
        kb.resolve(arg)  # UnknownIdError names the nearest ids
    return True


def _completion_kb(ctx: typer.Context) -> KnowledgeBase | None:
    """The knowledge base a command line being completed refers to; None if unreadable
    (completion must never print an error into the user's shell)."""
    from jjjcli.index import open_kb

    try:
        return open_kb(ctx.params.get("kb_path"))
    except Exception:  # noqa: BLE001 - no completions rather than a broken prompt
        return None


def complete_claim_ids(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Claim ids starting with what was typed, each with its metric as help."""
    kb = _completion_kb(ctx)
    if kb is None or (incomplete and not incomplete[0].isalnum()):
        return []
    found = []
    for claim_id in kb.ids_with_prefix(incomplete.lower(), 200):
        claim = kb.claims[claim_id]
        found.append((claim_id, f"{claim.metric} {claim.subject} {claim.period}".strip()))
    return found


def complete_sources(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Source file names (and their number prefixes) starting with what was typed."""
    kb = _completion_kb(ctx)
    if kb is None:
        return []
    found: list[tuple[str, str]] = []
    for name, source in sorted(kb.sources.items()):
        title = next((a.title.value for a in source.articles if a.title), source.kind)
        for value in (name.split("_", 1)[0], name):
            if value.startswith(incomplete) and value not in {v for v, _ in found}:
                found.append((value, title))
    return found


def _stdin_lines() -> Iterator[str]:
    """Non-blank lines of stdin, decoded strictly: invalid UTF-8 is an error, not mojibake."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        for line in sys.stdin:
            if line.strip():
                yield line.strip()
        return
    for number, raw in enumerate(buffer, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise JJJError(f"line {number} of stdin is not valid UTF-8") from None
        if line.strip():
            yield line.strip()


@app.command()
def export(
    kb_path: KbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f",
                                     help="ndjson, json, csv or sqlite.")] = "ndjson",
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="File to write (required for sqlite).")]
    = None,
) -> None:
    """Export every claim, as in the JSON contract, or as an SQLite database.

    Example: jjj export --format sqlite --output jjj.db && datasette jjj.db
    """
    import contextlib

    from jjjcli import export as exporter
    from jjjcli.output import write_json, write_ndjson

    kb = _load(kb_path)
    fmt = fmt.lower()
    if fmt == "sqlite":
        if output is None:
            raise JJJError("--format sqlite needs --output PATH")
        count = exporter.write_sqlite(kb, output)
        sys.stderr.write(f"jjj: wrote {count} claims to {output}\n")
        return
    if fmt not in ("ndjson", "json", "csv"):
        raise JJJError(f"--format must be ndjson, json, csv or sqlite, not {fmt!r}")
    with contextlib.ExitStack() as stack:
        if output is not None:
            stack.enter_context(_redirect_stdout(output))
        if fmt == "ndjson":
            write_ndjson(exporter.claim_rows(kb))
        elif fmt == "json":
            write_json(exporter.claim_rows(kb))
        else:
            exporter.write_csv(kb)


@app.command()
def cite(
    ids: Annotated[list[str], typer.Argument(
        metavar="ID", help="Claim ids or unique prefixes; '-' reads ids from stdin, one a "
        "line (jjj search … --format ids).", show_default=False,
        autocompletion=complete_claim_ids)],
    style: Annotated[str, typer.Option(
        "--style", "-s", help="gbt7714 (GB/T 7714-2015, the default: the national standard "
        "a Chinese-language outlet uses), apa (7th ed.), chicago (17th ed., note and "
        "bibliography), mla (9th ed.), plain (Chinese footnote form) or markdown (a "
        "Markdown footnote).")] = "gbt7714",
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="text (in --style), or one record per claim for a reference "
        "manager: bibtex, csl-json or ris.")] = "text",
    quote: Annotated[bool, typer.Option(
        "--quote", "-q", help="Add the claim's verbatim quote after the pinpoint.")] = False,
    to_clipboard: Annotated[bool, typer.Option(
        "--copy", "-c", help="Also put the citation on the clipboard: the system's, or the "
        "terminal's through OSC 52 (works over ssh).")] = False,
    kb_path: KbOption = None,
) -> None:
    """Cite claims, with the paragraph as the pinpoint (第N段, para. N).

    Only what the source prints is cited; stderr names the missing fields, which can be
    supplied in sources.toml. Several ids give numbered references ([1], [2] …) in gbt7714,
    and in apa, mla and chicago the citations and then each reference entry once.

    Examples: jjj cite 004-12 --style apa --quote;
    jjj search 高新技术企业 --format ids | jjj cite - --format bibtex > jjj.bib
    """
    from jjjcli.cite import check_options, resolve_claims
    from jjjcli.cite import cite as cite_claims

    style, fmt = check_options(style, fmt)
    kb = _load(kb_path)
    wanted = [line for arg in ids for line in (_stdin_lines() if arg == "-" else [arg])]
    result = cite_claims(kb, resolve_claims(kb, wanted), style=style, fmt=fmt, quote=quote)
    for message in result.warnings:
        warn(message)
    from jjjcli.output import literal

    sys.stdout.write(literal(result.text))
    if to_clipboard:
        _copy_citation(result.text)


def _copy_citation(text: str) -> None:
    """Copy, or say why not: the citation is printed either way, so this never fails."""
    from jjjcli.clipboard import ClipboardError, copy

    sys.stdout.flush()
    try:
        where = copy(text.rstrip("\n"))
    except ClipboardError as exc:
        warn(f"not copied: {exc}")
        return
    sys.stderr.write(f"jjj: copied to the clipboard ({where})\n")


class _redirect_stdout:
    """Write stdout to a file atomically: a temporary file renamed into place at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temp = path.with_name(f".{path.name}.jjj-tmp")

    def __enter__(self) -> None:
        try:
            self.handle = self.temp.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise JJJError(f"cannot write {self.path}: {exc.strerror}") from exc
        self.saved = sys.stdout
        sys.stdout = self.handle

    def __exit__(self, kind: object, value: object, tb: object) -> None:
        sys.stdout = self.saved
        self.handle.close()
        if kind is None:
            os.replace(self.temp, self.path)
        else:
            self.temp.unlink(missing_ok=True)


def _exit_quietly_on_broken_pipe() -> NoReturn:
    # Point stdout at devnull so that the interpreter's final flush cannot fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    os._exit(ExitCode.OK)


def _stdout_closed() -> bool:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        return True
    except (OSError, ValueError):
        return False
    return False


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, turn every error into one stderr line and an exit code."""
    from typer.exceptions import Abort, Exit, TyperException

    args = sys.argv[1:] if argv is None else argv
    for number, arg in enumerate(args, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are not UTF-8, as Python decoded argv
            error(f"argument {number} is not valid UTF-8")
            return int(ExitCode.ERROR)
    try:
        result = app(args=args, prog_name="jjj", standalone_mode=False)
        code = int(result) if isinstance(result, int) else ExitCode.OK
        sys.stdout.flush()
    except Exit as exc:
        code = exc.exit_code
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _exit_quietly_on_broken_pipe()
    except JJJError as exc:
        error(str(exc))
        code = exc.exit_code
    except TyperException as exc:  # usage errors from the option parser
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `jjj`: the help, as printed
            sys.stderr.write(exc.format_message().rstrip("\n") + "\n")
        else:
            error(f"{exc.format_message()} (see jjj --help)")
        code = ExitCode.ERROR
    except (KeyboardInterrupt, Abort):
        sys.stderr.write("\n")
        code = ExitCode.INTERRUPTED
    except BrokenPipeError:
        _exit_quietly_on_broken_pipe()
    except SystemExit as exc:
        # click and Rich turn a closed pipe (EPIPE) into SystemExit(1): for a reader that
        # stopped early (`| head -1`) that is not a failure, and not "no result" either.
        if isinstance(exc.__context__, BrokenPipeError) or _stdout_closed():
            _exit_quietly_on_broken_pipe()
        raise
    except UnicodeDecodeError:
        error("input is not valid UTF-8")
        code = ExitCode.ERROR
    except Exception as exc:  # noqa: BLE001 - never show a traceback to a user
        if os.environ.get("JJJ_DEBUG"):
            raise
        error(f"internal error: {type(exc).__name__}: {exc} (set JJJ_DEBUG=1 for details)")
        code = ExitCode.ERROR
    return int(code)
