"""Dates in a statement, against the date claims (unit "date": 设立时间, 开通时间).

A date is the fact of a date claim when the words its date governs (jjjcli.events) name the
claim's subject and tell its event — a verb of its metric (揭牌 for 揭牌时间) or most of the
words of its quote: then it is supported at the same date and contradicted at another,
compared at the coarser precision printed (jjjcli.figures.dates_agree). Any other date is
a period, and `jjj compare` leaves it to the figures it dates. The thresholds below say how
much is "most".

A :class:`DateJudge` is made once per knowledge base; in a large base it reads only the
date claims a statement's event may fit, through the cache (never the whole table).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from sys import intern
from typing import Any, NamedTuple

from jjjcli.events import PARTICIPLES_EN
from jjjcli.figures import (
    EN_NUMBER_WORDS,
    PRECISIONS,
    Figure,
    compared_precision,
    dates_agree,
    finer_date,
)
from jjjcli.kb import Claim, KnowledgeBase
from jjjcli.kinds import (
    CLAUSE_END_EN,
    clause_around,
    date_clause,
    day_parts,
    document_titles,
    event_done,
    issuer_of,
    occasions_clash,
    occasions_clash_en,
    other_document,
    other_issuer,
    other_thing_en,
    parts_clash,
    target_metric,
    thing_pairs,
)
from jjjcli.opposites import opposed
from jjjcli.places import gazetteer
from jjjcli.reading import Sentence, StatedFigure, date_spans, quote_text
from jjjcli.scope import PlaceScope
from jjjcli.search import bigrams, normalize
from jjjcli.verdict import CONTRADICTED, SUPPORTED, UNSUPPORTED, FigureVerdict, describe
from jjjcli.vocabulary import metric_pairs

#: a large base's date claims as DateJudge.verdict weighs them, kept between statements: a
#: statement naming a place reads all of that place's (7,000 at a million claims), so
#: fewer would read them again and again in `compare -`
KEPT_DATE_CLAIMS = 200_000
#: of those, the claims read whole and their dates worked out (those statements took: a
#: claim is most of a kilobyte, its rough pairs a tenth of that), kept between statements
KEPT_DATE_ROWS = 20_000

_PARTICLES = re.compile("[的了和与及是在有于]")
#: how much of a date claim's subject (its character pairs, in name form) the event text of
#: a statement's date must name for the claim to speak to it, and for another date to
#: contradict it
DATE_SUBJECT_NAMED = 0.4
#: the share of a date metric's character pairs (without 时间) that names its event when
#: none of its verbs is printed (首次实现全面达标 for 首次全面达标时间; not 开始正增长 for
#: 常住人口开始负增长时间)
DATE_METRIC = 0.75
DATE_SUBJECT_SHARE = 0.6
#: the share of the event text's character pairs that must be in the claim's quote for a
#: claim whose metric's verb the statement does not use (构建起 for 开展时间), and for one
#: it names only in part to contradict it (the statement says what the quote says)
DATE_QUOTE_COVER = 0.6
#: the fewest words a date's own clause must have to be read as its event alone
OWN_CLAUSE_WORDS = 3
#: the words that open a clause telling an event beside the sentence's own
_OPENING_EN = re.compile(r"\s*(?:during|after|before|when|while|since|following|upon)\b",
                         re.IGNORECASE)
#: a past participle's clause giving a date, after the sentence's subject and a comma
#: (…, launched in April 2023, hosts…; …, set up in 2014, has…; a caption's launched April
#: 2023): events.PARTICIPLES_EN
_PARTICIPLES_EN = rf"\s*{PARTICIPLES_EN}"
_PARTICIPLE_EN = re.compile(rf"{_PARTICIPLES_EN}(?:\s+(?:in|on))?\s*", re.IGNORECASE)
#: a participle opening a clause, which tells an event of the noun before its comma (…the
#: first Jing-Jin-Ji symposium, held in Beijing on February 26, 2014)
_PARTICIPLE_OPENING_EN = re.compile(rf"{_PARTICIPLES_EN}\b", re.IGNORECASE)


def _with_its_noun_en(text: str, start: int, event: str) -> str:
    """An English date's event text (events.event_text), with the clause before it where
    the date's own clause opens on a participle (*…, held in Beijing on* |): what was held
    is the noun there, not whatever any claim says was held in Beijing."""
    clauses = CLAUSE_END_EN.split(text[:start])
    if len(clauses) < 2 or not _PARTICIPLE_OPENING_EN.match(clauses[-1]):
        return event
    before = clauses[-2]
    return event if before.strip() in event else f"{before}, {event.lstrip()}"


#: where an English event's words end and what was said at it begins (…chaired a
#: symposium, saying that…)
_SAYING_EN = re.compile(r",\s+(?:saying|adding|stressing|noting|urging|calling\s+for"
                        r"|pointing\s+out|emphasi[sz]ing|underlining)\b", re.IGNORECASE)
DATE_QUOTE_SAME = 0.7
#: the share of the event text's character pairs in the claim's quote that says what the
#: quote says, whatever else (another date then contradicts)
DATE_QUOTE_VERBATIM = 0.85
#: the share of the event text's character pairs in the claim's quote for a claim named
#: and told to contradict (天津市 named, 入选 told, but the quote on another list: no)
DATE_QUOTE_TOLD = 0.4
#: claims fitting a date this close to the best one (subject share + quote cover) are
#: candidates as good: any of them with the statement's date supports it
DATE_MARGIN = 0.25


class _DateClaim:
    """A date claim's date figure, as DateJudge.verdict weighs it."""

    __slots__ = ("claim", "figure", "parts", "verbs", "metric", "name", "rough", "event",
                 "en")

    def __init__(self, claim: Claim, figure: Figure, parts: list[set[str]],
                 verbs: tuple[str, ...], metric: frozenset[str], name: str,
                 rough: tuple[str, ...]) -> None:
        self.claim = claim
        self.figure = figure  # the claim's date, with the claim's year when none printed
        self.parts = parts  # the character pairs of its subject and its parts, name form
        self.verbs = verbs  # the words that name its event (jjjcli.events.event_verbs)
        self.metric = metric  # the character pairs of its metric without 时间
        self.name = name  # its subject in name form
        self.rough = rough  # the character pairs of its subject and its whole quote
        #: the character pairs of its subject and its event in its quote (on first use:
        #: DateJudge._event)
        self.event: set[str] | None = None
        #: the words of its English (on first use: DateJudge._english)
        self.en: set[str] | None = None

    @property
    def event_key(self) -> tuple[str, str]:
        """The event it dates: its metric and subject."""
        return self.claim.metric, self.claim.subject

    @property
    def claim_figure(self) -> Figure:
        """The date as the claim records it."""
        return next(f for f in self.claim.figures if f.unit == "date"
                    and f.raw == self.figure.raw)


