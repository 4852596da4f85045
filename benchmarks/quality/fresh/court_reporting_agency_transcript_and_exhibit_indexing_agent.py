"""Court reporting agency: transcript clean-up and exhibit indexing agent.

After each deposition, the agency's freelance stenographers upload their rough
transcript and the marked exhibits (PDFs and photographed documents) to the
agency's upload portal. Production coordinators record each job and the lawyers
who ordered copies in the job management system, from orders that arrive by
e-mail. A transcript agent, backed by a hosted LLM, cleans up the rough
transcript against the agency's formatting guidelines and the job's word list,
extracts text from the exhibits with an OCR tool and builds the exhibit index,
and publishes the cleaned transcript to the transcript repository. The
stenographer reads the cleaned transcript in the portal and signs the reporter's
certificate; only then does the agent's delivery tool e-mail certified copies to
the ordering lawyers. Sign-in to the portal is by e-mail and password, all
traffic is HTTPS, and the upload store and repository are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Court reporting transcript and exhibit agent",
    profile=tg.RiskProfile.HIGH,
    description="Cleans up deposition transcripts, indexes exhibits and delivers certified "
    "copies to ordering lawyers.",
)

# ---------------------------------------------------------------- data assets
rough = tg.Data(
    "Rough transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The stenographer's rough draft from CAT software, with witness details.",
)
exhibits = tg.Data(
    "Deposition exhibits",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Marked exhibits; some are under protective orders.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
order = tg.Data(
    "Transcript order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case caption, deposition date, ordering lawyers and their e-mail addresses.",
)
guidelines = tg.Data("Formatting guidelines and word list", kind="documents")
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
exhibit_text = tg.Data(
    "Exhibit OCR text", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
cleaned = tg.Data(
    "Cleaned transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
index = tg.Data("Exhibit index", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
certificate = tg.Data(
    "Reporter's certificate",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
certified = tg.Data(
    "Certified transcript package",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Certified transcript PDF, exhibit index and exhibits.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
delivery_request = tg.Data("Delivery request", kind="tool-call", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelance court reporter who took the deposition; uploads and certifies.
    stenographer = tm.add(tg.Actor("Stenographer", role="freelance court reporter"))
    # Lawyer who ordered a copy; receives the certified transcript by e-mail.
    lawyer = tm.add(tg.Actor("Ordering lawyer", role="client lawyer"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The agency's outbound mail service for certified-copy deliveries.
    mail = tm.add(tg.ExternalService("Outbound e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with; vendor reviewed for data retention.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="zero data retention terms on the API")},
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Web portal stenographers upload to and certify cleaned transcripts in.
    portal = tm.add(
        tg.Endpoint(
            "Upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Raw uploads per job, as the stenographer sent them.
    upload_store = tm.add(
        tg.DataStore(
            "Upload store",
            stores={rough, exhibits},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Jobs, orders and the lawyers to deliver to, kept by the coordinators.
    jobs = tm.add(tg.DataStore("Job management system", stores={order}, controls={c.RBAC()}))
    # House style and per-case spellings the clean-up must follow.
    style = tm.add(tg.DataStore("Transcript formatting guidelines", stores={guidelines}))
    # Cleans the transcript, builds the exhibit index, publishes and delivers.
    agent = tm.add(
        tg.Agent(
            "Transcript agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Started by each completed upload; works one job at a time.",
        )
    )
    # Reads exhibit PDFs and images and returns their text for the index.
    ocr = tm.add(tg.Tool("Exhibit OCR tool", capabilities={"read"}))
    # Writes the cleaned transcript and exhibit index into the repository.
    publish = tm.add(tg.Tool("Repository publishing tool", capabilities={"write"}))
    # E-mails certified copies to the lawyers on the order.
    deliver = tm.add(
        tg.Tool(
            "Certified copy delivery tool",
            capabilities={"send-messages"},
            controls={
                c.HumanInTheLoop(
                    approver="the stenographer signs the reporter's certificate before delivery"
                )
            },
        )
    )
    # Cleaned and certified transcripts, exhibit indexes and exhibits of record.
    repository = tm.add(
        tg.DataStore(
            "Transcript repository",
            stores={cleaned, index, certificate, certified, exhibits},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Takes orders from lawyers and sets up each job.
    coordinator = tm.add(tg.Actor("Production coordinator", role="production staff"))

# ---------------------------------------------------------------- flows
# orders and uploads
tm.flow(lawyer, coordinator, order, protocol="smtp+starttls", label="orders copies")
tm.flow(coordinator, jobs, order, protocol="https")
tm.flow(stenographer, portal, rough, exhibits, protocol="https")
tm.flow(portal, upload_store, rough, exhibits)

# the agent's work
tm.flow(upload_store, agent, rough, exhibits)
tm.flow(jobs, agent, order)
tm.flow(style, agent, guidelines)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, ocr, exhibits)
tm.flow(ocr, agent, exhibit_text)
tm.flow(agent, publish, cleaned, index)
tm.flow(publish, repository, cleaned, index, exhibits)

# certification by the stenographer
tm.flow(repository, portal, cleaned, index)
tm.flow(portal, stenographer, cleaned, index, protocol="https")
tm.flow(stenographer, portal, certificate, protocol="https", label="signs certificate")
tm.flow(portal, repository, certificate)

# delivery
tm.flow(agent, deliver, delivery_request)
tm.flow(repository, deliver, certified, certificate)
tm.flow(deliver, mail, certified, protocol="https")
tm.flow(mail, lawyer, certified, protocol="smtp+starttls")
tm.flow(deliver, jobs, order, label="delivery status")
