"""Financial aid appeals assistant: the first design, before any security review.

Students whose circumstances have changed (job loss, medical costs, a death in
the family) appeal their aid award through the university's student portal.
They sign in with campus SSO, write an appeal letter and upload supporting
documents such as tax returns and medical bills. The documents are stored in
the university's cloud tenant, their text is extracted, and a summarisation
service sends the appeal, the extracted text and the student's current award
to a hosted LLM, which returns a summary and a draft recommendation. Aid
officers read the case in a review console on the campus network, look at the
original documents, and make the decision themselves; the decision is written
back to the student information system and the student is notified by email.
Controls in this design: SSO on the portal and console, role-based access for
officers, encryption at rest for uploaded documents, audit logging on cases,
and an officer deciding every appeal.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Financial aid appeals assistant",
    profile=tg.RiskProfile.HIGH,
    description="LLM-drafted summaries and recommendations for student financial aid appeals.",
)

# ---------------------------------------------------------------- data assets
appeal_letter = tg.Data(
    "Appeal letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The student's own account of why their aid should change.",
)
supporting_docs = tg.Data(
    "Supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Tax returns, pay stubs, medical bills, death certificates (PDFs and photos).",
)
extracted_text = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
award_record = tg.Data(
    "Current aid award",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Cost of attendance, EFC/SAI, grants and loans from the student information system.",
)
prompt = tg.Data(
    "Appeal summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the appeal letter, extracted document text and the award record.",
)
draft = tg.Data(
    "Summary and draft recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A case summary and a suggested adjustment with its reasoning.",
)
case = tg.Data("Appeal case", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Appeal decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
notice = tg.Data("Decision notification", kind="documents", sensitivity=tg.Sensitivity.PII)
status = tg.Data("Appeal status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students apply from their own devices, anywhere.
    student = tm.add(tg.Actor("Student", role="applicant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The summaries and draft recommendations come from a vendor-hosted model
    # under the university's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model called through the vendor's API.",
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # The university's outbound email service delivers decision notices.
    email = tm.add(tg.ExternalService("Outbound email service"))

with tm.boundary("University cloud tenant", trust=tg.Trust.INTERNAL):
    # Where students submit appeals and upload documents, behind campus SSO.
    portal = tm.add(
        tg.Endpoint(
            "Appeals portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="campus SSO (SAML)")},
        )
    )
    # Holds the uploaded originals for the officers and for the extractor.
    doc_store = tm.add(
        tg.DataStore(
            "Appeal document store",
            stores={appeal_letter, supporting_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns PDFs and phone photos of forms and bills into text (OCR).
    extractor = tm.add(
        tg.Service("Document text extraction", description="OCR and PDF text extraction.")
    )
    # Builds the prompt from the appeal, the documents and the award, and
    # files the LLM's summary and draft on the case.
    summariser = tm.add(
        tg.Service(
            "Appeal summarisation service",
            description="Assembles the prompt, calls the LLM, stores the draft on the case.",
        )
    )
    # The system of record for appeals: case, draft, officer decision.
    case_db = tm.add(
        tg.DataStore(
            "Appeals case database",
            stores={case, draft, decision},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Sends the decision notice once an officer has decided.
    notifier = tm.add(tg.Service("Notification service"))

with tm.boundary("Campus administrative network", trust=tg.Trust.INTERNAL):
    # Officers read cases and record decisions here; nothing is decided automatically.
    console = tm.add(
        tg.Endpoint(
            "Officer review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="campus SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="financial aid officer"),
            },
        )
    )
    # The registrar's system of record for aid awards.
    sis = tm.add(tg.DataStore("Student information system", stores={award_record}))
    # Staff of the financial aid office who decide each appeal.
    officer = tm.add(tg.Actor("Aid officer", role="financial aid officer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(student, portal, appeal_letter, supporting_docs, protocol="https", label="submit appeal")
tm.flow(portal, student, status, protocol="https", label="appeal status")
tm.flow(portal, doc_store, appeal_letter, supporting_docs)
tm.flow(portal, case_db, case, label="open case")
tm.flow(case_db, portal, status)

tm.flow(doc_store, extractor, supporting_docs)
tm.flow(extractor, summariser, extracted_text)
tm.flow(doc_store, summariser, appeal_letter)
tm.flow(sis, summariser, award_record, protocol="https")
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, draft, protocol="https")
tm.flow(summariser, case_db, draft)

tm.flow(case_db, console, case, draft, protocol="https")
tm.flow(doc_store, console, appeal_letter, supporting_docs, protocol="https")
tm.flow(console, officer, case, draft, supporting_docs, protocol="https", label="review")
tm.flow(officer, console, decision, protocol="https", label="decide")
tm.flow(console, case_db, decision, protocol="https")
tm.flow(case_db, sis, decision, protocol="https", label="update award")

tm.flow(case_db, notifier, decision)
tm.flow(notifier, email, notice, protocol="https")
tm.flow(email, student, notice, protocol="smtp+starttls")
