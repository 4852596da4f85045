"""Coroner's office inquest document summariser: the first design, before any security review.

For each inquest, the police force uploads witness statements and the hospital's
pathology service sends post-mortem reports and medical records to a secure intake
service in the office's cloud tenancy, which files them in the inquest case file
store. When a coroner's officer asks for it in the case workbench, a summarisation
service sends the documents' text to a hosted LLM (contracted vendor, UK region) and
saves the draft chronology back to the case file. The officer checks the chronology
against the sources, marks redactions, and a redaction service publishes redacted
copies to a family portal where bereaved families sign in to read them and send
questions. The coroner reviews the chronology and bundle before the hearing.
Controls in this design: agency and staff sign-in, role-based access and audit
logging on the case file, encryption at rest of the case and portal stores, TLS on
every link, a vetted LLM vendor, and human review of every chronology.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coroner's office inquest document summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted inquest chronologies from post-mortem, police and medical "
    "documents, with redacted copies for bereaved families.",
)

# ---------------------------------------------------------------- data assets
police_statements = tg.Data(
    "Police witness statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
post_mortem = tg.Data(
    "Post-mortem reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
medical_records = tg.Data(
    "Medical records",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
chronology_request = tg.Data("Chronology request", kind="records", sensitivity="internal")
summary_prompt = tg.Data(
    "Summarisation prompt with document text",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions plus the extracted text of every document in the case.",
)
draft_chronology = tg.Data(
    "Draft chronology",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
reviewed_chronology = tg.Data(
    "Reviewed chronology and redaction marks",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
coroner_review = tg.Data("Coroner's review notes", kind="records", sensitivity="confidential")
redacted_bundle = tg.Data(
    "Redacted family bundle",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Copies of the documents with third parties' details and graphic "
    "content removed, for the family.",
)
family_messages = tg.Data("Family questions", kind="records", sensitivity=tg.Sensitivity.PII)
prompt_logs = tg.Data("Summariser prompt and response log", kind="logs", sensitivity="regulated")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Next of kin of the deceased, using their own devices.
    family = tm.add(tg.Actor("Bereaved family member", role="interested person"))

with tm.boundary("Partner agencies", trust=tg.Trust.PARTNER):
    # The police force investigating the death, on its own network.
    police = tm.add(
        tg.DataSource(
            "Police force",
            origin=tg.Origin.PARTNER,
            provides={police_statements},
            description="Coroner's liaison officers upload statements for each inquest.",
        )
    )
    # The NHS trust's pathology and records departments.
    hospital = tm.add(
        tg.DataSource(
            "Hospital pathology and records",
            origin=tg.Origin.PARTNER,
            provides={post_mortem, medical_records},
            description="Sends post-mortem reports and the deceased's medical records.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that writes the first draft of each chronology.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API, UK region.",
            controls={
                c.SupplierAssessment(
                    note="contract: no training on our data, 30-day abuse-monitoring retention"
                )
            },
        )
    )

with tm.boundary("Coroner's office cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where agencies deliver documents; the only way documents enter the system.
    intake = tm.add(
        tg.Endpoint(
            "Secure document intake",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Upload page and SFTP drop for partner agencies, per inquest.",
            controls={
                c.Authentication(method="per-agency account with password and TOTP"),
                c.InputValidation(note="PDF and DOCX only, 50 MB limit"),
            },
        )
    )
    # Staff web application for officers and the coroner.
    workbench = tm.add(
        tg.Endpoint(
            "Case workbench",
            purpose=tg.EndpointPurpose.API,
            description="Officers read documents, request and edit chronologies, mark "
            "redactions; the coroner reviews cases before the hearing.",
            controls={
                c.Authentication(method="office SSO with MFA"),
                c.RBAC(note="officers see the inquests assigned to their team"),
            },
        )
    )
    # Builds the prompt from the case documents and calls the LLM.
    summariser = tm.add(
        tg.Service(
            "Chronology summarisation service",
            description="Extracts text from the case documents, calls the LLM and saves "
            "the draft chronology to the case file.",
            controls={
                c.HumanInTheLoop(
                    approver="the coroner's officer checks every draft against the "
                    "sources, and the coroner reviews it before the hearing"
                ),
                c.SecretsManagement(note="LLM API key in the cloud key vault"),
            },
        )
    )
    # Applies the officer's redaction marks and publishes copies for the family.
    redactor = tm.add(
        tg.Service(
            "Redaction and publishing service",
            description="Burns in the officer's redaction marks and publishes the "
            "bundle to the family portal.",
        )
    )
    # Keeps every prompt and response so that drafts can be traced later.
    log_store = tm.add(tg.DataStore("Summariser log store", stores={prompt_logs}))

    with tm.boundary("Family portal zone", trust=tg.Trust.INTERNAL):
        # Web portal where families read the redacted bundle and ask questions.
        portal = tm.add(
            tg.Endpoint(
                "Family portal",
                purpose=tg.EndpointPurpose.API,
                internet_facing=True,
                description="Shows each family the bundle for their inquest.",
                controls={c.Authentication(method="e-mail and password from an invitation link")},
            )
        )
        # Holds only what has been released to families.
        portal_store = tm.add(
            tg.DataStore(
                "Family portal document store",
                stores={redacted_bundle, family_messages},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # The inquest case file: the office's record of every document and draft.
        case_store = tm.add(
            tg.DataStore(
                "Inquest case file store",
                stores={
                    police_statements,
                    post_mortem,
                    medical_records,
                    draft_chronology,
                    reviewed_chronology,
                    coroner_review,
                },
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )

with tm.boundary("Coroner's office network", trust=tg.Trust.INTERNAL):
    # Prepares each inquest and is the family's point of contact.
    officer = tm.add(tg.Actor("Coroner's officer", role="case officer"))
    # The judicial officer who holds the inquest and signs off the bundle.
    coroner = tm.add(tg.Actor("Coroner", role="coroner", privileged=True))

# ---------------------------------------------------------------- flows
# documents in
tm.flow(police, intake, police_statements, protocol="https", label="upload per inquest")
tm.flow(hospital, intake, post_mortem, medical_records, protocol="sftp")
tm.flow(intake, case_store, police_statements, post_mortem, medical_records)

# drafting the chronology
tm.flow(officer, workbench, chronology_request, protocol="https")
tm.flow(workbench, summariser, chronology_request)
tm.flow(case_store, summariser, police_statements, post_mortem, medical_records)
tm.flow(summariser, llm, summary_prompt, protocol="https")
tm.flow(llm, summariser, draft_chronology, protocol="https")
tm.flow(summariser, log_store, prompt_logs)
tm.flow(summariser, case_store, draft_chronology)

# review by the officer and the coroner
tm.flow(
    case_store,
    workbench,
    police_statements,
    post_mortem,
    medical_records,
    draft_chronology,
    reviewed_chronology,
)
tm.flow(
    workbench,
    officer,
    police_statements,
    post_mortem,
    medical_records,
    draft_chronology,
    protocol="https",
)
tm.flow(officer, workbench, reviewed_chronology, protocol="https", label="edits and redactions")
tm.flow(workbench, case_store, reviewed_chronology, coroner_review)
tm.flow(
    workbench,
    coroner,
    reviewed_chronology,
    post_mortem,
    medical_records,
    police_statements,
    protocol="https",
)
tm.flow(coroner, workbench, coroner_review, protocol="https")

# redacted copies for the family
tm.flow(workbench, redactor, reviewed_chronology, label="publish bundle")
tm.flow(case_store, redactor, police_statements, post_mortem, medical_records)
tm.flow(redactor, portal_store, redacted_bundle)
tm.flow(portal_store, portal, redacted_bundle, family_messages)
tm.flow(portal, family, redacted_bundle, protocol="https")
tm.flow(family, portal, family_messages, protocol="https")
tm.flow(portal, portal_store, family_messages)
tm.flow(portal_store, workbench, family_messages, label="family questions to the officer")
tm.flow(workbench, officer, family_messages, protocol="https")
