"""How well `jjj add` drafts claims, and how fast, measured the way issue 20 states it.

Into an empty knowledge base (``jjj init``), each of the five shipped sources is added with
``jjj add``; the drafts are compared with the curated claims of the shipped base:

- figures held: of the figures (and dates) the curated claims state, the share that some
  draft of the same source and paragraph states with the same value;
- quote rule: the share of drafts whose quote passes it (with whitespace removed, a
  substring of the cited paragraph);
- metric proposed: of the figures held, the share whose draft proposes the curated metric;
  subject and period likewise (the drafts' subjects and periods come from jjjcli.reading
  and the gazetteer, as compare reads statements).

Then a text of about 1 MB (the five sources repeated with their years shifted, so no
paragraph repeats) is added, and its wall time reported.

    python benchmarks/drafting.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from jjjcli.authoring.adding import add_source
from jjjcli.authoring.newbase import init_kb
from jjjcli.kb import default_root, load_kb
from jjjcli.text import quote_matches


def main() -> int:
    shipped = load_kb()
    sources = sorted((default_root() / "sources").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        root = init_kb(Path(folder) / "kb")
        start = time.perf_counter()
        for source in sources:
            add_source(root, source)
        five = time.perf_counter() - start
        drafted = load_kb(root, drafts=True)
        by_place: dict[tuple[str, int], list[tuple[float, str, str, str]]] = defaultdict(list)
        quotes_ok = 0
        for claim in drafted:
            text = drafted.sources[claim.source].paragraph_text(claim.first, claim.last)
            quotes_ok += quote_matches(claim.quote, text)
            for figure in claim.figures:
                by_place[(claim.source[:3], claim.first)].append(
                    (round(float(figure.value), 6), claim.metric, claim.subject, claim.period))
        stated = held = same_metric = same_subject = same_period = 0
        for claim in shipped:
            for figure in claim.figures:
                stated += 1
                value = round(float(figure.value), 6)
                drafts = [(m, s, t) for p in range(claim.first, claim.last + 1)
                          for v, m, s, t in by_place[(claim.source[:3], p)] if v == value]
                if drafts:
                    held += 1
                    same_metric += any(m == claim.metric for m, _s, _t in drafts)
                    same_subject += any(s == claim.subject for _m, s, _t in drafts)
                    same_period += any(t == claim.period for _m, _s, t in drafts)
        big = Path(folder) / "big.txt"
        texts = [s.read_text(encoding="utf-8") for s in sources]
        body, shift = "", 0
        while len(body.encode("utf-8")) < 1_000_000:
            body += "".join(t.replace("2023年", f"{1990 + shift}年") for t in texts)
            shift += 1
        big.write_text(body, encoding="utf-8")
        size = big.stat().st_size
        start = time.perf_counter()
        added = add_source(root, big)
        one_mb = time.perf_counter() - start
    total = len(drafted)
    print(f"drafts of the five sources: {total} ({five:.1f} s)")
    print(f"figures held: {held}/{stated} ({held / stated:.1%})")
    print(f"quote rule: {quotes_ok}/{total} ({quotes_ok / total:.1%})")
    print(f"metric proposed = curated: {same_metric}/{held} ({same_metric / held:.1%})")
    print(f"subject proposed = curated: {same_subject}/{held} ({same_subject / held:.1%})")
    print(f"period proposed = curated: {same_period}/{held} ({same_period / held:.1%})")
    print(f"1 MB text ({size:,} bytes): {added.drafts} drafts in {one_mb:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
