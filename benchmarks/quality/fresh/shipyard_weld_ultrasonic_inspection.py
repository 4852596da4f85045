"""Shipyard weld ultrasonic inspection: the first design, before any security review.

NDT technicians scan hull butt and fillet welds with phased-array ultrasonic (PAUT)
instruments on the fabrication floor. The instruments drop each scan file on a
share, where an ingestion service archives it and sends it to an in-house CNN that
classifies the weld as accept or repair. Certified NDT inspectors review the calls
on rugged tablets in an inspection review app: every repair call must be confirmed
by an inspector; accept calls go straight to the record. Confirmed inspection
records are signed with the yard's QA certificate, kept in the records database,
and published to the classification society's surveyor through a web portal in
the yard DMZ, where the surveyor can also post remarks. Inspector-confirmed
dispositions become labels for periodic retraining by the yard's ML engineer; a
model is promoted only after passing an evaluation against a held-out set.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Shipyard weld ultrasonic inspection",
    profile=tg.RiskProfile.HIGH,
    description="AI accept/repair classification of PAUT weld scans, confirmed by NDT "
    "inspectors and reported to the classification society.",
)

# ---------------------------------------------------------------- data assets
scans = tg.Data(
    "PAUT weld scans",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Sectorial and linear scan data per weld, with hull block and seam id.",
)
classification = tg.Data(
    "Weld classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accept or repair, with a confidence and the indicated flaw region.",
)
disposition = tg.Data(
    "Inspector disposition",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The inspector's confirmation or override of a repair call, with cert number.",
)
inspection_records = tg.Data(
    "Signed inspection records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
surveyor_remarks = tg.Data(
    "Surveyor remarks", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
labels = tg.Data(
    "Confirmed weld labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled scan training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Weld classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Hull fabrication floor",
    trust=tg.Trust.INTERNAL,
    description="Shop-floor Wi-Fi in the block assembly halls and dry dock.",
):
    # The instruments that produce the scans; a fleet of portable PAUT units.
    scanner = tm.add(
        tg.Device(
            "PAUT scanner", fleet=True, description="Portable phased-array units used on the hull."
        )
    )
    # Certified (Level II/III) inspector who confirms each repair call.
    inspector = tm.add(tg.Actor("NDT inspector", role="certified NDT inspector"))

with tm.boundary("Yard QA data centre", trust=tg.Trust.INTERNAL):
    # Picks up scan files from the share, archives them and requests a classification.
    ingestion = tm.add(tg.Pipeline("Scan ingestion service", stage=tg.Stage.INGESTION))
    # Long-term archive of raw scans, kept for the life of the hull.
    archive = tm.add(tg.DataStore("Scan archive", stores={scans}))
    # The accept/repair classifier itself.
    classifier = tm.add(
        tg.Model(
            "Weld defect classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="CNN over PAUT images; a missed defect is a structural weld left unrepaired.",
        )
    )
    # Where inspectors see the call next to the scan and record their disposition.
    review_app = tm.add(
        tg.Endpoint(
            "Inspection review app",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="Yard Active Directory SSO"),
                c.HumanInTheLoop(
                    approver="certified NDT inspector",
                    note="repair calls only; accept calls are recorded directly",
                ),
            },
        )
    )
    # The system of record for inspection results sent to class.
    records_db = tm.add(
        tg.DataStore(
            "Inspection records database",
            stores={inspection_records, surveyor_remarks},
            controls={c.AuditLogging(retention_days=3650)},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Scans with inspector-confirmed labels for retraining.
        dataset = tm.add(tg.Dataset("Weld training set", stores={training_set, labels}))
        # Periodic retraining, run by the ML engineer.
        training = tm.add(
            tg.Pipeline(
                "Classifier retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out set of inspector-confirmed welds")},
            )
        )
        # Versions of the classifier; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Yard DMZ", trust=tg.Trust.INTERNAL):
    # Lets the class surveyor fetch signed records and post remarks from outside.
    portal = tm.add(
        tg.Endpoint(
            "Surveyor portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-surveyor accounts issued by the yard")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and promotes classifier versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Classification society", trust=tg.Trust.PARTNER):
    # The class surveyor who accepts the yard's inspection records.
    surveyor = tm.add(tg.Actor("Class surveyor", role="classification society surveyor"))

# ---------------------------------------------------------------- flows
tm.flow(scanner, ingestion, scans, protocol="smb", label="scan files to share")
tm.flow(ingestion, archive, scans)
tm.flow(ingestion, classifier, scans)
tm.flow(classifier, review_app, classification)
tm.flow(archive, review_app, scans, label="scan view")
tm.flow(review_app, inspector, classification, scans, protocol="https")
tm.flow(inspector, review_app, disposition, protocol="https")
tm.flow(
    review_app,
    records_db,
    inspection_records,
    controls={c.MessageIntegrity(note="signed with the yard QA certificate")},
)

tm.flow(records_db, portal, inspection_records)
tm.flow(portal, surveyor, inspection_records, protocol="https")
tm.flow(surveyor, portal, surveyor_remarks, protocol="https")
tm.flow(portal, records_db, surveyor_remarks)

tm.flow(review_app, dataset, labels, label="confirmed dispositions")
tm.flow(archive, dataset, scans)
tm.flow(dataset, training, training_set, labels)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy promoted version")
