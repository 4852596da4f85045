"""A caller who presents the credential a component checks has signed in.

A set-259 reviewer struck ``stride/exposed-interface`` (critical) on a self-storage
gate: the customer types the PIN at the keypad, and the controller, sent the valid
PINs by the PIN tool, opens only for one of them. Typing the PIN is the authentication
step. A caller who hands over anything else, or a component given no credential to
check against, keeps the finding.
"""

from __future__ import annotations

import pytest

import threatgraph as tg

EXPOSED = "stride/exposed-interface"


def _gate(*, typed: str) -> tg.ThreatModel:
    tm = tg.ThreatModel("Self storage", profile="high")
    pin = tg.Data("Gate PIN", kind="credentials", sensitivity="secret")
    with tm.boundary("Public", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Site network", trust="internal"):
        gate = tm.add(tg.Service("Gate access controller"))
        tool = tm.add(tg.Service("PIN service"))
    tm.flow(tool, gate, pin, protocol="https")
    told = pin if typed == "pin" else tg.Data("Unit number", kind="records", sensitivity="pii")
    tm.flow(customer, gate, told)
    return tm


@pytest.mark.parametrize(("typed", "raised"), [("pin", False), ("unit number", True)])
def test_typing_the_pin_the_controller_checks_is_signing_in(typed: str, raised: bool) -> None:
    found = _gate(typed=typed).analyze().for_rule(EXPOSED)
    assert bool(found) is raised
