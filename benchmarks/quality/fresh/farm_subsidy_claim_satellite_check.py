"""Farm subsidy claims with satellite checks: the first design, before any security review.

The national agriculture paying agency takes area-subsidy claims online: farmers
sign in to the claims portal with the national eID and declare, for each parcel,
the crop they grow and whether grassland is mown. An Earth-observation platform,
run on a Copernicus cloud provider's infrastructure, downloads Sentinel-1 and
Sentinel-2 imagery, turns it into per-parcel time series and runs a crop and
mowing classifier on every declared parcel. A monitoring service compares the
prediction with the declaration; farmers see the traffic-light result in the
portal and may correct their claim, and the farms still flagged go to inspectors
who visit them and record the outcome. A payment officer signs off each payment
batch before the payment system sends it to the national treasury. Inspection
outcomes become labels for the yearly retraining of the classifier. The first
design has eID sign-in, portal input checks, TLS on external links, encrypted
claim storage, role-based access for inspectors and audit logs on payments.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Farm subsidy claim satellite check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Area-subsidy claims checked against satellite imagery before payment.",
)

# ---------------------------------------------------------------- data assets
claim = tg.Data(
    "Subsidy claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Farmer identity, bank account, declared parcels, crops and mowing dates.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim_status = tg.Data(
    "Claim check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-parcel traffic light shown to the farmer.",
)
parcels = tg.Data(
    "Reference parcels",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Land parcel identification system: parcel geometries and eligible area.",
)
imagery = tg.Data("Sentinel imagery", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
signals = tg.Data(
    "Parcel time series",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cloud-masked NDVI and radar backscatter per parcel and date.",
)
prediction = tg.Data(
    "Crop and mowing prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Predicted crop class with its probability, and detected mowing events.",
)
flagged = tg.Data("Flagged farm case", kind="records", sensitivity=tg.Sensitivity.PII)
inspection = tg.Data(
    "Inspection report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Inspector's findings, geotagged photos and measured areas.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
labels = tg.Data(
    "Ground-truth crop labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
payment_decision = tg.Data(
    "Eligible payment amounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_file = tg.Data(
    "Payment batch",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Beneficiary names, IBANs and amounts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
weights = tg.Data(
    "Crop classifier artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Claimants: individual farmers and agricultural companies, or advisers acting for them.
    farmer = tm.add(tg.Actor("Farmer", role="claimant"))
    # Free Copernicus imagery, downloaded from the public data hub.
    copernicus = tm.add(
        tg.DataSource(
            "Copernicus Sentinel hub",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={imagery},
            description="Sentinel-1 radar and Sentinel-2 optical tiles covering the country.",
        )
    )

with tm.boundary("Agency data centre", trust=tg.Trust.INTERNAL):
    # Where farmers file claims and see the check results.
    portal = tm.add(
        tg.Endpoint(
            "Claims portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="national eID (eIDAS substantial)"),
                tg.controls.InputValidation(note="geometry and area checks on declared parcels"),
            },
        )
    )
    # The system of record for claims, audited by the certification body.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim, claim_status},
            controls={tg.controls.EncryptionAtRest(key_management="database TDE with HSM keys")},
        )
    )
    # The land parcel identification system, the reference for eligible area.
    lpis = tm.add(tg.DataStore("Land parcel register", stores={parcels}))
    # Compares declarations with predictions and decides which farms to flag.
    monitoring = tm.add(
        tg.Service(
            "Area monitoring service",
            description="Traffic-light rules over predictions and declarations; flags farms.",
        )
    )
    # Work queue of farm visits for the inspectors.
    case_mgmt = tm.add(
        tg.Service(
            "Inspection case management",
            controls={tg.controls.RBAC(note="inspectors see only cases in their district")},
        )
    )
    # Calculates amounts and produces the payment batch for the treasury.
    payments = tm.add(
        tg.Service(
            "Payment system",
            controls={
                tg.controls.HumanInTheLoop(approver="payment officer signs off each batch"),
                tg.controls.AuditLogging(retention_days=3650),
            },
        )
    )

with tm.boundary("Agency corporate network", trust=tg.Trust.INTERNAL):
    # Field inspectors, on agency tablets over VPN when in the field.
    inspector = tm.add(tg.Actor("Field inspector", role="inspector"))

with tm.boundary("Earth observation cloud", trust=tg.Trust.PARTNER):
    # Tenancy on a Copernicus cloud provider, next to the imagery archive.
    ingestion = tm.add(
        tg.Pipeline(
            "Imagery processing pipeline",
            stage=tg.Stage.PREPROCESSING,
            description="Cloud masking, parcel zonal statistics, time-series building.",
        )
    )
    # Per-parcel signals for the whole claim year.
    signal_store = tm.add(tg.FeatureStore("Parcel signal store", stores={signals}, online=False))
    # The classifier that checks every declared parcel.
    crop_model = tm.add(
        tg.Model(
            "Crop and mowing classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Random forest on parcel time series; mowing found by a change detector.",
            controls={
                tg.controls.ModelValidation(note="accuracy checked on last year's inspections")
            },
        )
    )
    # Past inspection outcomes joined with the parcel signals.
    training_set = tm.add(tg.Dataset("Labelled parcel set", stores={labels, signals}))
    # Yearly retraining before the claim season.
    training = tm.add(tg.Pipeline("Yearly retraining", stage=tg.Stage.TRAINING))
    # Where the production classifier is loaded from.
    registry = tm.add(tg.ModelRegistry("Model store", stores={weights}))

with tm.boundary("Government payment network", trust=tg.Trust.PARTNER):
    # The treasury executes the transfers to farmers' bank accounts.
    treasury = tm.add(tg.ExternalService("National treasury", provides="generic"))

# ---------------------------------------------------------------- flows
tm.flow(farmer, portal, claim, protocol="https")
tm.flow(portal, farmer, claim_status, protocol="https")
tm.flow(portal, claims_db, claim)
tm.flow(claims_db, portal, claim_status)
tm.flow(lpis, portal, parcels, label="parcel map for the declaration")

tm.flow(copernicus, ingestion, imagery, protocol="https", label="daily tile download")
tm.flow(lpis, ingestion, parcels, label="parcel geometries")
tm.flow(ingestion, signal_store, signals)
tm.flow(signal_store, crop_model, signals)
tm.flow(monitoring, crop_model, claim, label="declared parcels to check", protocol="https")
tm.flow(crop_model, monitoring, prediction, protocol="https")

tm.flow(claims_db, monitoring, claim)
tm.flow(monitoring, claims_db, claim_status)
tm.flow(monitoring, case_mgmt, flagged, label="farms still flagged")
tm.flow(case_mgmt, inspector, flagged, protocol="https")
tm.flow(inspector, case_mgmt, inspection, protocol="https")
tm.flow(case_mgmt, payments, inspection, label="inspection outcome")
tm.flow(claims_db, payments, claim)
tm.flow(monitoring, payments, payment_decision, label="parcels cleared by monitoring")
tm.flow(payments, treasury, payment_file, protocol="sftp")

tm.flow(case_mgmt, training_set, labels, label="inspection outcomes as labels", protocol="https")
tm.flow(signal_store, training_set, signals)
tm.flow(training_set, training, labels, signals)
tm.flow(training, registry, weights)
tm.flow(registry, crop_model, weights, label="load at season start")
