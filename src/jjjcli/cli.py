"""The `jjj` command line as a Typer app: options, help and completion.

Each command's work is in ``jjjcli.commands``; ``jjjcli.launch`` is the entry point, which
sends the most common command lines straight there without importing Typer.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jjjcli import __version__, commands
from jjjcli.errors import ExitCode
from jjjcli.output import error

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


@app.command(short_help='Validate the knowledge base; list what no claim covers.')
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
    raise typer.Exit(commands.check(kb_path, fmt))


@app.command(short_help='List the sources, their articles and their metadata.')
def sources(
    kb_path: KbOption = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f",
                                            help="table, json or tsv.")] = None,
) -> None:
    """List the sources, their articles and the metadata each prints.

    Example: jjj sources --format json | jq '.[0].articles'
    """
    raise typer.Exit(commands.sources(kb_path, fmt))


DraftsOption = Annotated[
    bool,
    typer.Option("--drafts", help="Include claims drafted by `jjj add` and not yet "
                 "reviewed (status = \"draft\")."),
]


@app.command(short_help='List the topics that search --topic takes.')
def topics(
    kb_path: KbOption = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f",
                                            help="table, json or tsv.")] = None,
) -> None:
    """List the topics that search --topic takes.

    Each with how many claims have it and what it covers.

    Example: jjj topics --format tsv | sort -t$'\\t' -k2 -n
    """
    raise typer.Exit(commands.topics(kb_path, fmt))


FormatOption = Annotated[
    str | None,
    typer.Option("--format", "-f", help="table, json, ndjson, tsv or ids "
                 "(default: table on a terminal, tsv in a pipe)."),
]


@app.command(short_help='Find the claims for a query, best first.')
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
    drafts: DraftsOption = False,
) -> None:
    """Find the claims for a query, best first.

    Chinese with or without spaces, traditional characters, typos, English, and figures
    in any equal form (5.59万亿 = 55900亿元 = 5.59 trillion yuan) all work.

    Example: jjj search 副中心 高新技术企业 2023
    """
    raise typer.Exit(commands.search(query, kb_path, fmt, source, topic, period, limit,
                                     drafts))


@app.command(short_help='Show one claim in full, the quote in its paragraph.')
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
    raise typer.Exit(commands.show(claim_id, kb_path, fmt))


@app.command(short_help="Fact-check a statement's figures, or set claims side by side.")
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
    text: Annotated[str | None, typer.Option(
        "--text", help="Check an article draft (a file, or '-' for stdin): every sentence "
        "with a figure, reported as FILE:LINE:COL: verdict (formats: table, lint, tsv, "
        "json, ndjson, claimreview).")] = None,
    drafts: DraftsOption = False,
) -> None:
    """Fact-check a statement's figures against the knowledge base.

    Each figure is supported (a claim on the same metric states the same value),
    contradicted (another value, or the same value for another year) or unsupported.
    Exit 0: all supported; 1: something contradicted; 3: something unsupported.

    Examples: jjj compare "2023年副中心高新技术企业超过1100家";
    jjj compare - < statements.txt; jjj compare 001-2-gdp 002-108-digital;
    jjj compare --metric 地区生产总值 --subject 京津冀; jjj compare --text draft.md
    """
    raise typer.Exit(commands.compare(statement, kb_path, fmt, metric, subject, text,
                                      drafts))


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


@app.command(short_help="List where the sources disagree.")
def conflicts(
    kb_path: KbOption = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="table (the default on a terminal), json (a list of "
        "{metric, subject, period, claims}), ndjson (one such object a line) or tsv (one "
        "claim a line, the default in a pipe).")] = None,
) -> None:
    """Where the sources disagree: claims on one metric, subject and period whose values
    cannot both be true, with their quotes, sources and ids.

    Exit 0 when there are none, 1 when there are some.

    Examples: jjj conflicts; jjj conflicts --format json | jq '.[].metric'
    """
    raise typer.Exit(commands.conflicts(kb_path, fmt))


@app.command(short_help='Export every claim as JSON, CSV or SQLite.')
def export(
    kb_path: KbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f",
                                     help="ndjson, json, csv or sqlite.")] = "ndjson",
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="File to write (required for sqlite).")]
    = None,
    metadata: Annotated[Path | None, typer.Option(
        "--metadata", "-m", help="With sqlite: also write Datasette's metadata.json here "
        "(title, source, licence, every column described).")] = None,
    drafts: DraftsOption = False,
) -> None:
    """Export every claim, as in the JSON contract, or as an SQLite database.

    Example: jjj export -f sqlite -o jjj.db -m metadata.json && datasette jjj.db -m metadata.json
    """
    raise typer.Exit(commands.export(kb_path, fmt, output, metadata, drafts))


@app.command(short_help='Cite claims, with the paragraph as the pinpoint.')
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
        "--format", "-f", help="text (in --style); pandoc: the citations to paste into "
        "Markdown ([@key, para. 254], in Chinese for the Chinese styles); or one record "
        "per article for a reference manager: csl-json, bibtex, biblatex or ris.")] = "text",
    quote: Annotated[bool, typer.Option(
        "--quote", "-q", help="Add the claim's verbatim quote after the pinpoint.")] = False,
    to_clipboard: Annotated[bool, typer.Option(
        "--copy", "-c", help="Also put the citation on the clipboard: the system's, or the "
        "terminal's through OSC 52 (works over ssh).")] = False,
    kb_path: KbOption = None,
) -> None:
    """Cite claims: the article is the reference, the paragraph the pinpoint (第N段, para. N).

    Claims of one article make one reference (one numbered gbt7714 entry with all their
    paragraphs, one record with key jjj-ARTICLE); front matter cites the issue. Only what
    the source prints is cited; stderr names the missing fields. In apa, mla and chicago
    each claim gets its citation, then each reference entry is listed once.

    Examples: jjj cite 004-12 --style apa --quote;
    jjj cite 004-254-jjj-gdp-2023 -f csl-json > refs.json;
    jjj cite 004-254-jjj-gdp-2023 -f pandoc -s apa;
    jjj search 高新技术企业 --format ids | jjj cite - --format bibtex > jjj.bib
    """
    raise typer.Exit(commands.cite(ids, style, fmt, quote, to_clipboard, kb_path))


@app.command(short_help="Make a knowledge base: empty, or a copy of the shipped one.")
def init(
    target: Annotated[Path, typer.Argument(metavar="DIR", help="The folder to make (it must "
                                           "not exist, or be empty).", show_default=False)],
    from_shipped: Annotated[bool, typer.Option(
        "--from-shipped", help="Copy the knowledge base installed with jjj, to edit it, "
        "instead of making an empty one.")] = False,
) -> None:
    """Make a new knowledge base: sources/, claims/, sources.toml and the vocabularies.

    The empty base passes `jjj check`; `jjj add` puts articles into it. With
    --from-shipped, an editable copy of the bundled base (use it with --kb DIR or JJJ_KB).

    Example: jjj init newsroom-kb && jjj add article.txt --kb newsroom-kb
    """
    raise typer.Exit(commands.init(target, from_shipped))


@app.command(short_help="Add an article, with a draft claim for every figure.")
def add(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The article, as plain text "
                                         "(UTF-8, or see --encoding).", show_default=False)],
    kb_path: KbOption = None,
    encoding: Annotated[str | None, typer.Option(
        "--encoding", "-e", help="The text's encoding when it is not UTF-8 (gb18030, big5 …); "
        "it is stored as UTF-8.")] = None,
    publication: Annotated[str | None, typer.Option(
        "--publication", help="The newspaper or magazine's name.")] = None,
    date: Annotated[str | None, typer.Option("--date", help="Publication date, "
                                                            "YYYY-MM-DD.")] = None,
    issue: Annotated[str | None, typer.Option("--issue", help="Issue number.")] = None,
    page: Annotated[str | None, typer.Option("--page", help="Page number.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="The article's title.")] = None,
    author: Annotated[list[str] | None, typer.Option(
        "--author", help="An author (repeat for several).")] = None,
    url: Annotated[str | None, typer.Option("--url", help="Where the article is "
                                                          "online.")] = None,
) -> None:
    """Add an article to a knowledge base, with a draft claim for every figure.

    The text is copied into sources/ and registered in sources.toml with the metadata
    given here and what the text prints (headline, date line and its 来源, bylines,
    dateline, issue), each with the paragraph that shows it. Claims are drafted into
    claims/NNN.toml with status = "draft" for review; search and compare leave them out
    until reviewed.

    Example: jjj add article.txt --kb newsroom-kb --publication 北京日报 --date 2025-07-04
    """
    given = {"publication": publication, "date": date, "issue": issue, "page": page,
             "title": title, "url": url}
    raise typer.Exit(commands.add(file, kb_path, encoding,
                                  {k: v for k, v in given.items() if v}, tuple(author or ())))


def typer_main(args: list[str]) -> int:
    """Parse ``args`` with the Typer app and run the command; Typer's own outcomes (its
    exit, usage errors, an abort) become exit codes. Other errors reach the caller,
    ``jjjcli.launch.guard``."""
    from typer.exceptions import Abort, Exit, TyperException

    try:
        result = app(args=args, prog_name="jjj", standalone_mode=False)
    except Exit as exc:
        return int(exc.exit_code)
    except TyperException as exc:  # usage errors from the option parser
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `jjj`: the help, as printed
            sys.stderr.write(exc.format_message().rstrip("\n") + "\n")
        else:
            error(f"{exc.format_message()} (see jjj --help)")
        return int(ExitCode.ERROR)
    except Abort:
        raise KeyboardInterrupt from None
    return int(result) if isinstance(result, int) else int(ExitCode.OK)

