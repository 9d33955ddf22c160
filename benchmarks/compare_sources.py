"""How far `jjj compare` can be trusted on real prose (issue 15).

Four measures, on the knowledge base given (default: the one shipped):

(a) sources as statements: every sentence of the sources that holds a figure some claim of
    its paragraph states (the figure printed inside the sentence) is fed verbatim to
    compare → % of those figures supported, % of sentences contradicted;
(b) the same sentences with that one figure changed (integers n → 2n+3, decimals
    x → x·1.37+1 at the same precision) → % of those figures contradicted, % supported;
(c) out of scope: statements about other places and about years the sources do not give
    → how many are contradicted;
(d) throughput of ``jjj compare -`` (statements a second, the whole process) and the time
    to its first verdict while the input is still open.

Bars (issue 15): (a) ≥ 98% supported, 0 sentences contradicted; (b) ≥ 97% contradicted,
0 supported; (c) 0 contradicted; (d) ≥ 400 statements/s, first verdict before input ends.

    python benchmarks/compare_sources.py [--kb PATH] [--show N] [--no-speed] [--json]
        [--scripts s2t,s2twp] [--scale 10000,100000 [--data DIR]]

(f) (a)–(c) again with every statement in traditional characters, as the press of Hong
    Kong prints it (OpenCC's s2t) and of Taiwan, with its own words for things (s2twp: 專案
    for 项目, 資料中心 for 数据中心) — ``--scripts``.

(g) the claims' own English: each claim's ``en`` (what a correspondent pastes from ``jjj
    cite``) compared as a statement → % of those holding a figure supported, how many
    contradicted (none should be).

(e), with --scale: ``compare -`` on the 1,000 statements of benchmarks/generate.py at the
shipped base and at generated bases of those sizes (made once in --data), each through a
fresh cache, in the same run. Every rate is also given per second of the process's CPU
time (``*_cpu_per_s``): on a machine shared with other jobs it is the steadier number.

tests/test_compare_sources.py runs the same cases (a)–(c) as assertions.

Measured on the shipped base (2-core machine shared with other jobs):

| measure                          | before issue 15 | after        |
| -------------------------------- | --------------- | ------------ |
| (a) figures supported            | 75.9% of 922    | 96.9%        |
| (a) sentences contradicted       | 25 of 499       | 0            |
| (b) changed → contradicted       | 78.5% of 819    | 89.7%        |
| (b) changed → supported          | 6               | 0            |
| (c) out of scope contradicted    | 84 of 95        | 0            |

(d) depends on the load: side by side on the same busy machine, short statements 56 → 101
a second, tests/assets/statements.toml 45 → 48, the sources' long sentences 28 → 26; first
verdict 0.3 s → 0.6–1.2 s (the gazetteer and the claims' words are read on first use).

Speed, round three (issue 15's 400/s and issue 19's "as fast at 100k"), two runs minutes
apart on the same 2-core machine shared with four other jobs, before (main at dcdd867) →
after; statements a second, wall clock (CPU time):

| measure                                   | before       | after        |
| ----------------------------------------- | ------------ | ------------ |
| (d) short statements                      | 77 (127)     | 321 (504)    |
| (d) the sources' long sentences           | 26 (39)      | 79 (144)     |
| (d) first verdict, stdin open             | 0.9–1.3 s    | 0.7–0.8 s    |
| (e) 1,000 generated statements, shipped   | 42 (64)      | 127 (274)    |
| (e) the same, 10k claims                  | 22 (35)      | 40 (82)      |
| (e) the same, 100k claims                 | 1.7 (—)      | 7.5 (15)     |

(100k before: one earlier run, 599 s for the 1,000.) (a)–(c) are the same before and after.
Then, with a statement's date tried only against the date claims sharing a character pair
with its event (a quieter machine, one run): short statements 404 a second (510 from an
installed package, whose modules are compiled once), long sentences 104, (e) 191 / 61 / 14;
(a) 98.4%, (b) 98.1% after this round's judging.
At 100k most of the time is still in reading claims' quotes (jjjcli.reading, once per claim
and process) for the dated claims of a named subject and the claims holding a common value.

Round four (issue 19's "compare as fast at 100k"), (e) two runs back to back, last round's
code then this one's, statements a second: shipped 203 → 251, 10k 67 → 95, 100k 12.2 →
33.5 (100k against shipped: 16.6× → 7.5× slower); (a)–(c) unchanged, and the verdicts on
the 1,796 statements of the suites and on the 1,000 generated at 10k and 100k byte-identical.
What moved it: each test that needs a claim's quote read now comes after the quick tests
that can turn the claim away (its subject, its period, its quote's character pairs bounding
what its figure's words can share — tests/test_compare_bounds.py holds each bound true on
every claim); a statement's date finds the date claims it may fit through the rarest pairs
of its event (a prefix filter) and reads a quote's dates without its other figures; the
claims a figure is weighed against stop at one its words describe wholly; SQLite looks a
metric up in its index, not the subject (天津市 is in thousands of claims); and in a large
base no table of every date claim's quote is made before the first verdict: the cache gives
which claims have a date, and a statement's date reads those of the metrics whose event it
tells and the subjects it names (one compare at 100k 1.5 s → 0.46 s). What is left at
100k is the candidates' own number (each template of the generated base is there ~94 times,
one per place and year): scoring ~200 candidates a statement and reading ~17 quotes.

Round five: an audit on statements written from the sources, not the claims
(docs/compare-audit-2026-12.md) changed what a bound or a round figure gets: one the
source's value meets closely is supported (超过1000家 for 超过1100家, 近2100人 for 2093人), one
it allows from afar is unsupported (40分钟以内 → 83分钟以内, four of the changed figures of (b):
97.6% contradicted, was 98.1%), neither contradicted; (a) and (c) unchanged. (e) in
benchmarks/run.py's table (RESULTS.md): 253 / 102 / 34 a second (shipped / 10k / 100k).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from jjjcli.figures import Figure, find_figures
from jjjcli.kb import KnowledgeBase, load_kb
from jjjcli.text import compact, split_paragraphs

#: where a source sentence ends: Chinese and English full stops, ? ! and ；
SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")


class SourceCase(NamedTuple):
    """A source sentence and one figure a claim of its paragraph states."""

    sentence: str
    figure: Figure
    claim: str
    changed: str | None  # the sentence with that figure's number changed
    new_number: str | None


def source_sentences(text: str) -> Iterator[tuple[int, str]]:
    """(paragraph, sentence) for a source: the paragraph rule, the lines of a paragraph
    joined (print extraction broke them mid-word), then split after 。！？； . A sentence a
    paragraph break cuts (a page break in print: …三次产业占比从 / 2013年的6.2 : 35.7 …) is
    read whole, once for each paragraph it spans."""
    carry, carried_from = "", 0
    for paragraph in split_paragraphs(text):
        joined = carry + "".join(line.strip() for line in paragraph.text.split("\n"))
        sentences = [s.strip() for s in SENTENCE_END.split(joined) if s.strip()]
        if not sentences:
            continue
        # a paragraph of prose that stops mid-sentence (a heading, a byline is short)
        open_end = not _ENDED.search(joined) and len(joined) >= _PROSE
        for index, sentence in enumerate(sentences):
            if open_end and index == len(sentences) - 1:
                break
            if index == 0 and carry:
                yield carried_from, sentence
            yield paragraph.number, sentence
        if open_end:
            if not (index == 0 and carry):
                carried_from = paragraph.number
            carry = sentences[-1]
        else:
            carry = ""
    if carry:
        yield carried_from, carry


_PROSE = 60
#: a paragraph that ends a sentence (else the sentence goes on in the next paragraph)
_ENDED = re.compile(r"[。！？；!?;…：:][”’」』\"')）]*$")


_NUMBER = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")


def changed_number(printed: str) -> str:
    """n → 2n+3 for an integer; x → x·1.37+1 at the same precision for a decimal."""
    plain = printed.replace(",", "")
    if "." in plain:
        decimals = len(plain.partition(".")[2])
        return f"{float(plain) * 1.37 + 1:.{decimals}f}"
    return str(int(plain) * 2 + 3)


def _loose(raw: str) -> re.Pattern[str]:
    """``raw`` as printed in a sentence, with any whitespace between its characters."""
    pattern = r"\s*".join(re.escape(ch) for ch in compact(raw))
    # a whole number: 5家 is not the end of 25 家
    return re.compile((r"(?<![0-9.])" if raw[:1].isdigit() else "") + pattern)


def change_figure(sentence: str, raw: str) -> tuple[str, str] | None:
    """The sentence with the first number of the figure ``raw`` changed, and that number."""
    m = _loose(raw).search(sentence)
    if not m:
        return None
    printed = m.group(0)
    number = _NUMBER.search(printed)
    if not number:
        return None  # a figure in Chinese numerals (六大, 十): not changed
    new = changed_number(number.group(0))
    new_raw = printed[: number.start()] + new + printed[number.end():]
    # the same number printed before it (7个…及7家): the how-manieth it is
    same = sum(1 for f in find_figures(sentence[: m.start()])
               if new in _NUMBER.findall(f.figure.raw.replace(",", "")))
    return sentence[: m.start()] + new_raw + sentence[m.end():], f"{new}#{same}"


def source_cases(kb: KnowledgeBase) -> list[SourceCase]:
    """Every (sentence, figure) of the sources where a claim of the sentence's paragraph
    states the figure and the figure is printed inside the sentence."""
    by_paragraph: dict[tuple[str, int], list[Any]] = {}
    for claim in kb:
        for number in range(claim.first, claim.last + 1):
            by_paragraph.setdefault((claim.source, number), []).append(claim)
    cases: dict[tuple[str, str], SourceCase] = {}
    for name in sorted(kb.sources):
        text = (kb.root / "sources" / name).read_text(encoding="utf-8")
        for number, sentence in source_sentences(text):
            flat = compact(sentence)
            for claim in by_paragraph.get((name, number), []):
                for figure in claim.figures:
                    if figure.unit == "date" or compact(figure.raw) not in flat:
                        continue
                    key = (sentence, compact(figure.raw))
                    if key in cases:
                        continue
                    change = change_figure(sentence, figure.raw)
                    cases[key] = SourceCase(sentence, figure, claim.id,
                                            change[0] if change else None,
                                            change[1] if change else None)
    return list(cases.values())


#: statements about places and years the knowledge base says nothing of: each must come
#: back supported or unsupported, never contradicted (they borrow the metrics and the
#: shapes of the sources' sentences, with figures that differ from them)
PROVINCES = (
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
    "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
    "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省",
    "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
    "台湾省", "香港特别行政区", "澳门特别行政区",
)
_PROVINCE_SHAPES = (
    "2023年{p}地区生产总值为{n}万亿元",
    "2023年{p}高新技术企业数量超过{n}万家",
    "2023年{p}PM2.5平均浓度为{n}微克/立方米",
    "2023年{p}数字经济核心产业增加值占GDP比重达到{n}%",
)
_PROVINCES_SKIPPED = {"北京市", "天津市", "河北省"}  # 京津冀: the sources' own places
OTHER_STATEMENTS = (
    "2023年长三角地区生产总值达到30.5万亿元",
    "2023年上海市数字经济增加值超过3万亿元",
    "2023年广东省高新技术企业数量超过7.5万家",
    "成渝地区双城经济圈2023年地区生产总值为8.2万亿元",
    "2023年杭州市PM2.5平均浓度为38微克/立方米",
    "2023年珠三角地区生产总值为11万亿元",
    "粤港澳大湾区2023年经济总量超过14万亿元",
    "2023年深圳市高新技术企业超过2.4万家",
    "2023年广州市地区生产总值为3.04万亿元",
    "2023年成都市常住人口为2140万人",
    "2023年重庆市PM2.5平均浓度为37微克/立方米",
    "2023年武汉市地区生产总值突破2万亿元",
    "2023年苏州市规模以上工业总产值超过4.4万亿元",
    "2023年南京市研发投入强度为3.6%",
    "2023年西安市高新技术企业超过1.2万家",
    "2023年长沙市新增高新技术企业1500家",
    "郑州市2023年地区生产总值为1.36万亿元",
    "2023年青岛港货物吞吐量为6.8亿吨",
    "2023年宁波舟山港货物吞吐量超过13亿吨",
    "2023年上海港集装箱吞吐量为4916万标准箱",
    "2023年长三角PM2.5平均浓度为31微克/立方米",
    "2023年长三角地区研发投入强度达到3.1%",
    "2023年雄安新区常住人口为130万人",
    "2023年沈阳市地区生产总值为8122亿元",
    "2023年哈尔滨市常住人口为1000万人",
    "2023年昆明市接待游客2.8亿人次",
    "2023年海口市地区生产总值为2358亿元",
    "2023年合肥市高新技术企业数量为8000家",
    "2023年厦门市地区生产总值为8066亿元",
    "2023年济南市地区生产总值为1.28万亿元",
)
#: years the sources give no value for (the metric is in the knowledge base for others)
OTHER_YEARS = (
    "2021年京津冀地区生产总值为9.6万亿元",
    "2015年京津冀地区生产总值为6.9万亿元",
    "2018年京津冀地区生产总值为8.5万亿元",
    "2016年北京城市副中心高新技术企业超过500家",
    "2010年京津冀PM2.5平均浓度为110微克/立方米",
    "2012年京津冀PM2.5平均浓度为100微克/立方米",
    "2030年京津冀地区生产总值将达到15万亿元",
    "2019年北京市地区生产总值为3.5万亿元",
    "2016年天津港集装箱吞吐量为1450万标准箱",
    "2011年河北省地区生产总值为2.4万亿元",
    "2017年京津冀PM2.5平均浓度为64微克/立方米",
    "2005年北京市常住人口为1538万人",
)
#: big cities and regions beyond 京津冀
MORE_PLACES = (
    "2023年东莞市规模以上工业企业超过1.3万家",
    "2023年佛山市地区生产总值为1.33万亿元",
    "2023年无锡市地区生产总值为1.55万亿元",
    "2023年宁波市地区生产总值为1.65万亿元",
    "2023年福州市地区生产总值为1.29万亿元",
    "2023年泉州市地区生产总值为1.22万亿元",
    "2023年大连市地区生产总值为8752亿元",
    "2023年长春市常住人口为910万人",
    "2023年贵阳市高新技术企业超过2000家",
    "2023年南宁市PM2.5平均浓度为28微克/立方米",
    "2023年兰州市PM2.5平均浓度为33微克/立方米",
    "2023年拉萨市接待游客4000万人次",
    "2023年乌鲁木齐市地区生产总值为4168亿元",
    "2023年呼和浩特市地区生产总值为3802亿元",
    "2023年太原市高新技术企业超过3900家",
    "2023年石河子市常住人口为72万人",
    "2023年浦东新区地区生产总值为1.67万亿元",
    "2023年滨江区数字经济核心产业营业收入超过5000亿元",
    "2023年长株潭地区生产总值为2.1万亿元",
    "2023年关中平原城市群PM2.5平均浓度为45微克/立方米",
    "2023年海南自由贸易港新设外资企业1500家",
    "前海2023年实际使用外资58亿美元",
)


def out_of_scope_statements() -> list[str]:
    """Every province-level division outside 京津冀 at least once, city clusters, big
    cities, and years the sources do not give."""
    statements = []
    for index, province in enumerate(p for p in PROVINCES if p not in _PROVINCES_SKIPPED):
        shape = _PROVINCE_SHAPES[index % len(_PROVINCE_SHAPES)]
        statements.append(shape.format(p=province, n=[5.1, 2.3, 31, 12.5][index % 4]))
    return statements + list(OTHER_STATEMENTS) + list(MORE_PLACES) + list(OTHER_YEARS)


def _figure_of(result: dict[str, Any], raw: str) -> dict[str, Any] | None:
    """The statement figure of a compare result that is the figure printed as ``raw``."""
    want = compact(raw)
    for figure in result["figures"]:
        if figure["unit"] == "date" and not want.endswith(("年", "月", "日")):
            continue
        got = compact(figure["raw"])
        if got == want or (got and (got in want or want in got)):
            return figure
    return None


class Measures(NamedTuple):
    cases: int
    supported: int
    sentences: int
    sentences_contradicted: int
    changed: int
    changed_contradicted: int
    changed_supported: int
    out_of_scope: int
    out_of_scope_contradicted: int
    failures: dict[str, list[str]]


def measure(kb: KnowledgeBase, script: str | None = None) -> Measures:
    """(a)–(c); with ``script`` (an OpenCC configuration: s2t, s2twp), every statement
    written in that script first, as the press of Hong Kong or Taiwan prints it."""
    from jjjcli.compare import Comparer

    comparer = Comparer(kb)
    cases = source_cases(kb)
    written = _writer(script)
    failures: dict[str, list[str]] = {"a": [], "a-sentence": [], "b": [], "b-supported": [],
                                      "c": []}
    results: dict[str, dict[str, Any]] = {}

    def check(statement: str) -> dict[str, Any]:
        if statement not in results:
            results[statement] = comparer.compare(written(statement)).to_dict()
        return results[statement]

    supported = 0
    for case in cases:
        result = check(case.sentence)
        figure = (_figure_of(result, case.figure.raw)
                  or _figure_of(result, written(case.figure.raw)))
        if figure and figure["verdict"] == "supported":
            supported += 1
        else:
            failures["a"].append(f"{case.claim} {case.figure.raw}: {case.sentence} -> "
                                 f"{figure and figure['verdict']} {figure and figure['reason']}")
    sentences = {case.sentence for case in cases}
    contradicted = [s for s in sentences if check(s)["verdict"] == "contradicted"]
    failures["a-sentence"] = [
        f"{s} -> " + "; ".join(f"{f['raw']} {f['verdict']} {f['claim']} {f['reason']}"
                               for f in check(s)["figures"] if f["verdict"] == "contradicted")
        for s in sorted(contradicted)]
    changed = [c for c in cases if c.changed]
    changed_contradicted = changed_supported = 0
    for case in changed:
        assert case.changed is not None and case.new_number is not None
        result = check(case.changed)
        new, _, same = case.new_number.partition("#")
        printing = [f for f in result["figures"] if f["unit"] != "date"  # 2021年11月 is no 11
                    and new in _NUMBER.findall(f["raw"].replace(",", ""))]
        figure = printing[int(same)] if int(same) < len(printing) else None
        verdict = figure["verdict"] if figure else None
        if verdict == "contradicted":
            changed_contradicted += 1
        else:
            line = (f"{case.claim} {case.figure.raw}→{case.new_number}: {case.changed} -> "
                    f"{verdict} {figure and figure['reason']}")
            failures["b-supported" if verdict == "supported" else "b"].append(line)
            changed_supported += verdict == "supported"
    others = out_of_scope_statements()
    wrong = [s for s in others if check(s)["verdict"] == "contradicted"]
    failures["c"] = [f"{s} -> {check(s)['reason']}" for s in wrong]
    return Measures(len(cases), supported, len(sentences), len(contradicted), len(changed),
                    changed_contradicted, changed_supported, len(others), len(wrong), failures)


class EnglishMeasures(NamedTuple):
    claims: int
    with_figures: int  # those whose English holds a figure compare reads
    supported: int
    contradicted: int
    failures: list[str]  # the contradicted first, then the unsupported


def measure_english(kb: KnowledgeBase) -> EnglishMeasures:
    """(g): every claim's own English sentence (its ``en``, what a correspondent pastes)
    compared as a statement: how many are supported, and how many contradicted (none
    should be: each says what its claim says)."""
    from jjjcli.compare import Comparer

    comparer = Comparer(kb)
    with_figures = supported = 0
    contradicted: list[str] = []
    unsupported: list[str] = []
    claims = list(kb.claims.values())
    for claim in claims:
        result = comparer.compare(claim.en)
        if not result.figures:
            continue
        with_figures += 1
        if result.verdict == "supported":
            supported += 1
            continue
        line = f"{claim.id}: {claim.en} -> {result.verdict} {result.reason}"
        (contradicted if result.verdict == "contradicted" else unsupported).append(line)
    return EnglishMeasures(len(claims), with_figures, supported, len(contradicted),
                           contradicted + unsupported)


def _writer(script: str | None) -> Callable[[str], str]:
    """A text as OpenCC's ``script`` configuration writes it (as it is, without one)."""
    if not script:
        return lambda text: text
    import opencc

    return opencc.OpenCC(script).convert  # type: ignore[no-any-return]


