"""The metric vocabulary: every statistic the claims measure, once, with the words people use.

``facts/metrics.toml`` holds one ``[[metric]]`` table per statistic::

    [[metric]]
    name = "地区生产总值"            # what claims write as their `metric`
    en = "gross regional product"
    units = ["元"]
    definition = "the value of all final goods and services produced in the region"
    aliases = ["GDP", "经济总量", "GRP", "gross regional product"]

``load_vocabulary(root)`` reads it into a :class:`Vocabulary`; ``resolve(word)`` finds a
metric by its name or an alias. Search reads the Chinese aliases as alternative words for
each other (a query for 国土面积 finds a claim on 土地面积), and ``jjj check`` refuses a claim
whose metric is not in the vocabulary. Importing this module is cheap: TOML is parsed only
when a vocabulary is loaded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from jjjcli.errors import KnowledgeBaseError
from jjjcli.kb import Problem, read_toml
from jjjcli.record import Record

#: metric words that say nothing of what is counted (数量 of 企业数量)
GENERIC_METRIC_WORDS = frozenset({"数量", "总数", "个数", "累计", "金额"})


@lru_cache(maxsize=4096)  # (a base has a few hundred metrics, weighed again and again)
def metric_pairs(name: str) -> frozenset[str]:
    """The character pairs of a metric's name (or of an event's, without 时间), but for the
    generic words (GENERIC_METRIC_WORDS): what a statement's words must hold to name it."""
    from jjjcli.search import bigrams, normalize

    return frozenset(bigrams(normalize(name)) - GENERIC_METRIC_WORDS)


FILE = "metrics.toml"
_CHINESE_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")


class Metric(Record):
    """One statistic: its canonical name and what it means."""

    __slots__ = ("name", "en", "units", "definition", "aliases", "unused", "several", "line")

    name: str
    en: str
    units: tuple[str, ...]
    definition: str
    aliases: tuple[str, ...]
    #: why the vocabulary lists a metric no claim uses yet ("" when claims use it)
    unused: str
    #: why one subject can hold several values of it at once (speed tiers offered side by
    #: side): then differing values are no conflict ("" for an ordinary statistic)
    several: str
    line: int

    def __init__(self, name: str, en: str, units: tuple[str, ...], definition: str,
                 aliases: tuple[str, ...] = (), unused: str = "", several: str = "",
                 line: int = 0) -> None:
        self.name = name
        self.en = en
        self.units = units
        self.definition = definition
        self.aliases = aliases
        self.unused = unused
        self.several = several
        self.line = line


def _key(word: str) -> str:
    return " ".join(word.split()).lower()


class Vocabulary(Record):
    """The metrics of a knowledge base, by name, and the problems found reading them."""

    __slots__ = ("metrics", "problems", "shared", "_by_word")

    metrics: dict[str, Metric]
    problems: list[Problem]
    #: why the file lists statistics this base's claims need not use (a vocabulary copied
    #: from another base by `jjj init`: "" for a base's own vocabulary)
    shared: str
    _by_word: dict[str, Metric]

    def __init__(self, metrics: dict[str, Metric], problems: list[Problem] | None = None,
                 shared: str = "", _by_word: dict[str, Metric] | None = None) -> None:
        self.metrics = metrics
        self.problems = [] if problems is None else problems
        self.shared = shared
        self._by_word = {}
        for metric in metrics.values():
            for word in metric.aliases:
                self._by_word.setdefault(_key(word), metric)
        for metric in metrics.values():  # a name wins over another metric's alias
            self._by_word[_key(metric.name)] = metric

    def resolve(self, word: str) -> Metric | None:
        """The metric named ``word``, or having it as an alias (case and spacing ignored)."""
        return self._by_word.get(_key(word))

    def __contains__(self, name: object) -> bool:
        return name in self.metrics

    def __len__(self) -> int:
        return len(self.metrics)


def _strings(fields: dict[str, Any], key: str, where: str,
             problems: list[Problem], line: int) -> tuple[str, ...]:
    value = fields.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(Problem(where, line, f"{key!r} must be a list of non-empty strings"))
        return ()
    return tuple(value)


def load_vocabulary(root: str | Path) -> Vocabulary:
    """The vocabulary in ``root/metrics.toml`` (empty when the file does not exist).

    A malformed table is left out and recorded in ``problems``, as ``jjj check`` lists
    them; malformed TOML raises KnowledgeBaseError.
    """
    root = Path(root)
    path = root / FILE
    if not path.is_file():
        return Vocabulary({})
    parsed = read_toml(path, root)
    problems: list[Problem] = []
    tables = parsed.data.get("metric", [])
    lines = parsed.header_lines("metric")
    if not isinstance(tables, list):
        raise KnowledgeBaseError(f"{path}:1: 'metric' must be an array of tables ([[metric]])")
    metrics: dict[str, Metric] = {}
    for number, table in enumerate(tables):
        line = lines[number] if number < len(lines) else 1
        name, en, definition = (table.get(k) for k in ("name", "en", "definition"))
        bad = [k for k, v in (("name", name), ("en", en), ("definition", definition))
               if not isinstance(v, str) or not v.strip()]
        if bad:
            problems.append(Problem(FILE, line, f"metric needs a non-empty {', '.join(bad)}"))
            continue
        assert isinstance(name, str) and isinstance(en, str) and isinstance(definition, str)
        unused, several = table.get("unused", ""), table.get("several", "")
        if not isinstance(unused, str) or not isinstance(several, str):
            problems.append(Problem(FILE, line, f"{name}: 'unused' and 'several' must be "
                                                "reasons (strings)"))
            unused = several = ""
        if name in metrics:
            problems.append(Problem(FILE, line, f"metric {name!r} is listed twice "
                                                f"(first on line {metrics[name].line})"))
            continue
        metrics[name] = Metric(
            name=name, en=en, definition=definition,
            units=_strings(table, "units", FILE, problems, line),
            aliases=_strings(table, "aliases", FILE, problems, line),
            unused=unused, several=several, line=line,
        )
    shared = parsed.data.get("shared", "")
    if not isinstance(shared, str):
        problems.append(Problem(FILE, 1, "'shared' must be a reason (a string)"))
        shared = ""
    vocabulary = Vocabulary(metrics, problems, shared)
    problems.extend(_conflicts(vocabulary))
    return vocabulary


def _conflicts(vocabulary: Vocabulary) -> list[Problem]:
    """No word may name two metrics: an alias that is another metric's name, or that two
    metrics both claim."""
    problems: list[Problem] = []
    owner: dict[str, Metric] = {_key(m.name): m for m in vocabulary.metrics.values()}
    for metric in vocabulary.metrics.values():
        for word in metric.aliases:
            key = _key(word)
            other = owner.get(key)
            if other is None:
                owner[key] = metric
            elif other is not metric:
                what = "the name of" if _key(other.name) == key else "also an alias of"
                problems.append(Problem(FILE, metric.line, f"{metric.name}: alias {word!r} is "
                                        f"{what} {other.name!r} (line {other.line})"))
            elif key == _key(metric.name):
                problems.append(Problem(FILE, metric.line,
                                        f"{metric.name}: alias {word!r} repeats its name"))
    return problems
