"""The review input (benchmarks/quality/review_input.py) shows the architecture as its
designers declared it, control parameters included: a reviewer judging a sign-in
finding must see that the method is "e-mail and password"."""

from __future__ import annotations

import sys
from pathlib import Path

import threatgraph as tg
from threatgraph import controls as c

ROOT = Path(__file__).resolve().parent.parent


def test_control_parameters_are_shown_on_elements_and_flows() -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.quality.review_input import render

    tm = tg.ThreatModel("portal")
    with tm.boundary("Internet", trust="untrusted"):
        person = tm.add(tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        portal = tm.add(
            tg.Service("Portal", controls={c.Authentication(method="e-mail and password")})
        )
        db = tm.add(tg.DataStore("Accounts", controls={c.EncryptionAtRest()}))
    tm.flow(person, portal, protocol="https", controls={c.RateLimiting(requests_per_minute=30)})
    tm.flow(portal, db, protocol="https")
    system = tm.freeze()
    text = render(system, tg.analyze(system))
    assert "controls={authentication (method: e-mail and password)}" in text
    assert "controls={encryption_at_rest}" in text  # no parameters: the key alone
    assert "| rate_limiting (requests_per_minute: 30) |" in text
