"""Benchmark `jjj` as a user runs it: whole processes, from start to the last byte of output.

For the shipped knowledge base and generated ones (benchmarks/generate.py), it measures:

- ``python -c pass``, the floor every Python command pays;
- cache build: the first command on a knowledge base with an empty cache directory;
- search (``--format json``), show, compare and cite: cold (the first run after the cache
  was built: nothing of jjj's in the page cache that the build did not leave there) and warm
  (the median of ``--runs`` runs);
- peak memory (maximum resident set size) of each command, from ``wait4``;
- at scale (issue 19): the first search after touching one claims file, and after editing
  one claim in it, against a warm one; ``compare -`` on 1,000 statements (``--statements``;
  statements per second); ``search 京``, which no index narrows; and, as anchors
  measured in the same run, a plain ndjson → SQLite + FTS5 import of the same claims (set
  against the cache build), ``rg`` over the claims files and an ``sqlite3`` FTS5 query on
  the cache.

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


#: CPU seconds (user + system, with the worker processes it waited for) of the last run()
LAST_CPU = [0.0]


def run(cmd: list[str], env: dict[str, str],
        stdin: Path | None = None) -> tuple[float, int, int]:
    """(seconds, peak RSS in MB, exit code) of one process (``stdin`` read from a file);
    its CPU seconds in LAST_CPU."""
    start = time.perf_counter()
    before = os.times()
    with (stdin.open("rb") if stdin else open(os.devnull, "rb")) as given:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                stdin=given, env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    after = os.times()
    # the child's own CPU and that of the processes it waited for (parse workers)
    LAST_CPU[0] = (after.children_user - before.children_user
                   + after.children_system - before.children_system)
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
        "search 京 (one character: no index)": [*jjj, "search", "京", "--format", "json",
                                               *where],
    }


#: the anchor: claims exported as ndjson, imported into SQLite with an FTS5 index of their
#: text, with nothing else done (what a cache build cannot beat). With ``pairs`` as its
#: third argument, the same import indexes what the cache's index holds instead: the
#: character pairs of the quote, metric and subject, and the English words (the index's
#: own cost, without the cache's checks, normalisation, figures and other tables)
PLAIN_IMPORT = """
import json, re, sqlite3, sys
pairs = sys.argv[3:] == ["pairs"]
cjk = re.compile(r"[\u3400-\u9fff]+")
db = sqlite3.connect(sys.argv[2], isolation_level=None)
db.execute("PRAGMA journal_mode = OFF")
db.execute("PRAGMA synchronous = OFF")
db.execute("CREATE TABLE claim (id TEXT PRIMARY KEY, source TEXT, paragraph TEXT, "
           "quote TEXT, metric TEXT, subject TEXT, period TEXT, en TEXT, topics TEXT, "
           "figures TEXT)")
if pairs:
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(pairs, words, content='')")
    insert = "INSERT INTO fts (rowid, pairs, words) VALUES (?,?,?)"
else:
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(quote, metric, subject, en, content='')")
    insert = "INSERT INTO fts (rowid, quote, metric, subject, en) VALUES (?,?,?,?,?)"
