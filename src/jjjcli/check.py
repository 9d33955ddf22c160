"""`jjj check`: prove every claim against its source, and report what no claim covers."""

from __future__ import annotations

import re

from jjjcli.authoring.printed import iso_date
from jjjcli.errors import FigureError, KnowledgeBaseError
from jjjcli.figures import (
    DATE_UNIT,
    QUALIFIERS,
    Figure,
    Found,
    find_dates,
    find_figures,
    parse_date,
    parse_figure,
    values_equal,
)
from jjjcli.kb import Claim, KnowledgeBase, Problem, Source
from jjjcli.record import Record
from jjjcli.text import Paragraph, compact, quote_matches

#: units whose figure may be read as an ordinal (十四届 = the fourteenth) or as a count
#: (举办四届 = four editions): the curator says which
ORDINAL_UNITS = frozenset({"届", "次", "期", "批", "轮"})


class Uncovered(Record):
    """A figure or date printed in a source that no claim (and no exclusion) accounts for."""

    __slots__ = ("source", "paragraph", "line", "raw", "context", "kind")

    source: str
    paragraph: int
    line: int
    raw: str
    context: str
    kind: str  # "figure" or "date"

    def __init__(
        self, source: str, paragraph: int, line: int, raw: str, context: str,
        kind: str = "figure",
    ) -> None:
        self.source = source
        self.paragraph = paragraph
        self.line = line
        self.raw = raw
        self.context = context
        self.kind = kind


class SourceCoverage(Record):
    __slots__ = ("source", "figures", "covered", "excluded", "dates", "dates_covered",
                 "dates_excluded", "rules")

    source: str
    figures: int
    covered: int
    excluded: int
    dates: int
    dates_covered: int  # by a date claim
    dates_excluded: int  # by an [[exclude]] entry
    rules: dict[str, int]  # dates left out by each rule of DATE_RULES

    def __init__(
        self, source: str, figures: int = 0, covered: int = 0, excluded: int = 0,
        dates: int = 0, dates_covered: int = 0, dates_excluded: int = 0,
        rules: dict[str, int] | None = None,
    ) -> None:
        self.source = source
        self.figures = figures
        self.covered = covered
        self.excluded = excluded
        self.dates = dates
        self.dates_covered = dates_covered
        self.dates_excluded = dates_excluded
        self.rules = {} if rules is None else rules

    @property
    def share(self) -> float:
        counted = self.figures - self.excluded
        return 1.0 if counted == 0 else self.covered / counted

    @property
    def dates_uncovered(self) -> int:
        return (self.dates - self.dates_covered - self.dates_excluded
                - sum(self.rules.values()))


class Report(Record):
    __slots__ = ("problems", "uncovered", "coverage", "claims", "drafts")

    problems: list[Problem]
    uncovered: list[Uncovered]
    coverage: dict[str, SourceCoverage]
    claims: int
    #: claims drafted by `jjj add` and not yet reviewed: listed, not errors
    drafts: list[Claim]

    def __init__(
        self, problems: list[Problem], uncovered: list[Uncovered],
        coverage: dict[str, SourceCoverage] | None = None, claims: int = 0,
        drafts: list[Claim] | None = None,
    ) -> None:
        self.problems = problems
        self.uncovered = uncovered
        self.coverage = {} if coverage is None else coverage
        self.claims = claims
        self.drafts = [] if drafts is None else drafts

    @property
    def clean(self) -> bool:
        return not self.problems and not self.uncovered


def _unit_from_context(claim: Claim, figure: Figure, parsed: Figure) -> bool:
    """Whether the curator may give ``figure`` a unit its raw text does not print: a bare
    number whose unit the words around it name (人口有1亿多 → 人, 千亿级投资 → 元), or a
    unit printed once for a list (高于全国8个、0.4个百分点: 8个 is 8个百分点, printed
    after the next figure)."""
    if not figure.unit:
        return False
    if not parsed.unit:
        return True
    if not figure.unit.startswith(parsed.unit):
        return False
    text = compact(claim.quote)
    at = text.find(compact(figure.raw))
    return at >= 0 and figure.unit in text[at + len(compact(figure.raw)) :]


