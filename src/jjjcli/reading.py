"""Reading text: sentences, and in each the figures with their own words and periods.

``read_text(draft)`` splits a text (an article draft, a pasted paragraph, a source) into
sentences — at Chinese and English sentence ends, and at paragraph breaks; a line break
inside a paragraph joins its lines, as print extraction and word processors break them —
keeping each sentence's offset so a line and column can be reported. ``read_sentence(text)``
reads one statement. A :class:`Sentence` holds its figures, each a :class:`StatedFigure`
with its span, its own words (from the figure before it to the next figure or the end of
its clause: what the figure counts or measures), its period (the years that apply to it) and
its comparison base (比2014年增长38.3%: 2014 is the base, not the period).

Text is read as journalists paste it: full-width digits and letters, PM_{2.5}/PM₂.₅ for
PM2.5, spaces inside numbers and dates from PDF extraction (``2014 年 2 月``, ``4791 件``),
规上 for 规模以上, traditional characters. figures.py parses the figures; this module says
which words belong to which.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from jjjcli.events import CLAUSE_BREAKS
from jjjcli.figures import (
    EN_NUMBER_WORDS,
    Figure,
    Found,
    canonical_unit,
    find_dates,
    find_figures,
    numeral_years_in_digits,
    parse_figure,
    spoken_numbers,
    tidy,
)
from jjjcli.places import gazetteer
from jjjcli.record import Record
from jjjcli.text import blanked
from jjjcli.values import prose_numeral

#: a statement longer than this is refused (a sentence in prose is a few hundred characters;
#: a 1 MB "line" is a file pasted without line breaks)
MAX_SENTENCE = 5_000

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
#: words before a year that make it a comparison base: 比2014年, 较2013年, 是2014年的1.8倍,
#: 与2013年相比, 相比2014年
#: (not the 比 of a share's name: 占比2013年40.7% is 2013's share, 比重2013年 too)
_BASE_BEFORE = re.compile(r"(?:(?<![占])比|较|是|与|同|相比|相较|相较于|对比|和|为)$")
_BASE_AFTER = re.compile(r"^年?(?:的\d|相比|同期|水平)")
#: the words an English change puts before the year it is against (up 32.6% from 2014,
#: than in 2013, compared with 2013, a post's vs 2012)
BASE_WORDS_EN = r"from|over|than|compared\s+(?:with|to)|against|vs\.?|versus"
#: a time of day as a live blog stamps its lines (10:32, 09:10 a.m. BJT)
#: a clock's hour and minute (14:00, 9：05)
_HOUR_MINUTE = r"(?:[01]?\d|2[0-3])\s*[:：]\s*[0-5]\d"
_CLOCK = (rf"{_HOUR_MINUTE}(?:\s*(?:[ap]\.?\s?m\.?))?"
          r"(?:\s*(?:BJT|GMT|UTC|CST))?")
#: what a desk puts before what a statement says: a label and a colon (更正：, 核实：, 快讯：,
#: 图注：, 接上条：, Correction:, Fact check:, TRUE:, BREAKING:, Caption:, Note:, a quiz's 单选题：,
#: True or false:, Q3., a meeting's minutes' 会议听取：), or a rebuttal's heading (并非下降：…年均
#: 增长4.1%)
_DESK_WORD = (r"(?:更正|核实|辟谣|纠错|事实核查|求证|快讯|突发|最新|更新|图注|图|注|接上条"
              r"|(?:单项|多项)?(?:单选|多选|选择|判断|填空)题|填空"
              r"|会议(?:指出|听取|强调|要求|认为|决定|明确|同意|议定))\s*[:：]"
              r"|(?:并非|不是)[\u4e00-\u9fff]{1,6}[:：]"
              r"|(?:corrections?|fact[\s-]?check|true|false|misleading|verdict|breaking|update|"
              r"updated|live|caption|chart|note|alt\s+text|true\s+or\s+false|quiz|"
              r"fill\s+in(?:\s+the\s+blanks?)?)\s*[:：]"
              r"|q\d{1,3}\.\s")  # (Q3. numbers a quiz's question; Q3: may be a quarter)
#: a reply's or a speech's greeting (您好，…, 答复：, Dear resident, Reply:, 同志们，, Ladies and
#: gentlemen,)
_REPLY_OPENING = (r"您好\s*[，,！!]|(?:答复|回复)\s*[:：]|dear\s+[a-z'’ -]{1,40}?,"
                  r"|(?:hello|hi)\s*[,!]|(?:reply|answer|response)\s*[:：]"
                  r"|(?:同志们|朋友们|同事们|各位(?:来宾|嘉宾|领导|代表|朋友)|女士们、?先生们)\s*[，,！!：:]"
                  r"|(?:ladies\s+and\s+gentlemen|dear\s+friends|friends|colleagues|"
                  r"distinguished\s+guests)\s*[,!:]")
#: an answer's or a report's lead-in, which says where the speaker has it from, not what
#: (据了解，, 据我了解，, 我们注意到，, As I understand it,, I can tell you that)
_LEAD_IN = (r"(?:据(?:我|我们)?了解|我们注意到|我注意到)\s*[，,]"
            r"|as\s+(?:i|we)\s+understand\s+it\s*,|i\s+can\s+tell\s+you\s+(?:that\s+)?")
#: a regulation's or a plan's article number before what it says (第十二条, 第十二条第二款,
#: a contract's 第4.2款, Article 5, Section 2.3, （三）), not a count of articles (共12条)
_ARTICLE = (r"第[一二三四五六七八九十百零〇\d]{1,5}条"
            r"(?:第[一二三四五六七八九十\d]{1,3}款)?\s*[:：]?"
            r"|第\d{1,3}(?:\.\d{1,3})+[条款项]\s*[:：]?"
            r"|(?:article|section|clause)\s+\d{1,3}(?:\.\d{1,3})*\s*[.:：]?(?=\s)"
            r"|[(（][一二三四五六七八九十]{1,3}[)）]")
#: an agenda's item before its title (Session 3 |, Panel 2 —, 议程二：)
_AGENDA_ITEM = (r"(?:session|panel|agenda\s+item)\s*\d{1,2}\s*(?:[—–|:：·]+|-{1,2}\s)"
                r"|议程[一二三四五六七八九十\d]{1,3}\s*[：:]?")
#: a time of day anywhere in a line (14:00, （14:20，报告厅）, 10:00–10:30): no figure
_CLOCK_TIME = re.compile(rf"(?<![\d.:：]){_HOUR_MINUTE}(?![\d.:：%])"
                         # (and as a bulletin says it: 现在是8点整, 北京时间10点半, 7点30分;
                         # It's 7 a.m., 9 o'clock; a station's frequency, FM103.9, 91.5 FM)
                         r"|(?<![\d.])(?:现在是|北京时间)?\d{1,2}点"
                         r"(?:整(?![体个合治改齐理])|半|\d{1,2}分)"
                         r"|(?:现在是|北京时间)\d{1,2}点"
                         r"|(?:(?<=早上)|(?<=上午)|(?<=下午)|(?<=晚上)|(?<=凌晨))\d{1,2}点"
                         r"|(?<![\d.])\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|o['’]clock)"
                         r"|\b(?:FM|AM)\s?\d{2,4}(?:\.\d)?|(?<![\d.])\d{2,4}(?:\.\d)?\s?(?:FM|AM)\b")
#: a live blog's time stamp (10:32 —, 【10:45】, 09:10 a.m. BJT |, 15:23 人社部门:; not
#: 8:00至18:00)
_TIME_STAMP = (rf"[【\[(（]?\s*{_CLOCK}\s*[】\])）]|{_CLOCK}\s*(?:[—–|·]+|-{{1,2}}\s)"
               r"|" + _CLOCK + r"\s*(?=[\u4e00-\u9fff])(?![至到])")
#: a thread's post counter (1/5, (2/6), 🧵3/4), not a fraction of something (1/3 of…)
_THREAD_COUNT = (r"🧵?\s*[(（]?\d{1,2}\s*/\s*\d{1,2}[)）]?"
                 r"(?=\s+(?!of\b)|(?![的以左])[\u4e00-\u9fff])")
#: a list's number (3. The numbers:, 1.你知道吗, 2、, (1), ②, #1, tip #1:, Scam explainer,
#: point 2:; not No. 3, which may be a rank)
_LIST_NUMBER = (r"\d{1,2}\s*(?:[.．]\s+|[.．、)）](?=[^\d\s.,，%]))"
                r"|[(（]\d{1,2}[)）]|[①-⑳]|#\d{1,2}\b\s*[:：.]?"
                r"|(?:[a-z'’-]+[\s,]+){0,4}(?:point|tip|step|part|item|fact)\s*#?\s*"
                r"\d{1,2}\s*[:：.]")
#: a listicle's count of its points (5 things to know about…:, 5个关键数字：)
_LISTICLE = (r"(?:top\s+)?\d{1,2}\s+(?:things|facts|numbers|figures|takeaways|reasons|ways|"
             r"charts|questions)\s+(?:to\s+know|you\s+need\s+to\s+know|about|on|from|"
             r"behind)\b[^:：]{0,80}[:：]"
             r"|\d{1,2}\s*个(?:关键)?(?:数字|看点|要点|亮点|关键词)[:：]")
#: a transcript's speaker (主持人B：, A：, HOST 1:, Guest:; a debate's 正方二辩：, *Opposition:*,
#: emphasised as Markdown may be), not a place that labels a row (Beijing: 29 centres) nor
#: a question's Q: (which opens a question: _as_told)
_SPEAKER = (r"\*{0,2}(?:主持人|嘉宾|记者|受访者|(?:正方|反方)(?:[一二三四]辩|辩手)?|host|guest"
            r"|speaker|interviewer|reporter|anchor|moderator|proposition|opposition)"
            r"\s*[A-Z0-9]{0,2}\s*[:：]\s*\*{0,2}|[A-PR-Z]\s*[:：]")
#: a newspaper's section and page before a story it lists (要闻·3版｜, 经济·5版 |)
_PAGE_OPENING = r"(?:[\u4e00-\u9fff]{1,4}[·・])?第?\d{1,3}版\s*[|｜:：]"
#: a slide's or a page's number before what it says (Slide 3 —, 第5页：, P12 |)
_SLIDE_NUMBER = (r"(?:slide|page|p\.?|幻灯片|第)\s*\d{1,3}\s*页?\s*"
                 r"(?:[—–|:：·]+|-{1,2}\s)")
#: a subtitle's cue number and time code (12 00:01:02,500 --> 00:01:05,000; WebVTT's
#: 00:01.000 --> 00:04.000)
_SUBTITLE_CUE = (r"(?:\d{1,5}\s+)?(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*"
                 r"(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}")
#: the openings that are none of what a statement says, nor the start of it, each with what
#: it is (a column's heading is _heading's: it must not be a place)
_OPENINGS = (
    ("a desk's label", _DESK_WORD),
    ("a reply's or a speech's greeting", _REPLY_OPENING),
    ("an answer's lead-in", _LEAD_IN),
    ("a subtitle's cue", _SUBTITLE_CUE),
    ("a live blog's time stamp", _TIME_STAMP),
    ("a thread's post counter", _THREAD_COUNT),
    ("a list's number", _LIST_NUMBER),
    ("an article's number", _ARTICLE),
    ("a listicle's count of its points", _LISTICLE),
    ("a slide's or a page's number", _SLIDE_NUMBER),
    ("a newspaper's section and page", _PAGE_OPENING),
    ("an agenda's item", _AGENDA_ITEM),
    ("a transcript's speaker", _SPEAKER),
)
_DESK_LABEL = re.compile(
    rf"\s*(?:{'|'.join(f'(?:{pattern})' for _what, pattern in _OPENINGS)})\s*", re.IGNORECASE)
#: a column's heading in black lenticular brackets opening a post (【数说产业协同】, 【重磅】)
_HEADING = re.compile(r"\s*【([^】\d]{1,16})】\s*")


def _heading(text: str) -> re.Match[str] | None:
    """A column's heading opening a statement (【数说产业协同】…), which is no part of what
    it says; not a dateline's place (【雄安】…), which names what it is about."""
    found = _HEADING.match(text)
    return found if found is not None and not gazetteer().find(found[1]) else None


#: a dash a typesetter puts between the words of a name (Beijing–Tianjin–Hebei)
_WORD_DASH = re.compile(r"(?<=[A-Za-z])[‐‑‒–—](?=[A-Za-z])")
#: a filler a speaker says before a comma, with the commas: a sound said alone between two
#: (，嗯，, ，呃……; not the 额 of 外资额，), or a word after another (张家湾设计小镇那个，)
_FILLER = re.compile(r"(?:[，,]\s*(?:嗯+|呃+|额|啊|哦|唔)|[，,]?\s*(?:那个|这个|就是说?))"
                     r"\s*(?:[，,]|……|…)\s*")
#: the number in the brackets opening a message: a hotline's, after its place or before
#: 热线 (【北京12345】, 【12345热线】; not a figure in brackets, 【300余个】)
_SENDER_NUMBER = re.compile(r"\s*【[^】\d]{0,12}?(?!(?:19|20)\d\d(?!\d))(\d{3,})(?:热线)?】")
#: a footnote's or a reference's marker as text copied from print or the web carries it:
#: [1], ［2］, 〔3〕, ①, a superscript number (not the ² of km², m²), a page's tag
_FOOTNOTE = re.compile(r"\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|[①-⑳]|(?<![mM])[¹²³⁰⁴⁵⁶⁷⁸⁹]+"
                       # (and a page's tag at the end: — 第3页, — p. 3, (p. 12))
                       r"|\s*(?:[—–-]{1,2}|[(（])\s*(?:第\s*\d{1,4}\s*页|pp?\.\s*\d{1,4}|"
                       r"page\s+\d{1,4})\s*[)）]?\s*[.。]?\s*$", re.IGNORECASE)
#: an English comparison's year: 2.1 times the 2014 level, up 32.6% from 2014, than in 2013,
#: down 15% from its 2014 level
_BASE_EN = re.compile(rf"\b(?:times|on|{BASE_WORDS_EN})\s+(?:in\s+)?(?:(?:the|its|their)\s+)?$",
                      re.IGNORECASE)
#: over before a span of years (over 2014-2022): the span's, not a base
_OVER = re.compile(r"\bover\s+(?:the\s+)?(?:period\s+)?$", re.IGNORECASE)
#: a year that starts a span: 2014年以来, 2014年起, 自2014年
_DIGITS = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
#: what ends a clause a figure's words and time stay inside (periods reads it too)
PERIOD_CLAUSE = re.compile(r"[，；;。]|,(?!(?<=\d,)\d{3}(?!\d))")  # (not 3,000's comma)
_CJK = re.compile("[\u4e00-\u9fff]")
#: what a row's value field may hold before the value (数值：, value:): nothing of its own
_VALUE_LABEL = re.compile(r"\s*(?:(?:数值|数据|取值|值|value|figure)\s*[：:]\s*)?", re.IGNORECASE)
#: a row's field ending right after its value (60家；…, 246所 at the line's end)
_FIELD_END = re.compile(r"\s*(?:[；;|｜]|$)")
#: what parts a row's fields (…；入驻北京医药企业；…)
_FIELD_BREAK = re.compile(r"[；;|｜]")
#: a run of Chinese characters, in a line mixing Chinese and English
_CJK_RUN = re.compile("[\u4e00-\u9fff]{2,}")
#: words that date a figure at the time of writing (目前, 截至目前, 现已): no earlier year
_NOW = re.compile(r"目前|如今|当前|现已|现有|至今")
#: a span counted back from now (十年来, 10年间, over the ten years since): what follows it
#: is of now, not of a date before it
_SPAN_TO_NOW = re.compile(r"(?<![\d年])[一二三四五六七八九十两\d]{1,2}年(?:来|间)"
                          r"|(?i:\bsince\s+then\b|\b(?:years?|decade)\s+since\b)")
