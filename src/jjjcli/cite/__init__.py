"""Citations of claims: the article (or, for front matter, the issue) is the reference,
each claim a pinpoint in it (its paragraph as ``jjj show`` numbers it in the source file).

``cite(kb, claims, style=…, fmt=…, quote=…)`` returns a :class:`Citations`: the text to
print and one warning per work whose source does not print some of the metadata a
citation needs. The parts:

- ``model``: the work cited and what its source prints, grouped from the claims;
- ``chinese``: GB/T 7714-2015 and the Chinese footnote form (``plain``, ``markdown``);
- ``english``: APA, Chicago and MLA;
- ``records``: CSL-JSON, BibTeX, biblatex, RIS and pandoc citations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from jjjcli.cite import chinese, english, records
from jjjcli.cite.model import (
    UNTITLED,
    Cited,
    Pinpoint,
    PubDate,
    Work,
    group,
    pinpoints,
    resolve_claims,
    work_of,
)
from jjjcli.errors import JJJError
from jjjcli.kb import Claim, KnowledgeBase
from jjjcli.output import json_text
from jjjcli.record import Record

__all__ = [
    "DEFAULT_STYLE", "FORMATS", "STYLES", "UNTITLED", "Citations", "Cited", "PubDate", "Work",
    "check_options", "cite", "group", "pinpoints", "resolve_claims", "work_of",
]

STYLES = ("gbt7714", "apa", "chicago", "mla", "plain", "markdown")
FORMATS = ("text", "pandoc", "csl-json", "bibtex", "biblatex", "ris")
DEFAULT_STYLE = "gbt7714"  # the national standard, what a Chinese-language outlet expects
ENGLISH_STYLES = ("apa", "chicago", "mla")

_TEXT_STYLES: dict[str, Callable[[list[Pinpoint], bool], str]] = {
    "gbt7714": chinese.gbt7714, "apa": english.apa, "chicago": english.chicago,
    "mla": english.mla, "plain": chinese.plain, "markdown": chinese.markdown,
}


class Citations(Record):
    """What to print, and one warning per work whose source leaves fields unprinted."""

    __slots__ = ("text", "warnings")

    text: str
    warnings: tuple[str, ...]

    def __init__(self, text: str, warnings: tuple[str, ...]) -> None:
        self.text = text
        self.warnings = warnings


def check_options(style: str, fmt: str) -> tuple[str, str]:
    """The style and format, lower-cased; JJJError (a usage error) if either is unknown."""
    style, fmt = style.lower(), fmt.lower()
    if fmt not in FORMATS:
        raise JJJError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if style not in STYLES:
        raise JJJError(f"--style must be one of {', '.join(STYLES)}, not {style!r}")
    return style, fmt


def missing_warning(cited: Cited) -> str | None:
    """One line naming what the source does not print, and where to supply it."""
    work = cited.work
    if not work.missing:
        return None
    return (f"{', '.join(c.id for c in cited.claims)}: not printed in the source, left out "
            f"of the citation: {', '.join(work.missing)}; to supply them, add them to "
            f'{work.where} with paragraph = 0 and from = "where the value comes from"')


def cite(kb: KnowledgeBase, claims: Iterable[Claim], *, style: str = DEFAULT_STYLE,
         fmt: str = "text", quote: bool = False) -> Citations:
    """Citations of the claims in a style (``fmt="text"``) or a record format."""
    style, fmt = check_options(style, fmt)
    cited = pinpoints(kb, claims)
    works = group(cited)
    warnings = tuple(w for w in map(missing_warning, works) if w)
    if fmt == "text":
        text = _TEXT_STYLES[style](cited, quote)
    elif fmt == "pandoc":
        text = records.pandoc_citations(works, style in ENGLISH_STYLES, quote)
    elif fmt in ("bibtex", "biblatex"):
        text = "\n".join(records.bibtex_entry(c, quote, biblatex=fmt == "biblatex")
                         for c in works)
    elif fmt == "ris":
        text = "\n".join(records.ris_record(c, quote) for c in works)
    else:
        text = json_text([records.csl_item(c.work) for c in works], indent=2) + "\n"
    return Citations(text, warnings)


def short_citation(kb: KnowledgeBase, claim: Claim) -> str:
    """The Chinese footnote form of one claim, as ``jjj show`` prints it."""
    return chinese.plain_citation(work_of(kb, claim), claim, False)