class _DateFit(NamedTuple):
    told: bool  # the statement names the event by a verb of the claim's metric
    fit: float
    share: float
    cover: float
    agree: bool | None
    #: how finely the two dates are compared (year, month, day), a single date above a span
    specificity: tuple[int, int]
    date: _DateClaim
    #: the statement names the event without the words its name opens with (京津冀协同发展
    #: 座谈会 for 深入推进京津冀协同发展座谈会): it may be another of its kind (2019's)
    partly: bool = False

    @property
    def decisive(self) -> bool:
        """Whether the statement is plainly about the claim's event, so that another date
        contradicts: it names the subject and the event's verb, with some of the quote's
        words (DATE_QUOTE_TOLD); or it says what the quote says (DATE_QUOTE_SAME), naming
        the subject or the verb; or nearly all it says is the quote's (DATE_QUOTE_VERBATIM:
        2014年2月25日的座谈会明确将京津冀协同发展作为重大国家战略)."""
        named = self.share >= DATE_SUBJECT_SHARE
        return (self.told and named and self.cover >= DATE_QUOTE_TOLD
                or self.cover >= DATE_QUOTE_SAME and (self.told or named)
                or self.cover >= DATE_QUOTE_VERBATIM)


#: the date claims whose quote's places are kept, at most
QUOTE_PLACES_KEPT = 20_000


def _quoted_day_parts(date: _DateClaim) -> dict[str, str]:
    """The parts of the day (kinds.day_parts) a date claim's quote gives its date, in the
    date's clause (4日下午在人民大会堂开幕: 下午)."""
    quote, raw = date.claim.quote, date.claim_figure.raw
    at = quote.find(raw)
    return {} if at < 0 else day_parts(clause_around(quote, at, at + len(raw)))


#: the names' ends of gatherings (京津冀协同发展座谈会, 京津冀产业链供应链大会)
_GATHERINGS = ("座谈会", "联席会议", "会议", "大会", "论坛", "峰会", "研讨会", "洽谈会",
               "推介会", "博览会", "交流会", "发布会")


def _gathering_of(subject: str, event: str) -> bool:
    """Whether a statement's ``event`` text names a claim's ``subject`` (not itself a
    gathering) only as the start of a gathering's name (京津冀协同发展 of 京津冀协同发展座谈会):
    what it dates is the gathering, not the subject's event."""
    name = normalize(subject)
    if name.endswith(_GATHERINGS):
        return False
    found = [at for at in range(len(event)) if event.startswith(name, at)]
    return bool(found) and all(event.startswith(_GATHERINGS, at + len(name)) for at in found)


#: a row's label of where something was held (…| 地点：河北雄安): _venues
_VENUE_LABEL = re.compile(r"(?:地点|会址|举办地)\s*[：:]\s*$")


def _venues(text: str) -> list[str]:
    """The gazetteer's keys of the places ``text`` holds something at: named right after
    在 (在石家庄市主持召开), or a row's 地点： (…| 地点：河北雄安), and a place inside such a
    one named right after it (在河北雄安: 雄安 too)."""
    places = gazetteer()
    keys: list[str] = []
    last: Any = None
    for n in places.find(text):
        if (n.start and text[n.start - 1] == "在" or _VENUE_LABEL.search(text, 0, n.start)
                or last is not None and last.end == n.start
                and places.contains(last.place.key, n.place.key)):
            keys.append(n.place.key)
            last = n
    return keys


def _verb_stem(word: str) -> str:
    """An English verb without its -ing or -ed (forming and formed: form), an adverb
    without its -ly (jointly released tells a metric's *first joint … maps*)."""
    if word.endswith("ly") and len(word) > 5:
        return word[:-2]
    if word.endswith("ing") and len(word) > 5:
        return word[:-3]
    if word.endswith("ed") and len(word) > 4:
        return word[:-2]
    return word


def _region_named_en(event: str, found: list[Any]) -> str:
    """An English event text with a region named otherwise than the claims' English names
    it (Jing-Jin-Ji, BTH) written as they do (Beijing-Tianjin-Hebei), for its words."""
    from jjjcli.places import english_name

    for n in found:
        name = english_name(n.place.name) if n.place.kind == "region" else None
        if name and name.lower() != n.printed.lower():
            event = event.replace(n.printed, name)
    return event


def _headline_verb(verb: str, stems: set[str], english: set[str]) -> bool:
    """Whether a statement says a metric's English verb (opened to traffic) as a headline
    does, by its first word alone (opens), which the claim's own English says too (the
    expressway opened along its whole length; not a stretch completed)."""
    head = _verb_stem(verb.split()[0])
    return head in stems and head in {_verb_stem(w) for w in english}


def _named_en(name: str, english: set[str]) -> bool:
    """Whether a claim's English words give a name, a river's with its 河 spelt in or not
    (the Chaohe River, the Chao River)."""
    return name in english or (name.endswith("he") and len(name) > 4 and name[:-2] in english)


def _place_instead(named: list[str], theirs: set[str]) -> bool:
    """Whether a statement names a place (not a region) where a claim's English names
    another, neither inside the other: Xi inspected Tianjin, for the claim's Hebei."""
    known = gazetteer()

    def near(a: str, b: str) -> bool:
        return known.contains(a, b) or known.contains(b, a)

    mine = [p for p in named if not any(near(p, t) for t in theirs)]
    left = [t for t in theirs if not any(near(t, p) for p in named)]
    return bool(mine) and bool(left)


def _within(name: set[str], longer: set[str], said: set[str]) -> bool:
    """Whether a name (its character pairs) is most of a longer one whose rest a statement
    (its pairs ``said``) names too: 京雄高速 of 京雄高速公路北京段 (北京段 said),
    中国北京自贸区 of 北京自贸区通州组团; not 京津冀协同发展生态环境保护规划 of …中长期规划
    when nothing of 中长期 is said."""
    return (len(longer) > len(name) and len(name & longer) >= DATE_SUBJECT_SHARE * len(name)
            and bool((longer - name) & said))


def _without_its_opening(name: str, event: str) -> bool:
    """Whether an event text names a claim's subject (``name``, in name form) by the end of
    its name only, saying nothing of the words it opens with, which are no place (京津冀协同
    发展座谈会 of 深入推进京津冀协同发展座谈会): another event of that kind may be meant (the
    2019 symposium, not 2023's; but 视察了滨海中关村 with 习近平 is 习近平视察滨海中关村)."""
    for cut in range(2, len(name) - 3):
        if name[cut:] in event:
            opening = name[:cut]
            return not (bigrams(opening) & bigrams(event)) and not gazetteer().find(opening)
    return False


#: what ends a clause: a year before it is no period of a figure after it
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?]")
_A_YEAR = re.compile(r"\d{4}年")
#: an English year printed as *in 2022*, and what may stand between a figure and it for it
#: to be that figure's year (21.84 million in 2022, 549 million tonnes of cargo in 2022; not
#: a verb: 3 zones and was founded in 2014)
_IN_A_YEAR_EN = re.compile(r"in\s+\d{4}\b(?!\s*[-–]|\s+(?:to|and)\s+\d)")
_BEFORE_IN_A_YEAR_EN = re.compile(
    # (…252 projects transferred from Beijing & Tianjin in 2023: a few words of what it
    # counts, no clause of an event between: …100 firms in the park that opened in 2016)
    r"\s+(?:(?!(?:that|which|who|when|where|after|before|since|but)\b)"
    r"(?:of\s+)?[A-Za-z'’&-]+\s+){0,6}", re.IGNORECASE)
