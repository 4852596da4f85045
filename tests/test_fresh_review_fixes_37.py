"""Fixes taken from the reviews of fresh set 37 and earlier sets
(``benchmarks/quality/fresh``, reviewed while held out): each test pins what a
reviewer struck or listed as missing, and the variant of the same design on which the
verdict goes the other way."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c
from threatgraph.findings import Finding

DESERIALIZATION = "ai/unsafe-model-deserialization"
SOURCE = "ai/untrusted-model-source"
INSIDER = "ai/insider-ml-tampering"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _all(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == rule]


def _hub_pull(
    *,
    store: type[tg.DataStore] | type[tg.ModelRegistry] | None,
    fmt: str,
    store_controls: frozenset[c.Control] = frozenset(),
) -> tg.ThreatModel:
    """Weights come from a public model hub into a cache (or registry) of ours, and the
    model loads them from there; with ``store=None`` the model takes them from the hub
    itself."""
    tm = tg.ThreatModel("hub pull")
    weights = tg.Data("Weights", kind="model-artifact", format=fmt)
    with tm.boundary("Third parties", trust="partner"):
        hub = tm.add(tg.ExternalService("Model hub", provides="model-hub"))
    with tm.boundary("Cluster", trust="internal"):
        model = tm.add(tg.Model("Model under test", task="generative", origin="open-weights"))
        if store is None:
            tm.flow(hub, model, weights, protocol="https")
        else:
            cache = tm.add(store("Model cache", stores={weights}, controls=store_controls))
            tm.flow(hub, cache, weights, protocol="https")
            tm.flow(cache, model, weights)
    return tm


def test_files_a_cache_takes_from_the_hub_are_loaded_by_the_model() -> None:
    """Listed as missing on a public model leaderboard, a fine-tuning platform and a model
    hub's demo hosting: the hub writes into a cache of ours and the model loads from it.
    The cache only keeps files, so the loading (and the finding) is the model's, one step
    more likely because the files come from outside."""
    (f,) = _open(_hub_pull(store=tg.DataStore, fmt="unknown"), DESERIALIZATION)
    assert f.target.ids == ("model-under-test",)
    direct = _open(_hub_pull(store=None, fmt="unknown"), DESERIALIZATION)
    assert [x.likelihood for x in direct] == [f.likelihood]
    assert "AML.T0010.003" in f.atlas


def test_a_safe_format_in_the_cache_loads_no_code() -> None:
    assert _open(_hub_pull(store=tg.DataStore, fmt="safetensors"), DESERIALIZATION) == []


def test_weights_mirrored_from_a_hub_are_a_pull_from_the_hub() -> None:
    """Listed as missing on nine designs whose hub writes into a registry or mirror of
    ours: a backdoored base model was nowhere, because no loader took weights straight
    from the hub. The finding names the hub and the registry it comes through."""
    (f,) = _open(_hub_pull(store=tg.ModelRegistry, fmt="safetensors"), SOURCE)
    assert f.target.ids == ("model-under-test",)
    assert "from Model hub through Model cache" in f.explanation
    assert "flow:model-hub->model-cache" in {a.key for a in f.affected}


def test_provenance_checked_where_the_mirror_pulls_counts() -> None:
    tm = _hub_pull(
        store=tg.ModelRegistry,
        fmt="safetensors",
        store_controls=frozenset({c.ProvenanceTracking()}),
    )
    assert _open(tm, SOURCE) == []
    (f,) = _all(tm, SOURCE)
    assert "provenance_tracking" in f.controls_present


def test_a_registry_our_own_training_fills_is_no_pull() -> None:
    tm = tg.ThreatModel("own")
    weights = tg.Data("Weights", kind="model-artifact", format="safetensors")
    with tm.boundary("Cluster", trust="internal"):
        job = tm.add(tg.Pipeline("Training", stage="training"))
        registry = tm.add(tg.ModelRegistry("Registry", stores={weights}))
        model = tm.add(tg.Model("Model", task="classifier"))
    tm.flow(job, registry, weights)
    tm.flow(registry, model, weights)
    assert _all(tm, SOURCE) == []


def _leaderboard(*, gate: bool, purpose: str = "evaluation") -> tg.ThreatModel:
    """A maintainer curates a held-out test set that an evaluation job scores models on.
    The scores go to a results store (a leaderboard); in the variant the job also
    promotes the models that pass into a registry."""
    tm = tg.ThreatModel("leaderboard")
    items = tg.Data("Benchmark items", kind="training-data", sensitivity="confidential")
    with tm.boundary("Cluster", trust="internal"):
        maintainer = tm.add(tg.Actor("Maintainer", privileged=True))
        tests = tm.add(tg.Dataset("Held-out set", purpose=purpose, stores={items}))
        job = tm.add(tg.Pipeline("Evaluation", stage="evaluation"))
        model = tm.add(tg.Model("Candidate", task="generative"))
        results = tm.add(tg.DataStore("Results"))
    tm.flow(maintainer, tests, items, protocol="ssh")
    tm.flow(tests, job, items)
    tm.flow(job, model, tg.Data("Test prompts", kind="prompt"))
    tm.flow(model, job, tg.Data("Answers", kind="model-output"))
    tm.flow(job, results, tg.Data("Scores", kind="records"))
    if gate:
        with tm.boundary("Cluster"):
            registry = tm.add(tg.ModelRegistry("Registry"))
        tm.flow(job, registry, tg.Data("Promoted model", kind="model-artifact"))
    return tm


def test_a_test_set_scored_for_a_leaderboard_changes_no_model() -> None:
    """Struck as wrong on a public leaderboard: the held-out sets are only used to score
    submissions, so changing them ships no poisoned or swapped model."""
    assert _all(_leaderboard(gate=False), INSIDER) == []


def test_a_test_set_that_gates_promotion_decides_which_model_serves() -> None:
    (f,) = _all(_leaderboard(gate=True), INSIDER)
    assert f.target.ids == ("maintainer",)


MEMORY = "ai/agent-memory-poisoning"


def _game(*, replays_grants: bool) -> tg.ThreatModel:
    """Players chat with an agent whose tool asks the game server to grant gold; the
    server records grants in the economy database and sends the agent the player's
    quest state (in the variant, the grant records themselves)."""
    tm = tg.ThreatModel("game")
    chat = tg.Data("Player chat", kind="prompt")
    grants = tg.Data("Grants", kind="records")
    state = tg.Data("Quest state", kind="records")
    with tm.boundary("Internet", trust="untrusted"):
        player = tm.add(tg.Actor("Player"))
    with tm.boundary("Game", trust="internal"):
        agent = tm.add(tg.Agent("NPC agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Reward tool", capabilities={"write"}))
        server = tm.add(tg.Service("Game server"))
        db = tm.add(tg.DataStore("Economy database", stores={grants, state}))
    tm.flow(player, agent, chat, protocol="wss")
    tm.flow(agent, player, tg.Data("Reply", kind="model-output"), protocol="wss")
    tm.flow(agent, tool, tg.Data("Grant call", kind="tool-call"))
    tm.flow(tool, server, tg.Data("Grant request", kind="tool-call"))
    tm.flow(server, db, grants)
    tm.flow(db, server, grants, state)
    tm.flow(server, agent, grants if replays_grants else state)
    return tm


def test_records_a_service_writes_but_never_replays_are_no_memory() -> None:
    """Struck as wrong on a game's economy database: the server records the gold the
    agent granted, but what it sends the agent is the player's quest state, which no
    steered write touched."""
    assert _all(_game(replays_grants=False), MEMORY) == []


def test_records_a_service_replays_into_the_agent_are_still_records() -> None:
    """Replayed to the agent, the grants are the server's records of what the reward
    tool was asked: the fields of a call, which the tool findings say, not a memory the
    agent keeps (struck on rosters, rate logs and dispatch records the agent's tools
    write)."""
    assert _open(_game(replays_grants=True), MEMORY) == []


FORGED = "ai/forged-device-readings"


def _edge_box(*, second_camera: bool) -> tg.ThreatModel:
    """Cameras stream over RTSP to an edge box that runs two detectors; in the variant
    the second detector has cameras of its own."""
    tm = tg.ThreatModel("edge")
    video = tg.Data("Video", kind="media", sensitivity="confidential")
    with tm.boundary("Site", trust="internal"):
        cams = tm.add(tg.Device("Cameras", fleet=True))
        box = tm.add(tg.Service("Edge box"))
        phase = tm.add(tg.Model("Phase model", task="classifier"))
        counter = tm.add(tg.Model("Counter", task="detector", high_stakes=True))
        nurse = tm.add(tg.Actor("Nurse"))
        other = tm.add(tg.Device("Other cameras", fleet=True)) if second_camera else None
    tm.flow(cams, box, video, protocol="rtsp")
    out = tg.Data("Output", kind="model-output", sensitivity="confidential")
    tm.flow(box, counter, video)
    tm.flow(counter, box, out)
    if other is None:
        tm.flow(box, phase, video)
    else:
        tm.flow(other, phase, video, protocol="rtsp")
    tm.flow(phase, box, out)
    tm.flow(box, nurse, out, protocol="https")
    return tm


def test_models_fed_by_the_same_cameras_share_one_finding() -> None:
    """Struck as a duplicate on an operating room's edge box: the same cameras, the same
    link and the same fix, once for each of the two models the box runs."""
    (f,) = _all(_edge_box(second_camera=False), FORGED)
    assert f.target.ids == ("counter",)
    assert "(and Phase model)" in f.explanation
    assert "element:phase-model" in {a.key for a in f.affected}


def test_models_fed_by_different_cameras_keep_their_own() -> None:
    found = _all(_edge_box(second_camera=True), FORGED)
    assert sorted(x for f in found for x in f.target.ids) == ["counter", "phase-model"]


EVASION = "ai/adversarial-evasion"


def _moderation(controls: frozenset[c.Control]) -> tg.ThreatModel:
    """Sellers post listings through an API; a classifier decides which get published.
    The API declares the given controls."""
    tm = tg.ThreatModel("moderation")
    listing = tg.Data("Listing", kind="records", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        seller = tm.add(tg.Actor("Seller"))
    with tm.boundary("Marketplace", trust="internal"):
        api = tm.add(tg.Endpoint("Listing API", purpose="api", controls=controls))
        model = tm.add(tg.Model("Listing classifier", task="classifier"))
    tm.flow(seller, api, listing, protocol="https")
    tm.flow(api, model, listing)
    tm.flow(model, api, tg.Data("Verdict", kind="model-output"))
    return tm


def test_input_checks_lower_evasion_without_closing_it() -> None:
    """Reviewers of ten designs (a listing moderator, a toxicity filter, a claims
    photo model, a trade-in appraiser among them) listed evasion as missing where
    format checks on the way in had marked it mitigated: crafted inputs are valid
    inputs."""
    (f,) = _all(_moderation(frozenset({c.InputValidation()})), EVASION)
    assert f.status is tg.Status.OPEN
    assert f.controls_present == ("input_validation",)
    assert f.status_reason is not None
    assert "no primary control" in f.status_reason
    (bare,) = _all(_moderation(frozenset()), EVASION)
    assert f.likelihood < bare.likelihood


def test_adversarial_training_still_answers_evasion() -> None:
    (f,) = _all(_moderation(frozenset({c.InputValidation()})), EVASION)
    tm = _moderation(frozenset({c.InputValidation(), c.AdversarialTraining()}))
    (g,) = _all(tm, EVASION)
    assert g.status is tg.Status.MITIGATED
    assert f.id == g.id


UNSIGNED = "ai/unsigned-model-to-serving"


def _edge_updates(*, box_forwards: bool) -> tg.ThreatModel:
    """An edge box pulls model updates from a vendor's registry and runs a detector on
    camera frames; in the variant the box hands the files on to the detector itself."""
    tm = tg.ThreatModel("edge updates")
    weights = tg.Data("Model package", kind="model-artifact", format="onnx")
    frames = tg.Data("Frames", kind="media", sensitivity="confidential")
    with tm.boundary("Vendor cloud", trust="partner"):
        registry = tm.add(tg.ModelRegistry("Vendor registry", stores={weights}))
    with tm.boundary("Site", trust="restricted"):
        cams = tm.add(tg.Device("Cameras", fleet=True))
        box = tm.add(tg.Service("Edge box"))
        model = tm.add(tg.Model("Counter", task="detector", high_stakes=True))
        nurse = tm.add(tg.Actor("Nurse"))
    tm.flow(registry, box, weights, protocol="https")
    tm.flow(cams, box, frames, protocol="rtsp")
    tm.flow(box, model, frames, weights) if box_forwards else tm.flow(box, model, frames)
    tm.flow(model, box, tg.Data("Counts", kind="model-output"))
    tm.flow(box, nurse, tg.Data("Display", kind="model-output"), protocol="https")
    return tm


def test_updates_the_host_pulls_are_the_models_it_runs() -> None:
    """Listed as missing on set 37's operating-room edge box and on seven tuned designs
    whose device or service pulls the model files for the model it runs: the files never
    reach the model element itself, so no way to swap them was found."""
    (f,) = _all(_edge_updates(box_forwards=False), UNSIGNED)
    assert f.target.ids == ("counter",)
    assert "flow:vendor-registry->edge-box" in {a.key for a in f.affected}


def test_files_handed_on_to_the_model_are_found_as_before() -> None:
    (f,) = _all(_edge_updates(box_forwards=True), UNSIGNED)
    assert f.target.ids == ("counter",)


def _interpreter() -> tg.ThreatModel:
    """A visitor's speech goes through an orchestrator to a vendor's speech recognition,
    translation and speech synthesis models, and the translation comes back to the
    clinician. (A patient would not do: a model only patients feed serves them, and
    evasion is not raised on it.)"""
    tm = tg.ThreatModel("interpreter", profile="high")
    speech = tg.Data("Speech", kind="media", sensitivity="regulated")
    text = tg.Data("Text", kind="model-output", sensitivity="regulated")
    with tm.boundary("Ward", trust="untrusted"):
        patient = tm.add(tg.Actor("Visitor"))
    with tm.boundary("Hospital", trust="internal"):
        clinician = tm.add(tg.Actor("Clinician"))
        orchestrator = tm.add(tg.Service("Orchestrator"))
    with tm.boundary("Vendor", trust="partner"):
        models = [
            tm.add(tg.Model(n, task="generative", origin="third-party-api"))
            for n in ("Speech recognition", "Translation", "Speech synthesis")
        ]
    tm.flow(patient, orchestrator, speech, protocol="wss")
    for m in models:
        tm.flow(orchestrator, m, speech, protocol="https")
        tm.flow(m, orchestrator, text, protocol="https")
    tm.flow(orchestrator, clinician, text, protocol="https")
    return tm


def test_models_chained_behind_one_caller_share_one_evasion_finding() -> None:
    """Struck as duplicates on set 38's interpreting app: the same patient's input,
    through the same orchestrator, raised once per vendor model of one chain."""
    (f,) = _all(_interpreter(), EVASION)
    assert f.target.ids == ("speech-recognition",)
    assert "(and Speech synthesis and Translation)" in f.explanation
    assert {"element:speech-synthesis", "element:translation"} <= {a.key for a in f.affected}


FAIRNESS = "profile/high/fairness"


def _speech_model(task: str) -> tg.ThreatModel:
    """A high-stakes model of the given task takes patients' regulated speech."""
    tm = tg.ThreatModel("speech", profile="high")
    speech = tg.Data("Speech", kind="media", sensitivity="regulated")
    with tm.boundary("Hospital", trust="internal"):
        service = tm.add(tg.Service("Orchestrator"))
        model = tm.add(tg.Model("Speech model", task=task, high_stakes=True))
        clinician = tm.add(tg.Actor("Clinician"))
    tm.flow(service, model, speech)
    tm.flow(model, service, tg.Data("Result", kind="model-output", sensitivity="regulated"))
    tm.flow(service, clinician, tg.Data("Shown", kind="model-output", sensitivity="regulated"))
    return tm


