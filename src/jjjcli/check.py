"""`jjj check`: prove every claim against its source, and report what no claim covers."""

from __future__ import annotations

from jjjcli.errors import FigureError, KnowledgeBaseError
from jjjcli.figures import QUALIFIERS, Figure, find_figures, parse_figure, values_equal
from jjjcli.kb import Claim, KnowledgeBase, Problem, Source
from jjjcli.record import Record
from jjjcli.text import compact, quote_matches

#: units whose figure may be read as an ordinal (十四届 = the fourteenth) or as a count
#: (举办四届 = four editions): the curator says which
ORDINAL_UNITS = frozenset({"届", "次", "期", "批", "轮"})


class Uncovered(Record):
    """A figure printed in a source that no claim (and no exclusion) accounts for."""

    __slots__ = ("source", "paragraph", "line", "raw", "context")

    source: str
    paragraph: int
    line: int
    raw: str
    context: str

    def __init__(
        self, source: str, paragraph: int, line: int, raw: str, context: str,
    ) -> None:
        self.source = source
        self.paragraph = paragraph
        self.line = line
        self.raw = raw
        self.context = context


class SourceCoverage(Record):
    __slots__ = ("source", "figures", "covered", "excluded")

    source: str
    figures: int
    covered: int
    excluded: int

    def __init__(
        self, source: str, figures: int = 0, covered: int = 0, excluded: int = 0,
    ) -> None:
        self.source = source
        self.figures = figures
        self.covered = covered
        self.excluded = excluded

    @property
    def share(self) -> float:
        counted = self.figures - self.excluded
        return 1.0 if counted == 0 else self.covered / counted


class Report(Record):
    __slots__ = ("problems", "uncovered", "coverage", "claims")

    problems: list[Problem]
    uncovered: list[Uncovered]
    coverage: dict[str, SourceCoverage]
    claims: int

    def __init__(
        self, problems: list[Problem], uncovered: list[Uncovered],
        coverage: dict[str, SourceCoverage] | None = None, claims: int = 0,
    ) -> None:
        self.problems = problems
        self.uncovered = uncovered
        self.coverage = {} if coverage is None else coverage
        self.claims = claims

    @property
    def clean(self) -> bool:
        return not self.problems and not self.uncovered


def _check_figure(claim: Claim, figure: Figure) -> str | None:
    if compact(figure.raw) not in compact(claim.quote):
        return f"figure {figure.raw!r} is not in the quote"
    if figure.qualifier not in QUALIFIERS:
        return f"figure {figure.raw!r}: qualifier must be one of {', '.join(QUALIFIERS)}"
    try:
        parsed = parse_figure(figure.raw)
    except FigureError:
        return f"figure {figure.raw!r} does not parse as a figure"
    if not values_equal(parsed.value, figure.value):
        return f"figure {figure.raw!r} parses to {parsed.value}, not {figure.value}"
    if (parsed.unit or None) != (figure.unit or None):
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
            printed += [(f"article {article.id} title", article.title),
                        (f"article {article.id} page", article.page),
                        (f"article {article.id} section", article.section)]
            printed += [(f"article {article.id} author", a) for a in article.authors]
        spans = sorted((a.first, a.last, a.id) for a in source.articles)
        for (_f1, l1, id1), (f2, _l2, id2) in zip(spans, spans[1:], strict=False):
            if f2 <= l1:
                bad(f"articles {id1} and {id2} overlap")
        for name, value in printed:
            if value is None or value.paragraph == 0:
                continue
            if value.paragraph > count:
                bad(f"{name}: paragraph {value.paragraph} does not exist")
            elif not quote_matches(value.printed, source.paragraph_text(value.paragraph)):
                bad(f"{name}: {value.printed!r} is not printed in paragraph {value.paragraph}")
    return problems


def _substantive(raw: str, value: float) -> bool:
    """Chinese numerals below ten are prose (三地, 两翼, 一批), not figures."""
    if any(ch.isdigit() for ch in raw):
        return True
    return value >= 10


def coverage(kb: KnowledgeBase) -> tuple[list[Uncovered], dict[str, SourceCoverage]]:
    """Figures in the sources that no claim covers, and coverage per source."""
    by_paragraph: dict[tuple[str, int], list[str]] = {}
    for claim in kb:
        raws = [compact(f.raw) for f in claim.figures]
        for number in range(claim.first, claim.last + 1):
            by_paragraph.setdefault((claim.source, number), []).extend(raws)
    uncovered: list[Uncovered] = []
    stats: dict[str, SourceCoverage] = {}
    for source in kb.sources.values():
        if not source.path.exists() or not _readable(source):
            continue
        stat = stats.setdefault(source.file, SourceCoverage(source.file))
        for paragraph in source.paragraphs:
            claimed = by_paragraph.get((source.file, paragraph.number), [])
            for found in find_figures(paragraph.text):
                raw = compact(paragraph.text[found.start : found.end])
                if not _substantive(raw, found.figure.value):
                    continue
                stat.figures += 1
                if any(raw in c or c in raw for c in claimed):
                    stat.covered += 1
                elif any(e.applies(source.file, paragraph.number, raw) for e in kb.exclusions):
                    stat.excluded += 1
                else:
                    line = paragraph.line + paragraph.text.count("\n", 0, found.start)
                    start = max(0, found.start - 12)
                    context = compact(paragraph.text[start : found.end + 12])
                    uncovered.append(Uncovered(source.file, paragraph.number, line, raw, context))
    return uncovered, stats


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
    uncovered, stats = coverage(kb)
    return Report(problems=problems, uncovered=uncovered, coverage=stats, claims=len(kb))
