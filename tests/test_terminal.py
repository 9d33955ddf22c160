"""What reaches a terminal is shown, never obeyed (issue 18).

Control characters (ESC and the sequences it starts: OSC 52 writes the clipboard, OSC 0
the window title; BEL; the C1 controls) and the bidirectional controls that reorder what a
terminal shows (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) are printed as visible
escapes on a terminal, in every command and format. Data written to a pipe or a file keeps
the bidirectional controls as they are (and CSV keeps everything).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from conftest import RunCli
from jjjcli.errors import ExitCode
from jjjcli.output import literal
from test_hardening import MINI_ID, hostile_copy

#: the bidirectional formatting characters (Unicode's Bidi_Control property)
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
BIDI = "\u202eevil\u202c \u2066x\u2069 \u200e\u200f\u061c \u202a\u202b\u202d \u2067\u2068"
OBEYED = "\x1b]0;pwned\x07 \x1b]52;c;ZXZpbA==\x07 \x07 \x9b31m \x85"
HOSTILE = f"{BIDI} {OBEYED}"
#: what a terminal must never receive from data (the tests run with NO_COLOR: no ESC at
#: all); a tab separates TSV fields
#: the select-graphic-rendition codes jjj writes itself (bold, underline, reset)
STYLE = re.compile("\x1b\\[[0-9;]*m")
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + BIDI_CONTROLS + "]")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Bidirectional controls and escapes in a claim (quote, English, metric, subject,
    note), in a source's metadata and in a source text (an uncovered figure's context)."""
    root = hostile_copy(tmp_path_factory.mktemp("bidi") / "kb", HOSTILE)
    text = root / "sources" / "000_f79aeb44c6809f22.txt"
    with text.open("a", encoding="utf-8") as handle:
        handle.write(f"\n\n新增段落{HOSTILE}共有777家企业{HOSTILE}\n")
    return str(root)


COMMANDS: list[tuple[str, ...]] = [
    ("search", "1100家"), ("search", "1100家", "-f", "tsv"), ("search", "1100家", "-f", "json"),
    ("search", "1100家", "-f", "ndjson"), ("search", "1100家", "-f", "ids"),
    ("show", MINI_ID), ("show", MINI_ID, "-f", "json"), ("show", MINI_ID, "-f", "tsv"),
    ("cite", MINI_ID, "--quote"), ("cite", MINI_ID, "-f", "bibtex", "--quote"),
    ("cite", MINI_ID, "-f", "ris"), ("cite", MINI_ID, "-f", "csl-json"),
    ("cite", MINI_ID, "--style", "apa", "--quote"), ("cite", MINI_ID, "--style", "markdown"),
    ("sources",), ("sources", "-f", "json"), ("sources", "-f", "tsv"),
    ("compare", "2023年副中心高新技术企业超过1100家"), ("compare", "2023年副中心高新技术企业有1300家",
                                                 "-f", "json"),
    ("compare", "2023年副中心高新技术企业有1300家", "-f", "tsv"),
    ("compare", MINI_ID, "000-5-digital-revenue"), ("compare", "--metric", "高新技术企业数量" + HOSTILE),
    ("check",), ("check", "-f", "json"),
    ("export",), ("export", "-f", "json"), ("export", "-f", "csv"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a) for a in COMMANDS])
def test_nothing_a_terminal_obeys_reaches_it(jjj: RunCli, hostile: str,
                                             args: tuple[str, ...]) -> None:
    result = jjj(*args, "--kb", hostile, tty=True,
                 env={"NO_COLOR": "1", "TERM": "xterm-256color", "COLUMNS": "300"})
    assert result.code in (ExitCode.OK, ExitCode.NEGATIVE, ExitCode.UNSUPPORTED), result.err
    for stream in (result.out, result.err):
        # jjj's own bold and underline (kept under NO_COLOR) are the only escapes allowed
        found = FORBIDDEN.search(STYLE.sub("", stream))
        assert found is None, (hex(ord(found.group())), stream[:3000])
    assert "\\u202e" in result.out or "\\u202e" in result.err or args[0] in ("cite", "compare") \
        or args[-1] == "ids"  # shown, as an escape, wherever the data is printed


def test_stderr_messages_are_escaped_too(jjj: RunCli) -> None:
    result = jjj("show", "zzz\u202eabc\x1b]0;t\x07", "--kb", "tests/assets/mini_kb")
    assert result.code == ExitCode.NEGATIVE
    assert FORBIDDEN.search(result.err) is None and "\\u202e" in result.err


def test_csv_to_a_terminal_is_escaped_and_to_a_pipe_verbatim(jjj: RunCli, hostile: str) -> None:
    shown = jjj("export", "-f", "csv", "--kb", hostile, tty=True).out
    piped = jjj("export", "-f", "csv", "--kb", hostile).out
    assert "\\x1b]52;c;ZXZpbA==\\x07" in shown and "\\u202e" in shown
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(piped))}
    assert rows[MINI_ID]["note"] == HOSTILE  # the data, byte for byte


def test_csv_to_a_file_is_verbatim(jjj: RunCli, hostile: str, tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    assert jjj("export", "-f", "csv", "--kb", hostile, "--output", str(target),
               tty=True).code == ExitCode.OK
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(
        target.read_text(encoding="utf-8"), newline=""))}
    assert rows[MINI_ID]["en"] == "In 2023 " + HOSTILE


@pytest.mark.parametrize("args", [("export",), ("export", "-f", "json"),
                                  ("search", "1100家", "-f", "json"), ("show", MINI_ID, "-f", "json")])
def test_json_to_a_pipe_keeps_bidirectional_controls(jjj: RunCli, hostile: str,
                                                     args: tuple[str, ...]) -> None:
    piped = jjj(*args, "--kb", hostile).out
    assert "\u202e" in piped and "\x1b" not in piped  # C0 escaped as JSON does
    shown = jjj(*args, "--kb", hostile, tty=True).out
    assert "\u202e" not in shown and "\\u202e" in shown
    first = piped if args[-1] == "json" else piped.splitlines()[0]
    assert json.loads(first) == json.loads(shown if args[-1] == "json"
                                           else shown.splitlines()[0])  # same data


def test_tsv_to_a_pipe_keeps_bidirectional_controls(jjj: RunCli, hostile: str) -> None:
    piped = jjj("search", "1100家", "-f", "tsv", "--kb", hostile).out
    assert "\u202e" in piped


def test_literal_escapes_each_kind_once() -> None:
    from jjjcli import output

    assert output.BIDI_CONTROLS == BIDI_CONTROLS
    assert literal("a\u202eb\x1bc\u061cd\x85", bidi=True) == "a\\u202eb\\x1bc\\u061cd\\x85"
    assert literal("a\u202eb\x1bc", bidi=False) == "a\u202eb\\x1bc"
    assert literal("行\n行", bidi=True) == "行\n行"
