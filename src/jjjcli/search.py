"""Ranking claims for a query: Chinese words, figures in any form, English, typos.

A query is normalised (traditional → simplified, full-width → half-width, lower case), its
figures and years are taken out, and what is left is matched as text:

- Chinese, which has no spaces, by character bigrams (paraphrases share most of them) and
  by rapidfuzz's ``partial_ratio`` (one wrong character still aligns);
- English words against the claims' English renderings, each word fuzzily;
- figures by value after unit normalisation (5.59万亿 = 55900亿元 = 5.59 trillion yuan);
- years against the claim's period.

Each signal present in the query is a share in [0, 1]; the score is their weighted mean.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jjjcli.errors import JJJError
from jjjcli.figures import Figure, find_figures
from jjjcli.kb import Claim, KnowledgeBase

MIN_SCORE = 0.5
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[a-z][a-z0-9'’]*|\d+[a-z]+")
#: a year printed as four digits (1950–2099)
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_FULLWIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_STOP_EN = frozenset(
    "a an the of in on at to for and or by with from is are was were be been as that this "
    "its it than more less about over under nearly almost around what how many much".split()
)
_STOP_CN = frozenset("的了和与及是在有多少年")
#: a query word → words the knowledge base uses for it
ALIASES = {
    "gdp": "地区生产总值 经济总量",
    "经济总量": "地区生产总值",
    "生产总值": "地区生产总值 经济总量",
    "副中心": "北京城市副中心 通州",
    "通州": "北京城市副中心 通州区",
    "外资": "实际使用外资",
    "高企": "高新技术企业",
    "sub-centre": "sub-center subsidiary centre",
    "sub-center": "sub-centre",
}

WEIGHT_TEXT = 1.0
WEIGHT_FIGURE = 1.5
WEIGHT_YEAR = 0.5


def to_simplified(text: str) -> str:
    """Traditional Chinese → simplified (OpenCC), only when the text has Chinese in it."""
    if not _CJK.search(text):
        return text
    return str(_converter().convert(text))


@lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def normalize(text: str) -> str:
    return to_simplified(text.translate(_FULLWIDTH)).lower()


def bigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for run in _CJK.findall(text):
        if len(run) == 1:
            if run not in _STOP_CN:
                grams.add(run)
            continue
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return grams


#: English words the claims' renderings use interchangeably, mapped to one
_SAME_WORD = {
    "firm": "enterprise", "company": "enterprise", "business": "enterprise",
    "center": "centre", "subcentre": "sub", "kilometer": "kilometre", "percent": "%",
    "gdp": "output", "economic": "economy", "investor": "investment", "invest": "investment",
}


def _stem(word: str) -> str:
    word = word.strip("'’")
    if word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"
    elif word.endswith("sses") or word.endswith("ches") or word.endswith("shes"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    return _SAME_WORD.get(word, word)


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    chinese: str
    bigrams: frozenset[str]
    words: tuple[str, ...]
    figures: tuple[Figure, ...]
    years: frozenset[str]

    @property
    def empty(self) -> bool:
        return not (self.chinese or self.words or self.figures or self.years)


def parse_query(raw: str) -> Query:
    text = normalize(" ".join(raw.split()))
    found = find_figures(text, dates=True)
    figures = tuple(f.figure for f in found if not f.is_date)
    years = frozenset(YEAR.findall(text))
    rest = text
    for f in sorted(found, key=lambda f: -f.start):
        rest = rest[: f.start] + " " + rest[f.end :]
    rest = YEAR.sub(" ", rest)
    expanded = [rest]
    for key, more in ALIASES.items():
        if key in rest:
            expanded.append(more)
    chinese = "".join(_CJK.findall(rest))
    words = tuple(dict.fromkeys(
        _stem(w) for w in _LATIN_WORD.findall(rest) if w not in _STOP_EN and len(w) > 1
    ))
    grams = bigrams(" ".join(expanded)) if chinese else frozenset()
    return Query(raw, chinese, frozenset(grams), words, figures, years)


@dataclass(slots=True)
class Document:
    """What a claim offers to the matcher, prepared once per knowledge base."""

    claim: Claim
    chinese: str
    bigrams: frozenset[str]
    key_bigrams: frozenset[str]  # of the metric and subject: what the claim is about
    words: frozenset[str]
    english: str
    years: frozenset[str]


def _period_years(period: str) -> frozenset[str]:
    years = [int(y) for y in re.findall(r"\d{4}", period)]
    if len(years) == 2 and years[1] - years[0] <= 30:
        return frozenset(str(y) for y in range(years[0], years[1] + 1))
    return frozenset(str(y) for y in years)


def make_document(claim: Claim) -> Document:
    chinese = "".join(_CJK.findall(normalize(" ".join((claim.metric, claim.subject, claim.quote)))))
    english = " ".join(normalize(claim.en).split())
    words = frozenset(_stem(w) for w in _LATIN_WORD.findall(english + " " + " ".join(claim.topics)))
    return Document(
        claim=claim, chinese=chinese, bigrams=frozenset(bigrams(chinese)),
        key_bigrams=frozenset(bigrams(normalize(claim.metric + " " + claim.subject))), words=words,
        english=english, years=_period_years(claim.period) | frozenset(YEAR.findall(claim.quote)),
    )


@dataclass(slots=True)
class Hit:
    claim: Claim
    score: float
    matched_figures: list[Figure] = field(default_factory=list)


@dataclass(slots=True)
class Filters:
    source: str | None = None
    topic: str | None = None
    period: str | None = None

    def accepts(self, claim: Claim) -> bool:
        if self.source and not claim.source.startswith(self.source):
            return False
        if self.topic and self.topic.lower() not in claim.topics:
            return False
        if self.period:
            wanted = _period_years(self.period)
            if not wanted or not wanted & _period_years(claim.period):
                return False
        return True


def text_score(query: Query, doc: Document) -> float | None:
    """How well the query's words match the claim's, in [0, 1]; None without words."""
    from rapidfuzz import fuzz

    parts: list[float] = []
    if query.chinese:
        size = len(query.bigrams) or 1
        recall = len(query.bigrams & doc.bigrams) / size
        key = len(query.bigrams & doc.key_bigrams) / min(size, len(doc.key_bigrams) or 1)
        fuzzy = fuzz.partial_ratio(query.chinese, doc.chinese) / 100 if doc.chinese else 0.0
        parts.append(0.45 * recall + 0.35 * fuzzy + 0.2 * min(key, 1.0))
    if query.words:
        hits = 0.0
        for word in query.words:
            if word in doc.words:
                hits += 1
            elif len(word) >= 4 and doc.words:
                best = max(fuzz.ratio(word, w) for w in doc.words)
                hits += 0.8 if best >= 80 else 0.0
        parts.append(hits / len(query.words))
    return sum(parts) / len(parts) if parts else None


def _figure_score(query: Query, claim: Claim) -> tuple[float, list[Figure]]:
    matched: list[Figure] = []
    for wanted in query.figures:
        for figure in claim.figures:
            if figure.same_quantity(wanted):
                matched.append(figure)
                break
    return len(matched) / len(query.figures), matched


def score(query: Query, doc: Document) -> Hit:
    total = weights = 0.0
    text = text_score(query, doc)
    if text is not None:
        total += WEIGHT_TEXT * text
        weights += WEIGHT_TEXT
    matched: list[Figure] = []
    if query.figures:
        share, matched = _figure_score(query, doc.claim)
        total += WEIGHT_FIGURE * share
        weights += WEIGHT_FIGURE
    if query.years:
        total += WEIGHT_YEAR * (len(query.years & doc.years) / len(query.years))
        weights += WEIGHT_YEAR
    return Hit(doc.claim, total / weights if weights else 0.0, matched)


class Searcher:
    """Documents for every claim of a knowledge base, ready to rank."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.documents = [make_document(c) for c in kb]

    def search(self, raw: str, filters: Filters | None = None, limit: int = 10,
               min_score: float = MIN_SCORE) -> list[Hit]:
        if not raw.strip():
            raise JJJError("the query is empty: give words, a figure or a phrase to look for")
        query = parse_query(raw[:2000])
        if query.empty:
            raise JJJError(f"nothing to search for in {raw.strip()[:40]!r}")
        filters = filters or Filters()
        hits = [score(query, d) for d in self.documents if filters.accepts(d.claim)]
        hits = [h for h in hits if h.score >= min_score]
        hits.sort(key=lambda h: (-h.score, h.claim.id))
        return hits[:limit] if limit > 0 else hits


def search(kb: KnowledgeBase, query: str, filters: Filters | None = None,
           limit: int = 10) -> list[Hit]:
    """Rank the claims of ``kb`` for ``query``, best first."""
    return Searcher(kb).search(query, filters, limit)


def highlight_spans(
    text: str, query: Query, figures: Iterable[Figure] = ()
) -> list[tuple[int, int]]:
    """Spans of ``text`` to highlight: characters of query bigrams, and matched figures."""
    simplified = text.lower()
    marks = [False] * len(text)
    for gram in query.bigrams:
        if len(gram) < 2:
            continue
        at = simplified.find(gram)
        while at != -1:
            for i in range(at, at + len(gram)):
                marks[i] = True
            at = simplified.find(gram, at + 1)
    wanted = list(figures)
    if wanted:
        for found in find_figures(text):
            if any(found.figure.same_quantity(w) for w in wanted):
                for i in range(found.start, found.end):
                    marks[i] = True
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, on in enumerate([*marks, False]):
        if on and start is None:
            start = i
        elif not on and start is not None:
            spans.append((start, i))
            start = None
    return spans


def hit_dicts(hits: Sequence[Hit]) -> list[dict[str, object]]:
    return [h.claim.to_dict(score=h.score) for h in hits]
