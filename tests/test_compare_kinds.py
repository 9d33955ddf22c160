"""compare on the real knowledge base: a figure of the statement's value that is plainly
another thing does not support it — a bound the source's value cannot meet, a share for a
change, the new ones for the total, another item of a 分别 list, another industry, a claim
whose English does not give the statement's places — and a day is of its paragraph's
month."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jjjcli.compare import Comparer
from jjjcli.kb import KnowledgeBase
from jjjcli.kinds import (
    abridges,
    counted_kind_en,
    denied_verb,
    each_given,
    each_said,
    grade_unsaid,
    issued_by,
    lead_name,
    moved_otherwise,
    negation_turned,
    occasions_clash,
    occasions_clash_en,
    other_issuer,
    other_thing_en,
    own_span,
    planned_en,
    rate_periods,
    to_date_clause,
)


@pytest.fixture(scope="module")
def comparer(kb: KnowledgeBase) -> Comparer:
    return Comparer(kb)


def verdicts(comparer: Comparer, statement: str) -> list[tuple[str, str, str | None]]:
    return [(f.figure.raw, f.verdict, f.claim.id if f.claim else None)
            for f in comparer.compare(statement).figures]


@pytest.mark.parametrize(("statement", "expected"), [
    # a bound the source's value cannot meet as printed, however it rounds
    ("2023年以来，雄安新区新增各类创新创业人才超过2.6万名。", "contradicted"),  # 约2.59万
    ("截至2023年底，滨海—中关村科技园累计注册企业超过5000家。", "contradicted"),  # 近5000
    ("截至2023年底，滨海—中关村科技园累计注册企业5000多家。", "contradicted"),
    ("2018年以来，京津冀累计培育专精特新中小企业超过1.9万家。", "contradicted"),  # 18614
    ("2018年以来，京津冀累计培育专精特新中小企业近1.9万家。", "supported"),
    # one a round figure may or may not meet: neither
    ("截至2023年底，滨海—中关村科技园累计注册企业超过4900家。", "unsupported"),
    # opposite bounds stay contradicted as such
    ("蓟州区每年接待的游客不到2000万人次", "contradicted"),
    # a source's 近 is just under its number: 近1580万 is nearly 16 million, less precisely,
    # and not more than it
    ("京津冀农村及城镇地区散煤清洁能源改造接近1600万户。", "supported"),
    ("京津冀农村及城镇地区散煤清洁能源改造超过1600万户。", "contradicted"),
])
def test_a_bound_against_the_sources_value(comparer: Comparer, statement: str,
                                           expected: str) -> None:
    assert [v for _raw, v, _id in verdicts(comparer, statement)] == [expected]


@pytest.mark.parametrize("statement", [
    "2023年北京数字经济增加值同比增长42.9%。",  # 42.9% is a share of GDP
    "2023年前三季度，天津装备制造业增加值同比增长9.5%。",  # 9.5% is 医药制造业's
    "2023年河北高技术制造业增加值占规模以上工业比重为21.4%。",  # 高新技术产业's
    "The Beijing-Tianjin intercity railway is about 117 km long.",  # 津兴铁路 is 117
    "2023年天津市高新技术企业超过1.2万家。",  # 193家 is a park's, not the city's
    "2022年京津冀专利申请量近38.96万件",  # the quote's 专利申请授权量: those granted
])
def test_a_figure_of_another_thing_does_not_decide(comparer: Comparer, statement: str) -> None:
    assert [v for _raw, v, _id in verdicts(comparer, statement)] == ["unsupported"]


def test_a_compound_is_read_as_the_thing_it_names(comparer: Comparer) -> None:
    """申请授权 is 授权 (patents granted): said so, the figure is supported; said as
    申请, it is another thing, and the reason names both."""
    assert verdicts(comparer, "2022年京津冀专利申请授权量近38.96万件") == [
        ("近38.96万件", "supported", "004-257-patents-granted-2022")]
    reason = comparer.compare("2022年京津冀专利申请量近38.96万件").figures[0].reason
    assert "授权, not 申请" in reason


def test_a_part_of_a_zone_is_not_the_whole(comparer: Comparer) -> None:
    """一期起步区 named right after the zone: the source's 38平方公里 is the whole zone's,
    its phase one start-up area is 11.8平方公里 (another claim), which decides."""
    wrong = comparer.compare("京津合作示范区一期起步区占地38平方公里").figures[0]
    assert (wrong.verdict, wrong.claim.id if wrong.claim else None) == (
        "contradicted", "004-757-jingjin-zone-phase1-area")
    for said in ("京津合作示范区一期起步区占地11.8平方公里", "京津合作示范区占地38平方公里"):
        assert comparer.compare(said).verdict == "supported"


def test_a_word_of_change_after_a_percentage_is_its_things(comparer: Comparer) -> None:
    """每日递增 after 5%滞纳金 says how the fee goes, not that 5% is a change: the source's
    5% rate supports it; a change said before the figure is still one (2023年北京数字
    经济增加值同比增长42.9% is not the source's share of GDP, test above)."""
    said = "骗子称李大爷价值3万元的保单退件若不及时处理，将收取5%滞纳金并每日递增。"
    assert [(f.figure.raw, f.verdict) for f in comparer.compare(said).figures] == [
        ("3万元", "supported"), ("5%", "supported")]
    # turned, it is contradicted: the quote goes on 而且会每日递增
    turned = comparer.compare(said.replace("递增", "递减")).figures[1]
    assert (turned.verdict, turned.reason) == (
        "contradicted", "the source says 递增; the statement says 递减")


def test_a_list_counted_otherwise_is_another(comparer: Comparer) -> None:
    """五大产业 for the source's 六大产业: the figure beside it is the six's; the date of
    the 六大…图谱 does not date 五大; a count that is the figure itself is contradicted."""
    five = comparer.compare("副中心现代金融、数字经济等五大产业逐步聚能成势，经济总量突破千亿元")
    assert (five.figures[0].verdict, five.figures[0].reason) == (
        "unsupported", "the source gives more than 100 billion yuan for 六大产业, not 五大产业")
    assert comparer.compare("副中心现代金融、数字经济等六大产业逐步聚能成势，经济总量突破千亿元"
                            ).verdict == "supported"
    assert comparer.compare("2023年，京津冀三地首次联合发布五大跨区域产业链图谱。").verdict == (
        "unsupported")
    assert comparer.compare("2023年，京津冀三地首次联合发布六大跨区域产业链图谱。").verdict == (
        "supported")


def test_one_place_of_a_list_said_alone_is_not_the_list(comparer: Comparer) -> None:
    """仅与天津一地: the source's 168个 is for 天津、河北 together; said of the list, or
    without 仅…一地, it supports."""
    alone = comparer.compare("北京教育系统仅与天津一地就签订各类合作协议168个").figures[0]
    assert (alone.verdict, alone.reason) == (
        "unsupported", "the source gives 168 个 for 天津、河北, not 天津 alone")
    assert comparer.compare("北京教育系统与天津、河北签订各类合作协议168个").verdict == "supported"


@pytest.mark.parametrize(("statement", "expected", "reason"), [
    # one batch said where the sources give the value for several together, in the quote
    # that decides, or in another claim of the same thing beside two printing 203项 alone
    ("在第三批次市级赋权中，通州组团承接了308项。", "unsupported",
     "the source gives 308 项 for 三批次 together, not for 第三批次"),
    ("京津冀自贸试验区第一批就推出了203项“同事同标”政务服务事项。", "unsupported",
     "the source gives 203 项 for 5批 together, not for 第一批"),
    # the batches said together, or the batch the quote names itself
    ("通州组团先后三批次承接308项市级赋权。", "supported", ""),
    ("京津冀自贸试验区先后推出5批共203项“同事同标”政务服务事项。", "supported", ""),
    ("首批23家园区加入“京津冀数字经济园区伙伴计划”。", "supported", ""),
])
def test_one_batch_is_not_several_together(comparer: Comparer, statement: str,
                                           expected: str, reason: str) -> None:
    figure = comparer.compare(statement).figures[-1]
    assert (figure.verdict, figure.reason) == (expected, reason)


@pytest.mark.parametrize(("statement", "raw", "expected", "claim"), [
    # the quote's other figure's words (实到), not the claim's figure's (应出席)
    ("全国政协十四届二次会议实到委员2162人。", "2162人", "contradicted",
     "000-28-cppcc-members-present"),
    ("2024年全国政协会议开幕时，应到委员2162人，实际到会2093人", "2093人", "supported",
     "000-28-cppcc-members-present"),
    # a figure whose own words name nothing is of the figure before it (its lead)
    ("截至2022年年末，京津冀铁路营运里程10848公里，比2014年增长32.6%。", "32.6%", "contradicted",
     "004-108-jjj-railway-growth-2014-2022"),
    ("截至2022年年末，京津冀铁路营运里程10848公里，比2014年增长38.3%。", "38.3%", "supported",
     "004-108-jjj-railway-growth-2014-2022"),
    ("截至2022年年底，三地高新技术企业数量突破6万家，是2014年的2.1倍。", "2.1倍", "contradicted",
     "004-257-high-tech-firms-multiple"),
    ("通州组团2021至2024年实际使用外资达3.12亿美元，年均增速10.4%。", "10.4%", "unsupported", None),
    # 由X上升为Y over a span: X is the first year's (0.612 in 2012), Y the last's
    ("2012—2021年，北京高质量发展指数由0.612上升为0.960，年均增长率为5.13%。", "0.612",
     "supported", "001-29-beijing-hqd-index-2012"),
    # a place the statement swapped for the claim's before the figure (天津's is 24.5%)
    ("2023年天津战略性新兴产业增加值占规模以上工业比重为21.4%，河北高新技术产业增加值占规模以上"
     "工业比重为24.5%。", "21.4%", "contradicted", "004-256-tianjin-strategic-industries-share-2023"),
    # the lead named otherwise than the quote names it (地区生产总值, 经济总量: the vocabulary)
    ("2023年京津冀地区生产总值10.9万亿元，是2014年的1.8倍", "1.8倍", "supported",
     "004-254-jjj-gdp-multiple-2014-2023"),
    ("2022年京津冀PM2.5平均浓度为37微克/立方米，较2013年下降65.1%。", "65.1%", "supported",
     "004-363-pm25-decline-2013-2022"),
])
def test_a_figure_is_its_own_words_or_its_leads(comparer: Comparer, statement: str, raw: str,
                                                expected: str, claim: str | None) -> None:
    found = {r: (v, c) for r, v, c in verdicts(comparer, statement)}
    assert found[raw] == (expected, claim)


def test_a_body_in_a_place_is_not_the_place(comparer: Comparer) -> None:
    """保定·中关村创新中心's 53家 says nothing of 保定高新区 nor of 保定市."""
    for statement in ("截至2023年底，保定高新区集聚高新技术企业800家。", "2023年保定市高新技术企业800家"):
        assert [v for _raw, v, _id in verdicts(comparer, statement)] == ["unsupported"]


def test_english_names_of_a_place_are_read_as_the_claims_name_it(comparer: Comparer) -> None:
    jing = "The Jing-Jin-Ji region's GDP reached 10.4 trillion yuan in 2023."
    assert verdicts(comparer, jing) == [("10.4 trillion yuan", "supported", "004-254-jjj-gdp-2023")]


def test_the_new_ones_are_not_the_total(comparer: Comparer) -> None:
    """¶701: 累计注册企业近5000家, 当年新增注册企业939家: the new ones of 2023 are 939."""
    assert verdicts(comparer, "2023年，滨海—中关村科技园新增注册企业近5000家。") == [
        ("近5000家", "contradicted", "004-701-binhai-zgc-new-firms")]


def test_a_list_in_another_order_is_not_the_sources_list(comparer: Comparer) -> None:
    swapped = "2022年，北京、天津、河北万元地区生产总值能耗分别下降3.9%、2.0%、3.6%。"
    found = verdicts(comparer, swapped)
    assert found[0] == ("3.9%", "contradicted", "004-259-beijing-gdp-energy-intensity-decline-2022")
    assert found[1][1] == "supported"
    assert found[2][1] != "supported"
    # the source's own order, and each item with its value on its own
    faithful = "2022年,按可比价计算,北京、天津、河北万元地区生产总值能耗分别下降3.6%、2.0%、3.9%。"
    assert {v for _raw, v, _id in verdicts(comparer, faithful)} == {"supported"}
    paired = "2022年，北京、天津万元工业增加值能耗分别为0.95万吨标准煤、0.31万吨标准煤。"
    assert "supported" not in {v for _raw, v, _id in verdicts(comparer, paired)}


def test_fractions_meet_their_shares(comparer: Comparer) -> None:
    assert verdicts(comparer, "通州组团贡献了全区近四分之一的新设外资企业数。") == [
        ("近四分之一", "supported", "002-10-ftz-tongzhou-new-foreign-firms-share")]
    assert verdicts(comparer, "通州组团贡献了全区超过一半的新设外资企业数。")[0][1] \
        == "contradicted"


@pytest.mark.parametrize(("statement", "expected"), [
    ("2023年5月12日，习近平在石家庄市主持召开深入推进京津冀协同发展座谈会。", "supported"),
    ("2023年6月11日至12日，习近平在河北考察并主持召开深入推进京津冀协同发展座谈会。",
     "contradicted"),
    ("2023年7月12日，习近平在石家庄市主持召开深入推进京津冀协同发展座谈会。", "contradicted"),
    ("中国人民政治协商会议第十四届全国委员会第二次会议 4日下午在人民大会堂开幕。", "supported"),
])
def test_a_day_is_of_its_paragraphs_month(comparer: Comparer, statement: str,
                                          expected: str) -> None:
    """004 ¶49's claim prints 这是12日下午 (its quote has no month): the paragraph's
    2023年5月11日至12日 before it makes it 5月12日, so 6月12日 is another day."""
    dated = [v for raw, v, _id in verdicts(comparer, statement) if "日" in raw]
    assert dated == [expected]


def test_english_statements_name_their_places(comparer: Comparer) -> None:
    months = ("In the first 11 months of 2023, key enterprises in Zhongguancun's Tongzhou "
              "park generated industrial output of 18.99 billion yuan.")
    assert verdicts(comparer, months) == [
        ("18.99 billion yuan", "supported", "000-4-tongzhou-park-output")]


@pytest.mark.parametrize(("words", "kind"), [
    ("北京数字经济增加值同比增长", "change"),
    ("年均增速为", "change"),
    ("占地区GDP的", "share"),
    ("同年北京高精尖产业新设市场主体占比升至", "share"),  # 升至: a level, not a change
    ("上升至2023年的", None),
    ("数字经济实现增加值", None),  # 增加值 is value added
])
def test_a_percentage_is_a_change_or_a_share(words: str, kind: str | None) -> None:
    from jjjcli.kinds import percent_kind

    assert percent_kind(words) == kind


@pytest.mark.parametrize(("words", "metric", "other"), [
    ("2023年前三季度天津装备制造业增加值同比增长", "医药制造业工业增加值增速", True),
    ("2023年河北高技术制造业增加值占规模以上工业比重为", "高新技术产业增加值占规模以上工业增加值比重",
     True),
    ("京津冀软件信息服务业收入", "软件和信息技术服务业收入", False),
    ("2022年京津冀工业增加值突破", "规模以上工业增加值", False),
    ("北京累计疏解一般制造业企业", "退出一般制造业企业数量", False),
    ("2014—2022年,北京高技术制造业增加值平均增速为", "高技术制造业增加值年均增速", False),
])
def test_industries_statistics_keep_apart(words: str, metric: str, other: bool) -> None:
    from jjjcli.kinds import other_industry

    assert other_industry(words, metric) is other


@pytest.mark.parametrize(("statement", "raw", "expected"), [
    # the source's other way round: 高精尖 30.9%, 高技术制造业 32.3%; 30.9% is not 高技术制造业's
    ("北京高精尖产业增加值占比达到32.3%，高技术制造业增加值占规模以上工业比重达到30.9%。",
     "30.9%", "contradicted"),
    # a part's figure is not the region's: not contradicted by 京津冀's 4.25%
    ("2022年北京研究与试验发展经费投入强度为6.83%", "6.83%", "unsupported"),
    ("2022年，北京全社会研究与试验发展经费投入强度为6.83%，京津冀为4.25%。", "6.83%",
     "unsupported"),
    ("2022年，北京全社会研究与试验发展经费投入强度为6.83%，京津冀为4.25%。", "4.25%",
     "supported"),
    # the region's figure is not a part's (河北's plate glass cut for 保定)
    ("2018年保定市淘汰平板玻璃产能7900多万重量箱", "7900多万重量箱", "unsupported"),
    # 经济总量 names 地区生产总值, not 数字经济规模占地区生产总值比重 (40%)
    ("京津冀经济总量占全国的比重为8.7%", "8.7%", "unsupported"),
    # a park's figure is not its city's, nor its neighbour's
    ("天津市在园国家高新技术企业有193家", "193家", "unsupported"),
    ("天津滨海—中关村科技园在园国家高新技术企业有193家", "193家", "supported"),
    # …but a claim whose quote names the statement's place beside the body's figure speaks
    ("京津冀有120项涉税服务实现“同事同标”。", "120项", "supported"),
    # 中关村 named inside the park's name is not the subject 中关村 (nor 京津中关村科技城's
    # 1328家 the park's): the park's own 939 new firms decide
    ("2023年天津滨海—中关村科技园新增注册企业1328家", "1328家", "contradicted"),
    # in a list of places the place names the item (大厂回族自治县's 39分钟)
    ("从北京乘坐轨道交通到燕郊、大厂回族自治县和香河县分别需要29分钟、39分钟和52分钟。", "39分钟",
     "supported"),
    # a body whose name begins a longer subject's is still named (the basin's agreement)
    ("官厅水库上游永定河流域水源保护横向生态补偿协议于 2023 年正式签署，为期三年", "三年",
     "supported"),
    # the park's name, said before its quote's other figure only, tells neither apart
    ("2023年天津滨海—中关村科技园高新技术企业数量193家", "193家", "supported"),
    # 高新技术企业 (21家) is the figure's metric, not 雏鹰企业 (17家)
    ("2023年京津中关村科技城高新技术企业数量17家", "17家", "contradicted"),
    # the words between two figures of one clause are the first's too (竞赛单元 is the 12's)
    ("今年的大赛征集阶段12大竞赛单元共收到了1070部作品。", "1070部", "supported"),
])
def test_whose_figure_it_is(comparer: Comparer, statement: str, raw: str,
                            expected: str) -> None:
    """A figure another place's or another metric's claim states is not decided by it: the
    part's figure by the region's, the region's by a part's, a park's by its city's."""
    got = [(r, v) for r, v, _id in verdicts(comparer, statement) if r == raw]
    assert got == [(raw, expected)]


@pytest.mark.parametrize(("statement", "expected"), [
    # 预计到"十四五"末…将达到67%以上; 整体产值将达到3亿元; 预计今年将实现产值1.5亿元
    ("天津绿色生态屏障区内蓝绿空间占比已达到67%以上", "unsupported"),
    ("预计到“十四五”末，天津绿色生态屏障区内蓝绿空间占比将达到67%以上", "supported"),
    ("中科拜克公司整体产值已达3亿元", "unsupported"),
    ("天泽电力(天津)有限公司去年实现产值1.5亿元", "unsupported"),
    # what is there already is no plan (蓟州将发挥6个国家地理标志产品…的优势)
    ("蓟州区拥有6个国家地理标志产品。", "supported"),
    ("2,162 members attended the session", "unsupported"),  # 2,162 were due to attend
    ("2,162 members were due to attend the session", "supported"),
    ("2,093 members attended the session", "supported"),
    ("2,093 members were due to attend the session", "unsupported"),  # 2,093 attended
])
def test_a_plan_is_not_a_fact(comparer: Comparer, statement: str, expected: str) -> None:
    """A figure the source gives as a plan, a target or a forecast (预计, 将达到, a 目标
    metric; due, expected) does not support one said to have happened; in English as in
    Chinese (应出席, 实到)."""
    assert [v for _raw, v, _id in verdicts(comparer, statement)] == [expected]


@pytest.mark.parametrize(("statement", "expected"), [
    # 2022年 is the value's year, not the date 上升为国家战略 (2014年2月26日)
    ("京津冀协同发展上升为国家战略近十年来，2022年京津冀工业增加值突破2.5万亿元，是2014年的1.43倍。",
     [("突破2.5万亿元", "supported"), ("1.43倍", "supported")]),
    # …but a year marked as the event's (于, 在) or before the event's ordinal stays a date
    ("京津冀协同发展于2015年上升为国家战略", [("2015年", "contradicted")]),
    ("北京市空气质量在2021年首次实现全面达标", [("2021年", "supported")]),
])
def test_a_year_before_a_figure_is_its_period(comparer: Comparer, statement: str,
                                              expected: list[tuple[str, str]]) -> None:
    got = [(raw, v) for raw, v, _id in verdicts(comparer, statement) if raw != "近十年"]
    assert got == expected


@pytest.mark.parametrize(("statement", "raw", "expected"), [
    # an item of a 分别 list is the item its words name: 人次 12.86%, 收入 16.79%
    ("2014年至2019年，京津冀国内旅游收入年均增长12.86%", "12.86%", "contradicted"),
    ("2014年至2019年，京津冀国内旅游人次年均增长12.86%", "12.86%", "supported"),
    ("2014年至2019年，京津冀国内旅游收入年均增长16.79%", "16.79%", "supported"),
    ("2014年至2019年，京津冀国内旅游人次年均增长16.79%", "16.79%", "contradicted"),
    # the figure after another lead in the quote is another thing (27% is 实际使用外资's)
    ("通州组团累计新设外资企业115家，年均增长27%", "27%", "contradicted"),
    ("通州组团实际使用外资达3.12亿美元，年均增长27%", "27%", "supported"),
    ("京津冀高速公路总里程近1.1万公里，比2014年增长38.3%", "38.3%", "unsupported"),
    ("京津冀铁路营运里程10848公里，比2014年增长38.3%", "38.3%", "supported"),
    # a year's new ones are not the stock (超过1100家)
    ("2023年北京城市副中心新增国家高新技术企业210家", "210家", "unsupported"),
    # a total run to June, its verb said of the year without 累计, is not the year's
    ("2023年北京推广新能源汽车69.2万辆", "69.2万辆", "unsupported"),
    ("2023年，北京累计推广新能源汽车69.2万辆。", "69.2万辆", "supported"),
    ("截至2023年6月底，北京推广新能源汽车69.2万辆", "69.2万辆", "supported"),
    # …and a stock said of the year is still the total (截至2023年8月底，累计编制…19个)
    ("2023年河北省降碳产品和碳减排量核算方法学数量19个", "19个", "supported"),
    # 去年 is no year jjj can date: another year's value does not contradict it, nor does
    # the value of a year support it (a 2024 article's 去年 is 2023, a 2026 writer's 2025)…
    ("去年，京津冀经济总量达到11.5万亿元。", "11.5万亿元", "unsupported"),
    ("去年，京津冀经济总量达到10.4万亿元。", "10.4万亿元", "unsupported"),
    ("目前，京津冀经济总量达到10.4万亿元。", "10.4万亿元", "supported"),
    # …unless the claim's paragraph says it too (the same article's 今年以来)
    ("今年以来，蓟州区已签约北京地区项目13个，盘活低效用地4803亩。", "4803亩", "contradicted"),
    # a day the source does not give is not settled by its year
    ("2023京津冀产业链供应链大会于2023年11月28日在北京举行", "2023年11月28日", "unsupported"),
    # 由2014年的40.7%: the value's own year, not a comparison's base (the source: 2013年的)
    ("高精尖产业新设市场主体占比由2014年的40.7%上升至2023年的66.1%", "40.7%", "unsupported"),
    ("北京高精尖产业新设市场主体占比由2013年的40.7%上升至2023年的66.1%", "40.7%", "supported"),
    # a multiple from 2013 is not the 同比 one (近1.1倍 from 2022)
    ("2023年北京流向津冀的技术合同成交额是2013年的十倍多", "十倍多", "unsupported"),
    # the region's figure is not a part's (北京市's 44.8%)
    ("京津冀森林覆盖率达到35.5%", "35.5%", "unsupported"),
    ("京津冀森林覆盖率达到44.8%", "44.8%", "unsupported"),
    ("北京森林覆盖率达到44.8%", "44.8%", "supported"),
    # 目前 is no year jjj can date either: 2013's 1亿多 does not contradict it
    ("目前京津冀常住人口约1.1亿人", "约1.1亿人", "unsupported"),
    # an English span of days is one date, as 5月11日至12日 (it was read as 11-12,202 and 3)
    ("Xi Jinping inspected Hebei on May 11-12, 2023 and chaired a symposium on coordinated "
     "development.", "May 11-12, 2023", "supported"),
    # a difference is not one of its two values (2162 − 2093 = 69; 150 − 100 = 50)
    ("全国政协十四届二次会议实到委员2093人，比应出席人数少69人。", "69人", "unsupported"),
    ("京津合作示范区到河北雄安新区的距离比到北京远50公里。", "50公里", "unsupported"),
    # a part of a whole is not the whole (105 registered models)
    ("北京通过国家备案的大模型中已有60款实现商用。", "60款", "unsupported"),
    # phase two's figure is not phase one's 90%
    ("雄安新区中关村科技园二期入驻率达到60%。", "60%", "unsupported"),
    # an edition the sources give otherwise is not dropped as prose (第二届 was 首届)
    ("从第二届京津冀数字经济协同创新与融合发展专题论坛获悉，京津冀三地数字经济规模占全国10.7%。",
     "第二届", "contradicted"),
    # a claim is where its innermost places are: the sub-centre's station to the Capital
    # airport does not speak for Daxing (inside Beijing too)
    ("Once open, the sub-centre station hub will reach Beijing Daxing International Airport "
     "in 15 minutes.", "15 minutes", "unsupported"),
    # a count of years running the claim's quote gives otherwise (连续两年)
    ("天津科技大学科技园连续三年获评天津市大学科技园第一。", "三年", "contradicted"),
    # two items swapped in a list: each is its own words' (小巨人 1605, 专精特新 18614)
    ("2018年至今，京津冀累计培育国家级专精特新“小巨人”企业18614家、专精特新中小企业1605家。",
     "18614家", "contradicted"),
    # a list's last 个百分点 is its items' too (8 percentage points, not 8 things)
    ("受北京带动，津冀软件信息服务业收入年均增速分别达22%、14.7%，分别高于全国8个、0.4个百分点。",
     "8个", "supported"),
    # a sum is not one of its parts (21.7% and 26.3%)
    ("4月30日蓟州区单日游客中，北京与河北及周边游客合计占48%", "48%", "unsupported"),
])
def test_the_audits_cases(comparer: Comparer, statement: str, raw: str,
                          expected: str) -> None:
    """The sixth, seventh and eighth audits' dangerous verdicts, as compare gives them now."""
    got = [(r, v) for r, v, _id in verdicts(comparer, statement) if r == raw]
    assert got == [(raw, expected)]


@pytest.mark.parametrize(("statement", "raw", "expected"), [
    # a company named for another's figure (the ninth audit's last dangers)
    ("小米汽车在京津冀地区已定点供应链企业70家。", "70家", "contradicted"),
    ("理想汽车在京津冀地区已定点供应链企业70家。", "70家", "supported"),
    ("小米汽车在京津冀地区已定点供应链企业70家，理想汽车45家。", "45家", "unsupported"),
    ("Xiaomi Auto has 70 designated supply-chain firms in Beijing-Tianjin-Hebei, and Li Auto "
     "has 45.", "70", "unsupported"),
    ("Xiaomi Auto has 70 designated supply-chain firms in Beijing-Tianjin-Hebei, and Li Auto "
     "has 45.", "45", "unsupported"),
    ("Xiaomi Auto has 45 designated supply-chain firms in Beijing-Tianjin-Hebei, and Li Auto "
     "has 70.", "70", "supported"),
    # a rank said in English is read (the source's 首位)
    ("Beijing-Tianjin-Hebei's 55.32 percent share of intra-regional tourist flows ranked "
     "second among China's coordinated-development regions.", "second", "unsupported"),
    ("From July 2022 to June 2023 Beijing-Tianjin-Hebei ranked first for the share of tourist "
     "flows staying within the region.", "first", "supported"),
    # who said it: the source has 王正谱 say it, not 杨鸿宝
    ("北京市国资委一级巡视员杨鸿宝表示，河北拥有新能源整车生产能力的企业7家，年产能108万辆。",
     "7家", "unsupported"),
    ("河北省省长王正谱说，河北拥有新能源整车生产能力的企业7家，年产能108万辆。", "7家", "supported"),
])
def test_whose_figure_a_company_or_a_speaker_says(comparer: Comparer, statement: str, raw: str,
                                                  expected: str) -> None:
    """A company's figure is not another's; an English rank is a figure; a figure the
    statement has a person say is supported only where the source names that person."""
    got = [(r, v) for r, v, _id in verdicts(comparer, statement) if r == raw]
    assert got == [(raw, expected)]


SUPPLIERS = """
[[claim]]
id = "009-1-xiaomi-suppliers"
source = "009_suppliers.txt"
paragraph = 1
quote = "小米汽车在京津冀地区已定点供应链企业45家"
metric = "京津冀地区定点供应链企业数量"
subject = "小米汽车"
period = ""
en = "Xiaomi Auto has 45 designated suppliers in Beijing-Tianjin-Hebei."
topics = ["industry"]
figures = [{ raw = "45家", value = 45, unit = "家", qualifier = "exact" }]

[[claim]]
id = "009-1-li-auto-suppliers"
source = "009_suppliers.txt"
paragraph = 1
quote = "理想汽车在京津冀地区已定点供应链企业70家"
metric = "京津冀地区定点供应链企业数量"
subject = "理想汽车"
period = ""
en = "Li Auto has 70 designated suppliers in Beijing-Tianjin-Hebei."
topics = ["industry"]
figures = [{ raw = "70家", value = 70, unit = "家", qualifier = "exact" }]
"""


@pytest.mark.parametrize(("statement", "expected"), [
    ("理想汽车在京津冀地区已定点供应链企业70家", "supported"),
    ("小米汽车在京津冀地区已定点供应链企业70家", "contradicted"),
    ("小米汽车在京津冀地区已定点供应链企业45家", "supported"),
    ("协会秘书长张三表示，小米汽车在京津冀地区已定点供应链企业45家", "supported"),
    ("协会秘书长李四表示，小米汽车在京津冀地区已定点供应链企业45家", "unsupported"),
])
def test_two_companies_on_a_small_base(tmp_path, jjj, statement: str, expected: str) -> None:
    """On a base built here: each company's count is its own, and a speaker the source does
    not name where the claim's quotation is (it runs on to the next paragraph, which names
    张三) leaves the figure unsupported (with the claim, and why)."""
    import json
    import shutil

    from conftest import ASSETS

    root = tmp_path / "kb"
    shutil.copytree(ASSETS / "mini_kb", root)
    (root / "sources" / "009_suppliers.txt").write_text(
        "“小米汽车在京津冀地区已定点供应链企业45家，理想汽车在京津冀地区已定点供应链企业70家。\n\n"
        "配套企业越来越多。”协会秘书长张三说。\n", encoding="utf-8")
    with (root / "sources.toml").open("a", encoding="utf-8") as sources:
        sources.write('\n[[source]]\nfile = "009_suppliers.txt"\nkind = "newspaper"\n')
    (root / "claims" / "suppliers.toml").write_text(SUPPLIERS, encoding="utf-8")
    assert jjj("check", "--kb", str(root)).code == 0
    result = jjj("compare", statement, "--kb", str(root), "-f", "json")
    data = json.loads(result.out)
    assert data["verdict"] == expected, data
    if "李四" in statement:
        [figure] = data["figures"]
        assert figure["claim"] == "009-1-xiaomi-suppliers"
        assert figure["reason"] == "the source says 45 家, and does not have 李四 say it"


@pytest.mark.parametrize(("statement", "raw", "expected", "claim"), [
    # the same figure printed twice in a quote: the claim's is the one its subject names
    ("人民政协成立75周年", "75周年", "supported", "000-40-cppcc-75th-anniversary"),
    ("2024年人民政协成立70周年", "70周年", "contradicted", "000-40-cppcc-75th-anniversary"),
    # months printed after the figure, in its clause, are its time (2023年前11个月)
    ("中关村通州园207家重点企业2023年前11个月实现工业总产值189.9亿元", "207家", "supported",
     "000-4-tongzhou-park-key-firms"),
    ("中关村通州园217家重点企业2023年前11个月实现工业总产值189.9亿元", "217家", "contradicted",
     "000-4-tongzhou-park-key-firms"),
    # a list's last item joined by 和 has its own words (技术成果), not the one before's
    ("该平台目前已上线5万余名专家人才、2.2万余台仪器设备和1.8万余项技术成果", "1.8万余项",
     "supported", "004-276-platform-tech-results"),
    ("蓟州区拥有24个国家地理标志产品和6个“津农精品”。", "6个", "contradicted",
     "003-27-jizhou-jinnong-brands"),
    ("蓟州区拥有6个国家地理标志产品和24个“津农精品”。", "24个", "supported",
     "003-27-jizhou-jinnong-brands"),
    # a share (its metric says so where its words do not) does not decide a growth rate
    ("2021至2024年，通州组团实际使用外资年均增长10.4%。", "10.4%", "contradicted",
     "002-10-ftz-tongzhou-fdi-growth"),
])
def test_the_ninth_audits_misses(comparer: Comparer, statement: str, raw: str, expected: str,
                                 claim: str) -> None:
    """Faithful figures the ninth audit found unsupported, and the claims that decide."""
    assert [(r, v, i) for r, v, i in verdicts(comparer, statement) if r == raw] == [
        (raw, expected, claim)]


@pytest.mark.parametrize(("statement", "expected"), [
    # another body put where the source names its own (the tenth audit)
    ("2022年小米汽车零部件国内采购额中，京津冀地区达366亿元，占比55%", "unsupported"),
    ("2022年北京奔驰零部件国内采购额中，京津冀地区达366亿元，占比55%", "supported"),
    ("中国华能总部大厦设计结构高度150米", "unsupported"),
    ("友谊医院通州院区交付后可提供1300张床位", "unsupported"),
    ("元一生物从最初的8名员工发展到近百人", "unsupported"),
    ("新松智能从最初的8名员工发展到近百人", "supported"),
    ("元一生物已从6人发展至80人", "supported"),
    ("北京·深州家具产业园共入驻企业60家，总投资193亿元", "contradicted"),
    ("北京·沧州渤海新区生物医药园共入驻企业60家，总投资193亿元", "supported"),
    ("截至2023年年底，宝坻京津中关村科技城累计注册企业近5000家", "contradicted"),
    # another 组团 of the same zone than the claim's (通州组团, which the quote leaves to
    # the paragraphs before it)
    ("北京自贸试验区亦庄组团五年来形成7项国家级改革案例、11项市级创新案例。", "unsupported"),
    ("北京自贸试验区通州组团五年来形成7项国家级改革案例、11项市级创新案例。", "supported"),
    ("通州组团五年来形成7项国家级改革案例。", "supported"),
    # a company the base knows, by its short name (威努特 of 天津威努特信息技术有限公司),
    # opening the sentence: each clause is about it, not about 致道创新's capacity
    ("威努特突破场地瓶颈后，每月无人机产能预计将由40架提升到100架。", "unsupported"),
    ("致道科技突破场地瓶颈后，每月无人机产能预计将由40架提升到100架。", "supported"),
    ("威努特先后入选国家级高新技术企业和首批国家级专精特新“小巨人”企业。", "supported"),
    ("南轩（天津）科技有限公司预计今年将实现产值1.5亿元。", "unsupported"),
    ("天泽电力(天津)有限公司预计今年将实现产值1.5亿元。", "supported"),
    # another example before 等 (the source's 北京交通大学等4所高校)
    ("北京电影学院等4所高校雄安校区实现开工。", "unsupported"),
    ("北京交通大学等4所高校雄安校区实现开工。", "supported"),
    # a count in another counting word counts another thing where the words before differ
    ("截至目前，京津冀产业协同项目库入库企业超2000家。", "unsupported"),
    ("京津冀产业协同项目库入库项目超2000个。", "supported"),
    ("京津冀国家高新区联盟由7个国家级高新区和2个省级高新区组成", "supported"),
    # the same body named otherwise, and a 分别 list of bodies, are not swaps
    ("北京轨道交通22号线（平谷线）平谷段已完成总工程量的60%", "supported"),
    # a venue, a building the claim's source nowhere prints
    ("首届京津冀产业链供应链大会在国家会议中心举办，共达成签约项目152个。", "unsupported"),
    ("首届京津冀产业链供应链大会在中国国际展览中心举办，共达成合作签约项目152个。", "supported"),
    ("北京城市图书馆一层展示体验馆约2000平方米。", "unsupported"),
    ("元宇宙应用创新中心一层元宇宙展示体验馆约2000平方米。", "supported"),
    # another numbered line than the claim's 22号线
    ("M101线平谷段已完成总工程量的60%。", "unsupported"),
    ("北京地铁17号线平谷段已完成总工程量的60%。", "unsupported"),
    ("22号线平谷段已完成总工程量的60%。", "supported"),
    ("滨海—中关村科技园、京津中关村科技城和保定·中关村创新中心分别注册企业近5000家、1328家和315家",
     "supported"),
    # who reported it, and a quotation whose speaker is named a paragraph on
    ("全国政协主席王沪宁报告，共提出提案5621件", "unsupported"),
    ("河北省省长王正谱说，河北拥有新能源整车生产能力的企业7家，年产能108万辆。", "supported"),
    # nearly is under, more than over: 近2万 is not the source's 超2万
    ("运河商务区吸引注册企业近2万家", "contradicted"),
    ("运河商务区吸引注册企业超过2万家", "supported"),
    # half in words (过半, more than half) against the source's 近四成
    ("北京有105款大模型通过国家备案，在全国占比过半。", "contradicted"),
    ("北京有105款大模型通过国家备案，在全国占比近四成。", "supported"),
    # (in English too, since the twenty-sixth audit: the claim's AI is spelled out as the
    # statement's is)
    ("Beijing has 105 large AI models that have passed national filing, more than half of the "
     "national total.", "contradicted"),
])
def test_the_tenth_audits_dangers(comparer: Comparer, statement: str, expected: str) -> None:
    """A body swapped for another the source names, a speaker the source does not name, a
    bound on the other side of the source's, a share in words: none is supported."""
    assert comparer.compare(statement).verdict == expected


@pytest.mark.parametrize(("statement", "expected"), [
    # a body named short is the same body (the eleventh audit: these were contradicted by
    # another body's claim once the body rules took the right claim out)
    ("阿里张北项目总投资450亿元。", "supported"),
    ("阿里张北大数据项目总投资450亿元。", "supported"),
    ("京津中关村累计注册企业1328家。", "supported"),
    ("小米在京津冀地区已定点供应链企业45家。", "supported"),
    ("曹妃甸试验区累计实施北京项目236个，总投资1948.78亿元。", "supported"),
    ("京津产业洽谈会签约项目41个。", "supported"),
    ("北京·沧州渤海新区生物医药园已入住北京企业36家。", "supported"),
    # 三元 before a word is a name, not three yuan
    ("三元工业园总投资18亿元。", "supported"),
    # and a body whose name says only what kind it is (产业园) is not named
    ("张北云计算产业园累计实施北京项目236个，总投资1948.78亿元。", "contradicted"),
])
def test_a_body_named_short(comparer: Comparer, statement: str, expected: str) -> None:
    """A body's name shortened (阿里张北项目 for 阿里张北大数据系列项目, 曹妃甸试验区 for
    北京(曹妃甸)现代产业发展试验区) is that body; another body's claim does not decide it."""
    assert comparer.compare(statement).verdict == expected


@pytest.mark.parametrize(("statement", "expected"), [
    # a speaker with no title, or a title jjj now knows, or a person named by an honorific,
    # is held to the source's (the eleventh audit)
    ("石泰峰表示，2024年是人民政协成立75周年。", "unsupported"),
    ("通州公安分局反诈中心队长张斌表示，十万余张反诈海报贴在银行、社区公告栏。", "unsupported"),
    ("通州区民政局老龄事业发展中心主任何凤红表示，十万余张反诈海报贴在银行、社区公告栏。",
     "supported"),
    ("梨园镇的李大爷被告知开通了百万保障，不关闭每月将扣1080元服务费。", "unsupported"),
    ("梨园镇的郭大爷被告知开通了百万保障，不关闭每月将扣1080元服务费。", "supported"),
    ("平谷区发改委主任付强介绍，“平蓟三兴”四地先后召开多层级联席会议9次。", "supported"),
    # a speaker says only their own sentence
    ("北京市国资委一级巡视员杨鸿宝表示，河北拥有新能源整车生产能力的企业7家。"
     "北京有105款大模型通过国家备案，在全国占比近四成。", "unsupported"),
])
def test_who_is_said_to_say_it(comparer: Comparer, statement: str, expected: str) -> None:
    """A person the statement names (a speaker, titled or not; 李大爷) must be the source's,
    where the claim's paragraph, the sentence run on into it or its quotation is."""
    assert comparer.compare(statement).verdict == expected


@pytest.mark.parametrize(("statement", "expected"), [
    # the twelfth audit's false contradictions: a change since a base year is not the
    # yearly average (是2014年的1.43倍, 年均增长4.6%)
    ("2022年京津冀工业增加值比2014年增长43%。", "unsupported"),
    ("2022年京津冀工业增加值是2014年的1.43倍，年均增长4.6%。", "supported"),
    # the two ends of a change (从45亩…到185亩: 45 is before the move)
    ("莱恩斯搬迁后，工厂面积从45亩增加到了185亩。", "supported"),
    ("莱恩斯搬迁后，工厂面积从54亩增加到了185亩。", "contradicted"),
    # a province's short name is a place, not a body's name (河北 of 北京通州·河北廊坊…)
    ("北京通州与廊坊北三县推介会签约项目50个，意向投资约427亿元。", "supported"),
    # a figure whose own words are its figure's in the quote is not another lead's
    ("雄安新区中关村科技园一期入驻率达90%，35家企业入驻。", "supported"),
    # but words any multiple has (是2014年的) do not make it its own
    ("截至2022年年底，三地高新技术企业数量突破6万家，是2014年的2.1倍。", "contradicted"),
])
def test_the_twelfth_audits_cases(comparer: Comparer, statement: str, expected: str) -> None:
    """Faithful statements the twelfth audit found contradicted, and the mends' limits."""
    assert comparer.compare(statement).verdict == expected


@pytest.mark.parametrize(("statement", "expected"), [
    # another company's project for 阿里's (阿里 is no place): and the quote's other
    # items, whose words the statement does not have, do not contradict its 450亿元
    ("总投资450亿元的腾讯张北大数据系列项目已竣工投产。", "unsupported"),
    ("总投资450亿元的阿里张北大数据系列项目已竣工投产。", "supported"),
    ("总投资45亿元的阿里张北大数据系列项目已竣工投产。", "contradicted"),
    # a value printed twice in one quote is each claim's where its words name the metric
    # (综合型平台5家…专业型平台5家)
    ("京津冀专业型工业互联网平台数量5家", "supported"),
    ("三地已培育工业互联网综合型平台5家、特色型平台21家、专业型平台5家。", "supported"),
    ("三地已培育专业型工业互联网平台6家。", "contradicted"),
    ("三地已培育专业型平台6家。", "contradicted"),
    # a value the quote gives another item is still contradicted where the statement's
    # words are this item's (专业型平台21家, the quote's 特色型平台21家)
    ("三地已培育专业型平台21家。", "contradicted"),
])
def test_whose_figure_in_a_list_of_bodies(comparer: Comparer, statement: str,
                                          expected: str) -> None:
    """A list of bodies or kinds in one quote, each with its figure."""
    assert comparer.compare(statement).verdict == expected


@pytest.mark.parametrize(("statement", "expected"), [
    # 由现在的40架提升到100架: 40架 is today's, 100架 the target, and the words before the
    # change are both's
    ("致道科技每月无人机产能将提升到100架。", "supported"),
    ("致道创新目前每月无人机产能40架。", "supported"),
    ("致道创新每月无人机产能将提升到120架。", "contradicted"),
    # the conference a contest was launched at is not the one its results came at
    ("“AIGC网络微短剧、微电影大赛”在第三届北京网络视听艺术大会上揭晓结果。", "unsupported"),
    ("“AIGC网络微短剧、微电影大赛”在第二届北京网络视听艺术大会上启动。", "supported"),
    ("“AIGC网络微短剧、微电影大赛”在第三届北京网络视听艺术大会上启动。", "contradicted"),
    # (a thirteenth audit's: the conference's own edition, said of a panel there)
    ("在第三届北京网络视听艺术大会的圆桌对话环节，北京市各区视听产业园区的五位负责人围绕园区赋能"
     "主题各抒己见。", "unsupported"),
])
def test_the_eleventh_audits_false_contradictions(comparer: Comparer, statement: str,
                                                  expected: str) -> None:
    """The eleventh audit's faithful statements that were contradicted: a change's two
    ends, and the editions of two events."""
    assert comparer.compare(statement).verdict == expected


@pytest.mark.parametrize(("statement", "expected"), [
    # a company the source never names, where it has 天津新松智能科技有限公司
    ("中冶迈克从最初的8名员工发展到近百人。", "unsupported"),
    ("博宇半导体从最初的8名员工发展到近百人。", "unsupported"),
    # the company by its name, short or long, or not named at all
    ("新松智能从最初的8名员工发展到近百人。", "supported"),
    ("天津新松智能科技有限公司从最初的8名员工发展到近百人。", "supported"),
    ("该公司从最初的8名员工发展到近百人。", "supported"),
    ("一家机器人企业从最初的8名员工发展到近百人。", "supported"),
    # a body named short (北京(曹妃甸)现代产业发展试验区)
    ("曹妃甸试验区累计实施北京项目236个，总投资1948.78亿元。", "supported"),
    # who made it, and whose it is: another body than the paragraph's
    ("清华大学研发的100MW先进压缩空气储能示范电站在张北并网发电。", "unsupported"),
    ("中国科学院研发的100MW先进压缩空气储能示范电站在张北并网发电。", "supported"),
    ("中科院研发的100MW先进压缩空气储能示范电站在张北并网发电。", "supported"),
    ("北投爱琴海购物公园的元宇宙展示体验馆面积约2000平方米。", "unsupported"),
    ("元宇宙应用创新中心的展示体验馆面积约2000平方米。", "supported"),
    # a park the paragraph before names for another figure, for the district's
    ("网安园已吸引蓝色宇宙、山魈映画等100多家元宇宙企业注册落地。", "unsupported"),
    # a person said to be chosen (入选) whom the paragraph does not name
    ("陈强入选了第三批滨海新区杰出科技人才培养计划。", "unsupported"),
    ("王方立入选了第三批滨海新区杰出科技人才培养计划。", "supported"),
    ("通州已吸引蓝色宇宙、山魈映画等100多家元宇宙企业注册落地。", "supported"),
    # a body its paragraph names only after the figure, for another thing (联合国家新能源汽车
    # 技术创新中心…), and one sharing only words many bodies' names have with the subject
    ("国家新能源汽车技术创新中心已累计实施项目241项。", "unsupported"),
    ("京津冀中心已累计实施项目241项。", "supported"),
    ("京津冀国家技术创新中心已累计实施项目241项。", "supported"),
    ("南开大学科技园连续两年获评天津市大学科技园第一。", "unsupported"),
    # a company named after a place is a company (天津港's outlets)
    ("唐山港口集团已在京津冀区域内设立40余个直营店和加盟店。", "unsupported"),
    ("天津港已在京津冀区域内设立40余个直营店和加盟店。", "supported"),
    # the company, its chairman and his name
    ("莱恩斯董事长周长喜在多地考察3年，最终将公司整体东移100公里落户唐山市玉田县。",
     "supported"),
])
def test_a_statement_that_opens_with_a_name(comparer: Comparer, statement: str,
                                            expected: str) -> None:
    """A statement that opens with a name is about that body: the source must name it."""
    verdict = comparer.compare(statement)
    assert verdict.verdict == expected
    if expected == "unsupported" and verdict.figures:
        assert "and not of" in verdict.reason


@pytest.mark.parametrize(("statement", "expected"), [
    # a brand named after a place: Beijing Hyundai's is not Beijing Benz's
    ("Beijing Hyundai bought 36.6 billion yuan of its domestic parts from "
     "Beijing-Tianjin-Hebei suppliers in 2022.", "unsupported"),
    ("Beijing Benz bought 36.6 billion yuan of parts in the Beijing-Tianjin-Hebei region "
     "in 2022.", "supported"),
    # a place and a common noun, or a body's longer name the English writes otherwise
    ("Tianjin Port's container throughput reached 21.02 million TEUs in 2022.", "supported"),
    ("The Beijing-Tianjin-Hebei National Technology Innovation Center has carried out 241 "
     "projects.", "supported"),
    # a company first in its sentence, owning what follows (Tencent's, not Alibaba's)
    ("Tencent's Zhangbei big data projects, with a total investment of 45 billion yuan, have "
     "been completed.", "unsupported"),
    ("Alibaba's Zhangbei big data projects, with a total investment of 45 billion yuan, have "
     "been completed.", "supported"),
])
def test_a_company_named_with_its_place(comparer: Comparer, statement: str,
                                        expected: str) -> None:
    """In English, a company named by a place and a brand is held to the claim's English."""
    assert comparer.compare(statement).verdict == expected


@pytest.mark.parametrize(("statement", "expected"), [
    # an event the claim's article never names (the 对接会 is another article's)
    ("在2023京津冀数字经济国际合作对接会上，首批23家园区加入京津冀数字经济园区伙伴计划。",
     "unsupported"),
    ("2023中关村论坛上发布的《京津冀产业发展报告（2023）》显示，产业协同项目库入库项目超2000个。",
     "unsupported"),
    # the article's own event, by its full name or shortened, and its edition aside
    ("在首届京津冀数字经济协同创新与融合发展专题论坛上，首批23家园区加入京津冀数字经济园区伙伴计划。",
     "supported"),
    ("在京津冀数字经济专题论坛上，首批23家园区加入伙伴计划。", "supported"),
    ("2023京津冀产业链供应链大会上发布的《京津冀产业发展报告（2023）》显示，产业协同项目库入库项目超2000个。",
     "supported"),
])
def test_where_a_figure_was_given(comparer: Comparer, statement: str, expected: str) -> None:
    """An event a statement sets a figure at is held to the claim's article."""
    verdict = comparer.compare(statement)
    assert verdict.verdict == expected
    if expected == "unsupported":
        assert "and not at" in verdict.reason


@pytest.mark.parametrize(("statement", "expected"), [
    # the authors of a signed article (文 / 刘艳梅 魏怡雪), and others
    ("刘艳梅、魏怡雪撰文指出，京津冀区域内高铁总里程已由2008年的118公里增长到2486公里。",
     "supported"),
    ("姜广智撰文指出，京津冀区域内高铁总里程已由2008年的118公里增长到2486公里。",
     "unsupported"),
    # a speaker named with where they said it (在报告中)
    ("王沪宁在报告中介绍，全国政协十四届一次会议以来共提出提案5621件，经审查立案4791件。",
     "unsupported"),
])
def test_who_wrote_it(comparer: Comparer, statement: str, expected: str) -> None:
    """The authors a statement names are the article's, a speaker the paragraph's."""
    verdict = comparer.compare(statement)
    assert verdict.verdict == expected
    if expected == "unsupported":
        assert "not in an article by" in verdict.reason or "say it" in verdict.reason


@pytest.mark.parametrize(("statement", "expected"), [
    # 2019's symposium is not 2023's 深入推进京津冀协同发展座谈会, whose name it ends: its date
    # is not contradicted (the sources date 2019's only by the visit), its 6个 supported
    ("在2019年1月主持召开的京津冀协同发展座谈会上，习近平对推动京津冀协同发展提出了6个方面的要求。",
     [("2019年1月", "unsupported"), ("6个", "supported")]),
    ("2023年5月13日，习近平在石家庄市主持召开深入推进京津冀协同发展座谈会。",
     [("2023年5月13日", "contradicted")]),
    ("2023年5月12日，习近平在石家庄市主持召开深入推进京津冀协同发展座谈会。",
     [("2023年5月12日", "supported")]),
])
def test_an_event_of_a_kind_that_recurs(comparer: Comparer, statement: str,
                                        expected: list[tuple[str, str]]) -> None:
    """A date claim does not contradict a statement that names its event without the words
    its name opens with: another of the kind may be meant."""
    verdict = comparer.compare(statement)
    assert [(f.figure.raw, f.verdict) for f in verdict.figures] == expected


def test_a_speaker_says_only_their_sentence(comparer: Comparer) -> None:
    """Of two sentences given as one statement, the second's figures are not the first's
    speaker's."""
    verdict = comparer.compare("北京市国资委一级巡视员杨鸿宝表示，河北拥有新能源整车生产能力的"
                               "企业7家。北京有105款大模型通过国家备案，在全国占比近四成。")
    assert [(f.figure.raw, f.verdict) for f in verdict.figures] == [
        ("7家", "unsupported"), ("105款", "supported"), ("近四成", "supported")]


@pytest.mark.parametrize(("text", "name"), [
    ("中冶迈克从最初的8名员工发展到近百人。", "中冶迈克"),
    ("2023年，北投爱琴海购物公园的元宇宙展示体验馆面积约2000平方米。", "北投爱琴海购物公园"),
    ("该公司从最初的8名员工发展到近百人。", None),
    ("近十年来，北京累计疏解一般制造业企业近3000家。", None),
    ("戴斌等建议将72小时过境免签扩展至京津冀全区域。", None),
    # a long name only with the kind of body it ends with; an adverb is not the name's
    ("国家新能源汽车技术创新中心已累计实施项目241项。", "国家新能源汽车技术创新中心"),
    ("河北降碳产品核证总规模累计达到560多万吨。", None),
    ("威努特先后入选国家级高新技术企业。", "威努特"),
])
def test_the_name_a_statement_opens_with(text: str, name: str | None) -> None:
    assert lead_name(text) == name


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("中科院", "由中国科学院研发", True),
    ("北大", "北京大学等4所高校", True),
    ("清华大学", "中国科学院研发的", False),
])
def test_a_name_abridged(name: str, text: str, expected: bool) -> None:
    assert abridges(name, text) is expected


@pytest.mark.parametrize("statement", [
    "2022年，氢能、汽车交通产业北京龙头企业在京津冀区域采购金额的全国占比分别为59%、58%。",
    "2022年，氢能、汽车交通、生物医药产业北京龙头企业在京津冀区域采购金额的全国占比分别为"
    "59%、58%和44.1%。",
    "4月30日，蓟州区单日游客量达到63.8万人，其中北京游客和河北及周边游客分别占21.7%和26.3%。",
])
def test_each_item_of_a_list_meets_its_own_claim(comparer: Comparer, statement: str) -> None:
    """The words a 分别 list's last item shares with the others are not its own name: 59%
    is 氢能's, not 生物医药's (which was said to contradict it)."""
    verdict = comparer.compare(statement)
    assert [f.verdict for f in verdict.figures] == ["supported"] * len(verdict.figures)


@pytest.mark.parametrize(("statement", "expected"), [
    # years to come, as years running: the source's 未来五年
    ("未来三年，蓟州区将投资22亿元提升经开区基础配套设施水平。", ["contradicted", "supported"]),
    ("未来五年，蓟州区将投资22亿元提升经开区基础配套设施水平。", ["supported"]),
    # the two sides of one thing: export's lead time is not import's
    ("京津冀出口货物集港预期由5天压缩至最短1.5小时。", ["supported", "unsupported"]),
    ("京津冀进口货物提箱用时由原来1—2天压缩至最短1.5小时。", ["supported", "supported"]),
])
def test_which_years_and_which_side(comparer: Comparer, statement: str,
                                    expected: list[str]) -> None:
    """Prose counts of years after 未来 are held to the quote's, as after 连续; a figure of
    出口 is not 进口's."""
    assert [f.verdict for f in comparer.compare(statement).figures] == expected


@pytest.mark.parametrize(("statement", "expected"), [
    ("在社保服务方面，10年来北京累计转出至津冀20.9万人，由津冀转入10.5万人。",
     ["supported", "supported", "supported"]),
    ("天津纳入配额管理的145家企业全部完成2022年度碳配额清缴，履约率连续8年达到100%。",
     ["supported", "supported", "supported"]),
    ("首届京津冀产业链供应链大会共达成合作签约项目152个，意向投资额达1229亿元。",
     ["supported", "supported", "supported"]),
    # an edition or a count of years the source does not print stays unchecked; and the
    # figures of a year the sources call another edition (2023's, the 首届) are not the
    # second's (Comparer._other_edition)
    ("第二届京津冀产业链供应链大会共达成合作签约项目152个。", ["unsupported", "unsupported"]),
    ("天津纳入配额管理的145家企业全部完成2022年度碳配额清缴，履约率连续9年达到100%。",
     ["supported", "unsupported", "unsupported"]),
])
def test_years_and_editions_the_quote_prints_beside_a_figure(
        comparer: Comparer, statement: str, expected: list[str]) -> None:
    """10年来, 连续8年, 首届…大会: the setting of a figure that another figure's claim
    prints the same way (its quote; an edition, its paragraphs) is that claim's."""
    assert [f.verdict for f in comparer.compare(statement).figures] == expected


@pytest.mark.parametrize(("statement", "expected"), [
    # the quote's sentence opens before it: 五年来，通州组团…，形成7项国家级改革案例
    ("通州组团三年来形成7项国家级改革案例、11项市级创新案例",
     [("三年", "contradicted", "the source says 五年来; the statement says 三年来"),
      ("7项", "supported", ""), ("11项", "supported", "")]),
    ("五年来，通州组团形成7项国家级改革案例", [("7项", "supported", "")]),
    # the quote's own 10年来, the same value printed in digits
    ("三年来北京累计转出至津冀20.9万人",
     [("三年", "contradicted", "the source says 10年来; the statement says 三年来"),
      ("20.9万人", "supported", "")]),
    ("十年来，北京累计转出至津冀20.9万人", [("十年", "supported", ""), ("20.9万人", "supported", "")]),
    # counted back in other words than the quote's: 过去十年, 近5年, over the past 10 years
    ("过去十年，北京疏解一般制造业企业近3000家。",
     [("十年", "supported", ""), ("近3000家", "supported", "")]),
    ("过去五年，北京疏解一般制造业企业近3000家。",
     [("五年", "contradicted", "the source says 10年来; the statement says 过去五年"),
      ("近3000家", "supported", "")]),
    ("近5年，滨海中关村年均注册企业不少于700家。",
     [("近5年", "supported", ""), ("不少于700家", "supported", "")]),
    ("5年來累計有1000餘名津冀專業技術人員參加了北京市組織的培訓。",
     [("5年", "contradicted", "the source says 10年来; the statement says 5年来"),
      ("1000余名", "supported", "")]),
    ("Over the past 10 years, 209,000 people have transferred their pension insurance from "
     "Beijing to Tianjin and Hebei.",
     [("10 years", "supported", ""), ("209,000 people", "supported", "")]),
    ("Over the past 5 years, 209,000 people have transferred their pension insurance from "
     "Beijing to Tianjin and Hebei.",
     [("5 years", "contradicted", "the source says 10年来; the statement says past 5 years"),
      ("209,000 people", "supported", "")]),
])
def test_years_counted_back_from_now_are_the_sources(
        comparer: Comparer, statement: str, expected: list[tuple[str, str, str]]) -> None:
    """A count of years back from now (三年来, 过去十年, 近5年, over the past 10 years) the
    sentence of a supporting claim's quote counts back otherwise (五年来) is contradicted;
    counted back the same, in words or digits and whatever the words that count it back
    (过去十年 for 10年来), it is the claim's."""
    assert [(f.figure.raw, f.verdict, f.reason)
            for f in comparer.compare(statement).figures] == expected


@pytest.mark.parametrize(("statement", "expected"), [
    # the source: 位于天津城区东北部一片38平方公里的土地上
    ("京津合作示范区位于天津城区西北部，面积38平方公里。",
     [("38平方公里", "contradicted", "the source says 城区东北部; the statement says 城区西北部")]),
    ("京津合作示范区位于天津城区东北部，面积38平方公里。", [("38平方公里", "supported", "")]),
    # the source: 在距离北京东南方向140公里外的北塘; only the figure beside it is held to it
    ("600多年前，距北京西南方向140公里的北塘是一片静谧古朴的渔村。",
     [("600多年", "supported", ""),
      ("140公里", "contradicted", "the source says 北京东南方向; the statement says 北京西南方向")]),
    ("Beitang lies 140 km south-west of Beijing.",
     [("140 km", "contradicted",
       "the source says south-east of Beijing; the statement says south-west of Beijing")]),
    ("Beitang lies 140 km southeast of Beijing.", [("140 km", "supported", "")]),
])
def test_where_a_place_lies_is_the_sources(
        comparer: Comparer, statement: str, expected: list[tuple[str, str, str]]) -> None:
    """A place put at another compass point from the same place than the sentence of the
    claim's quote (or its English) puts it: the figure beside it is contradicted."""
    assert [(f.figure.raw, f.verdict, f.reason)
            for f in comparer.compare(statement).figures] == expected


@pytest.mark.parametrize(("statement", "expected"), [
    # a part of Beijing is not Beijing: 全市's 44.8% is not the sub-centre's
    ("北京城市副中心森林覆盖率近45%。", ["contradicted"]),
    ("北京城市副中心森林覆盖率近35%。", ["supported"]),
    ("北京森林覆盖率达到44.8%。", ["supported"]),
    # another region's zone, and a body the statement opens with, decide no figure
    ("横琴粤澳深度合作区连续5年举办项目推介会,累计签约项目300余个、意向投资额超2000亿元。",
     ["unsupported", "unsupported", "unsupported"]),
    # a rate per year is not the source's per month
    ("突破场地瓶颈后，预计每年无人机产品的生产能力将由现在的40架提升到100架。",
     ["unsupported", "unsupported"]),
    # two industries whose output is measured, with no word in common
    ("2023年河北战略性新兴产业增加值占规模以上工业比重为21.4%。", ["unsupported"]),
    ("2023年河北高新技术产业增加值占规模以上工业比重为21.4%。", ["supported"]),
    # a share after the list's first figure is that figure's (the quote pairs 14% with
    # 14042家, 12% with 1431家)
    ("京津冀累计培育国家级专精特新“小巨人”企业1431家，占全国12%。", ["supported", "supported"]),
    # a list whose last item runs on into the words all share: 22.1% is 中医药's, and
    # 生物医药's is 5.4%
    ("前三季度，天津生物医药产业增加值同比增长22.1%。", ["contradicted"]),
    ("前三季度，天津中医药产业增加值同比增长22.1%。", ["supported"]),
    ("天津前三季度医药制造业工业增加值同比增长9.5%，生物医药、中医药产业增加值分别增长5.4%、"
     "22.1%。", ["supported", "supported", "supported"]),
    # a wrong share after the list's first figure is contradicted by that figure's share,
    # not by another metric's whose words are only 占全国比重达到 too (数字经济's 10.7%)
    ("京津冀累计培育国家级专精特新“小巨人”企业1431家，占全国比重达到14%。",
     ["supported", "contradicted"]),
    # the end of a year in English is not June's
    ("By the end of 2023, Beijing had promoted a cumulative 692,000 new energy vehicles.",
     ["unsupported"]),
    ("By the end of June 2023, Beijing had promoted a cumulative 692,000 new energy vehicles.",
     ["supported"]),
    # a total printed twice with the same words (总投资193亿元 … 总投资118亿元) is the one
    # after the count the statement pairs it with: the park's total is not the 37 Beijing
    # firms'; and items of one list share their lead (从1M提速至500M、1000M)
    ("北京·沧州渤海新区生物医药园入驻北京医药企业37家，总投资193亿元。",
     ["supported", "contradicted"]),
    ("北京·沧州渤海新区生物医药园入驻北京医药企业37家，总投资118亿元。",
     ["supported", "supported"]),
    ("北京·沧州渤海新区生物医药园共入驻企业60家，总投资193亿元。", ["supported", "supported"]),
    ("京津冀宽带速率从1M提速至1000M。", ["supported", "supported"]),
    # the value a change comes to, where the paragraph prints that change coming to another
    # (…累计有7300余名老年人…,在院老年人数从156人增长至4799人)
    ("据统计，在环京周边地区养老机构在院老年人数已从156人增长至7300余人。",
     ["supported", "contradicted"]),
    ("在环京周边地区养老机构在院老年人数从156人增长至4799人。", ["supported", "supported"]),
    ("2015年至今，累计有7300余名老年人在环京周边地区养老。", ["supported"]),
])
def test_the_fifteenth_audits_wrong_verdicts(comparer: Comparer, statement: str,
                                             expected: list[str]) -> None:
    """What the fifteenth audit (written from the sources alone) found compare deciding
    wrongly: a whole's figure for its part, another region's zone, a rate's period,
    another industry, a list's pairs, an English year's end."""
    verdict = comparer.compare(statement)
    assert [f.verdict for f in verdict.figures] == expected
    if "增长至7300余人" in statement:
        assert verdict.figures[1].claim is not None
        assert verdict.figures[1].claim.id == "004-598-elders-in-homes-now"
    if "37家，总投资193亿元" in statement:
        assert verdict.figures[1].claim is not None
        assert verdict.figures[1].claim.id == "004-443-cangzhou-biomed-bj-investment"
    if statement.endswith("占全国比重达到14%。"):
        assert verdict.figures[1].claim is not None
        assert verdict.figures[1].claim.id == "004-446-jjj-little-giants-share"


@pytest.mark.parametrize(("statement", "expected"), [
    # an English value's year comes after it
    ("Technology contract turnover flowing from Beijing to Tianjin and Hebei grew from 7.12 "
     "billion yuan in 2013 to 74.87 billion yuan in 2023.", ["supported", "supported"]),
    ("Technology contract turnover flowing from Beijing to Tianjin and Hebei grew from 7.12 "
     "billion yuan in 2014 to 74.87 billion yuan in 2023.", ["unsupported", "supported"]),
    # each figure of a long English sentence meets the claim whose English has its words
    ("Beijing, Tianjin and Hebei have a combined population of more than 100 million and a "
     "land area of 216,000 square kilometres.", ["supported", "supported"]),
    ("Xiong'an has 41 schools, 11 health stations and 61 elderly-care institutions in use.",
     ["supported", "supported", "supported"]),
    # an English comparison's year is its base, not its period (than in 2014, the 2014
    # level); the source compares 2023 with 2013
    ("The average PM2.5 concentration in the Beijing-Tianjin-Hebei region in 2023 was about "
     "60% lower than in 2014.", ["unsupported"]),
    ("R&D spending in Beijing-Tianjin-Hebei reached 426.09 billion yuan in 2022, 2.1 times "
     "the 2014 level, and R&D intensity was 4.25%, 1.71 percentage points above the national "
     "average.", ["supported", "supported", "supported", "supported"]),
    # another claim of the paragraph has all the words this claim's English shares with
    # the figure's, and more: the figure is that claim's thing (cargo, not containers), and
    # the value the other claim's (containers' 3.7%, cement's 120 million tonnes) swapped in
    # (Comparer._swapped_in_en)
    ("Cargo throughput at Hebei's ports rose 3.7% in 2022 to 1.28 billion tonnes.",
     ["contradicted", "supported"]),
    ("Hebei has cut 120 million tonnes of steelmaking capacity.", ["contradicted"]),
    ("Hebei has cut 110 million tonnes of steelmaking capacity.", ["supported"]),
    # down is not grew
    ("The combined GDP of Beijing, Tianjin and Hebei was 10 trillion yuan in 2022, down 2% "
     "from the previous year.", ["supported", "contradicted"]),
    # a long name the claim's English gives in part (the Zhangbei cloud computing park)
    ("Zhangbei Cloud Computing Industrial Park has 13 data centre projects with total "
     "investment of about 99 billion yuan.", ["supported", "supported"]),
    # a wrong English figure, contradicted by the claim whose English has its words …
    ("In 2022 Tianjin had 287 days of good air quality.", ["contradicted"]),
    ("In 2023 Beijing's digital economy added 18.7667 trillion yuan of value.",
     ["contradicted"]),
    # … but not where the sources print its value for a thing so alike (431 billion yuan
    # registered in Beijing by Tianjin and Hebei; 2 trillion by Beijing in Tianjin and Hebei):
    # the 431 billion is the claim of Tianjin and Hebei (津冀, listed as one), and its 11,000
    # enterprises (counted in 户, which counts firms as 家 does)
    ("From 2014 to 2022, Tianjin and Hebei newly registered 11,000 enterprises in Beijing, "
     "with registered capital of 431 billion yuan.", ["supported", "supported"]),
    # a figure's own places, where its words name some: 638,000 is Jizhou's, not Beijing's
    ("On April 30 Jizhou received 638,000 visitors, 21.7 percent of them from Beijing.",
     ["supported", "supported"]),
    # a target met is no plan, an intended investment a sum of deals
    ("A Beijing-Tianjin-Hebei industrial and supply chain conference signed 152 projects "
     "with intended investment of 122.9 billion yuan.", ["supported", "supported"]),
    # a speaker the claim's English never names, in English: unsupported
    ("CPPCC chairman Wang Huning reported that 5,621 proposals had been submitted since the "
     "first session of the 14th National Committee.", ["unsupported"]),
])
def test_english_figures_each_meet_their_claim(comparer: Comparer, statement: str,
                                               expected: list[str]) -> None:
    """An English statement's figure is supported by a claim stating its value whose
    English holds most of the figure's own words, and takes the year printed after it."""
    assert [f.verdict for f in comparer.compare(statement).figures] == expected


@pytest.mark.parametrize(("text", "planned"), [
    ("expects its contracts to exceed", True),
    ("due to attend", True),
    ("Beijing met its target of cutting the resident population by 15%", False),
    ("met the 14th Five-Year Plan target ahead of schedule", False),
    ("projects with intended investment of", False),
    ("the line is to produce output worth", True),
    ("the hub is to bring together 2 intercity railways", True),
    ("Tianjin's Binhai New Area is 58 minutes from Beijing", False),
    # a plan as a noun names a document: its figures are facts
    ("visited four times and personally approved its detailed plan", False),
    ("issued an action plan with 21 key tasks", False),
    ("Jizhou plans to open more than 170 outlets", True),
])
def test_what_english_says_is_a_plan(text: str, planned: bool) -> None:
    assert planned_en(text) is planned


@pytest.mark.parametrize(("text", "periods"), [
    ("每月将扣1080元", {"月"}),
    ("1,080 yuan a year", {"年"}),
    ("charged monthly, and daily after that", {"月", "天"}),
    ("per hour 350 km", {"小时"}),
    ("a yearly report of 12 pages and 每年12期", {"年"}),
    ("a total of 1,080 yuan", set()),
])
def test_the_period_a_rate_is_per(text: str, periods: set[str]) -> None:
    assert rate_periods(text) == periods


@pytest.mark.parametrize(("statement", "expected"), [
    # two of the three (京津, 京冀, 津冀) are not the region: its figure is not theirs
    ("京津两地数字经济规模占全国10.7%", ["unsupported"]),
    ("京津冀数字经济规模占全国10.7%", ["supported"]),
    ("三地数字经济规模占全国10.7%", ["supported"]),
    ("大运河京津段全线62公里实现旅游通航", ["unsupported"]),  # 京津冀段, 京冀段
    ("大运河京冀段全线62公里实现旅游通航", ["supported"]),
    ("大运河京津冀段全线62公里实现旅游通航", ["supported"]),
    # an order in another place than the quote's (天津市首个)
    # (首个 is left out as prose where no claim gives it of the statement's place)
    ("北塘湾数字经济产业园是北京市首个成规模的M0新型产业用地项目。", []),
    ("北塘湾数字经济产业园是天津市首个成规模的M0新型产业用地项目。", ["supported"]),
    ("中关村是我国第一个国家级高新技术产业开发区", ["supported"]),
    ("中关村是全国第一个国家级高新技术产业开发区", ["supported"]),
    ("中关村是北京市第一个国家级高新技术产业开发区", ["unsupported"]),
    # another body whose name holds the claim's (京津中关村科技城 for 中关村)
    ("京津中关村科技城是我国第一个国家级高新技术产业开发区", ["unsupported"]),
    ("北京中关村是我国第一个国家级高新技术产业开发区", ["supported"]),
    # an order the sources give of something else is unsupported, not left out as prose
    ("第二批市级机关已全部完成搬迁", ["unsupported"]),
    ("第二批市级机关正在加紧搬迁", ["supported"]),
    ("2023年，北京城市副中心行政办公区二期建成，第二批市级机关全部完成搬迁。",
     ["supported", "unsupported"]),
    ("2023年，北京城市副中心行政办公区二期建成，第二批市级机关启动搬迁。", ["supported"]),
    # another numbered class (the quote's Ⅱ类水质)
    ("黎河桥、沙河桥2个断面水质年均保持Ⅲ类水质。", ["unsupported"]),
    ("黎河桥、沙河桥2个断面水质年均保持Ⅱ类水质。", ["supported"]),
    # a statement without a year is today's: 2024's 10.7% meets 超过一成, and 2022's 近10%
    # (a bound the other way) does not contradict it; for 2022 it does
    ("京津冀三地数字经济规模占全国的比重已超过一成。", ["supported"]),
    ("2022年京津冀三地数字经济规模占全国的比重已超过一成。", ["contradicted"]),
    # another claim's quote word for word but for the figure: its figure is the one stated
    # (京雄津保唐“1小时交通圈”), not the main cities' 2小时
    ("京雄津保唐“2小时交通圈”基本形成，“双城生活”成为现实。", ["contradicted"]),
    ("京雄津保唐“1小时交通圈”基本形成", ["supported"]),
    ("京津冀主要城市间2小时通达交通圈基本形成", ["supported"]),
    # the value a change comes to has the words of the one it starts from (办理时间)
    ("跨省涉税事项迁移办理时间由过去的20天左右压缩至1小时。", ["supported", "supported"]),
    ("2014—2022年，京津冀规模以上工业企业数量由2.4万余家增至2.6万余家。",
     ["supported", "supported"]),
    # 金额 says no more than 数量 of a metric: 被骗金额 is named by 被骗走
    ("郭大爷在取快递骗局中被骗走5万余元。", ["supported"]),
    ("郭大爷在取快递骗局中被骗走6万余元。", ["contradicted"]),
    # (the same words for another year are another year's: 1,431 does not undo 1,605)
    ("2018年以来，京津冀累计培育国家级专精特新“小巨人”企业一千六百零五家。", ["supported"]),
])
def test_the_eighteenth_audits_places_orders_and_classes(comparer: Comparer, statement: str,
                                                         expected: list[str]) -> None:
    assert [v for _raw, v, _id in verdicts(comparer, statement)] == expected


@pytest.mark.parametrize(("statement", "expected"), [
    # another body issuing what the quote dates (2022年11月,宝坻区出台《…》)
    ("2022年11月，天津市发展改革委出台《关于做好京津中关村科技城区域内随迁子女就学工作的实施意见》。",
     "unsupported"),
    ("2022年11月，宝坻区出台《关于做好京津中关村科技城区域内随迁子女就学工作的实施意见》。",
     "supported"),
    ("2022年11月，天津市宝坻区出台《关于做好京津中关村科技城区域内随迁子女就学工作的实施意见》。",
     "supported"),
    ("2022年11月，宝坻区政府出台《关于做好京津中关村科技城区域内随迁子女就学工作的实施意见》。",
     "supported"),
    # what is issued, before its verb, is no body
    ("2023年，为期三年的《官厅水库上游永定河流域水源保护横向生态补偿协议》正式签署。", "supported"),
])
def test_a_date_of_what_another_body_issued(comparer: Comparer, statement: str,
                                            expected: str) -> None:
    assert comparer.compare(statement).verdict == expected


@pytest.mark.parametrize(("statement", "at", "raw"), [
    # 15 vocational alliances and 22 university ones (004-370), the other way round
    ("The three regions have set up a total of 22 cross-regional vocational education "
     "alliances and 15 university development alliances.", 0, "22"),
    # 203 items under the same standards and 234 handled across provinces (004-371), the
    # other way round, with across Beijing, Tianjin and Hebei in the first figure's words
    # (which neither claim's English has wholly)
    ("A total of 234 government service items now follow the same standards across "
     "Beijing, Tianjin and Hebei, and 203 can be handled across provincial lines, Tianjin "
     "said.", 1, "203"),
])
def test_two_english_counts_swapped(comparer: Comparer, statement: str, at: int,
                                    raw: str) -> None:
    """A bare number whose words are a sibling claim's, where the statement gives the
    sibling's value this claim's words, is not this claim's: not supported."""
    swapped = comparer.compare(statement)
    assert swapped.verdict == "unsupported"
    assert (swapped.figures[at].figure.raw, swapped.figures[at].verdict) == (raw, "unsupported")


@pytest.mark.parametrize(("statement", "faithful", "claim"), [
    # 拥有景区23家，乡村精品民宿271家: the 271 are homestays
    ("Jizhou District has 271 scenic spots.", "Jizhou District has 271 boutique rural homestays.",
     "003-29-jizhou-boutique-homestays"),
    # 6个国家地理标志产品、…、24个“津农精品”
    ("Jizhou district has 24 national geographical indication products.",
     "Jizhou district has 6 national geographical indication products.",
     "003-27-jizhou-geographical-indications"),
    # what it counts runs past two words: 43 high-quality elderly-care institutions, 52 …
    # projects
    ("The Beijing elderly-care services website features 52 high-quality care institutions "
     "in Tianjin and Hebei.",
     "The Beijing elderly-care services website features 43 high-quality care institutions "
     "in Tianjin and Hebei.", "004-593-elderly-website-institutions"),
    # in a unit its noun gives (projects: 项), another count's: 19 methodologies, 21 projects
    ("By the end of August 2023 Hebei had completed 19 carbon-reduction product development "
     "projects.",
     "By the end of August 2023 Hebei had completed 21 carbon-reduction product development "
     "projects.", "004-419-hebei-carbon-product-projects"),
])
def test_an_english_count_of_the_thing_its_sibling_names_right_after_it(
        comparer: Comparer, statement: str, faithful: str, claim: str) -> None:
    """A bare number whose thing, named right after it, is a sibling claim's (its English
    names it right after its own figure) and none of this claim's words is not this
    claim's: unsupported; said of its own thing, it is supported."""
    wrong = comparer.compare(statement).figures
    assert [f.verdict for f in wrong] == ["unsupported"]
    if "(its own words:" in wrong[0].reason:  # (the figure taken out, its words one space apart)
        assert "  " not in wrong[0].reason
    right = comparer.compare(faithful).figures[0]
    assert (right.verdict, right.claim.id if right.claim else None) == ("supported", claim)


def test_two_english_counts_each_meet_their_own(comparer: Comparer) -> None:
    faithful = comparer.compare(
        "The three regions have set up a total of 15 cross-regional vocational education "
        "alliances and 22 university development alliances.")
    assert [(f.verdict, f.claim.id if f.claim else None) for f in faithful.figures] == [
        ("supported", "004-370-vocational-education-alliances"),
        ("supported", "004-370-university-alliances")]


@pytest.mark.parametrize(("statement", "expected", "reason"), [
    # a verb of the event's metric (inspected: 考察时间) tells it in English
    ("In May 2023, Xi Jinping inspected Hebei and chaired a symposium on further promoting "
     "Beijing-Tianjin-Hebei coordinated development.", "supported", ""),
    # the event told best by a claim of another place: not made right by a claim of part of
    # it (chaired…, no place)
    ("In May 2023, Xi Jinping inspected Tianjin and chaired a symposium on further promoting "
     "Beijing-Tianjin-Hebei coordinated development.", "unsupported",
     "the source says this of Hebei"),
    ("On February 26, 2014, Xi Jinping chaired a symposium in Tianjin setting out the "
     "significance of the Beijing-Tianjin-Hebei coordinated development strategy.",
     "unsupported", "the source says this of Beijing"),
    # forming tells formed; the Chaohe River is the Chao River
    ("In 2023, Beijing joined Tianjin and Hebei in forming a special working group on science "
     "and technology innovation for Beijing-Tianjin-Hebei coordinated development.",
     "supported", ""),
    ("In 2020, the Ministry of Ecology and Environment, together with Beijing and Hebei, issued "
     "a comprehensive ecological and environmental protection plan for the Chaohe River basin "
     "covering 2019 to 2025.", "supported", ""),
    ("In 2019, the Ministry of Ecology and Environment, together with Beijing and Hebei, issued "
     "a comprehensive ecological and environmental protection plan for the Chaohe River basin "
     "covering 2019 to 2025.", "contradicted",
     "the source says 2020年; the statement says In 2019"),
])
def test_english_dates_and_their_places(comparer: Comparer, statement: str, expected: str,
                                        reason: str) -> None:
    result = comparer.compare(statement)
    assert (result.verdict, result.reason) == (expected, reason)


def test_an_english_change_over_a_span_gives_each_value_its_year(comparer: Comparer) -> None:
    """From 2014 to 2022 … rose from 8.31 billion yuan to 35.69 billion yuan: the first value
    is 2014's and the second 2022's, as 2014年到2022年…由83.1亿元增至356.9亿元 reads."""
    result = comparer.compare(
        "From 2014 to 2022, the value of technology contracts Beijing exported to Tianjin and "
        "Hebei rose from 8.31 billion yuan to 35.69 billion yuan.")
    assert [(f.verdict, f.claim.id if f.claim else None) for f in result.figures] == [
        ("supported", "004-354-bj-tech-contracts-to-tj-hb-2014"),
        ("supported", "004-354-bj-tech-contracts-to-tj-hb-2022")]


#: the nineteenth audit's cases (docs/compare-audit-2026-12.md, items 125-134): names,
#: places and lists
NINETEENTH_CASES = [
    # a company by the short name its source defines (以下简称“莱恩斯”) or its own name
    # (元一生物), wherever the statement says it went
    ("周长喜说，搬迁到玉田后，莱恩斯工厂面积从45亩增加到了185亩，物流成本降低了20%左右。",
     ["supported", "supported", "supported"]),
    ("莱恩斯整体搬迁至唐山玉田后，工厂面积从45亩增加到了185亩。", ["supported", "supported"]),
    # a province by its one character where the statement is in or goes there (在津)
    ("2023年北京疏解功能资源在津新设机构1793家", ["supported"]),
    ("2023年北京疏解功能资源在冀新设机构1793家", ["unsupported"]),
    # a year a list covers (2022年度…名单) is not the date it was published
    ("2023年6月，科技部火炬中心公布2022年度国家级科技企业孵化器名单，"
     "天津滨海中关村雨林空间孵化器入选。", ["supported"]),
    ("2022年6月，科技部火炬中心公布2022年度国家级科技企业孵化器名单，"
     "天津滨海中关村雨林空间孵化器入选。", ["contradicted"]),
    ("2022年6月，天津滨海中关村雨林空间孵化器入选国家级科技企业孵化器。", ["contradicted"]),
    # what the source says of one place, said of another in the same words
    ("京津冀协同发展联合工作办公室在天津集中办公，三省市共同组建15个专题工作组。",
     ["unsupported"]),
    ("京津冀协同发展联合工作办公室在北京市集中办公，三省市共同组建15个专题工作组。",
     ["supported"]),
    ("三地将联合打造6条产业链，其中天津牵头氢能、生物医药产业。", ["unsupported"]),
    ("三地将联合打造6条产业链，其中北京牵头氢能、生物医药产业。", ["supported"]),
    ("从北京海淀迁来的南轩科技，生产面积扩大近4倍。", ["unsupported"]),
    ("从北京通州搬来的南轩科技，生产面积扩大近4倍。", ["supported"]),
    ("2016年，京津冀三地商务部门在天津签署《商务领域京津冀协同发展对接协作机制》和26个"
     "“一揽子”合作项目备忘录。", ["unsupported", "unsupported"]),
    # (a place in the clause of another figure is that figure's: 10条 stands)
    ("与廊坊北三县的一体化同样提速：跨界道路已达10条，大运河京津段全线62公里实现旅游通航；",
     ["supported", "unsupported"]),
    # an English statement's place away from the figure's own words may be the quote's
    ("Beijing swifts have recovered to nearly 10,000 birds, and wild bird species at "
     "Baiyangdian have increased to more than 260.", ["supported", "supported"]),
]
#: the twentieth stop's (items 135-144): English names, counts and plans, event words,
#: a date's place
TWENTIETH_CASES = [
    # an English statement naming a body or park whose subject is named in Chinese alone
    # (京津中关村科技城): a claim whose English gives the same name speaks to it, whatever
    # place the statement names beside it
    ("More than 1,200 talent apartments are in use at the Jingjin Zhongguancun Science "
     "City in Baodi.", ["supported"]),
    ("Of the more than 80 companies in the Houhu park of the Yutian Economic Development "
     "Zone, 42 come from Beijing.", ["supported", "supported"]),
    ("During the 2022 Beijing Winter Olympics and Paralympics, 110 administrative cases of "
     "Olympic IP infringement were filed.", ["supported"]),
    # (another body, another word in its name: not the same)
    ("More than 1,200 talent apartments are in use at the Binhai Zhongguancun Science "
     "City in Baodi.", ["unsupported"]),
    # (a place's own name is no body's: 150 km is Xiong'an's, not Beijing's)
    ("The Beijing-Tianjin cooperation demonstration zone lies 150 km from Beijing and "
     "100 km from Xiong'an New Area.", ["unsupported", "unsupported"]),
    # an English plan word governs the figure after it in the same clause, unless a verb
    # of fact comes between (a planned 14.5 square km and had 1,328…)
    ("The Baodi Jing-Jin Zhongguancun Science City covers a planned 14.5 square km and "
     "had 1,328 registered companies by the end of 2023.", ["supported", "supported"]),
    ("The Anzhen Hospital Tongzhou campus will provide 1,300 beds and handle 6,500 "
     "outpatient visits a day.", ["supported", "supported"]),
    # 视察 tells an inspection (考察时间), released an issue (印发时间)
    ("2019年1月17日，习近平总书记视察天津滨海—中关村科技园。", ["supported"]),
    ("2018年1月17日，习近平总书记视察天津滨海—中关村科技园。", ["contradicted"]),
    ("Wuqing district released its plan for building the Beijing-Tianjin Industrial New "
     "City in December 2023.", ["supported"]),
    ("Wuqing district released its plan for building the Beijing-Tianjin Industrial New "
     "City in December 2022.", ["contradicted"]),
    # a park's founding told as 成立, where the source's metric is 设立时间
    ("天津滨海—中关村科技园于2016年9月成立。", ["supported"]),
    ("天津滨海—中关村科技园于2017年9月成立。", ["contradicted"]),
    # (and in English: set up, linked up, put into production)
    ("The Tianjin Binhai-Zhongguancun Science Park was set up in September 2016.",
     ["supported"]),
    ("The Tianjin Binhai-Zhongguancun Science Park was set up in September 2017.",
     ["contradicted"]),
    ("The Beijing section of the Beijing-Xiong'an Expressway between the Fifth and Sixth "
     "Ring Roads was linked up on December 28, 2023.", ["supported"]),
    ("Qibin Energy-Saving Glass completed the smart upgrade of its phase-two equipment and "
     "put it into production in September 2022.", ["contradicted"]),
    # an English bound counted in the noun after words of its kind, said by a word the
    # vocabulary has for the metric
    ('Since 2018, the Beijing-Tianjin-Hebei region has nurtured more than 1,600 '
     'national-level "little giant" enterprises.', ["supported"]),
    ("By the end of June 2023 Beijing had promoted 962,000 new energy vehicles.",
     ["contradicted"]),
    # a count in words after "and" is the next item, not the figure's words
    ("The Beijing-Cangzhou Bohai New Area biomedicine industrial park, jointly built by "
     "Beijing and Hebei, has attracted 36 companies from Beijing and eight from Tianjin.",
     ["supported", "supported"]),  # (eight: a count in words, as 8家)
    # a date the source gives of another place, in the same words (从2019年落户宝坻)
    ("中科拜克（天津）生物药业于2019年落户武清，建成多条兽用生物制品生产线。", ["unsupported"]),
    ("中科拜克（天津）生物药业于2019年落户宝坻，建成多条兽用生物制品生产线。", ["supported"]),
    # where a place lies, in words a measure word (一片) does not take from the figure
    ("京津合作示范区位于天津城区西南部一片38平方公里的土地上。", ["contradicted"]),
    ("京津合作示范区位于天津城区东北部一片38平方公里的土地上。", ["supported"]),
    # (the source says it of a list of places: 天津市和河北省人大常委会…分别于11月29日和30日)
    ("天津市人大常委会于2023年11月29日通过关于推进京津冀协同创新共同体建设的决定", ["supported"]),
    # English words: taken over is no bound; employees are people
    ("The Beijing sub-centre has taken over 308 powers delegated by the municipal "
     "government.", ["supported"]),
    ("Founded in 2021, Yuanyi Biotechnology has grown from six to 80 employees in just over "
     "two years.", ["supported"]),
]

TWENTY_FIRST_CASES = [
    # English times that are occasions: an event held N times (the source's N届), a visit
    # made N times (四次); a multiple stays a multiple (and the past 10 years are the
    # quote's 10年来: Setting.printed_beside)
    ("Over the past 10 years, the China Beijing-Tianjin-Hebei Triathlon has been held 11 "
     "times and the Beijing-Tianjin-Hebei International Road Cycling Race seven times.",
     ["supported", "supported", "supported"]),
    ("The China Beijing-Tianjin-Hebei Triathlon has been held 12 times.", ["contradicted"]),
    ("Xi Jinping has visited Beijing's sub-centre four times.", ["supported"]),
    ("Xi Jinping has visited Beijing's sub-centre five times.", ["contradicted"]),
    # an English edition before an event's name (the first … Expo: 首届)
    ("Tianjin held the first Tianjin International Elderly Care Services Expo in 2023.",
     ["supported", "supported"]),
    # (the first expo's date does not date the second: its year is left to the edition)
    ("Tianjin held the second Tianjin International Elderly Care Services Expo in 2023.",
     ["contradicted"]),
    # a rate per another period (a year, where the source says 每月)
    ("Guo was told he would be charged 1,080 yuan a month unless he cancelled the service.",
     ["supported"]),
    ("Guo was told he would be charged 1,080 yuan a year unless he cancelled the service.",
     ["unsupported"]),
    # a place's own words are no words of what is measured (Investment in Xiong'an New
    # Area is not the social investment of Xiong'an's application scenarios)
    ("Investment in Xiong'an New Area has exceeded 600 billion yuan over more than six "
     "years of construction.", ["unsupported", "supported"]),
    # a prose count the supporting quote gives otherwise after the same words (连续开展两轮)
    ("2014年以来，北京连续开展三轮“疏解整治促提升”专项行动，累计退出一般制造业企业近3000家。",
     ["contradicted", "supported"]),
    ("2014年以来，北京连续开展两轮“疏解整治促提升”专项行动，累计退出一般制造业企业近3000家。",
     ["supported"]),
    # chaired tells a meeting held (召开时间); the place of a day the source gives of another
    # place, where another claim of it does not say where
    ("Xi Jinping chaired a symposium in Beijing on February 26, 2014, devoted to hearing a "
     "work report on coordinated development of Beijing, Tianjin and Hebei.", ["supported"]),
    ("Xi Jinping chaired a symposium in Beijing on February 27, 2014.", ["contradicted"]),
    ("Xi chaired a symposium in Tianjin on February 26, 2014, to hear a report on "
     "Beijing-Tianjin-Hebei coordinated development.", ["unsupported"]),
]

TWENTY_SECOND_CASES = [
    # a list of districts with one swapped, in Chinese and in English (西城、朝阳、海淀)
    ("2023年，通州区与西城、朝阳、海淀三区通过结对机制引入项目145个。", ["supported"]),
    ("2023年，通州区与东城、朝阳、海淀三区通过结对机制引入项目145个。", ["unsupported"]),
    ("Tongzhou drew 145 projects in 2023 through pairing arrangements with Xicheng, Chaoyang "
     "and Haidian districts.", ["supported"]),
    ("Tongzhou drew 145 projects in 2023 through pairing arrangements with Dongcheng, "
     "Chaoyang and Haidian districts.", ["unsupported"]),
    # (河北 of 河北雄安新区 is around a place the quote gives, no swap)
    ("京津合作示范区距离北京100公里、河北雄安新区150公里、天津中心城区20公里。",
     ["supported", "supported", "supported"]),
    # a round figure is the source's rounded half up, and by a tenth at most
    ("京津冀1.5小时旅游休闲圈基本形成。", ["supported"]),
    ("京津冀1小时旅游休闲圈基本形成。", ["contradicted"]),
    ("京津冀2小时旅游休闲圈基本形成。", ["contradicted"]),
    # 河北 is a place by its short name: a day of Xi's there, where the source says 天津
    ("2024年2月2日，习近平总书记在天津视察时指出，要合力建设世界级先进制造业集群。", ["supported"]),
    ("2024年2月2日，习近平总书记在河北视察时指出，要合力建设世界级先进制造业集群。", ["unsupported"]),
    ("河北所有设区市已全部退出全国重点城市空气质量综合指数“后十”。", ["supported"]),
    # a band of ranks left is not one held (退出…后十名, not 排名后十名)
    ("2023年邯郸市成功退出全国重点城市空气质量综合指数后十名。", ["supported"]),
    ("2023年邯郸市空气质量综合指数全国排名后十名。", ["unsupported"]),
    ("2022年天津港口货物吞吐量5.49亿吨，增长3.7%。", ["supported", "supported"]),
    ("京津冀“定制快巴”开通北京至天津、河北周边地区6条主线，共36条支线。", ["supported", "supported"]),
    # a subject named by its members' first characters (平蓟三兴), and 环京周边 for 环京周边地区
    ("平谷、蓟州、三河、兴隆四地在多个领域制定协同发展机制20个、签订协议43个。", ["supported", "supported"]),
    ("环京周边在院老年人数从156人增加到4799人。", ["supported", "supported"]),
    # a body's name without its two words before its kind (副中心站枢纽 for 副中心站交通枢纽)
    ("城市副中心站枢纽主体结构施工完成超八成。", ["supported"]),
    ("城市副中心站枢纽主体结构施工完成超九成。", ["contradicted"]),
    # 自 a year … 以来: a count since then
    ("自2014年建立“平蓟三兴”协同机制以来，四地已召开多层级联席会议8次。",
     ["supported", "contradicted"]),
    # a move's distance told by 东移 (搬迁距离)
    ("2019年，莱恩斯从通州整体东移100公里，落户唐山玉田县。", ["supported"]),
    # English: half an hour, micrograms per cubic metre; a figure of its year, not a
    # sibling's of another (93 in 2014, where the 2022 claim's English says fell)
    ("The core area linking Beijing, Tianjin and Xiong'an is now within half an hour's reach.",
     ["supported"]),
    ("Average PM2.5 concentration in the region fell from 93 micrograms per cubic meter in "
     "2014 to 37 micrograms per cubic meter in 2022.", ["supported", "supported"]),
    # a part named after the figure in an English clause (Beijing's 63 schools for Tongzhou)
    ("Beijing has arranged for 63 high-quality schools across the city to provide one-to-one "
     "support to schools in Tongzhou district.", ["supported"]),
    # a body named in the possessive of a place (Tencent's Zhangbei) is still named; a
    # place in the possessive ends the body named before (…29 minutes and Tianjin's Binhai)
    ("Tencent's Zhangbei big data projects, with a total investment of 45 billion yuan, have "
     "been completed and put into operation.", ["unsupported"]),
    ("By rail from Beijing, Yanjiao is 29 minutes away and Tianjin's Binhai New Area 58 "
     "minutes.", ["supported", "supported"]),
    # English days: what was said at the event is not the event; an opening clause (During
    # an inspection tour of Hebei in May 2023, …) may be the event alone
    ("On Feb 26, 2014, Xi Jinping chaired a symposium to hear a special report on "
     "Beijing-Tianjin-Hebei coordinated development, saying understanding of the issue "
     "should be raised to the level of national strategy.", ["supported"]),
    ("On Feb 27, 2014, Xi Jinping chaired a symposium to hear a special report on "
     "Beijing-Tianjin-Hebei coordinated development, saying understanding of the issue "
     "should be raised to the level of national strategy.", ["contradicted"]),
    ("During an inspection tour of Hebei in May 2023, President Xi chaired a symposium on "
     "deepening Jing-Jin-Ji coordinated development and delivered an important speech.",
     ["supported"]),
    ("During an inspection tour of Hebei in May 2022, President Xi chaired a symposium on "
     "deepening Jing-Jin-Ji coordinated development and delivered an important speech.",
     ["contradicted"]),
    # (not In 2023 the three places jointly released, for the first time, maps…: the
    # elderly-care rules they released that year are another event; the maps' own date
    # claim, whose metric *first joint … maps* its *jointly* tells, is its)
    ("In 2023 the three places jointly released, for the first time, maps of six "
     "cross-regional industrial chains, including hydrogen energy, biomedicine and the "
     "industrial internet.", ["supported"]),
    # a statement naming no place is about its supported figures' subject: another
    # subject's figure does not contradict it
    ("围绕“3+1”主导功能强化产业组织，经济总量突破千亿元，年均增速达7.5%。", ["supported", "unsupported"]),
    # a figure told with another of its paragraph's claims (27%, the growth of those 312
    # million), on less shared words than a relevant claim needs; not another value
    ("Foreign capital in the area reached 312 million US dollars, with average annual growth "
     "of as much as 27 percent.", ["supported", "supported"]),
    ("Foreign capital in the area reached 312 million US dollars, with average annual growth "
     "of as much as 25 percent.", ["supported", "unsupported"]),
]

TWENTY_THIRD_CASES = [
    # one side of a pair in English (inpatient bills, where the claim's English says
    # outpatient)
    ("More than 9,300 designated medical institutions in Beijing, Tianjin and Hebei now "
     "settle outpatient bills directly for patients from other provinces.", ["supported"]),
    ("More than 9,300 designated medical institutions in Beijing, Tianjin and Hebei now "
     "settle inpatient bills directly for patients from other provinces.", ["unsupported"]),
    # the firms above a size are not all (规上工业企业's R&D intensity is not the region's)
    ("2022年京津冀研发投入强度为4.25%。", ["supported"]),
    ("2022年京津冀规上工业企业研发投入1270亿元，研发投入强度约为1.6%。",
     ["supported", "unsupported"]),
    ("2022年京津冀规模以上工业企业研发经费投入达1270亿元，比2014年增长55.4%。",
     ["supported", "supported"]),
    # a value the statement's prose gives to another thing does not contradict a figure
    # (five more firms: the claim's 5 new ones); one it states as a figure still may (a
    # swap: 78 metaverse firms and more than 100 alliance members)
    ("With five more firms added in 2023, the science park now has 30 companies recognized "
     "as Tianjin specialized and sophisticated SMEs.", ["unsupported"]),
    ("Some 78 metaverse companies have set up in Tongzhou, while more than 100 tech firms "
     "have joined the sub-centre's smart city industry alliance.",
     ["unsupported", "contradicted"]),
    # a name in quotation marks is a campaign's, not the body a figure is of
    ("More than 2,300 companies have visited the Xiong'an Zhongguancun Science Park since "
     "the \"Thousand Enterprises to Xiong'an\" campaign began; 35 have moved in and the "
     "park's first phase is 90% occupied.", ["supported", "supported", "supported"]),
]


TWENTY_FOURTH_CASES = [
    # a place a clause compares with is not what the statement is about: what follows is
    # judged by its own place's claims, and a statement naming no place of the base but in
    # the comparison is another's
    ("与北京不同，天津2023年战略性新兴产业增加值占规模以上工业的比重达到24.5%。", ["supported"]),
    ("与北京不同，天津2023年战略性新兴产业增加值占规模以上工业的比重达到25.5%。",
     ["contradicted"]),
    ("对照京津冀城市群，长江中游城市群2023年经济总量约11.6万亿元，同比增长5.4%。",
     ["unsupported", "unsupported"]),
    ("与北京、天津的产业疏解不同，广州2023年从省外引进制造业项目逾300个，总投资约2000亿元。",
     ["unsupported", "unsupported"]),
    ("2023年京津冀经济总量达到10.4万亿元，与长三角、粤港澳大湾区相比仍存在一定差距。",
     ["supported"]),
    ("Unlike Beijing, Tianjin's strategic emerging industries made up 24.5% of its "
     "industrial value added in 2023.", ["supported"]),
    ("Compared with the Beijing-Tianjin-Hebei region, the Yangtze River Delta's digital "
     "economy exceeded 10 trillion yuan in 2023.", ["unsupported"]),
    # 大城 of 大城市 is no county (大城县)
    ("北京已成为全国第二个减量发展的超大城市。", ["contradicted"]),
    # a count after 先后 is a figure (先后三批次), not a ranking's bottom
    ("通州组团先后四批次承接308项市级赋权。", ["contradicted", "supported"]),
    ("通州组团先后三批次承接308项市级赋权。", ["supported"]),  # (三批次: prose, as printed)
    # an English body named right after the figure owns it (70 for Li Auto)
    ("Xiaomi's car business has designated 45 supply-chain companies in the "
     "Beijing-Tianjin-Hebei region, compared with 70 for Li Auto.", ["supported", "supported"]),
    ("Li Auto has designated 45 supply-chain companies in the Beijing-Tianjin-Hebei region, "
     "compared with 70 for Xiaomi.", ["unsupported", "unsupported"]),
    # a proposal is a plan (is to be extended), not proposals (CPPCC members' 提案)
    ("The 72-hour visa-free transit policy is to be extended to the entire "
     "Beijing-Tianjin-Hebei region.", ["supported"]),
    ("Since the first session of the 14th CPPCC National Committee, 5,621 proposals have "
     "been submitted, of which 4,791 were placed on file.", ["supported", "supported"]),
    # a clause that names its own industry is not of the firms above a size its lead names
    ("北京高技术制造业增加值占规模以上工业比重达到32.3%，高精尖产业增加值占比达到30.9%。",
     ["supported", "supported"]),
]


TWENTY_FIFTH_CASES = [
    # a count in English words is a figure: ten or more as 38 is, a small one where a claim
    # states it (as 六条 is)
    ("Thirty-eight bus routes in the Beijing-Tianjin-Hebei region now operate across city "
     "boundaries.", ["supported"]),
    ("Fifteen cross-regional vocational education groups or alliances have been set up in "
     "the Beijing-Tianjin-Hebei region.", ["supported"]),
    ("The Beijing-Tianjin-Hebei 'customized express bus' network has six trunk lines and 36 "
     "branch lines.", ["supported", "supported"]),
    # two counts swapped between two things: the words right after each are the other
    # claim's (the sentence's end is both claims')
    ("The Beijing-Tianjin-Hebei 'customized express bus' network has 36 trunk lines and six "
     "branch lines linking Beijing with surrounding areas of Tianjin and Hebei.",
     ["unsupported", "supported"]),
    ("The first Beijing-Tianjin-Hebei mutual recognition list covers 50 professional "
     "qualifications in 165 categories.", ["unsupported", "unsupported"]),
    # a pair of short names that opens a body's name names the body (京津中关村科技城)
    ("莱伯泰科京津中关村科技城智能化实验室设备生产项目总投资约5亿元。", ["unsupported"]),
]


TWENTY_SIXTH_CASES = [
    # wire shorthand (trln, mln, 40+) and the region's short names (BTH, Jing-Jin-Ji)
    ("Beijing-Tianjin-Hebei GDP tops 10 trln yuan in 2022", ["supported"]),
    ("BTH region GDP up 2 pct in 2022 to 10 trillion yuan", ["supported", "supported"]),
    ("Hebei has 7 NEV makers with combined annual capacity of 1.08 mln vehicles",
     ["supported", "supported"]),
    # a capacity is not what was made, nor what is run (the park can host up to 840,000)
    ("Hebei's 7 NEV makers produced 1.08 mln vehicles last year", ["supported", "unsupported"]),
    ("The Zhangbei cloud computing park is running 840,000 servers.", ["unsupported"]),
    ("The Zhangbei cloud computing industrial park can host up to 840,000 servers.",
     ["supported"]),
    # claims of one thing tie on an English figure's words: the one for its year decides
    ("In 2022 the combined GDP of Beijing, Tianjin and Hebei was 12 trillion yuan",
     ["contradicted"]),
    # … and the claim of its own thing (迁出企业6391户: 户 counts firms as 家 does)
    ("Beijing moved 6,391 enterprises out between 2014 and 2022.", ["supported"]),
    # a share of GDP is none of a cluster's output; a change none of a share
    ("Beijing-Tianjin-Hebei region accounts for 8.3% of China's GDP", ["unsupported"]),
    ("The Beijing-Tianjin-Hebei region's digital economy grew 9.2 percent in 2024 to 5.59 "
     "trillion yuan, or 10.7 percent of China's total.",
     ["unsupported", "supported", "supported"]),
    # a bound printed without a unit is read in the claim's; a count is no ratio
    ("北京（曹妃甸）现代产业发展试验区累计实施北京项目236个，总投资近1950亿",
     ["supported", "supported"]),
    ("2014年以来北京城六区常住人口减少超100万", ["unsupported"]),
    ("天津京津风沙源治理二期完成投资约1.18个亿，小流域治理25平方公里",
     ["supported", "supported"]),
    # a place named only inside a body's name: the place's figure is not the body's
    ("河北京车造车基地设计年产能10万辆", ["unsupported"]),
    ("总投资45亿元的河北京车造车基地竣工投产", ["contradicted"]),
    # a free-trade zone's 组团 its source never names
    ("通州组团五年累计新增注册企业超2万家", ["unsupported"]),
    # headline dates: the region as the claims' English names it, a verb by its first word,
    # and the statement's year's event of those held again
    ("Xi chairs Jing-Jin-Ji coordinated development symposium during May 11-12, 2023 Hebei "
     "trip", ["supported"]),
    ("Beijing-Xiong'an expressway fully opens Dec 28, 2023", ["supported"]),
    ("Xi chaired a Beijing-Tianjin-Hebei coordinated development symposium on May 13-14, 2023",
     ["contradicted"]),
]


#: the thirty-third and thirty-fourth audits' mends (an AI summariser's copy): each group
#: says what it holds
THIRTY_THIRD_CASES = [
    # A year's flow named by 年 before its noun (年访问量) is not a running total (累计访问量).
    ("数据显示，北京养老服务网及小程序年访问量超过800万次。", ["unsupported"]),
    ("数据显示，北京养老服务网及小程序累计访问量超过800万次。", ["supported"]),
    # A place said alone (仅与天津一地; with Hebei province alone, only with Tianjin) is not
    # the list the source gives its value for (与天津、河北签订…168个), whatever another claim
    # says: not contradicted by the 41 vocational agreements, not supported in English.
    ("北京教育系统仅与天津一地签署合作协议168个。", ["unsupported"]),
    ("Beijing's education system has signed 168 cooperation agreements with Hebei province "
     "alone.", ["unsupported"]),
    ("Beijing's education system has signed 168 cooperation agreements only with Tianjin.",
     ["unsupported"]),
    ("Beijing's education system has signed 168 cooperation agreements with Tianjin and "
     "Hebei.", ["supported"]),
    # An English amount by how much something changed (grew by, increased by, up by) is not a
    # level the claim's quote gives with no change's verb before it, as 增长10万亿元 is not 合计10万亿元.
    # by how much the number changed is not the number the source gives (突破1100家)
    ("The number of high-tech enterprises in Beijing's sub-centre grew by more than 1,100 "
     "in 2023.", ["unsupported"]),
    ("The number of high-tech enterprises in Beijing's sub-centre increased by more than "
     "1,100 in 2023.", ["unsupported"]),
    # what it came to is
    ("The number of high-tech enterprises in Beijing's sub-centre rose to more than 1,100 "
     "in 2023.", ["supported"]),
    ("Beijing's sub-centre had more than 1,100 high-tech enterprises in 2023.", ["supported"]),
    # value added is no change (Beijing's digital economy added … of value)
    ("In 2023 Beijing's digital economy added 1.87667 trillion yuan of value, 42.9 per cent "
     "of its GDP.", ["supported", "supported"]),
    # An English figure given as an average (has averaged, an average of, on average) is not a
    # claim's figure its English, metric and quote give as none, as 年均 is not 当年.
    # the source: 当年新增注册企业939家 (2023); 近5年，年均注册企业不少于700家
    ("The science park has averaged 939 new company registrations a year over the past "
     "five years.", ["unsupported"]),
    ("The science park registered 939 new companies a year on average over the past five "
     "years.", ["unsupported"]),
    ("The science park registered 939 new companies in 2023.", ["supported"]),
    # an average after another figure's clause is that one's, and so is one that leads into
    # the next figure
    ("The more than 2,000 projects in the Jing-Jin-Ji industrial coordination project "
     "database average no more than about 650 million yuan of investment each, for 1.3 "
     "trillion yuan in total.", ["supported", "unsupported", "supported"]),
    ("Jizhou receives more than 20 million tourist visits a year on average and has 23 "
     "scenic spots and 271 boutique rural homestays.", ["supported", "supported", "supported"]),
    # One year said by a word in English (this year's, last year) is not a running total of
    # several, as 今年 is not 累计.
    # the source: 连续5年举办项目推介洽谈会,累计签约项目210余个
    ("More than 210 projects were signed at this year's Tongzhou-northern Hebei project "
     "promotion fair alone.", ["unsupported"]),
    ("More than 210 projects have been signed at the Tongzhou-northern Langfang project "
     "fairs held over five years.", ["supported", "supported"]),
    # An English percentage of something (60 percent of the new firms) or that something accounts
    # for or makes up is a share, and a claim's change (年均增长8.1%) says nothing of it, as 占 is not
    # 增长.
    # the source: 北京对津冀企业新增注册3.7万户…年均增长8.1% (a change, not a share)
    ("About 60 percent of the new enterprises Beijing investors registered in the two "
     "neighbouring regions were in Hebei.", ["unsupported"]),
    ("High-tech industries made up 21.4% of Hebei's industrial value added above designated "
     "size in 2023.", ["supported"]),
    # 第三产业 (the tertiary sector) is read as a name, not 第三 and 产业, and its share is another thing
    # than the digital economy's (opposites.THINGS).
    # 第三产业 is a name, not a third of anything: its share is not 数字经济's 40%
    ("2022年京津冀第三产业增加值占地区生产总值比重超过65%。", ["unsupported"]),
    ("2022年京津冀数字经济规模占地区生产总值比重达到40%。", ["supported"]),
    ("京津冀第三产业比重由2013年的58.1%提升至2022年的65.6%。", ["supported", "supported"]),
    # A list of places before the figure with one swapped for another of the quote's list (保定 for
    # 邯郸) is not the claim's, though it names the claim's own place (石家庄), and though the sentence
    # names the whole country too (全国重点城市).
    # the source: 石家庄、邢台、邯郸成功退出全国重点城市空气质量综合指数后十名
    ("石家庄、邢台、保定已成功退出全国重点城市空气质量综合指数后十名。", ["unsupported"]),
    ("石家庄、邢台、邯郸已成功退出全国重点城市空气质量综合指数后十名。", ["supported"]),
    # Two of the three joined in English (the Beijing-Tianjin section) are not the region's three
    # (京津冀段), as 京津段 is not: a claim on the three does not speak to it.
    # the sources: 大运河京津冀段全线62公里旅游通航; 大运河京冀段全线62公里实现旅游通航
    ("The entire 62-kilometre Beijing-Tianjin section of the Grand Canal has been opened "
     "to tourist navigation.", ["unsupported"]),
    ("The entire 62-kilometre Beijing-Hebei section of the Grand Canal has been opened to "
     "tourist navigation.", ["supported"]),
    ("The entire 62-kilometre Beijing-Tianjin-Hebei section of the Grand Canal has been "
     "opened to tourist navigation.", ["supported"]),
    ("A 72-km Beijing-Hebei section of the Grand Canal is now fully navigable for tourist "
     "boats.", ["contradicted"]),
    # Places an English statement or a claim's English names as where things came from
    # (transferred from, has taken in … from) are not whose the figure is: a claim need not be
    # about them, and its own are not them.
    # the source: 河北…承接京津转入企业和单位将近4万家; its English: Hebei has taken in … from
    # Beijing and Tianjin
    ("Hebei has taken in nearly 40,000 companies and units transferred from Beijing and "
     "Tianjin, and high-tech industries made up 21.4% of its industrial value added above "
     "designated size in 2023.", ["supported", "supported"]),
    ("Hebei has taken in nearly 40,000 enterprises and institutions from Beijing and Tianjin.",
     ["supported"]),
    # who took them in swapped with where they came from
    ("Tianjin has taken in nearly 40,000 companies and units transferred from Beijing and "
     "Hebei.", ["unsupported"]),
    # support from Beijing's schools: not where the counties came from
    ("Twenty-three educationally poor counties in Hebei have been paired with Beijing schools.",
     ["supported"]),
    # where the claim says they came from, said so (其中…42家来自北京); and whose they are
    # (42 are Beijing's, not Tianjin's)
    ("The Houhu Park in Yutian hosts more than 80 enterprises, 42 of them from Beijing.",
     ["supported", "supported"]),
    ("Among the more than 80 firms in the Houhu Park of Yutian Economic Development Zone, 42 "
     "are from Tianjin.", ["supported", "unsupported"]),
]

#: the thirty-fifth audit's (a news desk's headlines and flashes)
THIRTY_FIFTH_CASES = [
    # A numbered meeting named otherwise than the claim's sentence names it, after the same
    # character (十四届三次会议 for 十四届二次会议): the figure nearest it is contradicted.
    # the source: 全国政协十四届二次会议应出席委员2162人，实到2093人
    ("全国政协十四届三次会议：应出席2162人、实到2093人", ["contradicted", "supported"]),
    ("全国政协十四届二次会议：应出席2162人、实到2093人", ["supported", "supported"]),
    ("全国政协十四届二次会议应出席委员2162人，实到2093人。", ["supported", "supported"]),
    # An English count said of one of the places the claim's English gives it for together
    # (in Hebei, for in Tianjin and Hebei) is not the claim's; named together, or by a place
    # holding them, or as the whole a share of it is one place's, it is.
    # the claim's English: Zhongguancun firms have set up more than 10,000 branches in Tianjin
    # and Hebei
    ("Zhongguancun firms set up over 10,000 branches in Hebei", ["unsupported"]),
    ("Zhongguancun firms set up over 10,000 branches in Tianjin and Hebei", ["supported"]),
    ("Zhongguancun firms set up over 10,000 branches in Jing-Jin-Ji", ["supported"]),
    # the claim's English: … technology contracts Beijing sent to Tianjin and Hebei in 2023
    ("Hebei took about 60 percent of the 74.87 billion yuan in technology contracts that "
     "Beijing sent to its neighbours in 2023.", ["unsupported", "supported"]),
    # A count narrowed to a sector (农业科技成果) is not contradicted by a claim counting the
    # thing with no sector named (共推介优秀科技成果200余项); without the sector, it is.
    ("京津冀三地联合发布农业科技成果120项", ["unsupported"]),
    ("京津冀三地联合推介科技成果120项", ["contradicted"]),
    # A Sci-Tech Park or City (as the Chinese press in English names them) is the claims'
    # Science Park or City; each keeps its own figures.
    ("Binhai-Zhongguancun Sci-Tech Park: nearly 5,000 registered firms by end-2023",
     ["supported"]),
    ("Baodi Jing-Jin Zhongguancun Sci-Tech City: 1,328 registered firms by end-2023",
     ["supported"]),
    ("Baodi Jing-Jin Zhongguancun Sci-Tech City: nearly 5,000 registered firms by end-2023",
     ["unsupported"]),
    # A figure of a statement of several clauses that the whole's words find no claim for is
    # matched by its own clause's words (the other clauses' are other things'): supported
    # only, never contradicted by what the clause alone finds.
    # the source: 园区实现的智能算力规模已经超过1万P
    ("武清高村数智创新园算力破万P　不少运营商、数据服务机构落户", ["supported"]),
    ("武清高村数智创新园算力破十万P，不少运营商、数据服务机构落户", ["unsupported"]),
    ("北京城市副中心将保持每年千亿级投资规模，加快推进综合交通枢纽、M101线等重大工程建设。",
     ["supported"]),
    ("Tianjin Port opens one-stop port service center in Beijing CBD, backed by 40-plus BTH "
     "outlets", ["supported"]),
    # A year before a first time (首次) and a figure dates that first time too, as well as
    # being the figure's year: the date claim of the first release decides it.
    # the source: 2023年京津冀三地首次联合发布…六大跨区域产业链图谱
    ("2022年京津冀三地首次联合发布6条产业链图谱。", ["contradicted", "supported"]),
    ("2023年京津冀三地首次联合发布6条产业链图谱。", ["supported", "supported"]),
]

#: the thirty-sixth audit's (held out: the thirty-fifth's brief, other paragraphs)
THIRTY_SIXTH_CASES = [
    # An English year right after a figure (in 2022) is that figure's year, not the date of
    # an event: not contradicted by the year Beijing's population began to fall (2017年).
    ("Beijing resident population at 21.84 mln in 2022", ["unsupported"]),
    ("Beijing's resident population began to fall in 2022.", ["contradicted"]),
    # percentage points in a headline's short form are not per cent
    # the source: 城六区常住人口…下降15%
    ("Beijing central districts' population down 15 pct points from 2014", ["unsupported"]),
    ("Beijing central districts' population down 15 pct from 2014", ["supported"]),
    # A statement that opens on a body's own name no claim gives (塞罕坝机械林场) is not
    # contradicted by another place's figure; a name the claim gives still is.
    ("塞罕坝机械林场森林覆盖率达82%", ["unsupported"]),
    ("张家湾设计小镇距玉田经济开发区200公里", ["contradicted"]),
    # A rank (稳居全球第八, 跃居全国第二) is a figure to check, not a numeral in prose.
    # the source: 河北…综合算力指数跃居全国第一
    ("河北综合算力指数跃居全国第二。", ["contradicted"]),
    ("河北综合算力指数跃居全国第一。", ["supported"]),
    ("2022年天津港口集装箱吞吐量2102.13万标箱　稳居全球第八", ["supported", "unsupported"]),
    # Land made larger for the source's made smaller, in English, though the two bounds are
    # the same (over 130 sq km): contradicted by the words, not let pass as a bound.
    # the claim's English: Beijing has reduced its urban and rural construction land by more
    # than 130 square kilometres
    ("Beijing expands urban-rural construction land by over 130 sq km", ["contradicted"]),
    ("Beijing cuts urban-rural construction land by over 130 sq km", ["supported"]),
    # A zone's count for its part (玉田经济开发区后湖园区's 80多家) is not the whole zone's;
    # naming the part, or the part by the zone's short name (北京自贸区通州组团), it is.
    ("玉田经济开发区80多家企业中42家来自北京", ["unsupported", "unsupported"]),
    ("玉田经济开发区后湖园区80多家企业中42家来自北京", ["supported", "supported"]),
    ("2021年到2024年，北京自贸区通州组团一共新设了115家外资企业", ["supported"]),
    # Beijing-wide names Beijing (a hyphened pair, Beijing-Tianjin, does not): the whole city
    # is not the district the claim is about.
    # the claim's English: Tongzhou's district-based medical alliances have 4 core hospitals
    ("Beijing-wide medical alliance of 4 core hospitals covers 22 health centres",
     ["unsupported", "unsupported"]),
    ("Tongzhou's medical alliance of 4 core hospitals covers 22 health centres",
     ["supported", "supported"]),
    # The number due to attend (应出席委员2162人) is not the number who attended (实到2093人):
    # neither supports nor contradicts the other's words; each its own.
    ("全国政协十四届二次会议在京开幕　2100余名委员出席", ["unsupported"]),
    ("全国政协十四届二次会议：2162名委员出席", ["unsupported"]),
    ("全国政协十四届二次会议出席委员2093人", ["supported"]),
    ("2093名委员出席全国政协十四届二次会议开幕会", ["supported"]),
    ("全国政协十四届二次会议应出席委员2162人", ["supported"]),
    ("全国政协十四届二次会议应到委员2093人", ["contradicted"]),
    # A company an English statement names by the word its name opens on in the claims'
    # English (Laiensi, Sinochem, Yuling): its claims speak to the statement.
    ("Laiensi moves whole company 100 km east from Tongzhou to Tangshan's Yutian",
     ["supported"]),
    ("The Sinochem tower in Xiong'an rises by one floor every 7 days.", ["supported"]),
    # and the way it moved, turned, is contradicted (in Chinese too: 东移 in the source)
    ("Laiensi moves 100 km west from Tongzhou to Tangshan's Yutian", ["contradicted"]),
    ("莱恩斯整体西迁100公里落户唐山玉田", ["contradicted"]),
    ("莱恩斯整体东迁100公里落户唐山玉田", ["supported"]),
    ("Driving west from Yuling Technology in Tongzhou takes half an hour to reach its "
     "subsidiary in Yanjiao.", ["contradicted"]),
    # An English density, and a school numbered by its name (the claims' own English)
    ("Population density in Beijing's core capital functions area was 24,000 people per "
     "square kilometre in 2014.", ["supported"]),
    ("The three turnkey schools Beijing built for Xiong'an (Beihai Kindergarten, Shijia "
     "Primary School and Beijing No. 4 High School) opened in September 2023.", ["supported"]),
    # An English place before the figure that the claim's English names too is no swap
    # (from Beijing, of Jizhou's visitors); another is (from Tianjin), and a compound the
    # claim prints (Beijing-Tianjin-Hebei) does not name Tianjin alone.
    ("Visitors from Beijing made up 21.7% of the 638,000 people who visited Jizhou on 30 "
     "April.", ["supported", "supported"]),
    ("Visitors from Tianjin made up 21.7% of the 638,000 people who visited Jizhou on 30 "
     "April.", ["unsupported", "supported"]),
    ("As of the end of 2023, Tianjin's Beijing-Tianjin-Hebei collective contracts covered "
     "640 enterprises and 83,000 workers.", ["unsupported", "unsupported"]),
    # the areas around Beijing (环京) in English, not Beijing
    ("Since 2015 more than 7,300 older people have retired to care in the areas around "
     "Beijing.", ["supported"]),
    ("Since 2015 more than 7,300 older people have retired to care in Beijing.",
     ["unsupported"]),
]


@pytest.mark.parametrize(("en", "word"), [
    ("Laiensi New Materials moved the whole company 100 km east from Tongzhou to Yutian "
     "County, Tangshan.", "Laiensi"),
    ("Tianjin Siasun Intelligent Technology started with 8 employees.", "Siasun"),
    ("In 2022 LabTech's new smart laboratory equipment plant in Baodi went into production.",
     "LabTech"),
    # no common word (a port, a month, a count) is a company's name
    ("Tangshan Port Group has set up 14 inland ports in the Beijing-Tianjin-Hebei region.",
     None),
    ("More than 40 companies in the park, Siasun among them, joined.", "Siasun"),
    ("In September 2023 Kibing obtained its qualification.", "Kibing"),
])
def test_a_companys_english_name_is_its_first_uncommon_word(en: str, word: str | None) -> None:
    from jjjcli.compare import _company_word_en

    assert _company_word_en(en) == word

#: the thirty-seventh audit's (explainers: questions and answers, timelines, "by the numbers")
THIRTY_SEVENTH_CASES = [
    # An English range is one figure, as 1—2天 is: both its ends are the source's, or not.
    # the claim: Picking up an import container used to take 1 to 2 days …
    ("Picking up an import container used to take 1 to 2 days in the Beijing-Tianjin-Hebei "
     "ports.", ["supported"]),
    ("Picking up an import container used to take 1 to 3 days in the Beijing-Tianjin-Hebei "
     "ports.", ["unsupported"]),
    ("The two micro-dramas 'Zhouji Qianli Haoge Lai' and 'Qi Anlan' convey their cultural "
     "content within 5 to 6 minutes.", ["supported"]),
    ("进口提箱由原来的1至3天压缩至最快1.5小时", ["unsupported", "supported"]),
    # A question and its answer on one line: the question says what the answer's figure is.
    ("问：联盟成员中有几家省级高新区？答：7家。", ["unsupported"]),
    ("问：2014年至2019年，京津冀国内旅游收入年均增长率是多少？答：16.79%，高于全国平均。",
     ["supported"]),
    ("问：统筹全市培训资源为通州培训了多少名教师？答：8000余名。", ["supported"]),
    # the things a figure counts, listed after it, are its words: 校长、园长 were 400余人
    ("问：统筹全市培训资源为通州培训了多少名校长、园长？答：8000余名。", ["unsupported"]),
    # A builder's bureau numbered otherwise (the source's 中建二局) is another builder.
    ("中建三局中国中化大厦项目负责人表示，大楼每过7天就能“长高”一层。", ["contradicted"]),
    ("中建二局中国中化大厦项目负责人表示，大楼每过7天就能“长高”一层。", ["supported"]),
    # A zone by a name of its own (示范区) is not the region whose forest cover is 35%.
    ("生态文明先行示范区森林覆盖率是67%。", ["unsupported"]),
    # The things a count names, one of them not the source's (跨境贸易 for 金融服务).
    ("「1+5」框架中的5個子協議涵蓋商事制度、監管執法、政務服務、金融服務及智慧財產權等重點領域。",
     ["contradicted"]),
    ("京津冀营商环境“1+5”合作框架协议包括商事制度、监管执法、政务服务、跨境贸易、知识产权5个"
     "重点领域子协议", ["supported"]),
    # A target date (投入使用时间目标) given as done is not supported, nor contradicted; said
    # as a plan, or a date the statement gives in a clause of its own, it is.
    ("副中心站交通枢纽已于2025年投入使用，成为亚洲最大的地下综合交通枢纽。", ["unsupported"]),
    ("The sub-centre station hub has been in service since 2025.", ["unsupported"]),
    ("北塘湾数字经济产业园一期已于2024年整体完工并投入使用。", ["unsupported"]),
    ("副中心站交通枢纽将于2025年投入使用。", ["supported"]),
    ("The sub-centre station transport hub is to enter service in 2025.", ["supported"]),
    ("北京轨道交通22号线平谷段已完成总工程量的60%，全线预计2025年建成通车。",
     ["supported", "supported"]),
    # An event at another part of the day than the source's (4日下午).
    ("The second session of the 14th CPPCC National Committee opened in the Great Hall of "
     "the People on the morning of March 4.", ["unsupported"]),
    ("The second session of the 14th CPPCC National Committee opened in the Great Hall of "
     "the People on the afternoon of March 4.", ["supported"]),
    ("3月4日上午，全国政协十四届二次会议在人民大会堂开幕。", ["unsupported"]),
    ("全国政协十四届二次会议3月4日在人民大会堂开幕。", ["supported"]),
    # A time on foot is not one by car (步行15分钟).
    ("From anywhere in the Jing-Jin Zhongguancun Science City, a park is within a 15-minute "
     "drive.", ["unsupported"]),
    ("From anywhere in the Jingjin Zhongguancun Science City, a park is within a 15-minute "
     "walk.", ["supported"]),
    ("从京津中关村科技城内任何一个地点，驾车15分钟之内即可到达一个公园。", ["unsupported"]),
    ("从京津中关村科技城内任何一个地点，步行15分钟之内即可到达一个公园。", ["supported"]),
]

#: the thirty-eighth audit's (held out: the thirty-seventh's brief, other paragraphs)
THIRTY_EIGHTH_CASES = [
    # What an English question asks how many of is another claim's (35 municipal departments,
    # 165 units): the answer's bare number is not the units' 165.
    ("Q: How many municipal departments moved to the Beijing sub-centre in the first batch? "
     "A: 165.", ["unsupported"]),
    ("Q: How many municipal departments moved to the Beijing sub-centre in the first batch? "
     "A: 35.", ["supported"]),
    ("Q: How many units moved to the Beijing sub-centre in the first batch? A: 165.",
     ["supported"]),
    # A phase's figure (一期企业入驻率达90%) is not the whole park's.
    ("雄安新区中关村科技园企业入驻率已达90%。", ["unsupported"]),
    ("雄安新区中关村科技园一期企业入驻率已达90%。", ["supported"]),
    # Where the things came from, turned (workers from Hebei in Beijing).
    ("Nearly 900,000 migrant workers from Beijing now work in Hebei.", ["unsupported"]),
    ("Nearly 900,000 migrant workers from Hebei now work in Beijing.", ["supported"]),
    # (each figure's own: from Beijing, and to Beijing from the two places)
    ("Over the past 10 years, 209,000 insured people transferred their pension insurance from "
     "Beijing to Tianjin and Hebei, while 105,000 moved theirs to Beijing from the two places.",
     ["supported", "supported", "supported"]),
    # An English count of a thing the claim's English never names, which another claim of
    # its paragraph counts (29 city consumption centres; the 57 are shopping districts).
    ('Beijing is pushing 57 city consumption centres to develop under a "one policy per '
     'district" approach.', ["unsupported"]),
    ("Beijing is developing 57 key shopping districts under a 'one district, one policy' "
     "approach.", ["supported"]),
    # A thing rated at another grade (5A级 for the source's A级以上, B级 for A级).
    ("京津冀获评5A级人力资源服务机构近1400家。", ["unsupported"]),
    ("京津冀获评A级以上人力资源服务机构近1400家。", ["supported"]),
    ("截至2023年年底，河北环保绩效B级钢铁企业总数达35家。", ["unsupported"]),
    ("截至2023年年底，河北环保绩效A级钢铁企业总数达35家。", ["supported"]),
]


def test_an_english_count_meets_the_claim_of_its_own_thing(comparer: Comparer) -> None:
    # four universities are the universities' four, not the state-owned enterprises'
    statement = ("By June 2023, four central state-owned enterprise headquarters had been "
                 "confirmed for Xiong'an New Area, and sites chosen for four ministry-affiliated "
                 "universities and two hospitals.")
    assert verdicts(comparer, statement) == [
        ("four", "supported", "004-137-xiongan-soe-headquarters"),
        ("four", "supported", "004-137-xiongan-universities-sited"),
        ("two", "supported", "004-137-xiongan-hospitals-sited")]


#: the thirty-ninth audit's forms: a data desk's rows (fields between pipes, key–value
#: lines, chart labels with their unit in brackets)
THIRTY_NINTH_CASES = [
    # a chart's label gives the unit its bare values are in (and a year after a comma is no
    # thousands group of the value before it)
    ("图：北京向天津、河北输出技术合同成交额（亿元）：2023年748.7", ["supported"]),
    ("图：北京向天津、河北输出技术合同成交额（亿元）：2023年784.7", ["contradicted"]),
    ("图：京津冀PM2.5平均浓度（微克/立方米）：2013年107，2022年37，下降65.1%",
     ["supported", "supported", "supported"]),
    ("Chart: Jing-Jin-Ji PM2.5 average concentration (micrograms per cubic metre): 2013, 107; "
     "2022, 37", ["supported", "supported"]),
    # two items of a list with words after both: the thing counted decides
    ("北京 | 对接支持雄安新区的学校 | 40余所", ["supported"]),
    ("北京5所医疗卫生机构对接支持雄安新区", ["supported"]),
    ("北京40余所医疗卫生机构对接支持雄安新区", ["contradicted"]),
    # a + between two counts, and a field's end at a pipe
    ("京津冀营商环境合作框架协议 | “1+5” | 1个总体协议+5个重点领域子协议",
     ["supported", "supported"]),
    ("中科拜克（天津）生物药业 | 猫三联生产线 | 总投资4000余万元 | 投产产值将达1亿元",
     ["supported", "supported"]),
    # another document's tasks
    ("《京津冀旅游协同发展三年行动计划（2018—2020）》 | 重点任务 | 21项", ["unsupported"]),
    ("《京津冀旅游协同发展行动计划(2016—2018年)》明确提出21项重点任务。", ["supported"]),
    # birds are not species
    ("白洋淀 | 野生鸟类 | 260余只", ["unsupported"]),
    ("白洋淀野生鸟类达260余种", ["supported"]),
    # a bound the source prints in its figure, copied as exact (100多家 as 100家)
    ("指标：在通州注册落地的元宇宙企业；地区：通州；数值：100家", ["unsupported"]),
    ("乐游京津冀一码通 | 入驻文旅企业 | 2500家", ["unsupported"]),
    ("乐游京津冀一码通 | 入驻文旅企业 | 2500多家", ["supported"]),
    # a value the sources give for the metric the figure's words name, of another subject,
    # is not contradicted by another metric's claim (北京市's 13项, the region's 4项战略合作协议)
    ("京津冀 | 签署基础教育合作协议 | 13项", ["unsupported"]),
    ("北京签署基础教育合作协议13项", ["supported"]),
    ("北京签署基础教育合作协议15项", ["contradicted"]),
    # a tier is not a rank; phase II is not phase one; feet are not metres
    ("天津 | 数字经济产业 | 全国排名第一", ["unsupported"]),
    ("天津数字经济产业居全国第一梯队", ["supported"]),
    ("Xiong'an Zhongguancun Science Park, phase II occupancy rate, 90%", ["unsupported"]),
    ("Xiong'an Zhongguancun Science Park, phase I occupancy rate, 90%", ["supported"]),
    ("Chart: Sinochem 001 Tower, design structural height — 150 ft", ["unsupported"]),
    # the end of another month
    ("As of end-January 2024, 99.9% of CPPCC proposals had been handled and answered.",
     ["unsupported"]),
    ("As of end-February 2024, 99.9% of CPPCC proposals had been handled and answered.",
     ["supported"]),
]


FORTY_FIRST_CASES = [
    # broadcast copy: numbers spelled out are read as their digits, with their years,
    # bounds and rounding
    ("Since twenty fifteen, more than seventy-three hundred older people have been cared for "
     "in areas around the capital.", ["supported"]),
    ("In twenty twenty-three, Tianjin Port's green channel for Xiong'an handled more than "
     "eleven thousand TEU.", ["supported"]),
    ("In twenty twenty-two, Tianjin Port's green channel for Xiong'an handled more than "
     "eleven thousand TEU.", ["unsupported"]),
    ("Average PM2.5 in the region in twenty twenty-three was about sixty percent lower than "
     "in twenty thirteen.", ["supported"]),
    ("Average PM2.5 in the region in twenty twenty-three was about sixty percent lower than "
     "in twenty fourteen.", ["unsupported"]),
    ("The Beijing-Tianjin Zhongguancun Sci-Tech City has thirteen hundred and twenty-eight "
     "registered companies.", ["supported"]),
    ("Caption: Zhongguancun Science Park, Xiong'an — phase one ninety percent occupied",
     ["supported"]),
    # a Chinese numeral: 一亿 and 一千七百多万, not 一亿一千七百 times 万; 十二万 with no unit
    ("各位听众，在京津风沙源治理二期工程中，天津完成投资一亿一千七百多万元。", ["supported"]),
    ("各位听众，容东、容西、雄东等新建片区已有十二万群众喜迁新居。", ["supported"]),
    # 十二个组团 counts the 组团, it names none
    ("各位听众，城市副中心已编制完成十二个组团控规深化方案和拓展区规划。", ["supported"]),
    # all three members listed are the region (the source's own sentence), in digits and in
    # numerals
    ("北京、天津、河北人口加起来有1亿多，土地面积21.6万平方公里。", ["supported", "supported"]),
    ("习近平在讲话中指出，北京、天津、河北人口加起来有一亿多，土地面积二十一点六万平方公里。",
     ["supported", "supported"]),
    ("北京、天津、河北人口加起来有2亿多。", ["contradicted"]),
    # what an English count counts: vocational education groups, not the 41 agreements
    ("Forty-one cross-regional vocational education groups have been formed in the region.",
     ["unsupported"]),
    ("Fifteen cross-regional vocational education groups have been formed in the region.",
     ["supported"]),
    # (the forty-second, held out) a claim's own clause with its figure in numerals is not
    # another claim's (the sources print 502家 in one paragraph and 520家 in another)
    ("五百二十家产业链供应链重点企业实现“三关”互认。", ["supported"]),
    ("五百零二家产业链供应链重点企业实现“三关”互认。", ["supported"]),
    # a vague figure the quote prints beside the one it records is no contradiction
    ("南轩（天津）科技有限公司从北京通州搬来，合同额从最初的几千万元到预计突破五亿元。",
     ["unsupported", "supported"]),
    # a year in numerals is a year (二〇二三年 is not 2022's)
    ("蓝皮书显示，二〇二三年京津冀地区生产总值合计十万亿元，同比增长百分之二。",
     ["unsupported", "unsupported"]),
    ("蓝皮书显示，二〇二二年京津冀地区生产总值合计十万亿元，同比增长百分之二。",
     ["supported", "supported"]),
    ("主持人：二〇二四年，通州组团新设外资企业一百一十五家。", ["unsupported"]),
    # a change from the year before: 比2021年 for a 2022 claim's 相比上年
    ("京津冀蓝皮书指出，2022年三地地区生产总值合计10万亿元，比2021年增长2%。",
     ["supported", "supported"]),
    ("京津冀蓝皮书指出，2022年三地地区生产总值合计10万亿元，比2020年增长2%。",
     ["supported", "unsupported"]),
]


#: the still-wrong of the forty-first and forty-second audits, mended after (and the 37th's
#: range said as one end)
STILL_WRONG_MENDED_CASES = [
    # a range said as one of its ends: the source's 1—2天 is not 一天, nor its 1—1.5小时 a
    # 1小时 circle; 最快一天 is what one end is
    ("出口货物集港预期由五天压缩至一天。", ["supported", "unsupported"]),
    ("出口货物集港预期由5天压缩至1—2天。", ["supported", "supported"]),
    ("出口货物集港预期由五天压缩至最快一天。", ["supported", "supported"]),
    ("京津冀主要城市间1小时通达交通圈基本形成。", ["unsupported"]),
    # (unless a claim of the metric and subject states the one value: the target's
    # “1小时交通圈” of 京津冀)
    ('Transport integration in Beijing-Tianjin-Hebei aims to deliver a "life circle on '
     'rails" and a "1-hour traffic circle".', ["supported"]),
    # "exactly" for the source's 左右, in either language
    ("Moving a company's tax records between Beijing, Tianjin and Hebei used to take exactly "
     "twenty days; now it takes an hour.", ["unsupported"]),
    ("Moving a company's tax records between Beijing, Tianjin and Hebei used to take about "
     "twenty days.", ["supported"]),
    ("涉税事项迁移办理时间由过去的整整20天压缩至1小时。", ["unsupported", "supported"]),
    # over the past five years counted back, in English as 五年来 is (the source's 10年来)
    ("Over the past five years, two hundred and nine thousand people transferred out of "
     "Beijing to Tianjin and Hebei.", ["contradicted", "supported"]),
    ("In the past ten years, 209,000 people moved from Beijing to Tianjin and Hebei.",
     ["supported"]),
    # places said together as a sum in English: a member's figure is a part of it (the
    # region's own claim still speaks to it)
    ("Beijing, Tianjin and Hebei together cut 110 million tonnes of steelmaking capacity.",
     ["unsupported"]),
    ("Hebei cut 110 million tonnes of steelmaking capacity.", ["supported"]),
    ("Beijing, Tianjin and Hebei had a combined digital economy of 5.59 trillion yuan in "
     "2024.", ["supported"]),
    # a grade in English: rated 5A is not grade A or above (as 5A级 is not A级以上)
    ("~1,400 Jing-Jin-Ji HR service agencies now rated 5A", ["unsupported"]),
    ("Nearly 1,400 HR service agencies in Beijing, Tianjin and Hebei are rated grade A or "
     "above.", ["supported"]),
    # a social post's figures: ~ for about, m for million after a currency, w for 万
    ("Caofeidian pilot zone: 236 Beijing projects, ~¥194.9bn total investment",
     ["supported", "supported"]),
    ("Zhongke Baike (Tianjin): ¥40m+ feline triple-vaccine line now in acceptance",
     ["supported"]),
    ("【速看】北京城市副中心高新技术企业突破1.1w家！", ["contradicted"]),
    # (the forty-fourth, held out) a company's new plant or a line named by its ends is not
    # the place's or another line's: no contradiction from a claim that does not name it
    ("中冶迈克天津新厂区总投资5亿元", ["unsupported"]),
    ("京雄高速全长约97公里，设计时速120公里", ["unsupported", "unsupported"]),
    ("津兴铁路设计时速300公里", ["contradicted"]),
    # a year a few words after the count it dates, and a post's & in a list of places
    ("Hebei took in 252 projects transferred from Beijing & Tianjin in 2023, with ¥87.12bn "
     "signed", ["supported", "supported"]),
    # a bound before a currency's sign (squeezed: nearly¥100bn)
    ("Jing-Jin-Ji industrial & supply chain conference: 152 deals signed, intended "
     "investment of nearly ¥100bn", ["supported", "contradicted"]),
    # a list counted otherwise than the quote beside a figure it supports (五大千亿级工程)
    ("河北推动实施六大千亿级农业工程", ["unsupported"]),
    ("河北推动实施五大千亿级农业工程", ["supported"]),
    # a loss said as recovered, a proposal said as done
    ("好消息！警方已帮李奶奶追回被骗的3万元", ["unsupported"]),
    ("李奶奶卡里3万元被转走", ["supported"]),
    ("Beijing's swift population has recovered to nearly 10,000 birds.", ["supported"]),
    ("京津冀已实现72小时过境免签全区域覆盖！", ["unsupported"]),
    ("京津冀 | 入境政策 | 72小时过境免签 | 范围：扩展至京津冀全区域", ["supported"]),
    # (the forty-fifth: text copied from PDFs and web pages) thousands grouped by a space,
    # and together with, which is no sum
    ("京津冀9 300余家定点医疗机构实现跨省异地就医门诊费用直接结算", ["supported"]),
    ("京津冀9 300余家定点医疗机构实现跨省异地就医门诊费用直接结算[1]", ["supported"]),
    ("Beijing's Pinggu, together with Jizhou and Baodi in Tianjin and Sanhe, Zunhua and "
     "Xinglong in Hebei, jointly issued 120,000 Jing-Jin-Ji cultural tourism vouchers.",
     ["supported"]),
    # (the forty-sixth, held out) a part's figure said of the whole it is named after: the
    # sources give 203项 for the free trade zones, 179项 for the region
    ("京津冀推动２０３项政务服务事项“同事同标”，２３４项实现“跨省通办”",
     ["unsupported", "supported"]),
    ("京津冀推动205项政务服务事项“同事同标”", ["contradicted"]),
    # weeks are no days; a green supply chain firm is no green factory
    ("Xiong'an's China Sinochem Tower grows by one storey every 7 weeks.", ["unsupported"]),
    ("截至2023年4月，京津冀三地共创建国家级绿色供应链管理企业56家", ["unsupported"]),
    ("截至2023年4月，京津冀三地共创建国家级绿色工厂56家", ["contradicted"]),
    # (the forty-seventh: figures said another way) 一个半小时 is 1.5 hours, not 半小时; nine
    # visits are nine trips (9次), not the 900余人次 of the same paragraph
    ("京津冀主要城市一小时至一个半小时交通圈正在加速形成。", ["supported"]),
    ("In 2023 Beijing organised more than 170 units, with over 900 person-trips, to make "
     "nine visits to areas around the capital to negotiate elderly-care service projects.",
     ["supported", "supported", "supported"]),
    # (the forty-eighth, held out) 两倍半 is 2.5 times; 近4万 is not the source's 4.3万
    ("2022年三地企业联合知识产权成果产出九万七千件，是2013年的两倍半。",
     ["supported", "supported"]),
    ("通州范围内新增优质学位近4万个。", ["contradicted"]),
    ("通州范围内新增优质学位超4万个。", ["supported"]),
    # a compass point against the source's, past a measure word (一片38平方公里)
    ("京津合作示范区位于天津城区西北部一片38平方公里的土地上。", ["contradicted"]),
    ("京津合作示范区位于天津城区东北部一片38平方公里的土地上。", ["supported"]),
    # a thing ranked first of its kind where the source ranks it otherwise (较高的建筑之一)
    ("中国中化001大厦设计结构高度150米，是雄安新区最高的建筑。", ["unsupported"]),
    ("The Sinochem 001 Tower, 150 metres tall, is the tallest building in Xiong'an.",
     ["unsupported"]),
    ("中国中化001大厦是雄安新区较高的建筑之一，设计结构高度150米", ["supported"]),
    # a post's vs before the year a change is against
    ("Beijing's six central districts: resident population down 15% vs 2012, target met",
     ["unsupported"]),
    ("Beijing's six central districts: resident population down 15% vs 2014, target met",
     ["supported"]),
    # a figure beside one a claim of its paragraph supports, given only rounded by the
    # sources (26862亿元 for about 2.69 trillion yuan)
    ("From January to November 2023, the region's software revenue reached about 2.69 "
     "trillion yuan, up 17.6% year on year.", ["supported", "supported"]),
]

#: the forty-ninth audit's (wire prose: attributions, several figures a sentence,
#: comparisons) mends, and the leftovers of the last ones
FORTY_NINTH_CASES = [
    # a bound that leaves out its own number against a source printing that number
    ("李奶奶发现自己银行卡里近3万元被转走。", ["unsupported"]),
    ("Mrs Li lost nearly 30,000 yuan from her bank card.", ["unsupported"]),
    ("李奶奶发现自己银行卡里3万元被转走。", ["supported"]),
    # an event's opening is not its close
    ("第三届北京网络视听艺术大会在北京城市副中心开幕。", ["unsupported"]),
    ("第三届北京网络视听艺术大会在副中心落幕。", ["supported"]),
    # an English date told with an adverb (jointly) where the metric has its adjective
    ("In 2022 Beijing, Tianjin and Hebei jointly released, for the first time, maps of six "
     "cross-regional industrial chains, including hydrogen energy and robotics.",
     ["contradicted", "supported"]),
    ("In 2023 Beijing, Tianjin and Hebei jointly released, for the first time, maps of six "
     "cross-regional industrial chains, including hydrogen energy and robotics.",
     ["supported", "supported"]),
    # one batch's figure is not contradicted by several batches' together
    ("通州组团首批承接的市级赋权事项为103项。", ["unsupported"]),
    ("通州组团先后三批次承接103项市级赋权。", ["contradicted"]),
    # other examples before 等 and a kind, in the figure's sentence
    ("城市副中心围绕教育、医疗等领域积极承接市级赋权308项。", ["unsupported"]),
    ("城市副中心围绕土地管理、规划建设等领域积极承接市级赋权308项。", ["supported"]),
    # the "30+" stage holds 35 but not 45
    ("2022年北京PM2.5年均浓度为35微克/立方米。", ["unsupported"]),
    ("2022年北京PM2.5年均浓度为45微克/立方米。", ["contradicted"]),
    # an English place after a count, where the claim's English says the count of a whole
    # holding it
    ("Tangshan Port Group has set up 14 inland ports in Beijing.", ["unsupported"]),
    ("Tangshan Port Group has set up 14 inland ports in the Beijing-Tianjin-Hebei region.",
     ["supported"]),
    # a threshold the metric's name holds is its definition, not a value to check
    ("截至2023年11月末，京津冀地区1000Mbps及以上接入速率的宽带接入用户渗透率为26.3%。",
     ["supported", "supported"]),
    ("截至2023年11月末，京津冀地区500Mbps及以上接入速率的宽带接入用户渗透率为26.3%。",
     ["unsupported", "supported"]),
    # points after a whole number with no rate beside them are items, as 7点 is
    ("Xi Jinping set out 7 points on advancing Beijing-Tianjin-Hebei coordinated "
     "development.", ["supported"]),
    # a multiple in words before what it multiplies; a level's multiple against a year
    # is not a growth's over another year
    ("Xiong'an has opened 61 elderly care institutions, about three times the number of "
     "health service stations.", ["supported", "unsupported"]),
    ("Technology contracts flowing from Beijing to Tianjin and Hebei were worth 74.87 "
     "billion yuan in 2023, more than 10 times the 7.12 billion yuan recorded in 2013.",
     ["supported", "unsupported", "unsupported"]),
    ("2023年北京流向津冀技术合同成交额是上年的1.1倍。", ["contradicted"]),
    # all of a count said to have done what the source says only a part did (其中…)
    ("行政办公区周边规划建设的14所优质中小学、幼儿园已全部实现招生。", ["unsupported"]),
    ("通州区与西城、朝阳、海淀三区通过结对机制引入的145个项目均已落地。", ["unsupported"]),
    ("通州区与西城、朝阳、海淀三区通过结对机制引入项目145个，其中政府推荐项目全部落地。",
     ["supported"]),
    # who issued a list: another ministry than the source's (a short form is the body)
    ("2023年6月，工业和信息化部公布2022年度国家级科技企业孵化器名单，天津滨海中关村雨林空间"
     "孵化器榜上有名。", ["unsupported"]),
    ("2023年6月，科技部火炬中心公布2022年度国家级科技企业孵化器名单，天津滨海中关村雨林空间"
     "孵化器榜上有名。", ["supported"]),
    # a lead clause that runs on where the quote's breaks at a comma
    ("2022年，北京城市副中心在廊坊北三县政务服务大厅开设的“跨省通办”窗口让办事人少跑腿"
     "3万多公里，节省700余小时。", ["supported", "supported"]),
    # (the fifty-first) a bilingual line's bound and a translator's 亿: read, and judged
    ("2014—2022年, 北京累计疏解一般制造业企业 more than 3,000家.", ["contradicted"]),
    ("2022年京津冀地区生产总值合计 100,000 hundred million yuan, 增长2%",
     ["supported", "supported"]),
    ("中关村企业在津冀两地设立分支机构 more than 10 thousand家", ["supported"]),
    # a bilingual line's English place after its figure; tallest without its article
    ("The 第三届北京网络视听艺术大会 successfully closed in Xiongan New Area.",
     ["unsupported"]),
    ("Sinochem 001 Tower, design height 150 meters, is Xiongan New Area tallest building.",
     ["unsupported"]),
    # the cities by their initials are places (京津雄 is 北京、天津、雄安新区): the core's half
    # hour is not the main cities' or the region's target
    ("记者连线：京津冀主要城市半小时交通圈已经基本形成。", ["contradicted"]),
    ("京津雄核心区已实现半小时通达。", ["supported"]),
    ("京津雄核心区已实现1小时通达。", ["contradicted"]),
]

FIFTY_THIRD_CASES = [
    # a figure said as a plan (计划, 正计划 after it) where the source gives it as done;
    # a programme's name is no plan (追光计划, 伙伴计划)
    ("京津冀三省市计划让临床检验结果互认的医疗机构达到685家。", ["unsupported"]),
    ("京津冀三省市临床检验结果互认的医疗机构达到685家。", ["supported"]),
    ("北京计划通过建设口袋公园和绿地，将全市森林覆盖率提高到44.8%。", ["unsupported"]),
    ("北京全市森林覆盖率达到44.8%。", ["supported"]),
    ("京津冀7个国家级高新区及2家省级高新区正计划携手组建京津冀国家高新区联盟。",
     ["supported", "unsupported"]),
    ("京津冀计划将企业跨省（市）涉税事项迁移办理时间由20天左右压缩至1小时。",
     ["unsupported", "unsupported"]),
    ("追光计划国际微短剧大赛征集阶段共收到1070部作品", ["supported"]),
    ("京津冀数字经济园区伙伴计划在论坛上启动，首批23家园区加入", ["supported"]),
    # no fewer than is at least
    ("Beijing has relocated or upgraded no fewer than 1,000 regional wholesale markets and "
     "logistics centres.", ["unsupported"]),
    ("Over the past five years, the Binhai-Zhongguancun Science Park has registered no fewer "
     "than 700 enterprises a year on average.", ["supported"]),
    # who works where: 北京在冀 is not the source's 河北在京
    ("目前北京在冀就业农民工近90万人。", ["unsupported"]),
    ("目前河北在京就业农民工近90万人。", ["supported"]),
    # firms of another place, or of none the quote names, than the statement's
    ("北京·沧州渤海新区生物医药产业园已入驻河北本地企业36家。", ["unsupported"]),
    ("北京·沧州渤海新区生物医药产业园已入驻河北本地企业超过100家。", ["unsupported"]),
    ("北京·沧州渤海新区生物医药产业园已入驻北京企业36家。", ["supported"]),
    ("北京·沧州渤海新区生物医药产业园已入住天津企业36家、北京企业8家。",
     ["contradicted", "contradicted"]),
    ("武清累计吸引北京企业2500余家。", ["supported"]),
    # a clause a claim prints with another value, straight quotation marks or a clause of
    # its own after another
    ('京雄津保唐"半小时交通圈"基本形成。', ["contradicted"]),
    ("高铁已覆盖京津冀所有地级市，京雄津保唐“半小时交通圈”基本形成。", ["contradicted"]),
    ('高铁已覆盖京津冀所有地级市，京雄津保唐"1小时交通圈"基本形成。', ["supported"]),
    # a document named by its scheme (“1+5”) is not another agreement of its kind
    ("京津冀营商环境“1+5”合作框架协议 was signed in 2017 in Tianjin.", ["unsupported"]),
    ("2015年，京津冀三地签署《京津冀区域环境保护率先突破合作框架协议》", ["supported"]),
    ("2016年6月，中共中央、国务院印发《京津冀协同发展规划纲要》，武清京津产业新城成为重点"
     "建设的“4+N”功能承接平台之一。", ["contradicted"]),
    # a body another place owns, in English
    ("Over ten years of coordinated development, Tianjin's human resources and social "
     "security bureau has signed 31 cooperation agreements with its Beijing and Hebei "
     "counterparts.", ["unsupported"]),
    ("Over ten years of coordinated development, Beijing's human resources and social "
     "security bureau has signed 31 cooperation agreements with its Tianjin and Hebei "
     "counterparts.", ["supported"]),
    # the places that did it together (京津冀三地 for the source's 京冀)
    ("2022年北京冬奥会期间，京津冀三地联合设立展会知识产权保护办公室。", ["unsupported"]),
    ("2022年北京冬奥会期间，京冀联合设立展会知识产权保护办公室。", ["supported"]),
    # about half said of a part the source says all of
    ("2023年，通州区与西城、朝阳、海淀三区通过结对机制引入项目145个，其中政府推荐项目约半数"
     "落地。", ["supported", "unsupported"]),
    # a count of years back that frames the claim's paragraph, not its quote's sentence
    ("10年间，京津冀经济总量突破10.4万亿元。", ["supported", "supported"]),
    ("十年间，京津冀经济总量连跨5个万亿元台阶。", ["supported", "supported"]),
    ("5年间，京津冀经济总量突破10.4万亿元。", ["unsupported", "supported"]),
    # a count of steps each of a trillion yuan
    ("The combined economy of Beijing, Tianjin and Hebei has climbed five trillion-yuan "
     "steps in a row to exceed 10.4 trillion yuan.", ["supported", "supported"]),
    # (the fifty-fourth) a dash's range where a change begins (from 1-2 days to…); pick-up
    # is not up
    ('Under the "direct pick-up at ship side" and "direct loading on arrival" models, the '
     "time to collect imported containers has been cut from 1-2 days to as little as 1.5 "
     "hours, and export port-gathering from 5 days to 1-2 days.",
     ["unsupported", "unsupported", "supported", "supported"]),
    ("Picking up an import container now takes as little as 1.5 hours, down from 1-2 days.",
     ["supported", "supported"]),
    # how many places did it together
    ("平谷、蓟州、三河、兴隆四地联合发行（京津冀）文化旅游惠民券12万张。", ["unsupported"]),
    ("北京平谷与天津蓟州、宝坻、河北三河、遵化、兴隆6地联合发行(京津冀)文化旅游惠民券12万张",
     ["supported", "supported"]),
    # a date of a thing done said as a plan's
    ("2023年，三地计划建立健全京津冀养老协同专题工作机制。", ["unsupported"]),
    ("2023年，三地建立健全京津冀养老协同专题工作机制。", ["supported"]),
    # a body's spokesman the source does not name
    ("中国中化集团负责人表示，中国中化大厦每过7天就能“长高”一层。", ["unsupported"]),
    ("中建二局三公司中国中化大厦项目负责人表示，中国中化大厦每过7天就能“长高”一层。",
     ["supported"]),
    # in English, done for under way and under way for done
    ("Hebei Province has completed five big hundred-billion-level projects of dairy, central "
     "kitchen, vegetables, Chinese medicinal materials and quality meat.", ["unsupported"]),
    ("Alibaba's Zhangbei big data projects, with total investment of 45 billion yuan, are "
     "still under construction and yet to go into operation.", ["unsupported"]),
    ("Alibaba's Zhangbei big-data projects, with total investment of 45 billion yuan, have "
     "been completed and put into operation.", ["supported"]),
    # a part of what a whole moved in, said as from one of its places
    ("自2014年到2023年6月末，河北承接的京津转入基本单位中约3.5万家来自北京。", ["unsupported"]),
    ("自2014年到2023年6月末，河北累计承接京津转入基本单位达到4.48万家。", ["supported"]),
    # a lead clause's figure held to what its sentence says after it; taking shape in English
    ("经过6年多的规划建设，雄安新区现代化城市已全面建成。", ["unsupported"]),
    ("经过6年多的规划建设，雄安新区现代化城市雏形初显。", ["supported"]),
    ("After more than six years of planning and construction, the Xiong'an New Area has been "
     "fully completed as a modern city.", ["unsupported"]),
    # a part's figure said in English of the whole place
    ("Beijing's resident population has fallen 15% from its 2014 level.", ["unsupported"]),
    ("The resident population of Beijing's six central districts has fallen 15% from its 2014 "
     "level.", ["supported"]),
    ("The Tongzhou–northern Langfang fairs have signed more than 210 projects over five years "
     "with intended investment above 150 billion yuan.",
     ["supported", "supported", "supported"]),
    # a base year is no event's date
    ("北京常住人口比2014年下降15%。", ["unsupported"]),
    # (the fifty-fifth) a correction's rejected value: of what its corrected value is of;
    # supported where the corrected value is and the source's paragraph nowhere gives it
    ("Correction: Xiong'an New Area has brought in 12 academicians and other high-end "
     "leading talents, not 21.", ["supported", "supported"]),
    ("Not 959 but 995: that is how many enterprises Beijing's Beijing-Tianjin-Hebei "
     "collective contracts covered at the end of 2023, with 125,000 employees.",
     ["supported", "supported", "supported"]),
    ("并非290名，而是920名患者率先享受“通武廊”医疗卫生基本公共服务改革红利。",
     ["supported", "supported"]),
    ("并非920名，而是290名患者率先享受“通武廊”医疗卫生基本公共服务改革红利。",
     ["unsupported", "contradicted"]),
    ("更正：中科拜克猫三联生产线投产后产值将达到3亿元，而非1亿元。", ["supported", "unsupported"]),
    ("Correction: 241 types of electronic licences and certificates, including real estate "
     "certificates, construction permits and hazardous-chemical business licences, are "
     "shared and mutually recognised in Beijing-Tianjin-Hebei, not 234.",
     ["supported", "unsupported"]),
    # a rejected place; a denial of the clause a figure is in
    ("更正：综合算力指数跃居全国第一的是天津，而非河北。", ["unsupported"]),
    ("更正：2023年战略性新兴产业增加值占规模以上工业比重达到24.5%的是河北，而非天津。",
     ["contradicted"]),
    ("更正：“京津冀数字经济园区伙伴计划”并非该联盟的首个联合项目，而是第二个。",
     ["contradicted"]),
    # (the fifty-sixth, held out) the source's form of a correction's value, the rejected
    # one met only loosely; a plan's figure the statement says is one after it
    ("更正：每年来京跟岗研修的廊坊北三县校（园）长、管理干部和骨干教师近百名，而非上百名。",
     ["supported", "supported"]),
    # (上百名 is no value the source's 近百名 allows: a range from 100 up)
    ("更正：每年来京跟岗研修的廊坊北三县校（园）长、管理干部和骨干教师上百名，而非近百名。",
     ["unsupported", "contradicted"]),
    ("更正：北京·深州家具产业园已落地33家北京家具制造企业，60亿元为计划总投资，而非已完成投资。",
     ["supported", "supported"]),
    # a desk's label is no part of what a statement says (核实：, 并非下降：)
    ("核实：京津冀交通一体化已全面实现“1小时交通圈”。", ["unsupported"]),
    ("并非下降：2014—2022年津冀对北京企业新增注册资本年均增长4.1%。", ["contradicted"]),
    # a verb the source denies, said as done; one place alone for the source's three
    ("核实：刘学在北京工作的10年间已解决了落户问题。", ["unsupported"]),
    ("刘学在北京莱伯泰科仪器有限公司工作了10年，已解决了落户问题。", ["unsupported"]),
    ("刘学在北京莱伯泰科仪器有限公司工作了10年，但一直没有解决落户问题。", ["supported"]),
    ("并非三地联合发布：1155家京津冀科技创新券服务提供机构目录由北京单独发布。", ["unsupported"]),
    ("三地梳理并发布1155家京津冀科技创新券服务提供机构目录。", ["supported"]),
    # an English count of a noun is no share
    ("Tianjin Siasun Intelligent Technology holds more than 50 patents.", ["unsupported"]),
    ("More than 50 percent of Tianjin Siasun Intelligent Technology's staff work in R&D.",
     ["supported"]),
]

#: research-report and policy-brief prose (docs/compare-audit-2026-12.md, "A fifty-seventh
#: audit"): each mend with the twin that guards it
FIFTY_SEVENTH_CASES = [
    # a whole named before the figure, the part after it in its clause: the whole's schools
    # supporting the part's
    ("北京统筹全市63所优质学校“一对一”支持通州区学校。", ["supported"]),
    ("京津冀森林覆盖率达到44.8%。", ["unsupported"]),
    # an example the quote lists before 等, shortened
    ("政务办创新推出勘察设计注册工程师职业资格等13类专业人员资格证书的跨省通用。", ["supported"]),
    ("政务办创新推出会计师职业资格等13类专业人员资格证书的跨省通用。", ["unsupported"]),
    # a level reached since a year is today's, not that year's (a month, since the Feb…)
    ("2014年以来，京津冀三省市经济总量突破10.4万亿元。", ["supported"]),
    ("京津冀协同发展战略实施10年间（2014年2月起），三省市经济总量突破10.4万亿元。",
     ["supported", "supported"]),
    ("In the ten years since the February 2014 decision on coordinated development, the "
     "combined economy of Beijing, Tianjin and Hebei exceeded 10.4 trillion yuan.",
     ["supported", "supported"]),
    ("2024年以来，京津冀三省市经济总量突破10.4万亿元。", ["unsupported"]),
    # the way between places in English: received … from, into … from, out of … to
    ("Over ten years, Beijing received 209,000 people transferring in from Tianjin and "
     "Hebei.", ["unsupported"]),
    ("Over ten years, Beijing received 105,000 people transferring in from Tianjin and "
     "Hebei.", ["supported"]),
    ("Over ten years, 105,000 people transferred out of Beijing to Tianjin and Hebei.",
     ["contradicted"]),  # (the 209,000 out; 105,000, those in, swapped in)
    ("Over ten years, 209,000 people transferred out of Beijing to Tianjin and Hebei.",
     ["supported"]),
    # a share of the region where the source's is of the country (more than is no comparison;
    # an en dash in the region's name)
    ("The life-health and power-equipment clusters account for more than 20% of "
     "Beijing–Tianjin–Hebei's industrial scale.", ["unsupported"]),
    ("The life-health and power-equipment clusters account for more than 20% of the "
     "national industry.", ["supported"]),
    # water used for a unit of output is not energy used
    ("2022年，北京万元工业增加值水耗比2014年下降71.6%。", ["unsupported"]),
    ("2022年，北京万元工业增加值能耗比2014年下降71.6%。", ["supported"]),
    ("Beijing's water consumption per 10,000 yuan of industrial value added fell by 71.6% "
     "between 2014 and 2022.", ["unsupported"]),
    ("Beijing's energy consumption per 10,000 yuan of industrial value added fell by 71.6% "
     "between 2014 and 2022.", ["supported"]),
    # a typesetter's dash in a name is its hyphen
    ("The Beijing–Tianjin Cooperation Demonstration Zone sits on 38 square kilometres of "
     "land in the north-east of Tianjin's urban area.", ["supported"]),
    ("The Beijing–Tianjin Cooperation Demonstration Zone sits on 48 square kilometres of "
     "land in the north-east of Tianjin's urban area.", ["unsupported"]),
    # a clause with a subject of its own: the companies and projects named before it are
    # not its figure's (SOEs is a short form, not a company's name)
    ("Since 2022, headquarters projects of central SOEs including Sinochem, China Satellite "
     "Network Group and China Huaneng have started construction in Xiong'an New Area, and "
     "central SOEs have set up more than 140 entities of various kinds there.",
     ["supported"]),
    ("Xiaomi Auto has 70 supply-chain companies in the region, and Li Auto has 45.",
     ["unsupported", "unsupported"]),
    ("Li Auto has 70 supply-chain companies in the region, and Xiaomi Auto has 45.",
     ["supported", "supported"]),
]

#: press releases and official announcements (docs/compare-audit-2026-12.md, "Held out: a
#: fifty-eighth audit"): each mend with the twin that guards it
FIFTY_EIGHTH_CASES = [
    # a record or a first the source does not give, for the figure nearest the words
    ("通州组团2021至2024年新设外资企业数量创历史新高，累计达115家。", ["unsupported"]),
    ("通州组团2021至2024年新设外资企业累计达115家。", ["supported"]),
    ("The science park registered a record 939 new enterprises in 2023.", ["unsupported"]),
    ("The science park registered 939 new enterprises in 2023.", ["supported"]),
    ("天津武清高村数智创新园成为京津冀首个智能算力规模超过1万P的园区。", ["unsupported"]),
    ("北京核心区常住人口从2013年的221.2万人降至2022年的180.4万人，降幅居全市各区之首。",
     ["supported", "unsupported"]),
    # … and one it gives (位列榜首 for 居…首位; 首次 in the paragraph; another sentence's
    # 首个 is its own figure's)
    ("“追光计划”大赛中，“街头巷尾，人间烟火”主题以178部参赛作品居各主题首位。", ["supported"]),
    ("发布实施全国首个人力资源服务区域协同地方标准,不断提升三地人力资源服务业规范化、精准化"
     "和便捷化水平,京津冀获评 A 级以上人力资源服务机构近 1400 家。", ["supported", "supported"]),
    ("北京养老服务网及小程序累计访问量超800万次；2023年三地首次养老服务人才线上培训班培训"
     "从业人员1.1万余名。", ["supported", "supported"]),
    # Beijing's core area is a place inside Beijing: its population is not Beijing's
    ("2022年北京市常住人口为180.4万人。", ["unsupported"]),
    ("2022年北京核心区常住人口180.4万人。", ["supported"]),
    ("2022年首都功能核心区常住人口为180.4万人。", ["supported"]),
    ("刘艳梅、魏怡雪撰文称,北京常住人口2017年开始出现负增长,核心区常住人口从2013年的"
     "221.2万人下降至2022年的180.4万人。", ["supported", "supported", "supported"]),
    ("Beijing's resident population fell to 1.804 million in 2022.", ["unsupported"]),
    ("The resident population of Beijing's core capital functions area fell to 1.804 "
     "million in 2022.", ["supported"]),
    ("Beijing core-area population falls to 1.804 mln in 2022 from 2.212 mln in 2013",
     ["supported", "supported"]),
    # a total since an event is no one year's
    ("天津港服务雄安新区绿色通道开通以来已运输货物超10万标箱。", ["unsupported"]),
    ("2023年天津港服务雄安新区绿色通道运输货物超10万标箱。", ["contradicted"]),
    # lengths in a list: 300米进公园, 1公里进林带
    ("雄安新区实现1公里进公园。", ["unsupported"]),
    ("雄安新区实现1公里进林带。", ["supported"]),
    # where a thing is shared
    ("京津冀实现5300余项专利开放许可数据在全国共享。", ["unsupported"]),
    ("京津冀实现5300余项专利开放许可数据在三地共享。", ["supported"]),
]

#: officials' speeches and work reports (docs/compare-audit-2026-12.md, "A fifty-ninth
#: audit" and "Held out: a sixtieth audit"): each mend with the twin that guards it
FIFTY_NINTH_CASES = [
    # a date inside quoted speech is a date (a quoted name's is not)
    ("“成立于2019年的元一生物，已从6人发展至80人。”有关负责人表示。",
     ["unsupported", "supported", "supported"]),
    ("“元一生物成立于2021年。”有关负责人表示。", ["supported"]),
    # the years a plan gives itself
    ("《京津冀旅游协同发展行动计划(2016—2018年)》明确提出五年内京津冀三地旅游协同发展的21项"
     "重点任务。", ["unsupported"]),
    ("《京津冀旅游协同发展行动计划(2016—2018年)》明确提出三年内京津冀三地旅游协同发展的21项"
     "重点任务。", ["supported"]),
    # a project's first phase the statement does not name
    ("有关负责人表示，一期项目已签约入驻企业40家。", ["unsupported"]),
    # over a span of years is the span, over a year after a change its time
    ("Tianjin's high-tech manufacturing grew at an average annual rate of 7.8% over "
     "2014-2022.", ["unsupported"]),
    ("Tianjin's high-tech manufacturing grew at an average annual rate of 7.8% over "
     "2020-2022.", ["supported"]),
    ("Beijing's output rose 25% over 2014.", ["unsupported"]),
    ("The park hosts over 2000 companies.", ["unsupported"]),
    # biomedicine is not traditional Chinese medicine
    ("Tianjin's biomedicine industry value added grew 22.1% year on year in the first three "
     "quarters.", ["unsupported"]),
    ("Tianjin's traditional Chinese medicine industry value added grew 22.1% year on year in "
     "the first three quarters.", ["supported"]),
    # fully achieved is not taking shape
    ("The Beijing-Tianjin-Hebei region has fully achieved its '1-hour transport circle'.",
     ["unsupported"]),
    ("A 1-hour transport circle linking Beijing, Xiong'an, Tianjin, Baoding and Tangshan has "
     "basically taken shape.", ["supported"]),
    # another works of one kind named after the figure
    ("中科拜克（天津）总投资4000余万元的重组犬α干扰素生产线正式投产。", ["unsupported"]),
    ("中科拜克（天津）总投资4000余万元的猫三联生产线进入验收阶段。", ["supported"]),
    ("总投资450亿元的阿里巴巴张北大数据系列项目已竣工投产。", ["supported"]),
    # a class of firms is a narrower count: it does not contradict a wider one (a member
    # or a leading firm is no class)
    ("The Beijing-Tianjin-Hebei National Technology Innovation Center has incubated more "
     "than 500 enterprises.", ["unsupported"]),
    ("The Beijing-Tianjin-Hebei National Technology Innovation Center has incubated 500 "
     "hard-technology companies.", ["contradicted"]),
    ("Some 78 metaverse companies have set up in Tongzhou, while more than 100 tech firms "
     "have joined the sub-centre's smart city industry alliance.",
     ["unsupported", "contradicted"]),
]


#: the sixty-first and sixty-third audits (business copy, a digest's bullets): the mends'
#: cases first, each with the faithful twin that guards it against over-reach
SIXTY_FIRST_CASES = [
    # a travel time spelled as a compound's (a one-hour circle), as a 1-hour circle is
    ("With the Beijing-Xiong'an expressway and intercity railway fully open and in use, the "
     "two places are now within a one-hour commuting circle.", ["supported"]),
    ("High-speed rail now covers every prefecture-level city in Beijing–Tianjin–Hebei, and a "
     "one-hour transport circle linking Beijing, Xiong'an, Tianjin, Baoding and Tangshan has "
     "basically taken shape.", ["supported"]),
    ("With the Beijing-Xiong'an expressway and intercity railway fully open and in use, the "
     "two places are now within a two-hour commuting circle.", ["unsupported"]),
    # a goal given a year the source does not give it
    ("Beijing–Tianjin–Hebei transport integration aims to achieve the one-hour transport "
     "circle by 2035.", ["unsupported"]),
    ("到2035年京津冀实现1小时交通圈", ["unsupported"]),
    # a change for a rate's level (增长90%, rose 90%, 同比+10.7% for 达90%, 占全国10.7%)
    ("雄安新区中关村科技园一期企业入驻率增长90%", ["unsupported"]),
    ("The occupancy rate at phase one of the Zhongguancun Science Park in Xiong'an New Area "
     "rose 90%.", ["unsupported"]),
    ("The occupancy rate at phase one of the Zhongguancun Science Park in Xiong'an New Area "
     "rose to 90%.", ["supported"]),
    ("▶ 京津冀 | 三地数字经济规模同比+10.7%", ["unsupported"]),
    ("▶ 京津冀 | 三地数字经济规模占全国10.7%", ["supported"]),
    ("By the end of November 2023, subscribers on 1000Mbps-or-faster broadband made up 26.3% "
     "of broadband users in Beijing-Tianjin-Hebei, a nationally leading level.",
     ["supported", "supported"]),
    # another name in quotation marks after the figure (“京牌” for the source's “津牌”)
    ("北京整合京津冀旅游资源，推出42条“京牌”旅游线路。", ["unsupported"]),
    ("天津整合京津冀旅游资源，推出42条“津牌”旅游线路。", ["supported"]),
    # the quote's only count of batches
    ("通州组团分两批次承接了308项市级赋权。", ["contradicted", "supported"]),
    ("通州组团分三批次承接了308项市级赋权。", ["supported"]),
    # one place alone (仅与河北 for the source's 与天津、河北)
    ("北京教育系统仅与河北签订各类合作协议168个", ["unsupported"]),
    ("北京教育系统仅与天津、河北签订各类合作协议168个", ["supported"]),
    # a digest's multiple (1.8x the 2014 level)
    ("Jing-Jin-Ji — 2022 industrial value added 2.59 tn yuan, 1.8x the 2014 level.",
     ["supported", "unsupported"]),
    ("Jing-Jin-Ji — 2022 industrial value added 2.59 tn yuan, 1.5x the 2014 level.",
     ["supported", "supported"]),
    # an English statement naming the claim's place its English calls the region
    ("Beijing-Tianjin-Hebei GDP in 2022 was 1.8 times its 2013 level.", ["supported"]),
    ("Beijing GDP in 2022 was 1.8 times its 2013 level.", ["unsupported"]),
    # (the sixty-second and sixty-fourth, held out) a part's count for the whole's (68条高速
    # 公路 for the source's 68条公路), another class or place reached named after the figure
    ("北京与津冀之间已有68条高速公路连接，组成京津冀高速公路的“主骨架”。", ["unsupported"]),
    ("北京与津冀之间已有68条公路连接。", ["supported"]),
    ("京津冀国家技术创新中心是我国第一个专业类国家技术创新中心。", []),
    ("京津冀国家技术创新中心是我国第一个综合类国家技术创新中心。", ["supported"]),
    ("京津中关村科技城内任何一个地点步行15分钟之内即可到达一所学校。", ["unsupported"]),
    ("京津中关村科技城内任何一个地点步行15分钟之内即可到达一个公园。", ["supported"]),
    ("Universities in Beijing, Tianjin and Hebei have formed 26 alliances.", ["unsupported"]),
    ("In the first 11 months of 2023, the key enterprises of Zhongguancun Tongzhou Park saw "
     "their total profits rise 3.7% year on year.", ["unsupported"]),
    ("In the first 11 months of 2023, the industrial output of the Zhongguancun Tongzhou "
     "Park's 207 key enterprises grew 3.7% year on year.", ["supported", "supported"]),
    # (the sixty-fifth to sixty-eighth: listicles, policy explainers, travel, quizzes) a
    # rank the sentence gives its figure (居…首位, 居…第一, the most of any)
    ("2023年副中心数字经济核心产业收入超过430亿元，居副中心六大产业集群首位", ["unsupported"]),
    ("2023年副中心数字经济核心产业收入超过430亿元", ["supported"]),
    ("白洋淀野生鸟类增加到260余种，居华北湿地第一。", ["unsupported"]),
    ("In 2023, Tianjin Port's Xiong'an New Area green channel handled more than 11,000 TEU, "
     "the most of any port serving Xiong'an.", ["unsupported"]),
    ("In 2023, Tianjin Port's Xiong'an New Area green channel handled more than 11,000 TEU.",
     ["supported"]),
    # a goal the claim's English strives for, said as achieved
    ("Beijing-Tianjin-Hebei transport integration has already achieved the \"1-hour "
     "transport circle\".", ["unsupported"]),
    # tourism revenue is no count of trips
    ("From 2001 to 2013, domestic tourism revenue in Beijing, Tianjin and Hebei grew by an "
     "average of 10.52% a year.", ["unsupported"]),
    ("From 2001 to 2013, domestic tourist trips in Beijing, Tianjin and Hebei grew by an "
     "average of 10.52% a year.", ["supported"]),
    # a compass point after 以 or 向 (北京以西 for the source's 北京向东)
    ("天津市宝坻区科技新城位于北京以西不足百公里处", ["contradicted"]),
    ("天津市宝坻区科技新城位于北京以东不足百公里处", ["supported"]),
    # a target set (提出，到2024年…; 要达到) for the result the claim gives
    ("京津冀提出，到2024年三地数字经济总体规模达到5.59万亿元。", ["unsupported"]),
    ("2024年三地数字经济总体规模5.59万亿元。", ["supported"]),
    ("京津冀提出，三省市临床检验结果互认的医疗机构要达到685家。", ["unsupported"]),
    ("三省市临床检验结果互认的医疗机构已达到685家。", ["supported"]),
    # another person of a story, a sub-index for the index
    ("李大爷最终被骗金额达8万元", ["unsupported"]),
    ("郭大爷被骗5万余元", ["supported"]),
    ("2021年北京生态高质量发展分项指数达到0.98", ["unsupported"]),
    ("2021年北京高质量发展指数达到0.96", ["supported"]),
    # a statement opening on a project's name no claim's subject or quote gives
    ("莱伯泰科智能化实验室设备生产项目总投资5亿元。", ["unsupported"]),
    ("张北云计算产业园数据中心项目总投资约990亿元。", ["supported"]),
    # all of a count said to have done what fewer of them did (已运营…7)
    ("张北云计算产业园13个数据中心项目已全部投入运营。", ["unsupported"]),
    ("张北云计算产业园共有13个数据中心项目。", ["supported"]),
    ("京津冀 | 2022年 | 经济总量 | 突破10万亿元 | 为2014年的1.7倍 | 年均增速6.9%",
     ["supported", "supported", "supported"]),
    ("In 2016 the commerce departments of the three signed 26 cooperation project "
     "memorandums.", ["supported"]),
]


#: the sixty-first to sixty-eighth audits' leftovers (round five, forty-first stop)
SIXTY_FIRST_LEFTOVERS_CASES = [
    # a date after a participle, in the subject's clause (…, launched in April 2022, …)
    ("The Leyou Jing-Jin-Ji one-code tourism platform, launched in April 2022, hosts more "
     "than 2,500 culture and tourism firms.", ["unsupported", "supported"]),
    ("The Leyou Jing-Jin-Ji one-code tourism platform, launched in April 2023, hosts more "
     "than 2,500 culture and tourism firms.", ["supported", "supported"]),
    # a region's name inside a name (Leyou Jing-Jin-Ji), read alike in statement and claim
    ("The Leyou Jing-Jin-Ji one-code tourism platform was launched in April 2022.",
     ["contradicted"]),
    # "due to enter service": a plan's date (投入使用时间目标)
    ("Beijing's city sub-centre station hub is due to enter service in 2026.", ["contradicted"]),
    ("Beijing's city sub-centre station hub is due to enter service in 2025.", ["supported"]),
    # where a count's firms are from (8 Beijing enterprises for Eight Tianjin companies)
    ("8 Beijing enterprises have moved into the Beijing-Cangzhou Bohai New Area biomedicine "
     "industrial park.", ["unsupported"]),
    ("36 Beijing companies have moved into the Beijing-Cangzhou Bohai New Area biomedicine "
     "industrial park.", ["supported"]),
    ("8 Tianjin companies have moved into the Beijing-Cangzhou Bohai New Area biomedicine "
     "industrial park.", ["supported"]),
    ("Q: How many Beijing enterprises have moved into the Beijing·Cangzhou Bohai New Area "
     "Biomedical Industrial Park? A: 8.", ["unsupported"]),
    ("Q: How many Beijing enterprises have moved into the Beijing·Cangzhou Bohai New Area "
     "Biomedical Industrial Park? A: 36.", ["supported"]),
    # a phase's figure said of the whole (一期起步区)
    ("The Beijing-Tianjin Cooperation Demonstration Zone covers 11.8 square kilometres.",
     ["unsupported"]),
    ("The Beijing-Tianjin Cooperation Demonstration Zone's first-phase start-up area covers "
     "11.8 square kilometres.", ["supported"]),
    # a change's words (up … from 2014) leave it its lead's: rail's growth, not expressways'
    ("Railway operating mileage in Beijing-Tianjin-Hebei reached 10,848 km by the end of "
     "2022, up 32.6% from 2014.", ["supported", "unsupported"]),
    ("Railway operating mileage in Beijing-Tianjin-Hebei reached 10,848 km by the end of "
     "2022, up 38.3% from 2014.", ["supported", "supported"]),
    ("The region's expressway network was nearly 11,000 km long at the end of 2022, up 32.6 "
     "percent from 2014.", ["supported", "supported"]),
    # a level of government (municipal-level for national-level), in English with a Chinese
    # gloss (通州组团): read as English
    ("Q: Over five years, how many municipal-level innovation cases has the Tongzhou cluster "
     "(通州组团) produced? A: 7.", ["unsupported"]),
    ("Q: Over five years, how many municipal-level innovation cases has the Tongzhou cluster "
     "(通州组团) produced? A: 11.", ["supported"]),
    ("Over five years the Tongzhou cluster has produced 7 national-level reform cases.",
     ["supported"]),
    ("Over five years the Tongzhou cluster has produced 11 municipal-level innovation cases.",
     ["supported"]),
    # all of a count said to have done what the paragraph says fewer of it did
    ("Since the first session of the 14th CPPCC National Committee, 5,621 proposals were put "
     "forward and all of them were accepted for filing.", ["unsupported"]),
    ("Since the first session of the 14th CPPCC National Committee, 5,621 proposals were put "
     "forward and 4,791 of them were accepted.", ["supported", "supported"]),
    # a district's short name that is a word too, right after its city's (北京朝阳), but not
    # 朝阳产业 (sunrise industries)
    ("从北京朝阳搬来的南轩(天津)科技有限公司，生产面积扩大近4倍。", ["unsupported"]),
    ("从北京通州搬来的南轩(天津)科技有限公司，生产面积扩大近4倍。", ["supported"]),
    ("北京朝阳产业发展迅速，南轩(天津)科技有限公司生产面积扩大近4倍。", ["supported"]),
    # a place before the figure's own words where the claim's metric has another
    ("北京养老服务网展示北京优质养老机构43家。", ["unsupported"]),
    ("北京养老服务网展示津冀优质养老机构43家。", ["supported"]),
    ("北京·深州家具产业园已落地33家北京家具制造企业。", ["supported"]),
    # construction started is not completed
    ("The Xiong'an campuses of 4 universities have been completed.", ["unsupported"]),
    ("Construction has started on the Xiong'an campuses of 4 universities.", ["supported"]),
    # a conversion in brackets, judged by the figure it converts
    ("The Beijing-Tianjin-Hebei Industrial Chain and Supply Chain Conference signed 152 "
     "projects with intended investment of more than 100 billion yuan (about US$14 billion).",
     ["supported", "supported", "supported"]),
    ("The Beijing-Tianjin-Hebei Industrial Chain and Supply Chain Conference signed 152 "
     "projects with intended investment of more than 100 billion yuan (about US$40 billion).",
     ["supported", "supported", "contradicted"]),
    ("The Beijing–Hebei section of the Grand Canal, 62 km (about 38.5 miles) long, has "
     "achieved tourist-boat interconnection along its full length.", ["supported", "supported"]),
    ("The Beijing–Hebei section of the Grand Canal, 62 km (about 60 miles) long, has achieved "
     "tourist-boat interconnection along its full length.", ["supported", "contradicted"]),
    ("Sinochem 001 Tower, Xiong'an New Area — Design structural height: 150 m (about 490 ft)",
     ["supported", "supported"]),
    ("京津冀地区生产总值10.4万亿元（约合1.5万亿美元）。", ["supported", "supported"]),
    ("京津冀地区生产总值10.4万亿元，约合1.5万亿美元。", ["supported", "supported"]),
    ("Jing-Jin-Ji GDP reached 10.4 trillion yuan, or about $1.5 trillion, in 2023.",
     ["supported", "supported"]),
    ("The cluster's actual use of foreign capital totalled 312 million US dollars (about 2.2 "
     "billion yuan).", ["supported", "supported"]),
    ("The cluster's actual use of foreign capital totalled 312 million US dollars (about 5 "
     "billion yuan).", ["supported", "contradicted"]),
    # (not a conversion: another figure after a comma)
    ("京津冀地区生产总值10.4万亿元，是2014年的1.8倍。", ["supported", "supported"]),
    # a live blog's time stamp and a desk's label are no figures
    ("【09:10】京津冀散煤清洁化替代1500余万户", ["supported"]),
    ("10:05 — The Metaverse Application Innovation Centre in the sub-centre has a "
     "ground-floor metaverse exhibition and experience hall of about 2,000 square metres, "
     "officials say.", ["supported"]),
    ("【15:20】快讯：白洋淀水质从劣V类提升至Ⅲ类，进入全国水质优良湖泊行列。",
     ["supported", "supported"]),
    # a panel's value has its label's words
    ("▶ 229个 | 京津冀六条重点产业链梳理出的“堵点”", ["contradicted"]),
    ("▶ 229个 | 京津冀六条重点产业链梳理出的“卡点”", ["supported"]),
    ("▶ 1.86万家 | 2018年以来京津冀累计培育的国家级专精特新“小巨人”企业", ["contradicted"]),
    ("▶ 1.86万家 | 2018年以来京津冀累计培育的专精特新中小企业", ["supported"]),
]


@pytest.mark.parametrize(("statement", "expected"), [
    # 可知 (由材料可知) is no capacity's 可: the target's 首条 said as done is not supported
    ("据材料可知，京津塘高速改扩建工程已建成通车，成为京津冀首条智能高速公路。", "unsupported"),
    ("京津塘高速改扩建工程开工建设，将打造京津冀首条智能高速公路。", "supported"),
    # six alliances share only the places with Xi's six requirements
    ("Universities in Beijing, Tianjin and Hebei have formed six alliances, including the "
     "Beijing-Tianjin-Hebei Collaborative Innovation Alliance.", "unsupported"),
])
def test_a_statements_verdict_where_its_prose_count_is_left_out(comparer: Comparer,
                                                                statement: str,
                                                                expected: str) -> None:
    assert comparer.compare(statement).verdict == expected


#: the seventy-third and seventy-fourth audits (interview transcripts; deputies' proposals
#: and policy memos): round five, forty-second stop
SEVENTY_THIRD_CASES = [
    # a question's words that say what the sibling's figure did (submitted: 5,621), and none
    # of what this claim's did (accepted: 4,791)
    ('Q: How many proposals were submitted since the first session of the 14th CPPCC? A: '
     '"Roughly 4,791 in total," the vice-chairman said.', ["unsupported"]),
    ('Q: How many proposals were accepted since the first session of the 14th CPPCC? A: '
     '"Roughly 4,791 in total," the vice-chairman said.', ["supported"]),
    ('Q: How many proposals were submitted since the first session of the 14th CPPCC? A: '
     '"Roughly 5,621 in total," the vice-chairman said.', ["supported"]),
    # (a claim's English printing its value with a scale word: Nearly 15.8 million…)
    ("Q: How many households in Beijing–Tianjin–Hebei rural and urban areas had loose coal "
     "replaced by clean energy? A: More than 15.8 million.", ["contradicted"]),
    # a change said over three years is not the decline of 2013—2022
    ("答：框架协议签署后，区域PM2.5平均浓度三年下降了大约30%。", ["unsupported"]),
    ("PM2.5 concentrations in the region fell by about 30% in three years.", ["unsupported"]),
    ("京津冀PM2.5平均浓度九年下降了30%。", ["contradicted"]),
    ("PM2.5 concentrations in the region fell by about 30% in ten years.", ["contradicted"]),
    # behind an average is not ahead of it
    ("Regional tourism growth lagged the national average by more than 2 percentage points, "
     "the proposal warns.", ["contradicted"]),
    ("Regional tourism revenue growth exceeded the national average by more than 2 percentage "
     "points from 2014 to 2019.", ["supported"]),
    # a span of days is not confirmed by one day inside it (the visit was 11日至12日)
    ("2023年5月12日至13日，习近平总书记在河北考察，并在石家庄市主持召开深入推进京津冀协同发展"
     "座谈会。", ["contradicted"]),
    ("2023年5月11日至12日，习近平总书记在河北考察，并在石家庄市主持召开深入推进京津冀协同发展"
     "座谈会。", ["supported"]),
    ("Xi Jinping inspected Hebei from May 12 to 13, 2023 and presided over a symposium on "
     "further promoting Beijing-Tianjin-Hebei coordinated development.", ["contradicted"]),
    # an answer's date after a hedge, the question's event its event
    ("问：总书记哪一年1月在京津冀考察并主持召开协同发展座谈会？答：如果我没记错，是2017年1月16日到"
     "18日。", ["contradicted"]),
    ("问：总书记哪一年1月在京津冀考察并主持召开协同发展座谈会？答：如果我没记错，是2019年1月16日到"
     "18日。", ["supported"]),
    # a figure said again (——246所; 准确地说是4791件), and a speaker's 差不多
    ("答：按照“三最一突出”的标准，规划学校两百四十六所——246所。", ["supported", "supported"]),
    ("答：按照“三最一突出”的标准，规划学校两百四十六所，即264所。", ["supported", "contradicted"]),
    ("问：立案的提案大概有多少件？答：差不多4800件，准确地说是4791件。", ["supported", "supported"]),
    # an answer's attribution before it (据…介绍，) is no answer
    ("记者：多少项政务服务事项实现了“同事同标”？答：据北京市发改委相关负责人介绍，179项。",
     ["supported"]),
    ("记者：多少项政务服务事项实现了“同事同标”？答：据北京市发改委相关负责人介绍，197项。",
     ["contradicted"]),
]

#: the seventy-third audit's faithful interview lines left unsupported at 53b1aa1, each with
#: a twin that is not supported
SEVENTY_THIRD_LEFTOVERS_CASES = [
    # a figure said again after its noun (— that's 6.1万; 即61000人), its bound left off; said
    # again otherwise, it is not the source's (6.2万 for more than 61,000)
    ("Q: And talent? A: More than 61,000 high-end professionals — that's 6.1万 — have come to "
     "Wuqing to innovate and start businesses.", ["supported", "supported"]),
    ("More than 61,000 high-end professionals — that's 6.2万 — have come to Wuqing to "
     "innovate and start businesses.", ["supported", "unsupported"]),
    ("6.1万余名高端人才，即61000人，在武清创新创业。", ["supported", "supported"]),
    ("6.1万余名高端人才，即6100人，在武清创新创业。", ["supported", "unsupported"]),
    # a development zone's section by its own name (后湖园区), Beijing where its firms came
    # from (是北京来的, are from Beijing), and the park's name in English (the Houhu park)
    ("答：后湖园区八十多家企业，四十二家是北京来的，北京建工、北京金隅新材这样的国企子公司都有。",
     ["supported", "unsupported"]),
    ("后湖园区80多家企业，42家来自北京。", ["supported", "supported"]),
    ("后湖园区80多家企业，42家来自天津。", ["supported", "unsupported"]),
    ("Of the 80-plus companies in the Houhu park, 42 are from Beijing.",
     ["supported", "supported"]),
    ("Of the 80-plus companies in the Houhu park, 42 are from Tianjin.",
     ["unsupported", "unsupported"]),
    # an English question's words are no figure's own (How much did …)
    ("Q: How much did the region spend on R&D? A: In 2022 it was 426.09 billion yuan, about "
     "2.1 times the 2014 level, for an R&D intensity of 4.25%.",
     ["supported", "supported", "supported"]),
    ("Q: How much did the region spend on R&D? A: In 2021 it was 426.09 billion yuan.",
     ["unsupported"]),
    # a year before a dash (In 2023 — six chains), and a short form spelt out in an event
    # (NEVs)
    ("Q: When did the three first publish joint industrial-chain maps? A: In 2023 — six "
     "cross-regional chains: hydrogen, biomedicine, industrial internet, high-end machine "
     "tools, NEVs and connected vehicles, and robotics.", ["supported"]),
    ("Q: When did the three first publish joint industrial-chain maps? A: In 2021 — six "
     "cross-regional chains.", ["unsupported"]),
    # a year that opens a span in words is a period, not an event's date (a researcher's
    # move of 2022 had contradicted the claim's own English, cut short; its 6391户 support it)
    ("From 2014 to 2022, 6,391 firms moved out of Beijing.", ["supported"]),
    # an English count alone answers how many of the question's noun
    ('Q: How many quality schools and kindergartens are planned around the administrative '
     'office area? A: "Fourteen," the education official said.', ["supported"]),
    ('Q: How many quality schools and kindergartens are planned around the administrative '
     'office area? A: "Sixteen," the education official said.', ["unsupported"]),
    ('Q: How many cross-regional vocational education groups were set up? A: "Fifteen — in '
     'commerce, foreign affairs services, Internet Plus, information security and so on."',
     ["supported"]),
]

#: the seventy-seventh and seventy-eighth audits' mends (quick checks typed into the tool,
#: replies to the public), each with a twin the source decides otherwise
SEVENTY_SEVENTH_CASES = [
    # R&D beside Chinese is 研发; a figure in 亿 with no unit is no count of firms
    ("京津冀 规上工业企业 R&D经费 2022 = 1269.4亿?", ["supported"]),
    ("京津冀 规上工业企业 R&D经费 2022 = 1369.4亿?", ["contradicted"]),
    ("2022年京津冀规上工业企业R&D经费支出1269.4亿元", ["supported"]),
    # a part where things are set up (在河北) is not the quote's whole (在津冀)
    ("中關村企業 在河北設分支機構 約7000家?", ["unsupported"]),
    ("中关村企业在河北设立分支机构超1万家", ["unsupported"]),
    ("中关村企业在津冀设立分支机构约7000家", ["contradicted"]),
    ("中关村企业在津冀设立分支机构超1万家", ["supported"]),
    # a phase's figure is not the whole's
    ("一期 总投资 25亿元?", ["unsupported"]),
    ("北京(曹妃甸)现代产业发展试验区总投资1948.78亿元", ["supported"]),
    ("北京(曹妃甸)现代产业发展试验区总投资2948.78亿元", ["contradicted"]),
    # 累计 of a sentence's first clause goes on over the next: no one year's figure
    ("您好！通州与北三县项目推介洽谈会累计签约项目210余个，意向投资额超1000亿元。",
     ["supported", "unsupported"]),
    ("通州与北三县项目推介洽谈会累计签约项目210余个，2023年意向投资额约526.81亿元。",
     ["supported", "contradicted"]),
    # currently is no figure's words; a reply's salutation is none of the sentence's
    ("Hebei currently has nine enterprises capable of producing complete new-energy vehicles.",
     ["contradicted"]),
    ("Dear resident, Hebei currently has seven enterprises capable of producing complete "
     "new-energy vehicles.", ["supported"]),
    ("Dear resident, Hebei currently has nine enterprises capable of producing complete "
     "new-energy vehicles.", ["contradicted"]),
    # the seventy-ninth's: a comparison turned the wrong way round (the second figure
    # contradicted), and the right way round
    ("4月30日蓟州游客中，北京游客占比21.7%，高于河北及周边游客所占比重26.3%。",
     ["supported", "contradicted"]),
    ("4月30日蓟州游客中，河北及周边游客占比26.3%，高于北京游客所占比重21.7%。",
     ["supported", "supported"]),
    ("Tianjin's strategic emerging industries reached 24.5% of above-scale industry in 2023, "
     "ahead of Beijing's high-tech manufacturing share of 32.3%.", ["supported", "contradicted"]),
    ("Beijing's high-tech manufacturing share reached 32.3%, ahead of Tianjin's strategic "
     "emerging industries at 24.5% of above-scale industry in 2023.", ["supported", "supported"]),
    # a symposium on 京津冀协同发展 is not dated by the day 京津冀协同发展 became a national
    # strategy; that day is
    ("2023年5月的京津冀协同发展座谈会", ["unsupported"]),
    # a gathering the sources hold more than once (2014, 2023), named whole by none of their
    # claims, at a date none has: maybe a third time (2019's), not a wrong date
    ("2019年1月的京津冀协同发展座谈会在北京召开", ["unsupported"]),
    ("2022年5月，习近平主持召开深入推进京津冀协同发展座谈会", ["contradicted"]),
    ("2016年2月26日，京津冀协同发展上升为国家战略", ["contradicted"]),
    # an English participle's event is the noun's before its comma: not any event held in
    # Beijing (a 1987 tourism seminar)
    ("The May 2023 Shijiazhuang symposium came more than nine years after the first "
     "Jing-Jin-Ji symposium, held in Beijing on February 26, 2014.", ["unsupported"]),
    ("The first Jing-Jin-Ji symposium, held in Beijing on February 26, 2016, made coordinated "
     "development a national strategy.", ["contradicted"]),
    # the eightieth's: a figure the source gives for three places (北京、天津、雄安新区) is not
    # one for five (京雄津保唐: the half-hour circle); the five's one hour is named, and
    # 现在, no year, leaves it unsupported
    ("现在京雄津保唐“半小时交通圈”都基本形成了。", ["unsupported"]),
    ("京津雄半小时通勤圈基本形成", ["supported"]),
    ("北京每年组织廊坊北三县近百名校（园）长、管理干部、骨干教师来京跟岗研修。", ["supported"]),
]

#: the eighty-first to eighty-fourth audits' (headlines, spoken words, lines mixing Chinese and
#: English, rows from a data desk): each mend, and its twin the source decides otherwise
EIGHTY_FIRST_CASES = [
    # a line mixing Chinese and English: a count before a space and what it counts after it,
    # an "and" between two figures' phrases
    ("66个 一级学科 and 49个 national and provincial key labs have moved into 沙河高教园区.",
     ["supported", "supported"]),
    ("76个 一级学科 and 49个 national and provincial key labs have moved into 沙河高教园区.",
     ["contradicted", "supported"]),
    ("66个 一级学科 and 59个 国家和省部级重点实验室 have moved into 沙河高教园区.",
     ["supported", "contradicted"]),
    ("综合型平台5家 特色型21家", ["supported", "supported"]),
    # a part named among a whole's things (…中河北占60个) is not the whole's figure
    ("京津冀产业链供应链大会签约项目中河北占60个", ["unsupported"]),
    ("2023年京津冀地区生产总值中河北占4万亿元", ["unsupported"]),
    ("京津冀产业链供应链大会签约项目162个", ["contradicted"]),
    # the members of one example of the things a claim counts are not those things
    ("京津冀农业科技创新联盟成员单位超过120个", ["unsupported"]),
    ("京津冀农业科技创新联盟 now has over 120 member institutions.", ["unsupported"]),
    ("京津冀农业科技创新平台（跨区域组建，含京津冀农业科技创新联盟） | 9个", ["supported"]),
    ("北京新利同创项目是蓟州区4个投资超亿元、实现“拿地即开工”的智能制造项目之一。",
     ["supported", "supported"]),
    # a year after a claim's first time of an event (首次举办时间) may be a later one; before
    # it, or said to be the first, it is wrong
    ("2024年京津冀三地联合发布产业链图谱", ["unsupported"]),
    ("In 2024 the 京津冀 养老服务人才 online training covered about 2万 people.",
     ["unsupported", "unsupported"]),
    ("2020年京津冀三地联合举办养老服务人才线上培训班", ["contradicted"]),
    ("2024年京津冀三地联合举办首次养老服务人才线上培训班", ["contradicted"]),
    ("2023年京津冀三地联合举办首次养老服务人才线上培训班", ["supported"]),
    # a row's value alone in its field has the field before it for words
    ("沧州渤海新区生物医药园；入驻北京医药企业；60家；总投资193亿元",
     ["contradicted", "supported"]),
    ("沧州渤海新区生物医药园；入驻企业；60家；总投资193亿元", ["supported", "supported"]),
    ("指标：副中心新增学校（规划）；数值：246所", ["contradicted"]),
    ("指标：副中心规划学校；数值：246所", ["supported"]),
    # a date as a sheet prints it; a venue a row or a sentence names inside a province
    ("深入推进京津冀协同发展座谈会 | 召开日期 | 2023-05-12 | 地点：石家庄", ["supported"]),
    ("深入推进京津冀协同发展座谈会 | 召开日期 | 2023-05-15", ["contradicted"]),
    ("深入推進京津冀協同發展座談會 | 召開日期 | 2023年5月12日 | 地點：河北雄安", ["unsupported"]),
    ("2023年5月12日，深入推进京津冀协同发展座谈会在河北雄安召开", ["unsupported"]),
    ("2023年5月12日，深入推进京津冀协同发展座谈会在河北石家庄召开", ["supported"]),
    # numbers in words are none of a figure's own words (one core, two zones, one belt)
    ("The layout is one core, two zones, one belt and, uh, N parks.", []),
    # a water-quality class in English is read as the sources' Ⅱ类
    ("Miyun Reservoir's water has stayed at national Class II surface-water standard.",
     ["supported"]),
    ("Miyun Reservoir's water has stayed at Class III.", ["contradicted"]),
    # 成 of 成员 is no tenths; 3 成 is 30%
    ("京津冀农业科技创新联盟 now has over 120 成员单位.", ["unsupported"]),
    # the eighty-sixth's: a multiple in words is a figure (about twentyfold: no claim gives it)
    ("From its original eight staff, Tianjin Siasun has grown about twentyfold to nearly 100 "
     "employees.", ["unsupported", "supported"]),
    # the eighty-eighth's: a count of agreements signed in a year is not one agreement's date
    ("Five of the agreements were signed in 2023 alone.", ["unsupported"]),
    # the eighty-ninth to ninety-second's: Markdown bold is no part of a figure (a bound the
    # source's nearly 5,000 allows, not a different count)
    ("根據公開資料，濱海中關村目前已累計註冊企業超過**4000家**。", ["unsupported"]),
    ("滨海中关村累计注册企业**近5000家**", ["supported"]),
    # where things go (输出到天津的) is a part of where the quote's go (向天津、河北输出)
    ("据报道，2023年北京输出到天津的技术合同成交额为310亿元。", ["unsupported"]),
    ("2023年北京输出到津冀的技术合同成交额为310亿元", ["contradicted"]),
    # 创历史最好水平 is a record the source must give
    ("协同治理下，京津冀PM2.5平均浓度较2013年下降超过六成，创历史最好水平！", ["unsupported"]),
    ("协同治理下，京津冀PM2.5平均浓度较2013年下降超过六成！", ["supported"]),
    ("In 2023 the three places signed the framework agreement on joint ecological and "
     "environmental construction, prevention and control for the 14th Five-Year Plan period.",
     ["contradicted"]),
]

#: the ninety-third to ninety-sixth audits' (docs/compare-audit-2026-12.md): a list's number
#: and a listicle's count of its points are no figures; *instead of* sets what was against
#: what is; ZGC and Sci-Tech in a park's name; a share said again in words; the titles a
#: quote's sentence lists before it; where things are registered, and which way they went
NINETY_THIRD_CASES = [
    ("3. The numbers: Jing-Jin-Ji's combined GDP hit 10 trillion yuan in 2022, up 2% on the "
     "year before.", ["supported", "supported"]),
    ("5 things to know about Jing-Jin-Ji's business climate: 3. The three provinces and "
     "municipalities have rolled out 234 \"handle-anywhere-in-the-region\" services.",
     ["supported"]),
    ("2. 京津冀地区生产总值10.4万亿元", ["supported"]),
    ("Did you know? Moving a company's tax affairs across Beijing, Tianjin and Hebei now takes "
     "one hour instead of around 20 days.", ["supported", "supported"]),
    ("Moving tax affairs across Beijing, Tianjin and Hebei now takes one hour instead of "
     "around 30 days.", ["supported", "contradicted"]),
    ("Moving tax affairs across Beijing, Tianjin and Hebei now takes 20 days rather than one "
     "hour.", ["supported", "contradicted"]),
    ("Tianjin platforms (end-2023): Baodi Jing-Jin ZGC Sci-Tech City 1,328.", ["supported"]),
    ("Jing-Jin-Ji has built 324,000 5G base stations, 31.4% of all its mobile base stations "
     "— nearly a third.", ["supported", "supported", "supported"]),
    ("Jing-Jin-Ji has built 324,000 5G base stations, 31.4% of all its mobile base stations, "
     "or more than a third.", ["supported", "supported", "contradicted"]),
    ("Zhangjiakou logged 316 good PM2.5 days in 2023.", ["supported"]),
    ("《京津冀深化口岸合作框架协议》等60余项营商环境合作文件已制定实施。", ["supported"]),
    ("《京津冀协同发展规划纲要》等60余项营商环境合作文件已制定实施。", ["unsupported"]),
    ("From 2014 to 2022 Beijing investors registered 37,000 new firms in Tianjin and Hebei.",
     ["supported"]),
    ("From 2014 to 2022 Beijing investors registered 11,000 new firms in Tianjin and Hebei.",
     ["unsupported"]),
    ("From 2014 to 2022, Beijing investors newly registered 37,000 enterprises in Tianjin and "
     "Hebei with registered capital of 2 trillion yuan, growing 4.1% a year on average.",
     ["supported", "supported", "unsupported"]),
    ("From 2014 to 2022 investors from Tianjin and Hebei registered 11,000 new firms in "
     "Beijing, new registrations growing 4.1% a year on average.",
     ["supported", "contradicted"]),
    ("2014—2022年，北京对津冀企业新增注册3.7万家", ["supported"]),
    ("Beijing's sub-centre had more than 1,100 hi-tech firms in 2023.", ["supported"]),
    # the ninety-seventh to one-hundredth's: the set a figure is ranked in (居三地之首) is not
    # whose it is; a count's thing a sibling claim's English names after its own number in
    # words (six … vegetable centres); floors 2 through 6
    ("同期河北省规模以上工业企业研发经费投入增长超过80%，增速居三地之首。", ["unsupported"]),
    ("The three jurisdictions have jointly built 130 Jing-Jin-Ji vegetable direct-sourcing "
     "and direct-supply centres around Beijing.", ["unsupported"]),
    ("Beijing, Tianjin and Hebei have jointly built 130 vegetable production bases around "
     "Beijing.", ["supported"]),
    ("About the Metaverse Application Innovation Center: the only space in Beijing's "
     "sub-centre positioned for the metaverse industry, it offers some 15,000 square metres "
     "of office space for metaverse companies on floors 2 through 6.",
     ["supported", "supported"]),
    ("京雄高速北京段五环到六环23年12月28号贯通了", ["supported"]),
    ("On January 17, 2019, Xi Jinping inspected Binhai Zhongguancun.", ["supported"]),
]

#: the one-hundred-first to one-hundred-fourth audits' mends (chart captions, exam essays, a
#: bond prospectus, readers' letters), each with a twin the source decides otherwise
ONE_HUNDRED_FIRST_CASES = [
    # a body named first that no claim is about: a contradiction found by its words alone
    # (_disagreeing) is another body's figure, as one found by its value is
    ("截至成立时，联盟成员高新区内共有高新技术企业逾3万家。", ["unsupported"]),
    ("北京城市副中心高新技术企业逾3万家", ["contradicted"]),
    # 微克 alone is PM2.5's 微克/立方米, and 以下 its bound
    ("听说北京PM2.5年均浓度已经降到30微克以下，我这个老北京还是出门戴口罩。", ["contradicted"]),
    ("2022年京津冀PM2.5平均浓度为37微克", ["supported"]),
    ("2022年京津冀PM2.5平均浓度为35微克", ["contradicted"]),
    # an English base year after its/their (from its 2015 level)
    ("Beijing reduced the six central districts' resident population by 15% from its 2015 "
     "level.", ["unsupported"]),
    ("Beijing reduced the six central districts' resident population by 15% from its 2014 "
     "level.", ["supported"]),
    # decided (确定…建设, confirmed to build) is not done (建成, relocated)
    ("截至2023年6月，雄安新区已建成4家央企总部", ["unsupported"]),
    ("截至2023年6月，雄安新区已确定4家央企总部建设", ["supported"]),
    ("Chart: central SOE headquarters relocated to Xiong'an (number): 4", ["unsupported"]),
    ("By June 2023, four central state-owned enterprises had been confirmed to build their "
     "headquarters in Xiong'an.", ["supported"]),
    # a reader's own remark after what they cite is not read with it; one with a figure is,
    # and words quoted as speech are the speaker's
    ("听说蓟州区将在北京拓展170个以上直销点，我家住在朝阳，希望小区附近也能开一个。", ["supported"]),
    ("据报道2023年有17家央企二、三级子公司落户通州，我是通州老住户，希望这些企业多招本地人。",
     ["supported"]),
    ("You reported that the region has planted more than 62 million mu of forest, yet my "
     "dusty neighbourhood hardly shows it.", ["supported"]),
    ("You reported that the region has planted more than 62 million mu of forest, yet Hebei "
     "planted only 2 million mu.", ["unsupported", "unsupported"]),
    ("“自2017年入驻以来，我们在滨海中关村实现了航电产品从基础研发到整机量产的飞跃。”致道科技副总"
     "经理李治国说。", ["supported"]),
    ("I read that the region has planted more than 62 million mu of forest.", ["supported"]),
    # an English multiple said as growth is 增长's (expanded nearly fourfold: 扩大近4倍), one
    # of a base named after it 是…的's
    ("Nanxuan (Tianjin) Technology has expanded its production area nearly fourfold.",
     ["supported"]),
    ("Nanxuan (Tianjin) Technology has expanded its production area by nearly 3 times.",
     ["contradicted"]),
    ("The region's 2022 R&D spending grew 2.1 times from 2014.", ["contradicted"]),
    ("The region's 2022 R&D spending was 2.1 times its 2014 level.", ["supported"]),
    # a change's word alone does not make a rounded value another thing's
    ("Beijing's R&D spending grew 1.1 times.", ["unsupported"]),
    ("In 2023 the value of technology contracts Beijing supplied to Tianjin and Hebei grew by "
     "nearly 1.1 times.", ["supported"]),
    ("Jing-Jin-Ji — operating rail network tops 11,000 km by end-2022.", ["contradicted"]),
    # a span counted back from now (十年间, over the ten years since) after a date: what
    # follows is now's, not the date's
    ("2014年2月京津冀协同发展上升为国家战略，十年间京津冀经济总量突破10.4万亿元。",
     ["supported", "supported", "supported"]),
    ("2014年2月京津冀协同发展上升为国家战略，十年间京津冀经济总量突破12万亿元。",
     ["supported", "unsupported", "contradicted"]),
    ("The Jing-Jin-Ji strategy was decided in February 2014; over the ten years since, the "
     "region's combined economic output has exceeded RMB 10.4 trn.", ["supported"]),
    # the one-hundred-fifth to one-hundred-eighth's: a thread's post counter (3/6) and a
    # column's heading (【快讯】) are no figures nor words of what a post says
    ("3/6 京津冀农民户外交流赛、平谷区京津冀少儿足球邀请赛各办4届，京津冀足球联赛办了3届",
     ["supported", "supported"]),
    ("(2/5) Beijing has moved out nearly 3,000 general manufacturing firms. #JingJinJi",
     ["supported"]),
    ("【快讯】今年大赛征集阶段收到参赛作品超1100部。", ["contradicted"]),
    ("【快讯】今年大赛征集阶段收到参赛作品1070部。", ["supported"]),
    # a series of projects named without 系列 is still named
    ("【数说产业协同】总投资450亿元的阿里张北大数据项目、42亿元的河北京车造车基地、18亿元的新乐三元"
     "工业园、10亿元的巴威锅炉曹妃甸项目相继竣工投产！",
     ["supported", "supported", "supported", "unsupported"]),
    ("总投资500亿元的阿里张北大数据项目竣工投产", ["contradicted"]),
    # a participle opening a sentence with its date (Launched in April 2022, …) is no name
    # the claim's English must give: the date is the platform's launch
    ("Launched in April 2022, the Jing-Jin-Ji One Code platform hosts over 2,500 tourism "
     "firms", ["contradicted", "supported"]),
    ("Launched in April 2023, the Jing-Jin-Ji One Code platform hosts over 2,500 tourism "
     "firms", ["supported", "supported"]),
]

ONE_HUNDRED_NINTH_CASES = [
    # a quiz's options with its answer given: only the answer is claimed (the others are no
    # one's), and a wrong answer is contradicted; a question without its answer is read whole
    ("单选题：通州组团先后三批次共承接多少项市级赋权？（ ）A. 208项 B. 308项 C. 380项 答案：B",
     ["supported"]),
    ("单选题：通州组团先后三批次共承接多少项市级赋权？（ ）A. 208项 B. 308项 C. 380项 答案：A",
     ["contradicted"]),
    ("单选题：通州组团先后三批次共承接多少项市级赋权？（ ）A. 208项 B. 308项 C. 380项",
     ["contradicted", "supported", "unsupported"]),
    ("Q24. Tianjin's traditional Chinese medicine industry grew its value added in the first "
     "three quarters by: (a) 12.1% (b) 22.1% (c) 5.4% — Answer: (b)", ["supported"]),
    ("Q24. Tianjin's traditional Chinese medicine industry grew its value added in the first "
     "three quarters by: (a) 12.1% (b) 22.1% (c) 5.4% — Answer: (c)", ["contradicted"]),
    # a live blog's time stamp before a Chinese speaker's label is no figure
    ("15:23 人社部门：2020年起试点建立首钢集团驻迁安矿区社会化管理服务中心。", ["supported"]),
    ("11:02 市发改委：2018年6月三地组建文旅协同专题工作组", ["contradicted"]),
    # an arrow parts two events, each with its date
    ("▶ 机制：2014.6 国务院成立京津冀协同发展领导小组 → 2019.6 三地组建文旅协同专题工作组",
     ["supported", "supported"]),
    ("2014.6 国务院成立京津冀协同发展领导小组 → 2018.6 三地组建文旅协同专题工作组",
     ["supported", "contradicted"]),
    # a quiz's labels and a true item's mark are not what it says; the question's 约为多少 is
    # its answer's bound
    ("True or false: Jing-Jin-Ji coordinated development was elevated to a major national "
     "strategy in 2014. — Answer: True", ["supported"]),
    ("判断题：2013年，党中央把京津冀协同发展上升为重大国家战略。（√）", ["contradicted"]),
    ("单选题：2023年北京流向津冀技术合同成交额约为多少？（ ）A. 400亿元 B. 750亿元 C. 1000亿元 答案：B",
     ["supported"]),
    ("单选题：2023年北京流向津冀技术合同成交额约为多少？（ ）A. 400亿元 B. 750亿元 C. 1000亿元 答案：A",
     ["contradicted"]),
    # a slide's number is no figure
    ("Slide 5 — Beijing: 29 urban consumption centres + 57 key business districts",
     ["supported", "supported"]),
    # a speech's greeting, and its speaker's 我们, name no body the figure is of
    ("同志们，我们创新推出建筑业企业资质、房地产开发企业资质、勘察设计注册工程师职业资格跨省通用等"
     "13类专业人员资格证书的跨省通用。", ["supported"]),
    ("同志们，我们创新推出建筑业企业资质、房地产开发企业资质、勘察设计注册工程师职业资格跨省通用等"
     "15类专业人员资格证书的跨省通用。", ["contradicted"]),
    ("Ladies and gentlemen, five years have passed since the China (Beijing) Pilot Free Trade "
     "Zone was unveiled in the sub-centre in September 2020.", ["supported"]),
    # a transcript's speaker is no figure (HOST 1:), a comparison's vs parts two figures and
    # two events, a meeting's minutes' label names no body, and 国三 is an emission standard
    ("HOST 1: Beijing has moved out nearly 3,000 general manufacturing firms in total.",
     ["supported"]),
    ("提案榜 · 政协十四届一次会议以来：提出提案 5621 件 vs 经审查立案 4791 件",
     ["supported", "supported"]),
    ("时间线：1985年“京东旅游区”成立 vs 1986年“京津冀区域旅游合作研讨会”举办",
     ["supported", "contradicted"]),
    ("5. 會議聽取：塞罕壩機械林場森林覆蓋率已達82%。", ["unsupported"]),
    ("3. 會議指出：天津港新能源、清潔能源及國三以上排放標準機械佔比達到70%以上。", ["supported"]),
    # a date is no count: 5 universities are not contradicted by a renaming's 2021年11月
    ("By the numbers — Liangxiang Higher Education Park, renamed Liangxiang University Town "
     "(良乡大学城) in November 2021, now hosts 5 universities with more than 40,000 students.",
     ["supported", "unsupported", "unsupported"]),
]

#: the one-hundred-twenty-fifth to one-hundred-fortieth audits (docs/compare-audit-2026-12.md)
ONE_HUNDRED_TWENTY_FIFTH_CASES = [
    # a bilingual line's halves are two statements: the English half meets the claims'
    # English, and a half that gives another figure than its twin is contradicted
    ("河北压减退出炼钢产能1.1亿吨｜Hebei cut 110 million tonnes of steelmaking capacity.",
     ["supported", "supported"]),
    ("河北压减退出炼钢产能1.1亿吨｜Hebei cut 120 million tonnes of steelmaking capacity.",
     ["supported", "contradicted"]),
    ("总书记四次亲临城市副中心。(Xi has visited the sub-centre four times.)",
     ["supported", "supported"]),
    ("总书记四次亲临城市副中心。(Xi has visited the sub-centre three times.)",
     ["supported", "contradicted"]),
    ("The entries comprised 202 “good works” and 868 “good stories”｜参赛作品包括202部好作品、"
     "868部好故事。", ["supported", "supported", "supported", "supported"]),
    ("Average PM2.5 in the region fell from 93 µg/m³ in 2014 to 37 µg/m³ in 2022 / 区域PM2.5"
     "平均浓度由2014年的93微克/立方米降至2022年的37微克/立方米。",
     ["supported", "supported", "supported", "supported"]),
    # a multiple or a share in English words is a figure, as 三倍 is (and a half too); an
    # answer's lead-in is no part of what it says
    ("As I understand it, firms in the three places jointly produced 97,000 intellectual "
     "property results in 2022, two and a half times the 2013 level.",
     ["supported", "supported"]),
    ("As I understand it, firms in the three places jointly produced 97,000 intellectual "
     "property results in 2022, three and a half times the 2013 level.",
     ["supported", "contradicted"]),
    # a part's figure is not the whole's, though the sentence goes on to name the whole
    ("其中河北省土地面积约18.9万平方公里，是京津冀协同发展的主要腹地。", ["unsupported"]),
    ("京津冀土地面积约18.9万平方公里。", ["contradicted"]),
    # a cloze's answer in its blank; a fact box's unit in its label; an article's number;
    # a numeral dictated with 万 before its 点; an agenda's times and rooms
    ("填空：（  ）项政务服务事项实现“跨省通办”。【答案】234", ["supported"]),
    ("填空：（  ）项政务服务事项实现“跨省通办”。【答案】243", ["contradicted"]),
    ("一期项目开发用地面积（万平方米）……10.3", ["supported"]),
    ("一期项目开发用地面积（万平方米）……13.0", ["contradicted"]),
    ("北京养老服务网及小程序累计访问量（万次）……超800", ["supported"]),
    ("第十条 2022年以来，雄安新区已有4所高校和2家医院选址落位，央企设立各类机构140多家。",
     ["supported", "supported", "supported"]),
    ("第十条 2022年以来，雄安新区已有4所高校和2家医院选址落位，央企设立各类机构240多家。",
     ["supported", "supported", "contradicted"]),
    ("嗯二零二二年三地工业增加值两万五千八百七十九点五亿元", ["supported"]),
    ("嗯二零二二年三地工业增加值两万八千八百七十九点五亿元", ["contradicted"]),
    ("议程七（14:00，第一會議室）：兩輪「疏解整治促提升」——北京退出一般製造業企業近三千家",
     ["supported"]),
]

#: the one-hundred-forty-first to forty-eighth audits' mends (docs/compare-audit-2026-12.md),
#: each with a twin the source decides otherwise
ONE_HUNDRED_FORTY_FIRST_CASES = [
    # a correction notice: the value it reports as printed before is rejected, and the one it
    # corrects it to is what it says (a date too; a time it corrects to is the figures')
    ("更正：前日报道三地制造业单项冠军企业达到34家，应为44家。", ["supported", "supported"]),
    ("更正：前日报道三地制造业单项冠军企业达到44家，应为34家。", ["unsupported", "unsupported"]),
    ("Correction: An earlier version of this article said Beijing, Tianjin and Hebei had "
     "16,814 specialized and sophisticated SMEs. The correct figure is 18,614.",
     ["supported", "supported"]),
    ("更正：前日报道称雄安新区中关村科技园于2023年9月揭牌运营，应为2023年8月。", ["supported"]),
    ("更正：前日报道称雄安新区中关村科技园于2023年8月揭牌运营，应为2023年9月。", ["contradicted"]),
    ("更正：本报前日报道核心区常住人口下降至180.4万人，时间应为2022年，而非2023年。",
     ["supported"]),
    ("更正：本报前日报道核心区常住人口下降至180.4万人，时间应为2023年，而非2022年。",
     ["unsupported"]),
    # a source's bound that reaches the statement's value does not contradict it (超1万公里
    # for 10500公里; another claim may, 10848公里 for 10933公里: the claim test below); one
    # it does not reach does (12000公里: a source knowing it would print 超1.2万)
    ("京津冀区域营运性铁路总里程10500公里", ["unsupported"]),
    ("京津冀区域营运性铁路总里程12000公里", ["contradicted"]),
    # the part of a year an event is dated to (年初, 年底)
    ("2023年年初，北塘湾数字经济产业园项目正式启动", ["supported"]),
    ("2023年年底，北塘湾数字经济产业园项目正式启动", ["unsupported"]),
    # a change's first value printed bare is in its second's unit
    ("河北万元工业增加值能耗由2014年的2.02下降到2021年的1.58万吨标准煤", ["supported", "supported"]),
    ("河北万元工业增加值能耗由2014年的2.2下降到2021年的1.58万吨标准煤", ["contradicted", "supported"]),
    # a speaker's filler parts no clause: the figure's words are before it
    ("主持人：北京由津冀转入的，嗯，十点五万人——", ["supported"]),
    ("主持人：北京转出到津冀的，嗯，十点五万人——", ["unsupported"]),
    # a rumour's refutation: what it finds true is what it says, and a rumour's figure is a
    # correction's
    ("网传“京津冀数字经济规模不到全国5%”，经核实，2024年三地数字经济总体规模5.59万亿元，占全国比重"
     "达到10.7%。", ["supported", "supported", "supported"]),
    ("网传“京津冀数字经济规模占全国10.7%”，经核实，2024年三地数字经济总体规模占全国比重达到5%。",
     ["unsupported", "contradicted"]),
    ("有网友称通州组团没有国家级改革案例，记者查证：五年来通州组团形成7项国家级改革案例、11项市级创新"
     "案例。", ["supported", "supported"]),
    ("有网友称通州组团没有国家级改革案例，记者查证：五年来通州组团形成11项国家级改革案例、7项市级创新"
     "案例。", ["contradicted", "contradicted"]),
    # a caption's picture is not what its figure is of; a hotline's number is no figure; a
    # scorecard's target is no result
    ("图为雄安高铁站片区能源优化运行平台调度中心。北京创新主体与津冀累计投入近2.4亿元科研经费开展联合"
     "研发。（记者 摄）", ["unsupported"]),
    ("图为雄安高铁站片区能源优化运行平台调度中心。雄安新区场景科研经费近1500万元。（记者 摄）",
     ["supported"]),
    ("【北京12345】我市累计退出一般制造业企业近3000家。", ["supported"]),
    ("【北京12345】我市累计退出一般制造业企业近5000家。", ["contradicted"]),
    ("指标：国家级专精特新“小巨人”企业｜目标：1500家｜完成：1431家", ["unsupported", "supported"]),
    ("指标：国家级专精特新“小巨人”企业｜完成：1531家", ["contradicted"]),
    # the "30+" stage gives no value of its own: 30 is not settled, 45 is past it
    ("北京PM2.5年均浓度已降至30微克/立方米。", ["unsupported"]),
    ("2022年北京PM2.5年均浓度为45微克/立方米。", ["contradicted"]),
]

ONE_HUNDRED_FIFTY_SEVENTH_CASES = [
    # a change's bare first value after 从2014年的 with no year before its second is in the
    # second's unit, and it is 2014's (the source's 0.95 is set against 2014, not of it)
    ("天津万元工业增加值能耗从2014年的1.4降到0.95万吨标准煤，降了32.4%！",
     ["supported", "supported", "supported"]),
    ("天津万元工业增加值能耗从2014年的1.6降到0.95万吨标准煤，降了32.4%！",
     ["contradicted", "supported", "supported"]),
    # a debate's speaker is no part of what is said
    ("*Proposition:* In May 2023, General Secretary Xi Jinping inspected Xiong'an and chaired "
     "a symposium on building it to high standards.", ["supported"]),
    ("*Opposition:* The symposium hearing the report on Beijing-Tianjin-Hebei coordinated "
     "development was held on 26 February 2015.", ["contradicted"]),
    ("反方一辩：那次高标准高质量推进雄安新区建设座谈会是2022年5月召开的。", ["contradicted"]),
    # a condition's negation (如果没有…) denies nothing
    ("如果没有2014年2月26日那场听取京津冀协同发展专题汇报的座谈会，协同发展未必能这么快上升为国家战略。",
     ["supported"]),
    ("如果没有2015年2月26日那场听取京津冀协同发展专题汇报的座谈会，协同发展未必能这么快上升为国家战略。",
     ["contradicted"]),
    # what is said of three places together is not said of two of them
    ("Beijing and Xiong'an are now within a half-hour commuting circle.", ["unsupported"]),
    ("Beijing, Tianjin and Xiong'an are within half an hour of each other.", ["supported"]),
    # a Markdown table's row: the unit is the next cell's
    ("| 京东休闲旅游示范区精品旅游线路 | 京津冀 | 10年间 | 6 | 条 |", ["unsupported", "unsupported"]),
    ("| 京东休闲旅游示范区 | 联合发行惠民券地区 | 6 | 地 |", ["supported"]),
    # a day or a phase the source gives the figure for, and another
    ("若蓟州区5月1日单日游客量63.8万人的纪录被打破，民宿行业还得扩容。", ["unsupported"]),
    ("若蓟州区4月30日单日游客量63.8万人的纪录被打破，民宿行业还得扩容。", ["supported"]),
    ("雄安新区中关村科技园 二期 入驻率90%", ["unsupported"]),
    ("雄安新区中关村科技园 一期 入驻率90%", ["supported"]),
    # places named only as what something is done to (对津冀) are not who does it (津冀对北京)
    ("2014—2022年，我市对津冀企业新增注册3.7万户", ["unsupported"]),
    ("2014—2022年，津冀对北京企业新增注册3.7万户", ["contradicted"]),
    # (the one-hundred-sixty-fifth to seventy-second audits) a subtitle's cue is no figure
    ("12 00:01:02,500 --> 00:01:05,000 京津冀数字经济规模达到5.59万亿元", ["supported"]),
    ("12 00:01:02,500 --> 00:01:05,000 京津冀数字经济规模达到6.59万亿元", ["contradicted"]),
    # a contract's article is no figure, and a list's first item is read past the words
    # that lead to it (应属于新材料 is the source's 增强新材料's item)
    ("第4.2款 乙方项目应属于新材料、电力电气设备制造、表面处理、智能制造、绿色食品等5大产业之一。",
     ["supported"]),
    ("第4.2款 乙方项目应属于新材料、电力电气设备制造、表面处理、智能制造、绿色食品等6大产业之一。",
     ["unsupported"]),
    # a fact-check memo: the draft's value is what the check corrects
    ("原文：北京·沧州渤海新区生物医药产业园已入住北京企业63家；核实：原文为36家；结论：有误，应为36家",
     ["supported", "supported", "supported"]),
    ("原文：北京·沧州渤海新区生物医药产业园已入住北京企业36家；核实：原文为63家；结论：有误，应为63家",
     ["unsupported", "unsupported", "unsupported"]),
    # the year a clause after the figures says they are of
    ("那会儿核心区有222.4万常住人口，那是2014年的数", ["supported"]),
    ("那会儿核心区有222.4万常住人口，那是2012年的数", ["unsupported"]),
    # a place's pinyin form (Tianjin Shi) is the place, not a body named for it
    ("Tianjin Shi logged 267 good-air days in 2022, a rate of 73.2%.", ["supported", "supported"]),
    ("Tianjin Shi logged 276 good-air days in 2022, a rate of 73.2%.",
     ["unsupported", "supported"]),
    # a date's phase, as a figure's
    ("旗滨节能玻璃公司三期设备智能化升级于2023年9月全部完成投产。", ["unsupported"]),
    ("旗滨节能玻璃公司二期设备智能化升级于2023年9月全部完成投产。", ["supported"]),
    # five industrial clusters are not the six industrial chains
    ("Six industrial chains and five industrial clusters: the three regions set their "
     "priorities", ["supported"]),
    ("Six industrial chains and five industrial chains: the three regions set their "
     "priorities", ["supported", "contradicted"]),
    # (the one-hundred-seventy-third to eightieth audits) a quiz host's correction is the
    # line's answer, the contestant's guess none of it
    ("主持人：武清区累计吸引了多少家北京企业扎根发展？选手：1500家。主持人：很遗憾，是2500余家。",
     ["supported"]),
    ("主持人：武清区累计吸引了多少家北京企业扎根发展？选手：2500余家。主持人：很遗憾，是1500家。",
     ["contradicted"]),
    ("Host: What was the combined GDP of Beijing, Tianjin and Hebei in 2023? Contestant: 12 "
     "trillion yuan. Host: Not quite — it was 10.4 trillion yuan.", ["supported"]),
    ("Host: What was the combined GDP of Beijing, Tianjin and Hebei in 2023? Contestant: 10.4 "
     "trillion yuan. Host: Not quite — it was 12 trillion yuan.", ["unsupported"]),
    # a digest's page, a bulletin's clock and frequency are no figures
    ("【要闻】城市副中心高新技术企业突破1100家 → 要闻·3版", ["supported"]),
    ("【要闻】城市副中心高新技术企业突破1600家 → 要闻·3版", ["contradicted"]),
    ("FM103.9，早上好，现在是8点整。河北拥有新能源整车生产能力的企业7家，年产能108万辆。",
     ["supported", "supported"]),
    ("FM103.9，早上好，现在是8点整。河北拥有新能源整车生产能力的企业9家，年产能108万辆。",
     ["contradicted", "supported"]),
    # a span to a year said relative to when it was written is of no year jjj can date, and
    # so is a figure of 去年 a claim gives for a year
    ("从2014年1月到去年11月，北京流向津冀技术合同成交额累计已超2700亿元", ["unsupported"]),
    ("从2014年1月到2023年11月，北京流向津冀技术合同成交额累计已超2700亿元", ["supported"]),
    ("去年京津冀规模以上工业企业研发经费投入达1270亿元", ["unsupported"]),
    ("2022年京津冀规模以上工业企业研发经费投入达1270亿元", ["supported"]),
    # a translation class's line: the original and its translation judged half by half, the
    # teacher's mark none of it
    ("原文：京津冀主要城市1小时至1.5小时交通圈加速形成。｜译文：A one-to-one-and-a-half-hour "
     "transport circle linking the major cities of Beijing-Tianjin-Hebei is taking shape.｜批改：✓",
     ["supported"]),
    ("原文：10年来，北京累计转出至津冀20.9万人。｜译文：In the past decade, 209,000 people have "
     "transferred out of Beijing to Tianjin and Hebei.｜批改：✓",
     ["supported", "supported", "supported"]),
]
#: the one-hundred-eighty-first to eighty-eighth audits' mends, each with its twin
ONE_HUNDRED_EIGHTY_FIRST_CASES = [
    # an editor's tracked change: the text it leaves is judged, not what it deletes
    ("全国政协十四届二次会议应出席委员{~~2126~>2162~~}人，实到2093人", ["supported", "supported"]),
    ("全国政协十四届二次会议应出席委员2162人，实到{~~2093~>2039~~}人",
     ["supported", "contradicted"]),
    # a LaTeX source's year in a command is the year
    (r"\textbf{2023} 年 5 月，习近平总书记在河北主持召开深入推进京津冀协同发展座谈会~\cite{r}。",
     ["supported"]),
    (r"\textbf{2024} 年 5 月，习近平总书记在河北主持召开深入推进京津冀协同发展座谈会~\cite{r}。",
     ["contradicted"]),
    # a record's value with its unit
    ('{"district": "蓟州区", "date": "4月30日", "indicator": "单日游客量", "value": 63.8, '
     '"unit": "万人"}', ["supported"]),
    ('{"district": "蓟州区", "date": "4月30日", "indicator": "单日游客量", "value": 36.8, '
     '"unit": "万人"}', ["contradicted"]),
    # a visit with its symposium, the symposium's name left short, is the visit's date
    ("2019年1月，总书记考察京津冀，主持召开协同发展座谈会", ["supported"]),
    ("2019年1月，总书记在河北考察，主持召开深入推进京津冀协同发展座谈会", ["contradicted"]),
    # a date's phase in brackets and its quarter, after it, are the date's
    ("2023年 北京援建宣武医院（二期）开诊", ["unsupported"]),
    ("2023年 北京援建宣武医院（一期）开诊", ["supported"]),
    ("北塘湾数字经济产业园一期预计2024年四季度整体完工并投入使用。", ["unsupported"]),
    ("北塘湾数字经济产业园一期预计2024年三季度整体完工并投入使用。", ["supported"]),
    # a machine's eight-digit date is a date, not a count of millions
    ("20131231 北京流向津冀技术合同成交额 71.2亿元", ["supported"]),
    ("20131231 北京流向津冀技术合同成交额 17.2亿元", ["contradicted"]),
    # a speaker's figure taken back is no part of the line
    ("到“十四五”末，区内蓝绿空间占比要达到六成，不，67%以上", ["supported"]),
    ("到“十四五”末，区内蓝绿空间占比要达到67%以上，不，76%以上", ["contradicted"]),
    # a wiki's link is the text it shows
    ("2023年5月11日至12日，习近平在[[河北省|河北]]考察，主持召开深入推进京津冀协同发展座谈会。"
     "<ref>{{cite news|title=纪实}}</ref>", ["supported"]),
    ("2023年5月11日至12日，习近平在[[天津市|天津]]考察，主持召开深入推进京津冀协同发展座谈会。"
     "<ref>{{cite news|title=纪实}}</ref>", ["unsupported"]),
    # capital numerals are numerals
    ("二〇二三年京津冀地区PM2.5平均浓度较二〇一三年下降约百分之陆拾。", ["supported"]),
    ("二〇二三年京津冀地区PM2.5平均浓度较二〇一三年下降约百分之叁拾。", ["contradicted"]),
    # a fixed-width row's year is its value's
    ("北京城市副中心    2023    地区生产总值    1310亿元", ["unsupported"]),
    # scientific notation is the number it writes
    ("河北压减退出炼钢产能 1.1×10⁸ t", ["supported"]),
    ("河北压减退出炼钢产能 1.2×10⁸ t", ["contradicted"]),
    # a unit said once is the bare numbers' after it
    ("万元工业增加值能耗（单位：万吨标准煤）｜天津 2014年 1.4", ["supported"]),
    ("万元工业增加值能耗（单位：万吨标准煤）｜天津 2014年 1.6", ["contradicted"]),
    # a bound's sign is a bound
    ("天津新松研发人员占比 >50%", ["supported"]),
    ("天津新松研发人员占比 <50%", ["contradicted"]),
    # another pollutant's concentration is another thing
    ("2022年京津冀PM2.5平均浓度降至37微克/立方米", ["supported"]),
    ("2022年京津冀二氧化硫平均浓度降至8微克/立方米", ["unsupported"]),
    # a chat's initials are the places
    ("2019年1月16号到18号总书记在JJJ考察，开了JJJ协同发展座谈会", ["supported"]),
    # a leader's visit on a day the sources hold a visit to the region is not contradicted
    # by another year's visit to the place; a year with no visit is
    ("2019年1月17日，习近平在天津考察", ["unsupported"]),
    ("2022年5月11日至12日，习近平在河北考察", ["contradicted"]),
    ("习近平5月11日至13日在河北考察", ["contradicted"]),
    # a share's 占比 before a year is no comparison with it
    ("北京 高精尖产业新设市场主体占比 2013 40.7% → 2023 66.1%", ["supported", "supported"]),
    ("北京 高精尖产业新设市场主体占比 2013 47.0% → 2023 66.1%", ["contradicted", "supported"]),
    # the two ends of a way are a group of places: 京雄's hour is not 京津雄's
    ("京雄1小时通勤圈", ["supported"]),
    ("京津雄1小时通勤圈", ["contradicted"]),
]
#: the pinned wrongs of audits 197 and 199, mended
STILL_WRONG_MENDED_SECOND_CASES = [
    # a figure printed without its unit is the claim's of that value in its own words
    # (近2.4亿科研经费 for 近2.4亿元科研经费), whatever place a name in the next clause holds;
    # not another case's 3万元 (取快递被骗走3万 is the headline's 5万) nor a claim its words
    # are not the quote's (李克强 is not Xi, whose 7点 the quote gives)
    ("累计投入近2.4亿科研经费，做了赤城数字农业和雄安高铁站片区能源平台", ["supported"]),
    ("累计投入近2.4亿科研经费，做了赤城数字农业和XA高铁站片区能源平台", ["supported"]),
    ("警惕：取快递被骗走3万。", ["contradicted"]),
    ("李克强就推进京津冀协同发展提出7点。", ["unsupported"]),
    # the place opening the clause after the figure, where the quote opens it on its own
    # subject, is the figure's: 副中心 is not 雄安新区
    ("经过6年多的规划建设，北京城市副中心作为非首都功能疏解集中承载地现代化城市雏形初显。",
     ["unsupported"]),
    ("经过6年多的规划建设，雄安新区现代化城市雏形初显。", ["supported"]),
    ("经过6年多的规划建设，现代化城市雏形初显。", ["supported"]),
    # a body's district swapped for another of the same city (the science city is in
    # 宝坻区); the city alone is no swap
    ("天津市武清区一座总规划面积14.5平方公里的科技新城加速崛起。", ["unsupported"]),
    ("天津市宝坻区一座总规划面积14.5平方公里的科技新城加速崛起。", ["supported"]),
    ("天津一座总规划面积14.5平方公里的科技新城加速崛起。", ["supported"]),
    # four places or more by their one-character names, run together as the sources print
    # them, are the subject that lists them: 京雄津保唐's hour is not the main cities' 2
    ("京雄津保唐“2小时交通圈”基本形成", ["contradicted"]),
    ("京雄津保唐“1小时交通圈”基本形成", ["supported"]),
    ("京雄津保“1小时交通圈”已经形成", ["supported"]),
    ("京雄津保交通圈（单位：小时）：2", ["contradicted"]),
    # (three are left to the places' own reading: the main cities' circle after 京津雄's is
    # not 京津雄's)
    ("京津雄实现半小时通达，主要城市1至1.5小时交通圈基本形成。", ["unsupported"]),
    # a count of years after the same two characters as the supporting quote's (实施三年来)
    ("JJJ首违不罚实施五年累计15.4万户次", ["contradicted", "supported"]),
    ("京津冀首违不罚实施三年来累计办理15.4万户次", ["supported"]),
]

#: the two-hundred-fifth to twelfth audits' mends (errors of one kind a batch: the time,
#: the kind of quantity, the owner, the direction, the counted thing, status and plans)
TWO_HUNDRED_FIFTH_CASES = [
    # a term in quotation marks names the quote's figure it shares (234项…“跨省通办”, not
    # the quote's 179项政务服务事项“同事同标”), for support and for contradiction
    ("据北京市发改委介绍，京津冀已有234项政务服务事项可“跨省通办”", ["supported"]),
    ("京津冀已推动234项政务服务事项“同事同标”", ["contradicted"]),
    ("京津冀已推动179项政务服务事项“跨省通办”", ["contradicted"]),
    # a level stepped onto (迈上千亿元台阶) is a lower bound, which the region's 10.4万亿 meets
    ("经济总量迈上千亿元台阶，“3+1”主导功能持续强化", ["supported"]),
    ("北京城市副中心经济总量迈上万亿元台阶", ["contradicted"]),
    # a total (总数) is not the new ones (新增4.3万个优质学位), in English too (in total)
    ("通州区优质学位总数达到4.3万个", ["unsupported"]),
    ("通州新增4.3万个优质学位", ["supported"]),
    ("Tongzhou now has 43,000 quality school places in total.", ["unsupported"]),
    ("Tongzhou added 43,000 quality school places.", ["supported"]),
    # a plan or a target (将新建, 目标培育, 将承接) is not the fact the source gives
    ("蓟州区将新建景区23家，打造京东文旅圈", ["unsupported"]),
    ("三地目标培育专精特新中小企业18614家", ["unsupported"]),
    ("副中心将承接市级赋权308项", ["unsupported"]),
    ("副中心承接市级赋权308项", ["supported"]),
    # money in place (实际到位) is not money signed for (签约引资额)
    ("2023年河北承接京津转移项目实际到位资金871.2亿元", ["unsupported"]),
    ("2023年河北承接京津转移项目签约引资额871.2亿元", ["supported"]),
    # the noun after a count names what it counts (221家…培训机构 are not 221项…培训资源)
    ("梳理共享221家优质职业技能培训机构，支持雄安新区技能提升", ["unsupported"]),
    ("梳理共享221项优质职业技能培训资源", ["supported"]),
    ("北京2所职业院校已在河北备案，为雄安新区提供职业技能等级认定服务", ["unsupported"]),
    ("组织北京2家社会培训评价机构在河北备案", ["supported"]),
    # (a place word after the noun is none of it: 合作项目中)
    ("在177个京津冀基础研究合作项目中，生物医药领域占40余项", ["supported", "unsupported"]),
    # per firm is not all firms' (每家企业节约…约2亿元)
    ("海外知识产权信息库平均每年可为每家企业节约信息购置成本约2亿元", ["unsupported"]),
    ("海外知识产权信息库每年可为企业节约信息购置成本约2亿元", ["supported"]),
    # a span counted from its start ends where the statement ends it (since 2014 … by the
    # end of June 2022 is not 2014 to June 2023)
    ("By the end of June 2022, Hebei had taken in 44,800 basic units from Beijing and "
     "Tianjin since 2014.", ["unsupported"]),
    ("By the end of June 2023, Hebei had taken in 44,800 basic units from Beijing and "
     "Tianjin since 2014.", ["supported"]),
    # an English bound the claim's value meets, in the claim's words and of its place
    ("Hebei has absorbed nearly 45,000 basic units relocated from Beijing and Tianjin since "
     "2014.", ["supported"]),
    ("The digital economy already accounts for more than 40 per cent of GDP in Beijing",
     ["supported"]),
    ("The digital economy already accounts for more than 40 per cent of GDP in the "
     "Jing-Jin-Ji region", ["unsupported"]),
]
TWO_HUNDRED_THIRTEENTH_CASES = [
    # a place the figure's words name otherwise than the quote's words (三地 for 京津冀)
    ("189个事项纳入“最多跑一次”清单，120项涉税服务实现三地“同事同标”",
     ["supported", "supported"]),
    ("120项涉税服务实现三地“同事同标”", ["supported"]),
    # a claim whose figure another figure of the statement has is no contradiction of this
    # one by its words alone
    ("Nearly 15 million yuan of research funding has gone into Xiong'an application "
     "scenarios, drawing close to 40 million yuan of social capital",
     ["supported", "unsupported"]),
    ("Nearly 15 million yuan of research funding has gone into Xiong'an application "
     "scenarios", ["supported"]),
    # the months of a span's ends
    ("2022年1月至2023年6月，京津冀三地客流内循环占比为55.32%", ["unsupported"]),
    ("2022年7月至2023年6月，京津冀三地客流内循环占比为55.32%", ["supported"]),
    ("From January 2022 to June 2023, 55.32% of tourist flows in Beijing-Tianjin-Hebei "
     "stayed within the region", ["unsupported"]),
    ("From July 2022 to June 2023, 55.32% of tourist flows in Beijing-Tianjin-Hebei stayed "
     "within the region", ["supported"]),
    # a fall for a growth rate, a time made longer for one cut; a companion figure too
    ("通州组团实际使用外资年均下降27%", ["contradicted"]),
    ("通州组团实际使用外资年均增速27%", ["supported"]),
    ("津兴铁路通车后，天津至雄安新区的运行时间延长至40分钟", ["contradicted"]),
    ("津兴铁路通车后，天津至雄安新区的运行时间缩短至40分钟以内", ["supported"]),
    ("该片区外资规模达3.12亿美元，年均降幅达27%", ["supported", "unsupported"]),
    ("该片区外资规模达3.12亿美元，年均增速达27%", ["supported", "supported"]),
    # U.S. dollars are dollars
    ("Zhongguancun Tongzhou park's 207 key firms turned out 18.99 billion U.S. dollars in "
     "industrial output in the first 11 months of 2023.", ["supported", "unsupported"]),
    ("Actual use of foreign capital in the Tongzhou cluster reached 312 million U.S. "
     "dollars.", ["supported"]),
    # Jingjin is Beijing-Tianjin (and Jing-Jin) in a body's English name, both ways
    ("Jingjin Zhongguancun Science City has 1,328 registered companies, 21 of them national "
     "high-tech enterprises", ["supported", "supported"]),
    ("The Beijing-Tianjin Zhongguancun Sci-tech City has nurtured 25 national-level "
     "technology-based small and medium-sized enterprises.", ["supported"]),
    # a place the claim's English does not print counts for nothing against a figure with a
    # unit (Tianjin's Wuqing district); a bare number still needs its words
    ("More than 2,500 Beijing companies have set up in Tianjin's Wuqing district.",
     ["supported"]),
    ("More than 3,500 Beijing companies have set up in Tianjin's Wuqing district.",
     ["unsupported"]),
    ('According to the report, a trunk road network of "four verticals, four horizontals and '
     'two rings" has taken initial shape in Jing-Jin-Ji.', []),
    # a region's short name right after a place apart from it is that place's (天津城市副中心
    # is no Beijing sub-centre); after a place holding it, or in its holder, it is the region
    ("天津城市副中心站交通枢纽主体结构施工已完成85%", ["unsupported"]),
    ("通州城市副中心站交通枢纽主体结构施工已完成85%", ["supported"]),
    ("北京城市副中心站交通枢纽主体结构施工已完成85%", ["supported"]),
]

#: the two-hundred-twenty-first to twenty-eighth audits (docs/compare-audit-2026-12.md): each
#: mend with the twin that guards it
TWO_HUNDRED_TWENTY_NINTH_CASES = [
    # a range from the source's 近 value up (or down to its 超过 value) does not hold it
    ("自2014年起，北京累计退出一般制造业企业3000至4000家", ["contradicted"]),
    ("自2014年起，北京累计退出一般制造业企业近3000家", ["supported"]),
    ("联合研发累计投入科研经费2.4亿至3亿元", ["contradicted"]),
    # a year since which things happened (2018年以来) dates no event; another reservoir's
    # agreement (官厅水库) does not date the Miyun one
    ("2018年以来，两地先后两次签订密云水库上游潮白河流域水源涵养区横向生态保护补偿协议",
     ["supported"]),
    ("2023年两地签订密云水库上游潮白河流域水源涵养区横向生态保护补偿协议", ["unsupported"]),
    ("2023年京津冀两地正式签署官厅水库上游永定河流域水源保护横向生态补偿协议", ["supported"]),
    # a change from one value to the other, turned round
    ("京津冀跨省涉税迁移办理时间由1小时延长至20天左右", ["supported", "contradicted"]),
    ("京津冀跨省涉税迁移办理时间由过去的20天左右大幅压缩至1小时", ["supported", "supported"]),
    # a denial of the verb the quote says was done; not in a condition or a question
    ("北京105款大模型未能通过国家备案", ["contradicted"]),
    ("北京105款大模型通过国家备案", ["supported"]),
    ("截至2020年9月，中国（北京）自由贸易试验区在城市副中心仍未揭牌", ["contradicted"]),
    ("The Beijing pilot free trade zone was not unveiled in the city sub-center in September "
     "2020 as planned.", ["contradicted"]),
    ("如果旗滨节能玻璃公司2020年2月没有落户京津合作示范区，这里的智能节能玻璃产业链会缺一环。",
     ["supported"]),
    ("Didn't Hebei take in 252 projects from Beijing and Tianjin in 2023?", ["supported"]),
    # a grade or class the claim does not give
    ("雄安新区出台10个方面的国家级疏解配套实施方案", ["unsupported"]),
    ("雄安新区出台10个方面的疏解配套实施方案", ["supported"]),
    ("By the end of 2022, high-speed rail in the Beijing-Tianjin-Hebei region totalled nearly "
     "11,000 km.", ["unsupported"]),
    ("By the end of 2022 Beijing-Tianjin-Hebei had nearly 11,000 km of railways in "
     "operation.", ["supported"]),
    ("Per-capita GDP in Beijing, Tianjin and Hebei in 2022 was 1.8 times its 2013 level.",
     ["unsupported"]),
    ("The Tongzhou cluster has produced 7 national-level reform cases and 11 municipal-level "
     "innovation cases over five years.", ["supported", "supported"]),
    # people counted for the source's bodies
    ("More than 1,100 high-tech professionals were working in Beijing's sub-centre in 2023.",
     ["unsupported"]),
    ("Beijing's sub-centre has passed 1,100 high-tech enterprises.", ["supported"]),
    # moved out for the source's moved in
    ("2023年，17家央企二、三级子公司从通州迁出", ["contradicted"]),
    ("2023年，国投云网等17家央企二、三级子公司落户通州", ["supported"]),
    # another cover of the land
    ("雄安新区绿化覆盖率达34%", ["unsupported"]),
    ("雄安新区森林覆盖率达34%", ["supported"]),
    # a change against the year before for an average a year over years
    ("Registered capital from Tianjin and Hebei companies investing in Beijing fell 4.1% "
     "from the previous year.", ["unsupported"]),
    ("From 2014 to 2022 new registrations by Tianjin and Hebei investors in Beijing fell by "
     "an average of 4.1% a year", ["supported"]),
    # a share of a whole (完成总工程量的60%) said as a rise on the year before
    ("22号线平谷段完成工程量比上年增加60%", ["unsupported"]),
    ("22号线平谷段已完成总工程量的60%", ["supported"]),
]


TWO_HUNDRED_TWENTY_FIRST_CASES = [
    # a sum given to each of several (各, 每类, each), against the claim's whole; a change
    # or a share is no sum, and a claim saying each (均占) is not held to it
    ("京津冀三地高速公路通车里程各接近1.1万公里", ["unsupported"]),
    ("京津冀高速公路总里程近1.1万公里", ["supported"]),
    ("Beijing, Tianjin and Hebei each ran 10,848 km of railway at end-2022.", ["unsupported"]),
    ("At end-2022 Beijing, Tianjin and Hebei together ran 10,848 km of railway.",
     ["supported"]),
    ("Each of the 30-plus Shahe projects drew close to 800 million yuan in municipal "
     "subsidies.", ["supported", "unsupported"]),
    ("The 30-plus Shahe projects drew close to 800 million yuan in municipal subsidies.",
     ["supported", "supported"]),
    ("示范区6大类考核指标每类43项，达标率100%", ["supported", "unsupported", "supported"]),
    ("示范区6大类考核指标共43项，达标率100%", ["supported", "supported", "supported"]),
    ("The two national-level clusters each account for more than 20% of the country's output "
     "and scale.", ["supported"]),
    ("In 2022, Tianjin's ports handled about 21.02 million TEU of containers and 549 million "
     "tonnes of cargo, each up 3.7%.", ["supported", "supported", "supported"]),
    # a count to date (截至目前, in the clause before the figure's) given as one year's
    ("2023年，京津冀新创建45家国家新型工业化产业示范基地", ["unsupported"]),
    ("截至目前，京津冀共创建45家国家新型工业化产业示范基地", ["supported"]),
    ("The Cangzhou biomedicine park took in 36 new Beijing firms this year", ["unsupported"]),
    ("The Cangzhou biomedicine park has taken in 36 Beijing firms so far", ["supported"]),
    # an English rate per another period than the claim's, or a count so far said a year's
    ("Hebei's new-energy vehicle plants have a monthly capacity of 1.08 million units",
     ["unsupported"]),
    ("Hebei's new-energy vehicle plants have an annual capacity of 1.08 million units",
     ["supported"]),
    ("Police in the three areas align 115 penalty benchmarks each year", ["unsupported"]),
    ("Police in the three areas have aligned 115 penalty benchmarks", ["supported"]),
    ("Beijing's city sub-centre has kept investment at the level of 100 billion yuan a year "
     "for four consecutive years.", ["supported", "supported"]),
    # a verb the source denies, said done of another thing (孩子上学, not 落户); and a
    # companion figure held to every check a supported figure is (the same words of 落户)
    ("落户手续一天办结、孩子上学也解决了——此前刘学已在北京莱伯泰科工作了10年",
     ["supported", "supported"]),
    ("落户手续一天办结、落户问题也解决了——此前刘学已在北京莱伯泰科工作了10年",
     ["supported", "unsupported"]),
    # an English count whose claim shares no word with it but places; a measure's unit
    # says what it measures
    ("More than 60 top schools from Beijing, Tianjin and Hebei have paired up with Xiong'an",
     ["unsupported"]),
    ("More than 60 cooperation documents on the business environment have been drawn up by "
     "Beijing, Tianjin and Hebei", ["supported"]),
    ("Tianjin's Baodi district is building a 14.5-square-kilometer science city, under 100 km "
     "from Beijing.", ["unsupported", "supported"]),
    ("Beijing, Tianjin and Hebei's 14,042 specialized and sophisticated SMEs account for 14% "
     "of the national total.", ["supported", "supported"]),
]


@pytest.mark.parametrize(("statement", "expected"),
                         [*NINETEENTH_CASES, *TWENTIETH_CASES, *TWENTY_FIRST_CASES,
                          *TWENTY_SECOND_CASES, *TWENTY_THIRD_CASES, *TWENTY_FOURTH_CASES,
                          *TWENTY_FIFTH_CASES, *TWENTY_SIXTH_CASES, *THIRTY_THIRD_CASES,
                          *THIRTY_FIFTH_CASES, *THIRTY_SIXTH_CASES, *THIRTY_SEVENTH_CASES,
                          *THIRTY_EIGHTH_CASES, *THIRTY_NINTH_CASES, *FORTY_FIRST_CASES,
                          *STILL_WRONG_MENDED_CASES, *FORTY_NINTH_CASES,
                          *FIFTY_THIRD_CASES, *FIFTY_SEVENTH_CASES,
                          *FIFTY_EIGHTH_CASES, *FIFTY_NINTH_CASES, *SIXTY_FIRST_CASES,
                          *SIXTY_FIRST_LEFTOVERS_CASES, *SEVENTY_THIRD_CASES,
                          *SEVENTY_THIRD_LEFTOVERS_CASES, *SEVENTY_SEVENTH_CASES,
                          *EIGHTY_FIRST_CASES, *NINETY_THIRD_CASES,
                          *ONE_HUNDRED_FIRST_CASES, *ONE_HUNDRED_NINTH_CASES,
                          *ONE_HUNDRED_TWENTY_FIFTH_CASES, *ONE_HUNDRED_FORTY_FIRST_CASES,
                          *ONE_HUNDRED_FIFTY_SEVENTH_CASES, *ONE_HUNDRED_EIGHTY_FIRST_CASES,
                          *STILL_WRONG_MENDED_SECOND_CASES, *TWO_HUNDRED_FIFTH_CASES,
                          *TWO_HUNDRED_THIRTEENTH_CASES, *TWO_HUNDRED_TWENTY_FIRST_CASES,
                          *TWO_HUNDRED_TWENTY_NINTH_CASES])
def test_the_audits_names_places_counts_and_events(comparer: Comparer, statement: str,
                                                   expected: list[str]) -> None:
    assert [v for _raw, v, _id in verdicts(comparer, statement)] == expected


@pytest.mark.parametrize(("statement", "claim"), [
    # the exact one of the year's claims (10万亿元, not 突破10万亿元, which 12 would meet)
    ("In 2022 the combined GDP of Beijing, Tianjin and Hebei was 12 trillion yuan",
     "001-26-jjj-gdp-2022"),
    # 2023's symposium, not 2014's
    ("Xi chaired a Beijing-Tianjin-Hebei coordinated development symposium on May 13-14, 2023",
     "004-49-symposium-2023-day"),
    ("总投资45亿元的河北京车造车基地竣工投产", "004-433-jingche-hebei-investment"),
    # the exact value that disagrees, not a bound that reaches the statement's (超1万公里)
    ("京津冀铁路营业里程10933公里", "004-108-jjj-railway-length-2022"),
    # the target that states the one value, not the main cities' range of 1-1.5 hours
    ("Transport integration in the Beijing-Tianjin-Hebei region aims to create a 'living "
     "circle on rails' and a '1-hour transport circle'.", "004-196-one-hour-circle-target"),
])
def test_the_claim_that_decides_is_the_statements_own(comparer: Comparer, statement: str,
                                                      claim: str) -> None:
    assert [found for _raw, _v, found in verdicts(comparer, statement)] == [claim]




@pytest.mark.parametrize(("statement", "expected"), [
    # an English plan told before the figure (expects output of…), against a claim's
    # English that says what is due (is to provide)
    ("Tianze Electric (Tianjin) expects output of 150 million yuan this year.", "supported"),
    # (the places of the figure's own clause may decide, where its words run over several)
    ("Tianze Electric (Tianjin), whose products are designed by a Beijing team and made in "
     "Tianjin, expects output of 150 million yuan this year.", "supported"),
    ("Beijing Anzhen Hospital's Tongzhou campus will provide 1,300 beds once delivered.",
     "supported"),
    ("Zhongke Baike's cat triple-vaccine line, an investment of more than 40 million yuan, is "
     "expected to produce output worth 100 million yuan.", "supported"),
    # another hospital, however long its name, is not the claim's
    ("Peking Union Medical College Hospital's Tongzhou campus will provide 1,300 beds once "
     "delivered.", "unsupported"),
    ("The Tongzhou campus of Beijing Friendship Hospital will provide 1,300 beds.",
     "unsupported"),
    # the years a sum is over, after next, past or last, as the claim's English gives them
    ("Jizhou will invest 2.2 billion yuan over the next three years to upgrade infrastructure "
     "in its economic development zone.", "contradicted"),
    ("Over the next five years Jizhou will invest 2.2 billion yuan to upgrade infrastructure "
     "in its economic development zone.", "supported"),
    # a part said as the whole (the source's 246 schools, 133 of them new)
    ("The Beijing sub-centre's education facilities plan provides for 246 new schools.",
     "unsupported"),
    ("The Beijing sub-centre's education facilities plan provides for 133 new schools.",
     "supported"),
])
def test_english_plans_bodies_and_parts(comparer: Comparer, statement: str,
                                        expected: str) -> None:
    assert comparer.compare(statement).verdict == expected


def test_a_place_swapped_names_both_places(comparer: Comparer) -> None:
    result = comparer.compare("三地将联合打造6条产业链，其中天津牵头氢能、生物医药产业。")
    assert result.figures[0].reason == "the source says 6 条, and says 牵头氢能 of 北京, not 天津"


#: what a statement says of its figures that turns them (probes after the twenty-sixth
#: audit): a denial, a whole called untrue, by how much for a level, a place left out, a
#: change's sign, a change on the period before
PROBE_CASES = [
    # a change printed below zero, or said as 负增长, is not the source's growth
    ("2022年，京津冀地区生产总值合计10万亿元，相比上年增长-2%", ["supported", "contradicted"]),
    ("2022年，京津冀地区生产总值合计10万亿元，相比上年负增长2%", ["supported", "contradicted"]),
    ("2022年，京津冀地区生产总值合计10万亿元，相比上年增长2%", ["supported", "supported"]),
    # a forecast the statement makes (或将, 预计…将) is contradicted by no fact of today's
    ("京津冀地区生产总值或将突破12万亿元", ["unsupported"]),
    ("预计京津冀地区生产总值将达到12万亿元", ["unsupported"]),
    ("2022年京津冀地区生产总值合计12万亿元", ["contradicted"]),
    # a change on the period before (环比, quarter on quarter) is not one on a year before
    ("2022年，京津冀地区生产总值合计10万亿元，环比增长2%", ["supported", "unsupported"]),
    ("In 2022 the combined GDP of Beijing, Tianjin and Hebei grew 2% quarter on quarter",
     ["unsupported"]),
    # a figure the statement denies, where a claim states it: the statement is wrong
    ("京津冀三地经济总量尚未突破10万亿元", ["contradicted"]),
    ("雄安新区森林覆盖率未达到34%", ["contradicted"]),
    ("2022年，京津冀地区生产总值合计不是10万亿元", ["contradicted"]),
    ("The combined economic output of Beijing, Tianjin and Hebei has not yet passed 10 "
     "trillion yuan.", ["contradicted"]),
    ("京津冀三地经济总量还没突破10万亿元", ["contradicted"]),
    ("The combined economic output of Beijing, Tianjin and Hebei has yet to pass 10 "
     "trillion yuan.", ["contradicted"]),
    # (short of: less than, the other way from the source's more than)
    ("The economic output of Beijing, Tianjin and Hebei is still short of 10 trillion yuan.",
     ["contradicted"]),
    # a whole statement called untrue
    ("网传“北京城市副中心高新技术企业超过1100家”是谣言", ["contradicted"]),
    ("It is untrue that the combined GDP of Beijing, Tianjin and Hebei was 10 trillion yuan "
     "in 2022", ["contradicted"]),
    # denying a value the sources give otherwise may be true: never contradicted
    ("京津冀三地经济总量并未突破12万亿元", ["unsupported"]),
    # not a denial: a time to come, not only, not until, a bound
    ("京津冀三地经济总量不仅突破10万亿元", ["supported"]),
    ("The combined economic output of Beijing, Tianjin and Hebei is not less than 10 "
     "trillion yuan.", ["supported"]),
    # by how much an amount changed is not the level a claim gives (合计10万亿元)
    ("2022年京津冀地区生产总值增长10万亿元", ["unsupported"]),
    ("2022年京津冀地区生产总值合计10万亿元", ["supported"]),
    # the new ones are a count, not a change (其中新增学校133所)
    ("北京城市副中心规划学校246所，新增133所。", ["supported", "supported"]),
    # a change's own units: 增长2% is the claim's growth
    ("2022年京津冀地区生产总值增长2%", ["supported"]),
    # a place left out of what a figure counts: the rest's figure, not the whole's
    ("除北京外，2022年京津冀地区生产总值合计10万亿元", ["unsupported"]),
    ("2022年京津冀（不含北京）地区生产总值合计10万亿元", ["unsupported"]),
    ("Excluding Beijing, the combined GDP of Beijing, Tianjin and Hebei was 10 trillion yuan "
     "in 2022", ["unsupported"]),
    # (除此之外 leaves out no place; a quote that leaves the same place out is the claim's)
    ("除此之外，2022年京津冀地区生产总值合计10万亿元", ["supported"]),
    ("北京莱伯泰科仪器有限公司在京津中关村科技城建成除北京以外的第二研发应用基地。", ["supported"]),
]


def test_a_denials_reason_quotes_the_denial(comparer: Comparer) -> None:
    (figure,) = comparer.compare("北京迁出企业并非6391户").figures
    assert figure.verdict == "contradicted"
    assert figure.reason == "the source says 6,391 户; the statement says 并非6391户"


#: meaning flips found by probes on the sources' own sentences (each claim's quote with one
#: word turned) after the twenty-sixth audit's: the part of a year said without its year,
#: half or a third below a bound, the firms below a size or none named, one year's change
#: as an average, a part's figure or date said of the whole
SECOND_PROBE_CASES = [
    # 全年, 上半年 without a year: a claim of other months of its year is not for them
    ("天津医药制造业工业增加值全年同比增长9.5%", ["unsupported"]),
    ("天津医药制造业工业增加值上半年同比增长9.5%", ["unsupported"]),
    ("天津医药制造业工业增加值前三季度同比增长9.5%", ["supported"]),
    ("天津医药制造业工业增加值同比增长9.5%", ["supported"]),
    # 一半以下 and 三分之一以上 are bounds (the source: 研发人员占比一半以上)
    ("天津新松智能科技有限公司研发人员占比一半以下", ["contradicted"]),
    ("天津新松智能科技有限公司研发人员占比一半以上", ["supported"]),
    # the firms below a size are not those above it; the region's spending is not theirs
    ("2022年京津冀规模以下工业企业研发经费投入达1270亿元", ["unsupported"]),
    ("2022年京津冀规模以上工业企业研发经费投入达1270亿元", ["supported"]),
    ("2022年京津冀工业企业研发经费投入达1270亿元", ["supported"]),
    ("2022年京津冀研发经费投入达1270亿元", ["contradicted"]),
    ("京津冀获评A级以下人力资源服务机构近1400家", ["unsupported"]),
    ("京津冀获评A级以上人力资源服务机构近1400家", ["supported"]),
    # (a share's whole left to the sentence is no count of other firms)
    ("2023年，天津战略性新兴产业增加值占规模以上工业比重达24.5%，河北高新技术产业增加值占比为21.4%。",
     ["supported", "supported"]),
    # one year's change is no average over years
    ("2022年天津港口集装箱吞吐量年均增长3.7%", ["unsupported"]),
    ("2022年天津港口集装箱吞吐量增长3.7%", ["supported"]),
    ("截至2022年年末，京津冀高速公路总里程近1.1万公里，相较于2014年年均增长了32.6%",
     ["supported", "unsupported"]),
    ("2014—2022年,北京高技术制造业增加值年均增速为20.3%", ["supported"]),
    ("Expressway length in the Beijing-Tianjin-Hebei region grew an average of 32.6% a year "
     "between 2014 and the end of 2022.", ["unsupported"]),
    ("Expressway length in the Beijing-Tianjin-Hebei region grew 32.6% between 2014 and the "
     "end of 2022.", ["supported"]),
    ("Beijing-Tianjin-Hebei's industrial value added grew by an average 4.6% a year from 2014 "
     "to 2022.", ["supported"]),
    # a part's figure or date, printed with the part's name, said of the whole
    ("2023年京津冀承接京津转移项目252个", ["unsupported"]),
    ("2023年河北承接京津转移项目252个", ["supported"]),
    ("2021年京津冀空气质量首次全面达标", ["unsupported"]),
    ("2021年北京空气质量首次全面达标", ["supported"]),
    ("北京高新技术企业超过1100家", ["unsupported"]),  # (副中心's, not Beijing's)
    # the whole's count said of a part (the source: 在京津冀地区已定点…45家); a list of the
    # parts that make the whole up is the whole (天津、河北 for 津冀)
    ("目前小米汽车在北京市已定点供应链企业45家", ["unsupported"]),
    ("目前小米汽车在京津冀已定点供应链企业45家", ["supported"]),
    ("中关村企业在天津设立的分支机构已超过1万家", ["unsupported"]),
    ("中关村企业在天津、河北设立的分支机构已超过1万家", ["supported"]),
    # (a part named after its whole in the source: 北京平谷与天津蓟州…)
    ("平谷与蓟州、宝坻、三河、遵化、兴隆6地联合发行文化旅游惠民券12万张。",
     ["supported", "supported"]),
    # an order counted from the end is not the source's from the start
    ("河北综合算力指数跃居全国倒数第一", []),
    ("河北综合算力指数跃居全国第一", ["supported"]),
    ("天津数字经济产业居全国倒数第一梯队", ["unsupported"]),
    # a change against a year the claim's is not against (同比 is against the year before)
    ("2023年1—11月,京津冀地区完成软件业务收入26862亿元,比2014年增长17.6%",
     ["supported", "unsupported"]),
    ("2023年1—11月,京津冀地区软件业务收入同比增长17.6%", ["supported"]),
    ("R&D spending by industrial enterprises above designated size in Beijing-Tianjin-Hebei "
     "reached 127 billion yuan in 2022, up 55.4% from 2014.", ["supported", "supported"]),
    ("2022年，京津冀地区生产总值合计10万亿元，相比上年增长2%", ["supported", "supported"]),
    # a day's average is not a year's
    ("2022年三地工业增加值实现25879.5亿元,日均增长4.6%", ["supported", "unsupported"]),
    # the region's figure said of one of its places (a quote that prints that place, or a
    # statement that names all three, is the region's)
    ("2022年北京数字经济规模占到了全国数字经济规模近10%", ["unsupported"]),
    ("2022年京津冀地区数字经济规模占到了全国数字经济规模近10%", ["supported"]),
    ("In 2022 Beijing accounted for nearly 10% of China's digital economy.", ["unsupported"]),
    ("In 2014 Tianjin had 7.4% of China's manufacturing legal entities.", ["unsupported"]),
    ("In 2014 Beijing, Tianjin and Hebei had 7.4% of China's manufacturing legal entities.",
     ["supported"]),
    ("During the 2022 Beijing Winter Olympics and Paralympics, more than 20 criminal cases "
     "of counterfeiting were opened.", ["supported"]),
    # an English value equal only when rounded, or with another qualifier, is a claim's
    # only where the claim's English holds one of the figure's own words
    ("In 2022 the digital economy made up 40% of Beijing GDP.", ["unsupported"]),
    ("In 2022 the digital economy made up 40% of Beijing-Tianjin-Hebei GDP.", ["supported"]),
    ("Tianjin Port's container throughput reached 21.02 million TEUs in 2022.", ["supported"]),
    # a value given about (约60%) neither confirms nor denies a bound on it; another claim
    # of the same ten years (超六成) contradicts 不到
    ("2023年京津冀地区PM2.5平均浓度较2013年下降不到60%", ["unsupported"]),
    ("2023年京津冀地区PM2.5平均浓度较2013年下降约60%", ["supported"]),
    ("Average PM2.5 concentration in Beijing-Tianjin-Hebei fell by less than 60% in ten "
     "years.", ["contradicted"]),
    # a share of the country is not one of the region, nor the other way
    ("Beijing contributed 89% of China's software and information services revenue.",
     ["unsupported"]),
    ("Beijing contributed 89% of Beijing-Tianjin-Hebei's software and information services "
     "revenue.", ["supported"]),
    ("北京贡献了全国软件和信息服务业收入的89%", ["unsupported"]),
    ("In 2024 Beijing, Tianjin and Hebei accounted for 10.7% of the region's digital economy.",
     ["unsupported"]),
    ("2024年京津冀数字经济规模占全国的10.7%", ["supported"]),
    # (a national body is no share's whole)
    ("截至2024年2月底，全国政协十四届一次会议以来的提案办复率达到99.9%。", ["supported"]),
    # a target said as done (the source: 三地将联合打造6条产业链)
    ("三地已联合打造6条产业链", ["unsupported"]),
    ("三地将联合打造6条产业链", ["supported"]),
    # (a quote that names no place of its subject: the statement's whole is no swap)
    ("2021—2023年，96家企业纳入京津冀产业协同产业链龙头企业名单。", ["supported"]),
    # (京津雄's half-hour is not 京雄津保's, four places for three: the sources give the four
    # 1 hour, PlaceScope.another_group)
    ("京雄津保“半小时交通圈”已经形成，京津冀相邻城市间基本实现铁路1.5小时通达。",
     ["contradicted", "supported"]),
]


#: a third round of probes (the sources' sentences with the thing a figure is of turned:
#: 工业 for 农业, 企业 for 项目, 货物 for 旅客 …): each turned one is not the source's figure,
#: its faithful twin still is
THIRD_PROBE_CASES = [
    ("京津冀农业增加值突破2.5万亿元", ["unsupported"]),
    ("京津冀工业增加值突破2.5万亿元", ["supported"]),
    ("2022年以来，雄安新区4所高校和2家学校选址落位", ["supported", "unsupported"]),
    ("2022年以来，雄安新区4所高校和2家医院选址落位", ["supported", "supported"]),
    ("理想汽车在京津冀地区已定点供应链项目70家", ["unsupported"]),
    ("理想汽车在京津冀地区已定点供应链企业70家", ["supported"]),
    ("2022年天津港口旅客吞吐量5.49亿吨", ["unsupported"]),
    ("2022年天津港口货物吞吐量5.49亿吨", ["supported"]),
    ("2022年京津冀PM10浓度为37微克/立方米", ["unsupported"]),
    ("2022年京津冀PM2.5浓度为37微克/立方米", ["supported"]),
    ("2023年北京高精尖产业产值占比达到30.9%", ["unsupported"]),
    ("2023年北京高精尖产业增加值占比达到30.9%", ["supported"]),
    ("截至目前，京津冀产业协同项目库入库项目超2000个，总融资达1.3万亿元",
     ["supported", "unsupported"]),
    ("2023年张家口市重污染天数316天", ["unsupported"]),
    ("2023年张家口市PM2.5优良天数316天", ["supported"]),
    # (国家级 turned 省级: the 1,605 are the national list's; the 14,042 of another class)
    ("京津冀累计培育省级专精特新“小巨人”企业1605家", ["unsupported"]),
    ("京津冀累计培育省级专精特新“小巨人”企业1700家", ["unsupported"]),
    ("京津冀累计培育国家级专精特新“小巨人”企业1700家", ["contradicted"]),
    # which time or batch: 第二批 and 第二次, 再次 are not the source's 首批 and 首次 (a figure's
    # clause, a date's event); an order that is the figure itself is decided by its value
    ("第二批23家园区加入伙伴计划", ["unsupported"]),
    ("首批23家园区加入伙伴计划", ["supported"]),
    ("2021年北京市空气质量第二次全面达标", ["unsupported"]),
    ("2021年北京市空气质量再次全面达标", ["unsupported"]),
    ("2023年,京津冀三地联合举办第二次养老服务人才线上培训班", ["unsupported"]),
    ("2023年,京津冀三地联合举办首次养老服务人才线上培训班", ["supported"]),
    ("威努特入选第二批国家级专精特新“小巨人”企业。", ["contradicted"]),
    # a rank, a share or a comparison within another whole (全省, 全球 for 全国)
    # (a rank, 跃居全省第一, is a figure to check, not a numeral in prose: unsupported where no
    # claim states it for that whole)
    ("河北综合算力指数跃居全省第一", ["unsupported"]),
    ("2023年1—11月,京津冀地区软件业务收入在全省总收入中的占比增长到24.3%", ["unsupported"]),
    ("2023年1—11月,京津冀地区软件业务收入在全国总收入中的占比增长到24.3%", ["supported"]),
    ("京津冀携手发力：上线全球首个跨区域算力平台", []),
    ("京津冀携手发力：上线国内首个跨区域算力平台", ["supported"]),
    # a rate of change for a share (the source: …占比由2013年的40.7%上升至2023年的66.1%; the
    # value it came to is of what the one it started from is); a change of a share is
    # both, and its 约20个百分点 is contradicted by the source's 约10
    ("高精尖产业新设市场主体增速由2013年的40.7%上升至2023年的66.1%", ["unsupported", "unsupported"]),
    ("首都功能核心区户籍人口从2014年的222.4万人下降至2022年的180.4万人", ["unsupported", "unsupported"]),
    ("首都功能核心区常住人口从2014年的222.4万人下降至2022年的180.4万人", ["supported", "supported"]),
    # a clause that says only 增长 is the change of the figure before it, and of its thing
    ("2022年天津港口旅客吞吐量5.49亿吨，增长3.7%", ["unsupported", "unsupported"]),
    ("2022年天津港口货物吞吐量5.49亿吨，增长3.7%", ["supported", "supported"]),
    ("高精尖产业新设市场主体占比由2013年的40.7%上升至2023年的66.1%", ["supported", "supported"]),
    ("5年间，北京新能源和智能网联汽车、氢能龙头企业在京津冀区域采购金额占比均增加约20个百分点。",
     ["unsupported", "contradicted"]),
    # the same in English: another thing of a kind, another time, batch, session or ring
    ("In 2022 the agricultural value added of Beijing, Tianjin and Hebei exceeded 2.5 "
     "trillion yuan.", ["unsupported"]),
    ("In 2022 the industrial value added of Beijing, Tianjin and Hebei exceeded 2.5 "
     "trillion yuan.", ["supported"]),
    ("In 2022 the industrial output of Beijing, Tianjin and Hebei exceeded 2.5 trillion "
     "yuan.", ["unsupported"]),
    ("In 2022 Beijing-Tianjin-Hebei accounted for nearly 10% of the world's digital economy.",
     ["unsupported"]),
    ("Xiong'an: 2 universities and 4 hospitals from Beijing have sites fixed", ["unsupported",
                                                                               "unsupported"]),
    ("The second batch of 23 parks joined the partnership programme.", ["unsupported"]),
    ("The first batch of 23 parks joined the partnership programme.", ["supported"]),
    ("Since the second session of the 14th CPPCC National Committee, members have submitted "
     "5,621 proposals.", ["unsupported"]),
    ("Since the first session of the 14th CPPCC National Committee, members have submitted "
     "5,621 proposals.", ["supported"]),
    ("In January 2019 the second batch of Beijing's municipal administrative centre moved "
     "into Beijing's sub-centre.", ["contradicted"]),  # (the second batch moved in 2023-12)
    ("In January 2019 the first batch of Beijing's municipal administrative centre moved "
     "into Beijing's sub-centre.", ["supported"]),
    ("8 Beijing municipal universities build new campuses outside the 4th Ring Road",
     ["unsupported"]),
    ("The Beijing-Tianjin-Hebei digital economy grew 40 percent in 2022.", ["unsupported"]),
    # an English list of all a pair's places is the pair (京津: Beijing and Tianjin); places
    # named apart are not one list (Beijing's … with Tianjin and Hebei)
    ("Beijing and Tianjin have introduced more than 100 reform measures to make cross-border "
     "trade easier.", ["supported"]),
    ("Beijing and Hebei have introduced more than 100 reform measures to make cross-border "
     "trade easier.", ["unsupported"]),
    ("Beijing's technology contract turnover with Tianjin and Hebei reached 65.38 billion yuan "
     "in January-November 2023, an increase of 17.6 percent from a year earlier.",
     ["supported", "unsupported"]),
    ("Technology contracts flowing from Tianjin and Hebei into Beijing were worth 74.87 "
     "billion yuan in 2023.", ["unsupported"]),
    ("Technology contracts flowing from Beijing to Tianjin and Hebei were worth 74.87 "
     "billion yuan in 2023.", ["supported"]),
    ("More than 1,200 talent apartments are under construction in the Jing-Jin Zhongguancun "
     "Science City.", ["unsupported"]),
    ("More than 1,200 talent apartments are in use in the Jing-Jin Zhongguancun Science City.",
     ["supported"]),
    ("In 2023 the life and health cluster built jointly by Beijing, Tianjin and Hebei was "
     "selected as a provincial-level cluster.", ["unsupported"]),
    ("In 2023 the life and health cluster built jointly by Beijing, Tianjin and Hebei was "
     "selected as a national-level cluster.", ["supported"]),
    # what was done: intended or actual, built or being built, registered or paid in (and a
    # date's event: 在建 is not the source's 建成 of 2023)
    ("举办京津产业交流合作对接洽谈会,签约项目41个,实际投资额超270亿元", ["supported", "unsupported"]),
    ("京津冀地区共在建5G基站32.4万个", ["unsupported"]),
    ("京津冀地区共建成5G基站32.4万个", ["supported"]),
    ("2014—2022年,北京对津冀企业新增注册3.7万户、实缴资本2万亿元", ["supported", "unsupported"]),
    ("2023年,城市副中心行政办公区二期在建", ["unsupported"]),
    ("2023年,城市副中心行政办公区二期建成", ["supported"]),
    ("2023年北京吸纳津冀技术合同成交额748.7亿元", ["unsupported"]),
    ("2023年北京流向津冀技术合同成交额748.7亿元", ["supported"]),
    ("2022年京津冀研发经费同比增长4.25%", ["unsupported"]),
    ("京津冀地区共建成4G基站32.4万个", ["unsupported"]),
    # a total at a year's start is the year before's at its end (the source: 截至2023年年底)
    ("截至2023年年初，滨海—中关村科技园累计注册企业近5000家", ["unsupported"]),
    ("截至2024年初，滨海—中关村科技园累计注册企业近5000家", ["supported"]),
    # a unit no source prints is not a bare number any claim's unit fits
    ("津兴铁路全长约117英里", ["unsupported"]),
    ("The Tianjin-Xiong'an intercity railway is about 117 miles long.", ["unsupported"]),
    ("The Tianjin-Xiong'an intercity railway is about 117 km long.", ["supported"]),
    # (a sentence with two things: each figure is held to its own words)
    ("2023年前11个月，中关村通州园207家重点企业实现工业总产值189.9亿元。",
     ["supported", "supported"]),
]


#: the web articles written apart (tests/assets/web_articles) checked as drafts: what compare
#: called contradicted there by a claim of another place, another item or another thing
#: (docs/compare-audit-2026-12.md, a twenty-eighth audit), with the claim that decides
WEB_ARTICLE_CASES = [
    # each figure of a 分别 list is its own place's, also against a claim that names no
    # list: 北京's 74.8% is not 天津's 73.2%, 天津港's 2219万 not 河北's 498.3万
    ("北京、天津、河北空气质量优良天数比例分别达到74.8%、64.7%和66.1%。", [
        ("74.8%", "unsupported", None),
        ("64.7%", "contradicted", "004-147-tianjin-good-air-ratio-2022"),
        ("66.1%", "unsupported", None)]),
    ("天津港、河北港口集装箱吞吐量分别完成2219万标准箱和531万标准箱。", [
        ("2219万标准箱", "contradicted", "004-144-tianjin-container-throughput-2022"),
        ("531万标准箱", "contradicted", "004-144-hebei-container-throughput-2022")]),
    # …nor is another item's place a swap of the claim's (河北 beside 天津's 73.2%)
    ("2022年天津、河北空气质量优良天数比率分别达到73.2%和60%。", [
        ("73.2%", "supported", "004-147-tianjin-good-air-ratio-2022"),
        ("60%", "unsupported", None)]),
    # where the projects come from is not whose figure it is
    ("记者从保定市发展改革委获悉，2014年以来，保定累计承接京津转移项目1236个，总投资3860亿元。",
     [("1236个", "unsupported", None), ("3860亿元", "unsupported", None)]),
    ("2023年，曹妃甸区引进京津项目126个，总投资623亿元。",
     [("126个", "unsupported", None), ("623亿元", "unsupported", None)]),
    ("天津累计承接北京转移项目4000余个，总投资超过1.5万亿元。", [
        ("4000余个", "supported", "004-345-tianjin-relocated-projects-2014-2022"),
        ("超过1.5万亿元", "supported", "004-345-tianjin-relocated-projects-investment")]),
    # a part's length is not the whole's (高速铁路, 高铁 of 铁路)
    ("其中高速铁路里程达到2624公里，覆盖区域内全部地级市。", [("2624公里", "unsupported", None)]),
    ("截至2022年年末，京津冀高铁营运里程10848公里", [
        ("10848公里", "unsupported", "004-108-jjj-railway-length-2022")]),
    ("截至2022年年末，京津冀铁路营运里程10848公里", [
        ("10848公里", "supported", "004-108-jjj-railway-length-2022")]),
    ("津兴铁路是京津冀地区首条跨省市的城际铁路，全长约117公里。", [
        ("首条", "supported", "004-358-jinxing-first-cross-province-intercity"),
        ("约117公里", "supported", "004-358-jinxing-railway-length")]),
    # (the third set, read after the first two's mends) a county's item is not its group's
    # total; each place's item meets its own place's claim where the quote names all three
    ("从地域分布看，三河市、大厂回族自治县、香河县分别签约项目28个、16个和18个。", [
        ("28个", "unsupported", None), ("16个", "unsupported", None),
        ("18个", "unsupported", None)]),
    # (the "30+" stage is the thirties: 32 and 38.7 are in it, 41 is not)
    ("分地区看，北京、天津、河北PM2.5年均浓度分别为32微克/立方米、41微克/立方米和38.7微克/立方米。", [
        ("32微克/立方米", "unsupported", "004-108-beijing-pm25-30plus"),
        ("41微克/立方米", "contradicted", "004-108-tianjin-pm25-30plus"),
        ("38.7微克/立方米", "unsupported", "004-108-hebei-pm25-30plus")]),
    # (a list of things whose shared words name a whole keeps its support)
    ("2022年，从北京龙头企业采购看，氢能、汽车交通产业在京津冀区域采购金额全国占比分别为59%和58%。", [
        ("59%", "supported", "004-447-procurement-share-hydrogen"),
        ("58%", "supported", "004-447-procurement-share-auto")]),
    # the total is not the flow to Tianjin and Hebei, nor the other way round
    ("同期，北京技术合同成交额达到8536.9亿元。", [("8536.9亿元", "unsupported", None)]),
    ("2023年北京技术合同成交额748.7亿元", [
        ("748.7亿元", "unsupported", "004-81-bj-tech-contracts-to-tj-hb-2023")]),
    ("2023年，北京流向津冀技术合同成交额748.7亿元", [
        ("748.7亿元", "supported", "004-81-bj-tech-contracts-to-tj-hb-2023")]),
    # an exact figure the source's 近 holds is not contradicted by it; one far below is
    ("三地高速公路总里程达到10990公里", [
        ("10990公里", "unsupported", "004-83-jjj-expressway-length")]),
    ("三地高速公路总里程达到9000公里", [
        ("9000公里", "contradicted", "004-83-jjj-expressway-length")]),
    # growth said right before 倍, though a headline's subtitle runs on after it
    ("北京流向津冀技术合同成交额增长1.1倍科技成果在津冀“就地转化”步伐加快", [
        ("1.1倍", "supported", "004-354-bj-tech-contracts-to-tj-hb-growth-2023")]),
    ("2023年北京流向津冀技术合同成交额是上年的1.1倍", [
        ("1.1倍", "contradicted", "004-354-bj-tech-contracts-to-tj-hb-growth-2023")]),
]


#: the twenty-ninth audit's mends (docs/compare-audit-2026-12.md, items 230-237), each with
#: the statement it must still decide as before
FACT_CHECK_CASES = [
    # a year after an English figure with a thousands comma dates it: one year is not the
    # running total since it
    ("Beijing phased out nearly 3,000 general manufacturing firms in 2014.", [
        ("nearly 3,000", "unsupported", None)]),
    ("Since 2014 Beijing has phased out nearly 3,000 general manufacturing firms.", [
        ("nearly 3,000", "supported", "004-106-beijing-manufacturers-exited")]),
    # (and the end of a month after the figure is its time: a stock at the end of June)
    ("Beijing had put a cumulative 692,000 new-energy vehicles on the road by the end of "
     "June 2023.", [("692,000", "supported", "004-418-bj-nev-promoted")]),
    ("The number of industrial firms above designated size in the three jurisdictions rose "
     "from 24,159 to 26,751 between 2014 and 2022.", [
         ("24,159", "supported", "004-446-jjj-above-scale-firms-2014"),
         ("26,751", "supported", "004-446-jjj-above-scale-firms-2022")]),
    # a total over the years is not the source's average a year
    ("Tourism revenue in Beijing-Tianjin-Hebei rose a total of 16.79% over the whole "
     "2014-2019 period.", [("16.79%", "unsupported", None)]),
    ("From 2014 to 2019 domestic tourism revenue in Beijing-Tianjin-Hebei grew by an average "
     "of 16.79% a year.", [
         ("16.79%", "supported", "004-302-domestic-tourism-revenue-cagr-2014-2019")]),
    # the country's figure, and a place it is set against after it, are not the region's
    ("Nationally, domestic tourist trips grew at an average 10.8% a year from 2014 to 2019.",
     [("10.8%", "unsupported", None)]),
    ("全国国内旅游人次2014年至2019年年均增长10.8%，低于京津冀。", [("10.8%", "unsupported", None)]),
    ("2014年至2019年，全国国内旅游人次年均增长10.8%，比京津冀慢。", [("10.8%", "unsupported", None)]),
    ("Domestic tourist trips grew at an average 10.8% a year from 2014 to 2019 nationwide, "
     "slower than in Beijing-Tianjin-Hebei.", [("10.8%", "unsupported", None)]),
    ("2014年至2019年，京津冀国内旅游人次年均增长12.86%，高于全国平均水平。", [
        ("12.86%", "supported", "004-302-domestic-tourist-trips-cagr-2014-2019")]),
    # the comparison after the figure turned: the source's sentence goes on 均高于全国平均
    ("2014—2019年，京津冀国内旅游人次年均增长12.86%，低于全国平均水平。", [
        ("12.86%", "contradicted", "004-302-domestic-tourist-trips-cagr-2014-2019")]),
    ("Domestic tourist trips in the Beijing-Tianjin-Hebei region grew 12.86% a year on "
     "average from 2014 to 2019, below the national average.", [
        ("12.86%", "contradicted", "004-302-domestic-tourist-trips-cagr-2014-2019")]),
    ("Domestic tourist trips in the Beijing-Tianjin-Hebei region grew 12.86% a year on "
     "average from 2014 to 2019, above the national average.", [
        ("12.86%", "supported", "004-302-domestic-tourist-trips-cagr-2014-2019")]),
    ("2014年至2019年，京津冀国内旅游人次年均增长10.8%，高于全国平均水平。", [
        ("10.8%", "contradicted", "004-302-domestic-tourist-trips-cagr-2014-2019")]),
    # a percentage after …中 is a share, not the source's rate
    ("2014—2022年北京在津冀新增注册的企业中超过六成落户河北。", [("超过六成", "unsupported", None)]),
    ("2014—2022年北京在津冀新增注册的企业中8.1%落户河北。", [
        ("8.1%", "unsupported", "004-442-bj-capital-registered-in-tj-hb-cagr")]),
    ("2014—2022年，北京对津冀企业新增注册年均增长8.1%", [
        ("8.1%", "supported", "004-442-bj-capital-registered-in-tj-hb-cagr")]),
    # firms are not parks
    ("首批有23家企业加入京津冀数字经济园区伙伴计划", [
        ("23家", "unsupported", "002-116-park-partnership-first-batch")]),
    ("首批23家园区加入伙伴计划", [("23家", "supported", "002-116-park-partnership-first-batch")]),
    ("A first batch of 23 companies joined the Beijing-Tianjin-Hebei digital economy park "
     "partnership programme.", [("23 companies", "unsupported", None)]),
    # an English count of a noun its claim's English counts otherwise
    ("Tongzhou took on 308 municipal-level powers in two batches.", [
        ("308", "supported", "002-7-ftz-tongzhou-delegated-powers"),
        ("two", "contradicted", "002-7-ftz-tongzhou-delegated-powers")]),
    ("Tongzhou took on 308 municipal-level powers in three batches.", [
        ("308", "supported", "002-7-ftz-tongzhou-delegated-powers")]),
    ("Beijing has carried out three rounds of its relocation-and-upgrade campaign since 2014, "
     "shedding nearly 3,000 manufacturers.", [
         ("three", "contradicted", "004-106-beijing-manufacturers-exited"),
         ("nearly 3,000", "supported", "004-106-beijing-manufacturers-exited")]),
    # 余 and 多 reach no further than the next unit of their last digit (9300余 < 9400)
    ("【快讯】京津冀超1万家定点医疗机构实现跨省异地就医门诊费用直接结算。", [
        ("超1万家", "contradicted", "004-84-jjj-cross-province-outpatient-settlement")]),
    ("京津冀超9000家定点医疗机构实现跨省异地就医门诊费用直接结算。", [
        ("超9000家", "supported", "004-84-jjj-cross-province-outpatient-settlement")]),
    ("京津冀近万家定点医疗机构实现跨省异地就医门诊费用直接结算。", [
        ("近万家", "unsupported", "004-84-jjj-cross-province-outpatient-settlement")]),
    ("通州与北三县连续5年举办项目推介洽谈会，累计签约项目120余个。", [
        ("5年", "supported", "004-79-tongzhou-beisanxian-fair-years"),
        ("120余个", "contradicted", "004-79-tongzhou-beisanxian-signed-projects")]),
    # what a statement points back to (该项目) is no place's claim to contradict, unless its
    # subject has the words (该交通枢纽)
    # (of the totals as close by their words, the first by id: the same in every run)
    # (nor is a whole's total a phase's: Comparer._whole_for_phase)
    ("该项目一期总投资20亿元。", [("20亿元", "unsupported", None)]),
    ("该交通枢纽将集成2条城际铁路、6条城市轨道交通和15条公交接驳线路。", [
        ("2条", "supported", "004-658-subcentre-hub-intercity-lines"),
        ("6条", "contradicted", "004-658-subcentre-hub-metro-lines"),
        ("15条", "supported", "004-658-subcentre-hub-bus-lines")]),
    # nor a kind of body it does not name (科技园内…): not the region's 14,042 to contradict
    ("科技园内专精特新企业累计已达30家。", [
        ("30家", "unsupported", "004-446-jjj-specialised-smes")]),
    # (a claim on a park, 高村数智创新园, is one of 园区's kind: it still decides)
    ("截至目前，园区实现的智能算力规模已经超过5万P。", [
        ("超过5万P", "contradicted", "002-111-wuqing-gaocun-computing-power")]),
    # a figure its speaker leaves unsupported still tells whose the statement is
    # (and a figure's words stop where its 的's noun is said something of: 总投资4000余万元的
    # 猫三联生产线投产产值将达到1亿元, 4000余万元's words are 总投资的猫三联生产线)
    ("中科拜克副总经理孙艳东介绍，总投资4000余万元的猫三联生产线投产产值将达到1亿元。", [
        ("4000余万元", "unsupported", "004-811-zkbk-feline-line-investment"),
        ("1亿元", "unsupported", "004-811-zkbk-feline-line-output-target")]),
    ("总投资4000余万元的猫三联生产线投产产值将达到1亿元。", [
        ("4000余万元", "supported", "004-811-zkbk-feline-line-investment"),
        ("1亿元", "supported", "004-811-zkbk-feline-line-output-target")]),
    ("全长约117公里的津兴铁路约占京津冀区域营运性铁路总里程的1%。", [
        ("约117公里", "unsupported", None), ("1%", "unsupported", None)]),
    # a change over a span that says no average is not the source's average a year
    ("Industrial value added in Beijing, Tianjin and Hebei rose by about 43% between 2014 and "
     "2022, to more than 2.5 trillion yuan.", [
         ("about 43%", "unsupported", None),
         ("more than 2.5 trillion yuan", "supported", "001-2-industrial-value-added-2022")]),
    ("2014—2022年，北京高技术制造业增加值平均增速为20.3%，高于全国平均增速9.2个百分点。", [
        ("20.3%", "supported", "004-446-bj-hitech-mfg-growth"),
        ("9.2个百分点", "supported", "004-446-bj-hitech-mfg-growth-vs-national")]),
    # a bare number is not a percentage; a month's is not a year's; main lines not branches
    ("2012—2021年，北京高质量发展指数提高了0.348。", [
        ("0.348", "unsupported", "001-29-beijing-hqd-index-increase")]),
    ("2012—2021年，北京高质量发展指数提高了46.86%。", [
        ("46.86%", "contradicted", "001-29-beijing-hqd-index-increase")]),
    ("The Beijing sub-centre's cross-province service windows in Langfang's northern counties "
     "saved residents about 2,500 km of travel a month in 2022.", [
         ("about 2,500 km", "unsupported", None)]),
    ("The Tongzhou campus of Anzhen Hospital will provide 1,300 beds and handle 6,500 "
     "outpatient visits a day.", [
         ("1,300", "supported", "004-673-anzhen-tongzhou-beds"),
         ("6,500", "supported", "004-673-anzhen-tongzhou-outpatients")]),
    ("京津冀“定制快巴”6条主线共36条支线，平均每条主线约6条支线。", [
        ("6条", "unsupported", None),
        ("36条", "supported", "004-189-custom-express-branch-lines"),
        ("约6条", "unsupported", None)]),
    # per a person is not per a year
    ("据介绍，北京赴河北送教讲学的专家教师人均培训当地教师20余人。", [("20余人", "unsupported", None)]),
    ("北京每年选派百名专家教师赴河北送教讲学，培训教师200余人", [
        ("百名", "supported", "004-518-bj-expert-teachers-to-hebei"),
        ("200余人", "contradicted", "004-518-hebei-teachers-trained")]),
    # criminal cases are not administrative ones
    ("Authorities filed 110 criminal cases over counterfeiting during the 2022 Beijing Winter "
     "Olympics and Paralympics.", [("110", "unsupported", None)]),
    ("2022年北京冬奥会期间，冬奥知识产权侵权刑事立案110件", [("110件", "unsupported", None)]),
    # an English count of a word before a plural noun, against the claim's English or its
    # paragraph's about the same subject; not where one of them counts it as the statement
    ("Eight national-level high-tech zones and two provincial-level ones in the "
     "Beijing-Tianjin-Hebei region have formed a joint alliance.", [
         ("Eight", "contradicted", "001-14-alliance-provincial-zones"),
         ("two", "supported", "001-14-alliance-provincial-zones")]),
    ("Since 2022, three universities and two hospitals have chosen sites in Xiong'an New Area.",
     [("three", "contradicted", "004-111-xiongan-universities-sited"),
      ("two", "supported", "004-111-xiongan-hospitals-sited")]),
    ("The new hub will bring together three intercity railways and five urban rail lines.", [
        ("three", "contradicted", "004-658-subcentre-hub-intercity-lines"),
        ("five", "supported", "004-658-subcentre-hub-metro-lines")]),
    ("The Liangxiang higher education park, renamed Liangxiang University Town in November "
     "2021, now hosts five universities with more than 40,000 students.", [
         ("more than 40,000", "supported", "004-513-liangxiang-students")]),
    # another region's figure, the country only what it is a share of or set against, is
    # not the region's to decide (the place named in another clause than the figure's)
    ("上海生命健康产业、电力装备产业集群获批国家级重点产业集群,产业规模占全国20%以上", [
        ("20%以上", "unsupported", None)]),
    ("京津冀生命健康产业、电力装备产业集群获批国家级重点产业集群,产业规模占全国20%以上", [
        ("20%以上", "supported", "004-81-health-power-clusters-national-share")]),
    ("2014—2022年,山西高技术制造业增加值平均增速为20.3%,高于全国平均增速9.2个百分点", [
        ("20.3%", "unsupported", "004-446-bj-hitech-mfg-growth"),
        ("9.2个百分点", "unsupported", "004-446-bj-hitech-mfg-growth-vs-national")]),
    ("2014—2022年,北京高技术制造业增加值平均增速为20.3%,高于全国平均增速9.2个百分点", [
        ("20.3%", "supported", "004-446-bj-hitech-mfg-growth"),
        ("9.2个百分点", "supported", "004-446-bj-hitech-mfg-growth-vs-national")]),
    # a region no claim is about is a name a date claim's English must give
    ("The first Yangtze River Delta industrial and supply chain conference was held in 2023 "
     "at the China International Exhibition Center.", [("in 2023", "unsupported", None)]),
    ("The first Beijing-Tianjin-Hebei industrial and supply chain conference was held in 2023 "
     "at the China International Exhibition Center.", [
         ("in 2023", "supported", "004-439-first-jjj-chain-conference-date")]),
    # one document's date is not another's, however alike their titles
    ("2019年,京冀签订《密云水库上游潮白河流域水源涵养区横向生态保护补偿协议》", [
        ("2019年", "unsupported", None)]),
    ("2022年京津冀两地正式签署为期三年的《官厅水库上游永定河流域水源保护横向生态补偿协议》", [
        ("2022年", "contradicted", "004-227-guanting-compensation-agreement-year")]),
    # the middle item of an English list of places after their figures is its own place's
    ("In 2022, energy consumption per 10,000 yuan of GDP at comparable prices fell 3.6% in "
     "Beijing, 2.0% in Tianjin and 3.9% in Hebei.", [
         ("3.6%", "supported", "004-259-beijing-gdp-energy-intensity-decline-2022"),
         ("2.0%", "supported", "004-259-tianjin-gdp-energy-intensity-decline-2022"),
         ("3.9%", "supported", "004-259-hebei-gdp-energy-intensity-decline-2022")]),
    # the press of Taiwan and Hong Kong: Taiwan's words for things (專案), 兆 for 万亿, a sum
    # in 人民幣, 「」 quotation marks
    ("總投資450億元的阿里張北大數據系列專案、總投資42億元的河北京車造車基地相繼竣工投產。", [
        ("450亿元", "supported", "004-433-alibaba-zhangbei-investment"),
        ("42亿元", "supported", "004-433-jingche-hebei-investment")]),
    ("京津冀協同發展上升為國家戰略近十年，三地經濟總量突破10兆元。", [
        ("近十年", "supported", "001-2-jjj-gdp"), ("突破10兆元", "supported", "001-2-jjj-gdp")]),
    ("薊州區今年以來簽約北京地區專案13個，協議投資總額未達人民幣100億元。", [
        ("13个", "supported", "003-25-jizhou-beijing-projects"),
        ("100亿元", "contradicted", "003-25-jizhou-beijing-projects-investment")]),
    ("京雄津保唐「兩小時交通圈」基本形成。", [
        ("两小时", "contradicted", "004-188-one-hour-circle")]),
    ("From 2021 to 2024 the Tongzhou section attracted HK$312 million of paid-in foreign "
     "investment.", [("HK$312 million", "unsupported", None)]),
    ("From 2021 to 2024 the Tongzhou section attracted US$312 million of paid-in foreign "
     "investment.", [("US$312 million", "supported", "002-10-ftz-tongzhou-fdi")]),
    # a vague round number: allowing the source's figure (数百家 for 207家), false of it
    # (十几家 for more than 1,100), or neither (上千家 for more than 1,100)
    ("通州园数百家重点企业实现工业总产值189.9亿元。", [
        ("数百家", "unsupported", "000-4-tongzhou-park-key-firms"),
        ("189.9亿元", "supported", "000-4-tongzhou-park-output")]),
    ("2023年，副中心高新技术企业有十几家。", [
        ("十几家", "contradicted", "000-5-hitech-firms-2023")]),
    ("2023年，副中心高新技术企业有上千家。", [
        ("上千家", "unsupported", "000-2-hitech-firms-2023")]),
    ("In 2023 Beijing's sub-centre had hundreds of high-tech enterprises.", [
        ("hundreds of", "contradicted", "000-5-hitech-firms-2023")]),
    ("In 2023 Beijing's sub-centre had more than a thousand high-tech enterprises.", [
        ("more than a thousand", "supported", "000-5-hitech-firms-2023")]),
    # another body of the kind a date claim names is not dated by it; fifteen agreements
    # signed are not the one a claim dates
    ("京津冀商务协同专题工作组成立于2014年。", [
        ("2014年", "unsupported", "004-591-elderly-working-mechanism-date")]),
    ("京津冀文旅协同专题工作组成立于2014年。", [
        ("2014年", "contradicted", "004-308-tourism-working-group-set-up")]),
    ("2014年至2017年间，京津冀三地旅游部门共签署15份合作协议。", [
        ("15份", "unsupported", None)]),
    ("2016年，京津冀三地签订《京津冀旅游合作协议》。", [
        ("2016年", "contradicted", "004-298-tourism-cooperation-agreement-year")]),
]


@pytest.mark.parametrize(("statement", "expected"), FACT_CHECK_CASES)
def test_fact_checks_meet_their_own_time_place_and_thing(
        comparer: Comparer, statement: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert verdicts(comparer, statement) == expected


@pytest.mark.parametrize(("statement", "expected"), WEB_ARTICLE_CASES)
def test_web_articles_figures_meet_their_own_places_and_things(
        comparer: Comparer, statement: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert verdicts(comparer, statement) == expected


@pytest.mark.parametrize(("statement", "expected"),
                         PROBE_CASES + SECOND_PROBE_CASES + THIRD_PROBE_CASES)
def test_what_a_statement_says_of_its_figures(comparer: Comparer, statement: str,
                                              expected: list[str]) -> None:
    assert [v for _raw, v, _id in verdicts(comparer, statement)] == expected


def test_a_part_of_a_year_without_its_year_is_named_in_the_reason(comparer: Comparer) -> None:
    (figure,) = comparer.compare("天津医药制造业工业增加值上半年同比增长9.5%").figures
    assert figure.reason == ("the source gives 9.5% for 2023-01/2023-09, and no value for "
                             "months 01-06 of a year")


def test_a_figure_of_another_place_names_that_place_in_the_reason(comparer: Comparer) -> None:
    # the region's figure said of a part, and a neighbour's: unsupported, with the claim
    (figure,) = comparer.compare("2022年北京数字经济规模占到了全国数字经济规模近10%").figures
    assert (figure.verdict, figure.claim and figure.claim.id) == (
        "unsupported", "004-254-digital-economy-share-national-2022")
    assert figure.reason == "the source gives nearly 10% for 京津冀, not 北京"
    (figure,) = comparer.compare(
        "In 2022 Beijing accounted for nearly 10% of China's digital economy.").figures
    assert figure.reason == "the source gives nearly 10% for 京津冀, not Beijing"
    _days, share = comparer.compare("2022年河北空气质量优良天数267天，优良天数比率达到73.2%。").figures
    assert share.verdict == "unsupported"
    assert share.reason == "the source gives 73.2% for 天津市, not 河北"


def test_a_figures_own_words_are_its_clause_cut_at_its_neighbours() -> None:
    from jjjcli.reading import read_sentence

    read = read_sentence("2023年前11个月，中关村通州园207家重点企业实现利润总额15.6亿元。",
                         simplified=True)
    assert [own_span(read.text, read.figures, f) for f in read.figures] == [
        "中关村通州园207家重点企业", "实现利润总额15.6亿元"]
    read = read_sentence("雄安新区4所高校和2家医院选址落位", simplified=True)
    assert [own_span(read.text, read.figures, f) for f in read.figures] == [
        "雄安新区4所高校", "和2家医院选址落位"]


@pytest.mark.parametrize(("said", "quoted", "clash"), [
    ("第二次全面达标", "首次全面达标", True),
    ("再次全面达标", "首次全面达标", True),
    ("再次全面达标", "第三次全面达标", False),  # (again: some time after the first)
    ("第一批园区", "首批园区", False),
    ("第十一批", "第11批", False),
    ("第二批园区", "第二次会议", False),  # (another counter)
    ("首次联合发布", "联合发布", False),  # (the quote says no time)
])
def test_which_time_or_batch(said: str, quoted: str, clash: bool) -> None:
    assert occasions_clash(said, quoted) is clash


@pytest.mark.parametrize(("said", "quoted", "clash"), [
    ("for the second time", "for the first time", True),
    ("the second session of the 14th CPPCC", "the first session of the 14th CPPCC", True),
    ("outside the 4th Ring Road", "outside the Fifth Ring Road", True),
    ("the first batch", "the 1st batch", False),
    ("the second batch", "the first session", False),  # (another word counted)
    ("the first half of 2023", "the first three quarters of 2023", False),
    ("the second of them", "the first of them", False),  # (of: nothing counted)
    ("the second-phase start-up area", "the first-phase start-up area", True),
])
def test_which_one_in_english(said: str, quoted: str, clash: bool) -> None:
    assert occasions_clash_en(said, quoted) is clash


@pytest.mark.parametrize(("words", "english", "other"), [
    ("the agricultural value added", "industrial value added exceeded", True),
    ("PM10 concentration fell to", "PM2.5 concentration fell to", True),
    ("PM 2.5 concentration fell to", "PM2.5 concentration fell to", False),
    ("2 provincial high-tech zones", "Two provincial-level zones joined seven national-level "
     "ones in the Jing-Jin-Ji National High-tech Zone Alliance", False),  # (a level's word)
    ("railway length reached", "expressway and railway length reached", False),
])
def test_another_thing_in_english(words: str, english: str, other: bool) -> None:
    assert other_thing_en(words, english) is other


@pytest.mark.parametrize(("statement", "reason"), [
    ("京津冀农业增加值突破2.5万亿元", "the source gives more than 2.5 trillion yuan for 工业, not 农业"),
    ("京津冀地区共建成4G基站32.4万个", "the source gives 324,000 个 for 5G, not 4G"),
    ("高精尖产业新设市场主体增速由2013年的40.7%上升至2023年的66.1%",
     "the source gives 40.7% for 占比, not 增速"),
])
def test_another_thing_of_a_kind_is_named_in_the_reason(comparer: Comparer, statement: str,
                                                        reason: str) -> None:
    """A figure no claim speaks to, whose value a claim of the statement's place states for
    another thing of its kind, stays unsupported; its reason names both things."""
    figure = comparer.compare(statement).figures[0]
    assert (figure.verdict, figure.reason) == ("unsupported", reason)
    assert figure.claim is not None


#: the region's names as its claims' quotes print them, longest first
_REGION_NAMES = ("京津冀三省市", "京津冀地区", "京津冀", "北京市", "天津市", "河北省", "北京", "天津",
                 "河北", "三地")


@pytest.mark.parametrize("other", ["上海", "长三角"])
def test_the_sources_sentences_said_of_another_region_are_never_contradicted(
        kb: KnowledgeBase, comparer: Comparer, other: str) -> None:
    """Every claim's quote that names the region or its places, with each of those names
    turned into another region's (上海, 长三角): what the sources say of 京津冀 says nothing
    of it, so no figure is contradicted — and nearly all are unsupported (those left
    supported name a body or a place of the region still: 滨海—中关村科技园, 通州)."""
    turned, supported = 0, 0
    for claim in kb:
        if not any(f.unit != "date" for f in claim.figures):
            continue
        if not any(name in claim.quote for name in _REGION_NAMES):
            continue
        statement = claim.quote
        for name in _REGION_NAMES:
            statement = statement.replace(name, other)
        verdict = comparer.compare(statement)
        assert "contradicted" not in [f.verdict for f in verdict.figures], statement
        turned += 1
        supported += verdict.verdict == "supported"
    assert turned > 500
    assert supported < 0.05 * turned


#: the region's names as its claims' English prints them, longest first
_REGION_NAMES_EN = ("Beijing-Tianjin-Hebei", "Beijing, Tianjin and Hebei", "Jing-Jin-Ji",
                    "Beijing", "Tianjin", "Hebei")


@pytest.mark.parametrize("other", ["Shanghai", "the Yangtze River Delta"])
def test_the_claims_english_said_of_another_region_is_never_contradicted(
        kb: KnowledgeBase, comparer: Comparer, other: str) -> None:
    """The same for the claims' English (…Beijing-Tianjin-Hebei… as …Shanghai…): no figure
    or date contradicted, nearly none supported (the first Yangtze River Delta industrial
    and supply chain conference is not the region's: a region no claim is about stays a
    name its date claims must give)."""
    turned, supported = 0, 0
    for claim in kb:
        if not claim.en or not any(name in claim.en for name in _REGION_NAMES_EN):
            continue
        statement = claim.en
        for name in _REGION_NAMES_EN:
            statement = statement.replace(name, other)
        verdict = comparer.compare(statement)
        assert "contradicted" not in [f.verdict for f in verdict.figures], statement
        turned += 1
        supported += verdict.verdict == "supported"
    assert turned > 600
    assert supported < 0.03 * turned


@pytest.mark.parametrize("shift", [-1, 1])
def test_the_sources_sentences_of_another_year_are_never_supported(
        kb: KnowledgeBase, comparer: Comparer, shift: int) -> None:
    """Every claim of one year whose quote prints that year, with the year turned into the
    one before or after: what the source says of 2022 is not said of 2021, so no such
    sentence is supported (示范区于2020年完成终期评估，…6大类43项… was, its figures the zone's
    and its date, naming the zone only as 示范区, left unjudged: Comparer._dated_by_figures)."""
    turned = 0
    for claim in kb:
        year = claim.period
        if not (year.isdigit() and len(year) == 4 and f"{year}年" in claim.quote):
            continue
        if not any(f.unit != "date" for f in claim.figures):
            continue
        statement = claim.quote.replace(f"{year}年", f"{int(year) + shift}年")
        assert comparer.compare(statement).verdict != "supported", statement
        turned += 1
    assert turned > 150


def test_no_claims_own_english_is_contradicted(kb: KnowledgeBase, comparer: Comparer) -> None:
    """Every claim's English, compared as a statement: none contradicted (*made 9 trips*
    was, read as 9 person-trips against the 900; *By the end of 2023 enterprises …* read
    2023 as a count of firms; *The aim (set in January 2019) … by 2020* dated the aim's
    target by the date in brackets), and most supported."""
    told, supported = 0, 0
    for claim in kb:
        if not claim.en:
            continue
        verdict = comparer.compare(claim.en)
        assert "contradicted" not in [f.verdict for f in verdict.figures], claim.id
        told += 1
        supported += verdict.verdict == "supported"
    assert told > 1000
    assert supported >= 0.8 * told


@pytest.mark.parametrize(("text", "lists", "found"), [
    ("2022年11月，宝坻区出台《…》", False, ("宝坻区", "出台")),
    ("2023年6月，科技部火炬中心公布了2022年度名单", True, ("科技部火炬中心", "公布")),
    # (公布 is a list's verb, not the date judge's; a clause naming only a place is no body)
    ("2023年6月，科技部火炬中心公布了2022年度名单", False, None),
    ("截至2023年年底，累计注册京冀地区用户420家，发布京冀企业成果", True, None),
])
def test_who_issued_it(text: str, lists: bool, found: tuple[str, str] | None) -> None:
    assert issued_by(text, lists=lists) == found


@pytest.mark.parametrize(("mine", "theirs", "other"), [
    ("工业和信息化部", "科技部火炬中心", True),
    ("工信部", "工业和信息化部", False),  # a short form is the body
    ("科技部", "科技部火炬中心", False),
    ("天津市发展改革委", "宝坻区", True),
    ("宝坻区教育局", "宝坻区人民政府", False),
])
def test_another_issuer(mine: str, theirs: str, other: bool) -> None:
    assert other_issuer(mine, theirs) is other


@pytest.mark.parametrize("statement", [
    # three claims contradict 约300亿元 as closely (the words right around it, 总投资): the
    # same one decides in every run, whatever order Python's hashing gives sets of words
    "26个“一揽子”合作项目总投资约300亿元。",
])
def test_a_verdict_is_the_same_in_every_process(statement: str, tmp_path: Path) -> None:
    outputs = set()
    for seed in ("1", "2", "7"):
        run = subprocess.run(
            [sys.executable, "-m", "jjjcli", "compare", statement, "--format", "json"],
            capture_output=True, text=True, timeout=120,
            env={**os.environ, "JJJ_CACHE_DIR": str(tmp_path), "PYTHONHASHSEED": seed})
        assert run.stdout.startswith("{"), run.stderr
        outputs.add(run.stdout)
    assert len(outputs) == 1


def test_what_a_claim_says_of_a_group_of_places_is_not_said_of_another(
        comparer: Comparer) -> None:
    """A claim whose subject lists places (北京、天津、雄安新区) speaks to no statement listing
    another group sharing some of them (scope.PlaceScope.another_group); one place alone,
    a place inside another and a body named for places are no group."""
    places = comparer.places
    assert places.another_group("北京、天津、雄安新区", "京雄两地进入半小时通勤圈")
    assert places.another_group("北京、天津、雄安新区", "Beijing and Xiong'an are close")
    assert places.another_group("北京、天津、雄安新区", "京雄津保唐 半小时交通圈")
    assert not places.another_group("北京、天津、雄安新区", "京津雄半小时通勤圈")
    assert not places.another_group("北京、天津、雄安新区", "天津半小时通勤圈")
    assert not places.another_group("天津武清高村数智创新园", "武清和宝坻")
    assert not places.another_group("通州区与北三县一体化高质量发展示范区", "通州和三河")


@pytest.mark.parametrize(("before", "after", "chinese", "counted", "expected"), [
    ("京津冀三地高速公路通车里程各", "", True, False, True),  # (各 right before the value)
    ("8所高校各有", "", True, False, True),
    ("示范区6大类考核指标每类", "", True, False, True),
    ("北京每个月", "", True, False, False),  # (a rate: other_rate's)
    ("各类企业", "", True, False, False),  # ("every kind")
    ("Beijing, Tianjin and Hebei each ran ", "", False, False, True),
    ("Each of the ", "", False, False, False),  # (what counts them)
    ("Shahe projects drew close to ", "", False, True, True),  # (after each of the N)
    ("police align ", " penalty benchmarks each year", False, False, False),  # (a rate)
    ("covering ", " cities, every one of them", False, False, False),
    ("The halls span ", " square metres apiece.", False, False, True),
    (" of investment each, for ", " in total", False, False, False),  # (the figure before's)
])
def test_each_said(before: str, after: str, chinese: bool, counted: bool,
                   expected: bool) -> None:
    assert each_said(before, after, chinese, counted) is expected


@pytest.mark.parametrize(("quote", "en", "expected"), [
    ("集群产值、规模均占全国20%以上", "", True),
    ("三地分别为1.2万、0.8万、1.1万公里", "", True),
    ("高速公路总里程近1.1万公里", "The region has nearly 11,000 km of expressways.", False),
    ("", "Sixty-three schools each support a school in Tongzhou.", True),
    ("", "It reaches every prefecture-level city.", False),  # (every covers)
    ("", "Its share rose 3.7 per cent.", False),
])
def test_each_given(quote: str, en: str, expected: bool) -> None:
    assert each_given(quote, en) is expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("截至目前", True), ("截至2023年底", True), ("到目前为止", True), ("截至2022年年末", True),
    ("园区已入住北京企业", False), ("2023年", False),
])
def test_to_date_clause(clause: str, expected: bool) -> None:
    assert to_date_clause(clause) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("刘学在北京工作了10年，已解决了落户问题。", "一直没有解决"),
    ("刘学工作了10年，落户问题已经解决", "一直没有解决"),
    ("落户手续一天办结、孩子上学也解决了——此前刘学已在北京工作了10年", None),
    ("刘学工作了10年，至今没有解决落户问题", None),
])
def test_negation_turned_of_the_same_thing(text: str, expected: str | None) -> None:
    quote = "他已经在北京莱伯泰科仪器有限公司工作了10年,家里人都在北京,但一直没有解决落户问题。"
    assert negation_turned(text, quote) == expected


@pytest.mark.parametrize(("statement", "claim_id", "value"), [
    ("京津冀三地高速公路通车里程各接近1.1万公里", "004-83-jjj-expressway-length", "nearly 11,000 km"),
    ("Beijing, Tianjin and Hebei each ran 10,848 km of railway at end-2022.",
     "004-108-jjj-railway-length-2022", "10,848 km"),
])
def test_a_sum_given_to_each_cites_the_whole(comparer: Comparer, statement: str,
                                             claim_id: str, value: str) -> None:
    """A figure given to each of several is unsupported, citing the claim that gives the
    value for them together (Comparer._each_gives)."""
    (figure,) = comparer.compare(statement).figures
    assert figure.verdict == "unsupported"
    assert figure.claim is not None and figure.claim.id == claim_id
    assert figure.reason == f"the source gives {value} for them together, not for each"


@pytest.mark.parametrize(("text", "quote", "en", "expected"), [
    ("105款大模型未能通过国家备案", "105款大模型通过国家备案", "", "未能通过"),
    ("仍未揭牌", "2020年9月在城市副中心揭牌", "", "仍未揭牌"),
    ("尚未实现“跨省通办”", "234项政务服务事项实现“跨省通办”", "", "尚未实现"),
    # the quote denies it too, or holds no such verb
    ("尚未开始招生", "规划建设14所优质中小学", "", None),
    ("仍未解决落户问题", "一直没有解决落户问题", "", None),
    ("未来三年", "三年建成", "", None),  # (未来: the years to come)
    ("was not unveiled in September 2020", "", "The zone was unveiled in September 2020.",
     "not unveiled"),
    ("did not sign a tourism agreement in 2007", "", "They signed it in 2007.", "not sign"),
    ("was not unveiled", "", "It was not unveiled as planned.", None),
])
def test_denied_verb(text: str, quote: str, en: str, expected: str | None) -> None:
    assert denied_verb(text, quote, en, text) == expected


@pytest.mark.parametrize("whole", [
    "如果北京105款大模型未能通过国家备案，会怎样？", "假设105款大模型未能通过国家备案",
    "Was the zone not unveiled in September 2020?", "If the zone was not unveiled, …",
])
def test_a_condition_or_a_question_denies_nothing(whole: str) -> None:
    assert denied_verb(whole, "105款大模型通过国家备案", "The zone was unveiled.", whole) is None


@pytest.mark.parametrize(("clause", "theirs", "chinese", "expected"), [
    ("10个方面的国家级疏解配套实施方案", "出台10个方面的疏解配套实施方案", True, "国家级"),
    ("9个国家级农业科技创新平台", "国家农业科技创新联盟等9个创新平台", True, None),  # (国家)
    ("规上工业企业1.2万家", "规模以上工业企业1.2万家", True, None),
    ("high-speed rail totalled nearly 11,000 km", "nearly 11,000 km of railways", False,
     "high-speed"),
    ("Per-capita GDP … was 1.8 times", "The region's GDP was 1.8 times", False, "per-capita"),
    ("308 municipal-level delegated powers", "308项市级赋权", False, None),  # (its quote's 市级)
    ("7 national-level reform cases", "7项国家级改革案例", False, None),
])
def test_grade_unsaid(clause: str, theirs: str, chinese: bool, expected: str | None) -> None:
    assert grade_unsaid(clause, theirs, chinese) == expected


@pytest.mark.parametrize(("after", "claim_en", "expected"), [
    (" high-tech professionals were working", "1,100 high-tech enterprises",
     ("professionals", "enterprises")),
    (" visitors", "nearly 70 projects and companies", ("visitors", "companies")),
    (" high-tech enterprises", "1,100 high-tech enterprises", None),
    (" employees", "covering 125,000 workers at 995 enterprises", None),  # (workers: people)
    (" households, staff ", "995 enterprises", None),  # (up to the comma: no kind)
])
def test_counted_kind_en(after: str, claim_en: str, expected: tuple[str, str] | None) -> None:
    assert counted_kind_en(after, claim_en) == expected


@pytest.mark.parametrize(("text", "quote", "expected"), [
    ("17家央企二、三级子公司从通州迁出", "17家央企二、三级子公司落户通州", ("迁出", "落户")),
    ("17家央企子公司落户通州", "17家央企二、三级子公司落户通州", None),
    ("从北京迁出的企业落户河北", "落户河北", None),  # (it says both)
    ("17家子公司从通州迁出", "17家子公司从通州迁出", None),
])
def test_moved_otherwise(text: str, quote: str, expected: tuple[str, str] | None) -> None:
    assert moved_otherwise(text, quote) == expected
