"""tools/audit_sample.py draws the hand audit's sample, and docs/audit-2026-12.md records one."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from conftest import REPO, load_script
from jjjcli.kb import KnowledgeBase
from jjjcli.moved import load_moves


def _tool() -> ModuleType:
    return load_script("tools/audit_sample.py", "audit_sample")


def test_the_sample_depends_only_on_the_seed_and_the_ids(kb: KnowledgeBase) -> None:
    tool = _tool()
    ids = list(kb.claims)
    drawn = tool.sample(ids)
    assert len(drawn) == 50 == len(set(drawn))
    assert set(drawn) <= set(ids)
    assert tool.sample(list(reversed(ids))) == drawn  # file order does not matter
    assert tool.sample(ids, seed=tool.SEED + 1) != drawn
    assert tool.sample(ids[:7], count=50) == tool.sample(ids[:7], count=7)


def test_the_tool_prints_one_id_a_line(capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool()
    assert tool.main(["--kb", str(REPO / "facts"), "--count", "5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5 and all(re.fullmatch(r"\d{3}-[0-9a-z-]+", line) for line in lines)


def test_the_audit_names_50_claims_that_exist_or_say_where_they_went(kb: KnowledgeBase) -> None:
    text = (REPO / "docs" / "audit-2026-12.md").read_text(encoding="utf-8")
    assert "Seed 20261201" in text
    rows = re.findall(r"^\| (\d+) \| (\d{3}-[0-9a-z-]+) \|", text, flags=re.MULTILINE)
    assert [int(n) for n, _ in rows] == list(range(1, 51))
    moved = load_moves(kb.root)
    for _, claim_id in rows:
        assert claim_id in kb.claims or claim_id in moved, claim_id
