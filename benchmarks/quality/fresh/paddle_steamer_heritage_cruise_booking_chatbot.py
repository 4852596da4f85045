"""Heritage paddle steamer cruise booking chatbot: the first design, before any security review.

A charity runs a restored paddle steamer and sells its summer cruises through a
chat assistant on its website. Members of the public ask about sailings and
step-free access, book tickets or ask for a group charter; a hosted LLM decides
which tools to call: a sailing availability lookup, a booking tool that records
the passengers and opens a hosted checkout with the card payment provider, and a
boarding pass sender that e-mails passes through a delivery service. The
provider's signed webhook confirms each payment. Group charters wait for the
purser. The purser sees the passenger manifest, which must stay under the
vessel's certified passenger capacity, and volunteer crew keep their rota in the
same office portal and database. Everything runs in one cloud account: the chat
API is rate limited, the database is encrypted with the provider's keys and
backed up nightly, and the portal uses e-mail and password with roles.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Paddle steamer cruise booking chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat assistant selling heritage cruise tickets and charters, with the purser's "
        "manifest and the volunteer crew rota in the same system."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Passenger chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
chat_reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with conversation and tool results",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the chat so far, retrieved vessel information and tool results.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
vessel_info = tg.Data(
    "Vessel and accessibility information",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Gangway, deck access, accessible toilets, assistance dogs, catering, piers.",
)
vessel_context = tg.Data(
    "Retrieved vessel information", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
availability_query = tg.Data(
    "Availability query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
sailing_availability = tg.Data(
    "Sailing timetable and places left",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
booking_request = tg.Data(
    "Booking or charter request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Sailing, party size, passenger names, contact details and access needs.",
)
booking_result = tg.Data(
    "Booking reference and checkout link", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
bookings = tg.Data(
    "Passenger bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
access_needs = tg.Data(
    "Passenger accessibility requirements",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Wheelchair use, mobility or sensory needs recorded so the crew can assist boarding.",
)
manifest = tg.Data(
    "Passenger manifest",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Who is aboard each sailing; the count must stay under the certified capacity.",
)
charter_decision = tg.Data(
    "Charter confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
checkout_request = tg.Data(
    "Checkout session request", sensitivity=tg.Sensitivity.PII, kind="records"
)
checkout_link = tg.Data("Hosted checkout link", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
card_payment = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_event = tg.Data(
    "Payment confirmation webhook", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
pass_request = tg.Data(
    "Boarding pass send request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
pass_status = tg.Data(
    "Boarding pass send status", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
boarding_pass = tg.Data("Boarding pass", sensitivity=tg.Sensitivity.PII, kind="documents")
crew_rota = tg.Data(
    "Volunteer crew rota",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Volunteer names, phone numbers, qualifications and the sailings they crew.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website can chat and book; no account is needed.
    passenger = tm.add(tg.Actor("Passenger", role="member of the public"))
    # Volunteers check and update their shifts from their own phones.
    volunteer = tm.add(tg.Actor("Volunteer crew member", role="volunteer crew"))

with tm.boundary("Pier office", trust=tg.Trust.INTERNAL):
    # Runs boarding; confirms charters and checks numbers against the certificate.
    purser = tm.add(tg.Actor("Purser", role="purser"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the assistant, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details go straight to the provider, never to us.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout pages and payment webhooks.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers boarding pass e-mails on our behalf.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's back end, the only part of the assistant the public reaches.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per IP address"),
                c.InputValidation(note="message length and character set"),
            },
        )
    )
    # The LLM agent that holds the conversation and chooses the tools.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers questions, books tickets and sends boarding passes; charters wait for the purser.",
            controls={
                c.HumanInTheLoop(
                    approver="the purser",
                    note="group charter requests are held until the purser confirms them",
                ),
                c.CircuitBreaker(max_steps=10),
            },
        )
    )
    # Read-only look-up of sailings and places left.
    availability_tool = tm.add(
        tg.Tool("Sailing availability lookup", capabilities={"read"}, origin="first-party")
    )
    # Records the passengers and access needs and opens a hosted checkout.
    booking_tool = tm.add(
        tg.Tool(
            "Ticket booking tool",
            capabilities={"read", "write", "network-egress"},
            origin="first-party",
            description="Creates a provisional booking or charter request and a checkout session.",
        )
    )
    # Sends the boarding pass for a paid booking to the e-mail address on the booking.
    pass_tool = tm.add(
        tg.Tool(
            "Boarding pass sender",
            capabilities={"read", "send-messages"},
            origin="first-party",
        )
    )
    # Receives the provider's payment events and marks bookings paid.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook receiver",
            purpose=tg.EndpointPurpose.API,
            description="Verifies the provider's signature and confirms the booking.",
        )
    )
    # Staff and volunteer web portal: manifest, charters and the crew rota.
    portal = tm.add(
        tg.Service(
            "Office portal",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="purser role sees the manifest; crew role sees the rota"),
            },
        )
    )

    with tm.boundary("Database tier", trust=tg.Trust.RESTRICTED):
        # One database for bookings, the manifest and the crew rota.
        database = tm.add(
            tg.DataStore(
                "Booking and crew database",
                stores={bookings, access_needs, manifest, sailing_availability, crew_rota},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.DataVersioning(note="nightly backups"),
                },
            )
        )
        # Vessel, pier and accessibility guide the assistant answers from.
        guide = tm.add(tg.VectorStore("Vessel information index", stores={vessel_info}))

# ---------------------------------------------------------------- flows
tm.flow(passenger, chat_api, chat_message, protocol="https")
tm.flow(chat_api, assistant, chat_message)
tm.flow(assistant, chat_api, chat_reply)
tm.flow(chat_api, passenger, chat_reply, protocol="https")

tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")

tm.flow(assistant, guide, chat_message, label="similarity query")
tm.flow(guide, assistant, vessel_context)

tm.flow(assistant, availability_tool, availability_query)
tm.flow(database, availability_tool, sailing_availability)
tm.flow(availability_tool, assistant, sailing_availability)

tm.flow(assistant, booking_tool, booking_request)
tm.flow(database, booking_tool, sailing_availability, label="places left")
tm.flow(booking_tool, database, bookings, access_needs, label="provisional booking")
tm.flow(booking_tool, payments, checkout_request, protocol="https")
tm.flow(payments, booking_tool, checkout_link, protocol="https")
tm.flow(booking_tool, assistant, booking_result)

tm.flow(passenger, payments, card_payment, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    webhook,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature checked with the signing secret")},
)
tm.flow(webhook, database, bookings, label="mark booking paid")

tm.flow(assistant, pass_tool, pass_request)
tm.flow(database, pass_tool, bookings)
tm.flow(pass_tool, mailer, boarding_pass, protocol="https")
tm.flow(pass_tool, assistant, pass_status)
tm.flow(mailer, passenger, boarding_pass, protocol="smtp")

tm.flow(purser, portal, charter_decision, protocol="https", label="confirms charters")
tm.flow(portal, database, charter_decision)
tm.flow(database, portal, manifest, access_needs, crew_rota)
tm.flow(portal, purser, manifest, access_needs, protocol="https")
tm.flow(volunteer, portal, crew_rota, protocol="https", label="shift availability")
tm.flow(portal, database, crew_rota)
tm.flow(portal, volunteer, crew_rota, protocol="https")
