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


PASSWORD = "stride/password-only-sign-in"


def _fitting_app(developer_protocol: str) -> tg.ThreatModel:
    """A shop's cloud backend with a password sign-in for the milliner, deployed to by
    a freelance developer."""
    tm = tg.ThreatModel("hat fitting", profile="low")
    with tm.boundary("Internet", trust="untrusted"):
        developer = tm.add(tg.Actor("App developer", role="freelance developer"))
    with tm.boundary("Cloud host", trust="internal"):
        backend = tm.add(
            tg.Service(
                "Fitting app backend",
                internet_facing=True,
                controls={c.Authentication(method="shop account e-mail and password")},
            )
        )
    release = tg.Data("Fitting app release", kind="code", sensitivity="confidential")
    tm.flow(developer, backend, release, protocol=developer_protocol)
    return tm


@pytest.mark.parametrize(("protocol", "raised"), [("ssh", False), ("sftp", False), ("https", True)])
def test_a_developer_deploying_over_ssh_does_not_use_the_web_sign_in(
    protocol: str, raised: bool
) -> None:
    """Set 304's hat maker (struck as wrong: "the App developer reaches the backend over
    SSH, not through the shop account e-mail and password sign-in"): an SSH session
    signs its user in with a key of theirs. Over HTTPS the web sign-in is theirs too."""
    found = [f for f in _fitting_app(protocol).analyze().open() if f.rule == PASSWORD]
    assert bool(found) == raised


INSIDER = "ai/insider-ml-tampering"


def _restorer(role: str) -> tg.ThreatModel:
    """A restorer who labels photos and starts the monthly retraining alone."""
    tm = tg.ThreatModel("piano restoration", profile="low")
    photos = tg.Data("Labelled soundboard photos", kind="training-data")
    weights = tg.Data("Crack detector weights", kind="model-artifact", format="pickle")
    with tm.boundary("Workshop", trust="internal"):
        person = tm.add(tg.Actor("Restorer", role=role, privileged=True))
        train = tm.add(tg.Pipeline("Monthly retraining", stage="training"))
        model = tm.add(tg.Model("Crack detector", task="detector"))
    tm.flow(person, train, photos)
    tm.flow(train, model, weights)
    return tm


@pytest.mark.parametrize(
    ("role", "raised"),
    [
        ("workshop owner", False),
        ("owner and repairer", False),
        ("cheesemaker and owner", False),
        ("farrier (business owner)", False),
        ("model owner", True),
        ("ML engineer", True),
    ],
)
def test_the_owner_of_a_workshop_needs_no_second_approver(role: str, raised: bool) -> None:
    """Set 306's piano restorer (struck as wrong: "the Restorer is the workshop owner;
    a second approver against the business owner makes no sense"): the business
    owner's roles are written in more ways than ``owner`` and ``shop owner``."""
    found = [f for f in _restorer(role).analyze().open() if f.rule == INSIDER]
    assert bool(found) == raised


FORGED = "ai/forged-device-readings"


def _mill(label: str, protocol: str | None) -> tg.ThreatModel:
    """Sensors on the millstones report to an edge gateway that sends the readings on
    to a wear model in the cloud."""
    tm = tg.ThreatModel("watermill", profile="high")
    readings = tg.Data("Stone vibration readings", kind="records")
    with tm.boundary("Mill", trust="internal"):
        sensors = tm.add(tg.Device("Millstone vibration sensors", fleet=False))
        gateway = tm.add(tg.Service("Mill edge gateway"))
    with tm.boundary("Cloud tenancy", trust="internal"):
        api = tm.add(tg.Service("Readings API"))
        model = tm.add(tg.Model("Stone wear model", task="regressor", high_stakes=True))
    tm.flow(sensors, gateway, readings, label=label, protocol=protocol)
    tm.flow(gateway, api, readings, protocol="https")
    tm.flow(api, model, readings)
    tm.flow(model, api, tg.Data("Wear estimate", kind="model-output"))
    return tm


@pytest.mark.parametrize(
    ("label", "protocol"),
    [
        ("wired to the gateway's ADC board", None),
        ("RS-485", "modbus"),
        ("wired pulse input", None),
        ("4-20 mA loop", None),
        ("site Wi-Fi", "mqtt"),
        ("RS-485 converter to the LAN", "modbus-tcp"),
    ],
)
def test_sensors_wired_into_the_box_they_report_to_have_no_link_to_forge(
    label: str, protocol: str | None
) -> None:
    """Set 306's watermill and windmill (struck: "device authentication is meaningless
    for analogue accelerometers wired into an ADC board"; "RS-485 and pulse-counter
    wiring inside the mill"): reaching such a link is reaching the wire, in the site
    itself. A network link (MQTT over the site Wi-Fi, Modbus over TCP) stays."""
    found = [f for f in _mill(label, protocol).analyze().open() if f.rule == FORGED]
    wired = protocol in (None, "modbus")
    assert bool(found) != wired


LABELS = "ai/label-manipulation"


