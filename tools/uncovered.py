"""Problems and uncovered figures for one source and paragraph range, for curators:

    python tools/uncovered.py 004 151 300
"""

import sys

from jjjcli.check import run_check
from jjjcli.kb import load_kb

prefix, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
kb = load_kb(lenient=True)
report = run_check(kb)
claims_here = {c.id for c in kb if c.source.startswith(prefix) and first <= c.first <= last}
for problem in report.problems:
    if any(problem.message.startswith(i + ":") for i in claims_here):
        print(f"PROBLEM {problem}")
shown = 0
for u in report.uncovered:
    if u.source.startswith(prefix) and first <= u.paragraph <= last:
        print(f"UNCOVERED p{u.paragraph} {u.raw!r}: …{u.context}…")
        shown += 1
print(f"{len(claims_here)} claims in range; {shown} uncovered figures in range")
