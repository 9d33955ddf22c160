"""What a figure is, as its own words say: a change or a share (同比增长42.9%, 占地区GDP的
42.9%), the new ones of a time or the total so far (新增注册企业939家, 累计注册企业近5000家),
and of which industry (装备制造业, 医药制造业). `jjj compare` does not let a claim's figure
support a statement's of the same value that is plainly another thing.
"""

from __future__ import annotations

import re

from jjjcli.search import bigrams

#: the words right before a percentage that make it a change (同比增长42.9%, 增速为6.9%;
#: not 上升至66.1%, a level), and those that make it a share (占地区GDP的42.9%)
_CHANGE_BEFORE = re.compile(r"(?:增长|增速|增幅|下降|降低|提高|提升|上升|回落|下滑|减少|增|降)"
                            r"(?:了|为|是|达|达到|约|近|超过)?\s*$")
_SHARE_WORDS = ("占", "比重", "比例", "贡献")


#: words that make a count the new ones of a time (新增注册企业939家) or the total so far
#: (累计注册企业近5000家)
_NEW_WORDS = ("新增", "新设", "新注册", "新落地", "新引进", "当年")


def count_kind(words: str) -> str | None:
    """What a figure's own words make it: "new" (of its time), "total" (so far), or None
    (neither, or both: 累计新设外资企业115家)."""
    new = any(w in words for w in _NEW_WORDS)
    total = "累计" in words
    if new == total:
        return None
    return "new" if new else "total"


#: a manufacturing industry's or an industry's name (装备制造业, 高新技术产业): its own words
#: (two to six characters) and its head
_INDUSTRY = re.compile(r"([\u4e00-\u9fff]{2,6}?)(制造业|产业)")
#: what is no part of an industry's name before it: places, years, particles, verbs
_NOT_OF_THE_NAME = re.compile(
    r"^.*(?:[京津冀北市省区县年月的了和与及是在有于为共占等大次第]|实现|推动|全市|全区)")


def _industry(text: str) -> tuple[str, str] | None:
    """The first industry a text names, the one measured (高技术制造业 of 高技术制造业增加值
    占规模以上工业比重): (its own words, its head), 装备制造业 → (装备, 制造业); None where
    it names none."""
    found = _INDUSTRY.search(text)
    if found is None:
        return None
    own = _NOT_OF_THE_NAME.sub("", found[1])
    return (own, found[2]) if len(own) >= 2 else None


def other_industry(words: str, metric: str) -> bool:
    """Whether a figure's words and a claim's metric name two industries that statistics
    keep apart: two manufacturing industries with no word in common (装备制造业 and 医药
    制造业), or a manufacturing industry and an industry of alike words (高技术制造业 and
    高新技术产业)."""
    said, named = _industry(words), _industry(metric)
    if said is None or named is None or said == named:
        return False
    shared = bigrams(said[0]) & bigrams(named[0])
    if said[1] == named[1] == "制造业":
        return not shared and said[0] not in named[0] and named[0] not in said[0]
    return said[1] != named[1] and bool(shared)


def percent_kind(words: str) -> str | None:
    """What a percentage's own words make it: "change", "share", or None (neither)."""
    words = words.replace("增加值", "")  # (value added: not a change)
    if _CHANGE_BEFORE.search(words):
        return "change"
    return "share" if any(w in words for w in _SHARE_WORDS) else None
