"""District heating leak detection agent: the first design, before any security review.

A district heating operator runs a network of buried hot-water pipes feeding
homes and public buildings. Pressure and temperature sensors in pipe chambers
and substations report over a private cellular APN to the SCADA telemetry
server, which writes them to the process historian in the OT network. An hourly
scoring job in the operator's cloud reads recent readings through the
historian's read-only API and scores each pipe segment with an in-house leak
model. Segments above threshold go to a leak triage agent: a hosted LLM that
pulls trends and asset records through read-only tools, decides whether the
pattern looks like a leak, and raises a prioritised work order in the
maintenance system for network engineers; it cannot operate valves or pumps.
Its work order tool may only create work orders, its runs are capped and logged,
and engineers sign in with SSO and MFA; their findings feed retraining.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "District heating leak detection agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts leaks on the district heating network from pressure and temperature "
        "telemetry and raises work orders for network engineers."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Pressure and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Flow and return pressure and temperature per chamber and substation.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
leak_scores = tg.Data(
    "Leak probability per segment", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
leak_alert = tg.Data(
    "Suspected leak alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Segment id, leak probability and the readings that drove it.",
)
agent_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, the alert, telemetry trends and asset context.",
)
llm_reply = tg.Data("Triage reasoning and tool calls", kind="model-output")
trend_query = tg.Data("Telemetry trend query", kind="tool-call")
trend_result = tg.Data("Telemetry trend", kind="tool-result")
asset_query = tg.Data("Asset lookup", kind="tool-call")
assets = tg.Data(
    "Pipe network asset records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pipe routes, ages, materials, valve and chamber locations, repair history.",
)
asset_result = tg.Data("Asset details", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
work_order_call = tg.Data("Create work order call", kind="tool-call")
work_order = tg.Data(
    "Leak work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Location, suspected segment, priority and the agent's reasoning.",
)
findings = tg.Data(
    "Engineer site findings",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Leak confirmed, no leak found, or sensor fault, per work order.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Leak model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Heat network field sites", trust=tg.Trust.UNTRUSTED):
    # Sensors in pipe chambers and substations under public streets.
    sensors = tm.add(
        tg.Device(
            "Pipe pressure and temperature sensors",
            fleet=True,
            description="Battery loggers with cellular modems in chambers and substations.",
        )
    )

with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    # Polls the field sensors and hands readings to the historian.
    scada = tm.add(tg.Service("SCADA telemetry server"))
    # Time-series store of every reading; exposes a read-only API to the cloud.
    historian = tm.add(tg.DataStore("Process historian", stores={readings}, controls={c.RBAC()}))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Scores every pipe segment once an hour.
    scoring_job = tm.add(
        tg.Service(
            "Hourly leak scoring job",
            description="Sends segments above a 0.7 leak probability to the triage agent.",
        )
    )
    # In-house model predicting leaks from pressure drops and temperature anomalies.
    leak_model = tm.add(
        tg.Model(
            "Leak prediction model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Decides whether an alert is a likely leak and raises the work order.
    agent = tm.add(
        tg.Agent(
            "Leak triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=20),
                c.AuditLogging(note="every prompt, tool call and work order traced"),
                c.SecretsManagement(note="LLM API key held in the cloud secret store"),
            },
        )
    )
    # Lets the agent fetch recent trends for a segment from the historian.
    trend_tool = tm.add(tg.Tool("Telemetry trend tool", capabilities={"read"}))
    # Lets the agent look up the pipe, its age and repair history.
    asset_tool = tm.add(tg.Tool("Asset lookup tool", capabilities={"read"}))
    # Creates work orders in the maintenance system; nothing else.
    work_order_tool = tm.add(
        tg.Tool(
            "Work order tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="service account may only create work orders")},
        )
    )
    # GIS-based register of the pipe network.
    asset_register = tm.add(
        tg.DataStore("Network asset register", stores={assets}, controls={c.RBAC()})
    )
    # Maintenance management system engineers take their jobs from.
    cmms = tm.add(
        tg.Service(
            "Maintenance management system",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Retrains the leak model quarterly on history and confirmed findings.
    training = tm.add(tg.Pipeline("Leak model training", stage=tg.Stage.TRAINING))
    # Holds leak model versions; the scoring job loads the current one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; the agent's reasoning.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no training on our data")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Field engineers who go out to the suspected leak and record what they find.
    engineer = tm.add(tg.Actor("Network engineer", role="field engineer"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, scada, readings, protocol="dnp3", label="private cellular APN")
tm.flow(scada, historian, readings, protocol="opc-ua")

tm.flow(historian, scoring_job, readings, protocol="https", label="hourly batch")
tm.flow(scoring_job, leak_model, readings)
tm.flow(leak_model, scoring_job, leak_scores)
tm.flow(scoring_job, agent, leak_alert)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, trend_tool, trend_query)
tm.flow(trend_tool, historian, trend_query, protocol="https")
tm.flow(historian, trend_tool, readings, protocol="https")
tm.flow(trend_tool, agent, trend_result)

tm.flow(agent, asset_tool, asset_query)
tm.flow(asset_tool, asset_register, asset_query)
tm.flow(asset_register, asset_tool, assets)
tm.flow(asset_tool, agent, asset_result)

tm.flow(agent, work_order_tool, work_order_call)
tm.flow(work_order_tool, cmms, work_order, protocol="https")
tm.flow(cmms, work_order_tool, work_order, label="work order number")
tm.flow(work_order_tool, agent, work_order, label="confirmation")

tm.flow(cmms, engineer, work_order, protocol="https")
tm.flow(engineer, cmms, findings, protocol="https")

tm.flow(historian, training, readings, protocol="https", label="quarterly export")
tm.flow(cmms, training, findings, label="quarterly export")
tm.flow(training, registry, weights)
tm.flow(registry, leak_model, weights, label="deploy")
