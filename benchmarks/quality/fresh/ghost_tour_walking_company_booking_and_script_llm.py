"""Ghost tour walking company: the first design, before any security review.

We run night-time ghost walks in an old UK city. Customers book on our website
through a chatbot: an LLM agent that checks availability, takes the booking,
records the signed risk waiver and any accessibility needs, and sends a hosted
checkout link from our payment provider. Guides get route scripts written by the
same hosted LLM from passages of local history archives (digitised record-office
papers and old newspapers) that we index in a vector store; the tour manager
reviews each draft before it goes into the script library. Guides read scripts
and the night's walk manifest in a phone app and mark who turned up. Everything
but the LLM and the payments runs in our cloud account. Controls: rate limiting
on the website, API keys in a secret manager, encrypted booking database, the
tour manager's approval of scripts, sign-in for staff and TLS on web traffic.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ghost tour booking chatbot and script LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Website booking chatbot for night walks, and LLM-written route scripts for guides "
        "from local history archives."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: dates, party size, names, e-mail, phone, needs.",
)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Booking agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation and the tool results so far.",
)
agent_completion = tg.Data(
    "Booking agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data(
    "Booking tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Create, look up or change a booking, with waiver acceptance and accessibility needs.",
)
booking_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
checkout_call = tg.Data("Checkout link request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
checkout_link = tg.Data("Checkout link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lead name, e-mail, phone, party size, walk date and payment status.",
)
waivers = tg.Data(
    "Signed waivers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
accessibility = tg.Data(
    "Accessibility needs",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Mobility, hearing or health needs customers tell us about: special-category data.",
)
tour_prices = tg.Data(
    "Walk availability and prices", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data("Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
archive_docs = tg.Data(
    "Local history archive documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Digitised parish records, inquest reports and old newspaper pages.",
)
archive_chunks = tg.Data(
    "Archive passages and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
script_request = tg.Data(
    "Script request",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Route, stops, running time and tone for a walk.",
)
script_prompt = tg.Data("Script prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
draft_script = tg.Data(
    "Draft route script", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
approved_script = tg.Data(
    "Approved route script",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Our paid-for tour content, read aloud by guides.",
)
script_review = tg.Data(
    "Script review and edits", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL
)
manifest = tg.Data(
    "Walk manifest",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Names, headcount, waiver status and accessibility needs for tonight's walk.",
)
attendance = tg.Data("Attendance marks", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People booking a walk.
    customer = tm.add(tg.Actor("Customer", role="customer"))
    # Where the history material comes from.
    archives = tm.add(
        tg.DataSource(
            "Local history archives",
            origin=tg.Origin.PUBLIC_WEB,
            provides={archive_docs},
            description="Record office digitised collections and a newspaper archive site.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # One hosted model serves both the chatbot and the script writer.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach us.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout pages and payment webhooks.",
        )
    )

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # The public site with the chat widget; also receives payment webhooks.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.RateLimiting(requests_per_minute=30, note="CDN rule per IP")},
        )
    )
    # The chatbot that takes bookings on its own, without staff involvement.
    chatbot = tm.add(
        tg.Agent(
            "Booking chatbot",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="LLM agent that answers questions and books walks through its tools.",
            controls={
                tg.controls.SecretsManagement(note="LLM API key in the cloud secret manager")
            },
        )
    )
    # Creates, looks up and changes bookings, waivers and needs.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            description="Customers change a booking by giving its reference and e-mail in the chat.",
        )
    )
    # Asks the payment provider for a checkout link for a booking.
    checkout_tool = tm.add(
        tg.Tool(
            "Checkout link tool",
            capabilities={"money-movement", "network-egress"},
            description="Amount comes from the walk price in the booking database.",
        )
    )
    # System of record for bookings, waivers and needs.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, waivers, accessibility, tour_prices},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Fetches and chunks archive material for retrieval.
    ingestion = tm.add(tg.Pipeline("Archive ingestion", stage=tg.Stage.INGESTION))
    # Searchable archive passages.
    archive_index = tm.add(tg.VectorStore("Archive passage index", stores={archive_chunks}))
    # Writes route scripts from archive passages.
    script_writer = tm.add(
        tg.Service(
            "Script writer",
            description="Retrieves passages for each stop and asks the LLM for a script draft.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the tour manager",
                    note="drafts reach the library only after the tour manager approves them",
                ),
                tg.controls.SecretsManagement(note="LLM API key in the cloud secret manager"),
                tg.controls.Authentication(method="Google Workspace account with 2SV"),
            },
        )
    )
    # Approved scripts the guides read from.
    script_library = tm.add(tg.DataStore("Script library", stores={approved_script}))

with tm.boundary("Staff", trust=tg.Trust.INTERNAL):
    # Plans walks and reviews every script.
    tour_manager = tm.add(tg.Actor("Tour manager", role="manager", privileged=True))
    # Leads the walks at night.
    guide = tm.add(tg.Actor("Guide", role="guide"))
    # The guides' own phones with our web app.
    guide_app = tm.add(
        tg.Device(
            "Guide phone app",
            description="Progressive web app on the guides' own phones.",
            controls={tg.controls.Authentication(method="individual e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

# booking chat
tm.flow(customer, website, chat_message, protocol="https", controls={tls})
tm.flow(website, customer, chat_reply, checkout_link, protocol="https", controls={tls})
tm.flow(website, chatbot, chat_message)
tm.flow(chatbot, website, chat_reply, checkout_link)
tm.flow(chatbot, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, chatbot, agent_completion, protocol="https", controls={tls})
tm.flow(chatbot, booking_tool, booking_call)
tm.flow(booking_tool, chatbot, booking_result)
tm.flow(booking_tool, booking_db, bookings, waivers, accessibility)
tm.flow(booking_db, booking_tool, bookings, tour_prices)
tm.flow(chatbot, checkout_tool, checkout_call)
tm.flow(booking_db, checkout_tool, tour_prices, label="walk price")
tm.flow(checkout_tool, payments, checkout_call, protocol="https", controls={tls})
tm.flow(payments, checkout_tool, checkout_link, protocol="https", controls={tls})
tm.flow(checkout_tool, chatbot, checkout_link)

# payment
tm.flow(customer, payments, card_details, protocol="https", controls={tls})
tm.flow(payments, website, payment_event, protocol="https", controls={tls}, label="webhook")
tm.flow(website, booking_db, payment_event)

# scripts
tm.flow(archives, ingestion, archive_docs, protocol="https")
tm.flow(ingestion, archive_index, archive_chunks)
tm.flow(tour_manager, script_writer, script_request, protocol="https", controls={tls})
tm.flow(script_writer, archive_index, script_request, label="similarity query")
tm.flow(archive_index, script_writer, archive_chunks)
tm.flow(script_writer, llm, script_prompt, protocol="https", controls={tls})
tm.flow(llm, script_writer, draft_script, protocol="https", controls={tls})
tm.flow(script_writer, tour_manager, draft_script, protocol="https", controls={tls})
tm.flow(tour_manager, script_writer, script_review, protocol="https", controls={tls})
tm.flow(script_writer, script_library, approved_script)

# guides
tm.flow(script_library, guide_app, approved_script, protocol="https", controls={tls})
tm.flow(booking_db, guide_app, manifest, protocol="https", controls={tls})
tm.flow(guide_app, guide, approved_script, manifest)
tm.flow(guide, guide_app, attendance)
tm.flow(guide_app, booking_db, attendance, protocol="https", controls={tls})
