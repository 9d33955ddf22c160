"""`jjj cite`: each style against text written by hand from its rules, the record formats
through the parsers that read them, missing metadata, stdin, unknown ids and --copy.
(tests/test_cite_clients.py renders the records with pandoc, pybtex and rispy.)

The expected texts use tests/assets/cite_kb: 100 is a newspaper that prints its name, date,
page, title and two authors; 101 a magazine that prints its name, year, issue and the
article's page; 102 a newspaper text that prints a title and nothing else.
"""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import bibtexparser
import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter as citeproc_formatter
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON

from conftest import ASSETS, RunCli
from jjjcli import clipboard
from jjjcli.cite import FORMATS, STYLES, Cited, Work, cite, work_of
from jjjcli.cite.chinese import gbt7714_entry, markdown_citation, plain_citation
from jjjcli.cite.english import apa_entry, chicago_entry, chicago_note, mla_entry
from jjjcli.cite.model import quote_text
from jjjcli.cite.records import bibtex_entry
from jjjcli.kb import Claim, KnowledgeBase, load_kb

CITE_KB = ASSETS / "cite_kb"

NEWS_TITLE = "北京城市副中心高新技术企业突破1100家"
MAG_TITLE = "奋力谱写京津冀科技创新协同发展新篇章"
BARE_TITLE = "推动产业协同项目落地见效"

# 100-6-hitech-firms: a newspaper article, two authors, paragraph 6.
NEWSPAPER = {
    "gbt7714": f"[1] 赵鹏, 李华. {NEWS_TITLE}[N]. 协同发展报, 2024-01-10(4). 第6段.\n",
    "apa": "(赵鹏 & 李华, 2024, para. 6)\n\n"
           f"赵鹏, & 李华. (2024, January 10). {NEWS_TITLE}. 协同发展报, 4.\n",
    # The section (区域经济) and the comma of ", and" are what the Chicago CSL style prints.
    "chicago": f"1. 赵鹏 and 李华, “{NEWS_TITLE},” 区域经济, 协同发展报, January 10, 2024, "
               "par. 6.\n\n"
               f"赵鹏, and 李华. “{NEWS_TITLE}.” 区域经济. 协同发展报, January 10, 2024.\n",
    "mla": "(赵鹏 and 李华, par. 6)\n\n"
           f"赵鹏, and 李华. “{NEWS_TITLE}.” 协同发展报, 10 Jan. 2024, p. 4.\n",
    "plain": f"赵鹏、李华：《{NEWS_TITLE}》，《协同发展报》2024年1月10日，第4版，第6段。\n",
    "markdown": f"[^100-6-hitech-firms]: 赵鹏、李华：《{NEWS_TITLE}》，《协同发展报》"
                "2024年1月10日，第4版，第6段。\n",
}

# 101-6-gdp: a magazine article, one author, year and issue but no volume, page 61.
MAGAZINE = {
    "gbt7714": f"[1] 张继红. {MAG_TITLE}[J]. 天津支部生活, 2024(2): 61. 第6段.\n",
    "apa": f"(张继红, 2024, para. 6)\n\n张继红. (2024). {MAG_TITLE}. 天津支部生活, (2), 61.\n",
    "chicago": f"1. 张继红, “{MAG_TITLE},” 天津支部生活, no. 2 (2024), par. 6.\n\n"
               f"张继红. “{MAG_TITLE}.” 天津支部生活, no. 2 (2024): 61.\n",
    "mla": f"(张继红, par. 6)\n\n张继红. “{MAG_TITLE}.” 天津支部生活, no. 2, 2024, p. 61.\n",
    "plain": f"张继红：《{MAG_TITLE}》，《天津支部生活》2024年第2期，第61页，第6段。\n",
    "markdown": f"[^101-6-gdp]: 张继红：《{MAG_TITLE}》，《天津支部生活》2024年第2期，"
                "第61页，第6段。\n",
}

# 100-7-cyber-security-firms with --quote: a quote across a page break, paragraphs 7-8.
QUOTE = "在网安园集聚区影响力下，目前已吸引230余家企业注册落地"
QUOTED_RANGE = {
    "gbt7714": f"[1] 赵鹏, 李华. {NEWS_TITLE}[N]. 协同发展报, 2024-01-10(4). "
               f"第7-8段: “{QUOTE}”.\n",
    "apa": f"“{QUOTE}” (赵鹏 & 李华, 2024, paras. 7–8)\n\n"
           f"赵鹏, & 李华. (2024, January 10). {NEWS_TITLE}. 协同发展报, 4.\n",
    "chicago": f"1. 赵鹏 and 李华, “{NEWS_TITLE},” 区域经济, 协同发展报, January 10, 2024, "
               f"pars. 7–8: “{QUOTE}”.\n\n"
               f"赵鹏, and 李华. “{NEWS_TITLE}.” 区域经济. 协同发展报, January 10, 2024.\n",
    "mla": f"“{QUOTE}” (赵鹏 and 李华, pars. 7-8)\n\n"
           f"赵鹏, and 李华. “{NEWS_TITLE}.” 协同发展报, 10 Jan. 2024, p. 4.\n",
    "plain": f"赵鹏、李华：《{NEWS_TITLE}》，《协同发展报》2024年1月10日，第4版，"
             f"第7—8段：“{QUOTE}”。\n",
    "markdown": f"[^100-7-cyber-security-firms]: 赵鹏、李华：《{NEWS_TITLE}》，《协同发展报》"
                f"2024年1月10日，第4版，第7—8段：“{QUOTE}”。\n",
}

