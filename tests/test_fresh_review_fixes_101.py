"""Changes taken from held-out set 101's verdicts (``v2-round119-fresh101``).

Its prison-visit reviewer struck the control-network finding on a prison network whose
only "equipment" was a gate officer's tablet showing the day's bookings; its greenhouse
reviewer struck "models or training data pushed to an outside hub" on the telemetry a
greenhouse sends the vendor whose feeding model it runs."""

from __future__ import annotations

import threatgraph as tg

CONTROL = "stride/control-network-write"
HUB = "ai/model-published-externally"


def _prison(*, screen: bool) -> tg.ThreatModel:
    """A booking service in the ministry's cloud checks visitors against a banned list
    in the prison network and sends the day's bookings to a device there: a gate
    officer's tablet (``screen``) or a turnstile controller."""
    tm = tg.ThreatModel("prison visits")
    bookings = tg.Data("Day's bookings", kind="records", sensitivity="pii")
    with tm.boundary("Cloud", trust="internal"):
        svc = tm.add(tg.Service("Booking service"))
    with tm.boundary("Prison network", trust="restricted"):
        device = tm.add(tg.Device("Gate tablet" if screen else "Turnstile controller"))
        banned = tm.add(
            tg.DataStore("Banned visitor list", stores={tg.Data("Bans", kind="records")})
        )
        if screen:
            officer = tm.add(tg.Actor("Gate officer"))
            tm.flow(device, officer, bookings)
    tm.flow(svc, device, bookings, protocol="https")
    tm.flow(svc, banned, tg.Data("Banned-list entries", kind="records"), protocol="https")
    return tm


def test_a_tablet_a_person_works_at_makes_no_control_network() -> None:
    assert [f for f in _prison(screen=True).analyze().open() if f.rule == CONTROL] == []
    (f,) = [f for f in _prison(screen=False).analyze().open() if f.rule == CONTROL]
    assert "control network" in f.explanation


def _greenhouse(*, provides: str) -> tg.ThreatModel:
    """A greenhouse server runs a vendor's feeding model and sends the vendor the
    readings it retrains on."""
    tm = tg.ThreatModel("greenhouse")
    with tm.boundary("Vendor", trust="partner"):
        vendor = tm.add(tg.ExternalService("Vendor model service", provides=provides))
    with tm.boundary("Greenhouse", trust="internal"):
        server = tm.add(tg.Service("Feeding control server"))
        model = tm.add(tg.Model("Feeding model", task="regressor"))
    tm.flow(vendor, model, tg.Data("Model update", kind="model-artifact"), protocol="https")
    tm.flow(server, vendor, tg.Data("Tank telemetry", kind="training-data"), protocol="https")
    tm.flow(server, model, tg.Data("Readings", kind="features"))
    return tm


def test_telemetry_to_the_vendor_of_a_model_we_run_is_no_hub_upload() -> None:
    assert [f for f in _greenhouse(provides="generic").analyze().open() if f.rule == HUB] == []
    (f,) = [f for f in _greenhouse(provides="model-hub").analyze().open() if f.rule == HUB]
    assert "Feeding control server" in f.explanation
