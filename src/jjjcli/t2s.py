"""Traditional → simplified Chinese (OpenCC's ``t2s``), skipped for a text it cannot change;
a text in traditional characters also has Taiwan's words for things put as the mainland's.

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

import re
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

#: the keys that change a text, and the first word of its header line
DATA = "data/t2s.txt"
HEADER = "opencc-t2s"


def convert(text: str) -> str:
    """``text`` as OpenCC's t2s converts it; a text in traditional characters with Taiwan's
    words for things put as the mainland's too (mainland_words)."""
    simple = simplified(text)
    return mainland_words(simple) if traditional(text, simple) else simple


def traditional(text: str, simple: str) -> bool:
    """Whether ``text`` (``simple`` as t2s gives it) is written in traditional characters:
    t2s changes one of its Chinese characters in ten or more (a text in simplified
    characters quoting a traditional name, 中小學生, is not)."""
    if simple == text:
        return False
    if len(simple) != len(text):
        return True
    changed = sum(a != b for a, b in zip(text, simple, strict=True))
    return changed * TRADITIONAL_SHARE >= sum("\u3400" <= c <= "\u9fff" for c in text)


#: one Chinese character in this many changed by t2s: a text in traditional characters
TRADITIONAL_SHARE = 10


def simplified(text: str) -> str:
    """``text`` as OpenCC's t2s converts it (character for character)."""
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


#: Taiwan's words for things (as t2s leaves them) that a text in simplified characters, and
#: so the knowledge base, puts otherwise: a Taiwanese report of 京津冀 has 專案 for 项目,
#: 資料中心 for 数据中心. A few of OpenCC's tw2sp phrases (its TWPhrasesRev), those of this
#: field that mean one thing only: not 新增 (添加), 指標 (指针), 智慧 (智能: mainland
#: text has 智慧城市 too), 資料 (材料 as often as 数据), 通訊 (通讯 is the mainland's
#: too), 高階, 影片 or 檔案, which tw2sp also turns and which a report from Hong Kong or
#: the mainland in traditional characters means as the mainland does
MAINLAND_WORDS = {
    "专案": "项目", "资料中心": "数据中心", "资料库": "数据库", "伺服器": "服务器",
    "宽频": "宽带", "网路": "网络", "网际网路": "互联网", "行动网路": "移动网络",
    "行动通讯": "移动通信", "行动电话": "移动电话", "简讯": "短信",
    "软体": "软件", "硬体": "硬件", "晶片": "芯片", "积体电路": "集成电路",
    "人工智慧": "人工智能", "智慧财产权": "知识产权", "云端计算": "云计算",
    "云端运算": "云计算", "数位": "数字", "资讯": "信息", "使用者": "用户",
    "最佳化": "优化", "丛集": "集群", "奈米": "纳米", "雷射": "激光", "计程车": "出租车",
    "脚踏车": "自行车", "宾士": "奔驰", "平方公尺": "平方米", "立方公尺": "立方米",
    "公尺": "米",
}
_TAIWAN_WORD = re.compile("|".join(sorted(MAINLAND_WORDS, key=len, reverse=True)))


def mainland_words(text: str) -> str:
    """``text`` (from traditional characters, by t2s) with Taiwan's words for things put as
    the mainland puts them (MAINLAND_WORDS)."""
    return _TAIWAN_WORD.sub(lambda m: MAINLAND_WORDS[m[0]], text)


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
