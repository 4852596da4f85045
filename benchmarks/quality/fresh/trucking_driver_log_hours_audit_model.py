"""Driver hours-of-service log audit: the first design, before any security review.

Every truck in our fleet carries an FMCSA-registered electronic logging device
(ELD) that records the driver's duty status, engine hours and location. The ELD
vendor's cloud receives those records over cellular and forwards ELD output files
to FMCSA's eRODS service, from which roadside inspectors pull them; inspectors can
also read the log on the cab display. Each night our ingestion pipeline pulls the
logs and GPS trail from the vendor's API and fuel card transactions from the card
provider over SFTP, and a scoring job runs an in-house model that flags driver-days
whose logs look falsified or in violation (driving while logged off duty, fuel
bought far from the logged position). Safety managers review every flag in a web
console behind corporate SSO and record the outcome and any discipline, which goes
to the HR system; no discipline is automatic. Review outcomes retrain the model.
Drivers see their own logs and add annotations in a mobile app that signs them in
with their employee number and a password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Driver log hours audit",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Flags likely falsified or violating ELD logs by comparing them with GPS and "
        "fuel card data, for review and discipline by safety managers."
    ),
)

# ---------------------------------------------------------------- data assets
duty_status = tg.Data(
    "Duty status records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Duty status changes, engine hours, odometer and position per driver.",
)
gps_trail = tg.Data(
    "GPS breadcrumb trail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Truck position every minute while the engine runs.",
)
eld_output = tg.Data(
    "ELD output file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The standard eight-day log file sent for a roadside inspection.",
)
fuel = tg.Data(
    "Fuel card transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Time, station location, gallons and the driver's card number.",
)
features = tg.Data("Driver-day audit features", kind="features", sensitivity=tg.Sensitivity.PII)
flag = tg.Data(
    "Log falsification flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A score and the mismatches behind it, per driver-day.",
)
outcome = tg.Data(
    "Flag review outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
discipline = tg.Data("Disciplinary action", kind="records", sensitivity=tg.Sensitivity.PII)
annotation = tg.Data(
    "Driver log annotations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver's notes and accepted or rejected carrier edits.",
)
log_view = tg.Data("Driver's own log view", kind="records", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Audit model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("On the road", trust=tg.Trust.UNTRUSTED):
    # The driver whose hours are audited; the one with a reason to edit the log.
    driver = tm.add(tg.Actor("Truck driver", role="driver"))
    # The in-cab unit that records duty status; it keeps its own edit history.
    eld = tm.add(
        tg.Device(
            "In-cab ELD",
            description="Vendor ELD wired to the engine bus, with a cellular modem.",
            controls={c.AuditLogging(note="ELD rule: every edit is kept with the original")},
        )
    )
    # The driver's phone app for reading logs and annotating them.
    driver_app = tm.add(tg.Device("Driver mobile app", description="iOS and Android app."))
    # An enforcement officer who checks hours at the roadside or a weigh station.
    inspector = tm.add(tg.Actor("Roadside inspector", role="enforcement officer"))

with tm.boundary("ELD vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's platform: receives ELD data, serves our API, transfers to FMCSA.
    eld_platform = tm.add(
        tg.ExternalService("ELD vendor platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("FMCSA", trust=tg.Trust.PARTNER):
    # The regulator's service that inspectors retrieve ELD output files from.
    erods = tm.add(tg.ExternalService("FMCSA eRODS"))

with tm.boundary("Fuel card provider", trust=tg.Trust.PARTNER):
    # Daily transaction export from the fleet fuel card issuer.
    fuel_feed = tm.add(
        tg.DataSource("Fuel card transaction export", origin=tg.Origin.PARTNER, provides={fuel})
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Pulls logs, GPS and fuel data each night and builds driver-day features.
    ingestion = tm.add(tg.Pipeline("Telematics ingestion pipeline", stage=tg.Stage.INGESTION))
    # Everything the audit works from and produces.
    audit_store = tm.add(
        tg.DataStore(
            "HOS audit store",
            stores={duty_status, gps_trail, fuel, features, flag, outcome, annotation},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Scores yesterday's driver-days and writes flags for review.
    audit_job = tm.add(
        tg.Service(
            "Nightly log audit job",
            controls={
                c.HumanInTheLoop(
                    approver="safety manager",
                    note="flags only queue a review; discipline is a manager's decision",
                )
            },
        )
    )
    # The model that judges whether a driver's log is likely falsified.
    model = tm.add(
        tg.Model(
            "Log falsification model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over log, GPS and fuel mismatches.",
        )
    )
    # Quarterly retraining on the outcomes managers recorded.
    training = tm.add(
        tg.Pipeline(
            "Audit model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="holdout evaluation before the model is replaced")},
        )
    )
    # Backend for the driver app.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="employee number and password")},
        )
    )
    # Where safety managers work the flag queue.
    console = tm.add(
        tg.Endpoint(
            "Safety review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flags, talks to the driver, decides discipline.
    manager = tm.add(tg.Actor("Safety manager", role="safety manager"))
    # The system of record for disciplinary actions.
    hr_system = tm.add(tg.DataStore("HR system", stores={discipline}))

# ---------------------------------------------------------------- flows
# Recording and roadside inspection
tm.flow(driver, eld, duty_status, label="sets duty status on the cab unit")
tm.flow(eld, eld_platform, duty_status, gps_trail, protocol="https", label="cellular upload")
tm.flow(eld, inspector, duty_status, label="shown on the cab display at inspection")
tm.flow(eld_platform, erods, eld_output, protocol="https", label="FMCSA web services transfer")
tm.flow(erods, inspector, eld_output, protocol="https")

# Nightly audit
tm.flow(
    eld_platform,
    ingestion,
    duty_status,
    gps_trail,
    protocol="https",
    controls={c.Authentication(method="vendor API key")},
)
tm.flow(fuel_feed, ingestion, fuel, protocol="sftp")
tm.flow(ingestion, audit_store, duty_status, gps_trail, fuel, features)
tm.flow(audit_store, audit_job, features)
tm.flow(audit_job, model, features)
tm.flow(model, audit_job, flag)
tm.flow(audit_job, audit_store, flag)

# Review and discipline
tm.flow(audit_store, console, flag, duty_status, gps_trail, fuel, annotation)
tm.flow(console, manager, flag, duty_status, gps_trail, fuel, annotation, protocol="https")
tm.flow(manager, console, outcome, discipline, protocol="https")
tm.flow(console, audit_store, outcome)
tm.flow(console, hr_system, discipline, protocol="https")

# Retraining
tm.flow(audit_store, training, features, outcome)
tm.flow(training, model, weights, label="deploy")

# Driver app
tm.flow(driver, driver_app, annotation)
tm.flow(driver_app, driver_api, annotation, protocol="https")
tm.flow(driver_api, audit_store, annotation)
tm.flow(audit_store, driver_api, log_view)
tm.flow(driver_api, driver_app, log_view, protocol="https")
tm.flow(driver_app, driver, log_view)
