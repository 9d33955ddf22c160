"""What a figure is, beside its value (the sixteenth audit, docs/compare-audit-2026-12.md
items 87-95): a running total and one year's, an average and a whole, shares of two wholes,
what a change came to and by how much, a plan and a fact, an event at another place, a
headline's list parted by spaces. Each rule on its own words, then on the shipped base:
the wrong statement is no longer decided, the faithful one beside it still supported."""

from __future__ import annotations

import pytest

from jjjcli.compare import Comparer
from jjjcli.kb import KnowledgeBase
from jjjcli.kinds import (
    Quoted,
    done_said,
    forecast_said,
    one_year_said,
    other_average,
    other_degree,
    other_direction,
    other_reach,
    other_stage,
    other_whole,
    per_one,
    running_total,
    share_whole,
    whole_of_share,
)
from jjjcli.reading import read_sentence


@pytest.fixture(scope="module")
def comparer(kb: KnowledgeBase) -> Comparer:
    return Comparer(kb)


def test_running_totals_and_one_year() -> None:
    assert running_total("2014年以来，北京连续开展两轮专项行动，累计退出一般制造业企业")
    assert running_total("10年来疏解一般制造业企业")
    assert not running_total("先后入选国家级高新技术企业和")  # (one after another)
    assert not running_total("2023年全年新增固定资产投资")
    assert one_year_said("北京去年一年退出一般制造业企业")
    assert one_year_said("今年")
    assert not one_year_said("2014年以来")


def test_an_average_against_a_whole() -> None:
    assert per_one("平均每年将投入约") and per_one("单日游客量") and per_one("人均培训")
    assert per_one("企业年度节约") and not per_one("2023年度")
    assert not per_one("未来五年，蓟州区将投资")
    # the statement's own clause says it; the claim's whole sentence does not
    assert other_average("平均每年将投入约", "蓟州区平均每年将投入约", "蓟州区将投资",
                         "未来五年，蓟州区将投资")
    # the claim's sentence says it in another clause: of its kind (…约96吨 is a year's)
    assert not other_average("每年可减少二氧化碳排放量约", "每年可减少二氧化碳排放量约",
                             "能够减少温室效应气体二氧化碳排放量约",
                             "平均每年可发电约10万千瓦时，能够减少温室效应气体二氧化碳排放量约")
    # neither's own clause says it: a sentence's average is another figure's
    assert not other_average("拥有景区", "蓟州区平均每年接待游客2000万人次以上，拥有景区",
                             "拥有景区", "拥有景区")


def test_shares_of_two_wholes() -> None:
    assert share_whole("张家口数据中心集群算力占全国") == "全国"
    assert share_whole("算力占京津冀地区的") == "京津冀地区"
    assert share_whole("在全国占比") == "全国"
    assert share_whole("研发人员占比") is None  # (占比 prints no whole)
    assert other_whole("全国", "京津冀地区")
    assert not other_whole("全市", "全市规上工业")
    assert not other_whole("全国", None)


def test_plans_said_and_done_said() -> None:
    assert done_said("蓟州区特色承接平台已建成面积达")
    assert not done_said("蓟州区特色承接平台规划面积")
    assert forecast_said("北京森林覆盖率2025年将达")
    assert not forecast_said("建设口袋公园和绿地等改善人居环境,全市森林覆盖率达到")


def _quoted(quote: str, raw: str) -> Quoted:
    """The claim's figure ``raw`` in its quote as read, as compare hands it to kinds."""
    read = read_sentence(quote)
    figure = next(f for f in read.figures if f.figure.raw == raw)
    return lambda: (read, figure)


def test_things_begun_and_things_finished() -> None:
    begun = _quoted("首批4所疏解高校雄安校区和北京大学人民医院雄安院区已正式开工建设", "4所")
    said = "首批4所疏解高校雄安校区已于2023年开学"
    assert other_stage(said, 2, 4, begun)
    assert not other_stage("首批4所疏解高校雄安校区已开工", 2, 4, begun)
    # a quote's clause that says both (开工…建成) is no start alone; each clause its own
    both = _quoted("2023年开工并建成项目180个", "180个")
    assert not other_stage("2023年建成项目180个", 9, 13, both)
    begun = _quoted("2023年新开工项目180个，建成投用项目120个", "180个")
    assert other_stage("2023年建成项目180个", 9, 13, begun)