# 102-2-projects: only the title is printed; nothing is invented, no empty commas. Without
# the newspaper's name, APA and Chicago set the title as a whole work's (italic, not quoted)
# and Chicago says n.d., as their CSL styles do.
BARE = {
    "gbt7714": f"[1] {BARE_TITLE}[N]. 第2段.\n",
    "apa": f"({BARE_TITLE}, n.d., para. 2)\n\n{BARE_TITLE}. (n.d.).\n",
    "chicago": f"1. {BARE_TITLE}, n.d., par. 2.\n\n{BARE_TITLE}. n.d.\n",
    "mla": f"(“{BARE_TITLE},” par. 2)\n\n“{BARE_TITLE}.”\n",
    "plain": f"《{BARE_TITLE}》，第2段。\n",
    "markdown": f"[^102-2-projects]: 《{BARE_TITLE}》，第2段。\n",
}


@pytest.fixture(scope="module")
def cite_kb() -> KnowledgeBase:
    return load_kb(CITE_KB)


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    """A private copy of the citation knowledge base, for tests that edit sources.toml."""
    target = tmp_path / "cite_kb"
    shutil.copytree(CITE_KB, target)
    return target


def _ref(kb: KnowledgeBase, claim_id: str, **changes: Any) -> tuple[Work, Claim]:
    claim = kb.resolve(claim_id)
    return work_of(kb, claim).replace(**changes), claim


def test_fixture_knowledge_base_is_clean(jjj: RunCli) -> None:
    result = jjj("check", "--kb", str(CITE_KB))
    assert result.code == 0, result.out
    assert "0 problems, 0 uncovered figures" in result.out


# --- each style, by hand from its rules -------------------------------------------------------

@pytest.mark.parametrize("style", STYLES)
def test_newspaper(jjj: RunCli, style: str) -> None:
    result = jjj("cite", "100-6-hitech-firms", "--style", style, "--kb", str(CITE_KB))
    assert (result.code, result.err) == (0, "")
    assert result.out == NEWSPAPER[style]


@pytest.mark.parametrize("style", STYLES)
def test_magazine(jjj: RunCli, style: str) -> None:
    result = jjj("cite", "101-6-gdp", "--style", style, "--kb", str(CITE_KB))
    assert (result.code, result.err) == (0, "")
    assert result.out == MAGAZINE[style]


@pytest.mark.parametrize("style", STYLES)
def test_quote_across_a_page_break(jjj: RunCli, style: str) -> None:
    result = jjj("cite", "100-7-cyber-security-firms", "--style", style, "--quote",
                 "--kb", str(CITE_KB))
    assert (result.code, result.err) == (0, "")
    assert result.out == QUOTED_RANGE[style]


def test_default_style_is_gbt7714(jjj: RunCli) -> None:
    result = jjj("cite", "101-6-gdp", "--kb", str(CITE_KB))
    assert result.out == MAGAZINE["gbt7714"]


def test_quote_drops_print_extraction_spaces(jjj: RunCli) -> None:
    # The claim quotes "超过 430亿元" as extracted; the citation prints it as the page does.
    result = jjj("cite", "100-6-digital-revenue", "-q", "--kb", str(CITE_KB))
    assert result.out == (f"[1] 赵鹏, 李华. {NEWS_TITLE}[N]. 协同发展报, 2024-01-10(4). "
                          "第6段: “2023年，副中心数字经济核心产业收入超过430亿元”.\n")


def test_output_is_the_same_on_a_terminal(jjj: RunCli) -> None:
    piped = jjj("cite", "100-6-hitech-firms", "-s", "apa", "--kb", str(CITE_KB))
    shown = jjj("cite", "100-6-hitech-firms", "-s", "apa", "--kb", str(CITE_KB), tty=True)
    assert shown.out == piped.out == NEWSPAPER["apa"]


# --- several ids --------------------------------------------------------------------------------

def test_claims_of_one_article_make_one_reference(jjj: RunCli) -> None:
    result = jjj("cite", "100-6-hitech-firms", "101-6-gdp", "100-7-cyber-security-firms",
                 "--kb", str(CITE_KB))
    assert result.out == (
        f"[1] 赵鹏, 李华. {NEWS_TITLE}[N]. 协同发展报, 2024-01-10(4). 第6段, 第7-8段.\n"
        + MAGAZINE["gbt7714"].replace("[1]", "[2]"))
    quoted = jjj("cite", "100-6-hitech-firms", "100-7-cyber-security-firms", "-q",
                 "--kb", str(CITE_KB))
    assert quoted.out == (f"[1] 赵鹏, 李华. {NEWS_TITLE}[N]. 协同发展报, 2024-01-10(4). "
                          "第6段: “2023年，副中心数字经济核心产业收入超过430亿元，高新技术企业超过1100家”; "
                          f"第7-8段: “{QUOTE}”.\n")


def test_several_ids_are_numbered_in_gbt7714(jjj: RunCli) -> None:
    result = jjj("cite", "100-6-hitech-firms", "101-6-gdp", "102-2-projects",
                 "--kb", str(CITE_KB))
    assert result.out == (NEWSPAPER["gbt7714"] + MAGAZINE["gbt7714"].replace("[1]", "[2]")
                          + BARE["gbt7714"].replace("[1]", "[3]"))


