"""Volunteer sign-up screening for a children's charity: the first design, before any security review.

People who want to volunteer with children apply on the charity's website: they make an
account, fill in the application form (employment history, references, motivation, a
self-declaration) and upload identity documents. A screening service in the charity's
cloud tenancy sends each form to a hosted LLM, which summarises it, flags gaps in the
employment history and answers that need follow-up, and suggests roles that fit from the
charity's role descriptions. The safeguarding lead reviews the application, the summary
and the ID documents on a staff console and makes every decision; criminal record checks
go through the national disclosure service's online system, which the lead and the
applicant each fill in. Applicants get status e-mails through a mail provider. Controls
in this design: https everywhere, encrypted storage, upload checks, staff single sign-on
with MFA and role-based access, and a reviewed LLM vendor contract with no training on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Volunteer sign-up screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted screening of volunteer applications; the safeguarding lead decides.",
)

# ---------------------------------------------------------------- data assets
form = tg.Data(
    "Volunteer application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contact details, employment history, references, answers, self-declaration.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
id_docs = tg.Data(
    "Identity documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Passport or driving licence scans and proof of address.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
prompt = tg.Data("Screening prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
summary = tg.Data(
    "Screening summary with follow-up flags and suggested roles",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
roles = tg.Data(
    "Volunteer role descriptions", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
decision = tg.Data("Safeguarding decision", kind="records", sensitivity=tg.Sensitivity.PII)
disclosure_application = tg.Data(
    "Disclosure check application", kind="records", sensitivity=tg.Sensitivity.PII
)
disclosure_result = tg.Data(
    "Criminal record check result",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
status_email = tg.Data("Application status e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can apply to volunteer, including people who should never work with children.
    applicant = tm.add(tg.Actor("Volunteer applicant", role="applicant"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public application pages: account, form and document upload.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer application portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Applications, screening summaries and decisions.
    app_db = tm.add(
        tg.DataStore(
            "Volunteer application database",
            stores={form, summary, decision, disclosure_result},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys"), c.RBAC()},
        )
    )
    # Bucket for uploaded ID documents.
    doc_store = tm.add(
        tg.DataStore(
            "Identity document storage",
            stores={id_docs},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The charity's descriptions of each volunteer role and what it requires.
    role_store = tm.add(tg.DataStore("Role descriptions library", stores={roles}))
    # Picks up new applications, builds the prompt, calls the LLM, stores the summary.
    screener = tm.add(tg.Service("Application screening service"))
    # Staff web app where the safeguarding lead reviews and decides.
    console = tm.add(
        tg.Endpoint(
            "Safeguarding review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="safeguarding lead"),
            },
        )
    )

with tm.boundary("Charity staff", trust=tg.Trust.INTERNAL):
    # Makes every acceptance decision and runs the disclosure checks.
    lead = tm.add(tg.Actor("Safeguarding lead", role="safeguarding lead", privileged=True))
    # Places accepted volunteers in roles and arranges induction.
    coordinator = tm.add(tg.Actor("Volunteer coordinator", role="volunteer coordinator"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Summarises applications, flags gaps and follow-ups, suggests roles.",
            controls={
                c.SupplierAssessment(note="contract: no training on our data, 30-day retention")
            },
        )
    )

with tm.boundary("National disclosure service", trust=tg.Trust.PARTNER):
    # Government online system for criminal record checks.
    disclosure = tm.add(tg.ExternalService("Disclosure service online system"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for status updates to applicants.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, form, id_docs, protocol="https")
tm.flow(portal, applicant, form, protocol="https", label="saved application")
tm.flow(portal, app_db, form)
tm.flow(portal, doc_store, id_docs)

tm.flow(app_db, screener, form)
tm.flow(role_store, screener, roles)
tm.flow(screener, llm, prompt, protocol="https")
tm.flow(llm, screener, summary, protocol="https")
tm.flow(screener, app_db, summary)

tm.flow(app_db, console, form, summary)
tm.flow(doc_store, console, id_docs)
tm.flow(console, lead, form, summary, id_docs, protocol="https")
tm.flow(lead, console, decision, disclosure_result, protocol="https")
tm.flow(console, app_db, decision, disclosure_result)
tm.flow(console, coordinator, decision, summary, protocol="https")

tm.flow(lead, disclosure, disclosure_application, protocol="https")
tm.flow(applicant, disclosure, disclosure_application, protocol="https")
tm.flow(disclosure, lead, disclosure_result, protocol="https")

tm.flow(console, mailer, status_email, protocol="https")
tm.flow(mailer, applicant, status_email, protocol="smtp")
