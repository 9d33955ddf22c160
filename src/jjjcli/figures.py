"""Figures: finding and parsing Chinese (and English) quantities.

``parse_figure("超过1100家")`` gives ``Figure(value=1100, unit="家", qualifier="more-than")``;
``find_figures(text)`` finds every quantity in a text, with its span, and tells dates
(``2023年``, ``3月``, ``前11个月``) apart from figures. Values are scaled to the base unit:
``430亿元`` is 43,000,000,000 元, ``5.59 trillion yuan`` is 5,590,000,000,000 元, so equal
quantities compare equal whatever their form. In running text, numbers that are part of a
name (PM2.5, 5G, 三地, 一期, 十四届二次会议) are not figures; ``parse_figure`` still reads them.

A date that is itself the fact is a figure too, of unit ``"date"``: ``parse_date("2016年9月")``
gives the value 20160900 (YYYYMMDD, 00 for what is not printed), ``find_dates`` finds whole
dates in a text (``2019年1月16日至18日`` is one range; English ``26 February 2014``, ``in
2014``), and ``dates_agree`` compares two at the precision both print.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache

from jjjcli.errors import FigureError
from jjjcli.record import Record
from jjjcli.text import compact, squeeze

Number = int | float

QUALIFIERS = (
    "exact",
    "about",
    "nearly",
    "more-than",
    "at-least",
    "less-than",
    "up-to",
    "range",
    "ordinal",
    "top",
    "bottom",
)

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}

_SCALES = {
    "个亿": 10**8,  # (3个亿, as spoken and in headlines: 3亿)
    "万亿": 10**12,
    "兆": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "亿": 10**8,
    "千万": 10**7,
    "百万": 10**6,
    "万": 10**4,
    "千": 10**3,
    # (a social post's w for 万: 1.1w家, 6.5w人次)
    "w": 10**4,
    "W": 10**4,
}
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
              "mn": 10**6, "bn": 10**9, "tn": 10**12,
              # (wire copy's short forms: 55.7 bln yuan, 10 trln yuan)
              "mln": 10**6, "bln": 10**9, "trln": 10**12, "trn": 10**12,
              # (a translator's 亿 and 万: 653.8 hundred million yuan, 2.5 ten thousand)
              "hundred million": 10**8, "ten thousand": 10**4}

# Printed unit -> canonical unit. Longest printed forms are tried first.
_UNITS = {
    "个百分点": "个百分点", "百分点": "个百分点", "%": "%", "％": "%", "‰": "‰",
    "倍": "倍", "成": "%",
    "平方公里": "平方公里", "平方千米": "平方公里", "平方米": "平方米", "立方米": "立方米",
    "公里": "公里", "千米": "公里", "米": "米", "公顷": "公顷", "亩": "亩",
    "吨": "吨", "千克": "千克", "公斤": "千克", "千瓦时": "千瓦时", "千瓦": "千瓦",
    "兆瓦": "兆瓦", "标准箱": "标准箱", "标箱": "标准箱",
    "蒸吨": "蒸吨", "课时": "课时", "户次": "户次", "轮次": "轮次", "年度": "年度",
    "个小时": "小时", "地": "地", "P": "P", "吨标准煤": "吨标准煤", "重量箱": "重量箱", "MW": "兆瓦", "M": "Mbps", "兆": "Mbps", "美元": "美元", "欧元": "欧元", "港元": "港元", "元": "元",
    # (10亿人民币 is yuan, not 10亿 people; Taiwan's dollars are not yuan)
    "人民币": "元", "新台币": "新台币", "台币": "新台币",
    "人次": "人次", "户": "户", "家": "家", "人": "人", "名": "人",
    "个月": "个月", "个": "个", "项": "项", "件": "件", "起": "起", "宗": "宗", "条": "条",
    "座": "座", "所": "所", "辆": "辆", "台": "台", "套": "套", "架": "架", "艘": "艘",
    "列": "列", "趟": "趟", "班": "班", "批次": "批次", "批": "批", "场次": "场次",
    "场": "场", "届": "届", "期": "期", "部": "部", "本": "本", "册": "册", "篇": "篇",
    "份": "份", "张": "张", "株": "株", "棵": "棵", "头": "头", "只": "只", "处": "处",
    "片": "片", "栋": "栋", "幢": "幢", "间": "间", "岁": "岁", "年": "年", "天": "天",
    "微克/立方米": "微克/立方米", "微克": "微克/立方米", "人/平方公里": "人/平方公里", "小时": "小时", "分钟": "分钟", "秒": "秒", "周": "周", "周年": "周年", "级": "级", "类": "类",
    "次": "次", "轮": "轮", "支": "支", "种": "种", "款": "款", "位": "位", "员": "人",
    "家次": "家次",
    # (units no source prints, read so that a figure in them is not taken as a bare number
    # that any claim's unit fits: 全长约117英里 is not the source's 117公里)
    "英里": "英里", "平方英里": "平方英里", "海里": "海里", "英尺": "英尺", "英寸": "英寸",
    "英亩": "英亩", "厘米": "厘米", "毫米": "毫米", "公尺": "米", "公分": "厘米", "盎司": "盎司",
    "加仑": "加仑", "千伏": "千伏", "吉瓦": "吉瓦",
}
# English unit words -> canonical unit.
_EN_UNITS = {
    "percentage points": "个百分点", "percentage point": "个百分点", "points": "个百分点",
    # (a headline's: 15 pct points, 2 pct pts, 1.5 ppts)
    "pct points": "个百分点", "pct point": "个百分点", "pct pts": "个百分点",
    "pct pt": "个百分点", "ppts": "个百分点", "ppt": "个百分点",
    "per cent": "%", "percent": "%", "pct": "%",
    "square kilometres": "平方公里", "square kilometers": "平方公里", "sq km": "平方公里",
    "km2": "平方公里", "km²": "平方公里", "square metres": "平方米", "square meters": "平方米",
    "kilometres": "公里", "kilometers": "公里", "km": "公里", "hectares": "公顷",
    # (a speed as the sources print it: 时速350公里; 350 km/h is read as 350 km already)
    "kph": "公里",
    "metres": "米", "meters": "米", "metre": "米", "meter": "米",
    "cubic metres": "立方米", "cubic meters": "立方米",
    "mu": "亩", "tonnes": "吨", "tons": "吨", "tonne": "吨", "ton": "吨",
    "us dollars": "美元", "us dollar": "美元", "dollars": "美元", "dollar": "美元",
    # (U.S. dollars, as squeeze leaves them too: U.S.dollars)
    "u.s. dollars": "美元", "u.s. dollar": "美元", "u.s.dollars": "美元", "u.s.dollar": "美元",
    "usd": "美元", "euros": "欧元", "yuan": "元", "rmb": "元", "cny": "元",
    # (a density, as 人/平方公里: 24,000 people per square kilometre)
    "people per square kilometre": "人/平方公里", "people per square kilometer": "人/平方公里",
    "people per sq km": "人/平方公里", "people per km2": "人/平方公里",
    "residents per square kilometre": "人/平方公里",
    "times": "倍", "fold": "倍", "people": "人", "persons": "人", "residents": "人",
    "workers": "人", "employees": "人", "firms": "家", "companies": "家", "enterprises": "家",
    "businesses": "家", "projects": "项", "items": "项", "cases": "件",
    "mbps": "Mbps", "mw": "兆瓦", "vehicles": "辆", "households": "户", "visits": "人次", "trips": "人次",
    "years": "年", "months": "个月", "days": "天", "hours": "小时", "teu": "标准箱",
    "teus": "标准箱", "sq m": "平方米", "sqm": "平方米",
    "minutes": "分钟", "micrograms per cubic metre": "微克/立方米",
    "micrograms per cubic meter": "微克/立方米", "μg/m3": "微克/立方米", "μg/m³": "微克/立方米",
    "ug/m3": "微克/立方米", "µg/m³": "微克/立方米", "µg/m3": "微克/立方米",
    # (a milligram is no microgram: 93 mg/m³ is not the sources' 93微克/立方米)
    "mg/m3": "毫克/立方米", "mg/m³": "毫克/立方米", "milligrams per cubic metre": "毫克/立方米",
    # (hours as an engineer abbreviates them: 1.5 hrs; not HR, nor H of H1)
    "hrs": "小时",
    # (singular, as a compound adjective has them: a 340,000-square-metre campus, a
    # 1.5-hour travel circle)
    "square kilometre": "平方公里", "square kilometer": "平方公里", "square metre": "平方米",
    "square meter": "平方米", "kilometre": "公里", "kilometer": "公里", "hectare": "公顷",
    "year": "年", "month": "个月", "day": "天", "hour": "小时", "minute": "分钟",
    "weeks": "周", "week": "周",
    "square-kilometre": "平方公里", "square-kilometer": "平方公里",
    "square-metre": "平方米", "square-meter": "平方米",
    # (units no claim's English uses: a figure in them is in none of the claims')
    "square miles": "平方英里", "miles": "英里", "mile": "英里", "nautical miles": "海里",
    "feet": "英尺", "foot": "英尺", "ft": "英尺", "inches": "英寸", "acres": "英亩", "acre": "英亩",
    "centimetres": "厘米", "centimeters": "厘米", "millimetres": "毫米", "millimeters": "毫米",
    "gallons": "加仑", "kilovolts": "千伏", "kv": "千伏", "gigawatts": "吉瓦", "gw": "吉瓦",
    # (energy and power, as 千瓦时 and 千瓦)
    "kwh": "千瓦时", "kilowatt-hours": "千瓦时", "kilowatt hours": "千瓦时",
    "kilowatts": "千瓦", "kw": "千瓦",
}

_PREFIXES = {
    "不超过": "up-to", "不少于": "at-least", "不低于": "at-least", "至少": "at-least",
    "将近": "nearly", "接近": "nearly", "逼近": "nearly", "近": "nearly",
    "大约": "about", "约": "about", "超过": "more-than", "突破": "more-than",
    "超": "more-than", "逾": "more-than", "高于": "more-than", "多于": "more-than",
    "不到": "less-than", "不足": "less-than", "低于": "less-than", "少于": "less-than",
    "最高": "up-to", "最多": "up-to", "第": "ordinal", "前": "top", "后": "bottom",
    "劣": "more-than", "破": "more-than", "最短": "at-least", "最少": "at-least",
    "最低": "at-least", "最长": "up-to",
    # (a level stepped onto or crossed: 迈上千亿元台阶, 跨过万亿元门槛)
    "迈上": "at-least", "跨上": "at-least", "跃上": "at-least", "登上": "at-least",
    "迈过": "more-than", "跨过": "more-than",
    # (said as people speak: 差不多4800件, 大概3万人)
    "差不多": "about", "大概": "about", "大致": "about",
}
#: a social post's signs for about before a number (~5000家, ~¥194.9bn, ≈96%)
_ABOUT_SIGNS = {"~": "about", "～": "about", "≈": "about"}
_PREFIXES.update(_ABOUT_SIGNS)
#: a bound's sign before a number (<50%, >1.2万家, ≥60%, ≤5天, <=, >=): not a tag's end
#: (<strong>10.4万亿元), nor a caption's speaker change (>> 2023)
_BOUND_SIGNS = {"<": "less-than", ">": "more-than", "≤": "up-to", "≥": "at-least",
                "<=": "up-to", ">=": "at-least", "⩽": "up-to", "⩾": "at-least"}
_PREFIXES.update(_BOUND_SIGNS)
#: what a bound's sign may not follow: < a number or another sign; > a tag's name or
#: quote too (<strong>2015年)
_BOUND_SIGN_AFTER = (r"(?<![0-9<>=])", r"(?<![0-9A-Za-z\"'/<>=])")
_SUFFIXES = {"余": "more-than", "多": "more-than", "以上": "more-than", "有余": "more-than",
             "有奇": "more-than",  # (文言: 二万五千八百七十九亿元有奇)
             "+": "at-least", "之内": "up-to",
             "左右": "about", "上下": "about", "以下": "less-than", "以内": "up-to"}
_EN_PREFIXES = {
    "more than": "more-than", "over": "more-than", "above": "more-than",
    "in excess of": "more-than", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "at least": "at-least", "no less than": "at-least",
    "not less than": "at-least", "not fewer than": "at-least", "no fewer than": "at-least",
    "not more than": "up-to",
    "short of": "less-than", "shy of": "less-than",
    "less than": "less-than", "under": "less-than", "fewer than": "less-than",
    "up to": "up-to", "no more than": "up-to", "within": "up-to", "within a": "up-to",
    # (verbs of passing a mark, as 超过 and 突破 are: exceeding 26 billion yuan)
    "exceed": "more-than", "exceeds": "more-than", "exceeded": "more-than",
    "exceeding": "more-than", "surpass": "more-than", "surpassed": "more-than",
    "surpasses": "more-than", "surpassing": "more-than", "topped": "more-than",
    "topping": "more-than", "tops": "more-than", "upwards of": "more-than",
    # (and of coming close to one: the economy nears 10.4 trillion yuan)
    "nears": "nearly", "nearing": "nearly", "approaches": "nearly", "approaching": "nearly",
}


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


#: (thousands grouped by a space, as print and PDFs set them: 9 300余家, 1 100 firms; a
#: first group of four digits is a year before a count, 2023 300)
_SPACED_THOUSANDS = r"(?<![0-9])[0-9]{1,3}(?: [0-9]{3}(?![0-9]))+"
_ARABIC = (rf"(?:{_SPACED_THOUSANDS}|[0-9０-９]+(?:,[0-9]{{3}}(?![0-9０-９]))*)"
           r"(?:[.．][0-9０-９]+)?")
#: what ends a word with 数 that counts something (人数, 户数, 指数, 总数, 岁数): no 数 of 数千
_COUNT_BEFORE_SHU = "人户次个总件指岁分倍系基参变函读天年页字票位家名项台股场只辆床班批座所条片张本篇份吨"
#: what ends a word with 上 that is no 上 of 上千 (线上, 网上, 以上, 马上, 北上; 迈上千亿元台阶)
_NOT_BEFORE_SHANG = "线网以马之向北南东西早晚路迈登跃站踏走赶爬冲"
#: a Chinese numeral with a decimal part (十点七, 二十一点六, 六点七三)
_CN_DECIMAL_NUMERAL = r"[零〇○一二两三四五六七八九十百千万]+点[零〇○一二三四五六七八九]+"
_CHINESE = (r"(?:"
            # a round number said vaguely (read when parsed: _VAGUE): 数千家, 几十个, 上千家,
            # 十几个, 二十几万人
            # (not the 数 of a count's name, 人数, 指数, nor the 上 of 线上, 以上)
            rf"(?:(?<![{_COUNT_BEFORE_SHU}])数|几|(?<![{_NOT_BEFORE_SHANG}])上)"
            r"(?:[十百千]?[万亿]|[十百千])(?![零〇○一二两三四五六七八九十])"
            r"|[一二三四五六七八九]?十几[万亿]?"
            r"|[一二两三四五六七八九十]个半(?=小时)"  # 一个半小时: one and a half
            # 半小时, 一半以上, 一半以下: half (before the numerals, which would take 一 alone)
            r"|一?半(?=小时|年|天|个|以上|以下)"
            rf"|{_CN_DECIMAL_NUMERAL}"  # 十点七: 10.7
            r"|[零〇○一二两三四五六七八九十百千万亿]*[零〇○一二两三四五六七八九十][零〇○一二两三四五六七八九十百千万亿]*"
            r"|[百千][万亿]{1,2}"  # 千亿, 百万: round numbers with no digit
            r"|首(?=[位个家届批条趟次])"  # 首个, 首届, 居首位: the first
            r"|[百千万亿]"  # 近万只, 百余场, 超亿元: only with a qualifier (checked when parsed)
            r"|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|(?:IV|V|I{1,3})(?=类)"  # water-quality classes: Ⅲ类, V类
            r")")
#: (兆 before money is a million millions, as Taiwan's press writes 万亿: 10.3兆元; before
#: anything else a mega, 兆瓦, 100兆宽带)
_SCALE = (r"个亿|万亿|千亿|百亿|亿|千万|百万|万|千(?![米瓦克伏])|兆(?=(?:新台币|人民币|美元|港元|元))"
          r"|[wW](?![A-Za-z0-9])")
_NUMBER = rf"(?:{_ARABIC})(?:{_SCALE})?|(?:{_CHINESE})(?:个亿)?"
#: the words 成 begins that are no tenths (120 成员单位 are members, not 1,200 %)
_NOT_TENTHS_AFTER = "员立功交果本效绩熟都渝品长就型套片像"
_TENTHS = f"成(?![{_NOT_TENTHS_AFTER}])"
_UNIT = f"{_alternation(u for u in _UNITS if u != '成')}|{_TENTHS}"
_RANGE_SEP = r"[-—–~～至到]"

#: the words that end in 前 or 后 and say when, not a ranking's top or bottom (目前3家,
#: 先后三批次, 提前10天, 之后5年: figures as they stand; 最后一公里 is an idiom)
_NOT_RANK_BEFORE = "目之以此提先事然其今随落背日午会赛课身滞延稍而过向前战"
#: a currency printed between a bound and its sum (超过人民币100亿元, 未达人民币100亿元)
CURRENCY_BEFORE = "人民币|新台币"
#: the words that end in 约 and say no "about" (签约5个项目 signed five, 节约10% saved a tenth)
_NOT_ABOUT_BEFORE = "签节预合公条制契邀特履毁违解租婚盟立缔集简隐"
_CN_PREFIX = "|".join(
    f"(?<![{_NOT_RANK_BEFORE}]){w}" if w in ("前", "后")
    else f"(?<![{_NOT_ABOUT_BEFORE}]){w}" if w == "约"
    # (not a range's: 1~2天)
    else rf"(?<![0-9０-９~～≈]){re.escape(w)}" if w in _ABOUT_SIGNS
    else rf"{_BOUND_SIGN_AFTER[w[0] == '>']}{re.escape(w)}(?![<>])" if w in _BOUND_SIGNS
    else re.escape(w)
    for w in sorted(_PREFIXES, key=len, reverse=True))

_CN_FIGURE_PATTERN = (
    rf"(?:(?P<pre>{_CN_PREFIX})(?:{CURRENCY_BEFORE})?)?"  # 超过人民币100亿元: the sum's bound
    rf"(?P<percent>百分之)?"
    rf"(?P<num>{_NUMBER})"
    rf"(?:(?P<unit1>{_UNIT})?(?P<sep>{_RANGE_SEP})(?P<num2>{_NUMBER}))?"  # 1小时至1.5小时
    rf"(?P<suf1>余|多)?"
    rf"(?P<scale2>万亿|亿|万)?"  # 6200余万亩: the scale after 余
    rf"(?P<big>大(?=类|领域|板块|方面))?"  # 6大类
    rf"(?P<unit>{_UNIT})?"
    r"(?:(?<=\d成|[一二三四五六七八九十]成)(?P<tenth>[一二三四五六七八九半]))?"  # 八成半: 85%
    r"(?:(?<=[一二两三四五六七八九十]倍)(?P<half>半))?"  # 两倍半: 2.5倍
    rf"(?P<suf2>{_alternation(_SUFFIXES)})?"
)
#: a number in digits as English prints it: thousands in groups of three (5,621; not 107,2022)
_EN_DIGITS = rf"(?:{_SPACED_THOUSANDS}|\d+(?:,\d{{3}}(?!\d))*)(?:\.\d+)?"
_EN_FIGURE_PATTERN = (
    # (a social post's ~ or ≈ for about: ~¥194.9bn, ~1,400 companies; not 10~12k's)
    # (squeeze drops the space before a currency's sign: nearly ¥100bn is nearly¥100bn)
    # (a bound's words after a Chinese character too: 资金 more than 800 million yuan)
    rf"(?P<pre>(?<![A-Za-z0-9_])(?:{_alternation(_EN_PREFIXES)})(?:\s+|(?=[$¥￥]))"
    r"|(?<![\d~～≈])[~～≈]\s?"
    rf"|(?:{_BOUND_SIGN_AFTER[0]}<=?|{_BOUND_SIGN_AFTER[1]}>=?|[≤≥⩽⩾])(?![<>])\s?)?"
    r"(?P<cur>US\$|HK\$|NT\$|\$|¥|￥|RMB\s?|CNY\s?|USD\s?|Yuan(?=\d))?"
    rf"(?P<num>{_EN_DIGITS})"
    # (a hyphen where the figure is a compound adjective: a 40-million-yuan investment, a
    # 340,000-square-metre campus; m for million only after a currency: ¥300m, not 150m)
    rf"(?:[\s-]?(?P<scale>{_alternation(_EN_SCALES)})(?![A-Za-z])|(?P<k>k)\b"
    r"|(?(cur)(?P<m>m)\b|(?!)))?"
    # (a social post's or a headline's bound after it: 25,000+ firms, 80-plus companies)
    r"(?P<plus>\+|-plus\b)?"
    # (a unit word whole, km² whatever follows it; % whatever follows: squeeze joins 60%
    # lower into 60%lower, 38 km² in into 38 km²in)
    rf"(?:[\s-]?(?P<unit>(?:{_alternation(_EN_UNITS)})(?:(?<=[²³])|(?![A-Za-z]))|%))?"
)


#: a Chinese unit or numeral in a figure as printed (3,000家, 800万元)
_CJK_IN = re.compile("[\u4e00-\u9fff]")
#: an English bound's words right before a number (more than 3,000家)
_EN_BOUND_BEFORE = re.compile(
    rf"(?<![A-Za-z0-9_])({_alternation(_EN_PREFIXES)})\s*$", re.IGNORECASE)


def _en_qualifier(pre: str | None, default: str = "exact") -> str:
    """The qualifier an English figure's words before it give (more than, nearly, ~)."""
    if not pre:
        return default
    key = " ".join(pre.lower().split())
    return _ABOUT_SIGNS.get(key) or _BOUND_SIGNS.get(key) or _EN_PREFIXES[key]


