"""Knowledge bases built to hurt (issue 18): only regular files are read, none larger than
16 MiB, nothing outside the folder; what cannot be read is a problem `jjj check` lists at
file:line, and for the other commands one error line, never a hang or a traceback."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import RunCli
from jjjcli.errors import ExitCode
from jjjcli.files import MAX_FILE_BYTES
from test_hardening import MINI_ID, kb_copy, one_error_line

SOURCE = "000_f79aeb44c6809f22.txt"


def run_jjj(*args: str, cache: Path, memory: int = 2 << 30) -> subprocess.CompletedProcess[str]:
    """The real console script, with a time limit (a FIFO must not hang it) and a memory
    limit (a link to /dev/zero must not take the machine's memory)."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run([sys.executable, "-m", "jjjcli", *args], capture_output=True,
                          text=True, timeout=120, preexec_fn=limit,
                          env={**os.environ, "JJJ_CACHE_DIR": str(cache)})


def check_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stdout.splitlines() if ": " in line and
            not line.startswith(("coverage ",))]


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder", "too-large"])
def test_a_claims_file_that_is_not_a_regular_file_is_a_listed_problem(
        tmp_path: Path, kind: str) -> None:
    root = kb_copy(tmp_path / "kb")
    bad = root / "claims" / "x.toml"
    if kind == "fifo":
        os.mkfifo(bad)
        why = "is a FIFO, not a regular file"
    elif kind == "dev-zero":
        bad.symlink_to("/dev/zero")
        why = "is a character device, not a regular file"
    elif kind == "folder":
        bad.mkdir()
        why = "is a folder, not a regular file"
    else:
        with bad.open("wb") as handle:
            handle.truncate(MAX_FILE_BYTES + 1)
        why = "is larger than the limit of 16 MiB"
    checked = run_jjj("check", "--kb", str(root), cache=tmp_path / "c")
    assert checked.returncode == ExitCode.NEGATIVE, checked.stderr
    assert any(line.startswith(f"{root}/claims/x.toml:1: {why}")
               for line in checked.stdout.splitlines()), checked.stdout
    assert "8 claims, 1 problems" in checked.stdout
    searched = run_jjj("search", "副中心", "--kb", str(root), cache=tmp_path / "c")
    assert searched.returncode == ExitCode.ERROR
    assert searched.stderr.startswith(f"jjj: {bad}:1: {why}")
    assert len(searched.stderr.splitlines()) == 1


def test_a_source_text_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    root = kb_copy(tmp_path / "kb")
    text = root / "sources" / SOURCE
    text.unlink()
    text.symlink_to("/dev/zero")
    for args in (("show", MINI_ID), ("cite", MINI_ID), ("sources",)):
        result = run_jjj(*args, "--kb", str(root), cache=tmp_path / "c")
        assert result.returncode == ExitCode.ERROR, (args, result.stderr)
        assert "leaves the knowledge base" in result.stderr or \
            "is a character device" in result.stderr, result.stderr
    os.mkfifo(tmp_path / "fifo")
    text.unlink()
    text.symlink_to(root / ".." / "fifo")
    result = run_jjj("show", MINI_ID, "--kb", str(root), cache=tmp_path / "c")
    assert result.returncode == ExitCode.ERROR and len(result.stderr.splitlines()) == 1


def test_deep_nesting_names_the_file_and_line(jjj: RunCli, tmp_path: Path) -> None:
    root = kb_copy(tmp_path / "kb")
    deep = root / "claims" / "deep.toml"
    deep.write_text('# a comment\n[[claim]]\nid = "x"\nfigures = ' + "[" * 500 + "]" * 500
                    + "\n", encoding="utf-8")
    result = jjj("check", "--kb", str(root))
    assert result.code == ExitCode.NEGATIVE
    assert f"{deep}:4: malformed TOML: nested too deeply" in result.out.splitlines()
    searched = jjj("search", "副中心", "--kb", str(root))
    one_error_line(searched, ExitCode.ERROR)
    assert f"{deep}:4:" in searched.err and "nested too deeply" in searched.err


