"""Dialysis fluid removal advisor: the first design, before any security review.

A US outpatient dialysis clinic group wants to suggest each haemodialysis session's
ultrafiltration (fluid removal) target. When a patient arrives, the nurse weighs them
on the chairside scale; the chairside tablet sends the pre-dialysis weight to an
advisor API in the clinic data centre, which reads the patient's dry weight, blood
pressure and past sessions from the dialysis EHR and asks an in-house regression
model for a target. The nurse sees the suggestion on the tablet, accepts or changes
it, and programs the dialysis machine by hand; suggestion and final target are logged.
Machines report session vitals through the vendor's therapy data manager into the EHR.
A nightly extract builds a training set from the EHR and the log; a data scientist
retrains the model and deploys it from a model registry. Nurses sign in to the tablet
with their badge and own PIN, the tablet talks TLS to the API, the EHR is encrypted,
role-based and audited, and the machine enforces its own ultrafiltration rate limit.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Dialysis fluid removal advisor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Suggests each dialysis session's fluid removal target for nurses to accept or change.",
)

# ---------------------------------------------------------------- data assets
pre_weight = tg.Data(
    "Pre-dialysis weight",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
session_vitals = tg.Data(
    "Session blood pressure and vitals",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Cuff blood pressure, pulse, delivered fluid removal and alarms per session.",
)
history = tg.Data(
    "Patient treatment history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Dry weight, prescriptions and past sessions' weights, pressures and removals.",
)
dry_weight = tg.Data(
    "Dry weight prescription", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
advice_request = tg.Data(
    "Advice request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient MRN, chair and pre-dialysis weight.",
)
features = tg.Data("Session features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
suggestion = tg.Data(
    "Suggested fluid removal target",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
final_target = tg.Data(
    "Nurse's final fluid removal target",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The target the nurse accepted or changed, with the nurse's id.",
)
training_set = tg.Data(
    "Session training examples", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Fluid removal model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinic floor", trust=tg.Trust.INTERNAL):
    # The person who weighs the patient, reviews the suggestion and programs the machine.
    nurse = tm.add(tg.Actor("Dialysis nurse", role="clinical staff"))
    # Sets each patient's dry weight, which the model works from.
    nephrologist = tm.add(tg.Actor("Nephrologist", role="clinician"))
    # Networked chairside scale: the pre-dialysis weight the target depends on.
    scale = tm.add(tg.Device("Chairside patient scale", fleet=True))
    # Dialysis machines report vitals; the nurse keys the target in by hand.
    machine = tm.add(
        tg.Device(
            "Dialysis machine",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="the machine caps the ultrafiltration rate at the clinic-configured "
                    "maximum and alarms on pressure limits, whatever target is keyed in"
                )
            },
        )
    )
    # Where nurses see the suggestion and record what they decided.
    tablet = tm.add(
        tg.Device(
            "Chairside tablet app",
            fleet=True,
            controls={c.Authentication(method="badge tap and the nurse's own PIN")},
        )
    )

with tm.boundary("Clinic data centre", trust=tg.Trust.INTERNAL):
    # Vendor software that collects treatment data from the machines into the EHR.
    tdm = tm.add(
        tg.Service(
            "Therapy data manager",
            description="The machine vendor's on-premises collector; forwards HL7 to the EHR.",
        )
    )
    # The advisor's API: assembles features and returns the suggestion to the tablet.
    advisor_api = tm.add(tg.Endpoint("Advisor API", purpose=tg.EndpointPurpose.INFERENCE))
    # The model that proposes the target; a nurse decides every session.
    model = tm.add(
        tg.Model(
            "Fluid removal model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regression on weight gain, blood pressure and past sessions.",
            controls={
                c.HumanInTheLoop(
                    approver="the dialysis nurse at the chair",
                    note="each suggested target is accepted or changed by the nurse, "
                    "who programs the machine by hand",
                ),
                c.ModelValidation(note="back-tested on last year's sessions before each release"),
            },
        )
    )
    # Keeps each suggestion beside the nurse's final target, for audit and retraining.
    suggestion_log = tm.add(tg.DataStore("Suggestion log", stores={suggestion, final_target}))

    with tm.boundary("Clinical records zone", trust=tg.Trust.RESTRICTED):
        # System of record for patients, prescriptions and sessions.
        ehr = tm.add(
            tg.DataStore(
                "Dialysis EHR",
                stores={history, session_vitals, dry_weight, final_target},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="database TDE with HSM-held keys"),
                    c.AuditLogging(retention_days=2190),
                },
            )
        )

with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
    # Retrains the model on clinic data.
    data_scientist = tm.add(
        tg.Actor("Clinical data scientist", role="data scientist", privileged=True)
    )
    # Nightly job joining EHR sessions with the nurses' decisions.
    extract = tm.add(tg.Pipeline("Nightly training extract", stage=tg.Stage.PREPROCESSING))
    # The examples the model is trained on.
    dataset = tm.add(tg.Dataset("Session training set", stores={training_set}))
    # Fits a new model version.
    training = tm.add(tg.Pipeline("Model training job", stage=tg.Stage.TRAINING))
    # Holds model versions for deployment to the advisor.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

# ---------------------------------------------------------------- flows
# Before the session: weight and vitals
tm.flow(scale, tablet, pre_weight, protocol="bluetooth")
tm.flow(machine, tdm, session_vitals, protocol="tcp", label="treatment data")
tm.flow(tdm, ehr, session_vitals, protocol="hl7 mllp")
tm.flow(nephrologist, ehr, dry_weight, protocol="https", label="EHR client")
tm.flow(ehr, nephrologist, history, protocol="https", label="EHR client")

# The suggestion
tm.flow(
    tablet,
    advisor_api,
    advice_request,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(advisor_api, ehr, advice_request, protocol="jdbc", label="history lookup")
tm.flow(ehr, advisor_api, history, protocol="jdbc")
tm.flow(advisor_api, model, features)
tm.flow(model, advisor_api, suggestion)
tm.flow(
    advisor_api,
    tablet,
    suggestion,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(tablet, nurse, suggestion, label="shown at the chair")
tm.flow(nurse, tablet, final_target, label="accepts or changes")
tm.flow(
    tablet,
    advisor_api,
    final_target,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(advisor_api, suggestion_log, suggestion, final_target)
tm.flow(advisor_api, ehr, final_target, protocol="jdbc", label="session record")
tm.flow(nurse, machine, final_target, label="programs the machine")

# Retraining
tm.flow(ehr, extract, history, session_vitals, protocol="jdbc")
tm.flow(suggestion_log, extract, suggestion, final_target)
tm.flow(extract, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(data_scientist, training, training_code, label="runs training")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy")