# Terminal escape sequences (a statement pasted from coloured output: "\x1b[31m"): their
# parameters are not figures. CSI, string sequences (OSC, DCS …) and two-character escapes.
_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]P^_X]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)
_ESCAPE_START = re.compile(r"[\x1b\x90\x98\x9b\x9d-\x9f]")


#: a character without which no figure can be found (a quick test before the big patterns)
_MAY_HOLD_A_NUMBER = re.compile(
    r"[0-9０-９零〇○一二两三四五六七八九十百千万亿首半ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ番]|[IVX]"
    r"|(?i:half|third|quarter|first|second|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    # (numbers in words, as whole words: zone, often and phone hold none)
    r"|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundreds|thousands|millions|billions|hundred|thousand|million|billion)(?:-?fold)?\b)")


@cache
def _cn_figure() -> re.Pattern[str]:
    """The Chinese figure pattern, compiled on first use (it takes ~10 ms: start-up)."""
    return re.compile(_CN_FIGURE_PATTERN)


@cache
def _cn_unit_after() -> re.Pattern[str]:
    """A Chinese unit right after an English figure (10 thousand家; not the 成 of 成员)."""
    return re.compile(f"{_alternation(u for u in _UNITS if _CJK_IN.match(u) and u != '成')}"
                      f"|{_TENTHS}")


@cache
def _en_figure() -> re.Pattern[str]:
    return re.compile(_EN_FIGURE_PATTERN, re.IGNORECASE)


#: full-width digits as ASCII ones (２０２４ → 2024); _FULLWIDTH, with the full-width point
FULLWIDTH_DIGITS: dict[int, int] = str.maketrans("０１２３４５６７８９", "0123456789")
_FULLWIDTH: dict[int, int] = {**FULLWIDTH_DIGITS, ord("．"): ord(".")}
_DATE_AFTER = re.compile(r"(?:年|月|日|号)")


class Figure(Record):
    """One quantity: ``value`` in the canonical ``unit``, with its ``qualifier``."""

    __slots__ = ("raw", "value", "unit", "qualifier", "high")

    raw: str
    value: Number
    unit: str | None
    qualifier: str
    high: Number | None  # upper bound of a range

    def __init__(
        self, raw: str, value: Number, unit: str | None, qualifier: str = "exact",
        high: Number | None = None,
    ) -> None:
        self.raw = raw
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.high = high

    def same_quantity(self, other: Figure) -> bool:
        """Same value (and range end) in a compatible unit; a date is only ever the same as
        a date (20230000 is no count of 20 million)."""
        if (self.unit == "date") != (other.unit == "date"):
            return False
        if self.unit and other.unit and self.unit != other.unit:
            return False
        if not values_equal(self.value, other.value):
            return False
        if self.high is None or other.high is None:
            return True
        return values_equal(self.high, other.high)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "raw": self.raw, "value": self.value, "unit": self.unit, "qualifier": self.qualifier,
        }
        if self.high is not None:
            data["high"] = self.high
        return data


class Found(Record):
    """A figure or a date found in a text, with its span in that text."""

    __slots__ = ("figure", "start", "end", "is_date")

    figure: Figure
    start: int
    end: int
    is_date: bool

    def __init__(self, figure: Figure, start: int, end: int, is_date: bool) -> None:
        self.figure = figure
        self.start = start
        self.end = end
        self.is_date = is_date


def values_equal(a: Number, b: Number) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def tidy(value: float) -> Number:
    """An integral float becomes an int; floating noise from scaling is rounded off."""
    if not math.isfinite(value):
        return value
    rounded = round(value, 6)
    if abs(rounded) < 2**63 and rounded == int(rounded):
        return int(rounded)
    return float(f"{value:.12g}")


_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "Ⅶ": 7, "Ⅷ": 8, "Ⅸ": 9, "Ⅹ": 10,
          "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}


def chinese_to_number(text: str) -> float:
    """Chinese numerals to a number: 三十五 -> 35, 一百二十万 -> 1200000, 二〇二三 -> 2023."""
    if not text:
        raise FigureError("empty numeral")
    if text in _ROMAN:
        return _ROMAN[text]
    if text in ("半", "一半"):
        return 0.5
    if text == "首":
        return 1
    if text in ("万", "亿"):
        return _CN_BIG[text]
    if all(ch in _CN_DIGITS for ch in text):
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    if "点" in text:  # 十点七 -> 10.7: the digits after 点 are read one by one
        whole, _, fraction = text.partition("点")
        if not whole or not fraction or not all(ch in _CN_DIGITS for ch in fraction):
            raise FigureError(f"not a Chinese numeral: {text!r}")
        digits = "".join(str(_CN_DIGITS[ch]) for ch in fraction)
        return chinese_to_number(whole) + int(digits) / 10.0 ** len(digits)
    total = 0
    section = 0
    digit = 0
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (digit or 1) * _CN_SMALL[ch]
            digit = 0
        elif ch in _CN_BIG:
            big = _CN_BIG[ch]
            section += digit
            digit = 0
            if big == 10**8:
                total = (total + section) * big
            else:
                total += section * big
            section = 0
        else:
            raise FigureError(f"not a Chinese numeral: {text!r}")
    return total + section + digit


def _number(text: str) -> float:
    """A printed number with an optional scale: 5.59万亿, 1,100, 三十五, ３０.

    A number too large for a float (a run of hundreds of digits) is not a figure."""
    try:
        value = _unchecked_number(text)
    except OverflowError:
        value = math.inf
    if not math.isfinite(value):
        raise FigureError(f"number too large: {text[:20]!r}…")
    return value


def _digits(text: str) -> str:
    """A number in digits as float() reads it: half-width, no thousands separator (1,100,
    9 300)."""
    return text.translate(_FULLWIDTH).replace(",", "").replace(" ", "")


def _unchecked_number(text: str) -> float:
    for scale, factor in _SCALES.items():
        if text.endswith(scale) and len(text) > len(scale) and text[-len(scale) - 1].isdigit():
            return float(_digits(text[: -len(scale)])) * factor
    plain = _digits(text)
    if plain and (plain[0].isdigit()):
        return float(plain)
    if text.endswith("个亿") and len(text) > 2:
        return float(chinese_to_number(text[:-2])) * _SCALES["个亿"]  # 两个亿
    if text.endswith("个半") and len(text) > 2:
        return float(chinese_to_number(text[:-2])) + 0.5  # 一个半(小时)
    return float(chinese_to_number(text))


