"""`python -m jjjcli`, and the `jjj` console script (``run``)."""

from __future__ import annotations

import sys


def _terminate(signum: int, frame: object) -> None:
    from jjjcli.errors import Terminated

    raise Terminated


def run() -> None:
    """Start jjj; Ctrl-C while it is still importing ends as quietly as later (130), and
    SIGTERM like Ctrl-C: temporary files removed, then exit 143."""
    import signal

    from jjjcli.errors import Terminated

    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _terminate)
    try:
        from jjjcli.launch import main

        code = main()
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        code = 130
    except Terminated:
        code = 143
    sys.exit(code)


if __name__ == "__main__":
    run()
