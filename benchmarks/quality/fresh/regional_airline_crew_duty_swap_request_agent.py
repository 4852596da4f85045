"""Crew duty-swap request agent: the first design, before any security review.

Cabin and flight crew of a European regional airline ask for duty swaps by chatting
with an agent in the crew app on their phones, signed in through crew single sign-on.
The agent, backed by a vendor-hosted LLM, looks up both crew members' rosters, asks
the rostering system's legality engine whether the swap keeps each of them within
EASA flight-time and rest limits and, once the partner has confirmed in their own
chat, books the swap through the hosted rostering system's API. Both crew members
and the crew control mailbox are notified by push and e-mail; controllers keep
working in the rostering system directly. Controls: SSO with MFA and a quota on the
chat API, a step cap and audit log on the agent, a narrowly scoped rostering account
for booking, API keys and audit logging at the rostering vendor, encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crew duty-swap request agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that checks crew duty swaps against flight-time limits and books them.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("Crew sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
id_token = tg.Data("Crew SSO ID token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
swap_request = tg.Data(
    "Swap request message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free-text request naming duties, dates and the proposed swap partner.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with roster context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far and roster and legality tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
roster_query = tg.Data("Roster query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
crew_roster = tg.Data(
    "Crew roster",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pairings, duty periods, standby and days off of a crew member.",
)
duty_history = tg.Data(
    "Duty and flight-time history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Cumulative duty, flight and rest times used for flight-time limitation checks.",
)
legality_request = tg.Data("Proposed swap for legality check", kind="tool-call")
legality_result = tg.Data(
    "Legality check result",
    kind="tool-result",
    description="Pass or fail per crew member, with the limit that would be broken.",
)
swap_booking = tg.Data(
    "Swap booking",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
roster_change = tg.Data(
    "Roster change",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
swap_record = tg.Data(
    "Pending and booked swap requests",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Who asked, which duties, partner confirmation state, legality outcome.",
)
transcript = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
notification = tg.Data("Swap notification", sensitivity=tg.Sensitivity.PII, kind="records")
rostering_api_key = tg.Data(
    "Rostering API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Cabin and flight crew, chatting from the crew app on their own phones,
    # both as requester and as the swap partner who confirms.
    crew = tm.add(tg.Actor("Crew member", role="cabin or flight crew"))

with tm.boundary("Airline identity provider", trust=tg.Trust.PARTNER):
    # The airline's cloud directory: crew sign in here before the chat opens.
    idp = tm.add(
        tg.ExternalService(
            "Crew SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Cloud directory tenant used for all crew applications.",
        )
    )

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # The crew app's chat API: the only way in for crew.
    chat_api = tm.add(
        tg.Endpoint(
            "Crew chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="crew SSO (OIDC) with authenticator app MFA"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that holds the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Swap request agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books a swap once the legality check passes and the partner confirms.",
            controls={
                c.CircuitBreaker(max_steps=12),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads rosters of the requester and the named partner for the days in question.
    roster_tool = tm.add(
        tg.Tool(
            "Roster lookup tool",
            capabilities={"read"},
            description="Fetches pairings and duties of the requester and the proposed partner.",
        )
    )
    # Asks the rostering system's legality engine about the proposed swap.
    legality_tool = tm.add(
        tg.Tool(
            "Flight-time limitation check tool",
            capabilities={"read"},
            description="Sends the proposed swap to the rostering legality engine and returns its verdict.",
        )
    )
    # Writes the swap into the roster.
    booking_tool = tm.add(
        tg.Tool(
            "Swap booking tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(
                    note="rostering API account may only exchange duties between two crew members"
                )
            },
        )
    )
    # Tells both crew members and crew control that a swap was booked or refused.
    notify_tool = tm.add(tg.Tool("Crew notification tool", capabilities={"send-messages"}))
    # Pending requests waiting for partner confirmation, booked swaps and transcripts.
    swap_store = tm.add(
        tg.DataStore(
            "Swap request store",
            stores={swap_record, transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Rostering vendor", trust=tg.Trust.PARTNER):
    # The airline's crew rostering and legality product, hosted by its vendor.
    rostering = tm.add(
        tg.Service(
            "Crew rostering system",
            description="Holds the published roster and runs the EASA FTL legality engine.",
            controls={
                c.Authentication(method="vendor-issued API key per client integration"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Roster, qualifications and cumulative duty/flight-time history.
    roster_db = tm.add(
        tg.DataStore(
            "Roster database",
            stores={crew_roster, duty_history},
            controls={c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # Push and e-mail delivery to crew phones and the crew control mailbox.
    notifier = tm.add(tg.ExternalService("Push and e-mail service"))

with tm.boundary("Crew control office", trust=tg.Trust.INTERNAL):
    # Crew controllers own the roster and handle anything the agent cannot.
    controller = tm.add(tg.Actor("Crew controller", role="crew control", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(crew, idp, sign_in, protocol="https", label="sign in")
tm.flow(idp, crew, id_token, protocol="oidc")
tm.flow(crew, chat_api, swap_request, id_token, protocol="https")
tm.flow(chat_api, crew, agent_reply, protocol="https")
tm.flow(chat_api, agent, swap_request)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, swap_store, swap_record, transcript)
tm.flow(swap_store, agent, swap_record, transcript, label="resume conversation")

tm.flow(agent, roster_tool, roster_query)
tm.flow(roster_tool, agent, crew_roster)
tm.flow(roster_tool, rostering, roster_query, rostering_api_key, protocol="https")
tm.flow(rostering, roster_tool, crew_roster, protocol="https")

tm.flow(agent, legality_tool, legality_request)
tm.flow(legality_tool, agent, legality_result)
tm.flow(legality_tool, rostering, legality_request, rostering_api_key, protocol="https")
tm.flow(rostering, legality_tool, legality_result, protocol="https")

tm.flow(agent, booking_tool, swap_booking)
tm.flow(booking_tool, agent, booking_confirmation)
tm.flow(booking_tool, rostering, roster_change, rostering_api_key, protocol="https")
tm.flow(rostering, booking_tool, booking_confirmation, protocol="https")

tm.flow(rostering, roster_db, crew_roster, duty_history, roster_change)
tm.flow(roster_db, rostering, crew_roster, duty_history)

tm.flow(agent, notify_tool, notification)
tm.flow(notify_tool, notifier, notification, protocol="https")
tm.flow(notifier, crew, notification, protocol="https", label="push notification")
tm.flow(notifier, controller, notification, protocol="smtp+starttls", label="crew control mailbox")

tm.flow(controller, rostering, roster_change, protocol="https", label="manual roster edits")
tm.flow(rostering, controller, crew_roster, duty_history, protocol="https")
