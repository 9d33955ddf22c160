"""What a source text prints about itself: its header (headline, date line, 来源, bylines,
datelines), its issue line, a reprint's origin. Each value is found in a paragraph and
recorded with it; nothing is guessed (a date in the body of an article is not the paper's
date).

The patterns are strict on purpose, and read line by line (a web page copied into a file
keeps its header lines in one paragraph):

- a **header line** is made of nothing but a date (``2024年02月26日``, ``2024-02-26``,
  ``2024/4/12``, ``2024.03.04``, with its weekday and time), labelled fields (来源, 作者,
  编辑, 发布时间 …), a paper's name (``天津日报``) and its page (``第02版：要闻``), in any
  order: ``2024年02月26日05:57 | 来源：人民网－人民日报``, ``来源：央广网 2024年02月27日``,
  ``光明日报  2024年4月12日 星期五``. A line with anything else in it is not one (数据来源
  under a table, 来源 inside a sentence, a date in running text). 来源 is the publication
  (the paper, where it is printed after the site: 人民网－人民日报), or the agency for a
  wire service (新华社); 作者 the authors;
- a **byline** after 本报记者 / 本报讯, or a paper's reporters at a line's start
  (``经济日报记者 吴明 宋佳``); a **credit** in brackets after a dateline or 本报讯, or at the
  end of one of the last paragraphs (``（记者王浩、李明）``) — reporters only, not 通讯员 or
  photographers;
- a **dateline** opening a line: a wire service's or a site's (``新华社北京3月4日电``,
  ``央广网北京2月27日消息``) or the paper's own (``本报北京2月25日电``);
- an **issue** only as ``2024年第2期``;
- a **reprint's origin**: ``原载于2024年3月1日《经济日报》``, ``摘编自…《人民日报》``;
- the **headline**: the line right above the first header line, byline or dateline of the
  text's first HEADER_PARAGRAPHS paragraphs that reads as one (short, no sentence end);
  an overline above it, a subtitle (``——…``) below it and breadcrumbs (``首页 > 要闻``) are
  not it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from jjjcli.figures import FULLWIDTH_DIGITS
from jjjcli.record import Record
from jjjcli.text import Paragraph, compact

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MONTH = r"1[0-2]|0?[1-9]"
_DAY = r"3[01]|[12]\d|0?[1-9]"
#: a date as a header prints it, with its weekday and time
_DATE = re.compile(
    rf"(?<!\d)(?P<printed>(?P<y>(?:19|20)\d\d)(?:年(?P<m>{_MONTH})月(?P<d>{_DAY})日"
    rf"|(?P<sep>[-/.])(?P<m2>{_MONTH})(?P=sep)(?P<d2>{_DAY})(?!\d)))"
    r"(?:\s*(?:星期[一二三四五六日天]|周[一二三四五六日]))?"
    r"(?:\s*\d{1,2}[:：]\d\d(?:[:：]\d\d)?)?")
_LABELS = ("本文来源|文章来源|来源|稿源|作者|记者|责任编辑|责编|编辑|字号|发布时间|发布日期|时间"
           "|日期|浏览次数|浏览量|阅读量|点击量|点击数")
#: the labels that name where an article comes from, and who wrote it
_SOURCE_LABELS = ("来源", "稿源", "本文来源", "文章来源")
_AUTHOR_LABELS = ("作者", "记者")
_BAR = r"[|｜丨]"
#: one piece of a header line: a labelled field (up to two spaces, a bar or the next
#: label), a page, or a paper's name standing alone
_PIECE = re.compile(
    rf"\s*(?:{_BAR}\s*)?(?:(?P<label>{_LABELS})(?:[：:]|\s*[|｜](?!\s*(?:{_LABELS})))\s*"
    rf"(?P<value>(?:(?!\s\s|{_BAR}|(?:{_LABELS})[：:]).)*)"
    r"|第(?P<page>\d{1,3})版(?:[：:]\s*(?P<page_name>[\u4e00-\u9fff·]{1,10}))?"
    r"|(?P<paper>[\u4e00-\u9fff]{2,8}报)(?=\s|$)"
    r"|(?:发布于|发表于)[\u4e00-\u9fff]{1,8})")
_ISSUE = re.compile(r"(?P<printed>(?P<y>(?:19|20)\d\d)年第(?P<n>\d{1,3})期)")
_BYLINE = re.compile(r"本报(?:记者|讯)\s*(?P<names>(?:[\u4e00-\u9fff]{2,4}[ \t\u3000、]*){1,4})")
#: an outlet's name: a paper, a site, an app, a broadcaster (经济日报, 澎湃新闻, 北京日报客户端)
_OUTLET = r"[\u4e00-\u9fff·“”]{1,12}?(?:报|网|新闻|社|客户端|财经|台|周刊|杂志|平台)"
#: an outlet's reporters at a line's start: 经济日报记者 吴明 宋佳, 文/北京青年报记者 张子渊
_PAPER_BYLINE = re.compile(
    rf"^\s*(?:文\s*[/／|｜]\s*)?(?:(?!本报){_OUTLET}\s*)?记者[ \t\u3000]+"
    r"(?P<names>[\u4e00-\u9fff \t\u3000、]{2,40})$"
    r"|^\s*文\s*[/／|｜]\s*(?P<writer>[\u4e00-\u9fff]{2,4}(?:[ 、]+[\u4e00-\u9fff]{2,4})*)$")
#: an outlet's name on a line of its own, or with its reporters (北京日报客户端 | 记者 孙悦):
#: the publication when it stands next to a header line with a date
_OUTLET_LINE = re.compile(
    rf"^(?P<outlet>{_OUTLET})(?:\s*[|｜丨]\s*记者\s*(?P<names>[\u4e00-\u9fff 、]{{2,30}}))?$")
#: a WeChat post's header: 原创 刘一帆 京畿观察 2024-03-03 08:00 发表于河北, or the account, the
#: time and where it was posted from (河北文旅 2024-05-06 19:12 河北)
_WECHAT = re.compile(
    r"^(?:原创\s+(?P<author>[\u4e00-\u9fff]{2,4})\s+)?(?P<account>[^\s\d]{2,20})\s+"
    r"(?P<date>(?:19|20)\d\d-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d\d)?"
    r"(?:\s+(?:发表于)?[\u4e00-\u9fff]{1,8})?$")
#: an outlet's own dateline without a place: 新京报讯, 津云新闻讯, 长城网·冀云客户端讯, 央视网消息
_OUTLET_DATELINE = re.compile(
    rf"^\s*(?P<printed>(?P<outlet>(?!本报){_OUTLET})(?:讯|消息))(?=[\s（(：:]|$)")
#: a dateline opening a line: a wire service's or a site's, or the paper's own (本报)
_AGENCIES = "新华社|中新社|中新网|中国新闻网|人民网|央视网|央广网|光明网"
_DATELINE = re.compile(
    rf"^\s*(?P<printed>(?P<agency>{_AGENCIES}|本报|[\u4e00-\u9fff]{{2,6}}报)"
    rf"(?P<place>[\u4e00-\u9fff]{{2,4}}?)(?P<m>{_MONTH})月(?P<d>{_DAY})日(?:电|消息))")
#: a dateline or 本报讯, with its reporters' credit, opening a paragraph's text: the place it
#: names is where the story was filed, not what its figures are about (drafting leaves it out)
LEAD_CREDIT = re.compile(
    rf"^(?:(?:{_AGENCIES}|本报|[\u4e00-\u9fff]{{2,6}}报)[\u4e00-\u9fff]{{2,4}}?\d{{1,2}}月"
    r"\d{1,2}日(?:电|消息)"
    rf"|本报讯(?=\s*[（(])|(?!本报){_OUTLET}(?:讯|消息)(?=[\s（(：:]))"
    r"\s*(?:[（(][^（）()]{0,40}[）)])?\s*[：:]?\s*")
_WIRES_AND_SITES = frozenset(_AGENCIES.split("|"))
#: wire services: a 来源 that is one is the article's agency, not a publication
WIRE_AGENCIES = ("新华社", "中新社", "中国新闻社")
#: reporters credited in brackets: （记者王浩、李明）
_CREDIT = re.compile(
    r"[（(]\s*[\u4e00-\u9fff]{0,8}?(?:见习)?记者\s*(?P<names>[^（）()]{2,40}?)\s*[）)]")
#: where a credit's reporters end (通讯员, photographers), and roles that are no names
_CREDIT_STOP = re.compile(r"通讯员|实习生|摄影|摄像|摄|编辑|责编")
_ROLES = ("见习记者", "特约记者", "本报记者", "本刊记者", "记者")
#: a reprint's origin: 原载于2024年3月1日《经济日报》, 摘编自…《人民日报》
_REPRINT = re.compile(
    r"(?:原载于?|摘编自|转载自|转自|原文刊载于)\s*(?P<date>(?:19|20)\d\d\s*年\s*(?:1[0-2]|0?[1-9])"
    r"\s*月\s*(?:3[01]|[12]\d|0?[1-9])\s*日)?\s*《(?P<pub>[^》]{2,20})》")
_SENTENCE_MARKS = re.compile(r"[。，！？；,!?;]")
#: an English site's header line: By ZHANG YU in Beijing | China Daily | Updated: 2024-02-27
_EN_BY = re.compile(r"^By\s+(?P<names>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                    r"(?:\s*(?:,|and)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})*)"
                    r"(?:\s+in\s+[A-Z][\w'’ -]*)?$")
_EN_DATED = re.compile(r"^(?:(?:Updated|Published|Posted)\s*:?\s*)?"
                       r"(?P<date>(?:19|20)\d\d-\d\d-\d\d)(?:\s+\d{1,2}:\d\d(?::\d\d)?)?$")
_EN_LABELLED = re.compile(r"^(?P<label>Source|Editor|Editors|Author|Writer|Reporter)\s*:\s*"
                          r"(?P<value>[^:]{2,60})$")
_EN_OUTLET = re.compile(r"^(?:[A-Z][\w.'’&-]*)(?:\s+[A-Z][\w.'’&-]*){0,4}$")
#: an English wire dateline opening a line: BEIJING, Feb. 26 (Xinhua) -- (drafting leaves it out)
EN_DATELINE = re.compile(
    r"^\s*(?P<printed>[A-Z][A-Z .'’-]+,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+"
    r"\((?P<agency>[A-Za-z ]+)\))\s*[-–—]{1,2}")
#: how far down a text its header (headline, byline, date line) may be; how long a headline
HEADER_PARAGRAPHS = 5
HEADLINE_MAX = 60
#: how near the end a credit closing a paragraph is the article's
CREDIT_LAST_PARAGRAPHS = 3
_NAME_END = re.compile(r"[近日据在从为将于今日]")
#: words that open the text after a byline, not names
_NOT_NAMES = frozenset({"近日", "日前", "今天", "昨天", "今年", "去年", "记者", "本报"})


class Found(Record):
    """A metadata value the text prints: ``value`` as recorded, ``printed`` as it stands."""

    __slots__ = ("field", "value", "printed", "paragraph")

    field: str
    value: str
    printed: str
    paragraph: int

    def __init__(self, field: str, value: str, printed: str, paragraph: int) -> None:
        self.field = field
        self.value = value
        self.printed = printed
        self.paragraph = paragraph


def find_printed(paragraphs: list[Paragraph]) -> list[Found]:
    """Every metadata value the paragraphs print, first occurrence of each kind first."""
    found: list[Found] = []
    seen: set[tuple[str, str]] = set()

    def add(item: Found) -> None:
        if (item.field, item.value) not in seen:
            seen.add((item.field, item.value))
            found.append(item)

    # an outlet named otherwise than by 来源 (its name beside the date line, its own
    # dateline 新京报讯, a WeChat account): the publication only where no 来源 says one
    outlets: list[Found] = []
    last = len(paragraphs) - CREDIT_LAST_PARAGRAPHS
    for index, paragraph in enumerate(paragraphs):
        number = paragraph.number
        text = compact(paragraph.text).translate(FULLWIDTH_DIGITS)
        lines = [_spaced(line) for line in paragraph.text.split("\n") if line.strip()]
        headers = [header_line(line, number) or [] for line in lines]
        dated = [any(f.field == "date" for f in header) for header in headers]
        for at, line in enumerate(lines):
            for item in headers[at] or english_header(line, number) or ():
                add(item)
            byline = _PAPER_BYLINE.match(line)
            names = byline and (byline["names"] or byline["writer"])
            if names and "摄" not in names:  # (新华社记者 韩冰 摄: a photographer)
                for name in _credited(names):
                    add(Found("author", name, name, number))
            for match in _BYLINE.finditer(line):
                for name in _names(match["names"]):
                    add(Found("author", name, name, number))
            outlet = _OUTLET_LINE.match(line)
            if outlet and (at and dated[at - 1] or at + 1 < len(dated) and dated[at + 1]):
                outlets.append(Found("publication", outlet["outlet"], outlet["outlet"], number))
                for name in _credited(outlet["names"] or ""):
                    add(Found("author", name, name, number))
            post = _WECHAT.match(line)
            if post:
                date = _DATE.search(post["date"])
                if date:
                    add(_date("date", date, number))
                if post["author"]:
                    add(Found("author", post["author"], post["author"], number))
                outlets.append(Found("publication", post["account"], post["account"], number))
        for issue in _ISSUE.finditer(text):
            add(Found("issue", issue["n"], issue["printed"], number))
            add(Found("year", issue["y"], issue["y"] + "年", number))
        english = next((m for m in map(EN_DATELINE.match, lines) if m), None)
        if english:
            add(Found("agency", english["agency"], english["agency"], number))
            add(Found("dateline", english["printed"], english["printed"], number))
        dateline = next((m for m in map(_DATELINE.match, lines) if m), None)
        if dateline:
            if dateline["agency"] in _WIRES_AND_SITES:
                add(Found("agency", dateline["agency"], dateline["agency"], number))
            add(Found("dateline", dateline["printed"], dateline["printed"], number))
        own = next((m for m in map(_OUTLET_DATELINE.match, lines) if m), None)
        if own:
            add(Found("dateline", own["printed"], own["printed"], number))
            outlets.append(Found("publication", own["outlet"], own["outlet"], number))
        spaced = " ".join(lines)
        credit = _CREDIT.search(spaced)
        if credit and (dateline or own or "本报讯" in text or (
                index >= last and not spaced[credit.end():].strip())):
            for name in _credited(credit["names"]):
                add(Found("author", name, name, number))
        for reprint in _REPRINT.finditer(spaced):
            add(Found("original_publication", reprint["pub"], reprint["pub"], number))
            if reprint["date"]:
                date = _DATE.search(compact(reprint["date"]))
                if date:
                    add(_date("original_date", date, number))
        ours = dateline is not None and dateline["agency"].endswith("报")  # (本报, 科技日报…)
        if ("本报记者" in text or "本报讯" in text or ours) and not any(
                f.field == "evidence" for f in found):  # (the first says it is a paper)
            evidence = ("本报记者" if "本报记者" in text else "本报讯" if "本报讯" in text
                        else dateline["printed"] if dateline else "")
            add(Found("evidence", evidence, evidence, number))
    if outlets and not any(f.field == "publication" for f in found):
        add(outlets[0])
    title = _headline(paragraphs)
    if title is not None:
        found.insert(0, title)
    return found


def _spaced(line: str) -> str:
    """A line as the patterns read it: runs of spaces kept as one or two (two end a
    labelled field), full-width digits as ASCII, no byte-order mark."""
    line = line.replace("\ufeff", "").replace("\u3000", "  ").translate(FULLWIDTH_DIGITS).strip()
    return re.sub(r"\s{2,}", "  ", re.sub(r"[ \t\r\f\v]", " ", line))


def _date(field: str, date: re.Match[str], number: int) -> Found:
    month, day = date["m"] or date["m2"], date["d"] or date["d2"]
    value = f"{date['y']}-{int(month):02d}-{int(day):02d}"
    return Found(field, value, date["printed"], number)


_YEAR_MONTH = re.compile(rf"(?P<y>(?:19|20)\d\d)(?:(?:年|[-/.])(?P<m>{_MONTH})月?)?")


def iso_date(text: str) -> str | None:
    """A date as sources.toml records it (YYYY-MM-DD, YYYY-MM or YYYY) from any common form
    (2024-2-26, 2024/02/26, 2024.2.26, 2024年2月26日, 2024年2月, 2024), or None for no real
    date (2024-02-30)."""
    import datetime

    text = compact(text).translate(FULLWIDTH_DIGITS)
    full = _DATE.fullmatch(text)
    if full and full["printed"] == text:
        found = _date("date", full, 0).value
        try:
            datetime.date.fromisoformat(found)
        except ValueError:
            return None
        return found
    part = _YEAR_MONTH.fullmatch(text)
    if part:
        return part["y"] + (f"-{int(part['m']):02d}" if part["m"] else "")
    return None


def header_line(line: str, number: int) -> list[Found] | None:
    """What a header line prints (see the module's note), or None for a line that is not
    one: it must hold a date or a 来源 or 作者, and nothing but header pieces."""
    date = _DATE.search(line)
    rest = (line[: date.start()] + "  " + line[date.end():]) if date else line
    found = [_date("date", date, number)] if date else []
    at, labelled = 0, False
    rest = re.sub(rf"^(?:\s*{_BAR})+|(?:\s*{_BAR})+\s*$", "", rest.strip()).strip()
    while at < len(rest):
        piece = _PIECE.match(rest, at)
        if piece is None or piece.end() == at:
            if rest[at:].strip():
                return None
            break
        at = piece.end()
        if piece["paper"]:
            found.append(Found("publication", piece["paper"], piece["paper"], number))
        elif piece["page"]:
            found.append(Found("page", str(int(piece["page"])), f"第{piece['page']}版", number))
            if piece["page_name"]:
                found.append(Found("page_name", piece["page_name"], piece["page_name"], number))
        elif piece["label"]:
            labelled = labelled or piece["label"] in (*_SOURCE_LABELS, *_AUTHOR_LABELS)
            found.extend(_labelled(piece["label"], piece["value"], number))
    if not (date or labelled):
        return None
    return found


def english_header(line: str, number: int) -> list[Found] | None:
    """What an English site's header line prints — By X in Beijing | China Daily |
    Updated: 2024-02-27 07:12 — or None for a line that is not one: every piece between its
    bars is a byline, a date or an outlet's name, and one is a byline or a date."""
    pieces = [p.strip() for p in re.split(_BAR, line) if p.strip()]
    found: list[Found] = []
    told = False
    for piece in pieces:
        by, dated, labelled = _EN_BY.match(piece), _EN_DATED.match(piece), _EN_LABELLED.match(piece)
        if labelled:
            told = True
            value, label = labelled["value"].strip(), labelled["label"]
            if label == "Source":
                field = "agency" if value in ("Xinhua", "Xinhua News Agency") else "publication"
                found.append(Found(field, value, value, number))
            elif label in ("Author", "Writer", "Reporter"):
                found += _english_authors(value, number)
        elif by:
            told = True
            found += _english_authors(by["names"], number)
        elif dated:
            told = True
            date = _DATE.search(dated["date"])
            if date:
                found.append(_date("date", date, number))
        elif len(pieces) > 1 and _EN_OUTLET.match(piece):
            found.append(Found("publication", piece, piece, number))
        else:
            return None
    return found if told else None


def _english_authors(names: str, number: int) -> list[Found]:
    """The authors of an English credit: ZHANG YU, Li Lei and Wang Fang."""
    return [Found("author", n, n, number) for n in re.split(r"\s*(?:,|\band\b)\s*", names)
            if n]


def _labelled(label: str, value: str, number: int) -> Iterator[Found]:
    """What a labelled field gives: 来源 the publication (the paper of 人民网－人民日报; a
    wire service's name the agency), 作者 the authors; an editor is no field of a source,
    and a value that reads as a sentence is no name."""
    value = value.strip(" 《》")
    if not value or len(value) > 30 or _SENTENCE_MARKS.search(value):
        return
    if label in _SOURCE_LABELS and ("、" in value or value.startswith(("综合", "据"))):
        return  # (综合自河北日报、廊坊日报: compiled from several, none the publication)
    if label in _SOURCE_LABELS:
        if value in WIRE_AGENCIES:
            yield Found("agency", value, value, number)
            return
        parts = [p.strip("《》 ") for p in re.split(r"\s*[－—–-]\s*", value) if p]
        name = parts[-1] if len(parts) == 2 and parts[-1].endswith("报") else value
        yield Found("publication", name, value if name != value else name, number)
    elif label in _AUTHOR_LABELS:
        for name in _credited(value):
            yield Found("author", name, name, number)


def _credited(run: str) -> list[str]:
    """The names of a credit (记者王浩、李明; 作者：记者 张明 见习记者 李华): 2–4 Chinese
    characters each, roles left out, up to another kind of credit (通讯员, 摄影); a name in
    Latin letters whole."""
    stop = _CREDIT_STOP.search(run)
    run = run[: stop.start()] if stop else run
    if not _CJK.search(run):
        name = " ".join(run.split())
        return [name] if 2 <= len(name) <= 40 else []
    parts: list[str] = []
    for part in re.split(r"[\s、，,/]+", run):
        if len(part) == 1 and parts and len(parts[-1]) == 1:
            parts[-1] += part  # (a name spaced out to line up: 韩　雯)
        else:
            parts.append(part)
    names = []
    for part in parts:
        for role in _ROLES:
            if part.startswith(role) and len(part) > len(role):
                part = part[len(role):]
        if (part not in _ROLES and 2 <= len(part) <= 4 and part[-1] not in "台报社网站"
                and re.fullmatch(r"[\u4e00-\u9fff·]+", part)):
            names.append(part)  # (not a station credited beside them: 河北台)
    return names


#: breadcrumbs: 首页 > 要闻动态 > 区域协同
_BREADCRUMBS = re.compile(r"[^\s>＞»]{1,12}(?:\s*[>＞»]\s*[^\s>＞»]{1,12}){1,6}")
#: a byline alone on its line: 本报记者 王睿 陈思远  通讯员 刘畅
_BYLINE_ALONE = re.compile(
    r"本报(?:记者|讯)(?:[ 、]+[\u4e00-\u9fff]{2,4})+"
    r"(?:[ 、]+(?:通讯员|实习生)(?:[ 、]+[\u4e00-\u9fff]{2,4})+)*")


@functools.lru_cache(maxsize=4096)
def is_header_line(line: str) -> bool:
    """Whether a line is header matter and none of the article's text: a header line
    (date, 来源, 作者 …), a byline alone on its line, an outlet's name alone on its line, a
    WeChat post's header, breadcrumbs."""
    spaced = _spaced(line)
    return bool(spaced) and (header_line(spaced, 0) is not None
                             or english_header(spaced, 0) is not None
                             or bool(_PAPER_BYLINE.match(spaced) or _OUTLET_LINE.match(spaced))
                             or bool(_WECHAT.match(spaced))
                             or bool(_BYLINE_ALONE.fullmatch(spaced))
                             or bool(_BREADCRUMBS.fullmatch(spaced)))


@functools.lru_cache(maxsize=4096)
def _opens_article(line: str) -> bool:
    """Whether a line is one an article's header prints below its headline: a byline, a
    dateline, or a header line."""
    return (line.startswith(("本报记者", "本报讯")) or bool(
        _DATELINE.match(line) or _OUTLET_DATELINE.match(line) or _PAPER_BYLINE.match(line)
        or _WECHAT.match(line) or EN_DATELINE.match(line)) or header_line(line, 0) is not None
        or english_header(line, 0) is not None)


def _headline(paragraphs: list[Paragraph]) -> Found | None:
    """The title a text prints as its headline (see the module's note)."""
    previous: tuple[list[str], int] = ([], 0)
    for paragraph in paragraphs[:HEADER_PARAGRAPHS]:
        lines = [_spaced(line) for line in paragraph.text.split("\n") if line.strip()]
        for at, line in enumerate(lines):
            if not _opens_article(line):
                continue
            above, number = (lines[:at], paragraph.number) if at else previous
            while above and _OUTLET_LINE.match(above[-1]):
                above = above[:-1]  # (央视新闻客户端 under its headline)
            candidates = [a for a in above if not a.startswith(("——", "—", "--"))
                          and not re.search(r"[>＞»]", a) and not _opens_article(a)]
            # an overline, the headline and a subtitle printed without its dash: the middle
            # one; of two lines, an overline and the headline where a dashed subtitle
            # follows or the first is short (京津冀协同发展十周年 / 城市副中心…新城拔节生长), else
            # the headline and its subtitle (北京流向津冀技术合同成交额增长1.1倍 / 科技成果在
            # 津冀“就地转化”步伐加快)
            subtitled = any(a.startswith(("——", "—", "--")) for a in above)
            pick = candidates[1] if len(candidates) == 3 else candidates[-1] if len(
                candidates) == 1 or (len(candidates) == 2 and (
                    subtitled or _overline(*candidates))) \
                else candidates[-2] if len(candidates) == 2 else ""
            if pick and _reads_as_headline(pick):
                value = " ".join(pick.split())
                return Found("title", value, value, number)
        previous = (lines, paragraph.number)
    return None


def _overline(first: str, second: str) -> bool:
    """Whether the first of two lines over an article reads as an overline (引题) of the
    second: short, and well under the second's length."""
    a, b = len(compact(first)), len(compact(second))
    return a <= 12 and a * 5 < b * 3


def _reads_as_headline(line: str) -> bool:
    if not _CJK.search(line):  # (an English headline: letters, no sentence's end)
        return (0 < len(line) <= 3 * HEADLINE_MAX and line[-1] not in ".!?;,:"
                and bool(re.search(r"[A-Za-z]{3}", line)))
    return (0 < len(compact(line)) <= HEADLINE_MAX and line[-1] not in "。！？；.!?;，,：:"
            and not line.startswith(("（", "(")))


def _names(run: str) -> list[str]:
    """The names of a byline: 2–3 characters each, separated by spaces or 、 (a run that
    goes on into the text, 梁倩近日, is cut where the text starts)."""
    names = []
    for part in re.split(r"[ \t\u3000、]+", run.strip()):
        if not part:
            continue
        if part[:2] in _NOT_NAMES or part in ("通讯员", "实习生"):
            break
        cut = _NAME_END.search(part, 2)
        if cut:
            part = part[: cut.start()]
        if 2 <= len(part) <= 3:
            names.append(part)
        if cut:
            break
    return names
