"""What a citation is made of: the work cited (an article, or the whole issue for front
matter) with what its source prints about it, and the claims cited in it as pinpoints.

``pinpoints(kb, claims)`` pairs each claim with the work it comes from; ``group`` gathers
them by work, in the order first cited: two claims of one article make one :class:`Cited`
with two pinpoints. Nothing is invented:
a field the text does not print (``sources.toml`` records only what is printed, or what a
user supplied with ``paragraph = 0``) is None, and :attr:`Work.missing` names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import jjjcli.kb
from jjjcli.errors import JJJError
from jjjcli.kb import Article, Claim, KnowledgeBase, Source
from jjjcli.record import Record
from jjjcli.text import squeeze

#: the title of a work that prints none: a description in square brackets, which is how
#: GB/T 7714, APA and Chicago all name an untitled item (never an empty title)
UNTITLED = "[无题名]"

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class PubDate(Record):
    """A date, as precise as the text prints it."""

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


def parse_date(value: str | None) -> PubDate | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; None for anything else."""
    match = _DATE.match(value.strip()) if value else None
    if not match:
        return None
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    return PubDate(int(match.group(1)), month, day)


class Work(Record):
    """One reference: an article, or the issue itself (``whole_issue``), as printed."""

    __slots__ = (
        "key", "kind", "whole_issue", "title", "authors", "publication", "date", "issue",
        "cumulative_issue", "combined_issue", "page", "section", "issn", "cn", "publisher",
        "agency", "dateline", "original_publication", "original_date", "missing", "where",
    )

    key: str
    kind: str  # newspaper | magazine
    whole_issue: bool
    title: str  # as printed, or UNTITLED
    authors: tuple[str, ...]  # the persons or body credited; a news agency when no one else
    publication: str | None
    date: PubDate | None
    issue: str | None
    cumulative_issue: str | None
    combined_issue: str | None
    page: str | None
    section: str | None  # a magazine's column, a newspaper's page name
    issn: str | None
    cn: str | None
    publisher: str | None
    agency: str | None
    dateline: str | None
    original_publication: str | None  # a reprint: where it first appeared
    original_date: PubDate | None
    missing: tuple[str, ...]
    where: str  # the sources.toml entry to fill, for the warning

    def __init__(
        self, key: str, kind: str, whole_issue: bool, title: str, authors: tuple[str, ...],
        publication: str | None, date: PubDate | None, issue: str | None,
        cumulative_issue: str | None, combined_issue: str | None, page: str | None,
        section: str | None, issn: str | None, cn: str | None, publisher: str | None,
        agency: str | None, dateline: str | None, original_publication: str | None,
        original_date: PubDate | None, missing: tuple[str, ...], where: str,
    ) -> None:
        self.key = key
        self.kind = kind
        self.whole_issue = whole_issue
        self.title = title
        self.authors = authors
        self.publication = publication
        self.date = date
        self.issue = issue
        self.cumulative_issue = cumulative_issue
        self.combined_issue = combined_issue
        self.page = page
        self.section = section
        self.issn = issn
        self.cn = cn
        self.publisher = publisher
        self.agency = agency
        self.dateline = dateline
        self.original_publication = original_publication
        self.original_date = original_date
        self.missing = missing
        self.where = where

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None


class Cited(Record):
    """A work and the claims cited in it, each a pinpoint (paragraph or range)."""

    __slots__ = ("work", "claims")

    work: Work
    claims: tuple[Claim, ...]

    def __init__(self, work: Work, claims: tuple[Claim, ...]) -> None:
        self.work = work
        self.claims = claims


def span(claim: Claim, dash: str) -> str:
    """A claim's paragraph(s), a range joined by ``dash``."""
    return str(claim.first) if claim.first == claim.last else f"{claim.first}{dash}{claim.last}"


def quote_text(claim: Claim) -> str:
    """The quote as printed in a citation: no extraction spacing, inner quotes single."""
    return nested(squeeze(claim.quote)[0])


def nested(text: str) -> str:
    """Quotation marks inside quotation marks become single (CMOS 13.30, GB/T 15834)."""
    return text.replace("“", "‘").replace("”", "’")


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


#: a claim with the work it is cited in, in the order the claims were given
Pinpoint = tuple[Work, Claim]


