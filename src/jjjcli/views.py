"""How search results and single claims are shown: a table for a person, data for a script."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from jjjcli import output
from jjjcli.figures import is_date, iso_date
from jjjcli.kb import Claim, KnowledgeBase
from jjjcli.search import Hit, Query, highlight_spans, hit_dicts

if TYPE_CHECKING:
    from rich.text import Text

    from jjjcli.conflicts import Conflict, MetricGroup
    from jjjcli.verdict import StatementVerdict

SEARCH_FORMATS = ("table", "json", "ndjson", "tsv", "ids")
SHOW_FORMATS = ("table", "json", "tsv")
TSV_HEADER = ("id", "score", "source", "paragraph", "metric", "subject", "period", "figures",
              "quote", "en")


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
    style = output.highlight_style()
    rich_text = Text(shown)
    for start, end in spans:
        rich_text.stylize(style, start, end)
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


#: the narrowest quote column the search table is drawn with; a terminal too narrow for it
#: gets one block per result instead
MIN_QUOTE_WIDTH = 36


def wrapped(text: str, spans: Sequence[tuple[int, int]], width: int) -> Text:
    """:func:`highlighted` text broken into lines of at most ``width`` cells where
    :mod:`jjjcli.linebreak` allows: never inside an id, a word or a number, never with
    Chinese punctuation alone at the start of a line."""
    from rich.text import Text

    from jjjcli.linebreak import break_lines

    whole = highlighted(text, spans)
    return Text("\n").join(whole[a:b] for a, b in break_lines(whole.plain, width))


def _search_table(query: Query, hits: Sequence[Hit]) -> None:
    from rich.table import Table

    from jjjcli.linebreak import text_width

    console = output.console()
    width = console.width
    id_width = max([len("id / source")] + [len(h.claim.id) for h in hits])
    figure_width = max([len("figures")] + [text_width(f.raw) for h in hits
                                           for f in h.claim.figures])
    figure_width = min(figure_width, 24)
    quote_width = width - id_width - figure_width - 5 - 13  # 4 columns: 13 cells of rules
    if quote_width < MIN_QUOTE_WIDTH:
        _search_blocks(query, hits, width)
        return
    table = Table(show_lines=True, title=None)
    table.add_column("id / source", width=id_width, no_wrap=True)
    table.add_column("quote", width=quote_width, no_wrap=True)
    table.add_column("figures", width=figure_width, no_wrap=True)
    table.add_column("score", justify="right", width=5, no_wrap=True)
    for hit in hits:
        claim = hit.claim
        where = wrapped(f"{claim.source[:3]} ¶{_paragraph_cell(claim)}\n"
                        f"{claim.subject} · {claim.period or '—'}", (), id_width)
        raws = "\n".join(f.raw for f in claim.figures)
        table.add_row(
            output.literal(claim.id) + "\n" + where.plain,
            _quote_and_english(claim, query, hit, quote_width),
            wrapped(raws, highlight_spans(raws, query, hit.matched_figures), figure_width),
            f"{hit.score:.2f}",
        )
    console.print(table)


def _quote_and_english(claim: Claim, query: Query, hit: Hit, width: int) -> Text:
    from jjjcli.linebreak import join_lines

    quote = join_lines(claim.quote)
    shown = wrapped(quote, highlight_spans(quote, query, hit.matched_figures), width)
    shown.append("\n")
    shown.append_text(wrapped(claim.en, (), width))
    return shown


def _search_blocks(query: Query, hits: Sequence[Hit], width: int) -> None:
    """One block per result, for a terminal too narrow for the table: the id on a line
    of its own, then where it comes from, its figures, the quote and the English."""
    from rich.text import Text

    console = output.console()
    for number, hit in enumerate(hits):
        claim = hit.claim
        if number:
            console.print()
        console.print(Text(output.literal(claim.id), style="bold"), soft_wrap=True)
        facts = (f"{claim.source[:3]} ¶{_paragraph_cell(claim)} · {claim.subject} · "
                 f"{claim.period or '—'} · score {hit.score:.2f}")
        raws = " · ".join(f.raw for f in claim.figures)
        spans = [(len(facts) + 3 + a, len(facts) + 3 + b)
                 for a, b in highlight_spans(raws, query, hit.matched_figures)]
        console.print(wrapped(f"{facts} · {raws}" if raws else facts, spans, width),
                      no_wrap=True)
        body = _quote_and_english(claim, query, hit, width - 2)
        console.print(Text("\n").join(Text("  ") + line for line in body.split("\n")),
                      no_wrap=True)


def render_topics(rows: Sequence[dict[str, Any]]) -> None:
    """The topics as a table: the slug (what ``--topic`` takes), its claims, what it
    covers (the only column that wraps)."""
    from rich.table import Table

    from jjjcli.linebreak import text_width

    console = output.console()
    slug = max([len("topic")] + [len(r["topic"]) for r in rows])
    room = max(console.width - slug - 6 - 10, 20)
    width = min(room, max([11] + [text_width(r["description"]) for r in rows]))
    table = Table()
    table.add_column("topic", no_wrap=True, width=slug)
    table.add_column("claims", justify="right", no_wrap=True, width=6)
    table.add_column("description", no_wrap=True, width=width)
    for r in rows:
        table.add_row(output.literal(r["topic"]), str(r["claims"]),
                      wrapped(r["description"], (), width))
    console.print(table)


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
    # the citation key of the reference: the article's, or the for front matter
    data["key"] = article.key if article else source.key
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

    from jjjcli.linebreak import join_lines, text_width

    console = output.console()
    article = data["article"]
    rows = [
        ("metric", claim.metric), ("subject", claim.subject), ("period", claim.period or "—"),
        ("figures", "; ".join(
            f"{f.raw} = {iso_date(f)} (date)" if is_date(f) else
            f"{f.raw} = {f.value:,} {f.unit or ''} ({f.qualifier})".replace(" (exact)", "")
            for f in claim.figures)),
        ("English", claim.en), ("topics", ", ".join(claim.topics)),
        ("source", f"{claim.source}, paragraph {_paragraph_cell(claim)}"),
    ]
    if article and article["title"]:
        rows.append(("article", article["title"]))
    if claim.note:
        rows.append(("note", claim.note))
    rows.append(("cite key", data["key"]))
    name_width = max(len(name) for name, _value in rows)
    # the panel's rules and padding take 4 cells, the grid's gap 2
    value_width = min(max(console.width - 4 - name_width - 2, 20),
                      max(text_width(" ".join(str(v).split())) for _name, v in rows))
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold", width=name_width, no_wrap=True)
    facts.add_column(width=value_width, no_wrap=True)
    for name, value in rows:
        facts.add_row(name, wrapped(" ".join(str(value).split()), (), value_width))
    console.print(Panel(facts, title=Text(output.sanitize(claim.id)), title_align="left",
                        expand=False))
    # the line people copy: outside the box, one line the terminal wraps (soft), so that
    # a copied citation has no rule or line break in it
    cite_line = Text()
    cite_line.append("cite: ", style="bold")
    cite_line.append(output.sanitize(citation))
    console.print(cite_line, soft_wrap=True)
    console.print()
    paragraph = join_lines(str(data["paragraph_text"]))
    console.print(wrapped(paragraph, _quote_span(paragraph, claim.quote), console.width),
                  no_wrap=True)


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

    from jjjcli.linebreak import text_width

    console = output.console()
    title = Text(output.sanitize(result.statement))
    title.append("  ")
    title.append(result.verdict.upper(), style=_VERDICT_STYLE[result.verdict])
    console.print(title)
    if not result.figures:
        console.print(Text(output.sanitize(result.reason)))
        return
    table = Table()
    id_width = max([5] + [len(item.claim.id) for item in result.figures if item.claim])
    figure_width = max([6] + [text_width(i.figure.raw) for i in result.figures]
                       + [text_width(i.expected.raw) for i in result.figures if i.expected])
    # the columns that hold an id or a figure are never narrower than it; what does not fit
    # beside them (the source's figure, the reason) goes below the table
    room = console.width - (figure_width + len("contradicted") + id_width + 10)
    # the source's figure beside its own, under its whole header when that leaves the
    # reason where it would be (beside them, or below the table)
    says_width, whole = figure_width, max(figure_width, len("source says"))
    if room >= whole + 3 and ((room - whole - 6 >= 24) or (room - figure_width - 6 < 24)):
        says_width = whole
    says = room >= says_width + 3
    why_width = room - (says_width + 3 if says else 0) - 3
    beside = why_width >= 24
    table.add_column("figure", no_wrap=True, width=figure_width)
    table.add_column("verdict", no_wrap=True, width=len("contradicted"))
    table.add_column("claim", no_wrap=True, width=id_width)
    if says:
        table.add_column("source says", no_wrap=True, width=says_width)
    if beside:
        table.add_column("why", no_wrap=True, width=why_width)
    for item in result.figures:
        cells: list[Any] = [
            output.sanitize(item.figure.raw),
            Text(item.verdict, style=_VERDICT_STYLE[item.verdict]),
            item.claim.id if item.claim else "—",
        ]
        if says:
            cells.append(output.sanitize(item.expected.raw) if item.expected else "—")
        if beside:
            cells.append(wrapped(" ".join(item.reason.split()), (), why_width))
        table.add_row(*cells)
    console.print(table)
    if not beside:
        for item in result.figures:
            if item.reason:
                console.print(wrapped(f"{item.figure.raw}: {item.reason}", (), console.width),
                              no_wrap=True)
    # the evidence in place: each cited claim's quote, so no one needs `jjj show` to see why
    for claim_id, quote in dict.fromkeys((i.claim.id, i.claim.quote) for i in result.figures
                                         if i.claim):
        line = Text(f"{claim_id}: ", style="bold")
        line.append(output.sanitize(" ".join(quote.split())))
        console.print(line)


def _first(paragraph: int | list[int]) -> int:
    return paragraph if isinstance(paragraph, int) else paragraph[0]


def _claims_blocks(rows: Sequence[dict[str, Any]], where: Sequence[str], width: int) -> None:
    """Claims side by side on a terminal too narrow for the table: one block each, the id
    on a line of its own."""
    from rich.text import Text

    console = output.console()
    for number, (r, at) in enumerate(zip(rows, where, strict=True)):
        if number:
            console.print()
        head = Text(output.literal(r["id"]), style="bold")
        if r["flag"]:
            head.append("  ≠", style="bold red")
        console.print(head, soft_wrap=True)
        figures = " · ".join(" ".join(f["raw"].split()) for f in r["figures"])
        console.print(wrapped(f"{r['metric']} · {r['subject']} · {r['period'] or '—'} · "
                              f"{figures} · {at}", (), width), no_wrap=True)


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

        from jjjcli.linebreak import text_width

        console = output.console()
        id_width = max([5] + [len(r["id"]) for r in rows])
        figure_width = max([7] + [text_width(f["raw"]) for r in rows for f in r["figures"]])
        period_width = max([6] + [len(r["period"]) for r in rows])
        where = [f"{r['source'][:3]} ¶{_first(r['paragraph'])}" for r in rows]
        where_width = max([8] + [len(w) for w in where])
        # six columns take 19 cells of rules; the metric and subject take what is left
        metric_width = (console.width - 19 - id_width - figure_width - period_width
                        - where_width - 4)
        metric_width = min(metric_width, max(
            text_width(f"{r['metric']} · {r['subject']}") for r in rows))
        if metric_width < 12:
            _claims_blocks(rows, where, console.width)
        else:
            table = Table(show_lines=True)
            for name, size in (("metric · subject", metric_width), ("period", period_width),
                               ("figures", figure_width), ("claim", id_width),
                               ("source ¶", where_width), ("flag", 4)):
                table.add_column(name, width=size, no_wrap=True)
            for r, at in zip(rows, where, strict=True):
                table.add_row(
                    wrapped(f"{r['metric']} · {r['subject']}", (), metric_width),
                    r["period"] or "—",
                    output.literal("\n".join(" ".join(f["raw"].split()) for f in r["figures"])),
                    r["id"], at, Text("≠", style="bold red") if r["flag"] else "",
                )
            console.print(table)
        # which claims disagree, below the table: ids are too long to share a cell
        for r in rows:
            if r["disagrees_with"]:
                line = Text(f"{r['id']} ≠ ", style="bold red")
                line.append(", ".join(r["disagrees_with"]))
                console.print(line, soft_wrap=True)
        return flagged
        output.console().print(table)
    return flagged


CONFLICT_FORMATS = ("table", "json", "ndjson", "tsv")
CONFLICT_TSV_HEADER = ("metric", "subject", "period", "id", "figures", "source", "paragraph",
                       "disagrees_with", "quote")


def render_conflicts(conflicts: Sequence[Conflict], fmt: str) -> None:
    """Where the sources disagree: a list of {metric, subject, period, claims} (json), one
    such object a line (ndjson), one claim a line (tsv), or a table per conflict."""
    if fmt == "json":
        output.write_json([c.to_dict() for c in conflicts])
    elif fmt == "ndjson":
        output.write_ndjson(c.to_dict() for c in conflicts)
    elif fmt == "tsv":
        output.write_tsv(CONFLICT_TSV_HEADER, (
            [c.metric, c.subject, c.period, claim.id, [f.raw for f in claim.figures],
             claim.source, _paragraph_cell(claim), c.others(claim.id),
             " ".join(claim.quote.split())]
            for c in conflicts for claim in c.claims))
    else:
        _conflict_tables(conflicts)


def _conflict_tables(conflicts: Sequence[Conflict]) -> None:
    from rich.table import Table
    from rich.text import Text

    console = output.console()
    for conflict in conflicts:
        title = f"{conflict.metric} · {conflict.subject} · {conflict.period or 'no date'}"
        table = Table(title=output.sanitize(title), title_justify="left", expand=True,
                      show_lines=True)
        table.add_column("claim / source", ratio=2, overflow="fold")
        table.add_column("figure", ratio=1, overflow="fold")
        table.add_column("quote", ratio=5, overflow="fold")
        table.add_column("disagrees with", ratio=2, overflow="fold")
        for claim in conflict.claims:
            table.add_row(
                output.literal(f"{claim.id}\n{claim.source[:3]} ¶{_paragraph_cell(claim)}"),
                Text(output.literal("; ".join(f.raw for f in claim.figures)), style="bold"),
                output.literal(" ".join(claim.quote.split())),
                Text("≠ " + ", ".join(conflict.others(claim.id)), style="bold red"),
            )
        console.print(table)


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
    from jjjcli.linebreak import text_width

    rows = []
    for item in checked.result.figures:
        line, column = checked.position(item)
        # the evidence: why (the source's figure, or what is missing) and the claim's quote
        evidence = " ".join(part for part in (
            item.reason, f"“{' '.join(item.claim.quote.split())}”" if item.claim else "")
            if part)
        rows.append((f"{line}:{column}", output.sanitize(item.figure.raw), item,
                     output.sanitize(evidence), item.claim.id if item.claim else "—"))
    # ids, figures and positions are never broken; the evidence wraps beside them, or, on
    # a terminal too narrow for that, each figure is a block with its evidence below
    where_width = max([8] + [len(r[0]) for r in rows])
    figure_width = max([6] + [text_width(r[1]) for r in rows])
    id_width = max([5] + [len(r[4]) for r in rows])
    fixed = where_width + figure_width + len("contradicted") + id_width + 16
    if console.width - fixed >= MIN_QUOTE_WIDTH:
        table = Table()
        table.add_column("line:col", no_wrap=True, width=where_width)
        table.add_column("figure", no_wrap=True, width=figure_width)
        table.add_column("verdict", no_wrap=True, width=len("contradicted"))
        table.add_column("the source says", no_wrap=True, width=console.width - fixed)
        table.add_column("claim", no_wrap=True, width=id_width)
        for where_at, raw, item, evidence, claim_id in rows:
            table.add_row(where_at, raw, Text(item.verdict, style=_VERDICT_STYLE[item.verdict]),
                          wrapped(evidence, (), console.width - fixed), claim_id)
        console.print(table)
        return
    for where_at, raw, item, evidence, claim_id in rows:
        head = Text(f"{where_at}  {raw}  ")
        head.append(item.verdict, style=_VERDICT_STYLE[item.verdict])
        # the id on the same line where it fits, else on its own line: never broken
        head.append(f"  {claim_id}" if head.cell_len + 2 + len(claim_id) <= console.width
                    else f"\n  {claim_id}")
        console.print(head, soft_wrap=True)
        body = wrapped(evidence, (), console.width - 2)
        console.print(Text("\n").join(Text("  ") + part for part in body.split("\n")),
                      no_wrap=True)
