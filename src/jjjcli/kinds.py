"""What a figure is, as its own words say: a change or a share (同比增长42.9%, 占地区GDP的
42.9%), the new ones of a time or the total so far (新增注册企业939家, 累计注册企业近5000家),
of which industry (装备制造业, 医药制造业), a plan or a fact (预计…将达到67%以上, "due to
attend"), which item of a 分别 list (国内旅游人次和旅游收入…分别…12.86%和16.79%), what
a count counts (入库企业2000家, 入库项目2000个), the example before it (北京交通大学等4所高校)
and which end of a change it is (从45亩增加到185亩).
`jjj compare` does not let a claim's figure support a statement's of the same value that is
plainly another thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from jjjcli.figures import CURRENCY_BEFORE, EN_ORDINALS, chinese_to_number
from jjjcli.opposites import (
    ENGLISH_THING_PAIRS,
    SIDES,
    THING_FLOWS,
    THING_PAIRS,
    THING_PARTS,
    opposed,
)
from jjjcli.reading import (
    BASE_WORDS_EN,
    SENTENCE_BREAK,
    Sentence,
    StatedFigure,
    corrected_to,
    span_end,
)
from jjjcli.search import bigrams, english_words, normalize

#: the words right before a percentage that make it a change (同比增长42.9%, 增速为6.9%;
#: not 上升至66.1%, a level), and those that make it a share (占地区GDP的42.9%)
_CHANGE_BEFORE = re.compile(r"(?:增长|增速|增幅|下降|降低|提高|提升|上升|回落|下滑|减少|增|降)"
                            r"(?:了|为|是|达|达到|约|近|超过)?\s*$")
_SHARE_WORDS = ("占", "比重", "比例", "贡献")
#: English words that make a percentage right after them a change (grew 9.2 percent, up
#: 5%, an increase of 3.7%)
_CHANGE_BEFORE_EN = re.compile(
    r"\b(?:grew|grow|grows|growing|rose|rise|rises|rising|increased|increases|jumped|"
    r"surged|expanded|climbed|gained|fell|falls|declined|dropped|decreased|down|"
    r"(?<!make\s)(?<!made\s)(?<!makes\s)(?<!making\s)(?<!take\s)(?<!took\s)(?<!takes\s)"
    r"(?<!taking\s)up|"  # (made up 32.4 percent of: a share)
    r"growth\s+of|increase\s+of|decrease\s+of|decline\s+of|rise\s+of|drop\s+of)"
    r"\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE)


#: words that make a count the new ones of a time (新增注册企业939家) or the total so far
#: (累计注册企业近5000家)
_NEW_WORDS = ("新增", "新设", "新注册", "新落地", "新引进", "当年")


#: English words that make a count new ones (added, newly, new; not new energy, nor the New
#: of a name: Xiong'an New Area) or a total (in total, so far, altogether, cumulative)
_COUNTED_NEW_EN = re.compile(r"\b(?:[Aa]dded|[Nn]ewly|new(?![- ]energy))\b")
_COUNTED_TOTAL_EN = re.compile(r"\b(?:in total|so far|altogether|cumulative(?:ly)?)\b",
                               re.IGNORECASE)


def count_kind(words: str) -> str | None:
    """What a figure's own words make it: "new" (of its time: 新增, added), "total" (so
    far: 累计, 总数, in total), or None (neither, or both: 累计新设外资企业115家)."""
    new = any(w in words for w in _NEW_WORDS) or bool(_COUNTED_NEW_EN.search(words))
    total = "累计" in words or "总数" in words or bool(_COUNTED_TOTAL_EN.search(words))
    if new == total:
        return None
    return "new" if new else "total"


#: a manufacturing industry's or an industry's name (装备制造业, 高新技术产业): its own words
#: (two to six characters) and its head
_INDUSTRY = re.compile(r"([\u4e00-\u9fff]{2,6}?)(制造业|产业)")
#: what is no part of an industry's name before it: places, years, particles, verbs
_NOT_OF_THE_NAME = re.compile(
    r"^.*(?:[京津冀北市省区县年月的了和与及是在有于为共占等大次第]|实现|推动|全市|全区)")


def _industry(text: str) -> tuple[str, str] | None:
    """The first industry a text names, the one measured (高技术制造业 of 高技术制造业增加值
    占规模以上工业比重): (its own words, its head), 装备制造业 → (装备, 制造业); None where
    it names none."""
    found = _INDUSTRY.search(text)
    if found is None:
        return None
    own = _NOT_OF_THE_NAME.sub("", found[1])
    return (own, found[2]) if len(own) >= 2 else None


def other_industry(words: str, metric: str) -> bool:
    """Whether a figure's words and a claim's metric name two industries that statistics
    keep apart: two of one kind with no word in common, neither the other shortened (装备
    制造业 and 医药制造业; 战略性新兴产业 and 高新技术产业), or a manufacturing industry and an
    industry of alike words (高技术制造业 and 高新技术产业)."""
    said, named = _industry(words), _industry(metric)
    if said is None or named is None or said == named:
        return False
    shared = bigrams(said[0]) & bigrams(named[0])
    if said[1] == named[1] == "制造业" or (said[1] == named[1] and _measured(words)
                                           and _measured(metric)):
        # no word in common, neither the other short (文旅 of 文化和旅游); of 产业, only two
        # whose output is measured (not 数字经济产业园 against 新型产业用地)
        return not shared and not abridges(said[0], named[0]) and not abridges(named[0],
                                                                                said[0])
    return said[1] != named[1] and bool(shared)


#: what an industry's figure measures right after its name (…产业增加值, …产业收入)
_OUTPUT = re.compile(r"产业(?:增加值|收入|营业收入|营收|产值|规模|增速)")


def _measured(text: str) -> bool:
    """Whether the first industry a text names is followed by what its figure measures."""
    found = _INDUSTRY.search(text)
    return found is not None and _OUTPUT.match(text, found.end() - 2) is not None


def other_side(words: str, quoted: str) -> bool:
    """Whether a figure's words name one side of a pair (出口, opposites.SIDES) and the words
    of the claim (its metric, its quote) only the other (进口货物提箱用时 is not
    出口货物集港's)."""
    return opposed(words, quoted, SIDES) is not None


#: a rate's period: 每年, 每个月, 每天 (日 is 天)
_PER = re.compile(r"每(?:个|一)?(年|月|周|天|日|小时)|(年|月|周|日)(?:均|产能|产量|产值)")


#: a rate's period in English: a year, per month, each day, annually, monthly
_PER_EN = re.compile(r"\b(?:(?:a|an|per|each|every)\s+(?P<per>year|month|week|day|hour)"
                     r"|(?P<ly>annually|annual|yearly|monthly|weekly|daily|hourly))\b",
                     re.IGNORECASE)
_PERIOD_EN = {"year": "年", "month": "月", "week": "周", "day": "天", "hour": "小时",
              "annually": "年", "annual": "年", "yearly": "年", "monthly": "月", "weekly": "周",
              "daily": "天", "hourly": "小时"}


def rate_periods(text: str) -> set[str]:
    """The periods a rate is given per in ``text`` (每年, 每个月, 日均, 年均, a month, daily,
    annual): 年, 月, 周, 天, 小时."""
    return ({(m[1] or m[2]).replace("日", "天") for m in _PER.finditer(text)}
            | {_PERIOD_EN[(m["per"] or m["ly"]).lower()] for m in _PER_EN.finditer(text)})


def other_rate(words: str, quoted: str) -> bool:
    """Whether a figure's words give it per one period (每年, a year) and the claim's quote
    per another only (每个月无人机产品的生产能力…40架 is not a year's; 1,080 yuan a year is
    not 每月将扣1080元)."""
    said, printed = rate_periods(words), rate_periods(quoted)
    return bool(said and printed and not said & printed)


def percent_kind(words: str) -> str | None:
    """What a percentage's own words make it: "change", "share", or None (neither); in
    English, a change only (the words right before it: grew 9.2 percent)."""
    words = words.replace("增加值", "")  # (value added: not a change)
    if _CHANGE_BEFORE.search(words) or _CHANGE_BEFORE_EN.search(words):
        return "change"
    return "share" if any(w in words for w in _SHARE_WORDS) else None


#: what ends a Chinese clause
CLAUSE_BREAK = re.compile(r"[，,；;。！？!?]")
#: what ends a Chinese sentence, or a part of one that says a thing on its own (；)


def back_to(text: str, at: int, breaks: re.Pattern[str] = CLAUSE_BREAK) -> str:
    """``text`` before ``at``, back to the last of ``breaks`` before it (its clause's words,
    or with SENTENCE_BREAK its sentence's)."""
    return text[max((m.end() for m in breaks.finditer(text, 0, at)), default=0) : at]
#: words that say a count is of new ones (当年 may be a year's flow: 当年…专利授权量)
_SAID_NEW = re.compile(r"新增|新设|新注册|新落地|新引进")
#: the verb of a running total (累计推广), and words that say a count is one (截至, 共)
_TOTAL_VERB = re.compile(r"累计([\u4e00-\u9fff]{2})")
_AS_A_TOTAL = re.compile(r"截至|截止|累计|累积|总|共|至今|以来|目前|已")


#: words that give a figure as a sum of others (合计, 加起来)
_SAID_SUM = re.compile(r"合计|合共|共计|总计|加起来|之和|加总|combined|in total|"
                       r"together(?!\s+with\b)", re.IGNORECASE)  # (together with: jointly)


#: a difference: 比 … then a comparative right before the figure (比应出席人数少69人,
#: 比到北京远50公里, 多用1分钟); a part of a whole: 其中, …中已有
_SAID_DIFFERENCE = re.compile(
    r"比[^，,。；;]*?(?<![增延])(?:多用|少用|多|少|远|近|高|低|快|慢|高出|低于|超出)\s*$")
_SAID_PART = re.compile(r"中已有|中有|之中")
#: words that make a claim's figure a comparison's difference itself (高出全国…1.71个百分点)
_COMPARED = re.compile(r"比|高出|低于|超出|多出|少于|多于|高于|相差|差距")


def said_difference(before: str) -> bool:
    """Whether the words right before a figure give it as a difference of two values
    (比…少69人)."""
    return _SAID_DIFFERENCE.search(before) is not None


def said_compared(words: str) -> bool:
    """Whether a claim's figure's words make it a comparison's difference (高出, 低于)."""
    return _COMPARED.search(words) is not None


def said_part(words: str) -> bool:
    """Whether a figure's words give it as a part of a whole the sentence names
    (备案大模型中已有60款)."""
    return _SAID_PART.search(words) is not None


def said_sum(words: str) -> bool:
    """Whether a figure's words give it as a sum of others (合计, 加起来, 共计)."""
    return _SAID_SUM.search(words) is not None


def said_new(words: str) -> bool:
    """Whether a figure's words say it counts new ones (新增, 新设…)."""
    return _SAID_NEW.search(words) is not None


def total_verb(words: str) -> str | None:
    """The verb of a running total in a figure's words (推广 of 累计推广), or None."""
    found = _TOTAL_VERB.search(words)
    return found[1] if found else None


def as_a_total(text: str) -> bool:
    """Whether a statement's text before a figure gives it as a total (截至, 累计, 共, 已)."""
    return _AS_A_TOTAL.search(text) is not None


#: what makes a quote's figure a running total, in its sentence before it (累计, 共有, 以来,
#: 10年来, 截至…; not 先后, one after another: 先后入选…首批): the count so far, of no one year
_RUNNING_TOTAL = re.compile(r"累计|累积|共有|共计|总计|合计|至今|以来|年来|截至|截止|迄今|"
                            r"目前共")
#: words that give a statement's figure one year of its own (去年一年, 今年, 当年)
_ONE_YEAR = re.compile(r"去年|今年|前年|上年|当年|全年|一年|本年|"
                       # (a year's flow named by 年 before its noun: 年访问量, 年接待量)
                       r"(?<![\d一二三四五六七八九十百千两几多来])年(?:访问|接待|吞吐|成交|交易|客流|"
                       r"发电|用电|产)量")


def running_total(before: str) -> bool:
    """Whether a quote's sentence before a figure makes it a running total (累计, 共有,
    以来, 截至…)."""
    return _RUNNING_TOTAL.search(before) is not None


#: a clause of nothing but a time to date (截至目前, 截至2023年底, 到目前为止)
_TO_DATE_CLAUSE = re.compile(r"\s*(?:截[至止]|到)(?:目前|今|现在|"
                             r"\d{4}年(?:\d{1,2}月)?(?:年?[底末])?)(?:为止)?\s*")


#: _SAID_NEW, and what else a statement's sentence says new ones by (新创建; new, added,
#: alone)
_NEW_SAID = re.compile(_SAID_NEW.pattern + r"|新(?:创建|建|认定|签约|入驻|落户)|\bnew\b|"
                       r"\badded\b|\balone\b", re.IGNORECASE)


def new_said(text: str) -> bool:
    """Whether a statement's sentence gives its count as new ones (said_new's words, 新创建;
    new, alone): wider than said_new, which reads a figure's own words."""
    return _NEW_SAID.search(text) is not None


def to_date_clause(clause: str) -> bool:
    """Whether a clause says nothing but a time up to which a count runs (截至目前)."""
    return _TO_DATE_CLAUSE.fullmatch(clause) is not None


def one_year_said(before: str) -> bool:
    """Whether a statement's sentence before a figure gives it one year by a word (去年一年,
    今年, 当年, 全年; a year's flow, 年访问量) rather than by its number."""
    return _ONE_YEAR.search(before) is not None


#: a share's whole, after 占 (占全国22%, 占京津冀地区的22%, 占全市规上工业比重; not 占比),
#: or a region's before 占比 (在全国占比)
_SHARE_OF = re.compile(r"占(?!比)([\u4e00-\u9fff]{1,10}?)(?:的|比重|比例|份额|总数|总量|总额|"
                       r"约|近|超过|超|达到|达|为|$)|(全国|全球|全市|全省|全区|京津冀)占比")


def share_whole(before: str) -> str | None:
    """The whole a share is of, as the words right before it print it (全国 of 占全国22%, of
    在全国占比), or None."""
    found = list(_SHARE_OF.finditer(before))
    return (found[-1][1] or found[-1][2]) if found else None


def other_whole(said: str | None, quoted: str | None) -> bool:
    """Whether a statement's share and a claim's are of two wholes, neither named in the
    other (占全国 is not 占京津冀地区的; 占全市 is 占全市规上工业's)."""
    if not said or not quoted:
        return False
    return said not in quoted and quoted not in said


#: words that say a thing is done, not planned (已建成, 已完成, 已投用)
_DONE = re.compile(r"已(?:经)?(?:全面|基本|初步|联合|共同|累计|先后|陆续|相继|成功)?"
                   r"(?:建成|完成|投用|投入使用|开通|实现|落成|开学|启用|形成|培育|打造|建立)"
                   r"|建成了|打造了")


def done_said(before: str) -> bool:
    """Whether a statement's words before a figure say it is done (已建成, 已完成…)."""
    return _DONE.search(before) is not None


#: words that give a figure per one thing or one time, or as an average (平均每年, 年均, 人均,
#: 每家; one day's: 单日, 当天; 年度 but not 2023年度)
_PER_ONE = re.compile(r"平均|年均|人均|户均|日均|月均|单日|当天|当日|"
                      r"(?<![\d〇零一二三四五六七八九十])年度|每(?:个|一|位|名)?(?:年|月|周|天|日|人|户|家|个|项|所|座|条|名|次|批)")


def per_one(text: str) -> bool:
    """Whether a text gives a figure per one thing or time, or as an average (平均, 每年)."""
    return _PER_ONE.search(text) is not None


#: what a figure per one is per: a person, or a time (人均培训教师20余人 is not 每年…培训
#: 教师2000余人: the first is per teacher sent, the second per year)
_PER_PERSON = re.compile(r"人均|每(?:个|一|位|名)?(?:人|位|名)")
_PER_TIME = re.compile(r"年均|日均|月均|单日|当天|当日|每(?:个|一)?(?:年|月|周|天|日)")
#: per a body: a firm, a household, a school (每家企业, 户均)
_PER_BODY = re.compile(r"户均|每(?:个|一)?(?:家|户|所|座)")


def _per_what(text: str) -> set[str]:
    return {kind for kind, pattern in (("person", _PER_PERSON), ("time", _PER_TIME),
                                       ("body", _PER_BODY))
            if pattern.search(text)}


def other_average(own: str, sentence: str, quoted: str, quoted_sentence: str) -> bool:
    """Whether a figure is given per one thing or time, or as an average, by its own words
    (its clause) and the claim's not in its whole sentence, or the other way round
    (平均每年将投入约4.4亿元 is not 未来五年将投资22亿元; but …约69吨 after 每年可减少 is of
    平均每年可发电…，能够减少…约96吨's kind); or per a person on one side and only per a
    time on the other (人均培训当地教师20余人 is not 每年…培训教师2000余人); or per a body
    (每家企业) on one side only (每年可为每家企业节约…约2亿元 is not 每年可为企业节约…约2亿元,
    all firms' savings)."""
    if (per_one(own) and not per_one(quoted_sentence)
            or per_one(quoted) and not per_one(sentence)):
        return True
    mine, theirs = _per_what(own), _per_what(quoted_sentence)
    their_body = "body" in theirs or "body" in _per_what(quoted)
    if ("body" in mine and not their_body
            or their_body and "body" not in _per_what(sentence)):
        return True
    return mine == {"person"} and theirs == {"time"}


#: Chinese words before a statement's figure that may say it is a plan, a target, a
#: forecast or a capacity (wide: a statement that says so is never held to the claim's);
#: not 可知, 可见 (由材料可知: what the reader gathers)
_PLANNED_ZH = re.compile(
    r"将|预计|计划|目标|力争|有望|规划|拟|争取|预期|未来|年内|可(?![知见])|能够|后[,，]|到20\d\d年|"
    r"需|(?<![主重需])要|推动|打造|培育|建设|实施|提出|利用")
#: in a claim's quote, what makes its figure a forecast or a plan: a word that governs its
#: sentence (预计到"十四五"末…，…接近30%), or 将 before a verb of reaching in its clause
#: (not 将发挥6个国家地理标志产品的优势: the 6 are there already)
_FORECAST_ZH = re.compile(
    r"预计|计划|力争|有望|争取|预期|未来(?:[一二三四五六七八九十几两]+|\d+)年|十四五.?末")
_WILL_REACH_ZH = re.compile(r"将(?:会|要)?(?:达|实现|超|突破|增至|新增|带动|完成|投资)")
#: English words that make a figure a plan, a target or an expectation, not a fact (is to
#: produce: what is due; propose, not proposals: a CPPCC member's 提案)
_PLANNED_EN = re.compile(r"\b(?:due|expected|expects?|planned|plans?|targets?|targeted|aims?|"
                         r"aimed|goals?|will|intends?|intended|scheduled|propos(?:e|es|ed)|"
                         r"strive|strives|striving|"
                         r"(?:is|are)\s+to"
                         r"(?=\s+[a-z]))\b", re.IGNORECASE)
#: where an English clause ends (a figure's, compare's own clause of a figure)
CLAUSE_END_EN = re.compile(r"[,;:.!?](?:\s|$)")
#: English that names a plan without saying one: a target met (met its goal of…), an
#: amount of intent that is a metric (intended investment: 意向投资额)
_NO_PLAN_EN = re.compile(
    r"\b(?:met|meets?|meeting|achieved|reached|hit|exceeded|surpassed|fulfilled|completed)"
    r"\s+(?:(?:its|the|their|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:goals?|targets?)\b"
    r"|\bintended\s+(?:investment|capital|funding)\b"
    # a plan a determiner names, a document (approved its detailed plan, issued an action
    # plan with 21 tasks), not one to do something (its plan to open 170 outlets)
    r"|\b(?:its|the|a|an|their|this|his|her)\s+(?:[\w-]+\s+){0,3}?plans?\b(?!\s+to\b)",
    re.IGNORECASE)


#: a statement's words that make its figure a forecast for a year to come (2025年将达45%)
_FORECAST_SAID = re.compile(r"将(?:会|要)?(?:达|实现|超|突破|增至|提高到|提升到)|预计|力争|有望")


#: a number due to be there (应出席委员2162人, 应到) and the number there (出席, 实到, 与会): a
#: count of members due to attend is not of those who attended
_DUE_ZH = re.compile(r"应(?:出席|到会|到|参会|参加|与会)")
_PRESENT_ZH = re.compile(r"(?<!应)(?:出席|到会|参会|与会|实到)")


#: a statement's words around a date (its place: ``|``, events.event_text) that say its
#: event has happened: 已于|投入使用, |已建成; in English a verb of the past (opened in |,
#: has been in service since |, was completed in |)
_DONE_AT_ZH = re.compile(r"已(?:经)?(?:于|在)?\s*\||\|\s*已")
_DONE_EN = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|un|wn|lt|ne)\b"
    r"|\b(?:was|were)\s+(?:[a-z]+ed|built|begun|put|brought|made)\b"
    r"|\b(?:opened|entered|began|started|completed|finished|launched|went|came)\b",
    re.IGNORECASE)
