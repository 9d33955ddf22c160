"""`jjj compare`: check a statement's figures against the claims about the same thing.

For each figure of the statement, the claims that could speak to it are those with a figure
in a compatible unit whose words match the statement's (metric, subject, quote) well enough,
and whose subject the statement does not contradict. Among them:

- a claim with the same value (after unit normalisation, or equal at the precision the
  statement prints) and a compatible period **supports** it;
- otherwise a claim with the same value for another period, or the best-matching claim's
  other value, **contradicts** it;
- with no such claim, the figure is **unsupported**.

What "compatible" means:

- units: counting words are one count (2个 = 2家, COUNT_WORDS) for support, but another
  value contradicts only in the same counting word; 周年 is 年; a claim figure printed
  without a unit fits a statement figure with one only if its metric names that unit;
- subject: a statement that names places or bodies is checked only against claims on one of
  them (天津港口 names 天津市 too) or on something inside one that it also says something of
  (通州组团 → 北京自贸试验区通州组团); a district is named with or without its city (蓟州区 →
  天津市蓟州区);
- words: text_score at least MIN_RELEVANCE (MIN_RELEVANCE_EXACT for a claim stating the
  very figure, which can then only support), and a moderate match must share a word with
  the claim's metric; a claim for the statement's year ranks higher;
- numbers that are names (PM2.5, 三地, 一期, 十四届一次会议) are not figures (figures.py),
  and a Chinese numeral below ten that no claim states (一批, 关键一年) is left out.

`compare --metric` flags claims for the same period whose figures cannot both be true: two
exact values that differ, or a bound that fails (1400余家 and 1328家; not 超过1100家 and
1300家).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from typing import Any, NamedTuple

from jjjcli.collector import collecting_seldom
from jjjcli.dating import DateJudge
from jjjcli.events import (
    NAMED_COUNTS,
    counts_clash,
    english_body_names,
    name_words_en,
    place_words_en,
)
from jjjcli.figures import (
    EN_NUMBER_WORDS,
    EN_ORDINALS,
    Figure,
    dates_agree,
    english_numbers,
    in_english_words,
    vague,
    values_equal,
)
from jjjcli.kb import Claim, KnowledgeBase
from jjjcli.kinds import (
    CLAUSE_BREAK,
    CLAUSE_END_EN,
    CONTRAST_EN,
    Quoted,
    against_year_before,
    as_a_total,
    as_a_total_en,
    average_or_total,
    back_to,
    batch_before,
    change_for_level,
    clause_around,
    count_kind,
    counted_kind_en,
    denied_before,
    denied_verb,
    document_titles,
    done_said,
    due_said,
    each_given,
    each_of_before,
    each_said,
    exactly_before,
    forecast_said,
    from_the_end,
    grade_unsaid,
    item_named,
    left_ranks,
    level_for_growth,
    list_heads,
    located_part_or_whole,
    milestone,
    milestone_given,
    moved_otherwise,
    names_other_listed,
    narrower_count,
    negation_turned,
    new_said,
    numbered_lines,
    occasions_clash_en,
    of_an_example,
    one_batch_of_several,
    one_year_said,
    other_against,
    other_average,
    other_base_period,
    other_base_year,
    other_class,
    other_degree,
    other_direction,
    other_document,
    other_end,
    other_event,
    other_example,
    other_grade,
    other_grade_en,
    other_industry,
    other_line,
    other_noun,
    other_occasion,
    other_origin,
    other_person,
    other_phase,
    other_phase_en,
    other_rate,
    other_reach,
    other_scope,
    other_side,
    other_stage,
    other_step,
    other_thing,
    other_thing_en,
    other_way_en,
    other_whole,
    other_work,
    own_things,
    part_of_subject,
    part_said,
    part_said_en,
    per_one,
    percent_kind,
    phase_said,
    plan_said,
    plan_verbs,
    planned_en,
    planned_in_quote,
    planned_said,
    present_said,
    rate_periods,
    recovered_unsaid,
    rejected_for,
    running_total,
    said_compared,
    said_difference,
    said_new,
    said_part,
    said_sum,
    share_said_en,
    share_whole,
    stage_apart_en,
    sub_index_for_index,
    superlative,
    target_metric,
    target_said,
    things_apart,
    to_clause_end,
    to_date_clause,
    total_verb,
    untrue_said,
    whole_of_share,
    wider_count,
)
from jjjcli.opposites import (
    ENGLISH_OPPOSITES,
    ENGLISH_SIDES,
    SIDES,
    THINGS,
    WORD,
    growth_turned_en,
    opposed,
)
from jjjcli.periods import (
    RELATIVE_YEAR_WORDS,
    When,
    describe_when,
    read_period,
    relative_year,
    said_span,
    same_period,
    span_apart,
    stated_when,
)
from jjjcli.places import COUNTY, gazetteer
from jjjcli.reading import (
    HOW_MANY_EN,
    LIST_GAP,
    MAX_SENTENCE,
    PASTED_WRITES,
    SENTENCE_BREAK,
    SPOKEN_HEDGES_ZH,
    Sentence,
    StatedFigure,
    corrected_to,
    near_in,
    quote_text,
    read_sentence,
    read_text,
    span_end,
    time_corrected,
    words_in,
)
from jjjcli.record import Record
from jjjcli.scope import (
    COUNTRY_KEYS,
    PlaceScope,
    by_first_character,
    came_from_blanked,
    defined_names,
    named_from,
    named_in,
    named_in_en,
    origin_after,
    origins_en,
    spelled_out,
    uncompared,
)
from jjjcli.search import (
    ALIASES,
    YEAR,
    Document,
    Filters,
    Query,
    Searcher,
    bigrams,
    english_words,
    normalize,
    parse_query,
    short_forms_out,
    text_score,
)
from jjjcli.setting import Setting, given_otherwise, source_says
from jjjcli.text import blanked
from jjjcli.values import (
    COUNT_WORDS,
    OPPOSITE_BOUNDS,
    allows,
    bound_fails,
    bound_reaches,
    comparable_unit,
    figures_agree,
    figures_equal,
    kinds_for_individuals,
    less_precise,
    metric_units,
    printed_units,
    prose_numeral,
    round_holds,
    same_value,
    significant_digits,
    significant_tolerance,
    tally,
    units_match,
)
from jjjcli.verdict import (
    CONTRADICTED,
    SUPPORTED,
    UNSUPPORTED,
    FigureVerdict,
    StatementVerdict,
    describe,
)
from jjjcli.vocabulary import GENERIC_METRIC_WORDS, metric_pairs

_CJK_CHAR = re.compile("[\u4e00-\u9fff]")


#: how many characters a figure's clause must print beside it to tell, word for word, which
#: claim's figure it is (Comparer._printed_elsewhere)
PRINTED_CONTEXT = 8

#: a year a plan runs to (到2025年)
_YEAR_TO_COME = re.compile(r"到\s*20\d\d\s*年")
#: how well a claim's words must match the statement's to speak to it
MIN_RELEVANCE = 0.52
#: what a statement's figure may be of other figures, told by its words (_sum_of_parts)
#: (what it is, the test of the statement's words, the test of a claim figure's words)
_ARITHMETIC: tuple[tuple[str, Callable[[str], bool], Callable[[str], bool]], ...] = (
    ("a sum", said_sum, said_sum),
    ("a difference", said_difference, said_compared),
    ("a part", said_part, said_part),
)

#: what joins two things a figure's words may name (国家级和市级)
_JOINED = re.compile(r"[和与及、]")
#: what ends a clause or an item of a list
_LIST_BREAK = re.compile(r"[，,；;。！？!?、]")
#: punctuation inside a name (“小巨人”)
_PUNCTUATION = re.compile(r"[\s“”‘’\"'《》〈〉「」『』（）()、·•]")

#: how much better a figure's words must name a metric the relevant claims give than the
#: claim's for the claim to be another metric's (_another_metric): 高新技术企业数量 (all its
#: words) against 雏鹰企业数量 (half, 企业数量); not 数字经济规模占全国比重 against
#: 数字经济规模占地区生产总值比重 in 数字经济规模占地区GDP比重 (GDP is not in the pairs)
OTHER_METRIC_MARGIN = 0.25
#: a figure's own words that hold this much of a metric's name, where a claim of that metric
#: states the figure's very value, name what the figure is: a claim of a metric they name
#: OTHER_METRIC_MARGIN less does not contradict it (Comparer._held_elsewhere_named)
NAMED_ELSEWHERE = 0.8
#: a claim that states the statement's very figure (same value and unit, at least three
#: significant digits: 2093人, 189.9亿元) supports it with fewer words in common (应到委员
#: 2162人 for 应出席委员2162人): value and words both matching by chance is unlikely. Such a
#: claim only ever supports; it never contradicts.
MIN_RELEVANCE_EXACT = 0.42
EXACT_DIGITS = 3
#: a claim matching the statement's words less than this must share a word with its metric
METRIC_CHECK_BELOW = 0.6
#: claims this close to the best match count as being about the same thing
RELEVANCE_BAND = 0.12
#: a claim for the statement's year ranks this much higher among those that are relevant
#: (2023年…地区生产总值 is decided by the 2023 claim, even if a 2022 one is worded closer)
YEAR_BONUS = 0.15
#: a claim may contradict a figure only when the figure's own words hold this share of its
#: metric's character pairs (or of the pairs of the words around its figure in its quote)
ALIGN_METRIC = 0.5
ALIGN_QUOTE = 0.7
#: the share of a claim figure's words a statement figure must have to be its very sentence
SAME_WORDS = 0.85
#: how closely a figure's clause's words must match a claim's for it to support the figure
#: where the figure's own words do not describe it (Comparer._clause_support)
CLAUSE_RELEVANCE = 0.75
#: the fewest words of its own (English words, or Chinese characters less one) a clause
#: must have beside its figure and places to be matched alone
CLAUSE_WORDS = 3
#: character pairs a figure's words must share with a claim figure's to be compared
MIN_SHARED = 2
#: in a large base, the claims of the metrics a statement names, and those holding its
#: figures' values, that _candidates takes at most, each: those whose words are most like
#: the statement's
RELEVANT_EACH = 300
#: the claims holding a figure's value whose quotes _stating reads at most, for one figure
#: (those sharing most of its words: the shipped base's statements read 46 at most)
STATING_QUOTES = 60
#: how many of a quote's word pairs a figure's longer words must hold to be its figure's
MIN_CONTAINED = 4
#: and the Dice coefficient of the figure's own words and its figure's words in the quote
#: that _same_words asks beside SAME_WORDS
SAME_WORDS_DICE = 0.6
#: the character pairs at most that a figure's words as jjjcli.reading gives them hold and
#: its text does not: the join of the words before and after the figure, and a ratio's
#: 第N项 (two pairs)
JOINED_PAIRS = 3
#: the pairs the reader writes for what print abbreviates (规模以上 for 规上)
_PASTED_PAIRS = frozenset().union(*(bigrams(w) for w in PASTED_WRITES))
#: the character pairs of a share of the country (占全国比重达到): they name any such share
_SHARE_PAIRS = frozenset("占全 全国 国比 比重 重达 达到 占比 国的 的比".split())
#: character pairs any figure may have beside it: they say nothing of what it measures
_COMMON_NEAR = frozenset("同比 比增 增长 长了 下降 降了 达到 到了 超过 累计 实现 年均 均增 "
                         "为了 分别 别为 分别为 已经 经达 共有 其中 已达 约为 提高 提升 "
                         "增加 减少 以上 左右 之间".split())


def _period_years(period: str) -> set[str]:
    return set(YEAR.findall(period))


def _distinctive(figure: Figure) -> bool:
    """Whether a figure has at least EXACT_DIGITS significant digits (2093, 189.9亿)."""
    return significant_digits(figure.value) >= EXACT_DIGITS


def _years_match(years: set[str], period: str) -> bool:
    return bool(years & _period_years(period))


def _latest_first(doc: Document) -> int:
    """A claim's order among those for no year: the undated first (as of the source's
    writing), then the latest year first."""
    years = _period_years(doc.period)
    return -10000 if not years else -max(int(y) for y in years)


def _period_allows(years: set[str], period: str, quote: str | Callable[[], str]) -> bool:
    """Whether a claim of this ``period`` can be for the statement's ``years``: its period
    gives one of them, or it gives none and its quote prints them all (目前…45家 after
    2022年…签订: the statement dates the figure by the source's own sentence)."""
    if _years_match(years, period):
        return True
    if _period_years(period):
        return False
    text = quote if isinstance(quote, str) else quote()
    return all(y in text for y in years)


def _for_when(when: When, period: str, quote: str | Callable[[], str]) -> bool:
    """Whether a claim of this ``period`` can be for the time of the statement's figure: its
    period is that time (periods.same_period), or, where either gives none, _period_allows
    (its quote, or what gives it, is read only then: a large base's search document is
    read as a claim only for that)."""
    same = same_period(when, period)
    if same is not None:
        return same
    return not when.years or _period_allows(set(when.years), period, quote)


def _vague_may_be(stated: Figure, figure: Figure, metric: str) -> bool:
    """Whether a vague round number (数千家, hundreds of) and a claim's figure may both be
    true without the one holding the other: neither confirmed nor denied (上千家 against
    超过1100家)."""
    return (vague(stated) and figures_agree(figure, stated)
            and not allows(stated, figure, metric))


def _ordinal(figure: Figure) -> bool:
    """Whether a figure is an order (第五批, 首个), not a count (5批): one never speaks to
    the other. An edition, a phase or a session is named by its count too (十四届 is the
    第十四届)."""
    return figure.qualifier == "ordinal" and figure.unit not in _NAMED_BY_COUNT


#: one place said alone: 仅与天津一地, 只在北京一地, 单北京一市 (the place's name, as printed)
_ALONE = re.compile(r"(?:仅|只|单)(?:与|同|和|跟|向|对|在|从)?([\u4e00-\u9fff]{2,4}?)"
                    r"(?:一地|一省|一市)")
#: and 仅与, 只在 right before a place's name (仅与河北签订…): that place alone, unless a
#: list goes on after it (仅与天津、河北)
_ONLY_WITH = re.compile(r"(?:仅|只)(?:与|同|和|跟|向|对|在|从)")


def _alone_said(text: str) -> bool:
    """Whether a Chinese text may say one place alone (_ALONE, _ONLY_WITH): the quick test
    before the clause and the places are read."""
    return _ALONE.search(text) is not None or _ONLY_WITH.search(text) is not None


#: and in English: with Hebei alone, with Hebei province alone, only with Tianjin
_ALONE_EN = re.compile(r"\b(?:with|in|to|from)\s+([A-Z][a-z]+)(?:\s+(?:province|municipality|"
                       r"city))?\s+(?:alone|only)\b|\bonly\s+(?:with|in|to|from)\s+([A-Z][a-z]+)"
                       r"(?!\s*(?:,|and)\s*[A-Z])")
#: English names of bodies the claims' English spells otherwise: a Sci-Tech Park or City (as
#: the Chinese press in English has it) is the claims' Science Park or City
_SPELLED_OTHERWISE_EN = ((re.compile(r"\bSci-?[Tt]ech\b"), "Science"),)
#: and the words of such a name, as a statement prints them, for the claims' word
_SPELLINGS_OF_EN = {"science": ("sci-tech", "scitech", "tech"),
                    # (Jingjin, Beijing-Tianjin in one word: Jingjin Zhongguancun Science City
                    # for the Jing-Jin or Beijing-Tianjin one)
                    "jing": ("jingjin",), "tianjin": ("jingjin",),
                    "jingjin": ("beijing", "tianjin")}


def _as_claims_spell(text: str) -> str:
    """An English statement with the names of bodies spelled as the claims' English spells
    them (_SPELLED_OTHERWISE_EN)."""
    for spelled, theirs in _SPELLED_OTHERWISE_EN:
        text = spelled.sub(theirs, text)
    return text


#: where a statement's clauses part: a comma (not a number's: 5,000), a semicolon, a
#: sentence's end, a space before Chinese (a headline's 算力破万P　不少运营商…落户)
_CLAUSE_PARTS = re.compile(r"[；;。！？!?]|[，,](?!\d{3}(?!\d))|\s+(?=[\u4e00-\u9fff])")


def _own_clause(text: str, item: StatedFigure) -> str | None:
    """The clause of a statement a figure stands in (_CLAUSE_PARTS), where the statement
    has others with words of their own; else None."""
    starts = [m.end() for m in _CLAUSE_PARTS.finditer(text, 0, item.start)]
    after = _CLAUSE_PARTS.search(text, item.end)
    start, end = starts[-1] if starts else 0, after.start() if after else len(text)
    clause, rest = text[start:end], text[:start] + " " + text[end:]
    if len(_CJK_CHAR.findall(rest)) < 2 and len(WORD.findall(rest)) < 2:
        return None  # (one clause, or another of no words)
    return clause


#: what parts the places of a list (天津、河北, 北京和天津)
_LISTED = frozenset("、和与及")
#: a part of a zone a claim's subject names after the zone (玉田经济开发区后湖园区's 后湖园区,
#: 北京自贸试验区通州组团's 通州组团), and the fewest characters of the zone's own name
_PART_OF_ZONE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,}(?:园区|产业园|科技园|组团|片区|校区)$")
MIN_ZONE_NAME = 4
#: the sectors a Chinese figure's own words may narrow what it counts to (农业科技成果), and
#: the words after one: a claim whose quote and metric name no sector counts them all
_SECTORS = THINGS[0]  # (工业, 农业, 服务业, 建筑业)
_SECTOR_THING = re.compile(f"({'|'.join(_SECTORS)})" + r"([\u4e00-\u9fff]{2,4})")
#: in English, a list of places a count is given for (*in Tianjin and Hebei*, *with
#: Beijing, Tianjin and Hebei*): what comes before its first place, and between its places
_LIST_LEAD_EN = re.compile(r"\b(?:in|to|with|from|into|across|for)\s+(?:the\s+)?$")
_LIST_JOIN_EN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
#: a claim's English that gives a list's places their figure each, or a link between them
_EACH_EN = re.compile(r"\b(?:each|respectively|apiece|per|between|linking|links?)\b",
                      re.IGNORECASE)
#: a statement's words for a list's places together (*the 74.87 billion yuan … Beijing sent
#: to its neighbours*: the whole, though it names one of them for a share of it)
_TOGETHER_EN = re.compile(r"\b(?:neighbou?r\w*|both|two|three|together|combined|jointly|"
                          r"regions?|regional)\b", re.IGNORECASE)

#: units whose count names the one of that order (十四届全国政协, 二期, 二次会议)
_NAMED_BY_COUNT = frozenset({"届", "期", "次"})


def _unpunctuated_pairs(words: str) -> set[str]:
    """The character pairs of a figure's words with their punctuation left out (国家级专精特新
    “小巨人”企业 holds 新小 and 人企, as the metric's name does)."""
    return bigrams(normalize(_PUNCTUATION.sub("", words)))


@lru_cache(maxsize=1024)  # (a statement's figure's words, asked of each claim weighed)
def _alias_words_said(said: str) -> tuple[str, ...]:
    """The words the query vocabulary (ALIASES) gives for the words of ``said``."""
    return tuple(w for key, words in ALIASES.items() if key in said for w in words.split())


def _named_share(metric: str, said: set[str]) -> float:
    """How much of a metric's name (its character pairs, generic words aside) a figure's
    words (their pairs: ``said``) hold."""
    pairs = metric_pairs(metric)
    return len(pairs & said) / len(pairs) if pairs else 0.0


#: what opens a part of the figure before it (…3.5万人，其中减少京外招生计划1.1万人)
_PART_OPENS = "其中"


def _word_pairs(words: str) -> set[str]:
    """The character pairs of a figure's words that say what it is of: no digits, no pairs
    any figure may have beside it (_COMMON_NEAR)."""
    return {g for g in bigrams(normalize(words)) - _COMMON_NEAR
            if len(g) == 2 and not any(ch.isdigit() for ch in g)}


#: the word right after an English figure (246 new schools), and those of them that make
#: it a part (_sibling_en)
_NEXT_WORD_EN = re.compile(r"\s+([A-Za-z]+)")
_PART_WORDS_EN = frozenset({"new", "newly", "additional", "extra"})
#: the two words right after an English figure (36 trunk lines)
_TWO_WORDS_EN = re.compile(r"\s+([A-Za-z]+(?:\s+[A-Za-z]+)?)")
#: a number in English (36, Six, thirty-eight) and the two words after it
_NUMBER_THEN_WORDS_EN = re.compile(
    r"(?<![\w.-])(\d[\d,]*(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)"
    r"(?=\s+([A-Za-z]+(?:\s+[A-Za-z]+)?))")


def _words_of_en(text: str) -> set[str]:
    """The words of an English text (search.english_words), its short forms spelled out
    (NEV, km: search.short_forms_out) — a statement's and a claim's alike."""
    return short_forms_out(english_words(normalize(text)))


#: the words after an English number up to the end of what it counts (52 high-quality
#: care institutions in…), up to a word that ends a noun phrase: six at most (_counted_en
#: reads them past an and), of which _words_after_en takes _PHRASE_WORDS
_PHRASE_AFTER_EN = re.compile(r"\s+((?:[A-Za-z][A-Za-z'’-]*)(?:\s+[A-Za-z][A-Za-z'’-]*){0,5})")
_PHRASE_WORDS = 4
_PHRASE_ENDS_EN = frozenset(
    "in of for at on to by with from and or that which who the a an is are was were has "
    "have had across under over since between".split())


@lru_cache(maxsize=1024)  # (a claim's English, asked again for each figure weighed with it)
def _figure_clause_en_of(en: str, values: frozenset[float]) -> frozenset[str]:
    # (a value as the English prints it: 15.8 of 15.8 million, 4,791)
    printed = {round(v / scale, 6) for v in values for scale in _EN_SCALES}
    value_clauses = [clause for clause in CLAUSE_END_EN.split(en)
                     if {round(n, 6) for n in english_numbers(clause)} & printed]
    return frozenset(w for clause in value_clauses for w in _words_of_en(clause))


#: what an English value may be printed in thousands, millions, billions, trillions of
_EN_SCALES = (1, 1e3, 1e6, 1e9, 1e12)


def _figure_clause_en(claim: Claim) -> frozenset[str]:
    """The words of the clauses of a claim's English that print one of its figures' values
    (4,791 were accepted for handling after review; Nearly 15.8 million rural and town
    households…)."""
    return _figure_clause_en_of(claim.en, frozenset(float(f.value) for f in claim.figures))


def _restatement(first: StatedFigure, before: FigureVerdict, item: StatedFigure,
                 verdict: FigureVerdict, how: str
                 ) -> tuple[FigureVerdict, FigureVerdict] | None:
    """A figure said again right after it in another form (150 billion yuan — that's
    1,500亿; 差不多4800件，准确地说是4791件; 两百四十六所——246所), in its unit: where one
    of the two is supported and the other is left with no claim, that one's verdict as the
    other's, "the same figure as …"; where the two, in one unit, cannot both be true and the
    restating is "said" in words (conversions.restates: not a dash alone, which may open
    another thing, nor words after the first figure's noun, which may count another),
    contradicted. The verdict replaced and its replacement; None where neither is decided
    or both are."""
    said = how == "said"
    units = {comparable_unit(first.figure.unit), comparable_unit(item.figure.unit)}
    if len(units - {None}) > 1 or (how == "dash" and None in units):
        return None
    for one, decided, other, left in ((first, before, item, verdict),
                                       (item, verdict, first, before)):
        # (said again with the bound left off, more than 61,000 — that's 6.1万: the bound's,
        # where the claim that says so is the one that supports the first)
        bound_left_off = one.figure.value == other.figure.value
        own_claim = left.claim is not None and not (
            bound_left_off and decided.claim is not None and left.claim.id == decided.claim.id)
        if decided.verdict != SUPPORTED or left.verdict != UNSUPPORTED or own_claim:
            continue  # (one left with a claim of its own: that claim says something of it)
        agree = figures_agree(one.figure, other.figure)
        if bound_left_off or (agree and other.figure.qualifier != "exact"):
            outcome, reason = SUPPORTED, f"the same figure as {describe(one.figure)}"
        elif agree:
            return None  # (more than 61,000 — that's 62,000: more than the source settles)
        elif said and None not in units and decided.expected is not None:
            # (in its unit: 6,000 yi, a unit left unread, may be 600 billion yuan)
            outcome, reason = CONTRADICTED, (
                f"said again as {describe(other.figure)}, but the source says "
                f"{describe(decided.expected)}")
        else:
            return None
        replaced = FigureVerdict(other.figure, outcome, decided.claim, decided.expected, reason)
        replaced._stated = other
        return left, replaced
    return None


def _words_after_en(text: str, start: int, *, phrase: bool = False) -> set[str]:
    """The words (search.english_words) right after the English number ending at ``start``
    that say what it counts: the two right after it (Six trunk lines); with ``phrase``, up
    to four, to a preposition or a verb of being (52 high-quality care institutions in
    Tianjin: high, quality, care, institutions)."""
    if not phrase:
        following = _TWO_WORDS_EN.match(text, start)
        return set() if following is None else _words_of_en(following[1]) - _STOP_EN_WORDS
    found = _PHRASE_AFTER_EN.match(text, start)
    if found is None:
        return set()
    words = []
    for word in found[1].split()[:_PHRASE_WORDS]:
        if word.lower() in _PHRASE_ENDS_EN:
            break
        words.append(word)
    return _words_of_en(" ".join(words)) - _STOP_EN_WORDS


#: what a count counts by, not what it counts (13 categories of certificates, 241 types of
#: licences)
_KIND_WORDS_EN = frozenset(
    "kind type category sort batch group set class round item piece time lot form "
    "variety series".split())


def _counted_en(text: str, start: int) -> str | None:
    """What the English count ending at ``start`` counts: the first plural word of the
    phrase after it (_PHRASE_AFTER_EN: past an and, not past a preposition or a verb of
    being), as search stems it (57 city consumption centres to develop: centre; two
    universities and four hospitals: university); None where there is none, or it is a
    kind of what follows (13 categories of …; not 41 vocational education groups)."""
    found = _PHRASE_AFTER_EN.match(text, start)
    if found is None:
        return None
    words_after = found[1].split()
    for at, word in enumerate(words_after):
        lower = word.lower()
        if lower in _PHRASE_ENDS_EN and lower not in ("and", "or"):
            return None
        if len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss"):
            words = _words_of_en(lower)
            if len(words) != 1:
                return None
            (stem,) = words
            kind_of = stem in _KIND_WORDS_EN and words_after[at + 1 : at + 2] == ["of"]
            return None if kind_of else stem
    return None


def _ends_of_values_en(text: str, values: frozenset[float]) -> Iterator[int]:
    """Where each number of ``values`` ends in an English text (in digits or words)."""
    for m in _NUMBER_THEN_WORDS_EN.finditer(text):
        if english_numbers(m[1]) & values:
            yield m.end(1)


@lru_cache(maxsize=1024)  # (a claim's English, asked again for each sibling it is weighed with)
def _named_after_en(text: str, values: frozenset[float], *, phrase: bool = False
                    ) -> frozenset[str]:
    """The words right after each number of ``values`` in an English text
    (_words_after_en): a claim's English names its figure's thing there (Six trunk lines)."""
    return frozenset(word for end in _ends_of_values_en(text, values)
                     for word in _words_after_en(text, end, phrase=phrase))


@lru_cache(maxsize=1024)
def _counted_after_en(text: str, values: frozenset[float]) -> frozenset[str]:
    """What each number of ``values`` counts in an English text (_counted_en: six
    direct-purchase and direct-supply vegetable centres: centre)."""
    return frozenset(counted for end in _ends_of_values_en(text, values)
                     if (counted := _counted_en(text, end)))


#: an English word that makes a figure what can be done, not what was (annual capacity;
#: can host up to 840,000 servers)
_CAN_HOLD_EN = r"\bcan\s+(?:host|hold|house|accommodate|handle|carry|store|serve)\b"
_CAPACITY_EN = re.compile(rf"\bcapacit(?:y|ies)\b|\bable\s+to\b|{_CAN_HOLD_EN}", re.IGNORECASE)
#: a capacity said right before a figure (an annual capacity of, capacity for, can host up
#: to), or right after it (110 million tonnes of crude steel capacity)
_CAPACITY_BEFORE_EN = re.compile(
    rf"(?:\bcapacit(?:y|ies)\s+(?:[a-z]+\s+)?|{_CAN_HOLD_EN}\s+(?:up\s+to\s+)?)$",
    re.IGNORECASE)
_CAPACITY_AFTER_EN = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?capacit(?:y|ies)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _capacity_en(text: str, value: float) -> bool:
    """Whether an English text (a claim's) calls its figure of ``value`` a capacity."""
    from jjjcli.figures import find_figures

    return any(values_equal(f.figure.value, value) and (
        _CAPACITY_BEFORE_EN.search(text, 0, f.start) or _CAPACITY_AFTER_EN.match(text[f.end :]))
        for f in find_figures(text))


def _clause_before_en(text: str, item: StatedFigure) -> str:
    """The words of an English figure's clause before it (expects output of)."""
    return CLAUSE_END_EN.split(text[: item.start])[-1]


#: an English clause joined by a conjunction that has a subject of its own before its figure
#: (and central SOEs have set up; not and 45 in Beijing, nor and more than 45)
_OWN_SUBJECT_EN = re.compile(
    r"\s*(?:and|while|but|whereas)\s+(?!(?:more|less|fewer|over|nearly|about|almost|some|"
    r"around|another|up\s+to|at\s+least)\b)(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)+"
    r"\s+$", re.IGNORECASE)


#: a total since an event, not since a year (开通以来, 成立以来, since its launch)
_SINCE_EVENT = re.compile(
    r"(?:开通|开行|开园|开业|成立|设立|启动|实施|运营|运行|投用|投运|挂牌|建成|签约|上线)以来"
    r"|\bsince\s+(?:it|its|the\s+\w+(?:'s|’s)?)\s+(?:was\s+)?(?:opening|opened|launch|launched|"
    r"founding|founded|start|started|set\s+up|establishment|established)\b", re.IGNORECASE)


#: units of length (as figures give them: km and 千米 are 公里), one another's in other words
_LENGTHS = frozenset({"米", "公里"})


def _both_lengths(one: Figure, other: Figure) -> bool:
    """Whether two figures are both lengths (300米, 1公里)."""
    return one.unit in _LENGTHS and other.unit in _LENGTHS


def _one_year(period: str) -> bool:
    """Whether a claim's period is one year, or part of one (2023, 2023-06)."""
    read = read_period(period)
    return read is not None and read.first == read.last


#: an English count and the words that qualify what it counts (118 hard-technology
#: companies): the qualifier, the noun
_QUALIFIED_COUNT_EN = re.compile(
    r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s+((?:[a-z][\w'’-]*\s+){1,3}?)"
    r"(companies|enterprises|firms|businesses|institutions|projects|schools|hospitals|"
    r"parks|platforms|people|workers|students|teachers)\b", re.IGNORECASE)
#: words that narrow a count of firms to a class of them (hard-technology companies, listed
#: firms): not a leading or a member firm, which says what the counted are
_NARROWING_EN = frozenset("hard-technology hard-tech high-tech listed foreign-funded "
                          "foreign-invested state-owned unicorn gazelle specialised "
                          "specialized".split())


def _narrower_en(claim_en: str, figure: Figure, statement: str) -> bool:
    """Whether a claim's English counts its figure's things as a class of them the statement
    does not name (118 hard-technology companies, for more than 500 enterprises): a narrower
    count, which says nothing of the statement's wider one."""
    said = set(re.findall(r"[a-z][a-z-]*", statement.lower()))
    for m in _QUALIFIED_COUNT_EN.finditer(claim_en):
        try:
            value = float(m[1].replace(",", ""))
        except ValueError:
            continue
        if value != float(figure.value):
            continue
        narrowing = set(re.findall(r"[a-z][a-z-]*", m[2].lower())) & _NARROWING_EN
        return bool(narrowing - said)
    return False


def _short_form(word: str) -> bool:
    """Whether a capitalised word is a short form of common words (SOEs, NEV, FTZ), not a
    body's name (search.short_forms_out spells it out)."""
    return short_forms_out(english_words(word.lower())) != set(english_words(word.lower()))


def _clause_en(text: str, item: StatedFigure) -> str:
    """An English figure's clause (…, and Zhangjiawan Design Town more than 440)."""
    return _clause_before_en(text, item) + CLAUSE_END_EN.split(text[item.start :])[0]


#: a span of English text in quotation marks
_QUOTED_EN = re.compile(r'"[^"]*"|“[^”]*”')


#: a day of a month (4月30日, 5月1日), as a figure's words give it
_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")


def _day_key(m: re.Match[str]) -> tuple[int, int]:
    """A day of :data:`_MONTH_DAY` as its month and day (04月30日 is 4月30日)."""
    return int(m[1]), int(m[2])


def _phase_key(m: re.Match[str]) -> str:
    """A phase of :data:`_PHASE_ANY` as its numeral (一 of 一期)."""
    return m[1]


#: where the words a date governs end, at most (a headline's space, read as a comma, and
#: brackets do not end them: 2023年 北京援建宣武医院（二期）开诊)
_DATE_WORDS_END = re.compile(r"[；;。！？!?]")
#: a quarter of a year (四季度, 第三季度, Q3), as a figure's or a date's words give it
_QUARTER = re.compile(r"(?:第?([一二三四1-4])季度|(?<![A-Za-z])Q([1-4])(?![\d]))")


def _quarter_key(m: re.Match[str]) -> int:
    """A quarter of :data:`_QUARTER` as its number (3 of 三季度, 第3季度, Q3)."""
    said = m[1] or m[2]
    return "一二三四".index(said) + 1 if said in "一二三四" else int(said)


#: an English year said relative to when it was written, as the sources say it
_RELATIVE_ZH = {"this year": "今年", "last year": "去年"}
#: the most claims a disputed figure's reason names (_disputed: the rest are counted)
DISPUTES_NAMED = 3


def _not_said(item: StatedFigure, verdict: FigureVerdict, said: str) -> FigureVerdict:
    """A supported figure made unsupported for what the statement says of it that the
    source does not: "the source gives 150 米; it does not say 最高的建筑"."""
    return FigureVerdict(item.figure, UNSUPPORTED, verdict.claim, verdict.expected,
                         f"the source gives {describe(verdict.expected or item.figure)}; "
                         f"it does not say {said}")


def _said_exactly(text: str, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
    """Support for a figure the statement says is exact (整整二十天, exactly twenty days:
    kinds.exactly_before) from a source that gives it only roughly or as a bound (20天左右,
    近20天, 超过20天): unsupported — the source does not say exactly."""
    expected, stated = verdict.expected, item.figure
    if expected is None or expected.unit == "date" or expected.qualifier == "exact":
        return verdict
    said = exactly_before(text, item.start)
    if said is None:
        return verdict
    return FigureVerdict(stated, UNSUPPORTED, verdict.claim, expected,
                         f"the source says {describe(expected)}, not {said} "
                         f"{describe(stated)}")


def _bound_at_its_value(item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
    """Support for a bound that excludes its own number (近3万元, 不到3万元, nearly 30,000)
    from a source printing that very number as exact (3万元): unsupported — the source
    gives the number, not a value under it."""
    expected, stated = verdict.expected, item.figure
    if (expected is None or expected.qualifier != "exact" or expected.unit == "date"
            or stated.qualifier not in ("nearly", "less-than")
            or stated.high is not None or expected.high is not None
            or float(stated.value) != float(expected.value)):
        return verdict
    return FigureVerdict(stated, UNSUPPORTED, verdict.claim, expected,
                         f"the source says {describe(expected)}, not {describe(stated)}")


#: the words before a figure that make it one end of a range and that the figure reader
#: does not take as its bound (最快1天, as little as a day; 最短, 至少, at least, up to … are
#: its qualifier already, and a figure with one is no exact value: Comparer._range_end)
_ONE_END = re.compile(r"(?:最快|最慢|至多|as\s+little\s+as|as\s+few\s+as|as\s+many\s+as|"
                      r"as\s+much\s+as|at\s+most)\s*$", re.IGNORECASE)


def _denied(text: str, item: StatedFigure, verdict: FigureVerdict,
            corrected: StatedFigure | None = None,
            others: Sequence[StatedFigure] = ()) -> FigureVerdict:
    """The verdict on a figure the statement denies (尚未突破10万亿元, 并非6391户, has not yet
    passed 10 trillion yuan: kinds.denied_before), says the whole of is untrue (…是谣言,
    It is untrue that …: kinds.untrue_said), or corrects (a date a correction notice
    reports as printed, ``corrected`` to another: kinds.corrected_to): where a claim
    states it, contradicted ("…; the statement says 尚未 突破10万亿元"); where a claim gives
    another value, unsupported (denying a wrong value may be true: 并未突破12万亿元) — but
    supported where that value is the correction's (前日报道称…于2023年9月揭牌运营，应为2023年8月:
    "the source says 2023年8月, not 2023年9月"). A denial of the verb the claim's quote says
    was done, in the figure's own words (between the figures beside it: ``others``; 北京105款
    大模型未能通过国家备案, *…was not unveiled in September 2020*: kinds.denied_verb), is
    one too: "the statement says 未能通过"."""
    if verdict.claim is None or verdict.verdict == UNSUPPORTED:
        return verdict
    denial = denied_before(text, item.start)
    expected = verdict.expected
    if denial is not None:
        said = f"{denial}{'' if _CJK_CHAR.search(denial) else ' '}{item.figure.raw}"
    elif verdict.verdict == SUPPORTED and (turned := denied_verb(
            _between_others(text, item, others), verdict.claim.quote, verdict.claim.en,
            text)) is not None:
        said = f"{item.figure.raw} … {turned}"
    elif (untrue := untrue_said(text)) is not None:
        said = f"{item.figure.raw} is untrue ({untrue})"
    elif corrected is not None:
        if (verdict.verdict == CONTRADICTED and expected is not None
                and dates_agree(expected, corrected.figure)):
            found = FigureVerdict(item.figure, SUPPORTED, verdict.claim, expected,
                                  f"the source says {describe(expected)}, not "
                                  f"{describe(item.figure)}")
            found._stated = verdict._stated
            return found
        said = f"{item.figure.raw}, corrected to {corrected.figure.raw}"
    else:
        return verdict
    source = describe(expected) if expected is not None else "it"
    if verdict.verdict == SUPPORTED:
        denied = FigureVerdict(item.figure, CONTRADICTED, verdict.claim, expected,
                               f"the source says {source}; the statement says {said}")
    else:
        denied = FigureVerdict(item.figure, UNSUPPORTED, verdict.claim, expected,
                               f"the statement denies {item.figure.raw} ({said}); the source "
                               f"says {source}")
    denied._stated = verdict._stated
    return denied


#: what ends an English clause, but for the commas of a list (Beijing, Tianjin and Hebei)
_OWN_CLAUSE_END_EN = re.compile(r"[;:.!?](?:\s|$)|,\s+(?:and|but|while|whereas|which|as|with)\b"
                                r"|,(?=\s+(?:up|down|rising|falling|compared)\b)")


def _own_span_en(text: str, item: StatedFigure, others: Sequence[StatedFigure]) -> str:
    """An English figure's own words: from its clause's start (or the figure itself, where
    another figure stands before it in the clause) to the next figure or the clause's end."""
    opening = max((m.end() for m in _OWN_CLAUSE_END_EN.finditer(text, 0, item.start)),
                  default=0)
    start = item.start if any(opening <= o.end <= item.start for o in others
                              if o is not item) else opening
    end = min((o.start for o in others if o is not item and o.start >= item.end),
              default=len(text))
    close = _OWN_CLAUSE_END_EN.search(text, item.end, end)
    return text[start : close.start() if close else end]


def _between_others(text: str, item: StatedFigure, others: Sequence[StatedFigure]) -> str:
    """The statement's words from the figure before ``item`` to the figure after it (the
    sentence's start and end where there is none): what is said of it alone."""
    start = max((o.end for o in others if o is not item and o.end <= item.start), default=0)
    end = min((o.start for o in others if o is not item and o.start >= item.end),
              default=len(text))
    return text[start:end]


def _time_corrected(verdict: FigureVerdict, at: int, time: str) -> FigureVerdict:
    """A figure a correction notice reports before ``at``, where it corrects the time its
    figures are of to ``time`` (reading.time_corrected: …下降至180.4万人，时间应为2023年;
    …reached 74.87 billion yuan in 2023. The figure was for 2022.): it is that time's, and a
    claim of another year does not support it — unsupported, "the statement corrects its
    time to 2023年; the source gives it for 2022" — unless the claim's period is that
    year."""
    item, claim = verdict._stated, verdict.claim
    if item is None or claim is None or verdict.verdict != SUPPORTED or item.end > at:
        return verdict
    if claim.period and claim.period[:4] in YEAR.findall(time):
        return verdict
    given = f"; the source gives it for {claim.period}" if claim.period else ""
    found = FigureVerdict(item.figure, UNSUPPORTED, claim, verdict.expected,
                          f"the statement corrects its time to {time}{given}")
    found._stated = item
    return found


def _all_unsupported(statement: str, stated: Sequence[StatedFigure],
                     reason: str) -> StatementVerdict:
    """The verdict on a statement none of whose ``stated`` figures a claim can speak to,
    for one ``reason`` (a place no claim is about, a place only compared with)."""
    verdicts: list[FigureVerdict] = []
    for item in stated:
        verdict = FigureVerdict(item.figure, UNSUPPORTED, reason=reason)
        verdict._stated = item
        verdicts.append(verdict)
    return StatementVerdict(statement, UNSUPPORTED, verdicts, reason)


class _Scored(NamedTuple):
    """A relevant claim: how well its words match, and its rank (the year counted)."""

    score: float
    ranked: float
    doc: Document



class Comparer:
    """Compares statements with one knowledge base; build once, compare many."""

    def __init__(self, kb: KnowledgeBase, searcher: Searcher | None = None) -> None:
        self.kb = kb
        self.searcher = searcher or Searcher(kb)
        #: the places of the statement being compared, and which subjects speak to it
        subjects = kb.distinct("subject")
        self.places = PlaceScope(subjects, defined_names(kb.source_bytes(), subjects))
        #: the statement's dates against the date claims
        self.dates = DateJudge(kb, self.places, self._large, self._aliases,
                               lambda claim_id: self._quotes.get(claim_id))
        #: where, by whom and of whom the statement says a supported figure was given
        self.setting = Setting(kb, self._read_quote, self.paragraph_claims,
                               self._read_paragraph)
        self._words: dict[tuple[str, str], set[str]] = {}
        #: claim id → the Chinese characters of its quote (_other_body)
        self._quote_chinese: dict[str, str] = {}
        self._chinese = ""  # the statement's Chinese characters (_other_body)
        self._index: dict[str, list[tuple[str, str]]] | None = None
        self._near_cache: dict[tuple[str, str], set[str]] = {}
        #: a large base's claims by rowid: their figures' near words (_near_counts)
        self._near_by_rowid: dict[int, list[tuple[tuple[str, str], frozenset[str]]]] = {}
        self._quotes: dict[str, Sentence] = {}  # claim id → its quote read
        self._quote_reads: dict[str, Sentence] = {}  # a quote's text → it read
        self._paragraph_reads: dict[tuple[str, int, int], Sentence | None] = {}
        self._quote_texts: dict[str, str] = {}  # a quote's text, as _shared_at_most reads it
        self._claims: dict[str, Claim] = {}  # a large base's claims read from its cache
        self._metric_aliases: dict[str, tuple[str, ...]] | None = None
        self._by_value: dict[tuple[str | None, float],
                             list[tuple[Claim | Document, Figure]]] | None = None
        self._units: dict[str, frozenset[str | None] | None] = {}
        #: _placeless_query's, last made: the statement, its query and the words taken out
        self._placeless: tuple[str, Query, frozenset[str]] | None = None
        self._large_index: Any = False  # the index of a large base (on first use)
        #: the claims each claim disagrees with (_disagreeing_with), the claims of each
        #: metric and subject in a base read whole, and the vocabulary's metrics of several
        #: values (on first use)
        self._conflicts: dict[str, list[Claim]] = {}
        self._by_metric: dict[tuple[str, str], list[Claim]] | None = None
        self._several_metrics: frozenset[str] | None = None
        #: the metrics with their pairs, metrics by pair, those the vocabulary gives words for
        self._metric_pairs: tuple[list[tuple[str, frozenset[str]]], dict[str, list[int]],
                                  list[int]] | None = None
        self._alias_starts: dict[str, list[tuple[str, str]]] | None = None
        #: the places an English statement names (gazetteer keys: Beijing, Tianjin), which
        #: a claim must be about or name in its English to speak to it; empty for Chinese
        self._english_places: frozenset[str] = frozenset()
        #: the regions an English statement gives a sum over (_gives_names)
        self._english_sum: frozenset[str] = frozenset()
        #: those a claim must be about or name: not where things came from
        self._english_required: frozenset[str] = frozenset()
        #: those it names after from (42 of them from Beijing)
        self._english_from: frozenset[str] = frozenset()
        #: the names of bodies and parks an English statement gives (_names_body_en)
        self._bodies_en: list[tuple[str, ...]] = []
        #: claim id → the words of its English (_en_words)
        self._claim_en: dict[str, set[str]] = {}
        #: a base read whole's claims by (source, paragraph): _sibling_en
        self._by_paragraph: dict[tuple[str, int], list[Claim]] | None = None
        #: the statement's figures: what a figure after another is of (_about_lead)
        self._stated: list[StatedFigure] = []
        self._whens: dict[int, When] = {}  # the statement's figures' times, by id
        #: the metrics each figure's words name that relevant claims give (_own_metrics)
        self._own: dict[int, tuple[set[str], float]] = {}
        self._text = ""  # the statement being compared
        #: an English statement's words that may say what its figures are of (_said_en_words)
        self._said_words: tuple[str, frozenset[str]] | None = None
        self._befores: dict[int, str] = {}  # each figure's words before it in its clause
        self._titles: dict[int, list[str]] = {}  # the documents each figure's sentence names
        self._things: dict[int, str | None] = {}  # each figure's own words: _own_things
        self._owns_en: dict[int, set[str]] = {}  # each English figure's own words
        #: each English figure's places (its own words', its clause's) but where things
        #: came from: _gives_names
        self._places_en: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        #: the statement's figures its words contradict where the claim's figure is the
        #: same (_direction_check: expands for reduced), by id; not for _no_contradiction
        self._turned: set[int] = set()
        #: an English statement asking how many, as printed, and where its noun starts
        self._how_many: tuple[str, int] | None = None
        #: the zone a Chinese statement opens on, per text (_zone_elsewhere)
        self._opening_zone: tuple[str, tuple[str, int, frozenset[str]] | None] | None = None
        #: the claims of the statement's dates' verdicts (_milestone_unsaid)
        self._dated_claims: list[Claim] = []
        self._said_en: set[str] | None = None  # the English statement's words (_words_en)
        #: claim id → its places' keys (subject and English; its Chinese quote's): _gives_names
        self._claim_places: dict[str, tuple[frozenset[str], frozenset[str],
                                            frozenset[str]]] = {}

    def compare(self, statement: str) -> StatementVerdict:
        if len(statement) > MAX_SENTENCE:
            return StatementVerdict(statement, UNSUPPORTED, reason=(
                f"not checked: longer than {MAX_SENTENCE:,} characters (a statement is one "
                "sentence; give a draft with --text)"))
        halves = parallel_halves(statement)
        if halves is not None:
            return self._parallel(statement, halves)
        return self.judge(read_sentence(statement), statement)

    def _parallel(self, statement: str, halves: tuple[str, str]) -> StatementVerdict:
        """A bilingual line (parallel_halves): each half judged as the statement it is, and
        their figures' verdicts together, the first half's first."""
        judged = [self.judge(read_sentence(half), half) for half in halves]
        verdicts = [v for half in judged for v in half.figures]
        if not verdicts:
            return StatementVerdict(statement, UNSUPPORTED,
                                    reason=judged[0].reason or judged[1].reason)
        return StatementVerdict(statement, _overall(verdicts), verdicts,
                                "; ".join(v.reason for v in verdicts if v.reason))

    def judge(self, sentence: Sentence, statement: str | None = None, *,
              dates: bool = True, context: str = "") -> StatementVerdict:
        """The verdict on one sentence read by jjjcli.reading. A sentence whose only figures
        are dates no claim fits says when something happened, and that is unsupported
        (雄安新区于2019年4月1日设立); with ``dates`` False (a draft's sentences) it is
        left without figures, as one whose date is only a period (2023年是个好年). A
        draft's sentence that names no place is about the places of its ``context`` (the
        sentence before it that names one: compare_text)."""
        statement = sentence.original if statement is None else statement
        text = sentence.text
        stated = sentence.figures
        # the places this statement names (its dates are judged with them, not with the
        # previous statement's)
        self.places.begin(text)
        # what is kept of its figures (by their ids: an id is reused once its object is
        # freed, so none may outlive the statement) is made anew before anything is asked
        self._stated, self._whens, self._text, self._own = stated, {}, text, {}
        self._befores, self._owns_en, self._said_en, self._things = {}, {}, None, {}
        self._titles = {}
        self._places_en, self._turned = {}, set()
        # (an English question of how many, as printed: its answer's sentence is read as
        # the count of its noun, and no longer asks — jjjcli.reading)
        asked = HOW_MANY_EN.search(statement)
        self._how_many = (statement, asked.end()) if asked else None
        # (read before the claims relevant to it are: _relevance asks whether it is English)
        self._chinese = chinese_of(text)
        self._english_places = self._english_required = self._english_from = frozenset()
        self._english_sum = frozenset()
        self._bodies_en = []
        if not self._chinese:
            self._english_places = self._english_keys(text)
            if said_sum(text):
                # (Beijing, Tianjin and Hebei together: the regions whose sum it gives)
                known = gazetteer().places
                self._english_sum = frozenset(
                    key for key in self._english_places
                    if key not in COUNTRY_KEYS and known[key].members)
            # (a claim need not name where things came from: …transferred from Beijing)
            self._english_required = (self._english_keys(came_from_blanked(text))
                                      or self._english_places)
            self._english_from = self._english_keys(named_from(text))
            self._bodies_en = english_body_names(uncompared(_as_claims_spell(text)))
        dated = []
        for item in sentence.dates:
            verdict = self.dates.verdict(item, sentence)
            if verdict is not None and verdict.verdict == SUPPORTED and verdict.claim:
                # (从2019年落户宝坻 is not 于2019年落户武清: the place is wrong)
                verdict = self.setting.place_swapped(text, item, [
                    o for o in (*sentence.figures, *sentence.dates) if o is not item], verdict)
                verdict = self.setting.issuer_swapped(text, item, verdict)
                verdict = self._dated_as_planned(text, item, verdict)
                verdict = self._other_day_or_phase(item, verdict, day=False)
            if verdict is not None:
                dated.append(_denied(text, item, verdict,
                                     corrected_to(text, sentence.dates, item),
                                     [*sentence.figures, *sentence.dates]))
        if not stated and not dated:
            if not (dates and sentence.dates):
                return StatementVerdict(statement, UNSUPPORTED,
                                        reason="no figure in the statement to check")
            return self._undated(statement, sentence)
        figures = [s.figure for s in stated]
        places = self.places.listed(text)
        about = self.places.listed_about(text)
        if about and not any(known for _printed, _name, known in about):
            names = "、".join(dict.fromkeys(name for _printed, name, _known in about))
            return _all_unsupported(statement, [s for s in stated if not prose_numeral(s.figure)],
                                    f"the knowledge base has no claim about {names}")
        if not about and (compared := self.places.compared_with(text)):
            # (对照京津冀城市群，长江中游城市群…: what it compares with them is another's)
            return _all_unsupported(statement, stated, (
                f"not about {'、'.join(compared)}: the statement compares something else "
                "with it"))
        years = set(sentence.years)
        query = self._query(text)
        mentioned = self.places.mentioned_subjects(text)
        # a draft's sentence that names no place: its paragraph's (context)
        context = context if context and (
            not (mentioned or self.places.stated) or self.places.only_origins(text)) else ""
        relevance, exact = self._relevance(query, text, mentioned, figures,
                                           years | {y for s in stated for y in s.period})
        verdicts: list[FigureVerdict] = []
        self._dated_claims = [v.claim for v in dated if v.claim is not None]
        running: list[StatedFigure] = []  # prose counts left out (连续三年): counts_running
        for item in stated:
            others = [s for s in stated if s is not item]
            verdict = self._figure_verdict(item, relevance, others)
            if verdict.verdict != SUPPORTED:
                verdict = self._exact_support(
                    item, others, exact, verdict.verdict == CONTRADICTED) or verdict
            if verdict.verdict != SUPPORTED:
                verdict = self._stating(item, others, text, mentioned) or verdict
            if verdict.verdict != SUPPORTED and not self._chinese:
                verdict = self._stating_en(item, text, mentioned) or verdict
            if verdict.verdict == UNSUPPORTED and verdict.claim is None:
                verdict = self._clause_support(item, others, text, mentioned, years) or verdict
            verdict = self._support_checked(item, verdict, others, relevance, years)
            disagreeing = verdict.verdict == UNSUPPORTED and verdict.claim is None
            if disagreeing:
                verdict = self._disagreeing(item, others, text, mentioned) or verdict
            if verdict.verdict == UNSUPPORTED and verdict.claim is None and not self._chinese:
                found = self._disagreeing_en(item, relevance, text, mentioned)
                if found is not None and not self._given_to_another_en(item, found, verdicts):
                    verdict = found
            if verdict.verdict == CONTRADICTED and disagreeing:
                # (found by its words alone: held to the body they name first)
                verdict = self.setting.named_first(text, item, verdict)
            held = (self._order_held(item, [v.claim for v in [*dated, *verdicts] if v.claim])
                    if verdict.verdict == UNSUPPORTED and verdict.claim is None else None)
            verdict = held or verdict
            if held is None and prose_numeral(item.figure) and item.figure.unit != "届" and (
                    not _RANKED.search(text, 0, item.start)) and (
                    (verdict.verdict == UNSUPPORTED and not (
                        verdict.claim is not None and verdict.expected is not None
                        and _ordinal(verdict.expected) != _ordinal(item.figure)))
                    or (verdict.verdict == CONTRADICTED and not item.figure.unit
                        and not in_english_words(item.figure.raw))):
                # 一批, 关键一年: not a figure the knowledge base sets out to cover; but an
                # edition (第一届) is one, and a rank (稳居全球第八), and a count of years the
                # sources give otherwise is wrong (连续三年 for 连续两年), where 第三 of 第三产业
                # is only a name; a count in English words the sources give otherwise is
                # wrong too (nine zones for 7个, as 九个 for 7个)
                running.append(item)
                continue
            if verdict.verdict == SUPPORTED and verdict.claim and verdict.expected:
                # (after prose is left out: exactly twenty days is kept, 整整一天 too, and
                # 压缩至一天 for the source's 1—2天)
                verdict = self._range_end(item, verdict, relevance, text)
                verdict = _said_exactly(text, item, verdict)
                verdict = _bound_at_its_value(item, verdict)
                verdict = self._counted_apart(item, verdict)
                verdict = self._recovered(item, verdict)
                verdict = self._ranked_unsaid(item, verdict)
                verdict = self._milestone_unsaid(item, verdict)
                verdict = self._other_day_or_phase(item, verdict)
                verdict = self._goal_year_unsaid(item, verdict)
            verdict = self._no_contradiction(item, verdict)
            verdict = self._part_states_it(item, verdict)
            verdict = self._sector_unsaid(item, verdict)
            verdict = self._relative_year(item, verdict, text)
            verdict = self._sum_of_parts(item, verdict)
            if verdict.verdict == SUPPORTED and verdict.claim:
                verdict = self.setting.lies_otherwise(text, item, stated, verdict)
                verdict = self.setting.numbered_otherwise(text, item, stated, verdict)
                verdict = self.setting.listed_otherwise(text, item, verdict)
                verdict = self.setting.examples_otherwise(text, item, verdict)
                verdict = self.setting.issuer_swapped(text, item, verdict)
                verdict = self.setting.all_for_part(text, item, verdict)
                verdict = self._all_for_part_en(item, verdict)
                verdict = self.setting.moved_otherwise(text, item, verdict)
                verdict = self._member_for_list_en(item, verdict)
                verdict = self._whole_of_part(item, verdict)
            if self._chinese:
                verdict = self._batches_give(item, verdict) or verdict
            if verdict.verdict != UNSUPPORTED and verdict.claim and item.figure.unit != "届":
                verdict = self._other_edition(item, verdict)
            if verdict.verdict == CONTRADICTED:
                # (a place said alone: what another claim gives says nothing of it)
                verdict = self._alone_gives(item) or verdict
            if verdict.verdict == UNSUPPORTED and verdict.claim is None:
                # (a claim of the statement's own place giving the value for another thing
                # first: 旅客…增长3.7% is Tianjin's 货物's, before it is Hebei's)
                verdict = (self._each_gives(item, relevance) or self._other_thing_gives(item)
                           or self._alone_gives(item)
                           or self._counted_gives(item) or self._whole_or_part_gives(item)
                           or verdict)
            verdict, settled = self._rejected(text, item, verdict, verdicts)
            if not (settled or self._replaced_from(text, item, verdict)):
                verdict = _denied(text, item, verdict,
                                  others=[*sentence.figures, *sentence.dates])
            own = [(name, known) for printed, name, known in places if printed in item.words]
            unknown = list(dict.fromkeys(name for name, known in own if not known))
            if unknown and verdict.verdict == CONTRADICTED:
                # its own words name a place no claim is about (北京和上海…分别为…)
                verdict = FigureVerdict(
                    item.figure, UNSUPPORTED, verdict.claim, verdict.expected,
                    f"the knowledge base has no claim about {'、'.join(unknown)} "
                    f"({verdict.reason or 'a claim elsewhere states ' + describe(item.figure)})")
            verdict._stated = item
            verdicts.append(verdict)
        if dates and sentence.dates:
            dated += self._dated_by_figures(sentence, dated, verdicts)
        verdicts = [self.setting.printed_beside(text, v, verdicts) for v in verdicts]
        verdicts = self._companions(verdicts, exact, relevance, years)
        verdicts = [self._rejected_otherwise(text, v, verdicts) for v in verdicts]
        if (retimed := time_corrected(text)) is not None:
            verdicts = [_time_corrected(v, *retimed) for v in verdicts]
        verdicts = self.setting.years_back(text, verdicts)
        if context:
            verdicts = [self._elsewhere_in_context(v, context) for v in verdicts]
        if not (mentioned or places or self._english_places):
            # (a draft's sentence points to what its context names: _elsewhere_in_context)
            verdicts = self._one_subject(
                verdicts if context else self._pointing_elsewhere(verdicts, text))
        verdicts += self.setting.counts_running(text, running, verdicts)
        verdicts = self._conversions(text, verdicts)
        verdicts = _comparisons_turned(text, verdicts)
        verdicts = _from_to_turned(text, verdicts)
        verdicts = sorted([self._disputed(v) for v in verdicts + dated],
                          key=lambda v: v._stated.start if v._stated is not None else 0)
        if not verdicts and dates and sentence.dates:
            return self._undated(statement, sentence)  # (its numerals in prose left out)
        if not verdicts:
            return StatementVerdict(statement, UNSUPPORTED, reason=(
                "no figure in the statement to check (only numerals in prose such as "
                f"{'、'.join(f.raw for f in figures[:3])})"))
        reason = "; ".join(v.reason for v in verdicts if v.reason)
        return StatementVerdict(statement, _overall(verdicts), verdicts, reason)

    @staticmethod
    def _conversions(text: str, verdicts: list[FigureVerdict]) -> list[FigureVerdict]:
        """A figure's conversion printed in brackets after it (100 billion yuan (about
        US$14 billion), 62 km (about 38.5 miles)) judged by the figure it converts, which
        no claim gives (jjjcli.conversions): as that figure's verdict where it converts
        right, "a conversion of 100 billion yuan (at 7.1 yuan to the US dollar)";
        contradicted where it does not and that figure is supported ("62 km is about 38.5
        英里, not 60 英里"); a conversion of a figure no claim supports, unsupported."""
        from jjjcli.conversions import (
            conversion_reason,
            converted,
            opens_conversion,
            restates,
            unit_after,
        )

        placed = sorted(((v._stated, v) for v in verdicts if v._stated is not None),
                        key=lambda pair: pair[0].start)
        judged: dict[int, FigureVerdict] = {}
        for (first, before), (item, verdict) in itertools.pairwise(placed):
            if (how := restates(text, first.end, item.start, in_words=not any(
                    ch.isdigit() for ch in item.figure.raw))) is not None:
                restated = _restatement(first, before, item, verdict, how)
                if restated is not None:
                    judged[id(restated[0])] = restated[1]
                continue
            if not opens_conversion(text, first.end, item.start):
                continue
            figure = before.expected if before.verdict == SUPPORTED and before.expected \
                else first.figure
            found = converted(figure, unit_after(text, first.end, figure.unit), item.figure,
                              unit_after(text, item.end, item.figure.unit))
            if found is None:
                continue
            agrees, how = found
            reason = conversion_reason(figure, how, agrees, item.figure)
            if agrees:
                outcome = SUPPORTED if before.verdict == SUPPORTED else UNSUPPORTED
            else:
                outcome = CONTRADICTED if before.verdict == SUPPORTED else UNSUPPORTED
            judged[id(verdict)] = FigureVerdict(item.figure, outcome, before.claim,
                                                before.expected, reason)
            judged[id(verdict)]._stated = item
        return [judged.get(id(v), v) for v in verdicts]

    def _query(self, text: str) -> Query:
        """The search query a statement (or a clause of one) is matched with: a Chinese
        one's text with the metrics its words of the vocabulary stand for; an English one's
        as the claims' English writes its places and bodies."""
        # a word the metric vocabulary gives for a metric (经济体量) stands for its name
        normalized = normalize(text)
        if self._alias_starts is None:
            self._alias_starts = by_first_character(
                (w, name) for name, words in self._aliases().items() for w in words[1:])
        found = named_in(normalized, self._alias_starts)
        named = [name for name in self._aliases() if name in found]
        if _CJK_CHAR.search(text):
            # (a speaker's hedges, 如果我没记错, 差不多, left out: no quote has their words,
            # which would only dilute the statement's)
            return self.searcher.parse(" ".join([SPOKEN_HEDGES_ZH.sub(" ", text), *named]))
        # an English statement is matched against the claims' English as written: its
        # place names stay words ("Beijing, Tianjin and Hebei" is in the claims' `en`)
        from jjjcli.aliases import BUILT_IN, Vocabulary

        # a place named otherwise than the claims' English names it (Jing-Jin-Ji,
        # sub-center, Xiongan) is read by that name (Beijing-Tianjin-Hebei, sub-centre,
        # Xiong'an); China and nationwide are both in the claims' English
        from jjjcli.places import english_name

        english = _as_claims_spell(text)
        for n in self.places.named(text):
            name = english_name(n.place.name) if n.place.name != "全国" else None
            if name and not (set(WORD.findall(name.lower()))
                             & set(WORD.findall(n.printed.lower()))):
                english = english.replace(n.printed, name)  # (not Tongzhou District)
        return parse_query(english, vocabulary=Vocabulary((), BUILT_IN.chinese))

    def _clause_support(self, item: StatedFigure, others: list[StatedFigure], text: str,
                        mentioned: set[str], years: set[str]) -> FigureVerdict | None:
        """Support for a figure of a statement of several clauses that no claim was found to
        speak to by the whole statement's words, from the claims its own clause's words find
        (算力破万P，不少运营商、数据服务机构落户; *Beijing razes 240 mln sq m of illegal
        buildings, forest cover hits 44.8 pct*: the other clauses' words are other claims').
        The places are the whole statement's. Only support is taken: a claim the clause's
        words find with another value does not contradict what the whole did not."""
        clause = (None if prose_numeral(item.figure) or item.figure.unit in ("年", "周年")
                  else _own_clause(text, item))
        if clause is None:
            return None  # (a numeral in prose, a count of years — 近十年 — is read with its
            # sentence's other figures: Comparer._companions)
        # words enough of its own beside the places it names (not *42 are from Tianjin*)
        if self._chinese:
            rest = clause.replace(item.figure.raw, " ")
            for named in gazetteer().find(rest):
                rest = rest.replace(named.printed, " ")
            if len(_CJK_CHAR.findall(rest)) < CLAUSE_WORDS + 1:
                return None
        elif len({w for w in _words_of_en(clause) - _STOP_EN_WORDS - place_words_en(clause)
                  if not any(ch.isdigit() for ch in w)}) < CLAUSE_WORDS:
            return None
        relevance, _exact = self._relevance(self._query(clause), text, mentioned,
                                            [item.figure], years | set(item.period))
        if not relevance:
            return None
        verdict = self._figure_verdict(item, relevance, others)
        if verdict.verdict != SUPPORTED or verdict.claim is None or verdict.expected is None:
            return None
        # the clause's words match the claim's closely, or the figure's own words describe
        # its figure (its metric, or its words in the quote)
        score = next((s.score for s in relevance if s.doc.id == verdict.claim.id), 0.0)
        if score < CLAUSE_RELEVANCE and self._word_alignment(
                item, verdict.claim, verdict.expected) < ALIGN_METRIC:
            return None
        # (a claim printing the clause with another value undoes it, among the claims the
        # clause's words find: 高铁已覆盖…，京雄津保唐“半小时交通圈”)
        return self._printed_elsewhere(item, verdict, relevance)

    def _clause_relevance(self, item: StatedFigure, text: str,
                          years: set[str]) -> list[_Scored]:
        """The claims a figure's own clause's words find, about the places it names, for a
        figure of a Chinese statement of several clauses that the whole statement's words
        found none for (its support came from a claim holding its value: _stating)."""
        clause = _own_clause(text, item) if self._chinese else None
        if clause is None:
            return []
        return self._relevance(self._query(clause), clause,
                               self.places.mentioned_subjects(clause), [item.figure],
                               years | set(item.period))[0]

    def paragraph_claims(self, claim: Claim) -> list[Claim]:
        """The claims of a claim's paragraph (itself too), in a base read whole; none in a
        large one (its claims are not grouped by paragraph): _sibling_en and
        Setting.counts_running ask."""
        if self._large() is not None:
            return []
        if self._by_paragraph is None:
            grouped: dict[tuple[str, int], list[Claim]] = {}
            for one in self.kb:
                grouped.setdefault((one.source, one.first), []).append(one)
            self._by_paragraph = grouped
        return self._by_paragraph.get((claim.source, claim.first), [])

    def _disputed(self, verdict: FigureVerdict) -> FigureVerdict:
        """Support from a claim the sources contradict elsewhere (`jjj conflicts`: 520家
        where another paragraph prints 502家): still supported, as a source prints it, with
        a reason naming each claim that disagrees and what it gives — a journalist printing
        it should know."""
        claim = verdict.claim
        if verdict.verdict != SUPPORTED or claim is None:
            return verdict
        others = self._disagreeing_with(claim)
        if not others:
            return verdict
        said = "; ".join(f"{o.id} gives {'、'.join(f.raw for f in o.figures)}"
                         for o in others[:DISPUTES_NAMED])
        more = len(others) - DISPUTES_NAMED
        reason = f"the sources disagree: {said}" + (f"; and {more} more" if more > 0 else "")
        disputed = FigureVerdict(verdict.figure, SUPPORTED, claim, verdict.expected,
                                 f"{verdict.reason}; {reason}" if verdict.reason else reason)
        disputed._stated = verdict._stated
        return disputed

    def _disagreeing_with(self, claim: Claim) -> list[Claim]:
        """The claims of a claim's metric and subject that cannot be true with it
        (conflicts.disagreeing, as `jjj conflicts` pairs them), kept per claim."""
        from jjjcli.conflicts import disagreeing

        found = self._conflicts.get(claim.id)
        if found is None:
            group = self._claims_about(claim.metric, claim.subject)
            found = disagreeing(claim, group, self._several()) if len(group) > 1 else []
            if len(self._conflicts) > KEPT_LOOKUPS:
                self._conflicts = {}
            self._conflicts[claim.id] = found
        return found

    def _claims_about(self, metric: str, subject: str) -> list[Claim]:
        """The claims on ``metric`` about ``subject``: from the index of a large base, else
        from every claim, grouped once."""
        index = self._large()
        if index is not None:
            return list(index.with_metrics([metric], subject))
        if self._by_metric is None:
            grouped: dict[tuple[str, str], list[Claim]] = {}
            for one in self.kb:
                grouped.setdefault((one.metric, one.subject), []).append(one)
            self._by_metric = grouped
        return self._by_metric.get((metric, subject), [])

    def _several(self) -> frozenset[str]:
        """The metrics of several values at once (conflicts.several_metrics), read once."""
        if self._several_metrics is None:
            from jjjcli.conflicts import several_metrics

            self._several_metrics = several_metrics(self.kb.root)
        return self._several_metrics

    def _dated_by_figures(self, sentence: Sentence, dated: list[FigureVerdict],
                          verdicts: list[FigureVerdict]) -> list[FigureVerdict]:
        """The dates of a sentence no date claim was found for by the words around them,
        judged again as dates of what its supported figures are about: 示范区于2020年完成
        终期评估，…6大类43项考核指标达标率100% names its zone only as 示范区, but its figures are
        the 平谷—蓟州—廊坊北三县 zone's, whose final evaluation the sources date 2021年. Only
        a claim on one of those subjects decides."""
        subjects = frozenset(v.claim.subject for v in verdicts
                             if v.verdict == SUPPORTED and v.claim is not None)
        if not subjects:
            return []
        judged = {id(v._stated) for v in dated}
        found = []
        for item in sentence.dates:
            if id(item) in judged:
                continue
            verdict = self.dates.verdict(item, sentence, also=subjects)
            if verdict is not None and verdict.claim is not None and (
                    verdict.claim.subject in subjects):
                found.append(_denied(sentence.text, item, verdict))
        return found

    def _elsewhere_in_context(self, verdict: FigureVerdict, context: str) -> FigureVerdict:
        """A contradiction of a draft's sentence that names no place, by a claim about a
        place its paragraph does not name (``context``: the sentence before it that names
        one): made unsupported — 完成集装箱吞吐量2219万标准箱 after 天津港…, against 河北's
        498.3万, is not wrong; the reader takes it as 天津港's. Another time's value of such a
        claim (the source gives … for 2022) names whose it is. Support is left as it is."""
        claim = verdict.claim
        if claim is None or not (verdict.verdict == CONTRADICTED or (
                verdict.verdict == UNSUPPORTED and verdict.reason.startswith("the source gives"))):
            return verdict
        places = self.places
        mentioned = places.mentioned_subjects(context)
        if not (mentioned or places.stated_in(context)):
            return verdict
        stated, places.stated = places.stated, places.stated_in(context)
        try:
            speaks = places.speaks_about(claim.subject, mentioned, context)
        finally:
            places.stated = stated
        if speaks:
            return verdict
        why = "the sentence names no place of its own, and the one before it names another"
        if verdict.verdict == UNSUPPORTED:  # (another time's value: whose, the reason says)
            reason = f"{verdict.reason} (of {claim.subject}; {why})"
        else:
            said = describe(verdict.expected or verdict.figure)
            reason = f"the source says {said} of {claim.subject}; {why}"
        unsupported = FigureVerdict(verdict.figure, UNSUPPORTED, claim, verdict.expected, reason)
        unsupported._stated = verdict._stated
        return unsupported

    def _support_checked(self, item: StatedFigure, verdict: FigureVerdict,
                         others: list[StatedFigure], relevance: list[_Scored],
                         years: set[str]) -> FigureVerdict:
        """A figure's verdict held to what the statement says beside its value: the checks
        every figure a claim supports is held to, whether found by the figure's own words
        or as a companion of another figure (_companions), and those a contradicted one is
        (the multiple, the body named first, the place it is placed in)."""
        text = self._text
        if verdict.verdict == SUPPORTED and verdict.claim:
            verdict = self._printed_elsewhere(
                item, verdict, relevance or self._clause_relevance(item, text, years))
        if verdict.verdict == SUPPORTED and verdict.claim and verdict.expected:
            verdict = self._direction_check(item, verdict)
        if verdict.verdict != UNSUPPORTED and verdict.claim and verdict.expected:
            verdict = self._multiple_check(item, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim:
            verdict = self.setting.said_by(text, item, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim:
            verdict = self.setting.set_at(text, item, verdict)
        if verdict.verdict in (SUPPORTED, CONTRADICTED) and verdict.claim:
            verdict = self.setting.named_first(text, item, verdict)
        if verdict.verdict in (SUPPORTED, CONTRADICTED) and verdict.claim:
            verdict = self.setting.placed_in(text, item, verdict, self.places.keys)
        if verdict.verdict == SUPPORTED and verdict.claim:
            verdict = self.setting.bodies_named(text, item, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim:
            verdict = self.setting.data_from(text, item, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim:
            verdict = self.setting.place_swapped(text, item, others, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim:
            verdict = self.setting.compared_otherwise(text, item, others, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim and self._chinese:
            verdict = self._more_places_named(item, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim and verdict.expected:
            verdict = self._stage_otherwise(item, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim and not self._chinese:
            verdict = self._part_unsaid_en(item, verdict)
        if verdict.verdict != UNSUPPORTED and verdict.claim and not self._chinese:
            verdict = self._share_for_count_en(item, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim and self._chinese:
            verdict = self._denied_in_source(item, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim and self._chinese:
            verdict = self.setting.together_otherwise(text, item, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim:
            verdict = self._grade_otherwise(item, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim:
            verdict = self._moved_otherwise(item, verdict)
        if verdict.verdict == SUPPORTED and verdict.claim and not self._chinese:
            verdict = self._counted_otherwise_en(item, verdict)
        return verdict

    def _moved_otherwise(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A support undone: the statement says the bodies it counts moved out of a place
        (17家央企二、三级子公司从通州迁出; moved out of) where the claim's quote (its English,
        for an English statement) says they moved in (落户通州; settled in), in the figure's
        clause (kinds.moved_otherwise): contradicted, "the source says 17 家, and says 落户;
        the statement says 迁出"."""
        claim = verdict.claim
        assert claim is not None
        theirs = claim.quote if self._chinese else claim.en
        clause = (clause_around(self._text, item.start, item.end) if self._chinese
                  else _clause_en(self._text, item))
        moved = moved_otherwise(clause, theirs)
        if moved is None:
            return verdict
        said, its = moved
        found = FigureVerdict(item.figure, CONTRADICTED, claim, verdict.expected,
                              f"{source_says(item, verdict)}, and says {its}; the statement "
                              f"says {said}")
        found._stated = verdict._stated
        return found

    def _grade_otherwise(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A support undone: the statement gives what its figure counts a grade or class
        (国家级, 规上, 三甲; national-level, per-capita, high-speed) in the figure's own words
        that the claim's quote, subject, metric and English do not give (kinds.grade_unsaid):
        unsupported, "the source says 10 个, and does not say 国家级". An English figure's own
        words run from its clause's start (a list of places splits none: *Per-capita GDP in
        Beijing, Tianjin and Hebei … was 1.8 times*) to the next figure, and from the figure
        itself where another stands before it in the clause (*7 national-level reform cases
        and 11 municipal-level innovation cases*)."""
        claim = verdict.claim
        assert claim is not None
        theirs = f"{claim.quote} {claim.subject} {claim.metric} {claim.en}"
        if self._chinese:
            clause = clause_around(self._text, item.start, item.end)
        else:
            clause = _own_span_en(self._text, item, self._stated)
        grade = grade_unsaid(clause, theirs, bool(self._chinese))
        if grade is None:
            return verdict
        return given_otherwise(item, verdict,
                               f"{source_says(item, verdict)}, and does not say {grade}")

    def _counted_otherwise_en(self, item: StatedFigure,
                              verdict: FigureVerdict) -> FigureVerdict:
        """A support undone: an English count of people (1,100 high-tech professionals, 70
        visitors) where the claim's English counts bodies or things only (1,100
        enterprises, 70 projects and companies), or the other way round
        (kinds.counted_kind_en): unsupported, "the source says more than 1,100 家, of
        enterprises, not professionals"."""
        claim = verdict.claim
        assert claim is not None
        kinds = counted_kind_en(self._text[item.end : self._between_figures(item)[1]],
                                claim.en)
        if kinds is None:
            return verdict
        mine, its = kinds
        return given_otherwise(item, verdict,
                               f"{source_says(item, verdict)}, of {its}, not {mine}")

    def _companions(self, verdicts: list[FigureVerdict], exact: list[_Scored],
                    relevance: list[_Scored], years: set[str]) -> list[FigureVerdict]:
        """A figure no claim speaks to, supported by a claim that states it exactly, whose
        words match less than a relevant claim's (MIN_RELEVANCE_EXACT) and that is of the
        paragraph of a claim supporting another figure of the statement, and of its subject
        or a place holding it or inside it (_related_subjects): the sentence's figures are
        told together (…reached 312 million US dollars, with average annual growth of as
        much as 27 percent: 27% is the growth of those 312 million)."""
        held = {(v.claim.source, v.claim.first, v.claim.subject) for v in verdicts
                if v.verdict == SUPPORTED and v.claim}
        if not held:
            return verdicts
        told = [s for s in exact if any(
            (self._claim(s.doc).source, self._claim(s.doc).first) == (source, first)
            and self._related_subjects(s.doc.subject, subject)
            for source, first, subject in held)]
        if not told:
            return verdicts
        result = []
        for v in verdicts:
            item = v._stated
            if v.verdict == UNSUPPORTED and v.claim is None and item is not None:
                others = [s for s in self._stated if s is not item]
                # (its lead is the supported figure, the claims' paragraph the same)
                found = self._exact_from(item, told, self._when(item), False, others,
                                         overturning=False, rounded=True)
                if found is not None:
                    # (held to what its words say, as any figure a claim supports: 年均降幅达27%
                    # is not the 年均增速 of 3.12亿美元)
                    found = self._support_checked(item, found, others, relevance, years)
                if found is not None:
                    found._stated = item
                    v = found
            result.append(v)
        return result

    def _related_subjects(self, a: str, b: str, *, holding: bool = True) -> bool:
        """The same subject, one named in the other (中科拜克…公司 and its 猫三联生产线), or,
        ``holding``, places one holding the other (北京市 in 京津冀); not two beside each
        other (天津市's and 河北省's port figures in one paragraph)."""
        if a in b or b in a:
            return True
        places = gazetteer()
        return holding and any(places.contains(x, y) or places.contains(y, x)
                               for x in self.places.keys(a) for y in self.places.keys(b))

    def _one_subject(self, verdicts: list[FigureVerdict]) -> list[FigureVerdict]:
        """In a statement that names no place or subject, the figures are about the one
        its supported figures' claims are about: a contradiction from a claim about
        another, not named in it nor naming it (京津冀's 6.9% against a 年均增速 beside the
        sub-centre's 经济总量突破千亿元: the whole's figure is not the part's) is
        unsupported, with what that claim says. A figure whose value a claim gives, left
        unsupported only for who said it or where (孙艳东介绍，…投产产值将达到1亿元), tells its
        subject as a supported one does."""
        subjects = {v.claim.subject for v in verdicts if v.claim and (
            v.verdict == SUPPORTED or (v.verdict == UNSUPPORTED and v.expected is not None
                                       and v.figure is not None
                                       and figures_equal(v.expected, v.figure)))}
        if not subjects:
            return verdicts
        held = []
        for v in verdicts:
            if v.verdict == CONTRADICTED and v.claim and not any(
                    self._related_subjects(v.claim.subject, s, holding=False)
                    for s in subjects):
                said = describe(v.expected) if v.expected else "otherwise"
                other = FigureVerdict(
                    v.figure, UNSUPPORTED, v.claim, v.expected,
                    f"the source says {said} of {v.claim.subject}, which the statement "
                    f"does not name (its other figures are {'、'.join(sorted(subjects))}'s)")
                other._stated = v._stated
                v = other
            held.append(v)
        return held

    @staticmethod
    def _pointing_elsewhere(verdicts: list[FigureVerdict], text: str) -> list[FigureVerdict]:
        """In a statement that names no place or subject and opens on what it points back to
        (该项目…, 这个园区…, 此次…: named in a sentence before it) or on a kind of body it does
        not name (科技园内…), a contradiction from a claim whose subject has none of the
        words it points with is unsupported: 该项目一期总投资20亿元 is not 天津市's 1.5万亿元
        of projects taken in, nor 科技园内专精特新企业累计已达30家 京津冀's 14,042;
        该交通枢纽将集成…6条城市轨道交通 is still 北京城市副中心站交通枢纽's to contradict. Nor
        one that opens on a body's or a project's own name that the claim's subject and quote
        do not give (塞罕坝机械林场森林覆盖率达82% is not 雄安新区's 34%, 莱伯泰科…生产项目
        总投资5亿元 not 天津市's 1.5万亿元)."""
        pointing = _POINTING.match(text)
        bare = None if pointing is not None else _BARE_BODY.match(text)
        named = None if pointing is not None or bare is not None else (
            _NAMED_BODY.match(text) or _NAMED_PROJECT.match(text))
        if pointing is not None:
            start, where = pointing.end(), f"points to something named before it ({pointing[1]}…)"
        elif bare is not None:
            start, where = bare.start(1), f"speaks of a {bare[1]} it does not name"
        elif named is not None:
            start, where = 0, f"speaks of {named[1]}, which it does not name"
        else:
            return verdicts
        held = []
        for v in verdicts:
            item = v._stated
            if (v.verdict == CONTRADICTED and v.claim is not None and item is not None
                    and item.start > start):
                words = bigrams(normalize(text[start : item.start]))
                subject = normalize(v.claim.subject)
                if named is not None:  # (its own name's words, in the subject or the quote)
                    words = bigrams(named[2])
                    subject += normalize(v.claim.quote)
                if not (words & bigrams(subject)
                        or (bare is not None and _BODY_HEADS[bare[1]] in subject)):
                    said = describe(v.expected) if v.expected else "otherwise"
                    other = FigureVerdict(
                        v.figure, UNSUPPORTED, v.claim, v.expected,
                        f"the source says {said} of {v.claim.subject}; the statement {where}")
                    other._stated = item
                    v = other
            held.append(v)
        return held

    def _no_contradiction(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A contradiction that is none, made unsupported with what the source says: a bound
        the source's figure meets ("30+" and 37, 83分钟以内 and 40分钟以内: "which the
        statement's … allows"), or one its round figure may or may not meet (超过4900家 and
        近5000家: "which does not settle the statement's …"); one batch's figure against
        several batches' together (首批103项 and 先后三批次…308项); a bare number against a
        percentage (提高了0.348 against 56.86%: what it measures is not said)."""
        expected, stated = verdict.expected, item.figure
        if verdict.verdict != CONTRADICTED or expected is None or expected.unit == "date":
            return verdict
        if id(item) in self._turned:
            return verdict  # (contradicted by its words, expands for reduced, not its value)
        bound = stated.qualifier in ("more-than", "at-least", "less-than", "up-to")
        if figures_agree(expected, stated) and (
                allows(stated, expected) or (expected.qualifier == "exact" and bound)):
            says = f"which the statement's {describe(stated)} allows"
        elif (bound and expected.qualifier in ("about", "nearly")
              and not bound_fails(stated, expected)):
            says = f"which does not settle the statement's {describe(stated)}"
        elif round_holds(expected, stated) or bound_reaches(expected, stated):
            # (10990公里 against 近1.1万公里: the source's round figure holds it; 10500公里
            # against 超1万公里, as far as its bound reaches)
            says = f"which the statement's {describe(stated)} is within"
        elif (vague(stated) and verdict.claim is not None
              and normalize(stated.raw) in normalize(verdict.claim.quote)):
            # (合同额从最初的几千万元到…突破5亿元: the quote prints the vague figure, beside
            # the one it gives; it records no value for it)
            says = f"and prints the statement's {stated.raw} without a value"
        elif verdict.claim is not None and (batches := one_batch_of_several(
                self._text, item.start, self._quoted(verdict.claim, expected))):
            # (首批承接103项 against 先后三批次承接308项: the sources do not say what one
            # batch held)
            says = f"for {batches[1]} together, not for {batches[0]}"
        elif (stated.unit is None and expected.unit in ("%", "个百分点", "‰")
              and any(ch.isdigit() for ch in stated.raw)):
            # (高质量发展指数提高了0.348 is the index's points, not the source's 56.86%)
            says = f"and the statement's {describe(stated)} says no percentage"
        elif (verdict.claim is not None and not item.period
              and _one_year(verdict.claim.period)
              and _SINCE_EVENT.search(clause_around(self._text, item.start, item.end)
                                      if self._chinese else _clause_en(self._text, item))):
            # (绿色通道开通以来已运输货物超10万标箱: a total since it opened, not 2023's)
            says = "not a total since then"
        else:
            return verdict
        claim = verdict.claim
        when = f" for {claim.period}" if claim and claim.period else ""
        return FigureVerdict(stated, UNSUPPORTED, claim, expected,
                             f"the source says {describe(expected)}{when}, {says}")

    def _part_states_it(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A contradiction where a claim of the same metric about a part of the
        contradicting claim's subject, named after it (京津冀自贸试验区 of 京津冀), states the
        statement's figure itself: unsupported, naming both — the statement may give the
        part's figure for the whole, or name the part loosely (京津冀推动203项…“同事同标”: the
        sources give 203项 for the free trade zones and 179项 for the region)."""
        claim, stated = verdict.claim, item.figure
        if verdict.verdict != CONTRADICTED or claim is None or verdict.expected is None:
            return verdict
        when = self._when(item)
        for doc, figure in self._holding(stated)[:HOLDING_READ]:
            if (doc.metric == claim.metric and doc.subject != claim.subject
                    and doc.subject.startswith(claim.subject)
                    and figure.qualifier == stated.qualifier and figures_equal(figure, stated)
                    and same_period(when, doc.period) is not False):
                part = self._as_claim(doc)
                return FigureVerdict(stated, UNSUPPORTED, part, figure, (
                    f"the source gives {describe(figure)} for {part.subject}, and "
                    f"{describe(verdict.expected)} for {claim.subject}"))
        return verdict

    def _sector_unsaid(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A contradiction of a Chinese figure whose own words narrow what it counts to a
        sector (农业科技成果120项) by a claim that counts the thing with no sector named in
        its quote or metric (共推介优秀科技成果200余项): made unsupported, "the source gives
        more than 200 项 for 科技成果, not 农业科技成果" — the sources do not say how many of
        them were the sector's."""
        claim = verdict.claim
        if verdict.verdict != CONTRADICTED or claim is None or not self._chinese:
            return verdict
        narrowed = _SECTOR_THING.search(item.words)
        if narrowed is None:
            return verdict
        theirs = normalize(f"{claim.quote} {claim.metric}")
        if any(sector in theirs for sector in _SECTORS):
            return verdict
        thing = next((narrowed[2][:size] for size in range(len(narrowed[2]), 1, -1)
                      if narrowed[2][:size] in theirs), None)
        if thing is None:
            return verdict
        return FigureVerdict(item.figure, UNSUPPORTED, claim, verdict.expected,
                             f"the source gives {describe(verdict.expected or item.figure)} "
                             f"for {thing}, not {narrowed[1]}{thing}")

    def _sum_of_parts(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A contradiction of a figure its words give as a sum (合计, 加起来, 共计), a
        difference (比…少69人, 远50公里) or a part (其中, 备案大模型中已有60款) by a claim whose
        figure is not one of the kind: made unsupported — jjj does not add the parts up or
        take one value from another (北京与河北及周边游客合计占48% is 21.7% and 26.3%, not
        26.3%; 比应出席人数少69人 is 2162 − 2093, not 2162)."""
        if verdict.verdict != CONTRADICTED or verdict.claim is None:
            return verdict
        if verdict.expected is not None and self._items_joined(item, verdict.claim,
                                                               verdict.expected):
            return FigureVerdict(item.figure, UNSUPPORTED, verdict.claim, verdict.expected,
                                 f"a sum jjj does not work out; {verdict.reason}")
        before = self._before(item)
        # (a difference is told by the words right before the figure: 比…少69人; a claim's
        # figure is one where its words compare: 高出全国1.71个百分点)
        found = next(((kind, test, claimed) for kind, test, claimed in _ARITHMETIC
                      if test(before if kind == "a difference" else before + item.words)),
                     None)
        if found is None:
            return verdict
        kind, _test, claimed = found
        quoted = self._in_quote(verdict.claim, verdict.expected) if verdict.expected else None
        if quoted is not None and claimed(quoted.words):
            return verdict  # (the claim's figure is one of the kind too)
        return FigureVerdict(item.figure, UNSUPPORTED, verdict.claim, verdict.expected,
                             f"{kind} jjj does not work out; {verdict.reason}")

    def _items_joined(self, item: StatedFigure, claim: Claim, figure: Figure) -> bool:
        """Whether the statement's figure's own words join (和, 与, 及, 、) what the claim's
        quote gives two figures of the unit for, one on each side: the claim's figure and
        another's (18项国家级和市级改革创新案例 is 7项国家级改革案例 and 11项市级创新案例 added
        up, not the 7)."""
        words = normalize(item.words)
        joins = [m.start() for m in _JOINED.finditer(words)]
        if not joins:
            return False
        quoted = self._in_quote(claim, figure)
        if quoted is None:
            return False
        mine = bigrams(normalize(quoted.words))
        for other in self._read_quote(claim).figures:
            if other is quoted or not units_match(other.figure, figure, claim.metric,
                                                  counts_alike=False):
                continue
            theirs = bigrams(normalize(other.words))
            own, its = mine - theirs, theirs - mine
            for at in joins:
                before, after = bigrams(words[:at]), bigrams(words[at + 1 :])
                if (own & before and its & after) or (its & before and own & after):
                    return True
        return False

    def _relative_year(self, item: StatedFigure, verdict: FigureVerdict,
                       text: str) -> FigureVerdict:
        """A contradiction of a figure whose year is said relative to when it was written
        (去年, 今年, 前年, 目前 and no year printed): made unsupported — jjj cannot tell which year
        the writer meant (去年 in a 2024 article is 2023, in this year's 2025), and another
        year's value says nothing of it; unless the claim's paragraph says it too (the same
        article's 今年). So is the support of a claim of a year for a figure of 去年, 今年 or
        *last year* (not 目前, currently: the latest value is what it says): "去年 is no year jjj
        can date; the source gives 1,270亿元 for 2022"."""
        claim = verdict.claim
        if item.period or not (verdict.verdict == CONTRADICTED or (
                verdict.verdict == SUPPORTED and claim is not None and claim.period)):
            return verdict
        said = relative_year(text, item.start)
        if said is None or (claim is not None and _RELATIVE_ZH.get(said.lower(), said) in
                            "\n".join(self.kb.paragraphs_of(claim) or ())):
            return verdict  # (the claim's paragraph says it too: the same article's 今年)
        if verdict.verdict == SUPPORTED:
            if RELATIVE_YEAR_WORDS.fullmatch(said) is None:
                return verdict  # (目前, 现在: the latest value is what they say)
            assert claim is not None and verdict.expected is not None
            return FigureVerdict(item.figure, UNSUPPORTED, claim, verdict.expected,
                                 f"{said} is no year jjj can date; the source gives "
                                 f"{describe(verdict.expected)} for {claim.period}")
        return FigureVerdict(item.figure, UNSUPPORTED, claim, verdict.expected,
                             f"{said} is no year jjj can date; {verdict.reason}")

    def _undated(self, statement: str, sentence: Sentence) -> StatementVerdict:
        """The verdict on a sentence whose only figures are dates no date claim fits: each
        unsupported, with the event it dates (or the places no claim is about)."""
        from jjjcli.events import event_text

        unknown = "、".join(dict.fromkeys(
            name for _printed, name, known in self.places.listed(sentence.text) if not known))
        spans = [(d.start, d.end) for d in sentence.dates]
        verdicts = []
        for item in sentence.dates:
            if unknown:
                reason = f"the knowledge base has no claim about {unknown}"
            else:
                event = event_text(sentence.text, item.start, item.end, spans)
                told = "…".join(p.strip(_EVENT_EDGES) for p in event.split("|")
                                if p.strip(_EVENT_EDGES)).strip(_EVENT_EDGES)
                # (the date's 的 is no word of the event: 2023年5月的京津冀协同发展座谈会)
                told = told.removeprefix("的")
                reason = (f"no claim dates {told}" if told
                          else "no claim gives this date to an event")
            verdict = FigureVerdict(item.figure, UNSUPPORTED, reason=reason)
            verdict._stated = item
            verdicts.append(verdict)
        return StatementVerdict(statement, UNSUPPORTED, verdicts,
                                "; ".join(dict.fromkeys(v.reason for v in verdicts)))

    @staticmethod
    def _fits(doc: Document, figure: Figure, stated: Figure, *,
              counts_alike: bool = True) -> bool:
        """Whether ``figure`` of the claim ``doc`` could be the statement's ``stated``."""
        return units_match(figure, stated, doc.metric, counts_alike=counts_alike)

    def _relevance(self, query: Query, text: str, mentioned: set[str],
                   figures: Sequence[Figure],
                   years: set[str]) -> tuple[list[_Scored], list[_Scored]]:
        """The claims relevant to the statement, best first: a figure in a fitting unit, a
        subject the statement allows, and words that match well enough (MIN_RELEVANCE); a
        claim for the statement's year ranks YEAR_BONUS higher. Second, the claims whose
        words match less (down to MIN_RELEVANCE_EXACT) that state one of the statement's
        figures exactly: they may only support (a distinctive figure: _exact_support; any,
        beside a claim of their paragraph that supports another figure: _companions).
        """
        relevant: list[_Scored] = []
        exact: list[_Scored] = []
        units = {comparable_unit(s.unit) for s in figures}
        any_unit = None in units  # a figure without a unit fits any claim figure
        speaks: dict[str, bool] = {}  # subject → whether its claims speak to the statement
        for doc in self._candidates(query, text, mentioned, figures):
            fit = self._fit_units(doc)
            if fit is None or not (any_unit or units & fit):
                continue
            allowed = speaks.get(doc.subject)
            if allowed is None:
                allowed = speaks[doc.subject] = self.places.speaks_about(
                    doc.subject, mentioned, text)
            if not (allowed or self._names_body_en(doc) or self._names_company_en(doc, text)
                    ) or not self._gives_names(doc):
                continue
            score = text_score(query, doc)
            if (score is not None and score < MIN_RELEVANCE and self._english_places
                    and self.places.subject_place(doc.subject) in self._english_places):
                # (an English statement naming the claim's place, where its English says
                # the region's: Beijing-Tianjin-Hebei GDP … 1.8 times its 2013 level)
                placeless, place_words = self._placeless_query(text, query)
                if not place_words <= doc.words:  # (all found: none the better without)
                    score = max(score, text_score(placeless, doc) or 0.0)
            if score is None or score < MIN_RELEVANCE_EXACT:
                continue
            if not (self._names_metric(query, doc, score)
                    or any(f.unit and len(f.unit) == 1 and f.unit in doc.metric
                           and any(s.unit == f.unit for s in figures) for f in doc.figures)):
                continue  # (届次 is named by 25届 itself)
            bonus = YEAR_BONUS if years and _years_match(years, doc.period) else 0.0
            item = _Scored(score, score + bonus, doc)
            if score >= MIN_RELEVANCE:
                relevant.append(item)
            elif any(self._states(doc, f, s, rounded=True) for f in doc.figures
                     for s in figures):
                exact.append(item)  # (one only rounded: for _companions alone)
        relevant.sort(key=lambda item: -item.ranked)
        exact.sort(key=lambda item: -item.ranked)
        return relevant, exact

    def _placeless_query(self, text: str, query: Query) -> tuple[Query, frozenset[str]]:
        """An English statement's query without the places it names (what the places are
        is weighed apart: _english_places), and the words of its ``query`` it takes out (a
        claim whose words hold all of them scores no better without them): made once per
        statement."""
        if self._placeless is None or self._placeless[0] != text:
            stripped = text
            for n in sorted(self.places.named(text), key=lambda n: -n.start):
                stripped = stripped[: n.start] + " " + stripped[n.end :]
            placeless = self._query(stripped)
            self._placeless = (text, placeless,
                               frozenset(query.words) - frozenset(placeless.words))
        return self._placeless[1], self._placeless[2]

    def _fit_units(self, doc: Document) -> frozenset[str | None] | None:
        """The comparable units a statement figure may have to fit one of the claim's
        figures (units_match): its figures' units, and for a figure printed without one,
        the units its metric names; None for a claim without figures (it fits none)."""
        if doc.id in self._units:
            return self._units[doc.id]
        own = {comparable_unit(f.unit) for f in doc.figures}
        fit: frozenset[str | None] | None = None
        if own:
            if None in own:
                own.discard(None)
                own |= metric_units(doc.metric)
            fit = frozenset(own)
        if len(self._units) > KEPT_CLAIMS:
            self._units = {}  # (a large base's: memory stays bounded)
        self._units[doc.id] = fit
        return fit

    def _candidates(self, query: Query, text: str, mentioned: set[str],
                    figures: Sequence[Figure]) -> list[Document]:
        """The claims that may be relevant to the statement: every claim of a base read
        without its index; in a large one, those the index gives (Searcher.about: one
        query each) for the metrics the statement names and its figures' values, about
        the subjects it allows — not dozens of full-text queries a statement."""
        index = self._large()
        if index is None:
            return self.searcher.candidates(query, Filters())
        every = self.places.all_subjects
        subjects = [s for s in every if self.places.speaks_about(s, mentioned, text)]
        if not subjects:
            return []
        if len(subjects) == len(every):
            subjects = []  # every subject: no condition
        found: dict[str, Document] = {}
        # the claims whose words are most like the statement's (its own sentence in the
        # source, whatever the metric is called): two full-text queries
        from jjjcli.index import documents_sharing_pairs

        close = documents_sharing_pairs(index, query.bigrams, subjects)
        if close is None:
            return self.searcher.documents
        found.update((d.id, d) for d in close)
        # (a metric or a value common in a large base: those of its claims whose words are
        # most like the statement's, RELEVANT_EACH at most, not thousands)
        from jjjcli.index import Closest

        closest = Closest(frozenset(query.bigrams), frozenset(query.years), RELEVANT_EACH)
        metrics = self._named_metrics(query, text)
        if metrics:
            found.update((d.id, d) for d in self.searcher.about(metrics, subjects,
                                                                 closest=closest))
        values = [s.value for s in figures]
        if values:
            tolerance = min(max((significant_tolerance(s.raw, s.value) / abs(s.value)
                                 if s.value else 0.0) for s in figures), 0.1)
            # only claims a figure of the statement's could fit (_relevance: _fit_units; a
            # figure printed without a unit fits by its metric's, told there)
            units = {comparable_unit(s.unit) for s in figures}
            fitting = None if None in units else {"", *(
                printed for unit in units for printed in printed_units(unit))}
            found.update((d.id, d) for d in self.searcher.about(
                (), subjects, values, tolerance, fitting=fitting, closest=closest))
        return sorted(found.values(), key=lambda d: d.rowid)

    def _metric_table(self) -> tuple[list[tuple[str, frozenset[str]]], dict[str, list[int]],
                                     list[int]]:
        """The base's metrics with their character pairs (generic words aside), the metrics
        by pair, and those the vocabulary gives words for: made on first use."""
        if self._metric_pairs is None:
            aliases = self._aliases()
            listed = [(m, metric_pairs(m))
                      for m in self.kb.distinct("metric") if m]
            table: dict[str, list[int]] = {}
            for number, (_metric, pairs) in enumerate(listed):
                for gram in pairs:
                    table.setdefault(gram, []).append(number)
            self._metric_pairs = (listed, table, [
                n for n, (m, _pairs) in enumerate(listed) if aliases.get(m)])
        return self._metric_pairs

    def _named_metrics(self, query: Query, text: str) -> list[str]:
        """The metrics a statement names: most of a metric's character pairs (as a
        claim's figure's words must have them, ALIGN_METRIC), or a word the vocabulary
        gives for it (经济总量, GDP for 地区生产总值)."""
        aliases = self._aliases()
        normalized = normalize(text)
        grams = query.bigrams
        metrics, by_pair, aliased = self._metric_table()
        # those sharing a pair with it, those with words of the vocabulary, and with words
        # of the query's own vocabulary (ALIASES) every metric: no other can be named
        if query.aliases:
            numbers: Iterable[int] = range(len(metrics))
        else:
            found = set(aliased)
            for gram in grams:
                found.update(by_pair.get(gram, ()))
            numbers = sorted(found)
        named = []
        said = [w for _own, words in query.aliases for w in words]
        for metric, pairs in (metrics[n] for n in numbers):
            if pairs and len(pairs & grams) / len(pairs) >= ALIGN_METRIC:
                named.append(metric)
            elif ((own := aliases.get(metric)) and any(w in normalized for w in own)) or (
                    said and any(w in metric for w in said)):
                named.append(metric)
        return named

    @staticmethod
    def _states(doc: Document, figure: Figure, stated: Figure, *,
                rounded: bool = False) -> bool:
        """Whether the claim's ``figure`` is exactly the statement's (not only rounded,
        unless ``rounded``: 26862亿元 for about 2.69 trillion yuan)."""
        equal, only_rounded = same_value(figure, stated, doc.metric)
        return (equal and (rounded or not only_rounded) and _ordinal(figure) == _ordinal(stated)
                and (figure.qualifier, stated.qualifier) not in OPPOSITE_BOUNDS)

    def _exact_support(self, item: StatedFigure, others: list[StatedFigure],
                       exact: list[_Scored], contradicted: bool) -> FigureVerdict | None:
        """Support from a claim stating this very figure for a compatible period, if any;
        where a better-matching claim contradicts it, only from one whose figure its own
        words describe (实际使用外资年均增长10.4% is not 新设外资企业's 10.4%)."""
        stated, when = item.figure, self._when(item)
        if not _distinctive(stated):
            return None
        return self._exact_from(item, exact, when, contradicted, others)

    def _exact_from(self, item: StatedFigure, exact: list[_Scored], when: When,
                    contradicted: bool, others: list[StatedFigure], *,
                    overturning: bool = True, rounded: bool = False) -> FigureVerdict | None:
        """The first of ``exact`` that states the figure for its time and is its figure
        (_not_its_figure, _about_lead: ``overturning``); with ``rounded``, also one that
        gives it only rounded to the statement's precision."""
        stated = item.figure
        for scored in exact:
            doc = scored.doc
            if same_period(when, doc.period) is False:
                continue
            for figure in doc.figures:
                if self._states(doc, figure, stated, rounded=rounded) and not self._not_its_figure(
                        item, doc, figure) and not self._about_lead(
                        item, doc, figure, overturning=overturning) and not (
                        contradicted and not self._aligned(item, doc, figure, others)):
                    reason = ("" if figure.qualifier == stated.qualifier
                              else f"the source says {describe(figure)}")
                    if rounded and not self._states(doc, figure, stated):
                        reason = f"the source says {describe(figure)} (equal when rounded)"
                    return FigureVerdict(stated, SUPPORTED, self._claim(doc), figure, reason)
        return None

    def _range_end(self, item: StatedFigure, verdict: FigureVerdict, relevance: list[_Scored],
                   text: str) -> FigureVerdict:
        """Support for a figure said as one value from a claim giving a range it is one end
        of (压缩至一天 for the source's 1—2天, a 1小时交通圈 for 1—1.5小时): unsupported —
        unless the statement's words make it one end (最快1天), or a relevant claim of the
        same metric and of its subject, or one named in it, states the value itself (the
        target's “1小时交通圈” of 京津冀, beside 京津冀主要城市's 1-1.5小时)."""
        expected, stated, claim = verdict.expected, item.figure, verdict.claim
        if (expected is None or claim is None or expected.high is None
                or values_equal(expected.high, expected.value) or stated.high is not None
                or stated.qualifier != "exact" or expected.unit == "date"
                or _ONE_END.search(text, max(0, item.start - 8), item.start)):
            return verdict
        when = self._when(item)
        for scored in relevance:
            doc = scored.doc
            if doc.metric != claim.metric or not (doc.subject in claim.subject
                                                  or claim.subject in doc.subject):
                continue
            if same_period(when, doc.period) is False:
                continue
            figure = next((f for f in doc.figures if f.high is None
                           and self._states(doc, f, stated)), None)
            if figure is not None:
                return FigureVerdict(stated, SUPPORTED, self._claim(doc), figure)
        return FigureVerdict(stated, UNSUPPORTED, claim, expected,
                             f"the source says {describe(expected)}, not {describe(stated)}")

    def _names_metric(self, query: Query, doc: Document, score: float) -> bool:
        """Whether a statement that matches the claim's words only moderately (``score``
        below METRIC_CHECK_BELOW) says anything of what the claim measures. A Chinese one
        names the claim's metric: one of its character pairs, or an alias (经济总量 for
        地区生产总值). Sharing the subject and
        同比增长 is not enough: 通州园研发投入同比增长12% is not about 工业总产值增速. A close
        match (the claim's own sentence) needs no such word (李奶奶…3万元被转走 is 被骗金额).
        An English statement, matched against the claims' English, not their metric, must
        share with a claim of counts alone a word that is neither a place's nor one that
        says nothing of what is measured (_STOP_EN_WORDS, _CHANGE_WORDS_EN): *More than 60
        top schools from Beijing, Tianjin and Hebei have paired up with Xiong'an* is not
        the three places' 60余项合作文件 (a measure's unit says what it measures: *under 100
        km from Beijing* needs no other word)."""
        if score >= METRIC_CHECK_BELOW:
            return True
        if not query.chinese:
            return not all(not f.unit or f.unit in COUNT_WORDS for f in doc.figures) or (
                not self._said_en_words().isdisjoint(doc.words))
        metric = normalize(doc.metric)
        grams = bigrams(metric)
        if not grams or grams & query.bigrams:
            return True
        return any(w in metric for _own, words in query.aliases for w in words)

    def _said_en_words(self) -> frozenset[str]:
        """The words of the English statement that may say what its figures are of: not a
        place's, nor _STOP_EN_WORDS or _CHANGE_WORDS_EN (its figures' nouns kept: *nearly
        40,000 enterprises*); made once per statement."""
        text = self._text
        if self._said_words is None or self._said_words[0] != text:
            self._said_words = (text, frozenset(
                _words_of_en(text) - _STOP_EN_WORDS - _CHANGE_WORDS_EN - place_words_en(text)))
        return self._said_words[1]

    @staticmethod
    def _near(pool: list[_Scored]) -> list[Document]:
        """The claims of ``pool`` about the same thing as its best: within RELEVANCE_BAND of
        the best by words alone, or of the best once the year is counted; best first."""
        if not pool:
            return []
        best_words = max(item.score for item in pool)
        best_ranked = pool[0].ranked
        return [item.doc for item in pool
                if item.score >= best_words - RELEVANCE_BAND
                or item.ranked >= best_ranked - RELEVANCE_BAND]

    def _own_metrics(self, item: StatedFigure, pool: list[_Scored]) -> tuple[set[str], float]:
        """The metrics a figure's own words name wholly (most of their pairs, ALIGN_QUOTE)
        that relevant claims have, and how much of the best named one's name they hold:
        where the sources give the figure's own metric, another metric's equal value
        (_another_metric) does not support it."""
        if not pool:
            return set(), 0.0
        own = self._metrics_named(item.words) & {scored.doc.metric for scored in pool}
        # not the metric of a figure right before it, whose words these may be too
        # (12大竞赛单元共收到了1070部作品: 竞赛单元 is the 12's; not after a 、, which
        # begins the next item's: …“小巨人”企业18614家、专精特新中小企业1605家)
        text = self._text
        others = [o.figure for o in self._stated if o.end <= item.start
                  and not _LIST_BREAK.search(text, o.end, item.start)]
        own -= {scored.doc.metric for scored in pool if scored.doc.metric in own and any(
            figures_equal(f, o) for f in scored.doc.figures for o in others)}
        said = _unpunctuated_pairs(item.words)
        return own, max((_named_share(m, said) for m in own), default=0.0)

    def _another_metric(self, item: StatedFigure, doc: Document | Claim,
                        figure: Figure) -> bool:
        """Whether the claim is of another metric than one the figure's own words name
        better, which relevant claims give (_own_metrics): 高技术制造业…比重达到30.9% is not
        高精尖产业's 30.9% (高技术制造业's is 32.3%), 高新技术企业数量17家 not 雏鹰企业's 17家."""
        own, best = self._own.get(id(item), (set(), 0.0))
        if not own or any(m in doc.metric or doc.metric in m for m in own):
            return False
        said = _unpunctuated_pairs(item.words)
        return self._metric_alignment(item, said, doc, figure) + OTHER_METRIC_MARGIN < best

    def _agrees(self, item: StatedFigure, others: list[StatedFigure], doc: Document,
                figure: Figure, rounded: bool, same_word: bool) -> bool:
        """Whether a claim's figure of the statement figure's value (or one it meets) for
        its time is the figure's (_figure_verdict): not another figure's of the statement,
        nor another thing, nor another noun's; in English, described by its words."""
        if self._belongs_elsewhere(item, others, doc, figure, ties=False):
            return False  # 4家 of 4家央企总部 does not support 4所高校
        if self._not_its_figure(item, doc, figure):
            return False  # (a share for a change, another item of a 分别 list)
        if not same_word and self._other_noun(item, doc, figure):
            return False  # 入库企业超2000家 is not 入库项目超2000个
        stated = item.figure
        # (40% of Beijing GDP is no 40.2% share of procurement, nor 近四成 of large
        # language models)
        return (bool(self._chinese) or not (rounded or figure.qualifier != stated.qualifier)
                or self._describes_en(item, doc))

    def _held_elsewhere_named(self, item: StatedFigure, said: set[str]) -> float | None:
        """How much of a metric's name a Chinese figure's own words (their pairs: ``said``)
        hold, where a claim of that metric states the figure's very value and they hold
        NAMED_ELSEWHERE of it or more (the sources give this figure, whatever the subject);
        else None."""
        if not self._chinese:
            return None
        metrics = {doc.metric for doc, figure in self._holding(item.figure)
                   if figure.qualifier == item.figure.qualifier
                   and figures_equal(figure, item.figure)}
        best = max((_named_share(metric, said) for metric in metrics), default=0.0)
        return best if best >= NAMED_ELSEWHERE else None

    def _bound_dropped(self, item: StatedFigure, figure: Figure) -> bool:
        """Whether the statement prints as exact, with no word of a bound before it, a value
        the source prints with its bound in the figure itself (100多家, 4000余万元, 10多个
        copied as 100家, 4000万元, 10个; the "30+" stage as 30微克, 千亿级 as 1000亿元): the
        source's is more than that."""
        stated = item.figure
        if figure.qualifier == "at-least" and not self._chinese:
            return False  # (English says a level its own ways: at the 100-billion-yuan level)
        return (figure.qualifier in ("more-than", "at-least") and stated.qualifier == "exact"
                and bool(_BOUND_IN_FIGURE.search(figure.raw))
                and not _BOUND_BEFORE.search(self._text, max(0, item.start - 6), item.start)
                and not _BOUND_IN_FIGURE.search(stated.raw))

    def _figure_verdict(self, item: StatedFigure, relevance: list[_Scored],
                        others: list[StatedFigure]) -> FigureVerdict:
        stated, years = item.figure, set(item.period)
        when = self._when(item)
        pool = [item for item in relevance
                if any(self._fits(item.doc, f, stated) for f in item.doc.figures)]
        # Another value contradicts only in the same counting word: 2个 is 2家, but 13个
        # (data-centre projects) is not contradicted by 84万台 (servers).
        strict = [item for item in pool
                  if any(self._fits(item.doc, f, stated, counts_alike=False)
                         for f in item.doc.figures)]
        near, near_strict = self._near(pool), self._near(strict)
        # Any relevant claim may agree (in 单项冠军企业44家，专精特新中小企业18614家 the claim
        # on 44家 ranks below the one on 18614家); only those near the best say "another
        # period". (stating the value, not only meeting the statement's bound or span — of
        # those, the one its words describe best —, same qualifier, exact not rounded, same
        # counting word, how well the figure's words describe it, for another year than the
        # statement's, rank) orders the claims stating this value.
        agreeing: list[tuple[tuple[bool, bool, float, bool, bool, bool, float, bool, int],
                             Document, Figure, bool, bool]] = []
        other_period: tuple[Document, Figure] | None = None
        counted: tuple[Document, Figure] | None = None  # the count an order's value is
        #: a claim whose value is about the statement's bound's (约60% for 不到60%)
        unconfirmed: tuple[Document, Figure] | None = None
        close = {doc.id for doc in near + near_strict}
        self._own[id(item)] = self._own_metrics(item, pool)
        for rank, doc in enumerate(item.doc for item in pool):
            for figure in doc.figures:
                if _ordinal(figure) != _ordinal(stated):
                    if (counted is None and _ordinal(stated) and stated.unit
                            and figure.unit == stated.unit
                            and same_value(figure, stated, doc.metric)[0]):
                        counted = (doc, figure)
                    continue  # 第五批 is one batch, not the 5批 there have been
                equal, rounded = same_value(figure, stated, doc.metric)
                if equal and ((figure.qualifier, stated.qualifier) in _UNCONFIRMED
                              or self._bound_dropped(item, figure)):
                    # (约60% neither confirms nor denies 不到60%: another claim may; nor 100多家
                    # a table's 100家)
                    unconfirmed = unconfirmed or (doc, figure)
                    continue
                if (not equal and _vague_may_be(stated, figure, doc.metric)
                        and self._aligned(item, doc, figure, others)):
                    # (上千家 neither confirms nor denies 超过1100家: some thousand, maybe)
                    unconfirmed = unconfirmed or (doc, figure)
                    continue
                # a bound or a round figure the source's value meets wholly (超过1000家 for
                # 超过1100家, 近2100人 for 2093人, 约5600件 for 5621件) is true, if less precise
                loose = (not equal and allows(stated, figure, doc.metric)
                         and less_precise(stated, figure))
                if not (equal or loose):
                    continue
                if loose and not (self._aligned(item, doc, figure, others)
                                  or self._alias_said_en(item, doc)
                                  or self._bound_described_en(item, doc)):
                    continue  # (a larger bound of another measure meets it too)
                if same_period(when, doc.period) is False:
                    if doc.id in close:
                        other_period = other_period or (doc, figure)
                    continue
                same_word = units_match(figure, stated, doc.metric, counts_alike=False)
                aligned = self._word_alignment(item, doc, figure)
                # (a claim whose bound is the other way, 近10% for 超过一成, agrees only when
                # none agrees wholly: for a statement without a year, 2024's 10.7% is
                # today's, and 2022's 近10% says nothing against it)
                key = ((figure.qualifier, stated.qualifier) in OPPOSITE_BOUNDS,
                       loose, -aligned if loose else 0.0, figure.qualifier != stated.qualifier,
                       rounded, not same_word, -aligned,
                       bool(years) and not _period_years(doc.period), rank)
                agreeing.append((key, doc, figure, rounded, same_word))
        # the best of them that is the figure's: the tests that may rule a claim out are
        # made in that order, until one passes (a common value in a large base is held by
        # dozens of claims of the statement's metric and subject)
        agreeing.sort(key=lambda held: held[0])
        chosen_agreeing = next((held for held in agreeing
                                if self._agrees(item, others, *held[1:])), None)
        if chosen_agreeing is not None:
            key, doc, figure, rounded, _same_word = chosen_agreeing
            claim = self._claim(doc)
            if (figure.qualifier, stated.qualifier) in OPPOSITE_BOUNDS:
                return FigureVerdict(
                    stated, CONTRADICTED, claim, figure,
                    f"the source says {describe(figure)}; the statement says {describe(stated)}")
            reason = ""
            if rounded:
                reason = f"the source says {describe(figure)} (equal when rounded)"
            elif key[1] or figure.qualifier != stated.qualifier:
                reason = f"the source says {describe(figure)}"
            return FigureVerdict(stated, SUPPORTED, claim, figure, reason)
        if counted is not None and not any(
                _ordinal(f) == _ordinal(stated) and f.unit == stated.unit
                for scored in strict for f in scored.doc.figures):
            # (no claim's figure of its kind to contradict it: the count is the answer)
            doc, figure = counted
            return FigureVerdict(stated, UNSUPPORTED, self._claim(doc), figure,
                                 f"the source says {describe(figure)}: how many, not which "
                                 f"one ({describe(stated)})")
        # the claim that decides: for the figure's time if it prints one (a claim for
        # another year, or for part of the year, says nothing of it), else the best match;
        # and only a claim that the figure's own words describe (not a neighbour's:
        # 6个…、2个…、24个…)
        # (a forecast the statement makes, 或将突破, or a target it sets, 目标：1500家, is
        # contradicted by no fact of today's)
        ahead = bool(self._chinese) and (
            forecast_said(self._before(item) + stated.raw)
            or target_said(back_to(self._text, item.start, SENTENCE_BREAK)))

        def best_aligned(docs: list[Document], contradicting: bool = True
                         ) -> tuple[Document, Figure] | None:
            # the claim the figure's own words describe best (3.9% of 北京、天津、河北…分别
            # 下降3.6%、2.0%、3.9% is 河北's), the better match of the statement first among
            # equals; none past one they describe wholly (no score is above 1); to contradict
            # it, one whose bound reaches its value only where no other is (超1万公里 for
            # 10933公里, where 10848公里 is: _no_contradiction leaves that one's unsupported)
            best: tuple[float, Document, Figure] | None = None
            reached: tuple[float, Document, Figure] | None = None
            for d in docs:
                for f in self._claim(d).figures:
                    if not self._fits(d, f, stated, counts_alike=False) or (
                            _ordinal(f) != _ordinal(stated)):
                        continue
                    if same_value(f, stated, d.metric)[0]:
                        continue  # (the same value, which did not support: never contradicts)
                    if _vague_may_be(stated, f, d.metric):
                        continue  # (数千家 may be the source's 超过1100家: never contradicts)
                    if self._another_thing(item, d, f):
                        continue  # a growth rate says nothing of a share (占全国的8.7%)
                    if self._chinese and other_person(self._text, d.subject):
                        continue  # (李大爷's loss is not contradicted by 郭大爷's)
                    if self._chinese and self._other_quoted_term(item, d, f):
                        continue  # (“跨省市通办”事项 are not the 179项…“同事同标”)
                    if "分别" in item.words and self._other_item(item, d, f):
                        continue  # (北京's 74.8% of a 分别 list is not 天津's 73.2%)
                    if self._chinese and self._direction_turned(d):
                        continue  # (我市对津冀's 3.7万户 are not 津冀对北京's 1.1万户)
                    if ahead and not self._planned_claim(self._claim(d)):
                        continue  # (或将突破12万亿元, a forecast, is not 2023's 10.4万亿元; nor
                        # a target set, 目标：1500家, the result's 1431家)
                    if self._over_another_span(item, d.period):
                        continue  # (三年下降 is not the decline of 2013—2022)
                    if self._due_for_present(item, d, f):
                        continue  # (出席委员2093人 is not contradicted by 应出席委员2162人)
                    score = self._alignment(item, d, f, others)
                    if score > 0 and self._about_lead(item, d, f, overturning=False):
                        continue  # (占全国比重达到14% after 1431家 is not 数字经济's share)
                    if score > 0 and contradicting and bound_reaches(f, stated):
                        if reached is None or score > reached[0]:
                            reached = (score, d, f)
                        continue
                    if score > 0 and (best is None or score > best[0]):
                        best = (score, d, f)
                        if score >= 1.0:
                            return d, f
            best = best or reached
            return None if best is None else (best[1], best[2])

        docs = [item.doc for item in strict]
        said = _unpunctuated_pairs(item.words) if docs else set()
        named = self._held_elsewhere_named(item, said) if docs else None
        if named is not None:
            # (the sources give this very value for a metric the figure's words name, of a
            # subject the statement does not: a claim of a metric they name less does not
            # contradict it — 京津冀签署基础教育合作协议13项, 北京市's, is not the region's
            # 4项战略合作协议)
            docs = [d for d in docs
                    if _named_share(d.metric, said) + OTHER_METRIC_MARGIN >= named]
        chosen: tuple[Document, Figure] | None = None
        if years:
            # the claims for the figure's time: the others are read only when none is
            # about it (the best of a subset in the base's order is the best of all of them
            # that are in it); 2023年 is the year's 748.7亿元, not 2023年1—11月's 653.8亿元
            chosen = best_aligned([d for d in docs if _for_when(
                when, d.period, partial(self._quote_of, d))])
        def unsettled() -> FigureVerdict | None:
            if unconfirmed is None:
                return None
            doc, figure = unconfirmed
            return FigureVerdict(stated, UNSUPPORTED, self._claim(doc), figure, (
                f"the source says {describe(figure)}, which does not settle "
                f"{describe(stated)}"))

        if other_period and self._aligned(item, other_period[0], other_period[1], others):
            claim, figure = self._claim(other_period[0]), other_period[1]
            if chosen is not None:
                # the value of another time, where the sources give the figure's own: wrong
                doc, own = chosen
                decided = self._claim(doc)
                return FigureVerdict(
                    stated, CONTRADICTED, decided, own,
                    f"the source says {describe(own)} for {decided.period or describe_when(when)}"
                    f" ({describe(figure)} is for {claim.period}); the statement says "
                    f"{describe(stated)}")
            # the value of another time: the sources give none for the figure's
            # (a time the sources do not give is unsupported, never contradicted), unless
            # one for its time gives it as about its bound
            return unsettled() or FigureVerdict(
                stated, UNSUPPORTED, claim, figure,
                f"the source gives {describe(figure)} for {claim.period}, and no value for "
                f"{describe_when(when)}")
        if not strict:
            return unsettled() or FigureVerdict(stated, UNSUPPORTED,
                                                reason=f"no claim speaks to {describe(stated)}")
        if years:
            if chosen is None:
                given = best_aligned(docs, contradicting=False)
                if given is None:
                    return unsettled() or FigureVerdict(
                        stated, UNSUPPORTED, reason=f"no claim speaks to {describe(stated)}")
                claim = self._claim(given[0])
                when_given = f" for {claim.period}" if claim.period else ""
                return FigureVerdict(
                    stated, UNSUPPORTED, claim, given[1],
                    f"the source gives {describe(given[1])}{when_given}, and no value for "
                    f"{describe_when(when)}")
        else:
            # a figure without a year is today's: of claims described as well, the latest
            # (already 2486公里, not 2008's 118公里 of 由2008年的118公里增长到2486公里)
            chosen = best_aligned(sorted(docs, key=_latest_first))
        if chosen is None:
            return unsettled() or FigureVerdict(
                stated, UNSUPPORTED, reason=f"no claim speaks to {describe(stated)} (its own "
                f"words: {' '.join(item.words.split()) or '—'})")
        doc, figure = chosen
        claim = self._claim(doc)
        when_said = f" for {claim.period}" if claim.period and not years else ""
        return FigureVerdict(
            stated, CONTRADICTED, claim, figure,
            f"the source says {describe(figure)}{when_said}; the statement says "
            f"{describe(stated)}")

    def _other_kind(self, item: StatedFigure, doc: Document | Claim, figure: Figure) -> bool:
        """Whether a percentage of the statement and the claim's figure are a change and a
        share (同比增长42.9% is not 占地区GDP的42.9%), each told by its own words
        (kinds.percent_kind), a claim's by its metric where its words say neither; the
        figures of two phases of a thing (二期入驻率 is not 一期's 90%: kinds.other_phase),
        or of two grades (5A级 is not A级以上: kinds.other_grade);
        or editions of two events (the conference a contest was launched at and the one its
        results were announced at: kinds.other_event)."""
        if figure.unit == "届" and other_event(self._text, doc.metric):
            return True  # (…第三届…大会上…揭晓 is not the 第二届 of 启动大会届次)
        if not self._chinese and other_phase_en(item.words, self._as_claim(doc).en):
            return True  # (phase II's occupancy is not phase one's 90%)
        if not self._chinese and other_grade_en(_clause_en(self._text, item),
                                                self._as_claim(doc).en):
            return True  # (rated 5A is not grade A or above)
        quoted = self._in_quote(self._as_claim(doc), figure)
        if quoted is None:
            return False
        if other_phase(item.words, quoted.words) or other_grade(item.words, quoted.words):
            return True  # (5A级 is not A级以上)
        if self._chinese and phase_said(quoted.words) and not phase_said(self._text):
            return True  # (a phase's, 一期企业入驻率达90%, is not the whole park's)
        if item.figure.unit != "%" or figure.unit != "%":
            return False
        # a yearly average is not the whole change since a year (比2014年增长43% is not
        # 年均增长4.6%, which the source gives with 是2014年的1.43倍)
        spans = {average_or_total(item.words), average_or_total(quoted.words)}
        if spans == {"average", "total"}:
            return True
        own, theirs = percent_kind(item.words), percent_kind(quoted.words)
        if own == "change" and self._chinese and percent_kind(self._before(item)) is None:
            # (a word of change only after it says how its thing goes, not that the
            # percentage is a change: 将收取5%滞纳金并每日递增 is the source's rate)
            own = None
        if own is None and not self._chinese and share_said_en(self._text, item.start,
                                                              item.end):
            own = "share"  # (60 percent of the new firms, accounted for 21.4%)
        if theirs is None:
            # its words in the quote say neither (…24%的新设外资企业数和32.5%的实际使用外资额):
            # its metric does (实际使用外资额占通州区比重)
            theirs = percent_kind(self._as_claim(doc).metric)
        return own is not None and theirs is not None and own != theirs

    def _other_count(self, item: StatedFigure, doc: Document | Claim, figure: Figure) -> bool:
        """Whether the statement's figure and the claim's are the new ones of a time and
        the total so far (2023年新增注册企业近5000家 is not 累计注册企业近5000家), or the new
        ones and a count its words do not say are new (a stock: 新增国家高新技术企业210家 is
        not 高新技术企业超过1100家), unless the claim's metric is of new ones."""
        claim = self._as_claim(doc)
        quoted = self._in_quote(claim, figure)
        if quoted is None:
            return False
        own, theirs = count_kind(item.words), count_kind(quoted.words)
        if own == "new" and theirs is None and said_new(item.words):
            return count_kind(claim.metric) != "new"
        if own is None and theirs == "total":
            # a total run to a month inside a year, its verb said of that year without 累计,
            # is what the year did (2023年北京推广新能源汽车69.2万辆 is not 截至2023年6月底
            # 累计推广…69.2万辆); a stock said so (…方法学数量19个) is still the total
            verb = total_verb(quoted.words)
            read = read_period(claim.period)
            when = self._when(item)
            return (verb is not None and verb in item.words
                    and read is not None and read.first == read.last
                    and read.last_month not in (None, 12) and when.years == {read.first}
                    and when.months is None and not when.to_date
                    and not as_a_total(self._text[: item.end]))
        return own is not None and theirs is not None and own != theirs

    def _total_for_a_year(self, item: StatedFigure, doc: Document | Claim,
                          figure: Figure) -> bool:
        """Whether the claim's figure and the statement's are a running total and one
        year's. The claim's is a total (累计, 共有, 10年来, 截至… in its quote's clause;
        its period none, or a span) and the statement gives its figure one year, by its
        number or a word (去年一年, 今年; in English its year, this year's, last year),
        saying nothing of a total (累计, 截至, 共, 已…; since, so far, in total):
        北京去年一年退出一般制造业企业近3000家 is not 2014年以来…累计退出…近3000家, nor *this
        year's fair* the fairs' 累计签约项目210余个. Or the statement's clause says 累计 and
        gives no year (or its sentence says 累计 before it and no one year), and the claim's
        figure is one year's, no total (…累计签约项目210余个、意向投资额超900亿元 is not 2023年's
        426.81亿元)."""
        if item.figure.qualifier == "ordinal":
            return False  # (an order, not a count: 首批 is no total)
        text = self._text
        before = back_to(text, item.start, SENTENCE_BREAK)
        when = self._when(item)
        claim = self._as_claim(doc)
        read = read_period(claim.period)
        one_year = read is not None and read.first == read.last
        if self._chinese:
            if (one_year and not when.years and "累计" in before
                    and ("累计" in self._before(item) or not one_year_said(before))):
                # (累计 of the sentence's first clause goes on over the next: 累计签约项目210
                # 余个，意向投资额超1000亿元)
                return not self._quote_total(claim, figure, sentence=True)
            if as_a_total(before + item.words) or when.to_date or when.since or not (
                    len(when.years) == 1 and f"{next(iter(when.years))}年" in before
                    or one_year_said(before)):
                return False  # (2023 of 据2023京津冀产业链供应链大会 is no year of the figure's)
        elif not (len(when.years) == 1 or _THIS_YEAR_EN.search(text)) or when.to_date or (
                when.since or as_a_total_en(text)):
            return False  # (this year's fair gives one year by a word)
        # (the claim's figure of one year: the periods decide; a count to date, dated so by
        # a clause of its own, against one year's new ones: 2023年新创建45家 is not 截至目前,
        # 共创建45家, though 2023年…入库项目超2000个 may be that count in 2023)
        return not one_year and (self._quote_total(claim, figure) or (
            new_said(before if self._chinese else text)
            and self._quote_to_date(claim, figure)))

    def _quote_total(self, claim: Claim, figure: Figure, *, sentence: bool = False) -> bool:
        """Whether the claim's quote gives its figure as a running total (kinds.running_total
        on its clause before it: not 累计实现…6.1亿元's, for 2023年全年新增…9300万元; with
        ``sentence``, on its sentence: 截至2023年年底,…累计注册…,汇集…3836人)."""
        if not running_total(claim.quote):
            return False  # (no word of a total anywhere: no quote to read)
        before = self._quote_before(claim, figure, SENTENCE_BREAK if sentence else CLAUSE_BREAK)
        return before is not None and running_total(before[0])

    def _quote_to_date(self, claim: Claim, figure: Figure) -> bool:
        """Whether the claim's quote dates its figure by a clause of nothing but its time,
        right before the figure's (截至目前,共创建45家: kinds.to_date_clause): a count to
        date."""
        if not running_total(claim.quote):
            return False
        before = self._quote_before(claim, figure, SENTENCE_BREAK)
        clauses = [] if before is None else CLAUSE_BREAK.split(before[0])
        return len(clauses) > 1 and to_date_clause(clauses[-2])

    def _quote_before(self, claim: Claim, figure: Figure, breaks: re.Pattern[str]
                      ) -> tuple[str, StatedFigure] | None:
        """The claim's quote (read) before its ``figure``, back to the last of ``breaks``,
        and the figure as read there; None where the reader does not find it."""
        quoted = self._in_quote(claim, figure)
        if quoted is None:
            return None
        return back_to(self._read_quote(claim).text, quoted.start, breaks), quoted

    def _other_average(self, item: StatedFigure, doc: Document | Claim,
                       figure: Figure) -> bool:
        """Whether a statement's figure (no share, change or concentration) and the claim's
        differ as an average or a figure per one thing or time (平均每年, 年均, 人均, 每家;
        *has averaged 939 a year*, *a month*) and a whole: one's own words or clause say so
        and the other's whole sentence (and the claim's metric) does not (平均每年将投入约
        4.4亿元 is not 未来五年将投资22亿元; 平均投资约5.7亿元 is not the projects' 总投资
        1561.2亿元; but 每年可减少…约69吨 is of 平均每年可发电…，能够减少…约96吨's kind)."""
        unit = item.figure.unit or ""
        if unit in ("%", "个百分点") or "/" in unit or item.figure.qualifier == "ordinal":
            return False  # (a share, a change, a concentration, an order: no sum)
        if not self._chinese:
            # (about 2,500 km of travel a month is not the year's 30,000 km; the words up to
            # the next figure: 1,300 beds and … 6,500 outpatient visits a day)
            after = min((o.start for o in self._stated if o.start >= item.end),
                        default=len(self._text))
            said = re.split(r"[.;]", self._text[item.end : after], maxsplit=1)[0]
            claim = self._as_claim(doc)
            # (right before it, or on average after it up to the next clause: *…a year on
            # average and has 23 scenic spots* says no average of the 23, nor *2,000 projects
            # … average 650 million yuan each* of the 2,000)
            if (_AVERAGED_BEFORE_EN.search(self._text, 0, item.start)
                    or _ON_AVERAGE_EN.search(_CLAUSE_EN.split(said, maxsplit=1)[0])) and not (
                    _AVERAGED_EN.search(claim.en) or per_one(claim.metric + claim.quote)):
                return True  # (averaged 939 a year is not the year's 939 new ones)
            return (_PER_ONE_EN.search(said) is not None
                    and _PER_ONE_EN.search(claim.en) is None and not per_one(claim.quote))
        claim = self._as_claim(doc)
        text = self._text
        if not (per_one(text[: item.end]) or per_one(claim.metric + claim.quote)):
            return False  # (neither says an average: no quote to read)
        before = self._quote_before(claim, figure, SENTENCE_BREAK)
        if before is None:
            return False
        sentence, quoted = before
        clause = back_to(sentence, len(sentence))
        return other_average(
            normalize(self._before(item)),
            normalize(back_to(text, item.start, SENTENCE_BREAK) + " " + item.words),
            normalize(claim.metric + " " + clause),
            normalize(claim.metric + " " + quoted.words + " " + sentence))

    def _between_figures(self, item: StatedFigure, opening: int = 0) -> tuple[int, int]:
        """Where a figure's own words may run: from the end of the statement's figure before
        it (or ``opening``, where none ends after it) to the start of the one after it (or
        the statement's end)."""
        start = max((o.end for o in self._stated if o.end <= item.start), default=0)
        end = min((o.start for o in self._stated if o.start >= item.end),
                  default=len(self._text))
        return max(start, opening), end

    def _each_for_all(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether the statement gives its figure, a sum (no share or change), to each of
        several (kinds.each_said: 京津冀三地高速公路通车里程各接近1.1万公里, 示范区6大类考核
        指标每类43项; *Beijing, Tianjin and Hebei each ran 10,848 km*) and the claim to them
        together: its quote and English say no each, no 分别, no average
        (kinds.each_given)."""
        if item.figure.unit in ("%", "个百分点", "届") or item.figure.qualifier == "ordinal":
            # (each up 3.7%: a change is no sum; nor are editions, 两项赛事各四届, where the
            # claim may well be one event's 4届)
            return False
        text = self._text
        sentence = len(back_to(text, item.start, SENTENCE_BREAK))
        earlier = [o for o in self._stated if item.start - sentence <= o.start < item.start]
        start, later = self._between_figures(item, item.start - sentence)
        counted = not self._chinese and any(
            each_of_before(text[item.start - sentence : o.start]) for o in earlier)
        if not each_said(text[start : item.start], text[item.end : later], bool(self._chinese),
                         counted):
            return False
        claim = self._as_claim(doc)
        return not each_given(claim.quote, claim.en)

    def _other_growth(self, item: StatedFigure, doc: Document | Claim,
                      figure: Figure) -> bool:
        """Whether a change is said as a year's average (年均增长) on one side and as the
        whole change over the years (累计增长) on the other: 累计增长14.78% is not 年均增长
        14.78%; nor is a change whose claim says no average (its clause, its metric) an
        average over years: one year's, or the whole change over a span; nor a change over
        a span that says neither the claim's average (its metric's 年均), nor a change against
        the year before (同比, from the previous year) the average of a claim's metric."""
        if item.figure.unit not in ("%", "个百分点"):
            return False
        own = self._before(item)
        said = "年均" in own, "累计" in own
        if not self._chinese:
            # (grew an average of 4.6% a year; rose 27% a year; a CAGR of 26.5%; and a
            # label's words: 5.13%: average annual growth rate of … over 2012–2021)
            clause = f"{_clause_en(self._text, item)} {item.words}"
            said = (bool(_AVERAGE_EN.search(clause)), bool(_CUMULATIVE_EN.search(clause)))
        if not any(said):
            # a change over a span of years said as neither is the whole change over it,
            # not the claim's average a year (rose by about 43% between 2014 and 2022 is not
            # the source's 年均增长4.6%)
            clause = (clause_around(self._text, item.start, item.end) if self._chinese
                      else _clause_en(self._text, item))
            if _ONE_YEAR_CHANGE.search(clause) and any(w in doc.metric
                                                       for w in ("年均", "平均")):
                return True  # (fell 4.1% from the previous year: not the 年均降幅 of years)
            return (len(self._when(item).years) >= 2 and item.figure.unit == "%"
                    and _AVERAGE_ZH.search(clause) is None
                    and any(w in doc.metric for w in ("年均", "平均")))
        claim = self._as_claim(doc)
        before = self._quote_before(claim, figure, CLAUSE_BREAK)
        if before is None:
            return False
        theirs = before[0]
        if said[0] and not any(w in theirs or w in claim.metric for w in ("年均", "平均")):
            # a change its claim says no average of is no average over years: one year's
            # (2022年…年均增长3.7% is not 2022's 增长3.7%), or the whole change over a span
            # (年均增长了32.6% is not 相较于2014年增长了32.6%)
            if read_period(claim.period) is not None:
                return True
        return (said[0] and "累计" in theirs and "年均" not in theirs) or (
            said[1] and "年均" in theirs and "累计" not in theirs)

    @staticmethod
    def _claim_year(doc: Document | Claim) -> int | None:
        """The last year of a claim's period (None where it has none)."""
        period = read_period(doc.period)
        return int(period.last) if period else None

    def _other_base_year(self, item: StatedFigure, doc: Document | Claim,
                         figure: Figure) -> bool:
        """Whether a change and the claim's are against two years (kinds.other_base_year:
        比2014年增长17.6% is not 同比增长17.6%); the figure's year is the statement's one
        year, the claim's the last of its period."""
        if item.figure.unit not in ("%", "个百分点") or figure.unit not in ("%", "个百分点"):
            return False
        years = self._when(item).years
        year = int(next(iter(years))) if len(years) == 1 else None
        return other_base_year(self._text, item.start, item.end, year, self._claim_year(doc),
                               self._quoted(doc, figure))

    def _from_the_end(self, item: StatedFigure, doc: Document | Claim,
                      figure: Figure) -> bool:
        """kinds.from_the_end, where the statement or the claim's text says 倒数 at all."""
        theirs = doc.chinese if isinstance(doc, Document) else doc.quote
        return ("倒数" in self._text or "倒数" in theirs) and from_the_end(
            self._text, item.start, self._quoted(doc, figure))

    def _other_share_whole(self, item: StatedFigure, doc: Document | Claim,
                           figure: Figure) -> bool:
        """Whether a share is said of the country where the claim's is of a region, or the
        other way: *Beijing contributed 89% of China's software … revenue* (北京贡献了全国…的
        89%) is not the source's 89% of 京津冀's, whose English, metric and clause name no
        country; *10.7% of the region's digital economy* is not 10.7% of China's. Told by
        the words of the figure's clause, and the claim's English, metric and clause."""
        if item.figure.unit != "%" or figure.unit != "%":
            return False
        own = (clause_around(self._text, item.start, item.end) if self._chinese
               else _clause_en(self._text, item))
        if percent_kind(own) == "change" or _COMPARED.search(own):
            return False  # (高出全国平均水平1.71个百分点, faster than the national average)
        said = _NATIONAL_WHOLE.search(own) is not None
        region = _REGION_WHOLE.search(own) is not None
        if not (said or region):
            return False  # (the statement names no whole: nothing to hold the claim to)
        claim = self._as_claim(doc)
        quoted = self._in_quote(claim, figure)
        theirs = " ".join((claim.metric, claim.en, quoted.words if quoted else claim.quote))
        if said:  # (the claim names no country anywhere: its share is of a region)
            return _NATIONAL.search(theirs) is None
        # (the claim's share is of the country, said so: of China's, 占全国)
        return region and (_NATIONAL_WHOLE.search(claim.en) is not None
                           or _NATIONAL_SHARE.search(theirs) is not None)

    def _other_whole(self, item: StatedFigure, doc: Document | Claim, figure: Figure) -> bool:
        """Whether a Chinese statement's share and the claim's are of two wholes, each
        printed after 占 in its clause (算力占全国22% is not 算力占京津冀地区的22%):
        kinds.other_whole."""
        if not self._chinese or item.figure.unit != "%" or "占" not in self._before(item):
            return False
        before = self._quote_before(self._as_claim(doc), figure, CLAUSE_BREAK)
        return before is not None and other_whole(share_whole(normalize(self._before(item))),
                                                  share_whole(before[0]))

    @staticmethod
    def _english_keys(text: str) -> frozenset[str]:
        """The places an English text names, those of a compound too (Beijing-Tianjin
        intercity railway: 北京市, 天津市; Beijing-Tianjin-Hebei: 京津冀 and its three)."""
        places = gazetteer()
        text = uncompared(text)  # (Unlike Beijing, Tianjin's…: of Tianjin alone)
        return frozenset(n.place.key for n in places.find_english(text)
                         + places.find_english(text.replace("-", " ")))

    def _swapped(self, doc: Document | Claim, item: StatedFigure) -> bool:
        """PlaceScope.swapped, where an English statement's places before the figure are
        not all ones the claim's English names too (*Visitors from Beijing made up 21.7%*:
        the claim on Jizhou's visitors says *from Beijing* as well; the Chinese quote cannot
        show it an English name)."""
        if not self._chinese:
            named = {key for _printed, key in self.places.named_before(self.places.text,
                                                                         item.end)}
            # (as the claim's English prints them: Beijing-Tianjin-Hebei is the region, not
            # Tianjin too)
            given = {n.place.key for n in gazetteer().find_english(self._as_claim(doc).en)}
            if named and named <= given:
                return False
        return self.places.swapped(doc, item)

    def _names_company_en(self, doc: Document | Claim, text: str) -> bool:
        """Whether an English statement (``text``) names the company (or its building) a claim is
        about, by the first word of its name in the claim's English that is no place and no
        common word (Laiensi of Laiensi New Materials, for 北京莱恩斯新材料科技有限公司; Siasun
        of Tianjin Siasun Intelligent Technology): a claim about it speaks to the statement,
        as one about a place it names does. Only for a subject that is a company, a group or
        a building (…公司, …集团, …大厦), whose Chinese name an English statement cannot hold."""
        if self._chinese or not _COMPANY_SUBJECT.search(doc.subject):
            return False
        word = _company_word_en(self._as_claim(doc).en)
        return word is not None and re.search(rf"\b{re.escape(word)}\b", text) is not None

    def _names_body_en(self, doc: Document | Claim) -> bool:
        """Whether an English statement gives the name of a body or park (a run of
        capitalised words, jjjcli.events.english_body_names) that the claim's English gives
        too, whole: a claim about it speaks to the statement whatever places the statement
        names beside it (the Jingjin Zhongguancun Science City in Baodi: its subject,
        京津中关村科技城, is named in Chinese alone). One of the two may open the name with
        places the claim is in (Baodi Jing-Jin Zhongguancun Science City); any other word
        makes it another body (Binhai Zhongguancun Science Park is not Zhongguancun Science
        Park, in Beijing)."""
        if not self._bodies_en:
            return False
        en = self._as_claim(doc).en
        # (the two names end in the same two words at least: most claims are passed over
        # without reading their English's names)
        flat = name_words_en(en)
        if not any(" ".join(ours[-2:]) in flat for ours in self._bodies_en):
            return False
        theirs = english_body_names(en)
        for ours in self._bodies_en:
            for name in theirs:
                longer, shorter = (ours, name) if len(ours) >= len(name) else (name, ours)
                cut = len(longer) - len(shorter)
                if longer[cut:] != shorter:
                    continue
                if not cut:
                    return True
                keys = frozenset(n.place.key for w in longer[:cut]
                                 for n in gazetteer().find_english(w.capitalize()))
                if len(keys) >= cut and self._places_given(doc, keys, own_words=False):
                    return True
        return False

    def _gives_names(self, doc: Document | Claim, item: StatedFigure | None = None) -> bool:
        """Whether a claim is about, or names in its English, every place an English
        statement names, or a place around or inside it (the Beijing-Tianjin intercity
        railway is not the Tianjin–Xiong'an one; Jing-Jin-Ji is Beijing-Tianjin-Hebei);
        always, for a Chinese statement. Of a figure (``item``) whose own words name
        places, those places (…in the Beijing sub-centre has attracted more than 20,000…,
        and Zhangjiawan Design Town more than 440: 440 is Zhangjiawan's), by the claim's
        subject and English alone; else the places its Chinese quote names count too (a
        Beijing team for 由北京团队研发设计). Where the figure's words run over several
        clauses, its own clause's places may decide as well (Tianze Electric (Tianjin),
        whose products are designed by a Beijing team…, expects output of…)."""
        if not self._english_places:
            return True
        if len(self._english_places) > 1 and gazetteer().list_swapped(
                self._english_places, frozenset().union(*self._places_of(doc))):
            return False  # (Dongcheng, Chaoyang and Haidian for 西城、朝阳、海淀)
        if self._english_sum:
            # (Beijing, Tianjin and Hebei together cut…, the region's sum: Hebei's cut is a
            # part of it)
            own, places = self._places_of(doc)[0], gazetteer()
            if own and any(key not in own and all(places.contains(key, o) for o in own)
                           for key in self._english_sum):
                return False
        if item is None:
            return self._places_given(doc, self._english_required, own_words=False)
        known = self._places_en.get(id(item))
        if known is None:  # (asked for each claim the figure is weighed with)
            known = self._places_en[id(item)] = (
                self._english_keys(came_from_blanked(item.words)),
                self._english_keys(came_from_blanked(_clause_en(self._text, item))))
        own_words, clause = known
        if self._places_given(doc, own_words or self._english_required,
                             own_words=bool(own_words)):
            return True
        return clause != own_words and self._places_given(
            doc, clause or self._english_required, own_words=bool(clause))

    def _whole_or_part_gives(self, item: StatedFigure) -> FigureVerdict | None:
        """For a figure no claim speaks to, a claim stating its value in its words about
        another place than the statement names — the region's said of a part, a part's said
        of the region, a neighbour's (PlaceScope.part_for_whole, whole_said_for,
        _part_for_whole_en) —: the reason names it, "the source gives nearly 10% for 京津冀,
        not 北京", "the source gives 73.2% for 天津市, not 河北" (the verdict stays
        unsupported: the statement may be true of its place where the sources are silent)."""
        text = self._text
        named = [(printed, key) for printed, key in self.places.named_before(text, item.end)
                 if key not in COUNTRY_KEYS]
        if not named:
            return None
        stated = item.figure
        words = bigrams(normalize(item.words))
        own_en = self._own_en(item) if not self._chinese else set()
        for doc, figure in self._holding(stated)[:HOLDING_READ]:
            if figure.qualifier != stated.qualifier or not figures_equal(figure, stated):
                continue
            if self._chinese and not self._may_hold_words(words, doc):
                continue
            claim = self._as_claim(doc)
            if self._chinese:
                if not self._same_words(item, claim, figure) or not (
                        self.places.part_for_whole(claim.subject, named, normalize(claim.quote))
                        or self.places.whole_said_for(claim.subject, claim.quote, text)):
                    continue
            elif (len(own_en & self._en_words(claim)) < max(2, EN_SAME_WORDS * len(own_en))
                  or not (self._part_for_whole_en(item, claim)
                          or self._whole_for_part_en(claim))):
                continue
            return FigureVerdict(stated, UNSUPPORTED, claim, figure, (
                f"the source gives {describe(figure)} for {claim.subject}, not "
                f"{'、'.join(dict.fromkeys(printed for printed, _key in named))}"))
        return None

    def _given_apart(self, item: StatedFigure,
                     apart: Callable[[Claim | Document, Figure], tuple[str, str] | None],
                     reason: str) -> FigureVerdict | None:
        """Unsupported, citing the first claim stating the figure's value as printed (its
        value and qualifier) about a place the statement allows, of the first HOLDING_READ
        holding it, that ``apart`` finds of another thing than the statement's figure —
        (the statement's words, the claim's) — the reason "the source gives …" and
        ``reason`` with those words as ``mine`` and ``theirs``; None where none is."""
        stated = item.figure
        mentioned = self.places.mentioned_subjects(self._text)
        # (an English count printed without a unit, 168 agreements, may be a claim's 168个)
        holding = self._holding(stated, any_unit=stated.unit is None and not self._chinese)
        for doc, figure in holding[:HOLDING_READ]:
            if (figure.qualifier != stated.qualifier or not figures_equal(figure, stated)
                    or not self.places.speaks_about(doc.subject, mentioned, self._text)):
                continue
            found = apart(doc, figure)
            if found is not None:
                mine, theirs = found
                return FigureVerdict(stated, UNSUPPORTED, self._as_claim(doc), figure,
                                     f"the source gives {describe(figure)} "
                                     + reason.format(mine=mine, theirs=theirs))
        return None

    def _each_gives(self, item: StatedFigure, relevance: list[_Scored]) -> FigureVerdict | None:
        """For a figure no claim speaks to that the statement gives to each of several, a
        claim relevant to it stating its value for them together (_each_for_all): "the
        source gives nearly 11,000 km for them together, not for each" (the verdict stays
        unsupported)."""
        relevant = {scored.doc.id for scored in relevance}
        return self._given_apart(
            item, lambda doc, _figure: ("each", "them together")
            if doc.id in relevant and self._each_for_all(item, doc) else None,
            "for {theirs}, not for {mine}")

    def _other_thing_gives(self, item: StatedFigure) -> FigureVerdict | None:
        """For a Chinese figure no claim speaks to, a claim about a place the statement
        allows that states its value for another thing of its kind (kinds.things_apart):
        the reason names both, "the source gives more than 2.5 trillion yuan for 工业, not
        农业" (the verdict stays unsupported: the sources are silent on the statement's
        thing)."""
        own = self._own_things(item) if self._chinese else None
        if own is None:
            return None

        def apart(doc: Claim | Document, figure: Figure) -> tuple[str, str] | None:
            found = things_apart(own, doc.metric, self._quoted(doc, figure))
            if found is None or not all(found):
                return None
            mine, theirs = (w.upper() if w.isascii() else w for w in found)  # (5G, PM2.5)
            return mine, theirs

        return self._given_apart(item, apart, "for {theirs}, not {mine}")

    def _alone_of_list(self, item: StatedFigure, doc: Document | Claim,
                       figure: Figure) -> tuple[str, str] | None:
        """The place a statement gives its figure for alone (仅与天津一地, 只在北京一地; *with
        Hebei province alone*) and the list the claim's quote gives it for, that place among
        others (与天津、河北签订…168个): (天津, 天津、河北); None where the statement says no
        place alone or the quote's sentence, up to its figure's clause's end, lists none with
        it."""
        places = gazetteer()
        if self._chinese:
            if not _alone_said(self._text):
                return None
            clause = clause_around(self._text, item.start, item.end)
            alone = _ALONE.search(clause)
            if alone is not None:
                mine = [n for n in places.find(alone[1]) if n.printed == alone[1]]
            else:
                mine = []
                for lead in _ONLY_WITH.finditer(clause):
                    named = places.find(clause[lead.end() :])
                    if named and named[0].start == 0 and (
                            clause[lead.end() + named[0].end : lead.end() + named[0].end + 1]
                            not in _LISTED):
                        mine = named[:1]
                        break
        else:
            english = _ALONE_EN.search(self._text)
            if english is None:
                return None
            mine = places.find_english(english[1] or english[2])
        if not mine:
            return None
        found = self._quoted(doc, figure)()
        if found is None:
            return None
        read, theirs = found
        said = to_clause_end(read.text, theirs.start, theirs.end)
        named = places.find(said)
        for at, n in enumerate(named):
            if n.place.key != mine[0].place.key:
                continue
            run = [n]  # (the places listed with it: 天津、河北, 北京和天津)
            for step in (-1, 1):
                i = at + step
                while 0 <= i < len(named):
                    a, b = (named[i], run[0]) if step < 0 else (run[-1], named[i])
                    if b.start - a.end != 1 or said[a.end] not in _LISTED:
                        break
                    run = [named[i], *run] if step < 0 else [*run, named[i]]
                    i += step
            if len(run) > 1:
                return n.printed, said[run[0].start : run[-1].end]
        return None

    def _counted_otherwise(self, item: StatedFigure, doc: Document | Claim
                           ) -> tuple[str, str] | None:
        """How a Chinese statement's sentence, up to the end of the figure's clause, counts
        what a name or list holds otherwise than the claim's quote (五大产业 for its 六大产业:
        events.counts_clash), or None. The figure itself is left out: 10大竞赛单元's 10 is
        the count its claim decides."""
        if not NAMED_COUNTS.search(self._text):
            return None
        said = to_clause_end(self._text, item.start, item.end, figure=False)
        if not NAMED_COUNTS.search(said):
            return None
        return counts_clash(said, normalize(self._as_claim(doc).quote))

    def _counted_apart(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """Support from a claim whose quote counts what a name or list holds otherwise than
        the statement's sentence (六大千亿级农业工程 for the quote's 五大千亿级工程:
        events.counts_clash): unsupported, naming both — the figure is the source's, the
        count of what it is said of is not."""
        claim = verdict.claim
        if (verdict.verdict != SUPPORTED or claim is None or not self._chinese
                or not NAMED_COUNTS.search(self._text)):
            return verdict
        clash = counts_clash(normalize(self._text), normalize(claim.quote))
        if clash is None:
            return verdict
        return FigureVerdict(item.figure, UNSUPPORTED, claim, verdict.expected,
                             f"the source says {clash[1]}, not {clash[0]}")

    def _recovered(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """Support for a sum the statement says was recovered (警方已追回被骗的3万元) from a
        claim whose quote reports it lost and says nothing of its recovery: unsupported —
        the figure is the source's, what became of the money is not."""
        claim = verdict.claim
        if verdict.verdict != SUPPORTED or claim is None:
            return verdict
        said = recovered_unsaid(self._text, claim.quote, claim.en)
        if said is None:
            return verdict
        return _not_said(item, verdict, f"it was {'recovered' if said.isascii() else said}")

    def _ranked_unsaid(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """Support for a figure of a thing the statement ranks first of its kind (中国中化
        001大厦…是雄安新区最高的建筑) from a claim whose paragraph (its English, for an English
        statement) does not rank it so (…是雄安新区较高的建筑之一): unsupported — the figure
        is the source's, the rank is not."""
        claim = verdict.claim
        ranked = superlative(self._text) if verdict.verdict == SUPPORTED else None
        if claim is None or ranked is None:
            return verdict  # (the claim's paragraph is read only for a statement that ranks)
        printed, word = ranked
        source = ("\n".join(self.kb.paragraphs_of(claim) or (claim.quote,))
                  if self._chinese else claim.en.lower())
        return verdict if word in source else _not_said(item, verdict, printed)

    def _other_day_or_phase(self, item: StatedFigure, verdict: FigureVerdict, *,
                   day: bool = True) -> FigureVerdict:
        """Support for a Chinese figure its words give a day or a phase (5月1日单日游客量63.8万
        人; 中关村科技园二期入驻率90%) from a claim whose quote gives it for others only (仅4月
        30日，…63.8万人; …一期企业入驻率达90%): unsupported, naming the source's — the figure
        is the source's, its day or its phase is not. Without ``day``, the phase only (a
        date's: 三期…于2023年9月…投产 is not 二期's)."""
        claim = verdict.claim
        if not self._chinese or claim is None or verdict.verdict != SUPPORTED:
            return verdict
        # (its words since the figure before it: 中关村科技园 二期 入驻率90%, spaced as notes
        # are, is read as three clauses)
        before = self._since_previous(item)
        if not day:
            # (a date's phase or quarter may follow it: 2023年 北京援建宣武医院（二期）开诊,
            # 一期预计2024年四季度整体完工)
            after = _DATE_WORDS_END.search(self._text, item.end)
            before += "|" + self._text[item.end : after.start() if after else len(self._text)]
        checks: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Any]], ...] = (
            (_MONTH_DAY, _day_key), (_PHASE_ANY, _phase_key), (_QUARTER, _quarter_key))
        for pattern, key in checks[0 if day else 1 :]:
            said = {key(m): m[0] for m in pattern.finditer(before)}
            if not said:
                continue
            quoted = {key(m): m[0] for m in pattern.finditer(claim.quote)}
            if quoted and not said.keys() & quoted.keys():
                return FigureVerdict(
                    item.figure, UNSUPPORTED, claim, verdict.expected,
                    f"the source gives {describe(verdict.expected or item.figure)} for "
                    f"{'、'.join(quoted.values())}, not {'、'.join(said.values())}")
        return verdict

    def _milestone_unsaid(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """Support for the figure a statement makes a record or a first of its kind (创历史
        新高，累计达115家; *a record 939 new enterprises*; 首个…超过1万P的园区) from a claim
        whose paragraph and English give no such thing: unsupported — the figure is the
        source's, the milestone is not. Only the figure nearest the words (a statement's
        other figures are what they are)."""
        claim = verdict.claim
        found = milestone(self._text) if claim is not None else None
        if claim is None or found is None:
            return verdict
        words, start, end = found
        # (in its sentence, up to a semicolon: …超800万次；2023年三地首次…培训…1.1万余名; in
        # its clause where the words are an order of their own, 首个: 发布实施全国首个…地方标准,
        # …京津冀获评…机构近1400家 — the first is the standard's)
        # (居…首位, 居…第一 rank what the sentence gave before them, whatever figure they
        # hold themselves)
        ordinal = not words.startswith("居") and any(
            s.start < end and start < s.end for s in self._stated)
        bounds = CLAUSE_BREAK if ordinal else SENTENCE_BREAK
        first = max((m.end() for m in bounds.finditer(self._text, 0, start)), default=0)
        after = bounds.search(self._text, end)
        last = after.start() if after else len(self._text)
        figures = [s for s in self._stated
                   if s.figure.unit != "date" and first <= s.start and s.end <= last
                   and (s.end <= start or s.start >= end)]
        nearest = min(figures, key=lambda s: max(start - s.end, s.start - end), default=None)
        if nearest is not item:
            return verdict
        # (the claim or a claim dating the statement's event gives it: 2023年京津冀三地首次
        # 联合发布6条产业链图谱, where the maps' claim is not the date's)
        for given in (claim, *self._dated_claims):
            if milestone_given(words, f"{self._source_text(given)}\n{given.en}"):
                return verdict
        return _not_said(item, verdict, words)

    def _goal_year_unsaid(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """Support for a goal the statement gives a year (到2035年实现1小时交通圈; *aims to
        achieve the one-hour transport circle by 2035*) from a claim of a plan or target
        for no period whose paragraph and English print no such year (努力实现“1小时交通圈”):
        unsupported — the goal is the source's, its year is not."""
        claim = verdict.claim
        if claim is None or claim.period or not item.period or not self._planned_claim(
                claim, verdict.expected):
            return verdict
        given = f"{self._source_text(claim)}\n{claim.en}"
        if any(year in given for year in item.period):
            return verdict
        return FigureVerdict(item.figure, UNSUPPORTED, claim, verdict.expected,
                             f"the source gives {describe(verdict.expected or item.figure)} "
                             f"as a goal for no year, not for {'、'.join(sorted(item.period))}")

    def _counted_gives(self, item: StatedFigure) -> FigureVerdict | None:
        """For a Chinese figure no claim speaks to, in a sentence that counts a list
        otherwise than a claim stating its value (_counted_otherwise): the reason names both,
        "the source gives more than 100 billion yuan for 六大产业, not 五大产业"."""
        if not self._chinese or not NAMED_COUNTS.search(self._text):
            return None  # (no claim holding the value need be looked at)
        return self._given_apart(item, lambda doc, _figure: self._counted_otherwise(item, doc),
                                 "for {theirs}, not {mine}")

    def _alone_gives(self, item: StatedFigure) -> FigureVerdict | None:
        """For a figure said of one place alone, a claim that states its value for that
        place among others (_alone_of_list): unsupported, whatever another claim said of it
        (the sources do not say what the one place got alone), and the reason names both,
        "the source gives 168 个 for 天津、河北, not 天津 alone"."""
        if not (_alone_said(self._text) if self._chinese else _ALONE_EN.search(self._text)):
            return None  # (no claim holding the value need be looked at)
        return self._given_apart(item, partial(self._alone_of_list, item),
                                 "for {theirs}, not {mine} alone")

    def _all_for_part_en(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """An English count the source gives, that the statement says all of did something
        (5,621 proposals were put forward and all of them were accepted), where a claim of
        its paragraph says fewer of them did it (4,791 were accepted for handling): as
        Setting.all_for_part does for Chinese, unsupported, "the source says 4,791 件 were
        accepted (a part), not all 5,621 件"."""
        claim = verdict.claim
        if self._chinese or claim is None or not tally(item.figure):
            return verdict
        said = _ALL_DID_EN.search(self._text, item.end)
        if said is None:
            return verdict
        did = _words_of_en(said[1])
        counted = verdict.expected or item.figure
        for other in self.paragraph_claims(claim):
            fewer = next((f for f in other.figures if f.unit == counted.unit
                          and f.value < counted.value), None)
            if fewer is not None and other.id != claim.id and did <= self._en_words(other):
                return given_otherwise(item, verdict, (
                    f"the source says {describe(fewer)} were {said[1]} (a part), not all "
                    f"{describe(counted)}"))
        return verdict

    def _member_for_list_en(self, item: StatedFigure, verdict: FigureVerdict
                            ) -> FigureVerdict:
        """An English count the source gives, that the statement says of some of the places
        the claim's English gives it for together (*over 10,000 branches in Hebei*, where
        the source has *in Tianjin and Hebei*): unsupported, "the source gives more than
        10,000 家 for Tianjin and Hebei, not Hebei alone" — the sources do not say what the
        one place has. Not where the claim's English gives each place its figure, or links
        them (*between Beijing and Tianjin*), nor where the statement names the others, a
        place holding them, or them together (*its neighbours*, *the two*)."""
        claim = verdict.claim
        if (claim is None or verdict.verdict != SUPPORTED or self._chinese
                or not tally(verdict.expected or item.figure) or _EACH_EN.search(claim.en)
                or _TOGETHER_EN.search(self._text)):
            return verdict
        named = self._english_places - COUNTRY_KEYS
        if not named:
            return verdict
        places = gazetteer()
        theirs = places.find_english(claim.en)
        at = 0
        while at < len(theirs):
            run = [theirs[at]]
            while at + len(run) < len(theirs) and _LIST_JOIN_EN.fullmatch(
                    claim.en, run[-1].end, theirs[at + len(run)].start):
                run.append(theirs[at + len(run)])
            at += len(run)
            keys = {n.place.key for n in run}
            if len(keys) < 2 or not _LIST_LEAD_EN.search(claim.en, 0, run[0].start):
                continue
            mine = [k for k in keys if any(places.contains(n, k) for n in named)]
            if mine and len(mine) < len(keys):
                said = " and ".join(n.printed for n in run if n.place.key in mine)
                return FigureVerdict(
                    item.figure, UNSUPPORTED, claim, verdict.expected,
                    f"the source gives {describe(verdict.expected or item.figure)} for "
                    f"{claim.en[run[0].start : run[-1].end]}, not {said} alone")
        return verdict

    def _whole_of_part(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A Chinese count the source gives for a part of a zone (its subject: the zone's
        name and a park's or a cluster's after it, 玉田经济开发区后湖园区, 北京自贸试验区通州组团),
        that the statement says of the zone, not naming the part (玉田经济开发区80多家企业):
        unsupported, "the source gives more than 80 家 for 玉田经济开发区后湖园区, not all of
        玉田经济开发区" — the sources do not say what the whole zone has."""
        claim = verdict.claim
        if (claim is None or verdict.verdict != SUPPORTED or not self._chinese
                or not tally(verdict.expected or item.figure)):
            return verdict
        subject = normalize(claim.subject)
        if not _PART_OF_ZONE.search(subject):
            return verdict
        said = normalize(self._text)
        # (the longest start of the subject the statement prints, and the part after it)
        whole = next((subject[:size] for size in range(len(subject) - 2, MIN_ZONE_NAME - 1, -1)
                      if subject[:size] in said), None)
        if (whole is None or not _PART_OF_ZONE.fullmatch(subject, len(whole))
                or subject[-MIN_ZONE_NAME:] in said):
            return verdict  # (not where it names the part: 北京自贸区通州组团)
        return FigureVerdict(item.figure, UNSUPPORTED, claim, verdict.expected,
                             f"the source gives {describe(verdict.expected or item.figure)} "
                             f"for {claim.subject}, not all of {whole}")

    def _batches_give(self, item: StatedFigure, verdict: FigureVerdict
                      ) -> FigureVerdict | None:
        """For a Chinese figure said of one batch (第一批就推出了203项), a claim about a place
        the statement allows that states its value for several batches together
        (kinds.one_batch_of_several: 先后推出5批共203项): unsupported, and the reason names
        both, "the source gives 203 项 for 5批 together, not for 第一批" — whatever a claim
        printing the value alone (推动203项政务服务事项“同事同标”) or another value said it;
        the sources do not say what one batch held. None where the claim deciding names
        that batch itself."""
        one = batch_before(self._text, item.start)
        if one is None or (verdict.claim is not None and verdict.verdict == SUPPORTED
                           and one in normalize(verdict.claim.quote)):
            return None
        return self._given_apart(
            item, lambda doc, figure: one_batch_of_several(self._text, item.start,
                                                           self._quoted(doc, figure)),
            "for {theirs} together, not for {mine}")

    def _part_for_whole_en(self, item: StatedFigure, claim: Claim) -> bool:
        """Whether an English statement names before the figure only divisions strictly
        inside the claim's places that neither its English (its region's name read whole:
        Beijing-Tianjin-Hebei is not Beijing) nor its quote gives (PlaceScope.part_for_whole:
        *In 2014 Beijing had 7.4% of China's manufacturing legal entities* is the region's
        figure)."""
        named = [(n.printed, n.place.key) for n in self.places.named(self._text)
                 if n.start < item.end]
        if not self.places.part_for_whole(claim.subject, named, ""):
            return False  # (the quick test first: its English is read only then)
        given = self._places_of(claim)[1] | {
            n.place.key for n in gazetteer().find_english(claim.en)}
        return not any(key in given for _printed, key in named)

    def _places_of(self, doc: Document | Claim
                   ) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The places a claim gives by its subject and English, those its quote names —
        not where things came from (*…from Beijing and Tianjin*, 承接京津转移: Hebei's
        nearly 40,000 are not Tianjin's) — and those it says things came from."""
        known = self._claim_places.get(doc.id)
        if known is None:
            if len(self._claim_places) > KEPT_CLAIMS:
                self._claim_places = {}
            claim = self._as_claim(doc)
            own = self._english_keys(came_from_blanked(claim.en))
            quote = normalize(claim.quote)
            quoted = self.places.stated_in(quote, scope_aside=False)
            known = self._claim_places[doc.id] = (
                frozenset(self.places.keys(doc.subject)) | own, quoted,
                (self._english_keys(claim.en) - own)
                | (frozenset(n.place.key for n in gazetteer().find(quote)) - quoted))
        return known

    def _places_given(self, doc: Document | Claim, stated: frozenset[str], *,
                      own_words: bool) -> bool:
        """Whether the claim gives each of the ``stated`` places (_gives_names): by its
        subject and English, and where they are not the figure's ``own_words``, by its
        Chinese quote too."""
        known = self._places_of(doc)
        own = known[0] if own_words else known[0] | known[1]
        # (where it says things came from, for a statement that says they came from there:
        # 42 of them from Beijing)
        own |= known[2] & self._english_from
        places = gazetteer()
        # the claim is where its innermost places are (北京城市副中心站至北京首都国际机场:
        # the sub-centre, not all of Beijing, so not Daxing)
        inner = [b for b in own if not any(c != b and places.contains(b, c) for c in own)]
        return all(any(places.contains(a, b) or places.contains(b, a) for b in inner)
                   for a in stated)

    def _asked_en(self) -> set[str]:
        """What an English statement asks how many of (How many municipal departments moved
        to…: municipal, department, moved; _words_after_en), empty where it asks none."""
        if self._how_many is None:
            return set()
        return _words_after_en(*self._how_many, phrase=True)

    def _tier_for_rank(self, item: StatedFigure, doc: Document | Claim,
                       figure: Figure) -> bool:
        """Whether the claim's order is a tier (居全国第一梯队; the first tier) and the
        statement's a rank (全国排名第一; ranked first): one of the best is not the best."""
        if figure.qualifier != "ordinal":
            return False
        if self._chinese:
            quoted = self._in_quote(self._as_claim(doc), figure)
            return (quoted is not None
                    and self._read_quote(self._as_claim(doc)).text.startswith(_TIER, quoted.end)
                    and not self._text.startswith(_TIER, item.end))
        return (_TIER_EN.search(self._as_claim(doc).en) is not None
                and _TIER_EN.search(self._text) is None)

    def _other_document(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether a Chinese figure's sentence names documents (《…》) and the claim's quote
        others (kinds.other_document): the 21 tasks of 《…行动计划(2016—2018年)》 are not
        those of 《…三年行动计划（2018—2020）》, nor is 首个 of a standard the source names
        said of a regulation."""
        if not self._chinese or "《" not in self._text:
            return False
        titles = self._titles.get(id(item))
        if titles is None:  # (once a figure, not once for each claim weighed against it)
            text = self._text
            after = SENTENCE_BREAK.search(text, item.end)
            titles = self._titles[id(item)] = document_titles(
                back_to(text, item.start, SENTENCE_BREAK)
                + text[item.start : after.start() if after else len(text)])
        if not titles:
            return False
        claim = self._as_claim(doc)
        if not other_document(titles, claim.quote):
            return False
        # (the titles its paragraph lists before the quote, in its sentence: 《…框架协议》
        # 《…合作备忘录》等60余项合作文件 quoted from the last title on)
        for paragraph in self.kb.paragraphs_of(claim) or ():
            at = paragraph.find(claim.quote)
            if at > 0:
                return other_document(
                    titles, back_to(paragraph, at, SENTENCE_BREAK) + claim.quote)
        return True

    def _from_elsewhere_en(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether an English figure's own words say its things came from places (…workers
        from Beijing…) none of which the claim's English says they came from, where it says
        they came from others (workers from Hebei … in Beijing): the way turned."""
        if self._chinese or not self._english_from:
            return False
        return self._apart_en(_came_from_en(item.words), doc, _came_from_en)

    def _set_in_elsewhere_en(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether an English figure's own words put its things in places (…registered
        11,000 new firms in Tianjin and Hebei; where its clause names none, its sentence's)
        none of which is, holds or lies in the place the claim's metric registers or sets
        them up in (在北京新增注册企业数量: in Beijing): the way turned."""
        set_in = None if self._chinese else _SET_IN_METRIC.match(doc.metric)
        if set_in is None:
            return False
        places = gazetteer()
        theirs = [n.place.key for n in places.find(set_in[1]) if n.start == 0]
        if not theirs:
            return False
        # (its clause's, else its sentence's: …37,000 enterprises in Tianjin and Hebei…, with
        # registered capital … falling by an average 4.1% a year)
        own = (self._english_keys(named_in_en(item.words))
               or self._english_keys(named_in_en(self._text)))
        return bool(own) and not any(places.related(a, b) for a in own for b in theirs)

    def _apart_en(self, own: frozenset[str], doc: Document | Claim,
                  read: Callable[[str], frozenset[str]]) -> bool:
        """Whether the claim's English, read as an English figure's words were (``read``:
        where things came from, a level of government, where firms are from), gives some
        and none of the figure's ``own``."""
        if not own:
            return False
        theirs = read(self._as_claim(doc).en)
        return bool(theirs) and not theirs & own

    def _whole_for_part_en(self, doc: Document | Claim) -> bool:
        """Whether an English statement names only wholes around the place a claim is
        about, which its quote names by a name of its own (PlaceScope.whole_for_part,
        whole_said_for, as for Chinese): *…22.4% of all telecom fraud cases in Beijing* is
        Tongzhou's 22.4% said of the city."""
        places = gazetteer()
        if not all(places.places[key].kind == COUNTY for key in self.places.keys(doc.subject)):
            return False  # (a district's or a county's: a region's English, the core capital
            # functional area, the gazetteer may not read)
        return (self.places.whole_for_part(doc.subject, self._places_named())
                and self.places.whole_said_for(doc.subject, self._as_claim(doc).quote,
                                               self._text))

    def _phase_for_whole_en(self, doc: Document | Claim) -> bool:
        """Whether the claim is of one phase of a place or project (its subject's 一期, 二期,
        起步区: 京津合作示范区一期起步区) and an English statement names no phase: *The
        Beijing-Tianjin Cooperation Demonstration Zone covers a total of 11.8 square
        kilometres* is the first-phase start-up area's figure said of the whole zone."""
        return (not self._chinese and part_said(doc.subject)
                and not part_said_en(self._text))

    def _more_places_named(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A figure of a claim whose subject is places and nothing more, two at least (北京、
        天津、雄安新区), where the figure's clause up to its end names all of them and more
        (京雄津保唐“半小时交通圈”): the source gives it for fewer places — unsupported."""
        claim = verdict.claim
        assert claim is not None
        places = gazetteer()
        subject = normalize(claim.subject)
        found = places.find(subject)
        theirs = {n.place.key for n in found}
        if (len(theirs) < 2 or found[0].start or found[-1].end != len(subject)
                or _list_apart(subject, found)
                or any(places.contains(a, b) for a in theirs for b in theirs if a != b)):
            return verdict  # (places apart and nothing more: 北京、天津、雄安新区; not 廊坊北三县)
        # (the clause up to the figure's end: 京雄津保唐 are initials before 半小时)
        clause = back_to(self._text, item.start) + self._text[item.start : item.end]
        named = places.find(clause)
        # the list of places holding the claim's (those with nothing but a list's marks
        # between them)
        runs: list[list[Any]] = []
        for n in named:
            if runs and not _list_apart(clause, [runs[-1][-1], n]):
                runs[-1].append(n)
            else:
                runs.append([n])
        mine = next(({n.place.key for n in run} for run in runs
                     if theirs <= {n.place.key for n in run}), set())
        if not (theirs < mine):
            return verdict
        extra = "、".join(dict.fromkeys(places.places[key].name for key in mine - theirs))
        return FigureVerdict(item.figure, UNSUPPORTED, claim, verdict.expected, (
            f"the source gives {describe(verdict.expected or item.figure)} for "
            f"{claim.subject}, not with {extra}"))

    def _direction_turned(self, doc: Document | Claim) -> bool:
        """Whether a Chinese statement names places only as what something is done to (我市
        对津冀企业新增注册3.7万户) and the claim's quote names one of them as what does it (津冀
        对北京企业新增注册1.1万户): its figure is the other direction's."""
        if "对" not in self._text:
            return False
        quote = self._as_claim(doc).quote
        if "对" not in quote:
            return False
        targets = self.places.acted_on(self._text)
        return bool(targets) and any(
            n.place.key in targets and quote[n.end : n.end + 1] == "对"
            for n in self.places.named(quote))

    def _since_previous(self, item: StatedFigure) -> str:
        """The statement's words before a figure since the figure before it, or its
        sentence's start (_whole_for_phase and _other_day_or_phase read a phase there)."""
        since = max((s.end for s in self._stated if s.end <= item.start), default=0)
        return back_to(self._text[since : item.start], item.start - since, SENTENCE_BREAK)

    def _whole_for_phase(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether a Chinese figure's words since the figure before it (or its sentence's
        start) name a phase of something (一期总投资25亿元: _PHASE, not one in brackets:
        宣武医院（一期）) and the claim's paragraph names none, nor its subject or metric: the
        whole's figure says nothing of a phase's (曹妃甸's 总投资1948.78亿元)."""
        if not self._chinese:
            return False
        if _PHASE.search(self._since_previous(item)) is None:
            return False
        claim = self._as_claim(doc)
        read = self._read_paragraph(claim)
        return not (part_said(claim.subject) or part_said(claim.metric)
                    or _PHASE.search(read.text if read is not None else claim.quote))

    def _other_quoted_term(self, item: StatedFigure, doc: Document | Claim,
                           figure: Figure) -> bool:
        """Whether a Chinese figure's own words hold a term in quotation marks and the
        claim's figure's own words in its quote hold only terms sharing no character pair
        with it: “跨省市通办”政务服务事项 are not the quote's 179项政务服务事项“同事同标” (its
        234项 are “跨省通办”)."""
        if not _QUOTED_TERM.search(item.words):
            return False
        quoted = self._in_quote(self._as_claim(doc), figure)
        return quoted is not None and _quoted_term_shared(item.words, quoted.words) is False

    def _metric_place_swapped(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether a Chinese figure's own words put a place where the claim's metric puts
        another, right beside the same words (北京优质养老机构43家 for the metric 展示津冀优质
        养老机构数量: Tianjin's and Hebei's institutions on Beijing's website), where its words
        name no place that is the other, holds it or is held by it (流向津冀 named too, or
        河北 of 北京、河北 for 京冀: the metric's place is the statement's), but in a name in
        quotation marks (“乐游京津冀一码通”). (The quote's own words beside its figure are not
        weighed so: 天津相继与北京、河北共建46家 lost the quote's 天津与北京、河北共建.)"""
        if not self._chinese:
            return False
        places = gazetteer()
        words = item.words
        # (not a place inside a name in quotation marks: “乐游京津冀一码通”)
        inside = [m.span() for m in _IN_QUOTATION_MARKS.finditer(words)]
        named = [n for n in places.find(words)
                 if not any(start <= n.start < end for start, end in inside)]
        if not named:
            return False
        metric = doc.metric
        for their in places.find(metric):
            if any(places.related(mine.place.key, their.place.key) for mine in named):
                continue
            for mine in named:
                after = words[mine.end : mine.end + 2]
                before = words[max(0, mine.start - 2) : mine.start]
                if (len(after) == 2 and metric.startswith(after, their.end)
                        or len(before) == 2 and their.start >= 2
                        and metric[their.start - 2 : their.start] == before):
                    return True
        return False

    def _other_level_en(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether an English figure's own words give its things a level of government
        (municipal-level innovation cases) and the claim's English gives them only others
        (7 national-level reform cases: 11 are the municipal ones)."""
        return not self._chinese and self._apart_en(_levels_en(item.words), doc, _levels_en)

    def _origin_elsewhere_en(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether an English count names the place its firms are from right after it
        (8 Beijing enterprises), or asks for them (How many Beijing enterprises…), and the
        claim's English counts firms from others only
        (Eight Tianjin companies have moved into…): another count of the same place's."""
        if self._chinese:
            return False
        own = self._english_keys(origin_after(self._text, item.end))
        if not own and self._how_many is not None:  # (Q: How many Beijing enterprises…? A: 8)
            own = self._english_keys(origin_after(*self._how_many))
        return self._apart_en(own, doc, lambda en: self._english_keys(origins_en(en)))

    def _other_body_en(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether an English statement names, last before the figure, a company or body
        (a capitalised name, but for the places the gazetteer knows in it: Xiaomi Auto, Li
        Auto, Hyundai of Beijing Hyundai) that the claim's English does not: its figure is
        that body's, not the claim's (Xiaomi Auto has 70 … and Li Auto has 45: 70 is not
        Li Auto's 70家; Beijing Hyundai's 36.6 billion yuan is not Beijing Benz's). A
        speaker is held to it too, or to the claim's note (Xi Jinping noted that…: "Stated
        by Xi Jinping…"); an English name the claim's English never gives (Gao Yunlong
        reported…) leaves the figure unsupported."""
        if self._chinese:
            return False
        owner = _OWNER_AFTER_EN.match(self._text, item.end)
        if owner and not gazetteer().find_english(owner.group(1)):
            # a body named right after the figure is its owner, whatever is named before
            # (…45 supply-chain companies, compared with 70 for Li Auto: 70 is Li Auto's)
            return self._not_named_en([w[:4] for w in owner.group(1).split()
                                       if w.lower() not in _COMMON_CAPITALISED], doc)
        text = uncompared(self._text)[: item.start]  # (not Unlike Beijing's Unlike)
        given = item.given_back  # (…to Xianghe county and 51 minutes: Xianghe is 52's)
        clause = CLAUSE_END_EN.split(text)[-1]
        if _OWN_SUBJECT_EN.match(clause):
            # a clause of its own, with its own subject: the bodies named before it are not
            # its figure's (…including Sinochem…, and central SOEs have set up more than 140)
            cut = len(text) - len(clause)
            text = " " * cut + clause  # (as long: positions hold)
        places = [(n.start, n.end) for n in gazetteer().find_english(text)]
        # (a name in quotation marks is a campaign's or a slogan's, not a body's: since the
        # "Thousand Enterprises to Xiong'an" campaign began, …90% occupied)
        quoted = [m.span() for m in _QUOTED_EN.finditer(text)]
        last = None
        for m in _PROPER_NAME.finditer(text):
            if any(s <= m.start() < e for s, e in quoted):
                continue
            if m.start() == 0 and " " not in m.group(0) and not text.startswith(
                    ("'s", "’s"), m.end()):
                continue  # (a sentence's first word is capitalised whatever it is; not
                # where it owns what follows: Tencent's)
            if given is not None and given[0] <= m.start() < given[1]:
                continue  # (the previous figure's words, given back to it by the reader)
            words = [w for w in re.sub("['’]s\\b", "", m.group(0)).split()
                     if w.lower() not in _COMMON_CAPITALISED and not _short_form(w)]
            if any(s < m.end() and m.start() < e for s, e in places):
                # a place and one word (Beijing Hyundai, Tianjin Port): a brand, by its
                # first four letters (port for Port's); more words are a body's own name
                # the claim's English may put otherwise (Center, Centre), but for one
                # that ends in what it is (Beijing Friendship Hospital: _OWNING_BODY)
                own_words = [w[0] for w in re.finditer(r"[A-Za-z]+", m.group(0))
                             if w[0].lower() not in _COMMON_CAPITALISED and w[0] != "s"
                             and not any(s <= m.start() + w.start() < e for s, e in places)]
                # (not Hospital's s, nor Tencent's of Tencent's Zhangbei)
                if len(own_words) != 1 and not (own_words and own_words[-1] in _OWNING_BODY):
                    # the body named last is this one, not a name before; or the place's
                    # whose figure follows (…29 minutes and Tianjin's Binhai New Area 58)
                    if own_words or re.search("['’]s\\b", m.group(0)):
                        last = None
                    continue
                words = [w[:4] for w in own_words]
            if words:
                last = words
        return last is not None and self._not_named_en(last, doc)

    def _not_named_en(self, last: list[str], doc: Document | Claim) -> bool:
        """Whether the claim's English (or its note) does not give the body named by the
        words ``last`` (each by its first four letters): _other_body_en."""
        if not last:
            return False
        claim = self._as_claim(doc)
        # (its note may name who said it: "Stated by Xi Jinping at the symposium…")
        own = WORD.findall(f"{claim.en} {claim.note}".lower())
        own += [spelled for word in own for spelled in _SPELLINGS_OF_EN.get(word, ())]
        # (a long name the claim's English gives in part is still its name: Zhangbei Cloud
        # Computing Industrial Park for the Zhangbei cloud computing park; Li Auto is not
        # Xiaomi Auto, nor Wang Huning Gao Yunlong)
        found = sum(any(o.startswith(w.lower()) for o in own) for w in last)
        return found < len(last) and (len(last) < 4 or 4 * found < 3 * len(last))

    def _not_its_figure(self, item: StatedFigure, doc: Document | Claim,
                        figure: Figure) -> bool:
        """Whether the claim's figure, of the statement figure's value, is plainly another
        thing: another industry's (other_industry: 医药制造业's 9.5% for 装备制造业's); one
        whose quote gives the statement's words to another figure (_sibling_in_quote:
        12个北京市高精尖学科 for 12个国家一流学科, 应出席委员2162人 for 实到委员2162人); another
        thing whatever the values (_another_thing: a share for a change, the new ones for
        the total, another base year, a part's for the whole's); another item of a 分别
        list (_other_item); a claim not about an English statement's places
        (_gives_names), nor about the company or body it names before the figure
        (_other_body_en: Xiaomi Auto's 70 is not Li Auto's), nor a whole's an English
        statement gives a part of (_part_for_whole_en); one whose place the statement
        swapped for another before the figure, its own words not naming it
        (PlaceScope.swapped: 天津…21.4% is not 河北's 21.4%), or naming it in a list with
        another swapped (PlaceScope.list_swapped: 石家庄、邢台、保定 for 石家庄、邢台、
        邯郸), or a group of places the statement lists otherwise (PlaceScope.another_group:
        京津雄's half hour is not 京雄津保唐's); a plan for a fact (_plan_for_fact); another
        metric than the one the figure's words name, where the sources give it
        (_another_metric); one after another lead in its quote (_about_lead)."""
        return (other_industry(normalize(item.words), normalize(doc.metric))
                or self._other_side(item, doc, figure)
                or self._sibling_en(item, doc, figure)
                or self._sibling_in_quote(item, self._as_claim(doc), figure)
                or self._another_thing(item, doc, figure)
                or self._other_item(item, doc, figure) or not self._gives_names(doc, item)
                or self._other_body_en(item, doc)
                or self._from_elsewhere_en(item, doc)
                or self._set_in_elsewhere_en(item, doc)
                or self._origin_elsewhere_en(item, doc)
                or self._phase_for_whole_en(doc)
                or self._other_level_en(item, doc)
                or self._metric_place_swapped(item, doc)
                or self._other_document(item, doc)
                or self._tier_for_rank(item, doc, figure)
                or (not self._chinese and (self._part_for_whole_en(item, self._as_claim(doc))
                                           or self._whole_for_part_en(doc)))
                or (self.places.list_swapped(doc, item)
                    if self.places.names_subject(item.words, doc.subject)
                    else self._swapped(doc, item))
                or self.places.another_group(doc.subject, self._text)
                or self._plan_for_fact(item, doc)
                or self._due_for_present(item, doc, figure)
                or self._another_metric(item, doc, figure)
                or self._about_lead(item, doc, figure, overturning=False)
                or self._other_change(item, doc, figure))

    def _other_change(self, item: StatedFigure, doc: Document | Claim, figure: Figure) -> bool:
        """Whether the statement's figure is the value a change comes to (从156人增长至7300余
        人) and the claim's paragraph prints that change, from the same value, coming to
        another value of the figure's unit than the claim's (累计有7300余名…,在院老年人数从156
        人增长至4799人: the 7,300 are not where the 156 came to). The items of a list the
        change comes to are all its (从1M提速至500M、1000M)."""
        if span_end(self._text, self._stated, item) != "to":
            return False
        start = self._stated[self._stated.index(item) - 1].figure
        claim = self._as_claim(doc)
        read = self._read_paragraph(claim)
        if read is None:
            return False
        figures = read.figures
        for at, end in enumerate(figures[:-1]):
            if not (end.figure.unit == start.unit and figures_equal(end.figure, start)
                    and span_end(read.text, figures, end) == "from"):
                continue
            reached = [figures[at + 1]]
            for following in figures[at + 2 :]:
                if not LIST_GAP.fullmatch(read.text, reached[-1].end, following.start):
                    break
                reached.append(following)
            if any(figures_equal(o.figure, figure) for o in reached):
                return False
            if any(units_match(o.figure, item.figure) for o in reached):
                return True
        return False

    def _read_paragraph(self, claim: Claim) -> Sentence | None:
        """A claim's paragraph(s) read as one text (kept, as quotes are); None where its
        source cannot be read."""
        key = (claim.source, claim.first, claim.last)
        if key not in self._paragraph_reads:
            if len(self._paragraph_reads) > KEPT_LOOKUPS:
                self._paragraph_reads = {}
            paragraphs = self.kb.paragraphs_of(claim)
            self._paragraph_reads[key] = None if paragraphs is None else read_sentence(
                "\n".join(paragraphs), simplified=True)
        return self._paragraph_reads[key]

    def _other_side(self, item: StatedFigure, doc: Document | Claim, figure: Figure) -> bool:
        """Whether the figure's words, or its clause's before it (出口货物集港预期由5天压缩至
        1.5小时), name one side of a pair (出口) and the claim's metric and quote only the
        other (进口货物提箱用时…) — kinds.other_side —, or a rate per one period and the
        quote per another (每年 for 每个月: kinds.other_rate); an English sentence, one side
        its claim's English does not (inpatient bills for outpatient: ENGLISH_SIDES)."""
        words = normalize(item.words + " " + self._before(item))
        if not self._chinese:  # (inpatient bills, where the claim's English says outpatient)
            said = set(WORD.findall(self._text.lower()))  # (its sentence: both sides, no side)
            claim = self._as_claim(doc)
            if any(w in said for pair in ENGLISH_SIDES for w in pair) and opposed(
                    said, set(WORD.findall(claim.en.lower())), ENGLISH_SIDES):
                return True
            if self._other_rate_en(item, claim):
                return True
        if not rate_periods(words) and not any(w in words for pair in SIDES for w in pair):
            return False
        claim = self._as_claim(doc)
        quoted = normalize(doc.metric + " " + claim.quote)
        return other_side(words, quoted) or other_rate(words, quoted)

    def _other_rate_en(self, item: StatedFigure, claim: Claim) -> bool:
        """Whether an English figure's own words give it per one period (a monthly capacity,
        *a year*) and the claim per another (年产能, *annual capacity*: kinds.other_rate), or
        a count or sum per year where the claim, of no period, gives it per none: a count
        so far (*115 penalty benchmarks each year* is not the source's 推动115项…统一)."""
        text = self._text
        # (its own words: those after the figure before it in its clause, and up to the
        # next figure or clause — *…tourist visits a year on average and has 23 scenic
        # spots* gives the 23 none; and before it, *a year* is the figure's before: *100
        # billion yuan a year for four consecutive years*)
        start, end = self._between_figures(item)
        before = _CLAUSE_EN.split(text[start : item.start])[-1]
        said = rate_periods(_RATE_PHRASE_EN.sub("", before) + " "
                            + _CLAUSE_EN.split(text[item.end : end])[0])
        if not said:
            return False
        printed = rate_periods(f"{claim.metric} {claim.quote} {claim.en}")
        if printed:
            return not said & printed
        return (said == {"年"} and item.figure.unit not in ("%", "个百分点")
                and not claim.period and not per_one(claim.quote))

    def _another_thing(self, item: StatedFigure, doc: Document | Claim,
                       figure: Figure) -> bool:
        """Whether the claim's figure is another thing than the statement's, whatever their
        values — so it neither supports nor contradicts it (the agreeing claims, the one
        that decides, _disagreeing): a share and a change, two phases (_other_kind); the new
        ones and a stock or a total (_other_count); a multiple or a change from another
        year (_other_base); a part's figure and the whole's (PlaceScope.names_a_part,
        names_a_whole); another body than the statement names (a company, a hospital, a
        building: PlaceScope.body_swapped), or a place whose name the statement gives only
        in a body's (河北 of 河北京车造车基地: PlaceScope.inside_body_name), or leaves out
        (除北京外: PlaceScope.excludes), another example
        before 等 (_other_example), the other end of a change (_other_end: 从45亩 is not
        到了185亩's claim); a running total and one year's (_total_for_a_year); the other
        side of a pair or another rate's
        period (_other_side: 缺席 for 应出席); an average and a whole (_other_average); shares
        of two wholes (_other_whole); what a change came to and by how much (增加到 and 增加了:
        kinds.other_step); a year's average change and the whole (年均 and 累计:
        _other_growth); things finished and things begun (开学 and 开工:
        kinds.other_stage); a thing done wholly and one in part (全面形成 and 基本形成:
        kinds.other_degree); the other way between places (天津、河北向北京 and 北京向天津、
        河北: kinds.other_direction); firms of another place (河北本地企业 and 北京企业:
        kinds.other_origin); differences measured against two things (比旅游人次
        年均增速 and 高于全国平均水平: kinds.other_against); things in two reaches
        (在全国范围内 and 在京津冀区域内, 北京市首个 and 天津市首个: kinds.other_reach); two
        numbered classes (Ⅲ类水质 and Ⅱ类水质: kinds.other_class); an order from the end and
        one from the start (倒数第一 and 第一: kinds.from_the_end); the whole of a share and the
        part (移动电话基站总数 and 5G基站…占…总数的31.4%: kinds.whole_of_share); a band of
        ranks left and one held (退出…后十名 and 排名后十名: kinds.left_ranks); the firms
        above a size and all (规上工业企业研发投入强度 and 研发投入强度: kinds.narrower_count,
        and the other way: kinds.wider_count); a zone's part and the zone (京津合作示范区
        一期起步区 and 京津合作示范区: kinds.part_of_subject); one place alone and a list
        holding it (仅与天津一地 and 与天津、河北: _alone_of_list); a list or a name counted
        otherwise (五大产业 and 六大产业: _counted_otherwise)."""
        return (self._other_kind(item, doc, figure) or self._other_count(item, doc, figure)
                or self._total_for_a_year(item, doc, figure)
                or self._other_side(item, doc, figure)
                or other_thing(self._own_things(item), doc.metric, self._quoted(doc, figure))
                or (not self._chinese and self._other_thing_en(item, doc, figure))
                or self._other_average(item, doc, figure)
                or self._each_for_all(item, doc)
                or self._other_share_whole(item, doc, figure)
                or self._other_growth(item, doc, figure)
                or self._other_whole(item, doc, figure)
                or other_step(self._text, item.start, self._quoted(doc, figure))
                or change_for_level(self._text, item.start, item.figure.unit, doc.metric,
                                    self._quoted(doc, figure))
                or sub_index_for_index(self._text,
                                       lambda: f"{doc.metric} {self._as_claim(doc).quote}")
                or level_for_growth(self._text, item.start, item.end, item.figure.unit,
                                    self._claim_year(doc), self._quoted(doc, figure))
                or other_base_period(self._text, item.start, item.end,
                                     self._quoted(doc, figure))
                or self._other_base_year(item, doc, figure)
                or other_stage(self._text, item.start, item.end, self._quoted(doc, figure))
                or (self._chinese and part_of_subject(
                    self._text, item.start, item.end, normalize(doc.subject),
                    self._quoted(doc, figure)) is not None)
                or self._alone_of_list(item, doc, figure) is not None
                or (self._chinese and self._counted_otherwise(item, doc) is not None)
                or other_degree(self._text, item.start, item.end, self._quoted(doc, figure))
                or (self._chinese and other_work(self._text, item.end, self._quoted(doc, figure)))
                or other_reach(self._text, item.start, item.end, self._quoted(doc, figure))
                or self._whole_for_phase(item, doc)
                or (self._chinese and located_part_or_whole(
                    self._text, item.start, item.end, self._quoted(doc, figure)))
                or other_occasion(self._text, item.start, item.end, self._quoted(doc, figure))
                or other_scope(self._text, item.start, item.end, self._quoted(doc, figure))
                or other_class(self._text, item.start, item.end, self._quoted(doc, figure))
                or (item.figure.qualifier == "ordinal" and self._from_the_end(item, doc, figure))
                or narrower_count(self._said_with_lead(item), self._quoted(doc, figure))
                or wider_count(self._text[: item.end] + " " + self._said_with_lead(item),
                               item.figure.unit, doc.metric, self._quoted(doc, figure))
                or (item.figure.qualifier in ("top", "bottom") and left_ranks(
                    self._text, item.start, item.end, self._quoted(doc, figure)))
                or other_direction(self._text, item.start, self._quoted(doc, figure))
                or (self._chinese
                    and other_origin(self._text, item.start, item.end,
                                     self._quoted(doc, figure)))
                or (item.figure.unit == "个百分点"
                    and other_against(self._text, item.start, self._quoted(doc, figure)))
                or whole_of_share(normalize(item.words), self._quoted(doc, figure))
                or self._other_base(item, doc) or self._other_body(item, doc)
                or self.places.inside_body_name(doc.subject, item.words,
                                                self._as_claim(doc).quote, self._text)
                or self.places.excludes(self._text, doc.subject, self._as_claim(doc).quote)
                or self._other_example(item, doc, figure) or self._other_end(item, doc, figure)
                or (self._chinese and of_an_example(item.words, self._quoted(doc, figure)))
                or self.places.names_a_part(item.words, doc.subject)
                or (self._chinese and self.places.part_among(
                    self._before(item), doc.subject, self._as_claim(doc).quote))
                # (a clause may name the part after the figure: Beijing has arranged for
                # 63 schools … to support schools in Tongzhou; 北京统筹全市63所优质学校“一对一”
                # 支持通州区学校)
                or (self.places.names_a_whole(self._before(item), doc.subject)
                    and not self.places.names_subject(self._after(item), doc.subject)
                    if self._chinese else
                    self.places.names_a_whole(_clause_en(self._text, item), doc.subject)))

    def _other_thing_en(self, item: StatedFigure, doc: Document | Claim,
                        figure: Figure) -> bool:
        """Whether an English figure's own words name another thing of a kind than the
        claim's English (kinds.other_thing_en: agricultural for industrial), or another
        time, batch or session (kinds.occasions_clash_en: the second batch for the first),
        or goes the other way between places (kinds.other_way_en)."""
        english = self._as_claim(doc).en
        own = f"{item.words} {item.figure.raw}"
        # (a clause with a subject of its own names its thing: …headquarters projects of
        # central SOEs…, and central SOEs have set up more than 140 entities)
        things = (_clause_en(self._text, item)
                  if _OWN_SUBJECT_EN.match(_clause_before_en(self._text, item)) else own)
        return (other_thing_en(things, english) or occasions_clash_en(own, english)
                or other_way_en(own, english, self._quoted(doc, figure)))

    def _said_with_lead(self, item: StatedFigure) -> str:
        """A figure's clause and, in Chinese, its lead's words (研发投入强度约为1.6% after
        规上工业企业研发投入1270亿元 is the same firms'); an English clause is its own (…, and
        the region was granted nearly 389,600 patents)."""
        if not self._chinese:
            return _clause_en(self._text, item)
        lead = self._lead(item)
        own = clause_around(self._text, item.start, item.end)
        if lead is None or _OWN_POPULATION.search(self._before(item)):
            return own  # (its clause names what it counts: 高精尖产业增加值占比达到30.9%
            # after 高技术制造业增加值占规模以上工业比重达到32.3% is no firms' above a size)
        return f"{lead.words} {own}"

    def _other_body(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether a Chinese statement puts another name where the claim's quote names the
        body it is about (PlaceScope.body_swapped), or names last before the figure another
        body than the claim's that the quote does not print (PlaceScope.other_body: 元一生物
        for 天津新松智能科技有限公司's 8名)."""
        if not self._chinese or spelled_out(doc.subject,
                                                            self._text[: item.end]):
            return False  # (平谷、蓟州、三河、兴隆四地 are 平蓟三兴)
        quote = self._quote_chinese.get(doc.id)
        if quote is None:
            if len(self._quote_chinese) > KEPT_LOOKUPS:
                self._quote_chinese = {}
            if isinstance(doc, Claim):
                quote = "".join(_CJK_CHAR.findall(normalize(doc.quote)))
            else:  # (a search document's Chinese is its metric's and subject's, then its
                # quote's)
                quote = doc.chinese[len(_CJK_CHAR.findall(doc.keytext)):]
            self._quote_chinese[doc.id] = quote
        if self.places.body_swapped(doc.subject, quote, self._chinese) or (
                self.places.other_body(doc.subject, quote, item.end)):
            return True
        # (the claim read only for a statement naming a numbered line: a large base's
        # candidates are search documents)
        lines = numbered_lines(self._text)
        return bool(lines) and other_line(lines, f"{doc.subject} {self._as_claim(doc).quote}")

    def _other_example(self, item: StatedFigure, doc: Document | Claim,
                       figure: Figure) -> bool:
        return other_example(self._text, item.start, self._quoted(doc, figure))

    def _other_noun(self, item: StatedFigure, doc: Document | Claim, figure: Figure) -> bool:
        """Whether a count in another counting word than the claim's counts another thing:
        by the words before each (kinds.other_noun), or one counts kinds and the other
        individuals (260余只 birds are not the source's 260余种, species)."""
        return kinds_for_individuals(item.figure.unit, figure.unit) or other_noun(
            self._text, item.start, item.end, self._quoted(doc, figure))

    def _other_end(self, item: StatedFigure, doc: Document | Claim, figure: Figure) -> bool:
        return other_end(self._text, self._stated, item, self._quoted(doc, figure))

    def _quoted(self, doc: Document | Claim, figure: Figure) -> Quoted:
        """The claim's quote as read and its ``figure`` there, read when asked for (what
        kinds.other_noun, other_example and other_end weigh beside the statement's)."""

        def read() -> tuple[Sentence, StatedFigure] | None:
            claim = self._as_claim(doc)
            quoted = self._in_quote(claim, figure)
            return None if quoted is None else (self._read_quote(claim), quoted)

        return read

    def _own_things(self, item: StatedFigure) -> str | None:
        """A figure's own words as kinds.other_thing weighs them (kinds.own_things), worked
        out once per statement: every candidate claim is held to the same."""
        if id(item) not in self._things:
            self._things[id(item)] = own_things(self._text, self._stated, item)
        return self._things[id(item)]

    def _over_another_span(self, item: StatedFigure, period: str) -> bool:
        """Whether a figure is a change said over some years (三年下降了大约30%; fell by about
        30% in three years) and a claim's ``period`` a span of another length (2013—2022's
        65.1%) or one year: another change, which contradicts nothing."""
        span = said_span(self._before(item) if self._chinese
                         else _clause_en(self._text, item))
        return span is not None and span_apart(span, period)

    def _before(self, item: StatedFigure) -> str:
        """The statement's words before a figure, back to the start of its clause
        (京津冀森林覆盖率达到 of 京津冀森林覆盖率达到35.5%)."""
        before = self._befores.get(id(item))
        if before is None:
            before = self._befores[id(item)] = back_to(self._text, item.start)
        return before

    def _other_base(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether the statement's figure is measured from a year (是2013年的十倍多, 比2014年
        增长32.6%) that the claim neither starts its period at nor prints: a claim's 同比增长
        近1.1倍 is measured from another."""
        bases = [b for b in item.base  # (its own words': 比2014年, than in 2014)
                 if f"{b}年" in item.words or (not self._chinese and b in item.words)]
        if not bases:
            return False
        claim = self._as_claim(doc)
        # (a claim of 2022 measured 相比上年 or 同比 is measured from 2021)
        last_year = (str(int(claim.period[:4]) - 1) if claim.period[:4].isdigit()
                     and against_year_before(claim.quote) else None)
        return not any(claim.period.startswith(b) or f"{b}年" in claim.quote or b == last_year
                       for b in bases)

    def _plan_for_fact(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether the statement's figure and the claim's differ as a plan and a fact. In
        Chinese, _plan_for_fact_zh; in English, the words after the figure (to the next
        figure or clause) say it was due, expected or a target, and the claim's English
        does not, or the other way round ("2,162 members attended" is not the 2,162 due to
        attend)."""
        text = self._text
        if self._chinese:
            return self._plan_for_fact_zh(item, doc)
        after = self._after(item, clause=False)
        # the words before it in its clause, back to the figure before it where a verb of
        # fact comes between (a planned 14.5 square km and had 1,328…: the plan is 14.5's;
        # will provide 1,300 beds and handle 6,500…: both are planned)
        before = _clause_before_en(text, item)
        last = max((o.end for o in self._stated if o.end <= item.start), default=0)
        if last > item.start - len(before) and _FACT_VERB_EN.search(text[last : item.start]):
            before = text[last : item.start]
        planned = planned_en(after, clause=True) or planned_en(before)
        claim = self._as_claim(doc)
        if planned != planned_en(claim.en):
            return True
        # (a capacity is not what was done: produced 1.08 mln vehicles is not the makers'
        # annual capacity of 1.08 million vehicles)
        return not _CAPACITY_EN.search(text) and any(
            _capacity_en(claim.en, float(f.value)) for f in claim.figures
            if values_equal(f.value, item.figure.value))

    def _due_for_present(self, item: StatedFigure, doc: Document | Claim,
                         figure: Figure) -> bool:
        """Whether one figure is the number due to attend and the other the number who
        attended: 2100余名委员出席 is not the source's 应出席委员2162人 (its 实到 is 2093),
        nor 应到2093人 its 实到2093人."""
        if not self._chinese:
            return False  # (English: _plan_for_fact's due to attend)
        mine = self._in_quote(self._as_claim(doc), figure)
        if mine is None:
            return False
        own = item.words
        if due_said(mine.words):
            return present_said(own) and not due_said(own)
        return due_said(own) and present_said(mine.words)

    def _plan_for_fact_zh(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether a claim's figure is a plan, a target or a forecast (its metric a 目标,
        or its quote says 预计, 力争, 计划, 将达到… before it) and the statement does not
        say its figure as one (before it): 蓝绿空间占比已达到67%以上 is not 预计到"十四五"末…
        将达到67%以上."""
        claim = self._as_claim(doc)
        if done_said(self._before(item)) and (
                "规划" in claim.metric or claim.metric.endswith("建议")
                or self._planned_claim(claim, item.figure)):
            # (已建成面积达35平方公里 is not 规划面积35平方公里; …交通圈已全面形成 not a 目标;
            # 已实现72小时过境免签全区域覆盖 not a proposal's 过境免签时长建议)
            return True
        if planned_said(self._text[: item.start]):
            # a future year's forecast (2025年将达45%) is not a fact the quote gives with no
            # word of a plan or a year to come (全市森林覆盖率达到44.8%)
            return forecast_said(self._before(item)) and not self._planned_claim(claim)
        # (a plan's figure the statement says is one after it: 60亿元为计划总投资)
        return self._planned_claim(claim, item.figure) and not plan_verbs(self._after(item),
                                                                         "")

    def _denied_in_source(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A support undone: the statement says done what the claim's quote denies
        (kinds.negation_turned: 已解决了落户问题 for 一直没有解决落户问题)."""
        assert verdict.claim is not None
        denied = negation_turned(normalize(self._text), normalize(verdict.claim.quote))
        if denied is None:
            return verdict
        return given_otherwise(item, verdict, f"{source_says(item, verdict)}, and says {denied}")

    def _stage_otherwise(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A support undone: an English statement says done what the claim's English says
        is under way, or the other way round (kinds.stage_apart_en); a Chinese statement
        says its figure as a plan by a verb of planning (kinds.plan_said: 北京计划…将全市
        森林覆盖率提高到44.8%, 通州组团计划分三批次承接308项; not a programme's name its
        paragraph prints, 追光计划) or as a target set (kinds.target_said: 京津冀提出，到2024年…
        达到5.59万亿元, 要达到685家) where the claim gives it as a fact, with no word of a
        plan, a forecast or a year to come: unsupported, citing it."""
        claim, expected = verdict.claim, verdict.expected
        assert claim is not None and expected is not None
        if not self._chinese:
            stage = stage_apart_en(self._text, claim.en)
            if stage is None:
                return verdict
            return given_otherwise(item, verdict, (
                f"{source_says(item, verdict)}, and does not say it is {stage}"))
        before, after = back_to(self._text, item.start, SENTENCE_BREAK), self._after(item)
        if target_said(before) and not self._planned_claim(claim, expected):
            # (a target set, 京津冀提出，到2024年…达到5.59万亿元, …要达到685家, is not the result
            # the claim gives)
            return given_otherwise(item, verdict,
                                   f"the source gives {describe(expected)} as done, not as a "
                                   "target")
        # (the quick test first: the claim's paragraph is read only for a verb of planning)
        if not plan_said(before, after, "") or self._planned_claim(claim):
            return verdict
        if not plan_said(before, after, self._source_text(claim)):
            return verdict
        return given_otherwise(item, verdict,
                               f"the source gives {describe(expected)} as done, not as a plan")

    def _source_text(self, claim: Claim) -> str:
        """A claim's paragraph(s) as read and normalised (_read_paragraph's, kept), or its
        quote where its source cannot be read."""
        read = self._read_paragraph(claim)
        return read.text if read is not None else normalize(claim.quote)

    def _rejected(self, text: str, item: StatedFigure, verdict: FigureVerdict,
                  judged: list[FigureVerdict]) -> tuple[FigureVerdict, bool]:
        """A correction's rejected value (…3亿元，而非1亿元; …241 types…, not 234:
        kinds.rejected_for) is of what its corrected value is of: a claim of another metric
        or subject than the corrected value's claim neither confirms nor denies it (234 is
        the source's count of 区域通办 items, not of shared licences; 3亿元 the company's, not
        its line's): unsupported, "the statement rejects 234; the source gives it for 京津冀
        区域通办事项数量". Denied where a claim of the corrected value's metric and subject
        states it (_denied), unless that claim states the corrected value as printed and
        only meets the rejected one loosely (近百名，而非上百名: the source's 近百名): the
        rejection is supported, and settled (True: no denial to read). Denied too where the
        corrected value is judged, no claim gives it and the claim's value cannot be it
        (上百名，而非近百名; not a value in words, *one day instead of about 20 days*)."""
        claim = verdict.claim
        if claim is None or verdict.verdict == UNSUPPORTED:
            return verdict, False
        other = rejected_for(text, self._stated, item)
        if other is None:
            return verdict, False
        corrected = next((v for v in judged if v._stated is other), None)
        theirs = corrected.claim if corrected is not None else None
        if theirs is not None and (theirs.metric, theirs.subject) == (claim.metric,
                                                                      claim.subject):
            expected = verdict.expected
            if (corrected is not None and corrected.verdict == SUPPORTED
                    and theirs.id == claim.id and expected is not None
                    and verdict.verdict == SUPPORTED
                    and expected.qualifier == other.figure.qualifier != item.figure.qualifier):
                return FigureVerdict(item.figure, SUPPORTED, claim, expected, (
                    f"the source says {describe(expected)}, not {describe(item.figure)}")), True
            return verdict, False
        if (corrected is not None and corrected.verdict == UNSUPPORTED and theirs is None
                and verdict.expected is not None
                and denied_before(text, item.start) is not None
                and comparable_unit(verdict.expected.unit) == comparable_unit(other.figure.unit)
                and not figures_agree(verdict.expected, other.figure)):
            return verdict, False  # (上百名，而非近百名: the claim's own value rejected for one
            # it cannot be, which no claim gives: denied)
        return FigureVerdict(item.figure, UNSUPPORTED, None, None, (
            f"the statement rejects {item.figure.raw}; the source gives it for "
            f"{claim.subject} {claim.metric}")), False

    def _replaced_from(self, text: str, item: StatedFigure, verdict: FigureVerdict) -> bool:
        """Whether a figure after *instead of* or *rather than* is the value a change the
        source gives came from, and the figure before it the value it came to (now takes one
        hour instead of around 20 days, where the quote's time went 由过去的20天左右…压缩至1
        小时): what was is set against what is, and nothing is denied — the figure is
        the source's earlier value, or another (instead of around 30 days: contradicted)."""
        claim, expected = verdict.claim, verdict.expected
        if verdict.verdict == UNSUPPORTED or claim is None or expected is None:
            return False
        denial = denied_before(text, item.start)
        if denial is None or not CONTRAST_EN.search(denial):
            return False
        before = [s for s in self._stated if s.end <= item.start]
        if not before or SENTENCE_BREAK.search(text, before[-1].end, item.start):
            return False
        mine = self._in_quote(claim, expected)
        if mine is None:
            return False
        read = self._read_quote(claim)
        if span_end(read.text, read.figures, mine) != "from":
            return False
        at = next(i for i, f in enumerate(read.figures) if f is mine)
        came_to = read.figures[at + 1].figure
        return figures_equal(came_to, before[-1].figure)

    def _rejected_otherwise(self, text: str, verdict: FigureVerdict,
                            verdicts: list[FigureVerdict]) -> FigureVerdict:
        """A correction's rejected value that no claim speaks to (…241 types…, not 234; Not
        959 but 995) where the corrected value is supported, and neither that claim's value
        nor any figure of its paragraph is the rejected one: supported by that claim, "the
        source says 995, not 959". (A value its paragraph gives for another thing leaves the
        correction unsupported: 3亿元，而非1亿元 where the source's 1亿元 is the line's.)"""
        item = verdict._stated
        if item is None or verdict.verdict != UNSUPPORTED or verdict.claim is not None:
            return verdict
        other = rejected_for(text, self._stated, item)
        corrected = next((v for v in verdicts if other is not None and v._stated is other),
                         None)
        if (corrected is None or corrected.verdict != SUPPORTED or corrected.claim is None
                or corrected.expected is None
                or figures_agree(corrected.expected, item.figure)):
            return verdict
        read = self._read_paragraph(corrected.claim)
        if read is None or any(figures_agree(o.figure, item.figure) for o in read.figures):
            return verdict
        found = FigureVerdict(item.figure, SUPPORTED, corrected.claim, corrected.expected,
                              f"the source says {describe(corrected.expected)}, not "
                              f"{describe(item.figure)}")
        found._stated = item
        return found

    def _share_for_count_en(self, item: StatedFigure, verdict: FigureVerdict
                            ) -> FigureVerdict:
        """An English number printed without a unit that counts the plural noun after it
        (*holds more than 50 patents*) is no share, rate or multiple: a claim of one (more
        than half, 一半以上) neither supports nor contradicts it: unsupported, "the source
        gives more than 50% (a share), not a count of patents"."""
        expected = verdict.expected
        if item.figure.unit is not None or expected is None or expected.unit not in (
                "%", "‰", "个百分点", "倍"):
            return verdict
        noun = _COUNTED_NOUN_EN.match(self._text, item.end)
        if noun is None or noun[1].lower() in _NO_COUNT_WORDS_EN:
            return verdict
        return given_otherwise(item, verdict,
                               f"the source gives {describe(expected)}, not a count of {noun[1]}")

    def _part_unsaid_en(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A support undone: the claim is about a part of a place (北京市城六区: a place and
        the name of a part of it, _PLACE_PART) that its English names by a word of a part
        (the six central districts) and the English statement has none of those words
        (Beijing's resident population has fallen 15%): unsupported, citing it, "the
        source says 15%, of 北京市城六区"."""
        claim = verdict.claim
        assert claim is not None
        if not (_PLACE_PART.search(claim.subject) and self.places.keys(claim.subject)):
            return verdict
        theirs = {w for w in _WHOLE_WORD_EN.findall(claim.en.lower()) if w in _PLACE_PART_WORDS_EN}
        # (a part's word in a compound names it too: Beijing core-area)
        if not theirs or theirs & set(re.findall("[a-z]+", self._text.lower())):
            return verdict
        return given_otherwise(item, verdict, f"{source_says(item, verdict)}, of {claim.subject}")

    def _dated_as_planned(self, text: str, item: StatedFigure,
                          verdict: FigureVerdict) -> FigureVerdict:
        """A date's support undone: a Chinese statement whose event, after the date in its
        sentence, is a plan (2023年，三地计划建立健全…工作机制) where the claim dates it
        as done: unsupported, citing it."""
        claim = verdict.claim
        if verdict.verdict != SUPPORTED or claim is None or not self._chinese:
            return verdict
        end = SENTENCE_BREAK.search(text, item.end)
        event = text[item.end : end.start() if end else len(text)]
        # (a quote that says 计划 itself, as a verb or a programme's name — 市级支持计划再次
        # 启动 — leaves it alone)
        if (not plan_verbs(event, "") or plan_verbs(normalize(claim.quote), "")
                or not plan_verbs(event, self._source_text(claim))):
            return verdict
        return given_otherwise(item, verdict, "the source dates it as done, not as a plan")

    def _after(self, item: StatedFigure, *, clause: bool = True) -> str:
        """The statement's words after a figure, to the next figure or (``clause``) the end
        of its clause, whichever comes first."""
        following = [o.start for o in self._stated if o.start >= item.end]
        end = min(following, default=len(self._text))
        stop = CLAUSE_BREAK.search(self._text, item.end, end) if clause else None
        return self._text[item.end : stop.start() if stop else end]

    def _planned_claim(self, claim: Claim, stated: Figure | None = None) -> bool:
        """Whether the claim's figure (the one of ``stated``'s value; without it, any) is
        a plan, a target or a forecast: its metric a 目标, or its quote says 预计, 力争, 计划,
        将达到… or a year to come (到2025年) before it."""
        if target_metric(claim.metric):
            return True
        quote = normalize(claim.quote)
        for figure in claim.figures:
            at = quote.find("".join(figure.raw.split()))
            if at > 0 and (stated is None or figures_equal(figure, stated)) and (
                    planned_in_quote(quote[:at])
                    or stated is None and (forecast_said(quote[:at])
                                           or _YEAR_TO_COME.search(quote[:at]) is not None)):
                return True
        return False

    def _about_lead(self, item: StatedFigure, doc: Document | Claim, figure: Figure, *,
                    overturning: bool = True) -> bool:
        """Whether a figure whose own words do not name the claim's metric follows another
        figure in its sentence (its lead: what it is of) than the claim's figure follows in
        its quote: a lead that names another metric than the claim's, which the words
        before the claim's figure do not name (比2014年增长32.6% after 铁路营运里程10848公里
        is not the 32.6% after 高速公路总里程; 年均增速10.4% after 实际使用外资达3.12亿美元
        not the 10.4% after 累计新设外资企业115家). A claim that would overturn what the
        best-matching claims said (``overturning``: _stating, _exact_support) must also
        follow a lead with words of the statement's, and no more of another figure's of the
        quote (是2014年的2.1倍 after 三地高新技术企业数量突破6万家 is not the R&D multiple). A
        claim quoting only its own clause says nothing of the lead, nor one whose quote gives
        its figure the figure's own words (…一期入驻率达90%，35家企业入驻: 35家企业入驻 is
        the source's, whatever figure comes before it)."""
        if self._paired_elsewhere(item, doc, figure):
            return True
        own = bigrams(normalize(item.words))
        if own - _SHARE_PAIRS and self._metric_alignment(item, own - _SHARE_PAIRS, doc, figure):
            return False  # (占全国比重达到 alone names any share of the country)
        if len({g for g in own if len(g) == 2 and "年" not in g} - _COMMON_NEAR
               - _SHARE_PAIRS) >= 2 \
                and self._same_words(item, self._as_claim(doc), figure):
            return False  # its own words, saying what it is, are its figure's in the quote
            # (35家企业入驻; not 是2014年的, which any multiple has)
        lead = self._lead(item)
        if lead is None:
            return False
        quote = self._read_quote(self._as_claim(doc))
        figures = quote.figures
        said = _word_pairs(lead.words)
        named = {m for m in self._metrics_named(lead.words) if m != doc.metric}
        # the claim's figure wherever its quote prints its value (增长3.7%, twice in
        # 集装箱…增长3.7%, 货物…增长3.7%): another thing only if after another lead each time
        for mine in (o for o in figures if figures_equal(o.figure, figure)):
            # its lead: the figure before it, or the one a second 分别 list pairs it with,
            # whose words it holds (…1431家、…14042家,分别占全国比重达到12%和14%: 14042家);
            # of a value a change comes to, the figure before the change's start (…27369亿元,
            # 占全国比重由15.8%提升至25.3%: 27369亿元, which a statement leaving out 15.8%
            # puts right before 25.3%)
            before = [o for o in figures if o.end <= mine.start]
            if len(before) > 1 and span_end(quote.text, figures, mine) == "to":
                before = before[:-1]
            theirs = next((o for o in before if o is not mine
                           and o.figure.raw in mine.words), None) or max(
                before, key=lambda o: o.end, default=None)
            if theirs is None or not (quoted := _word_pairs(theirs.words)):
                return False
            if named and not named & self._metrics_named(quote.text[: mine.start]):
                continue  # its lead names another metric (than the quote's words before it
                # name: a statement's clause may run on where the quote's breaks, …窗口让
                # 办事人少跑腿3万多公里 for …窗口,2022年让办事人少跑腿3万多公里)
            if named and (leading := self._metrics_named(theirs.words)) and not (
                    named & leading) and not self._shares_lead(said, theirs, figures, mine):
                continue  # its lead in the quote names another metric (比2014年增长38.3%
                # after 铁路营运里程10848公里, not after 高速公路总里程近1.1万公里)
            if not overturning:
                return False
            shared = len(said & quoted)
            if shared and not any(len(said & _word_pairs(o.words)) > shared
                                  for o in figures if o is not mine and o is not theirs):
                return False
        return True

    def _paired_elsewhere(self, item: StatedFigure, doc: Document | Claim,
                          figure: Figure) -> bool:
        """Whether the figure before ``item`` in its sentence (its lead) is, in the claim's
        quote, the lead of another figure of the claim's unit and another value, and not
        the lead of the claim's figure: the statement pairs the claim's value with another
        lead than its own (…共入驻企业60家,总投资193亿元,其中入驻北京医药企业37家,总投资118亿元:
        入驻北京医药企业37家，总投资193亿元 gives the 37 firms the park's total)."""
        lead = self._lead(item)
        if lead is None or lead.figure.unit in (None, figure.unit):
            return False  # (从1M提速至500M、1000M: items of one list share their lead)
        quote = self._read_quote(self._as_claim(doc))
        figures = quote.figures

        def lead_of(at: int) -> Figure | None:
            # (of a value a change comes to, the figure before the change's start: 27369亿元
            # of …27369亿元,占全国比重由15.8%提升至25.3%)
            if at > 1 and span_end(quote.text, figures, figures[at]) == "to":
                return figures[at - 2].figure
            return figures[at - 1].figure if at > 0 else None

        def is_lead(led: Figure | None) -> bool:
            return led is not None and led.unit == lead.figure.unit \
                and figures_equal(led, lead.figure)

        def said(at: int) -> frozenset[str]:
            return frozenset(bigrams(normalize(figures[at].words)) - _COMMON_NEAR)

        mine = [i for i, o in enumerate(figures) if figures_equal(o.figure, figure)
                and o.figure.unit == figure.unit]
        if not mine or any(is_lead(lead_of(i)) for i in mine):
            return False
        # only where the quote gives the other figure the very words of the claim's (总投资
        # twice): other words tell the figures apart, whatever comes before them
        words = {said(i) for i in mine} - {frozenset()}
        return any(is_lead(lead_of(i)) for i, o in enumerate(figures)
                   if i not in mine and o.figure.unit == figure.unit
                   and not figures_equal(o.figure, figure) and said(i) in words)

    @staticmethod
    def _shares_lead(said: set[str], theirs: StatedFigure, figures: list[StatedFigure],
                     mine: StatedFigure) -> bool:
        """Whether the statement's lead (its pairs: ``said``) has more words of the
        quote's lead of the claim's figure than of any other figure of the quote."""
        shared = len(said & _word_pairs(theirs.words))
        return bool(shared) and not any(len(said & _word_pairs(o.words)) >= shared
                                        for o in figures if o is not mine and o is not theirs)

    def _metrics_named(self, words: str) -> set[str]:
        """The knowledge base's metrics that ``words`` name: most of their character pairs
        (ALIGN_QUOTE, their generic words aside), or a word of three characters or more the
        vocabulary gives for them (经济总量 for 地区生产总值; not 外资, in 新设外资企业 too)."""
        pairs = _word_pairs(words)
        if not pairs:
            return set()
        text = normalize(words)
        aliases = self._aliases()
        metrics, by_pair, aliased = self._metric_table()
        # only those sharing one of its pairs, or with words of the vocabulary, can be named
        numbers = {n for gram in pairs for n in by_pair.get(gram, ())}
        numbers.update(aliased)
        return {m for m, own in (metrics[n] for n in numbers)
                if own and len(own & pairs) / len(own) >= ALIGN_QUOTE
                or any(len(w) > 2 and w in text for w in aliases.get(m, ()))}

    def _other_item(self, item: StatedFigure, doc: Document | Claim, figure: Figure) -> bool:
        """Whether the figure is another place's item of a 分别 list than the claim's figure
        is of the list in its quote (PlaceScope.other_item), or the figure's words name
        another thing of such a list than the claim's figure's (国内旅游收入年均增长12.86%
        against 国内旅游人次和旅游收入的年均增长率分别达到12.86%和16.79%)."""
        claim = self._as_claim(doc)
        quoted = self._in_quote(claim, figure)
        if quoted is None:
            # (a quote its figure cannot be read in: the claim's subject is its place)
            return "分别" in item.words and self.places.other_item(item, None, claim.subject)
        if "分别" in item.words and self.places.other_item(item, quoted, claim.subject):
            return True
        return names_other_listed(item.words, quoted, self._read_quote(claim))

    def _when(self, item: StatedFigure) -> When:
        """The time of a figure of the statement being compared (jjjcli.periods), worked
        out once per statement (judge, _stating, _exact_support and _disagreeing ask)."""
        when = self._whens.get(id(item))
        if when is None:
            when = self._whens[id(item)] = stated_when(
                self.places.text, frozenset(item.period), frozenset(item.base), item.start)
        return when

    def _stating(self, item: StatedFigure, others: list[StatedFigure], text: str,
                 mentioned: set[str]) -> FigureVerdict | None:
        """Support from a claim that states this very figure (same value, unit and
        qualifier), about a subject the statement allows, for a compatible period, when
        the figure's own words describe it (its metric, or its figure's words in its
        quote): each figure of a long sentence meets its own claim. The claim its words
        describe best decides; of claims described as well, one about a subject the
        statement allows before one whose quote only has its words, and one whose metric
        they name wholly before one whose quote they describe."""
        stated = item.figure
        when = self._when(item)
        # the claims about a subject the statement allows first: the best of them is the
        # claim to cite, and one its words describe wholly (1.0) ends the search before
        # the quotes of other subjects' claims that share its words are read
        allowed: list[tuple[Claim | Document, Figure]] = []
        elsewhere: list[tuple[Claim | Document, Figure]] = []
        words = bigrams(normalize(item.words))
        # (what a subject allows is the statement's, not the claim's: told once each)
        allows: dict[str, bool] = {}
        within: dict[str, bool] = {}
        # a claim on a place inside one the statement names is allowed unless another place
        # is named for it, or only the whole around it; one about a subject the statement
        # does not allow may still be cited where the figure's words are its own words in
        # the quote, unless another place is named for it. These tests read the claim's
        # quote: they are made only for the claims that could decide (_quotes_to_read, the
        # loop below), once each.
        tested: dict[tuple[str, bool], bool] = {}

        def another_named(claim: Claim | Document) -> bool:
            # (another place named for the claim's — before the figure, a body's district
            # for another, or opening the clause after it where the quote opens it on its
            # own —, or a longer name holding its subject)
            return (self.places.swapped(claim, item) or self.places.sibling_swapped(claim, item)
                    or _named_longer(claim.subject, mentioned,
                                     lambda: self._as_claim(claim).quote)
                    or self.places.head_swapped(claim.subject, self._as_claim(claim).quote,
                                                item))

        def kept(claim: Claim | Document, own: bool) -> bool:
            key = (claim.id, own)
            known = tested.get(key)
            if known is None:
                if allows[claim.subject]:
                    known = own
                elif own:
                    known = not (another_named(claim) or self.places.whole_said_for(
                        claim.subject, self._as_claim(claim).quote, text))
                else:
                    known = not (within[claim.subject] and kept(claim, True)) and not (
                        another_named(claim) or self.places.unnamed_body(
                            claim.subject, text, self._as_claim(claim).quote, item.words)
                        or self.places.another_group(claim.subject, text))
                tested[key] = known
            return known

        # (a figure printed without its unit, 近2.4亿科研经费, is held in any: its words must
        # then be the claim's figure's own, below)
        for claim, figure in self._holding(stated, any_unit=stated.unit is None):
            if figure.qualifier != stated.qualifier or not figures_equal(figure, stated):
                continue
            if (same_period(when, claim.period) is False
                    or self.places.only_wholes(claim.subject)):
                continue  # (a part's figure says nothing of the country's)
            # the subject must allow it, unless the figure's words are its words in the
            # quote (…供应北京市场 names 北京 as a market, not as the subject)
            subject = claim.subject
            speaks = allows.get(subject)
            if speaks is None:
                speaks = allows[subject] = self.places.speaks_about(subject, mentioned, text)
            inside = within.get(subject)
            if inside is None:
                inside = within[subject] = not speaks and self.places.within_named(
                    subject, text)
            if speaks or inside:
                allowed.append((claim, figure))
            if not speaks and self._may_hold_words(words, claim):
                # (its quote is not read: most claims holding a value are others')
                elsewhere.append((claim, figure))
        # of each, those whose metric its words name wholly first (no quote read for them),
        # then in the knowledge base's order; none whose quote cannot give it its words
        best: tuple[float, Claim | Document, Figure] | None = None
        named_by: dict[tuple[str, int], float] = {}
        for own, holding in ((True, allowed), (False, elsewhere)):
            ranked = []
            for claim, figure in holding:
                key = (claim.id, id(figure))
                named = named_by.get(key)
                if named is None:
                    named = named_by[key] = (self._metric_alignment(item, words, claim, figure)
                                             if words else 0.0)
                if named or self._may_align(words, claim):
                    ranked.append((named < 1.0, claim, figure))
            ranked = self._quotes_to_read(words, ranked, partial(kept, own=own))
            ranked.sort(key=lambda held: held[0])
            for _partly, claim, figure in ranked:
                if not kept(claim, own):
                    continue
                score = self._alignment(item, claim, figure, others)
                if not score or (best is not None and score <= best[0]):
                    continue
                # (one printed with a unit the statement's figure has not is held only
                # where its words are the figure's own in the quote)
                loose = comparable_unit(figure.unit) != comparable_unit(stated.unit)
                if not ((own and not loose)
                        or self._same_words(item, self._as_claim(claim), figure)):
                    continue
                if self._not_its_figure(item, claim, figure) or self._about_lead(
                        item, claim, figure) or (
                        not units_match(figure, stated, claim.metric, counts_alike=False)
                        and self._other_noun(item, claim, figure)):
                    continue  # (a share for a change, another item of a 分别 list …)
                best = (score, claim, figure)
                if score >= 1.0:
                    break  # described wholly: no claim after it can score higher
            if best is not None and best[0] >= 1.0:
                break
        if best is None:
            return None
        return FigureVerdict(stated, SUPPORTED, self._as_claim(best[1]), best[2])

    def _quotes_to_read(self, words: set[str], ranked: list[tuple[bool, Claim | Document,
                                                                Figure]],
                        kept: Callable[[Claim | Document], bool] | None = None,
                        ) -> list[tuple[bool, Claim | Document, Figure]]:
        """Of the claims holding a figure's value whose quote must be read (their metric
        not named wholly), the STATING_QUOTES that may share most of its words (the pairs of
        their quotes: _shared_at_most), in the order given; those whose metric the words name
        wholly all stay. A common value in a large base (1, 首个, 2: thousands of claims at
        100,000) no longer reads thousands of quotes for one figure; no statement of the
        shipped base reaches the limit. With ``kept`` (whether a claim may be cited at all,
        a test the caller makes of those returned too), the STATING_QUOTES best of those it
        keeps — the same as testing every claim first, but only those up to the last of them
        are tested."""
        partly = [i for i, held in enumerate(ranked) if held[0]]
        if len(partly) <= STATING_QUOTES:
            return ranked
        partly.sort(key=lambda i: -self._shared_at_most(words, ranked[i][1]))
        if kept is None:
            dropped = set(partly[STATING_QUOTES:])
        else:  # the best that pass: those past them are not tested
            read = list(itertools.islice((i for i in partly if kept(ranked[i][1])),
                                         STATING_QUOTES))
            dropped = set(partly) - set(read)
        return [held for i, held in enumerate(ranked) if i not in dropped]

    def _own_en(self, item: StatedFigure) -> set[str]:
        """An English figure's own words (not _STOP_EN_WORDS); a change or a multiple with
        fewer than two (…, up 3.7%; 2.1 times the 2014 level) has the figure's before it
        too."""
        own = self._owns_en.get(id(item))
        if own is None:
            own = _words_of_en(item.words) - _STOP_EN_WORDS
            # (a change's direction and time say nothing of what it is of: …km long at the
            # end of 2022, up 32.6% from 2014)
            lead = self._lead(item) if len(own - _CHANGE_WORDS_EN) < 2 else None
            if lead is not None:
                own |= _words_of_en(lead.words) - _STOP_EN_WORDS
            self._owns_en[id(item)] = own
        return own

    def _what_en(self, item: StatedFigure) -> set[str]:
        """An English figure's own words (_own_en) but the places the statement names: what
        it is of, which a claim's English must share one of to state it (_stating_en:
        *Universities in Beijing, Tianjin and Hebei have formed six alliances* is not Xi's
        six requirements for Beijing-Tianjin-Hebei)."""
        return self._own_en(item) - place_words_en(item.words)

    def _bound_described_en(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether an English bound or round figure the claim's value meets (more than 1,300
        for 1,328 firms) is that claim's: its English holds one of the figure's own words
        (_describes_en), and what it counts where it says so (*enterprises*: not the claim's
        *firms benefit from mutual recognition*), and the statement names no place only
        around the claim's (*in the Jing-Jin-Ji region* is no Beijing figure's)."""
        if self._chinese or not self._describes_en(item, doc):
            return False
        # (what it counts: the plural that ends the figure, More than 500 enterprises, or the
        # one after it, nearly 45,000 basic units)
        last = item.figure.raw.split()[-1].lower()
        ended = _words_of_en(last) if last.isalpha() and last.endswith("s") else set()
        counted = (next(iter(ended)) if len(ended) == 1
                   else _counted_en(self._text, item.end))
        if counted is not None and counted not in self._en_words(self._as_claim(doc)):
            return False
        return not self.places.whole_for_part(doc.subject, self._places_named())

    def _places_named(self) -> list[str]:
        """The keys of the places the statement names, the country aside (what
        PlaceScope.whole_for_part weighs a claim's subject against)."""
        return [n.place.key for n in self.places.named(self._text)
                if n.place.key not in COUNTRY_KEYS]

    def _describes_en(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether a claim's English holds one of an English figure's own words beyond the
        places it names, its years, a share's verbs (made up, accounted for) and a change's
        words (grew, up: *R&D spending grew 1.1 times* is no technology contracts'): what a
        value equal only when rounded needs to be that claim's (*the digital economy made
        up 40% of Beijing GDP* is not *40.2% of … procurement … was made in Beijing*)."""
        said = {w for w in self._own_en(item) - _SHARE_VERBS_EN - place_words_en(item.words)
                if not w.isdigit()}
        own = (said - _CHANGE_WORDS_EN) or said  # (a change's words alone: they must match)
        return not own or bool(own & self._en_words(self._as_claim(doc)))

    def _lead(self, item: StatedFigure) -> StatedFigure | None:
        """The statement's figure printed last before ``item`` (what a change or a share
        with no words of its own is of); not a correction's value it is set against (并非
        290名，而是920名: kinds.rejected_for)."""
        lead = max((o for o in self._stated if o.end <= item.start), key=lambda o: o.end,
                   default=None)
        if lead is not None and rejected_for(self._text, self._stated, lead) is item:
            return None
        return lead

    def _en_words(self, claim: Claim) -> set[str]:
        """The words of a claim's English (search.english_words), read once for each."""
        words = self._claim_en.get(claim.id)
        if words is None:
            if len(self._claim_en) > KEPT_LOOKUPS:
                self._claim_en = {}
            words = self._claim_en[claim.id] = _words_of_en(claim.en)
        return words

    def _sibling_en(self, item: StatedFigure, doc: Document | Claim, figure: Figure) -> bool:
        """Whether another claim of the same paragraph, of another value in the figure's
        unit, has in its English all of an English figure's own words this claim's English
        has, and more: the figure's words are
        that claim's thing (Cargo throughput … rose 3.7%: the cargo claim's 3.4%, not the
        container claim's 3.7%; 120 million tonnes of steelmaking capacity: not cement's).
        A bare number (22, no unit) is the sibling's where more of its words are the
        sibling's than this claim's and the statement gives the sibling's value words that are
        more this claim's: two figures swapped (22 vocational alliances and 15 university
        ones, where the sources give 15 and 22). And a figure the statement follows with a
        word of a part (new: _PART_WORDS_EN) the claim's English does not have, where a
        sibling's English has it right after its own figure, is the sibling's kind (246
        new schools, where the source's 246 are all of them and 133 the new ones); so is a
        bare count's thing (_counted_en) the claim's English never names and a sibling's
        names right after its own figure (57 city consumption centres, where the claim's 57
        are shopping districts and the sibling's 29 the centres). A
        sibling of another year than the figure's, where the claim's is its year, is no
        other thing (93 in 2014 is not the 2022 claim's: that one's English says fell too).
        Only in a base read whole (a large one's claims are not grouped by paragraph)."""
        if self._chinese or self._large() is not None:
            return False
        claim = self._as_claim(doc)
        siblings = [c for c in self.paragraph_claims(claim) if c.id != claim.id]
        if not siblings:
            return False
        own = self._own_en(item)
        mine = own & self._en_words(claim)
        stated_too = [s for s in self._stated if s is not item]
        # a word of a part right after the figure (246 new schools), where the claim's
        # English has none such and a sibling's has it right after its own figure (133 new
        # schools)
        following = _NEXT_WORD_EN.match(self._text, item.end)
        said_next = following.group(1).lower() if following else None
        if said_next not in _PART_WORDS_EN or said_next in self._en_words(claim):
            said_next = None
        when = self._when(item)
        # (what a question asks how many of, for a bare number: once, not for each sibling)
        asked = self._asked_en() if item.figure.unit is None else set()
        # what a bare count counts, named after it (57 city consumption centres), where the
        # claim's English never names it: a sibling naming it right after its own figure
        # has the count's thing (the claim's 57 are shopping districts, the sibling's 29 the
        # centres); not in a question, whose answer counts what it asks
        counted = (_counted_en(self._text, item.end)
                   if item.figure.unit is None and self._how_many is None else None)
        if counted in self._en_words(claim):
            counted = None
        for sibling in siblings:
            values = frozenset(f.value for f in sibling.figures)
            if counted and (counted in _named_after_en(sibling.en, values, phrase=True)
                            or counted in _counted_after_en(sibling.en, values)):
                # (whatever its value: four universities, beside four firms; 130 …
                # direct-supply centres, where the sibling's six … vegetable centres are)
                return True
            theirs = own & self._en_words(sibling)
            if any(figures_equal(f, figure) for f in sibling.figures) or (
                    same_period(when, sibling.period) is False
                    and same_period(when, claim.period) is not False):
                continue  # (not a sibling of another year: from 93 … in 2014 to 37 in 2022)
            if said_next and re.search(rf"\d\s+{said_next}\b", sibling.en, re.IGNORECASE):
                return True  # (a part said as the whole: 246 new schools, of which 133 new)
            # a count whose thing, named right after it, is the sibling's and none of this
            # claim's words (271 scenic spots, where 271 are homestays and 23 the spots; 19
            # carbon-reduction product development projects, where 19 are methodologies)
            if theirs > mine and self._named_after(item, sibling, claim, phrase=True) and any(
                    units_match(f, item.figure, sibling.metric) for f in sibling.figures):
                return True
            if item.figure.unit is None:
                # a bare number more of whose words are the sibling's (the place's, across
                # Beijing, Tianjin and Hebei, may be either's), where the statement gives the
                # sibling's value words that are this claim's: two figures swapped (22
                # vocational alliances and 15 university ones, for 15 and 22)
                if ((len(theirs - mine) > len(mine - theirs)
                     or self._named_after(item, sibling, claim))
                        and self._swapped_en(claim, sibling, stated_too)):
                    return True
                if asked and not asked <= self._en_words(claim) and asked <= self._en_words(
                        sibling):
                    # (what a question asks how many of is the sibling's: How many municipal
                    # departments …? 165 is not the 165 units)
                    return True
                if asked and self._asked_of_sibling_en(asked, claim, sibling):
                    return True
            elif theirs > mine and any(
                    units_match(f, item.figure, sibling.metric, counts_alike=False)
                    for f in sibling.figures):
                return True  # (all the words the claim's English shares, and more)
        return False

    def _swapped_in_en(self, own: set[str], figure: Figure, claim: Claim,
                       holder: Claim) -> bool:
        """Whether an English figure's own words say the claim's thing and nothing of the
        thing of another claim holding its value, and no other figure of the statement
        has the claim's value: the value swapped in from that claim (5.4% for traditional
        Chinese medicine, whose 22.1% the claim gives: biomedicine's 5.4%; not 58% in
        automobiles beside 59%, the hydrogen claim's, nor the 60 firms of a park beside the
        37 of them the claim gives: the statement says which is which)."""
        if any(figures_equal(s.figure, figure) for s in self._stated):
            return False
        mine, theirs = self._en_words(claim), self._en_words(holder)
        return bool(own & (mine - theirs)) and not own & (theirs - mine)

    def _asked_of_sibling_en(self, asked: set[str], claim: Claim, sibling: Claim) -> bool:
        """Whether an English question's words (How many proposals were submitted …?: its
        words to the question mark) say what the sibling's figure did in its English clause
        and none of what this claim's did in its own: the answer's 4,791 (Of the proposals
        submitted…, 4,791 were accepted) is the sibling's thing (members have submitted
        5,621 proposals). Words of what it counts (``asked``: proposals) alone say neither."""
        if self._how_many is None:
            return False
        text, start = self._how_many
        end = text.find("?", start)
        words = _words_of_en(text[start : end if end >= 0 else None]
                             ) - _STOP_EN_WORDS - place_words_en(text)
        mine = _figure_clause_en(claim)
        return bool(mine) and not words & mine and bool(
            (words & _figure_clause_en(sibling)) - asked)

    def _swapped_en(self, claim: Claim, sibling: Claim, others: list[StatedFigure]) -> bool:
        """Whether the statement gives the sibling's value (another of its figures) words
        that are more this claim's than the sibling's: of all its own words, or of the two
        right after it, against those right after each claim's figure in its English (36
        trunk lines and six branch lines, where the sources give six trunk lines and 36
        branch lines: the words of the sentence's end are both claims')."""
        for other in others:
            if not any(figures_equal(f, other.figure) for f in sibling.figures):
                continue
            own = self._own_en(other)
            here, there = own & self._en_words(claim), own & self._en_words(sibling)
            if len(here - there) > len(there - here):
                return True
            if self._named_after(other, claim, sibling):
                return True
        return False

    def _named_after(self, item: StatedFigure, claim: Claim, other: Claim, *,
                     phrase: bool = False) -> bool:
        """Whether the words right after a statement's figure (_words_after_en: two, or with
        ``phrase`` what it counts) are more ``claim``'s than ``other``'s: those right after its
        figure in its English have some of them, the other's none that it does not (six
        branch lines: 36 branch lines', not Six trunk lines'; care institutions: 43
        high-quality elderly-care institutions', not 52 … projects')."""
        after = _words_after_en(self._text, item.end, phrase=phrase)
        here = after & _named_after_en(claim.en, frozenset(f.value for f in claim.figures),
                                       phrase=phrase)
        there = after & _named_after_en(other.en, frozenset(f.value for f in other.figures),
                                        phrase=phrase)
        return bool(here - there) and not there - here

    def _disagreeing_en(self, item: StatedFigure, relevance: list[_Scored], text: str,
                        mentioned: set[str]) -> FigureVerdict | None:
        """A contradiction of an English figure no claim states, from the relevant claim
        whose English holds most of the figure's own words (EN_DISAGREE_WORDS of them,
        three at least, more than any other's), in the figure's very unit, for its time,
        about a place it allows, with a value that cannot be the figure's: the English
        counterpart of _disagreeing (Cargo throughput … rose 3.7%: the cargo claim says
        3.4%)."""
        own = self._own_en(item)
        if len(own) < 3 or item.figure.unit is None:
            return None
        # what it is of, in words not a place's (places are weighed below): the claim's
        # must hold two of them, or half of its own (Investment in Xiong'an New Area is not
        # the social investment of Xiong'an's application scenarios; 52 minutes from
        # Beijing by rail is what the claim's 51 minutes by rail is)
        what = own - place_words_en(item.words)
        if not what:
            return None
        stated, when = item.figure, self._when(item)
        said = self._statistics_said_en(item)
        most = 0
        tops: list[tuple[Claim, Figure]] = []  # the claims' figures holding the most words
        for scored in relevance:
            claim = self._as_claim(scored.doc)
            words = self._en_words(claim)
            shared = len(own & words)
            if shared < 3 or shared < EN_DISAGREE_WORDS * len(own) or shared < most:
                continue
            if len(what & words) < 2:
                theirs = _what_en(claim.en)
                if 2 * len(what & theirs) < len(theirs):
                    continue
            for figure in claim.figures:
                if not units_match(figure, stated, claim.metric, counts_alike=False) or (
                        comparable_unit(figure.unit) != comparable_unit(stated.unit)):
                    continue
                if stated.unit == "%" and percent_kind(claim.metric) == "share" and (
                        percent_kind(self._text[: item.start]) == "change"):
                    continue  # (grew 9.2 percent is no share of China's: 占全国比重 10.7%)
                if said and not any(metric in claim.metric for metric in said):
                    continue  # (8.3% of China's GDP is no cluster's share of output)
                if shared > most:
                    most, tops = shared, []
                tops.append((claim, figure))
        chosen = self._one_fact_en(item, tops, when)
        if chosen is None:
            return None
        claim, figure = chosen
        beyond_places = own - place_words_en(self._text) - _CHANGE_WORDS_EN
        if any(len(own & self._en_words(self._as_claim(doc))) >= EN_SAME_WORDS * len(own)
               and beyond_places & self._en_words(self._as_claim(doc))
               and not self._swapped_in_en(own, figure, claim, self._as_claim(doc))
               for doc, _f in self._holding(stated)):
            return None  # the sources print this value for a thing so alike (…registered
            # 431 billion yuan in Beijing: not Beijing's 2 trillion in Tianjin and Hebei), by
            # a word beyond its places and a change's (GDP … up 12%: not the little giants'
            # 12% share, whose English has the places and make up)
        if _narrower_en(claim.en, figure, self._text):
            return None  # (118 hard-technology companies say nothing of the more than 500
            # enterprises a centre incubated: a narrower count)
        if float(figure.value) in english_numbers(self._prose_en()):
            return None  # the statement's prose gives that value to another thing (With
            # five more firms added in 2023, the park now has 30: the claim's 5 are the new
            # ones); not a figure it states (a swap: 78 metaverse firms and 100 members)
        if (figures_agree(figure, stated) or not _for_when(when, claim.period, claim.quote)
                or self._over_another_span(item, claim.period)
                or self.places.only_wholes(claim.subject) or not self._gives_names(claim, item)
                or not self.places.speaks_about(claim.subject, mentioned, text)
                or self._not_its_figure(item, claim, figure)):
            return None
        return FigureVerdict(stated, CONTRADICTED, claim, figure,
                             f"the source says {describe(figure)}; the statement says "
                             f"{describe(stated)}")

    def _given_to_another_en(self, item: StatedFigure, found: FigureVerdict,
                             verdicts: list[FigureVerdict]) -> bool:
        """Whether the claim contradicting an English figure by its words alone (``found``)
        supports another figure of the statement already (``verdicts``) and the figure's own
        words name something that claim's English does not: the statement gives that value
        to its own thing, and this figure is another's (Nearly 15 million yuan of research
        funding …, drawing close to 40 million yuan of social capital: the research funding
        claim says nothing of the 40 million; but …31.4% of all its mobile base stations, or
        more than a third: the same share said again)."""
        claim, figure = found.claim, found.expected
        if claim is None or figure is None:
            return False
        for given in verdicts:
            if (given.verdict == SUPPORTED and given.claim is not None
                    and given.claim.id == claim.id and given.expected is not None
                    and given.expected.raw == figure.raw and given._stated is not None):
                beyond = (self._own_en(item) - self._own_en(given._stated)
                          - place_words_en(self._text) - _CHANGE_WORDS_EN)
                return bool(beyond - self._en_words(claim))
        return False

    def _one_fact_en(self, item: StatedFigure, tops: list[tuple[Claim, Figure]], when: When
                     ) -> tuple[Claim, Figure] | None:
        """Of the claims' figures whose English holds a statement figure's words best, the
        one that decides (_disagreeing_en): the only one; or, of several that are one thing
        (one metric and subject: two papers' 10万亿元 and 突破10万亿元 of 2022, and 2023's
        10.4万亿元), the one for the figure's time — the exact one first, one figure a
        claim. Where the figure's words name a metric by the vocabulary's English (GDP),
        the claims of that metric are those weighed. Several things (firms moved out of
        Beijing: manufacturers, markets, universities), none for its time, or a claim
        whose words right after its figure the statement does not say: none decides."""
        if len(tops) == 1:
            return tops[0]
        named = [(claim, figure) for claim, figure in tops if self._alias_said_en(item, claim)]
        if named:
            tops = named  # (GDP names 地区生产总值, not 生命健康产业产值: output)
        if len({(claim.metric, claim.subject) for claim, _f in tops}) > 1:
            return None
        timely = [(claim, figure) for claim, figure in tops
                  if _for_when(when, claim.period, claim.quote)]
        claims = [claim.id for claim, _f in timely]
        if not timely or len(set(claims)) < len(claims) or len(
                {claim.period for claim, _f in timely}) > 1:
            return None  # (two figures of one claim: which is meant is not told)
        claim, figure = min(timely, key=lambda pair: pair[1].qualifier != "exact")
        after = _named_after_en(claim.en, frozenset((float(figure.value),)))
        if after and not after & self._words_en():
            return None  # (3,000 general manufacturing companies, in two papers: the
            # statement's 6,391 enterprises moved out are not said to be those)
        return claim, figure

    def _words_en(self) -> set[str]:
        """The words of the English statement being compared, short forms spelled out."""
        if self._said_en is None:
            self._said_en = _words_of_en(self._text)
        return self._said_en

    def _prose_en(self) -> str:
        """The statement without the figures it states: its prose."""
        return blanked(self._text, [(s.start, s.end) for s in self._stated])

    def _stating_en(self, item: StatedFigure, text: str,
                    mentioned: set[str]) -> FigureVerdict | None:
        """An English statement's figure, supported by a claim that states this very value
        (same unit and qualifier, or a bound or span its value meets, said less precisely),
        for a compatible period, about a place the statement allows,
        whose English holds most of the figure's own words (EN_SAME_WORDS of them, two at
        least): _stating reads Chinese words only, and a sentence of several figures
        scores no one claim well as a whole (…a population of more than 100 million and a
        land area of 216,000 square kilometres: the land-area claim's English has "land
        area"). Of claims holding as many, the first in the knowledge base's order."""
        # (one is a count of a list's, or a pronoun: one core, two zones, one belt; seven
        # national-level ones)
        own = self._own_en(item) - {"one"}
        if len(own) < 2:
            return None
        # (a time between places is of the places: Xiong'an and Tianjin one hour)
        what = self._what_en(item) if item.figure.unit not in _TRAVEL_UNITS else set()
        places = place_words_en(item.words)
        stated, when = item.figure, self._when(item)
        best: tuple[int, Claim, Figure] | None = None
        for doc, figure in self._holding(stated, any_unit=stated.unit is None):
            if not (figure.qualifier == stated.qualifier and figures_equal(figure, stated)
                    or allows(stated, figure, doc.metric) and less_precise(stated, figure)):
                continue  # (about 21.02 million TEU for 2102万标准箱: the source's, rounded)
            if (same_period(when, doc.period) is False
                    or self.places.only_wholes(doc.subject)
                    or not self._gives_names(doc, item)
                    or not (self.places.speaks_about(doc.subject, mentioned, text)
                            or self.places.within_named(doc.subject, text))):
                continue
            claim = self._as_claim(doc)
            if (not self.places.speaks_about(doc.subject, mentioned, text)
                    and self.places.whole_said_for(doc.subject, claim.quote, text)
                    or self._part_for_whole_en(item, claim)):
                continue  # (a part's figure said of the whole, or the whole's of a part)
            words = self._en_words(claim)
            # (for a figure with a unit, the words of places the claim's English does not
            # print count for nothing: the places are weighed above — Tianjin's Wuqing
            # district for Wuqing; a bare number needs its words, places and all)
            weighed = own - (places - words) if stated.unit else own
            shared = len(own & words)
            if (shared < 2 or shared < EN_SAME_WORDS * len(weighed)
                    or what and not what & words):
                continue
            if best is not None and shared <= best[0]:
                continue
            if self._not_its_figure(item, claim, figure):
                continue
            best = (shared, claim, figure)
        if best is None:
            return None
        return FigureVerdict(stated, SUPPORTED, best[1], best[2])

    def _same_words(self, item: StatedFigure, claim: Claim, figure: Figure) -> bool:
        """Whether the figure's own words are (nearly all) its figure's words in the quote;
        a place they name by another name than the quote's words give it is read by the
        quote's (120项涉税服务实现三地“同事同标” for 120项京津冀涉税服务“同事同标”)."""
        words = self._quote_words(claim, figure)
        own = bigrams(normalize(item.words))
        if not words or not own:
            return False
        if not self._words_shared(words, own):
            renamed = self._renamed_as_quote(item.words, claim, figure)
            return renamed is not None and self._words_shared(words, bigrams(normalize(renamed)))
        return True

    @staticmethod
    def _words_shared(words: set[str], own: set[str]) -> bool:
        shared = len(words & own)
        return (shared / len(words) >= SAME_WORDS
                and 2 * shared / (len(words) + len(own)) >= SAME_WORDS_DICE)

    def _renamed_as_quote(self, text: str, claim: Claim, figure: Figure) -> str | None:
        """A figure's own words (``text``) with each place they name by another name than
        the figure's words in the claim's quote give it (三地, 京津冀) printed as the quote
        prints it; None where none is."""
        named = self.places.named(text)
        if not named:
            return None
        there = {n.place.key: n.printed
                 for n in self.places.named(self._quote_words_text(claim, figure))}
        renamed, changed = text, False
        for n in sorted(named, key=lambda n: n.start, reverse=True):
            printed = there.get(n.place.key)
            if printed is not None and printed != n.printed:
                renamed = renamed[: n.start] + printed + renamed[n.end :]
                changed = True
        return renamed if changed else None

    def _may_hold_words(self, own: set[str], claim: Claim | Document) -> bool:
        """Whether the claim's quote could give one of its figures a figure's own words
        (their pairs: ``own``; _same_words), told without reading its figures
        (_shared_at_most): _same_words needs ``shared`` ≥ SAME_WORDS × the words' pairs and
        a Dice of SAME_WORDS_DICE, so ``shared`` ≥ D/(2 − D) of the figure's own pairs (D:
        the Dice; shared ≤ the words' pairs)."""
        if not own:
            return False
        return self._shared_at_most(own, claim) >= SAME_WORDS_DICE / (2 - SAME_WORDS_DICE) * len(
            own)

    def _may_align(self, own: set[str], claim: Claim | Document) -> bool:
        """Whether the claim's quote could give one of its figures words that a figure's
        own (their pairs: ``own``) describe (_word_alignment from the quote, for a claim
        whose metric they do not name): ``shared`` pairs with a Dice of ALIGN_METRIC, so
        ``shared`` ≥ A/(2 − A) of ``own``, or MIN_CONTAINED of them."""
        need = min(MIN_CONTAINED, ALIGN_METRIC / (2 - ALIGN_METRIC) * len(own))
        return bool(own) and self._shared_at_most(own, claim) >= need

    def _shared_at_most(self, own: set[str], claim: Claim | Document) -> int:
        """The most character pairs of ``own`` the words of a figure in the claim's quote
        may hold, told without reading its figures (in a large base, from its search
        document's Chinese, which runs the quote's together): the words' pairs are the
        quote's, but for at most JOINED_PAIRS made where the reader joins words (before
        and after the figure, a ratio's 第N项) and those of 规模以上 for 规上."""
        text = self._quote_texts.get(claim.id)
        if text is None:
            if len(self._quote_texts) > KEPT_LOOKUPS:
                self._quote_texts = {}
            if isinstance(claim, Claim):
                text = normalize(quote_text(claim.quote))
            else:
                text = claim.chinese
            self._quote_texts[claim.id] = text
        # (a pair of ``own`` is two Chinese characters, or one alone: in the text's pairs
        # or characters exactly when the text holds it)
        return sum(1 for gram in own if gram in text or gram in _PASTED_PAIRS) + JOINED_PAIRS

    def _disagreeing(self, item: StatedFigure, others: list[StatedFigure], text: str,
                     mentioned: set[str]) -> FigureVerdict | None:
        """A contradiction from the claim whose figure has the same words right around it
        in its quote as this figure has in the statement (已落地企业60余家 for 已落地企业
        123余家), in the same unit, about a subject the statement allows, for the figure's
        year if it has one. Words any figure may have (同比增长, 达到) do not count."""
        own = bigrams(normalize(item.near)) - _COMMON_NEAR
        if len(own) < MIN_SHARED:
            return None
        stated, years = item.figure, set(item.period)
        when = self._when(item)
        counts = self._near_counts(own)
        best: tuple[float, Claim, Figure] | None = None
        named_for: str | None = None  # (what names the figure's thing: read once)
        # (the places named before the figure: read once, for the first claim that needs them)
        named_before: list[tuple[str, str]] | None = None
        # (in the order of their ids: of claims as close, the same one decides in every run,
        # whatever order the words' pairs were counted in)
        for (claim_id, raw), found in sorted(counts.items()):
            if found < MIN_SHARED:
                continue
            claim = self._claim_by_id(claim_id)
            figure = next(f for f in claim.figures if f.raw == raw)
            # (the tests that need no reading of its quote first)
            if not units_match(figure, stated, claim.metric, counts_alike=False):
                continue
            if same_value(figure, stated, claim.metric)[0]:
                continue
            if figure.qualifier != stated.qualifier and figures_agree(figure, stated):
                continue  # 超过1100家 and 1300家 can both be true
            if not _for_when(when, claim.period, claim.quote) or self._over_another_span(
                    item, claim.period):
                continue
            if self.places.only_wholes(claim.subject):
                continue  # a part's figure says nothing of the whole's (全国 against 京津冀)
            words = self._near_words(claim, figure)
            shared = len(words & own)
            if shared < MIN_SHARED or shared / len(words) < ALIGN_QUOTE:
                continue
            if self._another_thing(item, claim, figure):
                continue  # nor the whole's of a part's (京津冀's 4.25% against 北京's), nor
                # the stock the new ones of a year (新增…210家, 超过1100家)
            if "分别" in item.words and self._other_item(item, claim, figure):
                continue  # (大厂's 16个 of a 分别 list is not the 北三县 zone's total)
            if own <= _SHARE_PAIRS and self._about_lead(item, claim, figure,
                                                         overturning=False):
                continue  # words any share has, after another lead (…1431家，占全国比重
                # 达到14% is not 数字经济规模's 10.7%)
            if not (self.places.speaks_about(claim.subject, mentioned, text) or (
                    (self.places.within_named(claim.subject, text)
                     or (self._same_words(item, claim, figure)
                         and not self.places.unnamed_body(claim.subject, text,
                                                          claim.quote, item.words)))
                    and not self.places.swapped(claim, item)
                    and not self.places.whole_said_for(claim.subject, claim.quote, text))):
                continue
            if named_before is None:
                named_before = self.places.named_before(text, item.end)
            if self.places.part_for_whole(claim.subject, named_before, normalize(claim.quote)):
                continue  # (河北省土地面积… is not the three's 21.6万, however the sentence
                # goes on to name 京津冀)
            if self._belongs_elsewhere(item, others, claim, figure):
                continue
            if self._chinese:
                if self._zone_elsewhere(item, claim) or self._direction_turned(claim):
                    continue
                if self._other_quoted_term(item, claim, figure):
                    continue  # (234项…“跨省通办” is not the quote's 179项…“同事同标”)
                if named_for is None:
                    named_for = self._named_for(item)
                if _unit_of_a_body(named_for, claim):
                    continue  # (中冶迈克天津新厂区总投资 is not 天津市's projects' total)
            score = 2 * shared / (len(words) + len(own))
            if best is None or score > best[0]:
                best = (score, claim, figure)
        if best is None:
            return None
        _score, claim, figure = best
        said = f" for {claim.period}" if claim.period and not years else ""
        return FigureVerdict(
            stated, CONTRADICTED, claim, figure,
            f"the source says {describe(figure)}{said}; the statement says {describe(stated)}")

    def _other_edition(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """A figure of an event's edition the statement names (第二届…大会签约项目突破200个)
        is not decided by a claim of the event in a year the sources call another edition
        (2023's, the 首届: 152个): unsupported, "the source's is for the 首届 (2023)"."""
        edition = next((s.figure for s in self._stated if s.figure.unit == "届"), None)
        claim = verdict.claim
        if edition is None or claim is None or not claim.period:
            return verdict
        for doc in self.searcher.about(("届次",), (claim.subject,)):
            other = next((f for f in doc.figures if f.unit == "届"), None)
            if (other is not None and doc.period == claim.period
                    and not figures_equal(other, edition)):
                return FigureVerdict(item.figure, UNSUPPORTED, claim, verdict.expected, (
                    f"the source's {describe(verdict.expected or item.figure)} is for the "
                    f"{other.raw} ({claim.period}), not {edition.raw}"))
        return verdict

    def _zone_elsewhere(self, item: StatedFigure, claim: Claim) -> bool:
        """Whether a Chinese statement's figure is in a first clause that opens on a zone's
        or a park's name that is no place of the gazetteer and that the claim's quote and
        subject do not give: a claim of another zone with the figure's very words says
        nothing of it (临空区已有逾200家企业入驻 is not the Xiong'an Zhongguancun park's
        35家企业入驻; 运河商务区2023年新增注册企业3,500家 not 滨海中关村's 新增注册企业939家)."""
        if self._opening_zone is None or self._opening_zone[0] != self._text:
            self._opening_zone = (self._text, self._zone_opened())
        zone = self._opening_zone[1]
        if zone is None or _CLAUSE_BREAK.search(self._text, zone[1], item.start):
            return False
        name, _end, subjects = zone
        if subjects:
            return claim.subject not in subjects  # (a subject's: 城六区)
        return name not in claim.quote and name not in claim.subject

    def _zone_opened(self) -> tuple[str, int, frozenset[str]] | None:
        """The zone's name the statement opens on (_zone_elsewhere), where it ends, and the
        subjects it names; None where it opens on none, on a word that names no zone (园区)
        or on a place of the gazetteer (网传蓟州区将…: a district)."""
        zone = _OPENING_ZONE.match(self._text)
        if zone is None or zone[1].endswith(_GENERIC_ZONES):
            return None
        name = zone[1]
        if any(n.end == len(name) for n in gazetteer().find(name)):
            return None
        return name, zone.end(), frozenset(self.places.mentioned_subjects(name))

    def _named_for(self, item: StatedFigure) -> str:
        """The words that name what a Chinese figure is of: its clause up to it and its own
        words; where they name no place, site or line, its sentence's first clause too
        (京雄高速全长约97公里，设计时速120公里: 120公里 is 京雄高速's)."""
        sentence = back_to(self._text, item.start, SENTENCE_BREAK)
        clause = back_to(sentence, len(sentence), _CLAUSE_OR_COLON) + item.words
        if (self.places.named(clause) or _BODY_UNIT.search(clause)
                or _NAMED_LINE.search(clause)):
            return clause
        return _CLAUSE_OR_COLON.split(sentence)[0] + " " + clause

    def _aliases(self) -> dict[str, tuple[str, ...]]:
        """Metric name → the words people write for it, from the knowledge base's metric
        vocabulary (facts/metrics.toml, as search reads it: kept beside the cache, so no
        TOML is parsed on a warm start)."""
        if self._metric_aliases is None:
            from jjjcli.aliases import metric_aliases

            self._metric_aliases = {
                name: tuple(normalize(w) for w in (name, *aliases) if len(w) >= 2)
                for name, (_en, aliases) in metric_aliases(self.kb.root).items()}
        return self._metric_aliases

    def _direction_check(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """The same value said to go the other way: 能耗增长3.6% where the source says 能耗
        下降3.6% is contradicted when the words right beside the two figures say opposite
        things, unsupported when only their wider words do (增速下降 beside 增长)."""
        claim, figure = verdict.claim, verdict.expected
        assert claim is not None and figure is not None
        if not _CJK_CHAR.search(item.words):
            # an English statement: its words against the claim's English, word by word
            said = set(_WHOLE_WORD_EN.findall(self.places.text.lower()))
            theirs = set(_WHOLE_WORD_EN.findall(claim.en.lower()))
            english = (opposed(said, theirs, ENGLISH_OPPOSITES)
                       or growth_turned_en(said, theirs))
            if english is None:
                return verdict
            self._turned.add(id(item))
            return FigureVerdict(
                item.figure, CONTRADICTED, claim, figure,
                f"the source says {english[1]} {describe(figure)}; the statement says "
                f"{english[0]}")
        quoted = self._in_quote(claim, figure)
        if quoted is None or not opposed(normalize(item.words), normalize(quoted.words)):
            return verdict
        words = opposed(normalize(item.near), normalize(quoted.near))
        if words:
            self._turned.add(id(item))
            return FigureVerdict(
                item.figure, CONTRADICTED, claim, figure,
                f"the source says {words[1]} {describe(figure)}; the statement says {words[0]}")
        return FigureVerdict(item.figure, UNSUPPORTED, claim, figure, (
            f"the source says {describe(figure)}, in words that go the other way"))

    def _multiple_check(self, item: StatedFigure, verdict: FigureVerdict) -> FigureVerdict:
        """增长1.8倍 is 2.8 times the base; 是2014年的1.8倍 is 1.8 times: the same number of
        倍 in the two forms is two values (contradicted), and 增长0.8倍 is 是…的1.8倍
        (supported). English says either as Chinese does: *grew 1.8 times* and *expanded
        nearly fourfold* as 增长, *1.8 times its 2014 level* as 是…的 (_GROWN_BY_EN)."""
        claim, figure = verdict.claim, verdict.expected
        assert claim is not None and figure is not None
        if item.figure.unit != "倍" or figure.unit != "倍":
            return verdict
        quoted = self._in_quote(claim, figure)
        if quoted is None:
            return verdict
        # (the verb right before the figure in its sentence: its words may run on past it,
        # 增长1.1倍科技成果… of a headline joined to its subtitle)
        text, quote = self._text, self._read_quote(claim).text
        said = (_GROWN_BY.search(text, max(0, item.start - 6), item.start) if self._chinese
                else _GROWN_BY_EN.search(back_to(text, item.start))
                and not _TIMES_OF_EN.match(text, item.end))
        theirs = _GROWN_BY.search(quote, max(0, quoted.start - 6), quoted.start)
        if bool(said) == bool(theirs):
            return verdict
        stated = float(item.figure.value) + (1 if said else 0)
        source = float(figure.value) + (1 if theirs else 0)
        how = (f"the source's {figure.raw} is {source:g} times the base, the statement's "
               f"{item.figure.raw} {stated:g} times")
        if values_equal(stated, source):
            return FigureVerdict(item.figure, SUPPORTED, claim, figure, how)
        if figures_agree(Figure(figure.raw, source, "倍", figure.qualifier),
                         Figure(item.figure.raw, stated, "倍", item.figure.qualifier)):
            # (近1.1倍 is nearly 2.1 times, 翻了一番 about 2: both may be true)
            return FigureVerdict(item.figure, UNSUPPORTED, claim, figure,
                                 f"{how}, which does not settle it")
        return FigureVerdict(item.figure, CONTRADICTED, claim, figure, how)

    def _near_words(self, claim: Claim, figure: Figure) -> set[str]:
        """The character pairs right around ``figure`` in its claim's quote."""
        key = (claim.id, figure.raw)
        if key not in self._near_cache:
            stated = self._in_quote(claim, figure)
            near = stated.near if stated else near_in(claim.quote, figure.raw)
            if len(self._near_cache) > KEPT_CLAIMS:
                self._near_cache = {}  # (a large base's: memory stays bounded)
            self._near_cache[key] = bigrams(normalize(near)) - _COMMON_NEAR
        return self._near_cache[key]

    def _sibling_in_quote(self, item: StatedFigure, claim: Claim, figure: Figure) -> bool:
        """Whether the figure's own words are those of another figure of the claim's quote
        rather than of the claim's figure: 良乡大学城有12个国家一流学科 against a quote
        holding 8个国家一流学科, 12个北京市高精尖学科 — the 12 is another thing's."""
        own = bigrams(normalize(item.words))
        mine = self._in_quote(claim, figure)
        if not own or mine is None:
            return False
        words = bigrams(normalize(mine.words))
        # the subject's name, said only before another figure of its quote, tells none
        # from another (天津滨海—中关村科技园累计注册企业近5000家,在园国家高新技术企业有193家)
        subject = bigrams(normalize(claim.subject))
        if not subject & words:
            own -= subject
            if not own:
                return False
        theirs = len(own & words)
        # only a figure the statement's could be (in its unit: not 207家 for 约190亿元), and
        # not one the statement tells apart: it says all of the figure's own words and
        # they are not the other's (实到 in 应出席委员2162人，实到2093人)
        told = bool(words) and words <= own
        read = self._read_quote(claim)
        heads = list_heads(read, mine)
        said = normalize(item.words)
        ends = self._change_ends(read, mine)
        # a term in quotation marks the figure's words share with the claim's figure's
        # names it, whatever words another figure's share (234项政务服务事项可“跨省通办” is
        # the quote's 234项实现“跨省通办”, not its 179项政务服务事项“同事同标”)
        termed = _quoted_term_shared(item.words, mine.words) is True
        for other in read.figures:
            if other is mine or not (units_match(other.figure, item.figure)
                                     or _both_lengths(other.figure, item.figure)):
                continue  # (300米进公园 beside 1公里进林带: 1公里进公园 is the 300米's words)
            if termed and _quoted_term_shared(item.words, other.words) is not True:
                continue
            if any(other is end for end in ends):
                continue  # (由现在的40架提升到100架: the words before the change are both's)
            if id(mine) in heads and id(other) in heads:
                # two items of a 分别 list: the item the words name (人次, 收入) decides
                if heads[id(mine)] in said:
                    continue
                if heads[id(other)] in said:
                    return True
            if other.period and other.period != mine.period and not other.period & item.period:
                continue  # a value of another year (由2008年的118公里增长到2486公里: a base)
            if not other.period and other.base and other.base == mine.period:
                continue  # (天津…0.95万吨标准煤,较2014年的1.4万吨标准煤: set against 2014's)
            named = item_named(read, mine, other, said)
            if named is not None:
                # (two items of a list with words after both: 40余所学校、5所医疗卫生机构对接
                # 支持雄安新区 — the thing the statement counts decides, not those words)
                if named:
                    continue
                return True
            if self._part_named(read, mine, other, own):
                return True
            if (due_said(other.words) and present_said(mine.words)
                    and present_said(item.words) and not due_said(item.words)):
                continue  # (出席委员2093人 is 实到2093人, not 应出席委员2162人, their words aside)
            near = bigrams(normalize(other.words))
            if len(own & near) > theirs + 1 and not (told and not words <= near):
                return True
            # the statement says what only the other figure's words say, and not all the
            # claim figure's: 实到委员2162人 against 应出席委员2162人，实到2093人
            only_other = _word_pairs(other.words) - words
            if only_other and only_other <= own and not words <= own:
                return True
        return False

    @staticmethod
    def _part_named(read: Sentence, mine: StatedFigure, other: StatedFigure,
                    own: set[str]) -> bool:
        """Whether ``other`` is a part the quote gives of its figure ``mine`` right after it
        (…招生计划3.5万人，其中减少京外招生计划1.1万人) and the statement's words (their
        pairs: ``own``) say what sets the part apart (京外): it gives the whole's value to
        the part. Two of the part's own pairs at least, those its words do not share with
        the whole's (one alone may be a word's edge)."""
        between = read.text[mine.end : other.start]
        opens = between.find(_PART_OPENS)
        if (opens < 0 or SENTENCE_BREAK.search(between)
                or any(mine.end <= f.start < other.start for f in read.figures)):
            return False  # (not right after it, in its sentence, opened by 其中)
        part = bigrams(normalize(between[opens + len(_PART_OPENS):])) - bigrams(
            normalize(mine.words)) - _COMMON_NEAR
        return len(part & own) >= 2

    @staticmethod
    def _change_ends(read: Sentence, mine: StatedFigure) -> list[StatedFigure]:
        """The other end of the change whose one end is ``mine`` in a quote read (由现在的
        40架提升到100架), if it is one."""
        end = span_end(read.text, read.figures, mine)
        if end is None:
            return []
        at = next(i for i, f in enumerate(read.figures) if f is mine)
        return [read.figures[at + 1 if end == "from" else at - 1]]

    def _in_quote(self, claim: Claim, figure: Figure) -> StatedFigure | None:
        """The claim's ``figure`` as its quote prints it: the figure printed the same way
        (4所 of 4家央企总部、4所高校) — of two printed the same way, the one whose words
        hold most of its metric's (综合型平台5家、特色型平台21家、专业型平台5家: the 专业型
        claim's 5家 is the last), then the one whose words name the claim's subject
        (…中华人民共和国成立75周年，…也是人民政协成立75周年: the 人民政协 claim's is the
        second) —, else the first with its value."""
        figures = self._read_quote(claim).figures
        raw = "".join(figure.raw.split())
        same = [s for s in figures if "".join(s.figure.raw.split()) == raw]
        if len(same) > 1:
            names = self.places.subjects.get(claim.subject, (claim.subject,))
            metric = bigrams(normalize(claim.metric))
            same.sort(key=lambda s: (
                -len(metric & bigrams(normalize(s.words))),
                not (claim.subject and any(n in s.words for n in names))))
        return (next(iter(same), None)
                or next((s for s in figures if figures_equal(s.figure, figure)
                         and s.figure.unit == figure.unit), None)
                or next((s for s in figures if figures_equal(s.figure, figure)), None))

    def _read_quote(self, claim: Claim) -> Sentence:
        read = self._quotes.get(claim.id)
        if read is None:
            if len(self._quotes) > KEPT_CLAIMS:
                self._quotes = {}  # (a large base's: memory stays bounded)
                self._quote_reads = {}
            # (claims quoting the same words share one reading: a paragraph's claims often do)
            read = self._quote_reads.get(claim.quote)
            if read is None:
                read = self._quote_reads[claim.quote] = read_sentence(claim.quote,
                                                                      simplified=True)
            self._quotes[claim.id] = read
        return read

    # --- the claims compare reads: all of them in a small base, the index's in a large one

    def _large(self) -> Any:
        """The cache's index of a base large enough to be read through it (more claims
        than index.index_threshold, as search does), else None: every claim is read."""
        if self._large_index is False:
            index = getattr(self.kb, "index", None)
            self._large_index = None
            if index is not None:
                from jjjcli.index import index_threshold

                if len(index) > index_threshold():
                    self._large_index = index
        return self._large_index

    def _holding(self, stated: Figure, *,
                 any_unit: bool = False) -> list[tuple[Claim | Document, Figure]]:
        """The claims' figures with the statement figure's value in its comparable unit
        (equal to six decimals), in the knowledge base's order; in a large base, the
        claims' search documents (kept for the process: the claim is read only for those
        that pass the quick tests, _claim). With ``any_unit``, in every unit (a figure
        printed without one: more than 100 million, of people)."""
        value = round(float(stated.value), 6)
        if any_unit:
            return [(d, f) for d in self._with_value(value, None) for f in d.figures
                    if f.unit != "date" and round(float(f.value), 6) == value]
        key = (comparable_unit(stated.unit), value)
        if self._large() is None:
            if self._by_value is None:
                table: dict[tuple[str | None, float], list[tuple[Claim | Document, Figure]]]
                table = {}
                for claim in self.kb:
                    for figure in claim.figures:
                        own = (comparable_unit(figure.unit), round(float(figure.value), 6))
                        table.setdefault(own, []).append((claim, figure))
                self._by_value = table
            return self._by_value.get(key, [])
        if self._by_value is None or len(self._by_value) > KEPT_LOOKUPS:
            self._by_value = {}
        if key not in self._by_value:
            self._by_value[key] = [
                (d, f) for d in self._with_value(value, printed_units(key[0]))
                for f in d.figures if (comparable_unit(f.unit), round(float(f.value), 6)) == key]
        return self._by_value[key]

    def _with_value(self, value: float,
                    units: frozenset[str] | None) -> Sequence[Claim | Document]:
        """The claims holding a figure of ``value`` (to six decimals), in one of ``units``
        as printed (None: any): through the cache's index of figures where the base has
        one (a large base's search documents), else read from every claim."""
        spread = max(abs(value) * 1e-6, 1e-6)
        docs: Sequence[Claim | Document] | None = None
        if value:
            docs = self.searcher.about((), (), [value], spread / abs(value), units=units)
        elif (index := self._large()) is not None:  # (about's spread is relative)
            from jjjcli.index import claims_holding

            docs = claims_holding(index, [(-spread, spread)])
        if docs is None:
            docs = [c for c in self.kb if any(abs(f.value - value) <= spread
                                              for f in c.figures)]
        return docs


    def _near_counts(self, own: set[str]) -> dict[tuple[str, str], int]:
        """(claim id, figure raw) → how many of the pairs ``own`` the words right around
        that figure in its claim's quote hold (only those holding one); in a large base,
        among the claims the full-text index gives for them."""
        counts: dict[tuple[str, str], int] = {}
        index = self._large()
        if index is None:
            for gram in own:
                for key in self._near_index().get(gram, ()):
                    counts[key] = counts.get(key, 0) + 1
            return counts
        from jjjcli.index import rowids_sharing_pairs

        rowids = rowids_sharing_pairs(index, own)
        read = None if rowids is None else self._near_rows(index, rowids)
        if read is None:  # (the cache failed: every claim)
            read = [self._figures_near(claim) for claim in self.kb]
        for near in read:
            for key, words in near:
                found = len(words & own)
                if found:
                    counts[key] = found
        return counts

    def _near_rows(self, index: Any, rowids: list[int]
                   ) -> list[list[tuple[tuple[str, str], frozenset[str]]]] | None:
        """:meth:`_figures_near` of a large base's claims with these rowids, read from its
        cache once and kept (KEPT_CLAIMS at most): statements ask for the same ones."""
        from jjjcli import index as cache

        kept = self._near_by_rowid
        missing = [r for r in rowids if r not in kept]
        if missing and len(kept) + len(missing) > KEPT_CLAIMS:
            kept.clear()  # (and every one asked for is read again)
            missing = rowids
        if missing:
            claims = cache.claims_by_rowid(index, missing)
            if claims is None:
                return None
            # (read whole, they are kept as claims too: _disagreeing weighs some of them;
            # never more than KEPT_CLAIMS)
            keep = len(claims) <= KEPT_CLAIMS
            if keep and len(self._claims) + len(claims) > KEPT_CLAIMS:
                self._claims = {}
            for rowid in missing:
                claim = claims.get(rowid)
                kept[rowid] = self._figures_near(claim) if claim is not None else []
                if keep and claim is not None:
                    self._claims.setdefault(claim.id, claim)
        return [kept[r] for r in rowids]

    @staticmethod
    def _figures_near(claim: Claim) -> list[tuple[tuple[str, str], frozenset[str]]]:
        """(claim id, figure raw) and the character pairs of the words right around that
        figure in the claim's quote (words_in; common ones aside), for each figure."""
        return [((claim.id, figure.raw),
                 frozenset(bigrams(words_in(claim.quote, figure.raw)) - _COMMON_NEAR))
                for figure in claim.figures]

    def _near_index(self) -> dict[str, list[tuple[str, str]]]:
        """Character pair → the claim figures (id, raw) with that pair among their words
        (found without reading every quote: a wide net; the near words then decide)."""
        if self._index is None:
            index: dict[str, list[tuple[str, str]]] = {}
            for claim in self.kb:
                for key, words in self._figures_near(claim):
                    for gram in words:
                        index.setdefault(gram, []).append(key)
            self._index = index
        return self._index

    def _aligned(self, item: StatedFigure, doc: Document | Claim, figure: Figure,
                 others: list[StatedFigure]) -> bool:
        return self._alignment(item, doc, figure, others) > 0

    def _alignment(self, item: StatedFigure, doc: Document | Claim, figure: Figure,
                   others: list[StatedFigure]) -> float:
        """How well the claim ``doc``'s ``figure`` is about the statement's figure ``item``
        (0: not at all): described by the figure's own words — its metric, or the words its
        figure has in its quote — and not the claim of another figure of the statement that
        has its value (in 4家央企总部, 4所高校 the 4家 claim is the first figure's)."""
        score = self._word_alignment(item, doc, figure)
        if score and self._belongs_elsewhere(item, others, doc, figure, score):
            return 0.0
        return score

    def _belongs_elsewhere(self, item: StatedFigure, others: list[StatedFigure],
                           doc: Document | Claim, figure: Figure,
                           score: float | None = None, *, ties: bool = True) -> bool:
        """Whether another figure of the statement printing the claim's value is that
        claim's figure rather than ``item``: its own words describe the claim better (or as
        well, with ``ties``), in the claim's own counting word."""
        if score is None:
            score = self._word_alignment(item, doc, figure)
        for other in others:
            if not same_value(figure, other.figure, doc.metric)[0]:
                continue
            if not units_match(figure, other.figure, doc.metric, counts_alike=False):
                continue
            theirs = self._word_alignment(other, doc, figure)
            if theirs > score or (ties and theirs == score):
                return True
        return False

    def _statistics_said_en(self, item: StatedFigure) -> set[str]:
        """The metrics (not an event's date or edition) an English figure's own words name
        by a word the metric vocabulary gives for them (GDP: 地区生产总值)."""
        if self._chinese:
            return set()
        said = normalize(item.words)
        return {metric for metric, aliases in self._aliases().items()
                if not metric.endswith(("时间", "届次")) and any(
                    alias.isascii() and alias in said
                    and re.search(rf"\b{re.escape(alias)}\b", said) for alias in aliases)}

    def _alias_said_en(self, item: StatedFigure, doc: Document | Claim) -> bool:
        """Whether an English figure's own words give an English word the metric vocabulary
        has for the claim's metric (more than 1,600 national-level "little giant"
        enterprises: 国家级专精特新小巨人企业数量): its words have no character pairs to align
        by (_word_alignment), so only such a word may say what a bound counts."""
        if self._chinese:
            return False
        said = normalize(item.words)
        return any(alias.isascii() and re.search(rf"\b{re.escape(alias)}\b", said)
                   for alias in self._aliases().get(doc.metric, ()))

    def _word_alignment(self, item: StatedFigure, doc: Document | Claim,
                        figure: Figure) -> float:
        """How well the figure's own words describe the claim's figure (0: not at all)."""
        own = bigrams(normalize(item.words))
        if not own:
            return 0.0
        score = self._metric_alignment(item, own, doc, figure)
        if score >= 1.0:
            return score  # its whole metric: no word of its quote can score higher
        words = self._quote_words(doc, figure)
        if words:
            shared = len(words & own)
            dice = 2 * shared / (len(words) + len(own))
            # most of its words in the quote, and not only a few (同比增长 is no metric)
            if shared / len(words) >= ALIGN_QUOTE and (dice >= ALIGN_METRIC or score):
                score = max(score, dice, shared / len(words))
            elif shared >= MIN_CONTAINED and shared / len(words) >= SAME_WORDS:
                # all its words in the quote are among the figure's, which run longer (将拓展
                # 北京各类直销点 within …建立合作关系,将拓展北京各类直销点)
                score = max(score, shared / len(words))
        return score

    def _metric_alignment(self, item: StatedFigure, own: set[str], doc: Document | Claim,
                          figure: Figure) -> float:
        """How well the figure's own words (their pairs: ``own``) name the claim's metric
        (0: not enough): what _word_alignment gives before reading the claim's quote."""
        score = 0.0
        # an event's metric names it by its verb: 设立时间 is said as 设立
        name = doc.metric.removesuffix("时间") if figure.unit == "date" else doc.metric
        metric = metric_pairs(name)
        if metric and len(metric & own) / len(metric) >= ALIGN_METRIC:
            score = len(metric & own) / len(metric)
        said = normalize(item.words)
        full = normalize(name)
        if any(w in full and self._rest_named(full.replace(w, " "), own)
               for w in _alias_words_said(said)):
            score = max(score, ALIGN_METRIC)
        if any(alias in said for alias in self._aliases().get(doc.metric, ())):
            score = max(score, ALIGN_METRIC)  # 经济总量, GDP for 地区生产总值 (facts/metrics.toml)
        return score

    @staticmethod
    def _rest_named(rest: str, own: set[str]) -> bool:
        """Whether a figure's words (their pairs: ``own``) name what a metric is beside the
        word an alias gave for it: 经济总量 names 地区生产总值 and 地区生产总值增速 (增速 is
        generic), not 数字经济规模占地区生产总值比重 (数字经济 is not said)."""
        pairs = {g for g in bigrams(rest) - GENERIC_METRIC_WORDS - _GENERIC_LEVELS
                 if len(g) == 2 and " " not in g}
        return not pairs or len(pairs & own) / len(pairs) >= ALIGN_METRIC

    def _quote_words(self, doc: Document | Claim, figure: Figure) -> set[str]:
        """The character pairs of the words ``figure`` has in its claim's quote."""
        key = (doc.id, figure.raw)
        if key not in self._words:
            claim = doc if isinstance(doc, Claim) else self._claim(doc)
            if len(self._words) > KEPT_CLAIMS:
                self._words = {}  # (a large base's: memory stays bounded)
            self._words[key] = bigrams(normalize(self._quote_words_text(claim, figure)))
        return self._words[key]

    def _quote_words_text(self, claim: Claim, figure: Figure) -> str:
        """The words ``figure`` has in its claim's quote, as printed."""
        found = self._in_quote(claim, figure)
        if found is not None and found.words is not None:
            return found.words
        return words_in(claim.quote, figure.raw)  # (a figure the reader does not find as
        # such: a name, a date)


    def _as_claim(self, doc: Document | Claim) -> Claim:
        return doc if isinstance(doc, Claim) else self._claim(doc)

    def _order_held(self, item: StatedFigure, said: list[Claim]) -> FigureVerdict | None:
        """An order printed with 第 (第二批) that a claim holds as its figure, in a quote
        printing the words the statement's follows it with (第二批市级机关), which did not
        support it (its quote says 正在加紧搬迁, the statement 全部完成搬迁): unsupported,
        with that claim, rather than left out as a numeral in prose."""
        stated = item.figure
        if not (_ordinal(stated) and stated.raw.startswith("第")):
            return None
        clause = normalize(clause_around(self._text, item.start, item.end))
        if any(clause in normalize(claim.quote) for claim in said):
            return None  # (a claim deciding another figure prints it: 第二批市级机关启动搬迁)
        after = "".join(_CJK_CHAR.findall(normalize(self._text[item.end : item.end + 4])))
        if len(after) < 2:
            return None
        for doc, figure in self._holding(stated):
            if not (_ordinal(figure) and figure.raw == stated.raw):
                continue
            claim = self._as_claim(doc)
            if after in normalize(claim.quote):
                return FigureVerdict(
                    stated, UNSUPPORTED, claim, figure,
                    f"the source gives {figure.raw}, but says something else of it")
        return None

    def _printed_elsewhere(self, item: StatedFigure, verdict: FigureVerdict,
                           relevance: list[_Scored]) -> FigureVerdict:
        """A support undone: the figure's clause is another claim's quote word for word but
        for the figure, with a value of its unit that cannot also be true, for the same time
        as the supporting claim's, and the supporting claim's quote
        does not print that clause (京雄津保唐“2小时交通圈” where a quote prints
        京雄津保唐“1小时交通圈”: that claim's figure is the one it states, not a like value
        said of another thing); contradicted by it. Only a clause of at least
        PRINTED_CONTEXT characters beside the figure says which thing it is; quotation
        marks are not read (京雄津保唐"半小时交通圈" is the clause)."""
        assert verdict.claim is not None
        text = self._text
        raw = text[item.start : item.end]
        clause = clause_around(text, item.start, item.end)
        at = clause.find(raw)
        if at < 0 or len(clause) - len(raw) < PRINTED_CONTEXT:
            return verdict
        own = _unquoted(verdict.claim.quote)
        before, after = _unquoted(clause[:at]), _unquoted(clause[at + len(raw) :])
        if _unquoted(clause) in own or before in own and after in own:
            return verdict  # (its own clause, the figure as printed or in numerals: 五百二十家)
        # (a document's Chinese, its quote's characters, tells most apart unread)
        chinese = ("".join(_CJK_CHAR.findall(before)), "".join(_CJK_CHAR.findall(after)))
        if not any(chinese):
            return verdict  # (English words are no quote's)
        for scored in relevance:
            doc = scored.doc
            if doc.id == verdict.claim.id or doc.period != verdict.claim.period:
                continue  # (the same words of another year are another year's figure)
            if chinese[0] not in doc.chinese or chinese[1] not in doc.chinese:
                continue
            quote = _unquoted(self._quote_of(doc))
            if before not in quote or after not in quote:
                continue
            for figure in self._claim(doc).figures:
                if (before + _unquoted(figure.raw) + after in quote
                        and figure.unit == item.figure.unit
                        and not figures_agree(figure, item.figure)):
                    return FigureVerdict(
                        item.figure, CONTRADICTED, self._claim(doc), figure,
                        f"the source says {describe(figure)}; the statement says "
                        f"{describe(item.figure)}")
        return verdict

    def _claim(self, doc: Document) -> Claim:
        return doc.claim if doc.claim is not None else self._claim_by_id(doc.id)

    def _quote_of(self, doc: Document) -> str:
        return self._claim(doc).quote

    def _claim_by_id(self, claim_id: str) -> Claim:
        claim = self._claims.get(claim_id)
        if claim is None:  # a large base's: read from its cache once
            if len(self._claims) > KEPT_CLAIMS:
                self._claims = {}
            claim = self._claims[claim_id] = self.kb.claims[claim_id]
        return claim


#: a capitalised name in English (Xiaomi Auto, Li Auto, Zhongguancun; Tencent's Zhangbei)
_PROPER_NAME = re.compile(r"\b[A-Z][a-z]+(?:(?:'s|’s)?\s+[A-Z][a-z]+)*\b")
#: the words of a clause that name what its figure counts or measures for itself (an
#: industry, firms), whatever figure comes before it
_OWN_POPULATION = re.compile("产业|行业|企业|制造业|服务业")
#: a body named right after an English figure as its owner (70 for Li Auto)
_OWNER_AFTER_EN = re.compile(r"\s+for\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\b(?!['’]s)")
#: a finite verb of a fact, which ends what a plan word before it governs (…a planned 14.5
#: square km and had 1,328 registered companies)
_FACT_VERB_EN = re.compile(r"\b(?:had|has|have|was|were|is|are|did|does)\b", re.IGNORECASE)
#: the last word of an English body's name that says it owns what follows (a hospital's
#: campus, a university's): the name, however long, is the body's (_other_body_en)
_OWNING_BODY = frozenset({"Hospital", "University", "College", "School", "Kindergarten"})
#: capitalised words that name no company or body (a sentence's, a title's, the country's)
_COMMON_CAPITALISED = frozenset(
    "the in by on at of a an and as for from to with this that these its it since after "
    "before during between china china's chinese national state province city district "
    "new area zone region january february march april may june july august september "
    "october november december "
    # (the same words in pinyin, as some English copy keeps them: Tianjin Shi, Hebei Sheng,
    # Tongzhou Qu, Xiong'an Xinqu)
    "shi sheng qu xian xinqu zhen".split())

#: words of a metric that say how it is measured, not what (增速, 比重): an alias's metric
#: is named with them unsaid
_GENERIC_LEVELS = frozenset({"增速", "增长", "比重", "占比", "规模", "总额", "总量", "金额",
                             "倍数"})

#: the share of an English figure's own words (not _STOP_EN_WORDS) a claim's English
#: must hold to support it by value (_stating_en)
EN_SAME_WORDS = 0.5
#: the words of a change's direction and time, which say nothing of what it is of
_CHANGE_WORDS_EN = frozenset(
    "up down rose rise rising fell fall falling grew grow growing growth increase increased "
    "decrease decreased higher lower end year on compared since".split())
#: the Latin words an English sentence with Chinese glosses has at least (chinese_of)
ENGLISH_WORDS = 4
#: the units of a time taken to go between places (_stating_en: what it is of is them)
_TRAVEL_UNITS = frozenset({"小时", "分钟"})
#: the share of an English figure's own words a claim's English must hold to contradict
#: it (_disagreeing_en)
EN_DISAGREE_WORDS = 0.7
@lru_cache(maxsize=4096)
def _what_en(text: str) -> frozenset[str]:
    """The words of English ``text`` that say what its figures are of: neither its
    figures', a place's (events.place_words_en) nor _STOP_EN_WORDS; kept per text."""
    from jjjcli.figures import find_figures

    for found in reversed(find_figures(text)):
        text = text[: found.start] + " " + text[found.end :]
    return frozenset(_words_of_en(text)) - _STOP_EN_WORDS - place_words_en(text)


#: English words that say nothing of what a figure measures
_STOP_EN_WORDS = frozenset(
    "a an the of in on at to for and or by with from is are was were be been has have had "
    "as that this its it than more less about over under nearly almost around some "
    "their there which who while also now total reached reach stood came "
    # (when a figure is said: Hebei currently has nine enterprises …)
    "currently presently already "
    # (a headline's verbs of attaining a figure: GDP hits 10 trln yuan)
    "hit hits reaches stands topped tops totaled totalled totals amounted amounts posted "
    "logged "
    # (a question's words, in a question and its answer: How much did the region spend…)
    "how much many what what's when where which why did does do "
    # (who tells it and how it was heard: I read that…, you reported that…, according to
    # your report…, so far)
    "i you your my read reported reportedly wrote noted heard according say says said "
    "so far".split())

#: a phase of a zone, a project or a building, not in brackets (一期, 二期; not 第一期,
#: 宣武医院（一期）)
_PHASE = re.compile(r"(?<![第\d（(])([一二三四五六七八九十])期(?![）)])")
#: the same, in brackets too (宣武医院（二期）): a phase a day's or a date's words give
_PHASE_ANY = re.compile(r"(?<![第\d])([一二三四五六七八九十])期")


def _list_apart(text: str, named: Sequence[Any]) -> bool:
    """Whether anything but a list's mark (reading.LIST_GAP) or nothing (initials: 京雄津保唐)
    stands between places named one after another in ``text``."""
    return any(text[a.end : b.start] and not LIST_GAP.fullmatch(text[a.end : b.start])
               for a, b in itertools.pairwise(named))


#: the words between two figures that say the first is the greater (21.7%，高于…26.3%;
#: 24.5%, ahead of … 32.3%) or the lesser
_GREATER_BETWEEN = re.compile(r"高于|超过|超出|多于|大于|领先|ahead\s+of|higher\s+than|"
                              r"outpac|exceed|surpass|larger\s+than|bigger\s+than",
                              re.IGNORECASE)
_LESSER_BETWEEN = re.compile(r"低于|少于|小于|不及|落后|behind|lower\s+than|trail|"
                             r"smaller\s+than", re.IGNORECASE)
#: the most characters between two figures a comparison joins (Chinese, English)
_COMPARED_WITHIN = 40
_COMPARED_WITHIN_EN = 100


def _supported_pairs(verdicts: list[FigureVerdict]
                     ) -> Iterator[tuple[tuple[StatedFigure, FigureVerdict],
                                         tuple[StatedFigure, FigureVerdict]]]:
    """The statement's figures next to each other, in the order printed, both supported,
    each with its verdict (what _comparisons_turned and _from_to_turned weigh)."""
    stated = sorted(((v._stated, v) for v in verdicts if v._stated is not None),
                    key=lambda pair: pair[0].start)
    for first, second in itertools.pairwise(stated):
        if first[1].verdict == SUPPORTED and second[1].verdict == SUPPORTED:
            yield first, second


def _comparisons_turned(text: str, verdicts: list[FigureVerdict]) -> list[FigureVerdict]:
    """Two supported figures of one unit, next to each other in a sentence, that the
    statement compares the wrong way round (北京游客占比21.7%，高于河北…所占比重26.3%;
    24.5% …, ahead of Beijing's … 32.3%): the second is contradicted, "the statement has
    21.7% higher than 26.3%: it is lower". A difference (高于全国5.3个百分点) is in another
    unit, and is not weighed."""
    turned: dict[int, FigureVerdict] = {}
    for (a, _first), (b, second) in _supported_pairs(verdicts):
        if not a.figure.unit:
            continue
        if a.figure.unit != b.figure.unit or a.figure.qualifier != "exact" or (
                b.figure.qualifier != "exact"):
            continue
        between = text[a.end : b.start]
        within = _COMPARED_WITHIN_EN if between.isascii() else _COMPARED_WITHIN
        if len(between) > within or SENTENCE_BREAK.search(between):
            continue
        greater, lesser = _GREATER_BETWEEN.search(between), _LESSER_BETWEEN.search(between)
        said = greater or lesser
        if said is None or (greater and lesser):
            continue
        low, high = float(a.figure.value), float(b.figure.value)
        if greater and low < high or lesser and low > high:
            turned[id(second)] = FigureVerdict(
                b.figure, CONTRADICTED, second.claim, second.expected,
                f"the statement has {describe(a.figure)} {said[0]} {describe(b.figure)}: it "
                f"is {'lower' if greater else 'higher'}")
            turned[id(second)]._stated = b
    return [turned.get(id(v), v) for v in verdicts]


#: a change from one value to another: 由20天左右缩短至1小时, 从…提高到…; from 20 days to one
#: hour (the words before the first value, and those between the two)
_FROM_ZH = re.compile(r"(?:由|从)(?:过去|原来|以前|此前)?的?\s*$")
_TO_ZH = re.compile(r"\s*[\u4e00-\u9fff]{0,4}?(?:至|到)\s*$")
_FROM_EN = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_TO_EN = re.compile(r"\s*(?:a\s+day\s+|a\s+year\s+)?to\s+(?:about\s+|around\s+|just\s+)?$",
                    re.IGNORECASE)


def _from_to_turned(text: str, verdicts: list[FigureVerdict]) -> list[FigureVerdict]:
    """Two supported figures a statement gives as a change from one to the other (由1小时
    延长至20天左右; from 1 hour to 20 days) where the claims' quote (one quote, or one
    paragraph) has them the other way round (由20天左右缩短至1小时): the second is
    contradicted, "the source has it from about 20 days to 1 hour, not the other way
    round"."""
    turned: dict[int, FigureVerdict] = {}
    for (a, first), (b, second) in _supported_pairs(verdicts):
        one, other = first.claim, second.claim
        if one is None or other is None or first.expected is None or second.expected is None:
            continue
        if (one.source, one.first) != (other.source, other.first):
            continue
        between = text[a.end : b.start]
        if not ((_FROM_ZH.search(text, max(0, a.start - 6), a.start)
                 and _TO_ZH.fullmatch(between))
                or (_FROM_EN.search(text, max(0, a.start - 16), a.start)
                    and _TO_EN.fullmatch(between))):
            continue
        quote = one.quote if one.quote == other.quote else f"{one.quote}{other.quote}"
        start, end = quote.find(first.expected.raw), quote.find(second.expected.raw)
        if 0 <= end < start and _FROM_ZH.search(quote, max(0, end - 6), end):
            turned[id(second)] = FigureVerdict(
                b.figure, CONTRADICTED, second.claim, second.expected,
                f"the source has it from {describe(second.expected)} to "
                f"{describe(first.expected)}, not the other way round")
            turned[id(second)]._stated = b
    return [turned.get(id(v), v) for v in verdicts]


#: a statement opening on what it points back to (该项目, 这个园区, 此次; after 据介绍，)
_POINTING = re.compile(r"(?:[^，,。；;]{0,8}[，,：:])?\s*(该|这|此)"
                       r"(?:个|一|些|项|家|座|条|所|批|次)?")
#: the kinds of body a statement may open on with no name (科技园内…, 园区…: which one, its
#: sentences before it said), each with what a claim's subject holds to be of the kind
#: (园区 is 高村数智创新园's)
_BODY_HEADS = {"科技园": "园", "产业园": "园", "工业园": "园", "园区": "园", "开发区": "开发区",
               "高新区": "高新", "示范区": "示范区", "科技城": "科技城", "新城": "新城",
               "一期项目": "项目"}
_BARE_BODY = re.compile(rf"(?:[^，,。；;]{{0,8}}[，,：:])?\s*({'|'.join(_BODY_HEADS)})"
                        r"(?:内|里|中|的)?")
#: what a Chinese rank follows (居全国第三, 稳居全球第八, 位列…第二): its ordinal is a figure
#: to check, not a numeral in prose
_RANKED = re.compile(r"(?:居|位居|稳居|位列|名列|排名|排在|跻身)(?:全球|世界|全国|全省|全市|全区|"
                     r"京津冀|三地|国内|北方|华北)?(?:前|第)?\s*$")
#: the heads of the names of one body's works or sites a figure's words may give (a
#: company's 新厂区 or 生产基地, a hospital's 院区, a university's 校区): a figure said of
#: one is not a place's or a sector's total, which _disagreeing would otherwise hold
#: against it
_BODY_UNIT = re.compile(r"厂区|工厂|生产线|生产基地|院区|校区|分校|分院|大厦|小镇|产业园|科技园|"
                        r"孵化器|创新中心")


#: what ends a clause within a sentence, a colon too (what names a figure's thing:
#: Comparer._named_for)
_CLAUSE_OR_COLON = re.compile(r"[，,：:]")
#: a road or a railway named by its ends (京雄高速, 津兴铁路): a figure of one is not
#: another's
_NAMED_LINE = re.compile(r"([京津冀雄保唐石廊沧张承秦邢邯衡兴滨蓟通平沪]{2})"
                         r"(?:高速公路|高速|城际铁路|铁路|城际)")


def _unit_of_a_body(words: str, claim: Claim) -> bool:
    """Whether a figure's words (and those before it) name bodies' works or sites
    (_BODY_UNIT: 新厂区, 院区), or roads or railways by their ends (_NAMED_LINE: 京雄高速),
    none of which the claim's subject and quote name."""
    named = [*_BODY_UNIT.findall(words), *_NAMED_LINE.findall(words)]
    theirs = f"{claim.subject} {claim.quote}"
    # (none of them: a sentence listing 京雄城际、津兴城际 is about the claim naming one)
    return bool(named) and not any(name in theirs for name in named)


#: a claim's subject that is a company, a group or a building (Comparer._names_company_en)
_COMPANY_SUBJECT = re.compile(r"(?:公司|集团|大厦)$|有限公司")
#: capitalised words that open an English sentence or a name and name no company
_NOT_COMPANY_EN = frozenset(
    "The A An In On At By For From After Before Since Over Under With Each Its This These "
    "That Of And Driving Picking Once Until During Between Among Both New China Chinese "
    "National State Group Company Technology Science Park District County City Port More "
    "Nearly About Almost Some Phase Planned Firms Municipal University "
    "January February March April May June July August September October November "
    "December".split()) | {word.capitalize() for word in EN_NUMBER_WORDS | set(EN_ORDINALS)}


#: a Chinese gloss in brackets, in an English sentence: the Tongzhou cluster (通州组团)
_GLOSS = re.compile(r"[(（][^()（）]*[\u4e00-\u9fff][^()（）]*[)）]")
#: a figure printed in digits with a Chinese unit of ten thousands or more in English copy
#: (that's 6.1万; 1,500亿 — to help…), which English is read as English too
_CHINESE_SCALED = re.compile(r"\d[\d,.]*\s*(?:万亿|亿|万)")
#: a word of Latin letters (an English word, as chinese_of counts them)
_LATIN_RUN = re.compile(r"[A-Za-z]{2,}")


#: where a bilingual line parts its two halves: a bar (｜, |) or a slash between spaces
_PARALLEL_BAR = re.compile(r"\s*[｜|]\s*|\s+/\s+")
#: a bilingual line's second half in brackets after its first sentence's end: …。(…) or
#: … .（……）; not a gloss after a name (…Industrial New City (京津产业新城).)
_PARALLEL_BRACKETED = re.compile(r"^(.*[。.!！?？])\s*[(（]([^()（）]+)[)）]\s*[.。]?\s*$",
                                 re.DOTALL)
#: a half's label (原文：, 译文：, *Translation:*), and a teacher's mark after the two halves
#: (批改：✓; 批改：✗ 应为…; *Mark:*)
_HALF_LABEL = re.compile(r"^\s*(?:原文|译文|中文|英文|source|translation|original)\s*[:：]\s*",
                         re.IGNORECASE)
_MARK_PART = re.compile(r"^\s*(?:批改|评语|点评|批注|评分|mark|grade|comment)\s*[:：]",
                        re.IGNORECASE)
#: the fewest Chinese characters of a bilingual line's Chinese half, and the most English
#: words it may hold (PM2.5, GDP, a name)
PARALLEL_CHINESE = 6
PARALLEL_LATIN = 4


def _overall(verdicts: list[FigureVerdict]) -> str:
    """A statement's verdict from its figures': contradicted if any is, supported if all
    are, else unsupported."""
    if any(v.verdict == CONTRADICTED for v in verdicts):
        return CONTRADICTED
    if any(v.verdict == UNSUPPORTED for v in verdicts):
        return UNSUPPORTED
    return SUPPORTED


def parallel_halves(statement: str) -> tuple[str, str] | None:
    """A bilingual line's two halves, in the order printed: a Chinese sentence and its
    English beside it, parted by a bar or a slash (河北压减炼钢产能1.1亿吨｜Hebei cut 110 million
    tonnes of steelmaking capacity; … / …) or the second in brackets at the end (…1070部作品。
    (This year's contest received 1,070 entries.)). Each half is a statement of its own: an
    English figure read beside a Chinese sentence is read as Chinese (chinese_of) and meets
    no claim's English. None for any other line (an English gloss of a name, 雄安新区
    (Xiong'an), or a conversion in brackets, is no half)."""
    parts = [p.strip() for p in _PARALLEL_BAR.split(statement)]
    if len(parts) == 3 and _MARK_PART.match(parts[2]):
        parts = parts[:2]  # (a teacher's mark after a translation: no half of it)
    parts = [_HALF_LABEL.sub("", p, count=1) for p in parts]
    if len(parts) != 2:
        bracketed = _PARALLEL_BRACKETED.match(statement)
        if bracketed is None:
            return None
        parts = [bracketed[1].strip(), bracketed[2].strip()]
    first, second = parts
    english = [bool(_LATIN_RUN.findall(p)) and not chinese_of(p) for p in parts]
    if english[0] == english[1]:
        return None
    chinese_half, english_half = (second, first) if english[0] else (first, second)
    if (len(_LATIN_RUN.findall(english_half)) < ENGLISH_WORDS
            or len(_CJK_CHAR.findall(chinese_half)) < PARALLEL_CHINESE
            or len(_LATIN_RUN.findall(chinese_half)) > PARALLEL_LATIN):
        return None
    return first, second


def chinese_of(text: str) -> str:
    """A statement's Chinese characters: none for an English one whose only Chinese is
    glosses in brackets (*…the Tongzhou cluster (通州组团) produced*, *(4,260.9亿元)*) or
    figures in Chinese units of ten thousands (*— that's 6.1万 —*), which English is read
    as English."""
    chinese = "".join(_CJK_CHAR.findall(text))
    if chinese:
        rest = _CHINESE_SCALED.sub(" ", _GLOSS.sub(" ", text))
        if not _CJK_CHAR.search(rest) and len(_LATIN_RUN.findall(rest)) >= ENGLISH_WORDS:
            return ""
    return chinese


#: a metric of things registered or set up in a place (在北京新增注册企业数量, 在津冀设立分支
#: 机构数量): the place
_SET_IN_METRIC = re.compile(r"在(.+?)(?:新增注册|注册|新设|设立|落户)")

@lru_cache(maxsize=4096)  # (a claim's English, asked again for each figure weighed with it)
def _came_from_en(text: str) -> frozenset[str]:
    """The places an English text says things came from (scope.named_from), as keys."""
    return Comparer._english_keys(named_from(text))


#: a capitalised word of four letters or more (what a company's English name may open on)
_CAPITALISED_EN = re.compile(r"\b[A-Z][A-Za-z]{3,}\b")


@lru_cache(maxsize=1024)
def _company_word_en(en: str) -> str | None:
    """The first capitalised word of a claim's English that is no place the gazetteer knows
    and no common word (_NOT_COMPANY_EN), of four letters or more: the word its company's
    name opens on (Laiensi, Siasun, LabTech, Sinochem); None where there is none."""
    places = gazetteer()
    for m in _CAPITALISED_EN.finditer(en):
        word = m.group(0)
        if word in _NOT_COMPANY_EN or places.find_english(word):
            continue
        return word
    return None


#: a zone's name a Chinese statement opens on (临空区已有…, 运河商务区2023年…)
_OPENING_ZONE = re.compile(r"\s*([\u4e00-\u9fff]{2,8}?区)")
#: what ends a Chinese clause
_CLAUSE_BREAK = re.compile(r"[，,；;。：:]")
#: the words for a zone that name none (园区, 新区, 全区, 地区: which one, the text before says)
_GENERIC_ZONES = ("园区", "新区", "城区", "市区", "辖区", "全区", "本区", "该区", "片区", "景区",
                  "社区", "地区", "库区", "矿区", "山区", "郊区", "校区", "院区", "三区", "两区")
#: all of a count said to have done something, in English (…and all of them were
#: accepted; all 13 have been put into operation): the verb
_ALL_DID_EN = re.compile(r"\ball\s+(?:of\s+(?:them|which)\s+|\d[\d,]*\s+|the\s+\w+\s+)?"
                         r"(?:were|have\s+been|had\s+been|are|was)\s+([a-z]+ed)\b")
#: a term in quotation marks (“同事同标”, “跨省通办”)
_QUOTED_TERM = re.compile(r"“([\u4e00-\u9fff]{2,12})”")


def _quoted_term_shared(words: str, other: str) -> bool | None:
    """Whether a term in quotation marks in ``words`` shares a character pair with one in
    ``other`` (“跨省市通办” and “跨省通办”; not “同事同标”); None where either holds none."""
    mine, theirs = _QUOTED_TERM.findall(words), _QUOTED_TERM.findall(other)
    if not mine or not theirs:
        return None
    return any(bigrams(a) & bigrams(b) for a in mine for b in theirs)
#: a name in quotation marks or title marks (“乐游京津冀一码通”, 《…》)
_IN_QUOTATION_MARKS = re.compile(rf"{_QUOTED_EN.pattern}|《[^》]*》")
#: a level of government said of things in English (national-level, provincial-level)
_LEVEL_EN = re.compile(r"\b(national|state|provincial|municipal|city|county|district|"
                       r"prefecture|ministerial)[- ]level\b", re.IGNORECASE)
#: the levels alike (state-level is national-level)
_SAME_LEVEL_EN = {"state": "national"}


def _levels_en(text: str) -> frozenset[str]:
    """The levels of government an English text gives things (_LEVEL_EN), alike as one."""
    return frozenset(_SAME_LEVEL_EN.get(m[1].lower(), m[1].lower())
                     for m in _LEVEL_EN.finditer(text))


#: a statement that opens on a body's own name the gazetteer does not know, its name's
#: words and what it is (塞罕坝机械林场: 塞罕坝机械, 林场)
_NAMED_BODY = re.compile(r"(([\u4e00-\u9fff]{2,10}?)(林场|农场|公司|集团|景区|水库|大学|医院|"
                         r"学校|保护区|湿地|公园|小镇|示范区))")
#: and on a project's name, which may run longer (莱伯泰科智能化实验室设备生产项目)
_NAMED_PROJECT = re.compile(r"(([\u4e00-\u9fff]{2,16}?)(项目))")
#: an English change said as an average over years, or as the whole change over them
_AVERAGE_EN = re.compile(r"\baverage\b|\bCAGR\b|\bcompound(?:ed)?\s+annual|\bannually\b"
                         r"|\b(?:a|per)\s+year\b(?!\s+(?:on|earlier|ago|before))"
                         r"|\bannual\s+(?:growth|rate|increase|rise)", re.IGNORECASE)
#: the same in Chinese, anywhere in a figure's clause (平均增速, 年均, 每年)
_AVERAGE_ZH = re.compile(r"平均|年均|每年")
#: a change against the year before, anywhere in a figure's clause (同比, 比上年; year on
#: year, from the previous year): one year's, no average over several
_ONE_YEAR_CHANGE = re.compile(r"同比|比上年|较上年|比去年|较去年|上年同期|去年同期"
                              r"|\byear[\s-]on[\s-]year\b|\b(?:from|over|than)\s+(?:the\s+)?"
                              r"(?:previous|prior|preceding)\s+year\b"
                              r"|\b(?:from|than)\s+a\s+year\s+(?:earlier|before|ago)\b",
                              re.IGNORECASE)
_CUMULATIVE_EN = re.compile(r"\bcumulative(?:ly)?\b|\bin\s+total\b|\baltogether\b"
                            r"|\ba\s+total\s+of\b|\bin\s+all\b", re.IGNORECASE)
#: one year given by a word in English (this year's fair, last year)
_THIS_YEAR_EN = re.compile(r"\b(?:this|last)\s+year\b", re.IGNORECASE)
#: an English figure given as an average (has averaged 939 a year, an average of, on
#: average): not a claim's figure its English, metric and quote give as none
_AVERAGED_EN = re.compile(r"\baverag(?:e|ed|es|ing)\b", re.IGNORECASE)
_AVERAGED_BEFORE_EN = re.compile(r"\baverag(?:e|ed|es|ing)\s+(?:of\s+)?$", re.IGNORECASE)
_ON_AVERAGE_EN = re.compile(r"\bon\s+(?:an\s+)?average\b", re.IGNORECASE)
#: where an English clause ends within a sentence
_CLAUSE_EN = re.compile(r",|\band\b|\bwhile\b|\bwith\b", re.IGNORECASE)
#: an English rate's period said after its figure (a year, per month)
_RATE_PHRASE_EN = re.compile(r"\b(?:a|an|per|each|every)\s+(?:year|month|week|day|hour)\b",
                             re.IGNORECASE)
#: English words that give a figure per a day, a week, a month or a person
_PER_ONE_EN = re.compile(r"\b(?:a|per|each|every)\s+(?:month|day|week|person|head|capita)\b"
                         r"|\b(?:monthly|daily|weekly|per\s+capita)\b", re.IGNORECASE)
#: words that name the country (全国, China, national), in a claim's words
_NATIONAL = re.compile(r"全国|我国|中国|\bnational(?:ly)?\b|\bnationwide\b|\bChina\b|China's"
                       r"|\bthe country", re.IGNORECASE)
#: the country as a share's whole in a statement (占全国, 贡献了全国…的, of China's, of the
#: national total): not a national body (全国政协), nor a rank (全国领先)
_NATIONAL_WHOLE = re.compile(
    r"(?:占|贡献了?|为|是)(?:全国|我国|中国)(?!政协|人大|两会|领先|第|前列)"
    r"|\bof\s+(?:the\s+)?(?:China's|Chinese|national|nationwide|country's|whole\s+country)"
    r"|\bof\s+China\b|\bnational\s+total\b", re.IGNORECASE)
#: a share of the country in a claim's metric or quote (占全国, 全国比重)
_NATIONAL_SHARE = re.compile(r"占(?:全国|我国)|(?:全国|我国)(?:比重|占比|份额)")
#: a figure said against another's (高出全国平均水平, faster than the national average)
_COMPARED = re.compile(r"高于|高出|低于|快于|慢于|领先|平均水平"
                       r"|(?<!more )(?<!less )(?<!fewer )(?<!no )\bthan\b|\babove\b|\bbelow\b"
                       r"|\bahead\b|\baverage\b", re.IGNORECASE)
#: words that make a share's whole a region or a place in it (占京津冀, of the region's)
_REGION_WHOLE = re.compile(r"占(?:京津冀|三地|本地区|全市|全省|全区|北京|天津|河北)"
                           r"|\bof\s+(?:the\s+)?(?:region|Beijing[-–—‐‑]Tianjin[-–—‐‑]Hebei"
                           r"|Jing[-–—‐‑]Jin[-–—‐‑]Ji"
                           r"|BTH|Beijing|Tianjin|Hebei|the\s+three)\b|\bregion's", re.IGNORECASE)
#: (claim's, statement's) qualifiers of one value where the claim's neither confirms nor
#: denies the statement's bound: 约60% and 不到60% (or 超过60%)
_UNCONFIRMED = frozenset({("about", "less-than"), ("about", "more-than"),
                          ("about", "at-least"), ("about", "up-to")})
#: what makes an order a tier, right after it (第一梯队, 第一方阵) or in English
_TIER = ("梯队", "方阵")
_TIER_EN = re.compile(r"\b(?:first|top|second|leading)[\s-]+(?:tier|echelon|rank(?:s)?\b(?!ed))",
                      re.IGNORECASE)
#: a bound a figure prints after its number (100多家, 4000余万元; the "30+" stage, 千亿级)
_BOUND_IN_FIGURE = re.compile(r"\d\s*[多余+]|[十百千万亿][多余级]")
#: a word of a bound right before a statement's figure (超过, 突破, more than, tops)
_BOUND_BEFORE = re.compile(r"超|突破|逾|达|近|约|多|余|以上|over|more|top|pass|exceed|above|"
                           r"nearly|about|around|almost|some", re.IGNORECASE)
#: the claims holding a figure's value that a reason for it reads at most
HOLDING_READ = 200
#: the verbs an English share is given with, which say nothing of what it is a share of
_SHARE_VERBS_EN = frozenset("made make makes up accounted account accounts percent".split())
#: lookups of a large base kept between statements (past this many, they start again)
KEPT_LOOKUPS = 5000
#: claims, and their quotes as read, kept between statements (past this many, likewise)
KEPT_CLAIMS = 20_000
#: a multiple said as growth, right before its 倍 (增长1.8倍 is 2.8 times the base)
_GROWN_BY = re.compile(r"(?:增长|增加|提高|扩大|上升)了?\s*$")
#: an English multiple said as growth (grew 1.1 times, expanded its area nearly fourfold:
#: as 增长1.1倍 and 扩大近4倍 are put in English), not as a multiple of a base named after
#: it (2.1 times its 2014 level, three times as many)
_GROWN_BY_EN = re.compile(r"\b(?:gr[eo]wn?|growth|increas\w*|r[io]se|risen|expand\w*|jump\w*|"
                          r"surg\w*|climb\w*|up)\b", re.IGNORECASE)
_TIMES_OF_EN = re.compile(r"\s*(?:the|its|their|that|those|as)\b", re.IGNORECASE)

#: the plural noun an English number printed without a unit counts (50 patents), and the
#: plural words after a number that count nothing (percent aside: read as a unit)
_COUNTED_NOUN_EN = re.compile(r"\s+((?:[a-z]+-)?[a-z]{3,}s)\b")
_NO_COUNT_WORDS_EN = frozenset("points times fold was has does is this thus plus less across "
                            "always whereas perhaps besides towards afterwards its".split())
#: a part of a place named after it in a claim's subject (北京市城六区, 中心城区, 平原地区)
_PLACE_PART = re.compile(r"(?:城六区|中心城区|主城区|城区|平原地区|平原区|农村地区|山区|郊区"
                         r"|核心区)$")
#: English words of a part of a place (the six central districts, the urban core, plain
#: areas)
_PLACE_PART_WORDS_EN = frozenset("districts district counties county urban core downtown "
                                 "central plain rural suburbs suburban areas".split())
#: an English word whole, a compound's parts together (pick-up is not up)
_WHOLE_WORD_EN = re.compile(r"[a-z]+(?:-[a-z]+)*")
#: quotation marks, straight and curly, that a clause's words are read without
_QUOTE_MARKS = str.maketrans("", "", "\"'“”‘’「」『』")


def _unquoted(text: str) -> str:
    """A text normalised, without its quotation marks."""
    return normalize(text).translate(_QUOTE_MARKS)


#: what an event's text is stripped of where it is shown in a reason
_EVENT_EDGES = " \t,，.。;；:：、!！?？\"'“”‘’()（）"


def _named_longer(subject: str, mentioned: set[str], quote: Callable[[], str]) -> bool:
    """Whether the statement names another subject whose name holds this one's after
    words of its own (京津中关村科技城 for 中关村), one the claim's quote does not print: what
    is said of it is not said of the claim's subject. (A name that opens with the subject's,
    北京市城六区 for 北京市, names a part of it, and is the place rules' business.) ``quote``
    gives the claim's quote: asked only when the statement names such a name."""
    longer = [other for other in mentioned
              if subject in other and not other.startswith(subject)]
    if not longer:
        return False
    printed = quote()
    return any(other not in printed for other in longer)


def compare_statements(kb: KnowledgeBase, statements: Iterable[str]) -> Iterable[StatementVerdict]:
    """A verdict on each statement, in order (streamed); what the Comparer keeps from one to
    the next lives as long as it does, so the cyclic garbage collector seldom runs
    (jjjcli.collector)."""
    comparer = Comparer(kb)
    yield from collecting_seldom(comparer.compare(statement) for statement in statements)


class SentenceVerdict(Record):
    """The verdict on one sentence of a draft, with where the sentence is."""

    __slots__ = ("sentence", "result")

    sentence: Sentence
    result: StatementVerdict

    def __init__(self, sentence: Sentence, result: StatementVerdict) -> None:
        self.sentence = sentence
        self.result = result

    def position(self, verdict: FigureVerdict) -> tuple[int, int]:
        """Line and column of a figure's verdict (of the sentence, for a figure not found)."""
        if verdict._stated is None:
            return self.sentence.line, self.sentence.column
        return self.sentence.position(verdict._stated)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"line": self.sentence.line, "column": self.sentence.column}
        data.update(self.result.to_dict())
        figures: list[dict[str, Any]] = data["figures"]
        for item, figure in zip(self.result.figures, figures, strict=True):
            figure["line"], figure["column"] = self.position(item)
        return data


def compare_text(kb: KnowledgeBase, text: str) -> Iterator[SentenceVerdict]:
    """Every sentence of a draft that holds a figure or a dated event, judged, in order
    (streamed); a sentence whose only date is a period (2023年是个好年) is not one."""
    yield from collecting_seldom(_judged_sentences(Comparer(kb), text))


def _judged_sentences(comparer: Comparer, text: str) -> Iterator[SentenceVerdict]:
    """Each sentence judged in the context a reader gives it: one that names no place is
    about the places the sentence before it in its paragraph named, or, in a paragraph that
    has named none yet, the draft's first sentence that names one (its headline, often)."""
    headline = context = ""
    end = 0
    for sentence in read_text(text):
        if _PARAGRAPH_BREAK.search(text, end, sentence.offset):
            context = headline  # (a new paragraph: what the article is about)
        end = sentence.offset + len(sentence.original)
        if len(sentence.original) > MAX_SENTENCE:
            yield SentenceVerdict(sentence, comparer.compare(sentence.original))
            continue
        if sentence.figures:
            yield SentenceVerdict(sentence, comparer.judge(sentence, context=context))
        elif sentence.dates:
            result = comparer.judge(sentence, dates=False, context=context)
            if result.figures:
                yield SentenceVerdict(sentence, result)
        if comparer.places.names_a_place(sentence.text):
            context = sentence.text
            headline = headline or sentence.text


#: a blank line: where a paragraph of a draft ends
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")

