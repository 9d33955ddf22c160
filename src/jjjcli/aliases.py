"""What the words of a query may stand for: the region's English names (Jing-Jin-Ji,
JJJ, Beijing-Tianjin-Hebei, the capital region → 京津冀), headline statistics' English
names (GDP → 地区生产总值), and Chinese aliases (经济总量 → 地区生产总值).

Built-in tables, and a knowledge base's metric vocabulary (``metrics.toml``: every metric's
English name and aliases) when it has one.
"""

from __future__ import annotations

import json
import os
import re
import time
from functools import lru_cache
from pathlib import Path

from jjjcli.record import Record

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")

#: a query word → words the knowledge base uses for it (Chinese words of two characters
#: or more: the full-text index finds them by their character pairs)
ALIASES = {
    "经济总量": "地区生产总值",
    "生产总值": "地区生产总值 经济总量",
    "副中心": "北京城市副中心 通州",
    "通州": "北京城市副中心 通州区",
    "外资": "实际使用外资",
    "高企": "高新技术企业",
    "国土面积": "土地面积",
}

#: the region's names in English, as people write them → the name the claims use
REGION_NAMES = {
    r"jing[\s-]*jin[\s-]*ji": "京津冀",
    r"jjj": "京津冀",
    r"bth": "京津冀",  # (as papers and think tanks write it: the BTH region)
    r"beijing[\s,-]*tianjin[\s,-]*(?:and[\s-]+)?hebei(?:[\s-]+region)?": "京津冀",
    r"(?:the[\s-]+)?capital[\s-]+(?:economic[\s-]+)?region": "京津冀",
    r"xiong[\s'’-]*an": "雄安",
}

#: headline statistics' English names → the metric the claims use (facts/metrics.toml,
#: when the knowledge base has one, adds every metric's English name and aliases)
STATISTICS = {
    "gdp": "地区生产总值",
    "grp": "地区生产总值",
    "gross regional product": "地区生产总值",
    "gross domestic product": "地区生产总值",
    "regional gdp": "地区生产总值",
    "economic aggregate": "地区生产总值",
    "land area": "土地面积",
}


class Phrase:
    """An English name's regular expression, compiled on first use, and a word any text
    it matches must hold (its first word): a query holding none of a vocabulary's words
    compiles none of its hundreds of expressions (about 0.3 s at start-up)."""

    __slots__ = ("source", "needle", "_compiled")

    def __init__(self, source: str, needle: str = "") -> None:
        self.source = source
        self.needle = needle
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(rf"(?<![a-z0-9]){self.source}(?![a-z0-9])")
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        if self.needle and self.needle not in text:
            return None
        return self.pattern.search(text)

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text)

    def __repr__(self) -> str:
        return f"Phrase({self.source!r})"


class Vocabulary(Record):
    """What the query's words may stand for: English names (a phrase → the Chinese
    metric or place name) and Chinese aliases (a word → the words claims use)."""

    __slots__ = ("english", "chinese")

    english: tuple[tuple[Phrase, str, bool], ...]
    chinese: dict[str, str]

    def __init__(self, english: tuple[tuple[Phrase, str, bool], ...],
                 chinese: dict[str, str]) -> None:
        self.english = english
        self.chinese = chinese


def _phrase(text: str) -> str:
    """A regular expression for an English phrase: any spaces or hyphens between words."""
    return r"[\s-]+".join(re.escape(w) for w in text.lower().replace("-", " ").split())


def _first_word(text: str) -> str:
    """The first word of an English phrase as _phrase reads it (any text it matches
    holds it)."""
    words = text.lower().replace("-", " ").split()
    return words[0] if words else ""


def _is_chinese_word(word: str) -> bool:
    return len(word) >= 2 and bool(_CJK.fullmatch(word))


