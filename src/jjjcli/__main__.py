"""`python -m jjjcli`."""

import sys

from jjjcli.cli import main

sys.exit(main())
