"""Fixes taken from the verdicts recorded on the tuned corpus and fresh sets up to 42
(``benchmarks/quality/reviews``): each test pins what reviewers struck or listed as
missing, and the variant of the same design on which the verdict goes the other way."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c
from threatgraph.findings import Finding

MEMORY = "ai/agent-memory-poisoning"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _tutor(*, retrieved: bool) -> tg.ThreatModel:
    """A pupil chats with a tutor service that retrieves course passages and keeps the
    pupil's recent turns; teachers sign in through the same identity provider and upload
    the course material. Without ``retrieved`` the passages come from a web search tool
    the service calls, not from an index it reads."""
    tm = tg.ThreatModel("tutor")
    msg = tg.Data("Pupil message", kind="prompt")
    token = tg.Data("Sign-in token", kind="credentials", sensitivity="secret")
    turns = tg.Data("Recent turns", kind="records", sensitivity="pii")
    passages = tg.Data("Passages", kind="documents")
    with tm.boundary("School", trust="untrusted"):
        pupil = tm.add(tg.Actor("Pupil"))
        teacher = tm.add(tg.Actor("Teacher"))
    with tm.boundary("Identity", trust="partner"):
        idp = tm.add(tg.ExternalService("School IdP"))
    with tm.boundary("Tutor cloud", trust="internal"):
        api = tm.add(tg.Service("Chat API"))
        tutor = tm.add(tg.Service("Tutor service"))
        llm = tm.add(tg.LLM("Tutor LLM", origin="third-party-api"))
        history = tm.add(tg.DataStore("Conversation store", stores={turns}))
        if retrieved:
            index = tm.add(tg.VectorStore("Course index", stores={passages}))
            ingest = tm.add(tg.Pipeline("Ingestion"))
    tm.flow(pupil, idp, token, protocol="https")
    tm.flow(teacher, idp, token, protocol="https")
    tm.flow(idp, api, token, protocol="https")
    tm.flow(pupil, api, msg, protocol="https")
    tm.flow(api, tutor, msg)
    tm.flow(tutor, api, tg.Data("Answer", kind="model-output"))
    tm.flow(api, pupil, tg.Data("Answer", kind="model-output"), protocol="https")
    tm.flow(tutor, llm, tg.Data("LLM prompt", kind="prompt"), protocol="https")
    tm.flow(llm, tutor, tg.Data("Completion", kind="model-output"), protocol="https")
    tm.flow(tutor, history, turns)
    tm.flow(history, tutor, turns)
    if retrieved:
        tm.flow(teacher, ingest, passages, protocol="https")
        tm.flow(ingest, index, passages)
        tm.flow(tutor, index, msg)
        tm.flow(index, tutor, passages)
    else:
        with tm.boundary("Web", trust="untrusted"):
            web = tm.add(tg.ExternalService("Web search"))
        tm.flow(tutor, web, msg, protocol="https")
        tm.flow(web, tutor, passages, protocol="https")
    return tm


def test_passages_fetched_from_an_index_every_session_are_not_memory() -> None:
    """Struck as weak on a homework tutor, an eviction help chatbot and a literature
    assistant: the history keeps the pupil's own turns and passages the service
    retrieves again from its index in every session, so a planted passage persists in
    the index already (the indirect injection finding), and the pupil could say what
    they plant in their own history in any turn. A teacher's sign-in token passing
    through the identity provider to the chat API is not the teacher talking to the
    tutor."""
    assert _open(_tutor(retrieved=True), MEMORY) == []


def test_web_results_kept_in_the_history_are_memory() -> None:
    """A page the service fetched once from the web is gone from the web search's
    answer next time; kept in the history, it steers later sessions."""
    (f,) = _open(_tutor(retrieved=False), MEMORY)
    assert f.target.ids == ("conversation-store",)


def _guide(*, via_visitor: bool) -> tg.ThreatModel:
    """A visitor's phone web app sends their questions, and the codes they scan at the
    exhibits, to a guide service that keeps the tour's memory; in the variant the
    exhibit codes reach the service from a content feed, not through the visitor."""
    tm = tg.ThreatModel("guide")
    question = tg.Data("Question", kind="prompt")
    code = tg.Data("Exhibit code", kind="records")
    memory = tg.Data("Tour memory", kind="records")
    with tm.boundary("Museum floor", trust="untrusted"):
        visitor = tm.add(tg.Actor("Visitor"))
        codes = tm.add(tg.DataSource("Exhibit QR codes", origin="public-web"))
    with tm.boundary("Museum cloud", trust="internal"):
        app = tm.add(tg.Service("Guide web app"))
        guide = tm.add(tg.Service("Guide service"))
        llm = tm.add(tg.LLM("Guide LLM", origin="third-party-api"))
        store = tm.add(tg.DataStore("Tour memory store", stores={memory}))
    if via_visitor:
        tm.flow(codes, visitor, code)
        tm.flow(visitor, app, question, code, protocol="https")
    else:
        tm.flow(visitor, app, question, protocol="https")
        tm.flow(codes, guide, code, protocol="https")
    tm.flow(app, guide, question, code)
    tm.flow(guide, app, tg.Data("Answer", kind="model-output"))
    tm.flow(app, visitor, tg.Data("Answer", kind="model-output"), protocol="https")
    tm.flow(guide, llm, tg.Data("LLM prompt", kind="prompt"), protocol="https")
    tm.flow(llm, guide, tg.Data("Completion", kind="model-output"), protocol="https")
    tm.flow(guide, store, memory)
    tm.flow(store, guide, memory)
    return tm


def test_a_code_the_visitor_scans_is_their_own_input() -> None:
    """Struck as weak on a museum audio guide: the tour memory belongs to one visitor,
    and the codes they scan reach the guide through them, as their questions do."""
    assert _open(_guide(via_visitor=True), MEMORY) == []


def test_codes_from_a_feed_are_someone_elses_content() -> None:
    (f,) = _open(_guide(via_visitor=False), MEMORY)
    assert f.target.ids == ("tour-memory-store",)


BINDING = "ai/tool-caller-binding"


def _clinic(*, saas: bool, lookup_controls: frozenset[c.Control] = frozenset()) -> tg.ThreatModel:
    """Callers phone a booking agent whose scheduling tool reads and changes appointments
    in the practice-management system; with ``saas`` that system is a store another
    company runs, otherwise a store of ours. A second tool looks up the caller's
    invoices in the same system and declares ``lookup_controls``."""
    tm = tg.ThreatModel("clinic")
    records = tg.Data("Appointments", kind="records", sensitivity="regulated")
    invoices = tg.Data("Invoices", kind="records", sensitivity="pii")
    with tm.boundary("Phone network", trust="untrusted"):
        caller = tm.add(tg.Actor("Caller"))
    with tm.boundary("Agent account", trust="internal"):
        agent = tm.add(tg.Agent("Booking agent", autonomy="autonomous"))
        tool = tm.add(
            tg.Tool(
                "Scheduling tool",
                capabilities={"read", "write"},
                controls={c.LeastPrivilegeTools(), c.AuditLogging()},
            )
        )
        lookup = tm.add(tg.Tool("Invoice tool", capabilities={"read"}, controls=lookup_controls))
    where = tm.boundary("Practice SaaS", trust="partner") if saas else tm.boundary("Agent account")
    with where:
        pms = tm.add(
            tg.DataStore(
                "Practice management system",
                stores={records, invoices},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )
    tm.flow(caller, agent, tg.Data("Speech", kind="prompt"), protocol="srtp")
    tm.flow(agent, caller, tg.Data("Reply", kind="model-output"), protocol="srtp")
    for t, d in ((tool, records), (lookup, invoices)):
        tm.flow(agent, t, tg.Data(f"{t.name} call", kind="tool-call"))
        tm.flow(t, agent, d)
        tm.flow(t, pms, tg.Data(f"{t.name} query", kind="tool-call"), protocol="https")
        tm.flow(pms, t, d, protocol="https")
    return tm


def test_a_store_another_company_runs_answers_as_the_agents_account() -> None:
    """Listed as missing on a dental booking voice agent, a hotel concierge, a library
    assistant, an eviction help chatbot, a payroll agent and a privacy request agent:
    the tool reads and changes a SaaS store's records with the agent's credentials, and
    nothing ties the patient the model names to the caller. The store's own access
    control and audit log see the agent, not the caller, so they lower nothing."""
    (f,) = _open(_clinic(saas=True), BINDING)
    assert f.target.ids == ("booking-agent",)
    assert "Practice management system" in f.explanation
    assert set(f.controls_present) == set()


def test_a_store_we_run_is_the_per_caller_store_finding() -> None:
    assert _open(_clinic(saas=False), BINDING) == []
    assert [
        f.target.ids for f in _open(_clinic(saas=False), "stride/missing-subject-authorization")
    ] == [("practice-management-system",)]


def test_controls_on_every_tool_lower_the_finding() -> None:
    """When both tools declare least privilege and audit logging, they count; declared on
    only one of them, they bind none of the other tool's calls."""
    both = frozenset({c.LeastPrivilegeTools(), c.AuditLogging()})
    (f,) = _open(_clinic(saas=True, lookup_controls=both), BINDING)
    assert set(f.controls_present) == {"least_privilege_tools", "audit_logging"}
    (g,) = _open(_clinic(saas=True), BINDING)
    assert g.likelihood > f.likelihood


