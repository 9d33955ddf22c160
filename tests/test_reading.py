"""jjjcli.reading: sentences with their positions, figures with their own words, periods."""

from __future__ import annotations

import re

import pytest

from jjjcli.kinds import denied_before
from jjjcli.reading import (
    normalize,
    quote_text,
    read_sentence,
    read_text,
    span_end,
    split_sentences,
)


def figures(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(raw, own words, period, base) of each figure of a statement."""
    return [(f.figure.raw, f.words, sorted(f.period), sorted(f.base))
            for f in read_sentence(text).figures]


@pytest.mark.parametrize(("pasted", "read"), [
    ("京津冀PM_{2.5}浓度", "京津冀PM2.5浓度"),
    ("京津冀PM₂.₅浓度", "京津冀PM2.5浓度"),
    ("２０２３年ＧＤＰ１１万亿元", "2023年GDP11万亿元"),
    ("2014 年 2 月，经 审 查 立 案 4791 件", "2014年2月,经审查立案4791件"),
    ("189.9 亿元", "189.9亿元"),
    ("规上工业企业", "规模以上工业企业"),
    ("京津冀協同發展", "京津冀协同发展"),
    # a Taiwanese report's words for things, as the mainland's (a word shorter by one)
    ("張北雲端計算產業園共有13個資料中心專案", "张北云计算产业园共有13个数据中心项目"),
    ("伺服器132萬臺，寬頻網路", "服务器132万台,宽带网络"),
])
def test_text_is_read_as_journalists_paste_it(pasted: str, read: str) -> None:
    text, where = normalize(pasted)
    assert text == read
    assert len(where) == len(text)
    assert all(0 <= i < len(pasted) for i in where)


def test_a_quote_is_read_as_normalize_reads_it() -> None:
    """quote_text, which compare uses on every quote it reads for its words, is the text of
    normalize (in simplified characters, a line break a space) for every claim's quote and
    for text as pasted."""
    from jjjcli.commands import load

    quotes = [c.quote for c in load(None)]
    pasted = ["京津冀PM_{2.5}浓度\n2014 年 2 月，经 审 查 立 案 4791 件", "规上工业 189 . 9 亿元"]
    assert len(quotes) > 1000
    for quote in quotes + pasted:
        assert quote_text(quote) == normalize(quote.replace("\n", " "), simplified=True)[0]
    assert quote_text(pasted[1]) == "规模以上工业189.9亿元"


def test_each_figure_has_its_own_words() -> None:
    assert figures("蓟州区将发挥6个国家地理标志产品、2个全国名特优新农产品、24个“津农精品”优势") == [
        ("6个", "蓟州区将发挥国家地理标志产品", [], []),
        ("2个", "全国名特优新农产品", [], []),
        ("24个", "“津农精品”优势", [], []),
    ]


def test_a_comparison_base_is_not_the_period() -> None:
    assert figures("2022年京津冀PM_{2.5}平均浓度为37微克/立方米，较2013年的107微克/立方米下降了65.1%") == [
        ("37微克/立方米", "2022年京津冀PM2.5平均浓度为", ["2022"], ["2013"]),
        ("107微克/立方米", "较2013年的下降了", ["2013"], []),
        ("65.1%", "下降了", ["2022"], ["2013"]),
    ]
    assert [(raw, period, base) for raw, _w, period, base in
            figures("京津冀工业增加值突破2.5万亿元，是2014年的1.43倍，比2014年增长38.3%")] == [
        ("突破2.5万亿元", [], ["2014"]), ("1.43倍", [], ["2014"]), ("38.3%", [], ["2014"])]


def test_periods_belong_to_the_figures_after_them() -> None:
    assert [(raw, period) for raw, _w, period, _b in
            figures("由2014年的93微克/立方米下降到2022年的37微克/立方米")] == [
        ("93微克/立方米", ["2014"]), ("37微克/立方米", ["2022"])]
    assert [(raw, period) for raw, _w, period, _b in
            figures("蓝皮书提出15个维度，2012年至2021年指数上升为0.96")] == [
        ("15个", []), ("0.96", ["2012", "2021"])]
    # a year inside a quoted name is no period
    assert figures("“2023京津冀产业链供应链大会”发布，三地经济总量突破10万亿元")[0][2] == []
    assert figures("2020至2023年，通州组团累计新设外资企业115家")[0][2] == ["2020", "2023"]


def test_an_events_date_and_now_are_not_later_clauses_periods() -> None:
    read = figures("良乡高教园区于2021年11月更名为良乡大学城,5所高校已入驻学生4万余人")
    assert [(raw, period) for raw, _w, period, _b in read] == [("5所", []), ("4万余人", [])]
    # 目前 is the time of writing, whatever year an earlier clause prints
    read = figures("2022年,三方签订备忘录,目前小米汽车已定点供应链企业45家")
    assert read[0][2] == []
    # a year before 增长 is the growth's year, not a base
    read = figures("2023 年增长近 1.1 倍,达到 748.7 亿元")
    assert [(raw, period) for raw, _w, period, _b in read] == [
        ("近1.1倍", ["2023"]), ("748.7亿元", ["2023"])]


def test_each_item_of_a_respectively_list_has_its_figure() -> None:
    read = figures("2022年,北京、天津、河北万元地区生产总值能耗分别下降3.6%、2.0%、3.9%")
    assert [raw for raw, *_ in read] == ["3.6%", "2.0%", "3.9%"]
    assert read[0][1].startswith("北京") and read[1][1].startswith("天津")
    assert all("能耗" in words and "分别下降" in words for _r, words, _p, _b in read)
    # 和 in an item (新能源和智能网联汽车) when 、 already gives the count
    read = figures("氢能、汽车交通、新能源和智能网联汽车等产业采购金额占比分别为59%、58%和33%")
    assert [words.split()[0] for _r, words, _p, _b in read] == [
        "氢能", "汽车交通", "新能源和智能网联汽车等产业采购金额占比"]
    # the last item's own name is not shared with the others: 生物医药 is not 氢能's
    read = figures("2022年，氢能、汽车交通、生物医药产业北京龙头企业在京津冀区域采购金额的全国"
                   "占比分别为59%、58%和44.1%。")
    assert [words.split()[:2] for _r, words, _p, _b in read] == [
        ["氢能", "产业北京龙头企业在京津冀区域采购金额的全国占比"],
        ["汽车交通", "产业北京龙头企业在京津冀区域采购金额的全国占比"],
        ["生物医药产业北京龙头企业在京津冀区域采购金额的全国占比", "分别为"]]
    # the region's one-character names: 津冀…分别达22%、14.7%
    read = figures("津冀软件信息服务业收入呈两位数增长,年均增速分别达22%、14.7%")
    assert [words.split()[0] for raw, words, _p, _b in read if "%" in raw] == ["天津", "河北"]
    # a second list pairs with the first
    read = figures("培育“小巨人”企业1431家、专精特新中小企业14042家,分别占全国比重达到12%和31%")
    assert "专精特新中小企业" in read[3][1] and "占全国比重" in read[3][1]


def test_ratio_terms_have_their_place_and_year() -> None:
    read = figures("三次产业占比从2013年的6.2 : 35.7 : 58.1变为2022年的4.8 : 29.6 : 65.6")
    assert [(raw, period) for raw, _w, period, _b in read] == [
        ("6.2", ["2013"]), ("35.7", ["2013"]), ("58.1", ["2013"]),
        ("4.8", ["2022"]), ("29.6", ["2022"]), ("65.6", ["2022"])]
    assert read[1][1].endswith("第二项") and read[4][1].endswith("第二项")
    assert read[1][1] != read[4][1]


@pytest.mark.parametrize(("text", "raws"), [
    ("三次产业结构持续优化", []),
    ("第三产业比重提升至65.6%", ["65.6%"]),
    ("第三届大会评出第3名", ["第三届", "第3名"]),
    ("中国京津冀铁人三项赛(11 届)", ["11届"]),
    ("迁入近百个一级学科", ["近百个"]),
    ("12345 热线协同，三地 17 个城市", ["17个"]),
    ("包括 360 集团、软通动力", []),
    ("北京第八十中学", []),
    ("“1+3+4”产业体系和“1+6”政策体系", []),
    ("建成5G基站1.2万个", ["1.2万个"]),
    ("2023年京津冀GDP11万亿元", ["11万亿元"]),
    ("PM2.5浓度37微克/立方米", ["37微克/立方米"]),
])
def test_numbers_that_are_names_are_not_figures(text: str, raws: list[str]) -> None:
    assert [f.figure.raw for f in read_sentence(text).figures] == raws


def test_sentences_with_their_lines_and_columns() -> None:
    draft = "# 标题\n\n首句有10个。次\n句有20家！\nIt was 5.59 trillion yuan. Next 3%."
    sentences = list(read_text(draft))
    assert [(s.original, s.line, s.column) for s in sentences] == [
        ("# 标题", 1, 1), ("首句有10个。", 3, 1), ("次\n句有20家！", 3, 8),
        ("It was 5.59 trillion yuan.", 5, 1), ("Next 3%.", 5, 28)]
    positions = [(f.figure.raw, s.position(f)) for s in sentences for f in s.figures]
    assert positions == [("10个", (3, 4)), ("20家", (4, 3)), ("5.59 trillion yuan", (5, 8)),
                         ("3%", (5, 33))]


def test_a_figure_after_a_taiwanese_word_keeps_its_place() -> None:
    """雲端計算 is read 云计算, a character shorter: the figures after it still point at
    their characters of the text as written."""
    written = "建設張北雲端計算產業園，共有13個資料中心專案，總投資約990億元"
    sentence = read_sentence(written)
    text, where = normalize(written)
    assert [f.figure.raw for f in sentence.figures] == ["13个", "约990亿元"]
    for f in sentence.figures:
        assert written[where[f.start] : where[f.start] + 2] in ("13", "約9")
    assert sentence.position(sentence.figures[1]) == (1, written.index("約990") + 1)


def test_a_heading_or_list_item_ends_a_sentence() -> None:
    text = "- 第一项10个\n- 第二项20个\n正文一句"
    assert [s for _o, s in split_sentences(text)] == ["- 第一项10个", "- 第二项20个\n正文一句"]


def test_split_is_linear_on_a_long_line() -> None:
    text = "京津冀数字经济规模超过4万亿元，" * 50_000  # 800 k characters, no full stop
    sentences = list(read_text(text))
    assert len(sentences) == 1
    assert sentences[0].figures == []  # too long to read as a statement


def test_a_second_respectively_list_keeps_its_own_words() -> None:
    """A、B和C分别注册企业…，在园国家高新技术企业分别为193家、21家和53家: each figure of the
    second list is its item's, in the second list's words (not 注册企业, the first's)."""
    read = read_sentence("滨海—中关村科技园、京津中关村科技城和保定·中关村创新中心分别注册企业近5000家、"
                         "1328家和315家，在园国家高新技术企业分别为193家、21家和53家。")
    words = {f.figure.raw: f.words for f in read.figures}
    assert "注册企业" in words["1328家"] and "京津中关村科技城" in words["1328家"]
    for raw, item in (("193家", "滨海—中关村科技园"), ("21家", "京津中关村科技城"),
                      ("53家", "保定·中关村创新中心")):
        assert item in words[raw] and "在园国家高新技术企业" in words[raw]
        assert "注册企业" not in words[raw], words[raw]


@pytest.mark.parametrize(("text", "ends"), [
    ("工厂面积从45亩增加到了185亩", ["from", "to"]),
    ("生产能力将由现在的40架提升到100架", ["from", "to"]),
    ("由24159家增加到26751家", ["from", "to"]),
    ("实到委员2093人，应出席2162人", [None, None]),
    ("从2000家企业中选出100家", [None, None]),
])
def test_the_two_ends_of_a_change(text: str, ends: list[str | None]) -> None:
    read = read_sentence(text)
    assert [span_end(read.text, read.figures, f) for f in read.figures] == ends


def test_an_english_values_year_comes_after_it() -> None:
    read = figures("Technology contract turnover grew from 7.12 billion yuan in 2013 to 74.87 "
                   "billion yuan in 2023.")
    assert [(raw, period) for raw, _w, period, _b in read] == [
        ("7.12 billion yuan", ["2013"]), ("74.87 billion yuan", ["2023"])]
    # and is the time of what follows it in the sentence
    read = figures("Beijing's digital economy generated value added of about 1.88 trillion yuan "
                   "in 2023, or 42.9% of the city's GDP.")
    assert [period for _r, _w, period, _b in read] == [["2023"]] * 2


def test_english_figures_joined_by_and_keep_their_own_words() -> None:
    # what comes before "and" is the previous figure's, what comes after it the next's
    read = figures("By rail, Yanjiao is 29 minutes from Beijing and Dachang Hui Autonomous "
                   "County 39 minutes.")
    assert [(raw, words.split()) for raw, words, _p, _b in read] == [
        ("29 minutes", ["By", "rail,", "Yanjiao", "is", "from", "Beijing"]),
        ("39 minutes", ["Dachang", "Hui", "Autonomous", "County", "."])]
    read = figures("The zone lies 100 km from Beijing and 150 km from Xiong'an New Area.")
    assert [words.split() for _r, words, _p, _b in read] == [
        ["The", "zone", "lies", "from", "Beijing"], ["from", "Xiong'an", "New", "Area."]]
    # unless fewer than two words of its own would be left
    read = figures("Its output grew by 5% and reached 100 billion yuan.")
    assert [words.split() for _r, words, _p, _b in read] == [
        ["Its", "output", "grew", "by"], ["and", "reached", "."]]
    # Chinese is read by its own rules (、, 和, the comma)
    read = figures("京津冀三地共建研发平台46家和产业园区12个")
    assert [raw for raw, _w, _p, _b in read] == ["46家", "12个"]


@pytest.mark.parametrize(("text", "units"), [
    # a count whose noun follows the words of what kind it is has the noun's unit
    ('Since 2018 the region has nurtured more than 1,600 national-level "little giant" '
     "enterprises.", ["家"]),
    ("By June 2023 Beijing had promoted 962,000 new energy vehicles.", ["辆"]),
    # (a word of a clause's grammar between them: not its noun)
    ("It has 5 of the firms.", [None]),
    ("More than 440 design and urban technology companies have come.", ["家"]),
    ("440 of them were firms.", [None]),
    # (Chinese is read by its own units)
    ("北京推广新能源汽车96.2万", [None]),
])
def test_an_english_count_has_the_unit_of_its_noun_after_words_of_kind(
        text: str, units: list[str | None]) -> None:
    assert [s.figure.unit for s in read_sentence(text).figures] == units


def test_an_english_figure_ends_before_a_count_in_words_after_and() -> None:
    """36 companies from Beijing and eight from Tianjin: "eight from Tianjin" is the next
    item of the list (a count in words, as 8家 is), not 36's words."""
    [item, eight] = read_sentence("The park has attracted 36 companies from Beijing and eight "
                                  "from Tianjin.").figures
    assert "Tianjin" not in item.words and "Beijing" in item.words
    assert eight.figure.raw == "eight" and "Tianjin" in eight.words


def test_a_thing_after_de_that_begins_with_a_figure_is_still_the_figures() -> None:
    """约15000平方米的2至6层企业办公空间: the office space is 15000's thing, though 2至6
    (its floors) comes between; the words before 和 are the previous figure's."""
    _first, area, floors = read_sentence(
        "元宇宙应用创新中心由约2000平方米的一层元宇宙展示体验馆和约15000平方米的2至6层企业办公"
        "空间构成。").figures
    assert area.figure.raw == "约15000平方米" and "企业办公空间" in area.words
    assert "展示体验馆" not in area.words
    assert floors.figure.raw == "2至6" and "企业办公空间" in floors.words


def test_a_measure_word_before_a_figure_leaves_it_the_words_before() -> None:
    """一片38平方公里的土地: 一片 is prose; the words before it (位于…东北部) are 38's."""
    *_, area = read_sentence("京津合作示范区位于天津城区东北部一片38平方公里的土地上。").figures
    assert area.figure.raw == "38平方公里" and "东北部" in area.words


@pytest.mark.parametrize(("text", "read", "words"), [
    # a question and its answer on one line: the answer's figure takes the asked word's place
    ("问：联盟成员中有几家省级高新区？答：7家。", "联盟成员中有7家省级高新区。",
     [("7家", "联盟成员中有省级高新区")]),
    ("问：2014年至2019年，京津冀国内旅游收入年均增长率是多少？答：16.79%，高于全国平均。",
     "2014年至2019年,京津冀国内旅游收入年均增长率是16.79%,高于全国平均。",
     [("16.79%", "京津冀国内旅游收入年均增长率是")]),
    ("问：京津冀高铁里程是多少公里？答：2486公里。", "京津冀高铁里程是2486公里。",
     [("2486公里", "京津冀高铁里程是")]),
    # an English count alone answers how many of the question's noun (in digits or words,
    # its quotation mark and the words beside it left out)
    ("Q: How many memorandums did they sign in 2016? A: 26.",
     "26 memorandums did they sign in 2016",
     [("26", " memorandums did they sign in 2016")]),
    ('Q: How many quality schools are planned? A: "Fourteen," the official said.',
     'Fourteen quality schools are planned," the official said.',
     [("Fourteen", " quality schools are planned")]),
    ('Q: How many proposals were submitted? A: "Roughly 4,791 in total," he said.',
     'Roughly 4,791 proposals were submitted," he said.',
     [("Roughly 4,791", " proposals were submitted")]),
    # no word asks for a figure (哪些), or an English answer that says more than its count:
    # the question, a colon, the answer
    ("Q: How many attractions does Jizhou have? A: We have 23 scenic areas.",
     "How many attractions does Jizhou have: We have 23 scenic areas.",
     [("23", "How many attractions does Jizhou have: We have  scenic areas.")]),
    # a figure that opens a line before what it is of
    ("36: abandoned mines restored, meeting the target ahead of schedule",
     "abandoned mines restored: 36, meeting the target ahead of schedule",
     [("36", "abandoned mines restored: ")]),
    ("超过1100家——2023年副中心高新技术企业数量", "2023年副中心高新技术企业数量：超过1100家",
     [("超过1100家", "2023年副中心高新技术企业数量：")]),
    # as it was: a headline's colon, a figure that opens a sentence as its subject
    ("京津冀GDP：10.4万亿元", "京津冀GDP:10.4万亿元", [("10.4万亿元", "京津冀GDP:")]),
])
def test_an_explainers_line_is_read_as_the_sentence_it_stands_for(
        text: str, read: str, words: list[tuple[str, str]]) -> None:
    sentence = read_sentence(text)
    assert sentence.text == read
    assert [(f.figure.raw, f.words) for f in sentence.figures] == words
    # each character still points into the line as written (a figure's place in it)
    for f in sentence.figures:
        assert text[sentence.where[f.start] : sentence.where[f.end - 1] + 1] == f.figure.raw


def test_a_statements_figure_has_the_things_listed_after_it() -> None:
    """8000余名校长、园长: the list of what it counts is the figure's, to its clause's end;
    6个…、2个…: the words after the 、 are the next figure's; a source's sentence is read
    as its claims were curated (to the 、)."""
    assert figures("培训了8000余名校长、园长。")[0][1] == "培训了校长、园长"
    assert [f[1] for f in figures("建成6个数据中心、2个算力枢纽")] == ["建成数据中心", "算力枢纽"]
    quote = read_sentence("培训了8000余名校长、园长。", simplified=True)
    assert quote.figures[0].words == "培训了校长"


@pytest.mark.parametrize(("text", "read"), [
    # a chart's or a table's label gives its bare values their unit, the raw as printed
    ("图：北京向天津、河北输出技术合同成交额（亿元）：2023年748.7", [("748.7", 74870000000, "元")]),
    ("京津冀（单位：亿元）：2023年748.7", [("748.7", 74870000000, "元")]),
    ("PM2.5 (micrograms per cubic metre): 2013, 107; 2022, 37",
     [("107", 107, "微克/立方米"), ("37", 37, "微克/立方米")]),
    # a figure printed with its own unit keeps it; a year in brackets is no unit; a label's
    # unit holds to its sentence's end
    ("北京市（万人）：常住人口2185.8万人", [("2185.8万人", 21858000, "人")]),
    ("北京市（2023年）：52", [("52", 52, None)]),
    ("产值（亿元）：120。另有企业35", [("120", 12000000000, "元"), ("35", 35, None)]),
    # a row's bar after the label, and a label that is a scale alone
    ("万元工业增加值能耗（单位：万吨标准煤）｜北京 2014年 0.53",
     [("0.53", 5300, "吨标准煤")]),
    ("平台上线资源（单位：万）：专家人才 5余名，仪器设备 2.2余台",
     [("5余名", 50000, "人"), ("2.2余台", 22000, "台")]),
    ("（单位：万）：日均客流 1.2万人次", [("1.2万人次", 12000, "人次")]),
    # (four bare digits no year of the sources' times are a value, not a year)
    ("出席情况（单位：人）：应出席 2162，实到 2093", [("2162", 2162, "人"), ("2093", 2093, "人")]),
])
def test_a_labels_unit_is_its_bare_values(text: str, read: list[tuple[str, int, str | None]]
                                          ) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.unit)
            for f in read_sentence(text).figures] == read


