"""District heating leak detection: the first design, before any security review.

A municipal district heating operator in Denmark watches its buried pipe network
for leaks. Supply and return temperature and pressure sensors in field cabinets
report over DNP3 on a private cellular APN, and distributed temperature sensing
interrogators in the substations read the fibre laid along the pipes. A SCADA
gateway writes both into the OT historian; a feature pipeline in the operator's
cloud tenancy turns the history into features, and an in-house leak model scores
each pipe section. The control room sees scored alerts beside hot-spot reports
that residents send through a public web form, and an operator decides whether to
raise a work order, which the dispatch system sends to a crew tablet. Crews report
what they found, and those findings label the next seasonal retraining run.
Controls in this design: staff SSO with MFA and roles on the control room tools,
rate limits and validation on the public form, TLS on cloud and mobile links,
encryption of stored reports, a back-test before promotion and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "District heating network leak detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Leak detection over pipe telemetry and fibre-optic sensing, with resident "
        "hot-spot reports and crew dispatch from the control room."
    ),
)

# ---------------------------------------------------------------- data assets
hot_spot_report = tg.Data(
    "Resident hot-spot report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone or e-mail, street address, free-text description and an optional photo.",
)
report_receipt = tg.Data("Report receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pipe_readings = tg.Data(
    "Pipe temperature and pressure readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fibre_profiles = tg.Data(
    "Fibre temperature profiles",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Distributed temperature sensing traces along each fibre route, one per minute.",
)
telemetry_history = tg.Data(
    "Network telemetry history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Years of readings and fibre traces by pipe section; reveals the network layout.",
)
leak_features = tg.Data(
    "Pipe section features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
leak_score = tg.Data(
    "Leak likelihood score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
leak_alerts = tg.Data(
    "Leak alert list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Scored pipe sections with any resident reports nearby.",
)
triage_decision = tg.Data(
    "Alert triage decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
work_order = tg.Data(
    "Crew work order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Location, valve isolation plan and, for reported hot spots, the resident's contact.",
)
repair_findings = tg.Data(
    "Repair findings",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Whether a leak was found, where, and its size.",
)
leak_labels = tg.Data(
    "Confirmed leak labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Leak model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in the city can report a warm patch of road or a steaming drain.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary(
    "Heating network field sites",
    trust=tg.Trust.INTERNAL,
    description="Street cabinets and substations, on a private cellular APN.",
):
    # Temperature and pressure sensors at valve chambers and substations.
    sensors = tm.add(tg.Device("Pipe network sensors", fleet=True))
    # Reads the sensing fibre laid along the pipes and reports temperature profiles.
    interrogator = tm.add(tg.Device("DTS fibre interrogator", fleet=True))

with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    # Polls the field sensors and the interrogators; the single entry into OT.
    gateway = tm.add(tg.Service("SCADA telemetry gateway"))
    # The system of record for network telemetry.
    historian = tm.add(
        tg.DataStore("Telemetry historian", stores={telemetry_history}, controls={c.RBAC()})
    )

with tm.boundary("Operator cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web form for residents, hosted behind the operator's CDN.
    report_form = tm.add(
        tg.Endpoint(
            "Hot-spot report form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=5, note="per client IP at the CDN"),
                c.InputValidation(note="field lengths, photo type and size"),
            },
        )
    )
    # Keeps resident reports until the control room closes them.
    report_store = tm.add(
        tg.DataStore(
            "Resident report store",
            stores={hot_spot_report},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns raw history into per-section features every five minutes.
    feature_job = tm.add(tg.Pipeline("Leak feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Scores each pipe section for the likelihood of a leak.
    leak_model = tm.add(
        tg.Model(
            "Leak detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Leak history labelled from crew findings, the training set.
    leak_history = tm.add(
        tg.Dataset("Confirmed leak history", stores={leak_labels, telemetry_history})
    )
    # Seasonal retraining on telemetry history and confirmed leaks.
    training = tm.add(
        tg.Pipeline(
            "Leak model training",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="back-tested on the last two heating seasons")},
        )
    )
    # Holds trained versions; the serving job loads the approved one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # The person who decides whether an alert is worth a crew.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))
    # Map and list of scored sections and resident reports.
    alert_console = tm.add(
        tg.Service(
            "Leak alert console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Work management: turns an operator's decision into a crew job.
    dispatch = tm.add(
        tg.Service(
            "Crew dispatch system",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="control room operator"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary(
    "Crew mobile devices",
    trust=tg.Trust.INTERNAL,
    description="Company-managed tablets on public mobile data.",
):
    # Crews receive jobs and record what they found on site.
    crew_tablet = tm.add(tg.Device("Field crew tablet", fleet=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(resident, report_form, hot_spot_report, protocol="https", controls={tls})
tm.flow(report_form, resident, report_receipt, protocol="https", controls={tls})
tm.flow(report_form, report_store, hot_spot_report)
tm.flow(report_store, alert_console, hot_spot_report, protocol="https", controls={tls})

tm.flow(sensors, gateway, pipe_readings, protocol="dnp3")
tm.flow(interrogator, gateway, fibre_profiles, protocol="opc-ua")
tm.flow(gateway, historian, pipe_readings, fibre_profiles)
tm.flow(historian, feature_job, telemetry_history, protocol="https", controls={tls})
tm.flow(feature_job, leak_model, leak_features)
tm.flow(leak_model, alert_console, leak_score, protocol="https", controls={tls})

tm.flow(alert_console, operator, leak_alerts)
tm.flow(operator, alert_console, triage_decision)
tm.flow(operator, dispatch, work_order, label="raises work order")
tm.flow(dispatch, crew_tablet, work_order, protocol="https", controls={tls})
tm.flow(crew_tablet, dispatch, repair_findings, protocol="https", controls={tls})
tm.flow(dispatch, operator, repair_findings, label="job closed")

tm.flow(dispatch, leak_history, leak_labels, label="findings become labels")
tm.flow(historian, leak_history, telemetry_history, protocol="https", controls={tls})
tm.flow(leak_history, training, leak_labels, telemetry_history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, leak_model, model_artifact, label="deploy")