#: English that gives an event as to come with no word of a plan (once completed in 2025)
_ONCE_EN = re.compile(r"\bonce\b", re.IGNORECASE)
#: a date's clause that gives it as planned (预计2025年, 计划于, 将于)
_PLAN_AT_ZH = re.compile(r"预计|计划|将|力争|有望|拟|争取|目标")


def date_clause(event: str) -> str:
    """The clause of an event text (events.event_text) its date's place (``|``) is in; ""
    where it has none."""
    at = event.find("|")
    return "" if at < 0 else clause_around(event, at, at + 1)


#: the parts of a day an event is said to be at, as one word each (4日下午, on the morning
#: of March 4), and the parts of a year (2023年年初, 年底: "year-" words)
_DAY_PARTS = {"上午": "morning", "早上": "morning", "清晨": "morning", "morning": "morning",
              "下午": "afternoon", "afternoon": "afternoon", "中午": "noon", "noon": "noon",
              "晚上": "evening", "晚间": "evening", "傍晚": "evening", "evening": "evening",
              "night": "evening", "凌晨": "dawn", "dawn": "dawn",
              "年初": "year-start", "年底": "year-end", "年末": "year-end", "岁末": "year-end",
              "年中": "year-middle"}
_DAY_PART = re.compile("|".join(rf"\b{w}\b" if w.isascii() else w for w in _DAY_PARTS),
                       re.IGNORECASE)


def day_parts(text: str) -> dict[str, str]:
    """The parts of a day (上午, afternoon) or of a year (年初, 年底) a text names, each as
    printed by its one word."""
    return {_DAY_PARTS[m[0].lower()]: m[0] for m in _DAY_PART.finditer(text)}


def parts_clash(parts: dict[str, str], theirs: dict[str, str]) -> bool:
    """Whether two texts' parts of a day or of a year (day_parts) differ where both name
    one of the same kind: 年底 against 年初, 上午 against 下午; not 年底 against 下午."""
    def by_kind(named: dict[str, str]) -> dict[bool, set[str]]:
        found: dict[bool, set[str]] = {}
        for key in named:
            found.setdefault(key.startswith("year-"), set()).add(key)
        return found

    mine, other = by_kind(parts), by_kind(theirs)
    return any(kind in other and keys.isdisjoint(other[kind]) for kind, keys in mine.items())


def event_done(event: str) -> bool:
    """Whether a statement's words about a dated event (events.event_text) say it has
    happened, not that it is to (已于2025年投入使用; opened in 2025, not will open in 2025 nor
    once it opens in 2025)."""
    clause = date_clause(event)
    if not clause:
        return False
    # (the date's own clause: 已完成总工程量的60%，全线预计2025年建成通车 is a plan)
    if _PLAN_AT_ZH.search(clause):
        return False
    if _DONE_AT_ZH.search(clause) or done_said(clause):
        return True
    return (_DONE_EN.search(clause) is not None and not planned_en(clause)
            and _ONCE_EN.search(clause) is None)


def due_said(text: str) -> bool:
    """Whether words say a figure is the number due to attend (应出席, 应到)."""
    return _DUE_ZH.search(text) is not None


def present_said(text: str) -> bool:
    """Whether words say a figure is the number who attended (出席, 实到, 与会; not 应出席)."""
    return _PRESENT_ZH.search(text) is not None


def forecast_said(before: str) -> bool:
    """Whether a statement's clause before a figure makes it a forecast (将达, 预计, 力争),
    not only a plan's words (建设, 推动) that a fact's sentence may hold too."""
    return _FORECAST_SAID.search(before) is not None


#: a verb that makes what follows it a plan (计划让…达到685家, 正计划携手组建, 拟, 目标是,
#: 目标培育, 将新建): not a plan's name (研发计划, 行动计划, 按计划完成), nor 拟定
_PLAN_VERB = re.compile(r"(?<![按照发技才动作划])(?:正|已)?计划(?![单内外书项])"
                        r"|(?<![模比])拟(?![定稿])|筹划|目标(?:是|为)"
                        r"|目标(?=培育|建成|打造|新增|引进|完成)"
                        r"|将(?=新建|建成|承接|引进|培育|打造|新增)")
#: words after a plan's verb that tell what is done already (计划…，目前已达…)
_DONE_SINCE = re.compile(r"已|目前|如今|现在|截至|截止|累计")


def plan_said(before: str, after: str, source: str) -> bool:
    """Whether a statement says its figure as a plan by a verb of planning: in the
    sentence before it with no word of what is done since (北京计划…，将全市森林覆盖率提高
    到44.8%), or right after it, in its clause (7个国家级高新区…正计划携手组建); not a
    programme's name (plan_verbs: 京津冀数字经济园区伙伴计划在论坛上启动)."""
    plans = plan_verbs(before, source)
    if plans:
        return _DONE_SINCE.search(before, plans[-1].end()) is None
    return any(m.start() <= PLAN_AFTER and not CLAUSE_BREAK.search(after, 0, m.start())
               for m in plan_verbs(after, source))


#: the words by which a statement sets a target before its figure (京津冀提出，到2024年…;
#: 要达到685家): apart from _PLAN_VERB, whose plan a word of what is done since undoes (计划…，
#: 目前已达…), where a target's 累计 is what it sets (提出，到2023年6月末累计承接…)
_TARGET_SET_ZH = re.compile(r"提出[，,:：]|提出到\d{4}年|要(?:达到|实现|降至|提高到|增加到)"
                            # (a scorecard's label right before it: 目标：1500家｜完成：1431家)
                            r"|目标值?\s*[：:]\s*$")


def target_said(before: str) -> bool:
    """Whether a statement's words before a figure set it as a target (京津冀提出，到2024年…
    达到5.59万亿元; 要达到685家; a scorecard's 目标：1500家), not a result."""
    return _TARGET_SET_ZH.search(before) is not None


def plan_verbs(text: str, source: str) -> list[re.Match[str]]:
    """The verbs of planning in ``text`` (计划, 拟, 筹划, 目标是), not a programme's name:
    one in quotation marks (“追光计划”), or a name the ``source`` (normalised) prints."""
    # (将 and 目标 before their verb are weighed with it: 蓟州区将 may open any sentence)
    return [m for m in _PLAN_VERB.finditer(text)
            if not (text.startswith(("”", '"', "》"), m.end())
                    or normalize(text[max(0, m.start() - 2) : m.end() + (
                        2 if m[0] in ("将", "目标") else 0)]) in source)]


#: the most characters between a figure and a verb of planning after it (…省级高新区正计划)
PLAN_AFTER = 8


def planned_said(before: str) -> bool:
    """Whether a statement's text before a figure may say it is a plan, a target, a
    forecast or a capacity (将, 预计, 力争, 可…)."""
    return _PLANNED_ZH.search(before) is not None


#: words right before a figure that deny it (尚未突破10万亿元, 并非6391户, 未达到34%; has not yet
#: passed 10 trillion yuan): a negation, then at most a verb of reaching or being — not 未来,
#: 不断, 不仅 (not only: the figure is said), nor the bounds 不到, 不超过, 不少于 (the figure's
#: own), nor a condition's (如果没有2014年2月26日那场座谈会, 要不是…: if not for, it is said)
_DENIED_ZH = re.compile(
    r"(?<!如果)(?<!假如)(?<!要是)(?<!若是)(?<!倘若)(?<!若)(?<![^主重]要)(?<!^要)"
    r"(?:尚未|并未|从未|还未|仍未|未能|未曾|未|并没有|还没有|没有|没能|还没|没|不是|并不是|并非|"
    r"而非|而不是|不再|不曾)"
    r"(?:能|曾|再|会)?"
    r"(?:突破|超过|超出|达到|达|实现|完成|增长|增加|提高|下降|减少|有|是|为|到|满|及)?"
    rf"(?:{CURRENCY_BEFORE})?\s*$")  # (未达人民币100亿元: the sum's currency before it)
#: words that set one value against another (rather than, instead of): a correction's, or
#: what was against what is (compare's _replaced_from)
_CONTRAST_WORDS_EN = r"rather\s+than|instead\s+of"
CONTRAST_EN = re.compile(rf"\b(?:{_CONTRAST_WORDS_EN})\b", re.IGNORECASE)
_DENIED_EN = re.compile(
    rf"\b(?:{_CONTRAST_WORDS_EN}"
    r"|(?<!\bif\s)"  # (if not for: a condition's)
    r"not(?!\s+(?:only|just|merely|until|less|more|fewer|under|over|below|above)\b)"
    r"|never|no\s+longer|(?:has|have|had|did|does|do|is|are|was|were)n['’]t"
    r"|fail(?:s|ed)?\s+to|yet\s+to)\s+(?:yet\s+|quite\s+|even\s+)?(?:(?:been|be|have)\s+)?"
    r"(?:[a-z]+\s+)?$", re.IGNORECASE)


#: a whole statement said to be untrue: …是谣言, …不属实; It is untrue that …
_UNTRUE_ZH = re.compile(r"(?:是|系|纯属|实属)?(?:谣言|谣传)[。！!]?\s*$"
                        r"|(?:并|均)?不属实[。！!]?\s*$"
                        r"|说法(?:并)?不(?:实|准确|属实)[。！!]?\s*$")
_UNTRUE_EN = re.compile(r"^\s*(?:it\s+is|it['’]s)\s+(?:not\s+true|untrue|false)\s+that\b",
                        re.IGNORECASE)


#: a correction's figure set against another before it in its sentence: 3亿元，而非1亿元;
#: 241 types…, not 234; 2023, rather than 2022 (the words between the two)
_REJECTED = re.compile(rf"\s*[,，]?\s*(?:而非|而不是|不是|并非|{_CONTRAST_WORDS_EN}|not)"
                       r"\s*$", re.IGNORECASE)


#: and before it: Not 959 but 995, 并非290名，而是920名 (the words before the rejected value,
#: and those between it and the corrected one)
_REJECTED_FIRST = re.compile(r"(?:^|[\s,，:：;；])(?:not|并非|不是)\s*$", re.IGNORECASE)
_CORRECTED_AFTER = re.compile(r"\s*[,，]?\s*(?:but|而是)\s*", re.IGNORECASE)

def rejected_for(text: str, stated: Sequence[StatedFigure], item: StatedFigure
                 ) -> StatedFigure | None:
    """The figure a statement's figure is set against as a correction's rejected value
    (…将达到3亿元，而非1亿元: 1亿元 against 3亿元; …241 types…, not 234; Not 959 but 995;
    并非290名，而是920名): the one before it in its sentence, of its unit, where only a
    denial's words stand between the comma after the first's clause and it; or the next
    one, of its unit, after *but* or 而是 where a denial opens it, or after 应为 in a
    correction notice (corrected_to); None where it is none."""
    same = [o for o in stated if o is not item and o.figure.unit == item.figure.unit]
    after = next((o for o in same if o.start >= item.end), None)
    if (after is not None and _REJECTED_FIRST.search(text, 0, item.start)
            and _CORRECTED_AFTER.fullmatch(text, item.end, after.start)):
        return after
    if (corrected := corrected_to(text, stated, item)) is not None:
        return corrected
    before = [o for o in same if o.end <= item.start]
    if not before:
        return None
    other = before[-1]
    if SENTENCE_BREAK.search(text, other.end, item.start):
        return None
    last_break = max((m.end() for m in CLAUSE_BREAK.finditer(text, other.end, item.start)),
                     default=None)
    between = text[last_break - 1 if last_break else other.end : item.start]
    return other if _REJECTED.fullmatch(between) else None


#: a denial of what its clause goes on to say, the figure in it (并非该联盟的首个联合项目)
_DENIED_CLAUSE_ZH = re.compile(r"(?:并非|并不是)[^，,。；;！？]{0,12}$")


#: a verb the source denies (一直没有解决落户问题, 尚未完成): the negation and the verb
_NEGATED_VERB = re.compile(r"(?:一直没有|还没有|并没有|没有|尚未|并未|未能|仍未|还未)"
                           r"([\u4e00-\u9fff]{2})")
_NEGATION_BEFORE = re.compile(r"(?:没有|未|没|不|非|无)[\u4e00-\u9fff]{0,2}$")


def negation_turned(text: str, quote: str) -> str | None:
    """A verb the claim's quote denies (一直没有解决落户问题) that the statement says was
    done, with no denial of its own before it (已解决了落户问题), and of the same thing
    where the quote names what it denies: the first two characters of its object are in
    the statement's clause of the verb (孩子上学也解决了 is not 落户's); the quote's words,
    or None."""
    for m in _NEGATED_VERB.finditer(quote):
        denied = _DENIED_OBJECT.match(quote, m.end())
        at = text.find(m[1])
        while at >= 0:
            if not _NEGATION_BEFORE.search(text, max(0, at - 4), at) and (
                    denied is None or denied[1] in clause_around(text, at, at, _PART_BREAK)):
                return m[0]
            at = text.find(m[1], at + 1)
    return None


#: words that give a figure to each of several rather than to all of them together
#: (三地高速公路通车里程各接近1.1万公里, 8所高校各有45个学院, 每类43项, 每个区): 各 right before
#: its verb or value (not 各类, 各地: "every kind"), 每 with a measure word that counts no
#: time (每年 and 每个月 are rates: other_rate)
_EACH_ZH = re.compile(
    r"各自?(?=有|达|为|约|近|接近|超|逾|在|是|增|下降|减少|提高|完成|实现|建成|新增|拥有|占|不[足到]"
    r"|[\d一二三四五六七八九十两]|$)"
    r"|每一?(?:个(?!月|小时|季度|星期|工作日)|家|所|类|栋|座|条|项|批|区|县|市|省|校|园|位|名|户"
    r"|套|间|辆|台|艘|架|列|层)")
#: the same in English, before the figure (Beijing, Tianjin and Hebei each ran…; not *each
#: year*, a rate; not *each,* after the figure before, which is that one's: …650 million
#: yuan of investment each, for 1.3 trillion yuan in total), and after it (15,000 square
#: metres apiece); not *every*, which covers (every prefecture-level city)
_EACH_EN = re.compile(r"\beach\b(?!\s+(?:other|year|month|week|day|hour|quarter|time)\b)"
                      r"(?!\s*[,;.)])", re.IGNORECASE)
