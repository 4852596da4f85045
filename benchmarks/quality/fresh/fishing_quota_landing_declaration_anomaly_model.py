"""Quota misreporting anomaly model: the first design, before any security review.

An EU member state's fisheries control authority cross-checks what each fishing trip
declares. Vessels over 12 m send electronic logbook (ERS) messages from their on-board
e-logbook software; smaller vessels' skippers or their agents file landing declarations
in the authority's declarations portal, and registered first-sale buyers and auctions
file sales notes there too. Reports for our vessels landing in other member states
arrive over the EU FLUX exchange. A nightly reconciliation pipeline matches logbook,
landing and sales figures per trip and species, against quota and licence records, and
a nightly scoring job runs an in-house anomaly model that flags trips whose figures
suggest under-declared catch. Fishery inspectors work the flags in the case management
system and decide whether to inspect; their inspection outcomes become the labels the
model is retrained on. Controls: portal sign-in with a second factor, schema validation
of ERS and portal submissions, certificate-authenticated ERS and FLUX links, encryption,
role-based access and audit logging on the control database and case system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fisheries quota misreporting anomaly detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags fishing trips whose logbook, landing and sales figures disagree, "
    "for fishery inspectors to follow up.",
)

# ---------------------------------------------------------------- data assets
logbook = tg.Data(
    "Electronic logbook reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="ERS catch, effort, position and landing messages per trip, naming the master.",
)
landing = tg.Data(
    "Landing declarations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sales_notes = tg.Data(
    "Sales notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="First-sale weights and prices per species, naming buyer and seller.",
)
cross_border = tg.Data(
    "Cross-border fisheries reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Logbook, landing and sales data exchanged with other member states.",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
quotas = tg.Data(
    "Vessel licences and quota allocations", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
features = tg.Data(
    "Trip reconciliation features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-trip discrepancies between logbook, landing and sales weights, "
    "conversion factors, port and buyer history.",
)
risk_scores = tg.Data(
    "Misreporting risk scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
flags = tg.Data(
    "Flagged trips for inspection",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Trips above the review threshold, with score and top contributing discrepancies.",
)
trip_lookup = tg.Data("Trip record lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
cases = tg.Data("Inspection cases", kind="records", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data(
    "Inspection outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Whether an inspection found misreporting, and by how much.",
)
weights = tg.Data(
    "Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Fishing industry", trust=tg.Trust.UNTRUSTED):
    # The on-board e-logbook software each larger vessel runs; it sends the ERS messages.
    elogbook = tm.add(
        tg.Device(
            "Vessel e-logbook",
            description="Certified ERS software on each vessel over 12 m, sending over "
            "the vessel's satellite or mobile data link.",
        )
    )
    # Skippers of smaller vessels, or the agents acting for them, declare landings online.
    skipper = tm.add(tg.Actor("Skipper or landing agent", role="fisher"))
    # Registered buyers and auctions must file a sales note for each first sale.
    buyer = tm.add(tg.Actor("Registered first-sale buyer", role="buyer"))

with tm.boundary("Other member states", trust=tg.Trust.PARTNER):
    # The EU FLUX network, through which flag and coastal states exchange trip reports.
    flux = tm.add(
        tg.ExternalService(
            "FLUX exchange node",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Other member states' fisheries data exchange endpoints.",
        )
    )

with tm.boundary("Authority DMZ", trust=tg.Trust.INTERNAL):
    # Web portal where landing declarations and sales notes are filed.
    portal = tm.add(
        tg.Endpoint(
            "Declarations portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="portal account password with SMS code at each sign-in"),
                c.InputValidation(),
                c.SchemaEnforcement(
                    note="declaration and sales note forms validated field by field"
                ),
            },
        )
    )
    # Receives ERS messages from vessels and the FLUX exchange, acknowledges each one.
    ers_gateway = tm.add(
        tg.Service(
            "ERS gateway",
            controls={
                c.Authentication(method="per-vessel ERS software certificate"),
                c.SchemaEnforcement(note="messages validated against the UN/FLUX XML schemas"),
            },
        )
    )

with tm.boundary("Fisheries control network", trust=tg.Trust.INTERNAL):
    # System of record for every declaration, plus licences and quota allocations.
    control_db = tm.add(
        tg.DataStore(
            "Fisheries control database",
            stores={logbook, landing, sales_notes, cross_border, quotas},
            controls={
                c.EncryptionAtRest(key_management="database TDE with HSM-held keys"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Matches the three sources per trip and species and computes discrepancy features.
    reconciliation = tm.add(
        tg.Pipeline(
            "Nightly trip reconciliation",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Offline store of the per-trip features, used for scoring and for training.
    feature_store = tm.add(tg.FeatureStore("Trip feature store", stores={features}, online=False))
    # Runs the current model over the day's reconciled trips and raises flags.
    scoring_job = tm.add(
        tg.Service(
            "Nightly risk scoring job",
            description="Loads the registered model, scores every reconciled trip and "
            "opens a case for trips above the review threshold.",
        )
    )
    # The anomaly model: gradient-boosted trees plus an isolation forest on discrepancies.
    model = tm.add(
        tg.Model(
            "Quota misreporting anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Scores how likely a trip's declared catch is under-reported; "
            "the score prioritises inspections.",
        )
    )
    # Inspectors' case system: the flags, the trip's records, and the outcome of each case.
    case_mgmt = tm.add(
        tg.Service(
            "Inspection case management",
            controls={
                c.Authentication(method="authority SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="a fishery inspector",
                    note="a flag only prioritises; the inspector decides whether to inspect",
                ),
            },
        )
    )
    # Fishery inspectors, in port offices and at sea, on the authority's network.
    inspector = tm.add(tg.Actor("Fishery inspector", role="inspector"))

with tm.boundary(
    "Analytics enclave",
    trust=tg.Trust.RESTRICTED,
    description="Authority's data science environment",
):
    # Historic trip features joined to inspection outcomes: what the model learns from.
    training_set = tm.add(tg.Dataset("Labelled trip training set", stores={features, outcomes}))
    # Quarterly retraining of the anomaly model.
    training = tm.add(
        tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds the model versions the scoring job loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(elogbook, ers_gateway, logbook, protocol="https")
tm.flow(ers_gateway, elogbook, receipt, protocol="https", label="acknowledgement")
tm.flow(skipper, portal, landing, protocol="https")
tm.flow(portal, skipper, receipt, protocol="https")
tm.flow(buyer, portal, sales_notes, protocol="https")
tm.flow(portal, buyer, receipt, protocol="https")
tm.flow(flux, ers_gateway, cross_border, protocol="mtls", label="reports on our vessels")
tm.flow(ers_gateway, flux, cross_border, protocol="mtls", label="reports on foreign vessels")

tm.flow(ers_gateway, control_db, logbook, cross_border)
tm.flow(portal, control_db, landing, sales_notes)

tm.flow(
    control_db,
    reconciliation,
    logbook,
    landing,
    sales_notes,
    cross_border,
    quotas,
    label="nightly batch read",
)
tm.flow(reconciliation, feature_store, features)
tm.flow(feature_store, scoring_job, features, label="nightly batch read")
tm.flow(registry, scoring_job, weights, label="load current version")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, risk_scores)
tm.flow(scoring_job, case_mgmt, flags)

tm.flow(case_mgmt, control_db, trip_lookup)
tm.flow(control_db, case_mgmt, logbook, landing, sales_notes, cross_border, quotas)
tm.flow(case_mgmt, inspector, cases, protocol="https")
tm.flow(inspector, case_mgmt, outcomes, protocol="https")

tm.flow(case_mgmt, training_set, outcomes, label="quarterly export")
tm.flow(feature_store, training_set, features, label="quarterly export")
tm.flow(training_set, training, features, outcomes)
tm.flow(training, registry, weights)