#: a word right before a date that makes it an event's (于2013年, 在2021年, 自2014年)
_EVENT_MARK = re.compile(r"(?:于|在|自|从|是|为)\s*$")
#: a year that starts a span (2018年以来): what follows happened since, not on it
_SINCE = re.compile(r"\s*以来")


#: words that say an event is the first of its kind, or its start (DateJudge._decision)
_FIRST = re.compile(r"首次|首届|首场|首期|首批|首个|第一次|第一届|首开|启动|开办|创办|开启|推出|"
                    r"\b(?:first|inaugural|launch(?:ed|es)?|start(?:ed|s)?|began|begins?|"
                    r"introduc(?:ed|es))\b", re.IGNORECASE)
#: a date claim's metric that dates the first time of an event (首次举办时间)
_FIRST_METRIC = re.compile("首次|首届")
#: a date claim's metric that dates a visit (考察时间, 视察时间, 调研时间): a leader visits a
#: place more than once
_VISIT_METRIC = re.compile("考察|视察|调研|访问|到访|莅临")


#: a part of a set of things, counted in English (Five of the agreements, 12 of these
#: projects): the thing's plural
_COUNTED_EN = re.compile(
    rf"\b(?:\d[\d,]*|{'|'.join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))}"
    r"|dozens|hundreds|several|many|some|most)"
    r"\s+of\s+(?:the|these|those|its|their)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+?)s\b",
    re.IGNORECASE)


def _counted_en(event: str) -> set[str]:
    """The things an English event text counts a part of, in the singular (Five of the
    agreements were signed: agreement) — not a group it names whole (the three turnkey
    schools opened)."""
    return {m["noun"].lower() for m in _COUNTED_EN.finditer(event)}


