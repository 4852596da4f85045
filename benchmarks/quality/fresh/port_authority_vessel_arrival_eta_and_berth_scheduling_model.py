"""Port authority vessel ETA and berth scheduling: the first design, before any security review.

A North Sea port authority predicts when each inbound ship will reach the pilot station.
An ingestion job joins AIS positions from a commercial aggregator, marine forecasts from a
weather service and the arrival notices shipping agents file into voyage features; an
in-house gradient-boosted ETA model scores every inbound voyage every 15 minutes. Berth
planners see the predictions in the berth scheduling system and confirm berth windows, and
confirmed arrivals book pilots of the pilots' association through the pilot booking service.
Agents file notices (vessel particulars, cargo, crew list) and see their berth window in a
web portal. The model is retrained monthly from past voyages and published via a registry.
Controls: portal sign-in and form validation, TLS on external links, AIS schema checks,
role-based access, audit logging and planner confirmation in berth scheduling, and
versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Port authority vessel ETA and berth scheduling",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicted ship arrival times feeding berth planning and pilot booking at a port.",
)

# ---------------------------------------------------------------- data assets
ais_positions = tg.Data(
    "AIS position reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Position, speed, course and declared destination of vessels in the approaches.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather_forecast = tg.Data(
    "Marine weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Wind, wave height, visibility and tide forecasts for the approaches.",
)
arrival_notice = tg.Data(
    "Arrival notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vessel particulars, declared ETA, cargo and dangerous goods summary, crew list.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
berth_status = tg.Data(
    "Berth window status",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The berth and time window allocated to the agent's vessel.",
)
voyage_features = tg.Data("Voyage features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
voyage_history = tg.Data(
    "Historical voyages with actual arrival times",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
eta_model_file = tg.Data(
    "ETA model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
predicted_eta = tg.Data(
    "Predicted ETA",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted arrival at the pilot station with an uncertainty band.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
berth_schedule = tg.Data(
    "Berth schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
berth_decision = tg.Data(
    "Berth allocation decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pilot_booking = tg.Data(
    "Pilot booking request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vessel, draught, boarding point and requested boarding time.",
)
pilot_assignment = tg.Data(
    "Pilotage job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The job sent to the assigned pilot, with the pilot's name and phone number.",
)
pilot_confirmation = tg.Data(
    "Pilot job confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shipping agents of many companies file arrival notices for the ships they represent.
    shipping_agent = tm.add(tg.Actor("Shipping agent", role="shipping agent"))

with tm.boundary("AIS aggregator", trust=tg.Trust.PARTNER):
    # Commercial terrestrial and satellite AIS feed covering the port's approaches.
    ais_feed = tm.add(
        tg.DataSource("AIS position feed", origin=tg.Origin.VENDOR, provides={ais_positions})
    )

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # National met service API, polled hourly, for conditions that slow ships down.
    weather = tm.add(
        tg.DataSource("Marine weather API", origin=tg.Origin.VENDOR, provides={weather_forecast})
    )

with tm.boundary("Pilots' association", trust=tg.Trust.PARTNER):
    # Pilots are employed by the pilots' association and receive jobs on their phones.
    pilot = tm.add(tg.Actor("Marine pilot", role="pilot"))

with tm.boundary("Port DMZ", trust=tg.Trust.INTERNAL):
    # The only part of the system shipping agents reach.
    portal = tm.add(
        tg.Service(
            "Agent portal",
            description="Web portal where agents file arrival notices and see their berth window.",
            controls={
                c.Authentication(method="username and password per agency account"),
                c.InputValidation(),
            },
        )
    )

with tm.boundary("Port operations network", trust=tg.Trust.INTERNAL):
    # Holds every arrival notice filed; the system of record for expected calls.
    notice_db = tm.add(tg.DataStore("Arrival notice database", stores={arrival_notice}))
    # The planners' tool: shows predicted ETAs and holds the berth plan.
    berth_system = tm.add(
        tg.Service(
            "Berth scheduling system",
            description="Proposes berth windows from predicted ETAs; planners confirm them.",
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="the duty berth planner confirms each berth allocation"),
            },
        )
    )
    schedule_db = tm.add(tg.DataStore("Berth schedule database", stores={berth_schedule}))
    # Turns confirmed berth windows into pilot jobs for the pilots' association.
    pilot_booking_service = tm.add(
        tg.Service(
            "Pilot booking service",
            description="Books a pilot for each confirmed arrival and pushes the job to the pilot.",
            controls={c.Authentication(method="pilot app username and password")},
        )
    )
    # Harbour master's berth planners, on duty around the clock.
    planner = tm.add(tg.Actor("Berth planner", role="berth planner"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Joins AIS, weather and arrival notices into per-voyage features.
    ingestion = tm.add(
        tg.Pipeline(
            "AIS and weather ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(
                    note="AIS messages decoded and checked against the message spec"
                )
            },
        )
    )
    feature_store = tm.add(
        tg.FeatureStore(
            "Voyage feature store", stores={voyage_features, voyage_history}, online=True
        )
    )
    # Scores every inbound voyage every 15 minutes.
    eta_model = tm.add(
        tg.Model(
            "Vessel ETA model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor predicting arrival time at the pilot station.",
        )
    )
    # Monthly retraining on past voyages.
    training = tm.add(tg.Pipeline("ETA model retraining", stage=tg.Stage.TRAINING))
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={eta_model_file}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(shipping_agent, portal, arrival_notice, protocol="https", controls={tls})
tm.flow(portal, shipping_agent, berth_status, protocol="https", controls={tls})
tm.flow(portal, notice_db, arrival_notice)
tm.flow(berth_system, portal, berth_status, label="published berth windows")

tm.flow(ais_feed, ingestion, ais_positions, protocol="https", controls={tls})
tm.flow(weather, ingestion, weather_forecast, protocol="https", controls={tls})
tm.flow(notice_db, ingestion, arrival_notice, label="declared ETA and vessel particulars")
tm.flow(ingestion, feature_store, voyage_features, voyage_history)
tm.flow(feature_store, eta_model, voyage_features)
tm.flow(eta_model, berth_system, predicted_eta)

tm.flow(feature_store, training, voyage_history)
tm.flow(training, registry, eta_model_file)
tm.flow(registry, eta_model, eta_model_file, label="deploy")

tm.flow(notice_db, berth_system, arrival_notice)
tm.flow(berth_system, planner, predicted_eta, berth_schedule, protocol="https")
tm.flow(planner, berth_system, berth_decision, protocol="https")
tm.flow(berth_system, schedule_db, berth_schedule)
tm.flow(schedule_db, berth_system, berth_schedule)

tm.flow(berth_system, pilot_booking_service, pilot_booking)
tm.flow(pilot_booking_service, pilot, pilot_assignment, protocol="https", controls={tls})
tm.flow(pilot, pilot_booking_service, pilot_confirmation, protocol="https", controls={tls})
tm.flow(pilot_booking_service, berth_system, pilot_confirmation, label="pilot booked")