db.execute("BEGIN")
rows, text = [], []
with open(sys.argv[1], encoding="utf-8") as lines:
    for number, line in enumerate(lines, start=1):
        c = json.loads(line)
        rows.append((c["id"], c["source"], json.dumps(c["paragraph"]), c["quote"],
                     c["metric"], c["subject"], c["period"], c["en"],
                     json.dumps(c["topics"], ensure_ascii=False),
                     json.dumps(c["figures"], ensure_ascii=False)))
        if pairs:
            chinese = "".join(cjk.findall(c["metric"] + c["subject"] + c["quote"]))
            text.append((number, " ".join(sorted({chinese[i:i + 2]
                                                  for i in range(len(chinese) - 1)})),
                         c["en"].lower()))
        else:
            text.append((number, c["quote"], c["metric"], c["subject"], c["en"]))
        if len(rows) == 5000:
            db.executemany("INSERT INTO claim VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
            db.executemany(insert, text)
            rows, text = [], []
db.executemany("INSERT INTO claim VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
db.executemany(insert, text)
db.execute("COMMIT")
"""


def scale_rows(name: str, jjj: list[str], kb: str | None, env: dict[str, str], runs: int,
               cache: Path, count: int = 1000) -> None:
    """The measures of scale (issue 19) for one generated base, with their anchors."""
    from generate import statements  # noqa: E402 (benchmarks/ is on sys.path)

    assert kb is not None
    where = ["--kb", kb]
    search = [*jjj, "search", "数字经济", "--format", "json", *where]
    warm, _peak, _bare = median_run(search, env, runs)
    # first search after touching one claims file (re-read, nothing changed in it) and
    # after editing one claim's quote in it (that claim re-indexed), against a warm one
    # (the second claims file, or the only one of a base of up to 1,000 claims)
    claim_files = sorted((Path(kb) / "claims").glob("*.toml"))
    target = claim_files[min(1, len(claim_files) - 1)]
    original = target.read_bytes()
    touched, edited = [], []
    try:
        for number in range(3):
            os.utime(target)
            touched.append(run(search, env)[0])
            target.write_bytes(original.replace(b'quote = "',
                                                f'quote = "编辑{number}'.encode(), 1))
            edited.append(run(search, env)[0])
    finally:
        target.write_bytes(original)
        run(search, env)
    for label, times in (("touching", touched), ("editing one claim in", edited)):
        first = statistics.median(times)
        print(f"| {name} | first search after {label} one claims file | {first * 1000:,.0f} | "
              f"{warm * 1000:,.0f} (warm) | {first / warm:.1f}× warm | |")
    # compare - on ``count`` statements
    work = Path(tempfile.mkdtemp(prefix="jjj-bench-"))
    try:
        lines = work / "statements.txt"
        lines.write_text("\n".join(statements(count)) + "\n", encoding="utf-8")
        if count:  # --statements 0: not measured
            seconds, peak, _code = run([*jjj, "compare", "-", "--format", "ndjson", *where],
                                       env, stdin=lines)
            print(f"| {name} | compare - ({count:,} statements) | {seconds * 1000:,.0f} | | "
                  f"{count / seconds:,.0f} statements/s | {peak} |")
        # anchors: rg; sqlite3 (the plain import: plain_import, right after the build)
        if shutil.which("rg"):
            grep, _peak, _bare = median_run(["rg", "-c", "数字经济", str(Path(kb) / "claims")],
                                            env, runs)
            print(f"| {name} | anchor: rg 数字经济 claims/ | | {grep * 1000:,.0f} | | |")
        files = sorted(cache.glob("kb-*.sqlite"))
        if shutil.which("sqlite3") and files:
            query, _peak, _bare = median_run(
                ["sqlite3", str(files[0]), "SELECT count(*) FROM fts WHERE fts MATCH "
                 "'pairs:数字 AND pairs:经济 AND pairs:济规'"], env, runs)
            print(f"| {name} | anchor: sqlite3 FTS5 query on the cache | | "
                  f"{query * 1000:,.0f} | | |", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def plain_import(name: str, jjj: list[str], kb: str, env: dict[str, str],
                 build: tuple[float, float]) -> None:
    """The anchor of the cache build: a plain ndjson → SQLite + FTS5 import of the same
    claims, run right after the build (on a shared machine, what else runs changes by the
    minute): wall and CPU seconds, each set against the build's."""
    work = Path(tempfile.mkdtemp(prefix="jjj-bench-"))
    try:
        ndjson = work / "claims.ndjson"
        with ndjson.open("wb") as out:
            subprocess.run([*jjj, "export", "--format", "ndjson", "--kb", kb], stdout=out,
                           env=env, check=True)
        for label, mode in (("plain ndjson → SQLite + FTS5 import", []),
                            ("the same import, indexing the cache's character pairs",
                             ["pairs"])):
            imported, peak, _code = run([sys.executable, "-c", PLAIN_IMPORT, str(ndjson),
                                         str(work / f"plain{len(mode)}.sqlite"), *mode], env)
            cpu = LAST_CPU[0]
            print(f"| {name} | anchor: {label} (CPU {cpu:,.1f} s) | "
                  f"{imported * 1000:,.0f} | | cache build {build[0] / imported:.1f}× "
                  f"(CPU {build[1] / cpu:.1f}×) | {peak} |", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


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
    parser.add_argument("--lean", action="store_true",
                        help="generated bases only, and of the commands only search 京 and "
                             "the measures of scale (for 1M claims on a busy machine)")
    parser.add_argument("--statements", type=int, default=1000,
                        help="statements given to compare - (the same ones on every base)")
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
    kbs: list[tuple[str, str | None]] = [] if args.lean else [("shipped", None)]
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
        build_cpu = LAST_CPU[0]
        print(f"| {name} | cache build (first search; CPU {build_cpu:,.1f} s) | "
              f"{build * 1000:,.0f} | | | {build_rss} |", flush=True)
        if kb is not None:
            plain_import(name, jjj, kb, env, (build, build_cpu))
        claim_id = first_id(jjj, kb, env)
        for label, cmd in commands(jjj, kb, claim_id).items():
            if args.lean and not label.startswith("search 京"):
                continue
            cold, _rss, _code = run(cmd, env)
            warm, peak, bare_ms = median_run(cmd, env, args.runs, floor=bare)
            print(f"| {name} | {label} | {cold * 1000:,.0f} | {warm * 1000:,.0f} | "
                  f"{warm / bare_ms:.1f} | {peak} |", flush=True)
        if kb is not None:
            scale_rows(name, jjj, kb, env, args.runs, cache, args.statements)
        else:
            from generate import statements  # noqa: E402

            work = Path(tempfile.mkdtemp(prefix="jjj-bench-"))
            lines = work / "statements.txt"
            lines.write_text("\n".join(statements(args.statements)) + "\n",
                             encoding="utf-8")
            seconds, peak, _code = run([*jjj, "compare", "-", "--format", "ndjson"], env,
                                       stdin=lines)
            print(f"| {name} | compare - ({args.statements:,} statements) | "
                  f"{seconds * 1000:,.0f} | | {args.statements / seconds:,.0f} statements/s | "
                  f"{peak} |", flush=True)
            shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