def _is_year(text: str) -> bool:
    plain = text.translate(_FULLWIDTH)
    if plain.isdigit() and len(plain) == 4:
        return 1900 <= int(plain) <= 2099
    if len(text) == 4 and all(ch in _CN_DIGITS for ch in text):
        return 1900 <= chinese_to_number(text) <= 2099
    return False


#: a round number said vaguely: 数千 and 几千 (some thousands), 上千 (reaching a thousand)
#: are read as from one to ten of their scale; 十几 as eleven to nineteen, 二十几 as 21–29
_VAGUE = re.compile(r"(?P<some>[数几上])(?P<scale>[十百千]?[万亿]|[十百千])"
                    r"|(?P<tens>[一二三四五六七八九]?)十几(?P<big>[万亿]?)")


def vague(figure: Figure) -> bool:
    """Whether a figure is a round number said vaguely (数千家, 上千家, 十几个: _VAGUE;
    thousands of firms: _EN_VAGUE)."""
    return figure.qualifier == "range" and bool(_VAGUE.search(figure.raw)
                                                or _EN_VAGUE.search(figure.raw))


#: two Chinese digits side by side, and a scale after them (三四, 二三十, 五六百, 七八千万)
_JUXTAPOSED = re.compile(r"(?P<digits>[一二两三四五六七八九]{2})(?P<scale>十|百|千|万|亿|十万|百万|千万)?")
_JUXTAPOSED_RUN = re.compile(r"[一二两三四五六七八九]+")
#: units after which digits name levels, phases or classes, not an amount (二三级, 一二期)
_NAMED_BY_NUMBER = frozenset({"级", "期", "类", "档", "号", "线", "环", "批", "届", "次"})


#: a Chinese numeral of some size with its scale, a figure without a unit as 12万 is
#: (十二万群众, 三点五亿); not a word's two characters (十万火急, 千万)
_CN_SCALED = re.compile(r"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千点]+[万亿]")


def _from_cn_match(m: re.Match[str], text: str) -> tuple[Figure, bool] | None:
    num, num2 = m["num"], m["num2"]
    unit_raw = m["unit"]
    if num2 and m["unit1"] and unit_raw and _UNITS.get(m["unit1"]) != _UNITS.get(unit_raw):
        return None  # (2017年—三地: a timeline's year and what follows it, no range)
    # A lone Chinese digit with no unit or qualifier is prose (三地, 一是), not a figure.
    chinese = not num[0].translate(_FULLWIDTH).isdigit()
    if chinese and not (unit_raw or m["pre"] or m["suf1"] or m["suf2"] or m["percent"] or num2
                        or num.endswith("个亿") or _CN_SCALED.fullmatch(num)):
        return None
    is_date = False
    before = text[m.start() - 1] if m.start() > 0 else ""
    after = text[m.end() : m.end() + 1]
    if _is_year(num) and unit_raw in (None, "年", "年度") and not (m["pre"] or m["suf1"]):
        is_date = True
    elif unit_raw is None and after and _DATE_AFTER.match(after):
        is_date = True
    elif unit_raw == "个月" and before == "前":
        is_date = True
    elif num == "半" and unit_raw == "年" and before in ("上", "下"):
        is_date = True  # 上半年, 下半年: part of a year (jjjcli.periods)
    elif unit_raw == "年" and num2 and _is_year(num2):
        is_date = True
    juxtaposed = _JUXTAPOSED.fullmatch(num) if chinese and not num2 else None
    roughly = _VAGUE.fullmatch(num) if chinese and not num2 else None
    high: float | None
    if roughly is not None:
        if roughly["some"]:
            scale = chinese_to_number("一" + roughly["scale"])
            value, high = float(scale), float(10 * scale)
        else:
            tens = 10 * (_CN_DIGITS[roughly["tens"]] if roughly["tens"] else 1)
            scale = _CN_BIG[roughly["big"]] if roughly["big"] else 1
            value, high = float((tens + 1) * scale), float((tens + 9) * scale)
    elif juxtaposed is not None:
        # two digits side by side are no number of theirs: 三四个 is three or four, 二三十家
        # twenty or thirty, 五六百人 five or six hundred; 二三级, 一二期 are two named levels
        # or phases, and digits that do not follow one another (一三, 二四) a list
        low, up = (_CN_DIGITS[d] for d in juxtaposed["digits"])
        if (up != low + 1 or unit_raw in _NAMED_BY_NUMBER
                or m.group(0).startswith("第") or text[m.start() - 1 : m.start()] == "第"):
            return None
        scale = chinese_to_number("一" + juxtaposed["scale"]) if juxtaposed["scale"] else 1
        value, high = float(low * scale), float(up * scale)
    elif chinese and len(num) > 2 and _JUXTAPOSED_RUN.fullmatch(num) and not _is_year(num):
        return None  # 一二三级: a list of levels
    else:
        try:
            value = _number(num)
            high = _number(num2) if num2 else None
        except (ValueError, FigureError):
            return None
    if num in ("百", "千", "万", "亿") and not (m["pre"] or m["suf1"] or unit_raw == "名"):
        return None  # 万家灯火: a bare 万 is a word; 近万只, 百余场, 千名 are figures
    qualifiers = {table[part] for part, table in (
        (m["pre"], _PREFIXES), (m["suf1"], _SUFFIXES), (m["suf2"], _SUFFIXES)) if part}
    # 近3000余家 says both "nearly" and "more than": about
    qualifier = qualifiers.pop() if len(qualifiers) == 1 else ("about" if qualifiers else "exact")
    if num == "首":
        qualifier = "ordinal"
    if num.endswith("半") and unit_raw is None:
        value = 50.0  # 一半以上: more than half
    unit = _UNITS.get(unit_raw) if unit_raw else None
    if m["pre"] in ("前", "后"):
        if unit_raw is None and m["pre"] == "前" and text.startswith(("季度", "个季度"), m.end()):
            is_date, qualifier = True, "exact"  # 前三季度: a period, as 前11个月
        elif unit_raw in ("名", None):
            unit = "名次"  # 前十名 / 后十(名): the top or bottom ten of a ranking
        elif m["pre"] == "前" and unit_raw == "个月":
            is_date, qualifier = True, "exact"  # 前11个月: a period
        else:
            return None
    if m["scale2"]:
        larger = num.rfind("亿") if chinese and m["scale2"] == "万" and not num2 else -1
        if 0 < larger < len(num) - 1:
            # 一亿一千七百多万: 一亿 and 一千七百多万 (117 million and more), not 一亿一千七百
            # times 万: the scale after 多 reaches back only to the larger one before it
            value = _number(num[: larger + 1]) + _number(num[larger + 1 :]) * _SCALES["万"]
        else:
            value *= _SCALES[m["scale2"]]
    if unit_raw == "级" and num[-1] in "万亿":
        unit, qualifier = None, "at-least"  # 千亿级: of the hundred-billion class
    if m["percent"] or (num.endswith("半") and unit_raw is None):
        unit = "%"
    if unit_raw == "成":
        value *= 10
        high = high * 10 if high is not None else None
        if m["tenth"]:  # 一成二 is 12%, 八成半 85%
            value += 5 if m["tenth"] == "半" else "一二三四五六七八九".index(m["tenth"]) + 1
    if m["half"]:
        value += 0.5  # (两倍半: two and a half times)
    if high is not None:
        qualifier = "range"
    if high is not None and num2:
        # 10—15万: the scale printed on the second number applies to both.
        scale2 = next((s for s in _SCALES if num2.endswith(s) and num2[0].isdigit()), None)
        scale1 = next((s for s in _SCALES if num.endswith(s) and num[0].isdigit()), None)
        if scale2 and not scale1:
            value *= _SCALES[scale2]
    if not math.isfinite(value) or (high is not None and not math.isfinite(high)):
        return None  # scaled past what a float holds: not a quantity anyone printed
    if (high is not None and not is_date and high < value and m["unit1"] == "%"
            and m["unit"] != "%"):
        # (4.25%—1.71 pts above the average: two figures, each its own, no range
        # downwards; 5—1.5小时 is one, however wrong)
        return None
    figure = Figure(
        raw=m.group(0), value=tidy(value), unit=unit, qualifier=qualifier,
        high=tidy(high) if high is not None else None,
    )
    return figure, is_date


#: "times" as a multiple, by what follows it (2.1 times the 2014 level, three times as
#: many, five-fold)
_MULTIPLE_AFTER_EN = re.compile(
    r"\s*(?:-?fold\b|(?:the|that|as|more|less|fewer|larger|higher|greater|bigger|smaller|"
    r"faster|slower|longer|over|than|what|its|their|those|this|above|below|compared)\b)",
    re.IGNORECASE)
#: the last verb before "times" in its sentence says whether they are occasions: an event
#: held, hosted or staged N times (the base's own English for 举办N届), or a thing done N
#: times (visited four times: 四次); a verb of change makes them a multiple (grew 3 times)
_TIMES_VERB_EN = re.compile(
    r"\b(?:(?P<held>held|hosted|staged|convened|took\s+place|taken\s+place)"
    r"|(?P<done>visited|met|signed|inspected|toured|conducted|carried\s+out|travell?ed|"
    r"been\s+to|won|attended)"
    r"|(?P<change>increas\w*|gr[eo]w\w*|rose|risen|ris(?:e|es|ing)|expand\w*|multipl\w*|"
    r"jump\w*|surg\w*|soar\w*|climb\w*|doubl\w*|tripl\w*|up|by))\b", re.IGNORECASE)


#: where a sentence ends (not a decimal point: 1.5 hours)
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)|[。；！？]")


def _times_unit(text: str, start: int, end: int, value: float) -> str:
    """The unit of "N times" in ``text`` (the figure at ``start``–``end``): 倍, a multiple,
    unless a whole N follows a verb of occasions in its sentence and no comparison follows
    it — then 届 for an event held N times, 次 for a thing done N times."""
    if value != int(value) or _MULTIPLE_AFTER_EN.match(text, end):
        return "倍"
    sentence = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    verbs = list(_TIMES_VERB_EN.finditer(text, sentence, start))
    last = verbs[-1] if verbs else None
    if last is None or last["change"]:
        return "倍"
    return "届" if last["held"] else "次"


#: a number that may be a year (1949–2099), printed as years are
_A_YEAR = r"(?:19[4-9]\d|20\d\d)"
_A_YEAR_BEFORE_NOUN = re.compile(_A_YEAR)
#: a second year after a year, making the two a span (over 2012-2021, from 2014 to 2022)
_YEAR_SPAN_AFTER = re.compile(rf"\s*(?:[-–—]|to\b)\s*{_A_YEAR}\b")
#: what ends a year's words right after it (rose 25% over 2014., over 2014's level)
_YEAR_ENDS_AFTER = re.compile(r"\s*(?:[,.;:)]|$|['’]s\b|\s+levels?\b)")
#: what leads a year in English (in 2023, by the end of 2023, since 2014)
_YEAR_LEAD_EN = re.compile(r"\b(?:in|by|since|until|till|before|after|from|during|through|"
                           r"of|early|late|mid)\s*$"
                           # (the end of a span of years: from 2014 to 2022 firms …)
                           rf"|\b{_A_YEAR}\s*(?:to|and|[-–—])\s*$", re.IGNORECASE)
#: trips or visits: fewer than this many are a delegation's or a body's (9 trips, nine
#: visits: 9次); more are people's (500 million trips, as tourist statistics count them;
#: 900 visits, a delegation's person-visits: 人次)
_OF_PEOPLE_FROM = {"trips": 1000, "visits": 100}


def _en_unit(word: str, m: re.Match[str], value: float) -> str | None:
    """The unit an English unit word gives the figure ``m`` of ``value``: times as a
    multiple or as occasions (_times_unit), trips and visits by how many
    (_OF_PEOPLE_FROM), *points* as percentage points only beside a rate or a change."""
    if word == "%":
        return "%"
    if word in ("times", "fold"):  # (held seven times: occasions, in words as in digits)
        return _times_unit(m.string, m.start(), m.end(), value)
    if word in _OF_PEOPLE_FROM:
        # (made 9 trips, nine visits: a body's, 次; 500 million trips, 900 visits: people's)
        return "人次" if value >= _OF_PEOPLE_FROM[word] else "次"
    if word == "points" and value == int(value) and not _POINTS_OF_A_RATE.search(m.string):
        return None  # (Xi set out 7 points: items, as 7点; rose 2 points: a rate's)
    return _EN_UNITS.get(word)


#: what makes *points* after a whole number percentage points: a rate or a change in the
#: sentence (up 2 points, a 3-point rise, 45%)
_POINTS_OF_A_RATE = re.compile(
    r"%|percent|per cent|\b(?:up|down|rose|rise|risen|fell|fall|fallen|increased|increase|"
    r"decreased|decrease|grew|growth|dropped|drop|declined|decline|gained|lost|higher|lower|"
    r"above|below|by|share|rate|ratio|proportion|index)\b", re.IGNORECASE)


def _from_en_match(m: re.Match[str]) -> Figure | None:
    value = float(_digits(m["num"]))
    if m["scale"]:
        value *= _EN_SCALES[" ".join(m["scale"].lower().split())]
    elif m["k"]:
        value *= 1000  # (¥30k: thirty thousand)
    elif m["m"]:
        value *= 10**6  # (¥300m: three hundred million yuan)
    if not math.isfinite(value):
        return None  # hundreds of digits: not a figure
    unit = _en_unit((m["unit"] or "").lower(), m, value)
    currency = (m["cur"] or "").strip().lower()
    if currency in ("$", "us$", "usd"):
        unit = "美元"
    elif currency in ("¥", "￥", "rmb", "cny", "yuan"):  # (Yuan10.4trn, as a brief prints it)
        unit = "元"
    elif currency == "hk$":  # (Hong Kong's and Taiwan's dollars are no US dollars)
        unit = "港元"
    elif currency == "nt$":
        unit = "新台币"
    qualifier = _en_qualifier(m["pre"])
    if m["plus"] and qualifier == "exact":
        qualifier = "at-least"  # (as 2万+ is)
    return Figure(raw=m.group(0).strip(), value=tidy(value), unit=unit, qualifier=qualifier)