def test_things_done_wholly_in_part_and_under_way() -> None:
    part = _quoted("京津冀主要城市1—1.5小时交通圈基本形成", "1—1.5小时")
    under_way = _quoted("京津冀主要城市1小时至1.5小时交通圈加速形成", "1小时至1.5小时")
    said = "京津冀主要城市1小时至1.5小时交通圈已全面形成"
    assert other_degree(said, 7, 15, part) and other_degree(said, 7, 15, under_way)
    assert other_degree("京津冀主要城市1小时至1.5小时交通圈已形成", 7, 15, under_way)
    assert not other_degree("京津冀主要城市1小时至1.5小时交通圈已形成", 7, 15, part)
    assert not other_degree("京津冀主要城市1小时至1.5小时交通圈基本形成", 7, 15, part)


def test_the_other_way_between_places() -> None:
    out = _quoted("北京向天津、河北输出技术合同成交额由83.1亿元增至356.9亿元,2023年增长近1.1倍,达到748.7亿元。",
                  "748.7亿元")
    said = "2023年，天津、河北向北京输出技术合同成交额达到748.7亿元。"
    assert other_direction(said, said.index("748.7"), out)
    same = "2023年，北京向津冀输出技术合同成交额达到748.7亿元。"
    assert not other_direction(same, same.index("748.7"), out)
    # the last direction before the figure, in its sentence, is the figure's
    both = "北京对津冀企业新增注册3.7万户，津冀对北京企业新增注册1.1万户"
    into = _quoted("津冀对北京企业新增注册1.1万户、注册资本4310亿元", "1.1万户")
    assert not other_direction(both, both.index("1.1万"), into)
    assert other_direction(both, both.index("3.7万"), into)


def test_things_in_two_reaches() -> None:
    region = _quoted("天津港在京津冀区域内设立40余个直营店和加盟店", "40余个")
    assert other_reach("天津港在全国范围内设立40余个直营店", 11, 15, region)
    assert not other_reach("天津港在京津冀地区范围内设立40余个直营店", 14, 18, region)
    assert not other_reach("天津港设立40余个直营店", 5, 9, region)  # (no reach said)


def test_the_whole_of_a_share_is_not_its_part() -> None:
    part = _quoted("京津冀地区共建成5G基站32.4万个,占本地区移动电话基站总数的31.4%", "32.4万个")
    assert whole_of_share("京津冀移动电话基站总数", part)
    assert not whole_of_share("京津冀地区共建成5g基站", part)


@pytest.mark.parametrize(("wrong", "faithful"), [
    # a running total given as one year's (and a faithful total beside it)
    ("北京去年一年退出一般制造业企业近3000家", "2014年以来，北京累计退出一般制造业企业近3000家"),
    ("2023年京津冀税务“首违不罚”办理15.4万户次",
     "京津冀税务“首违不罚”实施三年来累计办理15.4万户次"),
    # a share of another whole
    ("张家口数据中心集群算力占全国22%", "张家口数据中心集群算力占京津冀地区的22%"),
    # by how much for what it came to
    ("据介绍，白洋淀野生鸟类种类增加了260余种", "据介绍，白洋淀野生鸟类种类增加到260余种"),
    # a plan given as done, a fact as a forecast for a year to come
    ("蓟州区特色承接平台已建成面积达35平方公里", "蓟州区特色承接平台规划面积35平方公里"),
    ("北京森林覆盖率2025年将达45%", "北京全市森林覆盖率达到44.8%"),
    # campuses begun said as opened; outlets in the region said as in the country
    ("首批4所疏解高校雄安校区已于2023年开学", "首批4所疏解高校雄安校区已正式开工建设"),
    ("记者获悉，天津港在全国范围内设立40余个直营店和加盟店。",
     "记者获悉，天津港在京津冀区域内设立40余个直营店和加盟店。"),
    # a plan said done (the statement's 主要 is no plan of its own), wholly for in part
    ("京津冀已培育壮大一批千亿级的制造业集群。",
     "京津冀需推动战略性新兴产业融合集群发展，培育壮大一批千亿级的制造业集群。"),
    ("京津冀主要城市1小时至1.5小时交通圈已全面形成。", "京津冀主要城市1小时至1.5小时交通圈基本形成。"),
    # a year's average growth said as the whole change
    ("2001年至2013年，京津冀三地国内旅游收入累计增长14.78%。",
     "2001年至2013年，京津冀三地国内旅游收入年均增长14.78%。"),
    # the other way between places
    ("2023年，天津、河北向北京输出技术合同成交额达到748.7亿元。",
     "2023年，北京向天津、河北输出技术合同成交额达到748.7亿元。"),
])
def test_another_thing_is_not_supported(comparer: Comparer, wrong: str, faithful: str) -> None:
    assert comparer.compare(wrong).verdict != "supported"
    assert comparer.compare(faithful).verdict == "supported"


