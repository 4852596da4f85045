"""Pothole photo triage for the city's 311 service: the first design.

Residents report potholes from the 311 app or web form with photos, a map location
and optional contact details. The 311 API in the city's cloud tenant stores each
report, asks an in-house image model to rate severity (1 to 5) and a duplicate
matcher (photo embeddings plus distance) whether an open report covers the same
pothole. New reports become work orders in the public-works system in the city
data centre, which schedules crews by severity; status changes go back to residents
by SMS or push through a hosted messaging provider. Road inspectors correct ratings
in a review console, and the corrections feed a monthly retraining job.
Controls: an API quota and upload type/size checks, city SSO for staff, roles and
an audit log in the work-order system, encryption at rest of the report store, and
versioned models in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "311 pothole photo triage",
    profile=tg.RiskProfile.LOW,
    description="Severity rating and de-duplication of resident pothole reports for crew scheduling.",
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Pothole photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Street photo from a resident's phone; may show faces, plates and EXIF location.",
)
report = tg.Data(
    "Pothole report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Location, description, and the resident's optional name, phone and e-mail.",
)
receipt = tg.Data("Case number and status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
rating = tg.Data(
    "Severity rating",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
embeddings = tg.Data("Photo embeddings", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings")
match = tg.Data("Duplicate match", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
status_change = tg.Data(
    "Work-order status change", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
notification = tg.Data(
    "Status notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Message text with the resident's phone number or push token.",
)
corrections = tg.Data(
    "Inspector rating corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Severity training set",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    description="Resident photos with inspector-confirmed severity labels.",
)
weights = tg.Data("Severity model weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public, with or without a city account.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Hosted SMS and push service the 311 platform already uses for notifications.
    messaging = tm.add(tg.ExternalService("SMS and push provider", provides="generic"))

with tm.boundary("City cloud tenant", trust=tg.Trust.INTERNAL):
    # Public API behind the 311 app and web form; the only component residents reach.
    api = tm.add(
        tg.Endpoint(
            "311 report API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per device or IP"),
                c.InputValidation(note="JPEG/HEIC only, 10 MB limit, location inside city limits"),
            },
        )
    )
    # Orchestrates each report: store, rate, de-duplicate, open a work order, notify.
    triage = tm.add(tg.Service("Triage service"))
    # Reports and original photos, kept for the life of the case and for retraining.
    report_store = tm.add(
        tg.DataStore(
            "Report and photo store",
            stores={photo, report, rating},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # In-house CNN fine-tuned on city photos; its rating sets crew priority.
    severity = tm.add(
        tg.Model(
            "Severity model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Open-weights image embedding model used to find reports of the same pothole.
    matcher = tm.add(
        tg.Model("Duplicate matcher", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )
    # Embeddings and locations of open reports, queried by distance and similarity.
    index = tm.add(tg.VectorStore("Open-report embedding index", stores={embeddings}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Console where inspectors review photos and correct ratings.
        review = tm.add(
            tg.Pipeline(
                "Inspector review console",
                stage=tg.Stage.LABELING,
                controls={c.Authentication(method="city SSO")},
            )
        )
        # Photos with corrected labels, appended after every review.
        dataset = tm.add(tg.Dataset("Severity training set store", stores={training_set}))
        # Monthly fine-tuning job run by the city's data team.
        retrain = tm.add(
            tg.Pipeline("Monthly retraining", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
        )
        # Keeps each model version; the data team promotes one to serving by hand.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("City data centre", trust=tg.Trust.INTERNAL):
    # Existing public-works system: work orders, crew schedules by severity.
    wos = tm.add(
        tg.Service(
            "Work-order system",
            controls={c.RBAC(), c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("City corporate network", trust=tg.Trust.INTERNAL):
    # Road inspectors verify potholes in the field and correct model ratings.
    inspector = tm.add(tg.Actor("Road inspector", role="inspector"))

# ---------------------------------------------------------------- flows
tm.flow(resident, api, photo, report, protocol="https", label="submit report")
tm.flow(api, resident, receipt, protocol="https", label="case number, status lookups")
tm.flow(api, triage, photo, report)
tm.flow(triage, api, receipt)
tm.flow(triage, report_store, photo, report, rating)
tm.flow(report_store, triage, report, rating, label="case lookups")

tm.flow(triage, severity, photo)
tm.flow(severity, triage, rating)
tm.flow(triage, matcher, photo, report, label="photo and location")
tm.flow(matcher, index, embeddings, label="store and query")
tm.flow(index, matcher, embeddings, label="nearby similar reports")
tm.flow(matcher, triage, match)

tm.flow(triage, wos, work_order, protocol="https", label="open work order")
tm.flow(wos, triage, status_change, protocol="https", label="status webhooks")
tm.flow(triage, messaging, notification, protocol="https")
tm.flow(messaging, resident, notification, label="SMS or push")

tm.flow(wos, inspector, work_order, label="inspection assignments")
tm.flow(report_store, review, photo, rating)
tm.flow(inspector, review, corrections, protocol="https", label="corrected ratings")
tm.flow(review, report_store, corrections, label="rating updated on the case")
tm.flow(review, dataset, training_set)
tm.flow(dataset, retrain, training_set)
tm.flow(retrain, registry, weights)
tm.flow(registry, severity, weights, label="promote")