#: an English range: two numbers joined by a dash, "to" or "between … and", the unit (or
#: the scale) after the second, or after each the same (5 to 6 minutes, 1-2 days, between 3
#: and 5 per cent, 2 to 6, 10%-15%): one figure from the first to the second, as 5至6分钟 is
_EN_RANGE = re.compile(
    r"(?P<between>\bbetween\s+)?"
    rf"(?<![A-Za-z\d.,])(?P<num>{_EN_DIGITS})(?P<unit1>\s?%)?"
    # (a per cent sign squeezed against the word after it: 3%and 5%)
    # (a hyphened one before its noun: a 1-to-2-hour commute)
    r"(?(between)\s*and\s+|(?:-to-|\s*[-–—~]\s*|(?:\s+|(?<=%))(?:to|through|thru)\s+))"
    rf"(?P<num2>{_EN_DIGITS})(?![\d,.]\d)")
#: a word right before a range's first number that makes the two a change (rose from 40 to
#: 100) or a score (a month after its second makes them days of a date: _MONTH_AFTER_EN)
_RANGE_NOT_AFTER_EN = re.compile(r"\b(?:from|by|of|and|No\.?)\s*$|[-–—~]\s*$", re.IGNORECASE)
#: a verb of change a few words before "N to M": the two are where it went from and to
#: (share rises 9.5% to 25.3%), not a range
_CHANGE_BEFORE_EN = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|gr[eo]w(?:s|n|ing)?|increas\w*|climb\w*|jump\w*|soar\w*"
    r"|surg\w*|f[ae]ll(?:s|en|ing)?|dropp?\w*|declin\w*|decreas\w*|cut\w*|reduc\w*|rais\w*"
    r"|boost\w*|lift\w*|expand\w*|shr[ai]nk\w*|up|down|went|go(?:es)?|moved?)"
    r"\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _iter_en_ranges(text: str) -> Iterator[tuple[int, int, Number, Number, str | None]]:
    """English ranges (_EN_RANGE) in ``text``: their span, first and second values and
    unit. Not two years (2014-2022, a period), not from … to (a change), not days before a
    month (a date's)."""
    for m in _EN_RANGE.finditer(text):
        low, high = (float(_digits(m[g])) for g in ("num", "num2"))
        if (_A_YEAR_BEFORE_NOUN.fullmatch(m["num"]) or _A_YEAR_BEFORE_NOUN.fullmatch(m["num2"])
                or not low < high
                or ((not_after := _RANGE_NOT_AFTER_EN.search(
                    text, max(0, m.start() - 6), m.start())) is not None
                    # (from 1-2 days to 1.5 hours: a dash's range is where a change begins)
                    and not (not_after[0].lower().startswith("from")
                             and "to" not in text[m.end("num") : m.start("num2")].lower()))
                or _MONTH_AFTER_EN.match(text, m.end())
                or "to" in text[m.end("num") : m.start("num2")].lower()
                and _CHANGE_BEFORE_EN.search(text, max(0, m.start() - 40), m.start())):
            continue
        after = _en_figure().match(text, m.start("num2"))
        if after is None or after["pre"]:
            continue
        if m["unit1"] and not (after["unit"] or "").strip() == "%":
            continue  # (5% to 10 billion yuan: a share and a sum, no range)
        figure = _from_en_match(after)
        if figure is None:
            continue
        scale = figure.value / high if high else 1
        end = after.start() + len(after.group(0).rstrip())
        yield m.start("num"), end, tidy(low * scale), figure.value, figure.unit


_ASCII_LETTER = re.compile(r"[A-Za-z]")
#: what follows the + of a scheme's name right after it (2+4+N, 3+2), not a bound's (40+ )
_SCHEME_NEXT = re.compile(r"[\w+]")
#: a verb whose particle "over" is no bound after it (taken over 308 powers, handed over)
_TAKEN_OVER = re.compile(r"\b(?:tak(?:e|es|en|ing)|took|hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)"
                         r"\s*$", re.IGNORECASE)
#: English ordinals up to ten, as a rank says them (ranked second)
#: English ordinals and their numbers (first … tenth)
EN_ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)}
#: a rank said in English after its verb: ranked second, ranks 3rd, came No. 1, placed first
_EN_RANK = re.compile(
    r"\b(?:rank(?:s|ed)?|placed|came|comes|finished)\s+(?:joint\s+)?"
    r"(?P<word>" + "|".join(EN_ORDINALS) + r"|(?P<nth>\d{1,3})(?:st|nd|rd|th)"
    r"|No\.\s?(?P<number>\d{1,3}))\b", re.IGNORECASE)
#: an edition said in English before an event's capitalised name: the first China
#: International Supply Chain Expo, the 3rd Beijing Online Audiovisual Art Conference (第三届);
#: not the first Games in Olympic history (a first, not an edition)
_EN_EDITION = re.compile(
    r"\b(?P<word>(?i:" + "|".join(EN_ORDINALS) + r")|(?P<nth>\d{1,3})(?:st|nd|rd|th))"
    r"\s+(?:[A-Z][\w'’-]*\s+){1,8}?(?:Conference|Expo|Forum|Fair|Festival|Games|Congress|"
    r"Summit|Contest|Competition|Exhibition|Olympiad|Marathon|Triathlon|Race|League|Cup|"
    r"Convention|Symposium)\b")
#: English words right before a number that make it a name (Line 22, No. 4; a rank's No. 1
#: after its verb is read as a rank: _EN_RANK)
#: (and a feature's incidental numbers: a room, a seat's row, a building, a gate, a bus, a
#: hotline dialled — *Room 502*, *bus No. 938*, *dial 110*; building, gate, exit and route
#: with a capital: *building 6 chains* is a verb's)
_NAMED_BY_NUMBER_EN = re.compile(
    r"\b(?:Line|No\.|Route|[Rr]oom|[Rr]ow|Building|Gate|Exit|[Bb]us"
    r"|[Dd]ial(?:led|ing)?|[Cc]all(?:ed|ing)?)\s*$")
#: words after a number that make it a name: a hotline, a company, a school, a metro line
_TERM_AFTER = {"次": ("产业",), "项": ("赛", "运动"), "级": ("学科",)}
#: a Chinese character after 三元 that makes it a name (三元工业园), not money (三元钱, 三元。)
_CJK_NAME_NEXT = re.compile(r"(?![钱的])[\u4e00-\u9fff]")
_NAME_AFTER = re.compile(r"\s*(?:热线|集团|中学|小学|大学|号线|号楼|号院|号门|路公交"
                         # (a bus route, 938路的乘客; a room, 502室, not a flat's 3室1厅)
                         r"|路(?:车|汽车)?(?=[的车上下,，。、和与及\s]|$)|室(?!\d*厅))")
#: words before a number that dial it: a hotline's (拨打110, 电话12345)
_DIALLED_BEFORE = re.compile(r"(?:拨打|电话|热线)\s*$")
#: a room an ordinal names (第三会议室, 第二分会场), not a count of rooms (3个分会场)
_ROOM_AFTER = re.compile(r"\s*(?:会议室|分会场|会场|展厅|报告厅)")


@cache
def _session_after() -> re.Pattern[str]:
    """After 十四届: the rest of a session's name, 十四届(全国人大)二次会议, 二十届三中全会.
    (Compiled on first use, like every pattern with a range of Chinese characters.)"""
    return re.compile(r"[\u4e00-\u9fff]{0,8}?[一二三四五六七八九十]+(?:次(?:全体)?会议|中全会)")


@cache
def _session_before() -> re.Pattern[str]:
    return re.compile(r"[一二三四五六七八九十]+届[\u4e00-\u9fff]{0,8}$")


def _is_name(m: re.Match[str], text: str) -> bool:
    """Whether a number found in ``text`` is part of a name rather than a quantity.

    - glued to Latin letters: PM2.5, PM_{2.5}, PM10, G20, 5G, C919, “1+3+N” (but 100M and
      2MW are units, and 1万P is a figure);
    - a Chinese numeral with 地: 三地, 京津两地, 一地创新 are "the N places" (a count of
      localities is printed in digits: 6地);
    - a Chinese numeral with 期 and no 第: 一期, 二期 are phases of a project;
    - a session's name: 十四届二次会议, 十四届全国人大一次会议 (both numbers), 二十届三中全会;
    - a term: 三次产业 (the three sectors), 第三产业 (the third), 铁人三项赛, 一级学科;
    - 三元 followed by a word: 三元工业园, 三元食品 (money in a numeral is 三元钱).
    Only for finding figures in running text: parse_figure("十四届") still reads 14 届.
    """
    num, unit = m["num"], m["unit"]
    chinese = not num[0].translate(_FULLWIDTH).isdigit()
    if _NAME_AFTER.match(text, m.end()) and not (m["pre"] not in (None, "第") or m["suf1"]
                                                  or m["suf2"]):
        return True  # 12345热线, 360集团, 第八十中学, 1号线
    if m["pre"] == "第" and unit is None and _ROOM_AFTER.match(text, m.end()):
        return True  # 第三会议室: a room's name
    if not chinese:
        start = m.start("num")
        if len(num) > 1 and num[0] in "0０" and num[1].translate(_FULLWIDTH).isdigit():
            return True  # 中国中化001大厦, 007号: a code, not a number
        if (_NAMED_BY_NUMBER_EN.search(text, max(0, start - 12), start)
                or _DIALLED_BEFORE.search(text, max(0, start - 4), start)) and not (
                m["pre"] or m["unit"]):
            return True  # Metro Line 22, Beijing No. 4 High School, Document No. 1, Room
            # 502, 拨打110: names
        before = text[start - 1] if start else ""
        after_plus = text[m.end("num") : m.end("num") + 2]
        if (before == "+" and text[start - 2 : start - 1].translate(_FULLWIDTH).isdigit()) or (
                after_plus[:1] == "+" and after_plus[1:2].isdigit()):
            return True  # "1+3+4"产业体系, "1+6"政策体系: the name of a scheme (not 1个总体协议
            # +5个子协议: a list)
        if before and before in "_{":
            return True
        if (before and before in "“\"《「" and unit is None and not (m["pre"] or m["suf1"])
                and _CJK_IN.match(text, m.end())):
            return True  # “423高铁网”, 《2024…》: a quoted name opens with the number
        if before and _ASCII_LETTER.match(before):
            # PM2.5, G20, C919 are names; GDP11万亿元 is 11万亿元 (a unit or scale follows)
            return num[-1] not in "万亿千百"
        after = text[m.end() : m.end() + 1]
        glued = m.group(0)[-1].translate(_FULLWIDTH).isdigit() or m.group(0).endswith("+")
        return bool(unit is None and glued and after and _ASCII_LETTER.match(after))
    if (m["pre"] == "第" and unit is None and num in ("一", "二", "三")
            and text.startswith("产业", m.end())):
        return True  # 第三产业: the tertiary sector, a name (三次产业 are the three)
    if (num in _EMISSION_STAGES and text[m.start("num") - 1 : m.start("num")] == "国"
            and text[m.start("num") - 2 : m.start("num") - 1] not in _NOT_EMISSION_BEFORE
            and _EMISSION_AFTER.match(text, m.end("num"))):
        return True  # 国三以上排放标准, 国六车: an emission standard's name (not 全国三成)
    if m["pre"] or m["suf1"] or m["suf2"] or m["num2"] or m["percent"]:
        return False
    if unit in ("地", "期"):
        return True
    if unit == "元" and len(num) == 1 and _CJK_NAME_NEXT.match(text, m.end()):
        return True  # 三元工业园, 三元食品: a name (a yuan or three is printed 3元, 三元钱)
    # terms that hold a numeral: 三次产业 (the three sectors), 铁人三项赛, 一级学科
    if unit in _TERM_AFTER and text.startswith(_TERM_AFTER[unit], m.end()):
        return True
    if unit == "届":
        return bool(_session_after().match(text, m.end()))
    if unit == "次" and text.startswith(("会议", "全体会议"), m.end()):
        return bool(_session_before().search(text, max(0, m.start() - 12), m.start()))
    return False


#: China's vehicle emission standards, 国一 to 国六 (国三以上排放标准, 国六车): names; not the
#: country's share after 全国 or 中国 (占全国三成)
_EMISSION_STAGES = frozenset("一二三四五六")
_NOT_EMISSION_BEFORE = frozenset("全中我各本两外该")
_EMISSION_AFTER = re.compile(r"(?:及?以上)?(?:排放|标准|车|阶段|柴油|汽油|机动车|机械)")


#: a fraction in words (四分之一, 近三分之一, 超过一半): a share, in per cent
_FRACTION = re.compile(
    rf"(?P<pre>{_alternation(k for k, v in _PREFIXES.items() if v not in ('ordinal', 'top', 'bottom'))})?"
    r"(?:(?P<den>[一二两三四五六七八九十]+|\d{1,3})分之(?P<num>[一二两三四五六七八九十]+|\d{1,3})"
    r"(?P<post>以上|以下)?"  # 三分之一以上: more than a third
    r"|(?P<half>一半)(?!以上|以下))")


#: half in words: 过半 (more than half), 半数以上, 近半 (nearly half), 约半数 (about half)
_HALF_WORDS = {"过半": "more-than", "半数以上": "more-than", "超过半数": "more-than",
               "半数以下": "less-than",
               "近半": "nearly", "近半数": "nearly", "约半数": "about", "半数左右": "about"}
_HALF = re.compile("|".join(sorted(_HALF_WORDS, key=len, reverse=True)))
#: a share in English words, with its qualifier before it (more than half, nearly a third;
#: not the first half of a year)
_EN_FRACTIONS = {"half": 50, "a half": 50, "one half": 50, "a third": 33.3, "one third": 33.3,
                 "two thirds": 66.7, "a quarter": 25, "one quarter": 25,
                 "three quarters": 75}
_EN_FRACTION = re.compile(
    rf"(?<!first )(?<!second )(?<!1st )(?<!2nd )(?:(?P<pre>{_alternation(_EN_PREFIXES)})\s+)"
    r"(?P<frac>(?:a|one)[\s-]half|half|(?:a|one)[\s-]third|two[\s-]thirds|(?:a|one)[\s-]quarter"
    r"|three[\s-]quarters)\b", re.IGNORECASE)

