"""`jjj export` and `jjj sources`: every claim as data, and an SQLite database."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

from conftest import ASSETS, RunCli

MINI = ("--kb", str(ASSETS / "mini_kb"))


def test_ndjson_and_json_hold_every_claim(jjj: RunCli) -> None:
    lines = jjj("export", *MINI).out.splitlines()
    claims = [json.loads(line) for line in lines]
    assert len(claims) == 8
    first = claims[0]
    assert set(first) >= {"id", "source", "paragraph", "quote", "en", "metric", "subject",
                          "period", "figures", "article"}
    assert json.loads(jjj("export", *MINI, "--format", "json").out) == claims
    by_id = {c["id"]: c for c in claims}
    assert by_id["000-5-hitech-firms"]["article"] == "000-a1"
    assert by_id["001-26-gdp-2022"]["article"] is None


def test_csv(jjj: RunCli) -> None:
    rows = list(csv.DictReader(io.StringIO(jjj("export", *MINI, "--format", "csv").out)))
    assert len(rows) == 8
    row = next(r for r in rows if r["id"] == "000-5-digital-revenue")
    assert row["paragraph"] == "5"
    assert json.loads(row["figures"])[0]["value"] == 43000000000


def test_sqlite_with_chinese_full_text_search(jjj: RunCli, tmp_path: Path) -> None:
    db_path = tmp_path / "jjj.db"
    result = jjj("export", *MINI, "--format", "sqlite", "--output", str(db_path))
    assert result.code == 0
    assert result.err == f"jjj: wrote 8 claims to {db_path}\n"
    db = sqlite3.connect(db_path)
    found = db.execute(
        "SELECT claims.id FROM claims_fts JOIN claims ON claims.rowid = claims_fts.rowid "
        "WHERE claims_fts MATCH '高新技术企业' ORDER BY claims.id").fetchall()
    assert found == [("000-5-digital-revenue",), ("000-5-hitech-firms",)]
    figures = db.execute("SELECT raw, value, unit FROM figures WHERE claim = ?",
                         ("000-5-hitech-firms",)).fetchall()
    assert figures == [("超过1100家", 1100.0, "家")]
    assert db.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_sqlite_needs_an_output(jjj: RunCli) -> None:
    result = jjj("export", *MINI, "--format", "sqlite")
    assert result.code == 2
    assert result.err == "jjj: --format sqlite needs --output PATH\n"


def test_sqlite_into_a_missing_folder_leaves_nothing(jjj: RunCli, tmp_path: Path) -> None:
    result = jjj("export", *MINI, "--format", "sqlite", "--output",
                 str(tmp_path / "no" / "x.db"))
    assert result.code == 2
    assert not (tmp_path / "no").exists()


def test_sources_json_and_tsv(jjj: RunCli) -> None:
    data = json.loads(jjj("sources", *MINI, "--format", "json").out)
    assert [s["file"] for s in data] == ["000_f79aeb44c6809f22.txt", "001_9edae77716d51e3f.txt"]
    assert data[0]["articles"][0]["authors"] == [{"value": "赵鹏", "paragraph": 2}]
    assert data[0]["claims"] == 4
    tsv = jjj("sources", *MINI).out.splitlines()
    assert tsv[1].split("\t")[5:9] == ["000-a1", "2-24", "北京城市副中心高新技术企业突破1100家",
                                        "赵鹏"]


def test_bundled_sources_print_no_invented_newspaper(jjj: RunCli) -> None:
    data = {s["file"][:3]: s for s in json.loads(jjj("sources", "-f", "json").out)}
    for number in ("000", "001", "003"):
        assert "publication" not in data[number]
    assert data["004"]["publication"]["value"] == "天津支部生活"
    assert data["004"]["issue"] == {"value": "2", "paragraph": 16, "printed": "2024年第2期"}
