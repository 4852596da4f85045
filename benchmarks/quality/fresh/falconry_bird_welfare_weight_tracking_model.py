"""Falconry bird welfare and weight tracking: the first design, before any security review.

A falconry centre weighs each of its birds every morning on connected perch
scales in the mews; the scales post readings over the centre's Wi-Fi to an
ingestion API in our cloud account. Falconers record the food given to each bird
in a tablet app. A nightly job runs an in-house regression model, retrained
monthly on the centre's own weight and food history, that predicts each bird's
flying weight for the next day and flags welfare concerns (weight dropping too
fast, sustained under- or over-feeding). Flagged birds are marked unfit and taken
off the public flying-display schedule that the website shows visitors; the head
falconer can put a bird back. The centre's contracted vet reviews the flags each
week on a welfare dashboard. Staff and the vet sign in with e-mail and password;
each scale has its own API key; the bird database is backed up nightly.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Falconry bird welfare and weight tracking",
    profile=tg.RiskProfile.LOW,
    description="Daily bird weights and food logs feed a flying-weight model and welfare flags.",
)

# ---------------------------------------------------------------- data assets
weight_readings = tg.Data(
    "Bird weight readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
food_log = tg.Data(
    "Food log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Food type and grams given, per bird and feed, entered by the falconer.",
)
bird_profiles = tg.Data(
    "Bird profiles",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Species, sex, age, target weight range and display role of each bird.",
)
history = tg.Data(
    "Weight and food history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_file = tg.Data(
    "Flying weight model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
predictions = tg.Data(
    "Predicted flying weights", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
welfare_flags = tg.Data(
    "Welfare flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
fitness_status = tg.Data("Bird fitness status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
vet_review = tg.Data("Vet review notes", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
staff_login = tg.Data(
    "Staff sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
scale_key = tg.Data("Scale API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
schedule = tg.Data("Display schedule", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
cms_key = tg.Data("Website CMS API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public checking which birds fly at which display.
    visitor = tm.add(tg.Actor("Website visitor", role="public"))

with tm.boundary("Vet practice", trust=tg.Trust.PARTNER):
    # The centre's contracted avian vet, working from their own practice.
    vet = tm.add(tg.Actor("Centre vet", role="contracted vet"))

with tm.boundary("Centre site network", trust=tg.Trust.INTERNAL):
    # Falconers weigh birds, give food and log it.
    falconer = tm.add(tg.Actor("Falconer", role="falconer"))
    # Decides on the display line-up and can override an unfit mark.
    head_falconer = tm.add(tg.Actor("Head falconer", role="head falconer", privileged=True))
    # Wi-Fi perch scales in the mews, one per weighing station.
    scales = tm.add(
        tg.Device(
            "Connected perch scales",
            fleet=True,
            description="Vendor scales; firmware posts each stable weight with the bird's leg-ring tag.",
        )
    )
    # Tablet app for food logging and viewing today's weights and targets.
    tablet = tm.add(
        tg.Device(
            "Falconer tablet app",
            fleet=True,
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )

with tm.boundary("Centre cloud account", trust=tg.Trust.INTERNAL):
    # Receives scale readings and tablet entries.
    ingestion = tm.add(
        tg.Endpoint(
            "Bird data API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="per-scale API keys for scales; staff e-mail and password for the app"
                ),
                c.InputValidation(note="weights outside 50 g to 3 kg are rejected"),
            },
        )
    )
    # System of record for birds, weights, food, flags and vet notes.
    bird_db = tm.add(
        tg.DataStore(
            "Bird records database",
            stores={
                weight_readings,
                food_log,
                bird_profiles,
                welfare_flags,
                predictions,
                fitness_status,
                vet_review,
                staff_login,
                scale_key,
            },
            controls={c.DataVersioning(note="nightly managed backups, 30-day restore")},
        )
    )
    # Monthly retraining on the centre's own history.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Gradient-boosted regressor over recent weights, food and season.
    model = tm.add(
        tg.Model(
            "Flying weight model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts next-day flying weight per bird; flags drops beyond the bird's range.",
        )
    )
    # Runs the model each night, writes flags and marks flagged birds unfit.
    scoring = tm.add(tg.Service("Nightly welfare scoring job"))
    # Web dashboard where the vet and falconers review flags.
    dashboard = tm.add(
        tg.Endpoint(
            "Welfare dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Builds the day's display line-up from fit birds and pushes it to the website.
    scheduler = tm.add(
        tg.Service(
            "Display schedule service",
            controls={c.SecretsManagement(note="CMS API key in the cloud secret store")},
        )
    )

with tm.boundary("Website host", trust=tg.Trust.PARTNER):
    # The centre's public website, on an agency-hosted CMS.
    website = tm.add(tg.ExternalService("Public website CMS"))

# ---------------------------------------------------------------- flows
tm.flow(falconer, scales, label="places bird on perch")
tm.flow(scales, ingestion, weight_readings, scale_key, protocol="https")
tm.flow(falconer, tablet, food_log)
tm.flow(tablet, falconer, weight_readings, bird_profiles, predictions)
tm.flow(tablet, ingestion, staff_login, food_log, protocol="https")
tm.flow(ingestion, tablet, weight_readings, bird_profiles, predictions, protocol="https")
tm.flow(ingestion, bird_db, weight_readings, food_log)
tm.flow(bird_db, ingestion, weight_readings, bird_profiles, predictions, staff_login, scale_key)

tm.flow(bird_db, training, history)
tm.flow(training, model, model_file, label="deploy new model file")
tm.flow(bird_db, scoring, weight_readings, food_log, bird_profiles)
tm.flow(scoring, model, weight_readings, food_log, bird_profiles)
tm.flow(model, scoring, predictions, welfare_flags)
tm.flow(scoring, bird_db, predictions, welfare_flags, fitness_status)

tm.flow(
    bird_db,
    dashboard,
    welfare_flags,
    predictions,
    weight_readings,
    food_log,
    vet_review,
    staff_login,
)
tm.flow(dashboard, bird_db, vet_review, fitness_status)
tm.flow(dashboard, vet, welfare_flags, weight_readings, food_log, protocol="https")
tm.flow(vet, dashboard, staff_login, vet_review, protocol="https")
tm.flow(dashboard, head_falconer, welfare_flags, fitness_status, protocol="https")
tm.flow(
    head_falconer,
    dashboard,
    staff_login,
    fitness_status,
    protocol="https",
    label="override unfit mark",
)

tm.flow(bird_db, scheduler, fitness_status, bird_profiles)
tm.flow(scheduler, website, schedule, cms_key, protocol="https")
tm.flow(website, visitor, schedule, protocol="https")