def test_several_ids_list_each_reference_once(jjj: RunCli) -> None:
    result = jjj("cite", "100-6-hitech-firms", "100-7-cyber-security-firms", "101-6-gdp",
                 "--style", "apa", "--kb", str(CITE_KB))
    assert result.out == (
        "(赵鹏 & 李华, 2024, para. 6)\n"
        "(赵鹏 & 李华, 2024, paras. 7–8)\n"
        "(张继红, 2024, para. 6)\n"
        "\n"  # the reference list in alphabetical order (APA 9.44)
        f"张继红. (2024). {MAG_TITLE}. 天津支部生活, (2), 61.\n"
        f"赵鹏, & 李华. (2024, January 10). {NEWS_TITLE}. 协同发展报, 4.\n"
    )


def test_chicago_notes_are_numbered(jjj: RunCli) -> None:
    result = jjj("cite", "101-6-gdp", "100-6-hitech-firms", "-s", "chicago", "--kb",
                 str(CITE_KB))
    notes, bibliography = result.out.split("\n\n")
    assert notes.splitlines() == [
        f"1. 张继红, “{MAG_TITLE},” 天津支部生活, no. 2 (2024), par. 6.",
        f"2. 赵鹏 and 李华, “{NEWS_TITLE},” 区域经济, 协同发展报, January 10, 2024, par. 6.",
    ]
    assert len(bibliography.splitlines()) == 2


def test_same_authors_same_year_get_letters_in_apa(jjj: RunCli, kb_copy: Path) -> None:
    # Split the newspaper page into two articles by the same authors (APA 8.19: 2024a, 2024b).
    toml = kb_copy / "sources.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace('id = "100-a1"\nparagraphs = [4, 8]', 'id = "100-a1"\nparagraphs = [4, 6]')
    text = text.replace('[[source]]\nfile = "101', (
        '[[source.article]]\nid = "100-a2"\nparagraphs = [7, 8]\n'
        'title = { value = "网安园集聚企业超230家", paragraph = 0, from = "a test" }\n'
        'authors = [{ value = "赵鹏", paragraph = 5 }, { value = "李华", paragraph = 5 }]\n'
        'page = { value = "4", printed = "第04版", paragraph = 3 }\n\n'
        '[[source]]\nfile = "101'), 1)
    toml.write_text(text, encoding="utf-8")
    result = jjj("cite", "100-7-cyber-security-firms", "100-6-hitech-firms", "-s", "apa",
                 "--kb", str(kb_copy))
    assert result.out == (
        "(赵鹏 & 李华, 2024b, paras. 7–8)\n"
        "(赵鹏 & 李华, 2024a, para. 6)\n"
        "\n"
        f"赵鹏, & 李华. (2024a, January 10). {NEWS_TITLE}. 协同发展报, 4.\n"
        "赵鹏, & 李华. (2024b, January 10). 网安园集聚企业超230家. 协同发展报, 4.\n"
    )


# --- missing metadata ----------------------------------------------------------------------------

@pytest.mark.parametrize("style", STYLES)
def test_missing_metadata_is_left_out_and_named(jjj: RunCli, style: str) -> None:
    result = jjj("cite", "102-2-projects", "--style", style, "--kb", str(CITE_KB))
    assert result.code == 0
    assert result.out == BARE[style]
    lines = result.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("jjj: warning: 102-2-projects: not printed in the source, "
                               "left out of the citation: authors, publication, date, page;")
    assert f'{CITE_KB / "sources.toml"}:36 ([[source]] file = "102_cite_bare.txt", ' \
           'article "102-a1")' in lines[0]
    assert 'paragraph = 0 and from = ' in lines[0]


def test_one_warning_per_reference(jjj: RunCli) -> None:
    result = jjj("cite", "102-2-projects", "100-6-hitech-firms", "102-2-investment",
                 "--kb", str(CITE_KB))
    warned = [line.split(":")[2].strip() for line in result.err.splitlines()]
    assert warned == ["102-2-projects, 102-2-investment"]  # one article, one warning


def test_supplied_metadata_is_used(jjj: RunCli, kb_copy: Path) -> None:
    toml = kb_copy / "sources.toml"
    text = toml.read_text(encoding="utf-8").replace(
        'evidence = { value = "本报讯", paragraph = 2 }\n',
        'evidence = { value = "本报讯", paragraph = 2 }\n'
        'publication = { value = "示例日报", paragraph = 0, from = "the paper copy" }\n'
        'date = { value = "2023-11-30", paragraph = 0, from = "the paper copy" }\n')
    toml.write_text(text, encoding="utf-8")
    assert jjj("check", "--kb", str(kb_copy)).code == 0
    result = jjj("cite", "102-2-projects", "--kb", str(kb_copy))
    assert result.out == f"[1] {BARE_TITLE}[N]. 示例日报, 2023-11-30. 第2段.\n"
    assert "left out of the citation: authors, page;" in result.err
    plain = jjj("cite", "102-2-projects", "-s", "plain", "--kb", str(kb_copy))
    assert plain.out == f"《{BARE_TITLE}》，《示例日报》2023年11月30日，第2段。\n"


def test_a_date_that_is_not_iso_is_named(jjj: RunCli, kb_copy: Path) -> None:
    toml = kb_copy / "sources.toml"
    text = toml.read_text(encoding="utf-8").replace(
        'date = { value = "2024-01-10", printed = "2024年1月10日", paragraph = 2 }',
        'date = { value = "2024年1月10日", paragraph = 2 }')
    toml.write_text(text, encoding="utf-8")
    result = jjj("cite", "100-6-hitech-firms", "--kb", str(kb_copy))
    assert result.out == f"[1] 赵鹏, 李华. {NEWS_TITLE}[N]. 协同发展报(4). 第6段.\n"
    assert "date (not YYYY-MM-DD: '2024年1月10日')" in result.err


