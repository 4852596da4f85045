"""Council bin collection chatbot: missed bins and bulky waste, first design.

Residents use a chat widget on the council website, with no sign-in, to report a
missed bin or book a bulky waste collection. An LLM agent in the council's cloud
tenant finds the property in the address gazetteer, reads its round and the crew's
in-cab records, and raises a missed-bin report or a bulky waste booking in the
waste management system, a supplier's SaaS. Bulky collections are paid through a
payment link from the council's card payment provider (hosted payment page, so no
card data reaches the council); the provider confirms payment by webhook. Jobs
reach the crews' in-cab tablets from the waste management system, and crews send
back collected and not-presented events. Confirmations go out through GOV.UK Notify.
The widget sits behind the council's web application firewall with a rate limit,
the model provider's content filter screens prompts, API keys sit in a key vault,
and a DPIA covers the processing. Reports and bookings go ahead without a person.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Council bin collection chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Residents report missed bins and book bulky waste collections by chat; "
    "crews' in-cab tablets are updated.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Resident chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text with address, name, e-mail or phone and what went wrong.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
address_query = tg.Data("Address lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
property_record = tg.Data(
    "Property and round details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="UPRN, bins held, round, collection day and the crew's last event there.",
)
gazetteer = tg.Data("Address gazetteer (LLPG)", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
missed_report = tg.Data(
    "Missed bin report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="UPRN, bin type, reporter's name and contact details.",
)
bulky_booking = tg.Data(
    "Bulky waste booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, item list, collection date, contact details and payment reference.",
)
fee_schedule = tg.Data(
    "Bulky waste fee schedule", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
payment_request = tg.Data("Payment link request", kind="records", sensitivity=tg.Sensitivity.PII)
payment_link = tg.Data("Payment link", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_callback = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
crew_jobs = tg.Data(
    "Crew job list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Addresses, return-to-collect jobs, bulky items and access notes.",
)
crew_events = tg.Data(
    "Crew collection events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Collected, not presented, contaminated or blocked access, with photos.",
)
notification = tg.Data("Confirmation message", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the council website; no account or sign-in.
    resident = tm.add(tg.Actor("Resident", role="resident"))

with tm.boundary("AI model provider", trust=tg.Trust.PARTNER):
    # The hosted language model, with the provider's content filter turned on.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the provider's default content filter")},
        )
    )

with tm.boundary("Council cloud tenant", trust=tg.Trust.INTERNAL):
    # The chat widget's back end, behind the council's WAF.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="WAF per-IP limit")},
        )
    )
    # The LLM agent that talks to residents and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Bin collection assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.SecretsManagement(note="waste system and payment API keys in a key vault"),
                c.ImpactAssessment(basis="public task, UK GDPR Art. 6(1)(e)"),
            },
        )
    )
    # Finds the property and its round, collection day and last crew event.
    lookup_tool = tm.add(tg.Tool("Address and round lookup tool", capabilities={"read"}))
    # Raises a missed-bin report (a return-to-collect job) in the waste system.
    missed_tool = tm.add(
        tg.Tool(
            "Missed bin report tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="refuses reports more than two working days after the "
                    "scheduled collection, or for a bin not registered at the property"
                )
            },
        )
    )
    # Books a bulky waste collection slot.
    bulky_tool = tm.add(tg.Tool("Bulky waste booking tool", capabilities={"read", "write"}))
    # Asks the payment provider for a hosted payment link for the booking's fee.
    payment_tool = tm.add(
        tg.Tool(
            "Bulky waste payment link tool",
            capabilities={"network-egress"},
            description="The fee is read from the booking's items and the council's fee "
            "schedule, not from the conversation.",
        )
    )
    # Addresses and UPRNs maintained by the council's GIS team.
    gazetteer_db = tm.add(tg.DataStore("Address gazetteer", stores={gazetteer}))
    # Conversation logs for complaints and service improvement.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )

with tm.boundary("Waste software supplier", trust=tg.Trust.PARTNER):
    # Rounds, properties, jobs, reports, bookings; the supplier's hosted system.
    wms = tm.add(
        tg.DataStore(
            "Waste management system",
            stores={missed_report, bulky_booking, crew_jobs, crew_events, fee_schedule},
            controls={c.EncryptionAtRest(), c.RBAC()},
        )
    )

with tm.boundary("Collection vehicles", trust=tg.Trust.INTERNAL):
    # Council-managed tablets in each refuse vehicle cab.
    tablets = tm.add(tg.Device("In-cab tablets", fleet=True))

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment pages; card details never reach the council.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Sends confirmation e-mails and texts.
    notify = tm.add(tg.ExternalService("GOV.UK Notify"))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Waste services staff who manage rounds and follow up reports.
    officer = tm.add(tg.Actor("Waste services officer", role="waste services officer"))

# ---------------------------------------------------------------- flows
tm.flow(resident, chat_api, message, protocol="https")
tm.flow(chat_api, resident, reply, payment_link, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply, payment_link)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, lookup_tool, address_query)
tm.flow(gazetteer_db, lookup_tool, gazetteer)
tm.flow(wms, lookup_tool, crew_events, protocol="https", label="round and last crew event")
tm.flow(lookup_tool, agent, property_record)

tm.flow(agent, missed_tool, missed_report)
tm.flow(missed_tool, wms, missed_report, protocol="https")
tm.flow(wms, missed_tool, crew_events, protocol="https", label="scheduled date and crew events")

tm.flow(agent, bulky_tool, bulky_booking)
tm.flow(wms, bulky_tool, fee_schedule, protocol="https", label="slots and fee schedule")
tm.flow(bulky_tool, wms, bulky_booking, protocol="https")
tm.flow(bulky_tool, payment_tool, bulky_booking)
tm.flow(payment_tool, payments, payment_request, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(payments, wms, payment_callback, protocol="https", label="payment webhook")
tm.flow(resident, payments, payment_request, protocol="https", label="pays on hosted page")

tm.flow(wms, tablets, crew_jobs, protocol="https")
tm.flow(tablets, wms, crew_events, protocol="https")

tm.flow(wms, notify, notification, protocol="https")
tm.flow(notify, resident, notification, protocol="smtp", label="e-mail or text")

tm.flow(officer, wms, missed_report, bulky_booking, protocol="https")
tm.flow(wms, officer, missed_report, bulky_booking, crew_events, protocol="https")
