"""Concessionary bus pass application with LLM photo check: the first design.

Older and disabled residents apply for a free bus pass on the council's website,
signed in with their council account. They upload a passport-style photo and proof
of age, address and disability (a PIP letter, a blue badge, a GP letter). The
application service stores the uploads, checks the address against the council
tax system and asks a hosted multimodal LLM whether the photo meets the rules and
what the documents say. A concessionary travel officer reviews every case, with
the LLM's notes, in the casework console and approves or refuses it; a nightly job
sends approved cards to the card bureau over SFTP, which prints and posts them.
Applicants get status e-mails through GOV.UK Notify. Controls: HTTPS, password
sign-in for applicants, upload type and size checks, single sign-on with MFA and
roles for officers, audit logging of decisions, encrypted cloud storage, a vendor
assessment of the LLM provider, and officer approval of every application.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Concessionary bus pass application photo check LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online bus pass applications for older and disabled residents, with an "
    "LLM that checks the photo and reads the proof documents before an officer decides.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Applicant sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
application = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address, phone, e-mail, pass type applied for.",
)
photo = tg.Data("Applicant photo", kind="media", sensitivity=tg.Sensitivity.PII)
proofs = tg.Data(
    "Proof of age, address and disability documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Passport or birth certificate, utility bill, PIP award letter, blue "
    "badge or GP letter: disability evidence is special-category health data.",
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Photo and document check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo rules, the photo and the proof documents.",
)
llm_result = tg.Data(
    "Photo check and document reading",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pass or fail against each photo rule, and the name, date of birth, "
    "address and disability evidence the LLM read from the documents.",
)
address_query = tg.Data("Residency lookup", kind="records", sensitivity=tg.Sensitivity.PII)
residency = tg.Data("Council tax residency match", kind="records", sensitivity=tg.Sensitivity.PII)
case = tg.Data(
    "Bus pass case record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data("Officer approval decision", kind="records", sensitivity=tg.Sensitivity.PII)
print_file = tg.Data(
    "Card print file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, photo, pass type, card number, expiry and postal address.",
)
dispatch = tg.Data("Card dispatch confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
status_email = tg.Data("Status e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
bus_pass = tg.Data("Printed bus pass", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Older or disabled resident, or someone applying on their behalf.
    applicant = tm.add(tg.Actor("Applicant", role="resident"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public application pages behind the council's account sign-in.
    portal = tm.add(
        tg.Endpoint(
            "Bus pass application portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council MyAccount e-mail and password"),
                c.InputValidation(note="JPEG, PNG and PDF only, 10 MB per file"),
            },
        )
    )
    # Orchestrates each application: storage, residency lookup, LLM check, case creation.
    app_service = tm.add(
        tg.Service(
            "Application service",
            description="Creates the case, stores uploads, checks residency and asks the "
            "LLM to check the photo and read the documents.",
        )
    )
    # Blob storage for the uploaded photos and proof documents.
    uploads = tm.add(
        tg.DataStore(
            "Upload store",
            stores={photo, proofs},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Case database: applications, LLM notes, officer decisions, card numbers.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={application, case, decision, dispatch},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where officers review each case and approve or refuse it.
    console = tm.add(
        tg.Endpoint(
            "Casework console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(),
                c.AuditLogging(note="who viewed, approved or refused each case"),
            },
        )
    )
    # Collects approved cases each night and sends them to the bureau.
    print_job = tm.add(tg.Service("Nightly card print export job"))

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Concessionary travel team officer who makes every decision.
    officer = tm.add(tg.Actor("Concessionary travel officer", role="officer"))
    # On-premises council tax system, used as proof of residency.
    council_tax = tm.add(tg.DataStore("Council tax system", stores={residency}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that checks photo rules and reads documents.
    llm = tm.add(
        tg.LLM(
            "Photo and document check LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Checks the photo against the pass photo rules and reads the "
            "proof documents; its notes go to the officer.",
            controls={
                c.SupplierAssessment(note="DPIA and vendor security review; UK data region"),
                c.HumanInTheLoop(
                    approver="concessionary travel officer",
                    note="every application is approved or refused by an officer",
                ),
            },
        )
    )

with tm.boundary("Card bureau", trust=tg.Trust.PARTNER):
    # Contracted bureau that prints and posts the smartcards.
    bureau = tm.add(tg.ExternalService("Card printing bureau", provides="generic"))

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government notification service for status e-mails.
    notify = tm.add(tg.ExternalService("GOV.UK Notify", provides="generic"))

# ---------------------------------------------------------------- flows
# Application
tm.flow(applicant, portal, sign_in, application, photo, proofs, protocol="https")
tm.flow(portal, applicant, status, protocol="https")
tm.flow(portal, app_service, application, photo, proofs, protocol="https")
tm.flow(app_service, portal, status, protocol="https")
tm.flow(app_service, uploads, photo, proofs)
tm.flow(uploads, app_service, photo, proofs)

# Checks
tm.flow(app_service, council_tax, address_query, protocol="https", label="over site-to-site VPN")
tm.flow(council_tax, app_service, residency, protocol="https", label="over site-to-site VPN")
tm.flow(app_service, llm, llm_prompt, protocol="https")
tm.flow(llm, app_service, llm_result, protocol="https")
tm.flow(app_service, case_db, application, case)
tm.flow(case_db, app_service, status)

# Officer review
tm.flow(case_db, console, application, case)
tm.flow(uploads, console, photo, proofs)
tm.flow(console, officer, application, case, photo, proofs, protocol="https")
tm.flow(officer, console, decision, protocol="https")
tm.flow(console, case_db, decision)

# Card production
tm.flow(case_db, print_job, application, decision, label="nightly export of approved cases")
tm.flow(uploads, print_job, photo, label="nightly export")
tm.flow(print_job, bureau, print_file, protocol="sftp")
tm.flow(bureau, print_job, dispatch, protocol="sftp")
tm.flow(print_job, case_db, dispatch)
tm.flow(bureau, applicant, bus_pass, label="posted")

# Notifications
tm.flow(app_service, notify, status_email, protocol="https")
tm.flow(notify, applicant, status_email, protocol="smtp")
