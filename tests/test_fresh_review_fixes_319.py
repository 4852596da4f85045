"""Changes taken from reviewers' verdicts on held-out sets 319 and later, made in the
session of 2026-12-06 (thirty-eighth)."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

PARSING = "stride/untrusted-file-parsing"
FAIRNESS = "profile/high/fairness"


def _on(tm: tg.ThreatModel, rule: str) -> list[str]:
    return sorted(f.target.key for f in tm.analyze().open() if f.rule == rule)


def _payslips(*, features: bool, ocr_ours: bool = False) -> tg.ThreatModel:
    """Set 319's mortgage extraction: applicants upload payslips, a service hands each
    file to a managed OCR API and builds its prompt from the text that comes back."""
    tm = tg.ThreatModel("payslips")
    docs = tg.Data("Payslips and bank statements", kind="documents", sensitivity="pii")
    text = tg.Data("OCR text", kind="documents", sensitivity="pii")
    figures = tg.Data("Income figures", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        applicant = tm.add(tg.Actor("Mortgage applicant"))
    with tm.boundary("Bank cloud", trust="internal"):
        portal = tm.add(tg.Endpoint("Application portal", controls={c.InputValidation()}))
        store = tm.add(tg.DataStore("Document store"))
        extractor = tm.add(tg.Service("Income extraction service"))
        cases = tm.add(tg.DataStore("Case database"))
    if ocr_ours:
        with tm.boundary("Bank cloud", trust="internal"):
            ocr = tm.add(tg.Service("OCR service"))
    else:
        with tm.boundary("Cloud AI provider", trust="partner"):
            ocr = tm.add(tg.ExternalService("Managed OCR API"))
    tm.flow(applicant, portal, docs, protocol="https")
    tm.flow(portal, store, docs)
    tm.flow(store, extractor, docs)
    tm.flow(extractor, ocr, docs, protocol="https")
    tm.flow(ocr, extractor, text, protocol="https")
    tm.flow(extractor, cases, figures)
    if features:
        with tm.boundary("Bank cloud", trust="internal"):
            model = tm.add(tg.Model("Document fraud model", task="classifier"))
        tm.flow(extractor, model, tg.Data("Document features", kind="features"))
        tm.flow(model, extractor, tg.Data("Fraud score", kind="model-output"))
    return tm


def test_a_file_handed_to_an_outside_parser_is_opened_there() -> None:
    """Set 319 (struck as wrong: "the service passes the files to the managed OCR API
    and never parses them itself"), and the same verdict on audio handed to a
    speech-to-text vendor in sets 23, 106, 157, 267 and 295."""
    assert _on(_payslips(features=False), PARSING) == []


def test_a_parser_of_ours_still_opens_it() -> None:
    """An OCR service we run opens the file in our zone: the finding stays, on the
    nearest opener, naming the OCR service beside it."""
    tm = _payslips(features=False, ocr_ours=True)
    assert _on(tm, PARSING) == ["element:income-extraction-service"]
    (f,) = [f for f in tm.analyze().open() if f.rule == PARSING]
    assert "so do OCR service" in f.explanation


def test_features_made_beside_the_outside_answer_still_open_it() -> None:
    """A scoring job that sends photos to an image search and makes features for its
    model decodes them for the features (kept as valid in sets 59 and 108)."""
    assert _on(_payslips(features=True), PARSING) == ["element:income-extraction-service"]


@pytest.mark.parametrize(
    ("name", "raised"), [("Patient forum threads", False), ("Forum PDFs", True)]
)
def test_forum_threads_are_typed_text(name: str, raised: bool) -> None:
    """Set 320's pharmacovigilance triage (struck: "reads already-ingested text posts
    from its own store, not files from outsiders"): crawled forum threads are what people
    typed."""
    tm = tg.ThreatModel("pv")
    threads = tg.Data(name, kind="documents", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        forums = tm.add(tg.ExternalService("Patient forums"))
    with tm.boundary("PV cloud", trust="internal"):
        triage = tm.add(tg.Service("AE triage service"))
        queue = tm.add(tg.DataStore("Candidate queue"))
    tm.flow(forums, triage, threads, protocol="https")
    tm.flow(triage, queue, tg.Data("Candidates", kind="records", sensitivity="pii"))
    assert bool(_on(tm, PARSING)) is raised


def _estimator(name: str) -> tg.ThreatModel:
    """Set 319's motor claims: a high-stakes vision model prices the damage on photos a
    policyholder uploads, from the vehicle and policy details."""
    tm = tg.ThreatModel("claims", profile="high")
    photos = tg.Data("Damage photos", kind="media", sensitivity="pii")
    vehicle = tg.Data("Vehicle and policy details", kind="records", sensitivity="pii")
    with tm.boundary("Claims platform", trust="internal"):
        workflow = tm.add(tg.Service("Claims workflow"))
        model = tm.add(tg.Model(name, task="regressor", high_stakes=True))
    tm.flow(workflow, model, photos, vehicle)
    tm.flow(model, workflow, tg.Data("Estimate", kind="model-output", sensitivity="pii"))
    return tm


@pytest.mark.parametrize(
    ("name", "raised"),
    [
        ("Damage cost estimator", False),
        ("Repair cost model", False),
        ("Trade-in pricing model", False),
        ("Claim settlement model", True),
        ("Skin damage classifier", True),
    ],
)
def test_a_model_pricing_damage_decides_about_no_one(name: str, raised: bool) -> None:
    """Sets 262, 277, 319, 321 and 331 (struck: "the detector judges car panels, not
    people"; "the model values a vehicle, not a person"): a model named for the damage,
    repair or trade-in it prices is about the object; one that names a person's skin is
    not."""
    assert bool(_on(_estimator(name), FAIRNESS)) is raised


def _helpline(description: str) -> tg.ThreatModel:
    """Set 321's crisis text line: a conversation service asks a risk model for each
    texter's score and passes the conversation on to volunteers."""
    tm = tg.ThreatModel("helpline", profile="high")
    text = tg.Data("Text message", kind="prompt", sensitivity="regulated")
    with tm.boundary("Internet", trust="untrusted"):
        texter = tm.add(tg.Actor("Texter"))
    with tm.boundary("Helpline cloud", trust="internal"):
        service = tm.add(tg.Service("Conversation service"))
        model = tm.add(
            tg.Model(
                "Crisis risk triage model",
                task="classifier",
                high_stakes=True,
                description=description,
            )
        )
        volunteer = tm.add(tg.Actor("Volunteer"))
    tm.flow(texter, service, text, protocol="https")
    tm.flow(service, texter, tg.Data("Reply", kind="records", sensitivity="pii"), protocol="https")
    tm.flow(service, model, text)
    tm.flow(model, service, tg.Data("Risk score", kind="model-output", sensitivity="pii"))
    tm.flow(service, volunteer, text, protocol="https")
    return tm


@pytest.mark.parametrize(
    ("description", "raised"),
    [
        ("Scores imminent self-harm risk to set the queue order.", False),
        ("Scores self-harm risk; conversations it flags are held for a supervisor.", True),
    ],
)
def test_a_triage_score_orders_work_and_stops_nothing(description: str, raised: bool) -> None:
    """Set 321 (struck as wrong: "the model orders a queue. It is not a gate, and every
    conversation must reach a volunteer whatever the score")."""
    assert bool(_on(_helpline(description), "ai/fail-open-check")) is raised


def _chat(upload_label: str) -> tg.ThreatModel:
    """A member uploads a document to a chat API and asks a hosted LLM about it through
    the same API (set 12's mortgage document chat): two flows from the person to the
    API, told apart by their labels."""
    tm = tg.ThreatModel("chat")
    upload = tg.Data("Loan statement PDF", kind="documents", sensitivity="pii")
    ask = tg.Data("Member question", kind="prompt", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        member = tm.add(tg.Actor("Member"))
    with tm.boundary("Library cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", controls={c.Authentication()}))
        bot = tm.add(tg.Service("Chat orchestrator"))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(member, api, upload, protocol="https", label=upload_label)
    tm.flow(member, api, ask, protocol="https", label="question")
    tm.flow(api, bot, ask, upload)
    tm.flow(bot, llm, tg.Data("Prompt", kind="prompt", sensitivity="pii"), protocol="https")
    tm.flow(llm, bot, tg.Data("Answer", kind="model-output", sensitivity="pii"), protocol="https")
    tm.flow(bot, api, tg.Data("Reply", kind="model-output", sensitivity="pii"))
    tm.flow(api, member, tg.Data("Reply", kind="model-output", sensitivity="pii"), protocol="https")
    return tm


def test_who_prompts_does_not_depend_on_how_the_flows_are_named() -> None:
    """A person's upload and question on two flows to the same API: whether the
    upload's flow came first among the person's flows (by its id, made from its label)
    used to decide whether the person prompts the model."""
    found = [
        {(f.rule, f.target.key) for f in _chat(label).analyze().open()}
        for label in ("attach statement", "upload statement")
    ]
    assert found[0] == found[1]
    assert ("ai/prompt-injection-direct", "element:hosted-llm") in found[0]


def test_a_sign_in_alone_prompts_nothing() -> None:
    """Set 322's reading tutor (struck as a duplicate: "a parent pairing the tablet is
    not a prompting flow"): a flow carrying only credentials says who someone is. The
    child's reading reaches the tutor LLM through a speech model, as content, and is
    the indirect finding's."""
    import runpy
    from pathlib import Path

    path = (
        Path(__file__).parents[1]
        / "benchmarks/quality/fresh/childrens_reading_tutor_voice_app_llm.py"
    )
    tm = runpy.run_path(str(path))["tm"]
    found = tm.analyze().open()
    assert not [f for f in found if f.rule == "ai/prompt-injection-direct"]
    (indirect,) = [f for f in found if f.rule == "ai/indirect-prompt-injection"]
    assert "Child reader" in indirect.explanation


@pytest.mark.parametrize(("sender_trust", "raised"), [("partner", False), ("untrusted", True)])
def test_only_partners_correspondence_is_no_phishing_route(sender_trust: str, raised: bool) -> None:
    """Fourteen struck phishing findings over sets 91 to 289 ("generic phishing that
    applies to any mailbox"; "the lab does not send messages to the counsellor") had
    only partners as senders: a genetics lab's result files, outside counsel, a state
    permit portal. Documents the public uploads that staff open were kept."""
    tm = tg.ThreatModel("results")
    files = tg.Data("Result files", kind="documents", sensitivity="regulated")
    with tm.boundary("Sender", trust=sender_trust):
        sender = tm.add(tg.ExternalService("Genetics lab"))
    with tm.boundary("Clinic cloud", trust="internal"):
        store = tm.add(tg.DataStore("Results store"))
        app = tm.add(tg.Service("Counsellor app"))
        counsellor = tm.add(tg.Actor("Genetic counsellor"))
    tm.flow(sender, store, files, protocol="sftp")
    tm.flow(store, app, files)
    tm.flow(app, counsellor, files, protocol="https")
    tm.flow(counsellor, app, tg.Data("Notes", kind="records", sensitivity="pii"), protocol="https")
    assert bool(_on(tm, "stride/phishing")) is raised


def test_a_service_that_writes_a_files_text_opens_it() -> None:
    """Set 323's broker submissions (struck as wrong: "the untrusted PDF, Word and
    Excel files are parsed by the Submission intake service, which converts attachments
    to text"): the intake stores each e-mail as it came and sends on text it wrote from
    it, a document no flow brings it. It opens the file, not the workbench further on."""
    tm = tg.ThreatModel("broker")
    mail = tg.Data("Broker submission e-mail", kind="documents", sensitivity="confidential")
    text = tg.Data("Submission text", kind="documents", sensitivity="confidential")
    record = tg.Data("Submission record", kind="records", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        broker = tm.add(tg.Actor("Broker"))
    with tm.boundary("Insurer cloud", trust="internal"):
        intake = tm.add(tg.Service("Submission intake service"))
        docs = tm.add(tg.DataStore("Submission document store"))
        extraction = tm.add(tg.Service("Extraction service"))
        workbench = tm.add(tg.Service("Underwriting workbench"))
        underwriter = tm.add(tg.Actor("Underwriter"))
    tm.flow(broker, intake, mail, protocol="smtp+starttls")
    tm.flow(intake, docs, mail)
    tm.flow(intake, extraction, text)
    tm.flow(docs, workbench, mail, label="view source documents")
    tm.flow(workbench, underwriter, record, protocol="https")
    assert _on(tm, PARSING) == ["element:submission-intake-service"]


def test_licensed_content_loaded_by_our_pipeline_is_everyones() -> None:
    """Set 324's pharmacy chatbot (struck as wrong: "the interaction table and
    monograph index hold licensed reference content that every visitor may see"): a
    monthly ingestion of ours loads them from the vendor's release, and nothing else."""
    tm = tg.ThreatModel("pharmacy")
    release = tg.Data("Drug database release", kind="documents", sensitivity="confidential")
    rows = tg.Data("Interactions", kind="records", sensitivity="confidential")
    question = tg.Data("Question", kind="prompt", sensitivity="pii")
    with tm.boundary("Drug database vendor", trust="partner"):
        vendor = tm.add(
            tg.DataSource("Licensed drug database", origin="vendor", provides={release})
        )
    with tm.boundary("Internet", trust="untrusted"):
        visitor = tm.add(tg.Actor("Website visitor"))
    with tm.boundary("Pharmacy cloud", trust="internal"):
        ingestion = tm.add(tg.Pipeline("Drug content ingestion", stage="ingestion"))
        table = tm.add(tg.DataStore("Interaction table", stores={rows}))
        bot = tm.add(tg.Service("Chat orchestrator"))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(vendor, ingestion, release, protocol="sftp")
    tm.flow(ingestion, table, rows)
    tm.flow(visitor, bot, question, protocol="https")
    tm.flow(bot, table, tg.Data("Drug names", kind="records", sensitivity="internal"))
    tm.flow(table, bot, rows)
    tm.flow(bot, llm, tg.Data("Prompt", kind="prompt", sensitivity="pii"), protocol="https")
    tm.flow(llm, bot, tg.Data("Answer", kind="model-output", sensitivity="pii"), protocol="https")
    tm.flow(
        bot, visitor, tg.Data("Reply", kind="model-output", sensitivity="pii"), protocol="https"
    )
    assert _on(tm, "stride/missing-subject-authorization") == []


@pytest.mark.parametrize(
    ("description", "raised"),
    [
        ("Reads and writes only the signed-in taxpayer's own draft return.", False),
        ("Reads and writes the draft return of the taxpayer id it is given.", True),
    ],
)
def test_a_tool_described_as_acting_on_the_callers_own_records(
    description: str, raised: bool
) -> None:
    """Set 326's tax assistant (struck as wrong: "the return data tool is declared to
    act only on the signed-in taxpayer's own draft, which is exactly the check the
    finding says is missing"), as the per-caller store finding already read it."""
    tm = tg.ThreatModel("tax")
    draft = tg.Data("Draft return", kind="records", sensitivity="regulated")
    with tm.boundary("Internet", trust="untrusted"):
        taxpayer = tm.add(tg.Actor("Taxpayer"))
    with tm.boundary("Tax cloud", trust="internal"):
        agent = tm.add(tg.Agent("Tax assistant"))
        tool = tm.add(
            tg.Tool("Return data tool", capabilities={"read", "write"}, description=description)
        )
        engine = tm.add(tg.Service("Tax calculation engine"))
    tm.flow(
        taxpayer, agent, tg.Data("Question", kind="prompt", sensitivity="pii"), protocol="https"
    )
    tm.flow(
        agent, taxpayer, tg.Data("Answer", kind="model-output", sensitivity="pii"), protocol="https"
    )
    tm.flow(agent, tool, tg.Data("Tool call", kind="tool-call", sensitivity="pii"))
    tm.flow(tool, engine, draft)
    tm.flow(engine, tool, draft)
    tm.flow(tool, agent, draft)
    assert bool(_on(tm, "ai/tool-caller-binding")) is raised


@pytest.mark.parametrize(("doctor_reads", "raised"), [(True, False), (False, True)])
def test_a_colleague_who_reads_the_answers_injects_nothing(
    doctor_reads: bool, raised: bool
) -> None:
    """Twenty-five struck insider-injection findings over sets 46 to 329 ("the path it
    names has the ward doctor injecting into notes that come back as a draft the same
    doctor reviews and signs"): a colleague whose text reaches the model and who reads
    its answers would meet any hidden instruction first. When the drafts go to someone
    else, the finding stays."""
    tm = tg.ThreatModel("discharge")
    notes = tg.Data("Ward notes", kind="documents", sensitivity="regulated")
    draft = tg.Data("Discharge draft", kind="model-output", sensitivity="regulated")
    with tm.boundary("Hospital network", trust="internal"):
        doctor = tm.add(tg.Actor("Ward doctor"))
        records = tm.add(tg.DataStore("Patient record"))
        drafting = tm.add(tg.Service("Drafting service"))
        reviewer = tm.add(tg.Actor("Discharge coordinator"))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(doctor, records, notes, protocol="https")
    tm.flow(records, drafting, notes)
    tm.flow(
        drafting, llm, tg.Data("Prompt", kind="prompt", sensitivity="regulated"), protocol="https"
    )
    tm.flow(llm, drafting, draft, protocol="https")
    tm.flow(drafting, doctor if doctor_reads else reviewer, draft, protocol="https")
    assert bool(_on(tm, "ai/indirect-prompt-injection")) is raised


def test_a_partners_person_can_still_phish_our_staff() -> None:
    """ATLAS case LAMEHUG (AML.CS0044): the malware came by e-mail from a compromised
    official's mailbox at another government body. Leaving out what only partners'
    systems send must not leave out a partner's people: their accounts can be taken
    over and used to write to ours."""
    tm = tg.ThreatModel("ministry")
    mail = tg.Data("Official e-mail with attachment", kind="documents", sensitivity="confidential")
    with tm.boundary("Other government bodies", trust="partner"):
        official = tm.add(tg.Actor("Correspondent official"))
    with tm.boundary("Ministry", trust="internal"):
        server = tm.add(tg.Service("Mail server"))
        employee = tm.add(tg.Actor("Employee"))
        workstation = tm.add(tg.Device("Workstation"))
    tm.flow(official, server, mail, label="official e-mail")
    tm.flow(server, employee, mail)
    tm.flow(employee, workstation, tg.Data("Opened attachment", sensitivity="internal"))
    assert _on(tm, "stride/phishing") == ["element:employee"]