@pytest.mark.parametrize(("pasted", "raws"), [
    # what copying leaves behind a figure: a footnote's marker, a superscript, a page's tag
    ("2023年全国政协实到委员2093人[1]", ["2093人"]),
    ("门诊费用直接结算覆盖9300余家医疗机构[12]", ["9300余家"]),
    ("实际使用外资年均增长12.5%①", ["12.5%"]),
    ("Beijing's population fell by 1.1 million¹ people", ["1.1 million people"]),
    ("习近平就推进京津冀协同发展提出７点要求 — 第3页", ["7"]),
    ("Binhai New Area drew 4,000 firms — p. 3", ["4,000 firms"]),
    # (not the ² of km², nor a page a sentence speaks of)
    ("a 38 km² zone", ["38 km²"]),
    ("第3页有10家", ["第3", "10家"]),
])
def test_what_copying_leaves_is_no_figure(pasted: str, raws: list[str]) -> None:
    assert [f.figure.raw for f in read_sentence(pasted).figures] == raws


@pytest.mark.parametrize(("text", "words"), [
    # a line mixing Chinese and English: a count before a space has what follows it, and an
    # "and" parts two figures' phrases
    ("66个 一级学科 and 49个 national and provincial key labs have moved into 沙河高教园区.",
     ["一级学科 ", " national and provincial key labs have moved into 沙河高教园区."]),
    ("Jing-Jin-Ji set up 15个 cross-regional 特色职教集团 and 22个 高校发展联盟.",
     ["Jing-Jin-Ji set up  cross-regional 特色职教集团 ", "高校发展联盟."]),
    # (a headline's space between two phrases still parts them, as a comma)
    ("综合型平台5家 特色型21家", ["综合型平台", "特色型"]),
    # a row's value alone in its field has the field before it (a label such as 数值： aside)
    ("沧州渤海新区生物医药园；入驻北京医药企业；60家；总投资193亿元", ["入驻北京医药企业", "总投资"]),
    ("指标：副中心新增学校（规划）；数值：246所", ["指标:副中心新增学校(规划)数值:"]),
    ("引进6个项目、2个平台", ["引进项目", "平台"]),
])
def test_mixed_lines_and_rows_give_each_figure_its_own_words(text: str, words: list[str]
                                                             ) -> None:
    assert [f.words for f in read_sentence(text).figures] == words