def _tuning_bench(*, from_instrument: bool) -> tg.ThreatModel:
    """A bench app sends reference pitches with the recordings to the training set."""
    tm = tg.ThreatModel("reed tuning", profile="low")
    pitches = tg.Data("Reference pitches", kind="labels")
    clips = tg.Data("Reed recordings", kind="training-data")
    with tm.boundary("Workshop", trust="internal"):
        tuner = tm.add(tg.Actor("Tuner", role="reed tuner"))
        app = tm.add(tg.Service("Bench tuning app"))
        data = tm.add(tg.Dataset("Reed training set", stores={pitches, clips}))
        train = tm.add(tg.Pipeline("Fine-tuning script", stage="training"))
        if from_instrument:
            strobe = tm.add(tg.Device("Strobe tuner"))
            tm.flow(strobe, app, pitches, protocol="usb")
            tm.flow(tuner, app, tg.Data("Reed position", kind="records"))
        else:
            tm.flow(tuner, app, pitches)
    tm.flow(app, data, pitches, clips)
    tm.flow(data, train, pitches, clips)
    return tm


@pytest.mark.parametrize("from_instrument", [True, False])
def test_labels_an_instrument_measured_are_not_written_by_people(from_instrument: bool) -> None:
    """Set 306's accordion workshop (struck: "the labels are strobe tuner readings
    captured over USB, not values people type"): labels a tool passes on as a device
    sent them are measured. The same labels typed by the tuner are still written."""
    found = [
        f
        for f in _tuning_bench(from_instrument=from_instrument).analyze().open()
        if f.rule == LABELS
    ]
    assert bool(found) != from_instrument


DIRECT = "ai/prompt-injection-direct"


def _climate_agent(*, privileged: bool) -> tg.ThreatModel:
    """A farm's climate agent the owner chats with from home."""
    tm = tg.ThreatModel("snail farm", profile="low")
    with tm.boundary("Internet", trust="untrusted"):
        owner = tm.add(tg.Actor("Farm owner", role="owner", privileged=privileged))
    with tm.boundary("Farm LAN", trust="internal"):
        agent = tm.add(tg.Agent("Climate agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Misting tool", capabilities={"write"}))
    tm.flow(owner, agent, tg.Data("Owner question", kind="prompt"))
    tm.flow(agent, owner, tg.Data("Agent answer", kind="model-output"))
    tm.flow(agent, tool, tg.Data("Misting schedule", kind="tool-call"))
    return tm


@pytest.mark.parametrize("privileged", [True, False])
def test_the_people_who_run_an_agent_are_no_one_to_jailbreak_it(privileged: bool) -> None:
    """Set 307's snail farm (struck as wrong: "the only person who prompts the agent is
    the Farm owner, who is privileged and owns the system; reaching it from the
    Internet does not make the owner an adversary"). Anyone else on the internet who
    can prompt it still can."""
    report = _climate_agent(privileged=privileged).analyze()
    found = [f for f in report.open() if f.rule == DIRECT]
    assert bool(found) != privileged


SWAP = "ai/unsigned-model-to-serving"


def test_a_model_swap_names_where_the_files_come_from_behind_their_loader() -> None:
    """Set 308's linen mill (its reviewer missed that a pickle pulled from the cloud
    registry runs code on the mill server): the finding named only the scoring service
    that hands the file to the model. It names the registry behind it too."""
    tm = tg.ThreatModel("linen mill", profile="low")
    weights = tg.Data("Warp break model artifact", kind="model-artifact", format="pickle")
    with tm.boundary("Company cloud", trust="internal"):
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
    with tm.boundary("Mill server room", trust="internal"):
        service = tm.add(tg.Service("Break risk scoring service"))
        model = tm.add(tg.Model("Warp break model", task="classifier"))
    tm.flow(registry, service, weights, protocol="https")
    tm.flow(service, model, weights)
    tm.flow(service, model, tg.Data("Loom features", kind="features"), id="features")
    tm.flow(model, service, tg.Data("Break risk", kind="model-output"))
    found = [f for f in tm.analyze().open() if f.rule == SWAP]
    assert len(found) == 1
    assert (
        "loaded from Break risk scoring service, which gets the files from Model registry"
        in found[0].explanation
    )


INDIRECT = "ai/indirect-prompt-injection"


def _token_assistant(*, privileged: bool) -> tg.ThreatModel:
    """A signal box assistant answers from the rule book an operations manager uploads."""
    tm = tg.ThreatModel("heritage railway", profile="high")
    rules = tg.Data("Rule book pages", kind="documents")
    with tm.boundary("Railway office", trust="internal"):
        manager = tm.add(
            tg.Actor("Operations manager", role="operations manager", privileged=privileged)
        )
        signaller = tm.add(tg.Actor("Signaller", role="signaller"))
        index = tm.add(tg.VectorStore("Rule book index", stores={rules}))
        agent = tm.add(tg.Agent("Token assistant agent", autonomy="supervised"))
        register = tm.add(tg.Tool("Train register tool", capabilities={"write"}))
    tm.flow(manager, index, rules)
    tm.flow(index, agent, tg.Data("Rule book passages", kind="retrieved-context"))
    tm.flow(signaller, agent, tg.Data("Signaller question", kind="prompt"))
    tm.flow(agent, signaller, tg.Data("Answer", kind="model-output"))
    tm.flow(agent, register, tg.Data("Register entry", kind="tool-call"))
    return tm


@pytest.mark.parametrize("privileged", [True, False])
def test_what_the_people_who_run_an_agent_upload_is_no_injection(privileged: bool) -> None:
    """Set 312's heritage railway (struck as wrong: "it treats the privileged internal
    operations manager's rule-book uploads as the untrusted source, when that person
    can already change the rule book"). A colleague not declared privileged is still
    named, for their account or themselves."""
    report = _token_assistant(privileged=privileged).analyze()
    found = [f for f in report.open() if f.rule == INDIRECT]
    assert bool(found) != privileged
