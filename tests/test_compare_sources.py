"""`jjj compare` on real prose (issue 15): the cases of benchmarks/compare_sources.py,
generated from the shipped knowledge base, as assertions on outcomes (no timing).

(a) every sentence of the five sources holding a figure a claim of its paragraph states,
    verbatim: that figure supported, and no sentence contradicted;
(b) the same sentences with that figure changed: contradicted, never supported;
(c) statements about other places and years the sources do not give: never contradicted;
(f) (a)–(c) in traditional characters, with Taiwan's words for things;
(g) each claim's own English sentence: never contradicted.
The floors for (a) and (b) are what compare reaches today; the issue's bars are 98% and 97%.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from conftest import load_script

#: what compare reaches on the shipped base (the issue's bars: 98% and 97%)
SUPPORTED_FLOOR = 0.98  # measured 98.3% (886 cases)
CONTRADICTED_FLOOR = 0.97  # measured 97.6% (777 cases)


def _benchmark() -> ModuleType:
    return load_script("benchmarks/compare_sources.py", "compare_sources")


@pytest.fixture(scope="module")
def measures(kb: Any) -> Any:
    return _benchmark().measure(kb)


def test_the_cases_are_many(measures: Any) -> None:
    assert measures.cases >= 850  # 882 sentence-figure cases in the shipped sources
    assert measures.sentences >= 450
    assert measures.changed >= 750  # 774 changed-figure cases on the merged knowledge base
    assert measures.out_of_scope >= 80


def test_source_sentences_are_supported(measures: Any) -> None:
    assert measures.supported / measures.cases >= SUPPORTED_FLOOR, measures.failures["a"][:20]


def test_no_source_sentence_is_contradicted(measures: Any) -> None:
    assert measures.sentences_contradicted == 0, measures.failures["a-sentence"]


def test_a_changed_figure_is_contradicted_never_supported(measures: Any) -> None:
    assert measures.changed_supported == 0, measures.failures["b-supported"]
    rate = measures.changed_contradicted / measures.changed
    assert rate >= CONTRADICTED_FLOOR, measures.failures["b"][:20]


def test_other_places_and_years_are_never_contradicted(measures: Any) -> None:
    assert measures.out_of_scope_contradicted == 0, measures.failures["c"]


#: the claims' own English supported (measured 93.6 %: 909 of the 971 holding a figure)
ENGLISH_FLOOR = 0.9


def test_the_claims_own_english_is_never_contradicted(kb: Any) -> None:
    """(g): each claim's own English sentence, compared as a statement, is never
    contradicted, and nine in ten of those holding a figure are supported."""
    english = _benchmark().measure_english(kb)
    assert english.with_figures >= 950
    assert english.contradicted == 0, english.failures[: english.contradicted]
    assert english.supported / english.with_figures >= ENGLISH_FLOOR, english.failures[:20]


@pytest.fixture(scope="module")
def taiwanese(kb: Any) -> Any:
    return _benchmark().measure(kb, "s2twp")


def test_the_sources_sentences_in_taiwans_characters_and_words(taiwanese: Any) -> None:
    """(a)–(c) with every statement as Taiwan's press writes it (traditional characters;
    專案, 資料中心, 伺服器, 寬頻 for the mainland's words): as trusted as in simplified
    characters — no sentence contradicted, no changed figure supported, no other place
    contradicted (measured 98.8 % supported, 97.2 % of changed figures contradicted; in
    characters alone, s2t, the same as in simplified; 95.9 %, 93.3 % and two sources'
    sentences contradicted before Taiwan's words were read as the mainland's)."""
    assert taiwanese.sentences_contradicted == 0, taiwanese.failures["a-sentence"]
    assert taiwanese.changed_supported == 0, taiwanese.failures["b-supported"]
    assert taiwanese.out_of_scope_contradicted == 0, taiwanese.failures["c"]
    assert taiwanese.supported / taiwanese.cases >= SUPPORTED_FLOOR, taiwanese.failures["a"]
    rate = taiwanese.changed_contradicted / taiwanese.changed
    assert rate >= CONTRADICTED_FLOOR, taiwanese.failures["b"][:20]


def test_out_of_scope_covers_every_province() -> None:
    statements = _benchmark().out_of_scope_statements()
    for province in _benchmark().PROVINCES:
        if province in ("北京市", "天津市", "河北省"):
            continue
        assert any(province in s for s in statements), province
    for region in ("长三角", "珠三角", "粤港澳大湾区", "成渝"):
        assert any(region in s for s in statements), region


def test_changed_number() -> None:
    bench = _benchmark()
    assert bench.changed_number("1100") == "2203"
    assert bench.changed_number("189.9") == "261.2"
    assert bench.changed_number("0.612") == "1.838"
    sentence, number = bench.change_figure("京津冀7个国家级高新区及2家省级高新区", "2家")
    assert sentence == "京津冀7个国家级高新区及7家省级高新区"
    assert number == "7#1"  # the second 7 of the sentence
    # a whole number: the 5家 of …5 家专精特新… is not the end of 25 家
    sentence, number = bench.change_figure("已培育 25 家国家级企业、5 家专精特新企业", "5家")
    assert sentence == "已培育 25 家国家级企业、13 家专精特新企业"


def test_a_sentence_a_page_break_cuts_is_read_whole() -> None:
    bench = _benchmark()
    text = ("区域产业结构不断升级，京津冀三次产业占比从\n\n"
            "2013年的6.2 : 35.7 : 58.1变为2022年的4.8 : 29.6 : 65.6。产业转移扎实开展。\n\n"
            "二、标题\n\n正文。\n")
    sentences = list(bench.source_sentences(text.replace("从\n", "从" + "，" * 40 + "\n")))
    whole = [s for _n, s in sentences if "6.2 : 35.7" in s]
    assert len(whole) == 2 and all(s.startswith("区域产业结构") for s in whole)
    assert {n for n, s in sentences if "6.2 : 35.7" in s} == {1, 2}
    # a short paragraph (a heading) stays on its own
    assert (3, "二、标题") in sentences
