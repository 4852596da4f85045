"""Nurse call prioritisation: the first design, before any security review.

A US acute-care hospital wants nurses to answer the most urgent calls first.
Patients press call buttons and pillow speakers in their rooms; bed-exit and
pressure sensors raise events through the same nurse call system. A
prioritisation service in the hospital data centre takes each call, pulls the
patient's fall risk, diagnoses, sedation and mobility orders from the EHR's
FHIR API, asks an in-house model for an urgency score and pushes the call, ranked,
to the assigned nurses' hospital-issued phones. Nurses accept or close calls
from the phone; charge nurses watch a unit dashboard and can reassign calls.
Response times and outcomes (falls, rapid-response escalations) are stored and
used for monthly retraining; a clinical informatics lead approves each new
model before it goes live. Staff sign in with hospital SSO, phones with a badge
tap and PIN; the outcome store is encrypted and access to it is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nurse call prioritisation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Ranks nurse call events by predicted urgency and routes them to nurses' phones.",
)

# ---------------------------------------------------------------- data assets
call_event = tg.Data(
    "Nurse call event",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Room and bed, call type (button, bathroom, pillow speaker), time.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
bed_event = tg.Data(
    "Bed sensor event",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
patient_record = tg.Data(
    "Patient clinical context",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Fall-risk score, diagnoses, sedation and mobility orders, isolation status.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data("Call features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
urgency = tg.Data("Urgency score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
call_alert = tg.Data(
    "Prioritised call alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Room, patient initials, call reason and priority tier shown on the phone.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
call_response = tg.Data(
    "Call acceptance and closure", kind="feedback", sensitivity=tg.Sensitivity.REGULATED
)
reassignment = tg.Data("Call reassignment", kind="records", sensitivity=tg.Sensitivity.REGULATED)
unit_board = tg.Data("Unit call board", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
outcomes = tg.Data(
    "Call response outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Response time, who answered, and whether a fall or escalation followed.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Prioritisation training set", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
model_artifact = tg.Data(
    "Prioritisation model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Model go-live approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Patient rooms", trust=tg.Trust.UNTRUSTED):
    # Patients (and their visitors) who press the call button.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # Wall buttons, bathroom pulls and pillow speakers wired to the nurse call system.
    call_buttons = tm.add(tg.Device("Call buttons and pillow speakers", fleet=True))
    # Bed-exit and pressure sensors in the smart beds.
    bed_sensors = tm.add(tg.Device("Bed sensors", fleet=True))

with tm.boundary("Clinical device network", trust=tg.Trust.INTERNAL):
    # The vendor's nurse call server that already collects every room's calls.
    nurse_call = tm.add(tg.Service("Nurse call server"))

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # The EHR, source of the patient's clinical context.
    ehr = tm.add(
        tg.DataSource("EHR FHIR API", origin=tg.Origin.INTERNAL, provides={patient_record})
    )
    # Builds features for each call, asks the model, ranks and routes the call.
    prioritiser = tm.add(tg.Service("Call prioritisation service"))
    # Gradient-boosted classifier estimating how urgent a call is.
    model = tm.add(
        tg.Model(
            "Urgency model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Probability that the call needs attention within 2 minutes.",
        )
    )
    # Web dashboard for charge nurses to watch the unit and reassign calls.
    dashboard = tm.add(
        tg.Endpoint(
            "Charge nurse dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital SSO (Active Directory)"), c.RBAC()},
        )
    )
    # Every call, its priority, who answered, when, and what followed.
    outcome_store = tm.add(
        tg.DataStore(
            "Call outcome store",
            stores={outcomes, call_event},
            controls={
                c.EncryptionAtRest(key_management="database TDE"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Monthly extract joining outcomes with the features seen at call time.
        dataset = tm.add(tg.Dataset("Prioritisation training set", stores={training_set}))
        # Monthly retraining job.
        retraining = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; serving loads the approved one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={
                    c.HumanInTheLoop(approver="clinical informatics lead"),
                    c.ModelVersioning(),
                },
            )
        )

with tm.boundary("Hospital Wi-Fi", trust=tg.Trust.INTERNAL):
    # Shared hospital-issued phones carried by nurses on shift.
    phones = tm.add(
        tg.Device(
            "Nurse phones",
            fleet=True,
            controls={c.Authentication(method="badge tap and PIN")},
        )
    )
    # Bedside nurses who answer calls.
    nurse = tm.add(tg.Actor("Nurse", role="nurse"))
    # Charge nurse who balances the unit's workload.
    charge_nurse = tm.add(tg.Actor("Charge nurse", role="charge nurse"))
    # Clinical informatics lead who reviews and approves model versions.
    informatics = tm.add(tg.Actor("Clinical informatics lead", role="informatics", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(patient, call_buttons, call_event, label="presses call button")
tm.flow(call_buttons, nurse_call, call_event)
tm.flow(bed_sensors, nurse_call, bed_event)
tm.flow(nurse_call, prioritiser, call_event, bed_event, protocol="mllp")

tm.flow(prioritiser, ehr, call_event, protocol="https", label="patient lookup")
tm.flow(ehr, prioritiser, patient_record, protocol="https")
tm.flow(prioritiser, model, features)
tm.flow(model, prioritiser, urgency)

tm.flow(prioritiser, phones, call_alert, protocol="https", label="push")
tm.flow(phones, nurse, call_alert)
tm.flow(nurse, phones, call_response)
tm.flow(phones, prioritiser, call_response, protocol="https")

tm.flow(prioritiser, dashboard, unit_board)
tm.flow(dashboard, charge_nurse, unit_board, protocol="https")
tm.flow(charge_nurse, dashboard, reassignment, protocol="https")
tm.flow(dashboard, prioritiser, reassignment)

tm.flow(prioritiser, outcome_store, call_event, outcomes)
tm.flow(outcome_store, dataset, outcomes, label="monthly extract")
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, model_artifact)
tm.flow(informatics, registry, approval, label="approves go-live")
tm.flow(registry, model, model_artifact, label="deploy approved version")
