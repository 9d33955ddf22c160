"""`jjj init DIR --from-shipped`: an editable copy of the installed knowledge base, and the
citation warning that points to it instead of into site-packages."""

from __future__ import annotations

from pathlib import Path

import pytest

import jjjcli.kb
from conftest import ASSETS, RunCli
from jjjcli.kb import default_root

CITE_KB = ASSETS / "cite_kb"


def test_copies_the_shipped_knowledge_base(jjj: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "my-facts"
    result = jjj("init", str(target), "--from-shipped")
    assert result.code == 0
    assert result.out == ""
    assert f"--kb {target}" in result.err and f"JJJ_KB={target}" in result.err
    shipped = default_root()
    assert (target / "sources.toml").read_bytes() == (shipped / "sources.toml").read_bytes()
    copied = sorted(p.relative_to(target) for p in target.rglob("*.toml"))
    assert copied == sorted(p.relative_to(shipped) for p in shipped.rglob("*.toml"))
    assert not list(tmp_path.glob(".*"))  # no temporary folder left behind
    check = jjj("check", "--kb", str(target))
    assert check.code == 0, check.out


def test_an_empty_folder_is_fine(jjj: RunCli, tmp_path: Path) -> None:
    assert jjj("init", str(tmp_path), "--from-shipped").code == 0
    assert (tmp_path / "sources.toml").is_file()


@pytest.mark.parametrize("kind", ["file inside", "a file"])
def test_refuses_what_is_not_a_new_or_empty_folder(jjj: RunCli, tmp_path: Path,
                                                   kind: str) -> None:
    target = tmp_path / "kb"
    if kind == "a file":
        target.write_text("x", encoding="utf-8")
    else:
        target.mkdir()
        (target / "notes.txt").write_text("mine", encoding="utf-8")
    result = jjj("init", str(target), "--from-shipped")
    assert result.code == 2
    assert result.err.startswith("jjj: ") and len(result.err.splitlines()) == 1
    if kind == "file inside":
        assert [p.name for p in target.iterdir()] == ["notes.txt"]  # untouched
    else:
        assert target.read_text(encoding="utf-8") == "x"


def test_warning_for_the_installed_base_names_no_file_in_it(
    jjj: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Stand the fixture base in for the one inside site-packages.
    monkeypatch.setattr(jjjcli.kb, "shipped_root", lambda: CITE_KB)
    result = jjj("cite", "102-2-projects", "--kb", str(CITE_KB))
    assert result.code == 0
    (warning,) = result.err.splitlines()
    assert "sources.toml:" not in warning and str(CITE_KB) not in warning
    assert "jjj init DIR --from-shipped" in warning and "--kb DIR" in warning
    assert '[[source]] file = "102_cite_bare.txt", article "102-a1"' in warning


def test_warning_for_an_editable_base_names_its_file_and_line(jjj: RunCli) -> None:
    result = jjj("cite", "102-2-projects", "--kb", str(CITE_KB))
    assert f"{CITE_KB / 'sources.toml'}:36 " in result.err
