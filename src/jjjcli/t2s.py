"""Traditional → simplified Chinese (OpenCC's ``t2s``), skipped for a text it cannot change.

OpenCC converts by matching the keys of its dictionaries (the files its ``t2s.json`` names:
a normalisation table, phrases, characters) against the text and writing each matched key's
value in its place; where no key matches, it copies the character. Many keys map to
themselves (乾隆 → 乾隆, 年 → 年: a phrase kept whole, a character listed for its phrases).
So a text in which no key that maps to something else occurs comes out of OpenCC exactly as
it went in, whatever OpenCC matches in it, and need not go through it: most texts of a
simplified-Chinese knowledge base (building the cache normalises every claim's quote,
metric and subject).

``data/t2s.txt`` lists those keys (written by ``tools/t2s.py`` from the dictionaries
themselves): the characters that are such keys, then, one a line after an empty line, the
longer keys in which none of those characters occurs (none in OpenCC 1.4: every phrase it
changes holds a character it changes). It is headed by a CRC-32 of the configuration and
the dictionary files it was made from, and used only when the installed OpenCC's files
have that CRC; with any other OpenCC every text goes through OpenCC, as before.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

#: the keys that change a text, and the first word of its header line
DATA = "data/t2s.txt"
HEADER = "opencc-t2s"


def convert(text: str) -> str:
    """``text`` as OpenCC's t2s converts it."""
    changing = changing_keys()
    if changing is not None:
        chars, longer = changing
        if chars.isdisjoint(text) and not (longer and any(key in text for key in longer)):
            return text
    return str(converter().convert(text))


@lru_cache(maxsize=1)
def converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def changing_keys() -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The keys of the installed t2s dictionaries that map to something else: those of
    one character, and the longer ones holding none of them; None when these
    dictionaries are not those ``data/t2s.txt`` was made from."""
    from importlib import resources

    try:
        installed = fingerprint(Path(converter().config))
        text = resources.files("jjjcli").joinpath(DATA).read_text(encoding="utf-8")
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    header, _, rest = text.partition("\n")
    if header != f"{HEADER} {installed:08x}":
        return None
    chars, _, longer = rest.partition("\n\n")
    return frozenset(chars.replace("\n", "")), tuple(longer.split())


def dictionary_files(config: Path) -> list[Path]:
    """Every dictionary file a conversion configuration names, in order (beside it)."""
    import json

    files: list[Path] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "file" and isinstance(value, str):
                    files.append(config.parent / value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(config.read_text(encoding="utf-8")))
    return files


def fingerprint(config: Path) -> int:
    """CRC-32 of the configuration file and of every dictionary file it names, in order."""
    crc = zlib.crc32(config.read_bytes())
    for path in dictionary_files(config):
        crc = zlib.crc32(path.read_bytes(), crc)
    return crc
