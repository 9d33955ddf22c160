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


def load(kb_path: Path | None, *, quiet: bool = False, drafts: bool = False) -> KnowledgeBase:
    """The knowledge base through its cache (``jjj check`` reads the TOML itself, drafts
    included); with ``drafts``, claims drafted by `jjj add` and not yet reviewed too."""
    if quiet:
        from jjjcli.kb import load_kb

        kb = load_kb(kb_path, lenient=True, drafts=True)
    else:
        from jjjcli.index import open_kb

        kb = open_kb(kb_path, drafts=drafts)
    if kb.problems and not quiet:
        warn(f"{len(kb.problems)} problem(s) in the knowledge base; invalid claims are left "
             "out (run `jjj check`)")
    return kb


def check(kb_path: Path | None = None, fmt: str | None = None) -> int:
    from jjjcli.check import run_check
    from jjjcli.collector import paused
    from jjjcli.output import write_json, write_line

    if fmt not in (None, "text", "json"):
        raise JJJError(f"--format must be text or json, not {fmt!r}")
    with paused():  # every claim and its reading held to the end: no cycles to find
        kb = load(kb_path, quiet=True)
        report = run_check(kb)
    if fmt == "json":
        write_json({
            "clean": report.clean, "claims": report.claims,
            "drafts": [{"id": c.id, "file": c.file, "line": c.line} for c in report.drafts],
            "problems": [{"file": p.file, "line": p.line, "message": p.message}
                         for p in report.problems],
            "uncovered": [{"source": u.source, "paragraph": u.paragraph, "line": u.line,
                           "raw": u.raw, "context": u.context, "kind": u.kind}
                          for u in report.uncovered],
            "coverage": {name: {"figures": c.figures, "covered": c.covered,
                                "excluded": c.excluded, "share": round(c.share, 4),
                                "dates": c.dates, "dates_covered": c.dates_covered,
                                "dates_excluded": c.dates_excluded,
                                "dates_by_rule": dict(sorted(c.rules.items()))}
                         for name, c in report.coverage.items()},
        })
    else:
        root = kb.root
        for problem in report.problems:
            write_line(f"{root / problem.file}:{problem.line}: {problem.message}")
        for item in report.uncovered:
            write_line(f"{root / 'sources' / item.source}:{item.line}: uncovered {item.kind} "
                       f"{item.raw!r} in paragraph {item.paragraph}: …{item.context}…")
        for claim in report.drafts:
            write_line(f"{root / claim.file}:{claim.line}: to review: draft {claim.id} "
                       f"({claim.metric or 'no metric'}; {claim.figures[0].raw})")
        dates = sum(u.kind == "date" for u in report.uncovered)
        write_line(f"{report.claims} claims, {len(report.problems)} problems, "
                   f"{len(report.uncovered) - dates} uncovered figures, {dates} uncovered dates"
                   + (f", {len(report.drafts)} drafts to review" if report.drafts else ""))
        for name, stat in report.coverage.items():
            ruled = ", ".join(f"{n} {r}" for r, n in sorted(stat.rules.items()))
            write_line(f"coverage {name}: {stat.covered}/{stat.figures - stat.excluded} "
                       f"figures covered ({stat.share:.1%}), {stat.excluded} excluded; "
                       f"{stat.dates} dates: {stat.dates_covered} claimed, "
                       f"{ruled + ', ' if ruled else ''}{stat.dates_excluded} excluded")
    return ExitCode.OK if report.clean else ExitCode.NEGATIVE


def init(target: Path, from_shipped: bool = False) -> int:
    from jjjcli.authoring.newbase import init_kb

    made = init_kb(target, from_shipped=from_shipped)
    what = "a copy of the shipped knowledge base" if from_shipped else "an empty knowledge base"
    sys.stderr.write(f"jjj: made {what} in {made}\n"
                     f"jjj: next: jjj add ARTICLE.txt --kb {made}   (or export JJJ_KB={made})\n")
    return ExitCode.OK


