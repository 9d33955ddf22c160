"""Issue 8, hardening: a scripted fact-check is never surprised.

- every command exits with the code product.md's table gives (0/1/2/3), always named through
  ``ExitCode``;
- a pipe gets data only: no colour, no boxes, no spinner; ``NO_COLOR`` and ``FORCE_COLOR``
  are honoured; a closed pipe and Ctrl-C end quietly (the real console script, in a
  subprocess);
- bad input gets one ``jjj: …`` line on stderr and the right code, never a traceback;
- Rich markup and terminal escapes in the knowledge base or in a query are printed as text,
  never obeyed by the terminal.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ASSETS, Result, RunCli
from jjjcli.errors import ExitCode, JJJError, KnowledgeBaseError
from jjjcli.kb import KnowledgeBase, load_kb

MINI = ("--kb", str(ASSETS / "mini_kb"))
NOWHERE = "/nonexistent/jjj-knowledge-base"
MINI_ID = "000-5-hitech-firms"
SUPPORTED = "2023年副中心高新技术企业超过1100家"
CONTRADICTED = "2023年副中心高新技术企业有1300家"
UNSUPPORTED = "雄安新区常住人口达到120万人"
NO_FIGURE = "京津冀协同发展成效显著"

BOX = re.compile(r"[\u2500-\u259f]")  # box drawing and block elements
SPINNER = re.compile(r"[\u2800-\u28ff◐◓◑◒⣾⣽⣻⢿⡿⣟⣯⣷]")  # braille and circle spinners
ESCAPES = ("\x1b]52;", "\x1b[31m", "\x1b[2J", "\x07", "\x9b")

MARKUP = "[bold red]x[/]"
LINK = "[link=https://example.com/evil]click[/link]"
OSC52 = "\x1b]52;c;ZXZpbA==\x07"  # would set the user's clipboard
RED = "\x1b[31m"


# --- knowledge bases built for a test -------------------------------------------------------

def kb_copy(root: Path, claims: Callable[[str], str] | None = None,
            sources: Callable[[str], str] | None = None) -> Path:
    """A copy of tests/assets/mini_kb at ``root``, its claims and sources.toml edited."""
    shutil.copytree(ASSETS / "mini_kb", root)
    for name, edit in (("claims/claims.toml", claims), ("sources.toml", sources)):
        if edit is not None:
            path = root / name
            path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return root


def toml_string(text: str) -> str:
    """A TOML basic string (control characters as \\u escapes)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f").replace(
        "\x9b", "\\u009b")


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Small knowledge bases, each wrong (or special) in one way."""
    base = tmp_path_factory.mktemp("kbs")
    built = {
        # a claims file that is not TOML: search cannot load, check lists it at file:line
        "malformed": kb_copy(base / "malformed", claims=lambda t: t + '\n[[claim]]\nid = "x\n'),
        # a sources.toml that is not TOML: nothing can run, check included
        "malformed-sources": kb_copy(base / "malformed-sources",
                                     sources=lambda t: t + "\n[[source]\n"),
        # a quote that is not in its paragraph: a problem for check, not for search
        "problem": kb_copy(base / "problem", claims=lambda t: t.replace(
            "高新技术企业超过1100家\"", "高新技术企业超过1200家\"", 1)),
        # two claims on one metric with different values: compare ID ID flags them
        "disagree": kb_copy(base / "disagree", claims=lambda t: t.replace(
            'raw = "10万亿元", value = 10000000000000',
            'raw = "9.4万亿元", value = 9400000000000')),
    }
    return {name: str(path) for name, path in built.items()}


@pytest.fixture(scope="module")
def bundled_id() -> str:
    """A claim id of the bundled knowledge base (whichever it holds today)."""
    return sorted(load_kb().claims)[0]


def one_error_line(result: Result, code: ExitCode) -> None:
    """The exit code, and stderr exactly one `jjj: …` line, never a traceback."""
    assert result.code == code, (result.code, result.err, result.out[:500])
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("jjj: ") and len(lines[0]) > len("jjj: ") + 5, result.err
    assert "Traceback" not in result.err and "Traceback" not in result.out


# --- 1. exit codes --------------------------------------------------------------------------

def test_exit_codes_are_the_documented_numbers() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "| command | 0 | 1 | 2 | 3 |" in readme
    assert [int(c) for c in (ExitCode.OK, ExitCode.NEGATIVE, ExitCode.ERROR,
                             ExitCode.UNSUPPORTED)] == [0, 1, 2, 3]
    assert ExitCode.INTERRUPTED == 128 + signal.SIGINT
    assert "130: interrupted" in readme


def test_this_file_names_exit_codes_through_exitcode() -> None:
    """The codes are defined once: no test here compares a code with a bare number."""
    source = Path(__file__).read_text(encoding="utf-8")
    bare = re.findall(r"(?:code|returncode)\s*(?:==|!=|in)\s*\(?-?\d", source)
    assert bare == []


OK, NEG, ERR, UNS = ExitCode.OK, ExitCode.NEGATIVE, ExitCode.ERROR, ExitCode.UNSUPPORTED

# (arguments, stdin, expected code); {bundled} is a bundled claim id, {name} a KB of `kbs`.
EXIT_CASES: list[tuple[tuple[str, ...], str | bytes | None, ExitCode]] = [
    # search: 0 results, 1 no result, 2 usage or knowledge-base error
    (("search", "副中心"), None, OK),
    (("search", "数字经济", "--format", "json"), None, OK),
    (("search", "1100家", *MINI), None, OK),
    (("search", "1100家", "--kb", "{problem}"), None, OK),
    (("search", "zzzqqqxxx"), None, NEG),
    (("search", "zzzqqqxxx", *MINI), None, NEG),
    (("search", "副中心", "--source", "999"), None, ERR),  # names the sources there are
    (("search", "副中心", "--topic", "nosuchtopic"), None, ERR),  # and the topics
    (("search", "副中心", "--source", "004"), None, OK),
    (("search", ""), None, ERR),
    (("search", "   "), None, ERR),
    (("search",), None, ERR),
    (("search", "副中心", "--format", "xml"), None, ERR),
    (("search", "副中心", "--limit", "-1"), None, ERR),
    (("search", "副中心", "--no-such-option"), None, ERR),
    (("search", "副中心", "--kb", NOWHERE), None, ERR),
    (("search", "副中心", "--kb", "{malformed}"), None, ERR),
    # show: 0 done, 1 unknown id, 2 usage or knowledge-base error
    (("show", "{bundled}"), None, OK),
    (("show", MINI_ID, *MINI, "--format", "json"), None, OK),
    (("show", "000-5-hitech-firmz", *MINI), None, NEG),
    (("show", "no-such-claim"), None, NEG),
    (("show", "000-5", *MINI), None, NEG),  # ambiguous prefix: the candidates, like unknown
    (("show",), None, ERR),
    (("show", ""), None, ERR),
    (("show", MINI_ID, *MINI, "--format", "xml"), None, ERR),
    (("show", MINI_ID, "--kb", NOWHERE), None, ERR),
    (("show", MINI_ID, "--kb", "{malformed}"), None, ERR),
    # compare: 0 all supported, 1 any contradicted, 2 error, 3 any unsupported
    (("compare", SUPPORTED, *MINI), None, OK),
    (("compare", CONTRADICTED, *MINI), None, NEG),
    (("compare", UNSUPPORTED, *MINI), None, UNS),
    (("compare", NO_FIGURE, *MINI), None, UNS),
    (("compare", "-", *MINI), f"{SUPPORTED}\n\n{SUPPORTED}\n", OK),
    (("compare", "-", *MINI), f"{SUPPORTED}\n{UNSUPPORTED}\n", UNS),
    (("compare", "-", *MINI), f"{UNSUPPORTED}\n{CONTRADICTED}\n{SUPPORTED}\n", NEG),
    (("compare", "-", *MINI, "--format", "json"), f"{CONTRADICTED}\n", NEG),
    (("compare", MINI_ID, "000-5-digital-revenue", *MINI), None, OK),
    (("compare", "001-26-gdp-2022", "001-2-gdp-2022-report", "--kb", "{disagree}"), None, NEG),
    (("compare",), None, ERR),
    (("compare", "", " "), None, ERR),
    (("compare", SUPPORTED, *MINI, "--format", "xml"), None, ERR),
    (("compare", SUPPORTED, "--kb", NOWHERE), None, ERR),
    (("compare", SUPPORTED, "--kb", "{malformed}"), None, ERR),
    (("compare", "-", *MINI), b"\xff\xfe\n", ERR),
    # cite: 0 done, 1 unknown id, 2 usage or knowledge-base error
    (("cite", "{bundled}"), None, OK),
    (("cite", MINI_ID, *MINI, "--style", "apa"), None, OK),
    (("cite", "-", *MINI, "--format", "bibtex"), f"{MINI_ID}\n", OK),
    (("cite", "no-such-claim"), None, NEG),
    (("cite", MINI_ID, "000-5-hitech-firmz", *MINI), None, NEG),
    (("cite",), None, ERR),
    (("cite", ""), None, ERR),
    (("cite", MINI_ID, *MINI, "--style", "harvard"), None, ERR),
    (("cite", MINI_ID, *MINI, "--format", "docx"), None, ERR),
    (("cite", "-", *MINI), "", ERR),
    (("cite", "-", *MINI), b"\xff\n", ERR),
    (("cite", MINI_ID, "--kb", NOWHERE), None, ERR),
    (("cite", MINI_ID, "--kb", "{malformed}"), None, ERR),
    # check: 0 clean, 1 problems found, 2 cannot run
    (("check", *MINI), None, OK),
    (("check", *MINI, "--format", "json"), None, OK),
    (("check", "--kb", "{problem}"), None, NEG),
    (("check", "--kb", "{malformed}"), None, NEG),  # a malformed claims file is a problem
    (("check", "--kb", NOWHERE), None, ERR),
    (("check", "--kb", "{malformed-sources}"), None, ERR),
    (("check", *MINI, "--format", "xml"), None, ERR),
    # sources and export: 0 done, 2 usage or knowledge-base error
    (("sources",), None, OK),
    (("sources", *MINI, "--format", "json"), None, OK),
    (("sources", "--format", "xml"), None, ERR),
    (("sources", "--kb", NOWHERE), None, ERR),
    (("sources", "--kb", "{malformed}"), None, ERR),
    (("export",), None, OK),
    (("export", *MINI, "--format", "csv"), None, OK),
    (("export", "--format", "xml"), None, ERR),
    (("export", "--format", "sqlite"), None, ERR),
    (("export", "--kb", NOWHERE), None, ERR),
    (("export", "--kb", "{malformed}"), None, ERR),
    # no such command
    (("frobnicate",), None, ERR),
]


@pytest.mark.parametrize(("args", "stdin", "expected"), EXIT_CASES,
                         ids=[" ".join(a)[:60] for a, _s, _e in EXIT_CASES])
def test_exit_code(jjj: RunCli, kbs: dict[str, str], bundled_id: str, args: tuple[str, ...],
                   stdin: str | bytes | None, expected: ExitCode) -> None:
    argv = [a.format(bundled=bundled_id, **kbs) if "{" in a else a for a in args]
    result = jjj(*argv, input=stdin)
    assert result.code == expected, (argv, result.code, result.err, result.out[:300])
    assert "Traceback" not in result.err + result.out
    if expected == ERR or (expected == NEG and args[0] in ("search", "show", "cite")):
        one_error_line(result, expected)  # the error, the "no result", the "did you mean"
    if expected == NEG and args[0] == "check":
        assert re.search(r"\.toml:\d+: ", result.out), result.out


def test_export_sqlite_exit_code(jjj: RunCli, tmp_path: Path) -> None:
    result = jjj("export", *MINI, "--format", "sqlite", "--output", str(tmp_path / "j.db"))
    assert result.code == ExitCode.OK
    assert (tmp_path / "j.db").is_file()


# --- 2. pipes, colour, closed pipes, Ctrl-C ------------------------------------------------

PIPED: list[tuple[tuple[str, ...], str | None]] = [
    (("search", "数字经济"), None),
    (("search", "5.59万亿", "--format", "json"), None),
    (("search", "副中心", "--format", "ndjson"), None),
    (("search", "副中心", "--format", "ids"), None),
    (("search", "zzzqqqxxx"), None),
    (("show", "{bundled}"), None),
    (("show", "{bundled}", "--format", "json"), None),
    (("compare", SUPPORTED, *MINI), None),
    (("compare", "-", *MINI), f"{SUPPORTED}\n{CONTRADICTED}\n{UNSUPPORTED}\n{NO_FIGURE}\n"),
    (("compare", MINI_ID, "000-5-digital-revenue", *MINI), None),
    (("compare", "--metric", "地区生产总值", *MINI), None),
    (("cite", "{bundled}"), None),
    (("cite", MINI_ID, *MINI, "--format", "ris"), None),
    (("check", *MINI), None),
    (("check", "--kb", "{problem}"), None),
    (("sources",), None),
    (("export",), None),
    (("export", *MINI, "--format", "csv"), None),
]


@pytest.mark.parametrize(("args", "stdin"), PIPED, ids=[" ".join(a)[:50] for a, _ in PIPED])
def test_piped_output_is_plain(jjj: RunCli, kbs: dict[str, str], bundled_id: str,
                               args: tuple[str, ...], stdin: str | None) -> None:
    argv = [a.format(bundled=bundled_id, **kbs) if "{" in a else a for a in args]
    result = jjj(*argv, input=stdin)
    assert result.code in (ExitCode.OK, ExitCode.NEGATIVE, ExitCode.UNSUPPORTED), result.err
    for stream in (result.out, result.err):
        assert "\x1b" not in stream and "\r" not in stream
        assert not BOX.search(stream), stream[:300]
        assert not SPINNER.search(stream), stream[:300]
    if "--format" not in argv and argv[0] in ("search", "compare", "sources") and result.out:
        widths = {line.count("\t") for line in result.out.splitlines()}
        assert len(widths) == 1 and widths != {0}, result.out[:500]  # TSV: one shape


def test_building_the_cache_in_a_pipe_shows_no_progress(jjj: RunCli, tmp_path: Path) -> None:
    result = jjj("search", "副中心", env={"JJJ_CACHE_DIR": str(tmp_path / "fresh")})
    assert result.code == ExitCode.OK
    assert result.err == ""
    assert "\x1b" not in result.out and "\r" not in result.out


def no_colour(text: str) -> bool:
    """Whether the only escapes in ``text`` are emphasis (reset, bold, italic, underline): what
    NO_COLOR leaves, so that matched words stay marked."""
    return set(re.findall(r"\x1b[^m]*m|\x1b", text)) <= {"\x1b[0m", "\x1b[1m", "\x1b[3m",
                                                        "\x1b[4m", "\x1b[1;4m"}


TABLES: list[tuple[str, ...]] = [
    ("search", "副中心"),
    ("show", MINI_ID, *MINI),
    ("compare", CONTRADICTED, *MINI),
    ("compare", MINI_ID, "000-5-digital-revenue", *MINI),
    ("sources",),
]


@pytest.mark.parametrize("args", TABLES, ids=[" ".join(a)[:40] for a in TABLES])
def test_no_color_on_a_terminal(jjj: RunCli, args: tuple[str, ...]) -> None:
    coloured = jjj(*args, tty=True, env={"TERM": "xterm-256color"})
    assert "\x1b[" in coloured.out  # so that the next assertion means something
    plain = jjj(*args, tty=True, env={"TERM": "xterm-256color", "NO_COLOR": "1"})
    assert plain.code == coloured.code
    assert no_colour(plain.out) and "\x1b" not in plain.err
    assert BOX.search(plain.out)  # still the table a person reads


@pytest.mark.parametrize("term", ["xterm-256color", "dumb"])
@pytest.mark.parametrize("args", TABLES, ids=[" ".join(a)[:40] for a in TABLES])
def test_force_color_colours_a_piped_table(jjj: RunCli, args: tuple[str, ...], term: str) -> None:
    result = jjj(*args, "--format", "table", env={"FORCE_COLOR": "1", "TERM": term})
    assert "\x1b[" in result.out
    data = jjj(*args, env={"FORCE_COLOR": "1", "TERM": term})
    assert "\x1b" not in data.out  # the default in a pipe is still TSV, and data has no colour


def _console_script() -> list[str]:
    """The installed `jjj` next to this interpreter, else `python -m jjjcli`."""
    script = Path(sys.executable).with_name("jjj")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "jjjcli"]


def _read_one_line_and_close(args: tuple[str, ...]) -> tuple[bytes, bytes, int]:
    """`jjj ARGS | head -1`: the reader goes away after one line. (first line, stderr,
    exit status)"""
    with subprocess.Popen([*_console_script(), *args], stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        err = process.stderr.read()
        status = process.wait(timeout=120)
    return first, err, status


def _write_to_a_closed_pipe(args: tuple[str, ...]) -> tuple[bytes, int]:
    """`jjj ARGS | true`, deterministically: the reader is gone before jjj writes at all.
    (stderr, exit status)"""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        run = subprocess.run([*_console_script(), *args], stdin=subprocess.DEVNULL,
                             stdout=write_end, stderr=subprocess.PIPE, timeout=120)
    finally:
        os.close(write_end)
    return run.stderr, run.returncode


# Each writes more than Python's 8 KiB buffer, so a write fails inside the command.
PIPE_CLOSED = [
    ("search", "京津冀", "--limit", "0"),
    ("search", "京津冀", "--limit", "0", "--format", "json"),
    ("search", "京津冀", "--limit", "0", "--format", "table"),
    ("export",),
    ("export", "--format", "csv"),
]


@pytest.mark.parametrize("args", [("search", "数字经济"), *PIPE_CLOSED],
                         ids=lambda a: " ".join(a))
def test_a_closed_pipe_ends_quietly(args: tuple[str, ...]) -> None:
    first, err, status = _read_one_line_and_close(args)
    assert first.strip()
    assert err == b"", err  # no traceback, no "Exception ignored", no message
    assert status != ExitCode.ERROR and status >= 0 or status == -signal.SIGPIPE
    err, status = _write_to_a_closed_pipe(args)
    assert err == b"", err
    assert status != ExitCode.ERROR and status >= 0 or status == -signal.SIGPIPE


PIPE_STATUS = (
    "a closed pipe ends with status 1 (product.md: 'no result'), not 0: typer's click "
    "catches the BrokenPipeError (EPIPE) itself and calls sys.exit(1), and Rich's "
    "Console.on_broken_pipe raises SystemExit(1), so main()'s `except BrokenPipeError` never "
    "runs. Fix in src/jjjcli/cli.py main(): add `except SystemExit as exc:` that calls "
    "_exit_quietly_on_broken_pipe() when a BrokenPipeError is in exc.__context__ (else "
    "code = exc.code), or wrap sys.stdout before app() in a writer whose write/flush turn "
    "BrokenPipeError into _exit_quietly_on_broken_pipe()")


@pytest.mark.parametrize("args", PIPE_CLOSED, ids=lambda a: " ".join(a))
def test_a_closed_pipe_exits_0(args: tuple[str, ...]) -> None:
    _err, status = _write_to_a_closed_pipe(args)
    assert status in (ExitCode.OK, -signal.SIGPIPE), status


def test_a_closed_pipe_in_a_shell_pipeline() -> None:
    jjj = " ".join(f"'{part}'" for part in _console_script())
    run = subprocess.run(
        ["bash", "-c", f"{jjj} search 数字经济 | head -1; {jjj} export | head -1"],
        capture_output=True, timeout=120)
    lines = run.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2 and lines[0].startswith("id\t") and lines[1].startswith("{")
    assert run.stderr == b""


def test_ctrl_c_ends_quietly_with_130() -> None:
    """`jjj compare -` waiting on a pipe that stays open, then SIGINT."""
    with subprocess.Popen([sys.executable, "-m", "jjjcli", "compare", "-", *MINI],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as process:
        assert process.stdin and process.stdout and process.stderr
        process.stdin.write(f"{SUPPORTED}\n".encode())
        process.stdin.flush()
        header = process.stdout.readline()
        verdict = process.stdout.readline()  # flushed line by line: it reads the pipe now
        assert header.startswith(b"verdict\t") and verdict.startswith(b"supported\t")
        time.sleep(0.1)
        process.send_signal(signal.SIGINT)
        status = process.wait(timeout=30)
        err = process.stderr.read().decode("utf-8", "replace")
    assert status == ExitCode.INTERRUPTED, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip() == ""


@pytest.mark.parametrize(("module", "argv"), [
    ("jjjcli.launch", ["search", "x"]),
    ("jjjcli.search", ["search", "x"]),  # the fast path, which never imports typer
    ("typer", ["--version"]),  # a command line Typer parses
])
def test_ctrl_c_while_starting_ends_quietly(module: str, argv: list[str]) -> None:
    """Deterministic: SIGINT arrives exactly when jjj imports ``module``."""
    code = textwrap.dedent(f"""
        import os, runpy, signal, sys

        class Interrupt:
            def find_spec(self, name, path=None, target=None):
                if name == {module!r}:
                    sys.meta_path.remove(self)
                    os.kill(os.getpid(), signal.SIGINT)
                return None

        sys.meta_path.insert(0, Interrupt())
        sys.argv = ["jjj", *{argv!r}]
        runpy.run_module("jjjcli", run_name="__main__", alter_sys=True)
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert "Traceback" not in run.stderr.decode("utf-8", "replace")
    assert run.returncode == ExitCode.INTERRUPTED


