"""How search results and single claims are shown: a table for a person, data for a script."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from jjjcli import output
from jjjcli.kb import Claim, KnowledgeBase
from jjjcli.search import Hit, Query, highlight_spans, hit_dicts

if TYPE_CHECKING:
    from rich.text import Text

    from jjjcli.compare import MetricGroup, StatementVerdict

SEARCH_FORMATS = ("table", "json", "ndjson", "tsv", "ids")
SHOW_FORMATS = ("table", "json", "tsv")
TSV_HEADER = ("id", "score", "source", "paragraph", "metric", "subject", "period", "figures",
              "quote", "en")
HIGHLIGHT = "bold yellow"


def _paragraph_cell(claim: Claim) -> str:
    return str(claim.first) if claim.first == claim.last else f"{claim.first}-{claim.last}"


def claim_tsv_row(claim: Claim, score: float | None) -> list[Any]:
    return [
        claim.id, "" if score is None else f"{score:.4f}", claim.source, _paragraph_cell(claim),
        claim.metric, claim.subject, claim.period, [f.raw for f in claim.figures],
        " ".join(claim.quote.split()), claim.en,
    ]


def highlighted(text: str, spans: Sequence[tuple[int, int]]) -> Text:
    """Literal text (never markup, control characters shown as escapes), with the given
    spans styled."""
    from rich.text import Text

    shown, spans = output.literal_spans(text, spans)
    rich_text = Text(shown)
    for start, end in spans:
        rich_text.stylize(HIGHLIGHT, start, end)
    return rich_text


def render_search(query: Query, hits: Sequence[Hit], fmt: str) -> None:
    if fmt == "json":
        output.write_json({"query": query.text, "results": hit_dicts(hits)})
    elif fmt == "ndjson":
        output.write_ndjson(hit_dicts(hits))
    elif fmt == "ids":
        for hit in hits:
            output.write_line(hit.claim.id)
    elif fmt == "tsv":
        output.write_tsv(TSV_HEADER, (claim_tsv_row(h.claim, h.score) for h in hits))
    else:
        _search_table(query, hits)


def _search_table(query: Query, hits: Sequence[Hit]) -> None:
    from rich.table import Table

    table = Table(show_lines=True, title=None, expand=True)
    table.add_column("id / source", ratio=2, overflow="fold")
    table.add_column("quote", ratio=5, overflow="fold")
    table.add_column("figures", ratio=2, overflow="fold")
    table.add_column("score", justify="right", width=5)
    for hit in hits:
        claim = hit.claim
        quote = " ".join(claim.quote.split())
        where = (f"{claim.id}\n{claim.source[:3]} ¶{_paragraph_cell(claim)}\n"
                 f"{claim.subject} · {claim.period or '—'}")
        figures = highlighted(
            "\n".join(f.raw for f in claim.figures),
            highlight_spans("\n".join(f.raw for f in claim.figures), query, hit.matched_figures),
        )
        table.add_row(
            output.literal(where),
            highlighted(quote + "\n" + claim.en,
                        highlight_spans(quote, query, hit.matched_figures)),
            figures, f"{hit.score:.2f}",
        )
    output.console().print(table)


def show_dict(kb: KnowledgeBase, claim: Claim) -> dict[str, Any]:
    data = claim.to_dict()
    source = kb.sources[claim.source]
    article = kb.article_of(claim)
    data["article"] = None if article is None else {
        "id": article.id,
        "title": article.title.value if article.title else None,
        "authors": [a.value for a in article.authors],
        "page": article.page.value if article.page else None,
    }
    data["paragraph_text"] = "\n\n".join(source.paragraph_text(claim.first, claim.last))
    data["publication"] = source.meta("publication")
    return data


def render_show(kb: KnowledgeBase, claim: Claim, fmt: str, citation: str) -> None:
    data = show_dict(kb, claim)
    data["citation"] = citation
    if fmt == "json":
        output.write_json(data)
        return
    if fmt == "tsv":
        output.write_tsv(TSV_HEADER, [claim_tsv_row(claim, None)])
        return
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    console = output.console()
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    article = data["article"]
    rows = [
        ("metric", claim.metric), ("subject", claim.subject), ("period", claim.period or "—"),
        ("figures", "; ".join(
            f"{f.raw} = {f.value:,} {f.unit or ''} ({f.qualifier})".replace(" (exact)", "")
            for f in claim.figures)),
        ("English", claim.en), ("topics", ", ".join(claim.topics)),
        ("source", f"{claim.source}, paragraph {_paragraph_cell(claim)}"),
    ]
    if article and article["title"]:
        rows.append(("article", article["title"]))
    if claim.note:
        rows.append(("note", claim.note))
    rows.append(("cite", citation))
    for name, value in rows:
        facts.add_row(name, output.sanitize(str(value)))
    console.print(Panel(facts, title=Text(output.sanitize(claim.id)), title_align="left"))
    paragraph = " ".join(str(data["paragraph_text"]).split("\n"))
    console.print(highlighted(paragraph, _quote_span(paragraph, claim.quote)))


def _quote_span(paragraph: str, quote: str) -> list[tuple[int, int]]:
    """Where the quote lies in the paragraph, whitespace ignored."""
    positions = [i for i, ch in enumerate(paragraph) if not ch.isspace()]
    compact_paragraph = "".join(paragraph[i] for i in positions)
    needle = "".join(quote.split())
    at = compact_paragraph.find(needle)
    if at < 0 or not needle:
        return []
    return [(positions[at], positions[at + len(needle) - 1] + 1)]


COMPARE_FORMATS = ("table", "json", "ndjson", "tsv")
COMPARE_TSV_HEADER = ("verdict", "statement", "figures", "evidence", "reason")
_VERDICT_STYLE = {"supported": "green", "contradicted": "bold red", "unsupported": "yellow"}


def compare_tsv_row(result: StatementVerdict) -> list[Any]:
    return [
        result.verdict, " ".join(result.statement.split()),
        [f"{f.figure.raw}={f.verdict}" for f in result.figures], result.evidence, result.reason,
    ]


def render_verdicts(results: Iterable[StatementVerdict], fmt: str,
                    on_result: Callable[[StatementVerdict], None]) -> None:
    """Write each verdict as it comes (a pipeline sees results line by line)."""
    if fmt == "tsv":
        output.write_tsv(COMPARE_TSV_HEADER, [])
    for result in results:
        on_result(result)
        if not result.figures:
            output.warn(f"no figure to check in {' '.join(result.statement.split())[:60]!r}")
        if fmt == "json":
            output.write_json(result.to_dict())
        elif fmt == "ndjson":
            output.write_ndjson([result.to_dict()])
        elif fmt == "tsv":
            output.write_tsv(None, [compare_tsv_row(result)])
        else:
            _verdict_table(result)
        output.flush()


def _verdict_table(result: StatementVerdict) -> None:
    from rich.table import Table
    from rich.text import Text

    console = output.console()
    title = Text(output.sanitize(result.statement))
    title.append("  ")
    title.append(result.verdict.upper(), style=_VERDICT_STYLE[result.verdict])
    console.print(title)
    if not result.figures:
        console.print(Text(output.sanitize(result.reason)))
        return
    table = Table(expand=True)
    for name in ("figure", "verdict", "claim", "source says", "why", "quote"):
        table.add_column(name, overflow="fold")
    for item in result.figures:
        table.add_row(
            output.sanitize(item.figure.raw),
            Text(item.verdict, style=_VERDICT_STYLE[item.verdict]),
            item.claim.id if item.claim else "—",
            output.sanitize(item.expected.raw) if item.expected else "—",
            output.sanitize(item.reason),
            output.sanitize(item.claim.quote) if item.claim else "—",
        )
    console.print(table)


def render_claims_side_by_side(groups: Sequence[MetricGroup], fmt: str) -> int:
    """Claims grouped by metric and subject; returns how many disagreements were flagged."""
    flagged = 0
    rows: list[dict[str, Any]] = []
    for group in groups:
        conflicts = group.disagreements()
        flagged += len(conflicts)
        conflicting = {c.id for pair in conflicts for c in pair}
        for claim in group.claims:
            data = claim.to_dict()
            data["disagrees_with"] = sorted(
                {b.id if a.id == claim.id else a.id for a, b in conflicts
                 if claim.id in (a.id, b.id)})
            data["flag"] = "disagreement" if claim.id in conflicting else ""
            rows.append(data)
    if fmt == "json":
        output.write_json({"claims": rows, "disagreements": flagged})
    elif fmt == "ndjson":
        output.write_ndjson(rows)
    elif fmt == "tsv":
        output.write_tsv(
            ("id", "metric", "subject", "period", "figures", "source", "paragraph", "flag",
             "disagrees_with"),
            ([r["id"], r["metric"], r["subject"], r["period"], [f["raw"] for f in r["figures"]],
              r["source"], r["paragraph"], r["flag"], r["disagrees_with"]] for r in rows),
        )
    else:
        from rich.table import Table
        from rich.text import Text

        table = Table(expand=True, show_lines=True)
        for name in ("metric · subject", "period", "figures", "claim", "source ¶", "flag"):
            table.add_column(name, overflow="fold")
        for r in rows:
            paragraph = r["paragraph"]
            table.add_row(
                output.sanitize(f"{r['metric']} · {r['subject']}"), r["period"] or "—",
                output.sanitize("; ".join(f["raw"] for f in r["figures"])), r["id"],
                f"{r['source'][:3]} ¶{paragraph if isinstance(paragraph, int) else paragraph[0]}",
                Text("≠ " + ", ".join(r["disagrees_with"]), style="bold red")
                if r["flag"] else "",
            )
        output.console().print(table)
    return flagged


DRAFT_FORMATS = ("table", "lint", "tsv", "json", "ndjson", "claimreview")
DRAFT_TSV_HEADER = ("file", "line", "column", "verdict", "figure", "expected", "claim",
                    "reason", "sentence")


def lint_line(name: str, line: int, column: int, item: Any) -> str:
    """``draft.md:12:8: contradicted: 11万亿元 — the source says 10.4万亿元 (id)``: the
    shape editors and linters read."""
    claim = f" ({item.claim.id})" if item.claim else ""
    if item.verdict == "contradicted" and item.expected is not None:
        when = f" for {item.claim.period}" if item.claim and item.claim.period else ""
        message = f"the source says {item.expected.raw}{when}"
    elif item.verdict == "supported" and item.expected is not None:
        message = f"the source says {item.expected.raw}"
    else:
        message = item.reason
    return output.sanitize(f"{name}:{line}:{column}: {item.verdict}: {item.figure.raw} — "
                           f"{message}{claim}")


def render_draft(kb: KnowledgeBase, checked: Iterable[Any], fmt: str, name: str,
                 on_result: Callable[[Any], None]) -> None:
    """Each checked sentence of a draft as it comes (``compare --text``)."""
    rows: list[dict[str, Any]] = []
    if fmt == "tsv":
        output.write_tsv(DRAFT_TSV_HEADER, [])
    for sentence in checked:
        on_result(sentence.result)
        if fmt == "json":
            rows.append(sentence.to_dict())
            continue
        if fmt == "ndjson":
            output.write_ndjson([sentence.to_dict()])
        elif fmt == "claimreview":
            from jjjcli.claimreview import claim_reviews

            output.write_ndjson(claim_reviews(kb, sentence, name))
        elif fmt == "lint":
            for item in sentence.result.figures:
                line, column = sentence.position(item)
                output.write_line(lint_line(name, line, column, item))
            if not sentence.result.figures:
                output.write_line(output.sanitize(
                    f"{name}:{sentence.sentence.line}:{sentence.sentence.column}: "
                    f"{sentence.result.verdict}: {sentence.result.reason}"))
        elif fmt == "tsv":
            output.write_tsv(None, [
                [name, *sentence.position(item), item.verdict, item.figure.raw,
                 item.expected.raw if item.expected else "",
                 item.claim.id if item.claim else "", item.reason,
                 " ".join(sentence.sentence.original.split())]
                for item in sentence.result.figures])
        else:
            _draft_table(name, sentence)
        output.flush()
    if fmt == "json":
        output.write_json({"file": name, "sentences": rows})


def _draft_table(name: str, checked: Any) -> None:
    from rich.table import Table
    from rich.text import Text

    sentence = checked.sentence
    where = sentence.where
    spans = [(where[item._stated.start], where[item._stated.end - 1] + 1)
             for item in checked.result.figures
             if item._stated is not None and item._stated.end <= len(where)]
    title = Text(f"{name}:{sentence.line}:{sentence.column}  ")
    title.append(checked.result.verdict.upper(),
                 style=_VERDICT_STYLE[checked.result.verdict])
    console = output.console()
    console.print(title)
    console.print(highlighted(sentence.original, spans))
    table = Table(expand=True)
    for column in ("line:col", "figure", "verdict", "the source says", "claim"):
        table.add_column(column, overflow="fold")
    for item in checked.result.figures:
        line, column = checked.position(item)
        evidence = output.sanitize(item.claim.quote) if item.claim else output.sanitize(
            item.reason)
        table.add_row(
            f"{line}:{column}", output.sanitize(item.figure.raw),
            Text(item.verdict, style=_VERDICT_STYLE[item.verdict]), evidence,
            item.claim.id if item.claim else "—")
    console.print(table)
