"""Radiopharmacy dose calibration assistant: the first design, before any security review.

The hospital radiopharmacy (a US hospital) dispenses radiopharmaceutical doses for
nuclear medicine. A desktop dose application on the hot-lab workstation reads each
vial's activity from the dose calibrator over an RS-232 serial cable, and takes the
patient's scheduled injection time from the nuclear medicine scheduling system (HL7
over MLLP). A vendor-supplied regression model predicts the activity at injection
time from the reading, the nuclide's decay and the elapsed time; the application
prints the syringe label on a USB label printer. A technologist compares the
calibrator reading with the prediction and releases each dose, signing in with their
Active Directory account; every release is recorded in a local dose database. Model
updates arrive from the vendor's update portal; a medical physicist runs them against
historical measured doses and approves them before they go to the approved-model share
from which the application loads its model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Radiopharmacy dose calibration assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Predicts each radiopharmaceutical dose's activity at injection time and prints its label.",
)

# ---------------------------------------------------------------- data assets
reading = tg.Data(
    "Calibrator reading",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Measured activity, nuclide setting, vial id and measurement time.",
)
schedule = tg.Data(
    "Injection schedule",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Patient name, MRN, procedure, radiopharmaceutical and scheduled injection time.",
)
prediction_input = tg.Data(
    "Prediction inputs",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Measured activity, nuclide, measurement time and injection time.",
)
predicted_activity = tg.Data(
    "Predicted activity at injection",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dose_review = tg.Data(
    "Dose review screen",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, prescribed activity, calibrator reading and predicted activity side by side.",
)
dose_release = tg.Data("Dose release", kind="records", sensitivity=tg.Sensitivity.REGULATED)
dose_label = tg.Data(
    "Dose label",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Patient name, MRN, radiopharmaceutical, activity at injection time and expiry.",
)
dose_records = tg.Data(
    "Dispensed dose records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Every released dose with readings, prediction, releasing technologist and patient.",
)
administered = tg.Data(
    "Dispensed dose report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Activity dispensed for the patient's appointment, returned to scheduling.",
)
model_update = tg.Data(
    "Model update package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
approved_model = tg.Data(
    "Approved activity model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
validation_report = tg.Data(
    "Validation report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted against measured activity for each historical dose, with the deviations.",
)
validation_signoff = tg.Data(
    "Model validation sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The physicist's acceptance of a model version after comparing it with measured doses.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Software vendor", trust=tg.Trust.PARTNER):
    # Where the vendor publishes software and retrained model versions.
    vendor_portal = tm.add(
        tg.ExternalService(
            "Vendor update portal",
            provides="generic",
            description="Vendor download site for application releases and model update packages.",
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Source of truth for appointments and injection times in nuclear medicine.
    scheduling = tm.add(
        tg.Service(
            "Nuclear medicine scheduling system",
            description="Departmental RIS scheduling module; sends HL7 SIU messages.",
        )
    )
    # The physicist who accepts each model version before clinical use.
    physicist = tm.add(tg.Actor("Medical physicist", role="medical physicist", privileged=True))
    # Acceptance testing of vendor model updates against historical measured doses.
    validation = tm.add(
        tg.Pipeline(
            "Model update validation",
            stage=tg.Stage.EVALUATION,
            description="Replays historical readings through the new model and compares with measured activity.",
            controls={
                c.ModelValidation(note="acceptance tolerance agreed with the physics group"),
                c.HumanInTheLoop(approver="medical physicist"),
            },
        )
    )
    # File share holding the model version the application is allowed to load.
    model_share = tm.add(
        tg.ModelRegistry(
            "Approved model share",
            stores={approved_model},
            description="Folder on the hospital file server, writable by the physics group.",
            controls={c.RBAC(note="write access limited to the physics AD group")},
        )
    )

    with tm.boundary("Radiopharmacy hot lab", trust=tg.Trust.RESTRICTED):
        # The people who measure, check and release every dose.
        technologist = tm.add(
            tg.Actor("Radiopharmacy technologist", role="nuclear pharmacy technologist")
        )
        # Ionisation-chamber calibrator that measures each vial and syringe.
        calibrator = tm.add(
            tg.Device(
                "Dose calibrator",
                fleet=False,
                description="Measures activity; streams each reading on its serial port.",
            )
        )
        # The desktop application that ties readings, schedule, model and labels together.
        dose_app = tm.add(
            tg.Service(
                "Dose application",
                description="Windows desktop application on the hot-lab workstation.",
                controls={
                    c.Authentication(method="Active Directory username and password"),
                    c.HumanInTheLoop(approver="radiopharmacy technologist"),
                    c.AuditLogging(note="records the releasing user for every dose"),
                },
            )
        )
        # Predicts activity at injection time; a wrong value means a wrong patient dose.
        activity_model = tm.add(
            tg.Model(
                "Activity prediction model",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                description="Vendor-trained regression model run inside the dose application.",
            )
        )
        # Dispensing record kept for regulatory and pharmacy traceability.
        dose_db = tm.add(
            tg.DataStore(
                "Dose records database",
                stores={dose_records},
                description="Embedded database on the hot-lab workstation.",
            )
        )
        # Prints the label that goes on the syringe shield.
        printer = tm.add(tg.Device("Dose label printer", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(calibrator, dose_app, reading, protocol="rs-232", label="serial reading")
tm.flow(scheduling, dose_app, schedule, protocol="mllp", label="HL7 SIU")
tm.flow(dose_app, scheduling, administered, protocol="mllp", label="HL7 dispense message")

tm.flow(model_share, dose_app, approved_model, protocol="smb", label="loaded at start-up")
tm.flow(dose_app, activity_model, prediction_input, protocol="local")
tm.flow(activity_model, dose_app, predicted_activity, protocol="local")

tm.flow(dose_app, technologist, dose_review, label="on the workstation screen")
tm.flow(technologist, dose_app, dose_release, label="checks reading against prediction")
tm.flow(dose_app, printer, dose_label, protocol="usb")
tm.flow(printer, technologist, dose_label, label="printed label")

tm.flow(dose_app, dose_db, dose_records, protocol="local")
tm.flow(dose_db, dose_app, dose_records, protocol="local", label="dose history")

tm.flow(vendor_portal, validation, model_update, protocol="https", label="download")
tm.flow(dose_db, validation, dose_records, label="exported historical measured doses")
tm.flow(physicist, validation, validation_signoff, label="accepts model version")
tm.flow(validation, physicist, validation_report)
tm.flow(validation, model_share, approved_model, protocol="smb")
