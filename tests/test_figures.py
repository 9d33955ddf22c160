"""The figure parser: Chinese quantities in every printed form, and English ones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jjjcli.errors import FigureError
from jjjcli.figures import (
    chinese_to_number,
    find_dates,
    find_figures,
    parse_figure,
    spoken_numbers,
)


@pytest.mark.parametrize(
    ("raw", "value", "unit", "qualifier"),
    [
        ("超过1100家", 1100, "家", "more-than"),
        ("突破1100家", 1100, "家", "more-than"),
        ("5.59万亿元", 5_590_000_000_000, "元", "exact"),
        ("55900亿元", 5_590_000_000_000, "元", "exact"),
        ("5.59 trillion yuan", 5_590_000_000_000, "元", "exact"),
        ("312 million US dollars", 312_000_000, "美元", "exact"),
        ("312 million U.S. dollars", 312_000_000, "美元", "exact"),
        ("3.12亿美元", 312_000_000, "美元", "exact"),
        ("$312 million", 312_000_000, "美元", "exact"),
        # Hong Kong's and Taiwan's dollars are no US dollars; CNY and 人民币 are yuan; 兆
        # before money is Taiwan's 万亿
        ("HK$312 million", 312_000_000, "港元", "exact"),
        ("NT$10 billion", 10_000_000_000, "新台币", "exact"),
        ("CNY 18.99 billion", 18_990_000_000, "元", "exact"),
        ("10亿人民币", 1_000_000_000, "元", "exact"),
        ("超过人民币100亿元", 10_000_000_000, "元", "more-than"),
        ("10.3兆元", 10_300_000_000_000, "元", "exact"),
        ("100兆", 100, "Mbps", "exact"),
        ("1.3万亿", 1_300_000_000_000, None, "exact"),
        ("13000亿", 1_300_000_000_000, None, "exact"),
        ("230 余家", 230, "家", "more-than"),
        ("100多家", 100, "家", "more-than"),
        ("十余项", 10, "项", "more-than"),
        ("超三成", 30, "%", "more-than"),
        ("27%", 27, "%", "exact"),
        ("２７％", 27, "%", "exact"),
        ("百分之三十", 30, "%", "exact"),
        ("5‰", 5, "‰", "exact"),
        ("2.3个百分点", 2.3, "个百分点", "exact"),
        ("1.43倍", 1.43, "倍", "exact"),
        ("约50%", 50, "%", "about"),
        ("50%左右", 50, "%", "about"),
        ("近十年", 10, "年", "nearly"),
        ("逾千亿元", 100_000_000_000, "元", "more-than"),
        ("不到5000人", 5000, "人", "less-than"),
        ("2162名", 2162, "人", "exact"),
        ("一百二十万人", 1_200_000, "人", "exact"),
        ("两千家", 2000, "家", "exact"),
        ("第3届", 3, "届", "ordinal"),
        ("108万辆", 1_080_000, "辆", "exact"),
        ("2.5万人次", 25_000, "人次", "exact"),
        ("1.12%", 1.12, "%", "exact"),
        ("1,605家", 1605, "家", "exact"),
        ("more than 1,100 firms", 1100, "家", "more-than"),
        ("about 10 trillion yuan", 10_000_000_000_000, "元", "about"),
        ("37 percent", 37, "%", "exact"),
        ("3千米", 3, "公里", "exact"),
        ("1000平方公里以上", 1000, "平方公里", "more-than"),
        # (a headline's: the economy nears 10.4 trn yuan; 15 pct points)
        ("nears 10.4 trillion yuan", 10_400_000_000_000, "元", "nearly"),
        ("approaching 5,000 firms", 5000, "家", "nearly"),
        ("15 pct points", 15, "个百分点", "exact"),
        ("1.5 ppts", 1.5, "个百分点", "exact"),
        # (a level stepped onto or crossed: 迈上千亿元台阶, 跨过万亿元门槛)
        ("迈上千亿元", 100_000_000_000, "元", "at-least"),
        ("跨过1万亿元", 1_000_000_000_000, "元", "more-than"),
    ],
)
def test_parse_figure(raw: str, value: float, unit: str | None, qualifier: str) -> None:
    figure = parse_figure(raw)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(("text", "read"), [
    # a round number said vaguely is a range of its scale
    ("链接着数百家相关行业的生产企业", [("数百家", 100, 1000)]),
    ("已有上千家企业落户", [("上千家", 1000, 10000)]),
    ("合同额从最初的几千万元", [("几千万元", 10_000_000, 100_000_000)]),
    ("签约十几个项目", [("十几个", 11, 19)]),
    ("吸纳二十几万人就业", [("二十几万人", 210_000, 290_000)]),
    # the 数 of a count's name and the 上 of a verb or of 线上 are no part of it
    ("年度人数百名", [("百名", 100, None)]),
    ("北京高质量发展指数十年间增长", [("十年", 10, None)]),
    # (迈上 before it is a level stepped onto: a bound, read with the figure)
    ("经济总量迈上千亿元台阶", [("迈上千亿元", 100_000_000_000, None)]),
    ("线上万人参与", []),
    # and in English, its noun's unit with it (or a few words on)
    ("thousands of firms", [("thousands of firms", 1000, 10000)]),
    ("tens of thousands of yuan", [("tens of thousands of yuan", 10_000, 100_000)]),
    ("hundreds of high-tech enterprises", [("hundreds of", 100, 1000)]),
])
def test_a_vague_round_number_is_a_range(text: str,
                                         read: list[tuple[str, float, float | None]]) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.high)
            for f in find_figures(text)] == read


@pytest.mark.parametrize(("text", "read"), [
    # a round number in words with a or one before its scale is a figure, its noun's unit
    # with it (or a few words on); not a span of time or a multiple
    ("more than a thousand firms", [("more than a thousand firms", 1000, "家", "more-than")]),
    ("about a hundred high-tech enterprises", [("about a hundred", 100, "家", "about")]),
    ("one million yuan of investment", [("one million yuan", 1_000_000, "元", "exact")]),
    ("a hundred years of history", []),
    ("one thousand times", []),
])
def test_a_round_number_in_english_words(text: str,
                                         read: list[tuple[str, float, str, str]]) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.unit, f.figure.qualifier)
            for f in find_figures(text)] == read


def test_range() -> None:
    figure = parse_figure("1—1.5小时")
    assert (figure.value, figure.high, figure.unit, figure.qualifier) == (1, 1.5, "小时", "range")
    scaled = parse_figure("10—15万人")
    assert (scaled.value, scaled.high) == (100_000, 150_000)


@pytest.mark.parametrize("raw", ["", "   ", "京津冀", "abc", "超过"])
def test_not_a_figure(raw: str) -> None:
    with pytest.raises(FigureError):
        parse_figure(raw)


def test_equal_forms_are_the_same_quantity() -> None:
    forms = ["5.59万亿元", "55900亿元", "5.59 trillion yuan", "5590 billion yuan"]
    figures = [parse_figure(f) for f in forms]
    assert all(a.same_quantity(b) for a in figures for b in figures)
    assert not parse_figure("27%").same_quantity(parse_figure("27个百分点"))


def test_find_figures_in_print_extracted_text() -> None:
    text = "2023\n年前 11个月，通州园 207家重点企业\n实现工业总产值 189.9 亿元，同比增\n长3.7%。"
    found = find_figures(text)
    assert [f.figure.raw for f in found] == ["207家", "189.9亿元", "3.7%"]
    assert [text[f.start : f.end] for f in found] == ["207家", "189.9 亿元", "3.7%"]
    dated = find_figures(text, dates=True)
    assert [(f.figure.raw, f.is_date) for f in dated][:2] == [("2023年", True), ("前11个月", True)]


def test_years_and_dates_are_not_figures() -> None:
    text = "2021 至 2024 年，3月4日下午，在2024北京城市副中心产业高质量发展大会上"
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "raws"), [
    # a date in numbers and a time of day, as a web page's header prints them
    ("2024-03-05 10:15:32 来源：新华网", []),
    ("2024年02月26日05:57 | 来源：人民网", []),
    ("2024/4/12 10:26:37", []), ("2024.03.04", []),
    ("会议于10:30开始，下午3:30结束", []), ("at 10:30 on Monday", []),
    # a ratio is still two figures, a decimal one, a span of years its own
    ("男女比例1:1", ["1", "1"]), ("2013年的6.2 : 35.7", ["6.2", "35.7"]),
    ("达到2024.5亿元", ["2024.5亿元"]), ("2014-2022年增长10%", ["10%"]),
])
def test_dates_in_numbers_and_times_of_day_are_not_figures(text: str, raws: list[str]) -> None:
    assert [f.figure.raw for f in find_figures(text)] == raws


def test_chinese_prose_numerals_are_not_figures() -> None:
    assert find_figures("一核两翼、三大主题") == []


def _to_chinese(n: int) -> str:
    """A reference writer of Chinese numerals, for the round-trip property."""
    digits = "零一二三四五六七八九"
    if n == 0:
        return "零"

    def section(x: int) -> str:
        out, zero = "", False
        for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // value % 10
            if d:
                if zero and out:
                    out += "零"
                out += digits[d] + name
                zero = False
            else:
                zero = True
        return out

    parts = []
    for value, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        chunk = n // value % 10**4 if value < 10**8 else n // value
        if chunk:
            parts.append(section(chunk) + name)
    return "".join(parts)


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert chinese_to_number(_to_chinese(n)) == n


SCALES = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}
UNITS = ["元", "美元", "家", "人", "公里", "平方公里", "亩", "吨", "辆", "项", "件", "%"]


@given(
    st.decimals(min_value="0.01", max_value="99999", places=2, allow_nan=False),
    st.sampled_from(sorted(SCALES)),
    st.sampled_from(UNITS),
    st.sampled_from(["", "约", "近", "超过", "逾"]),
)
def test_scaled_arabic_figures(number: object, scale: str, unit: str, prefix: str) -> None:
    text = f"{prefix}{number}{scale}{unit}"
    figure = parse_figure(text)
    assert figure.value == pytest.approx(float(str(number)) * SCALES[scale], rel=1e-9)
    assert figure.unit == unit
    expected = {"": "exact", "约": "about", "近": "nearly", "超过": "more-than",
                "逾": "more-than"}[prefix]
    assert figure.qualifier == expected


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,万亿元家%约超过近余多年月日第十百千三 \n"))))
def test_find_figures_never_crashes_and_spans_are_in_text(text: str) -> None:
    for found in find_figures(text, dates=True):
        assert 0 <= found.start < found.end <= len(text)


@settings(max_examples=300)
@given(st.text())
def test_find_figures_on_any_text(text: str) -> None:
    find_figures(text, dates=True)


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [("百分之十点七", 10.7, "%"), ("约十点七万人", 107_000, "人"),
     ("五点五九万亿元", 5_590_000_000_000, "元"), ("二十三点零五亿元", 2_305_000_000, "元")],
)
def test_chinese_decimals(raw: str, value: float, unit: str | None) -> None:
    figure = parse_figure(raw)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit
    assert chinese_to_number("十点七") == pytest.approx(10.7)


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("2022年，京津冀地区PM2.5年均浓度已降到37微克/立方米", ["37微克/立方米"]),
        ("京津冀PM_{2.5}浓度下降，PM10浓度下降30%", ["30%"]),
        ("京津冀三地2022年的工业增加值超过了2.5万亿元", ["2.5万亿元"]),
        ("北京与津冀两地，一地创新、三地互认", []),
        ("雄安中关村科技园一期的企业入驻率已经达到90%", ["90%"]),
        ("全国政协十四届一次会议以来，共提出提案5621件", ["5621件"]),
        ("十四届全国人大二次会议；二十届三中全会", []),
        ("建成5G基站32.4万个，“1+3+N”措施", ["32.4万个"]),
        ("“1+3+4”产业体系，“1+6”政策体系，12345热线，360集团，第八十中学", []),
        ("2023年京津冀GDP11万亿元", ["11万亿元"]),
        # an emission standard (国三, 国六) is a name; 全国三成 is the country's share
        ("天津港新能源、清洁能源及国三以上排放标准机械占比达到70%以上", ["70%以上"]),
        ("淘汰国六车3万辆，占全国三成", ["3万辆", "三成"]),
    ],
)
def test_numbers_in_names_are_not_figures(text: str, raws: list[str]) -> None:
    assert [f.figure.raw for f in find_figures(text)] == raws


@pytest.mark.parametrize(("text", "raws"), [
    # a thousands group is three digits, no more: a year after a comma is no group of 107's
    ("2013年107,2022年37", ["107", "37"]),
    ("1,234,567 people and 5,621 proposals", ["1,234,567 people", "5,621"]),
    # a + between two counts joins a list (a scheme's name has a digit before the +)
    ("1个总体协议+5个重点领域子协议", ["1个", "5个"]),
    ("7个国家级高新区+2家省级高新区", ["7个", "2家"]),
    ("“1+5”合作框架", []),
])
def test_thousands_and_lists_joined_by_a_plus(text: str, raws: list[str]) -> None:
    assert [f.figure.raw for f in find_figures(text)] == raws


def test_names_rule_keeps_real_figures() -> None:
    assert [f.figure.raw for f in find_figures("平谷、蓟州等6地联合发行")] == ["6地"]
    assert [f.figure.raw for f in find_figures("算力规模已经超过1万P")] == ["超过1万P"]
    assert [f.figure.raw for f in find_figures("第十四届全国委员会第二次会议")] == [
        "第十四届", "第二次"]
    # the claim's own figure still parses: the rule is for running text only
    assert parse_figure("十四届").value == 14
    assert parse_figure("三地").unit == "地"


@pytest.mark.parametrize(("text", "value", "high"), [
    ("May 11-12, 2023", 20230511, 20230512),
    ("11–12 May 2023", 20230511, 20230512),
    # and with "to" between the days
    ("16 to 18 January 2019", 20190116, 20190118),
    ("May 11 to 12, 2023", 20230511, 20230512),
])
def test_an_english_span_of_days_is_one_date(text: str, value: int, high: int) -> None:
    from jjjcli.reading import read_sentence

    sentence = read_sentence(f"The symposium was held on {text}.")
    assert sentence.figures == []  # not 11-12,202 and 3
    (date,) = sentence.dates
    assert (date.figure.raw, date.figure.value, date.figure.high) == (text, value, high)
    assert date.figure.qualifier == "range"


@pytest.mark.parametrize(("text", "raw"), [
    ("was about 60% lower than in 2014", "about 60%"),
    ("nearly 60% of the total", "nearly 60%"),
    ("about 5 km long", "about 5 km"),
])
def test_an_english_percentage_keeps_its_sign_before_a_word(text: str, raw: str) -> None:
    """A qualified English percentage followed by a word (about 60% lower) is read whole:
    the % was lost where squeezing the text joined it to the word."""
    assert [f.figure.raw for f in find_figures(text)] == [raw]


@pytest.mark.parametrize(("text", "figures"), [
    # a list's comma is no thousands one (squeezing joined 2023, 180 into 2,023,180)
    ("In 2023, 180 projects were started.", [("180 projects", 180, "项", "exact")]),
    ("It rose to 12,345 people", [("12,345 people", 12345, "人", "exact")]),
    # a figure as a compound adjective keeps its scale and unit
    ("a more than 40-million-yuan investment",
     [("more than 40-million-yuan", 40_000_000, "元", "more-than")]),
    ("The 340,000-square-metre campus", [("340,000-square-metre", 340000, "平方米", "exact")]),
    ("a 1.5-hour travel circle", [("1.5-hour", 1.5, "小时", "exact")]),
    # within: a bound of a measure, not of a year
    ("a park within a 15-minute walk", [("within a 15-minute", 15, "分钟", "up-to")]),
    ("within 40 minutes", [("within 40 minutes", 40, "分钟", "up-to")]),
    ("within 2023", []),
    # half a span of time, as 半小时 is; half of a whole stays a share
    ("within half an hour's reach", [("within half an hour", 0.5, "小时", "up-to")]),
    ("a half-hour commute", [("half-hour", 0.5, "小时", "exact")]),
    ("more than half of them", [("more than half", 50, "%", "more-than")]),
    ("fell to 37 micrograms per cubic metre",
     [("37 micrograms per cubic metre", 37, "微克/立方米", "exact")]),
    # 微克 alone, as PM2.5's concentration is said in speech, with its bound
    ("PM2.5年均浓度已经降到30微克以下", [("30微克以下", 30, "微克/立方米", "less-than")]),
    # numbers in words with a unit after them are figures, as 一天 is
    ("now takes one day, down from about 20 days",
     [("one day", 1, "天", "exact"), ("about 20 days", 20, "天", "about")]),
    ("thirty-six months", [("thirty-six months", 36, "个月", "exact")]),
    ("more than ten years", [("more than ten years", 10, "年", "more-than")]),
    ("Hebei has seven firms", [("seven firms", 7, "家", "exact")]),
    # prose: before another noun, a name, a multiple or points said in words
    ("Eight Beijing municipal universities", []),
    ("one of the two wings", []),
    ("the 14th Five-Year Plan", []),
    ("three times", []),
    ("two percentage points", []),
])
def test_english_figures_as_reporters_write_them(
        text: str, figures: list[tuple[str, float, str, str]]) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.unit, f.figure.qualifier)
            for f in find_figures(text)] == figures


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("占全国比重达到一成二", 12, "exact"),  # 一成二: 12%, not 一成 and a stray 二
    ("已完成八成半", 85, "exact"),
    ("三成五的企业", 35, "exact"),
    ("超过两成", 20, "more-than"),
    ("七成以上", 70, "more-than"),
])
def test_tenths_said_with_their_digit(text: str, value: int, qualifier: str) -> None:
    (found,) = find_figures(text)
    assert (found.figure.value, found.figure.unit, found.figure.qualifier) == (
        value, "%", qualifier)


@pytest.mark.parametrize(("text", "raw"), [
    ("High-tech firms exceeded 60,000 by the end of 2022", "exceeded 60,000"),
    ("with signed investment topping 26 billion yuan", "topping 26 billion yuan"),
    ("expected to exceed 30% by 2025", "exceed 30%"),
])
def test_an_english_verb_of_passing_a_mark_is_more_than(text: str, raw: str) -> None:
    (found,) = find_figures(text)
    assert (found.figure.raw, found.figure.qualifier) == (raw, "more-than")


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("实现翻番", 2, "about"),
    ("经济总量翻了一番", 2, "about"),
    ("比2014年翻了两番", 4, "about"),
    ("研发经费比2014年翻了一番多", 2, "more-than"),
])
def test_a_doubling_in_words_is_a_multiple(text: str, value: int, qualifier: str) -> None:
    doubled = [f for f in find_figures(text) if f.figure.unit == "倍"]
    assert [(f.figure.value, f.figure.qualifier) for f in doubled] == [(value, qualifier)]
    assert not find_figures("从麦浪翻涌到自动化生产线")


@pytest.mark.parametrize(("text", "read"), [
    # two digits side by side say "this or the next": a range, never their digits (34)
    ("三四个项目", [("三四个", 3, 4, "个")]),
    ("二三十家企业", [("二三十家", 20, 30, "家")]),
    ("五六百人", [("五六百人", 500, 600, "人")]),
    ("约两三千人", [("约两三千人", 2000, 3000, "人")]),
    ("七八千万元", [("七八千万元", 70_000_000, 80_000_000, "元")]),
    # named levels, phases and lists of them are no amount
    ("迁入二三级企业50余家", [("50余家", 50, None, "家")]),
    ("行政办公区一二期", []),
    ("一二三级医院", []),
    ("第二三名", []),
    # (years digit by digit, and ordinary numerals, as before)
    ("二〇二三年", []),
    ("三十五个", [("三十五个", 35, None, "个")]),
])
def test_chinese_digits_side_by_side(text: str, read: list[tuple[str, float, float | None,
                                                                  str]]) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.high, f.figure.unit)
            for f in find_figures(text)] == read


def test_over_after_take_is_a_particle_not_a_bound() -> None:
    """taken over 308 powers: 308, not more than 308; over 308 powers is a bound."""
    [taken] = find_figures("The sub-centre has taken over 308 powers delegated by the city")
    assert (taken.figure.raw, taken.figure.qualifier) == ("308", "exact")
    [took] = find_figures("It took over 5 billion yuan of assets")
    assert (took.figure.raw, took.figure.qualifier) == ("5 billion yuan", "exact")
    [bound] = find_figures("It holds over 308 powers")
    assert (bound.figure.raw, bound.figure.qualifier) == ("over 308", "more-than")


@pytest.mark.parametrize(("text", "read"), [
    # occasions: an event held N times is N editions (举办N届), a thing done N times N 次
    ("The triathlon has been held 11 times and the cycling race seven times.",
     [("11 times", 11, "届"), ("seven times", 7, "届")]),
    ("Xi Jinping has visited the sub-centre four times.", [("four times", 4, "次")]),
    # a multiple: after a verb of change, before what it is a multiple of, not whole
    ("Output grew 3 times.", [("3 times", 3, "倍")]),
    ("Trade reached 3 times that of 2014.", [("3 times", 3, "倍")]),
    ("GDP is 2.1 times the 2014 level.", [("2.1 times", 2.1, "倍")]),
    ("The forum was held 4 times, and revenue rose 3 times.",
     [("4 times", 4, "届"), ("3 times", 3, "倍")]),
    ("It has been held 11 times as often.", [("11 times", 11, "倍")]),
    # (three times in words, with no verb of occasions: prose, as before; but before what
    # it multiplies, a multiple, as in digits)
    ("It happened three times.", []),
    ("It is three times as large.", [("three times", 3, "倍")]),
    ("Output reached about three times the number of 2014.", [("about three times", 3, "倍")]),
])
def test_english_times_are_occasions_or_a_multiple(
        text: str, read: list[tuple[str, float, str]]) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.unit) for f in find_figures(text)] == read


@pytest.mark.parametrize(("text", "read"), [
    ("the second China International Supply Chain Expo", [("second", 2)]),
    ("First China International Supply Chain Expo opens", [("First", 1)]),
    ("the 3rd Beijing Online Audiovisual Art Conference", [("3rd", 3)]),
    # (not a first time, a first batch, nor a name with no event's word)
    ("for the first time at the Conference", []),
    ("the first batch of firms", []),
    ("the second Beijing Municipal Committee", []),
    ("the first Games in Olympic history", []),
])
def test_an_english_edition_before_an_events_name(text: str,
                                                  read: list[tuple[str, int]]) -> None:
    found = [f.figure for f in find_figures(text)]
    assert [(f.raw, f.value) for f in found] == read
    assert all((f.unit, f.qualifier) == ("届", "ordinal") for f in found)


@pytest.mark.parametrize(("claimed", "stated", "expected"), [
    ("189.9亿元", "190亿元", (True, True)),  # rounded to the digits the statement prints
    ("1.45小时", "1.5小时", (True, True)),  # half up (四舍五入)
    ("1.5小时", "2小时", (False, False)),  # half up, but off by a quarter: no rounding
    ("1.5小时", "1小时", (False, False)),  # 1.5 rounds up, never down to 1
    ("1.4小时", "1小时", (False, False)),  # within the digit, but off by more than a tenth
    ("2.59万", "2.6万", (True, True)),
    ("5621件", "5621件", (True, False)),
])
def test_a_figure_is_the_sources_rounded_half_up_and_by_a_tenth_at_most(
        claimed: str, stated: str, expected: tuple[bool, bool]) -> None:
    from jjjcli.values import same_value

    assert same_value(parse_figure(claimed), parse_figure(stated)) == expected


def test_the_numbers_an_english_text_prints() -> None:
    from jjjcli.figures import english_numbers

    assert english_numbers("With five more firms added, 1,200 apartments and forty-two "
                           "offices in 2.5 years") == {5, 1200, 42, 2.5}
    assert english_numbers("no numbers here, not even a billion") == set()


@pytest.mark.parametrize(("text", "raws"), [
    # 前 and 后 that say when are no ranking's top or bottom: the figure stands
    ("目前3家企业已入驻", ["3家"]),
    ("先后四批次承接308项市级赋权", ["四批次", "308项"]),
    ("提前10天完成", ["10天"]),
    ("此后5年", ["5年"]),
    # a ranking's still is one; 最后一公里 is an idiom, no distance
    ("排名全国前三名", ["前三名"]),
    ("退出后十名", ["后十名"]),
    ("打通服务群众最后一公里", []),
])
def test_a_count_after_a_word_of_when(text: str, raws: list[str]) -> None:
    assert [f.figure.raw for f in find_figures(text)] == raws


@pytest.mark.parametrize(("text", "found"), [
    # wire copy spells out small counts: a count, as 6条 and 五批 are
    ("The network has six trunk lines and 36 branch lines.",
     [("six", 6, "exact"), ("36", 36, "exact")]),
    ("Thirty-eight bus routes now cross city lines.", [("Thirty-eight", 38, "exact")]),
    ("A task force coordinated more than ten departments.",
     [("more than ten", 10, "more-than")]),
    ("Free trade zones rolled out five batches of items.", [("five", 5, "exact")]),
    # not one, nor the region's parts, nor a name, a slogan, a rank or a compound
    ("Xiong'an is one of the key projects.", []),
    ("The three provinces and the two sides signed it.", []),
    ("The three areas' combined GDP grew.", []),
    ("Langfang's three northern counties joined.", []),
    ("He spoke during the Two Sessions near the Three Gorges.", []),
    ('Xiong\'an is one of the "two wings" of Beijing.', []),
    ("It ranked among the top ten cities.", []),
    ("It finished its phase-two equipment and a three-year plan.", []),
    # a number in words with a unit stays what it was (a span: two hours)
    ("The trip takes two hours.", [("two hours", 2, "exact")]),
])
def test_a_count_in_english_words(text: str, found: list[tuple[str, int, str]]) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.qualifier)
            for f in find_figures(text)] == found


def test_a_small_count_in_english_words_is_prose_as_a_chinese_one() -> None:
    from jjjcli.values import prose_numeral

    six, thirty_eight, more = (find_figures(t)[0].figure for t in (
        "It has six trunk lines.", "It has thirty-eight routes.", "It has more than ten units."))
    assert prose_numeral(six)  # (kept only where a claim states it, as 六条 is)
    assert not prose_numeral(thirty_eight) and not prose_numeral(more)


@pytest.mark.parametrize(("text", "found"), [
    # wire copy's and posts' short forms of a scale, and a bound after the number
    ("GDP tops 10 trln yuan", [("tops 10 trln yuan", 10**13, "元", "more-than")]),
    ("outstanding loans of 55.7 bln yuan", [("55.7 bln yuan", 55_700_000_000, "元", "exact")]),
    ("610 mln yuan of investment", [("610 mln yuan", 610_000_000, "元", "exact")]),
    ("Granny Li loses ¥30k", [("¥30k", 30_000, "元", "exact")]),
    ("Beijing turns away 25,000+ firms", [("25,000+ firms", 25_000, "家", "at-least")]),
    ("It runs 40+ outlets", [("40+", 40, None, "at-least")]),
    ("42 of its 80-plus companies", [("42", 42, None, "exact"),
                                     ("80-plus companies", 80, "家", "at-least")]),
    # a scheme's name is no bound (2+4+N, 3+2)
    ("the 2+4+N platform system", []),
    ("a cross-provincial '3+2' program", []),
    # 个亿, as headlines and speech say 亿
    ("完成投资约1.18个亿", [("约1.18个亿", 118_000_000, None, "about")]),
    ("投资两个亿", [("两个亿", 200_000_000, None, "exact")]),
    # a bound said with not (not less than: at least), as with no
    ("output is not less than 10 trillion yuan",
     [("not less than 10 trillion yuan", 10**13, "元", "at-least")]),
    # a number printed with a leading zero is a code (中国中化001大厦)
    ("中国中化001大厦设计结构高度150米", [("150米", 150, "米", "exact")]),
    # a social post's: m for million after a currency (150m alone is no million), ~ and ≈
    # for about (10~12k is a range), w for 万, USD before the sum, km² and kWh
    ("output set to reach ¥300m", [("¥300m", 300_000_000, "元", "exact")]),
    ("a ¥40m+ line", [("¥40m+", 40_000_000, "元", "at-least")]),
    ("RMB 300m of output", [("RMB 300m", 300_000_000, "元", "exact")]),
    ("150m structural height", []),
    ("~¥194.9bn total investment", [("~¥194.9bn", 194_900_000_000, "元", "about")]),
    ("cutting CO2 by ~96 tonnes", [("~96 tonnes", 96, "吨", "about")]),
    ("≈96% handled", [("≈96%", 96, "%", "about")]),
    ("10~12k firms", [("10~12k firms", 10_000, "家", "range")]),
    ("USD 1.2bn of FDI", [("USD 1.2bn", 1_200_000_000, "美元", "exact")]),
    ("高新技术企业突破1.1w家！", [("突破1.1w家", 11_000, "家", "more-than")]),
    ("日门诊量可达6.5w人次", [("6.5w人次", 65_000, "人次", "exact")]),
    ("~5000家企业", [("~5000家", 5000, "家", "about")]),
    ("1~2天", [("1~2天", 1, "天", "range")]),
    ("5G基站", []),
    ("38 km² in northeastern Tianjin", [("38 km²", 38, "平方公里", "exact")]),
    ("~100,000 kWh a year", [("~100,000 kWh", 100_000, "千瓦时", "about")]),
    # thousands grouped by a space, as print and PDFs set them (a year before a count is
    # no group: In 2023 300 companies)
    ("京津冀9 300余家定点医疗机构", [("9 300余家", 9300, "家", "more-than")]),
    ("1 100 firms", [("1 100 firms", 1100, "家", "exact")]),
    ("In 2023 300 companies moved", [("300 companies", 300, "家", "exact")]),
    ("every 7 weeks", [("7 weeks", 7, "周", "exact")]),
    # one and a half (一个半小时), and visits counted as trips are (a few: 次; many: 人次)
    ("一小时至一个半小时交通圈", [("一小时至一个半小时", 1, "小时", "range")]),
    ("两个半小时车程", [("两个半小时", 2.5, "小时", "exact")]),
    ("made nine visits", [("nine visits", 9, "次", "exact")]),
    ("900 visits", [("900 visits", 900, "人次", "exact")]),
    ("是2013年的两倍半", [("两倍半", 2.5, "倍", "exact")]),
    ("intended investment of nearly ¥100bn",
     [("nearly ¥100bn", 100_000_000_000, "元", "nearly")]),
    # a machine translator's and a bilingual line's: 亿 and 万 as scales, an English bound
    # before a Chinese figure, a Chinese unit after an English one, metres
    ("turnover 653.8 hundred million yuan", [("653.8 hundred million yuan", 65_380_000_000,
                                              "元", "exact")]),
    ("2.5 ten thousand people", [("2.5 ten thousand people", 25_000, "人", "exact")]),
    ("北京累计疏解一般制造业企业 more than 3,000家.",
     [("more than 3,000家", 3000, "家", "more-than")]),
    ("资金 nearly 800 million yuan", [("nearly 800 million yuan", 800_000_000, "元", "nearly")]),
    ("设立分支机构 more than 10 thousand家", [("more than 10 thousand家", 10_000, "家",
                                           "more-than")]),
    ("a design height of 150 meters", [("150 meters", 150, "米", "exact")]),
    # (within 300 and taken over 308, read as before: a Chinese figure takes an English
    # bound only with a Chinese unit)
    ("has taken over 308 powers", [("308", 308, None, "exact")]),
])
def test_a_headlines_and_a_posts_short_forms(text: str,
                                             found: list[tuple[str, int, str | None, str]]
                                             ) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.unit, f.figure.qualifier)
            for f in find_figures(text)] == found


def test_a_bound_without_a_unit_is_read_in_the_claims_and_a_count_is_no_ratio() -> None:
    from jjjcli.values import allows, units_match

    claim = parse_figure("1948.78亿元")
    assert allows(parse_figure("近1950亿"), claim)  # (about the claim's, said less precisely)
    from jjjcli.figures import Figure

    # (another class: the claim's 千亿级 is of 元)
    assert not allows(parse_figure("百亿级"), Figure("千亿级", 10**11, "元", "at-least"))
    assert not units_match(parse_figure("15%"), parse_figure("超100万"))
    assert units_match(parse_figure("15%"), parse_figure("15"))



@pytest.mark.parametrize(("text", "found"), [
    # a minus sign right before a number, after a verb, a mark or a space: below zero
    ("相比上年增长-2%", [("-2%", -2)]),
    ("GDP grew -2% in 2022", [("-2%", -2)]),
    ("增速为-0.5%", [("-0.5%", -0.5)]),
    # a range's dash, a name's, a list's bullet: no sign
    ("10-15%", [("10-15%", 10)]),
    ("2014年-2022年", []),
    ("- 36 trunk lines", [("36", 36)]),
    ("-10奋力谱写京津冀协同发展新篇章", [("10", 10)]),  # (a contents page's bullet, squeezed)
    ("A-1", [("1", 1)]),
])
def test_a_value_below_zero(text: str, found: list[tuple[str, float]]) -> None:
    assert [(f.figure.raw, f.figure.value) for f in find_figures(text)] == found


def test_signed_growth_is_read_with_its_sign() -> None:
    from jjjcli.opposites import opposed

    assert opposed("相比上年负增长2%", "相比上年增长2%") == ("负增长", "增长")
    assert opposed("开始正增长", "开始负增长") == ("正增长", "负增长")
    assert opposed("负增长2%", "下降2%") is None  # (the same way)


def test_growth_and_decline_in_english_in_any_form() -> None:
    from jjjcli.opposites import growth_turned_en

    assert growth_turned_en({"growing", "a", "year"}, {"fell", "by"}) == ("growing", "fell")
    assert growth_turned_en({"declines"}, {"rose"}) == ("declines", "rose")
    assert growth_turned_en({"rising"}, {"rose"}) is None  # (the same way)
    # (a statement going both ways, or a claim, is left alone)
    assert growth_turned_en({"rising", "fell"}, {"rose"}) is None
    assert growth_turned_en({"rising"}, {"rose", "fell"}) is None


@pytest.mark.parametrize(("text", "raw", "value", "unit"), [
    ("全长约117英里", "约117英里", 117, "英里"),
    ("面积216平方英里", "216平方英里", 216, "平方英里"),
    ("全长约117厘米", "约117厘米", 117, "厘米"),
    ("500千伏特高压", "500千伏", 500, "千伏"),
    ("about 117 miles long", "about 117 miles", 117, "英里"),
    ("a 117-mile line", "117-mile", 117, "英里"),
])
def test_a_unit_no_source_prints_is_still_a_unit(text: str, raw: str, value: float,
                                                 unit: str) -> None:
    """A figure in a unit the sources never print (miles, centimetres, kilovolts) keeps it:
    read as a bare number, any claim's unit would fit it (117英里 is no 117公里)."""
    found = [(f.figure.raw, f.figure.value, f.figure.unit) for f in find_figures(text)]
    assert found == [(raw, value, unit)]


