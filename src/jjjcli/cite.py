"""Citations of claims, as text in six styles or as records for reference managers.

``cite(kb, claims, style=…, fmt=…, quote=…)`` returns a :class:`Citations`: the text to
print and one warning per claim whose source does not print some of the metadata a
citation needs. Nothing is invented: a field the text does not print (``sources.toml``
records only what is printed, or what a user supplied with ``paragraph = 0``) is left out,
without an empty comma in its place.

Styles (``fmt="text"``):

- ``gbt7714``: GB/T 7714-2015, numbered ([1], [2] …): ``[N]`` for a newspaper article with
  its date and page (版次), ``[J]`` for a magazine article with year(issue): page. The
  author is omitted when none is printed (allowed for the numeric system, 8.1.4).
- ``apa`` (7th ed.), ``mla`` (9th ed.): the parenthetical citation, which carries the
  pinpoint, then the reference entry.
- ``chicago`` (17th ed., notes and bibliography): the numbered note, which carries the
  pinpoint, then the bibliography entry. Newspaper page numbers are omitted (14.191).
- ``plain``: the form of Chinese footnotes (作者：《篇名》，《报刊名》日期，第N版，第N段。).
- ``markdown``: the plain form as a Markdown footnote, ``[^claim-id]: …``.

Conventions shared by the styles:

- Chinese names and titles are given as printed: a name whole, family name first, never
  split, inverted or romanized; a title in characters, without the English translation
  APA, Chicago and MLA suggest for non-English titles (the text prints none).
- The pinpoint is the claim's paragraph as ``jjj show`` numbers it in the source file:
  第N段, para. N (APA), par. N (Chicago, MLA), and a range for a quote across a page break.
- With ``quote``, the claim's quote follows the pinpoint (or precedes the parenthetical
  citation in APA and MLA), with print-extraction spacing removed and inner “ ” made ‘ ’.
  Nothing is added inside its quotation marks (CMOS 6.11), so it stays verbatim.
- The page is given only with the publication it belongs to.

Formats: ``bibtex`` (``@article`` with ``entrysubtype``, as biblatex and pandoc read it),
``csl-json`` (one array; ``locator`` and ``label = "paragraph"`` on each record, ready for a
citation item) and ``ris``. One record per claim, keyed by the claim id; BibTeX and RIS,
which have no locator field, carry the pinpoint in the note.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from jjjcli.errors import JJJError
from jjjcli.kb import Claim, KnowledgeBase
from jjjcli.output import json_text
from jjjcli.record import Record
from jjjcli.text import squeeze

STYLES = ("gbt7714", "apa", "chicago", "mla", "plain", "markdown")
FORMATS = ("text", "bibtex", "csl-json", "ris")
DEFAULT_STYLE = "gbt7714"  # the national standard, what a Chinese-language outlet expects

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MLA_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.",
               "Oct.", "Nov.", "Dec.")
_BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                  "nov", "dec")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ENDS_SENTENCE = ("?", "!", "？", "！", ".", "。")


class PubDate(Record):
    """A publication date, as precise as the text prints it."""

    __slots__ = ("year", "month", "day")

    year: int
    month: int | None
    day: int | None

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        self.year = year
        self.month = month
        self.day = day

    def parts(self) -> list[int]:
        return [p for p in (self.year, self.month, self.day) if p is not None]


class Reference(Record):
    """One claim with what its source prints about the article it comes from."""

    __slots__ = (
        "claim", "kind", "title", "authors", "publication", "date", "issue", "page",
        "section", "article_id", "missing", "where",
    )

    claim: Claim
    kind: str  # newspaper | magazine
    title: str | None
    authors: tuple[str, ...]
    publication: str | None
    date: PubDate | None
    issue: str | None
    page: str | None
    section: str | None
    article_id: str | None
    missing: tuple[str, ...]
    where: str  # the sources.toml entry to fill, for the warning

    def __init__(
        self, claim: Claim, kind: str, title: str | None, authors: tuple[str, ...],
        publication: str | None, date: PubDate | None, issue: str | None, page: str | None,
        section: str | None, article_id: str | None, missing: tuple[str, ...], where: str,
    ) -> None:
        self.claim = claim
        self.kind = kind
        self.title = title
        self.authors = authors
        self.publication = publication
        self.date = date
        self.issue = issue
        self.page = page
        self.section = section
        self.article_id = article_id
        self.missing = missing
        self.where = where

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def span(self, dash: str) -> str:
        """The pinpoint paragraph(s), a range joined by ``dash``."""
        first, last = self.claim.first, self.claim.last
        return str(first) if first == last else f"{first}{dash}{last}"

    @property
    def quote_text(self) -> str:
        """The quote as printed in a citation: no extraction spacing, inner quotes single."""
        return _nested(squeeze(self.claim.quote)[0])


class Citations(Record):
    """What to print, and one warning per claim whose source leaves fields unprinted."""

    __slots__ = ("text", "warnings")

    text: str
    warnings: tuple[str, ...]

    def __init__(self, text: str, warnings: tuple[str, ...]) -> None:
        self.text = text
        self.warnings = warnings


def resolve_claims(kb: KnowledgeBase, ids: Iterable[str]) -> list[Claim]:
    """The claims for these ids or unique prefixes, each once, in the order given.

    An unknown id raises UnknownIdError (with suggestions) before anything is cited.
    """
    claims: dict[str, Claim] = {}
    for claim_id in ids:
        claim = kb.resolve(claim_id)
        claims.setdefault(claim.id, claim)
    if not claims:
        raise JJJError("no claim ids given (pass ids, or - to read them from stdin)")
    return list(claims.values())


def _parse_date(value: str | None) -> PubDate | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; None for anything else."""
    match = _DATE.match(value.strip()) if value else None
    if not match:
        return None
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    return PubDate(int(match.group(1)), month, day)


