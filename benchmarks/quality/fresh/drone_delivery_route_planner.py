"""Drone delivery route planner: the first design, before any security review.

A parcel company operating in the EU delivers small parcels by drone. A planning
service in our cloud account takes the day's drone-eligible orders from the order
management system, a commercial weather feed and the airspace restriction data
published by the national UTM service, and asks an in-house route model for a
flight path per delivery. The service checks every route against the geofences
before dispatch. Drones connect over the public mobile network to a fleet gateway
(MQTT over TLS, a per-drone API key) to receive route updates and send telemetry.
Remote pilots in the operations centre each supervise several drones from a pilot
console (corporate SSO) and can send hold, reroute or return-home commands.
Completed flights are kept in a flight operations store and feed the periodic
retraining of the route model, which is evaluated on replayed flights and
published to a model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Drone delivery route planner",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Plans and dispatches delivery drone routes from orders, weather and airspace data.",
)

# ---------------------------------------------------------------- data assets
orders = tg.Data(
    "Delivery orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient name, drop-off address and coordinates, parcel weight.",
)
weather = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wind, gusts, precipitation and visibility grids, refreshed every 15 minutes.",
)
airspace = tg.Data(
    "Airspace restrictions",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="No-fly zones, temporary flight restrictions and altitude limits.",
)
planning_features = tg.Data(
    "Planning features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
planned_route = tg.Data(
    "Planned route",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Waypoints, altitudes and timing for one delivery flight.",
)
route_update = tg.Data(
    "Route update",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="A new or changed flight plan pushed to a drone in the air.",
)
telemetry = tg.Data(
    "Drone telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Position, altitude, battery, motor health and link quality, once a second.",
)
pilot_command = tg.Data(
    "Pilot command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Hold, reroute, land now or return home.",
)
flight_history = tg.Data(
    "Flight history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past routes with their telemetry, weather and delivery outcome.",
)
route_model_artifact = tg.Data(
    "Route model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # The aircraft themselves: they reach us over a carrier's public mobile network.
    drones = tm.add(
        tg.Device(
            "Delivery drones",
            fleet=True,
            description="Flight controller with an LTE modem; flies the last route it accepted.",
        )
    )

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Paid forecast feed; routes depend on its wind data.
    weather_feed = tm.add(
        tg.DataSource("Weather feed", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("UTM service provider", trust=tg.Trust.PARTNER):
    # Official source of where drones may and may not fly.
    airspace_feed = tm.add(
        tg.DataSource("Airspace restriction service", origin=tg.Origin.PARTNER, provides={airspace})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Existing order system: decides which parcels are drone-eligible.
    order_system = tm.add(
        tg.DataSource("Order management system", origin=tg.Origin.INTERNAL, provides={orders})
    )

with tm.boundary("Flight operations cloud", trust=tg.Trust.INTERNAL):
    # Orchestrates planning: gathers inputs, calls the model, checks and dispatches routes.
    planner = tm.add(
        tg.Service(
            "Route planning service",
            description="Builds features per order, calls the route model, dispatches routes.",
            controls={
                c.OutputFiltering(
                    note="every route is checked against geofences and altitude limits before dispatch"
                )
            },
        )
    )
    # The model that proposes the flight path; its output steers aircraft.
    route_model = tm.add(
        tg.Model(
            "Route planning model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts waypoints, cruise altitude and energy use for a delivery.",
            controls={c.ModelValidation(note="evaluated on replayed flights before release")},
        )
    )
    # The only thing drones talk to: telemetry in, route updates and commands out.
    gateway = tm.add(
        tg.Endpoint(
            "Fleet gateway",
            purpose=tg.EndpointPurpose.API,
            description="MQTT broker and command API for the drone fleet.",
            controls={c.Authentication(method="per-drone API key issued at commissioning")},
        )
    )
    # Operational record of every flight, used by pilots and for retraining.
    ops_store = tm.add(
        tg.DataStore(
            "Flight operations store",
            stores={planned_route, telemetry, flight_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Periodic retraining of the route model from completed flights.
        training = tm.add(tg.Pipeline("Route model training", stage=tg.Stage.TRAINING))
        # Where the planner loads approved model versions from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={route_model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # Licensed remote pilots, each supervising several drones at once.
    pilot = tm.add(tg.Actor("Remote pilot", role="remote pilot", privileged=True))
    # Live map of the fleet, alerts, and the controls to intervene.
    console = tm.add(
        tg.Service(
            "Pilot console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.AuditLogging(note="every pilot command is logged"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# planning inputs
tm.flow(order_system, planner, orders, protocol="https")
tm.flow(weather_feed, planner, weather, protocol="https")
tm.flow(airspace_feed, planner, airspace, protocol="https")

# planning
tm.flow(planner, route_model, planning_features)
tm.flow(route_model, planner, planned_route)
tm.flow(planner, ops_store, planned_route)
tm.flow(planner, gateway, route_update, label="dispatch")

# drones over the mobile network
tm.flow(gateway, drones, route_update, pilot_command, protocol="tls", label="MQTT downlink")
tm.flow(drones, gateway, telemetry, protocol="tls", label="MQTT uplink")
tm.flow(gateway, ops_store, telemetry)
tm.flow(gateway, planner, telemetry, label="in-flight replanning")

# supervision
tm.flow(gateway, console, telemetry, protocol="https")
tm.flow(planner, console, planned_route, protocol="https")
tm.flow(console, pilot, telemetry, planned_route, label="fleet map and alerts")
tm.flow(pilot, console, pilot_command)
tm.flow(console, gateway, pilot_command, protocol="https")

# retraining
tm.flow(ops_store, training, flight_history)
tm.flow(training, registry, route_model_artifact)
tm.flow(registry, route_model, route_model_artifact, label="load approved version")