def test_company_and_adverb_names_are_no_figures() -> None:
    assert find_figures("百度和阿里巴巴一度领先") == []


@pytest.mark.parametrize(("text", "raws"), [
    ("Hebei's energy use per 10,000 yuan of GDP fell 3.9 percent in 2022", ["3.9 percent"]),
    ("2.3 doctors per 1,000 people", ["2.3"]),
    ("per capita income of 60,000 yuan", ["60,000 yuan"]),
])
def test_a_number_after_per_is_a_measures_unit(text: str, raws: list[str]) -> None:
    """per 10,000 yuan of GDP is what the measure is taken per (as 万元GDP能耗), no figure."""
    assert [f.figure.raw for f in find_figures(text)] == raws


@pytest.mark.parametrize(("raw", "value", "qualifier"), [
    ("一半", 50, "about"), ("四分之一", 25, "about"), ("近三分之一", 33.333333, "nearly"),
    ("超过一半", 50, "more-than"), ("过半", 50, "more-than"), ("三分之一以上", 33.333333, "more-than"),
    ("more than half", 50, "more-than")])
def test_a_fraction_in_words_parses_as_find_figures_reads_it(raw: str, value: float,
                                                              qualifier: str) -> None:
    """What find_figures reads in running text a claim can record (约占一半 drafted by jjj
    add, `jjj check` reading it back)."""
    figure = parse_figure(raw)
    assert (figure.value, figure.unit, figure.qualifier) == (value, "%", qualifier)
    (found,) = find_figures(f"We saw {raw}." if raw.isascii() else f"其中线路约占{raw}。")
    assert found.figure.value == figure.value