@pytest.mark.parametrize(("text", "dates"), [
    # a date as a sheet prints it, as a dotted one
    ("召开日期 | 2023-05-12", ["2023年05月12日"]),
    ("2023/5/12 座谈会召开", ["2023年5月12日"]),
    ("2023.5.11-12 座谈会召开", ["2023年5月11日至12日"]),
    # (a span of years is one, as printed)
    ("2023-2025年规划", ["2023-2025年"]),
])
def test_a_date_as_a_sheet_prints_it(text: str, dates: list[str]) -> None:
    assert [d.figure.raw for d in read_sentence(text).dates] == dates


@pytest.mark.parametrize(("text", "figures"), [
    # a list's number and a listicle's count of its points are no figures of what it says
    ("3. The numbers: Jing-Jin-Ji's combined GDP hit 10 trillion yuan in 2022.",
     ["10 trillion yuan"]),
    ("1.你知道吗？京津冀地区生产总值10.4万亿元", ["10.4万亿元"]),
    ("2、京津冀地区生产总值10.4万亿元", ["10.4万亿元"]),
    ("（1）京津冀地区生产总值10.4万亿元", ["10.4万亿元"]),
    ("5 things to know about Jing-Jin-Ji's business climate: 3. Beijing, Tianjin and Hebei "
     "have rolled out 234 services.", ["234"]),
    ("Scam explainer, point 2: the policy was worth 30,000 yuan.", ["30,000 yuan"]),
    ("Weekend trip tip #1: 80 coaches a day.", ["80"]),
    ("5个关键数字：京津冀地区生产总值10.4万亿元", ["10.4万亿元"]),
    # (but a number that opens the statement is its figure: 3、5 are two, 5.59 one)
    ("5.59万亿元是2024年京津冀数字经济规模", ["5.59万亿元"]),
    ("3、5年内建成", ["3", "5年"]),
])
def test_a_lists_number_is_no_figure(text: str, figures: list[str]) -> None:
    assert [f.figure.raw for f in read_sentence(text).figures] == figures