def reference(kb: KnowledgeBase, claim: Claim) -> Reference:
    """Gather what the claim's source prints about it, and name what it does not."""
    source = kb.sources.get(claim.source)
    if source is None:
        raise JJJError(f"{claim.id}: source {claim.source} is not in sources.toml "
                       "(run `jjj check`)")
    if source.kind not in ("newspaper", "magazine"):
        raise JJJError(f"{claim.id}: source {claim.source} has no kind (newspaper or "
                       "magazine) in sources.toml (run `jjj check`)")
    article = kb.article_of(claim)
    date_text = source.meta("date")
    date = _parse_date(date_text)
    year_text = source.meta("year")
    if date is None and year_text and year_text.strip().isdigit():
        date = PubDate(int(year_text.strip()))
    title = article.title.value if article and article.title else None
    authors = tuple(a.value for a in article.authors) if article else ()
    page = (article.page.value if article and article.page else None) or source.meta("page")
    wanted: dict[str, object] = {"title": title, "authors": authors,
                                 "publication": source.meta("publication")}
    if source.kind == "newspaper":  # a newspaper is cited by its day
        wanted["date"] = date is not None and date.day is not None
    else:
        wanted.update(year=date, issue=source.meta("issue"))
    wanted["page"] = page
    missing = [name for name, value in wanted.items() if not value]
    if date_text and _parse_date(date_text) is None:  # recorded, but not a date jjj can read
        missing = [name for name in missing if name != "date"]
        missing.append(f"date (not YYYY-MM-DD: {date_text!r})")
    where = f'{kb.root / "sources.toml"}:{source.line} ([[source]] file = "{source.file}"'
    where += f', article "{article.id}")' if article else (
        f"; no [[source.article]] holds paragraph {claim.first})")
    return Reference(
        claim=claim, kind=source.kind, title=title, authors=authors,
        publication=source.meta("publication"), date=date, issue=source.meta("issue"),
        page=page, section=article.section.value if article and article.section else None,
        article_id=article.id if article else None, missing=tuple(missing), where=where,
    )


def missing_warning(ref: Reference) -> str | None:
    """One line naming what the source does not print, and where to supply it."""
    if not ref.missing:
        return None
    return (f"{ref.claim.id}: not printed in the source, left out of the citation: "
            f"{', '.join(ref.missing)}; to supply them, add them to {ref.where} "
            'with paragraph = 0 and from = "where the value comes from"')


def check_options(style: str, fmt: str) -> tuple[str, str]:
    """The style and format, lower-cased; JJJError (a usage error) if either is unknown."""
    style, fmt = style.lower(), fmt.lower()
    if fmt not in FORMATS:
        raise JJJError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if style not in STYLES:
        raise JJJError(f"--style must be one of {', '.join(STYLES)}, not {style!r}")
    return style, fmt


