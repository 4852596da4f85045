"""Online print shop with LLM preflight: the first design, before any security review.

Customers order flyers, posters and business cards on our storefront and upload
their artwork (PDF, TIFF or JPEG, checked for type and size). An upload event
starts the preflight service, which extracts page sizes, image resolution, bleed
and embedded fonts and the file's text, and asks a hosted LLM to judge the print
problems and draft a plain-language proof message. The message and a proof
preview are e-mailed to the customer through a transactional e-mail provider; the
customer accepts the proof in their account. Prepress staff, signed in through
the company's Google Workspace SSO, review each job in the prepress console and
approve it before it is released to the job queue of the RIP server that drives
the digital press on the print floor. Artwork and orders are stored encrypted
with the cloud provider's managed keys. The shop is in the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Print shop order proofing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Web-to-print orders with LLM preflight, proof messages and staff approval.",
)

# ---------------------------------------------------------------- data assets
artwork = tg.Data(
    "Customer artwork",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Uploaded PDF, TIFF or JPEG files; often unreleased marketing material.",
)
order = tg.Data(
    "Order details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Product, quantity, paper, customer name, e-mail and delivery address.",
)
proof_approval = tg.Data(
    "Customer proof approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
preflight_report = tg.Data(
    "Preflight report",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Extracted dimensions, DPI, bleed, font list and the artwork's text.",
)
prompt = tg.Data("Preflight prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
llm_answer = tg.Data(
    "Print issues and draft proof message",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
)
proof_email = tg.Data("Proof e-mail", sensitivity=tg.Sensitivity.PII, kind="model-output")
proof_status = tg.Data(
    "Proof preview and order status", sensitivity=tg.Sensitivity.PII, kind="records"
)
staff_sign_in = tg.Data("Staff sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
id_token = tg.Data("Staff ID token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
job_decision = tg.Data("Job approval decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
print_job = tg.Data(
    "Print-ready job",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Approved artwork with its JDF job ticket.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
press_status = tg.Data("Press job status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can create an account and upload files.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model, called through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Judges preflight findings and writes the proof message.",
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Sends the proof e-mails on our behalf.
    email_service = tm.add(tg.ExternalService("Transactional e-mail service"))
    # Staff accounts live in the company's Google Workspace.
    idp = tm.add(
        tg.ExternalService(
            "Google Workspace SSO", provides=tg.vocab.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("Shop cloud", trust=tg.Trust.INTERNAL):
    # The web shop and upload API customers use.
    storefront = tm.add(
        tg.Endpoint(
            "Storefront",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type allowlist and 500 MB size limit on uploads"),
            },
        )
    )
    # Object storage bucket holding the uploaded artwork.
    artwork_bucket = tm.add(
        tg.DataStore(
            "Artwork bucket",
            stores={artwork},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Orders, preflight reports, proof state and approvals.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, preflight_report, proof_approval, job_decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Extracts file facts with PDF tooling, then asks the LLM and sends the proof e-mail.
    preflight = tm.add(
        tg.Service(
            "Preflight service",
            description="Runs on each upload; parses the file and builds the LLM prompt.",
        )
    )
    # Internal web console where prepress staff review and release jobs.
    console = tm.add(
        tg.Service(
            "Prepress console",
            controls={
                c.Authentication(method="OIDC via Google Workspace SSO"),
                c.HumanInTheLoop(approver="prepress staff"),
            },
        )
    )

with tm.boundary("Print floor network", trust=tg.Trust.INTERNAL):
    # Prepress staff check the files and approve each job.
    staff = tm.add(tg.Actor("Prepress staff", role="prepress operator"))
    # RIP server holding the press's job queue; pulls released jobs from the console.
    job_queue = tm.add(
        tg.Service("Press job queue", description="RIP server with the press queue.")
    )
    # The digital production press that prints queued jobs.
    press = tm.add(tg.Device("Digital press", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(customer, storefront, order, artwork, proof_approval, protocol="https")
tm.flow(storefront, customer, proof_status, protocol="https")
tm.flow(storefront, artwork_bucket, artwork)
tm.flow(storefront, order_db, order, proof_approval)
tm.flow(order_db, storefront, proof_status)

tm.flow(artwork_bucket, preflight, artwork, label="upload event")
tm.flow(order_db, preflight, order, label="product specification")
tm.flow(preflight, llm, prompt, protocol="https")
tm.flow(llm, preflight, llm_answer, protocol="https")
tm.flow(preflight, order_db, preflight_report)
tm.flow(preflight, email_service, proof_email, protocol="https")
tm.flow(email_service, customer, proof_email, protocol="smtp+starttls")

tm.flow(staff, idp, staff_sign_in, protocol="https")
tm.flow(idp, console, id_token, protocol="https")
tm.flow(order_db, console, order, preflight_report, proof_approval)
tm.flow(artwork_bucket, console, artwork)
tm.flow(console, staff, preflight_report, artwork, protocol="https", label="review screen")
tm.flow(staff, console, job_decision, protocol="https")
tm.flow(console, order_db, job_decision)
tm.flow(console, job_queue, print_job, protocol="https", label="released jobs")
tm.flow(job_queue, console, press_status, protocol="https")
tm.flow(job_queue, press, print_job, protocol="http", label="JDF/JMF")
tm.flow(press, job_queue, press_status, protocol="http", label="JMF status")
