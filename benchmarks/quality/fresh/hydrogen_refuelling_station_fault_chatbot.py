"""Hydrogen refuelling station fault assistant: the first design, before any security review.

Truck drivers at our hydrogen refuelling stations in Germany and the Netherlands
scan a QR code on the dispenser when it shows a fault, which opens a web chat
tied to that dispenser; no account is needed, and the driver leaves a name and a
callback number. An LLM agent in our cloud account answers: it looks the fault
code up in an index of the dispenser maker's service manuals, reads the
dispenser's live telemetry (pressures, temperatures, fault codes) from the
telemetry historian through a read-only tool, and walks the driver through the
driver-side steps. If the fault needs a technician, it opens an incident and pages
the on-call engineer through a paging SaaS, whose acknowledgement is reported back
to the driver. The model is a vendor-hosted LLM under a data processing agreement.
Station PLCs feed the historian through a site gateway; the engineer reads the
transcript and telemetry in an ops console behind company SSO with MFA. The chat
has per-session rate limits, the agent a step limit, transcripts a 90-day retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hydrogen refuelling station fault assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat assistant helping truck drivers with hydrogen dispenser faults, reading "
        "station telemetry and escalating to the on-call engineer."
    ),
)

# ---------------------------------------------------------------- data assets
driver_message = tg.Data(
    "Driver chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fault description, dispenser id from the QR code, name and callback number.",
)
bot_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, chat so far, manual excerpts and telemetry values.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply, or a tool call to make.",
)
manuals = tg.Data(
    "Dispenser service manuals",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="OEM fault-code tables and troubleshooting procedures, shared under NDA.",
)
manual_chunks = tg.Data(
    "Manual excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
telemetry_query = tg.Data("Telemetry query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
plc_values = tg.Data(
    "Dispenser process values",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Nozzle and tank pressures, precooler temperature, fault and interlock states.",
)
telemetry = tg.Data(
    "Dispenser telemetry readings",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
telemetry_result = tg.Data(
    "Telemetry result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
escalation_request = tg.Data(
    "Escalation request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Station, dispenser, fault summary, driver name and callback number.",
)
incident_page = tg.Data("Incident page", kind="records", sensitivity=tg.Sensitivity.PII)
acknowledgement = tg.Data(
    "Page acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
escalation_status = tg.Data(
    "Escalation status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers of hydrogen trucks, on their own phones at the dispenser.
    driver = tm.add(tg.Actor("Truck driver", role="driver"))

with tm.boundary("Station OT network", trust=tg.Trust.INTERNAL):
    # The dispenser's own control system; the assistant never commands it.
    plc = tm.add(tg.Service("Dispenser PLC", description="Runs the fuelling sequence."))
    # Industrial router at each station that forwards PLC values to the cloud.
    gateway = tm.add(tg.Service("Station telemetry gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model, EU region, under a DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA and EU data residency checked")},
        )
    )

with tm.boundary("Dispenser OEM portal", trust=tg.Trust.PARTNER):
    # Where the dispenser maker publishes manual revisions to its operators.
    oem_manuals = tm.add(
        tg.DataSource("OEM manual portal", origin=tg.Origin.VENDOR, provides={manuals})
    )

with tm.boundary("Paging provider", trust=tg.Trust.PARTNER):
    # On-call SaaS that holds the rota and phones or pushes to the engineer on duty.
    pager = tm.add(tg.ExternalService("On-call paging service"))

with tm.boundary("Operator cloud account", trust=tg.Trust.INTERNAL):
    # Public chat API behind the QR code link.
    chat_api = tm.add(
        tg.Endpoint(
            "Driver chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per chat session"),
                c.InputValidation(note="message length and dispenser id format"),
            },
        )
    )
    # The LLM agent that reads manuals and telemetry and decides when to escalate.
    assistant = tm.add(
        tg.Agent(
            "Fault assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8)},
            description="Pages the on-call engineer on its own when a fault needs a technician.",
        )
    )
    # Embedded manual excerpts for fault-code lookup.
    manual_index = tm.add(tg.VectorStore("Manual index", stores={manual_chunks}))
    # Re-embeds manuals when the OEM publishes a revision.
    indexer = tm.add(tg.Pipeline("Manual indexing pipeline", stage=tg.Stage.INGESTION))
    # Reads the dispenser's recent telemetry; read-only database user.
    telemetry_tool = tm.add(
        tg.Tool(
            "Telemetry lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only user on the historian")},
        )
    )
    # Time-series store of every station's telemetry.
    historian = tm.add(
        tg.DataStore(
            "Telemetry historian",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Opens an incident and pages the on-call engineer.
    escalation_tool = tm.add(tg.Tool("Escalation tool", capabilities={"write", "send-messages"}))
    # Transcripts kept for the engineer and for support quality.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90),
            },
        )
    )
    # Internal web console where engineers read the chat and telemetry of an incident.
    ops_console = tm.add(
        tg.Endpoint(
            "Ops console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Field operations", trust=tg.Trust.INTERNAL):
    # Service engineer on call for a region's stations.
    engineer = tm.add(tg.Actor("On-call engineer", role="service engineer"))

# ---------------------------------------------------------------- flows
tm.flow(driver, chat_api, driver_message, protocol="https")
tm.flow(chat_api, driver, bot_reply, protocol="https")
tm.flow(chat_api, assistant, driver_message)
tm.flow(assistant, chat_api, bot_reply)

tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")

tm.flow(assistant, manual_index, driver_message, label="similarity search")
tm.flow(manual_index, assistant, manual_chunks)
tm.flow(oem_manuals, indexer, manuals, protocol="https", label="manual revisions")
tm.flow(indexer, manual_index, manual_chunks)

tm.flow(plc, gateway, plc_values, protocol="modbus")
tm.flow(gateway, historian, telemetry, protocol="MQTT over TLS")
tm.flow(assistant, telemetry_tool, telemetry_query)
tm.flow(telemetry_tool, historian, telemetry_query)
tm.flow(historian, telemetry_tool, telemetry)
tm.flow(telemetry_tool, assistant, telemetry_result)

tm.flow(assistant, escalation_tool, escalation_request)
tm.flow(escalation_tool, pager, incident_page, protocol="https")
tm.flow(pager, engineer, incident_page, protocol="https", label="push notification and call")
tm.flow(engineer, pager, acknowledgement, protocol="https")
tm.flow(pager, escalation_tool, acknowledgement, protocol="https", label="acknowledgement webhook")
tm.flow(escalation_tool, assistant, escalation_status)

tm.flow(assistant, transcript_store, transcripts)
tm.flow(transcript_store, ops_console, transcripts)
tm.flow(historian, ops_console, telemetry)
tm.flow(ops_console, engineer, transcripts, telemetry, protocol="https")