def cite(kb: KnowledgeBase, claims: Iterable[Claim], *, style: str = DEFAULT_STYLE,
         fmt: str = "text", quote: bool = False) -> Citations:
    """Citations of the claims in a style (``fmt="text"``) or a record format."""
    style, fmt = check_options(style, fmt)
    refs = [reference(kb, claim) for claim in claims]
    warnings = tuple(w for w in map(missing_warning, refs) if w)
    if fmt == "text":
        text = _TEXT_STYLES[style](refs, quote)
    elif fmt == "bibtex":
        text = "\n".join(bibtex_entry(ref, quote) for ref in refs)
    elif fmt == "ris":
        text = "\n".join(ris_record(ref, quote) for ref in refs)
    else:
        text = json_text([csl_item(ref, quote) for ref in refs], indent=2) + "\n"
    return Citations(text, warnings)


# --- pieces shared by the styles ---------------------------------------------------------

def _join(parts: Iterable[str | None], sep: str) -> str:
    return sep.join(p for p in parts if p)


def _period(text: str) -> str:
    """End a bibliographic element with a period unless it already ends a sentence."""
    return text if text.endswith(_ENDS_SENTENCE) else text + "."


def _nested(text: str) -> str:
    """Quotation marks inside quotation marks become single (CMOS 13.30, GB/T 15834)."""
    return text.replace("“", "‘").replace("”", "’")


def _in_quotes(title: str, punct: str) -> str:
    """A title in quotation marks, with the punctuation that follows it inside (CMOS 6.9),
    dropped when the title ends with its own question or exclamation mark."""
    title = _nested(title)
    return f"“{title}”" if title.endswith(_ENDS_SENTENCE) else f"“{title}{punct}”"


def _in_title_marks(title: str) -> str:
    """《title》, a title mark inside it becoming 〈 〉 (GB/T 15834-2011, 4.15)."""
    return "《" + title.replace("《", "〈").replace("》", "〉") + "》"


def _series(names: list[str], conj: str) -> str:
    """a; a and b; a, b, and c (the serial comma of APA, Chicago and MLA)."""
    if len(names) <= 2:
        return f" {conj} ".join(names)
    return f"{', '.join(names[:-1])}, {conj} {names[-1]}"


def _english_date(date: PubDate, months: tuple[str, ...], day_first: bool) -> str:
    if date.month is None:
        return str(date.year)
    month = months[date.month - 1]
    if date.day is None:
        return f"{month} {date.year}"
    return f"{date.day} {month} {date.year}" if day_first else f"{month} {date.day}, {date.year}"


def _text_blocks(cites: list[str], entries: list[str]) -> str:
    """Citations (one per claim), a blank line, then the entries, each once."""
    unique = list(dict.fromkeys(entries))
    return "\n".join(cites) + "\n\n" + "\n".join(unique) + "\n"


# --- GB/T 7714-2015 ------------------------------------------------------------------------

def _gbt_date(date: PubDate) -> str:
    return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(date.parts()))


def gbt7714_entry(ref: Reference, number: int, quote: bool) -> str:
    names = list(ref.authors[:3]) + (["等"] if len(ref.authors) > 3 else [])
    mark = "[N]" if ref.kind == "newspaper" else "[J]"
    head = _join([_period(", ".join(names)) if names else None, f"{ref.title or ''}{mark}"],
                 " ")
    if ref.kind == "newspaper":
        # 报纸名, 出版日期(版次)
        issue = _join([ref.publication, _gbt_date(ref.date) if ref.date else None], ", ")
        if ref.page and ref.publication:
            issue += f"({ref.page})"
    else:
        # 期刊名, 年(期): 页码 (no volume: 天津支部生活, 2024(2): 61)
        numbering = f"{ref.year or ''}{f'({ref.issue})' if ref.issue else ''}"
        issue = _join([ref.publication, numbering], ", ")
        if ref.page and ref.publication:
            issue += f": {ref.page}"
    pinpoint = f"第{ref.span('-')}段"
    if quote:
        pinpoint += f": “{ref.quote_text}”"
    return f"[{number}] " + _join([_period(head), _period(issue) if issue else None,
                                   pinpoint + "."], " ")