def _check_figure(claim: Claim, figure: Figure) -> str | None:
    if compact(figure.raw) not in compact(claim.quote):
        return f"figure {figure.raw!r} is not in the quote"
    if figure.qualifier not in QUALIFIERS:
        return f"figure {figure.raw!r}: qualifier must be one of {', '.join(QUALIFIERS)}"
    if figure.unit == DATE_UNIT:
        return _check_date(figure)
    try:
        parsed = parse_figure(figure.raw)
    except FigureError:
        return f"figure {figure.raw!r} does not parse as a figure"
    if not values_equal(parsed.value, figure.value):
        return f"figure {figure.raw!r} parses to {parsed.value}, not {figure.value}"
    if (parsed.unit or None) != (figure.unit or None) and not _unit_from_context(
            claim, figure, parsed):
        return (f"figure {figure.raw!r} has unit {parsed.unit or 'none'}, "
                f"not {figure.unit or 'none'}")
    ordinal_reading = (parsed.qualifier == "exact" and figure.qualifier == "ordinal"
                       and figure.unit in ORDINAL_UNITS)
    if parsed.qualifier != figure.qualifier and not ordinal_reading:
        return f"figure {figure.raw!r} has qualifier {parsed.qualifier}, not {figure.qualifier}"
    if (parsed.high is None) != (figure.high is None) or (
        parsed.high is not None and figure.high is not None
        and not values_equal(parsed.high, figure.high)
    ):
        return f"figure {figure.raw!r}: range end should be {parsed.high}"
    return None


def _check_date(figure: Figure) -> str | None:
    """A date figure: ``raw`` parses as a date to the recorded value (YYYYMMDD, 00 for a
    part not printed), qualifier and range end."""
    try:
        parsed = parse_date(figure.raw)
    except FigureError:
        return f"figure {figure.raw!r} does not parse as a date"
    if parsed.value != figure.value:
        return f"date {figure.raw!r} is {parsed.value} (YYYYMMDD), not {figure.value}"
    if parsed.qualifier != figure.qualifier:
        return f"date {figure.raw!r} has qualifier {parsed.qualifier}, not {figure.qualifier}"
    if parsed.high != figure.high:
        return f"date {figure.raw!r}: range end should be {parsed.high}"
    return None


#: metric endings that say the figure is for a time to come: a target, a plan, a proposal
FORWARD_METRICS = ("目标", "建议")


def _check_period(claim: Claim, source: Source) -> str | None:
    """The period rule, where it can be checked: a span runs forward, and a figure is not
    for a time after its source was printed unless its metric says it is a target."""
    if not claim.period:
        return None
    ends = [part[:4] for part in claim.period.split("/")]
    if len(ends) == 2 and claim.period.split("/")[0] > claim.period.split("/")[1]:
        return f"period {claim.period!r} ends before it starts"
    printed = source.meta("year") or (source.meta("date") or "")[:4]
    if printed and ends[-1] > printed and not claim.metric.endswith(FORWARD_METRICS):
        return (f"period {claim.period!r} ends after {claim.source[:3]} was printed "
                f"({printed}): a figure is for a time before publication, unless its metric "
                f"is a target (…目标)")
    return None


def check_claim(kb: KnowledgeBase, claim: Claim) -> list[str]:
    """What is wrong with one claim (empty when it is proven)."""
    errors: list[str] = []
    source = kb.sources.get(claim.source)
    if source is None:
        return [f"source {claim.source!r} is not in sources.toml"]
    if not source.path.exists():
        return [f"source file {claim.source} is missing from sources/"]
    if not _readable(source):
        return []  # listed once, for the source
    count = len(source.paragraphs)
    if claim.last > count:
        return [f"paragraph {claim.paragraph} does not exist ({claim.source} has {count})"]
    texts = source.paragraph_text(claim.first, claim.last)
    if not quote_matches(claim.quote, texts):
        errors.append(f"quote is not verbatim in paragraph {claim.paragraph} of {claim.source}")
    elif len(texts) > 1 and (quote_matches(claim.quote, texts[1:])
                             or quote_matches(claim.quote, texts[:-1])):
        errors.append(f"quote fits in fewer paragraphs than {claim.paragraph}: narrow the range")
    for figure in claim.figures:
        message = _check_figure(claim, figure)
        if message:
            errors.append(message)
    period = None if claim.is_draft else _check_period(claim, source)  # the reviewer's
    if period:
        errors.append(period)
    for topic in claim.topics:
        if kb.topics and topic not in kb.topics:
            errors.append(f"topic {topic!r} is not in topics.toml")
    return errors


