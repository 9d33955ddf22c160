"""Signals (issue 18): SIGTERM is handled like Ctrl-C — temporary files removed, exit 143;
the worker processes that parse a large base end with their parent, even when it is
killed outright; later builds remove what a killed build left.

These run the real console script on a base generated large enough (16 claims files, the
point where parsing moves to worker processes) to be stopped in the middle of a build.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import REPO
from jjjcli.files import TEMP_SUFFIX, stale_temps
from jjjcli.kb import PARALLEL_FILES

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists() or
                                (os.cpu_count() or 1) < 2,
                                reason="needs /proc and two CPUs (worker processes)")

PATIENCE = 120.0  # seconds: a loaded machine is slow; nothing here measures speed


@pytest.fixture(scope="module")
def big_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("big") / "kb"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate.py"),
                    str(PARALLEL_FILES * 1000), str(root)], check=True, capture_output=True)
    assert len(list((root / "claims").glob("*.toml"))) >= PARALLEL_FILES
    return root


STARTED: list[subprocess.Popen[str]] = []


@pytest.fixture(autouse=True)
def _no_process_left() -> Iterator[None]:
    """A test that fails half-way still ends what it started."""
    yield
    while STARTED:
        run = STARTED.pop()
        if run.poll() is None:
            run.kill()
        run.wait(timeout=PATIENCE)


def start(args: list[str], cache: Path, **env: str) -> subprocess.Popen[str]:
    """The console script, its stderr going to ``cache``'s sibling ``stderr.txt``."""
    cache.parent.mkdir(parents=True, exist_ok=True)
    with (cache.parent / "stderr.txt").open("w") as err:
        run = subprocess.Popen([sys.executable, "-m", "jjjcli", *args], text=True,
                               stdout=subprocess.DEVNULL, stderr=err,
                               env={**os.environ, "JJJ_CACHE_DIR": str(cache), **env})
    STARTED.append(run)
    return run


def stderr_of(cache: Path) -> str:
    return (cache.parent / "stderr.txt").read_text()


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"waited {PATIENCE:.0f} s for {what}")
        time.sleep(0.01)


def children(pid: int) -> list[int]:
    """Live processes whose parent is ``pid`` (zombies count as gone)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX)) \
        if folder.is_dir() else []


def test_sigterm_during_a_build_removes_its_temporary_file(big_kb: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    run = start(["search", "副中心", "--kb", str(big_kb), "-f", "ids"], cache)
    wait_for(lambda: bool(temps(cache)) and len(children(run.pid)) >= 2,
             "the build's temporary file and its workers")
    workers = children(run.pid)
    run.send_signal(signal.SIGTERM)
    assert run.wait(timeout=PATIENCE) == 143, stderr_of(cache)
    assert "Traceback" not in stderr_of(cache)
    assert temps(cache) == []
    wait_for(lambda: not any(alive(pid) for pid in workers), "the workers to end")


def test_workers_end_when_their_parent_is_killed(big_kb: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    run = start(["search", "副中心", "--kb", str(big_kb), "-f", "ids"], cache)
    wait_for(lambda: len(children(run.pid)) >= 2, "worker processes")
    time.sleep(0.5)
    workers = children(run.pid)
    run.kill()
    run.wait(timeout=PATIENCE)
    wait_for(lambda: not any(alive(pid) for pid in workers), "orphaned workers to end")
    left = temps(cache)  # a killed build cannot clean up: the next one removes it
    assert len(left) == 1 and f".{run.pid}." in left[0]
    then = time.time() - 3600
    os.utime(cache / left[0], (then, then))
    name = left[0].split(f".{run.pid}.")[0][1:]
    assert [p.name for p in stale_temps(cache, name)] == left


@pytest.mark.parametrize("fmt", ["sqlite", "ndjson"])
def test_sigterm_during_export_removes_its_temporary_file(big_kb: Path, tmp_path: Path,
                                                          fmt: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"claims.{fmt}"
    run = start(["export", "--kb", str(big_kb), "--format", fmt, "--output", str(target)],
                tmp_path / "cache", JJJ_NO_CACHE="1")
    wait_for(lambda: bool(temps(out)), "the export's temporary file")
    run.send_signal(signal.SIGTERM)
    assert run.wait(timeout=PATIENCE) == 143, stderr_of(tmp_path / "cache")
    assert sorted(p.name for p in out.iterdir()) == []