@pytest.mark.parametrize(("text", "figures", "dates"), [
    # a year a fast typist prints by its last two digits, before its month or its part
    ("京雄高速北京段23年12月28号贯通了", [], ["2023年12月28号"]),
    ("23年1-11月北京流向津冀技术合同成交额653.8亿", ["653.8亿"], ["2023年1-11月"]),
    ("科技园截至23年底累计注册企业快5000家", ["5000家"], ["2023年"]),
    # (a count of years stays one)
    ("他坚持了23年，种树12万棵", ["23年", "12万棵"], []),
])
def test_a_year_in_two_digits_before_its_month(text: str, figures: list[str],
                                               dates: list[str]) -> None:
    read = read_sentence(text)
    assert [f.figure.raw for f in read.figures] == figures
    assert [d.figure.raw for d in read.dates] == dates


@pytest.mark.parametrize(("text", "read"), [
    # a reader's own remark after what they cite, with no figure of its own, is not read
    ("據報道京津冀已成立15個跨區域特色職教集團，但我孩子想讀的專業還是沒有任何合作。",
     "据报道京津冀已成立15个跨区域特色职教集团"),
    ("听说蓟州区将在北京拓展170个以上直销点，我家住在朝阳，希望小区附近也能开一个。",
     "听说蓟州区将在北京拓展170个以上直销点"),
    ("You reported that the fair signed 50 projects, and I would like to know how many broke "
     "ground.", "You reported that the fair signed 50 projects"),
    ("I read that 62 million mu were planted, yet my neighbourhood hardly shows it.",
     "I read that 62 million mu were planted"),
    # (a remark with a figure stays, and words quoted as speech are the speaker's)
    ("I read that 62 million mu were planted, yet Hebei planted only 2 million.",
     "I read that 62 million mu were planted, yet Hebei planted only 2 million."),
    ("“自2017年入驻以来，我们实现了飞跃。”李治国说。", "“自2017年入驻以来,我们实现了飞跃。”李治国说。"),
    # (nor is a contrast before any figure a remark)
    ("但北京新增5家", "但北京新增5家"),
])
def test_a_writers_remark_after_what_they_cite_is_not_read(text: str, read: str) -> None:
    assert read_sentence(text).text == read


