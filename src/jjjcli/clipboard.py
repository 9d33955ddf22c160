"""Putting text on the clipboard: the system's when there is one, else the terminal's.

A clipboard tool (wl-copy, xclip, xsel, pbcopy, clip.exe) is used when it is installed and
can reach the clipboard of the person at the keyboard: wl-copy and xclip/xsel need their
display (``WAYLAND_DISPLAY``, ``DISPLAY``, which ``ssh -X`` forwards), and over ssh the
remote machine's pbcopy or clip.exe would fill the wrong clipboard. Otherwise the text is
sent to the terminal as an OSC 52 sequence, which most terminals (and tmux with
``set-clipboard on``) put on the clipboard of the machine the user sits at, over ssh too.

The sequence goes to ``/dev/tty`` (or to stderr when that is a terminal), never to stdout,
so that output piped to another program is never touched.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping

from jjjcli.errors import JJJError
from jjjcli.record import Record

TIMEOUT = 3.0  # seconds: a clipboard tool that cannot reach its display must not hang jjj
OSC52_LIMIT = 100_000  # characters: terminals drop longer sequences (xterm, hterm, tmux)
TTY = "/dev/tty"
SSH_VARIABLES = ("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY")


class ClipboardError(JJJError):
    """Nothing could take the text: no usable clipboard tool and no terminal."""


class Tool(Record):
    """A clipboard command that reads the text on its stdin."""

    __slots__ = ("argv", "needs", "local_only", "encoding", "env")

    argv: tuple[str, ...]
    needs: str | None  # the display variable it cannot work without
    local_only: bool  # fills the clipboard of the machine it runs on
    encoding: str
    env: tuple[tuple[str, str], ...]

    def __init__(
        self, argv: tuple[str, ...], needs: str | None = None, local_only: bool = False,
        encoding: str = "utf-8", env: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.argv = argv
        self.needs = needs
        self.local_only = local_only
        self.encoding = encoding
        self.env = env


TOOLS = (
    Tool(("wl-copy", "--type", "text/plain;charset=utf-8"), needs="WAYLAND_DISPLAY"),
    Tool(("xclip", "-selection", "clipboard", "-in"), needs="DISPLAY"),
    Tool(("xsel", "--clipboard", "--input"), needs="DISPLAY"),
    # pbcopy reads bytes in the locale's encoding: without a UTF-8 locale Chinese is garbled.
    Tool(("pbcopy",), local_only=True, env=(("LANG", "en_US.UTF-8"),)),
    # clip.exe (Windows, WSL) reads UTF-16 text; UTF-8 would come out as mojibake.
    Tool(("clip.exe",), local_only=True, encoding="utf-16-le"),
)


def over_ssh(env: Mapping[str, str]) -> bool:
    return any(env.get(name) for name in SSH_VARIABLES)


def usable_tools(env: Mapping[str, str]) -> list[tuple[Tool, str]]:
    """The installed tools that can reach the user's clipboard, with their paths."""
    remote = over_ssh(env)
    found = []
    for tool in TOOLS:
        if (tool.needs and not env.get(tool.needs)) or (remote and tool.local_only):
            continue
        path = shutil.which(tool.argv[0])
        if path:
            found.append((tool, path))
    return found


def _run(tool: Tool, path: str, text: str, env: Mapping[str, str]) -> bool:
    try:
        # Output to DEVNULL: xclip, xsel and wl-copy stay in the background to serve the
        # selection, and a pipe they hold open would make us wait for them.
        result = subprocess.run(
            [path, *tool.argv[1:]], input=text.encode(tool.encoding),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=TIMEOUT,
            check=False, env={**env, **dict(tool.env)},
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def osc52_sequence(text: str) -> str:
    """The terminal escape that sets the clipboard (``c``) to ``text``."""
    payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return f"\x1b]52;c;{payload}\x07"


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


def _send_osc52(text: str) -> str:
    sequence = osc52_sequence(text)
    if len(sequence) > OSC52_LIMIT:
        raise ClipboardError(f"{len(text)} characters are too many for the terminal "
                             "clipboard (OSC 52); install wl-copy, xclip or xsel")
    try:
        with open(TTY, "w", encoding="ascii") as tty:
            tty.write(sequence)
        return "OSC 52"
    except OSError:  # no controlling terminal (cron, CI, a detached process)
        pass
    if _is_terminal(sys.stderr):
        sys.stderr.write(sequence)
        sys.stderr.flush()
        return "OSC 52"
    raise ClipboardError("no clipboard: none of wl-copy, xclip, xsel, pbcopy, clip.exe can "
                         "be used here, and there is no terminal for OSC 52")


def copy(text: str, env: Mapping[str, str] | None = None) -> str:
    """Put ``text`` on the clipboard; return what took it (``xclip``, ``OSC 52`` …).

    Raises ClipboardError when nothing can take it.
    """
    env = os.environ if env is None else env
    for tool, path in usable_tools(env):
        if _run(tool, path, text, env):
            return tool.argv[0]
    return _send_osc52(text)
