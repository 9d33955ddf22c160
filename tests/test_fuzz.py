"""Issue 8: fuzzing the three doors input comes in by.

- the figure parser (``parse_figure``, ``find_figures``): arbitrary text, and Chinese and
  English figures generated from their grammar, which must parse to the number they print;
- the query path (``parse_query``, ``Searcher.search``, and the statement path
  ``Comparer.compare``) over the bundled knowledge base: arbitrary text may raise JJJError
  and nothing else;
- the TOML loader (``load_kb``): a claims file (or sources.toml) of arbitrary bytes, of
  valid TOML with its values of every type in every place, or of valid TOML cut and spliced,
  may raise KnowledgeBaseError or record problems, and nothing else; whatever loads is
  well formed (exports as strict JSON, searches, checks).

CI runs a modest number of examples per target; to fuzz at scale::

    JJJ_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest -q tests/test_fuzz.py
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
import os
import re
import shutil
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib
from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st

from conftest import ASSETS
from jjjcli.check import run_check
from jjjcli.compare import Comparer
from jjjcli.errors import FigureError, JJJError, KnowledgeBaseError
from jjjcli.figures import (
    _EN_PREFIXES,
    _EN_SCALES,
    _EN_UNITS,
    _PREFIXES,
    _SUFFIXES,
    _UNITS,
    QUALIFIERS,
    Figure,
    canonical_unit,
    find_figures,
    parse_figure,
)
from jjjcli.kb import ID_PATTERN, Claim, KnowledgeBase, Problem, load_kb
from jjjcli.search import Filters, Query, Searcher, parse_query
from jjjcli.text import squeeze
from test_figures import _to_chinese

EXAMPLES = int(os.environ.get("JJJ_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)


# --- text that looks like what jjj reads ----------------------------------------------------

NUMERALS = "零〇一二两三四五六七八九十百千万亿点半首"
FIGURE_CHARS = ("0123456789０１２３４５６７８９.,，．%％‰+-—–~～至到 \n\t年月日号第前后余多"
                "以上下内左右约近超过逾破不足到低高于少最" + NUMERALS)
TOKENS = sorted({*_UNITS, *_PREFIXES, *_SUFFIXES, *_EN_UNITS, *_EN_PREFIXES, *_EN_SCALES,
                 "万亿", "千亿", "亿", "万", "百分之", "US$", "$", "¥", "RMB", "PM2.5", "5G",
                 "京津冀", "副中心", "高新技术企业", "数字经济", "地区生产总值", "雄安新区", "GDP",
                 "2023年", "2014—2023年", "前11个月", "十四届二次会议", "三地", "一期",
                 "[bold red]", "[/]", "[link=http://x]", "\x1b[31m", "\x1b]52;c;eA==\x07",
                 "\x9b", "\u200b", "\ufeff", "İ", "ß", "ﬃ", "𠀀", "\U0001f600", "\\", '"', "'"})


def _joined(parts: list[str], seps: list[str]) -> str:
    return "".join(p + seps[i % len(seps)] for i, p in enumerate(parts))


token_text = st.builds(
    _joined,
    st.lists(st.one_of(st.sampled_from(TOKENS), st.integers(0, 10**6).map(str),
                       st.decimals("0", "99999", places=2).map(str),
                       st.integers(1, 10**8).map(_to_chinese)), max_size=12),
    st.lists(st.sampled_from(["", " ", "", "，", "\n", "、", "　"]), min_size=1, max_size=3),
)
huge_numbers = st.builds(                                     # past what a float holds
    lambda prefix, unit, piece, times: prefix + piece * times + unit,
    st.sampled_from(["", "超过", "约", "第", "more than "]),
    st.sampled_from(["", "家", "万亿元", "%", " trillion yuan", "—1家"]),
    st.sampled_from(["9", "一亿", "亿", "9万亿", "0", "九", "十", "1,000", "９", ".9"]),
    st.integers(1, 420),
)
fuzz_text = st.one_of(
    st.text(max_size=300),                                    # any Unicode (no surrogates)
    huge_numbers,
    st.text(alphabet=FIGURE_CHARS, max_size=80),              # figure-dense noise
    token_text,                                               # plausible pieces, recombined
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Mn"]),
            max_size=40),                                     # controls, marks, spaces
)


# --- 1. the figure parser -------------------------------------------------------------------

def _check_figure(figure: Figure) -> None:
    assert isinstance(figure.value, int | float) and math.isfinite(figure.value)
    assert figure.high is None or math.isfinite(figure.high)
    assert figure.qualifier in QUALIFIERS
    assert figure.unit is None or (isinstance(figure.unit, str) and figure.unit)
    json.dumps(figure.to_dict(), allow_nan=False)


@FUZZ
@given(fuzz_text)
def test_parse_figure_raises_only_figure_error(text: str) -> None:
    try:
        figure = parse_figure(text)
    except FigureError:
        return
    assert figure.raw == text.strip()
    _check_figure(figure)


@FUZZ
@given(fuzz_text, st.booleans())
def test_find_figures_never_fails_and_spans_are_sound(text: str, dates: bool) -> None:
    found = find_figures(text, dates=dates)
    previous_end = 0
    for item in found:
        assert previous_end <= item.start < item.end <= len(text), (item, len(text))
        previous_end = item.end
        assert dates or not item.is_date
        _check_figure(item.figure)
        # the span is the figure as printed (whitespace aside)
        assert squeeze(text[item.start:item.end])[0] == squeeze(item.figure.raw)[0]


CN_PREFIX = {"": "exact", "约": "about", "近": "nearly", "将近": "nearly", "超过": "more-than",
             "逾": "more-than", "突破": "more-than", "不到": "less-than", "不足": "less-than",
             "至少": "at-least", "不少于": "at-least", "最多": "up-to"}
CN_SUFFIX = {"": "exact", "余": "more-than", "多": "more-than", "以上": "more-than",
             "左右": "about", "以下": "less-than"}
CN_UNITS = ["元", "美元", "家", "人", "项", "吨", "公里", "平方公里", "辆", "户", "件", "亩",
            "人次", "个百分点", "%", "倍", "座", "所", "标准箱"]
CN_SCALES = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12, "千万": 10**7, "百万": 10**6}


@st.composite
def chinese_figures(draw: st.DrawFn) -> tuple[str, float, str, str]:
    """(text, value, canonical unit, qualifier) of a figure as Chinese papers print it."""
    unit = draw(st.sampled_from(CN_UNITS))
    kind = draw(st.sampled_from(["integer", "decimal", "commas", "fullwidth", "chinese"]))
    scale = "" if kind in ("commas", "chinese") else draw(st.sampled_from(sorted(CN_SCALES)))
    if kind == "decimal":
        number = draw(st.decimals("0.01", "99999.99", places=draw(st.integers(1, 3))))
        assume(number != number.to_integral_value())
        printed, value = str(number), float(number)
    elif kind == "chinese":
        n = draw(st.integers(1, 10**10))
        printed, value = _to_chinese(n), float(n)
    else:
        n = draw(st.integers(1, 10**9))
        printed, value = (f"{n:,}" if kind == "commas" else str(n)), float(n)
        if kind == "fullwidth":
            printed = printed.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    where = draw(st.sampled_from(["prefix", "suffix"]))
    prefix = draw(st.sampled_from(sorted(CN_PREFIX))) if where == "prefix" else ""
    suffix = draw(st.sampled_from(sorted(CN_SUFFIX))) if where == "suffix" else ""
    if suffix in ("余", "多") and kind == "decimal":
        suffix = ""  # 3.5余家 is not printed
    if suffix in ("余", "多"):
        text = f"{prefix}{printed}{scale}{suffix}{unit}"
    else:
        text = f"{prefix}{printed}{scale}{unit}{suffix}"
    qualifier = CN_PREFIX[prefix] if prefix else CN_SUFFIX[suffix]
    if draw(st.booleans()):  # print extraction spaces characters out, not within 4791
        text = "".join(a + ("" if (a + b).isascii() and (a + b).isalnum() else " ")
                       for a, b in zip(text, text[1:] + "元", strict=True)).rstrip()
    return text, value * CN_SCALES[scale], canonical_unit(unit) or "", qualifier


@FUZZ
@given(chinese_figures())
def test_generated_chinese_figures_parse_to_what_they_print(
        case: tuple[str, float, str, str]) -> None:
    text, value, unit, qualifier = case
    figure = parse_figure(text)
    assert figure.value == pytest.approx(value, rel=1e-9), figure
    assert figure.unit == unit and figure.qualifier == qualifier, figure
    found = [f for f in find_figures(f"据统计，{text}。", dates=True) if not f.is_date]
    assert len(found) == 1, found
    assert found[0].figure.value == pytest.approx(value, rel=1e-9)
    assert found[0].figure.unit == unit and found[0].figure.qualifier == qualifier


EN_SCALE = {"": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
EN_UNIT = {"yuan": "元", "US dollars": "美元", "firms": "家", "people": "人", "percent": "%",
           "square kilometres": "平方公里", "tonnes": "吨", "projects": "项"}
EN_PREFIX = {"": "exact", "more than": "more-than", "about": "about", "nearly": "nearly",
             "at least": "at-least", "less than": "less-than", "up to": "up-to"}


@FUZZ
@given(st.decimals("0.01", "9999.99", places=2), st.sampled_from(sorted(EN_SCALE)),
       st.sampled_from(sorted(EN_UNIT)), st.sampled_from(sorted(EN_PREFIX)), st.booleans())
def test_generated_english_figures_parse_to_what_they_print(
        number: Decimal, scale: str, unit: str, prefix: str, commas: bool) -> None:
    printed = f"{number:,}" if commas else str(number)
    text = " ".join(p for p in (prefix, printed, scale, unit) if p)
    figure = parse_figure(text)
    assert figure.value == pytest.approx(float(number) * EN_SCALE[scale], rel=1e-9)
    assert figure.unit == EN_UNIT[unit] and figure.qualifier == EN_PREFIX[prefix], figure


# --- 2. the query path ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundled() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def searcher(bundled: KnowledgeBase) -> Searcher:
    return Searcher(bundled)  # its documents are prepared once


@pytest.fixture(scope="module")
def comparer(bundled: KnowledgeBase) -> Comparer:
    return Comparer(bundled)


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    """The bundled base opened through its SQLite cache, its FTS index used for every
    query (threshold 0), as a base of 20,000+ claims would be."""
    from jjjcli.index import open_kb

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JJJ_CACHE_DIR", str(tmp_path_factory.mktemp("fuzz-cache")))
        patch.delenv("JJJ_NO_CACHE", raising=False)
        yield open_kb()


def _check_query(query: Query) -> None:
    for figure in query.figures:
        _check_figure(figure)


def _search(searcher: Searcher, text: str, filters: Filters, limit: int) -> None:
    try:
        hits = searcher.search(text, filters, limit)
    except JJJError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    scores = [hit.score for hit in hits]
    assert all(math.isfinite(s) for s in scores)
    assert scores == sorted(scores, reverse=True)
    assert not limit or len(hits) <= limit
    for hit in hits:
        assert filters.accepts(hit.claim)
        json.dumps(hit.claim.to_dict(score=hit.score), allow_nan=False)


filters = st.builds(
    Filters,
    st.one_of(st.none(), st.sampled_from(["000", "004", "004_6002a705fe7b9404.txt", "9"]),
              st.text(max_size=8)),
    st.one_of(st.none(), st.sampled_from(["economy", "industry", "ECONOMY"]),
              st.text(max_size=8)),
    st.one_of(st.none(), st.sampled_from(["2023", "2014/2023", "2023-05", "1999/2100"]),
              st.text(alphabet="0123456789/-", max_size=12), st.text(max_size=8)),
)


@FUZZ
@given(fuzz_text)
def test_parse_query_never_fails(text: str) -> None:
    _check_query(parse_query(text))


@FUZZ
@given(fuzz_text, filters, st.sampled_from([0, 1, 10]))
def test_search_raises_only_jjj_error(searcher: Searcher, text: str, chosen: Filters,
                                      limit: int) -> None:
    _search(searcher, text, chosen, limit)


@FUZZ
@given(fuzz_text, filters)
def test_search_through_the_index_raises_only_jjj_error(
        indexed: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, text: str,
        chosen: Filters) -> None:
    monkeypatch.setenv("JJJ_INDEX_THRESHOLD", "0")
    _search(Searcher(indexed), text, chosen, 10)


@FUZZ
@given(fuzz_text)
def test_compare_raises_only_jjj_error(comparer: Comparer, text: str) -> None:
    try:
        result = comparer.compare(text)
    except JJJError:
        return
    assert result.verdict in ("supported", "contradicted", "unsupported")
    json.dumps(result.to_dict(), allow_nan=False)


# --- 3. the TOML loader ---------------------------------------------------------------------

MINI_CLAIMS = (ASSETS / "mini_kb" / "claims" / "claims.toml").read_text(encoding="utf-8")
MINI_SOURCES = (ASSETS / "mini_kb" / "sources.toml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the mini knowledge base whose files each example rewrites."""
    root = tmp_path_factory.mktemp("fuzz-kb") / "kb"
    shutil.copytree(ASSETS / "mini_kb", root)
    return root


def toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else toml_value(key)


def toml_value(value: Any) -> str:
    """Any value tomllib can return, written back as TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{toml_key(k)} = {toml_value(v)}"
                                 for k, v in value.items()) + " }"
    raise TypeError(type(value))


def toml_document(data: dict[str, Any]) -> str:
    """Scalars and inline values first, then arrays of tables as [[name]] blocks."""
    lines, blocks = [], []
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for table in value:
                blocks.append(f"[[{toml_key(key)}]]")
                blocks.extend(f"{toml_key(k)} = {toml_value(v)}" for k, v in table.items())
                blocks.append("")
        else:
            lines.append(f"{toml_key(key)} = {toml_value(value)}")
    return "\n".join([*lines, "", *blocks]) + "\n"


toml_scalars = st.one_of(
    st.booleans(), st.integers(-(2**63), 2**63 - 1), st.sampled_from([0, 1, -1, 2**63 - 1]),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.sampled_from(["", " ", "000_f79aeb44c6809f22.txt", "../../etc/passwd", "2023",
                     "2023-13", "超过1100家", "economy", "more-than", "元", "x" * 100]),
    st.dates(), st.datetimes(), st.times(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)
EDGES: list[Any] = [
    math.nan, math.inf, -math.inf, 0, -1, 2**63 - 1, -(2**63), 1e308, 5e-324, 0.1, True,
    "", " ", "\x00", "\x1b[31m", "[bold]x[/]", "../x", "..", "000-5-hitech-firms", "2023",
    "2014/2023", "9999-99", [], {}, [2, 1], [1, 1], [0, 1], [1, 2, 3], [1.5, 2], [True, 2],
    ["economy"], [""], [1], [{}], [{"value": "x"}], {"value": "赵鹏", "paragraph": -1},
    {"value": "赵鹏", "paragraph": 0}, {"value": 1, "paragraph": 2}, dt.date(2023, 1, 1),
]
# a fresh copy each time: the mutations below must not change EDGES for later examples
edge_values = st.one_of(st.sampled_from(EDGES).map(copy.deepcopy), toml_values)
CLAIM_KEYS = ["id", "source", "paragraph", "quote", "metric", "subject", "period", "en",
              "topics", "figures", "note", "reason", "raw", "file", "kind", "evidence",
              "publication", "issue", "date", "year", "page", "article", "unknown"]
INNER_KEYS = ["raw", "value", "unit", "qualifier", "high", "id", "paragraphs", "title",
              "authors", "page", "section", "printed", "from", "paragraph"]


@st.composite
def retyped(draw: st.DrawFn, text: str, top: str) -> str:
    """The TOML ``text`` with values of any type put anywhere: in a table, in a figure or
    an article, in place of a table, in place of the whole array."""
    data = tomllib.loads(text)
    tables: list[Any] = data[top]
    for _ in range(draw(st.integers(1, 4))):
        what = draw(st.sampled_from(["set", "set", "delete", "inner", "inner", "table",
                                     "array", "top"]))
        index = draw(st.integers(0, len(tables) - 1)) if tables else 0
        if what == "array":
            data[top] = draw(edge_values)
            break
        if what == "top":
            data[draw(st.sampled_from(["exclude", "claim", "extra", "source", "topics"]))] = (
                draw(st.one_of(edge_values, st.lists(
                    st.dictionaries(st.sampled_from(CLAIM_KEYS), edge_values, max_size=6),
                    max_size=3))))
            continue
        if not tables:
            continue
        table = tables[index]
        if what == "table":
            tables[index] = draw(edge_values)
        elif not isinstance(table, dict):
            continue
        elif what == "set":
            table[draw(st.sampled_from([*CLAIM_KEYS, *table]))] = draw(edge_values)
        elif what == "delete" and table:
            del table[draw(st.sampled_from(sorted(table)))]
        elif what == "inner":
            inner = [v for v in table.values() if isinstance(v, dict)] + [
                d for v in table.values() if isinstance(v, list) for d in v
                if isinstance(d, dict)]
            if inner:
                chosen = draw(st.sampled_from(inner))
                key = draw(st.sampled_from([*INNER_KEYS, *chosen]))
                if draw(st.booleans()) or key not in chosen:
                    chosen[key] = draw(edge_values)
                else:
                    del chosen[key]
    return toml_document(data)


@st.composite
def spliced(draw: st.DrawFn, text: str) -> bytes:
    """Valid TOML cut, spliced, duplicated and sprinkled with TOML's own characters."""
    lines = text.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 5))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "truncate"]))
        i = draw(st.integers(0, len(lines) - 1)) if lines else 0
        if not lines:
            lines = [""]
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            at = draw(st.integers(0, len(lines[i])))
            noise = draw(st.text(alphabet='[]{}=",.#\'\\\n tfx0123456789-:', max_size=8))
            lines[i] = lines[i][:at] + noise + lines[i][at:]
        else:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
    data = "".join(lines).encode("utf-8")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=4)) + data[at:]
    return data