def _readable(source: Source) -> bool:
    try:
        source.paragraphs  # noqa: B018 - read once, kept
    except KnowledgeBaseError:
        return False
    return True


def _unreadable(kb: KnowledgeBase, source: Source) -> Problem:
    """Where and why a source text cannot be read (not a regular file, too large, not
    UTF-8: the line and byte), and how many claims therefore go unchecked."""
    problem = Problem(f"sources/{source.file}", 1, "cannot be read")
    try:
        source.read_text()
    except KnowledgeBaseError as exc:
        problem = exc.problem
    count = sum(1 for claim in kb if claim.source == source.file)
    unchecked = f"; its {count} claim(s) cannot be checked" if count else ""
    return problem.replace(message=problem.message + unchecked)


def _check_sources(kb: KnowledgeBase) -> list[Problem]:
    problems: list[Problem] = []
    for source in kb.sources.values():
        def bad(message: str, source: Source = source) -> None:
            problems.append(Problem("sources.toml", source.line, f"{source.file}: {message}"))

        if not source.path.exists():
            bad("file missing from sources/")
            continue
        if not _readable(source):
            problems.append(_unreadable(kb, source))
            continue
        count = len(source.paragraphs)
        printed = [("evidence", source.evidence), *source.metadata.items()]
        for article in source.articles:
            if not 1 <= article.first <= article.last <= count:
                bad(f"article {article.id}: paragraphs {article.first}-{article.last} "
                    f"outside 1-{count}")
            printed += [(f"article {article.id} {name}", value)
                        for name, value in article.metadata.items()]
            printed += [(f"article {article.id} author", a) for a in article.authors]
        spans = sorted((a.first, a.last, a.id) for a in source.articles)
        for (_f1, l1, id1), (f2, _l2, id2) in zip(spans, spans[1:], strict=False):
            if f2 <= l1:
                bad(f"articles {id1} and {id2} overlap")
        for name, value in printed:
            if value is not None and name.endswith("date") and iso_date(value.value) != value.value:
                bad(f"{name}: {value.value!r} is not a date: write YYYY-MM-DD, YYYY-MM or "
                    "YYYY (printed = \"…\" keeps how the text prints it)")
            if value is None or value.paragraph == 0:
                continue
            if value.paragraph > count:
                bad(f"{name}: paragraph {value.paragraph} does not exist")
            elif not quote_matches(value.printed, source.paragraph_text(value.paragraph)):
                bad(f"{name}: {value.printed!r} is not printed in paragraph {value.paragraph}")
    return problems


def _substantive(raw: str, value: float) -> bool:
    """Chinese numerals below ten are prose (三地, 两翼, 一批), not figures; but a first
    (首个, 首次, 首批, 第一个) is a fact to claim."""
    if any(ch.isdigit() for ch in raw) or _FIRST.match(raw):
        return True
    return value >= 10


#: a first: 首个, 首次, 首批, 首家, 首条, 第一个, 第一部, 第一批 … (not 第一 alone: a list's
#: numbering, 第一生产力)
_FIRST = re.compile(r"^(?:首|第一)(?:个|次|批|家|条|届|位|趟|部|所|座|台|列|项|只|例|种|支|名)$")


#: why a date in a source needs no date claim of its own (see facts/README.md)
DATE_RULES = {
    "period": "the time a claimed figure is for: a claim quotes it and its period says it",
    "name": "part of a title or name: inside 《…》",
    "publication": "a publication date: a dateline (…日电), the date of a cited paper "
                   "(…日《人民日报》), a page header (…日星期五), a paragraph sources.toml "
                   "cites for the issue or date of the publication",
}


def _period_ends(period: str) -> list[tuple[int, int, int]]:
    ends = []
    for end in period.split("/") if period else ():
        parts = [int(p) for p in end.split("-")]
        ends.append((parts[0], *(parts[1:] + [0, 0])[:2]))
    return [(y, m, d) for y, m, d in ends]


def _date_parts(value: float) -> tuple[int, int, int]:
    v = int(value)
    return v // 10000, v // 100 % 100, v % 100


