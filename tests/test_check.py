"""`jjj check` and the loader, on small knowledge bases built for each case."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ASSETS, RunCli
from jjjcli.errors import KnowledgeBaseError
from jjjcli.kb import load_kb

GOOD_CLAIM = """
[[claim]]
id = "000-5-hitech-firms"
source = "000_f79aeb44c6809f22.txt"
paragraph = 5
quote = "2023年，副中心数字经济核心产业收入超过 430亿元，高新技术企业超过1100家"
metric = "高新技术企业数量"
subject = "北京城市副中心"
period = "2023"
en = "In 2023 Beijing's sub-centre had more than 1,100 high-tech enterprises."
topics = ["enterprises"]
figures = [{ raw = "超过1100家", value = 1100, unit = "家", qualifier = "more-than" }]
"""


def make_kb(tmp_path: Path, claims: str, sources: str | None = None) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(ASSETS / "mini_kb", root)
    shutil.rmtree(root / "claims")
    (root / "claims").mkdir()
    (root / "claims" / "c.toml").write_text(claims, encoding="utf-8")
    if sources is not None:
        (root / "sources.toml").write_text(sources, encoding="utf-8")
    return root


def test_mini_kb_is_clean(jjj: RunCli) -> None:
    result = jjj("check", "--kb", str(ASSETS / "mini_kb"))
    assert result.code == 0, result.out
    assert "8 claims, 0 problems, 0 uncovered figures" in result.out


def test_check_runs_with_the_cycle_collector_paused(jjj: RunCli,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """jjj check holds every claim and its reading to the end: it loads and checks them with
    Python's cyclic garbage collector paused (jjjcli.collector), and leaves it running."""
    import gc

    import jjjcli.check

    seen: list[bool] = []
    real = jjjcli.check.run_check
    monkeypatch.setattr(jjjcli.check, "run_check",
                        lambda kb: seen.append(gc.isenabled()) or real(kb))
    assert gc.isenabled()
    result = jjj("check", "--kb", str(ASSETS / "mini_kb"))
    assert result.code == 0, result.out
    assert seen == [False] and gc.isenabled()