def _gbt7714(refs: list[Reference], quote: bool) -> str:
    return "".join(gbt7714_entry(ref, n, quote) + "\n" for n, ref in enumerate(refs, 1))


# --- APA 7 -----------------------------------------------------------------------------------

def _apa_suffixes(refs: list[Reference]) -> dict[str, str]:
    """2024a, 2024b … for different articles by the same authors in the same year (8.19),
    ordered by title; keyed by claim id."""
    groups: dict[tuple[tuple[str, ...], int | None], dict[tuple[str, str | None], str]] = {}
    for ref in refs:
        if ref.authors:
            group = groups.setdefault((ref.authors, ref.year), {})
            group[(ref.claim.source, ref.article_id)] = ref.title or ""
    letters: dict[tuple[str, str | None], str] = {}
    for articles in groups.values():
        if len(articles) > 1:
            ordered = sorted(articles, key=lambda key: articles[key])
            letters.update({key: chr(ord("a") + i) for i, key in enumerate(ordered)})
    return {ref.claim.id: letters.get((ref.claim.source, ref.article_id), "") for ref in refs}


def _apa_year(ref: Reference, suffix: str) -> str:
    if ref.year is None:
        return f"n.d.-{suffix}" if suffix else "n.d."
    return f"{ref.year}{suffix}"


def apa_citation(ref: Reference, suffix: str, quote: bool) -> str:
    authors = list(ref.authors)
    who = authors[0] + " et al." if len(authors) > 2 else _series(authors, "&")
    locator = f"{'paras.' if ref.claim.first != ref.claim.last else 'para.'} {ref.span('–')}"
    year = _apa_year(ref, suffix)
    if who:
        inner = f"{who}, {year}, {locator}"
    elif ref.title:
        inner = f"{_in_quotes(ref.title, ',')} {year}, {locator}"
    else:
        inner = f"{year}, {locator}"
    return (f"“{ref.quote_text}” " if quote else "") + f"({inner})"


def apa_entry(ref: Reference, suffix: str) -> str:
    authors = list(ref.authors)
    if len(authors) > 20:
        names = ", ".join(authors[:19]) + ", . . . " + authors[-1]
    elif len(authors) > 1:  # APA keeps the comma before & even for two authors
        names = ", ".join(authors[:-1]) + ", & " + authors[-1]
    else:
        names = "".join(authors)
    date = _apa_year(ref, suffix)
    if ref.date and ref.date.month:
        date += ", " + _MONTHS[ref.date.month - 1]
        if ref.date.day:
            date += f" {ref.date.day}"
    title = _period(ref.title) if ref.title else None
    head = [_period(names), f"({date}).", title] if names else [title, f"({date})."]
    if ref.kind == "newspaper":
        source = [ref.publication, ref.page if ref.publication else None]
    else:  # no volume: the issue alone, in parentheses, as APA's CSL style gives it
        source = [ref.publication, f"({ref.issue})" if ref.issue else None,
                  ref.page if ref.publication else None]
    tail = _join(source, ", ")
    return _join([*head, _period(tail) if tail else None], " ")


def _apa(refs: list[Reference], quote: bool) -> str:
    suffixes = _apa_suffixes(refs)
    return _text_blocks([apa_citation(r, suffixes[r.claim.id], quote) for r in refs],
                        [apa_entry(r, suffixes[r.claim.id]) for r in refs])


# --- Chicago 17, notes and bibliography -------------------------------------------------------

def _chicago_issue(ref: Reference, in_note: bool) -> str | None:
    """The part after the publication: a newspaper's date; a magazine's no. N (year)."""
    date = _english_date(ref.date, _MONTHS, False) if ref.date else None
    if ref.kind == "newspaper" or not ref.issue:
        return date
    numbering = f"no. {ref.issue}" + (f" ({ref.year})" if ref.year else "")
    if ref.page and ref.publication and not in_note:
        numbering += f": {ref.page}"
    return numbering


def chicago_note(ref: Reference, number: int, quote: bool) -> str:
    authors = list(ref.authors)
    names = authors[0] + " et al." if len(authors) > 3 else _series(authors, "and")
    label = "pars." if ref.claim.first != ref.claim.last else "par."
    pinpoint = f"{label} {ref.span('–')}" + (f": “{ref.quote_text}”" if quote else "")
    rest = _join([ref.publication, _chicago_issue(ref, in_note=True), pinpoint], ", ")
    if ref.title:  # the comma after the title sits inside its quotation marks
        lead = _join([names + "," if names else None, _in_quotes(ref.title, ",")], " ")
        return f"{number}. {lead} {rest}."
    return f"{number}. {_join([names, rest], ', ')}."


