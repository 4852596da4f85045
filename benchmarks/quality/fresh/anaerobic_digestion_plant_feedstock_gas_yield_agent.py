"""Farm anaerobic digestion plant: feedstock and gas-yield agent, first design.

A 1 MW farm AD plant takes maize silage, slurry, food waste and straw from a dozen
local hauliers. Hauliers book delivery slots in a web portal (e-mail and password
accounts) and add load notes. An LLM agent in the farm's cloud tenant plans the
week's deliveries, asks an in-house regression model for the expected biogas yield
of each feedstock mix (from lab analyses and digester telemetry), and proposes
hourly feeding rates for the solid feeder. Delivery slots are confirmed to hauliers
directly; feeding-rate changes wait for the plant operator to approve them in a web
console, after which a tool queues the setpoints for the on-site SCADA gateway,
which polls them over HTTPS and writes them to the feeder PLC over Modbus. The PLC
keeps the OEM's hard limits on feed rate and its high-level and overpressure
interlocks. The language model is a vendor's hosted API; there is no separate
guardrail, rate limit or secrets vault in this first design.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "AD plant feedstock and gas-yield agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Plans feedstock deliveries, predicts biogas yield and sets digester "
    "feeding rates after operator approval.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Delivery booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Haulier, driver name and mobile, vehicle registration, feedstock type, "
    "tonnage, requested slot and free-text load notes.",
)
confirmation = tg.Data("Delivery slot confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
schedule = tg.Data(
    "Delivery schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
lab_results = tg.Data(
    "Feedstock lab analysis",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Dry matter, volatile solids and nitrogen per load sample.",
)
telemetry = tg.Data(
    "Digester telemetry readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Temperature, pH, level, gas flow, CH4 and H2S readings.",
)
features = tg.Data("Feedstock mix features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
yield_forecast = tg.Data(
    "Biogas yield forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, bookings with load notes, stock levels, forecasts and telemetry.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
schedule_call = tg.Data("Schedule update call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
feeding_plan = tg.Data(
    "Proposed feeding plan", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Feeding-rate approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
feeding_call = tg.Data(
    "Feeding-rate change call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
setpoints = tg.Data(
    "Feeding-rate setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hauliers are independent firms and sole traders who book loads in.
    haulier = tm.add(tg.Actor("Haulier", role="feedstock haulier"))

with tm.boundary("Feedstock testing lab", trust=tg.Trust.PARTNER):
    # The agricultural lab that analyses a sample of each feedstock batch.
    lab = tm.add(
        tg.DataSource(
            "Feedstock testing lab",
            origin=tg.Origin.PARTNER,
            provides={lab_results},
            description="Uploads CSV results through the lab's results API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, hosted by a vendor.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Farm cloud tenant", trust=tg.Trust.INTERNAL):
    # Where hauliers book slots and see confirmations.
    portal = tm.add(
        tg.Endpoint(
            "Delivery booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The planner: an LLM agent that proposes delivery plans and feeding rates.
    agent = tm.add(
        tg.Agent(
            "Feedstock planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the plant operator",
                    note="feeding-rate changes only; delivery slots are confirmed to "
                    "hauliers straight away",
                )
            },
        )
    )
    # Predicts gas yield for a candidate feedstock mix.
    yield_model = tm.add(
        tg.Model(
            "Biogas yield model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regressor trained on two years of plant data.",
        )
    )
    # Lets the agent confirm, move or cancel delivery slots.
    schedule_tool = tm.add(tg.Tool("Delivery schedule tool", capabilities={"read", "write"}))
    # Lets the agent queue feeding-rate setpoints once the operator has approved.
    feeding_tool = tm.add(tg.Tool("Feeding-rate tool", capabilities={"write"}))
    # Bookings, schedule, stock in the clamps and lab results.
    feedstock_db = tm.add(
        tg.DataStore(
            "Feedstock records database",
            stores={booking, schedule, lab_results},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Cloud copy of the plant's process data, synced from the SCADA gateway.
    historian = tm.add(tg.DataStore("Plant data historian", stores={telemetry}))
    # The operator reviews and approves proposed feeding plans here.
    console = tm.add(
        tg.Endpoint(
            "Operator console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Runs the plant day to day and approves feeding changes.
    operator = tm.add(tg.Actor("Plant operator", role="plant operator", privileged=True))

with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # Bridges the cloud and the PLC: pulls setpoints, pushes telemetry.
    gateway = tm.add(tg.Service("SCADA gateway"))
    # Drives the solid feeder screw and mixer; keeps the OEM's hard limits.
    plc = tm.add(
        tg.Service(
            "Digester feeder PLC",
            controls={
                c.SafetyLimits(
                    limits="PLC clamps solid feed to 2.5 t/h and stops feeding on high "
                    "digester level or overpressure"
                )
            },
        )
    )
    # Instruments on the digester and gas line.
    sensors = tm.add(tg.Device("Digester sensors", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(haulier, portal, booking, protocol="https")
tm.flow(portal, haulier, confirmation, protocol="https")
tm.flow(portal, feedstock_db, booking)
tm.flow(feedstock_db, portal, schedule, label="confirmed slots")
tm.flow(lab, feedstock_db, lab_results, protocol="https")

tm.flow(feedstock_db, agent, booking, schedule, lab_results)
tm.flow(historian, agent, telemetry)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, yield_model, features)
tm.flow(historian, yield_model, telemetry)
tm.flow(yield_model, agent, yield_forecast)

tm.flow(agent, schedule_tool, schedule_call)
tm.flow(schedule_tool, feedstock_db, schedule)
tm.flow(feedstock_db, schedule_tool, schedule)

tm.flow(agent, console, feeding_plan, yield_forecast)
tm.flow(console, operator, feeding_plan, yield_forecast, protocol="https")
tm.flow(operator, console, approval, protocol="https")
tm.flow(console, agent, approval)
tm.flow(agent, feeding_tool, feeding_call)
tm.flow(feeding_tool, gateway, setpoints, protocol="https", label="gateway polls queued setpoints")
tm.flow(gateway, plc, setpoints, protocol="modbus")

tm.flow(sensors, plc, telemetry, protocol="modbus")
tm.flow(plc, gateway, telemetry, protocol="modbus")
tm.flow(gateway, historian, telemetry, protocol="https")
