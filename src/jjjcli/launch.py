"""The entry point: run a command line, and turn every error into one line and an exit code.

Importing Typer takes longer than everything ``jjj search … --format json`` then does, so
the command lines people and scripts type most (search, show, compare and cite with their
own options, well formed) are parsed here and run without it. Anything else — help,
``--version``, completion, another command, an unknown or malformed option, a missing
argument — goes to the Typer app, which answers exactly as it always does. Both paths run
the same functions in ``jjjcli.commands``; tests/test_launch.py holds the table below to the
Typer app's parameters and compares the two paths' output.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from jjjcli.errors import ExitCode, JJJError, Terminated
from jjjcli.output import error

#: Option kinds: a string, a path, a whole number ≥ 0, or a flag that takes no value.
TEXT, PATH, COUNT, FLAG = "text", "path", "count", "flag"

#: command → (its positional parameter, how many it takes: "1", "+" or "*";
#: option name → (parameter name, kind)). Mirrors the Typer app (jjjcli.cli).
COMMANDS: dict[str, tuple[str, str, dict[str, tuple[str, str]]]] = {
    "search": ("query", "+", {
        "--kb": ("kb_path", PATH), "--format": ("fmt", TEXT), "-f": ("fmt", TEXT),
        "--source": ("source", TEXT), "-s": ("source", TEXT),
        "--topic": ("topic", TEXT), "-t": ("topic", TEXT),
        "--period": ("period", TEXT), "-p": ("period", TEXT),
        "--limit": ("limit", COUNT), "-n": ("limit", COUNT),
    }),
    "show": ("claim_id", "1", {
        "--kb": ("kb_path", PATH), "--format": ("fmt", TEXT), "-f": ("fmt", TEXT),
    }),
    "compare": ("statement", "*", {
        "--kb": ("kb_path", PATH), "--format": ("fmt", TEXT), "-f": ("fmt", TEXT),
        "--metric": ("metric", TEXT), "-m": ("metric", TEXT), "--subject": ("subject", TEXT),
    }),
    "cite": ("ids", "+", {
        "--kb": ("kb_path", PATH), "--style": ("style", TEXT), "-s": ("style", TEXT),
        "--format": ("fmt", TEXT), "-f": ("fmt", TEXT),
        "--quote": ("quote", FLAG), "-q": ("quote", FLAG),
        "--copy": ("to_clipboard", FLAG), "-c": ("to_clipboard", FLAG),
    }),
}

#: the environment variable that gives ``--kb`` (as ``envvar`` in the Typer app)
KB_ENVVAR = "JJJ_KB"


def parse(args: list[str]) -> tuple[str, dict[str, Any]] | None:
    """The command and its keyword arguments, or None when Typer should parse ``args``.

    Only what the Typer app would accept, and read the same way, gets an answer: options
    anywhere among the arguments, ``--name value`` and ``--name=value``, the last of a
    repeated option winning, ``--`` ending the options. Short options with their value
    attached (``-n5``), bundled flags (``-qc``), empty values and values that start with
    ``-`` are left to Typer, as is everything it would refuse.
    """
    if not args or args[0] not in COMMANDS or os.environ.get("_JJJ_COMPLETE"):
        return None
    name, (positional, count, options) = args[0], COMMANDS[args[0]]
    values: dict[str, Any] = {}
    given: list[str] = []
    rest = iter(args[1:])
    for arg in rest:
        if arg == "--":
            given.extend(rest)
            break
        if arg == "-" or not arg.startswith("-"):
            given.append(arg)
            continue
        option, equals, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if option not in options:
            return None
        key, kind = options[option]
        if kind == FLAG:
            if equals:
                return None
            values[key] = True
            continue
        if not equals:
            value = next(rest, "")
        if not value or value.startswith("-"):
            return None
        if kind == COUNT:
            if not (value.isascii() and value.isdigit()):
                return None
            values[key] = int(value)
        else:
            values[key] = Path(value) if kind == PATH else value
    if (count == "1" and len(given) != 1) or (count == "+" and not given):
        return None
    values[positional] = given[0] if count == "1" else given
    if "kb_path" not in values and os.environ.get(KB_ENVVAR):
        values["kb_path"] = Path(os.environ[KB_ENVVAR])
    return name, values


def main(argv: list[str] | None = None, *, fast: bool = True) -> int:
    """Run ``jjj ARGV…`` and return its exit code; ``fast=False`` always goes through Typer."""
    args = sys.argv[1:] if argv is None else argv
    for number, arg in enumerate(args, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are not UTF-8, as Python decoded argv
            error(f"argument {number} is not valid UTF-8")
            return int(ExitCode.ERROR)
    parsed = parse(args) if fast else None
    if parsed is None:
        def call() -> int:
            from jjjcli.cli import typer_main

            return typer_main(args)
    else:
        from jjjcli import commands

        command: Callable[..., int] = getattr(commands, parsed[0])

        def call() -> int:
            return command(**parsed[1])
    return guard(call)


def guard(call: Callable[[], int]) -> int:
    """Run a command; an error a user can act on is one stderr line, a closed pipe is not
    an error, Ctrl-C is 130, and no traceback reaches a user (``JJJ_DEBUG=1`` shows it)."""
    try:
        code = call()
        sys.stdout.flush()
    except JJJError as exc:
        error(str(exc))
        code = exc.exit_code
    except KeyboardInterrupt:
        _remove_temps()
        sys.stderr.write("\n")
        code = ExitCode.INTERRUPTED
    except Terminated:
        _remove_temps()
        code = ExitCode.TERMINATED
    except BrokenPipeError:
        _exit_quietly_on_broken_pipe()
    except SystemExit as exc:
        # click and Rich turn a closed pipe (EPIPE) into SystemExit(1): for a reader that
        # stopped early (`| head -1`) that is not a failure, and not "no result" either.
        if isinstance(exc.__context__, BrokenPipeError) or _stdout_closed():
            _exit_quietly_on_broken_pipe()
        raise
    except UnicodeDecodeError:
        error("input is not valid UTF-8")
        code = ExitCode.ERROR
    except Exception as exc:  # noqa: BLE001 - never show a traceback to a user
        if os.environ.get("JJJ_DEBUG"):
            raise
        error(f"internal error: {type(exc).__name__}: {exc} (set JJJ_DEBUG=1 for details)")
        code = ExitCode.ERROR
    return int(code)


def _remove_temps() -> None:
    """Temporary files a clean-up handler could not reach (the signal came as one was
    being made) are removed here."""
    files = sys.modules.get("jjjcli.files")
    if files is not None:
        files.remove_temps()


def _exit_quietly_on_broken_pipe() -> NoReturn:
    # Point stdout at devnull so that the interpreter's final flush cannot fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    os._exit(ExitCode.OK)


def _stdout_closed() -> bool:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        return True
    except (OSError, ValueError):
        return False
    return False
