"""Hospital bed flow: next-day discharge prediction, the first design before review.

An acute hospital trust wants bed managers to see each morning which inpatients
are likely to go home tomorrow, so that beds can be planned before the day's
admissions arrive. A nightly extract copies clinical data from the electronic
patient record (EPR) and admission, transfer and discharge (ADT) events from the
patient administration system into the analytics data warehouse. A feature pipeline
builds per-patient features (length of stay so far, observations, pending tests,
therapy and pharmacy status); a gradient-boosted classifier, trained monthly by the
trust's data science team on pseudonymised past admissions, scores every current
inpatient at 6 a.m. Scores go to a predictions table that the bed management
dashboard on the trust intranet shows beside the live bed state. Everything runs
on-premises; staff sign in with their Active Directory accounts, the warehouse is
role-based, the EPR is encrypted and audited, and models are versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital bed flow discharge prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Daily next-day discharge likelihood for every inpatient, for bed managers.",
)

# ---------------------------------------------------------------- data assets
clinical = tg.Data(
    "Inpatient clinical records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Observations, results, orders, notes metadata and medications.",
)
adt = tg.Data("ADT events", kind="records", sensitivity=tg.Sensitivity.REGULATED)
bed_state = tg.Data(
    "Live bed state",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Which patient is in which bed on which ward, and expected admissions.",
)
training_rows = tg.Data(
    "Pseudonymised admission history",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Three years of past admissions, NHS number replaced by a pseudonym.",
)
labels = tg.Data("Next-day discharge outcomes", kind="labels", sensitivity=tg.Sensitivity.REGULATED)
features = tg.Data(
    "Current inpatient features", kind="features", sensitivity=tg.Sensitivity.REGULATED
)
weights = tg.Data(
    "Discharge model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
promotion = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
predictions = tg.Data(
    "Discharge likelihood scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, ward, bed and probability of discharge tomorrow.",
)
view_request = tg.Data("Ward filter selection", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sign_in = tg.Data(
    "Staff sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinical systems zone", trust=tg.Trust.RESTRICTED):
    # The system of record for clinical care, run by the EPR supplier's team on site.
    epr = tm.add(
        tg.DataStore(
            "Electronic patient record (EPR)",
            stores={clinical},
            controls={
                c.EncryptionAtRest(key_management="database TDE"),
                c.AuditLogging(note="EPR access audit"),
            },
        )
    )
    # The PAS holds admissions, transfers, discharges and the live bed state.
    pas = tm.add(tg.DataStore("Patient administration system (PAS)", stores={adt, bed_state}))

with tm.boundary("Trust data centre", trust=tg.Trust.INTERNAL):
    # Staff directory that signs everyone in to intranet applications.
    ad = tm.add(tg.ExternalService("Trust Active Directory", provides="identity-provider"))

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Copies last night's clinical data and ADT events into the warehouse.
        extract = tm.add(tg.Pipeline("Nightly EPR and PAS extract", stage=tg.Stage.INGESTION))
        # The trust's reporting warehouse, already used for operational reports.
        warehouse = tm.add(
            tg.DataStore(
                "Analytics data warehouse",
                stores={clinical, adt},
                controls={c.RBAC(note="analytics AD groups per subject area")},
            )
        )
        # Builds features for current inpatients and pseudonymised training rows.
        feature_job = tm.add(
            tg.Pipeline(
                "Discharge feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
                controls={
                    c.DataMinimization(note="training rows carry a pseudonym, not the NHS number")
                },
            )
        )
        # Past admissions with their outcome, the model's training set.
        training_set = tm.add(tg.Dataset("Discharge training set", stores={training_rows, labels}))
        # Monthly retraining run by the data science team from a notebook server.
        trainer = tm.add(
            tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Keeps every trained version so the live one can be rolled back.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning(note="MLflow model versions with a Production stage")},
            )
        )
        # The classifier itself; it informs bed planning, clinicians still decide discharge.
        model = tm.add(
            tg.Model(
                "Discharge prediction model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                description="Gradient-boosted trees, probability of discharge by tomorrow midnight.",
                controls={
                    c.ModelValidation(note="AUC and calibration on a held-out month before release")
                },
            )
        )
        # Scores every current inpatient at 6 a.m.
        scorer = tm.add(tg.Service("Daily scoring job"))
        # Table of this morning's scores the dashboard reads.
        prediction_store = tm.add(tg.DataStore("Predictions table", stores={predictions}))
        # Intranet web app for the site and bed management team.
        dashboard = tm.add(
            tg.Endpoint(
                "Bed management dashboard",
                purpose=tg.EndpointPurpose.API,
                returns_scores=True,
                controls={c.Authentication(method="Windows integrated sign-in with AD account")},
            )
        )

with tm.boundary("Hospital staff network", trust=tg.Trust.INTERNAL):
    # Bed managers and the site team plan the day's flow from the dashboard.
    bed_manager = tm.add(tg.Actor("Bed manager", role="site operations"))
    # Builds and releases the model; has warehouse access for training.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science", privileged=True))

# ---------------------------------------------------------------- flows
# nightly ingestion
tm.flow(epr, extract, clinical, protocol="tds", label="nightly extract")
tm.flow(pas, extract, adt, protocol="mllp", label="HL7 v2 ADT feed")
tm.flow(extract, warehouse, clinical, adt)

# features for training and for today's scoring
tm.flow(warehouse, feature_job, clinical, adt, label="nightly batch")
tm.flow(feature_job, training_set, training_rows, labels)
tm.flow(feature_job, scorer, features)

# monthly retraining and release
tm.flow(data_scientist, trainer, training_code, protocol="https", label="notebook server")
tm.flow(training_set, trainer, training_rows, labels)
tm.flow(trainer, registry, weights)
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes to Production")
tm.flow(registry, model, weights, label="loaded at start of scoring")

# daily scoring
tm.flow(scorer, model, features)
tm.flow(model, scorer, predictions)
tm.flow(scorer, prediction_store, predictions)

# dashboard
tm.flow(bed_manager, dashboard, sign_in, view_request, protocol="https")
tm.flow(dashboard, ad, sign_in, protocol="ldaps", label="sign-in check")
tm.flow(prediction_store, dashboard, predictions)
tm.flow(pas, dashboard, bed_state, label="live bed state")
tm.flow(dashboard, bed_manager, predictions, bed_state, protocol="https")