# --- ids: stdin, prefixes, unknown ids, usage errors ---------------------------------------------

def test_ids_from_stdin(jjj: RunCli) -> None:
    result = jjj("cite", "-", "--kb", str(CITE_KB),
                 input="100-6-hitech-firms\n\n  101-6-gdp  \n\n")
    assert result.code == 0
    assert result.out == NEWSPAPER["gbt7714"] + MAGAZINE["gbt7714"].replace("[1]", "[2]")


def test_ids_from_arguments_and_stdin(jjj: RunCli) -> None:
    result = jjj("cite", "101-6-gdp", "-", "--kb", str(CITE_KB), input="100-6-hitech\n")
    assert result.out == MAGAZINE["gbt7714"] + NEWSPAPER["gbt7714"].replace("[1]", "[2]")


def test_search_ids_pipe_into_cite(jjj: RunCli) -> None:
    # What `jjj search … --format ids` prints: one id a line.
    ids = "\n".join(["100-6-hitech-firms", "100-6-hitech-firms"]) + "\n"
    result = jjj("cite", "-", "--kb", str(CITE_KB), input=ids)
    assert result.out == NEWSPAPER["gbt7714"]  # each claim cited once


def test_empty_stdin_is_a_usage_error(jjj: RunCli) -> None:
    result = jjj("cite", "-", "--kb", str(CITE_KB), input="\n\n")
    assert result.code == 2
    assert result.out == ""
    assert "no claim ids given" in result.err


def test_invalid_utf8_on_stdin(jjj: RunCli) -> None:
    result = jjj("cite", "-", "--kb", str(CITE_KB), input=b"\xff\xfe\n")
    assert result.code == 2
    assert "not valid UTF-8" in result.err


def test_unknown_id_suggests(jjj: RunCli) -> None:
    result = jjj("cite", "101-6-gdp", "100-6-hitec-firmz", "--kb", str(CITE_KB))
    assert result.code == 1
    assert result.out == ""  # nothing is cited until every id is known
    assert result.err.startswith("jjj: no claim with id '100-6-hitec-firmz' (did you mean: "
                                 "100-6-hitech-firms")
    assert len(result.err.splitlines()) == 1


def test_ambiguous_prefix_lists_the_candidates(jjj: RunCli) -> None:
    result = jjj("cite", "100-6", "--kb", str(CITE_KB))
    assert result.code == 1
    assert "did you mean: 100-6-digital-revenue [" in result.err
    assert ", 100-6-hitech-firms [高新技术企业数量, 北京城市副中心, 2023]?" in result.err


@pytest.mark.parametrize(("option", "value"), [("--style", "harvard"), ("--format", "docx")])
def test_unknown_style_or_format_is_a_usage_error(jjj: RunCli, option: str, value: str) -> None:
    result = jjj("cite", "101-6-gdp", option, value, "--kb", str(CITE_KB))
    assert result.code == 2
    assert result.out == ""
    assert f"{option} must be one of" in result.err


def test_no_id_is_a_usage_error(jjj: RunCli) -> None:
    result = jjj("cite", "--kb", str(CITE_KB))
    assert result.code == 2
    assert "Traceback" not in result.err


# --- records for reference managers ---------------------------------------------------------------

ALL_IDS = ("100-6-hitech-firms", "101-6-gdp", "100-7-cyber-security-firms", "102-2-projects")
KEYS = ["jjj-100-a1", "jjj-101-a1", "jjj-102-a1"]  # one record per article


def test_bibtex_parses(jjj: RunCli) -> None:
    result = jjj("cite", *ALL_IDS, "--format", "bibtex", "--kb", str(CITE_KB))
    library = bibtexparser.parse_string(result.out)
    assert library.failed_blocks == []
    assert [e.key for e in library.entries] == KEYS
    news, magazine, bare = ({f.key: f.value for f in e.fields} for e in library.entries)
    assert [e.entry_type for e in library.entries] == ["article", "article", "misc"]
    assert news == {
        "author": "{赵鹏} and {李华}", "title": NEWS_TITLE, "journal": "协同发展报",
        "year": "2024", "month": "jan", "pages": "4",
    }
    assert magazine == {
        "author": "{张继红}", "title": MAG_TITLE, "journal": "天津支部生活", "year": "2024",
        "number": "2", "pages": "61",
    }
    assert bare == {"title": BARE_TITLE}  # no author, journal or year: @misc needs none
    # The pinpoints are citations, shown as LaTeX in a comment before each entry.
    assert result.out.startswith("% \\cite[第6段]{jjj-100-a1}; \\cite[第7-8段]{jjj-100-a1}\n")


def test_biblatex_has_its_own_fields(jjj: RunCli) -> None:
    result = jjj("cite", *ALL_IDS, "--format", "biblatex", "--kb", str(CITE_KB))
    library = bibtexparser.parse_string(result.out)
    assert library.failed_blocks == []
    assert [e.entry_type for e in library.entries] == ["article", "article", "misc"]
    news = {f.key: f.value for f in library.entries[0].fields}
    assert news == {
        "author": "{赵鹏} and {李华}", "title": NEWS_TITLE, "journaltitle": "协同发展报",
        "date": "2024-01-10", "pages": "4", "entrysubtype": "newspaper", "langid": "chinese",
    }


