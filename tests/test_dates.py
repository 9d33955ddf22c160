"""Dates as figures: the parser, precision, agreement, and date figures in claims."""

from __future__ import annotations

import calendar
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import RunCli
from jjjcli.errors import FigureError
from jjjcli.figures import (
    compared_precision,
    date_precision,
    dates_agree,
    find_dates,
    find_figures,
    parse_date,
)
from test_check import make_kb


@pytest.mark.parametrize(
    ("raw", "value", "high", "precision"),
    [
        ("2016年9月", 20160900, None, "month"),
        ("2021年", 20210000, None, "year"),
        ("2015年4月30日", 20150430, None, "day"),
        ("2019年1月16日至18日", 20190116, 20190118, "day"),
        ("2019年1月16日—18日", 20190116, 20190118, "day"),
        ("2023年11月至12月", 20231100, 20231200, "month"),
        ("2014年4月至2017年12月", 20140400, 20171200, "month"),
        ("2014年1月—2023年11月", 20140100, 20231100, "month"),
        ("2023年1—11月", 20230100, 20231100, "month"),
        ("2012—2021年", 20120000, 20210000, "year"),
        ("2001年至2013年", 20010000, 20130000, "year"),
        ("2021年—2035年", 20210000, 20350000, "year"),
        ("2014 年 2 月 26 日", 20140226, None, "day"),
        ("2014 年\n2 月 26 日", 20140226, None, "day"),
        ("２０１４年２月２６日", 20140226, None, "day"),
        ("二〇一五年", 20150000, None, "year"),
        ("二〇二三年十二月二十八日", 20231228, None, "day"),
        ("3月4日", 304, None, "day"),
        ("2024年2月29日", 20240229, None, "day"),
    ],
)
def test_parse_date(raw: str, value: int, high: int | None, precision: str) -> None:
    figure = parse_date(raw)
    assert (figure.value, figure.high, figure.unit) == (value, high, "date")
    assert figure.qualifier == ("range" if high else "exact")
    assert date_precision(figure) == precision
    assert figure.raw == raw.strip()


@pytest.mark.parametrize(
    "raw",
    ["", "2016", "2016年13月", "2016年9月31日", "2023年2月29日", "2019年1月18日至16日",
     "9月32日", "超过1100家", "年月日", "2016年9月设立", "2012—2021年3月"],
)
def test_not_a_date(raw: str) -> None:
    with pytest.raises(FigureError):
        parse_date(raw)


@pytest.mark.parametrize(
    ("a", "b", "agree", "precision"),
    [
        ("2016年9月", "2016年9月", True, "month"),
        ("2016年", "2016年9月", True, "year"),  # agree at the year: all 2016 says
        ("2016年9月", "2018年9月", False, "month"),
        ("2016年9月", "2016年10月", False, "month"),
        ("2016年9月", "2016年9月12日", True, "month"),
        ("2015年4月30日", "2015年4月29日", False, "day"),
        ("2019年1月16日至18日", "2019年1月17日", True, "day"),
        ("2019年1月16日至18日", "2019年1月19日", False, "day"),
        ("2019年1月16日至18日", "2019年1月16日至20日", False, "day"),
        ("2019年1月16日至18日", "2019年1月", True, "month"),
        ("2019年1月16日至18日", "2020年1月", False, "month"),
        ("3月4日", "2024年3月4日", True, "day"),
        ("3月4日", "2024年3月5日", False, "day"),
        ("3月4日", "2024年", None, None),  # no part printed in both: cannot decide
    ],
)
def test_dates_agree(a: str, b: str, agree: bool | None, precision: str | None) -> None:
    fa, fb = parse_date(a), parse_date(b)
    assert dates_agree(fa, fb) is agree
    assert dates_agree(fb, fa) is agree
    assert compared_precision(fa, fb) == precision


