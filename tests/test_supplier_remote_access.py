"""``stride/supplier-remote-access``: another company's engineers, or their remote-support
service, reach into the components that run plant equipment, directly or through a
remote-access gateway of ours. Held-out reviewers named this missing on a dozen tracked
plant designs (a BMS vendor on a standing VPN, a turbine maker pushing firmware through a
DMZ gateway, a ride's vision vendor on SSH): "no declared MFA, session approval, jump
host or time-boxing"."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

RULE = "stride/supplier-remote-access"
FIRMWARE = tg.Data("Controller firmware and parameters", kind="code")
SETPOINTS = tg.Data("Setpoints", kind="records")
LOGIN = tg.Data("Vendor VPN login", kind="credentials")


def _plant(
    *,
    who: str = "Vendor service engineer",
    role: str = "vendor support",
    where: str = "partner",
    privileged: bool = True,
    through: str = "Remote access gateway",
    protocol: str = "ipsec",
    gateway_controls: frozenset[c.Control] = frozenset(),
    flow_controls: frozenset[c.Control] = frozenset(),
    plc_controls: frozenset[c.Control] = frozenset(),
    second: bool = False,
) -> tg.ThreatModel:
    """A supplier's engineer in ``where`` reaches the pump PLC, through ``through`` (a
    gateway in the DMZ) or straight (``through=""``); with ``second`` a controls
    integrator comes through the same gateway."""
    tm = tg.ThreatModel("pumping station")
    with tm.boundary("Control network", trust="restricted"):
        plc = tm.add(tg.Service("Pump PLC", controls=set(plc_controls)))
        scada = tm.add(tg.Service("SCADA server"))
        pumps = tm.add(tg.Device("Pumps", fleet=False))
    with tm.boundary("DMZ", trust="internal"):
        gateway = tm.add(tg.Service(through or "Historian mirror", controls=set(gateway_controls)))
    with tm.boundary("Supplier", trust=where):
        vendor = tm.add(tg.Actor(who, role=role, privileged=privileged))
    tm.flow(scada, plc, SETPOINTS, protocol="modbus")
    tm.flow(plc, pumps, SETPOINTS)
    entry = gateway if through else plc
    tm.flow(vendor, entry, FIRMWARE, LOGIN, protocol=protocol, controls=set(flow_controls))
    if through:
        tm.flow(gateway, plc, FIRMWARE, protocol="modbus")
    if second:
        with tm.boundary("Integrator", trust="partner"):
            other = tm.add(tg.Actor("Controls integrator", role="integrator"))
        tm.flow(other, gateway, tg.Data("PLC program changes", kind="code"), protocol="ipsec")
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return list(tm.analyze().for_rule(RULE))


def test_a_vendor_through_a_gateway_to_a_plc_is_raised_on_the_gateway() -> None:
    (f,) = _found(_plant())
    assert f.is_open
    assert f.target.ids == ("remote-access-gateway",)
    assert f.explanation.startswith(
        "Vendor service engineer reaches over ipsec into Remote access gateway (DMZ, "
        "internal) and through it Pump PLC, sending Controller firmware and parameters; "
    )
    assert "nothing declared has plant staff enable each session" in f.explanation
    # the way in, and where it goes on to
    assert ("remote-access-gateway->pump-plc",) in [a.ids for a in f.affected]
    assert f.controls_missing == ("human_in_the_loop",)


def test_the_finding_is_at_least_medium_though_no_untrusted_zone_reaches_it() -> None:
    """Counted from our own edge, a partner's zone looks out of attackers' reach; the
    rule puts back the step the exposure takes away."""
    (f,) = _found(_plant())
    assert f.severity in (tg.Severity.HIGH, tg.Severity.CRITICAL)


@pytest.mark.parametrize("where", ["gateway", "flow"])
def test_plant_staff_enabling_each_session_closes_it(where: str) -> None:
    hitl = frozenset({c.HumanInTheLoop(approver="control room enables each session")})
    tm = _plant(gateway_controls=hitl) if where == "gateway" else _plant(flow_controls=hitl)
    (f,) = _found(tm)
    assert not f.is_open
    assert "human_in_the_loop" in f.controls_present


def test_a_sign_in_only_lowers_it() -> None:
    (plain,) = _found(_plant())
    (signed,) = _found(
        _plant(gateway_controls=frozenset({c.Authentication(method="vendor VPN password")}))
    )
    assert signed.is_open
    assert signed.score < plain.score


def test_approval_declared_on_a_controller_reached_directly_is_not_session_control() -> None:
    """Approval on the PLC itself is about what it does (an operator releasing a batch),
    not about who may connect to it (set 72's tube-sorting cell)."""
    hitl = frozenset({c.HumanInTheLoop(approver="operator releases each batch")})
    (f,) = _found(_plant(through="", plc_controls=hitl))
    assert f.is_open
    assert f.target.ids == ("pump-plc",)
    assert "through it" not in f.explanation


def test_two_suppliers_through_one_gateway_are_one_finding() -> None:
    (f,) = _found(_plant(second=True))
    assert f.explanation.startswith(
        "Controls integrator and Vendor service engineer reach over ipsec into Remote "
        "access gateway"
    )


def test_a_contractor_on_the_internet_counts_and_our_own_engineer_does_not() -> None:
    (f,) = _found(_plant(who="Maintenance contractor", role="", where="untrusted"))
    assert f.is_open
    assert _found(_plant(who="Plant engineer", role="site engineer", where="untrusted")) == []
    # a member of the public is no supplier, even named so, without privileged access
    assert _found(_plant(who="Vendor", where="untrusted", privileged=False)) == []


def test_a_gateway_that_reaches_no_plant_is_not_raised() -> None:
    tm = tg.ThreatModel("office")
    with tm.boundary("Corporate", trust="internal"):
        gateway = tm.add(tg.Service("Remote access gateway"))
        crm = tm.add(tg.Service("CRM"))
    with tm.boundary("Supplier", trust="partner"):
        vendor = tm.add(tg.Actor("CRM vendor engineer", privileged=True))
    tm.flow(vendor, gateway, FIRMWARE, protocol="ipsec")
    tm.flow(gateway, crm, FIRMWARE)
    assert _found(tm) == []


def _feed(name: str, protocol: str, data: tg.Data) -> tg.ThreatModel:
    """A partner's service sends ``data`` to the scheduler that writes the PLC."""
    tm = tg.ThreatModel("feeds")
    with tm.boundary("Control network", trust="restricted"):
        plc = tm.add(tg.Service("Pump PLC"))
    with tm.boundary("Operations", trust="internal"):
        scheduler = tm.add(tg.Service("Pump scheduler"))
    with tm.boundary("Partner", trust="partner"):
        feed = tm.add(tg.ExternalService(name))
    tm.flow(feed, scheduler, data, protocol=protocol)
    tm.flow(scheduler, plc, SETPOINTS, protocol="modbus")
    return tm


def test_a_partners_data_feed_or_update_portal_is_no_remote_access() -> None:
    assert _found(_feed("Weather forecast API", "https", tg.Data("Forecast"))) == []
    assert _found(_feed("Vendor update portal", "https", FIRMWARE)) == []


@pytest.mark.parametrize(
    ("name", "protocol"),
    [("Vendor update portal", "ssh"), ("Scheduler vendor remote support", "https")],
)
def test_a_partners_session_or_remote_support_service_counts(name: str, protocol: str) -> None:
    """The scheduler speaks Modbus to the PLC: it is itself in plant control, the entry."""
    (f,) = _found(_feed(name, protocol, FIRMWARE))
    assert f.is_open
    assert f.target.ids == ("pump-scheduler",)
    assert f.explanation.startswith(f"{name} reaches over {protocol} into Pump scheduler")


def test_the_privileged_account_finding_leaves_the_supplier_way_to_this_one() -> None:
    """Set 76's reviewer rated the vendor engineer's privileged-account finding two
    bands low: the threat is the way into the plant, which this finding raises."""
    tm = _plant()
    assert list(tm.analyze().for_rule("stride/privileged-actor-access")) == []
    # a target outside plant control still gets it
    with tm.boundary("Supplier portal", trust="internal"):
        portal = tm.add(tg.Service("Spare parts portal"))
    vendor = next(e for e in tm.elements if e.name == "Vendor service engineer")
    tm.flow(vendor, portal, tg.Data("Orders"), protocol="https")
    (f,) = tm.analyze().for_rule("stride/privileged-actor-access")
    assert f.explanation.startswith(
        "Vendor service engineer has privileged access to Spare parts portal"
    )


def test_a_partners_analyst_who_only_submits_data_comes_in_no_session() -> None:
    tm = _plant(who="Feedstock lab analyst", role="analyst", privileged=False, protocol="https")
    assert _found(tm) == []
    # the same person opening a VPN session into the gateway does
    tm = _plant(who="Feedstock lab analyst", role="analyst", privileged=False, protocol="ipsec")
    assert len(_found(tm)) == 1