def test_a_translation_model_decides_about_no_one() -> None:
    """Struck as wrong on set 38's interpreting app: a translation model makes no
    decision about the people whose words it translates."""
    assert _all(_speech_model("generative"), FAIRNESS) == []


def test_a_classifier_of_the_same_speech_still_needs_bias_tests() -> None:
    (f,) = _all(_speech_model("classifier"), FAIRNESS)
    assert [t.ids for t in f.affected] == [("speech-model",)]


PARSING = "stride/untrusted-file-parsing"


def _speech_in_person(*, own_phone: bool) -> tg.ThreatModel:
    """A patient speaks into a hospital tablet (in the variant, records on their own
    phone), which sends the audio through a gateway to an orchestrator that transcribes
    it."""
    tm = tg.ThreatModel("in person")
    speech = tg.Data("Patient speech", kind="media", sensitivity="regulated")
    with tm.boundary("Outside", trust="untrusted"):
        patient = tm.add(tg.Actor("Patient"))
        phone = tm.add(tg.Device("Patient phone")) if own_phone else None
    with tm.boundary("Hospital", trust="internal"):
        tablet = phone or tm.add(tg.Device("Ward tablet"))
        orchestrator = tm.add(tg.Service("Orchestrator"))
    tm.flow(patient, tablet, speech)
    tm.flow(tablet, orchestrator, speech, protocol="https")
    tm.flow(orchestrator, tablet, tg.Data("Transcript", kind="records"), protocol="https")
    return tm


