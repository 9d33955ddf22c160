"""The `jjj` command line: thin commands over the core, errors turned into exit codes."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from jjjcli import __version__
from jjjcli.errors import ExitCode, JJJError
from jjjcli.kb import KnowledgeBase, load_kb
from jjjcli.output import choose_format, error, warn

app = typer.Typer(
    name="jjj",
    help="Check figures about Beijing–Tianjin–Hebei (京津冀) coordinated development "
    "against their sources, and cite them.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

KbOption = Annotated[
    Path | None,
    typer.Option("--kb", envvar="JJJ_KB", show_envvar=True,
                 help="Knowledge-base folder to use instead of the bundled one."),
]


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"jjj {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """jjj: look up, fact-check and cite figures about 京津冀 coordinated development."""


def _load(kb_path: Path | None, *, quiet: bool = False) -> KnowledgeBase:
    kb = load_kb(kb_path, lenient=quiet)
    if kb.problems and not quiet:
        warn(f"{len(kb.problems)} problem(s) in the knowledge base; invalid claims are left "
             "out (run `jjj check`)")
    return kb


@app.command()
def check(
    kb_path: KbOption = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f",
                                            help="text or json.")] = None,
) -> None:
    """Validate the knowledge base and report figures no claim covers.

    Checks TOML syntax, the schema, unique ids, sources and paragraphs, every quote
    (verbatim), every figure (in its quote, parsing to its value), and the metadata
    evidence. Each problem is printed as file:line. Exit 0 when clean, 1 otherwise.

    Example: jjj check --kb ./my-facts
    """
    from jjjcli.check import run_check
    from jjjcli.output import write_json, write_line

    kb = _load(kb_path, quiet=True)
    report = run_check(kb)
    if (fmt or "text") == "json":
        write_json({
            "clean": report.clean, "claims": report.claims,
            "problems": [{"file": p.file, "line": p.line, "message": p.message}
                         for p in report.problems],
            "uncovered": [{"source": u.source, "paragraph": u.paragraph, "line": u.line,
                           "raw": u.raw, "context": u.context} for u in report.uncovered],
            "coverage": {name: {"figures": c.figures, "covered": c.covered,
                                "excluded": c.excluded, "share": round(c.share, 4)}
                         for name, c in report.coverage.items()},
        })
    elif fmt not in (None, "text"):
        raise JJJError(f"--format must be text or json, not {fmt!r}")
    else:
        root = kb.root
        for problem in report.problems:
            write_line(f"{root / problem.file}:{problem.line}: {problem.message}")
        for item in report.uncovered:
            write_line(f"{root / 'sources' / item.source}:{item.line}: uncovered figure "
                       f"{item.raw!r} in paragraph {item.paragraph}: …{item.context}…")
        write_line(f"{report.claims} claims, {len(report.problems)} problems, "
                   f"{len(report.uncovered)} uncovered figures")
        for name, stat in report.coverage.items():
            write_line(f"coverage {name}: {stat.covered}/{stat.figures - stat.excluded} "
                       f"figures covered ({stat.share:.1%}), {stat.excluded} excluded")
    raise typer.Exit(ExitCode.OK if report.clean else ExitCode.NEGATIVE)


@app.command()
def sources(
    kb_path: KbOption = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f",
                                            help="table, json or tsv.")] = None,
) -> None:
    """List the sources, their articles and the metadata each prints.

    Example: jjj sources --format json | jq '.[0].articles'
    """
    from jjjcli.sources import render_sources

    kb = _load(kb_path)
    render_sources(kb, choose_format(fmt, ("table", "json", "tsv")))


@app.command()
def export(
    kb_path: KbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f",
                                     help="ndjson, json, csv or sqlite.")] = "ndjson",
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="File to write (required for sqlite).")]
    = None,
) -> None:
    """Export every claim, as in the JSON contract, or as an SQLite database.

    Example: jjj export --format sqlite --output jjj.db && datasette jjj.db
    """
    import contextlib

    from jjjcli import export as exporter
    from jjjcli.output import write_json, write_ndjson

    kb = _load(kb_path)
    fmt = fmt.lower()
    if fmt == "sqlite":
        if output is None:
            raise JJJError("--format sqlite needs --output PATH")
        count = exporter.write_sqlite(kb, output)
        sys.stderr.write(f"jjj: wrote {count} claims to {output}\n")
        return
    if fmt not in ("ndjson", "json", "csv"):
        raise JJJError(f"--format must be ndjson, json, csv or sqlite, not {fmt!r}")
    with contextlib.ExitStack() as stack:
        if output is not None:
            stack.enter_context(_redirect_stdout(output))
        if fmt == "ndjson":
            write_ndjson(exporter.claim_rows(kb))
        elif fmt == "json":
            write_json(exporter.claim_rows(kb))
        else:
            exporter.write_csv(kb)


class _redirect_stdout:
    """Write stdout to a file atomically: a temporary file renamed into place at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temp = path.with_name(f".{path.name}.jjj-tmp")

    def __enter__(self) -> None:
        try:
            self.handle = self.temp.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise JJJError(f"cannot write {self.path}: {exc.strerror}") from exc
        self.saved = sys.stdout
        sys.stdout = self.handle

    def __exit__(self, kind: object, value: object, tb: object) -> None:
        sys.stdout = self.saved
        self.handle.close()
        if kind is None:
            os.replace(self.temp, self.path)
        else:
            self.temp.unlink(missing_ok=True)


def _exit_quietly_on_broken_pipe() -> NoReturn:
    # Point stdout at devnull so that the interpreter's final flush cannot fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    os._exit(ExitCode.OK)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, turn every error into one stderr line and an exit code."""
    from typer.exceptions import Abort, Exit, TyperException

    try:
        result = app(args=argv, prog_name="jjj", standalone_mode=False)
        code = int(result) if isinstance(result, int) else ExitCode.OK
        sys.stdout.flush()
    except Exit as exc:
        code = exc.exit_code
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _exit_quietly_on_broken_pipe()
    except JJJError as exc:
        error(str(exc))
        code = exc.exit_code
    except TyperException as exc:  # usage errors from the option parser
        error(f"{exc.format_message()} (see jjj --help)")
        code = ExitCode.ERROR
    except (KeyboardInterrupt, Abort):
        sys.stderr.write("\n")
        code = ExitCode.INTERRUPTED
    except BrokenPipeError:
        _exit_quietly_on_broken_pipe()
    except UnicodeDecodeError:
        error("input is not valid UTF-8")
        code = ExitCode.ERROR
    except Exception as exc:  # noqa: BLE001 - never show a traceback to a user
        if os.environ.get("JJJ_DEBUG"):
            raise
        error(f"internal error: {type(exc).__name__}: {exc} (set JJJ_DEBUG=1 for details)")
        code = ExitCode.ERROR
    return int(code)