def add(file: Path, kb_path: Path | None = None, encoding: str | None = None,
        given: dict[str, str] | None = None, authors: tuple[str, ...] = ()) -> int:
    from jjjcli.authoring.adding import add_source
    from jjjcli.authoring.encoding import check_encoding_name
    from jjjcli.output import Progress

    check_encoding_name(encoding)
    with Progress("drafting claims") as progress:
        added = add_source(kb_path, file, encoding=encoding, given=given, authors=authors,
                           progress=progress.update)
    from jjjcli.kb import resolve_root

    root = resolve_root(kb_path)
    lines = [
        f"added {added.file}: {_count(added.paragraphs, 'paragraph')}, "
        f"{_count(added.figures, 'figure')} and {_count(added.dates, 'dated event')} found",
        f"drafted {_count(added.drafts, 'claim')} in {added.claims_file} (status = \"draft\")"
        + _excluded_note(added.excluded),
    ]
    if added.metadata:
        shown = [f"{m.field} {m.value} (¶{m.paragraph})" for m in added.metadata[:12]]
        more = len(added.metadata) - len(shown)
        lines.append("printed metadata: " + "; ".join(shown) + (f"; +{more} more" if more else ""))
    else:
        lines.append("printed metadata: none found")
    lines.append(f"next: review the drafts in {Path(root) / added.claims_file}, then "
                 f"jjj check --kb {root}")
    for line in lines:
        sys.stderr.write(f"jjj: {line}\n")
    return ExitCode.OK


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _excluded_note(excluded: dict[str, int]) -> str:
    """What `jjj add` gave an [[exclude]] instead of a draft, for its stderr line."""
    named = {"framing": ("framing duration", "framing durations", " (十年来)"),
             "header": ("number of the page's header", "numbers of the page's header",
                        " (第1版)")}
    parts = [f"{n} {named[k][0] if n == 1 else named[k][1]}{named[k][2]}"
             for k, n in excluded.items() if n]
    return f"; {' and '.join(parts)} given an [[exclude]] there, with the reason" \
        if parts else ""


def sources(kb_path: Path | None = None, fmt: str | None = None) -> int:
    from jjjcli.sources import render_sources

    kb = load(kb_path)
    render_sources(kb, choose_format(fmt, ("table", "json", "tsv")))
    return ExitCode.OK


def search(query: list[str], kb_path: Path | None = None, fmt: str | None = None,
           source: str | None = None, topic: str | None = None, period: str | None = None,
           limit: int = 10, drafts: bool = False) -> int:
    from jjjcli.output import stdout_is_terminal
    from jjjcli.search import Filters, Searcher
    from jjjcli.views import SEARCH_FORMATS, render_search

    text = " ".join(query)
    chosen = choose_format(fmt, SEARCH_FORMATS)
    kb = load(kb_path, drafts=drafts)
    check_filters(kb, source, topic)
    searcher = Searcher(kb)
    # a person at a terminal is told how many more there are; a script asked for `limit`
    counting = limit > 0 and stdout_is_terminal()
    hits = searcher.search(text, Filters(source, topic, period), 0 if counting else limit)
    total = len(hits)
    hits = hits[:limit] if limit > 0 else hits
    render_search(searcher.parse(text), hits, chosen)
    if not hits:
        # a figure no claim holds: what the sources give on the query's other words
        nearby = searcher.without_figures(text, Filters(source, topic, period))
        hint = "; on its other words: " + ", ".join(
            f"{h.claim.id} ({h.claim.figures[0].raw})" if h.claim.figures else h.claim.id
            for h in nearby) if nearby else ""
        warn(f"no claim matches {text.strip()[:60]!r}{hint}")
        return ExitCode.NEGATIVE
    if counting and total > len(hits):
        sys.stdout.flush()
        sys.stderr.write(f"Showing {len(hits)} of {total}; --limit 0 for all\n")
    return ExitCode.OK


