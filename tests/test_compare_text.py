"""`jjj compare --text FILE`: a draft checked sentence by sentence, with line and column;
and compare on real prose (places, periods, neighbours, names) through the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import RunCli

DRAFT = """# 京津冀协同发展十年

2023年京津冀GDP11万亿元，是2014年的1.8倍。北京城市副中心高新技术企业突破1100家！
2023年长三角地区生产总值达到30.5万亿元。

蓟州区将发挥6个国家地理标志产品、2个全国名特优新农产品、24个“津农精品”优势。
"""


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_lint_lines_in_a_pipe(jjj: RunCli, draft: Path) -> None:
    result = jjj("compare", "--text", str(draft))
    assert result.code == 1, result.err
    lines = result.out.splitlines()
    assert f"{draft}:3:12: contradicted: 11万亿元 — the source says 10.4万亿元 for 2023 " \
           "(004-254-jjj-gdp-2023)" in lines
    assert f"{draft}:4:17: unsupported: 30.5万亿元 — the knowledge base has no claim about " \
           "长三角" in lines
    assert f"{draft}:3:43: supported: 突破1100家 — the source says 突破1100家 " \
           "(000-2-hitech-firms-2023)" in lines
    # each figure of the list meets its own claim
    for column, raw, claim in ((7, "6个", "003-27-jizhou-geographical-indications"),
                               (18, "2个", "003-27-jizhou-famous-farm-products"),
                               (30, "24个", "003-27-jizhou-jinnong-brands")):
        assert f"{draft}:6:{column}: supported: {raw} — the source says {raw} ({claim})" in lines


def test_ndjson_one_object_per_sentence(jjj: RunCli, draft: Path) -> None:
    result = jjj("compare", "--text", str(draft), "--format", "ndjson")
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [(r["line"], r["column"], r["verdict"]) for r in rows] == [
        (1, 1, "supported"), (3, 1, "contradicted"), (3, 30, "supported"),
        (4, 1, "unsupported"), (6, 1, "supported")]
    gdp = rows[1]["figures"][0]
    assert gdp["raw"] == "11万亿元" and (gdp["line"], gdp["column"]) == (3, 12)
    assert gdp["claim"] == "004-254-jjj-gdp-2023"
    assert "10.4万亿元" in gdp["quote"]
    assert {"statement", "verdict", "figures", "evidence", "reason"} <= set(rows[1])


def test_json_is_one_document(jjj: RunCli, draft: Path) -> None:
    data = json.loads(jjj("compare", "--text", str(draft), "-f", "json").out)
    assert data["file"] == str(draft)
    assert len(data["sentences"]) == 5


def test_table_on_a_terminal_shows_the_quote(jjj: RunCli, draft: Path) -> None:
    result = jjj("compare", "--text", str(draft), tty=True)
    assert "CONTRADICTED" in result.out
    assert "004-254-jjj-gdp-2023" in result.out
    assert "京津冀经济总量" in result.out  # the claim's quote, not only its id
    assert "，是2014年的" in result.out  # the sentence as written


def test_stdin_and_tsv(jjj: RunCli) -> None:
    result = jjj("compare", "--text", "-", "--format", "tsv", input=DRAFT)
    rows = [line.split("\t") for line in result.out.splitlines()]
    assert rows[0] == ["file", "line", "column", "verdict", "figure", "expected", "claim",
                       "reason", "sentence"]
    assert ["-", "3", "12", "contradicted", "11万亿元", "10.4万亿元",
            "004-254-jjj-gdp-2023"] == rows[2][:7]


def test_exit_codes_over_the_whole_text(jjj: RunCli) -> None:
    assert jjj("compare", "--text", "-", input="北京城市副中心高新技术企业突破1100家。").code == 0
    assert jjj("compare", "--text", "-",
               input="北京城市副中心高新技术企业突破1100家。上海市有5000家。").code == 3
    assert jjj("compare", "--text", "-", input="京津冀协同发展成效显著。").code == 3


@pytest.mark.parametrize(("data", "message"), [
    (b"", "stdin is empty: nothing to check"),
    (b"  \n\n", "stdin is empty: nothing to check"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "stdin is not text"),
    (b"\xff\xfe\xfa", "stdin is not valid UTF-8"),
])
def test_bad_input_is_one_clear_line(jjj: RunCli, data: bytes, message: str) -> None:
    result = jjj("compare", "--text", "-", input=data)
    assert result.code == 2
    assert result.err.strip() == f"jjj: {message} (byte 0)" or result.err.startswith(
        f"jjj: {message}"), result.err
    assert result.out == ""


def test_missing_file(jjj: RunCli, tmp_path: Path) -> None:
    result = jjj("compare", "--text", str(tmp_path / "nope.md"))
    assert result.code == 2 and result.err.startswith("jjj: cannot read")


def test_text_with_a_statement_is_a_usage_error(jjj: RunCli, draft: Path) -> None:
    result = jjj("compare", "x", "--text", str(draft))
    assert result.code == 2 and "--text" in result.err


def test_a_megabyte_line_and_ten_thousand_sentences(jjj: RunCli) -> None:
    long_line = "京津冀数字经济规模超过4万亿元，" * 70_000  # ~1 MB, no full stop
    result = jjj("compare", "--text", "-", "-f", "ndjson", input=long_line)
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert len(rows) == 1 and rows[0]["verdict"] == "unsupported"
    assert "not checked: longer than" in rows[0]["reason"]
    many = "北京城市副中心高新技术企业突破1100家。" * 10_000
    result = jjj("compare", "--text", "-", "-f", "lint", input=many)
    assert result.code == 0
    assert len(result.out.splitlines()) == 10_000


def test_a_long_statement_is_refused_with_a_reason(jjj: RunCli) -> None:
    result = jjj("compare", "-", "-f", "ndjson", input="1家" * 400_000 + "\n")
    data = json.loads(result.out)
    assert data["verdict"] == "unsupported" and "longer than" in data["reason"]


# ClaimReview: the fields search engines read (Google's fact-check structured data:
# claimReviewed, reviewRating with alternateName, url, author, datePublished, itemReviewed)
def test_claimreview(jjj: RunCli, draft: Path) -> None:
    result = jjj("compare", "--text", str(draft), "--format", "claimreview")
    reviews = [json.loads(line) for line in result.out.splitlines()]
    assert len(reviews) == 8  # one per checked figure
    for review in reviews:
        _valid_claimreview(review)
    gdp = next(r for r in reviews if r["itemReviewed"]["name"] == "11万亿元")
    assert gdp["reviewRating"]["alternateName"] == "Contradicted"
    assert gdp["reviewRating"]["ratingValue"] == 1
    assert gdp["url"].startswith("file://") and gdp["url"].endswith("#L3C12")
    assert gdp["citation"]["identifier"] == "004-254-jjj-gdp-2023"
    assert gdp["citation"]["isPartOf"]["identifier"] == "004_6002a705fe7b9404.txt"
    assert isinstance(gdp["citation"]["isPartOf"]["position"], int)
    assert "10.4万亿元" in gdp["citation"]["text"]
    other = next(r for r in reviews if r["itemReviewed"]["name"] == "30.5万亿元")
    assert other["reviewRating"]["alternateName"] == "Unsupported"
    assert "citation" not in other


def _valid_claimreview(review: dict[str, Any]) -> None:
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["alternateName"] in ("Supported", "Unsupported", "Contradicted")
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    assert len(review["datePublished"]) == 10 and review["datePublished"][4] == "-"
    assert review.get("url") or review.get("itemReviewed")
    assert review["itemReviewed"]["@type"] == "Claim"


# compare on statements as a journalist writes them (issue 15)
@pytest.mark.parametrize(("statement", "expected"), [
    ("2023年长三角地区生产总值达到30.5万亿元", "unsupported"),
    ("2023年上海市数字经济增加值超过3万亿元", "unsupported"),
    ("成渝地区双城经济圈2023年地区生产总值为8.2万亿元", "unsupported"),
    ("2023年杭州市PM2.5平均浓度为38微克/立方米", "unsupported"),
    ("2021年京津冀地区生产总值为9.6万亿元", "unsupported"),
    ("2023年京津冀GDP11万亿元", "contradicted"),
    ("2022年京津冀PM_{2.5}平均浓度为37微克/立方米，较2013年的107微克/立方米下降了65.1%",
     "supported"),
    ("2022年京津冀PM₂.₅平均浓度为37微克/立方米", "supported"),
    ("12345 热线协同持续推进，已实现三地 17 个城市政务服务热线诉求事项“一键互转”",
     "supported"),
    ("蓟州区今年重点实施“农品进京”工程，将发挥6个国家地理标志产品、2个全国名特优新农产品、"
     "24个“津农精品”优势", "supported"),
    ("蓟州区将发挥6个国家地理标志产品、2个全国名特优新农产品、25个“津农精品”优势",
     "contradicted"),
    ("２０２３年京津冀经济总量达到１０.４万亿元", "supported"),
    ("2023年京津冀經濟總量達到10.4萬億元", "supported"),
])
def test_prose(jjj: RunCli, statement: str, expected: str) -> None:
    data = json.loads(jjj("compare", statement, "--format", "json").out)
    assert data["verdict"] == expected, data


def test_a_place_no_claim_is_about_is_named(jjj: RunCli) -> None:
    data = json.loads(jjj("compare", "2023年长三角地区生产总值达到30.5万亿元", "-f", "json").out)
    assert data["reason"] == "the knowledge base has no claim about 长三角"


def test_a_year_without_a_value_says_what_the_source_gives(jjj: RunCli) -> None:
    data = json.loads(jjj("compare", "2021年京津冀地区生产总值为9.6万亿元", "-f", "json").out)
    assert data["verdict"] == "unsupported"
    assert "no value for 2021" in data["reason"]


def test_a_neighbours_claim_does_not_decide(jjj: RunCli) -> None:
    data = json.loads(jjj("compare", "蓟州区将发挥6个国家地理标志产品、2个全国名特优新农产品、"
                              "25个“津农精品”优势", "-f", "json").out)
    verdicts = {f["raw"]: (f["verdict"], f["claim"]) for f in data["figures"]}
    assert verdicts == {
        "6个": ("supported", "003-27-jizhou-geographical-indications"),
        "2个": ("supported", "003-27-jizhou-famous-farm-products"),
        "25个": ("contradicted", "003-27-jizhou-jinnong-brands"),
    }


DATE_CLAIMS = """
[[claim]]
id = "000-9-zone-founded"
source = "000_f79aeb44c6809f22.txt"
paragraph = 5
quote = "天津滨海—中关村科技园于2016年9月设立"
metric = "设立时间"
subject = "天津滨海—中关村科技园"
period = "2016"
en = "The Tianjin Binhai–Zhongguancun Science Park was set up in September 2016."
topics = ["innovation"]
figures = [{ raw = "2016年9月", value = 20160900, unit = "date", qualifier = "exact" }]