_EACH_AFTER_EN = re.compile(r"[^,;.]{0,40}?\b(?:each|apiece)\b\s*(?:[,;.)]|$)", re.IGNORECASE)
#: *each of the* right before a figure: what counts them
_EACH_OF_EN = re.compile(r"\beach\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
#: a claim's words that give its figure to each (各, 每, 分别, 均占, 平均; each, respectively,
#: average, per; not *every*, which covers: reaching every prefecture-level city)
_EACH_GIVEN = re.compile(r"各|每|分别|均(?!衡|匀|等|值|价|量|势|摊)|平均|人均|户均|"
                         r"\b(?:each|apiece|respectively|average|per(?!\s+cent))\b",
                         re.IGNORECASE)


def each_said(before: str, after: str, chinese: bool, counted_before: bool = False) -> bool:
    """Whether a statement's words give a figure to each of several: those between the
    figure before it and this one (``before``: 各, 每类; each, not *each of the* right
    before it, which counts them), or in English right after it (``after``: apiece, each);
    or ``counted_before``, a figure before it counted by *each of the* (*each of the
    30-plus projects drew close to 800 million yuan*)."""
    if chinese:
        return _EACH_ZH.search(before) is not None
    return (counted_before or _EACH_EN.search(_EACH_OF_EN.sub("", before)) is not None
            or _EACH_AFTER_EN.match(after) is not None)


def each_of_before(before: str) -> bool:
    """Whether *each of (the)* comes right before an English figure (it counts them)."""
    return _EACH_OF_EN.search(before) is not None


def each_given(quote: str, en: str) -> bool:
    """Whether a claim's quote or English gives its figure to each of several, or as an
    average or a figure per one (各, 每, 分别, 均占, 平均; each, respectively, per)."""
    return _EACH_GIVEN.search(quote) is not None or _EACH_GIVEN.search(en) is not None


#: what a denied verb is about, right after it (解决落户问题: 落户)
_DENIED_OBJECT = re.compile(r"[了过]?([\u4e00-\u9fff]{2})")
#: what ends a clause or an item of a list (CLAUSE_BREAK, and 、 ： —)
_PART_BREAK = re.compile(r"[，,。；;、！？!?：:—\n]")


def denied_before(text: str, start: int) -> str | None:
    """The words right before the figure at ``start`` that deny it (尚未, 并非, not yet), or
    that deny its clause from its start (并非该联盟的首个…), or None."""
    found = (_DENIED_ZH.search(text, max(0, start - 8), start)
             or _DENIED_EN.search(text, max(0, start - 40), start)
             or _DENIED_CLAUSE_ZH.search(text, max(0, start - 14), start))
    return found[0].strip() if found else None


#: a denial of a verb (尚未开始, 未能通过, 仍未揭牌, 未能全部完成) and the verb's first two
#: characters; not 未来 (the future), nor a denial after 是否 (whether)
_DENYING_ZH = re.compile(r"(?<!是否)(?:尚未|并未|从未|还未|仍未|未能|未曾|没能|"
                         r"未(?!来|知|名|定))(?:能|曾)?(?:全部|完全|全面|如期|按期)?"
                         r"([\u4e00-\u9fff]{2})")
#: the same in English (was not unveiled, did not sign, have yet to be aligned, failed to
#: complete, still cannot be reached; not *not only*, *not more than*), and the verb
_DENYING_EN = re.compile(r"\b(?:not(?!\s+(?:only|just|merely|until|less|more|fewer|under|over|"
                         r"below|above)\b)|never|no\s+longer|(?:has|have|had|did|does|do|is|are|was|"
                         r"were)n['’]t|cannot|can['’]t|fail(?:s|ed)?\s+to|yet\s+to)\s+"
                         r"(?:(?:yet|quite|fully|all|be|been|have|get|got)\s+)*([a-z]{4,})",
                         re.IGNORECASE)
#: what makes a denial no statement of fact: a condition (如果…没能, if … had not) or a
#: question (…吗？ Didn't …?)
_NO_FACT = re.compile(r"如果|假如|假设|假使|要是|倘若|若(?!干)|要不是|\b(?:if|unless)\b|[?？]|吗",
                      re.IGNORECASE)
#: what a word may end in beside its stem (unveiled, unveil; signing, signed)
_ENDING_EN = re.compile(r"(?:ing|ed|es|s|d)$")


def _stem_en(word: str) -> str:
    return _ENDING_EN.sub("", word.lower())[:6]


def denied_verb(text: str, quote: str, en: str, whole: str) -> str | None:
    """The words by which a statement denies the verb the claim's quote says was done
    (北京105款大模型未能通过国家备案 for 105款大模型通过国家备案; *…was not unveiled in
    September 2020* for *…was unveiled*): a denial of a verb the quote (or in English, the
    claim's English) holds with no denial of its own before it; or None. ``text`` is the
    statement's, its words around the one figure it is read for; ``whole`` the statement
    (a condition or a question denies nothing: 如果…没能落户, *Didn't Hebei take in…?*)."""
    if _NO_FACT.search(whole):
        return None
    for m in _DENYING_ZH.finditer(text):
        verb = m[1]
        at = quote.find(verb)
        while at >= 0:
            if not _NEGATION_BEFORE.search(quote, max(0, at - 4), at):
                return m[0]
            at = quote.find(verb, at + 1)
    for m in _DENYING_EN.finditer(text):
        stem = _stem_en(m[1])
        if len(stem) < 4:
            continue
        for word in re.finditer(r"[a-z]+", en.lower()):
            if _stem_en(word[0]) == stem and not _DENYING_EN.search(
                    en[max(0, word.start() - 30) : word.end()]):
                return m[0]
    return None


#: which way a body moved: out of a place (迁出, 搬离; moved out of) or into one (落户,
#: 迁入, 入驻; moved into, settled in)
_MOVES_OUT = re.compile(r"迁出|搬离|撤离|撤出|外迁|\bmoved\s+out\b|\brelocated\s+"
                        r"(?:out|away)\b|\bpulled\s+out\b", re.IGNORECASE)
_MOVES_IN = re.compile(r"迁入|落户|入驻|搬入|迁至|落地|\bmoved\s+(?:in|into|to)\b|\bsettled\b"
                       r"|\brelocated\s+(?:to|into|in)\b|\bset\s+up\b|\bopened\b",
                       re.IGNORECASE)


def moved_otherwise(text: str, quote: str) -> tuple[str, str] | None:
    """The words by which a statement says bodies moved out (17家央企子公司从通州迁出) where
    the claim's quote (or English) says they moved in (落户通州), and nothing of moving out:
    (迁出, 落户); or None."""
    out = _MOVES_OUT.search(text)
    if out is None or _MOVES_IN.search(text) or _MOVES_OUT.search(quote):
        return None
    moved = _MOVES_IN.search(quote)
    return (out[0], moved[0]) if moved else None


#: the grade or class a statement may give what it counts (国家级, 规上, 三甲; national-level),
#: each with the words by which a claim's quote, subject, metric or English says it too
_CLASSES_ZH = {"国家级": ("国家", "全国"), "省级": ("省级", "省属", "全省"),
               "市级": ("市级", "市属", "全市"), "区级": ("区级", "区属", "全区"),
               "县级": ("县级", "县属"), "国家重点": ("国家重点",), "全国重点": ("全国重点",),
               "规上": ("规上", "规模以上"), "规模以上": ("规上", "规模以上"),
               "三甲": ("三甲", "三级甲等"), "上市": ("上市",)}
_PER_HEAD = ("per capita", "per-capita", "per person", "per head", "人均")
_CLASSES_EN = {"national-level": ("national", "国家", "全国"),
               "provincial-level": ("provincial", "省级", "省属"),
               "municipal-level": ("municipal", "市级", "市属"),
               "national key": ("national key", "国家重点", "全国重点"),
               "above designated size": ("designated size", "规上", "规模以上"),
               "above-scale": ("designated size", "above-scale", "规上", "规模以上"),
               "per-capita": _PER_HEAD, "per capita": _PER_HEAD,
               "high-speed": ("high-speed", "high speed", "高铁", "高速铁路")}
_CLASS_ZH = re.compile("|".join(sorted(_CLASSES_ZH, key=len, reverse=True)))
_CLASS_EN = re.compile(r"\b(?:" + "|".join(sorted(_CLASSES_EN, key=len, reverse=True))
                       + r")\b", re.IGNORECASE)


def grade_unsaid(clause: str, claim_text: str, chinese: bool) -> str | None:
    """The grade or class a statement gives what its figure counts (雄安新区出台10个方面的国家级
    疏解配套实施方案; *high-speed rail … nearly 11,000 km*) where the claim (``claim_text``:
    its quote, subject, metric and English) says none of it; or None. ``clause`` is the
    figure's own words."""
    lowered = claim_text.lower()
    classes, found = (_CLASSES_ZH, _CLASS_ZH) if chinese else (_CLASSES_EN, _CLASS_EN)
    for m in found.finditer(clause):
        if not any(w in lowered for w in classes[m[0].lower()]):
            return m[0].lower()
    return None


#: people as English counts them, and bodies and things: a count of the one is no count of
#: the other (1,100 high-tech professionals, where the source counts 1,100 enterprises)
_PEOPLE_EN = frozenset((
    "people", "persons", "professionals", "workers", "employees", "staff", "experts",
    "entrepreneurs", "visitors", "tourists", "residents", "students", "teachers", "retirees",
    "researchers", "scientists", "officials", "volunteers", "trainees", "doctors",
    "patients", "talents"))
_BODIES_EN = frozenset((
    "firms", "companies", "enterprises", "businesses", "institutions", "organisations",
    "organizations", "hospitals", "schools", "universities", "projects", "cases",
    "exhibitors", "units", "parks", "platforms"))


def counted_kind_en(after: str, claim_en: str) -> tuple[str, str] | None:
    """What an English count counts (the first word of _PEOPLE_EN or _BODIES_EN in the
    four words after it, ``after``, up to a comma: not *995 households, staff…*), where the
    claim's English counts only the other kind (its words hold some of the other, none of
    the count's): (professionals, enterprises); or None."""
    words = re.findall(r"[a-z]+", re.split(r"[,;:.!?]", after.lower(), maxsplit=1)[0])[:4]
    own = next((w for w in words if w in _PEOPLE_EN or w in _BODIES_EN), None)
    if own is None:
        return None
    theirs = set(re.findall(r"[a-z]+", claim_en.lower()))
    mine, other = (_PEOPLE_EN, _BODIES_EN) if own in _PEOPLE_EN else (_BODIES_EN, _PEOPLE_EN)
    if theirs & mine or not theirs & other:
        return None
    return own, sorted(theirs & other)[0]


def untrue_said(text: str) -> str | None:
    """The words that call the whole statement untrue (…是谣言, …不属实, It is untrue
    that …), or None."""
    found = _UNTRUE_EN.match(text) or _UNTRUE_ZH.search(text)
    return found[0].strip(" 。！!") if found else None


#: the words right before a figure that say it is exact, no more and no less (整整二十天,
#: 恰好, exactly twenty days, precisely): a source's 20天左右 does not say that
_EXACTLY_ZH = re.compile(r"(?:整整|正好|恰好|刚好|恰恰|不多不少)(?:是|为|有|用了?|要)?\s*$")
_EXACTLY_EN = re.compile(r"\b(?:exactly|precisely)\s+$", re.IGNORECASE)


def exactly_before(text: str, start: int) -> str | None:
    """The words right before the figure at ``start`` that say it is exact (整整, 恰好,
    exactly), or None."""
    found = _EXACTLY_ZH.search(text, max(0, start - 6), start) or _EXACTLY_EN.search(
        text, max(0, start - 12), start)
    return found[0].strip() if found else None


#: what a statement may say became of money lost or taken that a source reporting the loss
#: does not say (警方已追回被骗的3万元, the money was recovered): the outcome is another fact
_RECOVERED = re.compile(r"追回|挽回|退赔|返还|退还|\b(?:recovered|returned|got\s+back|"
                        # (not a number come back to a level: swifts have recovered to…)
                        r"refunded)\b(?!\s+to\b)", re.IGNORECASE)


def recovered_unsaid(text: str, quote: str, claim_en: str = "") -> str | None:
    """The words by which a statement says money was recovered (追回, recovered) where the
    claim's quote and English do not say so, or None."""
    found = _RECOVERED.search(text)
    if found is None or _RECOVERED.search(quote) or _RECOVERED.search(claim_en):
        return None
    return found[0]


#: a thing said to rank first of its kind in the statement's words (雄安新区最高的建筑, the
#: tallest building in Xiong'an): a source that gives its figure may rank it otherwise
#: (较高的建筑之一, one of the taller)
_SUPERLATIVE_ZH = re.compile(r"最(高|大|长|早)的?"
                             r"(?:建筑|大楼|高楼|楼|地标|城市|港口|机场|园区|枢纽)")
_SUPERLATIVE_EN = re.compile(
    # (a translator's drops the article: Xiongan New Area tallest building)
    r"(?:\bthe\s+|(?<=[A-Za-z'’]\s))(tallest|highest|largest|biggest|longest|oldest)\s+"
    r"(?:building|tower|skyscraper|landmark|city|port|airport|park|hub)\b", re.IGNORECASE)


def superlative(text: str) -> tuple[str, str] | None:
    """The words by which a statement ranks a thing first of its kind (最高的建筑, the
    tallest building) and the word a source ranking it so holds (最高; tallest, in lower
    case), or None."""
    found = _SUPERLATIVE_ZH.search(text)
    if found is not None:
        return found[0], f"最{found[1]}"
    found = _SUPERLATIVE_EN.search(text)
    return None if found is None else (found[0], found[1].lower())


#: words that make a figure a record or a first of its kind (a record 939, 创历史新高, 首个…
#:园区, 居…第一, for the first time, the most of any): a milestone the source must give too
_MILESTONE_ZH = re.compile(r"创?历史新高|创下?新高|创(?:历史)?纪录|历史最高|史上最高"
                           r"|创?历史最(?:好|佳|优|低)(?:水平)?"
                           r"|首[个家座条批例次]|第一[个家座条批]|居[^，。；]{0,10}(?:之首|首位|第一)")
_MILESTONE_EN = re.compile(
    r"\b(?:a|new|another)\s+record\b|\brecord[-\s](?:high|level|number|breaking)\b"
    r"|\ball[-\s]time\s+high\b|\bhighest\s+ever\b|\bfirst[-\s]ever\b"
    r"|\bbest[-\s]ever\b|\brecord[-\s]low\b|\bbest\s+(?:level|year)\s+on\s+record\b"
    r"|\bfor\s+the\s+first\s+time\b|\bthe\s+most\s+of\s+any\b", re.IGNORECASE)
#: what a source giving each says: a record (新高, 纪录, 最高, 最多, 最好, record, the most), a
#: first (首个, 首次, 之首, 榜首, 第一, 率先, first; not the 首 of 首都)
_RECORD_SAID = re.compile(r"新高|纪录|记录|最高|最多|最好|最佳|最优|最低|\brecord|\ball-time\b"
                          r"|\bhighest\b|\bbest\b|\blowest\b"
                          r"|\bthe\s+most\b", re.IGNORECASE)
_FIRST_SAID = re.compile(r"首[个家座条批例次位创]|[之榜]首|第一|率先|\bfirst\b", re.IGNORECASE)


def milestone(text: str) -> tuple[str, int, int] | None:
    """The words by which a statement makes a figure a record or a first of its kind
    (创历史新高, 首个, *a record*, *for the first time*), and where they are; or None."""
    found = _MILESTONE_ZH.search(text) or _MILESTONE_EN.search(text)
    return None if found is None else (found[0], found.start(), found.end())


def milestone_given(words: str, source: str) -> bool:
    """Whether a source (a claim's paragraph and English) gives the milestone ``words``
    (milestone) say: a record where it says 新高, 纪录, record…, a first where it says 首个,
    之首, 第一, first…."""
    first = any(w in words.lower() for w in ("首", "第一", "first"))
    return bool((_FIRST_SAID if first else _RECORD_SAID).search(source))


#: a value said to be today's, right before it (由现在的40架 of 预计…将由现在的40架提升到100架)
_NOW = re.compile(r"(?:现在|目前|当前|现有)的?\s*$")


def planned_in_quote(before: str) -> bool:
    """Whether a quote's text before a figure makes it a forecast or a plan: 预计, 力争,
    未来五年… in its sentence, or 将达到, 将实现… in its clause — unless the words right
    before it say it is today's (预计…将由现在的40架提升到100架: 40架 is now)."""
    if _NOW.search(before):
        return False
    sentence = re.split(r"[。；;！？]", before)[-1]
    clause = re.split(r"[，,、：:]", sentence)[-1]
    return bool(_FORECAST_ZH.search(sentence) or _WILL_REACH_ZH.search(clause))


def planned_en(text: str, *, clause: bool = False) -> bool:
    """Whether English words say a plan, a target or an expectation (due, expected,
    target, will…; not a target met, nor an intended investment, which is a sum of deals);
    with ``clause``, only in ``text``'s first clause (the words after a figure)."""
    if clause:
        text = CLAUSE_END_EN.split(text)[0]
    return _PLANNED_EN.search(_NO_PLAN_EN.sub(" ", text)) is not None


def _listed(read: Sentence, quoted: StatedFigure) -> tuple[list[StatedFigure], list[str]] | None:
    """The figures of the 分别 list in a quote that holds ``quoted``, and its items as
    printed before 分别 (split at 和、与及); None where there is no such list or its items do
    not line up with its figures."""
    text = read.text
    at = text.rfind("分别", 0, quoted.start)
    if at < 0 or CLAUSE_BREAK.search(text, at, quoted.start):
        return None
    listed = [o for o in read.figures if o.start > at
              and not CLAUSE_BREAK.search(text, at, o.start)]
    printed = re.split(r"[和、与及]", back_to(text, at))
    if len(printed) != len(listed) or len(printed) < 2:
        return None
    return listed, printed


def list_heads(read: Sentence, quoted: StatedFigure) -> dict[int, str]:
    """The figures of the 分别 list in a quote that holds ``quoted`` (by id), each with its
    item's head: the item's last two characters before any 的 (人次, 收入 of 国内旅游人次和
    旅游收入的年均增长率分别达到12.86%和16.79%); empty where there is no such list (_listed)
    or its items share a head."""
    found = _listed(read, quoted)
    if found is None:
        return {}
    listed, printed = found
    items = [p.split("的")[0].strip() for p in printed]
    if "的" not in printed[-1] and len(items[-1]) > max(len(i) for i in items[:-1]):
        return {}  # (the last runs on into words all share: its head is not its own)
    heads = [i[-2:] for i in items]
    if any(len(h) < 2 for h in heads) or len(set(heads)) != len(heads):
        return {}
    return {id(o): head for o, head in zip(listed, heads, strict=True)}


def item_named(read: Sentence, mine: StatedFigure, other: StatedFigure,
               said: str) -> bool | None:
    """For two figures of one list in a quote, each followed by the thing it counts
    (北京市40余所学校、5所医疗卫生机构对接支持雄安新区), whether ``said`` (a statement's words)
    names ``mine``'s item (True: 学校) or ``other``'s (False), by the thing each figure has
    after it (the later's cut to the earlier's length: 医疗); None where they are no such
    items, or ``said`` names both things or neither."""
    first, second = (mine, other) if mine.start < other.start else (other, mine)
    text = read.text
    comma = text.find("、", first.end, second.start)
    if comma < 0 or CLAUSE_BREAK.search(text, first.end, second.start) or (
            text[comma + 1 : second.start].strip()):
        return None
    thing = text[first.end : comma].strip()
    if len(thing) < 2 or not _CJK_RUN.fullmatch(thing):
        return None
    # (the later item's thing runs into the words after it: as long as the earlier's)
    later = _CJK_RUN.match(text, second.end)
    if later is None:
        return None
    names_first = thing in said
    names_second = later[0][: len(thing)] in said
    if names_first == names_second:
        return None  # (neither, or both: 方面 and 指标 of 4个方面、23个指标)
    return names_first == (first is mine)


#: characters of Chinese only (a thing a list's item counts)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _list_items(read: Sentence, quoted: StatedFigure) -> dict[int, str]:
    """The figures of the 分别 list in a quote that holds ``quoted`` (by id), each with its
    item, the last cut to the longest of the others (生物医药、中医药产业增加值同比分别增长5.4%、
    22.1%: 生物医药 and 中医药产, the words after shared by both); empty where there is no
    such list (_listed) or two items are the same."""
    found = _listed(read, quoted)
    if found is None:
        return {}
    listed, printed = found
    items = [p.strip() for p in printed]
    if not all(items):
        return {}
    items[-1] = items[-1][: max(len(i) for i in items[:-1])]
    if len(set(items)) != len(items):
        return {}
    return {id(o): item for o, item in zip(listed, items, strict=True)}


def names_other_listed(words: str, quoted: StatedFigure, read: Sentence) -> bool:
    """Whether ``words`` name another item of the 分别 list in a quote than the one whose
    figure is ``quoted`` (list_heads: by the items' heads, 人次 and 收入; else by the items
    themselves, _list_items: 生物医药 and 中医药), and not the quoted one's."""
    said = normalize(words)
    for named in (list_heads(read, quoted), _list_items(read, quoted)):
        mine = named.get(id(quoted))
        if mine is not None:
            return mine not in said and any(h in said for h in named.values() if h != mine)
    return False


#: a phase of a thing (一期, 二期工程, 三期)
_PHASE = re.compile(r"([一二三四五六七八九十]+|\d+)期")


def phase_said(text: str) -> bool:
    """Whether a text names a phase of a thing (一期, 二期工程)."""
    return _PHASE.search(text) is not None


def other_phase(words: str, theirs: str) -> bool:
    """Whether two figures' words name different phases of a thing (二期入驻率 against
    一期入驻率90%), each naming one."""
    own, other = set(_PHASE.findall(words)), set(_PHASE.findall(theirs))
    return bool(own) and bool(other) and not own & other


#: a document's title as printed (《…》)
_TITLE = re.compile(r"《([^《》]{2,80})》")


def document_titles(text: str) -> list[str]:
    """The titles of the documents ``text`` names, without spaces or punctuation."""
    return [_title_key(t) for t in _TITLE.findall(text)]


def _title_key(title: str) -> str:
    return re.sub(r"[\s（）()〔〕“”\"'、，,·—\-]", "", normalize(title))


def other_document(titles: list[str], quote: str) -> bool:
    """Whether a statement names documents (``titles``) and a claim's quote names others,
    none of them one of the statement's or holding one: 2018年以来…签订《密云水库上游潮白河流域
    水源涵养区横向生态保护补偿协议》 is not dated by the claim of 《官厅水库上游永定河流域水源保护
    横向生态补偿协议》 (2023年), however alike their words; 《京津冀旅游协同发展三年行动计划
    （2018—2020）》's tasks are not those of 《…行动计划(2016—2018年)》."""
    theirs = document_titles(quote)
    if not theirs:
        return False
    return not any(a in b or b in a for a in titles for b in theirs)


#: a grade a thing is rated at (5A级景区, A级以上, 环保绩效A级; 4A及以上)
_GRADE = re.compile(r"(?<![A-Za-z])(?:[1-5]?[A-E]级(?:及?以上)?|[1-5]A(?=景区))")


def other_grade(words: str, theirs: str) -> bool:
    """Whether two figures' words rate their things at different grades (5A级人力资源服务机构
    against A级以上: only some of them; B级 against A级), each naming one."""
    own, other = set(_GRADE.findall(words)), set(_GRADE.findall(theirs))
    return bool(own) and bool(other) and not own & other


#: a grade in English, as _GRADE's: 5A, rated 4A; grade A or above, A-grade
_GRADE_EN = re.compile(r"\b(?P<stars>[1-5]A)\b"
                       r"|\bgrade[\s-]+(?P<after>[A-E])\b(?P<up>\s+(?:or|and)\s+above)?"
                       r"|\b(?P<before>[A-E])[\s-]grade\b(?P<up2>\s+(?:or|and)\s+above)?")


def _grades_en(text: str) -> set[str]:
    """The grades English words give, as Chinese prints them (5A级, A级以上)."""
    found = set()
    for m in _GRADE_EN.finditer(text):
        if m["stars"]:
            found.add(f"{m['stars']}级")
        else:
            found.add(f"{m['after'] or m['before']}级{'以上' if m['up'] or m['up2'] else ''}")
    return found


def other_grade_en(words: str, claim_en: str) -> bool:
    """other_grade for English words against a claim's English (rated 5A against grade A
    or above)."""
    own, other = _grades_en(words), _grades_en(claim_en)
    return bool(own) and bool(other) and not own & other


#: a phase of a thing in English (phase II, phase one, the second phase)
_PHASE_EN = re.compile(r"\bphase\s+(i{1,3}|iv|one|two|three|four|[1-4])\b"
                       r"|\b(first|second|third|fourth)\s+phase\b", re.IGNORECASE)
_PHASE_NUMBERS_EN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "one": 1, "two": 2, "three": 3,
                     "four": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}


