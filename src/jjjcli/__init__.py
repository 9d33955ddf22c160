"""jjj: check figures about Beijing–Tianjin–Hebei coordinated development against their sources.

The core is a library: load a knowledge base, search it, compare statements with it,
cite its claims, without the command line::

    from jjjcli import load_kb
    kb = load_kb()
    kb.claims["000-tongzhou-hitech-firms-2023"].quote
"""

from jjjcli.errors import ExitCode, JJJError, KnowledgeBaseError, UnknownIdError
from jjjcli.figures import Figure, find_figures, parse_figure
from jjjcli.kb import Article, Claim, KnowledgeBase, Source, load_kb

__version__ = "0.1.0"

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
