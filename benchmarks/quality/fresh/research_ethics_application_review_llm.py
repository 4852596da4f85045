"""Research ethics application pre-screening: the first design, before any security review.

The university's research ethics committee receives applications through its
ethics portal, a web application in the university's cloud tenancy. Researchers
sign in with university SSO and upload the application form, participant
information and consent documents and the study protocol; many of these describe
unpublished research plans. On submission a pre-screening service extracts the
text of the documents, adds the committee's checklist and sends both to a hosted
LLM API. The model checks completeness against the checklist, flags risks
(vulnerable participants, data sharing, deception) and drafts a summary. The
report is shown in the portal to the committee member assigned to review, who
signs in with university SSO and MFA and makes the decision; the portal tells
the researcher by e-mail. Uploads are checked for type and size, the portal
uses role-based access, documents are encrypted at rest, and the LLM vendor was
assessed by procurement (no training on inputs, 30-day retention).
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Research ethics application pre-screening",
    profile=tg.RiskProfile.HIGH,
    description="An LLM assistant pre-screens ethics applications for the reviewing committee member.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Ethics application form",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Study aims, methods, participant groups, data management, researcher details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
consent_docs = tg.Data(
    "Participant information and consent documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
protocol = tg.Data(
    "Study protocol",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unpublished research plan, often with grant and IP-relevant detail.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
extracted = tg.Data(
    "Extracted application text", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
screening_request = tg.Data(
    "Screening request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
checklist = tg.Data(
    "Committee checklist and prompt",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Checklist instructions followed by the full application text.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
report = tg.Data(
    "Pre-screening report",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Missing items, risk flags and a draft summary for the reviewer.",
)
review = tg.Data(
    "Committee review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Reviewer notes, requested changes, favourable or unfavourable opinion.",
)
sso_assertion = tg.Data("SSO assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
notification = tg.Data(
    "Outcome notification e-mail", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff and students applying for ethics approval, from anywhere.
    researcher = tm.add(tg.Actor("Researcher", role="applicant"))

with tm.boundary("University network", trust=tg.Trust.INTERNAL):
    # Reviews the application with the assistant's report and decides.
    member = tm.add(tg.Actor("Committee member", role="ethics reviewer"))
    # Ethics office staff who maintain the checklist and the prompt.
    admin = tm.add(tg.Actor("Ethics office administrator", role="administrator", privileged=True))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # University single sign-on for researchers and committee members.
    sso = tm.add(
        tg.ExternalService("University SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # Sends the outcome notifications.
    mail = tm.add(tg.ExternalService("University e-mail", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; no fine-tuning.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(
                    note="procurement review: no training on inputs, 30-day retention"
                )
            },
        )
    )

with tm.boundary("University cloud", trust=tg.Trust.INTERNAL):
    # Web application for submissions, reviews and outcomes.
    portal = tm.add(
        tg.Endpoint(
            "Ethics portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="university SSO (SAML) with MFA"),
                tg.controls.RBAC(),
                tg.controls.InputValidation(note="PDF and DOCX only, 25 MB per file"),
            },
        )
    )
    # Applications, their documents and the committee's outcomes.
    app_store = tm.add(
        tg.DataStore(
            "Application document store",
            stores={application, consent_docs, protocol, review},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Turns uploaded PDF and Word files into plain text.
    extraction = tm.add(
        tg.Service(
            "Document text extraction",
            description="Open-source PDF and DOCX parsers in a container.",
        )
    )
    # Builds the prompt, calls the LLM, parses its answer into a report.
    prescreen = tm.add(
        tg.Service(
            "Pre-screening service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the assigned committee member, who makes every decision"
                )
            },
        )
    )
    # The committee's checklist and the prompt template.
    checklist_store = tm.add(tg.DataStore("Checklist and prompt store", stores={checklist}))
    # Pre-screening reports, shown beside each application.
    report_store = tm.add(tg.DataStore("Pre-screening report store", stores={report}))

# ---------------------------------------------------------------- flows
# Sign-in
tm.flow(researcher, sso, sso_assertion, protocol="https", label="sign in")
tm.flow(member, sso, sso_assertion, protocol="https", label="sign in")
tm.flow(sso, portal, sso_assertion, protocol="https", label="SAML assertion")

# Submission
tm.flow(researcher, portal, application, consent_docs, protocol, protocol="https", label="submit")
tm.flow(portal, app_store, application, consent_docs, protocol)
tm.flow(portal, prescreen, screening_request, label="on submission")

# Pre-screening
tm.flow(app_store, extraction, application, consent_docs, protocol)
tm.flow(extraction, prescreen, extracted)
tm.flow(checklist_store, prescreen, checklist)
tm.flow(prescreen, llm, prompt, protocol="https")
tm.flow(llm, prescreen, completion, protocol="https")
tm.flow(prescreen, report_store, report)
tm.flow(admin, checklist_store, checklist, protocol="https", label="edits checklist and prompt")

# Review
tm.flow(report_store, portal, report)
tm.flow(app_store, portal, application, consent_docs, protocol, label="review view")
tm.flow(portal, member, application, consent_docs, protocol, report, protocol="https")
tm.flow(member, portal, review, protocol="https")
tm.flow(portal, app_store, review, label="record outcome")

# Outcome back to the researcher
tm.flow(portal, mail, notification, protocol="smtp+starttls")
tm.flow(mail, researcher, notification, protocol="smtps")
tm.flow(portal, researcher, review, protocol="https", label="outcome in the portal")
