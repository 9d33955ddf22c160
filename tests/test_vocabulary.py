"""The metric vocabulary (facts/metrics.toml): loading, resolving, checking, and search's use
of its aliases; moved ids (facts/moved.toml)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ASSETS, RunCli
from jjjcli.check import run_check
from jjjcli.kb import KnowledgeBase, load_kb
from jjjcli.vocabulary import load_vocabulary

MINI = ASSETS / "mini_kb"
FACTS = Path(__file__).parent.parent / "facts"

MINI_METRICS = """\
[[metric]]
name = "地区生产总值"
en = "gross regional product"
units = ["元"]
definition = "value of all final goods and services produced"
aliases = ["GDP", "经济总量", "gross regional product"]

[[metric]]
name = "高新技术企业数量"
en = "high-tech enterprises"
units = ["家"]
definition = "certified high-tech enterprises"
aliases = ["高企"]

[[metric]]
name = "数字经济核心产业收入"
en = "core digital-economy revenue"
units = ["元"]
definition = "revenue of the core digital-economy industries"

[[metric]]
name = "工业总产值"
en = "gross industrial output"
units = ["元"]
definition = "gross output value of industry"

[[metric]]
name = "工业总产值增速"
en = "growth of gross industrial output"
units = ["%"]
definition = "year-on-year growth of gross industrial output"

[[metric]]
name = "工业增加值"
en = "industrial value added"
units = ["元"]
definition = "value added by industry"

