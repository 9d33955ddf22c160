"""A new source text's bytes, read as UTF-8 or converted from the encoding given.

Chinese newsrooms often hold GBK/GB18030 files. jjj stores every source as UTF-8, so a file
in another encoding is refused, naming the encoding it looks like, until the user says
which it is (``--encoding gb18030``); it is then converted, and what is stored is the
UTF-8 text.
"""

from __future__ import annotations

import codecs

from jjjcli.errors import JJJError

#: encodings a Chinese news text comes in, tried in this order to name what a file looks like
_LIKELY = ("gb18030", "big5", "utf-16")


class EncodingError(JJJError):
    """The text is not UTF-8 (and no other encoding was given), or not in the one given."""


def looks_like(data: bytes) -> str | None:
    """The encoding a non-UTF-8 text most likely is in, or None."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for name in _LIKELY[:2]:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        # a Chinese text decodes to mostly CJK characters; binary noise does not
        cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
        if cjk and cjk >= 0.2 * len(text.replace(" ", "").replace("\n", "")):
            return name
    return None


def source_text(data: bytes, encoding: str | None = None) -> tuple[bytes, str]:
    """The bytes to store (UTF-8) and their text.

    UTF-8 is kept byte for byte (with or without a BOM, LF or CRLF line ends); with
    ``encoding`` the text is converted to UTF-8. NUL bytes mean the file is not text.
    """
    if b"\0" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise EncodingError("the file holds NUL bytes: it is not a text file")
    if encoding is None or codecs.lookup(encoding).name == "utf-8":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            guess = looks_like(data)
            hint = (f"; it looks like {guess.upper()}: add --encoding {guess}" if guess
                    else "; give its encoding with --encoding")
            raise EncodingError(
                f"the file is not UTF-8 (byte {exc.start} is invalid){hint}") from None
        return data, text
    try:
        text = data.decode(encoding)
    except LookupError:
        raise EncodingError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"the file is not {encoding} (byte {exc.start} is invalid)") from None
    text = text.lstrip("\ufeff")
    return text.encode("utf-8"), text


def check_encoding_name(encoding: str | None) -> None:
    """Refuse an encoding Python does not know, before anything is read."""
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise EncodingError(f"unknown encoding {encoding!r}") from None
