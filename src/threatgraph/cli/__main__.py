"""``python -m threatgraph.cli``."""

import sys

from threatgraph.cli import main

sys.exit(main())
