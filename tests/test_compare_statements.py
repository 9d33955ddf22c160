"""`jjj compare` on the real bundled knowledge base (issue 4, item 4).

The statements are in tests/assets/statements.toml: sentences a reporter might write about
figures in the five sources, each with the verdict a careful human fact-checker gives from
the knowledge base and, for supported or contradicted ones, the claim that decides it.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from conftest import RunCli, load_cases, one_or_any

#: unsupported-year: a year the sources give no value for (the value of another year is
#: named as evidence, never a contradiction)
KINDS = {"supported-other-words", "supported-other-form", "contradicted-number", "contradicted-year",
         "unsupported-year", "unsupported"}
VERDICTS = {"supported", "contradicted", "unsupported"}
EXIT = {"supported": 0, "contradicted": 1, "unsupported": 3}
MIN_STATEMENTS = 40
MIN_PER_KIND = 8


STATEMENTS = load_cases("statements.toml", "statement")


def evidence_ids(entry: dict[str, Any]) -> list[str]:
    """The claim ids any of which must be in the evidence (`evidence` or `evidence_any`)."""
    return one_or_any(entry, "evidence")


@pytest.mark.parametrize("entry", STATEMENTS, ids=[entry["text"] for entry in STATEMENTS])
def test_statement_verdict(jjj: RunCli, entry: dict[str, Any]) -> None:
    result = jjj("compare", entry["text"], "--format", "json")
    # stderr holds at most the one-line warning for a statement with no figure
    assert all(line.startswith("jjj: warning: no figure to check")
               for line in result.err.splitlines()), result.err
    data = json.loads(result.out)
    figures = [(f["raw"], f["verdict"], f["claim"], f["expected"]) for f in data["figures"]]
    context = (f"{entry['kind']}: {entry['text']!r} -> {data['verdict']} "
               f"(exit {result.code}), figures {figures}")
    assert data["statement"] == entry["text"]
    assert data["verdict"] == entry["verdict"], context
    assert result.code == EXIT[entry["verdict"]], context
    wanted = evidence_ids(entry)
    if wanted:
        assert any(claim_id in data["evidence"] for claim_id in wanted), (
            f"{context}: expected {' or '.join(wanted)} in evidence {data['evidence']}")


def test_suite_is_well_formed(kb: Any) -> None:
    ids = {claim.id for claim in kb}
    for entry in STATEMENTS:
        assert entry["kind"] in KINDS, entry
        assert entry["verdict"] in VERDICTS, entry
        assert entry["verdict"] == "unsupported" or evidence_ids(entry), entry
        assert entry["kind"].startswith(entry["verdict"]), entry
        unknown = [claim_id for claim_id in evidence_ids(entry) if claim_id not in ids]
        assert not unknown, f"{entry['text']!r}: unknown claim ids {unknown}"
    texts = [entry["text"] for entry in STATEMENTS]
    assert len(texts) == len(set(texts)), "duplicate statements"


def test_suite_is_broad_enough() -> None:
    assert len(STATEMENTS) >= MIN_STATEMENTS, f"only {len(STATEMENTS)} statements"
    kinds = Counter(entry["kind"] for entry in STATEMENTS)
    thin = {kind: kinds[kind] for kind in KINDS if kinds[kind] < MIN_PER_KIND}
    assert not thin, f"fewer than {MIN_PER_KIND} statements of kind {thin}"
    sources = {claim_id[:3] for entry in STATEMENTS for claim_id in evidence_ids(entry)}
    assert {"000", "001", "002", "003", "004"} <= sources, sorted(sources)


def test_a_run_of_statements_pauses_the_cycle_collector(kb: Any, monkeypatch: Any) -> None:
    """Statements are judged with Python's cyclic garbage collector paused (what a
    Comparer keeps would be gone over again and again), collected in full every
    COLLECT_EVERY verdicts (before the next is made: none after the last), and the
    collector is left as it was, read to the end or not."""
    import gc

    from jjjcli import collector, compare

    monkeypatch.setattr(collector, "COLLECT_EVERY", 2)
    collected: list[bool] = []
    real_collect = gc.collect
    monkeypatch.setattr(gc, "collect", lambda *a: collected.append(gc.isenabled())
                        or real_collect(*a))
    assert gc.isenabled()
    during = []
    statements = ["北京市2023年地区生产总值为43760.7亿元", "京津冀2023年经济总量10.4万亿元",
                  "天津2023年GDP 16737亿元", "河北2023年GDP 43944亿元", "上海GDP 4.7万亿元"]
    for verdict in compare.compare_statements(kb, statements):
        during.append(gc.isenabled())
        assert verdict.verdict in ("supported", "contradicted", "unsupported")
    assert during == [False] * 5 and collected == [False, False] and gc.isenabled()
    # once the next verdict is made, not after the last: a stream of 2·COLLECT_EVERY, once
    collected.clear()
    assert len(list(compare.compare_statements(kb, statements[:4]))) == 4
    assert collected == [False]
    # a reader that stops early (a closed pipe) leaves it running too
    verdicts = compare.compare_text(kb, "北京市2023年地区生产总值为43760.7亿元。天津2023年GDP 16737亿元。")
    next(iter(verdicts))
    assert not gc.isenabled()
    verdicts.close()
    assert gc.isenabled()
    # and a collector paused by the caller stays paused, never run
    gc.disable()
    try:
        collected.clear()
        list(compare.compare_statements(kb, statements))
        assert collected == [] and not gc.isenabled()
    finally:
        gc.enable()
