"""`jjj conflicts`: where the sources disagree, on the bundled knowledge base and on a small
one (tests/assets/conflicts_kb) whose claims are made to disagree."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ASSETS, RunCli
from jjjcli.conflicts import (
    conflicts_among,
    disagreeing,
    find_conflicts,
    rounds_to,
    several_metrics,
)
from jjjcli.figures import parse_figure
from jjjcli.kb import KnowledgeBase, load_kb

SMALL = ASSETS / "conflicts_kb"
SMALL_KB = ("--kb", str(SMALL))


# --- the small knowledge base: exact output in every format ---------------------------------


def test_json_is_a_list_of_conflicts_with_claim_objects(jjj: RunCli) -> None:
    result = jjj("conflicts", *SMALL_KB, "--format", "json")
    assert result.code == 1
    assert result.err == ""
    data = json.loads(result.out)
    assert [(c["metric"], c["subject"], c["period"]) for c in data] == [
        ("高新技术企业数量", "北京城市副中心", "2023")]
    claims = data[0]["claims"]
    assert [c["id"] for c in claims] == [
        "000-2-hitech-headline", "000-4-key-firms-as-hitech", "000-5-hitech-firms"]
    assert claims[1] == {
        "id": "000-4-key-firms-as-hitech", "source": "000_f79aeb44c6809f22.txt",
        "paragraph": 4, "quote": "通州园 207家重点企业",
        "en": "A slip for the test: 207 firms filed as the sub-centre's high-tech enterprises.",
        "metric": "高新技术企业数量", "subject": "北京城市副中心", "period": "2023",
        "figures": [{"raw": "207家", "value": 207, "unit": "家", "qualifier": "exact"}],
        "topics": ["enterprises"], "note": "",
    }


def test_tsv_in_a_pipe_gives_one_claim_a_line_with_whom_it_disagrees(jjj: RunCli) -> None:
    result = jjj("conflicts", *SMALL_KB)
    assert result.code == 1
    assert result.out.splitlines() == [
        "metric\tsubject\tperiod\tid\tfigures\tsource\tparagraph\tdisagrees_with\tquote",
        "高新技术企业数量\t北京城市副中心\t2023\t000-2-hitech-headline\t突破1100家\t"
        "000_f79aeb44c6809f22.txt\t2\t000-4-key-firms-as-hitech\t北京城市副中心高新技术企业突破1100家",
        "高新技术企业数量\t北京城市副中心\t2023\t000-4-key-firms-as-hitech\t207家\t"
        "000_f79aeb44c6809f22.txt\t4\t000-2-hitech-headline;000-5-hitech-firms\t通州园 207家重点企业",
        "高新技术企业数量\t北京城市副中心\t2023\t000-5-hitech-firms\t超过1100家\t"
        "000_f79aeb44c6809f22.txt\t5\t000-4-key-firms-as-hitech\t2023年，副中心数字经济核心产业"
        "收入超过 430亿元，高新技术企业超过1100家",
    ]


def test_ndjson_gives_one_conflict_a_line(jjj: RunCli) -> None:
    result = jjj("conflicts", *SMALL_KB, "--format", "ndjson")
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [r["metric"] for r in rows] == ["高新技术企业数量"]
    assert result.code == 1


def test_table_on_a_terminal_names_both_sides(jjj: RunCli) -> None:
    result = jjj("conflicts", *SMALL_KB, tty=True)
    assert result.code == 1
    assert "高新技术企业数量 · 北京城市副中心 · 2023" in result.out
    assert result.out.count("≠") == 3  # each claim, with whom it disagrees
    assert "207家" in result.out and "超过1100家" in result.out


def test_typer_and_fast_paths_agree(jjj: RunCli) -> None:
    assert jjj("conflicts", *SMALL_KB, fast=False).out == jjj("conflicts", *SMALL_KB).out


def test_no_conflict_exits_0(tmp_path: Path, jjj: RunCli) -> None:
    root = tmp_path / "kb"
    shutil.copytree(SMALL, root)
    claims = root / "claims" / "claims.toml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace('quote = "通州园 207家重点企业"\nmetric = "高新技术企业数量"\n'
                                   'subject = "北京城市副中心"\nperiod = "2023"',
                                   'quote = "通州园 207家重点企业"\nmetric = "高新技术企业数量"\n'
                                   'subject = "中关村通州园"\nperiod = "2023"'),
                      encoding="utf-8")
    assert jjj("conflicts", "--kb", str(root), "--format", "json").out == "[]\n"
    assert jjj("conflicts", "--kb", str(root), "--format", "json").code == 0
    table = jjj("conflicts", "--kb", str(root), tty=True)
    assert table.code == 0 and table.out == ""
    assert "no conflicts" in table.err


def _several_at_once(tmp_path: Path) -> Path:
    """The small base, its high-tech enterprises' metric marked as one of several values."""
    root = tmp_path / "kb"
    shutil.copytree(SMALL, root)
    metrics = root / "metrics.toml"
    metrics.write_text(metrics.read_text(encoding="utf-8").replace(
        'definition = "certified high-tech enterprises"',
        'definition = "certified high-tech enterprises"\nseveral = "for the test"'),
        encoding="utf-8")
    return root