def _periods_a_figure(item: StatedFigure, sentence: Sentence) -> bool:
    """Whether a year alone (no month) is the period of a figure after it in its clause,
    not the date of an event: 2022年京津冀工业增加值突破2.5万亿元 (after 京津冀协同发展
    上升为国家战略近十年来, which 2014年2月26日 dates) is the value's year; and in English,
    of a figure right before it: *…resident population at 21.84 mln in 2022*. Nor is the
    base year of a change after it (北京常住人口比2014年下降15%)."""
    value = int(item.figure.value)
    if item.figure.high is not None or value % 10000:
        return False
    text = sentence.text
    if _EVENT_MARK.search(text, 0, item.start):
        return False  # 于2013年发布, 在2021年首次实现: the date of what follows
    if _SINCE.match(text, item.end):
        return True  # (2018年以来，两地先后两次签订…: signed since, not that year)
    year = str(value // 10000)
    if _IN_A_YEAR_EN.match(text, item.start) and any(
            stated.end <= item.start and stated.figure.unit != "date"
            and stated.figure.qualifier != "ordinal"
            and any(ch.isdigit() for ch in stated.figure.raw)
            and _BEFORE_IN_A_YEAR_EN.fullmatch(text, stated.end, item.start)
            for stated in sentence.figures):
        return True  # (…resident population was 21.84 million in 2022: that year's count)
    if any(year in stated.base and stated.start >= item.end
           and not _CLAUSE_BREAK.search(text, item.end, stated.start)
           for stated in sentence.figures):
        return True  # (比2014年下降15%: the base a change is measured from, no event's date)
    return any(year in stated.period and stated.start >= item.end
               # (a first time before the figure dates that event too: 2023年京津冀三地首次
               # 联合发布…6条产业链图谱)
               and "首次" not in text[item.end : stated.start]
               and stated.figure.qualifier != "ordinal"  # (首次, 第一期: the event's)
               and stated.figure.unit != "date"
               and not _A_YEAR.match(stated.figure.raw)  # (another year, read as years)
               and any(ch.isdigit() for ch in stated.figure.raw)  # (十条: a name)
               and not _CLAUSE_BREAK.search(text, item.end, stated.start)
               for stated in sentence.figures)


def _before_counts(sentence: Sentence) -> list[str]:
    """The words right before each count of a sentence, each also without what may stand
    between a verb and the count of its events (签署了, 共, 累计: _BETWEEN_VERB_AND_COUNT)."""
    text = sentence.text
    found: list[str] = []
    for stated in sentence.figures:
        if (stated.figure.qualifier == "ordinal" or stated.figure.unit == "date"
                or not any(character.isdigit() for character in stated.figure.raw)):
            continue
        before = text[: stated.start].rstrip()
        found += [before[: len(before) - len(between)] for between in _BETWEEN_VERB_AND_COUNT
                  if before.endswith(between)]
    return found


def _counts_them(verbs: tuple[str, ...], before_counts: list[str]) -> bool:
    """Whether the sentence counts the events a date claim's verbs tell (共签署15份合作协议,
    先后设立3家): a count right after one of the verbs (``before_counts``: _before_counts)
    — its date is then the period of that count, not the date of the one event a claim
    dates."""
    return bool(verbs) and any(before.endswith(verbs) for before in before_counts)


#: what may stand between an event's verb and the count of its events (签署了, 共, 累计),
#: nothing included
_BETWEEN_VERB_AND_COUNT = tuple(
    done + together for done in ("", "了", "过")
    for together in ("", "共", "总共", "累计", "先后", "分别"))


def _specificity(claimed: Figure, stated: Figure) -> tuple[int, int]:
    """How finely a claim's date decides a statement's: the precision both print (year 0,
    month 1, day 2; -1 for none), and 1 for a single date, 0 for a span (5月11日至12日)."""
    precision = compared_precision(claimed, stated)
    return (PRECISIONS.index(precision) if precision else -1,
            0 if claimed.high is not None else 1)


class DateJudge:
    """Judges a statement's dates against one knowledge base's date claims."""

    def __init__(self, kb: KnowledgeBase, places: PlaceScope, large: Callable[[], Any],
                 aliases: Callable[[], dict[str, tuple[str, ...]]],
                 read: Callable[[str], Sentence | None]) -> None:
        self.kb = kb
        self.places = places  # the statement's places (the Comparer's, told each statement)
        self.large = large  # the cache's index of a large base, else None
        self.aliases = aliases  # metric → the words people write for it
        self.read = read  # a claim's quote as the Comparer has read it, if it has
        self._dates: list[_DateClaim] | None = None
        #: a large base's date claims read so far (rowid → its quote's rough pairs: _rough;
        #: the claim itself read, and its dates worked out, only for those a statement may
        #: take), its date claims' rowids by subject and by metric, and what was worked out
        #: for each
        self._dated_read: dict[int, tuple[str, ...]] = {}
        self._dated_rows: dict[int, list[_DateClaim]] = {}
        self._keys: tuple[dict[str, list[int]], dict[str, list[int]]] | None = None
        self._dated_by_pair: dict[str, list[int]] = {}  # rowids of those read, by pair
        self._subjects: dict[str, tuple[list[set[str]], str, set[str]]] = {}
        self._metrics: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
        self._quote_places: dict[str, list[str]] = {}  # claim id → the places its quote names
        self._quote_issuers: dict[str, str | None] = {}  # claim id → the body issuing it
        #: date claims by character pair of their subject and event, and by subject
        self._dates_by_pair: tuple[dict[str, list[int]], dict[str, list[int]],
                                   dict[frozenset[str], list[int]]] | None = None

    def claims(self) -> list[_DateClaim]:
        """Every date figure of a date claim (_dates_of), in the knowledge base's order: what
        a base read without its index weighs a statement's date against, and an English
        statement's in any base."""
        if self._dates is None:
            self._dates = [d for claim in self._dated() for d in self._dates_of(claim)]
        return self._dates

    def _dates_of(self, claim: Claim, rough: tuple[str, ...] | None = None
                  ) -> list[_DateClaim]:
        """A date claim's date figures as DateJudge.verdict weighs them: the date (with its
        claim's year when the text printed none: 3月4日 of 2024; a day with the month its
        paragraph prints before it: 5月11日至12日…12日下午 is 5月12日), the claim's subject and
        its parts in name form, the verbs of its event, and the character pairs its quote
        may give its event (all of the quote's: the event's own are read only for the
        claims that may fit a statement, _event; ``rough``, where already worked out)."""
        from jjjcli.events import with_month_before, with_period_year

        parts, name, _named = self._subject(claim.subject)
        verbs, metric = self._metric(claim.metric)
        rough = self._rough(claim.quote, claim.subject) if rough is None else rough
        dates = [f for f in claim.figures if f.unit == "date"]
        if any(0 < f.value < 100 for f in dates):  # a day without its month (12日下午)
            paragraph = self._paragraph(claim)
            dates = [with_month_before(f, claim.quote, paragraph) for f in dates]
        return [_DateClaim(claim, with_period_year(f, claim.period), parts, verbs, metric,
                           name, rough) for f in dates]

    def _rough(self, quote: str, subject: str) -> tuple[str, ...]:
        """The character pairs a date claim's quote may give its event (_dates_of): the
        quote's, in name form too, and its subject's name form's — kept as a tuple of
        shared strings: a large base keeps tens of thousands of these (a set of a quote's
        hundred pairs is ten times the size)."""
        from jjjcli.events import name_form

        text = normalize(quote_text(quote))
        grams = bigrams(text)
        formed = name_form(text)
        if formed != text:
            grams |= bigrams(formed)
        return tuple(map(intern, grams | self._subject(subject)[2]))

    def _paragraph(self, claim: Claim) -> str:
        """The text of a claim's paragraph(s), or "" where its source cannot be read."""
        return "\n".join(self.kb.paragraphs_of(claim) or ())

    def _subject(self, subject: str) -> tuple[list[set[str]], str, set[str]]:
        """A date claim subject's parts (their character pairs, in name form), its name
        form and that form's pairs: worked out once for each subject."""
        known = self._subjects.get(subject)
        if known is None:
            from jjjcli.events import name_form, name_parts

            name = normalize(subject)
            known = self._subjects[subject] = (
                [bigrams(name_form(p)) for p in name_parts(
                    name, [n.printed for n in gazetteer().find(name)])],
                name_form(name), bigrams(name_form(name)))
        return known

    def _metric(self, metric: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """A date metric's verbs (jjjcli.events.event_verbs) and the character pairs of its
        name without 时间: once for each metric."""
        known = self._metrics.get(metric)
        if known is None:
            from jjjcli.events import event_verbs

            known = self._metrics[metric] = (
                event_verbs(metric, self.aliases().get(metric, ())),
                metric_pairs(metric.removesuffix("时间")))
        return known

    @staticmethod
    def _share(parts: list[set[str]], subject: str, pairs: set[str],
               mentioned: set[str]) -> float:
        """How much of a date claim's subject an event text (its ``pairs``) names: 1 for a
        subject it names (北京 for 北京市), else the largest share of one of its parts
        whose pairs it holds (two at least, or the whole of a shorter part)."""
        if subject in mentioned:
            return 1.0
        return max((len(p & pairs) / len(p) for p in parts
                    if len(p & pairs) >= min(2, len(p))), default=0.0)

    @staticmethod
    def _tells(verbs: tuple[str, ...], metric: frozenset[str], event: str, pairs: set[str]) -> bool:
        """Whether an event text tells a date metric's event: one of its verbs, or most of
        its name (DATE_METRIC)."""
        return any(verb in event for verb in verbs) or bool(
            metric and len(metric & pairs) / len(metric) >= DATE_METRIC)

    def _event(self, date: _DateClaim) -> set[str]:
        """The character pairs of a date claim's subject and of its event in its quote
        (the clauses its date governs, jjjcli.events.event_text), read on first use."""
        if date.event is None:
            from jjjcli.events import event_text, name_form

            claim, figure = date.claim, date.figure
            read = self.read(claim.id)
            if read is not None:
                text, dates = read.text, [(d.start, d.end, d.figure) for d in read.dates]
            else:
                text, dates = date_spans(claim.quote, simplified=True)
            spans = [(start, end) for start, end, _figure in dates]
            own = next((d for d in dates if d[2].value == figure.value), None)
            event = (event_text(text, own[0], own[1], spans) if own
                     else text.replace(figure.raw, "|"))
            date.event = (bigrams(name_form(normalize(event)))
                          | bigrams(name_form(normalize(claim.subject))))
        return date.event

    def _english(self, date: _DateClaim) -> set[str]:
        """The words of a date claim's English (jjjcli.events.english_event_words)."""
        if date.en is None:
            from jjjcli.events import english_event_words

            # (its region written as the statement's is: the Leyou Jing-Jin-Ji platform)
            en = date.claim.en
            date.en = english_event_words(_region_named_en(en, self.places.named(en)).lower())
        return date.en

    def _indexed_candidates(self, index: Any, event: str, pairs: set[str],
                            mentioned: set[str], told_pairs: set[str] | None = None
                            ) -> list[_DateClaim] | None:
        """In a large base, the date claims that may fit an event text, in the knowledge
        base's order: those of a metric whose event it tells and those of a subject it
        names (_share ≥ DATE_SUBJECT_NAMED), and of those only the claims it both tells
        and names or whose quote covers DATE_QUOTE_COVER of its pairs — verdict
        takes no other. The cache gives which claims have a date, with
        their subject and metric (one pass, no claim read); only the candidates' quotes are
        read, and their pairs kept, and only the claims taken are read whole: no table of
        every date claim's quote is made (at a million claims that was 25 s and most of a
        gigabyte before the first verdict). ``event`` and ``told_pairs`` are the words and pairs
        that tell its event (events.event_text's told; ``pairs`` where not given). None
        when the cache fails."""
        from jjjcli.index import claims_by_rowid, claims_with_unit_keys, date_claims_read

        if self._keys is None:
            keys = claims_with_unit_keys(index, "date")
            if keys is None:
                return None
            by_subject: dict[str, list[int]] = {}
            by_metric: dict[str, list[int]] = {}
            for rowid, subject, metric in keys:
                by_subject.setdefault(subject, []).append(rowid)
                by_metric.setdefault(metric, []).append(rowid)
            self._keys = (by_subject, by_metric)
        by_subject, by_metric = self._keys
        told: set[int] = set()
        for metric, numbers in by_metric.items():
            if self._tells(*self._metric(metric), event,
                           pairs if told_pairs is None else told_pairs):
                told.update(numbers)
        named: set[int] = set()
        for subject, numbers in by_subject.items():
            if (self._share(self._subject(subject)[0], subject, pairs, mentioned)
                    >= DATE_SUBJECT_NAMED):
                named.update(numbers)
        rowids = told | named
        if len(self._dated_read) > KEPT_DATE_CLAIMS:
            self._dated_read, self._dated_rows, self._dated_by_pair = {}, {}, {}
        missing = sorted(rowids.difference(self._dated_read))
        if missing:
            read = date_claims_read(index, missing)
            if read is None:
                return None
            for rowid in missing:
                if rowid not in read:
                    continue
                rough = self._rough(*read[rowid])
                self._dated_read[rowid] = rough
                for gram in rough:
                    self._dated_by_pair.setdefault(gram, []).append(rowid)
        # a claim it does not both tell and name must cover DATE_QUOTE_COVER of its pairs
        # with its quote (DateJudge.verdict: DATE_QUOTE_SAME, more, when only told): found, as
        # in candidates, through the rarest of its pairs among the claims read
        kept = {r for r in told & named if r in self._dated_read}
        by_pair = self._dated_by_pair
        need = next(n for n in range(len(pairs) + 1) if n / len(pairs) >= DATE_QUOTE_COVER)
        rarest = sorted(pairs, key=lambda gram: len(by_pair.get(gram, ())))
        for gram in rarest[: len(pairs) - need + 1]:
            for rowid in rowids.intersection(by_pair.get(gram, ())) - kept:
                if len(pairs.intersection(self._dated_read[rowid])) >= need:
                    kept.add(rowid)
        # (the dates of only those kept are worked out: a subject a statement names, 京津冀,
        # has thousands of date claims in a large base, and most cover too little of it)
        wanted = sorted(r for r in kept if r not in self._dated_rows)
        if wanted and len(self._dated_rows) + len(wanted) > KEPT_DATE_ROWS:
            self._dated_rows = {}  # (start again: memory stays bounded)
            wanted = sorted(kept)
        if wanted:
            claims = claims_by_rowid(index, wanted)
            if claims is None:
                return None
            for rowid in wanted:
                self._dated_rows[rowid] = self._dates_of(claims[rowid], self._dated_read[rowid])
        return [d for rowid in sorted(kept) for d in self._dated_rows[rowid]]

    def candidates(self, event: str, pairs: set[str], told_pairs: set[str] | None = None
                   ) -> list[_DateClaim]:
        """The date claims that may fit an event text (its character ``pairs``), in the
        knowledge base's order: those whose metric's verbs or name it tells, and those
        whose quote holds DATE_QUOTE_COVER of its pairs — DateJudge.verdict takes no other (a
        claim it does not tell must cover that much with its event, which its quote
        holds). Counted on an index of the quotes' pairs, so the cost follows the claims
        sharing the statement's words, not the size of the base. ``event`` and ``told_pairs`` are
        the words and pairs that tell its event (events.event_text's told; ``pairs`` where
        not given)."""
        dates = self.claims()
        if self._dates_by_pair is None:
            by_pair: dict[str, list[int]] = {}
            by_verb: dict[str, list[int]] = {}
            by_metric: dict[frozenset[str], list[int]] = {}
            for number, date in enumerate(dates):
                for gram in date.rough:
                    by_pair.setdefault(gram, []).append(number)
                for verb in date.verbs:
                    by_verb.setdefault(verb, []).append(number)
                if date.metric:
                    by_metric.setdefault(frozenset(date.metric), []).append(number)
            self._dates_by_pair = (by_pair, by_verb, by_metric)
        by_pair, by_verb, by_metric = self._dates_by_pair
        # a quote holding ``need`` of the pairs holds one of any len(pairs) − need + 1 of
        # them: those of the rarest are looked up (the common ones, 时间, are in thousands of
        # quotes), and each claim found is counted in full
        need = next(n for n in range(len(pairs) + 1) if n / len(pairs) >= DATE_QUOTE_COVER)
        rarest = sorted(pairs, key=lambda gram: len(by_pair.get(gram, ())))
        found: set[int] = set()
        for gram in rarest[: len(pairs) - need + 1]:
            found.update(by_pair.get(gram, ()))
        numbers = {n for n in found if len(pairs.intersection(dates[n].rough)) >= need}
        for verb, told in by_verb.items():
            if verb in event:
                numbers.update(told)
        for metric, told in by_metric.items():
            if len(metric & (pairs if told_pairs is None else told_pairs)) / len(
                    metric) >= DATE_METRIC:
                numbers.update(told)
        return [dates[n] for n in sorted(numbers)]

    def verdict(self, item: StatedFigure, sentence: Sentence,
                also: frozenset[str] = frozenset()) -> FigureVerdict | None:
        """A date that is the fact of a date claim (unit "date": 设立时间, 首次全面达标时间):
        supported at the same date, contradicted at another (compared at the coarser
        precision printed, jjjcli.figures.dates_agree). Any other date is a period: None.

        The claim is one whose subject the date's event text names (jjjcli.events: the
        clauses the date governs; 北京自贸试验区 for 中国（北京）自由贸易试验区, either part of
        A和B) and whose event it tells: a verb of its metric (揭牌 or 挂牌 for 揭牌时间), or
        most of its words are those of the claim's quote. The claims that fit best decide:
        any of them with the statement's date supports it (two symposia on 京津冀协同发展,
        2014 and 2023) unless another claim of the same event dates it more finely and
        otherwise; else the claim of the finest date contradicts it when the statement is
        plainly about its event (_DateFit.decisive). Subjects in ``also`` count as named
        (what the sentence's supported figures are about: Comparer._dated_by_figures).
        """
        from jjjcli.events import (
            another_of_its_kind,
            counts_clash,
            event_text,
            name_form,
            numbers_clash,
            scheme_apart,
            together_apart,
        )

        if _periods_a_figure(item, sentence):
            return None
        index = self.large()
        if index is None and not self.claims():
            return None
        spans = [(d.start, d.end) for d in sentence.dates]
        printed = event_text(sentence.text, item.start, item.end, spans)
        event = normalize(printed)
        named_event = name_form(event)
        pairs = bigrams(named_event)
        # (what tells its event, from one date's to another's: 到2023年不再保留, not the
        # 升格设立 of 2018 before it)
        told_text = normalize(event_text(sentence.text, item.start, item.end, spans,
                                         told=True))
        told_pairs = pairs if told_text == event else bigrams(name_form(told_text))
        if not pairs:
            return self._english_verdict(item, _with_its_noun_en(sentence.text, item.start,
                                                                 printed))
        mentioned = self.places.mentioned_subjects(event) | also
        places = [n.place.key for n in self.places.named(event)]
        # its words without the particles (视察了, 方案于): what it says of the event
        said = bigrams(_PARTICLES.sub("|", name_form(event)))
        fits: list[_DateFit] = []
        elsewhere: list[_DateClaim] = []  # that day's events, the sources hold elsewhere
        # where the statement holds its event (在保定市; a row's 地点：…)
        venues = _venues(event)
        if "地点" in (whole := normalize(sentence.text)):
            venues = list(dict.fromkeys([*venues, *_venues(whole)]))
        issuer = issuer_of(event)  # who it says issued it (天津市发展改革委出台)
        candidates = (self._indexed_candidates(index, told_text, pairs, mentioned,
                                               told_pairs)
                      if index is not None else None)
        if candidates is None:
            candidates = self.candidates(told_text, pairs, told_pairs)
        things = thing_pairs(event)  # (a thing of a kind: 在建 is not 建成's, 4G not 5G's)
        titles = document_titles(event)  # the documents it names (《密云水库…协议》)
        before_counts = _before_counts(sentence)  # (what its counts follow: 共签署15份)
        # a subject's share and a metric's telling: the same for each of their claims
        shares: dict[str, float] = {}
        tells: dict[str, bool] = {}
        gatherings: dict[str, bool] = {}  # a subject named only as a gathering's name's start
        for date in candidates:
            claim = date.claim
            share = shares.get(claim.subject)
            if share is None:
                share = shares[claim.subject] = self._share(date.parts, claim.subject, pairs,
                                                            mentioned)
            told = tells.get(claim.metric)
            if told is None:
                told = tells[claim.metric] = self._tells(date.verbs, date.metric,
                                                         told_text, told_pairs)
            if not told:
                gathering = gatherings.get(claim.subject)
                if gathering is None:
                    gathering = gatherings[claim.subject] = _gathering_of(claim.subject,
                                                                          event)
                if gathering:
                    continue  # (2023年5月的京津冀协同发展座谈会 is a symposium's date, not the
                    # date 京津冀协同发展 became a national strategy)
            # the quickest tests first, its quote's pairs bounding its event's
            rough = len(pairs.intersection(date.rough)) / len(pairs)
            if share < DATE_SUBJECT_NAMED and not (told and rough >= DATE_QUOTE_SAME):
                continue
            if not told and rough < DATE_QUOTE_COVER:
                continue
            if told and _counts_them(date.verbs, before_counts):
                continue
            told_event = self._event(date)
            cover = len(pairs & told_event) / len(pairs)
            # the statement names the claim's subject, or tells its event in its quote's
            # words (首个京津冀区域环保标准 for the standard the quote goes on to name)
            if share < DATE_SUBJECT_NAMED and not (told and cover >= DATE_QUOTE_SAME):
                continue
            # without the event's verb, what it says beside the subject must be what the
            # quote says (构建起…立体反诈网); another word there (开工, 获批 beside a claim of
            # 通车, 揭牌) is another event
            rest = said - date.parts[0]
            if not told and (cover < DATE_QUOTE_COVER or not rest
                             or len(rest & told_event) / len(rest) < DATE_QUOTE_COVER):
                continue
            if venues and self._held_elsewhere(claim, venues):
                if dates_agree(date.figure, item.figure):
                    elsewhere.append(date)  # (that day's event, held elsewhere)
                continue
            if (not self.places.related(claim.subject)
                    or self.places.clash(claim.subject, places)
                    or self.places.whole_for_part(claim.subject, places)
                    or numbers_clash(date.name, event)):
                continue
            quote = normalize(claim.quote)  # (once: four tests read it)
            if (counts_clash(event, quote) is not None
                    or scheme_apart(named_event, quote, date.name) is not None
                    or together_apart(event, quote) is not None
                    or another_of_its_kind(date.name, named_event)
                    or opposed(event, quote)
                    or (things and opposed(event, quote, things))
                    or occasions_clash(event, quote)
                    or other_issuer(issuer, self._quote_issuer(claim))
                    or (titles and other_document(titles, claim.quote))):
                continue
            fits.append(_DateFit(told, share + cover, share, cover,
                                 dates_agree(date.figure, item.figure),
                                 _specificity(date.figure, item.figure), date,
                                 _without_its_opening(date.name, event)))
        # an event the sources hold that day at another place than the statement's
        # (在石家庄市…) is not its, whichever of its claims prints the place, nor is any
        # other event of those days its (在河北考察，并主持召开…: the statement's place is
        # wrong)
        if elsewhere:
            held = elsewhere[0]
            venue = "、".join(dict.fromkeys(
                gazetteer().places[key].name for key in self._quote_venues(held.claim)))
            return FigureVerdict(item.figure, UNSUPPORTED, held.claim, held.claim_figure,
                                 f"the source holds it in {venue} on that day")
        if any(f.told for f in fits):
            # the statement says what happened (揭牌): a claim of another event of the same
            # subject (申请创建 beside 完成终期评估) does not decide, however close its quote
            fits = [f for f in fits if f.told]
        # a part the statement names (京雄高速公路北京段, 北京自贸试验区通州组团) is not dated by
        # a claim on the whole (京雄高速, 中国（北京）自由贸易试验区), nor a body in a place
        # (天津滨海中关村雨林空间孵化器) by a claim on the place (天津市)
        named = [bigrams(name_form(normalize(s))) for s in mentioned] + list({
            id(f.date.parts[0]): f.date.parts[0] for f in fits
            if f.share >= DATE_SUBJECT_SHARE}.values())  # (a subject's parts are shared)
        inside: dict[int, bool] = {}  # a subject's answer holds for each of its claims
        for f in fits:
            part = f.date.parts[0]
            if id(part) not in inside:
                inside[id(part)] = any(_within(part, longer, pairs) for longer in named)
        fits = [f for f in fits if not inside[id(f.date.parts[0])]]
        return self._decision(item, fits, event_done(printed),
                              day_parts(date_clause(printed)), again=True,
                              first=bool(_FIRST.search(printed)))

    def _held_elsewhere(self, claim: Claim, venues: list[str]) -> bool:
        """Whether the statement holds its event at a place (``venues``: 在保定市…) apart from
        every place the claim's quote holds it at (在石家庄市主持召开…座谈会)."""
        theirs = self._quote_venues(claim)
        known = gazetteer()
        return bool(theirs) and any(
            key not in theirs and not any(known.contains(key, q) or known.contains(q, key)
                                          for q in theirs)
            for key in venues)

    def _quote_issuer(self, claim: Claim) -> str | None:
        """The body a claim's quote has issue what it dates (kinds.issuer_of), kept per
        claim."""
        if claim.id not in self._quote_issuers:
            if len(self._quote_issuers) > QUOTE_PLACES_KEPT:
                self._quote_issuers = {}  # (a large base's: memory stays bounded)
            self._quote_issuers[claim.id] = issuer_of(normalize(claim.quote))
        return self._quote_issuers[claim.id]

    def _quote_venues(self, claim: Claim) -> list[str]:
        """The places a claim's quote holds something at (_venues), kept per claim."""
        theirs = self._quote_places.get(claim.id)
        if theirs is None:
            if len(self._quote_places) > QUOTE_PLACES_KEPT:
                self._quote_places = {}  # (a large base's: memory stays bounded)
            theirs = self._quote_places[claim.id] = _venues(normalize(claim.quote))
        return theirs

    def _english_verdict(self, item: StatedFigure, event: str) -> FigureVerdict | None:
        """A date of an English statement (unveiled in September 2020), against the date
        claims' English (``en``): a claim that gives every name the event text gives
        (Beijing, not Shanghai) and most of its words (DATE_QUOTE_COVER) speaks to it; one
        with the event's English verb (an English alias of its metric: unveiled, founded)
        or all its names can contradict it (_DateFit.decisive)."""
        from jjjcli.events import english_event_words, english_names

        # (what was said at the event is not the event: …chaired a symposium, saying that…)
        said = _SAYING_EN.search(event, event.find("|") + 1)
        if said:
            event = event[: said.start()]
        found = self.places.named(event)
        words = english_event_words(_region_named_en(event, found).lower())
        if len(words) < 2:
            return None
        # the date's own clause, where it opens the sentence with an event of its own
        # (During an inspection tour of Hebei in May 2023, President Xi chaired…; not In
        # 2023 the three places jointly released, for the first time, maps…): a claim may
        # cover it alone
        bar = event.find("|")
        opening = CLAUSE_END_EN.split(event[:bar])
        head = opening[-1]
        own = english_event_words(" ".join((head, CLAUSE_END_EN.split(event[bar + 1 :])[0]))
                                  .lower()) if _OPENING_EN.match(head) else set()
        if not own and len(opening) == 2 and _PARTICIPLE_EN.fullmatch(head):
            # a participle's clause after the sentence's subject (The … platform, launched
            # in April 2023, hosts more than 2,500 firms): its event is the subject's
            own = english_event_words(_region_named_en(f"{opening[0]} {head}", found).lower())
        if len(own) < OWN_CLAUSE_WORDS or own == words:
            own = set()
        # the names it gives, but a region's (Beijing-Tianjin-Hebei: its own name, not
        # Beijing's), and the places it names: a claim on another (Beijing's congress for
        # Hebei's) is not its
        rest = event
        known = {printed for printed, _name, some in self.places.listed(event) if some}
        for n in found:
            if n.place.kind == "region" and n.printed in known:
                rest = rest.replace(n.printed, " ")  # (one no claim is about stays a name:
                # the first Yangtze River Delta … conference is not the region's)
        names = english_names(rest) & words
        # (a region's English may name it in part: …Hebei and surrounding areas)
        places = [n.place.key for n in found if n.place.kind != "region"]
        fits: list[_DateFit] = []
        stems = {_verb_stem(w) for w in words}  # (formed is told by forming)
        counted = _counted_en(event)  # (the things it counts: Five of the agreements)
        # the claim telling the event most nearly, but at another place than the statement's
        elsewhere: tuple[float, _DateClaim] | None = None
        placed: set[int] = set()  # (the claims whose English names a place of the statement's)
        for date in self.claims():
            english = self._english(date)
            cover = len(words & english) / len(words)
            if own and cover < DATE_QUOTE_COVER:
                cover = max(cover, len(own & english) / len(own))
            if cover < DATE_QUOTE_COVER or not all(_named_en(n, english) for n in names):
                continue  # Shanghai's zone is not Beijing's
            if occasions_clash_en(event, date.claim.en) or other_thing_en(event, date.claim.en):
                continue  # (for the second time, where the claim says the first; a
                # provincial strategy, where it says a national one)
            if counted and counted & set(re.findall(r"[a-z-]+", date.claim.en.lower())):
                continue  # (Five of the agreements were signed in 2023: a count's year, not
                # the date of the one agreement a claim dates)
            theirs = {n.place.key for n in self.places.named(date.claim.en)
                      if n.place.kind != "region"}
            if self.places.clash(date.claim.subject, [p for p in places if p not in theirs]):
                continue  # (Hebei's congress is not Beijing's; a place its English names too,
                # built jointly by Tianjin and Beijing, is no other place)
            if _place_instead(places, theirs):
                # (Xi inspected Tianjin, where the claim's English says Hebei)
                if elsewhere is None or cover > elsewhere[0]:
                    elsewhere = (cover, date)
                continue
            if theirs & set(places):
                placed.add(id(date))
            told = any(all(_verb_stem(w) in stems for w in english_event_words(verb))
                       or _headline_verb(verb, stems, english)
                       for verb in date.verbs if verb.isascii())
            if not told and cover < 1:
                continue  # approved beside a claim of unveiled: another event
            # the names it gives stand for the subject where they are the claim's and so
            # are nearly all its words (Beijing alone is in many claims)
            named = 1.0 if names and cover >= DATE_QUOTE_SAME else 0.0
            fits.append(_DateFit(told, cover, named, cover,
                                 dates_agree(date.figure, item.figure),
                                 _specificity(date.figure, item.figure), date))
        if any(f.told for f in fits):
            fits = [f for f in fits if f.told]
        if elsewhere is not None and elsewhere[0] >= DATE_QUOTE_SAME and all(
                f.cover < elsewhere[0] or f.cover == elsewhere[0] and id(f.date) not in placed
                for f in fits):
            # what the statement says happened that day is told best by a claim of another
            # place (inspected Tianjin and chaired…, where the source says Hebei): a claim
            # of part of it (chaired…), or one as near that does not say where (chaired a
            # symposium in Tianjin, where one claim says Beijing and another nowhere),
            # does not make it right
            held = elsewhere[1]
            where = "、".join(dict.fromkeys(
                n.printed for n in self.places.named(held.claim.en)
                if n.place.kind != "region"))
            return FigureVerdict(item.figure, UNSUPPORTED, held.claim, held.claim_figure,
                                 f"the source says this of {where}")
        return self._decision(item, fits, event_done(event), day_parts(date_clause(event)),
                              first=bool(_FIRST.search(event)))

    def _decision(self, item: StatedFigure, fits: list[_DateFit], done: bool = False,
                  parts: dict[str, str] | None = None, *,
                  again: bool = False, first: bool = True) -> FigureVerdict | None:
        """The verdict on a statement's date from the claims that fit it (verdict). A
        statement that says its event has happened (``done``: 已于2025年投入使用, opened in
        2025) is neither supported nor contradicted by a target date (投入使用时间目标): the
        source says only when it is to happen. Nor is one at another part of the day
        (``parts``: on the morning of March 4) supported by a claim whose quote gives its
        date another (4日下午). With ``again`` (a Chinese statement, whose share of a
        subject's name is read by its words), nor is one of an event the sources hold more
        than once, in other years (_held_again). Unless it says its event is the ``first``
        (首次, 首届, 启动, launched), one in a later year than a claim of the event's first
        time (首次举办时间) may be a later one: not contradicted."""
        if not fits:
            return None
        best = max(fits, key=lambda f: f.fit)
        near = [f for f in fits if f.fit >= best.fit - DATE_MARGIN]
        if all(f.share < 1.0 for f in near):
            # (and, where the statement names none of those events whole, a claim at its
            # date, as finely dated, whose quote says what it says: 2019年1月，总书记考察
            # 京津冀，主持召开协同发展座谈会 is the 2019 visit's quote, though 2023's names
            # its symposium more like the statement's words)
            near += [f for f in fits if f.fit < best.fit - DATE_MARGIN and f.agree
                     and f.told and f.decisive and f.cover >= DATE_QUOTE_SAME
                     and not finer_date(item.figure, f.date.figure)]
        # a claim of the event that agrees only at a coarser precision (2014年, 5月11日至12日)
        # than another claim of it disagrees (2014年2月26日, 12日) does not support
        agreeing = [f for f in near if f.agree and not any(
            g.agree is False and g.specificity > f.specificity and g.date.event_key
            == f.date.event_key for g in near)]
        # a span of days (or months) of one year (2023年5月12日至13日) that a claim of the
        # sentence's events dates as another span (the visit, 11日至12日) is not made right by
        # a day inside it (the symposium's 12日); a claim dating it less finely (2023年5月)
        # still says what it does
        stated = item.figure
        if (stated.high is not None and int(stated.value) // 10000 == int(stated.high) // 10000
                and any(g.agree is False and g.date.figure.high is not None for g in near)):
            agreeing = [f for f in agreeing if f.date.figure.high is not None
                        or finer_date(stated, f.date.figure)]
        # (a claim the statement may name another of the kind as does not disagree)
        wrong = [f for f in near if f.agree is False and not f.partly]
        # (of an event held again, the time of the statement's year is the one it means:
        # 2023's symposium, 11-12 May, against May 13-14, 2023, not 2014's)
        year = int(item.figure.value) // 10000
        wrong = [f for f in wrong if int(f.date.figure.value) // 10000 == year] or wrong
        chosen = max(agreeing or wrong or [best], key=lambda f: (f.specificity, f.fit))
        if done and (agreeing or wrong) and target_metric(chosen.date.claim.metric):
            figure = chosen.date.claim_figure
            verdict = FigureVerdict(item.figure, UNSUPPORTED, chosen.date.claim, figure,
                                    f"the source gives {describe(chosen.date.figure)} as a "
                                    "target, not as done")
        elif agreeing and parts and (theirs := _quoted_day_parts(chosen.date)) and (
                parts_clash(parts, theirs)):
            figure = chosen.date.claim_figure
            verdict = FigureVerdict(item.figure, UNSUPPORTED, chosen.date.claim, figure,
                                    f"the source says {'、'.join(theirs.values())}; the "
                                    f"statement says {'、'.join(parts.values())}")
        elif agreeing and finer_date(item.figure, chosen.date.figure):
            # the source dates the event less finely than the statement (2023年 for
            # 2023年11月28日): it cannot say the statement's day is right
            figure = chosen.date.claim_figure
            verdict = FigureVerdict(item.figure, UNSUPPORTED, chosen.date.claim, figure,
                                    f"the source dates it only {describe(chosen.date.figure)}")
        elif agreeing:
            verdict = FigureVerdict(item.figure, SUPPORTED, chosen.date.claim,
                                    chosen.date.claim_figure)
        elif wrong and chosen.decisive and again and self._held_again(item, near):
            # (a gathering the sources hold more than once, named whole by none of their
            # claims: 2019年1月的京津冀协同发展座谈会 may be a third, not 2014's or 2023's)
            figure = chosen.date.claim_figure
            finest: dict[tuple[str, str], Figure] = {}  # each event's finest date
            for f in near:
                known = finest.get(f.date.event_key)
                if known is None or finer_date(f.date.figure, known):
                    finest[f.date.event_key] = f.date.figure
            held = "、".join(dict.fromkeys(describe(d) for d in sorted(
                finest.values(), key=lambda d: d.value)))
            verdict = FigureVerdict(item.figure, UNSUPPORTED, chosen.date.claim, figure,
                                    f"the sources hold it more than once ({held}), none of "
                                    f"them at {item.figure.raw}")
        elif (wrong and chosen.decisive and not first
              and _FIRST_METRIC.search(chosen.date.claim.metric)
              and year > int(chosen.date.figure.value) // 10000):
            # (2024年…举办养老服务人才线上培训班: the source dates the first, 2023年)
            verdict = FigureVerdict(item.figure, UNSUPPORTED, chosen.date.claim,
                                    chosen.date.claim_figure,
                                    f"the source dates the first {describe(chosen.date.figure)}"
                                    "; the statement does not say this is the first")
        elif (wrong and chosen.decisive and _VISIT_METRIC.search(chosen.date.claim.metric)
              and year and year != int(chosen.date.figure.value) // 10000
              and (other := next((f for f in fits if f.agree and f.date.claim.subject
                                  != chosen.date.claim.subject), None)) is not None):
            # (a leader visits a place again and again: 2019年1月17日，习近平在天津考察 is not
            # 2024's visit to Tianjin, and the sources hold a visit to the region those days;
            # a wrong year with no visit then, 2022年5月…在河北考察, is still contradicted, and
            # the days of that year's visit, 2023年5月21日至22日 or 5月11日至13日 for 11日至12日)
            figure = chosen.date.claim_figure
            verdict = FigureVerdict(
                item.figure, UNSUPPORTED, chosen.date.claim, figure,
                f"the sources hold more than one visit: {describe(chosen.date.figure)} "
                f"({chosen.date.claim.subject}), and {describe(other.date.figure)} "
                f"({other.date.claim.subject})")
        elif wrong and chosen.decisive:
            figure = chosen.date.claim_figure
            verdict = FigureVerdict(item.figure, CONTRADICTED, chosen.date.claim, figure,
                                    f"the source says {describe(chosen.date.figure)}; the "
                                    f"statement says {item.figure.raw}")
        else:
            # another date for a claim the statement names only in part (天津市 for an
            # incubator in Tianjin): not enough to call the statement wrong
            figure = chosen.date.claim_figure
            verdict = FigureVerdict(item.figure, UNSUPPORTED, chosen.date.claim, figure,
                                    f"the source dates it {describe(chosen.date.figure)}")
        verdict._stated = item
        return verdict

    @staticmethod
    def _held_again(item: StatedFigure, near: list[_DateFit]) -> bool:
        """Whether the claims that fit a date nearly best date two events or more of one
        kind (one metric, two subjects: 召开时间 of 2014's and 2023's symposia) in other
        years than the statement's, and the statement names none of their subjects whole:
        it may mean another time the event was held. (Another kind of event among them, 考察
        of 2019 beside the symposia, dates the statement's own: it decides.)"""
        events = {f.date.event_key for f in near}
        years = {int(f.date.figure.value) // 10000 for f in near}
        return (len(events) > 1 and len(years) > 1 and len({m for m, _s in events}) == 1
                and int(item.figure.value) // 10000 not in years
                and all(f.share < 1.0 for f in near))

    def _dated(self) -> list[Claim]:
        """Every claim with a figure that is a date (unit "date"), in the knowledge base's
        order (in a large base, only the claims the cache has with a date are read)."""
        index = self.large()
        claims: Iterable[Claim] | None = None
        if index is not None:
            from jjjcli.index import claims_with_unit

            claims = claims_with_unit(index, "date")
        if claims is None:
            claims = self.kb
        return [c for c in claims if any(f.unit == "date" for f in c.figures)]