@pytest.mark.parametrize(("text", "period"), [
    # a span counted back from now after a date: what follows is now's, not the date's
    ("2014年2月京津冀协同发展上升为国家战略，十年间京津冀经济总量突破10.4万亿元。", frozenset()),
    ("2014年2月党中央作出重大战略决策，10年间经济总量连跨五个万亿元台阶，突破10.4万亿元", frozenset()),
    ("The strategy was decided in February 2014; over the ten years since, output has "
     "exceeded RMB 10.4 trn.", frozenset()),
    # (a date with no such span is the period of what follows)
    ("2014年2月京津冀协同发展上升为国家战略，京津冀经济总量突破10.4万亿元。", frozenset({"2014"})),
])
def test_a_span_to_now_after_a_date_leaves_what_follows_now(text: str,
                                                             period: frozenset[str]) -> None:
    assert read_sentence(text).figures[-1].period == period


@pytest.mark.parametrize(("text", "read"), [
    # a thread's post counter and a column's heading open a post; neither is a figure
    ("🧵1/4 推介会上举行了两场签约仪式", "推介会上举行了两场签约仪式"),
    ("(2/4) Two signing ceremonies were held.", "Two signing ceremonies were held."),
    ("3/5 京津冀协同发展自2014年2月26日上升为国家战略", "京津冀协同发展自2014年2月26日上升为国家战略"),
    ("【数说产业协同】总投资42亿元的河北京车造车基地竣工投产", "总投资42亿元的河北京车造车基地竣工投产"),
    ("接上条：十年来京津冀地区生产总值突破10万亿元", "十年来京津冀地区生产总值突破10万亿元"),
    # (a fraction is no counter, and a dateline's place names what the post is about)
    ("1/3 of the firms moved", "1/3 of the firms moved"),
    ("【雄安】雄安新区森林覆盖率已达34%", "【雄安】雄安新区森林覆盖率已达34%"),
])
def test_a_posts_counter_and_heading_are_no_part_of_it(text: str, read: str) -> None:
    assert read_sentence(text).text == read


@pytest.mark.parametrize(("text", "raws"), [
    # a quiz's answered question is read as the question and its answer: the other options
    # are no one's figures
    ("单选题：共承接多少项市级赋权？（ ）A. 208项 B. 308项 C. 380项 答案：B", ["308项"]),
    ("單選題：幾個方面的要求？（ ）A．5個　B．6個　C．7個 答案：Ｃ", ["7个"]),
    ("Q3. How many parks joined? (a) 12 (b) 15 (c) 18 — Answer: (a)", ["12"]),
    ("2023年天津落地重大协同项目总投资是多少？（A）1561.2亿元 （B）超过1.5万亿元 —— 答案：B",
     ["超过1.5万亿元"]),
    # (without its answer, every option is read; True is no option's letter)
    ("共承接多少项市级赋权？A. 208项 B. 308项", ["208项", "308项"]),
    ("True or false: 23 parks joined the first batch. — Answer: True", ["23"]),
    # (a time stamp before a speaker's label is no figure either, nor a slide's number)
    ("15:23 人社部门：试点建立3个服务中心", ["3个"]),
    ("Slide 3 — Since 2018: 18,614 SMEs cultivated", ["18,614"]),
    ("第5页：京津冀高铁里程达2486公里", ["2486公里"]),
    # (a quiz's label, a true item's mark; the question's 约 is the answer's)
    ("Q26. How many firms? (a) 25,761 (b) 26,751 — Answer: (b)", ["26,751"]),
    ("判断题：京津冀新增5家。（√）", ["5家"]),
    ("成交额约为多少？（ ）A. 400亿元 B. 750亿元 答案：B", ["约750亿元"]),
    # (a transcript's speaker is no figure; a question's Q: stays for the question's reader)
    ("HOST 1: Beijing has moved out nearly 3,000 firms", ["nearly 3,000 firms"]),
    ("主持人B：平台35平方公里", ["35平方公里"]),
    # (nor a debate's, as Markdown may emphasise it)
    ("正方二辩：累计办理3万余件", ["3万余件"]),
    ("*Opposition:* Tianjin has 21 parks", ["21"]),
    ("5. 会议听取：森林覆盖率已达82%。", ["82%"]),
])
def test_a_quizs_answer_is_its_only_option_read(text: str, raws: list[str]) -> None:
    assert [f.figure.raw for f in read_sentence(text).figures] == raws


@pytest.mark.parametrize(("text", "words"), [
    # a comparison's vs and a slide's arrow end a figure's clause: what follows is the next
    # figure's, not the things the first one counts
    ("政协十四届一次会议以来：提出提案 5621 件 vs 经审查立案 4791 件",
     "政协十四届一次会议以来:提出提案"),
    ("高水平医疗机构69家 → 优质学校59所", "高水平医疗机构"),
])
def test_a_comparisons_vs_ends_a_figures_words(text: str, words: str) -> None:
    assert read_sentence(text).figures[0].words.strip() == words


@pytest.mark.parametrize(("text", "read"), [
    # an answer's lead-in says where the speaker has it from, not what: no part of the
    # statement's words
    ("据了解，京津冀新增5家", "京津冀新增5家"),
    ("据我了解，京津冀新增5家", "京津冀新增5家"),
    ("我们注意到，京津冀新增5家", "京津冀新增5家"),
    ("As I understand it, firms produced 97,000 results", "firms produced 97,000 results"),
    ("I can tell you that 23 parks joined", "23 parks joined"),
    # (了解 elsewhere is what the statement says)
    ("三地了解到5家企业", "三地了解到5家企业"),
])
def test_an_answers_lead_in_is_not_what_it_says(text: str, read: str) -> None:
    assert read_sentence(text).text == read


