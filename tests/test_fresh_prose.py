"""compare on statements nobody tuned it for (tests/assets/fresh_prose: written by readers
of the sources, not of the claims, in December 2026 — paraphrased, rounded, combined, some in
English): a faithful figure is never contradicted, and a figure about another place or the
whole country is never supported or contradicted by a claim about 京津冀. Each line is one
statement; the statements are the audit's, unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from jjjcli.compare import Comparer
from jjjcli.kb import KnowledgeBase

FRESH = Path(__file__).parent / "assets" / "fresh_prose"


def statements(name: str) -> list[str]:
    return [line for line in (FRESH / name).read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def comparer(kb: KnowledgeBase) -> Comparer:
    return Comparer(kb)


@pytest.mark.parametrize("name", ["true.txt", "prose.txt"])
def test_a_faithful_figure_is_never_contradicted(comparer: Comparer, name: str) -> None:
    lines = statements(name)
    assert len(lines) > 30
    verdicts = [(s, f) for s in lines for f in comparer.compare(s).figures]
    contradicted = [(s, f.figure.raw, f.claim.id if f.claim else None)
                    for s, f in verdicts if f.verdict == "contradicted"]
    assert contradicted == []
    supported = sum(f.verdict == "supported" for _s, f in verdicts)
    assert supported / len(verdicts) > 0.9


def test_another_places_figure_is_never_decided_by_the_regions(comparer: Comparer) -> None:
    lines = statements("elsewhere.txt")
    assert len(lines) >= 50
    decided = [(s, f.verdict, f.claim.id if f.claim else None)
               for s in lines for f in comparer.compare(s).figures
               if f.verdict in ("contradicted", "supported")]
    assert decided == []


def expected(name: str) -> list[tuple[str, str]]:
    """(statement, T or F) of a .tsv set: T faithful to the source, F with a wrong figure."""
    rows = [line.split("\t") for line in statements(name)]
    assert all(len(row) == 2 and row[1] in ("T", "F") for row in rows), name
    return [(row[0], row[1]) for row in rows]


@pytest.mark.parametrize("name", ["english.tsv", "swaps.tsv", "change.tsv", "units.tsv",
                                  "lists.tsv"])
def test_a_second_set_of_fresh_statements(comparer: Comparer, name: str) -> None:
    """A second audit's sets: English renderings, a place's or a year's figure given to
    another (swaps: all F), growth and its direction (增长 for 下降, 低于 for 高于), units and
    scales, long 分别 lists. A faithful statement has no figure contradicted; a statement
    with a wrong figure is never supported as a whole."""
    rows = expected(name)
    assert len(rows) >= 30
    dangerous = []
    for statement, kind in rows:
        verdict = comparer.compare(statement)
        if kind == "T" and any(f.verdict == "contradicted" for f in verdict.figures):
            dangerous.append((statement, kind, verdict.reason))
        if kind == "F" and verdict.verdict == "supported":
            dangerous.append((statement, kind, verdict.reason))
    assert dangerous == []
