"""Changes taken from held-out verdicts reviewed before this session (sets 130 and
140), made in the session of 2026-12-05 (fifteenth)."""

from __future__ import annotations

import threatgraph as tg

INJECTION = "ai/indirect-prompt-injection"


def _gauges(
    *, device: str = "River level gauge", kind: str = "records", person: bool = False
) -> tg.ThreatModel:
    """Set 140's flood gates: gauges on the river bank send their readings to the
    telemetry system, which an agent reads through a tool before proposing gate
    movements to the duty officer who prompts it."""
    tm = tg.ThreatModel("gauges", profile="high")
    readings = tg.Data("River level readings", kind=kind)
    request = tg.Data("Operator request", kind="prompt")
    call = tg.Data("Telemetry query", kind="tool-call")
    result = tg.Data("Telemetry result", kind="tool-result")
    answer = tg.Data("Proposal", kind="model-output")
    with tm.boundary("River sites", trust="untrusted"):
        gauge = tm.add(tg.Device(device))
        if person:
            writer = tm.add(tg.Actor("Field officer"))
            tm.flow(writer, gauge, readings)
    with tm.boundary("Agency", trust="internal"):
        telemetry = tm.add(tg.DataStore("Telemetry system"))
        tool = tm.add(tg.Tool("Telemetry read tool", capabilities={"read"}))
        agent = tm.add(tg.Agent("Flood operations agent"))
        officer = tm.add(tg.Actor("Duty officer"))
    tm.flow(gauge, telemetry, readings)
    tm.flow(agent, tool, call)
    tm.flow(tool, telemetry, call)
    tm.flow(telemetry, tool, readings)
    tm.flow(tool, agent, result)
    tm.flow(officer, agent, request)
    tm.flow(agent, officer, answer)
    return tm


def test_a_gauges_readings_carry_no_words_to_hide_instructions_in() -> None:
    """'The gauge outstations send pressure and radar level values ..., not free
    text, so there is nowhere to hide instructions' (set 140)."""
    assert _injection(_gauges()) == []


def test_a_device_named_for_nothing_it_measures_still_counts() -> None:
    """A driver's app or a handheld sends records a person types: still a way in."""
    assert _injection(_gauges(device="Driver app"))


def test_a_gauge_that_sends_documents_still_counts() -> None:
    assert _injection(_gauges(kind="documents"))


def test_a_gauge_a_person_writes_through_still_counts() -> None:
    assert _injection(_gauges(person=True))


def _minibar(*, own_records: bool = False) -> tg.ThreatModel:
    """Set 140's minibars: sensors in guest rooms report to the vendor's cloud, which
    an agent asks through a lookup tool while a guest disputes a charge."""
    tm = tg.ThreatModel("minibar", profile="high")
    events = tg.Data("Minibar sensor events", kind="logs", sensitivity="pii")
    stock = tg.Data("Vendor stock notes", kind="records")
    message = tg.Data("Guest message", kind="prompt", sensitivity="pii")
    reply = tg.Data("Reply", kind="model-output", sensitivity="pii")
    call = tg.Data("Sensor log query", kind="tool-call")
    with tm.boundary("Guest rooms", trust="untrusted"):
        sensors = tm.add(tg.Device("Minibar sensors"))
    with tm.boundary("Internet", trust="untrusted"):
        guest = tm.add(tg.Actor("Hotel guest"))
    with tm.boundary("Vendor cloud", trust="partner"):
        vendor = tm.add(tg.ExternalService("Minibar vendor platform", provides="data-provider"))
    with tm.boundary("Hotel cloud", trust="internal"):
        chat = tm.add(tg.Endpoint("Guest chat"))
        agent = tm.add(tg.Agent("Minibar dispute agent"))
        tool = tm.add(tg.Tool("Sensor log lookup", capabilities={"read"}))
    tm.flow(sensors, vendor, events)
    tm.flow(agent, tool, call)
    tm.flow(tool, vendor, call)
    tm.flow(vendor, tool, events, *([stock] if own_records else []))
    tm.flow(tool, agent, events)
    tm.flow(guest, chat, message)
    tm.flow(chat, agent, message)
    tm.flow(agent, chat, reply)
    tm.flow(chat, guest, reply)
    return tm


