"""Shell completion (Typer's own, for bash, zsh and fish) completes claim ids and sources."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ASSETS


def complete(shell: str, words: str, tmp_path: Path, kb: Path | None = None) -> list[str]:
    """What the shell's completion function gets back for the command line ``words``."""
    env = {**os.environ, "_JJJ_COMPLETE": f"complete_{shell}",
           "JJJ_CACHE_DIR": str(tmp_path / "cache")}
    if kb is not None:
        env["JJJ_KB"] = str(kb)
    if shell == "bash":
        env["COMP_WORDS"] = words
        env["COMP_CWORD"] = str(len(words.split()) - (0 if words.endswith(" ") else 1))
    else:
        env["_TYPER_COMPLETE_ARGS"] = words
        if shell == "fish":
            env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    done = subprocess.run([sys.executable, "-m", "jjjcli"], env=env, capture_output=True,
                          text=True, check=False)
    assert done.stderr == ""
    return done.stdout.splitlines()


def values(shell: str, lines: list[str]) -> list[str]:
    if shell == "zsh":  # _arguments '*: :(("value":"help" …))'
        import re

        return re.findall(r'"((?:[^"]|"")*)":', "\n".join(lines))
    return [line.split("\t", 1)[0] for line in lines]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_claim_ids_complete_for_show_and_cite(shell: str, tmp_path: Path) -> None:
    for command in ("show", "cite", "compare"):
        got = values(shell, complete(shell, f"jjj {command} 004-254-jjj-g", tmp_path))
        assert "004-254-jjj-gdp-2023" in got, (command, got)
        assert all(v.startswith("004-254-jjj-g") for v in got)


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_source_names_complete_for_search(shell: str, tmp_path: Path) -> None:
    got = values(shell, complete(shell, "jjj search 数字经济 --source 00", tmp_path))
    assert {"000", "004", "004_6002a705fe7b9404.txt"} <= set(got)


def test_completion_follows_the_kb_in_use(tmp_path: Path) -> None:
    got = values("bash", complete("bash", "jjj show 000-5-", tmp_path, ASSETS / "mini_kb"))
    assert set(got) == {"000-5-hitech-firms", "000-5-digital-revenue"}


def test_completion_on_an_unreadable_kb_is_empty_not_an_error(tmp_path: Path) -> None:
    assert [line for line in complete("bash", "jjj show 00", tmp_path, tmp_path / "missing")
            if line.strip()] == []


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_are_offered(shell: str) -> None:
    # the script `jjj --show-completion` prints for the shell it runs in, asked for by name
    # (--show-completion detects the shell from its parent processes, which a test run in
    # the background may not have)
    result = subprocess.run([sys.executable, "-m", "jjjcli"],
                            capture_output=True, text=True, check=False,
                            env={**os.environ, "_JJJ_COMPLETE": f"source_{shell}"})
    assert result.returncode == 0
    assert "_JJJ_COMPLETE" in result.stdout
    assert ("complete_" + shell) in result.stdout
