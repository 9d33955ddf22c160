"""Shared fixtures: run `jjj` in-process as a pipe or as a terminal, with a fixed width."""

from __future__ import annotations

import importlib.util
import io
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from jjjcli.kb import KnowledgeBase, load_kb
from jjjcli.launch import main

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ASSETS = Path(__file__).parent / "assets"
REPO = Path(__file__).parent.parent


def load_cases(name: str, table: str) -> list[dict[str, Any]]:
    """The ``[[table]]`` entries of tests/assets/NAME (a hand-written case suite)."""
    with (ASSETS / name).open("rb") as handle:
        return list(tomllib.load(handle)[table])


def one_or_any(entry: dict[str, Any], key: str) -> list[str]:
    """The claim ids a case names under ``key`` (one) or ``key_any`` (any of several)."""
    if key in entry:
        return [entry[key]]
    return list(entry.get(f"{key}_any", []))


@dataclass
class Result:
    code: int
    out: str
    err: str


class _Stream(io.StringIO):
    def __init__(self, tty: bool, text: str = "") -> None:
        super().__init__(text)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


class _BinaryStdin:
    """stdin with a .buffer, for commands that read bytes (invalid UTF-8 tests)."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)

    def isatty(self) -> bool:
        return False

    def __iter__(self) -> Iterator[str]:
        return iter(self.buffer.read().decode("utf-8").splitlines(keepends=True))

    def read(self) -> str:
        return self.buffer.read().decode("utf-8")


@pytest.fixture(scope="session")
def session_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache directory for the whole run: the bundled KB is indexed once, not per test."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _fixed_terminal(monkeypatch: pytest.MonkeyPatch, session_cache: Path) -> None:
    """Same output on every machine: fixed width, no colour, bundled KB, private cache."""
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("LINES", "40")
    monkeypatch.delenv("JJJ_KB", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("JJJ_DEBUG", raising=False)
    monkeypatch.delenv("JJJ_NO_CACHE", raising=False)
    monkeypatch.delenv("JJJ_INDEX_THRESHOLD", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(session_cache))
    monkeypatch.setenv("JJJ_CACHE_DIR", str(session_cache / "jjj"))


RunCli = Callable[..., Result]


@pytest.fixture
def jjj(monkeypatch: pytest.MonkeyPatch) -> RunCli:
    """Run `jjj ARGS…` in-process; stdout is a pipe unless tty=True; fast=False parses
    every command line with Typer (jjjcli.launch)."""

    def run(*args: str, input: str | bytes | None = None, tty: bool = False,
            env: dict[str, str] | None = None, fast: bool = True) -> Result:
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        out, err = _Stream(tty), _Stream(False)
        if isinstance(input, bytes):
            stdin: object = _BinaryStdin(input)
        else:
            stdin = _Stream(False, input or "")
        saved = sys.stdout, sys.stderr, sys.stdin
        sys.stdout, sys.stderr, sys.stdin = out, err, stdin  # type: ignore[assignment]
        try:
            code = main(list(args), fast=fast)
        finally:
            sys.stdout, sys.stderr, sys.stdin = saved
        return Result(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The bundled knowledge base."""
    return load_kb()


def load_script(relative: str, name: str) -> ModuleType:
    """A script of the repository that is not a package module (tools/…, benchmarks/…),
    imported as the module ``name`` from its path under the repository."""
    spec = importlib.util.spec_from_file_location(name, REPO / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
