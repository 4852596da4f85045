"""City library room booking and fines agent: the first design, before any security review.

The city library's public website gets a chat assistant: an LLM agent, hosted in the
council's cloud, that books study rooms, renews loans, explains overdue fines and
answers questions about library events. Members sign in to the chat with their
library card number and PIN, checked against the library management system (a
vendor-hosted SaaS). To pay fines the agent opens a payment session with the
council's payment provider and sends the member a link to its hosted payment page;
the provider tells us of completed payments by webhook and the fine is cleared in
the library management system. Disputed fines are handed to library staff by
e-mail, and staff waive or adjust them in the library management system. The chat
endpoint is rate limited, the agent's steps are capped, payment webhooks are
signature-checked, and transcripts are kept in an encrypted store.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "City library room booking and fines agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Website chat agent for study rooms, loan renewals, fines payment and events.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Library card number and PIN",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
sign_in_result = tg.Data("Member sign-in result", kind="records", sensitivity=tg.Sensitivity.PII)
member_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt with member context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, the member's loans, fines and bookings.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
room_request = tg.Data("Room booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
room_bookings = tg.Data(
    "Study room bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rooms, time slots and the member who booked each.",
)
renewal_request = tg.Data("Loan renewal request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
loans = tg.Data("Member loans", kind="records", sensitivity=tg.Sensitivity.PII)
member_records = tg.Data(
    "Member accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, address, contact details, card number, PIN hash, loan history.",
)
fines = tg.Data(
    "Overdue fines",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Outstanding fines per member, with the items and days overdue.",
)
fine_request = tg.Data("Fine payment request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_session = tg.Data(
    "Payment session and link",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The provider's session id and the URL of its hosted payment page.",
)
card_details = tg.Data(
    "Card payment details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card number, expiry and CVC, entered only on the provider's page.",
)
payment_notice = tg.Data(
    "Payment completed notification",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Session id, amount and status, posted by the provider.",
)
fine_cleared = tg.Data("Fine payment posting", kind="records", sensitivity=tg.Sensitivity.PII)
events = tg.Data("Library events listings", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
dispute = tg.Data(
    "Fine dispute handoff",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Member, fines disputed, the member's reason and a chat summary.",
)
waiver = tg.Data("Fine waiver or adjustment", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any library member (or anyone holding a card number and PIN) on the website.
    member = tm.add(tg.Actor("Library member", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="council procurement and DPIA")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page: card details never touch council systems.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider",
            description="Creates payment sessions, hosts the card page, posts payment webhooks.",
        )
    )

with tm.boundary("LMS vendor cloud", trust=tg.Trust.PARTNER):
    # The library's system of record for members, loans and fines.
    lms = tm.add(
        tg.DataStore(
            "Library management system",
            stores={member_records, loans, fines},
            controls={
                c.Authentication(method="staff SSO with MFA; API key for integrations"),
                c.RBAC(),
                c.AuditLogging(),
                c.EncryptionAtRest(),
            },
        )
    )

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # The chat API behind the website widget; signs members in.
    chat = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="library card number and PIN"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The assistant: understands requests and calls the tools on the member's behalf.
    agent = tm.add(
        tg.Agent(
            "Library chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Books and cancels study rooms for the signed-in member.
    room_tool = tm.add(tg.Tool("Room booking tool", capabilities={"read", "write"}))
    # Renews the member's loans through the LMS API; the LMS applies its loan rules.
    renewal_tool = tm.add(
        tg.Tool(
            "Loan renewal tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="the LMS refuses renewals past the renewal limit or on reserved items"
                )
            },
        )
    )
    # Reads the member's fines and opens a payment session for them.
    fine_tool = tm.add(
        tg.Tool(
            "Fine payment tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(rules="amount is the LMS's outstanding balance for the fines"),
                c.SecretsManagement(note="provider API key in the council key vault"),
            },
        )
    )
    # Answers event questions from the public events calendar.
    events_tool = tm.add(tg.Tool("Events lookup tool", capabilities={"read"}))
    # Passes disputed fines to staff instead of letting the agent decide them.
    dispute_tool = tm.add(tg.Tool("Dispute handoff tool", capabilities={"send-messages"}))
    # Receives the provider's payment notifications and clears the fines.
    payment_webhook = tm.add(
        tg.Endpoint(
            "Payment webhook receiver", purpose=tg.EndpointPurpose.API, internet_facing=True
        )
    )
    # Study room inventory and bookings (the LMS has no room booking).
    room_db = tm.add(
        tg.DataStore(
            "Room booking database",
            stores={room_bookings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Events published by library staff on the website.
    events_db = tm.add(tg.DataStore("Events calendar", stores={events}))
    # Conversation log, for complaints and service improvement.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Customer services staff who handle fine disputes.
    staff = tm.add(tg.Actor("Library staff member", role="customer services"))

# ---------------------------------------------------------------- flows
# Sign-in and conversation
tm.flow(member, chat, sign_in, member_message, protocol="https")
tm.flow(chat, lms, sign_in, protocol="https", label="PIN check")
tm.flow(lms, chat, sign_in_result, protocol="https")
tm.flow(chat, agent, member_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, member, agent_reply, payment_session, protocol="https")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# Study rooms
tm.flow(agent, room_tool, room_request)
tm.flow(room_tool, room_db, room_request)
tm.flow(room_db, room_tool, room_bookings)
tm.flow(room_tool, agent, room_bookings)

# Loan renewals
tm.flow(agent, renewal_tool, renewal_request)
tm.flow(renewal_tool, lms, renewal_request, protocol="https")
tm.flow(lms, renewal_tool, loans, protocol="https")
tm.flow(renewal_tool, agent, loans)

# Fines and payment
tm.flow(agent, fine_tool, fine_request)
tm.flow(lms, fine_tool, fines, protocol="https")
tm.flow(fine_tool, agent, fines, payment_session)
tm.flow(fine_tool, psp, fine_request, protocol="https", label="create payment session")
tm.flow(psp, fine_tool, payment_session, protocol="https")
tm.flow(member, psp, card_details, protocol="https", label="hosted payment page")
tm.flow(
    psp,
    payment_webhook,
    payment_notice,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's HMAC signature verified")},
)
tm.flow(payment_webhook, lms, fine_cleared, protocol="https")

# Events
tm.flow(agent, events_tool, member_message, label="event question")
tm.flow(events_db, events_tool, events)
tm.flow(events_tool, agent, events)

# Disputes
tm.flow(agent, dispute_tool, dispute)
tm.flow(dispute_tool, staff, dispute, protocol="smtp+starttls", label="e-mail to disputes inbox")
tm.flow(staff, lms, waiver, protocol="https")
tm.flow(lms, staff, fines, member_records, protocol="https")
