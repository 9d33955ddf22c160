"""A damaged cache heals, and the cache records what was parsed (issue 18).

Any failure to open or read the cache — at open or in the middle of a command — deletes
it with one warning line, and the command answers as the TOML says; the next command
builds it again. The fingerprint is taken from the bytes the build parsed, so an edit made
while a build runs is seen even when its time stamp is put back.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ASSETS, RunCli
from jjjcli import index
from jjjcli.files import TEMP_SUFFIX
from jjjcli.index import cache_path, open_kb
from jjjcli.kb import load_kb
from jjjcli.search import Searcher

MINI = ASSETS / "mini_kb"
HITECH = "000-5-hitech-firms"

#: commands whose answers a damaged cache must not change
COMMANDS: list[tuple[str, ...]] = [
    ("search", "高新技术企业", "-f", "json"),
    ("search", "189.9亿元", "-f", "json"),
    ("search", "high-tech enterprises sub-centre", "-f", "json"),
    ("show", HITECH, "-f", "json"),
    ("cite", HITECH, "--quote"),
    ("compare", "2023年副中心高新技术企业有1300家", "-f", "json"),
    ("compare", "--metric", "工业总产值", "-f", "json"),
    ("sources", "-f", "json"),
    ("export",),
]


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the mini knowledge base with a cache folder of its own."""
    monkeypatch.setenv("JJJ_CACHE_DIR", str(tmp_path / "cache"))
    copy = tmp_path / "kb"
    shutil.copytree(MINI, copy)
    return copy


def answers(jjj: RunCli, root: Path, commands: list[tuple[str, ...]] = COMMANDS
            ) -> tuple[list[tuple[int, str]], str]:
    """Each command's exit code and output, and what stderr said about the cache (cite
    warns about metadata the source does not print: that is not the cache's)."""
    results = [jjj(*args, "--kb", str(root)) for args in commands]
    said = [line for r in results for line in r.err.splitlines(keepends=True)
            if line.startswith("jjj: warning: the cache ")]
    return [(r.code, r.out) for r in results], "".join(said)


def assert_one_warning(err: str) -> None:
    assert err.startswith("jjj: warning: the cache "), err
    assert err.count("\n") == 1, err


# --- opening: escaped URIs, unreadable files ------------------------------------------------

