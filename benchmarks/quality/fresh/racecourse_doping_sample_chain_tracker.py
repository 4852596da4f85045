"""Racecourse doping sample chain tracker: the first design, before any security review.

The racing regulator tracks the chain of custody of post-race urine and blood
samples. Regulator-appointed vets label and seal each sample at the racecourse on a
handheld app; couriers scan the sealed bags at pickup and hand-over on their own
scanning app. Both apps post to a custody API in the regulator's cloud, which keeps
the chain in a custody database. The contract laboratory runs its own system: it is
sent a manifest of blind sample codes and returns receipt scans and results to a
results API, authenticated with an API key issued to the laboratory. A nightly
scoring job runs an in-house anomaly model over each chain and its results and puts
flags in front of the integrity team, who alone decide whether to open an inquiry.
Trainers sign in to the regulator's portal to see results for their horses. Staff
and vets sign in through the regulator's SSO with MFA; couriers and trainers use
passwords. All traffic is HTTPS; the custody database is encrypted and audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Racecourse doping sample chain tracker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chain of custody and anomaly flagging for post-race doping samples.",
)

# ---------------------------------------------------------------- data assets
sample_label = tg.Data(
    "Sample label record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Sample barcode, seal numbers, horse, race, sampling vet and time.",
)
label_receipt = tg.Data("Label receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scan_event = tg.Data(
    "Custody scan event",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Bag barcode, courier, place, time and seal condition at each hand-over.",
)
pickup_manifest = tg.Data(
    "Courier pickup manifest", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lab_manifest = tg.Data(
    "Laboratory sample manifest",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Blind sample codes and seal numbers expected at the laboratory.",
)
lab_results = tg.Data(
    "Laboratory receipt and results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Receipt scan, seal check and analytical findings per sample code.",
)
custody_chain = tg.Data(
    "Custody chain with results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
chain_features = tg.Data(
    "Custody chain features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
anomaly_score = tg.Data(
    "Custody anomaly score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
anomaly_flag = tg.Data(
    "Custody anomaly flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Which sample, which gap or odd result, and the score behind it.",
)
inquiry_decision = tg.Data("Inquiry decision", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Historical custody chains and inquiry outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
model_artifact = tg.Data(
    "Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
trainer_request = tg.Data(
    "Trainer sign-in and results request", kind="records", sensitivity=tg.Sensitivity.PII
)
trainer_results = tg.Data(
    "Released results for the trainer's horses",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Racecourses and roads", trust=tg.Trust.UNTRUSTED):
    # Takes the sample at the racecourse and starts the chain.
    vet = tm.add(tg.Actor("Racecourse vet", role="sampling vet"))
    # Regulator-issued handhelds on the mobile network at every racecourse.
    vet_app = tm.add(
        tg.Device(
            "Vet sample labelling app",
            description="Phone app on regulator handhelds: prints and records the label.",
        )
    )
    # Courier staff move sealed bags from racecourse to the laboratory.
    courier = tm.add(tg.Actor("Courier", role="courier driver"))
    # Courier firm's phones running the regulator's scanning app.
    courier_app = tm.add(tg.Device("Courier scanning app"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Sees results for the horses in their yard.
    trainer = tm.add(tg.Actor("Trainer", role="licensed trainer"))

with tm.boundary("Contract laboratory", trust=tg.Trust.PARTNER):
    # The contractor's own LIMS; it returns receipts and results over our API.
    lab_system = tm.add(
        tg.ExternalService(
            "Laboratory information system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Run by the contract laboratory; records receipt and analysis.",
        )
    )

with tm.boundary("Regulator cloud", trust=tg.Trust.INTERNAL):
    # Receives labels and scans from the field apps.
    custody_api = tm.add(
        tg.Endpoint(
            "Custody API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="OAuth tokens from app sign-in: vets via SSO with MFA, "
                    "couriers with username and password"
                ),
                c.InputValidation(),
            },
        )
    )
    # Where the laboratory posts receipts and results.
    results_api = tm.add(
        tg.Endpoint(
            "Laboratory results API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="API key issued to the laboratory")},
        )
    )
    # Runs each night over chains that changed and raises flags.
    scoring_job = tm.add(
        tg.Service(
            "Nightly custody scoring job",
            description="Builds features per chain, calls the model, writes flags.",
        )
    )
    # Flags gaps, late scans, seal mismatches and unusual results.
    anomaly_model = tm.add(
        tg.Model(
            "Custody anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Isolation forest plus rules over the custody chain and results.",
        )
    )
    # Retrains the model quarterly on past chains and inquiry outcomes.
    training = tm.add(tg.Pipeline("Anomaly model training", stage=tg.Stage.TRAINING))
    # Case console where the integrity team reviews flags and records decisions.
    integrity_console = tm.add(
        tg.Service(
            "Integrity case console",
            controls={
                c.Authentication(method="regulator SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the integrity team decides on every inquiry"),
            },
        )
    )
    # Trainers' view of released results.
    trainer_portal = tm.add(
        tg.Endpoint(
            "Trainer results portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("Custody data tier", trust=tg.Trust.RESTRICTED):
        # The system of record for every sample's chain of custody.
        custody_db = tm.add(
            tg.DataStore(
                "Custody database",
                stores={sample_label, scan_event, lab_results, inquiry_decision, anomaly_flag},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Regulator office", trust=tg.Trust.INTERNAL):
    # Decide whether a flag becomes an inquiry.
    integrity_team = tm.add(tg.Actor("Integrity team", role="integrity officer"))

# ---------------------------------------------------------------- flows
tm.flow(vet, vet_app, sample_label, label="entered and printed on the handheld")
tm.flow(vet_app, custody_api, sample_label, protocol="https")
tm.flow(custody_api, vet_app, label_receipt, protocol="https")

tm.flow(courier, courier_app, scan_event, label="scans the bag barcode and seal")
tm.flow(courier_app, custody_api, scan_event, protocol="https")
tm.flow(custody_api, courier_app, pickup_manifest, protocol="https")

tm.flow(custody_api, custody_db, sample_label, scan_event)
tm.flow(custody_db, custody_api, pickup_manifest, lab_manifest)
tm.flow(custody_api, lab_system, lab_manifest, protocol="https")
tm.flow(lab_system, results_api, lab_results, protocol="https")
tm.flow(results_api, custody_db, lab_results)

tm.flow(custody_db, scoring_job, custody_chain)
tm.flow(scoring_job, anomaly_model, chain_features)
tm.flow(anomaly_model, scoring_job, anomaly_score)
tm.flow(scoring_job, custody_db, anomaly_flag)

tm.flow(custody_db, integrity_console, custody_chain, anomaly_flag)
tm.flow(integrity_console, integrity_team, custody_chain, anomaly_flag, protocol="https")
tm.flow(integrity_team, integrity_console, inquiry_decision, protocol="https")
tm.flow(integrity_console, custody_db, inquiry_decision)

tm.flow(custody_db, training, history)
tm.flow(training, anomaly_model, model_artifact, label="quarterly deploy")

tm.flow(trainer, trainer_portal, trainer_request, protocol="https")
tm.flow(custody_db, trainer_portal, trainer_results)
tm.flow(trainer_portal, trainer, trainer_results, protocol="https")
