"""Fixes taken from the reviews of fresh architectures (``benchmarks/quality/fresh``,
sets 7 and 8): each test pins the defect a writer or reviewer reported, and the
variant of the same design on which the finding stays."""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Finding
from threatgraph.vocab import Status

# --------------------------------------------------------------------------- federated learning


def _federated(*aggregator_controls: c.Control) -> tg.ThreatModel:
    tm = tg.ThreatModel("Keyboard")
    with tm.boundary("Phones", trust="untrusted"):
        user = tm.add(tg.Actor("Typist"))
        phone = tm.add(tg.Device("Phone", trains_locally=True))
    with tm.boundary("Backend", trust="internal"):
        agg = tm.add(tg.Service("Aggregator", controls=set(aggregator_controls)))
    tm.flow(user, phone, tg.Data("Typing", sensitivity="pii"))
    tm.flow(phone, agg, tg.Data("Update", kind="model-artifact"), protocol="https")
    return tm


def _status(tm: tg.ThreatModel, rule: str) -> Status:
    (f,) = tm.analyze().for_rule(rule)
    return f.status


def test_secure_aggregation_is_its_own_control_not_robust_aggregation() -> None:
    # a writer declaring cryptographic secure aggregation found it was an alias of
    # Byzantine-robust aggregation: declaring it claimed protection against poisoning
    assert c.lookup("secure_aggregation") is c.SecureAggregation
    assert c.lookup("secagg") is c.SecureAggregation
    assert c.lookup("byzantine_robust_aggregation") is c.RobustAggregation
    # hiding each phone's update does not stop a poisoned one
    hidden = _federated(c.SecureAggregation())
    assert _status(hidden, "ai/federated-update-poisoning") is Status.OPEN
    assert _status(hidden, "ai/federated-update-leakage") is Status.MITIGATED
    # dropping outlying updates does not hide them from the server
    robust = _federated(c.RobustAggregation())
    assert _status(robust, "ai/federated-update-leakage") is Status.OPEN
    assert _status(robust, "ai/federated-update-poisoning") is not Status.OPEN


# --------------------------------------------------------------------------- transport


def _log_shipping(
    protocol: str, *flow_controls: c.Control, sender_trust: str = "internal"
) -> tg.ThreatModel:
    tm = tg.ThreatModel("Logs")
    with tm.boundary("Edge", trust=sender_trust):
        edge = tm.add(tg.Service("Edge"))
    with tm.boundary("Platform", trust="internal"):
        lake = tm.add(tg.DataStore("Log lake"))
    tm.flow(
        edge,
        lake,
        tg.Data("Click log", sensitivity="pii", kind="logs"),
        protocol=protocol,
        controls=set(flow_controls),
    )
    return tm


def test_a_cleartext_protocol_declared_encrypted_is_not_a_cleartext_channel() -> None:
    # kafka with encryption_in_transit declared is kafka over TLS; the finding stayed
    # open for want of a second control under the title "cleartext channel"
    rule = "stride/unencrypted-boundary-crossing"
    assert _log_shipping("kafka", c.EncryptionInTransit()).analyze().for_rule(rule) == []
    (f,) = _log_shipping("kafka").analyze().for_rule(rule)
    assert f.status is Status.OPEN


def test_voice_and_imaging_protocols_are_known() -> None:
    rule = "stride/unencrypted-boundary-crossing"
    assert tg.protocols.lookup("srtp").encrypted
    assert tg.protocols.lookup("sips").encrypted
    assert not tg.protocols.lookup("dicom").encrypted
    assert _log_shipping("srtp").analyze().for_rule(rule) == []
    assert len(_log_shipping("dicom").analyze().for_rule(rule)) == 1
    # between our own zones, plain SIP is ours to encrypt; a caller's carrier picks the
    # transport of a call from anyone, as a sender's server does for mail
    assert len(_log_shipping("sip").analyze().for_rule(rule)) == 1
    assert _log_shipping("sip", sender_trust="untrusted").analyze().for_rule(rule) == []


# --------------------------------------------------------------------------- where answers go


def _click_scoring(reply: tg.Data) -> tg.ThreatModel:
    tm = tg.ThreatModel("Clicks")
    with tm.boundary("Internet", trust="untrusted"):
        clicker = tm.add(tg.Actor("Clicker"))
    with tm.boundary("Edge", trust="internal"):
        edge = tm.add(tg.Service("Click tracker"))
        model = tm.add(tg.Model("Fraud model", returns_scores=True))
        train = tm.add(tg.Pipeline("Training", stage="training"))
    tm.flow(clicker, edge, tg.Data("Click", sensitivity="pii", kind="features"), protocol="https")
    tm.flow(edge, model, tg.Data("Click features", sensitivity="pii", kind="features"))
    tm.flow(model, edge, tg.Data("Score", sensitivity="confidential", kind="model-output"))
    tm.flow(edge, clicker, reply, protocol="https")
    tm.flow(train, model, tg.Data("Weights", kind="model-artifact"))
    return tm


def test_a_reply_that_is_not_the_answer_does_not_carry_it_back() -> None:
    # a clicker gets a public redirect, never the score: nothing to distil a copy from
    redirect = tg.Data("Landing page redirect", sensitivity="public", kind="records")
    assert _click_scoring(redirect).analyze().for_rule("ai/model-extraction") == []
    # the score itself, or a reply whose data is not declared, may carry it
    for reply in (
        tg.Data("Score", sensitivity="confidential", kind="model-output"),
        tg.Data("Response"),
    ):
        assert len(_click_scoring(reply).analyze().for_rule("ai/model-extraction")) == 1


def _translation(status: tg.Data) -> tg.ThreatModel:
    tm = tg.ThreatModel("Translation")
    with tm.boundary("Internet", trust="untrusted"):
        docs = tm.add(tg.DataSource("Counterparty documents", origin="user-upload"))
    with tm.boundary("Firm", trust="internal"):
        lawyer = tm.add(tg.Actor("Lawyer"))
        portal = tm.add(tg.Endpoint("Portal", controls={c.Authentication()}))
        orchestrator = tm.add(tg.Service("Orchestrator"))
        llm = tm.add(tg.LLM("Translator"))
    text = tg.Data("Document", sensitivity="pii", kind="documents")
    tm.flow(docs, lawyer, text)
    tm.flow(lawyer, portal, text, protocol="https")
    tm.flow(portal, orchestrator, text)
    tm.flow(orchestrator, llm, tg.Data("Prompt", sensitivity="pii", kind="prompt"))
    tm.flow(llm, orchestrator, tg.Data("Translation", sensitivity="pii", kind="model-output"))
    tm.flow(orchestrator, portal, status)
    tm.flow(portal, lawyer, status, protocol="https")
    return tm


def test_a_portal_that_shows_only_job_status_renders_no_answers() -> None:
    status = tg.Data("Job status", sensitivity="internal", kind="records")
    assert _translation(status).analyze().for_rule("ai/output-rendering") == []
    answer = tg.Data("Translation", sensitivity="pii", kind="model-output")
    (f,) = _translation(answer).analyze().for_rule("ai/output-rendering")
    assert f.target.ids == ("portal",)