def test_a_metric_with_several_values_at_once_is_left_out(tmp_path: Path, jjj: RunCli) -> None:
    root = _several_at_once(tmp_path)
    assert jjj("conflicts", "--kb", str(root), "--format", "json").out == "[]\n"


@pytest.mark.parametrize("args", [("--format", "csv"), ("--kb", "/no/such/folder")])
def test_usage_and_knowledge_base_errors_exit_2(jjj: RunCli, args: tuple[str, ...]) -> None:
    result = jjj("conflicts", *(args if args[0] == "--kb" else (*SMALL_KB, *args)))
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("jjj: ") and result.err.count("\n") == 1


# --- agreement ------------------------------------------------------------------------------


@pytest.mark.parametrize(("precise", "rough", "expected"), [
    ("1269.4亿元", "1270亿元", True),
    ("1.43倍", "1.4倍", True),
    ("1.43倍", "1.5倍", False),
    ("1270亿元", "1269.4亿元", False),  # the rough one is not the precise one rounded
    ("502家", "520家", False),
    ("超过1269亿元", "1270亿元", False),  # bounds are figures_agree's to judge
])
def test_a_figure_rounded_to_the_digits_it_prints_agrees(precise: str, rough: str,
                                                          expected: bool) -> None:
    assert rounds_to(parse_figure(precise), parse_figure(rough)) is expected


def test_claims_for_another_period_or_subject_never_meet() -> None:
    kb = load_kb(SMALL)
    found = conflicts_among(kb)
    assert len(found) == 1
    assert "000-4-key-firms-2022" not in {c.id for c in found[0].claims}
    assert found[0].others("000-2-hitech-headline") == ["000-4-key-firms-as-hitech"]
    assert conflicts_among(kb, frozenset({"高新技术企业数量"})) == []


# --- the bundled knowledge base -------------------------------------------------------------

#: the disagreements that survive a reading of the sources (facts/README.md says why the
#: others do not)
SURVIVING = {
    ("三关互认重点企业数量", "京津冀", ""): {
        "004-82-three-customs-mutual-recognition", "004-541-three-customs-recognition-firms"},
    ("入驻北京企业数量", "北京·沧州渤海新区生物医药产业园", ""): {
        "004-248-cangzhou-park-beijing-firms", "004-443-cangzhou-biomed-bj-firms"},
    ("工业增加值倍数", "京津冀", "2014/2022"): {
        "001-2-industrial-value-added-multiple", "004-254-industrial-value-added-multiple",
        "004-441-jjj-industrial-va-multiple"},
    # one event, two years: ¶350 says the cluster became national in 2023, ¶438 in 2022
    ("入选时间", "京津冀生命健康产业集群", ""): {
        "004-350-life-health-cluster-national-date", "004-438-life-health-cluster-approved-date"},
}


def test_the_bundled_knowledge_base_lists_the_disagreements_that_survive(
        kb: KnowledgeBase) -> None:
    found = {(c.metric, c.subject, c.period): {x.id for x in c.claims}
             for c in find_conflicts(kb)}
    assert found == SURVIVING


def test_every_claim_in_a_conflict_names_the_others_in_its_note(kb: KnowledgeBase) -> None:
    for conflict in find_conflicts(kb):
        for claim in conflict.claims:
            for other in conflict.others(claim.id):
                assert other in claim.note, (claim.id, other)


@pytest.mark.parametrize(("a", "b"), [
    # 超过12万家 is a lower bound that 16.3万余家 meets
    ("004-258-scattered-polluting-firms", "004-363-scattered-polluting-firms"),
    # 1400余家 is undated, 1328家 is for the end of 2023: another date
    ("004-79-baodi-zgc-city-firms", "004-344-baodi-zgc-registered-firms"),
    # 1270亿元 is 1269.4亿元 rounded
    ("004-257-industrial-firms-rd-2022", "004-277-industrial-firms-rd-2022"),
    # 18614家 is for 2018 to 2023; 14042家 is undated (its paragraph's figures run to 2022)
    ("004-255-specialised-smes", "004-446-jjj-specialised-smes"),
    # 203项 are the free trade zones' (¶82, ¶371, ¶539: 先后推出5批), 179项 are printed for
    # 京津冀 (¶665): another subject, and a list that grew batch by batch
    ("004-371-same-standard-services", "004-665-jjj-same-standard-services"),
])
def test_claims_that_can_both_be_true_are_not_conflicts(kb: KnowledgeBase, a: str,
                                                        b: str) -> None:
    listed = {x.id for c in find_conflicts(kb) for x in c.claims}
    assert a not in listed and b not in listed
    assert b in kb.claims[a].note or a in kb.claims[b].note or a.startswith("004-257")


