"""Dated events in prose: which words of a sentence tell what happened on a date, how a
name is written short, and the verbs the metric vocabulary gives an event.

compare checks a date that is the fact (于2016年9月设立) against the date claims
(facts/claims/dates/). To find the claim, it needs three things this module reads:

- the **event text** of a date: the clauses of the sentence it governs. A date that opens a
  sentence (2014年2月26日，习近平…主持召开座谈会，听取…汇报) governs all of it; in
  2018年A开通，2019年B通车 each date has its own clause, and the clauses that follow it up
  to the next date's;
- a **name form** in which the short and the full name of a body meet: brackets and dashes
  dropped (中国（北京）自由贸易试验区 → 中国北京自贸区, 天津滨海—中关村科技园), the short forms
  in official use (自贸试验区, 自由贸易试验区 → 自贸区; 中国人民政治协商会议 → 政协; 人民代表
  大会 → 人大), 第 before an ordinal dropped (第十四届 → 十四届);
- the **verbs** of an event's metric: its name without 时间 and its aliases in
  facts/metrics.toml without 时间/日期 (揭牌时间 with the alias 挂牌时间: 揭牌, 挂牌).

Pure functions on strings; the caller normalises (full width, traditional characters).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from jjjcli.figures import Figure, chinese_to_number

#: what parts two clauses besides punctuation: an arrow (a slide's 2014.6 成立领导小组 → 2019.6
#: 组建工作组 is two events, one after the other) and a comparison's vs (1985年…成立 vs 1987年…
#: 举办), its spaces matched from their first, so a long run of them is read once; the
#: statement reader's clauses end there too (reading._CLAUSE_END)
CLAUSE_BREAKS = r"[→⟶➔➡]|(?<!\s)\s+(?i:vs)\.?\s+"
#: where a clause ends
CLAUSE_STOPS = re.compile(rf"[，,；;：:。！？!?]|{CLAUSE_BREAKS}")

#: characters that only frame a name: brackets, quotation marks, dashes, spaces
_FRAMING = re.compile(r"[（）()《》〈〉「」『』【】“”‘’\"'—–\-－·・\s]+")

#: short forms of names in official use, the longest first: (written, form compared)
SHORT_FORMS: tuple[tuple[str, str], ...] = (
    ("中国人民政治协商会议", "政协"),
    ("自由贸易试验区", "自贸区"),
    ("自贸试验区", "自贸区"),
    ("人民代表大会", "人大"),
    ("自由贸易", "自贸"),
)

#: an ordinal's 第 (第十四届, 第二次)
_ORDINAL = re.compile(r"第(?=[一二三四五六七八九十百0-9])")

_CJK = re.compile(r"[\u3400-\u9fff]")


def name_form(text: str) -> str:
    """``text`` (normalised) in the form names are compared in: framing dropped, short
    forms for long ones, no 第 before an ordinal."""
    text = _FRAMING.sub("", text)
    for written, short in SHORT_FORMS:
        text = text.replace(written, short)
    return _ORDINAL.sub("", text)


#: what a company's name ends in, left out when it is named short (旗滨节能玻璃公司 for
#: 天津旗滨节能玻璃有限公司)
_COMPANY = re.compile(r"(?:股份)?有限(?:责任)?公司$|集团$|公司$")
#: what a bracket holds in a name: a place (元一(天津)生物科技有限公司), left out when named short
_BRACKETED = re.compile(r"[（(][^（）()]{1,8}[）)]")


def name_parts(subject: str, places: Iterable[str] = ()) -> list[str]:
    """The ways a statement may name ``subject`` (normalised): the whole; each body it
    names when it names several (市委常委会扩大会议和全市领导干部会议; 北海幼儿园、史家小学、
    北京四中三所“交钥匙”援建学校 — at least four characters: 京津冀及周边地区… is one body);
    and a company without its legal form, the place in its brackets or before it
    (元一生物科技 for 元一(天津)生物科技有限公司; ``places`` are the place names printed
    in the subject)."""
    parts = [p for p in re.split("[和、]", subject) if len(_FRAMING.sub("", p)) >= 4]
    names = [subject, *parts] if len(parts) > 1 else [subject]
    if _COMPANY.search(subject):
        short = _COMPANY.sub("", _BRACKETED.sub("", subject))
        for place in sorted(places, key=len, reverse=True):
            if short.startswith(place):
                short = short[len(place) :]
                break
        if len(short) >= 3:
            names.append(short)
    return names


#: a numbered part of a name: 一期, 二期, 第二批, 首批, 十四届, 新一轮, 二次会议; a ring road
#: (五环至六环)
_NUMBERED = re.compile(r"([一二三四五六七八九十首0-9]+)(期|批|届|轮|环|次)")


def numbers_clash(subject: str, text: str) -> bool:
    """Whether ``text`` numbers a part of a name otherwise than ``subject`` does: 一期 for
    the claim on 行政办公区二期, 首批 for one on 第二批, 四环至五环 for 五环至六环, 十四届三次会议
    for 十四届二次会议 (the same counter, another number, and not the subject's own)."""
    own = {(m[1], m[2]) for m in _NUMBERED.finditer(subject)}
    if not own:
        return False
    return _numbered_apart(own, {(m[1], m[2]) for m in _NUMBERED.finditer(text)}) is not None


#: a scheme's name in numbers (“1+5”合作框架协议, “2+4+N”产业合作格局, 1+3+N)
_SCHEME = re.compile(r"(?<![\d.])\d+(?:\+(?:\d+|[Nn]))+")


def scheme_apart(text: str, quote: str, subject: str) -> str | None:
    """A scheme's name in numbers that ``text`` (in name form) gives to a thing of the kind
    ``subject`` (in name form) is, where ``quote`` (normalised) does not print it: the
    statement's 营商环境“1+5”合作框架协议 is not the quote's 环境保护率先突破合作框架协议 nor
    its 旅游合作协议 (the name after the scheme ends as the subject does, in its last two
    characters; not “4+N”功能承接平台 beside 规划纲要, another thing of the sentence); None
    where there is none."""
    if "+" not in text:
        return None
    for m in _SCHEME.finditer(text):
        name = _CJK_RUN.match(text, m.end())
        if m[0] not in quote and name is not None and name[0].endswith(subject[-2:]):
            return m[0]
    return None


#: the region's places by their initials, or how many places, doing a thing together
#: (京冀联合设立, 京津冀三地共同发布, 津冀携手; 兴隆6地联合发行)
_TOGETHER = re.compile(r"(?:([京津冀雄]{2,4})|(?<![\d一二三四五六七八九十])"
                       r"([一二两三四五六七八九十]|\d{1,2})(?=地))(?:[一二两三四五六七八九十\d]?地)?"
                       r"(?:联合|共同|携手|合作)")


#: a thing done by one alone (由北京单独发布), and how many places a quote has do it (三地)
_ALONE = re.compile(r"单独|独自")
_PLACES_COUNTED = re.compile(r"(?<![\d一二三四五六七八九十])[两三四五六七八九十]地"
                             r"(?=[\u4e00-\u9fff])")


def together_apart(text: str, quote: str) -> tuple[str, str] | None:
    """Which of the region's places, or how many, a statement says did a thing together
    and which the claim's quote says (京津冀三地联合设立 against 京冀联合设立; 四地联合发行
    against 6地联合发行; 单独 against 三地): (the statement's, the quote's) where they
    differ, else None."""
    own = _TOGETHER.search(text)
    if own is None:
        alone = _ALONE.search(text)
        together = _TOGETHER.search(quote) or _PLACES_COUNTED.search(quote)
        # (由北京单独发布, where the source has 三地梳理并发布)
        return (alone[0], together[0]) if alone and together else None
    theirs = _TOGETHER.search(quote)
    if theirs is None:
        return None
    if own[1] and theirs[1]:
        return None if set(own[1]) == set(theirs[1]) else (own[1], theirs[1])
    if own[2] and theirs[2] and _count(own[2]) != _count(theirs[2]):
        return own[0], theirs[0]
    return None


def _count(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else int(chinese_to_number(numeral))


def _numbered_apart(mine: set[tuple[str, str]], theirs: set[tuple[str, str]]
                    ) -> tuple[str, str] | None:
    """A number and counter of ``mine`` that ``theirs`` does not hold, and the other number
    it gives that counter (numbers_clash, counts_clash): 八省市 and 十省市; None where there
    is none."""
    return next(((number + unit, o_number + unit) for number, unit in mine
                 for o_number, o_unit in theirs
                 if unit == o_unit and number != o_number and (number, unit) not in theirs),
                None)


#: a count a name holds: of provinces and cities (北方十省市旅游联合会), of a list's items
#: (六大产业, 六大跨区域产业链图谱: the two characters after 大 name what is counted), of the
#: years a plan gives itself (三年内…21项重点任务)
NAMED_COUNTS = re.compile(r"(?<![第\d])([一二三四五六七八九十两]+|\d+)"
                           r"(省区市|省市区|省市|大[\u4e00-\u9fff]{2}|年内)")


def counts_clash(said: str, quote: str) -> tuple[str, str] | None:
    """How a statement's words count what a name or a list holds, and how a claim's quote
    counts it otherwise (北方八省市旅游联合会 for the quote's 北方十省市旅游联合会, 五大产业 for
    its 六大产业): the same thing counted, another number, and not the quote's own too.
    As (the statement's, the quote's), 五大产业 and 六大产业; None where they agree."""
    own = {(m[1], m[2]) for m in NAMED_COUNTS.finditer(said)}
    if not own:
        return None
    return _numbered_apart(own, {(m[1], m[2]) for m in NAMED_COUNTS.finditer(quote)})


def another_of_its_kind(subject: str, text: str) -> bool:
    """Whether ``text`` (in name form) names another of what ``subject`` (in name form)
    is: it holds the subject's beginning and its longest ending of KIND_ENDING characters
    or more, with other words between them (京津冀商务协同专题工作组 for the subject
    京津冀文旅协同专题工作组) — two to KIND_MIDDLE characters each, no particle, neither in
    the other. A name said otherwise before its ending (国家燃料电池汽车示范城市群 for
    京津冀…, 出台实施意见 for 关于…的实施意见, 莱伯泰科的…项目 for 莱伯泰科新建…项目) is
    not another. Nor is a water the subject opens with named otherwise (密云水库上游… for
    the subject 官厅水库上游…: _WATER)."""
    if subject in text:
        return False
    water = _WATER.match(subject)
    if water and water[0] not in text and any(
            m[2] == water[2] and m[1] not in subject for m in _WATER.finditer(text)):
        return True
    for cut in range(1, len(subject) - KIND_ENDING + 1):
        at = text.find(subject[cut:])
        if at < 0:
            continue
        for k in range(cut - 1, 0, -1):  # the longest beginning first
            begin = text.rfind(subject[:k], max(0, at - cut - KIND_MIDDLE), at)
            if begin < 0:
                continue
            theirs, own = text[begin + k : at], subject[k:cut]
            return (2 <= len(theirs) <= KIND_MIDDLE and 2 <= len(own) <= KIND_MIDDLE
                    and bool(_CJK_RUN.fullmatch(theirs + own))
                    and not _JOINING.search(theirs + own)
                    and theirs not in subject and own not in text)
        return False
    return False


#: a reservoir or river by its name (官厅水库, 永定河; not 河北, 河南): one is not another
_WATER = re.compile(r"([\u4e00-\u9fff]{2,3}?)(水库|河)(?![北南东西道湖长])")
#: the shortest ending of a name taken for what it is (高速公路, 专题工作组)
KIND_ENDING = 4
#: the most characters the words setting it apart may have (商务, 文旅)
KIND_MIDDLE = 4
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
#: words that join the parts of a name rather than tell one apart
_JOINING = re.compile(r"[的之与和及]")


def _clause_start(text: str, position: int) -> int:
    return max((m.end() for m in CLAUSE_STOPS.finditer(text, 0, position)), default=0)


def event_text(text: str, start: int, end: int, dates: Sequence[tuple[int, int]], *,
               told: bool = False) -> str:
    """The words of ``text`` that tell the event dated by the date at ``start:end`` (the
    sentence's dates are ``dates``, spans), the date itself cut out (a ``|`` in its place):
    its clause and the clauses after it up to the next date's; and, when no date comes
    before it, the clauses before it (北京常住人口增长率明显下降，2017年开始出现负增长). A
    date in brackets dates what the brackets say (The aim (set in January 2019) was for
    every poor county … to shed the label by 2020: set, not shed). With ``told``, the words
    that tell its event: from one date's event to another's in one clause, not those of
    the date before it (从2018年升格设立到2023年不再保留: 升格设立 is 2018's; they may still
    name what both are of, 从2016年申请创建示范区到2021年完成终期评估)."""
    opened = max(text.rfind("(", 0, start), text.rfind("（", 0, start))
    if opened >= 0 and max(text.rfind(")", opened, start), text.rfind("）", opened, start)) < 0:
        closes = [at for at in (text.find(")", end), text.find("）", end)) if at >= 0]
        said = text[opened + 1 : start] + "|" + text[end : min(closes)] if closes else ""
        if len(re.findall(r"\w", said)) >= 2:  # (a date alone in brackets dates what is
            return said  # around them: 上升为国家战略（2014年2月26日）以来)
    own = _clause_start(text, start)
    later = [s for s, _e in dates if s >= end and _clause_start(text, s) > own]
    earlier = [s for s, _e in dates if s < start and _clause_start(text, s) < own]
    stop = min((_clause_start(text, s) for s in later), default=len(text))
    begin = own if earlier else 0
    cut = start
    if told:
        cut = next((s for s, _e in dates if s < start and _clause_start(text, s) == own
                    and _FROM_TO.fullmatch(text, max(own, s - 1), start)), start)
        # (and the first date's words stop at the 到: 从2018年设立到不再保留)
        to = _FROM_TO.match(text, max(own, start - 1))
        if to is not None and to.end() - 1 < stop:
            stop = to.end() - 1
    return text[begin:cut] + "|" + text[end:stop]


#: from a date and its event to another date (从2018年升格设立到…): the 从 before the first,
#: the event's words after it, and 到 before the second
_FROM_TO = re.compile(r"[从自](?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?[^，,；;。]*?\w[到至]")


def event_verbs(metric: str, aliases: Iterable[str] = ()) -> tuple[str, ...]:
    """The words that name the event of a date metric: its name without 时间 and its
    Chinese aliases without 时间/日期 (揭牌时间, 挂牌时间 → 揭牌, 挂牌; a target's too:
    通车时间目标 → 通车), two characters or more; the English aliases as they are
    (unveiled). A word of founding brings the others (FOUNDING_VERBS)."""
    verbs: list[str] = []
    for word in (metric, *aliases):
        if _CJK.search(word):
            word = re.sub("(?:时间|日期)(?:目标)?$", "", word)
            if len(word) < 2:
                continue
        verbs.append(word)
        if word in FOUNDING_VERBS:
            verbs.extend(FOUNDING_VERBS)
    return tuple(dict.fromkeys(verbs))


#: the words reporters use alike for a body's or a park's coming into being: a metric's
#: event told by one of them is told by all (天津滨海—中关村科技园于2016年9月成立, where the
#: claim's metric is 设立时间; an office set up, where it is 成立时间)
FOUNDING_VERBS = ("设立", "成立", "建立", "组建", "founded", "established", "set up", "formed")


def with_period_year(figure: Figure, period: str) -> Figure:
    """A date printed without its year (3月4日, 4日) with the year of its claim's period
    (the date's year, facts/README.md), so that 2023年3月 is another date than 3月4日 of
    a 2024 claim; any other date as it is."""
    if figure.value >= 10_000 or not re.fullmatch(r"\d{4}", period):
        return figure
    year = int(period) * 10_000
    high = None if figure.high is None else figure.high + year
    return Figure(figure.raw, figure.value + year, figure.unit, figure.qualifier, high)


def with_month_before(figure: Figure, quote: str, paragraph: str) -> Figure:
    """A day printed without its month (这是12日下午) with the month, and year, of the last
    date before it in its paragraph that prints one (2023年5月11日至12日…这是12日下午 is
    5月12日); any other date, or one whose quote is not found in ``paragraph``, as it is."""
    if not 0 < figure.value < 100:
        return figure
    from jjjcli.figures import find_dates

    text, said = "".join(paragraph.split()), "".join(quote.split())
    start = text.find(said)
    at = said.find("".join(figure.raw.split()))
    if start < 0 or at < 0:
        return figure
    months = [d.figure for d in find_dates(text[: start + at])
              if (d.figure.high or d.figure.value) // 100 % 100]
    if not months:
        return figure
    base = int(months[-1].high or months[-1].value) // 100 * 100
    high = None if figure.high is None else base + figure.high
    return Figure(figure.raw, base + figure.value, figure.unit, figure.qualifier, high)


#: English words that say nothing of which event a date is of
_EN_NOISE = frozenset(
    "a an the of in on at to and or was were is are be been by for with its it that this "
    "as from has had have which who their there than then also into over after before "
    "date year month day january february march april may june july august september "
    "october november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "officially formally first during".split())


def english_event_words(text: str) -> set[str]:
    """The words of an English event text (or a claim's ``en``) that tell the event, stemmed
    as search stems them (founded, unveiled, zone, beijing), short forms spelt out (NEVs:
    new, energy, vehicle); no numbers, no dates."""
    from jjjcli.search import english_words, short_forms_out

    return {w for w in short_forms_out(english_words(text.lower()))
            if w not in _EN_NOISE and len(w) > 1 and not any(ch.isdigit() for ch in w)}


def english_names(text: str) -> set[str]:
    """The capitalised words of an English text, stemmed: the names it gives (Beijing,
    Shanghai, Xi, Jingxiong), which a claim's English must give too to be about the same."""
    opening = _OPENING_PARTICIPLE_EN.match(text)
    if opening is not None:
        text = text[opening.end() :]  # (Launched in April 2023, … : no name)
    capitalised = " ".join(w for w in re.findall(r"\b[A-Z][A-Za-z'’-]*", text)
                           if w.lower() not in _NOT_NAMES_EN)
    return english_event_words(capitalised)


#: the English past participles that tell an event (launched, set up, held): a participle's
#: clause after a sentence's subject (jjjcli.dating), or one opening the sentence
PARTICIPLES_EN = r"(?:[a-z]+ed|built|set\s+up|begun|held|made)"
#: a participle opening a sentence (Launched in April 2023, …; Founded in 2021, …; Live
#: since…): capitalised as a sentence's first word is, no name
_OPENING_PARTICIPLE_EN = re.compile(rf"\s*(?=[A-Z])(?i:{PARTICIPLES_EN}|live|online)\b")


#: capitalised words that name no one: a sentence's first word (During, On, Since) and
#: a title before a name (President Xi: Xi is the name)
_NOT_NAMES_EN = frozenset(
    "during on in at by since after before from when while as following amid over under "
    "with the a an last this earlier later according president premier chairman "
    "general secretary vice mayor governor minister chief director".split())


#: a run of capitalised words, as a body's or a park's English name is printed (Jing-Jin
#: Zhongguancun Science City, Yutian Economic Development Zone)
_NAME_RUN_EN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
#: a name with its place-made noun in lower case after the (the Houhu park): as a name
_NAMED_LOWER_EN = re.compile(
    r"(?<=\b[Tt]he\s)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:park|zone|port|base|campus)\b")
#: the words after a place's name that make it the place's full name (Binhai New Area)
_PLACE_WORDS_EN = frozenset(
    "new area district county city town village province municipality".split())
#: the last word of a name that says it is a body, a place made or an event, not a person
#: (Xi Jinping is in the English of claims about many subjects)
BODY_NOUNS_EN = frozenset(
    "city park zone area town district county village port railway line station airport "
    "hospital university college school institute academy centre center company group "
    "corporation bureau commission committee office council ministry department "
    "association alliance forum expo fair olympics paralympics games project base "
    "cluster corridor canal river lake reservoir island tower plan program programme "
    "campus platform laboratory lab".split())


@lru_cache(maxsize=1024)
def place_words_en(text: str) -> frozenset[str]:
    """The words of the places English ``text`` names (search.english_words), with the
    words after each that make its full name (Xiong'an New Area, Tongzhou District:
    _PLACE_WORDS_EN): kept per text (compare asks for a statement's on each claim it
    weighs)."""
    from jjjcli.places import gazetteer
    from jjjcli.search import english_words, normalize

    printed = []
    for named in gazetteer().find_english(text):
        printed.append(named.printed)
        for word in text[named.end :].split():
            word = word.strip(",.;:!?'’").lower()
            if word not in _PLACE_WORDS_EN:
                break
            printed.append(word)
    return frozenset(english_words(normalize(" ".join(printed))))


#: a possessive's 's, and what else a name's words drop (Jing-Jin's is jingjin)
_POSSESSIVE_EN = re.compile(r"['’]s\b")
_NOT_NAME_CHARACTER_EN = re.compile(r"[^a-z0-9\s]")
#: the words one name is written in, as analysts and wire copy shorten them (科技城 is a
#: Science City, a Sci-Tech City, a Science and Technology City; ZGC is Zhongguancun)
_NAME_FORMS_EN = ((re.compile(r"\bsci(?:ence)?(?:[\s-]*(?:and|&)[\s-]*|[\s-]*)tech(?:nology)?\b"),
                   "science"),
                  (re.compile(r"\bzgc\b"), "zhongguancun"))


def name_words_en(text: str) -> str:
    """An English text's words as names are compared, one space between them: lower case,
    a possessive's 's, hyphens, apostrophes and other marks dropped, a name's shortened
    words spelled one way (the Jing-Jin Zhongguancun Science City's, the Jing-Jin ZGC
    Sci-Tech City → the jingjin zhongguancun science city)."""
    text = text.lower()
    for pattern, word in _NAME_FORMS_EN:
        text = pattern.sub(word, text)
    return " ".join(_NOT_NAME_CHARACTER_EN.sub("", _POSSESSIVE_EN.sub("", text)).split())


def english_body_names(text: str) -> list[tuple[str, ...]]:
    """The names of bodies, parks and events an English text gives, as their words
    (name_words_en: Jing-Jin is jingjin, so is Jingjin):
    runs of capitalised words of two words or more (or one and a place-made noun after
    the: the Houhu park), with a word the gazetteer does not
    know as a place and a last word that names a body (BODY_NOUNS_EN), the sentence's
    opening article left off; not a place the gazetteer knows (Xiong'an New Area)."""
    from jjjcli.places import gazetteer

    places = gazetteer()
    found = []
    for m in itertools.chain(_NAME_RUN_EN.finditer(text), _NAMED_LOWER_EN.finditer(text)):
        words = name_words_en(m.group(0)).split()
        while words and words[0] in {"the", "in", "by", "at", "on", "of", "a", "an"}:
            words = words[1:]
        named = places.find_english(m.group(0))
        if named and not (set(m.group(0)[named[-1].end:].lower().split())
                          - _PLACE_WORDS_EN):
            continue  # a place's own name (Xiong'an New Area, Tongzhou District)
        if (len(words) >= 2 and words[-1] in BODY_NOUNS_EN
                and not all(places.find_english(w.capitalize()) for w in words[:-1])):
            found.append(tuple(words))
    return found