def _phases_en(text: str) -> set[int]:
    return {_PHASE_NUMBERS_EN.get(word.lower(), 0) or int(word)
            for m in _PHASE_EN.finditer(text) for word in m.groups() if word}


def other_phase_en(words: str, claim_en: str) -> bool:
    """Whether English words name another phase of a thing than a claim's English (phase
    II's occupancy against phase one's 90%), each naming one."""
    own, theirs = _phases_en(words), _phases_en(claim_en)
    return bool(own) and bool(theirs) and not own & theirs


#: a person said to say something: a title, a name of two or three characters, a verb of
#: saying (北京市国资委一级巡视员杨鸿宝表示, 省长王正谱说)
_SPEAKER = re.compile(
    r"(?:巡视员|主任|书记|省长|市长|区长|县长|局长|部长|厅长|处长|院长|校长|所长|董事长|"
    r"总经理|总裁|经理|负责人|主席|秘书长|教授|研究员|专家|委员|代表|发言人|工程师|队长|"
    r"总监|主管|科长|会长|理事长|创始人|站长|馆长|社长|总编|村支书|支书|镇长|乡长)"
    r"([\u4e00-\u9fff]{2,3}?)(?:表示|说|指出|介绍|称|透露|强调|坦言|认为|提到|谈到|告诉|报告|作报告)")


#: the commonest Chinese surnames: a name of two or three characters starts with one
_SURNAMES = ("欧阳|司马|诸葛|上官|王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|高|林|罗|"
             "郑|梁|谢|宋|唐|许|韩|冯|邓|曹|彭|曾|肖|田|董|袁|潘|于|蒋|蔡|余|杜|叶|程|苏|魏|吕|"
             "丁|任|沈|姚|卢|姜|崔|钟|谭|陆|汪|范|金|石|廖|贾|夏|韦|付|方|白|邹|孟|熊|秦|邱|江|"
             "尹|薛|闫|段|雷|侯|龙|史|陶|黎|贺|顾|毛|郝|龚|邵|万|钱|严|覃|武|戴|莫|孔|向|汤|常|"
             "温|康|施|文|牛|樊|葛|邢|安|齐|易|乔|伍|庞|颜|倪|庄|聂|章|鲁|岳|翟|殷|詹|申|欧|"
             "耿|关|兰|焦|俞|左|柳|甘|祝|包|宁|尚|符|舒|阮|柯|纪|梅|童|凌|毕|单|季|裴|霍|涂|"
             "成|苗|谷|盛|曲|翁|冉|骆|蓝|路|游|辛|靳|管|柴|蒙|鲍|华|喻|祁|蒲|房|滕|屈|饶|解|"
             "牟|艾|尤|阳|时|穆|农|司|卓|古|吉|缪|简|车|项|连|芦|麦|褚|娄|窦|戚|岑|景|党|宫|费")
#: a name said to say something with no title before it, at a clause's start (石泰峰表示)
_BARE_SPEAKER = re.compile(
    rf"(?:^|[，,。；;：:“”\s])((?:{_SURNAMES})[\u4e00-\u9fff]{{1,2}}?)"
    r"(?:在[\u4e00-\u9fff]{1,6}中)?(?:表示|说|指出|介绍|称|透露|强调|坦言|认为|提到|谈到|告诉|报告)")
#: the authors a statement says wrote what it reports (刘艳梅、魏怡雪撰文指出, 王先进等撰文):
#: names of two or three characters, a common surname first, before 撰文
_WRITERS = re.compile(
    rf"(?:^|[，,。；;：:“”\s])((?:(?:{_SURNAMES})[\u4e00-\u9fff]{{1,2}}、)*"
    rf"(?:{_SURNAMES})[\u4e00-\u9fff]{{1,2}}?)等?撰文")
#: a person named by surname and an honorific (郭大爷, 李奶奶, 王女士)
_HONOURED = re.compile(rf"((?:{_SURNAMES})(?:大爷|大妈|奶奶|爷爷|阿姨|女士|先生|老人|师傅))")


def speakers(text: str, end: int) -> list[str]:
    """The people a statement says said something, or names by an honorific, before
    ``end`` (a figure's end): 北京市国资委一级巡视员杨鸿宝表示，… gives 杨鸿宝; 石泰峰表示
    (no title: a surname first) 石泰峰; 梨园镇的李大爷… 李大爷."""
    # (in the figure's own sentence: a statement of two sentences has two speakers)
    start = _sentence_start(text, end)
    found = [m[1] for m in _SPEAKER.finditer(text, start, end)]
    found += [m[1] for m in _BARE_SPEAKER.finditer(text, start, end) if m[1] not in found]
    found += [m[1] for m in _HONOURED.finditer(text, start, end) if m[1] not in found]
    return found


#: a body's spokesman a statement has say something (中国中化集团负责人表示): the body, by
#: its name's kind at its end
_SPOKESMAN = re.compile(r"([\u4e00-\u9fff]{2,14}?(?:集团|公司|局|委员会|委|厅|办公室|中心|研究院)"
                        r")(?:相关|有关|项目)?负责人(?:表示|介绍|说|称|透露|指出)")


def spokesmen(text: str, end: int) -> list[str]:
    """The bodies whose spokesmen a statement has say something before ``end`` in the
    figure's sentence (中国中化集团负责人表示… gives 中国中化集团)."""
    start = _sentence_start(text, end)
    return [m[1] for m in _SPOKESMAN.finditer(text, start, end)]


def named_body(body: str, source: str) -> bool:
    """Whether ``source`` prints a body's name, or its last four characters or more (中建
    二局三公司 of …中建二局三公司中国中化大厦项目负责人)."""
    return any(body[cut:] in source for cut in range(len(body) - 3))


def writers(text: str, end: int) -> list[str]:
    """The authors a statement says wrote what it reports, before ``end`` in the figure's
    sentence (刘艳梅、魏怡雪撰文指出… gives 刘艳梅 and 魏怡雪)."""
    start = _sentence_start(text, end)
    return [name for m in _WRITERS.finditer(text, start, end) for name in m[1].split("、")]


#: what ends a sentence
_SENTENCE_END = re.compile(r"[。！？!?]")


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence holding ``end`` starts: at the mark that ends the one before (a
    name without a title follows one, _BARE_SPEAKER), or at the text's start."""
    return max((m.start() for m in _SENTENCE_END.finditer(text, 0, end)), default=0)


#: a rate said as a yearly average (年均增长4.6%), and a change said against a base year
#: (比2014年增长43%)
_AVERAGE = re.compile(
    r"年均|平均每年|年平均|每年平均|average annual|annual average|a year on average",
    re.IGNORECASE)
_AGAINST_A_YEAR = re.compile(r"(?:比|较|与|相比)\s*\d{4}年")


def average_or_total(words: str) -> str | None:
    """Whether a change's own words make it a yearly average ("average": 年均增长4.6%) or
    the whole change since a base year ("total": 比2014年增长43%), or neither (None)."""
    if _AVERAGE.search(words):
        return "average"
    return "total" if _AGAINST_A_YEAR.search(words) else None


#: the two characters before a count, its verbs, hedges and conjunctions aside (入库项目 of
#: 入库项目超2000个)
_COUNTED = re.compile(r"([\u4e00-\u9fff]{2})"
                      r"(?:达到|达|为|有|约|近|超过|超|共|累计|已|是|了|以及|和|及|与|、)*\s*$")

#: an example named right before a figure, with 等 (北京交通大学等4所高校)
_EXAMPLE = re.compile(r"([\u4e00-\u9fff]{2,12})等\s*$")

T = TypeVar("T")

#: where a claim's figure is printed: its quote read, and the figure as read there (None
#: where the reader does not find it), asked for only when a statement's words need it
Quoted = Callable[[], "tuple[Sentence, StatedFigure] | None"]


def _in_both(own: T | None, quoted: Quoted,
             theirs: Callable[[Sentence, StatedFigure], T | None]) -> tuple[T, T] | None:
    """What a reader finds for a statement's figure (``own``) and for the claim's in its
    quote (``theirs`` of the quote read and the figure there): None where either has
    nothing (the quote is read only when the statement has something)."""
    if own is None:
        return None
    found = quoted()
    other = None if found is None else theirs(*found)
    return None if other is None else (own, other)


def _right_before(pattern: re.Pattern[str], text: str, start: int,
                  quoted: Quoted) -> tuple[str, str] | None:
    """What ``pattern`` (anchored at its end, its group the words) finds right before a
    statement's figure (at ``start`` in ``text``) and right before the claim's figure in
    its quote."""
    found = _in_both(pattern.search(text, 0, start), quoted,
                     lambda read, figure: pattern.search(read.text, 0, figure.start))
    return None if found is None else (found[0][1], found[1][1])


def other_noun(text: str, start: int, end: int, quoted: Quoted) -> bool:
    """Whether a figure counted in another word than the claim's (家, 个) counts another
    thing: the two characters before each, verbs aside, differ (入库企业超2000家 is not the
    source's 入库项目超2000个; 引进企业2个 is 引进企业2家); where they are the same, the
    heads of the nouns right after each differ (共享221家…培训机构 is not the source's
    共享221项…培训资源)."""
    words = _right_before(_COUNTED, text, start, quoted)
    if words is not None and words[0] != words[1]:
        return True
    heads = _in_both(_head_after(text, end), quoted,
                     lambda read, figure: _head_after(read.text, figure.end))
    return heads is not None and heads[0] != heads[1]


def _head_after(text: str, end: int) -> str | None:
    """The head (its last two characters) of the noun right after a figure ending at
    ``end``: 院校 of 2所职业院校已在河北备案; None where no noun of two characters follows."""
    run = _NOUN_AFTER.match(text, end)
    if run is None:
        return None
    cut = _NOUN_AFTER_END.search(run[0])
    if cut is None and len(run[0]) == 16:
        return None  # (a run that long: no telling where its noun ends)
    noun = run[0][: cut.start()] if cut else run[0]
    # (a place word after it is none of the noun: 177个…合作项目中)
    noun = noun[:-1] if len(noun) > 3 and noun[-1] in "中里内" else noun
    return noun[-2:] if len(noun) >= 2 else None


def own_span(text: str, figures: Sequence[StatedFigure], item: StatedFigure) -> str:
    """A figure's own words in its sentence: its clause (CLAUSE_BREAK) before it, from
    where the figure before it and that figure's noun end (_NOUN_END: 207家重点企业实现…
    gives 实现利润总额 to 15.6亿元), and the noun right after it, to a verb or a link
    (4所高校和2家医院: 4所's is 4所高校, 2家's 2家医院)."""
    begin = item.start - len(back_to(text, item.start))
    after = CLAUSE_BREAK.search(text, item.end)
    end = after.start() if after else len(text)
    previous = None
    for other in figures:
        if other is item:
            continue
        if begin <= other.start < item.start and other.end <= item.start:
            begin, previous = max(begin, other.end), other
        elif item.end <= other.start < end:
            end = other.start
    if previous is not None:  # (the noun right after the figure before is that figure's)
        link = _NOUN_END.search(text, begin, item.start)
        begin = link.start() if link else item.start
    link = _NOUN_END.search(text, item.end, end)
    end = min(link.start() if link else end, item.end + _NOUN_LENGTH)
    return text[begin:item.start] + text[item.start:end]


#: what ends the noun right after a figure (a verb, a link, a particle)
_NOUN_END = re.compile(r"实现|达到|完成|增长|同比|占|达|为|是|和|与|及|、|的|等|共|较|比|其中|"
                       r"超过|超|近|约|累计|合计|分别")
#: the noun right after a figure is at most this long
_NOUN_LENGTH = 10
#: the noun right after a count: Chinese up to a verb, a link or a particle (2所职业院校
#: 已…, 221家优质职业技能培训机构，…): other_noun weighs its head
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,16}")
_NOUN_AFTER_END = re.compile(rf"{_NOUN_END.pattern}|已|在|将|于|由|从|向|对|被|把")


#: a fine particle's name as normalize leaves it (pm_{2.5}, pm 2.5): as THINGS names it
_PARTICLES = re.compile(r"pm\s*_?\{?\s*(2\.5|10)\s*\}?")
#: the words THING_PAIRS hold: a figure's words with none of them name no thing of one
_THING_WORD = re.compile("|".join(sorted(
    {re.escape(w) for pair in THING_PAIRS for w in pair}
    | {re.escape(w) for _whole, parts in THING_PARTS for w in parts}, key=len, reverse=True)))


#: THING_PAIRS by each of their words
_PAIRS_BY_WORD: dict[str, list[tuple[str, str]]] = {}
for _pair in THING_PAIRS:
    for _word in _pair:
        _PAIRS_BY_WORD.setdefault(_word, []).append(_pair)