def _in_period(figure: Figure, period: str) -> bool:
    """Whether a date is (an end of) a claim's period, at the date's own precision:
    2023年 and period 2023 or 2023-01/2023-11; 2023年6月 and 2014/2023-06; 2023年1—11月 and
    2023-01/2023-11. A day (2023年12月28日) is a period only of a claim for that day."""
    ends = _period_ends(period)
    if not ends:
        return False

    def same(date: tuple[int, int, int], end: tuple[int, int, int]) -> bool:
        return all(e == d for d, e in zip(date, end, strict=True) if d) and all(
            e for d, e in zip(date, end, strict=True) if d)

    low = _date_parts(figure.value)
    if figure.high is None:
        return any(same(low, end) for end in ends)
    return len(ends) == 2 and same(low, ends[0]) and same(_date_parts(figure.high), ends[1])


#: a paper's page in brackets after its date: 《人民日报》（2024年02月26日01版）
_PAGE_AFTER = re.compile(r"(?:第?\d{1,3}版|第[一二三四五六七八九十]{1,3}版)[）)]")


#: an English wire dateline after its date: (Xinhua) --
_EN_WIRE_AFTER = re.compile(r"\s*\([A-Z][A-Za-z ]+\)\s*[-–—]")


def date_rule(text: str, start: int, end: int) -> str | None:
    """The rule that puts a date found at ``text[start:end]`` out of coverage, if one does."""
    before, after = text[:start], "".join(text[end : end + 8].split())
    if before.rfind("《") > before.rfind("》"):
        return "name"
    if text[start:end].rstrip().endswith("日") and (
            after.startswith(("电", "《", "星期")) or _PAGE_AFTER.match(after)):
        # 3月4日电, 2014年2月28日《人民日报》, 《人民日报》（2024年02月26日01版） (not
        # 2016年《…方案》)
        return "publication"
    if _EN_WIRE_AFTER.match(text, end):
        return "publication"  # BEIJING, Feb. 26 (Xinhua) --
    return None


class _Claimed(Record):
    """What the claims of one paragraph cover: figures, dates, and quoted periods."""

    __slots__ = ("figures", "dates", "periods", "dated_quotes")

    figures: list[str]
    dates: list[str]
    periods: list[tuple[str, str]]
    #: the quotes of date claims: a first they quote (2021年…首次全面达标) is theirs
    dated_quotes: list[str]

    def __init__(self) -> None:
        self.figures = []
        self.dates = []
        self.periods = []
        self.dated_quotes = []


def _claimed(kb: KnowledgeBase) -> dict[tuple[str, int], _Claimed]:
    by_paragraph: dict[tuple[str, int], _Claimed] = {}
    for claim in kb:
        quote = compact(claim.quote)
        for number in range(claim.first, claim.last + 1):
            claimed = by_paragraph.setdefault((claim.source, number), _Claimed())
            for figure in claim.figures:
                (claimed.dates if figure.unit == DATE_UNIT else claimed.figures).append(
                    compact(figure.raw))
            if claim.period and any(f.unit != DATE_UNIT for f in claim.figures):
                claimed.periods.append((quote, claim.period))
            if any(f.unit == DATE_UNIT for f in claim.figures):
                claimed.dated_quotes.append(quote)
    return by_paragraph


def _uncovered(source: Source, paragraph: Paragraph, found: Found, raw: str,
               kind: str) -> Uncovered:
    line = paragraph.line + paragraph.text.count("\n", 0, found.start)
    start = max(0, found.start - 12)
    context = compact(paragraph.text[start : found.end + 12])
    return Uncovered(source.file, paragraph.number, line, raw, context, kind)