@pytest.mark.parametrize(("text", "raw", "start"), [
    ("研发人员数量增长了一半以上", "一半以上", 9),  # (not 半以上, leaving 一 to the words before)
    ("一半以下", "一半以下", 0),
    ("半小时", "半小时", 0),
    ("一个半小时", "一个半小时", 0),
])
def test_half_is_read_whole(text: str, raw: str, start: int) -> None:
    """一半以上 is one figure from its 一: the words before it end where it begins (增长了, a
    change, right before it)."""
    (found,) = find_figures(text)
    assert (found.figure.raw, found.start) == (raw, start)


@pytest.mark.parametrize(("text", "expected"), [
    # an English range is one figure, from its first number to its second, as 5至6分钟 is
    ("convey their content within 5 to 6 minutes.", [("5 to 6 minutes", 5, 6, "分钟")]),
    ("within 5-6 minutes", [("5-6 minutes", 5, 6, "分钟")]),
    ("used to take 1 to 2 days", [("1 to 2 days", 1, 2, "天")]),
    ("office space on floors 2 to 6.", [("2 to 6", 2, 6, None)]),
    ("between 5 and 6 minutes", [("5 and 6 minutes", 5, 6, "分钟")]),
    ("between 3% and 5%", [("3% and 5%", 3, 5, "%")]),
    ("1.5-2 billion yuan", [("1.5-2 billion yuan", 1.5e9, 2e9, "元")]),
    ("a 1-1.5 hour transport circle", [("1-1.5 hour", 1, 1.5, "小时")]),
])
def test_an_english_range_is_one_figure(text: str,
                                        expected: list[tuple[str, float, float, str]]) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.high, f.figure.unit)
            for f in find_figures(text)] == expected
    assert all(f.figure.qualifier == "range" for f in find_figures(text))