def chicago_entry(ref: Reference) -> str:
    authors = list(ref.authors)
    if len(authors) > 10:
        names = ", ".join(authors[:7]) + ", et al."
    else:
        names = _series(authors, "and")
    # Unsigned newspaper articles are listed under the newspaper's name (14.207).
    lead = names or (ref.publication if ref.kind == "newspaper" else None)
    title = _in_quotes(ref.title, ".") if ref.title else None
    source = _join([None if lead == ref.publication else ref.publication,
                    _chicago_issue(ref, in_note=False)], ", ")
    return _join([_period(lead) if lead else None, title, _period(source) if source else None],
                 " ")


def _chicago(refs: list[Reference], quote: bool) -> str:
    return _text_blocks([chicago_note(r, n, quote) for n, r in enumerate(refs, 1)],
                        [chicago_entry(r) for r in refs])


# --- MLA 9 -------------------------------------------------------------------------------------

def mla_citation(ref: Reference, quote: bool) -> str:
    authors = list(ref.authors)
    who = authors[0] + " et al." if len(authors) > 2 else _series(authors, "and")
    label = "pars." if ref.claim.first != ref.claim.last else "par."
    locator = f"{label} {ref.span('-')}"
    if who:
        inner = f"{who}, {locator}"
    elif ref.title:  # no author: the title, the comma inside its quotation marks
        inner = f"{_in_quotes(ref.title, ',')} {locator}"
    else:
        inner = locator
    return (f"“{ref.quote_text}” " if quote else "") + f"({inner})"


def mla_entry(ref: Reference) -> str:
    authors = list(ref.authors)
    if len(authors) > 2:
        names = authors[0] + ", et al."
    elif len(authors) == 2:
        names = f"{authors[0]}, and {authors[1]}"
    else:
        names = "".join(authors)
    date = _english_date(ref.date, _MLA_MONTHS, True) if ref.date else None
    page = None
    if ref.page and ref.publication:
        page = ("pp. " if re.search(r"[-–,]", ref.page) else "p. ") + ref.page
    issue = f"no. {ref.issue}" if ref.kind == "magazine" and ref.issue else None
    container = _join([ref.publication, issue, date, page], ", ")
    return _join([_period(names) if names else None,
                  _in_quotes(ref.title, ".") if ref.title else None,
                  _period(container) if container else None], " ")


def _mla(refs: list[Reference], quote: bool) -> str:
    return _text_blocks([mla_citation(r, quote) for r in refs], [mla_entry(r) for r in refs])


# --- plain (Chinese footnote form) and Markdown --------------------------------------------------

def _chinese_date(date: PubDate) -> str:
    return f"{date.year}年" + (f"{date.month}月" if date.month else "") + (
        f"{date.day}日" if date.day else "")


def plain_citation(ref: Reference, quote: bool) -> str:
    names = "、".join(ref.authors) if len(ref.authors) <= 3 else ref.authors[0] + "等"
    title = _in_title_marks(ref.title) if ref.title else None
    if ref.kind == "newspaper":
        when = _chinese_date(ref.date) if ref.date else None
        page = f"第{ref.page}版" if ref.page and ref.publication else None
    else:
        when = _join([f"{ref.year}年" if ref.year else None,
                      f"第{ref.issue}期" if ref.issue else None], "")
        page = f"第{ref.page}页" if ref.page and ref.publication else None
    container = (_in_title_marks(ref.publication) if ref.publication else "") + (when or "")
    pinpoint = f"第{ref.span('—')}段" + (f"：“{ref.quote_text}”" if quote else "")
    body = _join([title, container, page, pinpoint], "，")
    return f"{names}：{body}。" if names else f"{body}。"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def markdown_citation(ref: Reference, quote: bool) -> str:
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", plain_citation(ref, quote))
    return f"[^{ref.claim.id}]: {text}"


def _plain(refs: list[Reference], quote: bool) -> str:
    return "".join(plain_citation(ref, quote) + "\n" for ref in refs)


