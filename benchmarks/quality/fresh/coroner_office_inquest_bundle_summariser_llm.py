"""Inquest bundle summariser: the first design, before any security review.

A coroner's office summarises inquest bundles with a hosted LLM. Police reports,
post-mortem reports, medical records and witness statements reach the office
through a secure document portal: police forces and hospitals upload with
accounts the office issues, families' solicitors upload statements with an
office-issued account, and bereaved families get a single-use upload link by
e-mail. Documents are stored in the office's cloud tenancy; a summariser service
extracts their text and sends it to a vendor's hosted model, used under a data
processing agreement (no training on inputs, UK data residency). Summaries land
in the case management system, where coroner's officers review and correct them
before the coroner uses them to plan hearings. Controls: HTTPS throughout,
upload type checks and antivirus, encryption at rest, staff sign-in with MFA
and roles in the case management system, and an audit log of who read what.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Inquest bundle summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of inquest bundles for coroner's officers and the coroner.",
)

# ---------------------------------------------------------------- data assets
police_report = tg.Data(
    "Police report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Circumstances of the death, scene notes, photographs and interviews.",
)
pm_report = tg.Data(
    "Post-mortem report",
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
statement = tg.Data(
    "Witness statement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Statements of family members and witnesses, often via solicitors.",
)
receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
upload_link = tg.Data(
    "Single-use upload link",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E-mailed by a coroner's officer to a family member; valid for 14 days.",
)
request = tg.Data(
    "Summarisation request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Case reference and the documents in the bundle, sent when it is complete.",
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the case reference and the OCR text of each document.",
)
completion = tg.Data("LLM summary draft", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
summary = tg.Data(
    "Bundle summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Chronology, cause-of-death evidence, issues and witnesses to call.",
)
corrections = tg.Data("Officer corrections", kind="records", sensitivity=tg.Sensitivity.REGULATED)
hearing_plan = tg.Data("Hearing plan", kind="records", sensitivity=tg.Sensitivity.PII)
case_record = tg.Data("Case record", kind="records", sensitivity=tg.Sensitivity.REGULATED)
api_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bereaved relatives who send statements and documents of their own.
    family = tm.add(tg.Actor("Family member", role="bereaved relative"))
    # Solicitors acting for families, with an account the office issues.
    solicitor = tm.add(tg.Actor("Family solicitor", role="legal representative"))

with tm.boundary("Partner agencies", trust=tg.Trust.PARTNER):
    # Police coroner's liaison officers who upload reports for sudden deaths.
    police = tm.add(tg.Actor("Police liaison officer", role="police"))
    # Hospital bereavement and records staff who upload post-mortem and medical records.
    hospital = tm.add(tg.Actor("Hospital records officer", role="hospital staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The vendor's hosted model, under a data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model in the vendor's UK region.",
            controls={
                c.SupplierAssessment(note="DPA signed: no training on inputs, 30-day retention")
            },
        )
    )

with tm.boundary("Office cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where bundles come in from outside; run by the office, reachable from the internet.
    portal = tm.add(
        tg.Endpoint(
            "Secure document portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="office-issued e-mail and password accounts; single-use links for families"
                ),
                c.InputValidation(note="PDF, DOCX and image types only; antivirus scan"),
            },
        )
    )
    # Holds every uploaded document, filed by case.
    doc_store = tm.add(
        tg.DataStore(
            "Bundle document store",
            stores={police_report, pm_report, medical_records, statement},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Extracts text, builds the prompt, calls the LLM and files the draft.
    summariser = tm.add(
        tg.Service(
            "Bundle summariser service",
            description="Started when an officer marks a bundle complete.",
        )
    )
    # Holds the LLM API key the summariser uses.
    vault = tm.add(tg.DataStore("Key vault", stores={api_key}))
    # The office's case management system, where officers and the coroner work.
    cms = tm.add(
        tg.Service(
            "Case management system",
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(note="officer and coroner roles"),
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(approver="coroner's officer", note="summary reviewed before use"),
            },
        )
    )
    # Case records, summaries and hearing plans.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={case_record, summary, corrections, hearing_plan},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Coroner's office", trust=tg.Trust.INTERNAL):
    # Officers investigate deaths, gather the bundle and review the summaries.
    officer = tm.add(tg.Actor("Coroner's officer", role="coroner's officer"))
    # The coroner plans and holds the inquest hearing.
    coroner = tm.add(tg.Actor("Coroner", role="judicial office holder", privileged=True))

# ---------------------------------------------------------------- flows
# uploads
tm.flow(police, portal, police_report, protocol="https")
tm.flow(hospital, portal, pm_report, medical_records, protocol="https")
tm.flow(solicitor, portal, statement, protocol="https")
tm.flow(family, portal, upload_link, statement, protocol="https")
tm.flow(portal, police, receipt, protocol="https")
tm.flow(portal, hospital, receipt, protocol="https")
tm.flow(portal, solicitor, receipt, protocol="https")
tm.flow(portal, family, receipt, protocol="https")
tm.flow(portal, doc_store, police_report, pm_report, medical_records, statement)
tm.flow(cms, family, upload_link, protocol="smtp+starttls", label="e-mailed by the officer")

# summarising
tm.flow(cms, summariser, request, label="bundle marked complete")
tm.flow(doc_store, summariser, police_report, pm_report, medical_records, statement)
tm.flow(vault, summariser, api_key)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, completion, protocol="https")
tm.flow(summariser, cms, summary)

# review and hearing planning
tm.flow(cms, case_db, summary, corrections, hearing_plan, case_record)
tm.flow(case_db, cms, summary, corrections, hearing_plan, case_record)
tm.flow(cms, officer, summary, case_record, protocol="https")
tm.flow(officer, cms, corrections, case_record, protocol="https", label="review and correct")
tm.flow(cms, coroner, summary, case_record, protocol="https")
tm.flow(coroner, cms, hearing_plan, protocol="https")
tm.flow(
    doc_store, cms, police_report, pm_report, medical_records, statement, label="source documents"
)