# --- 3. bad input ---------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ("search", ""), ("search", " \t "), ("compare", ""), ("show", " "), ("cite", ""),
], ids=["search", "search-blank", "compare", "show", "cite"])
def test_empty_input_is_a_usage_error(jjj: RunCli, args: tuple[str, ...]) -> None:
    one_error_line(jjj(*args, *MINI), ExitCode.ERROR)


def _long_query() -> str:
    words = ["京津冀", "协同发展", "数字经济", "5.59万亿元", "超过1100家", "GDP", "2023年",
             "高新技术企业", "[bold]", "\x1b[31m", "约3.7%", "Beijing", "雄安", "一百二十万人"]
    text = " ".join(words[i % len(words)] + str(i % 97) for i in range(3000))
    return (text * 2)[:30_000]


@pytest.mark.parametrize("command", ["search", "compare"])
def test_a_30000_character_query_completes(jjj: RunCli, command: str) -> None:
    query = _long_query()
    assert len(query) == 30_000
    result = jjj(command, query, "--format", "json")
    assert result.code in (ExitCode.OK, ExitCode.NEGATIVE, ExitCode.UNSUPPORTED), result.err
    assert len(result.err.splitlines()) <= 1 and "Traceback" not in result.err
    json.loads(result.out)


@pytest.mark.parametrize("command", ["compare", "cite"])
@pytest.mark.parametrize("data", [b"\xff\xfe broken\n", b"\xe4\xba\n",
                                  b"000-5-hitech-firms\n\xc3\x28\n"],
                         ids=["bom", "truncated", "second-line"])
