"""pytest plugin for threatgraph (registered through the ``pytest11`` entry point).

It imports nothing from threatgraph until a fixture or hook needs it.
"""

from __future__ import annotations
