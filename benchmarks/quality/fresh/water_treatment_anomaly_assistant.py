"""Water treatment anomaly assistant: the first design, before any security review.

A municipal water utility streams SCADA telemetry (flows, turbidity, chlorine
residual, pump states) from its treatment plant to an anomaly-detection model
that flags unusual readings. Control-room operators open a copilot web app that
explains an alarm using the plant's standard operating procedures and the recent
telemetry around it, and can draft a setpoint change; the copilot never writes
to the plant, the operator types any change into the HMI. PLCs, the SCADA server,
the HMI and the historian stay on the plant OT network; the historian replicates
into an IT/OT analytics zone where the model, the copilot and the procedure index
run. The copilot calls a hosted LLM from a cloud vendor over HTTPS. Operators sign
in to the copilot with their Active Directory account, the copilot logs every
conversation, and its telemetry tool uses a read-only historian account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water treatment anomaly assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Anomaly detection on plant SCADA telemetry, with an LLM copilot that explains "
        "alarms and drafts setpoint changes for operators."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Process telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Sensor readings, pump and valve states, active alarms.",
)
setpoints = tg.Data(
    "Setpoint commands",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Chemical dosing rates, pump speeds, valve positions.",
)
telemetry_window = tg.Data(
    "Telemetry feature window",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rolling 15-minute windows of resampled tags.",
)
anomaly_alerts = tg.Data(
    "Anomaly alerts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Flagged tag, anomaly score and time window.",
)
procedures = tg.Data(
    "Plant operating procedures",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="SOPs, alarm response guides, process descriptions and limits.",
)
procedure_chunks = tg.Data(
    "Procedure chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
question = tg.Data("Operator question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Copilot prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question, the alarm, telemetry excerpts and SOP chunks.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
answer = tg.Data(
    "Copilot answer",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Explanation of the alarm and, when asked, a drafted setpoint change.",
)
telemetry_query = tg.Data("Telemetry query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
telemetry_result = tg.Data(
    "Telemetry query result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # Shift operators in the control room; they run the plant from the HMI.
    operator = tm.add(tg.Actor("Control room operator", role="plant operator"))
    # PLCs and RTUs on the treatment process; the origin of every reading.
    plcs = tm.add(
        tg.DataSource(
            "Plant PLCs and sensors",
            origin=tg.Origin.INTERNAL,
            provides={telemetry},
            description="Filters, clarifiers, chemical dosing and pumping stations.",
        )
    )
    # Polls the PLCs and sends operator setpoints down to them.
    scada = tm.add(tg.Service("SCADA server"))
    # Where the operator sees the process and applies setpoint changes.
    hmi = tm.add(tg.Service("HMI", controls={c.Authentication(method="HMI operator login")}))
    # Time-series history of every tag; the source the analytics side replicates from.
    historian = tm.add(tg.DataStore("Process historian", stores={telemetry}))

with tm.boundary("Operations analytics zone", trust=tg.Trust.INTERNAL):
    # Pulls new historian data into the analytics zone and builds feature windows.
    replication = tm.add(
        tg.Pipeline(
            "Telemetry replication",
            stage=tg.Stage.INGESTION,
            description="Historian-to-historian replication plus windowing job.",
        )
    )
    # Scores each window for unusual behaviour across related tags.
    detector = tm.add(
        tg.Model(
            "Anomaly detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Autoencoder trained on a year of normal operation.",
        )
    )
    # Recent telemetry and the alerts raised on it, read by the copilot.
    alert_store = tm.add(
        tg.DataStore("Alert and telemetry store", stores={anomaly_alerts, telemetry})
    )
    # The copilot web app the operators open from a control-room workstation.
    copilot_app = tm.add(
        tg.Endpoint(
            "Copilot web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Active Directory SSO")},
        )
    )
    # Plans the answer: looks up telemetry and procedures, then asks the LLM.
    copilot = tm.add(
        tg.Agent(
            "Alarm copilot",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Explains alarms and drafts setpoint changes; never writes to the plant.",
            controls={c.AuditLogging(retention_days=365, note="conversations and tool calls")},
        )
    )
    # Lets the copilot read recent tags and alerts around an alarm.
    telemetry_tool = tm.add(
        tg.Tool(
            "Telemetry lookup tool",
            capabilities={tg.Capability.READ},
            controls={c.LeastPrivilegeTools(note="read-only database account")},
        )
    )
    # Index of the plant's procedures for retrieval.
    procedure_index = tm.add(tg.VectorStore("Procedure index", stores={procedure_chunks}))
    # Chunks and embeds procedures when the document library changes.
    indexer = tm.add(tg.Pipeline("Procedure indexing", stage=tg.Stage.INGESTION))

with tm.boundary("Utility corporate network", trust=tg.Trust.INTERNAL):
    # The document management system where engineers publish SOPs.
    doc_library = tm.add(
        tg.DataSource(
            "Procedure document library",
            origin=tg.Origin.INTERNAL,
            provides={procedures},
        )
    )

with tm.boundary("LLM vendor cloud", trust=tg.Trust.PARTNER):
    # General-purpose chat model the copilot calls through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="utility procurement security questionnaire")},
        )
    )

# ---------------------------------------------------------------- flows
# plant control loop
tm.flow(plcs, scada, telemetry, protocol="modbus", label="polling")
tm.flow(scada, plcs, setpoints, protocol="modbus", label="writes setpoints")
tm.flow(scada, hmi, telemetry, label="live values and alarms")
tm.flow(hmi, scada, setpoints)
tm.flow(hmi, operator, telemetry)
tm.flow(operator, hmi, setpoints, label="applies setpoint change")
tm.flow(scada, historian, telemetry)

# anomaly detection
tm.flow(historian, replication, telemetry, protocol="opc-ua", label="replication out of OT")
tm.flow(replication, alert_store, telemetry)
tm.flow(replication, detector, telemetry_window)
tm.flow(detector, alert_store, anomaly_alerts)

# copilot
tm.flow(alert_store, copilot_app, anomaly_alerts, label="alert feed")
tm.flow(operator, copilot_app, question, protocol="https")
tm.flow(copilot_app, operator, anomaly_alerts, answer, protocol="https")
tm.flow(copilot_app, copilot, question)
tm.flow(copilot, copilot_app, answer)
tm.flow(copilot, telemetry_tool, telemetry_query)
tm.flow(telemetry_tool, alert_store, telemetry_query)
tm.flow(alert_store, telemetry_tool, telemetry, anomaly_alerts)
tm.flow(telemetry_tool, copilot, telemetry_result)
tm.flow(copilot, procedure_index, question, label="similarity query")
tm.flow(procedure_index, copilot, procedure_chunks)
tm.flow(copilot, llm, llm_prompt, protocol="https")
tm.flow(llm, copilot, completion, protocol="https")

# procedure indexing
tm.flow(doc_library, indexer, procedures, protocol="https")
tm.flow(indexer, procedure_index, procedure_chunks)
