"""`jjj add FILE`: a new source text into a knowledge base, with drafted claims.

1. The text is read (UTF-8, or converted from ``--encoding``) and refused if the base
   already holds the same content.
2. It is copied into ``sources/`` as ``NNN_<hash>.txt`` (the next free number, the first 16
   hex digits of the SHA-256 of the stored bytes).
3. It is registered in ``sources.toml``: the metadata given on the command line, each value
   with the paragraph that prints it (a given date as its date line prints it,
   2024年02月26日), or paragraph 0 with ``from`` when the text does not; and what the text
   prints (date line and the 来源 and 作者 beside it, bylines, credits, dateline, issue),
   found by :mod:`jjjcli.authoring.printed`.
4. Its claims are drafted (:mod:`jjjcli.authoring.drafting`) into ``claims/NNN.toml``,
   each ``status = "draft"``; a framing duration (十年来) gets an ``[[exclude]]`` there
   with its reason instead.

Every file is written to a temporary name and renamed into place, sources.toml last, so
an interrupted add leaves the base as it was (at worst an unregistered text in sources/,
which a second add replaces).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from jjjcli.authoring import tomlwrite
from jjjcli.authoring.drafting import EXCLUDED, Draft, MetricChooser, draft_claims
from jjjcli.authoring.encoding import source_text
from jjjcli.authoring.printed import Found, find_printed
from jjjcli.errors import JJJError
from jjjcli.kb import default_root, open_root
from jjjcli.record import Record
from jjjcli.text import Paragraph, compact, split_paragraphs

#: metadata a user may give on the command line: option name → sources.toml field
SOURCE_FIELDS = ("publication", "date", "issue", "year", "page", "url")
ARTICLE_FIELDS = ("title", "page")
_NUMBERED = re.compile(r"^(\d{3,})_")


class Added(Record):
    """What `jjj add` did."""

    __slots__ = ("file", "paragraphs", "figures", "drafts", "dates", "metadata", "claims_file",
                 "excluded")

    file: str
    paragraphs: int
    figures: int
    drafts: int
    dates: int
    metadata: list[Found]
    claims_file: str
    excluded: dict[str, int]  # kind (drafting.EXCLUDED) → figures given an [[exclude]]

    def __init__(self, file: str, paragraphs: int, figures: int, drafts: int, dates: int,
                 metadata: list[Found], claims_file: str,
                 excluded: dict[str, int] | None = None) -> None:
        self.file = file
        self.paragraphs = paragraphs
        self.figures = figures
        self.drafts = drafts
        self.excluded = excluded or {}
        self.dates = dates
        self.metadata = metadata
        self.claims_file = claims_file


def add_source(
    kb_path: str | os.PathLike[str] | None, file: Path, *, encoding: str | None = None,
    given: Mapping[str, str] | None = None, authors: tuple[str, ...] = (),
    progress: Callable[[int, int], None] | None = None,
) -> Added:
    given = dict(given or {})
    if given.get("date"):
        from jjjcli.authoring.printed import iso_date

        date = iso_date(given["date"])
        if date is None:
            raise JJJError(f"--date {given['date']!r} is not a date: give YYYY-MM-DD, YYYY-MM "
                           "or YYYY (2024-02-26)")
        given["date"] = date
    root = open_root(kb_path)
    if root.resolve() == default_root().resolve():
        raise JJJError("jjj add does not change the knowledge base installed with jjj: make "
                       "your own with `jjj init DIR` (or `jjj init DIR --from-shipped`) and "
                       "add to it with --kb DIR")
    if not (root / "sources.toml").is_file():
        raise JJJError(f"{root} is not a knowledge base (no sources.toml): "
                       "make one with `jjj init DIR`")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise JJJError(f"cannot read {file}: {exc.strerror or exc}") from exc
    stored, text = source_text(data, encoding)
    if not text.strip():
        raise JJJError(f"{file} holds no text")
    digest = hashlib.sha256(stored).hexdigest()
    folder = root / "sources"
    folder.mkdir(exist_ok=True)
    number = _duplicate_or_next(folder, stored)
    name = f"{number}_{digest[:16]}.txt"
    paragraphs = split_paragraphs(text)
    printed = find_printed(paragraphs)
    chooser = MetricChooser(_vocabulary(root))
    # the year the article was printed: the date given, else its date line's
    date = given.get("date") or next((f.value for f in printed if f.field in ("date", "year")),
                                     "")
    drafts = list(draft_claims(name, number, paragraphs, chooser, progress,
                               int(date[:4]) if date[:4].isdigit() else None))
    claims_path = root / "claims" / f"{number}.toml"
    if claims_path.exists():
        raise JJJError(f"{claims_path} already exists: remove it or add the text again "
                       "under another number")
    entry = _source_entry(name, paragraphs, printed, given, authors)
    _write(folder / name, stored)
    try:
        claims_path.parent.mkdir(exist_ok=True)
        _write(claims_path, _claims_toml(name, drafts).encode("utf-8"))
        sources_toml = root / "sources.toml"
        current = sources_toml.read_bytes()
        glue = b"" if current.endswith(b"\n\n") or not current else (
            b"\n" if current.endswith(b"\n") else b"\n\n")
        _write(sources_toml, current + glue + entry.encode("utf-8"))
    except BaseException:
        (folder / name).unlink(missing_ok=True)
        claims_path.unlink(missing_ok=True)
        raise
    excluded = {kind: sum(1 for d in drafts if d.kind == kind) for kind in EXCLUDED}
    return Added(name, len(paragraphs), sum(1 for d in drafts if d.kind != "date"),
                 len(drafts) - sum(excluded.values()),
                 sum(1 for d in drafts if d.kind == "date"), printed,
                 str(claims_path.relative_to(root)), {k: n for k, n in excluded.items() if n})


def _duplicate_or_next(folder: Path, stored: bytes) -> str:
    """The next free source number; JJJError when a source holds the same text."""
    numbers = [0 - 1]
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        m = _NUMBERED.match(path.name)
        if m:
            numbers.append(int(m.group(1)))
        if path.stat().st_size == len(stored) and path.read_bytes() == stored:
            raise JJJError(f"the knowledge base already holds this text, as {path.name}")
    return f"{max(numbers) + 1:03d}"


def _vocabulary(root: Path) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(name, aliases, units) of each metric: from metrics.toml, or, in a base without
    one, the metrics its claims use."""
    import importlib

    try:
        module = importlib.import_module("jjjcli.vocabulary")
    except ImportError:
        module = None
    if module is not None and (root / "metrics.toml").is_file():
        vocabulary = module.load_vocabulary(root)
        return [(m.name, tuple(m.aliases), tuple(m.units))
                for m in vocabulary.metrics.values()]
    from jjjcli.kb import load_kb

    units: dict[str, set[str]] = {}
    for claim in load_kb(root, lenient=True):
        found = units.setdefault(claim.metric, set())
        found.update(f.unit for f in claim.figures if f.unit)
    return [(metric, (), tuple(sorted(u))) for metric, u in units.items()]


