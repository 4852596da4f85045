"""Coworking space access and booking agent: the first design, before any security review.

A European coworking chain lets members book hot desks and meeting rooms by
chatting with an LLM agent in the members' app. The agent runs in our cloud
account, calls a hosted LLM, and uses three first-party tools: one reads and
changes bookings, one asks the cloud access control system to issue a mobile
door pass to the member's phone, and one bills extras (rooms beyond the plan,
day passes for guests) through the payment provider. Door readers at each site
check the phone pass over Bluetooth. Community managers use a staff console to
handle exceptions: overrides, pass revocations and refunds. Controls: member
sign-in and rate limits on the app API, a step limit on the agent, a member
confirmation card before any charge, booking tools scoped to the signed-in
member, staff SSO with 2-step verification and an audit log on the console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coworking space access and booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that books desks and rooms, issues door passes and bills extras.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, member profile summary, conversation and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Text for the member or a tool call to make.",
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Bookings and member profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
pass_request = tg.Data(
    "Pass request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Member, site, doors and validity window.",
)
door_pass = tg.Data(
    "Mobile door pass",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
acs_api_key = tg.Data(
    "Access control API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
entry_events = tg.Data("Door entry events", kind="logs", sensitivity=tg.Sensitivity.PII)
charge = tg.Data(
    "Charge request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Stored payment method token, amount and description of the extra.",
)
payment_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
staff_action = tg.Data(
    "Exception handling actions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking overrides, pass revocations and refunds.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a membership, or who takes over one.
    member = tm.add(tg.Actor("Member", role="member"))
    # The members' app: chat screen, and the wallet that holds the door pass.
    phone = tm.add(
        tg.Device(
            "Member phone app", description="iOS and Android app with the chat and pass wallet."
        )
    )

with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
    # Public API the app talks to; the only way in for members.
    app_api = tm.add(
        tg.Endpoint(
            "Members app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, or Google or Apple sign-in"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Turns chat into bookings, passes and charges.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books, changes and cancels; issues passes for confirmed bookings; bills extras.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Reads availability and writes bookings for the signed-in member.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            controls={
                c.LeastPrivilegeTools(
                    note="queries and changes only the signed-in member's bookings"
                )
            },
        )
    )
    # Asks the access control system for a phone pass.
    pass_tool = tm.add(
        tg.Tool(
            "Door pass tool",
            capabilities={"write"},
            controls={
                c.SecretsManagement(
                    note="the access control API key sits in the cloud secret manager"
                )
            },
        )
    )
    # Bills extras to the member's saved payment method.
    billing_tool = tm.add(
        tg.Tool(
            "Billing tool",
            capabilities={"money-movement"},
            controls={c.HumanInTheLoop(approver="the member, on a confirm card in the app")},
        )
    )
    # Space inventory, bookings, members and invoices.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Conversations kept for support and for improving the prompts.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Web console for the community team.
    staff_console = tm.add(
        tg.Service(
            "Staff console",
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model with tool calling.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on our data")
            },
        )
    )

with tm.boundary("Access control vendor", trust=tg.Trust.PARTNER):
    # Cloud access control: issues and revokes mobile passes, manages the readers.
    acs = tm.add(tg.ExternalService("Access control system"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the cards; we keep only a payment method token.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Coworking sites", trust=tg.Trust.INTERNAL):
    # Bluetooth readers on every entrance and meeting room door.
    door_reader = tm.add(tg.Device("Door reader"))
    # On-site staff who sort out what the agent cannot.
    manager = tm.add(tg.Actor("Community manager", role="community manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(member, phone, chat_message)
tm.flow(phone, member, agent_reply)
tm.flow(phone, app_api, chat_message, protocol="https")
tm.flow(app_api, phone, agent_reply, protocol="https")
tm.flow(app_api, agent, chat_message)
tm.flow(agent, app_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, tool_call)
tm.flow(booking_tool, agent, tool_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings)

tm.flow(agent, pass_tool, tool_call)
tm.flow(pass_tool, agent, tool_result)
tm.flow(pass_tool, acs, pass_request, acs_api_key, protocol="https")
tm.flow(acs, pass_tool, tool_result, protocol="https")
tm.flow(acs, phone, door_pass, protocol="https", label="pass delivered to app wallet")
tm.flow(phone, door_reader, door_pass, protocol="ble")
tm.flow(door_reader, acs, entry_events, protocol="https")

tm.flow(agent, billing_tool, tool_call)
tm.flow(billing_tool, agent, tool_result)
tm.flow(billing_tool, payments, charge, protocol="https")
tm.flow(payments, billing_tool, payment_status, protocol="https")
tm.flow(
    payments,
    billing_tool,
    payment_status,
    protocol="https",
    label="payment webhook",
    id="payments->billing-tool:webhook",
    controls={
        c.MessageIntegrity(note="provider signature checked with the webhook signing secret")
    },
)
tm.flow(billing_tool, booking_db, charge, label="invoice line")

tm.flow(manager, staff_console, staff_action, protocol="https")
tm.flow(staff_console, manager, bookings, transcripts, protocol="https")
tm.flow(booking_db, staff_console, bookings)
tm.flow(staff_console, booking_db, staff_action)
tm.flow(transcript_store, staff_console, transcripts)
tm.flow(staff_console, acs, staff_action, protocol="https", label="revoke or reissue pass")
tm.flow(staff_console, payments, staff_action, protocol="https", label="refund")
