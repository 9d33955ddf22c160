"""The English styles: APA (7th ed.), Chicago (17th ed., notes and bibliography), MLA (9th).

Each prints one citation per claim (APA's and MLA's parenthetical citation, Chicago's
numbered note), which carries the pinpoint (para. N, par. N), then the reference entries,
one per work, in alphabetical order by the characters' code points (the order pandoc's
collation gives Chinese characters). APA's and Chicago's entries are what the official CSL
styles (apa.csl, chicago-notes-bibliography-17th-edition.csl) give for the same CSL-JSON;
tests/test_cite_clients.py renders it with pandoc and holds the two equal.

Chinese names and titles are given as printed: a name whole, never split, inverted or
romanized; a title in characters, without the English translation these styles suggest
for non-English titles (the text prints none). With ``quote``, the claim's quote follows
the pinpoint (or precedes the parenthetical citation in APA and MLA), verbatim: nothing is
added inside its quotation marks (CMOS 6.11).
"""

from __future__ import annotations

import re

from jjjcli.cite.marks import (
    MLA_MONTHS,
    MONTHS,
    english_date,
    in_quotes,
    join,
    period,
    series,
    text_blocks,
)
from jjjcli.cite.model import UNTITLED, Pinpoint, Work, quote_text, span
from jjjcli.kb import Claim


def _paragraphs(claim: Claim, singular: str, plural: str, dash: str) -> str:
    return f"{plural if claim.first != claim.last else singular} {span(claim, dash)}"


def _standalone(work: Work) -> bool:
    """Whether the styles treat the work as a whole (its title italic, not in quotation
    marks): an issue, or a newspaper text that does not print the newspaper's name."""
    return work.whole_issue or (work.kind == "newspaper" and not work.publication)


# --- APA 7 -------------------------------------------------------------------------------

def apa_suffixes(cited: list[Pinpoint]) -> dict[str, str]:
    """2024a, 2024b … for different works by the same authors in the same year (8.19),
    ordered by title; keyed by work."""
    groups: dict[tuple[tuple[str, ...], int | None], dict[str, str]] = {}
    for work, _claim in cited:
        if work.authors:
            groups.setdefault((work.authors, work.year), {})[work.key] = work.title
    letters: dict[str, str] = {}
    for works in groups.values():
        if len(works) > 1:
            ordered = sorted(works, key=lambda key: works[key])
            letters.update({key: chr(ord("a") + i) for i, key in enumerate(ordered)})
    return letters


def _apa_year(work: Work, suffix: str) -> str:
    if work.year is None:
        return f"n.d.-{suffix}" if suffix else "n.d."
    return f"{work.year}{suffix}"


def apa_citation(work: Work, claim: Claim, suffix: str, quote: bool) -> str:
    authors = list(work.authors)
    who = authors[0] + " et al." if len(authors) > 2 else series(authors, "&")
    locator = _paragraphs(claim, "para.", "paras.", "–")
    year = _apa_year(work, suffix)
    if work.original_date:  # a reprint: both years (8.15)
        year = f"{work.original_date.year}/{year}"
    if who:
        inner = f"{who}, {year}, {locator}"
    elif _standalone(work):  # an italic title, which plain text shows as it is
        inner = f"{work.title}, {year}, {locator}"
    else:
        inner = f"{in_quotes(work.title, ',')} {year}, {locator}"
    return (f"“{quote_text(claim)}” " if quote else "") + f"({inner})"


def apa_entry(work: Work, suffix: str) -> str:
    authors = list(work.authors)
    if len(authors) > 20:
        names = ", ".join(authors[:19]) + ", . . . " + authors[-1]
    elif len(authors) > 1:  # APA keeps the comma before & even for two authors
        names = ", ".join(authors[:-1]) + ", & " + authors[-1]
    else:
        names = "".join(authors)
    date = _apa_year(work, suffix)
    if work.date and work.date.month:
        date += ", " + MONTHS[work.date.month - 1]
        if work.date.day:
            date += f" {work.date.day}"
    title = period(work.title)
    if work.whole_issue:
        head = [title, f"({date})."]
        source = [f"({work.issue})" if work.issue else None]
    else:
        head = [period(names), f"({date}).", title] if names else [title, f"({date})."]
        if work.kind == "newspaper":
            source = [work.publication, work.page]
        else:  # no volume: the issue alone, in parentheses, as APA's CSL style gives it
            source = [work.publication, f"({work.issue})" if work.issue else None, work.page]
    tail = join(source, ", ")
    entry = join([*head, period(tail) if tail else None], " ")
    if work.original_publication or work.original_date:
        original = join([str(work.original_date.year) if work.original_date else None,
                         work.original_publication], ", ")
        entry += f" (Original work published {original})"
    return entry


def apa(cited: list[Pinpoint], quote: bool) -> str:
    """The citations in the order given, then the reference list in alphabetical order
    (9.44), which is the order of the entries' own text: author, year (2024a, 2024b), title."""
    letters = apa_suffixes(cited)
    entries = {apa_entry(w, letters.get(w.key, "")) for w, _c in cited}
    return text_blocks(
        [apa_citation(w, c, letters.get(w.key, ""), quote) for w, c in cited], sorted(entries))