def test_speech_given_to_our_tablet_is_no_crafted_file() -> None:
    """Struck as wrong on set 38's interpreting app: the patient speaks into a managed
    tablet's microphone; no file of theirs is opened."""
    assert _all(_speech_in_person(own_phone=False), PARSING) == []


def test_a_recording_from_their_own_phone_is_still_a_file() -> None:
    (f,) = _all(_speech_in_person(own_phone=True), PARSING)
    assert f.target.ids == ("orchestrator",)


ACTION_LOG = "profile/baseline/agent-action-logging"


def _payments(log_controls: frozenset[c.Control]) -> tg.ThreatModel:
    """A payment agent writes payment files through a tool and its run log to a store
    that declares the given controls."""
    tm = tg.ThreatModel("payments")
    with tm.boundary("Treasury", trust="internal"):
        treasurer = tm.add(tg.Actor("Treasurer"))
        agent = tm.add(tg.Agent("Payment agent", autonomy="supervised"))
        tool = tm.add(tg.Tool("Payment file writer", capabilities={"write", "payments"}))
        store = tm.add(tg.DataStore("Run log store", controls=log_controls))
    tm.flow(treasurer, agent, tg.Data("Batch request", kind="prompt"))
    tm.flow(agent, tool, tg.Data("Payment call", kind="tool-call"))
    tm.flow(agent, store, tg.Data("Run log", kind="logs", sensitivity="confidential"))
    return tm


