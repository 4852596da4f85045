"""City marathon race timing and medical alert model: the first design.

Runners register on the race website with contact details, an emergency contact
and optional medical conditions, and pair a loaned heart-rate band with their bib.
On race day the chip timing mats along the course upload chip reads over cellular,
and the bands stream heart rate over LTE-M, into a telemetry service in our cloud.
It keeps live per-runner features (pace drift, heart-rate trend, last mat passed);
an in-house classifier scores each runner for medical distress every 30 seconds,
and an alert service pushes runners above the threshold, with their last location
and declared conditions, to the medical team's tablets; medics decide whether to go.
Chip reads also drive the public live results site. After each race, alerts and
their outcomes join past races' data to retrain the model. The race is in the EU
(GDPR; heart rate and conditions are health data). Controls: registration sign-in
with e-mail and password, schema checks on telemetry, encrypted runner database,
model evaluation before use, PIN-locked team tablets and rate limits on results.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marathon race timing and medical alert model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Live chip timing and heart-rate based medical distress alerts for a city marathon.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Runner registration",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Name, age, bib, band id, emergency contact and declared medical conditions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
login = tg.Data("Runner account credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
confirmation = tg.Data("Registration confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
chip_reads = tg.Data(
    "Chip reads",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Chip id, mat id and timestamp.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
heart_rate = tg.Data(
    "Heart-rate readings",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
features = tg.Data("Live runner features", sensitivity=tg.Sensitivity.REGULATED, kind="features")
score = tg.Data("Distress score", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
alert = tg.Data(
    "Medical alert",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Runner, bib, last location, score, declared conditions, emergency contact.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
outcome = tg.Data(
    "Alert outcome",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="feedback",
    description="Acknowledged, attended, treated or false alarm, entered by medics.",
)
results = tg.Data("Live results", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
search = tg.Data("Results search", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
training = tg.Data(
    "Past race training data",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="training-data",
    description="Telemetry of past races joined with medical incident outcomes.",
)
weights = tg.Data(
    "Distress model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Runners register and pair their band before race day.
    runner = tm.add(tg.Actor("Runner", role="race participant"))
    # Anyone following the race.
    spectator = tm.add(tg.Actor("Spectator", role="public"))

with tm.boundary(
    "Race course", trust=tg.Trust.UNTRUSTED, description="Public streets on race day."
):
    # Loaned wearable bands, one per runner, sending over LTE-M.
    band = tm.add(tg.Device("Heart-rate band", description="Chest strap with an LTE-M modem."))
    # Timing mats and decoders at start, finish and every 5 km.
    mats = tm.add(tg.Device("Chip timing mats", description="Decoders upload reads over cellular."))

with tm.boundary("Race cloud", trust=tg.Trust.INTERNAL):
    # Registration and band pairing for runners.
    reg_site = tm.add(
        tg.Endpoint(
            "Registration site",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # System of record for runners, bibs, bands and medical declarations.
    runner_db = tm.add(
        tg.DataStore(
            "Runner database",
            stores={registration},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Receives chip reads and heart-rate streams and computes live features.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion",
            controls={
                c.SchemaEnforcement(note="drops readings with unknown ids or out-of-range values")
            },
        )
    )
    # Online store of each runner's latest features.
    live_store = tm.add(tg.FeatureStore("Live race feature store", stores={features}, online=True))
    # In-house gradient-boosted classifier.
    model = tm.add(
        tg.Model(
            "Distress model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores each runner every 30 s; above 0.7 raises an alert.",
            controls={c.ModelValidation(note="evaluated on the last two races before use")},
        )
    )
    # Turns scores into alerts for the medical team; medics decide whether to respond.
    alerts = tm.add(
        tg.Service(
            "Medical alert service",
            controls={c.HumanInTheLoop(approver="on-course medic who receives the alert")},
        )
    )
    # Public live results site, built from chip reads.
    results_site = tm.add(
        tg.Endpoint(
            "Live results website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=300)},
        )
    )
    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Past races' telemetry plus incident outcomes.
        dataset = tm.add(tg.Dataset("Past races dataset", stores={training}))
        # Retrains the distress model between races.
        trainer = tm.add(tg.Pipeline("Model training job", stage=tg.Stage.TRAINING))

with tm.boundary("Medical team", trust=tg.Trust.INTERNAL):
    # Managed tablets carried by medical teams along the course.
    tablets = tm.add(
        tg.Device(
            "Medical team tablets",
            controls={c.Authentication(method="team PIN")},
        )
    )
    # Paramedics and doctors at aid stations and on bikes.
    medic = tm.add(tg.Actor("Medical staff", role="medic"))

# ---------------------------------------------------------------- flows
# registration
tm.flow(runner, reg_site, login, registration, protocol="https")
tm.flow(reg_site, runner, confirmation, protocol="https")
tm.flow(reg_site, runner_db, registration)
tm.flow(runner_db, reg_site, registration)

# race-day telemetry
tm.flow(mats, ingestion, chip_reads, protocol="https")
tm.flow(band, ingestion, heart_rate, protocol="mqtts")
tm.flow(runner_db, ingestion, registration, label="bib and band pairing")
tm.flow(ingestion, live_store, features)

# scoring and alerting
tm.flow(live_store, model, features)
tm.flow(model, alerts, score)
tm.flow(runner_db, alerts, registration, label="conditions and emergency contact")
tm.flow(alerts, tablets, alert, protocol="https")
tm.flow(tablets, alerts, outcome, protocol="https")
tm.flow(tablets, medic, alert)
tm.flow(medic, tablets, outcome)

# public results
tm.flow(ingestion, results_site, results)
tm.flow(spectator, results_site, search, protocol="https")
tm.flow(results_site, spectator, results, protocol="https")

# retraining between races
tm.flow(live_store, dataset, features, label="post-race snapshot")
tm.flow(alerts, dataset, outcome, label="post-race outcomes")
tm.flow(dataset, trainer, training)
tm.flow(trainer, model, weights, label="deploy")