def test_a_byte_order_mark_is_named(jjj: RunCli, tmp_path: Path) -> None:
    root = kb_copy(tmp_path / "kb")
    claims = root / "claims" / "claims.toml"
    claims.write_bytes(b"\xef\xbb\xbf" + claims.read_bytes())
    result = jjj("check", "--kb", str(root))
    assert result.code == ExitCode.NEGATIVE
    assert any(line.startswith(f"{claims}:1: starts with a UTF-8 byte-order mark")
               for line in result.out.splitlines()), result.out


def test_invalid_utf8_in_a_source_is_a_listed_problem_with_line_and_byte(
        jjj: RunCli, tmp_path: Path) -> None:
    root = kb_copy(tmp_path / "kb")
    text = root / "sources" / SOURCE
    data = text.read_bytes()
    text.write_bytes(data + b"\n\xff\xfe broken\n")
    line = data.count(b"\n") + 2
    result = jjj("check", "--kb", str(root))
    assert result.code == ExitCode.NEGATIVE, result.err
    assert (f"{root}/sources/{SOURCE}:{line}: not valid UTF-8 (at byte {len(data) + 1}); "
            "its 4 claim(s) cannot be checked") in result.out.splitlines(), result.out
    shown = jjj("show", MINI_ID, "--kb", str(root))
    one_error_line(shown, ExitCode.ERROR)
    assert f"not valid UTF-8 (at byte {len(data) + 1})" in shown.err


def test_a_symlinked_sources_folder_is_refused(jjj: RunCli, tmp_path: Path) -> None:
    root = kb_copy(tmp_path / "kb")
    outside = tmp_path / "elsewhere"
    (root / "sources").rename(outside)
    (root / "sources").symlink_to(outside)
    (outside / SOURCE).write_text((outside / SOURCE).read_text(encoding="utf-8")
                                  .replace("赵鹏", "SECRET-赵鹏"), encoding="utf-8")
    for args in (("show", MINI_ID), ("check",), ("search", "副中心"), ("sources",)):
        result = jjj(*args, "--kb", str(root))
        one_error_line(result, ExitCode.ERROR)
        assert "leaves the knowledge base" in result.err
        assert "SECRET" not in result.out


def test_check_names_each_path_once(jjj: RunCli, tmp_path: Path) -> None:
    root = kb_copy(tmp_path / "kb")
    (root / "claims" / "x.toml").mkdir()
    (root / "claims" / "bad.toml").write_text('[[claim]]\nid = "x\n', encoding="utf-8")
    (root / "claims" / "bom.toml").write_bytes(b"\xef\xbb\xbf[[claim]]\n")
    result = jjj("check", "--kb", str(root))
    lines = check_lines(subprocess.CompletedProcess([], result.code, result.out, result.err))
    assert len(lines) == 3, result.out
    for line in lines:
        assert line.count(str(root)) == 1 and line.count(".toml") == 1, line


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder")
def test_a_claims_folder_that_cannot_be_listed_is_a_problem(jjj: RunCli,
                                                            tmp_path: Path) -> None:
    root = kb_copy(tmp_path / "kb")
    hidden = root / "claims" / "more"
    hidden.mkdir()
    hidden.chmod(0)
    try:
        result = jjj("check", "--kb", str(root))
        assert result.code == ExitCode.NEGATIVE
        assert f"{hidden}:1: folder cannot be read: Permission denied" in result.out
        one_error_line(jjj("search", "副中心", "--kb", str(root)), ExitCode.ERROR)
    finally:
        hidden.chmod(0o755)


def test_compare_answers_when_a_source_text_is_gone(jjj: RunCli, tmp_path: Path) -> None:
    """compare weighs a claim's figure without its source's text when that cannot be read
    (the checks that read the paragraphs pass it by; `jjj check` says what is wrong)."""
    root = kb_copy(tmp_path / "kb")
    (root / "sources" / SOURCE).unlink()
    result = jjj("compare", "北京城市图书馆2023年副中心高新技术企业超过1100家。", "--kb", str(root),
                 "--format", "tsv")
    assert result.code == ExitCode.OK, result.err
    assert result.out.splitlines()[1].startswith("supported\t")