def test_conflicts_on_the_bundled_base_exit_1_with_json(jjj: RunCli) -> None:
    result = jjj("conflicts", "--format", "json")
    assert result.code == 1
    data = json.loads(result.out)
    assert {d["metric"] for d in data} == {key[0] for key in SURVIVING}
    industrial = next(d for d in data if d["metric"] == "工业增加值倍数")
    assert sorted(f["raw"] for c in industrial["claims"] for f in c["figures"]) == [
        "1.43倍", "1.43倍", "1.5倍"]


#: the same figure, metric and subject for two periods, each as its text prints it
ONE_FIGURE_TWO_PERIODS = {
    # 2022年以来…选址落位 (a span) and 截至2023年6月 (a date) in two articles
    "004-111-xiongan-universities-sited", "004-111-xiongan-hospitals-sited",
    # 1.8倍 of 2023 over 2014, and of 2022 over 2013
    "004-254-jjj-gdp-multiple-2014-2023",
}


def test_one_figure_has_one_period(kb: KnowledgeBase) -> None:
    """The period rule (facts/README.md): a figure printed in several places is for one
    time, whichever paragraph a journalist looks it up in."""
    groups: dict[tuple[object, ...], list[str]] = {}
    for claim in kb:
        key = (claim.metric, claim.subject, tuple((f.value, f.unit, f.qualifier)
                                                  for f in claim.figures))
        groups.setdefault(key, []).append(claim.id)
    for ids in groups.values():
        periods = {kb.claims[i].period for i in ids if i not in ONE_FIGURE_TWO_PERIODS}
        assert len(periods) <= 1, [(i, kb.claims[i].period) for i in ids]


# --- compare: a figure the sources disagree on ------------------------------------------------


def test_compare_names_the_claims_that_disagree_with_the_one_supporting(jjj: RunCli) -> None:
    """A figure a claim in a conflict supports is supported (a source prints it), and its
    reason names the claims that disagree and what they give; a figure of a claim in no
    conflict has no such reason."""
    disputed = json.loads(jjj("compare", "2023年副中心高新技术企业超过1100家", *SMALL_KB,
                              "--format", "json").out)
    (figure,) = disputed["figures"]
    assert (figure["verdict"], figure["claim"]) == ("supported", "000-5-hitech-firms")
    assert figure["reason"] == "the sources disagree: 000-4-key-firms-as-hitech gives 207家"
    assert disputed["reason"] == figure["reason"]
    plain = json.loads(jjj("compare", "2022年京津冀地区生产总值合计10万亿元", *SMALL_KB,
                           "--format", "json").out)
    assert [(f["verdict"], f["reason"]) for f in plain["figures"]] == [("supported", "")]


def test_compare_names_no_dispute_for_a_metric_of_several_values(tmp_path: Path,
                                                                 jjj: RunCli) -> None:
    result = json.loads(jjj("compare", "2023年副中心高新技术企业超过1100家", "--kb",
                            str(_several_at_once(tmp_path)), "--format", "json").out)
    assert [(f["verdict"], f["reason"]) for f in result["figures"]] == [("supported", "")]


def test_compare_on_the_bundled_base_warns_of_502_and_520(jjj: RunCli) -> None:
    """The bundled base's two paragraphs that give 502家 and 520家 for one count: either
    figure is supported, with the other named."""
    for said, claim, other in (("520家", "004-541-three-customs-recognition-firms",
                                "004-82-three-customs-mutual-recognition gives 502家"),
                               ("502家", "004-82-three-customs-mutual-recognition",
                                "004-541-three-customs-recognition-firms gives 520家")):
        result = json.loads(jjj("compare", f"{said}产业链供应链重点企业实现“三关”互认",
                                "--format", "json").out)
        (figure,) = result["figures"]
        assert (figure["verdict"], figure["claim"]) == ("supported", claim)
        assert figure["reason"] == f"the sources disagree: {other}"


def test_the_claims_one_disagrees_with_are_those_its_conflict_pairs_it_with(
        kb: KnowledgeBase) -> None:
    """conflicts.disagreeing (what compare names) pairs each claim as `jjj conflicts` does,
    on the bundled base and on the small one; a claim in no conflict disagrees with none."""
    for base in (kb, load_kb(SMALL)):
        claims = list(base)
        several = several_metrics(base.root)
        found = find_conflicts(base)
        assert found
        for conflict in found:
            for claim in conflict.claims:
                assert sorted(c.id for c in disagreeing(claim, claims, several)) == (
                    conflict.others(claim.id))
        involved = {c.id for conflict in found for c in conflict.claims}
        assert all(disagreeing(c, claims, several) == [] for c in claims
                   if c.id not in involved)
