"""Changes taken from reviewers' verdicts on held-out sets 301 and later, made in the
session of 2026-12-06 (thirty-seventh)."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c
from threatgraph.protocols import PROTOCOLS, lookup


def _remote_support(protocol: str) -> tg.ThreatModel:
    """A camera integrator's remote-support service reaching into the line PC."""
    tm = tg.ThreatModel("stave line")
    session = tg.Data("Remote support session", kind="records", sensitivity="confidential")
    with tm.boundary("Vision integrator", trust="partner"):
        support = tm.add(tg.ExternalService("Integrator remote support"))
    with tm.boundary("Shop floor OT network", trust="internal"):
        pc = tm.add(tg.Service("Line inference PC"))
    tm.flow(support, pc, session, protocol=protocol)
    return tm


@pytest.mark.parametrize("written", ["teamviewer", "TeamViewer", "anydesk"])
def test_remote_support_tools_encrypt_their_sessions(written: str) -> None:
    """Set 303's cooperage (struck as wrong: "TeamViewer is a declared protocol and
    encrypts sessions end to end"): the integrator's TeamViewer session was listed as a
    protocol threatgraph does not know."""
    found = lookup(written)
    assert found is not None
    assert found.encrypted
    assert not found.client_authenticated  # an ID and a password, not a certificate
    rules = {f.rule for f in _remote_support(written).analyze().open()}
    assert "hygiene/undeclared-protocol" not in rules
    assert "stride/unencrypted-boundary-crossing" not in rules
    assert not PROTOCOLS["vnc"].encrypted


PRIVILEGED = "stride/privileged-actor-access"


def _lift(label: str) -> tg.ThreatModel:
    """A lift engineer who stops the lift at the control desk."""
    tm = tg.ThreatModel("chairlift", profile="high")
    with tm.boundary("Drive station", trust="internal"):
        engineer = tm.add(tg.Actor("Lift engineer", role="lift engineer", privileged=True))
    with tm.boundary("Lift control cabinet", trust="restricted"):
        plc = tm.add(tg.Service("Lift drive PLC"))
    tm.flow(
        engineer,
        plc,
        tg.Data("Lift stop command", kind="records", sensitivity="internal"),
        label=label,
    )
    return tm


@pytest.mark.parametrize(
    ("label", "raised"),
    [
        ("stop button on the control desk", False),
        ("hardwired e-stop", False),
        ("emergency stop", False),
        ("stop command from the engineering laptop", True),
    ],
)
def test_a_hardwired_stop_button_is_no_account_to_steal(label: str, raised: bool) -> None:
    """Set 303's chairlift (struck as wrong: "the path to the lift drive PLC is a
    hardwired stop button on the control desk, with no account that could be stolen"):
    a person pressing a button on the desk meets the controller in person."""
    found = [f for f in _lift(label).analyze().open() if f.rule == PRIVILEGED]
    assert bool(found) == raised


LOOP = "ai/feedback-loop"


def _cask_warehouse(*, model_gets_file: bool) -> tg.ThreatModel:
    """A nightly job loads the anomaly model's file from the registry and scores casks
    with it; the flags it writes start investigations, whose outcomes retrain it."""
    tm = tg.ThreatModel("bonded warehouse", profile="high")
    weights = tg.Data("Loss model artifact", kind="model-artifact", format="pickle")
    flags = tg.Data("Abnormal loss flags", kind="model-output", sensitivity="confidential")
    outcomes = tg.Data("Investigation outcomes", kind="labels", sensitivity="confidential")
    with tm.boundary("Distillery cloud", trust="internal"):
        model = tm.add(tg.Model("Cask loss anomaly model", task="detector"))
        job = tm.add(tg.Service("Nightly loss scoring job"))
        ledger = tm.add(tg.DataStore("Excise ledger", stores={flags, outcomes}))
        train = tm.add(tg.Pipeline("Monthly retraining", stage="training"))
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
        dashboard = tm.add(tg.Service("Manager dashboard", controls={c.Authentication()}))
    with tm.boundary("Office", trust="internal"):
        manager = tm.add(tg.Actor("Warehouse manager", role="warehouse manager"))
    tm.flow(train, registry, weights)
    tm.flow(registry, model if model_gets_file else job, weights)
    tm.flow(job, model, tg.Data("Cask readings", kind="records"))
    tm.flow(model, job, flags)
    tm.flow(job, dashboard, flags)
    tm.flow(dashboard, manager, flags)
    tm.flow(manager, dashboard, outcomes)
    tm.flow(dashboard, ledger, outcomes)
    tm.flow(job, ledger, flags)
    tm.flow(ledger, train, outcomes)
    return tm


@pytest.mark.parametrize("model_gets_file", [True, False])
def test_a_model_whose_runner_loads_its_file_is_the_one_its_job_retrains(
    model_gets_file: bool,
) -> None:
    """Set 303's whisky warehouse (one finding only; its reviewer missed, among others,
    that investigation outcomes on the model's own flags become its labels): the
    scoring job loads the model file from the registry and calls the model, so the
    retraining job's model was not found and no loop was raised. The same loop is
    raised whether the registry's flow goes to the model or to the job that runs it."""
    report = _cask_warehouse(model_gets_file=model_gets_file).analyze()
    loops = [f for f in report.open() if f.rule == LOOP]
    assert len(loops) == 1
    assert "Cask loss anomaly model" in loops[0].explanation
