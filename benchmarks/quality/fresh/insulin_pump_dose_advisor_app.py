"""Insulin pump dose advisor app: the first design, before any security review.

A medical device company ships a phone app for people with type 1 diabetes. The
app pairs over Bluetooth Low Energy with the patient's continuous glucose monitor
(CGM) and with their insulin pump. When the patient logs a meal or asks for a
correction, an on-device model suggests a bolus from recent glucose, carbs, insulin
on board and the therapy settings the clinic prescribed. The patient confirms the
dose in the app, which sends the bolus command to the pump; the pump enforces its
own maximum bolus. The app syncs glucose, meals and doses to the company's cloud
(US region) over HTTPS, where the patient's clinic sees reports and edits therapy
settings in a web portal. De-identified data feeds retraining; new model versions
ship inside app releases through the app stores. Patient sign-in is e-mail and
password; clinic staff sign in with password and TOTP and only see their own
patients. The cloud database is encrypted and access to it is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Insulin pump dose advisor app",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Phone app that suggests insulin doses from CGM data and sends confirmed "
    "boluses to the patient's pump, with cloud sync for clinics and model improvement.",
)

# ---------------------------------------------------------------- data assets
glucose = tg.Data(
    "CGM glucose readings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
meal = tg.Data("Meal and carb entry", kind="records", sensitivity=tg.Sensitivity.REGULATED)
pump_status = tg.Data(
    "Pump status and insulin on board",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
settings = tg.Data(
    "Therapy settings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Insulin-to-carb ratio, correction factor, target range, max bolus.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
suggestion = tg.Data(
    "Dose suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
confirmation = tg.Data(
    "Patient dose confirmation", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
bolus = tg.Data(
    "Bolus command",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
therapy_log = tg.Data(
    "Therapy history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Glucose, meals, suggested and delivered doses, per patient.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
report = tg.Data("Clinic therapy report", kind="records", sensitivity=tg.Sensitivity.REGULATED)
training_data = tg.Data(
    "De-identified therapy history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
weights = tg.Data("Dose model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
app_build = tg.Data(
    "App release with bundled model",
    kind="model-artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Patient's phone and body-worn devices", trust=tg.Trust.UNTRUSTED):
    # The person living with diabetes: logs meals and confirms every dose.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # Third-party CGM sensor on the body, broadcasting readings every five minutes.
    cgm = tm.add(
        tg.Device("Continuous glucose monitor", description="Body-worn CGM sensor and transmitter.")
    )
    # The patient's insulin pump, commanded over BLE; its firmware caps each bolus.
    pump = tm.add(
        tg.Device(
            "Insulin pump",
            description="Patch pump paired with the app; delivers boluses it is sent.",
            controls={
                c.SafetyLimits(limits="pump firmware rejects boluses above the max bolus setting")
            },
        )
    )
    # Our app on the patient's iOS/Android phone: UI, BLE links, local history, cloud sync.
    app = tm.add(
        tg.Device(
            "Dose advisor phone app",
            description="Company app on the patient's own phone.",
            controls={c.HumanInTheLoop(approver="the patient confirms each dose in the app")},
        )
    )
    # The dose model runs on the phone so suggestions work offline.
    dose_model = tm.add(
        tg.Model(
            "Bolus dose model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Suggests meal and correction boluses in units of insulin.",
            controls={
                c.ModelValidation(
                    note="clinical validation against the bolus calculator before release"
                )
            },
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # The API the app syncs with: uploads history, downloads therapy settings.
    sync_api = tm.add(
        tg.Endpoint(
            "Sync API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password, then OAuth access tokens")},
        )
    )
    # Per-patient record of everything the app uploads and the clinic prescribes.
    patient_db = tm.add(
        tg.DataStore(
            "Patient therapy database",
            stores={therapy_log, settings},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Web portal where clinics review patients and change their therapy settings.
    portal = tm.add(
        tg.Service(
            "Clinic web portal",
            controls={
                c.Authentication(method="password and TOTP"),
                c.RBAC(note="clinic staff see only their clinic's patients"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.RESTRICTED):
        # Nightly de-identified export of therapy history used to improve the model.
        train_set = tm.add(
            tg.Dataset(
                "Dose model training set",
                stores={training_data},
                controls={c.DataMinimization(note="names and device ids removed on export")},
            )
        )
        # Retrains and evaluates the dose model.
        training = tm.add(tg.Pipeline("Dose model training", stage=tg.Stage.TRAINING))
        # Holds trained versions; the release build pulls the approved one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Clinic", trust=tg.Trust.PARTNER):
    # Endocrinologists and diabetes educators at the patient's clinic.
    clinician = tm.add(tg.Actor("Clinician", role="clinic staff"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds, trains and releases the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("App store vendors", trust=tg.Trust.PARTNER):
    # Apple App Store and Google Play distribute app (and model) updates.
    app_store = tm.add(
        tg.ExternalService("Mobile app stores", description="App Store and Google Play.")
    )

# ---------------------------------------------------------------- flows
tm.flow(
    cgm,
    app,
    glucose,
    protocol="ble",
    controls={c.EncryptionInTransit(protocol="BLE bonded pairing")},
)
tm.flow(patient, app, meal, label="logs meal")
tm.flow(app, dose_model, glucose, meal, pump_status, settings, protocol="local")
tm.flow(dose_model, app, suggestion, protocol="local")
tm.flow(app, patient, suggestion, label="shows suggestion")
tm.flow(patient, app, confirmation, label="confirms or edits dose")
tm.flow(
    app,
    pump,
    bolus,
    protocol="ble",
    controls={c.EncryptionInTransit(protocol="BLE LE Secure Connections")},
)
tm.flow(
    pump,
    app,
    pump_status,
    protocol="ble",
    controls={c.EncryptionInTransit(protocol="BLE LE Secure Connections")},
)

tm.flow(app, sync_api, therapy_log, protocol="https")
tm.flow(sync_api, app, settings, protocol="https")
tm.flow(sync_api, patient_db, therapy_log)
tm.flow(patient_db, sync_api, settings)

tm.flow(clinician, portal, settings, protocol="https", label="edits therapy settings")
tm.flow(portal, clinician, report, protocol="https")
tm.flow(patient_db, portal, therapy_log)
tm.flow(portal, patient_db, settings)

tm.flow(patient_db, train_set, training_data, label="nightly de-identified export")
tm.flow(train_set, training, training_data)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, training, label="runs and evaluates training")
tm.flow(registry, app_store, app_build, protocol="https", label="release build uploaded")
tm.flow(app_store, app, app_build, protocol="https", label="app update")