def _pairs_of(text: str) -> tuple[tuple[str, str], ...]:
    """The pairs of THING_PAIRS with a word ``text`` holds (only they can be opposed in
    it): most texts hold one or two of the two hundred."""
    return tuple(dict.fromkeys(p for word, pairs in _PAIRS_BY_WORD.items() if word in text
                               for p in pairs))


def thing_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """The pairs of THINGS a text may be held to (a date's event: 在建 against 建成): none
    where it names none, and nothing need be compared."""
    return _pairs_of(text) if _THING_WORD.search(text) else ()


def _things(text: str) -> str:
    text = _PARTICLES.sub(r"pm\1", normalize(text))
    for compound, thing in _COMPOUNDS:
        text = text.replace(compound, thing)
    return text


#: words whose compound names another thing than one of its parts: 专利申请授权量 is the
#: patents granted, not applied for (THINGS' 申请 and 授权)
_COMPOUNDS = (("申请授权", "授权"),)


#: a percentage right after …中 names a share of what comes before (北京在津冀新增注册的企业中
#: 超过六成落户河北), not a change; not 其中, which opens a part
_SHARE_AMONG = re.compile(r"(?<!其)中(?:有|的)?(?:超过|超|近|约|逾|不到|将近|接近|达)?$")


def own_things(text: str, figures: Sequence[StatedFigure], item: StatedFigure) -> str | None:
    """A figure's own words (_thing_span) as THINGS compares them, where they name a thing
    of a kind, a rate or a share; None where they name none (no claim need be read). A
    percentage said after …中 is a share (占比), whatever its words."""
    own = _things(_thing_span(text, figures, item))
    if item.figure.unit == "%" and _SHARE_AMONG.search(text, 0, item.start) and not (
            _SHARE_NAMED.search(own)):
        own = f"{own} 占比"
    named = (_THING_WORD.search(own) or _RATE_WORDS.search(own) or _SHARE_NAMED.search(own))
    return own if named else None


def other_thing(own: str | None, metric: str, quoted: Quoted) -> bool:
    """Whether a statement's figure, whose own words are ``own`` (own_things), and the
    claim's are of two things of one kind (opposites.THINGS): the figure's words name one
    and the claim's, in its quote and its metric, only another — 京津冀农业增加值突破2.5万亿元
    is not the source's 工业增加值, 4所高校和2家学校 not its 2家医院, 理想汽车…定点供应链项目70家
    not its 企业 — or one names only a rate of change and the other only a share
    (things_apart)."""
    return own is not None and things_apart(own, metric, quoted) is not None


def things_apart(own: str, metric: str, quoted: Quoted) -> tuple[str, str] | None:
    """The words other_thing finds apart: the statement figure's (``own``) and the claim's
    (农业 and 工业; 增速 and 占比), or None."""
    found = _in_both(own, quoted, lambda read, figure: _things(
        f"{_thing_span(read.text, read.figures, figure)} {metric}"))
    if found is None:
        return None
    theirs = found[1]
    pair = opposed(own, theirs, _pairs_of(own)) or _part_and_whole(own, theirs)
    if pair is not None:
        return pair
    # a rate of change and a share (增速 for the source's 占比 …由2013年的40.7%上升至…):
    # each names one and not the other (a change of a share, 占比…增加约10个百分点, is both)
    mine = _rate_or_share(own, _RATE_WORDS, _SHARE_NAMED)
    its = _rate_or_share(theirs, _RATE_WORDS, _SHARE_NAMED)
    if mine is None or its is None or mine[0] == its[0]:
        return None
    return mine[1], its[1]


def _part_and_whole(own: str, theirs: str) -> tuple[str, str] | None:
    """A part one side names and the whole the other names without it: 其中高速铁路里程
    达到2624公里 against the source's 铁路营运里程10848公里, 68条高速公路 against its 68条公路
    (THING_PARTS, measured or counted); 北京技术合同成交额8536.9亿元 against 北京流向津冀's
    748.7亿元 (THING_FLOWS)."""
    for measure, markers in THING_FLOWS:
        if measure in own and measure in theirs:
            mine_flow = next((m for m in markers if m in own), None)
            its_flow = next((m for m in markers if m in theirs), None)
            if (mine_flow is None) != (its_flow is None):
                return (mine_flow or measure, its_flow or measure)
    for whole, parts in THING_PARTS:
        for measured in (_length_of, _counted_of):
            mine = measured(parts, own)
            its = measured(parts, theirs)
            if mine is not None and its is None and measured((whole,), theirs):
                return mine, whole
            if its is not None and mine is None and measured((whole,), own):
                return whole, its
    return None


def _counted_of(words: tuple[str, ...], text: str) -> str | None:
    """The first of ``words`` a count in ``text`` counts, right after its counting word
    (68条高速公路 against the source's 68条公路: a part's count for the whole's)."""
    for word in words:
        if re.search(rf"[\d一二三四五六七八九十百千万两]\s*(?:条|座|个)(?:{word})", text):
            return word
    return None


#: what a whole or a part is measured by (铁路营运里程, 高速公路总里程): not a line's name
#: (津兴铁路是…首条跨省市的城际铁路)
_LENGTH_AFTER = re.compile(r"(?:营运|运营|营业|通车)?(?:总)?里程")


