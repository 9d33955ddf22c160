"""The README's set-up commands stay true, and every command documents itself."""

from __future__ import annotations

import re

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
