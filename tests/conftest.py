"""Shared test configuration: hypothesis profiles.

Pick one with the ``HYPOTHESIS_PROFILE`` environment variable:

- ``default``: quick local runs (about 50 examples per property);
- ``ci``: what CI runs (about 100 examples);
- ``fuzz``: long hunts for bugs (1000 examples).

No deadline in any of them: CI machines are slow and timing is not what the
properties check. A test that sets ``@settings(max_examples=...)`` itself keeps it.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SLOW_IS_FINE = (HealthCheck.too_slow,)

settings.register_profile(
    "default", max_examples=50, deadline=None, suppress_health_check=_SLOW_IS_FINE
)
settings.register_profile(
    "ci", max_examples=100, deadline=None, suppress_health_check=_SLOW_IS_FINE, print_blob=True
)
settings.register_profile(
    "fuzz", max_examples=1000, deadline=None, suppress_health_check=_SLOW_IS_FINE
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