#: half a span of time in English (half an hour, a half-hour commute, within half a day),
#: as 半小时 is; not the half of a number and a half (one-and-a-half-hour)
_EN_HALF_SPAN = re.compile(
    rf"(?:\b(?P<pre>{_alternation(_EN_PREFIXES)})\s+)?(?<!and-a-)(?<!and a )\bhalf"
    r"(?:\s+an?\s+|-)(?P<unit>hour|day|year|month)\b", re.IGNORECASE)
_HALF_SPAN_UNITS = {"hour": "小时", "day": "天", "year": "年", "month": "个月"}

#: English numbers in words, one to ninety-nine
_EN_ONES = ("one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_WORD_VALUES = {w: n for n, w in enumerate(_EN_ONES, 1)} | {
    w: 10 * n for n, w in enumerate(_EN_TENS, 2)}
#: the words of those numbers (a list's next item: …and eight from Tianjin)
EN_NUMBER_WORDS = frozenset(_EN_WORD_VALUES)
_EN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?")


def english_numbers(text: str) -> set[float]:
    """The numbers an English text prints, in digits or in words up to ninety-nine, as
    printed (30, 5 for five, 42 for forty-two; no scale words)."""
    found: set[float] = set()
    for m in _EN_NUMBER.finditer(text):
        word = m.group(0)
        if word[0].isdigit():
            try:
                found.add(float(word.replace(",", "")))
            except ValueError:
                continue
        elif all(w in _EN_WORD_VALUES for w in word.lower().split("-")):
            found.add(float(sum(_EN_WORD_VALUES[w] for w in word.lower().split("-"))))
    return found


#: a run of English number words, as broadcast copy and subtitles spell figures out
#: (eleven hundred, one hundred and forty, two point six nine trillion, twenty twenty-three)
_SPOKEN_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
                r"forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|"
                r"seven|eight|nine))?")
_SPOKEN_SCALES = ("hundred", "thousand", "million", "billion", "trillion")
_SPOKEN_SCALE = rf"(?:{'|'.join(_SPOKEN_SCALES)})"
_SPOKEN_RUN = re.compile(
    rf"\b(?:(?P<a>a)\s+(?={_SPOKEN_SCALE}\b))?(?:{_SPOKEN_WORD}|{_SPOKEN_SCALE})"
    rf"(?:(?:\s+and\s+|\s+|-)(?:{_SPOKEN_WORD}|{_SPOKEN_SCALE}|point))*\b"
    rf"(?P<half>\s+and\s+a\s+half\b)?(?P<percent>\s+per\s?cent\b)?", re.IGNORECASE)
#: the scales the digits' reader takes in words after a number (1.2 million, 430 billion)
_SCALE_KEPT = ("million", "billion", "trillion")
#: a year said as broadcasters say it: twenty twenty-three, twenty fourteen (2010–2039)
_SPOKEN_YEAR = re.compile(
    r"twenty\s+(?P<n>ten|eleven|twelve|\w+teen|twenty(?:-\w+)?|thirty(?:-\w+)?)",
    re.IGNORECASE)

#: a year said so, and another number after an "and" (twenty fourteen and twenty twenty-two)
_SPOKEN_YEAR_AND = re.compile(rf"{_SPOKEN_YEAR.pattern}(?=\s+and\s)", re.IGNORECASE)


def _spoken_digits(run: re.Match[str]) -> str | None:
    """A spelled-out number in digits, as the digits' reader takes it (2015, 140, 1.12,
    2.69 trillion), when the smaller readers of numbers in words cannot read it whole: a
    year, a number with a scale (eleven hundred, two thousand; not a hundred or one
    million, which _en_round reads), a decimal (one point one two), a percentage (sixty
    percent), a number and a half (two and a half times: 2.5). None for any other (six
    trunk lines, the two wings: _iter_en_counts')."""
    end = run.start("half") if run["half"] else run.start("percent") if run["percent"] else None
    words = run.group(0)[: None if end is None else end - run.start()]
    lower = " ".join(words.lower().split())
    if run["half"]:
        whole = lower.replace("-", " ").split()
        if not all(w in _EN_WORD_VALUES for w in whole) or len(whole) > 2:
            return None
        return f"{sum(_EN_WORD_VALUES[w] for w in whole)}.5" + (
            " percent" if run["percent"] else "")
    if year := _SPOKEN_YEAR.fullmatch(lower):
        late = year["n"].split("-")
        if all(w in _EN_WORD_VALUES for w in late):
            return str(2000 + sum(_EN_WORD_VALUES[w] for w in late))
    tokens = lower.replace("-", " ").split()
    scaled = any(t in _SPOKEN_SCALES for t in tokens[1:])
    if not (run["percent"] or "point" in tokens
            or scaled and not (len(tokens) == 2 and tokens[0] in ("a", "one"))):
        return None
    kept = ""
    if tokens[-1] in _SCALE_KEPT and tokens[-2:-1] != ["point"]:
        # (its last word, after a space or a hyphen: a hundred-billion-yuan project)
        kept, lower = " " + tokens[-1], lower[: -len(tokens[-1])].rstrip(" -")
    if lower.startswith("a "):
        lower = "one " + lower[2:]
    # (only for a number spelled out; the package has no type hints)
    from text_to_num import alpha2digit  # type: ignore[import-untyped]

    digits = str(alpha2digit(lower, "en", threshold=0))
    if not re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return None  # (one two three: a list, not one number)
    return digits + kept + (" percent" if run["percent"] else "")


_CN_DECIMAL = re.compile(_CN_DECIMAL_NUMERAL)


def spelled_in_digits(raw: str) -> str | None:
    """A figure printed with its number in words, the number in digits as it was given
    (two point six nine trillion yuan: 2.69 trillion yuan; 二十一点六万: 21.6): what tells
    the precision it was given at. None where the number is not in words (or is a count
    in words the smaller readers take: seven points)."""
    spoken = spoken_numbers(raw)
    if spoken is not None:
        return spoken[0]
    decimal = _CN_DECIMAL.search(raw)
    if decimal is None:
        return None
    whole, _, fraction = decimal.group(0).partition("点")
    try:
        return f"{int(chinese_to_number(whole))}.{''.join(str(_CN_DIGITS[c]) for c in fraction)}"
    except FigureError:
        return None


#: a year in Chinese numerals read digit by digit, as the date reader takes one (二〇二三年)
_CN_YEAR = re.compile(r"[零〇○一二三四五六七八九]{4}(?=年)")
_CN_YEAR_DIGITS = str.maketrans({numeral: str(digit) for numeral, digit in _CN_DIGITS.items()})


def numeral_years_in_digits(text: str) -> str:
    """``text`` with its years in Chinese numerals in digits (二〇二三年 as 2023年): as long,
    its positions hold."""
    return _CN_YEAR.sub(lambda m: m[0].translate(_CN_YEAR_DIGITS), text)


#: a translator's 亿 and 万 after a number in digits: scales, not numbers of their own
_TRANSLATED_SCALES = frozenset(scale for scale in _EN_SCALES if " " in scale)
_DIGIT_BEFORE = re.compile(r"\d\s*$")


def spoken_numbers(text: str) -> tuple[str, list[int]] | None:
    """``text`` with the numbers it spells out as broadcast copy does in digits
    (_spoken_digits), and for each of its characters the index in ``text`` it stands for
    (a number's digits stand for its words: its first for the first, its last for the
    last); None when it spells none out."""
    parts: list[str] = []
    where: list[int] = []
    done = 0
    at = 0
    while (run := _SPOKEN_RUN.search(text, at)) is not None:
        if (" ".join(run.group(0).lower().split()) in _TRANSLATED_SCALES
                and _DIGIT_BEFORE.search(text, 0, run.start())):
            at = run.end()  # (653.8 hundred million yuan: a translator's 亿, a scale)
            continue
        last = run.group(0).split()[-1].split("-")[-1].lower()
        if last in _SCALE_KEPT and _COUNTED_AFTER_SCALE.match(text, run.end()):
            # (five trillion-yuan steps: the scale is the adjective's, for the digits' reader)
            shorter = _SPOKEN_RUN.match(text, run.start(), run.end() - len(last))
            if shorter is not None:
                run = shorter
        if (year := _SPOKEN_YEAR_AND.match(text, run.start(), run.end())) and (
                shorter := _SPOKEN_RUN.match(text, run.start(), year.end())):
            run = shorter  # (between twenty fourteen and twenty twenty-two: two years)
        digits = _spoken_digits(run)
        if digits is None:
            # (phase one ninety percent: the words after the first may be a number alone)
            first = re.match(r"\w+", text[run.start() :])
            at = run.start() + (len(first.group(0)) if first else 1)
            continue
        at = run.end()
        parts.append(text[done : run.start()])
        where.extend(range(done, run.start()))
        parts.append(digits)
        where.extend([run.start()] * (len(digits) - 1) + [run.end() - 1])
        done = run.end()
    if not parts:
        return None
    parts.append(text[done:])
    where.extend(range(done, len(text)))
    return "".join(parts), where


def _en_number_words(*, alone_one: bool = True) -> str:
    """The alternation of the English numbers in words, one to ninety-nine (thirty-six);
    without ``alone_one``, one only inside a compound (thirty-one, not one)."""
    ones = sorted(_EN_ONES, key=len, reverse=True)
    alone = ones if alone_one else [w for w in ones if w != "one"]
    return rf"(?:{'|'.join(_EN_TENS)})(?:-(?:{'|'.join(ones)}))?|{'|'.join(alone)}"


@cache
def _en_words() -> re.Pattern[str]:
    """A number in English words with a unit after it (one day, two hours, thirty-six
    months): a figure, as 一天 is (one before another noun, a count: _iter_en_counts); a
    travel time joined to its number as a compound's is one too (a one-hour commuting
    circle, a thirty-minute ride, as a 1-hour circle is)."""
    # (not over, under or some before it: over five years is a span, not more than one;
    # nor a compound name: the 14th Five-Year Plan, a three-year action plan)
    prefixes = [p for p in _EN_PREFIXES if p not in ("over", "under", "some")]
    return re.compile(
        rf"(?P<pre>\b(?:{_alternation(prefixes)})\s+)?"
        rf"\b(?P<word>{_en_number_words()})"
        rf"(?:\s|-(?=(?:hour|minute)s?\b))(?P<unit>{_alternation(_EN_UNITS)})(?![A-Za-z])",
        re.IGNORECASE)


@cache
def _en_fold() -> re.Pattern[str]:
    """A multiple in English words (twentyfold, about a three-fold rise): 倍."""
    prefixes = [p for p in _EN_PREFIXES if p not in ("under", "some")]
    return re.compile(rf"(?P<pre>\b(?:{_alternation(prefixes)})\s+)?"
                      rf"\b(?P<word>{_en_number_words()})-?fold\b", re.IGNORECASE)


def _iter_en_folds(text: str) -> Iterator[tuple[re.Match[str], Figure]]:
    """Multiples in English words (about twentyfold: about 20倍); 20-fold, in digits, is
    the digits' reader's."""
    for m in _en_fold().finditer(text):
        value = sum(_EN_WORD_VALUES[w] for w in m["word"].lower().split("-"))
        yield m, Figure(raw=m.group(0), value=value, unit="倍",
                        qualifier=_en_qualifier(m["pre"]))


def in_english_words(raw: str) -> bool:
    """Whether a figure as printed is a number in English words (one day, thirty-six
    months, threefold), with no digit."""
    words = raw.lower().replace("-", " ").replace("fold", " fold").split()
    return bool(words) and words[0] in _EN_WORD_VALUES and not any(c.isdigit() for c in raw)


#: what follows a multiple said in words (five times the number of, three times as many,
#: four times that of, two times larger)
_MULTIPLE_OF = re.compile(r"\s+(?:the|as|that|those|more|larger|bigger|higher|greater)\b",
                          re.IGNORECASE)


def _iter_en_words(text: str) -> Iterator[tuple[re.Match[str], Figure]]:
    for m in _en_words().finditer(text):
        value = sum(_EN_WORD_VALUES[w] for w in m["word"].lower().split("-"))
        unit = _en_unit(m["unit"].lower(), m, value)
        if unit in (None, "个百分点", "%") or (
                unit == "倍" and not _MULTIPLE_OF.match(text, m.end())):
            continue  # (two points, three times: said in digits when they are figures; but
            # five times the number of …, twice as many: a multiple)
        qualifier = _en_qualifier(m["pre"])
        yield m, Figure(raw=m.group(0), value=value, unit=unit, qualifier=qualifier)


#: a range in English words, the unit after its second (one to two hours, a
#: one-to-two-hour commute, two or three days): one figure, as 1至2小时 is
_EN_WORD_RANGE_JOIN = r"(?:\s+(?:to|or)\s+|-to-|\s*[-–—~]\s*)"


def _iter_en_word_ranges(text: str) -> Iterator[tuple[int, int, Figure]]:
    """English ranges in words (_EN_WORD_RANGE_JOIN): their span and figure; not a change
    (from one to two hours: its two values) nor a list's (one or two of …)."""
    words = _en_number_words()
    for m in re.finditer(rf"\b(?P<word>{words}){_EN_WORD_RANGE_JOIN}(?={words}\b)", text,
                         re.IGNORECASE):
        second = _en_words().match(text, m.end())
        if second is None or second["pre"] or _RANGE_NOT_AFTER_EN.search(
                text, max(0, m.start() - 6), m.start()) or _CHANGE_BEFORE_EN.search(
                text, max(0, m.start() - 40), m.start()):
            continue
        low = sum(_EN_WORD_VALUES[w] for w in m["word"].lower().split("-"))
        high = sum(_EN_WORD_VALUES[w] for w in second["word"].lower().split("-"))
        unit = _en_unit(second["unit"].lower(), second, high)
        if unit in (None, "个百分点", "%", "倍") or not low < high:
            continue
        yield m.start(), second.end(), Figure(raw=text[m.start() : second.end()], value=low,
                                              unit=unit, qualifier="range", high=high)