def _length_of(words: tuple[str, ...], text: str) -> str | None:
    """The first of ``words`` whose length ``text`` gives (followed by its 里程)."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            if _LENGTH_AFTER.match(text, at + len(word)):
                return word
            at = text.find(word, at + 1)
    return None


def _rate_or_share(text: str, rate: re.Pattern[str], share: re.Pattern[str]
                   ) -> tuple[str, str] | None:
    """What ``text`` names if only one of a rate of change and a share ("rate" or "share",
    and the word that names it); None where it names both or neither."""
    said_rate, said_share = rate.search(text), share.search(text)
    if said_rate is not None and said_share is None:
        return "rate", said_rate[0]
    if said_share is not None and said_rate is None:
        return "share", said_share[0]
    return None


#: an English word as ENGLISH_THINGS names it (china's, pm2.5, national-level)
_WORD_EN = re.compile(r"[a-z0-9]+(?:[.\-'’][a-z0-9]+)*")
_THING_WORDS_EN = frozenset(w for pair in ENGLISH_THING_PAIRS for w in pair)


def english_things(text: str) -> set[str]:
    """The words of an English text, as ENGLISH_THINGS compares them (a level's, national-
    level, is its word's too: national)."""
    text = _IN_USE.sub("in-use", _UNDER_CONSTRUCTION.sub("under-construction",
                                                         text.lower().replace("’", "'")))
    words = set(_WORD_EN.findall(text.replace("pm 2.5", "pm2.5")))
    return words | {w[: -len("-level")] for w in words if w.endswith("-level")}


_UNDER_CONSTRUCTION = re.compile(r"\bunder\s+construction\b")
_IN_USE = re.compile(r"\bin\s+(?:use|service|operation)\b")


def other_thing_en(words: str, claim_en: str) -> bool:
    """Whether an English figure's own words name one thing of a kind (ENGLISH_THINGS:
    agricultural, projects, spending, PM10, the world's …) and the claim's English only
    another (industrial, companies, revenue, PM2.5, China's): *the agricultural value
    added of Beijing, Tianjin and Hebei exceeded 2.5 trillion yuan* is not the source's."""
    own = english_things(words)
    if not own.isdisjoint(_THING_WORDS_EN) and opposed(
            own, english_things(claim_en), ENGLISH_THING_PAIRS) is not None:
        return True
    # a rate of change and a share (*the digital economy grew 40 percent* is not *made up
    # 40% of GDP*): each names one and not the other
    mine = _rate_or_share(words, _RATE_EN, _SHARE_EN)
    its = _rate_or_share(claim_en, _RATE_EN, _SHARE_EN)
    return mine is not None and its is not None and mine[0] != its[0]


#: a way between places in English: from …, to or into … (up to a verb, a comma or a
#: preposition that ends the second place)
_WAY_EN = re.compile(r"\bfrom\s+(.{2,60}?)\s+(?:to|into|towards)\s+(.{2,60}?)"
                     r"(?=[,.;]|\s+(?:were|was|is|are|has|have|had|rose|grew|fell|in|by|"
                     r"totall?ed|worth|reached|came|amounted|over|since)\b|$)", re.IGNORECASE)


#: the place a way ends at named first: into Beijing from Tianjin and Hebei; Beijing
#: received … from Tianjin and Hebei
_WAY_BACK_EN = re.compile(r"\binto\s+(.{2,40}?)\s+from\s+(.{2,60}?)(?=[,.;]|\s+(?:in|by|over|"
                          r"since)\b|$)", re.IGNORECASE)
_RECEIVED_EN = re.compile(r"\b([A-Z][\w'’-]*(?:[\s,-]+(?:and\s+)?[A-Z][\w'’-]*){0,4})\s+"
                          r"(?:has\s+|have\s+|had\s+)?(?:received|absorbed|took\s+in|taken\s+in|"
                          r"attracted|drew|drawn)\b[^.;]{0,60}?\bfrom\s+(.{2,60}?)"
                          r"(?=[,.;]|\s+(?:in|by|over|since)\b|$)")
#: and out of a place to another: out of Beijing to Tianjin and Hebei
_OUT_OF_EN = re.compile(r"\bout\s+of\s+(.{2,40}?)\s+(?:to|into|towards)\s+(.{2,60}?)"
                        r"(?=[,.;]|\s+(?:in|by|over|since)\b|$)", re.IGNORECASE)
#: each pattern with the groups of the place a way starts at and the one it ends at
_WAYS_EN = ((_WAY_EN, (1, 2)), (_WAY_BACK_EN, (2, 1)), (_RECEIVED_EN, (2, 1)),
            (_OUT_OF_EN, (1, 2)))


def _way_en(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The way between the region's places an English text gives (from Tianjin and Hebei
    into Beijing): (from, to) as _direction's one-character keys."""
    from jjjcli.places import gazetteer

    places = gazetteer()

    def keys(names: str) -> frozenset[str]:
        return frozenset("".join(
            _PLACE_KEYS[m.group(0)] for n in places.find_english(names)
            for m in _PLACE_NAME.finditer(n.place.name)))

    for pattern, way in _WAYS_EN:
        for m in pattern.finditer(text):
            start, end = keys(m[way[0]]), keys(m[way[1]])
            if start and end:
                return start, end
    return None


def other_way_en(words: str, claim_en: str, quoted: Quoted) -> bool:
    """Whether an English figure's words go the other way between places than the claim
    (its quote: 北京向天津、河北输出; else its English): *from Tianjin and Hebei into
    Beijing* is not *Beijing supplied to Tianjin and Hebei*."""
    own = _way_en(words) if "from" in words.lower() or "into" in words.lower() else None
    if own is None:
        return False
    found = quoted()
    theirs = (_direction(found[0].text, found[1].start) if found is not None else None
              ) or _way_en(claim_en)
    if theirs is None:
        return False
    return bool(own[0] & theirs[1]) and bool(own[1] & theirs[0]) and not own[0] & theirs[0]


#: English words that say a figure is a change, and those that say it is a share
_RATE_EN = re.compile(r"\b(?:grew|grow|grows|growing|growth|rose|rise|rises|risen|increased|"
                      r"increases|jumped|surged|expanded|climbed|fell|declined|dropped|"
                      r"decreased)\b", re.IGNORECASE)
_SHARE_VERBS_EN = (r"share|shares|made\s+up|make\s+up|makes\s+up|making\s+up|accounted\s+for|"
                   r"accounts\s+for|account\s+for|accounting\s+for|proportion|intensity")
_SHARE_EN = re.compile(rf"\b(?:{_SHARE_VERBS_EN})\b|[%‰]\s+of\b|"
                       r"\bper\s*cent\s+of\b|\bpercent\s+of\b", re.IGNORECASE)
#: an English figure's qualifier, as it may stand between a verb and the figure (about,
#: more than)
_QUALIFIER_EN = (r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|"
                 r"over\s+)?")
#: the same right before a figure (made up 21.4%, a share of about 10%), and of what right
#: after it (60 percent of the new firms)
_SHARE_BEFORE_EN = re.compile(rf"\b(?:{_SHARE_VERBS_EN})\s+(?:of\s+)?{_QUALIFIER_EN}$",
                              re.IGNORECASE)
_SHARE_AFTER_EN = re.compile(r"\s+of\b", re.IGNORECASE)


def share_said_en(text: str, start: int, end: int) -> bool:
    """Whether an English percentage from ``start`` to ``end`` of ``text`` is said as a share:
    of something after it (60 percent of the new firms) or after a share's words (accounted
    for 21.4%)."""
    return bool(_SHARE_AFTER_EN.match(text, end) or _SHARE_BEFORE_EN.search(text, 0, start))


#: words that name a rate of change, and those that name a share
_RATE_WORDS = re.compile(r"增速|增长率|增幅|增长速度|同比增长")
_SHARE_NAMED = re.compile(r"占比|比重|份额|占全|强度")


def _thing_span(text: str, figures: Sequence[StatedFigure], item: StatedFigure) -> str:
    """own_span, and for the value a change comes to (…下降至2022年的180.4万人) the words of
    the one it starts from too: the thing both are of is named there."""
    own = own_span(text, figures, item)
    at = next(i for i, f in enumerate(figures) if f is item)
    if at and (span_end(text, figures, item) == "to" or _TO_A_YEARS_VALUE.fullmatch(
            text, figures[at - 1].end, item.start)
               or _CHANGE_ONLY.fullmatch(back_to(text, item.start))):
        # (…货物吞吐量5.49亿吨，增长3.7%: a change whose clause says only that is the
        # change of the figure before it)
        own = f"{own_span(text, figures, figures[at - 1])} {own}"
    return own


#: a clause that says only that a figure changed (增长, 同比下降): of the figure before it
_CHANGE_ONLY = re.compile(r"\s*(?:同比|比上年|较上年)?" + _CHANGE_BEFORE.pattern)


#: the words between a change's two values, each of its year (从2014年的222.4万人下降至2022年
#: 的180.4万人): what span_end leaves to the years
_TO_A_YEARS_VALUE = re.compile(r"\s*(?:下降|增长|增加|提升|提高|减少|降低|上升|扩大|缩小)(?:至|到)"
                               r"\s*\d{4}\s*年(?:底|末)?的?\s*")


def other_example(text: str, start: int, quoted: Quoted) -> bool:
    """Whether a statement and a claim's quote name different examples right before the
    figure, each with 等 (北京电影学院等4所高校 is not the source's 北京交通大学等4所高校):
    neither name holds the other, and the statement's is not one the quote lists before its
    figure (勘察设计注册工程师职业资格等13类 of the quote's …、勘察设计注册工程师职业资格跨省通用
    等13类)."""
    def example(said: str, end: int) -> tuple[str, str] | None:
        # (the example named before 等, and all the text before the figure)
        m = _EXAMPLE.search(said, 0, end)
        return None if m is None else (m[1], said[:end])

    found = _in_both(example(text, start), quoted,
                     lambda read, figure: example(read.text, figure.start))
    if found is None:
        return False
    (ours, _said), (theirs, listed) = found
    return ours not in theirs and theirs not in ours and ours not in listed


#: the shortest end of an example's name that names it (…创新联盟 of 京津冀农业科技创新联盟)
EXAMPLE_NAMED = 4
#: words that name an example as one of the things counted (含…联盟, …项目之一, including)
_AS_AN_EXAMPLE = re.compile(r"含|包括|如|之一|\bincl|\bincluding\b|\bsuch as\b", re.IGNORECASE)


def of_an_example(words: str, quoted: Quoted) -> bool:
    """Whether a statement's figure counts the things of one example the claim's quote
    names before its figure with 等 (京津冀农业科技创新联盟成员单位超过120个, where the source
    has 组建京津冀农业科技创新联盟等9个创新平台): its own ``words`` hold the example's name
    (its last EXAMPLE_NAMED characters at least), do not name it as one of the things
    counted (含, 之一), and share no character pair, beyond the name's, with what the quote
    says after its figure (创新平台)."""
    if "等" in words or _AS_AN_EXAMPLE.search(words):
        return False  # (an example of its own: other_example)
    found = quoted()
    if found is None:
        return False
    read, figure = found
    example = _EXAMPLE.search(read.text, 0, figure.start)
    if example is None:
        return False
    name = example[1]
    named = next((name[-size:] for size in range(len(name), EXAMPLE_NAMED - 1, -1)
                  if name[-size:] in words), None)
    if named is None:
        return False
    counted = CLAUSE_BREAK.split(read.text[figure.end :], maxsplit=1)[0]
    theirs = bigrams(normalize(counted)) - bigrams(normalize(name))
    return bool(theirs) and not theirs & (bigrams(normalize(words)) - bigrams(named))


#: the works a figure is of, named right after it (4000余万元的猫三联生产线): the name and
#: what kind of work it is
_WORK_AFTER = re.compile(r"\s*的([\u4e00-\u9fffA-Za-zα-ω]{2,12}?)"
                         r"(生产线|厂区|工厂|生产基地|基地|项目|工程|大厦)")
#: and things a name in quotation marks right after it gives the kind of (42条“津牌”旅游
#: 线路): the name, and the first two characters of what it names
_NAMED_AFTER = re.compile(r"\s*[“\"]([^”\"]{1,16})[”\"]([\u4e00-\u9fff]{2})")
#: and the class a thing is of, right after it (第一个综合类国家技术创新中心)
_CLASS_AFTER = re.compile(r"\s*([\u4e00-\u9fff]{2})类([\u4e00-\u9fff]{2})")
#: and the place a time reaches, right after it (步行15分钟之内即可到达一个公园)
_REACHED_AFTER = re.compile(r"[^，。；,;]{0,6}?(?:到达|抵达)一?[所个座家处]?([\u4e00-\u9fff]{2})")


def other_work(text: str, end: int, quoted: Quoted) -> bool:
    """Whether a statement's figure (ending at ``end`` in ``text``) and the claim's are of
    two works of one kind, each named right after it (总投资4000余万元的重组犬α干扰素生产线 is
    not the source's 总投资4000余万元的猫三联生产线; 42条“京牌”旅游线路 not its 42条“津牌”旅游
    线路; 第一个专业类国家技术创新中心 not its 综合类; 步行15分钟即可到达一所学校 not its 一个
    公园): the names share no two characters in a row (阿里巴巴张北大数据系列项目 is the
    source's 阿里张北…, 智慧制造 its 智能制造)."""
    def work(said: str, at: int) -> tuple[str, str] | None:
        m = (_WORK_AFTER.match(said, at) or _NAMED_AFTER.match(said, at)
             or _CLASS_AFTER.match(said, at) or _REACHED_AFTER.match(said, at))
        # (the name, and what kind of thing it names: none for a place reached)
        return None if m is None else (m[1], m[2] if m.re.groups > 1 else "")

    found = _in_both(work(text, end), quoted, lambda read, figure: work(read.text, figure.end))
    if found is None:
        return False
    (ours, kind), (theirs, its_kind) = found
    return kind == its_kind and not bigrams(ours) & bigrams(theirs)


def other_end(text: str, figures: Sequence[StatedFigure], item: StatedFigure,
              quoted: Quoted) -> bool:
    """Whether a statement's figure ``item`` (of ``figures``, in ``text``) and the claim's
    are the two ends of a change, one the value it starts from and the other the one it
    comes to (莱恩斯搬迁后…从45亩扩大到185亩: the 45亩 is not the claim of 185亩, 搬迁后's;
    the words before 从 are both's)."""
    ends = _in_both(span_end(text, figures, item), quoted,
                    lambda read, figure: span_end(read.text, read.figures, figure))
    return ends is not None and ends[0] != ends[1]


#: the verb of a change right before a figure: what it came to (增加到, 增至) or by how
#: much (增加了)
_STEP = re.compile(r"(?:增加|增长|提高|提升|减少|下降|降低|扩大|缩小|缩短|压缩|增)(到|至|了)"
                   r"(?:约|近|超过|超|逾|达)?\s*$")


def other_step(text: str, start: int, quoted: Quoted) -> bool:
    """Whether a statement's figure (at ``start`` in ``text``) and the claim's are what a
    change came to and by how much it changed (白洋淀野生鸟类种类增加了260余种 is not
    增加到260余种)."""
    found = _right_before(_STEP, text, start, quoted)
    if found is None:
        return False
    ours, theirs = found
    return (ours == "了") != (theirs == "了")


#: a change's verb right before an amount, without 到 or 至: by how much it changed
#: (增长10万亿元, 减少了3000家), not what it came to, nor the new ones (新增133所)
_BY_HOW_MUCH = re.compile(r"(?:增加|增长|提高|提升|减少|下降|降低|扩大|缩小|(?<!新)增|减)了?"
                          r"(?:约|近|超过|超|逾|达)?\s*$")
#: and in English: grew by 1,100, increased by, up by (not rose to 1,100, a level; nor added,
#: which value added is too)
_BY_HOW_MUCH_EN = re.compile(
    r"\b(?:(?:grew|grown|grows|rose|risen|rises|increased|increases|climbed|jumped|"
    r"went\s+up|gone\s+up|fell|fallen|dropped|declined|decreased|went\s+down)\s+by|"
    r"up\s+by|down\s+by|(?:increase|rise|drop|decrease|decline)\s+of)"
    rf"\s+{_QUALIFIER_EN}$", re.IGNORECASE)
#: a change's verb anywhere right before a quote's figure (what it came to, or by how much)
_CHANGED = re.compile(r"(?:增加|增长|提高|提升|减少|下降|降低|扩大|缩小|缩短|压缩|增|减|降|涨)"
                      r"(?:到|至|了)?(?:约|近|超过|超|逾|达)?\s*$")
#: units that are themselves a change or a share: a change's verb before them is their own
_RATIO_UNITS = frozenset({"%", "‰", "个百分点", "倍"})


#: a change against the period just before (环比; month on month), not a year before
_SEQUENTIAL = re.compile(r"环比|(?:month|quarter)[\s-]+on[\s-]+(?:month|quarter)|\b[mq]o[mq]\b"
                         r"|\bsequential(?:ly)?\b", re.IGNORECASE)


def other_base_period(text: str, start: int, end: int, quoted: Quoted) -> bool:
    """Whether a statement's change is against the period before (环比增长2%, up 2% quarter
    on quarter) where the claim's quote does not say so (相比上年增长2%): another change."""
    clause = clause_around(text, start, end)
    if not _SEQUENTIAL.search(clause):
        return False
    found = quoted()
    return found is not None and not _SEQUENTIAL.search(found[0].text)


#: the year a change is measured against, printed before it (较2014年增长, 与2013年相比), or
#: after an English one (up 45.5% from 2014, compared with 2013, by 15% from its 2014 level)
_BASE_YEAR_ZH = re.compile(r"(?:比|较|相比|相较于?|同|与)\s*((?:19|20)\d{2})\s*年")
_BASE_YEAR_EN = re.compile(rf"\b(?:{BASE_WORDS_EN})\s+(?:(?:the|its|their)\s+)?"
                           r"((?:19|20)\d{2})\b(?!\s*(?:to|-|–))", re.IGNORECASE)
#: a change against the year before, said so (同比, 比上年, year on year)
_YEAR_BEFORE = re.compile(r"同比|(?:比|较|相比)(?:上年|去年|上一年)|(?:上年|去年)同期"
                          r"|year[\s-]+on[\s-]+year|\by/y\b|\byoy\b|a\s+year\s+(?:earlier|ago)"
                          r"|previous\s+year", re.IGNORECASE)


def against_year_before(text: str) -> bool:
    """Whether a text says a change is against the year before (同比, 相比上年, year on
    year): a claim of 2022 so measured is measured from 2021."""
    return _YEAR_BEFORE.search(text) is not None


def target_metric(metric: str) -> bool:
    """Whether a metric is a target's (投入使用时间目标, 森林覆盖率目标): its figure is
    planned, not done."""
    return "目标" in metric


def _base_year(text: str, start: int, end: int, year: int | None) -> int | None:
    """The year the change at ``start``–``end`` is against: one printed before it in its
    clause, or else in its sentence (the last), or after it in its clause in English; the
    year before ``year`` where 同比 or 比上年 says so; None where neither is printed."""
    clause = back_to(text, start)
    after = CLAUSE_BREAK.search(text, end)
    rest = text[end : after.start() if after else len(text)]
    for words in (clause, rest, back_to(text, start, SENTENCE_BREAK)):
        found = [*_BASE_YEAR_ZH.finditer(words), *_BASE_YEAR_EN.finditer(words)]
        if found:
            return int(max(found, key=lambda m: m.start())[1])
        if _YEAR_BEFORE.search(words):
            return year - 1 if year else None
    return None


def other_base_year(text: str, start: int, end: int, year: int | None,
                    claim_year: int | None, quoted: Quoted) -> bool:
    """Whether a statement's change (a percentage or points) is against another year than
    the claim's: 2023年…比2014年增长17.6% is not the quote's 同比增长17.6% (against 2022),
    nor 较2013年增长55.4% its 较2014年增长55.4%. Only where both print their base (a year,
    or 同比 with the figure's year known); a share (占) is no change."""
    own = _base_year(text, start, end, year)
    if own is None or "占" in back_to(text, start):
        return False
    found = quoted()
    if found is None:
        return False
    read, figure = found
    theirs = _base_year(read.text, figure.start, figure.end, claim_year)
    return theirs is not None and theirs != own


#: a person a story names by surname and form of address (李大爷, 郭女士)
_PERSON = re.compile(r"([\u4e00-\u9fff])(?:大爷|大妈|女士|先生|阿姨|师傅|老人)")


def other_person(text: str, subject: str) -> bool:
    """Whether a statement names a person (李大爷) where the claim's subject is another
    (郭大爷) and it does not name that one: 李大爷最终被骗金额达8万元 is not 郭大爷's 5万余元."""
    theirs = _PERSON.search(subject)
    if theirs is None or theirs[0] in text:
        return False
    return any(m[1] != theirs[1] for m in _PERSON.finditer(text))


#: a part of an index scored on its own (生态分项指数, a sub-index)
_SUB_INDEX = re.compile(r"分项指数|分指数|子指数|\bsub-?indexe?s?\b|\bsub-?indices\b",
                        re.IGNORECASE)


def sub_index_for_index(text: str, claim_text: Callable[[], str]) -> bool:
    """Whether a statement gives its figure for a sub-index (2021年北京生态高质量发展分项指数
    达到0.98) where the claim's metric and quote (``claim_text``, read only then) give the
    index itself (高质量发展指数…0.960)."""
    return _SUB_INDEX.search(text) is not None and _SUB_INDEX.search(claim_text()) is None


#: a percentage by which something changed in English, said without "by" (occupancy rose
#: 90%, up 12%; not rose to 90%, up to 90%, made up 26.3%)
_PERCENT_CHANGE_EN = re.compile(
    r"\b(?:grew|rose|increased|climbed|jumped|fell|dropped|declined|decreased|down"
    r"|(?<!made )(?<!make )(?<!makes )(?<!making )(?<!taken )(?<!took )up)"
    rf"\s+(?:by\s+)?{_QUALIFIER_EN}$", re.IGNORECASE)
#: a digest's plus sign before a percentage: a change (同比+10.7%, YoY +5%)
_PLUS_BEFORE = re.compile(r"[+＋]\s*$")
#: a level's verb right before a figure in a quote (入驻率达90%, 为35%, 达到; 占全国的; a share
#: of a whole, 完成总工程量的60%)
_LEVEL_BEFORE = re.compile(r"(?:达到|达|为|是|占[\u4e00-\u9fff]{0,12}?|总[\u4e00-\u9fff]{1,6}的)"
                           r"(?:约|近|超过|超|逾)?\s*$")


def change_for_level(text: str, start: int, unit: str | None, metric: str,
                     quoted: Quoted) -> bool:
    """Whether a statement's amount is by how much something changed (2022年…增长10万亿元;
    *grew by more than 1,100*) where the claim's is a level no change's verb comes before in
    its quote (合计10万亿元; 突破1100家): another thing, whatever the values. So is a
    percentage (入驻率增长90%; *occupancy rose 90%*; a digest's 同比+10.7%) where the claim's
    is the level of a rate or a share its quote gives with a level's verb (一期企业入驻率
    达90%; 占全国10.7%) and its metric is no rate of change (增速, 增长率)."""
    percent = unit == "%"
    if percent and _RATE_WORDS.search(metric) or not percent and unit in _RATIO_UNITS:
        return False
    english = _PERCENT_CHANGE_EN if percent else _BY_HOW_MUCH_EN
    if not (_BY_HOW_MUCH.search(text, max(0, start - 8), start)
            or english.search(text, max(0, start - 24), start)
            or percent and _PLUS_BEFORE.search(text, max(0, start - 2), start)):
        return False
    found = quoted()
    if found is None:
        return False
    read, figure = found
    if percent:
        before = read.text[max(0, figure.start - 18) : figure.start]
        return _LEVEL_BEFORE.search(before) is not None and not _CHANGED.search(before)
    return figure.figure.unit not in _RATIO_UNITS and not _CHANGED.search(
        read.text, max(0, figure.start - 8), figure.start)


#: a verb by which a body issues a document or takes a decision (出台《…》), and with
#: ``lists`` one by which it publishes a list or a title too (公布…名单, 认定); the words
#: between a body and such a verb that are not the body's (联合, 正式, 近日)
_ISSUES = re.compile("出台|印发|颁布|制定|签署|批复|发布|主持召开|主办")
#: the verbs of holding a meeting: only a body's name before them is an issuer (国家发改委地区司
#: 主持召开…研讨会; not 习近平在河北主持召开…座谈会)
_HELD = frozenset({"主持召开", "主办"})
_ISSUES_OR_LISTS = re.compile(_ISSUES.pattern + "|公布|认定|公示|授予")
_ISSUE_ADVERBS = re.compile(r"(?:联合|共同|正式|近日|日前|先后|相继|专门|研究|已|于|再次|首次)+$")
_ISSUE_OPENING = re.compile(r"^.*?(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|[，,。；;：:])")
#: how the name of a body that issues something ends (发展改革委, 国务院, 宝坻区)
_BODY_END = re.compile(r"(?:委|局|厅|部|院|办|司|政府|委员会|中心|集团|公司|区|市|省|县|镇|会)$")
#: the character pairs many bodies' names share (国家发改委, 国家旅游局): no sign of the same
_SHARED_BODY_PAIRS = frozenset({"国家", "中央", "中国", "全国", "人民", "政府"})


def issued_by(text: str, *, lists: bool = False) -> tuple[str, str] | None:
    """The body that issues what a text dates or counts, printed right before the verb, and
    the verb (2022年11月，宝坻区出台《…》: 宝坻区, 出台; with ``lists``, 科技部火炬中心公布了…名单
    too, and only a body whose name ends as one's does), outside a document's title; None
    where none is printed."""
    from jjjcli.places import gazetteer

    for match in (_ISSUES_OR_LISTS if lists else _ISSUES).finditer(text):
        before = text[: match.start()]
        if before.count("《") > before.count("》"):
            continue  # (a verb in a title)
        clause = before
        while (cut := _ISSUE_OPENING.match(clause)) is not None and cut.end() < len(clause):
            clause = clause[cut.end() :]
        body = _ISSUE_ADVERBS.sub("", clause.strip()).removeprefix("由")
        # (what is issued, before its verb: 《…》印发, 规划纲要印发, is no body; nor, for a
        # list's verbs, what only names a place: …注册京冀地区用户420家，发布…)
        if "《" in body or "》" in body or not (
                _BODY_END.search(body) or (not lists and match[0] not in _HELD
                                           and gazetteer().find(body))):
            return None  # (nor a person, or a person at a place, who chairs a meeting)
        return body, match[0]
    return None


def issuer_of(text: str) -> str | None:
    """The body of issued_by."""
    found = issued_by(text)
    return found[0] if found else None


def other_issuer(mine: str | None, theirs: str | None) -> bool:
    """Whether a statement has another body (``mine``: issuer_of its words) issue what the
    claim's quote dates or counts (``theirs``): the quote's 宝坻区 is not the statement's
    天津市发展改革委 (a body inside the place around it), nor another place, nor 工业和信息化部
    科技部火炬中心; the same place, or a body of it, with its government's name or without
    it (宝坻区教育局, 宝坻区人民政府), or a short form of the name (工信部, 国家发改委), is the
    same."""
    from jjjcli.places import gazetteer

    if not mine or not theirs or _short_for(mine, theirs):
        return False
    known = gazetteer()
    own_places = known.find(mine)
    their_places = known.find(theirs)
    if not own_places or not their_places:
        return not (bigrams(mine) & bigrams(theirs)) - _SHARED_BODY_PAIRS
    # the place each names first: a body of the same place is the same issuer's
    return own_places[0].place.key != their_places[0].place.key


def _short_for(one: str, other: str) -> bool:
    """Whether one name is the other or a short form of it, its characters in order in the
    other (科技部 of 科技部火炬中心, 工信部 of 工业和信息化部, 国家发改委 of 国家发展改革委)."""
    short, whole = sorted((one, other), key=len)
    rest = iter(whole)
    return all(character in rest for character in short)


#: a multiple of a level against a year, not a change: 是2013年的10倍 (the year between 是 and
#: 的 right before it), and in English the year after it in its clause (ten times the 7.12
#: billion yuan of 2013, three times the 2014 figure)
_LEVEL_MULTIPLE_ZH = re.compile(r"是[^，。；,;]{0,12}?((?:19|20)\d{2})\s*年[^，。；,;]{0,12}的\s*"
                                r"(?:约|近|超过|超|逾)?\s*$")
_LEVEL_MULTIPLE_EN = re.compile(r"\s+(?:the|that\s+of|those\s+of)\b(?:[^,;:.]|\.(?=\d)){0,60}?"
                                r"\b((?:19|20)\d{2})\b", re.IGNORECASE)


def level_for_growth(text: str, start: int, end: int, unit: str | None,
                     claim_year: int | None, quoted: Quoted) -> bool:
    """Whether a statement's multiple is of a level against a year (是2013年的10倍多; *more
    than ten times the 7.12 billion yuan of 2013*) where the claim's quote gives a growth by
    a multiple, a change's verb before it, over another year than that one (2023年增长近1.1倍,
    over 2022): another thing, whatever the values. Against the year before the claim's, the
    two say one thing (是2022年的1.1倍 is no 增长1.1倍)."""
    if unit != "倍":
        return False
    said = (_LEVEL_MULTIPLE_ZH.search(text, max(0, start - 40), start)
            or _LEVEL_MULTIPLE_EN.match(text, end))
    if said is None or (claim_year is not None and int(said[1]) == claim_year - 1):
        return False
    found = quoted()
    if found is None:
        return False
    read, figure = found
    return bool(_CHANGED.search(read.text, max(0, figure.start - 8), figure.start))


#: the whole a share in a quote is of, after the figure it is a share of (…32.4万个,
#: 占本地区移动电话基站总数的31.4%: 移动电话基站总数), its place (本地区, 全国) aside
_WHOLE_AFTER = re.compile(r"占(?:本地区|本市|全国|全市|全省|全区)?([\u4e00-\u9fff]{4,12}?)的")


def whole_of_share(words: str, quoted: Quoted) -> bool:
    """Whether a statement's figure's own ``words`` name the whole of a share the claim's
    quote gives after the claim's figure, which its own words do not name: 京津冀移动电话
    基站总数超百万个 is not 5G基站32.4万个 of …占本地区移动电话基站总数的31.4%."""
    if "占" in words:
        return False
    found = quoted()
    if found is None:
        return False
    read, figure = found
    theirs = normalize(figure.words)
    stop = SENTENCE_BREAK.search(read.text, figure.end)
    # (the share right after the figure, in its sentence: no other figure between)
    between = min((o.start for o in read.figures if o.start >= figure.end),
                  default=len(read.text))
    return any(m.group(1) in words and m.group(1) not in theirs
               and m.start() <= between
               for m in _WHOLE_AFTER.finditer(read.text, figure.end,
                                              stop.start() if stop else len(read.text)))


#: a thing done wholly (全面形成, 全部完成) and a thing done in part (基本形成, 初步建成)
_WHOLLY = re.compile(r"全面|全部|完全|彻底")
_IN_PART = re.compile(r"基本|初步|部分|大部|雏形|初显|初具|初见")
#: a lead clause a figure may stand in, whose sentence says what was done after it (经过6年
#: 多的规划建设，雄安新区…已全面建成)
_LEAD_CLAUSE = re.compile(r"[经历]过|历经|通过")
#: a thing under way (加速形成, 正在建设, 稳步推进): not done yet
_UNDER_WAY = re.compile(r"加速|加快|正在|逐步|稳步|推进|推动")


def other_degree(text: str, start: int, end: int, quoted: Quoted) -> bool:
    """Whether a statement's figure is of a thing done wholly (its clause says 全面, 全部…)
    and the claim's of one done in part (基本, 初步… in its clause, no 全面), or a thing
    said done (已形成) and the claim's under way (加速, 正在…, nothing done): …交通圈已全面形成
    is neither 1—1.5小时交通圈基本形成 nor …交通圈加速形成. A figure in a lead clause (经过6年多
    的规划建设) is held to its sentence's next clauses: …已全面建成 is not …雏形初显."""
    own = clause_around(text, start, end)
    lead = _LEAD_CLAUSE.match(own) is not None
    if lead:  # (its sentence's next clause says what was done)
        own = to_sentence_end(text, start)
    wholly, done = _WHOLLY.search(own) is not None, done_said(own)
    if not (wholly or done):
        return False
    found = quoted()
    if found is None:
        return False
    read, figure = found
    theirs = (to_sentence_end(read.text, figure.start) if lead
              else clause_around(read.text, figure.start, figure.end))
    if _WHOLLY.search(theirs):
        return False
    return (wholly and _IN_PART.search(theirs) is not None) or (
        _UNDER_WAY.search(theirs) is not None and not done_said(theirs))


def to_sentence_end(text: str, start: int) -> str:
    """``text`` from the clause ``start`` is in to its sentence's end."""
    end = SENTENCE_BREAK.search(text, start)
    return back_to(text, start) + text[start : end.start() if end else len(text)]


#: the places of the region by their names and short forms, and a direction between
#: them (北京向天津、河北输出, 津冀对北京): what goes from where to where
_PLACE_KEYS = {"北京": "京", "天津": "津", "河北": "冀", "雄安": "雄", "津冀": "津冀",
               "京冀": "京冀", "京津": "京津"}
_PLACE_NAME = re.compile("|".join(_PLACE_KEYS))
_PLACE = rf"(?:{_PLACE_NAME.pattern})(?:市|省|新区)?"
_PLACES = rf"({_PLACE}(?:[、和与及]{_PLACE})*)"
_DIRECTION = re.compile(rf"{_PLACES}(?:(?:流向|输往|向|对){_PLACES}"
                        # (河北在京就业农民工: Hebei's, working in Beijing)
                        r"|在([京津冀])(?![京津冀]))")


def _direction(text: str, end: int) -> tuple[frozenset[str], frozenset[str]] | None:
    """The last direction between places in ``text`` before ``end``, in its sentence:
    (from, to) as one-character keys (北京向天津、河北: 京 and 津冀; 河北在京: 冀 and 京)."""
    found = list(_DIRECTION.finditer(back_to(text, end, SENTENCE_BREAK)))
    if not found:
        return None

    def keys(names: str) -> frozenset[str]:
        return frozenset("".join(_PLACE_KEYS[m.group(0)] for m in _PLACE_NAME.finditer(names)))

    last = found[-1]
    return keys(last.group(1)), keys(last.group(2)) if last.group(2) else frozenset(last[3])


def other_direction(text: str, start: int, quoted: Quoted) -> bool:
    """Whether a statement's figure goes the other way between places than the claim's
    (天津、河北向北京 for 北京向天津、河北's 748.7亿元; 北京对津冀 for 津冀对北京's 1.1万户)."""
    found = _in_both(_direction(text, start), quoted,
                     lambda read, figure: _direction(read.text, figure.start))
    if found is None:
        return False
    own, theirs = found
    return bool(own[0] & theirs[1]) and bool(own[1] & theirs[0]) and not own[0] & theirs[0]


#: firms (or projects, bodies) of a place right before a figure, a bound word between
#: (已入驻河北本地企业超过100家, 入住北京企业36家): where what it counts come from
_FROM_PLACE = re.compile(rf"({_PLACE_NAME.pattern}|[京津冀])(?:市|省)?(?:本地|当地|籍)?"
                         r"(?:企业|公司|机构|项目)(?:达到|达|超过|超|近|约|共|有)?$")


#: where what a figure counts came from, right after it (约3.5万家来自北京) or moved in from,
#: before it in its clause (承接京津转入基本单位达到4.48万家)
_FROM_AFTER = re.compile(rf"(?:家|个|项|所)?(?:均|都)?来自({_PLACE_NAME.pattern}|[京津冀])")
_MOVED_IN = re.compile(rf"({_PLACE_NAME.pattern}|[京津冀]{{1,2}})(?:转入|迁入|转移|疏解|流入)"
                       r"[\u4e00-\u9fff]{0,8}?(?:达到|达|超过|超|近|约|共|有)?$")


def _origin(text: str, start: int, end: int) -> tuple[frozenset[str], bool] | None:
    """The places (one-character keys) what a figure counts came from, by _FROM_PLACE,
    _FROM_AFTER or _MOVED_IN, and whether they are firms' of the place (_FROM_PLACE); None
    where none says."""
    firms = _FROM_PLACE.search(text, 0, start)
    found = firms or (_FROM_AFTER.match(text, end)
                      or _MOVED_IN.search(text, max(0, start - 16), start))
    if found is None:
        return None
    return frozenset(_PLACE_KEYS.get(found[1], found[1])), firms is not None


def other_origin(text: str, start: int, end: int, quoted: Quoted) -> bool:
    """Whether a statement's figure counts firms (projects, units) from a place, and the
    claim's figure counts those from other places, or from none its quote names
    (河北本地企业36家 is neither the quote's 北京企业36家 nor its 共入驻企业60家, where 河北 is
    not named; 约3.5万家来自北京 is not the 4.48万家 京津转入)."""
    own = _origin(text, start, end)
    if own is None:
        return False
    found = quoted()
    if found is None:
        return False
    read, figure = found
    mine, firms = own
    theirs = _origin(read.text, figure.start, figure.end)
    if theirs is None:
        # (firms: their place may come after, 2500余家北京企业, or nowhere; what moved in
        # from a place, 承接北京转移项目, is the quote's 承接疏解项目 whose place it leaves out)
        return firms and not any(key in read.text for key in mine)
    return mine != theirs[0]


#: what a difference is measured against, right before it (比旅游人次年均增速高, 高于全国
#: 平均水平): the words after 比, 高于, 低于… up to the figure
_AGAINST = re.compile(r"(?:比|较|高于|低于|高出|低出|超出|快于|慢于)([\u4e00-\u9fff]{2,14}?)"
                      r"(?:高出|低出|高|低|快|慢|多|少)?(?:了|约|近|超过|超)?$")


def _against(before: str) -> str | None:
    found = _AGAINST.search(back_to(before, len(before)))
    return found[1] if found else None


def other_against(text: str, start: int, quoted: Quoted) -> bool:
    """Whether a statement's difference (个百分点) and the claim's are measured against two
    things, each named right before its figure and sharing no pair of words beyond the
    claim's (比旅游人次年均增速高3.93个百分点 is not 高于全国平均水平2个百分点以上)."""
    found = _in_both(_against(text[:start]), quoted,
                     lambda read, figure: _against(read.text[: figure.start]))
    if found is None:
        return False
    own, theirs = found
    if own in theirs or theirs in own:
        return False
    return not bigrams(own) & bigrams(theirs) - _MEASURE_WORDS


#: pairs that say how a difference is measured, not against what (平均水平, 增速): two
#: things named with them are not the same thing for that
_MEASURE_WORDS = frozenset({"平均", "增速", "水平"})


#: a thing finished or in use (建成, 竣工, 投用, 开学, 通车): what a start does not say
_FINISHED = re.compile(r"建成|竣工|完工|落成|投用|投入使用|投运|投入运营|投产|开学|启用|开通|"
                       r"通车|开业|开园|交付|迁入")
#: a thing begun or only decided (开工, 动工, 开工建设, 奠基, 签约; 确定…建设, 选址已确定):
#: it may be far from finished
_BEGUN = re.compile(r"开工|动工|开建|启动建设|奠基|签约|开始建设|确定[^，。；,;]{0,12}建设|选址")


def clause_around(text: str, start: int, end: int,
                  breaks: re.Pattern[str] = CLAUSE_BREAK) -> str:
    """The clause a figure at ``start``–``end`` stands in: back to the last clause mark
    before it, on to the next one after it (with other ``breaks``, those)."""
    after = breaks.search(text, end)
    return back_to(text, start, breaks) + text[start : after.start() if after else len(text)]


def to_clause_end(text: str, start: int, end: int, *, figure: bool = True) -> str:
    """The sentence of the figure at ``start``–``end`` up to the end of its clause (without
    ``figure``, the figure left out, a ``|`` in its place): what a name or a count said
    before a figure in its sentence may be of."""
    after = CLAUSE_BREAK.search(text, end)
    return (back_to(text, start, SENTENCE_BREAK) + (text[start:end] if figure else "|")
            + text[end : after.start() if after else len(text)])


def _their_clause(quoted: Quoted) -> str | None:
    """The clause the claim's figure stands in, in its quote as read (None where the
    reader does not find it there)."""
    found = quoted()
    if found is None:
        return None
    read, figure = found
    return clause_around(read.text, figure.start, figure.end)


def other_stage(text: str, start: int, end: int, quoted: Quoted) -> bool:
    """Whether a statement's figure is of things finished or in use (its clause says 建成,
    竣工, 开学, 投用…) and the claim's of things begun (its clause in the quote says 开工,
    动工, 签约… and nothing finished): 4所高校雄安校区已于2023年开学 is not
    4所…校区已正式开工建设."""
    if _FINISHED.search(clause_around(text, start, end)) is None:
        return False
    theirs = _their_clause(quoted)
    return (theirs is not None and _BEGUN.search(theirs) is not None
            and _FINISHED.search(theirs) is None)


#: English words of a thing done (has completed, put into operation) and of one under way
#: (is pushing, still under construction, yet to): a stage the claim's English gives
_STAGE_DONE_EN = re.compile(r"\b(?:completed|finished|relocated|moved\s+in|put into "
                            r"(?:use|operation)|went into (?:use|operation)|fully "
                            r"(?:built|completed|achieved|realised|realized|formed))\b",
                            re.IGNORECASE)
_UNDER_WAY_EN = re.compile(r"\b(?:pushing|promoting|implementing|under construction|being "
                           r"built|yet to|in progress|under ?way|planned|plans?"
                           # (decided on: confirmed to build, sites selected)
                           r"|confirmed\s+to\s+build|sites?\s+(?:had\s+been\s+|have\s+been\s+)?"
                           r"(?:selected|chosen|confirmed)"
                           r"|(?:taken|taking|take|takes) shape"
                           # (building begun: Construction has started on…, broke ground)
                           r"|construction\s+(?:has\s+|had\s+)?(?:started|began|begun)"
                           r"|(?:started|began|begun|starts?)\s+construction|broke\s+ground)\b",
                           re.IGNORECASE)


def stage_apart_en(said: str, english: str) -> str | None:
    """How an English statement's stage and the claim's English differ: "completed" where
    the statement says done and the claim's English only under way (has completed five
    … projects, for Hebei is pushing five …), "under way" the other way round (still
    under construction and yet to go into operation, for has been completed and put into
    operation); None where they do not."""
    done, under_way = _STAGE_DONE_EN.search(said), _UNDER_WAY_EN.search(said)
    theirs_done = _STAGE_DONE_EN.search(english)
    theirs_under_way = _UNDER_WAY_EN.search(english)
    if done and not under_way and theirs_under_way and not theirs_done:
        return "completed"
    if under_way and not done and theirs_done and not theirs_under_way:
        return "under way"
    return None


def part_said(text: str) -> bool:
    """Whether a text (a claim's subject) names a phase or a part of a zone or a project
    (_PART: 京津合作示范区一期起步区, 行政办公区二期)."""
    return _PART.search(text) is not None


#: an English text naming a phase or a part of one (first-phase, Phase II, the start-up
#: area), or a Chinese gloss of one (_PART)
_PART_EN = re.compile(r"\bphases?\b|\bstart(?:ing)?[- ]up\b|\blaunch\s+area\b|\bstage\b|"
                      r"[一二三四首]期|起步区|启动区", re.IGNORECASE)


def part_said_en(text: str) -> bool:
    """Whether an English statement names a phase or a part of a zone or a project."""
    return _PART_EN.search(text) is not None


#: a phase or a part of a zone or a project, named after it (京津合作示范区一期起步区, 科技园
#: 一期, 二期工程, 启动区)
_PART = re.compile(r"(?<![第\d])[一二三四五六七八九十]期|起步区|启动区")


def part_of_subject(text: str, start: int, end: int, subject: str,
                    quoted: Quoted) -> str | None:
    """The phase or part of a claim's subject a statement's figure is of, named right after
    the subject in the figure's clause, where the quote's sentence names none before its
    figure's clause ends (other_phase tells two phases apart): 京津合作示范区一期起步区
    占地38平方公里 is not the source's 38平方公里 of the whole 京津合作示范区. None where
    there is none."""
    clause = clause_around(text, start, end)
    at = clause.find(subject) if subject else -1
    part = _PART.match(clause, at + len(subject)) if at >= 0 else None
    if part is None:
        return None
    found = quoted()
    if found is None:
        return None
    read, figure = found
    return None if _PART.search(to_clause_end(read.text, figure.start, figure.end)) else part[0]


#: where a figure's things are, as a reach (在全国范围内, 在京津冀区域内, 全市各地)
_REACH = re.compile(r"(全国|全球|全省|全市|全区|(?:(?![在于向])[\u4e00-\u9fff]){2,4}?)"
                    r"(?:地区|区域)?(?:范围内|区域内|地区内|境内|各地)")


def other_reach(text: str, start: int, end: int, quoted: Quoted) -> bool:
    """Whether a statement's figure and the claim's each say where their things are, as
    a reach (在全国范围内, 在京津冀区域内), and the reaches differ: 天津港在全国范围内设立40余个
    直营店 is not 在京津冀区域内设立40余个."""
    if _ORDER.match(text, start):
        mine = _rank_reach(text, start)
        found = quoted() if mine else None
        if found is not None:
            read, figure = found
            theirs_place = _rank_reach(read.text, figure.start)
            if theirs_place is not None and theirs_place != mine:
                return True  # 北京市首个…项目 is not the quote's 天津市首个
    own = _reaches(clause_around(text, start, end))
    if not own:
        return False
    clause = _their_clause(quoted)
    theirs = _reaches(clause) if clause else set()
    return bool(theirs) and not own & theirs


def located_part_or_whole(text: str, start: int, end: int, quoted: Quoted) -> bool:
    """Whether a statement's figure and the claim's each say in what place their things
    are set up (在河北设分支机构, 在津冀设立分支机构: _SET_UP_IN, the last before the figure
    in its sentence) or where they go (输出到天津的, 流向津冀的: _FLOWS_TO), and one place
    holds the other: a part's count is not the whole's, and neither contradicts the other
    (中关村企业在河北设分支机构约7000家 is not 在津冀设立分支机构超1万家; 北京输出到天津的技术
    合同成交额 is not 流向津冀的)."""
    mine = _set_up_in(back_to(text, start, SENTENCE_BREAK))
    if not mine:
        return False
    found = quoted()
    if found is None:
        return False
    read, figure = found
    theirs = _set_up_in(back_to(read.text, figure.start, SENTENCE_BREAK))
    if not theirs or mine == theirs:
        return False
    from jjjcli.places import gazetteer

    places = gazetteer()
    if places.covered(mine) == places.covered(theirs):
        return False  # (津冀 is 天津、河北)
    return (all(any(places.contains(t, m) for t in theirs) for m in mine)
            or all(any(places.contains(m, t) for m in mine) for t in theirs))


#: a place where things are set up, right before the verb (在河北设分支机构, 在津冀设立)
_SET_UP_IN = re.compile(r"在([^，,。；;、在]{1,8}?)(?:新设立|设立|新设|开设|设|布局|落户|注册)")


#: and where things go, right after the verb of their going (输出到天津的, 流向津冀的) or
#: before it (向天津、河北输出)
_FLOWS_TO = re.compile(r"(?:输出|流向|流入|转移|输送|销往)(?:到|至|向)?([^，,。；;、]{1,8}?)的"
                       r"|向([^，,。；;]{1,8}?)(?:输出|转移|输送)")


def _set_up_in(before: str) -> set[str]:
    """The gazetteer's keys of the places the last _SET_UP_IN or _FLOWS_TO of ``before``
    names."""
    from jjjcli.places import gazetteer

    found = [*_SET_UP_IN.finditer(before), *_FLOWS_TO.finditer(before)]
    if not found:
        return set()
    last = max(found, key=lambda m: m.start())
    return {n.place.key for n in gazetteer().find(last.group(last.lastindex or 1))}


#: where a thing is shared, recognised or done, right before the verb (在三地共享, 在全国
#: 推广): a reach too
_SHARED_IN = re.compile(r"在(全国|全球|全省|全市|京津冀|三地|三省市|两地)(?:范围内)?"
                        r"(?=共享|通用|互认|通办|推广|复制|实施|应用)")
#: names of one reach (三地 is 京津冀)
_SAME_REACH = {"三地": "京津冀", "三省市": "京津冀"}


def _reaches(clause: str) -> set[str]:
    """The reaches a clause gives (_REACH, _SHARED_IN), each by one name."""
    found = [m.group(1) for m in _REACH.finditer(clause)]
    found += [m.group(1) for m in _SHARED_IN.finditer(clause)]
    return {_SAME_REACH.get(r, r) for r in found}


#: which time or batch a thing is (首次, 第二次, 首批, 第三批, 第二轮, 再次): the number, and
#: what it counts
_OCCASION = re.compile(r"(首|再|第\s*([一二三四五六七八九十两\d]+))\s*(次|批|轮)")
#: 再次: some time after the first, which one unsaid
_AGAIN = 0


def _occasions(text: str) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for m in _OCCASION.finditer(text):
        if m[1] == "首":
            number = 1
        elif m[1] == "再":
            number = _AGAIN
        elif m[2].isdigit():
            number = int(m[2])
        else:
            try:
                number = int(chinese_to_number(m[2]))
            except ValueError:  # (FigureError: 第二3次 is no number)
                continue
        found.setdefault(m[3], set()).add(number)
    return found


def _same_occasion(one: int, other: int) -> bool:
    if _AGAIN in (one, other):
        return 1 not in (one, other)
    return one == other


def occasions_clash(said: str, quoted: str) -> bool:
    """Whether a statement's words and a quote's say which time or batch a thing is (首次,
    第二次, 首批, 第二批, 再次) and no number either gives of one counter is the other's:
    2021年北京市空气质量第二次全面达标 (or 再次) is not the quote's 首次全面达标, 第二批23家园区
    not its 首批."""
    own = _occasions(said)
    if not own:
        return False
    theirs = _occasions(quoted)
    return any(not any(_same_occasion(a, b) for a in own[counter] for b in theirs[counter])
               for counter in own.keys() & theirs.keys())


#: which one in English: an ordinal and the word it counts (for the second time, the first
#: batch, the second session, the first national forest city)
_OCCASION_EN = re.compile(
    rf"\b({'|'.join(EN_ORDINALS)}|\d+(?:st|nd|rd|th))[\s\-]+([a-z][a-z']*)", re.IGNORECASE)
#: words after an ordinal that are not what it counts
_NOT_COUNTED_EN = frozenset({"of", "and", "or", "in", "on", "at", "to", "the", "a", "an", "for",
                             "with", "by", "from", "than", "as", "is", "was", "were", "are"})


def _occasions_en(text: str) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for m in _OCCASION_EN.finditer(text):
        word, counted = m[1].lower(), m[2].lower()
        if counted in _NOT_COUNTED_EN:
            continue
        counted = english_words(counted)[0]  # (batches and batch are one)
        number = EN_ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        found.setdefault(counted, set()).add(number)
    return found


def occasions_clash_en(said: str, quoted: str) -> bool:
    """occasions_clash in English, for an ordinal and the word after it: *for the second
    time* is not the claim's *for the first time*, *the second batch* not its *first
    batch*, *the second session of the 14th CPPCC National Committee* not its *first*."""
    own = _occasions_en(said)
    if not own:
        return False
    theirs = _occasions_en(quoted)
    return any(own[counter].isdisjoint(theirs[counter])
               for counter in own.keys() & theirs.keys())


def other_occasion(text: str, start: int, end: int, quoted: Quoted) -> bool:
    """Whether a statement's figure and the claim's are of two times or batches of a thing,
    each said in the figure's clause (第二批23家园区 is not the source's 首批23家园区):
    occasions_clash."""
    own = _without_figure(text, start, end)
    if _OCCASION.search(own) is None:
        return False
    # (the quote's whole sentence: 首次 may be said of the event its figure's clause counts,
    # 联合举办首次…培训班,…,对1.1万余名…开展培训)
    found = _in_both(own, quoted, lambda read, figure: _without_figure(
        read.text, figure.start, figure.end, SENTENCE_BREAK))
    return found is not None and occasions_clash(*found)


#: one batch: the first (首批) or a numbered one (第三批, 第三批次)
_ONE_BATCH = re.compile(r"(?:首|第\s*[一二三四五六七八九十两\d]+)\s*批次?")
#: a count of batches, two or more (先后5批, 三批次, 分两批): what follows is their total
_BATCHES = re.compile(
    r"(?<![第首\d一二三四五六七八九十两])(?:[二三四五六七八九十两][一二三四五六七八九十]*|[2-9]|"
    r"\d{2,})\s*批次?")


def one_batch_of_several(text: str, start: int, quoted: Quoted) -> tuple[str, str] | None:
    """The batch a statement gives its figure for, named before it in its sentence
    (第一批就推出了203项, 在第三批次市级赋权中…承接了308项), and the batches the claim's
    quote gives it for together, counted before it in its sentence and none named alone
    (先后推出5批共203项, 先后三批次承接308项): (第三批次, 三批次); None where either is not
    so."""
    return _in_both(batch_before(text, start), quoted,
                    lambda read, figure: _several_batches(
                        back_to(read.text, figure.start, SENTENCE_BREAK)))


def batch_before(text: str, start: int) -> str | None:
    """The last batch named alone (首批, 第三批次) before the figure at ``start``, in its
    sentence."""
    said = [m[0] for m in _ONE_BATCH.finditer(back_to(text, start, SENTENCE_BREAK))]
    return said[-1] if said else None


def _several_batches(before: str) -> str | None:
    found = _BATCHES.search(before)
    return found[0] if found and not _ONE_BATCH.search(before) else None


def _without_figure(text: str, start: int, end: int,
                    breaks: re.Pattern[str] = CLAUSE_BREAK) -> str:
    """The clause (or with SENTENCE_BREAK the sentence) of the figure at ``start``–``end``,
    the figure left out (第二批 may be the figure itself: an order, which its value
    decides)."""
    after = breaks.search(text, end)
    return f"{back_to(text, start, breaks)}|{text[end : after.start() if after else len(text)]}"


#: the whole a rank, a share or a comparison is within, as a word names it (全国第一,
#: 占全省的, 高于全球平均): the country, the world, Asia, a province, a city, a district
_SCOPES = (("全国", "我国", "国内", "全中国"), ("全球", "世界"), ("亚洲",), ("全省", "省内"),
           ("全市", "市内"), ("全区",))
_SCOPE = re.compile("|".join(w for words in _SCOPES for w in words if w != "全区")
                    + "|全区(?!域)")  # (京津冀全区域 is the region, not a district)
_SCOPE_OF = {w: words[0] for words in _SCOPES for w in words}


def _scopes(text: str) -> set[str]:
    return {_SCOPE_OF[m[0]] for m in _SCOPE.finditer(text)}


def other_scope(text: str, start: int, end: int, quoted: Quoted) -> bool:
    """Whether a statement's figure and the claim's are ranked, shared or compared within
    two wholes, each named in the figure's clause and none the other's (综合算力指数跃居全省
    第一 is not the source's 全国第一; 在全省总收入中的占比…24.3% not its 全国; 全球首个 not
    全国首个)."""
    own = _scopes(clause_around(text, start, end))
    if not own:
        return False
    theirs = _their_clause(quoted)
    return theirs is not None and own.isdisjoint(_scopes(theirs)) and bool(_scopes(theirs))


#: a numbered class (of water: Ⅱ类水质; of land, of a port), in Roman numerals
_CLASS = re.compile(r"(?<![A-Za-z])(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|Ⅵ|IV|VI|V|I{1,3})\s*类")
_CLASS_DIGIT = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6,
                "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}


def _classes(clause: str) -> set[int]:
    return {_CLASS_DIGIT[m.group(1)] for m in _CLASS.finditer(clause)}


#: an order counted from the end (倒数第一, 倒数第三): right before the figure
_FROM_THE_END = re.compile(r"倒数\s*$")


def from_the_end(text: str, start: int, quoted: Quoted) -> bool:
    """Whether one of a statement's order (第一 at ``start``) and the claim's is counted
    from the end (倒数第一) and the other not: 综合算力指数跃居全国倒数第一 is not the
    quote's 跃居全国第一."""
    found = quoted()
    if found is None:
        return False
    read, figure = found
    own = _FROM_THE_END.search(text[max(0, start - 4) : start]) is not None
    theirs = _FROM_THE_END.search(read.text[max(0, figure.start - 4) : figure.start])
    return own != (theirs is not None)


def other_class(text: str, start: int, end: int, quoted: Quoted) -> bool:
    """Whether a statement's figure and the claim's are each of a numbered class, and the
    classes differ: 2个断面水质年均保持Ⅲ类水质 is not the quote's …保持Ⅱ类水质."""
    own = _classes(clause_around(text, start, end))
    if not own:
        return False
    clause = _their_clause(quoted)
    theirs = _classes(clause) if clause else set()
    return bool(theirs) and not own & theirs


#: words that narrow what a figure counts to the firms above a size (规上, 规模以上) or below
#: it (规模以下, 规下), by the side they name
_SIZE_CLASS = re.compile(r"(?P<above>规上|规模以上|限上|限额以上|above[- ]designated[- ]size"
                         r"|above[- ]scale)|(?P<below>规下|规模以下|限下|限额以下"
                         r"|below[- ]designated[- ]size|below[- ]scale)", re.IGNORECASE)


def _size_classes(text: str) -> set[str]:
    return {m.lastgroup or "" for m in _SIZE_CLASS.finditer(text)}


def narrower_count(said: str, quoted: Quoted) -> bool:
    """Whether a statement's figure is of the firms above a size or below it (``said``, its
    words as compare reads them, say 规上, 规模以上, 规模以下…) and the claim's is not of
    them (its quote's sentence up to the figure, and the figure's clause, say no such word,
    or the other side's): 京津冀规上工业企业研发投入1270亿元，研发投入强度约为1.6% is not the
    region's 研发投入强度4.25%, nor 规模以下工业企业研发经费 the region's 研发经费投入."""
    own = _size_classes(said)
    if not own:
        return False
    found = quoted()
    if found is None:
        return False
    read, figure = found
    theirs = back_to(read.text, figure.start, SENTENCE_BREAK) + clause_around(
        read.text, figure.start, figure.end)
    return not own & _size_classes(theirs)


#: words that say what a figure counts is firms or industry (工业企业, 规上工业, companies)
_FIRMS = re.compile(r"企业|工业|公司|厂|firms?\b|compan(?:y|ies)|enterprises?|industr",
                    re.IGNORECASE)


def wider_count(said: str, unit: str | None, metric: str, quoted: Quoted) -> bool:
    """Whether the claim's amount is of the firms above a size or below it (its figure's
    own clause says 规模以上… before any 占: not a share's whole) and the statement's words
    (``said``: up to the figure, and its clause) say nothing of firms or industry at all:
    京津冀研发经费投入达1270亿元 is the region's spending, not its 规模以上工业企业研发经费投入's
    1270亿元 (工业企业研发经费 may be said of those firms without their size). A share or a
    change (%, 个百分点) is not held to it: its clause may leave what it is of to the
    sentence. Only a claim whose ``metric`` names a size class is read (most are not)."""
    if (unit in ("%", "个百分点") or not _SIZE_CLASS.search(metric)
            or _SIZE_CLASS.search(said) or _FIRMS.search(said)):
        return False
    found = quoted()
    if found is None:
        return False
    read, figure = found
    theirs = clause_around(read.text, figure.start, figure.end).split("占")[0]
    return _SIZE_CLASS.search(theirs) is not None


#: words of leaving a band of ranks (退出…后十名, 跌出前十)
_LEFT_RANKS = re.compile("退出|跌出|走出|摘掉|摆脱|脱离")


def left_ranks(text: str, start: int, end: int, quoted: Quoted) -> bool:
    """Whether a statement's figure, a band of ranks (后十名, 前十), is one its clause says
    was left and the claim's not, or the other way: 邯郸…排名后十名 is not the quote's
    邯郸成功退出…后十名 (the one is in the band, the other out of it)."""
    theirs = _their_clause(quoted)
    if theirs is None:
        return False
    own = clause_around(text, start, end)
    return (_LEFT_RANKS.search(own) is None) != (_LEFT_RANKS.search(theirs) is None)


#: a figure that is an order (首个, 第一家, 首批)
_ORDER = re.compile(r"首|第[一二三四五六七八九十\d]")


def _rank_reach(text: str, start: int) -> str | None:
    """The place an order is in, printed right before it (天津市首个, 全国第一, 我国第一个,
    北京平原地区首个): the gazetteer's key; None where no place stands there."""
    from jjjcli.places import gazetteer

    before = text[max(0, start - 12) : start]
    trimmed = before.rstrip("的")
    trimmed = re.sub(r"(?:地区|区域|范围内)$", "", trimmed)
    found = [n for n in gazetteer().find(trimmed) if n.end == len(trimmed)]
    return found[-1].place.key if found else None


#: English words that give a figure as a total so far (since 2014, in total, so far) or
#: over a span (from 2021 to 2023, 2021-2023)
_TOTAL_EN = re.compile(r"\b(?:so far|since|total|totals|totalled|totaled|cumulative|"
                       r"cumulatively|in all|altogether|to date|as of|over the past|"
                       r"in the past|by the end of|from \d{4} to|between \d{4} and)\b|"
                       r"\d{4}\s*[-–—]\s*\d{4}", re.IGNORECASE)


def as_a_total_en(text: str) -> bool:
    """Whether English words give a figure as a total so far (since, in total, so far)."""
    return _TOTAL_EN.search(text) is not None


#: a numbered line (of a metro, a railway, a bus): 22号线, M101线, 17号线
_LINE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{0,2}\d+)\s*号?线")


