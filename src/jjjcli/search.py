"""Ranking claims for a query: Chinese words, figures in any form, English, typos.

A query is normalised (traditional → simplified, full-width → half-width, lower case), its
figures and years are taken out, and what is left is matched as text:

- Chinese, which has no spaces, by character bigrams (paraphrases share most of them) and
  by rapidfuzz's ``partial_ratio`` (one wrong character still aligns);
- English words against the claims' English renderings, each word fuzzily;
- figures by value after unit normalisation (5.59万亿 = 55900亿元 = 5.59 trillion yuan);
- years against the claim's period.

Each signal present in the query is a share in [0, 1]; the score is their weighted mean.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from sys import intern
from typing import TYPE_CHECKING, Any

from jjjcli.aliases import ALIASES, BUILT_IN, Vocabulary, load_vocabulary
from jjjcli.errors import JJJError
from jjjcli.figures import (
    Figure,
    compared_precision,
    date_precision,
    dates_agree,
    find_dates,
    find_figures,
    is_date,
    strip_escapes,
)
from jjjcli.kb import Claim, KnowledgeBase
from jjjcli.record import Record
from jjjcli.text import blanked

if TYPE_CHECKING:
    from jjjcli.index import Closest

MIN_SCORE = 0.5
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile("[a-z]")
_LATIN_WORD = re.compile(r"[a-z][a-z0-9'’]*(?:\.\d+)?|\d+[a-z]+")
#: a number as printed (in a quote, or in a query read literally): 17504.55, 923
_NUMBER_WORD = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
#: a number with the mark printed after it, when that is a Chinese character or a per
#: cent sign (11项, 3.7%, 10万), or a scale of two (12万亿, not the 12万 of 12万张); else the
#: number alone
_MARKED_NUMBER = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)(?:[百千万]?[万亿]|[%‰\u3400-\u9fff\uf900-\ufaff]|(?!\d))")
#: a year printed as four digits (1950–2099)
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_FULLWIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
#: a character _FULLWIDTH changes (most texts have none: no translation needed)
_HAS_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]")
_STOP_EN = frozenset(
    "a an the of in on at to for and or by with from is are was were be been as that this "
    "its it than more less about over under nearly almost around what how many much etc".split()
)
_STOP_CN = frozenset("的了和与及是在有多少年")
__all__ = ["ALIASES", "Searcher", "parse_query", "search"]
WEIGHT_TEXT = 1.0
WEIGHT_FIGURE = 1.5
WEIGHT_YEAR = 0.5


def to_simplified(text: str) -> str:
    """Traditional Chinese → simplified (OpenCC), only when the text has Chinese in it
    (and, jjjcli.t2s, a character OpenCC could change)."""
    if not _CJK.search(text):
        return text
    from jjjcli import t2s

    return t2s.convert(text)


#: what text pasted from print or PDF may hold (PM_{2.5}, ₂, 规上, R&D, a digit beside a space)
_PASTED_HINT = re.compile(r"pm|规上|r\s*&\s*d|[₀-₉]|\d\s|\s\d|\d\s*\.\s+\d")


def normalize(text: str) -> str:
    """Full-width to half-width, traditional to simplified, lower case; terminal escapes
    (a statement pasted from coloured output) dropped."""
    if len(text) > _NORMALIZED_KEPT_SIZE:
        return _normalize(text)
    return _normalized(text)


#: texts up to this long are normalised once per process (compare asks again and again
#: for the same metrics, subjects and words)
_NORMALIZED_KEPT_SIZE = 200


def _normalize(text: str) -> str:
    text = strip_escapes(text)
    if _HAS_FULLWIDTH.search(text):
        text = text.translate(_FULLWIDTH)
    return to_simplified(text).lower()


_normalized = lru_cache(maxsize=1 << 15)(_normalize)


def bigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for run in _CJK.findall(text):
        if len(run) == 1:
            if run not in _STOP_CN:
                grams.add(run)
            continue
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return grams


#: English words the claims' renderings use interchangeably, mapped to one
_SAME_WORD = {
    "firm": "enterprise", "company": "enterprise", "business": "enterprise",
    "center": "centre", "subcentre": "sub", "kilometer": "kilometre", "percent": "%",
    "specialized": "specialised",
    "gdp": "output", "economic": "economy", "investor": "investment", "invest": "investment",
    "journey": "travel", "trip": "travel", "xiong'an": "xiongan", "rail": "railway",
    # (the short forms of names and of sci-tech and hi-tech, as analysts and wire copy write
    # them: ZGC for Zhongguancun)
    "zgc": "zhongguancun", "sci": "science", "tech": "technology", "hi": "high",
    # (视察 and 考察 in English: an official inspected, or visited)
    "inspect": "visit", "inspected": "visited", "inspecting": "visiting",
}


@lru_cache(maxsize=1 << 16)  # the same few thousand words, over every claim of a base
def _stem(word: str) -> str:
    word = word.strip("'’.").replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"
    elif word.endswith("sses") or word.endswith("ches") or word.endswith("shes"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    return _SAME_WORD.get(word, word)


def english_words(text: str) -> list[str]:
    return list(map(_stem, _LATIN_WORD.findall(text)))


#: the short forms headlines and wire copy use, for the words the claims' English spells
#: out (as english_words gives them)
_SHORT_FORMS_EN = {
    "nev": ("new", "energy", "vehicle"), "ev": ("electric", "vehicle"),
    "soe": ("state", "owned", "enterprise"), "ftz": ("free", "trade", "zone"),
    "cbd": ("central", "enterprise", "district"), "pv": ("photovoltaic",),
    "fdi": ("foreign", "investment"), "hsr": ("high", "speed", "rail"),
    "hi": ("high",), "govt": ("government",), "gov": ("government",),
    "intl": ("international",), "admin": ("administrative",), "demo": ("demonstration",),
    "eco": ("ecological",), "yr": ("year",), "yoy": ("year",), "sq": ("square",),
    "km": ("kilometre",), "bn": ("billion",), "bln": ("billion",), "mln": ("million",),
    "trln": ("trillion",), "tn": ("trillion",), "ai": ("artificial", "intelligence"),
}


def short_forms_out(words: Iterable[str]) -> set[str]:
    """English words (english_words) with the short forms among them spelled out (NEV: new
    energy vehicle), for matching a headline's words to a claim's English."""
    found: set[str] = set()
    for word in words:
        found.update(_SHORT_FORMS_EN.get(word, (word,)))
    return found


def number_words(text: str, *, marked: bool = False) -> list[str]:
    """The numbers printed in ``text``, as words (after :func:`normalize`: half-width);
    with ``marked``, a number right before a Chinese character, a per cent sign or a scale
    of two is given with it (11项, 3.7%, 10万, 10万亿): a query's figure read as words
    (parse_query) is found only where the claim prints it so (:func:`claim_numbers`), not
    in the 11 of 11届 or the 10 of 10万亿元."""
    if not marked:
        return [n for n in _NUMBER_WORD.findall(text) if not YEAR.fullmatch(n)]
    # (a year is no figure's number, but 2000亿 is)
    return [m[0] for m in _MARKED_NUMBER.finditer(text)
            if not (YEAR.fullmatch(m[1]) and m[0][len(m[1]):] in ("", "年"))]


def claim_numbers(text: str) -> list[str]:
    """The words a claim's quote gives its numbers: each alone, and each with the mark
    after it (:func:`number_words`, and its ``marked`` words that are not bare numbers), in
    one pass: _MARKED_NUMBER's number is _NUMBER_WORD's, one for one (a build makes this
    for every claim)."""
    found = list(_MARKED_NUMBER.finditer(text))
    return [*(m[1] for m in found if not YEAR.fullmatch(m[1])),
            *(m[0] for m in found if m.end() > m.end(1)
              and not (m[0][len(m[1]):] == "年" and YEAR.fullmatch(m[1])))]


class Query(Record):
    __slots__ = (
        "text", "chinese", "bigrams", "words", "figures", "years", "aliases", "literal",
    )

    text: str
    chinese: str
    #: the query's Chinese character pairs (and single characters standing alone)
    bigrams: frozenset[str]
    words: tuple[str, ...]
    figures: tuple[Figure, ...]
    years: frozenset[str]
    #: (pairs of an alias in the query, the words the knowledge base uses for it): the pairs
    #: count as found in a claim that has any of those words
    aliases: tuple[tuple[frozenset[str], tuple[str, ...]], ...]
    #: the same query with its figures read as words ("PM2.5", "一期", "11 months")
    literal: Query | None

    def __init__(
        self, text: str, chinese: str, bigrams: frozenset[str], words: tuple[str, ...],
        figures: tuple[Figure, ...], years: frozenset[str],
        aliases: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (),
        literal: Query | None = None,
    ) -> None:
        self.text = text
        self.chinese = chinese
        self.bigrams = bigrams
        self.words = words
        self.figures = figures
        self.years = years
        self.aliases = aliases
        self.literal = literal

    @property
    def empty(self) -> bool:
        return not (self.chinese or self.bigrams or self.words or self.figures or self.years)


def parse_query(raw: str, *, figures: bool = True,
                vocabulary: Vocabulary | None = None,
                marks: dict[str, str] | None = None) -> Query:
    """The query, read: its figures, years, Chinese and English words. English names
    of the region and of statistics (``Jing-Jin-Ji``, ``GDP``) stand for the Chinese the
    claims use (``vocabulary``: the built-in tables, or a knowledge base's own). Read
    without ``figures``, its numbers are words, those of its figures with their ``marks``
    (11项 for the figure 11项, not 11: number_words)."""
    marks = marks or {}
    vocabulary = vocabulary or BUILT_IN
    text = normalize(" ".join(raw.split()))
    if _PASTED_HINT.search(text):
        # read as compare reads a statement (jjjcli.reading): PM_{2.5}/PM₂.₅ for PM2.5,
        # 规上 for 规模以上, 2014 年 2 月 for 2014年2月 — loaded only for such a query
        from jjjcli.reading import normalize as read_pasted

        text = read_pasted(text, simplified=True)[0].lower()
    found = find_figures(text, dates=True) if figures else []
    # a date finer than a year (2016年9月, 2015年4月30日, 3月4日) is a figure to match date
    # claims by; a year alone is matched as a year
    dates = [d for d in find_dates(text) if date_precision(d.figure) != "year"] if found else []
    numbers = tuple(f.figure for f in found if not f.is_date) + tuple(d.figure for d in dates)
    years = frozenset(YEAR.findall(text))
    rest = YEAR.sub(" ", blanked(text, [(f.start, f.end) for f in (*found, *dates)]))
    named: list[str] = []  # metrics named in English
    # every English name has a Latin letter: a query without one has none to look for
    for pattern, target, place in vocabulary.english if _LATIN.search(rest) else ():
        if pattern.search(rest):
            rest = pattern.sub(f" {target} " if place else " ", rest)
            if not place:
                named.append(target)
    chinese = "".join(_CJK.findall(rest))
    words = tuple(dict.fromkeys(w for w in english_words(rest)
                                if w not in _STOP_EN and len(w) > 1))
    if not figures:  # read literally, the numbers are words to find in the quote
        words += tuple(w for w in dict.fromkeys(marks.get(n, n) for n in number_words(rest))
                       if w not in words)
    grams = set(bigrams(rest))
    aliases = []
    for key, more in vocabulary.chinese.items():
        if key in rest and chinese:
            own = bigrams(key)
            grams |= own
            aliases.append((frozenset(own), tuple(more.split())))
    for metric in dict.fromkeys(named):
        # a statistic named in English: found in a claim that uses its Chinese name or an
        # alias of it (经济总量 for 地区生产总值)
        own = {f"<{metric}>"}
        grams |= own
        alternatives = [metric, *vocabulary.chinese.get(metric, "").split(),
                        *(k for k, v in vocabulary.chinese.items() if metric in v.split())]
        aliases.append((frozenset(own), tuple(dict.fromkeys(alternatives))))
    literal = None
    if numbers:
        # a figure's number with the mark after it (11项, 3.7%, 10万; number_words)
        marks = {m[1]: m[0] for f in numbers for m in _MARKED_NUMBER.finditer(f.raw)}
        literal = parse_query(raw, figures=False, vocabulary=vocabulary, marks=marks)
    return Query(raw, chinese, frozenset(grams), words, numbers, years, tuple(aliases), literal)


class Document(Record):
    """What a claim offers to the matcher, prepared once (and stored in the cache)."""

    __slots__ = (
        "id", "source", "period", "topics", "metric", "subject", "chinese", "keytext",
        "keysize", "_words", "years", "claim", "rowid", "figures_json", "_figures",
        "_words_text",
    )

    id: str
    source: str
    period: str
    topics: tuple[str, ...]
    metric: str
    subject: str
    #: the Chinese of metric, subject and quote, run together
    chinese: str
    #: metric and subject: what the claim is about; ``keysize`` counts their pairs
    keytext: str
    keysize: int
    _words: frozenset[str] | None
    #: in the cache: the words as stored (space-separated), made a set on first use
    _words_text: str
    years: frozenset[str]
    claim: Claim | None  # when the claims are in memory
    rowid: int  # when they are in the cache
    figures_json: str  # in the cache: figures parsed only when a query needs them
    _figures: tuple[Figure, ...] | None

    def __init__(
        self, id: str, source: str, period: str, topics: tuple[str, ...], metric: str,
        subject: str, chinese: str, keytext: str, keysize: int, words: frozenset[str] | str,
        years: frozenset[str], claim: Claim | None = None, rowid: int = 0,
        figures_json: str = "", _figures: tuple[Figure, ...] | None = None,
    ) -> None:
        self.id = id
        self.source = source
        self.period = period
        self.topics = topics
        self.metric = metric
        self.subject = subject
        self.chinese = chinese
        self.keytext = keytext
        self.keysize = keysize
        # (compare reads a large base's candidates by the thousand and, for a Chinese
        # statement, never their words)
        if isinstance(words, str):
            self._words, self._words_text = None, words
        else:
            self._words, self._words_text = words, ""
        self.years = years
        self.claim = claim
        self.rowid = rowid
        self.figures_json = figures_json
        self._figures = _figures

    @property
    def words(self) -> frozenset[str]:
        """The claim's English words, topics and quote numbers (with their marks)."""
        if self._words is None:
            self._words = frozenset(map(intern, self._words_text.split()))
        return self._words

    @property
    def figures(self) -> tuple[Figure, ...]:
        if self._figures is None:
            from jjjcli.index import figures_from_json

            self._figures = figures_from_json(self.figures_json) if self.figures_json else ()
        return self._figures


@lru_cache(maxsize=1 << 12)  # a base has few periods
def _period_years(period: str) -> frozenset[str]:
    years = [int(y) for y in re.findall(r"\d{4}", period)]
    if len(years) == 2 and years[1] - years[0] <= 30:
        return frozenset(str(y) for y in range(years[0], years[1] + 1))
    return frozenset(str(y) for y in years)


@lru_cache(maxsize=1 << 15)  # metric and subject: a base repeats them
def _keysize(keytext: str) -> int:
    return len(bigrams(keytext))


# (``words``, a property over the stored text, is a public field where its slot is)
Document._fields = tuple("words" if name == "_words" else name for name in Document.__slots__
                         if name == "_words" or not name.startswith("_"))


def make_document(claim: Claim) -> Document:
    keytext = normalize(claim.metric + " " + claim.subject)
    quote = normalize(claim.quote)
    chinese = "".join(_CJK.findall(keytext + " " + quote))
    # (English words hold no whitespace: the words of the text as it is)
    english = normalize(claim.en)
    return Document(
        id=claim.id, source=claim.source, period=claim.period, topics=claim.topics,
        _figures=claim.figures, metric=claim.metric, subject=claim.subject, chinese=chinese,
        keytext=keytext, keysize=_keysize(keytext),
        words=frozenset(english_words(english + " " + " ".join(claim.topics))
                        + claim_numbers(quote)),
        years=_period_years(claim.period) | frozenset(YEAR.findall(claim.quote)),
        claim=claim,
    )


class Hit(Record):
    __slots__ = ("claim", "score", "matched_figures")

    claim: Claim
    score: float
    matched_figures: list[Figure]

    def __init__(
        self, claim: Claim, score: float, matched_figures: list[Figure] | None = None,
    ) -> None:
        self.claim = claim
        self.score = score
        self.matched_figures = [] if matched_figures is None else matched_figures


class Filters(Record):
    __slots__ = ("source", "topic", "period")

    source: str | None
    topic: str | None
    period: str | None

    def __init__(
        self, source: str | None = None, topic: str | None = None,
        period: str | None = None,
    ) -> None:
        self.source = source
        self.topic = topic
        self.period = period

    @property
    def empty(self) -> bool:
        return not (self.source or self.topic or self.period)

    def select(self, docs: list[Document]) -> list[Document]:
        """The documents these filters accept (all of them without a filter)."""
        return docs if self.empty else [d for d in docs if self.accepts(d)]

    def stream(self, docs: Iterable[Document]) -> Iterable[Document]:
        """:meth:`select` for documents read one at a time."""
        return docs if self.empty else (d for d in docs if self.accepts(d))

    def accepts(self, doc: Document | Claim) -> bool:
        if self.source and not doc.source.startswith(self.source):
            return False
        if self.topic and self.topic.lower() not in doc.topics:
            return False
        if self.period:
            wanted = _period_years(self.period)
            if not wanted or not wanted & _period_years(doc.period):
                return False
        return True


#: the Chinese match: share of the query's pairs found, rapidfuzz similarity, and share of
#: the claim's metric and subject pairs found. A claim sharing no pair with the query
#: scores at most FUZZY_WEIGHT on it.
PAIRS_WEIGHT, FUZZY_WEIGHT, KEY_WEIGHT = 0.45, 0.35, 0.2

#: English query words matched only fuzzily ("investmnt") count this much
FUZZY_WORD = 0.8
#: a figure's number read as a word (11项) found only with another mark (11届) counts
#: this much: too little to rank a claim printing it so beside the query's commonest words
#: above the claims holding the figure, enough for one that has most of its other words
#: (35户企业入驻 for the 35家企业 of 雄安中关村科技园)
OTHER_MARK = 0.5


def _pairs_found(query: Query, text: str) -> set[str]:
    """The query's pairs in ``text``; an alias's pairs count when any of its words is."""
    found = {g for g in query.bigrams if g in text}
    for own, words in query.aliases:
        if not own <= found and any(w in text for w in words):
            found |= own
    return found


def _fuzzy_chinese(query: Query, doc: Document) -> bool:
    """Whether the Chinese match needs rapidfuzz (the query is not in the claim verbatim)."""
    return bool(query.chinese and doc.chinese) and query.chinese not in doc.chinese


@lru_cache(maxsize=1 << 12)  # asked for each claim a query is scored against
def number_of(word: str) -> str | None:
    """The number of a figure's number read as a word (11 of 11项, 11 of 11), or None for
    any other word."""
    found = _MARKED_NUMBER.fullmatch(word)
    return found[1] if found else None


@lru_cache(maxsize=1 << 12)
def misspellable(word: str) -> bool:
    """Whether a word may be misspelt, and so found fuzzily (by search and by the index's
    table of words): four characters or more, not a number (32.5 is no misspelling of
    PM2.5's 2.5)."""
    return len(word) >= 4 and number_of(word) is None


def _fuzzy_word(word: str, doc: Document) -> bool:
    """Whether an English word needs rapidfuzz (long enough, and not in the claim)."""
    return misspellable(word) and word not in doc.words and bool(doc.words)


def only_pairs(query: Query) -> bool:
    """Whether only character pairs can score for this query: Chinese words (aliases
    included), no single character, no English word, figure or year."""
    aliased = {g for own, _words in query.aliases for g in own}
    return (bool(query.bigrams) and not (query.words or query.figures or query.years)
            and all(len(g) == 2 for g in query.bigrams - aliased))


def _single_characters(query: Query) -> bool:
    """Whether the query has a Chinese character standing alone (no pair holds it)."""
    return any(len(g) == 1 for g in query.bigrams)


def _unfound_credit(word: str, fuzzy_words: bool) -> float:
    """The most a query word can score in a claim the index did not find holding it
    (unshared_bound): unless ``fuzzy_words``, a figure's number with its mark (11项) may be
    printed there with another (OTHER_MARK), and a word may be misspelt there
    (FUZZY_WORD)."""
    if not word.strip("'%"):
        return 1.0
    number = number_of(word)
    if number is not None:
        return OTHER_MARK if number != word and not fuzzy_words else 0.0
    return 0.0 if fuzzy_words or not misspellable(word) else FUZZY_WORD


def unshared_bound(query: Query, *, fuzzy_words: bool, singles: bool = False) -> float:
    """The highest score a claim can reach that holds none of the query's character pairs
    (nor an alias's words), none of its English words and none of its figures: what an
    index that finds those may leave unread. With ``fuzzy_words`` the claims holding a
    word like a query word, or a figure's number of the query with another mark after it,
    count as found too (else such a claim may score on it); with ``singles`` the claims
    holding a single character of the query do.
    """

    def one(q: Query) -> float:
        parts: list[float] = []
        if q.chinese or q.bigrams:
            parts.append(1.0 if _single_characters(q) and not singles else FUZZY_WEIGHT)
        if q.words:
            unfound = sum(_unfound_credit(w, fuzzy_words) for w in q.words)
            parts.append(unfound / len(q.words))
        total = weights = 0.0
        if parts:
            total += WEIGHT_TEXT * sum(parts) / len(parts)
            weights += WEIGHT_TEXT
        if q.figures:
            weights += WEIGHT_FIGURE
        if q.years:
            total += WEIGHT_YEAR
            weights += WEIGHT_YEAR
        return total / weights if weights else 0.0

    best = one(query)
    if query.literal is not None and not query.literal.empty:
        best = max(best, LITERAL_DISCOUNT * one(query.literal))
    return best


def text_score(query: Query, doc: Document, *, bound: bool = False) -> float | None:
    """How well the query's words match the claim's, in [0, 1]; None without words.

    With ``bound``, an upper bound computed without rapidfuzz: the fuzzy parts count as
    perfect. Search uses it to skip claims that cannot reach the results.
    """
    parts: list[float] = []
    if query.chinese or query.bigrams:
        size = len(query.bigrams) or 1
        recall = len(_pairs_found(query, doc.chinese)) / size
        key = min(len(_pairs_found(query, doc.keytext)) / min(size, doc.keysize or 1), 1.0)
        if not _fuzzy_chinese(query, doc):
            fuzzy = 1.0 if query.chinese and doc.chinese else 0.0
        elif bound:
            fuzzy = 1.0
        else:
            fuzzy = _fuzz().partial_ratio(query.chinese, doc.chinese) / 100
        parts.append(PAIRS_WEIGHT * recall + FUZZY_WEIGHT * fuzzy + KEY_WEIGHT * key)
    if query.words:
        hits = 0.0
        for word in query.words:
            if word in doc.words:
                hits += 1
            elif (number := number_of(word)) is not None:
                # printed with another mark (11届 for 11项, or a typo's 2.6平方米 for
                # 2.6亿平方米): half
                hits += OTHER_MARK if number != word and number in doc.words else 0.0
            elif _fuzzy_word(word, doc):
                if bound:
                    hits += FUZZY_WORD
                    continue
                ratio = _fuzz().ratio
                best = max(ratio(word, w) for w in doc.words)
                hits += FUZZY_WORD if best >= 80 else 0.0
        parts.append(hits / len(query.words))
    return sum(parts) / len(parts) if parts else None


@lru_cache(maxsize=1)
def _fuzz() -> Any:
    from rapidfuzz import fuzz

    return fuzz


#: a date that agrees only at a coarser precision (2016年 for 2016年9月) counts this much
COARSER_DATE = 0.75


#: a claim's figure that the query's rounds (31% for 30.9%, 1.18亿元 for 11788.17万元)
#: counts this much: enough beside the query's words, never above a claim holding the
#: figure itself without them
ROUNDED_FIGURE = 0.3


def rounding_range(figure: Figure) -> tuple[float, float] | None:
    """The values a figure may be a rounding of, at the precision printed (约31%: 30.5 to
    31.5, 1.18亿: 1.175亿 to 1.185亿; no more than a tenth of it either way, as compare
    allows); None for a date or a zero."""
    return None if is_date(figure) else _rounding_range(figure.raw, figure.value)


@lru_cache(maxsize=1 << 10)  # a query's figures, asked for each claim it is scored against
def _rounding_range(raw: str, value: float) -> tuple[float, float] | None:
    from jjjcli.values import ROUNDING_SHARE, significant_tolerance

    spread = min(significant_tolerance(raw, value), ROUNDING_SHARE * abs(value))
    if spread <= abs(value) * 1e-9:
        return None
    return value - spread, value + spread


def _rounds_to(figure: Figure, wanted: Figure) -> bool:
    """Whether the query's figure ``wanted`` may be the claim's ``figure`` rounded."""
    if figure.high is not None or wanted.high is not None or is_date(figure) or (
            figure.unit and wanted.unit and figure.unit != wanted.unit):
        return False
    span = rounding_range(wanted)
    return span is not None and span[0] <= figure.value < span[1]


def _figure_share(query: Query, doc: Document) -> tuple[float, list[Figure]]:
    matched: list[Figure] = []
    credit = 0.0
    for wanted in query.figures:
        rounded = None
        for figure in doc.figures:
            if figure.same_quantity(wanted):
                matched.append(figure)
                credit += 1
                break
            if is_date(wanted) and is_date(figure) and dates_agree(figure, wanted):
                matched.append(figure)
                same = compared_precision(figure, wanted) == date_precision(wanted)
                credit += 1 if same else COARSER_DATE
                break
            if rounded is None and _rounds_to(figure, wanted):
                rounded = figure
        else:
            if rounded is not None:
                matched.append(rounded)
                credit += ROUNDED_FIGURE
    return credit / len(query.figures), matched


#: a match that needed the query's figures read as words ranks a little lower
LITERAL_DISCOUNT = 0.9


def _one_score(query: Query, doc: Document, bound: bool,
               literal: bool = False) -> tuple[float, list[Figure]]:
    total = weights = 0.0
    text = text_score(query, doc, bound=bound)
    if text is not None:
        total += WEIGHT_TEXT * text
        weights += WEIGHT_TEXT
    matched: list[Figure] = []
    if query.figures:
        share, matched = _figure_share(query, doc)
        total += WEIGHT_FIGURE * share
        weights += WEIGHT_FIGURE
    if query.years:
        if _dates_a_figure(query, doc, matched, literal):
            total += WEIGHT_YEAR * (len(query.years & doc.years) / len(query.years))
        weights += WEIGHT_YEAR
    return (total / weights if weights else 0.0), matched


def _dates_a_figure(query: Query, doc: Document, matched: list[Figure],
                    literal: bool) -> bool:
    """Whether the query's years count for the claim: a query with figures dates them, so
    its years count only for a claim holding one of them (``matched``; in the ``literal``
    reading, printing one of its numbers). 13.9% 数字经济 2022 finds no claim, as
    13.9% 数字经济 finds none: the 2022 digital-economy claims hold no 13.9%."""
    if query.figures:
        return bool(matched)
    if not literal:
        return True
    numbers = [(word, number) for word in query.words
               if (number := number_of(word)) is not None]
    return not numbers or any(word in doc.words or number in doc.words
                              for word, number in numbers)


def score(query: Query, doc: Document, *, bound: bool = False) -> tuple[float, list[Figure]]:
    """The claim's score for the query, and the claim's figures the query matched.

    A query with figures is also read with them as words (PM2.5, 一期, 三地, "11 months"
    are names as often as quantities); the better reading counts, that one discounted.
    """
    best, matched = _one_score(query, doc, bound)
    if query.literal is not None and not query.literal.empty:
        literal, _ = _one_score(query.literal, doc, bound, literal=True)
        if LITERAL_DISCOUNT * literal > best:
            return LITERAL_DISCOUNT * literal, []
    return best, matched


#: the claims a query's other words find, of which those in its figures' units come first
WITHOUT_FIGURES_READ = 20


class Searcher:
    """Ranks the claims of a knowledge base: every claim, or, in a large base opened
    through its cache, the candidates its full-text and figure indexes give."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._documents: list[Document] | None = None


    @property
    def documents(self) -> list[Document]:
        """Every claim's document (read once)."""
        if self._documents is None:
            if self.kb.index is not None:
                from jjjcli.index import documents

                self._documents = documents(self.kb.index)
            else:
                self._documents = [make_document(c) for c in self.kb]
        return self._documents

    def candidates(self, query: Query, filters: Filters,
                   min_score: float | None = None) -> list[Document]:
        """The documents that could match: the index's candidates in a large base; in a
        smaller one every claim, or, when ``min_score`` rules out every claim that shares
        no character pair with a query of Chinese words only, the claims that share one
        (read through the full-text index: the same answer as reading all)."""
        return list(self._candidates(query, filters, min_score, 10, stream=False))

    def _candidates(self, query: Query, filters: Filters, min_score: float | None,
                    limit: int, *, stream: bool = True) -> Iterable[Document]:
        """The documents to rank for the best ``limit`` results (all with 0); where the
        index cannot narrow them, read as a stream (or, without ``stream``, every
        document, read once and kept: for a caller that asks again and again)."""
        index = self.kb.index
        if index is None:
            return filters.select(self.documents)
        from jjjcli import index as cache

        if len(index) > cache.index_threshold():
            # a caller asking again and again (compare) gets the claims holding a
            # figure's value up to the limit of the text's candidates
            figures = cache.FIGURE_CANDIDATES if stream else cache.FTS_CANDIDATES
            docs = (cache.matching(index, query, filters, min_score) if limit == 0
                    and min_score is not None
                    else cache.candidates(index, query, filters, figures))
            if docs is not None:
                return docs
        elif (min_score is not None and min_score > FUZZY_WEIGHT
              and only_pairs(query)):
            return filters.select(cache.sharing_a_pair(index, query))
        if self._documents is not None or not stream:
            return filters.select(self.documents)
        return cache.stream(index, query, filters, min_score)

    def about(self, metrics: Iterable[str] = (), subjects: Iterable[str] = (),
              values: Iterable[float] = (), tolerance: float = 0.0,
              units: Iterable[str] | None = None,
              fitting: Iterable[str] | None = None,
              closest: Closest | None = None) -> list[Document]:
        """The claims on one of ``metrics``, about one of ``subjects``, holding a figure
        within ``tolerance`` (relative: 0.05 is 5 %) of one of ``values`` and in one of
        ``units`` (as printed, "" for none), and a figure in one of ``fitting`` — each
        condition only when given. In a cached base, one query on the cache's indexes
        (index.about), so as cheap at a million claims as at a thousand; there, with
        ``closest``, at most its limit of them (index.Closest: those whose text holds most
        of its pairs). A base read whole gives them all."""
        metrics, subjects, values = set(metrics), set(subjects), list(values)
        printed = None if units is None else set(units)
        fits = None if fitting is None else set(fitting)
        index = self.kb.index
        if index is not None:
            from jjjcli.index import about

            docs: list[Document] | None = about(index, metrics, subjects, values, tolerance,
                                                printed, fits, closest)
            if docs is not None:
                return docs

        def near(figure: Figure) -> bool:
            return (printed is None or (figure.unit or "") in printed) and any(
                abs(figure.value - v) <= max(abs(v) * max(tolerance, 1e-9), 1e-12)
                for v in values)

        return [d for d in self.documents
                if (not metrics or d.metric in metrics)
                and (not subjects or d.subject in subjects)
                and (not values or any(near(f) for f in d.figures))
                and (fits is None or any((f.unit or "") in fits for f in d.figures))]

    def parse(self, raw: str) -> Query:
        """The query read with this knowledge base's vocabulary (its metric aliases)."""
        root = getattr(self.kb, "root", None)
        return parse_query(raw[:2000], vocabulary=load_vocabulary(
            None if root is None else str(root)))

    def search(self, raw: str, filters: Filters | None = None, limit: int = 10,
               min_score: float = MIN_SCORE) -> list[Hit]:
        if not raw.strip():
            raise JJJError("the query is empty: give words, a figure or a phrase to look for")
        query = self.parse(raw)
        if query.empty:
            raise JJJError(f"nothing to search for in {raw.strip()[:40]!r}")
        docs = self._candidates(query, filters or Filters(), min_score, limit)
        return self._hits(self.rank(query, docs, limit, min_score))

    def without_figures(self, raw: str, filters: Filters | None = None,
                        limit: int = 3) -> list[Hit]:
        """What a query with figures finds on its other words alone, those with a figure
        in the unit of one of its own first (of the best WITHOUT_FIGURES_READ): the claims
        on what it is about, for a figure no claim holds or prints (search's hint); none
        for a query of figures only."""
        query = self.parse(raw)
        if not query.figures:
            return []
        words = Query(query.text, query.chinese, query.bigrams, query.words, (),
                      query.years, query.aliases)
        if not (words.chinese or words.bigrams or words.words):
            return []
        docs = self._candidates(words, filters or Filters(), MIN_SCORE, WITHOUT_FIGURES_READ)
        ranked = self.rank(words, docs, WITHOUT_FIGURES_READ, MIN_SCORE)
        units = {f.unit for f in query.figures if f.unit}
        ranked.sort(key=lambda item: not any(f.unit in units for f in item[1].figures))
        return self._hits(ranked[:limit])

    def rank(self, query: Query, docs: Iterable[Document], limit: int,
             min_score: float) -> list[tuple[float, Document, list[Figure]]]:
        """The best ``limit`` documents (all with 0), best first; among equal scores, the
        claim whose metric and subject the query names most completely, then the latest
        period, then the id.

        Exact scores need rapidfuzz only where the query is not found verbatim; each
        document's cheap upper bound decides whether that work can change the result, so
        the answer is the same as scoring everything. The documents are read once, as a
        stream: with a limit, no more than a few times ``limit`` of them are held at once.
        """
        ranking = _Ranking(limit, query)
        pending: list[tuple[float, Document]] = []
        for doc in docs:
            high, matched = score(query, doc, bound=True)
            if high < min_score or high < ranking.floor:
                continue
            if self._bound_is_exact(query, doc):
                ranking.add(high, doc, matched)
            else:
                pending.append((high, doc))
                if len(pending) >= PENDING:
                    self._resolve(query, pending, ranking, min_score)
        self._resolve(query, pending, ranking, min_score)
        return ranking.best()

    @staticmethod
    def _resolve(query: Query, pending: list[tuple[float, Document]], ranking: _Ranking,
                 min_score: float) -> None:
        """Score the pending documents exactly, best bound first, until a bound falls
        below the results' floor (no later one can enter them); empties ``pending``."""
        pending.sort(key=lambda pair: -pair[0])
        for high, doc in pending:
            if high < ranking.floor:
                break
            value, matched = score(query, doc)
            if value >= min_score:
                ranking.add(value, doc, matched)
        pending.clear()

    @staticmethod
    def _bound_is_exact(query: Query, doc: Document) -> bool:
        """Whether the bound is the score: text_score assumed nothing fuzzy."""
        return not any(_fuzzy_chinese(q, doc) or any(_fuzzy_word(w, doc) for w in q.words)
                       for q in (query, query.literal) if q is not None)

    def _hits(self, ranked: list[tuple[float, Document, list[Figure]]]) -> list[Hit]:
        wanted = [doc.id for _s, doc, _m in ranked if doc.claim is None]
        index = self.kb.index
        found = index.by_ids(wanted) if index is not None and wanted else {}
        return [Hit(doc.claim if doc.claim is not None else found.get(doc.id)
                    or self.kb.claims[doc.id], value, matched)
                for value, doc, matched in ranked]


def _tie_break(query: Query, doc: Document) -> tuple[float, int, str]:
    """How equal scores are ordered: the claim whose metric and subject hold more of the
    query's words first (``JJJ GDP`` names 地区生产总值 · 京津冀), then the latest
    period, then the id."""
    share = (len(_pairs_found(query, doc.keytext)) / len(query.bigrams)
             if query.bigrams else 0.0)
    years = _period_years(doc.period)
    return -share, -max((int(y) for y in years), default=0), doc.id


#: documents waiting for an exact score are scored once there are this many
PENDING = 4096


class _Ranking:
    """The best ``limit`` results so far (every one with 0), held in a bounded list."""

    def __init__(self, limit: int, query: Query | None = None) -> None:
        self.limit = limit
        self.query = query
        self.items: list[tuple[float, Document, list[Figure]]] = []
        self._scores: list[float] = []  # min-heap of the best ``limit`` scores
        #: the score a document needs to enter the results (ties enter: ids decide)
        self.floor = float("-inf")

    def add(self, value: float, doc: Document, matched: list[Figure]) -> None:
        if value < self.floor:
            return
        self.items.append((value, doc, matched))
        if not self.limit:
            return
        if len(self._scores) < self.limit:
            heapq.heappush(self._scores, value)
        elif value > self._scores[0]:
            heapq.heapreplace(self._scores, value)
        if len(self._scores) >= self.limit:
            self.floor = self._scores[0]
        if len(self.items) >= 4 * self.limit + 256:
            self.items = heapq.nsmallest(self.limit, self.items, key=self._order)

    def _order(self, item: tuple[float, Document, list[Figure]]) -> tuple[Any, ...]:
        """Best first; equal scores by :func:`_tie_break` (the id, without a query)."""
        if self.query is None:
            return (-item[0], -len(item[2]), item[1].id)
        # a claim holding the query's figure before one that only shares its words
        return (-item[0], -len(item[2]), *_tie_break(self.query, item[1]))

    def best(self) -> list[tuple[float, Document, list[Figure]]]:
        self.items.sort(key=self._order)
        return self.items[: self.limit] if self.limit > 0 else self.items


def search(kb: KnowledgeBase, query: str, filters: Filters | None = None,
           limit: int = 10) -> list[Hit]:
    """Rank the claims of ``kb`` for ``query``, best first."""
    return Searcher(kb).search(query, filters, limit)


def highlight_spans(
    text: str, query: Query, figures: Iterable[Figure] = ()
) -> list[tuple[int, int]]:
    """Spans of ``text`` to highlight: characters of query bigrams, and matched figures."""
    # one character for one, so that positions in the lower-cased text are positions in
    # ``text`` ('İ'.lower() is two characters)
    simplified = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    marks = [False] * len(text)
    for gram in query.bigrams:
        if len(gram) < 2:
            continue
        at = simplified.find(gram)
        while at != -1:
            for i in range(at, at + len(gram)):
                marks[i] = True
            at = simplified.find(gram, at + 1)
    wanted = list(figures)
    if wanted:
        dated = [w for w in wanted if is_date(w)]
        for found in [*find_figures(text), *(find_dates(text) if dated else [])]:
            if any(found.figure.same_quantity(w) for w in wanted) or any(
                    is_date(found.figure) and dates_agree(found.figure, w) for w in dated):
                for i in range(found.start, found.end):
                    marks[i] = True
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, on in enumerate([*marks, False]):
        if on and start is None:
            start = i
        elif not on and start is not None:
            spans.append((start, i))
            start = None
    return spans


def hit_dicts(hits: Sequence[Hit]) -> list[dict[str, object]]:
    return [h.claim.to_dict(score=h.score) for h in hits]
