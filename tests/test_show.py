"""`jjj show`: one claim in full, by id or unique prefix; unknown ids suggest the nearest."""

from __future__ import annotations

import json
import re

from conftest import ASSETS, RunCli

MINI = ("--kb", str(ASSETS / "mini_kb"))


def test_show_by_unique_prefix_as_json(jjj: RunCli) -> None:
    result = jjj("show", "000-5-hitech", *MINI, "--format", "json")
    assert result.code == 0
    data = json.loads(result.out)
    assert data["id"] == "000-5-hitech-firms"
    assert data["article"] == {"id": "000-a1", "title": "北京城市副中心高新技术企业突破1100家",
                               "authors": ["赵鹏"], "page": None}
    assert data["paragraph_text"].startswith("区经信局相关负责人介绍")
    assert data["citation"] == "赵鹏：《北京城市副中心高新技术企业突破1100家》，第5段。"


def test_show_table_highlights_the_quote_in_its_paragraph(jjj: RunCli) -> None:
    result = jjj("show", "000-5-hitech-firms", *MINI, tty=True, env={"FORCE_COLOR": "1"})
    assert result.code == 0
    assert "区经信局相关负责人介绍" in result.out
    assert "\x1b[1;33m2023年" in result.out


def test_ambiguous_prefix_lists_the_candidates(jjj: RunCli) -> None:
    result = jjj("show", "000-5", *MINI)
    assert result.code == 1
    assert result.err == (
        "jjj: '000-5' is the start of several claim ids (did you mean: "
        "000-5-digital-revenue [数字经济核心产业收入, 北京城市副中心, 2023], "
        "000-5-hitech-firms [高新技术企业数量, 北京城市副中心, 2023]?)\n")


def test_a_prefix_matches_whole_segments_only(jjj: RunCli) -> None:
    """000-5-hitech is the start of 000-5-hitech-firms; 000-5-hite is no claim's whole
    segments, and 000-5-h is not 000-5-hitech-firms either: suggested, never shown."""
    assert jjj("show", "000-5-hitech", *MINI, "-f", "json").code == 0
    for partial in ("000-5-hite", "000-5-h"):
        result = jjj("show", partial, *MINI, "-f", "json")
        assert result.code == 1
        assert result.out == ""
        assert result.err.startswith(f"jjj: no claim with id {partial!r} (did you mean: "
                                     "000-5-hitech-firms [高新技术企业数量")


def test_paragraph_12_is_not_paragraph_124(jjj: RunCli) -> None:
    """The bundled base has claims on paragraphs 120-129 of 004 and none on 12."""
    for command in ("show", "cite"):
        result = jjj(command, "004-12")
        assert result.code == 1, command
        assert result.out == ""
        assert "no claim with id '004-12'" in result.err
        # the nearest ids are offered, each with its metric, subject and period
        assert re.search(r"004-12\d-[a-z0-9-]+ \[[^,\]]+, [^,\]]+, [^\]]*\]", result.err)


def test_unknown_id_suggests_the_nearest(jjj: RunCli) -> None:
    result = jjj("show", "000-5-hitech-firm-2023", *MINI)
    assert result.code == 1
    assert "did you mean: 000-5-hitech-firms" in result.err