def test_find_dates_whole_and_with_spans() -> None:
    text = ("习近平2019年1月16日至18日在京津冀考察。这是12日下午。分别于11月29日和30日通过，"
            "2023年1—11月，自2014年到2023年6月末，地址尖山路82号，2014 年 2\n月 26 日")
    found = find_dates(text)
    assert [(f.figure.raw, f.figure.value, f.figure.high) for f in found] == [
        ("2019年1月16日至18日", 20190116, 20190118),
        ("12日", 12, None),
        ("11月29日", 1129, None),
        ("30日", 30, None),
        ("2023年1—11月", 20230100, 20231100),
        ("2014年", 20140000, None),
        ("2023年6月", 20230600, None),
        ("2014年2月26日", 20140226, None),
    ]
    assert all(f.is_date for f in found)
    assert text[found[-1].start : found[-1].end] == "2014 年 2\n月 26 日"


def test_dates_are_still_no_figures() -> None:
    assert find_figures("于2016年9月设立") == []


_CN = "〇一二三四五六七八九"


def _cn_digits(n: int) -> str:
    return "".join(_CN[int(c)] for c in str(n))


def _cn_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CN[tens]) + "十" if tens else "") + (_CN[ones] if ones else "")


_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def printed_dates(draw: st.DrawFn) -> tuple[str, int, int, int]:
    year = draw(st.integers(1900, 2099))
    month = draw(st.integers(0, 12))
    day = draw(st.integers(1, calendar.monthrange(year, month)[1])) if month and draw(
        st.booleans()) else 0
    style = draw(st.sampled_from(["arabic", "fullwidth", "chinese", "spaced"]))
    if style == "chinese":
        text = _cn_digits(year) + "年"
        text += _cn_small(month) + "月" if month else ""
        text += _cn_small(day) + "日" if day else ""
    else:
        sep = " " if style == "spaced" else ""
        text = f"{year}{sep}年"
        text += f"{sep}{month}{sep}月" if month else ""
        text += f"{sep}{day}{sep}日" if day else ""
        if style == "fullwidth":
            text = text.translate(_FULL)
    return text, year, month, day


@given(printed_dates())
def test_every_printed_date_parses_to_its_value(case: tuple[str, int, int, int]) -> None:
    text, year, month, day = case
    figure = parse_date(text)
    assert figure.value == year * 10000 + month * 100 + day
    assert date_precision(figure) == ("day" if day else "month" if month else "year")
    assert dates_agree(figure, figure) is True
    assert [f.figure.value for f in find_dates(f"据悉，{text}，该园区设立")] == [figure.value]


@given(printed_dates(), st.integers(1, 50))
def test_another_year_disagrees_and_the_year_alone_agrees(
    case: tuple[str, int, int, int], shift: int
) -> None:
    text, year, month, day = case
    figure = parse_date(text)
    other = parse_date(f"{year - shift}年" + (f"{month}月" if month else "")
                       + (f"{day}日" if day and day <= 28 else ""))
    assert dates_agree(figure, other) is False
    assert dates_agree(figure, parse_date(f"{year}年")) is True


@given(st.integers(1900, 2098), st.integers(1, 12), st.integers(1, 25), st.integers(1, 3),
       st.sampled_from(["至", "—", "-", "到"]))
def test_day_ranges(year: int, month: int, day: int, length: int, sep: str) -> None:
    figure = parse_date(f"{year}年{month}月{day}日{sep}{day + length}日")
    assert (figure.value, figure.high, figure.qualifier) == (
        year * 10000 + month * 100 + day, year * 10000 + month * 100 + day + length, "range")
    inside = parse_date(f"{year}年{month}月{day + 1}日")
    assert dates_agree(figure, inside) is (length >= 1)
    assert dates_agree(figure, parse_date(f"{year + 1}年{month}月{day}日")) is False


@given(st.text(max_size=30))
def test_parse_date_never_fails_otherwise(text: str) -> None:
    try:
        figure = parse_date(text)
    except FigureError:
        return
    assert figure.unit == "date" and figure.value > 0


