"""Patient-friendly discharge letters: the first design, before any security review.

When a physician signs a discharge summary in the hospital's electronic health record
(EHR), the integration engine sends it to a rewrite service in the hospital's cloud
tenant. The service removes the patient's name, record number and date of birth,
retrieves matching passages from the hospital's approved patient education leaflets,
and asks a hosted LLM (covered by a business associate agreement) to rewrite the letter
in plain language at a sixth-grade reading level. The draft waits in a review queue
until a discharge nurse on the ward compares it with the original in a review web app,
edits it and approves it. Only approved letters go back through the integration engine
to the patient portal, and are filed in the patient's chart. Patients read them in the
portal after signing in. Staff sign in with hospital SSO and MFA; the review app logs
who approved each letter.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Patient-friendly discharge letters",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="An LLM rewrites discharge summaries in plain language; a nurse approves "
    "each letter before it reaches the patient portal.",
)

# ---------------------------------------------------------------- data assets
discharge_summary = tg.Data(
    "Discharge summary",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Diagnoses, procedures, medications, follow-up and warning signs, as "
    "signed by the physician.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
redacted_letter = tg.Data(
    "Redacted discharge text",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="The summary without name, MRN and date of birth; clinical details and "
    "dates remain.",
)
rewrite_prompt = tg.Data(
    "Rewrite prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Style instructions, the redacted text and education passages.",
)
plain_draft = tg.Data(
    "Plain-language draft", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
leaflets = tg.Data(
    "Patient education leaflets", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
passages = tg.Data(
    "Education passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
leaflet_query = tg.Data("Leaflet search query", sensitivity=tg.Sensitivity.REGULATED)
review_item = tg.Data(
    "Letter under review",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Original summary and draft side by side, with status and nurse edits.",
)
nurse_edits = tg.Data(
    "Nurse edits and approval", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
approved_letter = tg.Data(
    "Approved patient letter",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
portal_request = tg.Data("Portal sign-in and request", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Discharged patients (or their proxies) reading letters at home.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that does the rewriting, under a BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the cloud provider's API.",
            controls={
                c.SupplierAssessment(note="BAA signed; no retention or training on prompts"),
                c.Guardrails(note="the provider's default content filter"),
            },
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Physician who writes and signs the discharge summary.
    physician = tm.add(tg.Actor("Discharging physician", role="physician"))
    # Ward nurse who checks, edits and approves each plain-language letter.
    nurse = tm.add(tg.Actor("Discharge nurse", role="nurse"))
    # Patient education team that maintains the approved leaflets.
    education_team = tm.add(tg.Actor("Patient education team", role="content editor"))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The hospital's system of record for the patient's chart.
        ehr = tm.add(
            tg.DataStore(
                "Electronic health record (EHR)",
                stores={discharge_summary, approved_letter},
                controls={
                    c.EncryptionAtRest(key_management="EHR vendor-managed keys"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # HL7/FHIR integration engine: sends signed summaries out, brings letters back.
        integration = tm.add(
            tg.Service(
                "Integration engine",
                description="Routes HL7 v2 document messages and FHIR calls.",
            )
        )

with tm.boundary("Hospital cloud tenant", trust=tg.Trust.INTERNAL):
    # Orchestrates one rewrite: redact, retrieve, prompt the LLM, queue the draft.
    rewrite = tm.add(
        tg.Service(
            "Letter rewrite service",
            controls={
                c.DataMinimization(note="name, MRN and date of birth removed before the LLM call")
            },
        )
    )
    # Index of the approved leaflets, so the plain-language wording matches them.
    education_index = tm.add(tg.VectorStore("Patient education index", stores={passages}))
    # Job that chunks and embeds leaflets when the education team publishes them.
    indexer = tm.add(tg.Pipeline("Leaflet indexing job", stage=tg.Stage.INGESTION))
    # Drafts waiting for a nurse, with the original beside them.
    review_queue = tm.add(
        tg.DataStore(
            "Draft review queue",
            stores={review_item},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web app where nurses compare, edit and approve drafts.
    review_app = tm.add(
        tg.Service(
            "Nurse review app",
            controls={
                c.Authentication(method="hospital SSO with MFA"),
                c.RBAC(note="discharge nurses see their own ward's letters"),
                c.HumanInTheLoop(approver="discharge nurse on the patient's ward"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Patient portal", trust=tg.Trust.INTERNAL):
    # The hospital's patient portal where the approved letter is published.
    portal = tm.add(
        tg.Service(
            "Patient portal",
            controls={
                c.Authentication(
                    method="username and password, with a one-time code by SMS or e-mail "
                    "at sign-in from a new device"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(physician, ehr, discharge_summary, label="signs discharge summary")
tm.flow(ehr, integration, discharge_summary, protocol="hl7-mllp", label="signed document event")
tm.flow(integration, rewrite, discharge_summary, protocol="https", controls={tls})

tm.flow(rewrite, education_index, leaflet_query, label="similarity query")
tm.flow(education_index, rewrite, passages, label="retrieved context")
tm.flow(rewrite, llm, rewrite_prompt, protocol="https", controls={tls})
tm.flow(llm, rewrite, plain_draft, protocol="https", controls={tls})
tm.flow(rewrite, review_queue, review_item)

tm.flow(education_team, indexer, leaflets, protocol="https", label="publishes leaflets")
tm.flow(indexer, education_index, passages)

tm.flow(review_queue, review_app, review_item)
tm.flow(review_app, review_queue, nurse_edits)
tm.flow(review_app, nurse, review_item, protocol="https", controls={tls})
tm.flow(nurse, review_app, nurse_edits, protocol="https", controls={tls})
tm.flow(review_app, integration, approved_letter, protocol="https", controls={tls})

tm.flow(integration, ehr, approved_letter, protocol="hl7-mllp", label="filed to chart")
tm.flow(integration, portal, approved_letter, protocol="https", controls={tls})
tm.flow(patient, portal, portal_request, protocol="https", controls={tls})
tm.flow(portal, patient, approved_letter, protocol="https", controls={tls})
