"""Bat survey acoustic classifier: the first design, before any security review.

Surveyors leave passive bat detectors at development sites for a week or more,
then upload the SD card recordings and site details to a portal in the
consultancy's cloud. A classification service turns calls into spectrograms and
runs a species classifier (open-weights, fine-tuned quarterly on our verified
calls). Ecologists check the calls it is unsure of in a review web app. A report
generator drafts the survey report; the lead ecologist signs it off and it is
e-mailed to the developer and uploaded to the planning authority's portal.
Controls: Microsoft 365 sign-in with MFA for staff on the portal and review app,
HTTPS, provider-managed encryption of the recordings bucket, report sign-off.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bat survey acoustic classifier",
    profile=tg.RiskProfile.LOW,
    description=(
        "Species identification of bat calls recorded at development sites, checked by "
        "ecologists and reported to developers and planning authorities."
    ),
)

# ---------------------------------------------------------------- data assets
recordings = tg.Data(
    "Bat detector recordings",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Full-spectrum WAV files with GUANO metadata: detector GPS position and time.",
)
site_details = tg.Data(
    "Survey site details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Client, site address, detector positions, surveyor and survey dates.",
)
spectrograms = tg.Data("Call spectrograms", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
classifications = tg.Data(
    "Species classifications",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Species or genus per call with the classifier's confidence.",
)
uncertain_calls = tg.Data(
    "Uncertain calls for review",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Call clips below the confidence threshold, with the classifier's top guesses.",
)
verified_ids = tg.Data(
    "Verified species identifications",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Bat classifier weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned classifier.",
)
report = tg.Data(
    "Bat survey report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Species found, roost evidence and locations, activity levels, mitigation.",
)
sign_off = tg.Data("Ecologist interpretation and sign-off", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Development sites", trust=tg.Trust.UNTRUSTED):
    # Left unattended, strapped to trees and fences on sites anyone can walk onto.
    detector = tm.add(
        tg.Device(
            "Bat detector",
            fleet=True,
            description="Passive full-spectrum detectors recording to SD cards.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The client who commissioned the survey; wants the site cleared for building.
    developer = tm.add(tg.Actor("Developer", role="client"))
    # Receives the report as part of the planning application.
    planning = tm.add(
        tg.ExternalService(
            "Planning authority portal",
            description="The local planning authority's online submission portal.",
        )
    )

with tm.boundary("Staff devices", trust=tg.Trust.INTERNAL):
    # Swaps SD cards on site and uploads the recordings from a work laptop.
    surveyor = tm.add(tg.Actor("Surveyor", role="field surveyor"))
    # Checks uncertain calls by ear and spectrogram, writes up and signs off reports.
    ecologist = tm.add(tg.Actor("Ecologist", role="bat ecologist"))

with tm.boundary("Consultancy cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where surveyors drop recordings; reached over the internet from home and the field.
    upload = tm.add(
        tg.Endpoint(
            "Recording upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )
    # Raw recordings and site details, kept for the life of the planning case.
    rec_store = tm.add(
        tg.DataStore(
            "Recordings bucket",
            stores={recordings, site_details},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Splits recordings into calls, makes spectrograms, calls the model, queues doubtful calls.
    classifier_svc = tm.add(tg.Service("Call classification service"))
    # Fine-tuned open-weights bat call classifier, loaded in the classification service's host.
    model = tm.add(
        tg.Model(
            "Bat species classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
        )
    )
    # Per-call results, and the ecologists' corrections to them.
    results_db = tm.add(
        tg.DataStore(
            "Identification database", stores={classifications, verified_ids, site_details}
        )
    )
    # Web app where ecologists listen to and confirm uncertain calls.
    review_app = tm.add(
        tg.Service(
            "Call review app",
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )
    # Drafts the report from the identifications and the site details.
    report_gen = tm.add(
        tg.Service(
            "Report generator",
            controls={
                c.HumanInTheLoop(approver="lead ecologist signs off every report before it is sent")
            },
        )
    )
    # Verified calls kept for fine-tuning the classifier.
    call_library = tm.add(
        tg.Dataset("Verified call library", stores={verified_ids, uncertain_calls})
    )
    # Quarterly fine-tuning job on the verified calls.
    retraining = tm.add(
        tg.Pipeline("Quarterly retraining", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )
    # Bucket prefix holding each fine-tuned checkpoint.
    model_store = tm.add(tg.ModelRegistry("Model checkpoint store", stores={weights}))

# ---------------------------------------------------------------- flows
tm.flow(detector, surveyor, recordings, label="SD cards collected on site")
tm.flow(surveyor, upload, recordings, site_details, protocol="https")
tm.flow(upload, rec_store, recordings, site_details)

tm.flow(rec_store, classifier_svc, recordings)
tm.flow(classifier_svc, model, spectrograms)
tm.flow(model, classifier_svc, classifications)
tm.flow(classifier_svc, results_db, classifications)

tm.flow(results_db, review_app, classifications)
tm.flow(rec_store, review_app, uncertain_calls, label="clips of uncertain calls")
tm.flow(review_app, ecologist, uncertain_calls, protocol="https")
tm.flow(ecologist, review_app, verified_ids, protocol="https")
tm.flow(review_app, results_db, verified_ids)

tm.flow(results_db, call_library, verified_ids)
tm.flow(rec_store, call_library, uncertain_calls, label="clips of verified calls")
tm.flow(call_library, retraining, verified_ids, uncertain_calls)
tm.flow(retraining, model_store, weights)
tm.flow(model_store, model, weights, label="load on deploy")

tm.flow(results_db, report_gen, classifications, verified_ids, site_details)
tm.flow(report_gen, ecologist, report, protocol="https", label="draft for sign-off")
tm.flow(ecologist, report_gen, sign_off, protocol="https")
tm.flow(report_gen, developer, report, protocol="smtp", label="e-mailed PDF")
tm.flow(report_gen, planning, report, protocol="https", label="uploaded to the application")