[[claim]]
id = "000-9-air-quality"
source = "000_f79aeb44c6809f22.txt"
paragraph = 5
quote = "2021年北京市空气质量首次全面达标"
metric = "首次全面达标时间"
subject = "北京市"
period = "2021"
en = "Beijing's air quality met the national standards in full for the first time in 2021."
topics = ["environment"]
figures = [{ raw = "2021年", value = 20210000, unit = "date", qualifier = "exact" }]
"""


@pytest.fixture
def dated_kb(tmp_path: Path) -> Path:
    import shutil

    from conftest import ASSETS

    root = tmp_path / "kb"
    shutil.copytree(ASSETS / "mini_kb", root)
    (root / "claims" / "dates.toml").write_text(DATE_CLAIMS, encoding="utf-8")
    return root


@pytest.mark.parametrize(("statement", "expected"), [
    ("天津滨海—中关村科技园于2018年9月设立", "contradicted"),
    ("天津滨海—中关村科技园于2016年9月设立", "supported"),
    ("天津滨海—中关村科技园2016年设立", "supported"),  # the coarser precision agrees
    ("北京市空气质量在2019年首次实现全面达标", "contradicted"),
    ("北京市空气质量在2021年首次实现全面达标", "supported"),
    ("2023年副中心高新技术企业超过1100家", "supported"),  # a year that is a period
])
def test_dates_as_figures(jjj: RunCli, dated_kb: Path, statement: str, expected: str) -> None:
    data = json.loads(jjj("compare", statement, "--kb", str(dated_kb), "-f", "json").out)
    assert data["verdict"] == expected, data
    dates = [f for f in data["figures"] if f["unit"] == "date"]
    if "设立" in statement or "达标" in statement:
        assert len(dates) == 1 and dates[0]["claim"].startswith("000-9-")
    else:
        assert dates == []


@pytest.mark.parametrize(("statement", "raw", "reason"), [
    ("天津滨海—中关村科技园于2016年9月揭牌", "2016年9月", "no claim dates 天津滨海—中关村科技园于…揭牌"),
    ("北京市行政副中心于2019年1月11日迁入", "2019年1月11日", "no claim dates 北京市行政副中心于…迁入"),
    ("上海自贸区于2013年9月29日挂牌", "2013年9月29日", "the knowledge base has no claim about 上海市"),
])
def test_a_date_no_claim_gives_is_an_unsupported_figure(
        jjj: RunCli, dated_kb: Path, statement: str, raw: str, reason: str) -> None:
    """A statement that only says when something happened has a figure to check: its
    date, unsupported when no date claim fits (not "no figure in the statement")."""
    result = jjj("compare", statement, "--kb", str(dated_kb), "-f", "json")
    assert result.code == 3 and result.err == ""
    data = json.loads(result.out)
    assert data["verdict"] == "unsupported" and data["reason"] == reason
    assert [(f["raw"], f["unit"], f["verdict"], f["claim"], f["reason"])
            for f in data["figures"]] == [(raw, "date", "unsupported", None, reason)]


def test_a_drafts_sentence_whose_date_no_claim_gives_is_not_listed(
        jjj: RunCli, dated_kb: Path, tmp_path: Path) -> None:
    """In a draft a date is a figure only where a date claim fits: a sentence whose only
    date is a period or an event the base does not date is not a finding."""
    draft = tmp_path / "draft.md"
    draft.write_text("2023年是个好年。天津滨海—中关村科技园于2016年9月揭牌。\n"
                     "天津滨海—中关村科技园于2018年9月设立。\n", encoding="utf-8")
    data = [json.loads(line) for line in jjj(
        "compare", "--text", str(draft), "--kb", str(dated_kb), "-f", "ndjson").out.splitlines()]
    assert [(d["line"], d["verdict"]) for d in data] == [(2, "contradicted")]


def test_metric_aliases_from_the_vocabulary(jjj: RunCli, tmp_path: Path) -> None:
    """A word the metric vocabulary (facts/metrics.toml) gives for a metric lets a figure
    meet that metric's claims; without one, the figure is unsupported."""
    import shutil

    from jjjcli.kb import default_root

    statement = "2023年京津冀区域经济体量为11万亿元"
    assert json.loads(jjj("compare", statement, "-f", "json").out)["verdict"] == "unsupported"
    root = tmp_path / "kb"
    shutil.copytree(default_root(), root)
    metrics = root / "metrics.toml"
    metrics.write_text(metrics.read_text(encoding="utf-8").replace(
        'aliases = ["GDP", "GRP", "经济总量",', 'aliases = ["GDP", "GRP", "经济总量", "经济体量",', 1),
        encoding="utf-8")
    data = json.loads(jjj("compare", statement, "-f", "json", "--kb", str(root)).out)
    assert data["verdict"] == "contradicted", data
    assert data["figures"][0]["claim"] in ("004-64-jjj-gdp-2023", "004-254-jjj-gdp-2023")


