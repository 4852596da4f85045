"""``python -m threatgraph``: the ``threatgraph`` command, for environments without the script."""

import sys

from threatgraph.cli import main

if __name__ == "__main__":
    sys.exit(main())