DATE_CLAIM = """
[[claim]]
id = "000-5-year"
source = "000_f79aeb44c6809f22.txt"
paragraph = 5
quote = "2023年，副中心数字经济核心产业收入超过 430亿元"
metric = "年份"
subject = "北京城市副中心"
period = "2023"
en = "2023."
topics = ["enterprises"]
figures = [{ raw = "2023年", value = 20230000, unit = "date", qualifier = "exact" }]
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (None, None),
        (("value = 20230000", "value = 20220000"), "date '2023年' is 20230000 (YYYYMMDD), not 2022"),
        (("value = 20230000", "value = 2023"), "is 20230000 (YYYYMMDD), not 2023"),
        (('qualifier = "exact"', 'qualifier = "range"'), "has qualifier exact, not range"),
        (('raw = "2023年"', 'raw = "超过 430亿元"'), "does not parse as a date"),
    ],
)
def test_check_proves_date_figures(
    jjj: RunCli, tmp_path: Path, change: tuple[str, str] | None, message: str | None
) -> None:
    claim = DATE_CLAIM if change is None else DATE_CLAIM.replace(*change)
    result = jjj("check", "--kb", str(make_kb(tmp_path, claim)))
    if message is None:
        assert "0 problems" in result.out, result.out
    else:
        assert message in result.out


def _uncovered_dates(jjj: RunCli, root: Path) -> set[tuple[int, str]]:
    import json

    data = json.loads(jjj("check", "--kb", str(root), "--format", "json").out)
    return {(u["paragraph"], u["raw"]) for u in data["uncovered"] if u["kind"] == "date"}


OPENING_CLAIM = """
[[claim]]
id = "000-48-opening-date"
source = "000_f79aeb44c6809f22.txt"
paragraph = 48
quote = "3月4日下午，中国人民政治协商会议第十四届全国委员会第二次会议在北京人民大会堂开幕。"
metric = "开幕时间"
subject = "中国人民政治协商会议第十四届全国委员会第二次会议"
period = "2024"
en = "Opened on 4 March."
topics = ["politics"]
figures = [{ raw = "3月4日", value = 304, unit = "date", qualifier = "exact" }]
"""


def test_coverage_lists_dated_events_not_periods(jjj: RunCli, tmp_path: Path) -> None:
    from test_check import GOOD_CLAIM

    dates = _uncovered_dates(jjj, make_kb(tmp_path / "a", GOOD_CLAIM))
    assert (48, "3月4日") in dates  # 3月4日下午…开幕: an event no claim dates
    assert (26, "4日") in dates  # …第二次会议4日下午…开幕: the same event, by its day
    assert (5, "2023年") not in dates  # 2023年，…超过1100家: the period of GOOD_CLAIM
    assert (4, "2023年") in dates  # 2023年前11个月: no claim of paragraph 4 has that period
    assert (26, "3月4日") not in dates  # 新华社北京3月4日电: a dateline
    assert not any(raw.startswith("2024") for _p, raw in dates if _p == 8)  # 2024…大会: a name
    covered = _uncovered_dates(jjj, make_kb(tmp_path / "b", GOOD_CLAIM + OPENING_CLAIM))
    assert (48, "3月4日") not in covered and (26, "4日") in covered


def test_date_exclusions(jjj: RunCli, tmp_path: Path) -> None:
    from test_check import GOOD_CLAIM

    figure_only = """
[[exclude]]
source = "000_f79aeb44c6809f22.txt"
paragraph = 48
raw = "4"
reason = "a figure entry: does not hide the date 3月4日"
"""
    dates = _uncovered_dates(jjj, make_kb(tmp_path / "a", GOOD_CLAIM + figure_only))
    assert (48, "3月4日") in dates
    date_entry = """