#: the scales English says in words (a hundred, thousands of, tens of millions of)
_EN_ROUND_SCALES = {"ten": 10, "hundred": 100, "thousand": 1000, "million": 10**6,
                    "billion": 10**9}
#: the words after a round number that may hold its noun: the noun, or a word or two
#: before it (hundreds of high-tech enterprises)
_EN_NOUN_AFTER = r"(?P<noun>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
#: a round number said vaguely in English, as 数千 is (thousands of firms, tens of
#: thousands of yuan, hundreds of millions of visits): a range of its scale, one to ten
_EN_VAGUE = re.compile(
    r"\b(?:(?P<many>tens|hundreds)\s+of\s+)?(?P<scale>hundreds|thousands|millions|billions)"
    rf"\s+of\s+{_EN_NOUN_AFTER}", re.IGNORECASE)


@cache
def _en_round() -> re.Pattern[str]:
    """A round number in words with a/one before its scale (more than a thousand firms,
    one million yuan), as 千余家 and 一百万元 are."""
    return re.compile(
        rf"(?P<pre>\b(?:{_alternation(_EN_PREFIXES)})\s+)?\b(?:a|one)\s+"
        rf"(?P<scale>hundred|thousand|million|billion)\s+{_EN_NOUN_AFTER}", re.IGNORECASE)


def _scale_in_words(word: str) -> int:
    """hundred, hundreds, tens …: its value."""
    return _EN_ROUND_SCALES[word.lower().removesuffix("s")]


def _counted_noun(m: re.Match[str]) -> tuple[str | None, str]:
    """The unit of a round number's noun (the first of the words after it that has one)
    and the figure as printed: with the noun when it follows at once (thousands of firms,
    as 1,100 firms), else up to the number (the words before the noun are the figure's
    own: hundreds of | high-tech enterprises)."""
    words = m["noun"].split()
    at = next((i for i, w in enumerate(words) if w.lower() in _EN_UNITS), None)
    unit = _EN_UNITS[words[at].lower()] if at is not None else None
    raw = m.group(0)[: m.start("noun") - m.start()] + (words[0] if at == 0 else "")
    return unit, raw.rstrip()


#: a water-quality class in English (Class II water, Grade III): the source's Ⅱ类
_EN_CLASS = re.compile(r"\b(?P<worse>(?i:worse\s+than|inferior\s+to)\s+)?"
                       r"(?:[Cc]lass|[Gg]rade)[\s-]+(?P<n>III|II|IV|I|V|"
                       r"(?i:one|two|three|four|five))\b")
_EN_CLASS_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5,
                    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
#: a change's first value follows (from worse than Class V to …)
_FROM_BEFORE_EN = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def english_class(raw: str) -> bool:
    """Whether a figure as printed is a class in English (Class II, Grade Three)."""
    return _EN_CLASS.fullmatch(raw) is not None


def _iter_en_classes(text: str) -> Iterator[tuple[re.Match[str], Figure]]:
    """Water-quality classes in English (Class II, Class Three), as the sources' Ⅱ类; worse
    than Class V as 劣Ⅴ类 (more than 5) — but not a change's first (from worse than Class V
    to Class III: its last is the one weighed)."""
    for m in _EN_CLASS.finditer(text):
        if _FROM_BEFORE_EN.search(text, 0, m.start()):
            continue
        yield m, Figure(raw=m.group(0), value=_EN_CLASS_VALUES[m["n"].lower()], unit="类",
                        qualifier="more-than" if m["worse"] else "exact")


def _iter_en_round(text: str) -> Iterator[tuple[re.Match[str], Figure]]:
    for m in _en_round().finditer(text):
        unit, raw = _counted_noun(m)
        if unit is None or unit in _NOT_COUNTED_ROUND:
            continue  # (a hundred years, one thousand times, a thousand-year-old town)
        qualifier = _en_qualifier(m["pre"])
        yield m, Figure(raw=raw, value=_scale_in_words(m["scale"]), unit=unit,
                        qualifier=qualifier)


#: the units a round number in words tells as prose, not as a count (a hundred years of
#: history, a thousand times)
_NOT_COUNTED_ROUND = frozenset({"年", "个月", "天", "小时", "倍"})


def _iter_en_vague(text: str) -> Iterator[tuple[re.Match[str], Figure]]:
    """Thousands of firms as the range 1,000–10,000 家, as 数千家 is."""
    for m in _EN_VAGUE.finditer(text):
        scale = _scale_in_words(m["scale"])
        if m["many"]:
            scale *= _scale_in_words(m["many"])
        unit, raw = _counted_noun(m)
        yield m, Figure(raw=raw, value=scale, unit=unit, qualifier="range", high=10 * scale)


#: doubling said as 翻番 (翻一番: twice, 翻两番: four times, 翻了三番: eight times)
_DOUBLED = re.compile(r"翻了?(?P<times>[一两二三])?番(?P<more>多|以上)?")
_DOUBLINGS = {None: 1, "一": 1, "两": 2, "二": 2, "三": 3}


def _iter_doubled(text: str) -> Iterator[tuple[re.Match[str], Figure]]:
    """翻番 as the multiple it is, a round one: 翻一番 is about 2倍, 翻两番 about 4倍, 翻了一番多
    more than 2倍."""
    if "番" not in text:
        return
    for m in _DOUBLED.finditer(text):
        yield m, Figure(raw=m.group(0), value=2 ** _DOUBLINGS[m["times"]], unit="倍",
                        qualifier="more-than" if m["more"] else "about")


#: a multiple in a digest's shorthand (1.8x the 2014 level, up 3x, 2.5× 2014's): 倍, where
#: a comparison or the end of the words follows (not 4x4, a 3x zoom)
_SHORT_MULTIPLE = re.compile(
    r"(?<![A-Za-z0-9.])(?P<num>\d+(?:\.\d+)?)\s?[x×]"
    r"(?=\s+(?:the|that|as|its|their|those|more|larger|higher|greater|bigger|over|above|"
    r"\d{4})\b|\s*[,.;:)。，；）]|\s*$)", re.IGNORECASE)


def _iter_short_multiples(text: str) -> Iterator[tuple[re.Match[str], Figure]]:
    """A multiple printed as 1.8x or 1.8×: as 1.8 times is."""
    for m in _SHORT_MULTIPLE.finditer(text):
        yield m, Figure(raw=m.group(0), value=tidy(float(m["num"])), unit="倍")


#: the nouns after a number in words that make it prose, not a count: the region's parts
#: (the three provinces, two sides, the two wings), the two sessions, a number of numbers
#: (two of them)
_EN_PROSE_NOUNS = frozenset(
    "provinces province places place regions region areas sides side parties localities "
    "jurisdictions municipalities governments northern wings "
    "sessions session of or and to hundred thousand million billion trillion percent "
    "percentage point points per times decades decade generations ways things aspects "
    "more most major key big main new such other others".split())
#: the words before a number in words that make it no count (the top ten, the next five
#: years, one or two, a rank: the first three)
_EN_PROSE_BEFORE = frozenset("top first last next past final or one every all each".split())
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
#: the start of a sentence or clause, where a number in words is capitalised (Six trunk
#: lines…), not a name's (the Three Gorges)
_SENTENCE_START = re.compile(r"[.!?:;]\s*['\"“‘]?$")


@cache
def _en_counts() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<pre>\b(?:{_alternation(_EN_PREFIXES)})\s+)?"
        rf"(?<![\w-])(?P<word>{_en_number_words(alone_one=False)})"
        r"\s+(?P<noun>[a-z][a-z-]*)", re.IGNORECASE)


def _iter_en_counts(text: str) -> Iterator[tuple[re.Match[str], Figure]]:
    """A number in English words from two to ninety-nine before a noun (six trunk lines,
    more than ten departments, Thirty-eight bus routes), as wire copy spells out small
    counts: a count, as 6条 and 十余个 are (below ten with no qualifier, prose as 五批 is:
    values.prose_numeral) — not one (one of the, one-stop), nor the region's parts (the
    three provinces, the two sides), nor a name (the Two Sessions, Three Gorges) or a rank
    (the top ten). A number in words with a unit (two hours) is :func:`_iter_en_words`'s."""
    for m in _en_counts().finditer(text):
        noun = m["noun"]
        if noun[0].isupper() or noun.lower() in _EN_PROSE_NOUNS:
            continue
        before = _WORD_BEFORE.search(text, 0, m.start())
        if before and before[1].lower() in _EN_PROSE_BEFORE:
            continue
        if text[m.start("word") - 1 : m.start("word")] in ("'", '"', "“", "‘"):
            continue  # (the "two wings", "six chains, five clusters": a slogan's name)
        if m["word"][0].isupper() and m.start("word") and not _SENTENCE_START.search(
                text, 0, m.start("word")):
            continue  # (Three Gorges mid-sentence: a name)
        value = sum(_EN_WORD_VALUES[w] for w in m["word"].lower().split("-"))
        qualifier = _en_qualifier(m["pre"])
        raw = m.group(0)[: m.end("word") - m.start()]
        yield m, Figure(raw=raw, value=value, unit=None, qualifier=qualifier)


def _iter_fractions(text: str) -> Iterator[tuple[re.Match[str], Figure]]:
    """The fractions of ``text`` as percentages: 四分之一 is about 25% (a fraction in prose
    is a round figure), 近四分之一 nearly 25%, 超过一半 more than 50%; 过半 and 半数以上
    more than half, 近半 nearly half; in English, more than half, nearly a third."""
    if "半" in text:
        for m in _HALF.finditer(text):
            yield m, Figure(raw=m.group(0), value=50, unit="%", qualifier=_HALF_WORDS[m[0]])
    if _ASCII_LETTER.search(text):
        for m in _EN_FRACTION.finditer(text):
            share = _EN_FRACTIONS[" ".join(m["frac"].lower().replace("-", " ").split())]
            qualifier = _en_qualifier(m["pre"], "about")
            yield m, Figure(raw=m.group(0), value=share, unit="%", qualifier=qualifier)
        for m in _EN_HALF_SPAN.finditer(text):
            qualifier = _en_qualifier(m["pre"])
            yield m, Figure(raw=m.group(0), value=0.5,
                            unit=_HALF_SPAN_UNITS[m["unit"].lower()], qualifier=qualifier)
    if "分之" not in text and "一半" not in text:
        return
    for m in _FRACTION.finditer(text):
        try:
            share = 0.5 if m["half"] else _number(m["num"]) / _number(m["den"])
        except (ValueError, FigureError, ZeroDivisionError):
            continue
        if not 0 < share <= 1:
            continue
        qualifier = (_PREFIXES[m["pre"]] if m["pre"]
                     else {"以上": "more-than", "以下": "less-than"}.get(m["post"] or "", "about"))
        yield m, Figure(raw=m.group(0), value=tidy(round(share * 100, 6)), unit="%",
                        qualifier=qualifier)


def _iter_cn(text: str) -> Iterator[tuple[re.Match[str], Figure, bool]]:
    for m in _cn_figure().finditer(text):
        if not m["num"] or _is_name(m, text):
            continue
        parsed = _from_cn_match(m, text)
        if parsed:
            yield m, parsed[0], parsed[1]


def strip_escapes(text: str) -> str:
    """``text`` without terminal escape sequences (``\\x1b[31m`` …), each left as a space."""
    return _ESCAPE.sub(" ", text) if _ESCAPE_START.search(text) else text


#: an English number right after per is the unit a measure is taken in, no figure
_PER_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)
#: a date printed in numbers (2024-03-05, 2024/4/12, 2024.03.04: one separator twice) and a
#: time of day (10:15:32; 10:15 after a date or a word of the day, 日05:57, 下午3:30): no
#: figures (a ratio, 1:1 or 6.2:35.7, still is)
_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?:19|20)\d\d([-/.])(?:1[0-2]|0?[1-9])\1(?:3[01]|[12]\d|0?[1-9])(?![\d.])")
_CLOCK = re.compile(
    r"(?<![\d.:：])(?:[01]?\d|2[0-3])[:：][0-5]\d(?P<seconds>[:：][0-5]\d)?(?![\d.:：])")
_CLOCK_BEFORE = re.compile(r"(?:[日午晚晨于]|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\bat)\s*$")


def _not_figures(squeezed: str) -> list[tuple[int, int]]:
    """The spans of ``squeezed`` that are a date in numbers or a time of day."""
    spans = [m.span() for m in _NUMERIC_DATE.finditer(squeezed)]
    if ":" in squeezed or "：" in squeezed:
        spans += [m.span() for m in _CLOCK.finditer(squeezed) if m["seconds"] or (
            _CLOCK_BEFORE.search(squeezed, max(0, m.start() - 12), m.start()))]
    return spans


def find_figures(text: str, *, dates: bool = False) -> list[Found]:
    """Every figure in ``text`` (and its dates with ``dates=True``), spans in ``text``.

    Chinese and English readings compete for the same characters; the longer wins
    (``超过27%`` over ``27%``, ``5.59 trillion yuan`` over ``5.59``). English numbers spelled
    out as broadcast copy says them (more than eleven hundred companies, two point six
    nine trillion yuan) are read as their digits would be; such a figure's ``raw`` is the
    words as printed.
    """
    if not _MAY_HOLD_A_NUMBER.search(text):
        return []  # most queries: no need to compile the big patterns
    spoken = spoken_numbers(text) if _ASCII_LETTER.search(text) else None
    if spoken is None:
        return _find_figures(text, dates)
    said, where = spoken
    found: list[Found] = []
    for f in _find_figures(said, dates):
        start, end = where[f.start], where[f.end - 1] + 1
        figure = f.figure
        if said[f.start : f.end] != text[start:end]:  # (its number spelled out)
            figure = Figure(" ".join(text[start:end].split()), figure.value, figure.unit,
                            figure.qualifier, figure.high)
        found.append(Found(figure, start, end, f.is_date))
    return found


#: a plural noun after a compound adjective of money (trillion-yuan steps): what it counts
_PLURAL = r"[a-z]+s\b"
_PLURAL_AFTER = re.compile(rf"\s*{_PLURAL}")
#: the same after a scale in words, the adjective's money with it: five trillion-yuan steps
_COUNTED_AFTER_SCALE = re.compile(rf"-(?:yuan|dollars?)\s+{_PLURAL}", re.IGNORECASE)


