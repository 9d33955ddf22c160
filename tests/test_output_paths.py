"""`export --output PATH`: what is at PATH decides (issue 18).

A regular file or a new name is replaced atomically through a temporary file of its own; a
FIFO or a terminal is written through; a folder, a device, a socket or a symbolic link to
one of them is refused with one error line, and nothing is left behind.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ASSETS, RunCli
from jjjcli import commands
from jjjcli.errors import ExitCode
from jjjcli.files import TEMP_SUFFIX

MINI = ("--kb", str(ASSETS / "mini_kb"))
FORMATS = ["ndjson", "csv", "sqlite"]


def expected(jjj: RunCli, fmt: str) -> str:
    result = jjj("export", *MINI, "--format", fmt)
    assert result.code == ExitCode.OK
    return result.out


def one_error(result: object, *words: str) -> None:
    code, err, out = result.code, result.err, result.out  # type: ignore[attr-defined]
    assert code == ExitCode.ERROR, (code, err)
    assert len(err.splitlines()) == 1 and err.startswith("jjj: cannot write "), err
    assert "internal error" not in err and "Traceback" not in err
    for word in words:
        assert word in err, err
    assert out == ""


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_to_a_folder_is_an_error_and_leaves_nothing(jjj: RunCli, tmp_path: Path,
                                                          fmt: str) -> None:
    target = tmp_path / "out"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    result = jjj("export", *MINI, "--format", fmt, "--output", str(target))
    one_error(result, "is a folder")
    assert listing(tmp_path) == ["out"] and listing(target) == ["keep.txt"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_link_to_a_folder_or_a_device_is_refused_not_replaced(jjj: RunCli, tmp_path: Path,
                                                                 fmt: str) -> None:
    (tmp_path / "dir").mkdir()
    for name, pointee, word in (("to-dir", tmp_path / "dir", "folder"),
                                ("to-zero", Path("/dev/zero"), "character device")):
        link = tmp_path / name
        link.symlink_to(pointee)
        result = jjj("export", *MINI, "--format", fmt, "--output", str(link))
        one_error(result, word, "symbolic link")
        assert link.is_symlink() and Path(os.readlink(link)) == pointee
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_link_to_nothing_is_refused(jjj: RunCli, tmp_path: Path) -> None:
    link = tmp_path / "dangling"
    link.symlink_to(tmp_path / "nowhere" / "x")
    one_error(jjj("export", *MINI, "--output", str(link)), "symbolic link to nothing")
    assert link.is_symlink()


@pytest.mark.skipif(not hasattr(os, "mknod") or os.geteuid() != 0,
                    reason="making a device node needs root")
def test_a_device_node_is_refused_not_replaced(jjj: RunCli, tmp_path: Path) -> None:
    node = tmp_path / "zero"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 5))  # what /dev/zero is
    one_error(jjj("export", *MINI, "--output", str(node)), "character device")
    assert stat.S_ISCHR(node.lstat().st_mode)


def test_a_socket_is_refused(jjj: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "s"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        one_error(jjj("export", *MINI, "--output", str(path)), "socket")
        assert stat.S_ISSOCK(path.lstat().st_mode)
    finally:
        server.close()


def test_a_fifo_is_written_through(jjj: RunCli, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = jjj("export", *MINI, "--output", str(fifo))
    reader.join(timeout=60)
    assert result.code == ExitCode.OK and not reader.is_alive()
    assert got == [expected(jjj, "ndjson").encode()]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert listing(tmp_path) == ["fifo"]


def test_a_terminal_is_written_through(jjj: RunCli, tmp_path: Path) -> None:
    master, slave = os.openpty()
    try:
        name = Path(os.ttyname(slave))
        link = tmp_path / "tty"
        link.symlink_to(name)  # as ./stdout -> /proc/self/fd/1 would be on a terminal
        got = bytearray()

        def read() -> None:  # as a terminal shows it, while jjj writes (no full buffer)
            while b"001-26-gdp-2022" not in got:
                try:
                    got.extend(os.read(master, 1 << 16))
                except OSError:
                    return

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        result = jjj("export", *MINI, "--format", "csv", "--output", str(link))
        assert result.code == ExitCode.OK, result.err
        reader.join(timeout=60)
        assert b"000-5-hitech-firms" in got and b"001-26-gdp-2022" in got
        assert stat.S_ISCHR(name.stat().st_mode) and link.is_symlink()
        sqlite = jjj("export", *MINI, "--format", "sqlite", "--output", str(link))
        one_error(sqlite, "terminal")
    finally:
        os.close(master)
        os.close(slave)


def test_the_null_device_is_written_through(jjj: RunCli) -> None:
    before = os.stat(os.devnull)
    assert jjj("export", *MINI, "--output", os.devnull).code == ExitCode.OK
    after = os.stat(os.devnull)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


@pytest.mark.parametrize("fmt", ["ndjson", "csv"])
def test_a_regular_file_is_replaced_whole_and_keeps_its_mode(jjj: RunCli, tmp_path: Path,
                                                             fmt: str) -> None:
    target = tmp_path / "claims.out"
    target.write_text("old content that is longer than nothing\n" * 1000)
    target.chmod(0o640)
    assert jjj("export", *MINI, "--format", fmt, "--output", str(target)).code == 0
    assert target.read_text(encoding="utf-8") == expected(jjj, fmt)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert listing(tmp_path) == ["claims.out"]


def test_a_new_file_gets_the_usual_mode(jjj: RunCli, tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        assert jjj("export", *MINI, "--output", str(tmp_path / "new.ndjson")).code == 0
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.ndjson").stat().st_mode) == 0o644


def test_a_link_to_a_regular_file_replaces_the_file_and_keeps_the_link(
        jjj: RunCli, tmp_path: Path) -> None:
    real = tmp_path / "data" / "claims.ndjson"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "latest.ndjson"
    link.symlink_to(real)
    assert jjj("export", *MINI, "--output", str(link)).code == ExitCode.OK
    assert link.is_symlink() and real.read_text(encoding="utf-8") == expected(jjj, "ndjson")
    assert listing(real.parent) == ["claims.ndjson"]


def test_two_writers_of_one_path_each_write_a_whole_file(tmp_path: Path) -> None:
    """Interleaved as two processes can be: both open, one finishes, then the other.
    Each has its own temporary file, so each rename puts a whole file in place."""
    target = tmp_path / "out.txt"
    first, second = commands.RedirectStdout(target), commands.RedirectStdout(target)
    saved = sys.stdout
    first.__enter__()
    sys.stdout.write("first\n" * 1000)
    inner = sys.stdout
    second.__enter__()
    sys.stdout.write("second\n")
    second.__exit__(None, None, None)
    assert sys.stdout is inner
    assert target.read_text() == "second\n"
    sys.stdout.write("first, end\n")
    first.__exit__(None, None, None)
    assert sys.stdout is saved
    assert target.read_text() == "first\n" * 1000 + "first, end\n"
    assert listing(tmp_path) == ["out.txt"]


def test_concurrent_exports_to_one_path_each_report_what_they_wrote(
        jjj: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "out"
    wanted = {fmt: expected(jjj, fmt) for fmt in ("ndjson", "csv", "json")}
    env = {**os.environ}
    for _round in range(3):
        runs = {fmt: subprocess.Popen(
            [sys.executable, "-m", "jjjcli", "export", *MINI, "--format", fmt,
             "--output", str(target)], env=env, stderr=subprocess.PIPE, text=True)
            for fmt in wanted}
        codes = {fmt: run.wait(timeout=300) for fmt, run in runs.items()}
        for run in runs.values():
            assert run.stderr is not None
            run.stderr.close()
        assert set(codes.values()) == {0}, codes
        assert target.read_text(encoding="utf-8") in wanted.values()
        assert listing(tmp_path) == ["out"]


def test_a_stale_temporary_file_of_a_dead_export_is_swept(jjj: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "out.ndjson"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    stale = tmp_path / f".out.ndjson.{dead.stdout.strip()}.abc{TEMP_SUFFIX}"
    stale.write_text("half an export")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    live = tmp_path / f".out.ndjson.{os.getpid()}.xyz{TEMP_SUFFIX}"  # a writer still at work
    live.write_text("in progress")
    assert jjj("export", *MINI, "--output", str(target)).code == ExitCode.OK
    assert listing(tmp_path) == sorted([live.name, "out.ndjson"])


def test_output_in_a_missing_folder_is_one_error_line(jjj: RunCli, tmp_path: Path) -> None:
    one_error(jjj("export", *MINI, "--output", str(tmp_path / "no" / "x.ndjson")),
              "folder does not exist")
    assert listing(tmp_path) == []


def test_a_read_only_file_is_not_replaced(jjj: RunCli, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kept.ndjson"
    target.write_text("mine\n")
    target.chmod(0o444)
    if os.geteuid() == 0:  # root may write anything: ask as its owner would
        real = os.access
        monkeypatch.setattr(os, "access", lambda path, mode, **kw: (
            False if Path(path) == target and mode == os.W_OK else real(path, mode, **kw)))
    one_error(jjj("export", *MINI, "--output", str(target)), "Permission denied")
    assert target.read_text() == "mine\n" and listing(tmp_path) == ["kept.ndjson"]


#: SIGTERM sent to itself right after os.fdopen made the temporary file's object, in a
#: process of one thread as jjj's is (pthread_sigmask holds a signal back for the thread
#: that calls it only: in pytest's process another thread could take it)
_SIGTERM_AS_OPENED = """
import os, signal, sys
from pathlib import Path
from jjjcli import files
from jjjcli.errors import Terminated