#: where a figure's clause ends (an arrow and a comparison's vs too: events.CLAUSE_BREAKS)
_CLAUSE_END = re.compile(rf"[，,；;。！？!?、：:（）()|｜]|{CLAUSE_BREAKS}")
#: a space (not a line break) between two Chinese characters
_SPACED = re.compile("(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
#: a count and its measure word, alone (66个): not a date's 年, 月 or 日
_BARE_COUNT = re.compile(r"(?:^|(?<=[\sA-Za-z]))\d[\d.,]*\s*[万亿]?[\u4e00-\u9fff](?<![年月日号])$")
#: Chinese spaced out character by character (经 审 查): three characters, two spaces
_SPACED_OUT = re.compile("[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]")
#: what joins a list's last item to the one before it (仪器设备和…, …以及): not 和平区
_JOINED = re.compile(r"以及|和(?!平)")
#: the same in English, between two figures' phrases (…52 minutes to Xianghe county and
#: 51 minutes to Baodi district): before it the previous figure's words, after it the next's
_JOINED_EN = re.compile(r"\s(?:and|while|whereas)\s")
#: the words between two English figures that are all the first's place, a list's comma
#: after them (3.6% in Beijing, 2.0% in Tianjin)
_TAIL_OF_PREVIOUS_EN = re.compile(r"\s*(?:in|for|at)\s+[^,;.\d]{1,40}?,\s*", re.IGNORECASE)
#: "and" before a count in words (not one: one of them): the next item of a list (…and
#: eight from Tianjin)
_JOINED_NUMBER_WORD_EN = re.compile(
    r"\s(?:and|while|whereas)\s+(?:"
    + "|".join(sorted(EN_NUMBER_WORDS - {"one"}, key=len, reverse=True)) + r")\b",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』\"')）]*|\.(?=\s|$)[\"')]*")

_PASTED = (
    # a social-media card's keycap digits: one alone before a space is its bullet (1️⃣ 河北
    # 考察, 🔟 Feb 26), a run or one against its unit a number (1️⃣3️⃣ 类: 13类; 🔟个: 10个)
    (re.compile("(?:^|(?<=\\s))(?:[0-9]\ufe0f?\u20e3|\U0001f51f)(?=\\s)"), ""),
    (re.compile("(?<=[0-9])\ufe0f?\u20e3"), ""),
    (re.compile("\U0001f51f"), "10"),
    (re.compile(r"PM\s*_?\s*\{\s*2\s*\.\s*5\s*\}|PM\s*₂\s*\.\s*₅|PM\s*2\s*\.\s*5", re.I), "PM2.5"),
    (re.compile(r"PM\s*_?\s*\{\s*10\s*\}|PM\s*₁₀", re.I), "PM10"),
    (re.compile(r"规上(?!年)"), "规模以上"),
    # R&D beside Chinese is 研发 (规上工业企业R&D经费: the claims' 研发经费); in English it
    # stays
    (re.compile(r"R\s*&\s*D(?=\s*[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s*R\s*&\s*D",
                re.I), "研发"),
    # spaces inside a number or between a number and its unit or date word: 4791 件,
    # 2014 年 2 月, 189.9 亿元, 1 1 个月 (digits apart are kept: 2 3 stays two numbers)
    (re.compile(r"(?<=\d)\s+(?=[年月日号万亿千百%％个件家项人元])"), ""),
    (re.compile(r"(?<=[年月])\s+(?=\d)"), ""),
    (re.compile(r"(?<=\d)\s*\.\s*(?=\d)"), "."),
    # a space between Chinese and a number: 立 案 4791 件, 2014 年
    (re.compile(r"(?<=[\u4e00-\u9fff])[ \t]+(?=\d)|(?<=\d)[ \t]+(?=[\u4e00-\u9fff])"), ""),
    # Chinese spaced out by print extraction: 经 审 查 立 案
    (re.compile(r"(?<=[\u4e00-\u9fff，。、；：“”])[ \t]+(?=[\u4e00-\u9fff，。、；：“”])"), ""),
)
#: what a text must hold for one of _PASTED to change it (the figures' 189.9 is matched,
#: and left as it is): most quotes hold none of it
_PASTED_MAY = re.compile(r"\s|pm|规上|r\s*&|\u20e3|\U0001f51f", re.IGNORECASE)
_FULLWIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)} | {0x3000: 0x20} | {
    # subscript digits, as a pollutant's name prints them (SO₂, NO₂, PM₂.₅)
    0x2080 + d: ord(str(d)) for d in range(10)} | {
    # the corner quotation marks Taiwan and Hong Kong print (and vertical text): the
    # mainland's curved ones, which compare reads names and quoted words inside
    ord("「"): "“", ord("」"): "”", ord("『"): "‘", ord("』"): "’"}


class StatedFigure(Record):
    """A figure of a sentence with the words that belong to it."""

    __slots__ = ("figure", "start", "end", "words", "period", "base", "near", "_given_back")

    figure: Figure
    start: int  # span in the sentence's (normalised) text
    end: int
    words: str  # its own words: before it back to the previous figure, after it to the clause end
    period: frozenset[str]  # the years it is for (empty: none printed)
    base: frozenset[str]  # the years it is compared with (比2014年增长38.3%)
    near: str  # the few words right before and after it (已落地企业…余家)

    def __init__(self, figure: Figure, start: int, end: int, words: str,
                 period: frozenset[str], base: frozenset[str], near: str = "",
                 given_back: tuple[int, int] | None = None) -> None:
        self.figure = figure
        self.start = start
        self.end = end
        self.words = words
        self.period = period
        self.base = base
        self.near = near
        #: the span before it, after the previous figure, whose words are that figure's
        #: (English: …from Beijing and: _english_joined), else None
        self._given_back = given_back

    @property
    def given_back(self) -> tuple[int, int] | None:
        return self._given_back


class Sentence(Record):
    """One sentence (or statement), normalised, with its figures."""

    __slots__ = ("text", "original", "offset", "line", "column", "figures", "years", "where",
                 "dates")

    text: str  # normalised
    original: str  # as written
    offset: int  # where it starts in the text it was read from
    line: int  # 1-based line and column (in characters) of its start
    column: int
    figures: list[StatedFigure]
    years: frozenset[str]  # every year it names that is no comparison base
    where: list[int]  # for each character of ``text``, its index in ``original``
    #: its dates as figures (unit "date", value YYYYMMDD), each with its own words: a date
    #: that is the fact (于2016年9月设立) is checked against date claims; otherwise it is a period
    dates: list[StatedFigure]

    def __init__(self, text: str, original: str, offset: int, line: int, column: int,
                 figures: list[StatedFigure], years: frozenset[str], where: list[int],
                 dates: list[StatedFigure] | None = None) -> None:
        self.text = text
        self.original = original
        self.offset = offset
        self.line = line
        self.column = column
        self.figures = figures
        self.years = years
        self.where = where
        self.dates = [] if dates is None else dates

    def position(self, figure: StatedFigure) -> tuple[int, int]:
        """The line and column (1-based) where ``figure`` starts in the text read."""
        index = self.where[figure.start] if figure.start < len(self.where) else 0
        before = self.original[:index]
        lines = before.count("\n")
        if lines:
            return self.line + lines, index - before.rfind("\n")
        return self.line, self.column + index

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.original, "line": self.line, "column": self.column}


#: an editor's tracked change: CriticMarkup's deletion, insertion, substitution, comment
#: and highlight ({--2126--}, {++2162++}, {~~2126~>2162~~}, {>>…<<}, {==…==}), a
#: Markdown or HTML strikethrough (~~65.86%~~, <del>…</del>, <s>…</s>) and an insertion
#: (<ins>…</ins>), a word processor's 【删除：…】 and 【插入：…】: the text kept, if any
_TRACKED = re.compile(
    r"\{--.*?--\}|\{>>.*?<<\}|~~(?=\S).*?(?<=\S)~~|<(?P<tag>del|s|strike)>.*?</(?P=tag)>"
    r"|【删除[:：][^】]*】"
    r"|\{\+\+(?P<inserted>.*?)\+\+\}|\{~~.*?~>(?P<instead>.*?)~~\}|\{==(?P<marked>.*?)==\}"
    r"|<ins>(?P<ins>.*?)</ins>|【插入[:：](?P<added>[^】]*)】", re.DOTALL)
_TRACKED_MAY = re.compile(r"\{[-+~>=]|~~|<(?:del|s|strike|ins)>|【(?:删除|插入)")
#: LaTeX source (a paper's .tex): a citation, reference or footnote goes (~\cite{wang2023});
#: a command's argument stays (\textbf{150}, \num{1070}, \SI{10.4}{万亿元}), a thin space
#: goes (1500\,万元), an escaped sign is the sign (45.6\%), a number in math mode is the
#: number ($45.6\%$), and a dash of two or three hyphens is a dash (2013--2022)
_LATEX = re.compile(
    r"~?\\(?:cite[pt]?|citeauthor|ref|eqref|label|footnote|footnotemark)\*?(?:\[[^\]]*\])*"
    r"\{(?:[^{}]|\{[^{}]*\})*\}"
    r"|\\(?:textbf|textit|textrm|textsf|emph|text|mathrm|mathbf|underline|mbox|num"
    r"|textsuperscript)\{(?P<argument>[^{}]*)\}"
    r"|\\SI\{(?P<value>[^{}]*)\}\{(?P<unit>[^{}]*)\}"
    r"|\\[,;:! ]|\\(?P<sign>[%$&#_])|(?<!\\)\$(?P<math>[^$]{1,60}?)(?<!\\)\$"
    r"|(?<=\d)(?P<dash>-{2,3})(?=\d)")
_LATEX_MAY = re.compile(r"\\(?:[A-Za-z]{2,}\*?[{\[]|[,;:!%$&#_ ])")


#: a data record's value and its unit, in either order, in JSON or YAML's flow style, the
#: keys in English, pinyin or Chinese ({"value": 63.8, "unit": "万人"}, {shuliang: 120,
#: danwei: 项}): the value with its unit after it (63.8万人), as a table's row gives it
_RECORD_VALUE = (r"""["']?(?:value|val|amount|count|number|total|shuliang|shuzhi"""
                 r"""|数值|数量|值)["']?""")
_RECORD_UNIT = r"""["']?(?:unit|units|danwei|单位)["']?"""
_RECORD_FIELD = r"""\s*:\s*["']?(?P<{}>[^"',{{}}]+?)["']?(?=\s*[,}}])"""
_RECORD = re.compile(
    rf"{_RECORD_VALUE}{_RECORD_FIELD.format('value')}\s*,\s*{_RECORD_UNIT}"
    rf"{_RECORD_FIELD.format('unit')}"
    rf"|{_RECORD_UNIT}{_RECORD_FIELD.format('unit2')}\s*,\s*{_RECORD_VALUE}"
    rf"{_RECORD_FIELD.format('value2')}"
    # (a record's year, and the year it counts from: "year": 2023, "since": 2014)
    r"""|["']?(?:(?P<year_key>year|nian|年份|年度)|(?P<since_key>since|起始年))["']?\s*:\s*"""
    r"""["']?(?P<year>(?:19|20)\d\d)["']?(?=\s*[,}])""", re.IGNORECASE)
_RECORD_MAY = re.compile(r"^\s*\{.*\}\s*$", re.DOTALL)


def _rewritten(text: str, where: list[int], pattern: re.Pattern[str],
               kept: Callable[[re.Match[str]], tuple[str, ...]]) -> tuple[str, list[int]]:
    """``text`` with each match of ``pattern`` replaced by what ``kept`` keeps of it (the
    names of its groups whose text stays, in order; text of its own after "=": "=—" for a
    dash), and for each character the index ``where`` gives it (_pieces)."""
    parts: list[tuple[int, int] | tuple[str, int]] = []
    last = 0
    for m in pattern.finditer(text):
        parts.append((last, m.start()))
        for group in kept(m):
            parts.append((group[1:], m.start()) if group.startswith("=")
                         else (m.start(group), m.end(group)))
        last = m.end()
    parts.append((last, len(text)))
    return _pieces(text, where, parts)


def _tracked_kept(m: re.Match[str]) -> tuple[str, ...]:
    return tuple(g for g in ("inserted", "instead", "marked", "ins", "added")
                 if m[g] is not None)


def _latex_kept(m: re.Match[str]) -> tuple[str, ...]:
    if m["dash"]:
        return ("=—",)
    if m["value"] is not None:
        return ("value", "unit")
    return tuple(g for g in ("argument", "sign", "math") if m[g] is not None)


#: a year by the sexagenary cycle, as a stele text or a preface dates it (壬寅年): the year
#: of its name between 1984 (甲子) and 2043
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CYCLE_YEAR = re.compile(f"(?P<stem>[{_STEMS}])(?P<branch>[{_BRANCHES}])(?=年)")


def _cycle_year_kept(m: re.Match[str]) -> tuple[str, ...]:
    stem, branch = _STEMS.index(m["stem"]), _BRANCHES.index(m["branch"])
    if stem % 2 != branch % 2:
        return ("stem", "branch")  # (no year of the cycle: left as it is)
    offset = next(n for n in range(60) if n % 10 == stem and n % 12 == branch)
    return (f"={1984 + offset}",)


def _record_kept(m: re.Match[str]) -> tuple[str, ...]:
    if m["year"] is not None:
        return ("year", "=年以来") if m["since_key"] else ("year", "=年")
    value, unit = ("value", "unit") if m["value"] is not None else ("value2", "unit2")
    # (a unit in English words after a space: >20000 persons)
    return (value, "= ", unit) if m[unit][:1].isascii() else (value, unit)


#: the capital numerals of a financial document (大写: 壹佰伍拾, 人民币壹拾亿元整,
#: 百分之肆拾伍点陆), in their run of numerals: the common ones, character for character; a
#: capital alone only before a unit (叁种), as 陆续, 队伍 and 收拾 hold them
_CAPITALS = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", "一二二三三四五六六七八九十百千")
_NUMERALS = "零〇一二三四五六七八九十百千万亿两点"
_CAPITAL_RUN = re.compile(
    f"[{_NUMERALS}壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]*[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]"
    f"[{_NUMERALS}壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]*")
_CAPITAL_MAY = re.compile("[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]")
_UNIT_AFTER = re.compile("[个家项种所名人位条座台批届次元年月日天周时分倍成%％公平米吨]")


#: the digits a capital amount is restated in, in brackets after its unit (壹佰陆拾捌个（168个）,
#: 人民币贰拾贰亿元整（¥2,200,000,000）): those are read, the capitals left as they are
_RESTATED_AFTER = re.compile(r"[^\d（()）,，。；;]{0,6}?[（(]\s*[¥￥$]?\s*\d")