def figure_verdicts(jjj: RunCli, statement: str) -> list[tuple[str, str, str | None]]:
    data = json.loads(jjj("compare", statement, "--format", "json").out)
    return [(f["raw"], f["verdict"], f["claim"]) for f in data["figures"]]


def test_a_figure_equal_to_a_neighbours_claim_meets_its_own(jjj: RunCli) -> None:
    # the source: 已确定4家央企总部建设,部委所属4所高校、2家医院
    assert figure_verdicts(jjj, "截至2023年6月,雄安新区已确定4家央企总部建设,部委所属11所高校、"
                                "2家医院选址已确定") == [
        ("4家", "supported", "004-137-xiongan-soe-headquarters"),
        ("11所", "contradicted", "004-137-xiongan-universities-sited"),
        ("2家", "supported", "004-137-xiongan-hospitals-sited")]
    assert figure_verdicts(jjj, "雄安新区部委所属4所高校选址已确定") == [
        ("4所", "supported", "004-137-xiongan-universities-sited")]


def test_each_item_of_a_list_meets_its_own_claim(jjj: RunCli) -> None:
    # the source: 北京、天津、河北…分别下降3.6%、2.0%、3.9%
    assert figure_verdicts(jjj, "2022年,按可比价计算,北京、天津、河北万元地区生产总值能耗分别下降"
                                "3.6%、2.0%、6.3%") == [
        ("3.6%", "supported", "004-259-beijing-gdp-energy-intensity-decline-2022"),
        ("2.0%", "supported", "004-259-tianjin-gdp-energy-intensity-decline-2022"),
        ("6.3%", "contradicted", "004-259-hebei-gdp-energy-intensity-decline-2022")]
    # the terms of a ratio: 2013年的6.2 : 35.7 : 58.1
    verdicts = figure_verdicts(jjj, "京津冀三次产业占比从2013年的6.2 : 49.9 : 58.1变为2022年的"
                                    "4.8 : 29.6 : 65.6")
    assert verdicts[1] == ("49.9", "contradicted", "004-108-jjj-secondary-industry-share-2013")
    assert all(v == "supported" for _raw, v, _c in verdicts[:1] + verdicts[2:])


