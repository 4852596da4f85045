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
    tm = tg.ThreatModel("kiosk", profile="high")
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
    tm = tg.ThreatModel("toll", profile="high")
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


def _daycare(*, store_between: bool = False) -> tg.ThreatModel:
    """Parents send messages through an API to an orchestrator that drafts replies with
    an LLM; teachers upload photos through the same API, and the orchestrator sends
    them to a recognition model. In the variant the photos and messages go into one
    store that feeds the recogniser."""
    tm = tg.ThreatModel("daycare")
    message = tg.Data("Parent message", kind="documents")
    photos = tg.Data("Classroom photos", kind="media")
    with tm.boundary("Phones", trust="untrusted"):
        parent = tm.add(tg.Actor("Parent"))
    with tm.boundary("Centre", trust="internal"):
        teacher = tm.add(tg.Actor("Teacher"))
        api = tm.add(tg.Endpoint("Updates API"))
        orchestrator = tm.add(tg.Service("Orchestrator"))
        vision = tm.add(tg.Model("Recognition model", task="classifier"))
        llm = tm.add(tg.LLM("Drafting LLM"))
        inbox = tm.add(tg.DataStore("Message store"))
    tm.flow(parent, api, message, protocol="https")
    tm.flow(teacher, api, photos, protocol="https")
    tm.flow(api, orchestrator, message, photos)
    tm.flow(orchestrator, inbox, message)
    tm.flow(orchestrator, llm, tg.Data("Reply prompt", kind="prompt"))
    tm.flow(llm, orchestrator, tg.Data("Draft reply", kind="model-output"))
    if store_between:
        bucket = tm.add(tg.DataStore("Upload bucket"))
        tm.flow(orchestrator, bucket, message, photos)
        tm.flow(bucket, vision, photos)
    else:
        tm.flow(orchestrator, vision, photos)
    return tm


def _route_ends(tm: tg.ThreatModel, element: str) -> list[str]:
    from threatgraph.graph import facts

    return sorted({p[0] for p in facts(tm.freeze()).route_paths(element)})


def test_a_relay_does_not_join_one_partys_data_onto_anothers() -> None:
    """Struck as wrong on set 46's daycare design: the search joined a parent's text
    message onto the teachers' photo flow at the orchestrator that relays both, and
    raised evasion on the recognition model and file parsing on the orchestrator. The
    orchestrator passes the message on as it came (to the message store), so its other
    output, the photos it relays from teachers, does not hold it."""
    tm = _daycare()
    assert _route_ends(tm, "recognition-model") == []
    assert _open(tm, EVASION) == []
    # what it makes from the message (the reply prompt) still carries it
    assert _route_ends(tm, "drafting-llm") == ["parent"]
    assert _route_ends(tm, "message-store") == ["parent"]


def test_what_a_store_hands_out_may_hold_what_was_written_into_it() -> None:
    """A store or data source may hand out what was written into it under another
    name (a supplier's bank-detail change applied to the master data a payment agent
    reads): what it sends on holds anything written into it."""
    assert "parent" in _route_ends(_daycare(store_between=True), "recognition-model")


def _scoring(*, request_forwarded: bool) -> tg.ThreatModel:
    """A merchant's scoring request reaches an endpoint that looks up the transaction's
    features and sends them to the fraud model."""
    tm = tg.ThreatModel("scoring")
    request = tg.Data("Scoring request", kind="records")
    features = tg.Data("Transaction features", kind="features")
    with tm.boundary("Merchants", trust="untrusted"):
        merchant = tm.add(tg.Service("Merchant backend"))
    with tm.boundary("Bank", trust="internal"):
        endpoint = tm.add(tg.Endpoint("Scoring endpoint"))
        store = tm.add(tg.DataStore("Feature store"))
        model = tm.add(tg.Model("Fraud model", task="classifier"))
        audit = tm.add(tg.DataStore("Request archive"))
    tm.flow(merchant, endpoint, request, protocol="https")
    tm.flow(store, endpoint, features)
    tm.flow(endpoint, model, features)
    if request_forwarded:
        tm.flow(endpoint, audit, request)
    return tm


def test_a_request_the_component_acts_on_shapes_all_it_sends() -> None:
    """The endpoint keeps the merchant's request for itself (it turns it into a lookup
    of features): what it sends the model may be made from it, and the merchant stays
    the model's source, as reviewers held on the fraud-scoring example."""
    assert _route_ends(_scoring(request_forwarded=False), "fraud-model") == ["merchant-backend"]


def test_a_request_passed_on_as_it_came_is_a_relays_only() -> None:
    """The same endpoint when it passes the request on, as it came, to an archive: it
    relays it, and the features it relays from the store do not hold it."""
    assert _route_ends(_scoring(request_forwarded=True), "fraud-model") == []