def numbered_lines(text: str) -> set[str]:
    """The numbers of the lines a text names (17 of 北京地铁17号线, M101 of M101线)."""
    return {m[1].upper() for m in _LINE.finditer(text)}


def other_line(lines: set[str], quoted: str) -> bool:
    """Whether a statement naming numbered lines (``lines``: numbered_lines) names none of
    those its claim's subject and quote (``quoted``) number (22号线平谷段): another line's
    figure is not its."""
    theirs = numbered_lines(quoted) if lines else set()
    return bool(theirs) and not lines & theirs


#: an edition's metric that names the event it is the edition of by its verb (启动大会届次:
#: the conference the contest was launched at)
_EDITION_OF = re.compile(r"^([\u4e00-\u9fff]{2})(?:大会)?届次$")


def other_event(text: str, metric: str) -> bool:
    """Whether a statement's edition (第三届) may be of another event than a claim's whose
    metric names its event by a verb (启动大会届次): the statement does not say that verb
    (…第三届北京网络视听艺术大会上…揭晓结果, …的圆桌对话环节 are not the 第二届 the contest
    was launched at)."""
    edition = _EDITION_OF.match(metric)
    return edition is not None and edition[1] not in text


#: an event a statement sets what it says at (在2023京津冀数字经济国际合作对接会上, 2023中关村
#: 论坛上发布的…): its name, which ends in a kind of event, before 上 or 期间
_EVENT_KINDS = ("大会|峰会|论坛|博览会|交易会|推介会|对接会|洽谈会|发布会|年会|展览会|研讨会|"
                "座谈会|交流会|招商会|开幕式|闭幕式")
