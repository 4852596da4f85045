"""Opticians' frame fitting: face measurement from a tablet photo, first design.

An opticians' chain with about 300 stores in the UK and Ireland replaces the
manual pupillometer and frame rule with a photo. An optical assistant takes a
photo of the customer wearing the chosen frame on a store tablet; a measurement
service in the company's cloud account finds facial landmarks and the frame edges
with an in-house landmark model, and works out pupil distance, segment heights
and frame fit using the frame dimensions from the catalogue. The assistant checks
the overlay on the tablet and confirms before the measurements go, with the
customer's prescription, from the practice management system to the lens lab.
Photos are kept and reused, with landmark labels, to retrain the model.
Controls in this design: staff SSO on MDM-managed tablets, TLS to the cloud,
encryption at rest on the photo store and the patient records, role-based access
and audit logging on the patient records, the assistant's confirmation of every
order, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Opticians frame fitting face measurement",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Pupil distance and frame fit measured from an in-store tablet photo.",
)

# ---------------------------------------------------------------- data assets
face_photo = tg.Data(
    "Customer face photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Front-on photo of the customer wearing the trial frame.",
)
frame_choice = tg.Data(
    "Frame selection",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Frame SKU and the customer's record number.",
)
landmarks = tg.Data(
    "Facial landmarks and frame edges",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil centres, eye corners and frame rim points in image coordinates.",
)
frame_dims = tg.Data("Frame dimensions", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
measurements = tg.Data(
    "Fit measurements",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Monocular pupil distances, segment heights and a frame fit note, with an overlay.",
)
confirmed = tg.Data(
    "Confirmed fit measurements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
patient_record = tg.Data(
    "Patient record with prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Identity, contact details, eye test results and spectacle prescription.",
)
lens_order = tg.Data(
    "Lens order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Prescription, pupil distances, segment heights, frame and customer reference.",
)
training_photos = tg.Data(
    "Landmark-labelled face photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
landmark_labels = tg.Data("Landmark corrections", kind="labels", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Landmark model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor", trust=tg.Trust.UNTRUSTED):
    # The customer being fitted; they only sit for the photo.
    customer = tm.add(tg.Actor("Customer", role="spectacle customer"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Takes the photo, checks the overlay and confirms the measurements.
    assistant = tm.add(tg.Actor("Optical assistant", role="store staff"))
    # Company-owned tablets, one or two per store, enrolled in MDM.
    tablet = tm.add(
        tg.Device(
            "Fitting tablet",
            fleet=True,
            description="Store iPad running the fitting app; staff sign in with their own SSO account.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for the fitting app.
    api = tm.add(
        tg.Endpoint(
            "Measurement API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO (OIDC) on MDM-managed tablets")},
        )
    )
    # Turns landmarks and frame dimensions into millimetre measurements.
    fitting = tm.add(
        tg.Service(
            "Fit measurement service",
            description="Scales landmarks by the known frame width and computes PD and heights.",
        )
    )
    # In-house landmark detector, retrained from store photos.
    landmark_model = tm.add(
        tg.Model(
            "Face landmark model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Finds pupils, eye corners and the frame rim in the photo.",
        )
    )
    # Frame geometry from the merchandising team.
    catalogue = tm.add(tg.DataStore("Frame catalogue", stores={frame_dims}))
    # Keeps every fitting photo and its measurements for re-makes and retraining.
    photo_store = tm.add(
        tg.DataStore(
            "Fitting photo store",
            stores={face_photo, measurements},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # Existing practice management system: records, prescriptions and orders.
        pms = tm.add(
            tg.Service(
                "Practice management system",
                controls={
                    c.HumanInTheLoop(
                        approver="the optical assistant confirms the measurements on the overlay"
                    )
                },
            )
        )
        # System of record for patients.
        patient_db = tm.add(
            tg.DataStore(
                "Patient record database",
                stores={patient_record, confirmed},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos from stores with landmark corrections, for retraining.
        training_set = tm.add(
            tg.Dataset("Landmark training set", stores={training_photos, landmark_labels})
        )
        # Quarterly retraining job.
        training = tm.add(tg.Pipeline("Landmark training pipeline", stage=tg.Stage.TRAINING))
        # Holds model versions; serving pulls the approved one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Labels landmarks and runs retraining and releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Lens lab", trust=tg.Trust.PARTNER):
    # Third-party glazing laboratory that surfaces and fits the lenses.
    lab = tm.add(tg.ExternalService("Lens lab ordering API", provides="generic"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(customer, tablet, face_photo, label="photographed in store")
tm.flow(assistant, tablet, frame_choice, label="on the touchscreen")
tm.flow(tablet, api, face_photo, frame_choice, protocol="https", controls={tls})
tm.flow(api, fitting, face_photo, frame_choice)
tm.flow(catalogue, fitting, frame_dims)
tm.flow(fitting, landmark_model, face_photo)
tm.flow(landmark_model, fitting, landmarks)
tm.flow(fitting, photo_store, face_photo, measurements)
tm.flow(fitting, api, measurements)
tm.flow(api, tablet, measurements, protocol="https", controls={tls})
tm.flow(tablet, assistant, measurements, label="overlay on the touchscreen")
tm.flow(assistant, tablet, confirmed, label="confirms on the touchscreen")
tm.flow(tablet, api, confirmed, protocol="https", controls={tls})
tm.flow(api, pms, confirmed)
tm.flow(pms, patient_db, confirmed)
tm.flow(patient_db, pms, patient_record)
tm.flow(pms, lab, lens_order, protocol="https", controls={tls})

tm.flow(photo_store, training_set, face_photo, label="monthly export")
tm.flow(ml_engineer, training_set, landmark_labels)
tm.flow(training_set, training, training_photos, landmark_labels)
tm.flow(training, registry, weights)
tm.flow(registry, landmark_model, weights, label="deploy")
