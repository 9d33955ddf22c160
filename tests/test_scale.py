"""A large knowledge base answers as a small one does: on a generated base searched through
its indexes (a low JJJ_INDEX_THRESHOLD), every result a full scan finds."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jjjcli.kb import KnowledgeBase

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SIZE = 3000


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(BENCHMARKS))
    root = tmp_path_factory.mktemp("scale") / "kb"
    generate(SIZE, root)
    return root


@pytest.fixture
def indexed(generated: Path, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[KnowledgeBase]:
    from jjjcli.index import open_kb

    monkeypatch.setenv("JJJ_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("JJJ_INDEX_THRESHOLD", "100")
    kb = open_kb(generated)
    assert kb.index is not None and len(kb) == SIZE
    yield kb


def _both(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, text: str,
          limit: int) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    """(through the index, full scan) results for ``text``."""
    from jjjcli.search import Searcher

    monkeypatch.setenv("JJJ_INDEX_THRESHOLD", "100")
    through_index = [(h.score, h.claim.id) for h in Searcher(kb).search(text, limit=limit)]
    monkeypatch.setenv("JJJ_INDEX_THRESHOLD", str(10 * SIZE))
    scan = [(h.score, h.claim.id) for h in Searcher(kb).search(text, limit=limit)]
    return through_index, scan


ALL_QUERIES = ["京津冀", "数字经济", "5.59万亿 京津冀", "北京 高新技术企业 2023",
               "investmnt beijing", "雄安新区 人口", "GDP 河北", "PM2.5 浓度", "京",
               "12.8% 数字经济", "新能源汽车，产量！"]


@pytest.mark.parametrize("text", ALL_QUERIES)
def test_limit_zero_returns_every_match_through_the_index(
        indexed: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    through_index, scan = _both(indexed, monkeypatch, text, 0)
    assert through_index == scan
    assert scan


def test_limit_zero_goes_past_the_candidate_cap(indexed: KnowledgeBase,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from jjjcli.index import FTS_CANDIDATES

    through_index, scan = _both(indexed, monkeypatch, "京津冀", 0)
    assert len(through_index) == len(scan) > 2 * FTS_CANDIDATES


def test_a_figure_brings_its_claims_however_common_the_words(
        indexed: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """Common 京津冀 pairs fill the candidate cap; the claims printing 5.59万亿 still come,
    and so do those whose recorded figure a query names with a common place."""
    through_index, scan = _both(indexed, monkeypatch, "5.59万亿 京津冀", 10)
    assert through_index == scan and scan
    sampled = [c for c in indexed.claims.values() if c.figures and c.subject][::97][:15]
    for claim in sampled:
        figure = claim.figures[0]
        text = f"{figure.raw} 京津冀"
        through_index, scan = _both(indexed, monkeypatch, text, 10)
        holding = [(s, cid) for s, cid in scan if any(
            f.same_quantity(figure) for f in indexed.claims[cid].figures)]
        assert holding and set(holding) <= set(through_index), text
        assert through_index[0][0] == scan[0][0], text


def test_a_query_the_index_cannot_narrow_is_streamed(
        indexed: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """One character is in no index: the claims are read one at a time, not all kept."""
    from jjjcli import index
    from jjjcli.search import Searcher

    made = 0
    real = index._iter_documents

    def counting(rows):  # type: ignore[no-untyped-def]
        nonlocal made
        for doc in real(rows):
            made += 1
            yield doc

    monkeypatch.setattr(index, "_iter_documents", counting)
    searcher = Searcher(indexed)
    hits = searcher.search("京", limit=5)
    assert len(hits) == 5 and all("京" in h.claim.quote + h.claim.subject for h in hits)
    assert made > 100 and searcher._documents is None
