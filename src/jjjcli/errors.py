"""The one exception type the core raises, and the exit codes the CLI maps it to."""

from __future__ import annotations

from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    """Exit codes, as product.md's table gives them for every command."""

    OK = 0
    #: search: no result; compare: a figure contradicted; show/cite: unknown id;
    #: check: problems found.
    NEGATIVE = 1
    #: usage error, or a knowledge base that cannot be read.
    ERROR = 2
    #: compare: some figure unsupported, none contradicted.
    UNSUPPORTED = 3
    #: interrupted with Ctrl-C (128 + SIGINT).
    INTERRUPTED = 130
    #: stopped by SIGTERM (128 + 15), after removing its temporary files.
    TERMINATED = 143


class Terminated(BaseException):
    """SIGTERM arrived: raised like KeyboardInterrupt, so that the same clean-up runs."""


class JJJError(Exception):
    """An error a user can act on; the CLI prints its message as one line."""

    exit_code: ExitCode = ExitCode.ERROR


class KnowledgeBaseError(JJJError):
    """The knowledge base cannot be read (missing, malformed TOML, unsafe path)."""

    #: where it went wrong, when a file and line are known (a kb.Problem)
    problem: Any = None


class FigureError(JJJError, ValueError):
    """Text that does not parse as a figure."""


class UnknownIdError(JJJError):
    """No claim has this id; ``suggestions`` holds the nearest ones."""

    exit_code = ExitCode.NEGATIVE

    def __init__(self, claim_id: str, suggestions: list[str], *, ambiguous: bool = False) -> None:
        hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
        if ambiguous:
            message = f"{claim_id!r} is the start of several claim ids{hint}"
        else:
            message = f"no claim with id {claim_id!r}{hint}"
        super().__init__(message)
        self.claim_id = claim_id
        self.suggestions = suggestions
