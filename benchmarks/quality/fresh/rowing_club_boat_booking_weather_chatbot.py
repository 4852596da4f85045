"""Rowing club boat-booking assistant: the first design.

Members of a large rowing club book boats and outings by chatting with an assistant,
either in the chat widget on the club website (after signing in to their member
account) or on WhatsApp (recognised by the phone number on their membership record).
The assistant is an LLM agent on the club's small cloud account that uses a hosted
LLM API. Through three tools it reads a member's competence grade from the
membership database, reads river-level and wind forecasts from a public API along
with the safety officer's current river flag, and creates bookings in the club's
hosted booking system. Its instructions tell it to refuse boats above the member's
grade and any outing on a red-flag day; bookings are made without a person
approving them. Coaches update competence grades, and the safety officer sets the
river flag, in an admin portal that signs in with club Google accounts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rowing club boat-booking assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat assistant on the website and WhatsApp that books club boats, checking "
        "competence grades, forecasts and the river flag."
    ),
)

# ---------------------------------------------------------------- data assets
member_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation and tool results so far.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
member_records = tg.Data(
    "Member records and competence grades",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
member_identity = tg.Data(
    "Member identity",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member number and name resolved from the login or the WhatsApp number.",
)
grade_query = tg.Data("Grade lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
grade_result = tg.Data("Member grade result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
conditions_query = tg.Data(
    "Conditions lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
forecast_request = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecasts = tg.Data(
    "River-level and wind forecasts",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
river_flag = tg.Data(
    "River status flag",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
conditions_result = tg.Data(
    "Conditions result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
booking_call = tg.Data("Booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data("Boat booking request", kind="records", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
grade_update = tg.Data("Competence grade update", kind="records", sensitivity=tg.Sensitivity.PII)
flag_update = tg.Data("River flag update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members booking boats; roughly a thousand of them, juniors included.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Volunteer coaches, signing in from their own laptops and phones.
    coach = tm.add(tg.Actor("Coach", role="coach"))
    # Sets the green/amber/red river flag each morning and when conditions change.
    safety_officer = tm.add(tg.Actor("Safety officer", role="safety officer"))
    # Public forecast and river-gauge API, no contract, no key.
    weather_api = tm.add(
        tg.ExternalService(
            "Public river and weather API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("WhatsApp platform", trust=tg.Trust.PARTNER):
    # WhatsApp Business Cloud API: relays member messages to us and our replies back.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant.
    llm = tm.add(tg.LLM("Hosted chat LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Booking provider", trust=tg.Trust.PARTNER):
    # The club's existing hosted boat and outing booking system.
    booking_system = tm.add(tg.ExternalService("Boat booking system"))

with tm.boundary("Club cloud", trust=tg.Trust.INTERNAL):
    # Receives website chat and the WhatsApp webhook; works out which member is talking.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="club website login (e-mail and password)"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Plans each conversation turn and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Refuses over-grade boats and red-flag outings per its instructions.",
            controls={
                c.CircuitBreaker(max_steps=8),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Looks up the signed-in member's competence grade.
    grade_tool = tm.add(tg.Tool("Member grade lookup", capabilities={"read"}))
    # Fetches forecasts and reads the current river flag.
    conditions_tool = tm.add(tg.Tool("Conditions lookup", capabilities={"read", "network-egress"}))
    # Creates or cancels bookings in the booking system in the member's name.
    booking_tool = tm.add(
        tg.Tool(
            "Boat booking tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="API key scoped to bookings only")},
        )
    )
    # Membership records with each member's competence grade per boat class.
    membership_db = tm.add(
        tg.DataStore(
            "Membership database",
            stores={member_records},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The safety officer's current river status.
    river_status = tm.add(tg.DataStore("River status store", stores={river_flag}))
    # Where coaches edit grades and the safety officer sets the flag.
    admin_portal = tm.add(
        tg.Endpoint(
            "Club admin portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="club Google Workspace sign-in"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Website chat
tm.flow(member, chat_api, member_message, protocol="https")
tm.flow(chat_api, member, assistant_reply, protocol="https")

# WhatsApp
tm.flow(member, whatsapp, member_message, protocol="https", label="WhatsApp message")
tm.flow(whatsapp, chat_api, member_message, protocol="https", label="inbound message webhook")
tm.flow(chat_api, whatsapp, assistant_reply, protocol="https")
tm.flow(whatsapp, member, assistant_reply, protocol="https")

# Identity and the agent loop
tm.flow(membership_db, chat_api, member_identity, label="login or phone-number match")
tm.flow(chat_api, agent, member_message, member_identity)
tm.flow(agent, chat_api, assistant_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Grade lookup
tm.flow(agent, grade_tool, grade_query)
tm.flow(membership_db, grade_tool, member_records)
tm.flow(grade_tool, agent, grade_result)

# Conditions lookup
tm.flow(agent, conditions_tool, conditions_query)
tm.flow(conditions_tool, weather_api, forecast_request, protocol="https")
tm.flow(weather_api, conditions_tool, forecasts, protocol="https")
tm.flow(river_status, conditions_tool, river_flag)
tm.flow(conditions_tool, agent, conditions_result)

# Booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_system, booking_request, protocol="https")
tm.flow(booking_system, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_result)

# Admin portal
tm.flow(coach, admin_portal, grade_update, protocol="https")
tm.flow(admin_portal, coach, member_records, protocol="https")
tm.flow(admin_portal, membership_db, grade_update)
tm.flow(membership_db, admin_portal, member_records)
tm.flow(safety_officer, admin_portal, flag_update, protocol="https")
tm.flow(admin_portal, safety_officer, river_flag, protocol="https")
tm.flow(admin_portal, river_status, flag_update)
tm.flow(river_status, admin_portal, river_flag)
