"""Salt mine visitor tours: booking and safety-declaration chat agent (first design).

A historic salt mine in the EU runs guided underground tours. Visitors use a chat
widget on the mine's website, where an LLM agent answers questions about tours from
a tour information index, books a slot, and sends a payment link created through
our card payment provider's hosted checkout (card details never reach us). Before
descent every visitor must give a medical declaration (claustrophobia, heart
conditions, mobility); the agent records it against the booking. The provider
confirms payment by webhook. The shift supervisor signs in to a manifest web app to
see the day's groups with their medical flags, and prints the emergency evacuation
list from the same app on the site office printer. The LLM is a vendor-hosted API.
Controls in this design: TLS everywhere, rate limiting on the chat endpoint, form
validation on declarations, webhook signature checks, encrypted database storage
and single sign-on for the supervisor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Salt mine tour booking and safety agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that sells mine tour tickets and records visitors' medical declarations.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Visitor chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with conversation and tour context",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, the conversation so far (may include health details) and tour facts.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
tour_info = tg.Data(
    "Tour information and FAQ", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
tour_query = tg.Data("Tour information query", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
booking_call = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
bookings = tg.Data(
    "Tour bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Visitor names, e-mail, phone, group size, tour slot, payment status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
availability = tg.Data("Slot availability", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
declaration_call = tg.Data(
    "Medical declaration entry", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call"
)
declarations = tg.Data(
    "Visitor medical declarations",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Claustrophobia, heart conditions, mobility limits, per visitor and booking.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
declaration_result = tg.Data(
    "Declaration saved notice", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
payment_call = tg.Data(
    "Payment link request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
checkout_request = tg.Data(
    "Checkout session request", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
payment_link = tg.Data("Payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_event = tg.Data(
    "Payment confirmation event", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
paid_status = tg.Data("Booking payment status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
manifest_request = tg.Data("Manifest request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
manifest = tg.Data(
    "Daily visitor manifest",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Every group and visitor going down today, with medical flags.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
evacuation_list = tg.Data(
    "Emergency evacuation list",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the web can open the chat widget; no account is needed to book.
    visitor = tm.add(tg.Actor("Visitor", role="tour visitor"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: the provider takes the card, we only see the outcome.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            provides=tg.ExternalCategory.GENERIC,
            description="Hosted payment links and checkout pages, payment webhooks.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; the agent's reasoning engine.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor-hosted model called over HTTPS with an API key.",
        )
    )

with tm.boundary("Booking cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for the website chat widget.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent: answers questions, books slots, takes declarations, sends pay links.
    agent = tm.add(
        tg.Agent(
            "Tour booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs the conversation and calls the booking, declaration and payment tools.",
        )
    )
    # Tour descriptions, opening times, safety rules and FAQ the agent answers from.
    tour_index = tm.add(tg.VectorStore("Tour information index", stores={tour_info}))
    # Creates or changes bookings and checks slot capacity.
    booking_tool = tm.add(
        tg.Tool("Booking tool", capabilities={tg.Capability.READ, tg.Capability.WRITE})
    )
    # Writes each visitor's medical declaration against the booking.
    declaration_tool = tm.add(
        tg.Tool(
            "Medical declaration tool",
            capabilities={tg.Capability.WRITE},
            controls={c.InputValidation(note="fixed declaration form fields, yes/no answers")},
        )
    )
    # Asks the payment provider for a payment link for the booking's amount.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={tg.Capability.WRITE, tg.Capability.NETWORK_EGRESS},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Receives the provider's payment confirmations and marks bookings paid.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.MessageIntegrity(note="provider's webhook signature verified")},
        )
    )
    # Bookings and medical declarations, one managed database.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, declarations},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web app for site staff: today's manifest and the printable evacuation list.
    manifest_app = tm.add(
        tg.Service(
            "Manifest and evacuation app",
            controls={c.Authentication(method="staff SSO with MFA")},
        )
    )

with tm.boundary("Mine site office", trust=tg.Trust.INTERNAL):
    # Checks who goes down on each shift and who needs special attention.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="site staff"))
    # The evacuation list must exist on paper at the shaft head.
    printer = tm.add(tg.Device("Site office printer", fleet=False))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(visitor, chat, chat_message, protocol="https", controls={tls})
tm.flow(chat, visitor, agent_reply, protocol="https", controls={tls})
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, tour_index, tour_query, label="similarity search")
tm.flow(tour_index, agent, tour_info)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, availability, bookings)

tm.flow(agent, declaration_tool, declaration_call)
tm.flow(declaration_tool, agent, declaration_result)
tm.flow(declaration_tool, booking_db, declarations)

tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, payments, checkout_request, protocol="https", controls={tls})
tm.flow(payments, payment_tool, payment_link, protocol="https", controls={tls})
tm.flow(payment_tool, agent, payment_link)

tm.flow(visitor, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, webhook, payment_event, protocol="https", controls={tls})
tm.flow(webhook, booking_db, paid_status)

tm.flow(supervisor, manifest_app, manifest_request, protocol="https", controls={tls})
tm.flow(booking_db, manifest_app, bookings, declarations)
tm.flow(manifest_app, supervisor, manifest, protocol="https", controls={tls})
tm.flow(manifest_app, printer, evacuation_list, protocol="ipps", label="print evacuation list")
