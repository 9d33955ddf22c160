"""jjj: check figures about Beijing–Tianjin–Hebei coordinated development against their sources.

The core is a library: load a knowledge base, search it, compare statements with it,
cite its claims, without the command line::

    from jjjcli import load_kb
    kb = load_kb()
    kb.claims["000-tongzhou-hitech-firms-2023"].quote
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# The public names are imported when first used, so that `jjj` starts fast.
_PUBLIC = {
    "ExitCode": "errors", "JJJError": "errors", "KnowledgeBaseError": "errors",
    "UnknownIdError": "errors", "Figure": "figures", "find_figures": "figures",
    "parse_figure": "figures", "Article": "kb", "Claim": "kb", "KnowledgeBase": "kb",
    "Source": "kb", "load_kb": "kb",
}

if TYPE_CHECKING:
    from jjjcli.errors import ExitCode, JJJError, KnowledgeBaseError, UnknownIdError
    from jjjcli.figures import Figure, find_figures, parse_figure
    from jjjcli.kb import Article, Claim, KnowledgeBase, Source, load_kb


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        return getattr(import_module(f"jjjcli.{_PUBLIC[name]}"), name)
    raise AttributeError(f"module 'jjjcli' has no attribute {name!r}")

__all__ = [
    "Article",
    "Claim",
    "ExitCode",
    "Figure",
    "JJJError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Source",
    "UnknownIdError",
    "__version__",
    "find_figures",
    "load_kb",
    "parse_figure",
]
