"""Vineyard leaf-disease scouting: the first design, before any security review.

A Sonoma County wine estate gives its vineyard crew company Android phones with a
scouting app. A worker photographs a suspect leaf; the app uploads it with the block,
GPS position and worker id to an upload API in the estate's cloud project, where an
image classifier names downy mildew, powdery mildew, black rot or a healthy leaf and
sends the diagnosis back to the phone. An hourly advisory job combines diagnoses, the
spray log and a paid weather forecast into spray-timing advice, which the vineyard
manager reviews and approves in a web dashboard before any spray is scheduled. The
manager also confirms or corrects diagnoses; an outside ML contractor retrains the
classifier each winter from those labels, estate photos, a public leaf image set and
an open-weights backbone. Workers sign in with their own app account, the dashboard
uses Google Workspace sign-in, storage is provider-encrypted, models are versioned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vineyard grape disease leaf photo model",
    profile=tg.RiskProfile.LOW,
    description="Diagnoses grape leaf diseases from crew phone photos and advises spray timing.",
)

# ---------------------------------------------------------------- data assets
leaf_photo = tg.Data("Leaf photo", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
scouting_record = tg.Data(
    "Scouting record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Worker id, vineyard block, GPS position and time of each photo.",
)
diagnosis = tg.Data(
    "Leaf disease diagnosis", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
weather_query = tg.Data(
    "Block coordinates for forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
weather = tg.Data(
    "Hourly weather forecast",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Rain, temperature, humidity and leaf-wetness hours per block.",
)
spray_log = tg.Data(
    "Spray log",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Products, rates, dates and re-entry intervals of every application.",
)
advice = tg.Data("Spray timing advice", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
spray_plan = tg.Data("Approved spray plan", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
corrections = tg.Data(
    "Diagnosis corrections",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
public_images = tg.Data(
    "Public grape leaf images", sensitivity=tg.Sensitivity.PUBLIC, kind="training-data"
)
backbone = tg.Data(
    "Pretrained vision backbone", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
checkpoint = tg.Data(
    "Leaf classifier checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_code = tg.Data(
    "Training code and config", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vineyard blocks (mobile network)", trust=tg.Trust.UNTRUSTED):
    # Seasonal and permanent crew who scout the rows.
    worker = tm.add(tg.Actor("Vineyard worker", role="vineyard crew"))
    # The estate's scouting app on company phones: takes the photo, shows the diagnosis.
    phone_app = tm.add(
        tg.Device(
            "Scouting app on crew phones",
            fleet=True,
            description="Android phones issued to the crew; uploads over the cellular network.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Open labelled grape leaf images used to bulk up the training set.
    public_dataset = tm.add(
        tg.DataSource(
            "Public plant disease dataset",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_images},
        )
    )
    # Where the pretrained image backbone is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )
    # Outside contractor who builds and retrains the classifier remotely.
    contractor = tm.add(tg.Actor("ML contractor", role="contract ml engineer", privileged=True))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Paid agricultural weather API with per-block forecasts.
    weather_api = tm.add(
        tg.ExternalService("Agricultural weather API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Estate office", trust=tg.Trust.INTERNAL):
    # Decides and schedules sprays; confirms diagnoses.
    manager = tm.add(tg.Actor("Vineyard manager", role="vineyard manager"))

with tm.boundary("Estate cloud project", trust=tg.Trust.INTERNAL):
    # Receives photos from the app, calls the classifier, returns the diagnosis.
    upload_api = tm.add(
        tg.Endpoint(
            "Photo upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-worker app account with username and password"),
                c.InputValidation(note="JPEG only, size and dimension limits"),
            },
        )
    )
    # Object storage for every leaf photo and its scouting metadata.
    photo_store = tm.add(
        tg.DataStore(
            "Leaf photo bucket",
            stores={leaf_photo, scouting_record},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The disease classifier served behind the upload API.
    classifier = tm.add(
        tg.Model(
            "Grape leaf disease classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Fine-tuned CNN; returns the top disease class with its confidence.",
        )
    )
    # Block records: diagnoses per block, spray history, advice and approved plans.
    vineyard_db = tm.add(
        tg.DataStore(
            "Vineyard records database",
            stores={scouting_record, diagnosis, spray_log, advice, spray_plan},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Turns diagnoses, spray history and the forecast into spray-timing windows.
    advisory = tm.add(
        tg.Service(
            "Hourly spray advisory job",
            description="Infection-risk rules over diagnoses and forecast; advice only.",
            controls={c.HumanInTheLoop(approver="vineyard manager approves each spray plan")},
        )
    )
    # Web dashboard for the manager: advice, approvals, diagnosis review.
    dashboard = tm.add(
        tg.Endpoint(
            "Vineyard dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace SSO with 2-step verification")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Confirmed estate photos plus the public images, for retraining.
        training_set = tm.add(
            tg.Dataset("Labelled leaf image set", stores={leaf_photo, corrections, public_images})
        )
        # Winter retraining job the contractor runs in a cloud notebook VM.
        training = tm.add(
            tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Holds every classifier version; serving loads the one tagged production.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={checkpoint}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
# scouting and diagnosis
tm.flow(worker, phone_app, leaf_photo, label="takes photo in app")
tm.flow(phone_app, upload_api, leaf_photo, scouting_record, protocol="https")
tm.flow(upload_api, photo_store, leaf_photo, scouting_record)
tm.flow(upload_api, classifier, leaf_photo)
tm.flow(classifier, upload_api, diagnosis)
tm.flow(upload_api, vineyard_db, scouting_record, diagnosis)
tm.flow(upload_api, phone_app, diagnosis, protocol="https")
tm.flow(phone_app, worker, diagnosis, label="shown on screen")

# spray advice
tm.flow(vineyard_db, advisory, diagnosis, spray_log, label="hourly read")
tm.flow(advisory, weather_api, weather_query, protocol="https")
tm.flow(weather_api, advisory, weather, protocol="https")
tm.flow(advisory, vineyard_db, advice)
tm.flow(vineyard_db, dashboard, advice, diagnosis, spray_log)
tm.flow(photo_store, dashboard, leaf_photo, label="photos for review")
tm.flow(dashboard, manager, advice, diagnosis, leaf_photo, protocol="https")
tm.flow(manager, dashboard, spray_plan, spray_log, corrections, protocol="https")
tm.flow(dashboard, vineyard_db, spray_plan, spray_log)

# retraining
tm.flow(dashboard, training_set, corrections)
tm.flow(photo_store, training_set, leaf_photo, label="export of confirmed photos")
tm.flow(public_dataset, training_set, public_images, protocol="https")
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(contractor, training, training_code, protocol="https")
tm.flow(training_set, training, leaf_photo, corrections, public_images)
tm.flow(training, registry, checkpoint)
tm.flow(registry, classifier, checkpoint, label="deploy production tag")
