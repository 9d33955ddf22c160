"""jjjcli.periods: a statement figure's time against a claim's period; and the readings it
stands on (前三季度 and 上半年 are periods, 由X增至Y gives each value its year, fractions are
shares, a day takes its paragraph's month)."""

from __future__ import annotations

import pytest

from jjjcli.figures import find_figures
from jjjcli.periods import When, describe_when, printed_months, same_period, stated_when
from jjjcli.reading import read_sentence


def when_of(text: str, index: int = -1) -> When:
    sentence = read_sentence(text)
    item = sentence.figures[index]
    return stated_when(sentence.text, frozenset(item.period), frozenset(item.base),
                       item.start)


@pytest.mark.parametrize(("text", "months"), [
    ("2023年1—11月，北京流向津冀技术合同成交额653.8亿元", (1, 11)),
    ("2023年前11个月，通州园工业总产值189.9亿元", (1, 11)),
    ("2023年前三季度，医药制造业增加值增长9.5%", (1, 9)),
    ("2023年上半年，软件业务收入1万亿元", (1, 6)),
    ("截至2023年6月底，北京累计推广新能源汽车69.2万辆", (1, 6)),
    ("2023年全年，北京流向津冀技术合同成交额748.7亿元", (1, 12)),
    ("In the first 11 months of 2023, output was 18.99 billion yuan", (1, 11)),
    ("From January to November 2023, output was 18.99 billion yuan", (1, 11)),
    ("2023年京津冀地区生产总值10.4万亿元", None),
    ("2023年5月11日至12日，习近平在河北考察", None),  # days, not months of a year
    ("2014年1月—2023年11月，累计已超2700亿元", None),  # a span of years
])
def test_the_part_of_a_year_a_sentence_prints(text: str, months: tuple[int, int] | None
                                              ) -> None:
    assert printed_months(text) == months


@pytest.mark.parametrize(("text", "period", "same"), [
    # a year, and part of it
    ("2023年京津冀地区生产总值10.4万亿元", "2023", True),
    ("2023年全年，北京流向津冀技术合同成交额748.7亿元", "2023", True),
    ("2023年全年，北京流向津冀技术合同成交额653.8亿元", "2023-01/2023-11", False),
    ("2023年，北京流向津冀技术合同成交额653.8亿元", "2023-01/2023-11", False),
    ("2023年1—11月，北京流向津冀技术合同成交额653.8亿元", "2023-01/2023-11", True),
    ("2023年1—11月，北京流向津冀技术合同成交额748.7亿元", "2023", False),
    ("2023年1—9月，北京流向津冀技术合同成交额653.8亿元", "2023-01/2023-11", False),
    ("2022年北京流向津冀技术合同成交额748.7亿元", "2023", False),
    # a month: a total at its end, or an event in it; not a flow of months
    ("截至2023年6月底，北京累计推广新能源汽车69.2万辆", "2023-06", True),
    ("2023年上半年，北京推广新能源汽车69.2万辆", "2023-06", False),
    # the end of a year is no earlier month's end; it is the year's, or December's
    ("截至2023年年底，北京累计推广新能源汽车69.2万辆", "2023-06", False),
    ("截至2023年底，北京累计推广新能源汽车69.2万辆", "2023-12", True),
    ("截至2023年年底，北京市属国企在津冀投资项目1300多个", "2023", True),
    ("By the end of 2023, Beijing had promoted 692,000 new energy vehicles", "2023-06", False),
    ("2019年，首批35个市级部门搬迁", "2019-01", True),
    # a span: both ends printed, its start counted from, a total to its end
    ("2022年京津冀工业增加值是2014年的1.43倍", "2014/2022", True),
    ("2022年京津冀经济总量是2013年的1.8倍", "2014/2022", False),
    ("2022年京津冀地区生产总值增长6.9%", "2014/2022", False),
    ("2014年至2022年，北京流向津冀技术合同成交额累计超过2700亿元", "2014-01/2023-11", False),
    ("2014年以来，北京流向津冀技术合同成交额累计超过2700亿元", "2014-01/2023-11", True),
    # (自 a year … 以来 in one clause counts from that year too)
    ("自2014年建立“平蓟三兴”协同机制以来，四地已召开多层级联席会议9次", "2014/2024", True),
    ("截至2023年6月末，河北累计承接京津转入基本单位44800家", "2014/2023-06", True),
    ("2014年至2023年年末，河北累计承接京津转入基本单位4.48万家", "2014/2023-06", False),
    ("纳入配额管理的145家企业全部完成2022年度碳配额清缴工作，实现履约率连续8年100%",
     "2015/2022", True),
    ("2024年是京津冀协同发展战略实施十周年", "2014/2024", True),
    ("2023年，京津冀三地客流内循环占比55.32%", "2022-07/2023-06", False),
    # a span with its months printed at both ends: the claim's months, not only its years
    ("2022年7月至2023年6月，京津冀三地客流内循环占比55.32%", "2022-07/2023-06", True),
    ("2022年1月至2023年6月，京津冀三地客流内循环占比55.32%", "2022-07/2023-06", False),
    ("From July 2022 to June 2023, 55.32% of tourist flows stayed in the region",
     "2022-07/2023-06", True),
    ("From January 2022 to June 2023, 55.32% of tourist flows stayed in the region",
     "2022-07/2023-06", False),
    ("2014年2月至2017年12月，京津冀旅游协同发展工作会议召开7次", "2014-04/2017-12", False),
    # nothing to hold them to
    ("京津冀地区生产总值10.4万亿元", "2023", None),
    ("2023年京津冀地区生产总值10.4万亿元", "", None),
])
def test_a_claims_period_is_the_figures_time_or_not(text: str, period: str,
                                                     same: bool | None) -> None:
    assert same_period(when_of(text), period) is same


