"""`jjj export`: every claim as NDJSON, JSON, CSV, or an SQLite database for Datasette."""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
from pathlib import Path

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


_SCHEMA = """
CREATE TABLE sources (file TEXT PRIMARY KEY, kind TEXT, publication TEXT, issue TEXT,
                      date TEXT, year TEXT, paragraphs INTEGER);
CREATE TABLE articles (id TEXT PRIMARY KEY, source TEXT REFERENCES sources(file),
                       first_paragraph INTEGER, last_paragraph INTEGER, title TEXT,
                       authors TEXT, page TEXT);
CREATE TABLE claims (id TEXT PRIMARY KEY, source TEXT REFERENCES sources(file),
                     article TEXT REFERENCES articles(id), paragraph INTEGER,
                     last_paragraph INTEGER, quote TEXT, en TEXT, metric TEXT, subject TEXT,
                     period TEXT, topics TEXT, note TEXT);
CREATE TABLE figures (claim TEXT REFERENCES claims(id), raw TEXT, value REAL, unit TEXT,
                      qualifier TEXT, high REAL);
CREATE INDEX figures_claim ON figures(claim);
CREATE INDEX claims_metric ON claims(metric);
-- trigram tokens make full-text search work for Chinese, which has no spaces
CREATE VIRTUAL TABLE claims_fts USING fts5(quote, en, metric, subject,
    content='claims', content_rowid='rowid', tokenize='trigram');
"""


def write_sqlite(kb: KnowledgeBase, output: Path) -> int:
    """Write the database to a temporary file, then move it into place: never half-written
    (jjjcli.files: a FIFO gets a copy, a folder or a device is refused)."""
    target = output_target(output, binary=True)
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
                db.execute("INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (
                    claim.id, claim.source, owner.id if owner else None, claim.first,
                    claim.last, claim.quote, claim.en, claim.metric, claim.subject,
                    claim.period, ";".join(claim.topics), claim.note,
                ))
                db.executemany("INSERT INTO figures VALUES (?,?,?,?,?,?)", [
                    (claim.id, f.raw, f.value, f.unit, f.qualifier, f.high) for f in claim.figures
                ])
            db.execute("INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")
            db.commit()
        finally:
            db.close()
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