claims_files = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=400).map(lambda t: t.encode("utf-8")),
    retyped(MINI_CLAIMS, "claim").map(lambda t: t.encode("utf-8")),
    spliced(MINI_CLAIMS),
)
sources_files = st.one_of(
    retyped(MINI_SOURCES, "source").map(lambda t: t.encode("utf-8")),
    spliced(MINI_SOURCES),
)


def _load(root: Path, lenient: bool) -> KnowledgeBase | None:
    try:
        kb = load_kb(root, lenient=lenient)
    except KnowledgeBaseError as exc:
        message = str(exc)
        assert message and "Traceback" not in message
        assert exc.problem is None or isinstance(exc.problem, Problem)
        return None
    for problem in kb.problems:
        assert isinstance(problem, Problem) and isinstance(problem.file, str)
        assert isinstance(problem.line, int) and problem.line >= 1, problem
    for claim_id, claim in kb.claims.items():
        _check_claim(claim_id, claim)
    return kb


def _check_claim(claim_id: str, claim: Claim) -> None:
    assert claim_id == claim.id and ID_PATTERN.match(claim.id)
    for name in ("source", "quote", "metric", "subject", "period", "en", "note"):
        assert isinstance(getattr(claim, name), str), name
    assert 1 <= claim.first <= claim.last
    assert claim.figures and all(isinstance(t, str) for t in claim.topics)
    for figure in claim.figures:
        assert isinstance(figure, Figure) and isinstance(figure.raw, str)
        assert isinstance(figure.value, int | float) and not isinstance(figure.value, bool)
    json.dumps(claim.to_dict(), allow_nan=False)  # export and search --format json


