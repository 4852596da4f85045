"""Route hazard reporting: the first design, before any security review.

Riders of our cycling app report hazards they meet on a route (potholes, glass,
flooding, roadworks, a closed path) with a short description, a photo and the
GPS position. The app sends each report to the mobile API in our cloud account,
where an intake service stores it and asks an in-house image-and-text classifier
for the hazard type and a confidence. A publishing service puts confident
reports on the hazard layer of the route map straight away and sends the rest to
a community moderator; published road defects are also forwarded to the local
council's defect-reporting API. Moderator decisions become labels for a weekly
retraining job whose models go through the model registry. Controls in this
design: app sign-in, per-account rate limits and upload checks on the API, EXIF
stripping of photos, encryption of the report store and versioned models.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Cycling app route hazard reporting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Classifies riders' hazard reports and photos and publishes hazard "
    "warnings on the app's route map.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Hazard report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider account id, GPS position, time, chosen category and free-text note.",
)
photo = tg.Data(
    "Hazard photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Taken on the rider's phone; may show passers-by and number plates.",
)
classification = tg.Data(
    "Hazard classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hazard type and the classifier's confidence.",
)
review_item = tg.Data(
    "Low-confidence report for review", kind="records", sensitivity=tg.Sensitivity.PII
)
moderation = tg.Data("Moderator decision", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
warning = tg.Data(
    "Hazard warning",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Hazard type, location and time, shown to every rider on the map.",
)
route_request = tg.Data("Route map request", kind="records", sensitivity=tg.Sensitivity.PII)
route_map = tg.Data("Route map with hazards", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
defect_report = tg.Data(
    "Road defect report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Defect type, location and the rider's photo, without the rider's identity.",
)
training_set = tg.Data(
    "Labelled hazard examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Photos and notes of past reports with the moderators' labels.",
)
weights = tg.Data(
    "Hazard classifier weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can install the app and open an account.
    rider = tm.add(tg.Actor("Rider", role="app user"))
    # Our app on each rider's own phone: camera, GPS and the map.
    app = tm.add(tg.Device("Rider phone app", fleet=True))

with tm.boundary("Local council", trust=tg.Trust.PARTNER):
    # The council's API for reporting highway defects.
    council_api = tm.add(
        tg.ExternalService("Council road defect API", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("App backend", trust=tg.Trust.INTERNAL):
    # Public entry point the app calls for reports.
    mobile_api = tm.add(
        tg.Endpoint(
            "Mobile API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app account: Sign in with Apple or Google (OIDC)"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="image type, size and coordinates checked"),
            },
        )
    )
    # Stores each report and has it classified.
    intake = tm.add(
        tg.Service(
            "Report intake service",
            controls={c.DataMinimization(note="EXIF metadata stripped from photos")},
        )
    )
    # Object storage and database for reports and photos.
    report_store = tm.add(
        tg.DataStore(
            "Report store",
            stores={report, photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Multimodal classifier: hazard type from the photo and note.
    classifier = tm.add(
        tg.Model(
            "Hazard classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Fine-tuned image-and-text model over eight hazard types.",
        )
    )
    # Decides what goes on the map and what waits for a moderator.
    publisher = tm.add(
        tg.Service(
            "Hazard publishing service",
            description="Publishes reports scored 0.8 or more; sends the rest to moderation.",
        )
    )
    # The hazard layer of the route map.
    hazard_layer = tm.add(tg.DataStore("Hazard map layer", stores={warning}))
    # Serves routes and the hazard layer to the app.
    map_api = tm.add(tg.Endpoint("Route map API", purpose=tg.EndpointPurpose.API))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Past reports with moderator labels.
    dataset = tm.add(tg.Dataset("Hazard training set", stores={training_set}))
    # Weekly fine-tuning of the classifier.
    training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
    # Versions of the classifier; serving loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Operations", trust=tg.Trust.INTERNAL):
    # Part-time community moderators working the review queue.
    moderator = tm.add(tg.Actor("Community moderator", role="moderator"))

# ---------------------------------------------------------------- flows
tm.flow(rider, app, report, photo, label="typed and photographed in the app")
tm.flow(app, mobile_api, report, photo, protocol="https")
tm.flow(mobile_api, intake, report, photo)
tm.flow(intake, report_store, report, photo)
tm.flow(intake, classifier, report, photo)
tm.flow(classifier, intake, classification)
tm.flow(intake, publisher, report, classification)

tm.flow(publisher, hazard_layer, warning)
tm.flow(publisher, moderator, review_item, protocol="https")
tm.flow(moderator, publisher, moderation, protocol="https")
tm.flow(publisher, council_api, defect_report, protocol="https")

tm.flow(app, map_api, route_request, protocol="https")
tm.flow(hazard_layer, map_api, warning)
tm.flow(map_api, app, route_map, protocol="https")
tm.flow(app, rider, route_map, label="shown on the map")

tm.flow(report_store, dataset, report, photo, label="weekly export")
tm.flow(publisher, dataset, moderation)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy promoted version")
