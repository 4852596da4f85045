"""Blood bank antibody panel interpretation: the first design, before any security review.

The hospital transfusion laboratory runs antibody identification panels on automated
immunohaematology analysers. Reaction grades for each panel cell go to the analyser
middleware, which asks an in-house interpretation service which red-cell antibodies the
pattern suggests, using the antigram of the reagent panel lot in use. A biomedical
scientist reviews the reactions and the suggestion and authorises the identification;
only then does the middleware send it to the laboratory information system (LIS), which
records it against the patient and decides which blood units are compatible for issue.
The model is a gradient-boosted classifier trained by pathology informatics on past
confirmed panels extracted from the LIS, with a release approval before deployment.
The analyser vendor supports the instruments remotely through its remote service
platform and an agent it installs on each analyser. Controls in this design: staff
sign-in and role-based access on the middleware and LIS, BMS authorisation of every
result, LIS audit trail and encryption at rest, pseudonymised training extracts.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Blood bank antibody panel interpretation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Suggests red-cell antibody specificities from panel reactions; "
    "BMS-confirmed results drive LIS compatibility decisions.",
)

# ---------------------------------------------------------------- data assets
test_requests = tg.Data(
    "Group and screen requests",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Transfusion test requests with patient identifiers from the wards.",
)
test_orders = tg.Data(
    "Analyser test orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Worklist of sample barcodes and panel tests to run.",
)
panel_reactions = tg.Data(
    "Panel reaction grades",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Reaction grade per panel cell and phase, keyed by sample barcode.",
)
antigram = tg.Data(
    "Reagent panel antigram",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Antigen profile of each cell in a reagent panel lot, from the manufacturer.",
)
panel_features = tg.Data("Panel features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
suggested_antibodies = tg.Data(
    "Suggested antibody specificities",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Likely antibodies with probabilities, and specificities not excluded.",
)
confirmed_id = tg.Data(
    "Confirmed antibody identification",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
transfusion_record = tg.Data(
    "Patient transfusion record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Blood group, antibody history, special requirements and units issued.",
)
compatible_units = tg.Data(
    "Compatible unit selection",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
lab_results = tg.Data(
    "Transfusion lab results", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
training_panels = tg.Data(
    "Pseudonymised historical panels",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past panel reactions with the antibodies the lab confirmed, identifiers removed.",
)
model_artifact = tg.Data(
    "Antibody model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data("Model release approval", kind="records")
remote_session = tg.Data(
    "Remote service commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Diagnostics, configuration changes and software updates from the vendor.",
)
instrument_logs = tg.Data(
    "Instrument logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Error, QC and run logs; run logs carry sample barcodes.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The electronic patient record, where wards order tests and read results.
    epr = tm.add(tg.DataStore("Electronic patient record", stores={test_requests, lab_results}))
    # The LIS records results and runs the compatibility logic for blood issue.
    lis = tm.add(
        tg.Service(
            "Laboratory information system",
            description="Transfusion module: records results, selects compatible units.",
            controls={
                tg.controls.Authentication(
                    method="hospital Active Directory username and password"
                ),
                tg.controls.RBAC(),
            },
        )
    )
    # The LIS database holds every patient's transfusion history (kept 30 years).
    lis_db = tm.add(
        tg.DataStore(
            "LIS database",
            stores={transfusion_record, confirmed_id, compatible_units},
            controls={
                tg.controls.EncryptionAtRest(key_management="database TDE"),
                tg.controls.AuditLogging(note="LIS audit trail for traceability"),
            },
        )
    )

    with tm.boundary("Transfusion laboratory network", trust=tg.Trust.INTERNAL):
        # Staff who run the panels and authorise every identification.
        bms = tm.add(tg.Actor("Biomedical scientist", role="laboratory staff"))
        # The automated immunohaematology analysers that run the panels.
        analysers = tm.add(
            tg.Device(
                "Immunohaematology analysers",
                fleet=True,
                description="Three analysers; the vendor's remote service agent runs on each.",
            )
        )
        # Middleware collects analyser results and holds them until a BMS authorises them.
        middleware = tm.add(
            tg.Service(
                "Analyser middleware",
                description="Vendor middleware on a lab server; review and authorisation screens.",
                controls={
                    tg.controls.Authentication(
                        method="hospital Active Directory username and password"
                    ),
                    tg.controls.RBAC(),
                    tg.controls.HumanInTheLoop(approver="biomedical scientist"),
                    tg.controls.AuditLogging(),
                },
            )
        )
        # Our service that turns reactions and the antigram into a model query.
        interpretation = tm.add(
            tg.Service(
                "Antibody interpretation service",
                description="REST service on the lab server; rule-out logic plus the model.",
                controls={
                    tg.controls.InputValidation(note="checks panel cell count matches the antigram")
                },
            )
        )
        # The model that suggests which antibodies explain the reaction pattern.
        model = tm.add(
            tg.Model(
                "Antibody identification model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Multi-label gradient-boosted classifier over panel reaction patterns.",
                controls={tg.controls.ModelValidation(), tg.controls.ModelVersioning()},
            )
        )

    with tm.boundary("Pathology informatics environment", trust=tg.Trust.INTERNAL):
        # Scientist who trains the model and signs off each release.
        informatics = tm.add(
            tg.Actor("Pathology informatics scientist", role="data scientist", privileged=True)
        )
        # Extracts past confirmed panels from the LIS and retrains the model.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="Quarterly extract, pseudonymise and retrain; Python notebooks and scripts.",
            )
        )
        # The pseudonymised training set of historical panels.
        training_set = tm.add(
            tg.Dataset(
                "Historical panel training set",
                stores={training_panels},
                controls={
                    tg.controls.DataMinimization(note="patient identifiers removed on extract")
                },
            )
        )
        # Holds approved model versions for deployment to the interpretation service.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Reagent manufacturer", trust=tg.Trust.PARTNER):
    # The panel antigrams, downloaded per reagent lot from the manufacturer's site.
    antigram_source = tm.add(
        tg.DataSource("Reagent lot antigrams", origin=tg.Origin.VENDOR, provides={antigram})
    )

with tm.boundary("Analyser vendor", trust=tg.Trust.PARTNER):
    # The vendor's service engineers who diagnose and update the analysers.
    engineer = tm.add(tg.Actor("Vendor service engineer", role="service engineer", privileged=True))
    # The vendor's remote service platform that reaches the analysers' agents.
    vendor_remote = tm.add(
        tg.ExternalService(
            "Vendor remote support platform",
            controls={
                tg.controls.SupplierAssessment(note="NHS DSPT and contract review at purchase")
            },
        )
    )

# ---------------------------------------------------------------- flows
hl7 = "HL7 v2 over MLLP"

# Orders in
tm.flow(epr, lis, test_requests, protocol=hl7)
tm.flow(lis, middleware, test_orders, protocol=hl7)
tm.flow(middleware, analysers, test_orders, protocol="ASTM over TCP")
tm.flow(analysers, middleware, panel_reactions, protocol="ASTM over TCP")

# Interpretation
tm.flow(antigram_source, bms, antigram, protocol="https", label="downloaded per lot")
tm.flow(bms, interpretation, antigram, protocol="https", label="uploads lot antigram")
tm.flow(middleware, interpretation, panel_reactions, protocol="https")
tm.flow(interpretation, model, panel_features)
tm.flow(model, interpretation, suggested_antibodies)
tm.flow(interpretation, middleware, suggested_antibodies, protocol="https")

# Review and authorisation
tm.flow(middleware, bms, panel_reactions, suggested_antibodies, protocol="https")
tm.flow(bms, middleware, confirmed_id, protocol="https", label="authorises")
tm.flow(middleware, lis, confirmed_id, protocol=hl7)

# Compatibility and issue
tm.flow(lis, lis_db, confirmed_id, compatible_units)
tm.flow(lis_db, lis, transfusion_record)
tm.flow(lis, bms, compatible_units, transfusion_record, protocol="https")
tm.flow(lis, epr, lab_results, protocol=hl7)

# Training and release
tm.flow(lis_db, training, transfusion_record, label="quarterly extract")
tm.flow(training, training_set, training_panels)
tm.flow(training_set, training, training_panels)
tm.flow(training, registry, model_artifact)
tm.flow(informatics, registry, release_approval, label="approves release")
tm.flow(registry, model, model_artifact, label="deploy")

# Vendor remote support
tm.flow(engineer, vendor_remote, remote_session, protocol="https")
tm.flow(vendor_remote, analysers, remote_session, protocol="https")
tm.flow(analysers, vendor_remote, instrument_logs, protocol="https")
tm.flow(vendor_remote, engineer, instrument_logs, protocol="https")
