"""The cache brought up to date file by file answers exactly as a cache built afresh.

A copy of the bundled knowledge base is cached, then edited the ways a curator edits it: a
quote changed, lines shifted, a claim added or removed, a claims file added or removed,
sources.toml, topics.toml and metrics.toml changed, a repeated id, a draft. After each
edit the cache caught up in place (index.update) and a cache built from nothing give the
same knowledge base, the same search results through the indexes, the same compare
verdicts and the same counts of full-text terms.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from jjjcli import index

QUERIES = ["京津冀", "数字经济", "副中心 高新技术企业", "GDP 河北", "蝌蚪蜻蜓", "tadpole",
           "5.59万亿", "雄安新区 2023", "京", "蝌蚪指标", "PM2.5 浓度"]
STATEMENTS = ["2023年副中心高新技术企业超过1100家", "蝌蚪蜻蜓：北京市地区生产总值达到4.4万亿元"]


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "kb"
    shutil.copytree(REPO / "facts", copy)
    monkeypatch.setenv("JJJ_INDEX_THRESHOLD", "100")  # search through the indexes
    return copy


def _snapshot(root: Path) -> dict[str, Any]:
    """Everything a command can read from the cache of ``root`` (in JJJ_CACHE_DIR)."""
    from jjjcli.compare import Comparer
    from jjjcli.search import Searcher

    kb = index.open_kb(root)
    assert kb.index is not None
    searcher = Searcher(kb)
    comparer = Comparer(kb)
    db = sqlite3.connect(index.cache_path(root))
    try:
        db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, fts, row)")
        vocabulary = dict(db.execute("SELECT term, doc FROM temp.vocab"))
        terms = {t: n for t, n in db.execute("SELECT term, n FROM term") if n}
        figures = db.execute("SELECT id, value FROM figure JOIN claim ON claim.rowid = claim "
                             "ORDER BY claim, n").fetchall()  # rowids may differ
        drafts = db.execute("SELECT id, file, line FROM draft ORDER BY id").fetchall()
    finally:
        db.close()
    assert terms == vocabulary  # the counts of terms follow the full-text index
    return {
        "claims": [c.to_dict() for c in kb.claims.values()],
        "files": [(c.file, c.line) for c in kb.claims.values()],
        "problems": [p.as_dict() for p in kb.problems],
        "exclusions": [e.as_dict() for e in kb.exclusions],
        "topics": dict(kb.topics),
        "sources": {n: s.as_dict() for n, s in kb.sources.items()},
        "metrics": kb.index.distinct("metric"),
        "subjects": kb.index.distinct("subject"),
        "search": {q: [(round(h.score, 9), h.claim.id) for h in searcher.search(q, limit=0)]
                   for q in QUERIES},
        "compare": [comparer.compare(s).to_dict() for s in STATEMENTS],
        "terms": terms,
        "figures": figures,
        "drafts": drafts,
        "count": len(kb),
    }


@pytest.fixture
def same_as_fresh(root: Path, tmp_path: Path,
                  monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], dict[str, Any]]:
    """Check the cache, caught up, against one built afresh; with ``whole``, the update
    must give way to a whole build (and without it, must not)."""
    kept = tmp_path / "kept-cache"
    fresh = count()
    monkeypatch.setenv("JJJ_CACHE_DIR", str(kept))
    index.open_kb(root)  # the first build
    real_build = index.build

    def check(whole: bool = False) -> dict[str, Any]:
        built: list[Path] = []

        def recording(*args: Any, **kwargs: Any) -> None:
            built.append(args[0])
            real_build(*args, **kwargs)

        monkeypatch.setenv("JJJ_CACHE_DIR", str(kept))
        monkeypatch.setattr(index, "build", recording)
        caught_up = _snapshot(root)
        assert bool(built) == whole
        monkeypatch.setattr(index, "build", real_build)
        monkeypatch.setenv("JJJ_CACHE_DIR", str(tmp_path / f"fresh-{next(fresh)}"))
        built_afresh = _snapshot(root)
        for key, value in built_afresh.items():
            assert caught_up[key] == value, key
        return caught_up

    return check


def _edit(path: Path, old: str, new: str, times: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= times, old
    path.write_text(text.replace(old, new, times), encoding="utf-8")


def test_a_quote_edited_and_lines_shifted(root: Path, same_as_fresh: Any) -> None:
    claims = root / "claims" / "001.toml"
    _edit(claims, 'quote = "', 'quote = "蝌蚪蜻蜓：')
    first = same_as_fresh()
    edited = first["claims"][[f for f, _line in first["files"]].index("claims/001.toml")]
    assert first["search"]["蝌蚪蜻蜓"][0][1] == edited["id"]
    # a comment at the top: every claim of the file on another line, nothing else changed
    claims.write_text("# reviewed again\n\n" + claims.read_text(encoding="utf-8"),
                      encoding="utf-8")
    same_as_fresh()
    # an English rendering, a figure and a topic changed further down
    _edit(claims, 'en = "', 'en = "Tadpole ')
    same_as_fresh()


def test_a_claim_added_and_one_removed(root: Path, same_as_fresh: Any) -> None:
    claims = root / "claims" / "002.toml"
    text = claims.read_text(encoding="utf-8")
    tables = text.split("[[claim]]")
    assert len(tables) > 4
    # the third claim removed: those after it take other rowids
    claims.write_text("[[claim]]".join(tables[:3] + tables[4:]), encoding="utf-8")
    shrunk = same_as_fresh()
    # a claim added at the end, a copy of the first under another id
    added = tables[1].replace('id = "', 'id = "zz-copy-', 1)
    claims.write_text(claims.read_text(encoding="utf-8").rstrip("\n") + "\n\n[[claim]]"
                      + added, encoding="utf-8")
    grown = same_as_fresh()
    assert grown["count"] == shrunk["count"] + 1


def test_a_claims_file_added_and_one_removed(root: Path, same_as_fresh: Any) -> None:
    source = root / "claims" / "003.toml"
    added = root / "claims" / "extra" / "more.toml"
    added.parent.mkdir()
    added.write_text(source.read_text(encoding="utf-8").replace('id = "', 'id = "x-'),
                     encoding="utf-8")
    before = same_as_fresh()
    (root / "claims" / "000.toml").unlink()
    after = same_as_fresh()
    assert after["count"] < before["count"]
    added.unlink()
    same_as_fresh()


def test_sources_topics_and_metrics_changed(root: Path, same_as_fresh: Any) -> None:
    with (root / "sources.toml").open("a", encoding="utf-8") as sources:
        sources.write('\n[[source]]\nfile = "zz.txt"\nkind = "rumour"\n')
    changed = same_as_fresh()
    assert any(p["file"] == "sources.toml" for p in changed["problems"])
    with (root / "topics.toml").open("a", encoding="utf-8") as topics:
        topics.write('\ntadpoles = "Tadpoles and dragonflies"\n')
    assert "tadpoles" in same_as_fresh()["topics"]
    metrics = root / "metrics.toml"
    _edit(metrics, 'aliases = ["GDP", ', 'aliases = ["蝌蚪指标", "GDP", ')
    found = same_as_fresh()["search"]["蝌蚪指标"]
    assert found  # the new alias finds the claims of its metric
    metrics.unlink()
    assert not same_as_fresh()["search"]["蝌蚪指标"]


def test_a_repeated_id_or_a_draft_builds_the_cache_whole(root: Path,
                                                         same_as_fresh: Any) -> None:
    copy = root / "claims" / "000-copy.toml"  # sorts after 000.toml: its ids are repeats
    copy.write_text((root / "claims" / "000.toml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    repeated = same_as_fresh(whole=True)
    assert any(p["message"].startswith("duplicate id") for p in repeated["problems"])
    copy.unlink()
    same_as_fresh(whole=True)  # the repeats named in the problems depended on that file
    claims = root / "claims" / "001.toml"
    first_id = claims.read_text(encoding="utf-8").split('id = "', 1)[1].split('"', 1)[0]
    # a draft of a claim with an id already taken, in another file: a problem either way
    drafts = root / "claims" / "drafts.toml"
    draft = (claims.read_text(encoding="utf-8").split("[[claim]]")[1]
             .replace('id = "', 'status = "draft"\nid = "', 1))
    drafts.write_text("[[claim]]" + draft, encoding="utf-8")
    drafted = same_as_fresh(whole=True)
    assert any(first_id in p["message"] for p in drafted["problems"])
    drafts.write_text("[[claim]]" + draft.replace(f'id = "{first_id}"', 'id = "new-draft"'),
                      encoding="utf-8")
    assert same_as_fresh(whole=True)["drafts"] == [("new-draft", "claims/drafts.toml", 1)]
    # once no id is repeated, edits are caught up file by file again
    _edit(claims, 'quote = "', 'quote = "蝌蚪蜻蜓：')
    same_as_fresh()
    _edit(drafts, 'id = "new-draft"', 'id = "newer-draft"')
    same_as_fresh()