def test_an_undated_figure_is_judged_in_its_sources_sentence(jjj: RunCli) -> None:
    # 目前…45家: the 2022 of the earlier clause is not its year
    assert figure_verdicts(jjj, "2022年,北京市经信局、河北省工信厅和小米汽车签订合作备忘录,"
                                "目前小米汽车在京津冀地区已定点供应链企业93家") == [
        ("93家", "contradicted", "004-448-xiaomi-jjj-suppliers")]


def test_a_sibling_figure_of_the_quote_does_not_support(jjj: RunCli) -> None:
    # the source: 8个国家一流学科,12个北京市高精尖学科 (the example)
    assert figure_verdicts(jjj, "良乡大学城有12个国家一流学科") == [
        ("12个", "contradicted", "004-513-liangxiang-national-first-class")]
    assert figure_verdicts(jjj, "良乡大学城有12个北京市高精尖学科") == [
        ("12个", "supported", "004-513-liangxiang-bj-top-disciplines")]


@pytest.mark.parametrize(("wrong", "reason", "right", "figure", "claim"), [
    # the source: 北京、天津、河北万元地区生产总值能耗分别下降3.6%、2.0%、3.9%
    ("2022年北京万元地区生产总值能耗增长3.6%", "the source says 下降 3.6%; the statement says 增长",
     "2022年北京万元地区生产总值能耗下降3.6%", "3.6%",
     "004-259-beijing-gdp-energy-intensity-decline-2022"),
    # the source: 最终决定将公司整体搬迁，东移100公里落户唐山市玉田县
    ("莱恩斯最终决定将公司从玉田县整体搬迁，西移100公里落户北京通州",
     "the source says 东移 100 km; the statement says 西移",
     "莱恩斯公司整体搬迁，东移100公里落户唐山市玉田县", "100公里", "004-641-lyons-relocation-distance"),
])
def test_the_same_value_going_the_other_way_is_contradicted(
        jjj: RunCli, wrong: str, reason: str, right: str, figure: str, claim: str) -> None:
    data = json.loads(jjj("compare", wrong, "--format", "json").out)
    assert data["verdict"] == "contradicted"
    assert data["figures"][0]["reason"] == reason
    assert figure_verdicts(jjj, right) == [(figure, "supported", claim)]