_EVENT = re.compile(rf"(?:^|[在于，,。；;：:])\s*([\u4e00-\u9fff（）()·—A-Za-z0-9]{{2,30}}?"
                    rf"(?:{_EVENT_KINDS}))(?:上|期间)")
#: what comes before an event's name and is not its name (its year, its edition)
_EVENT_LEAD = re.compile(
    r"^(?:在|于)?(?:\d{4}年?|首届|第[一二三四五六七八九十\d]+届|本届|此次|这次)*")


def events_named(text: str) -> list[str]:
    """The events a statement sets what it says at (在…对接会上, …论坛上发布的, 记者从…论坛上
    获悉), by name, without their year or edition (京津冀数字经济国际合作对接会 of 在2023
    京津冀数字经济国际合作对接会上)."""
    names = (_EVENT_LEAD.sub("", re.sub(r"^.*[从在]", "", m[1]))
             for m in _EVENT.finditer(text))
    return [n for n in names if len(n) >= 4]


#: what a statement's first clause does after naming what it is about: its verb, a
#: preposition, a time (中冶迈克|从最初的8名员工…, 中科拜克|已从6人…); no character that
#: is as often inside a word (共 of 公共, 为 of 作为, 有 of 拥有)
_AFTER_LEAD = ("从|自|已|在|于|将|的|累计|目前|今年|去年|连续|通过|实现|达到|成为|建成|开展|"
               "推出|发布|研发|吸引|落户|入驻|举办|完成|签约|新增|拥有|带动|共有|共计|入选|"
               "获评|荣获|获得|当选|担任|先后|相继|已经|正在|首次|再次|正式|一直|持续")
_LEAD = re.compile(rf"([\u4e00-\u9fff]{{2,16}}?)(?={_AFTER_LEAD})")
#: what comes before a statement's lead and is not it: a year, 截至…, 据…
_BEFORE_LEAD = re.compile(
    r"^(?:\d{4}年(?:\d{1,2}月)?(?:底|末|以来)?[，,]?|截至\S*?[，,]|目前[，,]?|据\S*?[，,])")
#: words that make a lead a description, a pronoun or a place, not a name (一家企业, 该公司,
#: 全市, 近十年, a speaker's 我们), and a list (戴斌等)
_NOT_A_NAME = re.compile(r"企业|公司|项目|园区|地区|全市|全区|我国|全国|三地|城市|政府|部门|记者|"
                         r"大型|小型|他们|她们|大家|[一二三四五六七八九十百千万两该本这其此各每多数等我你咱]")


def lead_name(text: str) -> str | None:
    """The name a statement's first clause opens with, as what it is about, if it is a
    name: two to ten Chinese characters before the clause's verb or preposition (中冶迈克
    of 中冶迈克从最初的8名员工发展到近百人), or up to sixteen ending with a body's kind
    (国家新能源汽车技术创新中心), not a description (一家企业), a pronoun (该公司), a list
    (戴斌等) or a time (近十年)."""
    found = _LEAD.match(_BEFORE_LEAD.sub("", text))
    if found is None or _NOT_A_NAME.search(found[1]) or (
            len(found[1]) > 10 and not (found[1].endswith("中心") or body_kind(found[1]))):
        return None
    return found[1]


#: the kind of body a name ends with, which makes a name that holds a place a body's
#: (唐山港口集团, 天津医科大学), not the place's
_BODY_KIND = re.compile(r"(?:集团|公司|大学|学院|医院|银行|研究院|研究所|协会|联盟|中学|小学)$")


def body_kind(name: str) -> bool:
    """Whether a name ends with the kind of body it names (唐山港口集团: a company)."""
    return _BODY_KIND.search(name) is not None


def abridges(name: str, text: str) -> bool:
    """Whether ``text`` prints ``name`` or a longer name it abridges: its characters in
    order within twice its length and two (中科院 in 中国科学院, 北大 in 北京大学)."""
    if name in text:
        return True
    span = 2 * len(name) + 2
    for start in (m.start() for m in re.finditer(re.escape(name[0]), text)):
        at = start
        for character in name[1:]:
            at = text.find(character, at + 1, start + span)
            if at < 0:
                break
        else:
            return True
    return False
