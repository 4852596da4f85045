"""EV charger voice assistant: the first design, before any security review.

We run a public charging network in car parks across the EU. Each charger has a
touchscreen, a microphone and speaker, and a contactless card reader. Drivers can
ask the voice assistant how to charge, what the tariff is or why a session failed,
and ask it to start or stop charging; before a session starts, the screen shows
the price and the driver taps to confirm. The charger streams the driver's speech
to a voice gateway in our cloud; an assistant service sends it to a hosted
realtime speech LLM together with our help content and the charger's live state
(read from our OCPP back end) and carries out the session calls the model asks
for. Chargers talk OCPP 1.6J over TLS websockets with per-charger passwords. The
card reader is a certified P2PE terminal that talks to the payment provider
directly; the back end only sees payment tokens. Session records are encrypted at
rest, transcripts are kept for 90 days, and the LLM vendor went through procurement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "EV charger voice assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Voice and touchscreen assistant on public EV chargers, backed by a hosted LLM and OCPP.",
)

# ---------------------------------------------------------------- data assets
driver_speech = tg.Data(
    "Driver speech audio",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="The driver's voice, captured by the charger's microphone.",
)
touch_input = tg.Data(
    "Touchscreen input",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Menu choices and the tap that confirms a priced session.",
)
reply = tg.Data(
    "Assistant reply",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Spoken answer and the text and price card shown on screen.",
)
card_data = tg.Data(
    "Card data",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_auth = tg.Data(
    "Payment authorisation",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Payment token, authorisation code and pre-authorised amount.",
)
capture = tg.Data(
    "Payment capture request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Final amount for a payment token once the session ends.",
)
ocpp_events = tg.Data(
    "OCPP status and meter events",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Boot, status, meter values and transaction events from the charger.",
)
ocpp_commands = tg.Data(
    "OCPP remote commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="RemoteStartTransaction, RemoteStopTransaction, configuration changes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
charger_state = tg.Data(
    "Charger live state",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Connector status, power, error codes, current session and tariff.",
)
prompt = tg.Data(
    "Assistant prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the driver's audio, help chunks and the charger's state.",
)
llm_response = tg.Data(
    "LLM response",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Spoken reply audio, its transcript and function calls.",
)
help_query = tg.Data("Help search query", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
help_articles = tg.Data("Help articles", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
help_chunks = tg.Data(
    "Help content chunks", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
tool_call = tg.Data(
    "Session tool call",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="tool-call",
    description="get_state, start_session or stop_session with the charger id.",
)
tool_result = tg.Data(
    "Session tool result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
sessions = tg.Data(
    "Charging session records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Charger, time, energy, price, payment token and card last four digits.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
transcripts = tg.Data(
    "Conversation transcripts",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="Transcripts of what drivers said and what the assistant answered.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public car park", trust=tg.Trust.UNTRUSTED):
    # Anyone who walks up to a charger; speaks, taps and pays.
    driver = tm.add(tg.Actor("Driver", role="driver"))
    # The charger head unit: touchscreen, mic, speaker and the OCPP client.
    charger = tm.add(
        tg.Device(
            "Charger head unit",
            fleet=True,
            description="Linux controller in the charger cabinet, one per charge point.",
        )
    )
    # Certified contactless terminal so that card numbers never touch our systems.
    card_reader = tm.add(
        tg.Device(
            "Contactless card reader",
            fleet=True,
            description="PCI PTS / P2PE terminal built into the charger.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Receives the audio stream from chargers and returns the reply.
    voice_gateway = tm.add(
        tg.Endpoint(
            "Voice gateway",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-charger API key in firmware")},
        )
    )
    # Runs one conversation: calls the LLM, searches help, calls the session tool.
    assistant = tm.add(
        tg.Agent(
            "Charger assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the driver, tapping confirm on the price card"),
            },
            description="Starting a session needs the on-screen confirmation; stopping does not.",
        )
    )
    # Lets the assistant read the charger's state and start or stop its session.
    session_tool = tm.add(
        tg.Tool(
            "Session control tool",
            capabilities={"read", "write"},
            description="Wraps the CSMS internal API: get_state, start_session, stop_session.",
        )
    )
    # Our help centre content, embedded for retrieval.
    help_index = tm.add(tg.VectorStore("Help content index", stores={help_chunks, help_articles}))
    # Chunks and embeds help articles when editors publish them.
    indexer = tm.add(tg.Pipeline("Help indexing job", stage=tg.Stage.INGESTION))
    # The OCPP central system: the source of truth for chargers and sessions.
    csms = tm.add(
        tg.Service(
            "Charge point management system",
            controls={
                c.Authentication(method="OCPP security profile 2: TLS + per-charger basic auth")
            },
            description="OCPP 1.6J server; also exposes an internal REST API.",
        )
    )
    # Sessions and billing, needed for receipts, disputes and settlement.
    session_db = tm.add(
        tg.DataStore(
            "Session database",
            stores={sessions},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Kept to improve the help content and investigate complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Realtime speech-to-speech model with function calling.
    llm = tm.add(
        tg.LLM(
            "Hosted realtime speech LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review and DPA")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Acquirer / gateway that authorises and captures card payments.
    processor = tm.add(tg.ExternalService("Payment processor", provides="generic"))

with tm.boundary("Operator office", trust=tg.Trust.INTERNAL):
    # Writes the help articles the assistant answers from.
    editor = tm.add(tg.Actor("Support content editor", role="support staff"))

# ---------------------------------------------------------------- flows
# at the charger
tm.flow(driver, charger, driver_speech, touch_input)
tm.flow(charger, driver, reply)
tm.flow(driver, card_reader, card_data, label="tap card")
tm.flow(card_reader, charger, payment_auth)

# payments
tm.flow(
    card_reader,
    processor,
    card_data,
    protocol="tls",
    controls={c.EncryptionInTransit(protocol="P2PE over TLS 1.2")},
)
tm.flow(processor, card_reader, payment_auth, protocol="tls")
tm.flow(csms, processor, capture, protocol="https", label="capture at session end")
tm.flow(processor, csms, payment_auth, protocol="https")

# OCPP
tm.flow(charger, csms, ocpp_events, payment_auth, protocol="wss")
tm.flow(csms, charger, ocpp_commands, protocol="wss")
tm.flow(csms, session_db, sessions)
tm.flow(session_db, csms, sessions)

# voice assistant
tm.flow(charger, voice_gateway, driver_speech, touch_input, protocol="wss")
tm.flow(voice_gateway, charger, reply, protocol="wss")
tm.flow(voice_gateway, assistant, driver_speech, touch_input)
tm.flow(assistant, voice_gateway, reply)
tm.flow(assistant, llm, prompt, protocol="wss")
tm.flow(llm, assistant, llm_response, protocol="wss")
tm.flow(assistant, help_index, help_query, label="similarity search")
tm.flow(help_index, assistant, help_chunks)
tm.flow(assistant, session_tool, tool_call)
tm.flow(session_tool, assistant, tool_result, charger_state)
tm.flow(session_tool, csms, tool_call, protocol="https")
tm.flow(csms, session_tool, charger_state, protocol="https")
tm.flow(assistant, transcript_store, transcripts)

# help content
tm.flow(editor, indexer, help_articles, protocol="https", label="publish article")
tm.flow(indexer, help_index, help_chunks, help_articles)
