"""Warehouse pick robot fleet agent: the first design, before any security review.

An online grocer's fulfilment warehouse runs a fleet agent on an on-site server. It
reads open orders and stock locations from the warehouse management system (WMS) in
the company cloud, asks an in-house pick-time model how long each pick will take, and
splits the work between autonomous picking robots and human pickers. Robots get their
routes over the site wireless network (MQTT, WPA2-Enterprise on the radio side); pickers
get task lists on handheld scanners they sign in to with an employee number and PIN.
Shift supervisors watch a dashboard (corporate SSO, role-based access) showing the fleet
and can pause one robot or the whole fleet. The robots' vendor firmware enforces its own
speed caps and safety-rated lidar stop fields. Robot telemetry is kept for 30 days and,
with pick history from the WMS, retrains the pick-time model weekly.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Warehouse pick robot fleet agent",
    profile=tg.RiskProfile.HIGH,
    description="Assigns grocery orders to picking robots and human pickers and routes the robots.",
)

# ---------------------------------------------------------------- data assets
orders = tg.Data(
    "Open order lines",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Order id, items, quantities and delivery slot; no customer address.",
)
stock = tg.Data(
    "Stock levels and bin locations", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
pick_features = tg.Data("Pick features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
pick_estimates = tg.Data(
    "Pick time estimates", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
routes = tg.Data(
    "Robot routes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pause = tg.Data(
    "Pause command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Robot telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Position, speed, battery, fault codes and task state of each robot.",
)
task_lists = tg.Data(
    "Picker task lists",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Totes and bins assigned to a named picker.",
)
confirmations = tg.Data(
    "Pick confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Scanned items with picker id and timestamps, from robots and people.",
)
fleet_status = tg.Data("Fleet status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pick_history = tg.Data("Pick history", kind="training-data", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Pick-time model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # The system of record for orders and stock; the agent reads from it and reports picks back.
    wms = tm.add(
        tg.Service(
            "Warehouse management system",
            controls={c.Authentication(method="per-client API keys")},
        )
    )
    # Weekly job that refits the pick-time model on telemetry and pick history.
    retraining = tm.add(tg.Pipeline("Weekly pick-time retraining", stage=tg.Stage.TRAINING))
    # Keeps model versions so the on-site server can roll back.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Warehouse site network", trust=tg.Trust.INTERNAL):
    # The planner itself: an optimiser that assigns picks and plans robot routes (no language model).
    agent = tm.add(
        tg.Service(
            "Fleet assignment agent",
            description="Batches orders, splits them between robots and pickers, plans routes.",
            controls={
                c.CircuitBreaker(note="fleet-wide pause issued from the supervisor dashboard")
            },
        )
    )
    # Predicts how long each pick takes, so the agent can balance work.
    pick_model = tm.add(
        tg.Model("Pick time model", task=tg.Task.REGRESSOR, description="Gradient-boosted trees.")
    )
    # Supervisors' view of the fleet and the pause buttons.
    dashboard = tm.add(
        tg.Endpoint(
            "Supervisor dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )
    # A month of robot telemetry for fault finding and retraining.
    telemetry_store = tm.add(
        tg.DataStore(
            "Robot telemetry store",
            stores={telemetry},
            controls={c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("Site wireless network", trust=tg.Trust.INTERNAL):
    # Autonomous mobile picking robots, vendor firmware.
    robots = tm.add(
        tg.Device(
            "Picking robots",
            controls={c.SafetyLimits(limits="vendor speed cap and safety-rated lidar stop fields")},
        )
    )
    # Rugged handhelds that show pickers their tasks and scan items.
    handheld = tm.add(
        tg.Device(
            "Picker handheld scanners",
            controls={c.Authentication(method="employee number and PIN")},
        )
    )
    # People picking the items robots cannot handle.
    picker = tm.add(tg.Actor("Human picker", role="warehouse picker"))
    # Watches the fleet and pauses robots when something looks wrong.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="shift supervisor"))

# ---------------------------------------------------------------- flows
tm.flow(wms, agent, orders, stock, protocol="https")
tm.flow(agent, wms, confirmations, protocol="https", label="pick results")

tm.flow(agent, pick_model, pick_features)
tm.flow(pick_model, agent, pick_estimates)

tm.flow(agent, robots, routes, protocol="mqtt")
tm.flow(agent, robots, pause, protocol="mqtt", label="pause one robot or all")
tm.flow(robots, agent, telemetry, confirmations, protocol="mqtt")

tm.flow(agent, handheld, task_lists, protocol="https")
tm.flow(handheld, agent, confirmations, protocol="https")
tm.flow(handheld, picker, task_lists, label="shown on the handheld")
tm.flow(picker, handheld, confirmations, label="item barcode scans")

tm.flow(agent, telemetry_store, telemetry)
tm.flow(agent, dashboard, fleet_status)
tm.flow(dashboard, agent, pause)
tm.flow(dashboard, supervisor, fleet_status, protocol="https")
tm.flow(supervisor, dashboard, pause, protocol="https")

tm.flow(telemetry_store, retraining, telemetry, protocol="https")
tm.flow(wms, retraining, pick_history, protocol="https")
tm.flow(retraining, registry, weights)
tm.flow(registry, pick_model, weights, protocol="https", label="weekly model pull")