@pytest.mark.parametrize(("text", "raws"), [
    # a change's two values, not a range
    ("grew from 156 to 4,799", ["156", "4,799"]),
    ("BTH share of national software revenue rises 9.5% to 25.3%", ["9.5%", "25.3%"]),
    # a code (a journal's number), two years, a year after a span of years
    ("该刊的国内统一刊号为CN12-1001/D。", []),
    ("grew 14% a year over 2014-2022", ["14%"]),
    ("From 2014 to 2022 firms newly registered by Beijing investors", []),
    # a timeline's year and a dash, then what happened: no range of years to places
    ("2017年 — 三地联合发布实施方案", []),
])
def test_what_is_no_english_range(text: str, raws: list[str]) -> None:
    assert [f.figure.raw for f in find_figures(text)] == raws


@pytest.mark.parametrize(("text", "expected"), [
    # a density in English is 人/平方公里, as the claims record it
    ("was 24,000 people per square kilometre in 2014",
     [("24,000 people per square kilometre", "人/平方公里")]),
    # a number named by the word before it is a name, not a figure (as 22号线 is)
    ("Beijing Metro Line 22 (Pinggu Line) is the first", []),
    ("Beijing No. 4 High School opened", []),
    ("its Document No. 1, with preferential policies", []),
    # a rank after its verb is still a rank
    ("ranked No. 1 in China", [("No. 1", "位")]),
])
def test_english_densities_and_numbered_names(text: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert [(f.figure.raw, f.figure.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # English numbers spelled out as broadcast copy says them: read as their digits, raw as
    # printed
    ("about fifteen thousand square meters",
     [("about fifteen thousand square meters", 15000, "平方米", "about")]),
    ("more than ninety-three hundred institutions",
     [("more than ninety-three hundred", 9300, None, "more-than")]),
    ("eleven hundred companies", [("eleven hundred companies", 1100, "家", "exact")]),
    ("one hundred and forty entities", [("one hundred and forty", 140, None, "exact")]),
    ("a hundred and forty entities", [("a hundred and forty", 140, None, "exact")]),
    ("eighteen thousand six hundred and fourteen SMEs",
     [("eighteen thousand six hundred and fourteen", 18614, None, "exact")]),
    ("two point six nine trillion yuan",
     [("two point six nine trillion yuan", 2_690_000_000_000, "元", "exact")]),
    ("one point two million yuan", [("one point two million yuan", 1_200_000, "元", "exact")]),
    ("four hundred and thirty billion yuan",
     [("four hundred and thirty billion yuan", 430_000_000_000, "元", "exact")]),
    ("one point one two percent", [("one point one two percent", 1.12, "%", "exact")]),
    ("phase one ninety percent occupied", [("ninety percent", 90, "%", "exact")]),
    # what the smaller readers of words read stays theirs; prose stays prose
    ("in just one day", [("one day", 1, "天", "exact")]),
    ("one million yuan", [("one million yuan", 1_000_000, "元", "exact")]),
    ("the two wings and three provinces", []),
    ("a hundred specialists", []),
])
def test_english_numbers_spelled_out(text: str,
                                     expected: list[tuple[str, float, str, str]]) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.unit, f.figure.qualifier)
            for f in find_figures(text)] == expected
    assert all(text[f.start : f.end] == f.figure.raw for f in find_figures(text))


