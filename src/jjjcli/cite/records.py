"""Records for reference managers and pandoc: CSL-JSON, BibTeX, biblatex, RIS, and the
pandoc citations that point into them.

One record per work (article, or issue for front matter), keyed by its citation key
(``jjj-004-a10``): citing two claims of one article gives one record. The pinpoints are
not part of a record: they go into the citation (``--format pandoc``: ``[@jjj-004-a10,
para. 254]``), and BibTeX's comment line shows ``\\cite[第254段]{jjj-004-a10}``. RIS has
no citation, so its note lists the paragraphs cited.

- CSL-JSON: the variables the CSL styles read (``container-title``, ``issued``, ``ISSN``,
  ``original-publisher``, ``original-date`` for a reprint …); what no style prints (the
  dateline, the cumulative issue number, CN) goes into ``note``.
- BibTeX: ``@article`` with the fields classic BibTeX styles know (author, title, journal,
  year, month, number, pages, issn, publisher, note), so that ``plain`` formats every entry;
  a work without a printed author, publication or year is ``@misc`` (the publication as
  ``howpublished``), which needs none of them.
- biblatex: ``@article`` with ``journaltitle``, ``date`` and ``entrysubtype`` (newspaper,
  magazine), ``@misc`` for a text that prints no publication, ``@periodical`` for an issue.
- RIS: ``NEWS``, ``MGZN`` or ``JFULL`` (a whole issue) with TI, T2 and JO, IS, SN, PB …
"""

from __future__ import annotations

from typing import Any

from jjjcli.cite.marks import chinese_date, iso_date
from jjjcli.cite.model import Cited, Work, quote_text, span
from jjjcli.kb import Claim

_BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                  "nov", "dec")
_BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&",
                   "#": r"\#", "$": r"\$", "_": r"\_", "^": r"\textasciicircum{}",
                   "~": r"\textasciitilde{}"}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def pinpoint(claim: Claim, english: bool) -> str:
    """The paragraph(s) of a claim as a pandoc citation's locator or suffix."""
    if english:
        label = "paras." if claim.first != claim.last else "para."
        return f"{label} {span(claim, '–')}"
    return f"第{span(claim, '-')}段"


def extra_note(work: Work) -> str:
    """What the source prints that no style's reference shows, for a record's note."""
    parts = [work.dateline]
    if work.cumulative_issue:
        parts.append(f"总第{work.cumulative_issue}期")
    parts.append(work.combined_issue)
    if work.cn:
        parts.append(f"CN {work.cn}")
    return "; ".join(p for p in parts if p)


# --- pandoc ----------------------------------------------------------------------------------

def pandoc_citation(work: Work, claim: Claim, english: bool, quote: bool) -> str:
    """``[@key, para. 254]``; in Chinese ``[@key, {}, 第254段]``: pandoc reads 第254段 as a
    page locator, which a numeric style drops, so it goes after an empty locator as a
    suffix, which every style prints."""
    where = pinpoint(claim, english) if english else "{}, " + pinpoint(claim, english)
    cite = f"[@{work.key}, {where}]"
    return f"“{quote_text(claim)}” {cite}" if quote else cite


def pandoc_citations(cited: list[Cited], english: bool, quote: bool) -> str:
    return "".join(pandoc_citation(c.work, claim, english, quote) + "\n"
                   for c in cited for claim in c.claims)


# --- CSL-JSON ----------------------------------------------------------------------------------

def csl_type(work: Work) -> str:
    if work.whole_issue:
        return "periodical"
    # A magazine here is a journal with numbered issues (天津支部生活 2024年第2期): the CSL
    # styles cite an article-journal by volume and issue, an article-magazine by date only.
    return "article-newspaper" if work.kind == "newspaper" else "article-journal"


def csl_item(work: Work) -> dict[str, Any]:
    item: dict[str, Any] = {"id": work.key, "type": csl_type(work), "title": work.title}
    if work.authors:  # literal: a Chinese name is not split into family and given
        item["author"] = [{"literal": name} for name in work.authors]
    if work.publication and not work.whole_issue:
        item["container-title"] = work.publication
    if work.date:
        item["issued"] = {"date-parts": [work.date.parts()]}
    if work.issue:
        item["issue"] = work.issue
    if work.page:
        item["page"] = work.page
    if work.section:
        item["section"] = work.section
    if work.issn:
        item["ISSN"] = work.issn
    if work.publisher:
        item["publisher"] = work.publisher
    if work.original_publication:
        item["original-publisher"] = work.original_publication
    if work.original_date:
        item["original-date"] = {"date-parts": [work.original_date.parts()]}
    note = extra_note(work)
    if note:
        item["note"] = note
    item["language"] = "zh-CN"
    return item


# --- BibTeX and biblatex -----------------------------------------------------------------------