[[exclude]]
source = "000_f79aeb44c6809f22.txt"
paragraph = 48
raw = "3月4日"
kind = "date"
reason = "test"
"""
    dates = _uncovered_dates(jjj, make_kb(tmp_path / "b", GOOD_CLAIM + date_entry))
    assert (48, "3月4日") not in dates and (26, "4日") in dates
    result = jjj("check", "--kb", str(make_kb(tmp_path / "c", GOOD_CLAIM + date_entry.replace(
        'kind = "date"', 'kind = "year"'))))
    assert "exclusion kind 'year'" in result.out


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("编制出台《现代化首都都市圈空间协同规划(2023年—2035年)》,进一步", "name"),
        ("新华社北京3月4日电凝心聚力", "publication"),
        ("(摘编自2014年2月28日《人民日报》)", "publication"),
        ("2025年7月4日星期五", "publication"),
        ("《人民日报》（2024年02月26日01版）", "publication"),
        ("《光明日报》（2024年04月12日 05版）", "publication"),
        ("BEIJING, Feb. 26 (Xinhua) -- The combined output of Beijing rose.", "publication"),
        ("2020年9月，中国（北京）自由贸易试验区在北京城市副中心正式揭牌。", None),
        ("2016年《京津冀系统推进全面创新改革试验方案》经国务院批准", None),
    ],
)
def test_date_rules(text: str, rule: str | None) -> None:
    from jjjcli.check import date_rule

    found = find_dates(text)[0]
    assert date_rule(text, found.start, found.end) == rule


def test_bundled_date_claims_and_coverage(jjj: RunCli) -> None:
    """The five sources: date claims parse, and the known dated facts are claimed."""
    import json

    from jjjcli.kb import load_kb

    kb = load_kb()
    dated = {c.id: c for c in kb if any(f.unit == "date" for f in c.figures)}
    assert len(dated) >= 60
    for claim in dated.values():
        figure = next(f for f in claim.figures if f.unit == "date")
        year, end = figure.value // 10000, (figure.high or figure.value) // 10000
        period = str(year) if end == year else f"{year}/{end}"  # the date's year(s)
        assert not year or claim.period == period, claim.id
    known = {
        ("004-229-beijing-air-quality-first-compliance-year", 20210000),
        ("004-154-outline-plan-adopted-date", 20150430),
        ("004-33-symposium-2014-date", 20140226),
        ("004-132-beijing-population-decline-start-year", 20170000),
        ("004-162-beijing-innovation-community-decision-date", 20231124),
        ("002-44-beijing-ftz-unveiling-date", 20200900),
    }
    for claim_id, value in known:
        assert dated[claim_id].figures[0].value == value
    data = json.loads(jjj("check", "--format", "json").out)
    assert not [u for u in data["uncovered"] if u["kind"] == "date"]
    assert sum(c["dates_covered"] for c in data["coverage"].values()) >= 60


def test_firsts_are_counted_in_coverage(jjj: RunCli, tmp_path: Path) -> None:
    import json

    from test_check import GOOD_CLAIM

    root = make_kb(tmp_path, GOOD_CLAIM)
    data = json.loads(jjj("check", "--kb", str(root), "--format", "json").out)
    figures = {(u["source"][:3], u["paragraph"], u["raw"]) for u in data["uncovered"]
               if u["kind"] == "figure"}
    assert ("001", 19, "首批") in figures  # 首批发起成员单位: a first, unclaimed
    first = """
