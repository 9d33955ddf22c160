"""Print numbered paragraphs of a source, for curators: python tools/paragraphs.py 004 151 160"""

import sys

from jjjcli.kb import load_kb

prefix, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
kb = load_kb(lenient=True)
source = next(s for name, s in kb.sources.items() if name.startswith(prefix))
for p in source.paragraphs[first - 1 : last]:
    print(f"[{p.number}] (line {p.line})\n{p.text}\n")
