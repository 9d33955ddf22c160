"""`jjj init DIR`: a knowledge base of one's own, in a folder one can edit.

``init_kb(target, from_shipped=True)`` copies the knowledge base installed with the package
(sources, their metadata, claims) into ``target``, which must not exist or be empty; the
copy is then used with ``--kb DIR`` or ``JJJ_KB=DIR``. Nothing is half-written: the files
are copied into a hidden sibling folder and renamed into place at the end. (How a base
starts empty is a later choice; the command refuses until it is made.)
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from jjjcli.errors import JJJError
from jjjcli.kb import default_root

#: what is not part of a knowledge base, if it lies beside one
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


def init_kb(target: Path, *, from_shipped: bool) -> Path:
    """Copy the shipped knowledge base to ``target``; returns the folder written."""
    if not from_shipped:
        raise JJJError("jjj init needs --from-shipped (a copy of the knowledge base installed "
                       "with jjj, to edit)")
    if target.exists() and not target.is_dir():
        raise JJJError(f"{target} exists and is not a folder")
    if target.is_dir() and any(target.iterdir()):
        raise JJJError(f"{target} is not empty: give a new or empty folder")
    source = default_root()
    if not (source / "sources.toml").is_file():
        raise JJJError(f"no knowledge base is installed with jjj (looked in {source})")
    temp = target.with_name(f".{target.name}.jjj-tmp")
    try:
        shutil.rmtree(temp, ignore_errors=True)
        shutil.copytree(source, temp, ignore=_IGNORE)
        if target.is_dir():
            target.rmdir()
        os.replace(temp, target)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise JJJError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target
