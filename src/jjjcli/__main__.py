"""`python -m jjjcli`, and the `jjj` console script (``run``)."""

from __future__ import annotations

import sys


def run() -> None:
    """Start jjj; Ctrl-C while it is still importing ends as quietly as later (130)."""
    try:
        from jjjcli.launch import main

        code = main()
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        code = 130
    sys.exit(code)


if __name__ == "__main__":
    run()
