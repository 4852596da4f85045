"""Model flying club field agent: the first design, before any security review.

Club members chat with an LLM agent in the club's web app. Before a member flies,
the agent checks their operator registration number with the aviation authority's
registration-check service and records the result against the member. It books
flying slots at the club field through a booking tool that enforces the field's
slot rules in code, and it warns members of airspace restrictions (NOTAMs from the
authority's feed) and of air ambulance helicopters near the field, seen through a
commercial ADS-B flight-tracking API. Warnings go out as SMS through a messaging
provider. The app and agent run in the club's cloud hosting; the language model is
a vendor's hosted API. Members and the safety officer sign in with e-mail and
password; traffic to outside services is HTTPS; the agent's loop is step-capped
and the member database is encrypted at rest with the cloud provider's keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Model aircraft flying field registration and airspace check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "A flying club's agent that checks operator registrations, books field slots "
        "and warns members of NOTAMs and nearby air ambulance activity."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Member chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the member asks: a slot, a registration check, an airspace query.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with tool results",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation and the results of tool calls so far.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
registration_lookup = tg.Data(
    "Operator registration lookup",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The member's operator ID and name, as given to the agent.",
)
registration_status = tg.Data(
    "Operator registration status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Valid, expired or unknown, with the expiry date.",
)
booking_request = tg.Data("Slot booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Slot booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
member_records = tg.Data(
    "Member and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Names, phone numbers, operator IDs, registration check results, slot bookings.",
)
field_rules = tg.Data(
    "Field opening hours and slot rules",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Opening times, pilots per slot, height limits agreed with the landowner.",
)
briefing_query = tg.Data(
    "Airspace briefing query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
notams = tg.Data(
    "NOTAMs",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
area_query = tg.Data(
    "Field area query",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Bounding box around the field for the flight-tracking API.",
)
helicopter_positions = tg.Data(
    "Air ambulance position reports",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
airspace_briefing = tg.Data(
    "Airspace briefing",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Active NOTAMs and air ambulance traffic within 5 km of the field.",
)
warning_request = tg.Data(
    "Airspace warning to send",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The warning text and the member phone numbers it goes to.",
)
warning_sms = tg.Data("Airspace warning SMS", kind="records", sensitivity=tg.Sensitivity.PII)
admin_changes = tg.Data(
    "Slot calendar and field rule changes", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members, on their phones at home or at the field.
    member = tm.add(tg.Actor("Club member", role="member"))
    # The committee member who runs the field calendar and the field rules.
    safety_officer = tm.add(
        tg.Actor("Club safety officer", role="field safety officer", privileged=True)
    )

with tm.boundary("Club cloud hosting", trust=tg.Trust.INTERNAL):
    # The club web app's chat API that members sign in to.
    chat_api = tm.add(
        tg.Endpoint(
            "Club app chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Admin pages where the safety officer edits the slot calendar and field rules.
    admin_console = tm.add(
        tg.Service(
            "Club admin console",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent: reads the member's request and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Flying field agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Checks registrations, books slots and sends airspace warnings itself.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Looks a member's operator ID up with the aviation authority and records the result.
    registration_tool = tm.add(
        tg.Tool(
            "Operator registration check tool",
            capabilities={"read", "write", "network-egress"},
        )
    )
    # Books and cancels slots in the club calendar; slot rules are checked in its code.
    booking_tool = tm.add(
        tg.Tool(
            "Slot booking tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="field opening hours and maximum pilots per slot from the field rules"
                )
            },
        )
    )
    # Gathers NOTAMs and nearby air ambulance traffic into a briefing for the agent.
    airspace_tool = tm.add(
        tg.Tool("Airspace briefing tool", capabilities={"read", "network-egress"})
    )
    # Sends airspace warnings to members by SMS.
    notify_tool = tm.add(tg.Tool("Member warning tool", capabilities={"send-messages"}))
    # Members, registration results, bookings and the field rules.
    member_db = tm.add(
        tg.DataStore(
            "Member and booking database",
            stores={member_records, field_rules},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Aviation authority", trust=tg.Trust.PARTNER):
    # The authority's service that confirms an operator ID is registered and current.
    registry = tm.add(
        tg.ExternalService(
            "Operator registration check service", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )
    # The authority's published NOTAM feed for the area around the field.
    notam_feed = tm.add(tg.DataSource("NOTAM feed", origin=tg.Origin.PARTNER, provides={notams}))

with tm.boundary("Flight tracking provider", trust=tg.Trust.PARTNER):
    # Commercial ADS-B aggregator, queried for helicopters near the field.
    flight_tracking = tm.add(
        tg.ExternalService("ADS-B flight tracking API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the warnings to members' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tm.flow(member, chat_api, chat_message, protocol="https")
tm.flow(chat_api, member, agent_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, registration_tool, registration_lookup)
tm.flow(registration_tool, registry, registration_lookup, protocol="https")
tm.flow(registry, registration_tool, registration_status, protocol="https")
tm.flow(registration_tool, member_db, member_records, label="records check result")
tm.flow(registration_tool, agent, registration_status)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, member_db, member_records, label="writes booking")
tm.flow(member_db, booking_tool, member_records, field_rules, label="calendar and rules")
tm.flow(booking_tool, agent, booking_confirmation)

tm.flow(agent, airspace_tool, briefing_query)
tm.flow(notam_feed, airspace_tool, notams, protocol="https")
tm.flow(airspace_tool, flight_tracking, area_query, protocol="https")
tm.flow(flight_tracking, airspace_tool, helicopter_positions, protocol="https")
tm.flow(airspace_tool, agent, airspace_briefing)

tm.flow(agent, notify_tool, warning_request)
tm.flow(notify_tool, sms_gateway, warning_sms, protocol="https")
tm.flow(sms_gateway, member, warning_sms, protocol="sms")

tm.flow(safety_officer, admin_console, admin_changes, protocol="https")
tm.flow(admin_console, safety_officer, member_records, protocol="https")
tm.flow(admin_console, member_db, admin_changes)
tm.flow(member_db, admin_console, member_records)
