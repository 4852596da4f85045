"""Marine salvage claim document assistant: the first design, before any security review.

A London-market marine insurer's claims team handles salvage claims. Salvors submit
claim packs (tug logs, photos, weather records, invoices) through the broker's
claims portal, which pushes each pack to our claims intake API. An extraction
orchestrator sends the documents to a hosted LLM that extracts the timeline of
salvage services and claimed values and drafts an assessment against Article 13
of the 1989 Salvage Convention, citing our guidance library. A marine adjuster
reviews the draft in the claims workbench and decides the negotiation position;
agreed awards go to the finance system, which pays through the insurer's bank.
Controls: OAuth client credentials for the broker, staff SSO with MFA, TLS on
external links, encrypted document storage, and a vendor review of the LLM.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marine salvage claim document assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted salvage assessments from salvors' claim packs, decided by an adjuster.",
)

# ---------------------------------------------------------------- data assets
tug_logs = tg.Data(
    "Tug logs and weather records",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Deck and engine logs naming the master and crew, plus the salvor's weather reports.",
)
photos = tg.Data(
    "Casualty and towage photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
invoices = tg.Data(
    "Salvor invoices",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
salvor_bank = tg.Data(
    "Salvor bank details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Payee account given on the salvor's invoice.",
)
claim_ack = tg.Data("Claim acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Extraction prompt with claim documents",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, convention criteria and the text and images of the claim pack.",
)
timeline = tg.Data(
    "Salvage services timeline and values",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
draft = tg.Data(
    "Draft salvage assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
guidance = tg.Data(
    "Salvage Convention criteria and precedents",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
position = tg.Data(
    "Award negotiation position",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
position_letter = tg.Data(
    "Award position letter", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_instruction = tg.Data(
    "Agreed award payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment = tg.Data("Salvage award payment", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The salvage company's claims staff; they only reach us through the broker.
    salvor = tm.add(tg.Actor("Salvor claims staff", role="claimant"))

with tm.boundary("Broker platform", trust=tg.Trust.PARTNER):
    # The broker's portal is where salvors upload claim packs; the broker runs it.
    broker_portal = tm.add(
        tg.ExternalService(
            "Broker claims portal",
            description="The placing broker's claims portal; forwards packs to insurers by API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted multimodal model reads the documents and photos and drafts the assessment.
    llm = tm.add(
        tg.LLM(
            "Salvage assessment LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Extracts the services timeline and values, drafts an Article 13 assessment.",
            controls={c.SupplierAssessment(note="vendor review and zero-retention terms")},
        )
    )

with tm.boundary("Insurer claims cloud", trust=tg.Trust.INTERNAL):
    # The only way into our estate from the broker platform.
    intake = tm.add(
        tg.Endpoint(
            "Claims intake API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OAuth 2.0 client credentials per broker")},
        )
    )
    # Orchestrates OCR, prompt assembly and the LLM call for each new claim pack.
    orchestrator = tm.add(
        tg.Service(
            "Extraction orchestrator",
            description="Converts documents to text and images, builds the prompt, stores the draft.",
        )
    )

    with tm.boundary("Claims data tier", trust=tg.Trust.RESTRICTED):
        # Keeps every document of a claim pack for the life of the claim.
        doc_store = tm.add(
            tg.DataStore(
                "Claim document store",
                stores={tug_logs, photos, invoices, salvor_bank},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Keeps the extracted timelines, the drafts and the adjuster's positions.
        assessment_store = tm.add(
            tg.DataStore("Assessment store", stores={timeline, draft, position})
        )
        # Reference text the prompt cites: the convention, market guidance, past awards.
        guidance_lib = tm.add(
            tg.DataStore("Salvage guidance and precedent library", stores={guidance})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The marine adjuster owns the decision on the negotiation position.
    adjuster = tm.add(tg.Actor("Marine adjuster", role="claims adjuster"))
    # Web app where adjusters read the pack and the draft and record their position.
    workbench = tm.add(
        tg.Service(
            "Claims workbench",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="marine claims team only"),
                c.HumanInTheLoop(approver="marine adjuster"),
            },
        )
    )

with tm.boundary("Finance", trust=tg.Trust.RESTRICTED):
    # The insurer's finance system runs the claims payment run.
    finance = tm.add(
        tg.Service(
            "Finance payment system",
            description="Claims ledger and payment run for agreed awards.",
        )
    )

with tm.boundary("Banking partner", trust=tg.Trust.PARTNER):
    # The insurer's bank executes the payments.
    bank = tm.add(tg.ExternalService("Insurer's bank"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(salvor, broker_portal, tug_logs, photos, invoices, salvor_bank, protocol="https")
tm.flow(
    broker_portal,
    intake,
    tug_logs,
    photos,
    invoices,
    salvor_bank,
    protocol="https",
    controls={tls},
    label="claim pack",
)
tm.flow(intake, broker_portal, claim_ack, protocol="https", controls={tls})
tm.flow(intake, doc_store, tug_logs, photos, invoices, salvor_bank)
tm.flow(intake, orchestrator, claim_ack, label="new claim event")

tm.flow(doc_store, orchestrator, tug_logs, photos, invoices)
tm.flow(guidance_lib, orchestrator, guidance)
tm.flow(orchestrator, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, timeline, draft, protocol="https", controls={tls})
tm.flow(orchestrator, assessment_store, timeline, draft)

tm.flow(assessment_store, workbench, timeline, draft, position)
tm.flow(doc_store, workbench, tug_logs, photos, invoices, salvor_bank)
tm.flow(workbench, adjuster, timeline, draft, tug_logs, photos, invoices, protocol="https")
tm.flow(adjuster, workbench, position, protocol="https", label="decides position")
tm.flow(workbench, assessment_store, position)
tm.flow(workbench, broker_portal, position_letter, protocol="https", controls={tls})

tm.flow(workbench, finance, payment_instruction, salvor_bank, label="agreed award")
tm.flow(finance, workbench, payment_status)
tm.flow(finance, bank, payment, salvor_bank, protocol="sftp", label="payment file")
tm.flow(bank, finance, payment_status, protocol="sftp")
