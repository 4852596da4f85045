"""Marina berth and fuel dock agent: the first design, before any security review.

A coastal marina in Portugal takes visiting boaters' berth requests through a chat
widget on its website and over VHF channel 9. A radio gateway in the marina office
records the channel and transcribes calls with a local open-weights speech model. An
LLM agent in the marina's cloud tenancy reads the chat messages and transcripts, asks
a hosted LLM what to do, checks the berth plan in the marina management SaaS, books a
berth that fits the boat's length, beam and draft, and opens credit on a fuel dock
pump so the boater can refuel and be billed on their berth account. Replies go back
in the chat; for radio calls the dock office reads them out. Berths are booked
without approval; credit above EUR 300 waits for the fuel dock attendant, and credits
are capped per stay. The chat is rate limited, the SaaS API is called over HTTPS with
an API key, and the pump controller is reached over the site VPN.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Marina berth and fuel dock agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat and VHF berth requests handled by an LLM agent that books berths and opens pump credit.",
)

# ---------------------------------------------------------------- data assets
berth_request = tg.Data(
    "Berth request message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Skipper name, phone, vessel name and size, arrival and departure dates.",
)
vhf_call = tg.Data("VHF radio call", kind="media", sensitivity=tg.Sensitivity.PII)
vhf_transcript = tg.Data("VHF call transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Berth booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
berth_availability = tg.Data(
    "Berth availability and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Berth bookings and vessel records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Berth plan, bookings, skipper contact details, vessel particulars.",
)
berth_accounts = tg.Data(
    "Berth accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Charges per stay: berth nights, electricity, fuel; settled at departure.",
)
credit_call = tg.Data("Pump credit call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
credit_result = tg.Data(
    "Pump credit result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pump_authorisation = tg.Data(
    "Pump authorisation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pump number, fuel grade and the EUR amount the pump may dispense.",
)
dispensed = tg.Data("Fuel dispensed record", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fuel_charge = tg.Data("Fuel charge", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
plan_edits = tg.Data("Berth plan edits", kind="records", sensitivity=tg.Sensitivity.PII)
credit_approval = tg.Data(
    "Large credit approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet and VHF channel", trust=tg.Trust.UNTRUSTED):
    # Visiting skippers, who write in the web chat or call on VHF channel 9.
    boater = tm.add(tg.Actor("Visiting boater", role="visiting skipper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Marina management SaaS", trust=tg.Trust.PARTNER):
    # The marina's existing booking and billing system, run by its vendor.
    mms = tm.add(
        tg.DataStore(
            "Marina management system",
            stores={bookings, berth_accounts},
            controls={tg.controls.EncryptionAtRest(note="vendor-managed")},
        )
    )

with tm.boundary("Marina cloud tenancy", trust=tg.Trust.INTERNAL):
    # Website chat widget backend.
    chat = tm.add(
        tg.Endpoint(
            "Web chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.RateLimiting(requests_per_minute=20)},
        )
    )
    # The LLM agent that handles requests end to end.
    agent = tm.add(
        tg.Agent(
            "Berth agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Reads a request, checks the berth plan, books a berth, opens pump credit.",
            controls={tg.controls.CircuitBreaker(max_steps=12)},
        )
    )
    # Reads the berth plan and writes bookings in the marina management system.
    berth_tool = tm.add(
        tg.Tool(
            "Berth booking tool",
            capabilities={"read", "write"},
            description="Calls the marina management API with the marina's API key.",
        )
    )
    # Opens a credit on a fuel dock pump and posts the fuel to the berth account.
    credit_tool = tm.add(
        tg.Tool(
            "Pump credit tool",
            capabilities={"write", "money-movement"},
            controls={
                tg.controls.TransactionLimits(limit="EUR 600 of fuel per vessel per stay"),
                tg.controls.HumanInTheLoop(
                    approver="fuel dock attendant", above="EUR 300 per pump credit"
                ),
            },
        )
    )
    # Chat and radio conversations, kept for the dock office to look back at.
    convo_log = tm.add(tg.DataStore("Conversation log", stores={transcripts}))

with tm.boundary("Marina office LAN", trust=tg.Trust.INTERNAL):
    # Dock office staff: run the radio, read replies out, fix the berth plan.
    staff = tm.add(tg.Actor("Dock office staff", role="dock office staff"))
    # Attendant at the fuel dock, approves larger credits on a tablet.
    attendant = tm.add(tg.Actor("Fuel dock attendant", role="fuel dock attendant"))
    # Records VHF channel 9 and turns calls into text for the agent.
    vhf_gateway = tm.add(
        tg.Service(
            "VHF radio gateway",
            description="Radio receiver and PC that records channel 9 and sends transcripts.",
        )
    )
    # Speech-to-text model running on the gateway PC.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )

    with tm.boundary("Fuel dock network", trust=tg.Trust.INTERNAL):
        # Forecourt controller that releases the pumps for a set amount.
        pump = tm.add(tg.Device("Fuel dock pump controller", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(boater, chat, berth_request, protocol="https")
tm.flow(chat, boater, agent_reply, protocol="https")
tm.flow(chat, agent, berth_request)
tm.flow(agent, chat, agent_reply)

tm.flow(boater, vhf_gateway, vhf_call, protocol="marine vhf")
tm.flow(vhf_gateway, stt, vhf_call, protocol="local")
tm.flow(stt, vhf_gateway, vhf_transcript, protocol="local")
tm.flow(vhf_gateway, agent, vhf_transcript, protocol="https")
tm.flow(agent, vhf_gateway, agent_reply, protocol="https")
tm.flow(vhf_gateway, staff, agent_reply, label="shown on the office screen")
tm.flow(staff, boater, agent_reply, protocol="marine vhf", label="read out on channel 9")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, convo_log, transcripts)

tm.flow(agent, berth_tool, booking_call)
tm.flow(berth_tool, agent, berth_availability)
tm.flow(
    berth_tool,
    mms,
    booking_call,
    protocol="https",
    controls={tg.controls.Authentication(method="marina management vendor API key")},
)
tm.flow(mms, berth_tool, bookings, protocol="https")

tm.flow(agent, credit_tool, credit_call)
tm.flow(credit_tool, agent, credit_result)
tm.flow(
    credit_tool, attendant, credit_call, protocol="https", label="approval request on the tablet"
)
tm.flow(attendant, credit_tool, credit_approval, protocol="https")
tm.flow(credit_tool, pump, pump_authorisation, protocol="http", label="over the site VPN")
tm.flow(pump, credit_tool, dispensed, protocol="http", label="over the site VPN")
tm.flow(
    credit_tool,
    mms,
    fuel_charge,
    protocol="https",
    controls={tg.controls.Authentication(method="marina management vendor API key")},
)

tm.flow(
    staff,
    mms,
    plan_edits,
    protocol="https",
    controls={tg.controls.Authentication(method="e-mail and password")},
)
tm.flow(mms, staff, bookings, berth_accounts, protocol="https")
