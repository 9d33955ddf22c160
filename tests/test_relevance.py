"""Relevance of `jjj search` on the real bundled knowledge base (issue 3, item 5).

The queries are in tests/assets/relevance.toml: what a journalist would type (paraphrases,
English, figures in other equal forms, one-character typos, traditional characters, words
mixed with a place and a year), each with the claim it must find in the top 3.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunCli, load_cases, one_or_any
from jjjcli.kb import KnowledgeBase

KINDS = {"paraphrase", "english", "figure", "typo", "traditional", "mixed"}
SOURCES = {"000", "001", "002", "003", "004"}
TOP = 3


QUERIES = load_cases("relevance.toml", "query")


def expected_ids(entry: dict[str, Any]) -> list[str]:
    """The ids any of which must be in the top 3 (`expect` or `expect_any`)."""
    return one_or_any(entry, "expect")


#: the search path: every claim scored from the TOML (no cache), every claim scored from
#: the cache, or only the full-text and figure index's candidates (as for a base over 2,000 claims)
PATHS = {
    "toml": {"JJJ_NO_CACHE": "1"},
    "cache-scan": {},
    "cache-index": {"JJJ_INDEX_THRESHOLD": "0"},
}


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("entry", QUERIES, ids=[entry["q"] for entry in QUERIES])
def test_query_finds_claim_in_top_3(jjj: RunCli, entry: dict[str, Any], path: str) -> None:
    result = jjj("search", *entry["q"].split(), "--format", "ids", "--limit", str(TOP),
                 env=PATHS[path])
    found = result.out.splitlines()
    wanted = expected_ids(entry)
    assert any(claim_id in found for claim_id in wanted), (
        f"{entry['kind']} query {entry['q']!r}: expected {' or '.join(wanted)} "
        f"in the top {TOP}, got {found} (exit {result.code}, stderr {result.err.strip()!r})"
    )


def test_suite_is_broad_enough() -> None:
    assert len(QUERIES) >= 60, f"only {len(QUERIES)} queries"
    assert {entry["kind"] for entry in QUERIES} == KINDS
    sources = {claim_id[:3] for entry in QUERIES for claim_id in expected_ids(entry)}
    assert SOURCES <= sources, f"no query for sources {sorted(SOURCES - sources)}"
    texts = [entry["q"] for entry in QUERIES]
    assert len(texts) == len(set(texts)), "duplicate queries"


def test_suite_entries_are_well_formed(kb: KnowledgeBase) -> None:
    for entry in QUERIES:
        assert entry.get("q", "").strip(), entry
        assert entry.get("kind") in KINDS, entry
        assert ("expect" in entry) != ("expect_any" in entry), entry
        for claim_id in expected_ids(entry):
            assert claim_id in kb.claims, f"{entry['q']!r}: no claim {claim_id}"
