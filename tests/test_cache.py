"""The knowledge-base cache: where it lives, when it is rebuilt, what it refuses to trust."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from conftest import ASSETS, RunCli
from jjjcli import index, output
from jjjcli import kb as kb_module
from jjjcli.errors import KnowledgeBaseError
from jjjcli.index import cache_path, open_kb
from jjjcli.kb import load_kb

MINI = ASSETS / "mini_kb"


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(MINI, root)
    return root


@pytest.fixture
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-cache" / "jjj"
    monkeypatch.setenv("JJJ_CACHE_DIR", str(folder))
    return folder


def first_claim_file(root: Path) -> Path:
    return sorted((root / "claims").rglob("*.toml"))[0]


def test_cache_lives_in_the_user_cache_dir(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    monkeypatch.delenv("JJJ_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert index.cache_dir() == tmp_path / "xdg" / "jjj"
    kb = open_kb(MINI)
    assert kb.index is not None
    path = cache_path(MINI)
    assert path.is_file() and MINI not in path.parents


def test_cached_and_toml_knowledge_bases_agree(kb_copy: Path, private_cache: Path) -> None:
    from jjjcli.kb import load_kb

    fresh = load_kb(kb_copy)
    open_kb(kb_copy)  # builds
    cached = open_kb(kb_copy)  # reads
    assert cached.index is not None
    assert [c.to_dict() for c in cached] == [c.to_dict() for c in fresh]
    assert cached.sources.keys() == fresh.sources.keys()
    for name, source in fresh.sources.items():
        assert cached.sources[name].articles == source.articles
        assert cached.sources[name].metadata == source.metadata
    assert cached.exclusions == fresh.exclusions
    assert cached.topics == fresh.topics


def test_a_built_cache_leaves_the_full_text_index_its_default_settings(
        kb_copy: Path, private_cache: Path) -> None:
    """A build adds its rows with larger FTS5 settings (merging, memory); the updates that
    follow use SQLite's defaults, stored in the index's own config table."""
    open_kb(kb_copy)
    db = sqlite3.connect(cache_path(kb_copy))
    try:
        config = dict(db.execute("SELECT k, v FROM fts_config"))
    finally:
        db.close()
    assert config["automerge"] == index.FTS5_AUTOMERGE == 4
    assert config["hashsize"] == index.FTS5_HASHSIZE == 1 << 20
    assert index.BUILD_HASHSIZE > index.FTS5_HASHSIZE


def test_an_edit_rebuilds_the_cache_even_within_the_same_second(
        kb_copy: Path, private_cache: Path, jjj: RunCli) -> None:
    kb = ("--kb", str(kb_copy))
    claims = first_claim_file(kb_copy)
    claims.touch()  # written just before the build: its time stamp alone cannot be trusted
    assert jjj("search", "高新技术企业", *kb, "--format", "ids").code == 0
    stat = claims.stat()
    text = claims.read_text(encoding="utf-8")
    # Same size, same time stamp: only the content hash can tell.
    edited = text.replace("高新技术企业", "高新科技企业")
    assert len(edited.encode()) == len(text.encode()) and edited != text
    claims.write_text(edited, encoding="utf-8")
    os.utime(claims, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    result = jjj("search", "高新科技企业", *kb, "--format", "json")
    assert result.code == 0
    quotes = [r["quote"] for r in json.loads(result.out)["results"]]
    assert any("高新科技企业" in q for q in quotes)


def test_adding_and_removing_claim_files_rebuilds(kb_copy: Path, private_cache: Path,
                                                  jjj: RunCli) -> None:
    kb = ("--kb", str(kb_copy))
    before = jjj("export", *kb).out.count("\n")
    extra = kb_copy / "claims" / "extra.toml"
    first = "[[claim]]" + first_claim_file(kb_copy).read_text(encoding="utf-8").split(
        "[[claim]]")[1]
    old_id = first.split('id = "', 1)[1].split('"', 1)[0]
    extra.write_text(first.replace(f'"{old_id}"', f'"{old_id}-copy"', 1), encoding="utf-8")
    assert jjj("export", *kb).out.count("\n") == before + 1
    extra.unlink()
    assert jjj("export", *kb).out.count("\n") == before


@pytest.mark.parametrize("damage", ["truncate", "garbage", "foreign", "empty"])
def test_a_broken_or_foreign_cache_is_rebuilt_not_trusted(
        kb_copy: Path, private_cache: Path, jjj: RunCli, damage: str) -> None:
    kb = ("--kb", str(kb_copy))
    good = jjj("search", "高新技术企业", *kb, "--format", "json").out
    path = cache_path(kb_copy)
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(b"\0not sqlite" * 100)
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # a valid SQLite file that is not ours
        path.unlink()
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE claim (id TEXT)")
    result = jjj("search", "高新技术企业", *kb, "--format", "json")
    assert (result.code, result.out) == (0, good)
    assert result.err.startswith("jjj: warning: the cache ") and result.err.count("\n") == 1
    assert "damaged" in result.err
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == index.APPLICATION_ID
    assert jjj("search", "高新技术企业", *kb, "--format", "json").err == ""  # healed


def test_a_cache_built_for_another_folder_is_not_used(kb_copy: Path, private_cache: Path,
                                                     tmp_path: Path) -> None:
    open_kb(kb_copy)
    other = tmp_path / "other"
    shutil.copytree(kb_copy, other)
    shutil.copy(cache_path(kb_copy), cache_path(other))
    with pytest.raises(index.CacheError):
        index._connect(cache_path(other), other)


def test_no_writable_cache_dir_falls_back_to_the_toml(kb_copy: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     jjj: RunCli) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("JJJ_CACHE_DIR", str(blocker / "jjj"))
    result = jjj("search", "高新技术企业", "--kb", str(kb_copy), "--format", "ids")
    assert result.code == 0 and result.out and result.err == ""


def test_no_cache_leaves_no_temporary_files(kb_copy: Path, private_cache: Path) -> None:
    open_kb(kb_copy)
    name = cache_path(kb_copy).name
    assert sorted(p.name for p in private_cache.iterdir()) == [name, name + ".verified"]


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_only_after_a_second(
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([0.0, 0.5, 1.5, 2.0, 2.5])
    monkeypatch.setattr(output.time, "monotonic", lambda: next(clock))
    err = _Tty()
    monkeypatch.setattr(sys, "stderr", err)
    progress = output.Progress("indexing")
    progress(1, 10)  # at 0.5 s: nothing yet
    assert err.getvalue() == ""
    progress(5, 10)  # at 1.5 s
    assert "50%" in err.getvalue()
    progress.close()
    assert err.getvalue().endswith("done in 2.0 s\n")


def test_progress_is_silent_when_stderr_is_not_a_terminal(
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([0.0, 5.0, 6.0])
    monkeypatch.setattr(output.time, "monotonic", lambda: next(clock))
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    progress = output.Progress("indexing")
    progress(5, 10)
    progress.close()
    assert err.getvalue() == ""


@pytest.mark.parametrize("fresh_files", [False, True], ids=["installed", "just-written"])
def test_search_json_imports_only_what_it_uses_once_cached(tmp_path: Path,
                                                           fresh_files: bool) -> None:
    """The import bar holds right after ``pip install`` too, when every file of the
    knowledge base was written within the racy window of the build and is checked by
    content (this was a CI flake: the content check imported hashlib)."""
    env = {**os.environ, "JJJ_CACHE_DIR": str(tmp_path / "c")}
    if fresh_files:
        root = tmp_path / "kb"
        shutil.copytree(Path(load_kb().root), root, copy_function=shutil.copyfile)  # new mtimes
        env["JJJ_KB"] = str(root)
    script = ("import sys\nfrom jjjcli.launch import main\n"
              "code = main(['search', '数字经济', '--format', 'json'])\n"
              "heavy = sorted(m for m in ('rich', 'tomllib', 'tomli', 'opencc', 'rapidfuzz', "
              "'typer', 'dataclasses', 'hashlib')"
              " if m in sys.modules)\n"
              "sys.stderr.write(repr(heavy))\n")
    subprocess.run([sys.executable, "-c", script], env=env, check=True,
                   capture_output=True)  # builds the cache
    done = subprocess.run([sys.executable, "-c", script], env=env, check=True,
                          capture_output=True, text=True)
    assert done.stderr.rsplit("\n", 1)[-1] == "['opencc']"


def test_parsing_in_worker_processes_gives_the_same_knowledge_base(
        monkeypatch: pytest.MonkeyPatch, private_cache: Path) -> None:
    """Many claims files are parsed in parallel (kb.PARALLEL_FILES); the bundled base has
    ten, so lower the bar: the claims, problems and cache must be as parsed in order."""
    in_order = load_kb()
    monkeypatch.setattr(kb_module, "PARALLEL_FILES", 2)
    monkeypatch.setattr(kb_module.os, "cpu_count", lambda: 2)
    parallel = load_kb()
    assert list(parallel.claims) == list(in_order.claims)
    assert list(parallel.claims.values()) == list(in_order.claims.values())
    assert parallel.exclusions == in_order.exclusions
    cached = open_kb()
    assert [c.id for c in cached] == list(in_order.claims)


def test_a_malformed_file_parsed_in_a_worker_is_the_same_error(
        monkeypatch: pytest.MonkeyPatch, kb_copy: Path, private_cache: Path) -> None:
    for number in range(3):  # enough files for the parallel path
        shutil.copy(first_claim_file(kb_copy), kb_copy / "claims" / f"zz{number}.toml")
    broken = kb_copy / "claims" / "zz1.toml"
    broken.write_text(broken.read_text(encoding="utf-8") + '\n[[claim]]\nid = "x\n',
                      encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as in_order:
        load_kb(kb_copy)
    monkeypatch.setattr(kb_module, "PARALLEL_FILES", 2)
    monkeypatch.setattr(kb_module.os, "cpu_count", lambda: 2)
    with pytest.raises(KnowledgeBaseError) as parallel:
        load_kb(kb_copy)
    assert str(parallel.value) == str(in_order.value)
    assert "zz1.toml" in str(parallel.value) and "malformed TOML" in str(parallel.value)
    problems = [p.message for p in load_kb(kb_copy, lenient=True).problems]
    assert any(m.startswith("malformed TOML") for m in problems)


class _NoPool:
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise OSError("no semaphores here")


class _BreakingPool:
    """Runs the first two files, then breaks as a pool whose worker died."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.submitted = 0

    def __enter__(self) -> _BreakingPool:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def submit(self, function: Any, *args: Any) -> Future[Any]:
        from concurrent.futures.process import BrokenProcessPool

        future: Future[Any] = Future()
        self.submitted += 1
        if self.submitted <= 2:
            future.set_result(function(*args))
        else:
            future.set_exception(BrokenProcessPool("a worker died"))
        return future


@pytest.mark.parametrize("pool", [_NoPool, _BreakingPool])
def test_without_worker_processes_the_files_are_parsed_here(
        monkeypatch: pytest.MonkeyPatch, pool: type) -> None:
    import concurrent.futures

    in_order = load_kb()
    monkeypatch.setattr(kb_module, "PARALLEL_FILES", 2)
    monkeypatch.setattr(kb_module.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", pool)
    assert list(load_kb().claims.values()) == list(in_order.claims.values())
