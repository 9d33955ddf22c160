"""`jjj export`: every claim as NDJSON, JSON, CSV, or an SQLite database for Datasette."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from jjjcli.errors import JJJError
from jjjcli.files import TEMP_SUFFIX, commit, discard, new_temp, output_target
from jjjcli.kb import KnowledgeBase
from jjjcli.output import data_stream

CSV_FIELDS = ("id", "source", "paragraph", "quote", "en", "metric", "subject", "period",
              "figures", "topics", "note", "article")


def claim_rows(kb: KnowledgeBase) -> list[dict[str, object]]:
    rows = []
    for claim in kb:
        row = claim.to_dict()
        article = kb.article_of(claim)
        row["article"] = article.id if article else None
        rows.append(row)
    return rows


def write_csv(kb: KnowledgeBase) -> None:
    writer = csv.writer(data_stream(), lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for row in claim_rows(kb):
        paragraph = row["paragraph"]
        writer.writerow([
            row["id"], row["source"],
            "-".join(map(str, paragraph)) if isinstance(paragraph, list) else paragraph,
            row["quote"], row["en"], row["metric"], row["subject"], row["period"],
            json.dumps(row["figures"], ensure_ascii=False), ";".join(row["topics"]),  # type: ignore[arg-type]
            row["note"], row["article"],
        ])


#: the longest run of Chinese characters indexed as one search word: a Chinese word or
#: phrase of up to this many characters, typed without spaces, is found
NGRAM = 6

_SCHEMA = """
CREATE TABLE sources (file TEXT PRIMARY KEY, kind TEXT, publication TEXT, issue TEXT,
                      date TEXT, year TEXT, paragraphs INTEGER);
CREATE TABLE articles (id TEXT PRIMARY KEY, source TEXT REFERENCES sources(file),
                       first_paragraph INTEGER, last_paragraph INTEGER, title TEXT,
                       authors TEXT, page TEXT);
CREATE TABLE claims (id TEXT PRIMARY KEY, source TEXT REFERENCES sources(file),
                     article TEXT REFERENCES articles(id), paragraph INTEGER,
                     last_paragraph INTEGER, quote TEXT, en TEXT, metric TEXT, subject TEXT,
                     period TEXT, topics TEXT, note TEXT, terms TEXT);
CREATE TABLE figures (claim TEXT REFERENCES claims(id), raw TEXT, value REAL, unit TEXT,
                      qualifier TEXT, high REAL);
CREATE INDEX figures_claim ON figures(claim);
CREATE INDEX claims_metric ON claims(metric);
-- Full-text search as sqlite-utils sets it up (content=[claims], triggers), so that
-- `sqlite-utils search` and Datasette's search box find it. Chinese has no spaces, and
-- FTS5's stock tokenizers cannot split it (unicode61 keeps a run of Chinese as one word,
-- trigram never matches fewer than three characters): the `terms` column holds every
-- run of one to NGRAM Chinese characters of the claim as a word of its own, so that a
-- Chinese word of any length up to that, one character included, is a whole token.
CREATE VIRTUAL TABLE [claims_fts] USING FTS5 ([terms], content=[claims]);
CREATE TRIGGER [claims_ai] AFTER INSERT ON [claims] BEGIN
  INSERT INTO [claims_fts] (rowid, [terms]) VALUES (new.rowid, new.[terms]);
END;
CREATE TRIGGER [claims_ad] AFTER DELETE ON [claims] BEGIN
  INSERT INTO [claims_fts] ([claims_fts], rowid, [terms])
    VALUES('delete', old.rowid, old.[terms]);
END;
CREATE TRIGGER [claims_au] AFTER UPDATE ON [claims] BEGIN
  INSERT INTO [claims_fts] ([claims_fts], rowid, [terms])
    VALUES('delete', old.rowid, old.[terms]);
  INSERT INTO [claims_fts] (rowid, [terms]) VALUES (new.rowid, new.[terms]);
