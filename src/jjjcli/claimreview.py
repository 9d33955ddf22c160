"""Verdicts as schema.org ClaimReview (JSON-LD), the form fact-check desks publish.

One ClaimReview per checked figure: ``claimReviewed`` is the sentence, ``itemReviewed`` a
``Claim`` with its text (and where it appears, for a file), ``reviewRating`` the verdict
(``alternateName`` the word search engines show: Supported, Contradicted, Unsupported, on a
scale of 1 = contradicted to 3 = supported), ``reviewBody`` the reason, and ``citation``
the knowledge-base claim that decides it: its quote, source file, paragraph and id.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from jjjcli.compare import SentenceVerdict
from jjjcli.kb import KnowledgeBase
from jjjcli.verdict import CONTRADICTED, SUPPORTED, FigureVerdict

#: verdict → (ratingValue, alternateName)
RATINGS = {
    SUPPORTED: (3, "Supported"),
    "unsupported": (2, "Unsupported"),
    CONTRADICTED: (1, "Contradicted"),
}
AUTHOR = {"@type": "Organization", "name": "jjj (京津冀 fact-check)"}


def _citation(kb: KnowledgeBase, verdict: FigureVerdict) -> dict[str, Any] | None:
    claim = verdict.claim
    if claim is None:
        return None
    source = kb.sources.get(claim.source)
    article = kb.article_of(claim)
    cited: dict[str, Any] = {
        "@type": "Quotation",
        "identifier": claim.id,
        "text": claim.quote,
        "isPartOf": {
            "@type": "CreativeWork",
            "name": (article.title.value if article and article.title else claim.source),
            "identifier": claim.source,
            "position": claim.paragraph,
        },
    }
    if source is not None and source.meta("publication"):
        cited["isPartOf"]["publisher"] = {"@type": "Organization",
                                          "name": source.meta("publication")}
    return cited


def claim_reviews(kb: KnowledgeBase, checked: SentenceVerdict, name: str,
                  today: _dt.date | None = None) -> list[dict[str, Any]]:
    """The ClaimReviews of one sentence of a draft named ``name`` ('-' for stdin)."""
    published = (today or _dt.date.today()).isoformat()
    text = " ".join(checked.sentence.original.split())
    reviews = []
    for verdict in checked.result.figures:
        line, column = checked.position(verdict)
        value, word = RATINGS[verdict.verdict]
        item: dict[str, Any] = {"@type": "Claim", "text": text, "name": verdict.figure.raw}
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": text,
            "datePublished": published,
            "author": AUTHOR,
            "itemReviewed": item,
            "reviewRating": {
                "@type": "Rating", "ratingValue": value, "bestRating": 3, "worstRating": 1,
                "alternateName": word,
            },
            "reviewBody": verdict.reason or _body(verdict),
        }
        if name != "-":
            url = Path(name).resolve().as_uri() + f"#L{line}C{column}"
            review["url"] = url
            item["appearance"] = {"@type": "CreativeWork", "url": url}
        citation = _citation(kb, verdict)
        if citation is not None:
            review["citation"] = citation
        reviews.append(review)
    return reviews


def _body(verdict: FigureVerdict) -> str:
    if verdict.verdict == SUPPORTED and verdict.expected is not None:
        return f"The source says {verdict.expected.raw}."
    return verdict.verdict
