"""Claim ids that no longer exist, and where their claims went (``facts/moved.toml``).

An id is never reused. When a claim is split, renamed or removed, its old id gets an entry::

    [[moved]]
    id = "004-419-carbon-quota-compliance"
    to = ["004-419-carbon-quota-compliance-rate"]
    reason = "one figure per claim: the 8-year span went into the period"

``jjj show`` and ``jjj cite`` of an old id then say where it went (exit 1, like any unknown
id, so that a script notices), and ``jjj check`` proves every ``to`` id exists.
"""

from __future__ import annotations

from pathlib import Path

from jjjcli.errors import KnowledgeBaseError, UnknownIdError
from jjjcli.kb import Problem, read_toml
from jjjcli.record import Record

FILE = "moved.toml"


class Move(Record):
    __slots__ = ("id", "to", "reason", "line")

    id: str
    to: tuple[str, ...]
    reason: str
    line: int

    def __init__(self, id: str, to: tuple[str, ...], reason: str, line: int = 0) -> None:
        self.id = id
        self.to = to
        self.reason = reason
        self.line = line

    def message(self) -> str:
        if not self.to:
            return f"claim {self.id} was removed: {self.reason}"
        verb = "renamed to" if len(self.to) == 1 else "split into"
        return (f"claim {self.id} was {verb} {', '.join(self.to)} ({self.reason}); "
                f"try {self.to[0]}")


class MovedIdError(UnknownIdError):
    """An id that once named a claim: the message says where it went."""

    def __init__(self, move: Move) -> None:
        super().__init__(move.id, list(move.to))
        self.args = (move.message(),)
        self.move = move

    def __str__(self) -> str:
        return self.move.message()


def load_moves(root: str | Path, problems: list[Problem] | None = None) -> dict[str, Move]:
    """The moved ids of the knowledge base at ``root`` (none when there is no moved.toml)."""
    root = Path(root)
    path = root / FILE
    if not path.is_file():
        return {}
    parsed = read_toml(path, root)
    tables = parsed.data.get("moved", [])
    if not isinstance(tables, list):
        raise KnowledgeBaseError(f"{path}:1: 'moved' must be an array of tables ([[moved]])")
    lines = parsed.header_lines("moved")
    found: dict[str, Move] = {}
    for number, table in enumerate(tables):
        line = lines[number] if number < len(lines) else 1
        old, to, reason = table.get("id"), table.get("to", []), table.get("reason")
        if (not isinstance(old, str) or not old or not isinstance(reason, str)
                or not reason.strip() or not isinstance(to, list)
                or not all(isinstance(t, str) and t for t in to)):
            if problems is not None:
                problems.append(Problem(FILE, line, "a [[moved]] entry needs id (a string), "
                                                    "to (a list of ids) and a reason"))
            continue
        if old in found and problems is not None:
            problems.append(Problem(FILE, line, f"{old} is listed twice"))
        found[old] = Move(old.lower(), tuple(to), reason, line)
    return found


def check_moves(root: Path, claims: object) -> list[Problem]:
    """What is wrong in moved.toml: an old id still in use, a target that does not exist."""
    problems: list[Problem] = []
    moves = load_moves(root, problems)
    for move in moves.values():
        if move.id in claims:  # type: ignore[operator]
            problems.append(Problem(FILE, move.line,
                                    f"{move.id} is a claim's id: an id in use has not moved"))
        for target in move.to:
            if target not in claims:  # type: ignore[operator]
                problems.append(Problem(FILE, move.line,
                                        f"{move.id}: {target} is not a claim's id"))
    return sorted(problems, key=lambda p: p.line)
