"""Blue Badge application summariser: the first design, before any security review.

Residents apply for a Blue Badge (disabled parking permit) through the council's
online form, signing in with their council MyAccount and uploading medical letters,
prescriptions and proof of identity and address. A text extraction step reads the
uploads, and a summariser service sends the form answers and letter text, with the
council's eligibility criteria, to a hosted LLM (a cloud provider's UK-region model
API, reviewed by the council's information governance team). The LLM writes a summary
of whether the evidence meets each criterion, which lands in the case management
system. A permit officer reads the case and decides every application; nothing is
issued or refused without them. Applicants can ask for a review through the same
form, which a senior officer handles. Approved badges are ordered through the DfT
Blue Badge service and applicants are told the outcome by GOV.UK Notify. The portal
and case system run in the council's cloud tenancy; officers use it from the council
network with role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Council Blue Badge application summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of Blue Badge evidence for the officers who decide applications.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Blue Badge application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, date of birth, National Insurance number, mobility answers.",
)
evidence = tg.Data(
    "Uploaded medical letters and proofs",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Consultant and GP letters, prescriptions, ID and proof of address; photos or PDFs.",
)
evidence_text = tg.Data(
    "Extracted evidence text", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
criteria = tg.Data(
    "Eligibility criteria",
    kind="instructions",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="DfT Blue Badge guidance and the council's local assessment notes.",
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the criteria, the form answers and the letter text.",
)
summary = tg.Data(
    "Eligibility evidence summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-criterion summary of what the evidence shows, with quotes from the letters.",
)
decision = tg.Data("Officer decision", kind="records", sensitivity=tg.Sensitivity.PII)
review_request = tg.Data("Review request", kind="records", sensitivity=tg.Sensitivity.PII)
badge_order = tg.Data("Badge order", kind="records", sensitivity=tg.Sensitivity.PII)
notification = tg.Data("Outcome notification", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents applying for themselves or someone they care for.
    applicant = tm.add(tg.Actor("Applicant", role="resident"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public application form and review request page.
    portal = tm.add(
        tg.Endpoint(
            "Online application form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="council MyAccount e-mail and password"),
                c.InputValidation(note="file type and size limits on uploads"),
            },
        )
    )
    # Holds the submitted forms and uploads.
    evidence_store = tm.add(
        tg.DataStore(
            "Application evidence store",
            stores={application, evidence},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Turns photos and PDFs of letters into text for the summariser.
    extractor = tm.add(tg.Service("Document text extraction"))
    # Builds the prompt and files the LLM's summary into the case.
    summariser = tm.add(tg.Service("Evidence summariser"))
    # The criteria the summary is written against.
    criteria_store = tm.add(tg.DataStore("Eligibility criteria guidance", stores={criteria}))
    # Where officers work each case, record decisions and handle reviews.
    case_system = tm.add(
        tg.Service(
            "Blue Badge case management",
            controls={
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
                c.HumanInTheLoop(approver="permit officer"),
                c.Contestability(note="applicant can request a review by a senior officer"),
            },
        )
    )

with tm.boundary("LLM provider UK region", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model behind the provider's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                c.SupplierAssessment(note="DPIA and vendor review; no training on council data")
            },
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Decides every application from the case and the summary.
    officer = tm.add(tg.Actor("Permit officer", role="caseworker"))
    # Handles review requests against an officer's decision.
    senior_officer = tm.add(tg.Actor("Senior review officer", role="caseworker", privileged=True))

with tm.boundary("Government services", trust=tg.Trust.PARTNER):
    # National service the council orders approved badges through.
    dft = tm.add(tg.ExternalService("DfT Blue Badge service"))
    # Sends outcome e-mails and letters to applicants.
    notify = tm.add(tg.ExternalService("GOV.UK Notify"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, evidence, protocol="https")
tm.flow(applicant, portal, review_request, protocol="https", label="asks for a review")
tm.flow(portal, applicant, notification, protocol="https", label="application status")
tm.flow(portal, evidence_store, application, evidence)
tm.flow(portal, case_system, application, review_request, label="new case or review")

tm.flow(evidence_store, extractor, evidence)
tm.flow(extractor, summariser, evidence_text)
tm.flow(evidence_store, summariser, application)
tm.flow(criteria_store, summariser, criteria)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, case_system, summary)

tm.flow(case_system, officer, application, summary, protocol="https")
tm.flow(evidence_store, officer, evidence, protocol="https", label="officer opens the letters")
tm.flow(officer, case_system, decision, protocol="https")
tm.flow(
    case_system, senior_officer, review_request, application, summary, decision, protocol="https"
)
tm.flow(senior_officer, case_system, decision, protocol="https", label="review outcome")

tm.flow(case_system, dft, badge_order, protocol="https")
tm.flow(dft, case_system, badge_order, protocol="https", label="order status")
tm.flow(case_system, notify, notification, protocol="https")
tm.flow(notify, applicant, notification, protocol="smtps")