def test_invalid_utf8_on_stdin(jjj: RunCli, command: str, data: bytes) -> None:
    result = jjj(command, "-", *MINI, input=data)
    line = 2 if data.startswith(b"000") else 1
    # (to compare, the claim id of the first line is a statement with no figure: warned of)
    assert result.code == ExitCode.ERROR and "Traceback" not in result.err
    errors = [e for e in result.err.splitlines() if not e.startswith("jjj: warning: ")]
    assert errors == [f"jjj: line {line} of stdin is not valid UTF-8"]


@pytest.mark.parametrize("args", [("search", "副中心\udcff"), ("show", "000-5\udcff"),
                                  ("compare", "副中心高新技术企业超过1100家\udcff")],
                         ids=["search", "show", "compare"])
def test_invalid_utf8_in_arguments(jjj: RunCli, args: tuple[str, ...]) -> None:
    result = jjj(*args)  # what Python makes of the bytes \xff in argv
    one_error_line(result, ExitCode.ERROR)
    assert "UTF-8" in result.err and "internal error" not in result.err


def test_a_statement_with_no_figure(jjj: RunCli) -> None:
    result = jjj("compare", NO_FIGURE, *MINI, "--format", "json")
    one_error_line(result, ExitCode.UNSUPPORTED)
    assert result.err == f"jjj: warning: no figure to check in {NO_FIGURE!r}\n"
    assert json.loads(result.out)["reason"] == "no figure in the statement to check"