def make_vocabulary(metrics: dict[str, tuple[str, list[str]]]) -> Vocabulary:
    """The vocabulary from the built-in tables and ``metrics`` (name → (English name,
    aliases), as in facts/metrics.toml)."""
    english: dict[str, tuple[str, bool]] = {}
    needles: dict[str, str] = {}  # a phrase's expression → its first word
    chinese = dict(ALIASES)
    for pattern, place in REGION_NAMES.items():
        english[pattern] = (place, True)
    for phrase, metric in STATISTICS.items():
        english[_phrase(phrase)] = (metric, False)
        needles[_phrase(phrase)] = _first_word(phrase)
    for name, (en, aliases) in metrics.items():
        if not _is_chinese_word(name):
            continue
        for alias in [en, *aliases]:
            if not alias:
                continue
            if alias.isascii() and any(c.isalpha() for c in alias):
                english.setdefault(_phrase(alias), (name, False))
                needles.setdefault(_phrase(alias), _first_word(alias))
            elif _is_chinese_word(alias) and alias != name and alias not in chinese:
                words = [name, *(a for a in aliases if _is_chinese_word(a) and a != alias)]
                chinese[alias] = " ".join(dict.fromkeys(words))
    # the longest phrase first: "regional gdp" before "gdp"
    ordered = sorted(english.items(), key=lambda item: -len(item[0]))
    return Vocabulary(
        tuple((Phrase(p, needles.get(p, "")), target, place)
              for p, (target, place) in ordered),
        chinese,
    )


def load_vocabulary(root: str | None) -> Vocabulary:
    """The vocabulary of the knowledge base at ``root``: the built-in tables, and the
    metric names and aliases of its metrics.toml when it has one (read again when the
    file changes, once otherwise)."""
    if root is None:
        return BUILT_IN
    try:
        stat = (Path(root) / "metrics.toml").stat()
        stamp: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = None
    return _vocabulary_of(root, stamp)


@lru_cache(maxsize=8)
def _vocabulary_of(root: str, stamp: tuple[int, int] | None) -> Vocabulary:
    return make_vocabulary(metric_aliases(Path(root)) if stamp is not None else {})


def metric_aliases(root: Path) -> dict[str, tuple[str, list[str]]]:
    """name → (English name, aliases) for every metric of ``root/metrics.toml``; {} when
    there is none or it cannot be read (``jjj check`` reports that; search goes on).

    Read once per change of the file: what it gives is kept as JSON beside the knowledge
    base's cache, so that a search neither parses TOML nor imports a TOML reader."""
    path = root / "metrics.toml"
    try:
        stat = path.stat()
    except OSError:
        return {}
    stamp = [stat.st_mtime_ns, stat.st_size, stat.st_ctime_ns]
    kept = _kept_path(root)
    if kept is not None:
        try:
            data = json.loads(kept.read_text(encoding="utf-8"))
            if data.get("stamp") == stamp and data.get("file") == str(path):
                return {k: (v[0], list(v[1])) for k, v in data["metrics"].items()}
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            pass
    metrics = _read_metrics(root)
    # a file written in the last seconds may change again within its timestamp's
    # resolution without its stamp changing (the cache's racy-file rule): not kept
    from jjjcli.index import RACY_NS

    racy = time.time_ns() - max(stat.st_mtime_ns, stat.st_ctime_ns) < RACY_NS
    if kept is not None and not racy:
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            temp = kept.with_name(kept.name + ".tmp")
            temp.write_text(json.dumps({"file": str(path), "stamp": stamp,
                                        "metrics": metrics}, ensure_ascii=False),
                            encoding="utf-8")
            os.replace(temp, kept)
        except OSError:
            pass  # a read-only cache: read the TOML again next time
    return metrics


def _kept_path(root: Path) -> Path | None:
    from jjjcli import index

    if not index.cache_enabled():
        return None
    return index.cache_path(root).with_suffix(".metrics.json")


def _read_metrics(root: Path) -> dict[str, tuple[str, list[str]]]:
    """The metrics, through the vocabulary's own loader; {} when the file cannot be read
    (`jjj check` says why)."""
    from jjjcli.errors import KnowledgeBaseError
    from jjjcli.vocabulary import load_vocabulary as load_metrics

    try:
        loaded = load_metrics(root)
    except KnowledgeBaseError:
        return {}
    return {name: (m.en, list(m.aliases)) for name, m in loaded.metrics.items()}


BUILT_IN = make_vocabulary({})

