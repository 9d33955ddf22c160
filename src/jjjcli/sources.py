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
    from rich.table import Table

    table = Table(title=f"{len(kb.sources)} sources, {len(kb)} claims", show_lines=False)
    for name in header:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*row)
    output.console().print(table)