[[metric]]
name = "入库项目总投资"
en = "investment of projects in the pool"
units = ["元"]
definition = "total investment of the projects in a project pool"
"""


@pytest.fixture
def vocab_kb(tmp_path: Path) -> Path:
    """The mini knowledge base with a vocabulary of its own."""
    root = tmp_path / "kb"
    shutil.copytree(MINI, root)
    (root / "metrics.toml").write_text(MINI_METRICS, encoding="utf-8")
    return root


def problems(root: Path) -> list[str]:
    return [str(p) for p in run_check(load_kb(root, lenient=True)).problems]


# --- the real vocabulary ------------------------------------------------------------------


def test_every_claim_of_the_bundled_base_names_a_metric_of_the_vocabulary(
        kb: KnowledgeBase) -> None:
    vocabulary = load_vocabulary(kb.root)
    assert not vocabulary.problems
    assert {c.metric for c in kb} <= set(vocabulary.metrics)
    for metric in vocabulary.metrics.values():
        assert metric.en and metric.definition, metric.name


@pytest.mark.parametrize(("word", "name"), [
    ("国土面积", "土地面积"),
    ("GDP", "地区生产总值"),
    ("gdp", "地区生产总值"),
    ("经济总量", "地区生产总值"),
    ("Gross  Regional Product", "地区生产总值"),
    ("GRP", "地区生产总值"),
    ("地区生产总值", "地区生产总值"),
    ("跨省市通办政务服务事项数量", "区域通办事项数量"),
    ("游船互联互通航道长度", "旅游通航里程"),
    ("通勤圈时间", "城市间通达时间"),
    ("主要城市间通达时间", "城市间通达时间"),
    ("举办届数", "届次"),
    ("落地企业数量", "入驻企业数量"),
])
def test_names_and_aliases_resolve_to_one_metric(kb: KnowledgeBase, word: str,
                                                 name: str) -> None:
    found = load_vocabulary(kb.root).resolve(word)
    assert found is not None and found.name == name


def test_two_statistics_are_two_metrics(kb: KnowledgeBase) -> None:
    """004 ¶254 prints 软件业务收入, ¶441 软件信息服务业收入: two statistics, two names."""
    vocabulary = load_vocabulary(kb.root)
    assert vocabulary.resolve("软件信息服务业收入") is not vocabulary.resolve("软件业务收入")
    by_id = {c.id: c.metric for c in kb}
    assert by_id["004-441-jjj-software-share-2014"] == "软件信息服务业收入占全国比重"
    assert by_id["004-254-software-revenue-national-share-2014"] == "软件业务收入占全国比重"


def test_unknown_words_resolve_to_nothing(kb: KnowledgeBase) -> None:
    vocabulary = load_vocabulary(kb.root)
    assert vocabulary.resolve("不存在的指标") is None
    assert vocabulary.resolve("") is None


def test_a_base_without_a_vocabulary_has_an_empty_one(tmp_path: Path) -> None:
    assert len(load_vocabulary(tmp_path)) == 0
    root = tmp_path / "kb"
    shutil.copytree(MINI, root)
    assert problems(root) == []  # no metrics.toml: the metric rules do not apply


# --- jjj check's metric rules --------------------------------------------------------------


def test_a_vocabulary_that_fits_checks_clean(vocab_kb: Path) -> None:
    assert problems(vocab_kb) == []


def test_a_claim_whose_metric_is_not_in_the_vocabulary_is_listed_with_its_line(
        vocab_kb: Path) -> None:
    claims = vocab_kb / "claims" / "claims.toml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace('metric = "工业增加值"', 'metric = "工业增加值总额"', 1),
                      encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), start=1)
                if row == 'id = "001-2-industrial-value-added"') - 1
    found = problems(vocab_kb)
    assert found == [
        f"claims/claims.toml:{line}: 001-2-industrial-value-added: metric '工业增加值总额' "
        "is not in metrics.toml: use a metric from metrics.toml, or add this one there",
        "metrics.toml:33: metric '工业增加值' is used by no claim: remove it, or say why it "
        'is listed with unused = "…"',
    ]


def test_a_metric_written_as_an_alias_is_told_its_name(vocab_kb: Path) -> None:
    claims = vocab_kb / "claims" / "claims.toml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace('metric = "高新技术企业数量"', 'metric = "高企"'),
                      encoding="utf-8")
    found = problems(vocab_kb)
    assert any("metric '高企' is not in metrics.toml: write '高新技术企业数量' (it has this "
               "alias)" in p for p in found), found


def test_an_unused_metric_must_say_why_it_is_listed(vocab_kb: Path) -> None:
    extra = ('\n[[metric]]\nname = "设立时间"\nen = "date founded"\nunits = ["date"]\n'
             'definition = "when a body was set up"\n')
    path = vocab_kb / "metrics.toml"
    path.write_text(MINI_METRICS + extra, encoding="utf-8")
    assert problems(vocab_kb) == [
        "metrics.toml:45: metric '设立时间' is used by no claim: remove it, or say why it is "
        'listed with unused = "…"']
    path.write_text(MINI_METRICS + extra + 'unused = "for the dated claims to come"\n',
                    encoding="utf-8")
    assert problems(vocab_kb) == []


@pytest.mark.parametrize(("alias", "message"), [
    ("工业增加值", "metrics.toml:8: 高新技术企业数量: alias '工业增加值' is the name of "
                  "'工业增加值' (line 33)"),
    ("GDP", "metrics.toml:8: 高新技术企业数量: alias 'GDP' is also an alias of "
            "'地区生产总值' (line 1)"),
    ("高新技术企业数量", "metrics.toml:8: 高新技术企业数量: alias '高新技术企业数量' repeats "
                         "its name"),
])
def test_no_word_names_two_metrics(vocab_kb: Path, alias: str, message: str) -> None:
    path = vocab_kb / "metrics.toml"
    path.write_text(MINI_METRICS.replace('aliases = ["高企"]', f'aliases = ["高企", "{alias}"]'),
                    encoding="utf-8")
    assert problems(vocab_kb) == [message]


def test_a_figure_in_another_unit_than_its_metric_is_listed(vocab_kb: Path) -> None:
    path = vocab_kb / "metrics.toml"
    path.write_text(MINI_METRICS.replace('units = ["家"]', 'units = ["个"]'), encoding="utf-8")
    found = problems(vocab_kb)
    assert len(found) == 1
    assert found[0].endswith("000-5-hitech-firms: figure '超过1100家' has unit '家', not one "
                             "of 高新技术企业数量's units (个)")


@pytest.mark.parametrize(("text", "message"), [
    ('[[metric]]\nname = "工业增加值"\nunits = ["元"]\ndefinition = "x"\n',
     "metrics.toml:1: metric needs a non-empty en"),
    ('[[metric]]\nname = "工业增加值"\nen = "x"\ndefinition = "x"\naliases = "GDP"\n',
     "metrics.toml:1: 'aliases' must be a list of non-empty strings"),
    ('[[metric]]\nname = "a"\nen = "x"\ndefinition = "x"\n'
     '[[metric]]\nname = "a"\nen = "y"\ndefinition = "y"\n',
     "metrics.toml:5: metric 'a' is listed twice (first on line 1)"),
    ('[[metric]\nname = "a"\n', "metrics.toml:1: malformed TOML"),
])
def test_a_malformed_vocabulary_is_a_listed_problem(vocab_kb: Path, text: str,
                                                    message: str) -> None:
    (vocab_kb / "metrics.toml").write_text(text, encoding="utf-8")
    assert any(p.startswith(message) for p in problems(vocab_kb)), problems(vocab_kb)


def test_check_command_lists_a_metric_problem_and_exits_1(vocab_kb: Path, jjj: RunCli) -> None:
    path = vocab_kb / "metrics.toml"
    path.write_text(MINI_METRICS.replace('name = "工业增加值"\n', 'name = "工业增加值总额"\n'),
                    encoding="utf-8")
    result = jjj("check", "--kb", str(vocab_kb))
    assert result.code == 1
    assert "001-2-industrial-value-added: metric '工业增加值' is not in metrics.toml" in result.out


# --- search reads the aliases --------------------------------------------------------------


def test_search_finds_a_metric_by_an_alias_the_claims_never_print(jjj: RunCli) -> None:
    """004 ¶34 prints 土地面积; a journalist writes 国土面积."""
    result = jjj("search", "京津冀三地国土面积", "--format", "ids", "--limit", "1")
    assert result.code == 0
    assert result.out == "004-34-jjj-land-area\n"


def test_search_aliases_come_from_the_vocabulary_of_the_base_searched(vocab_kb: Path,
                                                                      jjj: RunCli) -> None:
    kb = ("--kb", str(vocab_kb))
    before = jjj("search", "高企数量", *kb, "--format", "ids")
    assert "000-5-hitech-firms" in before.out.split()  # 高企 is also in search.ALIASES
    assert jjj("search", "三地营收总规模", *kb, "--format", "ids").code == 1
    path = vocab_kb / "metrics.toml"
    path.write_text(MINI_METRICS.replace(
        'definition = "revenue of the core digital-economy industries"',
        'definition = "revenue of the core digital-economy industries"\n'
        'aliases = ["营收总规模"]'), encoding="utf-8")
    after = jjj("search", "副中心营收总规模", *kb, "--format", "ids")
    assert after.code == 0 and after.out.split()[0] == "000-5-digital-revenue"


def test_every_vocabulary_alias_stands_for_chinese_words_the_index_can_find(
        kb: KnowledgeBase) -> None:
    from jjjcli.aliases import load_vocabulary as search_vocabulary
    from jjjcli.search import bigrams

    for key, words in search_vocabulary(str(kb.root)).chinese.items():
        assert len(key) >= 2
        for word in words.split():
            assert len(word) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in word), key
            assert all(len(g) == 2 for g in bigrams(word)), word


# --- moved ids -----------------------------------------------------------------------------


def test_show_of_a_split_claim_names_the_claims_it_became(jjj: RunCli) -> None:
    result = jjj("show", "004-260-broadband-speed-now")
    assert result.code == 1
    assert result.out == ""
    assert result.err == (
        "jjj: claim 004-260-broadband-speed-now was split into 004-260-broadband-speed-500m, "
        "004-260-broadband-speed-1000m (one figure per claim: the two speeds 500M and 1000M); "
        "try 004-260-broadband-speed-500m\n")
    assert jjj("show", "004-260-broadband-speed-500m").code == 0


def test_cite_of_a_removed_claim_says_why(jjj: RunCli) -> None:
    result = jjj("cite", "004-256-ten-years")
    assert result.code == 1
    assert result.err.startswith("jjj: claim 004-256-ten-years was removed: padding")
    assert "004-27-strategy-tenth-anniversary" in result.err


def test_every_moved_id_is_gone_and_points_at_claims_that_exist(kb: KnowledgeBase) -> None:
    from jjjcli.moved import load_moves

    moves = load_moves(kb.root)
    assert len(moves) >= 40
    for move in moves.values():
        assert move.id not in kb.claims
        assert all(target in kb.claims for target in move.to)


def test_check_refuses_a_moved_id_still_in_use_or_pointing_nowhere(vocab_kb: Path) -> None:
    (vocab_kb / "moved.toml").write_text(
        '[[moved]]\nid = "000-5-hitech-firms"\nto = []\nreason = "gone"\n\n'
        '[[moved]]\nid = "000-9-old"\nto = ["000-9-new"]\nreason = "renamed"\n\n'
        '[[moved]]\nid = "000-8-old"\n', encoding="utf-8")
    assert problems(vocab_kb) == [
        "moved.toml:1: 000-5-hitech-firms is a claim's id: an id in use has not moved",
        "moved.toml:6: 000-9-old: 000-9-new is not a claim's id",
        "moved.toml:11: a [[moved]] entry needs id (a string), to (a list of ids) and a reason",
    ]


# --- the period rule, where jjj check can hold it ---------------------------------------------


def _period_kb(tmp_path: Path, metric: str, period: str) -> Path:
    """A copy of the bundled 004 with one claim: ¶254's 10.4万亿元 under metric and period."""
    root = tmp_path / "kb"
    root.mkdir()
    shutil.copy(FACTS / "sources.toml", root / "sources.toml")
    shutil.copytree(FACTS / "sources", root / "sources")
    (root / "claims").mkdir()
    (root / "claims" / "c.toml").write_text(f"""\
[[claim]]
id = "004-254-gdp"
source = "004_6002a705fe7b9404.txt"
paragraph = 254
quote = "2023年京津冀经济总量达到10.4万亿元"
metric = "{metric}"
subject = "京津冀"
period = "{period}"
en = "x"
topics = ["economy"]
figures = [{{ raw = "10.4万亿元", value = 10400000000000, unit = "元", qualifier = "exact" }}]
""", encoding="utf-8")
    return root