@pytest.mark.parametrize(("text", "year"), [
    ("In twenty twenty-three, PM2.5 fell", 2023),
    ("Since twenty fifteen, more than", 2015),
    ("by two thousand and fifteen", 2015),
])
def test_a_year_spelled_out_is_a_date(text: str, year: int) -> None:
    (found,) = find_figures(text, dates=True)
    assert found.is_date and found.figure.value == year


@pytest.mark.parametrize(("text", "value"), [
    # a translator's 2024年 and 2022年4月: a year, a month, no count of years
    ("2024 year is the strategy's tenth anniversary.", 20_240_000),
    ("2022 year April, the platform went online.", 20_220_400),
    ("On 2023 year December 28 day the line opened.", 20_231_228),
])
def test_a_translators_year_is_a_date(text: str, value: int) -> None:
    assert [(f.figure.value, f.figure.unit) for f in find_dates(text)] == [(value, "date")]
    assert not [f for f in find_figures(text) if f.figure.unit == "年"]


@pytest.mark.parametrize(("text", "expected"), [
    # a count of things each worth a scale of money is a count, not the money
    ("The economy has climbed five trillion-yuan steps in a row.", [("five", 5, None)]),
    ("It has climbed 5 trillion-yuan steps.", [("5", 5, None)]),
    # a scale joined by a hyphen is read once (it had been 10^20 yuan)
    ("a hundred-billion-yuan project", [("a hundred-billion-yuan", 1e11, "元")]),
    ("a 100-billion-yuan project", [("100-billion-yuan", 1e11, "元")]),
    ("five trillion yuan of output", [("five trillion yuan", 5e12, "元")]),
    # half in words with its bound
    ("其中政府推荐项目约半数落地", [("约半数", 50, "%")]),
    # a dash's range after from: where a change begins
    ("cut from 1-2 days to 1.5 hours", [("1-2 days", 1, "天"), ("1.5 hours", 1.5, "小时")]),
    ("rose from 40 to 100 firms", [("40", 40, None), ("100 firms", 100, "家")]),
    # a year after up to is a time, not a bound
    ("In the five years up to 2023, the park registered 700 firms",
     [("five years", 5, "年"), ("700 firms", 700, "家")]),
    ("up to 200 firms", [("up to 200 firms", 200, "家")]),
    # no fewer than is at least, fewer than less
    ("no fewer than 1,000 markets", [("no fewer than 1,000", 1000, None)]),
])
def test_money_as_an_adjective_and_bounds_in_words(
        text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.unit) for f in find_figures(text)] == expected


