"""The start-up fast path (jjjcli.launch) reads a command line exactly as the Typer app does.

Three things hold it there: its table of commands and options must equal the Typer app's
parameters; a command line it is unsure of must go to Typer; and on every command line
below both paths must print the same bytes and exit with the same code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.models import TyperPath

from conftest import ASSETS, RunCli, load_cases
from jjjcli import launch
from jjjcli.cli import app

CLICK = typer.main.get_command(app)


def _kind(param: Any) -> str:
    if getattr(param, "is_flag", False):
        return launch.FLAG
    if isinstance(param.type, TyperPath):  # taken as given: no existence check, not resolved
        assert not param.type.exists and not param.type.resolve_path
        return launch.PATH
    if param.type.name == "int range":
        assert param.type.min == 0 and not param.type.min_open and param.type.max is None
        return launch.COUNT
    assert param.type.name == "str", param.type
    return launch.TEXT


@pytest.mark.parametrize("name", sorted(launch.COMMANDS))
def test_the_fast_table_is_the_typer_apps(name: str) -> None:
    command = CLICK.commands[name]  # type: ignore[attr-defined]
    positional, count, options = launch.COMMANDS[name]
    arguments = [p for p in command.params if p.param_type_name == "argument"]
    assert [(a.name, a.nargs, a.required) for a in arguments] == [
        (positional, 1 if count == "1" else -1, count != "*")]
    typer_options = {}
    for param in command.params:
        if param.param_type_name != "option":
            continue
        assert not param.secondary_opts and not param.multiple and param.nargs == 1
        assert param.envvar == (launch.KB_ENVVAR if param.name == "kb_path" else None)
        for opt in param.opts:
            typer_options[opt] = (param.name, _kind(param))
    assert options == typer_options


@pytest.mark.parametrize(("args", "expected"), [
    (["search", "数字经济"], ("search", {"query": ["数字经济"]})),
    (["search", "-f", "json", "数字", "经济", "--limit=3", "-n", "4"],
     ("search", {"fmt": "json", "query": ["数字", "经济"], "limit": 4})),
    (["search", "--", "-5%", "--limit"], ("search", {"query": ["-5%", "--limit"]})),
    (["search", "x", "--kb", "some/where"], ("search", {"query": ["x"],
                                                       "kb_path": Path("some/where")})),
    (["show", "000-5"], ("show", {"claim_id": "000-5"})),
    (["compare"], ("compare", {"statement": []})),
    (["compare", "-", "-f", "tsv"], ("compare", {"statement": ["-"], "fmt": "tsv"})),
    (["cite", "-q", "--copy", "004-1", "-s", "apa"],
     ("cite", {"quote": True, "to_clipboard": True, "ids": ["004-1"], "style": "apa"})),
])
def test_well_formed_command_lines_take_the_fast_path(
        args: list[str], expected: tuple[str, dict[str, Any]]) -> None:
    assert launch.parse(args) == expected


@pytest.mark.parametrize("args", [
    [], ["--version"], ["--help"], ["check"], ["sources"], ["export"],
    ["search"], ["search", "x", "--help"], ["search", "x", "-h"],
    ["search", "x", "-n5"], ["search", "x", "--limit", "-1"], ["search", "x", "-n", "abc"],
    ["search", "x", "-n", "５"], ["search", "x", "--limit="], ["search", "x", "--limit"],
    ["search", "x", "--nope"], ["search", "-x"], ["search", "x", "--source", "-"],
    ["show"], ["show", "a", "b"], ["cite"], ["cite", "-qc", "x"], ["cite", "x", "--quote=yes"],
    ["compare", "--metric"], ["search", "x", "--format", ""],
])
def test_anything_else_goes_to_typer(args: list[str]) -> None:
    assert launch.parse(args) is None


def test_completion_goes_to_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_JJJ_COMPLETE", "complete_bash")
    assert launch.parse(["show", "000"]) is None


def test_the_kb_comes_from_jjj_kb_as_typer_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JJJ_KB", "")
    assert launch.parse(["show", "x"]) == ("show", {"claim_id": "x"})
    monkeypatch.setenv("JJJ_KB", "/k")
    assert launch.parse(["show", "x"]) == ("show", {"claim_id": "x", "kb_path": Path("/k")})
    assert launch.parse(["show", "x", "--kb", "/o"]) == (
        "show", {"claim_id": "x", "kb_path": Path("/o")})


def _command_lines() -> list[tuple[list[str], str | None, bool]]:
    """(arguments, stdin, terminal) for both paths to agree on."""
    mini = str(ASSETS / "mini_kb")
    lines: list[tuple[list[str], str | None, bool]] = []
    for case in load_cases("relevance.toml", "query"):
        lines.append((["search", *case["q"].split(), "--format", "json"], None, False))
    for case in load_cases("statements.toml", "statement")[::3]:
        lines.append((["compare", case["text"], "-f", "json"], None, False))
    lines += [
        (["search", "数字经济"], None, False),
        (["search", "数字经济"], None, True),
        (["search", "数字经济", "--format", "ids", "--limit", "0"], None, False),
        (["search", "高新技术企业", "-s", "000", "-t", "innovation", "-p", "2023"], None, False),
        (["search", "数字经济", "--kb", mini, "-f", "ndjson"], None, False),
        (["search", "zzzzqqqq"], None, False),
        (["search", " "], None, False),
        (["search", "x", "--format", "xml"], None, False),
        (["search", "x", "--kb", "/no/such/kb"], None, False),
        (["show", "000-5-hitech-firms-2023"], None, False),
        (["show", "000-5-hitech-firms-2023"], None, True),
        (["show", "000-5", "-f", "json"], None, False),
        (["show", "001-26-gdp"], None, False),
        (["show", "004-1", "--format", "tsv"], None, False),
        (["compare", "2023年副中心高新技术企业超过1100家"], None, True),
        (["compare", "-"], "2023年副中心高新技术企业超过1100家\n京津冀地区生产总值10.4万亿元\n",
         False),
        (["compare", "000-5-hitech-firms-2023", "000-25-hitech-firms-2023"], None, False),
        (["compare", "--metric", "地区生产总值", "--subject", "京津冀"], None, False),
        (["compare", "没有数字"], None, False),
        (["compare"], None, False),
        (["cite", "000-5-hitech-firms-2023"], None, False),
        (["cite", "000-5-hitech-firms-2023", "004-1", "--style", "apa", "--quote"], None, False),
        (["cite", "-", "-f", "bibtex"], "000-5-hitech-firms-2023\n004-1\n", False),
        (["cite", "000-5-hitech-firms-2023", "-f", "csl-json"], None, False),
        (["cite", "nope-nope"], None, False),
        (["cite", "000-5-hitech-firms-2023", "--style", "harvard"], None, False),
    ]
    return lines


@pytest.mark.parametrize(("args", "stdin", "tty"), _command_lines())
def test_both_paths_answer_alike(jjj: RunCli, args: list[str], stdin: str | None,
                                 tty: bool) -> None:
    assert launch.parse(args) is not None
    fast = jjj(*args, input=stdin, tty=tty)
    slow = jjj(*args, input=stdin, tty=tty, fast=False)
    assert (fast.code, fast.out, fast.err) == (slow.code, slow.out, slow.err)
