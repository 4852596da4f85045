"""Comic book grading submissions with LLM intake: the first design.

Collectors sign in to a web portal to submit comic books for grading. For each
book they upload front, back and spine photos, a free-text description and a
declared value (which sets the grading tier and the insurance on the return
shipment), and pay the submission fee on the payment provider's hosted page.
A submission service sends the photos and description to a hosted multimodal
LLM that extracts the title, issue number, publisher and variant, and flags
signs of restoration (colour touch, trimming, re-glued staples) as notes for
the graders. In the grading room, graders open each book physically in a
grading console, see the LLM's notes, record the grade and encapsulate the book
in a slab with a printed label. Certificates go into a certificate database
that anyone can query by certificate number on a public lookup page. Staff sign
in to the console with company SSO; collectors use e-mail and password.
"""

import threatgraph as tg

c = tg.controls

tm = tg.ThreatModel(
    "Comic book grading submissions",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Collector submissions with photos and declared values, LLM intake notes "
        "for graders, and a public certificate lookup."
    ),
)

# ---------------------------------------------------------------- data assets
collector_account = tg.Data(
    "Collector account details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, postal address and phone number.",
)
submission = tg.Data(
    "Submission details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Book title and issue as the collector states them, description, declared value, tier.",
)
photos = tg.Data(
    "Book photos",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="Front, back and spine photos uploaded by the collector.",
)
intake_prompt = tg.Data(
    "Intake prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, the collector's description and the book photos.",
)
intake_notes = tg.Data(
    "Extracted issue details and restoration flags",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
)
submission_status = tg.Data("Submission status", sensitivity=tg.Sensitivity.PII, kind="records")
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_confirmation = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
grade_record = tg.Data(
    "Grade record",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Grade, grader notes, restoration finding and the grader who set it.",
)
certificate = tg.Data(
    "Certificate record",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Certificate number, title, issue, grade, page quality and label notes.",
)
cert_query = tg.Data("Certificate number lookup", sensitivity=tg.Sensitivity.PUBLIC, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Sends books in for grading; anyone can register as a collector.
    collector = tm.add(tg.Actor("Collector", role="customer"))
    # Buyers and sellers checking a slab's certificate before a sale.
    public_user = tm.add(tg.Actor("Certificate lookup visitor", role="public"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for submission fees; card data never reach our systems.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model behind the vendor's API, used for intake notes only.
    intake_llm = tm.add(
        tg.LLM(
            "Intake LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads the photos and description; extracts issue details and flags suspected restoration.",
            controls={c.HumanInTheLoop(approver="the grader who examines the book")},
        )
    )

with tm.boundary("Grading platform cloud", trust=tg.Trust.INTERNAL):
    # Where collectors create submissions, upload photos and follow progress.
    portal = tm.add(
        tg.Endpoint(
            "Submission portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Keeps submissions, calls the LLM, records payment status.
    submission_svc = tm.add(
        tg.Service(
            "Submission service",
            description="Creates submissions, stores photos, requests intake notes from the LLM.",
        )
    )
    # Object storage bucket for the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Collectors, submissions, intake notes and statuses.
    submission_db = tm.add(
        tg.DataStore(
            "Submission database",
            stores={collector_account, submission, intake_notes, submission_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The system of record for every issued certificate and its grade.
    cert_db = tm.add(tg.DataStore("Certificate database", stores={certificate, grade_record}))
    # Public page: enter a certificate number, see what the slab should contain.
    lookup = tm.add(
        tg.Endpoint(
            "Public certification lookup",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
        )
    )

with tm.boundary("Grading facility", trust=tg.Trust.INTERNAL):
    # Staff who examine the books by hand and set the grade.
    grader = tm.add(tg.Actor("Grader", role="grading staff"))
    # Web app the graders work from on the grading room PCs.
    console = tm.add(
        tg.Endpoint(
            "Grading console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)"), c.RBAC()},
        )
    )
    # Prints the slab label with certificate number, grade and notes.
    label_printer = tm.add(tg.Device("Slab label printer", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(collector, portal, collector_account, submission, photos, protocol="https")
tm.flow(portal, collector, submission_status, protocol="https")
tm.flow(portal, submission_svc, collector_account, submission, photos)
tm.flow(submission_svc, portal, submission_status)

tm.flow(collector, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, submission_svc, payment_confirmation, protocol="https", label="webhook")

tm.flow(submission_svc, photo_store, photos)
tm.flow(photo_store, submission_svc, photos)
tm.flow(
    submission_svc, submission_db, collector_account, submission, intake_notes, submission_status
)
tm.flow(submission_db, submission_svc, submission, submission_status)
tm.flow(submission_svc, intake_llm, intake_prompt, protocol="https")
tm.flow(intake_llm, submission_svc, intake_notes, protocol="https")

tm.flow(submission_db, console, submission, intake_notes, protocol="https")
tm.flow(photo_store, console, photos, protocol="https")
tm.flow(console, grader, submission, photos, intake_notes)
tm.flow(grader, console, grade_record)
tm.flow(console, cert_db, grade_record, certificate, protocol="https")
tm.flow(console, submission_db, submission_status, protocol="https", label="graded and shipped")
tm.flow(console, label_printer, certificate, label="label print job")

tm.flow(public_user, lookup, cert_query, protocol="https")
tm.flow(lookup, cert_db, cert_query)
tm.flow(cert_db, lookup, certificate)
tm.flow(lookup, public_user, certificate, protocol="https")
