"""`jjj sources`: the sources, their articles and the metadata they print."""

from __future__ import annotations

from typing import Any

from jjjcli.kb import KnowledgeBase, Printed, Source


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
    return {
        "file": source.file,
        "kind": source.kind,
        "paragraphs": len(source.paragraphs),
        **{name: _printed(value) for name, value in source.metadata.items()},
        "articles": [
            {
                "id": a.id,
                "paragraphs": [a.first, a.last],
                "title": _printed(a.title),
                "authors": [_printed(x) for x in a.authors],
                "page": _printed(a.page),
                "section": _printed(a.section),
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
                s.meta("date") or "", a.id, f"{a.first}-{a.last}",
                a.title.value if a.title else "", ", ".join(x.value for x in a.authors),
                a.page.value if a.page else "",
            ])
    header = ["file", "kind", "publication", "issue", "date", "article", "paragraphs",
              "title", "authors", "page"]
    if fmt == "tsv":
        output.write_tsv(header, rows)
        return
    from rich.table import Table

    table = Table(title=f"{len(kb.sources)} sources, {len(kb)} claims", show_lines=False)
    for name in header:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*row)
    output.console().print(table)