def test_bibtex_with_quote(jjj: RunCli) -> None:
    result = jjj("cite", "100-7-cyber-security-firms", "-f", "bibtex", "-q", "--kb",
                 str(CITE_KB))
    assert result.out.splitlines()[0] == f"% \\cite[第7-8段]{{jjj-100-a1}} “{QUOTE}”"
    assert bibtexparser.parse_string(result.out).failed_blocks == []


def test_bibtex_escapes_special_characters(cite_kb: KnowledgeBase) -> None:
    work, claim = _ref(cite_kb, "101-6-gdp", title="增长3.7% & {A}_B#1 ~$x^2\\")
    library = bibtexparser.parse_string(bibtex_entry(Cited(work, (claim,))))
    assert library.failed_blocks == []
    assert library.entries[0].fields_dict["title"].value == (
        r"增长3.7\% \& \{A\}\_B\#1 \textasciitilde{}\$x\textasciicircum{}2\textbackslash{}")


CSL_VARIABLES = {"id", "type", "title", "author", "container-title", "issued", "issue",
                 "page", "section", "language", "note", "ISSN", "publisher",
                 "original-publisher", "original-date"}


def test_csl_json_is_one_array_of_records(jjj: RunCli) -> None:
    result = jjj("cite", *ALL_IDS, "--format", "csl-json", "--kb", str(CITE_KB))
    items = json.loads(result.out)
    assert [item["id"] for item in items] == KEYS
    assert items[0] == {
        "id": "jjj-100-a1", "type": "article-newspaper", "title": NEWS_TITLE,
        "author": [{"literal": "赵鹏"}, {"literal": "李华"}], "container-title": "协同发展报",
        "issued": {"date-parts": [[2024, 1, 10]]}, "page": "4", "section": "区域经济",
        "language": "zh-CN",
    }
    assert items[1]["type"] == "article-journal"  # cited by issue, not by date
    assert items[1]["issued"] == {"date-parts": [[2024]]}
    assert (items[1]["issue"], items[1]["page"]) == ("2", "61")
    assert items[2] == {"id": "jjj-102-a1", "type": "article-newspaper",
                        "title": BARE_TITLE, "language": "zh-CN"}
    for item in items:
        assert set(item) <= CSL_VARIABLES


def test_csl_json_renders_with_citeproc(jjj: RunCli) -> None:
    result = jjj("cite", *ALL_IDS, "-f", "csl-json", "--kb", str(CITE_KB))
    items = json.loads(result.out)
    # The pinpoints go to the citation items, as a citation processor expects them.
    cites = [CitationItem("jjj-100-a1", locator=Locator("paragraph", "6")),
             CitationItem("jjj-101-a1", locator=Locator("paragraph", "6")),
             CitationItem("jjj-100-a1", locator=Locator("paragraph", "7-8")),
             CitationItem("jjj-102-a1", locator=Locator("paragraph", "2"))]
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items),
                                              citeproc_formatter.plain)
    citations = [Citation([item]) for item in cites]
    for citation in citations:
        bibliography.register(citation)
    rendered = [str(bibliography.cite(c, pytest.fail)) for c in citations]
    assert rendered == ["(赵鹏 and 李华, 2024, para. 6)", "(张继红, 2024, para. 6)",
                        "(赵鹏 and 李华, 2024, paras. 7–8)", "(no date, para. 2)"]
    entries = [str(entry) for entry in bibliography.bibliography()]
    assert len(entries) == 3  # the article cited twice is listed once
    assert any(f"“{NEWS_TITLE}”, 协同发展报" in entry for entry in entries)


def test_pandoc_citations(jjj: RunCli) -> None:
    english = jjj("cite", *ALL_IDS, "-f", "pandoc", "-s", "apa", "--kb", str(CITE_KB))
    assert english.out == ("[@jjj-100-a1, para. 6]\n[@jjj-100-a1, paras. 7–8]\n"
                           "[@jjj-101-a1, para. 6]\n[@jjj-102-a1, para. 2]\n")
    chinese = jjj("cite", "101-6-gdp", "-f", "pandoc", "-q", "--kb", str(CITE_KB))
    assert chinese.out == "“2023年京津冀经济总量达到10.4万亿元” [@jjj-101-a1, {}, 第6段]\n"


def parse_ris(text: str) -> list[list[tuple[str, str]]]:
    """A strict RIS reader: `XX  - value` lines, TY first, ER last, blank lines between."""
    records: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] | None = None
    for line in text.split("\n"):
        if line == "":
            assert current is None, "blank line inside a record"
            continue
        match = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", line)
        assert match, f"not a RIS line: {line!r}"
        tag, value = match.groups()
        if current is None:
            assert tag == "TY", "a record must start with TY"
            current = []
        current.append((tag, value))
        if tag == "ER":
            assert value == ""
            records.append(current)
            current = None
    assert current is None, "the last record has no ER"
    return records


