"""The places a statement names, and which claims' subjects may speak to it.

`jjj compare` weighs a claim against a statement only when the claim's subject is a place
(or body) the statement allows: one it names (天津港口… names 天津市), one inside a place it
names of which it says more (通州组团 for 北京自贸试验区通州组团), not one beside it (a 天津市
claim says nothing of 河北省's figure), not a part for the whole country alone (全国's figure
is not 京津冀's), and not through alike words when the statement names another place before
its figure (天津 for 北京's 18766.7亿元: :meth:`PlaceScope.swapped`).

A :class:`PlaceScope` is made once per knowledge base (its subjects' names and places are
worked out once) and told each statement in turn (:meth:`PlaceScope.begin`); what it works
out for a statement is kept until the next.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from jjjcli.kb import Claim
from jjjcli.kinds import CLAUSE_BREAK
from jjjcli.places import ONE_CHARACTER_PROVINCES, THERE, TOWNS, gazetteer, short_name
from jjjcli.reading import LIST_GAP, SHORT_PLACES, StatedFigure, item_of
from jjjcli.search import Document, bigrams, normalize
from jjjcli.text import blanked
from jjjcli.values import tally

_CJK_CHAR = re.compile("[\u4e00-\u9fff]")
_CJK_RUN = re.compile("[\u4e00-\u9fff]+")
#: the words before a place that something goes to (至天津、河北, 到雄安, 向北京)
_BOUND_FOR = re.compile(r"(?:至|到|往|向|赴)(?:[\u4e00-\u9fff]{2,4}[、和])*$")
_SUBJECT_SUFFIXES = ("特别行政区", "自治区", "新区", "地区", "市", "省", "区", "县")

_SUBJECT_ALIASES = {
    "京津冀": ("京津冀", "三地", "三省市"),
    "北京城市副中心": ("北京城市副中心", "城市副中心", "副中心"),
    # (the sources' short name; not the gazetteer's: 滨海新区核心区 is another)
    "首都功能核心区": ("首都功能核心区", "首都核心区", "核心区"),
}


def core_name(subject: str) -> str:
    """A subject without its 市/省/区/县… (北京市 → 北京; 雄安新区 → 雄安; not 新区 alone)."""
    for suffix in _SUBJECT_SUFFIXES:
        if subject.endswith(suffix) and len(subject) > len(suffix) + 1:
            return subject[: -len(suffix)]
    return subject


#: a development zone's section named by its own two characters, which names it alone
#: (玉田经济开发区后湖园区: 后湖园区; not 中关村科技园 or 生物医药产业园, which name others)
_ZONE_SECTION = re.compile(r"(?:开发区|高新区)(\w{2}园区)$")


def subject_names(subject: str, prefixes: Sequence[str] = (),
                  defined: Sequence[str] = ()) -> tuple[str, ...]:
    """The words that name ``subject`` in a statement.

    The subject itself, its core without 市/省/区/县… (北京市 → 北京), its aliases (京津冀 →
    三地), the short names the sources define for it (``defined``: defined_names), and,
    for a district of a city or province (one of ``prefixes``: 天津市, 天津 …), the
    district on its own (天津市蓟州区 → 蓟州区, 蓟州; 北京市城六区 → 城六区, 城六), a
    development zone's section on its own (玉田经济开发区后湖园区 → 后湖园区), and a series of
    projects named without 系列 (阿里张北大数据系列项目 → 阿里张北大数据项目).
    """
    names = [subject, core_name(subject), *_SUBJECT_ALIASES.get(subject, ()),
             *_company_names(subject), *defined]
    if section := _ZONE_SECTION.search(subject):
        names.append(section[1])  # (玉田经济开发区后湖园区: 后湖园区)
    if "系列" in subject:
        names.append(subject.replace("系列", ""))  # (阿里张北大数据项目, its 系列 left out)
    for prefix in sorted(prefixes, key=len, reverse=True):
        if prefix != subject and subject.startswith(prefix):
            rest = subject[len(prefix):]
            core = core_name(rest)
            if core != rest and len(core) >= 2:
                names += [rest, core]
            break
    return tuple(dict.fromkeys(names))


#: a short name a source gives what it has just named: 北京莱恩斯新材料科技有限公司（以下简称
#: “莱恩斯”）, 天津滨海—中关村科技园(以下简称"滨海中关村")
_DEFINED = re.compile(r"[(（](?:以下)?简称[“\"]([^”\"()（）]{2,16})[”\"][)）]")

#: how far before its brackets the longest subject a short name is defined for may start
_DEFINED_REACH = 40


#: 简称 in UTF-8: where a source's bytes may define a short name
_DEFINING = "简称".encode()


def _defining_windows(raw: bytes) -> Iterator[str]:
    """The text around each 简称 of a source's bytes, decoded (a character cut at a
    window's edge is dropped): all defined_names reads of it."""
    at = raw.find(_DEFINING)
    while at != -1:
        # (a subject's name before it, three bytes a character; the name defined after)
        yield raw[max(0, at - 4 * _DEFINED_REACH) : at + 80].decode("utf-8", "ignore")
        at = raw.find(_DEFINING, at + 1)


def _abbreviation(subject: str) -> str | None:
    """The one-character names of a subject that lists four places or more, run together
    as the sources write such a list (京雄津保唐 for 北京、雄安新区、天津、保定、唐山: a province
    by its own character, 京 for 北京, any other place by its first); None for another
    subject, or where the run is itself a place's name. (Three are left to the places'
    own reading: 京津雄 opens on 京津, and a figure in a clause after it, 主要城市1至1.5小时,
    is no 京津雄's.)"""
    listed = places_listed(subject)
    if len(listed) < 4:
        return None
    names = [short_name(n.place.name) or n.printed for n in listed]
    run = "".join(_ONE_CHARACTER.get(name, name[0]) for name in names)
    return None if any((n.start, n.end) == (0, len(run)) for n in gazetteer().find(run)) else run


def places_listed(subject: str) -> list[Any]:
    """The places (gazetteer finds) a claim's subject lists, in its order, one after another
    with a list's mark between them (北京、天津、雄安新区); none for a single place, nor a place
    named inside another (天津武清高村数智创新园), nor a body named for places
    (通州区与北三县一体化高质量发展示范区)."""
    text = normalize(subject)
    found = gazetteer().find(text)
    listed = len(found) > 1 and found[0].start == 0 and found[-1].end == len(text) and all(
        LIST_GAP.fullmatch(text, a.end, b.start) for a, b in pairwise(found))
    return found if listed else []


def defined_names(sources: Iterable[bytes], subjects: Iterable[str]) -> dict[str, list[str]]:
    """The short names the sources (their bytes) define for subjects (以下简称“莱恩斯”),
    subject → names: a name the text defines right after a subject's full name, of three
    characters at least (a source's 联盟 or 中心 stands for too much in a statement's
    words); and for a subject listing four places or more, their one-character names run
    together where a source prints them so (京雄津保唐“1小时交通圈”: _abbreviation)."""
    named = set(subjects)  # (as the source prints them: the curation's rule for a subject)
    abbreviated = {subject: _abbreviation(subject) for subject in named if "、" in subject}
    runs = [(short.encode(), short, subject) for subject, short in abbreviated.items()
            if short]
    found: dict[str, list[str]] = {}
    defining = []
    for raw in sources:
        defining += [(text, match) for text in _defining_windows(raw)
                     for match in _DEFINED.finditer(text) if len(match.group(1)) >= 3]
        for printed, short, subject in runs:
            if printed in raw and short not in found.get(subject, ()):
                found.setdefault(subject, []).append(short)
    for text, match in defining:
        before = text[max(0, match.start() - _DEFINED_REACH) : match.start()]
        defined = next((before[start:] for start in range(len(before) - 1)
                        if before[start:] in named), None)
        if defined is not None and match.group(1) not in found.get(defined, ()):
            found.setdefault(defined, []).append(match.group(1))
    return found


def _company_names(subject: str) -> list[str]:
    """The short names a company goes by (元一生物 for 元一(天津)生物科技有限公司, 新松智能
    for 天津新松智能科技有限公司): without its place in brackets, its 有限公司, its 科技, and
    its leading place; none for a subject that is no company."""
    short = _COMPANY_FORM.sub("", _BRACKETED_PLACE.sub("", subject))
    if short == subject:
        return []
    names = [short]
    # (its trade words one after another: 威努特 of 天津威努特信息技术有限公司)
    while names[-1].endswith(_TRADE_WORDS) and len(names[-1]) >= 5:
        names.append(names[-1][:-2])
    for name in list(names):
        lead = next(iter(gazetteer().find(name)), None)
        if lead is not None and lead.start == 0 and len(name) - lead.end >= 3:
            names.append(name[lead.end :])
    return [n for n in dict.fromkeys(names) if len(n) >= 3]


#: the words of a trade a company's name ends in before its 有限公司, two characters each
_TRADE_WORDS = ("科技", "技术", "信息", "网络", "电子", "软件", "数据", "数字", "智能", "生物",
                "医药")


#: a company's legal form at the end of its name, and a place in brackets inside it
_COMPANY_FORM = re.compile(r"(?:股份有限公司|有限责任公司|集团有限公司|有限公司)$")
_BRACKETED_PLACE = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")


#: a company's full name in Chinese characters (up to ten before its 有限公司; a bare 公司
#: is as often "the company")
_COMPANY = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:有限责任公司|股份有限公司|有限公司)")


