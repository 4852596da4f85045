"""Hydrotherapy pool dosing agent: the first design, before any security review.

The hospital's hydrotherapy pool is kept at 34 degrees for physiotherapy patients,
so its chlorine and pH drift quickly with bather load. Analyser probes in the plant
room feed a dosing controller (PLC) that drives the sodium hypochlorite and acid
pumps. A plant room gateway copies readings to the estates historian and writes
setpoints back to the PLC. A dosing agent on an estates server, using a cloud LLM
under the trust's enterprise agreement, reads the readings, the session schedule
from the therapy booking system and the pool's water treatment procedures, adjusts
the PLC setpoints on its own ahead of busy sessions and sends the pool technician
SMS alerts. The technician signs in to a dashboard with Active Directory SSO to
see trends, enter manual DPD test results and leave notes for the agent. The PLC
enforces hard pump-rate and setpoint limits and stops dosing when circulation
fails; the agent's decisions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hydrotherapy pool dosing agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Adjusts chlorine and pH dosing of a hospital hydrotherapy pool from water "
        "quality readings and session bookings, and alerts the pool technician."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Water quality readings",
    kind="records",
    description="Free and combined chlorine, pH, ORP and temperature, every 10 seconds.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_signal = tg.Data("Dosing pump drive signal", kind="records")
setpoints = tg.Data(
    "Dosing setpoints",
    kind="records",
    description="Free chlorine and pH setpoints the PLC doses to.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sessions = tg.Data(
    "Hydrotherapy session schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description=(
        "Session times, expected bather numbers and the therapist's infection-control "
        "flag per session; no patient names or numbers."
    ),
)
procedures = tg.Data(
    "Pool water treatment procedures",
    kind="documents",
    description="The pool safety operating procedure and target ranges for this pool.",
)
manual_tests = tg.Data(
    "Manual DPD test results",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tech_notes = tg.Data(
    "Technician notes",
    kind="prompt",
    description="Free text such as 'backwash done at 07:00' or 'fouling incident, pool closed'.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Procedures, recent readings, the day's sessions and technician notes.",
)
completion = tg.Data("LLM response", kind="model-output")
reading_query = tg.Data("Readings query", kind="tool-call")
reading_result = tg.Data("Readings and trends", kind="tool-result")
setpoint_call = tg.Data("Setpoint change request", kind="tool-call")
setpoint_result = tg.Data("Setpoint change result", kind="tool-result")
alert_call = tg.Data("Alert request", kind="tool-call")
alert = tg.Data("Pool water quality alert SMS", kind="documents")
decision_log = tg.Data("Dosing decision log", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Pool plant room network", trust=tg.Trust.RESTRICTED):
    # Analyser probes in the sample line of the circulation loop.
    probes = tm.add(
        tg.Device(
            "Water quality analyser probes",
            fleet=False,
            description="Chlorine, pH, ORP and temperature probes on one analyser.",
        )
    )
    # PLC that doses to setpoints and holds the hard limits.
    plc = tm.add(
        tg.Service(
            "Dosing controller PLC",
            controls={
                c.SafetyLimits(
                    limits=(
                        "PLC clamps the hypochlorite pump to 1.5 L/h and the acid pump to "
                        "0.8 L/h, accepts free chlorine setpoints of 1.0-3.0 mg/L and pH "
                        "7.0-7.8 only, and stops both pumps when the circulation flow "
                        "switch opens"
                    )
                )
            },
        )
    )
    # The two peristaltic dosing pumps on the plant room wall.
    pumps = tm.add(
        tg.Device("Chlorine and pH dosing pumps", fleet=False, description="Hypochlorite and acid.")
    )
    # Bridges the plant room network to the hospital network.
    gateway = tm.add(
        tg.Service(
            "Plant room gateway",
            description="Polls the PLC, publishes readings, writes setpoints back.",
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Estates historian of readings, manual tests and the agent's decisions.
    historian = tm.add(
        tg.DataStore(
            "Estates water quality historian",
            stores={readings, manual_tests, decision_log},
        )
    )
    # Reference documents the agent follows.
    procedures_store = tm.add(tg.DataStore("Pool treatment procedures", stores={procedures}))
    # The therapy department's booking system, read for the day's sessions.
    bookings = tm.add(
        tg.DataSource(
            "Therapy booking system",
            origin=tg.Origin.INTERNAL,
            provides={sessions},
            controls={c.DataMinimization(note="extract limited to times, numbers and flags")},
        )
    )
    # The LLM agent that plans dosing changes and raises alerts.
    agent = tm.add(
        tg.Agent(
            "Pool dosing agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs every 15 minutes and on new technician notes.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Read-only access to recent readings and trends in the historian.
    reading_tool = tm.add(tg.Tool("Readings tool", capabilities={"read"}))
    # Writes new chlorine and pH setpoints through the gateway.
    setpoint_tool = tm.add(tg.Tool("Dosing setpoint tool", capabilities={"write"}))
    # Sends SMS alerts to the pool technician.
    alert_tool = tm.add(tg.Tool("Technician alert tool", capabilities={"send-messages"}))
    # Estates dashboard for trends, manual tests and notes.
    dashboard = tm.add(
        tg.Endpoint(
            "Pool dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital Active Directory SSO"), c.RBAC()},
        )
    )
    # The estates technician responsible for the pool plant.
    technician = tm.add(tg.Actor("Pool technician", role="estates technician"))

with tm.boundary("Cloud AI service", trust=tg.Trust.PARTNER):
    # Hosted LLM under the trust's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="information governance vendor review")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway that delivers the alerts to the technician's phone.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tm.flow(probes, plc, readings, protocol="modbus")
tm.flow(plc, pumps, pump_signal, label="4-20 mA")
tm.flow(plc, gateway, readings, protocol="modbus")
tm.flow(gateway, plc, setpoints, protocol="modbus")
tm.flow(gateway, historian, readings, protocol="opc-ua")

tm.flow(bookings, agent, sessions, protocol="https", label="hourly schedule extract")
tm.flow(procedures_store, agent, procedures)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, reading_tool, reading_query)
tm.flow(historian, reading_tool, readings, manual_tests)
tm.flow(reading_tool, agent, reading_result)

tm.flow(agent, setpoint_tool, setpoint_call)
tm.flow(setpoint_tool, gateway, setpoints, protocol="opc-ua")
tm.flow(gateway, setpoint_tool, setpoints, protocol="opc-ua", label="read back")
tm.flow(setpoint_tool, agent, setpoint_result)

tm.flow(agent, alert_tool, alert_call)
tm.flow(alert_tool, sms, alert, protocol="https")
tm.flow(sms, technician, alert, protocol="sms")

tm.flow(agent, historian, decision_log)

tm.flow(technician, dashboard, manual_tests, tech_notes, protocol="https")
tm.flow(dashboard, technician, readings, decision_log, protocol="https")
tm.flow(dashboard, historian, manual_tests)
tm.flow(historian, dashboard, readings, decision_log)
tm.flow(dashboard, agent, tech_notes)
