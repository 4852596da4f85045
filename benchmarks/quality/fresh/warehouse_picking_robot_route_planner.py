"""Warehouse picking robot route planner: the first design.

A fulfilment centre runs a fleet of autonomous mobile picking robots that work
aisles alongside human pickers. The warehouse management system sends pick
orders to a route planner on the site's edge servers; the planner batches them
and computes routes over the floor map, using an in-house travel-time model
(gradient-boosted trees trained nightly on robot telemetry) to predict aisle
congestion. The vendor's fleet manager turns routes into missions and sends
them to the robots over the site Wi-Fi (WPA2-Enterprise, MQTT); robots report
position and status back. Shift supervisors close aisles and pause robots from
an operations dashboard behind corporate SSO. The robot vendor reaches the fleet
manager for diagnostics and firmware through a site VPN gateway. Each robot has
a vendor safety controller (safety-rated lidar, speed limits, e-stop) that acts
independently of the planning software.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Warehouse picking robot route planner",
    profile=tg.RiskProfile.HIGH,
    description="Plans pick routes for autonomous mobile robots sharing aisles with people.",
)

# ---------------------------------------------------------------- data assets
pick_orders = tg.Data("Pick orders", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
pick_status = tg.Data("Pick completion status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
floor_map = tg.Data(
    "Floor map and no-go zones",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
live_state = tg.Data(
    "Live fleet positions and congestion", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
segment_features = tg.Data(
    "Route segment features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
travel_times = tg.Data(
    "Predicted travel times", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
routes = tg.Data(
    "Planned routes",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
missions = tg.Data(
    "Robot missions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data("Robot telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
pick_confirmations = tg.Data(
    "Pick confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Item scanned, quantity and the picker's badge id.",
)
pick_instructions = tg.Data(
    "Pick instructions", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
trip_history = tg.Data(
    "Historical trips", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Travel-time model file", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)
operator_commands = tg.Data(
    "Aisle closures and pause commands", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
fleet_status = tg.Data("Fleet status view", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
vendor_session = tg.Data(
    "Vendor diagnostic session", kind="instructions", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
firmware = tg.Data(
    "Robot firmware and config updates", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
diagnostics = tg.Data(
    "Fleet diagnostics and logs", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Robot vendor", trust=tg.Trust.PARTNER):
    # The AMR vendor's support desk: diagnostics, firmware and fleet configuration.
    vendor_support = tm.add(tg.ExternalService("Robot vendor remote support"))

with tm.boundary("Corporate data centre", trust=tg.Trust.INTERNAL):
    # Source of pick orders and the place completed picks are reported to.
    wms = tm.add(tg.Service("Warehouse management system"))

with tm.boundary("Site edge servers", trust=tg.Trust.INTERNAL):
    # Only way in for the vendor; terminates their IPsec tunnel.
    vpn = tm.add(
        tg.Service(
            "Site VPN gateway",
            controls={c.Authentication(method="per-vendor X.509 certificate")},
        )
    )
    # Batches orders and plans routes; an optimiser, not an LLM.
    planner = tm.add(
        tg.Service(
            "Route planner",
            description="Batches pick orders and solves routes over the floor map, weighting aisles by predicted travel time.",
        )
    )
    # Predicts how long each aisle segment will take, given current congestion.
    travel_model = tm.add(
        tg.Model(
            "Travel-time model",
            task="regressor",
            origin="in-house",
            description="Gradient-boosted trees over segment, time of day and fleet density.",
        )
    )
    # Reference layout: racks, aisles, chargers and no-go zones.
    map_store = tm.add(tg.DataStore("Floor map store", stores={floor_map}))
    # Vendor software that turns routes into missions and tracks every robot.
    fleet_manager = tm.add(
        tg.Service("Fleet manager", description="Vendor-supplied fleet management server.")
    )
    # Time-series store of robot positions, states and trip timings.
    telemetry_db = tm.add(tg.DataStore("Telemetry store", stores={telemetry, trip_history}))
    # Supervisors' web UI for fleet status, aisle closures and pausing robots.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose="api",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Nightly job that retrains the travel-time model on the last weeks of trips.
    training = tm.add(
        tg.Pipeline(
            "Nightly travel-time retraining",
            stage="training",
            third_party_packages=True,
            controls={c.ModelValidation(note="promotes only if hold-out error does not get worse")},
        )
    )
    # Keeps model versions; the planner loads the latest promoted one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Warehouse floor network", trust=tg.Trust.INTERNAL):
    # The AMR fleet itself; moves shelves and totes in aisles shared with people.
    robots = tm.add(
        tg.Device(
            "Picking robot",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="vendor safety controller: safety-rated lidar slows and stops near people, 1.5 m/s cap, e-stop"
                )
            },
        )
    )
    # Warehouse staff who pick items into the robot's totes and confirm on its screen.
    picker = tm.add(tg.Actor("Picker", role="warehouse associate"))
    # Runs the shift; can close aisles and pause the fleet.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="supervisor", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(wms, planner, pick_orders, protocol="https")
tm.flow(planner, wms, pick_status, protocol="https")
tm.flow(map_store, planner, floor_map)
tm.flow(telemetry_db, planner, live_state)
tm.flow(planner, travel_model, segment_features)
tm.flow(travel_model, planner, travel_times)
tm.flow(planner, fleet_manager, routes, protocol="grpc")
tm.flow(fleet_manager, planner, pick_status, protocol="grpc")

tm.flow(fleet_manager, robots, missions, protocol="mqtt", label="site Wi-Fi")
tm.flow(robots, fleet_manager, telemetry, pick_confirmations, protocol="mqtt", label="site Wi-Fi")
tm.flow(fleet_manager, telemetry_db, telemetry)
tm.flow(robots, picker, pick_instructions, label="robot screen")
tm.flow(picker, robots, pick_confirmations, label="scan and confirm")

tm.flow(supervisor, dashboard, operator_commands, protocol="https")
tm.flow(dashboard, supervisor, fleet_status, protocol="https")
tm.flow(dashboard, map_store, operator_commands, label="aisle closures")
tm.flow(dashboard, fleet_manager, operator_commands, label="pause and resume")
tm.flow(fleet_manager, dashboard, fleet_status)

tm.flow(telemetry_db, training, trip_history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, travel_model, model_artifact, label="load latest")

tm.flow(vendor_support, vpn, vendor_session, firmware, protocol="ipsec")
tm.flow(vpn, fleet_manager, vendor_session, firmware, protocol="https")
tm.flow(fleet_manager, vpn, diagnostics, protocol="https")
tm.flow(vpn, vendor_support, diagnostics, protocol="ipsec")
tm.flow(fleet_manager, robots, firmware, protocol="mqtt", label="firmware rollout")