@pytest.mark.parametrize("command", [("search", "副中心"), ("show", MINI_ID), ("compare", SUPPORTED),
                                     ("cite", MINI_ID), ("check",), ("sources",), ("export",)],
                         ids=lambda c: c[0])
def test_a_missing_knowledge_base(jjj: RunCli, command: tuple[str, ...]) -> None:
    result = jjj(*command, "--kb", NOWHERE)
    one_error_line(result, ExitCode.ERROR)
    assert result.err == f"jjj: knowledge base not found: {NOWHERE}\n"
    via_env = jjj(*command, env={"JJJ_KB": NOWHERE})
    assert via_env.err == result.err and via_env.code == ExitCode.ERROR


def test_malformed_toml_names_file_and_line(jjj: RunCli, kbs: dict[str, str]) -> None:
    claims = Path(kbs["malformed"]) / "claims" / "claims.toml"
    line = claims.read_text(encoding="utf-8").count("\n")  # the unterminated string
    for command in (("search", "副中心"), ("show", MINI_ID), ("compare", SUPPORTED),
                    ("cite", MINI_ID), ("sources",), ("export",)):
        result = jjj(*command, "--kb", kbs["malformed"])
        one_error_line(result, ExitCode.ERROR)
        assert result.err.startswith(f"jjj: {claims}:{line}: malformed TOML: ")
    checked = jjj("check", "--kb", kbs["malformed"])
    assert checked.code == ExitCode.NEGATIVE
    assert f"{claims}:{line}: malformed TOML" in checked.out
    sources = Path(kbs["malformed-sources"]) / "sources.toml"
    broken = jjj("check", "--kb", kbs["malformed-sources"])
    one_error_line(broken, ExitCode.ERROR)
    assert re.match(rf"jjj: {re.escape(str(sources))}:\d+: malformed TOML", broken.err)