[[claim]]
id = "001-19-first-batch"
source = "001_9edae77716d51e3f.txt"
paragraph = 19
quote = "当天，首批发起成员单位共同签订《京津冀国家高新区联盟倡议书》"
metric = "发起成员单位批次"
subject = "京津冀国家高新区联盟"
period = ""
en = "The first batch of founding members signed."
topics = ["innovation"]
figures = [{ raw = "首批", value = 1, unit = "批", qualifier = "ordinal" }]
"""
    root = make_kb(tmp_path / "b", GOOD_CLAIM + first)
    data = json.loads(jjj("check", "--kb", str(root), "--format", "json").out)
    assert not [u for u in data["uncovered"] if u["raw"] == "首批"]


@pytest.mark.parametrize(
    ("raw", "iso"),
    [("2016年9月", "2016-09"), ("2021年", "2021"), ("2015年4月30日", "2015-04-30"),
     ("2019年1月16日至18日", "2019-01-16/2019-01-18"), ("3月4日", "--03-04"), ("4日", "---04"),
     ("2012—2021年", "2012/2021")],
)
def test_iso_date(raw: str, iso: str) -> None:
    from jjjcli.figures import iso_date

    assert iso_date(parse_date(raw)) == iso


def test_show_prints_a_date_as_a_date(jjj: RunCli) -> None:
    result = jjj("show", "004-42-jjj-inspection-2019-dates", "--format", "table")
    assert result.code == 0
    assert "2019年1月16日至18日 = 2019-01-16/2019-01-18 (date)" in result.out


def test_without_date_claims_the_dated_events_are_reported(jjj: RunCli, tmp_path: Path) -> None:
    """The bundled sources with facts/claims/dates/ removed: the coverage report lists the
    dated events, and not the years that are only periods of the claims that remain."""
    import json
    import shutil

    from conftest import ASSETS

    root = tmp_path / "facts"
    shutil.copytree(ASSETS.parent.parent / "facts", root)
    shutil.rmtree(root / "claims" / "dates")
    data = json.loads(jjj("check", "--kb", str(root), "--format", "json").out)
    dates = {(u["source"][:3], u["paragraph"], u["raw"]) for u in data["uncovered"]
             if u["kind"] == "date"}
    for event in [("002", 44, "2020年9月"), ("004", 154, "2015年4月30日"),
                  ("004", 33, "2014年2月26日"), ("004", 229, "2021年"), ("004", 132, "2017年"),
                  ("004", 162, "2023年11月24日"), ("004", 137, "2023年12月28日")]:
        assert event in dates, event
    for period in [("000", 5, "2023年"), ("004", 254, "2023年1—11月"), ("004", 107, "2014年"),
                   ("004", 257, "2014年1月—2023年11月"), ("004", 89, "2023年—2035年"),
                   ("004", 38, "2014年2月28日")]:
        assert period not in dates, period


@given(printed_dates(), printed_dates())
def test_agreement_is_symmetric_and_follows_the_shared_parts(
    a: tuple[str, int, int, int], b: tuple[str, int, int, int]
) -> None:
    fa, fb = parse_date(a[0]), parse_date(b[0])
    agree = dates_agree(fa, fb)
    assert agree is dates_agree(fb, fa)
    precision = compared_precision(fa, fb)
    depth = ("year", "month", "day").index(precision or "year") + 1
    assert agree is (a[1:1 + depth] == b[1:1 + depth])


@pytest.mark.parametrize(("raw", "value"), [
    ("September 2020", 20200900),
    ("26 February 2014", 20140226),
    ("February 26, 2014", 20140226),
    ("Feb. 2016", 20160200),
    ("Sept. 2016", 20160900),
    ("in 2014", 20140000),
    ("Since 2017", 20170000),
])
def test_english_dates(raw: str, value: int) -> None:
    assert parse_date(raw).value == value
    found = find_dates(f"The zone was set up {raw} in Beijing")
    assert [(f.figure.raw, f.figure.value) for f in found] == [(raw, value)]


@pytest.mark.parametrize("text", [
    "It may 2014 rise",  # may is a verb: a month is capitalised
    "The marchers came in 30 minutes",
    "GDP rose 30% from 2014-2020",  # a span of years: periods, not a dated event
    "Raised 2014 million yuan",  # a year needs its preposition
])
def test_not_english_dates(text: str) -> None:
    assert find_dates(text) == []


def test_an_english_date_is_no_figure() -> None:
    """Its numbers are the date's: not 26, not 30,201 (April 30, 2015 squeezed)."""
    assert find_figures("Xi chaired a symposium on 26 February 2014") == []
    assert find_figures("The plan was adopted on April 30, 2015") == []
    assert [f.figure.raw for f in find_figures("GDP grew 5.2% in 2023")] == ["5.2%"]
    with pytest.raises(FigureError):
        parse_date("30 February 2016")