@pytest.mark.parametrize("statement", [
    "蓟州区平均每年将投入约4.4亿元提升经开区基础配套设施。",  # 22亿元 over five years
    "2023年天津重大协同项目平均投资约5.7亿元",  # 总投资1561.2亿元
    "全国政协十四届二次会议有69名委员缺席。",  # 应出席委员2162人
    "记者获悉，通州区与北三县连续5年举办项目推介洽谈会，累计签约项目210余个、意向投资额超900亿元。",
    "京津冀移动电话基站总数超百万个",  # the whole of 5G基站32.4万个's share
    "五年来，通州组团共形成18项国家级和市级改革创新案例。",  # 7项国家级 and 11项市级 added up
])
def test_another_thing_does_not_contradict(comparer: Comparer, statement: str) -> None:
    figures = comparer.compare(statement).figures
    assert figures and all(f.verdict != "contradicted" for f in figures)


def test_items_joined_are_a_sum_and_each_is_still_itself(comparer: Comparer) -> None:
    verdict = comparer.compare("五年来，通州组团共形成18项国家级和市级改革创新案例。")
    assert verdict.figures[0].reason.startswith("a sum jjj does not work out")
    assert comparer.compare("五年来，通州组团形成7项国家级改革案例、11项市级创新案例。"
                            ).verdict == "supported"
    assert comparer.compare("五年来，通州组团共形成17项国家级改革创新案例。"
                            ).verdict == "contradicted"


def test_two_directions_swapped_are_contradicted(comparer: Comparer) -> None:
    swapped = comparer.compare("2014—2022年，北京对津冀企业新增注册1.1万户，津冀对北京企业新增注册3.7万户。")
    assert [f.verdict for f in swapped.figures] == ["contradicted", "contradicted"]
    right = comparer.compare("2014—2022年，北京对津冀企业新增注册3.7万户，津冀对北京企业新增注册1.1万户。")
    assert right.verdict == "supported"


def test_an_english_date_of_one_of_the_places(comparer: Comparer) -> None:
    """Hebei's congress passed the decision on 30 November: the words of the region's name
    (Beijing-Tianjin-Hebei) do not make Beijing's congress (24 November) the one meant."""
    about = ("people's congress standing committee adopted the decision on the "
             "Beijing-Tianjin-Hebei collaborative innovation community on November")
    assert comparer.compare(f"The Hebei provincial {about} 30, 2023.").verdict == "supported"
    assert comparer.compare(f"The Beijing {about} 24, 2023.").verdict == "supported"
    assert comparer.compare(f"The Beijing {about} 30, 2023.").verdict == "contradicted"


def test_a_total_no_year_is_held_to(comparer: Comparer) -> None:
    """2023 of a conference's name is no year of the figure's: the stock as of then is
    still supported; a total as of a year's end supports the total said with 累计."""
    verdict = comparer.compare("据2023京津冀产业链供应链大会上发布的《京津冀产业发展报告（2023）》，"
                               "京津冀产业协同项目库入库项目超2000个，总投资达1.3万亿元。")
    assert [f.verdict for f in verdict.figures] == ["supported", "supported"]
    assert comparer.compare("天津科技成果网累计汇集京冀地区专家3836人。").verdict == "supported"


def test_a_headline_list_parted_by_spaces(comparer: Comparer) -> None:
    verdict = comparer.compare("京津冀工业互联网已育综合型平台5家 特色型21家 专业型5家")
    assert [f.verdict for f in verdict.figures][0] == "supported"
    assert all(f.verdict != "contradicted" for f in verdict.figures)
    # the statement is printed as given
    assert verdict.statement == "京津冀工业互联网已育综合型平台5家 特色型21家 专业型5家"