def _bibtex_value(text: str) -> str:
    return "{" + "".join(_BIBTEX_ESCAPES.get(ch, ch) for ch in _one_line(text)) + "}"


def _cite_comment(cited: Cited, quote: bool) -> str:
    """A comment line (BibTeX reads only what follows an @) with the LaTeX citations."""
    parts = []
    for claim in cited.claims:
        part = f"\\cite[{pinpoint(claim, False)}]{{{cited.work.key}}}"
        parts.append(part + (f" “{quote_text(claim)}”" if quote else ""))
    return "% " + _one_line("; ".join(parts)) + "\n"


def bibtex_entry(cited: Cited, quote: bool = False, *, biblatex: bool = False) -> str:
    work = cited.work
    fields: list[tuple[str, str]] = []
    if work.authors:  # each name braced: BibTeX must not split a name into first and last
        fields.append(("author", "{" + " and ".join(_bibtex_value(a) for a in work.authors)
                       + "}"))
    fields.append(("title", _bibtex_value(work.title)))
    if work.publication and not work.whole_issue:
        fields.append(("journaltitle" if biblatex else "journal",
                       _bibtex_value(work.publication)))
    if work.date:
        if biblatex:
            fields.append(("date", "{" + iso_date(work.date) + "}"))
        else:
            fields.append(("year", f"{{{work.date.year}}}"))
            if work.date.month:
                fields.append(("month", _BIBTEX_MONTHS[work.date.month - 1]))
    if work.issue:
        fields.append(("number", _bibtex_value(work.issue)))
    if work.page:
        fields.append(("pages", _bibtex_value(work.page)))
    if work.issn:
        fields.append(("issn", _bibtex_value(work.issn)))
    if work.publisher:
        fields.append(("publisher", _bibtex_value(work.publisher)))
    if biblatex:
        if not work.whole_issue:
            fields.append(("entrysubtype", "{" + work.kind + "}"))
        if work.original_date:
            fields.append(("origdate", "{" + iso_date(work.original_date) + "}"))
        if work.original_publication:
            fields.append(("origpublisher", _bibtex_value(work.original_publication)))
        fields.append(("langid", "{chinese}"))
    elif work.original_publication:
        fields.append(("note", _bibtex_value(_reprint_note(work))))
    note = extra_note(work)
    if note:
        fields.append(("addendum" if biblatex else "annote", _bibtex_value(note)))
    if biblatex:  # @article needs a journaltitle: a text that prints none is @misc
        entry_type = ("periodical" if work.whole_issue
                      else "article" if work.publication else "misc")
    elif work.authors and work.publication and work.date and not work.whole_issue:
        entry_type = "article"
    else:  # @article needs an author, a journal and a year: the rest is @misc
        entry_type = "misc"
        fields = [("howpublished" if name == "journal" else name, value)
                  for name, value in fields]
    body = "".join(f"  {name} = {value},\n" for name, value in fields)
    return _cite_comment(cited, quote) + f"@{entry_type}{{{work.key},\n{body}}}\n"


def _reprint_note(work: Work) -> str:
    """Where a reprint comes from, in the words the source prints it with."""
    when = chinese_date(work.original_date) if work.original_date else ""
    return f"摘编自{when}《{work.original_publication}》"


# --- RIS -------------------------------------------------------------------------

def ris_record(cited: Cited, quote: bool = False) -> str:
    work = cited.work
    kind = "JFULL" if work.whole_issue else ("NEWS" if work.kind == "newspaper" else "MGZN")
    tags: list[tuple[str, str]] = [("TY", kind), ("ID", work.key)]
    tags += [("AU", name) for name in work.authors]
    tags.append(("TI", work.title))
    if work.publication and not work.whole_issue:  # T2 for Zotero, JO for other readers
        tags += [("T2", work.publication), ("JO", work.publication)]
    if work.date:
        tags.append(("PY", str(work.date.year)))
        if work.date.month:
            day = f"{work.date.day:02d}" if work.date.day else ""
            tags.append(("DA", f"{work.date.year}/{work.date.month:02d}/{day}/"))
    if work.issue:
        tags.append(("IS", work.issue))
    if work.page:
        tags.append(("SP", work.page))
    if work.section:
        tags.append(("SE", work.section))
    if work.issn:
        tags.append(("SN", work.issn))
    if work.publisher:
        tags.append(("PB", work.publisher))
    if work.original_publication:
        tags.append(("OP", _reprint_note(work)))
    tags.append(("LA", "zh-CN"))
    note = extra_note(work)
    if note:
        tags.append(("N1", note))
    cited_at = "; ".join(pinpoint(c, False) + (f": “{quote_text(c)}”" if quote else "")
                         for c in cited.claims)
    tags.append(("N1", f"jjj: {cited_at}"))
    lines = [f"{tag}  - {_one_line(value)}" for tag, value in tags]
    return "\n".join([*lines, "ER  - "]) + "\n"
