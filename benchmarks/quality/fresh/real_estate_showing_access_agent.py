"""Real estate showing access agent: the first design, before any security review.

Prospective renters reach our leasing agent by SMS (through a messaging provider) or
in the web chat on our listings site. The agent, which runs on our leasing platform
and uses a hosted LLM, answers questions about units from the property management
system, checks availability, and screens prospects against basic criteria (move-in
date, income of at least three times the rent, pets, occupants). A prospect who
qualifies can book a self-guided viewing; at booking the agent asks the smart-lock
vendor's cloud for a keypad code that works only during the viewing window and sends
it in its reply. Leasing staff use a dashboard to see upcoming viewings and revoke a
booking, which also deletes its code. Prospects do not log in: they are known by their
phone number. The messaging webhook checks the provider's request signature, the chat
API is rate limited, the lock tool only issues a code for a confirmed booking and its
time slot, the dashboard uses company SSO with roles, and the prospect database is
encrypted at rest. Bookings and codes are issued without staff approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Real estate showing access agent",
    profile=tg.RiskProfile.HIGH,
    description="Leasing chat agent that books self-guided viewings and issues smart-lock codes.",
)

# ---------------------------------------------------------------- data assets
prospect_message = tg.Data("Prospect message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data(
    "Agent reply",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Answers, booking confirmations and, once booked, the viewing's lock code.",
)
llm_prompt = tg.Data(
    "Prompt with listing context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation and listing, screening and booking facts.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
listings = tg.Data(
    "Listings and availability",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Unit address, rent, features, vacancy status and viewing slots.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
screening = tg.Data(
    "Screening answers",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, phone number, move-in date, stated income, pets and occupants.",
)
booking = tg.Data(
    "Viewing booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Prospect, unit, time window and lock code reference.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
lock_code = tg.Data(
    "Smart-lock access code",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lock_command = tg.Data(
    "Lock code command",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Create or revoke a code for a lock and a time window.",
)
listing_call = tg.Data("Listing search", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
prospect_call = tg.Data("Prospect record call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_call = tg.Data("Booking call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
transcripts = tg.Data("Conversation transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
revocation = tg.Data("Booking revocation", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who texts our leasing number or opens the web chat.
    prospect = tm.add(tg.Actor("Prospective renter", role="prospect"))

with tm.boundary("Rental units", trust=tg.Trust.UNTRUSTED):
    # Keypad lock on each vacant unit's door; physically reachable by anyone on site.
    smart_lock = tm.add(tg.Device("Unit smart lock", fleet=True))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Carries SMS to and from our leasing number and calls our webhook.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Property management vendor", trust=tg.Trust.PARTNER):
    # System of record for units, rents and vacancies (SaaS).
    pms = tm.add(tg.ExternalService("Property management system", provides="data-provider"))

with tm.boundary("Smart-lock vendor", trust=tg.Trust.PARTNER):
    # Vendor cloud that provisions and revokes keypad codes on the locks.
    lock_cloud = tm.add(tg.ExternalService("Smart-lock cloud API"))

with tm.boundary("Leasing platform", trust=tg.Trust.INTERNAL):
    # One API for the web chat and the SMS webhook.
    messaging_api = tm.add(
        tg.Endpoint(
            "Messaging API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Holds the conversation, screens the prospect, books viewings and issues codes.
    agent = tm.add(
        tg.Agent(
            "Leasing agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books viewings and issues lock codes without staff approval.",
        )
    )
    # Searches listings and viewing slots in the property management system.
    listings_tool = tm.add(tg.Tool("Listings tool", capabilities={"read"}))
    # Saves screening answers and applies the basic criteria.
    prospect_tool = tm.add(tg.Tool("Prospect record tool", capabilities={"read", "write"}))
    # Creates, moves and cancels viewing bookings.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write", "delete"}))
    # Asks the lock vendor for a time-limited code for a booked viewing.
    lock_tool = tm.add(
        tg.Tool(
            "Lock access tool",
            capabilities={"write", "network-egress"},
            controls={
                c.InputValidation(note="code only for a confirmed booking, its unit and slot"),
            },
        )
    )
    # Prospects, screening answers and bookings.
    prospect_db = tm.add(
        tg.DataStore(
            "Prospect and booking database",
            stores={screening, booking},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every SMS and chat conversation, kept for fair-housing and dispute review.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Where leasing staff see upcoming viewings and revoke bookings and codes.
    dashboard = tm.add(
        tg.Service(
            "Leasing staff dashboard",
            controls={c.Authentication(method="company SSO"), c.RBAC()},
        )
    )

with tm.boundary("Corporate office", trust=tg.Trust.INTERNAL):
    # Leasing agents and property managers.
    staff = tm.add(tg.Actor("Leasing staff", role="leasing staff"))

# ---------------------------------------------------------------- flows
tm.flow(prospect, sms_gateway, prospect_message, protocol="sms")
tm.flow(sms_gateway, prospect, agent_reply, protocol="sms")
tm.flow(
    sms_gateway,
    messaging_api,
    prospect_message,
    protocol="https",
    controls={c.MessageIntegrity(note="provider webhook signature checked")},
)
tm.flow(messaging_api, sms_gateway, agent_reply, protocol="https")
tm.flow(prospect, messaging_api, prospect_message, protocol="https", label="web chat")
tm.flow(messaging_api, prospect, agent_reply, protocol="https", label="web chat")

tm.flow(messaging_api, agent, prospect_message)
tm.flow(agent, messaging_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, listings_tool, listing_call)
tm.flow(listings_tool, pms, listing_call, protocol="https")
tm.flow(pms, listings_tool, listings, protocol="https")
tm.flow(listings_tool, agent, listings)

tm.flow(agent, prospect_tool, prospect_call)
tm.flow(prospect_tool, prospect_db, screening)
tm.flow(prospect_db, prospect_tool, screening)
tm.flow(prospect_tool, agent, tool_result)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, prospect_db, booking)
tm.flow(prospect_db, booking_tool, booking)
tm.flow(booking_tool, agent, tool_result)

tm.flow(agent, lock_tool, lock_command)
tm.flow(prospect_db, lock_tool, booking, label="booking check")
tm.flow(lock_tool, lock_cloud, lock_command, protocol="https")
tm.flow(lock_cloud, lock_tool, lock_code, protocol="https")
tm.flow(lock_tool, agent, lock_code)
tm.flow(lock_cloud, smart_lock, lock_command, label="code provisioning")
tm.flow(prospect, smart_lock, lock_code, label="keypad entry")

tm.flow(agent, transcript_store, transcripts)

tm.flow(staff, dashboard, revocation, protocol="https")
tm.flow(dashboard, staff, booking, protocol="https")
tm.flow(prospect_db, dashboard, booking)
tm.flow(dashboard, prospect_db, revocation)
tm.flow(dashboard, lock_cloud, lock_command, protocol="https", label="revoke code")
