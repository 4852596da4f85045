"""Readings from field devices that nothing authenticates, reaching a model that
predicts or detects at run time (``ai/forged-device-readings``)."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Finding

RULE = "ai/forged-device-readings"


def _bus_estate(
    *,
    protocol: str | None = "mqtt",
    units_trust: str = "partner",
    unit_controls: frozenset[c.Control] = frozenset(),
    second_device: bool = False,
    second_controls: frozenset[c.Control] = frozenset(),
    driver_types: bool = False,
    through_training: bool = False,
    task: str = "regressor",
    profile: str = "low",
) -> tg.ThreatModel:
    """Bus units publish positions to an ingestion job, which fills an online feature
    store a prediction service reads before asking the arrival model. The variants
    change the link, where the units sit, what they declare, and what reads them."""
    tm = tg.ThreatModel("bus arrivals", profile=profile)
    pings = tg.Data("Position pings", kind="records")
    features = tg.Data("Trip features", kind="features")
    with tm.boundary("Field network", trust=units_trust):
        units = tm.add(tg.Device("Bus units", controls=set(unit_controls)))
        counters = (
            tm.add(tg.Device("Passenger counters", controls=set(second_controls)))
            if second_device
            else None
        )
        driver = tm.add(tg.Actor("Driver")) if driver_types else None
    with tm.boundary("Agency cloud", trust="internal"):
        ingest = tm.add(tg.Pipeline("Ping ingestion", stage="ingestion"))
        store = tm.add(tg.FeatureStore("Live features", stores={features}, online=True))
        service = tm.add(tg.Service("Prediction service"))
        model = tm.add(tg.Model("Arrival model", task=task))
        if through_training:
            data = tm.add(tg.Dataset("Ping history", stores={pings}))
            train = tm.add(tg.Pipeline("Nightly training", stage="training"))
    if driver is not None:
        tm.flow(driver, units, tg.Data("Trip sign-on", kind="records"), protocol="local")
    if through_training:
        tm.flow(units, data, pings, protocol=protocol)
        tm.flow(data, train, pings)
        tm.flow(train, model, tg.Data("Weights", kind="model-artifact"))
        return tm
    tm.flow(units, ingest, pings, protocol=protocol)
    if counters is not None:
        tm.flow(counters, ingest, tg.Data("Counts", kind="records"), protocol="https")
    tm.flow(ingest, store, features)
    tm.flow(store, service, features)
    tm.flow(service, model, features)
    return tm


def _found(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def test_unauthenticated_field_devices_feeding_a_live_model_are_raised_once() -> None:
    (f,) = _found(_bus_estate())
    assert f.is_open
    assert f.target.ids == ("arrival-model",)
    assert f.explanation.startswith(
        "Readings from Bus units reach Arrival model (Agency cloud, internal) at run time "
        "over links whose protocol authenticates no device (mqtt), and nothing declared "
        "authenticates the devices;"
    )
    assert [a.ids for a in f.affected] == [("bus-units",), ("bus-units->ping-ingestion",)]
    assert f.stride_letters == "ST"
    assert f.atlas == ("AML.T0043.003", "AML.T0041", "AML.T0031")
    assert f.cwe == ("CWE-290", "CWE-345", "CWE-306")
    assert f.controls_missing == ("mutual_authentication",)


def test_a_device_on_a_partner_network_is_one_step_more_likely_than_one_of_ours() -> None:
    (partner,) = _found(_bus_estate())
    (ours,) = _found(_bus_estate(units_trust="internal"))
    assert partner.likelihood.rank == ours.likelihood.rank + 1


@pytest.mark.parametrize("protocol", ["mtls", "snmpv3", "local", "jdbc-unknown"])
def test_links_that_authenticate_the_device_or_are_unknown_raise_nothing(protocol: str) -> None:
    assert _found(_bus_estate(protocol=protocol)) == []


@pytest.mark.parametrize("protocol", [None, "https", "rtsp", "modbus", "http"])
def test_links_that_do_not_authenticate_the_device_are_raised(protocol: str | None) -> None:
    (f,) = _found(_bus_estate(protocol=protocol))
    assert f"({protocol or 'no protocol declared'})" in f.explanation


def test_a_certificate_per_device_answers_the_finding() -> None:
    (f,) = _found(_bus_estate(unit_controls=frozenset({c.MutualAuthentication()})))
    assert not f.is_open
    assert "the per-device identity declared on them" in f.explanation


def test_a_key_the_devices_hold_only_reduces_it() -> None:
    """Set 29's cold-chain loggers and farm gateways (per-device API keys), and earlier
    designs' MQTT gateways and field-station uploaders: reviewers still listed forged
    readings, since a key lifted from a device in the field speaks for it."""
    (bare,) = _found(_bus_estate())
    (keyed,) = _found(_bus_estate(unit_controls=frozenset({c.Authentication()})))
    assert keyed.is_open
    assert keyed.controls_present == ("authentication",)
    assert keyed.likelihood.rank == bare.likelihood.rank - 1
    assert "checks a credential, not an identity per device" in keyed.explanation


def test_only_the_devices_without_their_own_identity_are_listed_while_one_lacks_it() -> None:
    (f,) = _found(
        _bus_estate(second_device=True, second_controls=frozenset({c.MutualAuthentication()}))
    )
    assert f.is_open
    assert "Readings from Bus units reach" in f.explanation
    assert "Passenger counters" not in f.explanation
    (both,) = _found(_bus_estate(second_device=True))
    assert "Readings from Bus units and Passenger counters reach" in both.explanation
    assert "nothing declared authenticates the devices" in both.explanation
    (mixed,) = _found(
        _bus_estate(second_device=True, second_controls=frozenset({c.Authentication()}))
    )
    assert "nothing declared authenticates some of them, only a credential the others" in (
        mixed.explanation
    )


def test_a_client_device_a_person_types_into_is_not_a_field_device() -> None:
    assert _found(_bus_estate(driver_types=True)) == []


def test_devices_in_an_untrusted_boundary_feeding_a_deciding_model_are_left_to_evasion() -> None:
    estate = _bus_estate(units_trust="untrusted", task="classifier", profile="high")
    assert _found(estate) == []
    report = tg.analyze(estate.freeze())
    (evasion,) = report.for_rule("ai/adversarial-evasion")
    assert evasion.target.ids == ("arrival-model",)


def test_devices_outsiders_hold_feeding_a_model_nobody_would_fool_are_raised_here() -> None:
    # on a low-risk system the evasion finding leaves out a classifier whose job gives
    # nobody a reason to fool it, so what devices outsiders hold send it is said here
    estate = _bus_estate(units_trust="untrusted", task="classifier")
    (f,) = _found(estate)
    assert f.target.ids == ("arrival-model",)
    assert tg.analyze(estate.freeze()).for_rule("ai/adversarial-evasion") == []


def test_devices_in_an_untrusted_boundary_feeding_an_estimate_are_raised_here() -> None:
    # the evasion finding leaves out an estimate nothing high stakes hangs on, so the
    # forged readings of devices outsiders hold are said here, and said once
    estate = _bus_estate(units_trust="untrusted")
    (f,) = _found(estate)
    assert f.target.ids == ("arrival-model",)
    assert [a.ids for a in f.affected] == [("bus-units",), ("bus-units->ping-ingestion",)]
    (partner,) = _found(_bus_estate())
    # sent into a zone trusted more, by devices anyone may hold: no less likely than a
    # partner's
    assert f.likelihood.rank >= partner.likelihood.rank
    assert tg.analyze(estate.freeze()).for_rule("ai/adversarial-evasion") == []


def test_readings_that_reach_the_model_only_through_training_are_not_live() -> None:
    assert _found(_bus_estate(through_training=True)) == []


@pytest.mark.parametrize("task", ["generative", "embedding", "verification"])
def test_models_that_do_not_predict_from_readings_are_left_out(task: str) -> None:
    assert _found(_bus_estate(task=task)) == []


def test_an_llm_is_left_to_the_injection_findings() -> None:
    tm = tg.ThreatModel("llm")
    with tm.boundary("Plant", trust="internal"):
        sensor = tm.add(tg.Device("Sensor"))
        llm = tm.add(tg.LLM("Assistant"))
    tm.flow(sensor, llm, tg.Data("Reading", kind="records"), protocol="mqtt")
    assert _found(tm) == []


def test_the_link_cited_is_the_one_whose_readings_the_gateway_passes_on() -> None:
    """Set 30's turbine controllers send telemetry and command acknowledgements to one
    gateway; the gateway forwards the telemetry toward the detector and the
    acknowledgements to the command service. The finding cited the acknowledgement."""
    tm = tg.ThreatModel("turbines")
    telemetry = tg.Data("Telemetry", kind="records")
    ack = tg.Data("Command acknowledgement", kind="records")
    with tm.boundary("Turbine network", trust="restricted"):
        turbines = tm.add(tg.Device("Turbine controllers"))
        gateway = tm.add(tg.Service("SCADA gateway"))
    with tm.boundary("Operations", trust="internal"):
        ingest = tm.add(tg.Pipeline("Ingestion", stage="ingestion"))
        detector = tm.add(tg.Service("Detector service"))
        model = tm.add(tg.Model("Icing model", task="detector"))
        commands = tm.add(tg.Service("Command service"))
        dashboard = tm.add(tg.Service("Dashboard"))
    # the gateway hands both on; only the telemetry goes the detector's way
    tm.flow(turbines, gateway, ack, protocol="modbus", label="acknowledgement")
    tm.flow(turbines, gateway, telemetry, protocol="modbus", label="telemetry")
    tm.flow(gateway, ingest, telemetry, protocol="tls")
    tm.flow(ingest, detector, telemetry)
    tm.flow(detector, model, tg.Data("Features", kind="features"))
    tm.flow(gateway, commands, ack, protocol="tls")
    tm.flow(commands, dashboard, ack)
    (f,) = _found(tm)
    links = [a.ids for a in f.affected if a.kind == "flow"]
    assert len(links) == 1
    assert links[0][0].endswith("telemetry")


def _recordings(device: str) -> tg.ThreatModel:
    """A student records practice on a device of theirs, which uploads the recording
    over HTTPS to a transcription model whose notes a teacher reads."""
    tm = tg.ThreatModel("practice", profile="low")
    audio = tg.Data("Practice recording", kind="media")
    with tm.boundary("Homes", trust="untrusted"):
        student = tm.add(tg.Actor("Student"))
        app = tm.add(tg.Device(device))
    with tm.boundary("Studio cloud", trust="internal"):
        api = tm.add(tg.Service("Practice API"))
        model = tm.add(tg.Model("Note transcription model", task="detector"))
        teacher = tm.add(tg.Actor("Teacher"))
    tm.flow(student, app, audio, label="plays into the microphone")
    tm.flow(app, api, audio, protocol="https")
    tm.flow(api, model, audio)
    tm.flow(model, teacher, tg.Data("Practice notes", kind="model-output"))
    return tm


def test_a_phone_app_a_person_records_into_is_no_field_sensor() -> None:
    """Struck twice as a role misread (a piano student's practice app, a beekeeper's
    dictation app): what a person records into their own phone is what they chose to
    send, not a sensor's reading someone forges on the way."""
    assert _found(_recordings("Student phone app")) == []
    (f,) = _found(_recordings("Practice room microphone"))
    assert f.target.ids == ("note-transcription-model",)
