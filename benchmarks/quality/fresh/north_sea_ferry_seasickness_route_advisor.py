"""North Sea ferry seasickness route advisor: the first design.

On our overnight North Sea crossings, a shore-side route advisor suggests to the
master small route and speed changes that would cut passenger seasickness. It
combines a commercial met-ocean provider's wave forecast, motion readings from
each vessel's motion sensors and the voyage plan, and asks an in-house model how
much seasickness each candidate route and speed would cause. The model is
retrained monthly from past voyages and from comfort reports that passengers
file in the ferry app, signed in to their booking account. Ship and shore talk
over the VSAT link with per-vessel client certificates. Advice is shown on a
display on the bridge; the master decides, and the decision is logged. Marine
operations reviews advice and outcomes in a dashboard (SSO with MFA) and
approves each new model after a backtest; training uses comfort scores
aggregated per voyage and deck, without booking references.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "North Sea ferry seasickness route advisor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Advises ferry masters on route and speed adjustments that reduce seasickness, "
        "from wave forecasts, ship motion and passenger comfort reports."
    ),
)

# ---------------------------------------------------------------- data assets
wave_forecast = tg.Data(
    "Wave forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Gridded significant wave height, period and direction, hourly steps.",
)
motion_readings = tg.Data(
    "Ship motion readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Roll, pitch and heave accelerations from the motion reference units.",
)
voyage_plan = tg.Data(
    "Voyage plan and position",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
comfort_reports = tg.Data(
    "Passenger comfort reports",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Seasickness rating, deck and cabin, optional comment, with the booking reference.",
)
candidate_routes = tg.Data(
    "Candidate route features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
sickness_prediction = tg.Data(
    "Predicted seasickness incidence", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
route_advice = tg.Data(
    "Route and speed advisory",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
master_decision = tg.Data(
    "Master's advisory decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accepted, modified or declined, with the master's reason.",
)
model_artifact = tg.Data(
    "Seasickness model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Passengers rate how they feel during the crossing in the ferry app.
    passenger = tm.add(tg.Actor("Passenger", role="ferry passenger"))

with tm.boundary("Met-ocean provider", trust=tg.Trust.PARTNER):
    # Commercial forecast service the operator subscribes to.
    forecast_provider = tm.add(
        tg.ExternalService("Wave forecast service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Vessel network", trust=tg.Trust.INTERNAL):
    # Motion reference units fitted on each ship.
    motion_sensors = tm.add(tg.Device("Vessel motion sensors", fleet=True))
    # Onboard server that relays readings and the voyage plan ashore and advice aboard.
    ship_gateway = tm.add(
        tg.Service(
            "Shipboard data gateway",
            description="Reads NMEA feeds and the ECDIS route export; VSAT uplink to shore.",
        )
    )
    # Screen on the bridge showing the current advisory.
    bridge_display = tm.add(tg.Device("Bridge advisory display", fleet=True))
    # The master keeps command and decides whether to follow the advice.
    master = tm.add(tg.Actor("Ship's master", role="captain"))

with tm.boundary("Shore operations cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the ferry app that takes comfort reports.
    comfort_api = tm.add(
        tg.Endpoint(
            "Comfort report API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="booking account e-mail and password"),
                c.SchemaEnforcement(note="rating 1-5, deck and cabin from fixed lists"),
            },
        )
    )
    # Optimiser that generates candidate routes and speeds and ranks them by predicted comfort.
    route_advisor = tm.add(
        tg.Service(
            "Route advisor",
            description="Searches route and speed options within the voyage plan corridor.",
            controls={c.HumanInTheLoop(approver="the ship's master")},
        )
    )
    # Gradient-boosted model predicting the share of passengers who will be seasick.
    sickness_model = tm.add(
        tg.Model(
            "Seasickness prediction model",
            task=tg.Task.REGRESSOR,
            description="Predicts seasickness incidence per deck from forecast waves, speed and heading.",
        )
    )
    # History of forecasts, motion, comfort reports and decisions, for training and review.
    data_lake = tm.add(
        tg.DataStore(
            "Voyage data lake",
            stores={
                wave_forecast,
                motion_readings,
                voyage_plan,
                comfort_reports,
                route_advice,
                master_decision,
            },
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Monthly retraining on past voyages.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            controls={
                c.DataMinimization(note="comfort scores aggregated per voyage and deck"),
                c.ModelValidation(note="backtest on the last three months of voyages"),
            },
        )
    )
    # Versioned store of trained models that the advisor loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Dashboard where marine operations reviews advice and approves releases.
    dashboard = tm.add(
        tg.Endpoint(
            "Marine operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Marine superintendent who oversees the fleet and signs off new models.
    superintendent = tm.add(
        tg.Actor("Marine superintendent", role="marine operations", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(passenger, comfort_api, comfort_reports, protocol="https")
tm.flow(comfort_api, data_lake, comfort_reports)

tm.flow(forecast_provider, route_advisor, wave_forecast, protocol="https")

tm.flow(motion_sensors, ship_gateway, motion_readings, label="NMEA 0183 serial")
tm.flow(
    ship_gateway, route_advisor, motion_readings, voyage_plan, protocol="mtls", label="VSAT uplink"
)

tm.flow(route_advisor, sickness_model, candidate_routes)
tm.flow(sickness_model, route_advisor, sickness_prediction)

tm.flow(route_advisor, ship_gateway, route_advice, protocol="mtls", label="VSAT downlink")
tm.flow(ship_gateway, bridge_display, route_advice)
tm.flow(bridge_display, master, route_advice)
tm.flow(master, bridge_display, master_decision)
tm.flow(bridge_display, ship_gateway, master_decision)
tm.flow(
    ship_gateway,
    route_advisor,
    master_decision,
    id="ship-gateway->route-advisor:decision",
    protocol="mtls",
)
tm.flow(
    route_advisor,
    data_lake,
    wave_forecast,
    motion_readings,
    voyage_plan,
    route_advice,
    master_decision,
    label="voyage archive",
)

tm.flow(
    data_lake, training, wave_forecast, motion_readings, comfort_reports, label="monthly extract"
)
tm.flow(training, registry, model_artifact)
tm.flow(registry, sickness_model, model_artifact, label="deploy")

tm.flow(data_lake, dashboard, route_advice, master_decision, label="advice and outcomes")
tm.flow(dashboard, superintendent, route_advice, master_decision, protocol="https")
tm.flow(superintendent, dashboard, release_approval, protocol="https")
tm.flow(dashboard, registry, release_approval)