def test_an_event_going_the_other_way_is_not_its_date(jjj: RunCli) -> None:
    # 北京常住人口2017年开始负增长 does not support 正增长
    result = jjj("compare", "北京常住人口从2017年开始正增长", "--format", "json")
    assert json.loads(result.out)["verdict"] == "unsupported"
    assert figure_verdicts(jjj, "北京常住人口从2017年开始负增长") == [
        ("2017年", "supported", "004-132-beijing-population-decline-start-year")]


def test_english_figures_joined_by_and_are_each_their_own_claims(jjj: RunCli) -> None:
    # the source: 29分钟到燕郊,39分钟到大厂回族自治县,52分钟到香河县,51分钟到天津市宝坻区
    assert figure_verdicts(jjj, "By rail, Yanjiao is 29 minutes from Beijing and Dachang Hui "
                           "Autonomous County 39 minutes.") == [
        ("29 minutes", "supported", "004-657-rail-beijing-yanjiao"),
        ("39 minutes", "supported", "004-657-rail-beijing-dachang")]
    # (Xianghe, named before the "and", is the 52 minutes' place, not a body the 51
    # minutes' claim fails to name)
    assert figure_verdicts(jjj, "Rail trips from Beijing take 52 minutes to Xianghe county "
                           "and 51 minutes to Tianjin's Baodi district.") == [
        ("52 minutes", "supported", "004-657-rail-beijing-xianghe"),
        ("51 minutes", "supported", "004-657-rail-beijing-baodi")]
    # a body named before the first figure still holds for both
    assert [v for _raw, v, _id in figure_verdicts(
        jjj, "Xiaomi Auto takes 52 minutes to Xianghe county and 51 minutes to Baodi "
        "district.")] == ["unsupported", "unsupported"]


def test_an_english_figure_said_to_trail_what_the_source_puts_it_above(jjj: RunCli) -> None:
    # the source: 京津冀地区旅游治理指数达87.43,明显高于长三角、珠三角和成渝地区 (en: above)
    data = json.loads(jjj("compare", "Beijing-Tianjin-Hebei's tourism governance index of "
                          "87.43 trailed that of the Pearl River Delta.", "--format",
                          "json").out)
    assert data["verdict"] != "supported"
    assert "the source says above 87.43; the statement says trailed" in data["reason"]
    assert figure_verdicts(jjj, "Beijing-Tianjin-Hebei's tourism governance index of 87.43 "
                           "was well above the Pearl River Delta's.") == [
        ("87.43", "supported", "004-306-tourism-governance-index")]


