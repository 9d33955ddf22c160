"""The quick tests compare runs before it reads a claim's quote (issue 19: a large base's
candidates are many, reading each quote is what costs): each is a bound that never turns
away a claim the full test would take. Checked here on every claim of the real knowledge
base; that the verdicts stay the same is tests/test_compare_index.py's and the statement
suites'. (Speed is measured in benchmarks/compare_sources.py, not here.)"""

from __future__ import annotations

from jjjcli.compare import Comparer
from jjjcli.kb import KnowledgeBase
from jjjcli.reading import date_spans, read_sentence
from jjjcli.search import bigrams, normalize
from jjjcli.text import squeeze


def test_a_quotes_dates_read_alone_are_the_dates_read_with_its_figures(
        kb: KnowledgeBase) -> None:
    dated = 0
    for claim in kb:
        read = read_sentence(claim.quote, simplified=True)
        text, dates = date_spans(claim.quote, simplified=True)
        assert text == read.text
        assert dates == [(d.start, d.end, d.figure) for d in read.dates], claim.id
        dated += bool(dates)
    assert dated > 150


def test_text_without_whitespace_is_not_squeezed() -> None:
    assert squeeze("京津冀地区生产总值10.4万亿元") == ("京津冀地区生产总值10.4万亿元", list(range(16)))
    assert squeeze("189.9 亿元，经 审 查") == ("189.9亿元，经审查", [0, 1, 2, 3, 4, 6, 7, 8, 9, 11, 13])
    assert squeeze("5.59 trillion\u3000yuan") == ("5.59 trillion yuan", [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17])


def test_a_claim_whose_quote_gives_a_figure_its_words_is_never_turned_away(
        kb: KnowledgeBase) -> None:
    """_may_hold_words bounds _same_words from the quote's pairs: for every figure of every
    quote read as a statement, each claim holding its value whose figure has the same
    words passes the bound (the claim's own first)."""
    comparer = Comparer(kb)
    same = 0
    for claim in kb:
        for item in read_sentence(claim.quote).figures:
            for other, figure in comparer._holding(item.figure):
                assert isinstance(other, type(claim))
                if comparer._same_words(item, other, figure):
                    same += 1
                    assert comparer._may_hold_words(bigrams(normalize(item.words)), other), (claim.id, other.id)
    assert same > 800


def test_a_claim_whose_quote_may_describe_a_figure_is_never_turned_away(
        kb: KnowledgeBase) -> None:
    """_may_align bounds the part of _word_alignment read from the quote: for every figure
    of every quote read as a statement, each claim holding its value that its words
    describe (an alignment above 0) names the metric or passes the bound — and the bound
    turns most of the others away unread."""
    comparer = Comparer(kb)
    aligned = turned = 0
    for claim in kb:
        for item in read_sentence(claim.quote).figures:
            own = bigrams(normalize(item.words))
            for other, figure in comparer._holding(item.figure):
                if comparer._metric_alignment(item, own, other, figure):
                    continue
                passes = comparer._may_align(own, other)
                if comparer._word_alignment(item, other, figure) > 0:
                    aligned += 1
                    assert passes, (claim.id, other.id, figure.raw)
                turned += not passes
    assert aligned > 300 and turned > 1000


def test_the_bound_turns_away_a_quote_without_the_figures_words(kb: KnowledgeBase) -> None:
    comparer = Comparer(kb)
    item = read_sentence("京津冀养老服务人才线上培训班累计培训学员12000人次").figures[0]
    own = bigrams(normalize(item.words))
    assert len(own) > 10
    strangers = [c for c in kb if len(own & bigrams(normalize(c.quote))) <= 1]
    assert len(strangers) > 500
    assert not any(comparer._may_hold_words(own, c) for c in strangers)
    # a quote holding half its pairs may give them (the bound asks for 3/7, less 3)
    alike = [c for c in kb if 2 * len(own & bigrams(normalize(c.quote))) >= len(own)]
    assert alike and all(comparer._may_hold_words(own, c) for c in alike)


def test_a_date_is_weighed_against_the_claims_it_may_fit_only(kb: KnowledgeBase) -> None:
    """_date_candidates: the claims whose event the statement tells (a verb of their
    metric) or whose quote covers DATE_QUOTE_COVER of its pairs — a small part of the date
    claims, and every claim that fits (the verdicts: tests/test_dated_statements.py)."""
    from jjjcli.dating import DATE_QUOTE_COVER
    from jjjcli.events import name_form

    comparer = Comparer(kb)
    event = normalize("北京城市副中心于|设立")
    pairs = bigrams(name_form(event))
    found = comparer.dates.candidates(event, pairs)
    every = comparer.dates.claims()
    assert 0 < len(found) < len(every) / 3
    for date in every:
        covers = len(pairs.intersection(date.rough)) / len(pairs) >= DATE_QUOTE_COVER
        told = any(verb in event for verb in date.verbs)
        assert (date in found) == (covers or told or bool(
            date.metric and len(date.metric & pairs) / len(date.metric) >= 0.75)), date.claim.id
