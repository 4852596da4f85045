"""Cabin defect photo logging: the first design, before any security review.

Cabin crew use the company tablet app to photograph a cabin defect (a broken seat,
a reading light, a lavatory fault) and add the seat or location and a short note.
The app uploads the report over the mobile network or airport Wi-Fi to a defect
intake API in our cloud VPC, signed in with the crew SSO. A triage service runs
an in-house vision model on the photo, which classifies the defect and suggests an
ATA maintenance task code, and looks up the minimum equipment list (MEL) item.
A licensed engineer confirms or corrects each suggestion in a review console
before the defect is entered in the maintenance information system (MIS); the MIS
then decides, by the MEL, whether a seat is blocked (sent to the departure control
system) or the aircraft is grounded. Confirmed photos and task codes are kept as
labelled data for quarterly retraining. Controls today: crew SSO, TLS on the
links, encryption of stored photos, engineer confirmation, role-based access and
audit logging in the MIS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cabin defect photo logging",
    profile=tg.RiskProfile.HIGH,
    description="Crew photograph cabin defects; a vision model suggests the task code; "
    "engineers confirm before the defect enters the maintenance system.",
)

# ---------------------------------------------------------------- data assets
defect_report = tg.Data(
    "Cabin defect report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Aircraft registration, flight number, seat or location, crew note, crew staff ID.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
defect_photo = tg.Data(
    "Cabin defect photo",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="JPEG from the tablet camera; may show passengers or their belongings.",
)
suggestion = tg.Data(
    "Defect class and suggested task code",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_defect = tg.Data(
    "Draft defect entry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The report, photo link, model suggestion and matching MEL item.",
)
confirmed_defect = tg.Data(
    "Confirmed defect entry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
defect_status = tg.Data("Defect reference and status", kind="records")
mel = tg.Data(
    "MEL items and task code catalogue",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
seat_block = tg.Data("Seat block request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labelled_photos = tg.Data(
    "Labelled defect photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirmed photos with the engineer's defect class and task code.",
)
weights = tg.Data(
    "Defect classifier artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Aircraft and outstations", trust=tg.Trust.UNTRUSTED):
    # The cabin crew member who finds and photographs the defect.
    crew = tm.add(tg.Actor("Cabin crew member", role="cabin crew"))
    # Company-managed tablets, connected over airport Wi-Fi or the mobile network.
    tablet = tm.add(
        tg.Device(
            "Crew tablet app",
            fleet=True,
            description="Managed iPads under MDM; the app queues reports while offline.",
        )
    )

with tm.boundary("Defect platform VPC", trust=tg.Trust.INTERNAL):
    # The one entry point for the tablets: receives reports and photos.
    intake = tm.add(
        tg.Endpoint(
            "Defect intake API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="crew SSO (OIDC) with staff ID and password"),
                c.InputValidation(note="image type and size checks"),
            },
        )
    )
    # Keeps every uploaded photo for the defect record and for retraining.
    photo_store = tm.add(
        tg.DataStore(
            "Defect photo store",
            stores={defect_photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates triage: runs the model, looks up the MEL, builds the draft.
    triage = tm.add(
        tg.Service(
            "Defect triage service",
            controls={
                c.HumanInTheLoop(approver="licensed maintenance engineer"),
            },
        )
    )
    # The vision model that classifies the defect and suggests the task code.
    classifier = tm.add(
        tg.Model(
            "Cabin defect classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned image classifier; returns a defect class, a task code and a confidence.",
            controls={c.ModelVersioning()},
        )
    )
    # Read-only copy of the MEL and task codes, synced from the MIS each night.
    mel_store = tm.add(tg.DataStore("MEL and task code reference", stores={mel}))
    # Where engineers confirm or correct each suggested defect entry.
    console = tm.add(
        tg.Endpoint(
            "Engineer review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Confirmed photos and labels collected for retraining.
        label_set = tm.add(tg.Dataset("Labelled defect photo set", stores={labelled_photos}))
        # Quarterly fine-tuning of the classifier on the confirmed defects.
        training = tm.add(
            tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Holds the trained model versions that serving loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Engineering network", trust=tg.Trust.INTERNAL):
    # The licensed engineer who confirms the defect and the MEL decision.
    engineer = tm.add(tg.Actor("Maintenance engineer", role="licensed engineer"))
    # System of record for defects, MEL deferrals and aircraft airworthiness status.
    mis = tm.add(
        tg.DataStore(
            "Maintenance information system",
            stores={confirmed_defect, mel},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("DCS provider", trust=tg.Trust.PARTNER):
    # The hosted departure control system that takes a blocked seat off sale.
    dcs = tm.add(tg.ExternalService("Departure control system"))

# ---------------------------------------------------------------- flows
tm.flow(crew, tablet, defect_report, defect_photo, label="takes photo, enters location")
tm.flow(tablet, crew, defect_status, label="shows defect status")
tm.flow(tablet, intake, defect_report, defect_photo, protocol="https")
tm.flow(intake, tablet, defect_status, protocol="https")
tm.flow(intake, photo_store, defect_photo)
tm.flow(intake, triage, defect_report)
tm.flow(photo_store, triage, defect_photo)
tm.flow(triage, classifier, defect_photo)
tm.flow(classifier, triage, suggestion)
tm.flow(mel_store, triage, mel, label="MEL item lookup")
tm.flow(triage, console, draft_defect)
tm.flow(console, engineer, draft_defect, protocol="https")
tm.flow(engineer, console, confirmed_defect, protocol="https", label="confirms or corrects")
tm.flow(console, mis, confirmed_defect, protocol="https")
tm.flow(mis, console, defect_status, protocol="https")
tm.flow(console, triage, defect_status, label="status for the crew")
tm.flow(triage, intake, defect_status)
tm.flow(mis, mel_store, mel, protocol="https", label="nightly sync")
tm.flow(mis, dcs, seat_block, protocol="https", label="inoperative seat")

tm.flow(console, label_set, labelled_photos, label="confirmed class and task code")
tm.flow(photo_store, label_set, defect_photo)
tm.flow(label_set, training, labelled_photos)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy")
