"""Pilot boarding ladder inspection: the first design, before any security review.

Our pilots board ships from a pilot boat at sea. Before climbing, the pilot photographs
the ship's pilot ladder with the company phone app, and the app uploads the photos over
the mobile network to an inspection API in our cloud account. A vision model (an
in-house object detector, retrained monthly) finds rungs, spreaders, side ropes and
securing points, and a rule check compares its measurements with the IMO/SOLAS ladder
rules we keep in a rule set. The pilot gets a pass or a list of suspected defects back
in seconds, confirms or rejects each one, and decides for himself whether to climb.
Confirmed defects go to a defect log; the duty coordinator in the pilot office reviews
each report before it is e-mailed to the ship's master through our e-mail provider.
Pilots and office staff sign in with the company identity provider; stores are
encrypted with cloud KMS keys; a new model version is released by an ML engineer.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Pilot boarding ladder inspection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Photo check of ships' pilot ladders against the IMO/SOLAS rules before a pilot "
        "climbs, with defect reports to the ship."
    ),
)

# ---------------------------------------------------------------- data assets
ladder_photos = tg.Data(
    "Ladder photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos of the rigged ladder; geotagged, and crew at the rail may be in them.",
)
inspection_request = tg.Data(
    "Inspection request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pilot id, pilotage job number, vessel IMO number, time and position.",
)
detections = tg.Data(
    "Ladder detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Detected rungs, spreaders and ropes with estimated spacing and confidence.",
)
ladder_rules = tg.Data(
    "Ladder rule set",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="SOLAS V/23 and IMO A.1045(27) limits: rung spacing, heights, rope sizes.",
)
inspection_result = tg.Data(
    "Inspection result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Pass, or the list of suspected defects shown to the pilot.",
)
pilot_confirmation = tg.Data(
    "Pilot defect confirmation",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="The pilot's confirm or reject of each suspected defect, and any notes.",
)
defect_records = tg.Data(
    "Defect records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Confirmed defects per vessel and job, with the pilot's name and photo references.",
)
draft_report = tg.Data(
    "Draft defect report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
report_approval = tg.Data("Report approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
defect_report = tg.Data(
    "Defect report to ship",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Formal notice to the master of the defects found, with photos.",
)
rule_update = tg.Data("Rule set update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Labelled ladder photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past inspection photos with the pilots' confirmations as labels.",
)
weights = tg.Data(
    "Ladder detector weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch .pt checkpoint of the detector.",
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pilot boats and mobile network", trust=tg.Trust.UNTRUSTED):
    # The pilot takes the photos and makes the call to climb or refuse the ladder.
    pilot = tm.add(tg.Actor("Marine pilot", role="pilot"))
    # Company-issued phones running our inspection app, used on deck at sea.
    phone_app = tm.add(
        tg.Device(
            "Pilot phone app",
            fleet=True,
            description="Company smartphone app that takes the photos and shows the result.",
        )
    )

with tm.boundary("Visiting ships", trust=tg.Trust.UNTRUSTED):
    # Receives the defect report so the crew can fix the ladder before the next pilot.
    master = tm.add(tg.Actor("Ship's master", role="ship's master"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers reports to ships' addresses.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Pilotage cloud account", trust=tg.Trust.INTERNAL):
    # The only public entry point for the phone app.
    api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="OIDC with the company identity provider, MFA with authenticator app"
                ),
                tg.controls.InputValidation(note="JPEG/HEIC only, size and count limits"),
            },
        )
    )
    # Runs one inspection: stores photos, calls the detector, applies the rule set.
    inspection = tm.add(
        tg.Service(
            "Ladder inspection service",
            description="Combines the detector's measurements with the rule set into a verdict.",
        )
    )
    # The vision model itself, served from a GPU container next to the service.
    detector = tm.add(
        tg.Model(
            "Ladder defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector fine-tuned on our own ladder photos.",
        )
    )
    # The safety limits the verdict is checked against, maintained by the pilot office.
    rule_store = tm.add(
        tg.DataStore(
            "Ladder rule set store",
            stores={ladder_rules},
            controls={tg.controls.RBAC(note="only the marine superintendent's role may edit")},
        )
    )
    # Every photo kept as evidence for defect reports and for retraining.
    photo_store = tm.add(
        tg.DataStore(
            "Inspection photo bucket",
            stores={ladder_photos, inspection_request},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Defects the pilots confirmed, per vessel: the basis of reports to ships.
    defect_log = tm.add(
        tg.DataStore(
            "Defect log",
            stores={defect_records},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.RBAC(),
            },
        )
    )
    # Drafts the report from the defect log and sends it once the coordinator approves.
    reporting = tm.add(
        tg.Service(
            "Defect reporting service",
            controls={
                tg.controls.Authentication(method="office SSO (OIDC) with MFA"),
                tg.controls.HumanInTheLoop(approver="the duty pilot coordinator"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly export of confirmed inspections to retrain on.
        dataset = tm.add(tg.Dataset("Ladder training set", stores={training_set}))
        # Fine-tunes the detector on the latest training set.
        training = tm.add(tg.Pipeline("Monthly detector retraining", stage=tg.Stage.TRAINING))
        # Versions of the detector; serving loads the released one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Pilot office network", trust=tg.Trust.INTERNAL):
    # Reviews defect reports before they go to ships, and maintains the rule set.
    coordinator = tm.add(tg.Actor("Duty pilot coordinator", role="coordinator"))
    # Releases new detector versions after looking at the evaluation results.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# inspection at the ladder
tm.flow(
    pilot,
    phone_app,
    ladder_photos,
    pilot_confirmation,
    label="taken on the phone camera, in person",
)
tm.flow(phone_app, api, ladder_photos, inspection_request, pilot_confirmation, protocol="https")
tm.flow(api, inspection, ladder_photos, inspection_request, pilot_confirmation)
tm.flow(inspection, photo_store, ladder_photos, inspection_request)
tm.flow(inspection, detector, ladder_photos)
tm.flow(detector, inspection, detections)
tm.flow(rule_store, inspection, ladder_rules)
tm.flow(inspection, api, inspection_result)
tm.flow(api, phone_app, inspection_result, protocol="https")
tm.flow(phone_app, pilot, inspection_result, label="shown on the phone screen, in person")
tm.flow(inspection, defect_log, defect_records)

# reporting to the ship
tm.flow(defect_log, reporting, defect_records)
tm.flow(photo_store, reporting, ladder_photos, label="photos attached to the report")
tm.flow(reporting, coordinator, draft_report, protocol="https")
tm.flow(coordinator, reporting, report_approval, protocol="https")
tm.flow(reporting, mailer, defect_report, protocol="https")
tm.flow(mailer, master, defect_report, protocol="smtp")
tm.flow(coordinator, rule_store, rule_update, protocol="https", label="edits the rule set")

# retraining
tm.flow(photo_store, dataset, ladder_photos, label="monthly export of confirmed inspections")
tm.flow(defect_log, dataset, defect_records, label="monthly export of pilot confirmations")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="releases a version")
tm.flow(registry, detector, weights, label="deploy")