def test_bundled_kb_is_clean(jjj: RunCli) -> None:
    result = jjj("check")
    assert result.code == 0, result.out[-3000:]
    assert " 0 problems, 0 uncovered figures" in result.out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("超过 430亿元，高新技术企业超过1100家", "超过 430亿元，高新技术企业超过1200家"),
         "quote is not verbatim in paragraph 5"),
        (("paragraph = 5", "paragraph = 99"), "paragraph 99 does not exist"),
        (("paragraph = 5", "paragraph = [5, 6]"), "narrow the range"),
        (("value = 1100", "value = 1000"), "parses to 1100, not 1000"),
        (('raw = "超过1100家"', 'raw = "超过1300家"'), "is not in the quote"),
        (('qualifier = "more-than"', 'qualifier = "exact"'), "has qualifier more-than"),
        (('unit = "家"', 'unit = "人"'), "has unit 家, not 人"),
        (('topics = ["enterprises"]', 'topics = ["gossip"]'), "topic 'gossip'"),
        (('id = "000-5-hitech-firms"', 'id = "Bad Id"'), "use lowercase letters"),
        (('period = "2023"', 'period = "last year"'), "period 'last year'"),
        (('metric = "高新技术企业数量"\n', ""), "missing field 'metric'"),
        (('source = "000_f79aeb44c6809f22.txt"', 'source = "009_missing.txt"'),
         "source '009_missing.txt' is not in sources.toml"),
    ],
)
def test_each_problem_is_reported_at_file_and_line(
    jjj: RunCli, tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in GOOD_CLAIM
    root = make_kb(tmp_path, GOOD_CLAIM.replace(old, new))
    result = jjj("check", "--kb", str(root))
    assert result.code == 1
    claim_file = root / "claims" / "c.toml"
    assert f"{claim_file}:2: " in result.out
    assert message in result.out


def test_duplicate_ids(jjj: RunCli, tmp_path: Path) -> None:
    root = make_kb(tmp_path, GOOD_CLAIM + GOOD_CLAIM)
    result = jjj("check", "--kb", str(root))
    assert result.code == 1
    assert f"{root / 'claims' / 'c.toml'}:14: duplicate id '000-5-hitech-firms'" in result.out


def test_uncovered_figures_are_listed_with_coverage(jjj: RunCli, tmp_path: Path) -> None:
    root = make_kb(tmp_path, GOOD_CLAIM)
    result = jjj("check", "--kb", str(root))
    assert result.code == 1
    assert "uncovered figure '207家' in paragraph 4" in result.out
    assert "uncovered figure '超过1100家'" not in result.out.split("paragraph 5")[0]
    data = json.loads(jjj("check", "--kb", str(root), "--format", "json").out)
    coverage = data["coverage"]["000_f79aeb44c6809f22.txt"]
    assert coverage["covered"] == 1 and coverage["figures"] > 20
    assert {"source": "000_f79aeb44c6809f22.txt", "paragraph": 4, "line": 10, "raw": "207家",
            "context": "年前11个月，通州园207家重点企业实现工业总产值", "kind": "figure"
            } in data["uncovered"]


def test_exclusions_skip_figures_on_purpose(jjj: RunCli, tmp_path: Path) -> None:
    exclusions = """
[[exclude]]
source = "000_f79aeb44c6809f22.txt"
reason = "test"

[[exclude]]
source = "001_9edae77716d51e3f.txt"
paragraph = [1, 29]
reason = "test"
"""
    result = jjj("check", "--kb", str(make_kb(tmp_path, GOOD_CLAIM + exclusions)))
    assert result.code == 0, result.out


def test_malformed_toml_names_file_and_line(jjj: RunCli, tmp_path: Path) -> None:
    root = make_kb(tmp_path, GOOD_CLAIM + '\n[[claim]]\nid = "x\n')
    result = jjj("search", "副中心", "--kb", str(root))
    assert result.code == 2
    assert result.err.strip() == (
        f"jjj: {root / 'claims' / 'c.toml'}:15: malformed TOML: Illegal character '\\n'")
    checked = jjj("check", "--kb", str(root))
    assert checked.code == 1
    assert f"{root / 'claims' / 'c.toml'}:15: malformed TOML" in checked.out


def test_source_path_may_not_leave_the_knowledge_base(jjj: RunCli, tmp_path: Path) -> None:
    root = make_kb(tmp_path, GOOD_CLAIM.replace("000_f79aeb44c6809f22.txt", "../../etc/passwd"))
    with pytest.raises(KnowledgeBaseError, match="not a plain file name"):
        load_kb(root)
    for command in (("check",), ("search", "副中心")):
        result = jjj(*command, "--kb", str(root))
        assert result.code == 2
        assert "'../../etc/passwd' is not a plain file name inside sources/" in result.err
        assert "Traceback" not in result.err


def test_metadata_must_be_printed_where_it_says(jjj: RunCli, tmp_path: Path) -> None:
    sources = (ASSETS / "mini_kb" / "sources.toml").read_text(encoding="utf-8")
    root = make_kb(tmp_path, GOOD_CLAIM, sources.replace(
        'authors = [{ value = "赵鹏", paragraph = 2 }]',
        'authors = [{ value = "赵鹏", paragraph = 3 }]\n'
        'page = { value = "5", paragraph = 0 }'))
    result = jjj("check", "--kb", str(root))
    assert "author: '赵鹏' is not printed in paragraph 3" in result.out
    assert "page: a value not printed in the text (paragraph 0) needs 'from'" in result.out


def test_missing_knowledge_base(jjj: RunCli, tmp_path: Path) -> None:
    result = jjj("check", "--kb", str(tmp_path / "nowhere"))
    assert result.code == 2
    assert result.err == f"jjj: knowledge base not found: {tmp_path / 'nowhere'}\n"
    empty = tmp_path / "empty"
    empty.mkdir()
    result = jjj("search", "x", "--kb", str(empty))
    assert result.code == 2
    assert "no sources.toml" in result.err


def test_env_var_selects_the_knowledge_base(jjj: RunCli) -> None:
    result = jjj("check", env={"JJJ_KB": str(ASSETS / "mini_kb")})
    assert result.code == 0
    assert result.out.startswith("8 claims")