class Speed(NamedTuple):
    per_s: float  # statements a second, the whole process (wall clock, best run)
    cpu_per_s: float  # statements a second of the process's CPU time (user + system)
    first: float  # seconds to the first verdict while stdin is still open


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def speed(kb_root: Path, statements: list[str], repeat: int = 3,
          env: dict[str, str] | None = None) -> Speed:
    """Statements a second through ``jjj compare -`` (wall clock and CPU time: on a
    machine shared with other jobs the CPU time is the steadier), and seconds to the first
    verdict while stdin is still open."""
    data = "\n".join(statements) + "\n"
    command = [sys.executable, "-m", "jjjcli", "compare", "-", "--kb", str(kb_root),
               "--format", "ndjson"]
    best = best_cpu = float("inf")
    for _ in range(repeat):
        start, cpu = time.perf_counter(), _children_cpu()
        subprocess.run(command, input=data, capture_output=True, text=True, check=False,
                       env=env)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, _children_cpu() - cpu)
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True, env=env)
    assert process.stdin is not None and process.stdout is not None
    start = time.perf_counter()
    process.stdin.write(statements[0] + "\n")
    process.stdin.flush()
    process.stdout.readline()
    first = time.perf_counter() - start
    process.stdin.close()
    process.stdout.read()
    process.wait()
    return Speed(len(statements) / best, len(statements) / best_cpu, first)