@pytest.mark.parametrize(("text", "raws"), [
    # a cloze's answer is read in its blank, with the blank's unit and words
    ("填空：（  ）项政务服务事项实现“跨省通办”。【答案】234", ["234项"]),
    ("填空：____年，副中心数字经济核心产业收入超过430亿元。（答案：2022）", ["超过430亿元"]),
    ("2023年，京津冀地区生产总值达到____万亿元。（答案：10.4）", ["10.4万亿元"]),
    ("Fill in: ___ government service items are handled across provinces. (Answer: 234)",
     ["234"]),
    # (a quiz's lettered answer is _answered_choice's)
    ("单选题：共承接多少项市级赋权？（ ）A. 208项 B. 308项 答案：B", ["308项"]),
    # a fact box's unit in its label, after dot leaders or a colon; an English label's
    # scale is no figure
    ("一期项目开发用地面积（万平方米）……10.3", ["10.3"]),
    ("Research funding invested (10,000 yuan) .......... nearly 1,500", ["nearly 1,500"]),
    # an article's number, an agenda's item and a time of day are no figures
    ("第十条 2022年以来，雄安新区已有4所高校", ["4所"]),
    ("Article 5 In 2023 the 207 key enterprises", ["207"]),
    ("Session 3 | 14:00 | Hall B — Keynote: 10.7% of the national total", ["10.7%"]),
    ("議程五（11:00，第三會議室）：薊州2個全國名特優新農產品", ["2个"]),
    ("共设3个分会场", ["3个"]),
])
def test_a_cloze_a_fact_box_an_article_and_an_agenda(text: str, raws: list[str]) -> None:
    assert [f.figure.raw for f in read_sentence(text).figures] == raws


def test_a_fact_boxs_label_gives_its_unit() -> None:
    (area,) = read_sentence("一期项目开发用地面积（万平方米）……10.3").figures
    assert (area.figure.value, area.figure.unit) == (103_000, "平方米")
    (funds,) = read_sentence("Research funding invested (10,000 yuan) .......... nearly 1,500"
                             ).figures
    assert (funds.figure.value, funds.figure.unit, funds.figure.qualifier) == (
        15_000_000, "元", "nearly")


def test_a_changes_first_value_printed_bare_has_its_seconds_unit() -> None:
    first, second = read_sentence("河北万元工业增加值能耗由2014年的2.02下降到2021年的1.58万吨标准煤"
                                  ).figures
    assert (first.figure.raw, first.figure.value, first.figure.unit) == ("2.02", 20_200,
                                                                          "吨标准煤")
    assert (first.period, second.period) == (frozenset({"2014"}), frozenset({"2021"}))
    bare, _ = read_sentence("从45上升到185亩").figures
    assert (bare.figure.value, bare.figure.unit) == (45, "亩")
    # (an English change's bare first value is read by what it counts)
    staff, _ = read_sentence("Yuanyi has grown from 6 to 80 employees.").figures
    assert staff.figure.unit is None
    # (a first value with its own unit keeps it; one not a change's is left bare)
    kept, _ = read_sentence("从45亩增加到185公顷").figures
    assert kept.figure.unit == "亩"
    alone, _ = read_sentence("2.02，另有1.58万吨标准煤").figures
    assert alone.figure.unit is None
    # (from a year's value to one of no year: the unit is shared, the year is the first's)
    first, _ = read_sentence("天津万元工业增加值能耗从2014年的1.4降到0.95万吨标准煤").figures
    assert (first.figure.raw, first.figure.value, first.figure.unit, first.period) == (
        "1.4", 14_000, "吨标准煤", frozenset({"2014"}))


@pytest.mark.parametrize(("text", "words"), [
    ("主持人：北京转出到津冀的，嗯，十点五万人——", "转出"),
    ("嘉宾：张家湾设计小镇那个，注册企业已经超两万家了", "张家湾设计小镇"),
    # (a sound is a filler said alone, not the 额 of 外资额)
    ("这片区域贡献了全区32.5%的实际使用外资额，加速形成吸引外资“强磁场”", "外资额"),
])
def test_a_speakers_filler_parts_no_clause(text: str, words: str) -> None:
    (figure,) = read_sentence(text).figures
    assert words in figure.words


@pytest.mark.parametrize(("text", "corrected"), [
    ("更正：前日报道三地制造业单项冠军企业达到34家，应为44家。", ("34家", "44家")),
    ("更正：本报前日报道4月30日蓟州区单日游客量36.8万人有误，应为63.8万人。",
     ("36.8万人", "63.8万人")),
    ("更正：本报此前报道北京核心区常住人口从2013年的221.2万人下降至2022年的190.4万人，"
     "应为180.4万人。", ("190.4万人", "180.4万人")),
    ("Correction: An earlier version of this article said the share rose from 7.4% in 2014 "
     "to 9.5% in 2022. The correct 2022 figure is 8.5%.", ("9.5%", "8.5%")),
    # (no report before it: a plan's 应为 corrects nothing)
    ("到2025年三地制造业单项冠军企业达到34家，应为44家。", None),
    ("更正：本报此前报道北京核心区常住人口从2013年的221.2万人下降至2022年的190.4万人。", None),
])
def test_a_correction_notices_value_and_the_one_it_corrects_it_to(
        text: str, corrected: tuple[str, str] | None) -> None:
    from jjjcli.reading import corrected_to

    sentence = read_sentence(text)
    found = [(item.figure.raw, to.figure.raw) for item in sentence.figures
             if (to := corrected_to(sentence.text, sentence.figures, item)) is not None]
    assert found == ([corrected] if corrected else [])


@pytest.mark.parametrize(("text", "read"), [
    ("京津合作示范区,跨省通用专业人员资格证书,13,类", [("13类", 13, "类")]),
    ('Liyuan town,claimed value of fake insurance policy,"30,000",yuan',
     [("30,000 yuan", 30_000, "元")]),
    ('通州组团,2021-2024,实际使用外资,"12.6",亿美元', [("12.6亿美元", 1_260_000_000, "美元")]),
    # (a Markdown table's row likewise, the unit in the next cell)
    ("| 京东休闲旅游示范区 | 精品旅游线路 | 11 | 条 |", [("11条", 11, "条")]),
    ("| 植树造林 | 京津冀 | | 6200余万 | 亩 |", [("6200余万亩", 62_000_000, "亩")]),
    ("| Indicator | Region | Value | Unit |", []),
    # (a field that is no unit, or a sentence's commas, leave the number bare)
    ("京津冀,数字经济园区,23,合计", [("23", 23, None)]),
    ("In 2023, Beijing, Tianjin and Hebei had 5, years later 6",
     [("5", 5, None), ("6", 6, None)]),
])
def test_a_rows_unit_in_the_next_field_is_its_numbers(
        text: str, read: list[tuple[str, float, str | None]]) -> None:
    assert [(f.figure.raw, f.figure.value, f.figure.unit)
            for f in read_sentence(text).figures] == read