def test_a_vendor_relaying_its_sensors_readings_adds_no_words() -> None:
    """'Minibar sensor events are structured telemetry that passes through the vendor
    platform, so hidden instructions in them are far-fetched' (set 140)."""
    assert _injection(_minibar()) == []


def test_a_vendor_that_adds_records_of_its_own_is_still_a_way_in() -> None:
    found = _injection(_minibar(own_records=True))
    assert len(found) == 1
    assert "another company" in found[0].explanation


def _injection(tm: tg.ThreatModel) -> list[tg.findings.Finding]:
    return [f for f in tg.analyze(tm.freeze()).open() if f.rule == INJECTION]


def _meter_reads(*, name: str = "Half-hourly meter reads") -> tg.ThreatModel:
    """Set 59's bill disputes: a partner's meter data service sends read files over
    SFTP to the billing store that an assistant answers customers from."""
    tm = tg.ThreatModel("meter reads", profile="high")
    reads = tg.Data(name, kind="records")
    message = tg.Data("Customer message", kind="prompt", sensitivity="pii")
    reply = tg.Data("Reply", kind="model-output", sensitivity="pii")
    with tm.boundary("Meter data partner", trust="partner"):
        partner = tm.add(tg.DataSource("Meter data service", origin="partner"))
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Utility cloud", trust="internal"):
        billing = tm.add(tg.DataStore("Billing store"))
        agent = tm.add(tg.Agent("Dispute assistant"))
    tm.flow(partner, billing, reads, protocol="sftp")
    tm.flow(billing, agent, reads)
    tm.flow(customer, agent, message)
    tm.flow(agent, customer, reply)
    return tm


def test_a_partners_meter_reads_carry_no_words_either() -> None:
    """'Half-hourly/daily meter read files from a contracted partner ... are
    structured numeric records and an implausible carrier for instructions' (set 59)."""
    assert _injection(_meter_reads()) == []


def test_a_partners_records_named_for_nothing_measured_still_count() -> None:
    assert _injection(_meter_reads(name="Account notes"))


FORGED = "ai/forged-device-readings"


def _gauged_agent(*, device: str = "River level gauge", moves: bool = True) -> tg.ThreatModel:
    """Set 140's flood gates again, with the gate tool the agent moves gates through:
    'spoofed or tampered river level readings ... flow straight into the agent's gate
    proposals' was named missing."""
    tm = _gauges(device=device)
    tm_agent = next(e for e in tm.elements if e.name == "Flood operations agent")
    with tm.boundary("Gate control", trust="internal"):
        gate = tm.add(tg.Tool("Gate movement tool", capabilities={"write"} if moves else {"read"}))
    tm.flow(tm_agent, gate, tg.Data("Gate command", kind="tool-call"), protocol="opc-ua")
    return tm


def test_forged_readings_steer_an_agent_that_moves_gates() -> None:
    found = [f for f in tg.analyze(_gauged_agent().freeze()).open() if f.rule == FORGED]
    assert [f.target.ids for f in found] == [("flood-operations-agent",)]
    assert "the agent acts on them" in found[0].explanation


def test_an_agent_that_only_reads_is_not_steered_by_readings() -> None:
    report = tg.analyze(_gauged_agent(moves=False).freeze())
    assert [f for f in report.open() if f.rule == FORGED] == []


def test_an_app_a_person_types_into_is_no_measuring_device() -> None:
    report = tg.analyze(_gauged_agent(device="Driver app").freeze())
    assert [f for f in report.open() if f.rule == FORGED] == []


def test_a_weather_services_rainfall_forecast_carries_no_words_either() -> None:
    """'The Met Office feed is declared as structured rainfall forecast records, not free
    text the agent would read as instructions' (re-review of the session's additions)."""
    assert _injection(_meter_reads(name="Rainfall forecast")) == []
