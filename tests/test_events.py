"""jjjcli.events: the words that tell a dated event, names in short form, event verbs."""

from __future__ import annotations

import pytest

from jjjcli.events import (
    counts_clash,
    english_body_names,
    english_event_words,
    english_names,
    event_text,
    event_verbs,
    name_form,
    name_parts,
    numbers_clash,
)
from jjjcli.figures import find_dates


@pytest.mark.parametrize(("full", "short"), [
    ("中国（北京）自由贸易试验区", "北京自贸试验区"),
    ("中国(北京)自由贸易试验区", "北京自贸区"),
    ("中国人民政治协商会议第十四届全国委员会第二次会议", "全国政协十四届二次会议"),
    ("天津滨海—中关村科技园", "滨海中关村科技园"),
])
def test_a_short_name_meets_the_full_one(full: str, short: str) -> None:
    """In name form, the short name holds most of the full name's character pairs (what
    compare asks of a date's event text: DATE_SUBJECT_SHARE), and more than as printed."""
    from jjjcli.dating import DATE_SUBJECT_SHARE
    from jjjcli.search import bigrams

    def share(a: str, b: str) -> float:
        return len(bigrams(a) & bigrams(b)) / len(bigrams(a))

    assert share(name_form(full), name_form(short)) >= DATE_SUBJECT_SHARE
    assert share(name_form(full), name_form(short)) > share(full, short)


def test_name_form_drops_framing_and_ordinal_di() -> None:
    assert name_form("《京津冀协同发展规划纲要》") == "京津冀协同发展规划纲要"
    assert name_form("第十四届“线上+线下”") == "十四届线上+线下"
    assert name_form("自由贸易试验区") == name_form("自贸试验区") == name_form("自贸区") == "自贸区"


def test_name_parts() -> None:
    assert name_parts("市委常委会扩大会议和全市领导干部会议") == [
        "市委常委会扩大会议和全市领导干部会议", "市委常委会扩大会议", "全市领导干部会议"]
    # one body: 京津冀 is not a part of its own
    assert name_parts("京津冀及周边地区大气污染防治领导小组") == [
        "京津冀及周边地区大气污染防治领导小组"]
    assert name_parts("元一(天津)生物科技有限公司", ["天津"]) == [
        "元一(天津)生物科技有限公司", "元一生物科技"]
    assert name_parts("天津旗滨节能玻璃有限公司", ["天津"])[-1] == "旗滨节能玻璃"


def _event(text: str, index: int = 0, told: bool = False) -> str:
    dates = find_dates(text)
    spans = [(d.start, d.end) for d in dates]
    return event_text(text, dates[index].start, dates[index].end, spans, told=told)


def test_event_text_is_the_clauses_a_date_governs() -> None:
    # a date that opens the sentence governs all of it
    assert _event("2014年2月26日，习近平主持召开座谈会，听取京津冀协同发展工作汇报") == (
        "|，习近平主持召开座谈会，听取京津冀协同发展工作汇报")
    # two dates: each its own clause and the ones after it, up to the next date's
    text = "2018年京雄城际开通，2019年大兴机场投运，全面提速"
    assert _event(text, 0) == "|京雄城际开通，"
    assert _event(text, 1) == "|大兴机场投运，全面提速"
    # the clauses before the first date are its
    assert _event("北京常住人口增长率明显下降，2017年开始出现负增长") == (
        "北京常住人口增长率明显下降，|开始出现负增长")


def test_from_one_dates_event_to_anothers_each_tells_its_own() -> None:
    """从…到 in one clause: the words that tell each date's event are those after it, up
    to the 到 (the subject before 从 is both's); as event text, nothing changes."""
    text = "领导小组从2018年升格设立到2023年不再保留，存续约5年。"
    assert _event(text, 0, told=True) == "领导小组从|升格设立"
    assert _event(text, 1, told=True) == "领导小组从|不再保留，存续约5年。"
    assert _event(text, 1) == "领导小组从2018年升格设立到|不再保留，存续约5年。"
    assert _event("领导小组从2018年设立到不再保留", told=True) == "领导小组从|设立"
    # (two dates in a clause without 从…到: the words between may be the second's)
    text = "2021年平谷区终期评估时间2021年5月"
    assert _event(text, 1, told=True) == _event(text, 1)