def coverage(kb: KnowledgeBase) -> tuple[list[Uncovered], dict[str, SourceCoverage]]:
    """Figures and dates in the sources that no claim covers, and coverage per source.

    A figure is covered by a claim of its paragraph that records it. A date is covered by a
    date claim of its paragraph, or, when it is only the time of another claim's figure,
    by that claim (see :data:`DATE_RULES`); names and publication dates are left out by
    rule, anything else only by an ``[[exclude]]`` entry naming it."""
    by_paragraph = _claimed(kb)
    uncovered: list[Uncovered] = []
    stats: dict[str, SourceCoverage] = {}
    for source in kb.sources.values():
        if not source.path.exists() or not _readable(source):
            continue
        stat = stats.setdefault(source.file, SourceCoverage(source.file))
        masthead = {v.paragraph for k, v in source.metadata.items()
                    if k in ("issue", "date", "year")}
        for paragraph in source.paragraphs:
            claimed = by_paragraph.get((source.file, paragraph.number), _Claimed())

            for found in find_figures(paragraph.text):
                raw = compact(paragraph.text[found.start : found.end])
                if not _substantive(raw, found.figure.value):
                    continue
                stat.figures += 1
                if any(raw in c or c in raw for c in claimed.figures) or (
                        _FIRST.match(raw) and any(raw in q for q in claimed.dated_quotes)):
                    stat.covered += 1
                elif any(e.applies(source.file, paragraph.number, raw) for e in kb.exclusions):
                    stat.excluded += 1
                else:
                    uncovered.append(_uncovered(source, paragraph, found, raw, "figure"))
            for found in find_dates(paragraph.text):
                raw = compact(paragraph.text[found.start : found.end])
                stat.dates += 1
                rule = ("publication" if paragraph.number in masthead
                        else date_rule(paragraph.text, found.start, found.end))
                if any(raw in c for c in claimed.dates):  # not 4日 for 3月4日
                    stat.dates_covered += 1
                elif any(raw in quote and _in_period(found.figure, period)
                         for quote, period in claimed.periods):
                    stat.rules["period"] = stat.rules.get("period", 0) + 1
                elif rule is not None:
                    stat.rules[rule] = stat.rules.get(rule, 0) + 1
                elif any(e.applies_to_date(source.file, paragraph.number, raw)
                         for e in kb.exclusions):
                    stat.dates_excluded += 1
                else:
                    uncovered.append(_uncovered(source, paragraph, found, raw, "date"))
    return uncovered, stats


def check_metrics(kb: KnowledgeBase) -> list[Problem]:
    """Every claim's metric is in the vocabulary (``metrics.toml``), each figure in one of
    the metric's units; every metric is used by a claim or says why it is listed. A
    knowledge base without a vocabulary is not checked for metrics."""
    from jjjcli.vocabulary import FILE, load_vocabulary

    if not (kb.root / FILE).is_file():
        return []
    try:
        vocabulary = load_vocabulary(kb.root)
    except KnowledgeBaseError as exc:
        if exc.problem is None:
            raise
        return [exc.problem]
    problems = list(vocabulary.problems)
    used: set[str] = set()
    for claim in kb:
        metric = vocabulary.metrics.get(claim.metric)
        if claim.is_draft and metric is None:
            continue  # a draft's metric is the reviewer's to choose: listed as to review
        if metric is None:
            known = vocabulary.resolve(claim.metric)
            hint = f": write {known.name!r} (it has this alias)" if known else (
                ": use a metric from metrics.toml, or add this one there")
            problems.append(Problem(claim.file, claim.line, f"{claim.id}: metric "
                                    f"{claim.metric!r} is not in {FILE}{hint}"))
            continue
        used.add(metric.name)
        for figure in claim.figures:
            if metric.units and (figure.unit or "") not in metric.units:
                problems.append(Problem(claim.file, claim.line, (
                    f"{claim.id}: figure {figure.raw!r} has unit {figure.unit or 'none'!r}, "
                    f"not one of {metric.name}'s units ({', '.join(metric.units)})")))
    for metric in vocabulary.metrics.values():
        if metric.name not in used and not metric.unused and not vocabulary.shared:
            problems.append(Problem(FILE, metric.line, (
                f"metric {metric.name!r} is used by no claim: remove it, or say why it is "
                "listed with unused = \"…\"")))
    return problems


def run_check(kb: KnowledgeBase) -> Report:
    """Validate the whole knowledge base; KnowledgeBaseError only when it cannot be read."""
    problems = list(kb.problems)
    problems += _check_sources(kb)
    for claim in kb:
        problems += [Problem(claim.file, claim.line, f"{claim.id}: {m}")
                     for m in check_claim(kb, claim)]
    for exclusion in kb.exclusions:
        if exclusion.source not in kb.sources:
            problems.append(Problem(exclusion.file, exclusion.line,
                                    f"exclusion names unknown source {exclusion.source!r}"))
    problems += check_metrics(kb)
    from jjjcli.moved import check_moves

    problems += check_moves(kb.root, kb.claims)
    uncovered, stats = coverage(kb)
    drafts = [claim for claim in kb if claim.is_draft]
    return Report(problems=problems, uncovered=uncovered, coverage=stats,
                  claims=len(kb) - len(drafts), drafts=drafts)
