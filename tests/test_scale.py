"""A large knowledge base answers as a small one does: on a generated base searched through
its indexes (a low JJJ_INDEX_THRESHOLD), every result a full scan finds."""

from __future__ import annotations

import os
import shutil
import sqlite3
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


def test_a_generated_base_is_one_jjj_check_passes(generated: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Every generated claim keeps the rules of a real one (its quote its paragraph, each
    figure printed in it and parsed to its value, a date in its period): the benchmarks
    measure jjj on claims it would accept. (A generated source's other figures are not
    claimed: coverage is not asked of it.)"""
    from jjjcli.check import run_check
    from jjjcli.kb import load_kb

    monkeypatch.setenv("JJJ_CACHE_DIR", str(tmp_path / "cache"))
    report = run_check(load_kb(generated))
    assert report.claims == SIZE
    assert [str(p) for p in report.problems] == []


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
               "12.8% 数字经济", "新能源汽车，产量！", "11项 京津冀", "破1.0亿元 京津冀"]


@pytest.mark.parametrize("text", ALL_QUERIES)
def test_limit_zero_returns_every_match_through_the_index(
        indexed: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    through_index, scan = _both(indexed, monkeypatch, text, 0)
    assert through_index == scan
    assert scan


def test_a_figure_read_as_words_leaves_the_index_narrowing(indexed: KnowledgeBase) -> None:
    """A figure's number read as words (破1.0亿元: 1.0亿) scores a little in a claim printing
    1.0 with another mark; the index finds those claims too, so `--limit 0` still reads
    only the claims that can score, not every claim."""
    from jjjcli.index import matching
    from jjjcli.search import MIN_SCORE, Filters, parse_query

    assert matching(indexed.index, parse_query("破1.0亿元 京津冀"), Filters(), MIN_SCORE) \
        is not None


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
    # distinctive figures (a one-digit value such as 1公里 is held by hundreds of claims,
    # and which of them make the top ten is decided by words)
    sampled = [c for c in indexed.claims.values()
               if c.figures and c.subject and c.figures[0].value >= 10
               and c.figures[0].unit != "date"][::97][:15]
    for claim in sampled:
        figure = claim.figures[0]
        text = f"{figure.raw} 京津冀"
        through_index, scan = _both(indexed, monkeypatch, text, 10)
        holding = [cid for _s, cid in scan if any(
            f.same_quantity(figure) for f in indexed.claims[cid].figures)]
        # the claims holding the figure come through the index too
        assert holding and set(holding) <= {cid for _s, cid in through_index}, text
        # a claim scores the same on both paths (both read the same prepared text) ...
        scores = {cid: score for score, cid in scan}
        assert all(abs(score - scores[cid]) < 1e-9
                   for score, cid in through_index if cid in scores), text
        # ... but when a claim sharing only the common words (京津冀) outscores those
        # holding the figure, the index path has it only if it is among the candidates
        # those words give (FTS_CANDIDATES of thousands): its first result may score less
        assert abs(through_index[0][0] - scan[0][0]) < 0.01, text


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
    assert len(hits) == 5 and all("京" in h.claim.quote + h.claim.subject + h.claim.metric
                                  for h in hits)
    assert made > 100 and searcher._documents is None


# --- the cache follows edits file by file ----------------------------------------------------


def _same_as_toml(root: Path) -> KnowledgeBase:
    """The base through its cache, checked against the base read from its TOML."""
    from jjjcli.index import open_kb
    from jjjcli.kb import load_kb

    cached, toml = open_kb(root), load_kb(root)
    assert cached.index is not None
    assert [c.to_dict() for c in cached.claims.values()] == \
        [c.to_dict() for c in toml.claims.values()]
    assert list(cached.claims) == list(toml.claims)
    assert cached.problems == toml.problems
    assert [e.as_dict() for e in cached.exclusions] == [e.as_dict() for e in toml.exclusions]
    assert dict(cached.topics) == dict(toml.topics)
    assert {n: s.as_dict() for n, s in cached.sources.items()} == \
        {n: s.as_dict() for n, s in toml.sources.items()}
    return cached


def _touch_later(path: Path, text: str) -> None:
    """Rewrite a file so that its stamp surely differs (a second later)."""
    path.write_text(text, encoding="utf-8")
    later = path.stat().st_mtime_ns + 1_000_000_000
    os.utime(path, ns=(later, later))


def test_an_edited_added_or_removed_claims_file_is_read_on_its_own(
        generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jjjcli import index
    from jjjcli.search import Searcher

    root = tmp_path / "kb"
    shutil.copytree(generated, root)
    monkeypatch.setenv("JJJ_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("JJJ_INDEX_THRESHOLD", "100")
    _same_as_toml(root)

    def no_build(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the whole cache was built again")

    monkeypatch.setattr(index, "build", no_build)
    read: list[Path] = []
    real = index.prepare_file

    def recording(path: Path, root_: Path, derive: bool = True):  # type: ignore[no-untyped-def]
        read.append(path)
        return real(path, root_, derive)

    monkeypatch.setattr(index, "prepare_file", recording)
    claims = root / "claims"
    edited = claims / "g00001.toml"
    _touch_later(edited, edited.read_text(encoding="utf-8").replace(
        "quote = \"", "quote = \"蝌蚪蜻蜓：", 1))
    kb = _same_as_toml(root)
    assert read == [edited]
    hits = Searcher(kb).search("蝌蚪蜻蜓", limit=1)
    assert hits[0].claim.file == "claims/g00001.toml"
    assert hits[0].claim.quote.startswith("蝌蚪蜻蜓：")
    added = claims / "extra" / "more.toml"
    added.parent.mkdir()
    _touch_later(added, edited.read_text(encoding="utf-8").replace('id = "g', 'id = "x'))
    _same_as_toml(root)
    (claims / "g00000.toml").unlink()
    kb = _same_as_toml(root)
    assert len(kb) == SIZE
    _touch_later(root / "topics.toml", (root / "topics.toml").read_text(encoding="utf-8")
                 + "\n")
    _touch_later(root / "sources.toml", (root / "sources.toml").read_text(encoding="utf-8")
                 + '\n[[source]]\nfile = "zz.txt"\nkind = "rumour"\n')
    kb = _same_as_toml(root)
    assert any(p.file == "sources.toml" for p in kb.problems)
    # the counts of full-text terms (what makes a term rare) followed the edits
    db = sqlite3.connect(index.cache_path(root))
    db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, fts, row)")
    assert dict(db.execute("SELECT term, doc FROM temp.vocab")) == \
        {t: n for t, n in db.execute("SELECT term, n FROM term") if n}
    db.close()
    assert read[-1] == added  # the sources and topics changes read no claims file


def test_a_duplicate_id_across_files_builds_the_cache_whole(
        generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "kb"
    shutil.copytree(generated, root)
    monkeypatch.setenv("JJJ_CACHE_DIR", str(tmp_path / "cache"))
    _same_as_toml(root)
    copy = root / "claims" / "a-copy.toml"  # sorts first: its ids win
    _touch_later(copy, (root / "claims" / "g00002.toml").read_text(encoding="utf-8"))
    kb = _same_as_toml(root)
    assert any(p.message.startswith("duplicate id") for p in kb.problems)
    copy.unlink()
    _same_as_toml(root)


def test_claims_about_a_metric_subject_and_value_from_the_indexes(
        indexed: KnowledgeBase) -> None:
    """Searcher.about (what compare can ask for) answers from the cache's indexes what
    going through every claim answers."""
    from jjjcli.index import VALUE_BRANCHES
    from jjjcli.kb import load_kb
    from jjjcli.search import Searcher

    cached, toml = Searcher(indexed), Searcher(load_kb(indexed.root))
    claim = next(c for c in indexed.claims.values() if c.subject and c.figures)
    value = claim.figures[0].value
    asks: list[dict[str, object]] = [
        {"metrics": [claim.metric]},
        {"metrics": [claim.metric], "subjects": [claim.subject]},
        {"values": [value]},
        {"values": [value * 1.03], "tolerance": 0.05},
        {"metrics": [claim.metric, "地区生产总值"], "subjects": ["北京市", claim.subject],
         "values": [value, 1.0], "tolerance": 0.01},
        # a subject and a value: asked of the figures' index of the two, one range for each
        # value (VALUE_BRANCHES at most, then one scan of the subjects' figures)
        {"subjects": [claim.subject], "values": [value]},
        {"subjects": [claim.subject, "天津市"], "values": [value, 1.0, 2.0],
         "tolerance": 0.01, "units": [claim.figures[0].unit or "", "个"],
         "fitting": [claim.figures[-1].unit or "", "%"]},
        {"subjects": [claim.subject, "北京市"],
         "values": [value, *(float(n) for n in range(1, VALUE_BRANCHES + 5))]},
    ]
    for ask in asks:
        through_index = [d.id for d in cached.about(**ask)]  # type: ignore[arg-type]
        everything = [d.id for d in toml.about(**ask)]  # type: ignore[arg-type]
        assert sorted(through_index) == sorted(everything) and claim.id in everything, ask
    assert len(cached.about(metrics=[claim.metric])) < len(indexed)


def test_the_fast_toml_parser_reads_what_tomllib_reads(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """rtoml (when installed) and tomllib give the same knowledge base; without rtoml, or
    with JJJ_TOML=tomllib, jjj reads with tomllib."""
    from jjjcli import kb as kb_module
    from jjjcli.kb import load_kb

    fast = load_kb()
    monkeypatch.setenv("JJJ_TOML", "tomllib")
    assert kb_module._fast_loads() is None
    standard = load_kb()
    assert [c.to_dict() for c in fast] == [c.to_dict() for c in standard]
    assert fast.problems == standard.problems
    assert {n: s.as_dict() for n, s in fast.sources.items()} == \
        {n: s.as_dict() for n, s in standard.sources.items()}
