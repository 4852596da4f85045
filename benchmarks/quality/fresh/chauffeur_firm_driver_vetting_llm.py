"""Chauffeur driver vetting: the first design, before any security review.

A UK chauffeur firm takes on self-employed drivers. Applicants sign up on the driver
portal and upload their driving and private-hire licences, hire-and-reward insurance
and their enhanced background check certificate. A vetting service sends each document
to a hosted LLM, which extracts the holder, numbers and expiry dates, checks them
against each other and the firm's requirements, and flags gaps. The compliance officer
sees the case on a review console and approves or rejects the driver; nothing is
approved without them. A nightly job finds approved drivers whose documents expire
within 30 days, e-mails them to upload renewals and has the LLM re-check those; lapsed
documents mark the driver as suspended in the driver register. Corporate clients' travel
bookers see on a client portal that the drivers assigned to them are vetted.
Uploads are stored encrypted; staff sign in with SSO and MFA, applicants and bookers
with e-mail and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chauffeur driver vetting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted checking of self-employed drivers' licences, insurance "
    "and background checks, with a compliance officer deciding.",
)

# ---------------------------------------------------------------- data assets
profile = tg.Data(
    "Applicant profile",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, contact details, address, vehicle.",
)
licence = tg.Data(
    "Driving and private-hire licence scans", sensitivity=tg.Sensitivity.PII, kind="documents"
)
insurance = tg.Data("Insurance certificates", sensitivity=tg.Sensitivity.PII, kind="documents")
background = tg.Data(
    "Background check certificates",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Enhanced criminal record certificates: criminal offence data.",
)
prompt = tg.Data(
    "Document extraction prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions, the firm's requirements and the document images.",
)
extracted = tg.Data(
    "Extracted document details", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
flags = tg.Data(
    "Vetting flags",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Missing documents, mismatched names, expired or soon-expiring dates, disclosures.",
)
case = tg.Data("Vetting case", sensitivity=tg.Sensitivity.REGULATED, kind="records")
decision = tg.Data(
    "Vetting decision",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
status = tg.Data(
    "Driver vetting status",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Approved, rejected or suspended, with each document's expiry date.",
)
app_status = tg.Data("Application status", sensitivity=tg.Sensitivity.PII, kind="records")
reminder = tg.Data("Document renewal reminder", sensitivity=tg.Sensitivity.PII, kind="records")
client_view = tg.Data(
    "Assigned driver vetting summary",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Driver name, photo, vetted badge and next expiry date.",
)
booker_query = tg.Data("Booker driver lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Self-employed drivers applying, and approved drivers uploading renewals.
    applicant = tm.add(tg.Actor("Driver applicant", role="applicant"))
    # Travel bookers at corporate clients who want proof their drivers are vetted.
    booker = tm.add(tg.Actor("Corporate client booker", role="client"))
    # SaaS e-mail provider that sends renewal reminders.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the scans; its output shapes who gets work.
    llm = tm.add(
        tg.LLM(
            "Document vetting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                c.SupplierAssessment(note="DPA signed; vendor states no training on API data")
            },
        )
    )

with tm.boundary("Vetting platform", trust=tg.Trust.INTERNAL):
    # Where applicants sign up, upload documents and follow their application.
    portal = tm.add(
        tg.Endpoint(
            "Driver onboarding portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF and image types only, 10 MB limit"),
            },
        )
    )
    # Bucket holding every uploaded document.
    documents = tm.add(
        tg.DataStore(
            "Driver document store",
            stores={licence, insurance, background},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt, calls the LLM, assembles the case for the officer.
    vetting = tm.add(tg.Service("Vetting service"))
    # Where the compliance officer reads the case and records the decision.
    console = tm.add(
        tg.Service(
            "Compliance review console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="compliance officer"),
            },
        )
    )
    # Approved drivers, their status and document expiry dates.
    register = tm.add(tg.DataStore("Driver register", stores={profile, status}))
    # Looks ahead 30 days for expiring documents every night.
    recheck = tm.add(tg.Service("Nightly expiry re-check job"))
    # Read-only view of vetting status for corporate clients.
    client_portal = tm.add(
        tg.Endpoint(
            "Corporate client portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides every approval, rejection and suspension appeal.
    officer = tm.add(tg.Actor("Compliance officer", role="compliance officer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, profile, licence, insurance, background, protocol="https")
tm.flow(portal, applicant, app_status, protocol="https")
tm.flow(portal, documents, licence, insurance, background)
tm.flow(portal, register, profile)
tm.flow(portal, vetting, profile, label="new or renewed upload")

tm.flow(documents, vetting, licence, insurance, background)
tm.flow(vetting, llm, prompt, protocol="https")
tm.flow(llm, vetting, extracted, flags, protocol="https")
tm.flow(vetting, console, case)
tm.flow(console, officer, case, protocol="https")
tm.flow(officer, console, decision, protocol="https")
tm.flow(console, register, status)
tm.flow(register, portal, app_status)

tm.flow(register, recheck, status, profile)
tm.flow(recheck, vetting, status, label="re-check renewed documents")
tm.flow(vetting, recheck, flags)
tm.flow(recheck, register, status, label="suspend lapsed drivers")
tm.flow(recheck, mailer, reminder, protocol="https")
tm.flow(mailer, applicant, reminder, protocol="smtp")

tm.flow(booker, client_portal, booker_query, protocol="https")
tm.flow(register, client_portal, client_view)
tm.flow(client_portal, booker, client_view, protocol="https")
