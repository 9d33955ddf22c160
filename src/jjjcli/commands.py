"""What each command does, once its arguments are parsed; each returns its exit code.

The Typer app (``jjjcli.cli``) and the start-up fast path (``jjjcli.launch``) both call
these, so a command behaves the same whichever parsed its command line. Nothing here
imports Typer or Rich: the renderers import Rich only when they draw a table.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from jjjcli.errors import ExitCode, JJJError
from jjjcli.output import choose_format, warn

if TYPE_CHECKING:
    from jjjcli.kb import KnowledgeBase


def load(kb_path: Path | None, *, quiet: bool = False) -> KnowledgeBase:
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


def check(kb_path: Path | None = None, fmt: str | None = None) -> int:
    from jjjcli.check import run_check
    from jjjcli.output import write_json, write_line

    if fmt not in (None, "text", "json"):
        raise JJJError(f"--format must be text or json, not {fmt!r}")
    kb = load(kb_path, quiet=True)
    report = run_check(kb)
    if fmt == "json":
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
    return ExitCode.OK if report.clean else ExitCode.NEGATIVE


def sources(kb_path: Path | None = None, fmt: str | None = None) -> int:
    from jjjcli.sources import render_sources

    kb = load(kb_path)
    render_sources(kb, choose_format(fmt, ("table", "json", "tsv")))
    return ExitCode.OK


def search(query: list[str], kb_path: Path | None = None, fmt: str | None = None,
           source: str | None = None, topic: str | None = None, period: str | None = None,
           limit: int = 10) -> int:
    from jjjcli.search import Filters, Searcher, parse_query
    from jjjcli.views import SEARCH_FORMATS, render_search

    text = " ".join(query)
    chosen = choose_format(fmt, SEARCH_FORMATS)
    kb = load(kb_path)
    hits = Searcher(kb).search(text, Filters(source, topic, period), limit)
    render_search(parse_query(text), hits, chosen)
    if not hits:
        warn(f"no claim matches {text.strip()[:60]!r}")
        return ExitCode.NEGATIVE
    return ExitCode.OK


def show(claim_id: str, kb_path: Path | None = None, fmt: str | None = None) -> int:
    from jjjcli.cite import plain_citation, reference
    from jjjcli.views import SHOW_FORMATS, render_show

    chosen = choose_format(fmt, SHOW_FORMATS)
    kb = load(kb_path)
    claim = kb.resolve(claim_id)
    render_show(kb, claim, chosen, plain_citation(reference(kb, claim), False))
    return ExitCode.OK


def compare(statement: list[str] | None = None, kb_path: Path | None = None,
            fmt: str | None = None, metric: str | None = None,
            subject: str | None = None) -> int:
    from jjjcli import compare as checker
    from jjjcli.views import COMPARE_FORMATS, render_claims_side_by_side, render_verdicts

    args = [a for a in (statement or []) if a.strip()]
    if not args and not metric:
        raise JJJError("give a statement, '-' for stdin, claim ids, or --metric NAME")
    chosen = choose_format(fmt, COMPARE_FORMATS)
    kb = load(kb_path)
    if metric or all_claim_ids(kb, args):
        claims = ([kb.resolve(a) for a in args] if args
                  else checker.claims_for_metric(kb, metric or "", subject))
        if not claims:
            raise JJJError(f"no claim has a metric like {metric!r}")
        flagged = render_claims_side_by_side(checker.group_by_metric(claims), chosen)
        return ExitCode.NEGATIVE if flagged else ExitCode.OK
    if args == ["-"]:
        chosen = "ndjson" if chosen == "json" else chosen
        statements: Iterable[str] = stdin_lines()
    else:
        statements = [" ".join(args)]
    seen: set[str] = set()
    render_verdicts(checker.compare_statements(kb, statements), chosen,
                    lambda result: seen.add(result.verdict))
    if checker.CONTRADICTED in seen:
        return ExitCode.NEGATIVE
    if checker.UNSUPPORTED in seen:
        return ExitCode.UNSUPPORTED
    return ExitCode.OK


def all_claim_ids(kb: KnowledgeBase, args: list[str]) -> bool:
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


def export(kb_path: Path | None = None, fmt: str = "ndjson",
           output: Path | None = None) -> int:
    import contextlib

    from jjjcli import export as exporter
    from jjjcli.files import output_target
    from jjjcli.output import write_json, write_ndjson

    fmt = fmt.lower()
    if fmt not in ("ndjson", "json", "csv", "sqlite"):
        raise JJJError(f"--format must be ndjson, json, csv or sqlite, not {fmt!r}")
    if fmt == "sqlite" and output is None:
        raise JJJError("--format sqlite needs --output PATH")
    if output is not None:
        output_target(output, binary=fmt == "sqlite")  # refused before any work
    kb = load(kb_path)
    if fmt == "sqlite":
        assert output is not None
        count = exporter.write_sqlite(kb, output)
        sys.stderr.write(f"jjj: wrote {count} claims to {output}\n")
        return ExitCode.OK
    with contextlib.ExitStack() as stack:
        if output is not None:
            stack.enter_context(RedirectStdout(output))
        if fmt == "ndjson":
            write_ndjson(exporter.claim_rows(kb))
        elif fmt == "json":
            write_json(exporter.claim_rows(kb))
        else:
            exporter.write_csv(kb)
    return ExitCode.OK


def cite(ids: list[str], style: str = "gbt7714", fmt: str = "text", quote: bool = False,
         to_clipboard: bool = False, kb_path: Path | None = None) -> int:
    from jjjcli.cite import check_options, resolve_claims
    from jjjcli.cite import cite as cite_claims
    from jjjcli.output import literal

    style, fmt = check_options(style, fmt)
    kb = load(kb_path)
    wanted = [line for arg in ids for line in (stdin_lines() if arg == "-" else [arg])]
    result = cite_claims(kb, resolve_claims(kb, wanted), style=style, fmt=fmt, quote=quote)
    for message in result.warnings:
        warn(message)
    sys.stdout.write(literal(result.text))
    if to_clipboard:
        _copy_citation(result.text)
    return ExitCode.OK


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


def stdin_lines() -> Iterator[str]:
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


class RedirectStdout:
    """Write stdout to ``--output PATH`` (jjjcli.files.AtomicText: a regular file replaced
    atomically, a FIFO or a terminal written through, anything else refused)."""

    def __init__(self, path: Path) -> None:
        from jjjcli.files import AtomicText

        self.file = AtomicText(path)

    def __enter__(self) -> None:
        handle = self.file.__enter__()
        self.saved = sys.stdout
        sys.stdout = handle

    def __exit__(self, kind: object, value: object, tb: object) -> None:
        sys.stdout = self.saved
        self.file.__exit__(kind, value, tb)