def test_no_fewer_than_is_at_least() -> None:
    (found,) = find_figures("no fewer than 1,000 markets")
    assert found.figure.qualifier == "at-least"
    (found,) = find_figures("fewer than 1,000 markets")
    assert found.figure.qualifier == "less-than"


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    # the scale after 多 reaches back only to the larger scale before it
    ("天津完成投资一亿一千七百多万元。", 117_000_000, "more-than"),
    ("两亿三千多万人次", 230_000_000, "more-than"),
    ("6200余万亩", 62_000_000, "more-than"),
    ("一千七百多万元", 17_000_000, "more-than"),
    # a numeral with its scale is a figure without a unit, as 12万 is
    ("已有十二万群众喜迁新居", 120_000, "exact"),
])
def test_chinese_numerals_with_a_scale(text: str, value: float, qualifier: str) -> None:
    (found,) = find_figures(text)
    assert (found.figure.value, found.figure.qualifier) == (value, qualifier)


@pytest.mark.parametrize("text", ["情况十万火急。", "千万不要耽误。", "万众一心"])
def test_a_numeral_in_a_word_is_no_figure(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("raw", "value", "tolerance"), [
    ("about two point six nine trillion yuan", 2.69e12, 0.005e12),
    ("二十一点六万平方公里", 216_000, 500),
    ("百分之六点七三", 6.73, 0.005),
    ("2.69 trillion yuan", 2.69e12, 0.005e12),
])
def test_the_precision_of_a_number_in_words(raw: str, value: float, tolerance: float) -> None:
    from jjjcli.values import significant_tolerance

    assert significant_tolerance(raw, value) == pytest.approx(tolerance)