def test_a_run_log_in_a_plain_store_is_named_not_ignored() -> None:
    """Struck as ignoring the design on set 38's treasury agent: its run log store was
    there, and the gap is that nothing keeps that log from being rewritten."""
    (f,) = _open(_payments(frozenset()), ACTION_LOG)
    assert "its run log goes to Run log store" in f.explanation
    assert "append-only" in f.explanation


def test_a_run_log_in_an_audit_store_meets_it() -> None:
    assert _open(_payments(frozenset({c.AuditLogging()})), ACTION_LOG) == []


PER_CALLER = "stride/missing-subject-authorization"


def _rules_engine(*, returns: str) -> tg.ThreatModel:
    """Customers submit claims; a rules engine reads their policy records (personal)
    and answers the claims service with a confidential decision (in the variant, with
    personal cover details), which the service passes back."""
    tm = tg.ThreatModel("claims")
    policy = tg.Data("Policy records", kind="records", sensitivity="pii")
    answer = tg.Data(
        "Answer", kind="records", sensitivity="confidential" if returns == "decision" else "pii"
    )
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Insurer", trust="internal"):
        api = tm.add(tg.Endpoint("Claims API", purpose="api"))
        rules = tm.add(tg.Service("Rules engine"))
        db = tm.add(tg.DataStore("Policy database", stores={policy}))
    tm.flow(customer, api, tg.Data("Claim", kind="records", sensitivity="pii"), protocol="https")
    tm.flow(api, rules, tg.Data("Claim", kind="records", sensitivity="pii"))
    tm.flow(db, rules, policy)
    tm.flow(rules, api, answer)
    tm.flow(api, customer, answer, protocol="https")
    return tm


