"""`jjj compare`: check a statement's figures against the claims about the same thing.

For each figure of the statement, the claims that could speak to it are those with a figure
in a compatible unit whose words match the statement's (metric, subject, quote) well enough,
and whose subject the statement does not contradict. Among them:

- a claim with the same value (after unit normalisation, or equal at the precision the
  statement prints) and a compatible period **supports** it;
- otherwise a claim with the same value for another period, or the best-matching claim's
  other value, **contradicts** it;
- with no such claim, the figure is **unsupported**.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from jjjcli.figures import Figure, find_figures
from jjjcli.kb import Claim, KnowledgeBase
from jjjcli.search import YEAR, Document, Filters, Searcher, normalize, parse_query, text_score

SUPPORTED, CONTRADICTED, UNSUPPORTED = "supported", "contradicted", "unsupported"
#: how well a claim's words must match the statement's to speak to it
MIN_RELEVANCE = 0.52
#: claims this close to the best match count as being about the same thing
RELEVANCE_BAND = 0.12
_SUBJECT_SUFFIXES = ("特别行政区", "自治区", "新区", "市", "省", "区", "县")
_SUBJECT_ALIASES = {
    "京津冀": ("京津冀", "三地", "三省市"),
    "北京城市副中心": ("北京城市副中心", "城市副中心", "副中心"),
}
_QUALIFIER_EN = {
    "exact": "", "about": "about ", "nearly": "nearly ", "more-than": "more than ",
    "at-least": "at least ", "less-than": "less than ", "up-to": "up to ", "range": "",
    "ordinal": "No. ",
}
_OPPOSITE = {("more-than", "less-than"), ("less-than", "more-than"), ("at-least", "less-than"),
             ("less-than", "at-least"), ("up-to", "more-than"), ("more-than", "up-to")}


@dataclass(slots=True)
class FigureVerdict:
    figure: Figure
    verdict: str
    claim: Claim | None = None
    expected: Figure | None = None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw": self.figure.raw, "value": self.figure.value, "unit": self.figure.unit,
            "qualifier": self.figure.qualifier, "verdict": self.verdict,
            "claim": self.claim.id if self.claim else None,
            "expected": self.expected.raw if self.expected else None,
            "period": self.claim.period if self.claim else None,
            "reason": self.reason,
        }


@dataclass(slots=True)
class StatementVerdict:
    statement: str
    verdict: str
    figures: list[FigureVerdict] = field(default_factory=list)
    reason: str = ""

    @property
    def evidence(self) -> list[str]:
        return list(dict.fromkeys(f.claim.id for f in self.figures if f.claim))

    def to_dict(self) -> dict[str, Any]:
        return {
            "statement": self.statement, "verdict": self.verdict,
            "figures": [f.to_dict() for f in self.figures], "evidence": self.evidence,
            "reason": self.reason,
        }


_UNIT_EN = {
    "元": "yuan", "美元": "US dollars", "欧元": "euros", "港元": "HK dollars",
    "个百分点": "percentage points", "倍": "times", "公里": "km", "平方公里": "km²",
    "平方米": "m²", "人": "people", "人次": "visits", "吨": "tonnes", "亩": "mu",
    "年": "years", "个月": "months", "天": "days", "小时": "hours",
}
_SCALE_EN = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def describe(figure: Figure) -> str:
    """A figure for an English sentence: 'more than 1,100 家', '2.5 trillion yuan', '27%'."""
    value = _number(figure.value)
    if figure.high is not None:
        value = f"{value}–{_number(figure.high)}"
    unit = figure.unit or ""
    name = _UNIT_EN.get(unit, unit)
    spaced = "" if unit in ("%", "‰", "") else " "
    return f"{_QUALIFIER_EN.get(figure.qualifier, '')}{value}{spaced}{name}".strip()


def _number(value: float) -> str:
    for size, word in _SCALE_EN:
        if abs(value) >= size:
            return f"{value / size:,.6g} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:g}"


def _significant_tolerance(raw: str, value: float) -> float:
    """Half a unit in the last printed digit, in base units (5.6万亿 → ±0.05万亿)."""
    m = re.search(r"[0-9０-９]+(?:[.,][0-9]+)*", raw)
    if not m:
        return 0.0
    printed = m.group(0).replace(",", "")
    try:
        number = Decimal(printed)
    except InvalidOperation:
        return 0.0
    if number == 0:
        return 0.0
    scale = value / float(number)
    exponent = number.as_tuple().exponent
    step = 10.0 ** int(exponent) if isinstance(exponent, int) else 1.0
    return 0.5 * step * abs(scale)


def _same_value(claimed: Figure, stated: Figure) -> tuple[bool, bool]:
    """(equal, only at the statement's precision)."""
    if claimed.unit and stated.unit and claimed.unit != stated.unit:
        return False, False
    if claimed.same_quantity(stated):
        return True, False
    tolerance = _significant_tolerance(stated.raw, stated.value)
    if tolerance and abs(claimed.value - stated.value) <= tolerance + 1e-9 * abs(stated.value):
        return True, True
    return False, False


def _units_compatible(a: Figure, b: Figure) -> bool:
    return not a.unit or not b.unit or a.unit == b.unit


def _period_years(period: str) -> set[str]:
    return set(YEAR.findall(period))


def _core(subject: str) -> str:
    for suffix in _SUBJECT_SUFFIXES:
        if subject.endswith(suffix) and len(subject) > len(suffix) + 1:
            return subject[: -len(suffix)]
    return subject


class Comparer:
    """Compares statements with one knowledge base; build once, compare many."""

    def __init__(self, kb: KnowledgeBase, searcher: Searcher | None = None) -> None:
        self.kb = kb
        self.searcher = searcher or Searcher(kb)
        self.subjects = self._subject_names(kb)

    @staticmethod
    def _subject_names(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
        names: dict[str, tuple[str, ...]] = {}
        for subject in distinct(kb, "subject"):
            if subject:
                names[subject] = tuple(dict.fromkeys(
                    (subject, _core(subject), *_SUBJECT_ALIASES.get(subject, ()))))
        return names

    def _mentioned_subjects(self, text: str) -> set[str]:
        found = {s for s, names in self.subjects.items() if any(n in text for n in names)}
        # 天津滨海新区 mentioned: 天津市 is only part of that name, not a second subject
        return {s for s in found
                if not any(s != o and _core(s) in o and o in found for o in found)}

    def compare(self, statement: str) -> StatementVerdict:
        text = normalize(" ".join(statement.split()))
        found = find_figures(text, dates=True)
        figures = [f.figure for f in found if not f.is_date]
        if not figures:
            return StatementVerdict(statement, UNSUPPORTED,
                                    reason="no figure in the statement to check")
        years = set(YEAR.findall(text))
        query = parse_query(statement)
        mentioned = self._mentioned_subjects(text)
        relevance = self._relevance(query, mentioned, figures)
        verdicts = [self._figure_verdict(f, years, relevance) for f in figures]
        if any(v.verdict == CONTRADICTED for v in verdicts):
            overall = CONTRADICTED
        elif any(v.verdict == UNSUPPORTED for v in verdicts):
            overall = UNSUPPORTED
        else:
            overall = SUPPORTED
        reason = "; ".join(v.reason for v in verdicts if v.reason)
        return StatementVerdict(statement, overall, verdicts, reason)

    def _relevance(self, query: Any, mentioned: set[str],
                   figures: Sequence[Figure]) -> list[tuple[float, Document]]:
        scored: list[tuple[float, Document]] = []
        for doc in self.searcher.candidates(query, Filters()):
            if not any(_units_compatible(f, s) for f in doc.figures for s in figures):
                continue
            if mentioned and doc.subject not in mentioned:
                continue
            score = text_score(query, doc)
            if score is None or score < MIN_RELEVANCE:
                continue
            scored.append((score, doc))
        scored.sort(key=lambda pair: -pair[0])
        return scored

    def _figure_verdict(self, stated: Figure, years: set[str],
                        relevance: list[tuple[float, Document]]) -> FigureVerdict:
        pool = [(s, d) for s, d in relevance
                if any(_units_compatible(f, stated) for f in d.figures)]
        if not pool:
            return FigureVerdict(stated, UNSUPPORTED,
                                 reason=f"no claim speaks to {describe(stated)}")
        best = pool[0][0]
        near = [c for s, c in pool if s >= best - RELEVANCE_BAND]
        # (same qualifier, exact not rounded, rank) orders the claims stating this value
        agreeing: list[tuple[tuple[bool, bool, int], Document, Figure, bool]] = []
        other_period: tuple[Document, Figure] | None = None
        for rank, doc in enumerate(near):
            for figure in doc.figures:
                equal, rounded = _same_value(figure, stated)
                if not equal:
                    continue
                claim_years = _period_years(doc.period)
                if years and claim_years and not years & claim_years:
                    other_period = other_period or (doc, figure)
                    continue
                key = (figure.qualifier != stated.qualifier, rounded, rank)
                agreeing.append((key, doc, figure, rounded))
        if agreeing:
            _key, doc, figure, rounded = min(agreeing, key=lambda item: item[0])
            claim = self._claim(doc)
            if (figure.qualifier, stated.qualifier) in _OPPOSITE:
                return FigureVerdict(
                    stated, CONTRADICTED, claim, figure,
                    f"the source says {describe(figure)}; the statement says {describe(stated)}")
            reason = ""
            if rounded:
                reason = f"the source says {describe(figure)} (equal when rounded)"
            elif figure.qualifier != stated.qualifier:
                reason = f"the source says {describe(figure)}"
            return FigureVerdict(stated, SUPPORTED, claim, figure, reason)
        if other_period:
            claim, figure = self._claim(other_period[0]), other_period[1]
            return FigureVerdict(
                stated, CONTRADICTED, claim, figure,
                f"the source gives {describe(figure)} for {claim.period}; the statement says "
                f"{'/'.join(sorted(years))}")
        claim = self._claim(near[0])
        figure = next(f for f in claim.figures if _units_compatible(f, stated))
        return FigureVerdict(
            stated, CONTRADICTED, claim, figure,
            f"the source says {describe(figure)}; the statement says {describe(stated)}")


    def _claim(self, doc: Document) -> Claim:
        return doc.claim if doc.claim is not None else self.kb.claims[doc.id]


def distinct(kb: KnowledgeBase, column: str) -> list[str]:
    """The distinct values of a claim field (metric, subject), sorted."""
    if kb.index is not None:
        return kb.index.distinct(column)  # type: ignore[no-any-return]
    return sorted({getattr(c, column) for c in kb})


def compare_statements(kb: KnowledgeBase, statements: Iterable[str]) -> Iterable[StatementVerdict]:
    comparer = Comparer(kb)
    for statement in statements:
        yield comparer.compare(statement)


@dataclass(slots=True)
class MetricGroup:
    """Claims on one metric and subject, with whether their values disagree."""

    metric: str
    subject: str
    claims: list[Claim]

    def disagreements(self) -> list[tuple[Claim, Claim]]:
        """Pairs of claims for the same period with different values."""
        pairs: list[tuple[Claim, Claim]] = []
        for i, a in enumerate(self.claims):
            for b in self.claims[i + 1 :]:
                if a.period != b.period:
                    continue
                if not _values_agree(a, b):
                    pairs.append((a, b))
        return pairs


def _values_agree(a: Claim, b: Claim) -> bool:
    for fa in a.figures:
        for fb in b.figures:
            if fa.same_quantity(fb):  # sources that round differently do disagree: 10 ≠ 10.4
                return True
    return False


def group_by_metric(claims: Iterable[Claim]) -> list[MetricGroup]:
    groups: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.metric, claim.subject), []).append(claim)
    return [MetricGroup(m, s, sorted(c, key=lambda c: (c.period, c.source, c.first)))
            for (m, s), c in groups.items()]


def claims_for_metric(kb: KnowledgeBase, metric: str, subject: str | None = None) -> list[Claim]:
    """Every claim whose metric is (or, failing that, closely resembles) ``metric``."""
    wanted = normalize(metric).strip()
    names = distinct(kb, "metric")
    chosen = [n for n in names if n == wanted]
    if not chosen:
        from rapidfuzz import fuzz, process

        best = process.extract(wanted, names, scorer=fuzz.WRatio, limit=3, score_cutoff=80)
        chosen = [name for name, _score, _i in best]
    claims: list[Claim]
    if kb.index is not None:
        claims = kb.index.with_metrics(chosen)
    else:
        claims = [c for c in kb if c.metric in chosen]
    if subject:
        core = _core(normalize(subject))
        claims = [c for c in claims if core in c.subject]
    return claims

