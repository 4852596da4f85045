"""Passport photo compliance checker: the first design, before any security review.

Applicants to the national passport office sign in to the online application
portal with the national eID and upload a digital photo. A photo check service
runs our in-house compliance model over it (face position and size, lighting,
background, expression, glasses) and turns the per-rule results into a plain
explanation so the applicant can retake the photo. An applicant may override a
failure by giving a reason; overridden photos wait in the case management
service, where passport examiners on the office network accept or reject them.
Accepted photos go with the application to the passport production system that
the state printing works runs. Examiner decisions become labels for retraining
the model on the office's ML platform. The portal validates uploads and rate
limits them, photos are encrypted at rest, and examiners sign in with smartcards
under role-based access, with their actions logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Passport photo compliance checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Checks applicants' passport photos against the photo rules and explains failures.",
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Applicant photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The uploaded face image that will be printed in the passport.",
)
check_result = tg.Data(
    "Photo rule check results",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Pass or fail per photo rule, with the model's confidence for each.",
)
explanation = tg.Data(
    "Failure explanation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Which rules failed and how to retake the photo.",
)
override = tg.Data("Override reason", kind="records", sensitivity=tg.Sensitivity.PII)
application = tg.Data(
    "Passport application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, date of birth, address, previous passport number, photo status.",
)
review_case = tg.Data("Overridden photo case", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data("Examiner photo decision", kind="labels", sensitivity=tg.Sensitivity.PII)
production_order = tg.Data(
    "Passport production order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="The accepted photo and the personal details to print and encode.",
)
training_set = tg.Data("Labelled photo set", kind="training-data", sensitivity=tg.Sensitivity.PII)
weights = tg.Data(
    "Compliance model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone applying for or renewing a passport, from their own device.
    applicant = tm.add(tg.Actor("Applicant", role="passport applicant"))

with tm.boundary("Government cloud", trust=tg.Trust.INTERNAL):
    # The public web front of the online application.
    portal = tm.add(
        tg.Endpoint(
            "Application portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="national eID (OIDC)"),
                c.InputValidation(note="JPEG/PNG only, size and pixel dimension limits"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Runs the model and maps its per-rule results to explanation text templates.
    checker = tm.add(
        tg.Service(
            "Photo check service",
            description="Calls the compliance model and writes the failure explanation.",
        )
    )
    # In-house CNN with one output head per photo rule.
    model = tm.add(
        tg.Model(
            "Photo compliance model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Decides whether a photo meets each passport photo rule.",
        )
    )
    # Uploaded photos, kept until the passport is issued or the application lapses.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The application records, check results and override reasons.
    app_db = tm.add(
        tg.DataStore("Application database", stores={application, check_result, override})
    )

with tm.boundary("Passport office network", trust=tg.Trust.INTERNAL):
    # Examiners working the queue of overridden photos.
    examiner = tm.add(tg.Actor("Passport examiner", role="examiner"))
    # Workflow for examiner review and hand-off to production.
    case_mgmt = tm.add(
        tg.Service(
            "Case management service",
            controls={
                c.Authentication(method="staff smartcard with PIN"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.RESTRICTED):
        # Photos with examiner decisions, used for retraining.
        dataset = tm.add(tg.Dataset("Labelled photo dataset", stores={training_set}))
        # Quarterly retraining and evaluation of the compliance model.
        training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
        # Versioned model artifacts deployed to the photo check service.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("State printing works", trust=tg.Trust.PARTNER):
    # Personalises and prints the passport books.
    production = tm.add(
        tg.ExternalService("Passport production system", provides=tg.ExternalCategory.GENERIC)
    )

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, photo, override, protocol="https", label="upload and override")
tm.flow(portal, applicant, check_result, explanation, protocol="https")

tm.flow(portal, photo_store, photo, protocol="https")
tm.flow(portal, checker, photo, protocol="https")
tm.flow(checker, model, photo)
tm.flow(model, checker, check_result)
tm.flow(checker, portal, check_result, explanation, protocol="https")
tm.flow(portal, app_db, application, check_result, override)

tm.flow(app_db, case_mgmt, review_case, application, protocol="https")
tm.flow(photo_store, case_mgmt, photo, protocol="https")
tm.flow(case_mgmt, examiner, review_case, photo, protocol="https")
tm.flow(examiner, case_mgmt, decision, protocol="https")
tm.flow(case_mgmt, app_db, decision, protocol="https")
tm.flow(case_mgmt, production, production_order, protocol="sftp", label="accepted photos")

tm.flow(case_mgmt, dataset, training_set, label="photos with examiner decisions")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