# --------------------------------------------------------------------------- models shipped to devices


def _keyboard(*, signed: bool = False) -> tg.ThreatModel:
    tm = tg.ThreatModel("Keyboard")
    weights = tg.Data("Global model", sensitivity="confidential", kind="model-artifact")
    with tm.boundary("Phones", trust="untrusted"):
        user = tm.add(tg.Actor("Typist"))
        app = tm.add(tg.Device("Keyboard app"))
        cache = tm.add(tg.DataStore("Typing cache", stores={tg.Data("Typed", sensitivity="pii")}))
        model = tm.add(
            tg.Model("On-device model", controls={c.SignedModels()} if signed else set())
        )
    with tm.boundary("CDN provider", trust="partner"):
        cdn = tm.add(tg.ExternalService("Model CDN"))
    with tm.boundary("Cloud", trust="internal"):
        registry = tm.add(tg.ModelRegistry("Registry", stores={weights}))
        release = tm.add(tg.Pipeline("Release", stage="deployment"))
    tm.flow(registry, release, weights)
    tm.flow(release, cdn, weights, protocol="https")
    tm.flow(cdn, app, weights, protocol="https")
    tm.flow(app, model, weights, protocol="local", label="install")
    tm.flow(user, app, tg.Data("Keystrokes", sensitivity="pii", kind="prompt"), protocol="local")
    tm.flow(app, model, tg.Data("Context", sensitivity="pii", kind="prompt"), protocol="local")
    tm.flow(model, app, tg.Data("Suggestion", sensitivity="pii", kind="model-output"))
    tm.flow(app, cache, tg.Data("Typed", sensitivity="pii"), protocol="local")
    tm.flow(cache, app, tg.Data("Typed", sensitivity="pii"), protocol="local")
    return tm


def test_a_model_we_ship_to_phones_through_a_cdn_can_be_swapped_on_the_way() -> None:
    # the reviewers' missing threat: nothing checks the model a phone downloads
    report = _keyboard().analyze()
    (swap,) = report.for_rule("ai/unsigned-model-to-serving")
    assert swap.target.ids == ("on-device-model",)
    assert swap.status is Status.OPEN
    # the CDN delivering our file is not an outside model source running code on the
    # phone, nor a hub the weights leak to: every phone has them anyway
    assert report.for_rule("ai/code-environment-exfiltration") == []
    assert report.for_rule("ai/model-published-externally") == []
    (signed,) = _keyboard(signed=True).analyze().for_rule("ai/unsigned-model-to-serving")
    assert signed.status is Status.MITIGATED


# --------------------------------------------------------------------------- injection


def _mail_agent(*agent_controls: c.Control) -> tg.ThreatModel:
    tm = tg.ThreatModel("Buyer agent")
    with tm.boundary("Internet", trust="untrusted"):
        supplier = tm.add(tg.Actor("Supplier"))
    with tm.boundary("Corp", trust="internal"):
        box = tm.add(tg.DataStore("Mailbox"))
        agent = tm.add(tg.Agent("Agent", autonomy="autonomous", controls=set(agent_controls)))
        order = tm.add(tg.Tool("Create order", capabilities={"write"}))
    mail = tg.Data("Supplier email", sensitivity="confidential", kind="documents")
    tm.flow(supplier, box, mail, protocol="smtp+starttls")
    tm.flow(box, agent, mail, protocol="https")
    tm.flow(agent, order, tg.Data("Order", kind="tool-call"))
    return tm


def test_an_audit_log_does_not_make_injection_less_likely() -> None:
    # reviewers: "audit logging does nothing to stop injection"; it lowered the
    # likelihood of injection into a buying agent by a step
    rule = "ai/indirect-prompt-injection"
    (bare,) = _mail_agent().analyze().for_rule(rule)
    (logged,) = _mail_agent(c.AuditLogging()).analyze().for_rule(rule)
    assert logged.severity is bare.severity
    assert logged.likelihood is bare.likelihood
    assert "audit_logging" not in logged.controls_present
    # a control that does bear on it still counts
    (checked,) = _mail_agent(c.InputValidation()).analyze().for_rule(rule)
    assert checked.likelihood < bare.likelihood


# --------------------------------------------------------------------------- set 9


def _voice_samples(kind: str) -> tg.ThreatModel:
    tm = tg.ThreatModel("Voices")
    with tm.boundary("Internet", trust="untrusted"):
        actor = tm.add(tg.Actor("Voice actor"))
    with tm.boundary("Studio", trust="internal"):
        portal = tm.add(tg.Endpoint("Talent portal", controls={c.Authentication()}))
        samples = tm.add(tg.Dataset("Voice samples"))
        job = tm.add(tg.Pipeline("Fine-tuning", stage="fine-tuning"))
    data = tg.Data("Upload", sensitivity="pii", kind=kind)
    tm.flow(actor, portal, data, protocol="https")
    tm.flow(portal, samples, data)
    tm.flow(samples, job, tg.Data("Training set", sensitivity="pii", kind="training-data"))
    return tm


def test_people_who_supply_the_data_are_not_labellers() -> None:
    # actors uploading their own recordings were said to "write labels"
    rule = "ai/label-manipulation"
    assert _voice_samples("training-data").analyze().for_rule(rule) == []
    assert _voice_samples("media").analyze().for_rule(rule) == []
    assert len(_voice_samples("labels").analyze().for_rule(rule)) == 1