def test_a_claims_file_that_is_not_utf8(jjj: RunCli, tmp_path: Path) -> None:
    root = kb_copy(tmp_path / "kb")
    data = '[[claim]]\nid = "café"\n'.encode("latin-1")
    (root / "claims" / "latin1.toml").write_bytes(data)
    result = jjj("search", "副中心", "--kb", str(root))
    one_error_line(result, ExitCode.ERROR)
    where = data.index("é".encode("latin-1"))
    assert result.err == (f"jjj: {root / 'claims' / 'latin1.toml'}:2: not valid UTF-8 "
                          f"(at byte {where})\n")


ESCAPING = "../../etc/passwd"


def test_a_claim_source_outside_the_knowledge_base(jjj: RunCli, tmp_path: Path) -> None:
    """The loader refuses the base (product.md: a knowledge-base error, 2; check cannot
    run), naming the claim's file and line; nothing outside sources/ is ever read."""
    root = kb_copy(tmp_path / "kb", claims=lambda t: t.replace(
        'source = "000_f79aeb44c6809f22.txt"', f'source = "{ESCAPING}"', 1))
    with pytest.raises(KnowledgeBaseError, match="not a plain file name"):
        load_kb(root)
    with pytest.raises(KnowledgeBaseError, match="not a plain file name"):
        load_kb(root, lenient=True)
    where = f"claims/claims.toml:{_first_claim_line(root)}: "
    for command in (("search", "副中心"), ("show", MINI_ID), ("compare", SUPPORTED),
                    ("cite", MINI_ID), ("check",), ("export",)):
        result = jjj(*command, "--kb", str(root))
        one_error_line(result, ExitCode.ERROR)
        assert result.err == (f"jjj: {where}source '{ESCAPING}' is not a plain file name "
                              "inside sources/\n")
        assert "root:" not in result.out  # /etc/passwd's first line


