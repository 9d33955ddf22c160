"""Where the sources disagree: claims on one metric, subject and period whose values cannot
both be true (`jjj conflicts`).

Claims are grouped by metric, subject and period exactly as the knowledge base records
them; within a group two claims disagree when no figure of one can be true together with a
figure of the other (``values.figures_agree``: 1.43倍 and 1.5倍 disagree, 超过12万家 and
16.3万余家 do not), and neither is the other rounded (1270亿元 and 1269.4亿元 agree).
Claims that in fact measure different things do not meet here: their metric, subject or
period says so. A metric whose subject can hold several values at once (broadband speed
tiers, N-hour travel circles) is marked ``several`` in the vocabulary and left out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path

from jjjcli.figures import Figure, is_date
from jjjcli.kb import Claim, KnowledgeBase
from jjjcli.record import Record


class Conflict(Record):
    """Claims on one metric, subject and period that cannot all be true."""

    __slots__ = ("metric", "subject", "period", "claims", "pairs")

    metric: str
    subject: str
    period: str
    #: the claims that disagree with at least one other, by source and paragraph
    claims: tuple[Claim, ...]
    #: the pairs of ids that disagree
    pairs: tuple[tuple[str, str], ...]

    def __init__(self, metric: str, subject: str, period: str, claims: tuple[Claim, ...],
                 pairs: tuple[tuple[str, str], ...]) -> None:
        self.metric = metric
        self.subject = subject
        self.period = period
        self.claims = claims
        self.pairs = pairs

    def others(self, claim_id: str) -> list[str]:
        """The ids of the claims ``claim_id`` disagrees with."""
        return sorted({b if a == claim_id else a for a, b in self.pairs
                       if claim_id in (a, b)})

    def to_dict(self) -> dict[str, object]:
        return {"metric": self.metric, "subject": self.subject, "period": self.period,
                "claims": [c.to_dict() for c in self.claims]}


def rounds_to(precise: Figure, rough: Figure) -> bool:
    """Whether ``rough`` is ``precise`` rounded to the digits ``rough`` prints (1270亿元 is
    1269.4亿元 rounded; 1.5倍 is not 1.43倍 rounded): two exact figures in one unit."""
    from jjjcli.values import comparable_unit, significant_digits

    if precise.qualifier != "exact" or rough.qualifier != "exact":
        return False
    if comparable_unit(precise.unit) != comparable_unit(rough.unit):
        return False
    value, target = float(precise.value), float(rough.value)
    if value == 0 or target == 0:
        return value == target
    digits = significant_digits(target)
    if digits >= significant_digits(value):
        return False
    scale = 10 ** (math.floor(math.log10(abs(value))) - digits + 1)
    return math.isclose(round(value / scale) * scale, target, rel_tol=1e-9)


def _agree(a: Claim, b: Claim) -> bool:
    return any(_figures_agree(fa, fb) for fa in a.figures for fb in b.figures)


def _figures_agree(a: Figure, b: Figure) -> bool:
    """Two dates agree on the parts both print (2023年 and 2023年5月; 12日 and 2023年5月11日
    至12日: undecidable is no conflict); other figures as values.figures_agree, or one the
    other rounded."""
    from jjjcli.figures import dates_agree
    from jjjcli.values import figures_agree

    if is_date(a) or is_date(b):
        return is_date(a) and is_date(b) and dates_agree(a, b) is not False
    return figures_agree(a, b) or rounds_to(a, b) or rounds_to(b, a)


def _group(claim: Claim) -> tuple[str, str, str]:
    """The metric, subject and period under which a claim meets the claims it may
    disagree with: a date claim's period is its own year, so two dates of one event are
    compared whatever years they give (2022 and 2023 for one approval disagree)."""
    period = "" if all(is_date(f) for f in claim.figures) else claim.period
    return claim.metric, claim.subject, period


def disagreeing(claim: Claim, claims: Iterable[Claim],
                several: frozenset[str] = frozenset()) -> list[Claim]:
    """The claims of ``claims`` that cannot be true with ``claim`` (those a conflict of
    :func:`conflicts_among` pairs it with), in their order: what compare names beside a
    figure ``claim`` supports."""
    if claim.metric in several or not claim.figures:
        return []
    key = _group(claim)
    return [other for other in claims if other.id != claim.id and other.figures
            and _group(other) == key and not _agree(claim, other)]


def conflicts_among(claims: Iterable[Claim], several: frozenset[str] = frozenset()
                    ) -> list[Conflict]:
    """The conflicts among ``claims``, ordered by metric, subject and period."""
    groups: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        if claim.metric not in several and claim.figures:
            groups.setdefault(_group(claim), []).append(claim)
    found: list[Conflict] = []
    for (metric, subject, period), group in sorted(groups.items()):
        group.sort(key=lambda c: (c.source, c.first, c.id))
        pairs = tuple((a.id, b.id) for i, a in enumerate(group) for b in group[i + 1 :]
                      if not _agree(a, b))
        if pairs:
            involved = {i for pair in pairs for i in pair}
            found.append(Conflict(metric, subject, period,
                                  tuple(c for c in group if c.id in involved), pairs))
    return found


def several_metrics(root: str | Path) -> frozenset[str]:
    """The metrics the vocabulary at ``root`` marks ``several``: a subject may hold several
    values of them at once (N-hour travel circles), so they conflict with nothing."""
    from jjjcli.vocabulary import load_vocabulary

    return frozenset(m.name for m in load_vocabulary(root).metrics.values() if m.several)


def find_conflicts(kb: KnowledgeBase) -> list[Conflict]:
    """Every conflict in the knowledge base."""
    return conflicts_among(kb, several_metrics(kb.root))


# --- `jjj compare --metric`: one metric's claims side by side, the disagreeing flagged


class MetricGroup(Record):
    """Claims on one metric and subject, with whether their values disagree."""

    __slots__ = ("metric", "subject", "claims")

    metric: str
    subject: str
    claims: list[Claim]

    def __init__(self, metric: str, subject: str, claims: list[Claim]) -> None:
        self.metric = metric
        self.subject = subject
        self.claims = claims

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
    """Whether two claims of a group can both be true by their values alone (figures_agree:
    side by side, a rounded figure is flagged too, which `jjj conflicts` forgives)."""
    from jjjcli.values import figures_agree

    return any(figures_agree(fa, fb) for fa in a.figures for fb in b.figures)


def group_by_metric(claims: Iterable[Claim]) -> list[MetricGroup]:
    groups: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.metric, claim.subject), []).append(claim)
    return [MetricGroup(m, s, sorted(c, key=lambda c: (c.period, c.source, c.first)))
            for (m, s), c in groups.items()]


def claims_for_metric(kb: KnowledgeBase, metric: str, subject: str | None = None) -> list[Claim]:
    """Every claim whose metric is (or, failing that, closely resembles) ``metric``."""
    from jjjcli.search import normalize

    wanted = normalize(metric).strip()
    names = kb.distinct("metric")
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
        from jjjcli.scope import core_name

        core = core_name(normalize(subject))
        claims = [c for c in claims if core in c.subject]
    return claims