def _shares(put: str, name: str, *, generic: bool = False) -> bool:
    """Whether what a statement has where a quote names a body is the name shortened: two
    characters of it that say which body (生物医 of 生物医药园 for 生物医药产业园), or its last
    two, the kind of body, next to the quote's words (项目总 of 阿里张北项目总投资 for 阿里张北
    大数据系列项目) — not another name (米汽车 for 奔驰; 产业园 for 现代产业发展试验区: 产业
    says no which; before the kind, as 产业洽谈会 for 产业交流合作对接洽谈会, it does)."""
    kind = name[-2:]
    if put.startswith(kind) or put.endswith(kind):
        return True
    return any(put[i : i + 2] in name and (generic or put[i : i + 2] not in GENERIC_BODY_WORDS)
               for i in range(len(put) - 1))


#: words many bodies' names share: they do not tell one from another
GENERIC_BODY_WORDS = frozenset(
    "产业 项目 科技 园区 工业 发展 中心 公司 集团 有限 技术 创新 建设 示范 国际 高新 现代 "
    "服务 经济 国家 智能 数字 基地 合作 协同".split())


#: the characters of a quote on each side of a body's name that place it in a statement
#: (two are too common: 津冀 of 与津冀创新主体 is not 京津冀协同创新推动专项's 京津冀)
_CONTEXT = 3

#: what joins the places of a subject (北京市至天津市宝坻区, 北京、天津): not its own words
_CONNECTORS = frozenset("至到与和及、—-·")

#: the region's provinces by the one character that names them (在津布局, 京冀), by their
#: short names (北京 for 北京市)
_ONE_CHARACTER = {short: one for one, short in SHORT_PLACES.items()}

#: the gazetteer's key of the whole country (全国, 我国, 中国)
COUNTRY_KEYS = frozenset({"全国"})

#: what follows 全国 when it says where something ranks, not what the figure is of
#: (全国首批全域旅游示范区, 全国领先, 占全国比重 is 全国 then 比重)
_COUNTRY_SCOPE = re.compile(r"\s*(?:首|第|领先|前列|率先|排名|排第|次序|比重|占比|平均|唯一|最|"
                            r"同类|范围内|层面|性|示范|试点)")

#: the words that name the whole country on their own (中国 is often a name's: 中国中化)
_COUNTRY_WORDS = frozenset({"全国", "我国", "全中国", "china", "nationwide", "nationally"})

#: two of the region's one-character names (津冀, 京津, 京冀): both places, not the region
#: (not the 津冀 of 京津冀)
_PAIR_OF_SHORT_NAMES = re.compile("京津(?!冀)|(?<!京)津冀|京冀")

#: a province of the region by its one character (places.Gazetteer.find: 在津, 来京)
_ONE_CHARACTER_THERE = re.compile(f"[{THERE}][{''.join(ONE_CHARACTER_PROVINCES)}]")


#: a place a clause compares with, not what it is about: 与北京、天津的产业疏解不同，广州…;
#: 相比京津冀，珠三角…; Unlike Beijing, Shenzhen…; Compared with the region, the Delta…
_COMPARED_WITH = (
    re.compile(r"(?:^|(?<=[，,；;。：:]))\s*(?:与|和|同|跟)([^，,。；;：:\d]{1,20}?)"
               r"(?:相比|相较|比较|不同|一样|相似|类似|相同|相仿)"),
    re.compile(r"(?:^|(?<=[，,；;。：:]))\s*(?:相较于?|相比于?|比起|不同于|有别于|区别于|对照|较之)"
               r"([^，,。；;：:\d]{1,20})(?=[，,])"),
    re.compile(r"(?:^|(?<=[;.]\s))(?:Unlike|Compared\s+(?:with|to)|In\s+contrast\s+(?:with|to)|"
               r"Like|As\s+with|Similar\s+to|Just\s+like|Relative\s+to)\s+([^,;\d]{2,80}),"),
    # what a figure is set against after it, to the clause's end, no figure in it (…年均增长
    # 10.8%，低于京津冀; 比京津冀慢; slower than in Beijing-Tianjin-Hebei): not whose it is
    re.compile(r"(?:低于|高于|快于|慢于|好于|优于|不及|多于|少于|领先于|落后于)"
               r"([^，,。；;：:\d]{1,20}?)(?:的?(?:平均)?水平|平均|同期)?(?=[，,。；;！!]|$)"),
    re.compile(r"(?<![对相占])比([^，,。；;：:\d]{1,20}?)(?:快|慢|高|低|多|少|好|强|弱)"
               r"(?:了|得多|一些|不少)?(?=[，,。；;！!]|$)"),
    re.compile(r"\b(?:slower|faster|higher|lower|better|worse|greater|smaller|larger|bigger)"
               r"\s+than\s+((?:in\s+|that\s+of\s+|those\s+of\s+|for\s+)?[^,;.\d]{2,60}?)"
               r"(?=[,;.]|$)", re.IGNORECASE),
)


#: the set a thing is ranked in (增速居三地之首, 位列京津冀首位, 在三地中最高): not whose figure
#: it is, nor what it is compared with
_RANKED_IN = (
    re.compile(r"(?:居于?|位居|位列|排名)([^，,。；;：:\d]{1,12}?)(?:之首|首位|第[一二三1-3]位?|前列|榜首)"),
    re.compile(r"(?:在|于)([^，,。；;：:\d]{1,12}?)中(?:居首|最高|最快|最多|排名第一|位列第一)"),
)


@lru_cache(maxsize=1024)
def unranked(text: str) -> str:
    """``text`` with the sets things are ranked in (_RANKED_IN) blanked out, to the same
    length: the places there are not whose figures it gives."""
    return blanked(text, [m.span(1) for pattern in _RANKED_IN
                          for m in pattern.finditer(text)], "\u3000")


@lru_cache(maxsize=1024)
def uncompared(text: str) -> str:
    """``text`` with what a clause compares with (_COMPARED_WITH) blanked out, to the same
    length: the places there are not what the statement is about."""
    return blanked(text, [m.span(1) for pattern in _COMPARED_WITH
                          for m in pattern.finditer(text)], "\u3000")


#: capitalised names in English, one or a list of them (Beijing and Tianjin; the Yangtze
#: River Delta, Beijing and Hebei; a post's Beijing & Tianjin)
_NAME_EN = r"(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
_NAMES_EN = rf"({_NAME_EN}(?:\s*(?:,\s*|\s+and\s+|,\s+and\s+|\s*&\s*){_NAME_EN})*)"
#: where things came from in English, after a verb of moving or taking in (companies
#: transferred from Beijing and Tianjin, has taken in … firms from Beijing, took on … from):
#: not whose figure (any from is not: 42 of them are from Beijing is whose they are)
_CAME_FROM_EN = re.compile(
    r"\b(?:transferred|moved|moving|relocated|relocating|shifted|migrated|came|coming|"
    r"(?:taken|took|takes|taking|take)\s+(?:in|on))"
    rf"(?:\s+[\w,'-]+){{0,6}}?\s+from\s+{_NAMES_EN}")


#: any English names after from (42 of them from Beijing): where a claim's English says
#: things came from, a statement may name the same as theirs
_FROM_EN = re.compile(rf"\bfrom\s+{_NAMES_EN}")


#: a place's name before the firms it counts, as English prints them (Beijing enterprises,
#: Tianjin companies, Beijing-based firms)
_FROM_PLACE_FIRMS_EN = (r"([A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)(?:-based)?\s+"
                        r"(?:companies|company|enterprises|enterprise|firms|firm|businesses)\b")
#: a count of firms with the place they are from before their noun (8 Beijing enterprises,
#: Eight Tianjin companies, 36 Beijing-based firms): the name, right after the count
_ORIGIN_EN = re.compile(rf"^\s*{_FROM_PLACE_FIRMS_EN}")
#: the same in a claim's English, after its count in words or digits
_ORIGIN_IN_EN = re.compile(
    r"(?:\b\d[\d,.]*|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    rf"[a-z]+teen|[a-z]+ty|hundreds|dozens))\s+{_FROM_PLACE_FIRMS_EN}")


def origin_after(text: str, end: int) -> str:
    """The name of the place an English count's firms are from, printed right after it
    (8 Beijing enterprises: Beijing), or ""."""
    m = _ORIGIN_EN.match(text[end:])
    return m[1] if m else ""


def origins_en(text: str) -> str:
    """The names of the places an English text's counts of firms are from (Eight Tianjin
    companies have moved into…: Tianjin), joined."""
    return " ".join(m[1] for m in _ORIGIN_IN_EN.finditer(text))


def named_from(text: str) -> str:
    """The names an English ``text`` gives after from, joined (_FROM_EN)."""
    return " ".join(m[1] for m in _FROM_EN.finditer(text))


#: any English names after in (…new firms in Tianjin and Hebei): where things are put
_IN_EN = re.compile(rf"\bin\s+{_NAMES_EN}")


def named_in_en(text: str) -> str:
    """The names an English ``text`` gives after in, joined (_IN_EN)."""
    return " ".join(m[1] for m in _IN_EN.finditer(text))


def came_from_blanked(text: str) -> str:
    """An English ``text`` with where things came from (_CAME_FROM_EN) blanked out, to the
    same length: Hebei has taken in … companies transferred from Beijing and Tianjin is
    about Hebei."""
    return blanked(text, [m.span(1) for m in _CAME_FROM_EN.finditer(text)], " ")


