"""`jjj sources`: the sources, their articles and the metadata they print."""

from __future__ import annotations

from typing import Any

from jjjcli.kb import KnowledgeBase, Printed, Source

_NONE = Printed("", 0, "")


def _printed(value: Printed | None) -> dict[str, Any] | None:
    if value is None:
        return None
    data: dict[str, Any] = {"value": value.value, "paragraph": value.paragraph}
    if value.printed != value.value:
        data["printed"] = value.printed
    if value.origin:
        data["from"] = value.origin
    return data


def source_dict(source: Source) -> dict[str, Any]:
    """A source as ``jjj sources --format json`` gives it: each metadata value with the
    paragraph that prints it, the citation key of the issue and of each article."""
    return {
        "file": source.file,
        "kind": source.kind,
        "key": source.key,
        "paragraphs": len(source.paragraphs),
        **{name: _printed(value) for name, value in source.metadata.items()},
        "articles": [
            {
                "id": a.id,
                "key": a.key,
                "paragraphs": [a.first, a.last],
                "title": _printed(a.title),
                "authors": [_printed(x) for x in a.authors],
                "page": _printed(a.page),
                "section": _printed(a.section),
                **{name: _printed(value) for name, value in a.metadata.items()},
            }
            for a in source.articles
        ],
    }


def render_sources(kb: KnowledgeBase, fmt: str) -> None:
    from jjjcli import output

    counts: dict[str, int] = {}
    for claim in kb:
        counts[claim.source] = counts.get(claim.source, 0) + 1
    if fmt == "json":
        output.write_json([{**source_dict(s), "claims": counts.get(s.file, 0)}
                           for s in kb.sources.values()])
        return
    rows = []
    for s in kb.sources.values():
        for a in s.articles or ():
            rows.append([
                s.file, s.kind, s.meta("publication") or "", s.meta("issue") or "",
                (s.printed("date", a) or _NONE).value, a.id, f"{a.first}-{a.last}",
                a.title.value if a.title else "", ", ".join(x.value for x in a.authors),
                a.page.value if a.page else "", a.key,
            ])
    header = ["file", "kind", "publication", "issue", "date", "article", "paragraphs",
              "title", "authors", "page", "key"]
    if fmt == "tsv":
        output.write_tsv(header, rows)
        return
    _sources_table(kb, counts)


def _sources_table(kb: KnowledgeBase, counts: dict[str, int]) -> None:
    """One block per source: a line on the source and what it prints, then its articles
    in a table whose title and authors columns take the width left (ids, paragraph
    ranges and pages are never broken)."""
    from rich.table import Table
    from rich.text import Text

    from jjjcli import output
    from jjjcli.linebreak import text_width
    from jjjcli.views import wrapped

    console = output.console()
    width = console.width
    console.print(Text(f"{len(kb.sources)} sources, {len(kb)} claims", style="bold"))
    for s in kb.sources.values():
        console.print()
        head = [s.file, s.kind, f"{len(s.articles)} articles", f"{counts.get(s.file, 0)} claims"]
        printed = [f"{name} {value.printed or value.value}"
                   for name, value in s.metadata.items() if value]
        line = wrapped(" · ".join(head), (), width)
        line.stylize("bold", 0, len(s.file))
        console.print(line, no_wrap=True)
        if printed:
            console.print(wrapped(" · ".join(printed), (), width), no_wrap=True)
        if not s.articles:
            continue
        rows = [(a.id, f"{a.first}-{a.last}", a.page.value if a.page else "",
                 a.title.value if a.title else "", "\n".join(x.value for x in a.authors))
                for a in s.articles]
        fixed = [max(len(name), *(text_width(r[i]) for r in rows))
                 for i, name in enumerate(("article", "¶", "page"))]
        natural = [max(len(name), *(text_width(line) for r in rows
                                    for line in r[i].split("\n")))
                   for i, name in ((3, "title"), (4, "authors"))]
        room = max(width - sum(fixed) - 16, 20)  # five columns: 16 cells of rules
        authors = min(natural[1], max(10, room * 3 // 10))
        title = min(natural[0], room - authors)
        authors = min(natural[1], room - title)
        table = Table(show_lines=any("\n" in r[4] for r in rows))
        for name, size in zip(("article", "¶", "page", "title", "authors"),
                              (*fixed, title, authors), strict=True):
            table.add_column(name, width=size, no_wrap=True)
        for row in rows:
            table.add_row(*row[:3], wrapped(row[3], (), title), wrapped(row[4], (), authors))
        console.print(table)
