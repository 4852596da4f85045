"""Branch welcome chatbot: the first design, before any security review.

Each bank branch has kiosk-mode tablets in the lobby. A customer who walks in types
what they came for; a chatbot agent in the bank's data centre talks with them through
a hosted LLM, works out the service they need, and either issues a queue ticket in the
branch queue management system or books an appointment with an advisor. For a booking
it asks for the customer's mobile number and date of birth, looks them up in the CRM to
pick the right advisor type, and an SMS confirmation is sent. A branch services guide
is put in the prompt so the bot answers opening-hour and product questions consistently.
Branch staff call tickets and see bookings at their desks. Tablets are enrolled in the
bank's MDM and reach the chatbot API with per-tablet client certificates over mutual TLS.
The LLM is the bank's private deployment at a cloud provider, with its content filter on;
the CRM is encrypted and role-restricted, API keys are in the bank's vault, and every
conversation is logged for quality review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Branch welcome chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Lobby tablet chatbot that triages branch visitors, issues queue tickets and books appointments.",
)

# ---------------------------------------------------------------- data assets
utterance = tg.Data(
    "Customer message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text typed on the tablet; may include names, account or money matters.",
)
reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Chatbot prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, branch services guide, conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
)
services_guide = tg.Data(
    "Branch services guide",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Opening hours, services offered per branch, what to bring.",
)
identifiers = tg.Data(
    "Customer mobile number and date of birth",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
)
profile = tg.Data(
    "Customer profile",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, products held, segment and preferred branch.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
ticket_request = tg.Data(
    "Queue ticket request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
ticket = tg.Data(
    "Queue ticket",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Ticket number, service type, customer's first name, estimated wait.",
)
booking_request = tg.Data(
    "Appointment booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
booking = tg.Data(
    "Appointment booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Advisor, time slot, reason for visit, customer name and mobile number.",
)
confirmation = tg.Data("Booking confirmation SMS", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data("Conversation transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Branch lobby", trust=tg.Trust.UNTRUSTED):
    # Anyone who walks into the branch, customer or not.
    customer = tm.add(tg.Actor("Branch visitor", role="customer"))
    # Kiosk-mode tablets on stands by the door; the chat UI is a locked-down web view.
    tablet = tm.add(
        tg.Device(
            "Lobby tablet",
            fleet=True,
            description="MDM-enrolled tablets in kiosk mode, one or two per branch.",
        )
    )

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Calls the next ticket and sees the day's appointments.
    staff = tm.add(tg.Actor("Branch staff", role="branch staff"))

with tm.boundary("Bank data centre", trust=tg.Trust.INTERNAL):
    # The tablets' only entry point into the bank.
    chat_api = tm.add(
        tg.Endpoint(
            "Chatbot API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-tablet client certificate issued by MDM"),
            },
        )
    )
    # Holds the conversation, decides which tool to call next.
    agent = tm.add(
        tg.Agent(
            "Welcome chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Issues tickets and books appointments without staff involvement.",
            controls={
                c.SecretsManagement(note="LLM key and tool credentials from the bank vault"),
                c.AuditLogging(),
            },
        )
    )
    # Creates a ticket in the branch's queue.
    ticket_tool = tm.add(tg.Tool("Queue ticket tool", capabilities={"write"}, origin="first-party"))
    # Finds free advisor slots and books one.
    booking_tool = tm.add(
        tg.Tool("Appointment booking tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Looks up an existing customer to route them to the right advisor.
    lookup_tool = tm.add(
        tg.Tool(
            "Customer lookup tool",
            capabilities={"read"},
            origin="first-party",
            controls={
                c.Authentication(
                    method="mobile number and date of birth matched to the CRM record"
                ),
            },
        )
    )
    # Existing vendor queuing system for all branches.
    queue_system = tm.add(
        tg.Service(
            "Queue management system",
            controls={c.Authentication(method="Active Directory single sign-on")},
        )
    )
    # Advisors' diaries and booked appointments.
    calendar = tm.add(tg.DataStore("Appointment calendar", stores={booking}, controls={c.RBAC()}))
    # Kept for quality review and complaint handling.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="bank HSM-backed keys")},
        )
    )
    # Reference content the prompt includes.
    guide_store = tm.add(tg.DataStore("Branch services guide store", stores={services_guide}))

    with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
        # The bank's customer relationship system.
        crm = tm.add(
            tg.DataStore(
                "CRM",
                stores={profile},
                controls={c.EncryptionAtRest(key_management="bank HSM-backed keys"), c.RBAC()},
            )
        )

with tm.boundary("Cloud LLM tenancy", trust=tg.Trust.PARTNER):
    # The bank's private deployment of a commercial model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the provider's default content filter")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the booking confirmation text.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(customer, tablet, utterance, label="types on screen")
tm.flow(tablet, chat_api, utterance, protocol="https", controls={tls, c.MutualAuthentication()})
tm.flow(chat_api, agent, utterance)
tm.flow(guide_store, agent, services_guide)
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, lookup_tool, identifiers)
tm.flow(lookup_tool, crm, identifiers, label="search by mobile number")
tm.flow(crm, lookup_tool, profile)
tm.flow(lookup_tool, agent, profile)

tm.flow(agent, ticket_tool, ticket_request)
tm.flow(ticket_tool, queue_system, ticket_request, protocol="https")
tm.flow(queue_system, ticket_tool, ticket, protocol="https")
tm.flow(ticket_tool, agent, ticket)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, calendar, booking)
tm.flow(calendar, booking_tool, booking, label="free slots")
tm.flow(booking_tool, agent, booking)
tm.flow(booking_tool, sms, confirmation, protocol="https", controls={tls})
tm.flow(sms, customer, confirmation, protocol="sms")

tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, chat_api, reply, ticket, booking)
tm.flow(chat_api, tablet, reply, ticket, booking, protocol="https", controls={tls})
tm.flow(tablet, customer, reply, ticket, label="shown on screen")

tm.flow(staff, queue_system, ticket, protocol="https", label="calls next ticket")
tm.flow(queue_system, staff, ticket, protocol="https")
tm.flow(calendar, staff, booking, label="advisor diary view")
