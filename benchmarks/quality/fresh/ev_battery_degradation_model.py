"""EV battery degradation model: the first design, before any security review.

Our electric cars upload battery telemetry (cell voltages, temperatures, charge
sessions, odometer) over their cellular modems to a telemetry gateway in our
cloud, using per-vehicle certificates. An ingestion job lands it in a telemetry
lake; a training pipeline joins it with capacity measurements from the battery
lab and trains a state-of-health model that is stored in a model registry. A
nightly batch run scores every car and writes a health score per VIN. Owners
see the score in the mobile app; warranty adjusters use it when they decide on
battery claims that dealers file; dealers look up resale certificates by VIN in
the dealer portal. Controls in this design: device certificates, schema checks
on ingest, encrypted lake with role-based access, versioned models, sign-in on
the app and the portal, and adjuster sign-off on warranty decisions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "EV battery degradation model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Battery state-of-health scores from fleet telemetry, for owners, warranty and resale.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Battery telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="VIN, cell voltages and temperatures, charge sessions, odometer, charger location.",
)
training_data = tg.Data(
    "Battery training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Per-VIN feature history joined with measured capacity.",
)
capacity_labels = tg.Data(
    "Measured pack capacity",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Capacity tests of packs returned to the battery lab.",
)
model_artifact = tg.Data(
    "State-of-health model",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM model saved with joblib.",
)
scoring_features = tg.Data("Scoring features", kind="features", sensitivity=tg.Sensitivity.PII)
health_score = tg.Data(
    "Battery health score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Estimated state of health in percent, per VIN, with the date of the estimate.",
)
vin_lookup = tg.Data("VIN lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
resale_certificate = tg.Data(
    "Resale battery certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Signed-looking PDF with VIN, mileage and health score for used-car buyers.",
)
warranty_claim = tg.Data(
    "Warranty claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner, VIN, symptoms and the dealer's diagnostic readout.",
)
claim_decision = tg.Data(
    "Claim decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vehicles in the field", trust=tg.Trust.UNTRUSTED):
    # Every car we sold; the owner has physical access to the modem and the BMS.
    vehicles = tm.add(
        tg.Device("Vehicle fleet", description="Telematics unit with cellular modem in each car.")
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Owners check their car's battery health in the mobile app.
    owner = tm.add(tg.Actor("Vehicle owner", role="car owner"))

with tm.boundary("Dealer network", trust=tg.Trust.PARTNER):
    # Independent franchised dealers: file warranty claims and look up resale certificates.
    dealer = tm.add(tg.Actor("Dealer staff", role="dealer"))

with tm.boundary("OEM cloud", trust=tg.Trust.INTERNAL):
    # Terminates the vehicles' uploads; each car presents its factory certificate.
    gateway = tm.add(
        tg.Endpoint(
            "Telemetry gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.MutualAuthentication(note="per-vehicle X.509 certificate")},
        )
    )
    # Backend of the owner app: shows the health score of the owner's own cars.
    owner_api = tm.add(
        tg.Endpoint(
            "Owner app API",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="OIDC"), c.RateLimiting(requests_per_minute=120)},
        )
    )
    # Dealers look up a VIN and download the resale certificate.
    dealer_portal = tm.add(
        tg.Endpoint(
            "Dealer portal",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="dealer accounts with password")},
        )
    )
    # Latest health score per VIN, read by the app, the portal and warranty.
    score_store = tm.add(tg.DataStore("Health score store", stores={health_score}))
    # Where claims are filed, reviewed and decided.
    claims = tm.add(
        tg.Service(
            "Warranty claims system",
            controls={
                c.HumanInTheLoop(approver="warranty adjuster"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )

    with tm.boundary("Battery analytics platform", trust=tg.Trust.RESTRICTED):
        # Parses uploads and writes them to the lake.
        ingestion = tm.add(
            tg.Pipeline(
                "Telemetry ingestion",
                stage=tg.Stage.INGESTION,
                controls={c.SchemaEnforcement()},
            )
        )
        # All telemetry ever uploaded, partitioned by VIN and day.
        lake = tm.add(
            tg.DataStore(
                "Telemetry lake",
                stores={telemetry},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Monthly retraining on telemetry joined with lab capacity tests.
        training = tm.add(
            tg.Pipeline("Model training", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned store of trained models.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # Scores every car nightly; the score drives warranty and resale value.
        soh_model = tm.add(
            tg.Model(
                "Battery health model",
                task=tg.Task.REGRESSOR,
                returns_scores=True,
                high_stakes=True,
                description="Batch job loading the latest registered model.",
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Capacity measurements of packs returned under warranty or end-of-life.
    lab = tm.add(
        tg.DataSource("Battery lab results", origin=tg.Origin.INTERNAL, provides={capacity_labels})
    )
    # Decides warranty claims, looking at the model's score.
    adjuster = tm.add(tg.Actor("Warranty adjuster", role="warranty staff"))

# ---------------------------------------------------------------- flows
# telemetry and training
tm.flow(vehicles, gateway, telemetry, protocol="mtls", label="cellular upload")
tm.flow(gateway, ingestion, telemetry)
tm.flow(ingestion, lake, telemetry)
tm.flow(lake, training, training_data)
tm.flow(lab, training, capacity_labels, label="CSV export")
tm.flow(training, registry, model_artifact)
tm.flow(registry, soh_model, model_artifact, label="load latest")

# nightly scoring
tm.flow(lake, soh_model, scoring_features)
tm.flow(soh_model, score_store, health_score)

# owner app
tm.flow(owner, owner_api, vin_lookup, protocol="https")
tm.flow(owner_api, score_store, vin_lookup)
tm.flow(score_store, owner_api, health_score)
tm.flow(owner_api, owner, health_score, protocol="https")

# dealers and resale
tm.flow(dealer, dealer_portal, vin_lookup, protocol="https")
tm.flow(dealer_portal, score_store, vin_lookup)
tm.flow(score_store, dealer_portal, health_score)
tm.flow(dealer_portal, dealer, resale_certificate, protocol="https")

# warranty
tm.flow(dealer, claims, warranty_claim, protocol="https")
tm.flow(claims, score_store, vin_lookup)
tm.flow(score_store, claims, health_score)
tm.flow(claims, adjuster, warranty_claim, health_score)
tm.flow(adjuster, claims, claim_decision)
tm.flow(claims, dealer, claim_decision, protocol="https")