def _capitals_read(text: str) -> str:
    """``text`` with its capital numerals (_CAPITAL_RUN) as the common ones (as long),
    but those restated in digits after them."""
    def common(m: re.Match[str]) -> str:
        if len(m[0]) == 1 and not _UNIT_AFTER.match(text, m.end()):
            return m[0]
        if _RESTATED_AFTER.match(text, m.end()):
            return m[0]
        return m[0].translate(_CAPITALS)

    return _CAPITAL_RUN.sub(common, text)


#: a speaker's self-repair: a figure said, taken back and said again (六大，哦不，是七大; 六成，
#: 不，67%以上; 一小时，不，我说错了，半小时; *about 2,000 — sorry, 2,093*; *15, I mean 15.9
#: per cent*): the figure taken back and the words taking it back are no part of the line
_REPAIRED = re.compile(
    r"(?:[\d.,%]+|[零〇一二三四五六七八九十百千万亿两点]+)[^\s，,。；;！？!?\d]{0,3}?"
    r"[，,]\s*(?:哦不|不对|不|我说错了|说错了|口误)(?:[，,]\s*(?:我说错了|说错了|更正一下))?"
    r"[，,]\s*(?:应该是|应为|是)?"
    r"|(?i:(?:about\s+|around\s+)?\d[\d,.]*(?:\s+per\s?cent|%)?\s*(?:[—–]|--?|,)\s*"
    r"(?:sorry|no|I\s+mean|make\s+that|rather|correction)[,:]?\s+(?=\d))")
_REPAIRED_MAY = re.compile(r"[，,]\s*(?:哦不|不对|不|我说错了|说错了|口误)[，,]"
                           r"|(?i:\b(?:sorry|no|I\s+mean|make\s+that|rather|correction)\b)")


def _repaired_kept(_m: re.Match[str]) -> tuple[str, ...]:
    return ()


#: a date a machine writes in eight digits (a log's or an export's 20231231): the date, not
#: a number of 20 million
_COMPACT_DATE = re.compile(r"(?<![\d.,])(?P<year>(?:19|20)\d\d)(?P<month>0[1-9]|1[0-2])"
                           r"(?P<day>0[1-9]|[12]\d|3[01])(?![\d.,%])(?!\s*[万亿元人家个项])")


def _compact_date_kept(m: re.Match[str]) -> tuple[str, ...]:
    return ("year", "=年", "month", "=月", "day", "=日")


#: wikitext (a wiki's source): a link is the text it shows ([[天津市|天津]]: 天津), a reference
#: and a template go (<ref>…</ref>, {{cite news|…}}), a unit template is its value and unit
#: ({{convert|38|km2}}: 38 km2), bold and italic marks go
_WIKI = re.compile(
    r"\[\[(?:[^\[\]|]*\|)?(?P<shown>[^\[\]|]*)\]\]"
    r"|<ref[^>]*/>|<ref[^>]*>.*?</ref>"
    r"|\{\{(?i:convert|cvt)\|(?P<value>[^|{}]*)\|(?P<unit>[^|{}]*)[^{}]*\}\}"
    r"|\{\{[^{}]*\}\}|'{2,3}", re.DOTALL)
_WIKI_MAY = re.compile(r"\[\[|<ref|\{\{|''")


def _wiki_kept(m: re.Match[str]) -> tuple[str, ...]:
    if m["shown"] is not None:
        return ("shown",)
    if m["value"] is not None:
        return ("value", "= ", "unit")
    return ()


#: a fixed-width table's row, as a terminal or a plain-text report prints it (北京城市副中心    2023
#: 地区生产总值    1310亿元): two spaces or more, or a tab, part its columns as a Markdown row's
#: pipes do — where a line has two such gaps or more (one is a typing slip)
_COLUMN_GAP = re.compile(r"(?<=\S)(?:[ \u3000]{2,}|\t)[ \t\u3000]*(?=\S)")
_COLUMNS_MAY = re.compile(r"\S(?:[ \u3000]{2,}|\t)\s*\S.*?\S(?:[ \u3000]{2,}|\t)\s*\S", re.DOTALL)


def _column_gap_kept(_m: re.Match[str]) -> tuple[str, ...]:
    return ("= | ",)


#: a number in scientific notation (1.04×10¹³ 元, 2.0×10² 余项, 1.2 x 10^5, 1.1×10⁸ t, 2.5e4):
#: the number it is, in digits
_SCIENTIFIC = re.compile(
    r"(?<![\d.])(?P<mantissa>\d+(?:\.\d+)?)\s*[×xX*·]\s*10\s*"
    r"(?:\^\s*\{?(?P<power>-?\d{1,2})\}?|\*\*\s*(?P<power2>-?\d{1,2})"
    r"|(?P<raised>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))"
    r"|(?<![\w.])(?P<mantissa2>\d+(?:\.\d+)?)[eE]\+?(?P<power3>\d{1,2})(?![\w.])")
_SCIENTIFIC_MAY = re.compile(r"[×xX*·]\s*10|\d[eE]\+?\d")
_RAISED = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def _scientific_kept(m: re.Match[str]) -> tuple[str, ...]:
    from decimal import Decimal

    power = int(m["power"] or m["power2"] or m["power3"]
                or (m["raised"] or "").translate(_RAISED))
    if not 0 <= power <= 15:
        return (f"={m[0]}",)  # (a fraction's power: left as it is)
    digits = f"{Decimal(m['mantissa'] or m['mantissa2']).scaleb(power):f}"
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    return (f"={digits}",)


#: a decimal comma, as continental Europe writes it (10,4 trillion yuan; 56,86 %; €1,3
#: trillion): one or two digits after it, where a thousands separator has three, or after
#: a zero (0,612); and a date as it writes it, day first (17.01.2019)
_EUROPEAN_NUMBER = re.compile(
    r"(?<![\d,.])(?P<whole>\d{1,3}),(?P<fraction>\d{1,2})(?![\d,])"
    r"|(?<![\d,.])(?P<zero>0),(?P<decimals>\d{3})(?![\d,])"
    r"|(?<![\d.])(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<month>0?[1-9]|1[0-2])\."
    r"(?P<year>(?:19|20)\d\d)(?![\d.A-Za-z])")


def _european_kept(m: re.Match[str]) -> tuple[str, ...]:
    if m["year"] is not None:
        return ("year", "=年", "month", "=月", "day", "=日")
    return ("zero", "=.", "decimals") if m["zero"] else ("whole", "=.", "fraction")


#: the pinyin initials a chat writes places by, in Chinese copy (JJJ的GDP, BJ疏解, 在TJ搭了,
#: XA新区, ZGC, TZ): the places' names
_INITIALS = {"jjj": "京津冀", "bj": "北京", "tj": "天津", "hb": "河北", "xa": "雄安",
             "zgc": "中关村", "tz": "通州", "fzx": "副中心"}
_INITIALS_IN_CHINESE = re.compile(
    r"(?<![A-Za-z0-9])(?P<initials>" + "|".join(sorted(_INITIALS, key=len, reverse=True))
    + r")(?![A-Za-z0-9])", re.IGNORECASE)
_INITIALS_MAY = re.compile(r"(?i:jjj|bj|tj|hb|xa|zgc|tz|fzx)")


def _initials_kept(m: re.Match[str]) -> tuple[str, ...]:
    return (f"={_INITIALS[m['initials'].lower()]}",)


#: what a statement's markup leaves to be read (a quote has none): a fixed-width row's
#: columns, the text an editor's tracked changes leave, a speaker's figure taken back, a
#: machine's date, a wiki's text, scientific notation and a decimal comma as the numbers
#: they write, a cycle's year as its year, a record's value with its
#: unit, and a LaTeX source's text (twice: a sign escaped in math mode, $45.6\%$) — each
#: made only where its first pattern finds something
_MARKUP: tuple[tuple[re.Pattern[str], re.Pattern[str],
                     Callable[[re.Match[str]], tuple[str, ...]]], ...] = (
    (_COLUMNS_MAY, _COLUMN_GAP, _column_gap_kept),
    (_TRACKED_MAY, _TRACKED, _tracked_kept),
    (_REPAIRED_MAY, _REPAIRED, _repaired_kept),
    (_COMPACT_DATE, _COMPACT_DATE, _compact_date_kept),
    (_WIKI_MAY, _WIKI, _wiki_kept),
    (_SCIENTIFIC_MAY, _SCIENTIFIC, _scientific_kept),
    (_EUROPEAN_NUMBER, _EUROPEAN_NUMBER, _european_kept),
    (_CYCLE_YEAR, _CYCLE_YEAR, _cycle_year_kept),
    (_RECORD_MAY, _RECORD, _record_kept),
    (_LATEX_MAY, _LATEX, _latex_kept),
    (_LATEX_MAY, _LATEX, _latex_kept),
)


def normalize(text: str, *, simplified: bool = False) -> tuple[str, list[int]]:
    """The text as compare reads it, and for each of its characters the index of the
    character it comes from in ``text``."""
    text = text.translate(_FULLWIDTH)
    where = list(range(len(text)))
    for may, pattern, kept in () if simplified else _MARKUP:
        if may.search(text):
            text, where = _rewritten(text, where, pattern, kept)
    if not simplified and _INITIALS_MAY.search(text) and _CJK.search(text):
        # (a chat's initials, in Chinese copy only: English has its own names for places)
        text, where = _rewritten(text, where, _INITIALS_IN_CHINESE, _initials_kept)
    if not simplified and _CAPITAL_MAY.search(text):
        text = _capitals_read(text)  # (as long: the positions hold)
    for pattern, replacement in _PASTED if _PASTED_MAY.search(text) else ():
        if not pattern.search(text):
            continue
        out: list[str] = []
        mapped: list[int] = []
        last = 0
        for m in pattern.finditer(text):
            out.append(text[last : m.start()])
            mapped.extend(where[last : m.start()])
            out.append(replacement)
            anchor = where[m.start()] if m.start() < len(where) else len(where)
            mapped.extend([anchor] * len(replacement))
            last = m.end()
        out.append(text[last:])
        mapped.extend(where[last:])
        text, where = "".join(out), mapped
    if not simplified and re.search(r"[\u3400-\u9fff]", text):
        from jjjcli import t2s

        simple = t2s.simplified(text)
        if len(simple) == len(text) and simple != text:  # character for character
            worded = t2s.mainland_words(simple) if t2s.traditional(text, simple) else simple
            text, where = (simple, where) if worded == simple else _realigned(simple, worded,
                                                                              where)
    return text, where


#: what joins the things of a list (商事制度、监管执法和知识产权)
THINGS_JOIN = re.compile(r"、|以及|和|及|与")
#: the most characters a thing named in a list has (校长, 新能源和智能网联汽车; more is a
#: clause of its own: 首个智能终端自助政务中心、城市副中心“两区”一站式服务中心等…高效运行)
LISTED_THING = 10
#: quotation marks and spaces about a thing named in a list
THING_MARKS = "“”\"'《》「」 "
#: a question and its answer on one line (an explainer's: 问：…多少？答：10.4万亿元。 Q: How
#: many …? A: 26.; an interview's: 记者：…？民警答：…, Interviewer: …? Wang: …)
_QUESTION = re.compile(r"^\s*(?:问|Q|记者|主持人|Reporter|Interviewer|Host)\s*[:：.]\s*"
                       r"(?P<q>[^?？]+?)\s*[?？]\s*"
                       # (the answer's speaker: 答, A, 民警答, 王方立, Wang)
                       r"(?:答|A|[\u4e00-\u9fff]{1,6}答|[\u4e00-\u9fff]{2,4}|[A-Z][a-z]+)"
                       r"\s*[:：.]\s*(?P<a>\S.*)$", re.DOTALL)
#: a quiz host's correction of the answer given (。主持人：很遗憾，正确答案是…; . Host: Not
#: quite — it was …): the right answer follows it
_HOST_CORRECTS = re.compile(
    r"(?:主持人|host)\s*[:：]\s*(?:很遗憾|不对|错了|答错了|not\s+quite|sorry|wrong|no\b)"
    r"[^。！？!?0-9]{0,16}?(?:[，,—–]\s*|\s+(?=it\b|the\b))", re.IGNORECASE)
#: and the words that lead to the right answer after it (正确答案是, 是, it was, the answer is)
_ANSWER_LEAD = re.compile(r"(?:(?:正确答案|答案)?(?:应该是|是|为)"
                          r"|(?:it\s+(?:was|is)|it['’]s|the\s+answer\s+is)\s)\s*",
                          re.IGNORECASE)
#: what a Chinese question asks for, where its answer's figure goes (几个 with its measure
#: word: the answer's 7个 has its own)
_ASKED = re.compile(r"多少(?:个|家|项|人|名|次|亿元|万元|元)?"
                    r"|几(?:[个家项所条座名人次位批年届类种]|大类)"
                    r"|何时|哪一年|哪年|什么时候|多大|多长|多高|多远|多久|第几[个家项位批届]?")
#: a figure that opens a line, what it is of after a colon or a dash (by the numbers: 36:
#: abandoned mines restored; 10.4万亿元——2023年京津冀经济总量)
_LEADING = re.compile(r"\s*(?::|：|——|—|–|\s-\s)\s*")
_FIRST_CLAUSE = re.compile(r"[，；;。—]|(?<!\d),|,(?!\d{3}(?!\d))|\s-\s")  # (not 4,791's)
#: what a speaker hedges with in Chinese (如果我没记错, 差不多): words no quote holds
SPOKEN_HEDGES_ZH = re.compile(r"(?:如果|要是)我没记错的?话?|我记得|据我所知|让?我想想|说实话"
                              r"|差不多|大概|(?:准确|确切)地?(?:说|讲)是?")
#: a clause in which a speaker only hedges or attributes what follows (如果我没记错, 据…介绍,
#: I think, according to the report)
_HEDGE = re.compile(rf"{SPOKEN_HEDGES_ZH.pattern}"
                    r"|据[^，,。]{0,30}?(?:介绍|表示|透露|称|说|统计|显示|了解)|据悉"
                    r"|well|so|hmm|I think|I believe|if I remember (?:right|correctly)"
                    r"|as far as I know|let me see|off the top of my head"
                    r"|according to [^,]{1,40}", re.IGNORECASE)
#: an English question asking how many (its noun after: How many expert workstations…;
#: compare reads what it asks of a sibling with it too)
HOW_MANY_EN = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
#: a word that may be an English number (Fourteen, twenty-two)
_EN_NUMBER_WORD = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)?\b")
#: the words an English answer may hold beside its count and still be the count alone
#: ("Roughly 4,791 in total," …; Fifteen — in commerce…)
_COUNT_ALONE_EN = frozenset(
    "in total all so far now of them about roughly around some nearly almost over more "
    "than just exactly altogether overall a an".split())
#: the month (and day) a question asking a year gives (哪一年1月: its answer's date has it)
_ASKED_MONTH = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                          r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?")
#: how far into a line the colon or dash after an opening figure may be
LEADING_WITHIN = 60


def _pieces(normal: str, where: list[int],
            parts: list[tuple[int, int] | tuple[str, int]]) -> tuple[str, list[int]]:
    """``normal`` put together again from ``parts``: spans of it, or new text (each of its
    characters taken to come from the character at a position of ``normal``)."""
    out: list[str] = []
    mapped: list[int] = []
    for first, second in parts:
        if isinstance(first, str):
            out.append(first)
            mapped.extend([where[min(second, len(where) - 1)]] * len(first))
        else:
            out.append(normal[first:second])
            mapped.extend(where[first:second])
    return "".join(out), mapped