@pytest.mark.parametrize(("metric", "period", "message"), [
    ("地区生产总值", "2023", None),
    ("地区生产总值", "2014/2024", None),
    ("地区生产总值目标", "2025", None),  # a target may be for a time to come
    ("地区生产总值", "2025", "period '2025' ends after 004 was printed (2024)"),
    ("地区生产总值", "2014/2025-03", "period '2014/2025-03' ends after 004 was printed (2024)"),
    ("地区生产总值", "2023/2014", "period '2023/2014' ends before it starts"),
])
def test_a_figure_is_for_a_time_before_its_source_was_printed(
        tmp_path: Path, metric: str, period: str, message: str | None) -> None:
    found = [p for p in problems(_period_kb(tmp_path, metric, period)) if "period" in p]
    if message is None:
        assert found == []
    else:
        assert len(found) == 1 and f"004-254-gdp: {message}" in found[0]


@pytest.mark.parametrize(("word", "metric"), [("GDP", "地区生产总值"), ("国土面积", "土地面积"),
                                             ("经济总量", "地区生产总值")])
def test_compare_metric_takes_an_alias(jjj: RunCli, word: str, metric: str) -> None:
    result = jjj("compare", "--metric", word, "--subject", "京津冀", "--format", "json")
    assert result.code in (0, 1)
    claims = json.loads(result.out)["claims"]
    assert claims and {c["metric"] for c in claims} == {metric}


def test_compare_judges_a_statement_in_the_words_of_an_alias(jjj: RunCli) -> None:
    supported = jjj("compare", "京津冀三地国土面积21.6万平方公里", "--format", "json")
    assert json.loads(supported.out)["verdict"] == "supported"
    assert json.loads(supported.out)["evidence"] == ["004-34-jjj-land-area"]
    contradicted = jjj("compare", "京津冀三地国土面积25万平方公里", "--format", "json")
    assert contradicted.code == 1
