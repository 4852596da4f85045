"""Ice rink resurfacing schedule and ice thickness sensors: the first design, before any security review.

A community ice rink embeds thickness and temperature sensors in the ice slab and
on the brine lines. A gateway in the plant room collects their readings over a
wireless sensor link and forwards them to a small cloud app run by the rink's IT
contractor. There a planning service combines the readings, the public session
timetable from the booking system and a weather forecast, and asks an in-house
regression model for a resurfacing-machine schedule and brine plant setpoints for
the gaps between public sessions. The rink manager reviews each proposal on a tablet
and approves it; approved setpoints go back to the gateway, which writes them to the
refrigeration PLC over Modbus, and the tablet shows the ice technician the schedule.
The PLC keeps the refrigeration contractor's hard limits on brine temperature; the
contractor connects remotely to its panel PC for maintenance. Cloud traffic is HTTPS
and the manager signs in with e-mail and password.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ice rink resurfacing schedule and brine setpoint planner",
    profile=tg.RiskProfile.HIGH,
    description="Proposes resurfacing runs and brine plant setpoints from ice sensor "
    "readings; the rink manager approves before anything is applied.",
)

# ---------------------------------------------------------------- data assets
thickness = tg.Data(
    "Ice thickness readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
temperatures = tg.Data(
    "Slab and brine temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
plant_status = tg.Data(
    "Plant status telemetry", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
timetable = tg.Data(
    "Public session timetable",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Session start and end times and expected attendance; no customer details.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
plan_features = tg.Data("Planning features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
proposal = tg.Data(
    "Proposed resurfacing schedule and setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
approval = tg.Data("Manager approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
setpoints = tg.Data(
    "Approved brine setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
schedule = tg.Data(
    "Approved resurfacing schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
maintenance = tg.Data(
    "Remote maintenance session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public weather API for outdoor temperature and humidity, which drive fog and frost.
    weather_api = tm.add(tg.ExternalService("Weather service", provides="data-provider"))
    # The refrigeration contractor's engineer, who services the plant remotely.
    contractor = tm.add(
        tg.Actor("Refrigeration service engineer", role="contractor", privileged=True)
    )

with tm.boundary("Booking system vendor", trust=tg.Trust.PARTNER):
    # The rink's hosted booking system; the planner reads only the session timetable.
    booking = tm.add(tg.ExternalService("Booking system"))

with tm.boundary("Rink plant room", trust=tg.Trust.INTERNAL):
    # Wireless sensors set into the slab and clamped to the brine supply and return lines.
    sensors = tm.add(tg.Device("Ice thickness and temperature sensors", fleet=True))
    # Collects sensor readings, forwards them to the cloud, writes approved setpoints.
    gateway = tm.add(
        tg.Service(
            "Plant room gateway",
            description="Small industrial PC on the plant LAN with an outbound connection to the cloud.",
        )
    )
    # The refrigeration plant's own controller: compressors, brine pumps, setpoints.
    plc = tm.add(
        tg.Device(
            "Brine plant PLC",
            fleet=False,
            controls={
                tg.controls.SafetyLimits(
                    limits="PLC clamps brine supply temperature between -12 and -4 C "
                    "and trips the compressors on low brine flow"
                )
            },
        )
    )

with tm.boundary("Rink cloud app", trust=tg.Trust.INTERNAL):
    # Time series of readings, kept for the model and for the manager's charts.
    telemetry = tm.add(
        tg.DataStore("Telemetry store", stores={thickness, temperatures, plant_status})
    )
    # Builds features, calls the model and turns its output into a proposal.
    planner = tm.add(
        tg.Service(
            "Resurfacing planner",
            controls={tg.controls.HumanInTheLoop(approver="rink manager")},
        )
    )
    # In-house gradient-boosted regressor predicting ice build-up and slab temperature.
    model = tm.add(tg.Model("Ice condition model", task=tg.Task.REGRESSOR))
    # The manager's web app: shows proposals and takes approvals.
    approvals = tm.add(
        tg.Endpoint(
            "Approval web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Rink office", trust=tg.Trust.INTERNAL):
    # The rink manager, who approves each plan.
    manager = tm.add(tg.Actor("Rink manager", role="manager", privileged=True))
    # The rink's tablet the manager approves on.
    tablet = tm.add(tg.Device("Manager tablet", fleet=False))
    # Drives the resurfacing machine to the approved schedule.
    technician = tm.add(tg.Actor("Ice technician", role="operations staff"))

# ---------------------------------------------------------------- flows
# Readings in.
tm.flow(sensors, gateway, thickness, temperatures, protocol="lorawan")
tm.flow(plc, gateway, plant_status, protocol="modbus-tcp")
tm.flow(gateway, telemetry, thickness, temperatures, plant_status, protocol="https")

# Planning between sessions.
tm.flow(telemetry, planner, thickness, temperatures, plant_status)
tm.flow(booking, planner, timetable, protocol="https")
tm.flow(weather_api, planner, weather, protocol="https")
tm.flow(planner, model, plan_features)
tm.flow(model, planner, proposal)

# Manager review and approval.
tm.flow(planner, approvals, proposal)
tm.flow(approvals, tablet, proposal, protocol="https")
tm.flow(tablet, manager, proposal)
tm.flow(manager, tablet, approval)
tm.flow(tablet, approvals, approval, protocol="https")
tm.flow(approvals, planner, approval)

# Applying the approved plan.
tm.flow(planner, gateway, setpoints, protocol="https", label="polled by the gateway")
tm.flow(gateway, plc, setpoints, protocol="modbus-tcp")
tm.flow(planner, tablet, schedule, protocol="https", label="schedule view")
tm.flow(tablet, technician, schedule, label="shown in the crew room")

# Contractor maintenance.
tm.flow(contractor, plc, maintenance, protocol="vnc", label="remote desktop to the PLC panel PC")
