"""Outage reporting voicebot: the first design, before any security review.

An electricity distributor answers its outage phone line with a voicebot. A cloud
telephony and speech vendor takes the call, transcribes the caller and speaks the
bot's replies; it streams text to our voicebot endpoint over a websocket. An LLM
agent, using a hosted LLM, runs the conversation: it looks the caller up in the
customer information system by the calling number, checks the outage management
system for a known outage at that address, files a fault ticket in the work
management system when there is none, and reads out the estimated restoration time
that our in-house forecasting model produces. Control-room dispatchers work the
tickets. The bot runs in the utility's cloud tenant; the OMS, the forecasting model
and the work management system sit in the grid operations network. The vendor
authenticates to the endpoint with an API key, the account lookup is a read-only
service account, ticket creation is schema-checked and logged, and transcripts are
encrypted and kept for 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Utility outage reporting voicebot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Phone voicebot that takes outage reports, files fault tickets and reads out restoration estimates.",
)

# ---------------------------------------------------------------- data assets
caller_voice = tg.Data("Caller voice audio", sensitivity=tg.Sensitivity.PII, kind="media")
bot_speech = tg.Data("Synthesised bot speech", sensitivity=tg.Sensitivity.PII, kind="media")
utterance = tg.Data(
    "Caller utterance transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Speech-to-text of what the caller says, with the calling number (ANI).",
)
reply = tg.Data("Bot reply text", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Dialogue prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
account_query = tg.Data(
    "Account lookup by phone number", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
account = tg.Data(
    "Customer account record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, supply address, meter point, priority-services flag (medical dependency).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outage_query = tg.Data("Outage status query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
outage_status = tg.Data(
    "Outage status at premises", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
outage_features = tg.Data(
    "Outage and crew features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="features",
    description="Fault type, affected feeders, crew availability, weather.",
)
etr = tg.Data(
    "Estimated restoration time", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
ticket_request = tg.Data(
    "Fault ticket request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Address, fault description (e.g. wire down, sparking), callback number, priority.",
)
ticket = tg.Data(
    "Fault ticket",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
ticket_ref = tg.Data("Ticket reference", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
transcripts = tg.Data("Call transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
vendor_key = tg.Data("Vendor API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can dial the outage line; the calling number is the only identity.
    caller = tm.add(tg.Actor("Caller", role="customer or member of the public"))

with tm.boundary("Telephony and speech vendor", trust=tg.Trust.PARTNER):
    # Terminates the call, does speech-to-text and text-to-speech.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud telephony and speech service",
            description="Hosted contact-centre platform with streaming STT and TTS.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model that drives the dialogue and picks tools.
    llm = tm.add(
        tg.LLM(
            "Hosted dialogue LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completions API with function calling.",
        )
    )

with tm.boundary("Utility cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives the vendor's transcript stream and returns the bot's text replies.
    endpoint = tm.add(
        tg.Endpoint(
            "Voicebot endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="vendor API key"), c.SecretsManagement()},
        )
    )
    # Runs the conversation and decides which lookups to make and when to file a ticket.
    agent = tm.add(
        tg.Agent(
            "Outage voicebot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Conversation state machine wrapped around LLM tool calling.",
        )
    )
    # Finds the caller's account from the calling number.
    account_tool = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only CIS service account")},
        )
    )
    # Asks the OMS whether the premises is in a known outage and gets the ETR.
    outage_tool = tm.add(tg.Tool("Outage lookup tool", capabilities={"read"}))
    # Creates fault tickets in the work management system.
    ticket_tool = tm.add(
        tg.Tool(
            "Fault ticket tool",
            capabilities={"write"},
            controls={
                c.InputValidation(note="ticket schema check"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Keeps call transcripts for complaint handling and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RetentionLimits(days=90)},
        )
    )

with tm.boundary("Corporate IT", trust=tg.Trust.INTERNAL):
    # System of record for customer accounts and priority-services register.
    cis = tm.add(tg.DataStore("Customer information system", stores={account}, controls={c.RBAC()}))

with tm.boundary("Grid operations network", trust=tg.Trust.RESTRICTED):
    # Live outage map built from SCADA events and customer calls.
    oms = tm.add(tg.Service("Outage management system"))
    # Predicts restoration times from fault and crew data.
    etr_model = tm.add(
        tg.Model(
            "Restoration time forecasting model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor retrained monthly by the grid analytics team.",
        )
    )
    # Where crews are dispatched from; holds the fault tickets.
    wms = tm.add(
        tg.DataStore(
            "Work management system",
            stores={ticket},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Control-room staff triage and dispatch the tickets.
    dispatcher = tm.add(tg.Actor("Control-room dispatcher", role="dispatcher"))

# ---------------------------------------------------------------- flows
tm.flow(caller, telephony, caller_voice, protocol="pstn")
tm.flow(telephony, caller, bot_speech, protocol="pstn")
tm.flow(telephony, endpoint, utterance, vendor_key, protocol="wss")
tm.flow(endpoint, telephony, reply, protocol="wss")

tm.flow(endpoint, agent, utterance)
tm.flow(agent, endpoint, reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, account_tool, account_query)
tm.flow(account_tool, cis, account_query, protocol="https")
tm.flow(cis, account_tool, account, protocol="https")
tm.flow(account_tool, agent, account)

tm.flow(agent, outage_tool, outage_query)
tm.flow(outage_tool, oms, outage_query, protocol="https")
tm.flow(oms, outage_tool, outage_status, etr, protocol="https")
tm.flow(outage_tool, agent, outage_status, etr)
tm.flow(oms, etr_model, outage_features)
tm.flow(etr_model, oms, etr)

tm.flow(agent, ticket_tool, ticket_request)
tm.flow(ticket_tool, wms, ticket, protocol="https")
tm.flow(wms, ticket_tool, ticket_ref, protocol="https")
tm.flow(ticket_tool, agent, ticket_ref)
tm.flow(wms, oms, ticket, label="customer-reported faults")
tm.flow(dispatcher, wms, ticket, label="triage and dispatch")
tm.flow(wms, dispatcher, ticket)

tm.flow(agent, transcript_store, transcripts)
