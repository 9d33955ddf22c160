"""Pick claims for a hand audit of the knowledge base, reproducibly:

    python tools/audit_sample.py                 # 50 ids, seed 20261201, from facts/
    python tools/audit_sample.py --seed 7 --count 20 --kb my-facts
    python tools/audit_sample.py --show          # each claim in full, to read against its paragraph

Every reviewed claim is a candidate (figure claims and date claims alike; drafts are left
out). The ids are sorted before sampling, so the sample depends only on the seed, the count
and the set of ids, not on file order. For each id printed, read its paragraph
(`jjj show ID`) and check the quote, the paragraph number, every figure, metric, subject,
period, one assertion, and the note (docs/audit-2026-12.md is the last audit so done).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from jjjcli.kb import load_kb

SEED = 20261201
COUNT = 50


def sample(ids: list[str], seed: int = SEED, count: int = COUNT) -> list[str]:
    """``count`` ids drawn without replacement with ``random.Random(seed)``, in draw order."""
    return random.Random(seed).sample(sorted(ids), min(count, len(ids)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--kb", default=str(Path(__file__).resolve().parent.parent / "facts"))
    parser.add_argument("--show", action="store_true",
                        help="print each claim's fields, not only its id")
    args = parser.parse_args(argv)
    kb = load_kb(args.kb)
    chosen = sample(list(kb.claims), args.seed, args.count)
    for n, claim_id in enumerate(chosen, 1):
        if not args.show:
            print(claim_id)
            continue
        c = kb.claims[claim_id]
        figures = ", ".join(f.raw for f in c.figures)
        print(f"{n}. {c.id}  ¶{c.paragraph}  metric={c.metric}  subject={c.subject}  "
              f"period={c.period!r}  figures=[{figures}]")
        print(f"   quote: {c.quote}")
        if c.note:
            print(f"   note: {c.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
