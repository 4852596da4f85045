"""Avalanche rescue training tutor: the first design, before any security review.

An Alpine ski resort in Austria trains its patrol staff and volunteers in avalanche
rescue with an LLM tutor. Trainees sign in from their phones, ask questions and work
through scenario exercises; the tutor answers from the resort's rescue procedures and
the national avalanche guidance, indexed in a vector store, through a hosted LLM.
The tutor grades the exercises and records module completion in the training records.
Trainers export beacon search results from the training park and upload them in the
training portal. The patrol director reviews each person's record there and signs
them off for rescue duty, which updates the patrol duty roster.
Controls: TLS to the tutor and portal, resort SSO for staff (volunteers use e-mail and
password), per-user rate limits on the tutor, role-based access and the director's
sign-off in the portal, and encrypted, audited training records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Avalanche rescue training tutor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM tutor for avalanche rescue training; completion records feed the "
    "patrol director's sign-off for rescue duty.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Trainee question and exercise answer",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text questions and answers to scenario steps, tied to the trainee.",
)
answer = tg.Data(
    "Tutor answer and feedback",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Prompt with retrieved guidance",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, scenario state, the trainee's text and top-k guidance chunks.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
procedures = tg.Data(
    "Resort rescue procedures",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
guidance = tg.Data(
    "National avalanche guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
chunks = tg.Data(
    "Guidance chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
completion_records = tg.Data(
    "Module completion and exercise scores",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
beacon_results = tg.Data(
    "Beacon practice results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Per-person search times and probe hits from the training park.",
)
training_record = tg.Data(
    "Training record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A person's modules, scores and beacon results, as the portal shows them.",
)
signoff = tg.Data(
    "Rescue duty sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
transcripts = tg.Data("Tutor transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patrol staff and volunteers, on their own phones, on and off the mountain.
    trainee = tm.add(tg.Actor("Patrol trainee", role="patrol staff or volunteer"))
    # Published guidance of the national avalanche warning services.
    national_source = tm.add(
        tg.DataSource(
            "National avalanche guidance site",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance},
            description="Guidance PDFs and pages, fetched weekly.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Resort cloud tenant", trust=tg.Trust.INTERNAL):
    # The tutor's chat API, reached by the trainees' phones.
    tutor_api = tm.add(
        tg.Endpoint(
            "Tutor API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="resort SSO (OIDC) for staff, e-mail and password for volunteers"
                ),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Runs scenarios, retrieves guidance, calls the LLM, grades and records completion.
    orchestrator = tm.add(
        tg.Service(
            "Tutor orchestrator",
            description="Scenario engine and RAG: the LLM grades each exercise step.",
        )
    )
    # Index of resort procedures and national guidance.
    index = tm.add(tg.VectorStore("Guidance index", stores={chunks}))
    # Chunks and embeds the procedures and the guidance when they change.
    indexer = tm.add(tg.Pipeline("Guidance indexing", stage=tg.Stage.INGESTION))
    # Completion, exercise scores, beacon results and sign-offs per person.
    records = tm.add(
        tg.DataStore(
            "Training records",
            stores={completion_records, beacon_results, signoff},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(),
            },
        )
    )
    # Conversation history, kept to review how the tutor answered.
    transcript_log = tm.add(tg.DataStore("Tutor transcript log", stores={transcripts}))
    # Web portal where trainers upload beacon results and the director signs people off.
    portal = tm.add(
        tg.Endpoint(
            "Training portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="resort SSO (OIDC)"),
                c.RBAC(),
                c.HumanInTheLoop(approver="patrol director"),
            },
        )
    )

with tm.boundary("Resort network", trust=tg.Trust.INTERNAL):
    # The resort's rescue procedures, in the document management system.
    procedures_library = tm.add(
        tg.DataSource("Resort procedures library", origin=tg.Origin.INTERNAL, provides={procedures})
    )
    # Senior patrollers who run beacon practice in the training park.
    trainer = tm.add(tg.Actor("Trainer", role="patrol trainer"))
    # Decides who is fit for rescue duty.
    director = tm.add(tg.Actor("Patrol director", role="patrol director"))
    # Scheduling system that only rosters people signed off for rescue duty.
    roster = tm.add(tg.Service("Patrol duty roster"))

with tm.boundary("Beacon training park", trust=tg.Trust.INTERNAL):
    # Buried transmitters and a control panel on the slope; not networked.
    beacon_park = tm.add(
        tg.Device(
            "Beacon training park system",
            fleet=False,
            description="Buried transmitters and a panel that records search times.",
        )
    )

# ---------------------------------------------------------------- flows
# tutoring
tm.flow(trainee, tutor_api, question, protocol="https")
tm.flow(tutor_api, orchestrator, question)
tm.flow(orchestrator, index, question, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved guidance")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, tutor_api, answer)
tm.flow(tutor_api, trainee, answer, protocol="https")
tm.flow(orchestrator, transcript_log, transcripts)
tm.flow(orchestrator, records, completion_records, label="module completed")

# indexing
tm.flow(procedures_library, indexer, procedures, protocol="https")
tm.flow(national_source, indexer, guidance, protocol="https", label="weekly fetch")
tm.flow(indexer, index, chunks)

# beacon practice
tm.flow(beacon_park, trainer, beacon_results, protocol="usb", label="CSV export from the panel")
tm.flow(trainer, portal, beacon_results, protocol="https", label="upload")
tm.flow(portal, records, beacon_results)

# sign-off
tm.flow(records, portal, completion_records, beacon_results)
tm.flow(portal, director, training_record, protocol="https")
tm.flow(director, portal, signoff, protocol="https")
tm.flow(portal, records, signoff)
tm.flow(portal, roster, signoff, protocol="https", label="qualified for rescue duty")
