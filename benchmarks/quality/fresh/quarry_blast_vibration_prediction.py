"""Quarry blast vibration and noise prediction: the first design, before any security review.

A quarry operator drills and blasts rock several times a week near villages. Seismographs
and noise meters at the site boundary and at a few residents' homes upload every event to
a monitoring history database. An in-house regression model, retrained monthly from that
history and the recorded blast designs, predicts peak particle velocity and air
overpressure at each nearby home for a proposed blast. Blast engineers draft blast plans in
a planning app on the corporate network, read the predictions and adjust charge weights and
delays until the predicted levels sit under the planning-consent limits; wind forecasts
from a weather provider are part of the prediction. Residents use a public portal to see
monitoring results for their area and to file complaints, which the environmental officer
handles. Controls in this design: TLS on every link, company SSO for staff apps,
e-mail and password accounts for residents, encrypted complaint storage and a rate limit on
the portal.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Quarry blast vibration prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Predicts ground vibration and noise at nearby homes from blast designs and sensor "
        "history; residents see monitoring results and file complaints online."
    ),
)

# ---------------------------------------------------------------- data assets
sensor_events = tg.Data(
    "Vibration and noise events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Peak particle velocity, frequency and air overpressure per blast and monitor.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
blast_design = tg.Data(
    "Blast design",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hole layout, charge weight per delay, delay timing, stemming, location.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
weather = tg.Data(
    "Wind and temperature forecast", kind="features", sensitivity=tg.Sensitivity.PUBLIC
)
prediction = tg.Data(
    "Predicted vibration and noise per home",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Blast history training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past blast designs joined with the events they produced.",
)
model_artifact = tg.Data(
    "Vibration model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
public_results = tg.Data(
    "Published monitoring results",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Per-blast levels at each monitor, shown on the portal by area.",
)
complaint = tg.Data(
    "Resident complaint",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, contact details, description of the effect, optional photos.",
)
resident_account = tg.Data("Resident account", kind="credentials", sensitivity=tg.Sensitivity.PII)
complaint_response = tg.Data("Complaint response", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Neighbours of the quarry; anyone can register an account on the portal.
    resident = tm.add(tg.Actor("Resident", role="neighbour of the quarry"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Wind and temperature inversions change how far blast noise carries.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Field monitoring network", trust=tg.Trust.PARTNER):
    # Seismographs and noise meters at the boundary and at volunteer homes, on cellular modems.
    monitors = tm.add(
        tg.Device(
            "Vibration and noise monitors",
            fleet=True,
            description="Battery-powered units in the field, uploading each triggered event.",
        )
    )

with tm.boundary("Quarry cloud platform", trust=tg.Trust.INTERNAL):
    # Public website for residents: monitoring results and the complaint form.
    portal = tm.add(
        tg.Endpoint(
            "Resident portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Receives monitor uploads and writes them to the history database.
    ingest = tm.add(
        tg.Pipeline(
            "Sensor ingestion",
            stage=tg.Stage.INGESTION,
            internet_facing=True,
            description="HTTPS upload endpoint the monitors post their event files to.",
        )
    )
    # System of record for every measured event; the legal evidence of compliance.
    history_db = tm.add(
        tg.DataStore("Monitoring history database", stores={sensor_events, blast_design})
    )
    # Complaints and resident accounts, handled by the environmental officer.
    complaints_db = tm.add(
        tg.DataStore(
            "Complaints database",
            stores={complaint, resident_account, complaint_response},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly retraining on the blast history.
        training = tm.add(
            tg.Pipeline(
                "Monthly model retraining", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Stores the trained model versions.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))
        # Predicts vibration and overpressure at each home for a proposed blast.
        model = tm.add(
            tg.Model(
                "Vibration prediction model",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                description="Gradient-boosted regression over scaled distance, charge and site terms.",
                controls={tg.controls.ModelValidation(note="hold-out error checked before use")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Where blast engineers draft, check and sign off blast plans.
    planner = tm.add(
        tg.Service(
            "Blast planning app",
            controls={tg.controls.Authentication(method="company SSO (OIDC)")},
        )
    )
    # Designs blasts and adjusts them against the predictions.
    engineer = tm.add(tg.Actor("Blast engineer", role="shotfirer and blast engineer"))
    # Reads and answers resident complaints, publishes monitoring results.
    officer = tm.add(tg.Actor("Environmental officer", role="environmental compliance"))

# ---------------------------------------------------------------- flows
# Field monitoring
tm.flow(monitors, ingest, sensor_events, protocol="https", label="event upload over cellular")
tm.flow(ingest, history_db, sensor_events)

# Blast planning and prediction
tm.flow(engineer, planner, blast_design, protocol="https", label="draft and adjust plan")
tm.flow(planner, engineer, prediction, protocol="https")
tm.flow(weather_api, planner, weather, protocol="https")
tm.flow(planner, model, blast_design, weather, protocol="https", label="prediction request")
tm.flow(model, planner, prediction, protocol="https")
tm.flow(planner, history_db, blast_design, protocol="https", label="fired blast recorded")

# Retraining
tm.flow(history_db, training, training_set, label="monthly extract")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load latest version")

# Residents
tm.flow(history_db, portal, public_results, label="results by area")
tm.flow(portal, resident, public_results, protocol="https")
tm.flow(
    resident, portal, resident_account, complaint, protocol="https", label="sign in and complain"
)
tm.flow(portal, complaints_db, resident_account, complaint)
tm.flow(officer, complaints_db, complaint_response, protocol="https")
tm.flow(complaints_db, officer, complaint, protocol="https")
tm.flow(complaints_db, portal, complaint_response)
tm.flow(portal, resident, complaint_response, protocol="https", id="portal->resident:response")
tm.flow(history_db, officer, sensor_events, protocol="https", label="evidence for complaints")
