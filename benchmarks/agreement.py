"""Does search through the index find what a full scan finds? Measured on a generated base.

Above a few thousand claims `jjj search` ranks only the candidates its full-text and figure
indexes give; this compares that with ranking every claim, for the same queries:

- the relevance suite's queries (tests/assets/relevance.toml: written for the shipped base,
  whose claims the generated ones are, with other numbers, years and places);
- for ``--sample`` random generated claims, what a reporter would type to find that one:
  its subject, metric, figure and year; its figure with the commonest place (京津冀: common
  words must not crowd a figure's claims out); and its quote with one Chinese character
  dropped (a typo);
- every result (``--limit 0``) of a few queries, past the index's candidate limit.

A generated base holds many claims with the same words, whose scores tie; so the paths are
compared by score, not by id. It prints, per kind of query: how often the index path's
first result scores as high as the full scan's; at how many of the top 10 places it does;
for the sampled claims, how often each path puts the claim in its top 3; and for the queries
with a figure, how often a claim holding the sampled claim's figure is in the index path's
top 10. Nothing here asserts; these are measures.

    python benchmarks/agreement.py                     # generated 100k base in --data
    python benchmarks/agreement.py --size 10000 --sample 300
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

if TYPE_CHECKING:
    from jjjcli.kb import KnowledgeBase

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

TOP = 10
#: queries whose every result (``--limit 0``) is compared: common words (more matches than
#: the index's candidate limit), a figure with common words, one character, a typo
ALL_QUERIES = ["京津冀", "数字经济", "5.59万亿 京津冀", "北京 高新技术企业 2023",
               "investmnt beijing", "京", "GDP 河北"]


def sampled_queries(kb: KnowledgeBase, count: int, seed: int) -> list[tuple[str, str, str]]:
    """(kind, query, the claim it is for) for ``count`` random claims."""
    rng = random.Random(seed)
    ids = kb.ids_with_prefix("")
    queries = []
    for claim_id in rng.sample(ids, min(count, len(ids))):
        claim = kb.claims[claim_id]
        figure = claim.figures[0].raw if claim.figures else ""
        queries.append(("facts", f"{claim.subject} {claim.metric} {figure} {claim.period}",
                        claim_id))
        if figure:
            queries.append(("a figure with a common place", f"{figure} 京津冀", claim_id))
        quote = "".join(claim.quote.split())
        chinese = [i for i, ch in enumerate(quote) if "\u4e00" <= ch <= "\u9fff"]
        if len(chinese) > 4:
            cut = rng.choice(chinese[1:-1])
            queries.append(("quote with a typo", quote[:cut] + quote[cut + 1 :], claim_id))
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=100, help="generated claims to query")
    parser.add_argument("--data", type=Path, default=HERE / ".data")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    from generate import generate  # noqa: E402 (benchmarks/ is on sys.path)

    from jjjcli.index import index_threshold, open_kb
    from jjjcli.search import MIN_SCORE, Filters, Searcher, parse_query

    path = args.data / f"kb-{args.size}"
    if not (path / "sources.toml").is_file():
        generate(args.size, path)
    kb = open_kb(path)
    if kb.index is None or len(kb) <= index_threshold():
        sys.exit(f"{len(kb)} claims: search scans them all at this size; nothing to compare")
    searcher = Searcher(kb)
    start = time.perf_counter()
    every = searcher.documents
    print(f"{len(kb):,} claims ({time.perf_counter() - start:.1f} s to read every document)")

    with (HERE.parent / "tests" / "assets" / "relevance.toml").open("rb") as handle:
        suite = [("relevance suite", case["q"], "") for case in tomllib.load(handle)["query"]]
    queries = suite + sampled_queries(kb, args.sample, args.seed)

    stats: dict[str, dict[str, float]] = {}
    for kind, text, wanted in queries:
        query = parse_query(text)
        if query.empty:
            continue
        scan = searcher.rank(query, every, TOP, MIN_SCORE)
        found = searcher.rank(query, searcher.candidates(query, Filters()), TOP, MIN_SCORE)
        as_good = [i < len(found) and found[i][0] >= scan[i][0] - 1e-9
                   for i in range(len(scan))]
        row = stats.setdefault(kind, {"queries": 0, "first": 0, "top": 0.0,
                                      "scan top 3": 0, "index top 3": 0,
                                      "figure": 0, "holder": 0})
        row["queries"] += 1
        row["first"] += as_good[0] if as_good else not found
        row["top"] += sum(as_good) / len(as_good) if as_good else 1.0
        if wanted:
            row["scan top 3"] += wanted in [d.id for _s, d, _m in scan[:3]]
            row["index top 3"] += wanted in [d.id for _s, d, _m in found[:3]]
            held = kb.claims[wanted].figures
            if query.figures and held:
                # a figure in a query brings a claim holding it, however common its words
                row["figure"] += 1
                row["holder"] += any(f.same_quantity(held[0])
                                     for _s, d, _m in found for f in d.figures)

    complete = []
    # a figure this base holds, with the commonest place (the shipped base's 5.59万亿 is
    # held or printed by no generated claim: that row says so with its 0)
    held = next(c.figures[0].raw for c in kb if c.figures and c.figures[0].unit == "元"
                and c.figures[0].value >= 1e8)
    for text in [*ALL_QUERIES, f"{held} 京津冀"]:
        query = parse_query(text)
        start = time.perf_counter()
        found = searcher.rank(query, searcher._candidates(query, Filters(), MIN_SCORE, 0),
                              0, MIN_SCORE)
        seconds = time.perf_counter() - start
        scan = searcher.rank(query, every, 0, MIN_SCORE)
        complete.append((text, len(found), len(scan), [(s, d.id) for s, d, _m in found]
                         == [(s, d.id) for s, d, _m in scan], seconds))

    print("\n| queries | n | first result as good as the full scan's | top 10 places "
          "as good | claim in top 3: full scan | claim in top 3: index | a claim holding "
          "its figure in the top 10: index |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kind, row in stats.items():
        n = row["queries"]
        sampled = kind != "relevance suite"
        holders = (f" {row['holder']:.0f} of {row['figure']:.0f} |" if row["figure"]
                   else " |")
        print(f"| {kind} | {n:.0f} | {row['first'] / n:.0%} | {row['top'] / n:.0%} | "
              + (f"{row['scan top 3'] / n:.0%} | {row['index top 3'] / n:.0%} |" if sampled
                 else "| |") + holders)

    print("\nEvery result (`--limit 0`): through the index and by a full scan.\n")
    print("| query | results through the index | full scan | the same | ms |")
    print("| --- | ---: | ---: | --- | ---: |")
    for text, found_n, scan_n, same, seconds in complete:
        print(f"| {text} | {found_n:,} | {scan_n:,} | {'yes' if same else '**no**'} | "
              f"{seconds * 1000:,.0f} |")


if __name__ == "__main__":
    main()
