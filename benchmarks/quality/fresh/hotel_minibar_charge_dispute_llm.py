"""Hotel minibar charge dispute assistant: the first design, before any security review.

A European hotel chain lets guests dispute minibar charges at checkout in a chat
window on the hotel's web check-out page. Guests identify themselves with the room
number on their key card and their booking reference. An LLM agent, using a hosted
model, reads the minibar sensor log from the minibar vendor's cloud and the room's
restocking records, and explains the charge. It can remove minibar charges from the
guest's folio in the property management system up to a set limit; larger disputes
go to the front office manager through an escalation queue. The minibar vendor
supplies the in-room sensors and the cloud that collects their events; minibar
attendants record restocking on a housekeeping app. Controls in this design: HTTPS
on external links, a chat rate limit, the per-stay removal limit in the folio tool,
a PMS API user scoped to minibar postings, the PMS's roles and audit log, the model
vendor's safety filter and encrypted transcripts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel minibar charge dispute assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat assistant that explains and, within a limit, removes disputed minibar charges.",
)

# ---------------------------------------------------------------- data assets
guest_login = tg.Data(
    "Room number and booking reference",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
)
guest_message = tg.Data("Guest dispute message", kind="prompt", sensitivity=tg.Sensitivity.PII)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with charge context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, the folio lines, sensor events and restocking records.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
sensor_events = tg.Data(
    "Minibar sensor events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-room item removed and replaced events with timestamps.",
)
sensor_query = tg.Data("Sensor log query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
restocking = tg.Data(
    "Restocking records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Which attendant restocked which room, when, and what was replaced.",
)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
folio_charges = tg.Data(
    "Folio minibar charges",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
charge_removal = tg.Data(
    "Minibar charge adjustment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
escalation = tg.Data(
    "Escalated dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest, room, disputed items, amount and the assistant's summary.",
)
transcripts = tg.Data("Dispute transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The guest checking out, on their phone or the lobby web check-out.
    guest = tm.add(tg.Actor("Hotel guest", role="guest"))

with tm.boundary("Guest rooms", trust=tg.Trust.UNTRUSTED):
    # Vendor-supplied minibar sensors in every room, which guests can physically reach.
    sensors = tm.add(tg.Device("Minibar sensors", fleet=True))

with tm.boundary("Minibar vendor cloud", trust=tg.Trust.PARTNER):
    # Collects sensor events and serves the per-room log over an API.
    vendor_cloud = tm.add(tg.ExternalService("Minibar vendor platform", provides="data-provider"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the provider's built-in safety filter")},
        )
    )

with tm.boundary("Hotel chain cloud", trust=tg.Trust.INTERNAL):
    # Chat API behind the web check-out page.
    chat = tm.add(
        tg.Endpoint(
            "Checkout chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="room number and booking reference"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that explains charges and removes small ones.
    agent = tm.add(
        tg.Agent(
            "Minibar dispute agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="front office manager",
                    above="EUR 40 of minibar charges per stay",
                    note="disputes above the limit are handed to the front office manager",
                )
            },
        )
    )
    # Reads the room's sensor log from the vendor platform.
    sensor_tool = tm.add(tg.Tool("Sensor log lookup", capabilities={"read"}))
    # Reads the room's restocking records.
    restock_tool = tm.add(tg.Tool("Restocking records lookup", capabilities={"read"}))
    # Reads the folio's minibar lines and posts charge removals to the PMS.
    folio_tool = tm.add(
        tg.Tool(
            "Folio adjustment tool",
            capabilities={"read", "write", "money-movement"},
            controls={
                c.TransactionLimits(limit="EUR 40 of minibar charges per stay"),
                c.LeastPrivilegeTools(
                    note="PMS API user limited to minibar postings and adjustments"
                ),
            },
        )
    )
    # Puts larger disputes in the front office queue.
    escalation_tool = tm.add(
        tg.Tool("Manager escalation handoff", capabilities={"write", "send-messages"})
    )
    # Keeps chat transcripts for complaints and chargebacks.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Hotel property systems", trust=tg.Trust.INTERNAL):
    # Property management system: guest folios and charges.
    pms = tm.add(
        tg.Service(
            "Property management system",
            controls={c.RBAC(), c.AuditLogging(note="every folio posting and adjustment")},
        )
    )
    # Housekeeping app where attendants record what they restocked.
    housekeeping_app = tm.add(
        tg.Endpoint(
            "Housekeeping app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO")},
        )
    )
    # Restocking records by room and time.
    restock_db = tm.add(tg.DataStore("Restocking records store", stores={restocking}))
    # Staff.
    attendant = tm.add(tg.Actor("Minibar attendant", role="housekeeping staff"))
    manager = tm.add(tg.Actor("Front office manager", role="front office manager"))

# ---------------------------------------------------------------- flows
tm.flow(guest, chat, guest_login, guest_message, protocol="https")
tm.flow(chat, guest, assistant_reply, protocol="https")
tm.flow(chat, agent, guest_message)
tm.flow(agent, chat, assistant_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(sensors, vendor_cloud, sensor_events, protocol="https")
tm.flow(agent, sensor_tool, tool_call)
tm.flow(sensor_tool, vendor_cloud, sensor_query, protocol="https")
tm.flow(vendor_cloud, sensor_tool, sensor_events, protocol="https")
tm.flow(sensor_tool, agent, sensor_events)

tm.flow(attendant, housekeeping_app, restocking, protocol="https")
tm.flow(housekeeping_app, restock_db, restocking)
tm.flow(agent, restock_tool, tool_call)
tm.flow(restock_db, restock_tool, restocking)
tm.flow(restock_tool, agent, restocking)

tm.flow(agent, folio_tool, tool_call)
tm.flow(folio_tool, pms, charge_removal, protocol="https")
tm.flow(pms, folio_tool, folio_charges, protocol="https")
tm.flow(folio_tool, agent, folio_charges, tool_result)

tm.flow(agent, escalation_tool, tool_call)
tm.flow(escalation_tool, manager, escalation, protocol="https")
tm.flow(manager, pms, charge_removal, label="decides larger disputes")

tm.flow(agent, transcript_store, transcripts)