def test_a_conversation_both_ways_and_a_models_answer_are_the_relays_own() -> None:
    """A control panel and an agent exchange the same chat messages both ways, and a
    gateway sends on the transcript a speech model returns for the audio it was given:
    what comes back from the receiver itself, or from a model, agent or tool it called,
    is made from what the relay sent, so the route goes on."""
    tm = tg.ThreatModel("relays")
    chat = tg.Data("Chat messages", kind="documents")
    requests = tg.Data("Control requests", kind="records")
    audio = tg.Data("Caller audio", kind="media")
    transcript = tg.Data("Transcript", kind="documents")
    with tm.boundary("Internet", trust="untrusted"):
        client = tm.add(tg.Actor("Internet client"))
        caller = tm.add(tg.Actor("Caller"))
    with tm.boundary("Host", trust="internal"):
        panel = tm.add(tg.Service("Control panel"))
        agent = tm.add(tg.Agent("Chat agent"))
        gateway = tm.add(tg.Service("Call gateway"))
        stt = tm.add(tg.Model("Speech model", task="generative"))
        bot = tm.add(tg.Agent("Voice bot"))
        analyst = tm.add(tg.DataStore("Recording store"))
    tm.flow(client, panel, requests, protocol="https")
    tm.flow(panel, agent, chat)
    tm.flow(agent, panel, chat)
    tm.flow(caller, gateway, audio)
    tm.flow(gateway, analyst, audio)
    tm.flow(gateway, stt, audio)
    tm.flow(stt, gateway, transcript)
    tm.flow(gateway, bot, transcript)
    assert _route_ends(tm, "chat-agent") == ["internet-client"]
    assert _route_ends(tm, "voice-bot") == ["caller"]


def test_features_a_pipeline_builds_for_a_request_carry_it() -> None:
    """A referral portal's request reaches a scoring service that passes it on to a
    feature-building pipeline and sends the model the features the pipeline returns:
    they are built for that request, so the reporter stays the model's source (a
    child-welfare screening design, kept while unreviewed)."""
    tm = tg.ThreatModel("screening")
    request = tg.Data("Score request", kind="records")
    features = tg.Data("Referral features", kind="features")
    with tm.boundary("Public", trust="untrusted"):
        reporter = tm.add(tg.Actor("Reporter"))
    with tm.boundary("County", trust="internal"):
        scoring = tm.add(tg.Endpoint("Risk scoring service"))
        builder = tm.add(tg.Pipeline("Feature builder"))
        model = tm.add(tg.Model("Referral risk model", task="classifier"))
    tm.flow(reporter, scoring, request, protocol="https")
    tm.flow(scoring, builder, request)
    tm.flow(builder, scoring, features)
    tm.flow(scoring, model, features)
    assert _route_ends(tm, "referral-risk-model") == ["reporter"]


PHISHING = "stride/phishing"


def _console(*, passes_on: bool) -> tg.ThreatModel:
    """A client's HR admin sends hiring criteria into a recruiter console; the console
    shows the recruiter a draft notice, and in the variant the criteria themselves."""
    tm = tg.ThreatModel("console")
    criteria = tg.Data("Client hiring criteria", kind="documents")
    notice = tg.Data("Draft notice", kind="documents")
    with tm.boundary("Client", trust="untrusted"):
        admin = tm.add(tg.Actor("Client HR admin"))
    with tm.boundary("Staffing", trust="internal"):
        console = tm.add(tg.Service("Recruiter console"))
        recruiter = tm.add(tg.Actor("Recruiter"))
    tm.flow(admin, console, criteria, protocol="https")
    tm.flow(console, recruiter, notice, *([criteria] if passes_on else []), protocol="https")
    tm.flow(recruiter, console, tg.Data("Approval", kind="records"), protocol="https")
    return tm


def test_documents_sent_into_a_console_are_not_what_it_shows_staff() -> None:
    """Struck as wrong on set 47's background-check agent (a client's hiring criteria
    never go back to the recruiter, who sees draft notices) and immigration assistant
    (government guidance pages fetched into the case database, while the paralegal sees
    drafts and client documents): the outsider's document must itself reach the person
    for a message posing as a correspondent to be opened."""
    assert _open(_console(passes_on=False), PHISHING) == []


def test_documents_passed_on_to_staff_still_count() -> None:
    """The same console when it shows the recruiter the client's documents as they
    came: the phishing finding stays, as reviewers kept it on a carrier onboarding desk
    and a planning office."""
    (f,) = _open(_console(passes_on=True), PHISHING)
    assert f.target.ids == ("recruiter",)