def test_ris_parses(jjj: RunCli) -> None:
    result = jjj("cite", *ALL_IDS, "--format", "ris", "--kb", str(CITE_KB))
    news, magazine, bare = parse_ris(result.out)
    assert news == [
        ("TY", "NEWS"), ("ID", "jjj-100-a1"), ("AU", "赵鹏"), ("AU", "李华"),
        ("TI", NEWS_TITLE), ("T2", "协同发展报"), ("JO", "协同发展报"), ("PY", "2024"), ("DA", "2024/01/10/"),
        ("SP", "4"), ("SE", "区域经济"), ("LA", "zh-CN"), ("N1", "jjj: 第6段; 第7-8段"),
        ("ER", ""),
    ]
    assert magazine == [
        ("TY", "MGZN"), ("ID", "jjj-101-a1"), ("AU", "张继红"), ("TI", MAG_TITLE),
        ("T2", "天津支部生活"), ("JO", "天津支部生活"), ("PY", "2024"), ("IS", "2"), ("SP", "61"), ("LA", "zh-CN"),
        ("N1", "jjj: 第6段"), ("ER", ""),
    ]
    assert bare == [("TY", "NEWS"), ("ID", "jjj-102-a1"), ("TI", BARE_TITLE),
                    ("LA", "zh-CN"), ("N1", "jjj: 第2段"), ("ER", "")]


def test_ris_with_quote(jjj: RunCli) -> None:
    result = jjj("cite", "101-6-gdp", "-f", "ris", "-q", "--kb", str(CITE_KB))
    (record,) = parse_ris(result.out)
    assert ("N1", "jjj: 第6段: “2023年京津冀经济总量达到10.4万亿元”") in record


def test_records_warn_about_missing_metadata_too(jjj: RunCli) -> None:
    result = jjj("cite", "102-2-projects", "-f", "ris", "--kb", str(CITE_KB))
    assert "left out of the citation: authors, publication, date, page;" in result.err


def test_style_does_not_change_records(jjj: RunCli) -> None:
    plain = jjj("cite", *ALL_IDS, "-f", "csl-json", "--kb", str(CITE_KB))
    styled = jjj("cite", *ALL_IDS, "-f", "csl-json", "-s", "mla", "--kb", str(CITE_KB))
    assert plain.out == styled.out


# --- the rules on names, titles and quotes, on constructed references ----------------------------

NAMES = tuple("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌")  # 21 one-character "names"


def test_many_authors(cite_kb: KnowledgeBase) -> None:
    four, claim = _ref(cite_kb, "101-6-gdp", authors=NAMES[:4])
    assert gbt7714_entry(Cited(four, (claim,)), 1, False).startswith("[1] 甲, 乙, 丙, 等. ")
    assert plain_citation(four, claim, False).startswith("甲等：")
    assert chicago_note(four, claim, 1, False).startswith("1. 甲 et al., “")
    assert chicago_entry(four).startswith("甲, 乙, 丙, and 丁. “")
    assert mla_entry(four).startswith("甲, et al. “")
    three, claim = _ref(cite_kb, "101-6-gdp", authors=NAMES[:3])
    assert apa_entry(three, "").startswith("甲, 乙, & 丙. (2024).")
    assert chicago_note(three, claim, 1, False).startswith("1. 甲, 乙, and 丙, “")
    many, claim = _ref(cite_kb, "101-6-gdp", authors=NAMES)
    assert apa_entry(many, "").startswith(", ".join(NAMES[:19]) + ", . . . 戌. (2024).")
    assert chicago_entry(many).startswith(", ".join(NAMES[:7]) + ", et al. “")


def test_titles_with_their_own_punctuation(cite_kb: KnowledgeBase) -> None:
    work, claim = _ref(cite_kb, "101-6-gdp", title="雄安新区：“未来之城”阔步向前？")
    assert chicago_note(work, claim, 1, False).startswith(
        "1. 张继红, “雄安新区：‘未来之城’阔步向前？” 天津")
    assert mla_entry(work).startswith("张继红. “雄安新区：‘未来之城’阔步向前？” 天津")
    assert apa_entry(work, "").startswith("张继红. (2024). 雄安新区：“未来之城”阔步向前？ 天津")
    assert plain_citation(work, claim, False).startswith("张继红：《雄安新区：“未来之城”阔步向前？》")


def test_title_marks_nest(cite_kb: KnowledgeBase) -> None:
    work, claim = _ref(cite_kb, "101-6-gdp", title="《京津冀协同发展规划纲要》实施十年")
    assert plain_citation(work, claim, False).startswith("张继红：《〈京津冀协同发展规划纲要〉实施十年》")


def test_quote_inside_quotation_marks_nests(cite_kb: KnowledgeBase) -> None:
    _work, claim = _ref(cite_kb, "101-6-gdp")
    assert quote_text(claim.replace(quote="打造“轨道上的京津冀”")) == "打造‘轨道上的京津冀’"


def test_markdown_escapes_its_syntax(cite_kb: KnowledgeBase) -> None:
    work, claim = _ref(cite_kb, "101-6-gdp", title="*重点*_[项目]")
    assert markdown_citation(work, claim, False).startswith(
        r"[^101-6-gdp]: 张继红：《\*重点\*\_\[项目\]》")


def test_every_style_and_format_for_every_fixture_claim(cite_kb: KnowledgeBase) -> None:
    claims = list(cite_kb)
    for style in STYLES:
        for quote in (False, True):
            assert cite(cite_kb, claims, style=style, quote=quote).text.endswith("\n")
    for fmt in FORMATS[1:]:
        assert cite(cite_kb, claims, fmt=fmt).text


# --- --copy ------------------------------------------------------------------------------------------

@pytest.fixture
def no_system_clipboard(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No clipboard tool, no display, not over ssh; /dev/tty is a file the test reads."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", *clipboard.SSH_VARIABLES):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: None)
    tty = tmp_path / "tty"
    monkeypatch.setattr(clipboard, "TTY", str(tty))
    return tty


