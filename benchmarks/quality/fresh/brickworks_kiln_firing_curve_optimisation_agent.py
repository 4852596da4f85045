"""Brickworks kiln firing-curve optimisation agent: the first design, before any security review.

The brickworks runs a gas-fired tunnel kiln. Each time the lab tests a new clay batch, an
LLM agent on the plant IT network drafts a firing curve (zone setpoints and push rate) for
it: it reads the clay test results and recent kiln history through a plant data tool,
fetches day-ahead gas prices from the gas supplier's API, asks an in-house quality model
to predict strength and water absorption for candidate curves, and uses a hosted LLM to
reason over the trade-off between gas cost and rejects. The proposal, with its rationale,
goes to an approval console where the shift manager approves or rejects it (domain
sign-in, approvers only). Once approved, the agent calls a setpoint writer tool that writes
the curve to the kiln PLC over OPC UA on the kiln control network. The PLC keeps its own
setpoint clamps and the independent burner management system stays in place. Proposals and
approvals are logged. Calls to the LLM vendor and the gas supplier go over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brickworks kiln firing-curve optimisation agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "An LLM agent proposes tunnel kiln firing curves from clay batch tests and gas "
        "prices and writes the setpoints to the kiln PLC once the shift manager approves."
    ),
)

# ---------------------------------------------------------------- data assets
clay_results = tg.Data(
    "Clay batch test results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Moisture, plasticity, drying shrinkage, carbonate and sulphur per batch.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
firing_history = tg.Data(
    "Kiln firing history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past curves, zone temperatures, gas use and reject rates per batch.",
)
temperature_readings = tg.Data(
    "Kiln temperature readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
gas_query = tg.Data("Gas price query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
gas_prices = tg.Data("Day-ahead gas prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
data_query = tg.Data("Plant data query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
price_call = tg.Data("Gas price lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Curve planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, clay results, kiln history, gas prices and plant constraints.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
candidate_features = tg.Data(
    "Candidate curve features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
quality_prediction = tg.Data(
    "Predicted brick quality",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Predicted compressive strength, water absorption and colour class.",
)
proposal = tg.Data(
    "Proposed firing curve",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Zone setpoints, push rate, expected gas cost and the agent's rationale.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval = tg.Data(
    "Curve approval decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
setpoint_call = tg.Data(
    "Setpoint write request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
write_result = tg.Data(
    "Setpoint write result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
setpoints = tg.Data(
    "Kiln zone setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
readback = tg.Data("Setpoint readback", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
burner_commands = tg.Data(
    "Burner and fan commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
decision_log = tg.Data(
    "Proposal and approval records", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Gas supplier", trust=tg.Trust.PARTNER):
    # The supplier's price API: day-ahead and intraday prices for our gas contract.
    gas_api = tm.add(
        tg.ExternalService("Gas supplier price API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose model the agent reasons with, hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, called with an API key.",
        )
    )

with tm.boundary("Brickworks IT network", trust=tg.Trust.INTERNAL):
    # Approves or rejects each proposed curve before it reaches the kiln.
    shift_manager = tm.add(tg.Actor("Shift manager", role="shift manager"))
    # Tests every new clay batch and records the results.
    lab_technician = tm.add(tg.Actor("Lab technician", role="lab technician"))
    # The lab's results database, the source of truth for clay properties.
    lab_db = tm.add(tg.DataStore("Lab results database", stores={clay_results}))
    # The LLM agent that plans firing curves; it waits for approval before writing setpoints.
    agent = tm.add(
        tg.Agent(
            "Firing curve agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs when a new clay batch is tested; drafts a curve and explains it.",
            controls={c.HumanInTheLoop(approver="the shift manager, in the approval console")},
        )
    )
    # Read-only lookups of clay results and kiln history for the agent.
    plant_data_tool = tm.add(tg.Tool("Plant data lookup tool", capabilities={"read"}))
    # Fetches gas prices from the supplier's API for the agent.
    gas_price_tool = tm.add(tg.Tool("Gas price tool", capabilities={"read", "network-egress"}))
    # Writes an approved curve into the kiln PLC.
    setpoint_tool = tm.add(tg.Tool("Setpoint writer tool", capabilities={"write"}))
    # In-house regressor trained on kiln history: predicts fired-brick quality for a curve.
    quality_model = tm.add(
        tg.Model(
            "Fired brick quality model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted model trained offline on five years of kiln and lab data.",
        )
    )
    # Web app where the shift manager reviews the proposal, its rationale and predictions.
    console = tm.add(
        tg.Service(
            "Approval console",
            controls={
                c.Authentication(method="Windows domain password"),
                c.RBAC(note="only shift managers may approve curves"),
            },
        )
    )
    # Keeps every proposal and every approval decision.
    proposal_log = tm.add(
        tg.DataStore(
            "Proposal log",
            stores={decision_log},
            controls={c.AuditLogging(retention_days=730)},
        )
    )

with tm.boundary("Kiln control network", trust=tg.Trust.RESTRICTED):
    # Runs the kiln zones; already clamps setpoints and ramp rates itself.
    kiln_plc = tm.add(
        tg.Service(
            "Kiln PLC",
            description="Zone temperature control for the tunnel kiln's preheat, firing and cooling zones.",
            controls={
                c.SafetyLimits(
                    limits=(
                        "PLC clamps zone setpoints to 1,150 C and ramp rates to 80 C/h; the "
                        "independent burner management system trips the gas on flame failure "
                        "or over-temperature"
                    )
                )
            },
        )
    )
    # Burners and combustion/cooling fans the PLC drives.
    burners = tm.add(tg.Device("Kiln burners and fans", fleet=False))
    # Process historian: zone temperatures and past firings.
    historian = tm.add(
        tg.DataStore("Kiln historian", stores={temperature_readings, firing_history})
    )

# ---------------------------------------------------------------- flows
# clay tests
tm.flow(lab_technician, lab_db, clay_results, protocol="https", label="enters test results")

# plant data for the agent
tm.flow(agent, plant_data_tool, data_query)
tm.flow(lab_db, plant_data_tool, clay_results)
tm.flow(historian, plant_data_tool, firing_history, protocol="opc-ua")
tm.flow(plant_data_tool, agent, clay_results, firing_history)

# gas prices
tm.flow(agent, gas_price_tool, price_call)
tm.flow(gas_price_tool, gas_api, gas_query, protocol="https")
tm.flow(gas_api, gas_price_tool, gas_prices, protocol="https")
tm.flow(gas_price_tool, agent, gas_prices)

# reasoning and quality prediction
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, quality_model, candidate_features)
tm.flow(quality_model, agent, quality_prediction)

# approval
tm.flow(agent, console, proposal, protocol="https")
tm.flow(console, shift_manager, proposal, protocol="https")
tm.flow(shift_manager, console, approval, protocol="https")
tm.flow(console, agent, approval, protocol="https")
tm.flow(agent, proposal_log, decision_log, label="proposals")
tm.flow(console, proposal_log, decision_log, label="approval decisions")

# writing the approved curve to the kiln
tm.flow(agent, setpoint_tool, setpoint_call)
tm.flow(setpoint_tool, kiln_plc, setpoints, protocol="opc-ua")
tm.flow(kiln_plc, setpoint_tool, readback, protocol="opc-ua")
tm.flow(setpoint_tool, agent, write_result)
tm.flow(kiln_plc, burners, burner_commands, label="hard-wired I/O")
tm.flow(kiln_plc, historian, temperature_readings, protocol="opc-ua")
