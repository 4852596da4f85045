"""City marathon runner medical alert: the first design, before any security review.

On race day an EU city marathon watches every runner on the course. The timing
company's platform pushes each chip split to our event cloud as its course mats read
it; runners who opted in at registration also share heart rate from their wearable
through the official race app on their phone. A scoring service keeps a live state
per runner and every 30 seconds an in-house distress model scores it, with the
runner's declared age and conditions. Alerts above the threshold appear on the
medical dashboard in race control, where the medical coordinator decides whether to
send a course medic (Red Cross volunteers with a dispatch app on handhelds). Medics'
outcomes join past races to retrain the model before each edition. Controls: app
tokens and a vendor API key on ingestion, personal staff logins on the dashboard, an
encrypted registration database, the coordinator's decision before dispatch, a DPIA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City marathon runner medical alert",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags runners who may be in medical trouble on the course to race control.",
)

# ---------------------------------------------------------------- data assets
splits = tg.Data(
    "Chip split times",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bib number, timing mat and passing time, pushed as each mat reads the chip.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
heart_rate = tg.Data(
    "Heart-rate samples",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Opt-in heart rate from the runner's wearable, relayed by the race app.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
profile = tg.Data(
    "Runner profile",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, age, sex, emergency contact, declared medical conditions and "
    "heart-rate consent, captured at registration.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
app_token = tg.Data(
    "Runner app token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Issued to the race app when the runner links their bib.",
)
runner_state = tg.Data(
    "Runner state features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pace drift against the runner's own splits, heart-rate zone, time since "
    "the last mat.",
)
distress_score = tg.Data(
    "Distress score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
medical_alert = tg.Data(
    "Runner medical alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Bib, last mat and estimated position, score and the features behind it.",
)
dispatch = tg.Data(
    "Medic dispatch request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bib, estimated position, runner description and declared conditions.",
)
coordinator_decision = tg.Data("Alert acknowledgement and dispatch decision", kind="records")
on_scene = tg.Data(
    "On-scene report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the medic found and did: condition, treatment, taken to hospital.",
)
outcomes = tg.Data(
    "Incident outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
history = tg.Data(
    "Past race splits and heart rate",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
)
weights = tg.Data(
    "Distress model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
train_config = tg.Data("Training configuration", kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person we are watching over; registers, opts in to heart-rate sharing.
    runner = tm.add(tg.Actor("Runner", role="participant"))
    # The official race app on the runner's own phone relays wearable heart rate.
    race_app = tm.add(
        tg.Device(
            "Race app on runner's phone",
            description="Reads the paired watch or chest strap over Bluetooth and uploads "
            "samples every 15 seconds over the mobile network.",
        )
    )

with tm.boundary("Timing company", trust=tg.Trust.PARTNER):
    # The contracted timing company owns the chips, the course mats and their platform.
    timing = tm.add(
        tg.ExternalService(
            "Timing company platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Aggregates chip reads from the course mats and pushes splits to us.",
        )
    )

with tm.boundary("Event cloud", trust=tg.Trust.INTERNAL):
    # Single public entry point for both live feeds on race day.
    ingest = tm.add(
        tg.Endpoint(
            "Race telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="per-runner app token for the race app; vendor API key for the "
                    "timing company"
                ),
                c.InputValidation(),
            },
        )
    )
    # Live per-runner state the scorer reads; rebuilt from the feeds if lost.
    state_store = tm.add(tg.FeatureStore("Runner state store", stores={runner_state}, online=True))
    # Scores every runner on the course every 30 seconds and raises alerts.
    scorer = tm.add(
        tg.Service(
            "Distress scoring service",
            description="Combines live state with the runner profile, calls the model and "
            "raises an alert above the threshold set by the medical director.",
        )
    )
    # The model itself: gradient-boosted trees trained on past editions.
    model = tm.add(
        tg.Model(
            "Runner distress model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Estimates the chance a runner needs medical help in the next "
            "kilometre from pace drift, stalled splits and heart-rate zone.",
        )
    )
    # The screen race control works from; also where dispatch is decided.
    dashboard = tm.add(
        tg.Endpoint(
            "Medical control dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="personal staff accounts with username and password"),
                c.RBAC(),
                c.HumanInTheLoop(approver="race medical coordinator"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Runner data", trust=tg.Trust.RESTRICTED):
        # Registration records, the only place declared medical conditions live.
        registration_db = tm.add(
            tg.DataStore(
                "Registration database",
                stores={profile, app_token},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.ImpactAssessment(basis="explicit consent, Art. 9(2)(a)"),
                },
            )
        )

with tm.boundary("Race control", trust=tg.Trust.INTERNAL):
    # Watches the alerts and decides whether to send a medic.
    coordinator = tm.add(tg.Actor("Medical coordinator", role="race medical coordinator"))

with tm.boundary("Course medical partner", trust=tg.Trust.PARTNER):
    # Volunteer medics at aid stations and on bikes along the course.
    medic = tm.add(tg.Actor("Course medic", role="volunteer medic"))
    # Partner-issued handhelds running our dispatch app over the mobile network.
    handheld = tm.add(
        tg.Device("Medic handheld", description="Dispatch app on a partner-issued smartphone.")
    )

with tm.boundary("Analytics workspace", trust=tg.Trust.INTERNAL):
    # Past editions' splits, heart rate and incident outcomes, pseudonymised by bib.
    history_set = tm.add(
        tg.Dataset("Past race dataset", stores={history, outcomes}, purpose="training")
    )
    # Retrains the model before each edition; the result is checked against last year.
    training = tm.add(
        tg.Pipeline(
            "Pre-race retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation()},
        )
    )
    # Keeps the versions of the model the scorer may load.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
    # Builds and releases the model between editions.
    analyst = tm.add(tg.Actor("Race analytics engineer", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(runner, race_app, heart_rate, label="wearable over Bluetooth")
tm.flow(race_app, ingest, heart_rate, app_token, protocol="https")
tm.flow(timing, ingest, splits, protocol="https", label="split push as mats read chips")
tm.flow(ingest, registration_db, app_token, label="token check")
tm.flow(ingest, state_store, splits, heart_rate)

tm.flow(state_store, scorer, runner_state)
tm.flow(registration_db, scorer, profile, label="age, conditions and consent")
tm.flow(scorer, model, runner_state)
tm.flow(model, scorer, distress_score)
tm.flow(scorer, dashboard, medical_alert)

tm.flow(dashboard, coordinator, medical_alert, protocol="https")
tm.flow(coordinator, dashboard, coordinator_decision, protocol="https")
tm.flow(registration_db, dashboard, profile, label="emergency contact lookup")
tm.flow(dashboard, handheld, dispatch, protocol="https")
tm.flow(handheld, medic, dispatch)
tm.flow(medic, handheld, on_scene)
tm.flow(handheld, dashboard, on_scene, protocol="https")

tm.flow(dashboard, history_set, outcomes, label="post-race export")
tm.flow(state_store, history_set, history, label="post-race export")
tm.flow(analyst, training, train_config)
tm.flow(history_set, training, history, outcomes)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="loaded before race day")
