"""`jjj compare` on a small knowledge base: verdicts, reasons, stdin, side by side."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import ASSETS, RunCli

MINI = ("--kb", str(ASSETS / "mini_kb"))


def verdict(jjj: RunCli, statement: str) -> dict[str, object]:
    result = jjj("compare", statement, *MINI, "--format", "json")
    data: dict[str, object] = json.loads(result.out)
    data["exit"] = result.code
    return data


@pytest.mark.parametrize(
    ("statement", "expected", "code"),
    [
        ("2023年副中心高新技术企业超过1100家", "supported", 0),
        ("2023年副中心高新技术企业1100多家", "supported", 0),
        ("副中心高新技术企业突破一千一百家", "supported", 0),
        ("In 2023 the sub-centre had more than 1,100 high-tech firms", "supported", 0),
        ("2023年副中心高新技术企业有1300家", "contradicted", 1),
        ("2021年副中心高新技术企业超过1100家", "unsupported", 3),  # no value for 2021
        ("京津冀产业协同项目总投资13000亿元", "supported", 0),
        ("京津冀产业协同项目总投资1.3 trillion yuan", "supported", 0),
        ("京津冀产业协同项目总投资1.5万亿元", "contradicted", 1),
        ("2023年前11个月通州园工业总产值同比增长3.7%", "supported", 0),
        ("2023年前11个月通州园工业总产值同比增长3.7个百分点", "unsupported", 3),
        ("雄安新区常住人口达到120万人", "unsupported", 3),
        ("京津冀协同发展成效显著", "unsupported", 3),
    ],
)
def test_verdicts(jjj: RunCli, statement: str, expected: str, code: int) -> None:
    data = verdict(jjj, statement)
    assert data["verdict"] == expected, data
    assert data["exit"] == code


def test_reasons_say_what_the_source_says(jjj: RunCli) -> None:
    data = verdict(jjj, "2023年副中心高新技术企业有1300家")
    assert data["figures"] == [{
        "raw": "1300家", "value": 1300, "unit": "家", "qualifier": "exact",
        "verdict": "contradicted", "claim": "000-5-hitech-firms", "expected": "超过1100家",
        "period": "2023",
        "reason": "the source says more than 1,100 家; the statement says 1,300 家",
        "quote": "2023年，副中心数字经济核心产业收入超过 430亿元，高新技术企业超过1100家",
    }]
    assert data["evidence"] == ["000-5-hitech-firms"]
    # another year's value: the sources give none for 2021, so no contradiction either
    year = verdict(jjj, "2021年副中心高新技术企业超过1100家")
    assert year["verdict"] == "unsupported"
    assert year["reason"] == (
        "the source gives more than 1,100 家 for 2023, and no value for 2021")
    qualified = verdict(jjj, "2023年副中心有1100家高新技术企业")
    assert qualified["verdict"] == "supported"
    assert qualified["reason"] == "the source says more than 1,100 家"


def test_rounded_figure_is_supported_with_a_note(jjj: RunCli) -> None:
    data = verdict(jjj, "2022年京津冀工业增加值突破2.5万亿元")
    assert data["verdict"] == "supported"
    rounded = verdict(jjj, "通州园工业总产值约190亿元")
    assert rounded["verdict"] == "supported"
    assert rounded["reason"] == "the source says 18.99 billion yuan (equal when rounded)"


def test_a_reason_says_one_hour_not_one_hours(jjj: RunCli) -> None:
    # (on the shipped knowledge base: 004-842, 两地进入一小时通勤圈)
    data = json.loads(jjj("compare", "京雄两地进入两小时通勤圈", "--format", "json").out)
    assert data["verdict"] == "contradicted"
    assert data["reason"] == "the source says 1 hour; the statement says 2 hours"


def test_statement_without_a_figure(jjj: RunCli) -> None:
    data = verdict(jjj, "京津冀协同发展成效显著")
    assert data["figures"] == [] and data["evidence"] == []
    assert data["reason"] == "no figure in the statement to check"


def test_stdin_one_statement_a_line(jjj: RunCli) -> None:
    statements = "\n".join([
        "2023年副中心高新技术企业超过1100家",
        "",
        "2023年副中心高新技术企业有1300家",
        "雄安新区常住人口达到120万人",
    ])
    result = jjj("compare", "-", *MINI, "--format", "json", input=statements)
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [r["verdict"] for r in rows] == ["supported", "contradicted", "unsupported"]
    assert result.code == 1
    tsv = jjj("compare", "-", *MINI, input=statements)
    lines = tsv.out.splitlines()
    assert lines[0] == "verdict\tstatement\tfigures\tevidence\treason"
    assert lines[1].split("\t")[:4] == [
        "supported", "2023年副中心高新技术企业超过1100家", "超过1100家=supported",
        "000-5-hitech-firms"]


def test_only_unsupported_exits_3(jjj: RunCli) -> None:
    result = jjj("compare", "-", *MINI, input="雄安新区常住人口达到120万人\n")
    assert result.code == 3


def test_invalid_utf8_on_stdin(jjj: RunCli) -> None:
    result = jjj("compare", "-", *MINI, input=b"\xff\xfe broken\n")
    assert result.code == 2
    assert result.err == "jjj: line 1 of stdin is not valid UTF-8\n"


def test_claims_side_by_side(jjj: RunCli) -> None:
    result = jjj("compare", "001-26-gdp-2022", "001-2-gdp-2022-report", *MINI, "-f", "json")
    data = json.loads(result.out)
    assert [c["id"] for c in data["claims"]] == ["001-2-gdp-2022-report", "001-26-gdp-2022"]
    assert data["disagreements"] == 0
    assert result.code == 0


def test_every_claim_on_a_metric(jjj: RunCli) -> None:
    result = jjj("compare", "--metric", "地区生产总值", "--subject", "京津冀", *MINI, "-f", "tsv")
    assert result.code == 0
    assert len(result.out.splitlines()) == 3
    fuzzy = jjj("compare", "--metric", "地区生产总", *MINI, "-f", "tsv")
    assert "001-26-gdp-2022" in fuzzy.out


def test_differing_values_for_one_metric_are_flagged(jjj: RunCli, tmp_path: Path) -> None:
    root = tmp_path / "kb"
    shutil.copytree(ASSETS / "mini_kb", root)
    claims = root / "claims" / "claims.toml"
    claims.write_text(claims.read_text(encoding="utf-8").replace(
        'raw = "10万亿元", value = 10000000000000', 'raw = "9.6万亿元", value = 9600000000000'),
        encoding="utf-8")
    result = jjj("compare", "--metric", "地区生产总值", "--kb", str(root), "-f", "json")
    assert result.code == 1
    data = json.loads(result.out)
    assert data["disagreements"] == 1
    flagged = {c["id"]: c["disagrees_with"] for c in data["claims"]}
    assert flagged == {"001-2-gdp-2022-report": ["001-26-gdp-2022"],
                       "001-26-gdp-2022": ["001-2-gdp-2022-report"]}


def test_no_argument_is_a_usage_error(jjj: RunCli) -> None:
    result = jjj("compare", *MINI)
    assert result.code == 2
    assert result.err.startswith("jjj: give a statement")


def test_counting_words_and_anniversaries_compare_alike() -> None:
    from jjjcli.values import comparable_unit

    assert comparable_unit("家") == comparable_unit("个") == comparable_unit("所")
    # (企业新增注册3.7万户: 户 counts firms as 家 does)
    assert comparable_unit("户") == comparable_unit("家")
    assert comparable_unit("周年") == comparable_unit("年") == "年"
    assert comparable_unit("人") != comparable_unit("个")
    assert comparable_unit("%") == "%" and comparable_unit(None) is None


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("不足亿元", "9718万元", True),
        ("超过1100家", "1300家", True),
        ("1400余家", "1328家", False),
        ("突破2.5万亿元", "25879.5亿元", True),
        ("超过12万家", "16.3万余家", True),
        ("1500余万户", "近1580万户", True),
        ("10848公里", "近1.1万公里", True),
        ("十周年", "10年", True),
        ("1.43倍", "1.5倍", False),
        ("1—1.5小时", "2小时", False),
        ("10万亿元", "10.4万亿元", False),
        ("27%", "27个百分点", False),
    ],
)
def test_figures_agree(a: str, b: str, agree: bool) -> None:
    from jjjcli.figures import parse_figure
    from jjjcli.values import figures_agree

    assert figures_agree(parse_figure(a), parse_figure(b)) is agree
    assert figures_agree(parse_figure(b), parse_figure(a)) is agree


def test_prose_numerals() -> None:
    from jjjcli.figures import parse_figure
    from jjjcli.values import prose_numeral

    assert prose_numeral(parse_figure("一批")) and prose_numeral(parse_figure("两年"))
    assert not prose_numeral(parse_figure("6地"))
    assert not prose_numeral(parse_figure("十年"))
    assert not prose_numeral(parse_figure("五倍"))
    assert not prose_numeral(parse_figure("近五万人"))


def test_subject_names_and_relations(kb: Any) -> None:
    from jjjcli.compare import Comparer
    from jjjcli.scope import subject_names

    assert subject_names("天津市蓟州区", ["天津市", "天津"]) == (
        "天津市蓟州区", "天津市蓟州", "蓟州区", "蓟州")
    # a development zone's section by its own two characters, not a name others share
    assert "后湖园区" in subject_names("玉田经济开发区后湖园区")
    assert "中关村科技园" not in subject_names("雄安新区中关村科技园")
    places = Comparer(kb).places
    assert "天津市蓟州区" in places.mentioned_subjects("蓟州区常住人口约80万人")
    assert "北京市城六区" in places.mentioned_subjects("北京城六区常住人口")

    def speaks(subject: str, statement: str) -> bool:
        places.begin(statement)
        return places.speaks_about(subject, places.mentioned_subjects(statement), statement)

    assert speaks("北京自贸试验区通州组团", "通州组团新设外资企业115家")  # inside, named
    assert speaks("北京自贸试验区通州组团", "北京自贸区通州组团新设外资企业115家")
    assert speaks("雄安新区中关村科技园", "雄安中关村科技园一期入驻率90%")
    assert speaks("天津市", "2023年天津港口货物吞吐量为5.49亿吨")  # 天津 is named
    assert speaks("京津冀", "京津冀协同发展战略实施已满十年")
    assert speaks("京津冀", "经济总量10万亿元")  # no place named: any
    assert not speaks("河北省", "2022年天津市港口货物吞吐量12.8亿吨")
    assert not speaks("首都功能核心区", "蓟州区常住人口约80万人")
    assert not speaks("北京城市副中心", "北京市地区生产总值为4.4万亿元")  # only 北京 in common


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("2023年副中心高新技术企业超过1100个", "supported"),  # 个 for 家
        ("京津冀三地2022年工业增加值突破2.5万亿元", "supported"),  # 三地 is a name
        ("2022年京津冀工业增加值突破百分之十点七", "unsupported"),  # % is not 元
        ("2023年通州园研发投入同比增长3.7%", "unsupported"),  # not the metric's words
    ],
)
def test_general_fixes_on_the_mini_kb(jjj: RunCli, statement: str, expected: str) -> None:
    assert verdict(jjj, statement)["verdict"] == expected


def test_an_unknown_claim_id_is_not_read_as_a_statement(jjj: RunCli) -> None:
    result = jjj("compare", "001-26-gdp", "--format", "json")
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("jjj: no claim with id '001-26-gdp' (did you mean:")
    assert "001-26-jjj-gdp-2022" in result.err


def test_a_statement_shaped_like_an_id_is_still_a_statement(jjj: RunCli) -> None:
    result = jjj("compare", "2014-2023", "--format", "json")
    assert json.loads(result.out)["statement"] == "2014-2023"


@pytest.mark.parametrize(("statement", "halves"), [
    ("河北压减退出炼钢产能1.1亿吨｜Hebei cut 110 million tonnes of steelmaking capacity.",
     ("河北压减退出炼钢产能1.1亿吨", "Hebei cut 110 million tonnes of steelmaking capacity.")),
    ("The platform lists more than 50,000 experts | 该平台已上线5万余名专家人才",
     ("The platform lists more than 50,000 experts", "该平台已上线5万余名专家人才")),
    ("总书记四次亲临城市副中心。(Xi has visited the sub-centre four times.)",
     ("总书记四次亲临城市副中心。", "Xi has visited the sub-centre four times.")),
    ("Hebei cut 110 million tonnes of steelmaking capacity.（河北压减退出炼钢产能1.1亿吨。）",
     ("Hebei cut 110 million tonnes of steelmaking capacity.", "河北压减退出炼钢产能1.1亿吨。")),
    # no bilingual line: a gloss after a name, a conversion, a tag, two halves in one language
    ("Wuqing released its plan for the Jing-Jin Industrial New City (京津产业新城).", None),
    ("雄安新区（Xiong'an New Area）设立于2017年4月1日", None),
    ("京津冀地区生产总值10.4万亿元（约合1.5万亿美元）", None),
    ("more than 100 billion yuan (about US$14 billion)", None),
    ("#京津冀 / #JingJinJi", None),
    ("Slide 3 | 京津冀地区生产总值10.4万亿元", None),
    ("北京 | 天津 | 河北：地区生产总值合计10.4万亿元", None),
])
def test_a_bilingual_lines_halves(statement: str, halves: tuple[str, str] | None) -> None:
    from jjjcli.compare import parallel_halves

    assert parallel_halves(statement) == halves
