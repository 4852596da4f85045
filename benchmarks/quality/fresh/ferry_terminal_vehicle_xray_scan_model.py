"""Ferry terminal vehicle X-ray scan model: the first design, before any security review.

Freight vehicles boarding at an EU ferry port drive through an X-ray scanning portal in
the freight check-in lanes. An ingestion service in the border agency's scanning network
joins each scan to the ferry operator's check-in booking (registration, trailer number,
haulier, driver name) and to the customs declaration of the load, and keeps the images
in a scan archive. An in-house anomaly detection model scores each scan against the
declared cargo and marks suspicious regions on a heatmap. Border officers see the
flagged vehicles in a review console, decide which lorries to pull in for a physical
search, and record what the search found; those outcomes become labels for quarterly
retraining in an ML enclave, and approved models are versioned in a registry. The model
only advises: an officer decides every search. Officers sign in with their agency
smartcard and the console is role based and audited; partner feeds arrive over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry terminal vehicle X-ray scan model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags anomalies in X-ray scans of boarding freight vehicles so that "
    "border officers can choose which lorries to search.",
)

# ---------------------------------------------------------------- data assets
xray_scan = tg.Data(
    "Vehicle X-ray scan image",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Transmission image of the cab, trailer and load; can show people "
    "hidden in the load.",
)
booking = tg.Data(
    "Vehicle check-in booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registration, trailer number, haulier, driver name and sailing.",
)
declaration = tg.Data(
    "Cargo declaration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Declared goods, weights, consignor and consignee.",
)
scan_case = tg.Data(
    "Scan case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="One vehicle's scan joined to its booking and declaration.",
)
model_input = tg.Data(
    "Scan image and declared goods features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
anomaly_result = tg.Data(
    "Anomaly score and heatmap",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
flagged_case = tg.Data(
    "Flagged vehicle case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Scan, heatmap, score, booking and declaration shown to the officer.",
)
search_outcome = tg.Data(
    "Search decision and outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Whether the vehicle was searched and what was found, by officer.",
)
labelled_scans = tg.Data(
    "Labelled scan set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Anomaly model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint written by the training job.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Freight check-in lanes", trust=tg.Trust.INTERNAL):
    # The drive-through X-ray portals, one per freight lane (vendor-supplied).
    scanner = tm.add(
        tg.Device(
            "Lane X-ray scanning portal",
            fleet=True,
            description="Vendor appliance; pushes each scan to the ingestion service.",
        )
    )

with tm.boundary("Ferry operator", trust=tg.Trust.PARTNER):
    # Where hauliers check in; tells us which vehicle was in the lane.
    checkin = tm.add(
        tg.ExternalService(
            "Ferry check-in system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Sends the booking of each freight vehicle as it enters a lane.",
        )
    )

with tm.boundary("Customs authority", trust=tg.Trust.PARTNER):
    # The declared load the scan is compared against.
    customs = tm.add(
        tg.ExternalService(
            "Customs declaration service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Border agency scanning network", trust=tg.Trust.INTERNAL):
    # Joins scan, booking and declaration into one case and stores it.
    ingestion = tm.add(tg.Service("Scan ingestion service"))
    # Keeps the scans and cases for review, evidence and retraining.
    archive = tm.add(
        tg.DataStore(
            "Scan archive",
            stores={xray_scan, scan_case},
            controls={c.EncryptionAtRest(key_management="agency KMS")},
        )
    )
    # Runs the model on each new case and hands the result to the console.
    scoring = tm.add(tg.Service("Scan scoring service"))
    # Finds regions of the image that do not fit the declared goods.
    model = tm.add(
        tg.Model(
            "Cargo anomaly detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN over the X-ray image conditioned on the declared goods class.",
        )
    )
    # What officers work in: flagged vehicles first, with the heatmap overlaid.
    console = tm.add(
        tg.Endpoint(
            "Officer review console",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="agency smartcard with PIN"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="the border officer on the lane decides every search"),
            },
        )
    )
    # Officers' search decisions and findings, the agency's record of each search.
    outcomes = tm.add(
        tg.DataStore(
            "Search outcome log",
            stores={search_outcome},
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("Officer booths", trust=tg.Trust.INTERNAL):
    # Decides which lorries to pull in and records what the search found.
    officer = tm.add(tg.Actor("Border officer", role="border officer"))

with tm.boundary("ML enclave", trust=tg.Trust.RESTRICTED):
    # Scans labelled with search outcomes, for training and hold-out evaluation.
    dataset = tm.add(tg.Dataset("Labelled scan dataset", stores={labelled_scans}))
    # Quarterly retraining, with an evaluation on the hold-out split before release.
    training = tm.add(
        tg.Pipeline(
            "Quarterly retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation()},
        )
    )
    # Versioned model checkpoints; serving loads the approved version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Builds the labelled set from the archive and the outcome log.
    labelling = tm.add(tg.Pipeline("Outcome labelling job", stage=tg.Stage.LABELING))

with tm.boundary("Agency corporate network", trust=tg.Trust.INTERNAL):
    # Trains, evaluates and approves model releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(scanner, ingestion, xray_scan, protocol="dicos", label="scan push over lane LAN")
tm.flow(checkin, ingestion, booking, protocol="https", label="lane entry event")
tm.flow(ingestion, customs, booking, protocol="https", label="declaration lookup by trailer")
tm.flow(customs, ingestion, declaration, protocol="https")
tm.flow(ingestion, archive, xray_scan, scan_case)

tm.flow(ingestion, scoring, scan_case)
tm.flow(scoring, model, model_input)
tm.flow(model, scoring, anomaly_result)
tm.flow(scoring, archive, anomaly_result)
tm.flow(scoring, console, flagged_case, anomaly_result)
tm.flow(archive, console, xray_scan, scan_case, label="officer opens a case")

tm.flow(console, officer, flagged_case, protocol="https")
tm.flow(officer, console, search_outcome, protocol="https")
tm.flow(console, outcomes, search_outcome)

tm.flow(archive, labelling, xray_scan, scan_case, label="quarterly export")
tm.flow(outcomes, labelling, search_outcome, label="quarterly export")
tm.flow(labelling, dataset, labelled_scans)
tm.flow(dataset, training, labelled_scans)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, protocol="https", label="approves release")
tm.flow(registry, model, weights, label="deploy approved version")
