"""Tables a person reads and copies from: at any width from 80 columns, an id, a citation
and a number are never split across lines, Chinese punctuation never starts a line, and a
narrow terminal gets a layout that still reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ASSETS, RunCli, load_cases
from jjjcli.kb import KnowledgeBase
from jjjcli.linebreak import NO_START, join_lines, text_width, wrap

WIDTHS = (80, 120, 200)
#: every other query of the relevance suite: what people type, over every source
QUERIES = [entry["q"] for entry in load_cases("relevance.toml", "query")][::2]
#: what a box draws around a cell
RULES = re.compile(r"[│┃┆╎║]")


def cells(line: str) -> list[str]:
    """The text of each cell on one drawn line (the whole line without a box)."""
    return [part.strip() for part in RULES.split(line)]


def drawn(jjj: RunCli, width: int, *args: str, code: int = 0) -> list[str]:
    result = jjj(*args, tty=True, env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.code == code, result.err
    lines = re.sub(r"\x1b\[[0-9;]*m", "", result.out).splitlines()
    assert all(text_width(line) <= width for line in lines), (width, args)
    return lines


def assert_no_punctuation_alone(lines: list[str]) -> None:
    for line in lines:
        for cell in cells(line):
            assert not cell or cell[0] not in NO_START, line


@pytest.mark.parametrize("width", WIDTHS)
def test_search_never_splits_an_id_or_a_figure(jjj: RunCli, kb: KnowledgeBase,
                                               width: int) -> None:
    for query in QUERIES:
        ids = jjj("search", *query.split(), "-f", "ids", "-n", "5").out.split()
        lines = drawn(jjj, width, "search", *query.split(), "-n", "5")
        whole = [c for line in lines for c in cells(line)]
        for claim_id in ids:
            assert claim_id in whole, (query, width, claim_id)  # the id alone in its cell
            for figure in kb.claims[claim_id].figures:
                raw = join_lines(figure.raw)
                assert any(raw in line for line in lines), (query, width, raw)
        assert_no_punctuation_alone(lines)


def test_narrow_terminals_get_one_block_per_result(jjj: RunCli) -> None:
    ids = jjj("search", "京津冀", "数字经济", "-f", "ids", "-n", "4").out.split()
    lines = drawn(jjj, 80, "search", "京津冀", "数字经济", "-n", "4")
    assert not any(RULES.search(line) for line in lines)
    assert [line for line in lines if line in ids] == ids  # each id on a line of its own
    wide = drawn(jjj, 200, "search", "京津冀", "数字经济", "-n", "4")
    assert any(RULES.search(line) for line in wide)  # the room is used for a table
    assert len(wide) < len(lines)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("claim_id", ["004-254-jjj-gdp-2023", "000-5-hitech-firms-2023",
                                      "004-755-binhai-hitech-cross-province-certificates"])
def test_show_keeps_the_citation_on_one_line(jjj: RunCli, claim_id: str, width: int) -> None:
    citation = jjj("cite", claim_id, "--style", "plain").out.strip()
    result = jjj("show", claim_id, tty=True, env={"COLUMNS": str(width), "NO_COLOR": "1"})
    lines = re.sub(r"\x1b\[[0-9;]*m", "", result.out).splitlines()
    assert f"cite: {citation}" in lines  # soft-wrapped by the terminal, never broken
    assert any(claim_id in line for line in lines)
    for line in lines:
        if not line.startswith("cite: "):
            assert text_width(line) <= width, line
    assert_no_punctuation_alone(lines)


def test_show_joins_the_source_lines_as_the_paragraph_rule_does(jjj: RunCli) -> None:
    """Paragraph 5 of 000 is broken over lines in the source; shown, no space is put
    between two Chinese characters."""
    data = jjj("show", "000-5-hitech-firms", "-f", "json").out
    assert "\n" in __import__("json").loads(data)["paragraph_text"]
    out = jjj("show", "000-5-hitech-firms", tty=True, env={"COLUMNS": "400"}).out
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "副中心已成为京津冀协同发展重要阵地" in plain
    assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", plain.split("cite: ")[1])


def test_join_lines_keeps_latin_words_apart() -> None:
    assert join_lines("京津冀已\n成为 经 审 查 立 案 4791 件") == "京津冀已成为经审查立案4791件"
    assert join_lines("GDP reached\n10.4 trillion\nyuan，同比") == "GDP reached 10.4 trillion yuan，同比"


def test_wrap_rules() -> None:
    text = "2023年，京津冀地区生产总值达到10.4万亿元，是2013年的1.9倍。In 2023 it reached 10.4 trillion yuan（现价）。"
    for width in range(12, 60):  # from the widest unit: 10.4万亿元
        lines = wrap(text, width)
        assert all(text_width(line) <= width for line in lines)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        assert all(line[0] not in NO_START for line in lines)
        assert all(line[-1] not in "（“" for line in lines)
        assert any("10.4万亿元" in line for line in lines)  # a figure stays whole
        assert "trillion" in " ".join(lines).split()


@pytest.mark.parametrize("width", WIDTHS)
def test_sources_read_at_any_width(jjj: RunCli, kb: KnowledgeBase, width: int) -> None:
    lines = drawn(jjj, width, "sources")
    whole = [c for line in lines for c in cells(line)]
    for source in kb.sources.values():
        assert any(line.startswith(source.file + " · ") for line in lines)
        for article in source.articles:
            assert article.id in whole and f"{article.first}-{article.last}" in whole
    assert_no_punctuation_alone(lines)
    if width == 80:
        assert len(lines) < 200
        header = next(line for line in lines if "┃" in line)
        assert cells(header)[1:6] == ["article", "¶", "page", "title", "authors"]


def test_compare_side_by_side_keeps_ids_whole(jjj: RunCli) -> None:
    ids = ("004-259-beijing-industrial-energy-intensity-decline",
           "004-259-tianjin-industrial-energy-intensity-decline")
    for width in WIDTHS:
        lines = drawn(jjj, width, "compare", *ids)
        whole = [c for line in lines for c in cells(line)]
        assert set(ids) <= set(whole), width
        assert_no_punctuation_alone(lines)
    narrow = drawn(jjj, 80, "compare", "--metric", "地区生产总值", "--subject", "京津冀")
    wide = drawn(jjj, 200, "compare", "--metric", "地区生产总值", "--subject", "京津冀")
    assert "004-254-jjj-gdp-2023" in narrow  # a block each, the id on its own line
    assert any(cells(line)[4:5] == ["004-254-jjj-gdp-2023"] for line in wide)


@pytest.mark.parametrize("width", WIDTHS)
def test_verdicts_keep_ids_and_figures_whole(jjj: RunCli, width: int) -> None:
    statement = "2023年京津冀地区生产总值10.9万亿元，是2014年的1.8倍"
    result = jjj("compare", statement, tty=True, env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.code == 1
    lines = re.sub(r"\x1b\[[0-9;]*m", "", result.out).splitlines()
    assert all(text_width(line) <= width for line in lines[1:])  # the statement may wrap
    whole = [c for line in lines for c in cells(line)]
    assert {"004-254-jjj-gdp-2023", "004-254-jjj-gdp-multiple-2014-2023", "10.9万亿元",
            "contradicted"} <= set(whole)
    assert "the source says" in " ".join(lines)  # the reason, beside or below


def test_mini_base_table(jjj: RunCli) -> None:
    lines = drawn(jjj, 120, "search", "1100家", "--kb", str(ASSETS / "mini_kb"))
    assert any(cells(line)[1:2] == ["000-5-hitech-firms"] for line in lines)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_checked_draft_keeps_ids_and_figures_whole(jjj: RunCli, tmp_path: Path,
                                                      width: int) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("2022年,北京、天津、河北万元地区生产总值能耗分别下降3.6%、2.0%、6.3%。\n"
                     "天津滨海—中关村科技园于2018年9月设立。\n", encoding="utf-8")
    result = jjj("compare", "--text", str(draft), tty=True,
                 env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.code == 1, result.err
    lines = re.sub(r"\x1b\[[0-9;]*m", "", result.out).splitlines()
    assert all(text_width(line) <= width for line in lines), width
    text = "\n".join(lines)
    for claim_id in ("004-259-hebei-gdp-energy-intensity-decline-2022",
                     "004-680-binhai-zgc-founded-date"):
        assert claim_id in text, (width, claim_id)  # on one line, never split
    for raw in ("6.3%", "2018年9月"):
        assert raw in text, (width, raw)
    assert "3.9%" in text  # the evidence: the source's figure and quote


@pytest.mark.parametrize("width", [80, 120, 160])
def test_a_verdicts_source_figure_has_its_whole_header(jjj: RunCli, width: int) -> None:
    """The "source says" column was as narrow as the figures (2016年9月: "source s…") even
    with the room to spare; its header is whole wherever it shows, and the reason stays
    where it was (beside at 160, below at 80)."""
    lines = drawn(jjj, width, "compare", "天津滨海—中关村科技园于2018年9月设立",
                  code=1)  # contradicted
    header = next(line for line in lines if "figure" in line and "verdict" in line)
    assert "source says" in header and "source s…" not in header
    assert ("why" in header) == (width >= 120)
    assert any("2016年9月" in line for line in lines)