def _markdown(refs: list[Reference], quote: bool) -> str:
    return "".join(markdown_citation(ref, quote) + "\n" for ref in refs)


_TEXT_STYLES: dict[str, Callable[[list[Reference], bool], str]] = {
    "gbt7714": _gbt7714, "apa": _apa, "chicago": _chicago, "mla": _mla,
    "plain": _plain, "markdown": _markdown,
}


# --- records: BibTeX, CSL-JSON, RIS ------------------------------------------------------------

def _one_line(text: str) -> str:
    return " ".join(text.split())


def _note(ref: Reference, quote: bool) -> str:
    return f"第{ref.span('-')}段" + (f": “{ref.quote_text}”" if quote else "")


_BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&",
                   "#": r"\#", "$": r"\$", "_": r"\_", "^": r"\textasciicircum{}",
                   "~": r"\textasciitilde{}"}


def _bibtex_value(text: str) -> str:
    return "{" + "".join(_BIBTEX_ESCAPES.get(ch, ch) for ch in _one_line(text)) + "}"


def bibtex_entry(ref: Reference, quote: bool) -> str:
    fields: list[tuple[str, str]] = []
    if ref.authors:  # each name braced: BibTeX must not split a name into first and last
        fields.append(("author", "{" + " and ".join(_bibtex_value(a) for a in ref.authors)
                       + "}"))
    if ref.title:
        fields.append(("title", _bibtex_value(ref.title)))
    if ref.publication:
        fields.append(("journal", _bibtex_value(ref.publication)))
    if ref.date:
        if ref.date.month:  # the full date for biblatex, pandoc and Zotero
            fields.append(("date", "{" + _gbt_date(ref.date) + "}"))
        fields.append(("year", f"{{{ref.date.year}}}"))  # and year, month for BibTeX
        if ref.date.month:
            fields.append(("month", _BIBTEX_MONTHS[ref.date.month - 1]))
    if ref.issue:
        fields.append(("number", _bibtex_value(ref.issue)))
    if ref.page:
        fields.append(("pages", _bibtex_value(ref.page)))
    fields.append(("entrysubtype", "{" + ref.kind + "}"))
    fields.append(("note", _bibtex_value(_note(ref, quote))))
    body = "".join(f"  {name} = {value},\n" for name, value in fields)
    return f"@article{{{ref.claim.id},\n{body}}}\n"


def csl_item(ref: Reference, quote: bool) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": ref.claim.id,
        "type": "article-newspaper" if ref.kind == "newspaper" else "article-magazine",
    }
    if ref.title:
        item["title"] = ref.title
    if ref.authors:  # literal: a Chinese name is not split into family and given
        item["author"] = [{"literal": name} for name in ref.authors]
    if ref.publication:
        item["container-title"] = ref.publication
    if ref.date:
        item["issued"] = {"date-parts": [ref.date.parts()]}
    if ref.issue:
        item["issue"] = ref.issue
    if ref.page:
        item["page"] = ref.page
    if ref.section:
        item["section"] = ref.section
    item["language"] = "zh-CN"
    item["locator"] = ref.span("-")
    item["label"] = "paragraph"
    if quote:
        item["note"] = _note(ref, quote)
    return item


def ris_record(ref: Reference, quote: bool) -> str:
    tags: list[tuple[str, str]] = [("TY", "NEWS" if ref.kind == "newspaper" else "MGZN"),
                                   ("ID", ref.claim.id)]
    tags += [("AU", name) for name in ref.authors]
    if ref.title:
        tags.append(("TI", ref.title))
    if ref.publication:
        tags.append(("T2", ref.publication))
    if ref.date:
        tags.append(("PY", str(ref.date.year)))
        if ref.date.month:
            day = f"{ref.date.day:02d}" if ref.date.day else ""
            tags.append(("DA", f"{ref.date.year}/{ref.date.month:02d}/{day}/"))
    if ref.issue:
        tags.append(("IS", ref.issue))
    if ref.page:
        tags.append(("SP", ref.page))
    if ref.section:
        tags.append(("SE", ref.section))
    tags += [("LA", "zh-CN"), ("N1", _note(ref, quote))]
    lines = [f"{tag}  - {_one_line(value)}" for tag, value in tags]
    return "\n".join([*lines, "ER  - "]) + "\n"