def pinpoints(kb: KnowledgeBase, claims: Iterable[Claim]) -> list[Pinpoint]:
    """Each claim with the work it is cited in."""
    return [(work_of(kb, claim), claim) for claim in claims]


def group(cited: list[Pinpoint]) -> list[Cited]:
    """The works, each once, in the order first cited, with their claims."""
    works: dict[str, tuple[Work, list[Claim]]] = {}
    for work, claim in cited:
        works.setdefault(work.key, (work, []))[1].append(claim)
    return [Cited(work, tuple(claims)) for work, claims in works.values()]


def source_of(kb: KnowledgeBase, claim: Claim) -> Source:
    source = kb.sources.get(claim.source)
    if source is None:
        raise JJJError(f"{claim.id}: source {claim.source} is not in sources.toml "
                       "(run `jjj check`)")
    if source.kind not in ("newspaper", "magazine"):
        raise JJJError(f"{claim.id}: source {claim.source} has no kind (newspaper or "
                       "magazine) in sources.toml (run `jjj check`)")
    return source


def work_of(kb: KnowledgeBase, claim: Claim) -> Work:
    """The work a claim is cited in: its article, or the issue for front matter."""
    source = source_of(kb, claim)
    article = source.article_for(claim.first)

    def meta(name: str) -> str | None:
        printed = source.printed(name, article)
        return printed.value if printed else None

    date_text = meta("date")
    date = parse_date(date_text)
    year_text = meta("year")
    if date is None and year_text and year_text.strip().isdigit():
        date = PubDate(int(year_text.strip()))
    publication = meta("publication")
    authors: tuple[str, ...] = ()
    if article is None:  # front matter: the issue, under the title it prints
        title = publication
    else:
        title = article.title.value if article.title else None
        authors = tuple(a.value for a in article.authors)
    agency = meta("agency")
    wanted: dict[str, object] = {"title": title}
    if article is not None:  # an issue has no author
        wanted["authors"] = authors or agency
    wanted["publication"] = publication
    if source.kind == "newspaper":  # a newspaper is cited by its day
        wanted["date"] = date is not None and date.day is not None
    else:
        wanted.update(year=date, issue=meta("issue"))
    page = meta("page")
    if article is not None:
        wanted["page"] = page
    missing = [name for name, value in wanted.items() if not value]
    if date_text and parse_date(date_text) is None:  # recorded, but not a date jjj can read
        missing = [name for name in missing if name != "date"]
        missing.append(f"date (not YYYY-MM-DD: {date_text!r})")
    return Work(
        key=article.key if article else source.key, kind=source.kind,
        whole_issue=article is None, title=title or UNTITLED,
        authors=authors or ((agency,) if agency else ()), publication=publication,
        date=date, issue=meta("issue"), cumulative_issue=meta("cumulative_issue"),
        combined_issue=meta("combined_issue"), page=page if article else None,
        section=meta("section") or meta("page_name"), issn=meta("issn"), cn=meta("cn"),
        publisher=meta("publisher"), agency=agency, dateline=meta("dateline"),
        original_publication=meta("original_publication"),
        original_date=parse_date(meta("original_date")), missing=tuple(missing),
        where=_where(kb.root, source, article, claim),
    )


def _where(root: Path, source: Source, article: Article | None, claim: Claim) -> str:
    """Where a user fills in what is missing; for the knowledge base installed with the
    package, how to get a copy to edit instead (nobody should edit site-packages)."""
    if _is_shipped(root):
        return (f"a copy of the knowledge base (`jjj init DIR --from-shipped`, then "
                f'`--kb DIR` or JJJ_KB=DIR): [[source]] file = "{source.file}"'
                + (f', article "{article.id}"' if article else ""))
    where = f'{root / "sources.toml"}:{source.line} ([[source]] file = "{source.file}"'
    return where + (f', article "{article.id}")' if article else (
        f"; no [[source.article]] holds paragraph {claim.first})"))


def _is_shipped(root: Path) -> bool:
    """Whether ``root`` is the knowledge base inside the installed package (not a
    checkout's facts/, which is the project's to edit)."""
    try:
        return root.resolve() == jjjcli.kb.shipped_root().resolve()
    except OSError:
        return False