# --- Chicago 17, notes and bibliography ----------------------------------------------------

def _chicago_title(work: Work, punct: str) -> str:
    """In quotation marks when it is part of a publication, else as it is (italic, which
    plain text cannot show)."""
    return work.title + punct if _standalone(work) else in_quotes(work.title, punct)


def _chicago_issue(work: Work, in_note: bool) -> str | None:
    """The part after the publication: a newspaper's date; a journal's no. N (year): page."""
    if work.kind == "newspaper":
        return english_date(work.date, MONTHS, False) if work.date else "n.d."
    numbering = join([f"no. {work.issue}" if work.issue else None,
                      f"({work.year})" if work.year else None], " ")
    if work.page and not in_note:
        numbering += f": {work.page}"
    return numbering or "n.d."


def chicago_note(work: Work, claim: Claim, number: int, quote: bool) -> str:
    authors = list(work.authors)
    names = authors[0] + " et al." if len(authors) > 3 else series(authors, "and")
    pinpoint = _paragraphs(claim, "par.", "pars.", "–") + (
        f": “{quote_text(claim)}”" if quote else "")
    if work.whole_issue:
        return f"{number}. " + join([work.title, _chicago_issue(work, True), pinpoint],
                                    ", ") + "."
    source = join([work.publication, _chicago_issue(work, in_note=True)], ", ")
    rest = join([work.section, source, pinpoint], ", ")
    # the comma after the title sits inside its quotation marks
    return f"{number}. " + join([names + "," if names else None,
                                 _chicago_title(work, ","), rest], " ") + "."


def chicago_entry(work: Work, same_authors: bool = False) -> str:
    """The bibliography entry; ``same_authors``: the entry before it has the same authors,
    whose names a 3-em dash then stands for (CMOS 14.67)."""
    authors = list(work.authors)
    if len(authors) > 10:
        names = ", ".join(authors[:7]) + ", et al."
    elif len(authors) == 2:  # the comma the CSL style sets, for inverted Western names
        names = f"{authors[0]}, and {authors[1]}"
    else:
        names = series(authors, "and")
    if work.whole_issue:
        return join([period(work.title), period(_chicago_issue(work, False) or "")], " ")
    title = _chicago_title(work, ".")
    source = join([work.publication, _chicago_issue(work, in_note=False)], ", ")
    if names and same_authors:
        names = "———"
    return join([period(names) if names else None, title,
                 period(work.section) if work.section else None, period(source)], " ")


def chicago(cited: list[Pinpoint], quote: bool) -> str:
    notes = [chicago_note(w, c, n, quote) for n, (w, c) in enumerate(cited, 1)]
    works = sorted({w.key: w for w, _c in cited}.values(),
                   key=lambda w: (" ".join(w.authors) or w.title, w.title))
    entries = [chicago_entry(w, i > 0 and bool(w.authors)
                             and w.authors == works[i - 1].authors)
               for i, w in enumerate(works)]
    return text_blocks(notes, entries)


# --- MLA 9 -------------------------------------------------------------------------------------

def mla_citation(work: Work, claim: Claim, quote: bool) -> str:
    authors = list(work.authors)
    who = authors[0] + " et al." if len(authors) > 2 else series(authors, "and")
    locator = _paragraphs(claim, "par.", "pars.", "-")
    if who:
        inner = f"{who}, {locator}"
    elif work.whole_issue:
        inner = f"{work.title}, {locator}"
    else:  # no author: the title, the comma inside its quotation marks
        inner = f"{in_quotes(work.title, ',')} {locator}"
    return (f"“{quote_text(claim)}” " if quote else "") + f"({inner})"


def mla_entry(work: Work) -> str:
    authors = list(work.authors)
    if len(authors) > 2:
        names = authors[0] + ", et al."
    elif len(authors) == 2:
        names = f"{authors[0]}, and {authors[1]}"
    else:
        names = "".join(authors)
    date = english_date(work.date, MLA_MONTHS, True) if work.date else None
    page = None
    if work.page:
        page = ("pp. " if re.search(r"[-–,]", work.page) else "p. ") + work.page
    issue = f"no. {work.issue}" if work.kind == "magazine" and work.issue else None
    if work.whole_issue:
        return join([period(work.title), period(join([issue, date], ", ")) if issue or date
                     else None], " ")
    container = join([work.publication, issue, date, page], ", ")
    # a description of an untitled work goes without quotation marks (MLA 5.26)
    title = period(work.title) if work.title == UNTITLED else in_quotes(work.title, ".")
    return join([period(names) if names else None, title,
                 period(container) if container else None], " ")


def mla(cited: list[Pinpoint], quote: bool) -> str:
    """The citations in the order given, then the works cited in alphabetical order."""
    return text_blocks([mla_citation(w, c, quote) for w, c in cited],
                       sorted({mla_entry(w) for w, _c in cited}))
