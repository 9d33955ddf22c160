"""`jjj compare` on a small knowledge base: verdicts, reasons, stdin, side by side."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

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
        ("2021年副中心高新技术企业超过1100家", "contradicted", 1),
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
    }]
    assert data["evidence"] == ["000-5-hitech-firms"]
    year = verdict(jjj, "2021年副中心高新技术企业超过1100家")
    assert year["reason"] == (
        "the source gives more than 1,100 家 for 2023; the statement says 2021")
    qualified = verdict(jjj, "2023年副中心有1100家高新技术企业")
    assert qualified["verdict"] == "supported"
    assert qualified["reason"] == "the source says more than 1,100 家"


def test_rounded_figure_is_supported_with_a_note(jjj: RunCli) -> None:
    data = verdict(jjj, "2022年京津冀工业增加值突破2.5万亿元")
    assert data["verdict"] == "supported"
    rounded = verdict(jjj, "通州园工业总产值约190亿元")
    assert rounded["verdict"] == "supported"
    assert rounded["reason"] == "the source says 18.99 billion yuan (equal when rounded)"


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
        'raw = "10万亿元", value = 10000000000000', 'raw = "10.4万亿元", value = 10400000000000'),
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


def test_an_unknown_claim_id_is_not_read_as_a_statement(jjj: RunCli) -> None:
    result = jjj("compare", "001-26-gdp", "--format", "json")
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("jjj: no claim with id '001-26-gdp' (did you mean:")
    assert "001-26-jjj-gdp-2022" in result.err


def test_a_statement_shaped_like_an_id_is_still_a_statement(jjj: RunCli) -> None:
    result = jjj("compare", "2014-2023", "--format", "json")
    assert json.loads(result.out)["statement"] == "2014-2023"