def _colon(text: str) -> str:
    """The colon a line's script writes: Chinese full-width, English a colon and a space."""
    return "：" if _CJK.search(text) else ": "


#: a unit a chart's or a table's label gives in brackets, before the colon its values
#: follow (…技术合同成交额（亿元）：2023年748.7, （单位：亿元）; PM2.5 (micrograms per cubic
#: metre): 107) — no digit in it: （2023年） is a year, not a unit
_UNIT_LABEL = re.compile(
    # (the unit from its first character that is no space: a long run of spaces is read
    # once, not once for each of them)
    r"[（(]\s*(?:单位[：:]\s*|units?:\s*)?(?=\S)((?:(?:10,000|100\s+million)\s+)?"
    r"[^（()）:：,，。；;0-9０-９]{1,40}?|10,000|100\s+million)\s*[）)]"
    # (its values after a colon, a fact box's dot leaders, （万平方米）……10.3, or a row's bar,
    # （单位：万吨标准煤）｜北京 2014年 0.53)
    r"\s*(?:[：:]|[.…·．]{2,}|[|｜])", re.IGNORECASE)
#: an English label's scales, as the Chinese unit each is and as a number ((10,000 yuan) is
#: 万元), and the words of its yuan
_LABEL_SCALES = {"10,000": ("万", 10_000), "100 million": ("亿", 100_000_000)}
_LABEL_YUAN = {"yuan", "rmb", "rmb yuan", "yuan rmb"}
#: the years a bare number under a label may be (four digits outside them are a value)
_LIKELY_YEARS = (1949, 2035)
#: a label that is a scale alone, and its number
_LABEL_SCALE_ALONE = {"万": 10_000, "亿": 100_000_000, "千": 1_000, "百万": 1_000_000}
#: a figure printed with a scale of its own (1.2万, 3.5亿, 10 billion)
_SCALED = re.compile(r"[万亿千百]|(?i:thousand|million|billion|trillion)")
#: where a label's values end: its sentence (a semicolon parts its values: 2013年107；2022年37)
_LABEL_END = re.compile(r"[。！？!?]|\.(?=\s|$)")


def _in_labelled_units(normal: str, found: list[Found]) -> list[Found]:
    """The figures found in a text, those printed bare after a label's unit in brackets
    (…成交额（亿元）：2023年748.7) in that unit: 748.7 is 748.7亿元, its raw as printed. Only
    up to the end of the label's sentence (_LABEL_END)."""
    labels = list(_UNIT_LABEL.finditer(normal))
    if not labels:
        return found
    read: list[Found] = []
    for f in found:
        if any(m.start(1) <= f.start < m.end(1) for m in labels):
            continue  # (the 10,000 of (10,000 yuan) is the label's scale)
        label = next((m for m in reversed(labels) if m.end() <= f.start), None)
        if label is None or _LABEL_END.search(normal, label.end(), f.start) is not None or (
                f.is_date and not (f.figure.raw.isdigit() and "年" not in label[1]
                                   and not _LIKELY_YEARS[0] <= int(f.figure.raw)
                                   <= _LIKELY_YEARS[1])):
            # (but four bare digits under a label of no years, that are no year of the
            # sources' times, are a value: （单位：人）：应出席 2162，实到 2093)
            read.append(f)
            continue
        if f.figure.unit is not None:
            # (a label's scale alone, （单位：万）：专家人才 5余名, is the scale of a figure
            # printed with its unit and none: 5万余名)
            factor = _LABEL_SCALE_ALONE.get(label[1].strip())
            if factor is None or _SCALED.search(f.figure.raw):
                read.append(f)
                continue
            high = f.figure.high
            read.append(Found(f.figure.replace(
                value=tidy(f.figure.value * factor),
                high=None if high is None else tidy(high * factor)), f.start, f.end, False))
            continue
        figure = _in_unit(f.figure.raw, _label_unit(label[1])) or (
            None if f.is_date else _label_scaled(f.figure, label[1]))
        read.append(f if figure is None else Found(figure.replace(raw=f.figure.raw),
                                                   f.start, f.end, False))
    return read


def _label_scale(unit: str) -> tuple[str, int, str] | None:
    """An English scale opening a label's unit: its Chinese unit, its number and the words
    after it ((10,000 yuan): 万, 10,000, yuan); None for any other unit."""
    lower = " ".join(unit.lower().split())
    for scale, (chinese, factor) in _LABEL_SCALES.items():
        if lower == scale or lower.startswith(scale + " "):
            return chinese, factor, lower[len(scale) + 1 :]
    return None


def _label_unit(unit: str) -> str:
    """A label's unit with an English scale put as the Chinese unit it is ((10,000 yuan):
    万元; (100 million yuan): 亿元; (10,000): 万)."""
    scale = _label_scale(unit)
    if scale is None:
        return unit
    chinese, _factor, rest = scale
    return chinese + ("元" if rest in _LABEL_YUAN else f" {rest}" if rest else "")


def _label_scaled(figure: Figure, unit: str) -> Figure | None:
    """An English figure under an English label's scale (nearly 1,500 under (10,000 yuan):
    nearly 15 million yuan), which no parse of the two printed together reads; None for
    any other label, or a scale of other things than yuan."""
    scale = _label_scale(unit)
    if scale is None or (scale[2] and scale[2] not in _LABEL_YUAN):
        return None
    _chinese, factor, rest = scale
    return figure.replace(value=figure.value * factor, unit="元" if rest else None,
                          high=None if figure.high is None else figure.high * factor)


@lru_cache(maxsize=1024)
def _in_unit(raw: str, unit: str) -> Figure | None:
    """A bare number as printed in a label's unit (748.7 in 亿元: 74,870,000,000 元), or
    None where the label gives no unit (a source, a note)."""
    spaced = f"{raw} {unit}"
    for printed in (spaced, f"{raw}{unit}") if unit.isascii() else (f"{raw}{unit}", spaced):
        try:
            figure = parse_figure(printed)
        except ValueError:
            continue
        if figure.unit is not None and figure.raw == printed:
            return figure
    return None


def _answering_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of an answer (``text[start:end]``) that answers: its first, or the one
    after a speaker's hedges before it (如果我没记错，是2019年1月; I think, 26)."""
    at = start
    while True:
        cut = _FIRST_CLAUSE.search(text, at, end)
        stop = cut.start() if cut else end
        if cut is None or not _HEDGE.fullmatch(text[at:stop].strip(" \"'“”")):
            return at, stop
        at = cut.end()


#: a span of years whose second is printed by its last two digits (2014–22, 2021-24年;
#: not 2023 — 50 signed projects, a dash before a count)
_SHORT_YEAR_SPAN = re.compile(r"(?<![\d.])(?:19|20)(\d\d)(?:[-–~]|\s–\s)(\d\d)(?![\d.%])")
#: the longest span of years so printed (2021-35: a plan's)
SHORT_SPAN_YEARS = 20


def _short_year_spans(normal: str, where: list[int]) -> tuple[str, list[int]]:
    """A span of years with its second year in two digits (津 2014–22 承接…; in 2014-22)
    written out whole (2014–2022), as the readers of years take it; the two digits added
    point at the two printed."""
    return _centuries(normal, where, [
        (m.start(2), m[0][:2]) for m in _SHORT_YEAR_SPAN.finditer(normal)
        # (2019-12: a month; 2022-02-26: a date)
        if 0 < int(m[2]) - int(m[1]) <= SHORT_SPAN_YEARS])


def _centuries(normal: str, where: list[int], added: list[tuple[int, str]]
               ) -> tuple[str, list[int]]:
    """``normal`` with a century's two digits put before each year printed by its last two
    (``added``: where, and the digits), each pointing at the digits printed."""
    if not added:
        return normal, where
    parts: list[tuple[int, int] | tuple[str, int]] = []
    at = 0
    for start, century in added:
        parts += [(at, start), (century, start)]
        at = start
    return _pieces(normal, where, [*parts, (at, len(normal))])


#: a year printed by its last two digits before its month or its part, as a fast typist
#: prints it (23年12月28号, 23年1-11月, 截至23年底, 24年上半年; not 坚持了23年, a count)
_TWO_DIGIT_YEAR = re.compile(
    r"(?<![\d.])([12]\d)(?=年\s*(?:(?:1[0-2]|0?[1-9])\s*(?:月|[-–~至]\s*(?:1[0-2]|0?[1-9])\s*月)"
    r"|[底初末]|年底|[上下]半年|前三季度|[一二三四]季度))")


def _two_digit_years(normal: str, where: list[int]) -> tuple[str, list[int]]:
    """A year printed by its last two digits before its month or its part (23年12月28号,
    截至23年底) written out whole (2023年12月28号); the digits added point at the two
    printed."""
    return _centuries(normal, where, [(m.start(1), "20")
                                      for m in _TWO_DIGIT_YEAR.finditer(normal)])


#: a date printed with dots, as notes and captions print it (2019.1.17, 2023.5.11-12,
#: 2023.8底); a year and a month alone only before a word of the month's part or a break
#: (2015.6 纲要印发; not 2015.6亿元, a value)
_DOTTED_DATE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d\d)\.(?P<m>1[0-2]|0?[1-9])"
    r"(?:\.(?P<d>3[01]|[12]\d|0?[1-9])(?:\s*[-–~]\s*(?P<e>3[01]|[12]\d|0?[1-9]))?(?![\d.])"
    r"|(?=[底初末]|[上中下]旬|\s*(?![万亿千百元个家项人倍吨米台辆户次名所座条公平亩美])"
    r"[\u4e00-\u9fff]|\s*[→,，;；)）]|\s*$))")


#: a whole date printed as a sheet or a script prints it: 2019-01-18, 2023/5/12 (a year, a
#: month and a day; not a span of years, 2023-2025)
_ISO_DATE = re.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?P<s>[-/])(?P<m>1[0-2]|0?[1-9])"
                       r"(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?![\d./-])")


def _dotted_dates(normal: str, where: list[int]) -> tuple[str, list[int]]:
    """Dates printed with dots (2019.1.17 上午; 2023.5.11-12; 2023.8底) or as a sheet prints
    them (2019-01-18, 2023/5/12) written as the readers of dates take them (2019年1月17日;
    2023年5月11日至12日; 2023年8月底), each character added pointing at the one it stands
    for."""
    parts: list[tuple[int, int] | tuple[str, int]] = []
    at = 0
    found = [*_DOTTED_DATE.finditer(normal), *_ISO_DATE.finditer(normal)]
    for m in sorted(found, key=lambda m: m.start()):
        # (年 for the first dot; 月 for the second, or the month's last digit)
        parts += [(at, m.end("y")), ("年", m.end("y")), (m.start("m"), m.end("m")),
                  ("月", m.end("m") if m["d"] else m.end("m") - 1)]
        at = m.end("m")
        if m["d"]:
            parts += [(m.start("d"), m.end("d")), ("日", m.end("d") - 1)]
            at = m.end("d")
            if m.groupdict().get("e"):  # (a span of days: dotted dates only)
                parts += [("至", m.start("e")), (m.start("e"), m.end("e")),
                          ("日", m.end("e") - 1)]
                at = m.end("e")
    if not parts:
        return normal, where
    return _pieces(normal, where, [*parts, (at, len(normal))])


def _count_alone_en(clause: str) -> tuple[int, int] | None:
    """Where in an English answer's clause its one count is, when the clause is that count
    alone (“Fourteen,”; Roughly 4,791 in total; not We have 23 scenic areas): None
    otherwise."""
    if find_dates(clause):
        return None
    found = [(f.start, f.end) for f in find_figures(clause) if not f.is_date]
    if not found:  # (a count in words alone: “Fourteen,”, which no noun follows)
        found = [m.span() for m in _EN_NUMBER_WORD.finditer(clause)
                 if all(w in EN_NUMBER_WORDS for w in m[0].lower().split("-"))]
    if len(found) != 1:
        return None
    start, end = found[0]
    if not set(re.findall(r"[A-Za-z]+", (clause[:start] + " " + clause[end:]).lower())
               ) <= _COUNT_ALONE_EN:
        return None
    return start, end


#: a field of a comma-separated row, in quotes or not, and the comma or end after it
_ROW_FIELD = re.compile(r'\s*(?:"(?P<quoted>[^"]*)"|(?P<bare>[^,"]*))\s*(?:,|$)')
#: a field of a Markdown table's row (| 植树造林 | 京津冀 | 6200余万 | 亩 |), and the pipe or end
#: after it
_PIPE_FIELD = re.compile(r"\s*(?P<bare>[^|]*?)\s*(?:\||$)")
#: the fewest commas of a row read as one (2023,京津冀,数字经济规模,5.59,万亿元), or pipes
ROW_FIELDS = 3


def _row_units(normal: str, where: list[int]) -> tuple[str, list[int]]:
    """A comma-separated row's bare number with the unit its next field gives, put together
    (京津合作示范区,跨省通用专业人员资格证书,13,类: 13类; "30,000",yuan: 30,000 yuan), and a
    Markdown table's row's likewise (| 精品旅游线路 | 京津冀 | 11 | 条 |: 11条), the positions
    of its characters kept; other text as it is."""
    opening = normal.lstrip()
    if opening.startswith("|") and normal.count("|") > ROW_FIELDS:
        pattern, at = _PIPE_FIELD, normal.index("|") + 1
    elif normal.count(",") >= ROW_FIELDS and "，" not in normal:
        pattern, at = _ROW_FIELD, 0
    else:
        return normal, where
    fields: list[tuple[int, int]] = []
    while at < len(normal):
        field = pattern.match(normal, at)
        if field is None or field.end() == at:
            return normal, where  # (not a row: a quote left open)
        name = "quoted" if field.groupdict().get("quoted") is not None else "bare"
        fields.append((field.start(name), field.end(name)))
        at = field.end()
    parts: list[tuple[int, int] | tuple[str, int]] = []
    done = 0
    for (n0, n1), (u0, u1) in pairwise(fields):
        number, unit = normal[n0:n1].strip(), normal[u0:u1].strip()
        if not number or not unit or not any(c.isdigit() for c in number) or any(
                c.isdigit() for c in unit):
            continue
        found = find_figures(number)
        if (len(found) != 1 or found[0].figure.unit is not None
                or _in_unit(found[0].figure.raw, unit) is None):
            continue
        # the unit moved to right after the number, the separator after it
        parts += [(done, n1), (" ", n1) if unit.isascii() else ("", n1), (u0, u1), (n1, u0)]
        done = u1
    if not parts:
        return normal, where
    return _pieces(normal, where, [*parts, (done, len(normal))])


#: a rumour a refutation opens on, and the words that give what is true after it (网传“…”，
#: 经核实，…; 有网友称…，记者查证：…; Claim circulating online: … Fact: …)
_RUMOUR = re.compile(
    r"\s*(?:网传|有网友称|网友称|网上流传|有传言称|传言称)[^。！？!?]{1,80}?[，,。]?\s*"
    r"(?:经核实|经查证|经查|记者查证|事实上|实际上)\s*[，,：:]?\s*"
    r"|\s*(?:(?:a\s+)?claim\s+circulating\s+online|(?:an?\s+)?(?:viral\s+|online\s+)?"
    r"(?:post|rumou?r)\s+(?:says|claims|has\s+it)|rumou?r)\b[^.!?]{1,160}?[.!?]\s*"
    r"(?:fact(?:-check)?|in\s+fact|the\s+facts?)\s*[:：,]\s*", re.IGNORECASE)


