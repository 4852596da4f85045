"""Satellite operations anomaly agent: the first design, before any security review.

We fly a small constellation of Earth-observation satellites. Telemetry comes down
through ground stations we lease from a ground-segment provider, who forwards the
frames to our operations cloud over TLS. An ingest pipeline decodes and archives it
and an in-house anomaly-detection model scores every pass. When something looks
wrong, an LLM agent (the model is a vendor's hosted API) pulls telemetry history and
the relevant flight procedures, diagnoses the issue and may queue contingency
commands (safe mode, payload off, re-orient) for the next pass. Nothing is uplinked
until the on-call flight controller approves it in the mission control software,
which sits in a restricted enclave, requires MFA and logs every command. The agent
also files an anomaly report on the engineering wiki (a SaaS). Telecommands are
authenticated on the space link; telemetry downlink is in the clear.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Satellite operations anomaly agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that diagnoses constellation anomalies from telemetry and "
    "queues contingency commands for flight-controller approval.",
)

# ---------------------------------------------------------------- data assets
raw_tm = tg.Data(
    "Telemetry frames",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="CCSDS frames as received at the ground station.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Decoded telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Engineering parameters per satellite and pass.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tm_query = tg.Data("Telemetry query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
anomaly_alerts = tg.Data(
    "Anomaly alerts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Anomalous parameters and scores per pass.",
)
procedures = tg.Data(
    "Flight procedures",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Contingency and flight operations procedures, chunked and embedded.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
proc_query = tg.Data("Procedure query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
diag_prompt = tg.Data(
    "Diagnosis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, alerts, telemetry excerpts and retrieved procedures.",
)
diagnosis = tg.Data("LLM diagnosis", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
command_request = tg.Data(
    "Command request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Satellite id, command from the allowed set, parameters, target pass.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
queue_status = tg.Data(
    "Command queue status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Command approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
telecommands = tg.Data(
    "Telecommands",
    sensitivity=tg.Sensitivity.SECRET,
    description="Encoded command frames for uplink on the next pass.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
report = tg.Data("Anomaly report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
wiki_result = tg.Data("Wiki page link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Space segment", trust=tg.Trust.INTERNAL):
    # Our satellites: send telemetry, execute authenticated telecommands.
    satellites = tm.add(
        tg.Device(
            "EO satellite constellation",
            description="Small EO satellites; on-board software checks telecommand authentication.",
        )
    )

with tm.boundary("Leased ground stations", trust=tg.Trust.PARTNER):
    # The provider's antennas and modems: the only path to and from the satellites.
    ground = tm.add(
        tg.ExternalService(
            "Ground station network",
            description="Leased passes at the provider's sites; frames forwarded over TLS.",
        )
    )

with tm.boundary("Operations cloud", trust=tg.Trust.INTERNAL):
    # Decodes frames per pass and feeds the archive and the detector.
    ingest = tm.add(tg.Pipeline("Telemetry ingest", stage=tg.Stage.INGESTION))
    # Time-series archive of all decoded telemetry.
    archive = tm.add(tg.DataStore("Telemetry archive", stores={telemetry}))
    # Flags out-of-family parameters on every pass.
    detector = tm.add(
        tg.Model(
            "Anomaly detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="In-house model trained on our historic telemetry.",
        )
    )
    # Procedures indexed for retrieval by the agent.
    proc_index = tm.add(tg.VectorStore("Flight procedures index", stores={procedures}))
    # Diagnoses alerts and proposes commands; a person approves every uplink.
    agent = tm.add(
        tg.Agent(
            "Anomaly agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Triggered by alerts; plans with the LLM and calls its three tools.",
        )
    )
    # Lets the agent read telemetry history from the archive.
    tm_tool = tm.add(tg.Tool("Telemetry query tool", capabilities={"read"}))
    # Lets the agent put commands in the mission control queue.
    cmd_tool = tm.add(
        tg.Tool(
            "Command queue tool",
            capabilities={"write"},
            description="Only safe mode, payload off and re-orient can be queued.",
            controls={c.HumanInTheLoop(approver="on-call flight controller, in mission control")},
        )
    )
    # Lets the agent create anomaly report pages.
    wiki_tool = tm.add(tg.Tool("Wiki report tool", capabilities={"write", "network-egress"}))

    with tm.boundary("Mission control enclave", trust=tg.Trust.RESTRICTED):
        # Holds the command queue, builds uplink plans and drives the ground stations.
        mcs = tm.add(
            tg.Service(
                "Mission control software",
                controls={
                    c.Authentication(method="SSO with MFA"),
                    c.AuditLogging(note="command history log"),
                },
            )
        )

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # On-call controller who approves or rejects queued commands.
    controller = tm.add(
        tg.Actor("Flight controller", role="on-call flight controller", privileged=True)
    )
    # Writes and updates the flight procedures; reads the anomaly reports.
    ops_engineer = tm.add(tg.Actor("Flight operations engineer", role="operations engineer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reasoning model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Wiki SaaS", trust=tg.Trust.PARTNER):
    # The engineering wiki where anomaly reports are filed.
    wiki = tm.add(tg.ExternalService("Engineering wiki"))

# ---------------------------------------------------------------- flows
# Downlink and detection.
tm.flow(satellites, ground, raw_tm, protocol="ccsds", label="downlink")
tm.flow(ground, ingest, raw_tm, protocol="tls")
tm.flow(ingest, archive, telemetry)
tm.flow(ingest, detector, telemetry)
tm.flow(ingest, mcs, telemetry, label="live telemetry displays")
tm.flow(detector, agent, anomaly_alerts, label="trigger")

# Diagnosis.
tm.flow(agent, tm_tool, tm_query)
tm.flow(tm_tool, archive, tm_query)
tm.flow(archive, tm_tool, telemetry)
tm.flow(tm_tool, agent, telemetry, label="history")
tm.flow(agent, proc_index, proc_query)
tm.flow(proc_index, agent, procedures, label="retrieved procedures")
tm.flow(ops_engineer, proc_index, procedures, label="publishes procedures")
tm.flow(agent, llm, diag_prompt, protocol="https")
tm.flow(llm, agent, diagnosis, protocol="https")

# Commanding: queued by the agent, approved by a person, uplinked on the next pass.
tm.flow(agent, cmd_tool, command_request)
tm.flow(cmd_tool, mcs, command_request, protocol="https")
tm.flow(mcs, cmd_tool, queue_status, protocol="https")
tm.flow(cmd_tool, agent, queue_status)
tm.flow(mcs, controller, command_request, protocol="https", label="pending commands")
tm.flow(controller, mcs, approval, protocol="https", label="approve or reject")
tm.flow(mcs, ground, telecommands, protocol="tls", label="uplink plan")
tm.flow(
    ground,
    satellites,
    telecommands,
    protocol="ccsds",
    label="uplink",
    controls={c.MessageIntegrity(note="authenticated telecommands on the space link")},
)

# Reporting.
tm.flow(agent, wiki_tool, report)
tm.flow(wiki_tool, wiki, report, protocol="https")
tm.flow(wiki, wiki_tool, wiki_result, protocol="https")
tm.flow(wiki_tool, agent, wiki_result)
tm.flow(wiki, ops_engineer, report, protocol="https")
