"""Water utility leak repair prioritizer: the first design, before any security review.

A regional water utility in the EU ranks its pipe segments for repair each week.
Customers report leaks on a public web form (location, description, contact
details and an optional photo); the form checks its inputs and stores reports in
the leak report database. Pressure loggers on the network send readings over
telemetry to the SCADA historian on the OT network, which exports daily
aggregates over HTTPS. A feature pipeline joins those with pipe age and material
from the GIS asset register and with the reports, and an in-house ranking model
scores every segment. Supervisors review the ranked list in a planning dashboard
(company SSO) and approve the weekly plan, which is sent as work orders to the
vendor-hosted work management system that schedules the field crews. Closed work
orders come back as repair history, used to retrain the model each quarter; a
model is backtested before it is registered.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water utility leak repair prioritizer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Weekly ranking of pipe segments for repair from asset, sensor and customer report data.",
)

# ---------------------------------------------------------------- data assets
leak_report = tg.Data(
    "Customer leak report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Location, description, name, phone or email, optional photo.",
)
report_ack = tg.Data("Report acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
pressure = tg.Data(
    "Pressure readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
pressure_daily = tg.Data(
    "Daily pressure aggregates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
assets = tg.Data(
    "Pipe asset records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Segment geometry, install year, material, diameter, past bursts.",
)
features = tg.Data("Segment features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
repair_history = tg.Data(
    "Repair history",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Closed work orders: what the crew found and fixed on each segment.",
)
model_artifact = tg.Data(
    "Ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
ranking = tg.Data(
    "Ranked segment list",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
plan = tg.Data(
    "Approved weekly repair plan", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
work_orders = tg.Data(
    "Work orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Segment, address, priority and the reporting customer's contact for follow-up.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can report a leak, without an account.
    customer = tm.add(tg.Actor("Customer", role="member of the public"))

with tm.boundary("Field network", trust=tg.Trust.UNTRUSTED):
    # Battery pressure loggers on hydrants and mains, reporting over cellular telemetry.
    loggers = tm.add(tg.Device("Pressure loggers", fleet=True))
    # Crews use the work management mobile app in the field.
    crew = tm.add(tg.Actor("Field crew", role="repair crew"))

with tm.boundary("Utility DMZ", trust=tg.Trust.INTERNAL):
    # The public leak report form on the utility's website.
    form = tm.add(
        tg.Endpoint(
            "Leak report web form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="field types, lengths and photo size")},
        )
    )

with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    # Keeps the telemetry from the network; exports daily aggregates to corporate IT.
    historian = tm.add(tg.DataStore("SCADA historian", stores={pressure}))

with tm.boundary("Corporate IT", trust=tg.Trust.INTERNAL):
    # Holds every customer report for triage and for the model.
    report_db = tm.add(tg.DataStore("Leak report database", stores={leak_report}))
    # The GIS system of record for the pipe network.
    gis = tm.add(tg.DataStore("GIS asset register", stores={assets}))
    # Weekly join of assets, pressure and reports into one row per segment.
    feature_job = tm.add(tg.Pipeline("Segment feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Features per segment and the repair outcomes used as labels.
    segment_data = tm.add(
        tg.Dataset("Segment feature table", stores={features, repair_history}, purpose="training")
    )
    # Quarterly retraining, backtested on last year's repairs before registration.
    training = tm.add(
        tg.Pipeline(
            "Quarterly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against the last 12 months of repairs")},
        )
    )
    # Versions of the ranking model.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Gradient-boosted model scoring each segment's chance of a leak or burst.
    ranker = tm.add(
        tg.Model(
            "Leak risk ranking model",
            task=tg.Task.RANKER,
            returns_scores=True,
            description="Scores every segment weekly; the top of the list becomes the repair plan.",
        )
    )
    # Where supervisors review the ranking and approve the weekly plan.
    dashboard = tm.add(
        tg.Endpoint(
            "Planning dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="company SSO"),
                c.HumanInTheLoop(approver="network maintenance supervisor"),
            },
        )
    )
    # Approves the weekly plan and can move segments up or down.
    supervisor = tm.add(tg.Actor("Maintenance supervisor", role="supervisor", privileged=True))

with tm.boundary("Work management vendor", trust=tg.Trust.PARTNER):
    # SaaS work management system that schedules crews and records closed jobs.
    wms = tm.add(
        tg.ExternalService(
            "Work management system",
            description="Vendor-hosted; crews and dispatchers use it, we call its API.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, form, leak_report, protocol="https")
tm.flow(form, customer, report_ack, protocol="https")
tm.flow(form, report_db, leak_report)

tm.flow(loggers, historian, pressure, protocol="dnp3", label="cellular telemetry")
tm.flow(historian, feature_job, pressure_daily, protocol="https", label="daily export")
tm.flow(gis, feature_job, assets)
tm.flow(report_db, feature_job, leak_report)
tm.flow(feature_job, segment_data, features)

tm.flow(segment_data, training, features, repair_history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, ranker, model_artifact, label="deploy")
tm.flow(segment_data, ranker, features, label="weekly scoring")
tm.flow(ranker, dashboard, ranking)

tm.flow(dashboard, supervisor, ranking, protocol="https")
tm.flow(supervisor, dashboard, plan, protocol="https", label="approves weekly plan")
tm.flow(
    dashboard,
    wms,
    work_orders,
    protocol="https",
    controls={c.Authentication(method="vendor API key")},
)
tm.flow(wms, crew, work_orders, protocol="https")
tm.flow(crew, wms, repair_history, protocol="https", label="closes work orders")
tm.flow(
    wms,
    segment_data,
    repair_history,
    protocol="https",
    controls={c.Authentication(method="vendor API key")},
    label="nightly export",
)