# A journalist's rounding of the source's figure (issue 19's audit of compare on fresh prose):
# a bound or span the source's value meets wholly is true, if less precise — supported, with
# what the source says; a bound the source allows but is far from is not said by it —
# unsupported; never contradicted.
@pytest.mark.parametrize(("statement", "claim", "reason"), [
    ("2023年副中心高新技术企业超过1000家", "000-5-hitech-firms-2023",
     "the source says more than 1,100 家"),
    ("2023年副中心高新技术企业超千家", "000-5-hitech-firms-2023", "the source says more than 1,100 家"),
    ("通州全区绿色信贷余额已超过550亿元", "002-12-tongzhou-green-credit",
     "the source says more than 55.7 billion yuan"),
    ("全国政协十四届二次会议实到委员近2100人", "000-28-cppcc-members-present",
     "the source says 2,093 people"),
    ("全国政协十四届一次会议以来共提出提案约5600件", "000-42-cppcc-proposals-submitted",
     "the source says 5,621 件"),
    ("全国政协十四届一次会议以来共提出提案5600多件", "000-42-cppcc-proposals-submitted",
     "the source says 5,621 件"),
    # the year's value, not the base year's in 由2013年的71.2亿元增长至2023年的748.7亿元
    ("2023年北京流向津冀的技术合同成交额约750亿元", "004-81-bj-tech-contracts-to-tj-hb-2023",
     "the source says 74.87 billion yuan"),
    ("2023年北京流向津冀的技术合同成交额超过700亿元", "004-81-bj-tech-contracts-to-tj-hb-2023",
     "the source says 74.87 billion yuan"),
    ("京津冀区域内高铁总里程已达2500公里左右", "004-144-jjj-hsr-length", "the source says 2,486 km"),
    ("京津冀区域内高铁总里程约2500公里", "004-144-jjj-hsr-length", "the source says 2,486 km"),
    # (a fraction in words reaches 5 %: 约四分之一 for 24 %)
    ("通州组团贡献了全区约四分之一的新设外资企业数", "002-10-ftz-tongzhou-new-foreign-firms-share",
     "the source says 24%"),
])
def test_a_rounded_figure_the_sources_value_meets_is_supported(
        jjj: RunCli, statement: str, claim: str, reason: str) -> None:
    data = json.loads(jjj("compare", statement, "-f", "json").out)
    assert [(f["verdict"], f["claim"], f["reason"]) for f in data["figures"]] == [
        ("supported", claim, reason)], data


@pytest.mark.parametrize(("statement", "verdict"), [
    ("截至2022年底，京津冀三地高新技术企业数量超过5万家", "unsupported"),  # 突破6万家: allowed, not said
    ("2023年副中心高新技术企业超过1200家", "contradicted"),  # 超过1100家 is 1100-odd
    ("2023年副中心高新技术企业1000家", "contradicted"),
    ("全国政协十四届一次会议以来共提出提案约5000件", "contradicted"),  # 5621 is not about 5000
    # 约 reaches as far as its number rounds: 约2600 is 2,550 to 2,650, and 2,486 is 约2500
    ("京津冀区域内高铁总里程约2600公里", "contradicted"),
    ("全国政协十四届二次会议实到委员2093人", "supported"),  # 实到, not 应出席委员2162人
    ("良乡大学城有12个国家一流学科", "contradicted"),  # 8个国家一流学科, 12个北京市高精尖学科
])
def test_a_bound_far_from_the_sources_is_not_support(
        jjj: RunCli, statement: str, verdict: str) -> None:
    data = json.loads(jjj("compare", statement, "-f", "json").out)
    assert data["verdict"] == verdict, data


@pytest.mark.parametrize(("statement", "expected"), [
    # the source: …招生计划3.5万人，其中减少京外招生计划1.1万人 — 京外 names the part
    ("2015年以来北京累计减少京外招生计划3.5万人",
     [("3.5万人", "contradicted", "004-511-bj-nonlocal-enrolment-cut")]),
    ("2015年以来北京累计减少招生计划3.5万人，其中京外招生计划1.1万人",
     [("3.5万人", "supported", "004-511-bj-enrolment-plan-cut"),
      ("1.1万人", "supported", "004-511-bj-nonlocal-enrolment-cut")]),
    ("2015年以来，累计减少市属高校和普通中专招生计划3.5万人，其中减少京外招生计划1.1万人",
     [("3.5万人", "supported", "004-511-bj-enrolment-plan-cut"),
      ("1.1万人", "supported", "004-511-bj-nonlocal-enrolment-cut")]),
])
def test_the_wholes_value_said_of_the_part_its_quote_goes_on_to_give_is_not_support(
        jjj: RunCli, statement: str, expected: list[tuple[str, str, str]]) -> None:
    data = json.loads(jjj("compare", statement, "-f", "json").out)
    assert [(f["raw"], f["verdict"], f["claim"]) for f in data["figures"]] == expected, data