#: a caption's sentence on what its picture shows, before what it tells (图为雄安高铁站片区…调度
#: 中心。北京创新主体与津冀累计投入…)
_PICTURED = re.compile(r"\s*(?:图为|图片为|上图为|下图为)[^。！？!?]{1,80}[。！？!?]\s*(?=\S)")


def _rumour_or_scene_cut(normal: str, where: list[int]) -> tuple[str, list[int]]:
    """A rumour's refutation as what it finds true, where the rumour gives no figure but a
    date of its own (有网友称…没有国家级改革案例，记者查证：五年来…形成7项… as 五年来…形成7项…;
    Claim circulating online: … Fact: 2,093 of … as 2,093 of …): the rumour's words are not
    what it says. A rumour that gives one is read whole, its figure a correction's
    (corrected_to). A caption's sentence on what its picture shows (_PICTURED: 图为…。) is
    cut likewise: the sentence after it says what the figure is of."""
    found = _RUMOUR.match(normal)
    if found is not None:
        # (a year it names is no figure: …never held a symposium in 2019)
        cut = not any(not f.is_date for f in find_figures(found[0], dates=True))
    else:
        found = _PICTURED.match(normal)
        # (a picture's date is the figure: 图为2023年5月，…座谈会。（新华社记者 摄）)
        cut = found is not None and not find_figures(found[0], dates=True) and bool(
            find_figures(normal[found.end() :], dates=True))
    if found is None or not cut or found.end() >= len(normal):
        return normal, where
    return normal[found.end() :], where[found.end() :]


def _as_told(normal: str, where: list[int]) -> tuple[str, list[int]]:
    """An explainer's line as the sentence it stands for, the positions of its characters
    kept: a question and its answer as one sentence (问：联盟中有几家省级高新区？答：7家 as
    联盟中有7家省级高新区; Q: How many …? A: 26. as How many …: 26.), and a figure that opens
    a line before what it is of as that thing's (36: abandoned mines restored, … as abandoned
    mines restored: 36, …); other text as it is."""
    if not normal or not where:
        return normal, where
    asked = _QUESTION.match(normal)
    if asked:
        q0, q1, a0 = asked.start("q"), asked.end("q"), asked.start("a")
        end = len(normal.rstrip())
        a0, a1 = _answering_clause(normal, a0, end)
        corrected = _HOST_CORRECTS.search(normal, a0, end)
        if corrected is not None and corrected.end() < end:
            # (a quiz show's contestant answering wrongly, and the host giving the right
            # answer: that is the line's)
            led = _ANSWER_LEAD.match(normal, corrected.end())
            a0, a1 = _answering_clause(normal, led.end() if led else corrected.end(), end)
        word = _ASKED.search(normal, q0, q1)
        if word and (find_figures(normal[a0:a1]) or find_dates(normal[a0:a1])):
            # (the question's words are the answer's figure's: it takes the asked word's place,
            # and its unit's, 多少公里 for 2486公里; a date the asked part of a date, with the
            # month the question gives that the answer's date has, 哪一年1月 for 2019年1月16日)
            after = word.end()
            unit = next((k for k in range(4, 0, -1) if after + k <= q1
                         and normal[a0:a1].rstrip("。.").endswith(normal[after : after + k])),
                        0)
            month = _ASKED_MONTH.match(normal, after, q1)
            if not unit and month and month[0] in normal[a0:a1]:
                unit = len(month[0])
            return _pieces(normal, where, [(q0, word.start()), (a0, a1), (after + unit, q1),
                                           (a1, len(normal))])
        many = HOW_MANY_EN.match(normal, q0)
        if many and (count := _count_alone_en(normal[a0:a1])) is not None:
            # (an English count alone answers how many of the question's noun: How many
            # quality schools … are planned? A: "Fourteen," … as Fourteen quality schools
            # … are planned," …: its quotation mark left out, as a slogan's name has one)
            c0, c1 = a0 + count[0], a0 + count[1]
            noun = many.end() + len(normal[many.end() : q1]) - len(
                normal[many.end() : q1].lstrip())
            return _pieces(normal, where, [(c0, c1), (" ", c1), (noun, q1),
                                           (a1, len(normal))])
        return _pieces(normal, where, [(q0, q1), (_colon(normal), q1), (a0, len(normal))])
    if not _LEADING.search(normal, 0, LEADING_WITHIN):
        return normal, where  # (most lines: no colon or dash near their start)
    found = find_figures(normal[:LEADING_WITHIN])
    if found and not normal[: found[0].start].strip():
        lead = found[0]
        sep = _LEADING.match(normal, lead.end)
        if sep and sep.end() < len(normal):
            rest = normal[sep.end():].rstrip().rstrip(".。!！")
            cut = _FIRST_CLAUSE.search(rest)
            r1 = sep.end() + (cut.start() if cut else len(rest))
            if r1 > sep.end():
                return _pieces(normal, where, [(sep.end(), r1), (_colon(normal), sep.start()),
                                               (lead.start, lead.end), (r1, len(normal))])
    return normal, where


#: where a writer's own remark starts after what they cite (…，可是我在超市从没见过; …, but I
#: would like to know who did the scoring; …，我希望下一届能多向市民开放): a clause mark,
#: then a word of contrast or of the writer's own view
_REMARK = re.compile(r"[，,；;]\s*(?:可是|但是|但|却|然而|我(?:希望|觉得|想|认为|担心|建议|家|是)"
                     r"|希望"
                     r"|(?i:(?:but|yet|though|although|so\s+(?:why|how|what|when|where)"
                     r"|which\s+hardly|and\s+I(?:'d)?\s+(?:hope|would|wonder|think|want|am"
                     r"|feel|still))\b))")


def _remark_cut(normal: str, where: list[int]) -> tuple[str, list[int]]:
    """A statement without the remark its writer adds after what they cite, where the
    remark holds no figure and no date and what it follows holds one (一个读者来信's
    据报道京津冀已成立15个跨区域特色职教集团，但我孩子想读的专业还是没有任何合作 is checked as
    its first clause): the remark names places and things the figures are not about (我家住
    在朝阳) and holds words that are no figure's. A remark with a figure stays whole: it is
    checked too; a numeral below ten in prose (开一个, 下一届) is none."""
    for remark in _REMARK.finditer(normal):
        if normal.count("“", 0, remark.start()) > normal.count("”", 0, remark.start()):
            continue  # (inside what someone is quoted as saying: the speaker's own words)
        if any(not prose_numeral(f.figure) for f in find_figures(normal[remark.start() :],
                                                                   dates=True)):
            continue  # (a figure of its own; 希望小区附近也能开一个 has only prose)
        if not find_figures(normal[: remark.start()], dates=True):
            break
        return normal[: remark.start()], where[: remark.start()]
    return normal, where


#: an option of a multiple-choice question: its letter, A. 208项, B、, (b) 22.1%
_CHOICE = re.compile(r"(?<![A-Za-z0-9])(?:\(([A-Da-d])\)|([A-Da-d])[.、)])")
#: a true-or-false item's mark that it is true, at its end (（√）, — Answer: True)
_TRUE_MARK = re.compile(r"\s*(?:[—–-]+\s*)?(?:answer\s*:?\s*true|\(\s*[√✓对]\s*\))\s*[.。]?\s*$",
                        re.IGNORECASE)
_TRUE_MARK_SPAN = 40
#: the word a quiz's question asks with, at its end (是多少, 多少场, 哪一年; 约 stays: the
#: answer's bound)
_ASKED_WORD = re.compile(r"(?:是|为|有|达到?)?(?:多少|几|哪一?年|何时)[\u4e00-\u9fff]?$")
#: what ends a quiz's question or its option before the answer: a question mark, a blank, a
#: dash, a comma (characters stripped from its end)
_ASKED_END = " \t\u3000?？:：()（）_—–,，;；-"
#: the answer a quiz gives (答案:B, 正确答案是C, — Answer: (b)); not Answer: True
_ANSWER = re.compile(r"(?:正确)?答案(?:是|为)?:?\s*\(?([A-Da-d])\)?(?![A-Za-z])"
                     r"|\b[Aa]nswer(?:\s+is)?:?\s*\(?([A-Da-d])\)?(?![A-Za-z])")


#: a cloze's blank (____, （  ）, ( )) and its answer at the end (（答案：2022）, 【答案】203,
#: (Answer: 234), 答案：110)
_BLANK = re.compile(r"_{2,}|＿{2,}|[(（]\s*[)）]")
_CLOZE_ANSWER = re.compile(
    r"\s*(?:[(（【\[]\s*(?:答案|answer)\s*(?:[】\]]\s*[:：]?|[:：])\s*(?P<a>[^()（）【】\[\]]+?)"
    r"\s*[)）]?|(?:答案|answer)\s*[:：]\s*(?P<b>[^()（）【】\[\]]+?))\s*[.。]?\s*$",
    re.IGNORECASE)
_CLOZE_SPAN = 60


def _cloze_filled(normal: str, where: list[int]) -> tuple[str, list[int]]:
    """A fill-in-the-blank item with its answer given (填空：……（  ）项……【答案】203; Fill in: ___
    items … (Answer: 234)) as the sentence it makes, the answer in its blank (203项): its
    figure has the blank's unit and words, and the answer is no bare number of its own. One
    blank only; an answer that is an option's letter (答案：B) or true or false is a quiz's
    (_answered_choice, _true_mark_cut). The answer's characters stand for the blank's."""
    answer = _CLOZE_ANSWER.search(normal, max(0, len(normal) - _CLOZE_SPAN))
    if answer is None:
        return normal, where
    said = (answer["a"] or answer["b"]).strip()
    if re.fullmatch(r"[A-Da-d]|true|false|对|错|√|×", said, re.IGNORECASE):
        return normal, where
    blanks = list(_BLANK.finditer(normal, 0, answer.start()))
    if len(blanks) != 1:
        return normal, where
    blank = blanks[0]
    before, after = normal[: blank.start()], normal[blank.end() : answer.start()]
    # (an English answer between words keeps its spaces: ___ government → 234 government)
    return (before + said + after,
            where[: blank.start()] + [where[blank.start()]] * len(said)
            + where[blank.end() : answer.start()])


def _true_mark_cut(normal: str, where: list[int]) -> tuple[str, list[int]]:
    """A true-or-false item marked true (判断题：…（√）, — Answer: True) as what it says,
    without its mark: looked for in the last characters only, so a long run of dashes or
    spaces costs no more than a short one."""
    if true := _TRUE_MARK.search(normal, max(0, len(normal) - _TRUE_MARK_SPAN)):
        return normal[: true.start()], where[: true.start()]
    return normal, where


#: the page a digest sends a story to, after it (→ 要闻·3版, → A05, — *Page 3*, — *p. 9*)
_PAGE_AT_END = re.compile(r"\s*(?:→|->|—|–|-|[|｜])\s*(?:[\u4e00-\u9fff]{1,4}[·・])?"
                          r"(?:第?\d{1,3}版|[A-Z]\d{2}版?|\*?(?:page|p\.)\s*\d{1,3}\*?)\s*$",
                          re.IGNORECASE)
#: how far from a line's end such a page may begin
_PAGE_SPAN = 24


def _page_cut(normal: str, where: list[int]) -> tuple[str, list[int]]:
    """A digest's line without the page it sends the story to (…突破1100家 → 要闻·3版): the
    page's number is no figure; looked for in the last characters only."""
    if page := _PAGE_AT_END.search(normal, max(0, len(normal) - _PAGE_SPAN)):
        return normal[: page.start()], where[: page.start()]
    return normal, where


def _answered_choice(normal: str, where: list[int]) -> tuple[str, list[int]]:
    """A multiple-choice question with its answer given (单选题:…多少项?( )A.208项 B.308项
    C.380项 答案:B; … by: (a) 12.1% (b) 22.1% (c) 5.4% — Answer: (b)) as the question and
    the answer's value, the figure's words the question's (…多少项 308项): the other options
    are no one's claim, and their figures are not checked. Options are letters from A (or a)
    in order, two at least, before the answer; a question without its answer, or whose
    answer holds no figure, is read whole."""
    answer = max(_ANSWER.finditer(normal), key=lambda m: m.start(), default=None)  # (the last)
    if answer is None:
        return normal, where
    chosen = (answer[1] or answer[2]).lower()
    options: list[re.Match[str]] = []
    for mark in _CHOICE.finditer(normal, 0, answer.start()):
        letter = (mark[1] or mark[2]).lower()
        if letter == "a":
            options = [mark]  # (a new list of options)
        elif options and ord(letter) == ord((options[-1][1] or options[-1][2]).lower()) + 1:
            options.append(mark)
    if len(options) < 2:
        return normal, where
    ends = [mark.start() for mark in options[1:]] + [answer.start()]
    picked = [(mark.end(), end) for mark, end in zip(options, ends, strict=True)
              if (mark[1] or mark[2]).lower() == chosen]
    if not picked or not find_figures(normal[slice(*picked[0])], dates=True):
        return normal, where  # (an answer with no figure, (c) June, leaves nothing to read)
    spans = [(0, options[0].start()), picked[0]]
    text: list[str] = []
    mapped: list[int] = []
    for start, end in spans:
        piece = normal[start:end]
        # (its ?, its blank, a dash before the answer; the word that asks, 是多少)
        trimmed = _ASKED_WORD.sub("", piece.rstrip(_ASKED_END))
        lead = len(trimmed) - len(trimmed.lstrip())
        trimmed = trimmed.strip()
        if mapped:
            text.append(" ")
            mapped.append(where[start + lead])
        text.append(trimmed)
        mapped.extend(where[start + lead : start + lead + len(trimmed)])
    return "".join(text), mapped


def _realigned(text: str, changed: str, where: list[int]) -> tuple[str, list[int]]:
    """``changed`` (``text`` with some words put otherwise: 雲端計算 云计算) and for each of
    its characters the index ``where`` gives the character of ``text`` it comes from (a
    word put in fewer or more characters: the first of the word it replaces)."""
    from difflib import SequenceMatcher

    mapped: list[int] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, text, changed,
                                               autojunk=False).get_opcodes():
        if tag == "equal" or i2 - i1 == j2 - j1:
            mapped.extend(where[i1:i2])
        elif j2 > j1:
            mapped.extend([where[i1] if i1 < len(where) else len(where)] * (j2 - j1))
    return changed, mapped


#: the stops of speech inside quotation marks (a name or a title has none)
_SPOKEN = re.compile("[，,。；;！？!?]")


def _inside_name(text: str, index: int) -> bool:
    """Whether ``index`` is inside a quoted name or a title: “2023京津冀产业链供应链大会”,
    《京津冀产业发展报告（2023）》 (a year there is no period)."""
    before = text[:index]
    if before.count("《") > before.count("》"):
        return True
    if before.count("“") <= before.count("”"):
        return False
    # (words quoted as speech are no name: “成立于2019年的元一生物，已从6人发展至80人。”
    # 有关负责人表示 — a clause's or a sentence's stop inside the marks)
    opened = before.rfind("“")
    closed = text.find("”", index)
    quoted = text[opened : closed if closed >= 0 else len(text)]
    return not _SPOKEN.search(quoted)


