"""Hydro dam spillway and generation planning: the first design, before any security review.

A small hydroelectric operator runs one dam with a gated spillway and two generating units.
Rain gauges and river level loggers in the catchment send readings over the mobile network
to a telemetry collector, and the weather service's rainfall forecast is pulled hourly. An
hourly job feeds both, with reservoir state copied from SCADA, to an in-house inflow
forecast model (gradient-boosted trees, refitted each autumn from the historian). A planning
agent on a hosted LLM reads the forecast and plant state and proposes spillway gate openings
and generator schedules on the control room HMI; it cannot operate anything. The control
room operator decides and sets gates and units from SCADA. The forecast also goes to the
environment agency's flood warning team over SFTP. Controls: individual operator logins on
the HMI, SCADA roles, range checks on readings, TLS on links leaving our networks, a
backtest before each model is used, and the gate PLC's travel and rate limits.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hydro dam spillway gate and inflow forecast agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Inflow forecasting and an LLM planning assistant that proposes spillway gate "
        "openings and generator schedules to the dam's control room operator."
    ),
)

# ---------------------------------------------------------------- data assets
gauge_readings = tg.Data(
    "Rain and river gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="15-minute rainfall totals and river levels from the catchment loggers.",
)
rainfall_forecast = tg.Data(
    "Weather service rainfall forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_state = tg.Data(
    "Reservoir level, gate positions and unit output",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
forecast_inputs = tg.Data("Forecast input features", kind="features")
inflow_forecast = tg.Data(
    "Inflow forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Hourly reservoir inflow for the next 72 hours, with a 90% band.",
)
model_artifact = tg.Data("Inflow model artifact", format="pickle", sensitivity="confidential")
planning_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    description="Operating rules, the forecast, the plant state and the planning task.",
)
llm_completion = tg.Data("LLM planning completion", kind="model-output")
tool_query = tg.Data("Plant data query", kind="tool-call")
tool_result = tg.Data("Plant data query result", kind="tool-result")
proposal = tg.Data(
    "Gate opening and generator schedule proposal",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
gate_command = tg.Data(
    "Spillway gate opening setpoints",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
unit_command = tg.Data(
    "Generator unit load setpoints",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast_bulletin = tg.Data("Inflow forecast bulletin", kind="documents", sensitivity="internal")

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Catchment gauge sites",
    trust=tg.Trust.UNTRUSTED,
    description="Unattended roadside and riverbank sites reached over the public mobile network.",
):
    # Our own loggers, but physically exposed and on a public cellular network.
    gauges = tm.add(
        tg.Device(
            "Catchment rain and river gauges",
            fleet=True,
            description="Twelve battery loggers with tipping-bucket and pressure sensors.",
        )
    )

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # The licensed rainfall forecast the inflow model depends on.
    weather = tm.add(
        tg.ExternalService(
            "Weather service forecast feed",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the planning agent, used through the vendor's API.
    llm = tm.add(tg.LLM("Hosted planning LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Environment agency", trust=tg.Trust.PARTNER):
    # Receives our forecast to inform river flood warnings downstream.
    agency = tm.add(
        tg.ExternalService(
            "Environment agency flood warning team",
            description="Duty flood forecasting officers; pick up our bulletin from their SFTP drop.",
        )
    )

with tm.boundary("Operations IT network", trust=tg.Trust.INTERNAL):
    # Receives logger uploads and the forecast feed, and writes them to the historian.
    collector = tm.add(
        tg.Service(
            "Telemetry collector",
            controls={
                c.SchemaEnforcement(note="range and rate-of-change checks on each reading"),
            },
        )
    )
    # Time series of readings, plant state, forecasts and past proposals.
    historian = tm.add(
        tg.DataStore(
            "Hydrology historian",
            stores={gauge_readings, rainfall_forecast, plant_state, inflow_forecast},
        )
    )
    # Runs the forecast every hour and distributes it.
    forecast_job = tm.add(
        tg.Service(
            "Hourly forecast job",
            description="Builds the input features, runs the model, stores and publishes the forecast.",
        )
    )
    # The inflow forecast itself.
    inflow_model = tm.add(
        tg.Model(
            "Inflow forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted trees over rainfall, river levels and forecast rain.",
            controls={c.ModelValidation(note="backtested on the last three winters before use")},
        )
    )
    # Refits the model once a year on the historian's record.
    retraining = tm.add(
        tg.Pipeline(
            "Seasonal model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # The LLM agent that drafts gate and generation plans for the operator.
    planner = tm.add(
        tg.Agent(
            "Spillway and generation planning agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Proposes gate openings and unit schedules; has no write access to plant.",
            controls={
                c.HumanInTheLoop(
                    approver="control room operator, who sets every gate and unit in SCADA"
                ),
            },
        )
    )
    # The agent's only tool: reads forecasts and plant state from the historian.
    plant_query = tm.add(
        tg.Tool(
            "Plant data query tool",
            capabilities={"read"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )

with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # Makes the final call on every gate movement and generation change.
    operator = tm.add(tg.Actor("Control room operator", role="operator", privileged=True))
    # Where proposals are shown beside the SCADA mimics.
    hmi = tm.add(
        tg.Service(
            "Control room HMI",
            controls={c.Authentication(method="individual operator username and password")},
        )
    )
    # Supervisory control of the gates and generating units.
    scada = tm.add(
        tg.Service(
            "Plant SCADA server",
            controls={c.RBAC(note="operator and engineer roles")},
        )
    )
    # Drives the spillway gate hoists.
    gate_plc = tm.add(
        tg.Device(
            "Spillway gate PLC",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="PLC caps gate travel rate and maximum opening; hoist limit switches"
                ),
            },
        )
    )
    # Controls the two turbine-generator units.
    unit_controller = tm.add(tg.Device("Generator unit controller", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(gauges, collector, gauge_readings, protocol="mqtts", label="cellular upload")
tm.flow(
    weather,
    collector,
    rainfall_forecast,
    protocol="https",
    label="hourly forecast pull",
)
tm.flow(collector, historian, gauge_readings, rainfall_forecast)
tm.flow(scada, historian, plant_state, protocol="opc-ua", label="plant state replication")

tm.flow(historian, forecast_job, gauge_readings, rainfall_forecast, plant_state)
tm.flow(forecast_job, inflow_model, forecast_inputs)
tm.flow(inflow_model, forecast_job, inflow_forecast)
tm.flow(forecast_job, historian, inflow_forecast)
tm.flow(forecast_job, agency, forecast_bulletin, protocol="sftp", label="hourly bulletin")

tm.flow(
    historian, retraining, gauge_readings, rainfall_forecast, plant_state, label="yearly export"
)
tm.flow(retraining, inflow_model, model_artifact, label="deploy refitted model")

tm.flow(forecast_job, planner, inflow_forecast, label="new forecast triggers planning")
tm.flow(planner, plant_query, tool_query)
tm.flow(plant_query, historian, tool_query)
tm.flow(historian, plant_query, plant_state, inflow_forecast)
tm.flow(plant_query, planner, tool_result)
tm.flow(planner, llm, planning_prompt, protocol="https")
tm.flow(llm, planner, llm_completion, protocol="https")
tm.flow(planner, hmi, proposal, protocol="https")

tm.flow(hmi, operator, proposal, plant_state, label="on the control room screens")
tm.flow(operator, hmi, gate_command, unit_command)
tm.flow(hmi, scada, gate_command, unit_command)
tm.flow(scada, hmi, plant_state)
tm.flow(scada, gate_plc, gate_command, protocol="modbus")
tm.flow(gate_plc, scada, plant_state, protocol="modbus")
tm.flow(scada, unit_controller, unit_command, protocol="modbus")
tm.flow(unit_controller, scada, plant_state, protocol="modbus")
