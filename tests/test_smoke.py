from conftest import RunCli


def test_version(jjj: RunCli) -> None:
    result = jjj("--version")
    assert result.code == 0
    assert result.out.startswith("jjj ")
