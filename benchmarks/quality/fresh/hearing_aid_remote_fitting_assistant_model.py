"""Hearing aid remote fitting assistant: the first design, before any security review.

A hearing-aid maker based in the EU lets audiologists fine-tune their patients'
hearing aids remotely. Patients run a short hearing test in the maker's phone
app, and the app uploads it with the listening-environment logs the hearing aid
records (sound levels, programme switches, volume changes). In the maker's
cloud, a fitting service feeds these to an in-house model that suggests gain
and compression adjustments. The audiologist reviews the suggestion in a clinic
web portal and approves or edits it; the approved settings are pushed through
the patient's app to the hearing aid over Bluetooth. All patient data is kept
in the maker's cloud, encrypted at rest, and past fittings train the next model
version, which is evaluated before release. Audiologists sign in with a password
and an authenticator app; patients with e-mail and password; the hearing aid's
firmware caps maximum output whatever settings it receives.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hearing aid remote fitting assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Model-suggested hearing-aid fitting adjustments, approved by the audiologist "
        "and pushed to the hearing aid through the patient's phone app."
    ),
)

# ---------------------------------------------------------------- data assets
test_answers = tg.Data(
    "Patient hearing test responses",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The patient's taps during the in-app tone and speech-in-noise test.",
)
hearing_test = tg.Data(
    "In-app hearing test results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Thresholds per frequency and ear, with the patient's identifiers.",
)
env_logs = tg.Data(
    "Listening-environment logs",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Sound levels, detected environments, programme and volume changes.",
)
fitting_history = tg.Data(
    "Patient fitting history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Audiograms, current and past hearing-aid settings per patient.",
)
fitting_features = tg.Data(
    "Fitting model inputs", kind="features", sensitivity=tg.Sensitivity.REGULATED
)
suggestion = tg.Data(
    "Suggested fitting adjustment",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Proposed gain and compression changes per band and programme.",
)
approval = tg.Data(
    "Audiologist fitting approval", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
settings = tg.Data(
    "Approved fitting settings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
apply_status = tg.Data(
    "Settings applied confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
training_set = tg.Data(
    "Historical fittings training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past test results, environment logs and the settings audiologists chose.",
)
model_artifact = tg.Data(
    "Fitting model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Patient's devices", trust=tg.Trust.UNTRUSTED):
    # The hearing-aid wearer, at home.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # The maker's app: runs the hearing test and relays settings to the hearing aid.
    phone_app = tm.add(tg.Device("Patient phone app", description="iOS and Android app."))
    # The hearing aid itself; logs listening environments and applies settings.
    hearing_aid = tm.add(
        tg.Device(
            "Hearing aid",
            controls={
                tg.controls.SafetyLimits(
                    limits="firmware caps maximum power output and gain at the model's limits"
                )
            },
        )
    )

with tm.boundary("Audiology clinic", trust=tg.Trust.PARTNER):
    # Independent audiologists who fit the maker's aids for their patients.
    audiologist = tm.add(tg.Actor("Audiologist", role="audiologist"))

with tm.boundary("Maker cloud", trust=tg.Trust.INTERNAL):
    # API the phone apps call for uploads and to fetch approved settings.
    mobile_api = tm.add(
        tg.Endpoint(
            "Mobile app API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password, OAuth tokens")},
        )
    )
    # Web portal audiologists use to review and approve fittings.
    portal = tm.add(
        tg.Endpoint(
            "Clinic fitting portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="password with authenticator app (TOTP)"),
                tg.controls.RBAC(note="audiologists see the patients linked to their clinic"),
            },
        )
    )
    # Prepares the model inputs, holds suggestions until approved, issues settings.
    fitting_service = tm.add(
        tg.Service(
            "Remote fitting service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the patient's audiologist approves every change"
                ),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Suggests fitting adjustments from the test and the logs.
    fitting_model = tm.add(
        tg.Model(
            "Fitting suggestion model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
        )
    )
    # Every patient's tests, logs and fittings.
    patient_db = tm.add(
        tg.DataStore(
            "Patient hearing data store",
            stores={hearing_test, env_logs, fitting_history, settings},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Snapshot of past fittings for training.
        dataset = tm.add(tg.Dataset("Fitting training dataset", stores={training_set}))
        # Retrains the model and runs the clinical evaluation suite.
        training = tm.add(
            tg.Pipeline(
                "Fitting model training",
                stage=tg.Stage.TRAINING,
                controls={
                    tg.controls.ModelValidation(note="evaluation against audiologist fittings")
                },
            )
        )
        # Released model versions the fitting service loads.
        registry = tm.add(tg.ModelRegistry("Fitting model registry", stores={model_artifact}))

# ---------------------------------------------------------------- flows
# Test and logs from the patient.
tm.flow(patient, phone_app, test_answers, label="taps answers on the touchscreen")
tm.flow(hearing_aid, phone_app, env_logs, protocol="bluetooth le")
tm.flow(phone_app, mobile_api, hearing_test, env_logs, protocol="https")
tm.flow(mobile_api, patient_db, hearing_test, env_logs)

# Suggestion.
tm.flow(patient_db, fitting_service, hearing_test, env_logs, fitting_history)
tm.flow(fitting_service, fitting_model, fitting_features)
tm.flow(fitting_model, fitting_service, suggestion)

# Audiologist review and approval.
tm.flow(fitting_service, portal, suggestion, fitting_history)
tm.flow(portal, audiologist, suggestion, fitting_history, hearing_test, protocol="https")
tm.flow(audiologist, portal, approval, protocol="https", label="approves or edits")
tm.flow(portal, fitting_service, approval)
tm.flow(fitting_service, patient_db, settings, label="approved settings recorded")

# Pushing the settings to the hearing aid.
tm.flow(fitting_service, mobile_api, settings)
tm.flow(mobile_api, phone_app, settings, protocol="https", label="push")
tm.flow(phone_app, hearing_aid, settings, protocol="bluetooth le")
tm.flow(phone_app, mobile_api, apply_status, protocol="https")
tm.flow(mobile_api, fitting_service, apply_status)

# Retraining.
tm.flow(patient_db, dataset, training_set, label="quarterly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, fitting_model, model_artifact, label="deploy")