@pytest.mark.parametrize(("text", "read"), [
    ("有网友称通州组团没有国家级改革案例，记者查证：五年来通州组团形成7项国家级改革案例。",
     "五年来通州组团形成7项国家级改革案例。"),
    ("Claim circulating online: Xi never held a symposium in 2019. Fact: from January 16 to "
     "18, 2019, he inspected Beijing, Tianjin and Hebei.",
     "from January 16 to 18, 2019, he inspected Beijing, Tianjin and Hebei."),
    ("图为雄安高铁站片区调度中心。北京创新主体与津冀累计投入近2.4亿元科研经费。",
     "北京创新主体与津冀累计投入近2.4亿元科研经费。"),
    # (a rumour with a figure is read whole; a picture's date is its figure)
    ("网传“京津冀数字经济规模不到全国5%”，经核实，占全国比重达到10.7%。",
     "网传“京津冀数字经济规模不到全国5%”,经核实,占全国比重达到10.7%。"),
    ("图为2023年5月，习近平总书记主持召开座谈会。",
     "图为2023年5月,习近平总书记主持召开座谈会。"),
])
def test_a_rumour_or_a_pictures_scene_is_not_what_the_line_says(text: str, read: str) -> None:
    assert read_sentence(text).text == read


def test_a_hotlines_number_in_a_messages_brackets_is_no_figure() -> None:
    assert [f.figure.raw for f in read_sentence("【北京12345】我市累计退出企业近3000家").figures
            ] == ["近3000家"]
    assert [f.figure.raw for f in read_sentence("【300余个】京津冀共建协同创新平台数量").figures
            ] == ["300余个"]


@pytest.mark.parametrize(("text", "denied"), [
    ("座谈会并非2014年2月26日召开", "并非"),
    ("Tianjin has not reached 26 parks", "not reached"),
    # a condition's negation (if not for) says the figure, it does not deny it
    ("如果没有2014年2月26日那场座谈会", None),
    ("要不是2014年2月26日那场座谈会", None),
    ("If not for 26 February 2014, it would have been slower", None),
])
def test_a_conditions_negation_denies_no_figure(text: str, denied: str | None) -> None:
    start = next(m.start() for m in re.finditer(r"2014|26", text))
    assert denied_before(text, start) == denied


@pytest.mark.parametrize(("text", "raws"), [
    # a digest's page, before or after the story, is no figure
    ("【要闻】城市副中心高新技术企业突破1100家 → 要闻·3版", ["突破1100家"]),
    ("经济·5版｜2023年副中心数字经济核心产业收入超430亿元", ["超430亿元"]),
    ("Tongzhou's digital-economy core revenue tops 43 billion yuan in 2023 — *p. 5*",
     ["tops 43 billion yuan"]),
    # nor a bulletin's clock or its station's frequency
    ("FM103.9，早上好，现在是8点整。河北拥有新能源整车生产能力的企业7家", ["7家"]),
    ("It's 7 a.m. on 91.5 FM. Hebei counts seven companies able to build new-energy vehicles",
     ["seven companies"]),
    # (a count of points is still one: 提高8个百分点)
    ("京津冀PM2.5浓度下降8点整体向好", ["8"]),
])
def test_pages_clocks_and_frequencies_are_no_figures(text: str, raws: list[str]) -> None:
    assert [f.figure.raw for f in read_sentence(text).figures] == raws


def test_a_quiz_hosts_correction_is_the_answer() -> None:
    read = read_sentence("主持人：武清区累计吸引了多少家北京企业扎根发展？选手：1500家。主持人：很遗憾，"
                         "是2500余家。")
    assert read.text == "武清区累计吸引了2500余家北京企业扎根发展。"
    english = read_sentence("Host: How much was taken? Contestant: 300,000 yuan. Host: Not "
                            "quite — it was 30,000 yuan.")
    assert [f.figure.raw for f in english.figures] == ["30,000 yuan"]
    # (a contestant answering right is read as any answer)
    right = read_sentence("主持人：武清区累计吸引了多少家北京企业？选手：2500余家。")
    assert [f.figure.raw for f in right.figures] == ["2500余家"]


@pytest.mark.parametrize(("text", "period"), [
    ("从2014年1月到去年11月，北京流向津冀技术合同成交额累计已超2700亿元", frozenset()),
    ("From January 2014 to November last year, deals topped 270 billion yuan", frozenset()),
    ("从2014年1月到2023年11月，北京流向津冀技术合同成交额累计已超2700亿元",
     frozenset({"2014", "2023"})),
])
def test_a_span_to_a_relative_year_gives_no_year(text: str, period: frozenset[str]) -> None:
    (figure,) = read_sentence(text).figures
    assert figure.period == period


@pytest.mark.parametrize(("text", "raws"), [
    # an editor's tracked changes: what is deleted goes, what is inserted stays
    ("全国政协十四届二次会议应出席委员{~~2126~>2162~~}人，实到2093人", ["2162人", "2093人"]),
    ("会议应出席委员{--2126--}{++2162++}人", ["2162人"]),
    ("2012—2021年北京高质量发展指数增长幅度为~~65.86%~~ 56.86%", ["56.86%"]),
    ("北京高质量发展指数年均增长率【删除：约5%】【插入：5.13%】", ["5.13%"]),
    ("Since <del>2015</del><ins>2014</ins>, Beijing has phased out nearly 3,000 general "
     "manufacturing enterprises.", ["nearly 3,000"]),
    # a LaTeX source's commands, citations, thin spaces and math
    (r"北京 \textbf{150} 款大模型通过国家备案~\cite{szjj2024}。", ["150款"]),
    (r"累计投入近 1500\,万元科研经费", ["近1500万元"]),
    (r"数字经济增加值占比达到 $42.9\%$，规模达\SI{1.89}{万亿元}", ["42.9%", "1.89万亿元"]),
    # a data pipeline's record: the value with its unit
    ('{"district": "蓟州区", "indicator": "单日游客量", "value": 63.8, "unit": "万人"}',
     ["63.8万人"]),
    ("{diqu: 京津冀, zhibiao: 涉税服务同事同标, shuliang: 120, danwei: 项}", ["120项"]),
    # a social-media card's keycap digits: a run is a number, one alone its bullet
    ("1️⃣3️⃣ 类资格证书跨省通用", ["13类"]),
    ("🔟 Feb 26, 2014 ➡️ 京津冀协同发展上升为国家战略", []),
])
def test_markup_around_the_figures_is_read_through(text: str, raws: list[str]) -> None:
    assert [f.figure.raw for f in read_sentence(text).figures] == raws