def by_first_character(pairs: Iterable[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """(word, what it names) pairs by the word's first character (for named_in)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for word, name in pairs:
        if word:
            table.setdefault(word[0], []).append((word, name))
    return table


def named_in(text: str, table: dict[str, list[tuple[str, str]]]) -> set[str]:
    """What the words of ``table`` found in ``text`` name: each word is looked for only
    where a character of the text starts one (not every word of the table in turn)."""
    found: set[str] = set()
    for char in set(text):
        for word, name in table.get(char, ()):
            if name not in found and word in text:
                found.add(name)
    return found


#: a place a statement leaves out of what it counts (除北京外, 除了北京以外, 不含北京, 扣除北京),
#: and in English (excluding Beijing, except for Beijing, other than Beijing)
_EXCLUDED_ZH = re.compile(r"(?:除了|除去|除|不含|不包括|扣除|剔除|而非|而不是)"
                          r"([^，,。；;、（）()]{1,12}?)"
                          r"(?:以外|之外|外|在内)?(?=[，,。；;）)]|$|的|后)")
#: (and a correction's rejected place: …的是天津，而非河北; …, not Hebei)
_EXCLUDED_EN = re.compile(r"(?:\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|"
                          r"not\s+counting|leaving\s+out|rather\s+than|instead\s+of)"
                          r"|,\s*not)\s+((?:[A-Z][\w'’-]*\s*)+)")


@cache
def _a_place(name: str) -> bool:
    """Whether a subject is a place of the gazetteer by its whole name (河北省, not
    河北京车造车基地, which only opens with one)."""
    return any(n.printed == name for n in gazetteer().find(name))


def _outermost(text: str, found: set[str], names: dict[str, tuple[str, ...]]) -> set[str]:
    """The subjects ``found`` in ``text`` but bodies (no place of the gazetteer) named only
    inside the name of another one found, after its start (中关村 in 天津滨海—中关村科技园:
    the park, not 中关村; a place stays: 天津 of the park is still named; and a name that
    begins the longer one stays: 官厅水库上游永定河流域 of its …生态补偿协议)."""
    if len(found) < 2:
        return found
    places = gazetteer()
    spans = {s: [(m.start(), m.start() + len(n)) for n in names.get(s, (s,))
                 for m in re.finditer(re.escape(n), text)] for s in found}
    return {s for s in found if not spans[s] or places.find(s) or not all(
        any(o != s and a < start and end <= b
            for o in found if o != s for a, b in spans[o])
        for start, end in spans[s])}


#: the region's provinces by their short names (北京, 天津, 河北)
_PROVINCES = frozenset(SHORT_PLACES.values())


@cache
def _rest_pieces(subject: str) -> tuple[str, ...]:
    """The pieces of a subject's name outside its places' names, Chinese characters only,
    of two or more (安贞医院, 院区 of 安贞医院通州院区; 奔驰 of 北京奔驰)."""
    pieces = ("".join(_CJK_CHAR.findall(piece)) for piece in _rest_text(subject).split())
    # (a province's short name the gazetteer leaves out, 河北 of 北京通州·河北廊坊…, is a
    # place too)
    return tuple(p for p in pieces if len(p) >= 2 and p not in _PROVINCES)


def _other_place_kind(subject: str, quote: str, text: str) -> bool:
    """Whether a subject whose name ends in a place and the kind of body it is (通州组团 of
    北京自贸试验区通州组团), with the quote printing neither, meets a statement that has
    that kind after two other characters than the place's last two (亦庄组团), which the
    quote does not print either. ``quote`` and ``text`` are their Chinese only."""
    name = "".join(_CJK_CHAR.findall(subject))
    pieces = _rest_pieces(subject)
    if not pieces or len(pieces[-1]) != 2 or not name.endswith(pieces[-1]) or len(name) < 4:
        return False
    kind, own = name[-2:], name[-4:-2]
    if own in pieces or kind in quote:
        return False  # (the kind comes after the name's own words, not after a place)
    for m in re.finditer(re.escape(kind), text):
        said = text[m.start() - 2 : m.end()]
        if m.start() >= 2 and said[:2] != own and said not in quote \
                and not said.startswith(_POINTING + _COUNTING):
            return True
    return False


#: what points back at a body already named (该组团, 本公司) rather than naming another, and
#: what counts bodies of a kind (两组团)
_POINTING = ("该", "本", "这", "其", "此", "各")
_COUNTING = ("两", "三", "四")


#: what a part named among a whole's things follows (签约项目中河北…, 其中，河北…):
#: PlaceScope.part_among
_AMONG = re.compile(r"中[，,]?\s*$")


@cache
def _rest_pairs(subject: str) -> frozenset[str]:
    """The character pairs of a subject's name outside its places' names (中关村科技园 of
    天津滨海—中关村科技园), connectors aside."""
    return frozenset(set().union(*(bigrams(piece) for piece in _rest_text(subject).split()))
                     - _CONNECTORS)


@cache
def _rest_text(subject: str) -> str:
    """A subject's name with its places' names made spaces (天津滨海—中关村科技园 →
    " —中关村科技园"): what _rest_pieces and _rest_pairs read."""
    rest = normalize(subject)
    for found in gazetteer().find(rest):
        rest = rest.replace(found.printed, " ")
    return rest


#: what may come before a figure's words' first place: its year or time, punctuation
_LEADING = re.compile(
    r"^(?:[\s，,、：:（(“\"]|\d{4}年(?:\d{1,2}月)?(?:底|末|以来)?|截至|到|今年|去年|目前)*")


#: the region by its name (two of its three by theirs: _PAIR_OF_SHORT_NAMES)
_THREE = re.compile("京津冀|三地|三省市")
#: and in English: two of the three joined (the Beijing-Tianjin section), and the three
_PAIR_EN = re.compile(r"(?<![\w-])(?:Beijing|Tianjin|Hebei|Jing|Jin|Ji)-"
                      r"(?:Beijing|Tianjin|Hebei|Jing|Jin|Ji)(?![\w-])")
_THREE_EN = re.compile(r"Beijing-Tianjin-Hebei|Jing-Jin-Ji|\bBTH\b|\bthe\s+three\b",
                       re.IGNORECASE)


@lru_cache(maxsize=20_000)  # (a quote is weighed for every figure of every statement)
def _places_in(text: str) -> frozenset[str]:
    """The keys of the places ``text`` names."""
    return frozenset(n.place.key for n in gazetteer().find(text))


def made_up_by(whole: str, keys: Iterable[str]) -> bool:
    """Whether the place ``whole`` has members and ``keys`` name every one of them (天津、河北
    make up 津冀; 北京、天津、河北 make up 京津冀)."""
    members = gazetteer().places[whole].members
    return bool(members) and set(members) <= set(keys)


def spelled_out(subject: str, text: str) -> bool:
    """Whether a subject named by the first characters of its members (平蓟三兴) is named by
    them in ``text``, a list (平谷、蓟州、三河、兴隆四地)."""
    if len(subject) < 3 or not _CJK_RUN.fullmatch(subject):
        return False
    starts = {item[:1] for item in LIST_GAP.split(text) if item}
    return all(c in starts for c in subject)


#: what joins the places of one list (、, 和, and, a comma)
_LIST_JOIN = re.compile(rf"{LIST_GAP.pattern}|\s*(?:,?\s*and|&)\s*", re.IGNORECASE)


def _listed_gap(_run: list[Any], _place: Any, gap: str) -> bool:
    """Whether the words between two places named one after another make them one list
    (天津、河北, *Beijing and Tianjin*): _runs' test for _listed_together."""
    return bool(_LIST_JOIN.fullmatch(gap))


#: what joins the two ends of a way in a claim's subject (北京市至雄安新区, 北京—天津)
_WAY_GAP = re.compile(r"\s*(?:至|到|[—–~～-])\s*")


def _runs(text: str, named: Sequence[Any], joined: Callable[[list[Any], Any, str], bool]
          ) -> Iterator[list[Any]]:
    """The runs of two or more places of ``named`` (in ``text``) each of which ``joined``
    (the run so far, the place, the words between the last and it) adds to the run."""
    run: list[Any] = []
    for n in named:
        if run and joined(run, n, text[run[-1].end : n.start]):
            run.append(n)
        else:
            if len(run) > 1:
                yield run
            run = [n]
    if len(run) > 1:
        yield run


@lru_cache(maxsize=4096)  # (asked for every claim's subject a statement weighs)
def _two_of_three(text: str) -> bool:
    """Whether ``text`` names two of the region's three by their one-character names and
    not the region; in English, two of them joined (the Beijing-Tianjin section) and not
    the three."""
    return (bool(_PAIR_OF_SHORT_NAMES.search(text)) and not _THREE.search(text)) or (
        bool(_PAIR_EN.search(text)) and not _THREE_EN.search(text))


def _country_scope(text: str, named: Any) -> bool:
    """Whether ``named`` is the country as what a share is of or a rank is in (占全国,
    全国首个, 全国比重), not what a figure is about."""
    return named.printed.lower() in _COUNTRY_WORDS and (
        text[max(0, named.start - 1) : named.start] == "占"
        or bool(_COUNTRY_SCOPE.match(text, named.end)))


#: a place named as where something comes from: 承接京津转移项目, 来自北京的企业, 引进京津项目,
#: 四十二家是北京来的, 从北京搬来 (not 对北京来说: for Beijing)
_ORIGIN_BEFORE = re.compile(r"(?:承接|引进|吸引|吸纳|对接|来自|引入|接收)$")
_ORIGIN_AFTER = re.compile(r"的?(?:转移|疏解|外溢|非首都功能)|项目|来的|[迁搬]来")


class PlaceScope:
    """The places of the statement being compared, against the subjects of one base."""

    def __init__(self, all_subjects: Sequence[str],
                 defined: dict[str, list[str]] | None = None) -> None:
        self.all_subjects = all_subjects
        self._defined = defined or {}  # subject → the short names its sources define
        #: subject → the words naming it
        self.subjects = self._subject_names(all_subjects, self._defined)
        self.stated: frozenset[str] = frozenset()  # the statement's places (gazetteer keys)
        self.text = ""  # the statement's text
        self._known: set[str] | None = None  # places some claim is about (on first use)
        self._subject_places: dict[str, list[str]] = {}
        self._subject_lists: dict[str, frozenset[str]] = {}
        #: a claim's subject → the two ends of the way it names (_way_ends), kept
        self._ways: dict[str, frozenset[str]] = {}
        self._subject_place: dict[str, str | None] = {}  # subject_place's, per subject
        self._placeless: dict[str, list[str]] = {}  # subject → its names naming no place
        self._subject_starts: dict[str, list[tuple[str, str]]] | None = None
        self._pair_bodies: re.Pattern[str] | None = None  # (on first use)
        self._speaks: dict[tuple[str, str], bool] = {}  # (subject, text): for one statement
        #: text → the subjects it names (mentioned_subjects): for one statement
        self._mentioned: dict[str, frozenset[str]] = {}
        self._left_outs: dict[str, frozenset[str]] = {}  # text → the places it leaves out
        self._found_places: dict[str, list[Any]] = {}  # text → its places: for one statement
        #: related's answers for the statement they were given for
        self._related: tuple[tuple[str, frozenset[str]], dict[str, bool]] = (
            ("", frozenset()), {})
        #: named_before's answer for the text and end it was given for
        self._before: tuple[tuple[str, int], list[tuple[str, str]]] = (("", -1), [])
        #: the names of the subjects a statement mentions (longest first), as one pattern
        self._mentioned_names: tuple[frozenset[str], list[str], re.Pattern[str]] = (
            frozenset(), [], re.compile(""))

    def begin(self, text: str) -> None:
        """Take ``text`` as the statement being compared: what was worked out for the
        previous one (its places, which subjects speak to it) no longer holds."""
        self._found_places = {}
        self._speaks = {}
        self._mentioned = {}
        self._left_outs = {}
        self.stated = self.stated_in(text)
        self.text = text

    def stated_in(self, text: str, *, scope_aside: bool = True) -> frozenset[str]:
        """The keys of the places ``text`` names, but where things come from (_origins:
        河北累计承接京津转移…, 京津 aside), and but the country where it is only what a figure
        is a share of, ranks in or is set against and another place is named
        (山西…平均增速为20.3%,高于全国平均增速: 全国 holds 河北, whose claims do not speak of
        山西's); with ``scope_aside`` False, the country stays (the places a claim's quote
        gives)."""
        origins = self._origins(text)
        named = [n for n in self.named(text) if (n.start, n.end) not in origins]
        scoped = [n for n in named if _country_scope(text, n)] if scope_aside else []
        if scoped and len(scoped) < len(named):
            named = [n for n in named if n not in scoped]
        return frozenset(n.place.key for n in named)

    def names_a_place(self, text: str) -> bool:
        """Whether ``text`` names a place or a claim's subject (a draft's context)."""
        return bool(self.named(text)) or bool(self.mentioned_subjects(text))

    def only_origins(self, text: str) -> bool:
        """Whether every place ``text`` names is where something comes from (其中，2023年承接
        京津项目186个: whose, its paragraph says)."""
        named = self.named(text)
        return bool(named) and all(self._origin(text, n.start, n.end) for n in named)

    @staticmethod
    def _origin(text: str, start: int, end: int) -> bool:
        return bool(_ORIGIN_BEFORE.search(text, max(0, start - 2), start)
                    or _ORIGIN_AFTER.match(text, end))

    def _origins(self, text: str) -> set[tuple[int, int]]:
        """The spans of the places a statement names only as where something comes from
        (承接京津转移项目, 引进京津项目, 来自北京的企业, 北京非首都功能疏解, 京津项目), where it
        names another place as well: that place's figures they are (保定累计承接京津转移项目1236个
        is 保定's, not a figure a 天津 claim speaks to). None where every place it names is
        one (其中来自北京的企业…: the figure may be the place's own)."""
        named = self.named(text)
        spans = {(n.start, n.end) for n in named if self._origin(text, n.start, n.end)}
        return spans if len(spans) < len({(n.start, n.end) for n in named}) else set()

    @staticmethod
    def _subject_names(all_subjects: Iterable[str],
                       defined: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
        subjects = [s for s in all_subjects if s]
        # cities and provinces, whose districts are named with or without them
        prefixes = sorted({p for s in subjects if s.endswith(("市", "省")) and core_name(s) != s
                           for p in (s, core_name(s))})
        return {s: subject_names(s, prefixes, defined.get(s, ())) for s in subjects}

    def mentioned_subjects(self, text: str) -> set[str]:
        """The subjects a statement names (any of their names is in it; 津冀 and 京津 name
        both their provinces: 津冀软件信息服务业收入…分别达22%、14.7% is about 天津市 and
        河北省)."""
        known = self._mentioned.get(text)
        if known is not None:  # (asked again for every claim a body rule weighs)
            return set(known)
        if self._subject_starts is None:
            self._subject_starts = by_first_character(
                (n, s) for s, names in self.subjects.items() for n in names)
        key = text
        for start, end in self._origins(text):  # (where things come from: not its subjects)
            text = text[:start] + "〇" * (end - start) + text[end:]
        text = unranked(uncompared(text))
        found = _outermost(text, named_in(text, self._subject_starts), self.subjects)
        if any(_PAIR_OF_SHORT_NAMES.fullmatch(s) for s in found):
            # (京津 of 京津中关村科技城 is the body's name: _outside_pair_bodies)
            starts = self._pair_body_starts(text)
            found -= {s for s in found if _PAIR_OF_SHORT_NAMES.fullmatch(s) and all(
                m.start() in starts for m in re.finditer(s, text))}
        if _PAIR_OF_SHORT_NAMES.search(text) or _ONE_CHARACTER_THERE.search(text):
            places = gazetteer()
            for named in self.named(text):
                if _PAIR_OF_SHORT_NAMES.fullmatch(named.printed):
                    found.update(name for key in named.place.members
                                 if (name := places.places[key].name) in self.subjects)
                elif len(named.printed) == 1 and named.place.name in self.subjects:
                    found.add(named.place.name)  # 在津新设机构 is of 天津市
        self._mentioned[key] = frozenset(found)
        return found

    def speaks_about(self, subject: str, mentioned: set[str], text: str) -> bool:
        """Whether a claim on ``subject`` can speak to the statement ``text``, which names
        the subjects ``mentioned`` (a statement naming none is checked against all).

        Yes for a subject it names (天津港口… names 天津市 too: 天津 is in it), and for one
        inside a place it names when the statement also says something of the rest of the
        subject's name: 北京自贸区通州组团 or 通州组团 (通州, and 组团) for 北京自贸试验区通州组团,
        雄安中关村科技园 for 雄安新区中关村科技园; not 北京市地区生产总值 for 北京城市副中心
        (北京, but nothing of 城市副中心). A 天津市 claim does not speak to a 河北省 statement:
        that is what the filter is for.
        """
        key = (subject, text)
        known = self._speaks.get(key)
        if known is None:
            known = self._speaks[key] = self._speaks_about(subject, mentioned, text)
        return known

    def _speaks_about(self, subject: str, mentioned: set[str], text: str) -> bool:
        if subject in mentioned and any(n in text for n in self._own_names(subject)):
            return True  # named as itself (莱恩斯), whatever places the statement names
        if not self.related(subject):
            return False  # a 京津冀 claim says nothing of 山西省, whatever the words
        if self.another_group(subject, text):
            return False  # (京津雄's half hour is not 京雄's, nor Beijing and Xiong'an's)
        if _two_of_three(text) and not _two_of_three(subject) and _THREE.search(subject):
            return False  # a figure of the three (大运河京津冀段) is not one of two (京津段)
        if subject in mentioned:
            return True
        if mentioned and any(made_up_by(key, self._listed_together(text))
                             for key in self.keys(subject)):
            return True  # (北京、天津、河北人口加起来: the region, named by all its members)
        if self.only_wholes(subject):
            return False  # a 京津冀 claim says nothing of 全国's figure, nor 副中心's of 北京's
        if not mentioned:
            # the places it names are no claim's subject (海淀区): a claim about a place in
            # them speaks to it, not one about a place around them (京津中关村科技城's 京津)
            # (and a body in them only where it says something of the body's own name:
            # 保定·中关村创新中心's 53家 is not 保定高新区's)
            own = self.keys(subject)
            return not (self.stated and own) or (any(
                gazetteer().contains(named, key) for named in self.stated
                for key in own) and self._rest_said(subject, text)) or any(
                made_up_by(key, self._listed_together(text)) for key in own)
        key = frozenset(mentioned)
        if self._mentioned_names[0] != key:
            names = sorted({n for m in mentioned for n in self.subjects.get(m, (m,))},
                           key=len, reverse=True)
            self._mentioned_names = (key, names,
                                     re.compile("|".join(re.escape(n) for n in names)))
        _key, names, pattern = self._mentioned_names
        if not any(n in subject for n in names):
            return False
        rest = pattern.split(subject)
        grams = set().union(*(bigrams(piece) for piece in rest)) - _CONNECTORS
        return not grams or any(g in text for g in grams)

    def another_group(self, subject: str, text: str) -> bool:
        """Whether a claim's subject lists places (北京、天津、雄安新区) and the statement lists
        another group of places sharing some of them, and none the same (京雄, *Beijing and
        Xiong'an*; 京雄津保唐): what is said of the list's places together is not said of
        another group. (A statement naming one of them alone may name the group in words the
        gazetteer does not read: *a half-hour Beijing-Tianjin-Xiong'an commute*.) A subject
        that is the two ends of a way (北京市至雄安新区) is another group only to a statement's
        group holding both and more (京津雄)."""
        own = self._listed_places(subject)
        if not own:
            # (a way's two ends, 北京市至雄安新区, are not a group holding both and more,
            # 京津雄; a list of where ways go, 到燕郊、大厂…和香河, holds one end only)
            ends = self._ways.get(subject)
            if ends is None:
                ends = self._ways[subject] = self._way_ends(subject)
            return bool(ends) and any(ends < g for g in self._groups(text))
        groups = self._groups(text)
        return any(g & own for g in groups) and own not in groups

    def _groups(self, text: str) -> list[frozenset[str]]:
        """The groups of two or more places a statement lists, each named one after another
        with a list's mark or nothing between them (京雄, 京雄津保唐, 天津、河北, *Beijing and
        Xiong'an*), none inside another (北京市通州区 is no group)."""
        places = gazetteer()

        def joined(run: list[Any], n: Any, gap: str) -> bool:
            return (gap == "" or _listed_gap(run, n, gap)) and not any(
                places.contains(m.place.key, n.place.key)
                or places.contains(n.place.key, m.place.key) for m in run)

        return [frozenset(m.place.key for m in run)
                for run in _runs(text, self.named(text), joined)]

    def acted_on(self, text: str) -> set[str]:
        """The gazetteer's keys of the places a Chinese text names only as what something is
        done to, after 对 (对津冀, 对天津、河北), where it names no place but those; none where it
        names one otherwise (北京对津冀)."""
        targets: set[str] = set()
        previous = None
        for n in self.named(text):
            if text[: n.start].endswith("对") or (
                    previous is not None and previous.place.key in targets
                    and LIST_GAP.fullmatch(text, previous.end, n.start)):
                targets.add(n.place.key)
            else:
                return set()
            previous = n
        return targets

    def _way_ends(self, subject: str) -> frozenset[str]:
        """The gazetteer's keys of the two ends of a way a claim's subject names
        (北京市至雄安新区: its hour is the pair's), or none."""
        text = normalize(subject)
        found = gazetteer().find(text)
        if (len(found) == 2 and found[0].start == 0 and found[1].end == len(text)
                and _WAY_GAP.fullmatch(text, found[0].end, found[1].start)):
            return frozenset(n.place.key for n in found)
        return frozenset()

    def _listed_places(self, subject: str) -> frozenset[str]:
        """The gazetteer's keys of the places a claim's subject lists (places_listed), kept
        per subject."""
        known = self._subject_lists.get(subject)
        if known is None:
            known = self._subject_lists[subject] = frozenset(
                n.place.key for n in places_listed(subject))
        return known

    def _listed_together(self, text: str) -> set[str]:
        """The places a statement names one after another as one list (*Beijing and
        Tianjin*, 天津、河北): a list of all a region's members is the region (a claim on 京津
        speaks to *Beijing and Tianjin have introduced…*); places named apart (*Beijing's
        …with Tianjin and Hebei*) are not one."""
        return {m.place.key for run in _runs(text, self.named(text), _listed_gap)
                for m in run}

    def _own_names(self, subject: str) -> list[str]:
        """The short names of a company or body that name no place (莱恩斯, 元一生物: the
        sources' 以下简称 and a company's name without its place and form; a zone's
        section, 后湖园区), kept per subject."""
        own = self._placeless.get(subject)
        if own is None:
            places = gazetteer()
            section = _ZONE_SECTION.search(subject)
            own = self._placeless[subject] = [
                n for n in (*(_company_names(subject) if _COMPANY_FORM.search(subject)
                                 else ()), *self._defined.get(subject, ()),
                            *((section[1],) if section else ()))
                if not places.find(normalize(n)) and not _THREE.search(n)]
        return own

    def listed(self, text: str) -> list[tuple[str, str, bool]]:
        """The places the statement names, as (printed, name, whether some claim is about
        it: it, or a place inside it, is a claim's subject). 京津冀 claims are not about
        廊坊市; 通州区 claims are about 北京市 too."""
        places = gazetteer()
        if self._known is None:
            self._known = {key for subject in self.all_subjects
                           for key in self.keys(subject)}
        return [(named.printed, named.place.name,
                 any(places.contains(named.place.key, other) for other in self._known)
                 # (a town's own claims are about its district: 天津市蓟州区团山子村 for
                 # 在下营镇团山子村)
                 or (named.place.key in TOWNS and named.place.parent in self._known))
                for named in self.named(text)]

    def listed_about(self, text: str) -> list[tuple[str, str, bool]]:
        """The places the statement names as what it is about (listed): not the country
        where it names it only as what a figure ranks in or is a share of (长三角…占全国比重
        约27% is about 长三角 alone)."""
        return [place for place, named in zip(self.listed(text), self.named(text), strict=True)
                if not _country_scope(text, named)]

    def named(self, text: str) -> list[Any]:
        """The places the gazetteer finds in ``text``, found once per statement (judge,
        listed, mentioned_subjects and within_named all ask of the same text)."""
        found = self._found_places.get(text)
        if found is None:
            places = gazetteer()
            own = uncompared(text)
            if _CJK_CHAR.search(text):
                found = self._outside_pair_bodies(own, places.find(own))
            else:
                found = places.find_english(own)
            self._found_places[text] = found
        return found

    def _outside_pair_bodies(self, text: str, found: list[Any]) -> list[Any]:
        """``found`` but a pair of short names that opens the name of a body some claims
        are about (京津中关村科技城, 京津合作示范区): the body's name, not its two provinces
        (a project of the 科技城 is no figure of 天津市's)."""
        if not any(_PAIR_OF_SHORT_NAMES.fullmatch(n.printed) for n in found):
            return found
        starts = self._pair_body_starts(text)
        return [n for n in found
                if not (n.start in starts and _PAIR_OF_SHORT_NAMES.fullmatch(n.printed))]

    def _pair_body_starts(self, text: str) -> set[int]:
        """Where in ``text`` the name of a body opening with a pair of short names begins."""
        if self._pair_bodies is None:
            places = gazetteer()
            bodies = sorted({n for s, names in self.subjects.items()
                             if not any(p.end - p.start == len(s) for p in places.find(s))
                             for n in names if len(n) > 2
                             and _PAIR_OF_SHORT_NAMES.match(n)}, key=len, reverse=True)
            self._pair_bodies = re.compile(
                "|".join(re.escape(n) for n in bodies) if bodies else "(?!)")
        return {m.start() for m in self._pair_bodies.finditer(text)}

    def compared_with(self, text: str) -> list[str]:
        """The places ``text`` names only as what it compares with (uncompared)."""
        if uncompared(text) == text:
            return []
        places = gazetteer()
        found = places.find(text) if _CJK_CHAR.search(text) else places.find_english(text)
        own = {(n.start, n.end) for n in self.named(text)}
        return list(dict.fromkeys(n.place.name for n in found if (n.start, n.end) not in own))

    def keys(self, subject: str) -> list[str]:
        """The gazetteer's keys of the places a claim's subject names (kept per subject)."""
        own = self._subject_places.get(subject)
        if own is None:
            own = self._subject_places[subject] = [
                n.place.key for n in gazetteer().find(normalize(subject))]
        return own

    def subject_place(self, subject: str) -> str | None:
        """The gazetteer's key of the place a claim's subject is, whole (京津冀, 北京市); None
        for a body or a part named in a place (京津冀国家高新区联盟): kept per subject."""
        if subject not in self._subject_place:
            named = gazetteer().find(subject)
            self._subject_place[subject] = (named[0].place.key if named
                                            and named[0].printed == subject else None)
        return self._subject_place[subject]

    def related(self, subject: str) -> bool:
        """Whether a claim on ``subject`` can be about the places the statement names: when
        both name places of the gazetteer, one of the subject's holds, lies in or shares
        members with one of the statement's (通州区 and 北京市 yes, 京津冀 and 山西省 no)."""
        if not self.stated:
            return True
        if self._related[0] != (self.text, self.stated):
            self._related = ((self.text, self.stated), {})
        known = self._related[1].get(subject)
        if known is None:
            known = self._related[1][subject] = self._related_now(subject)
        return known

    def _related_now(self, subject: str) -> bool:
        places = gazetteer()
        own = self.keys(subject)
        if not own or any(places.related(a, b) for a in self.stated for b in own):
            return True
        # the subject's place named by its short form (河北 for 河北省), which the gazetteer
        # may read as part of another name (河北累计承接京津…)
        return any(core_name(places.places[key].name) in self.text for key in own)

    def list_swapped(self, claim: Claim | Document, item: StatedFigure) -> bool:
        """Whether the places the statement names before the figure are a list with one
        swapped for another of the claim's quote (东城、朝阳、海淀 for its 西城、朝阳、海淀;
        石家庄、邢台、保定 for its 石家庄、邢台、邯郸), the claim's own place among them or not."""
        stated = {key for _printed, key in self.named_before(self.text, item.end)}
        if len(stated) < 2:
            return False
        quote = claim.chinese if isinstance(claim, Document) else normalize(claim.quote)
        return gazetteer().list_swapped(stated, _places_in(quote).union(self.keys(claim.subject)))

    def swapped(self, claim: Claim | Document, item: StatedFigure) -> bool:
        """Whether the statement names, before the figure, another place where the claim's
        quote has its own: a place (or a subject: 河北) the quote does not print, that does
        not hold the claim's subject, with no place named beside it that is the claim's and
        not around it too (天津 for 北京's 18766.7亿元, 大兴区 for 副中心's 1100家, 保定…京津冀
        for 雄安's). The words of such a claim's figure are not the statement's figure's,
        however alike; …供应北京市场 is no swap (the quote prints 北京), nor 天津港口和河北港口…
        for 天津's figure (天津 is named), nor a place after the figure, in another clause,
        nor where the claim's company is named by its own name before the figure (搬迁到玉田后，
        莱恩斯工厂面积…: where it went, not whose figure)."""
        own = self.keys(claim.subject)
        quote = claim.chinese if isinstance(claim, Document) else normalize(claim.quote)
        places = gazetteer()
        text = self.text
        named = self.named_before(text, item.end)
        if self.list_swapped(claim, item):
            return True
        if any(n in text[: item.start] for n in self._own_names(claim.subject)):
            return False
        before = text[: item.start]
        own_at = max((before.rfind(n) for n in self.subjects.get(claim.subject, ())),
                     default=-1)
        if own_at >= 0 and all(before.rfind(printed) < own_at for printed, _key in named
                               if printed not in claim.subject):
            return False  # (the subject named after the other place, nearer the figure:
            # 北京常住人口…，核心区常住人口从…221.2万人下降至…180.4万人)
        if not own:
            return (self.other_body(claim.subject, quote, item.end)
                    or (tally(item.figure) and self._reach_swapped(quote, named)))
        if self.part_for_whole(claim.subject, named, quote):
            return True
        holds = {key for printed, key in named
                 if printed in quote or any(places.contains(o, key) for o in own)}
        # the region's one-character names (在津布局, 京冀): the claim's own where both print it
        for o in own:
            one = _ONE_CHARACTER.get(short_name(places.places[o].name) or "")
            if one and one in quote and one in text[: item.end]:
                holds.add(o)

        def elsewhere(key: str) -> bool:
            # a place beside the claim's (天津 for 北京), or a division around it (北京市 for
            # 通州's 557亿元: the whole's figure); a region around it (京津冀) is context
            if not any(places.related(key, o) for o in own):
                return True
            return places.places[key].kind != "region" and not any(
                places.contains(o, key) for o in own)

        # the place after the · of a joint name (北京·深州家具产业园) is the body's own: it
        # swaps the claim's (北京·沧州…产业园) whatever other place is named with it
        joint = {key for printed, key in named if f"·{printed}" in text}
        return any(key not in holds and (key in joint or all(
            places.contains(q, key) for q in holds)) and elsewhere(key) for _printed, key in named)

    def head_swapped(self, subject: str, quote: str, item: StatedFigure) -> bool:
        """Whether the clause right after the figure opens on a place that is not the
        claim's, where the claim's quote opens the clause after the figure on its own
        subject: the place the figure's clause leads into, swapped (经过6年多的规划建设，北京
        城市副中心…雏形初显 for 经过6年多的规划建设,雄安新区现代化城市雏形初显). The statement
        must name the claim's subject nowhere (swapped weighs the places before the
        figure; a place after it, in another clause, is no swap elsewhere)."""
        own = self.keys(subject)
        text = self.text
        brk = CLAUSE_BREAK.search(text, item.end)
        if not own or brk is None or any(n in text for n in self.subjects.get(subject, ())):
            return False
        head = len(text) - len(text[brk.end() :].lstrip())
        place = next((n for n in self.named(text) if n.start == head), None)
        if place is None or any(gazetteer().related(place.place.key, o) for o in own):
            return False
        quote = normalize(quote)
        at = quote.find(item.figure.raw)
        brk = CLAUSE_BREAK.search(quote, at + len(item.figure.raw)) if at >= 0 else None
        if brk is None:
            return False
        opening = quote[brk.end() :].lstrip()
        return any(opening.startswith(name) for name in self.subjects.get(subject, ())
                   if name not in quote[:at])

    def part_for_whole(self, subject: str, named: list[tuple[str, str]], quote: str) -> bool:
        """Whether the places a statement names before a figure (``named``: printed, key)
        are all divisions strictly inside the places of a claim's ``subject`` (a place and
        nothing more), printed nowhere in its
        ``quote``, and do not make up a whole of them: the whole's figure said of a part
        (2022年北京数字经济规模占到了全国…近10% for 京津冀地区's; *In 2014 Tianjin had 7.4% of
        China's manufacturing legal entities* for the three's). A part that is itself a
        region (北京城市副中心, often said for 通州区) is not held to it."""
        if _rest_pairs(subject):
            return False  # (a body's: 通州组团's figures are said of 通州 too)
        places = gazetteer()
        own = self.keys(subject)
        named = [(printed, key) for printed, key in named if key not in COUNTRY_KEYS]
        if not named or not own:
            return False  # (全国 is what a share is of, not where)
        stated = {key for _printed, key in named}
        in_quote = _places_in(quote)
        # (a quote that names the whole by all its parts, 北京、天津、河北…加起来, prints the
        # part only as one of them: 河北省土地面积约18.9万平方公里 is not its figure)
        summed = any(made_up_by(o, in_quote) for o in own)
        if (not summed and (any(printed in quote for printed, _key in named)
                            or stated & in_quote)
                or any(places.places[key].kind == "region" for key in stated)):
            return False  # (the quote prints it: 北京冬奥会, for the Beijing Winter Olympics)
        return all(any(o != key and places.contains(o, key) for o in own)
                   for key in stated) and not any(made_up_by(o, stated) for o in own)

    @staticmethod
    def _reach_swapped(quote: str, named: list[tuple[str, str]]) -> bool:
        """For a body's claim (a company, a programme: no place its subject) and a figure
        that tallies (values.tally), whether the statement names before the figure only
        places its quote does not print, none of them
        holding a place the quote prints, where the quote prints some: 小米汽车在北京已定点
        供应链企业45家 for the quote's …在京津冀已定点…45家 (the whole's count said of a part);
        not 在北京 for a quote's 在亦庄 (Beijing holds it), nor a place added where the quote
        prints none."""
        if not named:
            return False
        theirs = _places_in(quote)
        if not theirs or any(printed in quote for printed, _key in named):
            return False
        places = gazetteer()
        stated = {key for _printed, key in named}
        # (天津、河北 for the quote's 津冀: its members, every one named)
        return not any(places.contains(key, q) for key in stated for q in theirs) and not any(
            made_up_by(q, stated) for q in theirs)

    def sibling_swapped(self, claim: Claim | Document, item: StatedFigure) -> bool:
        """For a body's claim (a subject that is more than places), whether the one district
        or county the statement names before the figure is one the claim's quote does not
        print, in the same place as one the quote prints and the statement does not:
        天津市武清区一座…14.5平方公里的科技新城 for the quote's 天津市宝坻区 (the place the
        body is in, swapped, though 京津中关村科技城's 京津 holds both)."""
        if not _rest_pieces(claim.subject):
            return False
        quote = claim.chinese if isinstance(claim, Document) else normalize(claim.quote)
        places = gazetteer()
        named = self.named_before(self.text, item.end)
        counties = {key for _printed, key in named if places.places[key].kind == "county"}
        if len(counties) != 1:
            return False  # (a list of places is weighed as a list: setting.listed_otherwise)
        (key,) = counties
        found = places.find(quote)
        mine = places.places[key]
        # (the quote's district printed as one, 宝坻区: not the start of a name, 平谷线)
        return key not in {n.place.key for n in found} and any(
            n.place.parent == mine.parent and n.place.kind == "county"
            and n.printed.endswith(("区", "县")) for n in found)

    def other_body(self, subject: str, quote: str, end: int) -> bool:
        """Whether the subject that is more than places (a company, a body: 元一(天津)生物
        科技有限公司) the statement names last before ``end``, in its clause, is another
        body than the claim's on ``subject`` — a body too, named no closer to the figure (by
        one of its names, or a place of it that the other's name does not hold, up to the
        end of the figure's clause) —, not the same body named otherwise (北京轨道交通22号线(平谷线)
        for …22号线平谷段), and one its quote does not print (小米汽车…70家 is not 理想汽车's
        70家; in 小米汽车…45家，理想汽车70家 the 70家 is 理想汽车's; 元一生物…8名 is not
        天津新松智能科技有限公司's; …曹妃甸…，北京·沧州渤海新区生物医药园入驻企业60家 is
        沧州's)."""
        own_pieces = _rest_pieces(subject)
        if not subject or not own_pieces:
            return False
        text = self.text
        last: tuple[int, str] | None = None
        others = []
        # (in the figure's own clause: 大运河京冀段…实现旅游通航, is another clause's)
        begin = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, end)), default=0)
        for other in self.mentioned_subjects(text) - {subject}:
            pieces = _rest_pieces(other)
            if not pieces or any(a in b or b in a for a in pieces for b in own_pieces):
                continue
            others.append(other)
            for name in self.subjects.get(other, (other,)):
                at = text.rfind(name, begin, end)
                if at >= 0 and (last is None or at > last[0]):
                    last = (at, other)
        if last is None:
            # a body the sentence opens with is the topic of each of its clauses (威努特突破
            # 场地瓶颈后，每月无人机产能预计将由40架提升到100架)
            # (a company: a body by its legal name, not a place's facility, 副中心站交通枢纽)
            last = next(((0, o) for o in others if _company_names(o)
                         and any(text.startswith(n) for n in self.subjects.get(o, (o,)))),
                        None)
        if last is None or "分别" in text[last[0] : end]:
            return False  # (a 分别 list gives each body its item: other_item)
        other = last[1]
        if any(n in quote for n in self.subjects.get(other, (other,))):
            return False
        clause = CLAUSE_BREAK.search(text, end)
        stop = clause.start() if clause else len(text)
        marks = [*self.subjects.get(subject, (subject,)), *own_pieces]
        marks += [n.printed for n in gazetteer().find(normalize(subject))
                  if not any(n.printed in o for o in others)]
        return not any(text.rfind(mark, last[0] + 1, stop) >= 0 for mark in marks)

    def other_item(self, item: StatedFigure, quoted: StatedFigure | None,
                   subject: str = "") -> bool:
        """Whether a figure of a 分别 list is another place's item than the claim's figure is
        in its quote: 北京's 3.9% in 北京、天津、河北…分别下降3.9%、2.0%、3.6% is not the
        source's 3.9%, which is 河北's (the same list, in another order), nor is 北京's 0.95
        of 北京、天津…分别为0.95…、0.31… the quote's 天津…0.95; where the quote names no
        place for its figure, the claim's ``subject`` is its place (北京's 74.8% of 北京、天津、
        河北…分别达到74.8%、64.7%和66.1% is not 天津's 73.2%)."""
        own = self._own_item(item)
        places = gazetteer()
        named = [(subject, key) for key in self.keys(subject)]
        theirs = (quoted is not None and (
            self._own_item(quoted) or self._item_places(item_of(quoted.words)))) or named
        if named and all(any(places.contains(b, key) for _q, b in theirs) for _s, key in named):
            theirs = named  # (三地…均进入"30+" split into claims: 河北省's is 河北's)
        if not own or not theirs:
            return False
        if quoted is not None and self._own_item(quoted):
            # (the same list in another order, or a list within a list: places holding one
            # another are the same item)
            return not any(places.contains(a, b) or places.contains(b, a)
                           for _p, a in own for _q, b in theirs)
        # a claim of one place: the item's own, or one inside it (the list's shared words
        # may name a whole: …在京津冀区域采购金额占比), not a whole holding the item's place
        # (大厂's 16个 is not the 北三县 zone's total, nor 北京's 32 the region's)
        if any(a == b for _p, a in own for _q, b in theirs):
            return False
        if any(places.contains(b, a) for _p, a in own for _q, b in theirs):
            return True
        return not any(places.contains(a, b) for _p, a in own for _q, b in theirs)

    def _own_item(self, item: StatedFigure) -> list[tuple[str, str]]:
        """(printed, key) of the places of a 分别 list's item that is the figure's (北京 for
        3.9% of 北京、河北…分别下降3.9%、3.6%; the reader gives it its item first, then the
        words the items share, which start with the last item: 河北单位…): none for a
        figure of no such list."""
        if "分别" not in item.words:
            return []
        return self._item_places(item_of(item.words))

    def _item_places(self, own: str) -> list[tuple[str, str]]:
        """(printed, key) of the places and subjects a figure's own words name."""
        found = [(n.printed, n.place.key) for n in gazetteer().find(own)]
        for subject in self.mentioned_subjects(own):
            keys = self.keys(subject)
            name = next((n for n in self.subjects.get(subject, (subject,)) if n in own), None)
            if keys and name and not any(name in printed or printed in name
                                         for printed, _key in found):
                found.append((name, keys[0]))
        return found

    def named_before(self, text: str, end: int) -> list[tuple[str, str]]:
        """(printed, key) of the places a statement names before ``end``, and of the subjects
        it names there outside those places' names (河北, which the gazetteer leaves to
        河北区): the same for every claim swapped weighs against one figure."""
        key = (text, end)
        if self._before[0] == key:
            return self._before[1]
        found = [n for n in self.named(text) if n.start < end]
        named = [(n.printed, n.place.key) for n in found]
        for subject in self.mentioned_subjects(text):
            keys = self.keys(subject)
            for name in self.subjects.get(subject, (subject,))[:2]:
                at = text.find(name)
                if 0 <= at < end and keys and not any(n.start <= at < n.end for n in found):
                    named.append((name, keys[0]))
        self._before = (key, named)
        return named

    def only_wholes(self, subject: str) -> bool:
        """Whether the statement names the whole country alone (全国, 我国) and the claim's
        subject is a place inside it (京津冀, 北京城市副中心): the country's figure is not
        checked against a part's, even in the same words (全国高新技术企业超过46万家 against
        副中心's 1100家). A place named beside it (京津冀…占全国比重) is what the statement
        is about."""
        text = self.text
        if self.stated != COUNTRY_KEYS or not any(
                n.printed.lower() in _COUNTRY_WORDS and not _COUNTRY_SCOPE.match(text, n.end)
                for n in self.named(text)):
            # (中国 in 中国中化集团 is a name's; 全国首批, 全国领先 say where it ranks)
            return False
        own = self.keys(subject)
        return bool(own) and not COUNTRY_KEYS & set(own)

    def names_subject(self, words: str, subject: str) -> bool:
        """Whether ``words`` (a figure's own) name the subject: one of its names, or a
        place of it (副中心 for 北京城市副中心)."""
        if any(name in words for name in self.subjects.get(subject, (subject,))):
            return True
        places = gazetteer()
        own = self.keys(subject)
        return any(any(places.contains(o, n.place.key) for o in own)
                   for n in self.named(words))

    def names_a_part(self, words: str, subject: str) -> bool:
        """Whether a figure's own words begin with one place only, a part of the claim's
        subject, a place itself (京津冀, not a park or an alliance), and do not name the
        subject: the figure is the part's, not the whole's (2022年北京…投入强度为6.83% is
        not 京津冀's 4.25%; 距离北京100公里 is a distance from Beijing, not its figure)."""
        own, part = self._leading_place(words, subject)
        return part is not None and part not in own and any(
            gazetteer().contains(key, part) for key in own) and not self._not_alone(part)

    def part_among(self, words: str, subject: str, quote: str) -> bool:
        """Whether the words before a figure (in its clause) name, right after 中 or 其中 (of
        the whole's things: 签约项目中河北占60个, 地区生产总值中河北占…), a place inside the
        claim subject's places that the claim's quote does not name: the figure is that
        part's, not the whole's (the conference's 152 signed projects; not 152个签约项目中
        北京企业占六成's 152个, the whole itself)."""
        own = self.keys(subject)
        if not own:
            return False
        places = gazetteer()
        parts = [n.place.key for n in self.named(words) if _AMONG.search(words, 0, n.start)
                 and n.place.key not in own
                 and any(places.contains(o, n.place.key) for o in own)]
        if not parts:
            return False
        quoted = [q.place.key for q in places.find(quote)]  # (read once, only if needed)
        return any(not any(places.contains(key, q) for q in quoted) for key in parts)

    def _not_alone(self, key: str) -> bool:
        """Whether the statement names place ``key`` only where something goes to it
        (开通北京至天津、河北周边地区6条主线: 河北 is where the lines go, not whose they are)
        or as the last of a list of places (北京、天津、河北人口加起来: all three's)."""
        named = self.named(self.text)
        found = [n for n in named if n.place.key == key]
        return bool(found) and all(
            _BOUND_FOR.search(self.text, 0, n.start)
            or any(p.end <= n.start and LIST_GAP.fullmatch(self.text[p.end : n.start])
                   for p in named) for n in found)

    def excludes(self, text: str, subject: str, quote: str) -> bool:
        """Whether the statement ``text`` leaves out of what it counts a place that is, or
        lies in, the claim's ``subject`` (除北京外, 不含北京, excluding Beijing), and the
        claim's ``quote`` does not leave it out too (除北京以外的第二研发应用基地): the
        statement's figure is of the rest, neither the whole's nor the part's."""
        left_out = self._left_out(text)
        if not left_out:
            return False
        left_out -= self._left_out(quote)
        places = gazetteer()
        return any(key == part or places.contains(key, part)
                   for key in self.keys(subject) for part in left_out)

    def _left_out(self, text: str) -> set[str]:
        """The gazetteer's keys of the places a text leaves out (_EXCLUDED_ZH, _EXCLUDED_EN;
        asked again for every claim weighed, so kept for the statement's)."""
        known = self._left_outs.get(text)
        if known is None:
            found = [m[1] for m in _EXCLUDED_ZH.finditer(text)] + [
                m[1] for m in _EXCLUDED_EN.finditer(text)]
            known = frozenset(n.place.key for words in found for n in self.named(words))
            if len(self._left_outs) < 256:
                self._left_outs[text] = known
        return set(known)

    def names_a_whole(self, before: str, subject: str) -> bool:
        """Whether the words before a figure in its clause (``before``) begin with one place
        only, one that holds the places of a claim's subject that is a place itself, and
        do not name the subject: the figure is the whole's, not the part's (京津冀森林覆盖率
        达到35.5% is not 北京市's 44.8%; 京津冀已有超过1.4万项政务服务 may be a zone's). Not
        after 分别 (津冀…分别达22%、14.7%: a list gives each its part), nor 全国 (全国首批…
        says where a place ranks; the country's figure is told from a part's: only_wholes)."""
        if "分别" in before:
            return False
        own, whole = self._leading_place(before, subject)
        return (whole is not None and whole not in own and whole not in COUNTRY_KEYS
                and all(gazetteer().contains(whole, key) for key in own))

    def _leading_place(self, words: str, subject: str) -> tuple[list[str], str | None]:
        """The places of a claim's subject that is a place itself (no name beyond its
        places'), and the one place ``words`` name if they begin with it (after a year or
        a time: _LEADING) and do not name the subject; else None for it."""
        own = self.keys(subject)
        if not own or _rest_pairs(subject):
            return own, None
        named = self.named(words)
        if any(name in words and self._names_outside(name, words, named, own)
               for name in self.subjects.get(subject, (subject,))):
            return own, None
        # (the country a share is of, or a rank is in, is not what the figure is about:
        # 京津两地…占全国10.7% is 京津's)
        named = [n for n in named if not _country_scope(words, n)]
        if len({n.place.key for n in named}) != 1:
            return own, None
        place = named[0]
        return own, (place.place.key if _LEADING.sub("", words).startswith(place.printed)
                     else None)

    @staticmethod
    def _names_outside(name: str, words: str, named: list[Any], own: list[str]) -> bool:
        """Whether ``words`` print a subject's ``name`` other than inside the name of
        another place they name (北京 of 北京城市副中心 does not name 北京市)."""
        return any(not any(n.start <= m.start() and m.end() <= n.end
                           and n.place.key not in own for n in named)
                   for m in re.finditer(re.escape(name), words))

    def within_named(self, subject: str, text: str) -> bool:
        """Whether the places of a claim's subject all lie inside a place the statement
        names (团山子村 of 天津市蓟州区 inside 京津冀), or the subject names no place — and the
        statement says something of the rest of the subject's name: a park's figure is not
        the city's around it (天津滨海—中关村科技园's 193家 for 天津市高新技术企业)."""
        return not self.keys(subject) or (self._inside_named(subject, text)
                                          and self._rest_said(subject, text))

    def inside_body_name(self, subject: str, words: str, quote: str, text: str) -> bool:
        """Whether a figure's own ``words`` name a body (a subject no gazetteer place is)
        whose name holds the place ``subject``'s, that the claim's ``quote`` does not print,
        and the statement ``text`` names the place nowhere else: the figure is the body's,
        not the place's (河北 of 河北京车造车基地: the base's capacity is no 河北省 total;
        but 天津港口's throughput is the 天津市 claim's whose quote prints 天津港口)."""
        names = [n for n in self.subjects.get(subject, (subject,)) if n in words]
        if not names or not _a_place(subject):
            return False
        bodies = [b for b in self.mentioned_subjects(words) if b != subject
                  and any(n in b for n in names) and not _a_place(b)]
        if not bodies or any(name in quote for body in bodies
                             for name in self.subjects.get(body, (body,))):
            return False
        rest = text
        for body in sorted(bodies, key=len, reverse=True):
            rest = rest.replace(body, " ")
        return not any(n in rest for n in names)

    def unnamed_body(self, subject: str, text: str, quote: str, words: str) -> bool:
        """Whether a claim's subject is a body of some place (a park, a zone: a name
        beyond its places') that a figure's words naming a place say nothing of, and the
        claim's quote names none of the statement's places but in the body's name: its
        figure is not the named place's, however like their words are (天津市在园国家高新技术
        企业有193家 is neither 天津滨海—中关村科技园's 193家 nor 京津中关村科技城's 21家; but
        京津冀有120项涉税服务… is the 通州组团 claim's 120项京津冀涉税服务…). The places are
        those the figure's own ``words`` name (120项京津冀涉税服务…，189个事项… names no place
        for 189个)."""
        named = self.named(words)
        if not (named and self.keys(subject)) or self._rest_said(subject, text) \
                or self._rest_abridged(subject, text):
            return False
        rest = quote.replace(subject, " ")
        return not any(n.printed in rest or n.place.name in rest for n in named)

    @staticmethod
    def _rest_abridged(subject: str, text: str) -> bool:
        """Whether the text spells out a pair of the subject's name beyond its places with
        at most two characters between (全国政协's 政协 in 中国人民政治协商会议)."""
        return any(re.search(f"{re.escape(g[0])}.{{1,2}}{re.escape(g[1])}", text)
                   for g in _rest_pairs(subject) if len(g) == 2)

    def _inside_named(self, subject: str, text: str) -> bool:
        places = gazetteer()
        named = [n.place.key for n in self.named(text)]
        return bool(named) and all(any(places.contains(outer, inner) for outer in named)
                                   for inner in self.keys(subject))

    def body_swapped(self, subject: str, quote: str, text: str) -> bool:
        """Whether a statement puts another name where a claim's quote names the body its
        subject is (its name beyond its places': 北京奔驰's 奔驰, 安贞医院通州院区's 安贞医院),
        and names it by none of its names: the quote's three characters right after that
        name are in the statement after others than the quote has before it (2022年小米汽车
        零部件… for 2022年北京奔驰零部件…), or its three right before it are, followed by
        others than those after it; or the statement has the name's last two characters —
        the kind of body it is (大厦, 医院) — after two others than the name has (中国华能
        总部大厦 for 中国中化001大厦, 友谊医院 for 安贞医院; not where the quote prints those
        words too). A statement that only leaves the name out (…区域环保标准, the quote's
        …区域环保标准《…标准》) swaps nothing. ``quote`` and ``text`` are their Chinese
        characters only."""
        names = ["".join(_CJK_CHAR.findall(n)) for n in self.subjects.get(subject, (subject,))]
        if any(n in text for n in names):
            return False
        if subject.endswith("公司"):
            # a company the statement names that is none of the claim's names (南轩(天津)
            # 科技有限公司 for 天泽电力(天津)有限公司), not 该公司
            for m in _COMPANY.finditer(text):
                if not m[1].startswith(_POINTING) and not any(
                        n in m[0] for n in names if len(n) >= 3):
                    return True
        for name in _rest_pieces(subject):
            printed = name
            if name not in quote and len(name) >= 4:
                # the last of a list's items before its kind (…、巴威锅炉曹妃甸高端制造等项目
                # for 巴威锅炉曹妃甸高端制造项目)
                printed = f"{name[:-2]}等{name[-2:]}"
            at = quote.find(printed)
            end = at + len(printed)
            if at < 0 or name in text or printed in text:
                continue
            before = quote[max(at - _CONTEXT, 0) : at]
            after = quote[end : end + _CONTEXT]
            # (what the statement has there may be the name shortened: 生物医药园 for
            # 生物医药产业园 — its first or last characters are the name's)
            if len(after) == _CONTEXT:
                for m in re.finditer(re.escape(after), text):
                    put = text[max(m.start() - _CONTEXT, 0) : m.start()]
                    if put and not put.endswith(before) and not before.endswith(put) \
                            and not _shares(put, name):
                        return True
            if len(before) == _CONTEXT:
                for m in re.finditer(re.escape(before), text):
                    put = text[m.end() : m.end() + _CONTEXT]
                    if put and not put.startswith(after) and not after.startswith(put) \
                            and not _shares(put, name):
                        return True
            if len(name) >= 4:
                kind, own, head = name[-2:], name[-4:-2], name[:-4]
                for m in re.finditer(re.escape(kind), text):
                    if head and text.endswith(head, 0, m.start()):
                        continue  # (the name without its two words before the kind:
                        # 副中心站枢纽 for 副中心站交通枢纽)
                    # (not where the quote has the same words: …区域环保标准《…标准》, nor
                    # the name shortened: 曹妃甸试验区 for 曹妃甸现代产业发展试验区, 阿里
                    # 张北项目 for the quote's 阿里张北大数据系列项目)
                    said = text[m.start() - 2 : m.end()]
                    if m.start() >= 2 and said[:2] not in (own, quote[max(at - 2, 0) : at]) \
                            and said not in quote and not _shares(
                                text[max(m.start() - _CONTEXT, 0) : m.start()], name,
                                generic=True):
                        return True
        return _other_place_kind(subject, quote, text)

    def _rest_said(self, subject: str, text: str) -> bool:
        """Whether ``text`` has a character pair of the subject's name outside its places'
        names (中关村科技园 of 天津滨海—中关村科技园), or the name has no such pair; an
        English text is not held to the Chinese name (its places are, by compare)."""
        if not _CJK_CHAR.search(text):
            return True
        grams = _rest_pairs(subject)
        return not grams or any(g in text for g in grams)

    def whole_said_for(self, subject: str, quote: str, text: str) -> bool:
        """Whether a claim's ``subject``, a place and nothing more, is printed in its
        ``quote`` by a name of its own and the statement ``text`` names none of its places,
        only a whole around them (within_named): the source gives the part's figure, the
        statement the whole's (河北省承接京津转移项目252个 said as 京津冀承接…252个); a quote
        that names the subject nowhere (…96家企业纳入…名单, a Beijing programme's) is not."""
        if _rest_pairs(subject):
            return False
        own = set(self.keys(subject))
        return bool(_places_in(quote) & own) and not (
            {n.place.key for n in self.named(text)} & own)

    def whole_for_part(self, subject: str, named: list[str]) -> bool:
        """Whether a statement that names the places ``named`` names only wholes around a
        claim's ``subject``, a place and nothing more, and neither it nor a place inside it:
        北京市's first year of clean air is not 京津冀's (2021年京津冀空气质量首次全面达标)."""
        if not named or _rest_pairs(subject):
            return False
        places = gazetteer()
        own = self.keys(subject)
        return bool(own) and all(
            any(places.contains(other, key) and other != key for other in named)
            and not any(places.contains(key, other) for other in named)
            for key in own)

    def clash(self, subject: str, named: list[str]) -> bool:
        """Whether a statement that names the places ``named`` names, instead of a place of
        ``subject``, a place apart from it: 天津市人大常委会… for 北京市人大常委会… (京津冀,
        which both name, holds both: that is no reason to speak to a Beijing claim)."""
        if not named:
            return False
        places = gazetteer()
        for own in self.keys(subject):
            if any(places.contains(own, other) for other in named):
                continue  # named, or a place inside it
            if any(not places.contains(other, own) for other in named):
                return True
        return False