def _dubbing(*, audio_back: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Dubbing")
    with tm.boundary("Internet", trust="untrusted"):
        translator = tm.add(tg.Actor("Translator"))
    with tm.boundary("Studio", trust="internal"):
        editor = tm.add(tg.Endpoint("Editor", controls={c.Authentication()}))
        store = tm.add(tg.DataStore("Script store"))
        orchestrator = tm.add(tg.Service("Orchestrator"))
        tts = tm.add(tg.Model("Voice model", task="generative"))
        llm = tm.add(tg.LLM("Translation LLM"))
        job = tm.add(tg.Pipeline("Fine-tuning", stage="fine-tuning"))
        samples = tm.add(tg.Dataset("Voice samples"))
    script = tg.Data("Approved script", sensitivity="confidential", kind="documents")
    draft = tg.Data("Draft", sensitivity="confidential", kind="model-output")
    audio = tg.Data("Dubbed audio", sensitivity="confidential", kind="media")
    tm.flow(translator, editor, script, protocol="https")
    tm.flow(editor, store, script)
    tm.flow(store, orchestrator, script)
    tm.flow(orchestrator, tts, script)
    tm.flow(tts, orchestrator, audio)
    tm.flow(orchestrator, llm, tg.Data("Prompt", sensitivity="confidential", kind="prompt"))
    tm.flow(llm, orchestrator, draft)
    tm.flow(orchestrator, store, audio if audio_back else draft)
    tm.flow(store, editor, audio if audio_back else draft)
    tm.flow(editor, translator, audio if audio_back else draft, protocol="https")
    tm.flow(samples, job, tg.Data("Samples", sensitivity="pii", kind="training-data"))
    tm.flow(job, tts, tg.Data("Voice weights", kind="model-artifact"))
    return tm


def test_another_models_draft_is_not_this_models_answer() -> None:
    # the translator gets the LLM's draft back, never the voice model's audio: nothing
    # to copy the voice model from, nothing of its training data to extract
    rules = ("ai/model-extraction", "ai/training-data-inference")
    quiet = _dubbing(audio_back=False).analyze()
    assert [f for r in rules for f in quiet.for_rule(r)] == []
    heard = _dubbing(audio_back=True).analyze()
    assert len(heard.for_rule("ai/training-data-inference")) == 1


def _feedback(*, job_reads_reports: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Feedback")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Data", trust="internal"):
        warehouse = tm.add(tg.DataStore("Warehouse"))
        job = tm.add(tg.Service("Report job"))
        bot = tm.add(tg.Service("Q&A bot"))
        llm = tm.add(tg.LLM("LLM"))
        pm = tm.add(tg.Actor("Product manager"))
    feedback = tg.Data("Feedback", sensitivity="pii", kind="records")
    report = tg.Data("Report", sensitivity="pii", kind="model-output")
    tm.flow(customer, warehouse, feedback, protocol="https")
    tm.flow(warehouse, job, feedback)
    if job_reads_reports:
        tm.flow(warehouse, job, report, label="last report")
    tm.flow(job, llm, tg.Data("Report prompt", sensitivity="pii", kind="prompt"))
    tm.flow(llm, job, tg.Data("Completion", sensitivity="pii", kind="model-output"))
    tm.flow(job, warehouse, report)
    tm.flow(warehouse, bot, report)
    tm.flow(bot, llm, tg.Data("Question prompt", sensitivity="pii", kind="prompt"))
    tm.flow(llm, bot, tg.Data("Answer", sensitivity="pii", kind="model-output"))
    tm.flow(bot, pm, tg.Data("Answer", sensitivity="pii", kind="model-output"))
    return tm


def test_a_summary_another_component_reads_is_not_the_writers_memory() -> None:
    # the report job writes a summary the chat bot reads; the job never reads it back
    rule = "ai/agent-memory-poisoning"
    assert _feedback(job_reads_reports=False).analyze().for_rule(rule) == []
    # a job that reads its last report back into its next prompt keeps a memory
    assert len(_feedback(job_reads_reports=True).analyze().for_rule(rule)) == 1


def _quotes(*, api_limited: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Quotes")
    with tm.boundary("Internet", trust="untrusted"):
        visitor = tm.add(tg.Actor("Visitor"))
    with tm.boundary("Web", trust="internal"):
        site = tm.add(tg.Endpoint("Quote site"))
        api = tm.add(
            tg.Service("Quoting API", controls={c.RateLimiting()} if api_limited else set())
        )
        model = tm.add(tg.Model("Pricing model"))
    req = tg.Data("Quote request", sensitivity="pii", kind="features")
    tm.flow(visitor, site, req, protocol="https")
    tm.flow(site, api, req, protocol="https")
    tm.flow(api, model, req)
    tm.flow(model, api, tg.Data("Premium", sensitivity="confidential", kind="model-output"))
    return tm


def test_a_site_whose_model_calls_pass_a_rate_limited_api_is_not_a_flood_entry() -> None:
    # one finding id whichever rule of the family explains it (a pricing classifier is
    # cheap to call, so it is stride/internet-facing-flood's)
    rules = ("stride/denial-of-service", "stride/internet-facing-flood")

    def floods(api_limited: bool) -> list[Finding]:
        report = _quotes(api_limited=api_limited).analyze()
        return [f for r in rules for f in report.for_rule(r)]

    assert floods(True) == []
    (f,) = floods(False)
    assert f.target.ids == ("quote-site",)


# --------------------------------------------------------------------------- set 10


def _graded(consumer_stage: str) -> tg.ThreatModel:
    tm = tg.ThreatModel("Grading")
    with tm.boundary("School", trust="internal"):
        teacher = tm.add(tg.Actor("Teacher"))
        app = tm.add(tg.Service("Review app"))
        archive = tm.add(tg.Dataset("Graded archive"))
        job = tm.add(tg.Pipeline("Calibration", stage=consumer_stage))
    grades = tg.Data("Grades", sensitivity="pii", kind="labels")
    tm.flow(teacher, app, grades, protocol="https")
    tm.flow(app, archive, grades)
    tm.flow(archive, job, grades)
    return tm


def test_labels_nothing_learns_from_are_not_training_truth() -> None:
    rule = "ai/label-manipulation"
    assert _graded("evaluation").analyze().for_rule(rule) == []
    assert len(_graded("training").analyze().for_rule(rule)) == 1
    # a labelling step writing into a training set writes labels, declared or not
    tm = tg.ThreatModel("Labelling")
    with tm.boundary("Corp", trust="internal"):
        analyst = tm.add(tg.Actor("Analyst"))
        labelling = tm.add(tg.Pipeline("Labelling", stage="labeling"))
        labels = tm.add(tg.Dataset("Label set"))
        train = tm.add(tg.Pipeline("Training", stage="training"))
    tm.flow(analyst, labelling, tg.Data("Verdicts"))
    tm.flow(labelling, labels, tg.Data("Labels"))
    tm.flow(labels, train, tg.Data("Training set", kind="training-data"))
    assert len(tm.analyze().for_rule(rule)) == 1


def _chat_via(platform_data: tg.Data) -> tg.ThreatModel:
    tm = tg.ThreatModel("Concierge")
    with tm.boundary("Internet", trust="untrusted"):
        guest = tm.add(tg.Actor("Guest"))
    with tm.boundary("Meta", trust="partner"):
        whatsapp = tm.add(tg.ExternalService("WhatsApp platform"))
    with tm.boundary("Hotel", trust="internal"):
        gateway = tm.add(tg.Endpoint("Chat gateway"))
        agent = tm.add(tg.Agent("Concierge agent", autonomy="autonomous"))
    tm.flow(guest, whatsapp, platform_data, protocol="https")
    tm.flow(whatsapp, gateway, platform_data, protocol="https")
    tm.flow(gateway, agent, platform_data)
    tm.flow(agent, gateway, tg.Data("Reply", sensitivity="pii", kind="model-output"))
    return tm


def test_a_messaging_platform_passing_a_guests_prompt_on_is_a_relay() -> None:
    # WhatsApp delivering the guest's own message is the guest prompting, not content
    # someone else wrote
    prompt = tg.Data("Guest message", sensitivity="pii", kind="prompt")
    report = _chat_via(prompt).analyze()
    assert report.for_rule("ai/indirect-prompt-injection") == []
    (direct,) = report.for_rule("ai/prompt-injection-direct")
    assert direct.explanation.startswith("Guest (Internet, untrusted) can prompt")
    # documents passed through a platform are still content others wrote
    shared = tg.Data("Shared file", sensitivity="pii", kind="documents")
    assert len(_chat_via(shared).analyze().for_rule("ai/indirect-prompt-injection")) == 1


def test_a_data_feed_the_model_scores_is_not_named_as_copying_it() -> None:
    tm = tg.ThreatModel("Valuation")
    with tm.boundary("Internet", trust="untrusted"):
        registry = tm.add(tg.DataSource("Land registry", origin="public-dataset"))
        client = tm.add(tg.Actor("Client"))
    with tm.boundary("Lending", trust="internal"):
        ingest = tm.add(tg.Pipeline("Ingestion"))
        api = tm.add(tg.Endpoint("Valuation API", returns_scores=True))
        model = tm.add(tg.Model("Valuation model", returns_scores=True))
        train = tm.add(tg.Pipeline("Training", stage="training"))
    tm.flow(registry, ingest, tg.Data("Records", kind="records"), protocol="https")
    tm.flow(ingest, api, tg.Data("Property features", sensitivity="confidential", kind="features"))
    tm.flow(client, api, tg.Data("Request", sensitivity="pii", kind="features"), protocol="https")
    tm.flow(api, model, tg.Data("Features", sensitivity="confidential", kind="features"))
    value = tg.Data("Value", sensitivity="confidential", kind="model-output")
    tm.flow(model, api, value)
    tm.flow(api, client, value, protocol="https")
    tm.flow(train, model, tg.Data("Weights", kind="model-artifact"))
    (f,) = tm.analyze().for_rule("ai/model-extraction")
    assert f.explanation.startswith("Client (Internet, untrusted) queries")
    assert "Land registry" not in f.explanation


def _scoring(extra: tg.Data | None) -> tg.ThreatModel:
    tm = tg.ThreatModel("Coaching")
    with tm.boundary("Internet", trust="untrusted"):
        prospect = tm.add(tg.Actor("Prospect"))
    with tm.boundary("Platform", trust="internal"):
        transcripts = tm.add(tg.DataStore("Transcript store"))
        scorer = tm.add(tg.Service("Call scoring service"))
        llm = tm.add(tg.LLM("Hosted LLM"))
    tm.flow(prospect, transcripts, tg.Data("Call audio", kind="media"), protocol="https")
    tm.flow(transcripts, scorer, tg.Data("Transcript", sensitivity="pii", kind="documents"))
    tm.flow(
        scorer,
        llm,
        tg.Data("Rubric", kind="instructions"),
        tg.Data("Scoring prompt", sensitivity="pii", kind="prompt"),
    )
    tm.flow(llm, scorer, tg.Data("Scores", sensitivity="pii", kind="model-output"))
    if extra is not None:
        with tm.boundary("Internet"):
            vendor = tm.add(tg.ExternalService("Rubric vendor"))
        tm.flow(vendor, scorer, extra, protocol="https")
    return tm


def test_what_a_prompt_building_service_takes_in_is_not_its_instructions() -> None:
    rule = "ai/agent-instructions-tampering"
    # transcripts and model replies are input; the injection finding covers them
    assert _scoring(None).analyze().for_rule(rule) == []
    # a rubric brought in from outside rewrites what it tells the model
    rubric = tg.Data("Methodology rubric", kind="instructions")
    (f,) = _scoring(rubric).analyze().for_rule(rule)
    assert f.target.ids == ("call-scoring-service",)


def _lms_endpoint(*controls: c.Control, student_direct: bool = False) -> tg.ThreatModel:
    tm = tg.ThreatModel("Grading")
    with tm.boundary("LMS vendor", trust="partner"):
        lms = tm.add(tg.ExternalService("Learning platform"))
    with tm.boundary("District", trust="internal"):
        api = tm.add(tg.Endpoint("LMS endpoint", internet_facing=True, controls=set(controls)))
        llm = tm.add(tg.LLM("Grader"))
    essay = tg.Data("Essay", sensitivity="pii", kind="documents")
    tm.flow(lms, api, essay, protocol="https")
    tm.flow(api, llm, tg.Data("Grading prompt", sensitivity="pii", kind="prompt"))
    if student_direct:
        with tm.boundary("Internet", trust="untrusted"):
            student = tm.add(tg.Actor("Student"))
        tm.flow(student, api, essay, protocol="https")
    return tm


def test_an_authenticated_endpoint_only_a_partner_calls_is_not_an_open_flood() -> None:
    rule = "stride/denial-of-service"
    only = "stride/internet-facing-flood"
    # authentication mitigates the flood of an entry only a partner is drawn calling;
    # the finding stays (a control changes a finding's status, never whether it is raised)
    (signed,) = _lms_endpoint(c.Authentication()).analyze().for_rule(only)
    assert signed.status is Status.MITIGATED
    assert _lms_endpoint(c.Authentication()).analyze().for_rule(rule) == []
    # without authentication, "internet facing" lets anyone send requests
    (bare,) = _lms_endpoint().analyze().for_rule(only)
    assert bare.status is Status.OPEN
    assert bare.id == signed.id
    # strangers drawn sending to it are callers whether it authenticates them or not
    drawn = _lms_endpoint(c.Authentication(), student_direct=True)
    assert len(drawn.analyze().for_rule(rule)) == 1


def _keyed_caller(*store_controls: c.Control) -> tg.ThreatModel:
    tm = tg.ThreatModel("Keys")
    with tm.boundary("CI", trust="internal"):
        secrets = tm.add(
            tg.DataStore(
                "Secrets",
                stores={tg.Data("LLM key", sensitivity="secret", kind="credentials")},
                controls=set(store_controls),
            )
        )
        workflow = tm.add(tg.Service("Workflow"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(secrets, workflow, tg.Data("LLM key", sensitivity="secret", kind="credentials"))
    tm.flow(workflow, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
    return tm


def test_a_secret_manager_holding_the_model_key_counts() -> None:
    rule = "ai/model-api-key-abuse"
    (bare,) = _keyed_caller().analyze().for_rule(rule)
    assert bare.status is Status.OPEN
    (kept,) = _keyed_caller(c.SecretsManagement()).analyze().for_rule(rule)
    assert kept.status is Status.MITIGATED


# --------------------------------------------------------------------------- set 11


def _rule_writer(*, review_step: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Intel rules")
    with tm.boundary("Internet", trust="untrusted"):
        forums = tm.add(tg.DataSource("Forums", origin="public-web"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    with tm.boundary("Security", trust="internal"):
        drafting = tm.add(tg.Service("Drafting service"))
        deploy = tm.add(tg.Pipeline("Deployment", stage="deployment"))
        siem = tm.add(tg.DataStore("SIEM"))
        review = (
            tm.add(tg.Endpoint("Review console", controls={c.HumanInTheLoop()}))
            if review_step
            else None
        )
    posts = tg.Data("Posts", kind="documents")
    tm.flow(forums, drafting, posts, protocol="https")
    tm.flow(drafting, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
    tm.flow(llm, drafting, tg.Data("Draft rules", kind="model-output"), protocol="https")
    rules = tg.Data("Detection rules", kind="code")
    if review is not None:
        tm.flow(drafting, review, rules)
        tm.flow(review, deploy, rules)
    else:
        tm.flow(drafting, deploy, rules)
    tm.flow(deploy, siem, rules, protocol="https")
    return tm


def test_generated_rules_deployed_with_no_one_approving_are_output_handling() -> None:
    # reviewers' missing threat: an LLM drafting rules from forum posts, deployed as
    # they come; the service that asked for them passing them on is no check
    rule = "ai/improper-output-handling"
    (f,) = _rule_writer(review_step=False).analyze().for_rule(rule)
    assert f.target.ids == ("siem",)
    assert f.status is Status.OPEN
    # a person approving in between is the check
    assert _rule_writer(review_step=True).analyze().for_rule(rule) == []


def _copilot(*, privileged: bool = False, records: str = "pii") -> tg.ThreatModel:
    tm = tg.ThreatModel("SQL copilot")
    with tm.boundary("Corp", trust="internal"):
        user = tm.add(tg.Actor("Business user", privileged=privileged))
        app = tm.add(tg.Endpoint("Copilot app", controls={c.Authentication()}))
        agent = tm.add(tg.Agent("Copilot", autonomy="autonomous"))
        runner = tm.add(tg.Tool("Query runner", capabilities={"read"}))
        warehouse = tm.add(
            tg.DataStore("Warehouse", stores={tg.Data("Customer records", sensitivity=records)})
        )
    question = tg.Data("Question", sensitivity="confidential", kind="prompt")
    rows = tg.Data("Rows", sensitivity=records, kind="tool-result")
    tm.flow(user, app, question, protocol="https")
    tm.flow(app, agent, question)
    tm.flow(agent, runner, tg.Data("SQL", kind="tool-call"))
    tm.flow(runner, warehouse, tg.Data("SQL", kind="tool-call"))
    tm.flow(warehouse, runner, rows)
    tm.flow(runner, agent, rows)
    tm.flow(agent, app, tg.Data("Answer", sensitivity=records, kind="records"))
    tm.flow(app, user, tg.Data("Answer", sensitivity=records, kind="records"), protocol="https")
    return tm


def test_an_agent_serving_a_role_fetches_for_each_of_its_people() -> None:
    # the reviewers' most-missed threat: one shared read-all account behind a copilot
    # that every business user asks; "Business user" is a role, not one person
    rule = "stride/missing-subject-authorization"
    (f,) = _copilot().analyze().for_rule(rule)
    assert f.target.ids == ("warehouse",)
    # an admin using their own tool, or records about no one, is not that
    assert _copilot(privileged=True).analyze().for_rule(rule) == []
    assert _copilot(records="confidential").analyze().for_rule(rule) == []


# --------------------------------------------------------------------------- set 12


def _fleet_release(provides: str, *, device_trust: str = "internal") -> tg.ThreatModel:
    """Our registry's model build, published by an engineer to an outside service that
    pushes it to our own phones (a device-management service), where an app loads it."""
    tm = tg.ThreatModel("Shelf app")
    with tm.boundary("Phones", trust=device_trust):
        phone = tm.add(tg.Device("Phone app", fleet=True))
        model = tm.add(tg.Model("Shelf model", task="detector", origin="in-house"))
    with tm.boundary("Vendor", trust="partner"):
        relay = tm.add(tg.ExternalService("Relay", provides=provides))
    with tm.boundary("Cloud", trust="internal"):
        registry = tm.add(tg.ModelRegistry("Registry"))
        engineer = tm.add(tg.Actor("ML engineer", privileged=True))
    build = tg.Data("Build", kind="model-artifact", sensitivity="confidential")
    tm.flow(registry, engineer, build)
    tm.flow(engineer, relay, build, protocol="https")
    tm.flow(relay, phone, build, protocol="https")
    tm.flow(phone, model, build, protocol="local")
    tm.flow(phone, model, tg.Data("Shelf photo"), protocol="local")
    tm.flow(model, phone, tg.Data("Detection"), protocol="local")
    return tm


def test_a_device_management_service_pushing_our_build_is_no_outside_model_source() -> None:
    # a set-12 reviewer struck three findings on one MDM: it is the company's channel to
    # its own phones, not a hub; a swap on the way is the unsigned-model finding's
    report = _fleet_release("generic").analyze()
    rules = {f.rule for f in report.open()}
    assert "ai/unsigned-model-to-serving" in rules  # the swap on the way stays raised
    assert "ai/untrusted-model-source" not in rules
    assert "ai/unsafe-model-deserialization" not in rules
    assert "ai/model-published-externally" not in rules  # every phone holds the weights
    # a model hub is not such a channel: a look-alike or taken-over namespace there
    # serves someone else's model
    hub = {f.rule for f in _fleet_release("model-hub").analyze().open()}
    assert {"ai/untrusted-model-source", "ai/unsafe-model-deserialization"} <= hub
    # weights sent to an outside service that hands them to no device are still
    # published outside
    tm = tg.ThreatModel("Upload")
    with tm.boundary("Vendor", trust="partner"):
        store = tm.add(tg.ExternalService("Vendor storage", provides="generic"))
    with tm.boundary("Cloud", trust="internal"):
        engineer = tm.add(tg.Actor("ML engineer", privileged=True))
    tm.flow(engineer, store, tg.Data("Build", kind="model-artifact"), protocol="https")
    assert tm.analyze().for_rule("ai/model-published-externally")


def _two_agents_one_llm(*, shared_memory: bool) -> tg.ThreatModel:
    """A web-research agent and a data agent that both call one hosted LLM; the web
    agent reads public pages through a fetch tool."""
    tm = tg.ThreatModel("Research")
    with tm.boundary("Internet", trust="untrusted"):
        web = tm.add(tg.DataSource("Public web", origin="public-web"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    with tm.boundary("Platform", trust="internal"):
        fetch = tm.add(tg.Tool("Fetch tool", capabilities={"read", "network-egress"}))
        researcher = tm.add(tg.Agent("Web agent"))
        analyst = tm.add(tg.Agent("Data agent"))
        # it writes too: an agent that only reads what another agent read first is left
        # to that agent's finding (test_an_agent_reached_only_through_another_agent...)
        warehouse = tm.add(tg.Tool("SQL tool", capabilities={"read", "write"}))
        memory = tm.add(tg.DataStore("Task memory")) if shared_memory else None
    page = tg.Data("Page", kind="documents", sensitivity="public")
    tm.flow(web, fetch, page, protocol="https")
    tm.flow(fetch, researcher, page, protocol="local")
    tm.flow(researcher, fetch, tg.Data("Fetch call", kind="tool-call"), protocol="local")
    for agent in (researcher, analyst):
        tm.flow(agent, llm, tg.Data(f"{agent.name} prompt", kind="prompt"), protocol="https")
        tm.flow(llm, agent, tg.Data(f"{agent.name} answer", kind="model-output"), protocol="https")
    tm.flow(analyst, warehouse, tg.Data("Query", kind="tool-call"), protocol="local")
    tm.flow(
        warehouse,
        analyst,
        tg.Data("Rows", kind="records", sensitivity="confidential"),
        protocol="local",
    )
    if memory is not None:
        notes = tg.Data("Notes", kind="documents", sensitivity="internal")
        tm.flow(researcher, memory, notes, protocol="local")
        tm.flow(memory, analyst, notes, protocol="local")
    return tm


def test_a_shared_model_answers_each_caller_alone() -> None:
    # a set-12 reviewer: every agent of a multi-agent design got the web agent's
    # injection "through the hosted LLM" they all call; the LLM answers each caller its
    # own request, and the content really travels through their shared memory
    rule = "ai/indirect-prompt-injection"
    alone = _two_agents_one_llm(shared_memory=False).analyze()
    assert [f.target.key for f in alone.for_rule(rule)] == ["element:web-agent"]
    shared = _two_agents_one_llm(shared_memory=True).analyze()
    (data_agent,) = [f for f in shared.for_rule(rule) if f.target.key == "element:data-agent"]
    paths = [t.key for t in data_agent.affected if t.kind == "path"]
    assert paths == ["path:public-web>fetch-tool>web-agent>task-memory>data-agent"]


# --------------------------------------------------------------------------- set 13


def test_a_sign_in_assertion_an_identity_provider_hands_on_is_not_content() -> None:
    # a set-13 reviewer: paths "Teacher -> School IdP -> quiz API -> model" misread an
    # identity provider, which passes on its own assertion, not what the teacher typed
    from threatgraph.graph import facts

    tm = tg.ThreatModel("Quiz")
    with tm.boundary("Internet", trust="untrusted"):
        teacher = tm.add(tg.Actor("Teacher"))
    with tm.boundary("IdP", trust="partner"):
        idp = tm.add(tg.ExternalService("School IdP", provides="identity-provider"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Quiz API", purpose="api"))
        vault = tm.add(tg.DataStore("Vault"))
        worker = tm.add(tg.Service("Worker"))
    login = tg.Data("Login", kind="credentials", sensitivity="secret")
    assertion = tg.Data("Assertion", kind="credentials", sensitivity="pii")
    tm.flow(teacher, idp, login, protocol="https")
    tm.flow(idp, api, assertion, protocol="https")
    tm.flow(teacher, api, login, protocol="https")  # what an outsider sends is its content
    tm.flow(vault, worker, tg.Data("Token", kind="credentials"), protocol="https")
    system = tm.freeze()
    g = facts(system)

    def between(a: tg.Element, b: tg.Element) -> tg.Flow:
        (f,) = [f for f in system.outflows(a.id) if f.target == b.id]
        return f

    teacher_to_idp, idp_to_api = between(teacher, idp), between(idp, api)
    teacher_to_api, vault_to_worker = between(teacher, api), between(vault, worker)
    assert g.content_flow(teacher_to_idp)
    assert g.content_flow(teacher_to_api)
    assert not g.content_flow(idp_to_api)
    assert not g.content_flow(vault_to_worker)
    assert [s.path for s in g.routes(api)] == [("teacher", "quiz-api")]


# --------------------------------------------------------------------------- set 14


def _newsroom(cms_writes: tuple[str, ...], saved: str = "documents") -> tg.ThreatModel:
    """A CMS that stores the reporter's draft and hands it to a fact-check agent that
    reads web pages; the agent's report comes back to the CMS under its own name."""
    tm = tg.ThreatModel("Newsroom")
    data = {
        n: tg.Data(n, kind=k, sensitivity="confidential")
        for n, k in (("Draft", "documents"), ("Report", "model-output"), ("Saved", saved))
    }
    with tm.boundary("Web", trust="untrusted"):
        web = tm.add(tg.DataSource("Web pages", origin="public_web"))
    with tm.boundary("Newsroom", trust="internal"):
        reporter = tm.add(tg.Actor("Reporter"))
        cms = tm.add(tg.Service("CMS"))
        db = tm.add(tg.DataStore("CMS database"))
        agent = tm.add(tg.Agent("Fact-check agent"))
        fetch = tm.add(tg.Tool("Page fetch", capabilities={"read", "network-egress"}))
    tm.flow(reporter, cms, data["Draft"])
    tm.flow(cms, db, *(data[n] for n in cms_writes))
    tm.flow(db, cms, data["Draft"], data["Saved"])
    tm.flow(cms, agent, data["Draft"], data["Saved"])
    tm.flow(agent, fetch, tg.Data("URL", kind="tool-call"))
    tm.flow(web, fetch, tg.Data("Page", kind="retrieved-context"))
    tm.flow(fetch, agent, tg.Data("Page text", kind="tool-result"))
    tm.flow(agent, cms, data["Report"])
    return tm


def test_a_service_storing_what_a_colleague_handed_it_keeps_no_agent_memory() -> None:
    # set 14's newsroom: the CMS saves the reporter's draft and gives it to the agent
    # later; the agent's web-tainted report never goes into what the CMS hands back
    rule = "ai/agent-memory-poisoning"
    assert not _newsroom(("Draft",)).analyze().for_rule(rule)
    # what the CMS saves under a name of its own, declared as model output, may hold
    # the agent's report: memory
    (f,) = _newsroom(("Draft", "Saved"), saved="model-output").analyze().for_rule(rule)
    assert f.target.key == "element:cms-database"
    # saved as documents, or undeclared in a store not named for conversations, it is
    # the newsroom's records: text planted there reaches the agent as content it reads
    # (the injection findings), not as the agent's memory
    assert not _newsroom(("Draft", "Saved")).analyze().for_rule(rule)
    assert not _newsroom(()).analyze().for_rule(rule)


def _research_chain(*planner_tools: str) -> tg.ThreatModel:
    """A web-research agent writes findings to a shared memory; a planner reads them and
    tells a code agent what to run. Only the research agent reads the web itself."""
    tm = tg.ThreatModel("Research")
    with tm.boundary("Web", trust="untrusted"):
        web = tm.add(tg.DataSource("Web pages", origin="public_web"))
    with tm.boundary("Platform", trust="internal"):
        fetch = tm.add(tg.Tool("Fetch", capabilities={"read", "network-egress"}))
        research = tm.add(tg.Agent("Research agent"))
        memory = tm.add(tg.DataStore("Task memory"))
        planner = tm.add(tg.Agent("Planner agent"))
        coder = tm.add(tg.Agent("Code agent"))
        sandbox = tm.add(tg.Tool("Sandbox", capabilities={"execute-code"}))
        for cap in planner_tools:
            tool = tm.add(tg.Tool(f"Planner {cap} tool", capabilities={cap}))
            tm.flow(planner, tool, tg.Data("Call", kind="tool-call"))
    tm.flow(web, fetch, tg.Data("Page", kind="retrieved-context"))
    tm.flow(fetch, research, tg.Data("Page text", kind="tool-result"))
    tm.flow(research, memory, tg.Data("Findings", kind="documents"))
    tm.flow(memory, planner, tg.Data("Findings", kind="documents"))
    tm.flow(planner, coder, tg.Data("Plan", kind="instructions"))
    tm.flow(coder, sandbox, tg.Data("Code", kind="code"))
    return tm


def test_an_agent_reached_only_through_another_agent_with_no_stakes_is_no_copy() -> None:
    # set 12's research pipeline: reviewers struck the planner's injection finding as
    # a copy of the agents' that read the web first or run code
    rule = "ai/indirect-prompt-injection"
    on = {f.target.key for f in _research_chain().analyze().for_rule(rule)}
    assert on == {"element:research-agent", "element:code-agent"}
    # a planner that can itself send money is steered to do harm: its own finding
    on = {f.target.key for f in _research_chain("payment").analyze().for_rule(rule)}
    assert "element:planner-agent" in on


# --------------------------------------------------------------------------- set 15


def _study_reports(origin: str, *, outsider: bool = False) -> tg.ThreatModel:
    """A RAG assistant whose nightly job indexes study reports from a data source."""
    tm = tg.ThreatModel("Lab assistant")
    with tm.boundary("CRO", trust="partner"):
        drop = tm.add(tg.DataSource("Report drop", origin=origin))
    with tm.boundary("R&D", trust="internal"):
        scientist = tm.add(tg.Actor("Scientist"))
        job = tm.add(tg.Pipeline("Indexer", stage="ingestion"))
        index = tm.add(tg.VectorStore("Index"))
        llm = tm.add(tg.LLM("Assistant LLM"))
    report = tg.Data("Study report", kind="documents", sensitivity="confidential")
    tm.flow(drop, job, report, protocol="sftp")
    tm.flow(job, index, tg.Data("Chunks", kind="retrieved-context"))
    tm.flow(index, llm, tg.Data("Context", kind="retrieved-context", sensitivity="confidential"))
    tm.flow(scientist, llm, tg.Data("Question", kind="prompt"))
    tm.flow(llm, scientist, tg.Data("Answer", kind="model-output"))
    if outsider:
        with tm.boundary("Web", trust="untrusted"):
            web = tm.add(tg.DataSource("Preprints", origin="public_web"))
        tm.flow(web, job, tg.Data("Preprint", kind="documents"))
    return tm


def test_what_a_partner_puts_in_the_index_is_a_way_in_for_injection() -> None:
    # set 15's lab assistant: partner CRO reports reach the LLM through the index, and
    # the reviewer listed hidden instructions in them as the first threat missing
    rule = "ai/indirect-prompt-injection"
    (f,) = _study_reports("partner").analyze().for_rule(rule)
    assert f.explanation.startswith("What another company puts in Report drop")
    assert "path:report-drop>indexer>index>assistant-llm" in {t.key for t in f.affected}
    assert "AML.T0093" not in f.atlas  # not a public-facing application's
    (v,) = _study_reports("vendor").analyze().for_rule(rule)
    assert v.likelihood == f.likelihood
    # the organisation's own reports are no other company's
    assert not _study_reports("internal").analyze().for_rule(rule)
    # outsiders' text, when drawn, is the finding's way in
    (o,) = _study_reports("partner", outsider=True).analyze().for_rule(rule)
    assert o.explanation.startswith("Content from Preprints")


def test_a_carriers_tracking_events_are_named_before_the_colleagues() -> None:
    # set 15's refund agent: its injection finding named the support staff who write
    # back-office refunds; the reviewer struck it and named the carrier's tracking events
    tm = tg.ThreatModel("Refunds")
    with tm.boundary("Carrier", trust="partner"):
        carrier = tm.add(tg.ExternalService("Tracking API", provides="data_provider"))
    with tm.boundary("Store", trust="internal"):
        staff = tm.add(tg.Actor("Support staff"))
        orders = tm.add(tg.DataStore("Orders"))
        agent = tm.add(tg.Agent("Refund agent"))
        tracking = tm.add(tg.Tool("Tracking tool", capabilities={"read"}))
    tm.flow(staff, orders, tg.Data("Refund note", kind="records"))
    tm.flow(orders, agent, tg.Data("Order", kind="records"))
    tm.flow(agent, tracking, tg.Data("Query", kind="tool-call"))
    tm.flow(tracking, carrier, tg.Data("Query", kind="tool-call"))
    tm.flow(carrier, tracking, tg.Data("Events", kind="tool-result"))
    tm.flow(tracking, agent, tg.Data("Events", kind="tool-result"))
    (f,) = tm.analyze().for_rule("ai/indirect-prompt-injection")
    assert f.explanation.startswith("What another company puts in Tracking API")
    assert "Support staff" not in f.explanation


# --------------------------------------------------------------------------- set 16


def test_camera_streams_and_hl7_feeds_are_known_protocols() -> None:
    # set 16's loss-prevention design declared its CCTV feed as rtsp, and the finding
    # called that protocol undeclared; its reviewer wanted the cleartext stream named
    lookup = tg.protocols.lookup
    for name in ("rtsp", "mllp", "smb", "nfs", "profinet", "gige-vision"):
        p = lookup(name)
        assert p is not None, name
        assert not p.encrypted, name
    for name in ("rtsps", "mllp+tls", "mllps", "lorawan"):
        p = lookup(name)
        assert p is not None, name
        assert p.encrypted, name
    # a message format or a telephone line says nothing about the transport: unknown
    # (text messages are known since set 99: cleartext, in the carriers' hands)
    for name in ("hl7", "pstn", "dlms/cosem"):
        assert lookup(name) is None, name
    # the camera's stream into the store's edge box: cleartext across a boundary
    rule = "stride/unencrypted-boundary-crossing"
    for proto, found in (("rtsp", 1), ("rtsps", 0)):
        tm = tg.ThreatModel("Store")
        with tm.boundary("Shop floor", trust="internal"):
            cam = tm.add(tg.Device("Camera"))
        with tm.boundary("Edge", trust="restricted"):
            edge = tm.add(tg.Service("Edge video service"))
        tm.flow(cam, edge, tg.Data("Frames", kind="media", sensitivity="pii"), protocol=proto)
        assert len(tm.analyze().for_rule(rule)) == found, proto


def test_a_token_a_listener_signs_in_with_is_not_in_the_models_context() -> None:
    # set 16's podcast search: "it sees secret data" came from the sign-in token the
    # listener hands the app API, two hops before the model; a reviewer struck it
    def build(token_to_model: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("Podcasts")
        with tm.boundary("Internet", trust="untrusted"):
            listener = tm.add(tg.Actor("Listener"))
        with tm.boundary("Cloud", trust="internal"):
            api = tm.add(tg.Endpoint("App API"))
            answers = tm.add(tg.Service("Answer service"))
            llm = tm.add(tg.LLM("Hosted LLM"))
        token = tg.Data("ID token", kind="credentials", sensitivity="secret")
        question = tg.Data("Question", kind="prompt", sensitivity="internal")
        tm.flow(listener, api, question, token, protocol="https")
        tm.flow(api, answers, question)
        tm.flow(answers, llm, question, *((token,) if token_to_model else ()))
        tm.flow(llm, answers, tg.Data("Answer", kind="model-output"))
        return tm

    rule = "ai/prompt-injection-direct"
    (f,) = build(token_to_model=False).analyze().for_rule(rule)
    assert "secret" not in f.explanation
    # a key put into the model's own prompt is in its context
    (g,) = build(token_to_model=True).analyze().for_rule(rule)
    assert "it sees secret data" in g.explanation


# --------------------------------------------------------------------------- set 17


def test_a_console_showing_the_agents_log_to_people_reads_nothing_back() -> None:
    # set 17's scheduling agent: its activity log is shown to recruiters in a console
    # that sends the agent only takeover commands; a reviewer struck "poisoned memory"
    def build(console_prompts: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("Scheduling")
        with tm.boundary("Internet", trust="untrusted"):
            candidate = tm.add(tg.Actor("Candidate"))
        with tm.boundary("Cloud", trust="internal"):
            recruiter = tm.add(tg.Actor("Recruiter"))
            agent = tm.add(tg.Agent("Scheduling agent"))
            log = tm.add(tg.DataStore("Activity log"))
            console = tm.add(tg.Service("Recruiter console"))
        entry = tg.Data("Activity", kind="logs")
        tm.flow(candidate, agent, tg.Data("Reply email", kind="documents"))
        tm.flow(agent, log, entry)
        tm.flow(log, console, entry)
        tm.flow(console, recruiter, entry)
        kind = "prompt" if console_prompts else "instructions"
        tm.flow(console, agent, tg.Data("Takeover", kind=kind))
        return tm

    rule = "ai/agent-memory-poisoning"
    assert not build(console_prompts=False).analyze().for_rule(rule)
    # a service that builds the agent's prompt may put the log in it: memory
    (f,) = build(console_prompts=True).analyze().for_rule(rule)
    assert f.target.key == "element:activity-log"


# --------------------------------------------------------------------------- earlier sets


def test_a_zone_nested_in_its_parent_with_the_same_trust_is_one_network() -> None:
    # fifteen reviewers of earlier sets struck the undeclared-protocol list where its
    # only flows ran from a company cloud into the ML platform drawn inside it, both
    # internal; a restricted zone nested in an internal one is still a crossing
    def build(inner_trust: str) -> tg.ThreatModel:
        tm = tg.ThreatModel("Nested")
        with tm.boundary("Company cloud", trust="internal"):
            warehouse = tm.add(tg.DataStore("Warehouse"))
            with tm.boundary("ML platform", trust=inner_trust):
                job = tm.add(tg.Pipeline("Training", stage="training"))
        tm.flow(warehouse, job, tg.Data("Customer records", sensitivity="pii"))
        return tm

    rule = "hygiene/undeclared-protocol"
    assert not build("internal").analyze().for_rule(rule)
    (f,) = build("restricted").analyze().for_rule(rule)
    assert "warehouse->training" in f.explanation


# --------------------------------------------------------------------------- set 18


def _own_listing(kind: str) -> tg.ThreatModel:
    """An agent uploads what the model writes up for that same agent; the portal also
    calls an outside records API."""
    tm = tg.ThreatModel("Listing")
    with tm.boundary("Internet", trust="untrusted"):
        agent = tm.add(tg.Actor("Real-estate agent"))
    with tm.boundary("Cloud", trust="internal"):
        portal = tm.add(tg.Endpoint("Listing portal"))
        generator = tm.add(tg.Service("Description generator"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Vision LLM", origin="third-party-api"))
        records = tm.add(tg.ExternalService("Property records API"))
    upload = tg.Data("Upload", kind=kind, sensitivity="pii")
    draft = tg.Data("Draft description", kind="model-output", sensitivity="pii")
    tm.flow(agent, portal, upload, protocol="https")
    tm.flow(portal, generator, upload)
    tm.flow(generator, llm, tg.Data("Prompt", kind="prompt", sensitivity="pii"), protocol="https")
    tm.flow(llm, generator, draft, protocol="https")
    tm.flow(generator, portal, draft)
    tm.flow(portal, agent, draft, protocol="https")
    tm.flow(portal, records, tg.Data("Address", kind="records"), protocol="https")
    return tm


def test_people_who_steer_a_model_only_for_themselves_are_no_injection_or_leak() -> None:
    # set 18's listing generator: the agent's own facts and photos come back to that
    # agent as a description; reviewers struck both the injection and the leak finding
    report = _own_listing("records").analyze()
    assert not report.for_rule("ai/indirect-prompt-injection")
    assert not report.for_rule("ai/agent-exfiltration")
    # a document someone else may have written (a counterparty's contract) is still
    # another author's text
    (f,) = _own_listing("documents").analyze().for_rule("ai/indirect-prompt-injection")
    assert "Real-estate agent" in f.explanation


def test_a_model_on_the_same_tablet_is_no_place_a_rendered_link_goes() -> None:
    # set 18's reading app: "send data out through Reading app rendering links to
    # On-device speech scoring model" was struck; a model the client feeds is not a
    # destination for fetched links, an outside service it calls is
    def build(outside: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("Reading")
        with tm.boundary("Tablet", trust="untrusted"):
            child = tm.add(tg.Actor("Child"))
            app = tm.add(tg.Device("Reading app"))
            local = tm.add(tg.Model("On-device scorer"))
        with tm.boundary("Internet", trust="untrusted"):
            web = tm.add(tg.DataSource("Story pages", origin="public-web"))
            cdn = tm.add(tg.ExternalService("Image CDN"))
        with tm.boundary("Cloud", trust="internal"):
            coach = tm.add(tg.Service("Coach service"))
            db = tm.add(tg.DataStore("Progress", stores={tg.Data("Progress", sensitivity="pii")}))
        with tm.boundary("Vendor", trust="partner"):
            llm = tm.add(tg.LLM("Feedback LLM", origin="third-party-api"))
        tm.flow(child, app, tg.Data("Reading", kind="media"))
        tm.flow(app, local, tg.Data("Audio", kind="media"))
        tm.flow(app, coach, tg.Data("Scores", kind="records", sensitivity="pii"))
        tm.flow(web, coach, tg.Data("Story text", kind="documents"))
        tm.flow(db, coach, tg.Data("Progress", sensitivity="pii"))
        tm.flow(coach, llm, tg.Data("Prompt", kind="prompt", sensitivity="pii"))
        tm.flow(llm, coach, tg.Data("Feedback", kind="model-output"))
        tm.flow(coach, app, tg.Data("Feedback", kind="model-output"))
        tm.flow(app, child, tg.Data("Feedback", kind="model-output"))
        if outside:
            tm.flow(app, cdn, tg.Data("Image request", kind="records"))
        return tm

    assert not build(outside=False).analyze().for_rule("ai/agent-exfiltration")
    (f,) = build(outside=True).analyze().for_rule("ai/agent-exfiltration")
    assert "Reading app rendering links to Image CDN" in f.explanation