def test_a_keycap_bullet_is_no_figure() -> None:
    read = read_sentence("🔟 Feb 26, 2014 ➡️ 京津冀协同发展上升为国家战略")
    assert [f.figure.raw for f in read.dates] == ["Feb 26, 2014"]


def test_a_record_dates_its_value_and_a_cycle_year_is_a_year() -> None:
    since = read_sentence('{"city": "北京", "since": 2014, "indicator": "累计退出一般制造业企业", '
                          '"value": "近3000", "unit": "家"}')
    assert "2014年以来" in since.text and [f.figure.raw for f in since.figures] == ["近3000家"]
    assert normalize("壬寅年一至十一月，京津冀软件业务收入")[0].startswith("2022年")
    assert normalize("甲午年二月")[0] == "2014年二月"
    # (no year of the cycle: a stem and a branch of unlike parity)
    assert normalize("甲丑年")[0] == "甲丑年"


@pytest.mark.parametrize(("text", "value", "high"), [
    ("Commutes between the main cities take 1-to-2 hours", 1, 2),
    ("a 1-to-2-hour commute", 1, 2),
    ("travel takes one to two hours", 1, 2),
    ("a one-to-two-hour commute", 1, 2),
    ("two or three days", 2, 3),
])
def test_an_english_range_hyphened_or_in_words(text: str, value: int, high: int) -> None:
    (figure,) = read_sentence(text).figures
    assert (figure.figure.value, figure.figure.high) == (value, high)


def test_an_english_change_in_words_is_no_range() -> None:
    assert [f.figure.raw for f in read_sentence("cut from three to two hours").figures] == [
        "two hours"]
    assert [f.figure.qualifier for f in read_sentence("二万五千八百七十九亿元有奇").figures] == [
        "more-than"]


@pytest.mark.parametrize(("text", "read"), [
    # a speaker's figure taken back, and the words taking it back, go
    ("增强六大，哦不，是七大产业承载能力", "增强七大产业承载能力"),
    ("两地现在一小时，不，我说错了，半小时通勤圈", "两地现在半小时通勤圈"),
    ("There were about 2,000 — sorry, 2,093 members present", "There were 2,093 members present"),
    ("这个说法不对，是错的", "这个说法不对,是错的"),
    # a machine's eight-digit date is a date
    ("20131231 北京流向津冀技术合同成交额", "2013年12月31日北京流向津冀技术合同成交额"),
    ("20231231人", "20231231人"),
    # a wiki's link is the text it shows; references and templates go, a unit's stays
    ("习近平在[[天津市|天津]]考察。<ref>{{cite news|title=纪实}}</ref>", "习近平在天津考察。"),
    ("示范区面积{{convert|38|km2}}，'''十分'''重要<ref name=a/>", "示范区面积38 km2,十分重要"),
    # capital numerals are the common ones; a capital alone only before a unit
    ("距北京壹佰伍拾公里，下降约百分之陆拾", "距北京一百五十公里,下降约百分之六十"),
    ("叁种办理方式，陆续开工，队伍壮大", "三种办理方式,陆续开工,队伍壮大"),
    # (restated in digits after it: the digits are read)
    ("签订合作协议壹佰陆拾捌个（168个）", "签订合作协议壹佰陆拾捌个(168个)"),
    # a fixed-width row's columns: two spaces or more, twice in the line
    ("北京城市副中心    2023    地区生产总值    1310亿元", "北京城市副中心 | 2023 | 地区生产总值 | 1310亿元"),
    ("Hello  world. Next one.", "Hello  world. Next one."),
])
def test_speech_machines_and_wikis_are_read_through(text: str, read: str) -> None:
    assert normalize(text)[0] == read


@pytest.mark.parametrize(("text", "read"), [
    # scientific notation: the number it writes
    ("2.0×10² 余项", "200余项"),
    ("京津冀地区生产总值达 1.04×10¹³ 元", "京津冀地区生产总值达10400000000000元"),
    ("1.2 x 10^5 家", "120000家"),
    ("2.5e4 家", "25000家"),
    ("3×10⁻² 比例", "3×10⁻² 比例"),
    ("10x10 grid", "10x10 grid"),
    # a chat's pinyin initials, in Chinese copy
    ("BJ的GDP 4.38万亿，HB京车造车基地", "北京的GDP 4.38万亿,河北京车造车基地"),
    ("HBase数据库", "HBase数据库"),
    ("The BJ office", "The BJ office"),
    # subscripts
    ("SO₂平均浓度", "SO2平均浓度"),
    # a European's decimal comma and day-first date; a thousands separator stays
    ("reached 10,4 trillion yuan, 56,86 %", "reached 10.4 trillion yuan, 56.86%"),
    ("from 0,612 in 2012", "from 0.612 in 2012"),
    ("On 17.01.2019 Xi visited", "On 2019年01月17日 Xi visited"),
    ("5,621 proposals; in 2023, 180 projects", "5,621 proposals; in 2023, 180 projects"),
])
def test_notation_initials_and_subscripts(text: str, read: str) -> None:
    assert normalize(text)[0] == read


@pytest.mark.parametrize(("text", "raws"), [
    # a number that names a route, an address or a hotline is no figure
    ("在北京开了30年出租车的老张，一边等着938路的乘客", ["30年"]),
    ("住在3号楼502室的王阿姨", []),
    ("who lives in Room 502, dial 110", []),
    ("拨打12345热线", []),
    ("开通跨省公交线路20条", ["20条"]),
    # a quoted name opening with a number is a name
    ("天津“423高铁网”通勤圈", []),
    ("“1小时交通圈”", ["1小时"]),
    # a bound's sign, not a tag's end
    ("占比<50%", ["<50%"]),
    ("<p>10.4万亿元</p>", ["10.4万亿元"]),
    # a unit abbreviated: mg is no μg; HR is no hour
    ("93 mg/m³", ["93 mg/m³"]),
    ("1,400 HR service agencies", ["1,400"]),
])
def test_incidental_numbers_names_and_signs(text: str, raws: list[str]) -> None:
    assert [f.figure.raw for f in read_sentence(text).figures] == raws


def test_a_shares_name_is_no_comparison() -> None:
    """占比2013年40.7% is 2013's share, not a change against 2013 (比 of 占比 is no 比)."""
    read = read_sentence("北京高精尖产业新设市场主体占比2013年40.7%，2023年66.1%")
    assert [(sorted(f.period), sorted(f.base)) for f in read.figures] == [
        (["2013"], []), (["2023"], [])]
    (change,) = read_sentence("常住人口比2014年下降15%").figures
    assert change.base == frozenset({"2014"})
