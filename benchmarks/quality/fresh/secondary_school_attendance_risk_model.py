"""Secondary school attendance risk: the first design, before any security review.

A multi-academy trust with six secondary schools wants pastoral staff to reach
pupils who are drifting towards persistent absence (missing 10% or more of
sessions) before the pattern sets in. Every night a pipeline in the trust's Azure
tenancy pulls attendance marks, behaviour incidents and pupil characteristics
(year group, SEN status, free school meals eligibility) from the schools'
cloud-hosted MIS through the vendor's API, with the API key kept in Key Vault.
A feature pipeline drops names and builds weekly features; a weekly scoring job
runs a classifier trained by the trust's data analyst and writes a risk score and
flag per pupil. Heads of year and pastoral leads see their own school's flagged
pupils on a web dashboard (trust Microsoft 365 sign-in, role-based access) and
record what they did; a person reviews every flag before any contact with a
family. The trust's DPO has completed a DPIA; the warehouse is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Secondary school attendance risk",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Flags pupils at risk of persistent absence for pastoral staff, from attendance "
        "and behaviour records in the schools' MIS."
    ),
)

# ---------------------------------------------------------------- data assets
attendance = tg.Data(
    "Attendance marks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="AM/PM register marks with absence codes, per pupil.",
)
behaviour = tg.Data(
    "Behaviour incidents",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Incident type, sanction and the member of staff's free-text note.",
)
characteristics = tg.Data(
    "Pupil characteristics",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Year group, SEN status, free school meals eligibility, looked-after status.",
)
features = tg.Data(
    "Weekly pupil features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Rolling attendance rates, absence-code mix, incident counts; keyed by pupil id.",
)
training_data = tg.Data(
    "Historic pupil features and outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Three past years of weekly features, labelled with end-of-term persistent absence.",
)
model_artifact = tg.Data(
    "Absence risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
risk_flags = tg.Data(
    "Pupil risk scores and flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outcomes = tg.Data(
    "Pastoral intervention notes",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="What was done about a flag (call home, mentoring, referral) and the outcome.",
)
training_code = tg.Data(
    "Training notebook and label rules", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
registers = tg.Data(
    "Registers and incident entries", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("MIS vendor cloud", trust=tg.Trust.PARTNER):
    # The schools' system of record for registers, behaviour and pupil details.
    mis = tm.add(tg.DataStore("Pupil record MIS", stores={attendance, behaviour, characteristics}))

with tm.boundary("Trust Azure tenancy", trust=tg.Trust.INTERNAL):
    # Nightly pull from the MIS vendor's API into the trust's own warehouse.
    extract = tm.add(
        tg.Pipeline(
            "Nightly MIS extract",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="MIS API key in Azure Key Vault")},
        )
    )
    # The trust's copy of all six schools' data, for analytics.
    warehouse = tm.add(
        tg.DataStore(
            "Trust data warehouse",
            stores={attendance, behaviour, characteristics, features},
            controls={c.EncryptionAtRest(key_management="Azure SQL TDE"), c.RBAC()},
        )
    )
    # Builds the weekly features; pupil names and addresses are left behind.
    feature_job = tm.add(
        tg.Pipeline(
            "Weekly feature build",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="names and addresses dropped, pupil id kept")},
        )
    )
    # Three years of history the classifier is trained on.
    training_set = tm.add(tg.Dataset("Historic absence training set", stores={training_data}))
    # Termly retraining run from the analyst's notebook environment.
    training = tm.add(
        tg.Pipeline("Termly model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps each trained version so a bad one can be rolled back.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # The classifier that estimates each pupil's chance of persistent absence this term.
    risk_model = tm.add(
        tg.Model(
            "Absence risk classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Logistic regression; flags pupils above a 0.6 risk score.",
        )
    )
    # Scores every current pupil each Monday morning and writes the flags.
    scoring_job = tm.add(
        tg.Service(
            "Weekly risk scoring job",
            controls={
                c.HumanInTheLoop(approver="the pupil's head of year, before any contact with home"),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); substantial public interest, Art. 9(2)(g)"
                ),
            },
        )
    )
    # Flags and the pastoral notes made against them.
    flag_store = tm.add(tg.DataStore("Risk flag store", stores={risk_flags, outcomes}))
    # Web app where pastoral staff see flagged pupils, from school or home.
    dashboard = tm.add(
        tg.Endpoint(
            "Pastoral dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Shows each member of staff the flagged pupils of their own school.",
            controls={
                c.Authentication(method="trust Microsoft 365 single sign-on"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("School networks", trust=tg.Trust.INTERNAL):
    # Takes registers and logs behaviour incidents in the MIS every lesson.
    teacher = tm.add(tg.Actor("Class teacher", role="teacher"))
    # Heads of year and pastoral leads who act on the flags.
    pastoral = tm.add(tg.Actor("Pastoral lead", role="head of year"))
    # Builds and retrains the model; has admin rights on the tenancy's data services.
    analyst = tm.add(tg.Actor("Trust data analyst", role="data analyst", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(teacher, mis, registers, protocol="https")
tm.flow(
    mis,
    extract,
    attendance,
    behaviour,
    characteristics,
    protocol="https",
    label="nightly API export",
)
tm.flow(extract, warehouse, attendance, behaviour, characteristics)

tm.flow(warehouse, feature_job, attendance, behaviour, characteristics, label="weekly batch read")
tm.flow(feature_job, warehouse, features)
tm.flow(warehouse, training_set, training_data, label="termly export")
tm.flow(training_set, training, training_data)
tm.flow(analyst, training, training_code, protocol="https", label="runs notebook, sets labels")
tm.flow(training, registry, model_artifact)
tm.flow(registry, risk_model, model_artifact, label="deploy chosen version")

tm.flow(warehouse, scoring_job, features, label="weekly batch read")
tm.flow(scoring_job, risk_model, features)
tm.flow(risk_model, scoring_job, risk_flags)
tm.flow(scoring_job, flag_store, risk_flags)

tm.flow(flag_store, dashboard, risk_flags, outcomes)
tm.flow(dashboard, pastoral, risk_flags, outcomes, protocol="https")
tm.flow(pastoral, dashboard, outcomes, protocol="https")
tm.flow(dashboard, flag_store, outcomes)
tm.flow(pastoral, mis, outcomes, protocol="https", label="logs intervention in the MIS")
