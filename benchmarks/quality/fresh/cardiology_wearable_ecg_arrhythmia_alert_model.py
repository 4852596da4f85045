"""Wearable ECG arrhythmia alerting: the first design, before any security review.

Our cardiology service enrols patients referred by a hospital and gives them a
single-lead ECG patch to wear for up to 14 days. The patch streams over Bluetooth
to our phone app, which uploads the recording and any symptoms the patient taps
in to our cloud ingestion API. An in-house model screens each segment for atrial
fibrillation and other arrhythmias; every flag lands in a review console where
cardiac technicians in our monitoring centre look at the strip, phone the patient
and escalate urgent episodes to the hospital's on-call cardiologists. Signed
reports go into the hospital EHR through an HL7 FHIR interface, which also sends
us the monitoring order. The patch maker hosts the firmware update service, which
the app polls and relays to the patch. Controls in this design: BLE pairing
encryption, TLS everywhere, app sign-in, firmware signature checks on the patch,
encryption at rest for recordings, SSO with MFA, roles and audit logs for staff.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Wearable ECG arrhythmia alerting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Remote cardiac monitoring: patch to phone to cloud, model flags, technician review.",
)

# ---------------------------------------------------------------- data assets
ecg = tg.Data(
    "ECG recordings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Continuous single-lead ECG samples with timestamps and patch serial.",
)
symptoms = tg.Data(
    "Patient symptom entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Button presses and short free-text notes (palpitations, dizziness).",
)
firmware = tg.Data(
    "Patch firmware image",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
device_info = tg.Data("Patch serial and firmware version", sensitivity=tg.Sensitivity.INTERNAL)
segments = tg.Data(
    "ECG segments for screening", kind="features", sensitivity=tg.Sensitivity.REGULATED
)
flags = tg.Data(
    "Arrhythmia flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Rhythm class (AF, VT, pause, AV block) with a confidence score per episode.",
)
strips = tg.Data("Flagged ECG strips", kind="records", sensitivity=tg.Sensitivity.REGULATED)
review = tg.Data(
    "Technician review decisions", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
escalation = tg.Data("Escalated episodes", kind="records", sensitivity=tg.Sensitivity.REGULATED)
interpretation = tg.Data(
    "Cardiologist interpretation and sign-off", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
call = tg.Data("Follow-up phone call", kind="media", sensitivity=tg.Sensitivity.REGULATED)
report = tg.Data(
    "Cardiac monitoring report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
order = tg.Data(
    "Monitoring order and patient demographics",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Patient home", trust=tg.Trust.UNTRUSTED):
    # The person wearing the patch; reports symptoms and takes our calls.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # The wearable itself: records ECG and holds it until the phone collects it.
    patch = tm.add(
        tg.Device(
            "ECG patch",
            fleet=True,
            description="Single-lead adhesive ECG patch, BLE radio, 14-day battery.",
            controls={
                tg.controls.SignedModels(note="bootloader checks the maker's firmware signature"),
            },
        )
    )
    # The relay between patch and cloud, and where the patient logs symptoms.
    app = tm.add(
        tg.Device(
            "Patient phone app",
            fleet=True,
            description="iOS and Android app on the patient's own phone; buffers uploads offline.",
        )
    )

with tm.boundary("Patch maker cloud", trust=tg.Trust.PARTNER):
    # The device vendor's service that publishes new patch firmware.
    fw_service = tm.add(
        tg.ExternalService(
            "Firmware update service",
            provides="generic",
            description="Hosted by the patch manufacturer; the app polls it daily.",
        )
    )

with tm.boundary("Monitoring cloud", trust=tg.Trust.INTERNAL):
    # Receives uploads from every enrolled phone.
    ingest = tm.add(
        tg.Endpoint(
            "ECG ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="clinic activation code, then app PIN"),
                tg.controls.InputValidation(),
            },
        )
    )
    # Runs the model over each new segment and posts any flag to the review queue.
    screening = tm.add(
        tg.Service(
            "Arrhythmia screening service",
            description="Cuts recordings into 30-second segments and calls the model.",
        )
    )
    # The detector that decides which episodes a technician sees.
    model = tm.add(
        tg.Model(
            "Arrhythmia detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="1D CNN trained on annotated Holter data; flags AF, VT, pauses and AV block.",
            controls={
                tg.controls.ModelValidation(note="clinical validation set before each release"),
                tg.controls.ModelVersioning(),
            },
        )
    )
    # Where technicians and cardiologists work the flag queue.
    console = tm.add(
        tg.Service(
            "Flag review console",
            description="Web worklist of flagged episodes with the ECG strip and patient contact.",
            controls={
                tg.controls.Authentication(method="hospital SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=2190),
                tg.controls.HumanInTheLoop(approver="cardiac technician reviews every flag"),
            },
        )
    )
    # Builds the signed report and exchanges messages with the hospital EHR.
    ehr_interface = tm.add(
        tg.Service(
            "EHR interface service",
            description="FHIR client: pulls monitoring orders, posts final reports.",
        )
    )

    with tm.boundary("Recording data tier", trust=tg.Trust.RESTRICTED):
        # Long-term copy of every recording, for review and the final report.
        ecg_store = tm.add(
            tg.DataStore(
                "ECG recording store",
                stores={ecg, symptoms, flags, review},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Monitoring centre", trust=tg.Trust.INTERNAL):
    # Reviews each flag, calls the patient, escalates urgent episodes.
    technician = tm.add(tg.Actor("Cardiac technician", role="clinical staff"))

with tm.boundary("Hospital network", trust=tg.Trust.PARTNER):
    # On-call physician who confirms escalated episodes and signs reports.
    cardiologist = tm.add(tg.Actor("Cardiologist", role="physician"))
    # The hospital's system of record; source of orders, destination of reports.
    ehr = tm.add(tg.DataStore("Hospital EHR", stores={report, order}))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

# patch <-> phone
tm.flow(
    patch,
    app,
    ecg,
    protocol="ble",
    controls={tg.controls.EncryptionInTransit(protocol="BLE LE Secure Connections pairing")},
)
tm.flow(app, patch, firmware, protocol="ble", label="firmware relay")
tm.flow(patient, app, symptoms, label="symptom button and notes")

# firmware updates from the patch maker
tm.flow(app, fw_service, device_info, protocol="https", controls={tls}, label="update check")
tm.flow(fw_service, app, firmware, protocol="https", controls={tls})

# upload and screening
tm.flow(app, ingest, ecg, symptoms, protocol="https", controls={tls})
tm.flow(ingest, app, device_info, protocol="https", controls={tls}, label="upload status")
tm.flow(ingest, ecg_store, ecg, symptoms)
tm.flow(ecg_store, screening, ecg)
tm.flow(screening, model, segments)
tm.flow(model, screening, flags)
tm.flow(screening, ecg_store, flags)

# review and escalation
tm.flow(ecg_store, console, strips, flags, symptoms)
tm.flow(console, technician, strips, flags, protocol="https", controls={tls})
tm.flow(technician, console, review, protocol="https", controls={tls})
tm.flow(console, ecg_store, review)
tm.flow(technician, patient, call, protocol="phone")
tm.flow(patient, technician, call, protocol="phone")
tm.flow(console, cardiologist, escalation, strips, protocol="https", controls={tls})
tm.flow(cardiologist, console, interpretation, protocol="https", controls={tls})

# reports to and orders from the hospital
tm.flow(console, ehr_interface, interpretation, review)
tm.flow(ehr_interface, ehr, report, protocol="https", controls={tls}, label="FHIR DiagnosticReport")
tm.flow(ehr, ehr_interface, order, protocol="https", controls={tls}, label="FHIR ServiceRequest")
tm.flow(ehr_interface, console, order, label="enrolment details")
