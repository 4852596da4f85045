"""Bat survey acoustic classifier: the first design, before any security review.

An ecological consultancy's volunteers and field staff leave passive bat detectors
at survey sites for several nights, then copy the recordings to a phone app that
uploads them, with the site and deployment details, to the consultancy's cloud.
A worker turns each recording into call spectrograms and an in-house acoustic
model classifies the bat species with a confidence score. Calls of rare species
are queued in a web verification portal where an ecologist listens and confirms
or corrects them; verified calls also grow the reference library that retrains
the classifier. A report service drafts the survey report for a planning
application from the results, using a hosted LLM for the narrative sections, and
the lead ecologist checks and signs off every report before e-mailing it to the
local planning authority. App accounts sign in with e-mail and password; staff
use company SSO with MFA; stored recordings and results are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bat survey acoustic classifier app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Bat detector recordings classified by species for planning-application survey reports.",
)

# ---------------------------------------------------------------- data assets
recordings = tg.Data(
    "Bat detector recordings",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Full-spectrum WAV files with GPS and timestamps in the file headers.",
)
deployment = tg.Data(
    "Deployment details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Site, grid reference, nights deployed, detector serial and surveyor name.",
)
upload_status = tg.Data("Upload status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
spectrograms = tg.Data(
    "Call spectrograms", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
classifications = tg.Data(
    "Species classifications",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Species or genus per call sequence, with a confidence score.",
)
verified_ids = tg.Data(
    "Verified identifications",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_calls = tg.Data(
    "Reference call library", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data("Classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
report_prompt = tg.Data(
    "Report drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
narrative = tg.Data(
    "Drafted narrative", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
report_draft = tg.Data(
    "Survey report draft", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sign_off = tg.Data(
    "Report edits and sign-off", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
final_report = tg.Data(
    "Bat survey report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Survey sites and volunteers' phones", trust=tg.Trust.UNTRUSTED):
    # Volunteers and field staff who deploy detectors and upload the recordings.
    surveyor = tm.add(tg.Actor("Volunteer surveyor", role="volunteer or field surveyor"))
    # Passive detectors left unattended on private land for several nights.
    detector = tm.add(
        tg.Device("Bat detector", description="Passive full-spectrum recorder with an SD card.")
    )
    # The consultancy's survey app on the surveyors' own phones.
    phone_app = tm.add(
        tg.Device(
            "Survey phone app",
            description="Android and iOS app; copies the card's recordings and uploads them.",
        )
    )

with tm.boundary("Consultancy cloud", trust=tg.Trust.INTERNAL):
    # Receives uploads from the app.
    upload_api = tm.add(
        tg.Endpoint(
            "Upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app account with e-mail and password"),
                c.InputValidation(note="WAV and Anabat files only, size capped per upload"),
            },
        )
    )
    # Raw recordings kept for verification and as evidence behind reports.
    recording_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recordings, deployment},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Splits recordings into call sequences and calls the classifier.
    worker = tm.add(
        tg.Service(
            "Call classification worker",
            description="Detects call sequences, builds spectrograms, stores the model's results.",
        )
    )
    # The species classifier itself.
    classifier = tm.add(
        tg.Model(
            "Bat species classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN over call spectrograms, trained on the consultancy's reference calls.",
        )
    )
    # Per-survey results: classifications and what the ecologists verified.
    results_db = tm.add(
        tg.DataStore(
            "Survey results database",
            stores={classifications, verified_ids, deployment},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where ecologists listen to rare-species calls and confirm or correct them.
    portal = tm.add(
        tg.Service(
            "Verification portal",
            internet_facing=True,
            description="Web app so that ecologists can verify calls from the office or home.",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(note="only ecologists can verify calls"),
                c.AuditLogging(),
            },
        )
    )
    # Assembles the survey report from the results.
    report_service = tm.add(
        tg.Service(
            "Report drafting service",
            description="Fills the report template with results tables and asks the LLM for narrative.",
            controls={
                c.HumanInTheLoop(approver="the lead ecologist checks and signs off every report"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Verified calls kept as labelled training examples.
        call_library = tm.add(tg.Dataset("Verified call library", stores={training_calls}))
        # Retrains the classifier a few times a season.
        retraining = tm.add(tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING))
        # Holds classifier versions for the worker to load.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that writes the narrative sections of the report.
    llm = tm.add(tg.LLM("Hosted report LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Consultancy office", trust=tg.Trust.INTERNAL):
    # Licensed bat ecologist who verifies rare calls and signs off reports.
    ecologist = tm.add(tg.Actor("Ecologist", role="licensed bat ecologist"))

with tm.boundary("Local planning authority", trust=tg.Trust.PARTNER):
    # Receives the survey report with the planning application.
    lpa = tm.add(tg.Actor("Planning officer", role="local planning authority officer"))

# ---------------------------------------------------------------- flows
tm.flow(detector, phone_app, recordings, label="SD card copied to phone")
tm.flow(surveyor, phone_app, deployment, label="enters site and deployment")
tm.flow(phone_app, upload_api, recordings, deployment, protocol="https")
tm.flow(upload_api, phone_app, upload_status, protocol="https")
tm.flow(upload_api, recording_store, recordings, deployment)

tm.flow(recording_store, worker, recordings, deployment)
tm.flow(worker, classifier, spectrograms)
tm.flow(classifier, worker, classifications)
tm.flow(worker, results_db, classifications, deployment)

tm.flow(results_db, portal, classifications, label="rare species queue")
tm.flow(recording_store, portal, recordings, label="call audio")
tm.flow(portal, ecologist, classifications, recordings, protocol="https")
tm.flow(ecologist, portal, verified_ids, protocol="https")
tm.flow(portal, results_db, verified_ids)
tm.flow(portal, call_library, training_calls, label="verified calls")

tm.flow(call_library, retraining, training_calls)
tm.flow(retraining, registry, weights)
tm.flow(registry, classifier, weights, label="load approved version")

tm.flow(results_db, report_service, classifications, verified_ids, deployment)
tm.flow(report_service, llm, report_prompt, protocol="https")
tm.flow(llm, report_service, narrative, protocol="https")
tm.flow(report_service, ecologist, report_draft, protocol="https")
tm.flow(ecologist, report_service, sign_off, protocol="https")
tm.flow(
    ecologist, lpa, final_report, protocol="smtp+starttls", label="e-mailed with the application"
)