@pytest.mark.parametrize("statement", [
    "2024年全国数字经济规模超过52万亿元",  # 京津冀's 5.59万亿元
    "2024年我国数字经济规模超过52万亿元",
    "China's digital economy was worth 5.59 trillion yuan in 2024.",
    "2023年全国高新技术企业超过46万家",  # 副中心's 1100家
    "2023年全国高新技术企业超过1100家",  # the same figure, of a part
    "截至2023年4月，全国国家级绿色工厂约3600家",  # 三地's 374家
    "2022年全国高速公路总里程17.7万公里",
])
def test_the_countrys_figure_is_not_checked_against_a_parts(jjj: RunCli, statement: str) -> None:
    data = json.loads(jjj("compare", statement, "-f", "json").out)
    assert data["verdict"] == "unsupported" and all(
        f["claim"] is None for f in data["figures"]), data


def test_a_place_named_beside_the_country_is_what_the_statement_is_about(jjj: RunCli) -> None:
    both = json.loads(jjj("compare", "2024年三地数字经济总体规模5.59万亿元，占全国比重达到10.7%",
                          "-f", "json").out)
    assert both["verdict"] == "supported"


@pytest.mark.parametrize(("statement", "reason"), [
    ("Shanghai's core digital-economy industries earned more than 43 billion yuan in 2023.",
     "the knowledge base has no claim about 上海市"),
    ("In 2024 the digital economy of the Yangtze River Delta was worth 5.59 trillion yuan.",
     "the knowledge base has no claim about 长三角"),
    ("Guangdong had more than 1,100 high-tech enterprises in 2023.",
     "the knowledge base has no claim about 广东省"),
])
def test_an_english_statement_about_another_place_is_not_supported(
        jjj: RunCli, statement: str, reason: str) -> None:
    """English place names are read as the Chinese ones are: the sub-centre's 430亿元 does
    not support a Shanghai figure in the same words."""
    data = json.loads(jjj("compare", statement, "-f", "json").out)
    assert data["verdict"] == "unsupported" and data["reason"] == reason, data


@pytest.mark.parametrize(("statement", "claim"), [
    ("In 2024 the digital economy of Beijing, Tianjin and Hebei was worth 5.59 trillion yuan.",
     "002-108-jjj-digital-economy-2024"),
    ("In 2023 Beijing's sub-centre had more than 1,100 high-tech enterprises.",
     "000-5-hitech-firms-2023"),
])
def test_an_english_statement_about_the_region_is_checked(
        jjj: RunCli, statement: str, claim: str) -> None:
    data = json.loads(jjj("compare", statement, "-f", "json").out)
    assert [(f["verdict"], f["claim"]) for f in data["figures"]] == [("supported", claim)]


@pytest.mark.parametrize(("statement", "claim"), [
    # the year's value decides a year's figure, not part of the year (2023年1—11月's 653.8亿元)
    ("2023年北京流向津冀的技术合同成交额达847.7亿元", "004-81-bj-tech-contracts-to-tj-hb-2023"),
    # …unless the statement says the months itself
    ("2023 年 1—11 月，北京流向津冀技术合同成交额 896.7 亿元，同比增长 77.6%",
     "004-257-beijing-tech-contracts-to-tj-hb-2023"),
    # a figure without a year is today's: not 2008's 118公里 in 由2008年的118公里增长到2486公里
    ("京津冀区域内高铁总里程已达2846公里", "004-144-jjj-hsr-length"),
])
def test_the_claim_that_contradicts_is_the_one_for_the_statements_time(
        jjj: RunCli, statement: str, claim: str) -> None:
    data = json.loads(jjj("compare", statement, "-f", "json").out)
    assert (data["figures"][0]["verdict"], data["figures"][0]["claim"]) == (
        "contradicted", claim), data


def test_a_name_with_china_in_it_is_not_the_country(jjj: RunCli) -> None:
    data = json.loads(jjj("compare", "中国中化001大厦每层施工用时7天", "-f", "json").out)
    assert ("7天", "supported", "004-852-sinochem-tower-days-per-floor") in [
        (f["raw"], f["verdict"], f["claim"]) for f in data["figures"]]


