"""Write src/jjjcli/data/t2s.txt: the keys of OpenCC's t2s dictionaries that map to something
else (jjjcli.t2s sends a text through OpenCC only when one of them occurs in it): the
characters, then the longer keys in which none of those characters occurs.

The dictionaries are those of the installed OpenCC (the files its t2s.json names), read
with the ``opencc_dict`` tool its wheel ships (the binary ``.ocd2`` files are dumped as
text: one ``key<TAB>values`` a line, the values separated by spaces; a key any of whose
values is not the key itself counts as changing). The first line of the file is
``opencc-t2s`` and the CRC-32 of those files; run this again after upgrading OpenCC (until
then jjj converts every text, as a changed CRC says).

    python tools/t2s.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from jjjcli import t2s

OUT = Path(__file__).resolve().parent.parent / "src" / "jjjcli" / "data" / "t2s.txt"
WIDTH = 64


def opencc_dict() -> str:
    """The ``opencc_dict`` tool of the installed OpenCC (its wheel ships it)."""
    import opencc

    shipped = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
    found = str(shipped) if shipped.is_file() else shutil.which("opencc_dict")
    if found is None:
        raise SystemExit("opencc_dict not found (the OpenCC wheel ships it in opencc/clib/bin)")
    return found


def entries(dictionary: Path) -> list[tuple[str, list[str]]]:
    """The keys of one OpenCC dictionary file (``.ocd2`` dumped by opencc_dict, or text),
    each with its values."""
    if dictionary.suffix == ".ocd2":
        with tempfile.TemporaryDirectory() as work:
            dumped = Path(work) / "dictionary.txt"
            subprocess.run([opencc_dict(), "-i", str(dictionary), "-o", str(dumped),
                            "-f", "ocd2", "-t", "text"], check=True, capture_output=True)
            text = dumped.read_text(encoding="utf-8")
    else:
        text = dictionary.read_text(encoding="utf-8")
    found = []
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        if key:
            found.append((key, values.split(" ")))
    return found


def changing_keys(config: Path) -> tuple[set[str], list[str]]:
    """The keys of the dictionaries ``config`` names that map to something else: the
    characters, and the longer keys in which none of those characters occurs."""
    changing = {key for path in t2s.dictionary_files(config)
                for key, values in entries(path) if values != [key]}
    chars = {key for key in changing if len(key) == 1}
    return chars, sorted(key for key in changing if len(key) > 1 and chars.isdisjoint(key))


def main() -> None:
    config = Path(t2s.converter().config)
    chars, longer = changing_keys(config)
    text = "".join(sorted(chars))
    lines = [text[i : i + WIDTH] for i in range(0, len(text), WIDTH)]
    if longer:
        lines += ["", *longer]
    OUT.write_text(f"{t2s.HEADER} {t2s.fingerprint(config):08x}\n" + "\n".join(lines) + "\n",
                   encoding="utf-8")
    print(f"{OUT}: {len(chars)} characters and {len(longer)} longer keys from {config}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
