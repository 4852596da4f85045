"""Dance school class booking and payment agent: the first design, before any security review.

Parents book their children into dance classes and pay the termly fees by chatting
with an LLM agent, either in a chat widget on the school's website (signed in to a
parent account) or over WhatsApp (recognised by their phone number). The agent looks
up class spaces and the age rules for each class, books the child in, and sends the
parent a payment link created with the school's card payment provider; the provider
tells the school by webhook when a fee is paid. It also answers questions about
costumes and shows from a FAQ the owner keeps. The agent runs in the school's
cloud app and calls a hosted LLM. Teachers sign in to a staff portal to see their
class lists; the owner uses the same portal and handles refunds herself in the
payment provider's dashboard. Controls: TLS everywhere, signed webhooks from WhatsApp
and the payment provider, password sign-in with role-based access on the staff
portal, and the managed database's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dance school class booking and payment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM chat agent on the website and WhatsApp that books children into "
    "dance classes and sends payment links for termly fees.",
)

# ---------------------------------------------------------------- data assets
parent_message = tg.Data(
    "Parent chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and booking requests, often naming the child and their age.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, tool results and FAQ text.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
child_records = tg.Data(
    "Child and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Child's name, date of birth, medical and allergy notes, parent contact "
    "details, class bookings and fee status.",
)
timetable = tg.Data(
    "Class timetable and age rules",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Classes, capacities, spaces left and the age range of each class.",
)
availability_query = tg.Data("Class availability query", kind="tool-call")
availability_result = tg.Data(
    "Class spaces and age check result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
booking_request = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Child, class and term to book, or a refund request to pass to the owner.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
link_request = tg.Data(
    "Payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, fee amount and parent e-mail.",
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_event = tg.Data(
    "Payment confirmation event",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Provider webhook: booking reference, amount paid, last four card digits.",
)
card_payment = tg.Data(
    "Card payment details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered by the parent on the provider's hosted page; never reaches the school.",
)
refund_instruction = tg.Data(
    "Refund instruction", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
faq = tg.Data(
    "Costume and show FAQ",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Costume lists, show dates, rehearsal times and venue details.",
)
class_list = tg.Data("Class list", kind="records", sensitivity=tg.Sensitivity.PII)
staff_credentials = tg.Data(
    "Staff sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat or message the school's WhatsApp number.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))

with tm.boundary("Staff own devices", trust=tg.Trust.UNTRUSTED):
    # Teachers check class lists on their own phones; there is no school network.
    teacher = tm.add(tg.Actor("Teacher", role="dance teacher"))
    # The owner runs the school, edits the FAQ and timetable, and issues refunds.
    owner = tm.add(tg.Actor("School owner", role="owner", privileged=True))

with tm.boundary("WhatsApp platform", trust=tg.Trust.PARTNER):
    # Relays WhatsApp messages to and from the school's business number.
    whatsapp = tm.add(
        tg.ExternalService("WhatsApp Business Platform", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the payment pages, takes the card and sends the paid event back.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("School cloud app", trust=tg.Trust.INTERNAL):
    # One entry point for the website chat widget and the WhatsApp webhook.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="parent account e-mail and password on the website; "
                    "sender phone number on WhatsApp"
                )
            },
        )
    )
    # Decides what to look up, whom to book and when to send a payment link.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books classes and sends payment links without a person in the loop.",
        )
    )
    # Read-only look-up of spaces and the age range of a class.
    availability_tool = tm.add(tg.Tool("Class availability lookup", capabilities={"read"}))
    # Writes bookings (and parents' refund requests for the owner) to the database.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Asks the payment provider for a link for the booking's fee.
    link_tool = tm.add(tg.Tool("Payment link tool", capabilities={"write", "network-egress"}))
    # Receives the provider's paid events and marks fees as paid.
    webhook = tm.add(tg.Service("Payment webhook receiver"))
    # Teachers' class lists; the owner's timetable, FAQ and booking admin.
    portal = tm.add(
        tg.Endpoint(
            "Staff portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # The school's one database: children, bookings, fees, timetable, staff accounts.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={child_records, timetable, staff_credentials},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The owner's costume and show answers, read by the agent.
    faq_store = tm.add(tg.DataStore("Costume and show FAQ store", stores={faq}))
    # Every conversation, kept so the owner can check what the agent told parents.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Parents: website chat and WhatsApp.
tm.flow(parent, chat, parent_message, protocol="https", controls={tls}, label="website chat")
tm.flow(
    chat, parent, agent_reply, payment_link, protocol="https", controls={tls}, label="website chat"
)
tm.flow(parent, whatsapp, parent_message, protocol="whatsapp")
tm.flow(whatsapp, parent, agent_reply, payment_link, protocol="whatsapp")
tm.flow(
    whatsapp,
    chat,
    parent_message,
    protocol="https",
    controls={tls, c.MessageIntegrity(note="webhook signature checked")},
    label="inbound webhook",
)
tm.flow(
    chat,
    whatsapp,
    agent_reply,
    payment_link,
    protocol="https",
    controls={tls},
    label="send message",
)

# The agent and its model.
tm.flow(chat, agent, parent_message)
tm.flow(agent, chat, agent_reply, payment_link)
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(faq_store, agent, faq)
tm.flow(agent, transcript_store, transcripts)

# Tools.
tm.flow(agent, availability_tool, availability_query)
tm.flow(booking_db, availability_tool, timetable, child_records, label="spaces and child's age")
tm.flow(availability_tool, agent, availability_result)
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, booking_db, child_records, label="new booking or refund request")
tm.flow(booking_tool, agent, booking_result)
tm.flow(agent, link_tool, link_request)
tm.flow(link_tool, payments, link_request, protocol="https", controls={tls})
tm.flow(payments, link_tool, payment_link, protocol="https", controls={tls})
tm.flow(link_tool, agent, payment_link)

# Paying and being told it is paid.
tm.flow(
    parent, payments, card_payment, protocol="https", controls={tls}, label="hosted payment page"
)
tm.flow(
    payments,
    webhook,
    payment_event,
    protocol="https",
    controls={tls, c.MessageIntegrity(note="provider webhook signature verified")},
)
tm.flow(webhook, booking_db, child_records, label="mark fee paid")

# Staff.
tm.flow(teacher, portal, staff_credentials, protocol="https", controls={tls}, label="sign in")
tm.flow(portal, teacher, class_list, protocol="https", controls={tls})
tm.flow(
    owner,
    portal,
    staff_credentials,
    timetable,
    faq,
    protocol="https",
    controls={tls},
    label="admin",
)
tm.flow(portal, owner, child_records, class_list, protocol="https", controls={tls})
tm.flow(portal, booking_db, timetable, child_records)
tm.flow(booking_db, portal, child_records, class_list, staff_credentials)
tm.flow(portal, faq_store, faq)
tm.flow(
    owner,
    payments,
    refund_instruction,
    protocol="https",
    controls={tls},
    label="provider dashboard",
)
