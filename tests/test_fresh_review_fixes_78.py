"""Fixes taken from the review of fresh set 78 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round93-fresh78``), and one from set
77's (``v2-round92-fresh77``): each test pins what reviewers struck, and the variants
of the same design on which the finding stays."""

from __future__ import annotations

import pytest

import threatgraph as tg

UNSAFE = "ai/unsafe-model-deserialization"


def _kiln(*, relay_takes_jobs: bool) -> tg.ThreatModel:
    """A vendor's retraining uploads a pickled model to a file transfer server in the
    plant's DMZ, which passes it (and the plant's training extracts the other way) on
    to the on-site model store, from which the model loads it. With
    ``relay_takes_jobs`` the server also takes jobs it does not send on: it runs things
    of its own."""
    tm = tg.ThreatModel("kiln")
    weights = tg.Data("Model file", kind="model-artifact", format="pickle")
    extract = tg.Data("Training extract", kind="training-data")
    with tm.boundary("Vendor cloud", trust="partner"):
        retraining = tm.add(tg.Pipeline("Quarterly retraining", stage="training"))
        scientist = tm.add(tg.Actor("Vendor data scientist"))
    with tm.boundary("Plant DMZ", trust="internal"):
        transfer = tm.add(tg.Service("DMZ file transfer server"))
    with tm.boundary("Plant network", trust="restricted"):
        historian = tm.add(tg.DataStore("Historian"))
        store = tm.add(tg.ModelRegistry("On-site model store"))
        model = tm.add(tg.Model("Fuel mix model", task="regressor"))
    tm.flow(scientist, retraining, tg.Data("Training code", kind="code"))
    tm.flow(historian, transfer, extract, protocol="sftp")
    tm.flow(transfer, retraining, extract, protocol="sftp")
    tm.flow(retraining, transfer, weights, protocol="sftp")
    tm.flow(transfer, store, weights, protocol="sftp")
    tm.flow(store, model, weights)
    if relay_takes_jobs:
        tm.flow(scientist, transfer, tg.Data("Conversion job", kind="code"), protocol="ssh")
    return tm


def _loaders(tm: tg.ThreatModel) -> list[tuple[str, ...]]:
    return [f.target.ids for f in tm.analyze().for_rule(UNSAFE)]


def test_a_file_transfer_server_that_only_passes_files_on_loads_none() -> None:
    """Set 78's kiln reviewer struck the finding on the DMZ server: an SFTP relay
    stores and passes files on and never deserialises them. The finding goes to the
    model that does load the pickle."""
    assert _loaders(_kiln(relay_takes_jobs=False)) == [("fuel-mix-model",)]


def test_a_server_that_also_runs_jobs_of_its_own_still_loads() -> None:
    assert _loaders(_kiln(relay_takes_jobs=True)) == [("dmz-file-transfer-server",)]


@pytest.mark.parametrize("relay_takes_jobs", [False, True])
def test_the_pickle_is_raised_once_either_way(relay_takes_jobs: bool) -> None:
    assert len(_loaders(_kiln(relay_takes_jobs=relay_takes_jobs))) == 1


INJECTION = "ai/indirect-prompt-injection"


def _farm(*, approver_asks: bool) -> tg.ThreatModel:
    """A recipe agent reads growers' notes and the head grower's approvals from one
    store; the head grower, signing in from the internet, is the approver its declared
    approval names. With ``approver_asks`` the head grower also sends it requests."""
    tm = tg.ThreatModel("farm")
    with tm.boundary("Internet", trust="untrusted"):
        head = tm.add(tg.Actor("Head grower", privileged=True))
    with tm.boundary("Farm cloud", trust="internal"):
        app = tm.add(tg.Endpoint("Farm web app", purpose="api"))
        store = tm.add(tg.DataStore("Recipe and notes DB"))
        agent = tm.add(
            tg.Agent(
                "Recipe agent",
                controls={tg.controls.HumanInTheLoop(approver="a head grower, in the web app")},
            )
        )
        llm = tm.add(tg.LLM("Hosted LLM"))
        tool = tm.add(tg.Tool("Recipe push tool", capabilities={"write"}))
    with tm.boundary("Farm site", trust="internal"):
        grower = tm.add(tg.Actor("Grower"))
    notes = tg.Data("Grower notes", kind="documents")
    approval = tg.Data("Approval", kind="records")
    tm.flow(grower, app, notes)
    tm.flow(app, store, notes)
    tm.flow(head, app, approval)
    tm.flow(app, store, approval)
    tm.flow(store, agent, notes, approval)
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"))
    tm.flow(llm, agent, tg.Data("Draft", kind="model-output"))
    tm.flow(agent, tool, tg.Data("Push", kind="tool-call"))
    if approver_asks:
        tm.flow(head, app, tg.Data("Re-plan request", kind="prompt"))
        tm.flow(app, agent, tg.Data("Re-plan request", kind="prompt"))
    return tm


