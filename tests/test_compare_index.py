"""`jjj compare` through the cache's indexes (a base above JJJ_INDEX_THRESHOLD, issue 19):
candidates by the statement's metrics, subjects and figure values, the claims stating a
value, the dated claims and the near-word contradictions from index lookups — and the
same verdicts as reading every claim, on the real knowledge base and on a generated one.
(Speed is measured in benchmarks/compare_sources.py, not here.)"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from jjjcli.kb import KnowledgeBase, load_kb

BENCHMARKS = REPO / "benchmarks"


def _benchmark_module(name: str) -> Any:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.fixture
def indexed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[KnowledgeBase]:
    """The shipped knowledge base opened through its cache, read through the indexes."""
    from jjjcli.index import open_kb

    monkeypatch.setenv("JJJ_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("JJJ_INDEX_THRESHOLD", "0")
    kb = open_kb(None)
    assert kb.index is not None
    yield kb


def _statements(kb: KnowledgeBase) -> list[str]:
    """Source sentences (every fifth), the same with a figure changed, statements about
    other places and years, and dated and English statements."""
    module = _benchmark_module("compare_sources")
    cases = module.source_cases(kb)
    sentences = sorted({c.sentence for c in cases})[::5]
    changed = sorted({c.changed for c in cases if c.changed})[::9]
    return [*sentences, *changed, *module.out_of_scope_statements()[::2],
            "北京城市副中心于2016年9月设立", "2023年京津冀地区生产总值为10.4万亿元",
            "Beijing-Tianjin-Hebei GDP reached 10.4 trillion yuan in 2023",
            "2023年京津冀GDP11万亿元", "良乡大学城有12个国家一流学科"]


def test_compare_through_the_indexes_gives_the_verdicts_of_reading_every_claim(
        indexed: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    from jjjcli.compare import Comparer
    from jjjcli.search import Searcher

    statements = _statements(indexed)
    assert len(statements) > 200
    every_claim = Comparer(load_kb())  # the TOML: no index, every claim read
    expected = [every_claim.compare(s).to_dict() for s in statements]

    def no_full_text(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("compare asked the full-text candidates of search")

    monkeypatch.setattr(Searcher, "candidates", no_full_text)
    through_index = Comparer(indexed)
    assert through_index._large() is indexed.index
    got = [through_index.compare(s).to_dict() for s in statements]
    for want, have in zip(expected, got, strict=True):
        assert have == want, want["statement"]
    verdicts = {r["verdict"] for r in got}
    assert verdicts == {"supported", "contradicted", "unsupported"}
    # the dated claims were read from the cache, and only those with a date
    assert through_index.dates._dated_rows
    assert all(d.figure.unit == "date" for dates in through_index.dates._dated_rows.values()
               for d in dates)


def test_claims_holding_a_value_come_from_the_index_of_figure_values(
        indexed: KnowledgeBase) -> None:
    from jjjcli.index import claims_holding

    claims = list(load_kb())
    claim = next(c for c in claims if c.id.startswith("004-254"))  # 10.4万亿元, 2023 GDP
    value = claim.figures[0].value
    found = claims_holding(indexed.index, [(value * 0.999, value * 1.001)])
    assert found is not None and claim.id in [c.id for c in found]
    scan = [c.id for c in claims if any(value * 0.999 <= f.value <= value * 1.001
                                        for f in c.figures)]
    assert [c.id for c in found] == scan  # every one, in the knowledge base's order
    two = claims_holding(indexed.index, [(value, value), (37.0, 37.0)])
    assert two is not None
    assert {c.id for c in two} == {c.id for c in claims
                                   if any(f.value in (value, 37.0) for f in c.figures)}
    assert claims_holding(indexed.index, []) == []
    assert claims_holding(indexed.index, [(-2.0, -1.0)]) == []


def test_a_value_in_some_units_comes_from_the_index_as_a_scan_finds_it(
        indexed: KnowledgeBase) -> None:
    """Searcher.about's ``units`` (the figure holding the value printed in one of them)
    and ``fitting`` (some figure of the claim in one of them): the cache's index of
    figure values and units answers as reading every claim does."""
    from jjjcli.search import Searcher
    from jjjcli.values import printed_units

    assert printed_units("个") >= {"个", "家", "项"} and printed_units(None) == {""}
    assert printed_units("年") == {"年", "周年"}
    claims = list(load_kb())
    scan = Searcher(load_kb())
    indexed_search = Searcher(indexed)
    counts = {f.value for c in claims for f in c.figures if f.unit == "家"}
    value = max(counts, key=lambda v: sum(f.value == v for c in claims for f in c.figures))
    for units, fitting in ((printed_units("个"), None), ({"%"}, None), ({""}, None),
                           (None, {"", "%"}), (None, {"亿元"}), (printed_units("个"), {"%"})):
        got = [d.id for d in indexed_search.about((), (), [value], 0.0, units, fitting)]
        want = [d.id for d in scan.about((), (), [value], 0.0, units, fitting)]
        assert got == want, (units, fitting)
        assert got == [c.id for c in claims if any(
            f.value == value and (units is None or (f.unit or "") in units)
            for f in c.figures) and (fitting is None or any(
                (f.unit or "") in fitting for f in c.figures))]
    assert indexed_search.about((), (), [value], 0.0, printed_units("个"))
    assert indexed_search.about((), (), [value], 0.0, {"光年"}) == []


def test_claims_with_a_unit_are_every_claim_with_a_figure_in_it(
        indexed: KnowledgeBase) -> None:
    from jjjcli.index import claims_with_unit

    claims = list(load_kb())
    dated = claims_with_unit(indexed.index, "date")
    assert dated is not None
    have = [c.id for c in dated if any(f.unit == "date" for f in c.figures)]
    assert have == [c.id for c in claims if any(f.unit == "date" for f in c.figures)]
    assert len(have) > 50
    money = claims_with_unit(indexed.index, "亿元")
    assert money is not None and all("亿元" in c.to_dict()["figures"].__repr__()
                                     for c in money)
    assert claims_with_unit(indexed.index, "光年") == []


def test_claims_sharing_character_pairs_from_the_full_text_index(
        indexed: KnowledgeBase) -> None:
    from jjjcli.index import FTS_CANDIDATES, claims_by_rowid, rowids_sharing_pairs
    from jjjcli.search import bigrams, normalize

    pairs = bigrams(normalize("已落地企业"))
    rowids = rowids_sharing_pairs(indexed.index, pairs)
    assert rowids is not None and 0 < len(rowids) <= FTS_CANDIDATES
    assert rowids == sorted(rowids)  # the base's order
    read = claims_by_rowid(indexed.index, rowids)
    assert read is not None
    found = [read[r] for r in rowids]
    # (the full-text terms skip punctuation: 一企(业)一证 holds the pair 企业)
    assert all(pairs & bigrams(normalize(re.sub(r"\W", "", c.quote + c.metric + c.subject)))
               for c in found)
    holding_all = [c.id for c in load_kb() if pairs <= bigrams(normalize(c.quote))]
    assert holding_all and set(holding_all) <= {c.id for c in found}
    order = [c.id for c in found]
    assert order == [c.id for c in load_kb() if c.id in set(order)]  # the base's order
    assert rowids_sharing_pairs(indexed.index, {"京"}) == []  # a single character: no pair


def test_the_closest_words_leave_out_pairs_search_still_weighs(
        indexed: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding the claims whose words are most like a statement's (compare) counts a
    character pair in 0.5 % of the claims as common, as a million-claim base does for
    every query (RARE_TERM); search's quorum still weighs pairs up to 2 %. (The shipped
    base is small: the floor of COMMON_FLOOR claims is lowered to show it.)"""
    from jjjcli import index
    from jjjcli.search import bigrams, normalize

    monkeypatch.setattr(index, "COMMON_FLOOR", 0)
    store = indexed.index
    clauses = [f"pairs : {index._quoted(g)}"
               for g in sorted(bigrams(normalize("北京城市副中心已落地企业")))]
    counts = dict(zip(clauses, index._counts(store.db, clauses), strict=True))
    sharing = int(store.count * index.SHARING_COMMON_SHARE)
    searching = int(store.count * index.COMMON_SHARE)
    between = [c for c, n in counts.items() if sharing <= n < searching]
    rarer = [c for c, n in counts.items() if 0 < n < sharing]
    assert between and rarer
    found = index._sharing_pairs(store, bigrams(normalize("北京城市副中心已落地企业")))
    assert found == sorted(index._quorum(store.db, rarer, store.count,
                                         common_share=index.SHARING_COMMON_SHARE))
    assert set(found) != set(index._quorum(store.db, clauses, store.count))