class _Date(Record):
    __slots__ = ("start", "end", "year", "kind")

    start: int
    end: int
    year: str
    #: "period", "base", "own" (the period of the figure right after it), "own-base"
    #: (both: 较2013年的107微克/立方米) or "event" (于2021年11月更名: its clause's period)
    kind: str

    def __init__(self, start: int, end: int, year: str, kind: str) -> None:
        self.start = start
        self.end = end
        self.year = year
        self.kind = kind


#: what joins an English value to its year right after it (74.87 billion yuan in 2023)
_IN_YEAR = re.compile(r"\s+in\s+", re.IGNORECASE)


def _dates(text: str, found: list[Any]) -> tuple[list[_Date], dict[int, str]]:
    """The years of a sentence, each a period, a comparison base, or the period of the
    figure right after it ("2014年的93微克/立方米"); and figure start → that year."""
    dates: list[_Date] = []
    own: dict[int, str] = {}
    figures = [f for f in found if not f.is_date]
    for date in (f for f in found if f.is_date):
        if _inside_name(text, date.start):
            continue
        for m in _YEAR.finditer(date.figure.raw):
            year = m.group(1)
            before = text[max(0, date.start - 4) : date.start].rstrip()
            after = text[date.end : date.end + 6]
            if text[date.end - 1 : date.end] != "年" and after.startswith("年"):
                after = after[1:]
            if after.startswith("的"):
                nxt = next((f for f in figures if f.start >= date.end), None)
                gap = text[date.end : nxt.start] if nxt else ""
                if nxt and len(gap.strip()) <= 2:
                    if nxt.figure.unit in ("倍", "%"):  # 是2014年的1.8倍: a ratio to 2014
                        dates.append(_Date(date.start, date.end, year, "base"))
                        continue
                    own[nxt.start] = year  # 较2013年的107微克/立方米: 2013's value
                    kind = "own-base" if _BASE_BEFORE.search(before) else "own"
                    dates.append(_Date(date.start, date.end, year, kind))
                    continue
            owner = next((f for f in figures
                          if _IN_YEAR.fullmatch(text, f.end, date.start)), None)
            if owner is not None:
                # English puts a value's year after it (7.12 billion yuan in 2013 to 74.87
                # billion yuan in 2023), and the year is the period of what follows too
                # (…1.88 trillion yuan in 2023, or 42.9% of the city's GDP)
                own[owner.start] = year
                dates.append(_Date(date.start, date.end, year, "period"))
                continue
            if (_BASE_BEFORE.search(before) or _BASE_AFTER.match(after)
                    or (_BASE_EN.search(text, max(0, date.start - 24), date.start)
                        # (over 2014-2022 is the span a rate is over, not its base)
                        and not (_OVER.search(text, max(0, date.start - 12), date.start)
                                 and len(_YEAR.findall(date.figure.raw)) > 1))):
                dates.append(_Date(date.start, date.end, year, "base"))
            elif before.endswith("于"):
                # an event's date (于2021年11月更名为…): the period of its own clause only
                dates.append(_Date(date.start, date.end, year, "event"))
            else:
                dates.append(_Date(date.start, date.end, year, "period"))
    return dates, own


def _period_of(text: str, start: int, dates: list[_Date]) -> frozenset[str]:
    """The years of the figure at ``start``: those of the last period printed before it
    (2014—2022年, 2023年1至11月 …), else of one printed after it in the same clause."""
    clause_start = max((m.end() for m in PERIOD_CLAUSE.finditer(text, 0, start)), default=0)
    # (a span to now after the last date before it, in any clause: 2014年2月…，10年间…，
    # 突破10.4万亿元 is now's, as …February 2014; over the ten years since, … is)
    dated = [d.end for d in dates if d.end <= start and d.kind in ("period", "event")]
    since = min(max(dated), clause_start) if dated else clause_start
    if _NOW.search(text, clause_start, start) or _SPAN_TO_NOW.search(text, since, start):
        # 目前…45家, 至今: the time of writing, not a year printed in an earlier clause
        return frozenset(d.year for d in dates
                         if d.kind in ("period", "event") and clause_start <= d.start < start)
    before = [d for d in dates if d.end <= start
              and (d.kind == "period" or (d.kind == "event" and d.start >= clause_start))]
    if before:
        last = before[-1]
        group = [d.year for d in before
                 if d.start == last.start or 0 <= last.start - d.end <= 3]
        return frozenset(group)
    clause_end = PERIOD_CLAUSE.search(text, start)
    stop = clause_end.start() if clause_end else len(text)
    return frozenset(d.year for d in dates
                     if d.kind in ("period", "event") and start <= d.start < stop)


#: how many characters on each side of a figure are its near words
NEAR = 6


def near_words(before: str, after: str) -> str:
    """The last NEAR characters of a figure's words before it (within its clause) and the
    first NEAR after it; a figure in brackets right after its words (京津冀国际公路自行车赛
    (7 届)) has them."""
    before = before.rstrip(" (（")
    clause = list(_CLAUSE_END.finditer(before))
    if clause:
        before = before[clause[-1].end() :]
    return before.replace(" ", "")[-NEAR:] + " " + after.replace(" ", "")[:NEAR]


def words_in(text: str, raw: str) -> str:
    """The own words of the figure printed as ``raw`` in ``text`` (a claim's quote), found
    without reading the text's figures (the number before and after it stand for them):
    back to the previous number (or an 、), on to the next number or the end of its clause;
    whitespace ignored, where it is first printed."""
    flat = "".join(text.split())
    needle = "".join(raw.split())
    at = flat.find(needle) if needle else -1
    if at < 0:
        return ""
    before = flat[:at]
    numbers = list(_DIGITS.finditer(before))
    cut = max(numbers[-1].end() - 1 if numbers else -1,
              *(before.rfind(mark) for mark in "、；;"))
    after = flat[at + len(needle) :]
    clause = _CLAUSE_END.search(after)
    number = _DIGITS.search(after)
    stop = min(m.start() for m in (clause, number) if m) if (clause or number) else len(after)
    return before[cut + 1 :] + after[:stop]


def near_in(text: str, raw: str) -> str:
    """The near words of the figure printed as ``raw`` in ``text`` (a claim's quote), found
    without reading the text's figures: whitespace ignored, the first place it is printed."""
    flat = "".join(text.split())
    needle = "".join(raw.split())
    at = flat.find(needle) if needle else -1
    if at < 0:
        return ""
    return near_words(flat[:at], flat[at + len(needle) :])