@pytest.mark.parametrize(("raw", "span"), [
    # as far as a number rounded to its last printed digit may be from it …
    ("约2600公里", 50), ("about 2,600 km", 50), ("约2.6万人", 500), ("约68%", 0.5),
    ("约990亿元", 5e8), ("约１２００人", 50),
    # … and 5 % of it at most (a number of one significant digit; a fraction in words)
    ("约3亿元", 1.5e7), ("约70%", 3.5), ("约20万", 1e4), ("约四分之一", 1.25),
])
def test_how_far_about_reaches(raw: str, span: float) -> None:
    from jjjcli.figures import parse_figure
    from jjjcli.values import about_span

    figure = parse_figure(raw)
    assert figure.qualifier == "about"
    assert about_span(figure) == pytest.approx(span)


def test_how_far_about_reaches_said_in_words() -> None:
    from jjjcli.reading import read_sentence
    from jjjcli.values import about_span

    (read,) = read_sentence("The network is about two thousand six hundred km long.").figures
    assert (read.figure.value, read.figure.qualifier) == (2600, "about")
    assert about_span(read.figure) == pytest.approx(50)


@pytest.mark.parametrize(("text", "read"), [
    # 成 of 成员 (and 成立, 成果 …) is no tenths; 3 成 after an English bound is 30 %
    ("over 120 成员单位", [("over 120", 120, None)]),
    ("120成员单位", [("120", 120, None)]),
    ("超3成企业", [("超3成", 30, "%")]),
    ("more than 3成 of firms", [("more than 3成", 30, "%")]),
    # a water-quality class in English, as the sources' Ⅱ类; a change's first left to its last
    ("kept at national Class II standard", [("Class II", 2, "类")]),
    ("Grade Three water", [("Grade Three", 3, "类")]),
    ("improved from worse than Class V to Class III", [("Class III", 3, "类")]),
    ("a first-class university", []),
])
def test_tenths_and_classes(text: str, read: list[tuple[str, float, str | None]]) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.unit) for f in find_figures(text)] == read


