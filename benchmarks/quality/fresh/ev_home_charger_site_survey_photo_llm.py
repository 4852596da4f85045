"""EV home-charger site survey from customer photos: the first design.

Homeowners who want a charger installed fill in a form on our website and upload
photos of their fuse board, electricity meter and driveway through a single-use
upload link we e-mail them. A survey orchestrator in our cloud sends the photos and
the job details to a hosted multimodal LLM, which estimates the cable run, says
whether the supply needs an upgrade, and drafts a fixed-price quote and the
connection notice for the electricity network operator. Drafts land in our job
system, where a surveyor checks the photos and approves (or edits) each quote
before it is e-mailed through our e-mail delivery provider. When the customer
accepts, the website opens a deposit payment with a card payment provider (hosted
payment page, confirmed by a signed webhook) and the job system submits the drafted
notice to the network operator's web API. Staff sign in with company SSO; photos
are stored encrypted in a cloud bucket.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "EV home-charger site survey",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "A multimodal LLM reads customers' site photos and drafts charger quotes and "
        "network-operator notices; surveyors approve quotes before they are sent."
    ),
)

# ---------------------------------------------------------------- data assets
customer_details = tg.Data(
    "Customer contact details and address",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
site_photos = tg.Data(
    "Site photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Fuse board, meter (with its serial number) and driveway of the home.",
)
survey_prompt = tg.Data(
    "Survey prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, pricing rules, job details and the site photos.",
)
llm_assessment = tg.Data(
    "LLM survey assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Cable-run estimate, supply-upgrade call, draft quote and draft notice.",
)
draft_quote = tg.Data("Draft quote and notice", kind="records", sensitivity=tg.Sensitivity.PII)
job_records = tg.Data(
    "Job records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
quote_review = tg.Data("Quote review decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
quote_email = tg.Data("Quote e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
acceptance = tg.Data("Quote acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
payment_session = tg.Data(
    "Deposit payment request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Deposit payment webhook event", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
dno_notice = tg.Data(
    "Network operator connection notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, meter number, supply details and the charger's rating.",
)
dno_response = tg.Data(
    "Notice reference and response", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Homeowners asking for a charger quote; anyone can fill in the form.
    customer = tm.add(tg.Actor("Homeowner", role="customer"))

with tm.boundary("Installer cloud", trust=tg.Trust.INTERNAL):
    # Public quote website: enquiry form, photo upload, quote acceptance, deposit.
    website = tm.add(
        tg.Endpoint(
            "Quote website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="single-use upload link sent by e-mail"),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Holds the uploaded photos for the LLM and the surveyor.
    photo_store = tm.add(
        tg.DataStore(
            "Site photo bucket",
            stores={site_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt from the job and photos, calls the LLM, files the drafts.
    orchestrator = tm.add(
        tg.Service(
            "Survey orchestrator",
            description="Runs when all photos are uploaded; one LLM call per job.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Where surveyors review drafts and which talks to the network operator.
    job_system = tm.add(
        tg.Service(
            "Job system",
            description="Job management app: surveyor review queue, quote sending, notices.",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="installer surveyor"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Jobs, drafts, approved quotes and notice references.
    job_db = tm.add(
        tg.DataStore(
            "Job database",
            stores={job_records, customer_details, draft_quote},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Installer office", trust=tg.Trust.INTERNAL):
    # Qualified electrician who approves each quote before it goes out.
    surveyor = tm.add(tg.Actor("Installer surveyor", role="surveyor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the photos and drafts the assessment, quote and notice.
    llm = tm.add(
        tg.LLM(
            "Multimodal survey LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted vision-capable model behind the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends upload links and approved quotes to customers.
    email = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the deposit on its hosted payment page; we never see card numbers.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Network operator", trust=tg.Trust.PARTNER):
    # The distribution network operator's notification API for new charger connections.
    dno_api = tm.add(tg.ExternalService("Network operator notice API"))

# ---------------------------------------------------------------- flows
# Enquiry and photo upload
tm.flow(customer, website, customer_details, site_photos, protocol="https")
tm.flow(website, photo_store, site_photos)
tm.flow(website, job_system, customer_details, label="new enquiry")
tm.flow(job_system, job_db, job_records, customer_details)
tm.flow(job_db, job_system, job_records, customer_details)

# LLM survey
tm.flow(job_system, orchestrator, job_records, label="survey request")
tm.flow(photo_store, orchestrator, site_photos)
tm.flow(orchestrator, llm, survey_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_assessment, protocol="https")
tm.flow(orchestrator, job_system, draft_quote)
tm.flow(job_system, job_db, draft_quote, id="drafts-to-job-db")

# Surveyor review and sending
tm.flow(photo_store, job_system, site_photos, label="photos for review")
tm.flow(job_system, surveyor, draft_quote, site_photos, protocol="https")
tm.flow(surveyor, job_system, quote_review, protocol="https", label="approve or edit quote")
tm.flow(job_system, email, quote_email, protocol="https")
tm.flow(email, customer, quote_email, protocol="smtp")

# Acceptance and deposit
tm.flow(customer, website, acceptance, protocol="https", id="acceptance")
tm.flow(website, job_system, acceptance, id="acceptance-to-job")
tm.flow(website, payments, payment_session, protocol="https")
tm.flow(customer, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(
    payments,
    website,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)

# Network operator notice
tm.flow(job_system, dno_api, dno_notice, protocol="https")
tm.flow(dno_api, job_system, dno_response, protocol="https")
