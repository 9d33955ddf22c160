"""jjjcli.t2s: OpenCC's t2s, skipped for a text it cannot change, gives exactly what OpenCC
gives — on every text of the knowledge base and its sources, on the dictionaries' own keys,
and on every character outside the list; and with other dictionaries, OpenCC every time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from conftest import REPO, load_script
from jjjcli import search, t2s
from jjjcli.kb import KnowledgeBase
from jjjcli.text import split_paragraphs


def _tool() -> ModuleType:
    return load_script("tools/t2s.py", "t2s_tool")


def _opencc(text: str) -> str:
    return str(t2s.converter().convert(text))


def _old_normalize(text: str) -> str:
    """search's normalisation as it was before the shortcuts: every step on every text."""
    text = search.strip_escapes(text).translate(search._FULLWIDTH)
    if search._CJK.search(text):
        text = _opencc(text)
    return text.lower()


def _same(text: str) -> None:
    assert t2s.simplified(text) == _opencc(text), text
    assert search._normalize(text) == _old_normalize(text), text


def test_the_list_is_that_of_the_installed_dictionaries() -> None:
    """The shipped list is the keys that change a text, of the dictionaries the installed
    OpenCC's t2s uses (dumped by its own tool); were OpenCC's files not those it was made
    from, the list would be refused."""
    config = Path(t2s.converter().config)
    changing = t2s.changing_keys()
    header = (REPO / "src" / "jjjcli" / "data" / "t2s.txt").read_text(encoding="utf-8")
    if header.split("\n", 1)[0] != f"{t2s.HEADER} {t2s.fingerprint(config):08x}":
        assert changing is None  # another OpenCC: every text goes through it
        return
    assert changing is not None
    chars, longer = changing
    expected_chars, expected_longer = _tool().changing_keys(config)
    assert chars == expected_chars and list(longer) == expected_longer
    assert {"漢", "乾", "\uf900"} <= chars  # characters, one of two values, normalisation
    assert not chars & set("京津冀协同发展地区生产总值年")  # 年 only keys phrases (年曆)


def test_a_longer_key_sends_a_text_to_opencc(monkeypatch: pytest.MonkeyPatch) -> None:
    """Were there a phrase OpenCC changes in which no changing character occurs, a text
    holding it would go through OpenCC."""
    monkeypatch.setattr(t2s, "changing_keys", lambda: (frozenset("漢"), ("甲乙",)))
    monkeypatch.setattr(t2s, "converter", lambda: type("Marked", (), {
        "convert": staticmethod(lambda text: "<" + text + ">")}))
    assert t2s.convert("京津冀") == "京津冀"
    assert t2s.convert("京甲乙") == "<京甲乙>"
    assert t2s.convert("京甲") == "京甲"
    assert t2s.convert("漢") == "<漢>"


def test_other_dictionaries_mean_opencc_for_every_text(monkeypatch: pytest.MonkeyPatch) -> None:
    t2s.changing_keys.cache_clear()
    monkeypatch.setattr(t2s, "fingerprint", lambda config: 0)
    try:
        assert t2s.changing_keys() is None
        assert t2s.convert("漢字") == "汉字"
        assert t2s.convert("京津冀") == "京津冀"
    finally:
        t2s.changing_keys.cache_clear()


def test_every_character_outside_the_list_is_left_as_it_is() -> None:
    """One by one, and run together (OpenCC's phrases: the keys it leaves as they are)."""
    changing = t2s.changing_keys()
    if changing is None:
        pytest.skip("OpenCC's dictionaries are not those the list was made from")
    chars = changing[0]
    outside = [chr(c) for c in range(1, 0x110000)
               if not 0xD800 <= c <= 0xDFFF and chr(c) not in chars]
    for start in range(0, len(outside), 50_000):
        text = "".join(outside[start : start + 50_000])
        assert _opencc(text) == text
        assert t2s.convert(text) == text
    assert all(_opencc(c) == c for c in outside if "\u3400" <= c <= "\u9fff")


def _texts(kb: KnowledgeBase) -> Iterator[str]:
    for claim in kb:
        yield from (claim.quote, claim.metric, claim.subject, claim.en, claim.note,
                    claim.metric + " " + claim.subject, *claim.topics,
                    *(f.raw for f in claim.figures))
    for path in sorted((Path(kb.root) / "sources").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield text
        yield from (p.text for p in split_paragraphs(text))


def test_the_same_as_opencc_on_every_text_of_the_knowledge_base(kb: KnowledgeBase) -> None:
    texts = list(_texts(kb))
    assert len(texts) > 10_000
    for text in texts:
        _same(text)
    # the few that OpenCC does change went through it
    assert any(_opencc(t) != t for t in texts)


def test_the_same_as_opencc_on_the_dictionaries_keys() -> None:
    tool = _tool()
    for path in t2s.dictionary_files(Path(t2s.converter().config)):
        entries = tool.entries(path)
        assert entries, path
        for key, values in entries:
            _same(" ".join(values))
            _same(key)
            _same(f"京津冀{key}协同发展")
            _same(f"ＧＤＰ　{key}Ａ")


@pytest.mark.parametrize("text", [
    "", "京", "京津冀", "乾杯", "乾隆", "漢", "京\x00漢", "ＧＤＰ　５．５９万亿", "\x1b[31m京津冀\x1b[0m",
    "Beijing", "\uf900", "𠀀京",
])
def test_the_same_as_opencc_on_edge_cases(text: str) -> None:
    _same(text)


@pytest.mark.parametrize(("text", "read"), [
    # Taiwan's characters and its words for things: the mainland's
    ("張北雲端計算產業園共有13個資料中心專案", "张北云计算产业园共有13个数据中心项目"),
    ("寬頻網路、積體電路與人工智慧", "宽带网络、集成电路与人工智能"),
    ("面積約2000平方公尺", "面积约2000平方米"),
    # Hong Kong's are t2s's alone (網絡, 數據)
    ("網絡和數據中心綫路", "网络和数据中心线路"),
    # the words tw2sp also turns, but which mean what the mainland means by them: kept
    ("新增智慧城市指標", "新增智慧城市指标"),
    # a text in simplified characters holding a Taiwan word, or a traditional character
    # or two, is as t2s leaves it
    ("专案组赴台湾调研网路与通讯", "专案组赴台湾调研网路与通讯"),
    ("实现中小學生跨区域就读，网络和通讯安全", "实现中小学生跨区域就读，网络和通讯安全"),
])
def test_a_text_in_traditional_characters_has_the_mainlands_words(text: str,
                                                                   read: str) -> None:
    assert t2s.convert(text) == read