def test_copy_sends_osc52_to_the_terminal_and_still_prints(
    jjj: RunCli, no_system_clipboard: Path
) -> None:
    result = jjj("cite", "101-6-gdp", "--copy", "--kb", str(CITE_KB))
    assert result.code == 0
    assert result.out == MAGAZINE["gbt7714"]  # stdout is untouched: no escape in the pipe
    assert result.err == "jjj: copied to the clipboard (OSC 52)\n"
    sequence = no_system_clipboard.read_text(encoding="ascii")
    assert sequence.startswith("\x1b]52;c;") and sequence.endswith("\x07")
    assert base64.b64decode(sequence[7:-1]).decode("utf-8") == MAGAZINE["gbt7714"].rstrip("\n")


def test_copy_without_any_clipboard_warns_and_still_prints(
    jjj: RunCli, monkeypatch: pytest.MonkeyPatch, no_system_clipboard: Path, tmp_path: Path
) -> None:
    monkeypatch.setattr(clipboard, "TTY", str(tmp_path / "no" / "tty"))  # no terminal
    result = jjj("cite", "101-6-gdp", "--copy", "--kb", str(CITE_KB))
    assert result.code == 0
    assert result.out == MAGAZINE["gbt7714"]
    assert result.err.startswith("jjj: warning: not copied: no clipboard")