def test_the_time_a_reason_names() -> None:
    assert describe_when(when_of("2023年上半年，北京流向津冀技术合同成交额300亿元")) \
        == "2023-01/2023-06"
    assert describe_when(when_of("2023年京津冀经济总量是2013年的1.8倍")) == "2013/2023"
    assert describe_when(when_of("2023年京津冀地区生产总值10.4万亿元")) == "2023"


def test_a_change_from_one_value_to_another_gives_each_its_year() -> None:
    sentence = read_sentence("2014—2022年,三地规模以上工业企业数量由24159家增加到26751家。")
    assert [sorted(f.period) for f in sentence.figures] == [["2014"], ["2022"]]
    # of one year, after a comparison's year: the first is the comparison year's
    shares = read_sentence("2023年1—11月,京津冀地区完成软件业务收入26862亿元,是2014年同期的5.33倍,"
                           "在全国总收入中的占比由15.3%增长到24.3%").figures[-2:]
    assert [sorted(f.period) for f in shares] == [["2014"], ["2023"]]
    # a total over the span keeps both years
    (total,) = read_sentence("2014年至2022年，北京流向津冀技术合同成交额累计超过2700亿元").figures
    assert sorted(total.period) == ["2014", "2022"]


def test_parts_of_a_year_are_periods_not_figures() -> None:
    assert [f.figure.raw for f in find_figures("2023年前三季度，工业总产值189.9亿元")] \
        == ["189.9亿元"]
    assert [f.figure.raw for f in find_figures("2023年上半年，推广新能源汽车69.2万辆")] \
        == ["69.2万辆"]
    assert [f.figure.raw for f in find_figures("前三名企业")] == ["前三名"]  # a ranking


@pytest.mark.parametrize(("text", "raw", "value", "qualifier"), [
    ("贡献了全区近四分之一的新设外资企业数", "近四分之一", 25, "nearly"),
    ("约四分之一", "约四分之一", 25, "about"),
    ("四分之一", "四分之一", 25, "about"),  # a fraction in prose is a round figure
    ("占比近一半", "近一半", 50, "nearly"),
    ("超过三分之一", "超过三分之一", 33.333333, "more-than"),
])
def test_fractions_are_shares(text: str, raw: str, value: float, qualifier: str) -> None:
    (found,) = find_figures(text)
    assert (found.figure.raw, found.figure.value, found.figure.unit,
            found.figure.qualifier) == (raw, value, "%", qualifier)


def test_months_are_the_figures_they_come_before() -> None:
    """The part of a year belongs to the figures after it, up to the next year printed:
    2022年…748.7亿元 is the whole of 2022 even where 2023年1—11月 follows it."""
    two = "2022年北京流向津冀技术合同成交额748.7亿元，2023年1—11月为653.8亿元"
    assert printed_months(two, two.index("748.7")) is None
    assert printed_months(two, two.index("653.8")) == (1, 11)
    back = "2023年1—11月，北京流向津冀技术合同成交额653.8亿元，2022年为356.9亿元"
    assert printed_months(back, back.index("653.8")) == (1, 11)
    assert printed_months(back, back.index("356.9")) is None
    english = "In the first 11 months of 2023, the park's output was 18.99 billion yuan"
    assert printed_months(english, english.index("18.99")) == (1, 11)


@pytest.mark.parametrize(("text", "years", "year_end"), [
    ("截至2024年初，科技园累计注册企业近5000家", {"2023"}, True),
    ("截至2023年年初，科技园累计注册企业近5000家", {"2022"}, True),
    ("As of early 2024, the park had nearly 5,000 firms", {"2023"}, True),
    ("截至2023年年底，科技园累计注册企业近5000家", {"2023"}, True),
    ("2024年初，北京发布了5项措施", {"2024"}, False),  # (a time, no total taken at it)
])
def test_a_total_at_a_years_start_is_the_year_befores(text: str, years: set[str],
                                                      year_end: bool) -> None:
    (item,) = read_sentence(text, simplified=True).figures
    when = stated_when(text, frozenset(item.period), frozenset(item.base), item.start)
    assert (set(when.years), when.year_end) == (years, year_end)
