"""Housing repairs voice triage agent: the first design.

Tenants of a housing association ring the repairs line. The cloud telephony
provider streams the call audio over a secure websocket to our voice gateway,
which uses a speech vendor for speech-to-text and text-to-speech. An LLM agent,
built on a hosted model, holds the conversation: it finds the tenancy from the
caller's number and the address they confirm, classifies the repair as emergency,
urgent or routine using the association's priority guidance, raises a repair
order in the housing management system and books a slot with the contractor's
scheduling system. It transfers gas, fire and flood calls, and any caller who
asks, to a repairs call handler. Recordings and transcripts are kept, encrypted,
for call quality review. The agent is capped at 40 steps per call, the contractor
API key sits in the cloud secret manager and the LLM vendor has been assessed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing repairs voice triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Voice agent that takes tenants' repair calls, sets urgency and books contractors.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Tenant call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The caller's voice and caller ID.",
)
agent_speech = tg.Data("Agent speech audio", kind="media", sensitivity=tg.Sensitivity.PII)
utterances = tg.Data(
    "Caller utterance transcript",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the tenant says, as text, turn by turn.",
)
agent_reply = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Conversation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, priority guidance, the conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
guidance = tg.Data(
    "Repair priority guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Which defects are emergency (24 hours), urgent (7 days) or routine (28 days).",
)
lookup_request = tg.Data("Tenancy lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tenancy = tg.Data(
    "Tenancy and property details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Tenant name, address, contact details, vulnerability flags and open repairs.",
)
repair_order = tg.Data(
    "Repair order with urgency",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Defect description, location in the home, urgency category and access notes.",
)
order_ref = tg.Data(
    "Repair order reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
booking_request = tg.Data(
    "Contractor appointment request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
)
slots = tg.Data(
    "Appointment slots and confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
)
handoff = tg.Data("Call transfer with summary", kind="tool-call", sensitivity=tg.Sensitivity.PII)
transfer = tg.Data("Call transfer instruction", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
call_summary = tg.Data("Call summary", kind="records", sensitivity=tg.Sensitivity.PII)
recordings = tg.Data(
    "Call recordings and transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
)
manual_update = tg.Data("Repair order updates", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the repairs line, not only tenants.
    tenant = tm.add(tg.Actor("Tenant caller", role="tenant"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Cloud contact centre: the repairs number, call routing and transfers.
    telephony = tm.add(tg.ExternalService("Cloud telephony platform"))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Streaming speech recognition and synthesis.
    speech = tm.add(
        tg.ExternalService("Speech-to-text and text-to-speech API", provides="model-api")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that drives the conversation and decides the urgency.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Chooses the urgency category and the tool calls for each call.",
            controls={
                c.SupplierAssessment(
                    note="vendor reviewed; no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Contractor", trust=tg.Trust.PARTNER):
    # The repairs contractor's job scheduling system, with a booking API.
    contractor_system = tm.add(tg.ExternalService("Contractor scheduling system"))

with tm.boundary("Association cloud", trust=tg.Trust.INTERNAL):
    # Bridges call audio between the telephony platform, the speech API and the agent.
    gateway = tm.add(tg.Service("Voice gateway"))
    # The LLM agent that runs each call.
    agent = tm.add(
        tg.Agent(
            "Repairs triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=40, note="call handed to a person after 40 steps")
            },
        )
    )
    # Finds the caller's tenancy and property.
    lookup_tool = tm.add(
        tg.Tool(
            "Tenancy lookup tool",
            capabilities={"read"},
            controls={
                c.Authentication(
                    method="caller's phone number matched to the tenancy record, first line of address confirmed by the caller"
                )
            },
        )
    )
    # Raises the repair order with its urgency in the housing management system.
    order_tool = tm.add(tg.Tool("Repair order tool", capabilities={"write"}))
    # Books an appointment slot with the contractor.
    booking_tool = tm.add(
        tg.Tool(
            "Contractor booking tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="contractor API key in the cloud secret manager")},
        )
    )
    # Transfers the call to a repairs call handler with a summary.
    handoff_tool = tm.add(tg.Tool("Call handler handoff tool", capabilities={"send-messages"}))
    # The priority guidance the agent is given in its prompt.
    guidance_store = tm.add(tg.DataStore("Repair priority guidance", stores={guidance}))
    # Kept for call quality review and complaints.
    recordings_store = tm.add(
        tg.DataStore(
            "Call recordings store",
            stores={recordings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Association data centre", trust=tg.Trust.RESTRICTED):
    # System of record for tenancies, properties and repairs.
    hms = tm.add(
        tg.DataStore(
            "Housing management system",
            stores={tenancy},
            controls={c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Takes transferred calls and reviews the agent's calls.
    call_handler = tm.add(tg.Actor("Repairs call handler", role="call handler"))

# ---------------------------------------------------------------- flows
# The call
tm.flow(tenant, telephony, call_audio, protocol="pstn")
tm.flow(telephony, tenant, agent_speech, protocol="pstn")
tm.flow(telephony, gateway, call_audio, protocol="wss")
tm.flow(gateway, telephony, agent_speech, protocol="wss")
tm.flow(gateway, speech, call_audio, agent_reply, protocol="https")
tm.flow(speech, gateway, utterances, agent_speech, protocol="https")
tm.flow(gateway, agent, utterances)
tm.flow(agent, gateway, agent_reply)
tm.flow(gateway, recordings_store, recordings)

# The agent and its model
tm.flow(guidance_store, agent, guidance)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, recordings_store, recordings, label="transcript and tool calls")

# Tools
tm.flow(agent, lookup_tool, lookup_request)
tm.flow(lookup_tool, hms, lookup_request, protocol="https")
tm.flow(hms, lookup_tool, tenancy, protocol="https")
tm.flow(lookup_tool, agent, tenancy)

tm.flow(agent, order_tool, repair_order)
tm.flow(order_tool, hms, repair_order, protocol="https")
tm.flow(hms, order_tool, order_ref, protocol="https")
tm.flow(order_tool, agent, order_ref)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, contractor_system, booking_request, protocol="https")
tm.flow(contractor_system, booking_tool, slots, protocol="https")
tm.flow(booking_tool, agent, slots)

tm.flow(agent, handoff_tool, handoff)
tm.flow(handoff_tool, telephony, transfer, protocol="https")
tm.flow(handoff_tool, call_handler, call_summary, protocol="https", label="screen pop")
tm.flow(telephony, call_handler, call_audio, protocol="https", label="transferred call")

# Call handlers
tm.flow(call_handler, hms, manual_update, protocol="https")
tm.flow(recordings_store, call_handler, recordings, protocol="https", label="call quality review")