def scale_speed(sizes: list[int], data: Path, repeat: int) -> dict[str, float]:
    """``compare -`` on 1,000 generated statements (benchmarks/generate.py) at the shipped
    base and at generated bases of ``sizes`` claims (made once in ``data``), each through
    its cache (built before timing, in a fresh cache directory)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generate import generate, statements

    from jjjcli.kb import default_root

    lines = statements(1000)
    numbers: dict[str, float] = {}
    cache = Path(tempfile.mkdtemp(prefix="jjj-bench-cache-"))
    env = {k: v for k, v in os.environ.items() if k not in ("JJJ_KB", "JJJ_NO_CACHE")}
    env["JJJ_CACHE_DIR"] = str(cache)
    try:
        bases: list[tuple[str, Path]] = [("shipped", Path(default_root()))]
        for size in sizes:
            path = data / f"kb-{size}"
            if not (path / "sources.toml").is_file():
                generate(size, path)
            bases.append((f"{size // 1000}k", path))
        for name, root in bases:
            subprocess.run([sys.executable, "-m", "jjjcli", "search", "京津冀", "--kb",
                            str(root), "--format", "ids"], capture_output=True, env=env,
                           check=False)  # the cache, built
            measured = speed(root, lines, repeat, env)
            numbers[f"e_generated_{name}_per_s"] = round(measured.per_s, 1)
            numbers[f"e_generated_{name}_cpu_per_s"] = round(measured.cpu_per_s, 1)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return numbers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", default=None, help="knowledge base (default: the shipped one)")
    parser.add_argument("--show", type=int, default=0, help="print N failures of each kind")
    parser.add_argument("--no-speed", action="store_true", help="skip (d)")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--scale", default="",
                        help="also (e): compare - on 1,000 generated statements at the "
                        "shipped base and generated bases of these sizes (e.g. 10000,100000)")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parent / ".data",
                        help="where generated bases are kept (default: benchmarks/.data)")
    parser.add_argument("--scripts", default="s2t,s2twp",
                        help="(f): (a)–(c) again, written by these OpenCC configurations "
                        "(traditional characters; s2twp: with Taiwan's words); '' for none")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each speed measure (d)")
    parser.add_argument("--scale-repeat", type=int, default=1, help="runs of each (e) measure")
    args = parser.parse_args()
    kb = load_kb(args.kb)
    m = measure(kb)
    scripts = {script: measure(kb, script) for script in args.scripts.split(",") if script}
    numbers: dict[str, Any] = {
        "a_figures": m.cases,
        "a_supported_pct": round(100 * m.supported / m.cases, 1),
        "a_sentences": m.sentences,
        "a_sentences_contradicted": m.sentences_contradicted,
        "a_sentences_contradicted_pct": round(100 * m.sentences_contradicted / m.sentences, 1),
        "b_changed": m.changed,
        "b_contradicted_pct": round(100 * m.changed_contradicted / m.changed, 1),
        "b_supported": m.changed_supported,
        "c_statements": m.out_of_scope,
        "c_contradicted": m.out_of_scope_contradicted,
    }
    english = measure_english(kb)  # (g): the claims' own English
    numbers |= {
        "g_claims_english": english.with_figures,
        "g_supported_pct": round(100 * english.supported / english.with_figures, 1),
        "g_contradicted": english.contradicted,
    }
    for script, t in scripts.items():  # (f): the same in traditional characters
        numbers |= {
            f"f_{script}_a_supported_pct": round(100 * t.supported / t.cases, 1),
            f"f_{script}_a_sentences_contradicted": t.sentences_contradicted,
            f"f_{script}_b_contradicted_pct": round(100 * t.changed_contradicted / t.changed, 1),
            f"f_{script}_b_supported": t.changed_supported,
            f"f_{script}_c_contradicted": t.out_of_scope_contradicted,
        }
    if not args.no_speed:
        sentences = sorted({c.sentence for c in source_cases(kb)})
        measured = speed(kb.root, sentences, args.repeat)
        numbers["d_source_sentences_per_s"] = round(measured.per_s)
        numbers["d_source_sentences_cpu_per_s"] = round(measured.cpu_per_s)
        numbers["d_first_verdict_s"] = round(measured.first, 3)
        # short statements, as a reporter writes them (the 400/s bar)
        short = out_of_scope_statements() * 4 + [
            s.replace("2023年", f"{year}年") for year in (2022, 2023)
            for s in OTHER_STATEMENTS + OTHER_YEARS]
        measured = speed(kb.root, short, args.repeat)
        numbers["d_short_statements_per_s"] = round(measured.per_s)
        numbers["d_short_statements_cpu_per_s"] = round(measured.cpu_per_s)
        numbers["d_short_first_verdict_s"] = round(measured.first, 3)
    if args.scale:
        sizes = [int(n) for n in args.scale.split(",") if n.strip()]
        numbers.update(scale_speed(sizes, args.data, args.scale_repeat))
    if args.json:
        print(json.dumps(numbers, ensure_ascii=False))
    else:
        for key, value in numbers.items():
            print(f"{key:32} {value}")
    for kind, lines in m.failures.items():
        for line in lines[: args.show]:
            print(f"[{kind}] {line}")
    for line in english.failures[: args.show]:
        print(f"[g] {line}")


if __name__ == "__main__":
    main()
