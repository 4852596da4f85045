"""Chimney sweep booking and certificates: the first design, before any security review.

A chimney sweeping franchise in the UK. Customers book a sweep through a chat
assistant on the franchise website: an LLM agent answers questions and books a
free slot in the shared bookings database through a booking tool. Sweeps, who
work for the local franchisees, get their job sheets on a tablet app; on site
they photograph the flue and note their findings, which the app uploads to the
field API. A certificate service sends the findings and photos to a hosted LLM,
which drafts the sweeping certificate and safety advice; the sweep checks,
corrects and signs it in the app. Signed certificates are stored and emailed to
the customer and, when the customer asks, to their landlord or insurer. The chat
is rate-limited, sweeps sign in with a password, stores are encrypted by the
cloud provider and the tablets are managed with device encryption.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Chimney sweep booking and inspection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat booking for a chimney sweeping franchise, and LLM-drafted sweeping "
        "certificates that the sweep signs."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and booking details: name, address, phone, appliance type.",
)
chat_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Booking confirmation and free slots", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
customer_records = tg.Data(
    "Customer and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contact details, address, property and appliance, bookings, "
    "and landlord or insurer email addresses to copy certificates to.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
job_sheet = tg.Data("Job sheet", kind="records", sensitivity=tg.Sensitivity.PII)
flue_photos = tg.Data(
    "Flue photographs",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the fireplace, flue and chimney, taken inside the customer's home.",
)
findings = tg.Data(
    "Inspection findings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The sweep's notes: appliance, flue condition, smoke test result, defects.",
)
cert_prompt = tg.Data(
    "Certificate drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Certificate template, findings, photos and the customer's address.",
)
draft_cert = tg.Data(
    "Draft certificate and safety advice", kind="model-output", sensitivity=tg.Sensitivity.PII
)
signed_cert = tg.Data(
    "Signed sweeping certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
cert_email = tg.Data("Certificate email", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Householders and tenants who book a sweep and receive the certificate.
    customer = tm.add(tg.Actor("Customer", role="householder"))
    # Third parties the customer asks us to copy the certificate to.
    landlord_insurer = tm.add(tg.Actor("Landlord or insurer", role="certificate recipient"))

with tm.boundary("Franchise cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the public website.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=30)},
        )
    )
    # LLM agent that answers questions and books appointments without staff involvement.
    booking_agent = tm.add(
        tg.Agent(
            "Booking chat assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="System prompt with prices and service area; one tool to book.",
            controls={tg.controls.CircuitBreaker(max_steps=8)},
        )
    )
    # The only action the assistant can take: look up free slots and create a booking.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            origin="first-party",
            description="Lists free slots in the customer's area and creates a booking.",
        )
    )
    # Shared system of bookings and customers for all franchisees.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings and customer database",
            stores={customer_records},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What the sweeps' tablet app talks to: job sheets down, findings and signatures up.
    field_api = tm.add(
        tg.Endpoint(
            "Field app API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="sweep username and password")},
        )
    )
    # Keeps the flue photos as evidence behind each certificate.
    photo_store = tm.add(
        tg.DataStore(
            "Job photo store",
            stores={flue_photos},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the drafting prompt, stores signed certificates and sends them out.
    cert_service = tm.add(
        tg.Service(
            "Certificate service",
            description="Drafts certificates with the LLM; stores and emails signed ones.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the sweep who did the job checks and signs each certificate"
                )
            },
        )
    )
    # The signed certificates, kept for reissue and for the franchise's records.
    cert_store = tm.add(
        tg.DataStore(
            "Certificate store",
            stores={signed_cert},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Franchisee field", trust=tg.Trust.PARTNER):
    # Franchisee staff doing the sweeping and inspection.
    sweep = tm.add(tg.Actor("Sweep", role="chimney sweep"))
    # Franchisee-issued tablets running the field app, with the camera used for photos.
    tablet = tm.add(
        tg.Device(
            "Sweep tablet app",
            fleet=True,
            description="Android tablets enrolled in the franchise MDM.",
            controls={
                tg.controls.EncryptionAtRest(key_management="device encryption (MDM-enforced)")
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # One hosted multimodal model, used by both the chat assistant and certificate drafting.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completion API that accepts images.",
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Transactional email service that delivers certificates.
    email = tm.add(tg.ExternalService("Transactional email service"))

# ---------------------------------------------------------------- flows
# booking chat
tm.flow(customer, chat_endpoint, chat_message, protocol="https")
tm.flow(chat_endpoint, booking_agent, chat_message)
tm.flow(booking_agent, llm, chat_message, booking_result, protocol="https")
tm.flow(llm, booking_agent, chat_reply, booking_call, protocol="https")
tm.flow(booking_agent, booking_tool, booking_call)
tm.flow(booking_tool, bookings_db, customer_records, label="creates booking")
tm.flow(bookings_db, booking_tool, customer_records, label="free slots")
tm.flow(booking_tool, booking_agent, booking_result)
tm.flow(booking_agent, chat_endpoint, chat_reply)
tm.flow(chat_endpoint, customer, chat_reply, protocol="https")

# on site
tm.flow(bookings_db, field_api, job_sheet)
tm.flow(field_api, tablet, job_sheet, draft_cert, protocol="https")
tm.flow(tablet, sweep, job_sheet, draft_cert)
tm.flow(sweep, tablet, findings, flue_photos, label="photographs flue and notes findings")
tm.flow(tablet, field_api, findings, flue_photos, protocol="https")
tm.flow(field_api, photo_store, flue_photos)
tm.flow(field_api, cert_service, findings)

# drafting and signing
tm.flow(photo_store, cert_service, flue_photos)
tm.flow(bookings_db, cert_service, customer_records)
tm.flow(cert_service, llm, cert_prompt, protocol="https")
tm.flow(llm, cert_service, draft_cert, protocol="https")
tm.flow(cert_service, field_api, draft_cert)
tm.flow(sweep, tablet, signed_cert, label="checks and signs")
tm.flow(tablet, field_api, signed_cert, protocol="https")
tm.flow(field_api, cert_service, signed_cert)
tm.flow(cert_service, cert_store, signed_cert)

# delivery
tm.flow(cert_service, email, cert_email, protocol="https")
tm.flow(email, customer, cert_email, protocol="smtp")
tm.flow(email, landlord_insurer, cert_email, protocol="smtp", label="on the customer's request")