def test_the_agents_own_approver_is_no_source_of_injected_text() -> None:
    """Set 78's farm reviewer struck the finding naming the head grower, the signed-in
    approver whose approvals are structured decisions: the real way in is the growers'
    notes, which the finding now names."""
    (f,) = _farm(approver_asks=False).analyze().for_rule(INJECTION)
    assert "Head grower" not in f.explanation
    assert f.explanation.startswith("What Grower (Farm site, internal), inside the organisation")


def test_an_approver_who_also_asks_it_for_work_stays_a_source() -> None:
    (f,) = _farm(approver_asks=True).analyze().for_rule(INJECTION)
    assert "Head grower" in f.explanation


UNDECLARED = "hygiene/undeclared-protocol"


def _audit(*, reply_protocol: str | None) -> tg.ThreatModel:
    """An audit service in one zone reads contracted rates from a database in another:
    the request declares no protocol, the reply ``reply_protocol``."""
    tm = tg.ThreatModel("audit")
    rates = tg.Data("Contracted rates", kind="records", sensitivity="confidential")
    with tm.boundary("Audit zone", trust="internal"):
        service = tm.add(tg.Service("Audit service"))
    with tm.boundary("Finance zone", trust="restricted"):
        db = tm.add(tg.DataStore("Contract rate database"))
    tm.flow(service, db, tg.Data("Rate query", kind="records", sensitivity="confidential"))
    tm.flow(db, service, rates, protocol=reply_protocol)
    return tm


def test_a_request_whose_reply_declares_the_protocol_is_one_declared_call() -> None:
    """Set 78's freight reviewer struck the listing of request flows whose replies on
    the same calls declare https: the halves of one declared call."""
    assert list(_audit(reply_protocol="https").analyze().for_rule(UNDECLARED)) == []


def test_a_call_declared_in_neither_direction_is_still_listed() -> None:
    (f,) = _audit(reply_protocol=None).analyze().for_rule(UNDECLARED)
    assert "2 declare no protocol" in f.explanation


POISONING = "ai/training-data-poisoning"


def _fuel_dock(*, through_plant: bool) -> tg.ThreatModel:
    """A boater picks a pump at a kiosk; the kiosk service commands the dock controller
    (``through_plant``) or writes the boater's choice straight into the history that the
    leak model is retrained on."""
    tm = tg.ThreatModel("marina")
    with tm.boundary("Public dock", trust="untrusted"):
        boater = tm.add(tg.Actor("Boater"))
    with tm.boundary("Marina network", trust="internal"):
        kiosk = tm.add(tg.Service("Kiosk service"))
        history = tm.add(tg.DataStore("Telemetry history"))
        training = tm.add(tg.Pipeline("Leak model retraining", stage="training"))
        model = tm.add(tg.Model("Leak model", task="detector"))
    with tm.boundary("Dock equipment", trust="restricted"):
        plc = tm.add(tg.Device("Fuel dock PLC", fleet=False))
    choice = tg.Data("Pump choice", kind="records")
    tm.flow(boater, kiosk, choice)
    if through_plant:
        tm.flow(kiosk, plc, tg.Data("Authorise pump", kind="records"), protocol="modbus")
        tm.flow(plc, history, tg.Data("Flow readings", kind="records"), protocol="modbus")
    else:
        tm.flow(kiosk, history, choice)
    tm.flow(history, training, tg.Data("History", kind="training-data"))
    tm.flow(training, model, tg.Data("Weights", kind="model-artifact", format="onnx"))
    return tm


def test_a_way_through_plant_equipment_is_physics_not_data() -> None:
    """Set 77's marina reviewer struck the finding that blamed the boater: a pump
    choice moves the dispenser, whose readings are measured anew."""
    assert list(_fuel_dock(through_plant=True).analyze().for_rule(POISONING)) == []


def test_what_a_person_writes_into_the_history_still_poisons_it() -> None:
    (f,) = _fuel_dock(through_plant=False).analyze().for_rule(POISONING)
    assert "Boater" in f.explanation