def test_a_verdict_less_sensitive_than_the_records_shows_none_of_them() -> None:
    """Struck as wrong on set 38's pet insurer (a rules engine returning a decision on
    personal policy records) and on four earlier designs: callers get a verdict or a
    status, never the records."""
    assert _all(_rules_engine(returns="decision"), PER_CALLER) == []


def test_personal_details_made_from_the_records_still_show_them() -> None:
    (f,) = _all(_rules_engine(returns="details"), PER_CALLER)
    assert f.target.ids == ("policy-database",)


CREDENTIALS = "ai/exposed-credentials"


def _gateway(*, hands_keys: bool) -> tg.ThreatModel:
    """A payment agent that customers' invoices reach writes payment files to a gateway,
    which signs and sends them with keys from its key store and reports a status back
    to the agent (in the variant, a broker that hands the agent the keys)."""
    tm = tg.ThreatModel("gateway")
    keys = tg.Data("Bank keys", kind="credentials", sensitivity="secret")
    with tm.boundary("Suppliers", trust="untrusted"):
        supplier = tm.add(tg.Actor("Supplier"))
    with tm.boundary("Treasury", trust="internal"):
        agent = tm.add(tg.Agent("Payment agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("File writer", capabilities={"write"}))
        gateway = tm.add(tg.Service("Gateway"))
        store = tm.add(tg.DataStore("Key store", stores={keys}))
    tm.flow(supplier, agent, tg.Data("Invoice", kind="documents"), protocol="https")
    tm.flow(agent, tool, tg.Data("Write call", kind="tool-call"))
    tm.flow(tool, gateway, tg.Data("Payment file", kind="records", sensitivity="confidential"))
    tm.flow(store, gateway, keys)
    back = keys if hands_keys else tg.Data("Status", kind="records")
    tm.flow(gateway, agent, back)
    return tm


def test_a_gateway_using_its_own_keys_holds_none_for_the_agent() -> None:
    """Struck as wrong on set 38's treasury agent: the gateway signs with the keys
    itself and sends the agent only a status, so steering the agent reaches no key."""
    assert _all(_gateway(hands_keys=False), CREDENTIALS) == []


def test_a_broker_handing_the_agent_keys_is_raised() -> None:
    (f,) = _all(_gateway(hands_keys=True), CREDENTIALS)
    assert f.target.ids == ("key-store",)


HALLUCINATION = "ai/hallucination"


def _drafts(*, stakes: bool, checked: bool) -> tg.ThreatModel:
    """A hosted LLM drafts reports that a radiologist edits and signs at a workstation
    (declared as a person's approval); in variants the LLM is high-stakes, and its
    output is checked against the sources."""
    tm = tg.ThreatModel("drafts")
    with tm.boundary("Home", trust="untrusted"):
        patient = tm.add(tg.Actor("Patient"))
    with tm.boundary("Hospital", trust="internal"):
        radiologist = tm.add(tg.Actor("Radiologist"))
        station = tm.add(
            tg.Service("Workstation", controls={c.HumanInTheLoop(approver="radiologist")})
        )
        llm = tm.add(
            tg.LLM(
                "Drafting LLM",
                high_stakes=stakes,
                controls={c.OutputFiltering()} if checked else set(),
            )
        )
    tm.flow(station, llm, tg.Data("Dictation", kind="prompt", sensitivity="regulated"))
    draft = tg.Data("Draft", kind="model-output", sensitivity="regulated")
    tm.flow(llm, station, draft)
    tm.flow(station, radiologist, draft)
    tm.flow(radiologist, station, tg.Data("Signed report", kind="documents"))
    tm.flow(station, patient, draft, protocol="https")
    return tm


def test_approving_a_high_stakes_draft_only_lowers_wrong_answers() -> None:
    """Listed as missing on a radiology drafting LLM and a medical coding assistant:
    the radiologist's sign-off marked confidently wrong drafts mitigated, where the
    person approving relies on the draft they sign."""
    (f,) = _all(_drafts(stakes=True, checked=False), HALLUCINATION)
    assert f.status is tg.Status.OPEN
    assert f.controls_present == ("human_in_the_loop",)
    assert "human_in_the_loop" not in f.controls_missing
    assert "output_filtering" in f.controls_missing
    assert "relies on the draft" in f.explanation


def test_a_check_of_the_output_answers_it() -> None:
    (f,) = _all(_drafts(stakes=True, checked=True), HALLUCINATION)
    assert f.status is tg.Status.MITIGATED


def test_approval_still_answers_it_on_an_ordinary_model() -> None:
    (f,) = _all(_drafts(stakes=False, checked=False), HALLUCINATION)
    assert f.status is tg.Status.MITIGATED
    assert f.controls_present == ("human_in_the_loop",)


PHISHING = "stride/phishing"


def _counter(*, emailed: bool) -> tg.ThreatModel:
    """A patient hands a paper prescription to a technician, who scans it at a
    workstation; in the variant the patient e-mails it."""
    tm = tg.ThreatModel("counter")
    script = tg.Data("Prescription", kind="documents", sensitivity="regulated")
    with tm.boundary("Street", trust="untrusted"):
        patient = tm.add(tg.Actor("Patient"))
    with tm.boundary("Pharmacy", trust="internal"):
        tech = tm.add(tg.Actor("Technician"))
        station = tm.add(tg.Service("Scanning workstation"))
    tm.flow(patient, tech, script, protocol="smtp" if emailed else None)
    tm.flow(tech, station, script)
    return tm


def test_a_paper_handed_over_the_counter_is_no_phishing() -> None:
    """Struck as wrong on set 39's pharmacy: a patient hands over paper; there is no
    message, attachment or link to run."""
    assert _all(_counter(emailed=False), PHISHING) == []


def test_the_same_document_by_mail_is_still_raised() -> None:
    (f,) = _all(_counter(emailed=True), PHISHING)
    assert f.target.ids == ("technician",)


FLOOD = "stride/denial-of-service"


def _dashboard(*, privileged: bool) -> tg.ThreatModel:
    """Hosts on their own laptops use a dashboard that drives an agent (in the variant,
    the dashboard's users are ordinary guests)."""
    tm = tg.ThreatModel("dashboard")
    with tm.boundary("Internet", trust="untrusted"):
        host = tm.add(tg.Actor("Host", privileged=privileged))
    with tm.boundary("Cloud", trust="internal"):
        dash = tm.add(tg.Service("Host dashboard"))
        agent = tm.add(tg.Agent("Guest agent", autonomy="autonomous"))
        llm = tm.add(tg.LLM("LLM"))
    tm.flow(host, dash, tg.Data("Takeover", kind="prompt"), protocol="https")
    tm.flow(dash, host, tg.Data("Chat view", kind="model-output"), protocol="https")
    tm.flow(dash, agent, tg.Data("Instruction", kind="prompt"))
    tm.flow(agent, dash, tg.Data("Reply", kind="model-output"))
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"))
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"))
    return tm


def test_a_privileged_operator_is_no_flood_source() -> None:
    """Struck as wrong on set 39's smart-lock agent: the flood source named was the
    signed-in, privileged host on their own laptop."""
    assert [f for f in _all(_dashboard(privileged=True), FLOOD) if "Host" in f.explanation] == []


def test_ordinary_outside_callers_still_flood() -> None:
    found = [f for f in _all(_dashboard(privileged=False), FLOOD) if "Host" in f.explanation]
    assert [f.target.ids for f in found] == [("host-dashboard",)]


SPOOFED = "stride/spoofed-sender"


def _ap_mailbox(
    *, controls: frozenset[c.Control] = frozenset(), acts: bool = True, inside: bool = False
) -> tg.ThreatModel:
    """Suppliers e-mail invoices to a hosted mailbox; an intake service turns each into
    a record that an agent reads and, with a payment tool, pays (in variants: the agent
    only drafts a summary for a clerk; the sender is a colleague)."""
    tm = tg.ThreatModel("ap")
    mail = tg.Data("Invoice e-mail", kind="documents", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        supplier = None if inside else tm.add(tg.Actor("Supplier"))
    with tm.boundary("Mail provider", trust="partner"):
        mailbox = tm.add(tg.DataSource("AP mailbox", origin="vendor", controls=controls))
    with tm.boundary("Finance", trust="internal"):
        colleague = tm.add(tg.Actor("Colleague")) if inside else None
        intake = tm.add(tg.Service("Intake service"))
        agent = tm.add(tg.Agent("AP agent", autonomy="autonomous"))
        tool = tm.add(
            tg.Tool(
                "Payment tool" if acts else "Lookup tool",
                capabilities={"money-movement"} if acts else {"read"},
            )
        )
    sender = colleague if inside else supplier
    assert sender is not None
    tm.flow(sender, mailbox, mail, protocol="smtp")
    tm.flow(mailbox, intake, mail, protocol="https")
    tm.flow(intake, agent, tg.Data("Invoice record", kind="records", sensitivity="confidential"))
    tm.flow(agent, tool, tg.Data("Call", kind="tool-call"))
    return tm


def test_mail_an_agent_pays_from_is_taken_at_its_senders_word() -> None:
    """Reviewers of about twenty designs listed forged or look-alike senders as missing:
    supplier invoices, broker submissions, customer orders and privacy requests that an
    agent acts on, with no sender authentication declared."""
    (f,) = _open(_ap_mailbox(), SPOOFED)
    assert f.target.ids == ("ap-mailbox",)
    assert "AP agent acts on it" in f.explanation
    assert "flow:supplier->ap-mailbox" in {a.key for a in f.affected}


def test_sender_authentication_on_the_mailbox_answers_it() -> None:
    (f,) = _all(_ap_mailbox(controls=frozenset({c.Authentication(method="DMARC reject")})), SPOOFED)
    assert f.status is tg.Status.MITIGATED


def test_mail_that_nothing_acts_on_or_from_inside_is_quiet() -> None:
    assert _all(_ap_mailbox(acts=False), SPOOFED) == []
    assert _all(_ap_mailbox(inside=True), SPOOFED) == []


def test_paying_agents_raise_the_impact() -> None:
    (f,) = _all(_ap_mailbox(), SPOOFED)
    assert f.impact.value == "major"


PROVIDER = "ai/personal-data-to-model-provider"


def _contact_centre(*, relayed_by_us: bool) -> tg.ThreatModel:
    """Callers phone a vendor's contact-centre platform, which hands the call audio to
    the vendor's own speech recognition; in the variant our bot service sends the audio
    to the platform."""
    tm = tg.ThreatModel("contact centre")
    audio = tg.Data("Call audio", kind="media", sensitivity="pii")
    with tm.boundary("Callers", trust="untrusted"):
        caller = tm.add(tg.Actor("Caller"))
    with tm.boundary("Vendor", trust="partner"):
        platform = tm.add(tg.Service("Contact-centre platform"))
        asr = tm.add(tg.Model("Speech recognition", task="generative", origin="third-party-api"))
    with tm.boundary("University", trust="internal"):
        bot = tm.add(tg.Service("Bot service"))
    if relayed_by_us:
        tm.flow(caller, bot, audio, protocol="srtp")
        tm.flow(bot, platform, audio, protocol="https")
    else:
        tm.flow(caller, platform, audio, protocol="srtp")
    tm.flow(platform, asr, audio)
    tm.flow(asr, platform, tg.Data("Transcript", kind="model-output", sensitivity="pii"))
    tm.flow(
        platform,
        bot,
        tg.Data("Transcript", kind="model-output", sensitivity="pii"),
        protocol="https",
    )
    return tm


def test_what_a_vendor_takes_straight_from_callers_is_not_sent_by_us() -> None:
    """Struck as wrong on set 40's password-reset voice bot: the speech recognition sits
    at the contact-centre vendor that already answers the calls; no new party sees the
    audio."""
    assert _all(_contact_centre(relayed_by_us=False), PROVIDER) == []


def test_what_we_hand_the_vendor_is_still_raised() -> None:
    (f,) = _all(_contact_centre(relayed_by_us=True), PROVIDER)
    assert f.target.ids == ("speech-recognition",)


def test_dtls_srtp_is_a_known_encrypting_protocol() -> None:
    from threatgraph.protocols import lookup

    found = lookup("DTLS-SRTP")
    assert found is not None
    assert found.encrypted


def _submissions(*, underwriter_asks: bool) -> tg.ThreatModel:
    """Brokers send submissions through a portal to a quoting agent that keeps each
    case's history and reads it back; an underwriter approves quotes above its
    authority through a workbench (in the variant, also asks the agent for work)."""
    tm = tg.ThreatModel("submissions")
    history = tg.Data("Case history", kind="records", sensitivity="confidential")
    with tm.boundary("Brokers", trust="untrusted"):
        broker = tm.add(tg.Actor("Broker"))
    with tm.boundary("Insurer", trust="internal"):
        portal = tm.add(tg.Endpoint("Broker portal", purpose="api"))
        agent = tm.add(
            tg.Agent(
                "Quote agent",
                autonomy="autonomous",
                controls={c.HumanInTheLoop(approver="underwriter", above="authority")},
            )
        )
        store = tm.add(tg.DataStore("Submission store", stores={history}))
        bench = tm.add(tg.Service("Workbench"))
        underwriter = tm.add(tg.Actor("Underwriter", privileged=True))
    tm.flow(broker, portal, tg.Data("Submission", kind="prompt"), protocol="https")
    tm.flow(portal, agent, tg.Data("Submission", kind="prompt"))
    tm.flow(agent, portal, tg.Data("Quote", kind="model-output"))
    tm.flow(portal, broker, tg.Data("Quote", kind="model-output"), protocol="https")
    tm.flow(agent, store, history)
    tm.flow(store, agent, history)
    tm.flow(agent, bench, tg.Data("Referral", kind="records"))
    asks = tg.Data("Instruction", kind="prompt") if underwriter_asks else None
    decision = tg.Data("Decision", kind="records")
    tm.flow(underwriter, bench, *(x for x in (decision, asks) if x is not None), protocol="https")
    tm.flow(bench, underwriter, tg.Data("Referral", kind="records"), protocol="https")
    tm.flow(bench, agent, *(x for x in (decision, asks) if x is not None))
    return tm


def test_an_approver_who_asks_nothing_shares_no_history() -> None:
    """Struck as weak on set 38's broker quote agent and set 40's crop-advice bot: the
    history is the sender's own case, and the only other person is the one who approves
    that case's quote or advice."""
    assert _all(_submissions(underwriter_asks=False), MEMORY) == []


def test_a_colleague_who_also_asks_the_agent_is_steered_by_it() -> None:
    (f,) = _all(_submissions(underwriter_asks=True), MEMORY)
    assert f.target.ids == ("submission-store",)


def test_an_agents_mailbox_tool_passes_the_mail_on() -> None:
    """An agent that fetches its mail through a mailbox tool acts on what the mail says
    as much as one an intake service hands it to (set 41's freight broker reads carrier
    invoices that way)."""
    tm = tg.ThreatModel("mail tool")
    mail = tg.Data("Carrier invoice", kind="documents", sensitivity="confidential")
    with tm.boundary("Carriers", trust="untrusted"):
        carrier = tm.add(tg.Actor("Carrier"))
    with tm.boundary("Mail provider", trust="partner"):
        mailbox = tm.add(tg.ExternalService("Billing mailbox"))
    with tm.boundary("Broker", trust="internal"):
        fetch = tm.add(tg.Tool("Mailbox tool", capabilities={"read"}))
        agent = tm.add(tg.Agent("Billing agent", autonomy="supervised"))
        pay = tm.add(tg.Tool("Payment tool", capabilities={"money-movement"}))
    tm.flow(carrier, mailbox, mail, protocol="smtp+starttls")
    tm.flow(agent, fetch, tg.Data("Fetch", kind="tool-call"))
    tm.flow(fetch, mailbox, tg.Data("Fetch", kind="tool-call"), protocol="https")
    tm.flow(mailbox, fetch, mail, protocol="https")
    tm.flow(fetch, agent, mail)
    tm.flow(agent, pay, tg.Data("Pay", kind="tool-call"))
    (f,) = _all(tm, SPOOFED)
    assert f.target.ids == ("billing-mailbox",)
    assert "Billing agent acts on it" in f.explanation


def test_tls_on_the_way_in_is_no_sender_check() -> None:
    """Reviewers of two designs pointed out that STARTTLS was counted as if it checked
    the sender: it protects the message in transit, not who wrote it."""
    tm = _ap_mailbox()
    plain = _all(tm, SPOOFED)
    tls = tg.ThreatModel("ap tls")
    mail = tg.Data("Invoice e-mail", kind="documents", sensitivity="confidential")
    with tls.boundary("Internet", trust="untrusted"):
        supplier = tls.add(tg.Actor("Supplier"))
    with tls.boundary("Mail provider", trust="partner"):
        mailbox = tls.add(tg.DataSource("AP mailbox", origin="vendor"))
    with tls.boundary("Finance", trust="internal"):
        agent = tls.add(tg.Agent("AP agent", autonomy="autonomous"))
        tool = tls.add(tg.Tool("Payment tool", capabilities={"money-movement"}))
    tls.flow(supplier, mailbox, mail, protocol="smtp+starttls")
    tls.flow(mailbox, agent, mail, protocol="https")
    tls.flow(agent, tool, tg.Data("Call", kind="tool-call"))
    (f,) = _all(tls, SPOOFED)
    assert f.status is tg.Status.OPEN
    assert f.controls_present == ()
    assert [x.severity for x in plain] == [f.severity]


def _retrain(fmt: str) -> tg.ThreatModel:
    """A retraining job hands its model straight to the serving model, in one zone,
    in the given format; a service answers customers with the model."""
    tm = tg.ThreatModel("retrain")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        data = tm.add(tg.Dataset("History", stores={tg.Data("Deals", kind="training-data")}))
        job = tm.add(tg.Pipeline("Retraining", stage="training"))
        api = tm.add(tg.Endpoint("Offer API", purpose="api"))
        model = tm.add(tg.Model("Pricing model", task="regressor"))
    tm.flow(data, job, tg.Data("Deals", kind="training-data"))
    tm.flow(job, model, tg.Data("Weights", kind="model-artifact", format=fmt))
    tm.flow(customer, api, tg.Data("Request", kind="records"), protocol="https")
    tm.flow(api, model, tg.Data("Features", kind="features"))
    tm.flow(model, api, tg.Data("Offer", kind="model-output"))
    tm.flow(api, customer, tg.Data("Offer", kind="model-output"), protocol="https")
    return tm


def test_a_pickle_handed_straight_to_serving_can_be_swapped() -> None:
    """Listed as missing on set 37's trade-in appraiser, set 40's crop-advice bot and
    property valuation model and two earlier designs: the pickle waits on a disk between
    training and serving, and changing it there runs code where it is loaded."""
    (f,) = _all(_retrain("pickle"), UNSIGNED)
    assert f.target.ids == ("pricing-model",)
    assert "runs code" in f.explanation


def test_a_safe_format_handed_straight_to_serving_is_not() -> None:
    assert _all(_retrain("safetensors"), UNSIGNED) == []
