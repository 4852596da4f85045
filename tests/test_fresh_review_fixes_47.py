"""Fixes taken from the verdicts recorded on fresh sets up to 46
(``benchmarks/quality/reviews``): each test pins what reviewers struck, and the variant
of the same design on which the verdict goes the other way."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding

EVASION = "ai/adversarial-evasion"
FORGED = "ai/forged-device-readings"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _kiosk(*, to_assistant: bool) -> tg.ThreatModel:
    """A station kiosk transcribes a traveller's question on the kiosk and sends the
    transcript through its gateway to the assistant service that prompts an LLM; in the
    variant the gateway files the transcript in a support queue people read."""
    tm = tg.ThreatModel("kiosk")
    speech = tg.Data("Traveller speech", kind="media")
    question = tg.Data("Travel question", kind="prompt")
    with tm.boundary("Station", trust="untrusted"):
        traveller = tm.add(tg.Actor("Traveller"))
    with tm.boundary("Kiosk", trust="internal"):
        app = tm.add(tg.Service("Kiosk app"))
        stt = tm.add(tg.Model("Speech recogniser", task="generative"))
    with tm.boundary("Cloud", trust="internal"):
        gateway = tm.add(tg.Endpoint("Kiosk gateway"))
        if to_assistant:
            orchestrator = tm.add(tg.Service("Assistant orchestrator"))
            llm = tm.add(tg.LLM("Hosted LLM"))
        else:
            queue = tm.add(tg.DataStore("Support queue"))
            staff = tm.add(tg.Actor("Support staff"))
    tm.flow(traveller, app, speech)
    tm.flow(app, stt, speech)
    tm.flow(stt, app, question)
    tm.flow(app, gateway, question, protocol="https")
    if to_assistant:
        tm.flow(gateway, orchestrator, question)
        tm.flow(orchestrator, llm, tg.Data("Prompt with context", kind="prompt"))
        tm.flow(llm, orchestrator, tg.Data("Answer", kind="model-output"))
    else:
        tm.flow(gateway, queue, question)
        tm.flow(queue, staff, question)
    return tm


def test_a_transcript_passed_on_to_the_assistant_is_left_to_the_injection_findings() -> None:
    """Struck as boilerplate on a station kiosk's speech recogniser and a meeting bot's
    speech-to-text model: the speaker can say the words, and adversarial audio only
    changes their own transcript, which reaches the LLM as the same data a few hops on.
    Steering what the LLM reads is the injection findings' part."""
    assert _open(_kiosk(to_assistant=True), EVASION) == []


def test_a_transcript_no_llm_reads_still_counts() -> None:
    """The same recogniser whose transcript only people read: nothing else raises what a
    crafted input makes it write, so the evasion finding stays."""
    (f,) = _open(_kiosk(to_assistant=False), EVASION)
    assert f.target.ids == ("speech-recogniser",)


def _toll(*, task: str, high_stakes: bool = False) -> tg.ThreatModel:
    """Roadside readers in the field report transponder reads over SNMP to a collector
    that feeds a congestion model; the readers' own integrity is not declared."""
    tm = tg.ThreatModel("toll")
    reads = tg.Data("Transponder reads", kind="telemetry")
    with tm.boundary("Roadside", trust="untrusted"):
        transponder = tm.add(tg.Device("Vehicle transponder"))
    with tm.boundary("Field network", trust="internal"):
        reader = tm.add(tg.Device("Roadside reader"))
    with tm.boundary("Operations", trust="internal"):
        collector = tm.add(tg.Service("Collector"))
        model = tm.add(tg.Model("Congestion model", task=task, high_stakes=high_stakes))
        operator = tm.add(tg.Actor("Traffic operator"))
    tm.flow(transponder, reader, reads, protocol="rfid")
    tm.flow(reader, collector, reads, protocol="snmp")
    tm.flow(collector, model, reads)
    tm.flow(model, operator, tg.Data("Forecast", kind="predictions"))
    return tm


def test_a_forecaster_fed_only_by_devices_is_one_forged_readings_finding() -> None:
    """Struck as a duplicate on a toll congestion forecaster: a transponder can only
    produce or suppress reads, and spoofed or replayed readings moving the forecast were
    already raised as forged device readings on the same model."""
    tm = _toll(task="regressor")
    assert [f.target.ids for f in _open(tm, FORGED)] == [("congestion-model",)]
    assert _open(tm, EVASION) == []


def test_a_detector_fed_by_devices_keeps_its_evasion_finding() -> None:
    """A detector decides something a crafted input can flip (a plate reader, a theft
    detector): both findings stay."""
    tm = _toll(task="detector")
    assert _open(tm, FORGED)
    (f,) = _open(tm, EVASION)
    assert f.target.ids == ("congestion-model",)


def test_a_high_stakes_forecaster_keeps_its_evasion_finding() -> None:
    """Where the forecast is high stakes (it sets prices or drives equipment), the
    evasion finding stays beside the forged readings."""
    tm = _toll(task="regressor", high_stakes=True)
    assert _open(tm, FORGED)
    assert _open(tm, EVASION)
