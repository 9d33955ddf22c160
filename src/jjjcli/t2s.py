"""Traditional → simplified Chinese (OpenCC's ``t2s``), skipped for a text it cannot change.

OpenCC converts by matching the keys of its dictionaries (the files its ``t2s.json`` names:
a normalisation table, phrases, characters) against the text, longest first, and copies
every character where no key starts. So a text holding none of the characters a key
starts with comes out of OpenCC exactly as it went in, and need not go through it: most
texts of a simplified-Chinese knowledge base (building the cache normalises every claim's
quote, metric and subject).

``data/t2s.txt`` lists those first characters (written by ``tools/t2s.py`` from the
dictionaries themselves), headed by a CRC-32 of the configuration and the dictionary files
it was made from. It is used only when the installed OpenCC's files have that CRC; with any
other OpenCC every text goes through OpenCC, as before.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

#: the list of first characters, and the first word of its header line
DATA = "data/t2s.txt"
HEADER = "opencc-t2s"


def convert(text: str) -> str:
    """``text`` as OpenCC's t2s converts it."""
    chars = first_characters()
    if chars is not None and chars.isdisjoint(text):
        return text
    return str(converter().convert(text))


@lru_cache(maxsize=1)
def converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def first_characters() -> frozenset[str] | None:
    """The characters a key of the installed t2s dictionaries starts with, or None when
    these dictionaries are not those ``data/t2s.txt`` was made from."""
    from importlib import resources

    try:
        installed = fingerprint(Path(converter().config))
        text = resources.files("jjjcli").joinpath(DATA).read_text(encoding="utf-8")
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    header, _, chars = text.partition("\n")
    if header != f"{HEADER} {installed:08x}":
        return None
    return frozenset(chars.replace("\n", ""))


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
