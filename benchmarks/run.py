"""Benchmark `jjj` as a user runs it: whole processes, from start to the last byte of output.

For the shipped knowledge base and generated ones (benchmarks/generate.py), it measures:

- ``python -c pass``, the floor every Python command pays;
- cache build: the first command on a knowledge base with an empty cache directory;
- search (``--format json``), show, compare and cite: cold (the first run after the cache
  was built: nothing of jjj's in the page cache that the build did not leave there) and warm
  (the median of ``--runs`` runs);
- peak memory (maximum resident set size) of each command, from ``wait4``.

    python benchmarks/run.py                       # shipped, 10k, 100k and 1M claims
    python benchmarks/run.py --sizes 10000 --runs 5

Generated knowledge bases are kept in ``--data`` (default: benchmarks/.data) and reused.
Results are printed as a Markdown table; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def run(cmd: list[str], env: dict[str, str],
        stdin: Path | None = None) -> tuple[float, int, int]:
    """(seconds, peak RSS in MB, exit code) of one process (``stdin`` read from a file)."""
    start = time.perf_counter()
    with (stdin.open("rb") if stdin else open(os.devnull, "rb")) as given:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                stdin=given, env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status)


def median_run(cmd: list[str], env: dict[str, str], runs: int,
               floor: list[str] | None = None) -> tuple[float, int, float]:
    """(median seconds, peak RSS in MB, median seconds of ``floor``). With ``floor``, its
    runs alternate with the command's, so that both see the same state of the machine."""
    times, floors, peak = [], [], 0
    for _ in range(runs):
        if floor:
            floors.append(run(floor, env)[0])
        seconds, rss, _code = run(cmd, env)
        times.append(seconds)
        peak = max(peak, rss)
    return statistics.median(times), peak, statistics.median(floors) if floors else 0.0


def commands(jjj: list[str], kb: str | None, claim_id: str) -> dict[str, list[str]]:
    """The commands timed; on the shipped base without --kb, as a user types them."""
    where = ["--kb", kb] if kb else []
    return {
        "search": [*jjj, "search", "数字经济", "--format", "json", *where],
        "search (figure)": [*jjj, "search", "1.3万亿", "--format", "json", *where],
        "show": [*jjj, "show", claim_id, "--format", "json", *where],
        "compare": [*jjj, "compare", "2023年副中心高新技术企业超过1100家", "--format", "json",
                    *where],
        "cite": [*jjj, "cite", claim_id, *where],
    }


def first_id(jjj: list[str], kb: str | None, env: dict[str, str]) -> str:
    where = ["--kb", kb] if kb else []
    out = subprocess.run([*jjj, "search", "数字经济", "--format", "ids", "--limit", "1",
                          *where], capture_output=True, text=True, env=env, check=False)
    return out.stdout.strip() or "000-5"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000",
                        help="generated knowledge-base sizes, comma-separated ('' for none)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data", type=Path, default=HERE / ".data")
    args = parser.parse_args()

    from generate import generate  # noqa: E402 (benchmarks/ is on sys.path)

    from jjjcli.kb import default_root

    python = sys.executable
    script = Path(python).parent / "jjj"  # the console script pip installed, as users run it
    jjj = [str(script)] if script.is_file() else [python, "-m", "jjjcli"]
    # The installed package, compiled as pip leaves it (PYTHONDONTWRITEBYTECODE would
    # otherwise make every run recompile jjj's modules).
    subprocess.run([python, "-m", "compileall", "-q", str(Path(default_root()).parent)],
                   check=False, stdout=subprocess.DEVNULL)
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "JJJ_KB", "JJJ_NO_CACHE")}
    cache = Path(tempfile.mkdtemp(prefix="jjj-bench-cache-"))
    env["JJJ_CACHE_DIR"] = str(cache)

    bare = [python, "-c", "pass"]
    floor, floor_rss, _ = median_run(bare, env, args.runs)
    print(f"python -c pass: {floor * 1000:.1f} ms, {floor_rss} MB "
          f"({os.cpu_count()} CPUs, Python {sys.version.split()[0]}); "
          f"jjj run as: {' '.join(jjj)}\n")
    print("× python: the command's median over the median of `python -c pass` runs "
          "alternating with it.\n")
    kbs: list[tuple[str, str | None]] = [("shipped", None)]
    for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
        path = args.data / f"kb-{size}"
        if not (path / "sources.toml").is_file():
            start = time.perf_counter()
            generate(size, path)
            print(f"generated {size:,} claims in {time.perf_counter() - start:.1f} s",
                  file=sys.stderr)
        kbs.append((f"{size:,}", str(path)))

    print("| knowledge base | command | cold ms | warm ms (median) | × python | peak MB |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for name, kb in kbs:
        shutil.rmtree(cache, ignore_errors=True)
        build, build_rss, _ = run(commands(jjj, kb, "")["search"], env)
        print(f"| {name} | cache build (first search) | {build * 1000:,.0f} | | | "
              f"{build_rss} |")
        claim_id = first_id(jjj, kb, env)
        for label, cmd in commands(jjj, kb, claim_id).items():
            cold, _rss, _code = run(cmd, env)
            warm, peak, bare_ms = median_run(cmd, env, args.runs, floor=bare)
            print(f"| {name} | {label} | {cold * 1000:,.0f} | {warm * 1000:,.0f} | "
                  f"{warm / bare_ms:.1f} | {peak} |", flush=True)
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
