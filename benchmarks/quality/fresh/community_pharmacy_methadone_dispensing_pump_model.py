"""Methadone dispensing with a pump and a dose check model: the first design.

Each branch of our community pharmacy chain dispenses daily supervised methadone
doses from a dispensing pump wired to the dispensary PC. The pharmacist scans the
paper prescription; an OCR model reads it into the dispensing application, which
keeps each patient's recent pickups and missed doses in a local branch database.
Before the pump runs, an in-house dose check model compares the dose with the
prescription and the pickup history and flags anything unusual; the pharmacist
confirms every dose on the PC, and only then is the dispense command sent.
Prescriptions and dispensing records sync hourly to the chain's central system,
which also retrains the dose check model and ships it to branches. The pump maker
supports the PC and the pump's configuration software remotely through its
remote-support service. Controls in this design: pharmacist log-in and per-dose
confirmation, the pump's own maximum-volume setting, disk encryption, TLS to the
centre, role-based access and audit logs centrally, and a pre-release model check.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community pharmacy methadone dispensing with dose check model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Branch methadone pump dispensing, checked by a model and confirmed by the pharmacist.",
)

# ---------------------------------------------------------------- data assets
patient_identity = tg.Data(
    "Patient identity at the counter",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name and date of birth the patient gives when collecting a dose.",
)
prescription_scan = tg.Data(
    "Prescription scan",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Image of the paper instalment prescription (controlled drug).",
)
prescription = tg.Data(
    "Prescription details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient, drug, daily dose in ml, instalment dates, prescriber.",
)
pickup_history = tg.Data(
    "Pickup and missed-dose history",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
dose_check_input = tg.Data(
    "Dose check features",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="features",
    description="Prescribed dose, dose about to be dispensed, recent pickups and missed days.",
)
dose_flags = tg.Data("Dose check flags", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
confirmation = tg.Data(
    "Pharmacist dose confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
dispense_command = tg.Data(
    "Dispense command",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Volume in ml for the pump to deliver.",
)
pump_status = tg.Data(
    "Pump dispensed volume and status", sensitivity=tg.Sensitivity.INTERNAL, kind="logs"
)
dispensing_records = tg.Data(
    "Dispensing records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Every dose dispensed, by whom, with the check result; the controlled drugs register.",
)
training_data = tg.Data(
    "Dispensing history training set", sensitivity=tg.Sensitivity.REGULATED, kind="training-data"
)
model_artifact = tg.Data(
    "Dose check model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn model saved with joblib.",
)
remote_session = tg.Data(
    "Remote support session",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Screen, keyboard and file transfer of the vendor's remote-support tool.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pharmacy counter", trust=tg.Trust.UNTRUSTED):
    # The person collecting the dose; they meet the pharmacist in person.
    patient = tm.add(tg.Actor("Patient", role="methadone patient"))

with tm.boundary("Pharmacy branch", trust=tg.Trust.INTERNAL):
    # Registered pharmacist on duty: scans prescriptions and confirms each dose.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))
    # Flatbed scanner on the dispensary bench, plugged into the PC.
    scanner = tm.add(tg.Device("Prescription scanner", fleet=True))
    # Methadone pump; its own setting caps a single dispense whatever the PC asks.
    pump = tm.add(
        tg.Device(
            "Methadone dispensing pump",
            fleet=True,
            description="Peristaltic pump dispensing measured methadone volumes on command.",
            controls={c.SafetyLimits(limits="maximum volume per dispense set on the pump")},
        )
    )

    with tm.boundary("Dispensary PC", trust=tg.Trust.INTERNAL):
        # The vendor's dispensing application on the Windows PC: drives the whole flow.
        app = tm.add(
            tg.Service(
                "Dispensing application",
                description="Runs on the Windows dispensary PC; the only thing that commands the pump.",
                controls={
                    c.Authentication(method="individual username and password"),
                    c.HumanInTheLoop(
                        approver="the pharmacist on duty",
                        note="every dose is confirmed on screen before the pump runs",
                    ),
                    c.AuditLogging(),
                },
            )
        )
        # Off-the-shelf OCR engine that reads the scanned prescription.
        ocr = tm.add(
            tg.Model(
                "Prescription OCR",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Handwriting and print recognition for instalment prescriptions.",
            )
        )
        # Our model that flags unusual doses before dispensing.
        dose_model = tm.add(
            tg.Model(
                "Dose check model",
                task=tg.Task.CLASSIFIER,
                high_stakes=True,
                returns_scores=True,
                description="Flags dose error, double collection or a restart after missed doses.",
            )
        )
        # Local copy of prescriptions and pickups so the branch works offline.
        branch_db = tm.add(
            tg.DataStore(
                "Branch dispensing database",
                stores={prescription, pickup_history, dispensing_records},
                controls={c.EncryptionAtRest(key_management="BitLocker on the PC")},
            )
        )

with tm.boundary("Chain data centre", trust=tg.Trust.INTERNAL):
    # Central system receiving every branch's prescriptions and dispensing records.
    central = tm.add(
        tg.Service(
            "Central pharmacy system",
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )
    # System of record for prescriptions and the controlled drugs register.
    central_db = tm.add(
        tg.DataStore(
            "Central dispensing records",
            stores={prescription, dispensing_records, pickup_history},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Monthly retraining of the dose check model from dispensing history.
    training = tm.add(
        tg.Pipeline(
            "Dose model retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="hold-out evaluation before release")},
        )
    )
    # File share the central system distributes model versions from.
    model_store = tm.add(tg.ModelRegistry("Dose model store", stores={model_artifact}))

with tm.boundary("Pump maker", trust=tg.Trust.PARTNER):
    # The pump maker's support desk and its remote-support relay.
    vendor_support = tm.add(tg.ExternalService("Pump maker remote support"))
    # Support engineer who fixes the PC software and pump configuration.
    engineer = tm.add(
        tg.Actor("Pump maker service engineer", role="service engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(patient, pharmacist, patient_identity, label="in person at the counter")
tm.flow(pharmacist, scanner, prescription_scan, label="paper prescription placed by hand")
tm.flow(scanner, app, prescription_scan, protocol="usb")
tm.flow(app, ocr, prescription_scan, protocol="local")
tm.flow(ocr, app, prescription, protocol="local")

tm.flow(app, branch_db, prescription, dispensing_records, protocol="local")
tm.flow(branch_db, app, prescription, pickup_history, protocol="local")
tm.flow(app, dose_model, dose_check_input, protocol="local")
tm.flow(dose_model, app, dose_flags, protocol="local")

tm.flow(app, pharmacist, prescription, dose_flags, label="shown on the PC screen")
tm.flow(pharmacist, app, confirmation, label="confirms the dose on the PC")
tm.flow(app, pump, dispense_command, protocol="usb")
tm.flow(pump, app, pump_status, protocol="usb")

tm.flow(
    app,
    central,
    prescription,
    dispensing_records,
    protocol="https",
    label="hourly sync",
)
tm.flow(central, app, pickup_history, protocol="https", label="patient history for the branch")
tm.flow(central, central_db, prescription, dispensing_records)
tm.flow(central_db, central, pickup_history, dispensing_records)

tm.flow(central_db, training, training_data)
tm.flow(training, model_store, model_artifact)
tm.flow(model_store, central, model_artifact)
tm.flow(central, app, model_artifact, protocol="https", label="model update")

tm.flow(engineer, vendor_support, remote_session, protocol="https")
tm.flow(
    vendor_support,
    app,
    remote_session,
    protocol="https",
    label="remote desktop into the dispensary PC",
    controls={c.Authentication(method="vendor support account password")},
)
tm.flow(app, vendor_support, remote_session, protocol="https", label="screen and files")