END;
"""

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def search_terms(*texts: str) -> str:
    """The words the full-text index holds for a claim: its Latin words and numbers as
    they are, and every run of one to :data:`NGRAM` Chinese characters (雄, 雄安,
    雄安新区 …), each once, separated by spaces."""
    terms: dict[str, None] = {}
    for text in texts:
        for word in _CJK_RUN.sub(" ", text).split():
            terms.setdefault(word, None)
        for run in _CJK_RUN.findall(text):
            for size in range(1, min(NGRAM, len(run)) + 1):
                for start in range(len(run) - size + 1):
                    terms.setdefault(run[start : start + size], None)
    return " ".join(terms)


def write_sqlite(kb: KnowledgeBase, output: Path, metadata: Path | None = None) -> int:
    """Write the database to a temporary file, then move it into place: never half-written
    (jjjcli.files: a FIFO gets a copy, a folder or a device is refused). With
    ``metadata``, also write Datasette's metadata.json for it there."""
    target = output_target(output, binary=True)
    if metadata is not None and not metadata.resolve().parent.is_dir():
        raise JJJError(f"folder does not exist: {metadata.resolve().parent}")
    try:
        handle, temp = new_temp(target.file, suffix=".db" + TEMP_SUFFIX)
    except OSError as exc:
        raise JJJError(f"cannot write {output}: {exc.strerror or exc}") from None
    os.close(handle)
    temp_name = str(temp)
    try:
        db = sqlite3.connect(temp_name)
        try:
            db.executescript(_SCHEMA)
            for source in kb.sources.values():
                db.execute("INSERT INTO sources VALUES (?,?,?,?,?,?,?)", (
                    source.file, source.kind, source.meta("publication"), source.meta("issue"),
                    source.meta("date"), source.meta("year"),
                    len(source.paragraphs) if source.path.is_file() else None,
                ))
                for article in source.articles:
                    db.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?)", (
                        article.id, source.file, article.first, article.last,
                        article.title.value if article.title else None,
                        "; ".join(a.value for a in article.authors) or None,
                        article.page.value if article.page else None,
                    ))
            for claim in kb:
                owner = kb.article_of(claim)
                db.execute("INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
                    claim.id, claim.source, owner.id if owner else None, claim.first,
                    claim.last, claim.quote, claim.en, claim.metric, claim.subject,
                    claim.period, ";".join(claim.topics), claim.note,
                    search_terms(claim.metric, claim.subject, "".join(claim.quote.split()),
                                 claim.en, claim.id),
                ))
                db.executemany("INSERT INTO figures VALUES (?,?,?,?,?,?)", [
                    (claim.id, f.raw, f.value, f.unit, f.qualifier, f.high) for f in claim.figures
                ])
            db.commit()
        finally:
            db.close()
        if metadata is not None:
            write_metadata(kb, metadata, output.stem)
        if target.through:
            with open(temp_name, "rb") as built, open(target.path, "wb") as sink:
                shutil.copyfileobj(built, sink)
            discard(temp)
        else:
            commit(temp, target.file)
    except BaseException:
        discard(temp)
        raise
    return len(kb)


COLUMNS = {
    "sources": {
        "file": "the source text's file name in facts/sources/ (as received, unchanged)",
        "kind": "newspaper, magazine …",
        "publication": "the newspaper or magazine, only where the text prints it",
        "issue": "the issue, only where the text prints it",
        "date": "the date of publication (YYYY-MM-DD), only where the text prints it",
        "year": "the year, only where the text prints it",
        "paragraphs": "how many paragraphs the text has (a paragraph is a run of non-blank "
                      "lines)",
    },
    "articles": {
        "id": "the article's id",
        "source": "the source file it is in",
        "first_paragraph": "its first paragraph",
        "last_paragraph": "its last paragraph",
        "title": "its title, as printed",
        "authors": "its authors as printed, separated by '; '",
        "page": "its page, where printed",
    },
    "claims": {
        "id": "the claim's id: source number, paragraph, then words (004-254-jjj-gdp-2023)",
        "source": "the source file the quote is from",
        "article": "the article the paragraph belongs to, where known",
        "paragraph": "the paragraph the quote is in (numbered from 1 in the source file)",
        "last_paragraph": "the last paragraph, when the quote crosses a paragraph break",
        "quote": "the source's exact words (whitespace aside)",
        "en": "the claim in English",
        "metric": "what is measured, in the vocabulary's Chinese name (地区生产总值 …)",
        "subject": "of whom or where (京津冀, 北京市 …)",
        "period": "when: a year, a range 2014/2023, or a date",
        "topics": "topics, separated by ';'",
        "note": "the curator's note",
        "terms": "what full-text search matches: the claim's Latin words, and every run of "
                 f"one to {NGRAM} Chinese characters",
    },
    "figures": {
        "claim": "the claim the figure belongs to",
        "raw": "the figure as printed (超过1100家)",
        "value": "its value in base units (1100; 5.59万亿 is 5590000000000)",
        "unit": "its unit (元, 家, %, km² … ; date for a date YYYYMMDD)",
        "qualifier": "exact, more-than, about, nearly, range …",
        "high": "the upper end of a range",
    },
}


def metadata_dict(kb: KnowledgeBase, database: str) -> dict[str, Any]:
    """Datasette's metadata for the exported database: title, source, licence, and a
    description of every table and column."""
    return {
        "title": "jjj: checkable claims about Beijing–Tianjin–Hebei (京津冀) coordinated "
                 "development",
        "description": f"{len(kb)} claims from {len(kb.sources)} source texts, each with "
                       "its verbatim quote, source file and paragraph, and its figures "
                       "parsed. Search with Chinese words of one to "
                       f"{NGRAM} characters, or English words.",
        "source": "jjj knowledge base (facts/): "
                  + ", ".join(sorted(kb.sources)),
        "license": "MIT (the claims); the quoted texts remain their publishers'",
        "databases": {database: {"tables": {
            name: {
                "description": description,
                "columns": COLUMNS[name],
                **({"fts_table": "claims_fts", "fts_pk": "rowid",
                    "searchmode": "escaped"} if name == "claims" else {}),
            }
            for name, description in (
                ("sources", "The source texts."),
                ("articles", "The articles in each source, with what they print."),
                ("claims", "One checkable statement each: quote, paragraph, metric, subject, "
                           "period."),
                ("figures", "The figures of each claim, parsed."),
            )
        }}},
    }


def write_metadata(kb: KnowledgeBase, path: Path, database: str) -> None:
    temp = path.with_name(f".{path.name}.jjj-tmp")
    try:
        temp.write_text(json.dumps(metadata_dict(kb, database), ensure_ascii=False, indent=2)
                        + "\n", encoding="utf-8")
    except OSError as exc:
        raise JJJError(f"cannot write {path}: {exc.strerror}") from exc
    os.replace(temp, path)
