"""`jjj init` and `jjj add`: a new knowledge base, new sources, drafted claims to review."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import RunCli
from jjjcli.authoring.drafting import joined, period_for, quote_for, relative_period
from jjjcli.authoring.encoding import looks_like
from jjjcli.authoring.printed import find_printed
from jjjcli.figures import find_figures
from jjjcli.kb import KnowledgeBase, default_root, load_kb
from jjjcli.text import quote_matches, split_paragraphs

SOURCES = sorted((default_root() / "sources").glob("*.txt"))


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def problems(jjj: RunCli, root: Path) -> list[object]:
    """`jjj check`'s problems (drafts and the dates left to the reviewer are not)."""
    report = json.loads(jjj("check", "--kb", str(root), "--format", "json").out)
    return [*report["problems"], *(u for u in report["uncovered"] if u["kind"] != "date")]


@pytest.fixture
def empty(tmp_path: Path, jjj: RunCli) -> Path:
    root = tmp_path / "kb"
    assert jjj("init", str(root)).code == 0
    return root


@pytest.fixture(scope="module")
def all_added(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five shipped sources added, one by one, to an empty base."""
    from jjjcli.authoring.adding import add_source
    from jjjcli.authoring.newbase import init_kb

    root = init_kb(tmp_path_factory.mktemp("added") / "kb")
    for source in SOURCES:
        add_source(root, source)
    return root


def test_init_makes_a_base_check_accepts(empty: Path, jjj: RunCli) -> None:
    assert {p.name for p in empty.iterdir()} >= {"sources", "claims", "sources.toml",
                                                  "topics.toml"}
    done = jjj("check", "--kb", str(empty))
    assert done.code == 0, done.out
    assert "0 claims, 0 problems" in done.out


def test_init_refuses_a_folder_with_files(tmp_path: Path, jjj: RunCli) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "notes.txt").write_text("mine", encoding="utf-8")
    done = jjj("init", str(tmp_path / "kb"))
    assert done.code == 2 and "not an empty folder" in done.err
    assert [p.name for p in (tmp_path / "kb").iterdir()] == ["notes.txt"]


def test_init_from_shipped_is_an_editable_copy(tmp_path: Path, jjj: RunCli,
                                               kb: KnowledgeBase) -> None:
    done = jjj("init", str(tmp_path / "copy"), "--from-shipped")
    assert done.code == 0
    assert len(load_kb(tmp_path / "copy")) == len(kb)
    assert jjj("show", "004-254-jjj-gdp-2023", "--kb", str(tmp_path / "copy"),
               "--format", "json").code == 0


def test_add_registers_copies_and_drafts(empty: Path, jjj: RunCli) -> None:
    done = jjj("add", str(SOURCES[0]), "--kb", str(empty), "--publication", "北京日报")
    assert done.code == 0, done.err
    stored = list((empty / "sources").iterdir())
    assert len(stored) == 1 and stored[0].read_bytes() == SOURCES[0].read_bytes()
    assert stored[0].name.startswith("000_")
    kb = load_kb(empty, drafts=True)
    source = kb.sources[stored[0].name]
    assert source.kind == "newspaper" and source.evidence is not None
    assert [a.value for a in source.articles[0].authors] == ["赵鹏"]
    # a value given on the command line that the text does not print: paragraph 0, from
    assert source.metadata["publication"].paragraph == 0
    assert source.metadata["publication"].origin
    assert kb.claims and all(c.is_draft for c in kb)
    assert "drafted" in done.err and "next: review the drafts" in done.err
    checked = jjj("check", "--kb", str(empty))
    assert "drafts to review" in checked.out and "to review: draft 000-" in checked.out
    report = json.loads(jjj("check", "--kb", str(empty), "--format", "json").out)
    # drafts are not problems; what is left for the reviewer is dates no draft dates
    assert report["problems"] == []
    assert all(u["kind"] == "date" for u in report["uncovered"])


def test_drafts_hold_the_curated_figures_and_obey_the_quote_rule(
        all_added: Path, kb: KnowledgeBase) -> None:
    drafted = load_kb(all_added, drafts=True)
    number_of = {name[:3]: name for name in drafted.sources}
    held: dict[tuple[str, int], set[float]] = defaultdict(set)
    for claim in drafted:
        source = drafted.sources[claim.source]
        assert quote_matches(claim.quote, source.paragraph_text(claim.first, claim.last)), claim
        held[(claim.source, claim.first)].update(round(float(f.value), 6) for f in claim.figures)
    stated = found = 0
    for claim in kb:
        name = number_of[claim.source[:3]]
        for figure in claim.figures:
            stated += 1
            found += any(round(float(figure.value), 6) in held[(name, p)]
                         for p in range(claim.first, claim.last + 1))
    assert found / stated >= 0.95, (found, stated)


def test_drafts_propose_the_curated_metric_for_most_figures(all_added: Path,
                                                           kb: KnowledgeBase) -> None:
    """The metric is proposed from the figure's words with the vocabulary `jjj init`
    copied; issue 20's bar is 60% of the figures held (measured: benchmarks/drafting.py)."""
    drafted = load_kb(all_added, drafts=True)
    proposed: dict[tuple[str, int, float], set[str]] = defaultdict(set)
    for claim in drafted:
        for figure in claim.figures:
            proposed[(claim.source[:3], claim.first, round(float(figure.value), 6))].add(
                claim.metric)
    held = same = 0
    for claim in kb:
        for figure in claim.figures:
            metrics = set().union(*(proposed.get((claim.source[:3], p,
                                                  round(float(figure.value), 6)), set())
                                    for p in range(claim.first, claim.last + 1)))
            if metrics:
                held += 1
                same += claim.metric in metrics
    assert same / held >= 0.6, (same, held)


def test_check_of_the_added_base_has_no_problem_and_every_figure_drafted(all_added: Path,
                                                                  jjj: RunCli) -> None:
    done = jjj("check", "--kb", str(all_added), "--format", "json")
    report = json.loads(done.out)
    assert report["problems"] == []
    assert [u for u in report["uncovered"] if u["kind"] != "date"] == []
    assert report["claims"] == 0 and len(report["drafts"]) > 900


def test_adding_a_text_twice_changes_nothing(empty: Path, jjj: RunCli) -> None:
    assert jjj("add", str(SOURCES[1]), "--kb", str(empty)).code == 0
    before = snapshot(empty)
    again = jjj("add", str(SOURCES[1]), "--kb", str(empty))
    assert again.code == 2 and "already holds this text" in again.err
    assert snapshot(empty) == before


def test_a_gb18030_file_needs_its_encoding(empty: Path, tmp_path: Path, jjj: RunCli) -> None:
    text = SOURCES[3].read_text(encoding="utf-8")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(text.encode("gb18030"))
    refused = jjj("add", str(gbk), "--kb", str(empty))
    assert refused.code == 2 and "GB18030" in refused.err and "--encoding gb18030" in refused.err
    assert list((empty / "sources").iterdir()) == []
    added = jjj("add", str(gbk), "--kb", str(empty), "--encoding", "gb18030")
    assert added.code == 0, added.err
    (stored,) = (empty / "sources").iterdir()
    assert stored.read_text(encoding="utf-8") == text
    assert problems(jjj, empty) == []


def test_bom_and_crlf_are_kept_byte_for_byte(empty: Path, tmp_path: Path, jjj: RunCli) -> None:
    data = b"\xef\xbb\xbf" + SOURCES[1].read_bytes().replace(b"\n", b"\r\n")
    path = tmp_path / "windows.txt"
    path.write_bytes(data)
    assert jjj("add", str(path), "--kb", str(empty)).code == 0
    (stored,) = (empty / "sources").iterdir()
    assert stored.read_bytes() == data
    assert problems(jjj, empty) == []


@pytest.mark.parametrize("data, message", [
    (b"", "holds no text"), (b"\x00\x01binary\x00", "not a text file"),
    (b"\xff\xfe\xfd not any encoding", "not UTF-8"),
])
def test_bad_files_are_refused_with_one_line(empty: Path, tmp_path: Path, jjj: RunCli,
                                             data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    before = snapshot(empty)
    done = jjj("add", str(path), "--kb", str(empty))
    assert done.code == 2 and message in done.err and done.err.count("\n") == 1
    assert snapshot(empty) == before


def test_add_refuses_the_installed_base_and_a_folder_that_is_no_base(
        tmp_path: Path, jjj: RunCli) -> None:
    done = jjj("add", str(SOURCES[0]))
    assert done.code == 2 and "jjj init" in done.err
    (tmp_path / "plain").mkdir()
    done = jjj("add", str(SOURCES[0]), "--kb", str(tmp_path / "plain"))
    assert done.code == 2 and "not a knowledge base" in done.err
    done = jjj("add", str(tmp_path / "missing.txt"), "--kb", str(tmp_path / "plain"))
    assert done.code == 2


def test_search_compare_and_export_leave_drafts_out_unless_asked(empty: Path,
                                                                  jjj: RunCli) -> None:
    assert jjj("add", str(SOURCES[0]), "--kb", str(empty)).code == 0
    assert jjj("search", "高新技术企业", "--kb", str(empty)).code == 1
    found = jjj("search", "高新技术企业", "--kb", str(empty), "--drafts", "--format", "json")
    assert found.code == 0 and json.loads(found.out)["results"]
    assert jjj("search", "高新技术企业", "--kb", str(empty), "--drafts", "--format", "json",
               fast=False).out == found.out
    exported = jjj("export", "--kb", str(empty), "--format", "ndjson")
    assert exported.out == ""
    drafts = jjj("export", "--kb", str(empty), "--format", "ndjson", "--drafts")
    rows = [json.loads(line) for line in drafts.out.splitlines()]
    assert rows and all(row["status"] == "draft" for row in rows)
    statement = "北京城市副中心高新技术企业突破1100家"
    assert jjj("compare", statement, "--kb", str(empty)).code == 3


def test_reviewing_a_draft_is_deleting_its_status_line(empty: Path, jjj: RunCli) -> None:
    assert jjj("add", str(SOURCES[0]), "--kb", str(empty)).code == 0
    claims = empty / "claims" / "000.toml"
    text = claims.read_text(encoding="utf-8")
    first = text.index('status = "draft"')
    reviewed = (text[:first] + text[first:].replace('status = "draft"\n', "", 1))
    reviewed = reviewed.replace('metric = ""', 'metric = "高新技术企业数量"', 1).replace(
        'en = ""', 'en = "Beijing\'s sub-centre has passed 1,100 high-tech firms."', 1).replace(
        "topics = []", 'topics = ["enterprises"]', 1)
    if 'subject = ""' in reviewed[: reviewed.index("[[claim]]", first + 1)]:
        reviewed = reviewed.replace('subject = ""', 'subject = "北京城市副中心"', 1)
    claims.write_text(reviewed, encoding="utf-8")
    kb = load_kb(empty)
    assert len(kb) == 1 and not next(iter(kb)).is_draft
    assert jjj("search", "高新技术企业", "--kb", str(empty)).code == 0


# --- the readers behind the drafts --------------------------------------------------------


def test_printed_metadata_is_found_with_its_paragraph() -> None:
    found = {(f.field, f.value, f.paragraph) for s in SOURCES
             for f in find_printed(split_paragraphs(s.read_text(encoding="utf-8")))}
    assert ("date", "2025-07-04", 45) in found          # 002's date line, 星期五 below it
    # the headline right above the first byline (000's and 002's first headlines, as
    # curated; 000's overline above it is not the title); none where no byline heads a text
    assert {(v, p) for f, v, p in found if f == "title"} == {
        ("北京城市副中心高新技术企业突破1100家", 2), ("网络视听艺术大会主题研讨前沿热点", 2)}
    assert ("dateline", "新华社北京3月4日电", 26) in found  # 000's wire dateline
    assert ("issue", "2", 16) in found and ("year", "2024", 16) in found  # 004
    assert ("author", "梁倩", 2) in found and ("author", "近日", 2) not in found
    assert {v for f, v, _p in found if f == "author"} >= {"赵鹏", "池阳", "关一文", "韩梅"}
    # a date inside an article is not the paper's date
    assert not any(f == "date" and v.startswith("2020") for f, v, _p in found)


@pytest.mark.parametrize("sentence, figure, period", [
    ("2023年前11个月，通州园207家重点企业实现工业总产值189.9亿元", "189.9亿元", "2023-01/2023-11"),
    ("2023年，副中心数字经济核心产业收入超过430亿元", "430亿元", "2023"),
    ("京津冀地区生产总值比2014年增长38.3%", "38.3%", ""),
    ("由2013年的71.2亿元增长至2023年的748.7亿元", "748.7亿元", "2023"),
    ("2014年至2023年累计签约项目500个", "500个", "2014/2023"),
])
def test_the_period_is_the_time_the_figure_is_for(sentence: str, figure: str,
                                                 period: str) -> None:
    assert period_for(sentence, sentence.index(figure)) == period


def test_a_long_sentence_is_quoted_by_its_clause() -> None:
    text = joined("第一句话很短。" + "京津冀三地共同推进" * 12 + "，累计完成投资1561.2亿元，"
                  "其余内容在这里。")
    found = next(f for f in find_figures(text) if "1561.2" in f.figure.raw)
    quote = quote_for(text, found)
    assert "1561.2亿元" in quote and len(quote) < 90 and quote in text


def test_an_encoding_is_named_only_when_the_text_reads_in_it() -> None:
    assert looks_like("京津冀协同发展取得显著成效".encode("gb18030")) == "gb18030"
    assert looks_like(bytes(range(128, 256))) is None


def test_add_writes_nothing_when_interrupted(empty: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    from jjjcli.authoring import adding

    before = snapshot(empty)

    def boom(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(adding, "_claims_toml", boom)
    with pytest.raises(KeyboardInterrupt):
        adding.add_source(empty, SOURCES[0])
    assert snapshot(empty) == before
    assert not list(empty.rglob("*.jjj-tmp"))


# --- a web page's or a paper's own header lines ---------------------------------------------

#: an article as it is copied from a newspaper's site: headline, byline, the page's date line
#: with its 来源, the paper's own dateline and credit, a framing duration, a base year
WEB_ARTICLE = """京津冀协同发展十周年：交通一体化加速推进

本报记者 张明

2024年02月26日 来源：人民日报

本报北京2月25日电  （记者王浩、李明）记者从国家发展改革委获悉：十年来，区域营业性铁路总里程达到10933公里，较2014年增长38.1%，其中高铁里程2575公里，比2014年翻了一番多。

2023年，天津港集装箱吞吐量完成2219万标准箱，同比增长5.6%。
"""


@pytest.mark.parametrize("line, expected", [
    ("2024年02月26日 来源：人民日报", {("date", "2024-02-26", "2024年02月26日"),
                                  ("publication", "人民日报", "人民日报")}),
    ("2024-02-26 10:15:32 来源：新华网 作者：王浩 李明 | 责任编辑：赵一",
     {("date", "2024-02-26", "2024-02-26"), ("publication", "新华网", "新华网"),
      ("author", "王浩", "王浩"), ("author", "李明", "李明")}),
    ("发布时间：2024/2/6 | 来源：新华社", {("date", "2024-02-06", "2024/2/6"),
                                    ("agency", "新华社", "新华社")}),
    ("来源：《北京日报》", {("publication", "北京日报", "北京日报")}),
    ("新华社北京3月4日电（记者 张三、李四 通讯员 王五）近日，京津冀三地……",
     {("agency", "新华社", "新华社"), ("dateline", "新华社北京3月4日电", "新华社北京3月4日电"),
      ("author", "张三", "张三"), ("author", "李四", "李四")}),
    ("本报讯（记者 张明）近日，京津冀三地……", {("author", "张明", "张明"),
                                     ("evidence", "本报讯", "本报讯")}),
    ("本报天津3月1日电 记者从市统计局获悉……", {
        ("dateline", "本报天津3月1日电", "本报天津3月1日电"),
        ("evidence", "本报天津3月1日电", "本报天津3月1日电")}),
    ("2024年02月26日05:57 | 来源：人民网－人民日报", {
        ("date", "2024-02-26", "2024年02月26日"),
        ("publication", "人民日报", "人民网－人民日报")}),     # the paper, on its site
    ("来源：央广网 2024年02月27日 07:21", {("date", "2024-02-27", "2024年02月27日"),
                                       ("publication", "央广网", "央广网")}),
    ("2024年03月12日  天津日报  第02版：要闻", {("date", "2024-03-12", "2024年03月12日"),
                                          ("publication", "天津日报", "天津日报"),
                                          ("page", "2", "第02版"),
                                          ("page_name", "要闻", "要闻")}),
    ("2024-04-18 08:51:23   来源：河北日报   作者：记者 贾晓冰 见习记者 李梓萌", {
        ("date", "2024-04-18", "2024-04-18"), ("publication", "河北日报", "河北日报"),
        ("author", "贾晓冰", "贾晓冰"), ("author", "李梓萌", "李梓萌")}),
    ("经济日报记者 吴明 宋佳", {("author", "吴明", "吴明"), ("author", "宋佳", "宋佳")}),
    ("央广网北京2月27日消息（记者 刘思言）据介绍，京津冀……", {
        ("agency", "央广网", "央广网"), ("author", "刘思言", "刘思言"),
        ("dateline", "央广网北京2月27日消息", "央广网北京2月27日消息")}),
    ("本报记者 王睿 陈思远  通讯员 刘畅", {("author", "王睿", "王睿"), ("author", "陈思远", "陈思远"),
                                  ("evidence", "本报记者", "本报记者")}),
    ("（原载于2024年3月1日《经济日报》）", {
        ("original_publication", "经济日报", "经济日报"),
        ("original_date", "2024-03-01", "2024年3月1日")}),
    ("发布日期：2024-03-04 09:12　　稿源：河北日报", {("date", "2024-03-04", "2024-03-04"),
                                             ("publication", "河北日报", "河北日报")}),
    ("作者：何方舟　　责编：王茜", {("author", "何方舟", "何方舟")}),
    ("文/北京青年报记者 张子渊 实习生 刘悦", {("author", "张子渊", "张子渊")}),
    ("文 / 本刊记者 李圆圆", {("author", "李圆圆", "李圆圆")}),
    # an outlet's own dateline: the publication where no 来源 names one
    ("新京报讯（记者 张秀兰 通讯员 胡涛）2月29日，记者从北京市教委获悉……", {
        ("dateline", "新京报讯", "新京报讯"), ("publication", "新京报", "新京报"),
        ("author", "张秀兰", "张秀兰")}),
    ("原创 刘一帆 京畿观察 2024-03-03 08:00 发表于河北", {
        ("date", "2024-03-03", "2024-03-03"), ("author", "刘一帆", "刘一帆"),
        ("publication", "京畿观察", "京畿观察")}),
    # a credit closing the article: its reporters (a name spaced out to line up, 刘　畅),
    # not the stations beside them
    ("（总台央视记者 孙浩然 刘　畅 河北台 天津台）", {("author", "孙浩然", "孙浩然"),
                                        ("author", "刘畅", "刘畅")}),
    ("本文来源：综合自河北日报、廊坊日报、通州发布", set()),
    # a source of data, a 来源 inside a sentence, a date in running text, a dateline
    # reported in a sentence, a photographer: no metadata
    ("据新华社北京2月26日电，京津冀三地签署合作协议。", set()),
    ("新华社记者 韩冰 摄", set()),
    ("数据来源：国家统计局", set()),
    ("来源：国家统计局网站，2023年数据显示增长5%。", set()),
    ("2024年2月26日，京津冀三地签署合作协议。", set()),
    ("2024-02-26 京津冀三地签署合作协议", set()),
])
def test_a_pages_header_lines_are_read_for_what_they_print(
        line: str, expected: set[tuple[str, str, str]]) -> None:
    found = find_printed(split_paragraphs(line))
    assert {(f.field, f.value, f.printed) for f in found} == expected
    assert all(f.paragraph == 1 for f in found)


def test_add_reads_a_web_articles_header_and_drafts_around_it(empty: Path, tmp_path: Path,
                                                              jjj: RunCli) -> None:
    article = tmp_path / "article.txt"
    article.write_text(WEB_ARTICLE, encoding="utf-8")
    done = jjj("add", str(article), "--kb", str(empty), "--date", "2024-02-26")
    assert done.code == 0, done.err
    assert "1 framing duration (十年来) given an [[exclude]]" in done.err
    kb = load_kb(empty, drafts=True)
    source = next(iter(kb.sources.values()))
    meta = source.metadata
    # the date given is the one its date line prints: recorded with that line, as printed
    assert (meta["date"].value, meta["date"].printed, meta["date"].paragraph) == (
        "2024-02-26", "2024年02月26日", 3)
    assert not meta["date"].origin
    assert (meta["publication"].value, meta["publication"].paragraph) == ("人民日报", 3)
    article_meta = source.articles[0].metadata
    assert (article_meta["title"].value, article_meta["title"].paragraph) == (
        "京津冀协同发展十周年：交通一体化加速推进", 1)
    assert (article_meta["dateline"].value, article_meta["dateline"].paragraph) == (
        "本报北京2月25日电", 4)
    assert [(a.value, a.paragraph) for a in source.articles[0].authors] == [
        ("张明", 2), ("王浩", 4), ("李明", 4)]
    drafts = {c.figures[0].raw: c for c in kb}
    # the dateline's 北京 is where the story was filed: not in a quote, not the subject
    assert drafts["10933公里"].subject == "" and not drafts["10933公里"].quote.startswith("本报")
    assert drafts["2219万标准箱"].subject == "天津市"
    # a framing duration is no draft, and a comparison base dates no event
    assert "十年" not in drafts and "2014年" not in drafts
    assert problems(jjj, empty) == []
    report = json.loads(jjj("check", "--kb", str(empty), "--format", "json").out)
    assert [c["excluded"] for c in report["coverage"].values()] == [1]


@pytest.mark.parametrize("text, title", [
    # an overline above the headline, a subtitle below it, breadcrumbs: not the title
    ("京津冀协同发展十周年\n城市副中心“一年一个样” 155平方公里新城拔节生长\n作者：高枫\n"
     "2024-01-18 08:30\n\n正文。", ("城市副中心“一年一个样” 155平方公里新城拔节生长", 1)),
    # two lines of a like length over an e-paper's article: the headline and its subtitle
    ("科技日报 2024年03月06日 星期三 第03版\n\n北京流向津冀技术合同成交额增长1.1倍\n"
     "科技成果在津冀“就地转化”步伐加快\n\n科技日报北京3月5日电 （记者孟令彤）记者5日获悉……",
     ("北京流向津冀技术合同成交额增长1.1倍", 2)),
    ("光明日报  2024年4月12日 星期五\n\n协同创新共同体加速构建\n京津冀：创新链产业链深度融合\n"
     "——来自一线的观察\n\n本报记者 邓卓\n\n正文。", ("京津冀：创新链产业链深度融合", 2)),
    ("牢记嘱托 勇担使命\n\n2024-02-26 来源：人民日报\n\n正文。", ("牢记嘱托 勇担使命", 1)),
    ("首页 > 新闻\n\n京津冀三地签署协议\n\n2024-02-26 来源：人民日报\n\n正文。",
     ("京津冀三地签署协议", 2)),
    # an outlet's name under the headline; a headline of three lines without a dash: the
    # middle one
    ("京津冀协同发展十年丨三地携手筑牢首都生态屏障\n央视新闻客户端\n2024-03-01 20:12\n\n正文。",
     ("京津冀协同发展十年丨三地携手筑牢首都生态屏障", 1)),
    ("天津日报　2024年03月01日　星期五\n\n协同发展十年　港口枢纽能级持续跃升\n天津港集装箱航线总数达145条\n"
     "服务京津冀货物吞吐量占比超六成\n\n本报讯（记者 韩　雯）记者昨日获悉……",
     ("天津港集装箱航线总数达145条", 2)),
    ("新华社北京3月4日电（记者张三）全国政协十四届二次会议4日下午在人民大会堂开幕。", None),
    ("记者近日从市统计局获悉，全市经济稳中向好。\n\n本报记者 张明", None),
    ("正文第一段。\n\n正文第二段。\n\n正文第三段。\n\n正文第四段。\n\n正文第五段。\n\n标题\n\n本报记者 张明",
     None),
])
def test_the_headline_is_the_line_right_above_the_articles_header(
        text: str, title: tuple[str, int] | None) -> None:
    found = [(f.value, f.paragraph) for f in find_printed(split_paragraphs(text))
             if f.field == "title"]
    assert found == ([title] if title else [])


#: a site's copy: breadcrumbs, headline, a header line with a time, a site's dateline
SITE_ARTICLE = """首页 > 要闻动态 > 区域协同
十年间京津冀地区生产总值突破10万亿元
2024-03-20 15:42:07  来源：中国新闻网  作者：记者 何颖
字号：大 中 小

中新网北京3月20日电 (记者 何颖) 国家统计局20日发布数据显示，2023年京津冀地区生产总值达到10.4万亿元。

北京大兴国际机场下午3:30迎来旅客高峰，当日运送旅客12.5万人次。

《人民日报》（2024年03月21日01版）
"""


def test_drafts_leave_a_sites_header_out(empty: Path, tmp_path: Path, jjj: RunCli) -> None:
    article = tmp_path / "site.txt"
    article.write_text(SITE_ARTICLE, encoding="utf-8")
    assert jjj("add", str(article), "--kb", str(empty)).code == 0
    kb = load_kb(empty, drafts=True)
    source = next(iter(kb.sources.values()))
    assert (source.metadata["date"].value, source.metadata["publication"].value) == (
        "2024-03-20", "中国新闻网")
    assert source.articles[0].metadata["title"].value == "十年间京津冀地区生产总值突破10万亿元"
    drafts = {c.figures[0].raw: c for c in kb}
    # the headline is drafted on its own, not run on into its header line; no time of
    # day (15:42:07, 3:30) and no paper's date (…日01版) is a draft; 十年间 frames a figure
    assert drafts["突破10万亿元"].quote == "十年间京津冀地区生产总值突破10万亿元"
    assert set(drafts) == {"突破10万亿元", "20日", "10.4万亿元", "12.5万人次"}
    # the site's dateline and credit are not the sentence's: its subject is the region's
    assert drafts["10.4万亿元"].quote.startswith("国家统计局") and \
        drafts["10.4万亿元"].subject == "京津冀"
    assert problems(jjj, empty) == []


# --- untuned sets: web articles as journalists copy them -------------------------------------

WEB_ARTICLES = Path(__file__).parent / "assets" / "web_articles"
#: where jjj add records other than the helpers who wrote the sets put in truth.tsv, and why:
#: 人民网－人民日报 is recorded as 人民日报 (the paper; printed keeps the whole); 本报讯 is no
#: dateline (it names no outlet, place or day); an intern (实习生) is no author; an outlet
#: named only far from the date line (第一财经 above the headline) or only in a byline
#: (经济日报记者 — the text is a reprint; 原载于《经济日报》 is recorded as its origin) is not taken
WEB_ARTICLES_DIFFER = {
    ("first", "a02.txt", "publication"), ("first", "a06.txt", "dateline"),
    ("first", "a10.txt", "publication"),
    ("second", "b01.txt", "publication"), ("second", "b08.txt", "authors"),
    ("second", "b10.txt", "dateline"), ("second", "b15.txt", "publication"),
    # (央视网消息（新闻联播）: the programme's name in brackets is no part of the dateline)
    ("third", "c05.txt", "dateline"), ("third", "c16.txt", "dateline"),
}


@pytest.mark.parametrize("name", ["first", "second", "third"])
def test_web_articles_written_apart_are_read_for_their_header(name: str) -> None:
    """Three sets of web and e-paper articles written by helpers who saw none of the
    patterns, each with what its header prints (truth.tsv): the first was read before the
    patterns were widened for it (title 9, publication 1, date 1, authors 7, dateline 10 of
    14); the second only after, untuned (9, 8, 15, 6, 10 of 16), and the third after the
    second's mends, untuned (10, 13, 12, 14, 13 of 16). Every value agrees now but those
    WEB_ARTICLES_DIFFER lists."""
    import csv

    from jjjcli.authoring.encoding import source_text

    folder = WEB_ARTICLES / name
    differ = set()
    with (folder / "truth.tsv").open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            _stored, text = source_text((folder / row["file"]).read_bytes(), None)
            got: dict[str, list[str]] = defaultdict(list)
            for found in find_printed(split_paragraphs(text)):
                got[found.field].append(found.value)
            read = {"title": got["title"][:1], "publication": (got["publication"]
                                                                or got["agency"])[:1],
                    "date": got["date"][:1], "authors": ["、".join(got["author"])],
                    "dateline": got["dateline"][:1]}
            for field, values in read.items():
                if (values[0] if values else "") != row[field]:
                    differ.add((name, row["file"], field))
    assert differ == {d for d in WEB_ARTICLES_DIFFER if d[0] == name}


def test_every_web_article_added_leaves_check_nothing_but_drafts(tmp_path: Path,
                                                                  jjj: RunCli) -> None:
    """All 46 added to one base: every metadata value recorded is printed in its paragraph
    (`jjj check` verifies it), every figure is drafted or excluded, and no draft quotes a
    header line (a date line, 来源, a byline alone, an outlet's name)."""
    from jjjcli.authoring.adding import add_source
    from jjjcli.authoring.newbase import init_kb

    root = init_kb(tmp_path / "kb")
    for article in sorted(WEB_ARTICLES.glob("*/*.txt")):
        add_source(root, article)
    assert problems(jjj, root) == []
    kb = load_kb(root, drafts=True)
    assert len(kb.sources) == 46
    from jjjcli.authoring.printed import is_header_line
    from jjjcli.text import compact

    quoting = []
    for claim in kb:
        paragraph = kb.sources[claim.source].paragraphs[claim.first - 1]
        assert paragraph.number == claim.first
        header = [compact(line) for line in paragraph.text.split("\n")
                  if line.strip() and is_header_line(line)]
        quoting += [(claim.id, line) for line in header if line in compact(claim.quote)]
    assert len(kb.claims) > 200 and quoting == []


@pytest.mark.parametrize("given, recorded", [
    ("2024-02-26", "2024-02-26"), ("2024-2-26", "2024-02-26"), ("2024/2/26", "2024-02-26"),
    ("2024年2月26日", "2024-02-26"), ("2024-02", "2024-02"), ("2024年2月", "2024-02"),
    ("2024", "2024")])
def test_a_date_given_in_any_common_form_is_recorded_as_a_date(
        empty: Path, tmp_path: Path, jjj: RunCli, given: str, recorded: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text(WEB_ARTICLE, encoding="utf-8")
    assert jjj("add", str(article), "--kb", str(empty), "--date", given).code == 0
    date = next(iter(load_kb(empty, drafts=True).sources.values())).metadata["date"]
    assert date.value == recorded
    # the date its date line prints is recorded with that line, as printed (a year, as
    # the text prints it there too)
    assert (date.paragraph, date.printed) == {"2024-02-26": (3, "2024年02月26日"),
                                              "2024": (3, "2024")}.get(recorded, (0, recorded))


@pytest.mark.parametrize("given", ["2024-02-30", "yesterday", "26/02/2024"])
def test_a_date_that_is_none_is_refused_and_nothing_is_written(
        empty: Path, tmp_path: Path, jjj: RunCli, given: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text(WEB_ARTICLE, encoding="utf-8")
    before = snapshot(empty)
    done = jjj("add", str(article), "--kb", str(empty), "--date", given)
    assert done.code == 2 and done.err.count("\n") == 1 and "is not a date" in done.err
    assert snapshot(empty) == before


def test_check_holds_a_recorded_date_to_a_real_date(empty: Path, tmp_path: Path,
                                                   jjj: RunCli) -> None:
    article = tmp_path / "article.txt"
    article.write_text(WEB_ARTICLE, encoding="utf-8")
    assert jjj("add", str(article), "--kb", str(empty)).code == 0
    sources = empty / "sources.toml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(
        'value = "2024-02-26"', 'value = "2024-02-30"'), encoding="utf-8")
    messages = [p["message"] for p in json.loads(
        jjj("check", "--kb", str(empty), "--format", "json").out)["problems"]]
    assert any("'2024-02-30' is not a date" in m for m in messages)


@pytest.mark.parametrize("sentence, figure, period", [
    ("截至今年2月底，园区累计注册企业达到5026家", "5026家", "2024-02"),
    ("今年前两个月，园区新增注册企业186家", "186家", "2024-01/2024-02"),
    ("今年上半年，接待游客120万人次", "120万人次", "2024-01/2024-06"),
    ("去年，天津港完成货物吞吐量4.75亿吨", "4.75亿吨", "2023"),
    ("今年，新区计划实施重点项目260个", "260个", "2024"),
    # a span back from the year of printing (curation rule 3); the level it came to is
    # that year's
    ("十年来，三地累计打通拓宽“断头路”2158公里", "2158公里", "2014/2024"),
    ("五年来，两地累计签约合作项目超过150个", "超过150个", "2019/2024"),
    ("十年来，森林覆盖率由2014年的34.5%提高到50.3%", "50.3%", "2024"),
    # 如今 年产值 is no 今年; 6年多来 has no start; nothing relative: nothing
    ("公司如今年产值已突破3亿元", "突破3亿元", ""),
    ("6年多来，雄安新区累计完成投资6500亿元", "6500亿元", ""),
    ("园区累计注册企业5026家", "5026家", ""),
])
def test_a_time_said_relative_to_printing_is_read_against_its_year(
        sentence: str, figure: str, period: str) -> None:
    assert relative_period(sentence, sentence.index(figure), 2024) == period
    assert relative_period(sentence, sentence.index(figure), None) == ""


def test_drafts_anchor_今年_on_the_date_line_and_note_目前(empty: Path, tmp_path: Path,
                                                       jjj: RunCli) -> None:
    article = tmp_path / "article.txt"
    article.write_text("津冀合作园区再添新企业\n2024年03月12日 来源：天津日报\n\n"
                       "截至今年2月底，园区累计注册企业达到5026家。\n\n"
                       "目前，园区国家高新技术企业达到268家。\n", encoding="utf-8")
    assert jjj("add", str(article), "--kb", str(empty)).code == 0
    drafts = {c.figures[0].raw: c for c in load_kb(empty, drafts=True)}
    assert drafts["5026家"].period == "2024-02"
    assert (drafts["268家"].period, drafts["268家"].note) == ("", "as of publication")
    assert problems(jjj, empty) == []


#: English copy: China Daily's header line and Xinhua's English dateline
CHINA_DAILY = """Jing-Jin-Ji cluster's economy tops 10 trillion yuan

By ZHANG YU in Beijing | China Daily | Updated: 2024-02-27 07:12

The combined GDP of Beijing, Tianjin and Hebei province reached 10.4 trillion yuan ($1.45 trillion) in 2023, 1.8 times that of 2014, the National Bureau of Statistics said on Monday.
"""
XINHUA = """China's Jing-Jin-Ji region sees GDP top 10 trillion yuan

Source: Xinhua | 2024-02-26 20:15:31 | Editor: Liu

BEIJING, Feb. 26 (Xinhua) -- The combined economic output of Beijing, Tianjin and Hebei reached 10.4 trillion yuan in 2023, official data showed Monday.
"""


@pytest.mark.parametrize("text, expected", [
    (CHINA_DAILY, {("title", "Jing-Jin-Ji cluster's economy tops 10 trillion yuan", 1),
                   ("author", "ZHANG YU", 2), ("publication", "China Daily", 2),
                   ("date", "2024-02-27", 2)}),
    (XINHUA, {("title", "China's Jing-Jin-Ji region sees GDP top 10 trillion yuan", 1),
              ("agency", "Xinhua", 2), ("date", "2024-02-26", 2),
              ("dateline", "BEIJING, Feb. 26 (Xinhua)", 3)}),
])
def test_an_english_sites_header_is_read(text: str, expected: set[tuple[str, str, int]]) -> None:
    assert {(f.field, f.value, f.paragraph) for f in find_printed(split_paragraphs(text))} \
        == expected


def test_an_english_article_is_drafted_by_whole_sentences(empty: Path, tmp_path: Path,
                                                          jjj: RunCli) -> None:
    """An English paragraph's sentences end at a full stop, not at a comma (nor at the
    point of 10.4): a figure's quote is its sentence, with its spaces; the wire's dateline
    is left out of it and dates nothing `jjj check` asks for."""
    for name, text in (("cd.txt", CHINA_DAILY), ("xh.txt", XINHUA)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert jjj("add", str(tmp_path / name), "--kb", str(empty)).code == 0
    quotes = {c.quote for c in load_kb(empty, drafts=True)
              if c.figures[0].raw == "10.4 trillion yuan"}
    assert quotes == {
        "The combined GDP of Beijing, Tianjin and Hebei province reached 10.4 trillion yuan "
        "($1.45 trillion) in 2023, 1.8 times that of 2014, the National Bureau of Statistics "
        "said on Monday.", "The combined economic output of Beijing, Tianjin and Hebei "
        "reached 10.4 trillion yuan in 2023, official data showed Monday."}
    assert problems(jjj, empty) == []
