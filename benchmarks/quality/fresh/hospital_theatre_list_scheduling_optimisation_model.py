"""Theatre list scheduling: the first design, before any security review.

An NHS hospital trust wants proposed operating theatre lists for the next two
weeks instead of building them by hand. A nightly extract pulls the surgical
waiting list (procedure, clinical priority, breach date) from the patient
administration system, theatre sessions and past case timings from the theatre
management system, and surgeons' job plans and leave from the rota system, into
a scheduling data mart on the trust's analytics platform. An in-house model
predicts each case's duration; an optimiser packs cases into sessions by priority,
surgeon availability and predicted duration. Scheduling coordinators review, edit
and confirm each proposed list in a web app, and only confirmed lists are sent
to the theatre management system. The duration model is retrained monthly by the
data science team. Controls: trust SSO and roles on the web app with an audit
trail, coordinator confirmation of every list, encrypted PAS, a validation gate
and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theatre list scheduling",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Proposes operating theatre lists from the waiting list; coordinators confirm them.",
)

# ---------------------------------------------------------------- data assets
waiting_list = tg.Data(
    "Surgical waiting list",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="NHS number, name, procedure, clinical priority (P1-P4), referral and breach dates.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sessions = tg.Data(
    "Theatre sessions",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Theatre, specialty and time of each planned session.",
)
case_history = tg.Data(
    "Historical case timings",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Past operations with procedure, surgeon, anaesthetic type, patient ASA grade and timings.",
)
availability = tg.Data(
    "Surgeon availability",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Job-planned sessions, annual and study leave of each surgeon.",
)
scheduling_features = tg.Data(
    "Scheduling features", sensitivity=tg.Sensitivity.REGULATED, kind="features"
)
training_data = tg.Data(
    "Case duration training data", sensitivity=tg.Sensitivity.REGULATED, kind="training-data"
)
training_config = tg.Data(
    "Training code and configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
duration_model_artifact = tg.Data(
    "Duration model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM regressor saved with joblib.",
)
predicted_durations = tg.Data(
    "Predicted case durations", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
proposed_lists = tg.Data(
    "Proposed theatre lists",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Cases per session in order, with patient, surgeon and predicted duration.",
)
coordinator_edits = tg.Data(
    "List edits and confirmation", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
confirmed_lists = tg.Data(
    "Confirmed theatre lists",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinical systems zone", trust=tg.Trust.RESTRICTED):
    # System of record for referrals and the surgical waiting list.
    pas = tm.add(
        tg.DataStore(
            "Patient administration system (PAS)",
            stores={waiting_list},
            controls={c.EncryptionAtRest(key_management="database TDE with trust-managed keys")},
        )
    )
    # Holds theatre sessions, the lists theatres work from, and past case timings.
    tms = tm.add(
        tg.DataStore("Theatre management system", stores={sessions, case_history, confirmed_lists})
    )
    # Where surgeons' job plans and leave are recorded.
    rota = tm.add(tg.DataStore("Medical rota system", stores={availability}))

with tm.boundary("Trust analytics platform", trust=tg.Trust.INTERNAL):
    # Copies what the scheduler needs from the clinical systems each night.
    extract = tm.add(
        tg.Pipeline(
            "Nightly scheduling extract",
            stage=tg.Stage.PREPROCESSING,
            description="Joins waiting list, sessions, case history and availability.",
        )
    )
    # Working copy the optimiser reads; refreshed nightly.
    mart = tm.add(
        tg.FeatureStore(
            "Scheduling data mart", stores={scheduling_features, availability}, online=False
        )
    )
    # Past cases used to fit the duration model.
    training_set = tm.add(tg.Dataset("Case duration training set", stores={training_data}))
    # Monthly retraining of the duration model.
    training = tm.add(
        tg.Pipeline(
            "Duration model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="must beat the current model's error on a held-out month")
            },
        )
    )
    # Keeps each trained model version; the serving model is pinned by version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={duration_model_artifact}, controls={c.ModelVersioning()}
        )
    )
    # Predicts how long each case will take in theatre.
    duration_model = tm.add(
        tg.Model(
            "Case duration model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Predicted durations decide how many patients fit on a list.",
        )
    )
    # Constraint solver that builds the proposed lists; no language model involved.
    optimiser = tm.add(
        tg.Service(
            "Theatre list optimiser",
            description="Packs cases into sessions by priority, breach date, surgeon and duration.",
        )
    )
    # Proposals waiting for a coordinator, and their edit history.
    proposals = tm.add(
        tg.DataStore("Proposed list store", stores={proposed_lists, coordinator_edits})
    )
    # Where coordinators review, edit and confirm proposals.
    webapp = tm.add(
        tg.Endpoint(
            "Scheduling web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="trust SSO (Active Directory) with smartcard"),
                c.RBAC(note="scheduling coordinators and theatre managers only"),
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(approver="scheduling coordinator confirms each list"),
            },
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Confirms the lists; accountable for what goes to theatres.
    coordinator = tm.add(tg.Actor("Scheduling coordinator", role="scheduling coordinator"))
    # Record their availability and operate from the confirmed lists.
    surgeon = tm.add(tg.Actor("Surgeon", role="consultant surgeon"))
    # Builds and retrains the duration model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(surgeon, rota, availability, protocol="https", label="job plan and leave")

tm.flow(pas, extract, waiting_list, protocol="HL7 FHIR over HTTPS", label="nightly export")
tm.flow(tms, extract, sessions, case_history, label="nightly export")
tm.flow(rota, extract, availability, protocol="https", label="nightly export")
tm.flow(extract, mart, scheduling_features, availability)
tm.flow(extract, training_set, training_data)

tm.flow(data_scientist, training, training_config)
tm.flow(training_set, training, training_data)
tm.flow(training, registry, duration_model_artifact)
tm.flow(registry, duration_model, duration_model_artifact, label="deploy pinned version")

tm.flow(mart, optimiser, scheduling_features, availability)
tm.flow(optimiser, duration_model, scheduling_features)
tm.flow(duration_model, optimiser, predicted_durations)
tm.flow(optimiser, proposals, proposed_lists)

tm.flow(proposals, webapp, proposed_lists)
tm.flow(webapp, coordinator, proposed_lists, protocol="https")
tm.flow(coordinator, webapp, coordinator_edits, protocol="https")
tm.flow(webapp, proposals, coordinator_edits)
tm.flow(webapp, tms, confirmed_lists, protocol="HL7 v2 over MLLP")

tm.flow(tms, surgeon, confirmed_lists, protocol="https")
