"""What a source text prints about itself: its date line, bylines, wire-service
datelines, issue line. Each value is found in a paragraph and recorded with it; nothing is
guessed (a date in the body of an article is not the paper's date).

Patterns are strict on purpose: a date is the paper's date only as a date line (a paragraph
that is a date, optionally with its weekday: ``2025年7月4日 星期五``, or a web page's
``2024-02-26 10:15 来源：人民日报``, whose labelled fields are read too: 来源 the
publication, or the agency when it is a wire service, 作者 the authors); an issue only as
``2024年第2期``; a byline only after 本报记者 / 本报讯, or as a reporters' credit after a
dateline (``（记者王浩、李明）``); a dateline only in the wire form ``新华社北京3月4日电`` or
the paper's own ``本报北京2月25日电``. A labelled field on a line of its own
(``来源：北京日报``) counts; one inside a sentence, or 数据来源 under a table, does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jjjcli.record import Record
from jjjcli.text import Paragraph, compact

_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_DATE_LINE = re.compile(
    r"^(?P<printed>(?P<y>(?:19|20)\d\d)年(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日)"
    r"(?:星期[一二三四五六日天]|周[一二三四五六日])?$")
_ISSUE = re.compile(r"(?P<printed>(?P<y>(?:19|20)\d\d)年第(?P<n>\d{1,3})期)")
_BYLINE = re.compile(r"本报(?:记者|讯)\s*(?P<names>(?:[\u4e00-\u9fff]{2,4}[ \t\u3000、]*){1,4})")
_DATELINE = re.compile(
    r"(?P<printed>(?P<agency>新华社|中新社|人民网|央视网)(?P<place>[\u4e00-\u9fff]{2,4}?)"
    r"(?P<m>1[0-2]|[1-9])月(?P<d>3[01]|[12]\d|[1-9])日电)")
#: a date as a web page or a reprint prints it above the text, with what follows it there
_WEB_DATE = re.compile(
    r"^(?:(?:发布时间|发布日期|时间|日期)[：:]\s*)?"
    r"(?P<printed>(?P<y>(?:19|20)\d\d)(?:年(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日"
    r"|(?P<sep>[-/.])(?P<m2>1[0-2]|0?[1-9])(?P=sep)(?P<d2>3[01]|[12]\d|0?[1-9])(?!\d)))"
    r"(?:\s*(?:星期[一二三四五六日天]|周[一二三四五六日]))?(?:\s*\d{1,2}[:：]\d\d(?:[:：]\d\d)?)?"
    r"(?P<rest>\s*(?:[|｜丨]\s*)?(?:来源|作者|责任编辑|编辑|字号)[：:].*)?$")
_LABEL = r"(?:来源|作者|责任编辑|编辑|字号)[：:]"
#: the labelled fields of such a line, each up to the next label or bar
_FIELD = re.compile(
    r"(?P<label>来源|作者|责任编辑|编辑|字号)[：:]\s*(?P<value>.*?)\s*"
    rf"(?=[|｜丨]|{_LABEL}|$)")
#: a line of labelled fields alone (来源：北京日报 作者：张明)
_FIELDS_LINE = re.compile(rf"^(?:\s*(?:[|｜丨]\s*)?{_LABEL}[^|｜丨]*?)+$")
#: wire services: a 来源 that is one is the article's agency, not a publication
WIRE_AGENCIES = ("新华社", "中新社", "中国新闻社")
_OWN_DATELINE = re.compile(
    r"(?P<printed>本报(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<m>1[0-2]|[1-9])月(?P<d>3[01]|[12]\d|[1-9])日电)")
#: the reporters a dateline or 本报讯 credits: （记者王浩、李明）
_CREDIT = re.compile(r"[（(]\s*(?:本报)?记者\s*(?P<names>[^（）()]{2,40}?)\s*[）)]")
_CREDIT_STOP = re.compile(r"通讯员|实习生|见习记者|摄影|摄")
_SENTENCE_MARKS = re.compile(r"[。，！？；,!?;]")
#: how far down a text its header (headline, byline, date line) may be; how long a headline
HEADER_PARAGRAPHS = 5
HEADLINE_MAX = 60
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

    for paragraph in paragraphs:
        text = compact(paragraph.text).translate(_DIGITS)
        spaced = " ".join(paragraph.text.split()).translate(_DIGITS)
        date = _DATE_LINE.match(text) or _WEB_DATE.match(spaced)
        if date:
            month, day = date["m"] or date["m2"], date["d"] or date["d2"]
            value = f"{date['y']}-{int(month):02d}-{int(day):02d}"
            add(Found("date", value, date["printed"], paragraph.number))
        if (date and date.re is _WEB_DATE and date["rest"]) or _FIELDS_LINE.match(spaced):
            for item in _labelled(date["rest"] if date and date["rest"] else spaced,
                                  paragraph.number):
                add(item)
        for issue in _ISSUE.finditer(text):
            add(Found("issue", issue["n"], issue["printed"], paragraph.number))
            add(Found("year", issue["y"], issue["y"] + "年", paragraph.number))
        for line in paragraph.text.translate(_DIGITS).split("\n"):
            for byline in _BYLINE.finditer(line):
                for name in _names(byline["names"]):
                    add(Found("author", name, name, paragraph.number))
        for dateline in _DATELINE.finditer(text):
            add(Found("agency", dateline["agency"], dateline["agency"], paragraph.number))
            add(Found("dateline", dateline["printed"], dateline["printed"], paragraph.number))
        own = _OWN_DATELINE.search(text)
        if own:
            add(Found("dateline", own["printed"], own["printed"], paragraph.number))
        if own or "本报讯" in text or _DATELINE.search(text):
            credit = _CREDIT.search(spaced)
            if credit:
                for name in _credited(credit["names"]):
                    add(Found("author", name, name, paragraph.number))
        if ("本报记者" in text or "本报讯" in text or own) and not any(
                f.field == "evidence" for f in found):  # (the first says it is a paper)
            evidence = ("本报记者" if "本报记者" in text else "本报讯" if "本报讯" in text
                        else own["printed"] if own else "")
            add(Found("evidence", evidence, evidence, paragraph.number))
    title = _headline(paragraphs)
    if title is not None:
        found.insert(0, title)
    return found


def _opens_article(line: str) -> bool:
    """Whether a line is one an article's header prints below its headline: a byline, a
    dateline, a date line or a line of labelled fields."""
    spaced = " ".join(line.split()).translate(_DIGITS)
    return (spaced.startswith(("本报记者", "本报讯")) or bool(
        _DATE_LINE.match(compact(spaced)) or _WEB_DATE.match(spaced)
        or _FIELDS_LINE.match(spaced) or _OWN_DATELINE.match(compact(spaced))
        or _DATELINE.match(compact(spaced))))


def _one_line(lines: list[str]) -> str:
    """Lines as one: a line break between Chinese characters is no space (a headline
    broken over two lines), a run of spaces within a line one space."""
    value = ""
    for line in lines:
        part = " ".join(line.split())
        if value and part:
            cjk = re.match(r"[\u4e00-\u9fff]", value[-1]) and re.match(r"[\u4e00-\u9fff]", part[0])
            value += "" if cjk else " "
        value += part
    return value


def _headline(paragraphs: list[Paragraph]) -> Found | None:
    """The title a text prints as its headline: the line right above the first byline,
    dateline, date line or 来源 line among its first HEADER_PARAGRAPHS paragraphs — the
    lines above it in its paragraph, or the paragraph before, a headline broken over lines
    read whole — when that reads as a headline
    (HEADLINE_MAX characters at most, not ending a sentence). An overline further up is
    not it; a text whose header prints none of those lines has no title found."""
    for index, paragraph in enumerate(paragraphs[:HEADER_PARAGRAPHS]):
        lines = [line for line in paragraph.text.split("\n") if line.strip()]
        at = next((i for i, line in enumerate(lines) if _opens_article(line)), None)
        if at is None:
            continue
        if at:
            above, number = lines[:at], paragraph.number
        elif index:
            before = paragraphs[index - 1]
            above = [line for line in before.text.split("\n") if line.strip()]
            number = before.number
        else:
            return None
        value = _one_line(above)
        if (not value or len(compact(value)) > HEADLINE_MAX or value[-1] in "。！？；.!?;，,："
                or not re.search(r"[\u4e00-\u9fff]", value) or _opens_article(value)):
            return None
        return Found("title", value, value, number)
    return None


def _labelled(fields: str, number: int) -> Iterator[Found]:
    """What the labelled fields of a date line or a line of their own give: 来源 the
    publication (a wire service's name the agency), 作者 the authors; an editor is no
    field of a source, and a value that reads as a sentence is no name."""
    for field in _FIELD.finditer(fields):
        value = field["value"].strip(" 《》")
        if not value or len(value) > 30 or _SENTENCE_MARKS.search(value):
            continue
        if field["label"] == "来源":
            name = "agency" if value in WIRE_AGENCIES else "publication"
            yield Found(name, value, value, number)
        elif field["label"] == "作者":
            for name in _credited(value):
                yield Found("author", name, name, number)


def _credited(run: str) -> list[str]:
    """The names of a credit (记者王浩、李明; 作者：张明 李华): 2–4 Chinese characters
    each, up to another role (通讯员, 摄影); a name in Latin letters whole."""
    stop = _CREDIT_STOP.search(run)
    run = run[: stop.start()] if stop else run
    if not re.search(r"[\u4e00-\u9fff]", run):
        name = " ".join(run.split())
        return [name] if 2 <= len(name) <= 40 else []
    return [part for part in re.split(r"[\s、，,/]+", run)
            if 2 <= len(part) <= 4 and re.fullmatch(r"[\u4e00-\u9fff·]+", part)]


def _names(run: str) -> list[str]:
    """The names of a byline: 2–3 characters each, separated by spaces or 、 (a run that
    goes on into the text, 梁倩近日, is cut where the text starts)."""
    names = []
    for part in re.split(r"[ \t\u3000、]+", run.strip()):
        if not part:
            continue
        if part[:2] in _NOT_NAMES:
            break
        cut = _NAME_END.search(part, 2)
        if cut:
            part = part[: cut.start()]
        if 2 <= len(part) <= 3:
            names.append(part)
        if cut:
            break
    return names
