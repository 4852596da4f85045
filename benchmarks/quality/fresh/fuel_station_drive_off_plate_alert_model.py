"""Fuel station drive-off plate alert: the first design, before any security review.

A UK fuel retailer wants fewer drive-offs (drivers who fill up and leave without
paying). ANPR cameras on each forecourt read the number plate as a car pulls up
to a pump and post the read to a site gateway in the shop, which asks a central
scoring API in the retailer's cloud. The API looks up the plate's history across
all the retailer's stations (visits, past drive-offs, unpaid-fuel notices) and a
list of plates shared by the police, and a drive-off risk model scores it. For a
high-risk plate the site gateway tells the forecourt pump controller to require
payment before fuelling, and the till shows the cashier an alert; the cashier can
release the pump for a customer who pays in the shop. Cashiers report drive-offs
at the till, loss-prevention analysts review them in a console, and the model is
retrained monthly from the reviewed incidents. Controls: per-site API keys over
HTTPS, SFTP for the police list, encrypted plate history kept 90 days unless
tied to an incident, SSO with MFA and roles for the console, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fuel station drive-off plate alert",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Plate-based drive-off risk scoring at the pump; high-risk plates must prepay "
        "and the cashier is alerted."
    ),
)

# ---------------------------------------------------------------- data assets
vehicle_image = tg.Data(
    "Vehicle image at the pump",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Camera frame of the car and its number plate.",
)
plate_read = tg.Data(
    "Plate read",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate text, read confidence, snapshot, station and pump number, time.",
)
plate_history = tg.Data(
    "Plate visit and incident history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
police_list = tg.Data(
    "Police shared plate list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Plates the police associate with fuel theft and cloned plates.",
)
risk_features = tg.Data("Plate risk features", kind="features", sensitivity=tg.Sensitivity.PII)
risk_score = tg.Data(
    "Drive-off risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
site_alert = tg.Data(
    "High-risk plate alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, pump number, risk band and whether the plate is on the police list.",
)
prepay_instruction = tg.Data(
    "Prepay-required instruction",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_release = tg.Data(
    "Pump authorisation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
incident_report = tg.Data(
    "Drive-off incident report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, pump, litres, amount and the cashier's notes.",
)
review_outcome = tg.Data(
    "Incident review outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Drive-off model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Forecourt", trust=tg.Trust.UNTRUSTED):
    # The driver whose plate is read; anyone can pull up to a pump.
    driver = tm.add(tg.Actor("Driver", role="customer"))

with tm.boundary("Police data sharing", trust=tg.Trust.PARTNER):
    # Plates shared by the police under a data-sharing agreement, pushed weekly.
    police_feed = tm.add(
        tg.DataSource(
            "Police plate list feed",
            origin=tg.Origin.PARTNER,
            provides={police_list},
            description="Weekly CSV drop from the regional police force.",
        )
    )

with tm.boundary("Station network", trust=tg.Trust.INTERNAL):
    # Reads plates on the forecourt (vendor ANPR firmware on the camera).
    camera = tm.add(
        tg.Device(
            "Forecourt ANPR camera",
            description="One per pump island; plate recognition runs on the camera.",
        )
    )
    # Small box in the shop back office linking cameras, the cloud API, pumps and tills.
    site_gateway = tm.add(
        tg.Service(
            "Site gateway",
            description="Relays plate reads to the cloud and applies the answer on site.",
        )
    )
    # Existing forecourt controller that authorises each pump; gains a prepay mode.
    pump_controller = tm.add(
        tg.Service(
            "Forecourt pump controller",
            description="Vendor forecourt controller driving the dispensers.",
        )
    )
    # Existing point-of-sale till, extended to show plate alerts.
    till = tm.add(tg.Service("Shop till", description="Point-of-sale till in the shop."))
    # Sees the alert, takes prepayment, releases pumps and reports drive-offs.
    cashier = tm.add(tg.Actor("Cashier", role="store staff"))

with tm.boundary("Retailer cloud", trust=tg.Trust.INTERNAL):
    # Central API every station calls; also receives incident reports.
    scoring_api = tm.add(
        tg.Endpoint(
            "Drive-off scoring API",
            purpose=tg.EndpointPurpose.API,
            description="Builds features from the plate history and calls the model.",
            controls={c.Authentication(method="per-site API key")},
        )
    )
    # Scores how likely a visit is to end in a drive-off.
    risk_model = tm.add(
        tg.Model(
            "Drive-off risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; above 0.8 the pump requires prepayment.",
        )
    )
    # Plate visits and incidents across all stations, and the police list.
    history_db = tm.add(
        tg.DataStore(
            "Plate history database",
            stores={plate_history, police_list, incident_report, review_outcome},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90, note="visits kept 90 days unless tied to an incident"),
            },
        )
    )
    # Loads the weekly police list into the history database.
    police_import = tm.add(tg.Pipeline("Police list import job", stage=tg.Stage.INGESTION))
    # Monthly retraining from reviewed incidents.
    training = tm.add(tg.Pipeline("Monthly model retraining", stage=tg.Stage.TRAINING))
    # Holds the trained model versions that the scoring API loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Where loss prevention reviews incidents and handles disputes.
    console = tm.add(
        tg.Service(
            "Loss prevention console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Confirms or clears reported drive-offs, answers customer disputes.
    analyst = tm.add(tg.Actor("Loss prevention analyst", role="analyst"))

# ---------------------------------------------------------------- flows
# A car pulls up: read, score, act.
tm.flow(driver, camera, vehicle_image, label="seen in person at the pump")
tm.flow(camera, site_gateway, plate_read, protocol="http")
tm.flow(site_gateway, scoring_api, plate_read, protocol="https")
tm.flow(history_db, scoring_api, plate_history, police_list, label="plate lookup")
tm.flow(scoring_api, history_db, plate_read, label="record visit")
tm.flow(scoring_api, risk_model, risk_features)
tm.flow(risk_model, scoring_api, risk_score)
tm.flow(scoring_api, site_gateway, site_alert, risk_score, protocol="https")
tm.flow(site_gateway, pump_controller, prepay_instruction, protocol="ifsf")
tm.flow(site_gateway, till, site_alert, protocol="http")
tm.flow(till, cashier, site_alert, label="on the till screen")

# The cashier takes payment and releases the pump, or reports a drive-off.
tm.flow(cashier, till, pump_release, label="releases pump at the counter")
tm.flow(till, pump_controller, pump_release, protocol="ifsf")
tm.flow(pump_controller, till, pump_release, protocol="ifsf", label="pump status")
tm.flow(cashier, till, incident_report, label="reports drive-off at the counter")
tm.flow(till, site_gateway, incident_report, protocol="http")
tm.flow(site_gateway, scoring_api, incident_report, protocol="https")
tm.flow(scoring_api, history_db, incident_report)

# Police list.
tm.flow(police_feed, police_import, police_list, protocol="sftp")
tm.flow(police_import, history_db, police_list)

# Review and retraining.
tm.flow(history_db, console, incident_report, plate_history)
tm.flow(console, analyst, incident_report, plate_history, protocol="https")
tm.flow(analyst, console, review_outcome, protocol="https")
tm.flow(console, history_db, review_outcome)
tm.flow(history_db, training, plate_history, incident_report, review_outcome)
tm.flow(training, registry, model_artifact)
tm.flow(registry, risk_model, model_artifact, label="deploy")