def _spaced(text: str, first: int, last: int) -> bool:
    """Whether the characters from ``first`` to ``last`` of ``text`` have a space on each
    side (a dash set in prose, not a range's)."""
    return (first > 0 and text[first - 1].isspace() and last + 1 < len(text)
            and text[last + 1].isspace())


def _find_figures(text: str, dates: bool) -> list[Found]:
    """find_figures, its numbers in digits or in the words its smaller readers take."""
    squeezed, where = squeeze(text)
    candidates: list[tuple[int, int, Figure, bool]] = []
    for m in _en_figure().finditer(squeezed):
        if (m["scale"] and m["unit"] and not m["cur"]
                and squeezed[m.start("unit") - 1] == "-" != squeezed[m.start("scale") - 1]
                and _PLURAL_AFTER.match(squeezed, m.end())):
            continue  # (five trillion-yuan steps: five steps, each of a trillion yuan)
        measured = m["scale"] or m["unit"] or m["cur"] or m["k"] or m["m"] or m["plus"]
        if m["pre"] and not measured and (
                m["pre"].lower().startswith("within")
                or _A_YEAR_BEFORE_NOUN.fullmatch(m["num"])
                and (_YEAR_SPAN_AFTER.match(squeezed, m.end())
                     or " ".join(m["pre"].lower().split()) == "up to"
                     or (m["pre"].lower().startswith("over")
                         and _YEAR_ENDS_AFTER.match(squeezed, m.end())))):
            continue  # (within 2024, over 2012-2021, up to 2023, rose 25% over 2014: a time,
            # not a bound; within 15 minutes is one, over 2000 companies too)
        if m["plus"] == "+" and (squeezed[m.start("num") - 1 : m.start("num")] == "+" or (
                _SCHEME_NEXT.match(text, where[m.end("plus") - 1] + 1))):
            continue  # ("2+4+N", "1+3+N", 3+2: a scheme's name; 40+ outlets is a bound)
        start = m.start()
        if where[start] and _ASCII_LETTER.match(text, where[start] - 1):
            continue  # (PM2.5 days, G20 members, C919 jets: a name's number, as _is_name)
        if m["pre"] and m["pre"].split()[0].lower() == "over" and _TAKEN_OVER.search(
                squeezed, max(0, start - 12), start):
            # (taken over 308 powers: a verb's particle, not a bound)
            if not measured:
                continue  # (the number alone is read as a bare figure)
            start = m.start("cur") if m["cur"] else m.start("num")
        if (m["unit"] and not (m["scale"] or m["cur"] or m["k"] or m["pre"])
                and _A_YEAR_BEFORE_NOUN.fullmatch(m["num"])
                and (_YEAR_LEAD_EN.search(squeezed, max(0, start - 16), start)
                     or m["unit"].lower() == "year")):
            continue  # (in 2023 companies …, by the end of 2023 enterprises …: a year; and
            # 2024 year, a translator's 2024年: no count of years is singular)
        if (measured or m["pre"]) and (en := _from_en_match(m)):
            if start != m.start():
                en = Figure(squeezed[start : m.end()].strip(), en.value, en.unit, "exact")
            end = m.start() + len(m.group(0).rstrip())
            if en.unit is None and (chinese := _cn_unit_after().match(squeezed, end)):
                # (a bilingual line's: more than 10 thousand家, 1,200余套's English twin)
                end = chinese.end()
                en = Figure(text[where[start] : where[end - 1] + 1].strip(),
                            tidy(en.value * 10) if chinese[0] == "成" else en.value,
                            _UNITS[chinese[0]], en.qualifier)  # (3 成: 30%)
            if ((m["plus"] and m["unit"]) or (m["pre"] and m["cur"] and not m["pre"][-1].isspace())
                    or (m["unit"] and "." in m["unit"])):
                # (as printed: 25,000+ firms, squeezed 25,000+firms; nearly ¥100bn, squeezed
                # nearly¥100bn; 312 million U.S. dollars, squeezed U.S.dollars)
                en = Figure(text[where[start] : where[end - 1] + 1], en.value, en.unit,
                            en.qualifier)
            # the first 11 months: a period, as 前11个月
            period = en.unit == "个月" and squeezed[: m.start()].lower().endswith("first ")
            candidates.append((start, end, en, period))
    english_bounds = _ASCII_LETTER.search(squeezed) is not None
    for m, figure, is_date in _iter_cn(squeezed):
        if (figure.high is not None and figure.high < figure.value and not is_date
                and m["sep"] and _spaced(text, where[m.start("sep")], where[m.end("sep") - 1])):
            # (324,000 — 31.4% of all stations: a dash in prose between two figures, each
            # read on its own)
            for first, last in ((m.start(), m.start("sep")), (m.end("sep"), m.end())):
                for part, alone, dated in _iter_cn(squeezed[first:last]):
                    candidates.append((first + part.start(), first + part.end(), alone, dated))
            continue
        start = m.start()
        if english_bounds and not is_date and figure.qualifier == "exact" and (
                _CJK_IN.search(figure.raw)) and (
                bound := _EN_BOUND_BEFORE.search(squeezed, max(0, start - 24), start)):
            # (mixed copy: …企业 more than 3,000家, nearly 3,000家 — the English words' bound,
            # the Chinese figure's unit)
            start = bound.start()
            figure = Figure(text[where[start] : where[m.end() - 1] + 1], figure.value,
                            figure.unit, _en_qualifier(bound[1]), figure.high)
        candidates.append((start, m.end(), figure, is_date))
    for m, figure in _iter_fractions(squeezed):
        candidates.append((m.start(), m.end(), figure, False))
    for m, figure in _iter_doubled(squeezed):
        candidates.append((m.start(), m.end(), figure, False))
    if "x" in squeezed or "X" in squeezed or "×" in squeezed:
        for m, figure in _iter_short_multiples(squeezed):
            candidates.append((m.start(), m.end(), figure, False))
    if _ASCII_LETTER.search(squeezed):
        for m, figure in _iter_en_words(squeezed):
            candidates.append((m.start(), m.end(), figure, False))
        for m, figure in _iter_en_counts(squeezed):
            candidates.append((m.start(), m.end("word"), figure, False))
        for m, figure in _iter_en_vague(squeezed):
            candidates.append((m.start(), m.start() + len(figure.raw), figure, False))
        for m, figure in _iter_en_classes(squeezed):
            candidates.append((m.start(), m.end(), figure, False))
        for m, figure in _iter_en_folds(squeezed):
            candidates.append((m.start(), m.end(), figure, False))
        for m, figure in _iter_en_round(squeezed):
            candidates.append((m.start(), m.start() + len(figure.raw), figure, False))
        for start, end, figure in _iter_en_word_ranges(squeezed):
            candidates.append((start, end, Figure(text[where[start] : where[end - 1] + 1],
                                                  figure.value, figure.unit, figure.qualifier,
                                                  figure.high), False))
        for start, end, low, high, unit in _iter_en_ranges(squeezed):
            raw = text[where[start] : where[end - 1] + 1]
            candidates.append((start, end, Figure(raw, low, unit, "range", high), False))
        # ranked second, ranks 3rd, came No. 1: a rank, as 居第二位 (the word, not a count)
        for m in _EN_RANK.finditer(squeezed):
            word = m["word"].lower()
            number = EN_ORDINALS.get(word) or int(m["number"] or m["nth"])
            raw = text[where[m.start("word")] : where[m.end("word") - 1] + 1]
            candidates.append((m.start("word"), m.end("word"),
                               Figure(raw=raw, value=number, unit="位", qualifier="ordinal"),
                               False))
        for m in _EN_EDITION.finditer(squeezed):
            number = EN_ORDINALS.get(m["word"].lower()) or int(m["nth"])
            raw = text[where[m.start("word")] : where[m.end("word") - 1] + 1]
            candidates.append((m.start("word"), m.end("word"),
                               Figure(raw=raw, value=number, unit="届", qualifier="ordinal"),
                               False))
        # 26 February 2014, April 30, 2015: a date, not the figures 26 and 30,201
        for m in _en_date_pattern().finditer(squeezed):
            raw = text[where[m.start()] : where[m.end() - 1] + 1]
            if (english := _read_en_date(m, raw)) is not None:
                candidates.append((m.start(), m.end(), english, True))
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int]] = []
    if _ESCAPE_START.search(squeezed):
        taken = [m.span() for m in _ESCAPE.finditer(squeezed)]
    if any(mark in squeezed for mark in "-/.:："):
        taken += _not_figures(squeezed)
    found: list[Found] = []
    for start, end, figure, is_date in candidates:
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        if is_date and not dates:
            continue
        if _PER_BEFORE.search(squeezed, max(0, start - 5), start):
            continue  # (energy use per 10,000 yuan of GDP: a measure's unit, as 万元GDP能耗)
        begin = where[start]
        if not is_date and _minus_before(text, begin) and figure.value > 0:
            # (增长-2%, grew -2%: a value below zero, not the 2% the sign is dropped from)
            begin -= 1
            figure = Figure(text[begin] + figure.raw, tidy(-float(figure.value)), figure.unit,
                            figure.qualifier, None if figure.high is None
                            else tidy(-float(figure.high)))
        found.append(Found(figure, begin, where[end - 1] + 1, is_date))
    found.sort(key=lambda f: f.start)
    return found


#: a minus sign right before a number (not a range's dash: 2014-2022, 10-15%)
_MINUS = "-−－"
#: what may come before a minus sign: a space, a verb or mark of a value (增长-2%, 为-0.5%,
#: grew -2%, (-3%)), not a digit, a letter or a date's part (2014年-2022年), nor the start of a
#: line (a list's bullet: - 10 奋力谱写…, its space squeezed out)
_BEFORE_MINUS = re.compile(r"(?:[ \t(（:：,，=为是达至到了])$|(?:增长|增速|下降|增幅|变化|同比|环比)$")


def _minus_before(text: str, start: int) -> bool:
    """Whether the number at ``start`` in ``text`` is printed with a minus sign."""
    return (start > 0 and text[start - 1] in _MINUS
            and _BEFORE_MINUS.search(text, max(0, start - 3), start - 1) is not None)


def parse_figure(raw: str) -> Figure:
    """Parse one printed figure, the whole of ``raw``; raises FigureError otherwise."""
    squeezed, _ = squeeze(raw.strip())
    if not squeezed:
        raise FigureError("empty figure")
    m = _cn_figure().fullmatch(squeezed)
    if m and m["num"]:
        parsed = _from_cn_match(m, squeezed)
        if parsed:
            return Figure(raw.strip(), *_fields(parsed[0]))
    m_en = _en_figure().fullmatch(squeezed)
    if m_en and (en := _from_en_match(m_en)):
        return Figure(raw.strip(), *_fields(en))
    # a fraction in words, as find_figures reads it (四分之一, 超过一半, 过半, nearly a third)
    for found, fraction in _iter_fractions(squeezed):
        if found.span() == (0, len(squeezed)):
            return Figure(raw.strip(), *_fields(fraction))
    raise FigureError(f"not a figure: {raw!r}")


def _fields(figure: Figure) -> tuple[Number, str | None, str, Number | None]:
    return figure.value, figure.unit, figure.qualifier, figure.high


def canonical_unit(unit: str | None) -> str | None:
    """The canonical form of a printed or English unit (None stays None)."""
    if unit is None or unit == "":
        return None
    if unit in _UNITS:
        return _UNITS[unit]
    return _EN_UNITS.get(unit.lower(), unit)


# --- dates -------------------------------------------------------------------------------
#
# A date that is the fact ("于2016年9月设立") is a Figure with unit "date" and the value
# YYYYMMDD, 00 for a part the text does not print: 2016年9月 -> 20160900, 2021年 ->
# 20210000, 2015年4月30日 -> 20150430, and 3月4日 (no year printed) -> 304. A range
# (2019年1月16日至18日) is value 20190116, high 20190118, qualifier "range".

DATE_UNIT = "date"
PRECISIONS = ("year", "month", "day")

_DATE_YEAR = r"[0-9０-９]{4}|[零〇○一二三四五六七八九]{4}"
_DATE_MONTH = r"[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九]"
_DATE_DAY = r"[0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_DATE_SEP = r"[-—–~～至到]|－{1,2}|——"
_DATE_PATTERN = (
    r"(?=[0-9０-９零〇○一二三四五六七八九十])"
    # 2016年, 2012—2021年, 2016年9月, 2023年1—11月, 2015年4月30日
    rf"(?:(?P<y>{_DATE_YEAR})(?:(?:{_DATE_SEP})(?P<yb>{_DATE_YEAR}))?年)?"
    rf"(?:(?P<m>{_DATE_MONTH})(?:(?:{_DATE_SEP})(?P<mb>{_DATE_MONTH}))?月"
    rf"(?:(?P<d>{_DATE_DAY})(?:(?:{_DATE_SEP})(?P<db>{_DATE_DAY}))?[日号])?)?"
    # the end of a range: 至18日, 至12月, 至2017年12月, —2035年
    rf"(?:(?:{_DATE_SEP})(?:(?P<y2>{_DATE_YEAR})年)?(?:(?P<m2>{_DATE_MONTH})月)?"
    rf"(?:(?P<d2>{_DATE_DAY})[日号])?)?"
)


@cache
def _date_pattern() -> re.Pattern[str]:
    return re.compile(_DATE_PATTERN)


@cache
def _day_only() -> re.Pattern[str]:
    """A day of the month alone, in digits: 4日下午, 12日 (the month is printed before)."""
    return re.compile(r"(?<![0-9０-９月年.．])(?P<d>[0-9０-９]{1,2})日(?![本元])")


_EN_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "oct": 10, "nov": 11, "dec": 12}
#: month names in any case (search reads a query lower-cased), but May and Mar capitalised:
#: may is a verb, mar one too
_EN_MONTH = (r"(?:(?i:january|february|march|april|june|july|august|september|october|"
             r"november|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)|May|MAY|Mar|MAR)")