def test_a_year_said_before_an_and_is_read_alone() -> None:
    said = spoken_numbers("fell thirty-two point four percent between twenty fourteen and "
                          "twenty twenty-two")
    assert said is not None
    assert said[0] == "fell 32.4 percent between 2014 and 2022"
    one = spoken_numbers("one hundred and forty firms")  # (an "and" inside one number)
    assert one is not None and one[0] == "140 firms"


@pytest.mark.parametrize(("text", "found"), [
    # a number glued to the letters of a name is the name's, in English as in Chinese
    ("Zhangjiakou logged 316 good PM2.5 days in 2023.", ["316"]),
    ("The C919 jets flew 20 hours.", ["20 hours"]),
    # (a currency's letters are a figure's own)
    ("RMB12.3bn of investment", ["RMB12.3bn"]),
    ("USD5bn", ["USD5bn"]),
])
def test_a_number_in_a_names_letters_is_no_english_figure(text: str, found: list[str]) -> None:
    assert [f.figure.raw for f in find_figures(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a dash set in prose between two figures, or after a share, is no range downwards
    ("5G base stations built, 324,000 — 31.4% of all base stations", [
        ("324,000", 324_000, None), ("31.4%", 31.4, None)]),
    ("intensity 4.25% — 1.71 pts above the national average", [("4.25%", 4.25, None)]),
    # (a range printed the wrong way round stays one, for its verdict: 5—1.5小时)
    ("京津冀主要城市5—1.5小时交通圈", [("5—1.5小时", 5, 1.5)]),
    ("3%—5%", [("3%—5%", 3, 5)]),
    # through, as to
    ("office space on floors 2 through 6", [("2 through 6", 2, 6)]),
])
def test_a_dash_in_prose_and_through(text: str, found: list[tuple[str, float, float | None]]
                                     ) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.high) for f in find_figures(text)] == found


@pytest.mark.parametrize(("text", "read"), [
    # a multiple or a share in English words is a figure, as 三倍 is; so is a number and a
    # half; a count of times (visited three times) is prose, as 三次 is
    ("output in 2022 was three times the 2013 level.", [("three times", 3, "倍", False)]),
    ("GDP is now two and a half times its 2013 level", [("2.5 times", 2.5, "倍", False)]),
    ("twenty-two and a half percent of firms", [("22.5 percent", 22.5, "%", False)]),
    ("a one and a half hour commute", [("1.5 hour", 1.5, "小时", False)]),
    ("Xi has visited the sub-centre three times.", [("three times", 3, "次", True)]),
])
def test_multiples_in_english_words(text: str, read: list[tuple[str, float, str, bool]]
                                    ) -> None:
    from jjjcli.reading import read_sentence
    from jjjcli.values import prose_numeral

    assert [(f.figure.raw, f.figure.value, f.figure.unit, prose_numeral(f.figure))
            for f in read_sentence(text).figures] == read


@pytest.mark.parametrize(("text", "read"), [
    # a numeral with 万 before its 点, as dictation prints it
    ("三地工业增加值两万五千八百七十九点五亿元", [("两万五千八百七十九点五亿元", 2_587_950_000_000)]),
    # a British brief's Yuan before the digits, and a speed in kph
    ("the three-way economy tops Yuan10.4trn", [("tops Yuan10.4trn", 10_400_000_000_000)]),
    ("It invested 250 million yuan 10 years ago", [("250 million yuan", 250_000_000),
                                                     ("10 years", 10)]),
    ("The line is designed for 350kph.", [("350kph", 350)]),
])
def test_dictated_and_british_figures(text: str, read: list[tuple[str, float]]) -> None:
    from jjjcli.reading import read_sentence

    assert [(f.figure.raw, f.figure.value) for f in read_sentence(text).figures] == read


@pytest.mark.parametrize(("claimed", "stated", "reaches"), [
    ("超1万公里", "10933公里", True),
    ("超1万公里", "10000公里", False),  # (超 is past its number)
    ("超1万公里", "12000公里", False),
    ("30多微克/立方米", "35微克/立方米", True),
    ("30多微克/立方米", "45微克/立方米", False),
    ("超1.1万标准箱", "超10万标准箱", False),
    ("近1.1万公里", "10933公里", False),  # (no lower bound)
    ("超1万公里", "约1.05万公里", True),
])
def test_a_sources_bound_reaches_as_far_as_a_reporters(claimed: str, stated: str,
                                                       reaches: bool) -> None:
    from jjjcli.values import bound_reaches

    assert bound_reaches(parse_figure(claimed), parse_figure(stated)) is reaches
