"""Adaptive street lighting: the first design, before any security review.

The city's lighting department replaces fixed dusk-to-dawn schedules with adaptive
dimming. Ambient light sensors and traffic counters on the poles report over a
Wi-Sun radio mesh to street gateways, which forward telemetry to the Central
Lighting Management System (CMS) in the city's cloud tenancy. Every 15 minutes
the CMS combines telemetry with a commercial weather feed and asks an in-house
dimming model for a level per lamp; levels are clamped to the road-class minimum
and sent back through the gateways to the lamp controllers. A training job
retrains the model weekly from stored telemetry. Lighting operators use the CMS
web console (role-based access) to set schedules and overrides. Residents report
broken or flickering lamps in the city app, signed in with their city account;
reports become maintenance work orders. The mesh uses its built-in AES link
encryption and gateways connect to the CMS with per-gateway client certificates.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Adaptive street lighting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Model-driven dimming of city street lamps, with resident fault reporting.",
)

# ---------------------------------------------------------------- data assets
light_readings = tg.Data(
    "Ambient light readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
traffic_counts = tg.Data("Traffic counts", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
lamp_status = tg.Data(
    "Lamp status and energy use", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
weather = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
features = tg.Data(
    "Dimming features",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    description="Per-lamp light level, traffic density, weather and time of night.",
)
dimming_levels = tg.Data(
    "Predicted dimming levels", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
dimming_commands = tg.Data(
    "Dimming commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry_history = tg.Data(
    "Telemetry history", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
model_artifact = tg.Data(
    "Dimming model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
schedules = tg.Data(
    "Schedules and manual overrides", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
fault_report = tg.Data(
    "Fault report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Lamp location, photo, description and the resident's name and e-mail.",
)
fault_status = tg.Data("Fault report status", sensitivity=tg.Sensitivity.PII, kind="records")
work_order = tg.Data("Maintenance work order", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any resident can report a fault.
    resident = tm.add(tg.Actor("Resident", role="resident"))
    # The city's existing citizen app on residents' phones, with a new fault form.
    city_app = tm.add(tg.Device("City app", description="Citizen phone app (iOS and Android)."))
    # Commercial weather API polled by the CMS for forecasts at district level.
    weather_feed = tm.add(
        tg.DataSource("Weather feed", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Street field network", trust=tg.Trust.INTERNAL):
    # Light sensors on selected poles: the model needs actual ambient light, not sunset tables.
    light_sensors = tm.add(
        tg.Device("Ambient light sensors", description="Pole-mounted lux sensors.")
    )
    # Radar traffic counters on main roads: dimming follows traffic density.
    counters = tm.add(
        tg.Device("Traffic counters", description="Radar vehicle and pedestrian counters.")
    )
    # One node per lamp that sets the driver's dimming level and reports status.
    lamp_nodes = tm.add(
        tg.Device("Lamp controller nodes", description="Radio nodes in each luminaire's socket.")
    )
    # Street gateways that bridge the radio mesh to the CMS over LTE.
    gateway = tm.add(
        tg.Service("Mesh gateways", description="Wi-Sun border routers with LTE backhaul.")
    )

with tm.boundary("City cloud tenancy", trust=tg.Trust.INTERNAL):
    # The vendor CMS: asset register, scheduling, command dispatch and the operator console.
    cms = tm.add(
        tg.Service(
            "Central lighting management system",
            description="Collects telemetry, runs the 15-minute dimming cycle, sends commands.",
            controls={tg.controls.RBAC(note="operator, engineer and admin roles")},
        )
    )
    # The model that picks a dimming level per lamp; road safety depends on it.
    dimming_model = tm.add(
        tg.Model(
            "Dimming model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regressor predicting the dimming level per lamp.",
            controls={
                tg.controls.OutputFiltering(
                    note="levels clamped to the EN 13201 minimum for each road class"
                )
            },
        )
    )
    # Time-series database of all telemetry, also the training source.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry database",
            stores={light_readings, traffic_counts, lamp_status, weather, telemetry_history},
        )
    )
    # Weekly retraining of the dimming model from telemetry history.
    training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
    # API behind the city app's fault form.
    fault_api = tm.add(
        tg.Endpoint(
            "Fault report API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="city account sign-in (OIDC)")},
        )
    )
    # The existing maintenance system where crews pick up repairs.
    work_orders = tm.add(tg.Service("Maintenance work-order system"))

with tm.boundary("City operations network", trust=tg.Trust.INTERNAL):
    # Lighting operators set schedules and override dimming for events or incidents.
    operator = tm.add(tg.Actor("Lighting operator", role="operator", privileged=True))

# ---------------------------------------------------------------- flows
mesh_encryption = tg.controls.EncryptionInTransit(protocol="Wi-Sun AES-128 link encryption")

tm.flow(light_sensors, gateway, light_readings, protocol="wi-sun", controls={mesh_encryption})
tm.flow(counters, gateway, traffic_counts, protocol="wi-sun", controls={mesh_encryption})
tm.flow(lamp_nodes, gateway, lamp_status, protocol="wi-sun", controls={mesh_encryption})
tm.flow(gateway, lamp_nodes, dimming_commands, protocol="wi-sun", controls={mesh_encryption})

tm.flow(
    gateway, cms, light_readings, traffic_counts, lamp_status, protocol="mtls", label="telemetry"
)
tm.flow(cms, gateway, dimming_commands, protocol="mtls")

tm.flow(weather_feed, cms, weather, protocol="https", label="forecast poll")
tm.flow(cms, telemetry_db, light_readings, traffic_counts, lamp_status, weather)
tm.flow(telemetry_db, cms, telemetry_history, label="recent history for features")
tm.flow(cms, dimming_model, features)
tm.flow(dimming_model, cms, dimming_levels)

tm.flow(telemetry_db, training, telemetry_history)
tm.flow(training, dimming_model, model_artifact, label="weekly deploy")

tm.flow(operator, cms, schedules, protocol="https")
tm.flow(cms, operator, lamp_status, protocol="https", label="dashboard")
tm.flow(cms, work_orders, lamp_status, label="lamp failure alarms")

tm.flow(resident, city_app, fault_report)
tm.flow(city_app, fault_api, fault_report, protocol="https")
tm.flow(fault_api, work_orders, fault_report)
tm.flow(work_orders, fault_api, fault_status)
tm.flow(fault_api, city_app, fault_status, protocol="https")
tm.flow(city_app, resident, fault_status)
tm.flow(work_orders, operator, work_order, protocol="https")
