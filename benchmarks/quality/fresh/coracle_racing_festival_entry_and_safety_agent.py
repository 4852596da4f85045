"""Coracle racing festival entry and safety agent: the first design, before any security review.

A volunteer-run river festival holds coracle races over one summer weekend. Paddlers
enter through a chat on the festival website: an LLM agent takes their race class,
crew, emergency contact and a short swim-ability and medical declaration, writes the
entry to the entries database and sends them a payment link for the entry fee from
the card payment provider. The same agent answers safety questions from the festival
safety handbook, looks up live river levels from the Environment Agency gauge feed,
and drafts safety alerts (postponements, high-water warnings) that go out by SMS to
entrants and the safety boat crews. The agent and its tools run in the festival's
small cloud account; the LLM is a vendor's hosted API. The safety officer approves
every alert in a race control dashboard before it is sent; entries and payment links
go ahead without a person. The site sits behind the host's rate limiting and TLS,
the dashboard asks for an e-mail and password, and the database is encrypted at rest.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Coracle racing festival entry and safety agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that takes race entries and drafts SMS safety alerts for a river festival.",
)

# ---------------------------------------------------------------- data assets
entry_message = tg.Data("Entrant chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation, handbook passages and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
entry_record = tg.Data(
    "Race entry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, race class, crew, phone number and emergency contact.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
medical_declaration = tg.Data(
    "Swim ability and medical declaration",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
entry_tool_call = tg.Data(
    "Entry registration call", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
entry_tool_result = tg.Data(
    "Entry confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
safety_rules = tg.Data(
    "Safety handbook passages", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
river_request = tg.Data("River level query", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-call")
river_readings = tg.Data("River level readings", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
fee_request = tg.Data(
    "Entry fee payment link request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
checkout_session = tg.Data("Checkout session", sensitivity=tg.Sensitivity.PII, kind="records")
payment_link = tg.Data(
    "Entry fee payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
card_payment = tg.Data("Card payment details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_confirmation = tg.Data(
    "Payment confirmation webhook", sensitivity=tg.Sensitivity.PII, kind="records"
)
alert_draft = tg.Data("Safety alert draft", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
approval = tg.Data("Alert approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
sms_alert = tg.Data("Safety alert SMS", sensitivity=tg.Sensitivity.PII, kind="records")
start_lists = tg.Data(
    "Start lists and entry overview", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the entry chat: paddlers, their friends, or a prankster.
    entrant = tm.add(tg.Actor("Entrant", role="paddler"))
    # Safety boat crews are volunteers who only receive alerts on their own phones.
    crew = tm.add(tg.Actor("Safety boat crew", role="volunteer crew"))

with tm.boundary("Public data services", trust=tg.Trust.PARTNER):
    # Open river-level data from gauges upstream of the course, polled on demand.
    gauge_feed = tm.add(
        tg.DataSource(
            "Environment Agency river gauge feed",
            origin=tg.Origin.VENDOR,
            provides={river_readings},
            description="Open flood-monitoring API with 15-minute river level readings.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads the chat, chooses tools and drafts replies and alerts.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling behind the vendor API.",
        )
    )

with tm.boundary("Payment and messaging providers", trust=tg.Trust.PARTNER):
    # Takes the card payment on its own hosted checkout page; we never see card numbers.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout; entry fees are set up as one product per race class.",
        )
    )
    # Bulk SMS sender used for alerts to entrants and crews.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", description="Bulk SMS API."))

with tm.boundary("Festival cloud account", trust=tg.Trust.INTERNAL):
    # The public entry chat on the festival website, also the payment webhook receiver.
    chat = tm.add(
        tg.Endpoint(
            "Entry chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.RateLimiting(requests_per_minute=30, note="hosting platform quota")
            },
        )
    )
    # The LLM agent that runs each conversation and the alert drafting.
    agent = tm.add(
        tg.Agent(
            "Entry and safety agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Takes entries, answers safety questions, checks river levels, drafts alerts.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the festival safety officer",
                    note="safety alerts wait for approval in the race control dashboard; "
                    "entries and payment links go ahead directly",
                )
            },
        )
    )
    # Writes and amends entries, including the medical declaration.
    entry_tool = tm.add(
        tg.Tool("Entry registration tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Fetches the latest readings for the gauges near the course.
    river_tool = tm.add(
        tg.Tool(
            "River level lookup tool", capabilities={"read", "network-egress"}, origin="first-party"
        )
    )
    # Creates a checkout session for the entrant's race class.
    pay_tool = tm.add(
        tg.Tool(
            "Entry fee payment link tool",
            capabilities={"network-egress"},
            origin="first-party",
            description="The amount is read from the race class product set up at the payment provider.",
        )
    )
    # Sends an approved alert to entrants and crews through the SMS gateway.
    sms_tool = tm.add(
        tg.Tool("Safety alert SMS tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Festival safety rules, course map and kit requirements the agent quotes from.
    handbook = tm.add(tg.DataStore("Safety handbook", stores={safety_rules}))
    # All entries, payments status and declarations for the weekend.
    entries_db = tm.add(
        tg.DataStore(
            "Entries database",
            stores={entry_record, medical_declaration, payment_confirmation},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the safety officer sees pending alerts and the start lists.
    dashboard = tm.add(
        tg.Endpoint(
            "Race control dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Race control", trust=tg.Trust.INTERNAL):
    # The committee member responsible for safety on the water.
    safety_officer = tm.add(tg.Actor("Safety officer", role="safety officer", privileged=True))

# ---------------------------------------------------------------- flows
tls = {tg.controls.EncryptionInTransit(protocol="TLS 1.2+")}

# entry conversation
tm.flow(entrant, chat, entry_message, protocol="https", controls=tls)
tm.flow(chat, agent, entry_message)
tm.flow(agent, llm, llm_prompt, protocol="https", controls=tls)
tm.flow(llm, agent, llm_completion, protocol="https", controls=tls)
tm.flow(handbook, agent, safety_rules, label="handbook lookup")
tm.flow(agent, chat, agent_reply)
tm.flow(chat, entrant, agent_reply, protocol="https", controls=tls)

# entries
tm.flow(agent, entry_tool, entry_tool_call)
tm.flow(entry_tool, entries_db, entry_record, medical_declaration)
tm.flow(entries_db, entry_tool, entry_record, label="existing entry")
tm.flow(entry_tool, agent, entry_tool_result)

# river levels
tm.flow(agent, river_tool, river_request)
tm.flow(river_tool, gauge_feed, river_request, protocol="https")
tm.flow(gauge_feed, river_tool, river_readings, protocol="https")
tm.flow(river_tool, agent, river_readings)

# entry fees
tm.flow(agent, pay_tool, fee_request)
tm.flow(pay_tool, payments, checkout_session, protocol="https", controls=tls)
tm.flow(payments, pay_tool, payment_link, protocol="https", controls=tls)
tm.flow(pay_tool, agent, payment_link)
tm.flow(entrant, payments, card_payment, protocol="https", label="hosted checkout page")
tm.flow(payments, chat, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(chat, entries_db, payment_confirmation, label="mark entry paid")

# safety alerts
tm.flow(agent, dashboard, alert_draft, label="pending alert")
tm.flow(entries_db, dashboard, start_lists, entry_record, medical_declaration)
tm.flow(dashboard, safety_officer, alert_draft, start_lists, protocol="https", controls=tls)
tm.flow(safety_officer, dashboard, approval, protocol="https", controls=tls)
tm.flow(dashboard, agent, approval)
tm.flow(agent, sms_tool, alert_draft)
tm.flow(entries_db, sms_tool, entry_record, label="recipient phone numbers")
tm.flow(sms_tool, sms_gateway, sms_alert, protocol="https", controls=tls)
tm.flow(sms_gateway, entrant, sms_alert, protocol="sms")
tm.flow(sms_gateway, crew, sms_alert, protocol="sms")