def test_the_country_as_a_rank_is_not_the_statements_place(jjj: RunCli) -> None:
    """全国首批 says where 蓟州区 ranks, not that the figure is the country's."""
    data = json.loads(jjj("compare", "全国首批全域旅游示范区平均每年接待旅游人次2000万以上",
                          "-f", "json").out)
    assert [(f["verdict"], f["claim"]) for f in data["figures"]] == [
        ("supported", "003-29-jizhou-first-batch-all-for-one-tourism"),
        ("supported", "003-29-jizhou-annual-visitors")]


@pytest.mark.parametrize(("statement", "verdict"), [
    ("2023年京津冀经济总量是2014年的1.8倍", "supported"),
    ("2023年京津冀经济总量比2014年增长1.8倍", "contradicted"),  # 2.8 times the base
    ("2023年京津冀经济总量比2014年增长0.8倍", "supported"),  # 1.8 times the base
])
def test_growth_by_a_multiple_is_one_more_than_the_multiple(
        jjj: RunCli, statement: str, verdict: str) -> None:
    data = json.loads(jjj("compare", statement, "-f", "json").out)
    assert [(f["verdict"], f["claim"]) for f in data["figures"]] == [
        (verdict, "004-254-jjj-gdp-multiple-2014-2023")], data


def test_a_web_pages_header_gives_no_figures(jjj: RunCli, tmp_path: Path) -> None:
    """A draft pasted with its page's header: the date line's time (16:20) and date
    (2024-03-01) are no figures to check; the article's figures are."""
    page = tmp_path / "page.txt"
    page.write_text("京津冀三地经济总量突破10万亿元\n2024-03-01 16:20　来源：中国新闻网\n\n"
                    "2023年京津冀地区生产总值达到10.4万亿元。\n", encoding="utf-8")
    result = jjj("compare", "--text", str(page), "--format", "ndjson")
    figures = [f["raw"] for line in result.out.splitlines()
               for f in json.loads(line)["figures"]]
    assert figures == ["突破10万亿元", "10.4万亿元"]


def test_a_sentence_naming_no_place_is_its_paragraphs(jjj: RunCli) -> None:
    """A draft's sentence that names no place (or only where things come from) is read as
    the sentence before it that names one: a claim of another place does not contradict it
    (天津港's 2219万标准箱 is not wrong against 河北's 498.3万; 保定's 480亿元 not against 天津's
    1561.2亿元); the same sentence alone, or after a sentence naming 河北, is checked as before,
    and support is left as it is."""
    def figures(draft: str) -> list[tuple[str, str, str]]:
        out = jjj("compare", "--text", "-", "-f", "ndjson", input=draft).out
        return [(f["raw"], f["verdict"], f["claim"] or "") for line in out.splitlines()
                for f in json.loads(line)["figures"]]

    alone = "完成集装箱吞吐量2219万标准箱。\n"
    assert figures(alone) == [
        ("2219万标准箱", "contradicted", "004-144-hebei-container-throughput-2022")]
    assert figures("天津港是北方最大的综合性港口。" + alone) == [
        ("2219万标准箱", "unsupported", "004-144-hebei-container-throughput-2022")]
    assert figures("河北港口发展势头良好。" + alone) == [
        ("2219万标准箱", "contradicted", "004-144-hebei-container-throughput-2022")]
    assert figures("保定加快承接京津产业转移。其中，2023年承接京津项目186个，总投资约480亿元。") == [
        ("186个", "unsupported", ""), ("约480亿元", "unsupported",
                                      "004-345-tianjin-relocated-projects-investment")]
    # a new paragraph goes back to what the draft's headline names
    assert figures("# 天津港再创佳绩\n\n河北港口发展势头良好。\n\n" + alone) == [
        ("2219万标准箱", "unsupported", "004-144-hebei-container-throughput-2022")]
    # another time's value of another place's claim says whose it is
    out = jjj("compare", "--text", "-", "-f", "ndjson",
              input="天津港是北方最大的综合性港口。2023年完成集装箱吞吐量2219万标准箱。").out
    (figure,) = json.loads(out.splitlines()[-1])["figures"]
    assert figure["verdict"] == "unsupported" and "(of 河北省; the sentence names no place" \
        in figure["reason"]
    # support needs no place: 通州区 claims still support a sentence after one on 副中心
    assert figures("网络安全是副中心数字经济的一张名片。在网安园集聚区带动下，目前已有230余家企业注册落地。") == [
        ("230余家", "supported", "000-6-cybersecurity-cluster-firms")]
