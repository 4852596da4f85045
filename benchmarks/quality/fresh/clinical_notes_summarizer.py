"""Clinical notes summarizer: the first design, before any security review.

When a patient is due for discharge, an integration service in the hospital's
integration subnet pulls the stay's clinical notes (progress notes, labs,
medication lists) from the EHR through its FHIR API, fills a prompt template and
sends the prompt to a general-purpose LLM hosted by a vendor under a HIPAA
Business Associate Agreement. The returned draft discharge summary is kept in a
draft queue and shown to the attending clinician in a review panel embedded in
the EHR UI (a SMART on FHIR app). The clinician edits and signs the draft; only
signed summaries are written back into the EHR. Clinicians log in to the EHR
through the hospital SSO. Controls in this design: SSO and SMART launch tokens,
OAuth client credentials on the FHIR API, the EHR's own access control, audit
log and encryption, the BAA and vendor review, TLS to the vendor and the
FHIR API, a vault for the vendor API key, and clinician sign-off before write-back.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clinical notes summarizer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Drafts discharge summaries from EHR clinical notes with a vendor-hosted LLM; "
    "clinicians review and sign them in the EHR.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Clinical notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Progress notes, lab results, medications and problem list for the stay (PHI).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
template = tg.Data(
    "Summary prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt and section structure for a discharge summary.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Summarization prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The template filled with the patient's notes.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft = tg.Data(
    "Draft discharge summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review = tg.Data(
    "Clinician edits and sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
signed = tg.Data(
    "Signed discharge summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
sso_token = tg.Data("SSO session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
app_logs = tg.Data(
    "Integration service logs",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Request and response bodies are logged for troubleshooting, so they hold PHI.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The attending physician or hospitalist who reviews and signs the summary.
    clinician = tm.add(tg.Actor("Clinician", role="attending physician"))
    # Integration engineer who maintains the prompt template and the service.
    engineer = tm.add(
        tg.Actor("Integration engineer", role="integration engineer", privileged=True)
    )
    # Hospital SSO (Active Directory federation) used to sign in to the EHR.
    idp = tm.add(tg.ExternalService("Hospital SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))
    # The EHR client the clinicians already use; hosts the review panel.
    ehr_ui = tm.add(
        tg.Service(
            "EHR UI",
            description="Clinician workstation client of the EHR; embeds the draft review panel.",
            controls={c.Authentication(method="SAML SSO")},
        )
    )

    with tm.boundary("EHR data centre", trust=tg.Trust.RESTRICTED):
        # System of record for notes and signed summaries.
        ehr_db = tm.add(
            tg.DataStore(
                "EHR database",
                stores={notes, signed},
                controls={
                    c.RBAC(note="EHR role-based chart access"),
                    c.AuditLogging(note="EHR access audit trail required by HIPAA"),
                    c.EncryptionAtRest(),
                },
            )
        )
        # The EHR vendor's FHIR R4 API, the only way the integration reads or writes charts.
        fhir = tm.add(
            tg.Endpoint(
                "EHR FHIR API",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="OAuth 2.0 client credentials")},
            )
        )

    with tm.boundary("Integration subnet", trust=tg.Trust.INTERNAL):
        # Pulls notes, builds the prompt, calls the LLM, queues drafts.
        integration = tm.add(
            tg.Service(
                "Summarization integration service",
                description="Triggered by discharge orders; orchestrates note retrieval and the LLM call.",
                controls={
                    c.SecretsManagement(note="vendor API key and FHIR client secret in a vault")
                },
            )
        )
        # Prompt template kept as configuration, edited by the integration team.
        templates = tm.add(tg.DataStore("Prompt template store", stores={template}))
        # Drafts waiting for clinician review.
        draft_queue = tm.add(
            tg.DataStore(
                "Draft queue",
                stores={draft},
                controls={c.EncryptionAtRest()},
            )
        )
        # Backend of the SMART on FHIR review panel shown inside the EHR UI.
        review_api = tm.add(
            tg.Endpoint(
                "Draft review endpoint",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="SMART on FHIR launch token"),
                    c.HumanInTheLoop(approver="attending clinician"),
                },
            )
        )
        # Troubleshooting logs of the integration service.
        log_store = tm.add(tg.DataStore("Integration log store", stores={app_logs}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API, covered by a BAA.
    llm = tm.add(
        tg.LLM(
            "Vendor-hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed and vendor security review done")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(clinician, idp, sso_token, protocol="https", label="sign in")
tm.flow(idp, ehr_ui, sso_token, protocol="https")

tm.flow(ehr_db, fhir, notes)
tm.flow(fhir, integration, notes, protocol="https", label="pull notes")
tm.flow(templates, integration, template)
tm.flow(engineer, templates, template, label="edits template")
tm.flow(integration, llm, prompt, protocol="https")
tm.flow(llm, integration, completion, protocol="https")
tm.flow(integration, draft_queue, draft)
tm.flow(integration, log_store, app_logs)

tm.flow(draft_queue, review_api, draft)
tm.flow(review_api, ehr_ui, draft, protocol="https", label="review panel")
tm.flow(clinician, ehr_ui, review, label="edit and sign")
tm.flow(ehr_ui, clinician, draft, label="display")
tm.flow(ehr_ui, review_api, review, protocol="https")
tm.flow(review_api, fhir, signed, protocol="https", label="write back after sign-off")
tm.flow(fhir, ehr_db, signed)
tm.flow(ehr_db, ehr_ui, notes, signed, label="chart view")
