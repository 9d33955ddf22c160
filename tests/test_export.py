"""`jjj export` and `jjj sources`: every claim as data, and an SQLite database."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

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


def _export_bundled(jjj: RunCli, folder: Path) -> tuple[Path, Path]:
    db_path, metadata = folder / "jjj.db", folder / "metadata.json"
    result = jjj("export", "--format", "sqlite", "--output", str(db_path),
                 "--metadata", str(metadata))
    assert result.code == 0, result.err
    return db_path, metadata


@pytest.fixture(scope="module")
def bundled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled base exported once, through the library (the CLI is tested below)."""
    from jjjcli.export import write_sqlite
    from jjjcli.kb import load_kb

    path = tmp_path_factory.mktemp("export") / "jjj.db"
    write_sqlite(load_kb(), path)
    return path


@pytest.mark.parametrize("word", ["雄安", "雄", "数字经济", "高新技术企业", "京津冀", "碳",
                                  "协同发展", "副中心"])
def test_chinese_words_of_any_length_match_as_like_does(bundled_db: Path, word: str) -> None:
    """The full-text index finds a Chinese word of one to six characters in exactly the
    claims whose metric, subject or quote holds it (what LIKE finds, reading every row)."""
    db = sqlite3.connect(bundled_db)
    like = {r for (r,) in db.execute(
        "SELECT id FROM claims WHERE replace(replace(metric || subject || quote, ' ', ''), "
        "char(10), '') LIKE ?", (f"%{word}%",))}
    fts = {r for (r,) in db.execute(
        "SELECT claims.id FROM claims_fts JOIN claims ON claims.rowid = claims_fts.rowid "
        "WHERE claims_fts MATCH ?", (f'"{word}"',))}
    assert like and fts == like


def test_sqlite_utils_finds_the_full_text_index(bundled_db: Path, tmp_path: Path) -> None:
    import shutil

    import sqlite_utils

    db_path = tmp_path / "copy.db"
    shutil.copy(bundled_db, db_path)
    db = sqlite_utils.Database(db_path)
    claims = db["claims"]
    assert isinstance(claims, sqlite_utils.db.Table)
    assert claims.detect_fts() == "claims_fts"
    found = [row["id"] for row in claims.search("数字经济")]
    assert "002-108-jjj-digital-economy-2024" in found
    assert len(list(claims.search("雄安"))) == db.execute(
        "SELECT count(*) FROM claims WHERE metric || subject || quote LIKE '%雄安%'").fetchone()[0]
    assert [row["id"] for row in claims.search("GDP", columns=["id"])]  # English words too
    # the triggers keep the index in step with an edit, as sqlite-utils' own do
    claims.update("004-254-jjj-gdp-2023", {"terms": "蓝鲸"})
    assert [row["id"] for row in claims.search("蓝鲸")] == ["004-254-jjj-gdp-2023"]


def test_datasette_searches_and_documents_the_database(jjj: RunCli, tmp_path: Path) -> None:
    from datasette.app import Datasette

    db_path, metadata_path = _export_bundled(jjj, tmp_path)
    metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    assert metadata["title"] and metadata["license"] and metadata["source"]
    columns = metadata["databases"]["jjj"]["tables"]["claims"]["columns"]
    db = sqlite3.connect(db_path)
    for table, described in metadata["databases"]["jjj"]["tables"].items():
        names = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        assert set(described["columns"]) == set(names), table
    assert columns["paragraph"].startswith("the paragraph")

    async def visit() -> tuple[int, list[dict[str, object]], str]:
        datasette = Datasette([str(db_path)], metadata=metadata)
        found = await datasette.client.get("/jjj/claims.json?_search=雄安&_shape=array"
                                           "&_size=max")
        page = await datasette.client.get("/jjj/claims")
        return found.status_code, found.json(), page.text

    status, rows, page = asyncio.run(visit())
    assert status == 200
    like = db.execute("SELECT count(*) FROM claims WHERE metric || subject || quote "
                      "LIKE '%雄安%'").fetchone()[0]
    assert len(rows) == like > 60
    assert 'name="_search"' in page  # the search box is there
    assert "One checkable statement each" in page  # and the table is described


def test_metadata_goes_with_sqlite(jjj: RunCli, tmp_path: Path) -> None:
    result = jjj("export", "--metadata", str(tmp_path / "m.json"))
    assert result.code == 2
    assert result.err == "jjj: --metadata goes with --format sqlite\n"
    assert not (tmp_path / "m.json").exists()


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