class FakeRun:
    """Stands in for subprocess.run, recording what each clipboard tool was given."""

    def __init__(self, failing: tuple[str, ...] = (), hanging: tuple[str, ...] = ()) -> None:
        self.calls: list[tuple[list[str], bytes, dict[str, str]]] = []
        self.failing, self.hanging = failing, hanging

    def __call__(self, argv: list[str], *, input: bytes, env: dict[str, str],
                 **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        self.calls.append((argv, input, env))
        assert kwargs["timeout"] == clipboard.TIMEOUT
        assert kwargs["stdout"] == kwargs["stderr"] == subprocess.DEVNULL
        name = Path(argv[0]).name
        if name in self.hanging:
            raise subprocess.TimeoutExpired(argv, clipboard.TIMEOUT)
        return subprocess.CompletedProcess(argv, 1 if name in self.failing else 0)


@pytest.fixture
def all_tools(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: f"/usr/bin/{name}")


def _names(env: dict[str, str]) -> list[str]:
    return [tool.argv[0] for tool, _path in clipboard.usable_tools(env)]


@pytest.mark.usefixtures("all_tools")
def test_which_clipboard_tools_can_reach_the_user() -> None:
    assert _names({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}) == [
        "wl-copy", "xclip", "xsel", "pbcopy", "clip.exe"]
    assert _names({}) == ["pbcopy", "clip.exe"]
    # Over ssh the remote machine's clipboard is the wrong one, unless X is forwarded.
    assert _names({"SSH_CONNECTION": "10.0.0.1 5000 10.0.0.2 22"}) == []
    assert _names({"SSH_TTY": "/dev/pts/1", "DISPLAY": "localhost:10.0"}) == ["xclip", "xsel"]


@pytest.mark.usefixtures("all_tools")
def test_copy_uses_the_first_tool_that_works(monkeypatch: pytest.MonkeyPatch) -> None:
    run = FakeRun(failing=("xclip",))
    monkeypatch.setattr(clipboard.subprocess, "run", run)
    assert clipboard.copy("赵鹏", env={"DISPLAY": ":0"}) == "xsel"
    assert [call[0] for call in run.calls] == [
        ["/usr/bin/xclip", "-selection", "clipboard", "-in"],
        ["/usr/bin/xsel", "--clipboard", "--input"]]
    assert run.calls[-1][1] == "赵鹏".encode()


@pytest.mark.usefixtures("all_tools")
def test_tools_get_the_encoding_they_read(monkeypatch: pytest.MonkeyPatch) -> None:
    run = FakeRun(failing=("pbcopy",))
    monkeypatch.setattr(clipboard.subprocess, "run", run)
    assert clipboard.copy("第6段", env={}) == "clip.exe"
    (pbcopy, _, pbcopy_env), (clip, data, _) = run.calls
    assert pbcopy == ["/usr/bin/pbcopy"] and pbcopy_env["LANG"] == "en_US.UTF-8"
    assert clip == ["/usr/bin/clip.exe"] and data == "第6段".encode("utf-16-le")


@pytest.mark.usefixtures("all_tools")
def test_a_hanging_tool_falls_back_to_osc52(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    monkeypatch.setattr(clipboard.subprocess, "run", FakeRun(hanging=("wl-copy",)))
    monkeypatch.setattr(clipboard, "TTY", str(tmp_path / "tty"))
    assert clipboard.copy("x", env={"WAYLAND_DISPLAY": "wayland-0", "SSH_TTY": "/dev/pts/0"}) \
        == "OSC 52"
    assert (tmp_path / "tty").read_text() == clipboard.osc52_sequence("x")


def test_osc52_refuses_what_terminals_would_drop(no_system_clipboard: Path) -> None:
    with pytest.raises(clipboard.ClipboardError, match="too many"):
        clipboard.copy("京" * clipboard.OSC52_LIMIT, env={})
    assert not no_system_clipboard.exists()


def test_osc52_goes_to_stderr_when_it_is_the_terminal(
    monkeypatch: pytest.MonkeyPatch, no_system_clipboard: Path, tmp_path: Path
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(clipboard, "TTY", str(tmp_path / "no" / "tty"))
    monkeypatch.setattr(clipboard.sys, "stderr", terminal)
    assert clipboard.copy("第6段", env={}) == "OSC 52"
    assert terminal.getvalue() == clipboard.osc52_sequence("第6段")


# --- the bundled knowledge base (its claims change; no exact ids) -----------------------------------

@pytest.fixture(scope="module")
def bundled() -> KnowledgeBase:
    return load_kb()


def _first_claim_of(kb: KnowledgeBase, prefix: str) -> str:
    ids = sorted(c.id for c in kb if c.source.startswith(prefix))
    if not ids:
        pytest.skip(f"no claims of source {prefix} yet")
    return ids[0]


def test_bundled_magazine_is_cited_as_a_journal(jjj: RunCli, bundled: KnowledgeBase) -> None:
    result = jjj("cite", _first_claim_of(bundled, "004"))
    assert result.code == 0
    assert "[J]" in result.out
    assert "天津支部生活, 2024(2)" in result.out


def test_bundled_newspaper_without_a_name(jjj: RunCli, bundled: KnowledgeBase) -> None:
    result = jjj("cite", _first_claim_of(bundled, "000"), "--style", "plain")
    assert result.code == 0
    assert "publication" in result.err  # 000 prints no newspaper name: it is named, not made up
    assert "《" in result.out and result.out.endswith("段。\n")


def test_every_bundled_claim_in_every_style(bundled: KnowledgeBase) -> None:
    claims = list(bundled)
    # empty elements, and a reference that starts with an empty title ([1] [J]. …)
    artifacts = re.compile(r", ,|,\.|\.\.|\(\)|None|“”|《》|，，|：，|, $|\] \[[NJ]\]|^\. |^：")
    for style in STYLES:
        for quote in (False, True):
            text = cite(bundled, claims, style=style, quote=quote).text
            for line in text.splitlines():
                assert not artifacts.search(line), (style, line)
    for fmt in FORMATS[1:]:
        assert cite(bundled, claims, fmt=fmt, quote=True).text



def test_front_matter_cites_the_issue(jjj: RunCli, bundled: KnowledgeBase) -> None:
    front = [c.id for c in bundled if bundled.article_of(c) is None]
    assert front, "no claim in front matter any more"
    assert jjj("cite", front[0]).out == "[1] 天津支部生活[J]. 2024(2). 中共天津市委支部生活社, 2024. " \
        f"第{bundled.claims[front[0]].first}段.\n"
    assert jjj("show", front[0], "-f", "json").out.count('"key": "jjj-004"') == 1


def test_a_reprint_says_where_it_comes_from(jjj: RunCli, bundled: KnowledgeBase) -> None:
    claim = next(c for c in sorted(bundled, key=lambda c: c.id)
                 if (a := bundled.article_of(c)) and a.id == "004-a02")
    plain = jjj("cite", claim.id, "-s", "plain").out
    assert "，摘编自《人民日报》2014年2月28日，第" in plain
    apa = jjj("cite", claim.id, "-s", "apa").out
    assert "2014/2024, para." in apa and "(Original work published 2014, 人民日报)" in apa


def test_the_dated_page_of_002_keeps_its_page(jjj: RunCli, bundled: KnowledgeBase) -> None:
    by_article: dict[str, str] = {}
    for claim in sorted(bundled, key=lambda c: c.id):
        article = bundled.article_of(claim)
        if claim.source.startswith("002") and article:
            by_article.setdefault(article.id, claim.id)
    dated = jjj("cite", by_article["002-a3"]).out
    assert "[N]. 2025-07-04(4). 第" in dated  # the page is kept without a newspaper name
    assert "第4版" in jjj("cite", by_article["002-a3"], "-s", "plain").out
    for other in ("002-a1", "002-a2", "002-a4"):  # the date line heads another page
        assert "2025" not in jjj("cite", by_article[other]).out


def test_sources_json_gives_every_printed_fact_with_its_paragraph(jjj: RunCli) -> None:
    data = {s["file"][:3]: s for s in json.loads(jjj("sources", "-f", "json").out)}
    magazine = data["004"]
    assert magazine["key"] == "jjj-004"
    assert magazine["issn"] == {"value": "0412-0892", "paragraph": 19, "printed": "ISSN0412-0892"}
    assert magazine["cn"] == {"value": "12-1001/D", "paragraph": 19, "printed": "CN12-1001/D"}
    assert magazine["publisher"]["value"] == "中共天津市委支部生活社"
    assert magazine["publisher"]["paragraph"] == 17
    assert magazine["cumulative_issue"] == {"value": "1129—1130", "paragraph": 16,
                                           "printed": "总第1129—1130期"}
    assert magazine["combined_issue"] == {"value": "合刊", "paragraph": 16}
    articles = {a["id"]: a for s in data.values() for a in s["articles"]}
    assert articles["000-a2"]["dateline"] == {"value": "新华社北京3月4日电", "paragraph": 26}
    assert articles["000-a2"]["agency"] == {"value": "新华社", "paragraph": 26}
    assert articles["004-a03"]["key"] == "jjj-004-a03"
    assert articles["004-a03"]["original_date"]["paragraph"] == 46
    assert articles["002-a3"]["page_name"] == {"value": "副刊·养老", "paragraph": 103}
    assert articles["002-a3"]["date"]["printed"] == "2025年7月4日"
    assert "date" not in data["002"] and "date" not in articles["002-a1"]