KEYS = "ai/model-api-key-abuse"
CREDENTIALS = "ai/exposed-credentials"


def _keys(*, steered: bool) -> tg.ThreatModel:
    """A worker reads an API key from a configuration store and calls a hosted model; with
    ``steered`` the worker runs jobs that people on the internet submit."""
    tm = tg.ThreatModel("keys")
    key = tg.Data("Model API key", kind="credentials", sensitivity="secret")
    with tm.boundary("Provider", trust="partner"):
        api = tm.add(tg.LLM("Hosted model", origin="third-party-api"))
    with tm.boundary("Cluster", trust="internal"):
        worker = tm.add(tg.Service("Worker"))
        config = tm.add(tg.DataStore("Config store", stores={key}))
        if not steered:
            planner = tm.add(tg.Actor("Planner"))
    tm.flow(config, worker, key)
    tm.flow(worker, api, tg.Data("Prompt", kind="prompt"), key, protocol="https")
    tm.flow(api, worker, tg.Data("Completion", kind="model-output"), protocol="https")
    if steered:
        with tm.boundary("Internet", trust="untrusted"):
            user = tm.add(tg.Actor("User"))
        tm.flow(user, worker, tg.Data("Job", kind="records"), protocol="https")
    else:
        tm.flow(planner, worker, tg.Data("Job", kind="records"), protocol="https")
    return tm


