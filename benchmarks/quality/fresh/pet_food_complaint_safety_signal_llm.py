"""Pet-food complaint safety signals with an LLM: the first design.

A European pet-food maker collects consumer complaints from four channels: a web
form on its brand sites, public social media posts gathered by a social-listening
vendor, notes that the outsourced call centre writes in its CRM, and adverse-event
reports that veterinarians submit through the same form with a vet flag. A nightly
ingestion job normalises them into a complaint store, removing e-mail addresses
and phone numbers from the text. A signal service sends each complaint to a hosted
LLM to extract product, lot code, species and symptoms, embeds it, and clusters
similar complaints in a vector index, joining lot codes to the batch traceability
database. The quality team reviews candidate signals on a dashboard and alone
decides on investigations and recalls, which are recorded in a case tracker.
Controls: form rate limiting and validation, an encrypted role-restricted complaint
store, an LLM vendor review, dashboard SSO and an audit log in the case tracker.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pet-food complaint safety signals",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM extraction and clustering of consumer complaints into product-safety signals.",
)

# ---------------------------------------------------------------- data assets
form_complaint = tg.Data(
    "Web form complaint",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, product, lot code, pet details and free text.",
)
vet_report = tg.Data(
    "Veterinary report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Clinical notes on the animal, owner and practice details, attachments.",
)
social_posts = tg.Data("Social media posts", kind="documents", sensitivity=tg.Sensitivity.PII)
call_notes = tg.Data("Call-centre notes", kind="records", sensitivity=tg.Sensitivity.PII)
complaints = tg.Data(
    "Normalised complaints",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the complaint text, with e-mails and phone numbers removed.",
)
extraction = tg.Data(
    "Extracted complaint facts", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
embeddings = tg.Data(
    "Complaint embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
batches = tg.Data(
    "Batch traceability records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signals = tg.Data(
    "Candidate safety signals",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decisions = tg.Data(
    "Investigation and recall decisions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pet owners complaining through the brand websites.
    consumer = tm.add(tg.Actor("Consumer", role="pet owner"))
    # Vets reporting suspected adverse reactions in animals.
    vet = tm.add(tg.Actor("Veterinarian", role="reporting vet"))

with tm.boundary("Social-listening vendor", trust=tg.Trust.PARTNER):
    # Public posts mentioning our brands, collected by the vendor's API.
    social_feed = tm.add(
        tg.DataSource(
            "Social media mentions feed",
            origin=tg.Origin.PUBLIC_WEB,
            provides={social_posts},
            description="Posts matching brand and product keywords, delivered by vendor API.",
        )
    )

with tm.boundary("Call-centre outsourcer", trust=tg.Trust.PARTNER):
    # The outsourced consumer care line writes a note for every call.
    call_crm = tm.add(
        tg.DataSource("Call-centre CRM", origin=tg.Origin.PARTNER, provides={call_notes})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads free text in many languages and extracts structured facts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="EU region, DPA, no training on our data")},
        )
    )

with tm.boundary("Quality cloud tenant", trust=tg.Trust.INTERNAL):
    # Public complaint form, also used by vets with a vet-report variant.
    intake = tm.add(
        tg.Endpoint(
            "Complaint intake form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="field formats and attachment types"),
            },
        )
    )
    # Nightly job pulling all four channels into one complaint format.
    ingestion = tm.add(
        tg.Pipeline(
            "Complaint ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.DataMinimization(note="e-mail addresses and phone numbers removed from text")
            },
        )
    )
    # System of record for every complaint received.
    complaint_store = tm.add(
        tg.DataStore(
            "Complaint store",
            stores={complaints, form_complaint, vet_report},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Calls the LLM, embeds complaints and clusters them into candidate signals.
    signal_service = tm.add(
        tg.Service(
            "Signal clustering service",
            description="LLM extraction, embedding and density clustering, daily.",
        )
    )
    # Similarity index over the embedded complaints, used for clustering.
    vector_index = tm.add(tg.VectorStore("Complaint vector index", stores={embeddings}))
    # Lots, production sites and ingredient batches, owned by manufacturing.
    batch_db = tm.add(tg.DataStore("Batch traceability database", stores={batches}))
    # Where the quality team reviews signals and the complaints behind them.
    dashboard = tm.add(
        tg.Endpoint(
            "Signal review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO")},
        )
    )
    # Investigations and recall decisions, with who decided what.
    case_tracker = tm.add(
        tg.DataStore(
            "Investigation case tracker",
            stores={decisions, signals},
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides on investigations and recalls; the system only proposes signals.
    quality_team = tm.add(
        tg.Actor("Quality and safety team", role="quality assurance", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(consumer, intake, form_complaint, protocol="https")
tm.flow(vet, intake, vet_report, protocol="https")
tm.flow(intake, complaint_store, form_complaint, vet_report)
tm.flow(social_feed, ingestion, social_posts, protocol="https")
tm.flow(call_crm, ingestion, call_notes, protocol="sftp", label="nightly export")
tm.flow(complaint_store, ingestion, form_complaint, vet_report, label="new submissions")
tm.flow(ingestion, complaint_store, complaints)

tm.flow(complaint_store, signal_service, complaints)
tm.flow(signal_service, llm, extraction_prompt, protocol="https")
tm.flow(llm, signal_service, extraction, embeddings, protocol="https")
tm.flow(signal_service, vector_index, embeddings)
tm.flow(vector_index, signal_service, embeddings, label="nearest neighbours")
tm.flow(batch_db, signal_service, batches, label="lot code lookup")
tm.flow(signal_service, case_tracker, signals)

tm.flow(case_tracker, dashboard, signals, decisions)
tm.flow(complaint_store, dashboard, complaints, label="complaints behind a signal")
tm.flow(dashboard, quality_team, signals, complaints, protocol="https")
tm.flow(quality_team, dashboard, decisions, protocol="https")
tm.flow(dashboard, case_tracker, decisions)
