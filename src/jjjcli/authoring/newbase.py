"""`jjj init`: a new knowledge base, empty or as a copy of the shipped one.

The folder is built beside its destination and renamed into place, so an interrupted init
leaves nothing half-made; a destination that exists and is not an empty folder is refused.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from jjjcli.errors import JJJError
from jjjcli.kb import default_root

SOURCES_HEADER = """\
# The sources, their articles, and the metadata each prints (see README.md in this folder).
# Every metadata value names the paragraph that prints it; nothing the text does not print
# is recorded. `jjj add FILE --kb .` registers a new source here.
"""

#: what lies beside an installed knowledge base without being part of it
_NOT_KB = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")

#: the head of a vocabulary copied by init: its statistics need not all be used here
SHARED_VOCABULARY = """\
# Copied by `jjj init` from the vocabulary shipped with jjj: use these names, add your own.
shared = "the vocabulary shipped with jjj, copied by jjj init: not every statistic is used here"

"""

#: what an empty base shares with the shipped one: its vocabularies and its documentation
SHARED_FILES = ("topics.toml", "metrics.toml", "README.md")


def init_kb(target: Path, *, from_shipped: bool = False) -> Path:
    """Make a knowledge base at ``target``; returns its path."""
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise JJJError(f"{target} already exists and is not an empty folder")
    shipped = default_root()
    if from_shipped and not (shipped / "sources.toml").is_file():
        raise JJJError(f"no knowledge base is installed with jjj (looked in {shipped})")
    parent = target.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.jjj-init-", dir=parent))
    try:
        if from_shipped:
            shutil.rmtree(staging)
            shutil.copytree(shipped, staging, ignore=_NOT_KB)
        else:
            (staging / "sources").mkdir()
            (staging / "claims").mkdir()
            (staging / "sources.toml").write_text(SOURCES_HEADER, encoding="utf-8")
            for name in SHARED_FILES:
                if (shipped / name).is_file():
                    shutil.copyfile(shipped / name, staging / name)
            vocabulary = staging / "metrics.toml"
            if vocabulary.is_file():
                vocabulary.write_text(SHARED_VOCABULARY + vocabulary.read_text(encoding="utf-8"),
                                      encoding="utf-8")
        if target.exists():
            target.rmdir()  # empty, as checked
        os.replace(staging, target)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise JJJError(f"cannot make {target}: {exc.strerror or exc}") from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target
