"""The README's set-up commands stay true, and every command documents itself."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, RunCli
from jjjcli.cli import app

README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", README)


def test_readme_opens_with_the_two_setup_commands() -> None:
    install, tests = _commands()[:2]
    assert install.startswith("python3 -m venv .venv && .venv/bin/pip install -q . && ")
    assert ".venv/bin/jjj search " in install
    assert "'.[test]'" in tests and "pytest" in tests
    assert README.index(install) < 400


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert _commands()[1] in ci.splitlines()


@pytest.mark.parametrize("command", sorted(c.name or c.callback.__name__ for c in app.registered_commands if c.callback))
def test_every_command_has_help(jjj: RunCli, command: str) -> None:
    result = jjj(command, "--help")
    assert result.code == 0
    assert "Example" in result.out
    options = re.findall(r"^\s+(--[a-z-]+)", result.out, flags=re.MULTILINE)
    if command != "init":  # init makes a knowledge base: there is none to point at yet
        assert "--kb" in options


def test_exit_codes_are_documented() -> None:
    from jjjcli.errors import ExitCode

    for code in ExitCode:
        assert f"| {int(code)} |" in README or f"{int(code)}: " in README


def console_commands() -> list[tuple[str, int, str]]:
    """Every ``$ …`` line of the README's console blocks, in order: the command, the exit
    code it documents (a ``# exit N`` comment; 0 otherwise) and the output printed under
    it (empty when none is shown)."""
    found: list[tuple[str, int, str]] = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.DOTALL):
        for chunk in re.split(r"^(?=\$ )", block, flags=re.MULTILINE):
            if not chunk.startswith("$ "):
                continue
            command, _, shown = chunk[2:].partition("\n")
            documented = re.search(r"#\s*exit (\d+)", command)
            found.append((command, int(documented.group(1)) if documented else 0, shown))
    return found


def test_readme_shows_commands() -> None:
    commands = [c for c, _code, _out in console_commands()]
    assert len(commands) >= 12
    assert sum(c.startswith("jjj ") for c in commands) >= 10


def test_every_readme_command_runs_as_printed(tmp_path: Path) -> None:
    """Each command, in order, in one empty folder (a file one writes, the next reads),
    through bash with the installed `jjj`: its exit code is the documented one, and its
    output is what the README prints under it, where it prints any."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    env.pop("COLUMNS", None)
    for command, code, shown in console_commands():
        if "| jq " in command and shutil.which("jq") is None:
            # a machine with only Python has no jq: jjj's part of the pipeline still runs
            command, shown = command.split("| jq ")[0], ""
        run = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=120, check=False)
        assert run.returncode == code, f"$ {command}\nexit {run.returncode}: {run.stderr}"
        assert "Traceback" not in run.stderr, command
        if shown.strip():
            assert run.stdout == shown, f"$ {command}"


def test_nothing_points_outside_the_repository() -> None:
    for path in [REPO / "README.md", REPO / "facts" / "README.md", *(REPO / "docs").glob("*.md")]:
        assert "../shared" not in path.read_text(encoding="utf-8"), path
    assert "docs/json.md" in README and "docs/exit-codes.md" in README


def _keys(data: object) -> set[str]:
    if isinstance(data, dict):
        return set(data) | {k for v in data.values() for k in _keys(v)}
    if isinstance(data, list):
        return {k for v in data for k in _keys(v)}
    return set()


#: (command, keys that are data rather than field names: sources' file names)
JSON_COMMANDS = [
    ("search", "京津冀", "GDP", "--format", "json"),
    ("show", "004-254-jjj-gdp-2023", "--format", "json"),
    ("compare", "2023年京津冀地区生产总值10.9万亿元", "--format", "json"),
    ("compare", "001-26-jjj-gdp-2022", "004-254-jjj-gdp-2023", "--format", "json"),
    ("export", "--format", "json"),
    ("sources", "--format", "json"),
    ("topics", "--format", "json"),
    ("cite", "004-254-jjj-gdp-2023", "--format", "csl-json"),
    ("check", "--format", "json"),
    ("conflicts", "--format", "json"),
]


@pytest.mark.parametrize("args", JSON_COMMANDS, ids=[" ".join(a[:2]) for a in JSON_COMMANDS])
def test_every_json_field_is_documented(jjj: RunCli, args: tuple[str, ...]) -> None:
    import json

    docs = (REPO / "docs" / "json.md").read_text(encoding="utf-8")
    data = json.loads(jjj(*args).out)
    if args[0] == "check":
        data = {k: v for k, v in data.items() if k != "coverage"}
    for key in _keys(data):
        if args[0] == "cite" and key not in ("locator", "label"):
            continue  # CSL-JSON's own variables: the CSL specification documents them
        assert f"`{key}`" in docs or f'"{key}"' in docs, (args[0], key)