unraisable = []
sys.unraisablehook = unraisable.append
real = os.fdopen

def fdopen_then_sigterm(fd, *args, **kwargs):
    handle = real(fd, *args, **kwargs)
    os.kill(os.getpid(), signal.SIGTERM)
    return handle

def terminate(signum, frame):
    raise Terminated

os.fdopen = fdopen_then_sigterm
signal.signal(signal.SIGTERM, terminate)
atomic = files.AtomicText(Path(sys.argv[1]) / "claims.ndjson")
try:
    atomic.__enter__()
except Terminated:
    files.remove_temps()
    if atomic.handle is not None:
        atomic.handle.close()
    import gc
    gc.collect()
    print("terminated", sorted(os.listdir(sys.argv[1])), unraisable)
"""


@pytest.mark.skipif(not hasattr(__import__("signal"), "pthread_sigmask"),
                    reason="signals are held with pthread_sigmask")
def test_sigterm_as_the_temporary_file_is_opened_ends_as_sigterm(tmp_path: Path) -> None:
    """SIGTERM right after the descriptor became a file object (the CI flake of round five):
    Terminated, the temporary file removed — not EBADF from closing the descriptor twice."""
    run = subprocess.run([sys.executable, "-X", "dev", "-c", _SIGTERM_AS_OPENED,
                          str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "terminated [] []", run.stdout + run.stderr
    assert "Error" not in run.stderr and "Warning" not in run.stderr, run.stderr
