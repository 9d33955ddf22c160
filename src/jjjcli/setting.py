"""Where, by whom and of whom a statement says a figure was given, held to the source.

A figure whose value a claim supports may still be set wrongly: said by a person the source
does not have say it (杨鸿宝表示…7家), written by authors who are not the article's
(姜广智撰文指出), given at an event the article never names (在…对接会上), or of a body the
statement opens with that the claim is not about (中冶迈克从最初的8名员工…). And a count of
years or an edition no claim states (10年来, 连续8年, 首届…大会) is the setting of another
figure whose claim prints it, or, said otherwise than that claim's quote (连续三年 for
连续两年), wrong. compare asks this module once it has weighed a figure's value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from jjjcli.figures import Figure
from jjjcli.kb import Claim, KnowledgeBase
from jjjcli.kinds import (
    CLAUSE_BREAK,
    CLAUSE_END_EN,
    abridges,
    back_to,
    body_kind,
    events_named,
    issued_by,
    lead_name,
    named_body,
    other_issuer,
    speakers,
    spokesmen,
    writers,
)
from jjjcli.opposites import opposed
from jjjcli.places import gazetteer
from jjjcli.reading import (
    LISTED_THING,
    SENTENCE_BREAK,
    THING_MARKS,
    THINGS_JOIN,
    Sentence,
    StatedFigure,
    item_of,
)
from jjjcli.scope import COUNTRY_KEYS, GENERIC_BODY_WORDS, made_up_by
from jjjcli.search import bigrams, normalize
from jjjcli.values import COUNT_WORDS, tally
from jjjcli.verdict import CONTRADICTED, SUPPORTED, UNSUPPORTED, FigureVerdict, describe

_CJK_CHAR = re.compile("[\u4e00-\u9fff]")

#: paragraphs after a claim's that a quotation it opens may run on to, where its speaker
#: is named (Setting.said_by)
SPEAKER_PARAGRAPHS = 3
#: the share of an event's character pairs its claim's article must print for the event to
#: be named there (Setting.set_at: a name shortened or written otherwise)
EVENT_NAMED = 0.75

#: what a statement may say after a figure and the source the other way round
#: (Setting.compared_otherwise): a comparison, its way and the first two characters of what
#: it compares with (高于全国平均: 高于, 全国), or a change (每日递增: 递增, ""); which ways
#: are opposite is opposites.OPPOSITES'
_TURNABLE = re.compile(r"([高低快慢]于)([\u4e00-\u9fff]{2})|(递增|递减)")
#: and in English, with the country's (below the national average, faster than China's)
_COMPARED_EN = re.compile(r"\b(above|below|higher than|lower than|faster than|slower than)"
                          r"\s+(?:the\s+)?(?:national|nationwide|country's|china's)\b",
                          re.IGNORECASE)
_WAYS_EN = {"above": "高于", "higher than": "高于", "below": "低于", "lower than": "低于",
            "faster than": "快于", "slower than": "慢于"}
#: each way's English, as a reason gives it (the first of _WAYS_EN's)
_WAY_EN = {way: english for english, way in reversed(_WAYS_EN.items())}


def _turnable(text: str, start: int = 0, end: int | None = None) -> set[tuple[str, str]]:
    """The comparisons and changes (_TURNABLE) in ``text`` from ``start`` to ``end``."""
    return {(m[1], m[2]) if m[1] else (m[3], "")
            for m in _TURNABLE.finditer(text, start, len(text) if end is None else end)}


#: the words after a count of years, and before it, that count it back from now (十年来,
#: 10年间, 十年里; 过去十年, 最近五年, 近5年: Setting.printed_beside); in English, the past or
#: the last ten years
_BACK_AFTER = ("以来", "来", "间", "里")
_BACK_BEFORE = ("过去的", "过去", "最近", "近")
_BACK_EN = re.compile(r"\b(?:past|last)\s+$", re.IGNORECASE)


def counted_back(text: str, start: int, end: int) -> str | None:
    """The count of years printed from ``start`` to ``end`` of ``text`` with the words that
    count it back from now, as printed (十年来, 10年间, 过去十年, 近5年 — its 近 printed as its
    own —, past 10 years); None where none do."""
    raw = text[start:end]
    after = next((w for w in _BACK_AFTER if text.startswith(w, end)), None)
    if after is not None:
        return raw + after
    before = next((w for w in _BACK_BEFORE if text[:start].endswith(w)), None)
    if before is not None:
        return before + raw
    if raw.startswith("近"):
        return raw
    english = _BACK_EN.search(text, 0, start)
    return text[english.start() : end] if english is not None else None


#: where a place lies from another (Setting.lies_otherwise): the two characters before a
#: compass point, the point, and the word that makes it one (天津城区东北部, 北京东南方向;
#: 北京以东, 北京向东…不足百公里)
_LIES_ZH = re.compile(r"([\u4e00-\u9fff]{2})(?:[以向](?=东|西|南|北))?"
                      r"(东北|西北|东南|西南|东|西|南|北)"
                      r"(?:部|方向|方|侧|郊|(?<=以东|以西|以南|以北|向东|向西|向南|向北))")
#: and in English, with the place after it (north-east Tianjin, south-east of Beijing, in the
#: northwest of Tianjin's urban area)
_LIES_EN = re.compile(r"\b(north|south|east|west)(?:[\s-]?(east|west))?(?:ern)?\s+"
                      r"(?:of\s+)?(?:the\s+)?([A-Z][a-z]+)")


#: the way a thing moved, in Chinese (东移, 西迁, 向东, 往南迁) and in English (moved east,
#: 100 km west, eastward)
_MOVED_ZH = re.compile(r"(东|西|南|北)(?:移|迁|进|扩|延)|(?:向|往|朝)(东|西|南|北)")
_MOVED_EN = re.compile(r"\b(east|west|north|south)(?:wards?)?\b(?![\s-]*(?:of|ern)\b)",
                       re.IGNORECASE)
_POINTS_EN = {"east": "东", "west": "西", "south": "南", "north": "北"}
_POINT_WORDS_EN = {way: word for word, way in _POINTS_EN.items()}


def _moved(text: str) -> list[str]:
    """The ways ``text`` says things moved (_MOVED_ZH, _MOVED_EN), as 东, 西, 南, 北."""
    ways = [m[1] or m[2] for m in _MOVED_ZH.finditer(text)]
    return ways + [_POINTS_EN[m[1].lower()] for m in _MOVED_EN.finditer(text)]


def _ways(ways: list[str], chinese: bool) -> str:
    """Ways things moved, printed: 东、南 (in English, east or south)."""
    if chinese:
        return "、".join(dict.fromkeys(ways))
    return " or ".join(dict.fromkeys(_POINT_WORDS_EN[way] for way in ways))


class _Lies(NamedTuple):
    """A compass point a text puts something at from a place, as printed, and where."""

    place: str  # what it reckons from: 城区, Tianjin
    point: str  # 东北, north-east
    printed: str  # 城区东北部, south-east of Beijing
    start: int
    end: int


def _lies(text: str) -> list[_Lies]:
    """Where ``text`` puts something from a place (_LIES_ZH, _LIES_EN)."""
    found = [_Lies(m[1], m[2], m[0], m.start(), m.end()) for m in _LIES_ZH.finditer(text)]
    for m in _LIES_EN.finditer(text):
        point = m[1].lower() + (f"-{m[2].lower()}" if m[2] else "")
        found.append(_Lies(m[3], point, f"{point} of {m[3]}", m.start(), m.end()))
    return found


#: the number of a numbered meeting or congress, with what it numbers: 十四届, 二次会议, 五中全会,
#: 十九大 (before 以来, 报告, 精神… or after 党的: not 三大产业)
_NUMBERED = re.compile(
    r"(?<![一二三四五六七八九十\d])([一二三四五六七八九十]{1,3}|\d{1,2})"
    # (and a numbered bureau of a builder: 中建二局, 中铁十四局)
    r"(届|次会议|次全会|中全会|局|大(?=以来|报告|精神|代表|召开|胜利|提出|作出|明确|强调|部署))")


class _Numbered(NamedTuple):
    """A numbered meeting or congress (or a builder's bureau) as a text prints it
    (十四届三次会议's 三次会议)."""

    before: str  # the character before its number (届, 的)
    number: str
    kind: str  # 届, 次会议, 大, 局
    start: int
    end: int


def _numbered(text: str) -> list[_Numbered]:
    """The numbered meetings and congresses ``text`` names (_NUMBERED), each with the
    character before it: what it belongs to (…届 for 三次会议, 党的 for 十九大)."""
    return [_Numbered(text[m.start() - 1] if m.start() else "", m[1], m[2], m.start(),
                      m.end()) for m in _NUMBERED.finditer(text)]


def _nearest(stated: Sequence[StatedFigure], start: int, end: int) -> StatedFigure:
    """The statement's figure nearest the words from ``start`` to ``end``."""
    return min(stated, key=lambda o: min(abs(o.start - end), abs(start - o.end)))


#: what comes between a count and the things it counts, named (5个子协议涵盖…, 包括…, 即…,
#: 分别为…), and what ends their list (等, a clause's end)
_LISTS_THEM = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:涵盖|包括|包含|分别为|分别是|即|：|:|——)")
_LIST_ENDS = re.compile(r"[，。；,;（(！？!?]|等")


def _listed_after(text: str, end: int) -> list[str]:
    """The things a count right before ``end`` names after it (涵盖商事制度、监管执法和知识
    产权等: 商事制度, 监管执法, 知识产权), each of two characters or more; [] where none, or
    where one is longer than a thing's name (LISTED_THING)."""
    lead = _LISTS_THEM.match(text, end)
    if lead is None:
        return []
    rest = text[lead.end() :]
    stop = _LIST_ENDS.search(rest)
    items = (i.strip(THING_MARKS) for i in THINGS_JOIN.split(rest[: stop.start()
                                                                    if stop else None]))
    named = [i for i in items if len(i) >= 2]
    return named if all(len(i) <= LISTED_THING for i in named) else []


#: where a list of things before a count starts: after the last clause break or word that
#: leads to it (…，围绕商事制度、…、知识产权5个重点领域); and the words before its first thing
#: (蓝皮书从经济、社会…6个维度: 经济)
_LIST_OPENS = re.compile(r".*(?:[，。；,;：:]|包括|围绕|涵盖|涉及|即)")
_LIST_LEAD = re.compile(r".*(?:从|在|以|对|将|把|有|为|是|了|向)")


def _same_item(one: str, other: str) -> bool:
    """Whether two things named in lists are one: either holds the other, they end in the
    same three characters or more (乙方项目应属于新材料 and 增强新材料: a list's first item
    read with the words that lead to it), or more than half their characters are the same
    (智慧制造, a Taiwanese wording of 智能制造; not 金融服务 for 政务服务)."""
    if one in other or other in one or (
            len(one) >= SAME_ENDING and one[-SAME_ENDING:] == other[-SAME_ENDING:]):
        return True
    own, theirs = set(one), set(other)
    return 2 * len(own & theirs) > max(len(own), len(theirs))


#: the characters two things named in lists end in alike that make them one (新材料)
SAME_ENDING = 3


def _listed_before(text: str, start: int) -> list[str]:
    """The things named right before a count at ``start``, joined by 、 (包括…和商事制度、
    监管执法、…、知识产权5个重点领域子协议: 商事制度 … 知识产权); [] where there are not two."""
    before = text[:start]
    opens = _LIST_OPENS.match(before)
    run = before[opens.end() :] if opens else before
    if "、" not in run:
        return []
    items = run.split("、")
    # (the first after the words that lead to the list: 蓝皮书从经济 is 经济)
    items[0] = _LIST_LEAD.sub("", THINGS_JOIN.split(items[0])[-1])
    items = [i.strip(THING_MARKS) for i in items]
    return items if all(2 <= len(i) <= LISTED_THING for i in items) else []


#: all of what a count counts did something (已全部实现招生, 均已落地, 都已开工): what they did
_ALL_DID = re.compile(r"(?:已|已经)?(?:全部|均|都|悉数|全都)(?:已|已经)?"
                      r"((?:实现|完成)?[\u4e00-\u9fff]{2})")
#: the words of _ALL_DID that say every one of them did it (not 均, which 年均 holds)
_WHOLLY_DID = re.compile(r"全部|全都|悉数")
#: where a sentence goes on to a part of what it counted
_OF_WHICH = "其中"


#: an English word (a bilingual line holds some)
_ASCII_WORD = re.compile(r"[A-Za-z]{2}")
#: a body a place owns in English: Tianjin's human resources and social security bureau
#: (the place's possessive, at most six words, the body's word)
_OWNED_BODY_EN = re.compile(
    r"\b(?P<owner>[A-Z][A-Za-z'-]*(?:\s[A-Z][A-Za-z'-]*)?)['’]s\s+(?:[a-z-]+\s+){0,6}?"
    r"(?P<body>bureau|commission|department|administration|office|committee|government"
    r"|authority|agency)\b")
#: the two words before an English place (ports in Beijing): a noun and its preposition
_TWO_WORDS_BEFORE_EN = re.compile(r"([A-Za-z-]+)\s+(in|at|across|for|of)\s+(?:the\s+)?$")
#: words before a preposition that say nothing of what is where (is in, was in)
_NOT_PLACE_WORDS_EN = frozenset("is are was were be been and or than that which it "
                                "also only both all".split())


#: examples of a kind, named with 等 (围绕土地管理、规划建设等领域): the kind
_EXAMPLES_OF = re.compile(r"等(领域|方面|行业|产业|部门|城市|国家|地区)")


def _examples_before(text: str, start: int) -> tuple[str, list[str]] | None:
    """The last examples of a kind named with 等 before ``start`` in its sentence (围绕
    教育、医疗等领域…: 领域, [教育, 医疗]), two or more; None where there are none."""
    begin = start - len(back_to(text, start, SENTENCE_BREAK))
    found = None
    for m in _EXAMPLES_OF.finditer(text, begin, start):
        items = _listed_before(text[begin:], m.start() - begin)
        if items:
            found = (m[1], items)
    return found


def _says_otherwise(item: StatedFigure, verdict: FigureVerdict, theirs: str,
                    mine: str) -> FigureVerdict:
    """``item`` contradicted by the claim that supported it: "the source says ``theirs``;
    the statement says ``mine``"."""
    judged = FigureVerdict(item.figure, CONTRADICTED, verdict.claim, verdict.expected,
                           f"the source says {theirs}; the statement says {mine}")
    judged._stated = item
    return judged


def given_otherwise(item: StatedFigure, verdict: FigureVerdict, reason: str) -> FigureVerdict:
    """``item`` made unsupported, citing the claim that supported it, for ``reason``."""
    judged = FigureVerdict(item.figure, UNSUPPORTED, verdict.claim, verdict.expected, reason)
    judged._stated = item
    return judged


def source_says(item: StatedFigure, verdict: FigureVerdict) -> str:
    """"the source says 31 项": what the claim deciding ``item`` gives, as a reason opens."""
    return f"the source says {describe(verdict.expected or item.figure)}"


def _printed(numbered: _Numbered, among: list[_Numbered]) -> str:
    """A numbered meeting as printed, with the number right before it (十四届二次会议)."""
    lead = next((n for n in among if n.end == numbered.start), None)
    return (f"{lead.number}{lead.kind}" if lead else "") + numbered.number + numbered.kind


#: the words before a prose count of years that say which years (Setting.counts_running)
_YEARS_LEADS = ("连续", "未来", "今后")
#: the counting words of batches and rounds: a quote printing one such count gives the
#: count of what its figure came in (先后三批次承接308项)
_BATCHES = frozenset({"批", "批次", "轮"})
#: and in English (over the next three years, in the past ten years)
_YEARS_LEAD_EN = re.compile(r"\b(next|past|last)\s+$", re.IGNORECASE)
#: the two words right after an English count
_AFTER_COUNT_EN = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?", re.IGNORECASE)
#: how many characters beside a place are the words a statement and a source say of it
#: (Setting.place_swapped: 集中办公 after 在北京市; three before it)
PLACE_WORDS = 4
#: articles kept as read between statements (past this many, they start again)
KEPT_ARTICLES = 5000


#: a body whose data a statement gives a figure as, at its start or a clause's (通州区民政局
#: 数据显示，…; 文化和旅游部数据中心的监测显示…)
_DATA_FROM = re.compile(r"(?:^|[，,。；;：:])\s*([\u4e00-\u9fff]{3,24}?)的?"
                        r"(?:监测数据|统计数据|监测|统计|数据)(?:显示|表明)")
#: the share of such a body's character pairs the claim's paragraphs must have
DATA_NAMED = 0.6
#: the kinds of body a statement may name a figure's setting by (the publisher of a report,
#: a building, a venue): with the two characters before them, what a source must print
_NAMED_KIND = re.compile(r"图书馆|博物馆|美术馆|会议中心|展览中心|会展中心|研究院|科学院|体育馆|"
                         r"剧院|组团")  # (组团: a free-trade zone's part, 通州组团)
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
#: the two characters before a kind that count it, not name it (十二个组团, 三座博物馆): a
#: numeral, and a counting word after it
_COUNTS_A_KIND = re.compile(
    rf"[零〇一二两三四五六七八九十百千万几数余多][{''.join(sorted(COUNT_WORDS))}]?$")


def _named(name: str, text: str, share: float) -> bool:
    """Whether ``text`` (normalised, its lines joined) prints ``name``, or ``share`` of its
    character pairs (a name given short or otherwise)."""
    said = normalize(name)
    pairs = {g for g in bigrams(said) if len(g) == 2}
    return said in text or bool(pairs) and len({g for g in pairs if g in text}) >= share * len(
        pairs)


def joined(paragraphs: Iterable[str]) -> str:
    """Paragraphs of a source as one normalised text, their lines joined (a name may be
    broken at a line's end)."""
    return normalize("".join("".join(p.split()) for p in paragraphs))


#: how far before or after a source's words the place they are said of may start or end
#: (Setting.place_swapped: 天津市滨海新区 is seven characters)
PLACE_REACH = 12


def _places_beside(source: str, words: str, *, after: bool) -> Iterator[Any]:
    """The places ``source`` prints right before ``words`` (``after``: the words come after
    the place), with those listed before that one (天津市和河北省人大常委会: both), or
    right after them."""
    places = gazetteer()
    at = source.find(words)
    while at != -1:
        if after:
            window = source[max(0, at - 3 * PLACE_REACH) : at]
            found = places.find(window)
            end = len(window)
            for q in reversed(found):
                if q.end != end:
                    break
                yield q
                end = q.start - 1  # (the place before, and a 和, 及, 与 or 、 between)
                if end < 0 or window[end] not in _LIST_JOINS:
                    break
        else:
            window = source[at + len(words) : at + len(words) + PLACE_REACH]
            yield from (q for q in places.find(window) if q.start == 0)
        at = source.find(words, at + 1)


#: the characters that join the places of a list (天津市和河北省)
_LIST_JOINS = frozenset("和及与、")


def _counted_en(text: str, end: int) -> str | None:
    """What an English count ending at ``end`` counts: a plural noun (two batches, three
    rounds of …), a hyphened word (eight national-level zones, two provincial-level ones), a
    word and the plural noun after it (three intercity railways; six industrial chains,
    which five industrial clusters are not); None for anything else (one of)."""
    m = _AFTER_COUNT_EN.match(text, end)
    if m is None:
        return None
    first, second = m[1].lower(), (m[2] or "").lower()
    if first.endswith("s") or "-" in first:
        return first
    if second.endswith("s") and len(second) > 3:
        return f"{first} {second}"
    return None


class Setting:
    """A base's figures as their sources set them: each check takes the statement's text,
    its figure and the verdict on its value; the claims' articles are read once."""

    def __init__(self, kb: KnowledgeBase, read_quote: Callable[[Claim], Sentence],
                 paragraph_claims: Callable[[Claim], list[Claim]] = lambda _claim: [],
                 read_paragraph: Callable[[Claim], Sentence | None] | None = None) -> None:
        self.kb = kb
        self._read_quote = read_quote
        #: a claim's paragraph(s) read as one text (Comparer._read_paragraph: kept)
        self._read_paragraph = read_paragraph or self._paragraph_read
        #: a claim's paragraph's claims (Comparer.paragraph_claims: none in a large base)
        self._paragraph_claims = paragraph_claims
        self._articles: dict[tuple[str, int], str] = {}
        #: (source, first, last) → a claim's paragraphs and their neighbours, joined
        self._neighbourhoods: dict[tuple[str, int, int], str] = {}
        self._article_places: dict[tuple[str, int], frozenset[str]] = {}
        self._sources: dict[str, str] = {}
        #: claim id → its quote's sentence up to the quote's end, and from its start
        self._sentences: dict[str, tuple[str, str]] = {}

    def placed_in(self, text: str, item: StatedFigure, verdict: FigureVerdict,
                  keys: Callable[[str], list[str]]) -> FigureVerdict:
        """A figure of a claim whose subject names no place (a person, 郭大爷; a body) in a
        statement that names places (2022年河北省诈骗话术保障额度100万元): unsupported unless
        the claim's article names each of them or a place inside it — a place-less subject
        passes the place rules for any place (郭大爷's fake 100万 cover is Tongzhou's
        article's, not 河北's: "the source says 1 million yuan, and not in 河北省").
        ``keys`` gives a subject's places (PlaceScope.keys)."""
        claim = verdict.claim
        if claim is None or keys(claim.subject):
            return verdict
        places = gazetteer()
        named = {n.place.key: n.printed for n in places.find(text)
                 if n.place.key not in COUNTRY_KEYS}
        if not named:
            return verdict
        key = (claim.source, claim.first)
        found = self._article_places.get(key)
        if found is None:
            found = self._article_places[key] = frozenset(
                n.place.key for n in places.find(self._article(claim)))
        if not found:
            return verdict  # (an article that names no place says nothing of where)
        missing = [printed for place, printed in named.items()
                   if not any(place == f or places.contains(place, f) for f in found)]
        return self._not_as_said(item, verdict, missing, "not in {}")

    def place_swapped(self, text: str, item: StatedFigure, others: Sequence[StatedFigure],
                      verdict: FigureVerdict) -> FigureVerdict:
        """A figure the source gives, in a statement that says of one place what the
        claim's paragraphs (and the one on each side) say of another, in the same words
        (办公室在天津集中办公, where the source has 在北京市集中办公; 其中天津牵头氢能 for
        北京牵头氢能; 从北京海淀迁来 for 从北京通州搬来): unsupported, "the source says 15 个,
        and says 集中办公 of 北京市, not 天津". The words are the PLACE_WORDS Chinese
        characters after the place, or the PLACE_WORDS - 1 before it, where the source does
        not say them of this place too. A place holding the other is no swap, nor one inside
        it but for a count (the whole's 45家 said of a part: 在北京已定点…45家 for the source's
        在京津冀地区已定点…), nor one in the clause of another of the statement's figures
        (``others``: that figure's words, weighed with it)."""
        if verdict.claim is None:
            return verdict
        if _CJK_CHAR.search(text):
            verdict = self._place_swapped_zh(text, item, others, verdict)
        if verdict.verdict == SUPPORTED and _ASCII_WORD.search(text):
            # (in English, or a bilingual line's English: …大会 closed in Xiongan New Area)
            verdict = self._place_swapped_en(text, item, others, verdict)
        if verdict.verdict == SUPPORTED and _ASCII_WORD.search(text):
            verdict = self._owner_swapped_en(text, item, verdict)
        return verdict

    def together_otherwise(self, text: str, item: StatedFigure,
                           verdict: FigureVerdict) -> FigureVerdict:
        """A figure the source gives, in a statement that says other places, or another
        number of them, did it together than the claim's quote says (平谷、蓟州、三河、兴隆
        四地联合发行…12万张, where the source has …兴隆6地联合发行; events.together_apart):
        unsupported, "the source says 12万张, and says 6地联合, not 四地联合"."""
        from jjjcli.events import together_apart

        claim = verdict.claim
        assert claim is not None
        apart = together_apart(normalize(text), normalize(claim.quote))
        if apart is None:
            return verdict
        return given_otherwise(item, verdict, (
            f"{source_says(item, verdict)}, and says "
            f"{apart[1]}, not {apart[0]}"))

    def _owner_swapped_en(self, text: str, item: StatedFigure,
                          verdict: FigureVerdict) -> FigureVerdict:
        """An English body owned by a place before the figure, in its clause (Tianjin's
        human resources and social security bureau has signed 31…), that the claim's
        English gives to another place (Beijing's human resources and social security
        bureau): unsupported, "the source says 31, and says Beijing's … bureau, not
        Tianjin's". The same body word after each, neither place holding the other."""
        claim = verdict.claim
        assert claim is not None
        places = gazetteer()
        start = max((m.end() for m in CLAUSE_END_EN.finditer(text, 0, item.start)), default=0)
        owned = {m["body"].lower(): m for m in _OWNED_BODY_EN.finditer(text, start, item.start)}
        if not owned:
            return verdict
        for theirs in _OWNED_BODY_EN.finditer(claim.en):
            mine = owned.get(theirs["body"].lower())
            if mine is None:
                continue
            own = next(iter(places.find_english(mine["owner"])), None)
            other = next(iter(places.find_english(theirs["owner"])), None)
            if (own is None or other is None or places.contains(own.place.key, other.place.key)
                    or places.contains(other.place.key, own.place.key)):
                continue
            return given_otherwise(item, verdict, (
                f"{source_says(item, verdict)}, and says "
                f"{theirs[0]}, not {mine['owner']}'s"))
        return verdict

    def _place_swapped_zh(self, text: str, item: StatedFigure,
                          others: Sequence[StatedFigure],
                          verdict: FigureVerdict) -> FigureVerdict:
        claim = verdict.claim
        assert claim is not None
        places = gazetteer()
        said = text  # (as read: the figures' places are in it)
        ends = [m.end() for m in CLAUSE_BREAK.finditer(said)]

        def clause(at: int) -> int:
            return next((end for end in ends if end > at), len(said))

        own, theirs = clause(item.start), {clause(o.start) for o in others}
        # (not the claim's own place: 天津港口货物吞吐量 of 天津市's claim, whose quote says
        # 天津港口集装箱…货物吞吐量 and, after it, 河北港口货物吞吐量)
        subject = {n.place.key for n in places.find(claim.subject)}
        named = [n for n in places.find(said)
                 if len(n.printed) >= 2 and n.place.key not in COUNTRY_KEYS
                 and n.place.key not in subject
                 and (clause(n.start) == own or clause(n.start) not in theirs)]
        if "分别" in item.words:
            # (a 分别 list gives each place its item: 天津、河北…分别达到73.2%和60% says
            # 73.2% of 天津, its item, and nothing of 河北's words)
            mine = {n.place.key for n in places.find(item_of(item.words))}
            named = [n for n in named if n.place.key in mine]
        if not named:
            return verdict
        source = self._neighbourhood(claim)
        listed = {n.place.key for n in named}
        for n in named:
            after = said[n.end : n.end + PLACE_WORDS]
            before = said[max(0, n.start - PLACE_WORDS + 1) : n.start]
            # (the words, where the source does not say them of this place too)
            words = [w for w, size, own_words in (
                (after, PLACE_WORDS, n.printed + after),
                (before, PLACE_WORDS - 1, before + n.printed))
                if len(w) == size and _CJK_ONLY.fullmatch(w) and own_words not in source]
            for w in words:
                beside = list(_places_beside(source, w, after=w == after))
                # (a part for the whole of a count: 小米汽车在北京已定点供应链企业45家 for
                # the source's 在京津冀地区已定点…45家; a share may be the part's too)
                count = (tally(item.figure)
                         and n.place.kind != "region"  # (津冀 for a source's 京津冀两地)
                         and not any(re.search(re.escape(q.printed) + ".{0,2}"
                                               + re.escape(n.printed), source)
                                     # (天津蓟州: the part, named; 天津、河北 for 津冀)
                                     or made_up_by(q.place.key, listed) for q in beside))
                if beside and not any((places.contains(q.place.key, n.place.key)
                                       and not (count and q.place.key != n.place.key))
                                      or places.contains(n.place.key, q.place.key)
                                      for q in beside):
                    return given_otherwise(item, verdict, (
                        f"{source_says(item, verdict)}, "
                        f"and says {w} of {beside[0].printed}, not {n.printed}"))
        return verdict

    def all_for_part(self, text: str, item: StatedFigure,
                     verdict: FigureVerdict) -> FigureVerdict:
        """A count the source gives, that the statement says all of did something (14所…
        已全部实现招生, 145个项目已全部落地), where the claim's paragraph says it, after the
        count, of a part only (…14所优质中小学、幼儿园,其中…一幼海晟实验园已实现招生; 引入项目
        145个,其中政府推荐项目全部落地), or a smaller number of them did it (…共有13个数据中心
        项目,…已运营数据中心项目7): unsupported, "the source says 其中…招生 (a part), not all 14
        所"."""
        claim = verdict.claim
        if (claim is None or verdict.verdict != SUPPORTED or not _CJK_CHAR.search(text)
                or not tally(item.figure)):
            return verdict
        stop = CLAUSE_BREAK.search(text, item.end)  # (in the figure's own clause)
        said = _ALL_DID.search(text, item.end, stop.start() if stop else len(text))
        if said is None or text.find(_OF_WHICH, item.end, said.start()) >= 0:
            return verdict
        done = said[1]
        # (the verb the clause ends with: 投入运营's 运营)
        verb = "".join(_CJK_CHAR.findall(
            text[said.start(1) : stop.start() if stop else len(text)]))[-2:]
        counted = verdict.expected or item.figure
        printed = "".join(counted.raw.split())
        for paragraph in self.kb.paragraphs_of(claim) or ():
            flat = normalize(paragraph)
            for at in (m.start() for m in re.finditer(re.escape(printed), flat)):
                end = SENTENCE_BREAK.search(flat, at)
                sentence = flat[at : end.start() if end else len(flat)]
                part = sentence.find(_OF_WHICH)
                if part >= 0 and done[-2:] in sentence[part + len(_OF_WHICH) :]:
                    return given_otherwise(item, verdict, (
                        f"the source says 其中…{done[-2:]} (a part), not all "
                        f"{describe(counted)}"))
                # (…共有13个数据中心项目,…已运营数据中心项目7个: fewer of them did it)
                fewer = re.search(rf"已{re.escape(verb)}[\u4e00-\u9fff]{{0,8}}?(\d+)(?![\d.%])",
                                  sentence[len(printed) :]) if (
                    len(verb) == 2 and _WHOLLY_DID.search(said[0])) else None
                if fewer is not None and int(fewer[1]) < counted.value:
                    return given_otherwise(item, verdict, (
                        f"the source says {fewer[0]} (a part), not all {describe(counted)}"))
        return verdict

    def issuer_swapped(self, text: str, item: StatedFigure,
                       verdict: FigureVerdict) -> FigureVerdict:
        """A figure or date the source gives, in a sentence that has another body issue what
        it counts or dates than the claim's sentence has, by the same verb
        (kinds.issued_by, other_issuer: 2023年6月，工业和信息化部公布…孵化器名单, where the
        source says 科技部火炬中心公布): unsupported, "the source says 科技部火炬中心公布; the
        statement says 工业和信息化部公布". A short form of the body's name is the body."""
        claim = verdict.claim
        if claim is None or verdict.verdict != SUPPORTED or not _CJK_CHAR.search(text):
            return verdict
        stop = SENTENCE_BREAK.search(text, item.end)
        mine = issued_by(text[item.start - len(back_to(text, item.start, SENTENCE_BREAK)) :
                              stop.start() if stop else len(text)], lists=True)
        if mine is None:
            return verdict
        theirs = issued_by(normalize(self._whole_sentence(claim)), lists=True)
        if theirs is None or theirs[1] != mine[1] or not other_issuer(mine[0], theirs[0]):
            return verdict
        return given_otherwise(item, verdict, f"the source says {''.join(theirs)}; the "
                                               f"statement says {''.join(mine)}")

    def _place_swapped_en(self, text: str, item: StatedFigure,
                          others: Sequence[StatedFigure],
                          verdict: FigureVerdict) -> FigureVerdict:
        """place_swapped in English: a place after the figure, whose two words before it
        (ports in Beijing) the claim's English says of another place (ports in the
        Beijing-Tianjin-Hebei region) — an unrelated one, or, for a count, one holding it
        (the whole's 14 said of a part): unsupported, "the source says 14, and says ports
        in Beijing-Tianjin-Hebei, not ports in Beijing". Only a place in the figure's
        own clause, with no other figure (``others``) between."""
        claim = verdict.claim
        assert claim is not None
        places = gazetteer()
        english = claim.en
        given = {n.place.key for n in places.find_english(english)}
        subject = {n.place.key for n in places.find(claim.subject)}
        for n in places.find_english(text):
            if (n.start < item.end or n.place.key in COUNTRY_KEYS or n.place.key in given
                    or n.place.key in subject or CLAUSE_END_EN.search(text, item.end, n.start)
                    or any(item.end <= o.start < n.start for o in others)):
                continue
            words = _TWO_WORDS_BEFORE_EN.search(text, 0, n.start)
            if words is None or words[1].lower() in _NOT_PLACE_WORDS_EN:
                continue
            phrase = f"{words[1]} {words[2]}"
            lead = re.compile(rf"\b{re.escape(words[1])}\s+{re.escape(words[2])}\s+"
                              r"(?:the\s+)?", re.IGNORECASE)
            for m in lead.finditer(english):
                there = next((q for q in places.find_english(english[m.end():])
                              if q.start == 0), None)
                if there is None or there.place.key == n.place.key:
                    continue
                if places.contains(n.place.key, there.place.key) or (
                        places.contains(there.place.key, n.place.key)
                        and not tally(item.figure)):
                    continue
                return given_otherwise(item, verdict, (
                    f"{source_says(item, verdict)}, and says "
                    f"{phrase} {there.printed}, not {phrase} {n.printed}"))
        return verdict

    def _neighbourhood(self, claim: Claim) -> str:
        """A claim's paragraphs with the one on each side, normalised and joined ("" where
        its source cannot be read): read once."""
        key = (claim.source, claim.first, claim.last)
        text = self._neighbourhoods.get(key)
        if text is None:
            read = self.kb.paragraphs_of(claim, 1, 1)
            if len(self._neighbourhoods) > KEPT_ARTICLES:
                self._neighbourhoods = {}
            text = self._neighbourhoods[key] = "" if read is None else joined(read)
        return text

    def said_by(self, text: str, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A figure the statement has a person say (or names a person with: 李大爷…1080元),
        where the source names no such person in the claim's paragraphs, the one before
        where it ends in a colon that opens the quote or runs on into the claim's, or those
        the quotation the claim's opens runs on to: unsupported, the figure being right and
        who said it not (杨鸿宝表示…7家, which the source's 王正谱 said; 王沪宁报告…5621件,
        which 高云龙 reported — 王沪宁 is named a paragraph later). Authors the statement
        says wrote it (刘艳梅、魏怡雪撰文指出) are held to the claim's article, byline and all:
        "the source says 118 公里, and not in an article by 姜广智"."""
        claim = verdict.claim
        if claim is None:
            return verdict
        authors = writers(text, item.start)
        if authors:
            # an article's authors are in its byline or its text, not in the claim's
            # paragraphs (文 / 姜广智)
            verdict = self._not_as_said(item, verdict, [
                a for a in authors if a not in self._article(claim)], "not in an article by {}")
            if verdict.verdict != SUPPORTED:
                return verdict
        names = speakers(text, item.start)
        bodies = spokesmen(text, item.start)
        if not (names or bodies):
            return verdict
        read = self.kb.paragraphs_of(claim, 1, SPEAKER_PARAGRAPHS)
        if read is None:
            return verdict
        # (the source's lines joined: a name may be broken at a line's end)
        paragraphs = ["".join(p.split()) for p in read]
        own = claim.last - claim.first + 1
        start = 1 if claim.first > 1 else 0
        before = paragraphs[:start]
        around = "".join(paragraphs[start : start + own])
        if before and (before[0].endswith(("：", ":"))
                       or not before[0].endswith(("。", "！", "？", "”", "」", ".", "!", "?"))):
            around = before[0] + around  # 王正谱说：“…, or a sentence run on from it
        for after in paragraphs[start + own :]:
            if around.count("“") <= around.count("”"):
                break
            around += after  # the quotation goes on: …年产能108万辆。…”王正谱说。
        missing = [n for n in names if n not in around]
        # (a body's spokesman: the body named there, 中建二局三公司…项目负责人 not 中国中化集团)
        missing += [f"{b}负责人" for b in bodies if not named_body(b, "".join(paragraphs))]
        return self._not_as_said(item, verdict, missing, "does not have {} say it")

    def set_at(self, text: str, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A figure the statement sets at an event (在2023京津冀数字经济国际合作对接会上…
        首批23家园区…) that the claim's article never names: unsupported, the figure being
        right and the event not (the source gives the 23 parks at another forum; the
        对接会 is another article's). An event is named where the article prints its name
        (its year and edition aside), or most of its name's character pairs (an event
        named short or otherwise)."""
        claim = verdict.claim
        names = events_named(text) if claim is not None else []
        if not names or claim is None:
            return verdict
        article = self._article(claim)
        if not article:
            return verdict
        missing = [name for name in names if not _named(name, article, EVENT_NAMED)]
        return self._not_as_said(item, verdict, missing, "not at {}")

    def bodies_named(self, text: str, item: StatedFigure,
                     verdict: FigureVerdict) -> FigureVerdict:
        """A figure supported by a claim whose source nowhere prints a body the statement
        names by its kind (a library, a research institute, a venue: 中国社会科学院发布的
        蓝皮书显示…0.612, 北京城市图书馆一层…约2000平方米, …在国家会议中心举办): unsupported,
        the statement setting the figure where its source does not ("the source says
        0.612, and does not name 社会科学院"). A body is its kind and the two characters before
        it; the source's text is read with its lines joined."""
        claim = verdict.claim
        if claim is None:
            return verdict
        said = normalize(text)
        names = [said[m.start() - 2 : m.end()] for m in _NAMED_KIND.finditer(said)
                 if m.start() >= 2]
        names = [n for n in dict.fromkeys(names)
                 if _CJK_ONLY.fullmatch(n) and not _COUNTS_A_KIND.search(n, 0, 2)]
        if not names:
            return verdict
        source = self._source(claim)
        if not source:
            return verdict
        return self._not_as_said(item, verdict, [n for n in names if n not in source],
                                 "does not name {}")

    def data_from(self, text: str, item: StatedFigure,
                  verdict: FigureVerdict) -> FigureVerdict:
        """A figure a statement gives as a body's data (通州区民政局数据显示，…22.4%; 中国社会科学院
        监测数据显示，…55.32%) where the claim's own paragraphs have less than DATA_NAMED of
        that body's character pairs (通州区民政局 is three paragraphs on): unsupported,
        "the source says 22.4%, and does not give it as 通州区民政局's data" — the source's own
        body named otherwise (通州公安分局反诈中心 for 北京市公安局通州分局反诈中心) keeps it."""
        claim = verdict.claim
        found = _DATA_FROM.search(text, 0, item.start)
        if claim is None or found is None:
            return verdict
        name = found[1].removeprefix("据")
        read = self.kb.paragraphs_of(claim)
        if read is None:
            return verdict
        if _named(name, joined(read), DATA_NAMED):
            return verdict
        return self._not_as_said(item, verdict, [name], "does not give it as {}'s data")

    def _source(self, claim: Claim) -> str:
        """The whole text of a claim's source, normalised, its lines joined ("" where it
        cannot be read): read once for each source."""
        text = self._sources.get(claim.source)
        if text is None:
            text = self._sources[claim.source] = joined(self.kb.source_text(claim) or ())
        return text

    def _article(self, claim: Claim) -> str:
        """The text of the article a claim is in, normalised, its lines joined ("" where
        its source cannot be read): read once for each paragraph asked about."""
        key = (claim.source, claim.first)
        article = self._articles.get(key)
        if article is None:
            read = self.kb.article_text(claim)
            if len(self._articles) > KEPT_ARTICLES:
                self._articles = {}
            article = self._articles[key] = "" if read is None else joined(read)
        return article

    def named_first(self, text: str, item: StatedFigure,
                    verdict: FigureVerdict) -> FigureVerdict:
        """A figure of a statement's first clause that opens with a name (中冶迈克从最初的8名
        员工发展到近百人: kinds.lead_name) which is no place, shares no two characters with
        the claim's subject and is not printed in the claim's paragraphs, whole or abridged
        (中科院: kinds.abridges): unsupported, the figure being another body's (天津新松智能
        科技有限公司's 8名; 网安园, of the paragraph before, for 通州's 100多家). A claim
        contradicting a figure of any clause of it likewise: the name is the sentence's
        topic, and another body's figure says nothing of it (横琴粤澳深度合作区…累计签约项目
        300余个 against 通州与北三县's 210余个)."""
        claim = verdict.claim
        name = lead_name(text) if claim is not None else None
        if name is None or claim is None or (verdict.verdict == SUPPORTED
                                             and CLAUSE_BREAK.search(text, 0, item.start)):
            return verdict  # (a contradiction: of any clause, the name being their topic)
        if gazetteer().find(name) and not body_kind(name):
            return verdict  # (a place is weighed by the place rules; 唐山港口集团 is a body)
        subject = normalize(claim.subject)
        own = name
        for word in GENERIC_BODY_WORDS:
            own = own.replace(word, " ")
        if name in subject or len(bigrams(own) & bigrams(subject)) >= 2:
            return verdict  # (the subject named short: 曹妃甸试验区, 新松智能; 国家新能源汽车
            # 技术创新中心 shares only words many bodies' names have with 京津冀国家技术创新中心)
        read = self.kb.paragraphs_of(claim)
        if read is None:
            return verdict
        paragraphs = joined(read)
        if abridges(name, paragraphs) and not self._named_after(name, claim, verdict,
                                                                 paragraphs):
            return verdict  # (中科院 for the paragraph's 中国科学院)
        return self._not_as_said(item, verdict, [name], "not of {}")

    @staticmethod
    def _named_after(name: str, claim: Claim, verdict: FigureVerdict, paragraphs: str) -> bool:
        """Whether the paragraphs print a name only after the claim's figure, and its quote
        not at all: another body than the figure's (目前,京津冀中心已累计实施项目241项…；联合
        国家新能源汽车技术创新中心…)."""
        quote = joined([claim.quote])
        figure = verdict.expected
        if figure is None or abridges(name, quote):
            return False
        at = paragraphs.find(quote)
        raw = joined([figure.raw])
        if at < 0 or raw not in quote:
            return False
        end = at + quote.index(raw) + len(raw)
        first = paragraphs.find(name)
        return first >= end

    @staticmethod
    def _not_as_said(item: StatedFigure, verdict: FigureVerdict, missing: list[str],
                     how: str) -> FigureVerdict:
        """The support of a figure whose value is right and whose setting the source does
        not give (who said it, where): unsupported, "the source says 7 家, and does not
        have 杨鸿宝 say it"; as it was where nothing is ``missing``."""
        if not missing:
            return verdict
        return given_otherwise(item, verdict, f"{source_says(item, verdict)}, and "
                               + how.format("、".join(missing)))


    def counts_running(self, text: str, left: list[StatedFigure],
                       verdicts: list[FigureVerdict]) -> list[FigureVerdict]:
        """The prose counts left out for want of a claim (连续三年, 三轮), that the quote of a
        claim deciding another figure of the statement gives otherwise after the same
        words: contradicted. A count of years running (连续三年) or to come (未来五年) after
        its lead (天津科技大学科技园连续三年获评…第一, the source's 连续两年…第一; 未来三年…将投资
        22亿元, the source's 未来五年); in English, after next, past or last, against the
        claim's English (over the next three years, where it says over the next five years).
        Another count after the same two Chinese characters, in the same counting word (连续
        开展三轮…专项行动, the source's 连续开展两轮), or of batches or rounds where the quote
        prints only one (分两批次承接308项, the source's 先后三批次承接308项); in English,
        another count of the same plural noun in the claim's English (in two batches, where
        it says in three batches)."""
        from jjjcli.reading import read_sentence

        found = []
        for item in left:
            counted = (_counted_en(text, item.end)
                       if item.figure.unit is None and not _CJK_CHAR.search(text) else None)
            if counted is not None:
                judged = self._counted_otherwise_en(item, counted, verdicts)
                if judged is not None:
                    found.append(judged)
                continue
            unit = item.figure.unit
            if unit == "年" and counted_back(text, item.start, item.end) is not None:
                # (one counted back as the source does is left out, as prose; over the past
                # five years as 五年来)
                judged = self._counted_back(item, text, verdicts)
                if judged is not None and judged.verdict == CONTRADICTED:
                    found.append(judged)
                continue
            lead = next((w for w in _YEARS_LEADS if text[: item.start].endswith(w)), None)
            english = _YEARS_LEAD_EN.search(text, 0, item.start) if lead is None else None
            if english is not None:
                lead = english.group(1).lower() + " "
            if unit != "年" or (lead is None and english is None):
                # (another count after the same two characters; of years too: 实施五年 for
                # the source's 实施三年来)
                before = text[max(0, item.start - 2) : item.start]
                lead = before if unit and len(_CJK_CHAR.findall(before)) == 2 else None
                english = None
            if lead is None:
                continue
            for verdict in verdicts:
                if verdict.claim is None or verdict.verdict != SUPPORTED:
                    continue
                read = (self._read_quote(verdict.claim) if english is None
                        else read_sentence(verdict.claim.en))
                same = [o for o in read.figures if o.figure.unit == unit]
                said = next((o.figure for o in same
                             if read.text[: o.start].lower().endswith(lead)), None)
                theirs = mine = lead
                if said is None and unit in _BATCHES and len(same) == 1:
                    # (the quote's only count of batches or rounds: 分两批次承接308项 for
                    # its 先后三批次承接308项)
                    said, theirs, mine = same[0].figure, "", ""
                if said is not None and said.value != item.figure.value:
                    # (a count of years is given with its lead: 连续两年, next five years)
                    printed = said if unit != "年" else Figure(
                        f"{lead}{said.raw}", said.value, said.unit, said.qualifier, said.high)
                    judged = FigureVerdict(
                        item.figure, CONTRADICTED, verdict.claim, printed,
                        f"the source says {theirs}{said.raw}; the statement says "
                        f"{mine}{item.figure.raw}")
                    judged._stated = item
                    found.append(judged)
                    break
        return found

    def _counted_back(self, item: StatedFigure, text: str,
                      verdicts: list[FigureVerdict]) -> FigureVerdict | None:
        """A count of years back from now (counted_back: 三年来, 过去十年, 近5年, over the
        past 10 years) held to the sentence of the quote of a claim supporting another
        figure of the statement, up to the quote's end (五年来，通州组团…形成7项国家级改革案例,
        where the quote begins at 形成): supported where it counts as many years back (过去十年
        for 10年来), contradicted where it counts back only otherwise (三年来 for 五年来);
        None where none counts back."""
        from jjjcli.reading import read_sentence

        said = counted_back(text, item.start, item.end)
        otherwise: FigureVerdict | None = None
        for verdict in verdicts:
            if verdict.claim is None or verdict.verdict != SUPPORTED:
                continue
            read = read_sentence(self._quote_sentence(verdict.claim), simplified=True)
            for other in read.figures:
                printed = (counted_back(read.text, other.start, other.end)
                           if other.figure.unit == "年" else None)
                if printed is None:
                    continue
                if other.figure.value == item.figure.value:
                    found = FigureVerdict(item.figure, SUPPORTED, verdict.claim, item.figure)
                    found._stated = item
                    return found
                if otherwise is None:
                    otherwise = FigureVerdict(
                        item.figure, CONTRADICTED, verdict.claim,
                        Figure(printed, other.figure.value, "年", other.figure.qualifier,
                               other.figure.high),
                        f"the source says {printed}; the statement says {said}")
                    otherwise._stated = item
        return otherwise or self._framing(item, verdicts)

    def _framing(self, item: StatedFigure, verdicts: list[FigureVerdict]
                 ) -> FigureVerdict | None:
        """A count of years back from now that the paragraph of a claim supporting another
        figure of the statement frames itself with, in an earlier sentence (2014年2月…党中央
        作出…决策。10年间,… before the quote's 经济总量…突破10.4万亿元; the knowledge base
        leaves such a frame out as a figure of its own): supported, citing that claim, "its
        paragraph is framed by 10年间"."""
        for verdict in verdicts:
            if verdict.claim is None or verdict.verdict != SUPPORTED:
                continue
            read = self._read_paragraph(verdict.claim)
            if read is None:
                continue
            for other in read.figures:
                if other.figure.unit != "年" or other.figure.value != item.figure.value:
                    continue
                printed = counted_back(read.text, other.start, other.end)
                if printed is not None and other.figure.qualifier == item.figure.qualifier:
                    found = FigureVerdict(item.figure, SUPPORTED, verdict.claim, other.figure,
                                          f"its paragraph is framed by {printed}")
                    found._stated = item
                    return found
        return None

    def _paragraph_read(self, claim: Claim) -> Sentence | None:
        """A claim's paragraph(s) read as one text, where no reader of them is given."""
        from jjjcli.reading import read_sentence

        paragraphs = self.kb.paragraphs_of(claim)
        return None if paragraphs is None else read_sentence("\n".join(paragraphs),
                                                             simplified=True)

    def years_back(self, text: str, verdicts: list[FigureVerdict]) -> list[FigureVerdict]:
        """The counts of years back from now in digits (10年来, 10年间, over the past 10
        years) that no claim speaks to, held to the claims supporting the statement's other
        figures as the prose ones are (counts_running, _counted_back)."""
        judged = []
        for verdict in verdicts:
            item = verdict._stated
            if (item is not None and verdict.verdict == UNSUPPORTED and verdict.claim is None
                    and item.figure.unit == "年"
                    and counted_back(text, item.start, item.end) is not None):
                verdict = self._counted_back(item, text, verdicts) or verdict
            judged.append(verdict)
        return judged

    def _quote_sentence(self, claim: Claim, *, on: bool = False) -> str:
        """A claim's quote with the words of its sentence before it in its paragraph
        (五年来，通州组团… before 形成7项…), whitespace taken out; with ``on``, from the
        quote's start to its sentence's end (…分别达到12.86%和16.79%,均高于全国平均). The quote
        alone where its paragraph cannot be read."""
        return self._sentence_parts(claim)[1 if on else 0]

    def _whole_sentence(self, claim: Claim) -> str:
        """The sentence of a claim's quote, from its start to its end (_quote_sentence's two
        parts, the quote once)."""
        before, on = self._sentence_parts(claim)
        return before + on[len("".join(claim.quote.split())) :]

    def _sentence_parts(self, claim: Claim) -> tuple[str, str]:
        """_quote_sentence's two parts, its paragraph read once for both (kept as read)."""
        known = self._sentences.get(claim.id)
        if known is None:
            quote = "".join(claim.quote.split())
            paragraph = "".join("".join(self.kb.paragraphs_of(claim) or ()).split())
            at = paragraph.find(quote)
            if at < 0:
                known = (quote, quote)
            else:
                end = SENTENCE_BREAK.search(paragraph, at + len(quote))
                opens = max((m.end() for m in SENTENCE_BREAK.finditer(paragraph, 0, at)),
                            default=0)
                known = (paragraph[opens : at + len(quote)],
                         paragraph[at : end.start() if end else len(paragraph)])
            if len(self._sentences) > KEPT_ARTICLES:
                self._sentences = {}
            self._sentences[claim.id] = known
        return known

    def lies_otherwise(self, text: str, item: StatedFigure, stated: Sequence[StatedFigure],
                       verdict: FigureVerdict) -> FigureVerdict:
        """A figure the source gives, the nearest of the statement's (``stated``) to where
        the statement puts a place at another compass point from the same place than the
        sentence of the claim's quote does (位于天津城区西北部，面积38平方公里, where the source
        has 位于天津城区东北部一片38平方公里的土地上; 距北京西南方向140公里 for 距离北京东南方向
        140公里外; in English against the claim's English, *140 km south-west of Beijing* for
        *south-east of Beijing*): contradicted, "the source says 城区东北部; the statement
        says 城区西北部". Only where the source never puts it the statement's way from that
        place."""
        claim = verdict.claim
        if claim is None or verdict.verdict != SUPPORTED:
            return verdict
        chinese = bool(_CJK_CHAR.search(text))
        source: list[_Lies] | None = None
        # (not a measure word right before the figure: 一片38平方公里's 一片)
        starts = {s.start for s in stated}
        counted = [s for s in stated if s.end not in starts]
        for said in _lies(text):
            if _nearest(counted, said.start, said.end) is not item:
                continue
            if source is None:
                source = _lies(claim.en if not chinese else self._whole_sentence(claim))
            theirs = [lies for lies in source if lies.place == said.place]
            if not theirs or any(lies.point == said.point for lies in theirs):
                continue
            return _says_otherwise(item, verdict, theirs[0].printed, said.printed)
        return verdict

    def moved_otherwise(self, text: str, item: StatedFigure,
                        verdict: FigureVerdict) -> FigureVerdict:
        """A figure the source gives, where the statement's own words say its thing moved
        one way (莱恩斯整体西迁100公里; *moves 100 km west*) and the claim's sentence (its
        English, for an English statement) says only another (东移100公里; *100 km east*):
        contradicted, "the source says 东; the statement says 西" (in English, east and
        west). Only where the source never says the statement's way."""
        claim = verdict.claim
        if claim is None or verdict.verdict != SUPPORTED:
            return verdict
        mine = _moved(item.words)
        if not mine:
            return verdict
        chinese = bool(_CJK_CHAR.search(text))
        theirs = _moved(self._whole_sentence(claim) if chinese else claim.en)
        if not theirs or set(mine) & set(theirs):
            return verdict
        return _says_otherwise(item, verdict, _ways(theirs, chinese), _ways(mine, chinese))

    def numbered_otherwise(self, text: str, item: StatedFigure,
                           stated: Sequence[StatedFigure],
                           verdict: FigureVerdict) -> FigureVerdict:
        """A figure the source gives, the nearest of the statement's (``stated``) to a
        numbered meeting or congress the statement names otherwise than the sentence of the
        claim's quote, after the same character (全国政协十四届三次会议：应出席2162人, where the
        source has 全国政协十四届二次会议应出席委员2162人; 党的十八大以来 for 党的十九大以来):
        contradicted, "the source says 十四届二次会议; the statement says 十四届三次会议". Only
        where the source, in the claim's paragraphs and those beside them, never names the
        statement's.
        Not a figure of the statement's own (第25届 is one, decided as such)."""
        claim = verdict.claim
        if claim is None or verdict.verdict != SUPPORTED or not _NUMBERED.search(text):
            return verdict
        spans = [(o.start, o.end) for o in stated]
        source: list[_Numbered] | None = None
        mine = _numbered(text)
        for said in mine:
            if any(start < said.end and said.start < end for start, end in spans):
                continue
            if _nearest(stated, said.start, said.end) is not item:
                continue
            if source is None:
                source = _numbered(normalize(self._whole_sentence(claim)))
            theirs = [n for n in source if n.kind == said.kind and n.before == said.before]
            if not theirs or any(n.number == said.number for n in theirs):
                continue
            if said.before + said.number + said.kind in self._neighbourhood(claim):
                continue  # (the source names it too)
            return _says_otherwise(item, verdict, _printed(theirs[0], source),
                                   _printed(said, mine))
        return verdict

    def listed_otherwise(self, text: str, item: StatedFigure,
                         verdict: FigureVerdict) -> FigureVerdict:
        """A count the source gives, with the things it counts named after it or before it
        (5个子协议涵盖商事制度、监管执法、政务服务、金融服务和知识产权), where the claim's
        sentence names them beside the same count and the statement names one the source
        does not, in place of one it does: contradicted, "the source says 跨境贸易; the
        statement says 金融服务". Only lists whole (as many things as the count: not 大兴、
        海淀等7个区), and only where the source, in the claim's paragraphs and those beside
        them, never names the statement's."""
        claim = verdict.claim
        if claim is None or verdict.verdict != SUPPORTED or not _CJK_CHAR.search(text):
            return verdict
        # (only a list whole: as many things named as the count says, 5个… and five of them)
        count = item.figure.value
        mine = _listed_after(text, item.end) or _listed_before(text, item.start)
        if len(mine) < 2 or len(mine) != count:
            return verdict
        sentence = normalize(self._whole_sentence(claim))
        printed = "".join((verdict.expected or item.figure).raw.split())
        at = sentence.find(printed)
        if at < 0:
            return verdict
        theirs = (_listed_after(sentence, at + len(printed))
                  or _listed_before(sentence, at))
        if len(theirs) != count:
            return verdict
        extra = [i for i in mine if not any(_same_item(i, t) for t in theirs)]
        left = [t for t in theirs if not any(_same_item(i, t) for i in mine)]
        neighbourhood = self._neighbourhood(claim)
        extra = [i for i in extra if i not in neighbourhood]
        if not extra or not left:
            return verdict
        return _says_otherwise(item, verdict, "、".join(left), "、".join(extra))

    def examples_otherwise(self, text: str, item: StatedFigure,
                           verdict: FigureVerdict) -> FigureVerdict:
        """A figure the source gives, in a sentence that names, with 等 and a kind, other
        examples than the claim's sentence does before it (围绕教育、医疗等领域…承接市级赋权
        308项, where the source says 围绕土地管理、规划建设等领域): unsupported, "the source
        says 土地管理、规划建设; the statement says 教育、医疗" — an open list may hold more
        than it names, so no contradiction; none where the source, in the claim's paragraphs
        and those beside them, names one of the statement's."""
        claim = verdict.claim
        if claim is None or verdict.verdict != SUPPORTED or not _CJK_CHAR.search(text):
            return verdict
        mine = _examples_before(text, item.start)
        if mine is None:
            return verdict
        sentence = normalize(self._whole_sentence(claim))
        at = sentence.find("".join((verdict.expected or item.figure).raw.split()))
        theirs = _examples_before(sentence, at) if at >= 0 else None
        if theirs is None or theirs[0] != mine[0]:
            return verdict
        if any(_same_item(i, t) for i in mine[1] for t in theirs[1]):
            return verdict
        neighbourhood = self._neighbourhood(claim)
        if any(i in neighbourhood for i in mine[1]):
            return verdict
        return given_otherwise(item, verdict, f"the source says {'、'.join(theirs[1])}; the "
                                               f"statement says {'、'.join(mine[1])}")

    def compared_otherwise(self, text: str, item: StatedFigure,
                           others: Sequence[StatedFigure],
                           verdict: FigureVerdict) -> FigureVerdict:
        """A figure the source gives, that the statement then compares with something (…
        12.86%，低于全国平均水平: the words after it, up to the next figure or the sentence's
        end) the other way round from the claim's sentence, after its figure (…12.86%和
        16.79%,均高于全国平均), or says grows where it falls (5%滞纳金并每日递减, where the source
        has 而且会每日递增): contradicted, "the source says 高于全国; the statement says
        低于全国". Only where the two compare with the same thing (its first two characters)
        and the source never says it the statement's way."""
        claim = verdict.claim
        if claim is None or verdict.verdict != SUPPORTED:
            return verdict
        stop = SENTENCE_BREAK.search(text, item.end)
        end = min([*(o.start for o in others if o.start >= item.end),
                   stop.start() if stop else len(text)])
        if _CJK_CHAR.search(text):
            said = _turnable(text, item.end, end)
        else:  # (below the national average: 低于全国)
            said = {(_WAYS_EN[way.lower()], "全国")
                    for way in _COMPARED_EN.findall(text, item.end, end)}
        if not said:
            return verdict
        sentence = self._quote_sentence(claim, on=True)
        at = sentence.find("".join(verdict.expected.raw.split())) if verdict.expected else -1
        source = _turnable(sentence, max(at, 0))
        for way, what in sorted(said):
            turned = opposed({way}, {w for w, said_of in source if said_of == what})
            if turned is None:
                continue
            theirs, mine = turned[1] + what, way + what  # (高于全国; 递增)
            if not _CJK_CHAR.search(text):
                theirs, mine = f"{theirs} ({_WAY_EN[turned[1]]} the country's)", _WAY_EN[way]
            return _says_otherwise(item, verdict, theirs, mine)
        return verdict

    def _counted_otherwise_en(self, item: StatedFigure, noun: str,
                              verdicts: list[FigureVerdict]) -> FigureVerdict | None:
        """counts_running's English count of ``noun``, contradicted by the English of a
        claim supporting another figure of the statement, or of a claim of its paragraph
        about the same subject, that counts the same noun otherwise (*three universities and
        two hospitals*, where the hospitals' paragraph has *four universities*) — and none
        counts it as the statement does; None where none does."""
        from jjjcli.reading import read_sentence

        otherwise: FigureVerdict | None = None
        for verdict in verdicts:
            if verdict.claim is None or verdict.verdict != SUPPORTED:
                continue
            for claim in (verdict.claim, *self._siblings(verdict.claim)):
                if not claim.en:
                    continue
                read = read_sentence(claim.en)
                for other in read.figures:
                    if _counted_en(read.text, other.end) != noun:
                        continue
                    if other.figure.value == item.figure.value:
                        return None  # (five universities: the students' claim says so too)
                    if otherwise is None:
                        otherwise = FigureVerdict(
                            item.figure, CONTRADICTED, claim, other.figure,
                            f"the source says {other.figure.raw} {noun}; the statement "
                            f"says {item.figure.raw} {noun}")
                        otherwise._stated = item
        return otherwise

    def _siblings(self, claim: Claim) -> list[Claim]:
        """The other claims of a claim's paragraph about its subject (none in a large base)."""
        return [c for c in self._paragraph_claims(claim)
                if c.id != claim.id and c.subject == claim.subject]

    @staticmethod
    def _in_measure_name(raw: str, item: StatedFigure,
                         verdicts: list[FigureVerdict]) -> FigureVerdict | None:
        """Support for a figure that the metric of a claim supporting another figure of the
        statement holds in its name, and its quote prints (1000Mbps of
        1000Mbps及以上宽带接入用户渗透率): the measure's definition, not a value of it."""
        for other in verdicts:
            claim = other.claim
            if (other.verdict == SUPPORTED and claim is not None
                    and raw in "".join(claim.metric.split())
                    and raw in "".join(claim.quote.split())):
                found = FigureVerdict(item.figure, SUPPORTED, claim, item.figure)
                found._stated = item
                return found
        return None

    def printed_beside(self, text: str, verdict: FigureVerdict,
                       verdicts: list[FigureVerdict]) -> FigureVerdict:
        """A count of years or an edition no claim speaks to (10年来, 连续8年, 首届…大会),
        which the quote of a claim supporting another figure of the statement prints the
        same way (an edition: its paragraphs), with the same word right after it or the
        same two before it: supported by that claim, as the setting of its figure (10年来
        北京累计转出至津冀20.9万人). So is any figure that claim's metric and quote print,
        a threshold that defines what it measures (1000Mbps及以上…渗透率为26.3%)."""
        item = verdict._stated
        if verdict.verdict != UNSUPPORTED or verdict.claim is not None or item is None:
            return verdict
        raw = "".join(item.figure.raw.split())
        if item.figure.unit not in ("年", "届"):
            return self._in_measure_name(raw, item, verdicts) or verdict
        after, before = text[item.end : item.end + 1], text[max(0, item.start - 2) : item.start]
        if item.figure.unit == "年" and counted_back(text, item.start, item.end) is not None:
            judged = self._counted_back(item, text, verdicts)
            if judged is not None:
                return judged
        for other in verdicts:
            if other.verdict != SUPPORTED or other.claim is None:
                continue
            quote = "".join(other.claim.quote.split())
            if raw not in quote and item.figure.unit == "届":
                # (an edition is the event's: its paragraph names it, 首届…大会…152个)
                quote = "".join("".join(self.kb.paragraphs_of(other.claim) or ()).split())
            # (printed as the statement prints it, or with the same value: 十年来 for 10年来)
            read = self._read_quote(other.claim)
            spots = [(quote, m.start(), m.end())
                     for m in re.finditer(re.escape(raw), quote)] + [
                (read.text, o.start, o.end) for o in read.figures
                if o.figure.unit == item.figure.unit and o.figure.value == item.figure.value]
            for said, at, end in spots:
                if ((_CJK_CHAR.match(after) and said[end : end + 1] == after)
                        or (len(_CJK_CHAR.findall(before)) == 2
                            and said[max(0, at - 2) : at] == before)):
                    found = FigureVerdict(item.figure, SUPPORTED, other.claim, item.figure)
                    found._stated = item
                    return found
        return verdict

