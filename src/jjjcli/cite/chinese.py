"""The Chinese styles: GB/T 7714-2015 (numbered references), and the Chinese footnote form
(``plain``) with its Markdown twin.

- ``gbt7714``: one numbered reference ([1], [2] …) per work, its pinpoints after it
  (第108段, 第112段). ``[N]`` for a newspaper article with its date and page (版次),
  ``[J]`` for a journal article with year(issue): page, and for a whole issue the serial
  form 题名[J]. 年(期). 出版者, 年. It is what the GB/T 7714-2015 CSL style gives for the
  same CSL-JSON (tests/test_cite_clients.py holds the two equal). The author is omitted
  when none is printed (allowed for the numeric system, 8.1.4); a news agency stands for
  the author of its dispatch.
- ``plain``: 作者：《篇名》，《报刊名》日期，第N版，第N段。 — one footnote per claim; a
  reprint ends with where it was taken from (摘编自《人民日报》2014年2月28日).
- ``markdown``: the plain form as a Markdown footnote, ``[^claim-id]: …``.
"""

from __future__ import annotations

import re

from jjjcli.cite.marks import chinese_date, in_title_marks, iso_date, join, period
from jjjcli.cite.model import UNTITLED, Cited, Pinpoint, Work, group, quote_text, span
from jjjcli.kb import Claim


def gbt7714_entry(cited: Cited, number: int, quote: bool) -> str:
    """One numbered reference with the pinpoints of every claim cited in it."""
    pinpoints = [f"第{span(c, '-')}段" + (f": “{quote_text(c)}”" if quote else "")
                 for c in cited.claims]
    return f"[{number}] {gbt7714_reference(cited.work)} " + \
        join(pinpoints, "; " if quote else ", ") + "."


def gbt7714_reference(work: Work) -> str:
    """The reference alone, as the GB/T 7714-2015 numeric CSL style renders it."""
    names = list(work.authors[:3]) + (["等"] if len(work.authors) > 3 else [])
    mark = "[N]" if work.kind == "newspaper" else "[J]"
    head = join([period(", ".join(names)) if names else None, f"{work.title}{mark}"], " ")
    if work.whole_issue:  # 题名[J]. 年(期). 出版者, 年.
        numbering = f"{work.year or ''}{f'({work.issue})' if work.issue else ''}"
        imprint = join([work.publisher, str(work.year) if work.year else None], ", ")
        return join([period(head), period(numbering) if numbering else None,
                     period(imprint) if imprint else None], " ")
    if work.kind == "newspaper":  # 报纸名, 出版日期(版次)
        issue = join([work.publication, iso_date(work.date) if work.date else None], ", ")
        if work.page:
            issue += f"({work.page})"
    else:  # 期刊名, 年(期): 页码 (no volume: 天津支部生活, 2024(2): 61)
        numbering = f"{work.year or ''}{f'({work.issue})' if work.issue else ''}"
        issue = join([work.publication, numbering], ", ")
        if work.page:
            issue += f": {work.page}"
    return join([period(head), period(issue) if issue else None], " ")


def gbt7714(cited: list[Pinpoint], quote: bool) -> str:
    return "".join(gbt7714_entry(c, n, quote) + "\n" for n, c in enumerate(group(cited), 1))


def plain_citation(work: Work, claim: Claim, quote: bool) -> str:
    names = "、".join(work.authors) if len(work.authors) <= 3 else work.authors[0] + "等"
    if work.whole_issue:
        title = None
        container = in_title_marks(work.title)
    else:
        # a description of an untitled work is not a title: no title marks
        title = work.title if work.title == UNTITLED else in_title_marks(work.title)
        container = in_title_marks(work.publication) if work.publication else ""
    if work.kind == "newspaper":
        when = chinese_date(work.date) if work.date else None
        page = f"第{work.page}版" if work.page else None
    else:
        when = join([f"{work.year}年" if work.year else None,
                     f"第{work.issue}期" if work.issue else None], "")
        page = f"第{work.page}页" if work.page else None
    container += when or ""
    pinpoint = f"第{span(claim, '—')}段" + (f"：“{quote_text(claim)}”" if quote else "")
    reprint = None
    if work.original_publication:
        reprint = "摘编自" + in_title_marks(work.original_publication) + (
            chinese_date(work.original_date) if work.original_date else "")
    body = join([title, container, page, reprint, pinpoint], "，")
    return f"{names}：{body}。" if names else f"{body}。"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def markdown_citation(work: Work, claim: Claim, quote: bool) -> str:
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", plain_citation(work, claim, quote))
    return f"[^{claim.id}]: {text}"


def plain(cited: list[Pinpoint], quote: bool) -> str:
    return "".join(plain_citation(work, claim, quote) + "\n" for work, claim in cited)


def markdown(cited: list[Pinpoint], quote: bool) -> str:
    return "".join(markdown_citation(work, claim, quote) + "\n" for work, claim in cited)
