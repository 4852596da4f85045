"""Coagulant dosing agent at a water treatment works: first design.

Online analysers on the raw water inlet (turbidity, colour, pH, temperature, UV254,
flow) feed the coagulant dosing PLC, and the SCADA historian in the OT DMZ records
them with the current dose setpoint. Every 15 minutes an LLM agent in our analytics
environment reads recent trends through the historian's REST API, asks an in-house
optimisation model (trained on jar tests and plant history) for the best ferric
sulphate dose, and explains its reasoning with a hosted LLM. Changes inside the agreed
band (within 10% of the current setpoint and the 3-9 mg/L range) it writes itself
through the historian API, which enforces the band per tag; larger changes go to the
control room as approval requests for the shift operator. The PLC clamps the dose to
its engineering range. A monthly reporting job combines laboratory compliance results
from the LIMS with historian data and uploads the water quality report to the
drinking water regulator's portal.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Coagulant dosing agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent recommending and applying coagulant dose changes at a treatment works.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Raw water quality readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoint = tg.Data(
    "Coagulant dose setpoint",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
trend_query = tg.Data("Historian trend query", kind="tool-call")
trend_data = tg.Data("Historian trend data", kind="tool-result")
setpoint_write = tg.Data("Setpoint change request", kind="tool-call")
write_result = tg.Data("Setpoint write result", kind="tool-result")
dose_features = tg.Data("Water quality features", kind="features")
dose_recommendation = tg.Data("Recommended coagulant dose", kind="model-output")
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    description="System prompt, recent trends, the model's recommendation and the plan so far.",
)
completion = tg.Data("LLM completion", kind="model-output")
approval_request = tg.Data("Dose change approval request", kind="records")
operator_approval = tg.Data(
    "Operator approval of dose change",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lab_results = tg.Data(
    "Laboratory compliance results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
monthly_report = tg.Data(
    "Monthly water quality report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # Online analysers on the raw water inlet, wired to the PLC.
    sensors = tm.add(tg.Device("Raw water quality sensors"))
    # Runs the dosing pumps to the current setpoint.
    plc = tm.add(
        tg.Service(
            "Coagulant dosing PLC",
            controls={c.SafetyLimits(limits="PLC clamps the dose setpoint to 2-12 mg/L")},
        )
    )
    # SCADA HMI in the control room where operators see and approve agent requests.
    console = tm.add(
        tg.Service(
            "Control room operator console",
            controls={c.Authentication(method="Windows domain login on control room HMI")},
        )
    )
    # The shift operator who approves dose changes beyond the band.
    operator = tm.add(tg.Actor("Shift operator", role="control room operator"))

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # Time-series history of readings and setpoints.
    historian = tm.add(tg.DataStore("SCADA historian", stores={readings, setpoint}))
    # The historian vendor's REST API: trend reads and setpoint writes to the PLC.
    historian_api = tm.add(
        tg.Endpoint(
            "SCADA historian API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="service account API key"),
                c.PolicyEnforcement(
                    rules="per-tag write band: within 10% of current setpoint and 3-9 mg/L"
                ),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
    # Plans each dosing cycle, calls the tools and explains its recommendation.
    agent = tm.add(
        tg.Agent(
            "Dosing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="shift operator",
                    above="a change beyond 10% of the current setpoint or outside 3-9 mg/L",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Gradient-boosted dose optimiser trained on jar tests and plant history.
    optimiser = tm.add(tg.Model("Dose optimisation model", task=tg.Task.REGRESSOR))
    # Reads trend data from the historian.
    trend_tool = tm.add(tg.Tool("Historian trend reader", capabilities={"read"}))
    # Writes a new dose setpoint through the historian API.
    setpoint_tool = tm.add(
        tg.Tool(
            "Dose setpoint writer",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="service account may write only the dose tag")},
        )
    )
    # Posts a beyond-band change to the control room for approval.
    approval_tool = tm.add(tg.Tool("Operator approval request", capabilities={"send-messages"}))
    # Laboratory information system holding compliance sample results.
    lims = tm.add(tg.DataStore("LIMS", stores={lab_results}))
    # Builds the monthly report for the regulator.
    reporting = tm.add(tg.Service("Monthly compliance reporting job"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model used for the agent's reasoning and explanations.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # The drinking water regulator's data submission portal.
    regulator = tm.add(tg.ExternalService("Regulator data portal"))

# ---------------------------------------------------------------- flows
# Plant signals and history
tm.flow(sensors, plc, readings, label="4-20 mA analogue signals")
tm.flow(plc, historian, readings, setpoint, protocol="opc-ua")

# Agent reads trends
tm.flow(agent, trend_tool, trend_query)
tm.flow(trend_tool, historian_api, trend_query, protocol="https")
tm.flow(historian, historian_api, readings, setpoint)
tm.flow(historian_api, trend_tool, trend_data, protocol="https")
tm.flow(trend_tool, agent, trend_data)

# Dose recommendation and reasoning
tm.flow(agent, optimiser, dose_features)
tm.flow(optimiser, agent, dose_recommendation)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Changes inside the band
tm.flow(agent, setpoint_tool, setpoint_write)
tm.flow(setpoint_tool, historian_api, setpoint_write, protocol="https")
tm.flow(historian_api, plc, setpoint, protocol="opc-ua", label="setpoint write")
tm.flow(historian_api, setpoint_tool, write_result, protocol="https")
tm.flow(setpoint_tool, agent, write_result)

# Changes beyond the band
tm.flow(agent, approval_tool, approval_request)
tm.flow(approval_tool, console, approval_request, protocol="https")
tm.flow(console, operator, approval_request)
tm.flow(operator, console, operator_approval)
tm.flow(console, plc, setpoint, protocol="opc-ua", label="approved setpoint")
tm.flow(console, approval_tool, operator_approval, protocol="https")
tm.flow(approval_tool, agent, operator_approval)

# Monthly regulatory reporting
tm.flow(lims, reporting, lab_results)
tm.flow(historian_api, reporting, readings, protocol="https")
tm.flow(reporting, regulator, monthly_report, protocol="https")