#: a month right after a range's second number: the two are days of a date (16 to 18
#: January), read by _en_date_pattern, not a range (_iter_en_ranges)
_MONTH_AFTER_EN = re.compile(rf"\s*{_EN_MONTH}\b")
_EN_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_EN_YEAR = r"(?:1[89]|20)\d\d"


#: between the first and the last day of a span of days (16-18 January, 16 to 18 January)
_DAYS_TO = r"(?:\s*[-–—]\s*|\s+to\s+)"


@cache
def _en_date_pattern() -> re.Pattern[str]:
    """An English date: 26 February 2014, February 26, 2014, February 2014, Feb. 2014,
    a translator's 2022 year April 28 day; a month needs its year or its day (May alone is
    a verb as often as a month)."""
    return re.compile(
        rf"\b(?:(?P<d1>{_EN_DAY})(?:{_DAYS_TO}(?P<e1>{_EN_DAY}))?\s+(?:of\s+)?(?P<m1>{_EN_MONTH})"
        rf"\.?(?:(?:,\s*|\s+)(?P<y1>{_EN_YEAR}))?"
        rf"|(?P<m2>{_EN_MONTH})\.?\s*(?:(?P<d2>{_EN_DAY})(?:{_DAYS_TO}(?P<e2>{_EN_DAY}))?"
        rf"(?:(?:,\s*|\s+)(?P<y2>{_EN_YEAR}))?"
        rf"|(?P<y3>{_EN_YEAR}))"
        # (a translator's 2022年4月28日: 2022 year April 28 day)
        rf"|(?P<y4>{_EN_YEAR})\s+year\s+(?P<m4>{_EN_MONTH})(?:\s+(?P<d4>{_EN_DAY})"
        r"(?:\s+day)?)?)\b(?![-–—]?\d)")


@cache
def _en_year_pattern() -> re.Pattern[str]:
    """A year alone after an English preposition: in 2014, since 2017 (the date is printed
    with its preposition: a year alone is as often a figure or a name), not the first of a
    span (in 2014-2016, in 2014 – 2016, from 2014 to 2022: a period; a dash before words is
    the sentence's: In 2023 — six chains); or before *year*, as a translator renders 2024年
    (2024 year)."""
    return re.compile(rf"(?:\b(?i:in|since|from|by|until|during|of)\s+(?P<y>{_EN_YEAR})\b"
                      r"(?!\s*(?:%|[-–—/]\s*\d|[-/]|\.\d|,\d{3}\b)"
                      rf"|\s+(?i:to|until|till|through)\s+{_EN_YEAR}\b)"
                      rf"|\b(?P<yy>{_EN_YEAR})\s+year\b(?!s))")


def _read_en_date(m: re.Match[str], raw: str | None = None) -> Figure | None:
    """The date an English match holds (printed as ``raw``, the match by default); None
    when it is no date (30 February)."""
    month = _EN_MONTHS[(m["m1"] or m["m2"] or m["m4"])[:3].lower()]
    day_text = m["d1"] or m["d2"] or m["d4"]
    day = int(re.sub(r"\D", "", day_text)) if day_text else 0
    year = int(m["y1"] or m["y2"] or m["y3"] or m["y4"] or 0)
    if not _valid(year, month, day) or (day and not 1 <= day <= 31):
        return None
    printed = m.group(0) if raw is None else raw
    last_text = m["e1"] or m["e2"]
    if last_text:  # May 11-12, 2023: a span of days, as 5月11日至12日
        last = int(re.sub(r"\D", "", last_text))
        if not (day < last <= 31 and _valid(year, month, last)):
            return None
        return Figure(printed, _date_value(year, month, day), DATE_UNIT, "range",
                      _date_value(year, month, last))
    return Figure(printed, _date_value(year, month, day), DATE_UNIT, "exact")


def _date_part(text: str | None) -> int:
    if not text:
        return 0
    plain = text.translate(_FULLWIDTH)
    return int(plain) if plain.isdigit() else int(chinese_to_number(text))


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _valid(year: int, month: int, day: int) -> bool:
    if year and not 1000 <= year <= 2999:
        return False
    if not (month or not day) and year:  # a day needs its month when the year is printed
        return False
    if month and not 1 <= month <= 12:
        return False
    if day:
        if not 1 <= day <= 31:
            return False
        if month and day > _days_in_month(year or 2000, month):  # 2000: 29 February allowed
            return False
    return bool(year or month or day)


def _date_value(year: int, month: int, day: int) -> int:
    return year * 10000 + month * 100 + day


def _split(value: Number) -> tuple[int, int, int]:
    v = int(value)
    return v // 10000, v // 100 % 100, v % 100


def _read_date(m: re.Match[str]) -> tuple[Figure, int] | None:
    """The date a match of the date pattern holds, and where it ends (a range end that does
    not fit is left out). None when the match is no date."""
    try:
        y, m1, d = _date_part(m["y"]), _date_part(m["m"]), _date_part(m["d"])
        inner = [(k, _date_part(m[k])) for k in ("yb", "mb", "db") if m[k]]
        y2, m2, d2 = _date_part(m["y2"]), _date_part(m["m2"]), _date_part(m["d2"])
    except (FigureError, ValueError):
        return None
    if not m["y"] and not m["m"]:
        return None
    if not _valid(y, m1, d):
        return None
    low = (y, m1, d)
    high: tuple[int, int, int] | None = None
    end = m.end()
    if inner:  # 2012—2021年, 2023年1—11月, 16—18日: a range inside the date
        if len(inner) > 1 or m["y2"] or m["m2"] or m["d2"]:
            return None
        key, value = inner[0]
        high = (value, m1, d) if key == "yb" else (y, value, d) if key == "mb" else (y, m1, value)
        if key == "yb" and (m1 or d):
            return None  # 2012—2021年3月: not a form anyone prints
    elif not (m["y2"] or m["m2"] or m["d2"]):
        end = _first_part_end(m)  # a separator with no date after it: 2018年至今
    else:
        # the end of the range repeats what changes and the finer parts: 至18日 after a day,
        # 至12月 after a month, 至2017年12月 after a month, —2035年 after a year
        finest = 2 if d else 1 if m1 else 0
        printed = (bool(m["y2"]), bool(m["m2"]), bool(m["d2"]))
        first = printed.index(True)
        last = 2 - printed[::-1].index(True)
        if last == finest and all(printed[first : last + 1]) and not (y == 0 and first == 0):
            parts = list(low)
            for index, value in ((0, y2), (1, m2), (2, d2)):
                if printed[index]:
                    parts[index] = value
            high = (parts[0], parts[1], parts[2])
        else:
            end = _first_part_end(m)
    if high is not None and (not _valid(*high) or _date_value(*high) <= _date_value(*low)):
        if inner:
            return None
        high, end = None, _first_part_end(m)
    raw = m.string[m.start() : end]
    if high is None:
        return Figure(raw, _date_value(*low), DATE_UNIT, "exact"), end
    return Figure(raw, _date_value(*low), DATE_UNIT, "range", _date_value(*high)), end


def _first_part_end(m: re.Match[str]) -> int:
    """Where the date ends without the end of a range: after its 日, 月 or 年."""
    for group in ("db", "d", "mb", "m", "yb", "y"):
        if m[group]:
            return m.end(group) + 1
    return m.end()


def parse_date(raw: str) -> Figure:
    """Parse one printed date, the whole of ``raw``: ``2016年9月`` -> 20160900 (exact),
    ``2019年1月16日至18日`` -> 20190116 to 20190118 (range), ``二〇一五年`` -> 20150000.
    Spaces from print are ignored (``2014 年 2 月 26 日``), full-width digits read. English
    too: ``26 February 2014``, ``February 26, 2014``, ``Feb. 2014``, ``in 2014`` (a year
    alone only with its preposition). Raises FigureError when ``raw`` is not a date and
    nothing else."""
    text = compact(raw)
    if not text:
        raise FigureError("empty date")
    m = _date_pattern().fullmatch(text)
    read = _read_date(m) if m else None
    english = " ".join(raw.split())
    if read is None and (en := _en_date_pattern().fullmatch(english)):
        figure = _read_en_date(en)  # February 2014, 26 February 2014
        read = (figure, len(text)) if figure else None
    if read is None and (year := _en_year_pattern().fullmatch(english)):
        read = (Figure(english, _date_value(int(year["y"] or year["yy"]), 0, 0), DATE_UNIT),
                len(text))  # in 2014
    if read is None and (day := _day_only().fullmatch(text)):  # 4日: the month printed before
        value = _date_part(day["d"])
        read = (Figure(text, value, DATE_UNIT), len(text)) if 1 <= value <= 31 else None
    if read is None or read[1] != len(text):
        raise FigureError(f"not a date: {raw!r}")
    figure = read[0]
    return Figure(raw.strip(), figure.value, DATE_UNIT, figure.qualifier, figure.high)


def find_dates(text: str) -> list[Found]:
    """Every date in ``text``, whole (``2014年2月26日``, ``2019年1月16日至18日``, ``3月4日``,
    ``4日``), with its span in ``text``; ``is_date`` is True."""
    if not _MAY_HOLD_A_NUMBER.search(text) or not (re.search("[年月日]", text)
                                                   or _ASCII_LETTER.search(text)):
        return []
    squeezed, where = squeeze(text)
    found: list[Found] = []
    pattern, position = _date_pattern(), 0
    while (m := pattern.search(squeezed, position)) is not None:
        position = m.start() + 1
        if m.start() == m.end():
            continue
        if m.start() and squeezed[m.start() - 1].translate(_FULLWIDTH).isdigit():
            continue  # the tail of a longer number
        read = _read_date(m)
        if read is None:
            continue
        figure, end = read
        found.append(Found(figure, where[m.start()], where[end - 1] + 1, True))
        position = end
    if _ASCII_LETTER.search(squeezed):
        found.extend(_find_en_dates(text, squeezed, where, [(f.start, f.end) for f in found]))
    spans = [(f.start, f.end) for f in found]
    for m in _day_only().finditer(squeezed):
        start, end = where[m.start()], where[m.end() - 1] + 1
        if any(s < end and start < e for s, e in spans):
            continue
        day = _date_part(m["d"])
        if 1 <= day <= 31:
            found.append(Found(Figure(m.group(0), day, DATE_UNIT), start, end, True))
    found.sort(key=lambda f: f.start)
    return found


def _find_en_dates(text: str, squeezed: str, where: list[int],
                   taken: list[tuple[int, int]]) -> list[Found]:
    """The English dates of ``text`` (read in its ``squeezed`` form): month names with a
    year or a day, and a year alone after a preposition (in 2014); spans in ``text``."""
    found: list[Found] = []
    spans = list(taken)
    for m in _en_date_pattern().finditer(squeezed):
        figure = _read_en_date(m, text[where[m.start()] : where[m.end() - 1] + 1])
        if figure is not None and not any(s < m.end() and m.start() < e for s, e in spans):
            found.append(Found(figure, where[m.start()], where[m.end() - 1] + 1, True))
            spans.append(m.span())
    for m in _en_year_pattern().finditer(squeezed):
        start, end = m.span()
        if not any(s < end and start < e for s, e in spans):
            raw = text[where[start] : where[end - 1] + 1]
            figure = Figure(raw, _date_value(int(m["y"] or m["yy"]), 0, 0), DATE_UNIT, "exact")
            found.append(Found(figure, where[start], where[end - 1] + 1, True))
    return found


def is_date(figure: Figure) -> bool:
    return figure.unit == DATE_UNIT


def iso_date(figure: Figure) -> str:
    """A date figure the ISO 8601 way, to its precision: 2016-09, 2021, 2015-04-30,
    2019-01-16/2019-01-18; a part not printed is left out (--03-04: no year)."""

    def one(value: Number) -> str:
        year, month, day = _split(value)
        head = f"{year:04d}" if year else "-"
        if not month:
            return head if year else f"---{day:02d}"
        return f"{head}-{month:02d}" + (f"-{day:02d}" if day else "")

    text = one(figure.value)
    return text if figure.high is None else f"{text}/{one(figure.high)}"


def date_precision(figure: Figure) -> str:
    """``"year"``, ``"month"`` or ``"day"``: the finest part the date prints."""
    year, month, day = _split(figure.value)
    return "day" if day else "month" if month else "year"


def _printed_parts(figure: Figure) -> tuple[bool, bool, bool]:
    year, month, day = _split(figure.value)
    return bool(year), bool(month), bool(day)


def finer_date(a: Figure, b: Figure) -> bool:
    """Whether date ``a`` prints a part date ``b`` does not (a day for a year: 2023年11月28日
    against 2023年): what ``b`` says cannot settle ``a``."""
    return any(x and not y for x, y in zip(_printed_parts(a), _printed_parts(b), strict=True))


def compared_precision(a: Figure, b: Figure) -> str | None:
    """The precision two dates can be compared at: the parts both print, up to the coarser
    one's finest (2016 and 2016年9月: ``"year"``); None when they share no part."""
    shared = [x and y for x, y in zip(_printed_parts(a), _printed_parts(b), strict=True)]
    if not any(shared):
        return None
    return PRECISIONS[2 - shared[::-1].index(True)]


def dates_agree(a: Figure, b: Figure) -> bool | None:
    """Whether two dates can both be true, compared on the parts both print (the coarser
    precision): 2016 and 2016年9月 agree (at the year); 2016年9月 and 2018年9月 do not;
    a day inside a range agrees with the range; two ranges agree when they are the same.
    None when no part is printed in both (3月4日 against 2024年)."""
    shared = [x and y for x, y in zip(_printed_parts(a), _printed_parts(b), strict=True)]
    if not any(shared):
        return None

    def key(value: Number) -> tuple[int, ...]:
        return tuple(p for p, keep in zip(_split(value), shared, strict=True) if keep)

    def span(f: Figure) -> tuple[tuple[int, ...], tuple[int, ...]]:
        return key(f.value), key(f.high if f.high is not None else f.value)

    (lo_a, hi_a), (lo_b, hi_b) = span(a), span(b)
    if (lo_a, hi_a) == (lo_b, hi_b):
        return True
    if lo_a == hi_a:  # a day (month, year) inside the other's range
        return lo_b <= lo_a <= hi_b
    if lo_b == hi_b:
        return lo_a <= lo_b <= hi_a
    return False