def test_event_verbs_come_from_the_metric_and_its_aliases() -> None:
    assert event_verbs("揭牌时间", ["揭牌日期", "挂牌时间", "unveiled"]) == (
        "揭牌", "挂牌", "unveiled")
    assert event_verbs("揭牌时间", ["时间"]) == ("揭牌",)
    assert event_verbs("开通时间目标", ["通车时间目标"]) == ("开通", "通车")
    # a word of founding brings the others: reporters write 成立 of a park set up (设立)
    assert event_verbs("设立时间", ["建立时间"]) == (
        "设立", "成立", "建立", "组建", "founded", "established", "set up", "formed")
    assert "设立" in event_verbs("成立时间", ["组建时间"])
    assert event_verbs("申请创建时间") == ("申请创建",)


def test_numbers_clash() -> None:
    assert numbers_clash("城市副中心行政办公区二期", "行政办公区一期建成")
    assert not numbers_clash("城市副中心行政办公区二期", "行政办公区二期建成")
    assert numbers_clash("第二批北京市级部门", "首批北京市级行政中心迁入")
    assert not numbers_clash("京雄高速", "一期工程")  # the subject numbers nothing
    # a ring road: the section between two is named by their numbers
    assert numbers_clash("京雄高速公路北京段五环至六环", "京雄高速公路北京段四环至五环顺利贯通")
    assert not numbers_clash("京雄高速公路北京段五环至六环", "京雄高速公路北京段五环至六环贯通")
    # a session of a committee
    assert numbers_clash("全国政协十四届二次会议", "全国政协十四届三次会议下午在北京开幕")
    assert not numbers_clash("全国政协十四届二次会议", "十四届二次会议首次设立委员通道")


def test_a_count_a_name_or_a_list_holds() -> None:
    quote = "1996年,该研讨会转型为北方十省市旅游联合会"
    assert counts_clash("研讨会转型为北方八省市旅游联合会", quote) == ("八省市", "十省市")
    assert counts_clash("研讨会转型为北方十二省市旅游联合会", quote) == ("十二省市", "十省市")
    assert counts_clash("研讨会转型为北方十省市旅游联合会", quote) is None
    assert counts_clash("研讨会转型为旅游联合会", quote) is None  # (it counts none)
    # a list's items counted (the two characters after 大 say what)
    assert counts_clash("现代金融、数字经济等五大产业", "现代金融、数字经济等六大产业逐步聚能成势") == (
        "五大产业", "六大产业")
    assert counts_clash("五大产业", "六大跨区域产业链图谱") is None  # (another thing counted)


def test_english_words_and_names() -> None:
    assert english_event_words("The zone was unveiled in September 2020") == {
        "zone", "unveiled"}
    assert english_names("Shanghai's free trade zone was unveiled") == {"shanghai"}
    assert english_names("Xi Jinping chaired a symposium on Beijing-Tianjin-Hebei") == {
        "xi", "jinping", "beijing", "tianjin", "hebei"}
    # (a sentence's opening word and a title before a name name no one)
    assert english_names("During an inspection tour of Hebei, President Xi chaired") == {
        "hebei", "xi"}


@pytest.mark.parametrize(("text", "names"), [
    # a body's or a park's name, its hyphens dropped (Jing-Jin is Jingjin)
    ("The Baodi Jing-Jin Zhongguancun Science City covers 14.5 square km",
     [("baodi", "jingjin", "zhongguancun", "science", "city")]),
    ("42 of the firms in the Yutian Economic Development Zone come from Beijing",
     [("yutian", "economic", "development", "zone")]),
    ("During the 2022 Beijing Winter Olympics, 110 cases were filed",
     [("beijing", "winter", "olympics")]),
    # a place's own name, a person's and a place alone are no body's
    ("It lies 150 km from Xiong'an New Area and 20 km from Tongzhou District", []),
    ("Xi Jinping visited Tianjin", []),
    ("Beijing Tianjin", []),
    # a name with its place-made noun in lower case after the (the Houhu park), not a
    # place's (the Tianjin port)
    ("Of the 80-plus companies in the Houhu park, 42 are from Beijing", [("houhu", "park")]),
    ("The Tianjin port handled more containers", []),
])
def test_english_body_names(text: str, names: list[tuple[str, ...]]) -> None:
    assert english_body_names(text) == names


def test_the_words_of_english_places_with_their_kind() -> None:
    """A place's English name with the words after it that make its full name: what a
    figure is of is told by the other words."""
    from jjjcli.events import place_words_en

    assert place_words_en("Investment in Xiong'an New Area has") == {"xiongan", "new", "area"}
    assert place_words_en("Tianjin's Baodi district is") == {"tianjin", "baodi", "district"}
    assert place_words_en("The investment by rail") == set()