def test_near_word_contradictions_read_each_claim_once(
        indexed: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a large base the claims sharing a figure's near words are read from the cache
    once per process: asking again reads none, and the verdict is the same."""
    from jjjcli import index
    from jjjcli.compare import Comparer

    read: list[int] = []
    real = index.claims_by_rowid

    def counting(store: Any, rowids: list[int]) -> Any:
        read.extend(rowids)
        return real(store, rowids)

    monkeypatch.setattr(index, "claims_by_rowid", counting)
    comparer = Comparer(indexed)
    statement = "北京城市副中心已落地企业123余家"
    first = comparer.compare(statement).as_dict()
    assert read and len(read) == len(set(read))
    before = len(read)
    assert comparer.compare(statement).as_dict() == first
    assert len(read) == before


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    generate = _benchmark_module("generate").generate
    root = tmp_path_factory.mktemp("compare-scale") / "kb"
    generate(1500, root)
    return root


def test_a_generated_base_compares_through_its_indexes_as_through_every_claim(
        generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jjjcli.compare import Comparer
    from jjjcli.index import open_kb

    statements = _benchmark_module("generate").statements(150)
    monkeypatch.setenv("JJJ_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("JJJ_INDEX_THRESHOLD", "100")
    kb = open_kb(generated)
    through_index = Comparer(kb)
    assert through_index._large() is not None
    got = [through_index.compare(s).to_dict() for s in statements]
    every_claim = Comparer(load_kb(generated))
    expected = [every_claim.compare(s).to_dict() for s in statements]
    same = [g["figures"] == e["figures"] for g, e in zip(got, expected, strict=True)]
    assert all(same), [g["statement"] for g, ok in zip(got, same, strict=True) if not ok]
    assert {g["verdict"] for g in got} == {"supported", "contradicted", "unsupported"}


def test_claims_let_go_to_bound_memory_are_read_again_never_lost(
        generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`compare -` at 100k keeps at most KEPT_DOCUMENTS documents and KEPT_CLAIMS claims'
    near words: letting the oldest go must not drop a claim the statement being judged
    asked for (its documents were once lost, 17 for one of 1,000 statements at 100k, and
    its near words raised KeyError), so verdicts under small limits are the same, and what
    it keeps for each claim, the sources' paragraphs and the date claims it keeps, stay
    within them."""
    from jjjcli import compare, dating, index
    from jjjcli import kb as kb_module
    from jjjcli.index import open_kb

    statements = _benchmark_module("generate").statements(150)
    monkeypatch.setenv("JJJ_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("JJJ_INDEX_THRESHOLD", "100")
    roomy_kb = open_kb(generated)
    roomy = compare.Comparer(roomy_kb)
    expected = [roomy.compare(s).to_dict() for s in statements]
    monkeypatch.setattr(index, "KEPT_DOCUMENTS", 60)
    monkeypatch.setattr(compare, "KEPT_CLAIMS", 40)
    monkeypatch.setattr(kb_module, "KEPT_SOURCES", 1)
    monkeypatch.setattr(dating, "KEPT_DATE_ROWS", 3)
    kb = open_kb(generated)
    assert kb.index is not None
    let_go: list[int] = []
    real = index._kept_documents

    def watching(store: Any, rowids: list[int]) -> list[Any]:
        before = set(store.documents)
        found = real(store, rowids)
        let_go.extend(before - set(store.documents))
        assert [d.rowid for d in found] == rowids  # every one asked for (they exist)
        return found

    monkeypatch.setattr(index, "_kept_documents", watching)
    tight = compare.Comparer(kb)
    got = [tight.compare(s).to_dict() for s in statements]
    assert let_go  # the limits were reached, and documents let go
    differ = [g["statement"] for g, e in zip(got, expected, strict=True) if g != e]
    assert not differ
    # what the comparer keeps for each claim stays within its limit (a long `compare -`
    # over a large base once grew them without end)
    assert len(roomy._units) > 41
    assert len(tight._units) <= 41 and len(tight._words) <= 41
    assert len(tight._near_cache) <= 41 and len(tight._claims) <= 41
    # and the sources whose paragraphs it read (both of this base's, one at a time), and
    # the date claims it read whole (those statements took)
    assert len(roomy_kb._read_sources) == 2
    assert len(kb._read_sources) == 1
    assert len(roomy.dates._dated_rows) > 3 >= len(tight.dates._dated_rows)
    assert sum(s._paragraphs is not None for s in kb.sources.values()) == 1


def test_a_statements_verdict_does_not_depend_on_the_statement_before_it(
        kb: KnowledgeBase) -> None:
    """`compare -` keeps one Comparer for every line (its caches): a line's verdict must be
    the one it gets alone (its dates were once judged with the previous line's places)."""
    from jjjcli.compare import Comparer

    statements = _benchmark_module("generate").statements(200)
    comparer = Comparer(kb)
    in_sequence = [comparer.compare(s).to_dict() for s in statements]
    alone = [Comparer(kb).compare(s).to_dict() for s in statements]
    differ = [a["statement"] for a, b in zip(alone, in_sequence, strict=True) if a != b]
    assert not differ
    assert any(f["unit"] == "date" for r in alone for f in r["figures"])


def test_a_date_in_a_large_base_reads_only_the_date_claims_it_may_fit(
        generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A statement's date is weighed against the date claims of the metrics whose event it
    tells and of the subjects it names, read from the cache then: no table of every date
    claim is made (the English path still makes one)."""
    from jjjcli.compare import Comparer
    from jjjcli.index import claims_with_unit_keys, open_kb

    monkeypatch.setenv("JJJ_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("JJJ_INDEX_THRESHOLD", "100")
    kb = open_kb(generated)
    comparer = Comparer(kb)
    keys = claims_with_unit_keys(kb.index, "date")
    assert keys and len(keys) > 100
    result = comparer.compare("2019年大兴区召开时间2023年5月")
    assert result.verdict in ("supported", "contradicted", "unsupported")
    assert comparer.dates._dates is None
    read = comparer.dates._dated_rows
    assert 0 < len(read) < len(keys)
    subjects = {s for r, s, _m in keys if r in read}
    metrics = {m for r, _s, m in keys if r in read}
    assert "大兴区" in subjects and "召开时间" in metrics
    every = Comparer(load_kb(generated)).compare("2019年大兴区召开时间2023年5月")
    assert result.to_dict() == every.to_dict()


def test_a_common_value_or_metric_brings_only_the_claims_most_like_the_statement(
        generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a large base a metric or a value held by thousands of claims gives compare at
    most RELEVANT_EACH of them (index.Closest: those whose Chinese holds most of the
    statement's character pairs, a claim of its year counting one more), in the knowledge
    base's order; and _stating reads at most STATING_QUOTES quotes for one figure."""
    from jjjcli import compare
    from jjjcli.index import Closest, open_kb
    from jjjcli.search import Searcher, bigrams

    monkeypatch.setenv("JJJ_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("JJJ_INDEX_THRESHOLD", "100")
    kb = open_kb(generated)
    searcher = Searcher(kb)
    every = searcher.about((), (), [1.0], 1e-6)
    assert len(every) > 20
    text = every[7].chinese
    pairs = frozenset(bigrams(text))
    kept = searcher.about((), (), [1.0], 1e-6, closest=Closest(pairs, frozenset(), 5))
    assert len(kept) == 5
    assert [d.rowid for d in kept] == sorted(d.rowid for d in kept)
    assert every[7].id in [d.id for d in kept]  # its own text holds all of them

    def held(doc: object) -> int:
        return sum(g in doc.chinese for g in pairs)  # type: ignore[attr-defined]

    assert min(map(held, kept)) >= sorted(map(held, every), reverse=True)[4]
    assert searcher.about((), (), [1.0], 1e-6, closest=Closest(pairs, frozenset(), 10**6)) \
        == every  # under the limit: all of them

    comparer = compare.Comparer(kb)
    monkeypatch.setattr(compare, "STATING_QUOTES", 3)
    own = frozenset(bigrams("区域协同地方标准全国次序"))
    ranked = [(n % 4 != 0, doc, doc.figures[0]) for n, doc in enumerate(every[:40])]
    read = comparer._quotes_to_read(own, ranked)
    named = [held for held in ranked if not held[0]]
    assert [held for held in read if not held[0]] == named  # the metric named: all kept
    partly = [held for held in read if held[0]]
    assert len(partly) == 3
    assert read == [held for held in ranked if held in read]  # in the order given
    shared = sorted((comparer._shared_at_most(own, h[1]) for h in ranked if h[0]),
                    reverse=True)
    assert min(comparer._shared_at_most(own, h[1]) for h in partly) >= shared[2]
    few = ranked[:4]  # three to read
    assert comparer._quotes_to_read(own, few) == few  # no more than the limit: all read
    # with a test of which claims may be cited (_stating's place tests, which read the
    # quote): the same as testing every claim first, with only the best tested
    tested = []

    def kept(doc: object) -> bool:
        tested.append(doc)
        return every.index(doc) % 3 != 1

    lazy = comparer._quotes_to_read(own, ranked, kept)
    assert 3 <= len(tested) < len([held for held in ranked if held[0]])  # not all tested
    passing = [held for held in ranked if every.index(held[1]) % 3 != 1]
    assert [held for held in lazy if kept(held[1])] == comparer._quotes_to_read(own, passing)
