"""Trail closure model for a mountain bike park: the first design, before any security review.

Soil moisture sensors buried along each trail and rain gauges at the top and bottom
stations report over LoRaWAN to a hosted network server, which posts the uplinks to our
ingest service by webhook. Readings and a rainfall forecast from a weather service feed an
in-house classifier that says, per trail, whether it is too wet to ride. A closure service
turns the predictions into trail status: closures go out automatically, reopening waits for
the trail manager's confirmation in the operations dashboard, where the manager can also
close or open a trail by hand. The status is published to the park's rider app and pushed
to the e-ink gate signs at each trailhead. The model is retrained each winter from the
stored readings and the season's closure decisions. Readings are range-checked on ingest,
staff sign in to the dashboard with Google Workspace SSO, and the public status API sits
behind the CDN's rate limits. No personal data is processed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mountain bike park trail closure sensor model",
    profile=tg.RiskProfile.LOW,
    description="Decides trail closures from soil moisture and rain readings; updates app and gate signs.",
)

# ---------------------------------------------------------------- data assets
soil_readings = tg.Data(
    "Soil moisture readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Volumetric water content per probe, every 15 minutes.",
)
rain_readings = tg.Data(
    "Rain gauge readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Tipping-bucket rainfall totals per 15 minutes.",
)
stored_readings = tg.Data(
    "Trail sensor readings history",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data("Rainfall forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
features = tg.Data("Trail wetness features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
prediction = tg.Data(
    "Closure prediction",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Per trail: close or open, with the model's probability.",
)
trail_status = tg.Data(
    "Trail status",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Open or closed per trail, with the time and reason shown to riders.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sign_update = tg.Data(
    "Gate sign status update", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
sign_ack = tg.Data("Gate sign acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
manager_decision = tg.Data(
    "Manager closure decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Confirmation of a reopening, or a manual closure or opening.",
)
closure_history = tg.Data(
    "Closure decision history",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    description="Every trail's status changes and who or what made them; the training labels.",
)
model_artifact = tg.Data(
    "Closure model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Riders checking which trails are open before and during their visit.
    rider = tm.add(tg.Actor("Rider", role="park visitor"))

with tm.boundary("Trail network", trust=tg.Trust.INTERNAL):
    # Capacitance probes buried at the wettest points of each trail.
    soil_sensors = tm.add(
        tg.Device("Soil moisture sensors", fleet=True, description="Battery LoRaWAN probes.")
    )
    # Tipping-bucket rain gauges at the top and bottom stations.
    rain_gauges = tm.add(tg.Device("Rain gauges", fleet=True))
    # E-ink signs at each trailhead gate showing open or closed, on LTE.
    gate_signs = tm.add(tg.Device("Trail gate signs", fleet=True))

with tm.boundary("LoRaWAN provider", trust=tg.Trust.PARTNER):
    # Hosted LoRaWAN network server that decrypts the sensor uplinks and forwards them.
    lns = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Receives uplinks via the park's gateways and forwards them by webhook.",
        )
    )

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Commercial weather API for the next 24 hours of rainfall at the park.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Park cloud", trust=tg.Trust.INTERNAL):
    # Receives the sensor webhooks, checks the readings and stores them.
    ingest = tm.add(
        tg.Service(
            "Sensor ingest service",
            controls={
                c.Authentication(method="webhook API key header set in the LoRaWAN console"),
                c.SchemaEnforcement(note="physical range checks on moisture and rainfall"),
            },
        )
    )
    # Time-series store of all readings, kept for training and for disputes about closures.
    readings_db = tm.add(tg.DataStore("Sensor readings store", stores={stored_readings}))
    # The in-house classifier deciding whether each trail is too wet to ride.
    model = tm.add(
        tg.Model(
            "Trail closure model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees over soil moisture, recent rain and forecast.",
        )
    )
    # Runs the model every 15 minutes and turns predictions into trail status.
    closure_service = tm.add(
        tg.Service(
            "Closure decision service",
            controls={
                c.HumanInTheLoop(
                    approver="trail manager",
                    note="reopenings only; closures go out automatically",
                )
            },
        )
    )
    # Current and past trail status, and who changed it.
    status_db = tm.add(tg.DataStore("Trail status store", stores={trail_status, closure_history}))
    # Public API the rider app reads the trail status from.
    status_api = tm.add(
        tg.Endpoint(
            "Trail status API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120, note="CDN rate limit")},
        )
    )
    # Staff web dashboard to confirm reopenings and override the model.
    dashboard = tm.add(
        tg.Service(
            "Operations dashboard",
            controls={c.Authentication(method="Google Workspace SSO")},
        )
    )
    # Winter retraining job, a Python notebook turned scheduled job.
    training = tm.add(
        tg.Pipeline("Seasonal retraining job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )

with tm.boundary("Park office", trust=tg.Trust.INTERNAL):
    # The trail manager who owns the open/closed call.
    manager = tm.add(tg.Actor("Trail manager", role="operations staff"))

# ---------------------------------------------------------------- flows
tm.flow(soil_sensors, lns, soil_readings, protocol="lorawan")
tm.flow(rain_gauges, lns, rain_readings, protocol="lorawan")
tm.flow(lns, ingest, soil_readings, rain_readings, protocol="https", label="uplink webhook")
tm.flow(ingest, readings_db, stored_readings)

tm.flow(readings_db, closure_service, stored_readings, label="latest readings")
tm.flow(weather, closure_service, forecast, protocol="https")
tm.flow(closure_service, model, features)
tm.flow(model, closure_service, prediction)
tm.flow(closure_service, status_db, trail_status, closure_history)
tm.flow(status_db, closure_service, trail_status)

tm.flow(closure_service, gate_signs, sign_update, protocol="mqtts")
tm.flow(gate_signs, closure_service, sign_ack, protocol="mqtts")

tm.flow(status_db, status_api, trail_status)
tm.flow(status_api, rider, trail_status, protocol="https")

tm.flow(closure_service, dashboard, prediction, label="reopenings awaiting confirmation")
tm.flow(status_db, dashboard, trail_status, closure_history)
tm.flow(dashboard, manager, prediction, trail_status, protocol="https")
tm.flow(manager, dashboard, manager_decision, protocol="https")
tm.flow(dashboard, closure_service, manager_decision)

tm.flow(readings_db, training, stored_readings, label="seasonal export")
tm.flow(status_db, training, closure_history, label="seasonal export")
tm.flow(training, model, model_artifact, label="deploy")