def _english_joined(before: str, after: str, previous: bool, following: bool
                    ) -> tuple[str, str]:
    """An English figure's words between two others: what comes before an "and" that
    follows the previous figure is that figure's, what comes after an "and" that leads to
    the next is the next's (By rail, Yanjiao is 29 minutes from Beijing and Dachang 39
    minutes: 29's words are "By rail, Yanjiao is … from Beijing"), as long as two words of
    its own are left. Chinese words are read by the rules for 、, 和 and the comma; in a
    line mixing the two (66个 一级学科 and 49个 national … key labs), an "and" between
    them parts them as in English, each two Chinese characters a word."""
    from jjjcli.search import english_words

    if _CJK.search(before + after):
        def own(text: str) -> int:  # (a word of Chinese: two characters)
            return len(english_words(_CJK.sub(" ", text).lower())) + sum(
                len(run) // 2 for run in _CJK_RUN.findall(text))

        if previous and (joins := list(_JOINED_EN.finditer(before))) and own(
                before[joins[-1].end() :] + after) >= 2:
            before = before[joins[-1].end() :]
        if following and (join := _JOINED_EN.search(after)) and own(
                before + after[: join.start()]) >= 2:
            after = after[: join.start()] + " "
        return before, after

    if previous and after.strip() and _TAIL_OF_PREVIOUS_EN.fullmatch(before):
        # (fell 3.6% in Beijing, 2.0% in Tianjin and 3.9% in Hebei: in Beijing is 3.6%'s)
        before = ""
    if previous:
        joins = list(_JOINED_EN.finditer(before))
        if joins and len(english_words((before[joins[-1].end() :] + after).lower())) >= 2:
            before = before[joins[-1].end() :]
    if following:
        join = _JOINED_EN.search(after)
        if join and len(english_words((before + after[: join.start()]).lower())) >= 2:
            after = after[: join.start()] + " "
    else:
        # a count in words after it is the next item of a list, not its words (36
        # companies from Beijing and eight from Tianjin)
        join = _JOINED_NUMBER_WORD_EN.search(after)
        if join and len(english_words((before + after[: join.start()]).lower())) >= 2:
            after = after[: join.start()] + " "
    return before, after


def _space_as_comma(space: re.Match[str]) -> str:
    """A space between two Chinese words as a comma (_SPACED), but after a count that
    opens its clause or follows English (66个 一级学科 and 49个…, set up 15个 …特色职教集团
    and 22个 高校发展联盟: the words after the space are what it counts)."""
    head = _CLAUSE_END.split(space.string[: space.start()])[-1]
    if _BARE_COUNT.search(head):
        return space[0]
    return "，" * len(space[0])


def read_sentence(text: str, *, offset: int = 0, line: int = 1, column: int = 1,
                  simplified: bool = False) -> Sentence:
    """One statement, read: its figures with their own words and periods (``simplified``:
    the text is known to be in simplified characters, as a claim's quote is)."""
    original = text
    if not simplified and not _SPACED_OUT.search(text):
        # a space between two Chinese words parts them as a comma does (a headline's
        # 综合型平台5家 特色型21家) — not in text spaced out character by character, as
        # from a PDF (经 审 查 立 案 9585 件); a line break joins two lines
        text = _SPACED.sub(_space_as_comma, text)  # (as long: positions hold)
    normal, where = normalize(text.replace("\n", " "), simplified=simplified)
    if not simplified:
        # a footnote's marker copied with the text (2093人[1], 增长6.7%①, 1.1 million¹) is
        # no figure, nor part of one (as long: the positions hold)
        normal = _FOOTNOTE.sub(lambda m: " " * len(m[0]), normal)
        # a chatbot's or a note's Markdown bold (超过**4000家**) is no part of a figure or
        # its words (as long: the positions hold; a quiz's blank, ____, stays)
        normal = normal.replace("**", "  ")
        # a dash between two words of a name as a hyphen (Beijing–Tianjin–Hebei, as typeset)
        normal = _WORD_DASH.sub("-", normal)
        # a speaker's filler before a comma parts no clause (北京转出到津冀的，嗯，十点五万人:
        # the figure's words are 北京转出到津冀的; as long: the positions hold)
        normal = _FILLER.sub(lambda m: " " * len(m[0]), normal)
        # a sender's number in the brackets opening a message (【北京12345】, 【12345热线】) is
        # a hotline's, no figure (as long: the positions hold; the place stays)
        if sender := _SENDER_NUMBER.match(normal):
            normal = blanked(normal, [sender.span(1)])
        # (matched from the first character that is no space: a long run of spaces is read
        # once, not once for each of the labels' own leading spaces)
        while label := (_DESK_LABEL.match(normal, len(normal) - len(normal.lstrip()))
                        or _heading(normal)):  # (【10:45】快讯：…)
            if _QUESTION.match(normal):
                break  # (记者：…？答：… opens a question and its answer: _as_told reads it)
            normal, where = normal[label.end() :], where[label.end() :]
        # a time of day is no figure, wherever it is (an agenda's （14:20，报告厅）; as long:
        # the positions hold), once a live blog's time stamp has been read as an opening
        normal = _CLOCK_TIME.sub(lambda m: " " * len(m[0]), normal)
        spoken = spoken_numbers(normal)
        if spoken is not None:
            # numbers spelled out as broadcast copy says them (more than eleven hundred
            # companies, in twenty twenty-three) read as their digits: what a figure is of,
            # its year, its bound are then read as they are in a statement printed in digits
            normal, where = spoken[0], [where[i] for i in spoken[1]]
        # a year in numerals read digit by digit (二〇二三年), as 2023年 (as long: the
        # positions hold)
        normal = numeral_years_in_digits(normal)
        normal, where = _short_year_spans(normal, where)
        normal, where = _two_digit_years(normal, where)
        normal, where = _dotted_dates(normal, where)
        normal, where = _row_units(normal, where)
        normal, where = _as_told(normal, where)
        normal, where = _rumour_or_scene_cut(normal, where)
        normal, where = _remark_cut(normal, where)
        normal, where = _true_mark_cut(normal, where)
        normal, where = _page_cut(normal, where)
        normal, where = _cloze_filled(normal, where)
        normal, where = _answered_choice(normal, where)
    found = find_figures(normal, dates=True)
    if not simplified:
        found = _in_labelled_units(normal, found)
    dates, own_years = _dates(normal, found)
    years = {d.year for d in dates if d.kind == "period"}
    bases = {d.year for d in dates if d.kind in ("base", "own-base")}
    figures = [f for f in found if not f.is_date]
    stated: list[StatedFigure] = []
    for index, f in enumerate(figures):
        start = figures[index - 1].end if index else 0
        if index and not normal[start : f.start].strip() and _measure_word(
                figures[index - 1].figure):
            # 一片38平方公里的土地: a measure word right before a figure is no figure with
            # words of its own; the words before it are the figure's (位于…东北部)
            start = figures[index - 2].end if index > 1 else 0
        before = normal[start : f.start]
        listed = max(before.rfind("、"), before.rfind("；"), before.rfind(";"))
        if listed >= 0:  # 6个…、2个…: the words before 、 are the previous figure's
            field = before[:listed]
            before = before[listed + 1 :]
            if (not simplified and _VALUE_LABEL.fullmatch(before)
                    and _FIELD_END.match(normal, f.end)):
                # a row's value alone in its field (…；入驻北京医药企业；60家；…, 指标：…；数值：
                # 246所): its words are the field before it, what a sheet's column names
                before = _FIELD_BREAK.split(field)[-1] + before
        stop = figures[index + 1].start if index + 1 < len(figures) else len(normal)
        after = normal[f.end : stop]
        clause = _CLAUSE_END.search(after)
        if clause and clause.group() == "、" and not simplified:
            # a statement's figure with the things it counts listed after it (8000余名校长、
            # 园长。), where no figure follows in its clause: to the clause's end (6个…、2个…:
            # the next figure's words). (A source's sentence is read as its claims were
            # curated: its figure's words end at the 、.)
            ends = _CLAUSE_END.search(after.replace("、", " "))
            things = THINGS_JOIN.split(
                after[clause.end() : ends.start() if ends else None].split("等")[0])
            if (ends is not None or stop == len(normal)) and all(
                    len(thing) <= LISTED_THING for thing in things):
                clause = ends
        if clause:
            after = after[: clause.start()]
        if after == "的" and index + 1 < len(figures):
            # 约15000平方米的2至6层企业办公空间: the thing after 的 begins with another
            # figure; what follows that figure is this one's thing too (up to what is said
            # of it)
            following = figures[index + 2].start if index + 2 < len(figures) else len(normal)
            thing = normal[figures[index + 1].end : following]
            ended = _CLAUSE_END.search(thing)
            thing = thing[: ended.start()] if ended else thing
            verb = _SAID_OF_IT.search(thing, 1)
            after += thing[: verb.start()] if verb else thing
        elif after.startswith("的") and index + 1 < len(figures) and stop - f.end == len(after):
            # 全长约117公里的津兴铁路约占…总里程的1%: the figure says what the thing after 的
            # is; what is said of that thing (约占…总里程) is the next figure's, where that
            # figure follows in the same clause (its words were not cut at a clause's end)
            verb = _SAID_OF_IT.search(after, 3)
            if verb:
                after = after[: verb.start()]
        joined = [m.end() for m in _JOINED.finditer(before)] if index and listed < 0 else []
        if joined and len(_CJK.findall(before[joined[-1] :] + after)) >= 2:
            # 2.2万余台仪器设备和1.8万余项技术成果: the words before 和 are the previous
            # figure's, as before a 、
            before = before[joined[-1] :]
        read_before = before
        before, after = _english_joined(before, after, bool(index),
                                        index + 1 < len(figures))
        given_back = ((f.start - len(read_before), f.start - len(before))
                      if len(before) < len(read_before) else None)
        cut = max((m.end() for m in PERIOD_CLAUSE.finditer(before)), default=0)
        if cut and len(_CJK.findall(before[cut:] + after)) >= 2:
            # 8个国家一流学科,12个北京市高精尖学科: the words before the comma are the
            # previous figure's; a figure with words in its own clause has those
            before = before[cut:]
        period = (frozenset({own_years[f.start]}) if f.start in own_years
                  else _period_of(normal, f.start, dates))
        near = near_words(before, after)
        stated.append(StatedFigure(f.figure, f.start, f.end, before + after, period,
                                   frozenset(bases - period), near, given_back))
    _panel_labels(normal, stated)
    _respectively(normal, stated)
    _ratios(normal, stated)
    _from_to(normal, stated)
    _span_comes_to(normal, stated)
    _to_words(normal, stated)
    _points_of_a_list(normal, stated)
    _year_said_after(normal, stated)
    if "年" in normal or "year" in normal:
        _to_relative_year(normal, stated)
    _counted_after_en(normal, stated)
    dated: list[StatedFigure] = []
    # dates whole, at the precision printed (2014年6月, 2019年1月16日至18日, 二〇一五年):
    # figures.find_dates, as the knowledge base's date claims are read
    for f in find_dates(normal):
        if _no_date(normal, f):
            continue
        previous = max((g.end for g in found if g.end <= f.start and not g.is_date),
                       default=0)
        before = normal[previous : f.start]
        after = normal[f.end :]  # to the end of its clause (首次 in 首次全面达标 is a word)
        clause = _CLAUSE_END.search(after)
        if clause:
            after = after[: clause.start()]
        dated.append(StatedFigure(f.figure, f.start, f.end, before + after,
                                  frozenset(_YEAR.findall(f.figure.raw)), frozenset(),
                                  near_words(before, after)))
    return Sentence(normal, original, offset, line, column, stated, frozenset(years), where,
                    dated)


#: a value's change told from one to another: 由24159家增加到26751家, 从11711亿元提升至…,
#: from 8.31 billion yuan to 35.69 billion yuan
_FROM = re.compile(r"(?:由|从|\bfrom)\s*$", re.IGNORECASE)
#: the verbs of a change between its two values (增加到, 提升至)
_CHANGE_VERBS = ("(?:大幅)?(?:增加|增长|提升|提高|上升|扩大|下降|降低|减少|缩小|回落|压缩|缩短|"
                 "增|降|升|跃升)")
_TO = re.compile(rf"^\s*(?:{_CHANGE_VERBS})?\s*(?:至|到|为|to\b)\s*$", re.IGNORECASE)


#: the words between a change's two values (从45亩增加到了185亩, 由…提升至…)
_TO_VALUE = re.compile(rf"\s*(?:{_CHANGE_VERBS})?了?\s*(?:至|到|为)了?\s*")
#: a change's first value, with the time it is of (由现在的40架提升到100架)
_FROM_NOW = re.compile(r"(?:由|从)\s*(?:现在|目前|当前|原来|原先|最初|过去)?的?\s*$")


def span_end(text: str, figures: Sequence[StatedFigure], item: StatedFigure) -> str | None:
    """Whether ``item`` is the value a change starts from ("from": 从45亩 of 从45亩增加到了
    185亩, 由现在的40架 of 由现在的40架提升到100架) or the one it comes to ("to": 185亩), or
    neither (None)."""
    at = next((i for i, f in enumerate(figures) if f is item), None)
    if at is None:
        return None
    if at + 1 < len(figures) and _FROM_NOW.search(text, 0, item.start) \
            and _TO_VALUE.fullmatch(text, item.end, figures[at + 1].start):
        return "from"
    if at and _FROM_NOW.search(text, 0, figures[at - 1].start) \
            and _TO_VALUE.fullmatch(text, figures[at - 1].end, item.start):
        return "to"
    return None


#: an infographic panel's marker before its value (▶ 5.59万亿元 | …)
_PANEL_MARKS = "▶►▷•·*■□◆◇●○→ \t"
#: a panel's value, then its label: the separator (5.59万亿元 | 2024年京津冀数字经济规模;
#: 37 μg/m³ — PM2.5)
_PANEL_SEPARATOR = re.compile(r"\s*(?:[|｜]|[—–]+|:|：)\s*")
#: where a panel's label ends: the next separator of its kind
_PANEL_END = re.compile(r"\s*[|｜]")
#: a label in English: a word of three letters at least
_ENGLISH_LABEL = re.compile(r"[A-Za-z]{3,}")


def _panel_labels(text: str, stated: list[StatedFigure]) -> None:
    """A figure that opens a panel of a chart or an infographic, with no words of its own
    before its separator (▶ 229个 | 京津冀六条重点产业链梳理出的“堵点”): its words are the
    label after the separator (what the value is of), to the next separator or the end of
    its clause."""
    if not stated:
        return
    item = stated[0]
    if text[: item.start].strip(_PANEL_MARKS) or item.words.strip(_PANEL_MARKS + "|｜"):
        return
    separator = _PANEL_SEPARATOR.match(text, item.end)
    if separator is None or not separator.group().strip():
        return
    ended = _PANEL_END.search(text, separator.end())
    label = text[separator.end() : ended.start() if ended else len(text)]
    clause = _CLAUSE_END.search(label)  # (…事项，累计办理3万余件: the next figure's)
    label = label[: clause.start()] if clause else label
    if _CJK.search(label) or _ENGLISH_LABEL.search(label):
        item.words = label


def _points_of_a_list(text: str, stated: list[StatedFigure]) -> None:
    """A list whose last item prints 个百分点 gives it to the items before it that print
    only 个 (分别高于全国8个、0.4个百分点: 8 percentage points, not 8 things); read from the
    last item back, so that each item passes it on to the one before."""
    for first, second in reversed(list(pairwise(stated))):
        if (second.figure.unit == "个百分点" and first.figure.unit == "个"
                and first.figure.raw.endswith("个")
                and LIST_GAP.fullmatch(text[first.end : second.start])):
            figure = first.figure
            first.figure = Figure(figure.raw, figure.value, "个百分点", figure.qualifier,
                                  figure.high)


#: a verb after a figure's 的 and its noun: what is said of the thing (约占, 投产产值将达到)
_SAID_OF_IT = re.compile(r"约占|占|是|为|达到|达|将|已|实现|完成|成为|进入|投产|增长|下降|提高|"
                         r"突破|超过|累计|共有|拥有|也")
#: a year right before a value (…至2023年的66.1%), and one after 由 (由2014年的40.7%)
_YEAR_OF = re.compile(r"(\d{4})年的\s*$")
_FROM_YEAR = re.compile(r"(?:由|从)\s*(\d{4})年的\s*$")


def _from_to(text: str, stated: list[StatedFigure]) -> None:
    """Two figures of a span's two years told as one value's change (2014—2022年…由24159家
    增加到26751家): the first is the first year's value, the second the last year's — not
    both of both; of one year with a comparison's year before it (2023年…是2014年同期的…，
    由15.3%增长到24.3%), the first is the comparison year's."""
    for first, second in pairwise(stated):
        since = _FROM_YEAR.search(text, 0, first.start)
        if since and _TO.match(text[first.end : second.start]):
            _unit_shared(first, second)  # (从2014年的1.4降到0.95万吨标准煤: no year of its own)
        until = _YEAR_OF.search(text, 0, second.start)
        if since and until and _TO.match(text[first.end : until.start()]):
            _unit_shared(first, second)
            if not first.period and not second.period:
                # 由2014年的40.7%上升至2023年的66.1%: each value's year is the one right
                # before it, not a comparison's base
                first.period, first.base = frozenset({since[1]}), frozenset()
                second.period, second.base = frozenset({until[1]}), frozenset()
                continue
        if not (second.period == first.period and _FROM.search(text, 0, first.start)
                and _TO.match(text[first.end : second.start])):
            continue
        _unit_shared(first, second)
        years = sorted(first.period)
        if len(years) == 2:
            first.period = frozenset(years[:1])
            second.period = frozenset(years[1:])
        elif len(years) == 1 and len(first.base) == 1 and min(first.base) < years[0]:
            # 是2014年同期的5.33倍，占比由15.3%增长到24.3%: from the comparison's year
            first.period, first.base = first.base, frozenset()


#: where a sentence ends (what a correction's report opens after)
SENTENCE_BREAK = re.compile(r"[。！？；!?;]")
#: a correction notice's report of the value it corrects, before that value in its
#: sentence (更正：本报昨日报道…; 前日报道称…; An earlier version of this article said…)
_REPORTED = re.compile(r"更正|勘误|订正|报道|报导|刊发|刊登|误作|误为|误写|写成|写作"
                       r"|\b(?:said|stated|reported|misstated|wrote|gave)\b", re.IGNORECASE)
#: and the words between that value and the one it is corrected to: …达到34家，应为44家;
#: …63.8万人有误，应为638万人; …to 9.5% in 2022. The correct 2022 figure is 8.5%; It
#: should have said …
_CORRECTED_TO = re.compile(
    r"[^。！？!?，,；;]{0,30}[，,；;]\s*(?:时间|数字|数据|单位)?"
    r"(?:应为|应是|应该是|实为|更正为|正确的?(?:数字|数据|表述)?应?为)"
    r"[\u4e00-\u9fff]{0,3}?\s*"
    r"|[^.;!?。；]{0,40}[.;]\s+(?:the\s+correct\s+(?:[\w-]+\s+){0,3}?(?:is|was)"
    r"|it\s+should\s+have\s+(?:said|read|been))\s+", re.IGNORECASE)
#: a rumour's report of a value, before it in its sentence (网传“…”, 有网友称…; Claim
#: circulating online: …), and the words between it and what is found true (…不到全国5%”，经
#: 核实，…占全国比重达到10.7%; Fact: …)
_RUMOURED = re.compile(r"网传|网友称|网上流传|传言|传闻|谣传|\b(?:rumou?rs?|circulating)\b",
                       re.IGNORECASE)
_FOUND_TRUE = re.compile(
    r"[^。！？!?]{0,12}(?:经核实|经查证|经查|记者查证|查证|事实上|实际上)[^。！？!?]{0,40}"
    r"|[^.!?。]{0,40}[.;:]\s*(?:Fact|In\s+fact|The\s+facts?|Actually)\b[^.!?。]{0,60}",
    re.IGNORECASE)

#: a fact-check memo's draft, before its value in its clause (原文：…; Draft: …), and the words
#: between that value and what the check finds (；核实：原文为36家; ；核实：对照原文；结论：
#: 有误，应为7.3%; — Checked: source says …; — Verdict: wrong, should be …)
_DRAFTED = re.compile(r"原文\s*[:：]|\bdraft\s*:", re.IGNORECASE)
_CHECKED_TO = re.compile(
    r"[^。！？!?；;]{0,30}[；;]\s*(?:核实|核查|查证)\s*[:：]\s*(?:原文|来源|材料|报道|通稿|报告)?"
    r"\s*(?:为|是|称|显示)\s*"
    r"|[^。！？!?]{0,60}?结论\s*[:：]\s*(?:有误|错误|不实)\s*[，,]?\s*(?:应为|应是)\s*"
    r"|[^.!?]{0,60}?[—–-]+\s*checked\s*:\s*(?:the\s+)?source\s+(?:says|gives|shows)\s+"
    r"|[^.!?]{0,120}?verdict\s*:\s*wrong\s*[,;]?\s*should\s+(?:be|read)\s+", re.IGNORECASE)


def corrected_to(text: str, items: Sequence[StatedFigure], item: StatedFigure
                 ) -> StatedFigure | None:
    """The figure a correction notice corrects ``item`` to, where ``item`` is the value it
    reports as printed before (更正：前日报道三地制造业单项冠军企业达到34家，应为44家: 44家
    for 34家; An earlier version of this article said … 1,500 square metres. The correct
    figure is about 15,000 square metres), or a rumour's value to what is found true (网传
    “…不到全国5%”，经核实，…10.7%), or a fact-check memo's draft to what the check finds (原文：
    …63家；核实：原文为36家): the next figure of its unit, where only the correction's, the
    finding's or the check's words stand between them and a word of the report, the rumour or
    the draft opens its clause; None where it is none (a check that finds the same value
    corrects nothing)."""
    after = next((o for o in items if o is not item and o.start >= item.end
                  and o.figure.unit == item.figure.unit), None)
    if after is None:
        return None
    opening = max((m.end() for m in SENTENCE_BREAK.finditer(text, 0, item.start)), default=0)
    if _CORRECTED_TO.fullmatch(text, item.end, after.start):
        return after if _REPORTED.search(text, opening, item.start) else None
    if _FOUND_TRUE.fullmatch(text, item.end, after.start):
        return after if _RUMOURED.search(text, opening, item.start) else None
    if _CHECKED_TO.fullmatch(text, item.end, after.start) and (
            after.figure.value != item.figure.value):
        return after if _DRAFTED.search(text, opening, item.start) else None
    return None


#: a correction notice's correction of the time its figures are of, not of a figure
#: (…下降至180.4万人，时间应为2023年; …时间有误，应为“十一”假日期间; The figure was for 2022.):
#: the time it gives
_TIME_CORRECTED = re.compile(
    r"(?:时间|年份|日期|時間)(?:有误|有誤|不对)?[，,]?\s*(?:应为|应是|應為)\s*(?P<zh>[^，,。；;]+)"
    r"|\b(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:figure|number|total)s?\s+(?:was|were|is|are)"
    r"\s+(?:for|from)\s+(?P<en>[^.;,]*?\b(?:19|20)\d\d\b[^.;,]*)", re.IGNORECASE)


def time_corrected(text: str) -> tuple[int, str] | None:
    """Where a correction notice corrects the time of the figures it reports before (a word of
    the report before them: _REPORTED; in English, to a year), and the time it gives
    (更正：本报前日报道核心区常住人口下降至180.4万人，时间应为2023年，而非2022年: 2023年);
    None for any other statement."""
    found = _TIME_CORRECTED.search(text)
    if found is None or not _REPORTED.search(text, 0, found.start()):
        return None
    return found.start(), (found["zh"] or found["en"]).strip()


#: a figure's printed number, before its unit (约1.58万吨标准煤: 约1.58)
_PRINTED_NUMBER = re.compile(r"^\D*?[\d.,]+")


def _unit_shared(first: StatedFigure, second: StatedFigure) -> None:
    """A change's first value printed bare, in the Chinese unit its second value prints (由2014
    年的2.02下降到2021年的1.58万吨标准煤: 2.02 is 2.02万吨标准煤), its raw as printed."""
    if first.figure.unit is not None or second.figure.unit in (None, "date"):
        return
    number = _PRINTED_NUMBER.match(second.figure.raw)
    unit = second.figure.raw[number.end() :] if number else ""
    # (a Chinese unit: an English change's bare first value, from 6 to 80 employees, is
    # read by what it counts already)
    figure = _in_unit(first.figure.raw, unit) if unit and not unit.isascii() else None
    if figure is not None and figure.unit == second.figure.unit:
        first.figure = figure.replace(raw=first.figure.raw)


#: a change's verb right before the value it comes to (占全国比重升至25.3%, rose to 25.3%)
_COMES_TO = re.compile(rf"(?:{_CHANGE_VERBS}(?:至|到)"
                       r"|\b(?:rose|risen|grew|grown|increased|fell|fallen|dropped|declined)"
                       r"\s+to)\s*$", re.IGNORECASE)
#: how far before a figure its change's verb may begin (大幅增加到, increased to)
_COMES_TO_REACH = 16


def _measure_word(figure: Figure) -> bool:
    """Whether a figure is a measure word of prose (一片, 一个, 一批: 一 and a unit, no
    digit), as jjjcli.values.prose_numeral reads the ones below ten."""
    from jjjcli.values import prose_numeral

    return figure.raw[:1] in "一两" and prose_numeral(figure)


def _span_comes_to(text: str, stated: list[StatedFigure]) -> None:
    """A value a change comes to, in a sentence of a span's two years and with no value it
    starts from (2014—2022年…，占全国比重升至25.3%): the last year's value, not the span's."""
    for item in stated:
        if len(item.period) != 2 or not _COMES_TO.search(
                text, max(0, item.start - _COMES_TO_REACH), item.start):
            continue
        if span_end(text, stated, item) == "to":
            continue  # (由5854亿元增至27369亿元: _from_to's)
        item.period, item.base = frozenset({max(item.period)}), frozenset()


def _to_words(text: str, stated: list[StatedFigure]) -> None:
    """The value a change comes to (1小时 of 办理时间由过去的20天左右压缩至1小时) has the words
    of the value it starts from too: its own are only the change's verb (压缩至), and what
    changed is named before the first (办理时间)."""
    for first, second in pairwise(stated):
        if span_end(text, stated, second) == "to":
            gap = text[first.end : second.start]  # (the verb, in both figures' words)
            before = first.words.removesuffix(gap) if gap.strip() else first.words
            second.words = before + second.words


#: what an English count counts, after the words that say what kind (1,600 national-level
#: "little giant" enterprises): a count of them has its unit (jjjcli.figures.canonical_unit)
_COUNTED_EN = ("firms", "companies", "enterprises", "businesses", "projects", "vehicles",
               "households")
#: up to four such words, none a word of a clause's grammar, then the counted noun
_KIND_THEN_COUNTED_EN = re.compile(
    r"(?:\s+[\"'“‘]?(?!(?:of|in|from|to|and|or|at|by|for|with|on|as|than|per|were|was|are|is|"
    r"have|has|had|will|that|which|who|the|a|an)\b)[a-z][a-z-]*[\"'”’]?){1,4}"
    # (two kinds joined: innovative design and urban technology companies)
    r"(?:\s+and(?:\s+[a-z][a-z-]*){1,2})?\s+(?P<noun>" + "|".join(_COUNTED_EN) + r")\b",
    re.IGNORECASE)


def _counted_after_en(text: str, stated: list[StatedFigure]) -> None:
    """An English count printed without its unit, whose noun follows a few words of what
    kind it is (more than 1,600 national-level "little giant" enterprises), has the noun's
    unit (家), as "more than 1,600 enterprises" has: a bound is weighed in its unit."""
    if _CJK.search(text):
        return
    for item in stated:
        f = item.figure
        if f.unit is not None or f.qualifier == "ordinal":
            continue
        m = _KIND_THEN_COUNTED_EN.match(text, item.end)
        if m and not any(o.start < m.end() for o in stated if o.start > item.start):
            item.figure = Figure(f.raw, f.value, canonical_unit(m["noun"]), f.qualifier,
                                 f.high)


def quote_text(text: str) -> str:
    """A claim's quote (simplified Chinese) as :func:`read_sentence` reads it: the text of
    :func:`normalize`, without its index of where each character comes from (a large base's
    compare reads tens of thousands of quotes this way)."""
    text = text.replace("\n", " ").translate(_FULLWIDTH)
    for pattern, replacement in _PASTED if _PASTED_MAY.search(text) else ():
        text = pattern.sub(replacement, text)
    return text


#: the text the reader writes in place of what print abbreviates (规模以上 for 规上, PM2.5)
PASTED_WRITES = tuple(replacement for _pattern, replacement in _PASTED if replacement)


def _no_date(normal: str, found: Any) -> bool:
    """Whether a date read is none of the sentence's: inside a name, the year a list or
    report covers (2022年度…名单), or the year the figures before it are of (…，那是2012年
    的数), not the date of an event."""
    return _inside_name(normal, found.start) or normal.startswith("度", found.end) or (
        (said := _YEAR_OF_FIGURES.search(normal, max(0, found.start - 3), found.end + 8))
        is not None and said.start("year") == found.start)


#: a clause saying what year the figures before it are of (…222.4万常住人口，那是2012年的数;
#: …2.224 million residents; that was the 2012 figure)
_YEAR_OF_FIGURES = re.compile(
    r"[那这]?[是为]?\s*(?P<year>(?:19|20)\d{2})\s*年的(?:统计)?(?:数据|数字|数)(?![\u4e00-\u9fff])"
    r"|(?:that|this|it)\s+(?:was|is)\s+(?:the\s+)?(?P<en>(?:19|20)\d{2})\s+(?:figure|number|"
    r"data|total)s?\b", re.IGNORECASE)
#: and the words between the figures and it (the clause's break)
_BEFORE_YEAR_OF_FIGURES = re.compile(r"[^。！？!?]*?[，,；;]\s*$")


#: a span from a year to one said relative to when it was written (从2014年1月到去年11月; from
#: January 2014 to November last year): its figures are of no year jjj can date
_TO_RELATIVE_YEAR = re.compile(
    r"(?P<year>(?:19|20)\d{2})年(?:\d{1,2}月)?份?\s*(?:到|至|—|-|～|~)\s*(?:去年|今年|前年|上年|本年)"
    r"|(?P<en>(?:19|20)\d{2})\s+(?:to|through|until)\s+(?:[A-Z][a-z]+\s+)?(?:last|this)\s+year",
    re.IGNORECASE)


def _to_relative_year(text: str, stated: list[StatedFigure]) -> None:
    """The figures after a span that ends in a year said relative to when it was written
    (从2014年1月到去年11月，…累计已超2700亿元): no longer of the span's first year alone, but
    of no year printed (compare's _relative_year then reads the 去年)."""
    for m in _TO_RELATIVE_YEAR.finditer(text):
        year = m["year"] or m["en"]
        for item in stated:
            if item.start >= m.end() and item.period == {year} and not SENTENCE_BREAK.search(
                    text, m.end(), item.start):
                item.period = frozenset()


def _year_said_after(text: str, stated: list[StatedFigure]) -> None:
    """The figures of a sentence before a clause saying what year they are of (那是2012年的
    数; that was the 2012 figure), with no year of their own: of that year, not compared
    with it."""
    for m in _YEAR_OF_FIGURES.finditer(text):
        year = m["year"] or m["en"]
        for item in stated:
            if (item.end <= m.start() and not item.period
                    and _BEFORE_YEAR_OF_FIGURES.fullmatch(text, item.end, m.start())):
                item.period, item.base = frozenset({year}), item.base - {year}


def date_spans(text: str, *, simplified: bool = False) -> tuple[str, list[tuple[int, int, Figure]]]:
    """The text normalised as :func:`read_sentence` reads it, and its dates (start, end,
    figure) as that gives them in ``Sentence.dates`` — without reading its other figures
    (compare wants only the dates of a date claim's quote, for thousands of claims)."""
    normal, _where = normalize(text.replace("\n", " "), simplified=simplified)
    return normal, [(f.start, f.end, f.figure) for f in find_dates(normal)
                    if not _no_date(normal, f)]


#: what may stand between the figures of a list: 3.6%、3.7%、3.9%; 12%和31%
LIST_GAP = re.compile(r"\s*(?:、|,|，|和|及|与|以及)\s*")
_AND = re.compile(r"以及|和|及|与")
_ITEM_SPLIT = re.compile(r"以及|、|和|及|与")
#: the region's one-character names, as lists print them (津冀…分别达22%、14.7%)
SHORT_PLACES = {"京": "北京", "津": "天津", "冀": "河北"}
_SHORT_RUN = re.compile("[京津冀]{2,3}")


def _runs(text: str, stated: list[StatedFigure]) -> Iterator[list[StatedFigure]]:
    """The lists of figures of a sentence: figures with nothing but 、 , 和 between them."""
    run: list[StatedFigure] = []
    for figure in stated:
        if run and LIST_GAP.fullmatch(text[run[-1].end : figure.start]):
            run.append(figure)
            continue
        if len(run) > 1:
            yield run
        run = [figure]
    if len(run) > 1:
        yield run


def _items(before: str, count: int) -> list[str] | None:
    """The ``count`` items a 分别 list names before it: 北京、天津、河北 (the last item
    keeps the words they share: 河北万元地区生产总值能耗), 国内旅游人次和旅游收入."""
    pieces = before.split("、")
    if len(pieces) < count:
        pieces = pieces[:-1] + _AND.split(pieces[-1], maxsplit=count - len(pieces))
    if len(pieces) != count:
        pieces = _ITEM_SPLIT.split(before)
    if len(pieces) == count and all(pieces):
        return pieces
    runs = [m.group(0) for m in _SHORT_RUN.finditer(before) if len(m.group(0)) == count]
    if runs:
        # the places alone: no item carries shared words
        return [SHORT_PLACES[ch] for ch in runs[-1]] + [""]
    return None


def item_of(words: str) -> str:
    """The item of a 分别 list a figure's ``words`` give first (北京 of 北京 空气质量…
    分别达到, as _respectively writes them; for the last item, with the words the items
    share)."""
    return words.split(" ", 1)[0]


def _respectively(text: str, stated: list[StatedFigure]) -> None:
    """Give each figure of a 分别 list its own item: in 北京、天津、河北万元地区生产总值能耗
    分别下降3.6%、3.7%、3.9% the 3.7% is 天津's, with the words the items share; a second
    list (…1431家、…14042家,分别占全国比重达到12%和31%) pairs with the list before it.
    The figures' words are rewritten in place."""
    previous: list[StatedFigure] | None = None
    previous_items: list[str] | None = None  # the items of the 分别 list before, if one
    for run in _runs(text, stated):
        first = run[0]
        clause = max((m.end() for m in PERIOD_CLAUSE.finditer(text, 0, first.start)),
                     default=0)
        lead = text[clause : first.start]
        at = lead.rfind("分别")
        if at < 0:
            # 提速至500M、1000M: a figure with no words of its own has the list's
            for figure in run[1:]:
                if not figure.words.strip(" ,，、和及与"):
                    figure.words, figure.near = first.words, first.near
            previous, previous_items = run, None
            continue
        shared = lead[at:]
        items = _items(lead[:at], len(run))
        if (items is None and previous_items is not None
                and len(previous_items) == len(run)):
            # a second 分别 list of the same items: each item with this list's own words
            # (A、B和C分别注册企业…，在园国家高新技术企业分别为193家、21家和53家)
            own = _CLAUSE_END.split(lead[:at])[-1].strip()
            for index, figure in enumerate(run):
                item = previous_items[index]
                figure.words = " ".join(w for w in (item, own, shared) if w)
                figure.near = near_words(item + own + shared, "")
            previous = run
            continue
        if items is None and previous is not None and len(previous) == len(run):
            items = [p.words for p in previous] + [""]  # each has its own words
        if items is None:
            before = text[:first.start]
            items = _items(before, len(run))
        if items is None:
            previous, previous_items = run, None
            continue
        last = items[-1]
        if len(items) > len(run):  # the places of 津冀: nothing shared among the items
            items, last = items[:-1], ""
        if not any(c.isdigit() for c in last):
            # what the last item shares with the others: its words past a head as long as
            # the longest of theirs (氢能、汽车交通、生物医药产业…: 产业… is shared, 生物医药
            # is not); an item with a figure in it is that figure's (…1431家、…14042家,分别…)
            last = last[max(map(len, items[:-1]), default=0):]
        for index, figure in enumerate(run):
            common = "" if index == len(run) - 1 else last
            figure.words = " ".join(w for w in (items[index], common, shared) if w)
            figure.near = near_words(items[index] + shared, "")
        previous, previous_items = run, items[: len(run)]


_RATIO_GAP = re.compile(r"\s*[:：∶]\s*")
_ORDINALS = "一二三四五六七八九十"


def _ratios(text: str, stated: list[StatedFigure]) -> None:
    """Give each term of a ratio its place: in 三次产业结构由2013年的6.2 : 35.7 : 58.1 the
    35.7 is the second term of 三次产业结构 (its words: the ratio's, and 第二项)."""
    run: list[StatedFigure] = []

    def name(terms: list[StatedFigure]) -> None:
        if len(terms) < 2:
            return
        lead, period = terms[0].words, terms[0].period
        for index, figure in enumerate(terms):
            figure.period = period  # 2013年的6.2 : 35.7 : 58.1: every term is 2013's
            place = _ORDINALS[index] if index < len(_ORDINALS) else str(index + 1)
            figure.words = f"{lead} 第{place}项"
            figure.near = near_words(lead + f"第{place}项", "")

    for figure in stated:
        if run and _RATIO_GAP.fullmatch(text[run[-1].end : figure.start]):
            run.append(figure)
            continue
        name(run)
        run = [figure]
    name(run)


def split_sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) for each sentence of ``text``, as written.

    A blank line, a Markdown heading or list item ends a paragraph; inside one, a line
    break joins two lines. Sentences end at 。！？；!?; and at a full stop before a space.
    """
    offset = 0
    for block in re.split(r"(\n[ \t]*\n+|\n(?=[ \t]*(?:#|[-*+] |\d+[.)] |>)))", text):
        if not block or block.isspace() or re.fullmatch(r"\n[ \t]*\n*|\n", block):
            offset += len(block)
            continue
        last = 0
        for m in _SENTENCE_END.finditer(block):
            piece = block[last : m.end()]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                yield offset + last + lead, piece.strip()
            last = m.end()
        piece = block[last:]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            yield offset + last + lead, piece.strip()
        offset += len(block)


def read_text(text: str) -> Iterator[Sentence]:
    """Every sentence of a text, read, with its line and column."""
    line, line_start, counted = 1, 0, 0
    for offset, sentence in split_sentences(text):
        newlines = text.count("\n", counted, offset)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", 0, offset) + 1
        counted = offset
        if len(sentence) > MAX_SENTENCE:
            yield Sentence(sentence[:MAX_SENTENCE], sentence, offset, line,
                           offset - line_start + 1, [], frozenset(), [])
            continue
        yield read_sentence(sentence, offset=offset, line=line, column=offset - line_start + 1)