def _first_claim_line(root: Path) -> int:
    text = (root / "claims" / "claims.toml").read_text(encoding="utf-8")
    return text.splitlines().index("[[claim]]") + 1


@pytest.mark.parametrize("name", [ESCAPING, "/etc/passwd", "..", ".hidden", "a\\..\\b"])
def test_a_source_file_outside_the_knowledge_base(jjj: RunCli, tmp_path: Path,
                                                  name: str) -> None:
    root = kb_copy(tmp_path / "kb", sources=lambda t: t.replace(
        'file = "001_9edae77716d51e3f.txt"', f"file = {toml_string(name)}"))
    line = (root / "sources.toml").read_text(encoding="utf-8").splitlines().index(
        "[[source]]", 5) + 1
    for command in (("search", "副中心"), ("check",), ("sources",)):
        result = jjj(*command, "--kb", str(root))
        one_error_line(result, ExitCode.ERROR)
        assert result.err.startswith(f"jjj: sources.toml:{line}: source "), result.err


def test_a_symlink_out_of_sources_is_refused(jjj: RunCli, tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("secret 1100家\n", encoding="utf-8")
    root = kb_copy(tmp_path / "kb")
    link = root / "sources" / "001_9edae77716d51e3f.txt"
    link.unlink()
    link.symlink_to(outside)
    for command in (("search", "副中心"), ("check",), ("show", "001-2-industrial-value-added")):
        result = jjj(*command, "--kb", str(root))
        one_error_line(result, ExitCode.ERROR)
        assert "leaves the knowledge base" in result.err
        assert "secret" not in result.out


# --- markup and terminal escapes: printed, never obeyed -------------------------------------

HOSTILE = f"{MARKUP} {LINK} {OSC52} {RED}red \x1b[2J \x9b31m"


def hostile_copy(target: Path, hostile: str, *, everywhere: bool = False) -> Path:
    """A copy of the mini knowledge base with ``hostile`` text in a claim's quote, English,
    metric, subject and note and in a source's title (``everywhere``: also in a topic and
    a page)."""
    def claims(text: str) -> str:
        text = text.replace(
            'metric = "高新技术企业数量"', f"metric = {toml_string('高新技术企业数量' + hostile)}", 1,
        ).replace(
            'subject = "北京城市副中心"', f"subject = {toml_string('北京城市副中心' + hostile)}", 1,
        ).replace(
            "en = \"In 2023 Beijing's sub-centre had more than 1,100 high-tech enterprises.\"",
            f"en = {toml_string('In 2023 ' + hostile)}\nnote = {toml_string(hostile)}", 1,
        ).replace(
            'quote = "2023年，副中心数字经济核心产业收入超过 430亿元，高新技术企业超过1100家"',
            f"quote = {toml_string('2023年，副中心高新技术企业超过1100家' + hostile)}", 1)
        if everywhere:
            text = text.replace('topics = ["enterprises", "innovation"]',
                                f'topics = ["enterprises", {toml_string(hostile)}]', 1)
        return text

    def sources(text: str) -> str:
        page = (f'\npage = {{ value = {toml_string(hostile)}, paragraph = 0, from = "hand" }}'
                if everywhere else "")
        return text.replace(
            'title = { value = "北京城市副中心高新技术企业突破1100家", paragraph = 2 }',
            f'title = {{ value = {toml_string("北京城市副中心" + hostile)}, paragraph = 2 }}' + page)

    return kb_copy(target, claims=claims, sources=sources)


@pytest.fixture(scope="module")
def hostile_kb(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Markup and escapes in the quote, the English, the metric, the subject, the note,
    a topic and a source's metadata."""
    root = hostile_copy(tmp_path_factory.mktemp("hostile") / "kb", HOSTILE, everywhere=True)
    kb = load_kb(root)
    assert HOSTILE in kb.claims[MINI_ID].en and not kb.problems
    return str(root)


HOSTILE_COMMANDS: list[tuple[str, ...]] = [
    ("search", "1100家"),
    ("search", "副中心", "--format", "tsv"),
    ("show", MINI_ID),
    ("compare", "2023年副中心高新技术企业超过1100家"),
    ("compare", "2023年副中心高新技术企业有1300家"),
    ("compare", MINI_ID, "000-5-digital-revenue"),
    ("sources",),
    ("check",),
    ("search", "1100家", "--format", "json"),
    ("export",),
]


@pytest.mark.parametrize("color", [False, True], ids=["no-color", "color"])
@pytest.mark.parametrize("args", HOSTILE_COMMANDS, ids=[" ".join(a) for a in HOSTILE_COMMANDS])
def test_markup_and_escapes_in_the_knowledge_base_are_printed_literally(
        jjj: RunCli, hostile_kb: str, args: tuple[str, ...], color: bool) -> None:
    env = {"TERM": "xterm-256color", "COLUMNS": "400"}
    if not color:
        env["NO_COLOR"] = "1"
    result = jjj(*args, "--kb", hostile_kb, tty=True, env=env)
    assert result.code in (ExitCode.OK, ExitCode.NEGATIVE, ExitCode.UNSUPPORTED), result.err
    for stream in (result.out, result.err):
        for escape in ESCAPES:
            assert escape not in stream, (escape, stream[:2000])
        if not color:
            assert no_colour(stream)
    if args[0] in ("search", "show", "sources") and "json" not in args or args[1:2] == (
            MINI_ID,):
        assert MARKUP in result.out and LINK in result.out  # markup is text
        assert "\\x1b]52;c;ZXZpbA==\\x07" in result.out  # escapes are visible
        assert "\\x1b[31mred" in result.out


def test_markup_and_escapes_in_a_citation_are_printed_literally(jjj: RunCli,
                                                               hostile_kb: str) -> None:
    for fmt in ("text", "bibtex", "ris"):
        result = jjj("cite", MINI_ID, "--format", fmt, "--quote", "--kb", hostile_kb, tty=True)
        assert result.code == ExitCode.OK
        assert MARKUP in result.out
        for escape in ESCAPES:
            assert escape not in result.out


@pytest.mark.parametrize("query", [MARKUP + " 1100家", LINK + " 副中心", OSC52 + "副中心 1100家",
                                   RED + "副中心" + "\x1b[0m", "\x9b31m副中心"],
                         ids=["markup", "link", "osc52", "sgr", "c1-csi"])
def test_markup_and_escapes_in_a_query_are_printed_literally(jjj: RunCli, query: str) -> None:
    for command in (("search", query), ("search", query + " zzzqqq"),
                    ("compare", query + " 超过1100家")):
        for fmt in ((), ("--format", "tsv"), ("--format", "json")):
            result = jjj(*command, *MINI, *fmt, tty=True, env={"TERM": "xterm-256color"})
            assert result.code in (ExitCode.OK, ExitCode.NEGATIVE, ExitCode.UNSUPPORTED)
            for stream in (result.out, result.err):
                for escape in ESCAPES:
                    assert escape not in stream, (command, fmt, escape, stream[:1000])
            if fmt == ("--format", "json"):
                key = "query" if command[0] == "search" else "statement"
                assert json.loads(result.out)[key].startswith(query)  # the data stays exact


def test_an_escape_sequence_is_not_read_as_a_figure(jjj: RunCli) -> None:
    """`\\x1b[31m` in a pasted statement: 31 is a colour, not a figure to check."""
    result = jjj("compare", f"{RED}{SUPPORTED}\x1b[0m", *MINI, "--format", "json")
    assert [f["raw"] for f in json.loads(result.out)["figures"]] == ["超过1100家"]


def test_an_escape_sequence_does_not_change_the_verdict(jjj: RunCli) -> None:
    result = jjj("compare", f"{RED}{SUPPORTED}\x1b[0m", *MINI, "--format", "json")
    assert result.code == ExitCode.OK, result.out


def test_search_table_keeps_its_three_line_cell(jjj: RunCli) -> None:
    result = jjj("search", "1100家", *MINI, tty=True, env={"NO_COLOR": "1", "COLUMNS": "160"})
    assert re.search(rf"│ {MINI_ID}\s+│", result.out), result.out
    assert re.search(r"│ 000 ¶5\s+│", result.out), result.out


def test_kb_api_refuses_an_empty_id() -> None:
    kb: KnowledgeBase = load_kb(ASSETS / "mini_kb")
    with pytest.raises(JJJError, match="empty") as raised:
        kb.resolve("  ")
    assert raised.value.exit_code == ExitCode.ERROR


def test_a_quote_whose_lower_case_is_longer_is_highlighted(jjj: RunCli, tmp_path: Path) -> None:
    root = kb_copy(tmp_path / "kb", claims=lambda t: t.replace(
        'quote = "2023年，副中心数字经济核心产业收入超过 430亿元，高新技术企业超过1100家"',
        'quote = "İİİİ高新技术企业超过1100家，副中心"', 1))
    result = jjj("search", "副中心", "--kb", str(root), tty=True, env={"COLUMNS": "200"})
    assert result.code == ExitCode.OK, result.err
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.out)  # the highlight's colour codes
    assert "İİİİ高新技术企业超过1100家，副中心" in plain


def test_bare_jjj_prints_its_help_on_stderr_as_a_usage_error(jjj: RunCli) -> None:
    result = jjj()
    assert result.code == ExitCode.ERROR and result.out == ""
    assert result.err.startswith("Usage: jjj [OPTIONS] COMMAND")
    assert "search" in result.err and len(result.err.splitlines()) > 5
