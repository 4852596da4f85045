"""Mosque community fund: zakat and hardship application triage, the first design.

Families in the mosque's community (in the UK) apply for zakat or hardship help
through a form on the mosque website, describing their household, income, debts
and needs, and uploading bank statements, tenancy papers and benefit letters.
Applications land in the mosque's cloud workspace. A triage service extracts the
text of the documents, adds the mosque's zakat eligibility guidelines and asks a
hosted LLM to draft an eligibility summary for each case. Volunteers on the zakat
committee read the application, the documents and the draft in a review portal,
from their own laptops and phones, and the committee decides every case and the
amount; the fund administrator e-mails the outcome and pays outside this system.
Controls in this design: upload checks on the form, Google Workspace sign-in
and committee-only access on the portal, the workspace's default encryption at
rest, and the committee's decision on every application.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Zakat application triage assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts eligibility summaries of zakat and hardship applications for the committee.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Application answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Household members, income, debts, rent, benefits and the help asked for.",
)
documents = tg.Data(
    "Supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Bank statements, tenancy agreements, benefit letters, photo ID, as PDFs or photos.",
)
document_text = tg.Data("Extracted document text", kind="documents", sensitivity=tg.Sensitivity.PII)
guidelines = tg.Data(
    "Zakat eligibility guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The committee's criteria: nisab threshold, zakat categories, hardship rules.",
)
prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the guidelines, the answers and the document text of one case.",
)
draft = tg.Data(
    "Draft eligibility summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Household situation, needs, matching zakat category and points to check.",
)
decision = tg.Data("Committee decision", kind="records", sensitivity=tg.Sensitivity.PII)
acknowledgement = tg.Data("Acknowledgement e-mail", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data("Outcome e-mail", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Families asking the fund for help; anyone can fill in the form.
    applicant = tm.add(tg.Actor("Applicant family", role="applicant"))

with tm.boundary("Volunteers' own devices", trust=tg.Trust.UNTRUSTED):
    # Committee volunteers review cases at home on their own laptops and phones.
    volunteer = tm.add(tg.Actor("Zakat committee volunteer", role="committee volunteer"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The workspace's mail service sends acknowledgements and outcomes.
    mail = tm.add(tg.ExternalService("Workspace e-mail"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model; writes the draft summary, decides nothing.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Its summaries shape which families the committee helps and how much.",
        )
    )

with tm.boundary("Mosque cloud workspace", trust=tg.Trust.INTERNAL):
    # The public application form on the mosque website.
    form = tm.add(
        tg.Endpoint(
            "Application form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="PDF and image uploads only, 10 MB per file")},
        )
    )
    # One folder per case: answers, documents, draft and decision.
    cases = tm.add(
        tg.DataStore(
            "Case folders",
            stores={application, documents, document_text, draft, decision},
            controls={c.EncryptionAtRest(key_management="workspace provider-managed keys")},
        )
    )
    # Turns PDFs and phone photos of documents into text (OCR library on the service host).
    extractor = tm.add(tg.Service("Document text extractor"))
    # Builds the prompt for each new case, calls the LLM and files the draft.
    triage = tm.add(
        tg.Service(
            "Triage service",
            controls={
                c.HumanInTheLoop(
                    approver="the zakat committee decides every application and amount"
                )
            },
        )
    )
    # The committee's written criteria, kept as a document in the workspace.
    policy = tm.add(tg.DataStore("Eligibility guidelines document", stores={guidelines}))
    # Where volunteers read cases and record the committee's decision.
    portal = tm.add(
        tg.Endpoint(
            "Committee review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace sign-in, individual accounts"),
                c.RBAC(note="only committee members and the administrator"),
            },
        )
    )

with tm.boundary("Mosque office", trust=tg.Trust.INTERNAL):
    # Runs the fund: maintains the guidelines, sends outcomes, makes payments.
    admin = tm.add(tg.Actor("Fund administrator", role="administrator", privileged=True))

# ---------------------------------------------------------------- flows
# application
tm.flow(applicant, form, application, documents, protocol="https")
tm.flow(form, cases, application, documents)
tm.flow(form, mail, acknowledgement, protocol="https")
tm.flow(mail, applicant, acknowledgement, protocol="smtp")

# triage
tm.flow(cases, extractor, documents)
tm.flow(extractor, cases, document_text)
tm.flow(cases, triage, application, document_text)
tm.flow(policy, triage, guidelines)
tm.flow(triage, llm, prompt, protocol="https")
tm.flow(llm, triage, draft, protocol="https")
tm.flow(triage, cases, draft)

# committee review
tm.flow(cases, portal, application, documents, draft, decision)
tm.flow(portal, volunteer, application, documents, draft, protocol="https")
tm.flow(volunteer, portal, decision, protocol="https")
tm.flow(portal, cases, decision)

# administration
tm.flow(admin, policy, guidelines, protocol="https", label="updates the criteria")
tm.flow(portal, admin, decision, protocol="https")
tm.flow(admin, mail, outcome, protocol="https")
tm.flow(mail, applicant, outcome, protocol="smtp")