def test_an_event_held_at_another_place(comparer: Comparer) -> None:
    wrong = comparer.compare("新华社消息，2023年5月12日下午，习近平在保定市主持召开深入推进"
                             "京津冀协同发展座谈会。")
    assert wrong.verdict == "unsupported"
    assert "石家庄市" in wrong.figures[0].reason
    right = comparer.compare("2023年5月12日，习近平在石家庄市主持召开深入推进京津冀协同发展座谈会。")
    assert right.verdict == "supported"
    # another day's event in another place is no reason (2014's, in Beijing)
    assert comparer.compare("2014年2月26日，习近平在北京主持召开座谈会，专题听取京津冀协同发展"
                            "工作汇报。").verdict == "supported"


def test_text_spaced_out_from_a_pdf_keeps_its_words(comparer: Comparer) -> None:
    """Characters spaced out one by one (a PDF's 经 审 查 立 案) are no headline's items: the
    figure keeps its words, and a changed value is contradicted."""
    verdict = comparer.compare("全国政协十四届一次会议以来，共提出提案 5621 件，经 审 查 立 案 9585 件 。")
    assert [f.verdict for f in verdict.figures] == ["supported", "contradicted"]
    assert verdict.figures[1].claim is not None
    assert verdict.figures[1].claim.id == "000-42-cppcc-proposals-accepted"


def test_an_order_is_not_a_count(comparer: Comparer) -> None:
    """第五批 is one batch; the source's 5批 is how many there have been: neither supports
    the other, and the order is kept as unsupported (not dropped as prose) with the count
    as the reason. An edition is named by its count (十四届 is the 第十四届)."""
    wrong = comparer.compare("京津冀自贸试验区第五批推出203项“同事同标”政务服务事项。")
    assert wrong.verdict == "unsupported"
    order = next(f for f in wrong.figures if f.figure.raw == "第五批")
    assert order.verdict == "unsupported" and "how many, not which one" in order.reason
    assert comparer.compare("京津冀自贸试验区先后推出5批共203项“同事同标”政务服务事项。"
                            ).verdict == "supported"
    assert comparer.compare("2024年全国政协届次十四届").verdict == "supported"


def test_an_english_number_in_words(comparer: Comparer) -> None:
    """One day is read (the source's 1 hour contradicts it); a number in words with no
    qualifier that no claim states is left out as prose (over five years), as 五年 is."""
    about = "Moving a company's tax affairs between Beijing, Tianjin and Hebei now takes one"
    wrong = comparer.compare(f"{about} day, down from about 20 days.")
    assert wrong.verdict == "contradicted"
    assert comparer.compare(f"{about} hour, down from about 20 days.").verdict == "supported"
    spans = comparer.compare("Over five years, the Tongzhou area of the Beijing free trade "
                             "pilot zone has produced 7 national reform cases.")
    assert [f.figure.raw for f in spans.figures] == ["7"]


def test_a_doubling_said_as_翻番(comparer: Comparer) -> None:
    """翻了一番 is about 2 times: contradicted by 1.7 times, not settled by 增长近1.1倍
    (nearly 2.1 times), supported by 是2014年的4倍 for 翻了两番; a worked-out doubling no
    claim gives keeps the statement from being supported."""
    assert comparer.compare("2022年京津冀地区生产总值比2014年翻了一番。").verdict == "contradicted"
    near = comparer.compare("2023年北京流向津冀技术合同成交额比上年翻了一番。")
    assert near.verdict == "unsupported" and "does not settle" in near.figures[0].reason
    assert comparer.compare("截至2022年年底，三地高新技术企业数量突破6万家，比2014年翻了两番。"
                            ).verdict == "supported"
    assert comparer.compare("2014—2022年，京津冀规模以上工业企业数量由24159家增加到26751家，"
                            "实现翻番。").verdict == "unsupported"


def test_differences_measured_against_two_things(comparer: Comparer) -> None:
    """A worked-out difference between two growth rates (…比旅游人次年均增速高3.93个百分点) is
    not the source's difference from the national average (高于全国平均水平2个百分点以上):
    not contradicted; the source's own sentence is still supported."""
    worked = comparer.compare("2014年至2019年，京津冀国内旅游收入年均增速比旅游人次年均增速高3.93个百分点。")
    assert [f.verdict for f in worked.figures] == ["unsupported"]
    assert comparer.compare("2014年至2019年，京津冀国内旅游人次和旅游收入的年均增长率均高于全国平均水平"
                            "2个百分点以上。").verdict == "supported"