def test_keys_outsiders_can_reach_are_one_credentials_finding() -> None:
    """Struck as a duplicate on the ShadowRay and ClawdBot cases, and as wrong on the MCP
    case: the store holding the model key is already raised because outsiders can steer
    what reads it, with the same fix. One finding on the store names the model."""
    tm = _keys(steered=True)
    assert _open(tm, KEYS) == []
    (f,) = _open(tm, CREDENTIALS)
    assert f.target.ids == ("config-store",)
    assert "if the keys include one for Hosted model, others can call it as you" in f.explanation


def test_keys_nobody_outside_reaches_keep_the_key_finding() -> None:
    tm = _keys(steered=False)
    assert _open(tm, CREDENTIALS) == []
    (f,) = _open(tm, KEYS)
    assert f.target.ids == ("hosted-model",)


PER_CALLER = "stride/missing-subject-authorization"


def _coder(*, answers_reporter: bool) -> tg.ThreatModel:
    """Reporters send adverse-event reports through a web form; a coding service looks up
    candidate terms in a confidential term index, asks its own LLM to pick codes, and
    files a draft for a physician's review. In the variant it also sends the reporter
    what the LLM made of the terms."""
    tm = tg.ThreatModel("coder")
    report = tg.Data("Report", kind="records", sensitivity="pii")
    terms = tg.Data("Terms", kind="records", sensitivity="confidential")
    draft = tg.Data("Draft coding", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        reporter = tm.add(tg.Actor("Reporter"))
    with tm.boundary("Safety platform", trust="internal"):
        form = tm.add(tg.Endpoint("Web form"))
        coder = tm.add(tg.Service("Coding service"))
        index = tm.add(tg.VectorStore("Term index", stores={terms}))
        llm = tm.add(tg.LLM("Coding LLM", origin="third-party-api"))
        bench = tm.add(tg.Service("Review workbench", controls={c.Authentication(), c.RBAC()}))
        physician = tm.add(tg.Actor("Physician", controls={c.Authentication()}))
    tm.flow(reporter, form, report, protocol="https")
    tm.flow(form, coder, report)
    tm.flow(coder, index, tg.Data("Query", kind="records", sensitivity="pii"))
    tm.flow(index, coder, terms)
    tm.flow(
        coder, llm, tg.Data("Coding prompt", kind="prompt", sensitivity="pii"), protocol="https"
    )
    tm.flow(
        llm, coder, tg.Data("Proposal", kind="model-output", sensitivity="pii"), protocol="https"
    )
    tm.flow(coder, bench, draft)
    tm.flow(bench, physician, draft, protocol="https")
    if answers_reporter:
        tm.flow(coder, form, draft)
        tm.flow(form, reporter, draft, protocol="https")
    return tm


def test_a_service_that_files_what_its_llm_made_answers_no_caller() -> None:
    """Struck as wrong on an adverse-event coder: the coding service's own LLM is not the
    way reporters' requests come in, and the draft goes to a physician's workbench, not
    back to the reporter, so the index's terms are fetched for nobody who asks."""
    assert _open(_coder(answers_reporter=False), PER_CALLER) == []


def test_a_service_that_answers_the_reporter_fetches_for_them() -> None:
    (f,) = _open(_coder(answers_reporter=True), PER_CALLER)
    assert f.target.ids == ("term-index",)


FLOOD = "stride/denial-of-service"


def _plates(*, answered: bool) -> tg.ThreatModel:
    """Roadside cameras upload plate images to an ingestion API that runs an OCR model;
    in the variant the API answers each camera with the read (a client that queries)."""
    tm = tg.ThreatModel("plates")
    image = tg.Data("Plate image", kind="media", sensitivity="pii")
    with tm.boundary("Roadside", trust="untrusted"):
        cams = tm.add(tg.Device("Roadside cameras"))
    with tm.boundary("Data centre", trust="internal"):
        api = tm.add(tg.Service("Ingestion API"))
        ocr = tm.add(tg.Model("Plate OCR", task="detector"))
    tm.flow(cams, api, image, protocol="https")
    tm.flow(api, ocr, image)
    tm.flow(ocr, api, tg.Data("Read", kind="model-output", sensitivity="pii"))
    if answered:
        tm.flow(
            api, cams, tg.Data("Read", kind="model-output", sensitivity="pii"), protocol="https"
        )
    return tm


def test_sensors_that_only_upload_are_no_flood_source() -> None:
    """Struck as weak on a licence-plate reader network: fixed cameras nobody uses upload
    what they capture; flooding the ingestion from them takes taking them over first."""
    assert _open(_plates(answered=False), FLOOD) == []


def test_a_device_the_entry_answers_can_query_it() -> None:
    """The antimalware case's client: the cloud service answers every query, so whoever
    holds the client can send as many as they like."""
    (f,) = _open(_plates(answered=True), FLOOD)
    assert f.target.ids == ("ingestion-api",)


EXFIL = "ai/code-environment-exfiltration"


def _ota(*, stage: str) -> tg.ThreatModel:
    """A release pipeline takes firmware from the artifact registry and rolls it out to
    sensors in people's homes; in the variant the same pipeline is a build step, which
    runs what it is handed."""
    tm = tg.ThreatModel("ota")
    firmware = tg.Data("Firmware image", kind="code", sensitivity="confidential")
    with tm.boundary("Homes", trust="untrusted"):
        sensor = tm.add(tg.Device("Radar sensor"))
    with tm.boundary("Vendor cloud", trust="internal"):
        registry = tm.add(tg.ModelRegistry("Artifact registry", stores={firmware}))
        ota = tm.add(tg.Pipeline("OTA update service", stage=stage))
    tm.flow(registry, ota, firmware)
    tm.flow(ota, sensor, firmware, protocol="https")
    tm.flow(sensor, ota, tg.Data("Update status", kind="logs"), protocol="https")
    return tm


def test_a_deployment_pipeline_that_hands_code_on_does_not_run_it() -> None:
    """Struck as wrong on a fall-detection radar's OTA service: it distributes firmware
    images, which run on the sensors, not in the service."""
    assert _open(_ota(stage="deployment"), EXFIL) == []


def test_a_pipeline_of_another_stage_runs_the_code_it_is_handed() -> None:
    (f,) = _open(_ota(stage="training"), EXFIL)
    assert f.target.ids == ("ota-update-service",)


FAIRNESS = "profile/high/fairness"


def _prequal(*, monitored: bool) -> tg.ThreatModel:
    """Applicants get an indicative mortgage amount from a model behind a service that
    keeps every decision; a monthly pipeline reads the decisions and declares fairness
    testing (in the variant it declares nothing)."""
    tm = tg.ThreatModel("prequal", profile="high")
    application = tg.Data("Application", kind="features", sensitivity="pii")
    decision = tg.Data("Decision record", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        applicant = tm.add(tg.Actor("Applicant"))
    with tm.boundary("Bank", trust="internal"):
        api = tm.add(tg.Service("Pre-qualification service"))
        model = tm.add(tg.Model("Pre-qualification model", task="regressor", high_stakes=True))
        store = tm.add(tg.DataStore("Decision store", stores={decision}))
        monitor = tm.add(
            tg.Pipeline(
                "Fair-lending monitoring",
                stage="evaluation",
                controls={c.FairnessTesting()} if monitored else set(),
            )
        )
    tm.flow(applicant, api, application, protocol="https")
    tm.flow(api, model, application)
    tm.flow(model, api, tg.Data("Amount", kind="model-output", sensitivity="pii"))
    tm.flow(
        api, applicant, tg.Data("Amount", kind="model-output", sensitivity="pii"), protocol="https"
    )
    tm.flow(api, store, decision)
    tm.flow(store, monitor, decision)
    return tm


def _fairness(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == FAIRNESS]


def test_a_pipeline_testing_the_kept_decisions_for_bias_counts() -> None:
    """Struck as wrong on a mortgage pre-qualification model: the design declares a
    fair-lending monitoring pipeline with fairness testing over the decision records,
    and the requirement was reported unmet because the control sat there, not on the
    model."""
    assert [f for f in _fairness(_prequal(monitored=True)) if f.status.value == "open"] == []
    (f,) = [f for f in _fairness(_prequal(monitored=False)) if f.status.value == "open"]
    assert [t.ids for t in f.affected] == [("pre-qualification-model",)]


LOOP = "ai/feedback-loop"
SUPPLY = "ai/mlops-supply-chain"


def _drones(*, sends_reads: bool) -> tg.ThreatModel:
    """Drones run a vision model on board and upload sampled camera images through the
    fleet manager to a dataset an engineer labels for retraining; the fleet manager
    also pushes the vendor's firmware to the drones. In the variant the drones upload
    the model's decoded reads into the dataset as well."""
    tm = tg.ThreatModel("drones")
    frames = tg.Data("Frames", kind="media")
    reads = tg.Data("Decoded reads", kind="model-output")
    images = tg.Data("Sampled images", kind="training-data")
    labels = tg.Data("Image labels", kind="labels")
    firmware = tg.Data("Firmware", kind="code")
    weights = tg.Data("Weights", kind="model-artifact")
    with tm.boundary("Vendor", trust="partner"):
        vendor = tm.add(tg.ExternalService("Vendor update portal"))
    with tm.boundary("Warehouse", trust="internal"):
        drones = tm.add(tg.Device("Drones"))
        vision = tm.add(tg.Model("Vision model", task="detector"))
        fleet = tm.add(tg.Service("Fleet manager"))
        wms = tm.add(tg.Service("WMS API"))
    with tm.boundary("ML cloud", trust="internal"):
        dataset = tm.add(tg.Dataset("Image dataset", stores={images, labels}))
        job = tm.add(tg.Pipeline("Training", stage="training"))
        engineer = tm.add(tg.Actor("ML engineer", privileged=True))
    tm.flow(drones, vision, frames)
    tm.flow(vision, drones, reads)
    tm.flow(drones, wms, tg.Data("Counts", kind="records"), protocol="https")
    tm.flow(drones, fleet, tg.Data("Telemetry", kind="logs"), protocol="wss")
    tm.flow(drones, fleet, images, *((reads,) if sends_reads else ()), protocol="wss", id="up")
    tm.flow(fleet, dataset, images, *((reads,) if sends_reads else ()), protocol="https")
    tm.flow(engineer, dataset, labels, protocol="https")
    tm.flow(dataset, job, images, labels)
    tm.flow(job, vision, weights)
    tm.flow(vendor, fleet, firmware, protocol="https")
    tm.flow(fleet, drones, firmware, protocol="https", id="push")
    return tm


def test_images_a_device_captured_are_not_the_models_decisions() -> None:
    """Struck as wrong on a warehouse drone fleet: the way back carries raw sampled
    camera images, labelled by an engineer, so the model's mistakes never come back as
    ground truth."""
    assert _open(_drones(sends_reads=False), LOOP) == []


def test_the_models_reads_sent_back_for_training_close_the_loop() -> None:
    (f,) = _open(_drones(sends_reads=True), LOOP)
    assert "Vision model" in f.explanation


def test_firmware_passed_on_to_devices_is_their_supply_chain() -> None:
    """Struck as wrong on the same fleet: the fleet manager relays the vendor's firmware
    to the drones and runs none of it; the drones' own finding names the vendor."""
    found = _open(_drones(sends_reads=False), SUPPLY)
    assert [f.target.ids for f in found] == [("drones",)]
    assert "Vendor update portal" in found[0].explanation