def _printed_value(value: str, paragraphs: list[Paragraph], origin: str,
                   printed: str | None = None) -> dict[str, Any]:
    """A metadata value with the first paragraph that prints it, else paragraph 0."""
    wanted = compact(printed or value)
    for paragraph in paragraphs:
        if wanted and wanted in compact(paragraph.text):
            out: dict[str, Any] = {"value": value}
            if printed and printed != value:
                out["printed"] = printed
            out["paragraph"] = paragraph.number
            return out
    return {"value": value, "paragraph": 0, "from": origin}


def _source_entry(name: str, paragraphs: list[Paragraph], printed: list[Found],
                  given: Mapping[str, str], authors: tuple[str, ...]) -> str:
    from jjjcli.kb import ARTICLE_FIELDS, METADATA_FIELDS

    origin = "given to jjj add"
    source: dict[str, Any] = {"file": name}
    evidence = next((f for f in printed if f.field == "evidence"), None)
    if evidence:
        source["kind"] = "newspaper"
        source["evidence"] = {"value": evidence.value, "paragraph": evidence.paragraph}
    found = {f.field: f for f in reversed(printed)}  # the first of each kind
    for field in METADATA_FIELDS:
        f = found.get(field)
        if given.get(field) and not (f and f.value == given[field]):
            # (a value the text prints otherwise, 2024年02月26日 for 2024-02-26, is found
            # as printed below)
            source[field] = _printed_value(given[field], paragraphs, origin)
        elif f:
            source[field] = {"value": f.value, **({"printed": f.printed}
                                                  if f.printed != f.value else {}),
                             "paragraph": f.paragraph}
    article: dict[str, Any] = {"id": f"{name[:3]}-a1",
                               "paragraphs": [1, max(len(paragraphs), 1)]}
    if given.get("title"):
        article["title"] = _printed_value(given["title"], paragraphs, origin)
    elif "title" in found:  # the headline above the byline or date line
        article["title"] = {"value": found["title"].value,
                            "paragraph": found["title"].paragraph}
    # a wire story's agency and dateline, a reprint's origin: the article's own
    for field in ("agency", "dateline", "original_publication", "original_date"):
        if field in found and field in ARTICLE_FIELDS:
            f = found[field]
            article[field] = {"value": f.value, **({"printed": f.printed}
                                                   if f.printed != f.value else {}),
                              "paragraph": f.paragraph}
    names = list(authors) or [f.value for f in printed if f.field == "author"]
    if names:
        article["authors"] = [
            _printed_value(n, paragraphs, origin) if authors else
            {"value": n, "paragraph": next(f.paragraph for f in printed
                                           if f.field == "author" and f.value == n)}
            for n in names]
    notes = [f"# {name}: registered by jjj add."]
    unknown = [f for f in given if given[f] and f not in METADATA_FIELDS
               and f not in ("title", "author")]
    if unknown:
        notes.append("# Given but not a sources.toml field yet: " + ", ".join(
            f"{f} = {given[f]}" for f in unknown))
    return ("\n".join(notes) + "\n" + tomlwrite.table("source", source) + "\n"
            + tomlwrite.table("source.article", article))


def _claims_toml(name: str, drafts: list[Draft]) -> str:
    header = (f"# Draft claims for {name}, written by jjj add. Review each: check the quote\n"
              "# carries the metric, subject and period; fix metric (from metrics.toml),\n"
              "# subject and period; write en and topics; then delete its status line.\n"
              "# Delete a draft that is not a substantive figure, or add an [[exclude]].\n"
              "# A framing duration (十年来) or a number of the page's header (第1版) has an\n"
              "# [[exclude]] at the end instead of a draft;\n"
              "# where the duration is itself the fact, make it a claim.\n")
    tables = [tomlwrite.table("claim", d.fields(), multiline=("figures",))
              for d in drafts if d.kind not in EXCLUDED]
    # a framing duration (十年来), a number of the page's header, is no claim: its
    # [[exclude]] says why, for the reviewer
    tables += [tomlwrite.table("exclude", d.fields()) for d in drafts if d.kind in EXCLUDED]
    return header + "\n" + "\n".join(tables)


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".jjj-tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