def _use(kb: KnowledgeBase) -> None:
    """What the commands do with a base that loaded: search it, check it."""
    for query in ("副中心 1100家", "industrial output"):
        try:
            Searcher(kb).search(query)
        except JJJError:
            pass
    try:
        run_check(kb)
    except JJJError:
        pass


@FUZZ
@given(claims_files)
def test_claims_file_raises_only_knowledge_base_error(scratch: Path, data: bytes) -> None:
    (scratch / "claims" / "claims.toml").write_bytes(data)
    note(repr(data[:2000]))
    strict = _load(scratch, lenient=False)
    lenient = _load(scratch, lenient=True)
    if strict is not None:
        assert lenient is not None and strict.claims.keys() == lenient.claims.keys()
    if lenient is not None:
        _use(lenient)


@FUZZ
@given(sources_files)
def test_sources_file_raises_only_knowledge_base_error(scratch: Path, data: bytes) -> None:
    (scratch / "claims" / "claims.toml").write_text(MINI_CLAIMS, encoding="utf-8")
    (scratch / "sources.toml").write_bytes(data)
    note(repr(data[:2000]))
    try:
        kb = _load(scratch, lenient=True)
        if kb is not None:
            _use(kb)
    finally:
        (scratch / "sources.toml").write_text(MINI_SOURCES, encoding="utf-8")
