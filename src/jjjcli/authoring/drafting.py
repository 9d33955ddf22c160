"""Draft claims for a new source: one per figure and per dated event, for a curator to
review.

A draft holds what the text shows for certain — the quote (the figure's clause, verbatim),
the paragraph, the parsed figure — and proposes what needs judgement: the metric (from the
vocabulary: the statistic whose name and aliases the clause's words before the figure
match best, in a unit the figure allows), the subject (the nearest place or body named
before the figure in its sentence), and the period (the sentence's year, not a comparison
base such as 比2014年). Every draft is ``status = "draft"`` until a curator deletes that line.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from jjjcli.figures import Figure, Found, find_figures
from jjjcli.record import Record
from jjjcli.text import Paragraph

#: where a sentence ends, and where a clause does
_SENTENCE_END = "。！？；!?;"
_CLAUSE_END = _SENTENCE_END + "，,：:"
#: a quote is the figure's sentence when that is at most this long, else its clauses (an
#: English sentence runs longer for as much said)
QUOTE_MAX = 90
QUOTE_MAX_EN = 300
#: where an English sentence ends: a stop before a space and a capital, or at the end (not
#: the point of 10.4 trillion, nor of Feb. 26)
_EN_SENTENCE_END = re.compile(
    r"(?<![A-Z][a-z])(?<!\b[A-Z])[.!?](?=[\"'”’)]?(?:\s+[A-Z\"'“(]|\s*$))")
#: …and at least this much of the sentence before the figure
QUOTE_LEAD = 24
_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)年(?:(?P<m>1[0-2]|0?[1-9])月)?")
_FIRST_MONTHS = re.compile(
    r"(?P<y>(?:19|20)\d\d)年前(?P<n>1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})个?月")
_SPAN = re.compile(r"(?P<a>(?:19|20)\d\d)年?(?:至|到|—|-|–)(?P<b>(?:19|20)\d\d)年")
#: a time said relative to when the article was printed: 今年2月底, 去年, 今年前两个月,
#: 今年上半年 — read against the year its date line prints (curation rule 1: a time printed
#: with the figure)
_NUMERAL = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"
_RELATIVE = re.compile(
    r"(?<!如)(?P<rel>今年|去年|前年)(?:(?P<first>前(?P<n>" + _NUMERAL + r")个?月)"
    r"|(?P<half>上半年|下半年)|(?P<quarter>一季度|前三季度|[二三四]季度)"
    r"|(?P<month>" + _NUMERAL + r")月(?:底|末|份)?)?")
_RELATIVE_YEARS = {"今年": 0, "去年": -1, "前年": -2}
_QUARTERS = {"一季度": (1, 3), "二季度": (4, 6), "三季度": (7, 9), "四季度": (10, 12),
             "前三季度": (1, 9)}
#: a span back from the year of printing: 10年来, 近十年, 这五年 (not 6年多来: no start)
_SPAN_BACK = re.compile(r"(?:近|这|过去)?(?P<n>" + _NUMERAL + r")年(?:来|以来|间)")
#: a level a span came to: 提高到, 增长至, 达到
_LEVEL_REACHED = re.compile(r"(?:到|至|达|达到)(?:了)?(?:约|近|超过|突破)?$")
#: the year a change starts from, printed right before its first value: that value's
#: time (由2014年的34.5%提高到50.3%; not 是2014年的1.43倍, whose base it is)
_YEAR_OF = re.compile(r"(?:由|从)(?:19|20)\d\d年(?:底|末|年底)?的$")
#: as of printing, with no time printed: the period stays "" and the note says so (rule 5)
_AS_OF_NOW = re.compile(r"目前|截至目前|截至当前|至今")
AS_OF_PUBLICATION = "as of publication"
#: verbs that make a date the fact (于2016年9月设立, 2020年9月…揭牌): the event metric is
#: the verb and 时间 (设立时间), or the name given here where the vocabulary has another
EVENT_VERBS = (
    "审议通过", "上升为", "投入使用", "正式运行", "召开", "考察", "视察", "参观", "印发", "成立",
    "签署", "签订", "迁入", "获批", "批准", "批复", "揭牌", "挂牌", "开幕", "启动", "撤销",
    "开展", "建成", "实施", "贯通", "升格", "转型", "作出", "设立", "发布", "开通", "通车",
    "举行", "举办", "开工", "投产", "竣工", "开学", "上线", "组建", "入选", "更名", "加入",
    "入驻", "投用", "落户", "出台", "施行", "达标", "通过", "提出", "强调", "指出", "制定",
    "编制", "申请", "完成", "摘帽", "立法", "负增长",
)
_EVENT_NAMES = {"挂牌": "揭牌时间", "签订": "签署时间", "举行": "召开时间", "通车": "开通时间",
                "通过": "审议通过时间", "达标": "首次全面达标时间", "视察": "考察时间",
                "批准": "获批时间", "批复": "获批时间"}
_EVENT = re.compile("|".join(EVENT_VERBS))
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_GROWTH = re.compile(r"增长|下降|增速|提高")
#: a line break before a byline: where a headline ends
_BYLINE_START = re.compile(r"(?<=[^\s。！？；!?;])[ \t]*\n(?=[ \t]*(?:本报记者|本报讯|新华社))")
#: a framing duration (十年来, 6年多来): not a figure of its own — the figures it frames carry
#: its span in their period — so it gets an [[exclude]], not a draft
_FRAMING_AFTER = ("来", "多来", "以来", "间")
FRAMING_REASON = "framing duration: the figures it frames carry the span in their period"
#: a number in the page's header (第1版, 浏览次数：1024): publication data, no claim
HEADER_REASON = "the page's header (its page, a counter): publication data, not a fact"
#: the kinds of draft that are an [[exclude]], with their reasons
EXCLUDED = {"framing": FRAMING_REASON, "header": HEADER_REASON}


class Draft(Record):
    """One drafted claim: the fields of a ``[[claim]]`` table."""

    __slots__ = ("id", "source", "paragraph", "quote", "metric", "subject", "period",
                 "figure", "kind", "note")

    id: str
    source: str
    paragraph: int
    quote: str
    metric: str
    subject: str
    period: str
    figure: Figure
    kind: str  # "figure", "date", or one of EXCLUDED (an [[exclude]], with its reason)
    note: str  # "as of publication" for a figure said only to be 目前 (rule 5), else ""

    def __init__(self, id: str, source: str, paragraph: int, quote: str, metric: str,
                 subject: str, period: str, figure: Figure, kind: str = "figure",
                 note: str = "") -> None:
        self.id = id
        self.source = source
        self.paragraph = paragraph
        self.quote = quote
        self.metric = metric
        self.subject = subject
        self.period = period
        self.figure = figure
        self.kind = kind
        self.note = note

    def fields(self) -> dict[str, Any]:
        """The claim's TOML fields, in the schema's order (an exclude's, for EXCLUDED)."""
        if self.kind in EXCLUDED:
            return {"source": self.source, "paragraph": self.paragraph,
                    "raw": self.figure.raw, "reason": EXCLUDED[self.kind]}
        return {
            "id": self.id, "status": "draft", "source": self.source,
            "paragraph": self.paragraph, "quote": self.quote, "metric": self.metric,
            "subject": self.subject, "period": self.period, "en": "", "topics": [],
            "figures": [self.figure.to_dict()], **({"note": self.note} if self.note else {}),
        }


def joined(text: str) -> str:
    """A paragraph's lines joined as the paragraph rule reads them: no space between
    Chinese characters (print extraction broke lines and spaced characters out), one
    between Latin words."""
    if not _CJK.search(text):
        return " ".join(text.split())  # (English: its words, one space apart)
    return re.sub(r"\s+", _join, text.strip())


def segments(text: str) -> list[str]:
    """A paragraph cut where a line starts with a byline (本报记者, 本报讯, 新华社): the
    headline above it is not part of the sentence that follows; its header lines (a date
    line, 来源, a byline alone: jjjcli.authoring.printed.is_header_line) left out. Each
    piece joined, and without a dateline and credit that open it (printed.LEAD_CREDIT)."""
    from jjjcli.authoring.printed import EN_DATELINE, LEAD_CREDIT, is_header_line

    runs: list[list[str]] = [[]]
    for line in text.split("\n"):
        if is_header_line(line):
            runs.append([])  # (a date line, 来源, a byline alone: no sentence goes on over it)
        else:
            runs[-1].append(line)
    pieces = (EN_DATELINE.sub("", LEAD_CREDIT.sub("", joined(piece), count=1), count=1)
              for run in runs for piece in _BYLINE_START.split("\n".join(run))
              if piece.strip())
    return [piece for piece in pieces if piece]


def _join(m: re.Match[str]) -> str:
    before = m.string[m.start() - 1] if m.start() else ""
    after = m.string[m.end()] if m.end() < len(m.string) else ""
    return " " if before.isascii() and after.isascii() and before.isalnum() and after.isalnum() \
        else ""


def _bounds(text: str, start: int, end: int, stops: str) -> tuple[int, int]:
    """The span of the sentence (or clause) of ``text`` holding ``start:end``."""
    marks = _stops(text, stops)
    left = bisect.bisect_left(marks, start)
    right = bisect.bisect_left(marks, end)
    return (marks[left - 1] + 1 if left else 0,
            marks[right] + 1 if right < len(marks) else len(text))


@functools.lru_cache(maxsize=8)
def _stops(text: str, stops: str) -> list[int]:
    if _CJK.search(text):
        return [i for i, ch in enumerate(text) if ch in stops]
    # English: its sentences end at a full stop (never a comma or a colon, even for a
    # clause: a long English sentence is quoted whole, up to QUOTE_MAX_EN)
    marks = {i for i, ch in enumerate(text) if ch in ";!?"}
    marks.update(m.start() for m in _EN_SENTENCE_END.finditer(text))
    return sorted(marks)


def quote_for(text: str, found: Found) -> str:
    """The figure's sentence, or, in a long sentence, its clause with enough before it."""
    s_left, s_right = _bounds(text, found.start, found.end, _SENTENCE_END)
    if s_right - s_left <= (QUOTE_MAX if _CJK.search(text) else QUOTE_MAX_EN):
        return text[s_left:s_right].strip()
    c_left, c_right = _bounds(text, found.start, found.end, _CLAUSE_END)
    while c_left > s_left and found.start - c_left < QUOTE_LEAD:
        earlier = max(s_left, max((text.rfind(ch, s_left, c_left - 1) for ch in _CLAUSE_END),
                                  default=-1) + 1)
        if c_right - earlier > QUOTE_MAX:
            break  # the clause before is itself long: the figure's clause stands alone
        c_left = earlier
    return text[c_left:c_right].strip().rstrip("，,：:")


def period_for(sentence: str, at: int) -> str:
    """The period of a figure at ``at`` in its sentence: 前11个月 of a year, a span, or the
    nearest year before it (a comparison base, 比2014年, is not a period)."""
    before = sentence[:at]
    span = _last(_SPAN, before)
    months = _last(_FIRST_MONTHS, before)
    year = None
    for candidate in _YEAR.finditer(before):
        if not _is_base(sentence, candidate.start()):
            year = candidate
    candidates = [m for m in (span, months, year) if m is not None]
    if not candidates:
        after = _YEAR.search(sentence, at)
        return after["y"] if after and not _is_base(sentence, after.start()) else ""
    nearest = max(candidates, key=lambda m: m.end())
    if nearest is span:
        return f"{span['a']}/{span['b']}"
    if nearest is months:
        n = months["n"]
        count = _count(n)
        return f"{months['y']}-01/{months['y']}-{count:02d}"
    assert year is not None
    return year["y"] + (f"-{int(year['m']):02d}" if year["m"] else "")


def relative_period(sentence: str, at: int, printed: int | None) -> str:
    """The period of a figure at ``at`` whose sentence says its time relative to the year
    the article was printed (``printed``): 今年 → that year, 去年 the one before, 今年2月底
    → YYYY-02, 今年前两个月 → YYYY-01/YYYY-02, 今年上半年 → YYYY-01/YYYY-06; a span back,
    10年来 → (YYYY−10)/YYYY (curation rule 3). "" when no such time is said or the year is
    not printed."""
    if printed is None:
        return ""
    before = sentence[:at]
    relative, span = _last(_RELATIVE, before), _last(_SPAN_BACK, before)
    if relative is not None and (span is None or relative.end() >= span.end()):
        year = printed + _RELATIVE_YEARS[relative["rel"]]
        if relative["first"]:
            return f"{year}-01/{year}-{_count(relative['n']):02d}"
        if relative["half"]:
            return f"{year}-01/{year}-06" if relative["half"] == "上半年" else \
                f"{year}-07/{year}-12"
        if relative["quarter"]:
            first, last = _QUARTERS[relative["quarter"]]
            return f"{year}-{first:02d}/{year}-{last:02d}"
        if relative["month"]:
            month = _count(relative["month"])
            return f"{year}-{month:02d}" if 1 <= month <= 12 else str(year)
        return str(year)
    if span is not None:
        if _LEVEL_REACHED.search(before, max(0, at - 6)):
            return str(printed)  # (十年来…提高到50.3%: the level it came to, not a span)
        return f"{printed - _count(span['n'])}/{printed}"
    return ""


def _count(numeral: str) -> int:
    from jjjcli.figures import chinese_to_number

    return int(numeral) if numeral.isdigit() else int(chinese_to_number(numeral))


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the last match is wanted
        pass
    return found


def _is_base(sentence: str, start: int) -> bool:
    """Whether the year at ``start`` is a comparison base (比2014年, 较2013年的)."""
    return start > 0 and sentence[start - 1] in "比较与同"


def subject_for(sentence: str, at: int, default: str = "") -> str:
    """The nearest place named before the figure in its sentence, by the gazetteer compare
    reads statements with (三地 is 京津冀, 副中心 北京城市副中心, 北京 北京市), printed as
    the text gives it where that is fuller than the gazetteer's name (天津市蓟州区)."""
    from jjjcli.places import gazetteer

    places = gazetteer()
    named = places.find(sentence[:at])
    if not named:
        return default
    last = named[-1]
    name = last.place.name
    printed = last.printed
    # a district printed with its city (天津市蓟州区) is the subject as printed
    if len(printed) > len(name) and printed.endswith(name):
        return printed
    return name


class MetricChooser:
    """Proposes a metric for a figure from the words around it in its clause: the
    statistic whose name or alias shares the most of its character pairs with them, in a
    unit the figure allows (an inverted index of pairs keeps this to the few names that
    share any)."""

    def __init__(self, metrics: Sequence[tuple[str, Sequence[str], Sequence[str]]]) -> None:
        """``metrics``: (name, aliases, units) of each statistic of the vocabulary."""
        self.entries: list[tuple[str, str, frozenset[str], frozenset[str]]] = []
        self.by_pair: dict[str, list[int]] = {}
        self.names = frozenset(name for name, _aliases, _units in metrics)
        for name, aliases, units in metrics:
            allowed = frozenset(units)
            for word in (name, *aliases):
                core = _core_name(word)
                grams = _grams(core)
                if grams:
                    for gram in grams:
                        self.by_pair.setdefault(gram, []).append(len(self.entries))
                    self.entries.append((name, core, grams, allowed))

    def choose(self, clause: str, figure: Figure) -> str:
        unit = figure.unit or ""
        context = _grams(clause)
        growth = bool(_GROWTH.search(clause))
        counts: dict[int, int] = {}
        for gram in context:
            for i in self.by_pair.get(gram, ()):
                counts[i] = counts.get(i, 0) + 1
        best, best_score = "", 0.0
        for i in sorted(counts):
            name, core, grams, units = self.entries[i]
            if units and unit not in units:
                continue  # `jjj check` holds a figure to its metric's units
            shared = counts[i] / len(grams)
            if core in clause:
                shared += 0.5
            if figure.unit == "%" and name.endswith(("增速", "增长率")) != growth:
                shared -= 0.3
            if shared > best_score:
                best, best_score = name, shared
        return best if best_score >= 0.5 else ""


def _core_name(name: str) -> str:
    for suffix in ("数量", "总数", "规模"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _grams(text: str) -> frozenset[str]:
    chars = "".join(_CJK.findall(text))
    return frozenset(chars[i : i + 2] for i in range(len(chars) - 1))


def event_metric(sentence: str, after: int, figures_at: Sequence[int]) -> str | None:
    """The event a date in ``sentence`` dates, or None when the date is the period of a
    figure after it. The metric is the nearest event verb's (揭牌 → 揭牌时间), or "" for
    the reviewer to name when no verb is known."""
    verb = _EVENT.search(sentence, after)
    end = verb.start() if verb else len(sentence)
    if any(after <= at < end for at in figures_at):
        return None
    if verb is None:
        return ""
    return _EVENT_NAMES.get(verb.group(0), verb.group(0) + "时间")


def draft_claims(
    source: str, number: str, paragraphs: Sequence[Paragraph], chooser: MetricChooser,
    progress: Callable[[int, int], None] | None = None, printed: int | None = None,
) -> Iterator[Draft]:
    """Drafts for every figure and dated event of ``paragraphs``, in text order;
    ``printed``, the year the article's date line prints (or its date given), anchors a
    time said relative to it (今年, 去年, 10年来)."""
    used: set[str] = set()
    for done, paragraph in enumerate(paragraphs):
        if progress:
            progress(done, len(paragraphs))
        yield from _header_numbers(source, paragraph)
        for text in segments(paragraph.text):
            figures = find_figures(text)
            # the figures a date can be the period of (not 首批, 第十四届 or 一批)
            starts = [f.start for f in figures if f.figure.qualifier != "ordinal"
                      and (any(ch.isdigit() for ch in f.figure.raw) or f.figure.value >= 10)]
            for found in sorted([*figures, *_dates(text)], key=lambda f: f.start):
                draft = _draft(source, number, paragraph.number, text, found, chooser, used,
                               starts, printed)
                if draft is not None:
                    yield draft


def _header_numbers(source: str, paragraph: Paragraph) -> Iterator[Draft]:
    """An [[exclude]] for each number of a paragraph's header lines that `jjj check` counts
    as a figure (第1版, 浏览次数：1024): segments leaves those lines out of the drafts."""
    from jjjcli.authoring.printed import is_header_line

    for line in paragraph.text.split("\n"):
        if line.strip() and is_header_line(line):
            for found in find_figures(joined(line)):
                yield Draft("", source, paragraph.number, "", "", "", "", found.figure,
                            "header")


def _draft(source: str, number: str, paragraph: int, text: str, found: Found,
           chooser: MetricChooser, used: set[str], starts: Sequence[int],
           printed: int | None = None) -> Draft | None:
    s_left, s_right = _bounds(text, found.start, found.end, _SENTENCE_END)
    sentence = text[s_left:s_right]
    at = found.start - s_left
    c_left, c_right = _bounds(text, found.start, found.end, _CLAUSE_END)
    figure = found.figure
    kind = "figure"
    read = None  # the figure as jjjcli.reading reads it (a figure, not a date)
    if found.is_date and (_is_base(sentence, at) or _published(text, found)):
        return None  # a comparison base (比2014年翻了一番) dates nothing, nor a paper's date
    if not found.is_date and figure.unit == "年" and text.startswith(_FRAMING_AFTER, found.end):
        return Draft("", source, paragraph, "", "", "", "", figure, "framing")
    if found.is_date:
        metric = event_metric(sentence, found.end - s_left, [a - s_left for a in starts])
        if metric is None:
            return None  # a year that is only a period
        if metric not in chooser.names:
            metric = ""  # an event the vocabulary has no name for: the reviewer's to name
        kind = "date"
    elif (checkable := _checkable(figure)) is None:
        return None
    else:
        figure = checkable
        read = _as_read(sentence, at)
        metric = (read is not None and read.words and chooser.choose(read.words, figure)) \
            or chooser.choose(text[max(c_left, found.start - 40):c_right], figure) \
            or chooser.choose(sentence, figure)
    quote = quote_for(text, found)
    year = int(figure.value) // 10000 if kind == "date" else 0
    period = str(year) if year else period_for(sentence, at)  # 3月4日: the sentence's year
    note = ""
    if kind == "figure" and not _YEAR_OF.search(sentence, max(0, at - 10), at):
        # (a year printed right before the figure, 由2014年的34.5%, is its time)
        period = _agreeing_period(period, read)
    if kind == "figure":
        if not period and figure.qualifier != "ordinal" and figure.unit != "届":
            # (a first, 首批, or an edition's number is no span's figure: 五年来…首个)
            period = relative_period(sentence, at, printed)
        if not period and _AS_OF_NOW.search(sentence, 0, at):
            note = AS_OF_PUBLICATION
    subject = subject_for(sentence, at) or subject_for(text[: found.start], found.start)
    base = f"{number}-{paragraph}-{'date' if kind == 'date' else 'fig'}"
    claim_id, n = base, 1
    while claim_id in used:
        n += 1
        claim_id = f"{base}-{n}"
    used.add(claim_id)
    return Draft(claim_id, source, paragraph, quote, metric, subject, period, figure, kind,
                 note)


def _published(text: str, found: Found) -> bool:
    """Whether a date is one `jjj check` leaves out by rule: a dateline's, a cited paper's
    (《人民日报》（2024年02月26日01版）), one inside a name."""
    from jjjcli.check import date_rule

    return date_rule(text, found.start, found.end) is not None


@functools.lru_cache(maxsize=64)
def _read(sentence: str) -> Any:
    from jjjcli.reading import read_sentence

    return read_sentence(sentence, simplified=True)


def _as_read(sentence: str, at: int) -> Any:
    """The figure at ``at`` of ``sentence`` as jjjcli.reading reads it (what compare aligns
    a statement's figure by: its own words, a 分别 list's item, its years); None where
    normalising moved the characters (PM_{2.5}) or it reads no figure there."""
    read = _read(sentence)
    if len(read.text) != len(sentence):
        return None
    return next((f for f in read.figures if f.start == at), None)


def _agreeing_period(period: str, own: Any) -> str:
    """``period`` unless jjjcli.reading reads the figure ``own``'s years otherwise (目前
    after an earlier 2022年; 于2021年11月更名 in another clause; the years of 2013年的6.2 :
    35.7): then the years it reads."""
    if own is None:
        return period
    years = set(re.findall(r"(?:19|20)\d\d", period))
    if years == set(own.period) or (years and years <= set(own.period)):
        return period
    return "/".join(sorted(own.period))


def _checkable(figure: Figure) -> Figure | None:
    """The figure as `jjj check` will read it back: its raw text must parse on its own to
    the same value. Read in running text, 6大 (领域) does not; its number does, unitless."""
    from jjjcli.errors import FigureError
    from jjjcli.figures import parse_figure, values_equal

    for raw in (figure.raw, _NUMBER.match(figure.raw)):
        if raw is None:
            continue
        text = raw if isinstance(raw, str) else raw.group(0)
        try:
            parsed = parse_figure(text)
        except FigureError:
            continue
        if values_equal(parsed.value, figure.value):
            return parsed
    return None


def _dates(text: str) -> list[Found]:
    """The dates of ``text`` as date figures (figures.find_dates)."""
    from jjjcli.figures import find_dates

    return find_dates(text)
