"""Changes taken from reviewers' verdicts on held-out sets 335 and later, made in the
session of 2026-12-06 (thirty-ninth)."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

INDIRECT = "ai/indirect-prompt-injection"
FAIL_OPEN = "ai/fail-open-check"
PER_CALLER = "stride/missing-subject-authorization"


def _on(tm: tg.ThreatModel, rule: str) -> list[str]:
    return sorted(f.target.key for f in tm.analyze().open() if f.rule == rule)


def _coach(*, shared_store: bool) -> tg.ThreatModel:
    """Set 336's budgeting coach: the customer chats with the agent through the app,
    and confirms each savings transfer on a card in the same app; the transfer tool
    hands the agent the result."""
    tm = tg.ThreatModel("coach", profile="high")
    chat = tg.Data("Customer chat message", kind="prompt", sensitivity="pii")
    confirm = tg.Data("Transfer confirmation", kind="records", sensitivity="pii")
    call = tg.Data("Savings transfer instruction", kind="tool-call", sensitivity="pii")
    result = tg.Data("Transfer result", kind="tool-result", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
        app = tm.add(tg.Device("Budgeting app"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("App API", internet_facing=True, purpose="api"))
        agent = tm.add(tg.Agent("Coach agent", autonomy="supervised"))
        transfer = tm.add(tg.Tool("Savings transfer tool", capabilities={"money-movement"}))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    reply = tg.Data("Coach reply", kind="model-output", sensitivity="pii")
    tm.flow(customer, app, chat)
    tm.flow(customer, app, confirm)
    tm.flow(app, api, chat, protocol="https")
    tm.flow(app, api, confirm, protocol="https")
    tm.flow(api, agent, chat)
    tm.flow(agent, llm, tg.Data("Coaching prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"), protocol="https")
    tm.flow(agent, transfer, call)
    tm.flow(transfer, agent, result)
    tm.flow(agent, api, reply)
    tm.flow(api, app, reply, protocol="https")
    tm.flow(app, customer, reply)
    if shared_store:
        # the confirmation is kept where the tool reads every customer's back
        with tm.boundary("Cloud", trust="internal"):
            kept = tm.add(tg.DataStore("Confirmation store"))
        tm.flow(api, kept, confirm)
        tm.flow(kept, transfer, confirm)
    else:
        tm.flow(api, transfer, confirm)
    return tm


def test_a_prompters_own_input_through_a_tool_is_the_direct_finding() -> None:
    """Set 336 (struck as wrong: "the path carries the customer's own transfer
    confirmation; that is the customer's own input, which is direct injection"): the
    same person's input, in the same conversation, through a tool with no store in
    between, is the direct finding's, even when the tool moves money."""
    tm = _coach(shared_store=False)
    assert _on(tm, INDIRECT) == []
    assert _on(tm, "ai/prompt-injection-direct") == ["element:coach-agent"]


def test_through_a_store_a_money_tool_still_reads_others_input() -> None:
    """Kept in a store a tool that pays reads back, one customer's entry may come back
    in another's session: the indirect finding stays."""
    assert _on(_coach(shared_store=True), INDIRECT) == ["element:coach-agent"]


def _lounge(*, enrolment_lookup: bool) -> tg.ThreatModel:
    """Set 335's lounge gate: the enrolment API has the face model turn a selfie into a
    template and stores it; at the gate the access service has the same model verify a
    live image and waits on its answer."""
    tm = tg.ThreatModel("lounge", profile="high")
    selfie = tg.Data("Enrolment selfie", kind="media", sensitivity="regulated")
    template = tg.Data("Face template", kind="embeddings", sensitivity="regulated")
    live = tg.Data("Live face image", kind="media", sensitivity="regulated")
    score = tg.Data("Face match score", kind="model-output")
    with tm.boundary("Internet", trust="untrusted"):
        traveller = tm.add(tg.Actor("Traveller"))
    with tm.boundary("Airline cloud", trust="internal"):
        enrol = tm.add(tg.Endpoint("Enrolment API", purpose="api", controls={c.Authentication()}))
        access = tm.add(tg.Service("Lounge access service", controls={c.FailClosed()}))
        templates = tm.add(tg.DataStore("Face template store"))
        model = tm.add(tg.Model("Face matching model", task="verification", high_stakes=True))
    with tm.boundary("Lounge", trust="internal"):
        gate = tm.add(tg.Device("Lounge gate"))
    tm.flow(traveller, enrol, selfie, protocol="https")
    tm.flow(enrol, traveller, tg.Data("Enrolment status", kind="records"), protocol="https")
    tm.flow(enrol, model, selfie)
    tm.flow(model, enrol, template)
    tm.flow(enrol, templates, template)
    if enrolment_lookup:
        # the API looks the new template up among the members' before storing it
        tm.flow(templates, enrol, tg.Data("Nearest members", kind="model-output"))
    tm.flow(templates, model, template)
    tm.flow(gate, access, live)
    tm.flow(access, model, live)
    tm.flow(model, access, score)
    tm.flow(access, gate, tg.Data("Open command", kind="records"))
    return tm


def test_a_model_that_only_returns_a_template_is_no_check_there() -> None:
    """Set 335 (struck as wrong: "at enrolment the model computes a template, it does
    not act as a gate"): the enrolment API waits on no verdict; the gate's service,
    which does, declares fail-closed."""
    assert _on(_lounge(enrolment_lookup=False), FAIL_OPEN) == []


def test_a_template_looked_up_where_an_answer_comes_back_is_a_check() -> None:
    """Set 297's door service sends the face model's embeddings to a ban-list index
    that answers with matches (kept as valid): the vector is the check's question."""
    assert _on(_lounge(enrolment_lookup=True), FAIL_OPEN) == ["element:enrolment-api"]


def _triage(store: str) -> tg.ThreatModel:
    """Set 335's vet chatbot: the clinical lead uploads the practice's triage documents;
    the agent retrieves sections for any pet owner who asks."""
    tm = tg.ThreatModel("vet", profile="high")
    docs = tg.Data("Triage documents", kind="documents", sensitivity="confidential")
    chunks = tg.Data("Chunks", kind="retrieved-context", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        owner = tm.add(tg.Actor("Pet owner"))
    with tm.boundary("Clinic", trust="internal"):
        lead = tm.add(tg.Actor("Clinical lead vet"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", internet_facing=True, purpose="api"))
        agent = tm.add(tg.Agent("Triage agent"))
        job = tm.add(tg.Pipeline("Indexing pipeline"))
        index = tm.add(tg.VectorStore(store, stores={chunks}))
    tm.flow(lead, job, docs, protocol="https")
    tm.flow(job, index, chunks)
    tm.flow(owner, api, tg.Data("Symptoms", kind="prompt", sensitivity="pii"), protocol="https")
    tm.flow(api, agent, tg.Data("Symptoms", kind="prompt", sensitivity="pii"))
    tm.flow(agent, index, tg.Data("Query", kind="prompt", sensitivity="pii"))
    tm.flow(index, agent, chunks)
    tm.flow(agent, api, tg.Data("Advice", kind="model-output"))
    tm.flow(api, owner, tg.Data("Advice", kind="model-output"), protocol="https")
    return tm


@pytest.mark.parametrize(
    ("name", "raised"),
    [
        ("Triage protocol index", False),
        ("Incident runbook index", False),
        ("Triage case index", True),
    ],
)
def test_protocols_everyone_follows_are_shared_reference(name: str, raised: bool) -> None:
    """Set 335 (struck as wrong: "the index holds the practice's own triage protocols,
    meant to guide every owner's triage; they are not per-user records"): protocols,
    playbooks and runbooks join the procedures and guidance every caller works from."""
    assert bool(_on(_triage(name), PER_CALLER)) is raised


FAIRNESS = "profile/high/fairness"


def _screened(model: tg.Model, sent: str) -> tg.ThreatModel:
    """A high-stakes model reading personal data, whose answer a service of ours passes
    on to a member of staff."""
    tm = tg.ThreatModel("screened", profile="high")
    records = tg.Data("Case records", kind="records", sensitivity="regulated")
    with tm.boundary("Cloud", trust="internal"):
        service = tm.add(tg.Service("Case service"))
        store = tm.add(tg.DataStore("Case store", stores={records}))
        tm.add(model)
        staff = tm.add(tg.Actor("Case officer"))
    tm.flow(store, service, records)
    tm.flow(service, model, tg.Data("Prompt", kind="prompt", sensitivity="regulated"))
    tm.flow(model, service, tg.Data(sent, kind="model-output", sensitivity="regulated"))
    tm.flow(service, staff, tg.Data(sent, kind="model-output", sensitivity="regulated"))
    return tm


@pytest.mark.parametrize(
    ("sent", "raised"),
    [
        ("Proposed redactions", False),
        ("Redacted judgment", False),
        ("LLM redaction and ranking output", True),
        ("Eligibility decision", True),
    ],
)
def test_an_llm_that_proposes_redactions_decides_about_no_one(sent: str, raised: bool) -> None:
    """Set 336's court judgment anonymiser (struck as wrong: "the LLM proposes redaction
    spans in a document and a clerk reviews them; it decides nothing about people");
    set 319's agency LLM that also ranks the candidates it redacts still decides (kept
    as valid)."""
    llm = tg.LLM("Hosted LLM", origin="third-party-api", high_stakes=True)
    assert bool(_on(_screened(llm, sent), FAIRNESS)) is raised


@pytest.mark.parametrize(
    ("name", "raised"),
    [
        ("Outbreak cluster detection model", False),
        ("Adverse event signal model", False),
        ("Patient deterioration model", True),
    ],
)
def test_an_outbreak_detector_judges_wards_not_people(name: str, raised: bool) -> None:
    """Set 337's infection-prevention model (struck as wrong: "the model flags
    space-time clusters of infection on wards for a nurse to confirm; it makes no
    decision about an individual"), and set 346's device vigilance model ("flags device
    safety signals; it makes no decision about a person"): named for the outbreak or
    the signal it finds, like a model named for the object it judges. A model named for
    patients still decides about them."""
    model = tg.Model(name, task="detector", high_stakes=True)
    assert bool(_on(_screened(model, "Alert"), FAIRNESS)) is raised


def _ota(*, to_devices: bool) -> tg.ThreatModel:
    """Set 337's over-the-air update server: it takes signed packages from the release
    repository and sends them, as they came, to the vehicle fleet over mutual TLS."""
    tm = tg.ThreatModel("ota", profile="high")
    package = tg.Data("Signed update package", kind="code", sensitivity="confidential")
    status = tg.Data("Install status report", kind="records", sensitivity="pii")
    with tm.boundary("Vehicle cloud", trust="internal"):
        repo = tm.add(tg.DataStore("Update package repository", stores={package}))
        server = tm.add(tg.Service("OTA campaign server", internet_facing=True))
        telemetry = tm.add(tg.DataStore("Fault telemetry store", stores={status}))
    with tm.boundary("Vehicles", trust="untrusted"):
        fleet = tm.add(tg.Device("Vehicle fleet"))
    tm.flow(repo, server, package)
    tm.flow(server, telemetry, status)
    tm.flow(fleet, server, status, protocol="mtls")
    if to_devices:
        tm.flow(server, fleet, package, protocol="mtls")
    else:
        # the server builds something else from it: the package stops here
        tm.flow(server, fleet, tg.Data("Update manifest", kind="records"), protocol="mtls")
    return tm


def test_an_update_server_runs_none_of_the_code_it_hands_to_devices() -> None:
    """Set 337 (struck as wrong: "the campaign server distributes signed update packages
    to vehicles; it does not execute them"; and as weak, on the interface finding that
    said it "runs the code it is sent")."""
    tm = _ota(to_devices=True)
    assert _on(tm, "ai/code-environment-exfiltration") == []
    assert not any(
        "runs the code it is sent" in f.explanation
        for f in tm.analyze().open()
        if f.rule == "stride/exposed-interface"
    )


def test_code_that_stops_at_the_server_is_still_run_there() -> None:
    """When the package does not go on to the devices as it came, the server is where
    it runs."""
    tm = _ota(to_devices=False)
    found = [f for f in tm.analyze().open() if f.rule == "stride/exposed-interface"]
    assert found
    assert all("runs the code it is sent" in f.explanation for f in found)


INSIDER = "ai/insider-ml-tampering"


def _lab(*, engineer_submits_approval: bool = False, gate_on: str = "deployment") -> tg.ThreatModel:
    """Set 340's laboratory autoverification: the informatics scientist retrains the
    model; the deployment job, which the consultant clinical scientist approves, is the
    only way a new model file reaches the classifier."""
    tm = tg.ThreatModel("lab", profile="high")
    artifact = tg.Data("Model file", kind="model-artifact", sensitivity="confidential")
    config = tg.Data("Retraining config", kind="instructions")
    with tm.boundary("Informatics", trust="internal"):
        scientist = tm.add(
            tg.Actor("Lab informatics scientist", role="data scientist", privileged=True)
        )
        consultant = tm.add(
            tg.Actor("Consultant clinical scientist", role="clinical lead", privileged=True)
        )
        training = tm.add(tg.Pipeline("Model training pipeline", stage="training"))
        gate = c.HumanInTheLoop(approver="the consultant clinical scientist")
        deploy = tm.add(
            tg.Pipeline(
                "Model deployment job",
                stage="deployment",
                controls={gate} if gate_on == "deployment" else set(),
            )
        )
        model = tm.add(
            tg.Model(
                "Autoverification classifier",
                task="classifier",
                high_stakes=True,
                controls={gate} if gate_on == "model" else set(),
            )
        )
    tm.flow(scientist, training, config)
    tm.flow(training, deploy, artifact)
    tm.flow(deploy, model, artifact)
    tm.flow(consultant, deploy, tg.Data("Release sign-off", kind="records"))
    if engineer_submits_approval:
        tm.flow(scientist, deploy, tg.Data("Release approval", kind="records"))
    return tm


def test_a_release_another_person_approves_is_the_second_pair_of_eyes() -> None:
    """Sets 335 and 113 (struck: "model deployment already declares a second approver,
    so the engineer cannot ship a model alone"), set 340 (struck as wrong: "the
    consultant is the declared second approver ... the consultant does not build or
    ship models alone") and set 104 (the same for a fatigue-risk manager)."""
    assert _on(_lab(), INSIDER) == []


def test_an_approval_the_person_hands_in_is_theirs() -> None:
    """Set 97's mammography model (kept as valid: "flow 11 shows the ML engineer
    supplying the QA release approval himself")."""
    assert _on(_lab(engineer_submits_approval=True), INSIDER) == [
        "element:lab-informatics-scientist"
    ]


def test_an_approval_of_the_models_answers_is_no_release_review() -> None:
    """An approver of what the model decides (declared on the model) reviews no new
    model file (kept as valid on a council's pupil-absence model and a dosing model)."""
    assert "element:lab-informatics-scientist" in _on(_lab(gate_on="model"), INSIDER)


def _voice(*, summary_to_desk: bool) -> tg.ThreatModel:
    """Set 342's phone banking assistant: the caller's words reach the agent through
    the voice gateway and a speech service, and the gateway speaks its replies and
    transfers calls to a colleague."""
    tm = tg.ThreatModel("voice", profile="high")
    speech = tg.Data("Caller speech audio", kind="media", sensitivity="pii")
    with tm.boundary("Phone network", trust="untrusted"):
        caller = tm.add(tg.Actor("Caller"))
    with tm.boundary("Contact centre", trust="internal"):
        ivr = tm.add(tg.Service("Voice gateway (IVR)"))
        colleague = tm.add(tg.Actor("Contact-centre agent"))
        assistant = tm.add(tg.Agent("Voice banking assistant"))
        records = tm.add(
            tg.DataStore(
                "Core banking", stores={tg.Data("Accounts", kind="records", sensitivity="pii")}
            )
        )
    with tm.boundary("Speech provider", trust="partner"):
        stt = tm.add(tg.Model("Cloud speech service", task="generative", origin="third-party-api"))
    utterance = tg.Data("Utterance", kind="prompt", sensitivity="pii")
    tm.flow(caller, ivr, speech, protocol="pstn")
    tm.flow(ivr, stt, speech, protocol="wss")
    tm.flow(stt, ivr, utterance, protocol="wss")
    session = tg.Data("Authenticated call session", kind="records", sensitivity="confidential")
    tm.flow(ivr, assistant, utterance, session)
    tm.flow(records, assistant, tg.Data("Accounts", kind="records", sensitivity="pii"))
    tm.flow(assistant, ivr, tg.Data("Reply text", kind="model-output", sensitivity="pii"))
    tm.flow(ivr, caller, tg.Data("Reply audio", kind="media", sensitivity="pii"), protocol="pstn")
    tm.flow(ivr, colleague, speech)
    if summary_to_desk:
        tm.flow(assistant, colleague, tg.Data("Handoff summary", kind="model-output"))
    return tm


RENDERING = "ai/output-rendering"


def test_a_voice_gateway_renders_no_markup() -> None:
    """Set 342 (struck as wrong: "the IVR turns reply text into speech; nothing there
    fetches images or links or runs markup"), and sets 49 and 257 (a console given only
    raw audio and video; a kiosk tablet that plays synthesised audio)."""
    assert _on(_voice(summary_to_desk=False), RENDERING) == []


def test_a_summary_shown_to_a_colleague_is_still_rendered() -> None:
    """The handoff summary the assistant sends straight to the colleague's desk is read
    there: the finding stays, on the assistant, not on the voice gateway."""
    assert _on(_voice(summary_to_desk=True), RENDERING) == ["element:voice-banking-assistant"]


@pytest.mark.parametrize(
    ("above", "raised"),
    [
        ("letters flagged high-risk (new diagnosis, medication change)", False),
        ("75% loan-to-value or a low-confidence valuation", False),
        ("credits over USD 50", True),
    ],
)
def test_a_threshold_on_a_flag_is_a_level(above: str, raised: bool) -> None:
    """Set 342's letter translation (struck as wrong: "each letter is translated on its
    own merits; there is no amount or quota that splitting could slip under"), set
    128's counterfeit-risk score and set 345's loan-to-value ratio ("cannot be split into
    small steps the way a money limit can")."""
    tm = tg.ThreatModel("threshold", profile="high")
    with tm.boundary("Cloud", trust="internal"):
        staff = tm.add(tg.Actor("Clinic staff"))
        service = tm.add(
            tg.Service(
                "Translation service",
                controls={c.HumanInTheLoop(above=above, approver="bilingual reviewer")},
            )
        )
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
        records = tm.add(tg.DataStore("Patient record"))
    tm.flow(staff, service, tg.Data("Letter", kind="documents", sensitivity="pii"))
    tm.flow(service, llm, tg.Data("Prompt", kind="prompt", sensitivity="pii"))
    tm.flow(llm, service, tg.Data("Translation", kind="model-output", sensitivity="pii"))
    tm.flow(service, records, tg.Data("Translation", kind="model-output", sensitivity="pii"))
    assert bool(_on(tm, "ai/uncapped-automatic-steps")) is raised


def _plugin(*, runs_tests: bool) -> tg.ThreatModel:
    """Set 342's IDE assistant: the plug-in sends the code around the cursor to the
    assistant gateway as a prompt and shows the developer the suggestion."""
    tm = tg.ThreatModel("ide", profile="high")
    code = tg.Data("Editor context", kind="code", sensitivity="confidential")
    with tm.boundary("Laptops", trust="internal"):
        dev = tm.add(tg.Actor("Developer"))
        workspace = tm.add(tg.DataSource("Local workspace", provides={code}))
        plugin = tm.add(tg.Service("IDE plugin"))
    with tm.boundary("Internet", trust="untrusted"):
        tm.add(tg.ExternalService("Package registry"))
    with tm.boundary("Identity provider", trust="partner"):
        sso = tm.add(tg.ExternalService("Corporate SSO"))
    with tm.boundary("Cloud", trust="internal"):
        gateway = tm.add(tg.Endpoint("Assistant gateway", purpose="api"))
    tm.flow(plugin, sso, label="OIDC sign-in", protocol="https")
    tm.flow(sso, plugin, tg.Data("SSO token", kind="credentials"), protocol="https")
    tm.flow(dev, plugin, code)
    tm.flow(workspace, plugin, code)
    tm.flow(plugin, gateway, tg.Data("Completion request", kind="prompt"), protocol="https")
    tm.flow(gateway, plugin, tg.Data("Suggestion", kind="model-output"), protocol="https")
    tm.flow(plugin, dev, tg.Data("Suggestion", kind="model-output"))
    if runs_tests:
        tm.flow(
            plugin, "package-registry", tg.Data("Test report", kind="records"), protocol="https"
        )
    return tm


def test_a_model_client_reads_code_as_text() -> None:
    """Set 342 (struck as wrong: "the plugin reads editor context as data and sends it
    to the gateway; it does not run code"): everything it sends is a prompt, the
    model's answer or a sign-in."""
    assert _on(_plugin(runs_tests=False), "ai/code-environment-exfiltration") == []


def test_a_plugin_that_also_sends_other_data_out_still_runs_code() -> None:
    """Sending anything else (a test report to an outside service) makes it more than
    a model's client: the code it gets may run there."""
    assert _on(_plugin(runs_tests=True), "ai/code-environment-exfiltration") == [
        "element:ide-plugin"
    ]


def _photo_desk(*, files: bool) -> tg.ThreatModel:
    """Set 254's newsdesk: the public e-mails photos to a mailbox; a captioning service
    has an LLM describe them and logs each call; editors read the captions."""
    tm = tg.ThreatModel("desk", profile="high")
    photos = tg.Data("Reader photos", kind="documents", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        public = tm.add(tg.Actor("Member of the public"))
    with tm.boundary("Newsroom", trust="internal"):
        mailbox = tm.add(tg.DataStore("Photo mailbox", stores={photos}))
        service = tm.add(tg.Service("Caption service"))
        log = tm.add(tg.DataStore("Call log"))
        cms = tm.add(tg.DataStore("Story database"))
        editor = tm.add(tg.Actor("Editor"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Caption LLM", origin="third-party-api"))
    tm.flow(public, mailbox, photos, protocol="smtp")
    tm.flow(mailbox, service, photos)
    tm.flow(
        service, llm, tg.Data("Caption prompt", kind="prompt", sensitivity="pii"), protocol="https"
    )
    tm.flow(llm, service, tg.Data("Caption", kind="model-output"), protocol="https")
    tm.flow(service, log, tg.Data("Call log entry", kind="logs"))
    tm.flow(service, editor, tg.Data("Caption", kind="model-output"))
    if files:
        tm.flow(service, cms, tg.Data("Caption", kind="model-output"))
    return tm


def test_logging_the_call_does_nothing_in_the_senders_name() -> None:
    """Sets 254 and 342 (struck: "the senders are anonymous members of the public, any
    address is as good as another"; "nothing here depends on who sent the draft"): an
    answer written only to a log of the call files nothing for the sender."""
    assert _on(_photo_desk(files=False), "stride/spoofed-sender") == []


def test_filing_the_answer_still_acts_on_the_mail() -> None:
    """Filed where the newsroom works from (a story database), the answer is acted on."""
    assert _on(_photo_desk(files=True), "stride/spoofed-sender") == ["element:photo-mailbox"]


def _chronology(*, on_front: bool) -> tg.ThreatModel:
    """Set 344's children's services chronology: a social worker asks the web app, the
    web app asks the orchestrator, and the orchestrator sends case notes to a hosted
    LLM; the design records its basis and impact assessment on the web app."""
    tm = tg.ThreatModel("chronology", profile="high", frameworks={"gdpr"})
    notes = tg.Data("Case notes", kind="records", sensitivity="regulated")
    assessment = c.ImpactAssessment(basis="public task, Art. 6(1)(e); Art. 9(2)(g)")
    with tm.boundary("Council tenant", trust="internal"):
        worker = tm.add(tg.Actor("Social worker"))
        app = tm.add(tg.Service("Web app", controls={assessment} if on_front else set()))
        orchestrator = tm.add(tg.Service("Summarisation orchestrator"))
        cases = tm.add(tg.DataStore("Case system", stores={notes}))
    with tm.boundary("Cloud AI", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    request = tg.Data("Chronology request", kind="prompt", sensitivity="pii")
    tm.flow(worker, app, request)
    tm.flow(app, orchestrator, request)
    tm.flow(cases, orchestrator, notes)
    tm.flow(orchestrator, llm, tg.Data("Prompt", kind="prompt", sensitivity="regulated"))
    tm.flow(llm, orchestrator, tg.Data("Chronology", kind="model-output", sensitivity="regulated"))
    tm.flow(orchestrator, app, tg.Data("Chronology", kind="model-output", sensitivity="regulated"))
    return tm


@pytest.mark.parametrize(("on_front", "raised"), [(True, False), (False, True)])
def test_an_assessment_on_the_front_that_asks_for_the_work_counts(
    on_front: bool, raised: bool
) -> None:
    """Set 344 (struck as wrong: "the web app declares an impact assessment with its
    basis; that covers the whole processing, the LLM call included")."""
    found = _on(_chronology(on_front=on_front), "compliance/gdpr/special-category")
    assert bool(found) is raised


def _tax(*, token_from_idp: bool) -> tg.ThreatModel:
    """Set 348's tax chatbot: a taxpayer signs in at the government identity service,
    which issues the chat API the taxpayer's access token; the lookup tool calls the
    account API with it, and the API answers for the person in the token."""
    tm = tg.ThreatModel("tax", profile="high")
    token = tg.Data("Taxpayer access token", kind="credentials", sensitivity="secret")
    with tm.boundary("Internet", trust="untrusted"):
        taxpayer = tm.add(tg.Actor("Taxpayer"))
    with tm.boundary("Identity", trust="partner"):
        idp = tm.add(
            tg.ExternalService("Government identity service", provides="identity-provider")
        )
    with tm.boundary("Platform", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", internet_facing=True, purpose="api"))
        agent = tm.add(tg.Agent("Assistant"))
        tool = tm.add(tg.Tool("Account lookup tool"))
        accounts = tm.add(tg.Service("Account API"))
    question = tg.Data("Question", kind="prompt", sensitivity="pii")
    tm.flow(taxpayer, idp, tg.Data("Sign-in", kind="credentials", sensitivity="secret"))
    tm.flow(taxpayer, api, question, protocol="https")
    tm.flow(api, agent, question)
    if token_from_idp:
        tm.flow(idp, api, token, protocol="oidc")
        tm.flow(api, tool, token)
    else:
        # a service account of ours, not the taxpayer's token
        token = tg.Data("Service account key", kind="credentials", sensitivity="secret")
        with tm.boundary("Platform", trust="internal"):
            vault = tm.add(tg.DataStore("Vault", stores={token}))
        tm.flow(vault, tool, token)
    tm.flow(agent, tool, tg.Data("Lookup call", kind="tool-call", sensitivity="pii"))
    tm.flow(tool, accounts, tg.Data("Account request", kind="records", sensitivity="pii"), token)
    status = tg.Data("Filing status", kind="records", sensitivity="pii")
    tm.flow(accounts, tool, status)
    tm.flow(tool, agent, tg.Data("Filing status result", kind="tool-result", sensitivity="pii"))
    tm.flow(agent, api, tg.Data("Answer", kind="model-output", sensitivity="pii"))
    tm.flow(
        api, taxpayer, tg.Data("Answer", kind="model-output", sensitivity="pii"), protocol="https"
    )
    return tm


@pytest.mark.parametrize(("token_from_idp", "raised"), [(True, False), (False, True)])
def test_a_token_the_identity_provider_issued_the_caller_binds_the_call(
    token_from_idp: bool, raised: bool
) -> None:
    """Set 348 (struck as wrong: "the lookup tool forwards the session's access token
    and the API returns the record in that token"): a token the identity provider
    outsiders sign in to issued is theirs, like one their app sends."""
    found = _on(_tax(token_from_idp=token_from_idp), "ai/tool-caller-binding")
    assert bool(found) is raised


def _journal(*, score_on_alert: bool) -> tg.ThreatModel:
    """Set 347's mood journal: the orchestrator asks a crisis classifier and a hosted
    LLM about each entry, and flags entries to the escalation service."""
    tm = tg.ThreatModel("journal", profile="high")
    entry = tg.Data("Journal entry", kind="prompt", sensitivity="regulated")
    score = tg.Data("Crisis risk score", kind="model-output", sensitivity="regulated")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("App user"))
    with tm.boundary("Backend", trust="internal"):
        api = tm.add(tg.Endpoint("Journal API", internet_facing=True, purpose="api"))
        orchestrator = tm.add(tg.Service("Reflection orchestrator"))
        classifier = tm.add(tg.Model("Crisis language classifier", task="classifier"))
        escalation = tm.add(tg.Service("Crisis escalation service"))
    with tm.boundary("Helpline", trust="partner"):
        helpline = tm.add(tg.ExternalService("Crisis helpline"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(user, api, entry, protocol="https")
    tm.flow(api, orchestrator, entry)
    tm.flow(orchestrator, classifier, entry)
    tm.flow(classifier, orchestrator, score)
    tm.flow(orchestrator, llm, tg.Data("Reflection prompt", kind="prompt"), protocol="https")
    tm.flow(llm, orchestrator, tg.Data("Reflection", kind="model-output"), protocol="https")
    alert = tg.Data("Crisis alert", kind="records", sensitivity="regulated")
    tm.flow(orchestrator, escalation, *((score, entry) if score_on_alert else (alert, entry)))
    tm.flow(escalation, helpline, tg.Data("Crisis referral", kind="records"), protocol="https")
    return tm


@pytest.mark.parametrize(("score_on_alert", "raised"), [(True, False), (False, True)])
def test_an_alert_carrying_a_classifiers_score_is_its_call(
    score_on_alert: bool, raised: bool
) -> None:
    """Set 347 (struck as wrong: "the internal crisis language classifier triggers the
    helpline card and the referral; the hosted LLM has no part in the escalation
    decision")."""
    found = _on(_journal(score_on_alert=score_on_alert), "ai/alert-waits-on-model")
    assert bool(found) is raised


def _onboarding(register: str) -> tg.ThreatModel:
    """Sets 335 and 350 (and 24, 145, 184): an onboarding agent a business owner talks
    to looks companies up through a tool that calls an outside data provider."""
    tm = tg.ThreatModel("onboarding", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        owner = tm.add(tg.Actor("Business owner"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", internet_facing=True, purpose="api"))
        agent = tm.add(tg.Agent("Onboarding agent"))
        tool = tm.add(tg.Tool("Lookup tool", capabilities={"read"}))
    with tm.boundary("Providers", trust="partner"):
        provider = tm.add(tg.ExternalService(register, provides="data-provider"))
    question = tg.Data("Question", kind="prompt", sensitivity="pii")
    tm.flow(owner, api, question, protocol="https")
    tm.flow(api, agent, question)
    tm.flow(agent, tool, tg.Data("Lookup", kind="tool-call"))
    tm.flow(tool, provider, tg.Data("Lookup request", kind="tool-call"), protocol="https")
    record = tg.Data("Record", kind="tool-result", sensitivity="pii")
    tm.flow(provider, tool, record, protocol="https")
    tm.flow(tool, agent, record)
    tm.flow(agent, api, tg.Data("Answer", kind="model-output"))
    return tm


@pytest.mark.parametrize(
    ("register", "raised"),
    [
        ("National business register", False),
        ("Company registry data provider", False),
        ("Sanctions screening provider", False),
        ("Address lookup API", False),
        ("Customer CRM", True),
    ],
)
def test_a_public_register_answers_anyone_the_same(register: str, raised: bool) -> None:
    """Sets 335 and 350 (struck as wrong: "company-registry and sanctions lookups query
    public reference data, so naming someone else's company discloses nothing"), and
    set 353's address lookup ("a reference lookup against a partner address provider")."""
    assert bool(_on(_onboarding(register), "ai/tool-caller-binding")) is raised


def _plagiarism(*, makes: str) -> tg.ThreatModel:
    """Set 352's code plagiarism checker: a pipeline takes crawled public solutions and
    students' submissions and turns them into fingerprints for a scoring job."""
    tm = tg.ThreatModel("plagiarism", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        sites = tm.add(tg.ExternalService("Public code sites"))
    with tm.boundary("Cluster", trust="internal"):
        pipeline = tm.add(tg.Pipeline("Code normalisation pipeline", stage="preprocessing"))
        scorer = tm.add(tg.Service("Similarity scoring job"))
    tm.flow(sites, pipeline, tg.Data("Public code solutions", kind="code", sensitivity="public"))
    tm.flow(pipeline, scorer, tg.Data("Fingerprints", kind=makes, sensitivity="pii"))
    return tm


@pytest.mark.parametrize(("makes", "raised"), [("features", False), ("records", True)])
def test_code_turned_into_fingerprints_is_data(makes: str, raised: bool) -> None:
    """Set 352 (struck as wrong: "the crawled public code and the student submissions
    are reference data that the pipeline normalises and fingerprints; they are not
    dependencies")."""
    assert bool(_on(_plagiarism(makes=makes), "ai/mlops-supply-chain")) is raised


def test_mail_kept_in_an_index_it_searches_is_acted_on() -> None:
    """The Morris II case study (CS0024): an email assistant keeps past mail in the
    retrieval index it also searches. Writing the mail there is acting on it, though
    the write goes to an index it reads back from; only a search or a log is not."""
    tm = tg.ThreatModel("mail", profile="high")
    mail = tg.Data("Email", kind="documents", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        sender = tm.add(tg.Actor("Email correspondents"))
    with tm.boundary("Mail", trust="internal"):
        server = tm.add(tg.Service("Mail server"))
        assistant = tm.add(tg.Service("Email assistant"))
        index = tm.add(tg.VectorStore("Mail index"))
        user = tm.add(tg.Actor("Email user"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Model API", origin="third-party-api"))
    past = tg.Data("Past correspondence", kind="documents", sensitivity="pii")
    tm.flow(sender, server, mail, protocol="smtp")
    tm.flow(server, assistant, mail)
    tm.flow(assistant, index, past)
    tm.flow(index, assistant, past)
    tm.flow(
        assistant, llm, tg.Data("Reply prompt", kind="prompt", sensitivity="pii"), protocol="https"
    )
    reply = tg.Data("Generated reply", kind="model-output", sensitivity="pii")
    tm.flow(llm, assistant, reply, protocol="https")
    tm.flow(assistant, user, reply)
    assert _on(tm, "stride/spoofed-sender") == ["element:mail-server"]


@pytest.mark.parametrize(
    ("method", "raised"), [("SSO password with MFA", False), ("password", True)]
)
def test_a_second_factor_at_the_identity_provider_is_strong_authentication(
    method: str, raised: bool
) -> None:
    """Set 355 (struck as wrong: "the partner signs in through the firm identity
    provider, which declares SSO password with MFA")."""
    tm = tg.ThreatModel("intake", profile="high")
    with tm.boundary("Identity", trust="partner"):
        idp = tm.add(
            tg.ExternalService(
                "Firm identity provider",
                provides="identity-provider",
                controls={c.Authentication(method=method)},
            )
        )
    with tm.boundary("Offices", trust="internal"):
        partner = tm.add(tg.Actor("Supervising partner", role="partner", privileged=True))
    with tm.boundary("Cloud", trust="internal"):
        console = tm.add(tg.Service("Risk team console"))
    tm.flow(partner, idp, tg.Data("Staff sign-in", kind="credentials", sensitivity="secret"))
    tm.flow(idp, console, tg.Data("SSO token", kind="credentials", sensitivity="secret"))
    tm.flow(partner, console, tg.Data("Waiver approval", kind="records"))
    found = _on(tm, "stride/privileged-actor-access")
    assert bool(found) is raised