@pytest.mark.parametrize("name", ["cp%41", "a#b", "a?b", "sp ace", "q'uote"])
def test_a_cache_folder_whose_name_means_something_in_a_uri(
        jjj: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    folder = tmp_path / name / "jjj"
    monkeypatch.setenv("JJJ_CACHE_DIR", str(folder))
    first = jjj("search", "高新技术企业", "--kb", str(MINI), "-f", "ids")
    assert (first.code, first.err) == (0, ""), first.err
    cache = cache_path(MINI)
    assert cache.parent == folder and cache.is_file()
    built = cache.stat()
    again = jjj("search", "高新技术企业", "--kb", str(MINI), "-f", "ids")
    assert (again.code, again.out, again.err) == (0, first.out, "")
    assert (cache.stat().st_ino, cache.stat().st_mtime_ns) == (built.st_ino, built.st_mtime_ns)
    assert index._uri(cache).startswith("file:///") and "%" not in name or "%25" in index._uri(
        cache)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no stray file beside it


@pytest.mark.parametrize("damage", ["unreadable", "folder", "symlink-loop", "fifo"])
def test_a_cache_that_cannot_be_opened_is_rebuilt(jjj: RunCli, root: Path, damage: str) -> None:
    good, _ = answers(jjj, root)
    cache = cache_path(root)
    cache.unlink()
    if damage == "unreadable" and os.geteuid() != 0:
        cache.write_bytes(b"x" * 4096)
        cache.chmod(0)
    elif damage == "folder":
        cache.mkdir()
    elif damage == "fifo":
        os.mkfifo(cache)
    else:  # root reads any file: a link that cannot be followed is as unreadable
        cache.symlink_to(cache.name)
    got, err = answers(jjj, root, COMMANDS[:1])
    assert got == good[:1]
    assert_one_warning(err)
    assert answers(jjj, root) == (good, "")  # built again, and used


# --- damage that passes the header checks ---------------------------------------------------

DAMAGE = {
    "bad-json-in-meta": "UPDATE meta SET value = '{' WHERE key = 'sources'",
    "bad-figures": f"UPDATE claim SET figures = '[' WHERE id = '{HITECH}'",
    "wrong-quote": f"UPDATE claim SET quote = '假的' WHERE id = '{HITECH}'",
    "dropped-fts": "DROP TABLE fts",
    "dropped-claims": "DROP TABLE claim",
    "deleted-row": f"DELETE FROM claim WHERE id = '{HITECH}'",
    "meta-gone": "DELETE FROM meta",
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damage_between_commands_is_noticed_and_healed(jjj: RunCli, root: Path,
                                                       damage: str) -> None:
    good, _ = answers(jjj, root)
    with sqlite3.connect(cache_path(root)) as db:
        db.execute(DAMAGE[damage])
    got, err = answers(jjj, root)
    assert got == good
    assert_one_warning(err)
    assert answers(jjj, root) == (good, "")


@pytest.mark.parametrize("damage", ["dropped-fts", "dropped-claims", "truncated", "deleted"])
def test_damage_while_a_command_reads_the_cache_is_healed(
        root: Path, capsys: pytest.CaptureFixture[str], damage: str) -> None:
    expected = [h.claim.id for h in Searcher(load_kb(root)).search("高新技术企业")]
    kb = open_kb(root)
    assert kb.index is not None
    cache = cache_path(root)
    if damage == "truncated":
        os.truncate(cache, 2048)
    elif damage == "deleted":
        kb.index.db.execute("PRAGMA query_only = 1")
        cache.unlink()  # the open file lives on: then a corrupt replacement appears
        cache.write_bytes(b"\0" * 8192)
        kb.index.db.close()
        kb.index.db = sqlite3.connect(f"file:{cache}?mode=ro", uri=True)
    else:
        with sqlite3.connect(cache) as db:
            db.execute(DAMAGE[damage])
    capsys.readouterr()
    hits = Searcher(kb).search("高新技术企业")
    assert [h.claim.id for h in hits] == expected
    assert kb.resolve(HITECH).quote == load_kb(root).claims[HITECH].quote
    assert kb.sources[kb.resolve(HITECH).source].paragraphs
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "failed while being read" in err, err
    assert not cache.exists()
    again = open_kb(root)
    assert again.index is not None and [c.id for c in again] == list(load_kb(root).claims)
    assert capsys.readouterr().err == ""


def test_byte_flips_never_change_an_answer(jjj: RunCli, root: Path) -> None:
    """50 seeded trials, each flipping 1–64 random bytes of a good cache: every command
    answers as before, with at most one warning line."""
    good, _ = answers(jjj, root)
    cache = cache_path(root)
    pristine = cache.read_bytes()
    rng = random.Random(18)
    for trial in range(50):
        data = bytearray(pristine)
        for _ in range(rng.randint(1, 64)):
            at = rng.randrange(len(data))
            data[at] ^= rng.randint(1, 255)
        cache.write_bytes(bytes(data))
        got, err = answers(jjj, root)
        assert got == good, trial
        assert err.count("\n") <= 1 and (not err or "cache" in err), (trial, err)


def test_check_reads_the_toml_not_a_damaged_cache(jjj: RunCli, root: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    before = jjj("check", "--kb", str(root))
    assert jjj("search", "高新技术企业", "--kb", str(root)).code == 0
    with sqlite3.connect(cache_path(root)) as db:
        db.execute(DAMAGE["wrong-quote"])
    monkeypatch.setattr(index, "_verify", lambda path, info: None)  # even if trusted
    after = jjj("check", "--kb", str(root))
    assert (after.code, after.out) == (before.code, before.out)


# --- the fingerprint: what was parsed --------------------------------------------------------

@pytest.mark.parametrize("written", ["just-now", "a-day-ago"])
def test_an_edit_made_while_the_build_runs_is_seen(
        jjj: RunCli, root: Path, monkeypatch: pytest.MonkeyPatch, written: str) -> None:
    """The claims file is edited (same size) right after the build parsed it, and its time
    stamps are put back: the next command must not trust the cache."""
    claims = root / "claims" / "claims.toml"
    if written == "a-day-ago":
        old = time.time() - 86400
        os.utime(claims, (old, old))
    original = claims.read_text(encoding="utf-8")
    edited = original.replace("高新技术企业超过1100家", "高新科技企业超过1100家")
    assert len(edited.encode()) == len(original.encode()) and edited != original
    monkeypatch.setenv("JJJ_TOML", "tomllib")  # the parser patched below (not rtoml)
    tomllib = sys.modules[load_kb.__module__]._tomllib()  # type: ignore[attr-defined]
    parse = tomllib.loads

    def parse_then_edit(text: str, **options: object) -> object:
        parsed = parse(text, **options)
        if text == original:
            stamp = claims.stat()
            claims.write_text(edited, encoding="utf-8")
            os.utime(claims, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
        return parsed

    monkeypatch.setattr(tomllib, "loads", parse_then_edit)
    during = jjj("show", HITECH, "--kb", str(root), "-f", "json")
    assert "高新技术企业超过1100家" in json.loads(during.out)["quote"]  # what it parsed
    monkeypatch.setattr(tomllib, "loads", parse)
    after = jjj("show", HITECH, "--kb", str(root), "-f", "json")
    assert "高新科技企业超过1100家" in json.loads(after.out)["quote"], after.out


def test_a_racy_file_is_compared_by_the_crc_of_the_bytes_parsed(root: Path) -> None:
    open_kb(root)
    meta = dict(sqlite3.connect(cache_path(root)).execute("SELECT key, value FROM meta"))
    racy = json.loads(meta["racy"])
    from binascii import crc32

    claims = (root / "claims" / "claims.toml").read_bytes()
    assert racy["claims/claims.toml"] == crc32(claims)  # just copied: within the window
    fingerprint = json.loads(meta["fingerprint"])
    stat = (root / "claims" / "claims.toml").stat()
    assert fingerprint["claims/claims.toml"] == [len(claims), stat.st_mtime_ns, stat.st_ctime_ns]


# --- temporary files -------------------------------------------------------------------------

def test_a_build_sweeps_temporary_files_of_dead_builds(root: Path) -> None:
    cache = cache_path(root)
    cache.parent.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = cache.with_name(f".{cache.name}.{dead}.abcd{TEMP_SUFFIX}")
    ancient = cache.with_name(f".{cache.name}.{os.getppid()}.efgh{TEMP_SUFFIX}")
    working = cache.with_name(f".{cache.name}.{os.getpid()}.ijkl{TEMP_SUFFIX}")
    for path in (stale, ancient, working):
        path.write_bytes(b"\0" * 1000)
    then = time.time() - 600
    os.utime(stale, (then, then))
    then = time.time() - 2 * 86400
    os.utime(ancient, (then, then))
    open_kb(root)
    left = sorted(p.name for p in cache.parent.iterdir())
    assert left == sorted([cache.name, cache.name + ".verified", working.name])