def check_filters(kb: KnowledgeBase, source: str | None, topic: str | None) -> None:
    """An unknown ``--source`` or ``--topic`` is a usage error that names the known ones
    (rather than "no claim matches")."""
    if topic and topic.lower() not in kb.topics:
        raise JJJError(f"unknown topic {topic!r}; the topics are: "
                       f"{', '.join(sorted(kb.topics))} (jjj topics describes them)")
    if source and not any(name.startswith(source) for name in kb.sources):
        known = ", ".join(f"{name.split('_', 1)[0]} ({name})" for name in sorted(kb.sources))
        raise JJJError(f"unknown source {source!r}; the sources are: {known}")


def topics(kb_path: Path | None = None, fmt: str | None = None) -> int:
    """The topics of the knowledge base, each with what it covers and its claims."""
    from jjjcli import output

    kb = load(kb_path)
    chosen = choose_format(fmt, ("table", "json", "tsv"))
    counts = dict.fromkeys(kb.topics, 0)
    for claim in kb:
        for name in claim.topics:
            counts[name] = counts.get(name, 0) + 1
    rows = [{"topic": name, "claims": counts.get(name, 0), "description": description}
            for name, description in kb.topics.items()]
    if chosen == "json":
        output.write_json(rows)
    elif chosen == "tsv":
        output.write_tsv(("topic", "claims", "description"),
                         ([r["topic"], r["claims"], r["description"]] for r in rows))
    else:
        from jjjcli.views import render_topics

        render_topics(rows)
    return ExitCode.OK


def show(claim_id: str, kb_path: Path | None = None, fmt: str | None = None) -> int:
    from jjjcli.cite import short_citation
    from jjjcli.views import SHOW_FORMATS, render_show

    chosen = choose_format(fmt, SHOW_FORMATS)
    kb = load(kb_path)
    claim = kb.resolve(claim_id)
    render_show(kb, claim, chosen, short_citation(kb, claim))
    return ExitCode.OK


def compare(statement: list[str] | None = None, kb_path: Path | None = None,
            fmt: str | None = None, metric: str | None = None,
            subject: str | None = None, text: str | None = None,
            drafts: bool = False) -> int:
    from jjjcli import compare as checker
    from jjjcli.verdict import CONTRADICTED, UNSUPPORTED
    from jjjcli.views import COMPARE_FORMATS, render_claims_side_by_side, render_verdicts

    args = [a for a in (statement or []) if a.strip()]
    if text is not None:
        if args or metric:
            raise JJJError("--text checks a draft: give no statement or --metric with it")
        return compare_draft(text, kb_path, fmt, drafts)
    if not args and not metric:
        raise JJJError("give a statement, '-' for stdin, claim ids, or --metric NAME")
    chosen = choose_format(fmt, COMPARE_FORMATS)
    kb = load(kb_path, drafts=drafts)
    if metric or all_claim_ids(kb, args):
        from jjjcli import conflicts

        claims = ([kb.resolve(a) for a in args] if args
                  else conflicts.claims_for_metric(kb, metric_name(kb, metric or ""), subject))
        if not claims:
            raise JJJError(f"no claim has a metric like {metric!r}")
        flagged = render_claims_side_by_side(conflicts.group_by_metric(claims), chosen)
        return ExitCode.NEGATIVE if flagged else ExitCode.OK
    if args == ["-"]:
        chosen = "ndjson" if chosen == "json" else chosen
        statements: Iterable[str] = stdin_lines()
    else:
        statements = [" ".join(args)]
    seen: set[str] = set()
    render_verdicts(checker.compare_statements(kb, statements), chosen,
                    lambda result: seen.add(result.verdict))
    if CONTRADICTED in seen:
        return ExitCode.NEGATIVE
    if UNSUPPORTED in seen:
        return ExitCode.UNSUPPORTED
    return ExitCode.OK


