"""Itinerary e-mail agent: a tour operator's first design, before any security review.

Customers write to bookings@ about their package holidays: questions about the
itinerary, date or room changes, moving an airport transfer. Our mailbox is hosted
in Microsoft 365; an ingestion service pulls new mail through the Graph API and
hands each message to an LLM agent running in our production cloud. The agent asks
a hosted LLM what to do, looks the booking up in the reservation system, checks the
booking terms in a small vector index, changes bookings and transfers through tools,
and replies from the same mailbox. Transfers are booked with a ground-transfer
supplier through its API. Cancellations and changes that carry a fee are queued in
a staff console for a customer-service agent to approve; replies and other changes
go out automatically. The lookup tool only returns a booking when the reference in
the e-mail and the sender's address match the booking. Conversations are logged.
The operator sells to EU customers, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Itinerary e-mail agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that answers booking e-mails and changes bookings and transfers.",
)

# ---------------------------------------------------------------- data assets
customer_email = tg.Data(
    "Customer e-mail",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text message about a booking, with quoted history and attachments.",
)
reply_email = tg.Data("Reply e-mail", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, tool definitions, the e-mail and the tool results so far.",
)
llm_response = tg.Data(
    "LLM response",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Next tool call or the drafted reply.",
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Travellers' names, contact details, passport numbers, itineraries, prices.",
)
lookup_call = tg.Data("Booking lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_details = tg.Data("Booking details", kind="tool-result", sensitivity=tg.Sensitivity.PII)
change_call = tg.Data("Booking change call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
change_result = tg.Data("Booking change result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
transfer_call = tg.Data("Transfer change call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
transfer_order = tg.Data(
    "Transfer order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lead traveller name, phone number, flight number, pick-up time and address.",
)
transfer_confirmation = tg.Data(
    "Transfer confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
reply_call = tg.Data("Send reply call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
terms = tg.Data(
    "Booking terms and FAQ",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Change and cancellation conditions, transfer rules, destination FAQs.",
)
terms_query = tg.Data("Terms query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
approval_request = tg.Data(
    "Approval request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The proposed change, the fee and the agent's summary of the e-mail.",
)
approval_decision = tg.Data(
    "Approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can send mail to the bookings address; only some senders are our customers.
    customer = tm.add(tg.Actor("Customer", role="traveller"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared bookings mailbox, hosted by Microsoft.
    mailbox = tm.add(
        tg.ExternalService(
            "Bookings mailbox",
            description="Exchange Online shared mailbox bookings@; read and sent through Graph.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that plans the agent's steps and drafts the replies.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, behind the vendor API.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Transfer supplier", trust=tg.Trust.PARTNER):
    # The ground-transfer company that runs the airport pick-ups.
    transfer_api = tm.add(
        tg.ExternalService(
            "Transfer supplier API",
            description="Books, moves and cancels airport transfers; we hold one API key.",
        )
    )

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Polls the mailbox and turns each new message into a task for the agent.
    ingestion = tm.add(
        tg.Service(
            "Mail ingestion service",
            description="Pulls new mail every minute, strips HTML, drops attachments over 10 MB.",
            controls={c.InputValidation(note="HTML stripped, size limit on attachments")},
        )
    )
    # The agent itself: reads the e-mail, calls tools, drafts and sends the reply.
    agent = tm.add(
        tg.Agent(
            "Itinerary e-mail agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="a customer-service agent in the staff console",
                    note="cancellations and changes that carry a fee wait for approval; "
                    "replies and other changes go out automatically",
                ),
                c.CircuitBreaker(max_steps=15),
                c.SecretsManagement(note="Graph, reservation and supplier keys in the cloud vault"),
            },
        )
    )
    # Reads one booking for the agent.
    lookup_tool = tm.add(
        tg.Tool(
            "Booking lookup tool",
            capabilities={"read"},
            description="Returns the booking whose reference and lead-passenger e-mail both "
            "match the reference quoted and the sender of the e-mail.",
            controls={
                c.Authentication(
                    method="booking reference and sender e-mail address matched to the booking record"
                )
            },
        )
    )
    # Changes dates, rooms, passenger details and extras on a booking.
    change_tool = tm.add(
        tg.Tool(
            "Booking change tool",
            capabilities={"write"},
            description="Amends or cancels a booking in the reservation system.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Moves or books airport transfers with the supplier.
    transfer_tool = tm.add(
        tg.Tool(
            "Transfer booking tool",
            capabilities={"write"},
            description="Books, moves or cancels a transfer with the supplier.",
        )
    )
    # Sends the agent's reply from the bookings mailbox.
    reply_tool = tm.add(
        tg.Tool(
            "Reply sender tool",
            capabilities={"send-messages"},
            description="Sends a reply in the customer's thread through the Graph API.",
        )
    )
    # Booking terms and FAQs, chunked and embedded, for the agent to quote.
    terms_index = tm.add(tg.VectorStore("Booking terms index", stores={terms}))
    # Every e-mail, tool call and reply, for complaints and for tuning the prompts.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where staff approve or reject the changes the agent proposes.
    console = tm.add(
        tg.Service(
            "Staff approval console",
            description="Internal web app listing pending changes with the agent's summary.",
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )

    with tm.boundary("Reservation tier", trust=tg.Trust.RESTRICTED):
        # The system of record for package bookings.
        reservations = tm.add(
            tg.DataStore(
                "Reservation system",
                stores={bookings},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who approve fee-bearing changes and cancellations.
    cs_agent = tm.add(tg.Actor("Customer-service agent", role="customer service"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# Inbound mail
tm.flow(customer, mailbox, customer_email, protocol="smtp")
tm.flow(mailbox, ingestion, customer_email, protocol="https", controls={tls})
tm.flow(ingestion, agent, customer_email)

# Planning with the LLM
tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_response, protocol="https", controls={tls})

# Reading the booking and the terms
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, reservations, lookup_call, protocol="https")
tm.flow(reservations, lookup_tool, bookings, protocol="https")
tm.flow(lookup_tool, agent, booking_details)
tm.flow(agent, terms_index, terms_query, label="similarity query")
tm.flow(terms_index, agent, terms, label="retrieved terms")

# Changing the booking
tm.flow(agent, change_tool, change_call)
tm.flow(change_tool, reservations, bookings, protocol="https", label="amend booking")
tm.flow(reservations, change_tool, bookings, protocol="https", label="updated booking")
tm.flow(change_tool, agent, change_result)

# Moving the transfer
tm.flow(agent, transfer_tool, transfer_call)
tm.flow(transfer_tool, transfer_api, transfer_order, protocol="https", controls={tls})
tm.flow(transfer_api, transfer_tool, transfer_confirmation, protocol="https", controls={tls})
tm.flow(transfer_tool, agent, transfer_confirmation)

# Staff approval of fee-bearing changes and cancellations
tm.flow(agent, console, approval_request)
tm.flow(console, cs_agent, approval_request, protocol="https")
tm.flow(cs_agent, console, approval_decision, protocol="https")
tm.flow(console, agent, approval_decision)

# Replying
tm.flow(agent, reply_tool, reply_call)
tm.flow(reply_tool, mailbox, reply_email, protocol="https", controls={tls})
tm.flow(mailbox, customer, reply_email, protocol="smtp")

# Logging
tm.flow(agent, log_store, transcripts)