def conflicts(kb_path: Path | None = None, fmt: str | None = None) -> int:
    """Where the sources disagree: exit 0 when they never do, 1 when they do."""
    from jjjcli.conflicts import find_conflicts
    from jjjcli.views import CONFLICT_FORMATS, render_conflicts

    chosen = choose_format(fmt, CONFLICT_FORMATS)
    kb = load(kb_path)
    found = find_conflicts(kb)
    render_conflicts(found, chosen)
    if not found:
        if chosen == "table":
            warn("no conflicts: no two claims on one metric, subject and period disagree")
        return ExitCode.OK
    return ExitCode.NEGATIVE


def metric_name(kb: KnowledgeBase, word: str) -> str:
    """The vocabulary's name for ``word`` when it is a metric's name or alias (GDP →
    地区生产总值, 国土面积 → 土地面积); otherwise ``word`` as given."""
    from jjjcli.vocabulary import load_vocabulary

    metric = load_vocabulary(kb.root).resolve(word)
    return metric.name if metric is not None else word


#: a draft larger than this is refused (a long report is a few hundred kilobytes)
MAX_DRAFT = 20_000_000


def read_draft(name: str) -> str:
    """The text of a draft file ('-': stdin), strictly UTF-8; empty or binary is an error."""
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        data = buffer.read(MAX_DRAFT + 1) if buffer is not None else (
            sys.stdin.read(MAX_DRAFT + 1).encode("utf-8"))
        shown = "stdin"
    else:
        path = Path(name)
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_DRAFT + 1)
        except OSError as exc:
            raise JJJError(f"cannot read {name}: {exc.strerror}") from None
        shown = name
    if len(data) > MAX_DRAFT:
        raise JJJError(f"{shown} is larger than {MAX_DRAFT // 1_000_000} MB: split the draft")
    if b"\0" in data:
        raise JJJError(f"{shown} is not text (it holds NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JJJError(f"{shown} is not valid UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise JJJError(f"{shown} is empty: nothing to check")
    return text


def compare_draft(name: str, kb_path: Path | None, fmt: str | None,
                  drafts: bool = False) -> int:
    """``compare --text FILE``: every sentence with a figure, with its line and column."""
    from jjjcli import compare as checker
    from jjjcli.output import default_format
    from jjjcli.verdict import CONTRADICTED, UNSUPPORTED
    from jjjcli.views import DRAFT_FORMATS, render_draft

    requested = fmt or ("lint" if default_format() == "tsv" else None)
    chosen = choose_format(requested, DRAFT_FORMATS)
    draft = read_draft(name)
    kb = load(kb_path, drafts=drafts)
    seen: set[str] = set()
    render_draft(kb, checker.compare_text(kb, draft), chosen, name,
                 lambda result: seen.add(result.verdict))
    if not seen:
        warn(f"no figure to check in {'stdin' if name == '-' else name}")
        return ExitCode.UNSUPPORTED
    if CONTRADICTED in seen:
        return ExitCode.NEGATIVE
    if UNSUPPORTED in seen:
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
           output: Path | None = None, metadata: Path | None = None,
           drafts: bool = False) -> int:
    import contextlib

    from jjjcli import export as exporter
    from jjjcli.files import output_target
    from jjjcli.output import write_json, write_ndjson

    fmt = fmt.lower()
    if fmt not in ("ndjson", "json", "csv", "sqlite"):
        raise JJJError(f"--format must be ndjson, json, csv or sqlite, not {fmt!r}")
    if fmt == "sqlite" and output is None:
        raise JJJError("--format sqlite needs --output PATH")
    if metadata is not None and fmt != "sqlite":
        raise JJJError("--metadata goes with --format sqlite")
    if output is not None:
        output_target(output, binary=fmt == "sqlite")  # refused before any work
    kb = load(kb_path, drafts=drafts)
    if fmt == "sqlite":
        assert output is not None
        count = exporter.write_sqlite(kb, output, metadata)
        sys.stderr.write(f"jjj: wrote {count} claims to {output}\n")
        if metadata is not None:
            sys.stderr.write(f"jjj: wrote Datasette metadata to {metadata} "
                             f"(datasette {output} -m {metadata})\n")
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
